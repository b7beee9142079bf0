import FluentKit
import Foundation
import SQLKit

/// A cheap fingerprint of a Renja's editable state (its revision, line count, Σ line revisions): any write through
/// the repositories changes it, so a cached rendering of the plan is valid exactly while the stamp is equal.
public enum StempelRenjaQuery {
    struct Row: Decodable { var revisi: Int; var n: Int; var s: Int }

    public static func stempel(renjaID: UUID, on db: any Database) async throws -> String {
        let sql = try db.sqlDatabase
        guard let r = try await sql.select()
            .column(SQLColumn("revisi", table: "renja"), as: "revisi")
            .column(SQLRaw("CAST(COUNT(renja_baris.id) AS BIGINT)"), as: "n")
            .column(SQLRaw("CAST(COALESCE(SUM(renja_baris.revisi), 0) AS BIGINT)"), as: "s")
            .from("renja")
            .join("renja_baris", method: SQLJoinMethod.left, on: SQLColumn("renja_id", table: "renja_baris"), .equal, SQLColumn("id", table: "renja"))
            .where(SQLColumn("id", table: "renja"), .equal, SQLBind(renjaID))
            .groupBy(SQLColumn("id", table: "renja"))
            .groupBy(SQLColumn("revisi", table: "renja"))
            .first(decoding: Row.self)
        else { throw StoreError.notFound(entity: "Renja", key: renjaID.uuidString) }
        return "\(r.revisi)/\(r.n)/\(r.s)"
    }
}
