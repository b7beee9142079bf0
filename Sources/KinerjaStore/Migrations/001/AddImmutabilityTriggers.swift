import FluentKit
import SQLKit

/// Immutability enforced by the database itself, not only by the code (domain decision 9, issue 5):
/// `audit_log` is append-only, an adopted (`ditetapkan`) Renja, its lines and their targets cannot be
/// changed or deleted, and the realisation of a locked quarter (`kunci_triwulan`) cannot change. The statements are static text per dialect; nothing user-supplied is spliced in.
struct AddImmutabilityTriggers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase
        let statements = sql.dialect.name == "postgresql" ? Self.postgres : Self.sqlite
        for s in statements { try await sql.raw(SQLQueryString(s)).run() }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sqlDatabase
        let statements = sql.dialect.name == "postgresql" ? Self.postgresRevert : Self.sqliteRevert
        for s in statements { try await sql.raw(SQLQueryString(s)).run() }
    }

    static let sqlite: [String] = [
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER renja_tetap_no_update BEFORE UPDATE ON renja WHEN OLD.tahapan = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_tetap_no_delete BEFORE DELETE ON renja WHEN OLD.tahapan = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_baris_tetap_no_insert BEFORE INSERT ON renja_baris WHEN (SELECT tahapan FROM renja WHERE id = NEW.renja_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_baris_tetap_no_update BEFORE UPDATE ON renja_baris WHEN (SELECT tahapan FROM renja WHERE id = OLD.renja_id) = 'ditetapkan' OR (SELECT tahapan FROM renja WHERE id = NEW.renja_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_baris_tetap_no_delete BEFORE DELETE ON renja_baris WHEN (SELECT tahapan FROM renja WHERE id = OLD.renja_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_target_tetap_no_insert BEFORE INSERT ON renja_target WHEN (SELECT r.tahapan FROM renja r JOIN renja_baris b ON b.renja_id = r.id WHERE b.id = NEW.renja_baris_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
        "CREATE TRIGGER renja_target_tetap_no_update BEFORE UPDATE ON renja_target WHEN (SELECT r.tahapan FROM renja r JOIN renja_baris b ON b.renja_id = r.id WHERE b.id = OLD.renja_baris_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
"CREATE TRIGGER realisasi_fisik_terkunci_insert BEFORE INSERT ON realisasi_fisik WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = NEW.renja_baris_id AND k.triwulan = NEW.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER realisasi_fisik_terkunci_update BEFORE UPDATE ON realisasi_fisik WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = OLD.renja_baris_id AND k.triwulan = OLD.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER realisasi_fisik_terkunci_delete BEFORE DELETE ON realisasi_fisik WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = OLD.renja_baris_id AND k.triwulan = OLD.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER realisasi_keuangan_terkunci_insert BEFORE INSERT ON realisasi_keuangan WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = NEW.renja_baris_id AND k.triwulan = NEW.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER realisasi_keuangan_terkunci_update BEFORE UPDATE ON realisasi_keuangan WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = OLD.renja_baris_id AND k.triwulan = OLD.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER realisasi_keuangan_terkunci_delete BEFORE DELETE ON realisasi_keuangan WHEN EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id WHERE b.id = OLD.renja_baris_id AND k.triwulan = OLD.triwulan) BEGIN SELECT RAISE(ABORT, 'triwulan terkunci'); END",
        "CREATE TRIGGER renja_target_tetap_no_delete BEFORE DELETE ON renja_target WHEN (SELECT r.tahapan FROM renja r JOIN renja_baris b ON b.renja_id = r.id WHERE b.id = OLD.renja_baris_id) = 'ditetapkan' BEGIN SELECT RAISE(ABORT, 'renja ditetapkan is immutable'); END",
    ]

    static let sqliteRevert: [String] = [
        "audit_log_no_update", "audit_log_no_delete", "renja_tetap_no_update", "renja_tetap_no_delete",
        "renja_baris_tetap_no_insert", "renja_baris_tetap_no_update", "renja_baris_tetap_no_delete",
        "renja_target_tetap_no_insert", "renja_target_tetap_no_update", "renja_target_tetap_no_delete",
        "realisasi_fisik_terkunci_insert", "realisasi_fisik_terkunci_update", "realisasi_fisik_terkunci_delete",
        "realisasi_keuangan_terkunci_insert", "realisasi_keuangan_terkunci_update", "realisasi_keuangan_terkunci_delete",
    ].map { "DROP TRIGGER IF EXISTS \($0)" }

    static let postgres: [String] = [
        """
        CREATE OR REPLACE FUNCTION kinerja_audit_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION kinerja_audit_append_only()",
        """
        CREATE OR REPLACE FUNCTION kinerja_renja_tetap() RETURNS trigger AS $$
        BEGIN
          IF OLD.tahapan = 'ditetapkan' THEN RAISE EXCEPTION 'renja ditetapkan is immutable'; END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER renja_tetap BEFORE UPDATE OR DELETE ON renja FOR EACH ROW EXECUTE FUNCTION kinerja_renja_tetap()",
        """
        CREATE OR REPLACE FUNCTION kinerja_renja_baris_tetap() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM renja WHERE id = OLD.renja_id AND tahapan = 'ditetapkan') THEN
            RAISE EXCEPTION 'renja ditetapkan is immutable';
          END IF;
          IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM renja WHERE id = NEW.renja_id AND tahapan = 'ditetapkan') THEN
            RAISE EXCEPTION 'renja ditetapkan is immutable';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER renja_baris_tetap BEFORE INSERT OR UPDATE OR DELETE ON renja_baris FOR EACH ROW EXECUTE FUNCTION kinerja_renja_baris_tetap()",
        """
        CREATE OR REPLACE FUNCTION kinerja_renja_target_tetap() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM renja r JOIN renja_baris b ON b.renja_id = r.id
                 WHERE b.id = OLD.renja_baris_id AND r.tahapan = 'ditetapkan') THEN
            RAISE EXCEPTION 'renja ditetapkan is immutable';
          END IF;
          IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM renja r JOIN renja_baris b ON b.renja_id = r.id
                 WHERE b.id = NEW.renja_baris_id AND r.tahapan = 'ditetapkan') THEN
            RAISE EXCEPTION 'renja ditetapkan is immutable';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER renja_target_tetap BEFORE INSERT OR UPDATE OR DELETE ON renja_target FOR EACH ROW EXECUTE FUNCTION kinerja_renja_target_tetap()",
        """
        CREATE OR REPLACE FUNCTION kinerja_triwulan_terkunci() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id
                 WHERE b.id = OLD.renja_baris_id AND k.triwulan = OLD.triwulan) THEN
            RAISE EXCEPTION 'triwulan terkunci';
          END IF;
          IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM kunci_triwulan k JOIN renja_baris b ON b.renja_id = k.renja_id
                 WHERE b.id = NEW.renja_baris_id AND k.triwulan = NEW.triwulan) THEN
            RAISE EXCEPTION 'triwulan terkunci';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER realisasi_fisik_terkunci BEFORE INSERT OR UPDATE OR DELETE ON realisasi_fisik FOR EACH ROW EXECUTE FUNCTION kinerja_triwulan_terkunci()",
        "CREATE TRIGGER realisasi_keuangan_terkunci BEFORE INSERT OR UPDATE OR DELETE ON realisasi_keuangan FOR EACH ROW EXECUTE FUNCTION kinerja_triwulan_terkunci()",
    ]

    static let postgresRevert: [String] = [
        "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
        "DROP TRIGGER IF EXISTS renja_tetap ON renja",
        "DROP TRIGGER IF EXISTS renja_baris_tetap ON renja_baris",
        "DROP TRIGGER IF EXISTS renja_target_tetap ON renja_target",
        "DROP TRIGGER IF EXISTS realisasi_fisik_terkunci ON realisasi_fisik",
        "DROP TRIGGER IF EXISTS realisasi_keuangan_terkunci ON realisasi_keuangan",
        "DROP FUNCTION IF EXISTS kinerja_triwulan_terkunci()",
        "DROP FUNCTION IF EXISTS kinerja_audit_append_only()",
        "DROP FUNCTION IF EXISTS kinerja_renja_tetap()",
        "DROP FUNCTION IF EXISTS kinerja_renja_baris_tetap()",
        "DROP FUNCTION IF EXISTS kinerja_renja_target_tetap()",
    ]
}

extension Database {
    /// The SQLKit view of this database; every driver Kinerja uses is SQL-based.
    var sqlDatabase: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }
}
