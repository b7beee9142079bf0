// swift-tools-version: 6.1
import PackageDescription

// Targets are the architecture: Core ← Store ← Web ← kinerja.
// Only KinerjaWeb and the executable import Vapor; Core is Foundation-only.
let package = Package(
    name: "Kinerja",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kinerja", targets: ["kinerja"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", exact: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", exact: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", exact: "1.57.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", exact: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", exact: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/JohnSundell/Plot.git", exact: "0.14.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "KinerjaCore"),
        .target(
            name: "KinerjaStore",
            dependencies: [
                "KinerjaCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Demo")]
        ),
        // Documents: one table model per regulation table → XLSX, DOCX, CSV, JSON writers. Pure: model → bytes/file.
        .target(
            name: "KinerjaDocs",
            dependencies: ["KinerjaCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "KinerjaWeb",
            dependencies: [
                "KinerjaCore", "KinerjaStore", "KinerjaDocs",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "kinerja",
            dependencies: [
                "KinerjaCore", "KinerjaStore", "KinerjaWeb", "KinerjaDocs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        // Benchmarks: `swift run -c release kinerja-bench [rows]` (engine), `… docs ROWS [memori] [realisasi]` (streaming
        // exports), `… paket [OPD] [YEAR]` (the Renja package against the database read).
        .executableTarget(
            name: "kinerja-bench",
            dependencies: ["KinerjaCore", "KinerjaDocs", "KinerjaStore", "KinerjaWeb", .product(name: "Vapor", package: "vapor"),
                           .product(name: "Fluent", package: "fluent")]),
        .testTarget(
            name: "KinerjaCoreTests",
            dependencies: ["KinerjaCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // Shared test helpers: isolated SQLite/PostgreSQL databases per test.
        .target(
            name: "KinerjaTestSupport",
            dependencies: [
                "KinerjaStore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            path: "Tests/KinerjaTestSupport"
        ),
        .testTarget(
            name: "KinerjaStoreTests",
            dependencies: ["KinerjaStore", "KinerjaCore", "KinerjaTestSupport"]
        ),
        .testTarget(name: "KinerjaDocsTests", dependencies: ["KinerjaDocs", "KinerjaCore"]),
        .testTarget(
            name: "KinerjaWebTests",
            dependencies: [
                "KinerjaWeb", "KinerjaStore", "KinerjaCore", "KinerjaTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
