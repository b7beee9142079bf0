import Foundation
import KinerjaDocs
import KinerjaStore
import Plot
import Vapor

/// The IKU definitions of an office and the edit form of one.
enum IKUView {
    struct Daftar {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var iku: [IKURepository.Definisi]
        var bolehUbah: Bool
    }

    static func daftar(model m: Daftar) -> Response {
        Layout.response(Layout.page(
            title: "IKU \(m.opdNama)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("Indikator Kinerja Utama — \(m.opdNama)")),
                .if(m.iku.isEmpty, .p(.teks("Kantor ini belum mempunyai IKU."))),
                .table(
                    .tr(.th("Kode"), .th("Sasaran"), .th("Indikator"), .th("Pembilang"), .th("Penyebut"), .th("Sumber data"), .th("Penanggung jawab"), .th("")),
                    .forEach(m.iku) { d in
                        .tr(
                            .id(KinerjaDocs.XML.escape("iku-\(d.kode)")),
                            .td(.teks(d.kode)), .td(.teks(d.sasaran ?? "–")), .td(.teks(d.nama)), .td(.teks(d.pembilang ?? "–")), .td(.teks(d.penyebut ?? "–")),
                            .td(.teks(d.sumberData ?? "–")), .td(.teks(d.unitKerjaNama ?? "–")),
                            .td(.if(m.bolehUbah, .a(.tautan("/opd/\(m.opdKode)/iku/\(d.kode)"), .teks("Ubah"))))
                        )
                    }
                ),
                .p(.a(.tautan("/api/opd/\(m.opdKode)/iku"), .teks("Data halaman ini (JSON)")))
            )))
    }

    struct Form {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var iku: IKURepository.Definisi
        var unit: [(kode: String, nama: String)]
        /// What the user typed (re-shown after an error); nil = current values.
        var isian: IKUController.Form?
        var pesan: String?
    }

    /// The unit choice, written by hand: Plot's option element takes its label as an unescaped attribute.
    static func pilihan(_ unit: [(kode: String, nama: String)], terpilih: String) -> String {
        var s = #"<select name="unit_kerja" id="unit_kerja"><option value="">–</option>"#
        for u in unit {
            s += #"<option value="\#(KinerjaDocs.XML.escape(u.kode))"\#(u.kode == terpilih ? " selected" : "")>\#(KinerjaDocs.XML.escape("\(u.kode) \(u.nama)"))</option>"#
        }
        return s + "</select>"
    }

    static func form(model m: Form) -> Response {
        let d = m.iku
        let pilih = m.isian?.unit_kerja ?? d.unitKerja ?? ""
        return Layout.response(Layout.page(
            title: "Ubah \(d.kode)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("\(d.kode) \(d.nama)")),
                .p(.teks(m.opdNama + (d.sasaran.map { " · sasaran: \($0)" } ?? ""))),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .form(
                    .action(KinerjaDocs.XML.escape("/opd/\(m.opdKode)/iku/\(d.kode)")), .method(.post),
                    FormNode.csrf(m.csrf),
                    .input(.type(.hidden), .name("versi"), .nilai(d.versi)),
                    FormNode.field("pembilang", "Formulasi: pembilang", value: m.isian?.pembilang ?? d.pembilang),
                    FormNode.field("penyebut", "Formulasi: penyebut", value: m.isian?.penyebut ?? d.penyebut, hint: "kosongkan untuk indikator jumlah"),
                    FormNode.field("sumber_data", "Sumber data", value: m.isian?.sumber_data ?? d.sumberData),
                    .label(.for("unit_kerja"), .teks("Penanggung jawab")),
                    .raw(pilihan(m.unit, terpilih: pilih)),
                    FormNode.field("alasan", "Alasan perubahan", value: m.isian?.alasan, hint: "dicatat di riwayat"),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan("/opd/\(m.opdKode)/iku"), .teks("Batal")))
                )
            )))
    }
}
