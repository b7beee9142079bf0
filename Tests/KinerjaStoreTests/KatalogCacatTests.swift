import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

/// The numbered defects of renja-spec §6.2 (#1-#49) and lakip-spec §8 (#1-#83), one catalogue row per defect and
/// cell: `Demo/katalog-cacat.csv` says, for each, which office and year it belongs to and either the rule and
/// seed location `kinerja check` raises it at, or why it is not checked (prose not transcribed, prevented by the
/// model, …). The catalogue was written from the specs; this suite holds the demo data and the rules to it.
@Suite("Defect catalogue: every numbered seed defect of the specs, per office")
struct KatalogCacatTests {
    struct Entri: Sendable {
        var baris: Int
        var id: String
        var opd: String
        var tahun: Int
        var terdeteksi: Bool
        var aturan: String?
        var lokasi: String?
        var catatan: String?
    }

    static func katalog() throws -> [Entri] {
        let url = DemoLoader.bundledFolder.appendingPathComponent("katalog-cacat.csv")
        let tabel = try CSVTabel(
            file: "katalog-cacat.csv", text: try String(contentsOf: url, encoding: .utf8),
            required: ["id", "opd", "tahun", "status", "aturan", "lokasi", "catatan"])
        return try tabel.baris.map { b in
            guard let id = b["id"], let opd = b["opd"], let tahun = b["tahun"].flatMap(Int.init), let status = b["status"],
                ["terdeteksi", "tidak-diperiksa"].contains(status)
            else { throw GalatKatalog(baris: b.baris) }
            return Entri(
                baris: b.baris, id: id, opd: opd, tahun: tahun, terdeteksi: status == "terdeteksi", aturan: b["aturan"],
                lokasi: b["lokasi"], catatan: b["catatan"])
        }
    }

    struct GalatKatalog: Error, CustomStringConvertible {
        var baris: Int
        var description: String { "katalog-cacat.csv:\(baris): id, opd, tahun or status missing or invalid" }
    }

    /// The office and year each seed belongs to (renja-spec §1 / lakip-spec §1).
    static let kantor: Set<String> = ["76.02-dinsos 2024", "73.17-dinsos 2024", "65.71-dinsos 2024", "76.04-dinsos 2023"]

    @Test("every numbered defect of both specs is catalogued, each row complete")
    func cakupan() throws {
        let k = try Self.katalog()
        let harap = Set((1...49).map { "renja#\($0)" } + (1...83).map { "lakip#\($0)" })
        let ids = Set(k.map(\.id))
        #expect(harap.subtracting(ids).isEmpty, "not catalogued: \(harap.subtracting(ids).sorted())")
        #expect(ids.subtracting(harap).isEmpty, "not in the specs: \(ids.subtracting(harap).sorted())")
        for e in k {
            #expect(Self.kantor.contains("\(e.opd) \(e.tahun)"), "katalog-cacat.csv:\(e.baris): unknown office/year")
            if e.terdeteksi {
                #expect(e.aturan?.hasPrefix("R") == true && e.lokasi != nil, "katalog-cacat.csv:\(e.baris): rule or location missing")
            } else {
                #expect(e.catatan != nil && e.aturan == nil, "katalog-cacat.csv:\(e.baris): a defect not checked must say why")
            }
        }
    }

    /// Items raised per office (an item counts once however many cells it has; one spanning offices counts in
    /// each). Read from the catalogue: a row turned from `terdeteksi` to `tidak-diperiksa`, or lost, shows here.
    static let terdeteksiPerOPD = ["76.02-dinsos": 61, "73.17-dinsos": 24, "65.71-dinsos": 16, "76.04-dinsos": 33]

    @Test("the number of spec items raised per office")
    func jumlahPerOPD() throws {
        let k = try Self.katalog().filter(\.terdeteksi)
        let hitung = Dictionary(grouping: k, by: \.opd).mapValues { Set($0.map(\.id)).count }
        #expect(hitung == Self.terdeteksiPerOPD)
    }

    @Test("kinerja check raises every catalogued defect at its seed location with its rule")
    func terdeteksi() async throws {
        let k = try Self.katalog()
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            var temuan: [String: [Finding]] = [:]
            for kunci in Self.kantor {
                let bagian = kunci.split(separator: " ")
                let opd = try await WilayahRepository(db: db).opd(kode: String(bagian[0]))
                let tahun = try #require(Int(bagian[1]))
                temuan[kunci] = PemeriksaanKualitas.periksa(try await PemeriksaanQuery(db: db).dokumen(opd: opd, tahun: tahun))
            }
            for e in k where e.terdeteksi {
                let aturan = (e.aturan ?? "") + "-"
                let lokasi = e.lokasi ?? ""
                let ada = temuan["\(e.opd) \(e.tahun)", default: []].contains {
                    $0.ruleId.hasPrefix(aturan) && $0.lokasi.contains(lokasi)
                }
                #expect(ada, "katalog-cacat.csv:\(e.baris) \(e.id): no \(aturan)… finding at \(lokasi) for \(e.opd) \(e.tahun)")
            }
        }
    }
}
