import FluentKit
import Foundation
import KinerjaCore
import Logging

/// Loads the seed offices' transcribed data (Demo/ resources) through the same repositories the UI and the
/// import use, so every line passes the same validation. Idempotent: an office whose Renja already exists is skipped.
public struct DemoLoader: Sendable {
    public struct Akun: Sendable, Hashable {
        public var username: String
        public var peran: Peran
        public var opdKode: String?
    }

    /// Password of every demo account (printed by `serve --demo`).
    public static let password = "kinerja-demo"

    public let db: any Database
    public let folder: URL
    public let logger: Logger

    public init(db: any Database, folder: URL? = nil, logger: Logger = Logger(label: "kinerja.demo")) {
        self.db = db
        self.folder = folder ?? Self.bundledFolder
        self.logger = logger
    }

    /// The demo data shipped with the package (SwiftPM resource `Demo`).
    public static var bundledFolder: URL {
        Bundle.module.url(forResource: "Demo", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Demo", isDirectory: true)
    }

    /// Loads everything; `passwordHash` is the hash of `DemoLoader.password`. Returns the demo accounts.
    @discardableResult
    public func muat(passwordHash: String) async throws -> [Akun] {
        try await db.transaction { tx in
            let loader = DemoLoader(db: tx, folder: folder, logger: logger)
            let kantor = try await loader.muatKantor()
            try await loader.muatReferensi(kunci: kantor.map(\.0))
            try await loader.muatWilayah()
            for skala in SkalaRepository.bawaan { try await SkalaRepository(db: tx).simpan(skala) }
            var akun: [Akun] = []
            for (kunci, opd) in kantor {
                try await loader.muatUnitKerja(opd: opd)
                try await loader.muatDokumen(kunci: kunci, opd: opd)
                try await TC29Loader(loader: loader).muat(opd: opd, kunci: kunci)
                try await UsulanRanwalLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await Tabel8Loader(loader: loader).muat(opd: opd, kunci: kunci)
                try await LabelTahunLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await SatuanKolomLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await FaktaNarasiLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await LKjIPLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await TC30Loader(loader: loader).muat(opd: opd, kunci: kunci)
                try await KodeTerbacaLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await PegawaiLoader(loader: loader).muat(opd: opd, kunci: kunci)
                try await SAKIPLoader(loader: loader).muat(opd: opd, kunci: kunci)
                akun += try await loader.muatAkun(kunci: kunci, opd: opd, passwordHash: passwordHash)
            }
            akun += try await loader.muatAkunProvinsi(passwordHash: passwordHash)
            return akun
        }
    }

    // MARK: reference

    func tabel(_ relative: String, required: [String] = []) throws -> CSVTabel {
        let url = folder.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try CSVTabel(file: relative, text: text, required: required)
    }

    func muatReferensi(kunci: [String]) async throws {
        try await muatSatuan("reference/satuan.csv")
        for k in kunci where ada("\(k)/satuan-tambahan.csv") { try await muatSatuan("\(k)/satuan-tambahan.csv") }
        var files = ["reference/nomenklatur.csv"]
        files += kunci.map { "\($0)/nomenklatur-tambahan.csv" }.filter(ada)
        try await muatNomenklatur(files)
    }

    func ada(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path)
    }

    func muatSatuan(_ file: String) async throws {
        let ref = ReferensiRepository(db: db)
        for row in try tabel(file, required: ["kode", "nama", "ukuran"]).baris {
            guard let kode = row["kode"], let nama = row["nama"], let u = row["ukuran"].flatMap(JenisUkuran.init(rawValue:)) else {
                throw StoreError.invalid(field: "\(file):\(row.baris)", message: "kode, nama and a valid ukuran are required", pesan: "Baris satuan tidak lengkap.")
            }
            try await ref.satuan(kode: kode, nama: nama, ukuran: u, alias: (row["alias"] ?? "").split(separator: ";").map(String.init))
        }
    }

