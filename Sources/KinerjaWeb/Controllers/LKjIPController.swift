import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// The LKjIP of an office's year as a page with the BAB I–IV outline (lakip-spec §1) and as JSON.
enum LKjIPController {
    static func tahun(_ req: Request) throws -> Int {
        guard let s = req.parameters.get("tahun"), let n = Int(s), (2000...2100).contains(n) else { throw Abort(.notFound) }
        return n
    }

    static func isi(_ req: Request) async throws -> (OPDModel, LKjIPTabel, [String: String]) {
        let opd = try await req.opdTerlihat()
        let n = try tahun(req)
        let l = try await LKjIPTabel.baca(db: req.db, opd: opd, tahun: n)
        guard !l.tabel.isEmpty else { throw Abort(.notFound, reason: "Belum ada LKjIP tahun \(n) untuk kantor ini.") }
        return (opd, l, try await LKjIPTabel.narasi(db: req.db, opd: opd, tahun: n))
    }

    @Sendable static func tampil(req: Request) async throws -> Response {
        let (opd, l, narasi) = try await isi(req)
        var html: [String: String] = [:]
        for t in l.tabel { html[t.id] = try HTMLWriter().html(t) }
        return LKjIPView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, lkjip: l, tabelHTML: html,
            narasi: narasi, grafik: [GrafikBatang.capaianIKU(l.pengukuran, tahun: l.tahun).svg(), GrafikBatang.targetRealisasi(l.pengukuran, tahun: l.tahun).svg()]))
    }

    @Sendable static func api(req: Request) async throws -> Response {
        let (opd, l, narasi) = try await isi(req)
        var s = #"{"opd":"# + JSONWriter.string(opd.kode) + #","tahun":\#(l.tahun),"skala":"# + JSONWriter.string(l.skala.nama)
        if let pk = l.pk {
            let enc = JSONEncoder()
            enc.dateEncodingStrategy = .iso8601
            enc.outputFormatting = .sortedKeys
            s += #","perjanjianKinerja":{"versi":\#(pk.versi),"pihakPertama":"# + String(decoding: try enc.encode(pk.pihakPertama), as: UTF8.self)
                + #","pihakKedua":"# + String(decoding: try enc.encode(pk.pihakKedua), as: UTF8.self)
                + #","tanggal":"# + (pk.tanggal.map { JSONWriter.string(ISO8601DateFormatter().string(from: $0)) } ?? "null")
                + #","ditetapkan":\#(pk.ditetapkanPada != nil)}"#
        }
        s += #","narasi":{"# + LKjIPTabel.bagianNarasi.map { JSONWriter.string($0.kunci) + ":" + (narasi[$0.kunci].map(JSONWriter.string) ?? "null") }.joined(separator: ",") + "}"
        s += #","tabel":["#
        for (i, t) in l.tabel.enumerated() {
            if i > 0 { s += "," }
            s += String(decoding: try JSONWriter().dataLengkap(t), as: UTF8.self)
        }
        s += "]}"
        return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: s))
    }
}
