import Fluent
import KinerjaStore
import Vapor

/// Sessions kept in the `sesi` table. The cookie carries a random 256-bit id; only its SHA-256 is stored,
/// so a leaked database does not hand out live sessions.
struct SesiDatabaseDriver: AsyncSessionDriver {
    static let lifetime: TimeInterval = 60 * 60 * 8

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
        return try JSONDecoder().decode(SessionData.self, from: Data(m.data.utf8))
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
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

    static func hash(_ s: String) -> String { SHA256.hash(data: Data(s.utf8)).hex }
    static func encode(_ d: SessionData) throws -> String { String(decoding: try JSONEncoder().encode(d), as: UTF8.self) }
}
