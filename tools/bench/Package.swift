// swift-tools-version:6.0
// Benchmarks live apart from the library (as swift-nio keeps its own): this package depends on
// PatrolMap by path and times its algorithms on a map; tools/bench/run.sh runs it beside the
// Python peers (SciPy, igraph, NetworkX) on the same exported graph and writes BENCHMARKS.md.
import PackageDescription

let package = Package(
    name: "PatrolMapBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "PatrolMap", path: "../..")],
    targets: [
        .executableTarget(
            name: "patrolmap-bench",
            dependencies: [
                .product(name: "PatrolAnalysis", package: "PatrolMap"),
                .product(name: "PatrolRouting", package: "PatrolMap"),
                .product(name: "PatrolData", package: "PatrolMap"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
