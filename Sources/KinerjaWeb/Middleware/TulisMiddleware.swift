import Vapor

/// Forgets the cached Renja stamps when a request that may write (anything but GET and HEAD) has finished, so
/// the next page view after an edit, a stage move or a comment reads the database. Future-based: page views pass
/// straight through (see `SecurityHeadersMiddleware`).
struct TulisMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method != .GET, request.method != .HEAD else { return next.respond(to: request) }
        let cache = request.application.renjaCache
        return next.respond(to: request).always { _ in cache.lupakanStempel() }
    }
}
