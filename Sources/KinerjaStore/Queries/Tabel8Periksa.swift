import Foundation
import KinerjaCore

/// What the checks read from a second rumusan table kept as printed (Tarakan's Tabel 8, `Tabel8Loader`): its
/// targets of year n beside the Renja's (R06) and, on sub-kegiatan, target 0 beside a pagu (R04, 003:L930).
enum Tabel8Periksa {
    /// - Parameters:
    ///   - baris: the Renja's lines; a bare printed number is read in the unit of the same line's indicator.
    ///   - kamus: unit codes and aliases → unit (`TC29Query.kamusSatuan`).
    static func tambahkan(
        ke dok: inout DokumenPeriksa, printed: [NilaiTercetakModel], baris: [RenjaBaris], tahun n: Int, kamus: [String: Satuan]
    ) {
        let tabel = "\(Tabel8Loader.awalan)\(n).csv"
        let cells = printed.filter { $0.tabel == tabel }
        guard !cells.isEmpty else { return }
        let satuan = Dictionary(baris.compactMap { b in b.targets.first.map { (b.kode.description, Satuan($0.satuan)) } }, uniquingKeysWith: { a, _ in a })
        let uraian = Dictionary(baris.map { ($0.kode.description, $0.uraian) }, uniquingKeysWith: { a, _ in a })
        var perBaris: [String: [String: NilaiTercetakModel]] = [:]
        for p in cells { perBaris[p.rujukan, default: [:]][p.kolom] = p }
        for (rujukan, kolom) in perBaris.sorted(by: { TC31Anggaran.nomorBaris($0.key) < TC31Anggaran.nomorBaris($1.key) }) {
            guard let teksKode = kolom.values.first?.kode, let kode = try? KodeNomenklatur(teksKode) else { continue }
            var target: Besaran?
            if let t = kolom["target_dicetak"], let (angka, sisa) = TC29Query.satuSatuAngka(t.teks) {
                let s = sisa.isEmpty ? satuan[teksKode] : (kamus[sisa.lowercased()] ?? Satuan(sisa))
                target = s.map { Besaran(angka, $0) }
            }
            if let target {
                dok.targetAntartabel.append(TargetTercatat(kunci: teksKode, tahun: n, tabel: "Tabel 8", lokasi: rujukan, target: target))
            }
            guard kode.level == .subKegiatan, let v = kolom["pagu_dicetak"]?.nilaiE4, v % Kuantitas.skala == 0 else { continue }
            dok.targetBerpagu.append(
                TargetBerpagu(lokasi: rujukan, uraian: uraian[teksKode] ?? teksKode, target: target, pagu: Rupiah(v / Kuantitas.skala)))
        }
    }
}
