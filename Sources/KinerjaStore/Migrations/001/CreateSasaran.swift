import FluentKit

/// Creates `sasaran`: Renstra targets (sasaran).
struct CreateSasaran: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sasaran")
            .id()
            .field("tujuan_id", .uuid, .required, .references("tujuan", "id", onDelete: .restrict))
            .field("nomor", .int, .required)
            .field("uraian", .string, .required)
            .unique(on: "tujuan_id", "nomor")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sasaran").delete()
    }
}
