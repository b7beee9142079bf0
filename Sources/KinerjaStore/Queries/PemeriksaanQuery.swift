import FluentKit
import Foundation
import KinerjaCore

/// Assembles what the data-quality rules read (`DokumenPeriksa`) for one office and plan year, from the model
/// and from the values the source documents printed: the Renja in force (latest version) with its printed
/// parent totals, the T-C.29 rows, targets of lines that carry a pagu, codes as printed per table, the same
/// line's target in the Renja and in the T-C.31 analysis, and every printed cell (for spreadsheet literals).
public struct PemeriksaanQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    /// - Parameter hanyaBaris: only what concerns Renja lines (sums, targets with pagu, codes, targets across
    ///   tables) — the Renja page shows these beside its lines; `kinerja check` reads everything.
    /// - Parameter renja: the Renja in force if the caller already read it (the Renja page), to avoid reading it twice.
    public func dokumen(opd: OPDModel, tahun n: Int, hanyaBaris: Bool = false, renja dibaca: RenjaLengkap? = nil) async throws -> DokumenPeriksa {
        let opdID = try opd.requireID()
        var dok = DokumenPeriksa(nama: "\(opd.nama) tahun \(n)", tahunRencana: TahunRencana(n))
        var q = NilaiTercetakModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n)
        // The Renja page needs only the rumusan tables' printed cells.
        if hanyaBaris { q = q.filter(\.$tabel ~~ ["renja-\(n).csv", "renja-\(n)-induk.csv"]) }
        let printed = try await q.all()
        let versions = try await RenjaRepository(db: db).renja(opdID: opdID, tahun: n)
        var review: [ReviewRanwalModel] = []
        var rumusan: (baris: [RenjaBaris], tabel: String, lokasi: [KodeNomenklatur: String], lengkap: RenjaLengkap)?
        if let renja = versions.last, let rid = renja.id {
            let l: RenjaLengkap
            if let dibaca, dibaca.id == rid { l = dibaca } else { l = try await RenjaRepository(db: db).lengkap(id: rid) }
            let tabel = Self.berkas(renja: renja, versi: versions.count)
            let dicetak = Dictionary(printed.filter { $0.tabel == tabel && $0.kolom == "pagu_dicetak" }.compactMap { p in
                p.kode.flatMap { try? KodeNomenklatur($0) }.map { ($0, p) }
            }, uniquingKeysWith: { a, _ in a })
            // Where each line is printed: its pagu cell's seed line (the place every line finding names).
            rumusan = (l.pohon.urutan.map(\.simpul.baris), tabel, dicetak.mapValues(\.rujukan), l)
            for (_, s) in l.pohon.urutan {
                let b = s.baris
                if b.kode.level == .subKegiatan {
                    let lokasi = dicetak[b.kode]?.rujukan ?? b.kode.description
                    dok.anggaran.append(PosAnggaran(kode: b.kode, uraian: b.uraian, lokasi: lokasi, nilai: b.pagu.map { [.pagu: $0] } ?? [:]))
                    if let p = b.pagu { dok.paguAntartabel.append(PaguTercatat(kunci: b.kode.description, tabel: tabel, lokasi: lokasi, pagu: p)) }
                    if let t = b.targets.first(where: { $0.tahun == n }), let v = t.nilai {
                        dok.targetBerpagu.append(TargetBerpagu(lokasi: lokasi, uraian: b.uraian, target: Besaran(v, Satuan(t.satuan)), pagu: b.pagu))
                    }
                } else if let p = dicetak[b.kode], let v = p.rupiah {
                    // A parent's printed total, checked against the Σ of its sub-kegiatan (R01).
                    dok.anggaran.append(PosAnggaran(kode: b.kode, uraian: b.uraian, lokasi: p.rujukan, nilai: [.pagu: v]))
                }
                // Each indicator's year-n target beside its own n+1 target (a line may carry several indicators).
                for t in b.targets where t.tahun == n {
                    guard let v = t.nilai, let u = b.targets.first(where: { $0.tahun == n + 1 && $0.indikator == t.indikator }), let w = u.nilai else { continue }
                    dok.targetBeruntun.append(
                        TargetBeruntun(lokasi: dicetak[b.kode]?.rujukan ?? b.kode.description, uraian: b.uraian, tahun: n,
                                       target: Besaran(v, Satuan(t.satuan)), berikut: Besaran(w, Satuan(u.satuan))))
                }
                if let t = b.targets.first(where: { $0.tahun == n }), let v = t.nilai {
                    dok.targetAntartabel.append(TargetTercatat(kunci: b.kode.description, tahun: n, tabel: tabel, lokasi: dicetak[b.kode]?.rujukan ?? b.kode.description,
                                                               target: Besaran(v, Satuan(t.satuan))))
                }
            }
            // Totals printed above the programs (000:L463 "SEMUA BIDANG URUSAN"), under the urusan/bidang they sum.
            for (kode, p) in dicetak.sorted(by: { $0.key < $1.key }) where kode.level <= .bidang {
                guard let v = p.rupiah else { continue }
                dok.anggaran.append(PosAnggaran(kode: kode, uraian: kode.description, lokasi: p.rujukan, nilai: [.pagu: v]))
            }
            review = try await ReviewRanwalModel.query(on: db).filter(\.$renja.$id == (try versions[0].requireID())).with(\.$nomenklatur).with(\.$satuan).all()
            for r in review {
                guard let v = r.analisisTargetE4, let s = r.satuan else { continue }
                dok.targetAntartabel.append(TargetTercatat(kunci: r.nomenklatur.kode, tahun: n, tabel: "T-C.31", lokasi: "T-C.31 \(r.nomenklatur.kode)",
                                                           target: Besaran(Kuantitas(unitKecil: v), Satuan(s.kode))))
            }
        }
        dok.kode = try await kodeDicetak(printed, hanyaRenja: hanyaBaris)
        guard !hanyaBaris else { return dok }
        // A Renja Perubahan against the version it amends: every changed line, where the Perubahan prints it (R43).
        if versions.count > 1, let r = rumusan, let p = try await RenjaRepository(db: db).perbandingan(renjaID: r.lengkap.id, sesudah: r.lengkap) {
            dok.perubahan = p.baris.map { (r.lokasi[$0.kode] ?? "\(r.tabel) \($0.kode)", $0) }
        }
        dok.sel = printed.filter { !Self.teks($0.kolom) }.map { SelTercatat(lokasi: "\($0.rujukan) \($0.kolom)", teks: $0.teks) }
        dok.labelTahun += Self.labelTahun(printed, tahun: n)
        // Rows of the proposals table in printed order, for their nesting (R23).
        dok.susunan = printed.filter { $0.kolom == UsulanRanwalLoader.kolomBaris }
            .sorted(by: Self.urutanCetak)
            .compactMap { p in p.kode.flatMap { try? KodeNomenklatur($0) }.map { KodeTercatat(lokasi: p.rujukan, tabel: p.tabel, teks: p.teks, tingkat: $0.level, kodeBaris: $0) } }
        // Indicator names as tables print them, once per place.
        var namaDilihat = Set<String>()
        for p in printed.sorted(by: Self.urutanCetak) where p.kolom == LKjIPLoader.kolomIndikator && namaDilihat.insert("\(p.rujukan)|\(p.teks)").inserted {
            dok.namaIndikator.append(SelTercatat(lokasi: p.rujukan, teks: p.teks))
        }
        try await IndikatorBarisPeriksa.tambahkan(
            ke: &dok, db: db, opdID: opdID, printed: printed, renja: rumusan?.baris ?? [], lokasi: rumusan?.lokasi ?? [:])
        dok.skalaDicetak = Self.skalaDicetak(printed)
        dok.dasarHukum = printed.filter { $0.kolom == LKjIPLoader.kolomDasarHukum }.sorted(by: Self.urutanCetak)
            .flatMap { AturanDasarHukum.baca($0.teks, lokasi: $0.rujukan) }
        // Social-welfare counts printed without a year (R48, 004:L527).
        dok.angkaTanpaTahun = printed.filter { $0.tabel.hasPrefix(LKjIPLoader.awalanPMKS) && $0.kolom == LKjIPLoader.kolomJumlahTanpaTahun }
            .sorted(by: Self.urutanCetak).map { SelTercatat(lokasi: $0.rujukan, teks: $0.teks) }
        dok.tanggal = printed.filter { $0.kolom == LKjIPLoader.kolomTanggal }.map { SelTercatat(lokasi: $0.rujukan, teks: $0.teks) }
        dok.barisTC29 = try await TC29Query(db: db).baris(opdID: opdID, tahun: n).map(\.baris)
        try await LKjIPQuery(db: db).tambahkan(ke: &dok, opd: opd, tahun: n)
        try await RekapPegawaiQuery(db: db).tambahkan(ke: &dok, opdID: opdID, tahun: n)
        try await EvaluasiSAKIPQuery(db: db).tambahkan(ke: &dok, opdID: opdID, tahun: n)
        TC31Anggaran.gabung(ke: &dok, review: review, printed: printed, tahun: n)
        dok.paguAntartabel += TC31Anggaran.paguAnalisis(review: review, printed: printed, tahun: n)
        // Every printed pagu of a coded line, per table column in printed order (R42: a cell copied to the next line).
        // (The rule keeps one "line above" per table column, so printed order by table and line is enough.)
        dok.paguBerurutan = printed.filter { $0.kolom.hasPrefix("pagu") && $0.kolom.hasSuffix("_dicetak") }.sorted(by: Self.urutanCetak)
            .compactMap { p in
                guard let k = p.kodeUtama, (try? KodeNomenklatur(k)) != nil, let v = p.rupiah else { return nil }
                return PaguTercatat(kunci: k, tabel: "\(p.tabel) \(p.kolom)", lokasi: p.rujukan, pagu: v)
            }
        let kamus = try await KamusSatuan.muat(db: db)
        // Every printed target that names a unit, whatever its line (R41: 002:L1211/L1283/L1310 one 113000 under three units).
        dok.angkaBersatuan = printed.filter { TargetRumusanDicetak.kolom.contains($0.kolom) }.sorted(by: Self.urutanCetak).compactMap { p in
            guard AngkaDicetak.satuAngka(p.teks)?.1.isEmpty == false, let b = kamus.besaran(p.teks, bawaan: nil) else { return nil }
            return AngkaTercatat(lokasi: p.rujukan, tabel: p.tabel, besaran: b, dicetak: p.teks)
        }
        if let rumusan {
            dok.nilai += TargetRumusanDicetak.nilai(baris: rumusan.baris, printed: printed, tabel: rumusan.tabel, kamus: kamus)
            // The PK budget table lists the same lines with the Renja's indicators (002:L1406 "200 kk" for a count of
            // persons, lakip-spec §8 #15).
            dok.nilai += TargetRumusanDicetak.nilai(baris: rumusan.baris, printed: printed, tabel: "pk-anggaran-\(n).csv", kamus: kamus)
            Tabel8Periksa.tambahkan(ke: &dok, printed: printed, baris: rumusan.baris, tahun: n, kamus: kamus)
            dok.satuanKolom = Self.satuanKolom(printed, baris: rumusan.baris)
            // Each Renja line's indicator names where the line is printed (R46: 001:L1422 two indicators in one cell).
            for b in rumusan.baris {
                for nama in Set(b.targets.map(\.indikator)).sorted() where !nama.isEmpty {
                    dok.namaIndikator.append(SelTercatat(lokasi: rumusan.lokasi[b.kode] ?? b.kode.description, teks: nama))
                }
            }
        }
        try await TC30Query(db: db).tambahkan(ke: &dok, opdID: opdID, tahun: n)
        return dok
    }

    /// The rating legends as printed (`LKjIPLoader.skalaDicetak`), one per table, bands in printed order (R49).
    static func skalaDicetak(_ printed: [NilaiTercetakModel]) -> [SkalaDicetak] {
        let pita = printed.filter { $0.kolom.hasPrefix(LKjIPLoader.kolomPita) }
        let kategori = Dictionary(
            printed.filter { $0.kolom.hasPrefix(LKjIPLoader.kolomPitaKategori) }.map { ("\($0.tabel)|\($0.kolom.dropFirst(LKjIPLoader.kolomPitaKategori.count))", $0.teks) },
            uniquingKeysWith: { a, _ in a })
        return Dictionary(grouping: pita, by: \.tabel).sorted { $0.key < $1.key }.compactMap { tabel, cells in
            let urut = cells.compactMap { c in Int(c.kolom.dropFirst(LKjIPLoader.kolomPita.count)).map { ($0, c) } }.sorted { $0.0 < $1.0 }
            guard let first = urut.first?.1 else { return nil }
            return SkalaDicetak(lokasi: first.rujukan, pita: urut.map { i, c in
                SkalaDicetak.Pita(lokasi: c.rujukan, kategori: kategori["\(tabel)|\(i)"] ?? "", teks: c.teks)
            })
        }
    }

    /// The year labels of plan year n stored by `LabelTahunLoader` (kolom `label_tahun:<offset>`).
    /// Codes as each printed table listed them, one per printed row: the code cell as printed where the document
    /// prints another code than the line's (`kode_terbaca`, read against the line's code), else the line's code.
    func kodeDicetak(_ printed: [NilaiTercetakModel], hanyaRenja: Bool) async throws -> [KodeTercatat] {
        let terbaca = Dictionary(
            printed.filter { $0.kolom == KodeTerbacaLoader.kolom }.map { ("\($0.tabel)|\($0.rujukan)", $0.teks) }, uniquingKeysWith: { a, _ in a })
        // Names of the lines whose printed code is another, for the message.
        let kodeDibaca = Array(Set(printed.filter { $0.kolom == KodeTerbacaLoader.kolom }.compactMap(\.kode)))
        let nama = kodeDibaca.isEmpty ? [:] : Dictionary(
            try await NomenklaturModel.query(on: db).filter(\.$kode ~~ kodeDibaca).all().map { ($0.kode, $0.nama) }, uniquingKeysWith: { a, _ in a })
        var out: [KodeTercatat] = []
        var seen = Set<String>()
        // A proposals table repeats a sub-kegiatan for each proposal: its rows are read for their nesting only.
        for p in printed.sorted(by: Self.urutanCetak)
        where (!hanyaRenja || p.tabel.hasPrefix("renja-")) && p.kolom != UsulanRanwalLoader.kolomBaris && !DemoLoader.kolomIndikatorBaris.contains(p.kolom) {
            let key = "\(p.tabel)|\(p.rujukan)"
            guard let text = p.kodeUtama, seen.insert(key).inserted else { continue }
            let kode = try? KodeNomenklatur(text)
            if let dibaca = terbaca[key], let kode {
                out.append(KodeTercatat(lokasi: p.rujukan, tabel: p.tabel, teks: dibaca, tingkat: kode.level, uraian: nama[kode.description] ?? "", kodeBaris: kode))
            } else {
                out.append(KodeTercatat(lokasi: p.rujukan, tabel: p.tabel, teks: text, tingkat: kode?.level))
            }
        }
        return out
    }

    /// Printed cells that are text kept for one rule of their own (a code as printed, a formula, a SATUAN column, a
    /// signature date, a proposals row's name, an indicator's printed name), not values: the cell rules (R11, R21, R22) never read them.
    static let kolomTeks: Set<String> = Set([
        KodeTerbacaLoader.kolom, LKjIPQuery.kolomRumus, TargetRumusanDicetak.kolomSatuan, LKjIPLoader.kolomTanggal, UsulanRanwalLoader.kolomBaris,
        LKjIPLoader.kolomIndikator, LKjIPLoader.kolomDasarHukum,
    ]).union(DemoLoader.kolomIndikatorBaris)
    /// Whether a printed column holds text kept for a rule of its own (`kolomTeks`, `awalanKolomTeks`), not a value.
    public static func teks(_ kolom: String) -> Bool { kolomTeks.contains(kolom) || awalanKolomTeks.contains { kolom.hasPrefix($0) } }

    /// Column prefixes of the same kind: titles naming a year, a header's money unit, the narrative's claims.
    static let awalanKolomTeks = [
        LabelTahunLoader.kolom, SatuanKolomLoader.kolom, FaktaNarasiLoader.kolom, FaktaNarasiLoader.kolomBagian, LKjIPLoader.kolomPita, LKjIPLoader.kolomPitaKategori,
    ]

    /// Money units printed in column headers (`SatuanKolomLoader`), each with its column's amounts beside the same
    /// lines' pagu in the Renja (R44).
    static func satuanKolom(_ printed: [NilaiTercetakModel], baris: [RenjaBaris]) -> [SatuanKolomTercatat] {
        let pagu = Dictionary(baris.compactMap { b in b.pagu.map { (b.kode.description, $0) } }, uniquingKeysWith: { a, _ in a })
        return printed.filter { $0.kolom.hasPrefix(SatuanKolomLoader.kolom) }.sorted(by: urutanCetak).map { h in
            let kolom = String(h.kolom.dropFirst(SatuanKolomLoader.kolom.count))
            let pasangan = printed.filter { $0.tabel == h.tabel && $0.kolom == kolom }.sorted(by: urutanCetak).compactMap { c -> SatuanKolomTercatat.Pasangan? in
                guard let k = c.kodeUtama, let p = pagu[k], let v = c.rupiah else { return nil }
                return SatuanKolomTercatat.Pasangan(dicetak: v, pagu: p)
            }
            return SatuanKolomTercatat(lokasi: h.rujukan, kolom: "\(h.tabel) \(kolom)", dicetak: h.teks, pasangan: pasangan)
        }
    }

    /// Printed order: by table, then seed line ("001:L987" before "001:L1026"), then reference text.
    static func urutanCetak(_ a: NilaiTercetakModel, _ b: NilaiTercetakModel) -> Bool {
        (a.tabel, RujukanSeed.baris(a.rujukan) ?? Int.max, a.rujukan) < (b.tabel, RujukanSeed.baris(b.rujukan) ?? Int.max, b.rujukan)
    }

    static func labelTahun(_ printed: [NilaiTercetakModel], tahun n: Int) -> [LabelTahunTercatat] {
        printed.filter { $0.tabel == "\(LabelTahunLoader.awalan)\(n).csv" }.compactMap { p in
            guard p.kolom.hasPrefix(LabelTahunLoader.kolom), let offset = Int(p.kolom.dropFirst(LabelTahunLoader.kolom.count)) else { return nil }
            return LabelTahunTercatat(lokasi: p.rujukan, teks: p.teks, offset: offset)
        }.sorted { $0.lokasi < $1.lokasi }
    }

    /// The transcribed file a Renja version came from (demo data): the last version is `renja-<n>.csv`.
    static func berkas(renja: RenjaModel, versi: Int) -> String {
        renja.versi == versi ? "renja-\(renja.tahun).csv" : "renja-\(renja.tahun)-induk.csv"
    }
}
