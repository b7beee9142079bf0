import Vapor

/// Every state-changing form carries the session's CSRF token in `_csrf`; a POST without the matching
/// token is refused (403) before any handler runs.
/// Future-based (no I/O: the body is collected before route middleware runs; see `SecurityHeadersMiddleware`).
struct CSRFMiddleware: Middleware {
    static let field = "_csrf"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if !request.viaToken, request.method == .POST || request.method == .PUT || request.method == .PATCH || request.method == .DELETE {
            // Forms send the token as a field; API calls made with the session cookie send it as a header.
            let sent = request.headers.first(name: "X-CSRF-Token") ?? (try? request.content.get(String.self, at: Self.field))
            guard let expected = request.sesiNilai("csrf"), let sent, Self.equal(sent, expected) else {
                return request.eventLoop.makeFailedFuture(
                    Abort(.forbidden, reason: "Token formulir tidak sah atau kedaluwarsa. Muat ulang halaman lalu coba lagi."))
            }
        }
        return next.respond(to: request)
    }

    /// Constant-time comparison.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let t = sesiNilai("csrf") { return t }
        let t = [UInt8].random(count: 24).hex
        aturSesi("csrf", t)
        return t
    }
}
