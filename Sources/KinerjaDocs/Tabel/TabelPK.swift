import Foundation
import KinerjaCore

/// *Perjanjian Kinerja* year n (lakip-spec §2.2, §2.5): the target of each IKU with its rencana aksi per quarter,
/// and the program budgets the PK commits, with their total.
public enum TabelPK {
    public static let id = "perjanjian-kinerja"
    public static let idAnggaran = "pk-anggaran"

    public struct Target: Sendable {
        public var sasaran: String?
        public var indikator: Indikator
        public var target: Besaran?
        public var rencanaAksi: [Besaran?]
        public var lokasi: String
        public init(sasaran: String?, indikator: Indikator, target: Besaran?, rencanaAksi: [Besaran?], lokasi: String) {
            self.sasaran = sasaran
            self.indikator = indikator
            self.target = target
            self.rencanaAksi = rencanaAksi
            self.lokasi = lokasi
        }
    }

    public static func buat(tahun n: Int, target: [Target], perangkatDaerah: String? = nil) -> TabelDokumen {
        var kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "sasaran", judul: "Sasaran Strategis", nomor: "2", lebar: 28),
            Kolom(id: "iku", judul: "Indikator Kinerja", nomor: "3", lebar: 32),
            Kolom(id: "satuan", judul: "Satuan", nomor: "3", lebar: 10),
            Kolom(id: "target", judul: "Target \(n)", nomor: "4", format: .desimal(presisi: 2)),
        ]
        kolom += ["I", "II", "III", "IV"].enumerated().map { i, tw in
            Kolom(id: "tw\(i + 1)", judul: "TW \(tw)", nomor: "\(5 + i)", format: .desimal(presisi: 2))
        }
        let header: [[SelHeader]] = [
            [SelHeader("No", rowspan: 2), SelHeader("Sasaran Strategis", rowspan: 2), SelHeader("Indikator Kinerja", colspan: 2, rowspan: 2),
             SelHeader("Target \(n)", rowspan: 2), SelHeader("Rencana Aksi (target triwulan)", colspan: 4)],
            [SelHeader("TW I"), SelHeader("TW II"), SelHeader("TW III"), SelHeader("TW IV")],
        ]
        let rows = target.enumerated().map { i, t in
            BarisTabel(
                [.teks("\(i + 1)"), t.sasaran.map(Sel.teks) ?? .kosong, .teks(t.indikator.nama), .teks(t.indikator.satuan.rawValue),
                 Sel.dari(t.target, t.indikator)]
                    + (0..<4).map { q in Sel.dari(q < t.rencanaAksi.count ? t.rencanaAksi[q] : nil, t.indikator) },
                rujukan: t.lokasi)
        }
        return TabelDokumen(id: id, judul: "Perjanjian Kinerja Tahun \(n)", subjudul: perangkatDaerah, kolom: kolom, header: header, baris: rows)
    }

    public static func buatAnggaran(tahun n: Int, anggaran: [(kode: KodeNomenklatur, uraian: String, pagu: Rupiah, sumberDana: String?)], perangkatDaerah: String? = nil) -> TabelDokumen {
        let kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "kode", judul: "Kode", nomor: "2", lebar: 14),
            Kolom(id: "program", judul: "Program", nomor: "3", lebar: 44),
            Kolom(id: "anggaran", judul: "Anggaran (Rp)", nomor: "4", format: .rupiah),
            Kolom(id: "sumber_dana", judul: "Sumber Dana", nomor: "5", lebar: 14),
        ]
        var rows = anggaran.enumerated().map { i, a in
            BarisTabel([.teks("\(i + 1)"), .teks(a.kode.description), .teks(a.uraian), .rupiah(a.pagu.rawValue), a.sumberDana.map(Sel.teks) ?? .kosong])
        }
        let total = anggaran.map(\.pagu).reduce(Rupiah.zero, +)
        rows.append(BarisTabel([.kosong, .kosong, .teks("JUMLAH"), .rupiah(total.rawValue), .kosong], tebal: true))
        return TabelDokumen(
            id: idAnggaran, judul: "Anggaran Program dalam Perjanjian Kinerja Tahun \(n)", subjudul: perangkatDaerah, kolom: kolom, baris: rows,
            catatan: ["Jumlah dihitung oleh Kinerja dari anggaran program."])
    }
}
