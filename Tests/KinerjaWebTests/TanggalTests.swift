import Foundation
import KinerjaCore
@testable import KinerjaWeb
import Testing

/// The pages' hand-written date text against ICU's formatter with the same pattern, locale and zone.
@Suite("Tanggal: page dates equal ICU's id_ID rendering in WITA")
struct TanggalTests {
    static func icu(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "id_ID")
        f.timeZone = TimeZone(identifier: "Asia/Makassar")
        f.dateFormat = "d MMM yyyy HH:mm"
        return f.string(from: d)
    }

    @Test("Known instants: UTC evening is the next day in WITA; leap day; every month's abbreviation")
    func known() {
        // 2024-02-28T16:30:00Z = 29 Feb 2024 00:30 WITA.
        #expect(Tanggal.teks(Date(timeIntervalSince1970: 1_709_137_800)) == "29 Feb 2024 00:30")
        // 1970-01-01T00:00:00Z = 08:00 WITA.
        #expect(Tanggal.teks(Date(timeIntervalSince1970: 0)) == "1 Jan 1970 08:00")
        // Before the epoch: 1969-12-31T15:59:59Z = 23:59 WITA.
        #expect(Tanggal.teks(Date(timeIntervalSince1970: -28_801)) == "31 Des 1969 23:59")
    }

    @Test("Property: 2,000 random instants 1990–2060 print as ICU prints them")
    func samaDenganICU() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let d = Date(timeIntervalSince1970: Double(Int64.random(in: 631_152_000...2_871_763_200, using: &g)))
            #expect(Tanggal.teks(d) == Self.icu(d), "\(d.timeIntervalSince1970)")
        }
    }

    @Test("Property: a signing date typed either way reads back as the day it names, 2,000 random days 1950–2150")
    func tanggalIsian() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        var g = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let hari = Int64.random(in: -7305...65_745, using: &g)
            let d = Date(timeIntervalSince1970: Double(hari * 86_400))
            let c = utc.dateComponents([.year, .month, .day], from: d)
            let (y, m, h) = (c.year!, c.month!, c.day!)
            #expect(try IsianFormulir.tanggal(Tanggal.isian(d), field: "tanggal") == d)
            #expect(try IsianFormulir.tanggal(String(format: "%02d-%02d-%04d", h, m, y), field: "tanggal") == d)
            #expect(Tanggal.isian(d) == String(format: "%04d-%02d-%02d", y, m, h))
        }
    }
}
