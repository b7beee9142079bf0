import Foundation

/// Rules on printed text: codes (R05, R23), year labels (R08), spreadsheet literals (R11), several values in
/// one cell (R21), placeholder cells (R22).
public enum AturanTeks {
    static func kode(_ rows: [KodeTercatat]) -> [Finding] {
        var out: [Finding] = []
        var seen: [String: String] = [:]
        for row in rows {
            let teks = AturanTeks.rapikan(row.teks)
            let key = row.tabel + "|" + teks
            if let first = seen[key] {
                out.append(
                    Finding(
                        .kodeGanda, lokasi: row.lokasi,
                        pesan: "Kode \(teks) dipakai lagi dalam \(row.tabel) (\(row.uraian); pertama di \(first)).",
                        dicetak: teks))
            } else {
                seen[key] = row.lokasi
            }
            do {
                let k = try KodeNomenklatur(teks)
                if let t = row.tingkat, t != k.level {
                    out.append(
                        Finding(
                            .kodeTidakSah, lokasi: row.lokasi,
                            pesan: "Kode \(teks) adalah kode \(k.level.rawValue), padahal baris ini \(t.rawValue).",
                            dicetak: teks))
                }
            } catch {
                out.append(
                    Finding(
                        .kodeTidakSah, lokasi: row.lokasi, pesan: "Kode \"\(teks)\" tidak sah menurut nomenklatur.",
                        dicetak: teks))
            }
        }
        return out
    }

    static func labelTahun(_ rows: [LabelTahunTercatat], tahun: TahunRencana?) -> [Finding] {
        guard let tahun else { return [] }
        return rows.compactMap { row in
            let years = TahunRencana.tahunDalam(row.teks)
            let expected = tahun.n + row.offset
            guard !years.isEmpty, !years.contains(expected) else { return nil }
            return Finding(
                .labelTahun, lokasi: row.lokasi,
                pesan:
                    "Label tahun tidak sesuai tahun rencana \(tahun.n): seharusnya \(expected) (n\(row.offset >= 0 ? "+" : "−")\(abs(row.offset))).",
                dicetak: row.teks, dihitung: String(expected))
        }
    }

    static func sel(_ rows: [SelTercatat]) -> [Finding] {
        var out: [Finding] = []
        for row in rows {
            let t = AturanTeks.rapikan(row.teks)
            if let lit = NilaiDicetak.galatSpreadsheet(t) {
                out.append(
                    Finding(.galatSpreadsheet, lokasi: row.lokasi, pesan: "Sel berisi literal galat spreadsheet \(lit).", dicetak: t))
                continue
            }
            if ["%", "Rp", "Rp.", "-%"].contains(t) {
                out.append(Finding(.selPlaceholder, lokasi: row.lokasi, pesan: "Sel hanya berisi \"\(t)\" tanpa nilai.", dicetak: t))
                continue
            }
            if let (total, bagian) = jumlahDalamSel(t), total.unitKecil != bagian.unitKecil {
                out.append(
                    Finding(
                        .rumusKolom, lokasi: row.lokasi,
                        pesan: "Jumlah tercetak tidak sama dengan jumlah bagian yang dicetak di sel yang sama.",
                        dicetak: Tampilan.angka(total.decimal, presisi: 0), dihitung: Tampilan.angka(bagian.decimal, presisi: 0)))
            }
            if jumlahAngka(t) > 1 {
                out.append(
                    Finding(
                        .nilaiGandaSel, lokasi: row.lokasi,
                        pesan: "Satu sel memuat beberapa nilai; satu sel satu nilai dengan satuan indikator.", dicetak: t))
            }
        }
        return out
    }

    /// A cell that prints a total with its parts, "71.048 KM (150 KK + 228 RTLH + 71.025 KK)" or "71.048 = 70520 +
    /// 684" (004:L515, L600): the first number and the Σ of the others, when every other number is joined by "+".
    static func jumlahDalamSel(_ t: String) -> (Kuantitas, Kuantitas)? {
        let plus = t.filter { $0 == "+" }.count
        guard plus > 0 else { return nil }
        let angka = AngkaDicetak.pecah(t).angka.compactMap(AngkaDicetak.parse)
        guard angka.count >= 3, plus == angka.count - 2 else { return nil }
        let jumlah = angka.dropFirst().reduce(Int64(0)) { $0 + $1.unitKecil }
        return (angka[0], Kuantitas(unitKecil: jumlah))
    }

    /// Trims spaces and tabs (cheaper than Foundation's trimming on Linux).
    static func rapikan(_ s: String) -> String {
        guard let a = s.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let b = s.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(s[a...b])
    }

    /// Number of separate numbers in a cell ("390;320 Jenis/710 item" → 3; "1.283" → 1).
    static func jumlahAngka(_ t: String) -> Int { AngkaDicetak.pecah(t).angka.count }
}
