import FluentKit
import Foundation
import KinerjaCore

/// Loads a Renja's second rumusan table (Tarakan's Tabel 8, 003:L901-960: the plan per program with Tujuan and
/// Sasaran columns) as printed cells. Kinerja keeps one Renja per version, the one of `dokumen.csv` (Tabel 7);
/// this table's targets and pagu stay what the document printed, so the checks can compare it with the Renja
/// (R06, renja-spec §6.2 #38: 003:L833 100 orang vs 003:L930 0 orang) and see a target 0 beside a pagu (R04).
struct Tabel8Loader {
    let loader: DemoLoader
    static let awalan = "tabel-8-"

    func muat(opd: OPDModel, kunci: String) async throws {
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            guard try await !loader.tercetakAda(opdID: try opd.requireID(), tabel: name) else { continue }
            for row in try loader.tabel("\(kunci)/\(name)", required: ["seed_ref", "kode", "satuan"]).baris {
                guard let k = row["kode"], (try? KodeNomenklatur(k)) != nil else {
                    throw StoreError.invalid(
                        field: "\(kunci)/\(name):\(row.baris) kode", message: "code '\(row["kode"] ?? "")' is not a nomenclature code",
                        pesan: "Kode tidak sah.")
                }
                try await loader.catatTercetak(row, opd: opd, tahun: n, file: name)
            }
        }
    }
}
