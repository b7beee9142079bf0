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
                .h1(.text("Rencana kerja")),
                .if(m.kantor.isEmpty, .p(.text("Belum ada kantor yang dapat Anda lihat."))),
                .forEach(m.kantor) { k in
                    .section(
                        .h2(.text("\(k.nama) (\(k.kode))")),
                        .if(k.renja.isEmpty, .p(.text("Belum ada Renja."))),
                        .if(!k.lkjip.isEmpty, .p(.text("Laporan kinerja: "), .forEach(k.lkjip) { n in
                            .a(.href("/opd/\(k.kode)/lkjip/\(n)"), .text("LKjIP \(n) "))
                        })),
                        .if(!k.renja.isEmpty,
                            .table(
                                .tr(.th("Dokumen"), .th("Tahun"), .th("Versi"), .th("Tahapan"), .th(.class("angka"), .text("Baris")), .th(.class("angka"), .text("Total pagu (Rp)"))),
                                .forEach(k.renja) { r in
                                    .tr(
                                        .td(.a(.href(SiteURL.renja(r.id).path), .text(r.jenis == .perubahan ? "Renja Perubahan" : "Renja"))),
                                        .td(.text("\(r.tahun)")),
                                        .td(.text("\(r.versi)")),
                                        .td(.text(r.tahapan.nama)),
                                        .td(.class("angka"), .text("\(r.jumlahBaris)")),
                                        .td(.class("angka"), .text(Rupiah.grouped(r.totalPagu.rawValue)))
                                    )
                                }
                            ))
                    )
                }
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
