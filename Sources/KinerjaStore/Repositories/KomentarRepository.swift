import FluentKit
import Foundation

/// A review comment as pages and the API show it.
public struct Komentar: Sendable, Codable, Equatable {
    public var oleh: String
    public var username: String
    public var waktu: Date?
    public var teks: String
}

/// Review comments (pemeriksa, perencana, kepala dinas) on a Renja.
public struct KomentarRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func daftar(renjaID: UUID) async throws -> [Komentar] {
        try await KomentarReviewModel.query(on: db).filter(\.$renja.$id == renjaID).with(\.$pengguna).sort(\.$dibuatPada).all()
            .map { Komentar(oleh: $0.pengguna.nama, username: $0.pengguna.username, waktu: $0.dibuatPada, teks: $0.teks) }
    }

    /// Adds a comment; an empty one is refused with the field named.
    @discardableResult
    public func tambah(renjaID: UUID, penggunaID: UUID, teks: String) async throws -> KomentarReviewModel {
        let isi = teks.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !isi.isEmpty else { throw StoreError.invalid(field: "teks", message: "comment is empty", pesan: "Komentar tidak boleh kosong.") }
        let k = KomentarReviewModel()
        k.$renja.id = renjaID
        k.$pengguna.id = penggunaID
        k.teks = isi
        try await k.create(on: db)
        return k
    }
}
