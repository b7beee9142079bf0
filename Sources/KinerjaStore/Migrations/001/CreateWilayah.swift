import FluentKit

/// Creates `wilayah`: kecamatan and desa/kelurahan of a Pemda with their Kemendagri codes (lokasi of plan lines
/// and proposals, counts per area).
struct CreateWilayah: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("wilayah")
            .id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id", onDelete: .restrict))
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("tingkat", .string, .required)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("wilayah").delete()
    }
}
