import Foundation
import KinerjaCore

/// T-C.29 *Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat
/// Daerah s/d Tahun n − 1* (renja-spec §2.1): columns 1–11 with the engine's columns 8, 10 and 11, the category of
/// column 11 on the report's scale, and the scale as a footnote. Year labels come from `TahunRencana`.
///
/// Each indicator's unit gets its own column beside the indicator (numbered 3 with it), so columns 4–10 hold
/// real numbers.
public enum TabelTC29 {
    public static let id = "tc29"

    public typealias Masukan = (kode: KodeNomenklatur?, uraian: String, baris: BarisTC29, hasil: HasilTC29)

    public static func buat(
        tahun: Int, baris: [Masukan], skala: SkalaPenilaian = .permendagri86, periodeRenstra: ClosedRange<Int>? = nil,
        perangkatDaerah: String? = nil
    ) -> TabelDokumen {
        let th = TahunRencana(tahun)
        func j(_ k: Int) -> String { th.judulKolomTC29(k, periodeRenstra: periodeRenstra) ?? "" }
        let kolom: [Kolom] = [
            Kolom(id: "kode", judul: "Kode", nomor: "1", lebar: 18),
            Kolom(
                id: "uraian", judul: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", nomor: "2", lebar: 34,
                berjenjang: true),
            Kolom(id: "indikator", judul: "Indikator Kinerja Program (outcome)/Kegiatan (output)", nomor: "3", lebar: 30),
            Kolom(id: "satuan", judul: "Satuan", nomor: "3", lebar: 10),
            Kolom(id: "k4", judul: j(4), nomor: "4", format: .desimal(presisi: 2)),
            Kolom(id: "k5", judul: j(5), nomor: "5", format: .desimal(presisi: 2)),
            Kolom(id: "k6", judul: j(6), nomor: "6", format: .desimal(presisi: 2)),
            Kolom(id: "k7", judul: j(7), nomor: "7", format: .desimal(presisi: 2)),
            Kolom(id: "k8", judul: j(8), nomor: "8 = (7/6)", format: .persen, lebar: 12),
            Kolom(id: "k9", judul: j(9), nomor: "9", format: .desimal(presisi: 2)),
            Kolom(id: "k10", judul: j(10), nomor: "10 = (5+7+9)", format: .desimal(presisi: 2), lebar: 13),
            Kolom(id: "k11", judul: j(11), nomor: "11 = (10/4)", format: .persen, lebar: 12),
            Kolom(id: "kategori", judul: "Kategori Capaian Renstra", nomor: "12", lebar: 13),
        ]
        let header: [[SelHeader]] = [
            [
                SelHeader("Kode", rowspan: 2),
                SelHeader(kolom[1].judul, rowspan: 2),
                SelHeader(kolom[2].judul, colspan: 2, rowspan: 2),
                SelHeader(j(4), rowspan: 2),
                SelHeader(j(5), rowspan: 2),
                SelHeader(
                    "Target dan Realisasi Kinerja Program dan Kegiatan Renja Perangkat Daerah Tahun Lalu (\(th.tahunLalu))",
                    colspan: 3),
                SelHeader(j(9), rowspan: 2),
                SelHeader(
                    "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan (\(th.tahunBerjalan))",
                    colspan: 2),
                SelHeader("Kategori Capaian Renstra", rowspan: 2),
            ],
            [SelHeader("Target Renja"), SelHeader("Realisasi Renja"), SelHeader(j(8)), SelHeader(j(10)), SelHeader(j(11))],
        ]

        let rows = baris.map { m -> BarisTabel in
            let ind = m.baris.indikator
            let lvl = m.kode.map(TabelRumusan.level) ?? 2
            return BarisTabel(
                [
                    m.kode.map { .teks($0.description) } ?? .kosong,
                    .teks(m.uraian),
                    .teks(ind.nama),
                    .teks(ind.satuan.rawValue),
                    .dari(m.baris.kolom4, ind), .dari(m.baris.kolom5, ind), .dari(m.baris.kolom6, ind), .dari(m.baris.kolom7, ind),
                    .dari(m.hasil.kolom8),
                    .dari(m.baris.kolom9, ind),
                    .dari(m.hasil.kolom10, ind),
                    .dari(m.hasil.kolom11),
                    m.hasil.kategori11.map { .teks($0) } ?? .kosong,
                ], level: lvl, tebal: lvl == 0, rujukan: m.baris.lokasi)
        }

        return TabelDokumen(
            id: id,
            judul:
                "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun \(th.tahunBerjalan)",
            subjudul: perangkatDaerah, kolom: kolom, header: header, baris: rows,
            catatan: [catatanSkala(skala), "Nilai kolom 8, 10 dan 11 dihitung oleh Kinerja dari kolom 4–7 dan 9."],
            lanskap: true)
    }

    /// "Kategori (Skala evaluasi Permendagri 86/2017): [0; 51) Sangat Rendah; [51; 66) Rendah; …".
    public static func catatanSkala(_ skala: SkalaPenilaian) -> String {
        "Kategori (\(skala.nama)): " + skala.pita.map { "\($0.notasi) \($0.kategori)" }.joined(separator: "; ")
    }
}
