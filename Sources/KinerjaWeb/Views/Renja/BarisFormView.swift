import Foundation
import KinerjaCore
import KinerjaStore
import Plot
import Vapor

/// The edit form of one Renja line. On a 409 it shows the newest values with the message.
enum BarisFormView {
    struct Model {
        var pengguna: Pengguna
        var csrf: String
        var opdNama: String
        var renjaID: UUID
        var tahun: Int
        var perubahan: Bool
        var baris: RenjaBaris
        var info: BarisInfo
        /// What the user typed (re-shown after an error); nil = current values.
        var nilai: RenjaController.BarisForm?
        var pesan: String?
    }

    static func html(_ m: Model) -> HTML {
        let b = m.baris
        let t = b.targets.first { $0.tahun == m.tahun }
        let t1 = b.targets.first { $0.tahun == m.tahun + 1 }
        let sub = b.kode.level == .subKegiatan
        return Layout.page(
            title: "Ubah \(b.kode)", pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.teks("\(b.kode) \(b.uraian)")),
                .p(.teks(m.opdNama)),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .p(.a(.tautan(SiteURL.renjaRiwayat(m.renjaID).path + "?baris=\(m.info.id.lower)"), .teks("Riwayat baris ini"))),
                .form(
                    .action(SiteURL.renjaBaris(m.renjaID, m.info.id).path), .method(.post),
                    FormNode.csrf(m.csrf),
                    .input(.type(.hidden), .name("revisi"), .nilai("\(m.info.revisi)")),
                    .if(sub, FormNode.field("pagu", "Pagu \(m.tahun) (Rp)", value: m.nilai?.pagu ?? b.pagu.map { Rupiah.grouped($0.rawValue) })),
                    .if(sub, FormNode.field("pagu_n1", "Pagu \(m.tahun + 1) (Rp)", value: m.nilai?.pagu_n1 ?? b.paguN1.map { Rupiah.grouped($0.rawValue) })),
                    .if(!sub, .p(.teks("Pagu baris ini dihitung dari sub kegiatannya."))),
                    .unwrap(t) { t in .p(.teks("Indikator: \(t.indikator) (\(t.satuanIndikator))")) },
                    FormNode.field("target", "Target \(m.tahun)", value: m.nilai?.target ?? t?.nilai?.teks),
                    FormNode.field("target_n1", "Target \(m.tahun + 1)", value: m.nilai?.target_n1 ?? t1?.nilai?.teks),
                    FormNode.field("lokasi", "Lokasi", value: m.nilai?.lokasi ?? b.lokasi),
                    FormNode.field("kelompok_sasaran", "Kelompok sasaran", value: m.nilai?.kelompok_sasaran ?? b.kelompokSasaran),
                    FormNode.field("sumber_dana", "Sumber dana", value: m.nilai?.sumber_dana ?? b.sumberDana),
                    FormNode.field("catatan", "Catatan", value: m.nilai?.catatan ?? b.catatan),
                    .if(m.perubahan, FormNode.field("alasan_perubahan", "Alasan perubahan", value: m.nilai?.alasan_perubahan ?? m.info.alasanPerubahan,
                                                    hint: "wajib bila pagu berubah")),
                    .p(.button(.type(.submit), .teks("Simpan")), .teks(" "), .a(.tautan(SiteURL.renja(m.renjaID).path), .teks("Batal")))
                )
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
