import FluentKit
import Foundation
import KinerjaCore

/// Loads the SAKIP evaluation results a report prints (`sakip-evaluasi-<n>.csv`: per evaluated year and source, the
/// components' weight and score, the total and the grade) into `evaluasi_sakip`. Weights and scores are inputs and
/// must be numbers; the total is computed by the document, so its clean `nilai` must stay empty.
struct SAKIPLoader {
    let loader: DemoLoader
    static let awalan = "sakip-evaluasi-"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            if try await EvaluasiSAKIPModel.query(on: loader.db).filter(\.$opd.$id == opdID).filter(\.$tahunLaporan == n).first() != nil { continue }
            let file = "\(kunci)/\(name)"
            for row in try loader.tabel(file, required: ["seed_ref", "sumber", "tahun", "baris"]).baris {
                let field = "\(file):\(row.baris)"
                let rujukan = row["seed_ref"], tahun = row["tahun"].flatMap(Int.init)
                let sumber = row["sumber"].flatMap(EvaluasiSAKIPModel.Sumber.init(rawValue:)), baris = row["baris"].flatMap(EvaluasiSAKIPModel.Baris.init(rawValue:))
                let kosong = [("seed_ref", rujukan != nil), ("tahun", tahun != nil), ("sumber", sumber != nil), ("baris", baris != nil)].first { !$0.1 }
                guard kosong == nil, let rujukan, let tahun, let sumber, let baris else {
                    throw StoreError.invalid(
                        field: "\(field) \(kosong?.0 ?? "")", message: "seed_ref, a year, sumber (tabel|narasi) and baris (komponen|total|predikat) are required",
                        pesan: "seed_ref, tahun, sumber (tabel|narasi) dan baris (komponen|total|predikat) wajib diisi.")
                }
                let m = EvaluasiSAKIPModel()
                m.$opd.id = opdID
                m.tahunLaporan = n
                m.tahun = tahun
                m.sumber = sumber.rawValue
                m.baris = baris.rawValue
                m.komponenKode = row["komponen_kode"]
                m.komponen = row["komponen_dicetak"]
                m.bobotDicetak = row["bobot_dicetak"]
                m.nilaiDicetak = row["nilai_dicetak"]
                m.predikatDicetak = row["predikat_dicetak"]
                m.rujukan = rujukan
                if baris == .komponen {
                    for kolom in ["komponen_kode", "bobot", "nilai"] where row[kolom] == nil {
                        throw StoreError.invalid(
                            field: "\(field) \(kolom)", message: "a component needs komponen_kode, bobot and nilai", pesan: "Komponen wajib berkode, berbobot dan bernilai.")
                    }
                    let b = row["bobot"] ?? "", v = row["nilai"] ?? ""
                    m.bobotE4 = try angka(b, "\(field) bobot")
                    m.nilaiE4 = try angka(v, "\(field) nilai")
                } else if let kolom = ["nilai", "bobot"].first(where: { row[$0] != nil }) {
                    throw StoreError.invalid(
                        field: "\(field) \(kolom)", message: "a total or grade is computed: keep it in nilai_dicetak only",
                        pesan: "Nilai total adalah hasil hitungan: isi hanya nilai_dicetak.")
                }
                try await m.create(on: loader.db)
            }
        }
    }

    func angka(_ s: String, _ field: String) throws -> Int64 {
        do { return try Kuantitas(parsing: s).unitKecil } catch {
            throw StoreError.invalid(field: field, message: "'\(s)' is not a number", pesan: "'\(s)' bukan angka.")
        }
    }
}
