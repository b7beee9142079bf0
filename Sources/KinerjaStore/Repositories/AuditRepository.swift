import FluentKit
import Foundation

/// Appends to the audit trail. There is no update or delete: the database refuses both.
public struct AuditRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func catat<B: Encodable, A: Encodable>(
        penggunaID: UUID?, entitas: String, entitasID: String, aksi: String, sebelum: B?, sesudah: A?, alasan: String?,
        waktu: Date = Date()
    ) async throws {
        let entry = AuditLogModel(
            waktu: waktu, penggunaID: penggunaID, entitas: entitas, entitasID: entitasID, aksi: aksi,
            sebelum: try sebelum.map(Self.json), sesudah: try sesudah.map(Self.json), alasan: alasan)
        try await entry.create(on: db)
    }

    public func riwayat(entitas: String, entitasID: String) async throws -> [AuditLogModel] {
        try await AuditLogModel.query(on: db).filter(\.$entitas == entitas).filter(\.$entitasID == entitasID).sort(\.$waktu).all()
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: try enc.encode(value), as: UTF8.self)
    }
}
