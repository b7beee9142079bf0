/// Who may read an office's data (issue 5 "one office never sees another's data unless a role says so").
public enum Akses {
    /// - Parameters: the user's roles and scope; the target office's code, its Pemda code and that Pemda's province.
    public static func bolehLihat(
        peran: [Peran], opdPengguna: String?, pemdaPengguna: String?, opdTarget: String, pemdaTarget: String, provinsiTarget: String?
    ) -> Bool {
        if let opdPengguna, opdPengguna == opdTarget { return true }
        // A Pemda admin sees every office of that Pemda.
        if peran.contains(.admin), let pemdaPengguna, pemdaPengguna == pemdaTarget { return true }
        // A province role sees the offices of its kabupaten/kota.
        if peran.contains(.provinsi), let pemdaPengguna, pemdaPengguna == provinsiTarget || pemdaPengguna == pemdaTarget { return true }
        return false
    }

    /// Who may change an office's data: only its own users, whatever their roles allow elsewhere. Reading scope
    /// (Pemda admin, province) never widens writing scope; which change a role may make is `Izin.boleh`.
    public static func bolehTulis<ID: Equatable>(opdPengguna: ID?, opdTarget: ID) -> Bool {
        guard let opdPengguna else { return false }
        return opdPengguna == opdTarget
    }
}
