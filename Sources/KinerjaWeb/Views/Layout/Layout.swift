import KinerjaStore
import Plot
import Vapor

/// The shared page frame: header with the user and a logout form, main content, footer. No JavaScript.
enum Layout {
    static func page(title: String, pengguna: Pengguna?, csrf: String?, _ content: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .lang(.indonesian),
            .head(
                .encoding(.utf8),
                .title("\(title) · Kinerja"),
                .viewport(.accordingToDevice),
                .style(css)
            ),
            .body(
                .header(
                    .class("atas"),
                    .a(.tautan(SiteURL.beranda.path), .class("merek"), .teks("Kinerja")),
                    .unwrap(pengguna) { p in
                        .div(
                            .class("akun"),
                            .span(.teks("\(p.nama) (\(p.peran.map(\.nama).joined(separator: ", ")))")),
                            .unwrap(csrf) { token in
                                .form(
                                    .action(SiteURL.logout.path), .method(.post),
                                    .input(.type(.hidden), .name(CSRFMiddleware.field), .nilai(token)),
                                    .button(.type(.submit), .teks("Keluar"))
                                )
                            }
                        )
                    }
                ),
                .main(content),
                .footer(.p(.teks("Kinerja — perencanaan dan akuntabilitas kinerja Dinas Sosial")))
            )
        )
    }

    static func response(_ html: HTML, status: HTTPResponseStatus = .ok) -> Response {
        Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: html.render()))
    }

    static let css = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header.atas{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1.2rem;background:#0b4f6c;color:#fff}
        header.atas a.merek{color:#fff;font-weight:700;text-decoration:none;font-size:1.2rem}
        .akun{display:flex;gap:.8rem;align-items:center}.akun form{margin:0}
        main{padding:1rem 1.2rem;max-width:1200px}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{border:1px solid #cfd5dd;padding:.3rem .5rem;vertical-align:top;font-size:.9rem}
        th{background:#e8edf3;text-align:left}
        td.angka,th.angka{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.program td{font-weight:700;background:#eef5f9}tr.kegiatan td{font-weight:600}
        tr.total td{font-weight:700;border-top:2px solid #1d2330}
        .d1{padding-left:1.4rem}.d2{padding-left:2.8rem}
        .pesan{padding:.6rem;border-radius:4px;background:#fdecea;color:#8a1c12}
        label{display:block;margin:.5rem 0 .2rem}input[type=text],input[type=password]{padding:.4rem;width:16rem}
        button{padding:.4rem .9rem;cursor:pointer}
        form.sebaris{display:inline-block;margin:.3rem .5rem .3rem 0}nav.aksi a{margin-right:1rem}
        .catatan{color:#556;font-size:.85rem}textarea{width:32rem;height:5rem}
        tr.status-bertambah td{background:#eaf7ea}tr.status-berkurang td{background:#fdf0e6}
        tr.status-baru td{background:#e6f0fd}tr.status-dihapus td{background:#f6e3e3;text-decoration:line-through}
        td.temuan{font-size:.8rem;max-width:22rem}.temuan-galat{color:#8a1c12}.temuan-peringatan{color:#7a5200}
        td.beda{background:#fff3c4;font-weight:600}
        figure.tabel-dokumen{margin:1rem 0}figure.tabel-dokumen figcaption{margin-bottom:.5rem}.gulir{overflow-x:auto}
        tr.nomor-kolom th{text-align:center;font-weight:400;font-size:.8rem}tr.tebal td{font-weight:700}
        td.jenjang-1{padding-left:1.4rem}td.jenjang-2{padding-left:2.8rem}td.tidak-dihitung{color:#7a5200;font-style:italic}
        tr.temuan td{background:#fffbea;font-size:.8rem}tr.temuan ul{margin:0;padding-left:1.2rem}
        li.galat{color:#8a1c12}li.peringatan{color:#7a5200}
        nav.daftar-isi ul{list-style:none;padding-left:0}nav.daftar-isi li.tingkat-2{padding-left:1.4rem}
        .grafik svg{max-width:100%;height:auto;background:#fff;margin:.5rem 0}
        footer{padding:1rem 1.2rem;color:#667;font-size:.8rem}
        @media print{header.atas form,footer,nav.aksi,p.unduh{display:none}.gulir{overflow:visible}}
        """
}

/// The Indonesian error page used by the error middleware.
enum HalamanKesalahan {
    static func response(status: HTTPResponseStatus, pesan: String, pengguna: Pengguna?) -> Response {
        let html = Layout.page(
            title: "Kesalahan", pengguna: pengguna, csrf: nil,
            .group(
                .h1(.teks("Terjadi masalah (\(status.code))")),
                .p(.class("pesan"), .teks(pesan)),
                .p(.a(.tautan(SiteURL.beranda.path), .teks("Kembali ke beranda")))
            ))
        return Layout.response(html, status: status)
    }
}
