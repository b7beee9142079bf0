import Foundation
import KinerjaCore
import KinerjaStore
import Vapor

/// The expensive, user-independent part of the Renja page (the tree, line identities, the line findings), kept per
/// Renja while its stamp (`RingkasanRenja.stempel`) is unchanged. Permissions and comments are never cached.
actor RenjaCache {
    struct Isi: Sendable {
        var stempel: String
        var lengkap: RenjaLengkap
        var info: [KodeNomenklatur: BarisInfo]
        var temuan: [KodeNomenklatur: [Finding]]
        var lain: [Finding]
    }
    private var isi: [UUID: Isi] = [:]
    /// The rendered lines table per Renja version and permission set (`RenjaController.kunciTabel`).
    private var tabel: [String: String] = [:]

    func ambil(_ id: UUID, stempel: String) -> Isi? {
        guard let x = isi[id], x.stempel == stempel else { return nil }
        return x
    }

    func simpan(_ id: UUID, _ x: Isi) {
        if isi.count > 500 { isi.removeAll() }
        isi[id] = x
    }

    func tabelHTML(_ kunci: String) -> String? { tabel[kunci] }

    func simpanTabel(_ kunci: String, _ html: String) {
        if tabel.count > 2000 { tabel.removeAll() }
        tabel[kunci] = html
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
