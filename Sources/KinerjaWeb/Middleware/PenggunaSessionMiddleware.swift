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
struct WajibLogin: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.pengguna != nil else {
            if request.url.path.hasPrefix("/api/") { throw Abort(.unauthorized, reason: "Silakan masuk terlebih dahulu.") }
            return request.redirect(to: SiteURL.login.path)
        }
        return try await next.respond(to: request)
    }
}
