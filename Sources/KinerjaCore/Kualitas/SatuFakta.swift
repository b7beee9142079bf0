import Foundation

/// One fact, one value: the same target, pagu or realisation printed in several tables or documents must agree
/// (R06, R30, R31). The first printing of a key (input order) is the reference; every later one that disagrees
/// is a finding at "later vs first".
enum SatuFakta {
    static func bandingkan<T>(
        _ rows: [T], kunci: (T) -> String, berbeda: (_ lain: T, _ pertama: T) -> Bool, temuan: (_ lain: T, _ pertama: T) -> Finding
    ) -> [Finding] {
        var out: [Finding] = []
        let groups = Dictionary(grouping: rows, by: kunci)
        for key in groups.keys.sorted() {
            guard let g = groups[key], let first = g.first else { continue }
            for other in g.dropFirst() where berbeda(other, first) { out.append(temuan(other, first)) }
        }
        return out
    }
}
