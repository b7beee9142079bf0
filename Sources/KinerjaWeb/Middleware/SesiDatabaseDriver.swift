import Fluent
import KinerjaStore
import Vapor

/// How long a session lives, and how stale its sliding expiry may get before an unchanged session is written again.
public enum MasaSesi {
    public static let lifetime: TimeInterval = 60 * 60 * 8
    public static let perpanjangSetelah: TimeInterval = 60 * 10
}

/// Sessions kept in the `sesi` table. The cookie carries a random 256-bit id; only its SHA-256 is stored,
/// so a leaked database does not hand out live sessions.
///
/// Vapor asks the driver to update a session after every request that read it. The row is written only when its
/// data changed or its expiry was last pushed forward more than `perpanjangSetelah` ago: a page view costs one
/// read, not a read and a write (on SQLite every write takes the database lock).
struct SesiDatabaseDriver: AsyncSessionDriver {
    static let lifetime = MasaSesi.lifetime
    static let perpanjangSetelah = MasaSesi.perpanjangSetelah

    /// The row as this request read it, so the update can tell whether anything changed.
    struct Terbaca: StorageKey, Sendable {
        typealias Value = Terbaca
        var tokenHash: String
        var data: String
        var kedaluwarsa: Date
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let raw = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        let m = SesiModel()
        m.tokenHash = Self.hash(raw)
        m.data = try Self.encode(data)
        m.$pengguna.id = data["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(Self.lifetime)
        try await m.create(on: request.db)
        return SessionID(string: raw)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == Self.hash(sessionID.string)).first() else { return nil }
        guard m.kedaluwarsa > Date() else {
            try await m.delete(on: request.db)
            return nil
        }
        request.storage[Terbaca.self] = Terbaca(tokenHash: m.tokenHash, data: m.data, kedaluwarsa: m.kedaluwarsa)
        return try JSONDecoder().decode(SessionData.self, from: Data(m.data.utf8))
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if let t = request.storage[Terbaca.self], Self.tanpaPerubahan(t, id: sessionID, data: try Self.encode(data)) { return sessionID }
        guard let m = try await SesiModel.query(on: request.db).filter(\.$tokenHash == Self.hash(sessionID.string)).first() else {
            return try await createSession(data, for: request)
        }
        m.data = try Self.encode(data)
        m.$pengguna.id = data["uid"].flatMap(UUID.init(uuidString:))
        m.kedaluwarsa = Date().addingTimeInterval(Self.lifetime)
        try await m.update(on: request.db)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await SesiModel.query(on: request.db).filter(\.$tokenHash == Self.hash(sessionID.string)).delete()
    }

    /// Whether the stored row already holds `data` for this id with an expiry pushed forward recently.
    static func tanpaPerubahan(_ t: Terbaca, id: SessionID, data: String, sekarang: Date = Date()) -> Bool {
        t.tokenHash == hash(id.string) && t.data == data && t.kedaluwarsa.timeIntervalSince(sekarang) > lifetime - perpanjangSetelah
    }

    static func hash(_ s: String) -> String { SHA256.hash(data: Data(s.utf8)).hex }
    /// Keys sorted, so the same data always encodes to the same text (the update compares texts).
    static func encode(_ d: SessionData) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return String(decoding: try e.encode(d), as: UTF8.self)
    }
}
