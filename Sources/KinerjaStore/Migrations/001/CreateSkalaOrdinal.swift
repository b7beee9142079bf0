import FluentKit

/// Creates `skala_ordinal`: Ordered grade scales for qualitative indicators.
struct CreateSkalaOrdinal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skala_ordinal")
            .id()
            .field("nama", .string, .required)
            .unique(on: "nama")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skala_ordinal").delete()
    }
}
