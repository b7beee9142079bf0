import FluentKit
import Foundation

/// Row of `regulasi`: the regulation that issued a nomenclature version (e.g. Kepmendagri 050-5889/2021).
public final class RegulasiModel: Model, @unchecked Sendable {
    public static let schema = "regulasi"
    @ID public var id: UUID?
    @Field(key: "kode") public var kode: String
    @Field(key: "judul") public var judul: String
    @OptionalField(key: "berlaku_mulai") public var berlakuMulai: Date?
    public init() {}
    public init(id: UUID? = nil, kode: String, judul: String, berlakuMulai: Date? = nil) {
        self.id = id
        self.kode = kode
        self.judul = judul
        self.berlakuMulai = berlakuMulai
    }
}

/// Row of `nomenklatur`: a code + name at one level, versioned by the regulation that issued it. Never edited in
/// place: a renamed program is a new row under the newer regulation.
public final class NomenklaturModel: Model, @unchecked Sendable {
    public static let schema = "nomenklatur"
    @ID public var id: UUID?
    @Parent(key: "regulasi_id") public var regulasi: RegulasiModel
    @OptionalParent(key: "induk_id") public var induk: NomenklaturModel?
    @Field(key: "kode") public var kode: String
    @Field(key: "level") public var level: String
    @Field(key: "nama") public var nama: String
    public init() {}
    public init(id: UUID? = nil, regulasiID: UUID, indukID: UUID?, kode: String, level: String, nama: String) {
        self.id = id
        self.$regulasi.id = regulasiID
        self.$induk.id = indukID
        self.kode = kode
        self.level = level
        self.nama = nama
    }
}

/// Row of `satuan`: a unit of measure (Orang, Dokumen, Persen …) with the kind of number it holds.
public final class SatuanModel: Model, @unchecked Sendable {
    public static let schema = "satuan"
    @ID public var id: UUID?
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @Field(key: "ukuran") public var ukuran: String
    @Field(key: "alias") public var alias: String
    public init() {}
    public init(id: UUID? = nil, kode: String, nama: String, ukuran: String, alias: String) {
        self.id = id
        self.kode = kode
        self.nama = nama
        self.ukuran = ukuran
        self.alias = alias
    }
}
