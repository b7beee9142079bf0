import Foundation

/// One worksheet in SpreadsheetML, written in three steps so the body can stream: `awal` (title, header,
/// column-number row, frozen pane), `baris` once per body row, `akhir` (footnotes, merged ranges, page setup).
///
/// Layout: row 1 title, row 2 subtitle (if any), a blank row, the header rows, the number row, the body.
/// Numbers are numeric cells (`<v>` with a machine decimal); text is inline (`t="inlineStr"`); no formulas.
struct LembarXLSX {
    let tabel: TabelDokumen
    let posisi: [PosisiHeader]
    let hurufKolom: [String]
    let barisHeaderPertama: Int
    let barisDataPertama: Int
    private(set) var barisBerikut: Int
    private(set) var jumlahBarisData = 0

    init(_ tabel: TabelDokumen) throws(GalatTabel) {
        self.tabel = tabel
        posisi = try tabel.tataLetakHeader()
        hurufKolom = tabel.kolom.indices.map(Self.huruf)
        barisHeaderPertama = tabel.subjudul == nil ? 3 : 4
        barisDataPertama = barisHeaderPertama + tabel.headerEfektif.count + (tabel.barisNomor ? 1 : 0)
        barisBerikut = barisDataPertama
    }

    /// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
    static func huruf(_ i: Int) -> String {
        var n = i + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// The print-title rows (header and number row), "$4:$6".
    var barisJudulCetak: String { "$\(barisHeaderPertama):$\(barisDataPertama - 1)" }

    private var kolomTerakhir: String { hurufKolom[hurufKolom.count - 1] }

    func awal(_ out: Keluaran) throws {
        var s = XML.deklarasi
        s += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        s += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        s += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        let atas = "A\(barisDataPertama)"
        s += #"<sheetViews><sheetView workbookViewId="0">"#
        s += #"<pane ySplit="\#(barisDataPertama - 1)" topLeftCell="\#(atas)" activePane="bottomLeft" state="frozen"/>"#
        s += #"<selection pane="bottomLeft" activeCell="\#(atas)" sqref="\#(atas)"/></sheetView></sheetViews>"#
        s += #"<cols>"#
        for (i, k) in tabel.kolom.enumerated() {
            s += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(k.lebar)" customWidth="1"/>"#
        }
        s += "</cols><sheetData>"
        s += #"<row r="1" ht="18" customHeight="1">"# + sel("A1", .teks(tabel.judul), gaya: .judul) + "</row>"
        if let sub = tabel.subjudul {
            s += #"<row r="2">"# + sel("A2", .teks(sub), gaya: .subjudul) + "</row>"
        }
        // Header rows: every cell of a merged range is written with the header style, so borders and fill
        // cover the whole range.
        let tinggi = tinggiHeader()
        for r in 0..<tabel.headerEfektif.count {
            let nr = barisHeaderPertama + r
            s += #"<row r="\#(nr)"\#(Self.atributTinggi(tinggi[r]))>"#
            for c in tabel.kolom.indices {
                let p = posisi.first { $0.baris == r && $0.kolom == c }
                s += sel("\(hurufKolom[c])\(nr)", p.map { .teks($0.teks) } ?? .kosong, gaya: .header)
            }
            s += "</row>"
        }
        if tabel.barisNomor {
            let nr = barisDataPertama - 1
            s += #"<row r="\#(nr)">"#
            let awalRentang = Dictionary(tabel.rentangNomor.map { ($0.kolom, $0.nomor) }, uniquingKeysWith: { a, _ in a })
            for c in tabel.kolom.indices {
                s += sel("\(hurufKolom[c])\(nr)", awalRentang[c].map { .teks($0) } ?? .kosong, gaya: .nomor)
            }
            s += "</row>"
        }
        try out.tulis(s)
    }

    mutating func baris(_ b: BarisTabel, _ out: Keluaran) throws {
        let nr = barisBerikut
        var baris = 1
        for (c, k) in tabel.kolom.enumerated() where c < b.sel.count {
            switch b.sel[c] {
            case .teks(let t): baris = max(baris, Self.jumlahBaris(t, lebar: k.lebar - (k.berjenjang ? Double(b.level) : 0)))
            case .tidakDapatDihitung: baris = max(baris, Self.jumlahBaris(b.sel[c].teksTampil, lebar: k.lebar))
            default: break
            }
        }
        var s = #"<row r="\#(nr)"\#(Self.atributTinggi(baris))>"#
        for (c, k) in tabel.kolom.enumerated() {
            let isi = c < b.sel.count ? b.sel[c] : .kosong
            s += sel("\(hurufKolom[c])\(nr)", isi, gaya: gaya(isi, k, b))
        }
        s += "</row>"
        try out.tulis(s)
        barisBerikut += 1
        jumlahBarisData += 1
    }

    mutating func akhir(_ out: Keluaran) throws {
        var s = ""
        var nr = barisBerikut + 1
        for c in tabel.catatan {
            s += #"<row r="\#(nr)">"# + sel("A\(nr)", .teks(c), gaya: .catatan) + "</row>"
            nr += 1
        }
        s += "</sheetData>"

        var merge: [String] = ["A1:\(kolomTerakhir)1"]
        if tabel.subjudul != nil { merge.append("A2:\(kolomTerakhir)2") }
        for p in posisi where p.colspan > 1 || p.rowspan > 1 {
            let r0 = barisHeaderPertama + p.baris
            merge.append("\(hurufKolom[p.kolom])\(r0):\(hurufKolom[p.kolom + p.colspan - 1])\(r0 + p.rowspan - 1)")
        }
        if tabel.barisNomor {
            for r in tabel.rentangNomor where r.jumlah > 1 {
                let nb = barisDataPertama - 1
                merge.append("\(hurufKolom[r.kolom])\(nb):\(hurufKolom[r.kolom + r.jumlah - 1])\(nb)")
            }
        }
        s += #"<mergeCells count="\#(merge.count)">"# + merge.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        s += #"<printOptions horizontalCentered="1"/>"#
        s += #"<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        s += #"<pageSetup paperSize="9" orientation="\#(tabel.lanskap ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#
        s += "<headerFooter><oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter></headerFooter>"
        s += "</worksheet>"
        try out.tulis(s)
    }

    // MARK: - Row heights
    // Neither LibreOffice nor every Excel fits a row to wrapped text when it opens a file, so the writer
    // estimates the lines a cell needs (Arial 10: about one character per unit of column width).

    static let tinggiSatuBaris = 12.75

    static func jumlahBaris(_ teks: String, lebar: Double) -> Int {
        let muat = max(lebar - 1.5, 1)
        return teks.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { n, bagian in
            n + max(1, Int((Double(bagian.count) * 1.05 / muat).rounded(.up)))
        }
    }

    static func atributTinggi(_ baris: Int) -> String {
        baris <= 1 ? "" : #" ht="\#(Double(baris) * tinggiSatuBaris + 2)" customHeight="1""#
    }

    /// Lines per header row: single-row cells first, then each taller cell adds what its span still lacks
    /// to its last row.
    func tinggiHeader() -> [Int] {
        var t = Array(repeating: 1, count: tabel.headerEfektif.count)
        func lebar(_ p: PosisiHeader) -> Double { tabel.kolom[p.kolom..<(p.kolom + p.colspan)].reduce(0) { $0 + $1.lebar } }
        for p in posisi where p.rowspan == 1 {
            t[p.baris] = max(t[p.baris], Self.jumlahBaris(p.teks, lebar: lebar(p) * 0.9))
        }
        for p in posisi where p.rowspan > 1 {
            let perlu = Self.jumlahBaris(p.teks, lebar: lebar(p) * 0.9)
            let ada = t[p.baris..<(p.baris + p.rowspan)].reduce(0, +)
            if perlu > ada { t[p.baris + p.rowspan - 1] += perlu - ada }
        }
        return t
    }

    private func gaya(_ isi: Sel, _ k: Kolom, _ b: BarisTabel) -> GayaXLSX {
        switch isi {
        case .teks:
            return .teks(indent: k.berjenjang ? min(max(b.level, 0), GayaXLSX.indentMaks) : 0, tebal: b.tebal)
        case .rupiah: return .angka(format: GayaXLSX.formatRupiah, tebal: b.tebal)
        case .desimal(_, let p): return .angka(format: GayaXLSX.formatDesimal(p), tebal: b.tebal)
        case .persen: return .angka(format: GayaXLSX.formatPersen, tebal: b.tebal)
        case .tidakDapatDihitung: return .keterangan(tebal: b.tebal)
        case .kosong:
            switch k.format {
            case .teks: return .teks(indent: 0, tebal: b.tebal)
            case .rupiah: return .angka(format: GayaXLSX.formatRupiah, tebal: b.tebal)
            case .desimal(let p): return .angka(format: GayaXLSX.formatDesimal(p), tebal: b.tebal)
            case .persen: return .angka(format: GayaXLSX.formatPersen, tebal: b.tebal)
            }
        }
    }

    private func sel(_ ref: String, _ isi: Sel, gaya: GayaXLSX) -> String {
        let s = gaya.id
        if let angka = isi.angkaMesin {
            return #"<c r="\#(ref)" s="\#(s)"><v>\#(angka)</v></c>"#
        }
        let teks: String
        switch isi {
        case .teks(let t): teks = t
        case .tidakDapatDihitung: teks = isi.teksTampil
        default: return #"<c r="\#(ref)" s="\#(s)"/>"#
        }
        if teks.isEmpty { return #"<c r="\#(ref)" s="\#(s)"/>"# }
        return #"<c r="\#(ref)" s="\#(s)" t="inlineStr"><is><t xml:space="preserve">\#(XML.escape(teks))</t></is></c>"#
    }
}
