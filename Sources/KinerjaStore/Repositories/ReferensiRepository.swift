import FluentKit
import Foundation
import KinerjaCore

/// Reference data: regulations, nomenclature and units. Rows are keyed by code; loading is idempotent.
public struct ReferensiRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func regulasi(kode: String, judul: String) async throws -> RegulasiModel {
        if let r = try await RegulasiModel.query(on: db).filter(\.$kode == kode).first() { return r }
        let r = RegulasiModel(kode: kode, judul: judul)
        try await r.create(on: db)
        return r
    }

    /// Adds a nomenclature row; its parent code must already exist under the same regulation.
    @discardableResult
    public func nomenklatur(regulasi: RegulasiModel, kode: KodeNomenklatur, nama: String) async throws -> NomenklaturModel {
        let rid = try regulasi.requireID()
        if let n = try await NomenklaturModel.query(on: db).filter(\.$regulasi.$id == rid).filter(\.$kode == kode.description).first() {
            return n
        }
        var indukID: UUID?
        if let p = kode.parent {
            guard let induk = try await NomenklaturModel.query(on: db).filter(\.$regulasi.$id == rid).filter(\.$kode == p.description).first() else {
                throw StoreError.invalid(field: "kode", message: "parent \(p) of \(kode) is not in the nomenclature",
                                         pesan: "Induk \(p) dari kode \(kode) belum ada dalam nomenklatur.")
            }
            indukID = try induk.requireID()
        }
        let n = NomenklaturModel(regulasiID: rid, indukID: indukID, kode: kode.description, level: kode.level.rawValue, nama: nama)
        try await n.create(on: db)
        return n
    }

    @discardableResult
    public func satuan(kode: String, nama: String, ukuran: JenisUkuran, alias: [String]) async throws -> SatuanModel {
        if let s = try await SatuanModel.query(on: db).filter(\.$kode == kode).first() { return s }
        let s = SatuanModel(kode: kode, nama: nama, ukuran: ukuran.rawValue, alias: alias.joined(separator: ";"))
        try await s.create(on: db)
        return s
    }

    public func satuan(kode: String) async throws -> SatuanModel {
        guard let s = try await SatuanModel.query(on: db).filter(\.$kode == kode).first() else {
            throw StoreError.invalid(field: "satuan", message: "unit '\(kode)' is not defined", pesan: "Satuan '\(kode)' tidak dikenal.")
        }
        return s
    }

    /// All codes known to a regulation (for validating Renja lines).
    public func kodeNomenklatur(regulasiID: UUID) async throws -> [KodeNomenklatur: NomenklaturModel] {
        let rows = try await NomenklaturModel.query(on: db).filter(\.$regulasi.$id == regulasiID).all()
        var out: [KodeNomenklatur: NomenklaturModel] = [:]
        for r in rows { if let k = try? KodeNomenklatur(r.kode) { out[k] = r } }
        return out
    }
}