    func muatNomenklatur(_ files: [String]) async throws {
        let ref = ReferensiRepository(db: db)
        var rows: [(KodeNomenklatur, String, String)] = []
        for file in files {
            for row in try tabel(file, required: ["kode", "level", "nama", "regulasi"]).baris {
                guard let k = row["kode"], let nama = row["nama"] else { continue }
                // The regulation is the text before any note in brackets.
                let reg = (row["regulasi"] ?? RenjaRepository.regulasiBaku).components(separatedBy: " (")[0]
                do { rows.append((try KodeNomenklatur(k), nama, reg)) } catch {
                    throw StoreError.invalid(field: "\(file):\(row.baris) kode", message: error.description, pesan: "Kode tidak sah: \(k)")
                }
            }
        }
        // Parents first, so each row finds its parent.
        for (kode, nama, regulasiKode) in rows.sorted(by: { $0.0.segments.count < $1.0.segments.count }) {
            let reg = try await ref.regulasi(kode: regulasiKode, judul: regulasiKode)
            try await ref.nomenklatur(regulasi: reg, kode: kode, nama: nama)
        }
    }

    func muatKantor() async throws -> [(String, OPDModel)] {
        let w = WilayahRepository(db: db)
        var out: [(String, OPDModel)] = []
        for row in try tabel("offices.csv", required: ["kunci", "provinsi_kode", "pemda_kode", "opd_kode"]).baris {
            guard let kunci = row["kunci"], let pk = row["provinsi_kode"], let pn = row["provinsi_nama"],
                let kk = row["pemda_kode"], let kn = row["pemda_nama"], let jenis = row["pemda_jenis"].flatMap(Pemda.Jenis.init(rawValue:)),
                let ok = row["opd_kode"], let on = row["opd_nama"]
            else { throw StoreError.invalid(field: "offices.csv:\(row.baris)", message: "incomplete office row", pesan: "Baris kantor tidak lengkap.") }
            try await w.pemda(Pemda(kode: pk, nama: pn, jenis: .provinsi, kodeProvinsi: nil))
            try await w.pemda(Pemda(kode: kk, nama: kn, jenis: jenis, kodeProvinsi: pk))
            out.append((kunci, try await w.opd(OPD(kode: ok, nama: on, singkatan: row["opd_singkatan"], kodePemda: kk))))
        }
        return out
    }

    /// The usual units of a Dinas Sosial (lakip-spec §6); which program each unit owns is in `unitUntuk`.
    static let unitBaku: [UnitKerja] = [
        UnitKerja(kode: "SEK", nama: "Sekretariat", jenis: .sekretariat),
        UnitKerja(kode: "PS", nama: "Bidang Pemberdayaan Sosial", jenis: .bidang),
        UnitKerja(kode: "RS", nama: "Bidang Rehabilitasi Sosial", jenis: .bidang),
        UnitKerja(kode: "PJS", nama: "Bidang Perlindungan dan Jaminan Sosial", jenis: .bidang),
    ]

    func muatUnitKerja(opd: OPDModel) async throws {
        for u in Self.unitBaku { try await WilayahRepository(db: db).unitKerja(opd: opd, u) }
        // Offices that also carry Urusan 2.13 (Tarakan's DinsosPM) have a community-empowerment division.
        if opd.singkatan == "DinsosPM" {
            try await WilayahRepository(db: db).unitKerja(opd: opd, UnitKerja(kode: "PMD", nama: "Bidang Pemberdayaan Masyarakat dan Desa", jenis: .bidang))
        }
    }

    /// Owning unit of a line by its Urusan 1.06 program (01 support → Sekretariat, 02 → PS, 03/04 → RS, else PJS).
    static func unitUntuk(_ kode: KodeNomenklatur) -> String {
        guard kode.segments.count >= 3 else { return "SEK" }
        if kode.segments[0] == "2" { return "PMD" }
        switch kode.segments[2] {
        case "01": return "SEK"
        case "02": return "PS"
        case "03", "04": return "RS"
        default: return "PJS"
        }
    }

