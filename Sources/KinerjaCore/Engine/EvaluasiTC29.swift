import Foundation

/// One row of T-C.29 *Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra* (renja-spec §2.1):
/// the input columns 4, 5, 6, 7 and 9, each optional and each in a unit, plus what the document printed in the
/// computed columns 8, 10 and 11 (for imported documents; nil for entered data).
public struct BarisTC29: Hashable, Codable, Sendable {
    /// Where the row is: a seed citation ("000:L162") or a code.
    public var lokasi: String
    public var indikator: Indikator
    /// Column 4: Renstra target (end of period).
    public var kolom4: Besaran?
    /// Column 5: realisation up to n − 3.
    public var kolom5: Besaran?
    /// Column 6: Renja target n − 2.
    public var kolom6: Besaran?
    /// Column 7: realisation n − 2.
    public var kolom7: Besaran?
    /// Column 9: Renja target n − 1.
    public var kolom9: Besaran?
    /// Printed columns 8, 10, 11 as text, if the row was imported.
    public var dicetak8: String?
    public var dicetak10: String?
    public var dicetak11: String?
    /// Printed input cells (columns 4, 5, 6, 7, 9) of an imported row, read as one number in the unit the cell
    /// prints (a bare number in the row's unit, i.e. the indicator's), for the columns whose clean value is
    /// absent because the transcription rejected the cell. Clean values stay authoritative: a printed value is
    /// never computed with. One in another unit stands in the column as a value Kinerja cannot use (R02, and
    /// the computed columns say why); one in the indicator's unit is only checked (R03) and seen by the
    /// check of printed column 10 (what the document summed).
    public var dicetakMasukan: [Int: Besaran]

    public init(
        lokasi: String, indikator: Indikator, kolom4: Besaran? = nil, kolom5: Besaran? = nil, kolom6: Besaran? = nil,
        kolom7: Besaran? = nil, kolom9: Besaran? = nil, dicetak8: String? = nil, dicetak10: String? = nil,
        dicetak11: String? = nil, dicetakMasukan: [Int: Besaran] = [:]
    ) {
        self.lokasi = lokasi
        self.indikator = indikator
        self.kolom4 = kolom4
        self.kolom5 = kolom5
        self.kolom6 = kolom6
        self.kolom7 = kolom7
        self.kolom9 = kolom9
        self.dicetak8 = dicetak8
        self.dicetak10 = dicetak10
        self.dicetak11 = dicetak11
        self.dicetakMasukan = dicetakMasukan
    }

    enum CodingKeys: String, CodingKey {
        case lokasi, indikator, kolom4, kolom5, kolom6, kolom7, kolom9, dicetak8, dicetak10, dicetak11, dicetakMasukan
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            lokasi: try c.decode(String.self, forKey: .lokasi), indikator: try c.decode(Indikator.self, forKey: .indikator),
            kolom4: try c.decodeIfPresent(Besaran.self, forKey: .kolom4), kolom5: try c.decodeIfPresent(Besaran.self, forKey: .kolom5),
            kolom6: try c.decodeIfPresent(Besaran.self, forKey: .kolom6), kolom7: try c.decodeIfPresent(Besaran.self, forKey: .kolom7),
            kolom9: try c.decodeIfPresent(Besaran.self, forKey: .kolom9), dicetak8: try c.decodeIfPresent(String.self, forKey: .dicetak8),
            dicetak10: try c.decodeIfPresent(String.self, forKey: .dicetak10),
            dicetak11: try c.decodeIfPresent(String.self, forKey: .dicetak11),
            dicetakMasukan: try c.decodeIfPresent([Int: Besaran].self, forKey: .dicetakMasukan) ?? [:])
    }

    /// Input column k (4, 5, 6, 7 or 9).
    public subscript(kolom k: Int) -> Besaran? {
        get {
            switch k {
            case 4: kolom4
            case 5: kolom5
            case 6: kolom6
            case 7: kolom7
            case 9: kolom9
            default: nil
            }
        }
        set {
            switch k {
            case 4: kolom4 = newValue
            case 5: kolom5 = newValue
            case 6: kolom6 = newValue
            case 7: kolom7 = newValue
            case 9: kolom9 = newValue
            default: break
            }
        }
    }

    /// The input columns, in order.
    public static let kolomMasukan = [4, 5, 6, 7, 9]
}

/// The computed columns of a T-C.29 row, their categories on the report's scale, and the row's findings.
public struct HasilTC29: Hashable, Codable, Sendable {
    /// Column 8, tingkat realisasi = 7 / 6 × 100 (direction-aware).
    public var kolom8: Capaian
    /// Column 10, realisasi capaian s/d n − 1: 5 + 7 + 9 for *kumulatif*; the latest value otherwise;
    /// Σ pembilang / Σ penyebut for percentages with known parts.
    public var kolom10: Agregat
    /// Column 11, tingkat capaian Renstra = 10 / 4 × 100 (direction-aware).
    public var kolom11: Capaian
    public var kategori8: String?
    public var kategori11: String?
    public var temuan: [Finding]
}

