import FluentKit
import Foundation
import KinerjaCore
import KinerjaStore

/// A minimal office with a two-level nomenclature, enough to write Renja lines.
struct Fixture {
    let opd: OPDModel
    let renja: RenjaModel

    static let program = try! KodeNomenklatur("1.06.04")
    static let kegiatan = try! KodeNomenklatur("1.06.04.2.01")
    static let sub = try! KodeNomenklatur("1.06.04.2.01.0001")

    static func make(on db: any Database) async throws -> Fixture {
        let w = WilayahRepository(db: db)
        try await w.pemda(Pemda(kode: "76", nama: "Sulawesi Barat", jenis: .provinsi, kodeProvinsi: nil))
        try await w.pemda(Pemda(kode: "76.02", nama: "Kabupaten Mamuju", jenis: .kabupaten, kodeProvinsi: "76"))
        let opd = try await w.opd(OPD(kode: "76.02-dinsos", nama: "Dinas Sosial Kabupaten Mamuju", singkatan: nil, kodePemda: "76.02"))
        let ref = ReferensiRepository(db: db)
        let reg = try await ref.regulasi(kode: RenjaRepository.regulasiBaku, judul: "Kepmendagri")
        for (k, n) in [("1", "Urusan Wajib Pelayanan Dasar"), ("1.06", "Sosial"), ("1.06.04", "Program Rehabilitasi Sosial"),
                       ("1.06.04.2.01", "Rehabilitasi Sosial Dasar"), ("1.06.04.2.01.0001", "Penyediaan Permakanan")] {
            try await ref.nomenklatur(regulasi: reg, kode: try KodeNomenklatur(k), nama: n)
        }
        try await ref.satuan(kode: "orang", nama: "Orang", ukuran: .jumlah, alias: [])
        try await ref.satuan(kode: "persen", nama: "Persen", ukuran: .persentase, alias: [])
        let renja = try await RenjaRepository(db: db).buat(opd: opd, tahun: 2024)
        return Fixture(opd: opd, renja: renja)
    }

    static func subLine(pagu: Int64 = 1_000_000, target: Int = 77, satuan: String = "orang") -> BarisMasukan {
        let t = TargetIndikator(indikator: "Jumlah penerima permakanan", satuanIndikator: "orang", tahun: 2024,
                                nilai: Kuantitas(target), satuan: satuan)
        return BarisMasukan(
            baris: RenjaBaris(kode: sub, uraian: "Penyediaan Permakanan", pagu: Rupiah(pagu), targets: [t]),
            indikator: [IndikatorDefinisi(nama: "Jumlah penerima permakanan", satuan: "orang", arah: .naik, agregasi: .kumulatif, ukuran: .jumlah)])
    }
}
