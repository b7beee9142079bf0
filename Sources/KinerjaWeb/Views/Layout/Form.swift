import Plot

/// Small form helpers shared by the views.
enum FormNode {
    static func csrf(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.field), .nilai(token))
    }

    /// A POST form with one submit button (and hidden fields).
    static func tombol(_ action: String, _ label: String, csrf token: String, hidden: [(String, String)] = []) -> Node<HTML.BodyContext> {
        .form(
            .action(action), .method(.post), .class("sebaris"),
            csrf(token),
            .forEach(hidden) { .input(.type(.hidden), .name($0.0), .nilai($0.1)) },
            .button(.type(.submit), .teks(label))
        )
    }

    static func field(_ name: String, _ label: String, value: String?, hint: String? = nil) -> Node<HTML.FormContext> {
        .group(
            .label(.for(name), .teks(label)),
            .input(.type(.text), .name(name), .id(name), .nilai(value ?? "")),
            .unwrap(hint) { .small(.teks(" \($0)")) }
        )
    }
}
