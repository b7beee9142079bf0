import Foundation

/// Where a value was printed, as the demo data cite it: "000:L284", "003:L203 kolom 9".
enum RujukanSeed {
    /// The seed line number ("000:L284 kolom 8" → 284), for document order (a string sort puts L1000 before L999).
    static func baris(_ rujukan: String) -> Int? {
        guard let r = rujukan.range(of: ":L") else { return nil }
        return Int(rujukan[r.upperBound...].prefix { $0.isNumber })
    }
}
