import FluentKit

/// Creates `nomenklatur`: Program/kegiatan/sub-kegiatan nomenclature, versioned by regulation.
struct CreateNomenklatur: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("nomenklatur")
            .id()
            .field("regulasi_id", .uuid, .required, .references("regulasi", "id", onDelete: .restrict))
            .field("induk_id", .uuid, .references("nomenklatur", "id", onDelete: .restrict))
            .field("kode", .string, .required)
            .field("level", .string, .required)
            .field("nama", .string, .required)
            .unique(on: "regulasi_id", "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("nomenklatur").delete()
    }
}
