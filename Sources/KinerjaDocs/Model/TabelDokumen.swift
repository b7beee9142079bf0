import Foundation
import KinerjaCore

/// One regulation table as every writer sees it (issue 7): title, a multi-row header with merged cells, the
/// column-number row, hierarchical rows of typed cells and footnotes. Built once per table from core values
/// (`TabelRumusan`, `TabelTC29`, `TabelPerbandingan`) and rendered by the XLSX, DOCX, CSV and JSON writers.
///
/// Values are already computed by Kinerja: writers never add formulas and never recompute a total.
public struct TabelDokumen: Sendable, Hashable, Identifiable {
    /// Stable identifier: the sheet name, the file stem and the JSON/CSV name ("tc29", "rumusan-renja").
    public var id: String
    public var judul: String
    public var subjudul: String?
    /// The leaf columns, left to right.
    public var kolom: [Kolom]
    /// Header rows, top to bottom, laid out as in HTML: each row lists its cells left to right and skips the
    /// slots that a cell above still covers with its rowspan. Empty: one header row of `kolom[i].judul`.
    public var header: [[SelHeader]]
    /// Whether the column-number row ("1, 2, 3 … 8 = (7/6)") follows the header.
    public var barisNomor: Bool
    public var baris: [BarisTabel]
    /// Notes printed under the table, e.g. the rating scale.
    public var catatan: [String]
    /// Printed on an A4 landscape page (wide tables).
    public var lanskap: Bool

    public init(
        id: String, judul: String, subjudul: String? = nil, kolom: [Kolom], header: [[SelHeader]] = [],
        barisNomor: Bool = true, baris: [BarisTabel] = [], catatan: [String] = [], lanskap: Bool = false
    ) {
        self.id = id
        self.judul = judul
        self.subjudul = subjudul
        self.kolom = kolom
        self.header = header
        self.barisNomor = barisNomor
        self.baris = baris
        self.catatan = catatan
        self.lanskap = lanskap
    }
}

/// A leaf column: its machine id (JSON key), its label, its number in the column-number row and its format.
public struct Kolom: Sendable, Hashable {
    public var id: String
    public var judul: String
    /// The label in the column-number row: "1", "8 = (7/6)". Adjacent columns with the same label share one
    /// merged number cell (a value and its unit under one regulation column).
    public var nomor: String
    public var format: FormatKolom
    /// Width in characters (XLSX column width; DOCX widths are proportional to it).
    public var lebar: Double
    /// The description column: indented by the row's level (program, kegiatan, sub-kegiatan).
    public var berjenjang: Bool

    public init(
        id: String, judul: String, nomor: String, format: FormatKolom = .teks, lebar: Double? = nil,
        berjenjang: Bool = false
    ) {
        self.id = id
        self.judul = judul
        self.nomor = nomor
        self.format = format
        self.lebar = lebar ?? format.lebarBawaan
        self.berjenjang = berjenjang
    }
}

/// How a column's values are shown; each cell still carries its own type.
public enum FormatKolom: Sendable, Hashable {
    case teks
    /// Whole rupiah, grouped: 2.852.250.329.
    case rupiah
    case desimal(presisi: Int)
    /// A percentage value (79,71 means 79,71 %): the "%" belongs in the header.
    case persen

    var lebarBawaan: Double {
        switch self {
        case .teks: 24
        case .rupiah: 18
        case .desimal: 12
        case .persen: 11
        }
    }

    var rataKanan: Bool {
        if case .teks = self { return false }
        return true
    }
}

/// One header cell spanning `colspan` leaf columns and `rowspan` header rows.
public struct SelHeader: Sendable, Hashable {
    public var teks: String
    public var colspan: Int
    public var rowspan: Int

    public init(_ teks: String, colspan: Int = 1, rowspan: Int = 1) {
        self.teks = teks
        self.colspan = colspan
        self.rowspan = rowspan
    }
}

/// A typed cell. Numbers stay numbers in every writer (XLSX numeric cells, JSON numbers); only the text
/// writers (DOCX) format them the Indonesian way.
public enum Sel: Sendable, Hashable {
    case kosong
    case teks(String)
    case rupiah(Int64?)
    case desimal(Decimal?, presisi: Int)
    /// A percentage as it is shown: 79,71 for 79,71 %. Capaian values come rounded by `Capaian.nilaiTampil`.
    case persen(Decimal?)
    /// An undefined capaian or aggregate (domain decision 4): "tidak dapat dihitung (target nol)".
    case tidakDapatDihitung(alasan: String)
}

/// A body row: cells in column order, its level in the program → kegiatan → sub-kegiatan hierarchy
/// (0, 1, 2; indents the description) and whether it is bold (program lines and totals).
public struct BarisTabel: Sendable, Hashable {
    public var sel: [Sel]
    public var level: Int
    public var tebal: Bool
    /// Where the row's values come from ("000:L233"): the location the engine's findings name, so the HTML
    /// writer and the JSON twin can show each finding beside its row. Not printed.
    public var rujukan: String?

