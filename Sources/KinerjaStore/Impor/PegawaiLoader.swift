import FluentKit
import Foundation
import KinerjaCore

/// Loads a report's staff tables (`pegawai-<n>.csv`, one row per printed cell: table caption, category, column,
/// count and the cell as printed) into `rekap_pegawai`. A printed total (category or column `Jumlah`) is computed by
/// the document, so its clean `jumlah` must stay empty; a count must be a whole number ≥ 0. All rows of a file or
/// none: the demo runs in one transaction.
struct PegawaiLoader {
    let loader: DemoLoader
    static let awalan = "pegawai-"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            if try await RekapPegawaiModel.query(on: loader.db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).first() != nil { continue }
            let file = "\(kunci)/\(name)"
            var urutan: [String: Int] = [:]
            for row in try loader.tabel(file, required: ["seed_ref", "tabel", "kategori", "kategori2", "jumlah", "jumlah_dicetak", "kunci"]).baris {
                let field = "\(file):\(row.baris)"
                guard let rujukan = row["seed_ref"], let tabel = row["tabel"], let kategori = row["kategori"] else {
                    throw StoreError.invalid(field: field, message: "seed_ref, tabel and kategori are required", pesan: "seed_ref, tabel dan kategori wajib diisi.")
                }
                let kolom = row["kategori2"] ?? ""
                let total = Self.jumlah(kategori)
                var jumlah: Int?
                if let t = row["jumlah"] {
                    guard let v = Int(t), v >= 0 else {
                        throw StoreError.invalid(field: "\(field) jumlah", message: "'\(t)' is not a whole number ≥ 0", pesan: "Jumlah harus bilangan bulat ≥ 0.")
                    }
                    guard !total, !Self.jumlah(kolom) else {
                        throw StoreError.invalid(
                            field: "\(field) jumlah", message: "a printed total is computed: keep it in jumlah_dicetak only",
                            pesan: "Jumlah tercetak adalah hasil hitungan: isi hanya jumlah_dicetak.")
                    }
                    jumlah = v
                }
                // One printed row is one `urutan`: its cells come one after another with the same seed line and category.
                let kunciBaris = "\(tabel)|\(rujukan)|\(kategori)"
                let u = urutan[kunciBaris] ?? urutan.count + 1
                urutan[kunciBaris] = u
                let m = RekapPegawaiModel()
                m.$opd.id = opdID
                m.tahun = n
                m.tabel = tabel
                m.urutan = u
                m.nomorDicetak = try Self.nomor(row["no_dicetak"], field: "\(field) no_dicetak")
                m.kategori = kategori
                m.kolom = Self.jumlah(kolom) ? RekapTercatat.kolomJumlah : kolom
                m.total = total
                m.jumlah = jumlah
                m.jumlahDicetak = row["jumlah_dicetak"]
                m.kunci = row["kunci"]
                m.rujukan = rujukan
                try await m.create(on: loader.db)
            }
        }
    }

    /// A printed row number ("4", "4."); anything else is an error, not a row without a number.
    static func nomor(_ teks: String?, field: String) throws -> Int? {
        guard let teks else { return nil }
        guard let n = Int(teks.hasSuffix(".") ? String(teks.dropLast()) : teks) else {
            throw StoreError.invalid(field: field, message: "'\(teks)' is not a row number", pesan: "Nomor baris harus bilangan bulat.")
        }
        return n
    }

    /// The printed word for a total row or column ("Jumlah", "JUMLAH").
    static func jumlah(_ s: String) -> Bool { s.lowercased() == "jumlah" }
}
