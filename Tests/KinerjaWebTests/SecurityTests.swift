import FluentKit
import Foundation
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

@Suite("Security: headers, session cookie, login throttling, session fixation, password storage")
struct SecurityTests {
    static let sandi = "rahasia-uji-123"

    /// A user without an office (enough for login tests; no demo data needed).
    static func pengguna(_ app: Application, _ username: String) async throws {
        let hash = try await app.password.async.hash(sandi)
        _ = try await PenggunaRepository(db: app.db).tambah(username: username, nama: "Pengguna Uji", passwordHash: hash, peran: [.pemeriksa], opdKode: nil)
    }

    static func periksaHeader(_ res: TestingHTTPResponse, _ label: String) {
        let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
        #expect(csp.contains("default-src 'self'"), "\(label): CSP '\(csp)'")
        #expect(csp.contains("frame-ancestors 'none'"), "\(label): CSP '\(csp)'")
        #expect(!csp.contains("script-src") || !csp.contains("'unsafe-inline' 'unsafe-eval'"), "\(label): CSP '\(csp)'")
        #expect(res.headers.first(name: "X-Frame-Options") == "DENY", "\(label): X-Frame-Options")
        #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(label): X-Content-Type-Options")
    }

    static func lengkap(_ res: TestingHTTPResponse) -> Bool {
        (res.headers.first(name: "Content-Security-Policy") ?? "").contains("frame-ancestors 'none'")
            && res.headers.first(name: "X-Frame-Options") == "DENY" && res.headers.first(name: "X-Content-Type-Options") == "nosniff"
    }

