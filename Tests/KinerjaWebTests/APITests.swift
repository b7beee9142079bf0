import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// The JSON API end to end on Tarakan's draft Renja 2024 (stage `rancangan`), with bearer tokens created as
/// `kinerja user token` creates them, and with the session cookie.
@Suite("JSON API: bearer tokens, optimistic locking, stages, Perubahan, history, comments, CSRF")
struct APITests {
    static let tarakan = "65.71-dinsos"
    static let totalTarakan: Int64 = 6_726_963_965
    static let barisPS = "1.06.02.2.03.01"  // PS line with a pagu (99.836.740)

    /// The Tarakan Renja id and the PS line (id, revisi, pagu) read through the API.
    static func mulai(_ api: KlienUji) async throws -> (renja: String, baris: [String: Any]) {
        let daftar = try await api.get("/api/opd/\(tarakan)/renja")
        #expect(daftar.status == .ok)
        let list = try #require(daftar.jsonLarik)
        let renja = try #require(list.first?["id"] as? String)
        let baris = try await api.get("/api/renja/\(renja)/baris")
        #expect(baris.status == .ok)
        let ps = try #require(baris.jsonLarik?.first { $0["kode"] as? String == barisPS })
        return (renja, ps)
    }

    static func pagu(_ id: String, _ db: any Database) async throws -> Int64? {
        try await RenjaBarisModel.find(UUID(uuidString: id), on: db)?.pagu
    }

    @Test("a bearer token reads the office's Renja, edits a line with its revisi (409 when stale, 422 when invalid) and the history keeps before/after")
    func bearerReadEditHistory() async throws {
        try await withTestApp(demo: true) { app in
            let api = KlienUji(app, bearer: try await DataUji.token("tarakan.perencana", on: app.db))

            // The office list and the Renja list
            let opd = try await api.get("/api/opd")
            #expect(opd.status == .ok)
            #expect(opd.jsonLarik?.compactMap { $0["kode"] as? String } == [Self.tarakan])
            let daftar = try await api.get("/api/opd/\(Self.tarakan)/renja")
            let list = try #require(daftar.jsonLarik)
            #expect(list.count == 1)
            #expect(list.first?["versi"] as? Int == 1)
            #expect(list.first?["tahun"] as? Int == 2024)
            #expect(list.first?["jenis"] as? String == "induk")
            #expect(list.first?["tahapan"] as? String == "rancangan")
            #expect((list.first?["totalPagu"] as? NSNumber)?.int64Value == Self.totalTarakan)
            #expect((list.first?["jumlahBaris"] as? Int ?? 0) > 0)

            // The tree with computed totals
            let (renja, ps) = try await Self.mulai(api)
            let tree = try await api.get("/api/renja/\(renja)")
            #expect(tree.status == .ok)
            let t = try #require(tree.jsonObjek)
            #expect((t["totalPagu"] as? NSNumber)?.int64Value == Self.totalTarakan)
            #expect(t["opd"] as? String == Self.tarakan)
            #expect(t["tahapan"] as? String == "rancangan")
            let program = try #require(t["program"] as? [[String: Any]])
            #expect(!program.isEmpty)
            #expect(program.reduce(Int64(0)) { $0 + (($1["pagu"] as? NSNumber)?.int64Value ?? 0) } == Self.totalTarakan)

            // Lines: unique ids, the PS line owned by PS
            let baris = try #require(try await api.get("/api/renja/\(renja)/baris").jsonLarik)
            #expect(Set(baris.compactMap { $0["id"] as? String }).count == baris.count)
            #expect(ps["unitKerja"] as? String == "PS")
            let id = try #require(ps["id"] as? String)
            let revisi = try #require(ps["revisi"] as? Int)
            let lama = try #require(try await Self.pagu(id, app.db))
            let baru = lama + 1_000_000

            // Edit with the current revisi → 200 and revisi + 1
            let ok = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(id)", json: [
                "revisi": revisi, "pagu": baru, "lokasi": "Kota Tarakan", "catatan": "uji API",
            ])
            #expect(ok.status == .ok, "\(ok.body.string)")
            #expect(ok.jsonObjek?["revisi"] as? Int == revisi + 1)
            #expect((ok.jsonObjek?["id"] as? String)?.lowercased() == id.lowercased())
            #expect(ok.jsonObjek?["kode"] as? String == Self.barisPS)
            #expect(try await Self.pagu(id, app.db) == baru)
            let total = try await api.get("/api/renja/\(renja)")
            #expect((total.jsonObjek?["totalPagu"] as? NSNumber)?.int64Value == Self.totalTarakan + 1_000_000)

