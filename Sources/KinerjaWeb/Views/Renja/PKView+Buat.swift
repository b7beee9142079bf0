import Foundation
import KinerjaDocs
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// The office's Perjanjian Kinerja per year with the form that starts a new year's, and the signatories form.
extension PKView {
    struct Daftar {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var daftar: [PerjanjianKinerjaQuery.Ringkas]
        var bolehBuat: Bool
        var tahunUsulan: String
        var pesan: String?
    }

    static func daftar(model m: Daftar) -> Response {
        let dasar = "/opd/\(m.opdKode)/pk"
        return Layout.response(Layout.page(
            title: "Perjanjian Kinerja", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Perjanjian Kinerja — \(m.opdNama)")),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .if(m.daftar.isEmpty, .p(.teks("Belum ada Perjanjian Kinerja."))),
                .if(!m.daftar.isEmpty, .table(
                    .tr(.th("Tahun"), .th(.class("angka"), .teks("Versi")), .th("Status"), .th("")),
                    .forEach(m.daftar) { r in
                        .tr(.td(.a(.tautan("\(dasar)/\(r.tahun)"), .teks("PK \(r.tahun)"))), .td(.class("angka"), .teks("\(r.versi)")),
                            .td(.teks(r.ditetapkanPada.map { "ditetapkan \(Tanggal.teks($0))" } ?? "draf")),
                            .td(.a(.tautan("/opd/\(m.opdKode)/lkjip/\(r.tahun)"), .teks("LKjIP \(r.tahun)"))))
                    })),
                .if(m.bolehBuat, .form(
                    .action(KinerjaDocs.XML.escape(dasar)), .method(.post),
                    FormNode.csrf(m.csrf),
                    .h2(.teks("Buat Perjanjian Kinerja tahun baru")),
                    .p(.teks("Draf berisi semua IKU dengan target Renstra tahun itu, anggaran program dari Renja yang ditetapkan "
                        + "(atau pagu Renstra), dan penandatangan PK sebelumnya; semuanya dapat diubah sebelum ditetapkan.")),
                    FormNode.field("tahun", "Tahun", value: m.tahunUsulan),
                    .button(.type(.submit), .teks("Buat PK")))),
                .p(.a(.tautan("/opd/\(m.opdKode)/iku"), .teks("Definisi IKU")), .teks(" · "), .a(.tautan("/api\(dasar)"), .teks("Data halaman ini (JSON)")))
            )))
    }

    struct FormPihak {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var pk: PerjanjianKinerjaQuery.PK
        var isian: PKController.PihakForm?
        var pesan: String?
    }

    static func formPihak(model m: FormPihak) -> Response {
        let dasar = "/opd/\(m.opdKode)/pk/\(m.pk.tahun)"
        let f = m.isian, a = m.pk.pihakPertama, b = m.pk.pihakKedua
        return Layout.response(Layout.page(
            title: "Penandatangan PK \(m.pk.tahun)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Penandatangan Perjanjian Kinerja \(m.pk.tahun) versi \(m.pk.versi)")),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .form(
                    .action(KinerjaDocs.XML.escape("\(dasar)/penandatangan")), .method(.post),
                    FormNode.csrf(m.csrf),
                    .input(.type(.hidden), .name("versi"), .nilai(m.pk.versiPihak)),
                    .h2(.teks("Pihak pertama")),
                    FormNode.field("pihak_pertama_nama", "Nama", value: f?.pihak_pertama_nama ?? a.nama),
                    FormNode.field("pihak_pertama_jabatan", "Jabatan", value: f?.pihak_pertama_jabatan ?? a.jabatan),
                    FormNode.field("pihak_pertama_nip", "NIP", value: f?.pihak_pertama_nip ?? a.nip, hint: "18 angka, boleh kosong"),
                    .h2(.teks("Pihak kedua")),
                    FormNode.field("pihak_kedua_nama", "Nama", value: f?.pihak_kedua_nama ?? b.nama),
                    FormNode.field("pihak_kedua_jabatan", "Jabatan", value: f?.pihak_kedua_jabatan ?? b.jabatan),
                    FormNode.field("pihak_kedua_nip", "NIP", value: f?.pihak_kedua_nip ?? b.nip, hint: "18 angka, boleh kosong"),
                    FormNode.field("tanggal", "Tanggal penandatanganan", value: f?.tanggal ?? m.pk.tanggal.map(Tanggal.isian), hint: "contoh 2024-01-15"),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan(dasar), .teks("Batal")))
                )
            )))
    }
}
