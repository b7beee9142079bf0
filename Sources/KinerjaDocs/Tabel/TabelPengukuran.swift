import Foundation
import KinerjaCore

/// *Pengukuran Kinerja* of an LKjIP year n (lakip-spec §3): per IKU the PK target and realisation of n with the
/// engine's capaian and category, the two previous years' realisation and capaian (each against its own year's PK
/// target) and the realisation against the Renstra's end target. Every capaian comes from `PengukuranKinerja`.
public enum TabelPengukuran {
    public static let id = "pengukuran-kinerja"

    public struct Masukan: Sendable {
        public var sasaran: String?
        public var baris: BarisIKU
        public var hasil: HasilIKU
        public init(sasaran: String?, baris: BarisIKU, hasil: HasilIKU) {
            self.sasaran = sasaran
            self.baris = baris
            self.hasil = hasil
        }
    }

    public static func buat(tahun n: Int, baris: [Masukan], skala: SkalaPenilaian, perangkatDaerah: String? = nil) -> TabelDokumen {
        let akhir = baris.compactMap(\.baris.tahunAkhirRenstra).first
        let kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "sasaran", judul: "Sasaran Strategis", nomor: "2", lebar: 28),
            Kolom(id: "iku", judul: "Indikator Kinerja Utama", nomor: "3", lebar: 32),
            Kolom(id: "satuan", judul: "Satuan", nomor: "3", lebar: 10),
            Kolom(id: "target", judul: "Target PK \(n)", nomor: "4", format: .desimal(presisi: 2)),
            Kolom(id: "realisasi", judul: "Realisasi \(n)", nomor: "5", format: .desimal(presisi: 2)),
            Kolom(id: "capaian", judul: "Capaian \(n) (%)", nomor: "6 = (5/4)", format: .persen, lebar: 12),
            Kolom(id: "kategori", judul: "Kategori", nomor: "7", lebar: 13),
            Kolom(id: "realisasi_\(n - 1)", judul: "Realisasi \(n - 1)", nomor: "8", format: .desimal(presisi: 2)),
            Kolom(id: "capaian_\(n - 1)", judul: "Capaian \(n - 1) (%)", nomor: "9", format: .persen, lebar: 12),
            Kolom(id: "realisasi_\(n - 2)", judul: "Realisasi \(n - 2)", nomor: "10", format: .desimal(presisi: 2)),
            Kolom(id: "capaian_\(n - 2)", judul: "Capaian \(n - 2) (%)", nomor: "11", format: .persen, lebar: 12),
            Kolom(id: "target_akhir", judul: akhir.map { "Target Akhir Renstra (\($0))" } ?? "Target Akhir Renstra", nomor: "12", format: .desimal(presisi: 2)),
            Kolom(id: "capaian_akhir", judul: "Capaian terhadap Target Akhir Renstra (%)", nomor: "13 = (5/12)", format: .persen, lebar: 14),
        ]
        let header: [[SelHeader]] = [
            [
                SelHeader("No", rowspan: 2), SelHeader("Sasaran Strategis", rowspan: 2), SelHeader("Indikator Kinerja Utama", colspan: 2, rowspan: 2),
                SelHeader("Tahun \(n)", colspan: 4), SelHeader("Tahun \(n - 1)", colspan: 2), SelHeader("Tahun \(n - 2)", colspan: 2),
                SelHeader(kolom[12].judul, rowspan: 2), SelHeader(kolom[13].judul, rowspan: 2),
            ],
            [
                SelHeader("Target PK"), SelHeader("Realisasi"), SelHeader("Capaian (%)"), SelHeader("Kategori"),
                SelHeader("Realisasi"), SelHeader("Capaian (%)"), SelHeader("Realisasi"), SelHeader("Capaian (%)"),
            ],
        ]
        let rows = baris.enumerated().map { i, m -> BarisTabel in
            let b = m.baris, ind = b.indikator, h = m.hasil
            func cap(_ y: Int) -> Sel { h.capaianPerTahun[y].map(Sel.dari) ?? .kosong }
            return BarisTabel(
                [
                    .teks("\(i + 1)"), m.sasaran.map(Sel.teks) ?? .kosong, .teks(ind.nama), .teks(ind.satuan.rawValue),
                    Sel.dari(b.targetPK[n], ind), Sel.dari(b.realisasi[n], ind), Sel.dari(h.capaian),
                    h.kategori.map(Sel.teks) ?? .kosong,
                    Sel.dari(b.realisasi[n - 1], ind), cap(n - 1), Sel.dari(b.realisasi[n - 2], ind), cap(n - 2),
                    Sel.dari(b.targetAkhirRenstra, ind), h.capaianAkhirRenstra.map(Sel.dari) ?? .kosong,
                ], rujukan: b.lokasi)
        }
        return TabelDokumen(
            id: id, judul: "Pengukuran Kinerja Tahun \(n)", subjudul: perangkatDaerah, kolom: kolom, header: header, baris: rows,
            catatan: [
                TabelTC29.catatanSkala(skala),
                "Capaian dihitung oleh Kinerja menurut arah indikator (naik: realisasi/target × 100; turun: kebalikannya); target nol atau realisasi yang belum ada tidak dapat dihitung.",
            ],
            lanskap: true)
    }
}

