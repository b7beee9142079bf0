import FluentKit
import Foundation

/// Row of `pemda`: a province, kabupaten or kota.
public final class PemdaModel: Model, @unchecked Sendable {
    public static let schema = "pemda"
    @ID public var id: UUID?
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @Field(key: "jenis") public var jenis: String
    @OptionalParent(key: "provinsi_id") public var provinsi: PemdaModel?
    @Field(key: "rumus_turun") public var rumusTurun: String
    public init() {}
    public init(id: UUID? = nil, kode: String, nama: String, jenis: String, provinsiID: UUID?, rumusTurun: String) {
        self.id = id
        self.kode = kode
        self.nama = nama
        self.jenis = jenis
        self.$provinsi.id = provinsiID
        self.rumusTurun = rumusTurun
    }
}

/// Row of `opd`: a regional office.
public final class OPDModel: Model, @unchecked Sendable {
    public static let schema = "opd"
    @ID public var id: UUID?
    @Parent(key: "pemda_id") public var pemda: PemdaModel
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @OptionalField(key: "singkatan") public var singkatan: String?
    @OptionalField(key: "alamat") public var alamat: String?
    @OptionalField(key: "dasar_hukum") public var dasarHukum: String?
    public init() {}
    public init(id: UUID? = nil, pemdaID: UUID, kode: String, nama: String, singkatan: String?) {
        self.id = id
        self.$pemda.id = pemdaID
        self.kode = kode
        self.nama = nama
        self.singkatan = singkatan
    }
}

/// Row of `unit_kerja`: sekretariat, bidang, sub bagian, seksi or UPT of an office.
public final class UnitKerjaModel: Model, @unchecked Sendable {
    public static let schema = "unit_kerja"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @OptionalParent(key: "induk_id") public var induk: UnitKerjaModel?
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @Field(key: "jenis") public var jenis: String
    public init() {}
    public init(id: UUID? = nil, opdID: UUID, indukID: UUID? = nil, kode: String, nama: String, jenis: String) {
        self.id = id
        self.$opd.id = opdID
        self.$induk.id = indukID
        self.kode = kode
        self.nama = nama
        self.jenis = jenis
    }
}

/// Row of `wilayah`: a kecamatan, desa or kelurahan of a Pemda (Kemendagri code, e.g. `76.02.01.2001`).
public final class WilayahModel: Model, @unchecked Sendable {
    public static let schema = "wilayah"
    @ID public var id: UUID?
    @Parent(key: "pemda_id") public var pemda: PemdaModel
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @Field(key: "tingkat") public var tingkat: String
    public init() {}
}
