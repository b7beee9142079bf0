import KinerjaStore
import Vapor

struct PenggunaKey: StorageKey { typealias Value = Pengguna }

extension Request {
    /// The signed-in user, if any.
    var pengguna: Pengguna? {
        get { storage[PenggunaKey.self] }
        set { storage[PenggunaKey.self] = newValue }
    }

    func wajibPengguna() throws -> Pengguna {
        guard let p = pengguna else { throw Abort(.unauthorized) }
        return p
    }
}

/// Pages answer with a redirect to the login form; the API answers 401.
/// Future-based (no I/O; see `SecurityHeadersMiddleware`).
struct WajibLogin: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.pengguna != nil else {
            if request.url.path.hasPrefix("/api/") {
                return request.eventLoop.makeFailedFuture(Abort(.unauthorized, reason: "Silakan masuk terlebih dahulu."))
            }
            return request.eventLoop.makeSucceededFuture(request.redirect(to: SiteURL.login.path))
        }
        return next.respond(to: request)
    }
}
