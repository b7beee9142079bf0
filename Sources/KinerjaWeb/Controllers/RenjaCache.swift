import Foundation
import KinerjaCore
import KinerjaStore
import Vapor

/// The expensive, user-independent part of the Renja page (the tree, line identities, the line findings), kept per
/// Renja while its stamp (`RingkasanRenja.stempel`) is unchanged. Permissions and comments are never cached.
/// A lock rather than an actor: a page view reads it three times, each lookup far shorter than a hop.
final class RenjaCache: @unchecked Sendable {
    struct Isi: Sendable {
        var stempel: String
        var lengkap: RenjaLengkap
        var info: [KodeNomenklatur: BarisInfo]
        var temuan: [KodeNomenklatur: [Finding]]
        var lain: [Finding]
    }
    /// The rows the page shows around the tree: the Renja, its office (Pemda and province loaded) and the comments,
    /// valid while `RingkasanRenja.stempelHalaman` is unchanged. Read-only once stored.
    struct Halaman: Sendable {
        var stempel: String
        var renja: RenjaModel
        var opd: OPDModel
        var komentar: [Komentar]
    }
    private let kunci = NSLock()
    // Guarded by `kunci`.
    private var isi: [UUID: Isi] = [:]
    private var halaman: [UUID: Halaman] = [:]
    /// The rendered lines table per Renja version and permission set (`RenjaController.kunciTabel`).
    private var tabel: [String: String] = [:]

    func ambil(_ id: UUID, stempel: String) -> Isi? {
        kunci.withLock {
            guard let x = isi[id], x.stempel == stempel else { return nil }
            return x
        }
    }

    func simpan(_ id: UUID, _ x: Isi) {
        kunci.withLock {
            if isi.count > 500 { isi.removeAll() }
            isi[id] = x
        }
    }

    func halaman(_ id: UUID, stempel: String) -> Halaman? {
        kunci.withLock {
            guard let h = halaman[id], h.stempel == stempel else { return nil }
            return h
        }
    }

    func simpanHalaman(_ id: UUID, _ h: Halaman) {
        kunci.withLock {
            if halaman.count > 500 { halaman.removeAll() }
            halaman[id] = h
        }
    }

    func tabelHTML(_ k: String) -> String? { kunci.withLock { tabel[k] } }

    func simpanTabel(_ k: String, _ html: String) {
        kunci.withLock {
            if tabel.count > 2000 { tabel.removeAll() }
            tabel[k] = html
        }
    }
}

struct RenjaCacheKey: StorageKey { typealias Value = RenjaCache }

extension Application {
    var renjaCache: RenjaCache {
        if let c = storage[RenjaCacheKey.self] { return c }
        let c = RenjaCache()
        storage[RenjaCacheKey.self] = c
        return c
    }
}
