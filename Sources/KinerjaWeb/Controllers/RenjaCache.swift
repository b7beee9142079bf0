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
    /// How long a Renja's stamp row is trusted without asking the database again. Every write request through this
    /// server forgets all stamps when it finishes (`TulisMiddleware`); a change from elsewhere (the CLI, a second
    /// server on the same database) shows within this time, as with `MasaSesi.cache`.
    static let masaStempel: TimeInterval = 1

    private struct Stempel {
        var ringkasan: RingkasanRenja
        var dibaca: Date
    }
    private let kunci = NSLock()
    // Guarded by `kunci`.
    private var stempel: [UUID: Stempel] = [:]
    /// Bumped by every write; a stamp read before a write finished is not stored after it.
    private var generasi: UInt64 = 0
    private var isi: [UUID: Isi] = [:]
    private var halaman: [UUID: Halaman] = [:]
    /// The rendered lines table per Renja version and permission set (`RenjaController.kunciTabel`).
    private var tabel: [String: String] = [:]

    /// The Renja's stamp row if read less than `masaStempel` ago and no write finished since.
    func ringkasan(_ id: UUID, sekarang: Date = Date()) -> RingkasanRenja? {
        kunci.withLock {
            guard let s = stempel[id], sekarang.timeIntervalSince(s.dibaca) < Self.masaStempel else { return nil }
            return s.ringkasan
        }
    }

    var generasiSekarang: UInt64 { kunci.withLock { generasi } }

    /// Keeps a stamp read when the generation was `g` (dropped when a write has finished since).
    func simpanRingkasan(_ r: RingkasanRenja, generasi g: UInt64, sekarang: Date = Date()) {
        kunci.withLock {
            guard g == generasi else { return }
            if stempel.count > 2000 { stempel.removeAll() }
            stempel[r.id] = Stempel(ringkasan: r, dibaca: sekarang)
        }
    }

    /// After a write: every stamp is read from the database again.
    func lupakanStempel() {
        kunci.withLock {
            generasi &+= 1
            stempel.removeAll()
        }
    }

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

extension Request {
    /// The Renja's stamp row (`RingkasanRenja.satu`), from `RenjaCache` when it was read less than a second ago.
    /// A write request (a page shown again after a refused edit) always reads the database.
    func ringkasanRenja(_ id: UUID) async throws -> RingkasanRenja {
        let cache = application.renjaCache
        guard method == .GET || method == .HEAD else { return try await RingkasanRenja.satu(renjaID: id, on: db) }
        if let r = cache.ringkasan(id) { return r }
        let g = cache.generasiSekarang
        let r = try await RingkasanRenja.satu(renjaID: id, on: db)
        cache.simpanRingkasan(r, generasi: g)
        return r
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
