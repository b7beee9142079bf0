import Foundation
import Testing

@testable import KinerjaCore

/// One document holding a seed example of every defect class (renja-spec §6, lakip-spec §8); each rule is then
/// expected to fire exactly where the spec says and nowhere else.
@Suite("Data-quality rules (decision 10)")
struct KualitasTests {
    static let orang = Indikator.jumlah("orang", .orang, nama: "Jumlah korban bencana")
    static let dokumen = Indikator.jumlah("dok", .dokumen, nama: "Jumlah Dokumen Hasil Koordinasi")
    static let persen = Indikator.persentase("miskin", nama: "Persentase keluarga miskin")

    /// A code the fixture spells right; a typo stops the suite at once.
    static func kode(_ s: String) -> KodeNomenklatur {
        guard let k = try? KodeNomenklatur(s) else { preconditionFailure("fixture code \(s)") }
        return k
    }

    static let dokumenUji: DokumenPeriksa = {
        var dok = DokumenPeriksa(nama: "seed examples", tahunRencana: TahunRencana(2024))
        dok.anggaran =
            AnggaranTests.mamujuPenunjang + [
                PosAnggaran(kode: kode("1.06.02.2.01.0001"), lokasi: "004:L906", nilai: [.pagu: 937_000, .realisasi: 937_500])
            ]
        dok.barisTC29 = EvaluasiTC29Tests.kasus.filter { ["000:L146", "000:L189", "000:L162", "000:L184"].contains($0.cite) }
            .map(\.baris)
        dok.nilai = [
            NilaiTercatat(lokasi: "000:L532", indikator: orang, besaran: Besaran(160, "kk")),
            NilaiTercatat(lokasi: "000:L525", indikator: dokumen, besaran: Besaran(6, "org")),
            NilaiTercatat(lokasi: "000:L191", indikator: persen, besaran: Besaran(5249, "Persen")),
            NilaiTercatat(lokasi: "003:L424", indikator: Indikator.persentase("ppks"), besaran: Besaran(d("131.57"), .persen)),
            NilaiTercatat(lokasi: "000:L241", indikator: persen, besaran: Besaran(d("58.46"), .persen)),
        ]
        dok.targetBerpagu = [
            TargetBerpagu(
                lokasi: "003:L930", uraian: "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat",
                target: Besaran(0, .orang), pagu: 99_836_740),
            TargetBerpagu(lokasi: "003:L933", uraian: "Penyediaan Permakanan", target: Besaran(200, .orang), pagu: 50_000_000),
        ]
        dok.kode = [
            KodeTercatat(
                lokasi: "003:L933", tabel: "Tabel 8", teks: "1.06.04.2.01.01", tingkat: .subKegiatan, uraian: "Penyediaan Permakanan"),
            KodeTercatat(
                lokasi: "003:L934", tabel: "Tabel 8", teks: "1.06.04.2.01.01", tingkat: .subKegiatan, uraian: "Penyediaan Sandang"),
            KodeTercatat(
                lokasi: "003:L253", tabel: "Tabel 1", teks: "1.06.01.2.06", tingkat: .program, uraian: "Program Penanganan Bencana"),
            KodeTercatat(lokasi: "003:L263", tabel: "Tabel 1", teks: "2.013.04", tingkat: .program),
            KodeTercatat(lokasi: "003:L264", tabel: "Tabel 1", teks: "2.13.04.2.01.0", tingkat: .subKegiatan),
            KodeTercatat(lokasi: "003:L234", tabel: "Tabel 1", teks: "1.06.04.2.01.01", tingkat: .subKegiatan),
            // Printed codes read apart from the line's code (renja-spec §6.2 #43, #44, #5): a program printed with
            // another program's code, a sub-kegiatan with another's, an overflowing cell; placeholders "X.XX" and
            // the 4-digit sub-kegiatan form are not defects.
            KodeTercatat(
                lokasi: "000:L516", tabel: "renja-2024.csv", teks: "1.06.03", tingkat: .program, uraian: "Program Rehabilitasi Sosial",
                kodeBaris: KualitasTests.kode("1.06.04")),
            KodeTercatat(
                lokasi: "000:L480", tabel: "renja-2024.csv", teks: "X.X.01.2.02.04", tingkat: .subKegiatan,
                kodeBaris: KualitasTests.kode("1.06.01.2.02.07")),
            KodeTercatat(
                lokasi: "000:L481", tabel: "renja-2024.csv", teks: "X.XX.01.#", tingkat: .kegiatan, kodeBaris: KualitasTests.kode("1.06.01.2.05")),
            KodeTercatat(
                lokasi: "001:L1395", tabel: "renja-2024.csv", teks: "1.06.03.2.01.0001", tingkat: .subKegiatan,
                kodeBaris: KualitasTests.kode("1.06.03.2.01.01")),
            KodeTercatat(
                lokasi: "000:L466", tabel: "renja-2024.csv", teks: "x.XX.01.2.01.01", tingkat: .subKegiatan,
                kodeBaris: KualitasTests.kode("1.06.01.2.01.01")),
            // renja-spec §6.2 #30: a line listed again is R05 even when its first listing's code cell overflowed.
            KodeTercatat(
                lokasi: "000:L514", tabel: "renja-2024.csv", teks: "X.06.05.#", tingkat: .kegiatan, kodeBaris: KualitasTests.kode("1.06.05.2.02")),
            KodeTercatat(lokasi: "000:L528", tabel: "renja-2024.csv", teks: "1.06.05.2.02", tingkat: .kegiatan),
            // Luwu Tabel 2.1 prints its code columns one row up (001:L753-754): each printed code is the line
            // above's, a wrong code (R23) but not a code printed twice.
            KodeTercatat(lokasi: "001:L753", tabel: "Tabel 2.1", teks: "1.06", tingkat: .program, kodeBaris: KualitasTests.kode("1.06.01")),
            KodeTercatat(lokasi: "001:L754", tabel: "Tabel 2.1", teks: "1.06.01", tingkat: .kegiatan, kodeBaris: KualitasTests.kode("1.06.01.2.01")),
            // The 4-digit sub-kegiatan form is the same code as the 2-digit one.
            KodeTercatat(lokasi: "uji:sub2", tabel: "Uji", teks: "1.06.04.2.01.01", tingkat: .subKegiatan),
            KodeTercatat(lokasi: "uji:sub4", tabel: "Uji", teks: "1.06.04.2.01.0001", tingkat: .subKegiatan),
        ]
        dok.targetAntartabel = [
            TargetTercatat(kunci: "1.06.04.2.01.01", tahun: 2024, tabel: "Tabel 4.1", lokasi: "001:L1312", target: Besaran(50, .orang)),
            TargetTercatat(kunci: "1.06.04.2.01.01", tahun: 2024, tabel: "Tabel 4.2", lokasi: "001:L1402", target: Besaran(20, .orang)),
            TargetTercatat(kunci: "1.06.02.2.03.01", tahun: 2024, tabel: "Tabel 7", lokasi: "003:L833", target: Besaran(100, .orang)),
            TargetTercatat(kunci: "1.06.02.2.03.01", tahun: 2024, tabel: "Tabel 8", lokasi: "003:L930", target: Besaran(0, .orang)),
            TargetTercatat(kunci: "1.06.04.2.01.03", tahun: 2024, tabel: "Tabel 7", lokasi: "003:L840", target: Besaran(50, .orang)),
            TargetTercatat(kunci: "1.06.04.2.01.03", tahun: 2024, tabel: "Tabel 8", lokasi: "003:L936", target: Besaran(50, "Orang")),
        ]
        dok.labelTahun = [
            LabelTahunTercatat(lokasi: "001:L751", teks: "Realisasi Target Kinerja Hasil Program dan Kegiatan s/d Tahun 2023", offset: -3),
            LabelTahunTercatat(
                lokasi: "000:L107", teks: "Realisasi Target Kinerja Program dan Keluaran Kegiatan s/d Tahun 2021", offset: -3),
            LabelTahunTercatat(lokasi: "003:L748", teks: "Tujuan dan Sasaran Tahun 2023", offset: 0),
            LabelTahunTercatat(lokasi: "003:L199", teks: "Target Renja Tahun 2022", offset: -2),
        ]
        dok.penyebut = [
            PenyebutTercatat(indikatorId: "SS1", tahun: 2022, nilai: 226, lokasi: "004:L474"),
            PenyebutTercatat(indikatorId: "SS1", tahun: 2023, nilai: 226, lokasi: "004:L443"),
            PenyebutTercatat(indikatorId: "PMKS", tahun: 2022, nilai: 51_484, tahunData: 2022, lokasi: "001:L846"),
            PenyebutTercatat(indikatorId: "PMKS", tahun: 2024, nilai: 78_172, tahunData: 2024, lokasi: "001:L846"),
        ]
        let p = Indikator.persentase("pct")
        func pc(_ s: String) -> Besaran { Besaran(d(s), .persen) }
        dok.capaian = [
            CapaianTercatat(lokasi: "002:L2099", indikator: p, target: pc("50"), realisasi: pc("55"), dicetak: "117 %"),
            CapaianTercatat(lokasi: "002:L2309", indikator: p, target: pc("56.69"), realisasi: pc("55.69"), dicetak: "84,5 %"),
            CapaianTercatat(lokasi: "002:L1757", indikator: p, target: pc("67"), realisasi: pc("85"), dicetak: "126 %"),
            CapaianTercatat(
                lokasi: "004:L322", indikator: p, skala: .polmanLAKIP, target: pc("49.27"), realisasi: pc("50.06"), kategoriDicetak: "Baik"),
            CapaianTercatat(
                lokasi: "004:L324", indikator: p, skala: .polmanLAKIP, target: pc("38"), realisasi: pc("39.82"), kategoriDicetak: "Baik"),
            CapaianTercatat(
                lokasi: "004:L325", indikator: p, skala: .polmanLAKIP, target: pc("21"), realisasi: pc("20.08"),
                kategoriDicetak: "Cukup Baik"),
            CapaianTercatat(
                lokasi: "004:L326", indikator: p, skala: .polmanLAKIP, target: pc("82"), realisasi: pc("90.3"),
                kategoriDicetak: "Sangat Baik"),
            CapaianTercatat(
                lokasi: "004:L327", indikator: p, skala: .polmanLAKIP, target: pc("100"), realisasi: pc("100"),
                kategoriDicetak: "Sangat Baik"),
        ]
        dok.serapan = [
            SerapanTercatat(
                lokasi: "004:L830", uraian: "JUMLAH Tabel 3.8", pagu: 1_592_899_227, realisasi: 1_577_167_659, dicetak: "91.35"),
            SerapanTercatat(
                lokasi: "002:L3421", uraian: "Program Penunjang", pagu: 2_775_306_993, realisasi: 2_756_577_491, dicetak: "98.77"),
            SerapanTercatat(
                lokasi: "002:L3468", uraian: "Administrasi Keuangan", pagu: 2_383_135_819, realisasi: 2_377_503_900, dicetak: "100"),
            SerapanTercatat(lokasi: "002:L3516", uraian: "Administrasi Umum", pagu: 163_778_750, realisasi: 162_571_045, dicetak: "100"),
            SerapanTercatat(
                lokasi: "004:L1002", uraian: "Program Rehabilitasi Sosial", pagu: 53_460_800, realisasi: 53_460_200, dicetak: "97.97"),
            SerapanTercatat(lokasi: "004:L1017", uraian: "JUMLAH", pagu: 9_812_119_077, realisasi: 9_757_541_969, dicetak: "99,44"),
            SerapanTercatat(lokasi: "002:L3314", uraian: "PJS", pagu: 627_315_680, realisasi: 597_308_080, dicetak: "95.22"),
        ]
        dok.sasaran = [
            SasaranTercatat(
                lokasi: "002:L1943", nama: "Meningkatnya Penyelenggaraan Kesejahteraan Sosial yang Partisipatif",
                indikator: [
                    Komponen(id: "psks", nilai: Capaian.hitung(arah: .naik, target: 67, realisasi: 85)),
                    Komponen(id: "tmp", nilai: .nilai(100)),
                ],
                dicetak: "100 %", kategoriDicetak: "Baik", skala: .mamujuLKjIP)
        ]
        dok.efisiensi = [
            EfisiensiTercatat(lokasi: "004:L419", uraian: "SS1", pagu: 209_328_400, realisasi: 209_228_600, dicetak: "99,5%"),
            EfisiensiTercatat(lokasi: "004:L581", uraian: "SS2", pagu: 6_422_862_250, realisasi: 6_395_350_205, dicetak: "99.57%"),
            EfisiensiTercatat(lokasi: "004:L677", uraian: "SS3", pagu: 725_343_600, realisasi: 725_343_600, dicetak: "100%"),
            EfisiensiTercatat(lokasi: "004:L750", uraian: "SS4", pagu: 36_334_100, realisasi: 36_334_100, dicetak: "0%"),
            EfisiensiTercatat(lokasi: "004:L812", uraian: "SS5 indikator 1", pagu: 1_470_000, realisasi: 1_470_000, dicetak: "1.00%"),
            EfisiensiTercatat(
                lokasi: "004:L851", uraian: "SS5 indikator 2", pagu: 1_592_899_227, realisasi: 1_577_167_659, dicetak: "0.99 %"),
            EfisiensiTercatat(lokasi: "004:L877", uraian: "SS5 indikator 3", pagu: 791_338_800, realisasi: 780_006_105, dicetak: "1,44%"),
            EfisiensiTercatat(lokasi: "002:L2858", uraian: "PSKS aktif", pagu: nil, realisasi: nil, statusDicetak: "Efisien"),
        ]
        dok.sel = [
            SelTercatat(lokasi: "000:L284", teks: "#VALUE!"),
            SelTercatat(lokasi: "000:L325", teks: "#REF!"),
            SelTercatat(lokasi: "000:L295", teks: "#########################"),
            SelTercatat(lokasi: "000:L481", teks: "#"),
            SelTercatat(lokasi: "003:L207", teks: "390;320 Jenis/710 item"),
            SelTercatat(lokasi: "001:L959", teks: "49 Kali dan 40 Kali"),
            SelTercatat(lokasi: "001:L965", teks: "20 org 11 org 11 unit"),
            // One value: the 2 is the unit's exponent (001:L1012, T-C.31 Ranwal target).
            SelTercatat(lokasi: "001:L1012", teks: "8880 m2"),
            SelTercatat(lokasi: "001:L753", teks: "%"),
            SelTercatat(lokasi: "002:L2674", teks: " % "),
            SelTercatat(lokasi: "003:L207 kolom 7", teks: "1.283"),
            SelTercatat(lokasi: "003:L203 kolom 9", teks: "312 Orang/bulan"),
            SelTercatat(lokasi: "000:L464", teks: "Rp 2.852.250.329"),
            // A target and a grade run together (lakip-spec §8 #63); a score with its grade after "/" is one notation.
            SelTercatat(lokasi: "004:L766 target_dicetak", teks: "A 95,56%"),
            SelTercatat(lokasi: "004:L766 realisasi_dicetak", teks: "100% Sangat Baik"),
            SelTercatat(lokasi: "003:L437 k4_dicetak", teks: "62,00 / B"),
            SelTercatat(lokasi: "002:L1921", teks: "Sangat Baik"),
            SelTercatat(lokasi: "uji:kurang-mampu", teks: "150 KK kurang mampu"),
        ]
        dok.barisTC30 =
            TC30Tests.kasus.map {
                var b = $0.baris
                b.nomor = nil
                return b
            } + [
                BarisTC30(lokasi: "001:L854", nomor: 13, indikator: TC30Tests.pct),
                BarisTC30(lokasi: "001:L855", nomor: 15, indikator: TC30Tests.pct),
            ]
        dok.realisasiAntardokumen = [
            RealisasiTercatat(kunci: "IKU01", tahun: 2022, dokumen: "T-C.30", lokasi: "000:L235", nilai: Besaran(54, .persen)),
            RealisasiTercatat(kunci: "IKU01", tahun: 2022, dokumen: "LKjIP", lokasi: "002:L2093", nilai: Besaran(55, .persen)),
        ]
        // lakip-spec §8 #49: Polman Tabel 2.3 prints Perempuan 12 where its column sums to 8, and 21 for 13 + 12;
        // #25: Mamuju counts 28 ASN by education, 34 by eselon (numbered 1, 2, 4), and prints no eselon total.
        func sel(_ v: Decimal?, _ t: String? = nil) -> RekapTercatat.Sel { RekapTercatat.Sel(nilai: v, dicetak: t ?? v.map { "\($0)" }) }
        dok.rekap = [
            RekapTercatat(tabel: "Tabel 2.3", baris: [
                .init(lokasi: "004:L194", kategori: "S1", kunci: "ASN", sel: ["Laki-laki": sel(7), "Perempuan": sel(6), "Jumlah": sel(nil, "13")]),
                .init(lokasi: "004:L195", kategori: "S2", kunci: "ASN", sel: ["Laki-laki": sel(6), "Perempuan": sel(1), "Jumlah": sel(nil, "7")]),
                .init(lokasi: "004:L192", kategori: "SLTA", kunci: "ASN", sel: ["Laki-laki": sel(nil, "-"), "Perempuan": sel(1), "Jumlah": sel(nil, "1")]),
                .init(lokasi: "004:L196", kategori: "Jumlah", total: true, sel: ["Laki-laki": sel(nil, "13"), "Perempuan": sel(nil, "12"), "Jumlah": sel(nil, "21")]),
            ]),
            RekapTercatat(tabel: "Tabel 1.3 Pegawai Menurut Pendidikan", baris: [
                .init(lokasi: "002:L402", nomor: 1, kategori: "Kepala Dinas", kunci: "ASN", sel: ["S2": sel(1), "Jumlah": sel(nil, "1")]),
                .init(lokasi: "002:L412", nomor: 2, kategori: "Staff", kunci: "ASN", sel: ["S1": sel(6), "SLTA": sel(4), "Jumlah": sel(nil, "10")]),
                .init(lokasi: "002:L414", kategori: "Jumlah", total: true, sel: ["S1": sel(nil, "6"), "S2": sel(nil, "1"), "SLTA": sel(nil, "4"), "Jumlah": sel(nil, "11")]),
            ]),
            // A grand total wrong against both its column and its row: one finding for the cell.
            RekapTercatat(tabel: "Uji rekap", baris: [
                .init(lokasi: "uji:a", kategori: "A", sel: ["X": sel(1), "Y": sel(1), "Jumlah": sel(nil, "2")]),
                .init(lokasi: "uji:b", kategori: "B", sel: ["X": sel(1), "Y": sel(1), "Jumlah": sel(nil, "2")]),
                .init(lokasi: "uji:total", kategori: "Jumlah", total: true, sel: ["X": sel(nil, "2"), "Y": sel(nil, "2"), "Jumlah": sel(nil, "5")]),
            ]),
            RekapTercatat(tabel: "Tabel 1.3 Data Pegawai Berdasarkan Tingkat Eselon", baris: [
                .init(lokasi: "002:L426", nomor: 1, kategori: "Eselon II", kunci: "ASN", sel: ["": sel(1)]),
                .init(lokasi: "002:L428", nomor: 2, kategori: "Eselon III", kunci: "ASN", sel: ["": sel(4)]),
                .init(lokasi: "002:L430", nomor: 4, kategori: "Jabatan Fungsional", kunci: "ASN", sel: ["": sel(9)]),
                .init(lokasi: "002:L436", kategori: "Jumlah", total: true, sel: ["": sel(nil, nil)]),
            ]),
        ]
        // renja-spec §6.2 #37: 34 → 384 and 288 → 16 are tenfold jumps; 12 → 13 and a target falling to 0 are not R36.
        dok.targetBeruntun = [
            TargetBeruntun(lokasi: "001:L1354", uraian: "Penyediaan Gaji", tahun: 2024, target: Besaran(34, Satuan("orang_bulan")), berikut: Besaran(384, Satuan("orang_bulan"))),
            TargetBeruntun(lokasi: "001:L1375", uraian: "Jasa Pelayanan Umum", tahun: 2024, target: Besaran(288, .laporan), berikut: Besaran(16, .laporan)),
            TargetBeruntun(lokasi: "001:L1344", uraian: "Perencanaan", tahun: 2024, target: Besaran(12, .dokumen), berikut: Besaran(13, .dokumen)),
            TargetBeruntun(lokasi: "uji:nol", uraian: "Berakhir", tahun: 2024, target: Besaran(5, .dokumen), berikut: Besaran(0, .dokumen)),
        ]
        // renja-spec §6.2 #45: a Pemberdayaan Sosial kegiatan proposed under Program Perlindungan dan Jaminan Sosial;
        // its sub-kegiatan follows its own kegiatan, and a well-nested block raises nothing.
        func baris(_ l: String, _ k: String, _ n: String) -> KodeTercatat {
            let kb = KualitasTests.kode(k)
            return KodeTercatat(lokasi: l, tabel: "tc32-2024.csv", teks: n, tingkat: kb.level, kodeBaris: kb)
        }
        dok.susunan = [
            baris("001:L1025", "1.06.05", "Program Perlindungan dan Jaminan Sosial"),
            baris("001:L1026", "1.06.02.2.03", "Pengembangan Potensi Sumber Kesejahteraan Sosial"),
            baris("001:L1027", "1.06.02.2.03.01", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat"),
            baris("uji:L1", "1.06.04", "Program Rehabilitasi Sosial"),
            baris("uji:L2", "1.06.04.2.01", "Rehabilitasi Sosial Dasar"),
            baris("uji:L3", "1.06.04.2.01.01", "Penyediaan Permakanan"),
        ]
        // lakip-spec §8 #32: the LKjIP's signature "Mamuju, 2025" has no day and month; full dates pass.
        dok.tanggal = [
            SelTercatat(lokasi: "002:L250", teks: "Mamuju,  2025"),
            SelTercatat(lokasi: "002:L822", teks: "03 Januari tahun 2024"),
            SelTercatat(lokasi: "004:L1074", teks: "Polewali, 10 April 2023"),
            SelTercatat(lokasi: "uji:angka", teks: "Jakarta, 01-02-2024"),
            SelTercatat(lokasi: "uji:nopember", teks: "Polewali, 10 Nopember 2023"),
            SelTercatat(lokasi: "uji:singkat", teks: "3 Des 2024"),
            SelTercatat(lokasi: "uji:iso", teks: "2024-01-03"),
        ]
        // lakip-spec §8 #21: table 3.1.4 prints 100 % against a Renstra end target (2026) that is never given; with
        // an end target of 80 %, 85 % printed as "106,25 %" passes and "100 %" is R12 (+ R18 needs R < T, so not here).
        let psks = Indikator.persentase("psks", nama: "Persentase PSKS yang aktif")
        dok.capaianAkhirRenstra = [
            CapaianAkhirTercatat(lokasi: "002:L2421", indikator: psks, tahunAkhir: 2026, targetAkhir: nil, realisasi: Besaran(85, .persen), dicetak: "100 %"),
            CapaianAkhirTercatat(lokasi: "uji:akhir-benar", indikator: psks, tahunAkhir: 2026, targetAkhir: Besaran(80, .persen), realisasi: Besaran(85, .persen), dicetak: "106,25 %"),
            CapaianAkhirTercatat(lokasi: "uji:akhir-salah", indikator: psks, tahunAkhir: 2026, targetAkhir: Besaran(80, .persen), realisasi: Besaran(85, .persen), dicetak: "100 %"),
            CapaianAkhirTercatat(lokasi: "uji:akhir-kosong", indikator: psks, tahunAkhir: 2026, targetAkhir: nil, realisasi: nil, dicetak: "-"),
        ]
        // #35: "-" as the national standard of an SPM indicator; "-" for a non-SPM one and "100 %" for SPM pass.
        dok.standarNasional = [
            StandarNasionalTercatat(lokasi: "002:L2494", nama: "Persentase korban bencana … (SPM)", spm: true, dicetak: "-"),
            StandarNasionalTercatat(lokasi: "002:L2482", nama: "Persentase PSKS yang aktif", spm: false, dicetak: "-"),
            StandarNasionalTercatat(lokasi: "uji:spm-ada", nama: "Persentase PMKS di luar panti (SPM)", spm: true, dicetak: "100 %"),
        ]
        // #19: Program Pemberdayaan Sosial credited "Menunjang" without a budget; a funded program passes, and so
        // does an unfunded one the table calls "Tidak Menunjang".
        dok.programMenunjang = [
            ProgramMenunjangTercatat(lokasi: "002:L3050", indikator: "PSKS", program: "1.06.02", pagu: nil, dicetak: "Menunjang"),
            ProgramMenunjangTercatat(lokasi: "002:L3030", indikator: "TMP", program: "1.06.07", pagu: Rupiah(6_800_000), dicetak: "Menunjang"),
            ProgramMenunjangTercatat(lokasi: "uji:tidak", indikator: "PSKS", program: "1.06.02", pagu: Rupiah(0), dicetak: "Tidak Menunjang"),
        ]
        // lakip-spec §8 #16: 113000 under Org, KPM and Keluarga in one table raises one warning; the same number in
        // another table, 100 under two units, and 45 Org twice do not.
        func angka(_ l: String, _ tabel: String, _ v: Decimal, _ s: Satuan, _ t: String) -> AngkaTercatat {
            AngkaTercatat(lokasi: l, tabel: tabel, besaran: Besaran(v, s), dicetak: t)
        }
        dok.angkaBersatuan = [
            angka("002:L1211", "pk-anggaran", 113000, .orang, "113000 Org"), angka("002:L1283", "pk-anggaran", 113000, "kpm", "113000 KPM"),
            angka("002:L1310", "pk-anggaran", 113000, "keluarga", "113000 Keluarga"), angka("uji:lain", "tc29", 113000, .dokumen, "113000 dok"),
            angka("002:L1381", "pk-anggaran", 100, .persen, "100%"), angka("002:L1447", "pk-anggaran", 100, .orang, "100 Org"),
            angka("002:L1012", "pk-anggaran", 45, .orang, "45 Org"), angka("002:L1069", "pk-anggaran", 45, .orang, "45 Org"),
        ]
        // renja-spec §6.2 #32: 6.911.520 on two consecutive sub-kegiatan; lakip-spec §8 #44: a kegiatan repeating the
        // kegiatan above it across its sub-kegiatan rows. Round millions, a kegiatan equal to its only child, and the
        // same amount in another column pass.
        func pagu(_ l: String, _ k: String, _ v: Int64, _ t: String = "tc31 pagu_ranwal") -> PaguTercatat { PaguTercatat(kunci: k, tabel: t, lokasi: l, pagu: Rupiah(v)) }
        dok.paguBerurutan = [
            pagu("000:L297", "1.06.01.2.02.03", 6_911_520), pagu("000:L298", "1.06.01.2.02.07", 6_911_520),
            pagu("000:L301", "1.06.01.2.03", 5_314_320), pagu("000:L303", "1.06.01.2.03.02", 5_314_320),
            pagu("000:L313", "1.06.01.2.07.01", 40_000_000), pagu("000:L314", "1.06.01.2.07.06", 40_000_000),
            pagu("uji:kolom-lain", "1.06.01.2.07.07", 40_000_000, "tc31 pagu_analisis"),
            pagu("004:L976", "1.06.01.2.02", 1_592_899_227, "keuangan"), pagu("004:L977", "1.06.01.2.02.01", 1_592_899_227, "keuangan"),
            pagu("004:L979", "1.06.01.2.03", 1_592_899_227, "keuangan"),
        ]
        // renja-spec §6.2 #27: a Perubahan line raised without a reason fires; with a reason, unchanged, or changed
        // only in its other attributes (left to adoption) it does not.
        func ubah(_ k: String, _ a: Int64?, _ b: Int64?, _ st: PerbandinganRenja.Status, _ alasan: String? = nil) -> PerbandinganRenja.Baris {
            PerbandinganRenja.Baris(kode: KualitasTests.kode(k), uraian: "uji", sebelum: a.map { Rupiah($0) }, sesudah: b.map { Rupiah($0) }, status: st, alasan: alasan)
        }
        dok.perubahan = [
            ("001:L1344", ubah("1.06.01.2.01.01", 13_882_901, 14_085_701, .bertambah)),
            ("uji:beralasan", ubah("1.06.01.2.01.03", 1_226_155, 1_393_655, .bertambah, "Penyesuaian harga")),
            ("uji:alasan-kosong", ubah("1.06.01.2.01.04", 1_040_155, nil, .dihapus, "  ")),
            ("uji:tetap", ubah("1.06.01.2.01.05", 377_000, 377_000, .tetap)),
            ("uji:berubah", ubah("1.06.01.2.01.02", 1_185_270, 1_185_270, .berubah)),
            ("uji:kegiatan", ubah("1.06.01.2.01", 13_882_901, 14_085_701, .bertambah)),
        ]
        // renja-spec §6.2 #41: "(Rp.000)" over cells equal to the lines' full-rupiah pagu fires; the same header over
        // thousands, a plain "Rupiah" header, and a header with too few lines to judge do not.
        func pasang(_ v: [(Int64, Int64)]) -> [SatuanKolomTercatat.Pasangan] { v.map { SatuanKolomTercatat.Pasangan(dicetak: Rupiah($0.0), pagu: Rupiah($0.1)) } }
        let penuh = pasang([(4_465_200, 4_465_200), (8_668_440, 8_000_000), (20_395_600, 20_395_600), (1_193_200, 1_193_200)])
        dok.satuanKolom = [
            SatuanKolomTercatat(lokasi: "000:L282", kolom: "tc31 pagu_analisis", dicetak: "(Rp.000)", pasangan: penuh),
            SatuanKolomTercatat(lokasi: "uji:ribuan", kolom: "lain", dicetak: "(Rp.000)", pasangan: pasang([(4_465, 4_465_200), (8_668, 8_668_440), (20_396, 20_395_600)])),
            SatuanKolomTercatat(lokasi: "uji:rupiah", kolom: "lain", dicetak: "(Rupiah)", pasangan: penuh),
            SatuanKolomTercatat(lokasi: "uji:sedikit", kolom: "lain", dicetak: "dalam ribuan", pasangan: pasang([(4_465_200, 4_465_200)])),
        ]
        // lakip-spec §8 #8, #34: the narrative's count against the data's, and two narrative passages that disagree;
        // a passage agreeing with the data (up to case and spacing) and a key stated once do not fire.
        dok.faktaNarasi = [
            FaktaTercatat(kunci: FaktaNarasi.jumlahSasaran, tabel: FaktaNarasi.sumberData, lokasi: FaktaNarasi.sumberData, nilai: "3"),
            FaktaTercatat(kunci: FaktaNarasi.namaInstansi, tabel: FaktaNarasi.sumberData, lokasi: FaktaNarasi.sumberData, nilai: "Dinas Sosial Kabupaten Mamuju"),
            FaktaTercatat(kunci: FaktaNarasi.jumlahSasaran, tabel: "narasi BAB III", lokasi: "002:L1714", nilai: "2"),
            FaktaTercatat(kunci: FaktaNarasi.namaInstansi, tabel: "narasi BAB I", lokasi: "uji:nama", nilai: "Dinas Sosial  kabupaten Mamuju"),
            FaktaTercatat(kunci: "dasar hukum", tabel: "narasi BAB I", lokasi: "002:L301", nilai: "Peraturan Daerah Nomor 72 Tahun 2019"),
            FaktaTercatat(kunci: "dasar hukum", tabel: "narasi BAB I dasar hukum", lokasi: "002:L617", nilai: "Peraturan Bupati Nomor 31 Tahun 2021"),
            FaktaTercatat(kunci: "sekali", tabel: "narasi", lokasi: "uji:sekali", nilai: "x"),
            FaktaTercatat(kunci: "IKU sasaran 3", tabel: "BAB III sasaran 3", lokasi: "002:L2028", nilai: "2"),
            FaktaTercatat(kunci: "IKU sasaran 3", tabel: "BAB III sasaran 3", lokasi: "002:L2031", nilai: "1"),
        ]
        // lakip-spec §8 #61: two indicator names in one cell fire; "Jumlah Fakir Miskin Cakupan Daerah" (a line's name
        // inside an indicator) and a name that starts with another word do not.
        dok.namaIndikator = [
            SelTercatat(lokasi: "004:L636", teks: "Persentase Rata-rata Masyarakat Miskin Mandiri Persentase Lembaga Sosial pemberi Layanan Kesejahteraan Sosial"),
            SelTercatat(lokasi: "003:L615", teks: "Jumlah Fakir Miskin Cakupan Daerah Kabupaten/Kota yang Didata"),
            SelTercatat(lokasi: "uji:bukan", teks: "Meningkatnya Jumlah PSKS dan Persentase lembaga"),
            SelTercatat(lokasi: "uji:satu", teks: "Persentase Penurunan Angka Kemiskinan"),
            SelTercatat(lokasi: "004:L517", teks: "Persentase Masyarakat miskin yang masuk dalam cakupan Penjaminan Sosial serta Jumlah Korban Bencana"),
        ]
        // lakip-spec §8 #67: the tujuan's Gini ratio has a target and no realisation; an IKU that is measured passes.
        dok.indikatorTerlapor = [
            IndikatorTerlapor(lokasi: "004:L263", nama: "Indeks Gini Ratio Penduduk Miskin", adaTarget: true, adaRealisasi: false),
            IndikatorTerlapor(lokasi: "004:L324", nama: "Persentase PMKS yang memiliki ketahanan sosial", adaTarget: true, adaRealisasi: true),
        ]
        // lakip-spec §8 #58: the 2020 SAKIP grade is B in the table and BB in the narrative.
        dok.fakta = [
            FaktaTercatat(kunci: "predikat SAKIP 2020", tabel: "tabel evaluasi SAKIP", lokasi: "004:L780", nilai: "B"),
            FaktaTercatat(kunci: "predikat SAKIP 2021", tabel: "tabel evaluasi SAKIP", lokasi: "004:L780", nilai: "BB"),
            FaktaTercatat(kunci: "predikat SAKIP 2020", tabel: "narasi", lokasi: "004:L770", nilai: "BB"),
        ]
        // lakip-spec §8 #36: (39.82 + 20.08 + 90.3) / 3 = 50.067 printed "50,06 %" (truncation, accepted), under a
        // formula that multiplies the mean of three percentages by 100 % again; the same composite with a plain
        // mean formula raises nothing.
        dok.komposit = [
            KompositTercatat(
                lokasi: "004:L339", nama: "Indeks Sosial", komponen: ["39.82", "20.08", "90.3"], dicetak: "50,06\\%", lokasiRumus: "004:L337",
                rumusDicetak: #"\frac{\text{percentase Capaian (Rehabilitasi Sosial + Pemberdayaan Sosial + Perlindungan dan Jaminan Sosial)}}{3} \times 100\%"#,
                komponenPersen: true),
            KompositTercatat(
                lokasi: "uji:komposit", nama: "Indeks Sosial", komponen: ["39.82", "20.08", "90.3"], dicetak: "50,07 %", lokasiRumus: "uji:rumus",
                rumusDicetak: "(RS + PS + PJS) / 3", komponenPersen: true),
        ]
        // lakip-spec §8 #4: Table 3.1.1 prints 84,5 % where Table 3.1.3 prints 55,12 % (the 2023 figure migrated);
        // #55: "37 %" (004:L476) displays 37,08 % (004:L425) at its precision, "37,00 %" (004:L1094) does not.
        dok.realisasiAntartabel = [
            RealisasiTercatat(kunci: "IKU4", tahun: 2024, dokumen: "LKjIP", lokasi: "002:L1858", nilai: Besaran(d("84.5"), .persen), dicetak: "84,5 %"),
            RealisasiTercatat(kunci: "IKU4", tahun: 2024, dokumen: "LKjIP", lokasi: "002:L2314", nilai: Besaran(d("55.12"), .persen), dicetak: "55,12%"),
            RealisasiTercatat(kunci: "IKU03", tahun: 2022, dokumen: "LAKIP", lokasi: "004:L425", nilai: Besaran(d("37.08"), .persen), dicetak: "37.08 %"),
            RealisasiTercatat(kunci: "IKU03", tahun: 2022, dokumen: "LAKIP", lokasi: "004:L476", nilai: Besaran(37, .persen), dicetak: "37%"),
            RealisasiTercatat(kunci: "IKU03", tahun: 2022, dokumen: "LAKIP", lokasi: "004:L1094", nilai: Besaran(37, .persen), dicetak: "37.00%"),
        ]
        // renja-spec §6.2 #23: Fasilitasi Kunjungan Tamu in the rumusan table and in the T-C.31 analysis; a line
        // with the same pagu in both tables raises nothing.
        dok.paguAntartabel = [
            PaguTercatat(kunci: "1.06.01.2.06.08", tabel: "renja-2024.csv", lokasi: "000:L492", pagu: 13_089_000),
            PaguTercatat(kunci: "1.06.01.2.06.08", tabel: "T-C.31", lokasi: "000:L309", pagu: 12_480_000),
            PaguTercatat(kunci: "1.06.01.2.01.01", tabel: "renja-2024.csv", lokasi: "000:L466", pagu: 4_465_200),
            PaguTercatat(kunci: "1.06.01.2.01.01", tabel: "T-C.31", lokasi: "000:L285", pagu: 4_465_200),
        ]
        // renja-spec §6.2 #34, #35, lakip-spec §8 #62: indicators copied from another line. Not copies: the official
        // wording of Penyediaan Sandang (000:L520, no word of its name, but no other line's either), a phrase two
        // kegiatan share ("sesuai standar dan tepat wkt", 004:L979 and L972: the run names neither line), and a
        // program's outcome worded like a kegiatan's indicator (001:L1156: programs are compared with programs and IKU).
        let k = kode
        dok.namaNomenklatur = [
            k("1.06.01.2.02.01"): "Penyediaan Gaji dan Tunjangan ASN",
            k("1.06.01.2.06.01"): "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
            k("1.06.02.2.03.02"): "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota",
            k("1.06.05.2.02.03"): "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
            k("1.06.04.2.01.02"): "Penyediaan Sandang",
            k("1.06.07"): "Program Pengelolaan Taman Makam Pahlawan",
        ]
        dok.namaIKU = ["Persentase Rata-rata Masyarakat Miskin Mandiri Persentase Lembaga Sosial pemberi Layanan Kesejahteraan Sosial"]
        func baris(_ lokasi: String, _ kode: String, _ nama: [String], _ indikator: String) -> IndikatorBarisTercatat {
            IndikatorBarisTercatat(lokasi: lokasi, kode: k(kode), nama: nama, indikator: indikator)
        }
        dok.indikatorBaris = [
            baris("001:L941", "1.06.01.2.02.01", ["Penyediaan Gaji dan Tunjangan ASN"],
                  "Jumlah Orang komponen instalasi listrik/ penerangan bangunan kantor yang disediakan"),
            baris("001:L976", "1.06.02.2.03.02", [dok.namaNomenklatur[k("1.06.02.2.03.02")] ?? ""],
                  "Jumlah Mahasiswa pra sejatera yang mendapatkan bantuan penyelesaian study"),
            baris("001:L805", "1.06.05.2.02.03", ["Fasilitasi Bantuan Sosial Kesejahteraan Keluarga"],
                  "fasilitasi bantuan Sembako Pangan Jumlah Mahasiswa pra sejatera yang mendapatkan bantuan penyelesaian study"),
            baris("000:L520", "1.06.04.2.01.02", ["Penyediaan Sandang"],
                  "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota"),
            baris("004:L979", "1.06.01.2.03", ["Administrasi Barang Milik Daerah pada Perangkat Daerah"],
                  "Percentase penyampaian laporan Aset sesuai standar dan tepat wkt"),
            baris("004:L972", "1.06.01.2.01", ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
                  "Percentase dok. Perencanaan perangkat daerah yg disusun sesuai standar dan tepat wkt"),
            baris("001:L1156", "1.06.05", ["Program Perlindungan dan Jaminan Sosial"],
                  "Persentase PMKS yang terpenuhi kebutuhan dasarnya"),
            baris("001:L1401", "1.06.04.2.01", ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar"],
                  "Persentase Penyandang Disabilitas Terlantar di Luar Panti yang terpenuhi Kebutuhan dasarnya"),
            baris("004:L1014", "1.06.07", ["Program Pengelolaan Taman Makam Pahlawan", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota"],
                  "Persentase lembaga sosial pemberi layanan usaha kesos"),
        ]
        // lakip-spec §8 #53: PKH 25.021 KPM with no year (004:L527); a dated count is not in this list at all.
        dok.angkaTanpaTahun = [SelTercatat(lokasi: "004:L527", teks: "25.021 KPM")]
        // lakip-spec §8 #24: Mamuju's printed legend (002:L1649-1657) leaves X > 120 without a category; the same
        // legend open above 100 raises nothing.
        func legenda(_ lokasi: String, _ atas: String) -> SkalaDicetak {
            SkalaDicetak(lokasi: lokasi, pita: [
                .init(lokasi: lokasi, kategori: "Sangat Baik", teks: atas), .init(lokasi: lokasi, kategori: "Baik", teks: "X = 100"),
                .init(lokasi: lokasi, kategori: "Cukup", teks: "80 < X < 100"), .init(lokasi: lokasi, kategori: "Kurang", teks: "50 ≤ X ≤ 80"),
                .init(lokasi: lokasi, kategori: "Sangat Kurang", teks: "X < 50"),
            ])
        }
        dok.skalaDicetak = [legenda("002:L1649", "120 ≥ X > 100"), legenda("uji:legenda-utuh", "X > 100")]
        // lakip-spec §8 #66: Polman's legal basis, as printed (004:L85-L92, L206).
        dok.dasarHukum = [
            ("004:L85", "Peraturan Daerah Kabupaten Polewali Mandar Nomor 10 Tahun 2009 tentang Organisasi dan Tata Kerja Dinas Daerah"),
            ("004:L86", "Peraturan Bupati Nomor 30 Tahun 2001 tentang Perubahan atas Peraturan Bupati Polewali Mandar Nomor 26 Tahun 2009 tentang Tugas Pokok"),
            ("004:L87", "Peraturan Bupati Nomor 31 Tahun 2011 tentang Perubahan atas Peraturan Bupati Polewali Mandar Nomor 27 Tahun 2009 tentang Tugas Pokok"),
            ("004:L89", "Peraturan Bupati Polewali Mandar Nomor 44 tahun 2012 tentang Indikator kinerja Utama"),
            ("004:L90", "Peraturan Bupati Polewali Mandar Nomor 43 Tahun 2012 tentang Sasaran dan Indikator Sasaran"),
            ("004:L91", "Peraturan Bupati Polewali Mandar Nomor 44 Tahun 2012 tentang Indikator Kinerja Utama."),
            ("004:L206", "Peraturan Daerah Nomor 10 Tahun 2010 tentang Organisasi dan Tata Kerja Pemerintah Daerah yang dilanjutkan dengan Keputusan Bupati Polewali Mandar Nomor 31 dan Tahun 2011 tentang Perubahan atas Peraturan Bupati Polewali Mandar Nomor 50 Tahun 2017 tentang Tugas Pokok"),
        ].flatMap { AturanDasarHukum.baca($0.1, lokasi: $0.0) }
        return dok
    }()

    static let temuan = PemeriksaanKualitas.periksa(dokumenUji)

    static func lokasi(_ rule: String) -> [String] {
        temuan.filter { $0.ruleId == rule }.map(\.lokasi)
    }

    @Test(
        "each rule fires where the spec says, and only there",
        arguments: [
            ("R01-jumlah-anak", ["000:L464 pagu", "000:L465 pagu"]),
            ("R02-satuan-berbeda", ["000:L532", "000:L525"]),
            ("R03-persen-di-luar-rentang", ["000:L191", "003:L424"]),
            ("R04-target-nol-berpagu", ["003:L930"]),
            ("R05-kode-ganda", ["003:L934", "000:L528", "uji:sub4"]),
            ("R06-target-berbeda-antartabel", ["001:L1402 vs 001:L1312", "003:L930 vs 003:L833"]),
            ("R07-persen-dijumlahkan", ["000:L146 kolom 10"]),
            ("R08-label-tahun", ["001:L751", "003:L748"]),
            ("R09-penyebut-basi", ["004:L443"]),
            ("R10-kategori-skala", ["004:L322", "004:L324", "004:L325", "004:L327", "002:L1943"]),
            ("R11-galat-spreadsheet", ["000:L189 kolom 8", "000:L284", "000:L325", "000:L295", "000:L481"]),
            (
                "R12-rumus-kolom",
                [
                    "000:L146 kolom 11", "000:L162 kolom 11", "000:L184 kolom 10", "000:L184 kolom 11",
                    "002:L2099", "002:L2309", "004:L830", "002:L3421", "002:L3516", "004:L1002",
                    "004:L419", "004:L812", "004:L877", "004:L337", "004:L196 Perempuan", "004:L196 Jumlah", "uji:total Jumlah",
                    "uji:akhir-salah",
                ]
            ),
            ("R13-target-nol", ["000:L189 kolom 8"]),
            ("R14-efisiensi-campur", ["004:L419", "004:L581", "004:L677"]),
            ("R15-efisiensi-tanpa-anggaran", ["002:L2858"]),
            ("R16-realisasi-melebihi-pagu", ["004:L906"]),
            ("R17-capaian-tidak-wajar", ["000:L184 kolom 11"]),
            ("R18-bulat-100", ["002:L3468", "002:L3516"]),
            ("R19-nonkumulatif-dijumlahkan", ["000:L162 kolom 10"]),
            ("R20-capaian-sasaran", ["002:L1943"]),
            ("R21-nilai-ganda-sel", ["003:L207", "001:L959", "001:L965", "004:L766 target_dicetak", "004:L766 realisasi_dicetak"]),
            ("R22-sel-placeholder", ["001:L753", "002:L2674"]),
            ("R23-kode-tidak-sah", ["003:L253", "003:L263", "003:L264", "000:L516", "000:L480", "000:L481", "000:L514", "001:L753", "001:L754", "001:L1026"]),
            ("R24-target-melampaui-renstra", ["000:L184 kolom 9"]),
            ("R25-proyeksi-tidak-sesuai", ["000:L241", "000:L236"]),
            ("R26-target-di-bawah-realisasi", ["000:L241", "000:L254"]),
            ("R27-realisasi-prematur", ["000:L230"]),
            ("R28-nomor-baris-lompat", ["001:L854-001:L855", "002:L428-002:L430"]),
            ("R29-baris-bergeser", ["003:L428"]),
            ("R30-realisasi-antardokumen", ["002:L2093 vs 000:L235"]),
            ("R31-pagu-berbeda-antartabel", ["000:L309 vs 000:L492"]),
            ("R32-realisasi-antartabel", ["002:L2314 vs 002:L1858", "004:L1094 vs 004:L425"]),
            ("R33-jumlah-antartabel", ["002:L426 vs 004:L194", "002:L402 vs 004:L194", "004:L770 vs 004:L780"]),
            ("R34-nomor-tabel-ganda", ["002:L426 vs 002:L402"]),
            ("R35-indikator-tanpa-realisasi", ["004:L263"]),
            ("R36-lonjakan-target", ["001:L1354", "001:L1375"]),
            ("R37-tanggal-tidak-lengkap", ["002:L250"]),
            ("R38-capaian-tanpa-target-akhir", ["002:L2421"]),
            ("R39-standar-spm-kosong", ["002:L2494"]),
            ("R40-menunjang-tanpa-anggaran", ["002:L3050"]),
            ("R41-angka-kembar", ["002:L1211"]),
            ("R42-pagu-kembar", ["000:L298 vs 000:L297", "004:L979 vs 004:L976"]),
            ("R43-perubahan-tanpa-alasan", ["001:L1344", "uji:alasan-kosong"]),
            ("R44-satuan-kolom", ["000:L282"]),
            ("R45-narasi-tidak-sesuai", ["002:L1714 vs data laporan", "002:L617 vs 002:L301", "002:L2031 vs 002:L2028"]),
            ("R46-indikator-ganda", ["004:L636", "004:L517"]),
            ("R47-indikator-baris-lain", ["001:L941", "001:L976", "004:L1014"]),
            ("R48-angka-tanpa-tahun", ["004:L527"]),
            ("R49-skala-dicetak", ["002:L1649"]),
            ("R50-dasar-hukum", ["004:L86", "004:L91 vs 004:L89", "004:L206 vs 004:L85", "004:L206"]),
        ])
    func aturan(_ id: String, _ expected: [String]) {
        #expect(AturanKualitas.dengan(id: id) != nil)
        #expect(Self.lokasi(id).sorted() == expected.sorted(), "\(id): \(Self.temuan.filter { $0.ruleId == id })")
    }

    @Test("every registered rule is exercised by the seed document")
    func cakupan() {
        let fired = Set(Self.temuan.map(\.ruleId))
        for r in AturanKualitas.semua { #expect(fired.contains(r.id), "\(r.id) never fired") }
    }

    @Test("rule ids are unique, stable in form and listed in order")
    func registry() {
        let ids = AturanKualitas.semua.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for id in ids { #expect(id.range(of: #"^R\d{2}-[a-z0-9-]+$"#, options: .regularExpression) != nil, "\(id)") }
    }

    @Test("findings carry the printed and the computed value, in Indonesian")
    func isiFinding() throws {
        let f = try #require(Self.temuan.first { $0.ruleId == "R12-rumus-kolom" && $0.lokasi == "002:L2309" })
        #expect(f.dicetak == "84,5 %")
        #expect(f.dihitung == "98,24 %")
        #expect(f.severity == .galat)
        #expect(f.pesan.contains("tidak sesuai rumus"))
        let r = try #require(Self.temuan.first { $0.ruleId == "R10-kategori-skala" && $0.lokasi == "002:L1943" })
        #expect(r.dicetak == "Baik")
        #expect(r.dihitung == "Sangat Baik")
        // A legible printed code that is another line's: the finding names the line's own code.
        let k = try #require(Self.temuan.first { $0.ruleId == "R23-kode-tidak-sah" && $0.lokasi == "000:L480" })
        #expect(k.dicetak == "X.X.01.2.02.04")
        #expect(k.dihitung == "1.06.01.2.02.07")
        #expect(k.pesan.contains("bukan kode nomenklatur"))
        let t = try #require(Self.temuan.first { $0.ruleId == "R23-kode-tidak-sah" && $0.lokasi == "000:L481" })
        #expect(t.pesan.contains("tidak terbaca") && t.pesan.contains("1.06.01.2.05"))
    }

    @Test(
        "a printed formula that multiplies by 100 is recognised in plain text and LaTeX",
        arguments: [
            (#"\frac{a+b+c}{3} \times 100\%"#, true), ("(a + b + c) / 3 x 100 %", true), ("R/T × 100%", true), ("(a+b+c)*100%", true),
            ("(a + b + c) / 3", false), ("100 %", false), ("x 1000", false),
        ])
    func rumusKaliSeratus(_ rumus: String, _ kali: Bool) {
        #expect(AturanRumus.kaliSeratus(rumus) == kali)
    }

    @Test(
        "a header's money unit is read as a factor",
        arguments: [("(Rp.000)", 1_000), ("(Rp.000.000)", 1_000_000), ("Pagu Indikatif (Rp 000)", 1_000), ("dalam ribuan rupiah", 1_000), ("Rp juta", 1_000_000), ("(Rp)", 1), ("Rupiah", 1)] as [(String, Int64)])
    func faktorSatuanKolom(_ teks: String, _ f: Int64) {
        #expect(SatuanKolomTercatat.faktor(teks) == f)
    }

    @Test(
        "a narrative key about a sasaran's IKU is read with its number",
        arguments: [("jumlah IKU sasaran 3", 3, false), ("jumlah IKU sasaran 2 di bawah target", 2, true), ("jumlah IKU", nil, false),
                    ("jumlah IKU sasaran x", nil, false), ("jumlah IKU sasaran 2 tercapai", nil, false)] as [(String, Int?, Bool)])
    func kunciIKUSasaran(_ kunci: String, _ no: Int?, _ bawah: Bool) {
        let r = FaktaNarasi.ikuSasaran(kunci)
        #expect(r?.0 == no)
        if no != nil { #expect(r?.1 == bawah) }
    }

    @Test(
        "a realisation's direction and a month's quarter, as a narrative states them",
        arguments: [("14.28", "13.00", "turun"), ("13.00", "20.08", "naik"), ("5", "5", "tetap")])
    func arahRealisasi(_ a: String, _ b: String, _ arah: String) {
        #expect(FaktaNarasi.arah(dari: d(a), ke: d(b)) == arah)
    }

    @Test(
        "a month's quarter in Roman numerals (004:L297 vs the PK of 10 April 2023)",
        arguments: [(1, "I"), (3, "I"), (4, "II"), (6, "II"), (7, "III"), (9, "III"), (10, "IV"), (12, "IV")])
    func triwulan(_ bulan: Int, _ t: String) {
        #expect(FaktaNarasi.triwulan(bulan: bulan) == t)
    }

    /// Mamuju 2024 as its data stands (3 sasaran, 5 IKU; sasaran 2's two IKU at 100 %), plus Polman's IKU04 series
    /// (004:L652: 14,28 % in 2021, 13,00 % in 2022, 20,08 % in 2023) and a PK signed in April (004:L1074).
    static let laporan = FaktaNarasi.DataLaporan(
        tahun: 2024, namaInstansi: "Dinas Sosial Kabupaten Mamuju", tahunAwalRenstra: 2021, bulanPK: 4,
        iku: [
            .init(kode: "IKU01", sasaran: 1, capaian: .nilai(d("126.87")), realisasi: [:]),
            .init(kode: "IKU02", sasaran: 1, capaian: .nilai(100), realisasi: [:]),
            .init(kode: "IKU03", sasaran: 2, capaian: .nilai(100), realisasi: [:]),
            .init(kode: "IKU04", sasaran: 2, capaian: .nilai(100), realisasi: [2021: d("14.28"), 2022: d("13.00"), 2023: d("20.08")]),
            .init(kode: "IKU05", sasaran: 3, capaian: .tidakDapatDihitung(.targetBelumAda), realisasi: [:]),
            .init(kode: "T01", sasaran: nil, capaian: .nilai(d("50")), realisasi: [:]),
        ], targetPK: [kode("1.06.04.2.01"): 124])

    @Test(
        "what the report's data says for a narrative key",
        arguments: [
            ("jumlah sasaran", "3"),  // 002:L1714 prints 2
            ("jumlah IKU", "5"),  // 002:L1714 prints 8; the tujuan indicator T01 is no IKU of a sasaran
            ("jumlah IKU sasaran 3", "1"),  // 002:L2028 prints 2
            ("jumlah IKU sasaran 2 di bawah target", "0"),  // 002:L1995 prints 1
            ("jumlah IKU sasaran 3 di bawah target", "0"),  // an undefined capaian is not below target
            ("tahun Renstra ke-", "4"),  // 002:L203 prints III
            ("triwulan penetapan PK", "II"),  // 004:L297 "awal tahun"
            ("arah realisasi IKU04 2022", "turun"),  // 004:L652 prints "naik"
            ("arah realisasi IKU04 2023", "naik"),  // 004:L652 prints "penurunan"
            ("nama instansi", "Dinas Sosial Kabupaten Mamuju"),  // 002:L468 prints a provincial office
            ("target PK 1.06.04.2.01", "124"),  // 002:L2015 prints 45 Orang
            ("capaian IKU01 terhadap target", "capaian melebihi target"),  // 002:L2595 "Target melebihi capaian" for 126 %
            ("capaian IKU02 terhadap target", "capaian sama dengan target"),
        ] as [(String, String)])
    func menurutData(_ kunci: String, _ harap: String) {
        #expect(FaktaNarasi.menurutData(kunci, Self.laporan) == harap)
    }

    @Test("keys the data cannot answer give nothing: a free key, a year without realisation, counts without IKU")
    func tanpaData() {
        #expect(FaktaNarasi.menurutData("dasar hukum susunan organisasi", Self.laporan) == nil)
        #expect(FaktaNarasi.menurutData("arah realisasi IKU04 2021", Self.laporan) == nil)
        let kosong = FaktaNarasi.DataLaporan(tahun: 2024, namaInstansi: "x", tahunAwalRenstra: nil, bulanPK: nil, iku: [])
        #expect(FaktaNarasi.menurutData("jumlah IKU", kosong) == nil && FaktaNarasi.menurutData("tahun Renstra ke-", kosong) == nil)
    }

    @Test("a PK target key names a line's code; a mistyped one is refused")
    func kunciTargetPK() {
        #expect(FaktaNarasi.targetPK("target PK 1.06.04.2.01")?.description == "1.06.04.2.01")
        #expect(FaktaNarasi.targetPK("target PK 1.06.04.2") == nil)
        #expect(FaktaNarasi.kunciSah("target PK 1.06.04.2.01") && !FaktaNarasi.kunciSah("target 1.06.04.2.01"))
        #expect(FaktaNarasi.menurutData("target PK 1.06.05", Self.laporan) == nil)
        #expect(FaktaNarasi.capaianTerhadapTarget("capaian IKU01 terhadap target") == "IKU01" && !FaktaNarasi.kunciSah("capaian IKU01 melebihi target"))
        // An undefined capaian (IKU05 has no target) says nothing either way.
        #expect(FaktaNarasi.menurutData("capaian IKU05 terhadap target", Self.laporan) == nil)
    }

    @Test(
        "an indicator's meaningful words: no small or measure words, no unit after Jumlah (001:L946)",
        arguments: [
            ("Jumlah Laporan bahan logistik kantor yang disediakan", ["bahan", "logistik", "kantor", "disediakan"]),
            ("Jumlah Orang komponen instalasi listrik/ penerangan bangunan kantor", ["komponen", "instalasi", "listrik", "penerangan", "bangunan", "kantor"]),
            ("Persentase lembaga sosial pemberi layanan usaha kesos", ["lembaga", "sosial", "pemberi", "layanan", "usaha", "kesos"]),
            ("Laporan Keuangan Bulanan", ["laporan", "keuangan", "bulanan"]),
        ] as [(String, [String])])
    func kataIndikator(_ teks: String, _ harap: [String]) {
        #expect(AturanIndikatorBaris.kata(teks) == harap)
    }

    @Test(
        "a printed band is read as bounds over [0, ∞) (002:L1649-1657, 004:L334)",
        arguments: [
            ("120 ≥ X > 100", "(100; 120]"), ("X = 100", "[100; 100]"), ("80 < X < 100", "(80; 100)"), ("50 ≤ X ≤ 80", "[50; 80]"),
            ("X < 50", "[0; 50)"), ("0 sd 50 %", "[0; 50]"), ("50 s.d 100 %", "[50; 100]"), ("> 100%", "(100; ∞)"), ("X >= 90", "[90; ∞)"),
        ])
    func pitaDicetak(_ teks: String, _ notasi: String) throws {
        let b = try #require(AturanSkalaDicetak.baca(teks))
        #expect(SkalaPenilaian.Pita(kategori: "k", bawah: b.bawah, bawahTermasuk: b.bawahTermasuk, atas: b.atas, atasTermasuk: b.atasTermasuk).notasi == notasi)
    }

    @Test("a band that is no comparison is not read", arguments: ["Sangat Baik", "X", "100 ≥", "antara 50 dan 80", ""])
    func pitaTakTerbaca(_ teks: String) {
        #expect(AturanSkalaDicetak.baca(teks) == nil)
    }

    @Test("the printed legend with 50 in two bands overlaps (004:L334)")
    func legendaTumpangTindih() {
        let s = SkalaDicetak(lokasi: "004:L334", pita: [
            .init(lokasi: "004:L334", kategori: "cukup baik", teks: "0 sd 50 %"), .init(lokasi: "004:L334", kategori: "Baik", teks: "50 s.d 100 %"),
            .init(lokasi: "004:L334", kategori: "Sangat Baik", teks: "> 100%"),
        ])
        let t = AturanSkalaDicetak.periksa([s])
        #expect(t.count == 1 && t.first?.pesan.contains("tumpang tindih") == true)
    }

    @Test("a legal-basis entry is read as its regulations, each with the one it amends (004:L86, L206)")
    func bacaDasarHukum() throws {
        let f = AturanDasarHukum.baca("Peraturan Bupati Nomor 30 Tahun 2001 tentang Perubahan atas Peraturan Bupati Polewali Mandar Nomor 26 Tahun 2009 tentang Tugas", lokasi: "004:L86")
        #expect(f.count == 1)
        #expect(f.first?.peraturan == Peraturan(jenis: "peraturan bupati", nomor: "30", tahun: 2001, tentang: "tugas"))
        #expect(f.first?.mengubah == Peraturan(jenis: "peraturan bupati", nomor: "26", tahun: 2009, tentang: "tugas"))
        let g = AturanDasarHukum.baca("Peraturan Daerah Nomor 10 Tahun 2010 tentang Organisasi yang dilanjutkan dengan Keputusan Bupati Polewali Mandar Nomor 31 dan Tahun 2011 tentang Perubahan atas Peraturan Bupati Nomor 50 Tahun 2017", lokasi: "004:L206")
        #expect(g.map(\.peraturan.description) == ["Peraturan Daerah Nomor 10 Tahun 2010", "Keputusan Bupati Nomor 31 Tahun 2011"])
        #expect(g.last?.mengubah?.tahun == 2017 && g.first?.mengubah == nil)
        // Text without a citation, or a year without a number, gives nothing.
        #expect(AturanDasarHukum.baca("Undang-Undang tentang Pemerintahan Daerah Tahun 2014", lokasi: "x").isEmpty)
    }

    @Test("the longest shared run of words is a contiguous run of both texts, whichever comes first")
    func runTerpanjang() {
        var gen = SystemRandomNumberGenerator()
        let kosakata = ["data", "fakir", "miskin", "bantuan", "sosial", "kantor"]
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...7, using: &gen)).map { _ in kosakata.randomElement(using: &gen) ?? "" }
            let b = (0..<Int.random(in: 0...7, using: &gen)).map { _ in kosakata.randomElement(using: &gen) ?? "" }
            let r = AturanIndikatorBaris.runTerpanjang(a, b)
            func memuat(_ x: [String], _ y: [String]) -> Bool { y.isEmpty || (0...max(0, x.count - y.count)).contains { x.count >= y.count && Array(x[$0..<($0 + y.count)]) == y } }
            #expect(memuat(a, r) && memuat(b, r))
            #expect(r.count == AturanIndikatorBaris.runTerpanjang(b, a).count)
            if !Set(a).isDisjoint(with: b) { #expect(r.count >= 1) }
        }
    }

    @Test("a direction key names its IKU and year")
    func kunciArah() {
        let r = FaktaNarasi.arahRealisasi("arah realisasi IKU04 2022")
        #expect(r?.0 == "IKU04" && r?.1 == 2022)
        #expect(FaktaNarasi.arahRealisasi("arah realisasi IKU04") == nil)
    }

    @Test("findings come grouped by rule, in registry order")
    func urutan() {
        let order = Dictionary(uniqueKeysWithValues: AturanKualitas.semua.enumerated().map { ($1.id, $0) })
        let seq = Self.temuan.map { order[$0.ruleId]! }
        #expect(seq == seq.sorted())
    }

    @Test(
        "printed numbers are read with their precision",
        arguments: [
            ("13,96 %", "13.96", 2), ("1.283", "1283", 0), ("99.5", "99.5", 1), ("<b>2,86</b>", "2.86", 2),
            ("Rp 2.852.250.329", "2852250329", 0), ("9.810.000,00", "9810000", 2), ("126 %", "126", 0), ("-", nil, 0),
        ] as [(String, String?, Int)])
    func nilaiDicetak(_ teks: String, _ nilai: String?, _ desimal: Int) {
        let p = NilaiDicetak(teks)
        #expect(p?.nilai == nilai.map(d))
        if nilai != nil { #expect(p?.desimal == desimal) }
    }
}
