import FluentKit

/// Creates `pengguna`: Users.
struct CreatePengguna: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pengguna")
            .id()
            .field("username", .string, .required)
            .field("nama", .string, .required)
            .field("password_hash", .string, .required)
            .field("pemda_id", .uuid, .references("pemda", "id", onDelete: .restrict))
            .field("opd_id", .uuid, .references("opd", "id", onDelete: .restrict))
            .field("unit_kerja_id", .uuid, .references("unit_kerja", "id", onDelete: .restrict))
            .field("aktif", .bool, .required)
            .field("dibuat_pada", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pengguna").delete()
    }
}
