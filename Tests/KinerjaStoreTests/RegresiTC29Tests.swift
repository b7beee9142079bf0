import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

// Regression of T-C.29 (Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra) for the three seed
// Renja offices: the demo data are loaded, T-C.29 is regenerated from the model (TC29Query → EvaluasiTC29) and
// compared with the printed table cell by cell (columns 8, 10, 11).
//
// Sources: shared/domain/renja-spec.md §2.1 (what each office computed), §3.4 (aggregation types), §6 (defects);
// docs/rumus.md; the Demo READMEs (mamuju/README-lkjip.md, luwu/README.md, tarakan/README.md) incl. the
// "Reklasifikasi agregasi T-C.29" sections. Citations: "000:L162" = seed 000, line 162.

// Printed input cells (columns 4–9) reach the rules as `kinerja check` runs them: a cell holding one number in
// another unit is R02 and stands in its column as a value that cannot be computed with (TC29Query →
// BarisTC29.dicetakMasukan); a percentage outside 0–100 is R03; several values in one cell (R21) and a placeholder
// cell (R22) come from the text-cell rules over the printed cells (PemeriksaanQuery → AturanTeks.sel). Column 10
// printed as a number where it cannot be computed is R12, as columns 8 and 11.

// MARK: - Offices and data

struct KantorTC29: Sendable, CustomTestStringConvertible {
    let seed: String
    let kode: String
    let folder: String
    var testDescription: String { "\(seed) \(folder) (\(kode))" }

    static let mamuju = KantorTC29(seed: "000", kode: "76.02-dinsos", folder: "mamuju")
    static let luwu = KantorTC29(seed: "001", kode: "73.17-dinsos", folder: "luwu")
    static let tarakan = KantorTC29(seed: "003", kode: "65.71-dinsos", folder: "tarakan")
    static let semua = [mamuju, luwu, tarakan]

    static func dari(cite: String) -> KantorTC29 { semua.first { cite.hasPrefix($0.seed + ":") }! }
}

/// The demo data are loaded once per test process; every test reads the regenerated rows.
enum DataTC29 {
    static let muatan = Task<[String: [BarisTC29Lengkap]], any Error> {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            var out: [String: [BarisTC29Lengkap]] = [:]
            for k in KantorTC29.semua {
                let opd = try await WilayahRepository(db: db).opd(kode: k.kode)
                out[k.kode] = try await TC29Query(db: db).baris(opdID: try opd.requireID(), tahun: 2024)
            }
            return out
        }
    }

    static func baris(_ k: KantorTC29) async throws -> [(BarisTC29Lengkap, HasilTC29)] {
        let rows = try #require(try await muatan.value[k.kode])
        return rows.map { ($0, EvaluasiTC29.evaluate($0.baris)) }
    }

    /// The transcribed CSV (for the classification the file asks for).
    static func csv(_ k: KantorTC29) throws -> CSVTabel {
        let url = DemoLoader.bundledFolder.appendingPathComponent("\(k.folder)/tc29-2024.csv")
        return try CSVTabel(file: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8))
    }
}

/// The printed computed cell of column 8, 10 or 11.
func dicetak(_ b: BarisTC29, _ kolom: Int) -> String? {
    switch kolom {
    case 8: b.dicetak8
    case 10: b.dicetak10
    case 11: b.dicetak11
    default: nil
    }
}

/// The computed value of column 8, 10 or 11 (nil when it cannot be computed).
func dihitung(_ b: BarisTC29, _ h: HasilTC29, _ kolom: Int) -> Decimal? {
    switch kolom {
    case 8: return h.kolom8.angka
    case 11: return h.kolom11.angka
    default:
        guard case .angka(let v)? = h.kolom10.besaran?.nilai else { return nil }
        return v
    }
}

/// The display text of column 8, 10 or 11, as `kinerja evaluate` prints it.
func teks(_ b: BarisTC29, _ h: HasilTC29, _ kolom: Int) -> String {
    switch kolom {
    case 8: return h.kolom8.teks()
    case 11: return h.kolom11.teks()
    default:
        switch h.kolom10 {
        case .nilai(let v): return Tampilan.besaran(v, presisi: b.indikator.presisi)
        case .tidakDapatDihitung(let a): return "tidak dapat dihitung (\(a.pesan))"
        }
    }
}

/// "Rounded as printed": the computed value, rounded half-up to the printed number of decimals, is the printed
/// number; a printed 100 (%) for columns 8/11 additionally needs R ≥ T (domain decision 4).
func samaDenganCetak(_ v: Decimal, _ p: NilaiDicetak, kolom: Int) -> Bool {
    var x = v
    var r = Decimal()
    NSDecimalRound(&r, &x, p.desimal, .plain)
    if kolom != 10 && p.nilai == 100 && v < 100 { return false }
    return r == p.nilai
}

/// Findings that say "this printed cell is wrong".
let aturanSel: Set<String> = [
    AturanKualitas.persenDijumlahkan.id, AturanKualitas.galatSpreadsheet.id, AturanKualitas.rumusKolom.id,
    AturanKualitas.nonKumulatifDijumlahkan.id,
]

func aturanDi(_ h: HasilTC29, _ lokasi: String) -> [String] {
    h.temuan.filter { $0.lokasi == lokasi }.map(\.ruleId).sorted()
}

