import Foundation

/// A number as printed in a document ("13,96 %", "1.283", "99.5", "126 %"), kept with its printed precision
/// so that a printed value can be compared with a computed one fairly. (Import reads printed numbers into a
/// `Kuantitas` with `AngkaDicetak.parse`; this type is for checking printed computed values.)
///
/// Separators: with both "." and "," the dot groups thousands and the comma is decimal (Indonesian);
/// with only "," it is decimal; with only "." it groups thousands when every group after a dot has exactly
/// three digits ("1.283", "24.019") and is decimal otherwise ("99.5", "39.82", Polman's habit).
public struct NilaiDicetak: Hashable, Sendable {
    public let teks: String
    public let nilai: Decimal
    /// Digits printed after the decimal separator.
    public let desimal: Int
    /// Whether a "%" sign was printed.
    public let persen: Bool

    public init?(_ teks: String) {
        self.teks = teks
        // The first numeric token; markup ("<b>"), "Rp" and other text before it are skipped.
        var token = ""
        var started = false
        var sawPercent = false
        for ch in teks {
            if ch == "%" { sawPercent = true }
            if started {
                if ch.isASCII && (ch.isNumber || ch == "." || ch == ",") {
                    token.append(ch)
                } else {
                    break
                }
            } else if ch.isASCII && ch.isNumber {
                token.append(ch)
                started = true
            } else if ch == "-" {
                token = "-"
            } else if ch != " " {
                token = ""
            }
        }
        persen = sawPercent || teks.contains(Character("%"))
        while let last = token.last, last == "." || last == "," { token.removeLast() }
        guard started, !token.isEmpty else { return nil }
        let negatif = token.hasPrefix("-")
        if negatif { token.removeFirst() }
        let hasDot = token.contains(".")
        let hasComma = token.contains(",")
        var intPart = token
        var frac = ""
        if hasDot && hasComma {
            let parts = token.split(separator: ",", omittingEmptySubsequences: false)
            intPart = parts.dropLast().joined().replacingOccurrences(of: ".", with: "")
            frac = String(parts.last!)
        } else if hasComma {
            let parts = token.split(separator: ",", omittingEmptySubsequences: false)
            if parts.count == 2 {
                intPart = String(parts[0])
                frac = String(parts[1])
            } else {
                // "9,810,000" style grouping.
                intPart = parts.joined()
            }
        } else if hasDot {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count > 1 && parts.dropFirst().allSatisfy({ $0.count == 3 }) {
                intPart = parts.joined()
            } else if parts.count == 2 {
                intPart = String(parts[0])
                frac = String(parts[1])
            } else {
                return nil
            }
        }
        let digits = (intPart.isEmpty ? "0" : intPart) + frac
        guard digits.count <= 38, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Self.desimal(digits, eksponen: -frac.count)
        else { return nil }
        nilai = negatif ? -v : v
        desimal = frac.count
    }

    /// Whether this printed value displays `dihitung / 100` (a percentage printed as a ratio, or a sum of
    /// percentages printed as a fraction). The division is done only when the cheap bound check passes.
    public func cocokRasio(_ dihitung: Decimal) -> Bool {
        let selisih = nilai * 100 - dihitung
        if selisih.magnitude > Decimal(sign: .plus, exponent: 2 - desimal, significand: 1) { return false }
        return cocok(dihitung / 100)
    }

    /// A decimal from ASCII digits and an exponent, without a locale or a string parser.
    static func desimal(_ digits: String, eksponen: Int) -> Decimal? {
        if digits.utf8.count <= 18 {
            var v: UInt64 = 0
            for ch in digits.utf8 { v = v * 10 + UInt64(ch - 48) }
            return Decimal(sign: .plus, exponent: eksponen, significand: Decimal(v))
        }
        var m = Decimal(0)
        var chunk: UInt64 = 0
        var len = 0
        for ch in digits.utf8 {
            chunk = chunk * 10 + UInt64(ch - 48)
            len += 1
            if len == 18 {
                m = m * Decimal(sign: .plus, exponent: 18, significand: 1) + Decimal(chunk)
                chunk = 0
                len = 0
            }
        }
        if len > 0 {
            m = m * Decimal(sign: .plus, exponent: len, significand: 1) + Decimal(chunk)
        }
        return Decimal(sign: .plus, exponent: eksponen, significand: m)
    }

    /// Whether this printed value displays `dihitung` at its printed precision, by half-up rounding or by
    /// truncation (both conventions occur in the seeds and neither is an arithmetic error by itself).
    public func cocok(_ dihitung: Decimal) -> Bool {
        // Rounding and truncation both stay within one unit of the last printed digit: cheap rejection first.
        let selisih = nilai - dihitung
        if selisih.magnitude > Decimal(sign: .plus, exponent: -desimal, significand: 1) { return false }
        if Tampilan.bulatkan(dihitung, presisi: desimal) == nilai { return true }
        var x = dihitung
        var t = Decimal()
        NSDecimalRound(&t, &x, desimal, dihitung < 0 ? .up : .down)
        return t == nilai
    }

    /// Spreadsheet error literals that must never appear in a document (renja-spec §6 A).
    public static let literalGalat = ["#DIV/0!", "#VALUE!", "#REF!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]

    /// The spreadsheet error literal in a printed cell ("#DIV/0!", or a run of "#" from an overflowing
    /// column), or nil.
    public static func galatSpreadsheet(_ teks: String) -> String? {
        guard teks.contains(Character("#")) else { return nil }
        let t = AturanTeks.rapikan(teks).uppercased()
        if let lit = literalGalat.first(where: { t.contains($0) }) { return lit }
        if !t.isEmpty && t.allSatisfy({ $0 == "#" }) { return t.count > 12 ? String(t.prefix(12)) + "…" : t }
        return nil
    }
}
