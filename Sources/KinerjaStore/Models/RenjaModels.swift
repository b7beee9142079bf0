import FluentKit
import Foundation

/// Row of `renja`: one version of an office's annual work plan. Versions of the same year form a chain
/// (`sebelumnya_id`); once `tahapan` is `ditetapkan` the row and its lines are immutable (database triggers).
public final class RenjaModel: Model, @unchecked Sendable {
    public static let schema = "renja"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @OptionalParent(key: "renstra_id") public var renstra: RenstraModel?
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "versi") public var versi: Int
    @Field(key: "jenis") public var jenis: String
    @Field(key: "tahapan") public var tahapan: String
    @OptionalParent(key: "sebelumnya_id") public var sebelumnya: RenjaModel?
    @OptionalField(key: "ditetapkan_pada") public var ditetapkanPada: Date?
    @OptionalParent(key: "ditetapkan_oleh") public var ditetapkanOleh: PenggunaModel?
    @OptionalField(key: "nomor_penetapan") public var nomorPenetapan: String?
    @Field(key: "revisi") public var revisi: Int
    @Timestamp(key: "dibuat_pada", on: .create) public var dibuatPada: Date?
    @Children(for: \.$renja) public var baris: [RenjaBarisModel]
    public init() {}
    public init(id: UUID? = nil, opdID: UUID, tahun: Int, versi: Int, jenis: String, tahapan: String) {
        self.id = id
        self.$opd.id = opdID
        self.tahun = tahun
        self.versi = versi
        self.jenis = jenis
        self.tahapan = tahapan
        self.revisi = 1
    }
}

/// Row of `renja_baris`: a program, kegiatan or sub-kegiatan line of a Renja version. Pagu is stored on
/// sub-kegiatan lines only; totals are computed.
public final class RenjaBarisModel: Model, @unchecked Sendable {
    public static let schema = "renja_baris"
    @ID public var id: UUID?
    @Parent(key: "renja_id") public var renja: RenjaModel
    @Parent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel
    @Field(key: "urutan") public var urutan: Int
    @OptionalField(key: "pagu") public var pagu: Int64?
    @OptionalField(key: "pagu_n1") public var paguN1: Int64?
    @OptionalField(key: "lokasi") public var lokasi: String?
    @OptionalField(key: "kelompok_sasaran") public var kelompokSasaran: String?
    @OptionalField(key: "sumber_dana") public var sumberDana: String?
    @OptionalField(key: "catatan") public var catatan: String?
    @OptionalParent(key: "unit_kerja_id") public var unitKerja: UnitKerjaModel?
    @OptionalField(key: "alasan_perubahan") public var alasanPerubahan: String?
    @Field(key: "revisi") public var revisi: Int
    @Children(for: \.$baris) public var targets: [RenjaTargetModel]
    public init() {}
}

/// Row of `renja_target`: the target of one indicator on a Renja line for year n or n+1.
public final class RenjaTargetModel: Model, @unchecked Sendable {
    public static let schema = "renja_target"
    @ID public var id: UUID?
    @Parent(key: "renja_baris_id") public var baris: RenjaBarisModel
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @Field(key: "tahun") public var tahun: Int
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "atas_e4") public var atasE4: Int64?
    @Parent(key: "satuan_id") public var satuan: SatuanModel
    public init() {}
}

/// Row of `usulan`: a stakeholder proposal (T-C.32): Musrenbang, Pokir DPRD or other, with status and reason.
public final class UsulanModel: Model, @unchecked Sendable {
    public static let schema = "usulan"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @OptionalParent(key: "renja_id") public var renja: RenjaModel?
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "sumber") public var sumber: String
    @OptionalField(key: "pengusul") public var pengusul: String?
    @OptionalParent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel?
    @Field(key: "uraian") public var uraian: String
    @OptionalField(key: "lokasi") public var lokasi: String?
    @OptionalField(key: "volume_e4") public var volumeE4: Int64?
    @OptionalParent(key: "satuan_id") public var satuan: SatuanModel?
    @OptionalField(key: "pagu") public var pagu: Int64?
    @Field(key: "status") public var status: String
    @OptionalField(key: "alasan") public var alasan: String?
    public init() {}
}

/// Row of `review_ranwal` (T-C.31): the Ranwal RKPD's line beside the office's own analysis.
public final class ReviewRanwalModel: Model, @unchecked Sendable {
    public static let schema = "review_ranwal"
    @ID public var id: UUID?
    @Parent(key: "renja_id") public var renja: RenjaModel
    @Parent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel
    @OptionalField(key: "rkpd_indikator") public var rkpdIndikator: String?
    @OptionalField(key: "rkpd_target_e4") public var rkpdTargetE4: Int64?
    @OptionalField(key: "rkpd_lokasi") public var rkpdLokasi: String?
    @OptionalField(key: "rkpd_pagu") public var rkpdPagu: Int64?
    @OptionalField(key: "analisis_indikator") public var analisisIndikator: String?
    @OptionalField(key: "analisis_target_e4") public var analisisTargetE4: Int64?
    @OptionalField(key: "analisis_lokasi") public var analisisLokasi: String?
    @OptionalField(key: "analisis_pagu") public var analisisPagu: Int64?
    @OptionalParent(key: "satuan_id") public var satuan: SatuanModel?
    @OptionalField(key: "catatan") public var catatan: String?
    public init() {}
}
