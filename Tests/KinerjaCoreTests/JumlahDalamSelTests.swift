import Foundation
import Testing

@testable import KinerjaCore

/// A cell that prints a total with its parts (lakip-spec §8.2 #52): the total is checked against the Σ (R12).
@Suite("Sums printed inside one cell")
struct JumlahDalamSelTests {
    struct Kasus: Sendable, CustomTestStringConvertible {
        var seed: String
        var teks: String
        var dicetak: String?
        var dihitung: String?
        var testDescription: String { "\(seed) \(teks)" }
    }

    static let kasus: [Kasus] = [
        Kasus(seed: "004:L515", teks: "71.048 KM (150 KK bantuan logistik bencana + 228 RTLH + 71.025 KK data penerima bansos)", dicetak: "71.048", dihitung: "71.403"),
        Kasus(seed: "004:L515", teks: "85.159 KM (19.645 KK bantuan beras + 76.340 KK data penerima bansos)", dicetak: "85.159", dihitung: "95.985"),
        Kasus(seed: "004:L600", teks: "71.048 = 70520 + 684 \\text{ JIWA}", dicetak: "71.048", dihitung: "71.204"),
        // Right sums and cells that are not sums raise nothing under R12.
        Kasus(seed: "004:L439", teks: "90 = 40 + 20 + 30", dicetak: nil, dihitung: nil),
        Kasus(seed: "001:L959", teks: "49 Kali dan 40 Kali", dicetak: nil, dihitung: nil),
        Kasus(seed: "003:L207", teks: "390;320 Jenis/710 item", dicetak: nil, dihitung: nil),
        Kasus(seed: "—", teks: "2 + 3", dicetak: nil, dihitung: nil),
    ]

    @Test("the printed total and the Σ of its parts", arguments: kasus)
    func jumlah(_ k: Kasus) {
        let f = AturanTeks.sel([SelTercatat(lokasi: k.seed, teks: k.teks)]).filter { $0.ruleId == "R12-rumus-kolom" }
        #expect(f.first?.dicetak == k.dicetak)
        #expect(f.first?.dihitung == k.dihitung)
        #expect(f.count == (k.dicetak == nil ? 0 : 1))
    }

    @Test("property: a total equal to its parts passes; one more is reported with the Σ")
    func sifat() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bagian = (0..<Int.random(in: 2...5, using: &rng)).map { _ in Int.random(in: 0...99_999, using: &rng) }
            let jumlah = bagian.reduce(0, +)
            let teks = { (t: Int) in "\(t) orang (" + bagian.map { "\($0) orang" }.joined(separator: " + ") + ")" }
            #expect(AturanTeks.sel([SelTercatat(lokasi: "x", teks: teks(jumlah))]).allSatisfy { $0.ruleId != "R12-rumus-kolom" })
            let salah = AturanTeks.sel([SelTercatat(lokasi: "x", teks: teks(jumlah + 1))]).filter { $0.ruleId == "R12-rumus-kolom" }
            #expect(salah.count == 1)
            #expect(salah.first?.dihitung == Tampilan.angka(Decimal(jumlah), presisi: 0))
        }
    }
}
