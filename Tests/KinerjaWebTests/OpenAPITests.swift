import Foundation
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// /openapi.json and the route table must describe the same API.
@Suite("OpenAPI document matches the /api routes")
struct OpenAPITests {
    /// "get /api/renja/{renjaID}" for every registered /api route.
    static func apiRoutes(_ app: Application) -> Set<String> {
        Set(app.routes.all.filter { $0.path.first?.description == "api" }.map { r in
            "\(r.method.rawValue.lowercased()) /" + r.path.map { c -> String in
                if case .parameter(let name) = c { return "{\(name)}" }
                return c.description
            }.joined(separator: "/")
        })
    }

    static func document(_ app: Application) async throws -> [String: Any] {
        let res = try await app.testing().sendRequest(.GET, "/openapi.json")
        #expect(res.status == .ok)
        #expect(res.headers.contentType?.subType == "json")
        return try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    /// Every "$ref" string anywhere in a JSON value.
    static func refs(_ v: Any) -> [String] {
        if let d = v as? [String: Any] { return d.flatMap { k, x in k == "$ref" ? [x as? String ?? "<not a string>"] : refs(x) } }
        if let a = v as? [Any] { return a.flatMap(refs) }
        return []
    }

    static let httpMethods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    @Test("GET /openapi.json is public JSON of OpenAPI 3.1.0 with info, paths and components")
    func parses() async throws {
        try await withTestApp { app in
            let doc = try await Self.document(app)
            #expect(doc["openapi"] as? String == "3.1.0")
            #expect((doc["info"] as? [String: Any])?["title"] is String)
            #expect((doc["info"] as? [String: Any])?["version"] is String)
            #expect(!((doc["paths"] as? [String: Any]) ?? [:]).isEmpty)
            let schemes = ((doc["components"] as? [String: Any])?["securitySchemes"] as? [String: Any]) ?? [:]
            #expect((schemes["bearer"] as? [String: Any])?["scheme"] as? String == "bearer")
            // The cookie scheme names the cookie the app really sets.
            #expect((schemes["session"] as? [String: Any])?["name"] as? String == app.sessions.configuration.cookieName)
        }
    }

    @Test("every /api route is documented and every documented operation is a route")
    func routesMatchDocument() async throws {
        try await withTestApp { app in
            let doc = try await Self.document(app)
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, item) in paths {
                #expect(path.hasPrefix("/api/"), "documented path outside /api: \(path)")
                for method in item.keys where Self.httpMethods.contains(method) { documented.insert("\(method) \(path)") }
            }
            let routes = Self.apiRoutes(app)
            #expect(!routes.isEmpty)
            #expect(routes.subtracting(documented).isEmpty, "routes missing from /openapi.json: \(routes.subtracting(documented).sorted())")
            #expect(documented.subtracting(routes).isEmpty, "documented operations without a route: \(documented.subtracting(routes).sorted())")
        }
    }

    @Test("operations declare their path parameters, unique operationIds and a success response")
    func operationsAreWellFormed() async throws {
        try await withTestApp { app in
            let doc = try await Self.document(app)
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var ids: [String] = []
            for (path, item) in paths {
                let inPath = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
                for (method, raw) in item where Self.httpMethods.contains(method) {
                    let op = try #require(raw as? [String: Any], "\(method) \(path)")
                    let params = (op["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "path" }
                    #expect(Set(params.compactMap { $0["name"] as? String }) == inPath, "\(method) \(path): path parameters")
                    #expect(params.allSatisfy { $0["required"] as? Bool == true }, "\(method) \(path): path parameters are required")
                    if let id = op["operationId"] as? String { ids.append(id) } else { Issue.record("\(method) \(path) has no operationId") }
                    let responses = try #require(op["responses"] as? [String: Any], "\(method) \(path)")
                    #expect(responses.keys.contains { $0.hasPrefix("2") }, "\(method) \(path) has no 2xx response")
                    #expect(responses["401"] != nil, "\(method) \(path) does not document 401")
                    if method != "get" { #expect(op["requestBody"] != nil || method == "post", "\(method) \(path) has no request body") }
                }
            }
            #expect(Set(ids).count == ids.count, "duplicate operationIds")
        }
    }

    @Test("every $ref points to an existing components schema")
    func refsResolve() async throws {
        try await withTestApp { app in
            let doc = try await Self.document(app)
            let schemas = try #require((doc["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let all = Self.refs(doc)
            #expect(!all.isEmpty)
            for ref in all {
                let prefix = "#/components/schemas/"
                #expect(ref.hasPrefix(prefix), "unexpected $ref \(ref)")
                #expect(schemas[String(ref.dropFirst(prefix.count))] != nil, "dangling $ref \(ref)")
            }
            // And no schema is dead weight.
            let used = Set(all.map { String($0.split(separator: "/").last ?? "") })
            #expect(Set(schemas.keys).subtracting(used).isEmpty, "unused schemas: \(Set(schemas.keys).subtracting(used).sorted())")
        }
    }

    /// Statuses the API really answers (observed in APITests and the authorization matrix) beyond 2xx/401/403/404.
    static let teramati: [(String, [String])] = [
        ("put /api/renja/{renjaID}/baris/{barisID}", ["409", "422"]),  // stale revisi / adopted; negative pagu
        ("post /api/renja/{renjaID}/tahapan", ["409", "422"]),  // stale revisi or adopted; Perubahan line without reason
        ("post /api/renja/{renjaID}/komentar", ["422"]),  // empty comment
        ("post /api/renja/{renjaID}/perubahan", ["422"]),  // source not adopted, or a draft is still open
    ]

    // BUG (Sources/KinerjaWeb/API/OpenAPIController.swift, `dokumenJSON`): 409/422 are only documented for
    // operations with a request body, but POST /api/renja/{renjaID}/perubahan answers 422 ("Perubahan hanya dapat
    // dibuat dari Renja yang sudah ditetapkan", "Masih ada versi … yang belum ditetapkan"). Fix: give `Operasi` an
    // explicit list of error statuses (or add 422 for `perubahan`).
    @Test("the error statuses the API answers are documented", arguments: teramati.map(\.0))
    func errorStatusesDocumented(operation: String) async throws {
        try await withTestApp { app in
            let doc = try await Self.document(app)
            let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
            let op = (doc["paths"] as? [String: [String: Any]])?[parts[1]]?[parts[0]] as? [String: Any]
            let responses = try #require(op?["responses"] as? [String: Any], "\(operation) is not documented")
            let expected = Self.teramati.first { $0.0 == operation }!.1
            let missing = expected.filter { responses[$0] == nil }
            #expect(missing.isEmpty, "\(operation) does not document \(missing)")
        }
    }
}