    @Test("pages, redirects, JSON and the health check carry CSP, X-Frame-Options DENY and nosniff")
    func securityHeaders() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.header")
            let k = KlienUji(app)
            let login = try await k.get("/login")
            #expect(login.status == .ok)
            Self.periksaHeader(login, "GET /login")
            let redirect = try await KlienUji(app).get("/")
            #expect(redirect.status == .seeOther)
            Self.periksaHeader(redirect, "GET / (anonymous)")
            Self.periksaHeader(try await k.get("/health"), "GET /health")
            Self.periksaHeader(try await k.get("/openapi.json"), "GET /openapi.json")
            let masuk = try await k.masuk("uji.header", password: Self.sandi)
            #expect(masuk.status == .seeOther)
            Self.periksaHeader(masuk, "POST /login")
            let home = try await k.get("/")
            #expect(home.status == .ok)
            Self.periksaHeader(home, "GET / (signed in)")
            Self.periksaHeader(try await k.get("/api/opd"), "GET /api/opd")
        }
    }

    // BUG (Sources/KinerjaWeb/configure.swift): SecurityHeadersMiddleware is registered after (= inside)
    // KesalahanMiddleware. When a handler or middleware throws, SecurityHeadersMiddleware never sees a response
    // and KesalahanMiddleware builds the error page without the headers, so every 401/403/404/409/422/500 page
    // can be framed and sniffed. Fix: register SecurityHeadersMiddleware first (outermost).
    @Test("error responses (401, 403, 404) carry the security headers too")
    func securityHeadersOnErrors() async throws {
        try await withTestApp { app in
            let cases: [(String, TestingHTTPResponse)] = [
                ("GET /api/opd anonymous", try await KlienUji(app).get("/api/opd")),
                ("GET /tidak-ada", try await KlienUji(app).get("/tidak-ada")),
                ("POST /login without CSRF", try await KlienUji(app).kirim(.POST, "/login", form: ["username": "a", "password": "b"])),
                ("GET /api/opd bad bearer", try await KlienUji(app, bearer: "knj_salah").get("/api/opd")),
            ]
            #expect(cases.map(\.1.status.code) == [401, 404, 403, 401])
            for (label, res) in cases {
                #expect(Self.lengkap(res), "\(label) (\(res.status.code)) lacks the security headers")
            }
        }
    }

    @Test("the session cookie is HttpOnly, SameSite=Lax, path /; the database keeps only its hash")
    func sessionCookie() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.cookie")
            let first = try await app.testing().sendRequest(.GET, "/login")
            let set = try #require(first.headers.first(name: .setCookie))
            #expect(set.hasPrefix("kinerja_sesi="))
            #expect(set.localizedCaseInsensitiveContains("HttpOnly"))
            #expect(set.localizedCaseInsensitiveContains("SameSite=Lax"))
            #expect(set.localizedCaseInsensitiveContains("Path=/"))

            let k = KlienUji(app)
            let login = try await k.masuk("uji.cookie", password: Self.sandi)
            #expect(login.status == .seeOther)
            let after = try #require(login.headers.first(name: .setCookie))
            #expect(after.localizedCaseInsensitiveContains("HttpOnly") && after.localizedCaseInsensitiveContains("SameSite=Lax"))
            let raw = try #require(k.sesiID)
            let stored = try await SesiModel.query(on: app.db).all().map(\.tokenHash)
            #expect(!stored.contains(raw))
            #expect(stored.contains(SHA256.hash(data: Data(raw.utf8)).hex))
            #expect(try await SesiModel.query(on: app.db).all().allSatisfy { !$0.data.contains(Self.sandi) })
        }
    }

    @Test("login issues a new session id (no fixation) and the pre-login session no longer exists")
    func noSessionFixation() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.fiksasi")
            let k = KlienUji(app)
            _ = try await k.get("/login")
            let before = try #require(k.sesiID)
            let login = try await k.masuk("uji.fiksasi", password: Self.sandi)
            #expect(login.status == .seeOther)
            let after = try #require(k.sesiID)
            #expect(after != before)
            #expect(try await k.get("/").status == .ok)
            // An attacker holding the pre-login id is not signed in.
            let attacker = KlienUji(app)
            attacker.cookie = "kinerja_sesi=\(before)"
            let res = try await attacker.get("/")
            #expect(res.status == .seeOther)
            #expect(res.lokasi == "/login")
            #expect(try await SesiModel.query(on: app.db).filter(\.$tokenHash == SHA256.hash(data: Data(before.utf8)).hex).count() == 0)
            // Logout ends the session on the server, not just in the browser.
            _ = try await k.kirim(.POST, "/logout", form: [:], csrf: true)
            let replay = KlienUji(app)
            replay.cookie = "kinerja_sesi=\(after)"
            #expect(try await replay.get("/").lokasi == "/login")
        }
    }

    @Test("a page view reads the session row without writing it; a change to the session's data is written")
    func sesiTanpaTulisUlang() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.sesi")
            // An anonymous request that needs no session creates none (no row, no cookie).
            let anonim = try await KlienUji(app).get("/health")
            #expect(anonim.headers.first(name: .setCookie) == nil)
            _ = try await KlienUji(app).get("/")
            #expect(try await SesiModel.query(on: app.db).count() == 0)
            let k = KlienUji(app)
            _ = try await k.get("/login")
            #expect(try await k.masuk("uji.sesi", password: Self.sandi).status == .seeOther)
            let hash = SHA256.hash(data: Data(try #require(k.sesiID).utf8)).hex
            func baris() async throws -> SesiModel { try #require(try await SesiModel.query(on: app.db).filter(\.$tokenHash == hash).first()) }
            #expect(try await k.get("/").status == .ok)
            let sebelum = try await baris()
            // Push the stored expiry back a little: a write would move it forward to now + lifetime again.
            sebelum.kedaluwarsa = sebelum.kedaluwarsa.addingTimeInterval(-60)
            try await sebelum.update(on: app.db)
            #expect(try await k.get("/").status == .ok)
            #expect(abs(try await baris().kedaluwarsa.timeIntervalSince(sebelum.kedaluwarsa)) < 1)
            // Once the expiry is older than `perpanjangSetelah`, the next view slides it forward again.
            sebelum.kedaluwarsa = Date().addingTimeInterval(MasaSesi.lifetime - MasaSesi.perpanjangSetelah - 60)
            try await sebelum.update(on: app.db)
            // The row changed behind the application's back: forget the copy it keeps for `MasaSesi.cache` seconds.
            app.sesiCache.kosongkan()
            #expect(try await k.get("/").status == .ok)
            #expect(try await baris().kedaluwarsa > Date().addingTimeInterval(MasaSesi.lifetime - 60))
        }
    }

    @Test("after 5 failed logins the 6th attempt answers 429 in Indonesian, even with the right password")
    func loginThrottling() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.tebak")
            let k = KlienUji(app)
            for i in 1...5 {
                let res = try await k.masuk("uji.tebak", password: "salah-\(i)")
                #expect(res.status == .unauthorized, "attempt \(i)")
                #expect(res.body.string.contains("Nama pengguna atau kata sandi salah."))
            }
            let sixth = try await k.masuk("uji.tebak", password: Self.sandi)
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit."))
            #expect(sixth.headers.first(name: .contentType)?.contains("text/html") == true)
            // Not signed in
            let home = try await k.get("/")
            #expect(home.status == .seeOther)
            #expect(home.lokasi == "/login")
            // The username is blocked in any letter case
            #expect(try await KlienUji(app).masuk("UJI.TEBAK", password: Self.sandi).status == .tooManyRequests)
        }
    }

    // BUG (Sources/KinerjaWeb/Controllers/LoginController.swift, `kunci`): the throttling key is
    // "u:" + username.lowercased(), but PenggunaRepository.untukLogin trims whitespace before the lookup. " name",
    // "name ", "  name" … are different keys for the same account, so each spelling gets 5 fresh guesses; a
    // successful login with any account also clears the per-address key. Together the per-username limit can be
    // bypassed. Fix: build the key from the normalised name,
    // `let uname = form.username.trimmingCharacters(in: .whitespaces).lowercased()` and use "u:" + uname.
    @Test("the per-username limit cannot be bypassed by padding the username with spaces")
    func throttlingUsesTheNormalisedUsername() async throws {
        try await withTestApp { app in
            try await Self.pengguna(app, "uji.korban")
            try await Self.pengguna(app, "uji.penyerang")
            let k = KlienUji(app)
            for i in 1...4 { #expect(try await k.masuk("uji.korban", password: "salah-\(i)").status == .unauthorized) }
            // The attacker's own login clears the per-address counter …
            #expect(try await KlienUji(app).masuk("uji.penyerang", password: Self.sandi).status == .seeOther)
            #expect(try await k.masuk("uji.korban", password: "salah-5").status == .unauthorized)
            // … so only the per-username counter (5 failures) stands between the attacker and more guesses.
            #expect(try await KlienUji(app).masuk("uji.korban", password: Self.sandi).status == .tooManyRequests)
            for variant in [" uji.korban", "uji.korban ", "\tuji.korban"] {
                let res = try await KlienUji(app).masuk(variant, password: Self.sandi)
                #expect(res.status == .tooManyRequests, "'\(variant)' answered \(res.status.code)")
            }
        }
    }

    @Test("passwords are stored as bcrypt hashes, never as text")
    func passwordsAreBcrypt() async throws {
        try await withTestApp(demo: true) { app in
            let rows = try await PenggunaModel.query(on: app.db).all()
            #expect(rows.count >= 21)  // 4 offices × 5 roles + sulbar.provinsi
            for u in rows {
                let h = u.passwordHash
                #expect(["$2b$", "$2a$", "$2y$"].contains { h.hasPrefix($0) }, "\(u.username): '\(h.prefix(7))…'")
                #expect(h.count == 60, "\(u.username): bcrypt hashes are 60 characters")
                #expect(!h.contains(DemoLoader.password), "\(u.username)")
            }
            let one = try #require(rows.first)
            #expect(try app.password.verify(DemoLoader.password, created: one.passwordHash))
            #expect(try !app.password.verify("salah", created: one.passwordHash))
        }
    }
}
