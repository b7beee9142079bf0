import ArgumentParser
import Foundation
import KinerjaCore
import KinerjaStore
import Vapor

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the data-quality findings of an office's plan year (every rule of docs/rumus.md).",
        discussion: "--json prints an array of findings: {ruleId, severity, lokasi, pesan, dicetak, dihitung}.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var sasaran: OPDTahunOptions

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database) { app in
                let o = try await WilayahRepository(db: app.db).opd(kode: sasaran.opd)
                let dok = try await PemeriksaanQuery(db: app.db).dokumen(opd: o, tahun: sasaran.year)
                let aturan = AturanPemda(rumusTurun: RumusTurun(rawValue: o.pemda.rumusTurun) ?? .selisih)
                let temuan = PemeriksaanKualitas.periksa(dok, aturan: aturan)
                if sasaran.json {
                    let enc = JSONEncoder()
                    enc.outputFormatting = [.prettyPrinted, .sortedKeys]
                    print(String(decoding: try enc.encode(temuan), as: UTF8.self))
                    return
                }
                for t in temuan {
                    var line = "\(t.ruleId)\t\(t.severity)\t\(t.lokasi)\t\(t.pesan)"
                    if let d = t.dicetak { line += "\tdicetak: \(d)" }
                    if let h = t.dihitung { line += "\tseharusnya: \(h)" }
                    print(line)
                }
                let perAturan = Dictionary(grouping: temuan, by: \.ruleId).map { "\($0.key): \($0.value.count)" }.sorted()
                print("\(temuan.count) findings for \(o.nama) \(sasaran.year) — " + perAturan.joined(separator: ", "))
            }
        }
    }
}
