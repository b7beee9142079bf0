import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

/// `kinerja check` per office (issue 4 "Done when"): the findings of each seed office's year, counted per rule.
/// Each count is the sum of parts verified by hand against renja-spec §6 / lakip-spec §8 and the seed lines in
/// the suites named beside it (RegresiTC29Tests for T-C.29, LKjIPTests for the LKjIP/LAKIP tables), plus the
/// Renja rumusan table's own sums and codes; a change of data or rules shows up here.
@Suite("Data-quality findings per office (kinerja check)")
struct PemeriksaanOPDTests {
    struct Kasus: Sendable, CustomTestStringConvertible {
        var opd: String
        var tahun: Int
        var harap: [String: Int]
        var testDescription: String { "\(opd) \(tahun)" }
    }

    static let kasus: [Kasus] = [
        // Mamuju 2024 (000 Renja + 002 LKjIP): R01 = 4 rumusan (000:L464 Penunjang 2.852.250.329 vs 2.971.889.066,
        // 000:L465, 000:L512/L526 Perlindungan printed twice) + 2 PK (002: 627.315.680 vs 133.025.080);
        // R05 = Program and kegiatan 1.06.05 printed twice (000:L512/L526, L514/L528); R11 = #DIV/0! at 000:L189-190,
        // once from the engine's column 8 and once from the printed cell; R12 = 28 T-C.29 + 10 LKjIP.
        // T-C.30 (000:L230-260): R25 = 000:L241 (projections = targets two years earlier) + 000:L236 (projection 0 %
        // against target 100 %); R26 = 000:L231, L233, L241, L254 (targets below the realisation of 2022); R27 = the
        // 12 rows with a 2023 realisation in a Renja 2024; R30 = 000:L235 and L241 against 002:L2087/L2105/L2285/L2299.
        // T-C.31 (000:L283-361): R01 += 8, its printed totals against its own sub-kegiatan: Ranwal 000:L283, L284
        // (renja-spec §6.2 #22), L333, L335, L341 (sub-kegiatan without a legible Ranwal pagu); analysis L293 (the
        // "####" Gaji cell of #4), L330, L331 (20.000.000 over both copies' 165.000.000, #28); R05 += 5, the repeated
        // blocks 000:L344-345 (#28) and L359-361 (#29); R11 += 11, nine #VALUE! (#2), #REF! L325 (#3), "####" L295
        // (#4); R21 += 1, 000:L336 "0 org 50 org".
        // 000:L463 "SEMUA BIDANG URUSAN" 3.598.241.329 vs the lines' 3.717.880.066 (R01, renja-spec §6.2 #20).
        // R31 = 000:L309 vs 000:L492, Kunjungan Tamu's analysis pagu 12.480.000 vs the rumusan's 13.089.000 (#23).
        // Rumusan printed targets (000:L473-540): R02 = 30 cells whose unit is not the indicator's ("6 org" for a
        // Jumlah Dokumen at 000:L525, "160 kk" for persons at 000:L532, "50 paket" for a percentage at 000:L481 …).
        // Printed codes (mamuju/kode-terbaca-2024.csv): R23 = 6 overflowing cells "#" (000:L481-515, #5), Program
        // Rehabilitasi Sosial printed 1 06 03 (000:L516, #43) and 13 codes of another line or level (000:L480
        // Laporan Keuangan 04, 000:L162 Kunjungan Tamu 05, #44; 000:L157-190 in T-C.29, L484-498 in the rumusan);
        // R05 += 1, 000:L499 printing the 08 02 that 000:L498 printed on its kegiatan row.
        // LKjIP staff tables (002:L381-458): R08 = 4 "Tahun 2023" labels (#27), R28 = eselon numbering 2 → 4, R33 = 34
        // and 29 ASN against the education table's 28 (#25), R34 = two tables numbered 1.3 (#26).
        // R02 += 2 in the PK budget table (002:L1406 "200 kk" for persons, lakip #15; 002:L1508 "1 Makam" for TMP).
        // R36 = 000:L492 Kunjungan Tamu 11 → 1 laporan in 2025; R37 = 002:L250 "Mamuju, 2025" (lakip #32); R22 = table
        // 3.1.6's "%" realisation and capaian (002:L2674, lakip #23).
        // IKU analysis tables: R38 = table 3.1.4's five "100 %" against a Renstra end target that does not exist
        // (002:L2421-2467, lakip #21); R32 += 2, its realisation column printing 126 % for IKU01 (85 % in 3.1.1) and
        // 55,12 % for IKU04 (84,5 % in 3.1.1); R39 = table 3.1.5's "-" standard of the SPM bencana IKU (002:L2494,
        // #35); R40 = table 3.1.8 crediting the unbudgeted Program Pemberdayaan Sosial (002:L3050, #19); R41 = the PK
        // budget table's 113000 under Org, KPM and Keluarga (002:L1211, L1283, L1310, #16). R42 = a pagu equal to the
        // line above of its level: T-C.31 Ranwal 6.911.520 (000:L298) and 86.539.200 (000:L318, renja #32); 1.193.200
        // on 1.06.01.2.01.04 and .05 in the rumusan (000:L472, pagu and its 2025 1.312.520) and the T-C.31 analysis (000:L290).
        // R44 = the T-C.31 header "(Rp.000)" over an analysis column of full rupiah (000:L282, renja #41).
        // The narrative's claims (mamuju/fakta-narasi-2024.csv): R45 = 2 sasaran and 8 IKU of 3 and 5 (002:L1714, #8),
        // one IKU of sasaran 2 below target of none (L1995, #6), 2 IKU for sasaran 3 of 1 (L2028, #7), "tahun ke-III"
        // in year 4 (L203, #29), a provincial office and the Sekretariat Daerah as the reporter (L468, L3627, #30, #31),
        // Perda 72/2019 vs Perbup 31/2021 (L617 vs L301, #34), sasaran 3's "45 Orang" against the PK's 124 (L2015, #17), "Target melebihi capaian" for 126 % (L2595, #22); R49 = the printed legend leaving X > 120 without a category (L1649, #24); R08 += 3 for the PK "Tahun 2023" (L1683, #9) and the
        // APBD 2023 in the legal basis (L612, L624, #28).
        Kasus(opd: "76.02-dinsos", tahun: 2024, harap: [
            "R01-jumlah-anak": 15, "R02-satuan-berbeda": 32, "R03-persen-di-luar-rentang": 5, "R05-kode-ganda": 8, "R07-persen-dijumlahkan": 6,
            "R10-kategori-skala": 2, "R11-galat-spreadsheet": 15, "R12-rumus-kolom": 38, "R13-target-nol": 2,
            "R15-efisiensi-tanpa-anggaran": 1, "R17-capaian-tidak-wajar": 3, "R18-bulat-100": 6, "R19-nonkumulatif-dijumlahkan": 8,
            "R20-capaian-sasaran": 1, "R21-nilai-ganda-sel": 8, "R23-kode-tidak-sah": 20, "R24-target-melampaui-renstra": 3,
            "R25-proyeksi-tidak-sesuai": 2, "R26-target-di-bawah-realisasi": 4, "R27-realisasi-prematur": 12,
            "R30-realisasi-antardokumen": 4, "R31-pagu-berbeda-antartabel": 1, "R32-realisasi-antartabel": 3,
            "R08-label-tahun": 7, "R28-nomor-baris-lompat": 1, "R33-jumlah-antartabel": 2, "R34-nomor-tabel-ganda": 1,
            "R36-lonjakan-target": 1, "R37-tanggal-tidak-lengkap": 1, "R22-sel-placeholder": 2,
            "R38-capaian-tanpa-target-akhir": 5, "R39-standar-spm-kosong": 1, "R40-menunjang-tanpa-anggaran": 1, "R41-angka-kembar": 1,
            "R42-pagu-kembar": 5, "R44-satuan-kolom": 1, "R45-narasi-tidak-sesuai": 10, "R49-skala-dicetak": 1,
        ]),
        // Luwu 2024 (001): T-C.29 with the inverted 8 = 6/7 (001:L778, L782) and col 10/11 not following their
        // formulas; R06 = Renja vs T-C.31 targets (renja-spec §6 #38 family); R22 = "%" placeholder cells (001:L753 …).
        // T-C.30 (001:L840-873): R12 += 3 (001:L860: "1" printed for -/1, "0" for 0/0 twice; every other percentage
        // row recomputes); R09 = 11 years whose projection denominator differs from the target's (001:L846 2024
        // 78.172 vs 78.792, lakip #72); R26 = 001:L847, L852 (2024 targets fall because the PMKS denominator jumps);
        // R28 = 13 → 15 (001:L854-855, lakip #73).
        // T-C.31 (001:L930-1032): R01 = 001:L930 (#24), L966, L986 (#25) and the program L985 above L986;
        // R21 += 3, 001:L959, L965, L1000 (#40; "8880 m2" at L1012 is one value). R08 = 001:L751 "s/d Tahun 2023" (#47) and chapter 2.1 evaluating 2024 itself (001:L127, L143, renja #46, lakip #71).
        // Printed codes (luwu/kode-terbaca-2024.csv): R23 = Tabel 2.1's code columns one row up (001:L753-759, 7),
        // the extra segment 1 06 01 06 2 01 (001:L1258, L1343, #43), "##" (001:L1294, #5), LK3 as sub 04 (001:L1303,
        // L1392, #44), and the T-C.32 proposal's kegiatan 1.06.02.2.03 under Program 1.06.05 (001:L1026, #45). R02 += 17: Tabel 4.2's own SATUAN column against the indicator (001:L1392 Sertifikat for families,
        // L1416 Keluarga for kecamatan, L1428 Makam, L1401 Layanan for a percentage, #36 …); R36 = 5 tenfold target
        // jumps 2024 → 2025 (001:L1354, L1375, L1407, L1417, #37, and L1352 42 → 2). R42 = 6.510.000 of 001:L494 again
        // on L513 (induk, renja #32) and two T-C.31 Ranwal pairs (001:L933/936 3.250.500, L937/938 1.230.500).
        // R43 = the Perubahan's 34 sub-kegiatan whose pagu differs from chapter 2.1's (28 raised or lowered, 5 new, none
        // with a reason; renja #27, 001:L1344-1428). R46 = the Tagana line's indicator naming two indicators (001:L1422).
        // R47 = indicators copied from other lines: T-C.31 001:L941, L943, L946 (#34), L976 and the T-C.32 proposal
        // L1027 (students' study aid, #35), the proposal's kegiatan L1026 with the poor-data indicator (#45).
        Kasus(opd: "73.17-dinsos", tahun: 2024, harap: [
            "R01-jumlah-anak": 4, "R02-satuan-berbeda": 41, "R06-target-berbeda-antartabel": 3, "R08-label-tahun": 3, "R09-penyebut-basi": 11,
            "R12-rumus-kolom": 48,
            "R13-target-nol": 1, "R17-capaian-tidak-wajar": 2, "R18-bulat-100": 2, "R21-nilai-ganda-sel": 10,
            "R22-sel-placeholder": 45, "R23-kode-tidak-sah": 13, "R24-target-melampaui-renstra": 2, "R26-target-di-bawah-realisasi": 2,
            "R28-nomor-baris-lompat": 1, "R36-lonjakan-target": 5, "R42-pagu-kembar": 3,
            "R43-perubahan-tanpa-alasan": 33, "R46-indikator-ganda": 1, "R47-indikator-baris-lain": 6,
        ]),
        // Tarakan 2024 (003): col 11 printed as a raw ratio (003:L203 "13,96 %"), units mixed across columns
        // (003:L203 "312 Orang/bulan"; the rumusan Tabel 7 prints it too, 003:L808), Tabel 7 parents without Layanan Rujukan (R01, 003:L834/L837).
        // R01 += 2: urusan 1 and bidang 1.06 totals (003:L800-801) print 4.455.445.985, 9.810.000 (Layanan Rujukan,
        // #26) more than the Tabel 7 lines.
        // Tabel 8 (003:L901-960, kept as printed): R06 += 2, 003:L930 0 orang vs 003:L833 100 orang and 003:L963 10 vs
        // 003:L872 25 Unit (renja-spec §6.2 #38); R04 = 003:L930, target 0 beside a pagu of 99.836.740.
        // R08 = 003:L748 "Tujuan dan Sasaran Tahun 2023", 003:L772 "RKPD 2022" in a Renja 2024 (#47).
        // T-C.30 (003:L424-437): R03 = 003:L424 realisation 2021 131,57 %; R26 = 003:L424, L431; R29 = 003:L428.
        // Printed codes (tarakan/kode-terbaca-2024.csv): R23 = 003:L253 (a kegiatan code on a program), L263, L266
        // ("2.013"), L264 (truncated), #42, and 003:L934 (Sandang with Permakanan's code, #31); R05 = 003:L934 and
        // 003:L253, whose printed 1.06.01.2.06 is kegiatan 003:L205's. R45 = SAKIP 2022 "-" in T-C.30 vs 60,52 in the
        // text (003:L479 vs L437, renja #49, lakip #78).
        Kasus(opd: "65.71-dinsos", tahun: 2024, harap: [
            "R01-jumlah-anak": 4, "R02-satuan-berbeda": 81, "R03-persen-di-luar-rentang": 1, "R04-target-nol-berpagu": 1, "R05-kode-ganda": 2,
            "R06-target-berbeda-antartabel": 3, "R08-label-tahun": 2,
            "R07-persen-dijumlahkan": 3, "R12-rumus-kolom": 68, "R17-capaian-tidak-wajar": 1, "R19-nonkumulatif-dijumlahkan": 21,
            "R21-nilai-ganda-sel": 2, "R23-kode-tidak-sah": 5, "R24-target-melampaui-renstra": 2, "R26-target-di-bawah-realisasi": 2,
            "R29-baris-bergeser": 1, "R45-narasi-tidak-sesuai": 1,
        ]),
        // Polewali Mandar 2023 (004 LAKIP): lakip-spec §8.2, counts per rule in LKjIPTests (R12 += 3 and R21 += 3 for
        // the sums printed with their parts at 004:L515 and L600, #52; R12 += 1 the composite's "× 100 %" 004:L337, #36;
        // R32 = 3, #55 and #56; staff and SAKIP tables and the LRA: R12 += 3 (#49 ×2, #48), R33 = 1 (#58); R21 += 2 for
        // 004:L766 "A 95,56%" and "100% Sangat Baik" (#63)); R42 = Tabel 3.10's BMD row repeating the kegiatan above
        // (004:L979, #44); R31 = Penyediaan Makanan 183,329,450 in Tabel 3.3 vs 339,197,050 in Tabel 3.10 (004:L549, #41); R45 = "akuntabilitas sekretariat daerah" (004:L63, #65),
        // "naik"/"penurunan" for a fall and a rise (L652 ×2, #59), targets set "pada awal tahun" by a PK of 10 April (L297, #69);
        // R08 += 1, "awal tahun 2022" in the 2023 report (L870, #64); R46 = two indicators in one cell (004:L636, #61;
        // 004:L517 "… Penjaminan Sosial serta Jumlah Korban Bencana …"); R32 += 1 the output realised 87.814 KM in Tabel 3.3
        // and 70520 in Tabel 3.10 (004:L547 vs L1010, #51); R47 = the TMP program's social-institution indicator (004:L1014,
        // #62); R48 = PKH and BPNT counts with no year (004:L527, #53) and the RTLH infographic's 228 UNIT (004:L608); R49 = the
        // printed legend putting 50 in two bands (004:L334, #37); R50 = the legal basis (#66): Perbup 30/2001 amending a 2009
        // one (L86), Perbup 44/2012 twice (L91 vs L89), Perda 10/2010 vs 10/2009 (L206 vs L85), a 2011 decree amending a
        // 2017 regulation (L206).
        Kasus(opd: "76.04-dinsos", tahun: 2023, harap: [
            "R01-jumlah-anak": 14, "R06-target-berbeda-antartabel": 2, "R08-label-tahun": 2, "R09-penyebut-basi": 1,
            "R10-kategori-skala": 5, "R12-rumus-kolom": 24, "R14-efisiensi-campur": 3, "R16-realisasi-melebihi-pagu": 3,
            "R18-bulat-100": 8, "R21-nilai-ganda-sel": 7, "R32-realisasi-antartabel": 4, "R33-jumlah-antartabel": 1,
            "R35-indikator-tanpa-realisasi": 1, "R42-pagu-kembar": 1, "R31-pagu-berbeda-antartabel": 1,
            "R45-narasi-tidak-sesuai": 4, "R46-indikator-ganda": 2, "R47-indikator-baris-lain": 1, "R48-angka-tanpa-tahun": 3,
            "R49-skala-dicetak": 1, "R50-dasar-hukum": 4,
        ]),
    ]

