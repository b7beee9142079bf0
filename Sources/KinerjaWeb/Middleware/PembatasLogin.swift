import Vapor

/// Login throttling: after `batas` failed attempts for one username (or from one address) within `jendela`,
/// further attempts are refused with 429 until the window passes. Kept in memory: a restart forgets, which is
/// acceptable for throttling (the goal is to slow guessing, not to lock accounts).
actor PembatasLogin {
    let batas: Int
    let jendela: TimeInterval
    private var gagal: [String: [Date]] = [:]

    init(batas: Int = 5, jendela: TimeInterval = 15 * 60) {
        self.batas = batas
        self.jendela = jendela
    }

    func diblokir(_ kunci: [String], sekarang: Date = Date()) -> Bool {
        kunci.contains { k in (gagal[k] ?? []).filter { sekarang.timeIntervalSince($0) < jendela }.count >= batas }
    }

    func catatGagal(_ kunci: [String], sekarang: Date = Date()) {
        for k in kunci { gagal[k, default: []] = (gagal[k] ?? []).filter { sekarang.timeIntervalSince($0) < jendela } + [sekarang] }
        // Forget expired entries so random usernames cannot grow the table without bound.
        if gagal.count > 10_000 { gagal = gagal.filter { $0.value.contains { sekarang.timeIntervalSince($0) < jendela } } }
    }

    func berhasil(_ kunci: [String]) {
        for k in kunci { gagal[k] = nil }
    }
}

struct PembatasLoginKey: StorageKey { typealias Value = PembatasLogin }

extension Application {
    var pembatasLogin: PembatasLogin {
        get {
            if let p = storage[PembatasLoginKey.self] { return p }
            let p = PembatasLogin()
            storage[PembatasLoginKey.self] = p
            return p
        }
        set { storage[PembatasLoginKey.self] = newValue }
    }
}
