import Foundation
import Testing

@testable import KinerjaCore

/// Decimal from a machine literal ("55.69"); test inputs only.
func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

/// One seed-cited capaian case: target, realisation, and the display the spec derives by hand.
struct KasusCapaian: Sendable, CustomTestStringConvertible {
    let cite: String
    let arah: Arah
    let target: String
    let realisasi: String
    let tampil: String
    var rumus: RumusTurun = .selisih
    var testDescription: String { "\(cite) \(arah) T=\(target) R=\(realisasi) → \(tampil)" }
}

@Suite("Capaian per direction (decision 3) and display (decision 4)")
struct CapaianTests {
    static let kasus: [KasusCapaian] = [
        // LKjIP Mamuju 2024: printed capaian, right or wrong, against R ÷ T × 100 (lakip-spec §3.7).
        .init(cite: "002:L1757", arah: .naik, target: "67", realisasi: "85", tampil: "126,87 %"),  // printed 126 % (truncated)
        .init(cite: "002:L2099", arah: .naik, target: "50", realisasi: "55", tampil: "110,00 %"),  // printed 117 %
        .init(cite: "002:L2117", arah: .naik, target: "58", realisasi: "65", tampil: "112,07 %"),  // printed 117 %
        .init(cite: "002:L2309", arah: .naik, target: "56.69", realisasi: "55.69", tampil: "98,24 %"),  // printed 84,5 %
        .init(cite: "002:L2295", arah: .naik, target: "58.46", realisasi: "58.46", tampil: "100,00 %"),
        .init(cite: "002:L2324", arah: .naik, target: "55.12", realisasi: "55.12", tampil: "100,00 %"),
        // LAKIP Polewali Mandar 2023, Tabel 3.1 (lakip-spec §3.3 recomputation).
        .init(cite: "004:L322", arah: .naik, target: "49.27", realisasi: "50.06", tampil: "101,60 %"),
        .init(cite: "004:L324", arah: .naik, target: "38", realisasi: "39.82", tampil: "104,79 %"),
        .init(cite: "004:L325", arah: .naik, target: "21", realisasi: "20.08", tampil: "95,62 %"),
        .init(cite: "004:L326", arah: .naik, target: "82", realisasi: "90.3", tampil: "110,12 %"),
        .init(cite: "004:L327", arah: .naik, target: "100", realisasi: "100", tampil: "100,00 %"),
        // T-C.29 column 8 = 7/6 (renja-spec §2.1, §6.1).
        .init(cite: "003:L233", arah: .naik, target: "305", realisasi: "265", tampil: "86,89 %"),  // printed 85,33 %
        .init(cite: "003:L221", arah: .naik, target: "8", realisasi: "8", tampil: "100,00 %"),  // printed 2%
        .init(cite: "003:L219", arah: .naik, target: "33", realisasi: "32", tampil: "96,97 %"),
        .init(cite: "003:L220", arah: .naik, target: "8", realisasi: "7", tampil: "87,50 %"),
        .init(cite: "003:L208", arah: .naik, target: "30091", realisasi: "30089", tampil: "99,99 %"),
        .init(cite: "003:L243", arah: .naik, target: "2500", realisasi: "2461", tampil: "98,44 %"),
        .init(cite: "003:L250", arah: .naik, target: "12500", realisasi: "10351", tampil: "82,81 %"),
        .init(cite: "003:L238", arah: .naik, target: "25", realisasi: "18", tampil: "72,00 %"),
        .init(cite: "003:L268", arah: .naik, target: "76", realisasi: "75", tampil: "98,68 %"),
        .init(cite: "001:L778", arah: .naik, target: "1500", realisasi: "1667", tampil: "111,13 %"),  // printed 90 (6/7)
        .init(cite: "001:L782", arah: .naik, target: "28", realisasi: "19", tampil: "67,86 %"),  // printed 147 (6/7)
        .init(cite: "001:L776", arah: .naik, target: "98", realisasi: "98", tampil: "100,00 %"),  // printed 102
        .init(cite: "000:L182", arah: .naik, target: "50", realisasi: "47", tampil: "94,00 %"),
        .init(cite: "000:L165", arah: .naik, target: "1", realisasi: "0", tampil: "0,00 %"),
        // Keluarga miskin (falling targets 58,46 → 56,69, lakip-spec §3.4) read as *turun*, both formulas.
        .init(cite: "002:L2309 turun", arah: .turun, target: "56.69", realisasi: "55.69", tampil: "101,76 %"),
        .init(cite: "002:L2309 turun T/R", arah: .turun, target: "56.69", realisasi: "55.69", tampil: "101,80 %", rumus: .rasio),
        .init(cite: "002:L2324 turun", arah: .turun, target: "55.12", realisasi: "55.12", tampil: "100,00 %"),
    ]

