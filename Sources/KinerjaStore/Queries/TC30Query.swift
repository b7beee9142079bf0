import FluentKit
import Foundation
import KinerjaCore

/// A Renja's T-C.30 table (service performance) read back from the model, and mapped into what the data-quality
/// rules read: the rows (`barisTC30` → R25-R29), every stored value (`nilai` → R02, R03), the printed percentages of
/// rows computed from a numerator and a denominator row (`persentase` → R12), the denominators of the forward-looking
/// columns (`penyebut` → R09), and the realisation of rows that report on an LKjIP IKU next to the IKU's own
/// (`realisasiAntardokumen` → R30). A grade (000:L254 "Nilai AKIP") is not a number: it is read from the printed
/// cell on the SAKIP scale.
public struct TC30Query: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// A row with the printed cells of its value columns (`target:2024` → "77,56%").
    public struct Baris: Sendable {
        public var baris: BarisTC30
        public var dicetak: [String: String]
        public var rujukan: String
        public var iku: String?
        public var indikatorID: UUID
        /// The rows a percentage row is computed from.
        public var pembilangID: UUID?
        public var penyebutID: UUID?
        /// Columns 3 and 4 as entered: the SPM / national standard and the IKK the row reports on.
        public var standarSPM: String? = nil
        public var ikk: String? = nil
    }

    public func baris(opdID: UUID, tahun n: Int) async throws -> [Baris] {
        let rows = try await PelayananTC30Model.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
            .with(\.$indikator) { $0.with(\.$satuan) }.with(\.$iku).sort(\.$urutan).all()
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0.$indikator.id }
        let targets = try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sumber ~~ ["renstra", "proyeksi"]).all()
        let real = try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sampaiDengan == false).all()
        let printed = try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
            .filter(\.$tabel == "tc30-\(n).csv").all()
        let cetak = Dictionary(grouping: printed, by: \.rujukan)
        // Clean values per indicator: jenis → tahun → value.
        var nilai: [UUID: [String: [Int: Int64]]] = [:]
        for t in targets { if let v = t.nilaiE4 { nilai[t.$indikator.id, default: [:]][t.sumber == "renstra" ? "target" : "proyeksi", default: [:]][t.tahun] = v } }
        for r in real { if let v = r.nilaiE4 { nilai[r.$indikator.id, default: [:]]["realisasi", default: [:]][r.tahun] = v } }

        var out: [Baris] = []
        for row in rows {
            var ind = try row.indikator.spesifikasi(id: row.indikator.nama)
            if ind.ukuran == .kualitatif, ind.skala == nil { ind.skala = .predikatSAKIP }
            let teks = Dictionary((cetak[row.rujukan] ?? []).map { ($0.kolom, $0.teks) }, uniquingKeysWith: { a, _ in a })
            let peran = BarisTC30.Peran(rawValue: row.peran) ?? .tunggal
            func besaran(_ jenis: String) -> [Int: Besaran] {
                if ind.ukuran == .kualitatif {
                    // Grades are kept as printed; the scale reads them (Cyrillic look-alikes included).
                    return Dictionary(teks.compactMap { k, v -> (Int, Besaran)? in
                        let p = k.split(separator: ":")
                        guard p.count == 2, p[0] == jenis, let y = Int(p[1]), ind.skala?.peringkat(v) != nil else { return nil }
                        return (y, .peringkat(v))
                    }, uniquingKeysWith: { a, _ in a })
                }
                if peran == .persentase, let p = row.$pembilang.id, let q = row.$penyebut.id {
                    let a = nilai[p]?[jenis] ?? [:], b = nilai[q]?[jenis] ?? [:]
                    return Dictionary(uniqueKeysWithValues: a.compactMap { y, v in
                        b[y].map { (y, Besaran.rasio(Kuantitas(unitKecil: v).decimal, Kuantitas(unitKecil: $0).decimal)) }
                    })
                }
                return (nilai[row.$indikator.id]?[jenis] ?? [:]).mapValues { Besaran(Kuantitas(unitKecil: $0), ind.satuan) }
            }
            let b = BarisTC30(
                lokasi: row.rujukan, nomor: row.nomorDicetak, indikator: ind, peran: peran, target: besaran("target"),
                realisasi: besaran("realisasi"), proyeksi: besaran("proyeksi"), catatan: row.catatanAnalisis)
            out.append(
                Baris(
                    baris: b, dicetak: teks, rujukan: row.rujukan, iku: row.iku?.kode, indikatorID: row.$indikator.id,
                    pembilangID: row.$pembilang.id, penyebutID: row.$penyebut.id, standarSPM: row.standarSPM, ikk: row.ikk))
        }
        return out
    }

    /// Adds the T-C.30 material of an office's Renja n to the document the rules read.
    public func tambahkan(ke dok: inout DokumenPeriksa, opdID: UUID, tahun n: Int) async throws {
        let rows = try await baris(opdID: opdID, tahun: n)
        guard !rows.isEmpty else { return }
        var clean: [UUID: [String: [Int: Decimal]]] = [:]
        for r in rows where r.baris.peran != .persentase {
            for (jenis, vals) in [("target", r.baris.target), ("realisasi", r.baris.realisasi), ("proyeksi", r.baris.proyeksi)] {
                clean[r.indikatorID, default: [:]][jenis] = vals.compactMapValues { try? r.baris.indikator.angka($0).get() }
            }
        }
        for r in rows {
            let b = r.baris
            dok.barisTC30.append(b)
            switch b.peran {
            case .persentase:
                guard let p = r.pembilangID, let q = r.penyebutID else { continue }
                for (kolom, teks) in r.dicetak.sorted(by: { $0.key < $1.key }) {
                    let k = kolom.split(separator: ":")
                    guard k.count == 2, let y = Int(k[1]) else { continue }
                    let jenis = String(k[0])
                    dok.persentase.append(
                        PersentaseTercatat(lokasi: "\(r.rujukan) \(kolom)", dicetak: teks, pembilang: clean[p]?[jenis]?[y], penyebut: clean[q]?[jenis]?[y]))
                }
            case .penyebut:
                for (kolom, vals) in [("target", b.target), ("proyeksi", b.proyeksi)] {
                    for (y, v) in vals.sorted(by: { $0.key < $1.key }) {
                        guard let d = try? b.indikator.angka(v).get() else { continue }
                        dok.penyebut.append(PenyebutTercatat(indikatorId: b.indikator.nama, tahun: y, nilai: d, lokasi: "\(r.rujukan) \(kolom):\(y)", kolom: kolom))
                    }
                }
                fallthrough
            case .tunggal, .pembilang:
                for (kolom, vals) in [("target", b.target), ("realisasi", b.realisasi), ("proyeksi", b.proyeksi)] {
                    for (y, v) in vals.sorted(by: { $0.key < $1.key }) {
                        dok.nilai.append(NilaiTercatat(lokasi: "\(r.rujukan) \(kolom):\(y)", indikator: b.indikator, besaran: v))
                    }
                }
            }
            if let iku = r.iku {
                for (y, v) in b.realisasi.sorted(by: { $0.key < $1.key }) {
                    dok.realisasiAntardokumen.append(
                        RealisasiTercatat(kunci: iku, tahun: y, dokumen: "T-C.30 Renja \(n)", lokasi: "\(r.rujukan) realisasi:\(y)", nilai: v))
                }
            }
        }
        // The IKU's own realisation, as the LKjIP recorded it.
        let ikus = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode ~~ rows.compactMap(\.iku)).with(\.$satuan).all()
        let ikuIDs = try ikus.map { try $0.requireID() }
        guard !ikuIDs.isEmpty else { return }
        let kode = Dictionary(uniqueKeysWithValues: try ikus.map { (try $0.requireID(), $0) })
        for r in try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ ikuIDs).filter(\.$sampaiDengan == false).all() {
            guard let m = kode[r.$indikator.id], let k = m.kode, let v = r.nilaiE4 else { continue }
            dok.realisasiAntardokumen.append(
                RealisasiTercatat(kunci: k, tahun: r.tahun, dokumen: "LKjIP", lokasi: r.sumber ?? k, nilai: Besaran(Kuantitas(unitKecil: v), Satuan(m.satuan.kode))))
        }
    }
}
