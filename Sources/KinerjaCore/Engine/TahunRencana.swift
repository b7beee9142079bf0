/// Year labels derived from the plan year n (domain decision 8; renja-spec §2.1 "Year convention").
/// No year label is ever typed: every table header asks this type.
public struct TahunRencana: Hashable, Codable, Sendable {
    /// Plan year n (the Renja's year; drafted in n − 1).
    public let n: Int

    public init(_ n: Int) { self.n = n }

    /// T-C.29 column 5: realisation up to n − 3.
    public var realisasiSampai: Int { n - 3 }
    /// T-C.29 columns 6-8: the last closed year, n − 2.
    public var tahunLalu: Int { n - 2 }
    /// T-C.29 column 9-11: the current year, n − 1.
    public var tahunBerjalan: Int { n - 1 }
    /// Prakiraan maju: n + 1.
    public var prakiraanMaju: Int { n + 1 }

    /// The year a T-C.29 column refers to, as an offset from n: 5 → −3, 6/7/8 → −2, 9/10/11 → −1.
    public static func offsetKolomTC29(_ kolom: Int) -> Int? {
        switch kolom {
        case 5: -3
        case 6, 7, 8: -2
        case 9, 10, 11: -1
        default: nil
        }
    }

    /// The header of a T-C.29 column with its derived year (Indonesian, as printed in the regulation).
    public func judulKolomTC29(_ kolom: Int, periodeRenstra: ClosedRange<Int>? = nil) -> String? {
        switch kolom {
        case 4:
            if let p = periodeRenstra { return "Target Capaian Renstra \(p.lowerBound)–\(p.upperBound)" }
            return "Target Capaian Renstra"
        case 5: return "Realisasi Target Kinerja s/d Tahun \(realisasiSampai)"
        case 6: return "Target Renja Tahun \(tahunLalu)"
        case 7: return "Realisasi Renja Tahun \(tahunLalu)"
        case 8: return "Tingkat Realisasi (%)"
        case 9: return "Target Renja Tahun \(tahunBerjalan)"
        case 10: return "Realisasi Capaian s/d Tahun \(tahunBerjalan)"
        case 11: return "Tingkat Capaian Realisasi Target Renstra (%)"
        default: return nil
        }
    }

    /// Every four-digit year (1900-2099) in a printed label, in order.
    public static func tahunDalam(_ teks: String) -> [Int] {
        var out: [Int] = []
        var digits = ""
        for ch in teks + " " {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                if digits.count == 4, let y = Int(digits), (1900...2099).contains(y) { out.append(y) }
                digits = ""
            }
        }
        return out
    }
}
