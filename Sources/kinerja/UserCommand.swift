import ArgumentParser
import Foundation
import KinerjaCore
import KinerjaStore
import KinerjaWeb
import Vapor

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage user accounts.", subcommands: [Add.self, List.self, Passwd.self, Token.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user. The password is read from KINERJA_PASSWORD or stdin.")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "Login name.") var username: String
        @ArgumentParser.Option(help: "Full name.") var nama: String
        @ArgumentParser.Option(help: "Role: \(Peran.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.") var peran: [String]
        @ArgumentParser.Option(help: "Office code (see `kinerja opd list`).") var opd: String?
        @ArgumentParser.Option(help: "Unit code inside the office (kepala_bidang).") var unit: String?
        @ArgumentParser.Option(help: "Pemda area code, for a province or Pemda-wide user without an office (e.g. 76).") var pemda: String?

        func run() async throws {
            try await laporkan {
                let roles = try peran.map { p -> Peran in
                    guard let r = Peran(rawValue: p) else { throw Gagal("unknown role '\(p)'; use one of \(Peran.allCases.map(\.rawValue).joined(separator: ", "))") }
                    return r
                }
                let pw = try readPassword()
                try await Runtime.withApp(database) { app in
                    let hash = try await app.password.async.hash(pw)
                    let u = try await PenggunaRepository(db: app.db).tambah(
                        username: username, nama: nama, passwordHash: hash, peran: roles, opdKode: opd, unitKerjaKode: unit, pemdaKode: pemda)
                    print("added \(u.username)")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users: username, roles, office.")
        @OptionGroup var database: DatabaseOptions
        func run() async throws {
            try await laporkan {
                try await Runtime.withApp(database) { app in
                    for u in try await PenggunaRepository(db: app.db).semua() {
                        print("\(u.username)\t\(u.peran.map(\.rawValue).joined(separator: ","))\t\(u.opdKode ?? "-")\t\(u.aktif ? "aktif" : "nonaktif")")
                    }
                }
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a user's password (from KINERJA_PASSWORD or stdin).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument var username: String
        func run() async throws {
            try await laporkan {
                let pw = try readPassword()
                try await Runtime.withApp(database) { app in
                    let hash = try await app.password.async.hash(pw)
                    try await PenggunaRepository(db: app.db).gantiPassword(username: username, passwordHash: hash)
                    print("password changed for \(username.lowercased())")
                }
            }
        }
    }
}

extension UserCommand {
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API token for a user and print it once (only its hash is stored).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument var username: String
        @ArgumentParser.Option(help: "A label for the token.") var nama = "api"
        @ArgumentParser.Option(help: "Days until it expires (0 = never).") var hari = 90
        func run() async throws {
            try await laporkan {
                try await Runtime.withApp(database) { app in
                    let token = BearerTokenMiddleware.buatToken()
                    let exp = hari > 0 ? Date().addingTimeInterval(Double(hari) * 86_400) : nil
                    try await PenggunaRepository(db: app.db).tambahToken(
                        username: username, nama: nama, tokenHash: BearerTokenMiddleware.hash(token), kedaluwarsa: exp)
                    print(token)
                }
            }
        }
    }
}

/// Reads a password without putting it on the command line (where `ps` would show it).
func readPassword() throws -> String {
    let pw = ProcessInfo.processInfo.environment["KINERJA_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
    guard pw.count >= 8 else { throw Gagal("the password must have at least 8 characters") }
    return pw
}
