/// What a driver error means, read in one place: SQLite and PostgreSQL word their errors differently and both reach
/// us as their drivers' own types, so the text is what the two have in common.
public enum GalatDriver {
    /// A unique key refused the row ("UNIQUE constraint failed" / "duplicate key value violates unique constraint").
    public static func kunciUnik(_ error: any Error) -> Bool {
        String(describing: error).lowercased().contains("unique")
    }

    /// SQLite file with several connections: another writer holds the database ("database is locked").
    public static func terkunci(_ error: any Error) -> Bool {
        String(describing: error).lowercased().contains("database is locked")
    }
}
