import ArgumentParser
import Foundation
import KinerjaStore
import Vapor

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the four seed offices' data and demo accounts (idempotent).")
    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Load the demo data from this folder instead of the bundled copy.") var data: String?

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database) { app in try await DemoCommand.load(app, folder: data) }
        }
    }
}

enum DemoCommand {
    static func load(_ app: Application, folder: String? = nil) async throws {
        let hash = try await app.password.async.hash(DemoLoader.password)
        let url = folder.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let akun = try await DemoLoader(db: app.db, folder: url, logger: app.logger).muat(passwordHash: hash)
        print("Demo data loaded. Log in at http://\(app.kinerja.host):\(app.kinerja.port)/login with password '\(DemoLoader.password)' as:")
        for a in akun { print("  \(a.username.padding(toLength: 22, withPad: " ", startingAt: 0)) \(a.peran.nama) — \(a.opdKode ?? "")") }
    }
}
