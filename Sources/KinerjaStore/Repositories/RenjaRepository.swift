import FluentKit
import Foundation
import KinerjaCore

/// The definition of an indicator named by a Renja line's targets.
public struct IndikatorDefinisi: Sendable, Hashable {
    public var nama: String
    public var satuan: String
    public var arah: Arah
    public var agregasi: JenisAgregasi
    public var ukuran: JenisUkuran
    public var presisi: Int
    public init(nama: String, satuan: String, arah: Arah, agregasi: JenisAgregasi, ukuran: JenisUkuran, presisi: Int = 2) {
        self.nama = nama
        self.satuan = satuan
        self.arah = arah
        self.agregasi = agregasi
        self.ukuran = ukuran
        self.presisi = presisi
    }
}

/// A Renja line as entered (UI, API, import or demo): the line, the indicators its targets name, its unit.
public struct BarisMasukan: Sendable {
    public var baris: RenjaBaris
    public var indikator: [IndikatorDefinisi]
    public var unitKerjaKode: String?
    /// For a line of a Perubahan: why it differs from the amended version.
    public var alasanPerubahan: String?
    public init(baris: RenjaBaris, indikator: [IndikatorDefinisi], unitKerjaKode: String? = nil, alasanPerubahan: String? = nil) {
        self.baris = baris
        self.indikator = indikator
        self.unitKerjaKode = unitKerjaKode
        self.alasanPerubahan = alasanPerubahan
    }
}

/// A Renja version read back with its lines as core values.
public struct RenjaLengkap: Sendable {
    public var id: UUID
    public var opdKode: String
    public var tahun: Int
    public var versi: Int
    public var jenis: JenisDokumen
    public var tahapan: Tahapan
    public var ditetapkanPada: Date?
    public var pohon: PohonRenja
}

/// Writes and reads Renja versions. Every write path (UI, API, import, demo) goes through here, so the same
/// validation applies everywhere.
public struct RenjaRepository: Sendable {
    public let db: any Database
    public static let regulasiBaku = "Kepmendagri 050-5889/2021"
    public init(db: any Database) { self.db = db }

