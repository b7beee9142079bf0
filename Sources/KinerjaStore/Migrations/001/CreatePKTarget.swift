import FluentKit

/// Creates `pk_target`: PK targets per IKU.
struct CreatePKTarget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pk_target")
            .id()
            .field("pk_id", .uuid, .required, .references("perjanjian_kinerja", "id", onDelete: .restrict))
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("nilai_e4", .int64)
            .field("atas_e4", .int64)
            .unique(on: "pk_id", "indikator_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pk_target").delete()
    }
}
