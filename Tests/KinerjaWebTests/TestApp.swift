import Foundation
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// Builds the real application on an isolated, migrated database (SQLite in memory or a fresh PostgreSQL
/// database), optionally with the demo offices loaded, and tears it down afterwards.
func withTestApp(demo: Bool = false, _ body: (Application) async throws -> Void) async throws {
    try await TestDatabase.withTarget { target in
        let app = try await Application.make(.testing)
        do {
            try await configure(app, KinerjaConfig(database: target, bcryptCost: 4))
            if demo {
                let hash = try await app.password.async.hash(DemoLoader.password)
                try await DemoLoader(db: app.db).muat(passwordHash: hash)
            }
            try await body(app)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

/// A browser-like client: keeps the session cookie and reads CSRF tokens from forms.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookie: String?
    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, beforeRequest: { req in
            if let c = self.cookie { req.headers.replaceOrAdd(name: .cookie, value: c) }
        }, afterResponse: { res in
            self.keepCookie(res)
            result = res
        })
        return result!
    }

    @discardableResult
    func post(_ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, beforeRequest: { req in
            if let c = self.cookie { req.headers.replaceOrAdd(name: .cookie, value: c) }
            try req.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { res in
            self.keepCookie(res)
            result = res
        })
        return result!
    }

    func keepCookie(_ res: TestingHTTPResponse) {
        if let set = res.headers.first(name: .setCookie), let pair = set.split(separator: ";").first {
            cookie = String(pair)
        }
    }

    static func csrf(in html: String) -> String? {
        guard let r = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }

    /// Logs in through the real form.
    func login(_ username: String, password: String = DemoLoader.password) async throws -> TestingHTTPResponse {
        let page = try await get("/login")
        let token = Browser.csrf(in: page.body.string) ?? ""
        return try await post("/login", form: ["_csrf": token, "username": username, "password": password])
    }
}
