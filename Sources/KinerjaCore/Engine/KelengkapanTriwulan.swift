import Foundation

/// Completeness and timeliness of the quarterly realisation per unit (issue 6 item 1). One definition:
///
/// - a line **must** be reported for a quarter when it carries an indicator target of the plan year (the E.81 rows);
/// - it **is** reported when its physical or financial realisation of that quarter is entered;
/// - it is **on time** when that entry was last saved by the quarter's deadline: `hariBatas` days (default 10) after
///   the quarter's last day, end of day WITA (UTC+8), i.e. before 00:00 WITA of the day after — a correction after
///   the deadline makes the entry late;
/// - kelengkapan = reported ÷ must × 100, ketepatan = on time ÷ must × 100, per unit that owns such lines.
public enum KelengkapanTriwulan {
    public struct Baris: Sendable {
        public var unit: String?
        /// Last save per quarter 1…4 of the lines that must be reported; absent = not reported.
        public var terisiPada: [Int: Date]
        public init(unit: String?, terisiPada: [Int: Date]) {
            self.unit = unit
            self.terisiPada = terisiPada
        }
    }

    public struct Hasil: Sendable, Hashable, Codable {
        public var unit: String
        public var triwulan: Int
        public var wajib: Int
        public var terisi: Int
        public var tepatWaktu: Int
        public var batas: Date
        /// Whether the deadline has passed at `sekarang` (before it, a missing entry is not yet late).
        public var lewatBatas: Bool
        public var kelengkapan: Decimal
        public var ketepatan: Decimal
    }

    /// Units without a code are reported as this name.
    public static let tanpaUnit = "(tanpa unit)"

    /// The deadline of quarter `tw` of `tahun`: the first instant after it, 00:00 WITA of the day after the
    /// `hariBatas`-th day after the quarter's last day (so a save at 23:59:59.4 is on time).
    public static func batas(tahun: Int, triwulan tw: Int, hariBatas: Int = 10) -> Date {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? cal.timeZone
        let awalBerikut = cal.date(from: DateComponents(year: tw == 4 ? tahun + 1 : tahun, month: tw == 4 ? 1 : tw * 3 + 1, day: 1)) ?? Date.distantFuture
        return awalBerikut.addingTimeInterval(Double(hariBatas) * 86_400)
    }

    public static func hitung(_ baris: [Baris], tahun: Int, sekarang: Date, hariBatas: Int = 10) -> [Hasil] {
        let perUnit = Dictionary(grouping: baris) { $0.unit ?? tanpaUnit }
        var out: [Hasil] = []
        for unit in perUnit.keys.sorted() {
            let b = perUnit[unit] ?? []
            for tw in 1...4 {
                let batas = batas(tahun: tahun, triwulan: tw, hariBatas: hariBatas)
                let terisi = b.compactMap { $0.terisiPada[tw] }
                let tepat = terisi.filter { $0 < batas }.count
                let wajib = Decimal(b.count)
                out.append(Hasil(
                    unit: unit, triwulan: tw, wajib: b.count, terisi: terisi.count, tepatWaktu: tepat, batas: batas, lewatBatas: sekarang >= batas,
                    kelengkapan: BagiDesimal.bagi(Decimal(terisi.count), wajib, faktor: 100),
                    ketepatan: BagiDesimal.bagi(Decimal(tepat), wajib, faktor: 100)))
            }
        }
        return out
    }
}
