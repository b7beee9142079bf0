import FluentKit
import Foundation
import KinerjaCore

/// Row of `indikator`: a performance indicator with the semantics the engine needs (unit, direction,
/// aggregation, measure type, precision) and its IKU definition (formulasi, sumber data, penanggung jawab).
/// What it measures is one of: a tujuan, a sasaran, or a nomenclature node (program/kegiatan/sub-kegiatan).
public final class IndikatorModel: Model, @unchecked Sendable {
    public static let schema = "indikator"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @OptionalField(key: "kode") public var kode: String?
    @Field(key: "nama") public var nama: String
    @Parent(key: "satuan_id") public var satuan: SatuanModel
    @Field(key: "arah") public var arah: String
    @Field(key: "agregasi") public var agregasi: String
    @Field(key: "ukuran") public var ukuran: String
    @Field(key: "presisi") public var presisi: Int
    @OptionalParent(key: "skala_ordinal_id") public var skalaOrdinal: SkalaOrdinalModel?
    @OptionalField(key: "pembilang") public var pembilang: String?
    @OptionalField(key: "penyebut") public var penyebut: String?
    @OptionalField(key: "sumber_data") public var sumberData: String?
    @OptionalParent(key: "unit_kerja_id") public var unitKerja: UnitKerjaModel?
    @OptionalParent(key: "tujuan_id") public var tujuan: TujuanModel?
    @OptionalParent(key: "sasaran_id") public var sasaran: SasaranModel?
    @OptionalParent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel?
    @Field(key: "bobot_e4") public var bobotE4: Int64
    @Field(key: "iku") public var iku: Bool
    @Field(key: "spm") public var spm: Bool
    @Field(key: "boleh_lebih_100") public var bolehLebih100: Bool
    public init() {}
}

/// Row of `indikator_komponen`: a component of a declared composite indicator (Polman's Indeks Ketahanan
/// Sosial = mean of three), with its weight.
public final class IndikatorKomponenModel: Model, @unchecked Sendable {
    public static let schema = "indikator_komponen"
    @ID public var id: UUID?
    @Parent(key: "komposit_id") public var komposit: IndikatorModel
    @Parent(key: "komponen_id") public var komponen: IndikatorModel
    @Field(key: "bobot_e4") public var bobotE4: Int64
    public init() {}
}

/// Row of `populasi`: a dated, sourced denominator (total PMKS, poor families …) for percentage indicators.
public final class PopulasiModel: Model, @unchecked Sendable {
    public static let schema = "populasi"
    @ID public var id: UUID?
    @Parent(key: "pemda_id") public var pemda: PemdaModel
    @Field(key: "nama") public var nama: String
    @Field(key: "per_tanggal") public var perTanggal: Date
    @Field(key: "nilai_e4") public var nilaiE4: Int64
    @Parent(key: "satuan_id") public var satuan: SatuanModel
    @Field(key: "sumber") public var sumber: String
    public init() {}
}

/// Row of `indikator_target`: a yearly target of an indicator taken from a document not held as lines in Kinerja.
public final class IndikatorTargetModel: Model, @unchecked Sendable {
    public static let schema = "indikator_target"
    @ID public var id: UUID?
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @Field(key: "tahun") public var tahun: Int
    /// `renja`, `pk`, `rkpd`.
    @Field(key: "sumber") public var sumber: String
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "atas_e4") public var atasE4: Int64?
    @OptionalField(key: "rujukan") public var rujukan: String?
    public init() {}
}

extension IndikatorModel {
    /// The engine's view of this indicator (its `satuan` must be loaded). `id` defaults to the row id; the LKjIP
    /// names IKU by their code instead. Unknown enum values (never written by Kinerja) fall back to the defaults.
    public func spesifikasi(id: String? = nil) throws -> Indikator {
        Indikator(
            id: try id ?? requireID().uuidString, nama: nama, satuan: Satuan(satuan.kode), arah: Arah(rawValue: arah) ?? .naik,
            agregasi: JenisAgregasi(rawValue: agregasi) ?? .kumulatif, ukuran: JenisUkuran(rawValue: ukuran) ?? .jumlah,
            presisi: presisi, bolehLebihDari100: bolehLebih100)
    }
}

/// Row of `pelayanan_tc30`: one row of a Renja's T-C.30 table (values in `indikator_target` / `realisasi_tahunan`).
public final class PelayananTC30Model: Model, @unchecked Sendable {
    public static let schema = "pelayanan_tc30"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "urutan") public var urutan: Int
    @OptionalField(key: "nomor_dicetak") public var nomorDicetak: Int?
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    /// `tunggal`, `pembilang`, `penyebut`, `persentase` (`BarisTC30.Peran`).
    @Field(key: "peran") public var peran: String
    @OptionalParent(key: "pembilang_id") public var pembilang: IndikatorModel?
    @OptionalParent(key: "penyebut_id") public var penyebut: IndikatorModel?
    @OptionalParent(key: "iku_id") public var iku: IndikatorModel?
    @OptionalField(key: "standar_spm") public var standarSPM: String?
    @OptionalField(key: "ikk") public var ikk: String?
    @OptionalField(key: "catatan_analisis") public var catatanAnalisis: String?
    @Field(key: "rujukan") public var rujukan: String
    public init() {}
}
