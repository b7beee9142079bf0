import Fluent
import Foundation
import KinerjaCore
import KinerjaDocs
import KinerjaStore

/// The regulation tables of an office's Renja year, built once from the model and written by every writer.
public enum RenjaTabel {
    /// The tables of one Renja version (`renjaID`), or of the year's latest version.
    public static func semua(db: any Database, opd: OPDModel, tahun: Int, renjaID: UUID? = nil) async throws -> [TabelDokumen] {
        let opdID = try opd.requireID()
        let rid: UUID
        if let renjaID { rid = renjaID } else {
            let versions = try await RenjaRepository(db: db).renja(opdID: opdID, tahun: tahun)
            guard let last = versions.last?.id else { throw StoreError.notFound(entity: "Renja", key: "\(opd.kode) \(tahun)") }
            rid = last
        }
        var out: [TabelDokumen] = []
        let l = try await RenjaRepository(db: db).lengkap(id: rid)
        out.append(TabelRumusan.buat(pohon: l.pohon, tahun: tahun, perangkatDaerah: opd.nama))
        let aturan = AturanPemda(rumusTurun: RumusTurun(rawValue: opd.pemda.rumusTurun) ?? .selisih)
        let tc29 = try await TC29Query(db: db).baris(opdID: opdID, tahun: tahun)
        if !tc29.isEmpty {
            let periode = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).first().map { $0.tahunAwal...$0.tahunAkhir }
            out.append(TabelTC29.buat(tahun: tahun, baris: tc29.map { ($0.kode, $0.uraian, $0.baris, EvaluasiTC29.evaluate($0.baris, aturan: aturan)) },
                                      periodeRenstra: periode, perangkatDaerah: opd.nama))
        }
        let tc30 = try await TC30Query(db: db).baris(opdID: opdID, tahun: tahun)
        if !tc30.isEmpty {
            out.append(TabelTC30.buat(
                tahun: tahun,
                baris: tc30.map { TabelTC30.Masukan(baris: $0.baris, standarSPM: $0.standarSPM, ikk: $0.ikk, hasil: EvaluasiTC30.evaluate($0.baris, tahun: tahun, aturan: aturan)) },
                perangkatDaerah: opd.nama))
        }
        if let diff = try await RenjaRepository(db: db).perbandingan(renjaID: rid) {
            out.append(TabelPerbandingan.buat(diff, tahun: tahun, perangkatDaerah: opd.nama))
        }
        return out
    }

    /// The Renja as a Word document: cover, table of contents, BAB I–V with the regulation tables.
    public static func dokumen(opd: OPDModel, tahun: Int, tabel: [TabelDokumen], perubahan: Bool) -> DokumenWord {
        let judul = perubahan ? "Rencana Kerja (Renja) Perubahan Tahun \(tahun)" : "Rencana Kerja (Renja) Tahun \(tahun)"
        let t = Dictionary(tabel.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var bab: [BagianWord] = [BagianWord(blok: [
            .daftarIsi,
            .pemisahHalaman,
            .judul("BAB I PENDAHULUAN", tingkat: 1),
            .paragraf("Renja \(opd.nama) tahun \(tahun) menjabarkan Renstra dan RKPD tahun \(tahun). Seluruh angka dalam dokumen ini dihitung oleh Kinerja dari data yang dimasukkan satu kali; pagu program dan kegiatan adalah jumlah pagu sub kegiatan."),
            .judul("BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU", tingkat: 1),
            .paragraf("Tabel T-C.29 merekapitulasi evaluasi hasil pelaksanaan Renja dan pencapaian Renstra sampai tahun \(tahun - 1)."),
        ])]
        if let x = t[TabelTC29.id] { bab.append(BagianWord(lanskap: true, blok: [.tabel(x)])) }
        if let x = t[TabelTC30.id] {
            bab.append(BagianWord(blok: [.paragraf("Tabel T-C.30 menyajikan pencapaian kinerja pelayanan perangkat daerah, termasuk layanan dasar SPM bidang sosial.")]))
            bab.append(BagianWord(lanskap: true, blok: [.tabel(x)]))
        }
        var akhir: [BlokWord] = [
            .judul("BAB III TUJUAN DAN SASARAN PERANGKAT DAERAH", tingkat: 1),
            .paragraf("Tujuan dan sasaran mengacu pada Renstra perangkat daerah."),
            .judul("BAB IV RENCANA KERJA DAN PENDANAAN", tingkat: 1),
            .paragraf("Rumusan rencana program, kegiatan dan sub kegiatan tahun \(tahun) serta prakiraan maju tahun \(tahun + 1)."),
        ]
        bab.append(BagianWord(blok: akhir))
        akhir = []
        if let x = t[TabelRumusan.id] { bab.append(BagianWord(lanskap: true, blok: [.tabel(x)])) }
        if let x = t[TabelPerbandingan.id] {
            bab.append(BagianWord(lanskap: true, blok: [.judul("Perbandingan sebelum dan sesudah perubahan", tingkat: 2), .tabel(x)]))
        }
        bab.append(BagianWord(blok: [.judul("BAB V PENUTUP", tingkat: 1), .paragraf("Renja ini menjadi pedoman pelaksanaan program dan kegiatan tahun \(tahun).")]))
        return DokumenWord(judul: judul, sampul: Sampul(judul: [judul], perangkatDaerah: opd.nama), bagian: bab)
    }
}

