import Foundation
import KinerjaCore

/// T-C.30 *Pencapaian Kinerja Pelayanan Perangkat Daerah* of Renja n (renja-spec §2.2), in the Permendagri 86/2017
/// layout that Mamuju prints (000:L222-229): No, Indikator, SPM / Standar Nasional, IKK, Target Renstra n-2 … n+1,
/// Realisasi n-2 and n-1, Proyeksi n and n+1, Catatan Analisis. Kinerja adds, after the realisations, the capaian of
/// each realised year against its target (`EvaluasiTC30`) and the category of year n-1, numbered as formulas so
/// the reader sees what was computed. Percentage rows hold the value derived from their numerator/denominator rows.
public enum TabelTC30 {
    public static let id = "tc30"

    public struct Masukan: Sendable {
        public var baris: BarisTC30
        public var standarSPM: String?
        public var ikk: String?
        public var hasil: HasilTC30
        public init(baris: BarisTC30, standarSPM: String? = nil, ikk: String? = nil, hasil: HasilTC30) {
            self.baris = baris
            self.standarSPM = standarSPM
            self.ikk = ikk
            self.hasil = hasil
        }
    }

    public static func buat(
        tahun n: Int, baris: [Masukan], skala: SkalaPenilaian = .permendagri86, perangkatDaerah: String? = nil
    ) -> TabelDokumen {
        let target = [n - 2, n - 1, n, n + 1]
        let realisasi = EvaluasiTC30.tahunRealisasi(n)
        var kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "indikator", judul: "Indikator", nomor: "2", lebar: 36),
            Kolom(id: "satuan", judul: "Satuan", nomor: "2", lebar: 10),
            Kolom(id: "spm", judul: "SPM/Standar Nasional", nomor: "3", lebar: 14),
            Kolom(id: "ikk", judul: "IKK", nomor: "4", lebar: 10),
        ]
        kolom += target.enumerated().map { i, y in Kolom(id: "target_\(y)", judul: "Tahun \(y)", nomor: "\(5 + i)", format: .desimal(presisi: 2)) }
        kolom += realisasi.enumerated().map { i, y in Kolom(id: "realisasi_\(y)", judul: "Tahun \(y)", nomor: "\(9 + i)", format: .desimal(presisi: 2)) }
        kolom += [
            Kolom(id: "capaian_\(n - 2)", judul: "Tahun \(n - 2)", nomor: "11 = (9/5)", format: .persen, lebar: 12),
            Kolom(id: "capaian_\(n - 1)", judul: "Tahun \(n - 1)", nomor: "12 = (10/6)", format: .persen, lebar: 12),
            Kolom(id: "kategori", judul: "Kategori Capaian \(n - 1)", nomor: "13", lebar: 13),
            Kolom(id: "proyeksi_\(n)", judul: "Tahun \(n)", nomor: "14", format: .desimal(presisi: 2)),
            Kolom(id: "proyeksi_\(n + 1)", judul: "Tahun \(n + 1)", nomor: "15", format: .desimal(presisi: 2)),
            Kolom(id: "catatan", judul: "Catatan Analisis", nomor: "16", lebar: 24),
        ]
        let header: [[SelHeader]] = [
            [
                SelHeader("No", rowspan: 2), SelHeader("Indikator", colspan: 2, rowspan: 2),
                SelHeader("SPM/Standar Nasional", rowspan: 2), SelHeader("IKK", rowspan: 2),
                SelHeader("Target Renstra Perangkat Daerah", colspan: 4), SelHeader("Realisasi Capaian", colspan: 2),
                SelHeader("Capaian (%)", colspan: 2), SelHeader("Kategori Capaian \(n - 1)", rowspan: 2),
                SelHeader("Proyeksi", colspan: 2), SelHeader("Catatan Analisis", rowspan: 2),
            ],
            target.map { SelHeader("Tahun \($0)") } + realisasi.map { SelHeader("Tahun \($0)") }
                + realisasi.map { SelHeader("Tahun \($0)") } + [SelHeader("Tahun \(n)"), SelHeader("Tahun \(n + 1)")],
        ]
        let rows = baris.enumerated().map { i, m -> BarisTabel in
            let b = m.baris, ind = b.indikator
            var sel: [Sel] = [
                .teks(b.nomor.map(String.init) ?? "\(i + 1)"), .teks(ind.nama), .teks(ind.satuan.rawValue),
                m.standarSPM.map(Sel.teks) ?? .kosong, m.ikk.map(Sel.teks) ?? .kosong,
            ]
            sel += target.map { Sel.dari(b.target[$0], ind) }
            sel += realisasi.map { Sel.dari(b.realisasi[$0], ind) }
            sel += realisasi.map { y in m.hasil.capaian[y].map(Sel.dari) ?? .kosong }
            sel.append(m.hasil.kategori[n - 1].map(Sel.teks) ?? .kosong)
            sel += [n, n + 1].map { Sel.dari(b.proyeksi[$0], ind) }
            sel.append(b.catatan.map(Sel.teks) ?? .kosong)
            return BarisTabel(sel, rujukan: b.lokasi)
        }
        return TabelDokumen(
            id: id, judul: "Pencapaian Kinerja Pelayanan Perangkat Daerah", subjudul: perangkatDaerah, kolom: kolom, header: header,
            baris: rows,
            catatan: [
                TabelTC29.catatanSkala(skala),
                "Kolom 11 dan 12 (capaian realisasi terhadap target Renstra tahun yang sama, menurut arah indikator) dan kolom 13 dihitung oleh Kinerja; baris persentase dihitung dari pembilang dan penyebutnya.",
            ],
            lanskap: true)
    }
}