            // The same (now stale) revisi again → 409 naming the current revisi; nothing changes
            let stale = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(id)", json: ["revisi": revisi, "pagu": baru + 5])
            #expect(stale.status == .conflict)
            #expect(stale.jsonObjek?["error"] is String)
            #expect(stale.jsonObjek?["revisi"] as? String == "\(revisi + 1)")
            #expect(try await Self.pagu(id, app.db) == baru)

            // Negative pagu → 422 naming the field; nothing changes
            let neg = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(id)", json: ["revisi": revisi + 1, "pagu": -5])
            #expect(neg.status == .unprocessableEntity)
            #expect(neg.jsonObjek?["field"] as? String == "pagu")
            #expect(neg.jsonObjek?["error"] is String)
            #expect(try await Self.pagu(id, app.db) == baru)
            #expect(try await RenjaBarisModel.find(UUID(uuidString: id), on: app.db)?.revisi == revisi + 1)

            // Pagu on a program line → 422 (computed from its sub-kegiatan)
            let prog = try #require(baris.first { $0["kode"] as? String == "1.06.02" })
            let progRes = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(prog["id"] as? String ?? "")", json: [
                "revisi": prog["revisi"] as? Int ?? 1, "pagu": 5,
            ])
            #expect(progRes.status == .unprocessableEntity)
            #expect(progRes.jsonObjek?["field"] as? String == "pagu")

            // A body that is not the schema (no revisi) → 4xx, not 500
            let bad = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(id)", json: ["pagu": 1])
            #expect((400..<500).contains(bad.status.code))

            // The history has exactly the one accepted edit, with before and after
            let riwayat = try await api.get("/api/renja/\(renja)/riwayat")
            #expect(riwayat.status == .ok)
            let ubah = try #require(riwayat.jsonLarik).filter {
                $0["aksi"] as? String == "ubah" && ($0["entitasID"] as? String)?.lowercased() == id.lowercased()
            }
            #expect(ubah.count == 1)
            let e = try #require(ubah.first)
            #expect(e["entitas"] as? String == "renja_baris")
            #expect(e["oleh"] as? String == "tarakan.perencana")
            #expect((e["sebelum"] as? String)?.contains("\"pagu\":\(lama)") == true, "\(e["sebelum"] ?? "-")")
            #expect((e["sesudah"] as? String)?.contains("\"pagu\":\(baru)") == true, "\(e["sesudah"] ?? "-")")
            #expect((e["sesudah"] as? String)?.contains("uji API") == true)
            #expect(e["waktu"] != nil)

            // Comments: write (trimmed) and read back; an empty one is refused naming the field
            let k = try await api.kirim(.POST, "/api/renja/\(renja)/komentar", json: ["teks": "  Mohon cek pagu PS  "])
            #expect(k.status == .created)
            #expect(k.jsonObjek?["teks"] as? String == "Mohon cek pagu PS")
            #expect(k.jsonObjek?["oleh"] as? String == "tarakan.perencana")
            let kosong = try await api.kirim(.POST, "/api/renja/\(renja)/komentar", json: ["teks": "   "])
            #expect(kosong.status == .unprocessableEntity)
            #expect(kosong.jsonObjek?["field"] as? String == "teks")
            let komentar = try await api.get("/api/renja/\(renja)/komentar")
            #expect(komentar.status == .ok)
            #expect(komentar.jsonLarik?.map { $0["teks"] as? String } == ["Mohon cek pagu PS"])
            #expect(komentar.jsonLarik?.first?["oleh"] as? String == "tarakan.perencana")
        }
    }

    @Test("only kepala dinas approves and adopts; a Perubahan (201 + Location) follows adoption and is compared line by line")
    func stagesPerubahanComparison() async throws {
        try await withTestApp(demo: true) { app in
            let perencana = KlienUji(app, bearer: try await DataUji.token("tarakan.perencana", on: app.db))
            let kadis = KlienUji(app, bearer: try await DataUji.token("tarakan.kadis", on: app.db))
            let (renja, ps) = try await Self.mulai(perencana)
            let renjaID = try #require(UUID(uuidString: renja))
            func stage() async throws -> (String, Int) {
                let r = try #require(try await RenjaModel.find(renjaID, on: app.db))
                return (r.tahapan, r.revisi)
            }
            let (awal, rev) = try await stage()
            #expect(awal == "rancangan")

            // perencana may only submit (→ rancangan); the next stage here is rancangan_akhir → 403
            let p = try await perencana.kirim(.POST, "/api/renja/\(renja)/tahapan", json: ["revisi": rev])
            #expect(p.status == .forbidden)
            #expect(p.jsonObjek?["error"] as? String == "Peran Anda tidak mengizinkan: memajukan Renja ke tahap Rancangan Akhir.")
            #expect(try await stage() == ("rancangan", rev))

            // kepala dinas with a stale revisi → 409; with the current one → rancangan_akhir
            let staleStage = try await kadis.kirim(.POST, "/api/renja/\(renja)/tahapan", json: ["revisi": rev - 1])
            #expect(staleStage.status == .conflict)
            #expect(staleStage.jsonObjek?["revisi"] as? String == "\(rev)")
            let approve = try await kadis.kirim(.POST, "/api/renja/\(renja)/tahapan", json: ["revisi": rev])
            #expect(approve.status == .ok)
            #expect(approve.jsonObjek?["tahapan"] as? String == "rancangan_akhir")
            #expect(approve.jsonObjek?["revisi"] as? Int == rev + 1)

            // No Perubahan of a draft
            let early = try await perencana.kirim(.POST, "/api/renja/\(renja)/perubahan", json: [String: Any]())
            #expect(early.status == .unprocessableEntity)
            #expect(early.headers.first(name: .location) == nil)

            // Adopt; then there is no further stage and the lines are frozen
            let adopt = try await kadis.kirim(.POST, "/api/renja/\(renja)/tahapan", json: ["revisi": rev + 1])
            #expect(adopt.status == .ok)
            #expect(adopt.jsonObjek?["tahapan"] as? String == "ditetapkan")
            let again = try await kadis.kirim(.POST, "/api/renja/\(renja)/tahapan", json: ["revisi": rev + 2])
            #expect(again.status == .conflict)
            let frozen = try await perencana.kirim(.PUT, "/api/renja/\(renja)/baris/\(ps["id"] as? String ?? "")", json: [
                "revisi": ps["revisi"] as? Int ?? 1, "pagu": 1,
            ])
            #expect(frozen.status == .conflict)
            #expect(frozen.jsonObjek?["error"] is String)
            let noDiff = try await perencana.get("/api/renja/\(renja)/perbandingan")
            #expect(noDiff.status == .notFound)

            // Perubahan → 201 with Location of the new version
            let pr = try await perencana.kirim(.POST, "/api/renja/\(renja)/perubahan", json: [String: Any]())
            #expect(pr.status == .created)
            let baru = try #require(pr.jsonObjek?["id"] as? String)
            #expect(pr.lokasi?.lowercased() == "/api/renja/\(baru.lowercased())")
            #expect(pr.jsonObjek?["versi"] as? Int == 2)
            #expect(pr.jsonObjek?["tahapan"] as? String == "rancangan_awal")
            let v2 = try await perencana.get(try #require(pr.lokasi))
            #expect(v2.status == .ok)
            #expect(v2.jsonObjek?["jenis"] as? String == "perubahan")
            #expect((v2.jsonObjek?["totalPagu"] as? NSNumber)?.int64Value == Self.totalTarakan)
            let versions = try await perencana.get("/api/opd/\(Self.tarakan)/renja")
            #expect(versions.jsonLarik?.count == 2)
            // A second Perubahan while v2 is a draft → 422
            let second = try await perencana.kirim(.POST, "/api/renja/\(renja)/perubahan", json: [String: Any]())
            #expect(second.status == .unprocessableEntity)

            // Comparison: unchanged copy first
            let diff0 = try #require(try await perencana.get("/api/renja/\(baru)/perbandingan").jsonObjek)
            #expect((diff0["totalSebelum"] as? NSNumber)?.int64Value == Self.totalTarakan)
            #expect((diff0["totalSesudah"] as? NSNumber)?.int64Value == Self.totalTarakan)
            #expect((diff0["baris"] as? [[String: Any]])?.allSatisfy { $0["status"] as? String == "tetap" } == true)

            // A changed pagu in a Perubahan needs a reason
            let line = try #require(try await perencana.get("/api/renja/\(baru)/baris").jsonLarik?.first { $0["kode"] as? String == Self.barisPS })
            let lineID = try #require(line["id"] as? String)
            let lama = try #require(try await Self.pagu(lineID, app.db))
            let noReason = try await perencana.kirim(.PUT, "/api/renja/\(baru)/baris/\(lineID)", json: ["revisi": line["revisi"] as? Int ?? 1, "pagu": lama + 500_000])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.jsonObjek?["field"] as? String == "alasan_perubahan")
            let withReason = try await perencana.kirim(.PUT, "/api/renja/\(baru)/baris/\(lineID)", json: [
                "revisi": line["revisi"] as? Int ?? 1, "pagu": lama + 500_000, "alasanPerubahan": "Tambahan kuota penerima",
            ])
            #expect(withReason.status == .ok, "\(withReason.body.string)")
            #expect(withReason.jsonObjek?["alasanPerubahan"] as? String == "Tambahan kuota penerima")

            let diff = try #require(try await perencana.get("/api/renja/\(baru)/perbandingan").jsonObjek)
            #expect((diff["totalSesudah"] as? NSNumber)?.int64Value == Self.totalTarakan + 500_000)
            let changed = (diff["baris"] as? [[String: Any]] ?? []).first { $0["kode"] as? String == Self.barisPS }
            #expect(changed?["status"] as? String == "bertambah")
            #expect((changed?["selisih"] as? NSNumber)?.int64Value == 500_000)
            #expect((changed?["sebelum"] as? NSNumber)?.int64Value == lama)
            #expect(changed?["alasan"] as? String == "Tambahan kuota penerima")

            // History of the new version: its creation and the edit with its reason
            let riwayat = try #require(try await perencana.get("/api/renja/\(baru)/riwayat").jsonLarik)
            #expect(riwayat.contains { $0["aksi"] as? String == "buat_perubahan" && $0["entitas"] as? String == "renja" })
            #expect(riwayat.contains { $0["aksi"] as? String == "ubah" && $0["alasan"] as? String == "Tambahan kuota penerima" })
            // History of v1 has the two stage moves by kepala dinas
            let r1 = try #require(try await perencana.get("/api/renja/\(renja)/riwayat").jsonLarik)
            #expect(r1.filter { $0["aksi"] as? String == "tahapan" && $0["oleh"] as? String == "tarakan.kadis" }.count == 2)
        }
    }

    @Test("tokens: a bad or expired bearer token is 401; session-cookie writes need X-CSRF-Token")
    func tokensAndCSRF() async throws {
        try await withTestApp(demo: true) { app in
            for token in ["knj_salah", "", BearerTokenMiddleware.buatToken()] {
                let res = try await KlienUji(app, bearer: token).get("/api/opd")
                #expect(res.status == .unauthorized, "token '\(token)'")
                #expect(res.jsonObjek?["error"] is String)
            }
            let expired = try await DataUji.token("tarakan.perencana", on: app.db, kedaluwarsa: Date().addingTimeInterval(-60))
            #expect(try await KlienUji(app, bearer: expired).get("/api/opd").status == .unauthorized)
            // The stored value is the hash, never the token
            let valid = try await DataUji.token("tarakan.perencana", on: app.db)
            let stored = try await TokenAPIModel.query(on: app.db).all().map(\.tokenHash)
            #expect(!stored.contains(valid))
            #expect(stored.contains(BearerTokenMiddleware.hash(valid)))
            #expect(try await KlienUji(app, bearer: valid).get("/api/opd").status == .ok)

            // Session cookie: reads need no token, writes do
            let web = KlienUji(app)
            #expect(try await web.masuk("tarakan.perencana").status == .seeOther)
            let (renja, ps) = try await Self.mulai(web)
            let id = try #require(ps["id"] as? String)
            let revisi = try #require(ps["revisi"] as? Int)
            let lama = try await Self.pagu(id, app.db)
            let path = "/api/renja/\(renja)/baris/\(id)"

            let tanpa = try await web.kirim(.PUT, path, json: ["revisi": revisi, "pagu": 42])
            #expect(tanpa.status == .forbidden)
            #expect(tanpa.jsonObjek?["error"] is String)
            let salah = try await web.kirim(.PUT, path, json: ["revisi": revisi, "pagu": 42], headers: ["X-CSRF-Token": "bukan-token"])
            #expect(salah.status == .forbidden)
            // The token of another session does not fit this one
            let lain = KlienUji(app)
            try await lain.masuk("tarakan.kabid")
            let tokenLain = try await lain.csrfToken()
            let silang = try await web.kirim(.PUT, path, json: ["revisi": revisi, "pagu": 42], headers: ["X-CSRF-Token": tokenLain])
            #expect(silang.status == .forbidden)
            #expect(try await Self.pagu(id, app.db) == lama)
            let komentarTanpa = try await web.kirim(.POST, "/api/renja/\(renja)/komentar", json: ["teks": "x"])
            #expect(komentarTanpa.status == .forbidden)
            #expect(try await KomentarReviewModel.query(on: app.db).count() == 0)

            let dengan = try await web.kirim(.PUT, path, json: ["revisi": revisi, "pagu": 42], csrf: true)
            #expect(dengan.status == .ok, "\(dengan.body.string)")
            #expect(try await Self.pagu(id, app.db) == 42)
            let komentar = try await web.kirim(.POST, "/api/renja/\(renja)/komentar", json: ["teks": "lewat sesi"], csrf: true)
            #expect(komentar.status == .created)

            // After logout the cookie no longer opens the API
            let out = try await web.kirim(.POST, "/logout", form: [:], csrf: true)
            #expect(out.status == .seeOther)
            #expect(try await web.get("/api/opd").status == .unauthorized)
        }
    }
}
