import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// Downloads of a document's regulation tables (XLSX: one sheet per table, or the one `?tabel=`; DOCX: the whole
/// document; CSV/JSON: one table), the same files `kinerja report` / `kinerja export` write — for the Renja and for
/// the LKjIP.
enum UnduhController {
    @Sendable static func unduh(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        guard let opd = try await OPDModel.query(on: req.db).filter(\.$id == r.$opd.id).with(\.$pemda).first() else { throw Abort(.notFound) }
        let tabel = try await RenjaTabel.semua(db: req.db, opd: opd, tahun: r.tahun)
        return try berkas(req: req, nama: "renja-\(r.tahun)-\(opd.kode)", tabel: tabel) {
            RenjaTabel.dokumen(opd: opd, tahun: r.tahun, tabel: tabel, perubahan: r.jenis == JenisDokumen.perubahan.rawValue)
        }
    }

    @Sendable static func unduhLKjIP(req: Request) async throws -> Response {
        let (opd, l, narasi) = try await LKjIPController.isi(req)
        return try berkas(req: req, nama: "lkjip-\(l.tahun)-\(opd.kode)", tabel: l.tabel) { l.dokumen(opd: opd, narasi: narasi) }
    }

    /// The file of `:format` (and `?tabel=`) from a document's tables; 404 for an unknown format or table.
    static func berkas(req: Request, nama: String, tabel: [TabelDokumen], dokumen: () -> DokumenWord) throws -> Response {
        let format = req.parameters.get("format") ?? ""
        let pilihan: String? = req.query["tabel"]
        let satu = pilihan.flatMap { id in tabel.first { $0.id == id } }
        if pilihan != nil, satu == nil { throw Abort(.notFound, reason: "Tabel tidak ada.") }
        let (data, jenis, ext): (Data, String, String)
        switch format {
        case "xlsx": (data, jenis, ext) = (try XLSXWriter().data(satu.map { [$0] } ?? tabel), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
        case "docx": (data, jenis, ext) = (try DOCXWriter().data(dokumen()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")
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
