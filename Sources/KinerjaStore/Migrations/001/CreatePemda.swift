import FluentKit

/// Creates `pemda`: Regional governments.
struct CreatePemda: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pemda")
            .id()
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("jenis", .string, .required)
            .field("provinsi_id", .uuid, .references("pemda", "id", onDelete: .restrict))
            .field("rumus_turun", .string, .required)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pemda").delete()
    }
}
