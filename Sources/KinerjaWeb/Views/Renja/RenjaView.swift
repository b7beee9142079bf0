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
    }

    static func html(_ m: Model) -> HTML {
        let r = m.renja
        let judul = "\(r.jenis == .perubahan ? "Renja Perubahan" : "Renja") \(r.tahun)"
        return Layout.page(
            title: judul, pengguna: m.pengguna, csrf: m.csrf,
            .group(
                .h1(.text("\(judul) — \(m.opdNama)")),
                .p(.text("Versi \(r.versi) · Tahapan: \(r.tahapan.nama)")),
                .p(.text("Pagu program dan kegiatan dihitung dari jumlah pagu sub kegiatan.")),
                .table(
                    .tr(
                        .th("Kode"), .th("Program / Kegiatan / Sub Kegiatan"), .th("Indikator"),
                        .th(.class("angka"), .text("Target \(r.tahun)")), .th("Satuan"),
                        .th(.class("angka"), .text("Pagu \(r.tahun) (Rp)")),
                        .th(.class("angka"), .text("Target \(r.tahun + 1)")),
                        .th(.class("angka"), .text("Pagu \(r.tahun + 1) (Rp)"))
                    ),
                    .forEach(r.pohon.urutan) { item in
                        baris(item.simpul, depth: item.depth, tahun: r.tahun)
                    },
                    .tr(
                        .class("total"),
                        .td(), .td(.text("Jumlah")), .td(), .td(), .td(),
                        .td(.class("angka"), .text(Rupiah.grouped(r.pohon.totalPagu.rawValue))),
                        .td(),
                        .td(.class("angka"), .text(Rupiah.grouped(r.pohon.totalPaguN1.rawValue)))
                    )
                )
            ))
    }

    static func baris(_ s: PohonRenja.Simpul, depth: Int, tahun: Int) -> Node<HTML.TableContext> {
        let b = s.baris
        let t = b.targets.first { $0.tahun == tahun }
        let t1 = b.targets.first { $0.tahun == tahun + 1 }
        let level = b.kode.level == .subKegiatan ? "sub" : b.kode.level.rawValue
        return .tr(
            .class(level),
            .td(.text(b.kode.description)),
            .td(.class("d\(min(depth, 2))"), .text(b.uraian)),
            .td(.text(t?.indikator ?? "")),
            .td(.class("angka"), .text(t?.nilai?.teks ?? "–")),
            .td(.text(t?.satuan ?? "")),
            .td(.class("angka"), .text(Rupiah.grouped(s.totalPagu.rawValue))),
            .td(.class("angka"), .text(t1?.nilai?.teks ?? "–")),
            .td(.class("angka"), .text(s.totalPaguN1 == .zero ? "–" : Rupiah.grouped(s.totalPaguN1.rawValue)))
        )
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
