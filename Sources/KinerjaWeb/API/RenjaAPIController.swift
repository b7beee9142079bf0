import Fluent
import KinerjaCore
import KinerjaStore
import Vapor

/// JSON twins of the Renja pages, with the same authorization (`Izin`, `Akses`) as the HTML routes.
enum RenjaAPIController {
    struct RenjaRingkasDTO: Content {
        var id: UUID
        var tahun: Int
        var versi: Int
        var jenis: String
        var tahapan: String
        var jumlahBaris: Int
        var totalPagu: Int64
    }

    @Sendable static func daftar(req: Request) async throws -> [RenjaRingkasDTO] {
        let opd = try await req.opdTerlihat()
        return try await RingkasanRenja.query(opdID: try opd.requireID(), on: req.db).map {
            .init(id: $0.id, tahun: $0.tahun, versi: $0.versi, jenis: $0.jenis, tahapan: $0.tahapan, jumlahBaris: $0.jumlahBaris, totalPagu: $0.totalPagu)
        }
    }

    struct BarisDTO: Content {
        var id: UUID
        var kode: String
        var revisi: Int
        var unitKerja: String?
        var alasanPerubahan: String?
    }

    @Sendable static func baris(req: Request) async throws -> [BarisDTO] {
        let (r, _) = try await req.renjaTerlihat()
        return try await RenjaRepository(db: req.db).info(renjaID: try r.requireID()).values.sorted { $0.kode < $1.kode }.map {
            .init(id: $0.id, kode: $0.kode.description, revisi: $0.revisi, unitKerja: $0.unitKerja, alasanPerubahan: $0.alasanPerubahan)
        }
    }

    struct UbahBarisDTO: Content {
        var revisi: Int
        var pagu: Int64?
        var paguN1: Int64?
        var lokasi: String?
        var kelompokSasaran: String?
        var sumberDana: String?
        var catatan: String?
        var target: Kuantitas?
        var targetN1: Kuantitas?
        var alasanPerubahan: String?
    }

    @Sendable static func ubahBaris(req: Request) async throws -> BarisDTO {
        let (r, _) = try await req.renjaTerlihat()
        let (_, info) = try await RenjaController.barisDari(req: req, renja: r)
        try await req.wajibIzin(.ubahBaris(unitBaris: info.unitKerja), "mengubah baris ini", kantor: r.$opd.id)
        let d = try req.content.decode(UbahBarisDTO.self)
        let ubah = BarisUbah(
            pagu: d.pagu.map { Rupiah($0) }, paguN1: d.paguN1.map { Rupiah($0) }, lokasi: d.lokasi, kelompokSasaran: d.kelompokSasaran,
            sumberDana: d.sumberDana, catatan: d.catatan, target: d.target, targetN1: d.targetN1, alasanPerubahan: d.alasanPerubahan)
        let m = try await RenjaRepository(db: req.db).ubahBaris(barisID: info.id, ubah: ubah, revisi: d.revisi, penggunaID: req.pengguna?.id)
        return .init(id: info.id, kode: info.kode.description, revisi: m.revisi, unitKerja: info.unitKerja, alasanPerubahan: m.alasanPerubahan)
    }

    struct RevisiDTO: Content { var revisi: Int }
    struct TahapanDTO: Content { var id: UUID; var versi: Int; var tahapan: String; var revisi: Int }

    @Sendable static func majukan(req: Request) async throws -> TahapanDTO {
        let (r, _) = try await req.renjaTerlihat()
        try await RenjaAksi.wajibBolehMajukan(req: req, renja: r)
        try await RenjaAksi.majukan(req: req, renja: r, revisi: try req.content.decode(RevisiDTO.self).revisi)
        return .init(id: try r.requireID(), versi: r.versi, tahapan: r.tahapan, revisi: r.revisi)
    }

    @Sendable static func perubahan(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        let baru = try await RenjaAksi.buatPerubahan(req: req, renja: r)
        let dto = TahapanDTO(id: try baru.requireID(), versi: baru.versi, tahapan: baru.tahapan, revisi: baru.revisi)
        let res = try await dto.encodeResponse(status: .created, for: req)
        res.headers.replaceOrAdd(name: .location, value: "/api/renja/\(try baru.requireID().lower)")
        return res
    }

    struct PerbandinganDTO: Content {
        struct Baris: Content {
            var kode: String; var level: String; var uraian: String; var sebelum: Int64?; var sesudah: Int64?; var selisih: Int64
            var status: String; var alasan: String?
        }
        var totalSebelum: Int64
        var totalSesudah: Int64
        var baris: [Baris]
    }

    @Sendable static func perbandingan(req: Request) async throws -> PerbandinganDTO {
        let (r, _) = try await req.renjaTerlihat()
        guard let d = try await RenjaRepository(db: req.db).perbandingan(renjaID: try r.requireID()) else { throw Abort(.notFound) }
        return .init(totalSebelum: d.totalSebelum.rawValue, totalSesudah: d.totalSesudah.rawValue, baris: d.baris.map {
            .init(kode: $0.kode.description, level: $0.kode.level.rawValue, uraian: $0.uraian, sebelum: $0.sebelum?.rawValue, sesudah: $0.sesudah?.rawValue,
                  selisih: $0.selisih.rawValue, status: $0.status.rawValue, alasan: $0.alasan)
        })
    }

    struct RiwayatDTO: Content {
        var waktu: Date; var oleh: String?; var entitas: String; var entitasID: String; var aksi: String
        var sebelum: String?; var sesudah: String?; var alasan: String?
    }

    @Sendable static func riwayat(req: Request) async throws -> [RiwayatDTO] {
        let (r, _) = try await req.renjaTerlihat()
        return try await RenjaRepository(db: req.db).riwayat(renjaID: try r.requireID(), barisID: req.query["baris"]).map {
            .init(waktu: $0.waktu, oleh: $0.pengguna?.username, entitas: $0.entitas, entitasID: $0.entitasID, aksi: $0.aksi,
                  sebelum: $0.sebelum, sesudah: $0.sesudah, alasan: $0.alasan)
        }
    }

    struct KomentarDTO: Content { var oleh: String?; var waktu: Date?; var teks: String }

    @Sendable static func komentar(req: Request) async throws -> [KomentarDTO] {
        let (r, _) = try await req.renjaTerlihat()
        return try await KomentarRepository(db: req.db).daftar(renjaID: try r.requireID()).map { .init(oleh: $0.username, waktu: $0.waktu, teks: $0.teks) }
    }

    @Sendable static func tambahKomentar(req: Request) async throws -> Response {
        let (r, _) = try await req.renjaTerlihat()
        let k = try await RenjaAksi.komentar(req: req, renja: r, teks: { try req.content.decode(KomentarDTO.self).teks })
        return try await KomentarDTO(oleh: req.pengguna?.username, waktu: k.dibuatPada, teks: k.teks).encodeResponse(status: .created, for: req)
    }
}
