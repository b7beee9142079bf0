// kinerja-bench: throughput of the indicator engine (not a test; run in release mode).
//
//   swift run -c release kinerja-bench [rows]
//
// 1. 1 000 000 indicator rows (naik / turun / rentang, some with T = 0), capaian + category on the
//    Permendagri 86 scale, on one core: the fast path (`EvaluatorCepat`, exact integer arithmetic on stored
//    `Kuantitas`) and the plain `Decimal` path, with a check that both agree on a sample.
// 2. One office's whole year: T-C.29, E.81 quarters, budget roll-up and every data-quality rule for an
//    office the size of Dinas Sosial Kab. Mamuju (renja-spec Appendix A), timed as the median of 200 runs.
import Foundation
import KinerjaCore
import KinerjaDocs

// Other benchmarks, by first argument (each in its own process: peak memory never goes down).
let argumen = Array(CommandLine.arguments.dropFirst())
switch argumen.first {
case "paket":
    try await BenchPaket.run(opdKode: argumen.count > 1 ? argumen[1] : "76.02-dinsos", tahun: argumen.count > 2 ? Int(argumen[2]) ?? 2024 : 2024)
    exit(0)
case "docs":
    let rows = argumen.count > 1 ? Int(argumen[1]) ?? 100_000 : 100_000
    let h = try await DocsBench.run(rows: rows, streaming: !argumen.contains("memori"), bentuk: argumen.contains("realisasi") ? .realisasiAnggaran : .tc29)
    print(h.ringkasan)
    exit(0)
default: break
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Baris {
    let arah: Arah
    let target: Kuantitas
    let realisasi: Kuantitas
}

/// A synthetic nomenclature code; the formats above always produce valid codes, and a bad one ends the benchmark
/// with a message rather than a trap.
func kodeSintetis(_ format: String, _ args: CVarArg...) -> KodeNomenklatur {
    let text = String(format: format, arguments: args)
    do { return try KodeNomenklatur(text) } catch {
        FileHandle.standardError.write(Data("kinerja-bench: \(error)\n".utf8))
        exit(1)
    }
}

func detik(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) + Double(c.attoseconds) / 1e18
}

/// CPU time of this thread: unaffected by other processes competing for the two cores.
struct CPUClock {
    static func sekarang() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    func measure(_ f: () -> Void) -> Duration {
        let a = Self.sekarang()
        f()
        let b = Self.sekarang()
        return .nanoseconds(Int64((b - a) * 1e9))
    }
}

let n = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000
var rng = SplitMix(state: 2024)
let baris: [Baris] = (0..<n).map { i in
    let roll = Int.random(in: 0..<100, using: &rng)
    let arah: Arah = roll < 80 ? .naik : (roll < 95 ? .turun : .rentang)
    // Counts up to 200 000 and percentages with two decimals; 1 % targets of zero.
    let t: Int64 = i % 100 == 0 ? 0 : Int64.random(in: 1...20_000_000, using: &rng) * 100
    let r: Int64 = Int64.random(in: 0...25_000_000, using: &rng) * 100
    return Baris(arah: arah, target: Kuantitas(unitKecil: t), realisasi: Kuantitas(unitKecil: r))
}

let skala = SkalaPenilaian.permendagri86
// Thread CPU time, not wall time: the machine may be shared (see README of the bench in the report).
let clock = CPUClock()

// Fast path.
let cepat = EvaluatorCepat(skala: skala, rumusTurun: .selisih)
var histogram = [Int](repeating: 0, count: skala.pita.count + 1)
let tCepat = clock.measure {
    for b in baris {
        let h = cepat.evaluasi(arah: b.arah, target: b.target, realisasi: b.realisasi)
        histogram[h.kategori ?? skala.pita.count] += 1
    }
}

// Decimal path on the same rows.
var histogramDesimal = [Int](repeating: 0, count: skala.pita.count + 1)
let tDesimal = clock.measure {
    for b in baris {
        let c = Capaian.hitung(arah: b.arah, target: b.target.nilaiDesimal, realisasi: b.realisasi.nilaiDesimal)
        histogramDesimal[c.angka.map { skala.indeks($0) } ?? skala.pita.count] += 1
    }
}

// Agreement on a sample, value and category.
var beda = 0
for b in baris.prefix(20_000) {
    let h = cepat.evaluasi(arah: b.arah, target: b.target, realisasi: b.realisasi)
    let c = Capaian.hitung(arah: b.arah, target: b.target.nilaiDesimal, realisasi: b.realisasi.nilaiDesimal)
    if h.capaian != c || h.kategori != c.angka.map({ skala.indeks($0) }) { beda += 1 }
}

print("rows: \(n)")
print(
    String(
        format: "fast path    (exact Int64, capaian + category): %8.3f s  %6.2f M rows/s", detik(tCepat), Double(n) / detik(tCepat) / 1e6))
print(
    String(
        format: "Decimal path (capaian + category):             %8.3f s  %6.2f M rows/s", detik(tDesimal), Double(n) / detik(tDesimal) / 1e6
    ))
