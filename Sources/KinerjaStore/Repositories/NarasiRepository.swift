import FluentKit
import Foundation
import SQLKit

/// The narrative sections of a document (LKjIP latar belakang, isu strategis, analisis per sasaran, langkah
/// perbaikan), written in the app. Every save is audited with before, after and reason, and checked against the
/// revision the writer read (optimistic locking: a stale save is refused, never silently overwritten).
public struct NarasiRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// A section's text and revision (0: not written yet).
    public struct Isi: Sendable, Codable, Equatable {
        public var teks: String
        public var revisi: Int
    }

    /// Upper bound of a section, in characters: a long chapter, far below what would strain a page or a DOCX.
    public static let panjangMaks = 100_000

    public func baca(opdID: UUID, tahun: Int, dokumen: String, bagian: String) async throws -> Isi {
        let m = try await cari(opdID: opdID, tahun: tahun, dokumen: dokumen, bagian: bagian, on: db)
        return Isi(teks: m?.teks ?? "", revisi: m?.revisi ?? 0)
    }

    /// Every written section of a document, by `bagian`.
    public func semua(opdID: UUID, tahun: Int, dokumen: String) async throws -> [String: Isi] {
        let rows = try await NarasiModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun).filter(\.$dokumen == dokumen).all()
        return Dictionary(rows.map { ($0.bagian, Isi(teks: $0.teks, revisi: $0.revisi)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Saves a section; `revisi` is the revision the writer read (0 for a section not written yet).
    @discardableResult
    public func simpan(
        opdID: UUID, tahun: Int, dokumen: String, bagian: String, teks: String, revisi: Int, alasan: String?, penggunaID: UUID?
    ) async throws -> Isi {
        let teks = teks.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard teks.count <= Self.panjangMaks else {
            throw StoreError.invalid(field: "teks", message: "longer than \(Self.panjangMaks) characters",
                                     pesan: "Teks lebih dari \(Self.panjangMaks) karakter; pecah menjadi beberapa bagian.")
        }
        let kunci = "\(dokumen)/\(tahun)/\(bagian)"
        return try await db.transaction { tx in
            let ada = try await cari(opdID: opdID, tahun: tahun, dokumen: dokumen, bagian: bagian, on: tx)
            let sekarang = ada?.revisi ?? 0
            guard sekarang == revisi else { throw StoreError.conflict(entity: "narasi", key: kunci, expected: revisi, current: sekarang) }
            let id: UUID
            if let ada {
                // Compare-and-set in the database: of two writers who read the same revision, one changes the row, the
                // other changes nothing and is told so (a read-then-save would let both through under READ COMMITTED).
                id = try ada.requireID()
                let baris = try await tx.sqlDatabase.update(NarasiModel.schema)
                    .set("teks", to: teks).set("revisi", to: revisi + 1)
                    .where("id", .equal, id).where("revisi", .equal, revisi)
                    .returning("revisi").all()
                guard !baris.isEmpty else {
                    throw StoreError.conflict(entity: "narasi", key: kunci, expected: revisi, current: revisi + 1)
                }
            } else {
                let m = NarasiModel()
                m.$opd.id = opdID
                m.tahun = tahun
                m.dokumen = dokumen
                m.bagian = bagian
                m.teks = teks
                m.revisi = 1
                do { try await m.create(on: tx) } catch where GalatDriver.kunciUnik(error) {
                    // A concurrent first save of the same section won the unique key.
                    throw StoreError.conflict(entity: "narasi", key: kunci, expected: 0, current: 1)
                }
                id = try m.requireID()
            }
            let sesudah = Isi(teks: teks, revisi: revisi + 1)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "narasi", entitasID: id.uuidString, aksi: ada == nil ? "buat" : "ubah",
                sebelum: ada.map { Isi(teks: $0.teks, revisi: $0.revisi) }, sesudah: sesudah, alasan: alasan.flatMap { $0.isEmpty ? nil : $0 })
            return sesudah
        }
    }

    func cari(opdID: UUID, tahun: Int, dokumen: String, bagian: String, on db: any Database) async throws -> NarasiModel? {
        try await NarasiModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun).filter(\.$dokumen == dokumen)
            .filter(\.$bagian == bagian).first()
    }
}
