import Foundation
import KinerjaCore

/// The rumusan table's printed targets that name a unit (000:L525 "6 org" for a *Jumlah Dokumen* indicator,
/// 000:L532 "160 kk" for a count of persons): each becomes a value of the line's indicator in the unit the cell
/// prints, so R02 says where the unit contradicts the indicator. The transcription leaves such a clean target
/// empty (the number is not the indicator's), so only the printed cell can show it.
enum TargetRumusanDicetak {
    static let kolom = ["target_dicetak", "target_n1_dicetak"]

    /// - Parameters:
    ///   - baris: the Renja's lines (their targets carry the indicator and its unit).
    ///   - printed: printed cells of `tabel` (the Renja version's transcribed file).
    static func nilai(baris: [RenjaBaris], printed: [NilaiTercetakModel], tabel: String, kamus: KamusSatuan) -> [NilaiTercatat] {
        let perKode = Dictionary(baris.compactMap { b in b.targets.first.map { (b.kode.description, $0) } }, uniquingKeysWith: { a, _ in a })
        var out: [NilaiTercatat] = []
        for p in printed where p.tabel == tabel && kolom.contains(p.kolom) {
            // A bare number is the indicator's by definition: only a cell that names a unit can contradict it.
            guard let kode = p.kode, let t = perKode[kode], let v = kamus.besaran(p.teks, bawaan: nil) else { continue }
            // R02 reads only the indicator's unit; aggregation and measure do not matter here.
            let indikator = Indikator(id: kode, nama: t.indikator, satuan: Satuan(t.satuanIndikator), agregasi: .kumulatif, ukuran: .jumlah)
            out.append(NilaiTercatat(lokasi: "\(p.rujukan) \(p.kolom)", indikator: indikator, besaran: v))
        }
        return out.sorted { $0.lokasi < $1.lokasi }
    }
}
