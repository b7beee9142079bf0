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

/// Loads the user named by the session (if any) for the rest of the request.
struct PenggunaSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // `hasSession`: only a request that brought a session cookie has one to read. Touching `request.session`
        // otherwise creates an empty session, which Vapor then stores: a row per anonymous request.
        if request.hasSession, let uid = request.session.data["uid"].flatMap(UUID.init(uuidString:)) {
            // From memory for `MasaSesi.cache` seconds (`SesiCache`), then from the database again.
            let cache = request.application.sesiCache
            var p = await cache.pengguna(uid)
            if p == nil, let dibaca = try await PenggunaRepository(db: request.db).pengguna(id: uid) {
                await cache.simpan(dibaca)
                p = dibaca
            }
            if let p, p.aktif { request.pengguna = p }
        }
        return try await next.respond(to: request)
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
