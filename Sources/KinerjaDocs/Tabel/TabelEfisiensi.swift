import Foundation
import KinerjaCore

/// The efficiency analysis of the LKjIP (lakip-spec §3.6): per IKU, its capaian of year n against the budget
/// absorption of the program that serves it, with the verdict of `AnalisisEfisiensi` — the one definition, printed
/// under the table. An IKU with no program mapped has no budget: "tidak dapat dinilai", never "Efisien" (002:L2857
/// rates such an IKU "Efisien" at 100 %).
public enum TabelEfisiensi {
    public static let id = "efisiensi"

    public struct Masukan: Sendable {
        public var indikator: Indikator
        public var capaian: Capaian
        public var program: KodeNomenklatur?
        public var namaProgram: String?
        public var pagu: Rupiah?
        public var realisasi: Rupiah?
        public var lokasi: String?
        public init(indikator: Indikator, capaian: Capaian, program: KodeNomenklatur?, namaProgram: String?, pagu: Rupiah?, realisasi: Rupiah?, lokasi: String? = nil) {
            self.indikator = indikator
            self.capaian = capaian
            self.program = program
            self.namaProgram = namaProgram
            self.pagu = pagu
            self.realisasi = realisasi
            self.lokasi = lokasi
        }
    }

    public static let definisi =
        "Efisien bila capaian kinerja ≥ serapan anggaran program (keluaran tercapai sekurang-kurangnya sebesar bagian anggaran yang dibelanjakan); "
        + "tidak efisien bila lebih kecil; tidak dapat dinilai bila program, anggaran atau capaian tidak ada. Serapan = realisasi ÷ pagu × 100."

    public static func buat(tahun n: Int, baris: [Masukan], perangkatDaerah: String? = nil) -> TabelDokumen {
        let kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "iku", judul: "Indikator Kinerja Utama", nomor: "2", lebar: 36),
            Kolom(id: "capaian", judul: "Capaian Kinerja (%)", nomor: "3", format: .persen),
            Kolom(id: "program", judul: "Program", nomor: "4", lebar: 34),
            Kolom(id: "pagu", judul: "Pagu (Rp)", nomor: "5", format: .rupiah),
            Kolom(id: "realisasi", judul: "Realisasi (Rp)", nomor: "6", format: .rupiah),
            Kolom(id: "serapan", judul: "Serapan Anggaran (%)", nomor: "7 = (6/5)", format: .persen),
            Kolom(id: "status", judul: "Efisiensi", nomor: "8", lebar: 20),
        ]
        let rows = baris.enumerated().map { i, b in
            let a = AnalisisEfisiensi(capaianKinerja: b.capaian, pagu: b.pagu, realisasi: b.realisasi)
            let status = a.status.label + (a.alasan.map { " (\($0.pesan))" } ?? "")
            let program = b.program.map { k in [k.description, b.namaProgram].compactMap { $0 }.joined(separator: " ") }
            return BarisTabel(
                [.teks("\(i + 1)"), .teks(b.indikator.nama), Sel.dari(b.capaian), program.map(Sel.teks) ?? .teks("–"),
                 .rupiah(b.pagu?.rawValue), .rupiah(b.realisasi?.rawValue), Sel.dari(a.serapan), .teks(status)],
                rujukan: b.lokasi)
        }
        return TabelDokumen(id: id, judul: "Analisis Efisiensi Penggunaan Sumber Daya Tahun \(n)", subjudul: perangkatDaerah, kolom: kolom,
                            baris: rows, catatan: [definisi])
    }
}
