import Foundation
import KinerjaDocs
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// The Perjanjian Kinerja of a year and the target / rencana aksi form of one IKU.
enum PKView {
    struct Halaman {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var pk: PerjanjianKinerjaQuery.PK
        var bolehUbah: Bool
        var bolehPerubahan: Bool
        var bolehTetapkan: Bool
    }

    static func pihak(_ p: PerjanjianKinerjaQuery.Pihak) -> String {
        let nama = p.nama.isEmpty ? "(nama belum diisi)" : p.nama
        return nama + (p.jabatan.isEmpty ? "" : ", \(p.jabatan)") + (p.nip.map { ", NIP \($0)" } ?? "")
    }

    static func teks(_ b: Besaran?, _ ind: Indikator) -> String { b.map { Tampilan.besaran($0, presisi: ind.presisi) } ?? "–" }

    static func halaman(model m: Halaman) -> Response {
        let pk = m.pk
        let draf = pk.ditetapkanPada == nil
        let dasar = "/opd/\(m.opdKode)/pk/\(pk.tahun)"
        return Layout.response(Layout.page(
            title: "Perjanjian Kinerja \(pk.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Perjanjian Kinerja Tahun \(pk.tahun) — \(m.opdNama)")),
                .p(.teks("Versi \(pk.versi) · " + (pk.ditetapkanPada.map { "ditetapkan \(Tanggal.teks($0)); tidak dapat diubah" } ?? "belum ditetapkan (draf)"))),
                .p(.teks("Pihak pertama: \(pihak(pk.pihakPertama)); pihak kedua: \(pihak(pk.pihakKedua)). Tanggal: \(pk.tanggal.map(Tanggal.hari) ?? "belum diisi")."),
                   .if(draf && m.bolehUbah, .group(.teks(" "), .a(.tautan("\(dasar)/penandatangan"), .teks("Ubah penandatangan dan tanggal"))))),
                .table(
                    .tr(.th("Kode"), .th("Sasaran"), .th("Indikator"), .th("Satuan"), .th(.class("angka"), .teks("Target")),
                        .th(.class("angka"), .teks("TW I")), .th(.class("angka"), .teks("TW II")), .th(.class("angka"), .teks("TW III")), .th(.class("angka"), .teks("TW IV")),
                        .th("")),
                    .forEach(pk.target) { t in
                        .tr(.td(.teks(t.kode)), .td(.teks(t.sasaran ?? "–")), .td(.teks(t.indikator.nama)), .td(.teks(t.indikator.satuan.rawValue)),
                            .td(.class("angka"), .teks(teks(t.target, t.indikator))),
                            .forEach(0..<4) { q in .td(.class("angka"), .teks(teks(q < t.rencanaAksi.count ? t.rencanaAksi[q] : nil, t.indikator))) },
                            .td(.if(draf && m.bolehUbah, .a(.tautan("\(dasar)/target/\(t.kode)"), .teks("Isi")))))
                    }
                ),
                .h2(.teks("Anggaran program")),
                .if(pk.anggaran.isEmpty, .p(.teks("Belum ada anggaran program pada PK ini."))),
                .if(!pk.anggaran.isEmpty, .table(
                    .tr(.th("Kode"), .th("Program"), .th(.class("angka"), .teks("Anggaran (Rp)")), .th("Sumber dana")),
                    .forEach(pk.anggaran) { a in
                        .tr(.td(.teks(a.kode.description)), .td(.teks(a.uraian)), .td(.class("angka"), .teks(Rupiah.grouped(a.pagu.rawValue))), .td(.teks(a.sumberDana ?? "–")))
                    },
                    .tr(.th(.attribute(named: "colspan", value: "2"), .teks("Jumlah")), .th(.class("angka"), .teks(Rupiah.grouped(pk.totalAnggaran.rawValue))), .th(""))
                )),
                .if(!draf && m.bolehPerubahan, FormNode.tombol("\(dasar)/perubahan", "Buat PK Perubahan", csrf: m.csrf)),
                .if(draf && m.bolehTetapkan, .form(
                    .action(KinerjaDocs.XML.escape("\(dasar)/tetapkan")), .method(.post),
                    FormNode.csrf(m.csrf),
                    FormNode.field("alasan", "Alasan perubahan", value: nil, hint: "wajib untuk PK Perubahan"),
                    .button(.type(.submit), .teks("Tetapkan")))),
                .p(.a(.tautan("/opd/\(m.opdKode)/pk"), .teks("Semua Perjanjian Kinerja")), .teks(" · "),
                   .a(.tautan("/opd/\(m.opdKode)/lkjip/\(pk.tahun)"), .teks("LKjIP \(pk.tahun)")), .teks(" · "),
                   .a(.tautan("/api\(dasar)"), .teks("Data halaman ini (JSON)")))
            )))
    }

    struct Form {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var pk: PerjanjianKinerjaQuery.PK
        var target: PerjanjianKinerjaQuery.Target
        var isian: PKController.TargetForm?
        var pesan: String?
    }

    static func form(model m: Form) -> Response {
        let t = m.target, ind = t.indikator
        func awal(_ b: Besaran?) -> String? { b.map { Tampilan.besaran($0, presisi: ind.presisi) } }
        let dasar = "/opd/\(m.opdKode)/pk/\(m.pk.tahun)"
        let tw = [m.isian?.tw1, m.isian?.tw2, m.isian?.tw3, m.isian?.tw4]
        return Layout.response(Layout.page(
            title: "Target \(t.kode)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("\(t.kode) \(ind.nama) — Perjanjian Kinerja \(m.pk.tahun) versi \(m.pk.versi)")),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .form(
                    .action(KinerjaDocs.XML.escape("\(dasar)/target/\(t.kode)")), .method(.post),
                    FormNode.csrf(m.csrf),
                    .input(.type(.hidden), .name("versi"), .nilai(t.versi)),
                    FormNode.field("target", "Target \(m.pk.tahun) (\(ind.satuan.rawValue))", value: m.isian?.target ?? awal(t.target)),
                    .forEach(0..<4) { q in
                        FormNode.field("tw\(q + 1)", "Rencana aksi TW \(["I", "II", "III", "IV"][q])", value: tw[q] ?? awal(q < t.rencanaAksi.count ? t.rencanaAksi[q] : nil))
                    },
                    FormNode.field("alasan", "Alasan perubahan", value: m.isian?.alasan, hint: "dicatat di riwayat"),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan(dasar), .teks("Batal")))
                )
            )))
    }
}
