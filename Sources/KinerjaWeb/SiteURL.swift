import Foundation

/// Typed links shared by the router and the views.
enum SiteURL {
    case beranda
    case login
    case logout
    case renja(UUID)
    case renjaBaris(UUID, UUID)
    case renjaTahapan(UUID)
    case renjaPerubahan(UUID)
    case renjaPerbandingan(UUID)
    case renjaRiwayat(UUID)
    case renjaKomentar(UUID)
    case renjaUsulan(UUID)
    case renjaRanwal(UUID)
    case renstra(String)
    case health
    case lkjip(String, Int)
    case lkjipNarasi(String, Int, String)

    var path: String {
        switch self {
        case .beranda: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .renja(let id): "/renja/\(id.lower)"
        case .renjaBaris(let id, let b): "/renja/\(id.lower)/baris/\(b.lower)"
        case .renjaTahapan(let id): "/renja/\(id.lower)/tahapan"
        case .renjaPerubahan(let id): "/renja/\(id.lower)/perubahan"
        case .renjaPerbandingan(let id): "/renja/\(id.lower)/perbandingan"
        case .renjaRiwayat(let id): "/renja/\(id.lower)/riwayat"
        case .renjaKomentar(let id): "/renja/\(id.lower)/komentar"
        case .renjaUsulan(let id): "/renja/\(id.lower)/usulan"
        case .renjaRanwal(let id): "/renja/\(id.lower)/ranwal"
        case .renstra(let kode): "/opd/\(kode)/renstra"
        case .health: "/health"
        case .lkjip(let kode, let n): "/opd/\(kode)/lkjip/\(n)"
        case .lkjipNarasi(let kode, let n, let bagian): "/opd/\(kode)/lkjip/\(n)/narasi/\(bagian)"
        }
    }
}

extension UUID {
    var lower: String { uuidString.lowercased() }
}
