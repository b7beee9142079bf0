import FluentKit
import Foundation
import KinerjaCore

/// Units as the documents print them ("Org", "Dok", "kk"), resolved through the unit table's codes and aliases
/// (reference/satuan.csv and the offices' additions), else by `Satuan` normalisation.
struct KamusSatuan: Sendable {
    /// Lower-cased code or alias → unit.
    let peta: [String: Satuan]

    static let kosong = KamusSatuan(peta: [:])

    static func muat(db: any Database) async throws -> KamusSatuan {
        var out: [String: Satuan] = [:]
        for m in try await SatuanModel.query(on: db).sort(\.$kode).all() {
            let s = Satuan(m.kode)
            for a in [m.kode] + m.alias.split(separator: ";").map(String.init) where !a.isEmpty {
                let key = a.lowercased()
                if out[key] == nil { out[key] = s }
            }
        }
        return KamusSatuan(peta: out)
    }

    /// A printed cell holding one number, in the unit it prints; a bare number is in `bawaan` (the indicator's
    /// unit), or nil when there is none.
    func besaran(_ teks: String, bawaan: Satuan?) -> Besaran? {
        guard let (angka, sisa) = AngkaDicetak.satuAngka(teks) else { return nil }
        guard let s = sisa.isEmpty ? bawaan : (peta[sisa.lowercased()] ?? Satuan(sisa)) else { return nil }
        return Besaran(angka, s)
    }
}
