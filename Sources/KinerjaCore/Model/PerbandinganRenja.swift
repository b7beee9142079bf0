import Foundation

/// The line-by-line comparison of two Renja versions (domain decision 9; the Perubahan table of renja-spec §5.6):
/// sebelum, sesudah, bertambah / berkurang / baru / dihapus, Σ per program and the reason per changed line.
public struct PerbandinganRenja: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, Equatable, CaseIterable {
        case tetap, bertambah, berkurang, baru, dihapus
        /// Same pagu, other attributes (target, lokasi …) changed.
        case berubah
        public var nama: String {
            switch self {
            case .tetap: "Tetap"
            case .bertambah: "Bertambah"
            case .berkurang: "Berkurang"
            case .baru: "Baru"
            case .dihapus: "Dihapus"
            case .berubah: "Berubah"
            }
        }
    }

    public struct Baris: Sendable, Equatable, Identifiable {
        public var id: KodeNomenklatur { kode }
        public var kode: KodeNomenklatur
        public var uraian: String
        /// Pagu before and after; for program/kegiatan lines these are the computed totals.
        public var sebelum: Rupiah?
        public var sesudah: Rupiah?
        public var status: Status
        public var alasan: String?
        /// Σ after − Σ before (0 for unchanged; ± the whole amount for new or removed lines).
        public var selisih: Rupiah { (sesudah ?? .zero) - (sebelum ?? .zero) }
    }

    public var baris: [Baris]
    public var totalSebelum: Rupiah
    public var totalSesudah: Rupiah

    /// Lines whose status is not `tetap`.
    public var berubah: [Baris] { baris.filter { $0.status != .tetap } }

    /// Program-level rows (Σ per program).
    public var perProgram: [Baris] { baris.filter { $0.kode.level == .program } }

    /// Changed sub-kegiatan lines that lack a reason — adopting a Perubahan requires one per line.
    public var tanpaAlasan: [Baris] { baris.filter(Self.perluAlasan) }

    /// A changed sub-kegiatan line without a (non-blank) reason.
    public static func perluAlasan(_ b: Baris) -> Bool {
        b.kode.level == .subKegiatan && b.status != .tetap && (b.alasan ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// - Parameter alasan: reason per code, as given on the amended version's lines.
    public init(sebelum: [RenjaBaris], sesudah: [RenjaBaris], alasan: [KodeNomenklatur: String] = [:]) {
        let a = PohonRenja(baris: sebelum), b = PohonRenja(baris: sesudah)
        var before: [KodeNomenklatur: PohonRenja.Simpul] = [:]
        var after: [KodeNomenklatur: PohonRenja.Simpul] = [:]
        for (_, s) in a.urutan { before[s.baris.kode] = s }
        for (_, s) in b.urutan { after[s.baris.kode] = s }
        let codes = Set(before.keys).union(after.keys).sorted()
        baris = codes.map { k in
            let x = before[k], y = after[k]
            let status: Status
            switch (x, y) {
            case (nil, _?): status = .baru
            case (_?, nil): status = .dihapus
            case (let x?, let y?):
                if y.totalPagu > x.totalPagu { status = .bertambah } else if y.totalPagu < x.totalPagu { status = .berkurang } else {
                    var bx = x.baris, by = y.baris
                    bx.catatan = nil; by.catatan = nil
                    status = bx == by ? .tetap : .berubah
                }
            default: status = .tetap
            }
            return Baris(
                kode: k, uraian: (y ?? x)!.baris.uraian, sebelum: x?.totalPagu, sesudah: y?.totalPagu, status: status, alasan: alasan[k])
        }
        totalSebelum = a.totalPagu
        totalSesudah = b.totalPagu
    }
}
