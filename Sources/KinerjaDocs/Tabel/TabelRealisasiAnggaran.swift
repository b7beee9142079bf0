import Foundation
import KinerjaCore

/// *Realisasi anggaran* of a year per program, kegiatan and sub-kegiatan (lakip-spec §3.6, the financial
/// accountability of BAB III): pagu, realisasi, serapan = (4/3) and sisa = (3 − 4). Only the lowest lines are input;
/// every program and kegiatan line above them and the total are `RollUp` sums, whatever a printed table said.
public enum TabelRealisasiAnggaran {
    public static let id = "realisasi-anggaran"

    /// Where the amounts come from, said under the table.
    public static func buat(tahun n: Int, pos: [PosAnggaran], sumber: String, perangkatDaerah: String? = nil) -> TabelDokumen {
        let kolom: [Kolom] = [
            Kolom(id: "kode", judul: "Kode", nomor: "1", lebar: 16),
            Kolom(id: "uraian", judul: "Program / Kegiatan / Sub Kegiatan", nomor: "2", lebar: 46, berjenjang: true),
            Kolom(id: "pagu", judul: "Pagu (Rp)", nomor: "3", format: .rupiah),
            Kolom(id: "realisasi", judul: "Realisasi (Rp)", nomor: "4", format: .rupiah),
            Kolom(id: "serapan", judul: "Serapan (%)", nomor: "5 = (4/3)", format: .persen),
            Kolom(id: "sisa", judul: "Sisa Anggaran (Rp)", nomor: "6 = (3-4)", format: .rupiah),
        ]
        let roll = RollUp(pos)
        let uraian = Dictionary(pos.map { ($0.kode, $0.uraian) }, uniquingKeysWith: { a, _ in a })
        let lokasi = Dictionary(pos.compactMap { p in p.lokasi.map { (p.kode, $0) } }, uniquingKeysWith: { a, _ in a })
        func sel(_ t: [KolomAnggaran: Rupiah]?) -> [Sel] {
            let p = t?[.pagu], r = t?[.realisasi]
            return [.rupiah(p?.rawValue), .rupiah(r?.rawValue), Sel.dari(Serapan.hitung(pagu: p, realisasi: r)),
                    .rupiah(p.map { ($0 - (r ?? .zero)).rawValue })]
        }
        // Program → kegiatan → sub-kegiatan, in code order; levels above program (urusan, bidang) are not lines.
        var rows = roll.total.keys.filter { $0.level >= .program }.sorted().map { k in
            BarisTabel([.teks(k.description), .teks(uraian[k] ?? "")] + sel(roll.total[k]),
                       level: k.level == .program ? 0 : k.level == .kegiatan ? 1 : 2, tebal: k.level == .program, rujukan: lokasi[k])
        }
        rows.append(BarisTabel([.kosong, .teks("JUMLAH")] + sel(roll.totalOPD), tebal: true))
        // A printed total that differs from its lines (R01) is said under the table: the table shows the sum.
        let beda = roll.temuan.filter { $0.ruleId == AturanKualitas.jumlahAnak.id }.map { f in
            "\(f.lokasi): tercetak \(f.dicetak ?? "–"), jumlah rincian \(f.dihitung ?? "–")."
        }
        return TabelDokumen(
            id: id, judul: "Realisasi Anggaran Tahun \(n)", subjudul: perangkatDaerah, kolom: kolom, baris: rows,
            catatan: ["Sumber: \(sumber). Jumlah program, kegiatan dan total dihitung oleh Kinerja dari rincian terbawah; serapan = realisasi ÷ pagu × 100."]
                + (beda.isEmpty ? [] : ["Jumlah tercetak yang tidak sama dengan rinciannya:"] + beda))
    }
}
