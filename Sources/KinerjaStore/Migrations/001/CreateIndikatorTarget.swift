import FluentKit

/// Creates `indikator_target`: a yearly target of an indicator by its source document (Renja of an earlier
/// year, PK, RKPD) when that document's lines are not themselves in Kinerja — e.g. T-C.29's "target Renja n−2"
/// (column 6) and "target Renja n−1" (column 9). The Renja of a year that *is* in Kinerja keeps its targets on
/// its lines (`renja_target`).
struct CreateIndikatorTarget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indikator_target")
            .id()
            .field("indikator_id", .uuid, .required, .references("indikator", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("sumber", .string, .required)
            .field("nilai_e4", .int64)
            .field("atas_e4", .int64)
            .field("rujukan", .string)
            .unique(on: "indikator_id", "tahun", "sumber")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indikator_target").delete()
    }
}
