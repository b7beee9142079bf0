import FluentKit

/// Creates `satuan`: Units of measure.
struct CreateSatuan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("satuan")
            .id()
            .field("kode", .string, .required)
            .field("nama", .string, .required)
            .field("ukuran", .string, .required)
            .field("alias", .string, .required)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("satuan").delete()
    }
}
