/// What the engine needs to know about an indicator to compute its capaian and combine its periods
/// (renja-spec §3.4, lakip-spec §3.8). The planning model holds names, codes and owners; this is the semantics.
public struct Indikator: Hashable, Codable, Sendable {
    /// Stable identifier (database id or a code such as "IKU-1"); used in findings.
    public var id: String
    public var nama: String
    /// The one unit every target and realisation must carry.
    public var satuan: Satuan
    public var arah: Arah
    public var agregasi: JenisAgregasi
    public var ukuran: JenisUkuran
    /// Decimals shown for this indicator's values (not for capaian, which always shows 2).
    public var presisi: Int
    /// The ordinal scale of a qualitative indicator.
    public var skala: SkalaPeringkat?
    /// A percentage indicator that may legitimately exceed 100 (e.g. a growth rate). Default: no.
    public var bolehLebihDari100: Bool

    public init(
        id: String, nama: String = "", satuan: Satuan, arah: Arah = .naik, agregasi: JenisAgregasi,
        ukuran: JenisUkuran, presisi: Int = 2, skala: SkalaPeringkat? = nil, bolehLebihDari100: Bool = false
    ) {
        self.id = id
        self.nama = nama
        self.satuan = satuan
        self.arah = arah
        self.agregasi = agregasi
        self.ukuran = ukuran
        self.presisi = presisi
        self.skala = skala
        self.bolehLebihDari100 = bolehLebihDari100
    }

    /// A count indicator ("Jumlah … yang …") in `satuan`; flows add up unless said otherwise.
    public static func jumlah(
        _ id: String, _ satuan: Satuan, agregasi: JenisAgregasi = .kumulatif, arah: Arah = .naik, nama: String = ""
    ) -> Indikator {
        Indikator(id: id, nama: nama, satuan: satuan, arah: arah, agregasi: agregasi, ukuran: .jumlah, presisi: 0)
    }

    /// A percentage indicator ("Persentase …").
    public static func persentase(_ id: String, arah: Arah = .naik, nama: String = "") -> Indikator {
        Indikator(id: id, nama: nama, satuan: .persen, arah: arah, agregasi: .persentase, ukuran: .persentase)
    }

    /// A qualitative indicator on an ordinal scale.
    public static func kualitatif(_ id: String, skala: SkalaPeringkat, nama: String = "") -> Indikator {
        Indikator(
            id: id, nama: nama, satuan: .predikat, arah: .naik, agregasi: .kualitatif, ukuran: .kualitatif,
            presisi: 0, skala: skala)
    }
}
