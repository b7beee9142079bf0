import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// Downloads of the Renja's regulation tables (XLSX: one sheet per table; DOCX: the Renja document; CSV/JSON: one
/// table), the same files `kinerja report` / `kinerja export` write.
enum UnduhController {
    @Sendable static func unduh(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        guard let opd = try await OPDModel.query(on: req.db).filter(\.$id == r.$opd.id).with(\.$pemda).first() else { throw Abort(.notFound) }
        let tabel = try await RenjaTabel.semua(db: req.db, opd: opd, tahun: r.tahun)
        let nama = "renja-\(r.tahun)-\(opd.kode)"
        let format = req.parameters.get("format") ?? ""
        let pilihan: String? = req.query["tabel"]
        let satu = pilihan.flatMap { id in tabel.first { $0.id == id } }
        let (data, jenis, ext): (Data, String, String)
        switch format {
        case "xlsx": (data, jenis, ext) = (try XLSXWriter().data(satu.map { [$0] } ?? tabel), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
        case "docx":
            let dok = RenjaTabel.dokumen(opd: opd, tahun: r.tahun, tabel: tabel, perubahan: r.jenis == JenisDokumen.perubahan.rawValue)
            (data, jenis, ext) = (try DOCXWriter().data(dok), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
        case "csv":
            guard let t = satu ?? tabel.first else { throw Abort(.notFound) }
            (data, jenis, ext) = (try CSVWriter().data(t), "text/csv; charset=utf-8", "csv")
        case "json":
            guard let t = satu ?? tabel.first else { throw Abort(.notFound) }
            (data, jenis, ext) = (try JSONWriter().data(t), "application/json", "json")
        default: throw Abort(.notFound)
        }
        let file = satu.map { "\(nama)-\($0.id).\(ext)" } ?? "\(nama).\(ext)"
        return Response(status: .ok, headers: ["Content-Type": jenis, "Content-Disposition": "attachment; filename=\"\(file)\""], body: .init(data: data))
    }
}
