import Foundation

/// Everything the data-quality rules look at in one document (a Renja, a Renja Perubahan, an LKjIP), whether
/// imported from print or entered. Each list feeds the rules named beside it; empty lists simply produce no
/// findings. The importer and the store map their data into this; the rules never read anything else.
public struct DokumenPeriksa: Sendable {
    /// Document name for messages ("Renja 2024 Dinas Sosial Kab. Mamuju").
    public var nama: String
    /// Plan year n (Renja) or report year (LKjIP); drives R08.
    public var tahunRencana: TahunRencana?

    /// Budget lines with printed amounts per column → R01, R05, R16.
    public var anggaran: [PosAnggaran] = []
    /// Further budget tables rolled up on their own, because their sub-kegiatan are not the Renja's (T-C.31: the
    /// Ranwal RKPD and the office's analysis columns) → R01.
    public var anggaranTabel: [[PosAnggaran]] = []
    /// T-C.29 rows → R02, R07, R11, R12, R13, R17, R18, R19, R24 through `EvaluasiTC29`.
    public var barisTC29: [BarisTC29] = []
    /// Single values of indicators → R02, R03.
    public var nilai: [NilaiTercatat] = []
    /// Targets of lines that carry a pagu → R04.
    public var targetBerpagu: [TargetBerpagu] = []
    /// Codes as printed, per table → R05, R23.
    public var kode: [KodeTercatat] = []
    /// The same line's target as printed in different tables → R06.
    public var targetAntartabel: [TargetTercatat] = []
    /// Printed year labels → R08.
    public var labelTahun: [LabelTahunTercatat] = []
    /// Denominators of percentage indicators per year → R09.
    public var penyebut: [PenyebutTercatat] = []
    /// Printed capaian with its target and realisation, optionally with a printed category → R10, R12, R17, R18.
    public var capaian: [CapaianTercatat] = []
    /// Printed budget absorption → R12, R18.
    public var serapan: [SerapanTercatat] = []
    /// Printed sasaran capaian with its indicators' capaian → R20.
    public var sasaran: [SasaranTercatat] = []
    /// Printed efficiency analysis → R14, R15.
    public var efisiensi: [EfisiensiTercatat] = []
    /// Raw printed cells → R11, R21, R22.
    public var sel: [SelTercatat] = []
    /// T-C.30 rows → R25, R26, R27, R28, R29.
    public var barisTC30: [BarisTC30] = []
    /// Printed percentages computed from two printed values → R12.
    public var persentase: [PersentaseTercatat] = []
    /// Realisation of the same indicator as printed by different documents → R30.
    public var realisasiAntardokumen: [RealisasiTercatat] = []
    /// A table's rows in printed order, each under its line's code (`kodeBaris`, name in `teks`) → R23 nesting.
    public var susunan: [KodeTercatat] = []
    /// Printed signature dates → R37.
    public var tanggal: [SelTercatat] = []
    /// A line's target of year n beside its target of n + 1 → R36.
    public var targetBeruntun: [TargetBeruntun] = []
    /// The report's indicators: whether any target and any realisation is given → R35.
    public var indikatorTerlapor: [IndikatorTerlapor] = []
    /// Printed count and score tables (staff, SAKIP evaluation components) → R12, R28, R33.
    public var rekap: [RekapTercatat] = []
    /// Facts given in several places of a report (a grade per year in a table and the narrative) → R33.
    public var fakta: [FaktaTercatat] = []
    /// Printed composite indicators with their printed components and formula → R12.
    public var komposit: [KompositTercatat] = []
    /// Realisation of the same indicator and year printed at several places of one document → R32.
    public var realisasiAntartabel: [RealisasiTercatat] = []
    /// The same line's pagu as printed in different tables of the document → R31.
    public var paguAntartabel: [PaguTercatat] = []
    /// The changed sub-kegiatan lines of a Renja Perubahan against the version it amends, each with where it is
    /// printed → R43.
    public var perubahan: [(lokasi: String, baris: PerbandinganRenja.Baris)] = []
    /// Indicator names as the document gives them, one per place → R46.
    public var namaIndikator: [SelTercatat] = []
    /// Each line's indicator where a table prints it, with the line's names → R47.
    public var indikatorBaris: [IndikatorBarisTercatat] = []
    /// The nomenclature's names, the other lines an indicator may have been copied from → R47.
    public var namaNomenklatur: [KodeNomenklatur: String] = [:]
    /// Names of the office's IKU and sasaran-level indicators (a program's indicator copied from one) → R47.
    public var namaIKU: [String] = []
    /// The legal basis as the report lists it, each regulation with the one it amends → R50.
    public var dasarHukum: [DasarHukumTercatat] = []
    /// Rating legends as the report prints them → R49.
    public var skalaDicetak: [SkalaDicetak] = []
    /// Social-welfare figures printed with no year (the cell as printed, where) → R48.
    public var angkaTanpaTahun: [SelTercatat] = []
    /// The narrative's claims about the report, after the values its data gives for the same keys → R45.
    public var faktaNarasi: [FaktaTercatat] = []
    /// Money columns whose header prints a unit, with their amounts beside the lines' pagu → R44.
    public var satuanKolom: [SatuanKolomTercatat] = []
    /// Every printed pagu cell per table column, in printed order (`tabel` = table and column) → R42.
    public var paguBerurutan: [PaguTercatat] = []
    /// Every printed target cell that names its unit, per table → R41.
    public var angkaBersatuan: [AngkaTercatat] = []
    /// Printed capaian against the Renstra's end target (LKjIP table 3.1.4) → R38, R12.
    public var capaianAkhirRenstra: [CapaianAkhirTercatat] = []
    /// Printed national standards of the report's indicators (LKjIP table 3.1.5) → R39.
    public var standarNasional: [StandarNasionalTercatat] = []
    /// Programs the report credits with an indicator's result (LKjIP table 3.1.8), with their budget → R40.
    public var programMenunjang: [ProgramMenunjangTercatat] = []

