/// One data-quality finding (domain decision 10): which rule, how serious, where, an Indonesian message,
/// and the printed and computed values where both exist.
public struct Finding: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        /// Worth a look; nothing is wrong by itself.
        case info
        /// Probably wrong; the report may still be issued with the finding attached.
        case peringatan
        /// Wrong: a sum, formula, unit or literal that must be fixed before issuing.
        case galat

        private var urutan: Int {
            switch self {
            case .info: 0
            case .peringatan: 1
            case .galat: 2
            }
        }
        public static func < (a: Severity, b: Severity) -> Bool { a.urutan < b.urutan }
    }

    /// Stable rule id from `AturanKualitas` ("R01-jumlah-anak").
    public var ruleId: String
    public var severity: Severity
    /// Where: a seed citation ("000:L464"), a code, or "tabel/baris/kolom".
    public var lokasi: String
    /// Indonesian message.
    public var pesan: String
    /// The value as printed or entered, if any.
    public var dicetak: String?
    /// The value the engine computes, if any.
    public var dihitung: String?

    public init(
        ruleId: String, severity: Severity, lokasi: String, pesan: String, dicetak: String? = nil,
        dihitung: String? = nil
    ) {
        self.ruleId = ruleId
        self.severity = severity
        self.lokasi = lokasi
        self.pesan = pesan
        self.dicetak = dicetak
        self.dihitung = dihitung
    }

    /// A finding of a registered rule with the rule's default severity.
    public init(_ aturan: AturanKualitas, lokasi: String, pesan: String, dicetak: String? = nil, dihitung: String? = nil) {
        self.init(
            ruleId: aturan.id, severity: aturan.severity, lokasi: lokasi, pesan: pesan, dicetak: dicetak,
            dihitung: dihitung)
    }

    public var description: String {
        var s = "[\(severity.rawValue)] \(ruleId) @ \(lokasi): \(pesan)"
        if let dicetak { s += " | dicetak: \(dicetak)" }
        if let dihitung { s += " | dihitung: \(dihitung)" }
        return s
    }
}
