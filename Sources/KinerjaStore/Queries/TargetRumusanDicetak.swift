import Foundation
import KinerjaCore

/// The rumusan table's printed targets that name a unit (000:L525 "6 org" for a *Jumlah Dokumen* indicator,
/// 000:L532 "160 kk" for a count of persons): each becomes a value of the line's indicator in the unit the cell
/// prints, so R02 says where the unit contradicts the indicator. The transcription leaves such a clean target
/// empty (the number is not the indicator's), so only the printed cell can show it.
///
/// A table that prints the unit in a SATUAN column of its own (Luwu Tabel 4.2, 001:L1392 "20 | Sertifikat" for a count
/// of families) is read the same way: the year-n target with that column's unit.
enum TargetRumusanDicetak {
    static let kolom = ["target_dicetak", "target_n1_dicetak"]
    /// The printed SATUAN column (text, not a value: never a cell for R11/R21/R22).
    static let kolomSatuan = "satuan_dicetak"

    /// - Parameters:
    ///   - baris: the Renja's lines (their targets carry the indicator and its unit).
    ///   - printed: printed cells of `tabel` (the Renja version's transcribed file).
    static func nilai(baris: [RenjaBaris], printed: [NilaiTercetakModel], tabel: String, kamus: KamusSatuan) -> [NilaiTercatat] {
        let perKode = Dictionary(baris.compactMap { b in b.targets.first.map { (b.kode.description, $0) } }, uniquingKeysWith: { a, _ in a })
        let satuan = Dictionary(
            printed.filter { $0.tabel == tabel && $0.kolom == kolomSatuan }.map { ("\($0.rujukan)|\($0.kode ?? "")", $0.teks) }, uniquingKeysWith: { a, _ in a })
        var out: [NilaiTercatat] = []
        for p in printed where p.tabel == tabel && kolom.contains(p.kolom) {
            var teks = p.teks
            if p.kolom == "target_dicetak", let s = satuan["\(p.rujukan)|\(p.kode ?? "")"], AngkaDicetak.satuAngka(teks)?.1.isEmpty == true { teks += " " + s }
            // A bare number is the indicator's by definition: only a cell that names a unit can contradict it.
            // A PK budget line printed under another parent is kept as "<code>|<printed parent>".
            guard let kode = p.kodeUtama, let t = perKode[kode], let v = kamus.besaran(teks, bawaan: nil) else { continue }
            // R02 reads only the indicator's unit; aggregation and measure do not matter here.
            let indikator = Indikator(id: kode, nama: t.indikator, satuan: Satuan(t.satuanIndikator), agregasi: .kumulatif, ukuran: .jumlah)
            out.append(NilaiTercatat(lokasi: "\(p.rujukan) \(p.kolom)", indikator: indikator, besaran: v))
        }
        return out.sorted { $0.lokasi < $1.lokasi }
    }
}
