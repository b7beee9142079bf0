import FluentKit

/// Creates `renja`: Renja versions.
struct CreateRenja: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("renja")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("renstra_id", .uuid, .references("renstra", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("versi", .int, .required)
            .field("jenis", .string, .required)
            .field("tahapan", .string, .required)
            .field("sebelumnya_id", .uuid, .references("renja", "id", onDelete: .restrict))
            .field("ditetapkan_pada", .datetime)
            .field("ditetapkan_oleh", .uuid, .references("pengguna", "id", onDelete: .restrict))
            .field("nomor_penetapan", .string)
            .field("revisi", .int, .required)
            .field("dibuat_pada", .datetime)
            .unique(on: "opd_id", "tahun", "versi")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renja").delete()
    }
}
