import FluentKit
import Foundation
import KinerjaCore

/// Row of `nilai_tercetak`: a value as a source document printed it (a computed total, a "4140 %"), kept
/// beside the engine's computed value so the product can say "dicetak …, seharusnya …". Never used as input.
public final class NilaiTercetakModel: Model, @unchecked Sendable {
    public static let schema = "nilai_tercetak"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "tabel") public var tabel: String
    @Field(key: "rujukan") public var rujukan: String
    @OptionalField(key: "kode") public var kode: String?
    @Field(key: "kolom") public var kolom: String
    @Field(key: "teks") public var teks: String
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    public init() {}
}

extension NilaiTercetakModel {
    /// The printed amount in whole rupiah; nil when the cell holds no number or a fraction (a percentage).
    var rupiah: Rupiah? {
        guard let v = nilaiE4, v % Kuantitas.skala == 0 else { return nil }
        return Rupiah(v / Kuantitas.skala)
    }

    /// The code of the line the cell belongs to, without the printed parent a cell may carry ("<code>|<parent>").
    var kodeUtama: String? { kode?.split(separator: "|").first.map(String.init) }
}

/// Row of `narasi`: a narrative section of a Renja or LKjIP (latar belakang, isu strategis, analisis …).
public final class NarasiModel: Model, @unchecked Sendable {
    public static let schema = "narasi"
    @ID public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "dokumen") public var dokumen: String
    @Field(key: "bagian") public var bagian: String
    @OptionalParent(key: "sasaran_id") public var sasaran: SasaranModel?
    @Field(key: "teks") public var teks: String
    @Field(key: "revisi") public var revisi: Int
    public init() {}
}

/// Row of `komentar_review`: a reviewer's (Bappeda, Inspektorat) comment on a Renja or one of its lines.
public final class KomentarReviewModel: Model, @unchecked Sendable {
    public static let schema = "komentar_review"
    @ID public var id: UUID?
    @Parent(key: "renja_id") public var renja: RenjaModel
    @OptionalParent(key: "renja_baris_id") public var baris: RenjaBarisModel?
    @Parent(key: "pengguna_id") public var pengguna: PenggunaModel
    @Field(key: "teks") public var teks: String
    @Timestamp(key: "dibuat_pada", on: .create) public var dibuatPada: Date?
    public init() {}
}
