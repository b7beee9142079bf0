import Foundation

/// One row of T-C.30 (Permendagri 86/2017, "capaian kinerja pelayanan"): a service indicator with its Renstra
/// targets, realisation and projections by year, and what the row printed besides values (its number, the
/// *catatan analisis*). A row that is only the numerator or denominator of another row has a `peran`.
public struct BarisTC30: Hashable, Sendable {
    public enum Peran: String, Hashable, Codable, Sendable {
        case tunggal, pembilang, penyebut, persentase
    }

    public var lokasi: String
    /// The printed row number, when the table prints one.
    public var nomor: Int?
    public var indikator: Indikator
    public var peran: Peran
    public var target: [Int: Besaran]
    public var realisasi: [Int: Besaran]
    public var proyeksi: [Int: Besaran]
    /// The printed *catatan analisis* cell.
    public var catatan: String?

    public init(
        lokasi: String, nomor: Int? = nil, indikator: Indikator, peran: Peran = .tunggal, target: [Int: Besaran] = [:],
        realisasi: [Int: Besaran] = [:], proyeksi: [Int: Besaran] = [:], catatan: String? = nil
    ) {
        self.lokasi = lokasi
        self.nomor = nomor
        self.indikator = indikator
        self.peran = peran
        self.target = target
        self.realisasi = realisasi
        self.proyeksi = proyeksi
        self.catatan = catatan
    }
}

/// A printed percentage that a table computes from two other printed values (T-C.30's pembilang/penyebut rows,
/// 001:L847 = L845 / L846 × 100).
public struct PersentaseTercatat: Hashable, Sendable {
    public var lokasi: String
    public var dicetak: String
    public var pembilang: Decimal?
    public var penyebut: Decimal?
    public init(lokasi: String, dicetak: String, pembilang: Decimal?, penyebut: Decimal?) {
        self.lokasi = lokasi
        self.dicetak = dicetak
        self.pembilang = pembilang
        self.penyebut = penyebut
    }

    /// The one formula: pembilang / penyebut × 100 (`Nilai.rasio`), undefined without both or with penyebut 0.
    public var dihitung: Capaian {
        guard let p = pembilang else { return .tidakDapatDihitung(.pembilangBelumAda) }
        guard let q = penyebut else { return .tidakDapatDihitung(.penyebutBelumAda) }
        switch Nilai.rasio(pembilang: p, penyebut: q).angka {
        case .success(let v): return .nilai(v)
        case .failure(let a): return .tidakDapatDihitung(a)
        }
    }
}

/// One realisation of one indicator for one year as a document printed it; the same fact printed by two
/// documents of the same office must agree (R30, lakip-spec §8 #82 #83).
public struct RealisasiTercatat: Hashable, Sendable {
    /// The indicator's identity across documents (the IKU code both documents refer to).
    public var kunci: String
    public var tahun: Int
    public var dokumen: String
    public var lokasi: String
    public var nilai: Besaran
    /// The cell as printed, when its precision matters: "37 %" and "37,08 %" print one value (R32).
    public var dicetak: String?
    public init(kunci: String, tahun: Int, dokumen: String, lokasi: String, nilai: Besaran, dicetak: String? = nil) {
        self.kunci = kunci
        self.tahun = tahun
        self.dokumen = dokumen
        self.lokasi = lokasi
        self.nilai = nilai
        self.dicetak = dicetak
    }
}
