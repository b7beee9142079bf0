import Plot
import Vapor

enum LoginView {
    struct Model {
        var csrf: String
        var pesan: String?
        var username: String
    }

    static func html(_ m: Model) -> HTML {
        Layout.page(
            title: "Masuk", pengguna: nil, csrf: nil,
            .group(
                .h1(.teks("Masuk ke Kinerja")),
                .unwrap(m.pesan) { .p(.class("pesan"), .teks($0)) },
                .form(
                    .action(SiteURL.login.path), .method(.post),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .nilai(m.csrf)),
                    .label(.for("username"), .teks("Nama pengguna")),
                    .input(.type(.text), .name("username"), .id("username"), .nilai(m.username), .required(true), .autocomplete(false)),
                    .label(.for("password"), .teks("Kata sandi")),
                    .input(.type(.password), .name("password"), .id("password"), .required(true)),
                    .p(.button(.type(.submit), .teks("Masuk")))
                )
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
