import Foundation
import Testing

@testable import KinerjaCore

/// Quarterly spending totals for the absorption chart (`Serapan.perTriwulan`).
@Suite("Spending per quarter")
struct SerapanTriwulanTests {
    @Test("Σ per quarter; quarters after the last entry are nil, an empty quarter before it is 0", arguments: [
        ([(1, 100), (1, 50), (3, 25)], [Int64(150), 0, 25, nil]),
        ([(2, 10)], [0, 10, nil, nil]),
        ([], [nil, nil, nil, nil]),
        ([(4, 7), (5, 99)], [0, 0, 0, 7]),
    ] as [([(Int, Int64)], [Int64?])])
    func perTriwulan(isian: [(Int, Int64)], harapan: [Int64?]) {
        #expect(Serapan.perTriwulan(isian.map { ($0.0, Rupiah($0.1)) }).map { $0?.rawValue } == harapan)
    }
}
