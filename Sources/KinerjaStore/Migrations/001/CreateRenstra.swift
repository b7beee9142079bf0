import FluentKit

/// Creates `renstra`: Five-year strategic plans.
struct CreateRenstra: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renstra")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun_awal", .int, .required)
            .field("tahun_akhir", .int, .required)
            .field("rpjmd", .string)
            .field("visi", .string)
            .field("misi", .string)
            .field("dasar_hukum", .string)
            .unique(on: "opd_id", "tahun_awal")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renstra").delete()
    }
}
