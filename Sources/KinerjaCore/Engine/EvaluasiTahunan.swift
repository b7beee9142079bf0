/// One office's evaluation for one year in one call: what `kinerja evaluate --opd X --year N` prints and the
/// store saves. T-C.29 rows and the roll-up are evaluated once and their findings reused by the rule run.
public struct LaporanEvaluasi: Sendable, Encodable {
    public var tahun: TahunRencana?
    public var tc29: [HasilTC29]
    public var e81: [HasilE81]
    public var rollUp: RollUp?
    /// Every finding, grouped by rule in registry order.
    public var temuan: [Finding]

    /// Count of findings per severity.
    public var ringkasan: [Finding.Severity: Int] {
        Dictionary(grouping: temuan, by: \.severity).mapValues(\.count)
    }
}

extension LaporanEvaluasi {
    private enum Kunci: String, CodingKey { case tahun, tc29, e81, anggaran, totalOPD, temuan, ringkasan }
    private struct BarisAnggaran: Encodable {
        let kode: String
        let nilai: [String: Int64]
    }

    /// JSON for `kinerja evaluate --json`: budget totals as `[{kode, nilai: {pagu: …}}]` in code order,
    /// the summary as `{"galat": n, …}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Kunci.self)
        try c.encodeIfPresent(tahun?.n, forKey: .tahun)
        try c.encode(tc29, forKey: .tc29)
        try c.encode(e81, forKey: .e81)
        if let rollUp {
            let baris = rollUp.total.keys.sorted().map { k in
                BarisAnggaran(
                    kode: k.description,
                    nilai: Dictionary(uniqueKeysWithValues: rollUp.total[k]!.map { ($0.key.rawValue, $0.value.rawValue) }))
            }
            try c.encode(baris, forKey: .anggaran)
            try c.encode(
                Dictionary(uniqueKeysWithValues: rollUp.totalOPD.map { ($0.key.rawValue, $0.value.rawValue) }), forKey: .totalOPD)
        }
        try c.encode(temuan, forKey: .temuan)
        try c.encode(Dictionary(uniqueKeysWithValues: ringkasan.map { ($0.key.rawValue, $0.value) }), forKey: .ringkasan)
    }
}

public enum EvaluasiTahunan {
    public static func evaluate(
        _ dok: DokumenPeriksa, e81: [BarisE81] = [], aturan: AturanPemda = .standar
    ) -> LaporanEvaluasi {
        let tc29 = EvaluasiTC29.evaluate(dok.barisTC29, aturan: aturan)
        let rollUp = dok.anggaran.isEmpty ? nil : RollUp(dok.anggaran)
        let e = e81.map { EvaluasiE81.evaluate($0, aturan: aturan) }
        let temuan = PemeriksaanKualitas.temuan(dok, aturan: aturan, tc29: tc29, rollUp: rollUp)
        return LaporanEvaluasi(tahun: dok.tahunRencana, tc29: tc29, e81: e, rollUp: rollUp, temuan: temuan)
    }
}
