import FluentKit

/// Creates `skala_penilaian_pita`: Bands of a rating scale.
struct CreateSkalaPenilaianPita: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skala_penilaian_pita")
            .id()
            .field("skala_id", .uuid, .required, .references("skala_penilaian", "id", onDelete: .cascade))
            .field("urutan", .int, .required)
            .field("bawah_e4", .int64, .required)
            .field("atas_e4", .int64)
            .field("bawah_termasuk", .bool, .required)
            .field("atas_termasuk", .bool, .required)
            .field("kategori", .string, .required)
            .unique(on: "skala_id", "urutan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skala_penilaian_pita").delete()
    }
}
