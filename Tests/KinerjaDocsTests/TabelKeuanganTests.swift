import Foundation
import KinerjaCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import KinerjaDocs

/// The LKjIP's financial tables: realisasi anggaran, efficiency and staff, each computing its totals itself.
@Suite("LKjIP tables: realisasi anggaran, efisiensi, pegawai; budget charts")
struct TabelKeuanganTests {
    static func kode(_ s: String) throws -> KodeNomenklatur { try KodeNomenklatur(s) }
    static func pos(_ k: String, _ p: Int64?, _ r: Int64?, uraian: String = "", lokasi: String? = nil) throws -> PosAnggaran {
        var n: [KolomAnggaran: Rupiah] = [:]
        if let p { n[.pagu] = Rupiah(p) }
        if let r { n[.realisasi] = Rupiah(r) }
        return PosAnggaran(kode: try kode(k), uraian: uraian, lokasi: lokasi, nilai: n)
    }
    static func sel(_ t: TabelDokumen, _ b: BarisTabel, _ id: String) -> Sel { b.sel[t.kolom.firstIndex { $0.id == id }!] }
    static func baris(_ t: TabelDokumen, kode k: String) -> BarisTabel? { t.baris.first { $0.sel.first == .teks(k) } }

    @Test("Mamuju 2024 program 1.06.05 (002:L3304-3336): 7.435.080 + 619.880.600 = 627.315.680, realised 597.308.080 → 95,22 %; the kegiatan and the total are sums")
    func realisasiAnggaran() throws {
        let t = TabelRealisasiAnggaran.buat(tahun: 2024, pos: [
            try Self.pos("1.06.05", nil, nil, uraian: "PROGRAM REHABILITASI SOSIAL"),
            try Self.pos("1.06.05.2.02.0002", 7_435_080, 7_435_080, lokasi: "002:L3331"),
            try Self.pos("1.06.05.2.02.0004", 619_880_600, 589_873_000, lokasi: "002:L3336"),
            try Self.pos("1.06.07.2.01.0002", 6_800_000, 6_800_000, lokasi: "002:L3291"),
        ], sumber: "uji")
        let program = try #require(Self.baris(t, kode: "1.06.05"))
        #expect(Self.sel(t, program, "pagu") == .rupiah(627_315_680))
        #expect(Self.sel(t, program, "realisasi") == .rupiah(597_308_080))
        #expect(Self.sel(t, program, "serapan") == .persen(d("95.22")))
        #expect(Self.sel(t, program, "sisa") == .rupiah(30_007_600))
        #expect(program.level == 0 && program.tebal)
        #expect(Self.baris(t, kode: "1.06.05.2.02")?.level == 1)
        #expect(Self.sel(t, try #require(Self.baris(t, kode: "1.06.05.2.02")), "pagu") == .rupiah(627_315_680))
        let total = try #require(t.baris.last)
        #expect(Self.sel(t, total, "pagu") == .rupiah(634_115_680) && Self.sel(t, total, "realisasi") == .rupiah(604_108_080))
        // 100 % only when fully spent: 6.800.000 of 6.800.000.
        #expect(Self.sel(t, try #require(Self.baris(t, kode: "1.06.07")), "serapan") == .persen(100))
        #expect(t.catatan.count == 1, "no printed total, nothing to report")
    }

    @Test("a printed total that differs from its lines (004:L1008: 6.239.532.800 over one line of 607.519.000) is not shown as the total but named under the table")
    func totalTercetak() throws {
        let t = TabelRealisasiAnggaran.buat(tahun: 2023, pos: [
            try Self.pos("1.06.05", 6_239_532_800, nil, lokasi: "004:L1008"),
            try Self.pos("1.06.05.2.02.0002", 607_519_000, 580_626_500, lokasi: "004:L1010"),
        ], sumber: "uji")
        #expect(Self.sel(t, try #require(Self.baris(t, kode: "1.06.05")), "pagu") == .rupiah(607_519_000))
        #expect(t.catatan.contains { $0.hasPrefix("004:L1008 pagu: tercetak 6.239.532.800") && $0.contains("607.519.000") }, "\(t.catatan)")
    }

    @Test("serapan and sisa of a line without pagu are not computed; a realisation above pagu shows a negative remainder")
    func tanpaPagu() throws {
        let t = TabelRealisasiAnggaran.buat(tahun: 2024, pos: [try Self.pos("1.06.04.2.01.0001", nil, 5), try Self.pos("1.06.06.2.01.0001", 100, 120)], sumber: "uji")
        let a = try #require(Self.baris(t, kode: "1.06.04.2.01.0001"))
        #expect(Self.sel(t, a, "serapan") == .tidakDapatDihitung(alasan: Alasan.tanpaAnggaran.pesan))
        #expect(Self.sel(t, a, "sisa") == .rupiah(nil))
        #expect(Self.sel(t, try #require(Self.baris(t, kode: "1.06.06.2.01.0001")), "sisa") == .rupiah(-20))
    }

