import Foundation

/// A rating scale as data (domain decision 6): named bands that partition [0, ∞) with no gap and no overlap,
/// validated when built or decoded. A band is an interval; the normal band is half-open [bawah, atas).
/// A band may close its upper end, open its lower end, or be a single point where the printed scale says so
/// (Mamuju's "Baik X = 100"): validation still guarantees that each boundary point belongs to exactly one band.
///
/// The scale applies to capaian (percent). A negative capaian, possible only with the *turun* formula
/// (2T − R)/T, falls in the lowest band.
public struct SkalaPenilaian: Hashable, Sendable, Codable {
    /// One category band.
    public struct Pita: Hashable, Sendable, Codable {
        public var kategori: String
        public var bawah: Decimal
        public var bawahTermasuk: Bool
        /// nil = no upper bound (∞).
        public var atas: Decimal?
        public var atasTermasuk: Bool

        public init(kategori: String, bawah: Decimal, bawahTermasuk: Bool = true, atas: Decimal?, atasTermasuk: Bool = false) {
            self.kategori = kategori
            self.bawah = bawah
            self.bawahTermasuk = bawahTermasuk
            self.atas = atas
            self.atasTermasuk = atas == nil ? false : atasTermasuk
        }

        /// The usual half-open band [bawah, atas).
        public static func dari(_ bawah: Decimal, sampai atas: Decimal?, _ kategori: String) -> Pita {
            Pita(kategori: kategori, bawah: bawah, atas: atas)
        }

        public func memuat(_ x: Decimal) -> Bool {
            let diAtasBawah = bawahTermasuk ? x >= bawah : x > bawah
            guard diAtasBawah else { return false }
            guard let atas else { return true }
            return atasTermasuk ? x <= atas : x < atas
        }

        /// "[51; 66)" style notation for documentation and errors.
        public var notasi: String {
            let kiri = bawahTermasuk ? "[" : "("
            let kanan = atas == nil ? ")" : (atasTermasuk ? "]" : ")")
            let a = atas.map { Tampilan.angka($0, presisi: 0, kelompok: false) } ?? "∞"
            return kiri + Tampilan.angka(bawah, presisi: 0, kelompok: false) + "; " + a + kanan
        }
    }

    /// Why a band list is not a partition of [0, ∞).
    public enum Galat: Error, Hashable, Sendable, CustomStringConvertible {
        case kosong
        case tidakMulaiNol
        case pitaTidakSah(String)
        case celah(setelah: String, sebelum: String)
        case tumpangTindih(String, String)
        case tidakSampaiTakHingga

        public var description: String {
            switch self {
            case .kosong: "skala tanpa pita"
            case .tidakMulaiNol: "pita pertama harus dimulai tepat di 0 (termasuk)"
            case .pitaTidakSah(let k): "pita \(k) tidak sah (batas bawah melewati batas atas)"
            case .celah(let a, let b): "ada celah antara \(a) dan \(b)"
            case .tumpangTindih(let a, let b): "\(a) dan \(b) tumpang tindih"
            case .tidakSampaiTakHingga: "pita terakhir harus terbuka sampai tak hingga"
            }
        }
    }

    public let id: String
    public let nama: String
    /// Source and, for a repaired scale, the repair in plain words.
    public let deskripsi: String
    /// Bands in ascending order.
    public let pita: [Pita]

    public init(id: String, nama: String, deskripsi: String, pita: [Pita]) throws(Galat) {
        try Self.validasi(pita)
        self.id = id
        self.nama = nama
        self.deskripsi = deskripsi
        self.pita = pita
    }

    /// Checks that the bands partition [0, ∞): start at 0 inclusive, each boundary in exactly one band, end at ∞.
    public static func validasi(_ pita: [Pita]) throws(Galat) {
        guard let first = pita.first else { throw .kosong }
        guard first.bawah == 0, first.bawahTermasuk else { throw .tidakMulaiNol }
        for p in pita {
            if let atas = p.atas {
                if atas < p.bawah || (atas == p.bawah && !(p.bawahTermasuk && p.atasTermasuk)) {
                    throw .pitaTidakSah(p.kategori)
                }
            }
        }
        for (a, b) in zip(pita, pita.dropFirst()) {
            guard let atas = a.atas else { throw .tumpangTindih(a.kategori, b.kategori) }
            if atas < b.bawah { throw .celah(setelah: a.kategori, sebelum: b.kategori) }
            if atas > b.bawah { throw .tumpangTindih(a.kategori, b.kategori) }
            if a.atasTermasuk && b.bawahTermasuk { throw .tumpangTindih(a.kategori, b.kategori) }
            if !a.atasTermasuk && !b.bawahTermasuk { throw .celah(setelah: a.kategori, sebelum: b.kategori) }
        }
        guard pita.last!.atas == nil else { throw .tidakSampaiTakHingga }
    }

    /// The category of a capaian (percent). Total: every decimal has exactly one category
    /// (negative values take the lowest band).
    public func kategori(_ capaian: Decimal) -> String {
        pita[indeks(capaian)].kategori
    }

    /// The category of a capaian, or nil when the capaian is undefined.
    public func kategori(_ capaian: Capaian) -> String? {
        capaian.angka.map(kategori)
    }

