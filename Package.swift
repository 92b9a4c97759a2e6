// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The search-heavy libraries are optimized in debug builds too. Their tests check searches,
// coverage and plans on the whole of gongli against second computations; unoptimized, the
// retains and releases of every struct copy made those tests most of the suite's time (coverage
// on gongli: 50 s serial at -Onone, 1.7 s at -O). The cost is build time: these three modules
// compile in about 90 s more at -O on this 2-core machine (-j 1), where all seven libraries at
// -O would take 335 s more. Release builds are -O anyway; debug builds keep overflow checks
// and preconditions (-O removes only `assert`, which these modules do not use).
let optimizedSettings: [SwiftSetting] = strictSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "PatrolMap",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "patrolmap", targets: ["patrolmap"]),
        .library(name: "PatrolGeo", targets: ["PatrolGeo"]),
        .library(name: "PatrolData", targets: ["PatrolData"]),
        .library(name: "PatrolImport", targets: ["PatrolImport"]),
        .library(name: "PatrolRouting", targets: ["PatrolRouting"]),
        .library(name: "PatrolAnalysis", targets: ["PatrolAnalysis"]),
        .library(name: "PatrolRender", targets: ["PatrolRender"]),
        .library(name: "PatrolReports", targets: ["PatrolReports"]),
        .library(name: "PatrolConsole", targets: ["PatrolConsole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The station console (`patrolmap serve`): HTTP server, call log, password hashing.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // `make docs` only: the DocC catalogs of the libraries, built with `swift package generate-documentation`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: System libraries

        .systemLibrary(
            name: "CProj",
            path: "Sources/CProj",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // A header only (no library): the searches' cache prefetch hint.
        .systemLibrary(
            name: "CPrefetch",
            path: "Sources/CPrefetch"
        ),

        // MARK: Libraries, lowest layer first

        .target(
            name: "PatrolGeo",
            dependencies: ["CProj"],
            swiftSettings: optimizedSettings
        ),
        .target(
            name: "PatrolData",
            dependencies: ["PatrolGeo", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PatrolImport",
            dependencies: ["PatrolData", "PatrolGeo", "CZlib"],
            swiftSettings: strictSettings
        ),

        .target(
            name: "PatrolRouting",
            dependencies: ["PatrolData", "PatrolGeo", "CPrefetch"],
            swiftSettings: optimizedSettings
        ),

        .target(
            name: "PatrolAnalysis",
            dependencies: ["PatrolRouting", "PatrolData", "PatrolGeo"],
            swiftSettings: optimizedSettings
        ),
        .target(
            name: "PatrolRender",
            dependencies: ["PatrolGeo", "PatrolData", "PatrolRouting", "PatrolAnalysis"],
            swiftSettings: strictSettings
        ),

        .target(
            name: "PatrolReports",
            dependencies: ["PatrolGeo", "PatrolData", "PatrolRouting", "PatrolAnalysis"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PatrolConsole",
            dependencies: [
                "PatrolGeo", "PatrolData", "PatrolRouting", "PatrolAnalysis", "PatrolRender", "PatrolReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),

        // MARK: Command-line tool

        .executableTarget(
            name: "patrolmap",
            dependencies: [
                "PatrolGeo", "PatrolData", "PatrolImport", "PatrolRouting", "PatrolAnalysis", "PatrolRender", "PatrolReports",
                "PatrolConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Tools

        .executableTarget(
            name: "gongli-generator",
            dependencies: ["PatrolGeo", "PatrolData"],
            path: "tools/GongliGenerator",
            swiftSettings: strictSettings
        ),

        .target(
            name: "_PatrolFuzzTargets",
            dependencies: ["PatrolData", "PatrolImport"],
            path: "tools/fuzz/Targets",
            swiftSettings: strictSettings
        ),

        // MARK: Tests

        .target(
            name: "_PatrolTestSupport",
            dependencies: ["PatrolData", "PatrolRouting"],
            path: "Tests/_PatrolTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolGeoTests",
            dependencies: ["PatrolGeo"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolDataTests",
            dependencies: ["PatrolData", "PatrolGeo", "_PatrolTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolRoutingTests",
            dependencies: ["PatrolRouting", "PatrolData", "PatrolGeo", "_PatrolTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolAnalysisTests",
            dependencies: ["PatrolAnalysis", "PatrolRouting", "PatrolData", "PatrolGeo", "_PatrolTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolRenderTests",
            dependencies: ["PatrolRender", "PatrolReports", "PatrolRouting", "PatrolData", "PatrolGeo", "_PatrolTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolImportTests",
            dependencies: ["PatrolImport", "PatrolData", "PatrolRouting", "_PatrolTestSupport", "_PatrolFuzzTargets"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolConsoleTests",
            dependencies: [
                "PatrolConsole", "PatrolReports", "PatrolData", "PatrolRouting", "_PatrolTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatrolCLITests",
            dependencies: ["PatrolData", "_PatrolTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
