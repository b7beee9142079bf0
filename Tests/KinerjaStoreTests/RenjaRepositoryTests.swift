import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

@Suite("Renja lines: bad input is rejected with the field named")
struct RenjaRepositoryTests {
    @Test("a sub-kegiatan code not in the nomenclature names the field kode")
    func unknownCode() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            var m = Fixture.subLine()
            m.baris.kode = try KodeNomenklatur("1.06.04.2.01.0099")
            await #expect {
                try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: m, urutan: 1)
            } throws: { e in
                guard case .invalid(let field, let msg, _) = e as? StoreError else { return false }
                return field == "kode" && msg.contains("1.06.04.2.01.0099")
            }
            #expect(try await RenjaBarisModel.query(on: db).count() == 0)
        }
    }

    @Test("a negative pagu names the field pagu")
    func negativePagu() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            await #expect {
                try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: Fixture.subLine(pagu: -1), urutan: 1)
            } throws: { e in
                guard case .invalid(let field, _, _) = e as? StoreError else { return false }
                return field == "pagu"
            }
        }
    }

    @Test("a target in another unit than its indicator names the target's unit field (000:L532 '160 kk' for orang)")
    func unitMismatch() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            await #expect {
                try await RenjaRepository(db: db).tambahBaris(renja: f.renja, masukan: Fixture.subLine(satuan: "persen"), urutan: 1)
            } throws: { e in
                guard case .invalid(let field, _, _) = e as? StoreError else { return false }
                return field == "target[0].satuan"
            }
            #expect(try await RenjaTargetModel.query(on: db).count() == 0)
        }
    }

    @Test("pagu totals are computed per level from sub-kegiatan lines")
    func treeTotals() async throws {
        try await TestDatabase.withDatabase { db in
            let f = try await Fixture.make(on: db)
            let repo = RenjaRepository(db: db)
            try await repo.tambahBaris(renja: f.renja, masukan: BarisMasukan(baris: RenjaBaris(kode: Fixture.program, uraian: "P"), indikator: []), urutan: 1)
            try await repo.tambahBaris(renja: f.renja, masukan: BarisMasukan(baris: RenjaBaris(kode: Fixture.kegiatan, uraian: "K"), indikator: []), urutan: 2)
            try await repo.tambahBaris(renja: f.renja, masukan: Fixture.subLine(pagu: 115_991_000), urutan: 3)
            let l = try await repo.lengkap(id: f.renja.id!)
            #expect(l.pohon.totalPagu == Rupiah(115_991_000))
            #expect(l.pohon.akar.count == 1)
            #expect(l.pohon.akar[0].totalPagu == Rupiah(115_991_000))
            #expect(l.pohon.akar[0].anak[0].anak[0].baris.targets.first?.nilai == Kuantitas(77))
        }
    }
}
