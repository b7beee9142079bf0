import Foundation
import KinerjaDocs
import KinerjaStore
import Plot
import Vapor

/// The LKjIP of a year in the BAB I–IV structure (lakip-spec §1), with an outline, the narrative sections, the
/// IKU, Perjanjian Kinerja and pengukuran tables and the charts.
enum LKjIPView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var lkjip: LKjIPTabel
        var tabelHTML: [String: String]
        var narasi: [String: String]
        var grafik: [String]
        /// The budget charts of 3.4 (per program; per quarter when the realisation was entered per quarter).
        var grafikKeuangan: [String] = []
        /// Whether the user may write the narrative sections (`Izin.tulisNarasi`): an "Ubah" link beside each.
        var bolehTulis = false
    }

    /// (anchor, heading, level) of the outline, in document order.
    static func garis(_ m: Model) -> [(String, String, Int)] {
        var g: [(String, String, Int)] = [
            ("bab1", "BAB I PENDAHULUAN", 1), ("latar_belakang", judul("latar_belakang"), 2), ("isu_strategis", judul("isu_strategis"), 2),
            ("bab2", "BAB II PERENCANAAN KINERJA", 1),
        ]
        if m.tabelHTML[TabelIKU.id] != nil { g.append(("tabel-\(TabelIKU.id)", "2.1 Indikator Kinerja Utama", 2)) }
        if m.lkjip.pk != nil { g.append(("pk", "2.2 Perjanjian Kinerja Tahun \(m.lkjip.tahun)", 2)) }
        g.append(("bab3", "BAB III AKUNTABILITAS KINERJA", 1))
        if m.tabelHTML[TabelPengukuran.id] != nil { g.append(("tabel-\(TabelPengukuran.id)", "3.1 Capaian Kinerja Organisasi", 2)) }
        g.append(("analisis_sasaran", judul("analisis_sasaran"), 2))
        if m.tabelHTML[TabelEfisiensi.id] != nil { g.append(("tabel-\(TabelEfisiensi.id)", "3.3 Efisiensi Penggunaan Sumber Daya", 2)) }
        if m.tabelHTML[TabelRealisasiAnggaran.id] != nil { g.append(("tabel-\(TabelRealisasiAnggaran.id)", "3.4 Akuntabilitas Keuangan", 2)) }
        g += [("bab4", "BAB IV PENUTUP", 1), ("langkah_perbaikan", judul("langkah_perbaikan"), 2)]
        return g
    }

    /// A narrative section's heading, as the DOCX prints it (`LKjIPTabel.bagianNarasi`).
    static func judul(_ kunci: String) -> String { LKjIPTabel.bagianNarasi.first { $0.kunci == kunci }?.judul ?? kunci }

    static func narasi(_ m: Model, _ kunci: String) -> Node<HTML.BodyContext> {
        let judul = judul(kunci)
        return .section(
            .id(kunci), .h3(.teks(judul)),
            .if(m.bolehTulis, .p(.a(.tautan(SiteURL.lkjipNarasi(m.opdKode, m.lkjip.tahun, kunci).path), .teks("Ubah bagian ini")))),
            .unwrap(m.narasi[kunci], { t in .group(t.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.teks(String($0))) }) },
                    else: .p(.class("catatan"), .teks("Belum diisi.")))
        )
    }

    static func html(_ m: Model) -> HTML {
        let n = m.lkjip.tahun
        return Layout.page(
            title: "LKjIP \(n)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun \(n) — \(m.opdNama)")),
                .p(.class("unduh"), .teks("Unduh: "),
                   .a(.tautan(SiteURL.lkjip(m.opdKode, n).path + "/unduh/docx"), .teks("dokumen LKjIP (DOCX)")), .teks(" · "),
                   .a(.tautan(SiteURL.lkjip(m.opdKode, n).path + "/unduh/xlsx"), .teks("semua tabel (XLSX)"))),
                .nav(.class("daftar-isi"), .h2(.teks("Daftar Isi")),
                     .ul(.forEach(garis(m)) { a, judul, lvl in .li(.class("tingkat-\(lvl)"), .a(.tautan("#\(a)"), .teks(judul))) })),
                .h2(.id("bab1"), .teks("BAB I PENDAHULUAN")),
                narasi(m, "latar_belakang"),
                narasi(m, "isu_strategis"),
                .if(!m.lkjip.idPegawai.isEmpty, .section(
                    .id("sdm"), .h3(.teks("1.3 Sumber Daya Manusia")), .forEach(m.lkjip.idPegawai) { id in .unwrap(m.tabelHTML[id]) { .raw($0) } })),
                .h2(.id("bab2"), .teks("BAB II PERENCANAAN KINERJA")),
                .unwrap(m.tabelHTML[TabelIKU.id]) { .group(.h3(.teks("2.1 Indikator Kinerja Utama")), .raw($0)) },
                .unwrap(m.lkjip.pk) { pk in
                    .section(
                        .id("pk"), .h3(.teks("2.2 Perjanjian Kinerja Tahun \(n)")),
                        .p(.teks("Pihak pertama: \(pk.pihakPertama.nama.isEmpty ? "–" : pk.pihakPertama.nama) (\(pk.pihakPertama.jabatan)); pihak kedua: \(pk.pihakKedua.nama.isEmpty ? "–" : pk.pihakKedua.nama)\(pk.pihakKedua.jabatan.isEmpty ? "" : " (\(pk.pihakKedua.jabatan))").")),
                        .p(.teks("Versi \(pk.versi) · " + (pk.ditetapkanPada.map { "ditetapkan \(Tanggal.teks($0)); tidak dapat diubah (perubahan dibuat sebagai versi baru)" } ?? "belum ditetapkan"))),
                        .unwrap(m.tabelHTML[TabelPK.id]) { .raw($0) },
                        .unwrap(m.tabelHTML[TabelPK.idAnggaran]) { .raw($0) },
                        .p(.a(.tautan("/opd/\(m.opdKode)/pk/\(n)"), .teks("Buka Perjanjian Kinerja \(n) (target, rencana aksi, penandatangan)")))
                    )
                },
                .h2(.id("bab3"), .teks("BAB III AKUNTABILITAS KINERJA")),
                .unwrap(m.tabelHTML[TabelPengukuran.id]) { .group(.h3(.teks("3.1 Capaian Kinerja Organisasi")), .raw($0)) },
                .div(.class("grafik"), .forEach(m.grafik) { .raw($0) }),
                narasi(m, "analisis_sasaran"),
                .unwrap(m.tabelHTML[TabelEfisiensi.id]) { .group(.h3(.teks("3.3 Efisiensi Penggunaan Sumber Daya")), .raw($0)) },
                .unwrap(m.tabelHTML[TabelRealisasiAnggaran.id]) {
                    .group(.h3(.teks("3.4 Akuntabilitas Keuangan")), .raw($0), .div(.class("grafik"), .forEach(m.grafikKeuangan) { .raw($0) }))
                },
                .h2(.id("bab4"), .teks("BAB IV PENUTUP")),
                narasi(m, "langkah_perbaikan"),
                .p(.a(.tautan("/api/opd/\(m.opdKode)/lkjip/\(n)"), .teks("Data halaman ini (JSON)")))
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
