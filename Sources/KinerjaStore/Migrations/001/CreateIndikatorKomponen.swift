import FluentKit

/// Creates `indikator_komponen`: Components of composite indicators.
struct CreateIndikatorKomponen: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indikator_komponen")
            .id()
            .field("komposit_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("komponen_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("bobot_e4", .int64, .required)
            .unique(on: "komposit_id", "komponen_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indikator_komponen").delete()
    }
}