/// The text-cell rules (R11, R21, R22) on a row's printed cells other than 8, 10, 11, as `kinerja check` runs
/// them: PemeriksaanQuery gives every printed cell as `SelTercatat` "<rujukan> <kolom>" to PemeriksaanKualitas.
func temuanSelTercetak(_ r: BarisTC29Lengkap) -> [Finding] {
    var dok = DokumenPeriksa(nama: "T-C.29", tahunRencana: TahunRencana(2024))
    dok.sel = r.dicetak.sorted { $0.key < $1.key }.map { SelTercatat(lokasi: "\(r.baris.lokasi) \($0.key)", teks: $0.value) }
    return PemeriksaanKualitas.periksa(dok)
}

// MARK: - Printed cells that do not equal the regenerated value (every entry cited)

struct Pengecualian: Sendable {
    let cite: String
    let kolom: [Int]
    let sebab: String
    init(_ cite: String, _ kolom: [Int], _ sebab: String) {
        self.cite = cite
        self.kolom = kolom
        self.sebab = sebab
    }
}

enum DaftarTC29 {
    static let pengecualian: [Pengecualian] = [
        // 000 Mamuju (renja-spec §6.1 table M; mamuju/README-lkjip.md "Sum checks", "Defects").
        .init("000:L140", [8, 10, 11], "§6 #14 (1+1+1 vs 1 → 300 %); satuan Dokumen ≠ Laporan, nilai bersih kosong"),
        .init("000:L146", [10, 11], "§6 #14: 100 %+100 %+100 % → \"3\" / 300 %"),
        .init("000:L149", [10, 11], "§6 #18: kuota tahunan dijumlahkan, 540 %"),
        .init("000:L154", [10, 11], "§6 #12: kolom 10 tidak menjumlah (2 vs 5+7+9 = 37)"),
        .init("000:L157", [10, 11], "§6 #18: kuota tahunan dijumlahkan, 380 %"),
        .init("000:L162", [10, 11], "§6 #17: 1+195+11 = 207 vs 5 → 4140 %"),
        .init("000:L175", [8, 10, 11], "catatan: kolom 5-6 rusak OCR; stok dijumlahkan (9)"),
        .init("000:L176", [10, 11], "§6 #13: 50 %+50 %+50 % → \"2\" / 200 %"),
        .init("000:L182", [10, 11], "§6 #15: 50+47+46 → 143 %"),
        .init("000:L184", [10, 11], "§6 #12: kolom 10 = 15, 5+7+9 = 230"),
        .init("000:L189", [8], "§6 #1: #DIV/0!"),
        .init("000:L190", [8], "§6 #1: #DIV/0!"),
        .init("000:L191", [8, 10, 11], "§6 #33: satuan Persen berisi jumlah keluarga, nilai bersih kosong"),
        .init("000:L192", [10, 11], "§3.4: stok dijumlahkan (93+102+102 = 297)"),
        .init("000:L196", [10, 11], "README M:196: persentase dijumlahkan (60)"),
        .init("000:L199", [10, 11], "§3.4: stok dijumlahkan (28+28+28 = 84)"),
        .init("000:L200", [11], "§6 #11: 84/112 tercetak 60 % (75 %)"),
        .init("000:L201", [10, 11], "§6 #11: persentase dijumlahkan (300), 60 %"),
        .init("000:L202", [11], "§6 #11: 5/36 tercetak 60 % (13,89 %)"),
        .init("000:L205", [11], "§6 #11: 5/36 tercetak 60 % (13,89 %)"),
        .init("000:L207", [8, 10, 11], "README: satuan Makam ≠ TMP, nilai bersih kosong"),
        .init("000:L208", [8, 10, 11], "README: satuan Makam ≠ TMP, nilai bersih kosong"),
        // 001 Luwu (renja-spec §2.1, §6 #6 #7 #40; luwu/README.md "Defects").
        .init("001:L754", [10, 11], "§2.1/#7: indikator persen, nilai dalam Dok, nilai bersih kosong"),
        .init("001:L755", [10, 11], "§6 #7: kolom 10 = 4, kolom 11 = 100 tidak sesuai rumus"),
        .init("001:L763", [8, 10, 11], "§2.1: satuan OB ≠ orang; kolom 10 = target 2024 (34), 150 %"),
        .init("001:L764", [11], "README Other: k4 264 Dok tergeser satu baris"),
        .init("001:L765", [11], "README Other: k4 3 Lap tergeser satu baris"),
        .init("001:L768", [10, 11], "§6 #7: kolom 10 = 3, kolom 11 = 9/4 = 6"),
        .init("001:L769", [10], "§6 #7: kolom 10 = 12 (\"12\" berulang L:769-774)"),
        .init("001:L770", [10], "§6 #7: kolom 10 = 12"),
        .init("001:L771", [10], "§6 #7: kolom 10 = 12"),
        .init("001:L774", [10], "§6 #7: kolom 10 = 12"),
        .init("001:L775", [10], "§6 #7: kolom 10 = 3"),
        .init("001:L776", [8, 10, 11], "§6.1: 98/98 tercetak 102; satuan Jenis ≠ kali, nilai bersih kosong"),
        .init("001:L778", [8], "§6 #6: 8 = 6/7 → 90 (7/6 = 111,13 %)"),
        .init("001:L780", [10], "§6 #7: 192+228+502 tercetak 25"),
        .init("001:L782", [8], "§6 #6: 8 = 6/7 → 147 (7/6 = 67,86 %)"),
        .init("001:L788", [10, 11], "§6 #7"),
        .init("001:L791", [8, 11], "README Other: semua 0, kolom 8 tercetak 100 (0/0)"),
        .init("001:L796", [10, 11], "§6 #7"),
        .init("001:L797", [10, 11], "§2.1: kolom 10 1025 = target 2024 (L:1315)"),
        .init("001:L800", [10, 11], "§6 #7"),
        .init("001:L802", [10], "§2.1: kolom 10 60000 = target 2024 (L:1416)"),
        .init("001:L805", [8, 10, 11], "§6 #40: dua indikator / dua nilai per sel, nilai bersih kosong"),
        .init("001:L808", [10, 11], "§2.1: kolom 10 80 = target 2025 (L:1420)"),
        .init("001:L810", [8, 10, 11], "README: satuan Layanan ≠ orang, nilai bersih kosong"),
        .init("001:L811", [8, 10, 11], "README: satuan Layanan ≠ orang, nilai bersih kosong"),
        .init("001:L817", [10], "§6 #7: kolom 10 = 1 (M 1)"),
        // 003 Tarakan (renja-spec §6 #8: kolom 11 rasio tanpa × 100 di semua baris; #9 #10 #16 #19 #39;
        // tarakan/README.md "Defects").
        .init("003:L201", [10, 11], "§6 #16 (286,22), #8"),
        .init("003:L202", [10, 11], "§3.4 kuota tahunan dijumlahkan (12), #8"),
        .init("003:L203", [10, 11], "§6 #19: 25+26+312 = 363 (Orang + Orang/bulan), #8"),
        .init("003:L204", [8, 10, 11], "§6 #39: Orang untuk indikator Dokumen, #8"),
        .init("003:L205", [10, 11], "§3.4 kuota tahunan dijumlahkan (15), #8"),
        .init("003:L206", [8, 10, 11], "§6.1: Jenis / item / Paket dijumlahkan, #8"),
        .init("003:L207", [8, 10, 11], "§6 #39: \"390;320 Jenis/710 item\", #8"),
        .init("003:L208", [8, 10, 11], "README #39: Lembar ≠ paket, #8"),
        .init("003:L209", [8, 10, 11], "README #39: Kali ≠ laporan, #8"),
        .init("003:L210", [11], "§6 #8: 283,33 % tercetak 2,83%"),
        .init("003:L215", [11], "§6 #8: 300 % tercetak 3%"),
        .init("003:L216", [10, 11], "§3.4 kuota tahunan dijumlahkan (15), #8"),
        .init("003:L217", [8, 10, 11], "README #39: Lembar ≠ laporan, #8"),
        .init("003:L218", [8, 10, 11], "README #39: Bulan ≠ laporan, #8"),
        .init("003:L219", [10, 11], "§6 #19: stok 59+32+58 = 149, #8"),
        .init("003:L220", [10, 11], "§3.4 stok dijumlahkan (27), #8"),
        .init("003:L221", [8, 10, 11], "§6 #10: 8/8 tercetak 2%; stok dijumlahkan (24), #8"),
        .init("003:L222", [10, 11], "§3.4 stok dijumlahkan (75), #8 (1,87%)"),
        .init("003:L231", [10, 11], "README: 1 kegiatan + 35 Orang; k4 2 Dokumen, #8"),
        .init("003:L232", [10, 11], "§6 #16 (288,28), #8"),
        .init("003:L233", [8, 10, 11], "§6 #9: 265/305 tercetak 85,33 %; 935/100; indikator persen, nilai Orang"),
        .init("003:L234", [8, 10, 11], "README #39: Orang / Kali ≠ orang, #8"),
        .init("003:L236", [8, 10, 11], "README #39: Orang / Kali ≠ orang, #8"),
        .init("003:L238", [8, 10, 11], "README #39: Orang / Kali ≠ orang, #8"),
        .init("003:L239", [8, 10, 11], "README #39: Orang / Kali ≠ orang, #8"),
        .init("003:L240", [11], "README: k4 30 layanan ≠ orang, #8"),
        .init("003:L243", [8, 10, 11], "README #39: layanan / Dokumen ≠ orang, #8"),
        .init("003:L250", [8, 10, 11], "README #39: KPM ≠ orang, #8"),
        .init("003:L251", [11], "§6.1 T:251: 597,53 % tercetak 5,97%, #8"),
        .init("003:L252", [8, 10, 11], "README #39: KPM ≠ orang, #8"),
        .init("003:L255", [8, 10, 11], "§6 #39: KK → Orang, #8"),
        .init("003:L262", [8, 10, 11], "README #39: Bulan / TMP ≠ makam, #8"),
        .init("003:L265", [8, 10, 11], "README #39: Kelurahan ≠ Dokumen; 2,98 tidak sesuai rumus apa pun"),
        .init("003:L268", [10, 11], "§3.4 kuota tahunan dijumlahkan (379), #8"),
        .init("003:L271", [8, 10, 11], "README #39: \"10 Unit Rehab 10 Unit Sarpras\", Saprass, #8"),
        .init("003:L272", [8, 10, 11], "README #39: Alat ≠ laporan, #8"),
        .init("003:L273", [8, 10, 11], "README #39: Lembaga ≠ Dokumen, #8"),
    ]

