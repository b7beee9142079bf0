import Vapor

/// Security headers on every response. No inline script is used, so the CSP forbids scripts from elsewhere.
/// A future-based middleware, like the other ones that do no I/O: Vapor runs every `AsyncMiddleware` as a task
/// of its own, two executor hops per request per layer, which showed in the Renja page's tail latency.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { r in
            Self.tambahkan(r)
            return r
        }
    }

    static func tambahkan(_ r: Response) {
        r.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        r.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        r.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        r.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    }
}
