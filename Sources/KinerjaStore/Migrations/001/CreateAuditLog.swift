import FluentKit

/// Creates `audit_log`: Append-only audit trail.
struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .id()
            .field("waktu", .datetime, .required)
            .field("pengguna_id", .uuid, .references("pengguna", "id", onDelete: .restrict))
            .field("entitas", .string, .required)
            .field("entitas_id", .string, .required)
            .field("aksi", .string, .required)
            .field("sebelum", .string)
            .field("sesudah", .string)
            .field("alasan", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}
