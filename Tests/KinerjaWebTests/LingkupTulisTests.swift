import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// Reading scope never widens writing scope: a planner of the province's own Dinas Sosial who also holds the province
/// role reads Mamuju's report but cannot change it; his own office's report he writes.
@Suite("Writing scope: only one's own office, whatever the reading scope")
struct LingkupTulisTests {
    @Test("province + perencana of the province office: reads Mamuju, every write to Mamuju is 403 and changes nothing; comments and his own office stay open")
    func provinsiPerencana() async throws {
        try await withTestApp(demo: true) { app in
            _ = try await WilayahRepository(db: app.db).opd(OPD(kode: "76-dinsos", nama: "Dinas Sosial Provinsi Sulawesi Barat", singkatan: nil, kodePemda: "76"))
            let hash = try await app.password.async.hash(DemoLoader.password)
            _ = try await PenggunaRepository(db: app.db).tambah(
                username: "sulbar.perencana", nama: "Perencana Provinsi", passwordHash: hash, peran: [.provinsi, .perencana], opdKode: "76-dinsos")
            let k = KlienUji(app)
            try await k.masuk("sulbar.perencana")
            let lkjip = try await k.get("/opd/76.02-dinsos/lkjip/2024")
            #expect(lkjip.status == .ok, "the province role reads Mamuju")
            // The pages offer no change the server would refuse.
            #expect(!lkjip.body.string.contains("/narasi/latar_belakang"), "an edit link for another office's narrative")
            let daftar = try await k.get("/opd/76.02-dinsos/pk")
            #expect(daftar.status == .ok && !daftar.body.string.contains("Buat PK"))

            let audit = try await AuditLogModel.query(on: app.db).count()
            let tulis: [(HTTPMethod, String, [String: String])] = [
                (.POST, "/opd/76.02-dinsos/lkjip/2024/narasi/latar_belakang", ["teks": "bukan kantor saya", "revisi": "0"]),
                (.POST, "/opd/76.02-dinsos/iku/IKU01", ["pembilang": "x", "versi": ""]),
                (.POST, "/opd/76.02-dinsos/pk", ["tahun": "2025"]),
                (.POST, "/opd/76.02-dinsos/pk/2024/perubahan", [:]),
            ]
            for (m, path, form) in tulis {
                let res = try await k.kirim(m, path, form: form, csrf: true)
                #expect(res.status == .forbidden, "\(path): \(res.status)")
                #expect(res.body.string.contains("kantor Anda sendiri"), "\(path): the reason names the rule")
            }
            #expect(try await k.get("/opd/76.02-dinsos/lkjip/2024/narasi/latar_belakang").status == .forbidden)
            let mamuju = try #require(try await OPDModel.query(on: app.db).filter(\.$kode == "76.02-dinsos").first())
            let renja = try #require(try await RenjaModel.query(on: app.db).filter(\.$opd.$id == mamuju.requireID()).first())
            let baris = try #require(try await RenjaBarisModel.query(on: app.db).filter(\.$renja.$id == renja.requireID()).first())
            let api = KlienUji(app, bearer: try await DataUji.token("sulbar.perencana", on: app.db))
            let put = try await api.kirim(.PUT, "/api/renja/\(try renja.requireID())/baris/\(try baris.requireID())", json: ["revisi": baris.revisi, "pagu": 1])
            #expect(put.status == .forbidden)
            #expect(try await AuditLogModel.query(on: app.db).count() == audit, "a refused write left a trace")

            // A review comment on Mamuju's Renja changes none of its data: open to a role that may comment on what it reads.
            let kom = try await k.kirim(.POST, "/renja/\(try renja.requireID().uuidString.lowercased())/komentar", form: ["teks": "catatan provinsi"], csrf: true)
            #expect(kom.status == .seeOther, "comment: \(kom.status)")
            // His own office: the same roles write (the province office's first PK).
            #expect(try await k.get("/opd/76-dinsos/pk").body.string.contains("Buat PK"))
            let sendiri = try await k.kirim(.POST, "/opd/76-dinsos/pk", form: ["tahun": "2025"], csrf: true)
            #expect(sendiri.status == .seeOther && sendiri.lokasi == "/opd/76-dinsos/pk/2025")
        }
    }
}
