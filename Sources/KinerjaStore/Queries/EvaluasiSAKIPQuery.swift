import FluentKit
import Foundation
import KinerjaCore

/// The SAKIP evaluation results a report prints (`evaluasi_sakip`) as the rules read them: the components' scores
/// per year as a score table whose printed total must be their Σ (R12, 004:L779 75,80 = 29,10 + … + 12,00), and each
/// year's grade and score from the table and the narrative as facts that must agree (R33, 004:L780 "B" vs L770 "BB").
struct EvaluasiSAKIPQuery {
    let db: any Database
    static let tabel = "tabel hasil evaluasi SAKIP"

    func tambahkan(ke dok: inout DokumenPeriksa, opdID: UUID, tahun n: Int) async throws {
        let rows = try await EvaluasiSAKIPModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$tahunLaporan == n).all()
        guard !rows.isEmpty else { return }
        let tabel = rows.filter { $0.sumber == EvaluasiSAKIPModel.Sumber.tabel.rawValue }
        // Components by code, years as columns, the weight as a column of its own; then the totals row.
        var baris: [RekapTercatat.Baris] = []
        for (kode, g) in Dictionary(grouping: tabel.filter { $0.baris == "komponen" }, by: { $0.komponenKode ?? "" }).sorted(by: { $0.key < $1.key }) {
            var sel: [String: RekapTercatat.Sel] = [:]
            for r in g { sel[String(r.tahun)] = RekapTercatat.Sel(nilai: r.nilaiE4.map { Kuantitas(unitKecil: $0).decimal }, dicetak: r.nilaiDicetak) }
            if let r = g.first { sel["Bobot"] = RekapTercatat.Sel(nilai: r.bobotE4.map { Kuantitas(unitKecil: $0).decimal }, dicetak: r.bobotDicetak) }
            baris.append(RekapTercatat.Baris(lokasi: g.map(\.rujukan).min() ?? kode, kategori: g.first?.komponen ?? kode, sel: sel))
        }
        let total = tabel.filter { $0.baris == "total" }
        if let first = total.first {
            var sel = Dictionary(total.map { (String($0.tahun), RekapTercatat.Sel(nilai: nil, dicetak: $0.nilaiDicetak)) }, uniquingKeysWith: { a, _ in a })
            sel["Bobot"] = RekapTercatat.Sel(nilai: nil, dicetak: first.bobotDicetak)
            baris.append(RekapTercatat.Baris(lokasi: first.rujukan, kategori: first.komponen ?? "Nilai Hasil Evaluasi", total: true, sel: sel))
        }
        if !baris.isEmpty { dok.rekap.append(RekapTercatat(tabel: Self.tabel, baris: baris)) }

        // Grades and scores per year, the table's first (the narrative restates them).
        for r in rows.sorted(by: { ($0.sumber != "tabel" ? 1 : 0, $0.rujukan) < ($1.sumber != "tabel" ? 1 : 0, $1.rujukan) }) {
            let sumber = r.sumber == "tabel" ? Self.tabel : "narasi"
            if r.baris == "predikat", let p = r.predikatDicetak.flatMap(Self.predikat) {
                dok.fakta.append(FaktaTercatat(kunci: "predikat SAKIP \(r.tahun)", tabel: sumber, lokasi: r.rujukan, nilai: p))
            }
            if r.baris == "total", let v = r.nilaiDicetak.flatMap(NilaiDicetak.init) {
                dok.fakta.append(FaktaTercatat(kunci: "nilai SAKIP \(r.tahun)", tabel: sumber, lokasi: r.rujukan, nilai: Tampilan.angka(v.nilai, presisi: 2)))
            }
        }
    }

    /// The grade in a printed cell ("mendapat predikat BB", "**\"BB\"**"): its last word that is a SAKIP grade.
    static func predikat(_ teks: String) -> String? {
        let kata = teks.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return kata.last { SkalaPeringkat.predikatSAKIP.tingkat.contains($0) }
    }
}
