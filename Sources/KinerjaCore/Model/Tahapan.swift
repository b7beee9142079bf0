/// Renja drafting stages (renja-spec §7.1). Only `ditetapkan` is final; a change after it is a Perubahan version.
public enum Tahapan: String, Codable, Sendable, CaseIterable, Comparable {
    case rancanganAwal = "rancangan_awal"
    case rancangan
    case rancanganAkhir = "rancangan_akhir"
    case ditetapkan

    public var nama: String {
        switch self {
        case .rancanganAwal: "Rancangan Awal"
        case .rancangan: "Rancangan"
        case .rancanganAkhir: "Rancangan Akhir"
        case .ditetapkan: "Ditetapkan"
        }
    }

    /// The next stage in the chain, nil once adopted.
    public var berikutnya: Tahapan? {
        switch self {
        case .rancanganAwal: .rancangan
        case .rancangan: .rancanganAkhir
        case .rancanganAkhir: .ditetapkan
        case .ditetapkan: nil
        }
    }

    /// An adopted version is immutable (domain decision 9).
    public var dapatDiubah: Bool { self != .ditetapkan }

    private var urutan: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Tahapan, b: Tahapan) -> Bool { a.urutan < b.urutan }
}

/// Whether a Renja is the original plan or an amendment.
public enum JenisDokumen: String, Codable, Sendable, CaseIterable {
    case induk
    case perubahan
}
