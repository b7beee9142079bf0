import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

enum BerandaView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var kantor: [Kantor]
    }
    struct Kantor {
        var kode: String
        var nama: String
        var renja: [RenjaRingkas]
        /// Years with a Perjanjian Kinerja, so with an LKjIP page.
        var lkjip: [Int] = []
    }
    struct RenjaRingkas {
        var id: UUID
        var tahun: Int
        var versi: Int
        var jenis: JenisDokumen
        var tahapan: Tahapan
        var jumlahBaris: Int
        var totalPagu: Rupiah
    }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Beranda", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Rencana kerja")),
                .if(m.kantor.isEmpty, .p(.teks("Belum ada kantor yang dapat Anda lihat."))),
                .if(!m.kantor.isEmpty, .p(.a(.tautan("/perbandingan-kantor"), .teks(m.kantor.count > 1 ? "Perbandingan kinerja kantor berdampingan" : "Ringkasan kinerja kantor")))),
                .forEach(m.kantor) { k in
                    .section(
                        .h2(.teks("\(k.nama) (\(k.kode))")),
                        .if(k.renja.isEmpty, .p(.teks("Belum ada Renja."))),
                        .p(.a(.tautan("/opd/\(k.kode)/iku"), .teks("Definisi IKU")), .teks(" · "), .a(.tautan("/opd/\(k.kode)/pk"), .teks("Perjanjian Kinerja"))),
                        .if(!k.lkjip.isEmpty, .p(.teks("Laporan kinerja: "), .forEach(k.lkjip) { n in
                            .a(.tautan("/opd/\(k.kode)/lkjip/\(n)"), .teks("LKjIP \(n) "))
                        })),
                        .if(!k.renja.isEmpty,
                            .table(
                                .tr(.th("Dokumen"), .th("Tahun"), .th("Versi"), .th("Tahapan"), .th(.class("angka"), .teks("Baris")), .th(.class("angka"), .teks("Total pagu (Rp)"))),
                                .forEach(k.renja) { r in
                                    .tr(
                                        .td(.a(.tautan(SiteURL.renja(r.id).path), .teks(r.jenis == .perubahan ? "Renja Perubahan" : "Renja"))),
                                        .td(.teks("\(r.tahun)")),
                                        .td(.teks("\(r.versi)")),
                                        .td(.teks(r.tahapan.nama)),
                                        .td(.class("angka"), .teks("\(r.jumlahBaris)")),
                                        .td(.class("angka"), .teks(Rupiah.grouped(r.totalPagu.rawValue)))
                                    )
                                }
                            ))
                    )
                }
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
