import Foundation

/// Early warning for quarterly monitoring (issue 6): a line whose physical capaian or budget absorption is below
/// `ambang` × the share of the year elapsed is behind schedule. With the default ambang 0,8, a line at 40 %
/// after half a year (needs 40 %) is on track; at 39 % it is flagged.
public enum PeringatanDini {
    public enum Jenis: String, Sendable, Codable, Equatable { case fisik, keuangan }

    public struct Peringatan: Sendable, Codable, Equatable {
        public var jenis: Jenis
        /// Progress in percent (capaian or serapan).
        public var kemajuan: Decimal
        /// The minimum expected at this point of the year, in percent.
        public var minimal: Decimal
        public var pesan: String
    }

    /// Quarters that count as over: all four once the plan year has passed, else the locked ones (up to the last).
    public static func triwulanSelesai(tahunRencana: Int, tahunIni: Int, terkunci: Set<Int>) -> Int {
        tahunRencana < tahunIni ? 4 : (terkunci.max() ?? 0)
    }

    /// Share of the year elapsed after `triwulanSelesai` closed quarters (0…4) → 0…1.
    public static func porsiTahun(triwulanSelesai: Int) -> Decimal { Decimal(max(0, min(4, triwulanSelesai))) / 4 }

    public static func periksa(fisik: Capaian?, serapan: Capaian?, porsiTahun: Decimal, ambang: Decimal = Decimal(8) / 10) -> [Peringatan] {
        let minimal = porsiTahun * ambang * 100
        guard minimal > 0 else { return [] }
        var out: [Peringatan] = []
        if let v = fisik?.angka, v < minimal {
            out.append(Peringatan(jenis: .fisik, kemajuan: v, minimal: minimal,
                                  pesan: "Capaian fisik \(Tampilan.angka(v, presisi: 2)) % di bawah \(Tampilan.angka(minimal, presisi: 2)) % yang diharapkan."))
        }
        if let v = serapan?.angka, v < minimal {
            out.append(Peringatan(jenis: .keuangan, kemajuan: v, minimal: minimal,
                                  pesan: "Serapan anggaran \(Tampilan.angka(v, presisi: 2)) % di bawah \(Tampilan.angka(minimal, presisi: 2)) % yang diharapkan."))
        }
        return out
    }
}