    public init(nama: String, tahunRencana: TahunRencana? = nil) {
        self.nama = nama
        self.tahunRencana = tahunRencana
    }
}

/// A value of an indicator in a table cell.
public struct NilaiTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var indikator: Indikator
    public var besaran: Besaran
    public init(lokasi: String, indikator: Indikator, besaran: Besaran) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.besaran = besaran
    }
}

/// A printed number with the unit its cell names, in one table (any indicator).
public struct AngkaTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var tabel: String
    public var besaran: Besaran
    public var dicetak: String
    public init(lokasi: String, tabel: String, besaran: Besaran, dicetak: String) {
        self.lokasi = lokasi
        self.tabel = tabel
        self.besaran = besaran
        self.dicetak = dicetak
    }
}

/// A line's target next to its pagu.
public struct TargetBerpagu: Hashable, Codable, Sendable {
    public var lokasi: String
    public var uraian: String
    public var target: Besaran?
    public var pagu: Rupiah?
    public init(lokasi: String, uraian: String, target: Besaran?, pagu: Rupiah?) {
        self.lokasi = lokasi
        self.uraian = uraian
        self.target = target
        self.pagu = pagu
    }
}

/// A code as printed in one table, with the level the row claims (program, kegiatan, sub-kegiatan).
public struct KodeTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var tabel: String
    public var teks: String
    public var tingkat: KodeNomenklatur.Level?
    public var uraian: String
    /// The nomenclature code of the line the printed code stands for, when the printed cell was read apart from
    /// it (`kode-terbaca.csv`): the printed code must then be this code. `X` segments in `teks` are placeholders
    /// or illegible and are not compared; a `#` segment is an overflowing cell.
    public var kodeBaris: KodeNomenklatur?
    public init(
        lokasi: String, tabel: String, teks: String, tingkat: KodeNomenklatur.Level? = nil, uraian: String = "",
        kodeBaris: KodeNomenklatur? = nil
    ) {
        self.lokasi = lokasi
        self.tabel = tabel
        self.teks = teks
        self.tingkat = tingkat
        self.uraian = uraian
        self.kodeBaris = kodeBaris
    }
}

/// One line's target for one year as printed in one table.
public struct TargetTercatat: Hashable, Codable, Sendable {
    /// The line's identity across tables (code or normalised name).
    public var kunci: String
    public var tahun: Int
    public var tabel: String
    public var lokasi: String
    public var target: Besaran
    public init(kunci: String, tahun: Int, tabel: String, lokasi: String, target: Besaran) {
        self.kunci = kunci
        self.tahun = tahun
        self.tabel = tabel
        self.lokasi = lokasi
        self.target = target
    }
}

/// A printed year label and the plan-year offset it should carry (T-C.29 column 5 → −3).
public struct LabelTahunTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var teks: String
    public var offset: Int
    public init(lokasi: String, teks: String, offset: Int) {
        self.lokasi = lokasi
        self.teks = teks
        self.offset = offset
    }
}

/// The denominator used for a percentage indicator in one year, with the year its data describe if known.
/// `kolom` names the forward-looking column it was printed in (`target`, `proyeksi`) when one table prints
/// several denominators for the same year (T-C.30); those must agree (R09, 001:L846).
public struct PenyebutTercatat: Hashable, Codable, Sendable {
    public var indikatorId: String
    public var tahun: Int
    public var nilai: Decimal
    public var tahunData: Int?
    public var lokasi: String
    public var kolom: String?
    public init(indikatorId: String, tahun: Int, nilai: Decimal, tahunData: Int? = nil, lokasi: String, kolom: String? = nil) {
        self.indikatorId = indikatorId
        self.tahun = tahun
        self.nilai = nilai
        self.tahunData = tahunData
        self.lokasi = lokasi
        self.kolom = kolom
    }
}

