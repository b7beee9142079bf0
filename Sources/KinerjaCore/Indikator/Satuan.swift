/// A unit of measure (*satuan*) as a normalised code: "Dok", "dokumen" and "Dokumen" are one unit.
///
/// Units belong to the indicator (domain decision 1): a target or realisation in another unit is rejected,
/// never converted silently. Only spelling variants the seeds print for the *same* unit are folded together;
/// units that merely look related (KK, KPM, keluarga, orang, jiwa) stay distinct on purpose
/// (renja-spec §6 item 33, lakip-spec §8 item 15).
public struct Satuan: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The normalised code (lower case, single spaces, aliases folded).
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = Self.normalise(rawValue) }
    public init(_ text: String) { self.init(rawValue: text) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static let persen: Satuan = "persen"
    public static let orang: Satuan = "orang"
    public static let dokumen: Satuan = "dokumen"
    public static let laporan: Satuan = "laporan"
    public static let rupiah: Satuan = "rupiah"
    public static let indeks: Satuan = "indeks"
    /// The unit of a qualitative grade (predikat, kategori).
    public static let predikat: Satuan = "predikat"

    /// Spelling variants of one unit seen in the seeds. Never map two different units together here.
    static let aliases: [String: String] = [
        "%": "persen", "prosen": "persen", "percent": "persen",
        "dok": "dokumen", "dok.": "dokumen",
        "org": "orang", "org.": "orang",
        "lap": "laporan", "lap.": "laporan",
        "bln": "bulan",
        "rp": "rupiah", "rp.": "rupiah",
        "m²": "m2",
        "kali": "kali",
    ]

    static func normalise(_ text: String) -> String {
        let folded = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .joined(separator: " ")
        return aliases[folded] ?? folded
    }
}
