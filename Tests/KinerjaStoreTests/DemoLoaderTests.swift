import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import Testing

@Suite("Demo data: Kab. Mamuju Renja 2024 (seed 000)")
struct DemoLoaderTests {
    @Test("loads every rumusan line and computes the corrected totals; loading twice changes nothing")
    func mamujuRenja() async throws {
        try await TestDatabase.withDatabase { db in
            let loader = DemoLoader(db: db)
            try await loader.muat(passwordHash: "x")
            try await loader.muat(passwordHash: "x")
            let opd = try await WilayahRepository(db: db).opd(kode: "76.02-dinsos")
            let plans = try await RenjaRepository(db: db).renja(opdID: opd.id!, tahun: 2024)
            #expect(plans.count == 1)
            #expect(plans.first?.tahapan == Tahapan.ditetapkan.rawValue)
            let l = try await RenjaRepository(db: db).lengkap(id: plans[0].id!)
            // 000:L463 prints 3.598.241.329 for all programs; the true Σ of sub-kegiatan is 3.717.880.066 (renja-spec §5.3).
            #expect(l.pohon.totalPagu == Rupiah(3_717_880_066))
            // 000:L464 prints 2.852.250.329 for Program Penunjang; Σ sub-kegiatan = 2.971.889.066 (renja-spec §6).
            let penunjang = l.pohon.akar.first { $0.baris.kode.description == "1.06.01" }
            #expect(penunjang?.totalPagu == Rupiah(2_971_889_066))
            // 000:L526 Program Penanganan Bencana 396.000.000 (renja-spec §5.3).
            #expect(l.pohon.akar.first { $0.baris.kode.description == "1.06.06" }?.totalPagu == Rupiah(396_000_000))
            // Program 1.06.05 printed twice (000:L512, 000:L526): 20.000.000 + 145.000.000 = one program of 165.000.000.
            #expect(l.pohon.akar.first { $0.baris.kode.description == "1.06.05" }?.totalPagu == Rupiah(165_000_000))
            // Seven programs of Urusan 1.06 minus the absent 1.06.03 (renja-spec §5.3: M has no WNM line).
            #expect(l.pohon.akar.map(\.baris.kode.description) == ["1.06.01", "1.06.02", "1.06.04", "1.06.05", "1.06.06", "1.06.07"])
            // The printed program total is kept as printed, beside the computed one.
            let printed = try await NilaiTercetakModel.query(on: db).filter(\.$tabel == "renja-2024.csv").filter(\.$kode == "1.06.01").filter(\.$kolom == "pagu_dicetak").first()
            #expect(printed?.nilaiE4 == 2_852_250_329 * Kuantitas.skala)
            // Five accounts per office and one province account (Sulawesi Barat).
            #expect(try await PenggunaModel.query(on: db).count() == 21)
        }
    }

    @Test("Kota Tarakan's Rancangan Renja 2024 (seed 003 Tabel 7) loads as a draft with Urusan 1.06 and 2.13 lines")
    func tarakanRenja() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            let opd = try await WilayahRepository(db: db).opd(kode: "65.71-dinsos")
            let plans = try await RenjaRepository(db: db).renja(opdID: opd.id!, tahun: 2024)
            #expect(plans.map(\.tahapan) == [Tahapan.rancangan.rawValue])
            let l = try await RenjaRepository(db: db).lengkap(id: plans[0].id!)
            // 003:L877 prints J U M L A H 6.736.773.965; Tabel 7 leaves out Layanan Rujukan (9.810.000, in Tabel 8 at
            // 003:L936), so Σ of the transcribed sub-kegiatan is 6.726.963.965 (tarakan/README.md).
            #expect(l.pohon.totalPagu == Rupiah(6_726_963_965))
            // Urusan 2.13 PMD: 2.281.327.980 (renja-spec §5.3).
            let pmd = l.pohon.akar.filter { $0.baris.kode.segments[0] == "2" }.reduce(Rupiah.zero) { $0 + $1.totalPagu }
            #expect(pmd == Rupiah(2_281_327_980))
        }
    }
}

@Suite("SQLKit aggregate queries")
struct QueryTests {
    @Test("the Renja summary's Σ pagu (computed by the database) equals the tree total of 000's rumusan table")
    func ringkasan() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            let opd = try await WilayahRepository(db: db).opd(kode: "76.02-dinsos")
            let rows = try await RingkasanRenja.query(opdID: opd.id!, on: db)
            #expect(rows.count == 1)
            #expect(rows.first?.tahun == 2024)
            #expect(rows.first?.totalPagu == 3_717_880_066)
            let lines = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == rows[0].id).count()
            #expect(rows.first?.jumlahBaris == lines)
        }
    }
}

@Suite("Reference data: wilayah and population of the seed regions")
struct WilayahTests {
    @Test("kecamatan/desa of the four regions and their population are loaded with Kemendagri codes")
    func wilayah() async throws {
        try await TestDatabase.withDatabase { db in
            try await DemoLoader(db: db).muat(passwordHash: "x")
            // Kepmendagri 300.2.2-2138/2025: Kota Tarakan has four kecamatan (65.71.01–04).
            let tarakan = try await WilayahModel.query(on: db).filter(\.$tingkat == "kecamatan").filter(\.$kode ~~ ["65.71.01", "65.71.02", "65.71.03", "65.71.04"]).count()
            #expect(tarakan == 4)
            #expect(try await WilayahModel.query(on: db).filter(\.$kode == "65.71.01.1001").first()?.nama == "Karang Anyar")
            // Population of Kab. Mamuju (penduduk-provinsi-kabkota.csv: 288.382) as a dated, sourced denominator.
            let mamuju = try await PemdaModel.query(on: db).filter(\.$kode == "76.02").first()!
            let pop = try await PopulasiModel.query(on: db).filter(\.$pemda.$id == mamuju.id!).first()
            #expect(pop?.nilaiE4 == 288_382 * Kuantitas.skala)
            #expect(pop?.sumber.contains("300.2.2-2138") == true)
        }
    }
}
