import Foundation

/// Rules on the T-C.30 service-performance table (renja-spec §6.2 H48-49, lakip-spec §8 #72 #73): projections
/// copied from other columns (R25), targets set below what was already achieved (R26), realisation of a year not
/// yet over when the Renja is written (R27), row numbers that skip (R28), a shifted row (R29); and the same
/// realisation printed differently by two documents (R30).
public enum AturanTC30 {
    static func periksa(_ rows: [BarisTC30], tahun: TahunRencana?) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            out += proyeksi(row)
            out += targetDiBawahRealisasi(row)
            if let tahun { out += realisasiPrematur(row, tahun: tahun) }
            out += barisBergeser(row)
        }
        out += nomorLompat(rows)
        return out
    }

    /// R25: the projections equal the targets two years earlier (000:L241: proyeksi 2024/2025 = target 2022/2023)
    /// while differing from the targets of their own years, or a projection 0 next to a positive target (000:L236).
    static func proyeksi(_ row: BarisTC30) -> [Finding] {
        let ind = row.indikator
        func v(_ b: Besaran?) -> Decimal? { b.flatMap { try? ind.angka($0).get() } }
        let years = row.proyeksi.keys.sorted()
        let bergeser = years.count >= 2 && years.allSatisfy { y in
            guard let p = v(row.proyeksi[y]), let dulu = v(row.target[y - 2]), let kini = v(row.target[y]) else { return false }
            return p == dulu && p != kini
        }
        if bergeser, let a = years.first, let b = years.last {
            return [
                Finding(
                    .proyeksiTidakSesuai, lokasi: row.lokasi,
                    pesan: "Proyeksi \(a)–\(b) \"\(ind.nama)\" sama dengan target \(a - 2)–\(b - 2): kolom tergeser dua tahun.",
                    dicetak: years.compactMap { row.proyeksi[$0].map { Tampilan.besaran($0, presisi: ind.presisi) } }.joined(separator: "; "),
                    dihitung: years.compactMap { row.target[$0].map { Tampilan.besaran($0, presisi: ind.presisi) } }.joined(separator: "; "))
            ]
        }
        return years.compactMap { y in
            guard let p = v(row.proyeksi[y]), p == 0, let t = v(row.target[y]), t > 0, ind.arah == .naik else { return nil }
            return Finding(
                .proyeksiTidakSesuai, lokasi: row.lokasi,
                pesan: "Proyeksi \(y) \"\(ind.nama)\" 0 padahal target \(y) \(Tampilan.angka(t, presisi: ind.presisi)).",
                dicetak: Tampilan.angka(p, presisi: ind.presisi), dihitung: Tampilan.angka(t, presisi: ind.presisi))
        }
    }

    /// R26: for a rising indicator, a target for a later year below the best realisation of an earlier year
    /// (000:L254: target 2023 "CC" after "B" was achieved in 2022). One finding per row, naming the first year.
    static func targetDiBawahRealisasi(_ row: BarisTC30) -> [Finding] {
        let ind = row.indikator
        guard row.peran == .tunggal || row.peran == .persentase, ind.arah == .naik else { return [] }
        func v(_ b: Besaran?) -> Decimal? { b.flatMap { try? ind.angka($0).get() } }
        for y in row.target.keys.sorted() {
            guard let t = v(row.target[y]) else { continue }
            let dicapai = row.realisasi.filter { $0.key < y }.compactMap { k, b in v(b).map { (k, $0, b) } }
            guard let best = dicapai.max(by: { $0.1 < $1.1 }), t < best.1, let tb = row.target[y] else { continue }
            return [
                Finding(
                    .targetDiBawahRealisasi, lokasi: row.lokasi,
                    pesan:
                        "Target \(y) \"\(ind.nama)\" di bawah realisasi yang sudah dicapai tahun \(best.0); target indikator naik tidak boleh turun di bawah capaian nyata.",
                    dicetak: Tampilan.besaran(tb, presisi: ind.presisi), dihitung: Tampilan.besaran(best.2, presisi: ind.presisi))
            ]
        }
        return []
    }

    /// R27: a Renja for year n is written during n − 1, so it cannot report a full-year realisation for n − 1 or
    /// later (000:L230-254, a document dated March 2023 with realisation 2023).
    static func realisasiPrematur(_ row: BarisTC30, tahun: TahunRencana) -> [Finding] {
        let batas = tahun.n - 1
        let dini = row.realisasi.keys.filter { $0 >= batas }.sorted()
        guard let y = dini.first, let b = row.realisasi[y] else { return [] }
        return [
            Finding(
                .realisasiPrematur, lokasi: row.lokasi,
                pesan:
                    "Realisasi \(y) \"\(row.indikator.nama)\" tercantum dalam Renja \(tahun.n), yang disusun sebelum tahun \(y) berakhir.",
                dicetak: Tampilan.besaran(b, presisi: row.indikator.presisi))
        ]
    }

    /// R28: printed row numbers that skip (001:L853-855: 13 → 15, the KUBE percentage row is missing).
    static func nomorLompat(_ rows: [BarisTC30]) -> [Finding] { nomorLompat(rows.map { ($0.lokasi, $0.nomor) }) }

    /// R28 for any numbered table (002:L428-430, the staff table's 2 → 4).
    static func nomorLompat(_ rows: [(lokasi: String, nomor: Int?)]) -> [Finding] {
        let bernomor = rows.filter { $0.nomor != nil }
        return zip(bernomor, bernomor.dropFirst()).compactMap { a, b in
            guard let x = a.nomor, let y = b.nomor, y != x + 1 else { return nil }
            return Finding(
                .nomorBarisLompat, lokasi: "\(a.lokasi)-\(b.lokasi)",
                pesan: "Nomor baris melompat dari \(x) ke \(y): baris \(x + 1) tidak ada dalam tabel.",
                dicetak: "\(x) → \(y)", dihitung: "\(x) → \(x + 1)")
        }
    }

    /// R29: the *catatan analisis* cell holds nothing but a number — the row's values are shifted one column
    /// (003:L428: twelve values printed for eleven value columns).
    static func barisBergeser(_ row: BarisTC30) -> [Finding] {
        guard let c = row.catatan.map(AturanTeks.rapikan), !c.isEmpty, NilaiDicetak(c) != nil, AturanTeks.jumlahAngka(c) == 1,
            c.allSatisfy({ $0.isNumber || ",.% ".contains($0) })
        else { return [] }
        return [
            Finding(
                .barisBergeser, lokasi: row.lokasi,
                pesan: "Kolom catatan analisis berisi angka \"\(c)\": nilai baris ini tergeser satu kolom.", dicetak: c)
        ]
    }

    /// R30: the same indicator's realisation for the same year printed differently by two documents
    /// (000:L235 PSKS 2022 54 % vs 002:L2093 55 %).
    static func realisasiAntardokumen(_ rows: [RealisasiTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: { "\($0.kunci)|\($0.tahun)" }, berbeda: { $0.dokumen != $1.dokumen && $0.nilai != $1.nilai }) {
            other, first in
            Finding(
                .realisasiAntardokumen, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "Realisasi \(other.kunci) tahun \(other.tahun) berbeda antara \(first.dokumen) dan \(other.dokumen); satu fakta satu nilai.",
                dicetak: Tampilan.besaran(other.nilai, presisi: 2), dihitung: Tampilan.besaran(first.nilai, presisi: 2))
        }
    }
}
