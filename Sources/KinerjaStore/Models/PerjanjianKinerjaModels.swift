import FluentKit
import Foundation

/// Row of `perjanjian_kinerja`: the performance agreement of an office for a year (versioned like a Renja).
public final class PerjanjianKinerjaModel: Model, @unchecked Sendable {
    public static let schema = "perjanjian_kinerja"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "versi") public var versi: Int
    @Field(key: "jenis") public var jenis: String
    @Field(key: "pihak_pertama_nama") public var pihakPertamaNama: String
    @Field(key: "pihak_pertama_jabatan") public var pihakPertamaJabatan: String
    @OptionalField(key: "pihak_pertama_nip") public var pihakPertamaNIP: String?
    @Field(key: "pihak_kedua_nama") public var pihakKeduaNama: String
    @Field(key: "pihak_kedua_jabatan") public var pihakKeduaJabatan: String
    @OptionalField(key: "pihak_kedua_nip") public var pihakKeduaNIP: String?
    @OptionalField(key: "tanggal") public var tanggal: Date?
    @OptionalField(key: "ditetapkan_pada") public var ditetapkanPada: Date?
    @OptionalField(key: "alasan_perubahan") public var alasanPerubahan: String?
    public init() {}
}

/// Row of `pk_target`: the PK target of one IKU.
public final class PKTargetModel: Model, @unchecked Sendable {
    public static let schema = "pk_target"
    @ID public var id: UUID?
    @Parent(key: "pk_id") public var pk: PerjanjianKinerjaModel
    @Parent(key: "indikator_id") public var indikator: IndikatorModel
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "atas_e4") public var atasE4: Int64?
    public init() {}
}

/// Row of `rencana_aksi`: the quarterly target of a PK target (rencana aksi).
public final class RencanaAksiModel: Model, @unchecked Sendable {
    public static let schema = "rencana_aksi"
    @ID public var id: UUID?
    @Parent(key: "pk_target_id") public var pkTarget: PKTargetModel
    @Field(key: "triwulan") public var triwulan: Int
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "kegiatan") public var kegiatan: String?
    public init() {}
}

/// Row of `pk_anggaran`: a program budget line of a PK.
public final class PKAnggaranModel: Model, @unchecked Sendable {
    public static let schema = "pk_anggaran"
    @ID public var id: UUID?
    @Parent(key: "pk_id") public var pk: PerjanjianKinerjaModel
    @Parent(key: "nomenklatur_id") public var nomenklatur: NomenklaturModel
    @Field(key: "pagu") public var pagu: Int64
    @OptionalField(key: "sumber_dana") public var sumberDana: String?
    public init() {}
}

extension PerjanjianKinerjaModel {
    /// The first signatory as one value (the three columns read and written together).
    public var pihakPertama: PerjanjianKinerjaQuery.Pihak {
        get { .init(nama: pihakPertamaNama, jabatan: pihakPertamaJabatan, nip: pihakPertamaNIP) }
        set { (pihakPertamaNama, pihakPertamaJabatan, pihakPertamaNIP) = (newValue.nama, newValue.jabatan, newValue.nip) }
    }

    /// The second signatory as one value.
    public var pihakKedua: PerjanjianKinerjaQuery.Pihak {
        get { .init(nama: pihakKeduaNama, jabatan: pihakKeduaJabatan, nip: pihakKeduaNIP) }
        set { (pihakKeduaNama, pihakKeduaJabatan, pihakKeduaNIP) = (newValue.nama, newValue.jabatan, newValue.nip) }
    }
}
