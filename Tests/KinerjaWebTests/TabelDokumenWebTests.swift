import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// The evaluation tables as pages and JSON on the Mamuju demo (Renja 2024): the numbers are the engine's, the
/// findings sit beside the rows they name.
@Suite("Evaluation tables T-C.29 / T-C.30: page and JSON twin")
struct TabelDokumenWebTests {
    static let mamuju = "76.02-dinsos"

    static func renjaID(_ api: KlienUji) async throws -> String {
        let list = try #require(try await api.get("/api/opd/\(mamuju)/renja").jsonLarik)
        return try #require(list.max { ($0["versi"] as? Int ?? 0) < ($1["versi"] as? Int ?? 0) }?["id"] as? String)
    }

    @Test("T-C.30 JSON: capaian columns equal EvaluasiTC30 on the stored rows; 000:L233 100/79,23 = 126,21 %")
    func tc30() async throws {
        try await withTestApp(demo: true) { app in
            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.perencana", on: app.db))
            let renja = try await Self.renjaID(api)
            let res = try await api.get("/api/renja/\(renja)/tabel/tc30")
            #expect(res.status == .ok)
            let t = try #require(res.jsonObjek)
            let baris = try #require(t["baris"] as? [[String: Any]])
            let opd = try #require(try await OPDModel.query(on: app.db).filter(\.$kode == Self.mamuju).first())
            let stored = try await TC30Query(db: app.db).baris(opdID: try opd.requireID(), tahun: 2024)
            #expect(baris.count == stored.count)
            for (j, s) in zip(baris, stored) {
                let h = EvaluasiTC30.evaluate(s.baris, tahun: 2024)
                for y in [2022, 2023] {
                    let want = h.capaian[y]?.nilaiTampil(presisi: 2)
                    let got = (j["capaian_\(y)"] as? NSNumber).map { Decimal(string: $0.stringValue)! }
                    if let want { #expect(got == want, "\(s.rujukan) \(y)") } else { #expect(got == nil, "\(s.rujukan) \(y)") }
                }
            }
            let bencana = try #require(baris.first { ($0["indikator"] as? String)?.hasPrefix("Persentase penyelenggaraan perlindungan") == true })
            #expect((bencana["capaian_2022"] as? NSNumber)?.stringValue == "126.21")
            #expect((bencana["target_2022"] as? NSNumber)?.stringValue == "79.23")
            // Findings of the T-C.30 rules point at their row.
            let temuan = try #require(t["temuan"] as? [[String: Any]])
            let r25 = try #require(temuan.first { $0["lokasi"] as? String == "000:L241" && ($0["ruleId"] as? String)?.hasPrefix("R25") == true })
            let i = try #require(r25["baris"] as? Int)
            #expect((baris[i]["indikator"] as? String)?.hasPrefix("Persentase Keluarga miskin") == true)
        }
    }

    @Test("T-C.29 page: the engine's columns in Indonesian form, findings inline, links to every format")
    func tc29Page() async throws {
        try await withTestApp(demo: true) { app in
            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.perencana", on: app.db))
            let renja = try await Self.renjaID(api)
            let json = try #require(try await api.get("/api/renja/\(renja)/tabel/tc29").jsonObjek)
            let baris = try #require(json["baris"] as? [[String: Any]])
            let temuan = try #require(json["temuan"] as? [[String: Any]])
            let page = try await api.get("/renja/\(renja)/tabel/tc29")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<tr class=\"nomor-kolom\">"))
            #expect(html.contains("8 = (7/6)"))
            for f in ["xlsx", "csv", "json"] { #expect(html.contains("/unduh/\(f)?tabel=tc29")) }
            // Every column-11 value of the JSON appears, Indonesian style, in the page.
            for b in baris {
                guard let v = b["k11"] as? NSNumber else { continue }
                let teks = Tampilan.angka(Decimal(string: v.stringValue)!, presisi: 2)
                #expect(html.contains(">\(teks)</td>"), "k11 \(teks)")
            }
            #expect(html.components(separatedBy: "<tr class=\"temuan\">").count - 1 == Set(temuan.compactMap { $0["baris"] as? Int }).count)
            if let f = temuan.first, let rule = f["ruleId"] as? String { #expect(html.contains(rule)) }
        }
    }
}
