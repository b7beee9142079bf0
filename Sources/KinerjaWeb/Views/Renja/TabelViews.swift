import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// T-C.32: proposals from Musrenbang / Pokir DPRD, accepted into the plan or not, with the reason.
enum UsulanView {
    struct Model { var pengguna: Pengguna; var csrf: String; var opdNama: String; var renjaID: UUID; var tahun: Int; var baris: [UsulanBaris] }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Usulan \(m.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("T-C.32 Usulan Program dan Kegiatan dari Para Pemangku Kepentingan \(m.tahun) — \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Kembali ke Renja"))),
                .if(m.baris.isEmpty, .p(.teks("Belum ada usulan untuk tahun ini."))),
                .if(!m.baris.isEmpty, .table(
                    .tr(.th("Sumber"), .th("Kode"), .th("Usulan"), .th("Lokasi"), .th(.class("angka"), .teks("Volume")), .th("Satuan"),
                        .th(.class("angka"), .teks("Pagu (Rp)")), .th("Status"), .th("Keterangan")),
                    .forEach(m.baris) { u in
                        .tr(.td(.teks(u.sumber == "pokir" ? "Pokir DPRD" : (u.sumber == "musrenbang" ? "Musrenbang" : u.sumber))),
                            .td(.teks(u.kode ?? "")), .td(.teks(u.uraian)), .td(.teks(u.lokasi ?? "")),
                            .td(.class("angka"), .teks(u.volume?.teks ?? "–")), .td(.teks(u.satuan ?? "")),
                            .td(.class("angka"), .teks(u.pagu.map { Rupiah.grouped($0) } ?? "–")),
                            .td(.teks(u.status == "diterima" ? "Diterima" : (u.status == "ditolak" ? "Ditolak" : "Diusulkan"))), .td(.teks(u.alasan ?? "")))
                    }))
            ))
    }
    static func response(model: Model) -> Response { Layout.response(html(model)) }
}

/// T-C.31: the Ranwal RKPD beside the office's analysis; differing cells are highlighted.
enum RanwalView {
    struct Model { var pengguna: Pengguna; var csrf: String; var opdNama: String; var renjaID: UUID; var tahun: Int; var baris: [RanwalBaris] }

    static func sel(_ text: String, beda: Bool, angka: Bool = false) -> Node<HTML.TableRowContext> {
        .td(.class([angka ? "angka" : "", beda ? "beda" : ""].filter { !$0.isEmpty }.joined(separator: " ")), .teks(text))
    }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Review Ranwal RKPD \(m.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("T-C.31 Review terhadap Rancangan Awal RKPD \(m.tahun) — \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Kembali ke Renja"))),
                .p(.class("catatan"), .teks("Sel yang berbeda antara Ranwal RKPD dan hasil analisis ditandai. Pagu program dan kegiatan dihitung dari sub kegiatan pada masing-masing sisi.")),
                .if(m.baris.isEmpty, .p(.teks("Belum ada data review Ranwal RKPD."))),
                .if(!m.baris.isEmpty, .table(
                    .tr(.th("Kode"), .th("Uraian"), .th("Indikator (Ranwal)"), .th(.class("angka"), .teks("Target")), .th("Lokasi"),
                        .th(.class("angka"), .teks("Pagu indikatif (Rp)")), .th("Indikator (analisis)"), .th(.class("angka"), .teks("Target")),
                        .th("Lokasi"), .th(.class("angka"), .teks("Kebutuhan dana (Rp)")), .th("Catatan")),
                    .forEach(m.baris) { b in
                        .tr(.class(b.level == "sub_kegiatan" ? "sub" : b.level),
                            .td(.teks(b.kode)), .td(.teks(b.uraian)),
                            sel(b.rkpdIndikator ?? "", beda: b.berbeda.contains("indikator")),
                            sel(b.rkpdTarget?.teks ?? "–", beda: b.berbeda.contains("target"), angka: true),
                            sel(b.rkpdLokasi ?? "", beda: b.berbeda.contains("lokasi")),
                            sel(Rupiah.grouped(b.rkpdPagu), beda: b.berbeda.contains("pagu"), angka: true),
                            sel(b.analisisIndikator ?? "", beda: b.berbeda.contains("indikator")),
                            sel(b.analisisTarget?.teks ?? "–", beda: b.berbeda.contains("target"), angka: true),
                            sel(b.analisisLokasi ?? "", beda: b.berbeda.contains("lokasi")),
                            sel(Rupiah.grouped(b.analisisPagu), beda: b.berbeda.contains("pagu"), angka: true),
                            .td(.teks(b.catatan ?? "")))
                    }))
            ))
    }
    static func response(model: Model) -> Response { Layout.response(html(model)) }
}

/// The Renstra cascade of an office: period, tujuan, sasaran, indicators with baseline and final target.
enum RenstraView {
    struct Model { var pengguna: Pengguna; var csrf: String; var opdNama: String; var renstra: [TabelRenjaQuery.RenstraRingkas] }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Renstra", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Renstra — \(m.opdNama)")),
                .if(m.renstra.isEmpty, .p(.teks("Belum ada Renstra."))),
                .forEach(m.renstra) { r in
                    .section(
                        .h2(.teks("Renstra \(r.tahunAwal)–\(r.tahunAkhir)")),
                        .unwrap(r.dasarHukum) { .p(.teks($0)) },
                        .h3(.teks("Tujuan")), .if(r.tujuan.isEmpty, .p(.teks("Belum diisi."))), .ol(.forEach(r.tujuan) { .li(.teks($0)) }),
                        .h3(.teks("Sasaran")), .if(r.sasaran.isEmpty, .p(.teks("Belum diisi."))), .ol(.forEach(r.sasaran) { .li(.teks($0)) }),
                        .h3(.teks("Indikator dan target akhir periode")),
                        .table(
                            .tr(.th("Kode"), .th("Indikator"), .th("Satuan"), .th(.class("angka"), .teks("Kondisi awal")), .th(.class("angka"), .teks("Target akhir"))),
                            .forEach(r.indikator) { i in
                                .tr(.td(.teks(i.kode ?? "")), .td(.teks(i.nama)), .td(.teks(i.satuan)),
                                    .td(.class("angka"), .teks(i.baseline?.teks ?? "–")), .td(.class("angka"), .teks(i.targetAkhir?.teks ?? "–")))
                            })
                    )
                }
            ))
    }
    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
