import Foundation
import KinerjaCore

/// The one reading of stored E4 columns as a `Besaran`: a value, a band when an upper bound is stored, a ratio when a
/// numerator and a denominator are (the percentage is derived, never stored: domain decision 2).
extension Besaran {
    static func tersimpan(nilai: Int64?, atas: Int64? = nil, satuan: Satuan) -> Besaran? {
        guard let nilai else { return nil }
        let lo = Kuantitas(unitKecil: nilai)
        guard let atas else { return Besaran(lo, satuan) }
        return Besaran(.rentang(bawah: lo.decimal, atas: Kuantitas(unitKecil: atas).decimal), satuan)
    }
}

extension RealisasiTahunanModel {
    /// The realisation in the indicator's unit: the ratio of its parts when both are stored, else its value.
    func besaran(_ satuan: Satuan) -> Besaran? {
        if let p = pembilangE4, let q = penyebutE4 { return .rasio(Kuantitas(unitKecil: p).decimal, Kuantitas(unitKecil: q).decimal) }
        return .tersimpan(nilai: nilaiE4, satuan: satuan)
    }
}
