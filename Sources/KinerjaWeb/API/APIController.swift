import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// JSON twins of the pages, with the same authorization.
enum APIController {
    struct OPDDTO: Content { var kode: String; var nama: String; var pemda: String }

    @Sendable static func opd(req: Request) async throws -> [OPDDTO] {
        let out = try await req.kantorTerlihat().map { OPDDTO(kode: $0.opd.kode, nama: $0.opd.nama, pemda: $0.pemda.nama) }
        return out
    }

    struct SimpulDTO: Content {
        var kode: String
        var level: String
        var uraian: String
        var pagu: Int64
        var paguN1: Int64
        var targets: [TargetIndikator]
        var anak: [SimpulDTO]
    }
    struct RenjaDTO: Content {
        var id: UUID
        var opd: String
        var tahun: Int
        var versi: Int
        var jenis: String
        var tahapan: String
        var totalPagu: Int64
        var program: [SimpulDTO]
    }

    @Sendable static func renja(req: Request) async throws -> RenjaDTO {
        let id = try req.uuidParameter("renjaID")
        guard let r = try await RenjaModel.find(id, on: req.db) else { throw Abort(.notFound) }
        _ = try await req.wajibBolehLihat(opdID: r.$opd.id)
        let l = try await RenjaRepository(db: req.db).lengkap(id: id)
        func dto(_ s: PohonRenja.Simpul) -> SimpulDTO {
            SimpulDTO(kode: s.baris.kode.description, level: s.baris.kode.level.rawValue, uraian: s.baris.uraian,
                      pagu: s.totalPagu.rawValue, paguN1: s.totalPaguN1.rawValue, targets: s.baris.targets, anak: s.anak.map(dto))
        }
        return RenjaDTO(id: id, opd: l.opdKode, tahun: l.tahun, versi: l.versi, jenis: l.jenis.rawValue, tahapan: l.tahapan.rawValue,
                        totalPagu: l.pohon.totalPagu.rawValue, program: l.pohon.akar.map(dto))
    }
}
