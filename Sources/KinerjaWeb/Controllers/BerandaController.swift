import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

enum BerandaController {
    /// Home: the plans of every office the user may see (his own; a province or admin role sees more).
    @Sendable static func beranda(req: Request) async throws -> Response {
        let p = try req.wajibPengguna()
        var kantor: [BerandaView.Kantor] = []
        for (o, _) in try await req.kantorTerlihat() {
            let plans = try await RingkasanRenja.query(opdID: try o.requireID(), on: req.db)
            let lkjip = try await PerjanjianKinerjaQuery(db: req.db).daftar(opdID: o.requireID()).map(\.tahun).sorted()
            kantor.append(.init(
                kode: o.kode, nama: o.nama,
                renja: plans.map {
                    .init(id: $0.id, tahun: $0.tahun, versi: $0.versi, jenis: JenisDokumen(rawValue: $0.jenis) ?? .induk,
                          tahapan: Tahapan(rawValue: $0.tahapan) ?? .rancanganAwal, jumlahBaris: $0.jumlahBaris, totalPagu: Rupiah($0.totalPagu))
                }, lkjip: lkjip))
        }
        return BerandaView.response(model: .init(pengguna: p, csrf: req.csrfToken, kantor: kantor))
    }
}
