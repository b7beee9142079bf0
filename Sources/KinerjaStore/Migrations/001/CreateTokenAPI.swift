import FluentKit

/// Creates `token_api`: API bearer tokens.
struct CreateTokenAPI: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("token_api")
            .id()
            .field("pengguna_id", .uuid, .required, .references("pengguna", "id", onDelete: .cascade))
            .field("nama", .string, .required)
            .field("token_hash", .string, .required)
            .field("kedaluwarsa", .datetime)
            .field("dibuat_pada", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("token_api").delete()
    }
}
