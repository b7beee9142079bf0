import ArgumentParser
import Foundation
import KinerjaStore
import KinerjaWeb
import Vapor

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web application (migrates the database first).")

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Address to listen on.") var host = "127.0.0.1"
    @ArgumentParser.Option(help: "Port to listen on.") var port = 8080
    @ArgumentParser.Flag(help: "Load the demo offices (idempotent) and print the demo logins.") var demo = false
    @ArgumentParser.Option(help: "With --demo: load the demo data from this folder instead of the bundled copy.") var demoData: String?

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database, host: host, port: port) { app in
                if demo { try await DemoCommand.load(app, folder: demoData) }
                try await app.startup()
                app.logger.notice("Kinerja on http://\(host):\(port) (\(app.kinerja.database))")
                try await app.running?.onStop.get()
            }
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")
    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Flag(help: "Revert every migration instead (drops all Kinerja tables).") var revert = false

    func run() async throws {
        try await laporkan {
            try await Runtime.withApp(database, migrate: !revert) { app in
                if revert {
                    try await app.autoRevert()
                    print("reverted all migrations")
                } else {
                    let s = try await SchemaStatus.read(on: app.db, target: app.kinerja.database)
                    print("schema version \(s.version) (\(app.kinerja.database))")
                }
            }
        }
    }
}
