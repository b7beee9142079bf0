import KinerjaStore
import Vapor

enum LoginController {
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
        let kunci = ["u:" + form.username.lowercased(), "ip:" + (req.remoteAddress?.ipAddress ?? "-")]
        let pembatas = req.application.pembatasLogin
        if await pembatas.diblokir(kunci) {
            req.logger.warning("login throttled for '\(form.username)'")
            let r = LoginView.response(model: .init(csrf: req.csrfToken, pesan: "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.", username: form.username))
            r.status = .tooManyRequests
            return r
        }
        let repo = PenggunaRepository(db: req.db)
        if let found = try await repo.untukLogin(username: form.username), found.pengguna.aktif,
            try await req.password.async.verify(form.password, created: found.hash)
        {
            // A fresh session id on login (no session fixation), fresh CSRF token.
            if let old = req.session.id { try await SesiDatabaseDriver().deleteSession(old, for: req) }
            req.session.id = nil
            req.session.data = SessionData()
            req.session.data["uid"] = found.pengguna.id.uuidString
            req.session.data["csrf"] = [UInt8].random(count: 24).hex
            await pembatas.berhasil(kunci)
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
        req.session.destroy()
        return req.redirect(to: SiteURL.login.path)
    }
}
