import FluentKit
import Foundation
import KinerjaCore

/// What a unit reports for one line and one quarter.
public struct RealisasiMasukan: Sendable, Equatable, Codable {
    /// Physical realisation in the indicator's unit (for a percentage: leave nil and give pembilang/penyebut).
    public var nilai: Kuantitas?
    public var pembilang: Kuantitas?
    public var penyebut: Kuantitas?
    /// Money spent in the quarter (sub-kegiatan lines only).
    public var keuangan: Rupiah?
    public var bukti: String?
    public var faktorPendorong: String?
    public var faktorPenghambat: String?
    public init(nilai: Kuantitas? = nil, pembilang: Kuantitas? = nil, penyebut: Kuantitas? = nil, keuangan: Rupiah? = nil,
                bukti: String? = nil, faktorPendorong: String? = nil, faktorPenghambat: String? = nil) {
        self.nilai = nilai
        self.pembilang = pembilang
        self.penyebut = penyebut
        self.keuangan = keuangan
        self.bukti = bukti
        self.faktorPendorong = faktorPendorong
        self.faktorPenghambat = faktorPenghambat
    }
}

/// A line's quarterly data as the realisation page and the E.81 evaluation read it.
public struct RealisasiBaris: Sendable {
    public var barisID: UUID
    public var kode: KodeNomenklatur
    public var uraian: String
    public var unitKerja: String?
    public var e81: BarisE81?
    public var catatan: [Int: RealisasiMasukan]
    /// When each quarter's entry (physical or financial) was last saved; only quarters with a value count.
    public var terisiPada: [Int: Date] = [:]
    /// The line's pagu (sub-kegiatan lines; nil above them, whose pagu is computed).
    public var pagu: Rupiah?
    /// The indicator of the year's target (the E.81 row's indicator).
    public var indikatorID: UUID?
}

