import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

enum BerandaController {
    /// Home: the plans of every office the user may see (his own; a province or admin role sees more).
    @Sendable static func beranda(req: Request) async throws -> Response {
        let p = try req.wajibPengguna()
        let offices = try await WilayahRepository(db: req.db).semuaOPD()
        var kantor: [BerandaView.Kantor] = []
        for o in offices {
            guard let pemda = try await PemdaModel.query(on: req.db).filter(\.$id == o.$pemda.id).with(\.$provinsi).first() else { continue }
            guard Akses.bolehLihat(
                peran: p.peran, opdPengguna: p.opdKode, pemdaPengguna: p.pemdaKode, opdTarget: o.kode, pemdaTarget: pemda.kode,
                provinsiTarget: pemda.provinsi?.kode)
            else { continue }
            let plans = try await RingkasanRenja.query(opdID: try o.requireID(), on: req.db)
            kantor.append(.init(
                kode: o.kode, nama: o.nama,
                renja: plans.map {
                    .init(id: $0.id, tahun: $0.tahun, versi: $0.versi, jenis: JenisDokumen(rawValue: $0.jenis) ?? .induk,
                          tahapan: Tahapan(rawValue: $0.tahapan) ?? .rancanganAwal, jumlahBaris: $0.jumlahBaris, totalPagu: Rupiah($0.totalPagu))
                }))
        }
        return BerandaView.response(model: .init(pengguna: p, csrf: req.csrfToken, kantor: kantor))
    }
}
