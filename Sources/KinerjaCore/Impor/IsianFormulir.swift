import Foundation

/// Reads what a planner types into a form, the Indonesian way: "4.465.200" (dot groups thousands) for rupiah,
/// "79,71" (comma is the decimal mark) for quantities. Empty means "not given". Errors name the field in English
/// for logs and in Indonesian for the page. One place for the UI's number input; printed documents are read by
/// `AngkaDicetak`, machine data by `Kuantitas(parsing:)`.
public enum IsianFormulir {
    /// Trimmed text, nil when empty.
    public static func teks(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
        return s
    }

    /// Whole rupiah: "4.465.200" or "4465200".
    public static func rupiah(_ s: String?, field: String) throws(KesalahanMasukan) -> Rupiah? {
        guard let s = teks(s) else { return nil }
        guard let v = Int64(s.replacingOccurrences(of: ".", with: "")) else {
            throw KesalahanMasukan(field: field, message: "'\(s)' is not whole rupiah", pesan: "Isian \(field) harus rupiah bulat (contoh 4.465.200).")
        }
        return Rupiah(v)
    }

    /// A quantity with a decimal comma: "79,71", "8.025".
    public static func angka(_ s: String?, field: String) throws(KesalahanMasukan) -> Kuantitas? {
        guard let s = teks(s) else { return nil }
        do { return try Kuantitas(parsing: s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) } catch {
            throw KesalahanMasukan(field: field, message: error.description, pesan: "Isian \(field) harus angka (contoh 79,71).")
        }
    }

    /// A calendar date "2024-01-15" (what `<input type="date">` sends) or "15-01-2024" / "15/01/2024" as typed, as a
    /// date value (`HariKalender`: 00:00 UTC); an impossible day is refused, not rolled over.
    public static func tanggal(_ s: String?, field: String) throws(KesalahanMasukan) -> Date? {
        guard let s = teks(s) else { return nil }
        let bagian = s.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        let salah = KesalahanMasukan(field: field, message: "'\(s)' is not a date (YYYY-MM-DD)", pesan: "Isian \(field) harus tanggal (contoh 2024-01-15 atau 15-01-2024).")
        guard bagian.count == 3, bagian.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { throw salah }
        let (t, b, h) = bagian[0].count == 4 ? (bagian[0], bagian[1], bagian[2]) : (bagian[2], bagian[1], bagian[0])
        guard t.count == 4, let tahun = Int(t), let bulan = Int(b), let hari = Int(h), (1900...2200).contains(tahun),
              HariKalender.sah(tahun, bulan, hari) else { throw salah }
        return HariKalender.tanggal(tahun, bulan, hari)
    }
}
