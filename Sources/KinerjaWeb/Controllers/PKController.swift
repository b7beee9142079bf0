import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// The Perjanjian Kinerja of a year (issue 6 item 3): its latest version with targets and rencana aksi per IKU, a PK
/// Perubahan from an adopted version (`Izin.buatPerubahan`), target and rencana aksi entry on a draft
/// (`Izin.ubahPK`), adoption (`Izin.tetapkanPK`); pages and JSON twins share `PKRepository`.
enum PKController {
    static func alamat(_ req: Request) async throws -> (OPDModel, Int) {
        let opd = try await req.opdTerlihat()
        return (opd, try LKjIPController.tahun(req))
    }

    static func pk(_ req: Request, _ opd: OPDModel, _ n: Int) async throws -> PerjanjianKinerjaQuery.PK {
        guard let pk = try await PerjanjianKinerjaQuery(db: req.db).baca(opdID: try opd.requireID(), tahun: n) else {
            throw Abort(.notFound, reason: "Belum ada Perjanjian Kinerja tahun \(n) untuk kantor ini.")
        }
        return pk
    }

    static func path(_ opd: OPDModel, _ n: Int) -> String { "/opd/\(opd.kode)/pk/\(n)" }

    @Sendable static func tampil(req: Request) async throws -> Response {
        let (opd, n) = try await alamat(req)
        let p = try req.wajibPengguna()
        let kantor = try opd.requireID()
        let boleh = { (a: Izin.Aksi) in p.boleh(a, unit: nil, kantor: kantor) }
        return PKView.halaman(model: .init(
            pengguna: p, csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, pk: try await pk(req, opd, n),
            bolehUbah: boleh(.ubahPK), bolehPerubahan: boleh(.buatPerubahan), bolehTetapkan: boleh(.tetapkanPK)))
    }

    struct TargetForm: Content {
        var target: String?
        var tw1: String?
        var tw2: String?
        var tw3: String?
        var tw4: String?
        var alasan: String?
        /// The target's fingerprint when the form was opened (`PerjanjianKinerjaQuery.Target.versi`).
        var versi: String?
    }

    static func targetIKU(_ pk: PerjanjianKinerjaQuery.PK, _ req: Request) throws -> PerjanjianKinerjaQuery.Target {
        guard let k = req.parameters.get("kode"), let t = pk.target.first(where: { $0.kode == k }) else { throw Abort(.notFound, reason: "IKU tidak ada dalam PK ini.") }
        return t
    }

