import FluentKit

/// Creates `realisasi_keuangan`: Quarterly financial realisation per sub-kegiatan.
struct CreateRealisasiKeuangan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("realisasi_keuangan")
            .id()
            .field("renja_baris_id", .uuid, .required, .references("renja_baris", "id", onDelete: .restrict))
            .field("triwulan", .int, .required)
            .field("jumlah", .int64, .required)
            .field("bukti", .string)
            .field("diisi_oleh", .uuid, .references("pengguna", "id", onDelete: .restrict))
            .field("diisi_pada", .datetime)
            .field("revisi", .int, .required)
            .unique(on: "renja_baris_id", "triwulan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("realisasi_keuangan").delete()
    }
}
