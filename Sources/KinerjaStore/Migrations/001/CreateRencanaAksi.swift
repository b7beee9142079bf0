import FluentKit

/// Creates `rencana_aksi`: Quarterly targets of PK targets.
struct CreateRencanaAksi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rencana_aksi")
            .id()
            .field("pk_target_id", .uuid, .required, .references("pk_target", "id", onDelete: .cascade))
            .field("triwulan", .int, .required)
            .field("nilai_e4", .int64)
            .field("kegiatan", .string)
            .unique(on: "pk_target_id", "triwulan")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rencana_aksi").delete()
    }
}
