import FluentKit

/// Creates `populasi`: Dated, sourced denominators.
struct CreatePopulasi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("populasi")
            .id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id", onDelete: .restrict))
            .field("nama", .string, .required)
            .field("per_tanggal", .datetime, .required)
            .field("nilai_e4", .int64, .required)
            .field("satuan_id", .uuid, .required, .references("satuan", "id", onDelete: .restrict))
            .field("sumber", .string, .required)
            .unique(on: "pemda_id", "nama", "per_tanggal")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("populasi").delete()
    }
}
