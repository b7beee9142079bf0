import FluentKit
import Foundation
import KinerjaCore

/// Loads the year labels a Renja prints in titles and column headers (`label-tahun-<n>.csv`: seed line, text as
/// printed, and the year it should name as an offset from the plan year n), kept as printed cells of kolom
/// `label_tahun:<offset>` (read back by `PemeriksaanQuery.labelTahun`), so R08 reports a label naming another year
/// (001:L751 "s/d Tahun 2023" over the realisation to n-3 = 2021).
struct LabelTahunLoader {
    let loader: DemoLoader
    static let awalan = "label-tahun-"
    static let kolom = "label_tahun:"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            guard try await !loader.tercetakAda(opdID: opdID, tabel: name) else { continue }
            let file = "\(kunci)/\(name)"
            for row in try loader.tabel(file, required: ["seed_ref", "teks_dicetak", "offset"]).baris {
                let rujukan = try row.wajib("seed_ref", file: file), teks = try row.wajib("teks_dicetak", file: file)
                guard let offset = Int(try row.wajib("offset", file: file)) else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) offset", message: "offset must be a whole number of years", pesan: "offset harus bilangan bulat.")
                }
                try await loader.tercetak(opdID: opdID, n: n, tabel: name, rujukan: rujukan, kode: nil, kolom: "\(Self.kolom)\(offset)", teks: teks)
            }
        }
    }
}