    @Test("efficiency (one definition): capaian ≥ serapan is Efisien, below is Tidak Efisien; an IKU with no program has no budget — never 'Efisien' (002:L2857)")
    func efisiensi() throws {
        let ind = Indikator.persentase("IKU04", nama: "Persentase Keluarga Miskin")
        let t = TabelEfisiensi.buat(tahun: 2024, baris: [
            .init(indikator: ind, capaian: .nilai(d("55.12")), program: try Self.kode("1.06.05"), namaProgram: "Rehabilitasi", pagu: Rupiah(627_315_680), realisasi: Rupiah(597_308_080)),
            .init(indikator: ind, capaian: .nilai(100), program: try Self.kode("1.06.06"), namaProgram: nil, pagu: Rupiah(454_329_920), realisasi: Rupiah(453_551_300)),
            .init(indikator: ind, capaian: .nilai(126), program: nil, namaProgram: nil, pagu: nil, realisasi: nil),
        ])
        #expect(Self.sel(t, t.baris[0], "status") == .teks("Tidak Efisien"))
        #expect(Self.sel(t, t.baris[0], "serapan") == .persen(d("95.22")))
        #expect(Self.sel(t, t.baris[1], "status") == .teks("Efisien"))
        #expect(Self.sel(t, t.baris[2], "status") == .teks("Tidak dapat dinilai (\(Alasan.tanpaAnggaran.pesan))"))
        #expect(t.catatan == [TabelEfisiensi.definisi])
    }

    @Test("staff table: the Jumlah column and the total row are computed; Polman Tabel 2.3 women add up to 8 where 004:L196 prints 12")
    func pegawai() throws {
        let kolom = ["Laki-laki", "Perempuan"]
        let rows: [(String, Int?, Int?)] = [("SD", 0, nil), ("SLTP", nil, nil), ("SLTA", 0, 1), ("Sarjana Muda", 0, 0), ("Strata 1 (S1)", 7, 6), ("Strata 2 (S2)", 6, 1)]
        let t = TabelPegawai.buat(nomor: 2, judul: "Tabel 2.3 Pegawai menurut pendidikan", kolom: kolom, baris: rows.map { k, l, p in
            TabelPegawai.Baris(kategori: k, jumlah: Dictionary(uniqueKeysWithValues: [("Laki-laki", l), ("Perempuan", p)].compactMap { c, v in v.map { (c, $0) } }))
        })
        #expect(t.id == "pegawai-3")
        let total = try #require(t.baris.last)
        #expect(total.sel.suffix(3) == [.desimal(13, presisi: 0), .desimal(8, presisi: 0), .desimal(21, presisi: 0)])
        #expect(t.baris[4].sel.last == .desimal(13, presisi: 0))
        #expect(t.baris[1].sel[2] == .desimal(nil, presisi: 0), "nothing printed stays empty, not 0")
        // One count column: no separate Jumlah column.
        let satu = TabelPegawai.buat(nomor: 0, judul: "Eselon", kolom: [""], baris: [.init(kategori: "ESELON II", jumlah: ["": 1]), .init(kategori: "ESELON III", jumlah: ["": 4])])
        #expect(satu.kolom.count == 3 && satu.baris.last?.sel.last == .desimal(5, presisi: 0))
    }

    @Test("budget charts: pagu and realisasi per program in million rupiah; cumulative quarterly absorption against the year's elapsed share")
    func grafik() throws {
        let g = GrafikBatang.anggaranProgram([("Rehabilitasi Sosial", Rupiah(627_315_680), Rupiah(597_308_080))], tahun: 2024)
        let b = try Self.parse(g.svg())
        #expect(b.bar.map(\.nilai) == ["627.31568", "597.30808"])
        let tw = GrafikBatang.serapanTriwulan(pagu: Rupiah(1_000), realisasi: [Rupiah(100), Rupiah(150), .zero, Rupiah(749)], tahun: 2024)
        #expect(tw.seri[1].nilai == [10, 25, 25, d("99.9")])
        #expect(tw.seri[0].nilai == [25, 50, 75, 100])
        let b2 = try Self.parse(tw.svg())
        #expect(b2.teks.contains("99,9%") || b2.teks.contains("99,90%"))
        // Mid-year: TW III and IV not entered draw no bar, not a repeat of TW II.
        let sebagian = GrafikBatang.serapanTriwulan(pagu: Rupiah(1_000), realisasi: [Rupiah(100), Rupiah(150), nil, nil], tahun: 2024)
        #expect(sebagian.seri[1].nilai == [10, 25, nil, nil])
    }

    static func parse(_ svg: String) throws -> GrafikTests.Batang {
        let p = XMLParser(data: Data(svg.utf8))
        let b = GrafikTests.Batang()
        p.delegate = b
        #expect(p.parse(), "\(String(describing: p.parserError))")
        return b
    }
}
