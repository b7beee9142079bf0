import Foundation
import Testing

@testable import KinerjaCore

@Suite("Period aggregation (decision 5), E.81 quarters, year labels (decision 8)")
struct AgregasiTests {
    @Test(
        "each aggregation type combines years its own way (renja-spec §3.4)",
        arguments: [
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
        #expect(
            Indikator(id: "p", satuan: .persen, agregasi: .kumulatif, ukuran: .persentase)
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

@Suite("One office's year in one call (the CLI's `kinerja evaluate`)")
struct EvaluasiTahunanTests {
    @Test("Mamuju T-C.29 rows and rumusan budget: results, findings and summary together")
    func mamuju() {
        var dok = DokumenPeriksa(nama: "Renja 2024 Dinas Sosial Kab. Mamuju", tahunRencana: TahunRencana(2024))
        dok.barisTC29 = EvaluasiTC29Tests.kasus.filter { $0.cite.hasPrefix("000:") }.map(\.baris)
        dok.anggaran = AnggaranTests.mamujuPenunjang
        let l = EvaluasiTahunan.evaluate(dok, aturan: AturanPemda(skala: .permendagri86))
        #expect(l.tc29.count == dok.barisTC29.count)
        #expect(l.rollUp?.totalOPD[.pagu] == 2_971_889_066)
        #expect(l.temuan == PemeriksaanKualitas.periksa(dok))
        #expect(l.ringkasan[.galat, default: 0] > 0)
        #expect(l.temuan.filter { $0.ruleId == "R01-jumlah-anak" }.count == 2)
        let json = String(decoding: try! JSONEncoder().encode(l), as: UTF8.self)
        #expect(json.contains(#""totalOPD":{"pagu":2971889066}"#))
        #expect(json.contains(#""ruleId":"R01-jumlah-anak""#))
    }

    @Test(
        "Kuantitas.nilaiDesimal is the same value as Kuantitas.decimal",
        arguments: [
            Int64(0), 1, -1, 797_100, 123_456_789_012, -55_690_000, Int64.max / 10_000,
        ])
    func nilaiDesimal(_ u: Int64) {
        #expect(Kuantitas(unitKecil: u).nilaiDesimal == Kuantitas(unitKecil: u).decimal)
    }
}

@Suite("JSON shapes of results (for `kinerja evaluate --json` and the API)")
struct JSONBentukTests {
    @Test("results encode to plain JSON and decode back")
    func roundTrip() throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let c = Capaian.hitung(arah: .naik, target: 50, realisasi: 55)  // 002:L2099
        let json = String(decoding: try enc.encode(c), as: UTF8.self)
        #expect(json == #"{"nilai":110,"tampil":"110,00 %"}"#)
        let u = Capaian.tidakDapatDihitung(.satuanBerbeda(diharapkan: .orang, diterima: "kk"))
        #expect(
            String(decoding: try enc.encode(u), as: UTF8.self)
                == #"{"alasan":{"diharapkan":"orang","diterima":"kk","kode":"satuan_berbeda","pesan":"satuan berbeda: kk bukan orang"}}"#)
        for x in [c, u, .tidakDapatDihitung(.targetNol), .tidakDapatDihitung(.skalaTidakDikenal("A+"))] {
            #expect(try JSONDecoder().decode(Capaian.self, from: enc.encode(x)) == x)
        }
        for n in [Nilai.angka(12), .rasio(pembilang: 90, penyebut: 226), .rentang(bawah: 60, atas: 80), .peringkat("BB")] {
            #expect(try JSONDecoder().decode(Nilai.self, from: enc.encode(n)) == n)
        }
        let h = EvaluasiTC29.evaluate(EvaluasiTC29Tests.kasus[0].baris)
        #expect(try JSONDecoder().decode(HasilTC29.self, from: enc.encode(h)) == h)
    }
}
