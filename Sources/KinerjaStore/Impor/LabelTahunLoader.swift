import FluentKit
import Foundation
import KinerjaCore

/// Loads the year labels a Renja prints in titles and column headers (`label-tahun-<n>.csv`: seed line, text as
/// printed, and the year it should name as an offset from the plan year n), kept as printed cells of kolom
/// `label_tahun:<offset>`, so R08 reports a label naming another year (001:L751 "s/d Tahun 2023" over the
/// realisation to n-3 = 2021).
struct LabelTahunLoader {
    let loader: DemoLoader
    var db: any Database { loader.db }
    static let awalan = "label-tahun-"

    func muat(opd: OPDModel, kunci: String) async throws {
        let folder = loader.folder.appendingPathComponent(kunci).path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let opdID = try opd.requireID()
        for name in names.sorted() where name.hasPrefix(Self.awalan) && name.hasSuffix(".csv") {
            guard let n = Int(name.dropFirst(Self.awalan.count).prefix(4)) else { continue }
            guard try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tabel == name).first() == nil else { continue }
            for row in try loader.tabel("\(kunci)/\(name)", required: ["seed_ref", "teks_dicetak", "offset"]).baris {
                guard let teks = row["teks_dicetak"], let offset = row["offset"].flatMap(Int.init), let rujukan = row["seed_ref"] else {
                    throw StoreError.invalid(
                        field: "\(kunci)/\(name):\(row.baris)", message: "seed_ref, teks_dicetak and an integer offset are required",
                        pesan: "seed_ref, teks_dicetak dan offset (bilangan bulat) wajib diisi.")
                }
                let m = NilaiTercetakModel()
                m.$opd.id = opdID
                m.tahun = n
                m.tabel = name
                m.rujukan = rujukan
                m.kolom = "label_tahun:\(offset)"
                m.teks = teks
                try await m.create(on: db)
            }
        }
    }

    /// The stored labels of plan year n as the rule reads them.
    static func label(_ printed: [NilaiTercetakModel], tahun n: Int) -> [LabelTahunTercatat] {
        printed.filter { $0.tabel == "\(awalan)\(n).csv" }.compactMap { p in
            guard p.kolom.hasPrefix("label_tahun:"), let offset = Int(p.kolom.dropFirst("label_tahun:".count)) else { return nil }
            return LabelTahunTercatat(lokasi: p.rujukan, teks: p.teks, offset: offset)
        }.sorted { $0.lokasi < $1.lokasi }
    }
}
