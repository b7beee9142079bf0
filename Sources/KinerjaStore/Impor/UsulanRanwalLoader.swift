import FluentKit
import Foundation
import KinerjaCore

/// Loads the transcribed T-C.31 (review of the Ranwal RKPD → `review_ranwal`) and T-C.32 (stakeholder proposals →
/// `usulan`) tables of an office, attached to the first Renja version of the year. The offices' transcriptions
/// name some columns differently; each field accepts the names used (first present wins).
struct UsulanRanwalLoader {
    let loader: DemoLoader
    var db: any Database { loader.db }

    func muat(opd: OPDModel, kunci: String) async throws {
        for (prefix, f) in [("tc31-", muatTC31), ("tc32-", muatTC32)] as [(String, (OPDModel, String, Int) async throws -> Void)] {
            for (name, n) in loader.berkasTahunan(kunci: kunci, awalan: prefix) { try await f(opd, "\(kunci)/\(name)", n) }
        }
    }

    static func pertama(_ row: CSVTabel.Baris, _ cols: [String]) -> String? { cols.lazy.compactMap { row[$0] }.first }

    /// The T-C.31 cells kept as printed (the offices name the analysis pagu `pagu_analisis` or `kebutuhan_dana`).
    static let kolomTercetak = [
        "target_ranwal_dicetak", "pagu_ranwal_dicetak", "target_analisis_dicetak", "pagu_analisis_dicetak", "kebutuhan_dana_dicetak",
    ]

    func renja(opd: OPDModel, tahun: Int) async throws -> RenjaModel? {
        try await RenjaRepository(db: db).renja(opdID: try opd.requireID(), tahun: tahun).first
    }

    func nomenklatur() async throws -> [KodeNomenklatur: NomenklaturModel] {
        let ref = ReferensiRepository(db: db)
        let reg = try await ref.regulasi(kode: RenjaRepository.regulasiBaku, judul: RenjaRepository.regulasiBaku)
        return try await ref.kodeNomenklatur(regulasiID: try reg.requireID())
    }

    func q(_ s: String?, _ file: String, _ row: CSVTabel.Baris, _ col: String) throws -> Int64? {
        guard let s else { return nil }
        do { return try Kuantitas(parsing: s).unitKecil } catch {
            throw StoreError.invalid(field: "\(file):\(row.baris) \(col)", message: "\(error)", pesan: "\(error)")
        }
    }

    func muatTC31(opd: OPDModel, file: String, n: Int) async throws {
        guard let r = try await renja(opd: opd, tahun: n), let rid = r.id else { return }
        if try await ReviewRanwalModel.query(on: db).filter(\.$renja.$id == rid).first() != nil { return }
        let codes = try await nomenklatur()
        var seen = Set<KodeNomenklatur>()
        for row in try loader.tabel(file, required: ["seed_ref", "kode"]).baris {
            guard let k = row["kode"], let kode = try? KodeNomenklatur(k), let nomen = codes[kode] else {
                throw StoreError.invalid(field: "\(file):\(row.baris) kode", message: "code '\(row["kode"] ?? "")' is not in the nomenclature", pesan: "Kode tidak dikenal.")
            }
            // Every printed row keeps its amount and target cells, repeated blocks included (renja-spec §6.2
            // #28-29): the checks see the spreadsheet literals, the duplicate codes and the printed parent totals.
            try await loader.catatTercetak(row, opd: opd, tahun: n, file: file, kolom: Self.kolomTercetak + DemoLoader.kolomIndikatorBaris.sorted())
            guard seen.insert(kode).inserted else { continue }
            let m = ReviewRanwalModel()
            m.$renja.id = rid
            m.$nomenklatur.id = try nomen.requireID()
            m.rkpdIndikator = Self.pertama(row, ["indikator_ranwal", "indikator"])
            m.rkpdTargetE4 = try q(row["target_ranwal"], file, row, "target_ranwal")
            m.rkpdLokasi = Self.pertama(row, ["lokasi_ranwal", "lokasi"])
            m.rkpdPagu = kode.level == .subKegiatan ? row["pagu_ranwal"].flatMap { Int64($0) } : nil
            m.analisisIndikator = Self.pertama(row, ["indikator_analisis", "indikator"])
            m.analisisTargetE4 = try q(row["target_analisis"], file, row, "target_analisis")
            m.analisisLokasi = Self.pertama(row, ["lokasi_analisis", "lokasi"])
            m.analisisPagu = kode.level == .subKegiatan ? Self.pertama(row, ["pagu_analisis", "kebutuhan_dana"]).flatMap { Int64($0) } : nil
            if let s = Self.pertama(row, ["satuan_analisis", "satuan", "satuan_ranwal"]) {
                m.$satuan.id = try await SatuanModel.query(on: db).filter(\.$kode == s).first()?.requireID()
            }
            m.catatan = Self.pertama(row, ["catatan_penting_dicetak", "keterangan_dicetak"])
            try await m.create(on: db)
        }
    }

