/// Runs every data-quality rule in `AturanKualitas.semua` over a document (domain decision 10).
public enum PemeriksaanKualitas {
    /// All findings for the document, grouped by rule in id order; within a rule, in input order.
    public static func periksa(_ dok: DokumenPeriksa, aturan: AturanPemda = .standar) -> [Finding] {
        var out: [Finding] = []
        if !dok.anggaran.isEmpty { out += RollUp(dok.anggaran).temuan }
        for b in dok.barisTC29 { out += EvaluasiTC29.evaluate(b, aturan: aturan).temuan }
        out += AturanNilai.satuanDanRentang(dok.nilai)
        out += AturanNilai.targetNolBerpagu(dok.targetBerpagu)
        out += AturanNilai.targetAntartabel(dok.targetAntartabel)
        out += AturanNilai.penyebutBasi(dok.penyebut)
        out += AturanRumus.capaian(dok.capaian, aturan: aturan)
        out += AturanRumus.serapan(dok.serapan)
        out += AturanRumus.sasaran(dok.sasaran, aturan: aturan)
        out += AturanEfisiensi.periksa(dok.efisiensi)
        out += AturanTeks.kode(dok.kode)
        out += AturanTeks.labelTahun(dok.labelTahun, tahun: dok.tahunRencana)
        out += AturanTeks.sel(dok.sel)
        let urutan = Dictionary(uniqueKeysWithValues: AturanKualitas.semua.enumerated().map { ($1.id, $0) })
        return out.enumerated()
            .sorted { (urutan[$0.element.ruleId] ?? 0, $0.offset) < (urutan[$1.element.ruleId] ?? 0, $1.offset) }
            .map(\.element)
    }
}
