import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import SQLKit
import Testing

/// An adopted Perjanjian Kinerja cannot change, enforced by the database (raw SQL, so no Swift check helps), on
/// the demo's signed PK of Mamuju 2024 (002:L250) and on a draft PK that is adopted during the test.
@Suite("Perjanjian Kinerja immutability at the database")
struct PKImmutabilityTests {
    @Test("the adopted PK, its IKU targets, rencana aksi and budget lines refuse insert, update and delete")
    func adopted() async throws {
        try await LKjIPTests.dengan(LKjIPTests.mamuju.0) { db, opd in
            let sql = db as! any SQLDatabase
            let pk = try #require(try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opd.requireID()).filter(\.$tahun == 2024).first())
            #expect(pk.ditetapkanPada != nil, "the demo PK is signed, so adopted")
            let pkID = try pk.requireID()
            let target = try #require(try await PKTargetModel.query(on: db).filter(\.$pk.$id == pkID).first())
            let tid = try target.requireID()
            let sebelum = target.nilaiE4
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE perjanjian_kinerja SET pihak_pertama_nama = 'x' WHERE id = \(bind: pkID)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE perjanjian_kinerja SET ditetapkan_pada = NULL WHERE id = \(bind: pkID)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM perjanjian_kinerja WHERE id = \(bind: pkID)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE pk_target SET nilai_e4 = 1 WHERE id = \(bind: tid)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM pk_target WHERE id = \(bind: tid)").run() }
            await #expect(throws: (any Error).self) {
                try await sql.raw("INSERT INTO rencana_aksi (id, pk_target_id, triwulan, nilai_e4) VALUES (\(bind: UUID()), \(bind: tid), 1, 10000)").run()
            }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM pk_anggaran WHERE pk_id = \(bind: pkID)").run() }
            #expect(try await PKTargetModel.find(tid, on: db)?.nilaiE4 == sebelum)
            #expect(try await PKAnggaranModel.query(on: db).filter(\.$pk.$id == pkID).count() > 0)
        }
    }

    @Test("a draft PK takes targets and rencana aksi, is adopted by setting its date, and is then frozen")
    func draftThenAdopted() async throws {
        try await LKjIPTests.dengan(LKjIPTests.mamuju.0) { db, opd in
            let sql = db as! any SQLDatabase
            let lama = try #require(try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opd.requireID()).filter(\.$tahun == 2024).first())
            let ind = try #require(try await PKTargetModel.query(on: db).filter(\.$pk.$id == lama.requireID()).first()).$indikator.id
            let pk = PerjanjianKinerjaModel()
            pk.$opd.id = try opd.requireID()
            pk.tahun = 2024
            pk.versi = 2
            pk.jenis = JenisDokumen.perubahan.rawValue
            pk.pihakPertamaNama = "Kepala Dinas"
            pk.pihakPertamaJabatan = "Kepala Dinas Sosial"
            pk.pihakKeduaNama = "Bupati"
            pk.pihakKeduaJabatan = "Bupati Mamuju"
            try await pk.create(on: db)
            let pkID = try pk.requireID()
            let tid = UUID()
            try await sql.raw("INSERT INTO pk_target (id, pk_id, indikator_id, nilai_e4) VALUES (\(bind: tid), \(bind: pkID), \(bind: ind), 500000)").run()
            try await sql.raw("INSERT INTO rencana_aksi (id, pk_target_id, triwulan, nilai_e4) VALUES (\(bind: UUID()), \(bind: tid), 1, 100000)").run()
            try await sql.raw("UPDATE pk_target SET nilai_e4 = 600000 WHERE id = \(bind: tid)").run()
            try await sql.raw("UPDATE perjanjian_kinerja SET ditetapkan_pada = \(bind: Date()) WHERE id = \(bind: pkID)").run()
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE pk_target SET nilai_e4 = 700000 WHERE id = \(bind: tid)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE rencana_aksi SET nilai_e4 = 1 WHERE pk_target_id = \(bind: tid)").run() }
            #expect(try await PKTargetModel.find(tid, on: db)?.nilaiE4 == 600000)
        }
    }
}
