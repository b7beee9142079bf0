import Foundation
import KinerjaCore

@testable import KinerjaDocs

func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }
func kode(_ s: String) -> KodeNomenklatur { try! KodeNomenklatur(s) }

/// Example data shaped like the Mamuju and Tarakan seeds (renja-spec §2.1, §6.1).
enum Contoh {
    static let tahun = 2025

    static func target(_ ind: String, _ satuan: String, _ tahun: Int, _ nilai: String) -> TargetIndikator {
        TargetIndikator(
            indikator: ind, satuanIndikator: satuan, tahun: tahun, nilai: try! Kuantitas(parsing: nilai), satuan: satuan)
    }

    /// One program, two kegiatan, three sub-kegiatan; Σ pagu 2.852.250.329.
    static let renja: [RenjaBaris] = [
        RenjaBaris(
            kode: kode("1.06.04"), uraian: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
            targets: [target("Persentase PPKS yang terlindungi", "Persen", tahun, "79.71")]),
        RenjaBaris(
            kode: kode("1.06.04.2.01"), uraian: "Pemeliharaan Anak-Anak Terlantar",
            targets: [target("Jumlah anak terlantar yang dipelihara", "Orang", tahun, "120")]),
        RenjaBaris(
            kode: kode("1.06.04.2.01.0001"), uraian: "Pemberian Permakanan bagi Anak Terlantar", pagu: 1_250_000_000,
            paguN1: 1_300_000_000, lokasi: "Kab. Mamuju", sumberDana: "DAU", catatan: "Prioritas, \"mendesak\"",
            targets: [
                target("Jumlah anak yang menerima permakanan", "Orang", tahun, "100"),
                target("Jumlah anak yang menerima permakanan", "Orang", tahun + 1, "110"),
                target("Jumlah paket permakanan", "Paket", tahun, "36500.5"),
            ]),
        RenjaBaris(
            kode: kode("1.06.04.2.01.0002"), uraian: "Penyediaan Alat Bantu", pagu: 602_250_329, paguN1: 650_000_000,
            lokasi: "Kab. Mamuju", sumberDana: "DAK",
            targets: [target("Jumlah alat bantu yang disediakan", "Unit", tahun, "45")]),
        RenjaBaris(
            kode: kode("1.06.04.2.02"), uraian: "Pengelolaan Data Fakir Miskin",
            targets: [target("Jumlah dokumen data fakir miskin", "Dokumen", tahun, "1")]),
        RenjaBaris(
            kode: kode("1.06.04.2.02.0001"), uraian: "Verifikasi dan Validasi Data", pagu: 1_000_000_000,
            lokasi: "17 kecamatan", sumberDana: "DAU",
            targets: [target("Jumlah dokumen hasil verifikasi", "Dokumen", tahun, "2")]),
    ]

    static var pohon: PohonRenja { PohonRenja(baris: renja) }

    static let dok = Indikator.jumlah("dok", .dokumen, nama: "Jumlah dokumen perencanaan")
    static let orang = Indikator.jumlah("orang", .orang, nama: "Jumlah PPKS yang mendapat bantuan")
    static let persen = Indikator.persentase("pct", nama: "Persentase PPKS yang terlindungi")

    static func besaran(_ v: String, _ s: String) -> Besaran { Besaran(d(v), Satuan(s)) }

    /// T-C.29 rows: 000:L113 (56,67 %), 000:L189 (target nol), 003:L201 (percent, 95,80 %).
    static var tc29: [TabelTC29.Masukan] {
        let rows: [(KodeNomenklatur?, String, BarisTC29)] = [
            (
                kode("1.06.04"), "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
                BarisTC29(
                    lokasi: "003:L201", indikator: persen, kolom4: besaran("100", "%"), kolom5: besaran("90.42", "%"),
                    kolom6: besaran("100", "%"), kolom7: besaran("95.80", "%"), kolom9: besaran("100", "%"))
            ),
            (
                kode("1.06.04.2.01"), "Penyusunan Dokumen Perencanaan",
                BarisTC29(
                    lokasi: "000:L113", indikator: dok, kolom4: besaran("60", "Dokumen"), kolom5: besaran("12", "Dokumen"),
                    kolom6: besaran("12", "Dokumen"), kolom7: besaran("12", "Dokumen"), kolom9: besaran("10", "Dokumen"))
            ),
            (
                kode("1.06.04.2.01.0001"), "Pemberian Bantuan Sosial",
                BarisTC29(
                    lokasi: "000:L189", indikator: orang, kolom4: besaran("20", "Orang"), kolom5: besaran("6", "Orang"),
                    kolom6: besaran("0", "Orang"), kolom7: besaran("6", "Orang"), kolom9: besaran("1", "Orang"))
            ),
        ]
        return rows.map { (k, u, b) in (kode: k, uraian: u, baris: b, hasil: EvaluasiTC29.evaluate(b)) }
    }

    static var perbandingan: PerbandinganRenja {
        var sesudah = renja
        sesudah[3].pagu = 702_250_329
        sesudah[5].pagu = 900_000_000
        sesudah.append(
            RenjaBaris(kode: kode("1.06.04.2.02.0002"), uraian: "Bimbingan Teknis Pendamping", pagu: 50_000_000))
        return PerbandinganRenja(
            sebelum: renja, sesudah: sesudah,
            alasan: [kode("1.06.04.2.01.0002"): "Tambahan alat bantu disabilitas"])
    }

    static var semuaTabel: [TabelDokumen] {
        [
            TabelRumusan.buat(pohon: pohon, tahun: tahun, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju"),
            TabelTC29.buat(tahun: tahun, baris: tc29, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju"),
            TabelPerbandingan.buat(perbandingan, tahun: tahun, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju"),
            TabelTC30.buat(tahun: 2024, baris: tc30, perangkatDaerah: "Dinas Sosial Kabupaten Mamuju"),
        ]
    }

    /// T-C.30 rows of Mamuju's Renja 2024 (000:L231, L233, L254).
    static var tc30: [TabelTC30.Masukan] {
        func p(_ s: String) -> Besaran { Besaran(d(s), .persen) }
        let orang = Satuan("orang")
        let rows = [
            BarisTC30(
                lokasi: "000:L231", indikator: .jumlah("psks", orang, agregasi: .stok, nama: "Jumlah PSKS yang aktif"),
                target: [2022: Besaran(60, orang), 2023: Besaran(75, orang), 2024: Besaran(100, orang), 2025: Besaran(100, orang)],
                realisasi: [2022: Besaran(109, orang), 2023: Besaran(121, orang)], proyeksi: [2024: Besaran(100, orang), 2025: Besaran(100, orang)]),
            BarisTC30(
                lokasi: "000:L233", indikator: .persentase("bencana", nama: "Persentase korban bencana yang terlindungi <dan> dijamin"),
                target: [2022: p("79.23"), 2023: p("78.34"), 2024: p("77.56"), 2025: p("76.86")],
                realisasi: [2022: p("100"), 2023: p("100")], proyeksi: [2024: p("77.56"), 2025: p("76.86")]),
            BarisTC30(
                lokasi: "000:L254", indikator: .kualitatif("akip", skala: .predikatSAKIP, nama: "Nilai AKIP"),
                target: [2022: .peringkat("C"), 2023: .peringkat("CC")], realisasi: [2022: .peringkat("B")]),
        ]
        return rows.map { TabelTC30.Masukan(baris: $0, standarSPM: $0.lokasi == "000:L233" ? "100%" : nil, hasil: EvaluasiTC30.evaluate($0, tahun: 2024)) }
    }
}
