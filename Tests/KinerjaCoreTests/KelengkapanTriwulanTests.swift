import Foundation
import PropertyBased
import Testing

@testable import KinerjaCore

/// Completeness and timeliness of the quarterly realisation per unit (one definition, `KelengkapanTriwulan`).
@Suite("Kelengkapan dan ketepatan waktu realisasi triwulan")
struct KelengkapanTriwulanTests {
    static func utc(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }

    @Test("deadline: the end of the 10th day after the quarter's last day, WITA — the first late instant is 00:00 WITA of the 11th", arguments: [
        (1, "2024-04-10T16:00:00Z"), (2, "2024-07-10T16:00:00Z"), (3, "2024-10-10T16:00:00Z"), (4, "2025-01-10T16:00:00Z"),
    ])
    func batas(tw: Int, iso: String) {
        #expect(KelengkapanTriwulan.batas(tahun: 2024, triwulan: tw) == Self.utc(iso))
        // Half a second before the end of the day is on time, the deadline itself is late.
        let h = KelengkapanTriwulan.hitung([.init(unit: "PS", terisiPada: [tw: Self.utc(iso).addingTimeInterval(-0.5)]),
                                            .init(unit: "PS", terisiPada: [tw: Self.utc(iso)])], tahun: 2024, sekarang: Self.utc("2026-01-01T00:00:00Z"))
        #expect(h.first { $0.triwulan == tw }?.tepatWaktu == 1)
    }

    @Test("two PS lines, one saved on time and one late in TW I, none in TW II; one SEK line on time in TW I")
    func perUnit() {
        let baris = [
            KelengkapanTriwulan.Baris(unit: "PS", terisiPada: [1: Self.utc("2024-04-05T02:00:00Z")]),
            KelengkapanTriwulan.Baris(unit: "PS", terisiPada: [1: Self.utc("2024-04-11T01:00:00Z")]),
            KelengkapanTriwulan.Baris(unit: "SEK", terisiPada: [1: Self.utc("2024-03-28T00:00:00Z")]),
            KelengkapanTriwulan.Baris(unit: nil, terisiPada: [:]),
        ]
        let h = KelengkapanTriwulan.hitung(baris, tahun: 2024, sekarang: Self.utc("2024-07-15T00:00:00Z"))
        let ps1 = h.first { $0.unit == "PS" && $0.triwulan == 1 }
        #expect(ps1?.wajib == 2 && ps1?.terisi == 2 && ps1?.tepatWaktu == 1)
        #expect(ps1?.kelengkapan == 100 && ps1?.ketepatan == 50)
        let ps2 = h.first { $0.unit == "PS" && $0.triwulan == 2 }
        #expect(ps2?.terisi == 0 && ps2?.kelengkapan == 0 && ps2?.lewatBatas == true)
        #expect(h.first { $0.unit == "PS" && $0.triwulan == 3 }?.lewatBatas == false, "TW III's deadline is still ahead on 15 July")
        #expect(h.first { $0.unit == "SEK" && $0.triwulan == 1 }?.ketepatan == 100)
        #expect(h.contains { $0.unit == KelengkapanTriwulan.tanpaUnit && $0.wajib == 1 })
        #expect(h.count == 3 * 4)
    }

    @Test("property: on time ≤ reported ≤ must; both shares within 0…100; every line is counted once per quarter")
    func invarian() async {
        await propertyCheck(input: Gen.int(in: 1...40), Gen.int(in: 0...1_000_000)) { n, seed in
            var rng = seed
            func acak(_ m: Int) -> Int { rng = (rng &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff; return rng % m }
            let awal = Self.utc("2024-01-01T00:00:00Z")
            let baris = (0..<n).map { _ in
                KelengkapanTriwulan.Baris(unit: ["PS", "SEK", "RJS"][acak(3)], terisiPada: Dictionary(uniqueKeysWithValues: (1...4).compactMap { tw in
                    acak(3) == 0 ? nil : (tw, awal.addingTimeInterval(Double(acak(400)) * 86_400))
                }))
            }
            let h = KelengkapanTriwulan.hitung(baris, tahun: 2024, sekarang: Self.utc("2025-06-01T00:00:00Z"))
            for tw in 1...4 { #expect(h.filter { $0.triwulan == tw }.map(\.wajib).reduce(0, +) == n) }
            for x in h {
                #expect(0 <= x.tepatWaktu && x.tepatWaktu <= x.terisi && x.terisi <= x.wajib)
                #expect(0 <= x.ketepatan && x.ketepatan <= x.kelengkapan && x.kelengkapan <= 100)
            }
        }
    }
}
