import FluentKit
import Foundation
import KinerjaCore

/// Loads the money units that column headers print (`satuan-kolom-<n>.csv`: seed line, the table file and the
/// column the header stands over, the unit as printed), kept as printed cells of kolom `satuan_kolom:<column>` in
/// that table (read back by `PemeriksaanQuery.satuanKolom`), so R44 reports a "(Rp.000)" header over cells that
/// hold full rupiah (000:L282, renja-spec §6.2 #41).
struct SatuanKolomLoader {
    let loader: DemoLoader
    static let awalan = "satuan-kolom-"
    static let kolom = "satuan_kolom:"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            let file = "\(kunci)/\(name)"
            for row in try loader.tabel(file, required: ["seed_ref", "tabel", "kolom", "satuan_dicetak"]).baris {
                let rujukan = try row.wajib("seed_ref", file: file), tabel = try row.wajib("tabel", file: file)
                let k = try row.wajib("kolom", file: file), teks = try row.wajib("satuan_dicetak", file: file)
                guard k.hasPrefix("pagu") && k.hasSuffix("_dicetak") else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) kolom", message: "'\(k)' is not a printed pagu column (pagu…_dicetak)",
                        pesan: "'\(k)' bukan kolom pagu tercetak (pagu…_dicetak).")
                }
                guard loader.ada("\(kunci)/\(tabel)") else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) tabel", message: "'\(tabel)' is not a table file of \(kunci)", pesan: "'\(tabel)' bukan berkas tabel \(kunci).")
                }
                guard SatuanKolomTercatat.faktor(teks) > 1 else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) satuan_dicetak", message: "'\(teks)' states no multiple of the rupiah (Rp.000, ribuan, juta)",
                        pesan: "'\(teks)' tidak menyatakan kelipatan rupiah (Rp.000, ribuan, juta).")
                }
                // Kept under the table it heads, so that table's cells are read with it; once (idempotent demo).
                let sudah = try await NilaiTercetakModel.query(on: loader.db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
                    .filter(\.$tabel == tabel).filter(\.$rujukan == rujukan).filter(\.$kolom == "\(Self.kolom)\(k)").first()
                guard sudah == nil else { continue }
                try await loader.tercetak(opdID: opdID, n: n, tabel: tabel, rujukan: rujukan, kode: nil, kolom: "\(Self.kolom)\(k)", teks: teks)
            }
        }
    }
}
