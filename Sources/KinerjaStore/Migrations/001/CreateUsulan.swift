import FluentKit

/// Creates `usulan`: Stakeholder proposals (T-C.32).
struct CreateUsulan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("usulan")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("renja_id", .uuid, .references("renja", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("sumber", .string, .required)
            .field("pengusul", .string)
            .field("nomenklatur_id", .uuid, .references("nomenklatur", "id", onDelete: .restrict))
            .field("uraian", .string, .required)
            .field("lokasi", .string)
            .field("volume_e4", .int64)
            .field("satuan_id", .uuid, .references("satuan", "id", onDelete: .restrict))
            .field("pagu", .int64)
            .field("status", .string, .required)
            .field("alasan", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("usulan").delete()
    }
}
