import Foundation
import KinerjaCore

/// What the checks read from T-C.31 beyond its targets: the budget table for the roll-up check (R01), a tree of its
/// own beside the Renja's (the Ranwal RKPD pagu and the office's analysis pagu of every sub-kegiatan, and the totals
/// T-C.31 printed on its program and kegiatan rows: 000:L284 prints 68.601.098 over sub-kegiatan summing to
/// 21.028.880, renja-spec §6.2 #22, #24, #25), and its analysis pagu beside the rumusan table's (R31).
enum TC31Anggaran {
    static let kolomPrinted: [String: KolomAnggaran] = [
        "pagu_ranwal_dicetak": .paguRanwal, "pagu_analisis_dicetak": .kebutuhan, "kebutuhan_dana_dicetak": .kebutuhan,
    ]

    /// The printed cells of `tc31-<n>.csv` of each code's first printed row. A repeated block (000:L344 repeats
    /// 1.06.05 of 000:L330) is a duplicate code (R05 on the printed codes); as on load, its first row counts.
    static func barisPertama(_ printed: [NilaiTercetakModel], tahun n: Int) -> [NilaiTercetakModel] {
        let cells = printed.filter { $0.tabel == "tc31-\(n).csv" && $0.kode != nil }
        var pertama: [String: (baris: Int, rujukan: String)] = [:]
        for p in cells {
            let b = RujukanSeed.baris(p.rujukan) ?? .max
            if let k = p.kode, pertama[k].map({ b < $0.baris }) ?? true { pertama[k] = (b, p.rujukan) }
        }
        return cells.filter { pertama[$0.kode ?? ""]?.rujukan == $0.rujukan }
    }

    /// - Parameters:
    ///   - review: the stored T-C.31 rows (one per code, as loaded).
    ///   - printed: the office's printed cells; those of `tc31-<n>.csv` are read.
    static func gabung(ke dok: inout DokumenPeriksa, review: [ReviewRanwalModel], printed: [NilaiTercetakModel], tahun n: Int) {
        var pos: [KodeNomenklatur: PosAnggaran] = [:]
        let nama = Dictionary(review.map { ($0.nomenklatur.kode, $0.nomenklatur.nama) }, uniquingKeysWith: { a, _ in a })
        for r in review {
            guard let kode = try? KodeNomenklatur(r.nomenklatur.kode), kode.level == .subKegiatan else { continue }
            var nilai: [KolomAnggaran: Rupiah] = [:]
            if let v = r.rkpdPagu { nilai[.paguRanwal] = Rupiah(v) }
            if let v = r.analisisPagu { nilai[.kebutuhan] = Rupiah(v) }
            pos[kode] = PosAnggaran(kode: kode, uraian: r.nomenklatur.nama, nilai: nilai)
        }
        // Parent totals as printed.
        for p in barisPertama(printed, tahun: n) {
            guard let kolom = kolomPrinted[p.kolom], let teks = p.kode, let kode = try? KodeNomenklatur(teks), kode.level != .subKegiatan,
                let v = p.rupiah
            else { continue }
            pos[kode, default: PosAnggaran(kode: kode, uraian: nama[teks] ?? "", lokasi: p.rujukan, nilai: [:])].nilai[kolom] = v
        }
        // A tree of its own: T-C.31's sub-kegiatan are the Ranwal's, not the Renja's.
        let tabelPos = pos.sorted(by: { $0.key < $1.key }).map(\.value)
        if !tabelPos.isEmpty { dok.anggaranTabel.append(tabelPos) }
    }

    /// The office's analysis pagu of each sub-kegiatan, to be compared with the same document's rumusan table (R31,
    /// 000:L309 12.480.000 vs 000:L492 13.089.000). The Ranwal column is the RKPD's draft and may differ by design.
    static func paguAnalisis(review: [ReviewRanwalModel], printed: [NilaiTercetakModel], tahun n: Int) -> [PaguTercatat] {
        let baris = Dictionary(barisPertama(printed, tahun: n).map { ($0.kode ?? "", $0.rujukan) }, uniquingKeysWith: { a, _ in a })
        return review.compactMap { r in
            guard let v = r.analisisPagu else { return nil }
            let k = r.nomenklatur.kode
            return PaguTercatat(kunci: k, tabel: "T-C.31", lokasi: baris[k] ?? "T-C.31 \(k)", pagu: Rupiah(v))
        }.sorted { (RujukanSeed.baris($0.lokasi) ?? .max) < (RujukanSeed.baris($1.lokasi) ?? .max) }
    }
}
