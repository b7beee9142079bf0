import FluentKit
import Foundation
import KinerjaCore

/// Changing a Perjanjian Kinerja the way a Renja is changed (issue 6 item 3): an adopted PK is immutable in the
/// database (`AddPKImmutabilityTriggers`), so a change starts a **PK Perubahan** — a new version copying signatories,
/// targets, rencana aksi and program budgets — whose targets and quarterly rencana aksi are then edited and which
/// the kepala dinas adopts, with the reason for the change. Every step is one transaction and audited.
public struct PKRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// The latest version of year n.
    /// Every writer of a PK year reads it through here inside its transaction, so the year's rows are locked first
    /// (PostgreSQL): an adoption and a concurrent target edit cannot both pass their "still a draft" check.
    func terbaru(opdID: UUID, tahun n: Int, on db: any Database) async throws -> PerjanjianKinerjaModel {
        try await KunciOptimistis.kunci(PerjanjianKinerjaModel.schema, on: db) { $0.where("opd_id", .equal, opdID).where("tahun", .equal, n) }
        guard let pk = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).sort(\.$versi, .descending).first()
        else { throw StoreError.notFound(entity: "Perjanjian Kinerja", key: "\(n)") }
        return pk
    }

    struct Ringkas: Encodable {
        var versi: Int
        var jenis: String
        var ditetapkan: Bool
    }

    /// A new draft version of year n from its adopted latest version.
    @discardableResult
    public func perubahan(opdID: UUID, tahun n: Int, penggunaID: UUID?) async throws -> Int {
        try await db.transaction { tx in
            let asal = try await terbaru(opdID: opdID, tahun: n, on: tx)
            guard asal.ditetapkanPada != nil else {
                throw StoreError.invalid(field: "perjanjian_kinerja", message: "version \(asal.versi) is not adopted yet; edit it instead",
                                         pesan: "Versi \(asal.versi) belum ditetapkan; ubah versi itu, tidak perlu PK Perubahan.")
            }
            let baru = PerjanjianKinerjaModel()
            baru.$opd.id = opdID
            baru.tahun = n
            baru.versi = asal.versi + 1
            baru.jenis = JenisDokumen.perubahan.rawValue
            baru.pihakPertama = asal.pihakPertama
            baru.pihakKedua = asal.pihakKedua
            baru.tanggal = nil
            try await baru.create(on: tx)
            let asalID = try asal.requireID(), baruID = try baru.requireID()
            for t in try await PKTargetModel.query(on: tx).filter(\.$pk.$id == asalID).all() {
                let c = PKTargetModel()
                c.$pk.id = baruID
                c.$indikator.id = t.$indikator.id
                c.nilaiE4 = t.nilaiE4
                c.atasE4 = t.atasE4
                try await c.create(on: tx)
                for a in try await RencanaAksiModel.query(on: tx).filter(\.$pkTarget.$id == t.requireID()).all() {
                    let r = RencanaAksiModel()
                    r.$pkTarget.id = try c.requireID()
                    r.triwulan = a.triwulan
                    r.nilaiE4 = a.nilaiE4
                    r.kegiatan = a.kegiatan
                    try await r.create(on: tx)
                }
            }
            for a in try await PKAnggaranModel.query(on: tx).filter(\.$pk.$id == asalID).all() {
                let c = PKAnggaranModel()
                c.$pk.id = baruID
                c.$nomenklatur.id = a.$nomenklatur.id
                c.pagu = a.pagu
                c.sumberDana = a.sumberDana
                try await c.create(on: tx)
            }
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "perjanjian_kinerja", entitasID: baruID.uuidString, aksi: "buat_perubahan",
                sebelum: Ringkas(versi: asal.versi, jenis: asal.jenis, ditetapkan: true), sesudah: Ringkas(versi: baru.versi, jenis: baru.jenis, ditetapkan: false),
                alasan: nil)
            return baru.versi
        }
    }

    public struct UbahTarget: Sendable, Equatable, Codable {
        public var target: Kuantitas?
        /// TW I–IV (four entries; nil clears a quarter).
        public var rencanaAksi: [Kuantitas?]
        public init(target: Kuantitas?, rencanaAksi: [Kuantitas?]) {
            self.target = target
            self.rencanaAksi = rencanaAksi
        }
    }

    /// Fingerprint of one IKU's target and its TW I–IV rencana aksi (stored units), the revision a target form carries.
    public static func sidikTarget(nilai: Int64?, atas: Int64?, aksi: [Int64?]) -> String {
        Sidik.dari(([nilai, atas] + aksi).map { $0.map(String.init) })
    }

    /// Sets the year target and the quarterly rencana aksi of one IKU on the latest (draft) version, if they are still
    /// what the writer read (`versi`, from `PerjanjianKinerjaQuery.Target.versi`); otherwise a conflict, nothing saved.
    public func ubahTarget(opdID: UUID, tahun n: Int, kodeIKU: String, ubah u: UbahTarget, versi: String, alasan: String?, penggunaID: UUID?) async throws {
        guard u.rencanaAksi.count == 4 else {
            throw StoreError.invalid(field: "rencana_aksi", message: "four quarters expected", pesan: "Rencana aksi harus berisi empat triwulan.")
        }
        try await db.transaction { tx in
            let pk = try await terbaru(opdID: opdID, tahun: n, on: tx)
            guard pk.ditetapkanPada == nil else { throw StoreError.immutable(entity: "Perjanjian Kinerja", key: "\(n) v\(pk.versi)") }
            let pkID = try pk.requireID()
            guard let ind = try await IndikatorModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$iku == true).filter(\.$kode == kodeIKU).first()
            else { throw StoreError.notFound(entity: "IKU", key: kodeIKU) }
            let indID = try ind.requireID()
            let t = try await PKTargetModel.query(on: tx).filter(\.$pk.$id == pkID).filter(\.$indikator.$id == indID).first() ?? {
                let b = PKTargetModel()
                b.$pk.id = pkID
                b.$indikator.id = indID
                return b
            }()
            let aksiLama = t.id == nil ? [] : try await RencanaAksiModel.query(on: tx).filter(\.$pkTarget.$id == t.requireID()).all()
            let lama = (1...4).map { q in aksiLama.first { $0.triwulan == q }?.nilaiE4 }
            guard Self.sidikTarget(nilai: t.nilaiE4, atas: t.atasE4, aksi: lama) == versi else {
                throw StoreError.conflict(entity: "PK target", key: kodeIKU, expected: 0, current: 1)
            }
            let sebelum = UbahTarget(target: t.nilaiE4.map { Kuantitas(unitKecil: $0) }, rencanaAksi: lama.map { $0.map { Kuantitas(unitKecil: $0) } })
            t.nilaiE4 = u.target?.unitKecil
            t.atasE4 = nil
            try await t.save(on: tx)
            let tid = try t.requireID()
            for (i, v) in u.rencanaAksi.enumerated() {
                let q = i + 1
                if let a = aksiLama.first(where: { $0.triwulan == q }) {
                    if let v { a.nilaiE4 = v.unitKecil; try await a.save(on: tx) } else { try await a.delete(on: tx) }
                } else if let v {
                    let a = RencanaAksiModel()
                    a.$pkTarget.id = tid
                    a.triwulan = q
                    a.nilaiE4 = v.unitKecil
                    try await a.create(on: tx)
                }
            }
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "pk_target", entitasID: tid.uuidString, aksi: "ubah_target", sebelum: sebelum, sesudah: u,
                alasan: alasan.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    /// Adopts the latest version; a Perubahan needs its reason.
    public func tetapkan(opdID: UUID, tahun n: Int, alasan: String?, penggunaID: UUID?, pada: Date = Date()) async throws {
        try await db.transaction { tx in
            let pk = try await terbaru(opdID: opdID, tahun: n, on: tx)
            guard pk.ditetapkanPada == nil else { throw StoreError.immutable(entity: "Perjanjian Kinerja", key: "\(n) v\(pk.versi)") }
            let alasan = alasan?.trimmingCharacters(in: .whitespacesAndNewlines)
            if pk.jenis == JenisDokumen.perubahan.rawValue, alasan?.isEmpty ?? true {
                throw StoreError.invalid(field: "alasan_perubahan", message: "a PK Perubahan needs the reason for the change",
                                         pesan: "Alasan perubahan wajib diisi untuk menetapkan PK Perubahan.")
            }
            pk.ditetapkanPada = pada
            // Without a signing date the adoption day (WITA, the offices' zone) is taken, stored as a date: 00:00 UTC.
            pk.tanggal = pk.tanggal ?? HariKalender.hariWITA(pada)
            if let alasan, !alasan.isEmpty { pk.alasanPerubahan = alasan }
            try await pk.save(on: tx)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "perjanjian_kinerja", entitasID: try pk.requireID().uuidString, aksi: "tetapkan",
                sebelum: Ringkas(versi: pk.versi, jenis: pk.jenis, ditetapkan: false), sesudah: Ringkas(versi: pk.versi, jenis: pk.jenis, ditetapkan: true),
                alasan: alasan)
        }
    }
}
