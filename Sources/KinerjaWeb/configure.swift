import Fluent
import KinerjaStore
import Vapor

/// The composition root: database, migrations, sessions, middleware, routes.
public func configure(_ app: Application, _ config: KinerjaConfig) async throws {
    app.kinerja = config
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.logger[metadataKey: "component"] = "web"

    app.databases.use(try config.database.configuration(), as: config.database.databaseID, isDefault: true)
    app.migrations.add(KinerjaMigrations.all)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))

    let status = try await SchemaStatus.read(on: app.db, target: config.database)
    try status.requireNotNewer()
    if config.migrate { try await app.autoMigrate() }

    // The cookie's name and flags; `SesiMiddleware` (not Vapor's sessions middleware) reads and writes the rows.
    app.sessions.configuration.cookieName = "kinerja_sesi"
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, expires: Date(timeIntervalSinceNow: MasaSesi.lifetime), maxAge: nil, domain: nil, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    app.middleware = Middlewares()
    // Outermost: security headers also on error pages built by the error middleware.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(KesalahanMiddleware())
    app.middleware.use(SesiMiddleware(cookie: app.sessions.configuration))
    app.middleware.use(BearerTokenMiddleware())
    app.middleware.use(TulisMiddleware())

    app.storage[RenjaCacheKey.self] = RenjaCache()
    app.storage[SesiCacheKey.self] = SesiCache()
    try routes(app)
}
