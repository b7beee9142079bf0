import FluentKit

/// What a driver error means, read in one place.
public enum GalatDriver {
    /// A key refused the row (an insert whose only constraint that can fail is its unique key). Asked through
    /// FluentKit's `DatabaseError`, which both drivers answer from their error codes: PostgreSQL's error text does
    /// not carry the server's message, so reading the text found nothing there (SQLSTATE 23505 is the answer).
    public static func kunciUnik(_ error: any Error) -> Bool {
        (error as? any DatabaseError)?.isConstraintFailure == true
    }

    /// SQLite file with several connections: another writer holds the database ("database is locked"; FluentKit
    /// has no question for it, and only SQLite says it).
    public static func terkunci(_ error: any Error) -> Bool {
        String(describing: error).lowercased().contains("database is locked")
    }
}