/// Evaluates T-C.29 rows (renja-spec §2.1 "Specification for a system", §2.12).
public enum EvaluasiTC29 {
    /// Computes columns 8, 10 and 11 and checks the row: units, target 0, spreadsheet literals, printed values
    /// against the formulas, percentages or stocks summed across years, implausible achievements.
    public static func evaluate(_ asli: BarisTC29, aturan: AturanPemda = .standar) -> HasilTC29 {
        let ind = asli.indikator
        var temuan: [Finding] = []

        // Printed input cells where the clean value is absent (imported rows, domain decision 10): a value in
        // another unit stands in its column (it can never be computed with; the unit check reports it); one in
        // the indicator's unit is not used, only checked for range below.
        var baris = asli
        var hanyaDicetak: [Int: Besaran] = [:]
        for k in BarisTC29.kolomMasukan where asli[kolom: k] == nil {
            guard let p = asli.dicetakMasukan[k] else { continue }
            if ind.alasanSatuan(p) != nil { baris[kolom: k] = p } else { hanyaDicetak[k] = p }
        }

        // Units: every input column must be in the indicator's unit (renja-spec §3.5 rule 2).
        for k in BarisTC29.kolomMasukan {
            guard let b = baris[kolom: k], let a = ind.alasanSatuan(b), case .satuanBerbeda(let d, let t) = a else { continue }
            temuan.append(
                Finding(
                    .satuanBerbeda, lokasi: "\(baris.lokasi) kolom \(k)",
                    pesan: "Nilai kolom \(k) bersatuan \"\(t)\", padahal indikator \"\(ind.nama)\" bersatuan \"\(d)\".",
                    dicetak: Tampilan.besaran(b, presisi: ind.presisi), dihitung: nil))
        }
        // Percent range (renja-spec §3.5 rule 3): a percentage indicator's value outside 0–100, clean or printed.
        if ind.ukuran == .persentase && !ind.bolehLebihDari100 {
            for k in BarisTC29.kolomMasukan {
                guard let b = baris[kolom: k] ?? hanyaDicetak[k], ind.alasanSatuan(b) == nil,
                    let v = try? ind.angka(b).get(), v < 0 || v > 100
                else { continue }
                temuan.append(
                    Finding(
                        .persenDiLuarRentang, lokasi: "\(baris.lokasi) kolom \(k)",
                        pesan: "Persentase \"\(ind.nama)\" di luar 0–100 pada kolom \(k); nilai ini tampaknya jumlah, bukan persentase.",
                        dicetak: Tampilan.besaran(b, presisi: ind.presisi), dihitung: nil))
            }
        }

        let k8 = ind.capaian(target: baris.kolom6, realisasi: baris.kolom7, rumusTurun: aturan.rumusTurun)
        let k10 = ind.gabungkan([baris.kolom5, baris.kolom7, baris.kolom9])
        let k11: Capaian
        switch k10 {
        case .nilai(let b): k11 = ind.capaian(target: baris.kolom4, realisasi: b, rumusTurun: aturan.rumusTurun)
        case .tidakDapatDihitung(let a): k11 = .tidakDapatDihitung(a)
        }

        if k8.alasan == .targetNol {
            temuan.append(
                Finding(
                    .targetNol, lokasi: "\(baris.lokasi) kolom 8",
                    pesan: "Target tahun lalu (kolom 6) nol: tingkat realisasi tidak dapat dihitung.",
                    dicetak: baris.dicetak8, dihitung: k8.teks()))
        }

        // Printed cells: literals, then formulas.
        for (k, teks) in [(8, baris.dicetak8), (10, baris.dicetak10), (11, baris.dicetak11)] {
            guard let teks, let lit = NilaiDicetak.galatSpreadsheet(teks) else { continue }
            temuan.append(
                Finding(
                    .galatSpreadsheet, lokasi: "\(baris.lokasi) kolom \(k)",
                    pesan: "Sel kolom \(k) berisi literal galat spreadsheet \(lit).", dicetak: teks,
                    dihitung: k == 8 ? k8.teks() : (k == 10 ? teksAgregat(k10, ind) : k11.teks())))
        }
        temuan += AturanRumus.periksa(baris.dicetak8, k8, lokasi: "\(baris.lokasi) kolom 8", rumus: "7/6 × 100")
        temuan += periksaKolom10(baris, k10, dicetak: hanyaDicetak)
        temuan += AturanRumus.periksa(baris.dicetak11, k11, lokasi: "\(baris.lokasi) kolom 11", rumus: "10/4 × 100")

        // Plausibility.
        for (k, c) in [(8, k8), (11, k11)] {
            if let v = c.angka, v > 300 {
                temuan.append(
                    Finding(
                        .capaianTidakWajar, lokasi: "\(baris.lokasi) kolom \(k)",
                        pesan: "Capaian kolom \(k) melebihi 300 %: periksa target dan jenis agregasi indikator.",
                        dicetak: k == 8 ? baris.dicetak8 : baris.dicetak11, dihitung: c.teks()))
            }
        }
        if ind.agregasi == .kumulatif, let k4 = baris.kolom4, ind.alasanSatuan(k4) == nil, let t4 = try? ind.angka(k4).get() {
            for (k, b) in [(6, baris.kolom6), (9, baris.kolom9)] {
                guard let b, ind.alasanSatuan(b) == nil, let v = try? ind.angka(b).get(), v > t4, t4 > 0 else { continue }
                temuan.append(
                    Finding(
                        .targetMelampauiRenstra, lokasi: "\(baris.lokasi) kolom \(k)",
                        pesan: "Target tahunan kolom \(k) melampaui target akhir Renstra (kolom 4).",
                        dicetak: Tampilan.besaran(b, presisi: ind.presisi),
                        dihitung: Tampilan.besaran(baris.kolom4!, presisi: ind.presisi)))
            }
        }

        return HasilTC29(
            kolom8: k8, kolom10: k10, kolom11: k11, kategori8: aturan.skala.kategori(k8),
            kategori11: aturan.skala.kategori(k11), temuan: temuan)
    }

