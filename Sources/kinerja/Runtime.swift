import ArgumentParser
import Foundation
import KinerjaStore
import KinerjaWeb
import Logging
import NIOCore
import Vapor

/// Builds the application for a command and turns known failures into one sentence on stderr + exit 1.
enum Runtime {
    static func target(_ options: DatabaseOptions) throws -> DatabaseTarget {
        do { return try DatabaseTarget.resolve(db: options.db, environment: ProcessInfo.processInfo.environment) } catch {
            throw Gagal(error.description)
        }
    }

    /// stderr logging at LOG_LEVEL (default `notice`: migrations and requests stay quiet unless asked for).
    static func bootstrapLogging() {
        _ = loggingOnce
    }
    private static let loggingOnce: Void = {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .notice
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = level
            return h
        }
    }()

    /// Runs `body` with a configured application; always shuts it down.
    static func withApp<T>(
        _ options: DatabaseOptions, host: String = "127.0.0.1", port: Int = 8080, migrate: Bool = true,
        _ body: (Application) async throws -> T
    ) async throws -> T {
        let target = try target(options)
        bootstrapLogging()
        try await Probe.reachable(target)
        var env = Environment(name: "production", arguments: ["kinerja"])
        env.arguments = ["kinerja"]
        let app = try await Application.make(env)
        let cost = Int(ProcessInfo.processInfo.environment["KINERJA_BCRYPT_COST"] ?? "") ?? 12
        let secure = ProcessInfo.processInfo.environment["KINERJA_SECURE_COOKIES"] == "1"
        do {
            try await configure(app, KinerjaConfig(database: target, host: host, port: port, bcryptCost: cost, secureCookies: secure, migrate: migrate))
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw Gagal.from(error, target: target)
        }
    }
}

/// A failure reported as one English sentence on stderr with exit code 1 — never a stack trace.
struct Gagal: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }

    static func from(_ error: any Error, target: DatabaseTarget) -> Gagal {
        if let g = error as? Gagal { return g }
        if let s = error as? StoreError { return Gagal(s.description) }
        if let e = error as? IOError, e.errnoCode == EADDRINUSE { return Gagal("the port is already in use; choose another with --port") }
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return Gagal("the port is already in use; choose another with --port") }
        if text.contains("connect") || text.contains("Connection refused") {
            return Gagal("cannot reach the database at \(target): \(text.prefix(160))")
        }
        return Gagal(String(text.prefix(300)))
    }
}

extension AsyncParsableCommand {
    /// Prints a `Gagal` as one line and exits 1.
    func laporkan(_ body: () async throws -> Void) async throws {
        do { try await body() } catch let g as Gagal {
            FileHandle.standardError.write(Data("kinerja: \(g.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
