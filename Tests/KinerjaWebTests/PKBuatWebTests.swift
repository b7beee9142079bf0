import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// Starting the Perjanjian Kinerja of a year from what Kinerja holds, and entering who signs it.
@Suite("Perjanjian Kinerja: a new year's draft, its signatories and date")
struct PKBuatWebTests {
    @Test("Luwu 2024: the draft's program budgets are Σ of the adopted Renja Perubahan's sub-kegiatan lines per program")
    func anggaranDariRenja() async throws {
        try await withTestApp(demo: true) { app in
            let perencana = KlienUji(app)
            try await perencana.masuk("luwu.perencana")
            let buat = try await perencana.kirim(.POST, "/opd/73.17-dinsos/pk", form: ["tahun": "2024"], csrf: true)
            #expect(buat.status == .seeOther && buat.lokasi == "/opd/73.17-dinsos/pk/2024")

            // Expected from the lines themselves: the latest adopted Renja 2024 of Luwu is the Perubahan v2.
            let opd = try #require(try await OPDModel.query(on: app.db).filter(\.$kode == "73.17-dinsos").first())
            let v2 = try #require(try await RenjaModel.query(on: app.db).filter(\.$opd.$id == opd.requireID()).filter(\.$tahun == 2024).filter(\.$versi == 2).first())
            #expect(v2.tahapan == Tahapan.ditetapkan.rawValue)
            var perProgram: [String: Int64] = [:]
            for b in try await RenjaBarisModel.query(on: app.db).filter(\.$renja.$id == v2.requireID()).with(\.$nomenklatur).all() {
                guard let p = b.pagu else { continue }
                perProgram[b.nomenklatur.kode.split(separator: ".").prefix(3).joined(separator: "."), default: 0] += p
            }
            #expect(perProgram.count > 1)

            let j = try #require(try await perencana.get("/api/opd/73.17-dinsos/pk/2024").jsonObjek)
            #expect(j["versi"] as? Int == 1 && j["ditetapkan"] as? Bool == false)
            let anggaran = try #require(j["anggaran"] as? [[String: Any]])
            var dapat: [String: Int64] = [:]
            for a in anggaran { dapat[try #require(a["kode"] as? String)] = (a["pagu"] as? NSNumber)?.int64Value }
            #expect(dapat == perProgram)
            #expect((j["totalAnggaran"] as? NSNumber)?.int64Value == perProgram.values.reduce(0, +))
            // No earlier PK of Luwu: the signatories are left for the planner.
            #expect((j["pihakPertama"] as? [String: Any])?["nama"] as? String == "")

            // The year exists now: a second one is refused with the field named, nothing added.
            let lagi = try await perencana.kirim(.POST, "/opd/73.17-dinsos/pk", form: ["tahun": "2024"], csrf: true)
            #expect(lagi.status == .unprocessableEntity && lagi.body.string.contains("sudah ada"))
            let salah = try await perencana.kirim(.POST, "/opd/73.17-dinsos/pk", form: ["tahun": "duaribu"], csrf: true)
            #expect(salah.status == .unprocessableEntity && salah.body.string.contains("tahun"))
            #expect(try await PerjanjianKinerjaModel.query(on: app.db).filter(\.$opd.$id == opd.requireID()).count() == 1)
        }
    }

    @Test("Mamuju 2025: every IKU with its Renstra target where the Renstra has one, the 2024 signatories; then the signatories and date are entered and adopted")
    func targetDanPenandatangan() async throws {
        try await withTestApp(demo: true) { app in
            let opd = try #require(try await OPDModel.query(on: app.db).filter(\.$kode == "76.02-dinsos").first())
            let opdID = try opd.requireID()
            // A Renstra 2021–2026 target for IKU01 in 2025 (the demo's Renstra carries none for the IKU).
            let renstra = try #require(try await RenstraModel.query(on: app.db).filter(\.$opd.$id == opdID).first())
            let iku01 = try #require(try await IndikatorModel.query(on: app.db).filter(\.$opd.$id == opdID).filter(\.$kode == "IKU01").first())
            let ri = RenstraIndikatorModel()
            ri.$renstra.id = try renstra.requireID()
            ri.$indikator.id = try iku01.requireID()
            try await ri.create(on: app.db)
            let rt = RenstraTargetModel()
            rt.$renstraIndikator.id = try ri.requireID()
            rt.tahun = 2025
            rt.nilaiE4 = 720_000
            try await rt.create(on: app.db)

            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.perencana", on: app.db))
            let dibuat = try await api.kirim(.POST, "/api/opd/76.02-dinsos/pk", json: ["tahun": 2025])
            #expect(dibuat.status == .created && dibuat.headers.first(name: .location) == "/api/opd/76.02-dinsos/pk/2025")
            let j = try #require(dibuat.jsonObjek)
            let target = try #require(j["target"] as? [[String: Any]])
            let jumlahIKU = try await IndikatorModel.query(on: app.db).filter(\.$opd.$id == opdID).filter(\.$iku == true).count()
            #expect(target.count == jumlahIKU)
            #expect(target.map { $0["kode"] as? String } == target.map { $0["kode"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") })
            #expect((target.first { $0["kode"] as? String == "IKU01" }?["target"] as? NSNumber)?.stringValue == "72")
            #expect(target.filter { $0["kode"] as? String != "IKU01" }.allSatisfy { $0["target"] == nil || $0["target"] is NSNull })
            // No adopted Renja 2025 and no Renstra pagu in the demo: no budgets rather than invented ones.
            #expect((j["anggaran"] as? [Any])?.isEmpty == true && (j["totalAnggaran"] as? NSNumber)?.int64Value == 0)
            let pk2024 = try #require(try await api.get("/api/opd/76.02-dinsos/pk/2024").jsonObjek)
            #expect((j["pihakPertama"] as? [String: String?]) == (pk2024["pihakPertama"] as? [String: String?]))
            #expect((j["pihakKedua"] as? [String: String?]) == (pk2024["pihakKedua"] as? [String: String?]))
            #expect(((j["pihakPertama"] as? [String: Any])?["jabatan"] as? String)?.isEmpty == false)

            // Signatories: bad NIP and bad date are refused with the field named; then saved and shown.
            let perencana = KlienUji(app)
            try await perencana.masuk("mamuju.perencana")
            let versi = try #require(j["versiPihak"] as? String)
            let isi = ["pihak_pertama_nama": "Andi Uji", "pihak_pertama_jabatan": "Kepala Dinas Sosial", "pihak_pertama_nip": "1970",
                       "pihak_kedua_nama": "Bupati Uji", "pihak_kedua_jabatan": "Bupati Mamuju", "tanggal": "03-01-2025", "versi": versi]
            let nip = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2025/penandatangan", form: isi, csrf: true)
            #expect(nip.status == .unprocessableEntity && nip.body.string.contains("pihak_pertama_nip"))
            var isi2 = isi
            isi2["pihak_pertama_nip"] = "197001012000031001"
            isi2["tanggal"] = "31-02-2025"
            let tgl = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2025/penandatangan", form: isi2, csrf: true)
            #expect(tgl.status == .unprocessableEntity && tgl.body.string.contains("tanggal"))
            isi2["tanggal"] = "03-01-2025"
            #expect(try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2025/penandatangan", form: isi2, csrf: true).status == .seeOther)
            let halaman = try await perencana.get("/opd/76.02-dinsos/pk/2025")
            #expect(halaman.body.string.contains("Andi Uji, Kepala Dinas Sosial, NIP 197001012000031001") && halaman.body.string.contains("3 Jan 2025"))
            let k = try #require(try await api.get("/api/opd/76.02-dinsos/pk/2025").jsonObjek)
            #expect(k["tanggal"] as? String == "2025-01-03")
            #expect((k["pihakKedua"] as? [String: Any])?["jabatan"] as? String == "Bupati Mamuju")
            // The same form sent again holds a fingerprint that is no longer current: 409, the stored names shown.
            var basi = isi2
            basi["pihak_pertama_nama"] = "Orang Lain"
            let lagi = try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2025/penandatangan", form: basi, csrf: true)
            #expect(lagi.status == .conflict && lagi.body.string.contains("sudah diubah orang lain") && lagi.body.string.contains("Andi Uji"))
            #expect(k["versiPihak"] as? String != versi)

            // Adopted by the kepala dinas: the signatories are fixed like the targets.
            let kadis = KlienUji(app)
            try await kadis.masuk("mamuju.kadis")
            #expect(try await kadis.kirim(.POST, "/opd/76.02-dinsos/pk/2025/tetapkan", form: [:], csrf: true).status == .seeOther)
            #expect(try await perencana.kirim(.POST, "/opd/76.02-dinsos/pk/2025/penandatangan", form: isi2, csrf: true).status == .conflict)
            let daftar = try #require(try await api.get("/api/opd/76.02-dinsos/pk").body.string.data(using: .utf8))
            let tahun = try #require(try JSONSerialization.jsonObject(with: daftar) as? [[String: Any]]).map { $0["tahun"] as? Int }
            #expect(tahun == [2025, 2024])

            let aksi = try await AuditLogModel.query(on: app.db).filter(\.$entitas == "perjanjian_kinerja").sort(\.$waktu).all().map(\.aksi)
            #expect(aksi == ["buat", "ubah_pihak", "tetapkan"])
        }
    }
}
