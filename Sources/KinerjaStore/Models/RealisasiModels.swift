import FluentKit
import Foundation

/// Row of `realisasi_fisik`: physical realisation of one indicator on a Renja line in one quarter (TW I–IV).
/// For percentage indicators the numerator and denominator are kept so the percentage is computed.
public final class RealisasiFisikModel: Model, @unchecked Sendable {
    public static let schema = "realisasi_fisik"
    @ID public var id: UUID?
    @Parent(key: "renja_baris_id") public var baris: RenjaBarisModel
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @Field(key: "triwulan") public var triwulan: Int
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "pembilang_e4") public var pembilangE4: Int64?
    @OptionalField(key: "penyebut_e4") public var penyebutE4: Int64?
    @OptionalParent(key: "populasi_id") public var populasi: PopulasiModel?
    @OptionalField(key: "bukti") public var bukti: String?
    @OptionalField(key: "faktor_pendorong") public var faktorPendorong: String?
    @OptionalField(key: "faktor_penghambat") public var faktorPenghambat: String?
    @OptionalParent(key: "diisi_oleh") public var diisiOleh: PenggunaModel?
    @Timestamp(key: "diisi_pada", on: .update) public var diisiPada: Date?
    @Field(key: "revisi") public var revisi: Int
    public init() {}
}

/// Row of `realisasi_keuangan`: money spent on a sub-kegiatan line in one quarter.
public final class RealisasiKeuanganModel: Model, @unchecked Sendable {
    public static let schema = "realisasi_keuangan"
    @ID public var id: UUID?
    @Parent(key: "renja_baris_id") public var baris: RenjaBarisModel
    @Field(key: "triwulan") public var triwulan: Int
    @Field(key: "jumlah") public var jumlah: Int64
    @OptionalField(key: "bukti") public var bukti: String?
    @OptionalParent(key: "diisi_oleh") public var diisiOleh: PenggunaModel?
    @Timestamp(key: "diisi_pada", on: .update) public var diisiPada: Date?
    @Field(key: "revisi") public var revisi: Int
    public init() {}
}

/// Row of `kunci_triwulan`: a quarter closed by the kepala dinas; realisation of that quarter is then locked.
public final class KunciTriwulanModel: Model, @unchecked Sendable {
    public static let schema = "kunci_triwulan"
    @ID public var id: UUID?
    @Parent(key: "renja_id") public var renja: RenjaModel
    @Field(key: "triwulan") public var triwulan: Int
    @Field(key: "dikunci_pada") public var dikunciPada: Date
    @Parent(key: "dikunci_oleh") public var dikunciOleh: PenggunaModel
    public init() {}
}

/// Row of `realisasi_tahunan`: an indicator's realisation for a whole year (or cumulative up to it).
public final class RealisasiTahunanModel: Model, @unchecked Sendable {
    public static let schema = "realisasi_tahunan"
    @ID public var id: UUID?
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "sampai_dengan") public var sampaiDengan: Bool
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "pembilang_e4") public var pembilangE4: Int64?
    @OptionalField(key: "penyebut_e4") public var penyebutE4: Int64?
    @OptionalParent(key: "populasi_id") public var populasi: PopulasiModel?
    @OptionalField(key: "sumber") public var sumber: String?
    @OptionalField(key: "catatan") public var catatan: String?
    public init() {}
}
