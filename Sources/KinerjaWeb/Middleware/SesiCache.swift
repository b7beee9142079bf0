import Foundation
import KinerjaStore
import Vapor

/// Session rows and signed-in users kept in memory for `MasaSesi.cache` seconds, so a page view need not read the
/// `sesi` row and the user on every request. This process's own session writes (login, logout, an update) change
/// the cache at once; a change made elsewhere (the `kinerja user` command, a second server on the same database)
/// is seen within `MasaSesi.cache` seconds, when the entry is read from the database again.
///
/// A lock rather than an actor: every signed-in request reads it twice, and a lookup is far shorter than a hop.
public final class SesiCache: @unchecked Sendable {
    private struct Sesi {
        var terbaca: SesiPenyimpan.Terbaca
        var dibaca: Date
    }
    private struct Pemilik {
        var pengguna: Pengguna
        var dibaca: Date
    }
    private let kunci = NSLock()
    // Guarded by `kunci`.
    private var sesi: [String: Sesi] = [:]
    private var pengguna: [UUID: Pemilik] = [:]

    init() {}

    func sesi(_ tokenHash: String, sekarang: Date = Date()) -> SesiPenyimpan.Terbaca? {
        kunci.withLock {
            guard let s = sesi[tokenHash], sekarang.timeIntervalSince(s.dibaca) < MasaSesi.cache else { return nil }
            return s.terbaca
        }
    }

    func simpan(_ t: SesiPenyimpan.Terbaca, sekarang: Date = Date()) {
        kunci.withLock {
            if sesi.count > 10_000 { sesi.removeAll() }
            sesi[t.tokenHash] = Sesi(terbaca: t, dibaca: sekarang)
        }
    }

    func hapus(_ tokenHash: String) { kunci.withLock { sesi[tokenHash] = nil } }

    func pengguna(_ id: UUID, sekarang: Date = Date()) -> Pengguna? {
        kunci.withLock {
            guard let p = pengguna[id], sekarang.timeIntervalSince(p.dibaca) < MasaSesi.cache else { return nil }
            return p.pengguna
        }
    }

    func simpan(_ p: Pengguna, sekarang: Date = Date()) {
        kunci.withLock {
            if pengguna.count > 10_000 { pengguna.removeAll() }
            pengguna[p.id] = Pemilik(pengguna: p, dibaca: sekarang)
        }
    }

    /// Forgets everything (tests that change rows behind the application's back).
    public func kosongkan() {
        kunci.withLock {
            sesi.removeAll()
            pengguna.removeAll()
        }
    }
}

struct SesiCacheKey: StorageKey { typealias Value = SesiCache }

extension Application {
    public var sesiCache: SesiCache {
        if let c = storage[SesiCacheKey.self] { return c }
        let c = SesiCache()
        storage[SesiCacheKey.self] = c
        return c
    }
}
