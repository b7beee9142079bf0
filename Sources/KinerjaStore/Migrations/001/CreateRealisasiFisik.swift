import FluentKit

/// Creates `realisasi_fisik`: Quarterly physical realisation per indicator.
struct CreateRealisasiFisik: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("realisasi_fisik")
            .id()
            .field("renja_baris_id", .uuid, .required, .references("renja_baris", "id", onDelete: .restrict))
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("triwulan", .int, .required)
            .field("nilai_e4", .int64)
            .field("pembilang_e4", .int64)
            .field("penyebut_e4", .int64)
            .field("populasi_id", .uuid, .references("populasi", "id", onDelete: .restrict))
            .field("bukti", .string)
            .field("faktor_pendorong", .string)
            .field("faktor_penghambat", .string)
            .field("diisi_oleh", .uuid, .references("pengguna", "id", onDelete: .restrict))
            .field("diisi_pada", .datetime)
            .field("revisi", .int, .required)
            .unique(on: "renja_baris_id", "indikator_id", "triwulan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("realisasi_fisik").delete()
    }
}
