import Foundation
import KinerjaCore

/// A staff table of the LKjIP (BAB I, lakip-spec §1: pegawai per eselon, golongan, pendidikan, jenis kelamin). The
/// counts per category and column are input; the "Jumlah" column and the total row are computed here, whatever the
/// printed table said (004:L196 prints 12 women where its rows add up to 8).
public enum TabelPegawai {
    public struct Baris: Sendable {
        public var kategori: String
        /// Count per column (in `kolom` order); nil where the table printed nothing or "-".
        public var jumlah: [String: Int]
        public var lokasi: String?
        public init(kategori: String, jumlah: [String: Int], lokasi: String? = nil) {
            self.kategori = kategori
            self.jumlah = jumlah
            self.lokasi = lokasi
        }
    }

    /// The stable id of the i-th staff table of a report ("pegawai-1").
    public static func id(_ i: Int) -> String { "pegawai-\(i + 1)" }

    /// `kolom`: the count columns, left to right ("" for a table with one count column).
    public static func buat(nomor i: Int, judul: String, kolom: [String], baris: [Baris], perangkatDaerah: String? = nil) -> TabelDokumen {
        let satu = kolom == [""]
        var k: [Kolom] = [Kolom(id: "no", judul: "No", nomor: "1", lebar: 5), Kolom(id: "kategori", judul: "Uraian", nomor: "2", lebar: 34)]
        k += kolom.enumerated().map { j, c in Kolom(id: "kolom_\(j + 1)", judul: satu ? "Jumlah (orang)" : c, nomor: "\(3 + j)", format: .desimal(presisi: 0)) }
        if !satu { k.append(Kolom(id: "jumlah", judul: "Jumlah", nomor: "\(3 + kolom.count)", format: .desimal(presisi: 0))) }
        func hitung(_ j: [String: Int]) -> [Sel] {
            let v = kolom.map { j[$0] }
            let n: [Sel] = v.map { x in .desimal(x.map { Decimal($0) }, presisi: 0) }
            return satu ? n : n + [.desimal(Decimal(v.compactMap { $0 }.reduce(0, +)), presisi: 0)]
        }
        var rows = baris.enumerated().map { r, b in BarisTabel([.teks("\(r + 1)"), .teks(b.kategori)] + hitung(b.jumlah), rujukan: b.lokasi) }
        let total = Dictionary(kolom.map { c in (c, baris.compactMap { $0.jumlah[c] }.reduce(0, +)) }, uniquingKeysWith: { a, _ in a })
        rows.append(BarisTabel([.kosong, .teks("JUMLAH")] + hitung(total), tebal: true))
        return TabelDokumen(id: id(i), judul: judul, subjudul: perangkatDaerah, kolom: k, baris: rows,
                            catatan: ["Jumlah dihitung oleh Kinerja dari rincian per kategori."])
    }
}
