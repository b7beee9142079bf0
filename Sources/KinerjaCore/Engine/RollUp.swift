import Foundation

/// A budget column of a planning or accountability table ("version column"): pagu n, pagu n+1, Ranwal,
/// kebutuhan (needs analysis), DPA, realisasi … Any name works; the common ones are constants.
public struct KolomAnggaran: RawRepresentable, Hashable, Codable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: KolomAnggaran, b: KolomAnggaran) -> Bool { a.rawValue < b.rawValue }

    public static let pagu: KolomAnggaran = "pagu"
    public static let paguN1: KolomAnggaran = "pagu_n1"
    public static let paguRanwal: KolomAnggaran = "pagu_ranwal"
    public static let kebutuhan: KolomAnggaran = "kebutuhan"
    public static let realisasi: KolomAnggaran = "realisasi"
}

/// One budget line as given or printed: a code and its amounts per column.
public struct PosAnggaran: Hashable, Codable, Sendable {
    public var kode: KodeNomenklatur
    public var uraian: String
    /// Where it was printed ("000:L464"), for findings.
    public var lokasi: String?
    public var nilai: [KolomAnggaran: Rupiah]

    public init(kode: KodeNomenklatur, uraian: String = "", lokasi: String? = nil, nilai: [KolomAnggaran: Rupiah]) {
        self.kode = kode
        self.uraian = uraian
        self.lokasi = lokasi
        self.nilai = nilai
    }
}

/// Σ of every column at every level of the nomenclature tree (domain decision 7). A line with no descendant
/// among the inputs is a leaf; every other total is the sum of the leaves below it, whatever was printed on
/// the parent line. Printed parent amounts that differ become `R01-jumlah-anak` findings.
public struct RollUp: Sendable {
    /// Computed totals for every code that appears or is an ancestor of one that appears.
    public let total: [KodeNomenklatur: [KolomAnggaran: Rupiah]]
    /// Σ of all leaves: the OPD total, per column.
    public let totalOPD: [KolomAnggaran: Rupiah]
    /// Codes with no descendant among the inputs.
    public let daun: Set<KodeNomenklatur>
    /// Printed parent ≠ computed sum; duplicate codes; realisation above pagu.
    public let temuan: [Finding]

    public init(_ pos: [PosAnggaran]) {
        let codes = Set(pos.map(\.kode))
        var punyaAnak = Set<KodeNomenklatur>()
        for k in codes {
            var p = k.parent
            while let c = p {
                punyaAnak.insert(c)
                p = c.parent
            }
        }
        let daun = codes.subtracting(punyaAnak)
        var total: [KodeNomenklatur: [KolomAnggaran: Rupiah]] = [:]
        var opd: [KolomAnggaran: Rupiah] = [:]
        for line in pos where daun.contains(line.kode) {
            for (kolom, v) in line.nilai { opd[kolom, default: .zero] += v }
            var k: KodeNomenklatur? = line.kode
            while let c = k {
                total[c, default: [:]].merge(line.nilai, uniquingKeysWith: +)
                k = c.parent
            }
        }
        var temuan: [Finding] = []
        // Duplicate codes (renja-spec §6 E28-31): both lines are still summed, as the document did.
        var seen: [KodeNomenklatur: String] = [:]
        for line in pos {
            let here = line.lokasi ?? line.kode.description
            if let first = seen[line.kode] {
                temuan.append(
                    Finding(
                        .kodeGanda, lokasi: here,
                        pesan: "Kode \(line.kode) muncul lebih dari sekali (pertama di \(first)).",
                        dicetak: line.kode.description))
            } else {
                seen[line.kode] = here
            }
        }
        for line in pos.sorted(by: { $0.kode < $1.kode }) where !daun.contains(line.kode) {
            for kolom in line.nilai.keys.sorted() {
                let printed = line.nilai[kolom]!
                let computed = total[line.kode]?[kolom] ?? .zero
                guard printed != computed else { continue }
                let selisih = computed - printed
                temuan.append(
                    Finding(
                        .jumlahAnak, lokasi: (line.lokasi ?? line.kode.description) + " \(kolom)",
                        pesan:
                            "\(line.uraian.isEmpty ? line.kode.description : line.uraian): \(kolom) tercetak tidak sama dengan jumlah rincian di bawahnya (selisih \(Rupiah.grouped(selisih.rawValue))).",
                        dicetak: Rupiah.grouped(printed.rawValue), dihitung: Rupiah.grouped(computed.rawValue)))
            }
        }
        // Realisation above pagu, on the lines given (computed amounts), not repeated on every ancestor.
        for line in pos {
            guard let p = total[line.kode]?[.pagu], let r = total[line.kode]?[.realisasi], r > p else { continue }
            temuan.append(
                Finding(
                    .realisasiMelebihiPagu, lokasi: line.lokasi ?? line.kode.description,
                    pesan:
                        "Realisasi \(Rupiah.grouped(r.rawValue)) melebihi pagu \(Rupiah.grouped(p.rawValue)) pada \(line.uraian.isEmpty ? line.kode.description : line.uraian).",
                    dicetak: Rupiah.grouped(r.rawValue)))
        }
        self.total = total
        self.totalOPD = opd
        self.daun = daun
        self.temuan = temuan
    }

    /// The computed amount of a code in a column (zero when nothing below it carries that column).
    public func nilai(_ kode: KodeNomenklatur, _ kolom: KolomAnggaran) -> Rupiah {
        total[kode]?[kolom] ?? .zero
    }

    /// Budget absorption of a code: computed realisasi ÷ computed pagu × 100.
    public func serapan(_ kode: KodeNomenklatur) -> Capaian {
        guard let t = total[kode], let p = t[.pagu] else { return .tidakDapatDihitung(.tanpaAnggaran) }
        return Serapan.hitung(pagu: p, realisasi: t[.realisasi])
    }
}
