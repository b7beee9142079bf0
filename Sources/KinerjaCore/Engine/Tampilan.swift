import Foundation

/// Indonesian number display: decimal comma, dot thousands grouping, half-up rounding.
/// Display only: stored values are never rounded (domain decision 4).
public enum Tampilan {
    /// Round half up (away from zero) to `presisi` decimals.
    public static func bulatkan(_ v: Decimal, presisi: Int) -> Decimal {
        var input = v
        var out = Decimal()
        NSDecimalRound(&out, &input, presisi, .plain)
        return out
    }

    /// Half-up rounding, but a value below 100 never rounds to 100 or above: it shows 100 − 10^−presisi
    /// (99,99 for two decimals). 100 % is shown only when R meets T (lakip-spec Appendix B item 2).
    public static func bulatkanCapaian(_ v: Decimal, presisi: Int) -> Decimal {
        let r = bulatkan(v, presisi: presisi)
        if v < 100 && r >= 100 {
            return 100 - Decimal(sign: .plus, exponent: -presisi, significand: 1)
        }
        return r
    }

    /// "1.234,57" for 1234.567 with two decimals; "-5" for −5 with none.
    public static func angka(_ v: Decimal, presisi: Int, kelompok: Bool = true) -> String {
        teks(bulatkan(v, presisi: presisi), presisi: presisi, kelompok: kelompok)
    }

    /// Formats a value already rounded to `presisi` decimals.
    static func teks(_ r: Decimal, presisi: Int, kelompok: Bool = true) -> String {
        var text = r.description  // plain digits with "." as decimal separator
        var negatif = false
        if text.hasPrefix("-") {
            negatif = true
            text.removeFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let bulat = String(parts[0])
        var pecahan = parts.count > 1 ? String(parts[1]) : ""
        if pecahan.count < presisi { pecahan += String(repeating: "0", count: presisi - pecahan.count) }
        var out = ""
        for (i, ch) in bulat.enumerated() {
            if kelompok && i > 0 && (bulat.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        if presisi > 0 { out += "," + pecahan }
        let nol = r == 0
        return (negatif && !nol ? "-" : "") + out
    }

    /// A value with its unit: "1.811 orang", "56,69 persen".
    public static func besaran(_ b: Besaran, presisi: Int) -> String {
        switch b.nilai {
        case .angka(let v): return angka(v, presisi: presisi) + " " + b.satuan.rawValue
        case .rasio(let p, let q):
            let pct = q == 0 ? "–" : angka(p * 100 / q, presisi: 2)
            return "\(pct) % (\(angka(p, presisi: presisi))/\(angka(q, presisi: presisi)))"
        case .rentang(let a, let b2):
            return angka(a, presisi: presisi) + "–" + angka(b2, presisi: presisi) + " " + b.satuan.rawValue
        case .peringkat(let s): return s
        }
    }
}

extension Kuantitas {
    /// The same value as `decimal`, built from sign, exponent and significand instead of a `Decimal` division
    /// (about 25× faster on Linux; the engine's bulk paths use it).
    public var nilaiDesimal: Decimal {
        decimal
    }
}
