/// Regional government (Pemda): a province, kabupaten or kota, keyed by its Kemendagri area code
/// (Kepmendagri 300.2.2-2138/2025, e.g. `76.02` Kabupaten Mamuju).
public struct Pemda: Hashable, Codable, Sendable {
    public enum Jenis: String, Codable, Sendable, CaseIterable { case provinsi, kabupaten, kota }
    public var kode: String
    public var nama: String
    public var jenis: Jenis
    /// The province's area code for a kabupaten/kota; nil for a province.
    public var kodeProvinsi: String?
    /// Which lower-is-better formula this Pemda uses (domain decision 3).
    public var rumusTurun: RumusTurun

    public init(kode: String, nama: String, jenis: Jenis, kodeProvinsi: String?, rumusTurun: RumusTurun = .selisih) {
        self.kode = kode
        self.nama = nama
        self.jenis = jenis
        self.kodeProvinsi = kodeProvinsi
        self.rumusTurun = rumusTurun
    }
}

/// The capaian formula for *turun* (lower-is-better) indicators, chosen per Pemda.
public enum RumusTurun: String, Codable, Sendable, CaseIterable {
    /// (2T − R) / T × 100 — the usual SAKIP "(rencana − (realisasi − rencana)) / rencana".
    case selisih
    /// T / R × 100.
    case rasio
}

/// A regional office (Perangkat Daerah / OPD), e.g. Dinas Sosial Kabupaten Mamuju.
public struct OPD: Hashable, Codable, Sendable {
    /// The key every CLI `--opd` option takes: `<pemda area code>-<short name>`, e.g. `76.02-dinsos`.
    public var kode: String
    public var nama: String
    public var singkatan: String?
    public var kodePemda: String

    public init(kode: String, nama: String, singkatan: String?, kodePemda: String) {
        self.kode = kode
        self.nama = nama
        self.singkatan = singkatan
        self.kodePemda = kodePemda
    }
}

/// An organisational unit inside an OPD.
public struct UnitKerja: Hashable, Codable, Sendable {
    public enum Jenis: String, Codable, Sendable, CaseIterable { case sekretariat, bidang, subbagian, seksi, upt }
    public var kode: String
    public var nama: String
    public var jenis: Jenis
    public var kodeInduk: String?

    public init(kode: String, nama: String, jenis: Jenis, kodeInduk: String? = nil) {
        self.kode = kode
        self.nama = nama
        self.jenis = jenis
        self.kodeInduk = kodeInduk
    }
}
