import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

/// The printed tables that are kept for their checks: codes as printed (`kode-terbaca-<n>.csv`), staff tables
/// (`pegawai-<n>.csv` → `rekap_pegawai`) and SAKIP evaluation results (`sakip-evaluasi-<n>.csv` → `evaluasi_sakip`).
@Suite("Printed codes, staff tables and SAKIP results: loaded, checked, bad input rejected whole")
struct TabelCetakTests {
    static func temuan(_ db: any Database, _ kode: String, _ tahun: Int) async throws -> [Finding] {
        let opd = try await WilayahRepository(db: db).opd(kode: kode)
        return PemeriksaanKualitas.periksa(try await PemeriksaanQuery(db: db).dokumen(opd: opd, tahun: tahun))
    }

    struct Kasus: Sendable, CustomTestStringConvertible {
        var opd: String
        var tahun: Int
        var aturan: String
        var lokasi: String
        var dicetak: String?
        var dihitung: String?
        var testDescription: String { "\(lokasi) \(aturan)" }
    }

    static let kasus: [Kasus] = [
        // renja-spec §6.2 #43: Program Rehabilitasi Sosial printed with the WNM-KTK program's code.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "000:L516", dicetak: "1.06.03", dihitung: "1.06.04"),
        // #44: Laporan Keuangan printed as sub 04 in the rumusan table (T-C.29 000:L133 prints 07).
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "000:L480", dicetak: "X.X.01.2.02.04", dihitung: "1.06.01.2.02.07"),
        // #5: an overflowing code cell.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "000:L481", dicetak: "X.XX.01.#", dihitung: nil),
        // #30: the kegiatan listed again, although its first listing's code cell overflowed.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R05-kode-ganda", lokasi: "000:L528", dicetak: "1.06.05.2.02", dihitung: nil),
        // #31: Tabel 8 prints Sandang with Permakanan's code.
        Kasus(opd: "65.71-dinsos", tahun: 2024, aturan: "R05-kode-ganda", lokasi: "003:L934", dicetak: "1.06.04.2.01.01", dihitung: nil),
        Kasus(opd: "65.71-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "003:L934", dicetak: "1.06.04.2.01.01", dihitung: "1.06.04.2.01.02"),
        // #42: bidang printed 013.
        Kasus(opd: "65.71-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "003:L263", dicetak: "2.013.04", dihitung: nil),
        // Luwu Tabel 2.1 prints its code columns one row up; #44 LK3 printed as sub 04 in Tabel 4.1.
        Kasus(opd: "73.17-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "001:L756", dicetak: "1.06.01.2.01.01", dihitung: "1.06.01.2.01.02"),
        Kasus(opd: "73.17-dinsos", tahun: 2024, aturan: "R23-kode-tidak-sah", lokasi: "001:L1303", dicetak: "1.06.02.2.03.04", dihitung: "1.06.02.2.03.05"),
        // lakip-spec §8 #25: 34 ASN by eselon, 28 by education, 29 in the text; the eselon numbering skips 3.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R33-jumlah-antartabel", lokasi: "002:L426 vs 002:L402", dicetak: "34", dihitung: nil),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R33-jumlah-antartabel", lokasi: "002:L381 vs 002:L402", dicetak: "29", dihitung: nil),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R28-nomor-baris-lompat", lokasi: "002:L428-002:L430", dicetak: "2 → 4", dihitung: "2 → 3"),
        // #27: staff data of 2023 in the 2024 report.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R08-label-tahun", lokasi: "002:L447", dicetak: "Jumlah Pegawai berdasarkan Jenis Kelamin Tahun 2023", dihitung: "2024"),
        // #49: Perempuan printed 12 where the column sums to 8; 21 printed for 13 + 12.
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R12-rumus-kolom", lokasi: "004:L196 Perempuan", dicetak: "12", dihitung: "8"),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R12-rumus-kolom", lokasi: "004:L196 Jumlah", dicetak: "21", dihitung: "25"),
        // #48: the LRA's 2022 Belanja Operasi leaves Belanja Bantuan Sosial out.
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R12-rumus-kolom", lokasi: "004:L1136 realisasi 2022", dicetak: "3.600.268.651", dihitung: "7.159.594.751"),
        // renja-spec §6.2 #36: Tabel 4.2's SATUAN column counts LK3 families in Sertifikat; #37: Gaji 34 → 384.
        Kasus(opd: "73.17-dinsos", tahun: 2024, aturan: "R02-satuan-berbeda", lokasi: "001:L1392 target_dicetak", dicetak: "20,00 sertifikat", dihitung: nil),
        Kasus(opd: "73.17-dinsos", tahun: 2024, aturan: "R36-lonjakan-target", lokasi: "001:L1354", dicetak: "384,00 orang_bulan", dihitung: nil),
        // lakip-spec §8 #32, #67: a signature without day and month; the Gini ratio never measured.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R37-tanggal-tidak-lengkap", lokasi: "002:L250", dicetak: "Mamuju, 2025", dihitung: nil),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R35-indikator-tanpa-realisasi", lokasi: "004:L263", dicetak: nil, dihitung: nil),
        // #21, #35, #19: table 3.1.4's capaian against a Renstra end target (2026) the report never gives; table
        // 3.1.5's "-" for an SPM indicator, whose national standard is 100 %; table 3.1.8's unbudgeted program.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R38-capaian-tanpa-target-akhir", lokasi: "002:L2421", dicetak: "100 %", dihitung: "tidak dapat dihitung (target belum ada)"),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R32-realisasi-antartabel", lokasi: "002:L2421 vs 002:L1749", dicetak: "126 %", dihitung: nil),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R39-standar-spm-kosong", lokasi: "002:L2494", dicetak: "-", dihitung: "100,00 %"),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R40-menunjang-tanpa-anggaran", lokasi: "002:L3050", dicetak: "Menunjang", dihitung: "tanpa anggaran"),
        // #16: one 113000 printed under three units in the PK budget table.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R41-angka-kembar", lokasi: "002:L1211", dicetak: "113000 Org; 113000 KPM; 113000 Keluarga", dihitung: nil),
        // renja-spec §6.2 #32, lakip-spec §8 #44: a pagu copied from the line of its level above.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R42-pagu-kembar", lokasi: "000:L298 vs 000:L297", dicetak: "6.911.520", dihitung: nil),
        Kasus(opd: "73.17-dinsos", tahun: 2024, aturan: "R42-pagu-kembar", lokasi: "001:L513 vs 001:L494", dicetak: "6.510.000", dihitung: nil),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R42-pagu-kembar", lokasi: "004:L979 vs 004:L976", dicetak: "1.592.899.227", dihitung: nil),
        // renja-spec §6.2 #41: a thousands header over full rupiah; lakip-spec §8.2 #41: one sub-kegiatan, two pagu.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R44-satuan-kolom", lokasi: "000:L282", dicetak: "(Rp.000)", dihitung: "Rp"),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R31-pagu-berbeda-antartabel", lokasi: "004:L1013 vs 004:L549", dicetak: "339.197.050", dihitung: "183.329.450"),
        // lakip-spec §8 #8, #29, #34, #65: the narrative's claims against the report's data and against each other.
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R45-narasi-tidak-sesuai", lokasi: "002:L1714 vs data laporan", dicetak: "2", dihitung: "3"),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R45-narasi-tidak-sesuai", lokasi: "002:L203 vs data laporan", dicetak: "3", dihitung: "4"),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R45-narasi-tidak-sesuai", lokasi: "002:L617 vs 002:L301", dicetak: "Peraturan Bupati Nomor 31 Tahun 2021", dihitung: nil),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R45-narasi-tidak-sesuai", lokasi: "004:L63 vs data laporan", dicetak: "Sekretariat Daerah", dihitung: "Dinas Sosial Kabupaten Polewali Mandar"),
        Kasus(opd: "76.02-dinsos", tahun: 2024, aturan: "R08-label-tahun", lokasi: "002:L1683", dicetak: "Pelaporan Kinerja ini didasarkan pada Perjanjian Kinerja Dinas Sosial Tahun 2023", dihitung: "2024"),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R45-narasi-tidak-sesuai", lokasi: "004:L297 vs data laporan", dicetak: "I", dihitung: "II"),
        Kasus(opd: "65.71-dinsos", tahun: 2024, aturan: "R45-narasi-tidak-sesuai", lokasi: "003:L479 vs 003:L437", dicetak: "60,52", dihitung: nil),
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R46-indikator-ganda", lokasi: "004:L636", dicetak: "Persentase Rata-rata Masyarakat Miskin Mandiri Persentase Lembaga Sosial pemberi Layanan Kesejahteraan Sosial", dihitung: nil),
        // #58: the 2020 SAKIP grade B in the table, BB in the narrative.
        Kasus(opd: "76.04-dinsos", tahun: 2023, aturan: "R33-jumlah-antartabel", lokasi: "004:L770 vs 004:L780", dicetak: "BB", dihitung: nil),
    ]

    @Test("each printed table's finding, with the printed and the corrected value")
    func temuanTabel() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            var cache: [String: [Finding]] = [:]
            for k in Self.kasus {
                let key = "\(k.opd) \(k.tahun)"
                if cache[key] == nil { cache[key] = try await Self.temuan(db, k.opd, k.tahun) }
                let t = cache[key] ?? []
                #expect(
                    t.contains { $0.ruleId == k.aturan && $0.lokasi == k.lokasi && $0.dicetak == k.dicetak && $0.dihitung == k.dihitung },
                    "\(k.lokasi) \(k.aturan): \(t.filter { $0.lokasi == k.lokasi }.map { "\($0.ruleId) \($0.dicetak ?? "") → \($0.dihitung ?? "")" })")
            }
            // The SAKIP table's own totals are right (004:L779: 75,80 and 75,16 are the Σ of their components; weights 100).
            #expect(!(cache["76.04-dinsos 2023"] ?? []).contains { $0.lokasi.hasPrefix("004:L779") })
            // The LRA's 2023 columns and the 2022 total of Belanja (5 = 5.1 + 5.2) add up.
            #expect((cache["76.04-dinsos 2023"] ?? []).filter { $0.lokasi.hasPrefix("004:L1135") || $0.lokasi.hasPrefix("004:L1136 anggaran") }.isEmpty)
            // Mamuju's education table adds up (002:L414 4 / 1 / 17 / 6 = 28).
            #expect(!(cache["76.02-dinsos 2024"] ?? []).contains { $0.lokasi.hasPrefix("002:L414") })
        }
    }

    @Test("staff cells, SAKIP lines, printed codes, header units and narrative claims are stored once, whatever the number of loads")
    func dimuat() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            try await DemoLoader(db: db).muat(passwordHash: "x")
            let mamuju = try await WilayahRepository(db: db).opd(kode: "76.02-dinsos").requireID()
            let polman = try await WilayahRepository(db: db).opd(kode: "76.04-dinsos").requireID()
            #expect(try await RekapPegawaiModel.query(on: db).filter(\.$opd.$id == mamuju).count() == 48)
            #expect(try await RekapPegawaiModel.query(on: db).filter(\.$opd.$id == polman).count() == 51)
            #expect(try await EvaluasiSAKIPModel.query(on: db).filter(\.$opd.$id == polman).count() == 16)
            #expect(try await NilaiTercetakModel.query(on: db).filter(\.$kolom == "kode_terbaca").count() == 20 + 12 + 5)
            // The header unit once; the narrative's 11 Mamuju claims, each a value and its section.
            #expect(try await NilaiTercetakModel.query(on: db).filter(\.$kolom == "satuan_kolom:pagu_analisis_dicetak").count() == 1)
            #expect(try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == mamuju).filter(\.$tabel == "fakta-narasi-2024.csv").count() == 22)
            // A printed total is computed: only its printed text is kept (002:L414 "28").
            let total = try await RekapPegawaiModel.query(on: db).filter(\.$rujukan == "002:L414").filter(\.$kolom == "Jumlah").first()
            #expect(total?.jumlah == nil && total?.jumlahDicetak == "28" && total?.total == true)
        }
    }

    /// A copy of the shipped demo data with one file's text changed.
    static func salinan(_ file: String, ubah: (String) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-demo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: DemoLoader.bundledFolder, to: dir)
        let url = dir.appendingPathComponent(file)
        try ubah(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    @Test(
        "bad input names the file, row and field, and loads nothing",
        arguments: [
            // A printed total given a clean count (004:L196 is computed by the document).
            ("polman/pegawai-2023.csv", "Jumlah,Perempuan,,12,", "Jumlah,Perempuan,8,12,", "polman/pegawai-2023.csv:51 jumlah"),
            // A component score that is not a number.
            ("polman/sakip-evaluasi-2023.csv", "30,30,29.10,29.10", "30,30,dua,29.10", "polman/sakip-evaluasi-2023.csv:2 nilai"),
            // A printed code kept under a code that is not in the nomenclature.
            ("tarakan/kode-terbaca-2024.csv", "003:L934,tabel-8-2024.csv,1.06.04.2.01.02", "003:L934,tabel-8-2024.csv,1.06.04.2.01.99", "tarakan/kode-terbaca-2024.csv:6 kode"),
            // A narrative key that looks like a data key but is mistyped, so the data would never be asked.
            ("mamuju/fakta-narasi-2024.csv", "002:L1714,BAB III,jumlah IKU,", "002:L1714,BAB III,jumlah iku,", "mamuju/fakta-narasi-2024.csv:7 kunci"),
            // A header unit that states no multiple of the rupiah: R44 could never judge it.
            ("mamuju/satuan-kolom-2024.csv", "pagu_analisis_dicetak,(Rp.000)", "pagu_analisis_dicetak,(Rupiah)", "mamuju/satuan-kolom-2024.csv:2 satuan_dicetak"),
        ])
    func masukanBuruk(_ file: String, _ dari: String, _ jadi: String, _ field: String) async throws {
        let folder = try Self.salinan(file) { text in
            #expect(text.contains(dari), "fixture text not found in \(file)")
            return text.replacingOccurrences(of: dari, with: jadi)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestDatabase.withDatabase { db in
            do {
                try await DemoLoader(db: db, folder: folder).muat(passwordHash: "x")
                Issue.record("\(file): bad input was accepted")
            } catch let e as StoreError {
                guard case .invalid(let f, _, _) = e else { Issue.record("\(e)"); return }
                #expect(f == field)
            }
            // One transaction: not even the offices are left behind.
            #expect(try await OPDModel.query(on: db).count() == 0)
        }
    }
}
