import Foundation
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Plot
import Vapor

/// The E.81 view: target, realisation TW I–IV, the year, capaian and category, budget absorption, warnings.
enum RealisasiView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var halaman: RealisasiController.Halaman
        var ditetapkan: Bool
        var bolehKunci: Bool
    }

    static func html(_ m: Model) -> HTML {
        let h = m.halaman
        return Layout.page(
            title: "Realisasi \(h.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Realisasi dan evaluasi triwulan (E.81) \(h.tahun) — \(m.opdNama)")),
                .p(.a(.tautan(SiteURL.renja(h.renjaID).path), .teks("Kembali ke Renja"))),
                .if(!m.ditetapkan, .p(.class("pesan"), .teks("Realisasi diisi setelah Renja ditetapkan."))),
                .p(.teks("Triwulan terkunci: \(h.terkunci.isEmpty ? "belum ada" : h.terkunci.map { "TW \($0)" }.joined(separator: ", ")). "
                         + "Peringatan dini dihitung terhadap \(h.triwulanSelesai) triwulan yang sudah berlalu.")),
                kelengkapan(h),
                .if(m.bolehKunci, .div(.forEach((1...4).filter { !h.terkunci.contains($0) }) { tw in
                    FormNode.tombol("/renja/\(h.renjaID.lower)/realisasi/kunci/\(tw)", "Kunci TW \(tw)", csrf: m.csrf)
                })),
                .table(
                    .tr(.th("Kode"), .th("Uraian"), .th("Unit"), .th("Indikator"), .th(.class("angka"), .teks("Target")),
                        .th("TW I"), .th("TW II"), .th("TW III"), .th("TW IV"), .th("Tahun"), .th(.class("angka"), .teks("Capaian")), .th("Kategori"),
                        .th(.class("angka"), .teks("Pagu (Rp)")), .th(.class("angka"), .teks("Realisasi keuangan (Rp)")), .th(.class("angka"), .teks("Serapan")),
                        .th("Peringatan")),
                    .forEach(h.baris) { b in
                        .tr(
                            .class(b.level == "sub_kegiatan" ? "sub" : b.level),
                            .td(.teks(b.kode)), .td(.teks(b.uraian)), .td(.teks(b.unitKerja ?? "")), .td(.teks(b.indikator ?? "")),
                            .td(.class("angka"), .teks(b.target.map { Tampilan.angka($0, presisi: 2) } ?? "–")),
                            .forEach(0..<4) { i in
                                .td(.teks(b.realisasiTriwulan[i] ?? "–"),
                                    .if(b.bolehIsi && !h.terkunci.contains(i + 1),
                                        .a(.tautan("/renja/\(h.renjaID.lower)/realisasi/\(b.barisID.lower)/\(i + 1)"), .class("isi"), .teks(" Isi"))))
                            },
                            .td(.teks(b.realisasiTahun)), .td(.class("angka"), .teks(b.capaianTahun)), .td(.teks(b.kategori ?? "–")),
                            .td(.class("angka"), .teks(b.pagu.map { Rupiah.grouped($0) } ?? "–")),
                            .td(.class("angka"), .teks(b.keuanganTriwulan.allSatisfy { $0 == nil } ? "–" : Rupiah.grouped(b.keuanganTriwulan.compactMap { $0 }.reduce(0, +)))),
                            .td(.class("angka"), .teks(b.serapan)),
                            .td(.class("temuan"), .forEach(b.peringatan) { .div(.class("temuan-peringatan"), .teks($0.pesan)) })
                        )
                    }
                ),
                .unwrap(grafik(h)) { .div(.class("grafik"), .raw($0.svg())) }
            ))
    }

    /// Completeness and timeliness per unit: one row per unit, per quarter "reported/must (on time)".
    static func kelengkapan(_ h: RealisasiController.Halaman) -> Node<HTML.BodyContext> {
        let unit = Array(Set(h.kelengkapan.map(\.unit))).sorted()
        func sel(_ u: String, _ tw: Int) -> String {
            guard let k = h.kelengkapan.first(where: { $0.unit == u && $0.triwulan == tw }) else { return "–" }
            let persen = { (v: Decimal) in Tampilan.angka(Tampilan.bulatkanCapaian(v, presisi: 2), presisi: 2) + " %" }
            return "\(k.terisi)/\(k.wajib) terisi (\(persen(k.kelengkapan))), \(k.tepatWaktu) tepat waktu (\(persen(k.ketepatan)))"
                + (k.lewatBatas && k.terisi < k.wajib ? " — terlambat" : "")
        }
        return .if(!unit.isEmpty, .section(
            .class("kelengkapan"),
            .h2(.teks("Kelengkapan dan ketepatan waktu per unit")),
            .p(.teks("Baris wajib: baris dengan target indikator tahun \(h.tahun). Tepat waktu: disimpan paling lambat 10 hari setelah akhir triwulan (WITA).")),
            .table(
                .tr(.th("Unit"), .th("TW I"), .th("TW II"), .th("TW III"), .th("TW IV")),
                .forEach(unit) { u in .tr(.td(.teks(u)), .forEach(1...4) { tw in .td(.teks(sel(u, tw))) }) }
            )))
    }

    /// Cumulative budget absorption of all sub-kegiatan per quarter, once any quarter's spending is entered.
    static func grafik(_ h: RealisasiController.Halaman) -> GrafikBatang? {
        guard h.keuanganTriwulan.contains(where: { $0 != nil }) else { return nil }
        return GrafikBatang.serapanTriwulan(pagu: Rupiah(h.paguSubKegiatan), realisasi: h.keuanganTriwulan.map { $0.map { Rupiah($0) } }, tahun: h.tahun)
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}

