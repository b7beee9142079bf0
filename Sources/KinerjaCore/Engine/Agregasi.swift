import Foundation

/// The result of combining several periods' values: a value in the indicator's unit, or why there is none.
public enum Agregat: Hashable, Codable, Sendable {
    case nilai(Besaran)
    case tidakDapatDihitung(Alasan)

    public var besaran: Besaran? {
        if case .nilai(let b) = self { return b }
        return nil
    }

    public var alasan: Alasan? {
        if case .tidakDapatDihitung(let a) = self { return a }
        return nil
    }
}

extension Indikator {
    /// Combines the values of consecutive periods, oldest first (quarters → year, years → Renstra period,
    /// T-C.29 column 10), by the indicator's aggregation type (domain decision 5):
    /// - kumulatif: the sum of the known values (a missing period adds nothing);
    /// - tahunan berulang, stok, kualitatif: the latest known value (never a sum);
    /// - persentase: Σ pembilang / Σ penyebut when every known value has its parts, else the latest value.
    ///
    /// Percentages are never summed. Every value must be in the indicator's unit.
    public func gabungkan(_ nilai: [Besaran?]) -> Agregat {
        let known = nilai.compactMap { $0 }
        for b in known {
            if let a = alasanSatuan(b) { return .tidakDapatDihitung(a) }
        }
        guard let terakhir = known.last else { return .tidakDapatDihitung(.realisasiBelumAda) }
        switch agregasi {
        case .kumulatif:
            var sum = Decimal(0)
            for b in known {
                guard case .angka(let v) = b.nilai else {
                    // A ratio or grade cannot be summed; a cumulative indicator should hold counts.
                    return .tidakDapatDihitung(.nilaiTidakSesuaiJenis)
                }
                sum += v
            }
            return .nilai(Besaran(.angka(sum), satuan))
        case .tahunanBerulang, .stok, .kualitatif:
            return .nilai(terakhir)
        case .persentase:
            var p = Decimal(0)
            var q = Decimal(0)
            for b in known {
                guard case .rasio(let bp, let bq) = b.nilai else { return .nilai(terakhir) }
                p += bp
                q += bq
            }
            return .nilai(Besaran(.rasio(pembilang: p, penyebut: q), satuan))
        }
    }
}
