import Foundation

/// A money column's printed unit ("Pagu Indikatif (Rp.000)", 000:L282) with the column's amounts beside the same
/// lines' pagu in the model, so R44 can say when the header and the cells disagree (renja-spec §6.2 #41: a
/// thousands header over cells holding full rupiah, "Rp 4.465.200").
public struct SatuanKolomTercatat: Hashable, Sendable {
    public struct Pasangan: Hashable, Sendable {
        public var dicetak: Rupiah
        public var pagu: Rupiah
        public init(dicetak: Rupiah, pagu: Rupiah) {
            self.dicetak = dicetak
            self.pagu = pagu
        }
    }
    public var lokasi: String
    public var kolom: String
    public var dicetak: String
    public var pasangan: [Pasangan]
    public init(lokasi: String, kolom: String, dicetak: String, pasangan: [Pasangan]) {
        self.lokasi = lokasi
        self.kolom = kolom
        self.dicetak = dicetak
        self.pasangan = pasangan
    }

    /// The multiplier a header states: "(Rp.000)", "Rp 000", "ribuan" → 1.000; "juta", "(Rp.000.000)" → 1.000.000; else 1.
    public static func faktor(_ teks: String) -> Int64 {
        let t = teks.lowercased()
        if t.contains("juta") || t.range(of: #"rp\.?\s*0{3}[.,\s]?0{3}\b"#, options: .regularExpression) != nil { return 1_000_000 }
        if t.contains("ribu") || t.range(of: #"rp\.?\s*0{3}\b"#, options: .regularExpression) != nil { return 1_000 }
        return 1
    }
}

enum AturanSatuanKolom {
    /// At least this many lines must be compared before the header is judged.
    static let minimumPasangan = 3

    /// R44: the lines' own pagu over the printed amounts, as a median (robust to the odd line whose amount differs
    /// for real): near 1 the cells are full rupiah, near the factor they are what the header says.
    static func periksa(_ rows: [SatuanKolomTercatat]) -> [Finding] {
        rows.compactMap { row in
            let f = SatuanKolomTercatat.faktor(row.dicetak)
            let rasio = row.pasangan.filter { $0.dicetak.rawValue > 0 && $0.pagu.rawValue > 0 }
                .map { Double($0.pagu.rawValue) / Double($0.dicetak.rawValue) }.sorted()
            guard f > 1, rasio.count >= minimumPasangan else { return nil }
            let median = rasio[rasio.count / 2]
            guard abs(log10(median)) < abs(log10(median / Double(f))) else { return nil }
            return Finding(
                .satuanKolom, lokasi: row.lokasi,
                pesan: "Judul kolom \(row.kolom) menyatakan rupiah × \(Rupiah.grouped(f)), tetapi isinya rupiah penuh: pada \(rasio.count) baris angka tercetak sebesar pagu baris itu di Renja (rasio median \(Tampilan.angka(Decimal(median), presisi: 2))), bukan \(Rupiah.grouped(f)) kalinya.",
                dicetak: row.dicetak, dihitung: "Rp")
        }
    }
}
