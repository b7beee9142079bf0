import KinerjaStore
import Vapor

/// The request's session as the handlers see it: the data, and what is to happen to it when the response leaves.
struct Sesi: Sendable {
    /// The cookie value this session was read under; nil for a session started by this request.
    var id: String?
    var isi: [String: String]
    /// Logout: the row is deleted and the cookie expired.
    var diakhiri = false
}

struct SesiKey: StorageKey { typealias Value = Sesi }

extension Request {
    /// The session read from the cookie, or started by this request; nil when there is none.
    var sesi: Sesi? {
        get { storage[SesiKey.self] }
        set { storage[SesiKey.self] = newValue }
    }

    /// Reads a session value.
    func sesiNilai(_ kunci: String) -> String? { sesi?.isi[kunci] }

    /// Sets a session value, starting a session when the request has none.
    func aturSesi(_ kunci: String, _ nilai: String) {
        var s = sesi ?? Sesi(id: nil, isi: [:])
        s.isi[kunci] = nilai
        sesi = s
    }

    /// A fresh session under a new id (login: no session fixation). The old row is deleted now.
    func sesiBaru(_ isi: [String: String]) async throws {
        if let lama = sesi?.id { try await SesiPenyimpan.hapus(lama, for: self) }
        sesi = Sesi(id: nil, isi: isi)
    }

    /// Ends the session (logout).
    func akhiriSesi() { sesi?.diakhiri = true }
}

/// Sessions kept in the `sesi` table, and the signed-in user they name, in one middleware.
///
/// Replaces Vapor's `SessionsMiddleware`, which bridges every read and update through an `EventLoopFuture` task and
/// sets the cookie again on every response. Here a request whose session is unchanged costs one in-memory lookup
/// (`SesiCache`), and the cookie is sent only when the session is created, changed, slid forward or ended.
struct SesiMiddleware: AsyncMiddleware {
    /// The cookie's name and flags (`app.sessions.configuration`, set in `configure`).
    let cookie: SessionsConfiguration

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let nama = cookie.cookieName
        var terbaca: SesiPenyimpan.Terbaca?
        if let cookie = request.cookies[nama]?.string, !cookie.isEmpty, let t = try await SesiPenyimpan.baca(cookie, for: request) {
            terbaca = t
            request.sesi = Sesi(id: cookie, isi: t.isi)
            if let uid = t.isi["uid"].flatMap(UUID.init(uuidString:)), let p = try await Self.pengguna(uid, request), p.aktif {
                request.pengguna = p
            }
        }
        let response = try await next.respond(to: request)
        try await simpan(request, response, terbaca: terbaca, cookie: nama)
        return response
    }

    /// The user from memory for `MasaSesi.cache` seconds (`SesiCache`), then from the database again.
    static func pengguna(_ uid: UUID, _ request: Request) async throws -> Pengguna? {
        let cache = request.application.sesiCache
        if let p = cache.pengguna(uid) { return p }
        guard let p = try await PenggunaRepository(db: request.db).pengguna(id: uid) else { return nil }
        cache.simpan(p)
        return p
    }

    /// Writes what the handler did with the session, and sets the cookie when its value or expiry changed.
    func simpan(_ request: Request, _ response: Response, terbaca: SesiPenyimpan.Terbaca?, cookie nama: String) async throws {
        guard let s = request.sesi else { return }
        if s.diakhiri {
            if let id = s.id { try await SesiPenyimpan.hapus(id, for: request) }
            response.cookies[nama] = .expired
            return
        }
        let id: String
        if let lama = s.id, let terbaca {
            if SesiPenyimpan.tanpaPerubahan(terbaca, isi: s.isi) { return }
            id = try await SesiPenyimpan.perbarui(lama, isi: s.isi, for: request)
        } else {
            guard !s.isi.isEmpty else { return }
            id = try await SesiPenyimpan.buat(s.isi, for: request)
        }
        response.cookies[nama] = cookie.cookieFactory(SessionID(string: id))
    }
}
