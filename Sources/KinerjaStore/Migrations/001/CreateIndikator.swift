import FluentKit

/// Creates `indikator`: Performance indicators and their semantics.
struct CreateIndikator: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indikator")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("kode", .string)
            .field("nama", .string, .required)
            .field("satuan_id", .uuid, .required, .references("satuan", "id", onDelete: .restrict))
            .field("arah", .string, .required)
            .field("agregasi", .string, .required)
            .field("ukuran", .string, .required)
            .field("presisi", .int, .required)
            .field("skala_ordinal_id", .uuid, .references("skala_ordinal", "id", onDelete: .restrict))
            .field("pembilang", .string)
            .field("penyebut", .string)
            .field("sumber_data", .string)
            .field("unit_kerja_id", .uuid, .references("unit_kerja", "id", onDelete: .restrict))
            .field("tujuan_id", .uuid, .references("tujuan", "id", onDelete: .restrict))
            .field("sasaran_id", .uuid, .references("sasaran", "id", onDelete: .restrict))
            .field("nomenklatur_id", .uuid, .references("nomenklatur", "id", onDelete: .restrict))
            .field("bobot_e4", .int64, .required)
            .field("iku", .bool, .required)
            .field("spm", .bool, .required)
            .field("boleh_lebih_100", .bool, .required)
            .unique(on: "opd_id", "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indikator").delete()
    }
}