    @Test("capaian matches the hand-derived value", arguments: kasus)
    func capaian(_ k: KasusCapaian) {
        let c = Capaian.hitung(arah: k.arah, target: d(k.target), realisasi: d(k.realisasi), rumusTurun: k.rumus)
        #expect(c.teks() == k.tampil, "\(k.cite)")
    }

    @Test("T = 0 is undefined with a reason, never 0 % (000:L189 #DIV/0!)")
    func targetNol() {
        let c = Capaian.hitung(arah: .naik, target: 0, realisasi: 6)
        #expect(c == .tidakDapatDihitung(.targetNol))
        #expect(c.teks() == "tidak dapat dihitung (target nol)")
        #expect(Capaian.hitung(arah: .turun, target: 0, realisasi: 6) == .tidakDapatDihitung(.targetNol))
        #expect(Capaian.hitung(arah: .turun, target: 5, realisasi: 0, rumusTurun: .rasio) == .tidakDapatDihitung(.realisasiNol))
    }

    @Test("stored unrounded and uncapped: 85/67 keeps its digits; 4140 % is not capped (000:L162)")
    func unrounded() {
        let c = Capaian.hitung(arah: .naik, target: 67, realisasi: 85)
        #expect(c.angka! > d("126.8656716417") && c.angka! < d("126.8656716418"))
        #expect(Capaian.hitung(arah: .naik, target: 5, realisasi: 207).angka == 4140)
    }

    @Test("99,996 shows 99,99, never 100,00 (lakip-spec App. B 2); 100,004 shows 100,00")
    func seratusHanyaJikaTercapai() {
        #expect(Capaian.nilai(d("99.996")).teks() == "99,99 %")
        #expect(Capaian.nilai(d("99.995")).teks() == "99,99 %")
        #expect(Capaian.nilai(d("99.994")).teks() == "99,99 %")
        #expect(Capaian.nilai(d("100.004")).teks() == "100,00 %")
        #expect(Capaian.nilai(d("99.985")).teks() == "99,99 %")  // half up
        #expect(Capaian.nilai(d("4140")).teks() == "4.140,00 %")
        #expect(Capaian.nilai(d("-12.345")).teks() == "-12,35 %")
    }

    @Test("rentang: 100 inside the band, naik below it, turun above it")
    func rentang() {
        let ind = Indikator(id: "r", satuan: .persen, arah: .rentang, agregasi: .persentase, ukuran: .persentase)
        let band = Besaran(.rentang(bawah: 60, atas: 80), .persen)
        #expect(ind.capaian(target: band, realisasi: Besaran(70, .persen)) == .nilai(100))
        #expect(ind.capaian(target: band, realisasi: Besaran(80, .persen)) == .nilai(100))
        #expect(ind.capaian(target: band, realisasi: Besaran(30, .persen)) == .nilai(50))
        #expect(ind.capaian(target: band, realisasi: Besaran(100, .persen)) == .nilai(75))  // (160 − 100)/80
        #expect(ind.capaian(target: Besaran(70, .persen), realisasi: Besaran(70, .persen)) == .nilai(100))
    }

