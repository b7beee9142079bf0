import FluentKit

/// Creates `renstra_pagu`: Yearly Renstra pagu per sub-kegiatan.
struct CreateRenstraPagu: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renstra_pagu")
            .id()
            .field("renstra_id", .uuid, .required, .references("renstra", "id", onDelete: .restrict))
            .field("nomenklatur_id", .uuid, .required, .references("nomenklatur", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("pagu", .int64, .required)
            .unique(on: "renstra_id", "nomenklatur_id", "tahun")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renstra_pagu").delete()
    }
}
