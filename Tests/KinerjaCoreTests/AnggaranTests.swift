import Foundation
import Testing

@testable import KinerjaCore

func kode(_ s: String) -> KodeNomenklatur { try! KodeNomenklatur(s) }

struct KasusSerapan: Sendable, CustomTestStringConvertible {
    let cite: String
    let pagu: Int64
    let realisasi: Int64
    let tampil: String
    var testDescription: String { "\(cite) \(realisasi)/\(pagu) → \(tampil)" }
}

@Suite("Roll-ups, absorption and efficiency (decision 7, lakip-spec §3.6)")
struct AnggaranTests {
    static let kasusSerapan: [KasusSerapan] = [
        .init(cite: "002:L3201", pagu: 4_235_577_713, realisasi: 4_183_315_561, tampil: "98,77 %"),
        .init(cite: "002:L3314", pagu: 627_315_680, realisasi: 597_308_080, tampil: "95,22 %"),
        .init(cite: "002:L3347", pagu: 454_329_920, realisasi: 453_551_300, tampil: "99,83 %"),
        .init(cite: "002:L3368", pagu: 371_825_120, realisasi: 369_078_690, tampil: "99,26 %"),
        .init(cite: "002:L3421", pagu: 2_775_306_993, realisasi: 2_756_577_491, tampil: "99,33 %"),  // printed 98.77
        .init(cite: "002:L3396", pagu: 6_865_000, realisasi: 6_861_550, tampil: "99,95 %"),  // printed 99.67
        .init(cite: "002:L3562", pagu: 53_289_824, realisasi: 44_041_158, tampil: "82,64 %"),
        .init(cite: "002:L3468", pagu: 2_383_135_819, realisasi: 2_377_503_900, tampil: "99,76 %"),  // printed 100
        .init(cite: "002:L3473", pagu: 2_339_988_361, realisasi: 2_334_356_442, tampil: "99,76 %"),  // printed 100
        .init(cite: "002:L3516", pagu: 163_778_750, realisasi: 162_571_045, tampil: "99,26 %"),  // printed 100
        .init(cite: "004:L1017", pagu: 9_812_119_077, realisasi: 9_757_541_969, tampil: "99,44 %"),
        .init(cite: "004:L581", pagu: 6_422_862_250, realisasi: 6_395_350_205, tampil: "99,57 %"),
        .init(cite: "004:L549", pagu: 183_329_450, realisasi: 183_204_305, tampil: "99,93 %"),  // printed 99,96
        .init(cite: "004:L830", pagu: 1_592_899_227, realisasi: 1_577_167_659, tampil: "99,01 %"),  // printed 91.35
        .init(cite: "004:L1141", pagu: 122_346_000, realisasi: 122_306_000, tampil: "99,97 %"),  // printed 0.00
        .init(cite: "004:L1002", pagu: 53_460_800, realisasi: 53_460_200, tampil: "99,99 %"),  // printed 97.97; never 100,00
        .init(cite: "004:L415", pagu: 209_328_400, realisasi: 209_228_600, tampil: "99,95 %"),  // printed 99,5
    ]

    @Test("serapan = realisasi / pagu × 100", arguments: kasusSerapan)
    func serapan(_ k: KasusSerapan) {
        #expect(Serapan.hitung(pagu: Rupiah(k.pagu), realisasi: Rupiah(k.realisasi)).teks() == k.tampil, "\(k.cite)")
    }

    @Test("no budget is a state, not 100 % (002:L3215 PSKS without budget)")
    func tanpaAnggaran() {
        #expect(Serapan.hitung(pagu: nil, realisasi: nil) == .tidakDapatDihitung(.tanpaAnggaran))
        #expect(Serapan.hitung(pagu: .zero, realisasi: .zero) == .tidakDapatDihitung(.tanpaAnggaran))
        let e = AnalisisEfisiensi(capaianKinerja: .nilai(d("126.87")), pagu: nil, realisasi: nil)
        #expect(e.status == .tidakDapatDinilai)
        #expect(e.alasan == .tanpaAnggaran)
    }

    @Test(
        "efficiency: efisien when capaian ≥ serapan; savings kept apart",
        arguments: [
            // 002:L2855-2929 with the absorption the budget table gives (lakip-spec §3.6).
            ("002:L3314 keluarga miskin", "100", Int64(627_315_680), Int64(597_308_080), AnalisisEfisiensi.Status.efisien, "4,78 %"),
            ("002:L3347 bencana", "100", Int64(454_329_920), Int64(453_551_300), .efisien, "0,17 %"),
            // 004:L325 capaian 95,62 % against SS3's budget fully spent (004:L677 725.343.600 / 725.343.600).
            ("004:L325 + L677 SS3", "95.62", Int64(725_343_600), Int64(725_343_600), .tidakEfisien, "0,00 %"),
            // 004:L327 capaian 100 % against SS4's budget (004:L750 36.334.100 / 36.334.100).
            ("004:L327 + L750 SS4", "100", Int64(36_334_100), Int64(36_334_100), .efisien, "0,00 %"),
        ])
    func efisiensi(_ cite: String, _ c: String, _ pagu: Int64, _ real: Int64, _ status: AnalisisEfisiensi.Status, _ hemat: String) {
        let e = AnalisisEfisiensi(capaianKinerja: .nilai(d(c)), pagu: Rupiah(pagu), realisasi: Rupiah(real))
        #expect(e.status == status, "\(cite)")
        #expect(e.penghematan.teks() == hemat, "\(cite)")
    }

