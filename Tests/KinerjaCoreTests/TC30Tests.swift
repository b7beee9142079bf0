import Foundation
import PropertyBased
import Testing

@testable import KinerjaCore

/// T-C.30 rules (R25-R30) and the pembilang/penyebut percentage (R12), on the seed rows they come from.
@Suite("T-C.30 rules")
struct TC30Tests {
    static let pct = Indikator.persentase("pct", nama: "Persentase uji")
    static func p(_ s: String) -> Besaran { Besaran(Decimal(string: s)!, .persen) }
    static func tahunan(_ pairs: [(Int, String)]) -> [Int: Besaran] { Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, p($0.1)) }) }

    static func ids(_ f: [Finding]) -> [String] { f.map(\.ruleId) }

    struct Kasus: Sendable, CustomTestStringConvertible {
        let cite: String
        let baris: BarisTC30
        let diharapkan: [String]
        var testDescription: String { cite }
    }

    /// Rows as printed (Renja 2024, so realisation of 2023 is premature).
    static let kasus: [Kasus] = [
        // 000:L241: projections 2024/2025 (58,46 / 56,69) = targets 2022/2023; targets fall below realisation 96,35 (2022).
        Kasus(
            cite: "000:L241",
            baris: BarisTC30(
                lokasi: "000:L241", indikator: pct,
                target: tahunan([(2022, "58.46"), (2023, "56.69"), (2024, "55.12"), (2025, "53.73")]),
                realisasi: tahunan([(2022, "96.35")]), proyeksi: tahunan([(2024, "58.46"), (2025, "56.69")])),
            diharapkan: ["R25-proyeksi-tidak-sesuai", "R26-target-di-bawah-realisasi"]),
        // 000:L236: target 2024 100 %, projection 0 %; target 2025 0 % with projection 0 % is not flagged twice.
        Kasus(
            cite: "000:L236",
            baris: BarisTC30(
                lokasi: "000:L236", indikator: pct, target: tahunan([(2024, "100"), (2025, "0")]),
                proyeksi: tahunan([(2024, "0"), (2025, "0")])),
            diharapkan: ["R25-proyeksi-tidak-sesuai"]),
        // 000:L230: projections equal their own years' targets (42 / 50): nothing to say; realisation 2023 is premature.
        Kasus(
            cite: "000:L230",
            baris: BarisTC30(
                lokasi: "000:L230", indikator: pct, target: tahunan([(2022, "20"), (2023, "20"), (2024, "42"), (2025, "50")]),
                realisasi: tahunan([(2022, "0"), (2023, "0")]), proyeksi: tahunan([(2024, "42"), (2025, "50")])),
            diharapkan: ["R27-realisasi-prematur"]),
        // 000:L254: SAKIP grade target "СС" (Cyrillic, OCR) for 2023 after "В" was achieved in 2022.
        Kasus(
            cite: "000:L254",
            baris: BarisTC30(
                lokasi: "000:L254", indikator: .kualitatif("akip", skala: .predikatSAKIP),
                target: [2022: .peringkat("С"), 2023: .peringkat("СС"), 2024: .peringkat("В")], realisasi: [2022: .peringkat("В")]),
            diharapkan: ["R26-target-di-bawah-realisasi"]),
        // 003:L428: the twelfth printed value lands in "Catatan Analisis".
        Kasus(
            cite: "003:L428", baris: BarisTC30(lokasi: "003:L428", nomor: 4, indikator: pct, target: tahunan([(2024, "100")]), catatan: "100"),
            diharapkan: ["R29-baris-bergeser"]),
        // A real analysis note is text, not a shifted value.
        Kasus(
            cite: "003:L424 (catatan teks)",
            baris: BarisTC30(lokasi: "003:L424", indikator: pct, catatan: "Capaian 2021 di atas target karena bansos tambahan"),
            diharapkan: []),
        // 001:L848-852 pembilang rows are not rated: its targets may fall below realisation (a count of recipients).
        Kasus(
            cite: "001:L848",
            baris: BarisTC30(
                lokasi: "001:L848", indikator: .jumlah("n", .orang), peran: .penyebut, target: [2023: Besaran(50484, .orang)],
                realisasi: [2022: Besaran(51484, .orang)]),
            diharapkan: []),
    ]

    @Test("each seed row raises exactly its findings", arguments: kasus)
    func baris(_ k: Kasus) {
        #expect(Self.ids(AturanTC30.periksa([k.baris], tahun: TahunRencana(2024))) == k.diharapkan)
    }

    @Test("001:L853-855: numbering 13 → 15 names the missing row 14")
    func nomorLompat() {
        let rows = [12, 13, 15, 16].map { (n: Int) in BarisTC30(lokasi: "001:L\(n)", nomor: n, indikator: Self.pct) }
        let f = AturanTC30.nomorLompat(rows)
        #expect(Self.ids(f) == ["R28-nomor-baris-lompat"])
        #expect(f.first?.lokasi == "001:L13-001:L15")
        #expect(f.first?.pesan.contains("baris 14") == true)
    }

    /// 001:L845-873: printed percentages of the pembilang/penyebut rows, recomputed.
    static let persentase: [(cite: String, dicetak: String, p: Decimal?, q: Decimal?, benar: Bool)] = [
        ("001:L847 k5", "79,71", 40200, 50431, true),
        ("001:L847 k8", "51,81", 40500, 78172, true),
        ("001:L852 k14", "82,50", 65000, 78792, true),  // 82,4956 rounds half-up to 82,50
        ("001:L868 k10", "3,23", 6, 186, true),
        ("001:L873 k5", "65,79", 150, 228, true),
        ("001:L860 k5", "1", nil, 1, false),  // numerator "-": not computable, printed 1
        ("001:L860 k10", "0", 0, 0, false),  // 0 / 0 printed 0
        ("001:L860 k6", "-", nil, nil, true),  // nothing printed, nothing to compare
        ("003:L203 (rasio tanpa ×100)", "2,86", 28622, 10000, false),
    ]

    @Test("pembilang / penyebut × 100 against the printed percentage (R12)")
    func persentaseDicetak() {
        for c in Self.persentase {
            var dok = DokumenPeriksa(nama: c.cite)
            dok.persentase = [PersentaseTercatat(lokasi: c.cite, dicetak: c.dicetak, pembilang: c.p, penyebut: c.q)]
            let f = PemeriksaanKualitas.periksa(dok)
            #expect(f.isEmpty == c.benar, "\(c.cite): \(f.map(\.pesan))")
            if !c.benar { #expect(f.allSatisfy { $0.ruleId == "R12-rumus-kolom" }, "\(c.cite)") }
        }
    }

    @Test("001:L846: two denominators for one year in target and projection columns (R09), equal ones pass")
    func penyebutSeTahun() {
        let rows = [
            PenyebutTercatat(indikatorId: "PMKS", tahun: 2024, nilai: 78_172, lokasi: "001:L846 target:2024", kolom: "target"),
            PenyebutTercatat(indikatorId: "PMKS", tahun: 2024, nilai: 78_792, lokasi: "001:L846 proyeksi:2024", kolom: "proyeksi"),
            PenyebutTercatat(indikatorId: "Panti", tahun: 2024, nilai: 9, lokasi: "001:L856 target:2024", kolom: "target"),
            PenyebutTercatat(indikatorId: "Panti", tahun: 2024, nilai: 9, lokasi: "001:L856 proyeksi:2024", kolom: "proyeksi"),
        ]
        let f = AturanNilai.penyebutBasi(rows)
        #expect(f.map(\.lokasi) == ["001:L846 proyeksi:2024"])
        #expect(f.first?.dihitung == "78.172")
    }

    @Test("000:L235 vs 002:L2093: the same realisation printed differently by two documents (R30)")
    func antardokumen() {
        let rows = [
            RealisasiTercatat(kunci: "IKU01", tahun: 2022, dokumen: "T-C.30", lokasi: "000:L235", nilai: Self.p("54")),
            RealisasiTercatat(kunci: "IKU01", tahun: 2022, dokumen: "LKjIP", lokasi: "002:L2093", nilai: Self.p("55")),
            RealisasiTercatat(kunci: "IKU03", tahun: 2022, dokumen: "T-C.30", lokasi: "000:L246", nilai: Self.p("100")),
            RealisasiTercatat(kunci: "IKU03", tahun: 2022, dokumen: "LKjIP", lokasi: "002:L2236", nilai: Self.p("100")),
        ]
        let f = AturanTC30.realisasiAntardokumen(rows)
        #expect(f.map(\.lokasi) == ["002:L2093 vs 000:L235"])
    }

    @Test("a Cyrillic look-alike grade has the rank of its Latin grade")
    func homoglyph() {
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("СС") == SkalaPeringkat.predikatSAKIP.peringkat("CC"))
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("В") == 4)
        #expect(SkalaPeringkat.predikatSAKIP.peringkat("Х") == nil)
    }

    @Test("property: a percentage printed with the engine's own rounding never raises R12")
    func persentaseSendiri() async {
        await propertyCheck(count: 300, input: genJumlah, genPositif) { a, b in
            let c = PersentaseTercatat(lokasi: "x", dicetak: "", pembilang: a, penyebut: b).dihitung
            let teks = c.teks().replacingOccurrences(of: " %", with: "")
            var dok = DokumenPeriksa(nama: "p")
            dok.persentase = [PersentaseTercatat(lokasi: "x", dicetak: teks, pembilang: a, penyebut: b)]
            #expect(PemeriksaanKualitas.periksa(dok).filter { $0.ruleId == "R12-rumus-kolom" }.isEmpty, "\(a)/\(b) → \(teks)")
        }
    }

    @Test("property: projections equal to their own years' targets never raise R25")
    func proyeksiSamaTarget() async {
        await propertyCheck(count: 200, input: genPositif, genPositif, genPositif, genPositif) { a, b, c, d in
            let t: [Int: Besaran] = [2022: Besaran(a, .persen), 2023: Besaran(b, .persen), 2024: Besaran(c, .persen), 2025: Besaran(d, .persen)]
            let row = BarisTC30(lokasi: "x", indikator: Self.pct, target: t, proyeksi: [2024: t[2024]!, 2025: t[2025]!])
            #expect(AturanTC30.proyeksi(row).isEmpty)
        }
    }
}
