import FluentKit
import Foundation
import KinerjaCore

/// Loads the code cells a document prints for a line, read apart from the line's nomenclature code
/// (`kode-terbaca-<n>.csv`: seed line, the table the line is transcribed in, the line's code, the code as printed).
/// Transcription keeps a line under its true code (the name decides, renja-spec §4) and the printed code beside it,
/// so R23 reports a code that is another line's (000:L516 "1 06 03" over Program Rehabilitasi Sosial), a cell that
/// overflowed ("#", 000:L481) and R05 a printed code used twice (003:L934). The file lists only lines whose printed
/// code does not read as their own; `X` marks a placeholder or a segment the seed text garbles.
///
/// Runs after the table loaders: its cells sit under those tables' names, which is what the tables' own
/// "already loaded" check looks for.
struct KodeTerbacaLoader {
    let loader: DemoLoader
    static let awalan = "kode-terbaca-"
    static let kolom = "kode_terbaca"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        let files = loader.berkasTahunan(kunci: kunci, awalan: Self.awalan)
        guard !files.isEmpty else { return }
        if try await NilaiTercetakModel.query(on: loader.db).filter(\.$opd.$id == opdID).filter(\.$kolom == Self.kolom).first() != nil { return }
        let ref = ReferensiRepository(db: loader.db)
        let reg = try await ref.regulasi(kode: RenjaRepository.regulasiBaku, judul: RenjaRepository.regulasiBaku)
        let codes = try await ref.kodeNomenklatur(regulasiID: try reg.requireID())
        for (name, n) in files {
            let file = "\(kunci)/\(name)"
            for row in try loader.tabel(file, required: ["seed_ref", "tabel", "kode", "terbaca"]).baris {
                let rujukan = try row.wajib("seed_ref", file: file), tabel = try row.wajib("tabel", file: file)
                let terbaca = try row.wajib("terbaca", file: file)
                guard let k = row["kode"], let kode = try? KodeNomenklatur(k), codes[kode] != nil else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) kode", message: "code '\(row["kode"] ?? "")' is not in the nomenclature",
                        pesan: "Kode tidak dikenal.")
                }
                try await loader.tercetak(opdID: opdID, n: n, tabel: tabel, rujukan: rujukan, kode: kode.description, kolom: Self.kolom, teks: terbaca)
            }
        }
    }
}
