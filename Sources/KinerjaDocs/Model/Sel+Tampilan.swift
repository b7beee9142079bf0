import Foundation
import KinerjaCore

extension Sel {
    /// Indonesian display for text writers (DOCX): "2.852.250.329", "1.234,50", "79,71", "tidak dapat dihitung (…)".
    public var teksTampil: String {
        switch self {
        case .kosong: ""
        case .teks(let s): s
        case .rupiah(let v): v.map(Rupiah.grouped) ?? ""
        case .desimal(let v, let p): v.map { Tampilan.angka($0, presisi: p) } ?? ""
        // A value below 100 never shows as 100,00 (lakip-spec Appendix B item 2).
        case .persen(let v): v.map { Tampilan.angka(Tampilan.bulatkanCapaian($0, presisi: 2), presisi: 2) } ?? ""
        case .tidakDapatDihitung(let a): Self.teksTidakDapatDihitung(a)
        }
    }

    /// Machine text for numbers: digits with "." as decimal separator, no grouping ("2852250329", "79.71");
    /// nil when the cell holds no number.
    public var angkaMesin: String? {
        switch self {
        case .rupiah(let v?): String(v)
        case .desimal(let v?, _): Self.desimalMesin(v)
        case .persen(let v?): Self.desimalMesin(v)
        default: nil
        }
    }

    /// The cell as plain text for CSV: numbers in machine form, text as is.
    public var teksMesin: String {
        if let a = angkaMesin { return a }
        switch self {
        case .teks(let s): return s
        case .tidakDapatDihitung(let a): return Self.teksTidakDapatDihitung(a)
        default: return ""
        }
    }

    static func teksTidakDapatDihitung(_ alasan: String) -> String {
        alasan.isEmpty ? "tidak dapat dihitung" : "tidak dapat dihitung (\(alasan))"
    }

    /// `Decimal.description` is locale-independent plain notation on every platform ("-0.5", "2852250329").
    static func desimalMesin(_ v: Decimal) -> String {
        v.isNaN ? "" : v.description
    }

    /// True when the cell is a number (right-aligned).
    var numerik: Bool {
        switch self {
        case .rupiah, .desimal, .persen: true
        default: false
        }
    }
}

extension Kuantitas {
    /// Fractional digits needed to show this quantity without loss (0…4).
    var presisiAlami: Int {
        var frac = (unitKecil % Kuantitas.skala).magnitude
        guard frac != 0 else { return 0 }
        var digits = Kuantitas.digitPecahan
        while frac % 10 == 0 {
            frac /= 10
            digits -= 1
        }
        return digits
    }
}
