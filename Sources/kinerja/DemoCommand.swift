import ArgumentParser
import Foundation
import KinerjaStore
import Vapor

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the four seed offices' data and demo accounts (idempotent).")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database) { app in try await DemoCommand.load(app) }
        }
    }
}

enum DemoCommand {
    static func load(_ app: Application) async throws {
        let hash = try await app.password.async.hash(DemoLoader.password)
        let akun = try await DemoLoader(db: app.db, logger: app.logger).muat(passwordHash: hash)
        print("Demo data loaded. Log in at http://\(app.kinerja.host):\(app.kinerja.port)/login with password '\(DemoLoader.password)' as:")
        for a in akun { print("  \(a.username.padding(toLength: 22, withPad: " ", startingAt: 0)) \(a.peran.nama) — \(a.opdKode ?? "")") }
    }
}
