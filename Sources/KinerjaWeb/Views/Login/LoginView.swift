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
                .h1(.text("Masuk ke Kinerja")),
                .unwrap(m.pesan) { .p(.class("pesan"), .text($0)) },
                .form(
                    .action(SiteURL.login.path), .method(.post),
                    .input(.type(.hidden), .name(CSRFMiddleware.field), .value(m.csrf)),
                    .label(.for("username"), .text("Nama pengguna")),
                    .input(.type(.text), .name("username"), .id("username"), .value(m.username), .required(true), .autocomplete(false)),
                    .label(.for("password"), .text("Kata sandi")),
                    .input(.type(.password), .name("password"), .id("password"), .required(true)),
                    .p(.button(.type(.submit), .text("Masuk")))
                )
            ))
    }

    static func response(model: Model) -> Response { Layout.response(html(model)) }
}
