import Foundation

/// A table of counts as a report prints it (staff by education, eselon, gender: 002:L402-458, 004:L169-196): rows of
/// categories, columns, the printed row and column totals, and which rows make up a count that other tables give
/// too (`kunci`, e.g. the office's ASN).
public struct RekapTercatat: Hashable, Sendable {
    public struct Baris: Hashable, Sendable {
        public var lokasi: String
        public var nomor: Int?
        public var kategori: String
        /// The row of column totals.
        public var total: Bool
        /// The count this row belongs to (nil: none that another table repeats).
        public var kunci: String?
        /// Cells by column; a column named `RekapTercatat.kolomJumlah` holds the row total.
        public var sel: [String: Sel]
        public init(lokasi: String, nomor: Int? = nil, kategori: String, total: Bool = false, kunci: String? = nil, sel: [String: Sel]) {
            self.lokasi = lokasi
            self.nomor = nomor
            self.kategori = kategori
            self.total = total
            self.kunci = kunci
            self.sel = sel
        }
    }

    /// One cell: the count as an input (nil for a printed total, or when nothing legible is printed), the printed
    /// number (read by the importer, which knows the document's number format) and the printed text.
    public struct Sel: Hashable, Sendable {
        public var nilai: Decimal?
        public var tercetak: Decimal?
        public var dicetak: String?
        public init(nilai: Decimal?, tercetak: Decimal? = nil, dicetak: String?) {
            self.nilai = nilai
            self.tercetak = tercetak ?? dicetak.flatMap(AngkaDicetak.parse)?.decimal
            self.dicetak = dicetak
        }
    }

    /// The column of row totals.
    public static let kolomJumlah = "Jumlah"

    public var tabel: String
    public var baris: [Baris]
    public init(tabel: String, baris: [Baris]) {
        self.tabel = tabel
        self.baris = baris
    }
}

/// One fact a report gives in several places: a count ("jumlah ASN") or a grade ("predikat SAKIP 2020").
public struct FaktaTercatat: Hashable, Sendable {
    public var kunci: String
    public var tabel: String
    public var lokasi: String
    /// The value as the report gives it (a count formatted as Kinerja prints it, a grade as printed).
    public var nilai: String
    public init(kunci: String, tabel: String, lokasi: String, nilai: String) {
        self.kunci = kunci
        self.tabel = tabel
        self.lokasi = lokasi
        self.nilai = nilai
    }
}

/// Rules on printed count tables: totals against their parts (R12), row numbering (R28), the same count or grade
/// given by two tables (R33), and two tables under one number (R34).
enum AturanRekap {
    static func periksa(_ tabel: [RekapTercatat], fakta lain: [FaktaTercatat]) -> [Finding] {
        var out: [Finding] = []
        var fakta: [FaktaTercatat] = []
        for t in tabel {
            // The grand total is both a column and a row total: one finding per cell.
            var sel = Set<String>()
            out += (jumlahKolom(t) + jumlahBaris(t)).filter { sel.insert($0.lokasi).inserted }
            out += AturanTC30.nomorLompat(t.baris.filter { !$0.total }.map { ($0.lokasi, $0.nomor) })
            for (kunci, rows) in Dictionary(grouping: t.baris.filter { !$0.total && $0.kunci != nil }, by: { $0.kunci! }).sorted(by: { $0.key < $1.key }) {
                fakta.append(FaktaTercatat(kunci: "jumlah \(kunci)", tabel: t.tabel, lokasi: rows[0].lokasi, nilai: angka(rows.reduce(0) { $0 + isi($1) })))
            }
        }
        return out + faktaAntartabel(fakta + lain) + nomorTabel(tabel)
    }

