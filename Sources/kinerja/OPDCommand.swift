import ArgumentParser
import KinerjaStore
import Vapor

struct OPDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "opd", abstract: "Offices.", subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One office per line: the code every --opd option takes, then its name.")
        @OptionGroup var database: DatabaseOptions
        func run() async throws {
            try await laporkan {
                try await Runtime.withApp(database) { app in
                    for o in try await WilayahRepository(db: app.db).semuaOPD() { print("\(o.kode)\t\(o.nama)") }
                }
            }
        }
    }
}
