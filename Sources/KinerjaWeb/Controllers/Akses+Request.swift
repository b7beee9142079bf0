import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

extension Request {
    /// Throws 404 (not 403, so ids of other offices are not confirmed) unless the user may read this office.
    func wajibBolehLihat(opdID: UUID) async throws -> OPDModel {
        let p = try wajibPengguna()
        guard let opd = try await OPDModel.query(on: db).filter(\.$id == opdID).with(\.$pemda) { $0.with(\.$provinsi) }.first() else {
            throw Abort(.notFound)
        }
        guard Akses.bolehLihat(
            peran: p.peran, opdPengguna: p.opdKode, pemdaPengguna: p.pemdaKode, opdTarget: opd.kode, pemdaTarget: opd.pemda.kode,
            provinsiTarget: opd.pemda.provinsi?.kode)
        else { throw Abort(.notFound) }
        return opd
    }

    func uuidParameter(_ name: String) throws -> UUID {
        guard let s = parameters.get(name), let id = UUID(uuidString: s) else { throw Abort(.notFound) }
        return id
    }
}
