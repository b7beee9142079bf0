import FluentKit
import Foundation
import KinerjaCore

/// Editable attributes of an existing line (the code cannot change: a different code is a different line).
public struct BarisUbah: Sendable, Equatable, Codable {
    public var pagu: Rupiah?
    public var paguN1: Rupiah?
    public var lokasi: String?
    public var kelompokSasaran: String?
    public var sumberDana: String?
    public var catatan: String?
    /// Target of year n and n+1 of the line's first indicator (nil = leave empty).
    public var target: Kuantitas?
    public var targetN1: Kuantitas?
    public var alasanPerubahan: String?
    public init(pagu: Rupiah? = nil, paguN1: Rupiah? = nil, lokasi: String? = nil, kelompokSasaran: String? = nil, sumberDana: String? = nil,
                catatan: String? = nil, target: Kuantitas? = nil, targetN1: Kuantitas? = nil, alasanPerubahan: String? = nil) {
        self.pagu = pagu
        self.paguN1 = paguN1
        self.lokasi = lokasi
        self.kelompokSasaran = kelompokSasaran
        self.sumberDana = sumberDana
        self.catatan = catatan
        self.target = target
        self.targetN1 = targetN1
        self.alasanPerubahan = alasanPerubahan
    }
}

/// Identity and locking data of a line, for edit forms and the API.
public struct BarisInfo: Sendable, Equatable, Codable {
    public var id: UUID
    public var kode: KodeNomenklatur
    public var revisi: Int
    public var unitKerja: String?
    public var alasanPerubahan: String?
}

