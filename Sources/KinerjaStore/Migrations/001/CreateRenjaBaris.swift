import FluentKit

/// Creates `renja_baris`: Lines of a Renja version.
struct CreateRenjaBaris: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renja_baris")
            .id()
            .field("renja_id", .uuid, .required, .references("renja", "id", onDelete: .restrict))
            .field("nomenklatur_id", .uuid, .required, .references("nomenklatur", "id", onDelete: .restrict))
            .field("urutan", .int, .required)
            .field("pagu", .int64)
            .field("pagu_n1", .int64)
            .field("lokasi", .string)
            .field("kelompok_sasaran", .string)
            .field("sumber_dana", .string)
            .field("catatan", .string)
            .field("unit_kerja_id", .uuid, .references("unit_kerja", "id", onDelete: .restrict))
            .field("alasan_perubahan", .string)
            .field("revisi", .int, .required)
            .unique(on: "renja_id", "nomenklatur_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renja_baris").delete()
    }
}