/// A printed capaian, its inputs, and optionally the printed category and the scale it claims.
public struct CapaianTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var indikator: Indikator
    public var target: Besaran?
    public var realisasi: Besaran?
    public var dicetak: String?
    public var kategoriDicetak: String?
    /// The scale the printed category claims; nil = the report's scale (`AturanPemda.skala`).
    public var skala: SkalaPenilaian?
    public init(
        lokasi: String, indikator: Indikator, skala: SkalaPenilaian? = nil, target: Besaran?, realisasi: Besaran?,
        dicetak: String? = nil, kategoriDicetak: String? = nil
    ) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.skala = skala
        self.target = target
        self.realisasi = realisasi
        self.dicetak = dicetak
        self.kategoriDicetak = kategoriDicetak
    }
}

/// A printed budget absorption.
public struct SerapanTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var uraian: String
    public var pagu: Rupiah?
    public var realisasi: Rupiah?
    public var dicetak: String
    public init(lokasi: String, uraian: String, pagu: Rupiah?, realisasi: Rupiah?, dicetak: String) {
        self.lokasi = lokasi
        self.uraian = uraian
        self.pagu = pagu
        self.realisasi = realisasi
        self.dicetak = dicetak
    }
}

/// A printed sasaran capaian and the capaian of all the indicators that belong to the sasaran.
public struct SasaranTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var nama: String
    public var indikator: [Komponen]
    public var cara: CaraGabung
    public var dicetak: String?
    public var kategoriDicetak: String?
    /// The scale the printed category claims; nil = the report's scale.
    public var skala: SkalaPenilaian?
    public init(
        lokasi: String, nama: String, indikator: [Komponen], cara: CaraGabung = .rataRata, dicetak: String?,
        kategoriDicetak: String? = nil, skala: SkalaPenilaian? = nil
    ) {
        self.skala = skala
        self.lokasi = lokasi
        self.nama = nama
        self.indikator = indikator
        self.cara = cara
        self.dicetak = dicetak
        self.kategoriDicetak = kategoriDicetak
    }
}

/// A printed "persentase efisiensi" or efficiency verdict with the budget it was computed from.
public struct EfisiensiTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var uraian: String
    public var pagu: Rupiah?
    public var realisasi: Rupiah?
    /// The printed percentage, if any.
    public var dicetak: String?
    /// The printed verdict ("Efisien"), if any.
    public var statusDicetak: String?
    public init(
        lokasi: String, uraian: String, pagu: Rupiah?, realisasi: Rupiah?, dicetak: String? = nil,
        statusDicetak: String? = nil
    ) {
        self.lokasi = lokasi
        self.uraian = uraian
        self.pagu = pagu
        self.realisasi = realisasi
        self.dicetak = dicetak
        self.statusDicetak = statusDicetak
    }
}

/// A raw printed cell.
public struct SelTercatat: Hashable, Codable, Sendable {
    public var lokasi: String
    public var teks: String
    public init(lokasi: String, teks: String) {
        self.lokasi = lokasi
        self.teks = teks
    }
}

/// A composite indicator as a report prints it (004:L336-340): its components' values, the result and the
/// formula text. The composite is the mean of its components (`IndikatorKomposit`).
public struct KompositTercatat: Hashable, Sendable {
    public var lokasi: String
    public var nama: String
    /// The components' printed values, in printed order.
    public var komponen: [String]
    public var dicetak: String?
    /// Where the formula is printed, and its text (kept verbatim, LaTeX included).
    public var lokasiRumus: String?
    public var rumusDicetak: String?
    /// Whether every component is already a percentage (then a printed "× 100 %" is spurious).
    public var komponenPersen: Bool
    public init(
        lokasi: String, nama: String, komponen: [String], dicetak: String?, lokasiRumus: String? = nil, rumusDicetak: String? = nil,
        komponenPersen: Bool
    ) {
        self.lokasi = lokasi
        self.nama = nama
        self.komponen = komponen
        self.dicetak = dicetak
        self.lokasiRumus = lokasiRumus
        self.rumusDicetak = rumusDicetak
        self.komponenPersen = komponenPersen
    }
}

/// A line's targets for two consecutive years (the Renja year and its forward estimate).
public struct TargetBeruntun: Hashable, Sendable {
    public var lokasi: String
    public var uraian: String
    public var tahun: Int
    public var target: Besaran
    public var berikut: Besaran
    public init(lokasi: String, uraian: String, tahun: Int, target: Besaran, berikut: Besaran) {
        self.lokasi = lokasi
        self.uraian = uraian
        self.tahun = tahun
        self.target = target
        self.berikut = berikut
    }
}

/// An indicator a report commits to (IKU, tujuan indicator), with whether it gives a target and a realisation.
public struct IndikatorTerlapor: Hashable, Sendable {
    public var lokasi: String
    public var nama: String
    public var adaTarget: Bool
    public var adaRealisasi: Bool
    public init(lokasi: String, nama: String, adaTarget: Bool, adaRealisasi: Bool) {
        self.lokasi = lokasi
        self.nama = nama
        self.adaTarget = adaTarget
        self.adaRealisasi = adaRealisasi
    }
}
