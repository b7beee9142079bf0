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
                .h1(.teks("Perbandingan Renja \(m.tahun): versi \(m.versi) terhadap versi sebelumnya — \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Kembali ke Renja"))),
                .h2(.teks("Per program")),
                tabel(m.diff.perProgram, total: m.diff),
                .h2(.teks("Baris yang berubah")),
                .if(m.diff.berubah.isEmpty, .p(.teks("Tidak ada perubahan."))),
                .if(!m.diff.berubah.isEmpty, tabel(m.diff.berubah, total: nil))
            ))
    }

    static func tabel(_ rows: [PerbandinganRenja.Baris], total: PerbandinganRenja?) -> Node<HTML.BodyContext> {
        .table(
            .tr(.th("Kode"), .th("Uraian"), .th(.class("angka"), .teks("Sebelum (Rp)")), .th(.class("angka"), .teks("Sesudah (Rp)")),
                .th(.class("angka"), .teks("Bertambah/(Berkurang) (Rp)")), .th("Status"), .th("Alasan")),
            .forEach(rows) { r in
                .tr(
                    .class("status-\(r.status.rawValue)"),
                    .td(.teks(r.kode.description)), .td(.teks(r.uraian)),
                    .td(.class("angka"), .teks(r.sebelum.map { Rupiah.grouped($0.rawValue) } ?? "–")),
                    .td(.class("angka"), .teks(r.sesudah.map { Rupiah.grouped($0.rawValue) } ?? "–")),
                    .td(.class("angka"), .teks(r.selisih == .zero ? "0" : Rupiah.grouped(r.selisih.rawValue))),
                    .td(.teks(r.status.nama)), .td(.teks(r.alasan ?? ""))
                )
            },
            .unwrap(total) { d in
                .tr(.class("total"), .td(), .td(.teks("Jumlah")),
                    .td(.class("angka"), .teks(Rupiah.grouped(d.totalSebelum.rawValue))),
                    .td(.class("angka"), .teks(Rupiah.grouped(d.totalSesudah.rawValue))),
                    .td(.class("angka"), .teks(Rupiah.grouped((d.totalSesudah - d.totalSebelum).rawValue))), .td(), .td())
            }
        )
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
