import Foundation

/// Calendar arithmetic in one place: a *date* (signing date, printed date) is a day with no time, stored as
/// 00:00 UTC; an *instant* (a save, an adoption) is shown and turned into a day in WITA (UTC+8, no daylight saving,
/// the demo offices' zone). Proleptic Gregorian, H. Hinnant's `days_from_civil` / `civil_from_days`, no
/// `DateFormatter` (costly to build, not `Sendable`, and it rolls 31 Feb over).
public enum HariKalender {
    /// WITA's fixed offset from UTC.
    public static let selisihWITA: Int64 = 8 * 3600

    /// Days since 1970-01-01 of year, month (1–12), day.
    public static func hariSejakEpoch(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1–12) and day for a count of days since 1970-01-01.
    public static func sipil(hariSejakEpoch z0: Int64) -> (tahun: Int64, bulan: Int64, hari: Int64) {
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

    /// Floor division with its non-negative remainder (instants before 1970 too).
    public static func bagiBawah(_ a: Int64, _ b: Int64) -> (hasil: Int64, sisa: Int64) {
        let q = a >= 0 ? a / b : -((-a + b - 1) / b)
        return (q, a - q * b)
    }

    /// Whether the day exists (29 Feb only in leap years).
    public static func sah(_ tahun: Int, _ bulan: Int, _ hari: Int) -> Bool {
        guard (1...12).contains(bulan) else { return false }
        let kabisat = (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0
        return (1...[31, kabisat ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][bulan - 1]).contains(hari)
    }

    /// The date value (00:00 UTC) of a calendar day.
    public static func tanggal(_ tahun: Int, _ bulan: Int, _ hari: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(hariSejakEpoch(Int64(tahun), Int64(bulan), Int64(hari)) * 86_400))
    }

    /// The calendar day a date value (00:00 UTC) stands for.
    public static func hari(dariTanggal d: Date) -> (tahun: Int64, bulan: Int64, hari: Int64) {
        sipil(hariSejakEpoch: bagiBawah(Int64(d.timeIntervalSince1970.rounded(.down)), 86_400).hasil)
    }

    /// The day an instant falls on in WITA, as a date value.
    public static func hariWITA(_ d: Date) -> Date {
        let hari = bagiBawah(Int64(d.timeIntervalSince1970.rounded(.down)) + selisihWITA, 86_400).hasil
        return Date(timeIntervalSince1970: TimeInterval(hari * 86_400))
    }
}
