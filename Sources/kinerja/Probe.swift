import Foundation
import KinerjaStore
import NIOCore
import NIOPosix

/// A plain TCP connect to PostgreSQL before the connection pool starts, so an unreachable server is reported
/// as one sentence instead of the pool's retry log.
enum Probe {
    static func reachable(_ target: DatabaseTarget) async throws {
        guard case .postgres(let url) = target, let comps = URLComponents(string: url), let host = comps.host else { return }
        let port = comps.port ?? 5432
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(5))
                .connect(host: host, port: port).get()
            try await channel.close()
        } catch {
            let reason = String(reflecting: error).contains("refused") ? "connection refused" : "\(error)"
            throw Gagal("cannot reach PostgreSQL at \(host):\(port): \(reason)")
        }
    }
}
