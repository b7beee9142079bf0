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
                guard let rujukan = row["seed_ref"], let tahun = row["tahun"].flatMap(Int.init),
                    let sumber = row["sumber"].flatMap(EvaluasiSAKIPModel.Sumber.init(rawValue:)),
                    let baris = row["baris"].flatMap(EvaluasiSAKIPModel.Baris.init(rawValue:))
                else {
                    throw StoreError.invalid(
                        field: field, message: "seed_ref, a year, sumber (tabel|narasi) and baris (komponen|total|predikat) are required",
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
                    guard m.komponenKode != nil, let b = row["bobot"], let v = row["nilai"] else {
                        throw StoreError.invalid(
                            field: field, message: "a component needs komponen_kode, bobot and nilai", pesan: "Komponen wajib berkode, berbobot dan bernilai.")
                    }
                    m.bobotE4 = try angka(b, "\(field) bobot")
                    m.nilaiE4 = try angka(v, "\(field) nilai")
                } else if row["nilai"] != nil || row["bobot"] != nil {
                    throw StoreError.invalid(
                        field: "\(field) nilai", message: "a total or grade is computed: keep it in nilai_dicetak only",
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