    static func dikecualikan(_ cite: String, _ kolom: Int) -> Pengecualian? {
        pengecualian.first { $0.cite == cite && $0.kolom.contains(kolom) }
    }
}

// MARK: - Defect cases: rule and corrected value at the cited cell

struct CacatTC29: Sendable, CustomTestStringConvertible {
    let cite: String
    /// Column of the finding: 8, 10, 11 (computed), or 4, 6, 9 (an input cell).
    let kolom: Int
    let sumber: String
    /// The printed text of a computed column (guards the citation); nil for input columns.
    let dicetak: String?
    /// Exactly the rule ids the engine must report at "<cite> kolom <k>".
    let aturan: [String]
    /// The corrected display value of the column ("111,13 %", "11,00 laporan", "tidak dapat dihitung (target nol)").
    let benar: String?
    var testDescription: String { "\(cite) kolom \(kolom) (\(sumber))" }

    init(
        _ cite: String, _ kolom: Int, _ sumber: String, dicetak: String? = nil, aturan: [AturanKualitas],
        benar: String? = nil
    ) {
        self.cite = cite
        self.kolom = kolom
        self.sumber = sumber
        self.dicetak = dicetak
        self.aturan = aturan.map(\.id).sorted()
        self.benar = benar
    }

    static let semua: [CacatTC29] = [
        // 000 Mamuju
        .init("000:L189", 8, "§6 #1", dicetak: "#DIV/0!", aturan: [.galatSpreadsheet, .targetNol], benar: "tidak dapat dihitung (target nol)"),
        .init("000:L190", 8, "§6 #1", dicetak: "#DIV/0!", aturan: [.galatSpreadsheet, .targetNol], benar: "tidak dapat dihitung (target nol)"),
        .init("000:L200", 11, "§6 #11", dicetak: "60%", aturan: [.rumusKolom], benar: "75,00 %"),
        .init("000:L201", 10, "§6 #11, §6.1", dicetak: "300", aturan: [.persenDijumlahkan], benar: "100,00 persen"),
        .init("000:L201", 11, "§6 #11", dicetak: "60%", aturan: [.rumusKolom], benar: "100,00 %"),
        .init("000:L202", 11, "§6 #11", dicetak: "60%", aturan: [.rumusKolom], benar: "13,89 %"),
        .init("000:L205", 11, "§6 #11", dicetak: "60%", aturan: [.rumusKolom], benar: "13,89 %"),
        // §6 #12: "col 10 sometimes summed and sometimes not": Kinerja decides by aggregation type.
        .init("000:L123", 10, "§6 #12 (tahunan_berulang: nilai terakhir)", dicetak: "30", aturan: [], benar: "30,00 orang"),
        .init("000:L123", 11, "§6 #12", dicetak: "91%", aturan: [], benar: "90,91 %"),
        .init("000:L172", 10, "§6 #12 (persentase: nilai terakhir)", dicetak: "100", aturan: [], benar: "100,00 persen"),
        .init("000:L173", 10, "§6 #12 (stok: nilai terakhir)", dicetak: "3", aturan: [], benar: "3,00 unit"),
        .init("000:L174", 10, "§6 #12 (stok: nilai terakhir)", dicetak: "1", aturan: [], benar: "1,00 unit"),
        .init("000:L154", 10, "§6 #12 (kumulatif: 2+33+2)", dicetak: "2", aturan: [.rumusKolom], benar: "37,00 paket"),
        .init("000:L154", 11, "§6.1 (370 %)", dicetak: "20%", aturan: [.rumusKolom, .capaianTidakWajar], benar: "370,00 %"),
        .init("000:L154", 6, "§6.1 (target 2022 33 > Renstra 10)", aturan: [.targetMelampauiRenstra]),
        .init("000:L184", 10, "§6 #12", dicetak: "15", aturan: [.rumusKolom], benar: "230,00 orang"),
        .init("000:L184", 11, "§6.1, rumus.md R17", dicetak: "25%", aturan: [.rumusKolom, .capaianTidakWajar], benar: "383,33 %"),
        .init("000:L184", 9, "§6.1, rumus.md R24 (205 > 60)", aturan: [.targetMelampauiRenstra]),
        .init("000:L176", 10, "§6 #13", dicetak: "2", aturan: [.persenDijumlahkan], benar: "50,00 persen"),
        .init("000:L176", 11, "§6 #13", dicetak: "200%", aturan: [.rumusKolom], benar: "66,67 %"),
        .init("000:L146", 10, "§6 #14", dicetak: "3", aturan: [.persenDijumlahkan], benar: "100,00 persen"),
        .init("000:L146", 11, "§6 #14", dicetak: "300%", aturan: [.rumusKolom], benar: "100,00 %"),
        .init("000:L140", 11, "§6 #14 (nilai bersih kosong: satuan)", dicetak: "300%", aturan: [.rumusKolom], benar: "tidak dapat dihitung (realisasi belum ada)"),
        .init("000:L182", 10, "§6 #15", dicetak: "143", aturan: [.persenDijumlahkan], benar: "46,00 persen"),
        .init("000:L182", 11, "§6 #15", dicetak: "143%", aturan: [.rumusKolom], benar: "46,00 %"),
        .init("000:L162", 10, "§6 #17", dicetak: "207", aturan: [.nonKumulatifDijumlahkan], benar: "11,00 laporan"),
        .init("000:L162", 11, "§6 #17 (4140 %)", dicetak: "4140%", aturan: [.rumusKolom], benar: "220,00 %"),
        .init("000:L193", 11, "§6 #18 (638 %)", dicetak: "638%", aturan: [.capaianTidakWajar], benar: "638,28 %"),
        .init("000:L193", 9, "§6 #18 (120212 > 24019)", aturan: [.targetMelampauiRenstra]),
        .init("000:L149", 10, "§6 #18", dicetak: "27", aturan: [.nonKumulatifDijumlahkan], benar: "7,00 paket"),
        .init("000:L149", 11, "§6 #18 (540 %)", dicetak: "540%", aturan: [.rumusKolom], benar: "140,00 %"),
        .init("000:L157", 10, "§6 #18", dicetak: "19", aturan: [.nonKumulatifDijumlahkan], benar: "8,00 paket"),
        .init("000:L157", 11, "§6 #18 (380 %)", dicetak: "380%", aturan: [.rumusKolom], benar: "160,00 %"),
        .init("000:L196", 10, "README M:196", dicetak: "60", aturan: [.persenDijumlahkan], benar: "20,00 persen"),
        .init("000:L191", 11, "§6 #33", dicetak: "106%", aturan: [.rumusKolom], benar: "tidak dapat dihitung (realisasi belum ada)"),
        .init("000:L191", 4, "§6 #33, rumus.md R03 (5249 Persen)", aturan: [.persenDiLuarRentang]),
        .init("000:L191", 10, "§6 #33 (1846 × 3, nilai bersih kosong)", dicetak: "5538", aturan: [.persenDijumlahkan], benar: "tidak dapat dihitung (realisasi belum ada)"),
        .init("000:L140", 10, "§6 #14 (1+1+1; satuan tercetak Dokumen, nilai bersih kosong)", dicetak: "3", aturan: [.nonKumulatifDijumlahkan], benar: "tidak dapat dihitung (realisasi belum ada)"),
        // The reclassification (task 1): k4 60 = 5 × 12, so 34/60 = 57 % is right.
        .init("000:L113", 10, "§6.1 M:113 ✔", dicetak: "34", aturan: [], benar: "34,00 dokumen"),
        .init("000:L113", 11, "§6.1 M:113 ✔", dicetak: "57%", aturan: [], benar: "56,67 %"),
        .init("000:L163", 11, "reklasifikasi (k4 205 = 5 × 41)", dicetak: "53%", aturan: [], benar: "52,68 %"),
        // 001 Luwu
        .init("001:L778", 8, "§6 #6 (8 = 6/7)", dicetak: "90", aturan: [.rumusKolom], benar: "111,13 %"),
        .init("001:L782", 8, "§6 #6 (8 = 6/7)", dicetak: "147", aturan: [.rumusKolom], benar: "67,86 %"),
        .init("001:L776", 8, "§6.1 L:776 (102; k6 \"98 Jenis\")", dicetak: "102", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: jenis bukan kali)"),
        .init("001:L780", 10, "§6 #7 (192+228+502 → 25)", dicetak: "ОВ 25", aturan: [.rumusKolom], benar: "502,00 orang_bulan"),
        .init("001:L768", 11, "§6 #7 (6 = 5/78)", dicetak: "6", aturan: [.rumusKolom], benar: "121,79 %"),
        .init("001:L797", 10, "§2.1 (1025 = target 2024)", dicetak: "Org 1025", aturan: [.rumusKolom], benar: "276,00 orang"),
        .init("001:L802", 10, "§2.1 (60000 = target 2024)", dicetak: "Desa/Kel 60000", aturan: [.rumusKolom], benar: "227,00 desa_kel"),
        .init("001:L808", 10, "§2.1 (80 = target 2025)", dicetak: "Org 80", aturan: [.rumusKolom], benar: "1.142,00 orang"),
        .init("001:L808", 11, "§2.1", dicetak: "47", aturan: [.rumusKolom, .capaianTidakWajar], benar: "718,24 %"),
        .init("001:L808", 6, "README (908 > 159)", aturan: [.targetMelampauiRenstra]),
        .init("001:L788", 6, "README (75 > 70)", aturan: [.targetMelampauiRenstra]),
        .init("001:L763", 11, "§2.1 (150; k5 \"264 ОВ\")", dicetak: "150", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: orang_bulan bukan orang)"),
        .init("001:L764", 11, "README Other (k4 264)", dicetak: "100", aturan: [.rumusKolom, .bulat100], benar: "1,14 %"),
        .init("001:L765", 11, "README Other (k4 3)", dicetak: "100", aturan: [.rumusKolom, .capaianTidakWajar], benar: "466,67 %"),
        .init("001:L755", 11, "§6 #7", dicetak: "100", aturan: [.rumusKolom, .bulat100], benar: "33,33 %"),
        .init("001:L791", 8, "README Other (0/0 → 100)", dicetak: "100", aturan: [.rumusKolom, .targetNol], benar: "tidak dapat dihitung (target nol)"),
        .init("001:L791", 11, "README Other", dicetak: "0", aturan: [.rumusKolom], benar: "tidak dapat dihitung (target nol)"),
        .init("001:L805", 4, "§6 #40 (16.576 24.481 KPM Org)", aturan: [.nilaiGandaSel]),
        .init("001:L754", 4, "§2.1 (3 dok, indikator persen)", aturan: [.satuanBerbeda]),
        .init("001:L754", 10, "§6 #7 (tercetak 2; tidak dapat dihitung)", dicetak: "Dok 2", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: dokumen bukan persen)"),
        .init("001:L753", 4, "§2.1, rumus.md R22 (\"%\")", aturan: [.selPlaceholder]),
        // 003 Tarakan
        .init("003:L233", 8, "§6 #9 (85,33 %; dari data: nilai Orang untuk indikator persen)", dicetak: "85,33 %", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: orang bukan persen)"),
        .init("003:L233", 11, "§6 #9 (9,35%)", dicetak: "9,35%", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: orang bukan persen)"),
        .init("003:L221", 8, "§6 #10 (8/8 → 2%)", dicetak: "2%", aturan: [.rumusKolom], benar: "100,00 %"),
        .init("003:L221", 10, "§3.4 stok", dicetak: "24", aturan: [.nonKumulatifDijumlahkan], benar: "8,00 unit"),
        .init("003:L201", 10, "§6 #16", dicetak: "286,22", aturan: [.persenDijumlahkan], benar: "100,00 persen"),
        .init("003:L201", 11, "§6 #8", dicetak: "2,86", aturan: [.rumusKolom], benar: "100,00 %"),
        .init("003:L232", 10, "§6 #16", dicetak: "288,28%", aturan: [.persenDijumlahkan], benar: "100,00 persen"),
        .init("003:L232", 11, "§6 #8", dicetak: "2,88%", aturan: [.rumusKolom], benar: "100,00 %"),
        .init("003:L219", 10, "§6 #19 (stok 149)", dicetak: "149", aturan: [.nonKumulatifDijumlahkan], benar: "58,00 unit"),
        .init("003:L219", 11, "§6 #8", dicetak: "2,52%", aturan: [.rumusKolom], benar: "98,31 %"),
        .init("003:L222", 11, "§6 #8 (1,87%)", dicetak: "1,87%", aturan: [.rumusKolom], benar: "45,00 %"),
        .init("003:L210", 11, "§6 #8 (rasio tanpa × 100)", dicetak: "2,83%", aturan: [.rumusKolom], benar: "283,33 %"),
        .init("003:L251", 11, "§6.1 T:251, #8", dicetak: "5,97%", aturan: [.rumusKolom, .capaianTidakWajar], benar: "597,53 %"),
        .init("003:L251", 9, "§6.1 T:251 (7043 > 3073)", aturan: [.targetMelampauiRenstra]),
        .init("003:L203", 11, "§6 #8 (13,96 %)", dicetak: "13,96 %", aturan: [.rumusKolom]),
        .init("003:L203", 10, "§6 #19 (Gaji 363)", dicetak: "363", aturan: [.nonKumulatifDijumlahkan]),
        .init("003:L203", 9, "§2.1, §3.5 rule 2 (312 Orang/bulan)", aturan: [.satuanBerbeda]),
        .init("003:L206", 4, "§6.1 T:206 (Jenis / item / Paket)", aturan: [.satuanBerbeda]),
        .init("003:L255", 4, "§6 #39 (298 KK)", aturan: [.satuanBerbeda]),
        .init("003:L207", 4, "§6 #39 (390;320 Jenis/710 item)", aturan: [.nilaiGandaSel]),
        .init("003:L265", 11, "README (2,98; k4 \"4 Kelurahan\")", dicetak: "2,98", aturan: [.rumusKolom], benar: "tidak dapat dihitung (satuan berbeda: kelurahan bukan dokumen)"),
    ]
}

