import FluentKit
import Foundation
import KinerjaCore

/// A report's staff tables (`rekap_pegawai`) as the count tables the data-quality rules read (`DokumenPeriksa.rekap`
/// → R12 totals, R28 numbering, R33 the ASN count of two tables), tables and rows in printed order.
public struct RekapPegawaiQuery: Sendable {
    let db: any Database
    public init(db: any Database) { self.db = db }

    /// A staff table as entered: its title, count columns left to right ("" for one count column) and its category
    /// rows with their counts. Printed totals (the total row, the "Jumlah" column) are left out: they are computed.
    public struct Tabel: Sendable {
        public var judul: String
        public var kolom: [String]
        public var baris: [(kategori: String, jumlah: [String: Int], lokasi: String)]
    }

    /// The office's staff tables of year n, in printed order; narrative counts ("Narasi BAB I …") are not tables.
    public func tabel(opdID: UUID, tahun n: Int) async throws -> [Tabel] {
        let cells = try await RekapPegawaiModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).all().sorted { $0.urutan < $1.urutan }
        var urutan: [String] = []
        for c in cells where !urutan.contains(c.tabel) && !c.tabel.hasPrefix("Narasi") { urutan.append(c.tabel) }
        return urutan.map { judul in
            let isi = cells.filter { $0.tabel == judul && !$0.total }
            var kolom: [String] = []
            for c in isi where c.kolom != "Jumlah" && !kolom.contains(c.kolom) { kolom.append(c.kolom) }
            let baris = Dictionary(grouping: isi, by: \.urutan).sorted { $0.key < $1.key }.compactMap { _, sel -> (String, [String: Int], String)? in
                guard let b = sel.first else { return nil }
                return (b.kategori, Dictionary(sel.compactMap { c in c.kolom == "Jumlah" ? nil : c.jumlah.map { (c.kolom, $0) } }, uniquingKeysWith: { a, _ in a }), b.rujukan)
            }
            return Tabel(judul: judul, kolom: kolom, baris: baris)
        }
    }

    func tambahkan(ke dok: inout DokumenPeriksa, opdID: UUID, tahun n: Int) async throws {
        let cells = try await RekapPegawaiModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).all()
        var urutanTabel: [String] = []
        for c in cells.sorted(by: { $0.urutan < $1.urutan }) where !urutanTabel.contains(c.tabel) { urutanTabel.append(c.tabel) }
        for tabel in urutanTabel {
            let rows = Dictionary(grouping: cells.filter { $0.tabel == tabel }, by: \.urutan).sorted { $0.key < $1.key }
            dok.rekap.append(RekapTercatat(tabel: tabel, baris: rows.compactMap { _, sel in
                guard let b = sel.first else { return nil }
                // A row's number and count key are printed once; any of its cells may carry them.
                return RekapTercatat.Baris(
                    lokasi: b.rujukan, nomor: sel.lazy.compactMap(\.nomorDicetak).first, kategori: b.kategori, total: b.total,
                    kunci: sel.lazy.compactMap(\.kunci).first,
                    sel: Dictionary(sel.map { ($0.kolom, RekapTercatat.Sel(nilai: $0.jumlah.map { Decimal($0) }, dicetak: $0.jumlahDicetak)) },
                                    uniquingKeysWith: { a, _ in a }))
            }))
        }
    }
}
