import FluentKit

/// Creates `pk_anggaran`: Program budgets of a PK.
struct CreatePKAnggaran: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pk_anggaran")
            .id()
            .field("pk_id", .uuid, .required, .references("perjanjian_kinerja", "id", onDelete: .restrict))
            .field("nomenklatur_id", .uuid, .required, .references("nomenklatur", "id", onDelete: .restrict))
            .field("pagu", .int64, .required)
            .field("sumber_dana", .string)
            .unique(on: "pk_id", "nomenklatur_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pk_anggaran").delete()
    }
}
