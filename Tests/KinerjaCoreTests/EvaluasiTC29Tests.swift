import Foundation
import Testing

@testable import KinerjaCore

/// A T-C.29 row as printed in a seed, with the columns the spec derives by hand (renja-spec §2.1, §6.1).
struct KasusTC29: Sendable, CustomTestStringConvertible {
    let cite: String
    let indikator: Indikator
    /// Columns 4, 5, 6, 7, 9 as (value, unit); nil = "-" in print.
    let k4: (String, String)?
    let k5: (String, String)?
    let k6: (String, String)?
    let k7: (String, String)?
    let k9: (String, String)?
    let dicetak: (String?, String?, String?)
    /// Expected column 8 and 11 display (or "tidak dapat dihitung (…)"), column 10 value or nil.
    let kolom8: String
    let kolom10: String?
    let kolom11: String
    let kategori11: String?
    let aturan: [String]
    var testDescription: String { cite }

    var baris: BarisTC29 {
        func b(_ x: (String, String)?) -> Besaran? { x.map { Besaran(d($0.0), Satuan($0.1)) } }
        return BarisTC29(
            lokasi: cite, indikator: indikator, kolom4: b(k4), kolom5: b(k5), kolom6: b(k6), kolom7: b(k7),
            kolom9: b(k9), dicetak8: dicetak.0, dicetak10: dicetak.1, dicetak11: dicetak.2)
    }
}

@Suite("T-C.29 columns 8, 10, 11 by aggregation type")
struct EvaluasiTC29Tests {
    static let dok = Indikator.jumlah("dok", .dokumen)
    static let orang = Indikator.jumlah("orang", .orang)
    static let orangStok = Indikator.jumlah("asn", .orang, agregasi: .stok)
    static let unitStok = Indikator.jumlah("unit", "Unit", agregasi: .stok)
    static let laporanTahunan = Indikator.jumlah("lap", .laporan, agregasi: .tahunanBerulang)
    static let persen = Indikator.persentase("pct")

