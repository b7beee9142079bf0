import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

enum RenjaController {
    /// One Renja as program → kegiatan → sub-kegiatan with pagu totals computed per level.
    @Sendable static func tampil(req: Request) async throws -> Response {
        let id = try req.uuidParameter("renjaID")
        guard let r = try await RenjaModel.find(id, on: req.db) else { throw Abort(.notFound) }
        let opd = try await req.wajibBolehLihat(opdID: r.$opd.id)
        let renja = try await RenjaRepository(db: req.db).lengkap(id: id)
        return RenjaView.response(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renja: renja))
    }
}
