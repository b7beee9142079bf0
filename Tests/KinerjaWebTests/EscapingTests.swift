import Foundation
import KinerjaTestSupport
import KinerjaWeb
import Testing
import Vapor
import VaporTesting

/// Text people type comes back on the pages as text, never as markup: in element content and in attribute values
/// (Plot writes attribute values unescaped; the views go through `.nilai`, `.tautan`, `.teks`).
@Suite("Escaping: typed text never becomes markup on a page")
struct EscapingTests {
    static let jahat = #"x"><script>alert(1)</script>"#
    static let aman = "x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"

    @Test("a failed login shows the typed username escaped inside the value attribute")
    func loginDipantulkan() async throws {
        try await withTestApp { app in
            let res = try await KlienUji(app).masuk(Self.jahat, password: "salah-sekali")
            #expect(res.body.string.contains(#"value="\#(Self.aman)""#), "\(res.body.string.prefix(3000))")
            #expect(!res.body.string.contains("<script>"))
        }
    }

    @Test("a lokasi saved through the API is escaped on the Renja page and in the line's edit form")
    func lokasiTersimpan() async throws {
        try await withTestApp(demo: true) { app in
            let api = KlienUji(app, bearer: try await DataUji.token("tarakan.perencana", on: app.db))
            let (renja, ps) = try await APITests.mulai(api)
            let id = try #require(ps["id"] as? String)
            let revisi = try #require(ps["revisi"] as? Int)
            let ok = try await api.kirim(.PUT, "/api/renja/\(renja)/baris/\(id)", json: ["revisi": revisi, "lokasi": Self.jahat])
            #expect(ok.status == .ok, "\(ok.body.string)")

            let web = KlienUji(app)
            #expect(try await web.masuk("tarakan.perencana").status == .seeOther)
            let halaman = try await web.get("/renja/\(renja)")
            #expect(halaman.status == .ok)
            #expect(halaman.body.string.contains(Self.aman))
            #expect(!halaman.body.string.contains("<script>"))
            let form = try await web.get("/renja/\(renja)/baris/\(id)")
            #expect(form.status == .ok, "\(form.body.string.prefix(500))")
            #expect(form.body.string.contains(#"value="\#(Self.aman)""#))
            #expect(!form.body.string.contains("<script>"))
        }
    }
}