    static let kasus: [KasusTC29] = [
        // Mamuju T-C.29 (000): arithmetic right, no finding.
        .init(
            cite: "000:L113", indikator: dok, k4: ("60", "Dokumen"), k5: ("12", "Dokumen"), k6: ("12", "Dokumen"),
            k7: ("12", "Dokumen"), k9: ("10", "Dokumen"), dicetak: ("100%", "34", "57%"),
            kolom8: "100,00 %", kolom10: "34", kolom11: "56,67 %", kategori11: "Rendah", aturan: []),
        .init(
            cite: "000:L177", indikator: orang, k4: ("1811", "Orang"), k5: ("342", "Orang"), k6: ("100", "Orang"),
            k7: ("100", "Orang"), k9: ("100", "Orang"), dicetak: ("100%", "542", "30%"),
            kolom8: "100,00 %", kolom10: "542", kolom11: "29,93 %", kategori11: "Sangat Rendah", aturan: []),
        // Salaries are a headcount (stock): the printed 30 / 91 % is what the rule gives (renja-spec §6.1 M:123).
        .init(
            cite: "000:L123", indikator: orangStok, k4: ("33", "Orang"), k5: ("29", "Orang"), k6: ("29", "Orang"),
            k7: ("29", "Orang"), k9: ("30", "Orang"), dicetak: ("100%", "30", "91%"),
            kolom8: "100,00 %", kolom10: "30", kolom11: "90,91 %", kategori11: "Tinggi", aturan: []),
        // Percentages summed (renja-spec §6 C13-16).
        .init(
            cite: "000:L146", indikator: persen, k4: ("100", "Persen"), k5: ("100", "Persen"), k6: ("100", "Persen"),
            k7: ("100", "Persen"), k9: ("100", "Persen"), dicetak: ("100%", "3", "300%"),
            kolom8: "100,00 %", kolom10: "100", kolom11: "100,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R07-persen-dijumlahkan", "R12-rumus-kolom"]),
        .init(
            cite: "000:L176", indikator: persen, k4: ("75", "%"), k5: ("50", "%"), k6: ("50", "%"),
            k7: ("50", "%"), k9: ("50", "%"), dicetak: ("100%", "2", "200%"),
            kolom8: "100,00 %", kolom10: "50", kolom11: "66,67 %", kategori11: "Sedang",
            aturan: ["R07-persen-dijumlahkan", "R12-rumus-kolom"]),
        .init(
            cite: "000:L182", indikator: persen, k4: ("100", "Persen"), k5: ("50", "Persen"), k6: ("50", "Persen"),
            k7: ("47", "Persen"), k9: ("46", "Persen"), dicetak: ("94%", "143", "143%"),
            kolom8: "94,00 %", kolom10: "46", kolom11: "46,00 %", kategori11: "Sangat Rendah",
            aturan: ["R07-persen-dijumlahkan", "R12-rumus-kolom"]),
        // Target 0 and #DIV/0! (renja-spec §6 A1).
        .init(
            cite: "000:L189", indikator: orang, k4: ("20", "Orang"), k5: ("6", "Orang"), k6: ("0", "Orang"),
            k7: ("6", "Orang"), k9: ("1", "Orang"), dicetak: ("#DIV/0!", "13", "65%"),
            kolom8: "tidak dapat dihitung (target nol)", kolom10: "13", kolom11: "65,00 %", kategori11: "Rendah",
            aturan: ["R11-galat-spreadsheet", "R13-target-nol"]),
        // Wrong column 11 (renja-spec §6 B11).
        .init(
            cite: "000:L200", indikator: orang, k4: ("112", "Orang"), k5: ("28", "Orang"), k6: ("28", "Orang"),
            k7: ("28", "Orang"), k9: ("28", "Orang"), dicetak: ("100%", "84", "60%"),
            kolom8: "100,00 %", kolom10: "84", kolom11: "75,00 %", kategori11: "Sedang", aturan: ["R12-rumus-kolom"]),
        .init(
            cite: "000:L202", indikator: orang, k4: ("36", "Orang"), k5: ("5", "Orang"), k6: ("5", "Orang"),
            k7: ("0", "Orang"), k9: ("0", "Orang"), dicetak: ("0%", "5", "60%"),
            kolom8: "0,00 %", kolom10: "5", kolom11: "13,89 %", kategori11: "Sangat Rendah",
            aturan: ["R12-rumus-kolom"]),
        // Column 10 not summed although the flow is cumulative; 2023 target 3.4× the Renstra target.
        .init(
            cite: "000:L184", indikator: orang, k4: ("60", "Orang"), k5: ("10", "Orang"), k6: ("15", "Orang"),
            k7: ("15", "Orang"), k9: ("205", "Orang"), dicetak: ("100%", "15", "25%"),
            kolom8: "100,00 %", kolom10: "230", kolom11: "383,33 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R12-rumus-kolom", "R17-capaian-tidak-wajar", "R24-target-melampaui-renstra"]),
        // 638 %: arithmetic right, target implausible (renja-spec §6 C18).
        .init(
            cite: "000:L193", indikator: Indikator.jumlah("kel", "keluarga"), k4: ("24019", "keluarga"),
            k5: ("24019", "keluarga"), k6: ("9077", "keluarga"), k7: ("9077", "keluarga"),
            k9: ("120212", "keluarga"), dicetak: ("100%", "153308", "638%"),
            kolom8: "100,00 %", kolom10: "153308", kolom11: "638,28 %", kategori11: "Sangat Tinggi",
            aturan: ["R17-capaian-tidak-wajar", "R24-target-melampaui-renstra"]),
        // Annual quota summed: 1 + 195 + 11 = 207 → 4140 % (renja-spec §3.4, §6 C17).
        .init(
            cite: "000:L162", indikator: laporanTahunan, k4: ("5", "laporan"), k5: ("1", "laporan"),
            k6: ("195", "laporan"), k7: ("195", "laporan"), k9: ("11", "laporan"), dicetak: ("100%", "207", "4140%"),
            kolom8: "100,00 %", kolom10: "11", kolom11: "220,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R19-nonkumulatif-dijumlahkan"]),
        // Tarakan Tabel 1 (003).
        .init(
            cite: "003:L201", indikator: persen, k4: ("100", "%"), k5: ("90.42", "%"), k6: ("100", "%"),
            k7: ("95.80", "%"), k9: ("100", "%"), dicetak: ("95,80%", "286,22", "2,86"),
            kolom8: "95,80 %", kolom10: "100", kolom11: "100,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R07-persen-dijumlahkan", "R12-rumus-kolom"]),
        .init(
            cite: "003:L232", indikator: persen, k4: ("100", "%"), k5: ("100", "%"), k6: ("100", "%"),
            k7: ("88.28", "%"), k9: ("100", "%"), dicetak: ("88,28%", "288,28%", "2,88%"),
            kolom8: "88,28 %", kolom10: "100", kolom11: "100,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R07-persen-dijumlahkan", "R12-rumus-kolom"]),
        .init(
            cite: "003:L233", indikator: orang, k4: ("335", "Orang"), k5: ("335", "Orang"), k6: ("305", "Orang"),
            k7: ("265", "Orang"), k9: ("335", "Orang"), dicetak: ("85,33 %", "935", "9,35%"),
            kolom8: "86,89 %", kolom10: "935", kolom11: "279,10 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R12-rumus-kolom"]),
        .init(
            cite: "003:L221", indikator: unitStok, k4: ("8", "Unit"), k5: ("8", "Unit"), k6: ("8", "Unit"),
            k7: ("8", "Unit"), k9: ("8", "Unit"), dicetak: ("2%", "24", "3%"),
            kolom8: "100,00 %", kolom10: "8", kolom11: "100,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R12-rumus-kolom", "R19-nonkumulatif-dijumlahkan"]),
        .init(
            cite: "003:L219", indikator: unitStok, k4: ("59", "Unit"), k5: ("59", "Unit"), k6: ("33", "Unit"),
            k7: ("32", "Unit"), k9: ("58", "Unit"), dicetak: ("96,97%", "149", "2,52%"),
            kolom8: "96,97 %", kolom10: "58", kolom11: "98,31 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R19-nonkumulatif-dijumlahkan"]),
        // Units mixed: persons and person-months; Kelurahan and Dokumen (renja-spec §6 F, §2.1).
        .init(
            cite: "003:L203", indikator: orangStok, k4: ("26", "Orang"), k5: ("25", "Orang"), k6: ("26", "Orang"),
            k7: ("26", "Orang"), k9: ("312", "Orang/bulan"), dicetak: ("100,00 %", "363", "13,96 %"),
            kolom8: "100,00 %", kolom10: nil, kolom11: "tidak dapat dihitung (satuan berbeda: orang/bulan bukan orang)",
            kategori11: nil, aturan: ["R02-satuan-berbeda", "R12-rumus-kolom", "R19-nonkumulatif-dijumlahkan"]),
        .init(
            cite: "003:L265", indikator: Indikator.jumlah("kel", "Kelurahan"), k4: ("4", "Kelurahan"),
            k5: ("20", "Kelurahan"), k6: ("4", "Kelurahan"), k7: ("4", "Kelurahan"), k9: ("1", "Dokumen"),
            dicetak: ("100 %", "25", "2,98"),
            kolom8: "100,00 %", kolom10: nil, kolom11: "tidak dapat dihitung (satuan berbeda: dokumen bukan kelurahan)",
            kategori11: nil, aturan: ["R02-satuan-berbeda", "R12-rumus-kolom", "R12-rumus-kolom"]),
        // Luwu Tabel 2.1 (001): inverted column 8 "(6/7)".
        .init(
            cite: "001:L778", indikator: Indikator.jumlah("surat", "Surat"), k4: ("2500", "Surat"),
            k5: ("2918", "Surat"), k6: ("1500", "Surat"), k7: ("1667", "Surat"), k9: ("1400", "Surat"),
            dicetak: ("90", "1400", "56"),
            kolom8: "111,13 %", kolom10: "5985", kolom11: "239,40 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom", "R12-rumus-kolom", "R12-rumus-kolom"]),
        .init(
            cite: "001:L782", indikator: unitStok, k4: ("19", "Unit"), k5: ("18", "Unit"), k6: ("28", "Unit"),
            k7: ("19", "Unit"), k9: ("19", "Unit"), dicetak: ("147", "19", "100"),
            kolom8: "67,86 %", kolom10: "19", kolom11: "100,00 %", kategori11: "Sangat Tinggi",
            aturan: ["R12-rumus-kolom"]),
    ]

    @Test("columns 8, 10, 11, category and findings", arguments: kasus)
    func evaluate(_ k: KasusTC29) throws {
        let h = EvaluasiTC29.evaluate(k.baris)
        #expect(h.kolom8.teks() == k.kolom8, "\(k.cite) kolom 8")
        if let e = k.kolom10 {
            let b = try #require(h.kolom10.besaran, "\(k.cite) kolom 10")
            #expect(try k.indikator.angka(b).get() == d(e), "\(k.cite) kolom 10")
        } else {
            #expect(h.kolom10.besaran == nil, "\(k.cite) kolom 10")
        }
        #expect(h.kolom11.teks() == k.kolom11, "\(k.cite) kolom 11")
        #expect(h.kategori11 == k.kategori11, "\(k.cite) kategori")
        #expect(h.temuan.map(\.ruleId).sorted() == k.aturan.sorted(), "\(k.cite): \(h.temuan)")
    }

    @Test("a percentage with known parts aggregates as Σ numerator / Σ denominator, never a sum")
    func persentaseDenganBagian() throws {
        // Luwu Tabel 2.2 PMKS tertangani 2021 and 2022 realisations (001:L845-847): 40186/51484 and 40159/51484.
        let ind = Indikator.persentase("pmks")
        let h = EvaluasiTC29.evaluate(
            BarisTC29(
                lokasi: "001:L847", indikator: ind, kolom4: .rasio(40_500, 78_172), kolom5: .rasio(40_186, 51_484),
                kolom6: .rasio(40_200, 51_484), kolom7: .rasio(40_159, 51_484)))
        let k10 = try ind.angka(try #require(h.kolom10.besaran)).get()
        #expect(Tampilan.angka(k10, presisi: 2) == "78,03")  // (40186 + 40159) / (51484 × 2)
        #expect(h.kolom8.teks() == "99,90 %")  // 78,00 / 78,08
    }

    @Test("column 10 printed as a number where it cannot be computed is R12, as columns 8 and 11")
    func kolom10TidakDapatDihitung() throws {
        // 000:L191: the clean values are empty (the "Persen" cells hold counts of families); the document prints
        // 100% / 5538 / 106% in columns 8, 10, 11.
        let ind = Indikator.persentase("000:L191")
        let row = BarisTC29(lokasi: "000:L191", indikator: ind, dicetak8: "100%", dicetak10: "5538", dicetak11: "106%")
        let h = EvaluasiTC29.evaluate(row)
        #expect(h.kolom10.besaran == nil)
        for k in [8, 10, 11] {
            let f = h.temuan.filter { $0.lokasi == "000:L191 kolom \(k)" }
            #expect(f.map(\.ruleId) == [AturanKualitas.rumusKolom.id], "kolom \(k): \(f)")
            #expect(f.first?.pesan.hasPrefix("Dicetak sebagai angka padahal tidak dapat dihitung") == true, "kolom \(k)")
        }
        #expect(h.temuan.first { $0.lokasi == "000:L191 kolom 10" }?.dicetak == "5538")
        // No number printed: nothing to report.
        #expect(EvaluasiTC29.evaluate(BarisTC29(lokasi: "x", indikator: ind, dicetak10: "%")).temuan.isEmpty)
    }

    @Test("printed input cells: another unit is R02 and blocks the computation, a percentage out of range is R03")
    func selMasukanTercetak() throws {
        // 003:L203: clean 26 / 25 / 26 / 26 Orang; column 9 printed "312 Orang/bulan" (person-months), column 10
        // "363" = 25 + 26 + 312 for an annual headcount, column 11 "13,96 %".
        let ind = Indikator.jumlah("003:L203", .orang, agregasi: .tahunanBerulang)
        func orang(_ v: Int) -> Besaran { Besaran(Decimal(v), .orang) }
        var row = BarisTC29(
            lokasi: "003:L203", indikator: ind, kolom4: orang(26), kolom5: orang(25), kolom6: orang(26), kolom7: orang(26),
            dicetak8: "100,00 %", dicetak10: "363", dicetak11: "13,96 %",
            dicetakMasukan: [4: orang(26), 9: Besaran(Decimal(312), Satuan("Orang/bulan"))])
        var h = EvaluasiTC29.evaluate(row)
        func di(_ k: Int) -> [String] { h.temuan.filter { $0.lokasi == "003:L203 kolom \(k)" }.map(\.ruleId).sorted() }
        #expect(di(9) == [AturanKualitas.satuanBerbeda.id])
        #expect(di(10) == [AturanKualitas.nonKumulatifDijumlahkan.id])
        #expect(di(11) == [AturanKualitas.rumusKolom.id])
        #expect(di(4).isEmpty && di(8).isEmpty)  // a printed cell never overrides a clean value
        #expect(h.kolom8.teks() == "100,00 %")
        #expect(h.kolom11.teks() == "tidak dapat dihitung (satuan berbeda: orang/bulan bukan orang)")
        // Without the printed cell the latest clean value (26) would stand for 2023.
        row.dicetakMasukan = [:]
        h = EvaluasiTC29.evaluate(row)
        #expect(h.kolom11.teks() == "100,00 %")

        // 000:L191: "5249" / "1846" printed in the Persen row, clean values empty. Not used as inputs; each is R03,
        // and column 10 "5538" = 3 × 1846 is a percentage summed across years (R07).
        let pct = Indikator.persentase("000:L191")
        func persen(_ v: Int) -> Besaran { Besaran(Decimal(v), .persen) }
        h = EvaluasiTC29.evaluate(
            BarisTC29(
                lokasi: "000:L191", indikator: pct, dicetak8: "100%", dicetak10: "5538", dicetak11: "106%",
                dicetakMasukan: [4: persen(5249), 5: persen(1846), 6: persen(1846), 7: persen(1846), 9: persen(1846)]))
        let l191 = { (k: Int) in h.temuan.filter { $0.lokasi == "000:L191 kolom \(k)" }.map(\.ruleId).sorted() }
        for k in [4, 5, 6, 7, 9] { #expect(l191(k) == [AturanKualitas.persenDiLuarRentang.id], "kolom \(k)") }
        #expect(l191(10) == [AturanKualitas.persenDijumlahkan.id])
        #expect(l191(8) == [AturanKualitas.rumusKolom.id])
        #expect(h.kolom8.teks() == "tidak dapat dihitung (target belum ada)")
    }

    @Test("BarisTC29 decodes without the printed input cells (older JSON)")
    func dekodeTanpaDicetakMasukan() throws {
        let row = BarisTC29(lokasi: "x", indikator: Self.dok, kolom4: Besaran(Decimal(1), .dokumen), dicetakMasukan: [9: Besaran(Decimal(2), .orang)])
        let data = try JSONEncoder().encode(row)
        #expect(try JSONDecoder().decode(BarisTC29.self, from: data) == row)
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["dicetakMasukan"] = nil
        let lama = try JSONDecoder().decode(BarisTC29.self, from: try JSONSerialization.data(withJSONObject: json))
        #expect(lama.dicetakMasukan.isEmpty && lama.kolom4 == row.kolom4)
    }

    @Test("the alternative turun formula is chosen per Pemda")
    func turunPerPemda() {
        let ind = Indikator(id: "miskin", satuan: .persen, arah: .turun, agregasi: .persentase, ukuran: .persentase)
        let row = BarisTC29(
            lokasi: "002:L2299-2309", indikator: ind, kolom4: Besaran(d("53.73"), .persen),
            kolom6: Besaran(d("56.69"), .persen), kolom7: Besaran(d("55.69"), .persen))
        #expect(EvaluasiTC29.evaluate(row).kolom8.teks() == "101,76 %")
        let pemda = Pemda(kode: "76.02", nama: "Mamuju", jenis: .kabupaten, kodeProvinsi: "76", rumusTurun: .rasio)
        #expect(EvaluasiTC29.evaluate(row, aturan: AturanPemda(pemda: pemda)).kolom8.teks() == "101,80 %")
    }
}
