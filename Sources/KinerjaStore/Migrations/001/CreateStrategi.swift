import FluentKit

/// Creates `strategi`: Strategies.
struct CreateStrategi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("strategi")
            .id()
            .field("sasaran_id", .uuid, .required, .references("sasaran", "id", onDelete: .restrict))
            .field("uraian", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("strategi").delete()
    }
}
