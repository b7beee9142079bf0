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
                .h1(.teks("\(judul(r)) — \(m.opdNama)")),
                .p(.teks("Versi \(r.versi) · Tahapan: \(r.tahapan.nama)"), .unwrap(r.ditetapkanPada) { .teks(" · ditetapkan \(Tanggal.teks($0))") }),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .nav(
                    .class("aksi"),
                    .if(m.adaSebelumnya, .a(.tautan(SiteURL.renjaPerbandingan(r.id).path), .teks("Perbandingan dengan versi sebelumnya"))),
                    .a(.tautan(SiteURL.renjaRiwayat(r.id).path), .teks("Riwayat perubahan")),
                    .a(.tautan(SiteURL.renjaUsulan(r.id).path), .teks("Usulan (T-C.32)")),
                    .a(.tautan("/renja/\(r.id.lower)/realisasi"), .teks("Realisasi triwulan (E.81)")),
                    .a(.tautan(SiteURL.renjaRanwal(r.id).path), .teks("Review Ranwal RKPD (T-C.31)")),
                    .a(.tautan("/renja/\(r.id.lower)/tabel/tc29"), .teks("Evaluasi (T-C.29)")),
                    .a(.tautan("/renja/\(r.id.lower)/tabel/tc30"), .teks("Kinerja pelayanan (T-C.30)")),
                    .a(.tautan("/renja/\(r.id.lower)/tabel/rumusan-renja"), .teks("Tabel rumusan")),
                    .a(.tautan(SiteURL.renstra(r.opdKode).path), .teks("Renstra"))
                ),
                .unwrap(m.tahapanBerikutnya) { next in
                    FormNode.tombol(SiteURL.renjaTahapan(r.id).path, tombolTahapan(next),
                                    csrf: m.csrf, hidden: [("revisi", "\(m.revisi)")])
                },
                .if(m.bolehPerubahan, FormNode.tombol(SiteURL.renjaPerubahan(r.id).path, "Buat Renja Perubahan", csrf: m.csrf)),
                .p(.class("unduh"), .teks("Unduh: "),
                   .a(.tautan("/renja/\(r.id.lower)/unduh/xlsx"), .teks("semua tabel (XLSX)")), .teks(" · "),
                   .a(.tautan("/renja/\(r.id.lower)/unduh/docx"), .teks("dokumen Renja (DOCX)")), .teks(" · "),
                   .a(.tautan("/renja/\(r.id.lower)/unduh/xlsx?tabel=rumusan-renja"), .teks("tabel rumusan (XLSX)")), .teks(" · "),
                   .a(.tautan("/renja/\(r.id.lower)/unduh/csv?tabel=rumusan-renja"), .teks("CSV")), .teks(" · "),
                   .a(.tautan("/renja/\(r.id.lower)/unduh/xlsx?tabel=tc29"), .teks("T-C.29 (XLSX)"))),
                .p(.class("catatan"), .teks("Pagu program dan kegiatan dihitung dari jumlah pagu sub kegiatan.")),
                .p(.teks("Temuan mutu data pada baris: \(m.temuan.values.reduce(0) { $0 + $1.count }) (lihat kolom Temuan).")),
                .if(!m.temuanLain.isEmpty, .ul(.forEach(m.temuanLain) { f in .li(.teks("[\(f.ruleId)] \(f.lokasi): \(f.pesan)")) })),
                .raw(m.tabelHTML.isEmpty ? tabel(m).render() : m.tabelHTML),
                .h2(.teks("Komentar review")),
                .if(m.komentar.isEmpty, .p(.teks("Belum ada komentar."))),
                .ul(.forEach(m.komentar) { k in .li(.strong(.teks(k.oleh)), .teks(" (\(Tanggal.teks(k.waktu))): \(k.teks)")) }),
                .if(m.bolehKomentar,
                    .form(
                        .action(SiteURL.renjaKomentar(r.id).path), .method(.post),
                        FormNode.csrf(m.csrf),
                        .label(.for("teks"), .teks("Tulis komentar")),
                        .textarea(.name("teks"), .id("teks")),
                        .p(.button(.type(.submit), .teks("Kirim komentar")))
                    ))
            ))
    }

    /// The lines with their totals and findings; depends on the user only through `bolehUbah` (the edit links).
    static func tabel(_ m: Model) -> Node<HTML.BodyContext> {
        let r = m.renja
        return .table(
            .tr(
                .th("Kode"), .th("Program / Kegiatan / Sub Kegiatan"), .th("Indikator"),
                .th(.class("angka"), .teks("Target \(r.tahun)")), .th("Satuan"),
                .th(.class("angka"), .teks("Pagu \(r.tahun) (Rp)")), .th("Lokasi"), .th("Sumber dana"),
                .th(.class("angka"), .teks("Target \(r.tahun + 1)")),
                .th(.class("angka"), .teks("Pagu \(r.tahun + 1) (Rp)")), .th("Unit"), .th("Temuan"), .th("")
            ),
            .forEach(r.pohon.urutan) { item in baris(item.simpul, depth: item.depth, m: m) },
            .tr(
                .class("total"),
                .td(), .td(.teks("Jumlah")), .td(), .td(), .td(),
                .td(.class("angka"), .teks(Rupiah.grouped(r.pohon.totalPagu.rawValue))),
                .td(), .td(), .td(),
                .td(.class("angka"), .teks(Rupiah.grouped(r.pohon.totalPaguN1.rawValue))), .td(), .td(), .td()
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
            .td(.teks(b.kode.description)),
            .td(.class("d\(min(depth, 2))"), .teks(b.uraian)),
            .td(.teks(t?.indikator ?? "")),
            .td(.class("angka"), .teks(t?.nilai?.teks ?? "–")),
            .td(.teks(t?.satuan ?? "")),
            .td(.class("angka"), .teks(Rupiah.grouped(s.totalPagu.rawValue))),
            .td(.teks(b.lokasi ?? "")),
            .td(.teks(b.sumberDana ?? "")),
            .td(.class("angka"), .teks(t1?.nilai?.teks ?? "–")),
            .td(.class("angka"), .teks(s.totalPaguN1 == .zero ? "–" : Rupiah.grouped(s.totalPaguN1.rawValue))),
            .td(.teks(info?.unitKerja ?? "")),
            .td(.class("temuan"), .forEach(m.temuan[b.kode] ?? []) { f in
                .div(.class("temuan-\(f.severity)"), .teks("[\(f.ruleId)] \(f.pesan)"),
                     .unwrap(f.dicetak) { d in .teks(" Dicetak: \(d)" + (f.dihitung.map { "; seharusnya: \($0)." } ?? ".")) })
            }),
            .td(.unwrap(info) { i in
                .if(m.bolehUbah(i.unitKerja), .a(.tautan(SiteURL.renjaBaris(m.renja.id, i.id).path), .teks("Ubah")))
            })
        )
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
