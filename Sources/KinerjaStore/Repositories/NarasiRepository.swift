import FluentKit
import Foundation

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
            let m = ada ?? NarasiModel()
            let sebelum = ada.map { Isi(teks: $0.teks, revisi: $0.revisi) }
            if ada == nil {
                m.$opd.id = opdID
                m.tahun = tahun
                m.dokumen = dokumen
                m.bagian = bagian
            }
            m.teks = teks
            m.revisi = sekarang + 1
            try await m.save(on: tx)
            let sesudah = Isi(teks: teks, revisi: m.revisi)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "narasi", entitasID: try m.requireID().uuidString, aksi: ada == nil ? "buat" : "ubah",
                sebelum: sebelum, sesudah: sesudah, alasan: alasan.flatMap { $0.isEmpty ? nil : $0 })
            return sesudah
        }
    }

    func cari(opdID: UUID, tahun: Int, dokumen: String, bagian: String, on db: any Database) async throws -> NarasiModel? {
        try await NarasiModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == tahun).filter(\.$dokumen == dokumen)
            .filter(\.$bagian == bagian).first()
    }
}
