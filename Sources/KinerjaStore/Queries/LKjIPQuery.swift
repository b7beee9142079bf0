import FluentKit
import Foundation
import KinerjaCore

/// The LKjIP / LAKIP material of an office and report year, mapped into what the data-quality rules read
/// (`DokumenPeriksa`). Printed cells come from `nilai_tercetak` (tables loaded by `LKjIPLoader`), the engine's own
/// figures from the model (IKU, PK targets, yearly realisations, composite components):
///
/// - `capaian`: every printed capaian / category of an IKU with the row's printed target and realisation, on the
///   report's local scale (the `skala_penilaian` of the office's Pemda) → R10, R12, R17, R18;
/// - `serapan`: every printed budget absorption (realisation tables, totals, LRA, the "realisasi anggaran" column of
///   the efficiency table against the computed program totals) → R12, R18;
/// - `anggaran`: the realisation table (`pagu`, `realisasi`) and the PK budget (`pagu_pk`) as one budget tree with
///   their printed parent totals → R01, R16. When the same year's Renja is in the document too, its plan amounts
///   move to the column `pagu_renja` (so `pagu` is the final budget that R16 compares the realisation with) and
///   lines of the same code are merged, their locations joined with " · ";
/// - `anggaranTabel`: each per-sasaran realisation table (Polman Tabel 3.2-3.9) as a tree of its own → R01, R16;
/// - `efisiensi`: the printed efficiency analysis → R12, R14, R15;
/// - `penyebut`: stored denominators of the IKU per year → R09;
/// - `sasaran`: printed sasaran capaian against the mean of its IKU's capaian computed from the model → R10, R20;
/// - `targetAntartabel`: an IKU's target for one year in every printed table, and a sub-kegiatan's output target (K)
///   in every financial table → R06;
/// - `labelTahun`: printed year headers of the IKU tables → R08;
/// - `rekap`: the LRA, each parent account against its printed children → R12;
/// - `indikatorTerlapor`: each IKU, whether it has a target and any realisation → R35;
/// - `komposit`: a composite IKU's printed result, components and formula → R12;
/// - `realisasiAntartabel`: every printed numeric realisation of an IKU (tables, narrative figures, the PK annex) → R32.
///
/// Printed cells of these tables already reach `sel` (R11, R21, R22) through `PemeriksaanQuery`; codes that are
/// not nomenclature codes (the IKU keys `IKU03:2023`, `S1:2024`) are taken out of `kode` here.
public struct LKjIPQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// Tables written by `LKjIPLoader` (file names, plus the two lists transcribed in code).
    public static func milikLKjIP(_ tabel: String) -> Bool {
        ["iku-", "pk-", "realisasi-iku", "efisiensi-", "keuangan-", "komposit-", "lra-", "capaian-sasaran-", "sasaran-iku-", LKjIPLoader.awalanMenunjang, FaktaNarasiLoader.awalan].contains { tabel.hasPrefix($0) }
    }

    /// Prefix of an LRA account code in a printed cell's `kode` (account codes are not nomenclature codes).
    public static let awalanAkun = "akun:"

    /// The LRA as count tables, one per parent account with its printed children (004:L1136 Belanja Operasi
    /// = 5.1.01 + 5.1.02 + 5.1.05 + 5.1.06), each amount column checked against the Σ (R12, lakip-spec §8 #48: the
    /// 2022 column leaves Belanja Bantuan Sosial out).
    static func lra(_ rows: [Baris], tahun n: Int) -> [RekapTercatat] {
        let akun = rows.filter { $0.tabel == "lra-\(n).csv" }.compactMap { r -> (String, Baris)? in
            guard let k = r.kode, k.hasPrefix(awalanAkun) else { return nil }
            return (String(k.dropFirst(awalanAkun.count)), r)
        }
        let kolom = [("anggaran_dicetak", "anggaran"), ("realisasi_anggaran_dicetak", "realisasi"), ("realisasi_2022_dicetak", "realisasi \(n - 1)")]
        func sel(_ r: Baris) -> [String: RekapTercatat.Sel] {
            Dictionary(kolom.compactMap { c, nama in r[c].map { (nama, RekapTercatat.Sel(nilai: nil, dicetak: $0)) } }, uniquingKeysWith: { a, _ in a })
        }
        return akun.compactMap { kode, induk in
            let anak = akun.filter { k, _ in k.hasPrefix(kode + ".") && !k.dropFirst(kode.count + 1).contains(".") }
            guard !anak.isEmpty else { return nil }
            return RekapTercatat(
                tabel: "LRA akun \(kode)",
                baris: anak.map { k, r in RekapTercatat.Baris(lokasi: r.rujukan, kategori: k, sel: sel(r)) }
                    + [RekapTercatat.Baris(lokasi: induk.rujukan, kategori: kode, total: true, sel: sel(induk))])
        }
    }

    /// The printed formula of a composite: text, not a value (never a cell for R11/R21).
    public static let kolomRumus = "rumus_dicetak"

    /// The PK budget column of the budget tree.
    public static let kolomPK: KolomAnggaran = "pagu_pk"
    /// Where a Renja's plan amounts go when the LKjIP of the same year is in the document.
    public static let kolomRenja: KolomAnggaran = "pagu_renja"

    /// One printed row: its cells by column.
    struct Baris {
        var tabel: String
        var rujukan: String
        var kode: String?
        var sel: [String: String] = [:]
        var baris: Int { Int(rujukan.split(separator: "L").last ?? "") ?? 0 }
        /// `IKU03:2022` → ("IKU03", 2022) (after any `<code>|`).
        var iku: (String, Int)? {
            guard let k = kode?.split(separator: "|").last else { return nil }
            let p = k.split(separator: ":")
            guard p.count == 2, let t = Int(p[1]) else { return nil }
            return (String(p[0]), t)
        }
        /// The nomenclature code and, where printed elsewhere, the printed parent.
        var nomenklatur: (KodeNomenklatur, KodeNomenklatur?)? {
            guard let parts = kode?.split(separator: "|").map(String.init), let k = parts.first.flatMap({ try? KodeNomenklatur($0) }) else { return nil }
            return (k, parts.count > 1 ? try? KodeNomenklatur(parts[1]) : nil)
        }
        subscript(_ k: String) -> String? { sel[k] }
    }

    static func angka(_ teks: String?) -> Decimal? { teks.flatMap(AngkaDicetak.parse)?.decimal }
    static func rupiah(_ teks: String?) -> Rupiah? {
        guard let teks, let k = AngkaDicetak.parse(teks), k.unitKecil % Kuantitas.skala == 0 else { return nil }
        return Rupiah(k.unitKecil / Kuantitas.skala)
    }

    /// Printed rows of the LKjIP tables of an office and year, in table and line order.
    func baris(opdID: UUID, tahun n: Int) async throws -> [Baris] {
        let printed = try await NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).all().filter { Self.milikLKjIP($0.tabel) }
        var rows: [String: Baris] = [:]
        for p in printed {
            let key = "\(p.tabel)|\(p.rujukan)|\(p.kode ?? "")"
            rows[key, default: Baris(tabel: p.tabel, rujukan: p.rujukan, kode: p.kode)].sel[p.kolom] = p.teks
        }
        return rows.values.sorted { ($0.tabel, $0.baris, $0.kode ?? "") < ($1.tabel, $1.baris, $1.kode ?? "") }
    }

    /// The IKU of an office as engine indicators, by their `kode`.
    func iku(opdID: UUID) async throws -> [String: (IndikatorModel, Indikator)] {
        var out: [String: (IndikatorModel, Indikator)] = [:]
        for m in try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).with(\.$satuan).all() {
            guard let kode = m.kode else { continue }
            out[kode] = (m, try m.spesifikasi(id: kode))
        }
        return out
    }

    /// The report's local rating scale: the scale tied to the office's Pemda (`LKjIPLoader.skalaLokal`).
    func skala(opd: OPDModel) async throws -> SkalaPenilaian? {
        guard let m = try await SkalaPenilaianModel.query(on: db).filter(\.$pemda.$id == opd.$pemda.id).first() else { return nil }
        return try await SkalaRepository(db: db).baca(kode: m.kode)
    }

    static let kolomRealisasi: [([String], KolomAnggaran)] = [(["pagu_dicetak"], .pagu), (["realisasi_dicetak", "realisasi_anggaran_dicetak"], .realisasi)]

    /// One budget tree from printed tables: a line per code, each table's columns merged into it.
    static func pohon(_ rows: [Baris], tabel tabelAnggaran: [(String, [([String], KolomAnggaran)])]) -> [PosAnggaran] {
        var lines: [PosAnggaran] = []
        var index: [KodeNomenklatur: Int] = [:]
        for (tabel, kolom) in tabelAnggaran {
            let t = rows.filter { $0.tabel == tabel }
            // A line printed under a kegiatan that is not its code's parent (002:L3405): the roll-up follows codes,
            // so neither kegiatan's printed total can be checked against its printed children.
            var tanpaTotal = Set<KodeNomenklatur>()
            for r in t { if case let (k, induk?)? = r.nomenklatur { tanpaTotal.insert(induk); if let p = k.parent { tanpaTotal.insert(p) } } }
            // A PK that prints only program amounts (004:L1105-1111) has no tree below them to check, and its
            // amounts cannot be leaves of the realisation table's tree: such lines are left out.
            let kodeTabel = t.compactMap { $0.nomenklatur?.0 }
            for r in t {
                guard case let (kode, _)? = r.nomenklatur, !tanpaTotal.contains(kode) else { continue }
                if tabel.hasPrefix("pk-"), kode.level != .subKegiatan, !kodeTabel.contains(where: { $0 != kode && $0.description.hasPrefix(kode.description + ".") }) { continue }
                var nilai: [KolomAnggaran: Rupiah] = [:]
                for (cols, k) in kolom { if let v = cols.lazy.compactMap({ Self.rupiah(r[$0]) }).first { nilai[k] = v } }
                guard !nilai.isEmpty else { continue }
                if let i = index[kode] {
                    lines[i].nilai.merge(nilai) { a, _ in a }
                    lines[i].lokasi = [lines[i].lokasi, r.rujukan].compactMap { $0 }.joined(separator: " · ")
                } else {
                    index[kode] = lines.count
                    lines.append(PosAnggaran(kode: kode, uraian: "", lokasi: r.rujukan, nilai: nilai))
                }
            }
        }
        return lines
    }

    /// The end year of the Renstra in force in year n and its end target per indicator: the indicator's own end
    /// target, else the Renstra's target of its last year (never a PK or Renja target of that year).
    static func targetAkhirRenstra(db: any Database, opdID: UUID, tahun n: Int, indikator ids: [UUID]) async throws -> (renstra: RenstraModel?, target: [UUID: Int64]) {
        guard let renstra = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunAwal <= n).filter(\.$tahunAkhir >= n).first()
        else { return (nil, [:]) }
        var akhir: [UUID: Int64] = [:]
        if let rid = renstra.id, !ids.isEmpty {
            for ri in try await RenstraIndikatorModel.query(on: db).filter(\.$renstra.$id == rid).filter(\.$indikator.$id ~~ ids).with(\.$targets).all() {
                if let v = ri.targetAkhirE4 ?? ri.targets.first(where: { $0.tahun == renstra.tahunAkhir })?.nilaiE4 { akhir[ri.$indikator.id] = v }
            }
        }
        return (renstra, akhir)
    }

    public func tambahkan(ke dok: inout DokumenPeriksa, opd: OPDModel, tahun n: Int) async throws {
        let opdID = try opd.requireID()
        let rows = try await baris(opdID: opdID, tahun: n)
        guard !rows.isEmpty else { return }
        let iku = try await iku(opdID: opdID)
        let skala = try await skala(opd: opd)
        dok.kode.removeAll { Self.milikLKjIP($0.tabel) && $0.kodeBaris == nil && (try? KodeNomenklatur($0.teks)) == nil }

        // Budget tree: realisation table (pagu, realisasi) and PK budget (pagu_pk), one line per code.
        let lines = Self.pohon(rows, tabel: [("keuangan-\(n).csv", Self.kolomRealisasi), ("pk-anggaran-\(n).csv", [(["pagu_dicetak", "anggaran_dicetak"], Self.kolomPK)])])
        // The per-sasaran realisation tables (Polman Tabel 3.2-3.9) print their own totals: each is a tree of its
        // own (004:L905 kegiatan total, 004:L906 realisation above pagu in Tabel 3.6, lakip-spec §8.2 #46).
        // They are extracts, though: a parent whose sub-kegiatan the table lists only in part (Tabel 3.7 gives one of
        // the three of 004:L792, the one its indicator needs) prints the full total, which is checked in Tabel 3.10.
        let subLengkap = Set(lines.map(\.kode).filter { $0.level == .subKegiatan })
        for tabel in Set(rows.map(\.tabel)).filter({ $0.hasPrefix("keuangan-t3-") }).sorted() {
            let pos = Self.pohon(rows, tabel: [(tabel, Self.kolomRealisasi)])
            let subAda = Set(pos.map(\.kode).filter { $0.level == .subKegiatan })
            let diperiksa = pos.filter { l in
                l.kode.level == .subKegiatan || subLengkap.filter { $0.description.hasPrefix(l.kode.description + ".") }.isSubset(of: subAda)
            }
            if !diperiksa.isEmpty { dok.anggaranTabel.append(diperiksa) }
        }
        let rollUp = RollUp(lines.filter { $0.nilai[.pagu] != nil || $0.nilai[.realisasi] != nil })
        // One sub-kegiatan, one pagu in every realisation table of the report (R31: 004:L549 Tabel 3.3 Penyediaan
        // Makanan 183,329,450 vs Tabel 3.10 L1013 339,197,050, which also holds the rehabilitation Permakanan,
        // lakip-spec §8.2 #41). The per-sasaran tables come first: the compilation table is made from them.
        let keuangan = rows.filter { $0.tabel.hasPrefix("keuangan-") && !$0.tabel.hasPrefix("keuangan-total-") }
            .sorted { ($0.tabel == "keuangan-\(n).csv" ? 1 : 0, $0.tabel, $0.baris) < ($1.tabel == "keuangan-\(n).csv" ? 1 : 0, $1.tabel, $1.baris) }
        for r in keuangan {
            guard case let (kode, _)? = r.nomenklatur, kode.level == .subKegiatan, let v = Self.rupiah(r["pagu_dicetak"] ?? r["anggaran_dicetak"]) else { continue }
            dok.paguAntartabel.append(PaguTercatat(kunci: "\(kode) (laporan kinerja)", tabel: r.tabel, lokasi: r.rujukan, pagu: v))
        }
        if !lines.isEmpty {
            if !dok.anggaran.isEmpty {
                for i in dok.anggaran.indices {
                    if let v = dok.anggaran[i].nilai.removeValue(forKey: .pagu) { dok.anggaran[i].nilai[Self.kolomRenja] = v }
                }
            }
            var ada = Dictionary(dok.anggaran.enumerated().map { ($1.kode, $0) }, uniquingKeysWith: { a, _ in a })
            for l in lines {
                if let i = ada[l.kode] {
                    dok.anggaran[i].nilai.merge(l.nilai) { a, _ in a }
                    dok.anggaran[i].lokasi = [dok.anggaran[i].lokasi, l.lokasi].compactMap { $0 }.joined(separator: " · ")
                } else {
                    ada[l.kode] = dok.anggaran.count
                    dok.anggaran.append(l)
                }
            }
        }

        let ids = iku.values.compactMap { $0.0.id }
        let real = ids.isEmpty ? [] : try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$sampaiDengan == false).all()
        let targets = ids.isEmpty ? [] : try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id ~~ ids).all()
        let kodeOf = Dictionary(iku.compactMap { k, v in v.0.id.map { ($0, k) } }, uniquingKeysWith: { a, _ in a })
        /// An IKU's clean PK target and realisation of a year, as entered (not as any table prints them).
        func bersih(_ m: IndikatorModel, _ ind: Indikator, tahun: Int) -> (target: Besaran?, realisasi: Besaran?) {
            let t = targets.first { $0.$indikator.id == m.id && $0.tahun == tahun && $0.sumber == "pk" }?.nilaiE4.map { Besaran(Kuantitas(unitKecil: $0), ind.satuan) }
            let rv = real.first { $0.$indikator.id == m.id && $0.tahun == tahun }?.besaran(ind.satuan)
            return (t, rv)
        }
        let (renstra, akhirRenstra) = try await Self.targetAkhirRenstra(db: db, opdID: opdID, tahun: n, indikator: ids)
        let renstraAkhir = renstra?.tahunAkhir

        for r in rows {
            // Printed capaian and categories of an IKU (rows with labels for values are not rated on a % scale). A
            // table that prints only the capaian (002:L2487, table 3.1.5) is read against the clean values.
            if r.tabel == "realisasi-iku.csv", r["capaian_dicetak"] != nil || r["kategori_dicetak"] != nil, case let (k, tahun)? = r.iku, case let (m, ind)? = iku[k],
                ind.ukuran != .kualitatif
            {
                let hanyaCapaian = r["target_dicetak"] == nil && r["realisasi_dicetak"] == nil
                let nilai = hanyaCapaian ? bersih(m, ind, tahun: tahun) : (Self.angka(r["target_dicetak"]).map { Besaran($0, ind.satuan) }, Self.angka(r["realisasi_dicetak"]).map { Besaran($0, ind.satuan) })
                dok.capaian.append(
                    CapaianTercatat(
                        lokasi: r.rujukan, indikator: ind, skala: skala, target: nilai.0, realisasi: nilai.1, dicetak: r["capaian_dicetak"],
                        kategoriDicetak: r["kategori_dicetak"]))
            }
            // Capaian against the Renstra's end target (table 3.1.4, 002:L2426) and the national standard (3.1.5).
            if r.tabel == "realisasi-iku.csv", case let (k, tahun)? = r.iku, case let (m, ind)? = iku[k] {
                if let teks = r[LKjIPLoader.kolomCapaianAkhir], let akhir = renstraAkhir {
                    let t = akhirRenstra[m.id ?? UUID()].map { Besaran(Kuantitas(unitKecil: $0), ind.satuan) }
                    dok.capaianAkhirRenstra.append(
                        CapaianAkhirTercatat(lokasi: r.rujukan, indikator: ind, tahunAkhir: akhir, targetAkhir: t, realisasi: bersih(m, ind, tahun: tahun).realisasi, dicetak: teks))
                }
                if let teks = r[LKjIPLoader.kolomStandar] {
                    dok.standarNasional.append(StandarNasionalTercatat(lokasi: r.rujukan, nama: ind.nama, spm: m.spm, dicetak: teks))
                }
            }
            // Programs credited with an IKU's result (table 3.1.8) and their budget in this report.
            if r.tabel.hasPrefix(LKjIPLoader.awalanMenunjang), case let (program, _)? = r.nomenklatur, case let (k, _)? = r.iku, case let (_, ind)? = iku[k],
                let peran = r["peran_dicetak"]
            {
                dok.programMenunjang.append(
                    ProgramMenunjangTercatat(
                        lokasi: r.rujukan, indikator: ind.nama, program: program.description,
                        pagu: rollUp.total[program]?[.pagu] ?? rollUp.total[program]?[Self.kolomPK], dicetak: peran))
            }
            // Every printed realisation of an IKU, numbers only: one fact, one value within the report (R32).
            if r.tabel == "realisasi-iku.csv", let teks = r["realisasi_dicetak"], case let (k, tahun)? = r.iku, case let (_, ind)? = iku[k],
                ind.ukuran != .kualitatif, let v = Self.angka(teks)
            {
                dok.realisasiAntartabel.append(
                    RealisasiTercatat(kunci: k, tahun: tahun, dokumen: "laporan kinerja \(n)", lokasi: r.rujukan, nilai: Besaran(v, ind.satuan), dicetak: teks))
            }
            // Printed absorption of a budget line, a total or an LRA account: the row's own amounts.
            if r.tabel.hasPrefix("keuangan-") || r.tabel.hasPrefix("lra-"), let persen = r["persen_dicetak"] {
                let pagu = Self.rupiah(r["pagu_dicetak"] ?? r["anggaran_dicetak"])
                let real = Self.rupiah(r["realisasi_dicetak"] ?? r["realisasi_anggaran_dicetak"])
                if pagu != nil || real != nil {
                    dok.serapan.append(SerapanTercatat(lokasi: r.rujukan, uraian: r.nomenklatur.map { $0.0.description } ?? r.tabel, pagu: pagu, realisasi: real, dicetak: persen))
                }
            }
            // Efficiency table with IKU → program (002): the printed absorption against the program's computed
            // totals, and the verdict (no dicetak %: the column is the absorption checked as serapan).
            if r.tabel.hasPrefix("efisiensi-"), case let (program, _)? = r.nomenklatur, case let (k, _)? = r.iku {
                let pagu = rollUp.total[program]?[.pagu]
                let real = rollUp.total[program]?[.realisasi]
                if let d = r["realisasi_anggaran_dicetak"] {
                    dok.serapan.append(SerapanTercatat(lokasi: r.rujukan, uraian: "\(k): realisasi anggaran program \(program)", pagu: pagu, realisasi: real, dicetak: d))
                }
                dok.efisiensi.append(EfisiensiTercatat(lokasi: r.rujukan, uraian: "\(k) (program \(program))", pagu: pagu, realisasi: real, statusDicetak: r["efisiensi_dicetak"]))
            } else if r.tabel.hasPrefix("efisiensi-"), let d = r["efisiensi_dicetak"] {
                // Printed "persentase efisiensi" with the amounts it was computed from (004).
                dok.efisiensi.append(EfisiensiTercatat(lokasi: r.rujukan, uraian: "Persentase efisiensi", pagu: Self.rupiah(r["pagu_dicetak"]),
                                                       realisasi: Self.rupiah(r["realisasi_dicetak"]), dicetak: d))
            }
            // Year headers of the IKU tables.
            if let teks = r["tahun_label_dicetak"], case let (_, tahun)? = r.iku {
                dok.labelTahun.append(LabelTahunTercatat(lokasi: r.rujukan, teks: teks, offset: tahun - n))
            }
            // An IKU's target per year in every table that prints it.
            if r.tabel == "realisasi-iku.csv" || r.tabel == "pk-\(n).csv", let teks = r["target_dicetak"], case let (k, tahun)? = r.iku, case let (_, ind)? = iku[k],
                ind.ukuran != .kualitatif, let v = Self.angka(teks)
            {
                dok.targetAntartabel.append(TargetTercatat(kunci: k, tahun: tahun, tabel: r.tabel, lokasi: r.rujukan, target: Besaran(v, ind.satuan)))
            }
            // A sub-kegiatan's output target (K) in every financial table (compared between the LKjIP's own tables).
            if r.tabel.hasPrefix("keuangan-"), case let (kode, _)? = r.nomenklatur, kode.level == .subKegiatan,
                let v = Self.angka(r["k_target_dicetak"] ?? r["target_output_dicetak"])
            {
                dok.targetAntartabel.append(TargetTercatat(kunci: "\(kode) (target output)", tahun: n, tabel: r.tabel, lokasi: r.rujukan, target: Besaran(v, Satuan("k"))))
            }
            // And its output realisation (R32, lakip-spec §8 #51: 004:L1010 70520 against Tabel 3.3's 87.814 KM, L547).
            if r.tabel.hasPrefix("keuangan-"), case let (kode, _)? = r.nomenklatur, kode.level == .subKegiatan,
                let teks = r["k_realisasi_dicetak"] ?? r["realisasi_output_dicetak"], let v = Self.angka(teks)
            {
                dok.realisasiAntartabel.append(
                    RealisasiTercatat(kunci: "\(kode) (realisasi output)", tahun: n, dokumen: "laporan kinerja \(n)", lokasi: r.rujukan, nilai: Besaran(v, Satuan("k")), dicetak: teks))
            }
        }

        // Denominators of the IKU per year (R09).
        for r in real.sorted(by: { ($0.tahun, kodeOf[$0.$indikator.id] ?? "") < ($1.tahun, kodeOf[$1.$indikator.id] ?? "") }) where r.tahun <= n {
            guard let d = r.penyebutE4, let k = kodeOf[r.$indikator.id] else { continue }
            dok.penyebut.append(PenyebutTercatat(indikatorId: k, tahun: r.tahun, nilai: Kuantitas(unitKecil: d).decimal, lokasi: r.sumber ?? k))
        }

        dok.rekap += Self.lra(rows, tahun: n)

        // Every IKU with a target: is it measured in any year (R35, 004:L263 the Gini ratio never is)?
        let punyaTarget = targets.map { $0.$indikator.id }
        for (k, (m, ind)) in iku.sorted(by: { $0.key < $1.key }) {
            let cetak = rows.filter { $0.iku?.0 == k }
            // Only an indicator this report prints is judged; a placeholder ("%", "-") is not a realisation.
            guard !cetak.isEmpty else { continue }
            let ditarget = cetak.first { $0["target_dicetak"] != nil }
            let adaTarget = ditarget != nil || punyaTarget.contains { $0 == m.id }
            let adaRealisasi = real.contains { $0.$indikator.id == m.id } || cetak.contains { r in
                r["realisasi_dicetak"].map { ind.ukuran == .kualitatif ? !$0.isEmpty && $0 != "-" : AngkaDicetak.parse($0) != nil } ?? false
            }
            dok.indikatorTerlapor.append(IndikatorTerlapor(lokasi: ditarget?.rujukan ?? k, nama: ind.nama, adaTarget: adaTarget, adaRealisasi: adaRealisasi))
        }

        // Printed composites (004:L336-340) with their printed components, as the model declares them.
        let kompRows = rows.filter { $0.tabel == "komposit-\(n).csv" }
        if !kompRows.isEmpty, !ids.isEmpty {
            let links = try await IndikatorKomponenModel.query(on: db).filter(\.$komposit.$id ~~ ids).all()
            for (cid, group) in Dictionary(grouping: links, by: { $0.$komposit.id }).sorted(by: { (kodeOf[$0.key] ?? "") < (kodeOf[$1.key] ?? "") }) {
                guard let c = kodeOf[cid], case let (_, ind)? = iku[c] else { continue }
                let parts = group.compactMap { kodeOf[$0.$komponen.id] }
                let komponen = kompRows.filter { r in r.iku.map { parts.contains($0.0) } ?? false }
                let hasil = kompRows.first { $0.iku?.0 == c && $0["nilai_dicetak"] != nil }
                let rumus = kompRows.first { $0.iku?.0 == c && $0[Self.kolomRumus] != nil }
                dok.komposit.append(
                    KompositTercatat(
                        lokasi: hasil?.rujukan ?? c, nama: ind.nama, komponen: komponen.compactMap { $0["nilai_dicetak"] }, dicetak: hasil?["nilai_dicetak"],
                        lokasiRumus: rumus?.rujukan, rumusDicetak: rumus?[Self.kolomRumus],
                        komponenPersen: parts.allSatisfy { iku[$0]?.1.satuan == .persen }))
            }
        }

        // Printed sasaran capaian against the mean of its IKU's capaian (PK target and realisation of year n).
        let sasaranRows = rows.filter { $0.tabel.hasPrefix("capaian-sasaran-") }
        if !sasaranRows.isEmpty {
            for r in sasaranRows {
                guard let k = r.kode?.split(separator: ":").first, k.hasPrefix("S"), let no = Int(k.dropFirst()) else { continue }
                let anggota = iku.values.filter { m, _ in m.$sasaran.id != nil }
                var komponen: [Komponen] = []
                var nama = "Sasaran \(no)"
                for (m, ind) in anggota.sorted(by: { $0.1.id < $1.1.id }) {
                    guard let sid = m.$sasaran.id, let s = try await SasaranModel.find(sid, on: db), s.nomor == no else { continue }
                    nama = s.uraian
                    let (t, rv) = bersih(m, ind, tahun: n)
                    komponen.append(Komponen(id: ind.id, nilai: ind.capaian(target: t, realisasi: rv)))
                }
                dok.sasaran.append(SasaranTercatat(lokasi: r.rujukan, nama: nama, indikator: komponen, dicetak: r["capaian_dicetak"], kategoriDicetak: r["kategori_dicetak"], skala: skala))
            }
        }

        // The narrative's claims about the report, after what its data says (R45).
        let narasi = rows.filter { $0.tabel.hasPrefix(FaktaNarasiLoader.awalan) }
        guard !narasi.isEmpty else { return }
        let sasaranIDs = Array(Set(iku.values.compactMap { $0.0.$sasaran.id }))
        let nomor = Dictionary(
            (sasaranIDs.isEmpty ? [] : try await SasaranModel.query(on: db).filter(\.$id ~~ sasaranIDs).all()).compactMap { s in s.id.map { ($0, s.nomor) } },
            uniquingKeysWith: { a, _ in a })
        let pkTanggal = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).sort(\.$versi).first()?.tanggal
        // Dates are stored as UTC midnight of the printed day (`LKjIPLoader.tanggal`).
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? utc.timeZone
        // The PK's target per line, as the signed PK budget table prints it.
        var targetPK: [KodeNomenklatur: Decimal] = [:]
        for r in rows where r.tabel == "pk-anggaran-\(n).csv" {
            if case let (k, _)? = r.nomenklatur, let v = Self.angka(r["target_dicetak"]) { targetPK[k] = targetPK[k] ?? v }
        }
        let laporan = FaktaNarasi.DataLaporan(
            tahun: n, namaInstansi: opd.nama, tahunAwalRenstra: renstra?.tahunAwal, bulanPK: pkTanggal.map { utc.component(.month, from: $0) },
            iku: iku.sorted(by: { $0.key < $1.key }).map { k, v in
                let (m, ind) = v
                let (t, r) = bersih(m, ind, tahun: n)
                var perTahun: [Int: Decimal] = [:]
                for x in real where x.$indikator.id == m.id {
                    if case .success(let a)? = bersih(m, ind, tahun: x.tahun).realisasi?.nilai.angka { perTahun[x.tahun] = a }
                }
                return FaktaNarasi.DataLaporan.IKU(
                    kode: k, sasaran: m.$sasaran.id.flatMap { nomor[$0] }, capaian: ind.capaian(target: t, realisasi: r), realisasi: perTahun)
            }, targetPK: targetPK)
        var data: [FaktaTercatat] = []
        var klaim: [FaktaTercatat] = []
        for r in narasi {
            for (kolom, nilai) in r.sel.sorted(by: { $0.key < $1.key }) where kolom.hasPrefix(FaktaNarasiLoader.kolom) {
                let kunci = String(kolom.dropFirst(FaktaNarasiLoader.kolom.count))
                klaim.append(FaktaTercatat(kunci: kunci, tabel: r[FaktaNarasiLoader.kolomBagian + kunci] ?? "narasi", lokasi: r.rujukan, nilai: nilai))
                if !data.contains(where: { $0.kunci == kunci }), let v = FaktaNarasi.menurutData(kunci, laporan) {
                    data.append(FaktaTercatat(kunci: kunci, tabel: FaktaNarasi.sumberData, lokasi: FaktaNarasi.sumberData, nilai: v))
                }
            }
        }
        dok.faktaNarasi = data + klaim
    }
}
