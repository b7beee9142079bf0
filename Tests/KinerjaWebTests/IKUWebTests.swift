import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// IKU definitions edited in the app: formulasi, sumber data, penanggung jawab — audited, optimistically locked,
/// and read back by the LKjIP's IKU table.
@Suite("IKU definitions")
struct IKUWebTests {
    @Test("a perencana changes IKU02's formulasi and responsible unit; the list, the API and the LKjIP's IKU table show it; a stale save answers 409; a foreign unit is refused naming the field")
    func ubah() async throws {
        try await withTestApp(demo: true) { app in
            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.perencana", on: app.db))
            let daftar = try #require(try JSONSerialization.jsonObject(with: Data(try await api.get("/api/opd/76.02-dinsos/iku").body.readableBytesView)) as? [[String: Any]])
            let iku02 = try #require(daftar.first { $0["kode"] as? String == "IKU02" })
            let versi = try #require(iku02["versi"] as? String)
            let unit = try #require(try await UnitKerjaModel.query(on: app.db).join(OPDModel.self, on: \UnitKerjaModel.$opd.$id == \OPDModel.$id)
                .filter(OPDModel.self, \.$kode == "76.02-dinsos").first()?.kode)

            let web = KlienUji(app)
            try await web.masuk("mamuju.perencana")
            let form = try await web.get("/opd/76.02-dinsos/iku/IKU02")
            #expect(form.status == .ok && form.body.string.contains("name=\"versi\" value=\"\(versi)\""))
            let simpan = try await web.kirim(.POST, "/opd/76.02-dinsos/iku/IKU02", form: [
                "pembilang": "Jumlah TMP yang dipelihara <baik>", "penyebut": "Jumlah TMP", "sumber_data": "Bidang Rehsos", "unit_kerja": unit,
                "versi": versi, "alasan": "definisi Renstra",
            ], csrf: true)
            #expect(simpan.status == .seeOther && simpan.lokasi == "/opd/76.02-dinsos/iku#iku-IKU02")
            let halaman = try await web.get("/opd/76.02-dinsos/iku").body.string
            #expect(halaman.contains("Jumlah TMP yang dipelihara &lt;baik&gt;"))

            // The old fingerprint is stale now: the form answers 409 with the stored values, the API too.
            let basi = try await web.kirim(.POST, "/opd/76.02-dinsos/iku/IKU02", form: ["pembilang": "Lain", "versi": versi], csrf: true)
            #expect(basi.status == .conflict && basi.body.string.contains("Jumlah TMP yang dipelihara &lt;baik&gt;") && basi.body.string.contains("value=\"Lain\""))
            #expect(try await api.kirim(.PUT, "/api/opd/76.02-dinsos/iku/IKU02", json: ["pembilang": "Lain", "versi": versi]).status == .conflict)

            // The new fingerprint works; a unit of another office is refused (422, the field named), nothing saved.
            let baru = try #require(try await api.get("/api/opd/76.02-dinsos/iku").body.string.split(separator: "{").first { $0.contains("\"IKU02\"") })
            let d = try #require(try JSONSerialization.jsonObject(with: Data(try await api.get("/api/opd/76.02-dinsos/iku").body.readableBytesView)) as? [[String: Any]])
            let v2 = try #require(d.first { $0["kode"] as? String == "IKU02" }?["versi"] as? String)
            #expect(v2 != versi && baru.contains("Bidang Rehsos"))
            let asing = try await api.kirim(.PUT, "/api/opd/76.02-dinsos/iku/IKU02", json: ["pembilang": "X", "unitKerja": "TIDAK-ADA", "versi": v2])
            #expect(asing.status == .unprocessableEntity && asing.jsonObjek?["field"] as? String == "unit_kerja")

            // The LKjIP's IKU table reads the definition.
            let j = try #require(try await api.get("/api/opd/76.02-dinsos/lkjip/2024").jsonObjek)
            let ikuTabel = try #require((j["tabel"] as? [[String: Any]])?.first { $0["id"] as? String == "iku" }?["baris"] as? [[String: Any]])
            #expect(ikuTabel.contains { r in r.values.contains { ($0 as? String)?.contains("Jumlah TMP yang dipelihara <baik>") == true } })

            // One audit entry, with before, after and reason.
            let log = try await AuditLogModel.query(on: app.db).filter(\.$entitas == "indikator").all()
            #expect(log.count == 1 && log.first?.alasan == "definisi Renstra" && log.first?.sesudah?.contains("Bidang Rehsos") == true)
        }
    }
}
