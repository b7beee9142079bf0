import FluentKit
import Foundation
import KinerjaCore

/// A proposal (T-C.32) as the pages and API show it.
public struct UsulanBaris: Sendable, Codable, Equatable {
    public var sumber: String
    public var kode: String?
    public var uraian: String
    public var lokasi: String?
    public var volume: Kuantitas?
    public var satuan: String?
    public var pagu: Int64?
    public var status: String
    public var alasan: String?
}

/// One line of the Ranwal RKPD review (T-C.31): the RKPD draft beside the office's analysis; parent pagu are
/// computed per side from the sub-kegiatan lines.
public struct RanwalBaris: Sendable, Codable, Equatable {
    public var kode: String
    public var level: String
    public var uraian: String
    public var rkpdIndikator: String?
    public var rkpdTarget: Kuantitas?
    public var rkpdLokasi: String?
    public var rkpdPagu: Int64
    public var analisisIndikator: String?
    public var analisisTarget: Kuantitas?
    public var analisisLokasi: String?
    public var analisisPagu: Int64
    public var satuan: String?
    public var catatan: String?
    /// Which attributes differ between the two sides.
    public var berbeda: [String]
}

public struct TabelRenjaQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func usulan(opdID: UUID, tahun: Int) async throws -> [UsulanBaris] {
        try await UsulanModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun)
            .with(\.$nomenklatur).with(\.$satuan).all().map {
                UsulanBaris(sumber: $0.sumber, kode: $0.nomenklatur?.kode, uraian: $0.uraian, lokasi: $0.lokasi,
                            volume: $0.volumeE4.map { Kuantitas(unitKecil: $0) }, satuan: $0.satuan?.nama, pagu: $0.pagu, status: $0.status, alasan: $0.alasan)
            }
    }

    public func ranwal(renjaID: UUID) async throws -> [RanwalBaris] {
        let rows = try await ReviewRanwalModel.query(on: db).filter(\.$renja.$id == renjaID).with(\.$nomenklatur).with(\.$satuan).all()
        var items: [(KodeNomenklatur, ReviewRanwalModel)] = rows.compactMap { r in (try? KodeNomenklatur(r.nomenklatur.kode)).map { ($0, r) } }
        items.sort { $0.0 < $1.0 }
        // Σ per side over the sub-kegiatan below each code.
        func total(_ k: KodeNomenklatur, _ pick: (ReviewRanwalModel) -> Int64?) -> Int64 {
            items.filter { $0.0.level == .subKegiatan && ($0.0 == k || Self.isAncestor(k, of: $0.0)) }.reduce(0) { $0 + (pick($1.1) ?? 0) }
        }
        return items.map { k, r in
            let rp = total(k) { $0.rkpdPagu }, ap = total(k) { $0.analisisPagu }
            var beda: [String] = []
            if r.rkpdIndikator != r.analisisIndikator { beda.append("indikator") }
            if r.rkpdTargetE4 != r.analisisTargetE4 { beda.append("target") }
            if r.rkpdLokasi != r.analisisLokasi { beda.append("lokasi") }
            if rp != ap { beda.append("pagu") }
            return RanwalBaris(
                kode: k.description, level: k.level.rawValue, uraian: r.nomenklatur.nama, rkpdIndikator: r.rkpdIndikator,
                rkpdTarget: r.rkpdTargetE4.map { Kuantitas(unitKecil: $0) }, rkpdLokasi: r.rkpdLokasi, rkpdPagu: rp,
                analisisIndikator: r.analisisIndikator, analisisTarget: r.analisisTargetE4.map { Kuantitas(unitKecil: $0) },
                analisisLokasi: r.analisisLokasi, analisisPagu: ap, satuan: r.satuan?.nama, catatan: r.catatan, berbeda: beda)
        }
    }

    static func isAncestor(_ a: KodeNomenklatur, of b: KodeNomenklatur) -> Bool {
        var p = b.parent
        while let x = p { if x == a { return true }; p = x.parent }
        return false
    }

    /// The Renstra of an office with its indicators' baseline and final targets.
    public struct RenstraRingkas: Sendable, Codable {
        public struct Indikator: Sendable, Codable { public var kode: String?; public var nama: String; public var satuan: String; public var targetAkhir: Kuantitas?; public var baseline: Kuantitas? }
        public var tahunAwal: Int
        public var tahunAkhir: Int
        public var dasarHukum: String?
        public var tujuan: [String]
        public var sasaran: [String]
        public var indikator: [Indikator]
    }

    public func renstra(opdID: UUID) async throws -> [RenstraRingkas] {
        var out: [RenstraRingkas] = []
        for r in try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).sort(\.$tahunAwal).all() {
            let rid = try r.requireID()
            let tujuan = try await TujuanModel.query(on: db).filter(\.$renstra.$id == rid).sort(\.$nomor).all()
            var sasaran: [String] = []
            for t in tujuan { sasaran += try await SasaranModel.query(on: db).filter(\.$tujuan.$id == (try t.requireID())).sort(\.$nomor).all().map(\.uraian) }
            let ind = try await RenstraIndikatorModel.query(on: db).filter(\.$renstra.$id == rid)
                .with(\.$indikator) { $0.with(\.$satuan).with(\.$nomenklatur) }.all()
            let list = ind.map {
                RenstraRingkas.Indikator(kode: $0.indikator.nomenklatur?.kode, nama: $0.indikator.nama, satuan: $0.indikator.satuan.nama,
                                         targetAkhir: $0.targetAkhirE4.map { Kuantitas(unitKecil: $0) }, baseline: $0.baselineE4.map { Kuantitas(unitKecil: $0) })
            }.sorted { ($0.kode ?? "") < ($1.kode ?? "") }
            out.append(RenstraRingkas(tahunAwal: r.tahunAwal, tahunAkhir: r.tahunAkhir, dasarHukum: r.dasarHukum, tujuan: tujuan.map(\.uraian), sasaran: sasaran, indikator: list))
        }
        return out
    }
}
