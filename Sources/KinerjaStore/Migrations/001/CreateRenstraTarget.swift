import FluentKit

/// Creates `renstra_target`: Yearly Renstra targets.
struct CreateRenstraTarget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renstra_target")
            .id()
            .field("renstra_indikator_id", .uuid, .required, .references("renstra_indikator", "id", onDelete: .cascade))
            .field("tahun", .int, .required)
            .field("nilai_e4", .int64)
            .field("atas_e4", .int64)
            .unique(on: "renstra_indikator_id", "tahun")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renstra_target").delete()
    }
}
