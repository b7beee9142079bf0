import FluentKit
import Foundation
import KinerjaCore

/// What every table loader of the demo data shares: finding an office's yearly files, and keeping printed cells.
extension DemoLoader {
    /// The office's files `<awalan><yyyy>….csv` with their year, in name order; the `…-dicetak` companions (printed
    /// totals of a table) are not tables of their own.
    func berkasTahunan(kunci: String, awalan: String) -> [(nama: String, tahun: Int)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(kunci).path)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasPrefix(awalan), name.hasSuffix(".csv"), !name.contains("dicetak"),
                let n = Int(name.dropFirst(awalan.count).prefix(4))
            else { return nil }
            return (name, n)
        }
    }

    /// Columns that print a line's indicator (T-C.29, T-C.31 both sides, T-C.32, the PK and financial tables): kept
    /// as printed text under the line's code for R47, never read as values or codes.
    static let kolomIndikatorBaris: Set<String> = ["indikator", "indikator_ranwal", "indikator_analisis"]

    /// Whether a table's printed cells are stored already (the loaders are idempotent per table).
    func tercetakAda(opdID: UUID, tabel: String) async throws -> Bool {
        try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tabel == tabel).first() != nil
    }

    /// One printed cell, kept verbatim beside what Kinerja computes (never an input).
    func tercetak(opdID: UUID, n: Int, tabel: String, rujukan: String, kode: String?, kolom: String, teks: String?) async throws {
        guard let teks, !teks.isEmpty else { return }
        let m = NilaiTercetakModel()
        m.$opd.id = opdID
        m.tahun = n
        m.tabel = tabel
        m.rujukan = rujukan
        m.kode = kode
        m.kolom = kolom
        m.teks = teks
        m.nilaiE4 = AngkaDicetak.parse(teks)?.unitKecil
        try await m.create(on: db)
    }

    /// Keeps the row's printed cells of `kolom` (by default the rumusan table's) under the row's code.
    func catatTercetak(
        _ row: CSVTabel.Baris, opd: OPDModel, tahun: Int, file: String,
        kolom daftar: [String] = ["target_dicetak", "pagu_dicetak", "target_n1_dicetak", "pagu_n1_dicetak", TargetRumusanDicetak.kolomSatuan]
    ) async throws {
        let opdID = try opd.requireID()
        for kolom in daftar {
            try await tercetak(
                opdID: opdID, n: tahun, tabel: (file as NSString).lastPathComponent, rujukan: row["seed_ref"] ?? "\(file):\(row.baris)",
                kode: row["kode"], kolom: kolom, teks: row[kolom])
        }
    }
}

extension CSVTabel.Baris {
    /// The cell of `kolom`, which must not be empty: else the error names file, row and column.
    func wajib(_ kolom: String, file: String) throws -> String {
        guard let v = self[kolom] else {
            throw StoreError.invalid(field: "\(file):\(baris) \(kolom)", message: "\(kolom) is required", pesan: "\(kolom) wajib diisi.")
        }
        return v
    }
}
