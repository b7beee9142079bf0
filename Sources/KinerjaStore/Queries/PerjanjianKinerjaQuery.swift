import FluentKit
import Foundation
import KinerjaCore

/// The Perjanjian Kinerja of an office for a year (its latest version): signatories, date, whether it is adopted
/// (and so immutable, `AddPKImmutabilityTriggers`), the target per IKU with its rencana aksi per quarter, and the
/// program budgets.
public struct PerjanjianKinerjaQuery: Sendable {
    public let db: any Database
    public init(db: any Database) { self.db = db }

    public struct Pihak: Sendable, Codable, Hashable {
        public var nama: String
        public var jabatan: String
        public var nip: String?
        public init(nama: String, jabatan: String, nip: String?) {
            self.nama = nama
            self.jabatan = jabatan
            self.nip = nip
        }
    }

    public struct Target: Sendable {
        public var kode: String
        public var sasaran: String?
        public var indikator: Indikator
        public var target: Besaran?
        /// Quarterly targets TW I–IV (nil where the rencana aksi sets none).
        public var rencanaAksi: [Besaran?]
        public var kegiatanAksi: [String?]
        /// Fingerprint of the target and rencana aksi as read (`PKRepository.sidikTarget`): what a save names.
        public var versi: String
    }

    public struct Anggaran: Sendable {
        public var kode: KodeNomenklatur
        public var uraian: String
        public var pagu: Rupiah
        public var sumberDana: String?
    }

    public struct PK: Sendable {
        public var tahun: Int
        public var versi: Int
        public var pihakPertama: Pihak
        public var pihakKedua: Pihak
        public var tanggal: Date?
        public var ditetapkanPada: Date?
        public var target: [Target]
        public var anggaran: [Anggaran]
        /// Fingerprint of the signatories and date as read (`PKRepository.sidikPihak`): what a save names.
        public var versiPihak: String

        /// Σ of the program budgets, through the core's one roll-up (derived, never stored).
        public var totalAnggaran: Rupiah {
            RollUp(anggaran.map { PosAnggaran(kode: $0.kode, nilai: [.pagu: $0.pagu]) }).totalOPD[.pagu] ?? .zero
        }
    }

    /// One year's agreement in the office's list: its latest version and whether it is adopted.
    public struct Ringkas: Sendable, Codable, Equatable {
        public var tahun: Int
        public var versi: Int
        public var ditetapkan: Bool
        public var ditetapkanPada: Date?
    }

    /// Per year the latest version, newest year first.
    public func daftar(opdID: UUID) async throws -> [Ringkas] {
        let semua = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).all()
        return Dictionary(grouping: semua, by: \.tahun).values.compactMap { v in v.max { $0.versi < $1.versi } }
            .map { Ringkas(tahun: $0.tahun, versi: $0.versi, ditetapkan: $0.ditetapkanPada != nil, ditetapkanPada: $0.ditetapkanPada) }
            .sorted { $0.tahun > $1.tahun }
    }

    /// - Parameter ditetapkanDulu: prefer the latest adopted version (the signed agreement the LKjIP reports on) over a
    ///   newer draft Perubahan; without an adopted one, the latest version.
    public func baca(opdID: UUID, tahun n: Int, ditetapkanDulu: Bool = false) async throws -> PK? {
        let semua = try await PerjanjianKinerjaModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahun == n).sort(\.$versi, .descending).all()
        guard let pk = (ditetapkanDulu ? semua.first { $0.ditetapkanPada != nil } : nil) ?? semua.first, let pkID = pk.id else { return nil }
        let targets = try await PKTargetModel.query(on: db).filter(\.$pk.$id == pkID)
            .with(\.$indikator) { $0.with(\.$satuan).with(\.$sasaran) }.all()
        let tids = try targets.map { try $0.requireID() }
        let aksi = tids.isEmpty ? [] : try await RencanaAksiModel.query(on: db).filter(\.$pkTarget.$id ~~ tids).all()
        var out: [Target] = []
        for t in targets {
            let m = t.indikator
            let ind = try m.spesifikasi(id: m.kode ?? m.nama)
            var tw: [Besaran?] = Array(repeating: nil, count: 4)
            var kegiatan: [String?] = Array(repeating: nil, count: 4)
            var mentah: [Int64?] = Array(repeating: nil, count: 4)
            for a in aksi where a.$pkTarget.id == t.id && (1...4).contains(a.triwulan) {
                tw[a.triwulan - 1] = .tersimpan(nilai: a.nilaiE4, satuan: ind.satuan)
                kegiatan[a.triwulan - 1] = a.kegiatan
                mentah[a.triwulan - 1] = a.nilaiE4
            }
            let target = Besaran.tersimpan(nilai: t.nilaiE4, atas: t.atasE4, satuan: ind.satuan)
            out.append(Target(kode: m.kode ?? "", sasaran: m.sasaran?.uraian, indikator: ind, target: target, rencanaAksi: tw, kegiatanAksi: kegiatan,
                              versi: PKRepository.sidikTarget(nilai: t.nilaiE4, atas: t.atasE4, aksi: mentah)))
        }
        out.sort { $0.kode < $1.kode }
        let anggaran = try await PKAnggaranModel.query(on: db).filter(\.$pk.$id == pkID).with(\.$nomenklatur).all()
            .compactMap { a -> Anggaran? in
                guard let k = try? KodeNomenklatur(a.nomenklatur.kode) else { return nil }
                return Anggaran(kode: k, uraian: a.nomenklatur.nama, pagu: Rupiah(a.pagu), sumberDana: a.sumberDana)
            }.sorted { $0.kode < $1.kode }
        return PK(
            tahun: pk.tahun, versi: pk.versi,
            pihakPertama: pk.pihakPertama, pihakKedua: pk.pihakKedua,
            tanggal: pk.tanggal, ditetapkanPada: pk.ditetapkanPada, target: out, anggaran: anggaran, versiPihak: PKRepository.sidikPihak(pk))
    }
}