/// The entry form for one line and one quarter.
enum RealisasiFormView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var renjaID: UUID
        var baris: RealisasiBaris
        var triwulan: Int
        var nilai: RealisasiMasukan?
        var pesan: String?
    }

    static func html(_ m: Model) -> HTML {
        let ind = m.baris.e81?.indikator
        let persen = ind?.ukuran == .persentase
        return Layout.page(
            title: "Realisasi TW \(m.triwulan)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Realisasi TW \(m.triwulan): \(m.baris.kode) \(m.baris.uraian)")),
                .p(.teks(m.opdNama)),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .unwrap(ind) { .p(.teks("Indikator: \($0.nama) (\($0.satuan.rawValue))")) },
                .form(
                    .action("/renja/\(m.renjaID.lower)/realisasi/\(m.baris.barisID.lower)/\(m.triwulan)"), .method(.post),
                    FormNode.csrf(m.csrf),
                    .if(!persen, FormNode.field("nilai", "Realisasi fisik (\(ind?.satuan.rawValue ?? "-"))", value: m.nilai?.nilai?.teks)),
                    .if(persen, FormNode.field("pembilang", "Pembilang", value: m.nilai?.pembilang?.teks, hint: "persentase dihitung dari pembilang/penyebut")),
                    .if(persen, FormNode.field("penyebut", "Penyebut", value: m.nilai?.penyebut?.teks)),
                    .if(m.baris.kode.level == .subKegiatan, FormNode.field("keuangan", "Realisasi keuangan (Rp)", value: m.nilai?.keuangan.map { Rupiah.grouped($0.rawValue) })),
                    FormNode.field("bukti", "Bukti / keterangan", value: m.nilai?.bukti),
                    FormNode.field("faktor_pendorong", "Faktor pendorong", value: m.nilai?.faktorPendorong),
                    FormNode.field("faktor_penghambat", "Faktor penghambat", value: m.nilai?.faktorPenghambat),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan("/renja/\(m.renjaID.lower)/realisasi"), .teks("Batal")))
                )
            ))
    }
    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