    /// Starts a new Renja (versi = last + 1) at `rancangan_awal`.
    public func buat(opd: OPDModel, tahun: Int, jenis: JenisDokumen = .induk, sebelumnya: RenjaModel? = nil) async throws -> RenjaModel {
        let opdID = try opd.requireID()
        let last = try await RenjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun).max(\.$versi) ?? 0
        let r = RenjaModel(opdID: opdID, tahun: tahun, versi: last + 1, jenis: jenis.rawValue, tahapan: Tahapan.rancanganAwal.rawValue)
        r.$sebelumnya.id = try sebelumnya?.requireID()
        try await r.create(on: db)
        return r
    }

    public func renja(opdID: UUID, tahun: Int) async throws -> [RenjaModel] {
        try await RenjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun).sort(\.$versi).all()
    }

    public func semua(opdID: UUID) async throws -> [RenjaModel] {
        try await RenjaModel.query(on: db).filter(\.$opd.$id == opdID).sort(\.$tahun, .descending).sort(\.$versi).all()
    }

    /// Adds one validated line: the code must be in the nomenclature, pagu non-negative and only on
    /// sub-kegiatan, every target in its indicator's unit and for year n or n+1.
    @discardableResult
    public func tambahBaris(renja: RenjaModel, masukan: BarisMasukan, urutan: Int, penggunaID: UUID? = nil) async throws -> RenjaBarisModel {
        guard let tahapan = Tahapan(rawValue: renja.tahapan), tahapan.dapatDiubah else {
            throw StoreError.immutable(entity: "Renja", key: "\(renja.tahun) v\(renja.versi)")
        }
        let ref = ReferensiRepository(db: db)
        let regulasi = try await ref.regulasi(kode: Self.regulasiBaku, judul: Self.regulasiBaku)
        let codes = try await ref.kodeNomenklatur(regulasiID: try regulasi.requireID())
        let b = masukan.baris
        do { try b.validate(nomenklatur: Set(codes.keys)) } catch {
            throw StoreError.invalid(field: error.field, message: error.message, pesan: error.pesan)
        }
        for (i, t) in b.targets.enumerated() where t.tahun != renja.tahun && t.tahun != renja.tahun + 1 {
            throw StoreError.invalid(field: "target[\(i)].tahun", message: "target year \(t.tahun) is neither the plan year \(renja.tahun) nor n+1",
                                     pesan: "Tahun target \(t.tahun) bukan tahun rencana \(renja.tahun) atau n+1.")
        }
        guard let nomen = codes[b.kode] else { throw StoreError.notFound(entity: "nomenklatur", key: b.kode.description) }
        let renjaID = try renja.requireID()
        let opdID = renja.$opd.id
        let baris = RenjaBarisModel()
        baris.$renja.id = renjaID
        baris.$nomenklatur.id = try nomen.requireID()
        baris.urutan = urutan
        baris.pagu = b.pagu?.rawValue
        baris.paguN1 = b.paguN1?.rawValue
        baris.lokasi = b.lokasi
        baris.kelompokSasaran = b.kelompokSasaran
        baris.sumberDana = b.sumberDana
        baris.catatan = b.catatan
        baris.alasanPerubahan = masukan.alasanPerubahan
        baris.revisi = 1
        if let uk = masukan.unitKerjaKode {
            guard let unit = try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == uk).first() else {
                throw StoreError.invalid(field: "unit_kerja", message: "unit '\(uk)' does not exist in this office", pesan: "Unit kerja '\(uk)' tidak ada.")
            }
            baris.$unitKerja.id = try unit.requireID()
        }
        try await baris.create(on: db)
        for t in b.targets {
            let def = masukan.indikator.first { $0.nama == t.indikator }
                ?? IndikatorDefinisi(nama: t.indikator, satuan: t.satuanIndikator, arah: .naik, agregasi: .kumulatif, ukuran: .jumlah)
            let ind = try await indikator(opdID: opdID, nomenklaturID: try nomen.requireID(), def: def)
            let satuan = try await ref.satuan(kode: t.satuan)
            let target = RenjaTargetModel()
            target.$baris.id = try baris.requireID()
            target.$indikator.id = try ind.requireID()
            target.tahun = t.tahun
            target.nilaiE4 = t.nilai?.unitKecil
            target.$satuan.id = try satuan.requireID()
            try await target.create(on: db)
        }
        try await AuditRepository(db: db).catat(
            penggunaID: penggunaID, entitas: "renja_baris", entitasID: try baris.requireID().uuidString, aksi: "buat",
            sebelum: String?.none, sesudah: b, alasan: nil)
        return baris
    }

    /// Finds or creates the indicator of an office measuring a nomenclature node. The same name in another unit
    /// is another indicator (its values can never be mixed); the same name and unit with a different direction,
    /// aggregation or measure type is a contradiction and is refused with the field named.
    func indikator(opdID: UUID, nomenklaturID: UUID, def: IndikatorDefinisi) async throws -> IndikatorModel {
        let candidates = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID)
            .filter(\.$nomenklatur.$id == nomenklaturID).filter(\.$nama == def.nama).with(\.$satuan).all()
        if let m = candidates.first(where: { $0.satuan.kode == def.satuan }) {
            for (field, have, want) in [("arah", m.arah, def.arah.rawValue), ("agregasi", m.agregasi, def.agregasi.rawValue), ("ukuran", m.ukuran, def.ukuran.rawValue)]
            where have != want {
                throw StoreError.invalid(
                    field: field, message: "indicator '\(def.nama)' is already defined with \(field) \(have), not \(want)",
                    pesan: "Indikator '\(def.nama)' sudah didefinisikan dengan \(field) \(have), bukan \(want).")
            }
            return m
        }
        let satuan = try await ReferensiRepository(db: db).satuan(kode: def.satuan)
        let m = IndikatorModel()
        m.$opd.id = opdID
        m.nama = def.nama
        m.$satuan.id = try satuan.requireID()
        m.arah = def.arah.rawValue
        m.agregasi = def.agregasi.rawValue
        m.ukuran = def.ukuran.rawValue
        m.presisi = def.presisi
        m.$nomenklatur.id = nomenklaturID
        m.bobotE4 = Kuantitas.skala
        m.iku = false
        m.spm = false
        m.bolehLebih100 = false
        try await m.create(on: db)
        return m
    }

    /// Moves a Renja one stage forward; reaching `ditetapkan` records who adopted it and when.
    public func majukanTahapan(renja: RenjaModel, penggunaID: UUID?, pada: Date = Date()) async throws {
        guard let t = Tahapan(rawValue: renja.tahapan), let next = t.berikutnya else {
            throw StoreError.immutable(entity: "Renja", key: "\(renja.tahun) v\(renja.versi)")
        }
        let before = renja.tahapan
        renja.tahapan = next.rawValue
        renja.revisi += 1
        if next == .ditetapkan {
            renja.ditetapkanPada = pada
            renja.$ditetapkanOleh.id = penggunaID
        }
        try await renja.update(on: db)
        try await AuditRepository(db: db).catat(
            penggunaID: penggunaID, entitas: "renja", entitasID: try renja.requireID().uuidString, aksi: "tahapan",
            sebelum: before, sesudah: next.rawValue, alasan: nil)
    }

    /// Reads a Renja with all its lines as a pagu tree.
    public func lengkap(id: UUID) async throws -> RenjaLengkap {
        guard let r = try await RenjaModel.query(on: db).filter(\.$id == id).with(\.$opd).first() else {
            throw StoreError.notFound(entity: "Renja", key: id.uuidString)
        }
        let rows = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == id)
            .with(\.$nomenklatur).with(\.$targets) { $0.with(\.$indikator) { $0.with(\.$satuan) }.with(\.$satuan) }
            .sort(\.$urutan).all()
        var lines: [RenjaBaris] = []
        for row in rows {
            guard let kode = try? KodeNomenklatur(row.nomenklatur.kode) else { continue }
            let targets = row.targets.sorted { ($0.tahun, $0.indikator.nama) < ($1.tahun, $1.indikator.nama) }.map {
                TargetIndikator(
                    indikator: $0.indikator.nama, satuanIndikator: $0.indikator.satuan.kode, tahun: $0.tahun,
                    nilai: $0.nilaiE4.map { Kuantitas(unitKecil: $0) }, satuan: $0.satuan.kode)
            }
            lines.append(RenjaBaris(
                kode: kode, uraian: row.nomenklatur.nama, pagu: row.pagu.map { Rupiah($0) }, paguN1: row.paguN1.map { Rupiah($0) },
                lokasi: row.lokasi, kelompokSasaran: row.kelompokSasaran, sumberDana: row.sumberDana, catatan: row.catatan,
                targets: targets))
        }
        return RenjaLengkap(
            id: id, opdKode: r.opd.kode, tahun: r.tahun, versi: r.versi, jenis: JenisDokumen(rawValue: r.jenis) ?? .induk,
            tahapan: Tahapan(rawValue: r.tahapan) ?? .rancanganAwal, ditetapkanPada: r.ditetapkanPada, pohon: PohonRenja(baris: lines))
    }
}
