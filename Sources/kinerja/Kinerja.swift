import ArgumentParser

/// The `kinerja` command: one executable for the server and every operator task.
@main
struct Kinerja: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinerja",
        abstract: "Planning and performance accountability for Dinas Sosial offices.",
        subcommands: [Serve.self, Migrate.self, Demo.self, UserCommand.self, OPDCommand.self, Evaluate.self, Check.self, Report.self, Export.self])
}

/// Options every database-using command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite file (default ./kinerja.sqlite). DATABASE_URL=postgres://… takes precedence.")
    var db: String?
}

/// `--opd KODE --year N`, shared by the commands that report on one office's year.
struct OPDTahunOptions: ParsableArguments {
    @Option(help: "Office code (see `kinerja opd list`).") var opd: String
    @Option(help: "Plan year N of the Renja (report year for an LKjIP).") var year: Int
    @Flag(help: "Print JSON instead of text.") var json = false
}
