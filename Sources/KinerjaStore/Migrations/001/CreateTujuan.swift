import FluentKit

/// Creates `tujuan`: Renstra objectives.
struct CreateTujuan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tujuan")
            .id()
            .field("renstra_id", .uuid, .required, .references("renstra", "id", onDelete: .restrict))
            .field("nomor", .int, .required)
            .field("uraian", .string, .required)
            .unique(on: "renstra_id", "nomor")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tujuan").delete()
    }
}
