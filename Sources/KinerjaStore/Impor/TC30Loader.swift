import FluentKit
import Foundation
import KinerjaCore

/// Loads a transcribed T-C.30 table (`<kunci>/tc30-<n>.csv`, service performance) into the model. The three
/// offices print different column sets, so value columns are recognised by name: `k<i>_target_<tahun>`,
/// `k<i>_realisasi_<tahun>`, `k<i>_proyeksi_<tahun>`, where `<tahun>` is a year ("2022") or relative to n ("n3" =
/// n − 3, "n" = n), and `k<i>_dicetak` is what that column printed. Targets go to `indikator_target` (sumber
/// `renstra`), projections there too (sumber `proyeksi`), realisation to `realisasi_tahunan`; every printed cell to
/// `nilai_tercetak` with a column named `<jenis>:<tahun>` (`spm`, `ikk`, `catatan` for the text columns). A row
/// with `peran` = `persentase` is computed from its `pembilang_no` / `penyebut_no` rows and has no values of its
/// own. `iku_kode` names the LKjIP IKU the row reports on (R30), so this loader runs after `LKjIPLoader`.
struct TC30Loader {
    let loader: DemoLoader
    var db: any Database { loader.db }

    /// One value column of the file.
    struct Kolom {
        enum Jenis: String { case target, realisasi, proyeksi }
        let jenis: Jenis
        let tahun: Int
        let bersih: String
        let dicetak: String
        var nama: String { "\(jenis.rawValue):\(tahun)" }
    }