    /// Mamuju Renja 2024 rumusan (000:L464-501): Program Penunjang printed 2.852.250.329; kegiatan 01's
    /// sub-kegiatan (000:L466-474) sum to 26.670.529 while the kegiatan prints 24.029.200 (renja-spec §6 D20-21).
    static let mamujuPenunjang: [PosAnggaran] = [
        PosAnggaran(kode: kode("1.06.01"), uraian: "Program Penunjang", lokasi: "000:L464", nilai: [.pagu: 2_852_250_329]),
        PosAnggaran(
            kode: kode("1.06.01.2.01"), uraian: "Perencanaan, Penganggaran dan Evaluasi", lokasi: "000:L465", nilai: [.pagu: 24_029_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0001"), lokasi: "000:L466", nilai: [.pagu: 4_465_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0002"), lokasi: "000:L467", nilai: [.pagu: 3_465_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0003"), lokasi: "000:L468", nilai: [.pagu: 2_965_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0004"), lokasi: "000:L471", nilai: [.pagu: 1_193_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0005"), lokasi: "000:L472", nilai: [.pagu: 1_193_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0006"), lokasi: "000:L473", nilai: [.pagu: 10_747_200]),
        PosAnggaran(kode: kode("1.06.01.2.01.0007"), lokasi: "000:L474", nilai: [.pagu: 2_641_329]),
        PosAnggaran(kode: kode("1.06.01.2.02"), lokasi: "000:L475", nilai: [.pagu: 2_502_394_377]),
        PosAnggaran(kode: kode("1.06.01.2.05"), lokasi: "000:L481", nilai: [.pagu: 20_000_000]),
        PosAnggaran(kode: kode("1.06.01.2.03"), lokasi: "000:L484", nilai: [.pagu: 4_032_000]),
        PosAnggaran(kode: kode("1.06.01.2.06"), lokasi: "000:L486", nilai: [.pagu: 133_817_952]),
        PosAnggaran(kode: kode("1.06.01.2.07"), lokasi: "000:L494", nilai: [.pagu: 43_496_000]),
        PosAnggaran(kode: kode("1.06.01.2.08"), lokasi: "000:L498", nilai: [.pagu: 116_997_408]),
        PosAnggaran(kode: kode("1.06.01.2.09"), lokasi: "000:L501", nilai: [.pagu: 124_480_800]),
    ]

    @Test("000:L464-L465: Σ children replaces the printed parent, and the difference is a finding")
    func mamujuRollUp() {
        let r = RollUp(Self.mamujuPenunjang)
        #expect(r.nilai(kode("1.06.01.2.01"), .pagu) == 26_670_529)
        #expect(r.nilai(kode("1.06.01"), .pagu) == 2_971_889_066)
        #expect(r.nilai(kode("1.06"), .pagu) == 2_971_889_066)
        #expect(r.totalOPD[.pagu] == 2_971_889_066)
        let f = r.temuan.filter { $0.ruleId == "R01-jumlah-anak" }
        #expect(f.count == 2)
        #expect(f.contains { $0.lokasi.hasPrefix("000:L464") && $0.dicetak == "2.852.250.329" && $0.dihitung == "2.971.889.066" })
        #expect(f.contains { $0.lokasi.hasPrefix("000:L465") && $0.dicetak == "24.029.200" && $0.dihitung == "26.670.529" })
    }

    @Test("002:L3365-3416: rehabilitation program pagu and realisation add up at every level, in both columns")
    func mamujuRehab() {
        let r = RollUp([
            PosAnggaran(kode: kode("1.06.04"), lokasi: "002:L3368", nilai: [.pagu: 371_825_120, .realisasi: 369_078_690]),
            PosAnggaran(kode: kode("1.06.04.2.01"), lokasi: "002:L3384", nilai: [.pagu: 143_468_720, .realisasi: 142_382_290]),
            PosAnggaran(kode: kode("1.06.04.2.01.0001"), lokasi: "002:L3386", nilai: [.pagu: 63_672_720, .realisasi: 63_612_940]),
            PosAnggaran(kode: kode("1.06.04.2.01.0002"), lokasi: "002:L3387", nilai: [.pagu: 25_675_000, .realisasi: 25_675_000]),
            PosAnggaran(kode: kode("1.06.04.2.01.0006"), lokasi: "002:L3391", nilai: [.pagu: 47_256_000, .realisasi: 46_232_800]),
            PosAnggaran(kode: kode("1.06.04.2.01.0008"), lokasi: "002:L3396", nilai: [.pagu: 6_865_000, .realisasi: 6_861_550]),
            PosAnggaran(kode: kode("1.06.04.2.02"), lokasi: "002:L3403", nilai: [.pagu: 228_356_400, .realisasi: 226_696_400]),
            PosAnggaran(kode: kode("1.06.04.2.02.0001"), lokasi: "002:L3408", nilai: [.pagu: 61_431_400, .realisasi: 61_231_400]),
            PosAnggaran(kode: kode("1.06.04.2.02.0002"), lokasi: "002:L3416", nilai: [.pagu: 166_925_000, .realisasi: 165_465_000]),
        ])
        #expect(r.temuan.isEmpty)
        #expect(r.nilai(kode("1.06.04"), .realisasi) == 369_078_690)
        #expect(r.serapan(kode("1.06.04")).teks() == "99,26 %")
        #expect(r.serapan(kode("1.06.04.2.01")).teks() == "99,24 %")
    }

