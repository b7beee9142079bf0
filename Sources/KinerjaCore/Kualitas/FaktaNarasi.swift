import Foundation

/// Claims a report's running text makes about the report itself, by key, and R45, which sets each against what the
/// report's data says and against the other places that state it (lakip-spec §8 #6-#8, #29-#31, #34, #65). Kinerja
/// writes its narrative from the data, so it cannot make these claims wrong; a transcribed report can.
public enum FaktaNarasi {
    /// Keys whose value the report's data gives. Any other key is compared between narrative places only.
    public static let jumlahSasaran = "jumlah sasaran"
    public static let jumlahIKU = "jumlah IKU"
    public static let tahunRenstra = "tahun Renstra ke-"
    public static let namaInstansi = "nama instansi"
    /// Where a value from the data is said to come from, in messages.
    public static let sumberData = "data laporan"

    /// "jumlah IKU sasaran 3" → (3, false); "jumlah IKU sasaran 2 di bawah target" → (2, true).
    public static func ikuSasaran(_ kunci: String) -> (Int, Bool)? {
        let p = kunci.split(separator: " ")
        guard p.count >= 4, p[0] == "jumlah", p[1] == "IKU", p[2] == "sasaran", let no = Int(p[3]) else { return nil }
        let sisa = p.dropFirst(4).joined(separator: " ")
        guard sisa.isEmpty || sisa == "di bawah target" else { return nil }
        return (no, !sisa.isEmpty)
    }

    /// R45: per key, every narrative place against the first value given (the data's, when it has one).
    static func periksa(_ rows: [FaktaTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: \.kunci, berbeda: { $0.tabel != $1.tabel && sama($0.nilai) != sama($1.nilai) }) { other, first in
            Finding(
                .narasiTidakSesuai, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "\(other.kunci.prefix(1).uppercased() + other.kunci.dropFirst()): \"\(other.nilai)\" menurut \(other.tabel), tetapi \"\(first.nilai)\" menurut \(first.tabel).",
                dicetak: other.nilai, dihitung: first.tabel == sumberData ? first.nilai : nil)
        }
    }

    /// Compared without case and spacing differences ("Sekretariat daerah" = "sekretariat  Daerah").
    static func sama(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
