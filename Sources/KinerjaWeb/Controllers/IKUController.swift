import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// IKU definitions of an office (issue 6 item 3): a list, an edit form per IKU, and their JSON twins. Editing is
/// `Izin.definisiIKU` on an office the user may see; a stale `versi` answers 409 with the newest definition.
enum IKUController {
    static func kode(_ req: Request) throws -> String {
        guard let k = req.parameters.get("kode"), !k.isEmpty else { throw Abort(.notFound) }
        return k
    }

    @Sendable static func daftar(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        let p = try req.wajibPengguna()
        return IKUView.daftar(model: .init(
            pengguna: p, csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama,
            iku: try await IKURepository(db: req.db).daftar(opdID: try opd.requireID()), bolehUbah: p.boleh(.definisiIKU, unit: nil, kantor: try opd.requireID())))
    }

    /// The store's definitions as JSON (they are plain Codable values of the persistence layer).
    static func json<T: Encodable>(_ v: T) throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: try JSONEncoder().encode(v)))
    }

    @Sendable static func daftarAPI(req: Request) async throws -> Response {
        try json(try await IKURepository(db: req.db).daftar(opdID: try await req.opdTerlihat().requireID()))
    }

    struct Form: Content {
        var pembilang: String?
        var penyebut: String?
        var sumber_data: String?
        var unit_kerja: String?
        var versi: String?
        var alasan: String?
    }

    static func formulir(req: Request, opd: OPDModel, d: IKURepository.Definisi, isian: Form?, pesan: String?) async throws -> Response {
        IKUView.form(model: .init(
            pengguna: try req.wajibPengguna(), csrf: req.csrfToken, opdKode: opd.kode, opdNama: opd.nama, iku: d,
            unit: try await IKURepository(db: req.db).unit(opdID: try opd.requireID()), isian: isian, pesan: pesan))
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        try await req.wajibIzin(.definisiIKU, "mengubah definisi IKU", kantor: try opd.requireID())
        let d = try await IKURepository(db: req.db).baca(opdID: try opd.requireID(), kode: try kode(req))
        return try await formulir(req: req, opd: opd, d: d, isian: nil, pesan: nil)
    }

    @Sendable static func simpan(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        try await req.wajibIzin(.definisiIKU, "mengubah definisi IKU", kantor: try opd.requireID())
        let repo = IKURepository(db: req.db)
        let opdID = try opd.requireID(), k = try kode(req)
        let sekarang = try await repo.baca(opdID: opdID, kode: k)
        let f = try req.content.decode(Form.self)
        do {
            try await repo.ubah(opdID: opdID, kode: k, ubah: .init(pembilang: f.pembilang, penyebut: f.penyebut, sumberData: f.sumber_data, unitKerja: f.unit_kerja),
                                versi: f.versi ?? "", alasan: f.alasan, penggunaID: req.pengguna?.id)
        } catch StoreError.conflict {
            let res = try await formulir(req: req, opd: opd, d: sekarang, isian: f, pesan: "Definisi IKU ini sudah diubah orang lain. Isian terbaru tersimpan: pembilang «\(sekarang.pembilang ?? "–")», penyebut «\(sekarang.penyebut ?? "–")», sumber data «\(sekarang.sumberData ?? "–")», penanggung jawab «\(sekarang.unitKerjaNama ?? "–")». Isian Anda tetap di bawah; periksa lalu simpan ulang.")
            res.status = .conflict
            return res
        } catch StoreError.invalid(_, _, let pesan) {
            let res = try await formulir(req: req, opd: opd, d: sekarang, isian: f, pesan: pesan)
            res.status = .unprocessableEntity
            return res
        }
        return req.redirect(to: "/opd/\(opd.kode)/iku#iku-\(k)")
    }

    struct UbahDTO: Content {
        var pembilang: String?
        var penyebut: String?
        var sumberData: String?
        var unitKerja: String?
        var versi: String
        var alasan: String?
    }

    @Sendable static func ubahAPI(req: Request) async throws -> Response {
        let opd = try await req.opdTerlihat()
        try await req.wajibIzin(.definisiIKU, "mengubah definisi IKU", kantor: try opd.requireID())
        let d = try req.content.decode(UbahDTO.self)
        return try json(try await IKURepository(db: req.db).ubah(
            opdID: try opd.requireID(), kode: try kode(req), ubah: .init(pembilang: d.pembilang, penyebut: d.penyebut, sumberData: d.sumberData, unitKerja: d.unitKerja),
            versi: d.versi, alasan: d.alasan, penggunaID: req.pengguna?.id))
    }
}
