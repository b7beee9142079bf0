import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where the data lives: an embedded SQLite file (default), SQLite in memory (tests), or PostgreSQL.
public enum DatabaseTarget: Equatable, Sendable, CustomStringConvertible {
    case sqliteFile(String)
    case sqliteMemory
    case postgres(url: String)

    /// `DATABASE_URL` wins when set; otherwise `--db PATH` (or `./kinerja.sqlite`). A `--db` value with a URL
    /// scheme other than postgres/sqlite is refused rather than taken for a file name.
    public static func resolve(db: String?, environment: [String: String]) throws(StoreError) -> DatabaseTarget {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return try fromURL(url) }
        guard let db else { return .sqliteFile("kinerja.sqlite") }
        if db == ":memory:" { return .sqliteMemory }
        if db.contains("://") { return try fromURL(db) }
        return .sqliteFile(db)
    }

    static func fromURL(_ url: String) throws(StoreError) -> DatabaseTarget {
        guard let comps = URLComponents(string: url), let scheme = comps.scheme?.lowercased() else {
            throw .badDatabaseURL(url)
        }
        switch scheme {
        case "postgres", "postgresql":
            guard comps.host?.isEmpty == false else { throw .badDatabaseURL(url) }
            return .postgres(url: url)
        case "sqlite":
            let path = comps.path.isEmpty ? (comps.host ?? "") : comps.path
            return path.isEmpty || path == ":memory:" ? .sqliteMemory : .sqliteFile(path)
        default:
            throw .unknownScheme(scheme)
        }
    }

    public var kind: String {
        switch self {
        case .sqliteFile, .sqliteMemory: "sqlite"
        case .postgres: "postgresql"
        }
    }

    /// Human description without credentials.
    public var description: String {
        switch self {
        case .sqliteFile(let p): return "SQLite file \(p)"
        case .sqliteMemory: return "SQLite in memory"
        case .postgres(let url):
            if var c = URLComponents(string: url) {
                c.password = c.password == nil ? nil : "***"
                return "PostgreSQL \(c.string ?? "")"
            }
            return "PostgreSQL"
        }
    }

    /// The Fluent configuration for this target.
    public func configuration(maxConnections: Int = 8) throws(StoreError) -> DatabaseConfigurationFactory {
        switch self {
        case .sqliteFile(let path):
            return .sqlite(.file(path), maxConnectionsPerEventLoop: 1)
        case .sqliteMemory:
            return .sqlite(.memory, maxConnectionsPerEventLoop: 1)
        case .postgres(let url):
            let config: SQLPostgresConfiguration
            do { config = try SQLPostgresConfiguration(url: url) } catch { throw .badDatabaseURL(url) }
            return .postgres(configuration: config, maxConnectionsPerEventLoop: maxConnections, connectionPoolTimeout: .seconds(10))
        }
    }

    public var databaseID: DatabaseID { kind == "postgresql" ? .psql : .sqlite }
}
