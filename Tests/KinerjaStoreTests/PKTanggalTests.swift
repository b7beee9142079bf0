import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

/// The signing date is a calendar day: adopted without one, a PK takes the adoption day in WITA (the offices' zone),
/// stored at 00:00 UTC like a date typed into the form.
@Suite("Perjanjian Kinerja: signing date of an adoption without one")
struct PKTanggalTests {
    @Test("adopted at 04:30 WITA on 3 Jan 2024 (20:30 UTC on the 2nd): the date is 3 Jan 2024, not the UTC day")
    func hariWITA() async throws {
        try await LKjIPTests.dengan(LKjIPTests.mamuju.0) { db, opd in
            let repo = PKRepository(db: db)
            let opdID = try opd.requireID()
            try await repo.buat(opdID: opdID, tahun: 2025, penggunaID: nil)
            // 2024-01-02T20:30:00Z = 1 704 227 400 s; 2024-01-03T00:00:00Z = 1 704 240 000 s.
            try await repo.tetapkan(opdID: opdID, tahun: 2025, alasan: nil, penggunaID: nil, pada: Date(timeIntervalSince1970: 1_704_227_400))
            let pk = try #require(try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == 2025).first())
            #expect(pk.tanggal == Date(timeIntervalSince1970: 1_704_240_000))
            #expect(pk.ditetapkanPada == Date(timeIntervalSince1970: 1_704_227_400), "the adoption instant itself is kept")
        }
    }
}
