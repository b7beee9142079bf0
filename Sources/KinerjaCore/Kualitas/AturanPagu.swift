import Foundation

/// The same sub-kegiatan's pagu as one document prints it in two tables (renja-spec §6.2 #23: Fasilitasi
/// Kunjungan Tamu 12.480.000 in the T-C.31 analysis, 000:L309, and 13.089.000 in the rumusan table, 000:L492).
/// One fact has one value: Kinerja stores it once and renders it in every table.
public struct PaguTercatat: Hashable, Sendable {
    /// The line's identity in both tables (its nomenclature code).
    public var kunci: String
    public var tabel: String
    public var lokasi: String
    public var pagu: Rupiah
    public init(kunci: String, tabel: String, lokasi: String, pagu: Rupiah) {
        self.kunci = kunci
        self.tabel = tabel
        self.lokasi = lokasi
        self.pagu = pagu
    }
}

enum AturanPagu {
    /// R31: every table's pagu of a line against the first table's (input order: the rumusan table first).
    static func antartabel(_ rows: [PaguTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: \.kunci, berbeda: { $0.tabel != $1.tabel && $0.pagu != $1.pagu }) { other, first in
            Finding(
                .paguBerbedaAntartabel, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "Pagu \(other.kunci) berbeda antara \(first.tabel) dan \(other.tabel) dalam dokumen yang sama.",
                dicetak: Rupiah.grouped(other.pagu.rawValue), dihitung: Rupiah.grouped(first.pagu.rawValue))
        }
    }

    /// R42: a line printed with the same pagu as the line of its level above it (renja-spec §6.2 #32:
    /// 000:L297-298 6.911.520 twice, 001:L494/L513 6.510.000; lakip-spec §8 #44: 004:L979 repeats L976's
    /// 1,592,899,227). Round millions are left alone: a ceiling of Rp 20.000.000 per line is a planning choice, an
    /// exact 6.911.520 on the next line is a copied cell. A parent with one child must equal it: that is R01's.
    /// `rows` are one table column's lines in printed order (`tabel` names table and column).
    static let kelipatanBulat: Int64 = 1_000_000

    static func kembar(_ rows: [PaguTercatat]) -> [Finding] {
        // The line above of the same level: a kegiatan's sub-kegiatan rows sit between two kegiatan rows.
        var sebelumnya: [String: PaguTercatat] = [:]
        var out: [Finding] = []
        for b in rows {
            let kunci = "\(b.tabel)|\(b.kunci.split(separator: ".").count)"
            defer { sebelumnya[kunci] = b }
            guard let a = sebelumnya[kunci], a.kunci != b.kunci, a.pagu == b.pagu, a.pagu.rawValue > 0, a.pagu.rawValue % kelipatanBulat != 0 else { continue }
            out.append(
                Finding(
                    .paguKembar, lokasi: "\(b.lokasi) vs \(a.lokasi)",
                    pesan: "\(b.kunci) dicetak dengan pagu yang sama persis dengan baris setingkat sebelumnya \(a.kunci) (\(a.tabel)); periksa apakah sel tersalin.",
                    dicetak: Rupiah.grouped(b.pagu.rawValue), dihitung: nil))
        }
        return out
    }

    /// R43: a Renja Perubahan line whose pagu (or other content) changed without a reason (renja-spec §5.6: Luwu's
    /// Tabel 4.1 gives 34 lines other budgets than chapter 2.1 and no line says why). Adopting a Perubahan in Kinerja
    /// needs a reason per changed line (`PerbandinganRenja.tanpaAlasan`); an imported one is held to the same rule
    /// for its money: pagu raised, lowered, a line added or removed. A line whose other attributes changed is left
    /// to adoption, because an original rebuilt from a narrative (Luwu's chapter 2.1) knows only the pagu.
    static func tanpaAlasan(_ rows: [(lokasi: String, baris: PerbandinganRenja.Baris)]) -> [Finding] {
        rows.filter { r in PerbandinganRenja.perluAlasan(r.baris) && r.baris.status != .berubah }.map { r in
            let b = r.baris
            let rp = { (v: Rupiah?) in v.map { Rupiah.grouped($0.rawValue) } ?? "—" }
            return Finding(
                .perubahanTanpaAlasan, lokasi: r.lokasi,
                pesan: "\(b.kode) \(b.uraian): \(b.status.nama.lowercased()) (pagu \(rp(b.sebelum)) → \(rp(b.sesudah))) tanpa alasan perubahan.",
                dicetak: rp(b.sesudah), dihitung: nil)
        }
    }
}
