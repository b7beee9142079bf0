import FluentKit

/// Creates `realisasi_tahunan`: the realisation of an indicator for a whole year, for years reported only
/// annually (T-C.29 columns 5 and 7, LKjIP comparisons with earlier years). `sampai_dengan` marks a value that is
/// cumulative up to that year ("realisasi s/d 2021").
struct CreateRealisasiTahunan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("realisasi_tahunan")
            .id()
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("sampai_dengan", .bool, .required)
            .field("nilai_e4", .int64)
            .field("pembilang_e4", .int64)
            .field("penyebut_e4", .int64)
            .field("populasi_id", .uuid, .references("populasi", "id", onDelete: .restrict))
            .field("sumber", .string)
            .field("catatan", .string)
            .unique(on: "indikator_id", "tahun", "sampai_dengan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("realisasi_tahunan").delete()
    }
}
