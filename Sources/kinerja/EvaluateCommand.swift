import ArgumentParser
import Foundation
import KinerjaCore
import KinerjaStore
import Vapor

struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the T-C.29 rows of an office's Renja year with capaian, category and findings.",
        discussion: """
            Columns follow Permendagri 86/2017 T-C.29 for plan year N: 4 Renstra target, 5 realisation up to N-3,
            6/7 target/realisation N-2, 8 = 7/6, 9 target N-1, 10 realisation up to N-1 (by aggregation type),
            11 = 10/4. Category is column 11's band on the Permendagri 86/2017 scale.

            --json prints an array of row objects with these keys:
              lokasi     where the row comes from (seed line such as "000:L162", or the code)
              kode       nomenclature code, or null
              uraian     program / kegiatan / sub-kegiatan name
              indikator  indicator name
              satuan     the indicator's unit
              arah, agregasi   direction and aggregation type
              k4, k5, k6, k7, k9   input columns as numbers (null when absent)
              k8, k11    capaian in percent, unrounded (null when it cannot be computed)
              k8_alasan, k11_alasan   why it cannot be computed (Indonesian), else null
              k10        column 10 as a number, or null;  k10_alasan  as above
              k8_teks, k10_teks, k11_teks   display text ("111,11 %")
              kategori8, kategori11   category on the scale, or null
              dicetak    the printed cells of an imported row: {"k8": "90", …}
              temuan     findings: [{ruleId, severity, lokasi, pesan, dicetak, dihitung}]
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var sasaran: OPDTahunOptions

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database) { app in
                let o = try await WilayahRepository(db: app.db).opd(kode: sasaran.opd)
                let rows = try await TC29Query(db: app.db).baris(opdID: try o.requireID(), tahun: sasaran.year)
                guard !rows.isEmpty else { throw Gagal("no T-C.29 data for \(sasaran.opd) and plan year \(sasaran.year)") }
                let aturan = AturanPemda(rumusTurun: RumusTurun(rawValue: o.pemda.rumusTurun) ?? .selisih)
                let hasil = rows.map { ($0, EvaluasiTC29.evaluate($0.baris, aturan: aturan)) }
                if sasaran.json { print(try EvaluateOutput.json(hasil)) } else { print(EvaluateOutput.tabel(hasil, tahun: sasaran.year)) }
            }
        }
    }
}

enum EvaluateOutput {
    struct Row: Encodable {
        var lokasi: String
        var kode: String?
        var uraian: String
        var indikator: String
        var satuan: String
        var arah: String
        var agregasi: String
        var k4, k5, k6, k7, k9: Decimal?
        var k8, k10, k11: Decimal?
        var k8_alasan, k10_alasan, k11_alasan: String?
        var k8_teks, k10_teks, k11_teks: String
        var kategori8, kategori11: String?
        var dicetak: [String: String]
        var temuan: [Finding]
    }

    static func angka(_ b: Besaran?) -> Decimal? {
        guard let b, case .angka(let v) = b.nilai else { return nil }
        return v
    }

    static func row(_ r: BarisTC29Lengkap, _ h: HasilTC29) -> Row {
        let b = r.baris
        var dicetak: [String: String] = [:]
        for (k, v) in r.dicetak { dicetak[String(k.prefix { $0 != "_" })] = v }
        if let v = b.dicetak8 { dicetak["k8"] = v }
        if let v = b.dicetak10 { dicetak["k10"] = v }
        if let v = b.dicetak11 { dicetak["k11"] = v }
        return Row(
            lokasi: b.lokasi, kode: r.kode?.description, uraian: r.uraian, indikator: b.indikator.nama, satuan: b.indikator.satuan.rawValue,
            arah: b.indikator.arah.rawValue, agregasi: b.indikator.agregasi.rawValue,
            k4: angka(b.kolom4), k5: angka(b.kolom5), k6: angka(b.kolom6), k7: angka(b.kolom7), k9: angka(b.kolom9),
            k8: h.kolom8.angka, k10: angka(h.kolom10.besaran), k11: h.kolom11.angka,
            k8_alasan: h.kolom8.alasan?.pesan, k10_alasan: h.kolom10.alasan?.pesan, k11_alasan: h.kolom11.alasan?.pesan,
            k8_teks: h.kolom8.teks(), k10_teks: h.kolom10.besaran.map { Tampilan.besaran($0, presisi: b.indikator.presisi) } ?? "–",
            k11_teks: h.kolom11.teks(), kategori8: h.kategori8, kategori11: h.kategori11, dicetak: dicetak, temuan: h.temuan)
    }

    static func json(_ hasil: [(BarisTC29Lengkap, HasilTC29)]) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try enc.encode(hasil.map { row($0.0, $0.1) }), as: UTF8.self)
    }

    static func tabel(_ hasil: [(BarisTC29Lengkap, HasilTC29)], tahun n: Int) -> String {
        func s(_ d: Decimal?) -> String { d.map { Tampilan.angka($0, presisi: 2) } ?? "–" }
        var out = ["T-C.29 plan year \(n): 4 Renstra | 5 s/d \(n - 3) | 6 target \(n - 2) | 7 realisasi \(n - 2) | 8 = 7/6 | 9 target \(n - 1) | 10 s/d \(n - 1) | 11 = 10/4"]
        for (r, h) in hasil {
            let x = row(r, h)
            out.append([x.lokasi, x.kode ?? "", String(x.uraian.prefix(40)), String(x.indikator.prefix(50)), x.satuan,
                        s(x.k4), s(x.k5), s(x.k6), s(x.k7), x.k8_teks, s(x.k9), x.k10_teks, x.k11_teks, x.kategori11 ?? "–"].joined(separator: "\t"))
            for t in h.temuan { out.append("\t↳ [\(t.ruleId)] \(t.pesan)\(t.dicetak.map { " (dicetak \($0)" + (t.dihitung.map { ", seharusnya \($0))" } ?? ")") } ?? "")") }
        }
        let n = hasil.reduce(0) { $0 + $1.1.temuan.count }
        out.append("\(hasil.count) rows, \(n) findings")
        return out.joined(separator: "\n")
    }
}
