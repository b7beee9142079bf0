/// How an indicator's values are read. These enums are shared by the model, the store and the engine;
/// their raw values are what the database and data files hold, so they never change once released.

/// Direction (polarity): decides the capaian formula (domain decision 3).
public enum Arah: String, Codable, Sendable, CaseIterable, Hashable {
    /// Higher is better: capaian = R / T × 100.
    case naik
    /// Lower is better: capaian = (2T − R) / T × 100, or T / R × 100 where the Pemda chooses it.
    case turun
    /// A target band: 100 inside the band.
    case rentang
}

/// How periods combine (quarters → year, years → Renstra period; domain decision 5).
public enum JenisAgregasi: String, Codable, Sendable, CaseIterable, Hashable {
    /// A flow that adds up (beneficiaries served): sum.
    case kumulatif
    /// The same quota every year (12 monthly reports): compare year by year, never sum.
    case tahunanBerulang = "tahunan_berulang"
    /// A stock or position at the end of the period (assets maintained): the latest value.
    case stok
    /// A rate: the latest value, or Σ numerator / Σ denominator when the parts are known.
    case persentase
    /// An ordinal grade on a declared scale (SAKIP AA…D).
    case kualitatif
}

/// What kind of number the indicator holds.
public enum JenisUkuran: String, Codable, Sendable, CaseIterable, Hashable {
    /// A count of persons, documents, units …
    case jumlah
    /// A percentage, computed from numerator and denominator wherever both are known.
    case persentase
    /// An index or score (IKM, Indeks Ketahanan Sosial).
    case indeks
    /// Money in whole rupiah.
    case rupiah
    /// A grade on an ordered scale.
    case kualitatif
}
