import FluentKit

/// Creates `pelayanan_tc30`: one row of a Renja's T-C.30 table (service performance, Permendagri 86/2017) — which
/// indicator, in which order and under which printed number, with its SPM standard, IKK and analysis note as
/// printed. The values themselves live where every other document reads them: Renstra targets in
/// `indikator_target` (sumber `renstra`), projections there too (sumber `proyeksi`), realisation in
/// `realisasi_tahunan`. A percentage row computed from two other rows names them (`pembilang_id`, `penyebut_id`);
/// `iku_id` is the LKjIP IKU the row reports on, so the two documents' realisation can be compared (R30).
struct CreatePelayananTC30: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pelayanan_tc30")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("urutan", .int, .required)
            .field("nomor_dicetak", .int)
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("peran", .string, .required)
            .field("pembilang_id", .uuid, .references("indikator", "id", onDelete: .restrict))
            .field("penyebut_id", .uuid, .references("indikator", "id", onDelete: .restrict))
            .field("iku_id", .uuid, .references("indikator", "id", onDelete: .restrict))
            .field("standar_spm", .string)
            .field("ikk", .string)
            .field("catatan_analisis", .string)
            .field("rujukan", .string, .required)
            .unique(on: "opd_id", "tahun", "urutan")
            .unique(on: "opd_id", "tahun", "indikator_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pelayanan_tc30").delete()
    }
}
