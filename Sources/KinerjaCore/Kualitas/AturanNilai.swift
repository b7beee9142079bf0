import Foundation

/// Rules on indicator values: units (R02), percent range (R03), target 0 with a pagu (R04), one target per
/// line and year across tables (R06), stale denominators (R09), categories against the scale (R10).
public enum AturanNilai {
    static func satuanDanRentang(_ rows: [NilaiTercatat]) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            let ind = row.indikator
            let teks = Tampilan.besaran(row.besaran, presisi: ind.presisi)
            if let a = ind.alasanSatuan(row.besaran), case .satuanBerbeda(let d, let t) = a {
                out.append(
                    Finding(
                        .satuanBerbeda, lokasi: row.lokasi,
                        pesan: "Nilai bersatuan \"\(t)\", padahal indikator \"\(ind.nama)\" bersatuan \"\(d)\".",
                        dicetak: teks, dihitung: nil))
                continue
            }
            guard ind.ukuran == .persentase, !ind.bolehLebihDari100, let v = try? ind.angka(row.besaran).get() else {
                continue
            }
            if v < 0 || v > 100 {
                out.append(
                    Finding(
                        .persenDiLuarRentang, lokasi: row.lokasi,
                        pesan: "Persentase \"\(ind.nama)\" di luar 0–100; nilai ini tampaknya jumlah, bukan persentase.",
                        dicetak: teks, dihitung: nil))
            }
        }
        return out
    }

    static func targetNolBerpagu(_ rows: [TargetBerpagu]) -> [Finding] {
        rows.compactMap { row in
            guard let pagu = row.pagu, pagu.rawValue > 0, let t = row.target, case .angka(let v) = t.nilai, v == 0 else {
                return nil
            }
            return Finding(
                .targetNolBerpagu, lokasi: row.lokasi,
                pesan: "\(row.uraian): target 0 padahal pagu \(pagu); sub kegiatan berpagu harus bertarget > 0.",
                dicetak: Tampilan.besaran(t, presisi: 0), dihitung: nil)
        }
    }

    static func targetAntartabel(_ rows: [TargetTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: { "\($0.kunci)|\($0.tahun)" }, berbeda: { $0.target != $1.target }) { other, first in
            Finding(
                .targetBerbedaAntartabel, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "Target \(other.kunci) tahun \(other.tahun) berbeda antara \(first.tabel) dan \(other.tabel).",
                dicetak: Tampilan.besaran(other.target, presisi: 2),
                dihitung: Tampilan.besaran(first.target, presisi: 2))
        }
    }

    /// R36: a target that moves by a factor of ten or more from one year to the next (001:L1354 Gaji 34 → 384,
    /// 001:L1417 60.000 → 3): a unit or a digit is likely wrong. A warning, since a new programme can start small.
    static func lonjakanTarget(_ rows: [TargetBeruntun]) -> [Finding] {
        rows.compactMap { row in
            guard row.target.satuan == row.berikut.satuan, case .angka(let a) = row.target.nilai, case .angka(let b) = row.berikut.nilai,
                a > 0, b > 0, b >= a * 10 || a >= b * 10
            else { return nil }
            let presisi = 2
            return Finding(
                .lonjakanTarget, lokasi: row.lokasi,
                pesan: "\(row.uraian): target \(row.tahun) \(Tampilan.besaran(row.target, presisi: presisi)) menjadi \(Tampilan.besaran(row.berikut, presisi: presisi)) pada \(row.tahun + 1); periksa satuan atau angkanya.",
                dicetak: Tampilan.besaran(row.berikut, presisi: presisi), dihitung: nil)
        }
    }

    /// R41: one printed number under several units within one document's printed targets (002:L1211 "113000 Org",
    /// L1283 "113000 KPM", L1310 "113000 Keluarga"): a cell copied onto other lines. Numbers below 1.000 are not
    /// compared: 1, 100 or 45 recur honestly under different units; a five-digit count under three does not.
    static let batasAngkaKembar: Decimal = 1000

    static func angkaKembar(_ rows: [AngkaTercatat]) -> [Finding] {
        var kelompok: [String: [AngkaTercatat]] = [:]
        var urutan: [String] = []
        for row in rows {
            guard case .angka(let v) = row.besaran.nilai, v >= batasAngkaKembar else { continue }
            let kunci = "\(row.tabel)|\(v)"
            if kelompok[kunci] == nil { urutan.append(kunci) }
            kelompok[kunci, default: []].append(row)
        }
        return urutan.compactMap { kunci in
            guard let g = kelompok[kunci], Set(g.map(\.besaran.satuan)).count > 1, let awal = g.first else { return nil }
            let daftar = g.map { "\($0.dicetak) (\($0.lokasi))" }.joined(separator: ", ")
            return Finding(
                .angkaKembar, lokasi: awal.lokasi,
                pesan: "Angka yang sama dicetak dengan satuan berbeda: \(daftar); periksa apakah sel tersalin dari indikator lain.",
                dicetak: g.map(\.dicetak).joined(separator: "; "), dihitung: nil)
        }
    }

    /// R35: an indicator the report commits to, with a target but no realisation in any year (004:L263 the Gini ratio
    /// of the tujuan, never measured).
    static func tanpaRealisasi(_ rows: [IndikatorTerlapor]) -> [Finding] {
        rows.filter { $0.adaTarget && !$0.adaRealisasi }.map {
            Finding(.indikatorTanpaRealisasi, lokasi: $0.lokasi, pesan: "\($0.nama): ada target, tetapi tidak ada realisasi pada tahun mana pun.")
        }
    }

    /// R48: a social-welfare figure with no year (004:L527 "25.021 KPM merupakan penerima PKH" beside 20.099 KPM at
    /// L513): a count is a register snapshot of a date, and undated it can be neither traced nor compared with
    /// another year's (lakip-spec Appendix B rule 9). Kinerja stores every figure with its year.
    static func tanpaTahun(_ rows: [SelTercatat]) -> [Finding] {
        rows.map {
            Finding(
                .angkaTanpaTahun, lokasi: $0.lokasi,
                pesan: "\"\($0.teks)\" dicetak tanpa tahun: data kesejahteraan sosial adalah potret register pada satu tanggal; tanpa tahun angka ini tidak dapat ditelusuri atau dibandingkan dengan tahun lain.",
                dicetak: $0.teks)
        }
    }

    /// R32: one indicator's realisation for one year printed at two places of the same document (a table and its
    /// narrative, a table and the PK annex). Two printings agree when the coarser one displays the finer at its
    /// precision ("37 %" and "37,08 %"); "37,00 %" against "37,08 %" does not. Which printing is right the
    /// document does not say (002:L1858's 84,5 % is the 2023 figure migrated, 004:L482 against L425 is open), so
    /// the finding names both and computes nothing.
    static func realisasiAntartabel(_ rows: [RealisasiTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: { "\($0.kunci)|\($0.tahun)" }, berbeda: { $0.lokasi != $1.lokasi && !satuCetakan($0, $1) }) { other, first in
            let a = other.dicetak ?? Tampilan.besaran(other.nilai, presisi: 2)
            let b = first.dicetak ?? Tampilan.besaran(first.nilai, presisi: 2)
            return Finding(
                .realisasiAntartabel, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "Realisasi \(other.kunci) tahun \(other.tahun) dicetak \(a) di \(other.lokasi) tetapi \(b) di \(first.lokasi) dalam \(other.dokumen); satu fakta satu nilai.",
                dicetak: a)
        }
    }

    /// Whether two printings show the same value, at the precision of the coarser one.
    static func satuCetakan(_ a: RealisasiTercatat, _ b: RealisasiTercatat) -> Bool {
        if a.nilai == b.nilai { return true }
        guard case .angka(let va) = a.nilai.nilai, case .angka(let vb) = b.nilai.nilai,
            let pa = a.dicetak.flatMap(NilaiDicetak.init), let pb = b.dicetak.flatMap(NilaiDicetak.init)
        else { return false }
        return pa.desimal <= pb.desimal ? pa.cocok(vb) : pb.cocok(va)
    }

    static func penyebutBasi(_ rows: [PenyebutTercatat]) -> [Finding] {
        var out: [Finding] = penyebutSeTahun(rows.filter { $0.kolom != nil })
        for (_, g) in Dictionary(grouping: rows.filter { $0.kolom == nil }, by: \.indikatorId).sorted(by: { $0.key < $1.key }) {
            let sorted = g.sorted { $0.tahun < $1.tahun }
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.tahun > a.tahun {
                let sama = a.nilai == b.nilai && (b.tahunData == nil || b.tahunData == a.tahunData)
                if sama {
                    out.append(
                        Finding(
                            .penyebutBasi, lokasi: b.lokasi,
                            pesan:
                                "Penyebut \(b.indikatorId) tahun \(b.tahun) sama dengan tahun \(a.tahun); populasi harus data bertanggal tahun berjalan.",
                            dicetak: Tampilan.angka(b.nilai, presisi: 0), dihitung: nil))
                }
            }
            for r in sorted {
                if let d = r.tahunData, r.tahun - d > 1 {
                    out.append(
                        Finding(
                            .penyebutBasi, lokasi: r.lokasi,
                            pesan: "Penyebut \(r.indikatorId) tahun \(r.tahun) memakai data tahun \(d).",
                            dicetak: Tampilan.angka(r.nilai, presisi: 0), dihitung: nil))
                }
            }
        }
        return out
    }

    /// One table printing two denominators for the same indicator and year in different forward-looking columns
    /// (001:L846: 2024 target uses 78.172 PMKS, the 2024 projection 78.792).
    static func penyebutSeTahun(_ rows: [PenyebutTercatat]) -> [Finding] {
        var out: [Finding] = []
        let groups = Dictionary(grouping: rows) { "\($0.indikatorId)|\($0.tahun)" }
        for key in groups.keys.sorted() {
            guard let g = groups[key], let first = g.first else { continue }
            for other in g.dropFirst() where other.nilai != first.nilai && other.kolom != first.kolom {
                out.append(
                    Finding(
                        .penyebutBasi, lokasi: other.lokasi,
                        pesan:
                            "Penyebut \(other.indikatorId) tahun \(other.tahun) berbeda antara kolom \(first.kolom ?? "") (\(Tampilan.angka(first.nilai, presisi: 0))) dan \(other.kolom ?? ""); satu tahun satu data populasi.",
                        dicetak: Tampilan.angka(other.nilai, presisi: 0), dihitung: Tampilan.angka(first.nilai, presisi: 0)))
            }
        }
        return out
    }

    /// A printed category against the category the scale gives for the computed capaian.
    public static func kategori(_ dicetak: String, capaian: Capaian, skala: SkalaPenilaian, lokasi: String) -> [Finding] {
        guard let v = capaian.angka else { return [] }
        let k = skala.kategori(v)
        guard SkalaPeringkat.kunci(k) != SkalaPeringkat.kunci(dicetak) else { return [] }
        return [
            Finding(
                .kategoriSkala, lokasi: lokasi,
                pesan: "Kategori \"\(dicetak)\" tidak sesuai \(skala.nama) untuk capaian \(capaian.teks()).",
                dicetak: dicetak, dihitung: k)
        ]
    }
}
