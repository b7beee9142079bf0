import FluentKit

/// Creates `peran_pengguna`: Roles held by users.
struct CreatePeranPengguna: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("peran_pengguna")
            .id()
            .field("pengguna_id", .uuid, .required, .references("pengguna", "id", onDelete: .cascade))
            .field("peran", .string, .required)
            .unique(on: "pengguna_id", "peran")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("peran_pengguna").delete()
    }
}
