import Foundation
import KinerjaCore

/// The Renja *rumusan* table: "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun n dan Prakiraan Maju
/// Tahun n+1" (Permendagri 86/2017). One row per Renja line, one continuation row per further indicator;
/// program and kegiatan pagu are the totals `PohonRenja` computed, printed bold, with a grand total at the end.
///
/// Targets are split into a number column and a unit column under the regulation's one numbered column, so
/// the number is a real number in the spreadsheet; both share the column number in the number row.
public enum TabelRumusan {
    public static let id = "rumusan-renja"

    public static func buat(
        pohon: PohonRenja, tahun: Int, perangkatDaerah: String? = nil
    ) -> TabelDokumen {
        let th = TahunRencana(tahun)
        let kolom: [Kolom] = [
            Kolom(id: "kode", judul: "Kode", nomor: "1", lebar: 18),
            Kolom(
                id: "uraian", judul: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", nomor: "2", lebar: 38,
                berjenjang: true),
            Kolom(id: "indikator", judul: "Indikator Kinerja Program/Kegiatan", nomor: "3", lebar: 32),
            Kolom(id: "lokasi", judul: "Lokasi", nomor: "4", lebar: 14),
            Kolom(id: "target", judul: "Target", nomor: "5", format: .desimal(presisi: 0), lebar: 10),
            Kolom(id: "satuan_target", judul: "Satuan", nomor: "5", lebar: 11),
            Kolom(id: "pagu", judul: "Kebutuhan Dana/Pagu Indikatif (Rp)", nomor: "6", format: .rupiah),
            Kolom(id: "sumber_dana", judul: "Sumber Dana", nomor: "7", lebar: 12),
            Kolom(id: "catatan", judul: "Catatan Penting", nomor: "8", lebar: 16),
            Kolom(id: "target_n1", judul: "Target", nomor: "9", format: .desimal(presisi: 0), lebar: 10),
            Kolom(id: "satuan_target_n1", judul: "Satuan", nomor: "9", lebar: 11),
            Kolom(id: "pagu_n1", judul: "Kebutuhan Dana/Pagu Indikatif (Rp)", nomor: "10", format: .rupiah),
        ]
        let header: [[SelHeader]] = [
            [
                SelHeader("Kode", rowspan: 3),
                SelHeader("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", rowspan: 3),
                SelHeader("Indikator Kinerja Program/Kegiatan", rowspan: 3),
                SelHeader("Rencana Tahun \(th.n)", colspan: 5),
                SelHeader("Catatan Penting", rowspan: 3),
                SelHeader("Prakiraan Maju Rencana Tahun \(th.prakiraanMaju)", colspan: 3),
            ],
            [
                SelHeader("Lokasi", rowspan: 2),
                SelHeader("Target Capaian Kinerja", colspan: 2),
                SelHeader("Kebutuhan Dana/Pagu Indikatif (Rp)", rowspan: 2),
                SelHeader("Sumber Dana", rowspan: 2),
                SelHeader("Target Capaian Kinerja", colspan: 2),
                SelHeader("Kebutuhan Dana/Pagu Indikatif (Rp)", rowspan: 2),
            ],
            [SelHeader("Angka"), SelHeader("Satuan"), SelHeader("Angka"), SelHeader("Satuan")],
        ]

        var rows: [BarisTabel] = []
        for (_, simpul) in pohon.urutan {
            rows += barisSimpul(simpul, tahun: th)
        }
        rows.append(
            BarisTabel(
                [
                    .kosong, .teks("JUMLAH"), .kosong, .kosong, .kosong, .kosong, .rupiah(pohon.totalPagu.rawValue),
                    .kosong, .kosong, .kosong, .kosong, .rupiah(pohon.totalPaguN1.rawValue),
                ], level: 0, tebal: true))

        return TabelDokumen(
            id: id,
            judul: "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun \(th.n) dan Prakiraan Maju Tahun \(th.prakiraanMaju)",
            subjudul: perangkatDaerah, kolom: kolom, header: header, baris: rows,
            catatan: [
                "Pagu program dan kegiatan adalah jumlah pagu sub kegiatan di bawahnya (dihitung oleh Kinerja)."
            ], lanskap: true)
    }

    /// Level in the printed hierarchy: program 0, kegiatan 1, sub-kegiatan 2 (urusan/bidang lines print as 0).
    static func level(_ kode: KodeNomenklatur) -> Int {
        switch kode.level {
        case .urusan, .bidang, .program: 0
        case .kegiatan: 1
        case .subKegiatan: 2
        }
    }

    static func barisSimpul(_ s: PohonRenja.Simpul, tahun th: TahunRencana) -> [BarisTabel] {
        let b = s.baris
        let isLeaf = b.kode.level == .subKegiatan
        let pagu: Sel = isLeaf ? .rupiah(b.pagu?.rawValue) : .rupiah(s.totalPagu.rawValue)
        let paguN1: Sel = isLeaf ? .rupiah(b.paguN1?.rawValue) : .rupiah(s.totalPaguN1.rawValue)
        let lvl = level(b.kode)
        let tebal = !isLeaf

        // One row per indicator, in the order first given; year n and n + 1 side by side.
        var urutan: [String] = []
        var perIndikator: [String: (n: TargetIndikator?, n1: TargetIndikator?)] = [:]
        for t in b.targets {
            if perIndikator[t.indikator] == nil {
                urutan.append(t.indikator)
                perIndikator[t.indikator] = (nil, nil)
            }
            if t.tahun == th.n { perIndikator[t.indikator, default: (nil, nil)].n = t }
            if t.tahun == th.prakiraanMaju { perIndikator[t.indikator, default: (nil, nil)].n1 = t }
        }
        if urutan.isEmpty { urutan = [""] }

        return urutan.enumerated().map { i, nama in
            let t = perIndikator[nama]
            let first = i == 0
            return BarisTabel(
                [
                    first ? .teks(b.kode.description) : .kosong,
                    first ? .teks(b.uraian) : .kosong,
                    nama.isEmpty ? .kosong : .teks(nama),
                    first ? teks(b.lokasi) : .kosong,
                    angka(t?.n), satuan(t?.n),
                    first ? pagu : .kosong,
                    first ? teks(b.sumberDana) : .kosong,
                    first ? teks(b.catatan) : .kosong,
                    angka(t?.n1), satuan(t?.n1),
                    first ? paguN1 : .kosong,
                ], level: lvl, tebal: tebal && first)
        }
    }

    static func teks(_ s: String?) -> Sel {
        guard let s, !s.isEmpty else { return .kosong }
        return .teks(s)
    }

    static func angka(_ t: TargetIndikator?) -> Sel {
        guard let t else { return .kosong }
        guard let k = t.nilai else { return .desimal(nil, presisi: 0) }
        return .desimal(k.decimal, presisi: k.presisiAlami)
    }

    static func satuan(_ t: TargetIndikator?) -> Sel {
        guard let t, !t.satuan.isEmpty else { return .kosong }
        return .teks(t.satuan)
    }
}
