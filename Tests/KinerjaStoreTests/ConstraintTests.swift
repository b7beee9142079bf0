import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import SQLKit
import Testing

/// The database itself refuses what would corrupt the model — tested with raw SQL so no Swift check can help.
@Suite("Database constraints")
struct ConstraintTests {
    @Test("deleting a program still referenced by a Renja line fails at the database")
    func foreignKeyRestrict() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: Fixture.subLine(), urutan: 1)
            let sql = db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM nomenklatur WHERE kode = '1.06.04.2.01.0001'").run()
            }
            // The line's parent program cannot go either (it is the sub-kegiatan's parent row).
            await #expect(throws: (any Error).self) {
                try await sql.raw("DELETE FROM nomenklatur WHERE kode = '1.06.04'").run()
            }
            let count = try await NomenklaturModel.query(on: db).count()
            #expect(count == 5)
        }
    }

    @Test("a line pointing at a Renja that does not exist is refused")
    func foreignKeyInsert() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            let nomen = try await NomenklaturModel.query(on: db).filter(\.$kode == "1.06.04.2.01.0001").first()!
            _ = f
            let sql = db as! any SQLDatabase
            await #expect(throws: (any Error).self) {
                try await sql.raw("INSERT INTO renja_baris (id, renja_id, nomenklatur_id, urutan, revisi) VALUES (\(bind: UUID()), \(bind: UUID()), \(bind: nomen.id!), 1, 1)").run()
            }
        }
    }

    @Test("codes are unique: one office code, one line per code per Renja")
    func uniqueConstraints() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            let dup = OPDModel(pemdaID: f.opd.$pemda.id, kode: "76.02-dinsos", nama: "Duplikat", singkatan: nil)
            await #expect(throws: (any Error).self) { try await dup.create(on: db) }
            let repo = RenjaRepository(db: db)
            try await repo.tambahBaris(renja: f.renja, masukan: Fixture.subLine(), urutan: 1)
            await #expect(throws: (any Error).self) {
                try await repo.tambahBaris(renja: f.renja, masukan: Fixture.subLine(pagu: 5), urutan: 2)
            }
        }
    }

    @Test("an adopted Renja, its lines and targets cannot be changed even with raw SQL")
    func adoptedRenjaImmutable() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            let repo = RenjaRepository(db: db)
            let line = try await repo.tambahBaris(renja: f.renja, masukan: Fixture.subLine(), urutan: 1)
            let sql = db as! any SQLDatabase
            // Before adoption the line can change.
            try await sql.raw("UPDATE renja_baris SET pagu = 2000000 WHERE id = \(bind: line.id!)").run()
            for _ in 0..<3 { try await repo.majukanTahapan(renja: f.renja, penggunaID: nil) }
            #expect(f.renja.tahapan == Tahapan.ditetapkan.rawValue)
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE renja_baris SET pagu = 1 WHERE id = \(bind: line.id!)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM renja_baris WHERE id = \(bind: line.id!)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE renja_target SET nilai_e4 = 1 WHERE renja_baris_id = \(bind: line.id!)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE renja SET tahapan = 'rancangan' WHERE id = \(bind: f.renja.id!)").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM renja WHERE id = \(bind: f.renja.id!)").run() }
            let pagu = try await RenjaBarisModel.find(line.id, on: db)?.pagu
            #expect(pagu == 2_000_000)
            // And through the repository the refusal names the cause.
            await #expect(throws: StoreError.immutable(entity: "Renja", key: "2024 v1")) {
                try await repo.tambahBaris(renja: f.renja, masukan: Fixture.subLine(), urutan: 2)
            }
        }
    }

    @Test("the audit log is append-only at the database")
    func auditAppendOnly() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: Fixture.subLine(), urutan: 1)
            let entries = try await AuditLogModel.query(on: db).all()
            #expect(entries.count == 1)
            #expect(entries.first?.entitas == "renja_baris")
            let sql = db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE audit_log SET alasan = 'x'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM audit_log").run() }
            #expect(try await AuditLogModel.query(on: db).count() == 1)
        }
    }
}