/// *Indikator Kinerja Utama*: the definition of each IKU (lakip-spec §2: formulasi, sumber data, penanggung jawab).
public enum TabelIKU {
    public static let id = "iku"

    public struct Masukan: Sendable {
        public var sasaran: String?
        public var indikator: Indikator
        public var pembilang: String?
        public var penyebut: String?
        public var sumberData: String?
        public var penanggungJawab: String?
        public var spm: Bool
        public var lokasi: String
        public init(
            sasaran: String?, indikator: Indikator, pembilang: String?, penyebut: String?, sumberData: String?, penanggungJawab: String?,
            spm: Bool, lokasi: String
        ) {
            self.sasaran = sasaran
            self.indikator = indikator
            self.pembilang = pembilang
            self.penyebut = penyebut
            self.sumberData = sumberData
            self.penanggungJawab = penanggungJawab
            self.spm = spm
            self.lokasi = lokasi
        }
    }

    /// "Jumlah A / Jumlah B × 100 %" when both parts are defined, the one that is otherwise.
    public static func formulasi(_ m: Masukan) -> String? {
        switch (m.pembilang, m.penyebut) {
        case let (p?, q?): "\(p) / \(q)" + (m.indikator.satuan == .persen ? " × 100%" : "")
        case let (p?, nil): p
        default: nil
        }
    }

    public static func buat(baris: [Masukan], perangkatDaerah: String? = nil) -> TabelDokumen {
        let kolom: [Kolom] = [
            Kolom(id: "no", judul: "No", nomor: "1", lebar: 5),
            Kolom(id: "sasaran", judul: "Sasaran Strategis", nomor: "2", lebar: 28),
            Kolom(id: "iku", judul: "Indikator Kinerja Utama", nomor: "3", lebar: 32),
            Kolom(id: "satuan", judul: "Satuan", nomor: "4", lebar: 10),
            Kolom(id: "formulasi", judul: "Formulasi Perhitungan", nomor: "5", lebar: 36),
            Kolom(id: "sumber_data", judul: "Sumber Data", nomor: "6", lebar: 20),
            Kolom(id: "penanggung_jawab", judul: "Penanggung Jawab", nomor: "7", lebar: 20),
            Kolom(id: "spm", judul: "SPM", nomor: "8", lebar: 6),
        ]
        let rows = baris.enumerated().map { i, m in
            BarisTabel(
                [
                    .teks("\(i + 1)"), m.sasaran.map(Sel.teks) ?? .kosong, .teks(m.indikator.nama), .teks(m.indikator.satuan.rawValue),
                    formulasi(m).map(Sel.teks) ?? .kosong, m.sumberData.map(Sel.teks) ?? .kosong, m.penanggungJawab.map(Sel.teks) ?? .kosong,
                    .teks(m.spm ? "Ya" : "–"),
                ], rujukan: m.lokasi)
        }
        return TabelDokumen(id: id, judul: "Indikator Kinerja Utama", subjudul: perangkatDaerah, kolom: kolom, baris: rows, lanskap: true)
    }
}
