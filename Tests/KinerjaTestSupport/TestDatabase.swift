import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import KinerjaStore
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// Every test gets its own database: SQLite in memory by default, or — when `DATABASE_URL` points at a
/// PostgreSQL server (scripts/test does this) — a freshly created PostgreSQL database dropped afterwards.
public enum TestDatabase {
    public static var kind: String { postgresURL == nil ? "sqlite" : "postgresql" }

    static var postgresURL: String? {
        guard let u = ProcessInfo.processInfo.environment["DATABASE_URL"], u.hasPrefix("postgres") else { return nil }
        return u
    }

    /// A fresh, empty database target (not migrated) for the duration of `body`.
    public static func withTarget<T: Sendable>(_ body: (DatabaseTarget) async throws -> T) async throws -> T {
        guard let admin = postgresURL else { return try await body(.sqliteMemory) }
        let name = "kt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await runAdmin(admin, "CREATE DATABASE \(name)")
        var comps = URLComponents(string: admin)!
        comps.path = "/\(name)"
        do {
            let result = try await body(.postgres(url: comps.string!))
            try await runAdmin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            return result
        } catch {
            try? await runAdmin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            throw error
        }
    }

    /// A fresh database with every migration applied, open for `body`.
    public static func withDatabase<T: Sendable>(migrate: Bool = true, _ body: (any Database) async throws -> T) async throws -> T {
        try await withTarget { target in
            try await withOpen(target, migrate: migrate, body)
        }
    }

    /// Opens `target`, optionally migrates, runs `body`, always shuts down.
    public static func withOpen<T: Sendable>(_ target: DatabaseTarget, migrate: Bool, _ body: (any Database) async throws -> T) async throws -> T {
        try await withDatabases(target) { dbs, logger in
            if migrate { try await migrator(dbs, logger).setupIfNeeded().flatMap { migrator(dbs, logger).prepareBatch() }.get() }
            return try await body(dbs.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!)
        }
    }

    /// The raw `Databases` for `target` (for migrator tests); always shut down afterwards, also on failure.
    public static func withDatabases<T: Sendable>(_ target: DatabaseTarget, _ body: (Databases, Logger) async throws -> T) async throws -> T {
        let dbs = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        dbs.use(try target.configuration(maxConnections: 2), as: target.databaseID, isDefault: true)
        var logger = Logger(label: "kinerja.test")
        logger.logLevel = .warning
        do {
            let result = try await body(dbs, logger)
            await dbs.shutdownAsync()
            return result
        } catch {
            await dbs.shutdownAsync()
            throw error
        }
    }

    public static func migrator(_ dbs: Databases, _ logger: Logger) -> Migrator {
        let m = Migrations()
        m.add(KinerjaMigrations.all)
        return Migrator(databases: dbs, migrations: m, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
    }

    /// Runs one statement on the admin database (names are generated above, never user input).
    static func runAdmin(_ url: String, _ statement: String) async throws {
        try await withOpen(.postgres(url: url), migrate: false) { db in
            try await (db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        }
    }
}
