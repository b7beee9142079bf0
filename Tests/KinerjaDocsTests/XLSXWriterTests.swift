import Foundation
import KinerjaCore
import Testing

@testable import KinerjaDocs

/// The cell openpyxl read holds exactly what the model gave: numbers as numbers, text as text, empty as None.
func cocok(_ model: Sel, _ baca: LembarTerbaca.Sel?) -> Bool {
    guard let baca else { return false }
    switch model {
    case .kosong, .rupiah(nil), .desimal(nil, _), .persen(nil): return baca.t == "NoneType"
    case .teks(let s): return s.isEmpty ? baca.t == "NoneType" : (baca.t == "str" && baca.v == s)
    case .tidakDapatDihitung: return baca.t == "str" && baca.v == model.teksTampil
    case .rupiah(let v?): return baca.t == "int" && baca.v == String(v)
    case .desimal(let v?, _), .persen(let v?):
        guard baca.t == "int" || baca.t == "float", let x = baca.v.flatMap(Double.init) else { return false }
        return x == Double(v.description)
    }
}

@Suite("XLSX read back by openpyxl", .enabled(if: AlatLuar.adaOpenpyxl, "openpyxl missing: apt-get install python3-openpyxl"))
struct XLSXWriterTests {
    @Test("every body cell of every sheet equals the model: numbers numeric, text text")
    func cellValuesEqualTheModel() throws {
        let dir = try AlatLuar.folderUji("xlsx")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("renja.xlsx")
        let tabel = Contoh.semuaTabel
        try XLSXWriter().tulis(tabel, ke: url)
        let lembar = try BacaXLSX.baca(url)
        #expect(lembar.map(\.title) == ["rumusan-renja", "tc29", "perbandingan-renja", "tc30"])
        for (t, l) in zip(tabel, lembar) {
            let awal = try LembarXLSX(t).barisDataPertama
            for (i, b) in t.baris.enumerated() {
                for (c, isi) in b.sel.enumerated() {
                    let dibaca = l.sel(awal + i, c + 1)
                    #expect(
                        cocok(isi, dibaca), "\(t.id) row \(i + 1) column \(t.kolom[c].id): \(isi) read as \(String(describing: dibaca))")
                }
            }
            #expect(l.sel(1, 1)?.v == t.judul)
        }
    }

    @Test("T-C.29: merged header cells, the column-number row, frozen panes, print titles, landscape")
    func tc29Layout() throws {
        let dir = try AlatLuar.folderUji("xlsx-tc29")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("tc29.xlsx")
        let t = TabelTC29.buat(tahun: 2025, baris: Contoh.tc29, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju")
        try Data(XLSXWriter().data([t])).write(to: url)
        let l = try #require(try BacaXLSX.baca(url).first)

        #expect(
            Set(l.merged) == [
                "A1:M1", "A2:M2", "A4:A5", "B4:B5", "C4:D5", "E4:E5", "F4:F5", "G4:I4", "J4:J5", "K4:L4", "M4:M5", "C6:D6",
            ])
        #expect(l.freeze == "A7")
        #expect(l.printTitles?.contains("$4:$6") == true)
        #expect(l.orientation == "landscape")
        // Header text with derived years (TahunRencana, n = 2025).
        #expect(l.sel(4, 6)?.v == "Realisasi Target Kinerja s/d Tahun 2022")
        #expect(l.sel(5, 7)?.v == "Target Renja")
        #expect(l.sel(4, 10)?.v == "Target Renja Tahun 2024")
        // The column-number row.
        let nomor = (1...13).map { l.sel(6, $0)?.v }
        #expect(nomor == ["1", "2", "3", nil, "4", "5", "6", "7", "8 = (7/6)", "9", "10 = (5+7+9)", "11 = (10/4)", "12"])

        // 000:L113: 12/12 = 100 %, 5 + 7 + 9 = 34, 34/60 = 56,67 % (Rendah).
        #expect(l.sel(8, 9).map { $0.t == "int" && $0.v == "100" || $0.v == "100.0" } == true)
        #expect(l.sel(8, 11)?.v == "34")
        #expect(l.sel(8, 12)?.t == "float")
        #expect(l.sel(8, 12)?.v == "56.67")
        #expect(l.sel(8, 12)?.f == "0.00")
        #expect(l.sel(8, 13)?.v == "Rendah")
        // 000:L189: target 0 → column 8 is a text cell, not 0 and not an error literal.
        #expect(l.sel(9, 9)?.v == "tidak dapat dihitung (target nol)")
        #expect(l.sel(9, 12)?.v == "65")
        // The rating scale as a footnote under the table.
        let catatan = l.rows.compactMap { $0.first?.v }.filter { $0.hasPrefix("Kategori (") }
        #expect(catatan.first?.contains("[76; 91) Tinggi") == true)
    }

    @Test("rumusan: program and kegiatan pagu are the computed totals, rupiah as integers in #,##0")
    func rumusanTotals() throws {
        let dir = try AlatLuar.folderUji("xlsx-rumusan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("rumusan.xlsx")
        let t = TabelRumusan.buat(pohon: Contoh.pohon, tahun: 2025)
        try XLSXWriter().tulis([t], ke: url)
        let l = try #require(try BacaXLSX.baca(url).first)
        let awal = try LembarXLSX(t).barisDataPertama  // no subtitle: title, blank, 3 header rows, number row
        #expect(awal == 7)
        #expect(l.freeze == "A7")
        #expect(l.sel(awal, 1)?.v == "1.06.04")
        #expect(l.sel(awal, 7)?.v == "2852250329")
        #expect(l.sel(awal, 7)?.t == "int")
        #expect(l.sel(awal, 7)?.f == "#,##0")
        #expect(l.sel(awal, 12)?.v == "1950000000")
        let jumlah = try #require(l.rows.first { $0.count > 1 && $0[1].v == "JUMLAH" })
        #expect(jumlah[6].v == "2852250329")
        // 36500.5 paket keeps its decimal as a number.
        #expect(l.rows.contains { $0.count > 4 && $0[4].t == "float" && $0[4].v == "36500.5" })
        #expect(Set(l.merged).isSuperset(of: ["D3:H3", "J3:L3", "E4:F4", "J4:K4", "A3:A5", "D4:D5", "E6:F6", "J6:K6", "A1:L1"]))
        #expect(l.sel(6, 5)?.v == "5")
    }

    @Test("a streamed sheet of 20,000 rows from an AsyncSequence reads back whole")
    func streamedSheet() async throws {
        let dir = try AlatLuar.folderUji("xlsx-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("besar.xlsx")
        let kerangka = TabelTC29.buat(tahun: 2025, baris: [])
        try await XLSXWriter().tulis(kerangka, baris: DocsBench.BarisSintetis(jumlah: 20_000), ke: url)
        let l = try #require(try BacaXLSX.baca(url, cepat: true).first)
        let awal = try LembarXLSX(kerangka).barisDataPertama
        let terakhir = DocsBench.baris(19_999)
        let baris = l.rows.filter { $0.first?.v?.hasPrefix("1.06.04.2.01.") == true }
        #expect(baris.count == 20_000)
        #expect(l.rows[awal - 1 + 19_999].enumerated().allSatisfy { c, sel in cocok(terakhir.sel[c], sel) })
    }
}

@Suite("Table model")
struct TabelDokumenTests {
    @Test("header cells are placed on the grid, HTML style")
    func headerLayout() throws {
        let t = TabelTC29.buat(tahun: 2025, baris: [])
        let p = try t.tataLetakHeader()
        #expect(p.first { $0.teks == "Target Renja" }.map { [$0.baris, $0.kolom] } == [1, 6])
        #expect(p.first { $0.teks.hasPrefix("Indikator") }.map { [$0.colspan, $0.rowspan] } == [2, 2])
        #expect(t.rentangNomor.first { $0.nomor == "3" }.map { [$0.kolom, $0.jumlah] } == [2, 2])
    }

    @Test("a header row that leaves a column uncovered is rejected")
    func badHeader() {
        let t = TabelDokumen(
            id: "x", judul: "X", kolom: [Kolom(id: "a", judul: "A", nomor: "1"), Kolom(id: "b", judul: "B", nomor: "2")],
            header: [[SelHeader("A")]])
        #expect(throws: GalatTabel.headerTidakPas(tabel: "x", baris: 0, pesan: "column 2 has no header cell")) {
            try t.validasi()
        }
        #expect(throws: GalatDokumen.self) { try XLSXWriter().data([t]) }
    }

    @Test("a body row with the wrong number of cells is rejected")
    func badRow() {
        var t = TabelPerbandingan.buat(Contoh.perbandingan)
        t.baris.append(BarisTabel([.teks("x")]))
        #expect(throws: GalatTabel.jumlahSel(tabel: t.id, baris: t.baris.count - 1, ada: 1, harus: 7)) { try t.validasi() }
    }

    @Test("T-C.29 cells carry the engine's values: rounded capaian, undefined capaian as text")
    func tc29Cells() {
        let t = TabelTC29.buat(tahun: 2025, baris: Contoh.tc29)
        #expect(t.baris[1].sel[8] == .persen(100))
        #expect(t.baris[1].sel[10] == .desimal(34, presisi: 0))
        #expect(t.baris[1].sel[11] == .persen(d("56.67")))
        #expect(t.baris[2].sel[8] == .tidakDapatDihitung(alasan: "target nol"))
        #expect(t.baris[2].sel[8].teksTampil == "tidak dapat dihitung (target nol)")
        #expect(t.baris[0].tebal && t.baris[0].level == 0 && t.baris[2].level == 2)
        #expect(t.catatan[0].contains("[0; 51) Sangat Rendah"))
    }

    @Test("rumusan: one row per indicator, pagu once per line, the total row from PohonRenja")
    func rumusanRows() {
        let t = TabelRumusan.buat(pohon: Contoh.pohon, tahun: 2025)
        // 6 lines, one with a second indicator, plus JUMLAH.
        #expect(t.baris.count == 8)
        let sub1 = t.baris.firstIndex { $0.sel[0] == .teks("1.06.04.2.01.0001") }!
        #expect(t.baris[sub1].sel[6] == .rupiah(1_250_000_000))
        #expect(t.baris[sub1].sel[9] == .desimal(110, presisi: 0))
        #expect(t.baris[sub1 + 1].sel[0] == .kosong)
        #expect(t.baris[sub1 + 1].sel[6] == .kosong)
        #expect(t.baris[sub1 + 1].sel[4] == .desimal(d("36500.5"), presisi: 1))
        #expect(t.baris.last?.sel[6] == .rupiah(2_852_250_329))
        #expect(t.baris[1].sel[6] == .rupiah(1_852_250_329))
    }

    @Test("Indonesian display for text writers")
    func display() {
        #expect(Sel.rupiah(2_852_250_329).teksTampil == "2.852.250.329")
        #expect(Sel.persen(d("79.71")).teksTampil == "79,71")
        #expect(Sel.persen(d("99.996")).teksTampil == "99,99")
        #expect(Sel.desimal(d("1234.5"), presisi: 2).teksTampil == "1.234,50")
        #expect(Sel.desimal(d("-0.5"), presisi: 1).angkaMesin == "-0.5")
    }

    @Test("sheet names are unique and legal")
    func sheetNames() {
        #expect(
            XLSXWriter.namaSheet(["a/b", "a/b", String(repeating: "x", count: 40)]) == [
                "a-b", "a-b (2)", String(repeating: "x", count: 31),
            ])
    }
}
