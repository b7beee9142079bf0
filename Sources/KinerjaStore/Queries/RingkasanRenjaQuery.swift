import FluentKit
import Foundation
import SQLKit

/// One row per Renja version of an office with its line count and Σ pagu, computed by the database
/// (SQLKit, bound parameters, decoded into a row struct). Used by the home page.
public struct RingkasanRenja: Decodable, Sendable, Equatable {
    public var id: UUID
    public var tahun: Int
    public var versi: Int
    public var jenis: String
    public var tahapan: String
    public var jumlahBaris: Int
    public var totalPagu: Int64
    /// The Renja's revision and Σ of its lines' revisions: every write through the repositories changes one of them.
    public var revisi: Int
    public var revisiBaris: Int64
    public var opdID: UUID
    /// Review comments on this version (they do not change the Renja, so they are not in `stempel`).
    public var jumlahKomentar: Int

    enum CodingKeys: String, CodingKey {
        case id, tahun, versi, jenis, tahapan, revisi
        case jumlahBaris = "jumlah_baris"
        case totalPagu = "total_pagu"
        case revisiBaris = "revisi_baris"
        case opdID = "opd_id"
        case jumlahKomentar = "jumlah_komentar"
    }

    /// A fingerprint of the Renja's editable state: a cached rendering is valid exactly while it is equal.
    public var stempel: String { "\(revisi)/\(jumlahBaris)/\(revisiBaris)" }
    /// The stamp of the whole Renja page: the Renja's state and its comments.
    public var stempelHalaman: String { "\(stempel)/\(jumlahKomentar)" }

    public static func query(opdID: UUID, on db: any Database) async throws -> [RingkasanRenja] {
        try await pilih(on: db)
            .where(SQLColumn("opd_id", table: "renja"), .equal, SQLBind(opdID))
            .orderBy(SQLOrderBy(expression: SQLColumn("tahun", table: "renja"), direction: SQLDirection.descending))
            .orderBy(SQLOrderBy(expression: SQLColumn("versi", table: "renja"), direction: SQLDirection.ascending))
            .all(decoding: RingkasanRenja.self)
    }

    public static func satu(renjaID: UUID, on db: any Database) async throws -> RingkasanRenja {
        guard let r = try await pilih(on: db).where(SQLColumn("id", table: "renja"), .equal, SQLBind(renjaID)).first(decoding: RingkasanRenja.self) else {
            throw StoreError.notFound(entity: "Renja", key: renjaID.uuidString)
        }
        return r
    }

    static func pilih(on db: any Database) throws -> SQLSelectBuilder {
        try db.sqlDatabase.select()
            .column(SQLColumn("id", table: "renja"))
            .column(SQLColumn("tahun", table: "renja"))
            .column(SQLColumn("versi", table: "renja"))
            .column(SQLColumn("jenis", table: "renja"))
            .column(SQLColumn("tahapan", table: "renja"))
            .column(SQLColumn("revisi", table: "renja"))
            .column(SQLColumn("opd_id", table: "renja"))
            .column(SQLRaw("CAST((SELECT COUNT(*) FROM komentar_review WHERE komentar_review.renja_id = renja.id) AS BIGINT)"), as: "jumlah_komentar")
            .column(SQLFunction("COUNT", args: SQLColumn("id", table: "renja_baris")), as: "jumlah_baris")
            // PostgreSQL's SUM(bigint) is NUMERIC; the cast keeps the column a 64-bit integer on both databases.
            .column(SQLRaw("CAST(COALESCE(SUM(renja_baris.pagu), 0) AS BIGINT)"), as: "total_pagu")
            .column(SQLRaw("CAST(COALESCE(SUM(renja_baris.revisi), 0) AS BIGINT)"), as: "revisi_baris")
            .from("renja")
            .join("renja_baris", method: SQLJoinMethod.left, on: SQLColumn("renja_id", table: "renja_baris"), .equal, SQLColumn("id", table: "renja"))
            .groupBy(SQLColumn("id", table: "renja"))
            .groupBy(SQLColumn("tahun", table: "renja"))
            .groupBy(SQLColumn("versi", table: "renja"))
            .groupBy(SQLColumn("jenis", table: "renja"))
            .groupBy(SQLColumn("tahapan", table: "renja"))
            .groupBy(SQLColumn("revisi", table: "renja"))
            .groupBy(SQLColumn("opd_id", table: "renja"))
    }
}
