import FluentKit

/// Creates `sesi`: Login sessions.
struct CreateSesi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sesi")
            .id()
            .field("token_hash", .string, .required)
            .field("data", .string, .required)
            .field("pengguna_id", .uuid, .references("pengguna", "id", onDelete: .cascade))
            .field("kedaluwarsa", .datetime, .required)
            .field("dibuat_pada", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sesi").delete()
    }
}