/// Quarterly realisation of adopted Renja lines (issue 6): entered per line and quarter, refused once the
/// quarter is locked or when the Renja is not adopted, audited like every change.
public struct RealisasiRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func terkunci(renjaID: UUID) async throws -> Set<Int> {
        Set(try await KunciTriwulanModel.query(on: db).filter(\.$renja.$id == renjaID).all().map(\.triwulan))
    }

    public func isi(barisID: UUID, triwulan: Int, masukan m: RealisasiMasukan, penggunaID: UUID?) async throws {
        guard (1...4).contains(triwulan) else {
            throw StoreError.invalid(field: "triwulan", message: "quarter must be 1–4", pesan: "Triwulan harus 1 sampai 4.")
        }
        try await db.transaction { tx in
            guard let baris = try await RenjaBarisModel.query(on: tx).filter(\.$id == barisID).with(\.$renja).with(\.$nomenklatur)
                .with(\.$targets, { $0.with(\.$indikator) { $0.with(\.$satuan) } }).first()
            else { throw StoreError.notFound(entity: "baris Renja", key: barisID.uuidString) }
            guard baris.renja.tahapan == Tahapan.ditetapkan.rawValue else {
                throw StoreError.invalid(field: "renja", message: "realisation is entered on an adopted Renja only",
                                         pesan: "Realisasi hanya diisi pada Renja yang sudah ditetapkan.")
            }
            if try await KunciTriwulanModel.query(on: tx).filter(\.$renja.$id == baris.$renja.id).filter(\.$triwulan == triwulan).first() != nil {
                throw StoreError.immutable(entity: "Triwulan", key: "\(triwulan)")
            }
            let kode = try KodeNomenklatur(baris.nomenklatur.kode)
            if let k = m.keuangan {
                guard k.rawValue >= 0 else {
                    throw StoreError.invalid(field: "keuangan", message: "spending must not be negative", pesan: "Realisasi keuangan tidak boleh negatif.")
                }
                guard kode.level == .subKegiatan else {
                    throw StoreError.invalid(field: "keuangan", message: "spending is entered on sub-kegiatan lines", pesan: "Realisasi keuangan diisi pada sub kegiatan.")
                }
            }
            if let p = m.pembilang, let q = m.penyebut, q.unitKecil == 0, p.unitKecil != 0 {
                throw StoreError.invalid(field: "penyebut", message: "denominator is zero", pesan: "Penyebut tidak boleh nol.")
            }
            let sebelum = try await catatan(barisID: barisID, triwulan: triwulan, on: tx)
            if let indikator = baris.targets.first(where: { $0.tahun == baris.renja.tahun })?.indikator ?? baris.targets.first?.indikator {
                let iid = try indikator.requireID()
                let f = try await RealisasiFisikModel.query(on: tx).filter(\.$baris.$id == barisID).filter(\.$indikator.$id == iid)
                    .filter(\.$triwulan == triwulan).first() ?? RealisasiFisikModel()
                f.$baris.id = barisID
                f.$indikator.id = iid
                f.triwulan = triwulan
                f.nilaiE4 = m.nilai?.unitKecil
                f.pembilangE4 = m.pembilang?.unitKecil
                f.penyebutE4 = m.penyebut?.unitKecil
                f.bukti = m.bukti
                f.faktorPendorong = m.faktorPendorong
                f.faktorPenghambat = m.faktorPenghambat
                f.$diisiOleh.id = penggunaID
                f.revisi = (f.id == nil ? 0 : f.revisi) + 1
                try await f.save(on: tx)
            }
            if kode.level == .subKegiatan {
                let k = try await RealisasiKeuanganModel.query(on: tx).filter(\.$baris.$id == barisID).filter(\.$triwulan == triwulan).first()
                    ?? RealisasiKeuanganModel()
                if let uang = m.keuangan {
                    k.$baris.id = barisID
                    k.triwulan = triwulan
                    k.jumlah = uang.rawValue
                    k.bukti = m.bukti
                    k.$diisiOleh.id = penggunaID
                    k.revisi = (k.id == nil ? 0 : k.revisi) + 1
                    try await k.save(on: tx)
                } else if k.id != nil {
                    try await k.delete(on: tx)
                }
            }
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "realisasi", entitasID: "\(barisID.uuidString)#TW\(triwulan)", aksi: "isi",
                sebelum: sebelum, sesudah: m, alasan: nil)
        }
    }

    /// Closes a quarter: its realisation can no longer change.
    public func kunci(renjaID: UUID, triwulan: Int, penggunaID: UUID) async throws {
        guard (1...4).contains(triwulan) else {
            throw StoreError.invalid(field: "triwulan", message: "quarter must be 1–4", pesan: "Triwulan harus 1 sampai 4.")
        }
        if try await KunciTriwulanModel.query(on: db).filter(\.$renja.$id == renjaID).filter(\.$triwulan == triwulan).first() != nil { return }
        // Realisation is entered once: closing TW IV closes the year, whose E.81 totals are computed before the lock.
        let tahunan = triwulan == 4 ? try await realisasiTahun(renjaID: renjaID) : []
        try await db.transaction { tx in
            let k = KunciTriwulanModel()
            k.$renja.id = renjaID
            k.triwulan = triwulan
            k.dikunciPada = Date()
            k.$dikunciOleh.id = penggunaID
            try await k.create(on: tx)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "renja", entitasID: renjaID.uuidString, aksi: "kunci_triwulan", sebelum: String?.none,
                sesudah: "TW\(triwulan)", alasan: nil)
            for t in tahunan { try await tulisTahunan(t, penggunaID: penggunaID, on: tx) }
        }
    }

    /// One indicator's year realisation from the quarters (E.81 "realisasi tahun", the indicator's own aggregation).
    struct Tahunan {
        var indikatorID: UUID
        var tahun: Int
        var besaran: Besaran
        var sumber: String
    }

    func realisasiTahun(renjaID: UUID) async throws -> [Tahunan] {
        guard let renja = try await RenjaModel.find(renjaID, on: db) else { throw StoreError.notFound(entity: "Renja", key: renjaID.uuidString) }
        var out: [Tahunan] = []
        for b in try await data(renjaID: renjaID) {
            guard let e81 = b.e81, let id = b.indikatorID, let v = EvaluasiE81.evaluate(e81).realisasiTahun.besaran else { continue }
            // One row per indicator: an indicator on several lines is summed by its lines' own table, not here.
            guard !out.contains(where: { $0.indikatorID == id }) else { continue }
            out.append(Tahunan(indikatorID: id, tahun: renja.tahun, besaran: v, sumber: "E.81 Renja \(renja.tahun) v\(renja.versi), TW IV dikunci"))
        }
        return out
    }

    /// Writes the year's realisation into `realisasi_tahunan` (what T-C.29, T-C.30 and the LKjIP read), unless a
    /// realisation of that indicator and year came from elsewhere (an imported or transcribed figure is not replaced).
    func tulisTahunan(_ t: Tahunan, penggunaID: UUID?, on tx: any Database) async throws {
        let ada = try await RealisasiTahunanModel.query(on: tx).filter(\.$indikator.$id == t.indikatorID).filter(\.$tahun == t.tahun)
            .filter(\.$sampaiDengan == false).first()
        if let ada, !(ada.sumber ?? "").hasPrefix("E.81 ") { return }
        let m = ada ?? RealisasiTahunanModel()
        m.$indikator.id = t.indikatorID
        m.tahun = t.tahun
        m.sampaiDengan = false
        switch t.besaran.nilai {
        case .angka(let v): m.nilaiE4 = try? Kuantitas(exactly: v).unitKecil; m.pembilangE4 = nil; m.penyebutE4 = nil
        case .rasio(let a, let b): m.nilaiE4 = nil; m.pembilangE4 = try? Kuantitas(exactly: a).unitKecil; m.penyebutE4 = try? Kuantitas(exactly: b).unitKecil
        case .rentang, .peringkat: return
        }
        m.sumber = t.sumber
        try await m.save(on: tx)
        try await AuditRepository(db: tx).catat(
            penggunaID: penggunaID, entitas: "realisasi_tahunan", entitasID: try m.requireID().uuidString, aksi: ada == nil ? "buat" : "ubah",
            sebelum: String?.none, sesudah: "\(t.tahun): \(t.besaran.nilai)", alasan: t.sumber)
    }

    func catatan(barisID: UUID, triwulan: Int, on db: any Database) async throws -> RealisasiMasukan? {
        let f = try await RealisasiFisikModel.query(on: db).filter(\.$baris.$id == barisID).filter(\.$triwulan == triwulan).first()
        let k = try await RealisasiKeuanganModel.query(on: db).filter(\.$baris.$id == barisID).filter(\.$triwulan == triwulan).first()
        return Self.masukan(f, k)
    }

    /// A quarter's report as entered, from its physical and financial rows (nil when neither exists).
    static func masukan(_ f: RealisasiFisikModel?, _ k: RealisasiKeuanganModel?) -> RealisasiMasukan? {
        guard f != nil || k != nil else { return nil }
        return RealisasiMasukan(
            nilai: f?.nilaiE4.map { Kuantitas(unitKecil: $0) }, pembilang: f?.pembilangE4.map { Kuantitas(unitKecil: $0) },
            penyebut: f?.penyebutE4.map { Kuantitas(unitKecil: $0) }, keuangan: k.map { Rupiah($0.jumlah) }, bukti: f?.bukti ?? k?.bukti,
            faktorPendorong: f?.faktorPendorong, faktorPenghambat: f?.faktorPenghambat)
    }

    /// Every line of a Renja with its quarters, ready for E.81.
    public func data(renjaID: UUID) async throws -> [RealisasiBaris] {
        guard let renja = try await RenjaModel.find(renjaID, on: db) else { throw StoreError.notFound(entity: "Renja", key: renjaID.uuidString) }
        let lines = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == renjaID).with(\.$nomenklatur).with(\.$unitKerja)
            .with(\.$targets, { $0.with(\.$indikator) { $0.with(\.$satuan) } }).sort(\.$urutan).all()
        let ids = lines.compactMap(\.id)
        let fisik = ids.isEmpty ? [] : try await RealisasiFisikModel.query(on: db).filter(\.$baris.$id ~~ ids).all()
        let uang = ids.isEmpty ? [] : try await RealisasiKeuanganModel.query(on: db).filter(\.$baris.$id ~~ ids).all()
        var out: [RealisasiBaris] = []
        for l in lines {
            guard let kode = try? KodeNomenklatur(l.nomenklatur.kode), let lid = l.id else { continue }
            var catatan: [Int: RealisasiMasukan] = [:]
            for tw in 1...4 {
                catatan[tw] = Self.masukan(
                    fisik.first { $0.$baris.id == lid && $0.triwulan == tw }, uang.first { $0.$baris.id == lid && $0.triwulan == tw })
            }
            var e81: BarisE81?
            if let t = l.targets.first(where: { $0.tahun == renja.tahun }) {
                let ind = t.indikator
                let satuan = Satuan(ind.satuan.kode)
                let spec = try ind.spesifikasi()
                let realisasi: [Besaran?] = (1...4).map { tw in
                    guard let c = catatan[tw] else { return nil }
                    if let p = c.pembilang, let q = c.penyebut { return Besaran(.rasio(pembilang: p.decimal, penyebut: q.decimal), satuan) }
                    return c.nilai.map { Besaran($0, satuan) }
                }
                e81 = BarisE81(
                    lokasi: kode.description, indikator: spec, targetTahun: t.nilaiE4.map { Besaran(Kuantitas(unitKecil: $0), satuan) },
                    realisasiTriwulan: realisasi, pagu: kode.level == .subKegiatan ? l.pagu.map { Rupiah($0) } : nil,
                    realisasiAnggaranTriwulan: (1...4).map { catatan[$0]?.keuangan })
            }
            var terisi: [Int: Date] = [:]
            for tw in 1...4 {
                // A saved form with every value empty is not a report.
                guard let c = catatan[tw], c.nilai != nil || (c.pembilang != nil && c.penyebut != nil) || c.keuangan != nil else { continue }
                let t = [fisik.first { $0.$baris.id == lid && $0.triwulan == tw }?.diisiPada, uang.first { $0.$baris.id == lid && $0.triwulan == tw }?.diisiPada]
                if let d = t.compactMap({ $0 }).max() { terisi[tw] = d }
            }
            out.append(RealisasiBaris(barisID: lid, kode: kode, uraian: l.nomenklatur.nama, unitKerja: l.unitKerja?.kode, e81: e81, catatan: catatan,
                                      terisiPada: terisi, pagu: kode.level == .subKegiatan ? l.pagu.map { Rupiah($0) } : nil,
                                      indikatorID: l.targets.first(where: { $0.tahun == renja.tahun })?.$indikator.id))
        }
        return out
    }
}
