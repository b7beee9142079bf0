import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// T-C.31 (review of the Ranwal RKPD), T-C.32 (usulan) and the Renstra cascade, as pages and JSON.
enum TabelController {
    @Sendable static func usulan(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let rows = try await TabelRenjaQuery(db: req.db).usulan(opdID: try opd.requireID(), tahun: r.tahun)
        return UsulanView.response(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), tahun: r.tahun, baris: rows))
    }

    @Sendable static func usulanAPI(req: Request) async throws -> [UsulanBaris] {
        let (r, opd) = try await req.renjaTerlihat()
        return try await TabelRenjaQuery(db: req.db).usulan(opdID: try opd.requireID(), tahun: r.tahun)
    }

    @Sendable static func ranwal(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let rows = try await TabelRenjaQuery(db: req.db).ranwal(renjaID: try r.requireID())
        return RanwalView.response(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), tahun: r.tahun, baris: rows))
    }

    @Sendable static func ranwalAPI(req: Request) async throws -> [RanwalBaris] {
        let (r, _) = try await req.renjaTerlihat()
        return try await TabelRenjaQuery(db: req.db).ranwal(renjaID: try r.requireID())
    }

    @Sendable static func renstra(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        let rows = try await TabelRenjaQuery(db: req.db).renstra(opdID: try opd.requireID())
        return RenstraView.response(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renstra: rows))
    }

    @Sendable static func renstraAPI(req: Request) async throws -> [TabelRenjaQuery.RenstraRingkas] {
        let opd = try await req.opdTerlihat()
        return try await TabelRenjaQuery(db: req.db).renstra(opdID: try opd.requireID())
    }
}

extension UsulanBaris: Content {}
extension RanwalBaris: Content {}
extension TabelRenjaQuery.RenstraRingkas: Content {}
