import FluentKit
import SQLKit

/// What the connected database holds compared with this build's migration list.
public struct SchemaStatus: Sendable, Equatable {
    /// Names of migrations recorded in `_fluent_migrations` (empty for a fresh database).
    public var applied: [String]
    public var known: [String]

    public var unknown: [String] { applied.filter { !known.contains($0) } }
    public var pending: [String] { known.filter { !applied.contains($0) } }
    /// Number of this build's migrations present in the database.
    public var version: Int { known.filter { applied.contains($0) }.count }

    /// Reads the migration log; a missing log table means a fresh database. A failure to connect surfaces as
    /// `StoreError.unreachable`.
    public static func read(on database: any Database, target: DatabaseTarget) async throws -> SchemaStatus {
        let sql = try database.sqlDatabase
        struct Row: Decodable { var name: String }
        do {
            try await sql.raw("SELECT 1 AS one").run()
        } catch {
            throw StoreError.unreachable(target.description, reason: Self.reason(error))
        }
        let rows: [Row]
        do {
            rows = try await sql.select().column("name").from("_fluent_migrations").all(decoding: Row.self)
        } catch {
            rows = []
        }
        return SchemaStatus(applied: rows.map(\.name), known: KinerjaMigrations.names)
    }

    /// Refuses a database that a newer Kinerja migrated (it may hold tables this build does not understand).
    public func requireNotNewer() throws(StoreError) {
        if !unknown.isEmpty { throw .newerSchema(unknown: unknown) }
    }

    static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("timeout") || text.contains("Timeout") { return "timed out" }
        return text.count > 200 ? String(text.prefix(200)) : text
    }
}
