import Foundation

/// What Kinerja adds to a T-C.30 row of Renja n (renja-spec §2.2): the table prints Renstra targets n-2 … n+1,
/// realisations n-2 and n-1 and projections n, n+1 but no formula. Kinerja computes the capaian of each realised
/// year against that year's Renstra target with the indicator's polarity (domain decision 3) and its category on the
/// report's scale. Percentage rows already arrive as numerator/denominator ratios (`TC30Query`), so their capaian
/// is computed from the derived percentage, never from a printed one.
public struct HasilTC30: Hashable, Sendable {
    /// Capaian per realised year (n-2, n-1). A year without target or realisation is `.tidakDapatDihitung`.
    public var capaian: [Int: Capaian]
    /// Category of each defined capaian on the report's scale.
    public var kategori: [Int: String]

    public init(capaian: [Int: Capaian] = [:], kategori: [Int: String] = [:]) {
        self.capaian = capaian
        self.kategori = kategori
    }
}

public enum EvaluasiTC30 {
    /// The years whose realisation T-C.30 of Renja n reports (n-2, n-1).
    public static func tahunRealisasi(_ n: Int) -> [Int] { [n - 2, n - 1] }

    public static func evaluate(_ b: BarisTC30, tahun n: Int, aturan: AturanPemda = .standar) -> HasilTC30 {
        // A denominator row (the population a percentage is taken of) is not a performance: no capaian.
        guard b.peran != .penyebut else { return HasilTC30() }
        var out = HasilTC30()
        for y in tahunRealisasi(n) {
            // A year with neither target nor realisation is simply not reported; one of them alone is undefined.
            guard b.target[y] != nil || b.realisasi[y] != nil else { continue }
            let c = b.indikator.capaian(target: b.target[y], realisasi: b.realisasi[y], rumusTurun: aturan.rumusTurun)
            out.capaian[y] = c
            if let k = aturan.skala.kategori(c) { out.kategori[y] = k }
        }
        return out
    }
}
