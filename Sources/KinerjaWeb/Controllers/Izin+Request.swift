import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

extension Request {
    /// The user's unit code (kepala_bidang scope), loaded on demand.
    func unitPengguna() async throws -> String? {
        let p = try wajibPengguna()
        guard let id = p.unitKerjaID else { return nil }
        if let kode = p.unitKerjaKode { return kode }
        return try await UnitKerjaModel.find(id, on: db)?.kode
    }

    /// 403 with an Indonesian reason unless one of the user's roles allows `aksi`.
    func wajibIzin(_ aksi: Izin.Aksi, _ uraian: String) async throws {
        let p = try wajibPengguna()
        guard Izin.boleh(p.peran, unitPengguna: try await unitPengguna(), aksi) else {
            throw Abort(.forbidden, reason: "Peran Anda tidak mengizinkan: \(uraian).")
        }
    }

    /// Loads a Renja the user may see (404 otherwise) with its office.
    func renjaTerlihat() async throws -> (RenjaModel, OPDModel) {
        let id = try uuidParameter("renjaID")
        guard let r = try await RenjaModel.find(id, on: db) else { throw Abort(.notFound) }
        let opd = try await wajibBolehLihat(opdID: r.$opd.id)
        return (r, opd)
    }
}