    @Sendable static func formTarget(req: Request) async throws -> Response {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.ubahPK, "mengisi target Perjanjian Kinerja", kantor: try opd.requireID())
        let pk = try await pk(req, opd, n)
        guard pk.ditetapkanPada == nil else { throw Abort(.conflict, reason: "PK versi \(pk.versi) sudah ditetapkan dan tidak dapat diubah; buat PK Perubahan.") }
        return PKView.form(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, pk: pk, target: try targetIKU(pk, req), isian: nil, pesan: nil))
    }

    @Sendable static func simpanTarget(req: Request) async throws -> Response {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.ubahPK, "mengisi target Perjanjian Kinerja", kantor: try opd.requireID())
        let pk = try await pk(req, opd, n)
        let t = try targetIKU(pk, req)
        let f = try req.content.decode(TargetForm.self)
        func ulang(_ status: HTTPResponseStatus, _ pesan: String) throws -> Response {
            let r = PKView.form(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, pk: pk, target: t, isian: f, pesan: pesan))
            r.status = status
            return r
        }
        let ubah: PKRepository.UbahTarget
        do {
            typealias I = IsianFormulir
            ubah = .init(target: try I.angka(f.target, field: "target"), rencanaAksi: [
                try I.angka(f.tw1, field: "tw1"), try I.angka(f.tw2, field: "tw2"), try I.angka(f.tw3, field: "tw3"), try I.angka(f.tw4, field: "tw4"),
            ])
        } catch { return try ulang(.unprocessableEntity, error.pesan) }
        do {
            try await PKRepository(db: req.db).ubahTarget(opdID: try opd.requireID(), tahun: n, kodeIKU: t.kode, ubah: ubah, versi: f.versi ?? "",
                                                          alasan: f.alasan, penggunaID: req.pengguna?.id)
        } catch StoreError.immutable {
            return try ulang(.conflict, "PK versi \(pk.versi) sudah ditetapkan dan tidak dapat diubah; buat PK Perubahan.")
        } catch StoreError.conflict {
            // The form is shown again with the stored values named and this form's fingerprint renewed.
            let tw = (0..<4).map { PKView.teks($0 < t.rencanaAksi.count ? t.rencanaAksi[$0] : nil, t.indikator) }.joined(separator: " / ")
            return try ulang(.conflict, "Target \(t.kode) sudah diubah orang lain. Isian terbaru tersimpan: target \(PKView.teks(t.target, t.indikator)), "
                + "rencana aksi TW I–IV \(tw). Isian Anda tetap di bawah; periksa lalu simpan ulang.")
        }
        return req.redirect(to: path(opd, n))
    }

    /// The PK Perubahan of the page and the API: allowed role, an existing PK, the new draft version.
    static func buatPerubahan(_ req: Request) async throws -> (OPDModel, Int) {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.buatPerubahan, "membuat PK Perubahan", kantor: try opd.requireID())
        _ = try await pk(req, opd, n)
        try await PKRepository(db: req.db).perubahan(opdID: try opd.requireID(), tahun: n, penggunaID: req.pengguna?.id)
        return (opd, n)
    }

    struct TetapkanForm: Content { var alasan: String? }

    /// Adoption for the page and the API (the body may be empty: a first PK needs no reason).
    static func tetapkanPK(_ req: Request) async throws -> (OPDModel, Int) {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.tetapkanPK, "menetapkan Perjanjian Kinerja", kantor: try opd.requireID())
        _ = try await pk(req, opd, n)
        let f = (try? req.content.decode(TetapkanForm.self)) ?? TetapkanForm(alasan: nil)
        try await PKRepository(db: req.db).tetapkan(opdID: try opd.requireID(), tahun: n, alasan: f.alasan, penggunaID: req.pengguna?.id)
        return (opd, n)
    }

    @Sendable static func perubahan(req: Request) async throws -> Response {
        let (opd, n) = try await buatPerubahan(req)
        return req.redirect(to: path(opd, n))
    }

    @Sendable static func tetapkan(req: Request) async throws -> Response {
        let (opd, n) = try await tetapkanPK(req)
        return req.redirect(to: path(opd, n))
    }

    // MARK: - JSON

    struct PKDTO: Content {
        struct Target: Content {
            var kode: String
            var indikator: String
            var satuan: String
            var target: Decimal?
            var rencanaAksi: [Decimal?]
            var versi: String
        }
        struct Anggaran: Content {
            var kode: String
            var uraian: String
            var pagu: Int64
            var sumberDana: String?
        }
        var tahun: Int
        var versi: Int
        var ditetapkan: Bool
        var ditetapkanPada: Date?
        var pihakPertama: PerjanjianKinerjaQuery.Pihak
        var pihakKedua: PerjanjianKinerjaQuery.Pihak
        /// Signing date, "2024-01-15".
        var tanggal: String?
        /// Fingerprint of the signatories and date, named by a signatories save.
        var versiPihak: String
        var target: [Target]
        /// Program budgets of the agreement and their Σ (computed, `RollUp`).
        var anggaran: [Anggaran]
        var totalAnggaran: Int64
    }

    static func dto(_ pk: PerjanjianKinerjaQuery.PK) -> PKDTO {
        func angka(_ b: Besaran?, _ ind: Indikator) -> Decimal? { b.flatMap { try? ind.angka($0).get() } }
        return PKDTO(
            tahun: pk.tahun, versi: pk.versi, ditetapkan: pk.ditetapkanPada != nil, ditetapkanPada: pk.ditetapkanPada, pihakPertama: pk.pihakPertama,
            pihakKedua: pk.pihakKedua, tanggal: pk.tanggal.map(Tanggal.isian), versiPihak: pk.versiPihak,
            target: pk.target.map { t in
                .init(kode: t.kode, indikator: t.indikator.nama, satuan: t.indikator.satuan.rawValue, target: angka(t.target, t.indikator),
                      rencanaAksi: t.rencanaAksi.map { angka($0, t.indikator) }, versi: t.versi)
            },
            anggaran: pk.anggaran.map { .init(kode: $0.kode.description, uraian: $0.uraian, pagu: $0.pagu.rawValue, sumberDana: $0.sumberDana) },
            totalAnggaran: pk.totalAnggaran.rawValue)
    }

    @Sendable static func api(req: Request) async throws -> PKDTO {
        let (opd, n) = try await alamat(req)
        return dto(try await pk(req, opd, n))
    }

    struct UbahTargetDTO: Content {
        var target: Decimal?
        var rencanaAksi: [Decimal?]
        /// `versi` of the target as read; a stale one answers 409.
        var versi: String
        var alasan: String?
    }

    @Sendable static func ubahTargetAPI(req: Request) async throws -> PKDTO {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.ubahPK, "mengisi target Perjanjian Kinerja", kantor: try opd.requireID())
        let t = try targetIKU(try await pk(req, opd, n), req)
        let d = try req.content.decode(UbahTargetDTO.self)
        func k(_ v: Decimal?, _ field: String) throws -> Kuantitas? {
            guard let v else { return nil }
            do { return try Kuantitas(exactly: v) } catch {
                throw StoreError.invalid(field: field, message: "at most 4 fractional digits", pesan: "\(field): paling banyak 4 angka desimal.")
            }
        }
        try await PKRepository(db: req.db).ubahTarget(
            opdID: try opd.requireID(), tahun: n, kodeIKU: t.kode,
            ubah: .init(target: try k(d.target, "target"), rencanaAksi: try d.rencanaAksi.enumerated().map { try k($1, "rencanaAksi[\($0)]") }),
            versi: d.versi, alasan: d.alasan, penggunaID: req.pengguna?.id)
        return dto(try await pk(req, opd, n))
    }

    @Sendable static func perubahanAPI(req: Request) async throws -> Response {
        let (opd, n) = try await buatPerubahan(req)
        return try await dto(try await pk(req, opd, n)).encodeResponse(status: .created, for: req)
    }

    @Sendable static func tetapkanAPI(req: Request) async throws -> PKDTO {
        let (opd, n) = try await tetapkanPK(req)
        return dto(try await pk(req, opd, n))
    }
}
