import Foundation

/// One row of the quarterly evaluation table E.81 (Permendagri 86/2017 evaluation of the Renja):
/// target and realisation per triwulan I–IV, the year, and progress toward the Renstra target.
public struct BarisE81: Hashable, Codable, Sendable {
    public var lokasi: String
    public var indikator: Indikator
    /// Renstra end-of-period target.
    public var targetRenstra: Besaran?
    /// Realisation up to the end of the previous year.
    public var realisasiSampaiTahunLalu: Besaran?
    /// This year's Renja target; when nil, the quarterly targets combined by aggregation type.
    public var targetTahun: Besaran?
    /// Targets of TW I–IV (four entries; nil where none was set).
    public var targetTriwulan: [Besaran?]
    /// Realisation of TW I–IV (four entries; nil where not yet reported).
    public var realisasiTriwulan: [Besaran?]
    public var pagu: Rupiah?
    /// Budget realisation of TW I–IV.
    public var realisasiAnggaranTriwulan: [Rupiah?]

    public init(
        lokasi: String, indikator: Indikator, targetRenstra: Besaran? = nil, realisasiSampaiTahunLalu: Besaran? = nil,
        targetTahun: Besaran? = nil, targetTriwulan: [Besaran?] = [nil, nil, nil, nil],
        realisasiTriwulan: [Besaran?] = [nil, nil, nil, nil], pagu: Rupiah? = nil,
        realisasiAnggaranTriwulan: [Rupiah?] = [nil, nil, nil, nil]
    ) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.targetRenstra = targetRenstra
        self.realisasiSampaiTahunLalu = realisasiSampaiTahunLalu
        self.targetTahun = targetTahun
        self.targetTriwulan = targetTriwulan
        self.realisasiTriwulan = realisasiTriwulan
        self.pagu = pagu
        self.realisasiAnggaranTriwulan = realisasiAnggaranTriwulan
    }
}

public struct HasilE81: Hashable, Codable, Sendable {
    /// Capaian of each quarter against its own quarterly target.
    public var capaianTriwulan: [Capaian]
    /// The year's realisation from the quarters, by aggregation type.
    public var realisasiTahun: Agregat
    /// The year's capaian against the year target.
    public var capaianTahun: Capaian
    public var kategoriTahun: String?
    /// Σ quarterly budget realisation (nil when no quarter reported).
    public var realisasiAnggaranTahun: Rupiah?
    /// Budget absorption realisasi / pagu × 100.
    public var serapan: Capaian
    /// Realisation up to the end of this year (previous position combined with this year, by aggregation type).
    public var realisasiRenstra: Agregat
    /// Capaian against the Renstra end target.
    public var capaianRenstra: Capaian
}

/// Evaluates E.81 quarterly rows.
public enum EvaluasiE81 {
    public static func evaluate(_ b: BarisE81, aturan: AturanPemda = .standar) -> HasilE81 {
        let ind = b.indikator
        let tw = (0..<4).map { i -> Capaian in
            let t = i < b.targetTriwulan.count ? b.targetTriwulan[i] : nil
            let r = i < b.realisasiTriwulan.count ? b.realisasiTriwulan[i] : nil
            return ind.capaian(target: t, realisasi: r, rumusTurun: aturan.rumusTurun)
        }
        let realisasiTahun = ind.gabungkan(b.realisasiTriwulan)
        let targetTahun: Besaran? = b.targetTahun ?? ind.gabungkan(b.targetTriwulan).besaran
        let capaianTahun: Capaian
        switch realisasiTahun {
        case .nilai(let r): capaianTahun = ind.capaian(target: targetTahun, realisasi: r, rumusTurun: aturan.rumusTurun)
        case .tidakDapatDihitung(let a): capaianTahun = .tidakDapatDihitung(targetTahun == nil ? .targetBelumAda : a)
        }
        let anggaran = b.realisasiAnggaranTriwulan.compactMap { $0 }
        let realisasiAnggaran: Rupiah? = anggaran.isEmpty ? nil : anggaran.reduce(.zero, +)
        let renstra = ind.gabungkan([b.realisasiSampaiTahunLalu, realisasiTahun.besaran])
        let capaianRenstra: Capaian
        switch renstra {
        case .nilai(let r):
            capaianRenstra = ind.capaian(target: b.targetRenstra, realisasi: r, rumusTurun: aturan.rumusTurun)
        case .tidakDapatDihitung(let a): capaianRenstra = .tidakDapatDihitung(a)
        }
        return HasilE81(
            capaianTriwulan: tw, realisasiTahun: realisasiTahun, capaianTahun: capaianTahun,
            kategoriTahun: aturan.skala.kategori(capaianTahun), realisasiAnggaranTahun: realisasiAnggaran,
            serapan: Serapan.hitung(pagu: b.pagu, realisasi: realisasiAnggaran), realisasiRenstra: renstra,
            capaianRenstra: capaianRenstra)
    }
}
