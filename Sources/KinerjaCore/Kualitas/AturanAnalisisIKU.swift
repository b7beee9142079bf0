/// Rules on the LKjIP analysis tables that set an indicator's result against the Renstra's end target (R38),
/// a national standard (R39) and the programs credited with it (R40). See `AnalisisIKUTercatat.swift`.
public enum AturanAnalisisIKU {
    /// Standar Pelayanan Minimal services are owed to everyone eligible: the national standard of an SPM
    /// indicator is 100 % (PP 2/2018 art. 4; Permensos 9/2018, the bidang sosial technical standard).
    public static let standarSPM = Capaian.nilai(100)

    static func periksa(_ dok: DokumenPeriksa, aturan: AturanPemda) -> [Finding] {
        capaianAkhir(dok.capaianAkhirRenstra, aturan: aturan) + standar(dok.standarNasional) + menunjang(dok.programMenunjang)
    }

    /// Without the end target the printed value has no basis (002:L2426 prints 100 % for all five IKU); with it,
    /// the printed value is checked like any capaian (R12).
    static func capaianAkhir(_ rows: [CapaianAkhirTercatat], aturan: AturanPemda) -> [Finding] {
        rows.flatMap { row -> [Finding] in
            guard let target = row.targetAkhir else {
                guard NilaiDicetak(row.dicetak) != nil else { return [] }
                return [
                    Finding(
                        .capaianTanpaTargetAkhir, lokasi: row.lokasi,
                        pesan: "\(row.indikator.nama): capaian terhadap target akhir Renstra dicetak, padahal target tahun \(row.tahunAkhir) tidak ada.",
                        dicetak: row.dicetak, dihitung: Capaian.tidakDapatDihitung(.targetBelumAda).teks())
                ]
            }
            let c = row.indikator.capaian(target: target, realisasi: row.realisasi, rumusTurun: aturan.rumusTurun)
            return AturanRumus.periksa(row.dicetak, c, lokasi: row.lokasi, rumus: "R/T akhir Renstra (\(row.tahunAkhir)) × 100")
        }
    }

    static func standar(_ rows: [StandarNasionalTercatat]) -> [Finding] {
        rows.filter { $0.spm && $0.dicetak.flatMap(NilaiDicetak.init) == nil }.map { row in
            Finding(
                .standarSPMKosong, lokasi: row.lokasi,
                pesan: "\(row.nama) adalah indikator SPM: standar nasionalnya \(standarSPM.teks()) dari yang berhak, bukan kosong.",
                dicetak: row.dicetak ?? "", dihitung: standarSPM.teks())
        }
    }

    static func menunjang(_ rows: [ProgramMenunjangTercatat]) -> [Finding] {
        rows.filter { ($0.pagu ?? .zero) == .zero && $0.dicetak.lowercased().hasPrefix("menunjang") }.map { row in
            Finding(
                .menunjangTanpaAnggaran, lokasi: row.lokasi,
                pesan: "Program \(row.program) dinyatakan menunjang \(row.indikator), padahal tidak beranggaran dalam laporan ini.",
                dicetak: row.dicetak, dihitung: "tanpa anggaran")
        }
    }
}
