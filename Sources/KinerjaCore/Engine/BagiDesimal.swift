import Foundation

/// Exact division shortcuts for the engine's hot path. Foundation's `Decimal` division on Linux strips
/// trailing zeros one digit at a time, which makes exact quotients (R = T → 100, 20 / 25 → 80) its slowest
/// case. When both operands are small decimals and the quotient terminates within a few digits, it is computed
/// here in 64-bit integers; otherwise `Decimal` division does it. Both give the same value.
enum BagiDesimal {
    private static let batas = Decimal(1_000_000_000_000_000)  // 10¹⁵

    /// (mantissa, exponent) with |mantissa| < 10¹⁵, or nil.
    @inline(__always)
    static func bagian(_ d: Decimal) -> (Int64, Int)? {
        let e = d.exponent
        guard e >= -8, e <= 8 else { return d == 0 ? (0, 0) : nil }
        let s = d.significand
        guard s < batas else { return nil }
        let m = NSDecimalNumber(decimal: s).int64Value
        return (d.sign == .minus ? -m : m, e)
    }

    /// a × faktor / b (b ≠ 0).
    static func bagi(_ a: Decimal, _ b: Decimal, faktor: Int64 = 1) -> Decimal {
        if let (ma, ea) = bagian(a), let (mb, eb) = bagian(b), mb != 0 {
            var n = ma * faktor
            var e = ea - eb
            // Up to six extra digits for terminating quotients (1/8 = 0.125, 1/64 = 0.015625).
            for _ in 0...6 {
                if n % mb == 0 {
                    let q = n / mb
                    return Decimal(sign: q < 0 ? .minus : .plus, exponent: e, significand: Decimal(q.magnitude))
                }
                guard n.magnitude < UInt64(Int64.max / 10) else { break }
                n *= 10
                e -= 1
            }
        }
        return a * Decimal(faktor) / b
    }
}
