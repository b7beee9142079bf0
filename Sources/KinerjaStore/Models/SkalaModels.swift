import FluentKit
import Foundation

/// Row of `skala_ordinal`: an ordered grade scale for qualitative indicators (e.g. SAKIP AA > A > BB … > D).
public final class SkalaOrdinalModel: Model, @unchecked Sendable {
    public static let schema = "skala_ordinal"
    @ID public var id: UUID?
    @Field(key: "nama") public var nama: String
    @Children(for: \.$skala) public var tingkat: [SkalaOrdinalTingkatModel]
    public init() {}
    public init(id: UUID? = nil, nama: String) {
        self.id = id
        self.nama = nama
    }
}

/// Row of `skala_ordinal_tingkat`: one grade with its rank (1 = lowest).
public final class SkalaOrdinalTingkatModel: Model, @unchecked Sendable {
    public static let schema = "skala_ordinal_tingkat"
    @ID public var id: UUID?
    @Parent(key: "skala_id") public var skala: SkalaOrdinalModel
    @Field(key: "peringkat") public var peringkat: Int
    @Field(key: "label") public var label: String
    public init() {}
    public init(id: UUID? = nil, skalaID: UUID, peringkat: Int, label: String) {
        self.id = id
        self.$skala.id = skalaID
        self.peringkat = peringkat
        self.label = label
    }
}

/// Row of `skala_penilaian`: a rating scale (named set of half-open capaian bands), optionally local to a Pemda.
public final class SkalaPenilaianModel: Model, @unchecked Sendable {
    public static let schema = "skala_penilaian"
    @ID public var id: UUID?
    @OptionalParent(key: "pemda_id") public var pemda: PemdaModel?
    @Field(key: "kode") public var kode: String
    @Field(key: "nama") public var nama: String
    @Field(key: "deskripsi") public var deskripsi: String
    @Children(for: \.$skala) public var pita: [SkalaPenilaianPitaModel]
    public init() {}
    public init(id: UUID? = nil, pemdaID: UUID?, kode: String, nama: String, deskripsi: String) {
        self.id = id
        self.$pemda.id = pemdaID
        self.kode = kode
        self.nama = nama
        self.deskripsi = deskripsi
    }
}

/// Row of `skala_penilaian_pita`: one band of a rating scale, normally [bawah, atas); the two flags say whether
/// each bound belongs to the band (a printed scale may close a band or be a single point); `atas_e4` null = ∞.
public final class SkalaPenilaianPitaModel: Model, @unchecked Sendable {
    public static let schema = "skala_penilaian_pita"
    @ID public var id: UUID?
    @Parent(key: "skala_id") public var skala: SkalaPenilaianModel
    @Field(key: "urutan") public var urutan: Int
    @Field(key: "bawah_e4") public var bawahE4: Int64
    @OptionalField(key: "atas_e4") public var atasE4: Int64?
    @Field(key: "bawah_termasuk") public var bawahTermasuk: Bool
    @Field(key: "atas_termasuk") public var atasTermasuk: Bool
    @Field(key: "kategori") public var kategori: String
    public init() {}
    public init(id: UUID? = nil, skalaID: UUID, urutan: Int, bawahE4: Int64, atasE4: Int64?, bawahTermasuk: Bool, atasTermasuk: Bool, kategori: String) {
        self.bawahTermasuk = bawahTermasuk
        self.atasTermasuk = atasTermasuk
        self.id = id
        self.$skala.id = skalaID
        self.urutan = urutan
        self.bawahE4 = bawahE4
        self.atasE4 = atasE4
        self.kategori = kategori
    }
}
