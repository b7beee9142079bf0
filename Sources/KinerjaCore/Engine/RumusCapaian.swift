import Foundation

/// The per-Pemda settings that change results: the *turun* formula and the rating scale of its reports.
/// `RumusTurun` itself is declared with `Pemda` (Model/Wilayah.swift).
public struct AturanPemda: Hashable, Codable, Sendable {
    public var rumusTurun: RumusTurun
    public var skala: SkalaPenilaian

    public init(rumusTurun: RumusTurun = .selisih, skala: SkalaPenilaian = .permendagri86) {
        self.rumusTurun = rumusTurun
        self.skala = skala
    }

    /// The Pemda's own *turun* formula with a chosen report scale.
    public init(pemda: Pemda, skala: SkalaPenilaian = .permendagri86) {
        self.init(rumusTurun: pemda.rumusTurun, skala: skala)
    }

    public static let standar = AturanPemda()
}

extension Capaian {
    /// Capaian of a realisation against a single-number target (domain decision 3):
    /// naik R/T × 100; turun (2T − R)/T × 100 or T/R × 100; rentang with a one-point band: 100 at T.
    /// T = 0 is undefined (never 0 %, never a crash).
    public static func hitung(
        arah: Arah, target t: Decimal, realisasi r: Decimal, rumusTurun: RumusTurun = .selisih
    ) -> Capaian {
        switch arah {
        case .naik:
            guard t != 0 else { return .tidakDapatDihitung(.targetNol) }
            return .nilai(BagiDesimal.bagi(r, t, faktor: 100))
        case .turun:
            return turun(target: t, realisasi: r, rumus: rumusTurun)
        case .rentang:
            return hitungRentang(bawah: t, atas: t, realisasi: r, rumusTurun: rumusTurun)
        }
    }

    /// Capaian against a target band [bawah, atas]: 100 inside; below the band as *naik* against the lower
    /// bound; above it as *turun* against the upper bound.
    public static func hitungRentang(
        bawah: Decimal, atas: Decimal, realisasi r: Decimal, rumusTurun: RumusTurun = .selisih
    ) -> Capaian {
        let lo = min(bawah, atas)
        let hi = max(bawah, atas)
        if r >= lo && r <= hi { return .nilai(100) }
        if r < lo {
            guard lo != 0 else { return .tidakDapatDihitung(.targetNol) }
            return .nilai(BagiDesimal.bagi(r, lo, faktor: 100))
        }
        return turun(target: hi, realisasi: r, rumus: rumusTurun)
    }

    static func turun(target t: Decimal, realisasi r: Decimal, rumus: RumusTurun) -> Capaian {
        guard t != 0 else { return .tidakDapatDihitung(.targetNol) }
        switch rumus {
        case .selisih:
            return .nilai(BagiDesimal.bagi(t + t - r, t, faktor: 100))
        case .rasio:
            guard r != 0 else { return .tidakDapatDihitung(.realisasiNol) }
            return .nilai(BagiDesimal.bagi(t, r, faktor: 100))
        }
    }
}

extension Indikator {
    /// Capaian of one realisation against one target, with unit and scale checks.
    /// Missing values, other units and unknown grades give `.tidakDapatDihitung` with the reason.
    public func capaian(target: Besaran?, realisasi: Besaran?, rumusTurun: RumusTurun = .selisih) -> Capaian {
        guard let target else { return .tidakDapatDihitung(.targetBelumAda) }
        guard let realisasi else { return .tidakDapatDihitung(.realisasiBelumAda) }
        if let a = alasanSatuan(target) ?? alasanSatuan(realisasi) { return .tidakDapatDihitung(a) }
        let r: Decimal
        switch angka(realisasi) {
        case .success(let v): r = v
        case .failure(let a): return .tidakDapatDihitung(a)
        }
        if case .rentang(let lo, let hi) = target.nilai {
            return .hitungRentang(bawah: lo, atas: hi, realisasi: r, rumusTurun: rumusTurun)
        }
        switch angka(target) {
        case .success(let t): return .hitung(arah: arah, target: t, realisasi: r, rumusTurun: rumusTurun)
        case .failure(let a): return .tidakDapatDihitung(a == .penyebutNol ? .targetNol : a)
        }
    }

    /// Why a value cannot be used for this indicator because of its unit, or nil when it can.
    public func alasanSatuan(_ b: Besaran) -> Alasan? {
        if ukuran == .kualitatif, case .peringkat = b.nilai { return nil }
        return b.satuan == satuan ? nil : .satuanBerbeda(diharapkan: satuan, diterima: b.satuan)
    }

    /// The number a value stands for in this indicator: the value itself, a computed percentage,
    /// or the rank of a grade on the indicator's scale.
    public func angka(_ b: Besaran) -> Result<Decimal, Alasan> {
        if case .peringkat(let label) = b.nilai {
            guard ukuran == .kualitatif else { return .failure(.nilaiTidakSesuaiJenis) }
            guard let skala else { return .failure(.skalaBelumDitetapkan) }
            guard let rank = skala.peringkat(label) else { return .failure(.skalaTidakDikenal(label)) }
            return .success(Decimal(rank))
        }
        if ukuran == .kualitatif { return .failure(.nilaiTidakSesuaiJenis) }
        return b.nilai.angka
    }
}
