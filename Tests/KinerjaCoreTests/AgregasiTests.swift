import Foundation
import Testing

@testable import KinerjaCore

@Suite("Period aggregation (decision 5), E.81 quarters, year labels (decision 8)")
struct AgregasiTests {
    @Test("each aggregation type combines years its own way (renja-spec §3.4)", arguments: [
        // 000:L177 PSKS, a flow: 342 + 100 + 100 = 542.
        ("000:L177", JenisAgregasi.kumulatif, ["342", "100", "100"], "542"),
        // 003:L219 assets maintained, a stock: latest value 58, not 149.
        ("003:L219", .stok, ["59", "32", "58"], "58"),
        // 000:L162 guest-visit reports, an annual quota: latest year 11, not 207.
        ("000:L162", .tahunanBerulang, ["1", "195", "11"], "11"),
        // 000:L176 percentage without parts: latest 50, never 150.
        ("000:L176", .persentase, ["50", "50", "50"], "50"),
        // 003:L236: column 5 "-" adds nothing: 17 + 41 = 58.
        ("003:L236", .kumulatif, ["", "17", "41"], "58"),
    ])
    func gabungkan(_ cite: String, _ jenis: JenisAgregasi, _ nilai: [String], _ hasil: String) throws {
        let ind = Indikator(id: cite, satuan: .orang, agregasi: jenis, ukuran: .jumlah)
        let a = ind.gabungkan(nilai.map { $0.isEmpty ? nil : Besaran(d($0), .orang) })
        #expect(try ind.angka(try #require(a.besaran)).get() == d(hasil), "\(cite)")
    }

    @Test("aggregation states: nothing known, mixed units, a ratio in a flow")
    func alasan() {
        let ind = Indikator.jumlah("x", .orang)
        #expect(ind.gabungkan([nil, nil]) == .tidakDapatDihitung(.realisasiBelumAda))
        #expect(ind.gabungkan([Besaran(1, .orang), Besaran(1, "KK")]).alasan?.kode == "satuan_berbeda")
        #expect(Indikator(id: "p", satuan: .persen, agregasi: .kumulatif, ukuran: .persentase)
            .gabungkan([.rasio(1, 2)]) == .tidakDapatDihitung(.nilaiTidakSesuaiJenis))
        let q = Indikator.kualitatif("q", skala: .predikatSAKIP)
        #expect(q.gabungkan([.peringkat("B"), .peringkat("BB")]) == .nilai(.peringkat("BB")))
    }

    @Test("E.81: quarters → year by aggregation type, capaian per quarter and for the year")
    func e81Kumulatif() {
        // The 85 PSKS of 002:L1753 against the 67 target of 002:L1749, reported per quarter (hand-split).
        let ind = Indikator.jumlah("psks", .orang)
        let b = BarisE81(
            lokasi: "002:L1749-1757 per TW", indikator: ind, targetRenstra: Besaran(1811, .orang),
            realisasiSampaiTahunLalu: Besaran(442, .orang), targetTahun: Besaran(67, .orang),
            targetTriwulan: [Besaran(15, .orang), Besaran(15, .orang), Besaran(15, .orang), Besaran(22, .orang)],
            realisasiTriwulan: [Besaran(20, .orang), Besaran(25, .orang), Besaran(20, .orang), Besaran(20, .orang)],
            pagu: 454_329_920, realisasiAnggaranTriwulan: [100_000_000, 100_000_000, 100_000_000, 153_551_300])
        let h = EvaluasiE81.evaluate(b)
        #expect(h.capaianTriwulan.map { $0.teks() } == ["133,33 %", "166,67 %", "133,33 %", "90,91 %"])
        #expect(h.realisasiTahun == .nilai(Besaran(85, .orang)))
        #expect(h.capaianTahun.teks() == "126,87 %")
        #expect(h.kategoriTahun == "Sangat Tinggi")
        #expect(h.realisasiAnggaranTahun == 453_551_300)
        #expect(h.serapan.teks() == "99,83 %")  // 002:L3347
        #expect(h.realisasiRenstra == .nilai(Besaran(527, .orang)))
        #expect(h.capaianRenstra.teks() == "29,10 %")
    }

    @Test("E.81: a missing quarter, a stock, a percentage from parts")
    func e81Lain() throws {
        let stok = Indikator.jumlah("tmp", "Makam", agregasi: .stok)
        let s = EvaluasiE81.evaluate(
            BarisE81(
                lokasi: "000:L207 per TW", indikator: stok, targetTahun: Besaran(1, "Makam"),
                realisasiTriwulan: [Besaran(1, "Makam"), Besaran(1, "Makam"), nil, nil]))
        #expect(s.realisasiTahun == .nilai(Besaran(1, "Makam")))
        #expect(s.capaianTahun.teks() == "100,00 %")
        #expect(s.capaianTriwulan[2] == .tidakDapatDihitung(.targetBelumAda))
        #expect(s.serapan == .tidakDapatDihitung(.tanpaAnggaran))
        // 004:L429: 40 lansia + 20 anak + 30 disabilitas handled over the year, of 226 (004:L443).
        let pct = Indikator.persentase("ss1")
        let p = EvaluasiE81.evaluate(
            BarisE81(
                lokasi: "004:L429-445 per TW", indikator: pct, targetTahun: Besaran(38, .persen),
                realisasiTriwulan: [.rasio(40, 226), .rasio(20, 0), .rasio(30, 0), nil]))
        let r = try pct.angka(try #require(p.realisasiTahun.besaran)).get()
        #expect(Tampilan.angka(r, presisi: 2) == "39,82")
        #expect(p.capaianTahun.teks() == "104,80 %")
        #expect(p.capaianTriwulan[1] == .tidakDapatDihitung(.targetBelumAda))
    }

    @Test("T-C.29 year labels are derived from n (renja-spec §2.1; 000:L107, 001:L751)")
    func labelTahun() {
        let t = TahunRencana(2024)
        #expect(t.judulKolomTC29(5) == "Realisasi Target Kinerja s/d Tahun 2021")
        #expect(t.judulKolomTC29(6) == "Target Renja Tahun 2022")
        #expect(t.judulKolomTC29(9) == "Target Renja Tahun 2023")
        #expect(t.judulKolomTC29(10) == "Realisasi Capaian s/d Tahun 2023")
        #expect(t.judulKolomTC29(4, periodeRenstra: 2021...2026) == "Target Capaian Renstra 2021–2026")
        #expect(t.prakiraanMaju == 2025)
        #expect(TahunRencana.offsetKolomTC29(7) == -2)
        #expect(TahunRencana.tahunDalam("RPJMD 2021 - 2061, s/d tahun 2023") == [2021, 2061, 2023])
    }
}