    @Test("count and rule ids of every office's findings", arguments: kasus)
    func perOPD(_ k: Kasus) async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            let opd = try await WilayahRepository(db: db).opd(kode: k.opd)
            let dok = try await PemeriksaanQuery(db: db).dokumen(opd: opd, tahun: k.tahun)
            let temuan = PemeriksaanKualitas.periksa(dok)
            let hitung = Dictionary(grouping: temuan, by: \.ruleId).mapValues(\.count)
            #expect(hitung == k.harap)
            // Every finding names where it is and says it in Indonesian.
            #expect(temuan.allSatisfy { !$0.lokasi.isEmpty && !$0.pesan.isEmpty })
        }
    }

    @Test("the printed Penunjang total of 000:L464 is reported with the corrected value")
    func mamujuPenunjang() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            let opd = try await WilayahRepository(db: db).opd(kode: "76.02-dinsos")
            let temuan = PemeriksaanKualitas.periksa(try await PemeriksaanQuery(db: db).dokumen(opd: opd, tahun: 2024))
            let f = try #require(temuan.first { $0.ruleId == "R01-jumlah-anak" && $0.lokasi.hasPrefix("000:L464") })
            #expect(f.dicetak == "2.852.250.329")
            #expect(f.dihitung == "2.971.889.066")
        }
    }
}
