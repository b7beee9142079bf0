import FluentKit

/// Creates `arah_kebijakan`: Policy directions.
struct CreateArahKebijakan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("arah_kebijakan")
            .id()
            .field("strategi_id", .uuid, .required, .references("strategi", "id", onDelete: .restrict))
            .field("uraian", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("arah_kebijakan").delete()
    }
}