    @Test("undefined states: missing values, other unit, grade off the scale")
    func alasan() {
        let orang = Indikator.jumlah("x", .orang)
        #expect(orang.capaian(target: nil, realisasi: Besaran(1, .orang)) == .tidakDapatDihitung(.targetBelumAda))
        #expect(orang.capaian(target: Besaran(1, .orang), realisasi: nil) == .tidakDapatDihitung(.realisasiBelumAda))
        // 003:L203: target "26 Orang", column 9 "312 Orang/bulan".
        #expect(
            orang.capaian(target: Besaran(26, .orang), realisasi: Besaran(312, "Orang/bulan"))
                == .tidakDapatDihitung(.satuanBerbeda(diharapkan: .orang, diterima: "orang/bulan")))
        // "Org" and "orang" are one unit; "kk" is not (000:L532).
        #expect(orang.capaian(target: Besaran(20, "Org"), realisasi: Besaran(10, "Orang")) == .nilai(50))
        #expect(orang.capaian(target: Besaran(160, "kk"), realisasi: Besaran(10, "Orang")).alasan?.kode == "satuan_berbeda")
        let sakip = Indikator.kualitatif("sakip", skala: .predikatSAKIP)
        #expect(sakip.capaian(target: .peringkat("A"), realisasi: .peringkat("A+")) == .tidakDapatDihitung(.skalaTidakDikenal("A+")))
        let tanpaSkala = Indikator(id: "q", satuan: .predikat, agregasi: .kualitatif, ukuran: .kualitatif)
        #expect(tanpaSkala.capaian(target: .peringkat("A"), realisasi: .peringkat("A")) == .tidakDapatDihitung(.skalaBelumDitetapkan))
        // A percentage target with denominator 0 is a zero target.
        let pct = Indikator.persentase("p")
        #expect(pct.capaian(target: .rasio(0, 0), realisasi: .rasio(1, 2)) == .tidakDapatDihitung(.targetNol))
    }

    @Test("qualitative: 100 × rank(R) / rank(T) on the declared scale")
    func kualitatif() {
        let sakip = Indikator.kualitatif("sakip", skala: .predikatSAKIP)
        // 004:L328 Predikat SAKIP target A, realisation A.
        #expect(sakip.capaian(target: .peringkat("A"), realisasi: .peringkat("A")).teks() == "100,00 %")
        // 004:L780-782: BB (rank 5) expected, B (rank 4) obtained → 80 %.
        #expect(sakip.capaian(target: .peringkat("BB"), realisasi: .peringkat("b")).teks() == "80,00 %")
        // 004:L323 IKM "Sangat Baik" / "Sangat Baik".
        let ikm = Indikator.kualitatif("ikm", skala: .mutuPelayananIKM)
        #expect(ikm.capaian(target: .peringkat("Sangat Baik"), realisasi: .peringkat("sangat  baik")).teks() == "100,00 %")
        // 003:L263 Kategori kelurahan "Cepat Berkembang" (rank 3) reached "Berkembang" (rank 2).
        let kel = Indikator.kualitatif("kel", skala: .perkembanganKelurahan)
        #expect(kel.capaian(target: .peringkat("Cepat Berkembang"), realisasi: .peringkat("Berkembang")).teks() == "66,67 %")
    }

    @Test(
        "percentages are computed from their parts (T-C.30 Luwu Tabel 2.2, lakip-spec §3.1)",
        arguments: [
            ("001:L847 2021 target", "40200", "50431", "79,71"),
            ("001:L847 2022 target", "40200", "51484", "78,08"),
            ("001:L847 2023 target", "40550", "50484", "80,32"),
            ("001:L847 2024 target", "40500", "78172", "51,81"),
            ("001:L847 2021 realisasi", "40186", "51484", "78,06"),
            ("001:L847 2022 realisasi", "40159", "51484", "78,00"),
            ("001:L847 proyeksi", "40500", "78792", "51,40"),
            ("004:L445 SS1", "90", "226", "39,82"),
            ("004:L640 SS3", "1187", "5910", "20,08"),
            ("003:L250 pendataan", "10351", "12500", "82,81"),
        ])
    func rasio(_ cite: String, _ p: String, _ q: String, _ tampil: String) throws {
        let v = try Besaran.rasio(d(p), d(q)).nilai.angka.get()
        #expect(Tampilan.angka(v, presisi: 2) == tampil, "\(cite)")
    }
}
