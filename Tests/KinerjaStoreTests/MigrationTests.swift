import FluentKit
import KinerjaStore
import KinerjaTestSupport
import Logging
import NIOPosix
import SQLKit
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("migrate → revert → migrate round trip leaves every table usable")
    func roundTrip() async throws {
        try await TestDatabase.withTarget { target in
            try await TestDatabase.withDatabases(target) { dbs, logger in
                let db = dbs.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!
                let migrator = TestDatabase.migrator(dbs, logger)
                try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
                #expect(try await SchemaStatus.read(on: db, target: target).version == KinerjaMigrations.schemaVersion)
                try await migrator.revertAllBatches().get()
                let reverted = try await SchemaStatus.read(on: db, target: target)
                #expect(reverted.version == 0)
                #expect(reverted.pending.count == KinerjaMigrations.schemaVersion)
                try await migrator.prepareBatch().get()
                #expect(try await SchemaStatus.read(on: db, target: target).version == KinerjaMigrations.schemaVersion)
                // The re-created schema works: the demo data loads.
                try await DemoLoader(db: db).muat(passwordHash: "x")
                #expect(try await OPDModel.query(on: db).filter(\.$kode == "76.02-dinsos").count() == 1)
                #expect(try await RenjaModel.query(on: db).count() >= 1)
            }
        }
    }

    @Test("a database migrated by a newer Kinerja is refused with the unknown migration named")
    func newerSchemaRefused() async throws {
        try await TestDatabase.withTarget { target in
            try await TestDatabase.withOpen(target, migrate: true) { db in
                let sql = db as! any SQLDatabase
                try await sql.raw("INSERT INTO _fluent_migrations (id, name, batch, created_at, updated_at) VALUES (\(bind: UUID()), 'KinerjaStore.FromTheFuture', 99, NULL, NULL)").run()
                let status = try await SchemaStatus.read(on: db, target: target)
                #expect(throws: StoreError.newerSchema(unknown: ["KinerjaStore.FromTheFuture"])) { try status.requireNotNewer() }
            }
        }
    }
}
