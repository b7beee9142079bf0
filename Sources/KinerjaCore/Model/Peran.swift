/// Roles (issue 5): what a user may do is decided on the server from these.
public enum Peran: String, Codable, Sendable, CaseIterable {
    /// Manages users and reference data of one Pemda.
    case admin
    /// Planning staff (Sub Bagian Perencanaan): drafts Renstra and Renja.
    case perencana
    /// Division head: edits lines and realisation of his own unit only.
    case kepalaBidang = "kepala_bidang"
    /// Head of office: moves stages and adopts.
    case kepalaDinas = "kepala_dinas"
    /// Reviewer (Bappeda, Inspektorat): read and comment.
    case pemeriksa
    /// Province Dinas Sosial: reads the offices of its kabupaten/kota.
    case provinsi

    public var nama: String {
        switch self {
        case .admin: "Admin"
        case .perencana: "Perencana"
        case .kepalaBidang: "Kepala Bidang"
        case .kepalaDinas: "Kepala Dinas"
        case .pemeriksa: "Pemeriksa"
        case .provinsi: "Dinas Sosial Provinsi"
        }
    }
}
