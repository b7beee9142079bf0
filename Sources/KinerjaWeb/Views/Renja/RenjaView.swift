import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

enum RenjaView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var renja: RenjaLengkap
        var info: [KodeNomenklatur: BarisInfo]
        var revisi: Int
        var adaSebelumnya: Bool
        var bolehUbah: (String?) -> Bool
        var tahapanBerikutnya: Tahapan?
        var bolehPerubahan: Bool
        var bolehKomentar: Bool
        var komentar: [Komentar]
        /// Data-quality findings by the line they concern, and those tied to no line.
        var temuan: [KodeNomenklatur: [Finding]]
        var temuanLain: [Finding]
        var pesan: String?
        /// The lines table as rendered HTML (`tabel(_:)`): the same for every user with the same permissions, so the
        /// controller renders it once per Renja version and permission set (`RenjaCache`).
        var tabelHTML = ""
    }
    struct Komentar { var oleh: String; var waktu: Date; var teks: String }

    static func judul(_ r: RenjaLengkap) -> String { "\(r.jenis == .perubahan ? "Renja Perubahan" : "Renja") \(r.tahun)" }

    static func html(_ m: Model) -> HTML {
        let r = m.renja
        return Layout.page(
            title: judul(r), pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.text("\(judul(r)) — \(m.opdNama)")),
                .p(.text("Versi \(r.versi) · Tahapan: \(r.tahapan.nama)"), .unwrap(r.ditetapkanPada) { .text(" · ditetapkan \(Tanggal.teks($0))") }),
                .unwrap(m.pesan) { .p(.class("pesan"), .text($0)) },
                .nav(
                    .class("aksi"),
                    .if(m.adaSebelumnya, .a(.href(SiteURL.renjaPerbandingan(r.id).path), .text("Perbandingan dengan versi sebelumnya"))),
                    .a(.href(SiteURL.renjaRiwayat(r.id).path), .text("Riwayat perubahan")),
                    .a(.href(SiteURL.renjaUsulan(r.id).path), .text("Usulan (T-C.32)")),
                    .a(.href("/renja/\(r.id.lower)/realisasi"), .text("Realisasi triwulan (E.81)")),
                    .a(.href(SiteURL.renjaRanwal(r.id).path), .text("Review Ranwal RKPD (T-C.31)")),
                    .a(.href("/renja/\(r.id.lower)/tabel/tc29"), .text("Evaluasi (T-C.29)")),
                    .a(.href("/renja/\(r.id.lower)/tabel/tc30"), .text("Kinerja pelayanan (T-C.30)")),
                    .a(.href("/renja/\(r.id.lower)/tabel/rumusan-renja"), .text("Tabel rumusan")),
                    .a(.href(SiteURL.renstra(r.opdKode).path), .text("Renstra"))
                ),
                .unwrap(m.tahapanBerikutnya) { next in
                    FormNode.tombol(SiteURL.renjaTahapan(r.id).path, tombolTahapan(next),
                                    csrf: m.csrf, hidden: [("revisi", "\(m.revisi)")])
                },
                .if(m.bolehPerubahan, FormNode.tombol(SiteURL.renjaPerubahan(r.id).path, "Buat Renja Perubahan", csrf: m.csrf)),
                .p(.class("unduh"), .text("Unduh: "),
                   .a(.href("/renja/\(r.id.lower)/unduh/xlsx"), .text("semua tabel (XLSX)")), .text(" · "),
                   .a(.href("/renja/\(r.id.lower)/unduh/docx"), .text("dokumen Renja (DOCX)")), .text(" · "),
                   .a(.href("/renja/\(r.id.lower)/unduh/xlsx?tabel=rumusan-renja"), .text("tabel rumusan (XLSX)")), .text(" · "),
                   .a(.href("/renja/\(r.id.lower)/unduh/csv?tabel=rumusan-renja"), .text("CSV")), .text(" · "),
                   .a(.href("/renja/\(r.id.lower)/unduh/xlsx?tabel=tc29"), .text("T-C.29 (XLSX)"))),
                .p(.class("catatan"), .text("Pagu program dan kegiatan dihitung dari jumlah pagu sub kegiatan.")),
                .p(.text("Temuan mutu data pada baris: \(m.temuan.values.reduce(0) { $0 + $1.count }) (lihat kolom Temuan).")),
                .if(!m.temuanLain.isEmpty, .ul(.forEach(m.temuanLain) { f in .li(.text("[\(f.ruleId)] \(f.lokasi): \(f.pesan)")) })),
                .raw(m.tabelHTML.isEmpty ? tabel(m).render() : m.tabelHTML),
                .h2(.text("Komentar review")),
                .if(m.komentar.isEmpty, .p(.text("Belum ada komentar."))),
                .ul(.forEach(m.komentar) { k in .li(.strong(.text(k.oleh)), .text(" (\(Tanggal.teks(k.waktu))): \(k.teks)")) }),
                .if(m.bolehKomentar,
                    .form(
                        .action(SiteURL.renjaKomentar(r.id).path), .method(.post),
                        FormNode.csrf(m.csrf),
                        .label(.for("teks"), .text("Tulis komentar")),
                        .textarea(.name("teks"), .id("teks")),
                        .p(.button(.type(.submit), .text("Kirim komentar")))
                    ))
            ))
    }

    /// The lines with their totals and findings; depends on the user only through `bolehUbah` (the edit links).
    static func tabel(_ m: Model) -> Node<HTML.BodyContext> {
        let r = m.renja
        return .table(
            .tr(
                .th("Kode"), .th("Program / Kegiatan / Sub Kegiatan"), .th("Indikator"),
                .th(.class("angka"), .text("Target \(r.tahun)")), .th("Satuan"),
                .th(.class("angka"), .text("Pagu \(r.tahun) (Rp)")), .th("Lokasi"), .th("Sumber dana"),
                .th(.class("angka"), .text("Target \(r.tahun + 1)")),
                .th(.class("angka"), .text("Pagu \(r.tahun + 1) (Rp)")), .th("Unit"), .th("Temuan"), .th("")
            ),
            .forEach(r.pohon.urutan) { item in baris(item.simpul, depth: item.depth, m: m) },
            .tr(
                .class("total"),
                .td(), .td(.text("Jumlah")), .td(), .td(), .td(),
                .td(.class("angka"), .text(Rupiah.grouped(r.pohon.totalPagu.rawValue))),
                .td(), .td(), .td(),
                .td(.class("angka"), .text(Rupiah.grouped(r.pohon.totalPaguN1.rawValue))), .td(), .td(), .td()
            )
        )
    }

    /// Submit (→ rancangan), approve (→ rancangan akhir), adopt (→ ditetapkan).
    static func tombolTahapan(_ next: Tahapan) -> String {
        switch next {
        case .rancanganAwal, .rancangan: "Ajukan (ke tahap Rancangan)"
        case .rancanganAkhir: "Setujui (ke tahap Rancangan Akhir)"
        case .ditetapkan: "Tetapkan Renja"
        }
    }

    static func baris(_ s: PohonRenja.Simpul, depth: Int, m: Model) -> Node<HTML.TableContext> {
        let b = s.baris
        let tahun = m.renja.tahun
        let t = b.targets.first { $0.tahun == tahun }
        let t1 = b.targets.first { $0.tahun == tahun + 1 }
        let info = m.info[b.kode]
        let level = b.kode.level == .subKegiatan ? "sub" : b.kode.level.rawValue
        return .tr(
            .class(level),
            .td(.text(b.kode.description)),
            .td(.class("d\(min(depth, 2))"), .text(b.uraian)),
            .td(.text(t?.indikator ?? "")),
            .td(.class("angka"), .text(t?.nilai?.teks ?? "–")),
            .td(.text(t?.satuan ?? "")),
            .td(.class("angka"), .text(Rupiah.grouped(s.totalPagu.rawValue))),
            .td(.text(b.lokasi ?? "")),
            .td(.text(b.sumberDana ?? "")),
            .td(.class("angka"), .text(t1?.nilai?.teks ?? "–")),
            .td(.class("angka"), .text(s.totalPaguN1 == .zero ? "–" : Rupiah.grouped(s.totalPaguN1.rawValue))),
            .td(.text(info?.unitKerja ?? "")),
            .td(.class("temuan"), .forEach(m.temuan[b.kode] ?? []) { f in
                .div(.class("temuan-\(f.severity)"), .text("[\(f.ruleId)] \(f.pesan)"),
                     .unwrap(f.dicetak) { d in .text(" Dicetak: \(d)" + (f.dihitung.map { "; seharusnya: \($0)." } ?? ".")) })
            }),
            .td(.unwrap(info) { i in
                .if(m.bolehUbah(i.unitKerja), .a(.href(SiteURL.renjaBaris(m.renja.id, i.id).path), .text("Ubah")))
            })
        )
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}

enum Tanggal {
    static func teks(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "id_ID")
        f.timeZone = TimeZone(identifier: "Asia/Makassar")
        f.dateFormat = "d MMM yyyy HH:mm"
        return f.string(from: d)
    }
}