print("category histogram equal: \(histogram == histogramDesimal); sample disagreements: \(beda) of 20000")
print("histogram (\(skala.pita.map(\.kategori).joined(separator: ", ")), undefined): \(histogram)")

// One office's whole year.
func kantor(_ seed: UInt64, dicetak: Bool) -> (DokumenPeriksa, [BarisE81]) {
    var g = SplitMix(state: seed)
    var dok = DokumenPeriksa(nama: "Dinas Sosial (sintetis)", tahunRencana: TahunRencana(2024))
    let jenis: [Indikator] = [
        .jumlah("orang", .orang), .jumlah("dok", .dokumen), .jumlah("unit", "unit", agregasi: .stok),
        .jumlah("lap", .laporan, agregasi: .tahunanBerulang), .persentase("pct"),
    ]
    var e81: [BarisE81] = []
    // 7 programs × 3 kegiatan × 5 sub-kegiatan = 105 sub-kegiatan, plus 28 parent lines.
    for p in 1...7 {
        dok.anggaran.append(PosAnggaran(kode: kodeSintetis("1.06.%02d", p), nilai: [.pagu: 1]))
        for k in 1...3 {
            let kk = kodeSintetis("1.06.%02d.2.%02d", p, k)
            dok.anggaran.append(PosAnggaran(kode: kk, nilai: [.pagu: 1]))
            for s in 1...5 {
                let kode = kodeSintetis("1.06.%02d.2.%02d.%04d", p, k, s)
                let pagu = Int64.random(in: 1_000_000...500_000_000, using: &g)
                dok.anggaran.append(
                    PosAnggaran(kode: kode, nilai: [.pagu: Rupiah(pagu), .realisasi: Rupiah(pagu * 97 / 100)]))
                let ind = jenis[(p + k + s) % jenis.count]
                func v(_ x: Int) -> Besaran { Besaran(Decimal(x), ind.satuan) }
                dok.barisTC29.append(
                    BarisTC29(
                        lokasi: kode.description, indikator: ind, kolom4: v(Int.random(in: 50...500, using: &g)),
                        kolom5: v(Int.random(in: 0...100, using: &g)), kolom6: v(Int.random(in: 0...100, using: &g)),
                        kolom7: v(Int.random(in: 0...120, using: &g)), kolom9: v(Int.random(in: 1...100, using: &g)),
                        dicetak8: dicetak ? "100%" : nil, dicetak10: dicetak ? "34" : nil,
                        dicetak11: dicetak ? "57%" : nil))
                e81.append(
                    BarisE81(
                        lokasi: kode.description, indikator: ind, targetRenstra: v(500), realisasiSampaiTahunLalu: v(100),
                        targetTahun: v(100), targetTriwulan: [v(25), v(25), v(25), v(25)],
                        realisasiTriwulan: [v(20), v(30), v(25), nil], pagu: Rupiah(pagu),
                        realisasiAnggaranTriwulan: [Rupiah(pagu / 5), Rupiah(pagu / 4), Rupiah(pagu / 4), nil]))
                dok.kode.append(KodeTercatat(lokasi: kode.description, tabel: "rumusan", teks: kode.description, tingkat: .subKegiatan))
                dok.targetBerpagu.append(TargetBerpagu(lokasi: kode.description, uraian: "", target: v(10), pagu: Rupiah(pagu)))
                dok.sel.append(SelTercatat(lokasi: kode.description, teks: "Rp \(Rupiah.grouped(pagu))"))
            }
        }
    }
    return (dok, e81)
}

func tahunKantor(dicetak: Bool) {
    let (dok, e81) = kantor(7, dicetak: dicetak)
    var durasi: [Double] = []
    var jumlahTemuan = 0
    for _ in 0..<200 {
        let t = clock.measure {
            jumlahTemuan = EvaluasiTahunan.evaluate(dok, e81: e81).temuan.count
        }
        durasi.append(detik(t))
    }
    durasi.sort()
    func median(_ f: () -> Void) -> Double {
        var d: [Double] = []
        for _ in 0..<100 { d.append(detik(clock.measure(f))) }
        return d.sorted()[50] * 1000
    }
    let mTC29 = median { _ = EvaluasiTC29.evaluate(dok.barisTC29) }
    let mE81 = median { _ = e81.map { EvaluasiE81.evaluate($0) } }
    let mRollUp = median { _ = RollUp(dok.anggaran) }
    var lain = dok
    lain.barisTC29 = []
    lain.anggaran = []
    let mRules = median { _ = PemeriksaanKualitas.periksa(lain) }
    print(
        String(
            format:
                "one office's year, %@ (%d T-C.29 rows, %d E.81 rows, %d budget lines, all rules): median %.3f ms, p95 %.3f ms (%d findings)",
            dicetak ? "imported (printed columns checked)" : "entered", dok.barisTC29.count, e81.count, dok.anggaran.count,
            durasi[100] * 1000, durasi[190] * 1000, jumlahTemuan))
    print(String(format: "  of which: T-C.29 %.3f ms, E.81 %.3f ms, roll-up %.3f ms, other rules %.3f ms", mTC29, mE81, mRollUp, mRules))
}
tahunKantor(dicetak: false)
tahunKantor(dicetak: true)
