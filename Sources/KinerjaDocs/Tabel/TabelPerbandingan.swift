import Foundation
import KinerjaCore

/// The Renja Perubahan comparison (domain decision 9; renja-spec §5.6): pagu before and after per line, the
/// difference, the status and the reason, with the totals of both versions.
public enum TabelPerbandingan {
    public static let id = "perbandingan-renja"

    public static func buat(_ p: PerbandinganRenja, tahun: Int? = nil, perangkatDaerah: String? = nil) -> TabelDokumen {
        let kolom: [Kolom] = [
            Kolom(id: "kode", judul: "Kode", nomor: "1", lebar: 18),
            Kolom(id: "uraian", judul: "Program/Kegiatan/Sub Kegiatan", nomor: "2", lebar: 40, berjenjang: true),
            Kolom(id: "sebelum", judul: "Sebelum Perubahan", nomor: "3", format: .rupiah),
            Kolom(id: "sesudah", judul: "Setelah Perubahan", nomor: "4", format: .rupiah),
            Kolom(id: "selisih", judul: "Bertambah/(Berkurang)", nomor: "5 = (4−3)", format: .rupiah),
            Kolom(id: "status", judul: "Status", nomor: "6", lebar: 11),
            Kolom(id: "alasan", judul: "Alasan Perubahan", nomor: "7", lebar: 32),
        ]
        let header: [[SelHeader]] = [
            [
                SelHeader("Kode", rowspan: 2), SelHeader(kolom[1].judul, rowspan: 2),
                SelHeader("Pagu Indikatif (Rp)", colspan: 3),
                SelHeader("Status", rowspan: 2), SelHeader("Alasan Perubahan", rowspan: 2),
            ],
            [SelHeader("Sebelum Perubahan"), SelHeader("Setelah Perubahan"), SelHeader("Bertambah/(Berkurang)")],
        ]
        var rows = p.baris.map { b -> BarisTabel in
            let lvl = TabelRumusan.level(b.kode)
            return BarisTabel(
                [
                    .teks(b.kode.description), .teks(b.uraian),
                    .rupiah(b.sebelum?.rawValue), .rupiah(b.sesudah?.rawValue), .rupiah(b.selisih.rawValue),
                    .teks(b.status.nama), b.alasan.map { .teks($0) } ?? .kosong,
                ], level: lvl, tebal: lvl < 2)
        }
        rows.append(
            BarisTabel(
                [
                    .kosong, .teks("JUMLAH"), .rupiah(p.totalSebelum.rawValue), .rupiah(p.totalSesudah.rawValue),
                    .rupiah((p.totalSesudah - p.totalSebelum).rawValue), .kosong, .kosong,
                ], tebal: true))
        var catatan = ["Pagu program dan kegiatan adalah jumlah pagu sub kegiatan di bawahnya."]
        if !p.tanpaAlasan.isEmpty {
            catatan.append("\(p.tanpaAlasan.count) sub kegiatan yang berubah belum diberi alasan.")
        }
        return TabelDokumen(
            id: id,
            judul: "Perbandingan Renja Sebelum dan Setelah Perubahan" + (tahun.map { " Tahun \($0)" } ?? ""),
            subjudul: perangkatDaerah, kolom: kolom, header: header, baris: rows, catatan: catatan, lanskap: true)
    }
}
