import FluentKit

/// Creates `renja_target`: Targets per indicator on a Renja line.
struct CreateRenjaTarget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renja_target")
            .id()
            .field("renja_baris_id", .uuid, .required, .references("renja_baris", "id", onDelete: .restrict))
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("nilai_e4", .int64)
            .field("atas_e4", .int64)
            .field("satuan_id", .uuid, .required, .references("satuan", "id", onDelete: .restrict))
            .unique(on: "renja_baris_id", "indikator_id", "tahun")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renja_target").delete()
    }
}
