import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// Sebelum / sesudah per line with the change and its reason, Σ per program and in total.
enum PerbandinganView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var renjaID: UUID
        var tahun: Int
        var versi: Int
        var diff: PerbandinganRenja
    }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Perbandingan Renja \(m.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.text("Perbandingan Renja \(m.tahun): versi \(m.versi) terhadap versi sebelumnya — \(m.opdNama)")),
                .p(.a(.href(SiteURL.renja(m.renjaID).path), .text("Kembali ke Renja"))),
                .h2(.text("Per program")),
                tabel(m.diff.perProgram, total: m.diff),
                .h2(.text("Baris yang berubah")),
                .if(m.diff.berubah.isEmpty, .p(.text("Tidak ada perubahan."))),
                .if(!m.diff.berubah.isEmpty, tabel(m.diff.berubah, total: nil))
            ))
    }

    static func tabel(_ rows: [PerbandinganRenja.Baris], total: PerbandinganRenja?) -> Node<HTML.BodyContext> {
        .table(
            .tr(.th("Kode"), .th("Uraian"), .th(.class("angka"), .text("Sebelum (Rp)")), .th(.class("angka"), .text("Sesudah (Rp)")),
                .th(.class("angka"), .text("Bertambah/(Berkurang) (Rp)")), .th("Status"), .th("Alasan")),
            .forEach(rows) { r in
                .tr(
                    .class("status-\(r.status.rawValue)"),
                    .td(.text(r.kode.description)), .td(.text(r.uraian)),
                    .td(.class("angka"), .text(r.sebelum.map { Rupiah.grouped($0.rawValue) } ?? "–")),
                    .td(.class("angka"), .text(r.sesudah.map { Rupiah.grouped($0.rawValue) } ?? "–")),
                    .td(.class("angka"), .text(r.selisih == .zero ? "0" : Rupiah.grouped(r.selisih.rawValue))),
                    .td(.text(r.status.nama)), .td(.text(r.alasan ?? ""))
                )
            },
            .unwrap(total) { d in
                .tr(.class("total"), .td(), .td(.text("Jumlah")),
                    .td(.class("angka"), .text(Rupiah.grouped(d.totalSebelum.rawValue))),
                    .td(.class("angka"), .text(Rupiah.grouped(d.totalSesudah.rawValue))),
                    .td(.class("angka"), .text(Rupiah.grouped((d.totalSesudah - d.totalSebelum).rawValue))), .td(), .td())
            }
        )
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
