import Foundation
import KinerjaCore

/// Dates as the pages print them: "5 Des 2026 09:41", WITA (UTC+8, no daylight saving; the demo offices' time).
/// Written out by hand instead of a `DateFormatter`: building one per call cost 16 % of the Renja page's CPU
/// under load (ICU's `DateFormat::create`), and a shared one is not `Sendable`. The test compares it with ICU.
enum Tanggal {
    static let bulan = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    static func teks(_ d: Date) -> String {
        let detik = Int64(d.timeIntervalSince1970.rounded(.down)) + HariKalender.selisihWITA
        let (hari, sisa) = HariKalender.bagiBawah(detik, 86_400)
        let (t, b, h) = HariKalender.sipil(hariSejakEpoch: hari)
        let jam = sisa / 3600, menit = (sisa % 3600) / 60
        return "\(h) \(bulan[Int(b) - 1]) \(t) \(dua(jam)):\(dua(menit))"
    }

    /// A calendar date stored at 00:00 UTC (a signing date): "15 Jan 2024", no time and no zone shift.
    static func hari(_ d: Date) -> String {
        let (t, b, h) = HariKalender.hari(dariTanggal: d)
        return "\(h) \(bulan[Int(b) - 1]) \(t)"
    }

    /// The same date as a form value, "2024-01-15" (what `IsianFormulir.tanggal` reads back).
    static func isian(_ d: Date) -> String {
        let (t, b, h) = HariKalender.hari(dariTanggal: d)
        return "\(t)-\(dua(b))-\(dua(h))"
    }

    private static func dua(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
