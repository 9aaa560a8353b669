// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ConflictMiner",
    products: [
        .library(name: "ConflictMiner", targets: ["ConflictMiner"]),
        .executable(name: "conflict-miner", targets: ["conflict-miner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU (libicu-dev) behind a header that exposes only <stdint.h> types:
        // Debian's versioned ICU symbols and Foundation's own ICU module stay out of Swift's sight.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "ConflictMiner", dependencies: ["CICU"]),
        .executableTarget(
            name: "conflict-miner",
            dependencies: [
                "ConflictMiner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ConflictMinerTests", dependencies: ["ConflictMiner"]),
    ]
)