    /// Index of the band holding `x` (0 for negative values).
    public func indeks(_ x: Decimal) -> Int {
        // The bands partition [0, ∞) in order, so the highest band whose lower bound admits x holds it:
        // one comparison per band.
        var i = pita.count - 1
        while i > 0 {
            let p = pita[i]
            if p.bawahTermasuk ? x >= p.bawah : x > p.bawah { return i }
            i -= 1
        }
        return 0
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let pita = try c.decode([Pita].self, forKey: .pita)
        do { try Self.validasi(pita) } catch {
            throw DecodingError.dataCorruptedError(forKey: .pita, in: c, debugDescription: error.description)
        }
        self.id = try c.decode(String.self, forKey: .id)
        self.nama = try c.decode(String.self, forKey: .nama)
        self.deskripsi = try c.decode(String.self, forKey: .deskripsi)
        self.pita = pita
    }

    /// Built-in scales are valid by construction (checked by the test suite).
    init(bawaan id: String, nama: String, deskripsi: String, pita: [Pita]) {
        do { try self.init(id: id, nama: nama, deskripsi: deskripsi, pita: pita) } catch {
            preconditionFailure("built-in scale \(id): \(error)")
        }
    }
}

extension SkalaPenilaian {
    /// Permendagri 86/2017 evaluation scale (domain decision 6).
    public static let permendagri86 = SkalaPenilaian(
        bawaan: "permendagri-86-2017",
        nama: "Skala evaluasi Permendagri 86/2017",
        deskripsi: """
            Kategori tingkat capaian evaluasi Renja/RKPD menurut Permendagri 86/2017. Cetakan yang lazim memakai \
            bilangan bulat (Tinggi 76–90, Sedang 66–75, …) sehingga 90,5 tidak punya kategori; di sini setiap pita \
            berjalan sampai, tetapi tidak termasuk, batas bawah pita berikutnya: [0; 51) Sangat Rendah, [51; 66) \
            Rendah, [66; 76) Sedang, [76; 91) Tinggi, [91; ∞) Sangat Tinggi. / Permendagri 86/2017 evaluation \
            scale; the usual integer bands leave gaps (90.5), so each band is half-open up to the next lower bound.
            """,
        pita: [
            .dari(0, sampai: 51, "Sangat Rendah"),
            .dari(51, sampai: 66, "Rendah"),
            .dari(66, sampai: 76, "Sedang"),
            .dari(76, sampai: 91, "Tinggi"),
            .dari(91, sampai: nil, "Sangat Tinggi"),
        ])

    /// Mamuju LKjIP 2024 "Tabel 3.1 Pengkategorian Capaian Kinerja" (002:L1642-1657), repaired.
    public static let mamujuLKjIP = SkalaPenilaian(
        bawaan: "mamuju-lkjip-2024",
        nama: "Skala LKjIP Dinas Sosial Kab. Mamuju",
        deskripsi: """
            Dicetak (002:L1649-1657): Sangat Baik 120 ≥ X > 100; Baik X = 100; Cukup 80 < X < 100; \
            Kurang 50 ≤ X ≤ 80; Sangat Kurang X < 50. Perbaikan: batas atas 120 pada Sangat Baik dihapus, karena \
            X > 120 tidak punya kategori padahal dokumen yang sama menilai capaian 126 % "Sangat Baik" (002:L1921). \
            Batas lain dipertahankan apa adanya: 80 termasuk Kurang, 100 tepat adalah Baik. / Repair: the upper \
            bound 120 of Sangat Baik is dropped (X > 120 had no category, yet the report rates 126 % Sangat Baik); \
            all other bounds kept as printed.
            """,
        pita: [
            Pita(kategori: "Sangat Kurang", bawah: 0, atas: 50),
            Pita(kategori: "Kurang", bawah: 50, atas: 80, atasTermasuk: true),
            Pita(kategori: "Cukup", bawah: 80, bawahTermasuk: false, atas: 100),
            Pita(kategori: "Baik", bawah: 100, atas: 100, atasTermasuk: true),
            Pita(kategori: "Sangat Baik", bawah: 100, bawahTermasuk: false, atas: nil),
        ])

    /// Polewali Mandar LAKIP 2023 legend under Tabel 3.1 (004:L334), repaired.
    public static let polmanLAKIP = SkalaPenilaian(
        bawaan: "polman-lakip-2023",
        nama: "Skala LAKIP Dinas Sosial Kab. Polewali Mandar",
        deskripsi: """
            Dicetak (004:L334): "0 sd 50 % = cukup baik, 50 s.d 100 % = Baik, > 100% Sangat Baik". Perbaikan: \
            batas 50 dan 100 tumpang tindih; 50 dimasukkan ke Baik ("50 s.d 100" dimulai di 50) dan 100 ke Baik \
            ("> 100" tidak termasuk 100): [0; 50) Cukup Baik, [50; 100] Baik, (100; ∞) Sangat Baik. Skala berlaku \
            untuk capaian (R/T), bukan nilai realisasi. Tidak ada kategori Kurang yang dicetak dan tidak ditambahkan. \
            / Repair: the printed bands overlap at 50 and 100; 50 and 100 both go to Baik. Applies to capaian.
            """,
        pita: [
            Pita(kategori: "Cukup Baik", bawah: 0, atas: 50),
            Pita(kategori: "Baik", bawah: 50, atas: 100, atasTermasuk: true),
            Pita(kategori: "Sangat Baik", bawah: 100, bawahTermasuk: false, atas: nil),
        ])

    /// The shipped scales, by id.
    public static let bawaan: [SkalaPenilaian] = [.permendagri86, .mamujuLKjIP, .polmanLAKIP]
}
