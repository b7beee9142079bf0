import Foundation

/// A quantity (target, realisation, population, percentage) as an exact decimal with four fractional digits,
/// held in a 64-bit integer of ten-thousandths. Why fixed point: SQLite has no exact decimal type, and the
/// same column must sum, sort and compare identically on SQLite and PostgreSQL (domain decision 1: never binary
/// floating point). Four digits cover every value in the seeds (79,71 %; 3.137.475.361,90) with room to spare;
/// computed values (capaian) are never stored, so they keep full `Decimal` precision in the engine.
public struct Kuantitas: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public static let skala: Int64 = 10_000
    public static let digitPecahan = 4

    /// The value × 10 000.
    public let unitKecil: Int64

    public init(unitKecil: Int64) { self.unitKecil = unitKecil }
    public init(_ whole: Int) { self.unitKecil = Int64(whole) * Self.skala }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case notANumber(String)
        case tooManyDecimals(String)
        case outOfRange(String)
        public var description: String {
            switch self {
            case .notANumber(let s): "'\(s)' is not a number"
            case .tooManyDecimals(let s): "'\(s)' has more than \(Kuantitas.digitPecahan) decimal digits"
            case .outOfRange(let s): "'\(s)' is out of range"
            }
        }
    }

    /// Exact conversion from a Decimal; fails when it has more than four fractional digits or overflows.
    public init(exactly value: Decimal) throws(ParseError) {
        var scaled = value * Decimal(Self.skala)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled else { throw .tooManyDecimals("\(value)") }
        guard rounded.magnitude <= Decimal(Int64.max) else { throw .outOfRange("\(value)") }
        unitKecil = NSDecimalNumber(decimal: rounded).int64Value
    }

    /// Parses a machine decimal: digits, optional sign, optional `.` fraction ("79.71", "-2", "8025").
    public init(parsing text: String) throws(ParseError) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let body = t.hasPrefix("-") ? String(t.dropFirst()) : t
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { throw .notANumber(text) }
        guard let dec = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else { throw .notANumber(text) }
        try self.init(exactly: dec)
    }

    /// Built from sign, exponent and significand: exact, and far cheaper than a Decimal division on Linux.
    public var decimal: Decimal {
        Decimal(sign: unitKecil < 0 ? .minus : .plus, exponent: -Self.digitPecahan, significand: Decimal(unitKecil.magnitude))
    }

    public static func < (a: Kuantitas, b: Kuantitas) -> Bool { a.unitKecil < b.unitKecil }

    /// Machine form without trailing zeros: "79.71", "2".
    public var description: String {
        let whole = unitKecil / Self.skala
        var frac = (unitKecil % Self.skala).magnitude
        guard frac != 0 else { return "\(whole)" }
        var digits = Self.digitPecahan
        while frac % 10 == 0 { frac /= 10; digits -= 1 }
        let sign = (unitKecil < 0 && whole == 0) ? "-" : ""
        let padded = String(repeating: "0", count: digits - String(frac).count) + String(frac)
        return "\(sign)\(whole).\(padded)"
    }

    /// Indonesian display: thousands with dots, decimal comma ("8.025", "79,71").
    public var teks: String {
        let parts = description.split(separator: ".")
        let negative = unitKecil < 0
        let wholeAbs = (unitKecil / Self.skala).magnitude
        let grouped = Rupiah.grouped(Int64(wholeAbs))
        let frac = parts.count == 2 ? "," + parts[1] : ""
        return (negative ? "-" : "") + grouped + frac
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            do { try self.init(parsing: s) } catch {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: error.description)
            }
        } else {
            let d = try c.decode(Decimal.self)
            do { try self.init(exactly: d) } catch {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: error.description)
            }
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(decimal)
    }
}
