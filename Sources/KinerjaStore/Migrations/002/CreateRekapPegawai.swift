import FluentKit

/// Creates `rekap_pegawai`: the staff tables of a report as printed (LKjIP/LAKIP BAB II: staff by education, eselon,
/// rank, gender, and the narrative's counts), one row per category and column. Kinerja keeps no staff register; these
/// are the report's own counts, kept so its totals can be checked (R12, R28, R33). `jumlah` is the count where a
/// legible number is printed; a printed total is computed, so it is kept only as `jumlah_dicetak`. `kunci` names the
/// count a row contributes to that other tables give too (`ASN`).
struct CreateRekapPegawai: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rekap_pegawai")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("tabel", .string, .required)
            .field("urutan", .int, .required)
            .field("nomor_dicetak", .int)
            .field("kategori", .string, .required)
            .field("kolom", .string, .required)
            .field("total", .bool, .required)
            .field("jumlah", .int)
            .field("jumlah_dicetak", .string)
            .field("kunci", .string)
            .field("rujukan", .string, .required)
            .unique(on: "opd_id", "tahun", "tabel", "urutan", "kolom")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rekap_pegawai").delete()
    }
}
