import Foundation
import PropertyBased
import Testing

@testable import KinerjaCore

/// Decimals with two fractional digits, 0 … 10 000 000.
let genJumlah = Gen.int64(in: 0...1_000_000_000).map { Decimal($0) / 100 }
/// Strictly positive decimals with two fractional digits.
let genPositif = Gen.int64(in: 1...1_000_000_000).map { Decimal($0) / 100 }

/// A small deterministic RNG for shuffling inside a property (the seed is the generated input).
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

@Suite("Invariants (property-based)")
struct PropertyTests {
    @Test("naik: capaian is non-decreasing in R")
    func naikMonoton() async {
        await propertyCheck(count: 300, input: genPositif, genJumlah, genJumlah) { t, r1, r2 in
            let (lo, hi) = r1 <= r2 ? (r1, r2) : (r2, r1)
            let a = Capaian.hitung(arah: .naik, target: t, realisasi: lo).angka!
            let b = Capaian.hitung(arah: .naik, target: t, realisasi: hi).angka!
            #expect(a <= b)
        }
    }

    @Test("turun: capaian is non-increasing in R, under both Pemda formulas")
    func turunMonoton() async {
        await propertyCheck(count: 300, input: genPositif, genPositif, genPositif) { t, r1, r2 in
            let (lo, hi) = r1 <= r2 ? (r1, r2) : (r2, r1)
            for rumus in RumusTurun.allCases {
                let a = Capaian.hitung(arah: .turun, target: t, realisasi: lo, rumusTurun: rumus).angka!
                let b = Capaian.hitung(arah: .turun, target: t, realisasi: hi, rumusTurun: rumus).angka!
                #expect(a >= b, "\(rumus)")
            }
        }
    }

    @Test("R = T gives exactly 100 for every direction, formula, and qualitative grade")
    func rSamaT() async {
        await propertyCheck(count: 300, input: genPositif, Gen.int(in: 0...6)) { t, rank in
            for arah in Arah.allCases {
                for rumus in RumusTurun.allCases {
                    #expect(Capaian.hitung(arah: arah, target: t, realisasi: t, rumusTurun: rumus) == .nilai(100))
                }
            }
            let g = SkalaPeringkat.predikatSAKIP.tingkat[rank]
            let q = Indikator.kualitatif("q", skala: .predikatSAKIP)
            #expect(q.capaian(target: .peringkat(g), realisasi: .peringkat(g)) == .nilai(100))
            let pct = Indikator.persentase("p")
            #expect(pct.capaian(target: .rasio(t, t + 1), realisasi: .rasio(t, t + 1)) == .nilai(100))
        }
    }

    @Test("scale lookup is total and unique over [0, ∞), boundaries included")
    func skalaTotal() async {
        let batas = SkalaPenilaian.bawaan.flatMap { s in s.pita.flatMap { [$0.bawah] + ($0.atas.map { [$0] } ?? []) } }
        let genX = Gen.int64(in: 0...50_000).map { Decimal($0) / 100 }
        await propertyCheck(count: 500, input: genX, Gen.int(in: 0..<batas.count)) { x, i in
            for s in SkalaPenilaian.bawaan {
                for v in [x, batas[i]] {
                    let hits = s.pita.filter { $0.memuat(v) }
                    #expect(hits.count == 1, "\(s.id) \(v)")
                    #expect(hits.first?.kategori == s.kategori(v))
                }
            }
        }
    }

    @Test("any validated scale built from random boundaries is total and unique")
    func skalaAcak() async {
        let genBatas = Gen.int(in: 1...300).array(of: 1...6)
        await propertyCheck(count: 200, input: genBatas, Gen.int(in: 0...1000), Gen.bool) { raw, xi, tutup in
            let bounds = Array(Set(raw)).sorted().map { Decimal($0) }
            var pita: [SkalaPenilaian.Pita] = []
            var lo: Decimal = 0
            var loIncl = true
            for (i, b) in bounds.enumerated() {
                // Alternate closures: [a, b) or [a, b] / (a, b) as a printed scale may have them.
                let closeUpper = tutup && i % 2 == 0
                pita.append(.init(kategori: "K\(i)", bawah: lo, bawahTermasuk: loIncl, atas: b, atasTermasuk: closeUpper))
                lo = b
                loIncl = !closeUpper
            }
            pita.append(.init(kategori: "top", bawah: lo, bawahTermasuk: loIncl, atas: nil))
            guard let s = try? SkalaPenilaian(id: "r", nama: "", deskripsi: "", pita: pita) else {
                Issue.record("valid partition rejected: \(pita)")
                return
            }
            for x in [Decimal(xi) / 3, Decimal(raw[0])] {
                #expect(s.pita.filter { $0.memuat(x) }.count == 1)
            }
        }
    }

