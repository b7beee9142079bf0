import FluentKit

/// Creates `komentar_review`: Reviewer comments.
struct CreateKomentarReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("komentar_review")
            .id()
            .field("renja_id", .uuid, .required, .references("renja", "id", onDelete: .restrict))
            .field("renja_baris_id", .uuid, .references("renja_baris", "id", onDelete: .restrict))
            .field("pengguna_id", .uuid, .required, .references("pengguna", "id", onDelete: .restrict))
            .field("teks", .string, .required)
            .field("dibuat_pada", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("komentar_review").delete()
    }
}
