import FluentKit

/// Creates `perjanjian_kinerja`: Performance agreements.
struct CreatePerjanjianKinerja: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("perjanjian_kinerja")
            .id()
            .field("opd_id", .uuid, .required, .references("opd", "id", onDelete: .restrict))
            .field("tahun", .int, .required)
            .field("versi", .int, .required)
            .field("jenis", .string, .required)
            .field("pihak_pertama_nama", .string, .required)
            .field("pihak_pertama_jabatan", .string, .required)
            .field("pihak_pertama_nip", .string)
            .field("pihak_kedua_nama", .string, .required)
            .field("pihak_kedua_jabatan", .string, .required)
            .field("pihak_kedua_nip", .string)
            .field("tanggal", .datetime)
            .field("ditetapkan_pada", .datetime)
            .field("alasan_perubahan", .string)
            .unique(on: "opd_id", "tahun", "versi")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("perjanjian_kinerja").delete()
    }
}
