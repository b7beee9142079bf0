import FluentKit
import Foundation

/// One printed line of a SAKIP evaluation (`evaluasi_sakip`, see `CreateEvaluasiSAKIP`): a component's weight and
/// score, the total, or the grade, for one evaluated year, from the table or the narrative.
public final class EvaluasiSAKIPModel: Model, @unchecked Sendable {
    public static let schema = "evaluasi_sakip"
    public enum Baris: String, Sendable, CaseIterable { case komponen, total, predikat }
    public enum Sumber: String, Sendable, CaseIterable { case tabel, narasi }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "opd_id") public var opd: OPDModel
    /// The report the evaluation is printed in.
    @Field(key: "tahun_laporan") public var tahunLaporan: Int
    /// The year the evaluation result is given for.
    @Field(key: "tahun") public var tahun: Int
    @Field(key: "sumber") public var sumber: String
    @Field(key: "baris") public var baris: String
    @OptionalField(key: "komponen_kode") public var komponenKode: String?
    @OptionalField(key: "komponen") public var komponen: String?
    @OptionalField(key: "bobot_e4") public var bobotE4: Int64?
    @OptionalField(key: "bobot_dicetak") public var bobotDicetak: String?
    @OptionalField(key: "nilai_e4") public var nilaiE4: Int64?
    @OptionalField(key: "nilai_dicetak") public var nilaiDicetak: String?
    @OptionalField(key: "predikat_dicetak") public var predikatDicetak: String?
    @Field(key: "rujukan") public var rujukan: String
    public init() {}
}
