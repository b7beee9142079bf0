import KinerjaCore
import KinerjaStore
import Vapor

/// The Renja actions shared by the pages and their JSON twins: the permission check and the repository call live
/// here once; the controllers only decode input and shape the response.
enum RenjaAksi {
    /// 409 when the Renja is already adopted, else 403 unless the user's role may move it to the next stage.
    static func wajibBolehMajukan(req: Request, renja r: RenjaModel) async throws {
        guard let next = Tahapan(rawValue: r.tahapan)?.berikutnya else { throw StoreError.immutable(entity: "Renja", key: "\(r.tahun) v\(r.versi)") }
        try await req.wajibIzin(.majukanTahapan(ke: next), "memajukan Renja ke tahap \(next.nama)", kantor: r.$opd.id)
    }

    static func majukan(req: Request, renja r: RenjaModel, revisi: Int) async throws {
        try await RenjaRepository(db: req.db).majukan(renja: r, penggunaID: req.pengguna?.id, revisi: revisi)
    }

    static func buatPerubahan(req: Request, renja r: RenjaModel) async throws -> RenjaModel {
        try await req.wajibIzin(.buatPerubahan, "membuat Renja Perubahan", kantor: r.$opd.id)
        return try await RenjaRepository(db: req.db).buatPerubahan(dari: r, penggunaID: req.pengguna?.id)
    }

    @discardableResult
    /// The body is read only after the permission check, so a refused user learns nothing from input errors.
    static func komentar(req: Request, renja r: RenjaModel, teks: () throws -> String) async throws -> KomentarReviewModel {
        try await req.wajibIzin(.komentar, "menulis komentar review", kantor: r.$opd.id)
        return try await KomentarRepository(db: req.db).tambah(renjaID: try r.requireID(), penggunaID: try req.wajibPengguna().id, teks: try teks())
    }
}
