/// Errors of the persistence layer, each with one English sentence for logs and the CLI.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notSQL
    case unknownScheme(String)
    case badDatabaseURL(String)
    case unreachable(String, reason: String)
    case newerSchema(unknown: [String])
    case notFound(entity: String, key: String)
    case invalid(field: String, message: String, pesan: String)
    case immutable(entity: String, key: String)
    /// Optimistic locking: the record changed since the client read it (revisi differs).
    case conflict(entity: String, key: String, expected: Int, current: Int)
    /// The user's role does not allow the action.
    case forbidden(action: String)

    public var description: String {
        switch self {
        case .notSQL: "the database driver is not SQL-based"
        case .unknownScheme(let s): "unsupported database scheme '\(s)': use a file path for SQLite or postgres://user@host:port/db"
        case .badDatabaseURL(let u): "DATABASE_URL '\(u)' is not a valid postgres:// URL"
        case .unreachable(let target, let reason): "cannot reach the database at \(target): \(reason)"
        case .newerSchema(let unknown):
            "the database was migrated by a newer Kinerja (unknown migrations: \(unknown.joined(separator: ", "))); upgrade Kinerja"
        case .notFound(let entity, let key): "\(entity) '\(key)' not found"
        case .invalid(let field, let message, _): "\(field): \(message)"
        case .immutable(let entity, let key): "\(entity) \(key) is adopted (ditetapkan) and cannot be changed; create a Perubahan"
        case .conflict(let entity, let key, let expected, let current):
            "\(entity) \(key) was changed by someone else (revision \(current), you edited revision \(expected))"
        case .forbidden(let action): "your role does not allow: \(action)"
        }
    }
}
