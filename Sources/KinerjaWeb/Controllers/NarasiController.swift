import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// Editing the LKjIP's narrative sections (issue 6 item 4): a form per section, its JSON twin, both audited and
/// optimistically locked (`NarasiRepository`); only the roles of `Izin.tulisNarasi` on an office they may see.
enum NarasiController {
    static let dokumen = "lkjip"

    /// The office, year and section addressed; 404 for a section the LKjIP does not have or a year without an LKjIP.
    static func alamat(_ req: Request) async throws -> (OPDModel, Int, (kunci: String, judul: String)) {
        let (opd, l, _) = try await LKjIPController.isi(req)
        guard let kunci = req.parameters.get("bagian"), let b = LKjIPTabel.bagianNarasi.first(where: { $0.kunci == kunci }) else {
            throw Abort(.notFound, reason: "Bagian narasi tidak dikenal.")
        }
        return (opd, l.tahun, b)
    }

    struct Form: Content {
        var teks: String?
        var revisi: Int?
        var alasan: String?
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (opd, n, b) = try await alamat(req)
        try await req.wajibIzin(.tulisNarasi, "menulis narasi laporan kinerja", kantor: try opd.requireID())
        let isi = try await NarasiRepository(db: req.db).baca(opdID: try opd.requireID(), tahun: n, dokumen: dokumen, bagian: b.kunci)
        return NarasiFormView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, tahun: n, bagian: b,
            teks: isi.teks, revisi: isi.revisi, alasan: nil, pesan: nil))
    }

    @Sendable static func simpan(req: Request) async throws -> Response {
        let (opd, n, b) = try await alamat(req)
        try await req.wajibIzin(.tulisNarasi, "menulis narasi laporan kinerja", kantor: try opd.requireID())
        let f = try req.content.decode(Form.self)
        let repo = NarasiRepository(db: req.db)
        let opdID = try opd.requireID()
        func ulang(_ status: HTTPResponseStatus, _ pesan: String, revisi: Int) throws -> Response {
            let res = NarasiFormView.response(model: .init(
                pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, tahun: n, bagian: b,
                teks: f.teks ?? "", revisi: revisi, alasan: f.alasan, pesan: pesan))
            res.status = status
            return res
        }
        guard let revisi = f.revisi else { return try ulang(.unprocessableEntity, "Kolom revisi tidak ada; muat ulang formulir.", revisi: 0) }
        do {
            try await repo.simpan(opdID: opdID, tahun: n, dokumen: dokumen, bagian: b.kunci, teks: f.teks ?? "", revisi: revisi,
                                  alasan: f.alasan, penggunaID: req.pengguna?.id)
        } catch StoreError.conflict {
            // The revision of the text shown, so a save after merging goes through.
            let terbaru = try await repo.baca(opdID: opdID, tahun: n, dokumen: dokumen, bagian: b.kunci)
            return try ulang(.conflict, "Bagian ini sudah diubah orang lain (revisi \(terbaru.revisi)). Teks terbaru:\n\(terbaru.teks)\n— Teks Anda tetap di kotak di bawah; gabungkan lalu simpan ulang.",
                             revisi: terbaru.revisi)
        } catch StoreError.invalid(_, _, let pesan) {
            return try ulang(.unprocessableEntity, pesan, revisi: revisi)
        }
        return req.redirect(to: SiteURL.lkjip(opd.kode, n).path + "#\(b.kunci)")
    }

    struct NarasiDTO: Content {
        var bagian: String
        var judul: String
        var teks: String
        var revisi: Int
    }

    struct UbahDTO: Content {
        var teks: String
        var revisi: Int
        var alasan: String?
    }

    @Sendable static func api(req: Request) async throws -> NarasiDTO {
        let (opd, n, b) = try await alamat(req)
        try await req.wajibIzin(.tulisNarasi, "menulis narasi laporan kinerja", kantor: try opd.requireID())
        let d = try req.content.decode(UbahDTO.self)
        let isi = try await NarasiRepository(db: req.db).simpan(
            opdID: try opd.requireID(), tahun: n, dokumen: dokumen, bagian: b.kunci, teks: d.teks, revisi: d.revisi, alasan: d.alasan, penggunaID: req.pengguna?.id)
        return NarasiDTO(bagian: b.kunci, judul: b.judul, teks: isi.teks, revisi: isi.revisi)
    }
}
