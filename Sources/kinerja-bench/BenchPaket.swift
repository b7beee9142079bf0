import Fluent
import Foundation
import KinerjaDocs
import KinerjaStore
import KinerjaWeb
import Vapor

/// `kinerja-bench paket [opd] [year]` (issue 7 "Speed"): the whole Renja package of the largest demo office — every
/// regulation table as one XLSX plus the Renja DOCX — against the time to read its rows from the database
/// (`RenjaRepository.lengkap`: lines, nomenclature, targets) in the same run, on a throw-away SQLite file with the demo
/// loaded. Medians of 30 runs after 3 warm-ups. Goal: package ≤ 10 × read, < 1 s in release mode.
enum BenchPaket {
    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    static func run(opdKode: String, tahun: Int) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let app = try await Application.make(Environment(name: "production", arguments: ["kinerja-bench"]))
        app.logger.logLevel = .error
        do {
            try await configure(app, KinerjaConfig(database: .sqliteFile(dir.appendingPathComponent("bench.sqlite").path), bcryptCost: 4))
            _ = try await DemoLoader(db: app.db, folder: nil, logger: app.logger).muat(passwordHash: try await app.password.async.hash(DemoLoader.password))
            let opd = try await WilayahRepository(db: app.db).opd(kode: opdKode)
            guard let renja = try await RenjaRepository(db: app.db).renja(opdID: try opd.requireID(), tahun: tahun).last, let rid = renja.id else {
                throw Abort(.notFound, reason: "\(opdKode) has no Renja \(tahun)")
            }
            let baris = try await RenjaBarisModel.query(on: app.db).filter(\.$renja.$id == rid).count()
            var baca: [Double] = [], paket: [Double] = [], ukuran = 0, jumlahTabel = 0
            for i in 0..<33 {
                let t0 = ContinuousClock.now
                _ = try await RenjaRepository(db: app.db).lengkap(id: rid)
                let t1 = ContinuousClock.now
                let tabel = try await RenjaTabel.semua(db: app.db, opd: opd, tahun: tahun, renjaID: rid)
                let xlsx = try XLSXWriter().data(tabel)
                let docx = try DOCXWriter().data(RenjaTabel.dokumen(opd: opd, tahun: tahun, tabel: tabel, perubahan: renja.jenis == "perubahan"))
                let t2 = ContinuousClock.now
                guard i >= 3 else { continue }
                baca.append(detik(t1 - t0))
                paket.append(detik(t2 - t1))
                ukuran = xlsx.count + docx.count
                jumlahTabel = tabel.count
            }
            let b = median(baca), p = median(paket)
            print("Renja package of \(opd.nama) (\(opdKode) \(tahun) v\(renja.versi), \(baris) lines, \(jumlahTabel) tables + DOCX, \(ukuran / 1024) KiB):")
            print(String(format: "  read rows %.2f ms | package (tables read + computed + XLSX + DOCX) %.2f ms | ratio %.1f× (goal ≤ 10×, < 1 s)", b * 1000, p * 1000, p / b))
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func detik(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}
