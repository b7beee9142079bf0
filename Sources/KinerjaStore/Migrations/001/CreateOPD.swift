import FluentKit

/// Creates `opd`: Regional offices.
struct CreateOPD: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("opd")
            .id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id", onDelete: .restrict))
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("singkatan", .string)
            .field("alamat", .string)
            .field("dasar_hukum", .string)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("opd").delete()
    }
}