    /// `<kunci>/dokumen.csv` lists the Renja documents of an office in load order: file, year, kind (induk or
    /// perubahan), stage, and for a Perubahan the file it amends. An office without the list has no Renja yet.
    func muatDokumen(kunci: String, opd: OPDModel) async throws {
        let list = "\(kunci)/dokumen.csv"
        guard ada(list) else { return }
        var loaded: [String: RenjaModel] = [:]
        for row in try tabel(list, required: ["berkas", "tahun", "jenis", "tahapan"]).baris {
            guard let berkas = row["berkas"], let tahun = row["tahun"].flatMap(Int.init),
                let jenis = row["jenis"].flatMap(JenisDokumen.init(rawValue:)), let tahapan = row["tahapan"].flatMap(Tahapan.init(rawValue:))
            else { throw StoreError.invalid(field: "\(list):\(row.baris)", message: "berkas, tahun, jenis and tahapan are required", pesan: "Baris dokumen tidak lengkap.") }
            let sebelumnya = row["sebelumnya"].flatMap { loaded[$0] }
            if let r = try await muatRenja(opd: opd, file: "\(kunci)/\(berkas)", tahun: tahun, jenis: jenis, tahapan: tahapan, sebelumnya: sebelumnya) {
                loaded[berkas] = r
            }
        }
    }

    // MARK: Renja

    /// Loads one Renja version unless that year already has this many versions (idempotent).
    func muatRenja(opd: OPDModel, file: String, tahun: Int, jenis: JenisDokumen, tahapan target: Tahapan, sebelumnya: RenjaModel?) async throws -> RenjaModel? {
        let repo = RenjaRepository(db: db)
        let existing = try await repo.renja(opdID: try opd.requireID(), tahun: tahun)
        let versi = (sebelumnya?.versi ?? 0) + 1
        if let r = existing.first(where: { $0.versi == versi }) {
            logger.info("demo: Renja \(tahun) v\(versi) of \(opd.kode) already loaded")
            return r
        }
        let t = try tabel(file, required: ["seed_ref", "kode", "level", "indikator", "satuan", "target", "pagu"])
        let renja = try await repo.buat(opd: opd, tahun: tahun, jenis: jenis, sebelumnya: sebelumnya)
        var seen = Set<KodeNomenklatur>()
        for (i, row) in t.baris.enumerated() {
            var masukan = try baris(row, file: file, tahun: tahun)
            try await catatTercetak(row, opd: opd, tahun: tahun, file: file)
            // A code printed twice in one document (M:512 and M:526) is one line; the repeat stays a printed value.
            guard seen.insert(masukan.baris.kode).inserted else { continue }
            masukan.alasanPerubahan = row["alasan_perubahan"]
            do {
                try await repo.tambahBaris(renja: renja, masukan: masukan, urutan: i + 1)
            } catch let e as StoreError {
                throw StoreError.invalid(field: "\(file):\(row.baris) \(e.fieldName)", message: e.description, pesan: e.description)
            }
        }
        try await catatTotalTercetak(opd: opd, file: file, tahun: tahun)
        while let now = Tahapan(rawValue: renja.tahapan), now < target {
            try await repo.majukanTahapan(renja: renja, penggunaID: nil)
        }
        return renja
    }

