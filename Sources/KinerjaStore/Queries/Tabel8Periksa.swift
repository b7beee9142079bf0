import Foundation
import KinerjaCore

/// What the checks read from a second rumusan table kept as printed (Tarakan's Tabel 8, `Tabel8Loader`): its
/// targets of year n beside the Renja's (R06) and, on sub-kegiatan, target 0 beside a pagu (R04, 003:L930).
enum Tabel8Periksa {
    /// - Parameters:
    ///   - baris: the Renja's lines; a bare printed number is read in the unit of the same line's indicator.
    static func tambahkan(
        ke dok: inout DokumenPeriksa, printed: [NilaiTercetakModel], baris: [RenjaBaris], tahun n: Int, kamus: KamusSatuan
    ) {
        let tabel = "\(Tabel8Loader.awalan)\(n).csv"
        let cells = printed.filter { $0.tabel == tabel }
        guard !cells.isEmpty else { return }
        let satuan = Dictionary(baris.compactMap { b in b.targets.first.map { (b.kode.description, Satuan($0.satuan)) } }, uniquingKeysWith: { a, _ in a })
        let uraian = Dictionary(baris.map { ($0.kode.description, $0.uraian) }, uniquingKeysWith: { a, _ in a })
        var perBaris: [String: [String: NilaiTercetakModel]] = [:]
        for p in cells { perBaris[p.rujukan, default: [:]][p.kolom] = p }
        for (rujukan, kolom) in perBaris.sorted(by: { (RujukanSeed.baris($0.key) ?? .max) < (RujukanSeed.baris($1.key) ?? .max) }) {
            guard let teksKode = kolom.values.first?.kode, let kode = try? KodeNomenklatur(teksKode) else { continue }
            let target = kolom["target_dicetak"].flatMap { kamus.besaran($0.teks, bawaan: satuan[teksKode]) }
            if let target {
                dok.targetAntartabel.append(TargetTercatat(kunci: teksKode, tahun: n, tabel: "Tabel 8", lokasi: rujukan, target: target))
            }
            guard kode.level == .subKegiatan, let pagu = kolom["pagu_dicetak"]?.rupiah else { continue }
            dok.targetBerpagu.append(TargetBerpagu(lokasi: rujukan, uraian: uraian[teksKode] ?? teksKode, target: target, pagu: pagu))
        }
    }
}
