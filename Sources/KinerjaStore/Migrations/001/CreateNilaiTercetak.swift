import FluentKit

/// Creates `nilai_tercetak`: Values as source documents printed them.
struct CreateNilaiTercetak: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("nilai_tercetak")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("tabel", .string, .required)
            .field("rujukan", .string, .required)
            .field("kode", .string)
            .field("kolom", .string, .required)
            .field("teks", .string, .required)
            .field("nilai_e4", .int64)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("nilai_tercetak").delete()
    }
}
