import FluentKit
import Foundation

/// One cell of a printed staff table (`rekap_pegawai`, see `CreateRekapPegawai`).
public final class RekapPegawaiModel: Model, @unchecked Sendable {
    public static let schema = "rekap_pegawai"
    @ID(key: .id) public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "tabel") public var tabel: String
    /// The row's place in the printed table (rows keep their order; a row's cells share it).
    @Field(key: "urutan") public var urutan: Int
    @OptionalField(key: "nomor_dicetak") public var nomorDicetak: Int?
    @Field(key: "kategori") public var kategori: String
    /// The column ("" for a table with one count column; "Jumlah" for the row total).
    @Field(key: "kolom") public var kolom: String
    /// Whether the row is the row of column totals.
    @Field(key: "total") public var total: Bool
    @OptionalField(key: "jumlah") public var jumlah: Int?
    @OptionalField(key: "jumlah_dicetak") public var jumlahDicetak: String?
    @OptionalField(key: "kunci") public var kunci: String?
    @Field(key: "rujukan") public var rujukan: String
    public init() {}
}
