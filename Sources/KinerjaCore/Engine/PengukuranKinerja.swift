import Foundation

/// One IKU of an office's LKjIP for year n (lakip-spec §3): its PK targets and realisations by year, and the
/// Renstra's end target. Values are as entered; percentages arrive as numerator/denominator ratios.
public struct BarisIKU: Hashable, Sendable {
    public var lokasi: String
    public var indikator: Indikator
    public var targetPK: [Int: Besaran]
    public var realisasi: [Int: Besaran]
    public var targetAkhirRenstra: Besaran?
    public var tahunAkhirRenstra: Int?

    public init(
        lokasi: String, indikator: Indikator, targetPK: [Int: Besaran] = [:], realisasi: [Int: Besaran] = [:],
        targetAkhirRenstra: Besaran? = nil, tahunAkhirRenstra: Int? = nil
    ) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.targetPK = targetPK
        self.realisasi = realisasi
        self.targetAkhirRenstra = targetAkhirRenstra
        self.tahunAkhirRenstra = tahunAkhirRenstra
    }
}

/// The measurement of one IKU (pengukuran kinerja): capaian of year n against its PK target, the same for the two
/// previous years (the LKjIP's comparison across years), and the realisation of n against the Renstra's end target.
public struct HasilIKU: Hashable, Sendable {
    public var capaian: Capaian
    public var kategori: String?
    /// Capaian of n-2, n-1 and n, each against that year's own PK target, for the years with a realisation.
    public var capaianPerTahun: [Int: Capaian]
    /// Realisation n against the Renstra's end target (lakip-spec table 3.1.4, 002:L2426).
    public var capaianAkhirRenstra: Capaian?
}

public enum PengukuranKinerja {
    /// The years an LKjIP of year n compares (lakip-spec §3.3: "perbandingan dengan tahun-tahun sebelumnya").
    public static func tahunBanding(_ n: Int) -> [Int] { [n - 2, n - 1, n] }

    public static func evaluate(_ b: BarisIKU, tahun n: Int, aturan: AturanPemda = .standar) -> HasilIKU {
        let ind = b.indikator
        let c = ind.capaian(target: b.targetPK[n], realisasi: b.realisasi[n], rumusTurun: aturan.rumusTurun)
        var perTahun: [Int: Capaian] = [:]
        for y in tahunBanding(n) where b.realisasi[y] != nil {
            perTahun[y] = ind.capaian(target: b.targetPK[y], realisasi: b.realisasi[y], rumusTurun: aturan.rumusTurun)
        }
        let akhir = b.targetAkhirRenstra.map { ind.capaian(target: $0, realisasi: b.realisasi[n], rumusTurun: aturan.rumusTurun) }
        return HasilIKU(capaian: c, kategori: aturan.skala.kategori(c), capaianPerTahun: perTahun, capaianAkhirRenstra: akhir)
    }
}
