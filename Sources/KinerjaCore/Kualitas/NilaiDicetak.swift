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
        var s = teks.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        persen = s.contains("%")
        s = s.replacingOccurrences(of: "Rp.", with: "").replacingOccurrences(of: "Rp", with: "")
        // The first numeric token.
        var token = ""
        var started = false
        for ch in s {
            if ch.isASCII && (ch.isNumber || ch == "." || ch == "," || (ch == "-" && !started)) {
                token.append(ch)
                if ch.isNumber { started = true }
            } else if started {
                break
            } else if ch != " " {
                token = ""
            }
        }
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

    /// A decimal from ASCII digits and an exponent, without a locale or a string parser.
    static func desimal(_ digits: String, eksponen: Int) -> Decimal? {
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
        let t = teks.trimmingCharacters(in: .whitespaces).uppercased()
        if let lit = literalGalat.first(where: { t.contains($0) }) { return lit }
        if !t.isEmpty && t.allSatisfy({ $0 == "#" }) { return t.count > 12 ? String(t.prefix(12)) + "…" : t }
        return nil
    }
}
