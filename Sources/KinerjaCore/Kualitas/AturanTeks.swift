import Foundation

/// Rules on printed text: codes (R05, R23), year labels (R08), spreadsheet literals (R11), several values in
/// one cell (R21), placeholder cells (R22).
public enum AturanTeks {
    static func kode(_ rows: [KodeTercatat]) -> [Finding] {
        var out: [Finding] = []
        // R05 asks twice: is a line listed again (000:L528, by the code it stands for), and is a printed code
        // printed again (003:L934, Sandang with Permakanan's code)? Without a separate reading both are the same.
        var baris: [String: String] = [:]
        var dicetak: [String: String] = [:]
        for row in rows {
            let teks = AturanTeks.rapikan(row.teks)
            let terbaca = !teks.contains("#")
            let kodeBaris = row.tabel + "|" + kunciKode(row.kodeBaris?.description ?? teks)
            // The urusan/bidang placeholders read as the line's own segments ("X.XX.01.2.02.05" is 1.06.01.2.02.05);
            // a code with an illegible lower segment cannot be said to repeat another.
            let segments = teks.split(separator: ".", omittingEmptySubsequences: false)
            let kodeCetak = terbaca && !segments.dropFirst(2).contains(where: { $0.allSatisfy { $0 == "X" || $0 == "x" } })
                ? row.tabel + "|" + kunciKode(tanpaPlaceholder(teks, kode: row.kodeBaris)) : nil
            let ulang = baris[kodeBaris].map { (kodeBaris, $0) } ?? kodeCetak.flatMap { k in dicetak[k].map { (k, $0) } }
            if let (k, first) = ulang {
                let uraian = row.uraian.isEmpty ? "" : "\(row.uraian); "
                let kode = k.split(separator: "|").last.map(String.init) ?? teks
                out.append(
                    Finding(
                        .kodeGanda, lokasi: row.lokasi, pesan: "Kode \(kode) dipakai lagi dalam \(row.tabel) (\(uraian)pertama di \(first)).",
                        dicetak: teks))
            }
            if baris[kodeBaris] == nil { baris[kodeBaris] = row.lokasi }
            if let k = kodeCetak, dicetak[k] == nil { dicetak[k] = row.lokasi }
            // An overflowing code cell ("#", 000:L481) cannot be compared with anything.
            guard terbaca else {
                let uraian = row.kodeBaris.map { " Baris ini \($0)\(row.uraian.isEmpty ? "" : " \(row.uraian)")." } ?? ""
                out.append(Finding(.kodeTidakSah, lokasi: row.lokasi, pesan: "Sel kode tidak terbaca (\"\(teks)\").\(uraian)", dicetak: teks))
                continue
            }
            out += kodeSah(row, teks: teks)
        }
        return out
    }

    /// R23: a kegiatan printed under another program, a sub-kegiatan under another kegiatan (001:L1026: Pengembangan
    /// Potensi Sumber Kesejahteraan Sosial, a Pemberdayaan Sosial kegiatan, proposed under Program Perlindungan dan
    /// Jaminan Sosial). Rows in printed order; a table without the parent row is not judged.
    static func susunan(_ rows: [KodeTercatat]) -> [Finding] {
        var out: [Finding] = []
        var induk: [String: [KodeNomenklatur.Level: KodeNomenklatur]] = [:]
        for row in rows {
            guard let k = row.kodeBaris else { continue }
            // The row above this level that the code must belong to: a kegiatan's program, a sub-kegiatan's kegiatan.
            let tingkatInduk: KodeNomenklatur.Level? = k.level == .kegiatan ? .program : k.level == .subKegiatan ? .kegiatan : nil
            if let t = tingkatInduk, let atas = induk[row.tabel]?[t], k.parent != atas {
                out.append(
                    Finding(
                        .kodeTidakSah, lokasi: row.lokasi,
                        pesan: "\(row.teks) (\(k)) tercantum di bawah \(t.rawValue) \(atas), padahal kodenya milik \(t.rawValue) \(k.parent?.description ?? "lain").",
                        dicetak: atas.description, dihitung: k.parent?.description))
            }
            switch k.level {
            case .program: induk[row.tabel] = [.program: k]
            case .kegiatan: induk[row.tabel, default: [:]][.kegiatan] = k
            case .subKegiatan: break
            default: induk[row.tabel] = [:]
            }
        }
        return out
    }

    /// R23 for one printed code: a nomenclature code, of the line's level, and the line's own code.
    private static func kodeSah(_ row: KodeTercatat, teks: String) -> [Finding] {
        let k: KodeNomenklatur
        do {
            k = try KodeNomenklatur(tanpaPlaceholder(teks, kode: row.kodeBaris))
        } catch {
            return [Finding(.kodeTidakSah, lokasi: row.lokasi, pesan: "Kode \"\(teks)\" tidak sah menurut nomenklatur.", dicetak: teks)]
        }
        if let t = row.tingkat, t != k.level {
            return [
                Finding(
                    .kodeTidakSah, lokasi: row.lokasi, pesan: "Kode \(teks) adalah kode \(k.level.rawValue), padahal baris ini \(t.rawValue).",
                    dicetak: teks)
            ]
        }
        if let b = row.kodeBaris, !samaKode(k, b) {
            return [
                Finding(
                    .kodeTidakSah, lokasi: row.lokasi,
                    pesan: "Kode \(teks) bukan kode nomenklatur baris ini (\(b)\(row.uraian.isEmpty ? "" : " \(row.uraian)")).",
                    dicetak: teks, dihitung: b.description)
            ]
        }
        return []
    }