    @Test("004:L904-907: realisation above pagu; 004:L827-830 sums right while the printed % is wrong")
    func polman() {
        let surat = RollUp([PosAnggaran(kode: kode("1.06.01.2.08.0001"), lokasi: "004:L906", nilai: [.pagu: 937_000, .realisasi: 937_500])])
        #expect(surat.temuan.map(\.ruleId) == ["R16-realisasi-melebihi-pagu"])
        let keu = RollUp([
            PosAnggaran(kode: kode("1.06.01.2.02"), lokasi: "004:L827", nilai: [.pagu: 1_592_899_227, .realisasi: 1_577_167_659]),
            PosAnggaran(kode: kode("1.06.01.2.02.0001"), lokasi: "004:L828", nilai: [.pagu: 1_590_659_227, .realisasi: 1_574_927_659]),
            PosAnggaran(kode: kode("1.06.01.2.02.0007"), lokasi: "004:L829", nilai: [.pagu: 2_240_000, .realisasi: 2_240_000]),
        ])
        #expect(keu.temuan.isEmpty)
        #expect(keu.serapan(kode("1.06.01.2.02")).teks() == "99,01 %")
    }

    @Test("duplicate program lines are flagged (000:L512 & L526)")
    func kodeGanda() {
        let r = RollUp([
            PosAnggaran(kode: kode("1.06.05"), lokasi: "000:L512", nilai: [.pagu: 20_000_000]),
            PosAnggaran(kode: kode("1.06.05"), lokasi: "000:L526", nilai: [.pagu: 145_000_000]),
        ])
        #expect(r.temuan.map(\.ruleId) == ["R05-kode-ganda"])
        #expect(r.totalOPD[.pagu] == 165_000_000)
    }

    @Test("sasaran capaian is the mean of all its indicators (002:L1939-1943)")
    func sasaran() {
        let h = CapaianSasaran.hitung([
            Komponen(id: "psks", nilai: Capaian.hitung(arah: .naik, target: 67, realisasi: 85)),
            Komponen(id: "tmp", nilai: .nilai(100)),
        ])
        #expect(h.capaian.teks() == "113,43 %")
        #expect(SkalaPenilaian.mamujuLKjIP.kategori(h.capaian) == "Sangat Baik")
        // Weighted: 2 × 126,87 + 1 × 100 over 3.
        let w = CapaianSasaran.hitung(
            [Komponen(id: "a", nilai: .nilai(d("126.87")), bobot: 2), Komponen(id: "b", nilai: .nilai(100), bobot: 1)],
            cara: .rataRataTertimbang)
        #expect(w.capaian.teks() == "117,91 %")
        // An undefined indicator is excluded with its reason, not counted as 0.
        let x = CapaianSasaran.hitung([Komponen(id: "a", nilai: .nilai(80)), Komponen(id: "b", nilai: .tidakDapatDihitung(.targetNol))])
        #expect(x.capaian == .nilai(80))
        #expect(x.dikecualikan == ["b": .targetNol])
        #expect(CapaianSasaran.hitung([]).capaian == .tidakDapatDihitung(.tanpaKomponen))
    }

    @Test("Polman Indeks Ketahanan Sosial = (39,82 + 20,08 + 90,3) / 3 = 50,07, printed 50,06 (004:L336-340)")
    func indeksKetahananSosial() throws {
        let iks = IndikatorKomposit.indeksKetahananSosialPolman
        let v = iks.nilai(["rehabilitasi-sosial": d("39.82"), "pemberdayaan-sosial": d("20.08"), "perlindungan-jaminan-sosial": d("90.3")])
        let b = try #require(v.besaran)
        #expect(Tampilan.besaran(b, presisi: 2) == "50,07 persen")
        // Its capaian against the 49,27 % target (004:L322).
        #expect(iks.indikator.capaian(target: Besaran(d("49.27"), .persen), realisasi: b).teks() == "101,62 %")
        #expect(iks.nilai(["rehabilitasi-sosial": d("39.82")]).alasan == .realisasiBelumAda)
    }
}
