import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// The Perjanjian Kinerja cycle in the app: an adopted PK is changed through a PK Perubahan, whose targets and
/// rencana aksi are entered and which the kepala dinas adopts with its reason; the LKjIP measures against it.
@Suite("Perjanjian Kinerja: Perubahan, target and rencana aksi, adoption")
struct PKWebTests {
    @Test("Mamuju 2024: PK Perubahan v2, IKU01 target 67 → 80 with rencana aksi 20/40/60/80, adopted with a reason; the LKjIP then rates 85 against 80 = 106,25 %")
    func siklus() async throws {
        try await withTestApp(demo: true) { app in
            let perencana = KlienUji(app)
            try await perencana.masuk("mamuju.perencana")
            let kadis = KlienUji(app)
            try await kadis.masuk("mamuju.kadis")
            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.pemeriksa", on: app.db))
            func pk() async throws -> [String: Any] { try #require(try await api.get("/api/opd/76.02-dinsos/pk/2024").jsonObjek) }
            func iku01(_ j: [String: Any]) throws -> [String: Any] { try #require((j["target"] as? [[String: Any]])?.first { $0["kode"] as? String == "IKU01" }) }
            #expect((try await pk())["versi"] as? Int == 1)

            #expect(try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/perubahan", form: [:], csrf: true).status == .seeOther)
            var j = try await pk()
            #expect(j["versi"] as? Int == 2 && j["ditetapkan"] as? Bool == false)
            #expect((try iku01(j)["target"] as? NSNumber)?.stringValue == "67", "the Perubahan starts as a copy")
            // The LKjIP keeps reporting on the signed v1 while v2 is a draft.
            let lk1 = try #require(try await api.get("/api/opd/76.02-dinsos/lkjip/2024").jsonObjek)
            #expect((lk1["perjanjianKinerja"] as? [String: Any])?["versi"] as? Int == 1)

            let form = try await perencana.get("/opd/76.02-dinsos/pk/2024/target/IKU01")
            #expect(form.status == .ok && form.body.string.contains("name=\"tw4\""))
            let salah = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/target/IKU01", form: ["target": "delapan puluh"], csrf: true)
            #expect(salah.status == .unprocessableEntity && salah.body.string.contains("target"))
            // The form carries the fingerprint it was opened with.
            let versi = try #require(try iku01(j)["versi"] as? String)
            #expect(form.body.string.contains("name=\"versi\" value=\"\(versi)\""))
            let simpan = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/target/IKU01",
                                                   form: ["target": "80", "tw1": "20", "tw2": "40", "tw3": "60", "tw4": "80", "alasan": "PSKS baru", "versi": versi], csrf: true)
            #expect(simpan.status == .seeOther)
            j = try await pk()
            #expect((try iku01(j)["target"] as? NSNumber)?.stringValue == "80")
            #expect((try iku01(j)["rencanaAksi"] as? [NSNumber])?.map(\.stringValue) == ["20", "40", "60", "80"])
            // A second writer still holding the old form: refused with the stored values named, nothing overwritten.
            let basi = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/target/IKU01",
                                                 form: ["target": "75", "tw1": "", "tw2": "", "tw3": "", "tw4": "75", "versi": versi], csrf: true)
            #expect(basi.status == .conflict && basi.body.string.contains("sudah diubah orang lain") && basi.body.string.contains("target 80"))
            let apiBasi = try await perencana.kirim(.PUT, "/api/opd/76.02-dinsos/pk/2024/target/IKU01", json: ["target": 75, "rencanaAksi": [NSNull(), NSNull(), NSNull(), 75], "versi": versi], csrf: true)
            #expect(apiBasi.status == .conflict)
            #expect((try iku01(try await pk())["target"] as? NSNumber)?.stringValue == "80")

            // Adoption needs the reason of the change, and only the kepala dinas adopts.
            #expect(try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/tetapkan", form: ["alasan": "x"], csrf: true).status == .forbidden)
            #expect(try await kadis.kirim(.POST, "/opd/76.02-dinsos/pk/2024/tetapkan", form: [:], csrf: true).status == .unprocessableEntity)
            #expect(try await kadis.kirim(.POST, "/opd/76.02-dinsos/pk/2024/tetapkan", form: ["alasan": "penambahan PSKS aktif"], csrf: true).status == .seeOther)
            j = try await pk()
            #expect(j["versi"] as? Int == 2 && j["ditetapkan"] as? Bool == true)
            // Adopted: no more changes, in the app or in the database.
            #expect(try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2024/target/IKU01", form: ["target": "90"], csrf: true).status == .conflict)
            let v2 = try #require(try await PerjanjianKinerjaModel.query(on: app.db).filter(\.$versi == 2).filter(\.$tahun == 2024).first())
            let t = try #require(try await PKTargetModel.query(on: app.db).filter(\.$pk.$id == v2.requireID()).first())
            t.nilaiE4 = 1
            await #expect(throws: (any Error).self) { try await t.save(on: app.db) }

            // The LKjIP now reports on v2: IKU01 85 against 80.
            let lk = try #require(try await api.get("/api/opd/76.02-dinsos/lkjip/2024").jsonObjek)
            #expect((lk["perjanjianKinerja"] as? [String: Any])?["versi"] as? Int == 2)
            let psks = try LKjIPWebTests.baris(try LKjIPWebTests.tabel(lk, "pengukuran-kinerja"), "Jumlah PSKS")
            #expect(LKjIPWebTests.angka(psks["target"]) == "80" && LKjIPWebTests.angka(psks["capaian"]) == "106.25")

            let aksi = try await AuditLogModel.query(on: app.db).filter(\.$entitas ~~ ["perjanjian_kinerja", "pk_target"]).sort(\.$waktu).all().map(\.aksi)
            #expect(aksi == ["buat_perubahan", "ubah_target", "tetapkan"])
        }
    }
}
