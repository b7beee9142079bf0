import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import SQLKit
import Testing

@Suite("Quarterly realisation: entry, E.81 numbers, quarter locks")
struct RealisasiTests {
    /// An adopted Renja with one sub-kegiatan line: target 77 orang, pagu 1.000.000.
    static func adopted(on db: any Database) async throws -> (Fixture, RenjaBarisModel) {
        let f = try await Fixture.make(on: db)
        let line = try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: Fixture.subLine(pagu: 1_000_000, target: 77), urutan: 1)
        for _ in 0..<3 { try await RenjaRepository(db: db).majukanTahapan(renja: f.renja, penggunaID: nil) }
        return (f, line)
    }

    @Test("quarters add up for a kumulatif indicator; capaian and absorption come from the engine")
    func entryToEvaluation() async throws {
        try await TestDatabase.withDatabase { db in
            let (f, line) = try await Self.adopted(on: db)
            let repo = RealisasiRepository(db: db)
            try await repo.isi(barisID: line.id!, triwulan: 1, masukan: RealisasiMasukan(nilai: Kuantitas(20), keuangan: Rupiah(250_000)), penggunaID: nil)
            try await repo.isi(barisID: line.id!, triwulan: 2, masukan: RealisasiMasukan(nilai: Kuantitas(30), keuangan: Rupiah(300_000)), penggunaID: nil)
            let d = try #require(try await repo.data(renjaID: f.renja.id!).first)
            let h = EvaluasiE81.evaluate(try #require(d.e81))
            // 20 + 30 = 50 of 77 orang → 64,935… %; serapan 550.000 / 1.000.000 = 55 %.
            #expect(h.realisasiTahun.besaran == Besaran(Kuantitas(50), Satuan("orang")))
            #expect(h.capaianTahun.teks() == "64,94 %")
            #expect(h.realisasiAnggaranTahun == Rupiah(550_000))
            #expect(h.serapan.angka == 55)
            // Correcting a quarter replaces it (no double counting).
            try await repo.isi(barisID: line.id!, triwulan: 2, masukan: RealisasiMasukan(nilai: Kuantitas(57), keuangan: Rupiah(300_000)), penggunaID: nil)
            let h2 = EvaluasiE81.evaluate(try #require(try await repo.data(renjaID: f.renja.id!).first?.e81))
            #expect(h2.capaianTahun.angka == 100)
        }
    }

    @Test("a locked quarter refuses changes in the repository and at the database; a draft Renja takes no realisation")
    func locking() async throws {
        try await TestDatabase.withDatabase { db in
            let f0 = try await Fixture.make(on: db)
            let draft = try await RenjaRepository(db: db).tambahBaris(renja: f0.renja, masukan: Fixture.subLine(), urutan: 1)
            await #expect(throws: StoreError.self) {
                try await RealisasiRepository(db: db).isi(barisID: draft.id!, triwulan: 1, masukan: RealisasiMasukan(nilai: Kuantitas(1)), penggunaID: nil)
            }
            for _ in 0..<3 { try await RenjaRepository(db: db).majukanTahapan(renja: f0.renja, penggunaID: nil) }
            let repo = RealisasiRepository(db: db)
            try await repo.isi(barisID: draft.id!, triwulan: 1, masukan: RealisasiMasukan(nilai: Kuantitas(5), keuangan: Rupiah(1)), penggunaID: nil)
            let user = try await PenggunaRepository(db: db).tambah(username: "kadis", nama: "K", passwordHash: "x", peran: [.kepalaDinas], opdKode: "76.02-dinsos")
            try await repo.kunci(renjaID: f0.renja.id!, triwulan: 1, penggunaID: user.id)
            await #expect(throws: StoreError.immutable(entity: "Triwulan", key: "1")) {
                try await repo.isi(barisID: draft.id!, triwulan: 1, masukan: RealisasiMasukan(nilai: Kuantitas(9)), penggunaID: nil)
            }
            let sql = db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE realisasi_fisik SET nilai_e4 = 1").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM realisasi_keuangan").run() }
            #expect(try await RealisasiFisikModel.query(on: db).first()?.nilaiE4 == 5 * Kuantitas.skala)
            // Quarter 2 is still open.
            try await repo.isi(barisID: draft.id!, triwulan: 2, masukan: RealisasiMasukan(nilai: Kuantitas(6)), penggunaID: nil)
            await #expect(throws: StoreError.self) {
                try await repo.isi(barisID: draft.id!, triwulan: 2, masukan: RealisasiMasukan(keuangan: Rupiah(-5)), penggunaID: nil)
            }
        }
    }
}
