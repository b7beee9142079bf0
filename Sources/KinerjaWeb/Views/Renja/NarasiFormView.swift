import Foundation
import KinerjaDocs
import KinerjaStore
import Plot
import Vapor

/// The edit form of one narrative section of the LKjIP. Paragraphs are separated by blank lines or line breaks;
/// on a 409 the newest text is shown in the message and the writer's own text stays in the box.
enum NarasiFormView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdKode: String
        var opdNama: String
        var tahun: Int
        var bagian: (kunci: String, judul: String)
        var teks: String
        var revisi: Int
        var alasan: String?
        var pesan: String?
    }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Ubah \(m.bagian.judul)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("\(m.bagian.judul) — LKjIP \(m.tahun)")),
                .p(.teks(m.opdNama)),
                .unwrap(m.pesan) { p in .div(.class("pesan"), .forEach(p.split(separator: "\n").map(String.init)) { .p(.teks($0)) }) },
                .form(
                    .action(KinerjaDocs.XML.escape(SiteURL.lkjipNarasi(m.opdKode, m.tahun, m.bagian.kunci).path)), .method(.post),
                    FormNode.csrf(m.csrf),
                    .input(.type(.hidden), .name("revisi"), .nilai("\(m.revisi)")),
                    .label(.for("teks"), .teks("Teks (satu paragraf per baris)")),
                    .textarea(.name("teks"), .id("teks"), .attribute(named: "rows", value: "16"), .attribute(named: "cols", value: "90"), .teks(m.teks)),
                    FormNode.field("alasan", "Alasan perubahan", value: m.alasan, hint: "dicatat di riwayat"),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan(SiteURL.lkjip(m.opdKode, m.tahun).path + "#\(m.bagian.kunci)"), .teks("Batal")))
                )
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
