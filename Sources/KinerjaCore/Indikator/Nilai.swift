import Foundation

/// One value of an indicator as entered or imported: a number, a ratio whose percentage is computed,
/// a target band, or a grade on an ordinal scale. Values are never text (domain decision 1).
public enum Nilai: Hashable, Codable, Sendable {
    /// A count, index, amount or a percentage whose parts are unknown.
    case angka(Decimal)
    /// A percentage from its parts: pembilang / penyebut × 100 (domain decision 2).
    case rasio(pembilang: Decimal, penyebut: Decimal)
    /// A target band for an indicator with direction *rentang*: [bawah, atas].
    case rentang(bawah: Decimal, atas: Decimal)
    /// A grade on the indicator's declared ordinal scale ("BB", "Cepat Berkembang").
    case peringkat(String)

    /// The number this value stands for, or why it has none.
    /// A ratio gives its percentage; a band gives nothing (it is not a single number).
    public var angka: Result<Decimal, Alasan> {
        switch self {
        case .angka(let v): return .success(v)
        case .rasio(let p, let q):
            guard q != 0 else { return .failure(.penyebutNol) }
            return .success(BagiDesimal.bagi(p, q, faktor: 100))
        case .rentang: return .failure(.nilaiTidakSesuaiJenis)
        case .peringkat: return .failure(.nilaiTidakSesuaiJenis)
        }
    }
}

/// A value with its unit (*besaran*): the unit is checked against the indicator's before any arithmetic.
public struct Besaran: Hashable, Codable, Sendable {
    public var nilai: Nilai
    public var satuan: Satuan

    public init(_ nilai: Nilai, _ satuan: Satuan) {
        self.nilai = nilai
        self.satuan = satuan
    }

    /// A plain number in a unit.
    public init(_ angka: Decimal, _ satuan: Satuan) { self.init(.angka(angka), satuan) }

    /// A stored fixed-point quantity in a unit.
    public init(_ kuantitas: Kuantitas, _ satuan: Satuan) { self.init(.angka(kuantitas.nilaiDesimal), satuan) }

    /// A percentage from numerator and denominator.
    public static func rasio(_ pembilang: Decimal, _ penyebut: Decimal) -> Besaran {
        Besaran(.rasio(pembilang: pembilang, penyebut: penyebut), .persen)
    }

    /// A grade on an ordinal scale.
    public static func peringkat(_ label: String) -> Besaran { Besaran(.peringkat(label), .predikat) }
}
