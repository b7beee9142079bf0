import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// Quarterly realisation (issue 6): the E.81 view of an adopted Renja, entry per line and quarter by the owning
/// unit, quarter locking by the kepala dinas, early warnings.
enum RealisasiController {
    /// Share of the planned progress below which a line is flagged (KINERJA_AMBANG_PERINGATAN, default 0,8).
    static var ambang: Decimal {
        Environment.get("KINERJA_AMBANG_PERINGATAN").flatMap { Decimal(string: $0) } ?? Decimal(8) / 10
    }

    struct Baris: Codable, Sendable {
        var barisID: UUID
        var kode: String
        var level: String
        var uraian: String
        var unitKerja: String?
        var indikator: String?
        var satuan: String?
        var target: Decimal?
        var realisasiTriwulan: [String?]
        var realisasiTahun: String
        var capaianTahun: String
        var kategori: String?
        var pagu: Int64?
        var keuanganTriwulan: [Int64?]
        var serapan: String
        var peringatan: [PeringatanDini.Peringatan]
        var bolehIsi: Bool
    }
    struct Halaman: Content {
        var renjaID: UUID
        var tahun: Int
        var terkunci: [Int]
        var triwulanSelesai: Int
        /// Completeness and timeliness per unit and quarter (`KelengkapanTriwulan`).
        var kelengkapan: [KelengkapanTriwulan.Hasil]
        /// Σ pagu of every sub-kegiatan line and Σ spending per quarter (nil after the last quarter with an entry):
        /// the cumulative absorption chart.
        var paguSubKegiatan: Int64
        var keuanganTriwulan: [Int64?]
        var baris: [Baris]
    }

    static func halaman(req: Request, renja r: RenjaModel) async throws -> Halaman {
        let p = try req.wajibPengguna()
        let unit = try await req.unitPengguna()
        let rid = try r.requireID()
        let repo = RealisasiRepository(db: req.db)
        let kunci = try await repo.terkunci(renjaID: rid)
        let data = try await repo.data(renjaID: rid)
        // Progress is judged against the quarters that have closed: locked ones, or all four once the year is over.
        let tahunIni = Calendar(identifier: .gregorian).component(.year, from: Date())
        let selesai = PeringatanDini.triwulanSelesai(tahunRencana: r.tahun, tahunIni: tahunIni, terkunci: kunci)
        let porsi = PeringatanDini.porsiTahun(triwulanSelesai: selesai)
        let kelengkapan = KelengkapanTriwulan.hitung(
            data.filter { $0.e81 != nil }.map { KelengkapanTriwulan.Baris(unit: $0.unitKerja, terisiPada: $0.terisiPada) }, tahun: r.tahun, sekarang: Date())
        let keuangan = Serapan.perTriwulan(data.flatMap { d in (1...4).compactMap { q in d.catatan[q]?.keuangan.map { (q, $0) } } }).map { $0?.rawValue }
        return Halaman(renjaID: rid, tahun: r.tahun, terkunci: kunci.sorted(), triwulanSelesai: selesai, kelengkapan: kelengkapan,
                       paguSubKegiatan: data.compactMap { $0.pagu?.rawValue }.reduce(0, +), keuanganTriwulan: keuangan, baris: data.map { d in
            let h = d.e81.map { EvaluasiE81.evaluate($0) }
            let ind = d.e81?.indikator
            let peringatan = h.map { PeringatanDini.periksa(fisik: $0.capaianTahun, serapan: d.e81?.pagu == nil ? nil : $0.serapan, porsiTahun: porsi, ambang: ambang) } ?? []
            return Baris(
                barisID: d.barisID, kode: d.kode.description, level: d.kode.level.rawValue, uraian: d.uraian, unitKerja: d.unitKerja,
                indikator: ind?.nama, satuan: ind?.satuan.rawValue,
                target: d.e81?.targetTahun.flatMap { if case .angka(let v) = $0.nilai { v } else { nil } },
                realisasiTriwulan: (0..<4).map { i in d.e81?.realisasiTriwulan[i].map { Tampilan.besaran($0, presisi: ind?.presisi ?? 2) } },
                realisasiTahun: h?.realisasiTahun.besaran.map { Tampilan.besaran($0, presisi: ind?.presisi ?? 2) } ?? "–",
                capaianTahun: h?.capaianTahun.teks() ?? "–", kategori: h?.kategoriTahun,
                pagu: d.e81?.pagu?.rawValue, keuanganTriwulan: (1...4).map { d.catatan[$0]?.keuangan?.rawValue },
                serapan: d.e81?.pagu == nil ? "–" : (h?.serapan.teks() ?? "–"), peringatan: peringatan,
                bolehIsi: r.tahapan == Tahapan.ditetapkan.rawValue && p.boleh(.isiRealisasi(unitBaris: d.unitKerja), unit: unit, kantor: r.$opd.id))
        })
    }

