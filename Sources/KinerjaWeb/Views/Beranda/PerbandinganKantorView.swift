import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// The offices side by side: one column per office for the summary rows, then each office's IKU with capaian and
/// category (offices have different IKU, so they are listed per office rather than aligned by row).
enum PerbandinganKantorView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var kantor: [PerbandinganKantorController.Kantor]
    }

    static func html(_ m: Model) -> HTML {
        typealias K = PerbandinganKantorController.Kantor
        let ringkas: [(String, (K) -> String)] = [
            ("Pemerintah daerah", { $0.pemda }),
            ("Tahun LKjIP", { $0.tahun.map(String.init) ?? "belum ada LKjIP" }),
            ("IKU tercapai (≥ 100 %)", { $0.tahun == nil ? "–" : "\($0.ikuTercapai) dari \($0.ikuDinilai) yang dapat dihitung (\($0.iku.count) IKU)" }),
            ("Capaian IKU SPM", { k in
                let s = k.iku.filter(\.spm)
                return s.isEmpty ? "–" : s.map { "\($0.nama): \($0.capaianTeks)" }.joined(separator: "; ")
            }),
            ("Pagu (Rp)", { $0.pagu.map { Rupiah.grouped($0) } ?? "–" }),
            ("Realisasi anggaran (Rp)", { $0.realisasi.map { Rupiah.grouped($0) } ?? "–" }),
            ("Serapan anggaran", { $0.serapanTeks }),
        ]
        return Layout.page(
            title: "Perbandingan kantor", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Perbandingan kinerja kantor")),
                .p(.teks("Setiap kantor ditampilkan pada tahun LKjIP terakhirnya; tambahkan ?tahun=N untuk satu tahun yang sama.")),
                .table(
                    .class("perbandingan-kantor"),
                    .tr(.th(.teks("")), .forEach(m.kantor) { k in .th(.a(.tautan(k.tahun.map { SiteURL.lkjip(k.opd, $0).path } ?? "/"), .teks("\(k.nama) (\(k.opd))"))) }),
                    .forEach(ringkas) { judul, f in .tr(.th(.teks(judul)), .forEach(m.kantor) { .td(.teks(f($0))) }) }
                ),
                .forEach(m.kantor.filter { !$0.iku.isEmpty }) { k in
                    .section(
                        .h2(.teks("\(k.nama) — capaian IKU \(k.tahun.map(String.init) ?? "")")),
                        .table(
                            .tr(.th("IKU"), .th(.class("angka"), .teks("Capaian")), .th("Kategori")),
                            .forEach(k.iku) { i in
                                .tr(.td(.teks(i.nama + (i.spm ? " (SPM)" : ""))), .td(.class("angka"), .teks(i.capaianTeks)), .td(.teks(i.kategori ?? "–")))
                            }
                        )
                    )
                },
                .p(.a(.tautan("/api/perbandingan-kantor"), .teks("Data halaman ini (JSON)")))
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