    /// `X`/`XX` segments (000:L464 "X.XX.01": placeholders, or a segment the seed text garbles) take the line's own
    /// segment, so only what is legible is compared.
    static func tanpaPlaceholder(_ teks: String, kode: KodeNomenklatur?) -> String {
        guard let kode, teks.contains(where: { $0 == "X" || $0 == "x" }) else { return teks }
        let parts = teks.split(separator: ".", omittingEmptySubsequences: false)
        return parts.enumerated().map { i, p in
            !p.isEmpty && p.allSatisfy({ $0 == "X" || $0 == "x" }) && i < kode.segments.count ? kode.segments[i] : String(p)
        }.joined(separator: ".")
    }

    /// A code as a duplicate key: a 4-digit sub-kegiatan segment in its 2-digit form, so "…01.0001" and "…01.01" are
    /// one code (the key is also the code the message names).
    static func kunciKode(_ teks: String) -> String {
        var parts = teks.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 6, parts[5].count == 4, let v = Int(parts[5]), v < 100 { parts[5] = v < 10 ? "0\(v)" : "\(v)" }
        return parts.joined(separator: ".")
    }

    /// Same code, reading a 4-digit sub-kegiatan segment as its 2-digit form (0001 = 01, 001:L1395).
    static func samaKode(_ a: KodeNomenklatur, _ b: KodeNomenklatur) -> Bool {
        a.segments.count == b.segments.count && zip(a.segments, b.segments).allSatisfy { Int($0) == Int($1) }
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
            if jumlahAngka(t) > 1 || (jumlahAngka(t) == 1 && nilaiDanKategori(t)) {
                out.append(
                    Finding(
                        .nilaiGandaSel, lokasi: row.lokasi,
                        pesan: "Satu sel memuat beberapa nilai; satu sel satu nilai dengan satuan indikator.", dicetak: t))
            }
        }
        return out
    }

    /// R37: a signature date printed without its day and month (002:L250 "Mamuju, 2025"): a signed document must
    /// say when it was signed.
    static func tanggal(_ rows: [SelTercatat]) -> [Finding] {
        rows.compactMap { row in
            let t = rapikan(row.teks)
            guard t.range(of: #"(19|20)\d{2}"#, options: .regularExpression) != nil,
                t.range(of: #"\b\d{1,2}\s+(jan|feb|peb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|nop|des)[a-z]*\.?\s"#,
                        options: [.regularExpression, .caseInsensitive]) == nil,
                t.range(of: #"\b\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d{2}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b"#, options: .regularExpression) == nil
            else { return nil }
            return Finding(.tanggalTidakLengkap, lokasi: row.lokasi, pesan: "Tanggal penandatanganan dicetak tanpa hari dan bulan.", dicetak: t)
        }
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

    /// A number and a category or grade in one cell (004:L766 "A 95,56%", "100% Sangat Baik": a target and a
    /// predikat run together). "62,00 / B" (003:L437) is the usual notation of a score with its grade and passes.
    static func nilaiDanKategori(_ t: String) -> Bool {
        guard !t.contains("/") else { return false }
        // What is left beside the number must be a category or a grade and nothing else ("150 KK kurang mampu" is a unit
        // and text).
        let sisa = rapikan(AngkaDicetak.pecah(t).sisa.replacingOccurrences(of: "%", with: " "))
            .split(separator: " ").joined(separator: " ")
        return kategori.contains(sisa.lowercased()) || SkalaPeringkat.predikatSAKIP.tingkat.contains(sisa)
    }

    /// Category words of the rating scales the seeds print.
    static let kategori: Set<String> = ["sangat baik", "baik", "cukup baik", "cukup", "kurang", "sangat kurang", "buruk"]

    /// Number of separate numbers in a cell ("390;320 Jenis/710 item" → 3; "1.283" → 1).
    static func jumlahAngka(_ t: String) -> Int { AngkaDicetak.pecah(t).angka.count }
}

extension AturanTeks {
    /// Words an indicator's name starts with: what is measured.
    static let kepalaIndikator: Set<String> = ["Persentase", "Prosentase", "Presentase", "Jumlah", "Indeks", "Rasio", "Angka", "Tingkat", "Nilai", "Luas"]

    /// R46: one cell naming two indicators (004:L636 "Persentase Rata-rata Masyarakat Miskin Mandiri Persentase
    /// Lembaga Sosial …", 004:L517 "… serta Jumlah Korban …"): a name that starts with a measure word and has, further
    /// on, the same measure word again or another one after a joining word. "Persentase Penurunan Angka Kemiskinan"
    /// is one indicator. One indicator per cell is what lets a target and a realisation mean one thing.
    static let sambung: Set<String> = ["dan", "serta", "atau"]

    static func namaGanda(_ rows: [SelTercatat]) -> [Finding] {
        rows.compactMap { row in
            let kata = row.teks.split(whereSeparator: { $0.isWhitespace || $0 == "/" }).map(String.init)
            guard let awal = kata.first, kepalaIndikator.contains(awal),
                let kedua = kata.indices.dropFirst(2).first(where: { i in
                    kepalaIndikator.contains(kata[i]) && (kata[i] == awal || sambung.contains(kata[i - 1].lowercased()))
                })
            else { return nil }
            // The joining word belongs to neither name.
            let pertama = kata[..<kedua].reversed().drop { sambung.contains($0.lowercased()) }.reversed().joined(separator: " ")
            let sisa = kata[kedua...].joined(separator: " ")
            return Finding(
                .indikatorGanda, lokasi: row.lokasi,
                pesan: "Satu sel memuat dua indikator: \"\(pertama)\" dan \"\(sisa)\"; satu indikator satu baris.", dicetak: row.teks)
        }
    }
}
