import FluentKit
import Foundation
import KinerjaCore

/// A report's staff tables (`rekap_pegawai`) as the count tables the data-quality rules read (`DokumenPeriksa.rekap`
/// → R12 totals, R28 numbering, R33 the ASN count of two tables), tables and rows in printed order.
struct RekapPegawaiQuery {
    let db: any Database

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
