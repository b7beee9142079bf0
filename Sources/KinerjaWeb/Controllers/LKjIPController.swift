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
        for t in l.tabel { html[t.id] = try HTMLWriter().html(t) + unduh(opd.kode, l.tahun, tabel: t.id) }
        return LKjIPView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, lkjip: l, tabelHTML: html,
            narasi: narasi, grafik: [GrafikBatang.capaianIKU(l.pengukuran, tahun: l.tahun), GrafikBatang.targetRealisasi(l.pengukuran, tahun: l.tahun)]
                .filter { !$0.kategori.isEmpty }.map { $0.svg() },
            grafikKeuangan: l.grafikKeuangan.map { $0.svg() },
            bolehTulis: try req.wajibPengguna().boleh(.tulisNarasi, unit: nil, kantor: try opd.requireID())))
    }

    /// The download links under a table: the same table as XLSX, CSV and JSON.
    static func unduh(_ kode: String, _ n: Int, tabel id: String) -> String {
        let dasar = SiteURL.lkjip(kode, n).path + "/unduh/"
        let tautan = [("xlsx", "XLSX"), ("csv", "CSV"), ("json", "JSON")].map { f, label in
            #"<a href="\#(XML.escape(dasar + f + "?tabel=" + id))">\#(label)</a>"#
        }
        return #"<p class="unduh">Unduh tabel ini: "# + tautan.joined(separator: " · ") + "</p>"
    }

    /// The page's data without its tables (those are written by `JSONWriter`, exact numbers).
    struct Bingkai: Encodable {
        struct PK: Encodable {
            var versi: Int
            var pihakPertama, pihakKedua: PerjanjianKinerjaQuery.Pihak
            var tanggal: Date?
            var ditetapkan: Bool
        }
        var opd: String
        var tahun: Int
        var skala: String
        var perjanjianKinerja: PK?
        var narasi: [String: String?]
        var revisiNarasi: [String: Int]
    }

    @Sendable static func api(req: Request) async throws -> Response {
        let (opd, l, narasi) = try await isi(req)
        let bingkai = Bingkai(
            opd: opd.kode, tahun: l.tahun, skala: l.skala.nama,
            perjanjianKinerja: l.pk.map { .init(versi: $0.versi, pihakPertama: $0.pihakPertama, pihakKedua: $0.pihakKedua, tanggal: $0.tanggal, ditetapkan: $0.ditetapkanPada != nil) },
            narasi: Dictionary(uniqueKeysWithValues: LKjIPTabel.bagianNarasi.map { ($0.kunci, narasi[$0.kunci]) }),
            revisiNarasi: try await LKjIPTabel.revisiNarasi(db: req.db, opd: opd, tahun: l.tahun))
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .iso8601
        enc.outputFormatting = .sortedKeys
        let tabel = try "[" + l.tabel.map { String(decoding: try JSONWriter().dataLengkap($0), as: UTF8.self) }.joined(separator: ",") + "]"
        let data = JSONWriter.sambung(try enc.encode(bingkai), kunci: "tabel", json: Data(tabel.utf8))
        return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(data: data))
    }
}
