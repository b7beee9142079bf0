import FluentKit
import Foundation
import KinerjaCore

/// What R47 reads: every line's indicator where a table prints it (the Renja lines from the model, the other
/// tables from their printed indicator cells, `DemoLoader.kolomIndikatorBaris`), each with the names of its line
/// and of the lines under it in the nomenclature; the nomenclature's names; the office's IKU names.
enum IndikatorBarisPeriksa {
    static func tambahkan(
        ke dok: inout DokumenPeriksa, db: any Database, opdID: UUID, printed: [NilaiTercetakModel], renja: [RenjaBaris], lokasi: [KodeNomenklatur: String]
    ) async throws {
        var nama: [KodeNomenklatur: String] = [:]
        for m in try await NomenklaturModel.query(on: db).all() {
            guard let k = try? KodeNomenklatur(m.kode), nama[k] == nil else { continue }
            nama[k] = m.nama
        }
        // A line is named by its own entry and every entry below it: a kegiatan's indicator may use a sub's words.
        func namaBaris(_ k: KodeNomenklatur, _ lain: String?) -> [String] {
            let awal = k.description + "."
            return [nama[k], lain].compactMap { $0 } + nama.filter { $0.key.description.hasPrefix(awal) }.sorted { $0.key < $1.key }.map(\.value)
        }
        for b in renja {
            for ind in Set(b.targets.map(\.indikator)).sorted() where !ind.isEmpty {
                dok.indikatorBaris.append(
                    IndikatorBarisTercatat(lokasi: lokasi[b.kode] ?? b.kode.description, kode: b.kode, nama: namaBaris(b.kode, b.uraian), indikator: ind))
            }
        }
        for p in printed.sorted(by: PemeriksaanQuery.urutanCetak) where DemoLoader.kolomIndikatorBaris.contains(p.kolom) {
            guard let kode = p.kodeUtama.flatMap({ try? KodeNomenklatur($0) }) else { continue }
            dok.indikatorBaris.append(IndikatorBarisTercatat(lokasi: p.rujukan, kode: kode, nama: namaBaris(kode, nil), indikator: p.teks))
        }
        dok.namaNomenklatur = nama
        let iku = try await IndikatorModel.query(on: db).filter(\.$opd.$id == opdID).filter(\.$iku == true).all().map(\.nama)
        dok.namaIKU = Array(Set(iku + dok.namaIndikator.map(\.teks))).sorted()
    }
}
