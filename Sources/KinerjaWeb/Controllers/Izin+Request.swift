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

    /// 403 with an Indonesian reason unless one of the user's roles allows `aksi` on the data of office `kantor`:
    /// a role acts on the user's own office only (`Akses.bolehTulis`) — what a province or Pemda-admin role adds is
    /// reading, so a user holding both a province and a planner role cannot change another office's plan. Review
    /// comments are the exception.
    func wajibIzin(_ aksi: Izin.Aksi, _ uraian: String, kantor: UUID) async throws {
        let p = try wajibPengguna()
        guard Izin.boleh(p.peran, unitPengguna: try await unitPengguna(), aksi) else {
            throw Abort(.forbidden, reason: "Peran Anda tidak mengizinkan: \(uraian).")
        }
        guard p.dalamLingkupTulis(aksi, kantor: kantor) else {
            throw Abort(.forbidden, reason: "Anda hanya dapat mengubah data kantor Anda sendiri (\(uraian)).")
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

extension Pengguna {
    /// The office rule of `wajibIzin`: a role acts on its own office's data only. A review comment changes no plan
    /// data: reviewers (Bappeda, Inspektorat) comment on what they may read.
    func dalamLingkupTulis(_ aksi: Izin.Aksi, kantor: UUID) -> Bool {
        if case .komentar = aksi { return true }
        return Akses.bolehTulis(opdPengguna: opdID, opdTarget: kantor)
    }

    /// What `wajibIzin` allows, as a flag for the buttons and links a page shows.
    func boleh(_ aksi: Izin.Aksi, unit: String?, kantor: UUID) -> Bool {
        Izin.boleh(peran, unitPengguna: unit, aksi) && dalamLingkupTulis(aksi, kantor: kantor)
    }
}