// MARK: - Tests

@Suite("Regresi T-C.29: Mamuju (000), Luwu (001), Tarakan (003) dihitung ulang dari data")
struct RegresiTC29Tests {
    @Test("every transcribed row comes back, with the classification its CSV asks for", arguments: KantorTC29.semua)
    func klasifikasi(_ k: KantorTC29) async throws {
        let rows = try await DataTC29.baris(k)
        let csv = try DataTC29.csv(k)
        #expect(rows.count == csv.baris.count)
        let perLokasi = Dictionary(rows.map { ($0.0.baris.lokasi, $0.0.baris.indikator) }, uniquingKeysWith: { a, _ in a })
        var direklasifikasi = 0
        for r in csv.baris {
            let cite = try #require(r["seed_ref"])
            guard let ind = perLokasi[cite] else {
                Issue.record("\(cite) tidak kembali dari TC29Query")
                continue
            }
            if r["catatan"]?.contains("agregasi: kumulatif — k4 ") == true {
                direklasifikasi += 1
                #expect(r["agregasi"] == "kumulatif", "\(cite)")
            }
            // Mamuju's 11 reclassified rows shared with renja-2024.csv (000:L113 … 000:L170) and Luwu 001:L768
            // (`paket` in T-C.29, `unit` in the rumusan) keep what tc29-2024.csv says.
            #expect(ind.agregasi.rawValue == r["agregasi"], "\(cite): agregasi \(ind.agregasi.rawValue), CSV \(r["agregasi"] ?? "-")")
            #expect(ind.satuan == Satuan(r["satuan"] ?? ""), "\(cite): satuan \(ind.satuan.rawValue), CSV \(r["satuan"] ?? "-")")
        }
        // Task 1 (README "Reklasifikasi agregasi T-C.29"): 19 Mamuju rows, none in Luwu or Tarakan.
        #expect(direklasifikasi == (k.seed == "000" ? 19 : 0))
    }

