import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// The office's list of Perjanjian Kinerja, starting the PK of a new year, and its signatories and date
/// (`Izin.ubahPK`, on a draft only); pages and JSON twins share `PKRepository`.
extension PKController {
    static func ringkas(_ req: Request, _ opd: OPDModel) async throws -> [PerjanjianKinerjaQuery.Ringkas] {
        try await PerjanjianKinerjaQuery(db: req.db).daftar(opdID: try opd.requireID())
    }

    static func daftarView(_ req: Request, _ opd: OPDModel, isian: String?, pesan: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let p = try req.wajibPengguna()
        let daftar = try await ringkas(req, opd)
        let r = PKView.daftar(model: .init(
            pengguna: p, csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, daftar: daftar,
            bolehBuat: p.boleh(.ubahPK, unit: nil, kantor: try opd.requireID()), tahunUsulan: isian ?? "\((daftar.first?.tahun).map { $0 + 1 } ?? Calendar.current.component(.year, from: Date()))",
            pesan: pesan))
        r.status = status
        return r
    }

    @Sendable static func daftar(req: Request) async throws -> Response {
        try await daftarView(req, try await req.opdTerlihat(), isian: nil, pesan: nil)
    }

    struct BuatForm: Content { var tahun: String? }

    static func tahunBaru(_ s: String?) throws -> Int {
        guard let s = IsianFormulir.teks(s) else {
            throw StoreError.invalid(field: "tahun", message: "the year is required", pesan: "tahun: wajib diisi.")
        }
        guard let n = Int(s) else { throw StoreError.invalid(field: "tahun", message: "'\(s)' is not a year", pesan: "tahun: '\(s)' bukan tahun.") }
        return n
    }

    @Sendable static func buat(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        try await req.wajibIzin(.ubahPK, "membuat Perjanjian Kinerja", kantor: try opd.requireID())
        let f = try req.content.decode(BuatForm.self)
        do {
            let n = try tahunBaru(f.tahun)
            try await PKRepository(db: req.db).buat(opdID: try opd.requireID(), tahun: n, penggunaID: req.pengguna?.id)
            return req.redirect(to: path(opd, n))
        } catch StoreError.invalid(_, _, let pesan) {
            return try await daftarView(req, opd, isian: f.tahun, pesan: pesan, status: .unprocessableEntity)
        }
    }

    struct PihakForm: Content {
        var pihak_pertama_nama: String?
        var pihak_pertama_jabatan: String?
        var pihak_pertama_nip: String?
        var pihak_kedua_nama: String?
        var pihak_kedua_jabatan: String?
        var pihak_kedua_nip: String?
        var tanggal: String?
        /// `versiPihak` when the form was opened.
        var versi: String?
    }

    static func draf(_ req: Request) async throws -> (OPDModel, Int, PerjanjianKinerjaQuery.PK) {
        let (opd, n) = try await alamat(req)
        try await req.wajibIzin(.ubahPK, "mengisi penandatangan Perjanjian Kinerja", kantor: try opd.requireID())
        let pk = try await pk(req, opd, n)
        guard pk.ditetapkanPada == nil else { throw Abort(.conflict, reason: "PK versi \(pk.versi) sudah ditetapkan dan tidak dapat diubah; buat PK Perubahan.") }
        return (opd, n, pk)
    }

    @Sendable static func formPihak(req: Request) async throws -> Response {
        let (opd, _, pk) = try await draf(req)
        return PKView.formPihak(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, pk: pk, isian: nil, pesan: nil))
    }

    @Sendable static func simpanPihak(req: Request) async throws -> Response {
        let (opd, n, pk) = try await draf(req)
        let f = try req.content.decode(PihakForm.self)
        do {
            let tanggal = try IsianFormulir.tanggal(f.tanggal, field: "tanggal")
            try await PKRepository(db: req.db).ubahPihak(
                opdID: try opd.requireID(), tahun: n,
                pertama: .init(nama: f.pihak_pertama_nama ?? "", jabatan: f.pihak_pertama_jabatan ?? "", nip: IsianFormulir.teks(f.pihak_pertama_nip)),
                kedua: .init(nama: f.pihak_kedua_nama ?? "", jabatan: f.pihak_kedua_jabatan ?? "", nip: IsianFormulir.teks(f.pihak_kedua_nip)),
                tanggal: tanggal, versi: f.versi ?? "", penggunaID: req.pengguna?.id)
            return req.redirect(to: path(opd, n))
        } catch {
            let (status, pesan): (HTTPResponseStatus, String)
            switch error {
            case let e as KesalahanMasukan: (status, pesan) = (.unprocessableEntity, e.pesan)
            case StoreError.invalid(_, _, let p): (status, pesan) = (.unprocessableEntity, p)
            case StoreError.conflict:
                (status, pesan) = (.conflict, "Penandatangan sudah diubah orang lain. Tersimpan: pihak pertama \(PKView.pihak(pk.pihakPertama)); pihak kedua "
                    + "\(PKView.pihak(pk.pihakKedua)); tanggal \(pk.tanggal.map(Tanggal.hari) ?? "belum diisi"). Isian Anda tetap di bawah; periksa lalu simpan ulang.")
            default: throw error
            }
            let r = PKView.formPihak(model: .init(pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, pk: pk, isian: f, pesan: pesan))
            r.status = status
            return r
        }
    }

    // MARK: - JSON

    @Sendable static func daftarAPI(req: Request) async throws -> [PerjanjianKinerjaQuery.Ringkas] {
        try await ringkas(req, try await req.opdTerlihat())
    }

    struct BuatDTO: Content { var tahun: Int }

    @Sendable static func buatAPI(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        try await req.wajibIzin(.ubahPK, "membuat Perjanjian Kinerja", kantor: try opd.requireID())
        let d = try req.content.decode(BuatDTO.self)
        try await PKRepository(db: req.db).buat(opdID: try opd.requireID(), tahun: d.tahun, penggunaID: req.pengguna?.id)
        let r = try await dto(try await pk(req, opd, d.tahun)).encodeResponse(status: .created, for: req)
        r.headers.replaceOrAdd(name: .location, value: "/api\(path(opd, d.tahun))")
        return r
    }

    struct PihakDTO: Content {
        var pihakPertama: PerjanjianKinerjaQuery.Pihak
        var pihakKedua: PerjanjianKinerjaQuery.Pihak
        /// "2024-01-15"; absent or null clears the date.
        var tanggal: String?
        /// `versiPihak` of the PK as read; a stale one answers 409.
        var versi: String
    }

    @Sendable static func ubahPihakAPI(req: Request) async throws -> PKDTO {
        let (opd, n, _) = try await draf(req)
        let d = try req.content.decode(PihakDTO.self)
        let tanggal = try IsianFormulir.tanggal(d.tanggal, field: "tanggal")
        try await PKRepository(db: req.db).ubahPihak(opdID: try opd.requireID(), tahun: n, pertama: d.pihakPertama, kedua: d.pihakKedua, tanggal: tanggal,
                                                     versi: d.versi, penggunaID: req.pengguna?.id)
        return dto(try await pk(req, opd, n))
    }
}

extension PerjanjianKinerjaQuery.Ringkas: Content {}
