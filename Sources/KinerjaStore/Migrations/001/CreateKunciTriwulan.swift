import FluentKit

/// Creates `kunci_triwulan`: Closed quarters.
struct CreateKunciTriwulan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("kunci_triwulan")
            .id()
            .field("renja_id", .uuid, .required, .references("renja", "id", onDelete: .restrict))
            .field("triwulan", .int, .required)
            .field("dikunci_pada", .datetime, .required)
            .field("dikunci_oleh", .uuid, .required, .references("pengguna", "id", onDelete: .restrict))
            .unique(on: "renja_id", "triwulan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("kunci_triwulan").delete()
    }
}
