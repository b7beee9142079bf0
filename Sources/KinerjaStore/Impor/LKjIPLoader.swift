import FluentKit
import Foundation
import KinerjaCore

/// Loads a transcribed LKjIP / LAKIP (year-end accountability report) of an office into the model: the IKU
/// (`indikator` with `iku = true`, formulasi, sumber data, penanggung jawab, linked to Renstra tujuan/sasaran),
/// the Perjanjian Kinerja (`perjanjian_kinerja` with its signatories as printed, `pk_target` per IKU, `pk_anggaran`
/// per program), yearly targets (`indikator_target`, sumber `pk`) and realisations (`realisasi_tahunan`, with
/// pembilang/penyebut where printed), the composite indicator (`indikator_komponen`), and — as printed values in
/// `nilai_tercetak` — every cell of the report's tables: capaian, categories, budget absorption, parent totals,
/// composite value, and the budget itself (see "Where the budget goes").
///
/// Two layouts are read, recognised by file name:
/// - Mamuju LKjIP 2024 (seed 002): `iku-<n>.csv`, `pk-<n>.csv`, `pk-penandatangan-<n>.csv`, `pk-anggaran-<n>.csv`,
///   `realisasi-iku.csv`, `efisiensi-<n>.csv`, `keuangan-<n>.csv`, `keuangan-total-dicetak-<n>.csv`;
/// - Polewali Mandar LAKIP 2023 (seed 004): `sasaran-iku-<n>.csv`, `pk-<n>.csv`, `pk-pihak-<n>.csv`,
///   `pk-anggaran-<n>.csv`, `realisasi-iku.csv`, `komposit-<n>.csv`, `keuangan-<n>.csv`, `keuangan-t3-*-<n>.csv`,
///   `keuangan-total-dicetak-<n>.csv`, `lra-<n>.csv`.
///
/// Idempotent: an office whose PK of that year exists is skipped.
///
/// **Where the budget goes.** Kinerja has no table for a year's final budget (DPA) and its annual realisation
/// outside a Renja: `realisasi_keuangan` is quarterly and hangs on a Renja line, and these reports' years have
/// no Renja (Polman 2023) or a Renja whose lines differ from the DPA (Mamuju 2024: 1.06.05.2.02.04 is not in it,
/// most pagu changed). So the PK budget is stored as `pk_anggaran` per program (Σ of the PK's sub-kegiatan
/// where the PK prints them, else the program amount, the PK's lowest printed level), and the realisation table
/// (pagu and realisasi per sub-kegiatan) stays in `nilai_tercetak`, one row per printed cell with the
/// nomenclature code in `kode` (`<code>|<printed parent>` where the transcription places a line under a
/// kegiatan that is not its code's parent). `LKjIPQuery` rebuilds the budget tree from there. A table
/// `anggaran_tahunan (opd, tahun, nomenklatur, versi {pk, dpa, dpa_perubahan}, pagu, realisasi)` would make the
/// sub-kegiatan amounts inputs instead of printed cells; see the report of this change.
///
/// Printed cells of an IKU carry `kode = "<IKU kode>:<tahun>"` (the indicator's `kode`, e.g. `IKU03:2022`), so the
/// query finds the indicator and the year of each printed row.
struct LKjIPLoader {
    let loader: DemoLoader
    var db: any Database { loader.db }

