/// Money is whole rupiah in a 64-bit integer (domain decision 1). Never a float, never text.
public struct Rupiah: RawRepresentable, Hashable, Comparable, Codable, Sendable, AdditiveArithmetic,
    ExpressibleByIntegerLiteral, CustomStringConvertible
{
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { self.rawValue = value }
    public init(integerLiteral value: Int64) { self.rawValue = value }

    public static let zero = Rupiah(0)
    public static func + (a: Rupiah, b: Rupiah) -> Rupiah { Rupiah(a.rawValue + b.rawValue) }
    public static func - (a: Rupiah, b: Rupiah) -> Rupiah { Rupiah(a.rawValue - b.rawValue) }
    public static func < (a: Rupiah, b: Rupiah) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    /// Indonesian grouping: "Rp 2.852.250.329".
    public var description: String { "Rp " + Self.grouped(rawValue) }

    /// Digits grouped by dots, as Indonesian documents print them.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}
