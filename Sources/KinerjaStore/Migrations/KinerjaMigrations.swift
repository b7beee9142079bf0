import FluentKit

/// The ordered migration history. Append only: never edit or reorder a released entry.
public enum KinerjaMigrations {
    public static let all: [any Migration] = [
        CreatePemda(),
        CreateOPD(),
        CreateUnitKerja(),
        CreateWilayah(),
        CreateRegulasi(),
        CreateNomenklatur(),
        CreateSatuan(),
        CreateSkalaOrdinal(),
        CreateSkalaOrdinalTingkat(),
        CreateSkalaPenilaian(),
        CreateSkalaPenilaianPita(),
        CreateRenstra(),
        CreateTujuan(),
        CreateSasaran(),
        CreateStrategi(),
        CreateArahKebijakan(),
        CreateIndikator(),
        CreateIndikatorKomponen(),
        CreatePopulasi(),
        CreateRenstraIndikator(),
        CreateRenstraTarget(),
        CreateRenstraPagu(),
        CreatePengguna(),
        CreatePeranPengguna(),
        CreateSesi(),
        CreateTokenAPI(),
        CreateRenja(),
        CreateRenjaBaris(),
        CreateRenjaTarget(),
        CreateUsulan(),
        CreateReviewRanwal(),
        CreateRealisasiFisik(),
        CreateRealisasiKeuangan(),
        CreateRealisasiTahunan(),
        CreateIndikatorTarget(),
        CreateKunciTriwulan(),
        CreatePerjanjianKinerja(),
        CreatePKTarget(),
        CreateRencanaAksi(),
        CreatePKAnggaran(),
        CreateNilaiTercetak(),
        CreateNarasi(),
        CreateKomentarReview(),
        CreateAuditLog(),
        AddImmutabilityTriggers(),
        // 002: T-C.30.
        CreatePelayananTC30(),
        // 003: staff tables and SAKIP evaluation results of a report.
        CreateRekapPegawai(),
        CreateEvaluasiSAKIP(),
        // 004: an adopted Perjanjian Kinerja is immutable at the database.
        AddPKImmutabilityTriggers(),
    ]

    /// Schema version = number of migrations this build knows.
    public static var schemaVersion: Int { all.count }

    /// Migration names as Fluent records them in `_fluent_migrations`.
    public static var names: [String] { all.map(\.name) }
}
