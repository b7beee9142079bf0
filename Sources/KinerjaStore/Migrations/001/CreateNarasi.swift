import FluentKit

/// Creates `narasi`: Narrative sections.
struct CreateNarasi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("narasi")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("dokumen", .string, .required)
            .field("bagian", .string, .required)
            .field("sasaran_id", .uuid, .references("sasaran", "id", onDelete: .restrict))
            .field("teks", .string, .required)
            .field("revisi", .int, .required)
            .unique(on: "opd_id", "tahun", "dokumen", "bagian")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("narasi").delete()
    }
}