    @Test("roll-up sums do not depend on input order")
    func rollUpUrutan() async {
        let genPos = zip(Gen.int(in: 1...7), Gen.int(in: 1...3), Gen.int(in: 1...4), Gen.int64(in: 0...5_000_000_000))
            .array(of: 1...25)
        await propertyCheck(count: 150, input: genPos, Gen.uint64(in: 0...UInt64.max)) { raw, seed in
            let pos = raw.map { p, k, s, v in
                PosAnggaran(
                    kode: try! KodeNomenklatur(String(format: "1.06.%02d.2.%02d.%04d", p, k, s)),
                    nilai: [.pagu: Rupiah(v), .realisasi: Rupiah(v / 2)])
            }
            var rng = SplitMix(state: seed)
            let a = RollUp(pos)
            let b = RollUp(pos.shuffled(using: &rng))
            #expect(a.total == b.total)
            #expect(a.totalOPD == b.totalOPD)
            let leaves = pos.reduce(Rupiah.zero) { $0 + $1.nilai[.pagu]! }
            // Duplicate leaf codes are all summed (and flagged), so the OPD total is Σ of every line.
            #expect(a.totalOPD[.pagu] == leaves)
            #expect(a.nilai(try! KodeNomenklatur("1.06"), .pagu) == leaves)
        }
    }

    @Test("aggregating a percentage stays within the range of its inputs")
    func persentaseDalamRentang() async {
        let genRasio = zip(Gen.int64(in: 0...100_000), Gen.int64(in: 1...100_000)).map { p, q in (min(p, q), q) }
            .array(of: 1...8)
        await propertyCheck(count: 300, input: genRasio, Gen.bool) { parts, denganBagian in
            let ind = Indikator.persentase("p")
            let values: [Besaran] = parts.map { p, q in
                denganBagian ? .rasio(Decimal(p), Decimal(q)) : Besaran(Decimal(p) * 100 / Decimal(q), .persen)
            }
            let pcts = parts.map { p, q in Decimal(p) * 100 / Decimal(q) }
            let v = try! ind.angka(ind.gabungkan(values).besaran!).get()
            // Tolerance of one unit in the 30th significant digit for Decimal division.
            let eps = Decimal(sign: .plus, exponent: -30, significand: 1)
            #expect(v <= pcts.max()! + eps)
            #expect(v >= pcts.min()! - eps)
            #expect(v <= 100 + eps)
        }
    }

    @Test("the fast batch path equals the Decimal path, value and category")
    func jalurCepat() async {
        let genK = Gen.int64(in: 0...2_000_000_000)
        await propertyCheck(count: 500, input: genK, genK, Gen.int(in: 0..<Arah.allCases.count), Gen.bool) { t, r, ai, alt in
            let arah = Arah.allCases[ai]
            let rumus: RumusTurun = alt ? .rasio : .selisih
            for skala in SkalaPenilaian.bawaan {
                let ev = EvaluatorCepat(skala: skala, rumusTurun: rumus)
                let cepat = ev.evaluasi(arah: arah, target: Kuantitas(unitKecil: t), realisasi: Kuantitas(unitKecil: r))
                let lambat = Capaian.hitung(
                    arah: arah, target: Kuantitas(unitKecil: t).decimal, realisasi: Kuantitas(unitKecil: r).decimal,
                    rumusTurun: rumus)
                #expect(cepat.capaian == lambat, "\(arah) \(rumus) T=\(t) R=\(r)")
                #expect(cepat.kategori.map { skala.pita[$0].kategori } == skala.kategori(lambat), "\(skala.id)")
            }
        }
    }
}

@Suite("Exact division shortcut")
struct BagiDesimalTests {
    @Test("the integer shortcut gives the same value as Decimal division")
    func samaDenganDecimal() async {
        let gen = Gen.int64(in: -5_000_000...5_000_000)
        await propertyCheck(count: 500, input: gen, gen, Gen.int(in: 0...4), Gen.int(in: 0...4)) { a, b, ea, eb in
            guard b != 0 else { return }
            let x = Decimal(sign: a < 0 ? .minus : .plus, exponent: -ea, significand: Decimal(a.magnitude))
            let y = Decimal(sign: b < 0 ? .minus : .plus, exponent: -eb, significand: Decimal(b.magnitude))
            #expect(BagiDesimal.bagi(x, y, faktor: 100) == x * 100 / y, "\(x) / \(y)")
        }
    }
}