    /// A printed row's name, kept under its code for the nesting check (text, not a value).
    static let kolomBaris = "baris_tabel"

    func muatTC32(opd: OPDModel, file: String, n: Int) async throws {
        let opdID = try opd.requireID()
        if try await UsulanModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).first() != nil { return }
        let codes = try await nomenklatur()
        let rows = try loader.tabel(file, required: ["seed_ref", "kode"]).baris
        // Every printed row in its order, under the code it stands for: the table's program → kegiatan → proposal
        // nesting is checked (R23, 001:L1026 a Pemberdayaan kegiatan under Program Perlindungan dan Jaminan Sosial).
        let tabel = (file as NSString).lastPathComponent
        let tersimpan = try await loader.tercetakAda(opdID: opdID, tabel: tabel)
        for row in rows where !tersimpan {
            guard let kode = row["kode"].flatMap({ try? KodeNomenklatur($0) }) else { continue }
            try await loader.tercetak(
                opdID: opdID, n: n, tabel: tabel, rujukan: row["seed_ref"] ?? "\(file):\(row.baris)", kode: kode.description,
                kolom: Self.kolomBaris, teks: Self.pertama(row, ["uraian_dicetak", "uraian"]) ?? kode.description)
            try await loader.tercetak(
                opdID: opdID, n: n, tabel: tabel, rujukan: row["seed_ref"] ?? "\(file):\(row.baris)", kode: kode.description, kolom: "indikator", teks: row["indikator"])
        }
        // A proposal is a row of level `usulan`; where a table has none, its sub-kegiatan rows are the proposals.
        let proposals = rows.contains { $0["level"] == "usulan" } ? rows.filter { $0["level"] == "usulan" } : rows.filter { $0["level"] == "sub_kegiatan" }
        let renjaID = try await renja(opd: opd, tahun: n)?.id
        for row in proposals {
            let m = UsulanModel()
            m.$opd.id = opdID
            m.$renja.id = renjaID
            m.tahun = n
            let teks = [row["catatan_dicetak"], row["sumber"]].compactMap { $0 }.joined(separator: " ").lowercased()
            m.sumber = teks.contains("pokir") ? "pokir" : "musrenbang"
            m.pengusul = row["pengusul"]
            m.$nomenklatur.id = try row["kode"].flatMap { try? KodeNomenklatur($0) }.flatMap { codes[$0] }?.requireID()
            m.uraian = Self.pertama(row, ["uraian", "uraian_dicetak"]) ?? ""
            m.lokasi = row["lokasi"]
            m.volumeE4 = try q(Self.pertama(row, ["volume", "besaran_volume"]), file, row, "volume")
            if let s = row["satuan"] { m.$satuan.id = try await SatuanModel.query(on: db).filter(\.$kode == s).first()?.requireID() }
            m.pagu = row["pagu"].flatMap { Int64($0) }
            let status = (row["catatan_dicetak"] ?? "").lowercased()
            m.status = status.contains("akomodir") ? "diterima" : "diusulkan"
            m.alasan = row["catatan_dicetak"]
            try await m.create(on: db)
        }
    }
}
