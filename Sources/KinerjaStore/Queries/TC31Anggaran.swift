import Foundation
import KinerjaCore

/// The T-C.31 budget table for the roll-up check (R01), a tree of its own beside the Renja's: the Ranwal RKPD pagu
/// and the office's analysis pagu of every sub-kegiatan, and the totals T-C.31 printed on its program and kegiatan
/// rows. A printed total that is not the Σ of its sub-kegiatan is a finding (renja-spec §6.2 #22, #24,
/// #25: 000:L284 prints 68.601.098 over sub-kegiatan summing to 21.028.880).
enum TC31Anggaran {
    static let kolomPrinted: [String: KolomAnggaran] = [
        "pagu_ranwal_dicetak": .paguRanwal, "pagu_analisis_dicetak": .kebutuhan, "kebutuhan_dana_dicetak": .kebutuhan,
    ]

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
        // Parent totals as printed; a repeated block (000:L344 repeats 1.06.05 of 000:L330) is a duplicate code
        // (R05 on the printed codes), its totals are not summed twice: the first printed row counts, as loaded.
        let tabel = "tc31-\(n).csv"
        let cells = printed.filter { $0.tabel == tabel }.sorted { nomorBaris($0.rujukan) < nomorBaris($1.rujukan) }
        var pertama: [KodeNomenklatur: String] = [:]
        for p in cells {
            guard let kolom = kolomPrinted[p.kolom], let teks = p.kode, let kode = try? KodeNomenklatur(teks),
                kode.level != .subKegiatan
            else { continue }
            if let first = pertama[kode], first != p.rujukan { continue }
            pertama[kode] = p.rujukan
            guard let v = p.nilaiE4, v % Kuantitas.skala == 0 else { continue }
            var line = pos[kode] ?? PosAnggaran(kode: kode, uraian: nama[teks] ?? "", lokasi: p.rujukan, nilai: [:])
            line.nilai[kolom] = Rupiah(v / Kuantitas.skala)
            pos[kode] = line
        }
        // A tree of its own: T-C.31's sub-kegiatan are the Ranwal's, not the Renja's.
        let tabelPos = pos.sorted(by: { $0.key < $1.key }).map(\.value)
        if !tabelPos.isEmpty { dok.anggaranTabel.append(tabelPos) }
    }

    /// The office's analysis pagu of each sub-kegiatan, to be compared with the same document's rumusan table (R31,
    /// 000:L309 12.480.000 vs 000:L492 13.089.000). The Ranwal column is the RKPD's draft and may differ by design.
    static func paguAnalisis(review: [ReviewRanwalModel], printed: [NilaiTercetakModel], tahun n: Int) -> [PaguTercatat] {
        let tabel = "tc31-\(n).csv"
        var baris: [String: String] = [:]
        for p in printed where p.tabel == tabel {
            guard let k = p.kode else { continue }
            if let ada = baris[k], nomorBaris(ada) <= nomorBaris(p.rujukan) { continue }
            baris[k] = p.rujukan
        }
        return review.compactMap { r in
            guard let v = r.analisisPagu else { return nil }
            let k = r.nomenklatur.kode
            return PaguTercatat(kunci: k, tabel: "T-C.31", lokasi: baris[k] ?? "T-C.31 \(k)", pagu: Rupiah(v))
        }.sorted { nomorBaris($0.lokasi) < nomorBaris($1.lokasi) }
    }

    /// "000:L284" → 284 (seed line order; a plain string sort puts L1000 before L999).
    static func nomorBaris(_ rujukan: String) -> Int {
        rujukan.split(separator: "L").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? Int.max
    }
}
