import FluentKit
import Foundation
import KinerjaCore

/// The budget realisation of an office's year, per sub-kegiatan, for the LKjIP's financial accountability and
/// efficiency tables and the absorption charts.
///
/// Source, in this order: the adopted Renja of year n when any quarter of realisation has been entered on it
/// (`realisasi_keuangan`, TW I–IV summed; the quarters kept for the chart); else the office's own financial table
/// transcribed from its report (`nilai_tercetak`, `keuangan-<n>.csv`): its lowest lines are the input, every total
/// above them is computed again and a printed total that differs is reported under the table.
public struct RealisasiAnggaranQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public struct Hasil: Sendable {
        /// Lines with pagu and realisasi (the lowest ones are summed by `RollUp`; amounts on a parent are the printed
        /// totals it checks), named from the nomenclature, plus their unprinted parents without amounts.
        public var pos: [PosAnggaran]
        /// Said under the table: which Renja or which transcribed table.
        public var sumber: String
        /// Realisation per quarter TW I–IV (Renja source only; nil after the last quarter with an entry).
        public var triwulan: [Rupiah?]?
        /// Every total of `pos`, computed once for the tables, charts and the province view.
        public let rollUp: RollUp
        /// Σ pagu of the lowest lines.
        public var pagu: Rupiah { rollUp.totalOPD[.pagu] ?? .zero }

        init(pos: [PosAnggaran], sumber: String, triwulan: [Rupiah?]?) {
            self.pos = pos
            self.sumber = sumber
            self.triwulan = triwulan
            rollUp = RollUp(pos)
        }
    }

    public func baca(opdID: UUID, tahun n: Int) async throws -> Hasil? {
        if let h = try await dariRenja(opdID: opdID, tahun: n) { return h }
        return try await dariLaporan(opdID: opdID, tahun: n)
    }

    func dariRenja(opdID: UUID, tahun n: Int) async throws -> Hasil? {
        // Every adopted version of the year: spending entered on the original stays when a Perubahan is adopted
        // mid-year (realisation is not copied into the new version). Pagu and names from the newest version.
        let versi = try await RenjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
            .filter(\.$tahapan == Tahapan.ditetapkan.rawValue).sort(\.$versi, .descending).all()
        guard let terbaru = versi.first else { return nil }
        let ids = versi.compactMap(\.id)
        let baris = try await RenjaBarisModel.query(on: db).filter(\.$renja.$id ~~ ids).with(\.$nomenklatur).all()
            .filter { $0.nomenklatur.level == KodeNomenklatur.Level.subKegiatan.rawValue }
        let barisIDs = baris.compactMap(\.id)
        guard !barisIDs.isEmpty else { return nil }
        let uang = try await RealisasiKeuanganModel.query(on: db).filter(\.$baris.$id ~~ barisIDs).all()
        guard !uang.isEmpty else { return nil }
        let kodeBaris = Dictionary(baris.compactMap { b in b.id.map { ($0, b.nomenklatur.kode) } }, uniquingKeysWith: { a, _ in a })
        var perKode: [String: Rupiah] = [:]
        for u in uang where (1...4).contains(u.triwulan) {
            if let k = kodeBaris[u.$baris.id] { perKode[k, default: .zero] += Rupiah(u.jumlah) }
        }
        var pos: [PosAnggaran] = []
        for b in baris where b.$renja.id == terbaru.id {
            guard let kode = try? KodeNomenklatur(b.nomenklatur.kode) else { continue }
            var nilai: [KolomAnggaran: Rupiah] = [:]
            if let p = b.pagu { nilai[.pagu] = Rupiah(p) }
            if let r = perKode.removeValue(forKey: b.nomenklatur.kode) { nilai[.realisasi] = r }
            pos.append(PosAnggaran(kode: kode, uraian: b.nomenklatur.nama, lokasi: b.nomenklatur.kode, nilai: nilai))
        }
        // Spending on a line the newest version dropped still counts, under its own code.
        for (k, r) in perKode.sorted(by: { $0.key < $1.key }) {
            guard let kode = try? KodeNomenklatur(k) else { continue }
            pos.append(PosAnggaran(kode: kode, lokasi: k, nilai: [.realisasi: r]))
        }
        return Hasil(pos: try await dinamai(pos), sumber: "realisasi triwulan Renja \(n) versi \(versi.map { "\($0.versi)" }.sorted().joined(separator: ", "))",
                     triwulan: Serapan.perTriwulan(uang.map { ($0.triwulan, Rupiah($0.jumlah)) }))
    }

    func dariLaporan(opdID: UUID, tahun n: Int) async throws -> Hasil? {
        let rows = try await LKjIPQuery(db: db).baris(opdID: opdID, tahun: n)
        // Every coded line with its printed amounts: `RollUp` sums the lowest ones (a kegiatan printed without its
        // sub-kegiatan, 004:L998, is one of them) and reports each printed total that differs from its lines.
        let pos = LKjIPQuery.pohon(rows, tabel: [("keuangan-\(n).csv", LKjIPQuery.kolomRealisasi)])
        guard !pos.isEmpty else { return nil }
        return Hasil(pos: try await dinamai(pos), sumber: "tabel realisasi anggaran laporan kinerja \(n)", triwulan: nil)
    }

    /// Names every line and adds its program and kegiatan as lines without amounts, so they carry their names.
    func dinamai(_ pos: [PosAnggaran]) async throws -> [PosAnggaran] {
        var kode = Set<KodeNomenklatur>()
        for p in pos {
            var k: KodeNomenklatur? = p.kode
            while let c = k, c.level >= .program { kode.insert(c); k = c.parent }
        }
        let nama = try await namaNomenklatur(kode.map(\.description))
        var out = pos.map { p in var q = p; if q.uraian.isEmpty { q.uraian = nama[p.kode.description] ?? "" }; return q }
        let ada = Set(pos.map(\.kode))
        for k in kode.subtracting(ada).sorted() { out.append(PosAnggaran(kode: k, uraian: nama[k.description] ?? "", nilai: [:])) }
        return out
    }

    /// Nomenclature names by code (the first regulation's name where several carry the code).
    public func namaNomenklatur(_ kode: [String]) async throws -> [String: String] {
        guard !kode.isEmpty else { return [:] }
        let rows = try await NomenklaturModel.query(on: db).filter(\.$kode ~~ kode).all()
        return Dictionary(rows.map { ($0.kode, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }

    /// The program serving each IKU of year n: the indicator's own nomenclature link, else the program its report's
    /// efficiency table names for it (`efisiensi-<n>.csv`, `1.06.02|IKU01:2024`, 002:L2839).
    public func programIKU(opdID: UUID, tahun n: Int) async throws -> [String: KodeNomenklatur] {
        var out: [String: KodeNomenklatur] = [:]
        for r in try await LKjIPQuery(db: db).baris(opdID: opdID, tahun: n) where r.tabel.hasPrefix("efisiensi-") {
            if case let (program, _)? = r.nomenklatur, program.level == .program, case let (k, t)? = r.iku, t == n { out[k] = out[k] ?? program }
        }
        for m in try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).with(\.$nomenklatur).all() {
            guard let k = m.kode, let n = m.nomenklatur, var kode = try? KodeNomenklatur(n.kode), kode.level >= .program else { continue }
            while kode.level > .program, let p = kode.parent { kode = p }
            out[k] = kode
        }
        return out
    }
}
