import Foundation

/// How a sasaran's capaian or a composite combines its components (lakip-spec §3.2, §3.8 rules 3-4).
public enum CaraGabung: String, Codable, Sendable, CaseIterable, Hashable {
    /// Arithmetic mean (Mamuju LKjIP 002:L1629-1634, the default).
    case rataRata = "rata_rata"
    /// Σ bobot × nilai / Σ bobot.
    case rataRataTertimbang = "rata_rata_tertimbang"
}

/// One component: an indicator's capaian (for a sasaran) or value (for a composite), with its weight.
public struct Komponen: Hashable, Codable, Sendable {
    public var id: String
    public var nilai: Capaian
    public var bobot: Decimal

    public init(id: String, nilai: Capaian, bobot: Decimal = 1) {
        self.id = id
        self.nilai = nilai
        self.bobot = bobot
    }
}

/// A sasaran's capaian with what went into it: undefined components are excluded and listed with their reason
/// (lakip-spec Appendix B item 6), never counted as 0.
public struct HasilGabung: Hashable, Codable, Sendable {
    public var capaian: Capaian
    public var dipakai: [String]
    public var dikecualikan: [String: Alasan]
}

public enum CapaianSasaran {
    /// Mean or weighted mean of the defined components' values.
    public static func hitung(_ komponen: [Komponen], cara: CaraGabung = .rataRata) -> HasilGabung {
        var sum = Decimal(0)
        var bobot = Decimal(0)
        var dipakai: [String] = []
        var dikecualikan: [String: Alasan] = [:]
        for k in komponen {
            switch k.nilai {
            case .nilai(let v):
                let w = cara == .rataRata ? Decimal(1) : k.bobot
                sum += w * v
                bobot += w
                dipakai.append(k.id)
            case .tidakDapatDihitung(let a):
                dikecualikan[k.id] = a
            }
        }
        let c: Capaian = bobot == 0 ? .tidakDapatDihitung(.tanpaKomponen) : .nilai(sum / bobot)
        return HasilGabung(capaian: c, dipakai: dipakai, dikecualikan: dikecualikan)
    }
}

/// A declared composite indicator: its value is a mean or weighted mean of other indicators' values
/// (Polman "Indeks Ketahanan Sosial" = mean of three sasaran percentages, 004:L336-340). No "× 100 %":
/// the components are already percentages.
public struct IndikatorKomposit: Hashable, Codable, Sendable {
    public var indikator: Indikator
    /// Component indicator ids with weights.
    public var komponen: [String: Decimal]
    public var cara: CaraGabung

    public init(indikator: Indikator, komponen: [String: Decimal], cara: CaraGabung = .rataRata) {
        self.indikator = indikator
        self.komponen = komponen
        self.cara = cara
    }

    /// Polman LAKIP 2023 Indeks Ketahanan Sosial = (rehabilitasi + pemberdayaan + perlindungan dan jaminan
    /// sosial) ÷ 3.
    public static let indeksKetahananSosialPolman = IndikatorKomposit(
        indikator: Indikator(
            id: "polman-iks", nama: "Indeks Ketahanan Sosial", satuan: .persen, arah: .naik, agregasi: .persentase,
            ukuran: .indeks),
        komponen: ["rehabilitasi-sosial": 1, "pemberdayaan-sosial": 1, "perlindungan-jaminan-sosial": 1])

    /// The composite's value from its components' values (in percent). A missing component makes the
    /// composite undefined: a composite with a part missing is a different index.
    public func nilai(_ nilaiKomponen: [String: Decimal?]) -> Agregat {
        var sum = Decimal(0)
        var w = Decimal(0)
        for (id, bobot) in komponen.sorted(by: { $0.key < $1.key }) {
            guard let v = nilaiKomponen[id] ?? nil else { return .tidakDapatDihitung(.realisasiBelumAda) }
            let b = cara == .rataRata ? Decimal(1) : bobot
            sum += b * v
            w += b
        }
        return w == 0 ? .tidakDapatDihitung(.tanpaKomponen) : .nilai(Besaran(.angka(sum / w), indikator.satuan))
    }
}