    public init(_ sel: [Sel], level: Int = 0, tebal: Bool = false, rujukan: String? = nil) {
        self.sel = sel
        self.level = level
        self.tebal = tebal
        self.rujukan = rujukan
    }

    /// Whether a finding's location names this row ("000:L233" or "000:L233 target:2024").
    public func menyangkut(_ f: Finding) -> Bool {
        guard let r = rujukan, !r.isEmpty else { return false }
        return f.lokasi == r || f.lokasi.hasPrefix(r + " ")
    }
}

/// Why a table cannot be rendered as built.
public enum GalatTabel: Error, Hashable, Sendable, CustomStringConvertible {
    case tanpaKolom(tabel: String)
    case headerTidakPas(tabel: String, baris: Int, pesan: String)
    case jumlahSel(tabel: String, baris: Int, ada: Int, harus: Int)

    public var description: String {
        switch self {
        case .tanpaKolom(let t): "table \(t) has no columns"
        case .headerTidakPas(let t, let b, let p): "table \(t), header row \(b + 1): \(p)"
        case .jumlahSel(let t, let b, let ada, let harus): "table \(t), body row \(b + 1): \(ada) cells for \(harus) columns"
        }
    }
}

/// A header cell placed on the grid: zero-based header row and leaf column.
public struct PosisiHeader: Sendable, Hashable {
    public var baris: Int
    public var kolom: Int
    public var colspan: Int
    public var rowspan: Int
    public var teks: String
}

extension TabelDokumen {
    /// The header rows actually rendered (one row of column labels when `header` is empty).
    public var headerEfektif: [[SelHeader]] {
        header.isEmpty ? [kolom.map { SelHeader($0.judul) }] : header
    }

    /// Places every header cell on the grid, checking that each header row covers every column exactly once.
    public func tataLetakHeader() throws(GalatTabel) -> [PosisiHeader] {
        guard !kolom.isEmpty else { throw .tanpaKolom(tabel: id) }
        let rows = headerEfektif
        var terisi = Array(repeating: Array(repeating: false, count: kolom.count), count: rows.count)
        var out: [PosisiHeader] = []
        for (r, sel) in rows.enumerated() {
            var c = 0
            for h in sel {
                while c < kolom.count && terisi[r][c] { c += 1 }
                guard h.colspan >= 1, h.rowspan >= 1 else {
                    throw .headerTidakPas(tabel: id, baris: r, pesan: "\"\(h.teks)\" has a span below 1")
                }
                guard c + h.colspan <= kolom.count else {
                    throw .headerTidakPas(tabel: id, baris: r, pesan: "\"\(h.teks)\" runs past the last column")
                }
                guard r + h.rowspan <= rows.count else {
                    throw .headerTidakPas(tabel: id, baris: r, pesan: "\"\(h.teks)\" runs below the header")
                }
                for rr in r..<(r + h.rowspan) {
                    for cc in c..<(c + h.colspan) {
                        guard !terisi[rr][cc] else {
                            throw .headerTidakPas(tabel: id, baris: r, pesan: "\"\(h.teks)\" overlaps another cell")
                        }
                        terisi[rr][cc] = true
                    }
                }
                out.append(PosisiHeader(baris: r, kolom: c, colspan: h.colspan, rowspan: h.rowspan, teks: h.teks))
                c += h.colspan
            }
            if let kosong = terisi[r].firstIndex(of: false) {
                throw .headerTidakPas(tabel: id, baris: r, pesan: "column \(kosong + 1) has no header cell")
            }
        }
        return out
    }

    /// Runs of adjacent columns sharing one number label: (first column, count, label).
    public var rentangNomor: [(kolom: Int, jumlah: Int, nomor: String)] {
        var out: [(Int, Int, String)] = []
        for (i, k) in kolom.enumerated() {
            if let last = out.last, last.2 == k.nomor, !k.nomor.isEmpty, last.0 + last.1 == i {
                out[out.count - 1].1 += 1
            } else {
                out.append((i, 1, k.nomor))
            }
        }
        return out
    }

    /// Checks the header layout and that every body row has one cell per column.
    public func validasi() throws(GalatTabel) {
        _ = try tataLetakHeader()
        try validasi(baris: baris)
    }

    func validasi(baris rows: [BarisTabel], mulai: Int = 0) throws(GalatTabel) {
        for (i, b) in rows.enumerated() where b.sel.count != kolom.count {
            throw .jumlahSel(tabel: id, baris: mulai + i, ada: b.sel.count, harus: kolom.count)
        }
    }

    /// One label per leaf column for flat formats (CSV): the texts of the header cells above it, top to bottom,
    /// joined by " – " ("Target Renja Tahun 2025 – Angka").
    public func judulDatar() throws(GalatTabel) -> [String] {
        let posisi = try tataLetakHeader()
        return kolom.indices.map { c in
            var bagian: [String] = []
            for p in posisi.sorted(by: { $0.baris < $1.baris }) where (p.kolom..<(p.kolom + p.colspan)).contains(c) {
                let t = p.teks.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty && bagian.last != t { bagian.append(t) }
            }
            return bagian.isEmpty ? kolom[c].judul : bagian.joined(separator: " – ")
        }
    }
}
