import FluentKit

/// Creates `evaluasi_sakip`: the SAKIP evaluation results a report prints (004:L770-782: the Inspektorat's score per
/// component and year, the total and the grade, in the table and in the narrative). A component's weight and score
/// are inputs; the total is computed, so it is kept only as `nilai_dicetak`; grades are kept as printed.
struct CreateEvaluasiSAKIP: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("evaluasi_sakip")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun_laporan", .int, .required)
            .field("tahun", .int, .required)
            .field("sumber", .string, .required)
            .field("baris", .string, .required)
            .field("komponen_kode", .string)
            .field("komponen", .string)
            .field("bobot_e4", .int64)
            .field("bobot_dicetak", .string)
            .field("nilai_e4", .int64)
            .field("nilai_dicetak", .string)
            .field("predikat_dicetak", .string)
            .field("rujukan", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evaluasi_sakip").delete()
    }
}
