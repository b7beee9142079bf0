import FluentKit
import Foundation
import KinerjaCore

/// Rating scales as data: saved from and read back into the engine's validated `SkalaPenilaian`.
public struct SkalaRepository: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// The scales Kinerja ships (Permendagri 86/2017 and the two repaired local LKjIP scales).
    public static let bawaan: [SkalaPenilaian] = [.permendagri86, .mamujuLKjIP, .polmanLAKIP]

    /// Saves a scale unless one with the same id exists (idempotent).
    public func simpan(_ s: SkalaPenilaian, pemdaID: UUID? = nil) async throws {
        if try await SkalaPenilaianModel.query(on: db).filter(\.$kode == s.id).first() != nil { return }
        let m = SkalaPenilaianModel(pemdaID: pemdaID, kode: s.id, nama: s.nama, deskripsi: s.deskripsi)
        try await m.create(on: db)
        for (i, p) in s.pita.enumerated() {
            let bawah = try Kuantitas(exactly: p.bawah).unitKecil
            let atas = try p.atas.map { try Kuantitas(exactly: $0).unitKecil }
            try await SkalaPenilaianPitaModel(
                skalaID: try m.requireID(), urutan: i, bawahE4: bawah, atasE4: atas, bawahTermasuk: p.bawahTermasuk, atasTermasuk: p.atasTermasuk,
                kategori: p.kategori
            ).create(on: db)
        }
    }

    /// Reads a scale back; the engine validates it again (no gap, no overlap) on construction.
    public func baca(kode: String) async throws -> SkalaPenilaian {
        guard let m = try await SkalaPenilaianModel.query(on: db).filter(\.$kode == kode).with(\.$pita).first() else {
            throw StoreError.notFound(entity: "skala", key: kode)
        }
        let pita = m.pita.sorted { $0.urutan < $1.urutan }.map {
            SkalaPenilaian.Pita(
                kategori: $0.kategori, bawah: Kuantitas(unitKecil: $0.bawahE4).decimal, bawahTermasuk: $0.bawahTermasuk,
                atas: $0.atasE4.map { Kuantitas(unitKecil: $0).decimal }, atasTermasuk: $0.atasTermasuk)
        }
        do { return try SkalaPenilaian(id: m.kode, nama: m.nama, deskripsi: m.deskripsi, pita: pita) } catch {
            throw StoreError.invalid(field: "skala \(kode)", message: "\(error)", pesan: "Skala \(kode) tidak sah: \(error)")
        }
    }
}
