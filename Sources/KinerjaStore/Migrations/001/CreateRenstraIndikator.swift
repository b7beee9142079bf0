import FluentKit

/// Creates `renstra_indikator`: Indicators of a Renstra with baseline and final target.
struct CreateRenstraIndikator: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renstra_indikator")
            .id()
            .field("renstra_id", .uuid, .required, .references("renstra", "id", onDelete: .restrict))
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("baseline_e4", .int64)
            .field("tahun_baseline", .int)
            .field("target_akhir_e4", .int64)
            .unique(on: "renstra_id", "indikator_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renstra_indikator").delete()
    }
}