    @Sendable static func tampil(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let h = try await halaman(req: req, renja: r)
        let p = try req.wajibPengguna()
        return RealisasiView.response(model: .init(
            pengguna: p, csrf: req.csrfToken, opdNama: opd.nama, halaman: h, ditetapkan: r.tahapan == Tahapan.ditetapkan.rawValue,
            bolehKunci: p.boleh(.kunciTriwulan, unit: try await req.unitPengguna(), kantor: r.$opd.id)))
    }

    @Sendable static func api(req: Request) async throws -> Halaman {
        let (r, _) = try await req.renjaTerlihat()
        return try await halaman(req: req, renja: r)
    }

    struct IsiForm: Content {
        var nilai: String?
        var pembilang: String?
        var penyebut: String?
        var keuangan: String?
        var bukti: String?
        var faktor_pendorong: String?
        var faktor_penghambat: String?
    }

    static func triwulan(_ req: Request) throws -> Int {
        guard let s = req.parameters.get("tw"), let tw = Int(s), (1...4).contains(tw) else { throw Abort(.notFound) }
        return tw
    }

    static func barisIni(req: Request, renja r: RenjaModel) async throws -> RealisasiBaris {
        let bid = try req.uuidParameter("barisID")
        guard let d = try await RealisasiRepository(db: req.db).data(renjaID: try r.requireID()).first(where: { $0.barisID == bid }) else {
            throw Abort(.notFound)
        }
        try await req.wajibIzin(.isiRealisasi(unitBaris: d.unitKerja), "mengisi realisasi baris ini", kantor: r.$opd.id)
        return d
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let d = try await barisIni(req: req, renja: r)
        let tw = try triwulan(req)
        return RealisasiFormView.response(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdNama: opd.nama, renjaID: try r.requireID(), baris: d, triwulan: tw,
            nilai: d.catatan[tw], pesan: nil))
    }

    @Sendable static func isi(req: Request) async throws -> Response {
        let (r, opd) = try await req.renjaTerlihat()
        let d = try await barisIni(req: req, renja: r)
        let tw = try triwulan(req)
        let f = try req.content.decode(IsiForm.self)
        let pengguna = try req.wajibPengguna()
        let renjaID = try r.requireID()
        let render = { (status: HTTPResponseStatus, pesan: String) -> Response in
            let res = RealisasiFormView.response(model: .init(
                pengguna: pengguna, csrf: req.csrfToken, opdNama: opd.nama, renjaID: renjaID, baris: d, triwulan: tw, nilai: d.catatan[tw], pesan: pesan))
            res.status = status
            return res
        }
        let m: RealisasiMasukan
        do { m = try parse(f) } catch let e as KesalahanMasukan { return render(.unprocessableEntity, e.pesan) }
        do {
            try await RealisasiRepository(db: req.db).isi(barisID: d.barisID, triwulan: tw, masukan: m, penggunaID: req.pengguna?.id)
        } catch StoreError.invalid(_, _, let pesan) {
            return render(.unprocessableEntity, pesan)
        } catch StoreError.immutable {
            return render(.conflict, "Triwulan \(tw) sudah dikunci; realisasinya tidak dapat diubah.")
        }
        return req.redirect(to: "/renja/\(try r.requireID().lower)/realisasi")
    }

    static func parse(_ f: IsiForm) throws(KesalahanMasukan) -> RealisasiMasukan {
        typealias I = IsianFormulir
        return RealisasiMasukan(
            nilai: try I.angka(f.nilai, field: "nilai"), pembilang: try I.angka(f.pembilang, field: "pembilang"),
            penyebut: try I.angka(f.penyebut, field: "penyebut"), keuangan: try I.rupiah(f.keuangan, field: "keuangan"), bukti: I.teks(f.bukti),
            faktorPendorong: I.teks(f.faktor_pendorong), faktorPenghambat: I.teks(f.faktor_penghambat))
    }

    @Sendable static func kunci(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        try await req.wajibIzin(.kunciTriwulan, "mengunci triwulan", kantor: r.$opd.id)
        let tw = try triwulan(req)
        try await RealisasiRepository(db: req.db).kunci(renjaID: try r.requireID(), triwulan: tw, penggunaID: try req.wajibPengguna().id)
        return req.redirect(to: "/renja/\(try r.requireID().lower)/realisasi")
    }
}
