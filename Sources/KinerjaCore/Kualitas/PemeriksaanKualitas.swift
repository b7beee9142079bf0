/// Runs every data-quality rule in `AturanKualitas.semua` over a document (domain decision 10).
public enum PemeriksaanKualitas {
    /// All findings for the document, grouped by rule in id order; within a rule, in input order.
    public static func periksa(_ dok: DokumenPeriksa, aturan: AturanPemda = .standar) -> [Finding] {
        let tc29 = EvaluasiTC29.evaluate(dok.barisTC29, aturan: aturan)
        let rollUp = dok.anggaran.isEmpty ? nil : RollUp(dok.anggaran)
        return temuan(dok, aturan: aturan, tc29: tc29, rollUp: rollUp)
    }

    /// The findings when T-C.29 rows and the roll-up are already evaluated (`EvaluasiTahunan` reuses them).
    static func temuan(_ dok: DokumenPeriksa, aturan: AturanPemda, tc29: [HasilTC29], rollUp: RollUp?) -> [Finding] {
        var out: [Finding] = []
        if let rollUp { out += rollUp.temuan }
        for tabel in dok.anggaranTabel { out += RollUp(tabel).temuan }
        for h in tc29 { out += h.temuan }
        out += AturanNilai.satuanDanRentang(dok.nilai)
        out += AturanNilai.angkaKembar(dok.angkaBersatuan)
        out += AturanNilai.targetNolBerpagu(dok.targetBerpagu)
        out += AturanNilai.targetAntartabel(dok.targetAntartabel)
        out += AturanNilai.penyebutBasi(dok.penyebut)
        out += AturanRumus.capaian(dok.capaian, aturan: aturan)
        out += AturanRumus.serapan(dok.serapan)
        out += AturanRumus.sasaran(dok.sasaran, aturan: aturan)
        out += AturanRumus.komposit(dok.komposit)
        out += AturanEfisiensi.periksa(dok.efisiensi)
        out += AturanTeks.kode(dok.kode)
        out += AturanTeks.susunan(dok.susunan)
        out += AturanTeks.labelTahun(dok.labelTahun, tahun: dok.tahunRencana)
        out += AturanTeks.sel(dok.sel)
        for p in dok.persentase {
            out += AturanRumus.periksa(p.dicetak, p.dihitung, lokasi: p.lokasi, rumus: "pembilang / penyebut × 100")
        }
        out += AturanTC30.periksa(dok.barisTC30, tahun: dok.tahunRencana)
        out += AturanTC30.realisasiAntardokumen(dok.realisasiAntardokumen)
        out += AturanPagu.antartabel(dok.paguAntartabel)
        out += AturanPagu.kembar(dok.paguBerurutan)
        out += AturanPagu.tanpaAlasan(dok.perubahan)
        out += AturanSatuanKolom.periksa(dok.satuanKolom)
        out += FaktaNarasi.periksa(dok.faktaNarasi)
        out += AturanTeks.namaGanda(dok.namaIndikator)
        out += AturanIndikatorBaris.periksa(dok.indikatorBaris, nomenklatur: dok.namaNomenklatur, iku: dok.namaIKU)
        out += AturanNilai.tanpaTahun(dok.angkaTanpaTahun)
        out += AturanSkalaDicetak.periksa(dok.skalaDicetak)
        out += AturanDasarHukum.periksa(dok.dasarHukum)
        out += AturanNilai.realisasiAntartabel(dok.realisasiAntartabel)
        out += AturanRekap.periksa(dok.rekap, fakta: dok.fakta)
        out += AturanNilai.tanpaRealisasi(dok.indikatorTerlapor)
        out += AturanNilai.lonjakanTarget(dok.targetBeruntun)
        out += AturanTeks.tanggal(dok.tanggal)
        out += AturanAnalisisIKU.periksa(dok, aturan: aturan)
        // Stable bucket sort by rule order.
        var ember = [[Finding]](repeating: [], count: AturanKualitas.semua.count + 1)
        for f in out { ember[urutan[f.ruleId] ?? AturanKualitas.semua.count].append(f) }
        return ember.flatMap { $0 }
    }

    private static let urutan = Dictionary(uniqueKeysWithValues: AturanKualitas.semua.enumerated().map { ($1.id, $0) })
}
