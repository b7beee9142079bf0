import Fluent
import KinerjaCore
import KinerjaDocs
import KinerjaStore
import Vapor

/// The offices a user may see, side by side (issue 6 item 6): for each, its LKjIP year's capaian per IKU, the
/// SPM indicators among them, and the budget absorption. A province role sees the kabupaten/kota of its province
/// (`Akses`); every other role sees its own office. Each office is shown on its own latest reported year
/// (`tahunTerakhir`) unless `?tahun=` asks for one year for all.
enum PerbandinganKantorController {
    struct IKU: Content {
        var kode: String
        var nama: String
        var spm: Bool
        /// The capaian as shown (rounded, never 100 unless met); nil when it cannot be computed.
        var capaian: Decimal?
        var capaianTeks: String
        var kategori: String?
    }

    struct Kantor: Content {
        var opd: String
        var nama: String
        var pemda: String
        /// The LKjIP year shown; nil when the office has none.
        var tahun: Int?
        var iku: [IKU]
        /// IKU with capaian ≥ 100 % among those whose capaian could be computed.
        var ikuTercapai: Int
        var ikuDinilai: Int
        var pagu: Int64?
        var realisasi: Int64?
        var serapan: Decimal?
        var serapanTeks: String
    }

    /// An office's latest reported year: the latest year in which any of its IKU has a realisation (a PK signed for
    /// the running year has no results yet), else the latest year with a Perjanjian Kinerja.
    static func tahunTerakhir(_ db: any Database, opdID: UUID) async throws -> Int? {
        let iku = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).all().compactMap(\.id)
        let real = iku.isEmpty ? [] : try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ iku).filter(\.$sampaiDengan == false).all()
        if let n = real.filter({ $0.nilaiE4 != nil || $0.pembilangE4 != nil }).map(\.tahun).max() { return n }
        return try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).all().map(\.tahun).max()
    }

    static func data(req: Request) async throws -> [Kantor] {
        let diminta = try req.query.get(Int?.self, at: "tahun")
        if let n = diminta, !(2000...2100).contains(n) { throw Abort(.badRequest, reason: "Tahun tidak sah.") }
        var out: [Kantor] = []
        for (opd, pemda) in try await req.kantorTerlihat() {
            let opdID = try opd.requireID()
            var n = diminta
            if n == nil { n = try await tahunTerakhir(req.db, opdID: opdID) }
            var k = Kantor(opd: opd.kode, nama: opd.nama, pemda: pemda.nama, tahun: nil, iku: [], ikuTercapai: 0, ikuDinilai: 0,
                           pagu: nil, realisasi: nil, serapan: nil, serapanTeks: "–")
            if let n {
                opd.$pemda.value = pemda
                let l = try await LKjIPTabel.baca(db: req.db, opd: opd, tahun: n)
                if !l.tabel.isEmpty {
                    k.tahun = n
                    k.iku = l.pengukuran.map { m in
                        IKU(kode: m.baris.lokasi, nama: m.baris.indikator.nama, spm: l.ikuSPM.contains(m.baris.lokasi), capaian: m.hasil.capaian.nilaiTampil(presisi: 2),
                            capaianTeks: m.hasil.capaian.teks(), kategori: m.hasil.kategori)
                    }
                    let dinilai = k.iku.compactMap(\.capaian)
                    k.ikuDinilai = dinilai.count
                    k.ikuTercapai = dinilai.filter { $0 >= 100 }.count
                    if let a = l.anggaran {
                        let p = a.rollUp.totalOPD[.pagu], r = a.rollUp.totalOPD[.realisasi]
                        let s = Serapan.hitung(pagu: p, realisasi: r)
                        k.pagu = p?.rawValue
                        k.realisasi = r?.rawValue
                        k.serapan = s.nilaiTampil(presisi: 2)
                        k.serapanTeks = s.teks()
                    }
                }
            }
            out.append(k)
        }
        return out
    }

    @Sendable static func tampil(req: Request) async throws -> Response {
        PerbandinganKantorView.response(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, kantor: try await data(req: req)))
    }

    @Sendable static func api(req: Request) async throws -> [Kantor] { try await data(req: req) }
}
