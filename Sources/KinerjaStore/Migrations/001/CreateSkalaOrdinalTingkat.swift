import FluentKit

/// Creates `skala_ordinal_tingkat`: Grades of an ordinal scale.
struct CreateSkalaOrdinalTingkat: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skala_ordinal_tingkat")
            .id()
            .field("skala_id", .uuid, .required, .references("skala_ordinal", "id", onDelete: .cascade))
            .field("peringkat", .int, .required)
            .field("label", .string, .required)
            .unique(on: "skala_id", "peringkat")
            .unique(on: "skala_id", "label")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skala_ordinal_tingkat").delete()
    }
}
