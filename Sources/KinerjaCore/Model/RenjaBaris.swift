/// One line of a Renja: a program, kegiatan or sub-kegiatan with its indicator targets.
/// Pagu is an input only on sub-kegiatan lines; program and kegiatan totals are computed (domain decision 7).
public struct RenjaBaris: Hashable, Codable, Sendable {
    public var kode: KodeNomenklatur
    public var uraian: String
    public var pagu: Rupiah?
    /// Prakiraan maju: pagu of year n+1.
    public var paguN1: Rupiah?
    public var lokasi: String?
    public var kelompokSasaran: String?
    public var sumberDana: String?
    public var catatan: String?
    public var targets: [TargetIndikator]

    public init(
        kode: KodeNomenklatur, uraian: String, pagu: Rupiah? = nil, paguN1: Rupiah? = nil, lokasi: String? = nil,
        kelompokSasaran: String? = nil, sumberDana: String? = nil, catatan: String? = nil,
        targets: [TargetIndikator] = []
    ) {
        self.kode = kode
        self.uraian = uraian
        self.pagu = pagu
        self.paguN1 = paguN1
        self.lokasi = lokasi
        self.kelompokSasaran = kelompokSasaran
        self.sumberDana = sumberDana
        self.catatan = catatan
        self.targets = targets
    }
}

/// A target of one indicator on a Renja line for one year, in the unit the value was given in.
public struct TargetIndikator: Hashable, Codable, Sendable {
    public var indikator: String
    public var satuanIndikator: String
    public var tahun: Int
    public var nilai: Kuantitas?
    public var satuan: String

    public init(indikator: String, satuanIndikator: String, tahun: Int, nilai: Kuantitas?, satuan: String) {
        self.indikator = indikator
        self.satuanIndikator = satuanIndikator
        self.tahun = tahun
        self.nilai = nilai
        self.satuan = satuan
    }
}

/// Input errors that name the field at fault (issue 2 "Bad input").
public struct KesalahanMasukan: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field, e.g. `kode`, `pagu`, `target[0].satuan`.
    public var field: String
    /// English sentence for logs and CLI.
    public var message: String
    /// Indonesian sentence for the UI.
    public var pesan: String

    public init(field: String, message: String, pesan: String) {
        self.field = field
        self.message = message
        self.pesan = pesan
    }
    public var description: String { "\(field): \(message)" }
}

extension RenjaBaris {
    /// Checks a line against the nomenclature: the code must exist, pagu must be a non-negative amount given on
    /// sub-kegiatan lines only, and every target must be in its indicator's unit.
    public func validate(nomenklatur: Set<KodeNomenklatur>) throws(KesalahanMasukan) {
        guard nomenklatur.contains(kode) else {
            throw KesalahanMasukan(
                field: "kode", message: "code \(kode) is not in the nomenclature",
                pesan: "Kode \(kode) tidak ada dalam nomenklatur.")
        }
        guard [.program, .kegiatan, .subKegiatan].contains(kode.level) else {
            throw KesalahanMasukan(
                field: "kode", message: "code \(kode) is a \(kode.level.rawValue), not a program, kegiatan or sub-kegiatan",
                pesan: "Kode \(kode) bukan program, kegiatan atau sub kegiatan.")
        }
        for (name, value) in [("pagu", pagu), ("pagu_n1", paguN1)] {
            guard let value else { continue }
            guard value.rawValue >= 0 else {
                throw KesalahanMasukan(
                    field: name, message: "\(name) must not be negative (got \(value.rawValue))",
                    pesan: "Pagu tidak boleh negatif (\(value)).")
            }
            guard kode.level == .subKegiatan else {
                throw KesalahanMasukan(
                    field: name, message: "\(name) is computed for a \(kode.level.rawValue); enter it on its sub-kegiatan lines",
                    pesan: "Pagu \(kode.level.rawValue) dihitung dari sub kegiatan; isi pagu pada sub kegiatan.")
            }
        }
        for (i, t) in targets.enumerated() where t.satuan != t.satuanIndikator {
            throw KesalahanMasukan(
                field: "target[\(i)].satuan",
                message: "target of '\(t.indikator)' is in '\(t.satuan)' but the indicator is measured in '\(t.satuanIndikator)'",
                pesan: "Target '\(t.indikator)' bersatuan \(t.satuan), padahal indikatornya bersatuan \(t.satuanIndikator).")
        }
    }
}
