import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// A client for the authorization, API and security tests: a session cookie obtained through the real login
/// form (with its CSRF token read from a rendered page) or an `Authorization: Bearer` token.
final class KlienUji: @unchecked Sendable {
    let app: Application
    var cookie: String?
    var bearer: String?
    private var csrfTersimpan: String?

    init(_ app: Application, bearer: String? = nil) {
        self.app = app
        self.bearer = bearer
    }

    /// Sends one request. `csrf: true` adds the session's CSRF token: as the `_csrf` field of a form, or as the
    /// `X-CSRF-Token` header for JSON (and body-less) requests.
    @discardableResult
    func kirim(
        _ method: HTTPMethod, _ path: String, form: [String: String]? = nil, json: Any? = nil, csrf: Bool = false,
        headers extra: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        var headers = extra
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        if let bearer { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        var form = form
        if csrf, cookie != nil {
            let token = try await csrfToken()
            if form != nil { form?[CSRFFieldName] = token } else { headers.replaceOrAdd(name: "X-CSRF-Token", value: token) }
        }
        var body: ByteBuffer?
        if let form {
            body = ByteBuffer(string: try URLEncodedFormEncoder().encode(form))
            headers.contentType = .urlEncodedForm
        } else if let json {
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            headers.contentType = .json
        }
        let res = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        simpanCookie(res)
        return res
    }

    func get(_ path: String) async throws -> TestingHTTPResponse { try await kirim(.GET, path) }

    func simpanCookie(_ res: TestingHTTPResponse) {
        guard let set = res.headers.first(name: .setCookie), let pair = set.split(separator: ";").first else { return }
        let baru = String(pair)
        if baru != cookie { csrfTersimpan = nil }
        cookie = baru
    }

    /// The session's CSRF token, read from the logout form of the home page.
    func csrfToken() async throws -> String {
        if let t = csrfTersimpan { return t }
        let page = try await get("/")
        guard let t = Browser.csrf(in: page.body.string) else {
            Issue.record("no CSRF token on the home page (status \(page.status.code))")
            return ""
        }
        csrfTersimpan = t
        return t
    }

    /// Logs in through the real form (GET /login for the token, then POST).
    @discardableResult
    func masuk(_ username: String, password: String = DemoLoader.password) async throws -> TestingHTTPResponse {
        let page = try await get("/login")
        let token = Browser.csrf(in: page.body.string) ?? ""
        let res = try await kirim(.POST, "/login", form: ["_csrf": token, "username": username, "password": password])
        csrfTersimpan = nil
        return res
    }

    /// The value of the session cookie (`kinerja_sesi`), if any.
    var sesiID: String? {
        guard let cookie, let eq = cookie.firstIndex(of: "=") else { return nil }
        return String(cookie[cookie.index(after: eq)...])
    }
}

let CSRFFieldName = "_csrf"

extension TestingHTTPResponse {
    /// The body as untyped JSON (nil when it is not JSON).
    var jsonValue: Any? { try? JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed]) }
    var jsonObjek: [String: Any]? { jsonValue as? [String: Any] }
    var jsonLarik: [[String: Any]]? { jsonValue as? [[String: Any]] }
    var lokasi: String? { headers.first(name: .location) }
}

/// Reads demo records for the tests.
enum DataUji {
    static func opd(_ kode: String, on db: any Database) async throws -> OPDModel {
        try await WilayahRepository(db: db).opd(kode: kode)
    }

    /// The Renja versions of an office for 2024, oldest first.
    static func renja(_ opdKode: String, on db: any Database) async throws -> [RenjaModel] {
        let o = try await opd(opdKode, on: db)
        return try await RenjaRepository(db: db).renja(opdID: try o.requireID(), tahun: 2024)
    }

    /// The first sub-kegiatan line (by code) owned by `unit` in a Renja.
    static func baris(renjaID: UUID, unit: String, on db: any Database) async throws -> BarisInfo? {
        try await RenjaRepository(db: db).info(renjaID: renjaID).values
            .filter { $0.unitKerja == unit && $0.kode.level == .subKegiatan }
            .sorted { $0.kode < $1.kode }.first
    }

    /// A fingerprint of everything a Renja write can touch: versions and stages, lines, targets, comments, audit log.
    struct Sidik: Equatable, CustomStringConvertible {
        var renja: [String]
        var baris: [String]
        var target: [String]
        var komentar: Int
        var audit: Int
        var description: String { "\(renja.count) renja, \(baris.count) baris, \(target.count) target, \(komentar) komentar, \(audit) audit" }
    }

    static func sidik(_ db: any Database) async throws -> Sidik {
        let r = try await RenjaModel.query(on: db).all().map { "\($0.id!) v\($0.versi) \($0.tahapan) r\($0.revisi)" }
        let b = try await RenjaBarisModel.query(on: db).all().map {
            "\($0.id!) \($0.pagu ?? -1) \($0.paguN1 ?? -1) \($0.lokasi ?? "-") \($0.kelompokSasaran ?? "-") \($0.sumberDana ?? "-") \($0.catatan ?? "-") \($0.alasanPerubahan ?? "-") r\($0.revisi)"
        }
        let t = try await RenjaTargetModel.query(on: db).all().map { "\($0.id!) \($0.nilaiE4 ?? -1)" }
        return Sidik(
            renja: r.sorted(), baris: b.sorted(), target: t.sorted(), komentar: try await KomentarReviewModel.query(on: db).count(),
            audit: try await AuditLogModel.query(on: db).count())
    }

    /// Creates an API token for a user and returns it (as `kinerja user token` does).
    static func token(_ username: String, on db: any Database, kedaluwarsa: Date? = nil) async throws -> String {
        let token = BearerTokenMiddleware.buatToken()
        try await PenggunaRepository(db: db).tambahToken(
            username: username, nama: "uji", tokenHash: BearerTokenMiddleware.hash(token), kedaluwarsa: kedaluwarsa)
        return token
    }
}
