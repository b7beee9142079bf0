import KinerjaStore
import Vapor

/// The one typed configuration, read once at start-up (README lists every variable).
public struct KinerjaConfig: Sendable {
    public var database: DatabaseTarget
    public var host: String
    public var port: Int
    /// bcrypt cost; 12 in production, lower in tests only.
    public var bcryptCost: Int
    /// Mark session cookies `Secure` (set KINERJA_SECURE_COOKIES=1 behind HTTPS).
    public var secureCookies: Bool
    public var migrate: Bool

    public init(database: DatabaseTarget, host: String = "127.0.0.1", port: Int = 8080, bcryptCost: Int = 12, secureCookies: Bool = false, migrate: Bool = true) {
        self.database = database
        self.host = host
        self.port = port
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.migrate = migrate
    }
}

struct KinerjaConfigKey: StorageKey { typealias Value = KinerjaConfig }

extension Application {
    public var kinerja: KinerjaConfig {
        get { storage[KinerjaConfigKey.self] ?? KinerjaConfig(database: .sqliteMemory) }
        set { storage[KinerjaConfigKey.self] = newValue }
    }
}
