import Foundation
import KinerjaCore

extension GrafikBatang {
    /// Pagu against realisation per program, in million rupiah (one axis for programs of very different size
    /// stays readable; the exact amounts are in the table beside it).
    public static func anggaranProgram(_ program: [(nama: String, pagu: Rupiah?, realisasi: Rupiah?)], tahun n: Int) -> GrafikBatang {
        func juta(_ r: Rupiah?) -> Decimal? { r.map { Decimal($0.rawValue) / 1_000_000 } }
        return GrafikBatang(
            judul: "Pagu dan Realisasi Anggaran per Program Tahun \(n) (juta Rp)", kategori: program.map(\.nama),
            seri: [Seri(nama: "Pagu", nilai: program.map { juta($0.pagu) }), Seri(nama: "Realisasi", nilai: program.map { juta($0.realisasi) })])
    }

    /// Cumulative budget absorption at the end of each quarter (Σ realisasi TW I…q ÷ pagu × 100) against the share of
    /// the year elapsed (25, 50, 75, 100 %), the yardstick of the early warning. A nil quarter (nothing entered yet)
    /// draws no bar: "t/d", not a repeat of the last total.
    public static func serapanTriwulan(pagu: Rupiah, realisasi tw: [Rupiah?], tahun n: Int) -> GrafikBatang {
        var kumulatif: [Decimal?] = []
        var jalan = Rupiah.zero
        for q in 0..<4 {
            guard q < tw.count, let v = tw[q] else { kumulatif.append(nil); continue }
            jalan += v
            kumulatif.append(Serapan.hitung(pagu: pagu, realisasi: jalan).nilaiTampil(presisi: 2))
        }
        return GrafikBatang(
            judul: "Serapan Anggaran Kumulatif per Triwulan Tahun \(n) (%)", kategori: ["TW I", "TW II", "TW III", "TW IV"],
            seri: [Seri(nama: "Porsi tahun berjalan", nilai: [25, 50, 75, 100]), Seri(nama: "Serapan kumulatif", nilai: kumulatif)], satuan: "%")
    }
}