    @Test("each printed column 8/10/11 equals the regenerated value, rounded as printed, unless it is a cited defect",
          arguments: KantorTC29.semua)
    func samaDenganTercetak(_ k: KantorTC29) async throws {
        var dibandingkan = 0
        var cocok = 0
        for (r, h) in try await DataTC29.baris(k) {
            let b = r.baris
            for kolom in [8, 10, 11] {
                guard let p = dicetak(b, kolom) else { continue }
                let literal = NilaiDicetak.galatSpreadsheet(p) != nil
                guard literal || NilaiDicetak(p) != nil else { continue }  // "%", "-", "% %": no number printed
                dibandingkan += 1
                let lokasi = "\(b.lokasi) kolom \(kolom)"
                let sama = !literal && dihitung(b, h, kolom).map { samaDenganCetak($0, NilaiDicetak(p)!, kolom: kolom) } == true
                let temuanSel = Set(aturanDi(h, lokasi)).intersection(aturanSel)
                if let e = DaftarTC29.dikecualikan(b.lokasi, kolom) {
                    #expect(!sama, "\(lokasi) dikecualikan (\(e.sebab)) tetapi \(p) = \(teks(b, h, kolom))")
                } else {
                    #expect(sama, "\(lokasi): tercetak \(p), dihitung \(teks(b, h, kolom))")
                }
                // A wrong printed cell carries a finding there (also a number printed where nothing can be
                // computed); a right one does not.
                if sama {
                    #expect(temuanSel.isEmpty, "\(lokasi): \(temuanSel.sorted()) padahal tercetak = dihitung")
                } else {
                    #expect(!temuanSel.isEmpty, "\(lokasi): tercetak \(p) ≠ \(teks(b, h, kolom)), tanpa temuan")
                }
                if sama { cocok += 1 }
            }
        }
        // Cells with a printed number (or literal) in columns 8, 10, 11, counted by hand from the CSVs.
        let jumlahSel = ["000": 183, "001": 98, "003": 110]
        #expect(dibandingkan == jumlahSel[k.seed])
        #expect(cocok > 0)
        // Every exception names a printed cell of this office.
        for e in DaftarTC29.pengecualian where e.cite.hasPrefix(k.seed + ":") {
            let row = try await DataTC29.baris(k).first { $0.0.baris.lokasi == e.cite }
            #expect(row != nil, "\(e.cite) tidak ada")
            for kolom in e.kolom { #expect(row.flatMap { dicetak($0.0.baris, kolom) } != nil, "\(e.cite) kolom \(kolom)") }
        }
    }

    @Test("the cited defects raise the right rule at the right cell and give the corrected value", arguments: CacatTC29.semua)
    func cacat(_ c: CacatTC29) async throws {
        let k = KantorTC29.dari(cite: c.cite)
        let (r, h) = try #require(try await DataTC29.baris(k).first { $0.0.baris.lokasi == c.cite })
        let lokasi = "\(c.cite) kolom \(c.kolom)"
        if let p = c.dicetak { #expect(dicetak(r.baris, c.kolom) == p, "kutipan \(lokasi)") }
        // The row's findings at the cell, with the text-cell rules' findings on the printed cell (k<n>_dicetak).
        let teksSel = temuanSelTercetak(r).filter { $0.lokasi == "\(c.cite) k\(c.kolom)_dicetak" }
        let semua = h.temuan.filter { $0.lokasi == lokasi } + teksSel
        #expect(semua.map(\.ruleId).sorted() == c.aturan, "\(lokasi): \(semua)")
        if let benar = c.benar { #expect(teks(r.baris, h, c.kolom) == benar, "\(lokasi)") }
        // Tarakan's "ratio without × 100" is named where column 10 itself is right (003:L210, 003:L251).
        if c.cite == "003:L210" || c.cite == "003:L251", c.kolom == 11 {
            #expect(h.temuan.contains { $0.lokasi == lokasi && $0.pesan.contains("rasio tanpa × 100") })
        }
    }

    @Test("003:L233: the spec's 86,89 % and 279,10 % come out when the printed Orang values are read as counts")
    func tarakanL233DibacaSebagaiOrang() async throws {
        let (r, _) = try #require(try await DataTC29.baris(.tarakan).first { $0.0.baris.lokasi == "003:L233" })
        // The transcription keeps these cells printed only: the indicator is a Persentase, the values are Orang.
        func orang(_ kolom: String) throws -> Besaran {
            let t = try #require(r.dicetak[kolom])
            #expect(t.hasSuffix("Orang"))
            return Besaran(try #require(AngkaDicetak.parse(t)), Satuan("orang"))
        }
        var b = r.baris
        b.indikator = Indikator.jumlah("003:L233", Satuan("orang"), agregasi: .kumulatif)
        b.kolom4 = try orang("k4_dicetak")
        b.kolom5 = try orang("k5_dicetak")
        b.kolom6 = try orang("k6_dicetak")
        b.kolom7 = try orang("k7_dicetak")
        b.kolom9 = try orang("k9_dicetak")
        let h = EvaluasiTC29.evaluate(b)
        #expect(h.kolom8.teks() == "86,89 %")  // 265 / 305, printed 85,33 %
        #expect(dihitung(b, h, 10) == 935)  // 335 + 265 + 335, printed 935
        #expect(h.kolom11.teks() == "279,10 %")  // 935 / 335, printed 9,35% (= 935 / 100)
        #expect(aturanDi(h, "003:L233 kolom 8") == [AturanKualitas.rumusKolom.id])
        #expect(aturanDi(h, "003:L233 kolom 10") == [])
        #expect(aturanDi(h, "003:L233 kolom 11") == [AturanKualitas.rumusKolom.id])
    }

    @Test("003 (renja-spec §6 #8): printed column 11 is 10/4 as a raw ratio in every row but three")
    func tarakanRasioTanpaKali100() async throws {
        var baris = 0
        for (r, h) in try await DataTC29.baris(.tarakan) {
            let b = r.baris
            guard let p11 = b.dicetak11.flatMap({ NilaiDicetak($0) }), let p10 = b.dicetak10.flatMap({ NilaiDicetak($0) }),
                let p4 = r.dicetak["k4_dicetak"].flatMap({ NilaiDicetak($0) }), p4.nilai != 0
            else { continue }
            baris += 1
            // The seed's own arithmetic: printed 10 / printed 4 (leading number of the cell), not × 100.
            let rasio = p11.cocok(p10.nilai / p4.nilai)
            switch b.lokasi {
            case "003:L207": #expect(!rasio)  // 1283 / 710 (the last number of "390;320 Jenis/710 item")
            case "003:L233": #expect(!rasio)  // 935 / 100 (renja-spec §6 #9)
            case "003:L265": #expect(!rasio)  // 2,98 fits no formula (25 / 4 = 6,25)
            default: #expect(rasio, "\(b.lokasi): \(p11.teks) ≠ \(p10.teks) / \(p4.teks)")
            }
            // And Kinerja flags every one of them.
            #expect(aturanDi(h, "\(b.lokasi) kolom 11").contains(AturanKualitas.rumusKolom.id), "\(b.lokasi)")
        }
        #expect(baris == 37)
    }

    /// Findings per rule on T-C.29, counted by hand from renja-spec §6, the READMEs and the CSVs (see each comment).
    /// R02/R03 and the column-10 rules also read the printed input cells where the clean value is empty.
    static let jumlahTemuan: [String: [String: Int]] = [
        "000": [
                "R03-persen-di-luar-rentang": 5,  // M:191 k4 5249, k5 k6 k7 k9 1846 "Persen" (§6 #33)
                "R07-persen-dijumlahkan": 6,  // M:146, 176, 182, 196, 201 (§6 #13-15, README); M:191 5538 = 3 × 1846
                "R11-galat-spreadsheet": 2,  // M:189, 190 (§6 #1)
                "R12-rumus-kolom": 28,  // kolom 8: 140, 175, 191, 207, 208; 10: 154, 175, 184; 11: 140, 146, 149,
                // 154, 157, 162, 175, 176, 182, 184, 191, 192, 196, 199, 200, 201, 202, 205, 207, 208
                "R13-target-nol": 2,  // M:189, 190
                "R17-capaian-tidak-wajar": 3,  // M:154 370 %, M:184 383,33 %, M:193 638,28 %
                "R19-nonkumulatif-dijumlahkan": 8,  // tahunan M:140 (1+1+1, §6 #14), 149, 157, 162; stok M:192, 199,
                // 207, 208 (1+1+1)
                "R24-target-melampaui-renstra": 3,  // M:154 k6 33 > 10, M:184 k9 205 > 60, M:193 k9 120212 > 24019
        ],
        "001": [
                "R02-satuan-berbeda": 24,  // L:754 ×5 (Dok, indikator persen), L:763 ×4 (ОВ; k4 "ОВ ОВ" has no number),
                // L:776 ×5 (Jenis ≠ kali), L:810 ×5 and L:811 ×5 (Layanan ≠ orang)
                "R12-rumus-kolom": 45,  // kolom 8: 763, 776, 778, 782, 791, 805, 810, 811 (8); kolom 10: 754, 755,
                // 763, 768, 769, 770, 771, 774, 775, 776, 780, 788, 796, 797, 800, 802, 805, 808, 810, 811, 817 (21:
                // 754, 763, 776, 805, 810, 811 printed where it cannot be computed); kolom 11: 754, 755, 763, 764, 765,
                // 768, 776, 788, 791, 796, 797, 800, 805, 808, 810, 811 (16)
                "R13-target-nol": 1,  // L:791
                "R17-capaian-tidak-wajar": 2,  // L:765 466,67 %, L:808 718,24 %
                "R18-bulat-100": 2,  // L:755 33,33 %, L:764 1,14 % printed 100
                "R24-target-melampaui-renstra": 2,  // L:788 k6 75 > 70, L:808 k6 908 > 159
        ],
        "003": [
                "R02-satuan-berbeda": 80,  // one per printed input cell with one number in another unit (README #39):
                // 203 (k9), 204 ×4, 206 ×4, 207 ×3, 208 ×4, 209 ×3, 217 ×4, 218 ×3, 230 ×3, 231 ×2, 233 ×5, 234 ×2,
                // 236 ×2, 238 ×2, 239 ×2, 240, 243 ×3, 250 ×4, 252 ×4, 255 ×4, 257 ×2, 262 ×5, 265 ×4, 271 ×2,
                // 272 ×3, 273 ×4
                "R07-persen-dijumlahkan": 3,  // T:201, T:232 (§6 #16); T:233 935 = 335 + 265 + 335 (§6 #9)
                "R12-rumus-kolom": 68,  // kolom 11: all 37 printed (§6 #8); kolom 8: 22 (T:221 + 21 rows whose
                // inputs are in another unit); kolom 10: 9 kumulatif rows summed across units (T:231, 234, 236, 238,
                // 239, 243, 252, 255, 271)
                "R17-capaian-tidak-wajar": 1,  // T:251 597,53 %
                "R19-nonkumulatif-dijumlahkan": 21,  // tahunan T:202, 205, 216, 268 and stok T:219-222 (§6 #19), T:203
                // (25+26+312); summed across units (§6 #39): tahunan T:204, 206, 207, 208, 209, 217, 218, 250, 265,
                // 272, 273, stok T:262
                "R24-target-melampaui-renstra": 2,  // T:215 k9 8 > 6, T:251 k9 7043 > 3073
        ],
    ]

    /// The text-cell rules on the printed input cells (k4…k9), as `kinerja check` runs them.
    static let jumlahTemuanSel: [String: [String: Int]] = [
        "000": [:],
        "001": [
            "R21-nilai-ganda-sel": 5,  // L:805 k4 k5 k6 k7 k9 ("16.576 24.481 KPM Org", §6 #40)
            "R22-sel-placeholder": 5,  // L:753 k4 k5 k6 k7 k9 ("%")
        ],
        "003": ["R21-nilai-ganda-sel": 2],  // T:207 k4 "390;320 Jenis/710 item", T:271 k4 "10 Unit Rehab 10 Unit Sarpras"
    ]

    @Test("findings per rule on T-C.29 (hand-counted)", arguments: KantorTC29.semua)
    func jumlahPerAturan(_ k: KantorTC29) async throws {
        let harap = try #require(Self.jumlahTemuan[k.seed])
        let hasil = try await DataTC29.baris(k)
        var n: [String: Int] = [:]
        for (_, h) in hasil { for t in h.temuan { n[t.ruleId, default: 0] += 1 } }
        #expect(n == harap)
        var sel: [String: Int] = [:]
        for (r, _) in hasil { for t in temuanSelTercetak(r) { sel[t.ruleId, default: 0] += 1 } }
        #expect(sel == Self.jumlahTemuanSel[k.seed])
    }
}
