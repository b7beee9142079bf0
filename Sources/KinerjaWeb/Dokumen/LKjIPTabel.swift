import Fluent
import Foundation
import KinerjaCore
import KinerjaDocs
import KinerjaStore

/// The tables of an office's LKjIP year, built once from the model (IKU definitions, Perjanjian Kinerja with its
/// program budgets, pengukuran kinerja) and rendered by every writer; `pk` carries the signatories for the page.
public struct LKjIPTabel: Sendable {
    public var tahun: Int
    public var skala: SkalaPenilaian
    public var pk: PerjanjianKinerjaQuery.PK?
    public var tabel: [TabelDokumen]
    /// The IKU measurements, for the charts and the province view.
    public var pengukuran: [TabelPengukuran.Masukan]
    /// The year's budget realisation (sub-kegiatan lines), for the financial tables and the charts.
    public var anggaran: RealisasiAnggaranQuery.Hasil?
    /// Ids of the staff tables, in printed order.
    public var idPegawai: [String] = []
    /// The IKU (by `BarisIKU.lokasi`) that measure an SPM basic service.
    public var ikuSPM: Set<String> = []

    public static func baca(db: any Database, opd: OPDModel, tahun n: Int) async throws -> LKjIPTabel {
        let opdID = try opd.requireID()
        let ukur = try await PengukuranKinerjaQuery(db: db).baca(opd: opd, tahun: n)
        let aturan = AturanPemda(rumusTurun: RumusTurun(rawValue: opd.pemda.rumusTurun) ?? .selisih, skala: ukur.skala)
        let masukan = ukur.baris.map { b in
            TabelPengukuran.Masukan(sasaran: b.sasaran, baris: b.iku, hasil: PengukuranKinerja.evaluate(b.iku, tahun: n, aturan: aturan))
        }
        var tabel: [TabelDokumen] = []
        let pk = try await PerjanjianKinerjaQuery(db: db).baca(opdID: opdID, tahun: n, ditetapkanDulu: true)
        // A year has an LKjIP when it has a PK or an IKU with a target or realisation of that year (IKU definitions
        // alone span the Renstra period).
        guard pk != nil || ukur.baris.contains(where: { $0.iku.targetPK[n] != nil || $0.iku.realisasi[n] != nil }) else {
            return LKjIPTabel(tahun: n, skala: ukur.skala, pk: nil, tabel: [], pengukuran: [], anggaran: nil)
        }
        if !ukur.baris.isEmpty {
            tabel.append(TabelIKU.buat(
                baris: ukur.baris.map {
                    TabelIKU.Masukan(sasaran: $0.sasaran, indikator: $0.iku.indikator, pembilang: $0.pembilang, penyebut: $0.penyebut,
                                     sumberData: $0.sumberData, penanggungJawab: $0.penanggungJawab, spm: $0.spm, lokasi: $0.iku.lokasi)
                }, perangkatDaerah: opd.nama))
        }
        if let pk {
            tabel.append(TabelPK.buat(
                tahun: n, target: pk.target.map { TabelPK.Target(sasaran: $0.sasaran, indikator: $0.indikator, target: $0.target, rencanaAksi: $0.rencanaAksi, lokasi: $0.kode) },
                perangkatDaerah: opd.nama))
            if !pk.anggaran.isEmpty {
                tabel.append(TabelPK.buatAnggaran(tahun: n, anggaran: pk.anggaran.map { ($0.kode, $0.uraian, $0.pagu, $0.sumberDana) }, perangkatDaerah: opd.nama))
            }
        }
        if !masukan.isEmpty { tabel.append(TabelPengukuran.buat(tahun: n, baris: masukan, skala: ukur.skala, perangkatDaerah: opd.nama)) }
        let realisasi = RealisasiAnggaranQuery(db: db)
        let anggaran = try await realisasi.baca(opdID: opdID, tahun: n)
        if let anggaran {
            if !masukan.isEmpty {
                let program = try await realisasi.programIKU(opdID: opdID, tahun: n)
                let roll = anggaran.rollUp
                let nama = Dictionary(anggaran.pos.map { ($0.kode, $0.uraian) }, uniquingKeysWith: { a, _ in a })
                tabel.append(TabelEfisiensi.buat(tahun: n, baris: zip(ukur.baris, masukan).map { b, m in
                    let k = program[b.kode]
                    return TabelEfisiensi.Masukan(indikator: b.iku.indikator, capaian: m.hasil.capaian, program: k, namaProgram: k.flatMap { nama[$0] },
                                                  pagu: k.flatMap { roll.total[$0]?[.pagu] }, realisasi: k.flatMap { roll.total[$0]?[.realisasi] }, lokasi: b.iku.lokasi)
                }, perangkatDaerah: opd.nama))
            }
            tabel.append(TabelRealisasiAnggaran.buat(tahun: n, pos: anggaran.pos, sumber: anggaran.sumber, perangkatDaerah: opd.nama))
        }
        let pegawai = try await RekapPegawaiQuery(db: db).tabel(opdID: opdID, tahun: n).enumerated().map { i, t in
            TabelPegawai.buat(nomor: i, judul: t.judul, kolom: t.kolom, baris: t.baris.map { TabelPegawai.Baris(kategori: $0.kategori, jumlah: $0.jumlah, lokasi: $0.lokasi) },
                              perangkatDaerah: opd.nama)
        }
        tabel += pegawai
        return LKjIPTabel(tahun: n, skala: ukur.skala, pk: pk, tabel: tabel, pengukuran: masukan, anggaran: anggaran, idPegawai: pegawai.map(\.id),
                          ikuSPM: Set(ukur.baris.filter(\.spm).map(\.iku.lokasi)))
    }

