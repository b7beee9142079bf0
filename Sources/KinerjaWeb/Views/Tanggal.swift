import Foundation

/// Dates as the pages print them: "5 Des 2026 09:41", WITA (UTC+8, no daylight saving; the demo offices' time).
/// Written out by hand instead of a `DateFormatter`: building one per call cost 16 % of the Renja page's CPU
/// under load (ICU's `DateFormat::create`), and a shared one is not `Sendable`. The test compares it with ICU.
enum Tanggal {
    static let bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    /// WITA's fixed offset from UTC.
    static let selisihDetik: Int64 = 8 * 3600

    static func teks(_ d: Date) -> String {
        let detik = Int64(d.timeIntervalSince1970.rounded(.down)) + selisihDetik
        let (hari, sisa) = bagiBawah(detik, 86_400)
        let (t, b, h) = sipil(hariSejakEpoch: hari)
        let jam = sisa / 3600, menit = (sisa % 3600) / 60
        return "\(h) \(bulan[Int(b) - 1]) \(t) \(dua(jam)):\(dua(menit))"
    }

    /// A calendar date stored at 00:00 UTC (a signing date): "15 Jan 2024", no time and no zone shift.
    static func hari(_ d: Date) -> String {
        let (t, b, h) = sipil(hariSejakEpoch: bagiBawah(Int64(d.timeIntervalSince1970.rounded(.down)), 86_400).0)
        return "\(h) \(bulan[Int(b) - 1]) \(t)"
    }

    /// The same date as a form value, "2024-01-15" (what `IsianFormulir.tanggal` reads back).
    static func isian(_ d: Date) -> String {
        let (t, b, h) = sipil(hariSejakEpoch: bagiBawah(Int64(d.timeIntervalSince1970.rounded(.down)), 86_400).0)
        return "\(t)-\(dua(b))-\(dua(h))"
    }

    private static func dua(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func bagiBawah(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a >= 0 ? a / b : -((-a + b - 1) / b)
        return (q, a - q * b)
    }

    /// Year, month (1–12) and day of the proleptic Gregorian calendar for a count of days since 1970-01-01
    /// (H. Hinnant's `civil_from_days`).
    static func sipil(hariSejakEpoch z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
