/// The rows of the LKjIP's analysis tables that compare an indicator's result with something outside the year
/// (Permenpan-RB 53/2014 annex, chapter III: tables 3.1.4 Renstra end target, 3.1.5 national standard, 3.1.8
/// supporting programs), as `AturanAnalisisIKU` reads them.

/// A printed capaian of year n's realisation against the Renstra's end target.
public struct CapaianAkhirTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var indikator: Indikator
    /// The Renstra's last year, whose target is the end target.
    public var tahunAkhir: Int
    /// The end target, nil when the Renstra gives none for the indicator.
    public var targetAkhir: Besaran?
    public var realisasi: Besaran?
    public var dicetak: String
    public init(lokasi: String, indikator: Indikator, tahunAkhir: Int, targetAkhir: Besaran?, realisasi: Besaran?, dicetak: String) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.tahunAkhir = tahunAkhir
        self.targetAkhir = targetAkhir
        self.realisasi = realisasi
        self.dicetak = dicetak
    }
}

/// A printed national standard of an indicator ("-" when the table gives none; a blank cell is not transcribed, so
/// the table's rows are transcribed with "-" where they print nothing).
public struct StandarNasionalTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var nama: String
    /// Whether the indicator measures a Standar Pelayanan Minimal service.
    public var spm: Bool
    public var dicetak: String?
    public init(lokasi: String, nama: String, spm: Bool, dicetak: String?) {
        self.lokasi = lokasi
        self.nama = nama
        self.spm = spm
        self.dicetak = dicetak
    }
}

/// A program the report says supports ("Menunjang") an indicator's result, with the program's budget.
public struct ProgramMenunjangTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var indikator: String
    public var program: String
    /// The program's pagu in the report's budget tables, nil when it has none.
    public var pagu: Rupiah?
    public var dicetak: String
    public init(lokasi: String, indikator: String, program: String, pagu: Rupiah?, dicetak: String) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.program = program
        self.pagu = pagu
        self.dicetak = dicetak
    }
}
