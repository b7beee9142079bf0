import Foundation

/// Budget absorption (*serapan* / *penyerapan*): realisasi anggaran ÷ pagu × 100 (renja-spec §2.12,
/// lakip-spec §3.6). Same rounding and "never 100 unless met" display rule as capaian.
public enum Serapan {
    public static func hitung(pagu: Rupiah?, realisasi: Rupiah?) -> Capaian {
        guard let pagu, pagu.rawValue != 0 else { return .tidakDapatDihitung(.tanpaAnggaran) }
        guard let realisasi else { return .tidakDapatDihitung(.realisasiBelumAda) }
        return .nilai(BagiDesimal.bagi(Decimal(realisasi.rawValue), Decimal(pagu.rawValue), faktor: 100))
    }

    /// Spending per quarter TW I–IV from quarterly entries: Σ per quarter, nil after the last quarter with any entry
    /// (a quarter not reported yet is not a quarter without spending — the absorption chart leaves it out).
    public static func perTriwulan(_ isian: [(triwulan: Int, jumlah: Rupiah)]) -> [Rupiah?] {
        let akhir = isian.map(\.triwulan).filter { (1...4).contains($0) }.max() ?? 0
        return (1...4).map { q in q > akhir ? nil : isian.filter { $0.triwulan == q }.map(\.jumlah).reduce(.zero, +) }
    }

    /// Savings (*penghematan*) = 100 − absorption, in percent. A separate measure, never called efficiency.
    public static func penghematan(pagu: Rupiah?, realisasi: Rupiah?) -> Capaian {
        switch hitung(pagu: pagu, realisasi: realisasi) {
        case .nilai(let s): .nilai(100 - s)
        case .tidakDapatDihitung(let a): .tidakDapatDihitung(a)
        }
    }
}

/// The one definition of the LKjIP efficiency analysis (lakip-spec §3.6, §3.8 rule 6).
///
/// The seeds use "persentase efisiensi" for two different numbers: absorption (realisasi ÷ pagu, Polman SS1-SS3)
/// and savings (100 % − absorption, Polman SS4-SS5), and Mamuju rates an IKU with no budget at all "Efisien".
/// Kinerja keeps the two measures apart and defines the verdict once:
///
/// **Efisien** when capaian kinerja ≥ serapan anggaran: the output was achieved to at least the share of the
/// budget that was spent. **Tidak efisien** otherwise. **Tidak dapat dinilai** when either side is undefined
/// (no budget mapped, no realisation, undefined capaian): "no budget" is an explicit state, never 100 %.
public struct AnalisisEfisiensi: Hashable, Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case efisien
        case tidakEfisien = "tidak_efisien"
        case tidakDapatDinilai = "tidak_dapat_dinilai"

        public var label: String {
            switch self {
            case .efisien: "Efisien"
            case .tidakEfisien: "Tidak Efisien"
            case .tidakDapatDinilai: "Tidak dapat dinilai"
            }
        }
    }

    public var capaianKinerja: Capaian
    public var serapan: Capaian
    public var penghematan: Capaian
    public var status: Status
    /// Why the verdict could not be given.
    public var alasan: Alasan?

    public init(capaianKinerja: Capaian, pagu: Rupiah?, realisasi: Rupiah?) {
        self.capaianKinerja = capaianKinerja
        serapan = Serapan.hitung(pagu: pagu, realisasi: realisasi)
        penghematan = Serapan.penghematan(pagu: pagu, realisasi: realisasi)
        switch (capaianKinerja, serapan) {
        case (.nilai(let c), .nilai(let s)):
            status = c >= s ? .efisien : .tidakEfisien
            alasan = nil
        case (.tidakDapatDihitung(let a), _), (_, .tidakDapatDihitung(let a)):
            status = .tidakDapatDinilai
            alasan = a
        }
    }
}
