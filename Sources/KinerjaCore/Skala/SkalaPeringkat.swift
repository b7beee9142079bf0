/// A declared ordered scale of grades for a qualitative indicator (domain decision 5), lowest first.
/// Capaian on such a scale = 100 × rank(R) / rank(T), ranks counted from 1 at the lowest grade.
public struct SkalaPeringkat: Hashable, Codable, Sendable {
    public let id: String
    public let nama: String
    /// Grades from the lowest to the highest.
    public let tingkat: [String]

    public init(id: String, nama: String, tingkat: [String]) {
        self.id = id
        self.nama = nama
        self.tingkat = tingkat
    }

    /// 1-based rank of a grade (case and spacing ignored), or nil when the grade is not on this scale.
    public func peringkat(_ label: String) -> Int? {
        let key = Self.kunci(label)
        guard let i = tingkat.firstIndex(where: { Self.kunci($0) == key }) else { return nil }
        return i + 1
    }

    static func kunci(_ s: String) -> String {
        String(s.map { latin[$0] ?? $0 }).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Cyrillic capitals that print identically to Latin grade letters; OCR of 000:L254 reads "СС" and "В".
    private static let latin: [Character: Character] = ["А": "A", "В": "B", "С": "C", "Е": "E", "К": "K", "М": "M", "О": "O"]

    /// SAKIP evaluation predicate (PermenPANRB 88/2021 [ext]): D < C < CC < B < BB < A < AA.
    public static let predikatSAKIP = SkalaPeringkat(
        id: "predikat-sakip", nama: "Predikat SAKIP", tingkat: ["D", "C", "CC", "B", "BB", "A", "AA"])

    /// Service-quality grade of the IKM survey (PermenPANRB 14/2017 [ext]); Polman prints "Sangat Baik" (004:L323).
    public static let mutuPelayananIKM = SkalaPeringkat(
        id: "mutu-ikm", nama: "Mutu pelayanan IKM",
        tingkat: ["Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"])

    /// Kelurahan development category (Permendagri 81/2015 [ext]); Tarakan prints "Cepat Berkembang" (003:L263).
    public static let perkembanganKelurahan = SkalaPeringkat(
        id: "perkembangan-kelurahan", nama: "Kategori perkembangan kelurahan",
        tingkat: ["Kurang Berkembang", "Berkembang", "Cepat Berkembang"])
}
