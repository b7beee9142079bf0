import FluentKit
import Foundation
import KinerjaCore

/// Loads a transcribed T-C.29 table (`<kunci>/tc29-<n>.csv`) into the model: column 4 → the Renstra's final
/// target, 5 → realisation up to n−3 (`realisasi_tahunan`, sampai_dengan), 6 and 9 → Renja targets of n−2 and
/// n−1 (`indikator_target`), 7 → realisation of n−2. The computed columns 8, 10, 11 are kept only as printed;
/// every printed cell, inputs included, goes to `nilai_tercetak`, from which TC29Query hands the printed input
/// cells that have no clean value to the rules (R02, R03) and PemeriksaanQuery the raw texts (R11, R21, R22).
struct TC29Loader {
    let loader: DemoLoader
    var db: any Database { loader.db }

    func muat(opd: OPDModel, kunci: String) async throws {
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: "tc29-") {
            try await muatBerkas(opd: opd, file: "\(kunci)/\(name)", n: n, kunci: kunci)
        }
    }

    func muatBerkas(opd: OPDModel, file: String, n: Int, kunci: String) async throws {
        let opdID = try opd.requireID()
        let tabel = (file as NSString).lastPathComponent
        if try await loader.tercetakAda(opdID: opdID, tabel: tabel) { return }
        let renstra = try await renstra(opd: opd, kunci: kunci)
        let t = try loader.tabel(file, required: ["seed_ref", "kode", "indikator", "satuan", "k4_target_renstra", "k7_realisasi_n2"])
        let ref = ReferensiRepository(db: db)
        let reg = try await ref.regulasi(kode: RenjaRepository.regulasiBaku, judul: RenjaRepository.regulasiBaku)
        let codes = try await ref.kodeNomenklatur(regulasiID: try reg.requireID())
        for row in t.baris {
            let lokasi = row["seed_ref"] ?? "\(file):\(row.baris)"
            func fail(_ m: String) -> StoreError { .invalid(field: "\(file):\(row.baris)", message: m, pesan: m) }
            guard let k = row["kode"], let kode = try? KodeNomenklatur(k), let nomen = codes[kode] else {
                throw fail("code '\(row["kode"] ?? "")' is not in the nomenclature")
            }
            guard let nama = row["indikator"] else { continue }
            let def = IndikatorDefinisi(
                nama: nama, satuan: row["satuan"] ?? "", arah: row["arah"].flatMap(Arah.init(rawValue:)) ?? .naik,
                agregasi: row["agregasi"].flatMap(JenisAgregasi.init(rawValue:)) ?? .kumulatif,
                ukuran: row["ukuran"].flatMap(JenisUkuran.init(rawValue:)) ?? .jumlah)
            let ind = try await RenjaRepository(db: db).indikator(opdID: opdID, nomenklaturID: try nomen.requireID(), def: def)
            let indID = try ind.requireID()
            func q(_ col: String) throws -> Int64? {
                guard let s = row[col] else { return nil }
                do { return try Kuantitas(parsing: s).unitKecil } catch { throw fail("\(col): \(error)") }
            }
            // Column 4: Renstra final target.
            let ri = RenstraIndikatorModel()
            ri.$renstra.id = try renstra.requireID()
            ri.$indikator.id = indID
            ri.targetAkhirE4 = try q("k4_target_renstra")
            if try await RenstraIndikatorModel.query(on: db).filter(\.$renstra.$id == renstra.requireID()).filter(\.$indikator.$id == indID).first() == nil {
                try await ri.create(on: db)
            }
            for (col, tahun, sd) in [("k5_realisasi_sd_n3", n - 3, true), ("k7_realisasi_n2", n - 2, false)] {
                guard let v = try q(col) else { continue }
                let r = RealisasiTahunanModel()
                r.$indikator.id = indID
                r.tahun = tahun
                r.sampaiDengan = sd
                r.nilaiE4 = v
                r.sumber = lokasi
                try await r.create(on: db)
            }
            for (col, tahun) in [("k6_target_n2", n - 2), ("k9_target_n1", n - 1)] {
                guard let v = try q(col) else { continue }
                let it = IndikatorTargetModel()
                it.$indikator.id = indID
                it.tahun = tahun
                it.sumber = "renja"
                it.nilaiE4 = v
                it.rujukan = lokasi
                try await it.create(on: db)
            }
            // Printed cells, inputs and computed alike, kept verbatim beside what Kinerja computes.
            for kolom in ["k4_dicetak", "k5_dicetak", "k6_dicetak", "k7_dicetak", "k8_dicetak", "k9_dicetak", "k10_dicetak", "k11_dicetak", "indikator"] {
                try await loader.tercetak(
                    opdID: opdID, n: n, tabel: tabel, rujukan: lokasi, kode: "\(kode)|\(indID.uuidString)", kolom: kolom, teks: row[kolom])
            }
        }
    }

    /// The office's Renstra from `<kunci>/renstra.csv` (created once).
    func renstra(opd: OPDModel, kunci: String) async throws -> RenstraModel {
        let opdID = try opd.requireID()
        let file = "\(kunci)/renstra.csv"
        guard loader.ada(file), let row = try loader.tabel(file, required: ["tahun_awal", "tahun_akhir"]).baris.first,
            let awal = row["tahun_awal"].flatMap(Int.init), let akhir = row["tahun_akhir"].flatMap(Int.init)
        else { throw StoreError.invalid(field: file, message: "a Renstra period is needed for T-C.29 column 4", pesan: "Periode Renstra belum ada.") }
        if let r = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunAwal == awal).first() { return r }
        let r = RenstraModel(opdID: opdID, tahunAwal: awal, tahunAkhir: akhir)
        r.dasarHukum = row["dasar_hukum"]
        try await r.create(on: db)
        return r
    }
}
