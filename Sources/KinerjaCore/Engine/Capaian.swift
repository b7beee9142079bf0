import Foundation

/// Achievement (*capaian*) in percent, or the reason it cannot be computed (domain decision 4).
/// The number is stored unrounded and uncapped; only `teks` / `nilaiTampil` round.
public enum Capaian: Hashable, Codable, Sendable {
    case nilai(Decimal)
    case tidakDapatDihitung(Alasan)

    /// The unrounded value, or nil when undefined.
    public var angka: Decimal? {
        if case .nilai(let v) = self { return v }
        return nil
    }

    public var alasan: Alasan? {
        if case .tidakDapatDihitung(let a) = self { return a }
        return nil
    }

    /// Half-up rounding to `presisi` decimals, except that a value below 100 never shows as 100
    /// (lakip-spec Appendix B item 2: 99.996 shows 99,99, not 100,00). Nil when undefined.
    public func nilaiTampil(presisi: Int = 2) -> Decimal? {
        guard let v = angka else { return nil }
        return Tampilan.bulatkanCapaian(v, presisi: presisi)
    }

    /// Indonesian display: "126,87 %", "99,99 %", or "tidak dapat dihitung (target nol)".
    public func teks(presisi: Int = 2) -> String {
        switch self {
        case .nilai(let v):
            return Tampilan.teks(Tampilan.bulatkanCapaian(v, presisi: presisi), presisi: presisi) + " %"
        case .tidakDapatDihitung(let a):
            return "tidak dapat dihitung (\(a.pesan))"
        }
    }
}

/// Why a capaian, ratio or aggregate is undefined. Each reason carries an Indonesian message.
public enum Alasan: Error, Hashable, Codable, Sendable {
    /// T = 0: no rate is computed; the row is flagged (renja-spec §3.5 rule 4).
    case targetNol
    case targetBelumAda
    case realisasiBelumAda
    /// R = 0 under the alternative *turun* formula T / R.
    case realisasiNol
    /// A percentage whose denominator is 0.
    case penyebutNol
    /// A percentage computed from two rows whose numerator (or denominator) row has no value (001:L858-860).
    case pembilangBelumAda
    case penyebutBelumAda
    /// A value in another unit than the indicator's (domain decision 1).
    case satuanBerbeda(diharapkan: Satuan, diterima: Satuan)
    /// A grade that is not on the indicator's declared scale.
    case skalaTidakDikenal(String)
    /// A qualitative indicator without a declared scale.
    case skalaBelumDitetapkan
    /// A value of the wrong kind (a grade for a count, a band where a number is needed).
    case nilaiTidakSesuaiJenis
    /// Budget absorption with no pagu (lakip-spec Appendix B item 8: "no budget" is explicit).
    case tanpaAnggaran
    /// A sasaran or composite with no computable component.
    case tanpaKomponen

    /// Stable machine code (used in JSON and findings).
    public var kode: String {
        switch self {
        case .targetNol: "target_nol"
        case .targetBelumAda: "target_belum_ada"
        case .realisasiBelumAda: "realisasi_belum_ada"
        case .realisasiNol: "realisasi_nol"
        case .penyebutNol: "penyebut_nol"
        case .pembilangBelumAda: "pembilang_belum_ada"
        case .penyebutBelumAda: "penyebut_belum_ada"
        case .satuanBerbeda: "satuan_berbeda"
        case .skalaTidakDikenal: "skala_tidak_dikenal"
        case .skalaBelumDitetapkan: "skala_belum_ditetapkan"
        case .nilaiTidakSesuaiJenis: "nilai_tidak_sesuai_jenis"
        case .tanpaAnggaran: "tanpa_anggaran"
        case .tanpaKomponen: "tanpa_komponen"
        }
    }

    /// Indonesian message for reports and the web UI.
    public var pesan: String {
        switch self {
        case .targetNol: "target nol"
        case .targetBelumAda: "target belum ada"
        case .realisasiBelumAda: "realisasi belum ada"
        case .realisasiNol: "realisasi nol pada rumus T/R"
        case .penyebutNol: "penyebut nol"
        case .pembilangBelumAda: "pembilang belum ada"
        case .penyebutBelumAda: "penyebut belum ada"
        case .satuanBerbeda(let d, let t): "satuan berbeda: \(t) bukan \(d)"
        case .skalaTidakDikenal(let s): "\"\(s)\" tidak ada pada skala yang ditetapkan"
        case .skalaBelumDitetapkan: "skala peringkat belum ditetapkan"
        case .nilaiTidakSesuaiJenis: "jenis nilai tidak sesuai dengan indikator"
        case .tanpaAnggaran: "tidak ada anggaran"
        case .tanpaKomponen: "tidak ada komponen yang dapat dihitung"
        }
    }
}
