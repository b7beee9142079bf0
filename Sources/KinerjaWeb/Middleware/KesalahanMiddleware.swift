import KinerjaCore
import KinerjaStore
import Vapor

/// The one translator from errors to responses: an Indonesian HTML page for pages, JSON for `/api`.
/// Internal detail goes to the log, never to the user.
/// Future-based (no I/O; see `SecurityHeadersMiddleware`).
struct KesalahanMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in try Self.response(error, request) }
    }

    static func response(_ error: any Error, _ request: Request) throws -> Response {
        let (status, pesan) = Self.map(error)
        if status.code >= 500 { request.logger.report(error: error) } else { request.logger.debug("\(status.code): \(error)") }
        if request.url.path.hasPrefix("/api/") || request.url.path == "/health" {
            var fields = ["error": pesan]
            if case .invalid(let field, _, _)? = error as? StoreError { fields["field"] = field }
            if let e = error as? KesalahanMasukan { fields["field"] = e.field }
            if case .conflict(_, _, _, let current)? = error as? StoreError { fields["revisi"] = "\(current)" }
            let body = try JSONEncoder().encode(fields)
            return Response(status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: body))
        }
        return HalamanKesalahan.response(status: status, pesan: pesan, pengguna: request.pengguna)
    }

    static func map(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case let e as StoreError:
            switch e {
            case .notFound: return (.notFound, "Data tidak ditemukan.")
            case .invalid(_, _, let pesan): return (.unprocessableEntity, pesan)
            case .immutable: return (.conflict, "Dokumen sudah ditetapkan dan tidak dapat diubah; buat Perubahan.")
            case .conflict(_, _, _, let current): return (.conflict, "Data sudah diubah orang lain (revisi terbaru \(current)); muat ulang lalu ulangi.")
            case .forbidden: return (.forbidden, "Peran Anda tidak mengizinkan tindakan ini.")
            default: return (.internalServerError, "Terjadi kesalahan pada server.")
            }
        case let e as KesalahanMasukan:
            // Input read by `IsianFormulir` in a handler: the same 422 as a repository's validation.
            return (.unprocessableEntity, e.pesan)
        case let a as any AbortError:
            let pesan: String
            switch a.status {
            case .notFound: pesan = "Halaman tidak ditemukan."
            case .forbidden: pesan = a.reason == a.status.reasonPhrase ? "Anda tidak berhak membuka halaman ini." : a.reason
            case .unauthorized: pesan = "Silakan masuk terlebih dahulu."
            default: pesan = a.status.code < 500 ? a.reason : "Terjadi kesalahan pada server."
            }
            return (a.status, pesan)
        default:
            // SQLite file with several connections: the loser of two concurrent writers finds the database locked
            // (PostgreSQL makes it wait and then reports the stale revision). Either way: someone else is saving.
            if GalatDriver.terkunci(error) {
                return (.conflict, "Data sedang diubah pengguna lain; muat ulang lalu ulangi.")
            }
            return (.internalServerError, "Terjadi kesalahan pada server.")
        }
    }
}
