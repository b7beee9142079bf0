import Foundation

/// A line's indicator as one table of the document prints it, with the line's own names → R47.
public struct IndikatorBarisTercatat: Hashable, Sendable {
    public var lokasi: String
    public var kode: KodeNomenklatur
    /// The line's names: its nomenclature name, the printed name, and the names of the lines under it.
    public var nama: [String]
    public var indikator: String
    public init(lokasi: String, kode: KodeNomenklatur, nama: [String], indikator: String) {
        self.lokasi = lokasi
        self.kode = kode
        self.nama = nama
        self.indikator = indikator
    }
}

/// R47: an indicator copied from another line. Renja-spec §6.2 #34 (001:L941 "Penyediaan Gaji dan Tunjangan ASN"
/// measured by "Jumlah Orang komponen instalasi listrik/penerangan bangunan kantor …"), #35 (001:L976, L1027 a
/// students' study-aid indicator on TKSK/PSM lines), #45 (001:L1026 a poor-data indicator on a Pemberdayaan
/// kegiatan), lakip-spec §8 #62 (004:L1014 the TMP program with a social-institution indicator).
///
/// Two signs together, so that an indicator merely worded differently from its line's name (the official
/// "Jumlah Orang yang Menerima Pakaian …" of Penyediaan Sandang) is not one: the indicator shares no word with
/// any name of its own line (and the lines under it), and it repeats a run of at least three words of another line
/// of the same level — that line's nomenclature name, or its indicator where the run also names that line — or,
/// for a program, of an IKU. Small words and the measure phrase ("Jumlah Orang", "Persentase") do not count.
public enum AturanIndikatorBaris {
    /// Shortest run of shared words that names another line ("bahan logistik kantor").
    static let panjangMinimal = 3

    /// What another line, or an IKU, reads: its text and the words that name the line it belongs to (nil: the
    /// text is itself a name — a nomenclature entry or an IKU).
    struct Sumber {
        var uraian: String
        var teks: String
        var namaSendiri: Set<String>?
    }

    public static func periksa(_ rows: [IndikatorBarisTercatat], nomenklatur: [KodeNomenklatur: String], iku: [String]) -> [Finding] {
        var out: [Finding] = []
        var dilihat = Set<String>()
        for row in rows where dilihat.insert("\(row.lokasi)|\(row.indikator)").inserted {
            let kata = Self.kata(row.indikator)
            let sendiri = Set(row.nama.flatMap(Self.kata))
            guard kata.count >= panjangMinimal, sendiri.isDisjoint(with: kata) else { continue }
            let lain = sumber(untuk: row, rows: rows, nomenklatur: nomenklatur, iku: iku)
            var terbaik: ([String], Sumber)?
            for s in lain {
                let run = Self.runTerpanjang(kata, Self.kata(s.teks))
                guard run.count >= panjangMinimal, run.count > (terbaik?.0.count ?? 0) else { continue }
                if let nama = s.namaSendiri, nama.isDisjoint(with: run) { continue }
                terbaik = (run, s)
            }
            guard let (run, s) = terbaik else { continue }
            out.append(
                Finding(
                    .indikatorBarisLain, lokasi: row.lokasi,
                    pesan: "Indikator \"\(row.indikator)\" pada \(row.kode) \(row.nama.first ?? "") tidak memuat satu kata pun dari nama barisnya, "
                        + "tetapi mengulang \"\(run.joined(separator: " "))\" dari \(s.uraian): indikator baris lain tersalin.",
                    dicetak: row.indikator))
        }
        return out
    }

    /// Other lines of the same level, the nomenclature entries of that level, and for a program the IKU.
    static func sumber(untuk row: IndikatorBarisTercatat, rows: [IndikatorBarisTercatat], nomenklatur: [KodeNomenklatur: String], iku: [String]) -> [Sumber] {
        let level = row.kode.level
        // Codes of one level are never above or below each other.
        func terpisah(_ k: KodeNomenklatur) -> Bool { k.level == level && k != row.kode }
        var out = rows.filter { terpisah($0.kode) }.map {
            Sumber(uraian: "indikator \($0.kode) (\($0.lokasi))", teks: $0.indikator, namaSendiri: Set($0.nama.flatMap(Self.kata)))
        }
        out += nomenklatur.filter { terpisah($0.key) }.sorted { $0.key < $1.key }.map {
            Sumber(uraian: "nomenklatur \($0.key) \($0.value)", teks: $0.value, namaSendiri: nil)
        }
        if level == .program { out += iku.map { Sumber(uraian: "IKU \"\($0)\"", teks: $0, namaSendiri: nil) } }
        return out
    }

    /// Words that carry meaning: at least four letters, not a joining word, a place of government or a measure word;
    /// the unit right after "Jumlah" ("Jumlah Laporan bahan logistik") names no subject.
    static func kata(_ teks: String) -> [String] {
        let semua = teks.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var out: [String] = []
        for (i, w) in semua.enumerated() {
            if i > 0, kepalaJumlah.contains(semua[i - 1]), satuanKepala.contains(w) { continue }
            if w.count >= 4, !umum.contains(w) { out.append(w) }
        }
        return out
    }

    static let kepalaJumlah: Set<String> = ["jumlah", "jmlh", "jmh", "jml"]
    static let satuanKepala: Set<String> = ["orang", "dokumen", "dok", "laporan", "paket", "jenis", "unit", "kali", "buah"]
    static let umum: Set<String> = [
        "jumlah", "persentase", "presentase", "percentase", "prosentase", "cakupan", "tingkat", "rasio", "indeks",
        "yang", "dengan", "dalam", "untuk", "pada", "terhadap", "dari", "oleh", "bagi", "serta", "melalui", "sebagai", "telah", "akan", "atau",
        "kabupaten", "kota", "daerah", "kewenangan",
    ]

    /// Longest run of consecutive words the two texts share.
    static func runTerpanjang(_ a: [String], _ b: [String]) -> [String] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var best = 0, akhir = 0
        var prev = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var cur = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                cur[j] = prev[j - 1] + 1
                if cur[j] > best { best = cur[j]; akhir = i }
            }
            prev = cur
        }
        return Array(a[(akhir - best)..<akhir])
    }
}