    /// The totals a rumusan table prints above its programs (`<file>-total-dicetak.csv`: 000:L463 "SEMUA BIDANG
    /// URUSAN" 3.598.241.329), kept as printed cells of that table under the urusan or bidang code they total, so
    /// R01 compares them with the Σ of the lines. A row without a code (a grand total spanning urusan, or a
    /// second table's copy) stays in the file only.
    func catatTotalTercetak(opd: OPDModel, file: String, tahun: Int) async throws {
        let totals = file.replacingOccurrences(of: ".csv", with: "-total-dicetak.csv")
        guard ada(totals) else { return }
        for row in try tabel(totals, required: ["seed_ref", "kode"]).baris {
            guard let k = row["kode"] else { continue }
            guard let kode = try? KodeNomenklatur(k), kode.level <= .bidang else {
                throw StoreError.invalid(field: "\(totals):\(row.baris) kode", message: "'\(k)' is not an urusan or bidang code", pesan: "Kode urusan/bidang tidak sah.")
            }
            try await catatTercetak(row, opd: opd, tahun: tahun, file: file)
        }
    }

    func baris(_ row: CSVTabel.Baris, file: String, tahun: Int) throws -> BarisMasukan {
        func fail(_ col: String, _ msg: String) -> StoreError {
            .invalid(field: "\(file):\(row.baris) \(col)", message: msg, pesan: msg)
        }
        guard let k = row["kode"], let kode = try? KodeNomenklatur(k) else { throw fail("kode", "not a nomenclature code: \(row["kode"] ?? "")") }
        func qty(_ col: String) throws -> Kuantitas? {
            guard let s = row[col] else { return nil }
            do { return try Kuantitas(parsing: s) } catch { throw fail(col, error.description) }
        }
        func money(_ col: String) throws -> Rupiah? {
            guard let s = row[col] else { return nil }
            guard let v = Int64(s) else { throw fail(col, "'\(s)' is not whole rupiah") }
            return Rupiah(v)
        }
        let satuan = row["satuan"] ?? ""
        var targets: [TargetIndikator] = []
        var defs: [IndikatorDefinisi] = []
        if let ind = row["indikator"] {
            let arah = row["arah"].flatMap(Arah.init(rawValue:)) ?? .naik
            let agr = row["agregasi"].flatMap(JenisAgregasi.init(rawValue:)) ?? .kumulatif
            let uk = row["ukuran"].flatMap(JenisUkuran.init(rawValue:)) ?? .jumlah
            defs.append(IndikatorDefinisi(nama: ind, satuan: satuan, arah: arah, agregasi: agr, ukuran: uk))
            targets.append(TargetIndikator(indikator: ind, satuanIndikator: satuan, tahun: tahun, nilai: try qty("target"), satuan: satuan))
            if row.has("target_n1") {
                targets.append(TargetIndikator(indikator: ind, satuanIndikator: satuan, tahun: tahun + 1, nilai: try qty("target_n1"), satuan: satuan))
            }
        }
        // Prakiraan maju (n+1) is an input on sub-kegiatan lines. Mamuju prints it (1.1 × pagu, whole rupiah) only
        // as text, so on sub-kegiatan rows the printed amount is the input; parent rows stay computed.
        var paguN1 = try money("pagu_n1")
        if paguN1 == nil, kode.level == .subKegiatan, let printed = row["pagu_n1_dicetak"] {
            guard let q = AngkaDicetak.parse(printed), q.unitKecil % Kuantitas.skala == 0 else {
                throw fail("pagu_n1_dicetak", "'\(printed)' is not whole rupiah")
            }
            paguN1 = Rupiah(q.unitKecil / Kuantitas.skala)
        }
        let b = RenjaBaris(
            kode: kode, uraian: row["uraian"] ?? "", pagu: try money("pagu"), paguN1: paguN1, lokasi: row["lokasi"],
            kelompokSasaran: row["kelompok_sasaran"], sumberDana: row["sumber_dana"], catatan: row["catatan"], targets: targets)
        return BarisMasukan(baris: b, indikator: defs, unitKerjaKode: row["unit_kerja"] ?? Self.unitUntuk(kode))
    }

    // MARK: accounts

