import FluentKit
import Foundation
import KinerjaCore

/// One T-C.29 input row read from the model, with the identity the table prints beside the numbers.
public struct BarisTC29Lengkap: Sendable {
    public var kode: KodeNomenklatur?
    public var uraian: String
    public var baris: BarisTC29
    /// The other printed cells (columns 4–7, 9) as the source document printed them.
    public var dicetak: [String: String]
}

/// Assembles the T-C.29 rows of an office for plan year n (the indicators of nomenclature nodes): column 4 from
/// the Renstra covering n, 5 and 7 from the annual realisation, 6 and 9 from the Renja targets of n−2 and n−1;
/// printed cells from `nilai_tercetak` when the rows were imported — the computed 8, 10, 11 as printed, the
/// inputs 4–9 read as one number in a unit where the clean value is absent (`masukanDicetak`).
public struct TC29Query: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public func baris(opdID: UUID, tahun n: Int) async throws -> [BarisTC29Lengkap] {
        // T-C.29 lists the indicators of programs, kegiatan and sub-kegiatan; a tujuan's or sasaran's indicator
        // (IKU, LKjIP) has no nomenclature node and is not a row, even when it has a realisation.
        let indikator = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).with(\.$satuan).with(\.$nomenklatur).all()
            .filter { $0.$nomenklatur.id != nil }
        let ids = indikator.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let renstra = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunAwal <= n - 1).filter(\.$tahunAkhir >= n - 1).first()
        var akhir: [UUID: Int64] = [:]
        if let rid = renstra?.id {
            for r in try await RenstraIndikatorModel.query(on: db).filter(\.$renstra.$id == rid).all() { akhir[r.$indikator.id] = r.targetAkhirE4 }
        }
        var realisasi: [UUID: [String: Int64]] = [:]
        for r in try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ ids).all() {
            if r.sampaiDengan && r.tahun == n - 3 { realisasi[r.$indikator.id, default: [:]]["5"] = r.nilaiE4 }
            if !r.sampaiDengan && r.tahun == n - 2 { realisasi[r.$indikator.id, default: [:]]["7"] = r.nilaiE4 }
        }
        var target: [UUID: [String: Int64]] = [:]
        for t in try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sumber == "renja").all() {
            if t.tahun == n - 2 { target[t.$indikator.id, default: [:]]["6"] = t.nilaiE4 }
            if t.tahun == n - 1 { target[t.$indikator.id, default: [:]]["9"] = t.nilaiE4 }
        }
        var cetak: [UUID: (rujukan: String, kolom: [String: String])] = [:]
        let printed = try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
            .filter(\.$tabel == "tc29-\(n).csv").all()
        for p in printed {
            guard let idText = p.kode?.split(separator: "|").last, let id = UUID(uuidString: String(idText)) else { continue }
            cetak[id, default: (p.rujukan, [:])].kolom[p.kolom] = p.teks
        }
        let satuanDicetak = printed.isEmpty ? KamusSatuan.kosong : try await KamusSatuan.muat(db: db)
        var out: [(String, BarisTC29Lengkap)] = []
        for ind in indikator {
            let id = try ind.requireID()
            let a = akhir[id] ?? nil, r = realisasi[id] ?? [:], t = target[id] ?? [:], c = cetak[id]
            guard a != nil || !r.isEmpty || !t.isEmpty || c != nil else { continue }
            let satuan = Satuan(ind.satuan.kode)
            func b(_ v: Int64?) -> Besaran? { v.map { Besaran(Kuantitas(unitKecil: $0), satuan) } }
            let spec = try ind.spesifikasi()
            let kode = ind.nomenklatur.flatMap { try? KodeNomenklatur($0.kode) }
            let lokasi = c?.rujukan ?? kode?.description ?? ind.nama
            let row = BarisTC29(
                lokasi: lokasi, indikator: spec, kolom4: b(a), kolom5: b(r["5"]), kolom6: b(t["6"]), kolom7: b(r["7"]), kolom9: b(t["9"]),
                dicetak8: c?.kolom["k8_dicetak"], dicetak10: c?.kolom["k10_dicetak"], dicetak11: c?.kolom["k11_dicetak"],
                dicetakMasukan: Self.masukanDicetak(c?.kolom ?? [:], satuan: satuan, kamus: satuanDicetak))
            // The printed input cells: values only, not the computed columns nor text kept for other rules.
            var lain = (c?.kolom ?? [:]).filter { !PemeriksaanQuery.teks($0.key) }
            for k in ["k8_dicetak", "k10_dicetak", "k11_dicetak"] { lain[k] = nil }
            out.append((Self.urut(lokasi, kode), BarisTC29Lengkap(kode: kode, uraian: ind.nomenklatur?.nama ?? "", baris: row, dicetak: lain)))
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The printed input cells k4…k9 (never the computed 8, 10, 11) that hold one number, in the unit the cell
    /// prints — resolved through the unit table's codes and aliases, else `Satuan` normalisation — or, for a bare
    /// number, the row's unit (the indicator's). A cell with no number ("%", "-", "% %") or several numbers
    /// ("16.576 24.481 KPM Org") gives none: the text-cell rules (R21, R22) read those. The engine uses these
    /// only where the clean value is absent and never computes with them (`BarisTC29.dicetakMasukan`).
    static func masukanDicetak(_ kolom: [String: String], satuan: Satuan, kamus: KamusSatuan) -> [Int: Besaran] {
        var out: [Int: Besaran] = [:]
        for k in BarisTC29.kolomMasukan {
            guard let teks = kolom["k\(k)_dicetak"], let v = kamus.besaran(teks, bawaan: satuan) else { continue }
            out[k] = v
        }
        return out
    }

    /// Imported rows keep the document's order (seed line); entered rows follow the code.
    static func urut(_ lokasi: String, _ kode: KodeNomenklatur?) -> String {
        if let line = RujukanSeed.baris(lokasi) { return String(format: "A%08d", line) }
        return "B" + (kode?.segments.map { $0.count < 4 ? String(repeating: "0", count: 4 - $0.count) + $0 : $0 }.joined(separator: ".") ?? lokasi)
    }
}
