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
    public static let triwulanPK = "triwulan penetapan PK"
    /// Where a value from the data is said to come from, in messages.
    public static let sumberData = "data laporan"

    /// Whether a key is one the data answers or a free narrative key; a key that looks like a data key ("jumlah …",
    /// "arah …", "tahun …", "triwulan …") but is not one is a typing error the loader refuses.
    public static func kunciSah(_ kunci: String) -> Bool {
        if [jumlahSasaran, jumlahIKU, tahunRenstra, namaInstansi, triwulanPK].contains(kunci) || ikuSasaran(kunci) != nil || arahRealisasi(kunci) != nil
            || targetPK(kunci) != nil || capaianTerhadapTarget(kunci) != nil
        {
            return true
        }
        return !["jumlah ", "arah ", "tahun ", "triwulan ", "target ", "capaian "].contains { kunci.lowercased().hasPrefix($0) }
    }

    /// "jumlah IKU sasaran 3" → (3, false); "jumlah IKU sasaran 2 di bawah target" → (2, true).
    public static func ikuSasaran(_ kunci: String) -> (Int, Bool)? {
        let p = kunci.split(separator: " ")
        guard p.count >= 4, p[0] == "jumlah", p[1] == "IKU", p[2] == "sasaran", let no = Int(p[3]) else { return nil }
        let sisa = p.dropFirst(4).joined(separator: " ")
        guard sisa.isEmpty || sisa == "di bawah target" else { return nil }
        return (no, !sisa.isEmpty)
    }

    /// "arah realisasi IKU04 2022" → ("IKU04", 2022): whether that year's realisation rose or fell from the year before.
    public static func arahRealisasi(_ kunci: String) -> (String, Int)? {
        let p = kunci.split(separator: " ")
        guard p.count == 4, p[0] == "arah", p[1] == "realisasi", let t = Int(p[3]) else { return nil }
        return (String(p[2]), t)
    }

    /// "target PK 1.06.04.2.01" → the line's code: the target the Perjanjian Kinerja signs for that program,
    /// kegiatan or sub-kegiatan in the report year (002:L2015 says 45 Orang where the PK signs 124 Org, lakip-spec
    /// §8 #17).
    public static func targetPK(_ kunci: String) -> KodeNomenklatur? {
        let p = kunci.split(separator: " ")
        guard p.count == 3, p[0] == "target", p[1] == "PK" else { return nil }
        return try? KodeNomenklatur(String(p[2]))
    }

    /// "capaian IKU01 terhadap target" → "IKU01": whether the year's capaian is above, at or below its target, as
    /// the analysis column states it (002:L2595 "Target melebihi capaian" for a capaian of 126 %, lakip-spec §8 #22).
    public static func capaianTerhadapTarget(_ kunci: String) -> String? {
        let p = kunci.split(separator: " ")
        guard p.count == 4, p[0] == "capaian", p[2] == "terhadap", p[3] == "target" else { return nil }
        return String(p[1])
    }

    /// The words a report uses for a capaian against its target (100 % is the target reached).
    public static func perbandingan(capaian: Decimal) -> String {
        capaian > 100 ? "capaian melebihi target" : capaian < 100 ? "target melebihi capaian" : "capaian sama dengan target"
    }

    /// "naik", "turun" or "tetap" from one value to the next.
    public static func arah(dari a: Decimal, ke b: Decimal) -> String { b > a ? "naik" : b < a ? "turun" : "tetap" }

    /// The quarter of a month (1-12) in Roman numerals, as reports write it.
    public static func triwulan(bulan: Int) -> String { ["I", "II", "III", "IV"][max(0, min(3, (bulan - 1) / 3))] }

    /// What a report's data gives for the keys above: the plan year, the office, the Renstra's first year, the PK's
    /// signing month, each IKU with its sasaran number, capaian of the year and realisation per year, and the PK's
    /// target per line.
    public struct DataLaporan: Sendable {
        public struct IKU: Sendable {
            public var kode: String
            public var sasaran: Int?
            public var capaian: Capaian
            public var realisasi: [Int: Decimal]
            public init(kode: String, sasaran: Int?, capaian: Capaian, realisasi: [Int: Decimal]) {
                self.kode = kode
                self.sasaran = sasaran
                self.capaian = capaian
                self.realisasi = realisasi
            }
        }
        public var tahun: Int
        public var namaInstansi: String
        public var tahunAwalRenstra: Int?
        public var bulanPK: Int?
        public var iku: [IKU]
        /// The PK's target per line (program, kegiatan, sub-kegiatan) for the report year.
        public var targetPK: [KodeNomenklatur: Decimal]
        public init(tahun: Int, namaInstansi: String, tahunAwalRenstra: Int?, bulanPK: Int?, iku: [IKU], targetPK: [KodeNomenklatur: Decimal] = [:]) {
            self.tahun = tahun
            self.namaInstansi = namaInstansi
            self.tahunAwalRenstra = tahunAwalRenstra
            self.bulanPK = bulanPK
            self.iku = iku
            self.targetPK = targetPK
        }
    }

    /// The data's value for a key, nil for a key only the narrative states (or one the data cannot answer: a
    /// report without IKU says nothing about counts, Tarakan's Renja has none).
    public static func menurutData(_ kunci: String, _ d: DataLaporan) -> String? {
        let sasaran = d.iku.filter { $0.sasaran != nil }
        switch kunci {
        case jumlahSasaran: return sasaran.isEmpty ? nil : String(Set(sasaran.compactMap(\.sasaran)).count)
        case jumlahIKU: return sasaran.isEmpty ? nil : String(sasaran.count)
        case tahunRenstra: return d.tahunAwalRenstra.map { String(d.tahun - $0 + 1) }
        case namaInstansi: return d.namaInstansi
        case triwulanPK: return d.bulanPK.map { triwulan(bulan: $0) }
        default:
            if let (k, tahun) = arahRealisasi(kunci) {
                guard let r = d.iku.first(where: { $0.kode == k })?.realisasi, let a = r[tahun - 1], let b = r[tahun] else { return nil }
                return arah(dari: a, ke: b)
            }
            if let kode = targetPK(kunci) { return d.targetPK[kode].map { "\($0)" } }
            if let k = capaianTerhadapTarget(kunci) { return d.iku.first { $0.kode == k }?.capaian.angka.map { perbandingan(capaian: $0) } }
            guard let (no, bawah) = ikuSasaran(kunci), !sasaran.isEmpty else { return nil }
            let anggota = sasaran.filter { $0.sasaran == no }
            // Below target: a capaian that is computed and under 100 % (an undefined one is not counted either way).
            return String(bawah ? anggota.filter { ($0.capaian.angka ?? 100) < 100 }.count : anggota.count)
        }
    }

    /// R45: per key, every narrative place against the first value given (the data's, when it has one).
    static func periksa(_ rows: [FaktaTercatat]) -> [Finding] {
        // Places, not sections, are compared: two passages of one chapter can disagree (002:L2028 vs L2031).
        SatuFakta.bandingkan(rows, kunci: \.kunci, berbeda: { $0.lokasi != $1.lokasi && sama($0.nilai) != sama($1.nilai) }) { other, first in
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
