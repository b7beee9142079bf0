/// What each role may do to a Renja (issue 5). Decided here, in one place, and enforced by the server on every
/// route and API call. Office scope (which offices a user may see at all) is `Akses`.
public enum Izin {
    public enum Aksi: Equatable, Sendable {
        /// Read plans, tables, history.
        case lihat
        /// Change a line that belongs to `unitBaris` (nil = a line without owner).
        case ubahBaris(unitBaris: String?)
        /// Add or remove lines.
        case kelolaBaris
        /// Move a Renja from one stage to the next.
        case majukanTahapan(ke: Tahapan)
        /// Start a Perubahan from an adopted version.
        case buatPerubahan
        /// Write a review comment.
        case komentar
        /// Enter quarterly realisation of a line that belongs to `unitBaris`.
        case isiRealisasi(unitBaris: String?)
        /// Close (lock) a quarter.
        case kunciTriwulan
        /// Write a narrative section of a report (LKjIP BAB I–IV).
        case tulisNarasi
        /// Change an IKU's definition (formulasi, sumber data, penanggung jawab).
        case definisiIKU
        /// Set targets and rencana aksi of a Perjanjian Kinerja that is not adopted yet.
        case ubahPK
        /// Adopt (sign) a Perjanjian Kinerja.
        case tetapkanPK
        /// Manage users and reference data.
        case kelolaPengguna
    }

    /// - Parameter unitPengguna: the user's own unit code (kepala_bidang edits only lines of that unit).
    public static func boleh(_ peran: [Peran], unitPengguna: String?, _ aksi: Aksi) -> Bool {
        peran.contains { boleh($0, unitPengguna: unitPengguna, aksi) }
    }

    static func boleh(_ p: Peran, unitPengguna: String?, _ aksi: Aksi) -> Bool {
        switch aksi {
        case .lihat:
            return true
        case .ubahBaris(let unitBaris):
            switch p {
            case .perencana: return true
            case .kepalaBidang: return unitPengguna != nil && unitPengguna == unitBaris
            default: return false
            }
        case .kelolaBaris:
            return p == .perencana
        case .majukanTahapan(let ke):
            // Planning staff submit a draft (→ rancangan); the head of office approves it (→ rancangan akhir)
            // and adopts it (→ ditetapkan).
            switch ke {
            case .rancanganAwal: return false
            case .rancangan: return p == .perencana
            case .rancanganAkhir, .ditetapkan: return p == .kepalaDinas
            }
        case .buatPerubahan:
            return p == .perencana || p == .kepalaDinas
        case .komentar:
            return p == .pemeriksa || p == .kepalaDinas || p == .perencana
        case .isiRealisasi(let unitBaris):
            // The owning unit reports; the planning sub-division may compile for every unit.
            switch p {
            case .perencana: return true
            case .kepalaBidang: return unitPengguna != nil && unitPengguna == unitBaris
            default: return false
            }
        case .kunciTriwulan:
            return p == .kepalaDinas
        case .ubahPK:
            return p == .perencana
        case .tetapkanPK:
            // The head of office signs the PK with the regent.
            return p == .kepalaDinas
        case .definisiIKU:
            // The planning sub-division keeps the performance framework.
            return p == .perencana
        case .tulisNarasi:
            // The planning sub-division drafts the report; the head of office, who signs it, may correct it.
            return p == .perencana || p == .kepalaDinas
        case .kelolaPengguna:
            return p == .admin
        }
    }
}
