import Foundation

/// The same sub-kegiatan's pagu as one document prints it in two tables (renja-spec §6.2 #23: Fasilitasi
/// Kunjungan Tamu 12.480.000 in the T-C.31 analysis, 000:L309, and 13.089.000 in the rumusan table, 000:L492).
/// One fact has one value: Kinerja stores it once and renders it in every table.
public struct PaguTercatat: Hashable, Sendable {
    /// The line's identity in both tables (its nomenclature code).
    public var kunci: String
    public var tabel: String
    public var lokasi: String
    public var pagu: Rupiah
    public init(kunci: String, tabel: String, lokasi: String, pagu: Rupiah) {
        self.kunci = kunci
        self.tabel = tabel
        self.lokasi = lokasi
        self.pagu = pagu
    }
}

enum AturanPagu {
    /// R31: every table's pagu of a line against the first table's (input order: the rumusan table first).
    static func antartabel(_ rows: [PaguTercatat]) -> [Finding] {
        SatuFakta.bandingkan(rows, kunci: \.kunci, berbeda: { $0.tabel != $1.tabel && $0.pagu != $1.pagu }) { other, first in
            Finding(
                .paguBerbedaAntartabel, lokasi: "\(other.lokasi) vs \(first.lokasi)",
                pesan: "Pagu \(other.kunci) berbeda antara \(first.tabel) dan \(other.tabel) dalam dokumen yang sama.",
                dicetak: Rupiah.grouped(other.pagu.rawValue), dihitung: Rupiah.grouped(first.pagu.rawValue))
        }
    }
}
