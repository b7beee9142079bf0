import KinerjaStore
import Vapor

enum LoginController {
    struct HashSemuKey: StorageKey { typealias Value = String }

    /// A hash of a random string with the configured cost, verified when the username is unknown, so every
    /// attempt costs one bcrypt check. Made once per application.
    static func hashSemu(_ req: Request) async throws -> String {
        if let h = req.application.storage[HashSemuKey.self] { return h }
        let h = try await req.password.async.hash([UInt8].random(count: 16).hex)
        req.application.storage[HashSemuKey.self] = h
        return h
    }

    struct Form: Content {
        var username: String
        var password: String
    }

    @Sendable static func form(req: Request) async throws -> Response {
        if req.pengguna != nil { return req.redirect(to: SiteURL.beranda.path) }
        return LoginView.response(model: .init(csrf: req.csrfToken, pesan: nil, username: ""))
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        // The same normalisation as the lookup, so " nama" and "nama" share one counter.
        let uname = form.username.trimmingCharacters(in: .whitespaces).lowercased()
        let kunci = ["u:" + uname, "ip:" + (req.remoteAddress?.ipAddress ?? "-")]
        let pembatas = req.application.pembatasLogin
        if await pembatas.diblokir(kunci) {
            req.logger.warning("login throttled for '\(form.username)'")
            let r = LoginView.response(model: .init(csrf: req.csrfToken, pesan: "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.", username: form.username))
            r.status = .tooManyRequests
            return r
        }
        let repo = PenggunaRepository(db: req.db)
        let found = try await repo.untukLogin(username: uname)
        // Verify against a fixed hash for unknown users too, so timing does not reveal which usernames exist.
        let hash: String
        if let h = found?.hash { hash = h } else { hash = try await Self.hashSemu(req) }
        let cocok = try await req.password.async.verify(form.password, created: hash)
        if let found, found.pengguna.aktif, cocok {
            // A fresh session id on login (no session fixation), fresh CSRF token.
            try await req.sesiBaru(["uid": found.pengguna.id.uuidString, "csrf": [UInt8].random(count: 24).hex])
            await pembatas.berhasil(["u:" + uname])
            req.logger.info("login \(found.pengguna.username)")
            return req.redirect(to: SiteURL.beranda.path)
        }
        await pembatas.catatGagal(kunci)
        req.logger.notice("failed login for '\(form.username)'")
        let r = LoginView.response(model: .init(csrf: req.csrfToken, pesan: "Nama pengguna atau kata sandi salah.", username: form.username))
        r.status = .unauthorized
        return r
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        req.akhiriSesi()
        return req.redirect(to: SiteURL.login.path)
    }
}