    func muat(opd: OPDModel, kunci: String) async throws {
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: "tc30-") {
            try await muatBerkas(opd: opd, file: "\(kunci)/\(name)", n: n)
        }
    }

    /// The value columns of a header, in file order.
    static func kolom(_ header: [String], n: Int) -> [Kolom] {
        header.compactMap { h in
            let parts = h.split(separator: "_", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0].hasPrefix("k"), let jenis = Kolom.Jenis(rawValue: parts[1]) else { return nil }
            let t = parts[2]
            let tahun: Int? = t == "n" ? n : t.hasPrefix("n") ? Int(t.dropFirst()).map { n - $0 } : Int(t)
            guard let tahun else { return nil }
            return Kolom(jenis: jenis, tahun: tahun, bersih: h, dicetak: "\(parts[0])_dicetak")
        }
    }

    func muatBerkas(opd: OPDModel, file: String, n: Int) async throws {
        let opdID = try opd.requireID()
        if try await PelayananTC30Model.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).first() != nil { return }
        let tabel = (file as NSString).lastPathComponent
        let t = try loader.tabel(file, required: ["seed_ref", "indikator", "satuan"])
        let kolom = Self.kolom(t.kolom, n: n)
        let dicetakNilai = Set(kolom.map(\.dicetak))
        let teksKolom = t.kolom.filter { $0.hasSuffix("_dicetak") && !dicetakNilai.contains($0) }
        var perNomor: [Int: UUID] = [:]
        var baris: [(PelayananTC30Model, CSVTabel.Baris)] = []
        for (urutan, row) in t.baris.enumerated() {
            let lokasi = row["seed_ref"] ?? "\(file):\(row.baris)"
            func fail(_ m: String) -> StoreError { .invalid(field: "\(file):\(row.baris)", message: m, pesan: m) }
            guard let nama = row["indikator"], let satuan = row["satuan"] else { throw fail("indikator and satuan are required") }
            guard let arah = Arah(rawValue: row["arah"] ?? "naik"), let agregasi = JenisAgregasi(rawValue: row["agregasi"] ?? "persentase"),
                let ukuran = JenisUkuran(rawValue: row["ukuran"] ?? "persentase"), let peran = BarisTC30.Peran(rawValue: row["peran"] ?? "tunggal")
            else { throw fail("arah/agregasi/ukuran/peran not in the vocabulary") }
            let nomor = (row["no_dicetak"] ?? row["no"]).flatMap(Int.init)
            let ind = try await indikator(
                opdID: opdID, kode: "TC30:\(n):\(urutan + 1)", nama: nama, satuan: satuan, arah: arah, agregasi: agregasi, ukuran: ukuran)
            let indID = try ind.requireID()
            if let nomor { perNomor[nomor] = indID }
            for k in kolom {
                guard let s = row[k.bersih] else { continue }
                let v: Int64
                do { v = try Kuantitas(parsing: s).unitKecil } catch { throw fail("\(k.bersih): \(error)") }
                try await simpan(k, nilai: v, indikatorID: indID, lokasi: lokasi)
            }
            // Printed cells: value columns under their year, text columns by what they are.
            var cetak = kolom.compactMap { k in row[k.dicetak].map { (k.nama, $0) } }
            for c in teksKolom { if let teks = row[c] { cetak.append((Self.namaTeks(c, header: t.kolom), teks)) } }
            for (nama, teks) in cetak {
                try await loader.tercetak(opdID: opdID, n: n, tabel: tabel, rujukan: lokasi, kode: nil, kolom: nama, teks: teks)
            }
            let b = PelayananTC30Model()
            b.$opd.id = opdID
            b.tahun = n
            b.urutan = urutan + 1
            b.nomorDicetak = nomor
            b.$indikator.id = indID
            b.peran = peran.rawValue
            b.standarSPM = teksKolom.first(where: { Self.namaTeks($0, header: t.kolom) == "spm" }).flatMap { row[$0] }
            b.ikk = teksKolom.first(where: { Self.namaTeks($0, header: t.kolom) == "ikk" }).flatMap { row[$0] }
            b.catatanAnalisis = teksKolom.first(where: { Self.namaTeks($0, header: t.kolom) == "catatan" }).flatMap { row[$0] }
            b.rujukan = lokasi
            if let kode = row["iku_kode"] {
                guard let iku = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == kode).first() else {
                    throw fail("iku_kode '\(kode)' is not an IKU of this office")
                }
                b.$iku.id = try iku.requireID()
            }
            baris.append((b, row))
        }
        for (b, row) in baris {
            func rujuk(_ col: String) throws -> UUID? {
                guard let s = row[col] else { return nil }
                guard let no = Int(s), let id = perNomor[no] else {
                    throw StoreError.invalid(field: "\(file):\(row.baris)", message: "\(col) \(s) names no row", pesan: "\(col) \(s) tidak merujuk baris mana pun.")
                }
                return id
            }
            b.$pembilang.id = try rujuk("pembilang_no")
            b.$penyebut.id = try rujuk("penyebut_no")
            if b.peran == BarisTC30.Peran.persentase.rawValue, b.$pembilang.id == nil || b.$penyebut.id == nil {
                throw StoreError.invalid(field: "\(file):\(row.baris)", message: "a persentase row needs pembilang_no and penyebut_no", pesan: "Baris persentase memerlukan pembilang_no dan penyebut_no.")
            }
            try await b.create(on: db)
        }
    }

    /// The name a printed text column is kept under: `catatan`, `ikk` or `spm`, judged from its own name or that
    /// of the clean column beside it (`k3_spm` + `k3_dicetak` → `spm`; Tarakan's `k3_target_iku_ikk` → `ikk`).
    static func namaTeks(_ kolom: String, header: [String]) -> String {
        let prefix = kolom.split(separator: "_").first.map { "\($0)_" } ?? kolom
        let nama = ([kolom] + header.filter { $0.hasPrefix(prefix) && $0 != kolom }).joined(separator: " ")
        if nama.contains("catatan") { return "catatan" }
        if nama.contains("ikk") { return "ikk" }
        if nama.contains("spm") { return "spm" }
        return kolom
    }

    func simpan(_ k: Kolom, nilai: Int64, indikatorID: UUID, lokasi: String) async throws {
        switch k.jenis {
        case .target, .proyeksi:
            let it = IndikatorTargetModel()
            it.$indikator.id = indikatorID
            it.tahun = k.tahun
            it.sumber = k.jenis == .target ? "renstra" : "proyeksi"
            it.nilaiE4 = nilai
            it.rujukan = lokasi
            try await it.create(on: db)
        case .realisasi:
            let r = RealisasiTahunanModel()
            r.$indikator.id = indikatorID
            r.tahun = k.tahun
            r.sampaiDengan = false
            r.nilaiE4 = nilai
            r.sumber = lokasi
            try await r.create(on: db)
        }
    }

    /// A T-C.30 indicator: an office-level service indicator (no nomenclature node), marked SPM.
    func indikator(
        opdID: UUID, kode: String, nama: String, satuan: String, arah: Arah, agregasi: JenisAgregasi, ukuran: JenisUkuran
    ) async throws -> IndikatorModel {
        let s = try await ReferensiRepository(db: db).satuan(kode: satuan)
        let m = IndikatorModel()
        m.$opd.id = opdID
        m.kode = kode
        m.nama = nama
        m.$satuan.id = try s.requireID()
        m.arah = arah.rawValue
        m.agregasi = agregasi.rawValue
        m.ukuran = ukuran.rawValue
        m.presisi = ukuran == .kualitatif ? 0 : 2
        m.bobotE4 = Kuantitas.skala
        m.iku = false
        m.spm = true
        m.bolehLebih100 = false
        try await m.create(on: db)
        return m
    }
}
