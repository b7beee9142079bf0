import FluentKit

/// Creates `review_ranwal`: Review of the Ranwal RKPD (T-C.31).
struct CreateReviewRanwal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_ranwal")
            .id()
            .field("renja_id", .uuid, .required, .references("renja", "id", onDelete: .restrict))
            .field("nomenklatur_id", .uuid, .required, .references("nomenklatur", "id", onDelete: .restrict))
            .field("rkpd_indikator", .string)
            .field("rkpd_target_e4", .int64)
            .field("rkpd_lokasi", .string)
            .field("rkpd_pagu", .int64)
            .field("analisis_indikator", .string)
            .field("analisis_target_e4", .int64)
            .field("analisis_lokasi", .string)
            .field("analisis_pagu", .int64)
            .field("satuan_id", .uuid, .references("satuan", "id", onDelete: .restrict))
            .field("catatan", .string)
            .unique(on: "renja_id", "nomenklatur_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_ranwal").delete()
    }
}
