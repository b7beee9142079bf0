import FluentKit
import Foundation
import KinerjaCore

/// Starting the Perjanjian Kinerja of a new year and naming who signs it (issue 6 item 3). A planner should not
/// retype what Kinerja already holds: the draft takes every IKU of the office with its Renstra target for the year,
/// the program budgets of the year's adopted Renja (Σ of its sub-kegiatan lines, `RollUp`; without an adopted Renja
/// the Renstra's yearly pagu), and the signatories of the office's latest earlier PK. Everything stays editable
/// until the kepala dinas adopts it.
extension PKRepository {
    /// Where the draft's program budgets came from, for the page and the audit trail.
    public enum SumberAnggaran: String, Sendable, Codable {
        case renja, renstra, tidakAda = "tidak_ada"
    }

    public struct Dibuat: Sendable, Codable, Equatable {
        public var versi: Int
        public var jumlahIKU: Int
        public var jumlahTarget: Int
        public var sumberAnggaran: SumberAnggaran
        public var jumlahProgram: Int
    }

    /// Creates version 1 (induk, draft) of year n; refuses when the year already has a PK.
    @discardableResult
    public func buat(opdID: UUID, tahun n: Int, penggunaID: UUID?) async throws -> Dibuat {
        guard (2000...2100).contains(n) else {
            throw StoreError.invalid(field: "tahun", message: "year \(n) is out of range", pesan: "tahun: \(n) bukan tahun yang sah.")
        }
        return try await db.transaction { tx in
            let lalu = try await PerjanjianKinerjaModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$tahun < n)
                .sort(\.$tahun, .descending).sort(\.$versi, .descending).first()
            let pk = PerjanjianKinerjaModel()
            pk.$opd.id = opdID
            pk.tahun = n
            pk.versi = 1
            pk.jenis = JenisDokumen.induk.rawValue
            pk.pihakPertama = lalu?.pihakPertama ?? .init(nama: "", jabatan: "Kepala Dinas Sosial", nip: nil)
            pk.pihakKedua = lalu?.pihakKedua ?? .init(nama: "", jabatan: "", nip: nil)
            do { try await pk.create(on: tx) } catch where GalatDriver.kunciUnik(error) {
                // The year already has a PK (unique opd, tahun, versi), made earlier or by a concurrent request.
                throw StoreError.invalid(field: "tahun", message: "the office already has a Perjanjian Kinerja for \(n)",
                                         pesan: "Perjanjian Kinerja tahun \(n) sudah ada; buka dan ubah PK itu.")
            }
            let pkID = try pk.requireID()

            // IKU are addressed by their code (the target form, the LKjIP): one without a code is not an IKU yet.
            let iku = try await IndikatorModel.query(on: tx).filter(\.$opd.$id == opdID).filter(\.$iku == true).filter(\.$kode != nil).all()
            let target = try await targetRenstra(iku: iku, tahun: n, on: tx)
            for ind in iku {
                let t = PKTargetModel()
                t.$pk.id = pkID
                t.$indikator.id = try ind.requireID()
                let v = target[try ind.requireID()]
                t.nilaiE4 = v?.nilai
                t.atasE4 = v?.atas
                try await t.create(on: tx)
            }
            let (sumber, program) = try await anggaranProgram(opdID: opdID, tahun: n, on: tx)
            for (nomenklaturID, pagu) in program {
                let a = PKAnggaranModel()
                a.$pk.id = pkID
                a.$nomenklatur.id = nomenklaturID
                a.pagu = pagu.rawValue
                try await a.create(on: tx)
            }
            let hasil = Dibuat(versi: 1, jumlahIKU: iku.count, jumlahTarget: target.count, sumberAnggaran: sumber, jumlahProgram: program.count)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "perjanjian_kinerja", entitasID: pkID.uuidString, aksi: "buat",
                sebelum: Optional<Dibuat>.none, sesudah: hasil, alasan: nil)
            return hasil
        }
    }

    /// The Renstra target of year n per IKU (`renstra_target`, else a transcribed `indikator_target` of source
    /// `renstra`); IKU without one are left empty for the planner.
    func targetRenstra(iku: [IndikatorModel], tahun n: Int, on db: any Database) async throws -> [UUID: (nilai: Int64?, atas: Int64?)] {
        let ids = try iku.map { try $0.requireID() }
        guard !ids.isEmpty else { return [:] }
        var out: [UUID: (nilai: Int64?, atas: Int64?)] = [:]
        for t in try await IndikatorTargetModel.query(on: db).filter(\.$indikator.$id ~~ ids).filter(\.$tahun == n).filter(\.$sumber == "renstra").all()
        where t.nilaiE4 != nil {
            out[t.$indikator.id] = (t.nilaiE4, t.atasE4)
        }
        let ri = try await RenstraIndikatorModel.query(on: db).filter(\.$indikator.$id ~~ ids).all()
        let riIDs = try ri.map { try $0.requireID() }
        if !riIDs.isEmpty {
            for t in try await RenstraTargetModel.query(on: db).filter(\.$renstraIndikator.$id ~~ riIDs).filter(\.$tahun == n).all() where t.nilaiE4 != nil {
                if let r = ri.first(where: { $0.id == t.$renstraIndikator.id }) { out[r.$indikator.id] = (t.nilaiE4, t.atasE4) }
            }
        }
        return out
    }

    /// Program budgets of year n: Σ per program of the latest adopted Renja's sub-kegiatan pagu, else of the Renstra's
    /// yearly pagu. Computed with `RollUp`, so a PK budget always equals the plan it comes from.
    func anggaranProgram(opdID: UUID, tahun n: Int, on db: any Database) async throws -> (SumberAnggaran, [(UUID, Rupiah)]) {
        var pos: [PosAnggaran] = []
        var regulasi = Set<UUID>()
        var sumber = SumberAnggaran.tidakAda
        if let renja = try await RenjaRepository(db: db).renja(opdID: opdID, tahun: n).last(where: { $0.tahapan == Tahapan.ditetapkan.rawValue }) {
            for b in try await RenjaBarisModel.query(on: db).filter(\.$renja.$id == renja.requireID()).with(\.$nomenklatur).all() {
                guard let p = b.pagu, let k = try? KodeNomenklatur(b.nomenklatur.kode) else { continue }
                regulasi.insert(b.nomenklatur.$regulasi.id)
                pos.append(PosAnggaran(kode: k, nilai: [.pagu: Rupiah(p)]))
            }
            sumber = .renja
        } else {
            let renstra = try await RenstraModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunAwal <= n).filter(\.$tahunAkhir >= n).all()
            for r in renstra {
                for p in try await RenstraPaguModel.query(on: db).filter(\.$renstra.$id == r.requireID()).filter(\.$tahun == n).with(\.$nomenklatur).all() {
                    guard let k = try? KodeNomenklatur(p.nomenklatur.kode) else { continue }
                    regulasi.insert(p.nomenklatur.$regulasi.id)
                    pos.append(PosAnggaran(kode: k, nilai: [.pagu: Rupiah(p.pagu)]))
                }
            }
            if !pos.isEmpty { sumber = .renstra }
        }
        let total = RollUp(pos).total
        let program = total.keys.filter { $0.level == .program }.sorted()
        guard !program.isEmpty else { return (pos.isEmpty ? .tidakAda : sumber, []) }
        // The programme rows of the same regulation as the lines (a code can recur across nomenclature editions).
        let model = try await NomenklaturModel.query(on: db).filter(\.$kode ~~ program.map(\.description))
            .filter(\.$level == KodeNomenklatur.Level.program.rawValue).filter(\.$regulasi.$id ~~ Array(regulasi)).all()
        var out: [(UUID, Rupiah)] = []
        for k in program {
            guard let v = total[k]?[.pagu] else { continue }
            // A budget that cannot be attached to its programme would make the PK's Σ silently smaller than the plan's.
            guard let m = model.first(where: { $0.kode == k.description }) else {
                throw StoreError.invalid(field: "program", message: "programme \(k) of the plan is missing from the nomenclature",
                                         pesan: "Program \(k) dari rencana tidak ada dalam nomenklatur; lengkapi nomenklatur sebelum membuat PK.")
            }
            out.append((try m.requireID(), v))
        }
        return (sumber, out)
    }

    /// Fingerprint of a version's signatories and date, the revision the signatories form carries.
    public static func sidikPihak(_ m: PerjanjianKinerjaModel) -> String {
        Sidik.dari([m.pihakPertama, m.pihakKedua].flatMap { [$0.nama, $0.jabatan, $0.nip] } + [m.tanggal.map { String(Int64($0.timeIntervalSince1970)) }])
    }

    /// Signatories and signing date of the latest (draft) version, if they are still what the writer read (`versi`,
    /// from `PerjanjianKinerjaQuery.PK.versiPihak`); otherwise a conflict, nothing saved.
    public func ubahPihak(opdID: UUID, tahun n: Int, pertama: PerjanjianKinerjaQuery.Pihak, kedua: PerjanjianKinerjaQuery.Pihak, tanggal: Date?,
                          versi: String, penggunaID: UUID?) async throws {
        func rapi(_ p: PerjanjianKinerjaQuery.Pihak) -> PerjanjianKinerjaQuery.Pihak {
            .init(nama: p.nama.trimmingCharacters(in: .whitespaces), jabatan: p.jabatan.trimmingCharacters(in: .whitespaces),
                  nip: p.nip.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) })
        }
        // Page and API alike: trimmed first, then checked and stored.
        let pertama = rapi(pertama), kedua = rapi(kedua)
        for (p, nama) in [(pertama, "pihak_pertama"), (kedua, "pihak_kedua")] {
            guard !p.nama.isEmpty else {
                throw StoreError.invalid(field: "\(nama)_nama", message: "the signatory's name is required", pesan: "\(nama)_nama: nama penandatangan wajib diisi.")
            }
            guard !p.jabatan.isEmpty else {
                throw StoreError.invalid(field: "\(nama)_jabatan", message: "the signatory's position is required", pesan: "\(nama)_jabatan: jabatan wajib diisi.")
            }
            if let nip = p.nip, !(nip.count == 18 && nip.allSatisfy { $0.isASCII && $0.isNumber }) {
                throw StoreError.invalid(field: "\(nama)_nip", message: "a NIP has 18 digits", pesan: "\(nama)_nip: NIP terdiri atas 18 angka.")
            }
        }
        try await db.transaction { tx in
            let pk = try await terbaru(opdID: opdID, tahun: n, on: tx)
            guard pk.ditetapkanPada == nil else { throw StoreError.immutable(entity: "Perjanjian Kinerja", key: "\(n) v\(pk.versi)") }
            guard Self.sidikPihak(pk) == versi else { throw StoreError.conflict(entity: "penandatangan PK", key: "\(n) v\(pk.versi)", expected: 0, current: 1) }
            struct Isi: Encodable {
                var pertama: PerjanjianKinerjaQuery.Pihak
                var kedua: PerjanjianKinerjaQuery.Pihak
                var tanggal: Date?
            }
            let sebelum = Isi(pertama: pk.pihakPertama, kedua: pk.pihakKedua, tanggal: pk.tanggal)
            pk.pihakPertama = pertama
            pk.pihakKedua = kedua
            pk.tanggal = tanggal
            try await pk.save(on: tx)
            try await AuditRepository(db: tx).catat(
                penggunaID: penggunaID, entitas: "perjanjian_kinerja", entitasID: try pk.requireID().uuidString, aksi: "ubah_pihak",
                sebelum: sebelum, sesudah: Isi(pertama: pertama, kedua: kedua, tanggal: tanggal),
                alasan: nil)
        }
    }
}
