import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// The regulation tables of a Renja as pages and JSON (T-C.29, T-C.30, the rumusan table, the Perubahan
/// comparison): the same `TabelDokumen` the downloads write, rendered by `HTMLWriter`, with the engine's
/// findings beside the rows they concern.
enum TabelDokumenController {
    struct Isi {
        var renja: RenjaModel
        var opd: OPDModel
        var semua: [TabelDokumen]
        var tabel: TabelDokumen
        var temuan: [Finding]
    }

    static func isi(req: Request) async throws -> Isi {
        let (r, opd) = try await req.renjaTerlihat()
        let semua = try await RenjaTabel.semua(db: req.db, opd: opd, tahun: r.tahun, renjaID: try r.requireID())
        guard let id = req.parameters.get("tabelID"), let t = semua.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        let dok = try await PemeriksaanQuery(db: req.db).dokumen(opd: opd, tahun: r.tahun)
        let temuan = PemeriksaanKualitas.periksa(dok).filter { f in t.baris.contains { $0.menyangkut(f) } }
        return Isi(renja: r, opd: opd, semua: semua, tabel: t, temuan: temuan)
    }

    @Sendable static func tampil(req: Request) async throws -> Response {
        let x = try await isi(req: req)
        let html = try HTMLWriter().html(x.tabel, temuan: x.temuan)
        return TabelDokumenView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, renjaID: try x.renja.requireID(), tahun: x.renja.tahun,
            opdNama: x.opd.nama, daftar: x.semua.map { ($0.id, TabelDokumenView.nama($0)) }, tabel: x.tabel, tabelHTML: html,
            jumlahTemuan: x.temuan.count))
    }

    @Sendable static func api(req: Request) async throws -> Response {
        let x = try await isi(req: req)
        let data = try JSONWriter().dataLengkap(x.tabel, temuan: x.temuan)
        return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: data))
    }
}