    /// R34: two tables of one report under one number (002:L402 and L426, both "Tabel 1.3").
    static func nomorTabel(_ tabel: [RekapTercatat]) -> [Finding] {
        var pertama: [String: RekapTercatat] = [:]
        var out: [Finding] = []
        for t in tabel {
            guard let m = t.tabel.range(of: #"^Tabel\s+[0-9]+(\.[0-9]+)*"#, options: .regularExpression), let lokasi = t.baris.first?.lokasi else { continue }
            let nomor = String(t.tabel[m])
            if let a = pertama[nomor], a.tabel != t.tabel {
                out.append(
                    Finding(
                        .nomorTabelGanda, lokasi: "\(lokasi) vs \(a.baris.first?.lokasi ?? "")",
                        pesan: "\(nomor) dipakai untuk dua tabel: \"\(a.tabel)\" dan \"\(t.tabel)\".", dicetak: nomor))
            } else if pertama[nomor] == nil {
                pertama[nomor] = t
            }
        }
        return out
    }

    /// R33: one count or grade given by two tables (or a table and the narrative) of one report.
    static func faktaAntartabel(_ rows: [FaktaTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: \.kunci, berbeda: { $0.tabel != $1.tabel && $0.nilai != $1.nilai }) { other, first in
            Finding(
                .jumlahAntartabel, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "\(other.kunci.prefix(1).uppercased() + other.kunci.dropFirst()) \(other.nilai) menurut \(other.tabel), tetapi \(first.nilai) menurut \(first.tabel); satu fakta satu nilai.",
                dicetak: other.nilai)
        }
    }

    /// A cell's value: the input, else what is printed (a subtotal, 004:L1136); a printed "-" or an empty cell is
    /// none, 0, as the printed total counts it.
    static func nilai(_ s: RekapTercatat.Sel?) -> Decimal { s?.nilai ?? s?.tercetak ?? 0 }

    /// A row's count without its total column.
    static func isi(_ b: RekapTercatat.Baris) -> Decimal {
        b.sel.filter { $0.key != RekapTercatat.kolomJumlah }.values.reduce(0) { $0 + nilai($1) }
    }

    static func dicetak(_ s: RekapTercatat.Sel?) -> Decimal? { s?.tercetak }

    /// Counts print whole; scores (SAKIP 75,80) with their two decimals.
    static func angka(_ v: Decimal) -> String { Tampilan.angka(v, presisi: v == Tampilan.bulatkan(v, presisi: 0) ? 0 : 2) }

    /// The printed column totals (004:L196 Perempuan 12) against the Σ of the rows above.
    static func jumlahKolom(_ t: RekapTercatat) -> [Finding] {
        guard let total = t.baris.first(where: \.total) else { return [] }
        let rows = t.baris.filter { !$0.total }
        return total.sel.keys.sorted().compactMap { kolom in
            guard let printed = dicetak(total.sel[kolom]) else { return nil }
            let sum = rows.reduce(Decimal(0)) { $0 + (kolom == RekapTercatat.kolomJumlah ? (dicetak($1.sel[kolom]) ?? isi($1)) : nilai($1.sel[kolom])) }
            guard sum != printed else { return nil }
            return Finding(
                .rumusKolom, lokasi: "\(total.lokasi) \(kolom)",
                pesan: "\(t.tabel): jumlah kolom \(kolom) tercetak \(angka(printed)), padahal baris-barisnya berjumlah \(angka(sum)).",
                dicetak: angka(printed), dihitung: angka(sum))
        }
    }

    /// A row's printed total (004:L196 21 for 13 + 12) against the Σ of its cells as printed.
    static func jumlahBaris(_ t: RekapTercatat) -> [Finding] {
        t.baris.compactMap { b in
            guard let printed = dicetak(b.sel[RekapTercatat.kolomJumlah]) else { return nil }
            let parts = b.sel.filter { $0.key != RekapTercatat.kolomJumlah }
            guard !parts.isEmpty else { return nil }
            // A total row adds its printed totals; a category row its counts.
            let sum = parts.values.reduce(Decimal(0)) { $0 + (b.total ? (dicetak($1) ?? 0) : nilai($1)) }
            guard sum != printed else { return nil }
            return Finding(
                .rumusKolom, lokasi: "\(b.lokasi) \(RekapTercatat.kolomJumlah)",
                pesan: "\(t.tabel): jumlah baris \(b.kategori) tercetak \(angka(printed)), padahal kolom-kolomnya berjumlah \(angka(sum)).",
                dicetak: angka(printed), dihitung: angka(sum))
        }
    }
}
