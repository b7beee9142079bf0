import FluentKit
import Foundation

/// The definition of an office's IKU (issue 6 item 3): formulasi (numerator / denominator), sumber data and the
/// responsible unit (penanggung jawab), edited in the app. Every change is audited with before, after and reason, and
/// checked against the `versi` the writer read — a fingerprint of the definition, so a stale save is refused (409)
/// without a revision column on `indikator`.
public struct IKURepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public struct Definisi: Sendable, Codable, Equatable {
        public var kode: String
        public var nama: String
        public var sasaran: String?
        public var pembilang: String?
        public var penyebut: String?
        public var sumberData: String?
        /// The responsible unit's code.
        public var unitKerja: String?
        public var unitKerjaNama: String?
        /// Fingerprint of the editable fields, to send back with a change.
        public var versi: String
    }

    public struct Ubah: Sendable, Equatable {
        public var pembilang: String?
        public var penyebut: String?
        public var sumberData: String?
        public var unitKerja: String?
        public init(pembilang: String?, penyebut: String?, sumberData: String?, unitKerja: String?) {
            self.pembilang = pembilang
            self.penyebut = penyebut
            self.sumberData = sumberData
            self.unitKerja = unitKerja
        }
    }

    /// FNV-1a 64 over the editable fields: stable across databases and processes (Swift's `Hasher` is seeded).
    static func sidik(_ m: IndikatorModel) -> String {
        Sidik.dari([m.pembilang, m.penyebut, m.sumberData, m.$unitKerja.id?.uuidString])
    }

    func definisi(_ m: IndikatorModel) -> Definisi {
        Definisi(kode: m.kode ?? "", nama: m.nama, sasaran: m.sasaran?.uraian, pembilang: m.pembilang, penyebut: m.penyebut, sumberData: m.sumberData,
                 unitKerja: m.unitKerja?.kode, unitKerjaNama: m.unitKerja?.nama, versi: Self.sidik(m))
    }

    func model(opdID: UUID, kode: String, on db: any Database) async throws -> IndikatorModel {
        guard let m = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).filter(\.$kode == kode)
            .with(\.$sasaran).with(\.$unitKerja).first()
        else { throw StoreError.notFound(entity: "IKU", key: kode) }
        return m
    }

    public func daftar(opdID: UUID) async throws -> [Definisi] {
        try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).with(\.$sasaran).with(\.$unitKerja).all()
            .filter { $0.kode != nil }.sorted { ($0.kode ?? "") < ($1.kode ?? "") }.map(definisi)
    }

    public func baca(opdID: UUID, kode: String) async throws -> Definisi { definisi(try await model(opdID: opdID, kode: kode, on: db)) }

    /// The office's units, for the penanggung jawab choice.
    public func unit(opdID: UUID) async throws -> [(kode: String, nama: String)] {
        try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).sort(\.$kode).all().map { ($0.kode, $0.nama) }
    }

    static func bersih(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    @discardableResult
    public func ubah(opdID: UUID, kode: String, ubah u: Ubah, versi: String, alasan: String?, penggunaID: UUID?) async throws -> Definisi {
        for (nama, v) in [("pembilang", u.pembilang), ("penyebut", u.penyebut), ("sumber_data", u.sumberData)] where (v?.count ?? 0) > 2_000 {
            throw StoreError.invalid(field: nama, message: "longer than 2000 characters", pesan: "Isian \(nama) lebih dari 2.000 karakter.")
        }
        return try await db.transaction { tx in
            // The definition's "revision" is a fingerprint of its content: hold the row while comparing and saving.
            try await KunciOptimistis.kunci(IndikatorModel.schema, on: tx) { $0.where("opd_id", .equal, opdID).where("kode", .equal, kode).where("iku", .equal, true) }
            let m = try await model(opdID: opdID, kode: kode, on: tx)
            let sebelum = definisi(m)
            guard sebelum.versi == versi else { throw StoreError.conflict(entity: "IKU", key: kode, expected: 0, current: 1) }
            var unitID: UUID?
            if let k = Self.bersih(u.unitKerja) {
                guard let unit = try await UnitKerjaModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$kode == k).first() else {
                    throw StoreError.invalid(field: "unit_kerja", message: "unit '\(k)' is not a unit of this office",
                                             pesan: "Unit \(k) bukan unit kerja kantor ini.")
                }
                unitID = unit.id
            }
            m.pembilang = Self.bersih(u.pembilang)
            m.penyebut = Self.bersih(u.penyebut)
            m.sumberData = Self.bersih(u.sumberData)
            m.$unitKerja.id = unitID
            try await m.save(on: tx)
            let baru = try await model(opdID: opdID, kode: kode, on: tx)
            let sesudah = definisi(baru)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "indikator", entitasID: try m.requireID().uuidString, aksi: "ubah_definisi",
                sebelum: sebelum, sesudah: sesudah, alasan: Self.bersih(alasan))
            return sesudah
        }
    }
}