    func muat(opd: OPDModel, kunci: String) async throws {
        for (_, n) in loader.berkasTahunan(kunci: kunci, awalan: "iku-") { try await muatLKjIP(opd: opd, kunci: kunci, n: n) }
        for (_, n) in loader.berkasTahunan(kunci: kunci, awalan: "sasaran-iku-") { try await muatLAKIP(opd: opd, kunci: kunci, n: n) }
        // A signed PK is adopted only once its targets and budget are in: the database refuses any change to an
        // adopted PK (AddPKImmutabilityTriggers), adoption itself (NULL → date) being the one update it allows.
        for pk in try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opd.requireID()).filter(\.$ditetapkanPada == nil).all() {
            guard let t = pk.tanggal else { continue }
            pk.ditetapkanPada = t
            try await pk.update(on: db)
        }
    }

    // MARK: shared helpers

    /// A signature's printed place and date (text: read by R37 only).
    static let kolomTanggal = "tanggal_dicetak"

    func fail(_ file: String, _ row: CSVTabel.Baris, _ m: String) -> StoreError {
        .invalid(field: "\(file):\(row.baris)", message: m, pesan: m)
    }

    func q(_ s: String?, _ file: String, _ row: CSVTabel.Baris) throws -> Int64? {
        guard let s else { return nil }
        do { return try Kuantitas(parsing: s).unitKecil } catch { throw fail(file, row, "'\(s)': \(error)") }
    }

    func sudahDimuat(opdID: UUID, n: Int) async throws -> Bool {
        try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).first() != nil
    }

    /// Every `*_dicetak` cell of a row (and the given extra columns).
    func selBaris(_ row: CSVTabel.Baris, kolom: [String], opdID: UUID, n: Int, tabel: String, kode: String?) async throws {
        let rujukan = row["seed_ref"] ?? "\(tabel):\(row.baris)"
        for k in kolom { try await loader.tercetak(opdID: opdID, n: n, tabel: tabel, rujukan: rujukan, kode: kode, kolom: k, teks: row[k]) }
    }

    /// The nomenclature code of a budget row, with its printed parent when that is not the code's parent.
    static func kodeCetak(_ row: CSVTabel.Baris) -> String? {
        guard let k = row["kode"], let kode = try? KodeNomenklatur(k) else { return nil }
        if let induk = row["induk_kode"], induk != kode.parent?.description { return "\(kode)|\(induk)" }
        return kode.description
    }

    /// Finds or creates an IKU of an office by its `kode`; unit and semantics validated like any other indicator.
    func indikator(
        opdID: UUID, kode: String, nama: String, satuan: String, arah: String?, agregasi: String?, ukuran: String?,
        pembilang: String?, penyebut: String?, sumberData: String?, unitKerjaID: UUID?, tujuanID: UUID?, sasaranID: UUID?,
        spm: Bool, file: String, row: CSVTabel.Baris
    ) async throws -> IndikatorModel {
        if let m = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == kode).first() { return m }
        guard let a = Arah(rawValue: arah ?? "naik"), let g = JenisAgregasi(rawValue: agregasi ?? ""), let u = JenisUkuran(rawValue: ukuran ?? "") else {
            throw fail(file, row, "arah/agregasi/ukuran not in the vocabulary")
        }
        let s = try await ReferensiRepository(db: db).satuan(kode: satuan)
        let m = IndikatorModel()
        m.$opd.id = opdID
        m.kode = kode
        m.nama = nama
        m.$satuan.id = try s.requireID()
        m.arah = a.rawValue
        m.agregasi = g.rawValue
        m.ukuran = u.rawValue
        m.presisi = u == .kualitatif ? 0 : 2
        m.pembilang = pembilang
        m.penyebut = penyebut
        m.sumberData = sumberData
        m.$unitKerja.id = unitKerjaID
        m.$tujuan.id = tujuanID
        m.$sasaran.id = sasaranID
        m.bobotE4 = Kuantitas.skala
        m.iku = true
        m.spm = spm
        m.bolehLebih100 = false
        try await m.create(on: db)
        return m
    }

    /// The division owning an IKU, from the printed Bidang name (the IKU table's SUMBER DATA column in 002,
    /// the per-sasaran table titles in 004).
    func unitKerja(opdID: UUID, _ nama: String?) async throws -> UUID? {
        guard let nama else { return nil }
        let kode: String
        if nama.contains("Rehabilitasi") { kode = "RS" } else if nama.contains("Perlindungan") { kode = "PJS" } else if nama.contains("Pemberdayaan") { kode = "PS" } else { return nil }
        return try await UnitKerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$kode == kode).first()?.requireID()
    }

    func tujuan(renstraID: UUID, nomor: Int, uraian: String) async throws -> TujuanModel {
        if let t = try await TujuanModel.query(on: db).filter(\.$renstra.$id == renstraID).filter(\.$nomor == nomor).first() { return t }
        let t = TujuanModel()
        t.$renstra.id = renstraID
        t.nomor = nomor
        t.uraian = uraian
        try await t.create(on: db)
        return t
    }

    func sasaran(tujuanID: UUID, nomor: Int, uraian: String) async throws -> SasaranModel {
        if let s = try await SasaranModel.query(on: db).filter(\.$tujuan.$id == tujuanID).filter(\.$nomor == nomor).first() { return s }
        let s = SasaranModel()
        s.$tujuan.id = tujuanID
        s.nomor = nomor
        s.uraian = uraian
        try await s.create(on: db)
        return s
    }

    func targetPK(indikatorID: UUID, tahun: Int, nilai: Int64?, rujukan: String) async throws {
        if try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id == indikatorID).filter(\.$tahun == tahun).filter(\.$sumber == "pk").first() != nil { return }
        let t = IndikatorTargetModel()
        t.$indikator.id = indikatorID
        t.tahun = tahun
        t.sumber = "pk"
        t.nilaiE4 = nilai
        t.rujukan = rujukan
        try await t.create(on: db)
    }

    /// The first realisation of an indicator for a year wins (realisasi_tahunan holds one value per year).
    func realisasi(indikatorID: UUID, tahun: Int, nilai: Int64?, pembilang: Int64?, penyebut: Int64?, sumber: String, catatan: String?) async throws {
        if try await RealisasiTahunanModel.query(on: db).filter(\.$indikator.$id == indikatorID).filter(\.$tahun == tahun).filter(\.$sampaiDengan == false).first() != nil {
            return
        }
        let r = RealisasiTahunanModel()
        r.$indikator.id = indikatorID
        r.tahun = tahun
        r.sampaiDengan = false
        if let p = pembilang, let d = penyebut, d != 0 {
            // The percentage is computed from its parts (domain decision 2); the printed one is not stored.
            r.pembilangE4 = p
            r.penyebutE4 = d
        } else {
            r.nilaiE4 = nilai
        }
        r.sumber = sumber
        r.catatan = catatan
        try await r.create(on: db)
    }

    func pk(opdID: UUID, n: Int, pertama: (nama: String, jabatan: String, nip: String?), kedua: (nama: String, jabatan: String, nip: String?), tanggal: Date?) async throws -> PerjanjianKinerjaModel {
        let m = PerjanjianKinerjaModel()
        m.$opd.id = opdID
        m.tahun = n
        m.versi = 1
        m.jenis = JenisDokumen.induk.rawValue
        m.pihakPertama = .init(nama: pertama.nama, jabatan: pertama.jabatan, nip: pertama.nip)
        m.pihakKedua = .init(nama: kedua.nama, jabatan: kedua.jabatan, nip: kedua.nip)
        m.tanggal = tanggal
        try await m.create(on: db)
        return m
    }

    func pkAnggaran(pkID: UUID, nomenklatur: NomenklaturModel, pagu: Int64, sumberDana: String?) async throws {
        let a = PKAnggaranModel()
        a.$pk.id = pkID
        a.$nomenklatur.id = try nomenklatur.requireID()
        a.pagu = pagu
        a.sumberDana = sumberDana
        try await a.create(on: db)
    }

    /// A transcribed "2024-01-03" as a date value, read the way the form reads it.
    static func tanggal(_ s: String?) -> Date? { try? IsianFormulir.tanggal(s, field: "tanggal") }

    /// Whole rupiah from a printed amount ("308,225,120", "125.590.000", "9,812,119,077.00").
    static func rupiah(_ teks: String?) -> Int64? { LKjIPQuery.rupiah(teks)?.rawValue }

    func nomenklatur() async throws -> [KodeNomenklatur: NomenklaturModel] {
        let ref = ReferensiRepository(db: db)
        let reg = try await ref.regulasi(kode: RenjaRepository.regulasiBaku, judul: RenjaRepository.regulasiBaku)
        return try await ref.kodeNomenklatur(regulasiID: try reg.requireID())
    }

    /// Ties the report's local rating scale (shipped by `SkalaRepository.bawaan` as `<kunci>-lkjip-<n>` or
    /// `<kunci>-lakip-<n>`) to the office's Pemda, so the query finds the scale the report's categories claim.
    func skalaLokal(opd: OPDModel, kunci: String, n: Int) async throws {
        for kode in ["\(kunci)-lkjip-\(n)", "\(kunci)-lakip-\(n)"] {
            guard let s = try await SkalaPenilaianModel.query(on: db).filter(\.$kode == kode).first() else { continue }
            if s.$pemda.id == nil {
                s.$pemda.id = opd.$pemda.id
                try await s.save(on: db)
            }
            return
        }
    }

    /// The rating legend as the report prints it (`skala-lkjip.csv`, `skala-lakip.csv`: the printed rows, not the
    /// repair Kinerja ships), one band per `pita_dicetak:<i>` cell with its category in `pita_kategori:<i>` (R49).
    func skalaDicetak(opdID: UUID, kunci: String, n: Int) async throws {
        for name in ["skala-lkjip.csv", "skala-lakip.csv"] where loader.ada("\(kunci)/\(name)") {
            if try await loader.tercetakAda(opdID: opdID, tabel: name) { continue }
            let file = "\(kunci)/\(name)"
            let rows = try loader.tabel(file, required: ["seed_ref", "kategori", "rentang_dicetak"]).baris
                .filter { ($0["jenis"] ?? "kategori") == "kategori" && ($0["versi"] ?? "dicetak") == "dicetak" }
            for (i, row) in rows.enumerated() {
                let rujukan = row["seed_ref"] ?? "\(name):\(row.baris)"
                try await loader.tercetak(opdID: opdID, n: n, tabel: name, rujukan: rujukan, kode: nil, kolom: "\(Self.kolomPita)\(i + 1)", teks: row["rentang_dicetak"])
                try await loader.tercetak(
                    opdID: opdID, n: n, tabel: name, rujukan: rujukan, kode: nil, kolom: "\(Self.kolomPitaKategori)\(i + 1)", teks: row["kategori_dicetak"] ?? row["kategori"])
            }
        }
    }
    /// The legal-basis list as printed (`dasar-hukum-<n>.csv`), one cell per entry, read by R50.
    func dasarHukum(opdID: UUID, kunci: String, n: Int) async throws {
        let name = "dasar-hukum-\(n).csv"
        guard loader.ada("\(kunci)/\(name)"), try await !loader.tercetakAda(opdID: opdID, tabel: name) else { return }
        for row in try loader.tabel("\(kunci)/\(name)", required: ["seed_ref", "teks_dicetak"]).baris {
            try await loader.tercetak(
                opdID: opdID, n: n, tabel: name, rujukan: row["seed_ref"] ?? "\(name):\(row.baris)", kode: nil, kolom: Self.kolomDasarHukum, teks: row["teks_dicetak"])
        }
    }
    static let kolomDasarHukum = "dasar_hukum"
    static let kolomPita = "pita_dicetak:"
    static let kolomPitaKategori = "pita_kategori:"

    // MARK: Mamuju LKjIP 2024 (seed 002)

    /// Which program's budget serves each IKU, from the IKU cells of the realisation table (002:L3269 TMP →
    /// 1.06.07, L3316 keluarga miskin → 1.06.05, L3344 bencana → 1.06.06 under sasaran 2, L3370 PMKS → 1.06.04) and,
    /// for the PSKS IKU, Program Pemberdayaan Sosial (L3215, unfunded in 2024). Used for the efficiency table.
    /// Printed cells of the IKU analysis tables: capaian against the Renstra end target (3.1.4), national standard (3.1.5).
    static let kolomCapaianAkhir = "capaian_akhir_renstra_dicetak"
    static let kolomStandar = "standar_nasional_dicetak"
    /// An indicator's name as a table prints it (text, read by R46 only: 004:L636 holds two names).
    static let kolomIndikator = "indikator_dicetak"
    /// The social-welfare counts table, and the column of a count printed with no year (a dated one is `jumlah:<year>`).
    static let awalanPMKS = "pmks-"
    static let kolomJumlahTanpaTahun = "jumlah"
    /// The table of programs credited with an IKU's result (3.1.8), `program-menunjang-<n>.csv`.
    static let awalanMenunjang = "program-menunjang-"

    static let programIKUMamuju: [Int: String] = [1: "1.06.02", 2: "1.06.07", 3: "1.06.06", 4: "1.06.05", 5: "1.06.04"]

    /// The sasaran capaian the narrative prints (3.1.2), not transcribed into a file: (sasaran, line, capaian, category).
    static let capaianSasaranMamuju: [(Int, String, String, String)] = [
        (1, "002:L1943", "100 %", "Baik"),  // "… Partisipatif “ sebesar 100 % dengan kategori “ Baik “"
        (2, "002:L1999", "100 %", "Baik"),  // "… Sosial” sebesar 100 % dengan kategori “ Baik “"
        (3, "002:L2036", "100 %", "Baik"),  // "panti sebesar 100 % dengan Kategori “ Baik “"
    ]

    func muatLKjIP(opd: OPDModel, kunci: String, n: Int) async throws {
        let opdID = try opd.requireID()
        if try await sudahDimuat(opdID: opdID, n: n) { return }
        try await skalaLokal(opd: opd, kunci: kunci, n: n)
        try await skalaDicetak(opdID: try opd.requireID(), kunci: kunci, n: n)
        let codes = try await nomenklatur()

        // Renstra (renstra.csv) → tujuan (not printed in the LKjIP: one placeholder row) → the three sasaran of the IKU table.
        let renstra = try await TC29Loader(loader: loader).renstra(opd: opd, kunci: kunci)
        let tujuan = try await tujuan(
            renstraID: try renstra.requireID(), nomor: 1,
            uraian: "Tujuan Renstra \(renstra.tahunAwal)-\(renstra.tahunAkhir) (tidak dicetak dalam LKjIP \(n))")
        let ikuFile = "\(kunci)/iku-\(n).csv"
        var iku: [Int: IndikatorModel] = [:]
        for row in try loader.tabel(ikuFile, required: ["seed_ref", "iku_no", "sasaran_no", "sasaran", "indikator", "satuan"]).baris {
            guard let no = row["iku_no"].flatMap(Int.init), let sno = row["sasaran_no"].flatMap(Int.init), let st = row["sasaran"], let nama = row["indikator"] else {
                throw fail(ikuFile, row, "iku_no, sasaran_no, sasaran and indikator are required")
            }
            let s = try await sasaran(tujuanID: try tujuan.requireID(), nomor: sno, uraian: st)
            iku[no] = try await indikator(
                opdID: opdID, kode: String(format: "IKU%02d", no), nama: nama, satuan: row["satuan"] ?? "", arah: row["arah"],
                agregasi: row["agregasi"], ukuran: row["ukuran"], pembilang: row["formulasi_pembilang"], penyebut: row["formulasi_penyebut"],
                sumberData: row["sumber_data_dicetak"], unitKerjaID: try await unitKerja(opdID: opdID, row["penanggung_jawab"]),
                tujuanID: nil, sasaranID: try s.requireID(), spm: nama.contains("(SPM)"), file: ikuFile, row: row)
        }
        func ikuKode(_ no: Int, _ tahun: Int) -> String { String(format: "IKU%02d:%d", no, tahun) }

        // Perjanjian Kinerja: signatories as printed (only the first party's post and the date are printed, 002:L822-826).
        let ttdFile = "\(kunci)/pk-penandatangan-\(n).csv"
        let ttdRows = try loader.tabel(ttdFile, required: ["dokumen", "peran"]).baris
        let ttd = ttdRows.first { ($0["dokumen"] ?? "").hasPrefix("Perjanjian Kinerja") && $0["peran"] == "pihak_pertama" }
        // Every signature's date as printed (R37: 002:L250 "Mamuju, 2025").
        var ttdDicetak = Set<String>()
        for row in ttdRows where ttdDicetak.insert(row["seed_ref"] ?? "").inserted {
            try await selBaris(row, kolom: [Self.kolomTanggal], opdID: opdID, n: n, tabel: "pk-penandatangan-\(n).csv", kode: nil)
        }
        let pk = try await pk(
            opdID: opdID, n: n, pertama: (ttd?["nama_dicetak"] ?? "", ttd?["jabatan_dicetak"] ?? "", ttd?["nip"]), kedua: ("", "", nil),
            tanggal: Self.tanggal(ttd?["tanggal"]))
        let pkID = try pk.requireID()

        let pkFile = "\(kunci)/pk-\(n).csv"
        for row in try loader.tabel(pkFile, required: ["seed_ref", "iku_no", "target"]).baris {
            guard let no = row["iku_no"].flatMap(Int.init), let ind = iku[no] else { throw fail(pkFile, row, "unknown iku_no") }
            let v = try q(row["target"], pkFile, row)
            let t = PKTargetModel()
            t.$pk.id = pkID
            t.$indikator.id = try ind.requireID()
            t.nilaiE4 = v
            try await t.create(on: db)
            try await targetPK(indikatorID: try ind.requireID(), tahun: n, nilai: v, rujukan: row["seed_ref"] ?? pkFile)
            try await selBaris(row, kolom: ["target_dicetak"], opdID: opdID, n: n, tabel: "pk-\(n).csv", kode: ikuKode(no, n))
        }

        // PK budget: printed cells per row; pk_anggaran per program = Σ of the PK's sub-kegiatan pagu.
        let angFile = "\(kunci)/pk-anggaran-\(n).csv"
        var perProgram: [KodeNomenklatur: Int64] = [:]
        for row in try loader.tabel(angFile, required: ["seed_ref", "kode", "level", "pagu_dicetak"]).baris {
            guard let k = row["kode"], let kode = try? KodeNomenklatur(k), codes[kode] != nil else { throw fail(angFile, row, "code '\(row["kode"] ?? "")' is not in the nomenclature") }
            if kode.level == .subKegiatan, let p = row["pagu"] {
                guard let v = Int64(p) else { throw fail(angFile, row, "'\(p)' is not whole rupiah") }
                perProgram[try KodeNomenklatur(kode.segments.prefix(3).joined(separator: ".")), default: 0] += v
            }
            try await selBaris(row, kolom: ["pagu_dicetak", "target_dicetak", "indikator"], opdID: opdID, n: n, tabel: "pk-anggaran-\(n).csv", kode: Self.kodeCetak(row))
        }
        for (program, pagu) in perProgram.sorted(by: { $0.key < $1.key }) {
            guard let nomen = codes[program] else { continue }
            try await pkAnggaran(pkID: pkID, nomenklatur: nomen, pagu: pagu, sumberDana: nil)
        }

        // Targets and realisations per IKU and year. realisasi_tahunan keeps one value per year: the first printed
        // row (table 3.1.3, the multi-year comparison) wins; the other rows stay printed values (002:L1858 prints
        // realisation 84,5 % for 2024 where 3.1.3 and the narrative give 55,12 % / 101.000 jiwa).
        let realFile = "\(kunci)/realisasi-iku.csv"
        for row in try loader.tabel(realFile, required: ["seed_ref", "iku_no", "tahun"]).baris {
            guard let no = row["iku_no"].flatMap(Int.init), let ind = iku[no], let tahun = row["tahun"].flatMap(Int.init) else { throw fail(realFile, row, "iku_no and tahun are required") }
            let id = try ind.requireID()
            let ref = row["seed_ref"] ?? realFile
            if let t = try q(row["target"], realFile, row) { try await targetPK(indikatorID: id, tahun: tahun, nilai: t, rujukan: ref) }
            if let r = try q(row["realisasi"], realFile, row) {
                try await realisasi(indikatorID: id, tahun: tahun, nilai: r, pembilang: nil, penyebut: nil, sumber: ref, catatan: row["catatan"])
            }
            try await selBaris(
                row, kolom: ["target_dicetak", "realisasi_dicetak", "capaian_dicetak", "kategori_dicetak", Self.kolomCapaianAkhir, Self.kolomStandar],
                opdID: opdID, n: n, tabel: "realisasi-iku.csv", kode: ikuKode(no, tahun))
        }

        // Programs credited with an IKU's result (table 3.1.8): printed only; kode = the program | the IKU.
        let menunjangFile = "\(kunci)/\(Self.awalanMenunjang)\(n).csv"
        if loader.ada(menunjangFile) {
            for row in try loader.tabel(menunjangFile, required: ["seed_ref", "iku_no", "program", "peran_dicetak"]).baris {
                guard let no = row["iku_no"].flatMap(Int.init), iku[no] != nil else { throw fail(menunjangFile, row, "unknown iku_no") }
                guard let p = row["program"], let kode = try? KodeNomenklatur(p), kode.level == .program, codes[kode] != nil else {
                    throw fail(menunjangFile, row, "program '\(row["program"] ?? "")' is not a program code of the nomenclature")
                }
                try await selBaris(row, kolom: ["capaian_dicetak", "peran_dicetak"], opdID: opdID, n: n, tabel: "\(Self.awalanMenunjang)\(n).csv", kode: "\(kode)|\(ikuKode(no, n))")
            }
        }

        // Efficiency table: printed only (every column is computed); kode = the program serving the IKU | the IKU.
        let efFile = "\(kunci)/efisiensi-\(n).csv"
        if loader.ada(efFile) {
            for row in try loader.tabel(efFile, required: ["seed_ref", "iku_no"]).baris {
                guard let no = row["iku_no"].flatMap(Int.init), let program = Self.programIKUMamuju[no] else { throw fail(efFile, row, "unknown iku_no") }
                try await selBaris(row, kolom: ["capaian_dicetak", "realisasi_anggaran_dicetak", "efisiensi_dicetak"], opdID: opdID, n: n,
                                   tabel: "efisiensi-\(n).csv", kode: "\(program)|\(ikuKode(no, n))")
            }
        }

        // Realisation table and the narrative totals: printed cells (see "Where the budget goes").
        let keuFile = "\(kunci)/keuangan-\(n).csv"
        for row in try loader.tabel(keuFile, required: ["seed_ref", "kode", "level", "pagu_dicetak", "realisasi_dicetak"]).baris {
            guard let k = row["kode"], let kode = try? KodeNomenklatur(k), codes[kode] != nil else { throw fail(keuFile, row, "code '\(row["kode"] ?? "")' is not in the nomenclature") }
            if kode.level == .subKegiatan {
                // Clean inputs must agree with the printed cells they were read from.
                guard row["pagu"].flatMap(Int64.init) == Self.rupiah(row["pagu_dicetak"]), row["realisasi"].flatMap(Int64.init) == Self.rupiah(row["realisasi_dicetak"]) else {
                    throw fail(keuFile, row, "clean pagu/realisasi differ from the printed cells")
                }
            }
            try await selBaris(row, kolom: ["pagu_dicetak", "realisasi_dicetak", "persen_dicetak"], opdID: opdID, n: n, tabel: "keuangan-\(n).csv", kode: Self.kodeCetak(row))
        }
        let totFile = "\(kunci)/keuangan-total-dicetak-\(n).csv"
        if loader.ada(totFile) {
            for row in try loader.tabel(totFile, required: ["seed_ref"]).baris {
                try await selBaris(row, kolom: ["pagu_dicetak", "realisasi_dicetak", "persen_dicetak"], opdID: opdID, n: n, tabel: "keuangan-total-dicetak-\(n).csv", kode: nil)
            }
        }

        // Sasaran capaian as the narrative prints it (not in the transcription files; lines cited above).
        if n == 2024 && kunci == "mamuju" {
            for (no, ref, capaian, kategori) in Self.capaianSasaranMamuju {
                for (kolom, teks) in [("capaian_dicetak", capaian), ("kategori_dicetak", kategori)] {
                    try await loader.tercetak(opdID: opdID, n: n, tabel: "capaian-sasaran-\(n)", rujukan: ref, kode: "S\(no):\(n)", kolom: kolom, teks: teks)
                }
            }
        }
    }

    // MARK: Polewali Mandar LAKIP 2023 (seed 004)

    /// Polman prints no renstra.csv; its Renstra period is stated in the report: "Renstra Dinas Sosial Kabupaten
    /// Polewali Mandar Tahun 2019-2024" (004:L20, L240), visi of RPJMD 2019–2024 (004:L245).
    static let renstraPolman = (awal: 2019, akhir: 2024, rujukan: "004:L240", visi: "Polewali Mandar Maju, Rakyat Sejahtera")

    /// The efficiency computations of the LAKIP (not transcribed into a file): (result line, pagu, realisasi, printed
    /// "persentase efisiensi") as printed in the formula blocks 004:L413-419, 575-581, 675-677, 748-750, 810-812,
    /// 849-851, 875-877.
    static let efisiensiPolman: [(String, String, String, String)] = [
        ("004:L419", "209.328.400", "209.228.600", "99,5%"),
        ("004:L581", "6.422.862.250", "6.395.350.205", "99.57%"),
        ("004:L677", "725.343.600", "725.343.600", "100%"),
        ("004:L750", "36.334.100", "36.334.100", "0%"),
        ("004:L812", "1,470,000", "1,470,000", "1.00%"),
        ("004:L851", "1,592,899,227", "1,577,167,659", "0.99 %"),
        ("004:L877", "791,338,800", "780,006,105", "1,44%"),
    ]

    func muatLAKIP(opd: OPDModel, kunci: String, n: Int) async throws {
        let opdID = try opd.requireID()
        if try await sudahDimuat(opdID: opdID, n: n) { return }
        try await skalaLokal(opd: opd, kunci: kunci, n: n)
        try await dasarHukum(opdID: try opd.requireID(), kunci: kunci, n: n)
        try await skalaDicetak(opdID: try opd.requireID(), kunci: kunci, n: n)
        let codes = try await nomenklatur()

        // Renstra: renstra.csv where there is one, else the period the report states.
        let renstra: RenstraModel
        if loader.ada("\(kunci)/renstra.csv") {
            renstra = try await TC29Loader(loader: loader).renstra(opd: opd, kunci: kunci)
        } else if kunci == "polman" {
            let p = Self.renstraPolman
            if let r = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunAwal == p.awal).first() {
                renstra = r
            } else {
                renstra = RenstraModel(opdID: opdID, tahunAwal: p.awal, tahunAkhir: p.akhir)
                renstra.dasarHukum = "Renstra Dinas Sosial Kabupaten Polewali Mandar Tahun 2019-2024 (\(p.rujukan))"
                renstra.rpjmd = "RPJMD Kabupaten Polewali Mandar 2019–2024"
                renstra.visi = p.visi
                try await renstra.create(on: db)
            }
        } else {
            throw StoreError.invalid(field: "\(kunci)/renstra.csv", message: "a Renstra period is needed for the IKU", pesan: "Periode Renstra belum ada.")
        }
        let renstraID = try renstra.requireID()

        // IKU list: tujuan (numbered in order of appearance), sasaran (no_dicetak; unnumbered rows share the sasaran above).
        let ikuFile = "\(kunci)/sasaran-iku-\(n).csv"
        var iku: [String: IndikatorModel] = [:]
        var tujuanNo: [String: Int] = [:]
        var sasaranTerakhir: SasaranModel?
        var komposit: [(String, [String])] = []
        for row in try loader.tabel(ikuFile, required: ["seed_ref", "kode_iku", "tingkat", "indikator", "satuan"]).baris {
            guard let kode = row["kode_iku"], let nama = row["indikator"], let tingkat = row["tingkat"] else { throw fail(ikuFile, row, "kode_iku, tingkat and indikator are required") }
            var tujuanID: UUID?
            var sasaranID: UUID?
            if let tt = row["tujuan"] {
                let no = tujuanNo[tt] ?? (tujuanNo.count + 1)
                tujuanNo[tt] = no
                let t = try await tujuan(renstraID: renstraID, nomor: no, uraian: tt)
                if tingkat.contains("tujuan") { tujuanID = try t.requireID() }
                if tingkat.contains("sasaran"), let st = row["sasaran"] {
                    if let no = row["no_dicetak"].flatMap(Int.init) {
                        sasaranTerakhir = try await sasaran(tujuanID: try t.requireID(), nomor: no, uraian: st)
                    }
                    sasaranID = try sasaranTerakhir?.requireID()
                }
            }
            iku[kode] = try await indikator(
                opdID: opdID, kode: kode, nama: nama, satuan: row["satuan"] ?? "", arah: row["arah"], agregasi: row["agregasi"], ukuran: row["ukuran"],
                pembilang: row["numerator_definisi_dicetak"], penyebut: row["denominator_definisi_dicetak"], sumberData: row["sumber_data_dicetak"],
                unitKerjaID: try await unitKerja(opdID: opdID, row["penanggung_jawab_dicetak"]), tujuanID: tujuanID, sasaranID: sasaranID,
                spm: false, file: ikuFile, row: row)
            if let parts = row["komposit_dari"] { komposit.append((kode, parts.split(separator: ";").map(String.init))) }
        }
        // Declared composite: IKU01 Indeks Sosial = mean of IKU03, IKU04, IKU05 (004:L337), equal weights.
        for (k, parts) in komposit {
            guard let c = iku[k] else { continue }
            for p in parts {
                guard let comp = iku[p] else { throw StoreError.invalid(field: ikuFile, message: "unknown component \(p)", pesan: "Komponen \(p) tidak dikenal.") }
                let m = IndikatorKomponenModel()
                m.$komposit.id = try c.requireID()
                m.$komponen.id = try comp.requireID()
                m.bobotE4 = Kuantitas.skala
                try await m.create(on: db)
            }
        }
        func ikuKode(_ k: String, _ tahun: Int) -> String { "\(k):\(tahun)" }

        // PK: parties as printed in the statement (names, posts) and the signature blocks (NIP, date).
        let pihakFile = "\(kunci)/pk-pihak-\(n).csv"
        let pihak = try loader.tabel(pihakFile, required: ["blok", "peran"]).baris
        func party(_ peran: String) -> (String, String, String?) {
            let naskah = pihak.first { $0["blok"] == "naskah" && $0["peran"] == peran }
            let ttd = pihak.first { $0["blok"] != "naskah" && $0["peran"] == peran }
            return (naskah?["nama_dicetak"] ?? ttd?["nama_dicetak"] ?? "", naskah?["jabatan_dicetak"] ?? ttd?["jabatan_dicetak"] ?? "", ttd?["nip"])
        }
        let tanggal = Self.tanggal(pihak.first { $0["tanggal"] != nil }?["tanggal"])
        // Every signature block's place and date as printed (R37), once per printed line.
        var ttdDicetak = Set<String>()
        for row in pihak {
            guard let ref = row["seed_ref"], let teks = row["tempat_tanggal_dicetak"], ttdDicetak.insert(ref).inserted else { continue }
            try await loader.tercetak(opdID: opdID, n: n, tabel: "pk-pihak-\(n).csv", rujukan: ref, kode: nil, kolom: Self.kolomTanggal, teks: teks)
        }
        let pk = try await pk(opdID: opdID, n: n, pertama: party("pihak_pertama"), kedua: party("pihak_kedua"), tanggal: tanggal)
        let pkID = try pk.requireID()

        // Targets from the three printed sources; pk_target from the signed PK (lampiran).
        let pkFile = "\(kunci)/pk-\(n).csv"
        for row in try loader.tabel(pkFile, required: ["seed_ref", "sumber", "kode_iku"]).baris {
            guard let k = row["kode_iku"], let ind = iku[k] else { throw fail(pkFile, row, "unknown kode_iku") }
            let v = try q(row["target"], pkFile, row)
            if row["sumber"] == "lampiran_pk" {
                let t = PKTargetModel()
                t.$pk.id = pkID
                t.$indikator.id = try ind.requireID()
                t.nilaiE4 = v
                try await t.create(on: db)
                try await targetPK(indikatorID: try ind.requireID(), tahun: n, nilai: v, rujukan: row["seed_ref"] ?? pkFile)
            }
            try await selBaris(row, kolom: ["target_dicetak"], opdID: opdID, n: n, tabel: "pk-\(n).csv", kode: ikuKode(k, n))
            try await selBaris(row, kolom: ["capaian_2022_dicetak"], opdID: opdID, n: n, tabel: "pk-\(n).csv", kode: ikuKode(k, n - 1))
        }

        // PK budget: program amounts are the PK's lowest printed level, so they are the inputs.
        let angFile = "\(kunci)/pk-anggaran-\(n).csv"
        for row in try loader.tabel(angFile, required: ["seed_ref", "anggaran_dicetak"]).baris {
            if let k = row["kode"] {
                guard let kode = try? KodeNomenklatur(k), let nomen = codes[kode], let pagu = Self.rupiah(row["anggaran_dicetak"]) else {
                    throw fail(angFile, row, "program code and whole-rupiah amount are required")
                }
                try await pkAnggaran(pkID: pkID, nomenklatur: nomen, pagu: pagu, sumberDana: row["keterangan_dicetak"])
            }
            try await selBaris(row, kolom: ["anggaran_dicetak"], opdID: opdID, n: n, tabel: "pk-anggaran-\(n).csv", kode: row["kode"])
        }

        // Realisations: rows with a printed numerator/denominator first (the percentage is computed from them),
        // then the first printed value per year; targets per year (the signed PK's 2023 target is already in).
        let realFile = "\(kunci)/realisasi-iku.csv"
        let rows = try loader.tabel(realFile, required: ["seed_ref", "kode_iku", "tahun"]).baris
        for pass in 0..<2 {
            for row in rows {
                guard let k = row["kode_iku"], let ind = iku[k], let tahun = row["tahun"].flatMap(Int.init) else { throw fail(realFile, row, "kode_iku and tahun are required") }
                let id = try ind.requireID()
                let ref = row["seed_ref"] ?? realFile
                let p = try q(row["numerator"], realFile, row)
                let d = try q(row["denominator"], realFile, row)
                if pass == 0 {
                    if p != nil && d != nil { try await realisasi(indikatorID: id, tahun: tahun, nilai: nil, pembilang: p, penyebut: d, sumber: ref, catatan: row["catatan"]) }
                    continue
                }
                if let r = try q(row["realisasi"], realFile, row) {
                    try await realisasi(indikatorID: id, tahun: tahun, nilai: r, pembilang: nil, penyebut: nil, sumber: ref, catatan: row["catatan"])
                }
                if let t = try q(row["target"], realFile, row) {
                    if tahun == renstra.tahunAkhir && tahun > n {
                        // The Renstra end-of-period target (004:L263, Gini ratio 0,321 for 2024).
                        if try await RenstraIndikatorModel.query(on: db).filter(\.$renstra.$id == renstraID).filter(\.$indikator.$id == id).first() == nil {
                            let ri = RenstraIndikatorModel()
                            ri.$renstra.id = renstraID
                            ri.$indikator.id = id
                            ri.targetAkhirE4 = t
                            try await ri.create(on: db)
                        }
                    } else {
                        try await targetPK(indikatorID: id, tahun: tahun, nilai: t, rujukan: ref)
                    }
                }
                try await selBaris(row, kolom: ["tahun_label_dicetak", "target_dicetak", "realisasi_dicetak", "numerator_dicetak", "denominator_dicetak", "capaian_dicetak", "kategori_dicetak", Self.kolomIndikator],
                                   opdID: opdID, n: n, tabel: "realisasi-iku.csv", kode: ikuKode(k, tahun))
            }
        }

        // Composite: printed component values and result.
        let kompFile = "\(kunci)/komposit-\(n).csv"
        if loader.ada(kompFile) {
            for row in try loader.tabel(kompFile, required: ["seed_ref", "kode_iku", "baris"]).baris {
                let k = row["baris"] == "komponen" ? (row["kode_iku_komponen"] ?? "") : (row["kode_iku"] ?? "")
                try await selBaris(row, kolom: ["nilai_dicetak", LKjIPQuery.kolomRumus], opdID: opdID, n: n, tabel: "komposit-\(n).csv", kode: ikuKode(k, n))
            }
        }

        // PMKS/PSKS counts as printed: a cell that prints a total with its parts is checked (R12, 004:L515), one
        // printed without a year is named (R48, 004:L527).
        let pmksFile = "\(kunci)/\(Self.awalanPMKS)\(n).csv"
        if loader.ada(pmksFile) {
            for row in try loader.tabel(pmksFile, required: ["seed_ref", "jumlah_dicetak"]).baris {
                // One seed line prints several years (004:L515 2021-2023): the cell is named by its year.
                let rujukan = row["seed_ref"] ?? "pmks-\(n).csv:\(row.baris)"
                try await loader.tercetak(
                    opdID: opdID, n: n, tabel: "\(Self.awalanPMKS)\(n).csv", rujukan: rujukan, kode: nil,
                    kolom: row["tahun"].map { "\(Self.kolomJumlahTanpaTahun):\($0)" } ?? Self.kolomJumlahTanpaTahun, teks: row["jumlah_dicetak"])
            }
        }

        // Financial tables: Tabel 3.10 (the full realisation table) and the per-sasaran extracts, printed cells.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: loader.folder.appendingPathComponent(kunci).path)) ?? []
        let kolomKeuangan = ["pagu_dicetak", "realisasi_anggaran_dicetak", "persen_dicetak", "sisa_dicetak", "k_target_dicetak", "k_realisasi_dicetak", "target_output_dicetak", "realisasi_output_dicetak", "indikator"]
        for name in names.sorted() where name.hasPrefix("keuangan-") && name.hasSuffix("-\(n).csv") && !name.contains("total-dicetak") {
            let file = "\(kunci)/\(name)"
            for row in try loader.tabel(file, required: ["seed_ref", "pagu_dicetak"]).baris {
                if let k = row["kode"], (try? KodeNomenklatur(k)).flatMap({ codes[$0] }) == nil { throw fail(file, row, "code '\(k)' is not in the nomenclature") }
                if let k = row["kode"], (try? KodeNomenklatur(k))?.level == .subKegiatan, row["pagu"] != nil {
                    guard row["pagu"].flatMap(Int64.init) == Self.rupiah(row["pagu_dicetak"]), row["realisasi_anggaran"].flatMap(Int64.init) == Self.rupiah(row["realisasi_anggaran_dicetak"]) else {
                        throw fail(file, row, "clean pagu/realisasi differ from the printed cells")
                    }
                }
                try await selBaris(row, kolom: kolomKeuangan, opdID: opdID, n: n, tabel: name, kode: row["kode"])
            }
        }
        let totFile = "\(kunci)/keuangan-total-dicetak-\(n).csv"
        if loader.ada(totFile) {
            for row in try loader.tabel(totFile, required: ["seed_ref"]).baris {
                try await selBaris(row, kolom: ["pagu_dicetak", "realisasi_anggaran_dicetak", "persen_dicetak", "sisa_dicetak"], opdID: opdID, n: n, tabel: "keuangan-total-dicetak-\(n).csv", kode: nil)
            }
        }
        // LRA by account code (not nomenclature: kept as `akun:<code>`). Summary rows (surplus/SLPA) are not amounts of a line.
        let lraFile = "\(kunci)/lra-\(n).csv"
        if loader.ada(lraFile) {
            for row in try loader.tabel(lraFile, required: ["seed_ref", "level"]).baris where row["level"] != "ringkasan" {
                try await selBaris(row, kolom: ["anggaran_dicetak", "realisasi_anggaran_dicetak", "persen_dicetak", "realisasi_2022_dicetak"], opdID: opdID, n: n, tabel: "lra-\(n).csv",
                                   kode: row["kode_rekening"].map { "\(LKjIPQuery.awalanAkun)\($0)" })
            }
        }
        // Efficiency blocks (lines cited in `efisiensiPolman`).
        if kunci == "polman" && n == 2023 {
            for (ref, pagu, real, ef) in Self.efisiensiPolman {
                for (kolom, teks) in [("pagu_dicetak", pagu), ("realisasi_dicetak", real), ("efisiensi_dicetak", ef)] {
                    try await loader.tercetak(opdID: opdID, n: n, tabel: "efisiensi-\(n)", rujukan: ref, kode: nil, kolom: kolom, teks: teks)
                }
            }
        }
    }
}
