import Fluent
import Foundation
import KinerjaCore
import KinerjaDocs
import KinerjaStore

/// The tables of an office's LKjIP year, built once from the model (IKU definitions, Perjanjian Kinerja with its
/// program budgets, pengukuran kinerja) and rendered by every writer; `pk` carries the signatories for the page.
public struct LKjIPTabel: Sendable {
    public var tahun: Int
    public var skala: SkalaPenilaian
    public var pk: PerjanjianKinerjaQuery.PK?
    public var tabel: [TabelDokumen]
    /// The IKU measurements, for the charts and the province view.
    public var pengukuran: [TabelPengukuran.Masukan]

    public static func baca(db: any Database, opd: OPDModel, tahun n: Int) async throws -> LKjIPTabel {
        let opdID = try opd.requireID()
        let ukur = try await PengukuranKinerjaQuery(db: db).baca(opd: opd, tahun: n)
        let aturan = AturanPemda(rumusTurun: RumusTurun(rawValue: opd.pemda.rumusTurun) ?? .selisih, skala: ukur.skala)
        let masukan = ukur.baris.map { b in
            TabelPengukuran.Masukan(sasaran: b.sasaran, baris: b.iku, hasil: PengukuranKinerja.evaluate(b.iku, tahun: n, aturan: aturan))
        }
        var tabel: [TabelDokumen] = []
        let pk = try await PerjanjianKinerjaQuery(db: db).baca(opdID: opdID, tahun: n)
        // A year has an LKjIP when it has a PK or an IKU with a target or realisation of that year (IKU definitions
        // alone span the Renstra period).
        guard pk != nil || ukur.baris.contains(where: { $0.iku.targetPK[n] != nil || $0.iku.realisasi[n] != nil }) else {
            return LKjIPTabel(tahun: n, skala: ukur.skala, pk: nil, tabel: [], pengukuran: [])
        }
        if !ukur.baris.isEmpty {
            tabel.append(TabelIKU.buat(
                baris: ukur.baris.map {
                    TabelIKU.Masukan(sasaran: $0.sasaran, indikator: $0.iku.indikator, pembilang: $0.pembilang, penyebut: $0.penyebut,
                                     sumberData: $0.sumberData, penanggungJawab: $0.penanggungJawab, spm: $0.spm, lokasi: $0.iku.lokasi)
                }, perangkatDaerah: opd.nama))
        }
        if let pk {
            tabel.append(TabelPK.buat(
                tahun: n, target: pk.target.map { TabelPK.Target(sasaran: $0.sasaran, indikator: $0.indikator, target: $0.target, rencanaAksi: $0.rencanaAksi, lokasi: $0.kode) },
                perangkatDaerah: opd.nama))
            if !pk.anggaran.isEmpty {
                tabel.append(TabelPK.buatAnggaran(tahun: n, anggaran: pk.anggaran.map { ($0.kode, $0.uraian, $0.pagu, $0.sumberDana) }, perangkatDaerah: opd.nama))
            }
        }
        if !masukan.isEmpty { tabel.append(TabelPengukuran.buat(tahun: n, baris: masukan, skala: ukur.skala, perangkatDaerah: opd.nama)) }
        return LKjIPTabel(tahun: n, skala: ukur.skala, pk: pk, tabel: tabel, pengukuran: masukan)
    }
}