    func muatAkun(kunci: String, opd: OPDModel, passwordHash: String) async throws -> [Akun] {
        let users = PenggunaRepository(db: db)
        let plan: [(String, Peran, String?, String)] = [
            ("admin", .admin, nil, "Admin"), ("perencana", .perencana, nil, "Perencana"),
            ("kabid", .kepalaBidang, "PS", "Kepala Bidang Pemberdayaan Sosial"), ("kadis", .kepalaDinas, nil, "Kepala Dinas"),
            ("pemeriksa", .pemeriksa, nil, "Pemeriksa (Bappeda)"),
        ]
        var out: [Akun] = []
        for (suffix, peran, unit, nama) in plan {
            let username = "\(kunci).\(suffix)"
            if try await users.untukLogin(username: username) == nil {
                _ = try await users.tambah(
                    username: username, nama: "\(nama) \(opd.nama)", passwordHash: passwordHash, peran: [peran], opdKode: opd.kode,
                    unitKerjaKode: unit)
            }
            out.append(Akun(username: username, peran: peran, opdKode: opd.kode))
        }
        return out
    }
}

extension DemoLoader {
    /// Kecamatan, desa and kelurahan of the seed regions and their population (Kepmendagri 300.2.2-2138/2025).
    func muatWilayah() async throws {
        guard ada("reference/wilayah.csv"), try await WilayahModel.query(on: db).first() == nil else { return }
        var pemda: [String: UUID] = [:]
        for p in try await PemdaModel.query(on: db).all() { pemda[p.kode] = p.id }
        for row in try tabel("reference/wilayah.csv", required: ["kode", "nama", "tingkat"]).baris {
            guard let kode = row["kode"], let nama = row["nama"], let tingkat = row["tingkat"] else { continue }
            let induk = kode.split(separator: ".").prefix(2).joined(separator: ".")
            guard let pid = pemda[induk] else {
                throw StoreError.invalid(field: "reference/wilayah.csv:\(row.baris) kode", message: "no Pemda \(induk) for \(kode)", pesan: "Pemda \(induk) tidak ada.")
            }
            let w = WilayahModel()
            w.$pemda.id = pid
            w.kode = kode
            w.nama = nama
            w.tingkat = tingkat
            try await w.create(on: db)
        }
        let orang = try await ReferensiRepository(db: db).satuan(kode: "orang")
        for row in try tabel("reference/penduduk.csv", required: ["kode", "total", "per_tanggal", "sumber"]).baris {
            guard let kode = row["kode"], let pid = pemda[kode], let total = row["total"].flatMap(Int.init),
                let tanggal = row["per_tanggal"].flatMap({ ISO8601DateFormatter().date(from: $0 + "T00:00:00Z") })
            else { continue }
            let p = PopulasiModel()
            p.$pemda.id = pid
            p.nama = "Jumlah penduduk"
            p.perTanggal = tanggal
            p.nilaiE4 = Kuantitas(total).unitKecil
            p.$satuan.id = try orang.requireID()
            p.sumber = row["sumber"] ?? ""
            try await p.create(on: db)
        }
    }

    /// A province Dinas Sosial user for Sulawesi Barat (76): sees Mamuju and Polewali Mandar side by side.
    func muatAkunProvinsi(passwordHash: String) async throws -> [Akun] {
        let users = PenggunaRepository(db: db)
        guard try await PemdaModel.query(on: db).filter(\.$kode == "76").first() != nil else { return [] }
        if try await users.untukLogin(username: "sulbar.provinsi") == nil {
            _ = try await users.tambah(username: "sulbar.provinsi", nama: "Dinas Sosial Provinsi Sulawesi Barat", passwordHash: passwordHash,
                                       peran: [.provinsi], opdKode: nil, pemdaKode: "76")
        }
        return [Akun(username: "sulbar.provinsi", peran: .provinsi, opdKode: "76 (provinsi)")]
    }
}

extension CSVTabel.Baris {
    func has(_ kolom: String) -> Bool { self[kolom] != nil }
}

extension StoreError {
    var fieldName: String {
        if case .invalid(let f, _, _) = self { return f }
        return ""
    }
}