    /// The charts of the financial accountability section: per program, and per quarter when entered per quarter.
    public var grafikKeuangan: [GrafikBatang] {
        var g = [grafikAnggaranProgram].compactMap { $0 }
        if let a = anggaran, let tw = a.triwulan { g.append(GrafikBatang.serapanTriwulan(pagu: a.pagu, realisasi: tw, tahun: tahun)) }
        return g
    }

    /// Pagu against realisation per program (the financial table's program lines), in million rupiah.
    public var grafikAnggaranProgram: GrafikBatang? {
        guard let anggaran else { return nil }
        let roll = anggaran.rollUp
        let program = roll.total.keys.filter { $0.level == .program }.sorted()
        guard !program.isEmpty else { return nil }
        let nama = Dictionary(anggaran.pos.map { ($0.kode, $0.uraian) }, uniquingKeysWith: { a, _ in a })
        return GrafikBatang.anggaranProgram(program.map { k in (nama[k].flatMap { $0.isEmpty ? nil : $0 } ?? k.description, roll.total[k]?[.pagu], roll.total[k]?[.realisasi]) }, tahun: tahun)
    }

    /// The narrative sections of an LKjIP, by `narasi.bagian`, in outline order.
    public static let bagianNarasi: [(kunci: String, judul: String)] = [
        ("latar_belakang", "1.1 Latar Belakang"), ("isu_strategis", "1.2 Isu Strategis"),
        ("analisis_sasaran", "3.2 Analisis Capaian per Sasaran"), ("langkah_perbaikan", "4.1 Langkah Perbaikan"),
    ]

    /// The office's narratives of year n (`narasi.dokumen = 'lkjip'`).
    public static func narasi(db: any Database, opd: OPDModel, tahun n: Int) async throws -> [String: String] {
        try await NarasiRepository(db: db).semua(opdID: opd.requireID(), tahun: n, dokumen: "lkjip").mapValues(\.teks)
    }

    /// The revision of every narrative section (0: not written yet), for the API's optimistic locking.
    public static func revisiNarasi(db: any Database, opd: OPDModel, tahun n: Int) async throws -> [String: Int] {
        let ada = try await NarasiRepository(db: db).semua(opdID: opd.requireID(), tahun: n, dokumen: "lkjip")
        return Dictionary(uniqueKeysWithValues: bagianNarasi.map { ($0.kunci, ada[$0.kunci]?.revisi ?? 0) })
    }

