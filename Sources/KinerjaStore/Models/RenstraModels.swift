import FluentKit
import Foundation

/// Row of `renstra`: an office's 5-year strategic plan.
public final class RenstraModel: Model, @unchecked Sendable {
    public static let schema = "renstra"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun_awal") public var tahunAwal: Int
    @Field(key: "tahun_akhir") public var tahunAkhir: Int
    @OptionalField(key: "rpjmd") public var rpjmd: String?
    @OptionalField(key: "visi") public var visi: String?
    @OptionalField(key: "misi") public var misi: String?
    @OptionalField(key: "dasar_hukum") public var dasarHukum: String?
    public init() {}
    public init(id: UUID? = nil, opdID: UUID, tahunAwal: Int, tahunAkhir: Int) {
        self.id = id
        self.$opd.id = opdID
        self.tahunAwal = tahunAwal
        self.tahunAkhir = tahunAkhir
    }
}

/// Row of `tujuan`: an objective of a Renstra.
public final class TujuanModel: Model, @unchecked Sendable {
    public static let schema = "tujuan"
    @ID public var id: UUID?
    @Parent(key: "renstra_id") public var renstra: RenstraModel
    @Field(key: "nomor") public var nomor: Int
    @Field(key: "uraian") public var uraian: String
    public init() {}
}

/// Row of `sasaran`: a target (objective level below tujuan).
public final class SasaranModel: Model, @unchecked Sendable {
    public static let schema = "sasaran"
    @ID public var id: UUID?
    @Parent(key: "tujuan_id") public var tujuan: TujuanModel
    @Field(key: "nomor") public var nomor: Int
    @Field(key: "uraian") public var uraian: String
    public init() {}
}

/// Row of `strategi`: a strategy serving a sasaran.
public final class StrategiModel: Model, @unchecked Sendable {
    public static let schema = "strategi"
    @ID public var id: UUID?
    @Parent(key: "sasaran_id") public var sasaran: SasaranModel
    @Field(key: "uraian") public var uraian: String
    public init() {}
}

/// Row of `arah_kebijakan`: a policy direction under a strategy.
public final class ArahKebijakanModel: Model, @unchecked Sendable {
    public static let schema = "arah_kebijakan"
    @ID public var id: UUID?
    @Parent(key: "strategi_id") public var strategi: StrategiModel
    @Field(key: "uraian") public var uraian: String
    public init() {}
}

/// Row of `renstra_indikator`: an indicator in a Renstra with baseline and final (end-of-period) target.
public final class RenstraIndikatorModel: Model, @unchecked Sendable {
    public static let schema = "renstra_indikator"
    @ID public var id: UUID?
    @Parent(key: "renstra_id") public var renstra: RenstraModel
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @OptionalField(key: "baseline_e4") public var baselineE4: Int64?
    @OptionalField(key: "tahun_baseline") public var tahunBaseline: Int?
    @OptionalField(key: "target_akhir_e4") public var targetAkhirE4: Int64?
    @Children(for: \.$renstraIndikator) public var targets: [RenstraTargetModel]
    public init() {}
}

/// Row of `renstra_target`: the Renstra target of an indicator for one year (`atas_e4` = upper bound for rentang).
public final class RenstraTargetModel: Model, @unchecked Sendable {
    public static let schema = "renstra_target"
    @ID public var id: UUID?
    @Parent(key: "renstra_indikator_id") public var renstraIndikator: RenstraIndikatorModel
    @Field(key: "tahun") public var tahun: Int
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "atas_e4") public var atasE4: Int64?
    public init() {}
}

/// Row of `renstra_pagu`: the Renstra's yearly pagu per sub-kegiatan (parents are computed).
public final class RenstraPaguModel: Model, @unchecked Sendable {
    public static let schema = "renstra_pagu"
    @ID public var id: UUID?
    @Parent(key: "renstra_id") public var renstra: RenstraModel
    @Parent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "pagu") public var pagu: Int64
    public init() {}
}
