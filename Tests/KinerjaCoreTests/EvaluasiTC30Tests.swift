import Foundation
import PropertyBased
import Testing

@testable import KinerjaCore

/// T-C.30 capaian of the realised years (n-2, n-1) against the Renstra target of the same year, on seed rows.
@Suite("T-C.30 evaluation")
struct EvaluasiTC30Tests {
    static let pct = Indikator.persentase("pct", nama: "Persentase uji")
    static func p(_ s: String) -> Besaran { Besaran(Decimal(string: s)!, .persen) }

    struct Kasus: Sendable, CustomTestStringConvertible {
        let cite: String
        let baris: BarisTC30
        /// Expected capaian per year as displayed (2 decimals), nil for undefined.
        let capaian: [Int: String?]
        var testDescription: String { cite }
    }

    static let kasus: [Kasus] = [
        // 000:L233: targets 79,23 (2022) and 78,34 (2023), realisation 100 % both years → 126,21 and 127,65 (naik).
        Kasus(
            cite: "000:L233",
            baris: BarisTC30(
                lokasi: "000:L233", indikator: pct, target: [2022: p("79.23"), 2023: p("78.34"), 2024: p("77.56")],
                realisasi: [2022: p("100"), 2023: p("100")]),
            capaian: [2022: "126.21", 2023: "127.65"]),
        // 000:L230: targets 20 %, realisation printed 0 % → 0, not undefined.
        Kasus(
            cite: "000:L230",
            baris: BarisTC30(lokasi: "000:L230", indikator: pct, target: [2022: p("20"), 2023: p("20")], realisasi: [2022: p("0"), 2023: p("0")]),
            capaian: [2022: "0", 2023: "0"]),
        // 000:L231: PSKS counts 109 and 121 against targets 60 and 75 → 181,67 and 161,33.
        Kasus(
            cite: "000:L231",
            baris: BarisTC30(
                lokasi: "000:L231", indikator: .jumlah("psks", Satuan("orang"), agregasi: .stok),
                target: [2022: Besaran(60, Satuan("orang")), 2023: Besaran(75, Satuan("orang"))],
                realisasi: [2022: Besaran(109, Satuan("orang")), 2023: Besaran(121, Satuan("orang"))]),
            capaian: [2022: "181.67", 2023: "161.33"]),
        // 001:L845-847 style: a percentage row derived from its numerator and denominator: 47.000/50.484 = 93,10 %
        // realised against a 40.200/50.431 = 79,71 % target → 116,79 from the unrounded ratios (116,80 from the
        // printed, rounded percentages: the derived percentage is never rounded before it is divided).
        Kasus(
            cite: "001:L847",
            baris: BarisTC30(
                lokasi: "001:L847", indikator: pct, peran: .persentase, target: [2022: .rasio(40200, 50431)],
                realisasi: [2022: .rasio(47000, 50484)]),
            capaian: [2022: "116.79"]),
        // A target with no realisation yet (2023 printed empty): undefined, not 0 %.
        Kasus(
            cite: "target tanpa realisasi",
            baris: BarisTC30(lokasi: "x", indikator: pct, target: [2022: p("50"), 2023: p("60")], realisasi: [2022: p("25")]),
            capaian: [2022: "50", 2023: nil]),
        // Target 0 (000:L236 prints 0 % targets): undefined, never a division by zero.
        Kasus(
            cite: "000:L236 (target nol)",
            baris: BarisTC30(lokasi: "000:L236", indikator: pct, target: [2022: p("0")], realisasi: [2022: p("10")]),
            capaian: [2022: nil]),
    ]

    @Test("capaian per realised year", arguments: kasus)
    func capaian(_ k: Kasus) {
        let h = EvaluasiTC30.evaluate(k.baris, tahun: 2024)
        #expect(Set(h.capaian.keys) == Set(k.capaian.keys), "\(k.cite)")
        for (y, want) in k.capaian {
            let got = h.capaian[y]?.nilaiTampil(presisi: 2)
            #expect(got == want.flatMap { Decimal(string: $0) }, "\(k.cite) \(y)")
            #expect((h.kategori[y] != nil) == (want != nil), "\(k.cite) \(y): a category exactly when capaian is defined")
        }
    }

