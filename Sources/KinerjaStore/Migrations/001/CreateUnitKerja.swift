import FluentKit

/// Creates `unit_kerja`: Units inside an office.
struct CreateUnitKerja: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_kerja")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("induk_id", .uuid, .references("unit_kerja", "id", onDelete: .restrict))
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("jenis", .string, .required)
            .unique(on: "opd_id", "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_kerja").delete()
    }
}
