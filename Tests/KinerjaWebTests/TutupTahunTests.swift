import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// Realisation is entered once: the four quarters of an adopted Renja line, once the kepala dinas closes TW IV,
/// become the year's realisation that T-C.29 of later plans (column 7 = realisation n-2) reads.
@Suite("Closing the year: E.81 quarters → realisasi tahunan → T-C.29")
struct TutupTahunTests {
    @Test("Mamuju 2024: TW I–IV entered on a PS line, TW I–IV closed; the year's E.81 total is stored once and is T-C.29 column 7 of plan year 2026")
    func tutup() async throws {
        try await withTestApp(demo: true) { app in
            let renja = try #require(try await DataUji.renja("76.02-dinsos", on: app.db).first { $0.versi == 1 })
            let rid = try renja.requireID()
            let info = try #require(try await DataUji.baris(renjaID: rid, unit: "PS", on: app.db))
            let indikatorID = try #require(try await RenjaTargetModel.query(on: app.db).filter(\.$baris.$id == info.id).filter(\.$tahun == 2024).first()?.$indikator.id)
            let r = rid.uuidString.lowercased(), b = info.id.uuidString.lowercased()
            let web = KlienUji(app)
            try await web.masuk("mamuju.perencana")
            for tw in 1...4 {
                let res = try await web.kirim(.POST, "/renja/\(r)/realisasi/\(b)/\(tw)", form: ["nilai": "\(tw * 5)", "bukti": "laporan TW \(tw)"], csrf: true)
                #expect(res.status == .seeOther, "TW \(tw): \(res.status)")
            }
            let kadis = KlienUji(app)
            try await kadis.masuk("mamuju.kadis")
            for tw in 1...3 { #expect(try await kadis.kirim(.POST, "/renja/\(r)/realisasi/kunci/\(tw)", form: [:], csrf: true).status == .seeOther) }
            let belum = try await RealisasiTahunanModel.query(on: app.db).filter(\.$indikator.$id == indikatorID).filter(\.$tahun == 2024)
                .filter(\.$sumber == "E.81 Renja 2024 v1, TW IV dikunci").count()
            #expect(belum == 0, "the year is not closed before TW IV")
            #expect(try await kadis.kirim(.POST, "/renja/\(r)/realisasi/kunci/4", form: [:], csrf: true).status == .seeOther)

            // The stored year value is the E.81 page's own year total for that line.
            let api = KlienUji(app, bearer: try await DataUji.token("mamuju.perencana", on: app.db))
            let e81 = try #require(try await api.get("/api/renja/\(r)/realisasi").jsonObjek)
            let baris = try #require((e81["baris"] as? [[String: Any]])?.first { ($0["barisID"] as? String)?.lowercased() == b })
            let tahunan = try await RealisasiTahunanModel.query(on: app.db).filter(\.$indikator.$id == indikatorID).filter(\.$tahun == 2024)
                .filter(\.$sampaiDengan == false).all()
            let kita = try #require(tahunan.first { ($0.sumber ?? "").hasPrefix("E.81 ") })
            #expect(tahunan.count == 1)
            let nilai = try #require(kita.nilaiE4.map { Kuantitas(unitKecil: $0).decimal })
            #expect((baris["realisasiTahun"] as? String)?.hasPrefix(Tampilan.angka(nilai, presisi: 0)) == true, "\(nilai) vs \(baris["realisasiTahun"] ?? "-")")
            #expect([Decimal(50), Decimal(20)].contains(nilai), "kumulatif 5+10+15+20 = 50, stok 20: got \(nilai)")

            // T-C.29 of plan year 2026 reads it as the realisation of n-2.
            let opd = try #require(try await OPDModel.query(on: app.db).filter(\.$kode == "76.02-dinsos").first())
            let tc29 = try await TC29Query(db: app.db).baris(opdID: try opd.requireID(), tahun: 2026)
            let row = tc29.first { r in r.baris.kolom7 != nil && r.baris.indikator.nama == (baris["indikator"] as? String) }
            #expect(row?.baris.kolom7.flatMap { if case .angka(let v) = $0.nilai { v } else { nil } } == nilai)
        }
    }
}
