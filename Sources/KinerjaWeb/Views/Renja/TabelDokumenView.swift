import Foundation
import KinerjaDocs
import KinerjaStore
import Plot
import Vapor

/// One regulation table of a Renja: tabs to the others, downloads in every format, the table with findings inline.
enum TabelDokumenView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var renjaID: UUID
        var tahun: Int
        var opdNama: String
        var daftar: [(id: String, nama: String)]
        var tabel: TabelDokumen
        var tabelHTML: String
        var jumlahTemuan: Int
    }

    /// The short name a planner uses for a table.
    static func nama(_ t: TabelDokumen) -> String {
        switch t.id {
        case TabelTC29.id: "T-C.29 Evaluasi Renja"
        case TabelTC30.id: "T-C.30 Kinerja Pelayanan"
        case TabelRumusan.id: "Rumusan Program dan Kegiatan"
        case TabelPerbandingan.id: "Perbandingan Perubahan"
        default: t.judul
        }
    }

    static func html(_ m: Model) -> HTML {
        let dasar = "/renja/\(m.renjaID.lower)"
        return Layout.page(
            title: "\(nama(m.tabel)) \(m.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("\(nama(m.tabel)) — Renja \(m.tahun), \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Kembali ke Renja"))),
                .nav(.class("aksi"), .forEach(m.daftar) { d in
                    d.id == m.tabel.id ? .strong(.teks(d.nama)) : .a(.tautan("\(dasar)/tabel/\(d.id)"), .teks(d.nama))
                }),
                .p(.class("unduh"), .teks("Unduh tabel ini: "),
                   .a(.tautan("\(dasar)/unduh/xlsx?tabel=\(m.tabel.id)"), .teks("XLSX")), .teks(" · "),
                   .a(.tautan("\(dasar)/unduh/csv?tabel=\(m.tabel.id)"), .teks("CSV")), .teks(" · "),
                   .a(.tautan("\(dasar)/unduh/json?tabel=\(m.tabel.id)"), .teks("JSON")), .teks(" · "),
                   .a(.tautan("/api\(dasar)/tabel/\(m.tabel.id)"), .teks("API"))),
                .p(.teks(m.jumlahTemuan == 0 ? "Tidak ada temuan mutu data pada tabel ini."
                         : "Temuan mutu data pada tabel ini: \(m.jumlahTemuan) (ditampilkan di bawah baris yang bersangkutan).")),
                .raw(m.tabelHTML)
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
