import Foundation

/// Typed links shared by the router and the views.
enum SiteURL {
    case beranda
    case login
    case logout
    case renja(UUID)
    case health

    var path: String {
        switch self {
        case .beranda: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .renja(let id): "/renja/\(id.uuidString.lowercased())"
        case .health: "/health"
        }
    }
}