    @Test("000:L233 capaian 126,21 falls in the scale's top band")
    func kategori() {
        let h = EvaluasiTC30.evaluate(Self.kasus[0].baris, tahun: 2024)
        #expect(h.kategori[2022] == SkalaPenilaian.permendagri86.kategori(Decimal(string: "126.21")!))
        #expect(h.kategori[2022] == SkalaPenilaian.permendagri86.pita.last?.kategori)
    }

    @Test("a denominator row gets no capaian; years outside n-2, n-1 are never evaluated")
    func batas() {
        let penyebut = BarisTC30(lokasi: "001:L846", indikator: .jumlah("kk", Satuan("KK")), peran: .penyebut,
                                 target: [2022: Besaran(50431, Satuan("KK"))], realisasi: [2022: Besaran(50484, Satuan("KK"))])
        #expect(EvaluasiTC30.evaluate(penyebut, tahun: 2024) == HasilTC30())
        let b = BarisTC30(lokasi: "x", indikator: Self.pct, target: [2024: Self.p("10"), 2025: Self.p("10")], realisasi: [2024: Self.p("10")])
        #expect(EvaluasiTC30.evaluate(b, tahun: 2024).capaian.isEmpty)
    }

    @Test("property: with target t > 0 and realisation r, naik capaian is r/t × 100 and turun swaps the order")
    func polaritas() async {
        await propertyCheck(input: Gen.int(in: 1...10_000), Gen.int(in: 0...20_000)) { t, r in
            let naik = BarisTC30(lokasi: "x", indikator: Self.pct, target: [2022: Self.p("\(t)")], realisasi: [2022: Self.p("\(r)")])
            let c = EvaluasiTC30.evaluate(naik, tahun: 2024).capaian[2022]
            #expect(c == .hitung(arah: .naik, target: Decimal(t), realisasi: Decimal(r)))
            var turun = naik
            turun.indikator.arah = .turun
            let d = EvaluasiTC30.evaluate(turun, tahun: 2024).capaian[2022]
            // Better (lower) realisation never scores lower on a turun indicator.
            if r <= t, case .nilai(let a)? = c, case .nilai(let b)? = d { #expect(b >= a) }
        }
    }
}

/// Pengukuran kinerja of an IKU: year n against its PK target, the previous years against theirs, n against the
/// Renstra's end target.
@Suite("IKU measurement (pengukuran kinerja)")
struct PengukuranKinerjaTests {
    static func p(_ s: String) -> Besaran { Besaran(Decimal(string: s)!, .persen) }

    @Test("naik IKU: 2024 realisation 95 of target 100 = 95 %; 2023 80/90 = 88,89 %; 95 of end target 120 = 79,17 %")
    func naik() {
        let b = BarisIKU(
            lokasi: "x", indikator: .persentase("iku1"), targetPK: [2023: Self.p("90"), 2024: Self.p("100")],
            realisasi: [2023: Self.p("80"), 2024: Self.p("95")], targetAkhirRenstra: Self.p("120"), tahunAkhirRenstra: 2026)
        let h = PengukuranKinerja.evaluate(b, tahun: 2024)
        #expect(h.capaian.nilaiTampil() == 95)
        #expect(h.kategori == SkalaPenilaian.permendagri86.kategori(95))
        #expect(h.capaianPerTahun[2023]?.nilaiTampil() == Decimal(string: "88.89"))
        #expect(h.capaianPerTahun[2022] == nil, "no realisation 2022: the year is not compared")
        #expect(h.capaianAkhirRenstra?.nilaiTampil() == Decimal(string: "79.17"))
    }

    @Test("turun IKU (a poverty rate): realisation below target scores above 100 (domain decision 3)")
    func turun() {
        let b = BarisIKU(lokasi: "x", indikator: .persentase("iku2", arah: .turun), targetPK: [2024: Self.p("10")], realisasi: [2024: Self.p("8")])
        #expect(PengukuranKinerja.evaluate(b, tahun: 2024).capaian.nilaiTampil() == 120)
        #expect(PengukuranKinerja.evaluate(b, tahun: 2024).capaianAkhirRenstra == nil)
    }

    @Test("no realisation yet: undefined capaian and no category, never 0 %")
    func belumAda() {
        let b = BarisIKU(lokasi: "x", indikator: .persentase("iku3"), targetPK: [2024: Self.p("50")])
        let h = PengukuranKinerja.evaluate(b, tahun: 2024)
        #expect(h.capaian == .tidakDapatDihitung(.realisasiBelumAda))
        #expect(h.kategori == nil)
    }
}
