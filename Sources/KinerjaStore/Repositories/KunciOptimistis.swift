import FluentKit
import Foundation
import SQLKit

/// Optimistic locking done by the database, not by a read-then-save: of two writers who read the same revision, one
/// changes the row and the other is refused with a 409, never overwrites silently — also under PostgreSQL's READ
/// COMMITTED, where two transactions can both read the old revision before either writes.
enum KunciOptimistis {
    /// `UPDATE tabel SET revisi = revisi + 1 WHERE id = ? AND revisi = ?`: true when this writer won. A concurrent
    /// writer's UPDATE waits for the first to commit, then finds the revision moved on and changes nothing.
    static func naikkanRevisi(_ tabel: String, id: UUID, dari revisi: Int, on db: any Database) async throws -> Bool {
        try await !db.sqlDatabase.update(tabel)
            .set("revisi", to: SQLBinaryExpression(SQLColumn("revisi"), .add, SQLBind(1)))
            .where("id", .equal, id).where("revisi", .equal, revisi)
            .returning("revisi").all().isEmpty
    }

    /// Locks the rows the condition selects until the transaction ends (`SELECT … FOR UPDATE` on PostgreSQL), for
    /// records whose "revision" is a fingerprint of their content. SQLite's dialect drops the clause: there the second
    /// writer of a stale read fails on the database lock instead of writing.
    static func kunci(_ tabel: String, on db: any Database, _ syarat: (SQLSelectBuilder) -> SQLSelectBuilder) async throws {
        _ = try await syarat(db.sqlDatabase.select().column("id").from(tabel)).for(.update).all()
    }
}
