import KinerjaStore
import Vapor

enum HealthController {
    struct Health: Content {
        var status: String
        var database: String
        var schemaVersion: Int
        var pendingMigrations: Int
    }

    /// 200 with the database kind and the schema version (number of applied migrations this build knows).
    @Sendable static func health(req: Request) async throws -> Health {
        let target = req.application.kinerja.database
        let s = try await SchemaStatus.read(on: req.db, target: target)
        return Health(status: "ok", database: target.kind, schemaVersion: s.version, pendingMigrations: s.pending.count)
    }
}
