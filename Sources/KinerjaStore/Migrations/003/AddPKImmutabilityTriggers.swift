import FluentKit
import SQLKit

/// An adopted Perjanjian Kinerja (`ditetapkan_pada` set) is immutable like an adopted Renja (issue 6 item 3), enforced
/// by the database: the PK row cannot change or be deleted, and its IKU targets, rencana aksi and program budget
/// lines cannot be added, changed or deleted. Changing an adopted PK means a new version (`jenis` perubahan).
/// Adoption itself is the one allowed update: `ditetapkan_pada` going from NULL to a date. Static SQL per dialect.
struct AddPKImmutabilityTriggers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase
        for s in sql.dialect.name == "postgresql" ? Self.postgres : Self.sqlite { try await sql.raw(SQLQueryString(s)).run() }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sqlDatabase
        for s in sql.dialect.name == "postgresql" ? Self.postgresRevert : Self.sqliteRevert { try await sql.raw(SQLQueryString(s)).run() }
    }

    static let pesan = "perjanjian kinerja ditetapkan is immutable"

    /// SQL condition: the PK `kolom` points at is adopted.
    static func tetap(_ kolom: String) -> String {
        "(SELECT ditetapkan_pada FROM perjanjian_kinerja WHERE id = \(kolom)) IS NOT NULL"
    }
    static func tetapLewatTarget(_ kolom: String) -> String {
        "(SELECT p.ditetapkan_pada FROM perjanjian_kinerja p JOIN pk_target t ON t.pk_id = p.id WHERE t.id = \(kolom)) IS NOT NULL"
    }

    static let sqlite: [String] = {
        var s = [
            "CREATE TRIGGER pk_tetap_no_update BEFORE UPDATE ON perjanjian_kinerja WHEN OLD.ditetapkan_pada IS NOT NULL BEGIN SELECT RAISE(ABORT, '\(pesan)'); END",
            "CREATE TRIGGER pk_tetap_no_delete BEFORE DELETE ON perjanjian_kinerja WHEN OLD.ditetapkan_pada IS NOT NULL BEGIN SELECT RAISE(ABORT, '\(pesan)'); END",
        ]
        for tabel in ["pk_target", "pk_anggaran"] {
            s.append("CREATE TRIGGER \(tabel)_tetap_no_insert BEFORE INSERT ON \(tabel) WHEN \(tetap("NEW.pk_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
            s.append("CREATE TRIGGER \(tabel)_tetap_no_update BEFORE UPDATE ON \(tabel) WHEN \(tetap("OLD.pk_id")) OR \(tetap("NEW.pk_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
            s.append("CREATE TRIGGER \(tabel)_tetap_no_delete BEFORE DELETE ON \(tabel) WHEN \(tetap("OLD.pk_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
        }
        s.append("CREATE TRIGGER rencana_aksi_tetap_no_insert BEFORE INSERT ON rencana_aksi WHEN \(tetapLewatTarget("NEW.pk_target_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
        s.append("CREATE TRIGGER rencana_aksi_tetap_no_update BEFORE UPDATE ON rencana_aksi WHEN \(tetapLewatTarget("OLD.pk_target_id")) OR \(tetapLewatTarget("NEW.pk_target_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
        s.append("CREATE TRIGGER rencana_aksi_tetap_no_delete BEFORE DELETE ON rencana_aksi WHEN \(tetapLewatTarget("OLD.pk_target_id")) BEGIN SELECT RAISE(ABORT, '\(pesan)'); END")
        return s
    }()

    static let sqliteRevert: [String] = (["pk_tetap_no_update", "pk_tetap_no_delete"]
        + ["pk_target", "pk_anggaran", "rencana_aksi"].flatMap { t in ["insert", "update", "delete"].map { "\(t)_tetap_no_\($0)" } })
        .map { "DROP TRIGGER IF EXISTS \($0)" }

    static let postgres: [String] = [
        """
        CREATE OR REPLACE FUNCTION kinerja_pk_tetap() RETURNS trigger AS $$
        BEGIN
          IF OLD.ditetapkan_pada IS NOT NULL THEN RAISE EXCEPTION '\(pesan)'; END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER pk_tetap BEFORE UPDATE OR DELETE ON perjanjian_kinerja FOR EACH ROW EXECUTE FUNCTION kinerja_pk_tetap()",
        """
        CREATE OR REPLACE FUNCTION kinerja_pk_bagian_tetap() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM perjanjian_kinerja WHERE id = OLD.pk_id AND ditetapkan_pada IS NOT NULL) THEN
            RAISE EXCEPTION '\(pesan)';
          END IF;
          IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM perjanjian_kinerja WHERE id = NEW.pk_id AND ditetapkan_pada IS NOT NULL) THEN
            RAISE EXCEPTION '\(pesan)';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER pk_target_tetap BEFORE INSERT OR UPDATE OR DELETE ON pk_target FOR EACH ROW EXECUTE FUNCTION kinerja_pk_bagian_tetap()",
        "CREATE TRIGGER pk_anggaran_tetap BEFORE INSERT OR UPDATE OR DELETE ON pk_anggaran FOR EACH ROW EXECUTE FUNCTION kinerja_pk_bagian_tetap()",
        """
        CREATE OR REPLACE FUNCTION kinerja_rencana_aksi_tetap() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM perjanjian_kinerja p JOIN pk_target t ON t.pk_id = p.id
                 WHERE t.id = OLD.pk_target_id AND p.ditetapkan_pada IS NOT NULL) THEN
            RAISE EXCEPTION '\(pesan)';
          END IF;
          IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM perjanjian_kinerja p JOIN pk_target t ON t.pk_id = p.id
                 WHERE t.id = NEW.pk_target_id AND p.ditetapkan_pada IS NOT NULL) THEN
            RAISE EXCEPTION '\(pesan)';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """,
        "CREATE TRIGGER rencana_aksi_tetap BEFORE INSERT OR UPDATE OR DELETE ON rencana_aksi FOR EACH ROW EXECUTE FUNCTION kinerja_rencana_aksi_tetap()",
    ]

    static let postgresRevert: [String] = [
        "DROP TRIGGER IF EXISTS pk_tetap ON perjanjian_kinerja",
        "DROP TRIGGER IF EXISTS pk_target_tetap ON pk_target",
        "DROP TRIGGER IF EXISTS pk_anggaran_tetap ON pk_anggaran",
        "DROP TRIGGER IF EXISTS rencana_aksi_tetap ON rencana_aksi",
        "DROP FUNCTION IF EXISTS kinerja_pk_tetap()",
        "DROP FUNCTION IF EXISTS kinerja_pk_bagian_tetap()",
        "DROP FUNCTION IF EXISTS kinerja_rencana_aksi_tetap()",
    ]
}
