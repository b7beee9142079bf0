import FluentKit

/// Creates `regulasi`: Regulations that issue nomenclature versions.
struct CreateRegulasi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("regulasi")
            .id()
            .field("kode", .string, .required)
            .field("judul", .string, .required)
            .field("berlaku_mulai", .datetime)
            .unique(on: "kode")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("regulasi").delete()
    }
}
