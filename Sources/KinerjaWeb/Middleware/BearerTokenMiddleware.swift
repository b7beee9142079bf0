import KinerjaStore
import Vapor

struct ViaTokenKey: StorageKey { typealias Value = Bool }

extension Request {
    /// True when the user was identified by an API token (no cookie, so no CSRF exposure).
    var viaToken: Bool { storage[ViaTokenKey.self] ?? false }
}

/// `Authorization: Bearer <token>` identifies the user for the JSON API; only the token's SHA-256 is stored.
/// Future-based so that a request without a token (every page view) passes without a task of its own.
public struct BearerTokenMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let bearer = request.headers.bearerAuthorization else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            guard let p = try await PenggunaRepository(db: request.db).penggunaUntukToken(hash: Self.hash(bearer.token)) else {
                throw Abort(.unauthorized, reason: "Token API tidak sah atau kedaluwarsa.")
            }
            request.pengguna = p
            request.storage[ViaTokenKey.self] = true
        }.flatMap { next.respond(to: request) }
    }

    public static func hash(_ token: String) -> String { SHA256.hash(data: Data(token.utf8)).hex }

    /// A new random token (shown once to the user).
    public static func buatToken() -> String { "knj_" + [UInt8].random(count: 32).hex }
}