extension RenjaRepository {
    /// Line ids, revisions and owning units of a Renja, by code.
    public func info(renjaID: UUID) async throws -> [KodeNomenklatur: BarisInfo] {
        let rows = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == renjaID).with(\.$nomenklatur).with(\.$unitKerja).all()
        var out: [KodeNomenklatur: BarisInfo] = [:]
        for r in rows {
            guard let k = try? KodeNomenklatur(r.nomenklatur.kode) else { continue }
            out[k] = BarisInfo(id: try r.requireID(), kode: k, revisi: r.revisi, unitKerja: r.unitKerja?.kode, alasanPerubahan: r.alasanPerubahan)
        }
        return out
    }

    /// Changes one line if nobody changed it since `revisi` was read; records before/after in the audit log.
    public func ubahBaris(barisID: UUID, ubah: BarisUbah, revisi: Int, penggunaID: UUID?) async throws -> RenjaBarisModel {
        try await db.transaction { tx in
            let repo = RenjaRepository(db: tx)
            guard let baris = try await RenjaBarisModel.query(on: tx).filter(\.$id == barisID).with(\.$renja).with(\.$nomenklatur)
                .with(\.$targets, { $0.with(\.$indikator) { $0.with(\.$satuan) } }).first()
            else { throw StoreError.notFound(entity: "baris Renja", key: barisID.uuidString) }
            let renja = baris.renja
            guard Tahapan(rawValue: renja.tahapan)?.dapatDiubah == true else {
                throw StoreError.immutable(entity: "Renja", key: "\(renja.tahun) v\(renja.versi)")
            }
            guard baris.revisi == revisi else {
                throw StoreError.conflict(entity: "baris", key: baris.nomenklatur.kode, expected: revisi, current: baris.revisi)
            }
            let kode = try KodeNomenklatur(baris.nomenklatur.kode)
            let sebelum = repo.snapshot(baris)
            // Same rules as a new line: non-negative pagu, only on sub-kegiatan.
            let check = RenjaBaris(kode: kode, uraian: baris.nomenklatur.nama, pagu: ubah.pagu, paguN1: ubah.paguN1)
            do { try check.validate(nomenklatur: [kode]) } catch let error as KesalahanMasukan {
                throw StoreError.invalid(field: error.field, message: error.message, pesan: error.pesan)
            }
            if renja.jenis == JenisDokumen.perubahan.rawValue, ubah.alasanPerubahan?.isEmpty ?? true, sebelum.pagu != ubah.pagu {
                throw StoreError.invalid(field: "alasan_perubahan", message: "a Perubahan line whose pagu changes needs a reason",
                                         pesan: "Alasan perubahan wajib diisi untuk baris yang pagunya berubah.")
            }
            baris.pagu = ubah.pagu?.rawValue
            baris.paguN1 = ubah.paguN1?.rawValue
            baris.lokasi = ubah.lokasi
            baris.kelompokSasaran = ubah.kelompokSasaran
            baris.sumberDana = ubah.sumberDana
            baris.catatan = ubah.catatan
            baris.alasanPerubahan = ubah.alasanPerubahan
            guard try await KunciOptimistis.naikkanRevisi(RenjaBarisModel.schema, id: barisID, dari: revisi, on: tx) else {
                let sekarang = try await RenjaBarisModel.find(barisID, on: tx)?.revisi ?? revisi + 1
                throw StoreError.conflict(entity: "baris", key: baris.nomenklatur.kode, expected: revisi, current: sekarang)
            }
            baris.revisi = revisi + 1
            try await baris.update(on: tx)
            for (tahun, nilai) in [(renja.tahun, ubah.target), (renja.tahun + 1, ubah.targetN1)] {
                if let t = baris.targets.first(where: { $0.tahun == tahun }) {
                    t.nilaiE4 = nilai?.unitKecil
                    try await t.update(on: tx)
                } else if let nilai, let first = baris.targets.first {
                    let t = RenjaTargetModel()
                    t.$baris.id = try baris.requireID()
                    t.$indikator.id = first.$indikator.id
                    t.tahun = tahun
                    t.nilaiE4 = nilai.unitKecil
                    t.$satuan.id = first.indikator.$satuan.id
                    try await t.create(on: tx)
                }
            }
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "renja_baris", entitasID: barisID.uuidString, aksi: "ubah",
                sebelum: sebelum, sesudah: ubah, alasan: ubah.alasanPerubahan)
            return baris
        }
    }

    func snapshot(_ b: RenjaBarisModel) -> BarisUbah {
        let n = b.renja.tahun
        return BarisUbah(
            pagu: b.pagu.map { Rupiah($0) }, paguN1: b.paguN1.map { Rupiah($0) }, lokasi: b.lokasi, kelompokSasaran: b.kelompokSasaran,
            sumberDana: b.sumberDana, catatan: b.catatan,
            target: b.targets.first { $0.tahun == n }?.nilaiE4.map { Kuantitas(unitKecil: $0) },
            targetN1: b.targets.first { $0.tahun == n + 1 }?.nilaiE4.map { Kuantitas(unitKecil: $0) },
            alasanPerubahan: b.alasanPerubahan)
    }

    /// Starts a Perubahan: a new version (stage `rancangan_awal`) copying every line and target of an adopted Renja.
    public func buatPerubahan(dari sumber: RenjaModel, penggunaID: UUID?) async throws -> RenjaModel {
        guard sumber.tahapan == Tahapan.ditetapkan.rawValue else {
            throw StoreError.invalid(field: "tahapan", message: "only an adopted Renja can be amended",
                                     pesan: "Perubahan hanya dapat dibuat dari Renja yang sudah ditetapkan.")
        }
        let sumberID = try sumber.requireID()
        return try await db.transaction { tx in
            let opdID = sumber.$opd.id
            if let open = try await RenjaModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$tahun == sumber.tahun)
                .filter(\.$tahapan != Tahapan.ditetapkan.rawValue).first()
            {
                throw StoreError.invalid(field: "renja", message: "version \(open.versi) of \(sumber.tahun) is still a draft",
                                         pesan: "Masih ada versi \(open.versi) yang belum ditetapkan.")
            }
            let last = try await RenjaModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$tahun == sumber.tahun).max(\.$versi) ?? 0
            let baru = RenjaModel(opdID: opdID, tahun: sumber.tahun, versi: last + 1, jenis: JenisDokumen.perubahan.rawValue,
                                  tahapan: Tahapan.rancanganAwal.rawValue)
            baru.$sebelumnya.id = sumberID
            baru.$renstra.id = sumber.$renstra.id
            try await baru.create(on: tx)
            let lines = try await RenjaBarisModel.query(on: tx).filter(\.$renja.$id == sumberID).with(\.$targets).all()
            for l in lines {
                let c = RenjaBarisModel()
                c.$renja.id = try baru.requireID()
                c.$nomenklatur.id = l.$nomenklatur.id
                c.urutan = l.urutan
                c.pagu = l.pagu
                c.paguN1 = l.paguN1
                c.lokasi = l.lokasi
                c.kelompokSasaran = l.kelompokSasaran
                c.sumberDana = l.sumberDana
                c.catatan = l.catatan
                c.$unitKerja.id = l.$unitKerja.id
                c.revisi = 1
                try await c.create(on: tx)
                for t in l.targets {
                    let ct = RenjaTargetModel()
                    ct.$baris.id = try c.requireID()
                    ct.$indikator.id = t.$indikator.id
                    ct.tahun = t.tahun
                    ct.nilaiE4 = t.nilaiE4
                    ct.atasE4 = t.atasE4
                    ct.$satuan.id = t.$satuan.id
                    try await ct.create(on: tx)
                }
            }
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "renja", entitasID: try baru.requireID().uuidString, aksi: "buat_perubahan",
                sebelum: sumberID.uuidString, sesudah: "v\(baru.versi)", alasan: nil)
            return baru
        }
    }

    /// The comparison of a version with the one it amends (nil for an original Renja).
    /// - Parameter sesudah: the version itself when the caller has already read it.
    public func perbandingan(renjaID: UUID, sesudah dibaca: RenjaLengkap? = nil) async throws -> PerbandinganRenja? {
        guard let r = try await RenjaModel.find(renjaID, on: db), let prev = r.$sebelumnya.id else { return nil }
        let a = try await lengkap(id: prev)
        let b: RenjaLengkap
        if let dibaca, dibaca.id == renjaID { b = dibaca } else { b = try await lengkap(id: renjaID) }
        let reasons = try await info(renjaID: renjaID).compactMapValues(\.alasanPerubahan)
        return PerbandinganRenja(sebelum: a.pohon.urutan.map(\.simpul.baris), sesudah: b.pohon.urutan.map(\.simpul.baris), alasan: reasons)
    }

    /// Moves a Renja forward. Adopting a Perubahan requires a reason on every changed sub-kegiatan line.
    public func majukan(renja: RenjaModel, penggunaID: UUID?, revisi: Int) async throws {
        // An adopted Renja has no next stage (and the database refuses any UPDATE of it).
        guard Tahapan(rawValue: renja.tahapan)?.berikutnya != nil else { throw StoreError.immutable(entity: "Renja", key: "\(renja.tahun) v\(renja.versi)") }
        try await db.transaction { tx in
            guard try await KunciOptimistis.naikkanRevisi(RenjaModel.schema, id: try renja.requireID(), dari: revisi, on: tx) else {
                let sekarang = try await RenjaModel.find(try renja.requireID(), on: tx)?.revisi ?? revisi + 1
                throw StoreError.conflict(entity: "Renja", key: "\(renja.tahun) v\(renja.versi)", expected: revisi, current: sekarang)
            }
            renja.revisi = revisi
            try await RenjaRepository(db: tx).majukanDiperiksa(renja: renja, penggunaID: penggunaID)
        }
    }

    /// The checks and the stage change of `majukan`, inside its transaction.
    func majukanDiperiksa(renja: RenjaModel, penggunaID: UUID?) async throws {
        if Tahapan(rawValue: renja.tahapan)?.berikutnya == .ditetapkan, renja.jenis == JenisDokumen.perubahan.rawValue,
            let diff = try await perbandingan(renjaID: try renja.requireID()), let first = diff.tanpaAlasan.first
        {
            throw StoreError.invalid(field: "alasan_perubahan", message: "line \(first.kode) changed without a reason",
                                     pesan: "Baris \(first.kode) berubah tanpa alasan; isi alasan perubahan sebelum penetapan.")
        }
        try await majukanTahapan(renja: renja, penggunaID: penggunaID)
    }

    /// Audit entries of a Renja and all its lines, oldest first.
    /// - Parameter barisID: only the entries of that line.
    public func riwayat(renjaID: UUID, barisID: String? = nil) async throws -> [AuditLogModel] {
        if let b = barisID?.lowercased() {
            return try await riwayat(renjaID: renjaID).filter { $0.entitas == "renja_baris" && $0.entitasID.lowercased() == b }
        }
        let lineIDs = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == renjaID).all().map { try $0.requireID().uuidString }
        var entries = try await AuditLogModel.query(on: db).filter(\.$entitas == "renja").filter(\.$entitasID == renjaID.uuidString).with(\.$pengguna).all()
        if !lineIDs.isEmpty {
            entries += try await AuditLogModel.query(on: db).filter(\.$entitas == "renja_baris").filter(\.$entitasID ~~ lineIDs).with(\.$pengguna).all()
        }
        return entries.sorted { $0.waktu < $1.waktu }
    }
}