    /// The LKjIP as a Word document: cover, table of contents, BAB I–IV with the narratives and numbered tables.
    public func dokumen(opd: OPDModel, narasi: [String: String]) -> DokumenWord {
        let judul = "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun \(tahun)"
        let t = Dictionary(tabel.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func teks(_ kunci: String) -> [BlokWord] {
            let judul = Self.bagianNarasi.first { $0.kunci == kunci }?.judul ?? kunci
            let isi = (narasi[kunci] ?? "").split(separator: "\n", omittingEmptySubsequences: true).map { BlokWord.paragraf(String($0)) }
            return [.judul(judul, tingkat: 2)] + (isi.isEmpty ? [.paragraf("(Belum diisi.)")] : isi)
        }
        let sdm: [BlokWord] = idPegawai.isEmpty ? [] : [.judul("1.3 Sumber Daya Manusia", tingkat: 2)] + idPegawai.compactMap { t[$0].map(BlokWord.tabel) }
        var bagian = [BagianWord(blok: [.daftarIsi, .pemisahHalaman, .judul("BAB I PENDAHULUAN", tingkat: 1)] + teks("latar_belakang") + teks("isu_strategis")
            + sdm + [.judul("BAB II PERENCANAAN KINERJA", tingkat: 1)])]
        if let x = t[TabelIKU.id] { bagian.append(BagianWord(lanskap: true, blok: [.judul("2.1 Indikator Kinerja Utama", tingkat: 2), .tabel(x)])) }
        if let pk, let x = t[TabelPK.id] {
            var blok: [BlokWord] = [
                .judul("2.2 Perjanjian Kinerja Tahun \(tahun)", tingkat: 2),
                .paragraf("Perjanjian Kinerja ditandatangani oleh \(pk.pihakPertama.nama.isEmpty ? pk.pihakPertama.jabatan : pk.pihakPertama.nama)"
                    + (pk.pihakKedua.nama.isEmpty ? "" : " dan \(pk.pihakKedua.nama)") + "."),
                .tabel(x),
            ]
            if let a = t[TabelPK.idAnggaran] { blok.append(.tabel(a)) }
            bagian.append(BagianWord(lanskap: true, blok: blok))
        }
        var bab3: [BlokWord] = [.judul("BAB III AKUNTABILITAS KINERJA", tingkat: 1)]
        if let x = t[TabelPengukuran.id] {
            let grafik = [GrafikBatang.capaianIKU(pengukuran, tahun: tahun), GrafikBatang.targetRealisasi(pengukuran, tahun: tahun)].filter { !$0.kategori.isEmpty }
            bab3 += [.judul("3.1 Capaian Kinerja Organisasi", tingkat: 2), .tabel(x)] + grafik.map(BlokWord.grafik)
        }
        bagian.append(BagianWord(lanskap: true, blok: bab3))
        bagian.append(BagianWord(blok: teks("analisis_sasaran")))
        var keuangan: [BlokWord] = []
        if let x = t[TabelEfisiensi.id] { keuangan += [.judul("3.3 Efisiensi Penggunaan Sumber Daya", tingkat: 2), .tabel(x)] }
        if let x = t[TabelRealisasiAnggaran.id] { keuangan += [.judul("3.4 Akuntabilitas Keuangan", tingkat: 2), .tabel(x)] + grafikKeuangan.map(BlokWord.grafik) }
        if !keuangan.isEmpty { bagian.append(BagianWord(lanskap: true, blok: keuangan)) }
        bagian.append(BagianWord(blok: [.judul("BAB IV PENUTUP", tingkat: 1)] + teks("langkah_perbaikan")))
        return DokumenWord(judul: judul, sampul: Sampul(judul: ["Laporan Kinerja", "Instansi Pemerintah", "Tahun \(tahun)"], perangkatDaerah: opd.nama), bagian: bagian)
    }
}
