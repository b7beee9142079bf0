import Fluent
import KinerjaStore
import Vapor

/// How long a session lives, and how stale its sliding expiry may get before an unchanged session is written again.
public enum MasaSesi {
    public static let lifetime: TimeInterval = 60 * 60 * 8
    public static let perpanjangSetelah: TimeInterval = 60 * 10
    /// How long a session row and its user are served from memory before they are read again (`SesiCache`).
    public static let cache: TimeInterval = 5
}

/// Sessions kept in the `sesi` table. The cookie carries a random 256-bit id; only its SHA-256 is stored,
/// so a leaked database does not hand out live sessions.
///
/// `SesiMiddleware` writes a row only when its data changed or its expiry was last pushed forward more than
/// `perpanjangSetelah` ago (on SQLite every write takes the database lock); the row read is kept in `SesiCache` for
/// `MasaSesi.cache` seconds.
enum SesiPenyimpan {
    /// The row as this request read it, so the update can tell whether anything changed.
    struct Terbaca: Sendable, Equatable {
        var tokenHash: String
        /// The session's data, decoded once when the row was read.
        var isi: [String: String]
        var kedaluwarsa: Date
    }

    /// A new row under a new random id; returns the id (the cookie value).
    static func buat(_ isi: [String: String], for request: Request) async throws -> String {
        let raw = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        let m = SesiModel()
        m.tokenHash = hash(raw)
        m.data = try encode(isi)
        m.$pengguna.id = isi["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(MasaSesi.lifetime)
        try await m.create(on: request.db)
        request.application.sesiCache.simpan(Terbaca(tokenHash: m.tokenHash, isi: isi, kedaluwarsa: m.kedaluwarsa))
        return raw
    }

    /// The live session under this cookie value, from memory or the database; an expired row is deleted.
    static func baca(_ id: String, for request: Request) async throws -> Terbaca? {
        let h = hash(id)
        let cache = request.application.sesiCache
        if let c = cache.sesi(h), c.kedaluwarsa > Date() { return c }
        guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == h).first() else {
            cache.hapus(h)
            return nil
        }
        guard m.kedaluwarsa > Date() else {
            try await m.delete(on: request.db)
            cache.hapus(h)
            return nil
        }
        let t = Terbaca(tokenHash: m.tokenHash, isi: try JSONDecoder().decode([String: String].self, from: Data(m.data.utf8)), kedaluwarsa: m.kedaluwarsa)
        cache.simpan(t)
        return t
    }

    /// Writes new data and a new expiry; a row deleted meanwhile is created again under a new id. Returns the id.
    static func perbarui(_ id: String, isi: [String: String], for request: Request) async throws -> String {
        guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == hash(id)).first() else {
            return try await buat(isi, for: request)
        }
        m.data = try encode(isi)
        m.$pengguna.id = isi["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(MasaSesi.lifetime)
        try await m.update(on: request.db)
        request.application.sesiCache.simpan(Terbaca(tokenHash: m.tokenHash, isi: isi, kedaluwarsa: m.kedaluwarsa))
        return id
    }

    static func hapus(_ id: String, for request: Request) async throws {
        let h = hash(id)
        request.application.sesiCache.hapus(h)
        try await SesiModel.query(on: request.db).filter(\.$tokenHash == h).delete()
    }

    /// Whether the stored row already holds `isi` with an expiry pushed forward recently.
    static func tanpaPerubahan(_ t: Terbaca, isi: [String: String], sekarang: Date = Date()) -> Bool {
        t.isi == isi && t.kedaluwarsa.timeIntervalSince(sekarang) > MasaSesi.lifetime - MasaSesi.perpanjangSetelah
    }

    static func hash(_ s: String) -> String { SHA256.hash(data: Data(s.utf8)).hex }
    static func encode(_ isi: [String: String]) throws -> String { String(decoding: try JSONEncoder().encode(isi), as: UTF8.self) }
}
