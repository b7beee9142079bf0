import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

extension Request {
    /// Throws 404 (not 403, so ids of other offices are not confirmed) unless the user may read this office.
    func wajibBolehLihat(opdID: UUID) async throws -> OPDModel {
        // The province is read only for a province role: no other rule looks at it (`Akses.bolehLihat`).
        guard let opd = try await opdDenganWilayah(id: opdID, provinsi: try wajibPengguna().peran.contains(.provinsi)) else { throw Abort(.notFound) }
        try wajibBolehLihat(opd)
        return opd
    }

    /// An office with its Pemda, and the Pemda's province when asked: what the access rule reads.
    func opdDenganWilayah(id: UUID, provinsi: Bool) async throws -> OPDModel? {
        let q = OPDModel.query(on: db).filter(\.$id == id)
        return try await (provinsi ? q.with(\.$pemda) { $0.with(\.$provinsi) } : q.with(\.$pemda)).first()
    }

    /// 404 unless the user may see this office (its Pemda loaded, and the province for a province role).
    func wajibBolehLihat(_ opd: OPDModel) throws {
        let p = try wajibPengguna()
        guard Akses.bolehLihat(
            peran: p.peran, opdPengguna: p.opdKode, pemdaPengguna: p.pemdaKode, opdTarget: opd.kode, pemdaTarget: opd.pemda.kode,
            provinsiTarget: p.peran.contains(.provinsi) ? opd.pemda.provinsi?.kode : nil)
        else { throw Abort(.notFound) }
    }

    /// The office named by `:opdKode`, if the user may see it (404 otherwise).
    func opdTerlihat() async throws -> OPDModel {
        guard let kode = parameters.get("opdKode"), let opd = try await OPDModel.query(on: db).filter(\.$kode == kode).first() else {
            throw Abort(.notFound)
        }
        return try await wajibBolehLihat(opdID: try opd.requireID())
    }

    /// Every office the user may see, ordered by code (home page, `/api/opd`).
    func kantorTerlihat() async throws -> [(opd: OPDModel, pemda: PemdaModel)] {
        let p = try wajibPengguna()
        var out: [(OPDModel, PemdaModel)] = []
        for o in try await WilayahRepository(db: db).semuaOPD() {
            guard let pemda = try await PemdaModel.query(on: db).filter(\.$id == o.$pemda.id).with(\.$provinsi).first() else { continue }
            if Akses.bolehLihat(peran: p.peran, opdPengguna: p.opdKode, pemdaPengguna: p.pemdaKode, opdTarget: o.kode,
                                pemdaTarget: pemda.kode, provinsiTarget: pemda.provinsi?.kode) {
                out.append((o, pemda))
            }
        }
        return out
    }

    func uuidParameter(_ name: String) throws -> UUID {
        guard let s = parameters.get(name), let id = UUID(uuidString: s) else { throw Abort(.notFound) }
        return id
    }
}
