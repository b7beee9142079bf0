import FluentKit
import Foundation
import KinerjaCore

/// Pemda, offices and their units.
public struct WilayahRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    @discardableResult
    public func pemda(_ p: Pemda) async throws -> PemdaModel {
        if let m = try await PemdaModel.query(on: db).filter(\.$kode == p.kode).first() { return m }
        var provinsiID: UUID?
        if let kp = p.kodeProvinsi {
            guard let prov = try await PemdaModel.query(on: db).filter(\.$kode == kp).first() else {
                throw StoreError.notFound(entity: "provinsi", key: kp)
            }
            provinsiID = try prov.requireID()
        }
        let m = PemdaModel(kode: p.kode, nama: p.nama, jenis: p.jenis.rawValue, provinsiID: provinsiID, rumusTurun: p.rumusTurun.rawValue)
        try await m.create(on: db)
        return m
    }

    @discardableResult
    public func opd(_ o: OPD) async throws -> OPDModel {
        if let m = try await OPDModel.query(on: db).filter(\.$kode == o.kode).first() { return m }
        guard let pemda = try await PemdaModel.query(on: db).filter(\.$kode == o.kodePemda).first() else {
            throw StoreError.notFound(entity: "pemda", key: o.kodePemda)
        }
        let m = OPDModel(pemdaID: try pemda.requireID(), kode: o.kode, nama: o.nama, singkatan: o.singkatan)
        try await m.create(on: db)
        return m
    }

    @discardableResult
    public func unitKerja(opd: OPDModel, _ u: UnitKerja) async throws -> UnitKerjaModel {
        let opdID = try opd.requireID()
        if let m = try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == u.kode).first() { return m }
        var indukID: UUID?
        if let k = u.kodeInduk {
            indukID = try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == k).first()?.requireID()
        }
        let m = UnitKerjaModel(opdID: opdID, indukID: indukID, kode: u.kode, nama: u.nama, jenis: u.jenis.rawValue)
        try await m.create(on: db)
        return m
    }

    public func opd(kode: String) async throws -> OPDModel {
        guard let m = try await OPDModel.query(on: db).filter(\.$kode == kode).with(\.$pemda).first() else {
            throw StoreError.notFound(entity: "OPD", key: kode)
        }
        return m
    }

    /// Every office, ordered by code.
    public func semuaOPD() async throws -> [OPDModel] {
        try await OPDModel.query(on: db).with(\.$pemda).sort(\.$kode).all()
    }

    public func unitKerja(opdID: UUID) async throws -> [UnitKerjaModel] {
        try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).sort(\.$kode).all()
    }
}
