import FluentKit
import Foundation
import KinerjaCore

/// Loads the claims a report's running text makes about itself (`fakta-narasi-<n>.csv`: seed line, section, the
/// fact's key, the words as printed and the value they state), kept as printed cells `fakta:<key>` and
/// `fakta_bagian:<key>` (read back by `LKjIPQuery`), so R45 can set each against the report's data and the other
/// places that state it (002:L1714 "2 (dua) sasaran strategis dan 8 indikator" in a report of 3 sasaran and 5 IKU).
struct FaktaNarasiLoader {
    let loader: DemoLoader
    static let awalan = "fakta-narasi-"
    static let kolom = "fakta:"
    static let kolomBagian = "fakta_bagian:"

    func muat(opd: OPDModel, kunci: String) async throws {
        let opdID = try opd.requireID()
        for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: Self.awalan) {
            guard try await !loader.tercetakAda(opdID: opdID, tabel: name) else { continue }
            let file = "\(kunci)/\(name)"
            var dilihat = Set<String>()
            for row in try loader.tabel(file, required: ["seed_ref", "bagian", "kunci", "nilai"]).baris {
                let rujukan = try row.wajib("seed_ref", file: file), bagian = try row.wajib("bagian", file: file)
                let k = try row.wajib("kunci", file: file), nilai = try row.wajib("nilai", file: file)
                guard FaktaNarasi.kunciSah(k) else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) kunci", message: "'\(k)' looks like a data key but is not one (see FaktaNarasi)",
                        pesan: "'\(k)' tampak seperti kunci data tetapi tidak dikenal.")
                }
                // One place states a fact once: a second row would overwrite the first when read back.
                guard dilihat.insert("\(rujukan)|\(k)").inserted else {
                    throw StoreError.invalid(
                        field: "\(file):\(row.baris) kunci", message: "'\(k)' is given twice at \(rujukan)",
                        pesan: "'\(k)' tercatat dua kali pada \(rujukan).")
                }
                try await loader.tercetak(opdID: opdID, n: n, tabel: name, rujukan: rujukan, kode: nil, kolom: "\(Self.kolom)\(k)", teks: nilai)
                try await loader.tercetak(opdID: opdID, n: n, tabel: name, rujukan: rujukan, kode: nil, kolom: "\(Self.kolomBagian)\(k)", teks: bagian)
            }
        }
    }
}
