import Foundation
import KinerjaStore
import Plot
import Vapor

/// The audit trail of a Renja and its lines: who, when, what, before, after, why.
enum RiwayatView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var renjaID: UUID
        var tahun: Int
        var versi: Int
        var entri: [Entri]
    }
    struct Entri { var waktu: Date; var oleh: String; var entitas: String; var aksi: String; var sebelum: String?; var sesudah: String?; var alasan: String? }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Riwayat Renja \(m.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Riwayat Renja \(m.tahun) versi \(m.versi) — \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Kembali ke Renja"))),
                .table(
                    .tr(.th("Waktu"), .th("Oleh"), .th("Data"), .th("Aksi"), .th("Sebelum"), .th("Sesudah"), .th("Alasan")),
                    .forEach(m.entri) { e in
                        .tr(.td(.teks(Tanggal.teks(e.waktu))), .td(.teks(e.oleh)), .td(.teks(e.entitas)), .td(.teks(e.aksi)),
                            .td(.code(.teks(e.sebelum ?? ""))), .td(.code(.teks(e.sesudah ?? ""))), .td(.teks(e.alasan ?? "")))
                    }
                )
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
