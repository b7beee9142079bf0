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
/// Vapor asks the driver to update a session after every request that read it. The row is written only when its
/// data changed or its expiry was last pushed forward more than `perpanjangSetelah` ago (on SQLite every write takes
/// the database lock); the row read is kept in `SesiCache` for `MasaSesi.cache` seconds.
struct SesiDatabaseDriver: AsyncSessionDriver {
    /// The row as this request read it, so the update can tell whether anything changed.
    struct Terbaca: StorageKey, Sendable, Equatable {
        typealias Value = Terbaca
        var tokenHash: String
        /// The session's data, decoded once when the row was read.
        var isi: [String: String]
        var kedaluwarsa: Date
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let raw = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        let m = SesiModel()
        m.tokenHash = Self.hash(raw)
        m.data = try Self.encode(data)
        m.$pengguna.id = data["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(MasaSesi.lifetime)
        try await m.create(on: request.db)
        await request.application.sesiCache.simpan(Terbaca(tokenHash: m.tokenHash, isi: data.snapshot, kedaluwarsa: m.kedaluwarsa))
        return SessionID(string: raw)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let hash = Self.hash(sessionID.string)
        let cache = request.application.sesiCache
        let t: Terbaca
        if let c = await cache.sesi(hash), c.kedaluwarsa > Date() {
            t = c
        } else {
            guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == hash).first() else {
                await cache.hapus(hash)
                return nil
            }
            guard m.kedaluwarsa > Date() else {
                try await m.delete(on: request.db)
                await cache.hapus(hash)
                return nil
            }
            t = Terbaca(tokenHash: m.tokenHash, isi: try JSONDecoder().decode(SessionData.self, from: Data(m.data.utf8)).snapshot, kedaluwarsa: m.kedaluwarsa)
            await cache.simpan(t)
        }
        request.storage[Terbaca.self] = t
        return SessionData(initialData: t.isi)
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if let t = request.storage[Terbaca.self], Self.tanpaPerubahan(t, id: sessionID, isi: data.snapshot) { return sessionID }
        guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == Self.hash(sessionID.string)).first() else {
            return try await createSession(data, for: request)
        }
        m.data = try Self.encode(data)
        m.$pengguna.id = data["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(MasaSesi.lifetime)
        try await m.update(on: request.db)
        await request.application.sesiCache.simpan(Terbaca(tokenHash: m.tokenHash, isi: data.snapshot, kedaluwarsa: m.kedaluwarsa))
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        let hash = Self.hash(sessionID.string)
        await request.application.sesiCache.hapus(hash)
        try await SesiModel.query(on: request.db).filter(\.$tokenHash == hash).delete()
    }

    /// Whether the stored row already holds `isi` for this id with an expiry pushed forward recently.
    static func tanpaPerubahan(_ t: Terbaca, id: SessionID, isi: [String: String], sekarang: Date = Date()) -> Bool {
        t.isi == isi && t.kedaluwarsa.timeIntervalSince(sekarang) > MasaSesi.lifetime - MasaSesi.perpanjangSetelah && t.tokenHash == hash(id.string)
    }

    static func hash(_ s: String) -> String { SHA256.hash(data: Data(s.utf8)).hex }
    static func encode(_ d: SessionData) throws -> String { String(decoding: try JSONEncoder().encode(d), as: UTF8.self) }
}
