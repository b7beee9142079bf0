import FluentKit

/// Creates `skala_penilaian`: Rating scales (bands of capaian).
struct CreateSkalaPenilaian: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("skala_penilaian")
            .id()
            .field("pemda_id", .uuid, .references("pemda", "id", onDelete: .restrict))
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("deskripsi", .string, .required)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("skala_penilaian").delete()
    }
}
