import Foundation

/// Printed computed values against their formulas: R12 (does not match), R18 (100 printed while R < T),
/// R17 (implausible achievement).
public enum AturanRumus {
    /// A printed percentage (capaian, tingkat realisasi, serapan) against the computed one. A printed ratio
    /// without × 100 (Tarakan's "2,86" for 286 %) is named as such.
    public static func periksa(_ teks: String?, _ c: Capaian, lokasi: String, rumus: String) -> [Finding] {
        guard let teks, NilaiDicetak.galatSpreadsheet(teks) == nil, let p = NilaiDicetak(teks) else { return [] }
        guard let v = c.angka else {
            return [
                Finding(
                    .rumusKolom, lokasi: lokasi, pesan: "Dicetak sebagai angka padahal tidak dapat dihitung (\(rumus)).",
                    dicetak: teks, dihitung: c.teks())
            ]
        }
        var out: [Finding] = []
        if !p.cocok(v) {
            var pesan = "Nilai tercetak tidak sesuai rumus \(rumus)."
            if p.cocokRasio(v) { pesan = "Dicetak sebagai rasio tanpa × 100 (rumus \(rumus))." }
            out.append(Finding(.rumusKolom, lokasi: lokasi, pesan: pesan, dicetak: teks, dihitung: c.teks()))
        }
        if p.nilai == 100 && v < 100 {
            out.append(
                Finding(
                    .bulat100, lokasi: lokasi, pesan: "Dicetak 100 % padahal realisasi belum mencapai target.",
                    dicetak: teks, dihitung: c.teks()))
        }
        return out
    }

    /// Printed composites: the result against the mean of the printed components, and a printed formula that
    /// multiplies percentages by 100 % again (004:L337 "… ÷ 3 × 100 %", lakip-spec §8 #36).
    static func komposit(_ rows: [KompositTercatat]) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            let nilai = row.komponen.compactMap(NilaiDicetak.init).map(\.nilai)
            guard !nilai.isEmpty, nilai.count == row.komponen.count else { continue }
            let rata = CapaianSasaran.hitung(nilai.enumerated().map { Komponen(id: String($0), nilai: .nilai($1)) }).capaian
            out += periksa(row.dicetak, rata, lokasi: row.lokasi, rumus: "rata-rata komponen \(row.nama)")
            if row.komponenPersen, let rumus = row.rumusDicetak, kaliSeratus(rumus), let v = rata.angka {
                out.append(
                    Finding(
                        .rumusKolom, lokasi: row.lokasiRumus ?? row.lokasi,
                        pesan: "Rumus \(row.nama) mengalikan rata-rata dengan 100 % padahal komponennya sudah persen: rumus tercetak memberi \(Tampilan.angka(v * 100, presisi: 2)) %, bukan \(rata.teks()).",
                        dicetak: "× 100 %", dihitung: rata.teks()))
            }
        }
        return out
    }

    /// Whether a printed formula ends in a multiplication by 100 ("× 100%", "x 100 %", LaTeX "\\times 100\\%").
    static func kaliSeratus(_ rumus: String) -> Bool {
        rumus.range(of: #"(\\times|×|\*|\bx)\s*100\s*(\\?%)"#, options: .regularExpression) != nil
    }

    /// Printed capaian rows: formula, category on the report's scale, plausibility.
    static func capaian(_ rows: [CapaianTercatat], aturan: AturanPemda) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            let c = row.indikator.capaian(target: row.target, realisasi: row.realisasi, rumusTurun: aturan.rumusTurun)
            out += periksa(row.dicetak, c, lokasi: row.lokasi, rumus: "R/T × 100")
            if let k = row.kategoriDicetak {
                out += AturanNilai.kategori(k, capaian: c, skala: row.skala ?? aturan.skala, lokasi: row.lokasi)
            }
            if let v = c.angka, v > 300 {
                out.append(
                    Finding(
                        .capaianTidakWajar, lokasi: row.lokasi, pesan: "Capaian melebihi 300 %: periksa target.",
                        dicetak: row.dicetak, dihitung: c.teks()))
            }
        }
        return out
    }

    /// Printed budget absorption rows.
    static func serapan(_ rows: [SerapanTercatat]) -> [Finding] {
        rows.flatMap { row in
            periksa(
                row.dicetak, Serapan.hitung(pagu: row.pagu, realisasi: row.realisasi), lokasi: row.lokasi,
                rumus: "realisasi/pagu × 100")
        }
    }

    /// Printed sasaran capaian against the mean of *all* its indicators.
    static func sasaran(_ rows: [SasaranTercatat], aturan: AturanPemda) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            let h = CapaianSasaran.hitung(row.indikator, cara: row.cara)
            if let teks = row.dicetak, let p = NilaiDicetak(teks), let v = h.capaian.angka, !p.cocok(v) {
                out.append(
                    Finding(
                        .capaianSasaran, lokasi: row.lokasi,
                        pesan:
                            "Capaian sasaran \"\(row.nama)\" bukan \(row.cara == .rataRata ? "rata-rata" : "rata-rata tertimbang") capaian \(row.indikator.count) indikatornya.",
                        dicetak: teks, dihitung: h.capaian.teks()))
            }
            if let k = row.kategoriDicetak {
                out += AturanNilai.kategori(k, capaian: h.capaian, skala: row.skala ?? aturan.skala, lokasi: row.lokasi)
            }
        }
        return out
    }
}
