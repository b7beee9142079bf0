import Foundation

/// Rules on the printed efficiency analysis: absorption and savings mixed under one label (R14), a verdict
/// without a budget (R15), a printed percentage that is neither (R12). See `AnalisisEfisiensi`.
public enum AturanEfisiensi {
    /// Which of the two measures a printed "persentase efisiensi" is.
    public enum Jenis: String, Sendable, Hashable {
        case serapan
        case penghematan
    }

    /// The measure a printed value is closest to, or nil when there is no budget to compare with.
    public static func jenis(_ row: EfisiensiTercatat) -> Jenis? {
        guard let teks = row.dicetak, let p = NilaiDicetak(teks),
            let s = Serapan.hitung(pagu: row.pagu, realisasi: row.realisasi).angka
        else { return nil }
        let h = 100 - s
        return abs(p.nilai - s) <= abs(p.nilai - h) ? .serapan : .penghematan
    }

    static func periksa(_ rows: [EfisiensiTercatat]) -> [Finding] {
        var out: [Finding] = []
        var kelas: [(EfisiensiTercatat, Jenis)] = []
        for row in rows {
            let serapan = Serapan.hitung(pagu: row.pagu, realisasi: row.realisasi)
            if let status = row.statusDicetak, serapan.angka == nil {
                out.append(
                    Finding(
                        .efisiensiTanpaAnggaran, lokasi: row.lokasi,
                        pesan: "\(row.uraian): dinilai \"\(status)\" padahal \(serapan.alasan?.pesan ?? "anggaran tidak ada").",
                        dicetak: status, dihitung: AnalisisEfisiensi.Status.tidakDapatDinilai.label))
            }
            guard let teks = row.dicetak, let p = NilaiDicetak(teks), let j = jenis(row), let s = serapan.angka else {
                continue
            }
            kelas.append((row, j))
            let dihitung = j == .serapan ? s : 100 - s
            if !p.cocok(dihitung) {
                out.append(
                    Finding(
                        .rumusKolom, lokasi: row.lokasi,
                        pesan:
                            "\(row.uraian): persentase tercetak tidak sesuai \(j == .serapan ? "serapan (realisasi/pagu × 100)" : "penghematan (100 − serapan)").",
                        dicetak: teks, dihitung: Capaian.nilai(dihitung).teks()))
            }
        }
        let serapanCount = kelas.filter { $0.1 == .serapan }.count
        let hematCount = kelas.count - serapanCount
        if serapanCount > 0 && hematCount > 0 {
            let minoritas: Jenis = hematCount <= serapanCount ? .penghematan : .serapan
            for (row, j) in kelas where j == minoritas {
                out.append(
                    Finding(
                        .efisiensiCampur, lokasi: row.lokasi,
                        pesan:
                            "\"Persentase efisiensi\" di sini adalah \(j == .serapan ? "serapan" : "penghematan (100 − serapan)"), sedangkan di \(serapanCount + hematCount - (j == .serapan ? serapanCount : hematCount)) tempat lain adalah \(j == .serapan ? "penghematan" : "serapan"); Kinerja memisahkan serapan dan penghematan.",
                        dicetak: row.dicetak, dihitung: j.rawValue))
            }
        }
        return out
    }
}
