import Foundation

/// Bulk evaluation on stored fixed-point quantities (`Kuantitas`, ten-thousandths in an `Int64`): the capaian
/// as an exact fraction of two integers and its category on a scale by exact integer cross-multiplication —
/// no `Decimal` division in the loop. `HasilCepat.capaian` materialises the `Decimal` value through the normal
/// `Capaian.hitung` path, so stored and displayed results are identical to the `Decimal` path (a property test
/// checks value and category on random inputs). Values too large for exact 64-bit arithmetic
/// (|v| > 3 × 10¹² units) and scales whose bounds have more than four decimals take the `Decimal` path.
public struct EvaluatorCepat: Sendable {
    public let skala: SkalaPenilaian
    public let rumusTurun: RumusTurun
    /// Band bounds in ten-thousandths, or nil when a bound does not fit (then every row takes the Decimal path).
    private let batas: [(bawah: Int64, bawahTermasuk: Bool, atas: Int64?, atasTermasuk: Bool)]?

    static let maks: Int64 = 30_000_000_000_000_000

    public init(skala: SkalaPenilaian, rumusTurun: RumusTurun = .selisih) {
        self.skala = skala
        self.rumusTurun = rumusTurun
        var out: [(Int64, Bool, Int64?, Bool)] = []
        var ok = true
        for p in skala.pita {
            guard let lo = try? Kuantitas(exactly: p.bawah) else {
                ok = false
                break
            }
            var hi: Int64? = nil
            if let a = p.atas {
                guard let k = try? Kuantitas(exactly: a) else {
                    ok = false
                    break
                }
                hi = k.unitKecil
            }
            out.append((lo.unitKecil, p.bawahTermasuk, hi, p.atasTermasuk))
        }
        batas = ok ? out : nil
    }

    public init(aturan: AturanPemda) { self.init(skala: aturan.skala, rumusTurun: aturan.rumusTurun) }

    /// Capaian and category of one row. Missing values give the same reasons as the Decimal path.
    public func evaluasi(arah: Arah, target: Kuantitas?, realisasi: Kuantitas?) -> HasilCepat {
        guard let target else { return HasilCepat(bentuk: .tidakDapatDihitung(.targetBelumAda), kategori: nil) }
        guard let realisasi else { return HasilCepat(bentuk: .tidakDapatDihitung(.realisasiBelumAda), kategori: nil) }
        let t = target.unitKecil
        let r = realisasi.unitKecil
        guard let batas, abs(t) <= Self.maks, abs(r) <= Self.maks else { return lambat(arah, target, realisasi) }
        // capaian = n / d with d > 0; the common 10⁴ scale of T and R cancels.
        var n: Int64
        var d: Int64
        switch arah {
        case .naik:
            guard t != 0 else { return HasilCepat(bentuk: .tidakDapatDihitung(.targetNol), kategori: nil) }
            (n, d) = (r * 100, t)
        case .turun:
            guard let nd = turun(t, r) else { return HasilCepat(bentuk: .tidakDapatDihitung(alasanTurun(t)), kategori: nil) }
            (n, d) = nd
        case .rentang:
            if r == t {
                (n, d) = (100, 1)
            } else if r < t {
                guard t != 0 else { return HasilCepat(bentuk: .tidakDapatDihitung(.targetNol), kategori: nil) }
                (n, d) = (r * 100, t)
            } else {
                guard let nd = turun(t, r) else { return HasilCepat(bentuk: .tidakDapatDihitung(alasanTurun(t)), kategori: nil) }
                (n, d) = nd
            }
        }
        if d < 0 { (n, d) = (-n, -d) }
        let input = HasilCepat.Masukan(arah: arah, target: target, realisasi: realisasi, rumus: rumusTurun)
        return HasilCepat(bentuk: .pecahan(pembilang: n, penyebut: d, masukan: input), kategori: indeks(n, d, batas))
    }

    private func alasanTurun(_ t: Int64) -> Alasan { t == 0 ? .targetNol : .realisasiNol }

    private func turun(_ t: Int64, _ r: Int64) -> (Int64, Int64)? {
        guard t != 0 else { return nil }
        switch rumusTurun {
        case .selisih: return ((2 * t - r) * 100, t)
        case .rasio:
            guard r != 0 else { return nil }
            return (t * 100, r)
        }
    }

    /// Band index of n/d (d > 0): bounds are in ten-thousandths, so compare n × 10⁴ with bound × d exactly.
    private func indeks(_ n: Int64, _ d: Int64, _ batas: [(bawah: Int64, bawahTermasuk: Bool, atas: Int64?, atasTermasuk: Bool)]) -> Int {
        var i = batas.count - 1
        while i > 0 {
            let b = batas[i]
            let lo = Self.banding(n, Kuantitas.skala, b.bawah, d)
            var inside = b.bawahTermasuk ? lo >= 0 : lo > 0
            if inside, let atas = b.atas {
                let hi = Self.banding(n, Kuantitas.skala, atas, d)
                inside = b.atasTermasuk ? hi <= 0 : hi < 0
            }
            if inside { return i }
            i -= 1
        }
        return 0
    }

    /// Sign of a·b − c·d, exact (128-bit products).
    static func banding(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Int {
        let x = a.multipliedFullWidth(by: b)
        let y = c.multipliedFullWidth(by: d)
        if x.high != y.high { return x.high < y.high ? -1 : 1 }
        if x.low != y.low { return x.low < y.low ? -1 : 1 }
        return 0
    }

    private func lambat(_ arah: Arah, _ t: Kuantitas, _ r: Kuantitas) -> HasilCepat {
        let c = Capaian.hitung(arah: arah, target: t.nilaiDesimal, realisasi: r.nilaiDesimal, rumusTurun: rumusTurun)
        switch c {
        case .nilai(let v): return HasilCepat(bentuk: .desimal(v), kategori: skala.indeks(v))
        case .tidakDapatDihitung(let a): return HasilCepat(bentuk: .tidakDapatDihitung(a), kategori: nil)
        }
    }
}

/// A fast-path result: the capaian as an exact fraction (or a Decimal for out-of-range inputs, or a reason)
/// and the index of its band in the evaluator's scale.
public struct HasilCepat: Hashable, Sendable {
    public struct Masukan: Hashable, Sendable {
        let arah: Arah
        let target: Kuantitas
        let realisasi: Kuantitas
        let rumus: RumusTurun
    }

    public enum Bentuk: Hashable, Sendable {
        /// capaian = pembilang / penyebut (penyebut > 0), in percent.
        case pecahan(pembilang: Int64, penyebut: Int64, masukan: Masukan)
        case desimal(Decimal)
        case tidakDapatDihitung(Alasan)
    }

    public let bentuk: Bentuk
    /// Index into the scale's `pita`; nil when undefined.
    public let kategori: Int?

    /// The capaian exactly as the Decimal path computes it.
    public var capaian: Capaian {
        switch bentuk {
        case .pecahan(_, _, let m):
            Capaian.hitung(arah: m.arah, target: m.target.nilaiDesimal, realisasi: m.realisasi.nilaiDesimal, rumusTurun: m.rumus)
        case .desimal(let v): .nilai(v)
        case .tidakDapatDihitung(let a): .tidakDapatDihitung(a)
        }
    }

    /// Whether R meets T (capaian ≥ 100), exactly.
    public var tercapai: Bool {
        switch bentuk {
        case .pecahan(let n, let d, _): EvaluatorCepat.banding(n, 1, 100, d) >= 0
        case .desimal(let v): v >= 100
        case .tidakDapatDihitung: false
        }
    }
}
