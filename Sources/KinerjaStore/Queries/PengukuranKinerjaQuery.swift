import FluentKit
import Foundation
import KinerjaCore

/// The IKU of an office for an LKjIP year, read back for the measurement table and the LKjIP page: each IKU's
/// definition (formulasi, sumber data, penanggung jawab, sasaran), its PK targets and clean realisations of
/// n-2 … n and the Renstra's end target, and the report's rating scale (the Pemda's own, else Permendagri 86).
public struct PengukuranKinerjaQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public struct Baris: Sendable {
        public var kode: String
        public var sasaran: String?
        public var pembilang: String?
        public var penyebut: String?
        public var sumberData: String?
        public var penanggungJawab: String?
        public var spm: Bool
        public var iku: BarisIKU
    }

    public struct Hasil: Sendable {
        public var baris: [Baris]
        public var skala: SkalaPenilaian
    }

    public func baca(opd: OPDModel, tahun n: Int) async throws -> Hasil {
        let opdID = try opd.requireID()
        let skala = try await LKjIPQuery(db: db).skala(opd: opd) ?? .permendagri86
        let models = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true)
            .with(\.$satuan).with(\.$sasaran).with(\.$unitKerja).all()
            .filter { $0.kode != nil }.sorted { ($0.kode ?? "") < ($1.kode ?? "") }
        let ids = try models.map { try $0.requireID() }
        guard !ids.isEmpty else { return Hasil(baris: [], skala: skala) }
        let tahun = PengukuranKinerja.tahunBanding(n)
        let targets = try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sumber == "pk")
            .filter(\.$tahun ~~ tahun).all()
        let real = try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sampaiDengan == false)
            .filter(\.$tahun ~~ tahun).all()
        let (renstra, akhir) = try await LKjIPQuery.targetAkhirRenstra(db: db, opdID: opdID, tahun: n, indikator: ids)
        // An adopted PK (a PK Perubahan included) is the agreement: its targets replace the recorded PK targets of its year.
        var targetPK: [UUID: [Int: PKTargetModel]] = [:]
        for y in tahun {
            guard let pk = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == y)
                .filter(\.$ditetapkanPada != nil).sort(\.$versi, .descending).first(), let pid = pk.id else { continue }
            for t in try await PKTargetModel.query(on: db).filter(\.$pk.$id == pid).filter(\.$indikator.$id ~~ ids).all() {
                targetPK[t.$indikator.id, default: [:]][y] = t
            }
        }
        var out: [Baris] = []
        for m in models {
            let id = try m.requireID()
            let ind = try m.spesifikasi(id: m.kode ?? m.nama)
            var t: [Int: Besaran] = [:]
            for x in targets where x.$indikator.id == id && t[x.tahun] == nil {
                t[x.tahun] = .tersimpan(nilai: x.nilaiE4, atas: x.atasE4, satuan: ind.satuan)
            }
            for (y, x) in targetPK[id] ?? [:] where x.nilaiE4 != nil || x.atasE4 != nil {
                t[y] = .tersimpan(nilai: x.nilaiE4, atas: x.atasE4, satuan: ind.satuan)
            }
            var r: [Int: Besaran] = [:]
            for x in real where x.$indikator.id == id { r[x.tahun] = x.besaran(ind.satuan) }
            let b = BarisIKU(
                lokasi: m.kode ?? m.nama, indikator: ind, targetPK: t, realisasi: r,
                targetAkhirRenstra: akhir[id].map { Besaran(Kuantitas(unitKecil: $0), ind.satuan) }, tahunAkhirRenstra: renstra?.tahunAkhir)
            out.append(Baris(
                kode: m.kode ?? "", sasaran: m.sasaran?.uraian, pembilang: m.pembilang, penyebut: m.penyebut, sumberData: m.sumberData,
                penanggungJawab: m.unitKerja?.nama, spm: m.spm, iku: b))
        }
        return Hasil(baris: out, skala: skala)
    }
}