    /// Evaluates many rows (one office's T-C.29).
    public static func evaluate(_ baris: [BarisTC29], aturan: AturanPemda = .standar) -> [HasilTC29] {
        baris.map { evaluate($0, aturan: aturan) }
    }

    static func teksAgregat(_ a: Agregat, _ ind: Indikator) -> String {
        switch a {
        case .nilai(let b): Tampilan.besaran(b, presisi: ind.presisi)
        case .tidakDapatDihitung(let al): "tidak dapat dihitung (\(al.pesan))"
        }
    }

    /// Printed column 10 against the aggregation rule; names the percentage or stock summed across years.
    /// - Parameter dicetak: printed input values that are not used (the clean value is absent); the document's
    ///   own 5 + 7 + 9 summed them.
    static func periksaKolom10(_ baris: BarisTC29, _ k10: Agregat, dicetak: [Int: Besaran] = [:]) -> [Finding] {
        let ind = baris.indikator
        guard let teks = baris.dicetak10, NilaiDicetak.galatSpreadsheet(teks) == nil, let p = NilaiDicetak(teks) else {
            return []
        }
        let lokasi = "\(baris.lokasi) kolom 10"
        let dihitung = teksAgregat(k10, ind)
        let nilai10 = k10.besaran.flatMap { try? ind.angka($0).get() }
        if let nilai10, p.cocok(nilai10) { return [] }

        // The naive 5 + 7 + 9 sum of whatever numbers were printed, units ignored (what the seeds did).
        let angka = [5, 7, 9].compactMap { k in (baris[kolom: k] ?? dicetak[k]).flatMap { try? $0.nilai.angka.get() } }
        let jumlah = angka.reduce(Decimal(0), +)
        let dijumlah = angka.count > 1 && (p.cocok(jumlah) || p.cocokRasio(jumlah))
        if dijumlah && (ind.ukuran == .persentase || ind.agregasi == .persentase) {
            return [
                Finding(
                    .persenDijumlahkan, lokasi: lokasi,
                    pesan:
                        "Persentase dijumlahkan antartahun (5 + 7 + 9); persentase memakai nilai terakhir atau Σ pembilang / Σ penyebut.",
                    dicetak: teks, dihitung: dihitung)
            ]
        }
        if dijumlah && (ind.agregasi == .stok || ind.agregasi == .tahunanBerulang) {
            return [
                Finding(
                    .nonKumulatifDijumlahkan, lokasi: lokasi,
                    pesan:
                        "Indikator \(ind.agregasi == .stok ? "stok/posisi akhir" : "tahunan berulang") dijumlahkan antartahun; yang berlaku nilai terakhir.",
                    dicetak: teks, dihitung: dihitung)
            ]
        }
        if k10.besaran == nil {
            // A number printed where the aggregate is undefined (inputs absent or in another unit), as columns 8
            // and 11 report it.
            return [
                Finding(
                    .rumusKolom, lokasi: lokasi,
                    pesan: "Dicetak sebagai angka padahal tidak dapat dihitung (\(ind.agregasi == .kumulatif ? "5 + 7 + 9" : "nilai terakhir")).",
                    dicetak: teks, dihitung: dihitung)
            ]
        }
        return [
            Finding(
                .rumusKolom, lokasi: lokasi,
                pesan: ind.agregasi == .kumulatif
                    ? "Kolom 10 tidak sesuai rumus 5 + 7 + 9." : "Kolom 10 tidak sesuai nilai terakhir.",
                dicetak: teks, dihitung: dihitung)
        ]
    }
}
