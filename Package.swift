// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "ConflictMiner",
    products: [
        .library(name: "ConflictMiner", targets: ["ConflictMiner"]),
        .executable(name: "conflict-miner", targets: ["conflict-miner"]),
        .executable(name: "conflict-miner-serve", targets: ["conflict-miner-serve"]),
        .executable(name: "icu-word-loop", targets: ["icu-word-loop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `serve`: a small HTTP server on BSD sockets and Swift concurrency, no NIO (cheap to build).
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // The system ICU (libicu-dev) behind a header that exposes only <stdint.h> types:
        // Debian's versioned ICU symbols and Foundation's own ICU module stay out of Swift's sight.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "ConflictMiner", dependencies: ["CICU"]),
        // What the command-line programs share: options, messages, the version.
        .target(
            name: "CommandLineSupport",
            dependencies: ["ConflictMiner", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "conflict-miner",
            dependencies: [
                "ConflictMiner", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `conflict-miner serve` hands over to this program: the HTTP server's libraries (FlyingFox
        // links libcurl through FoundationNetworking) load only when serving.
        .executableTarget(
            name: "conflict-miner-serve",
            dependencies: [
                "ConflictMiner", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // The benchmark's yardstick: ICU's word breaking alone (Scripts/bench).
        .executableTarget(name: "icu-word-loop", dependencies: ["CICU"]),
        .testTarget(
            name: "ConflictMinerTests",
            dependencies: ["ConflictMiner", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ]
)

// The libFuzzer target exists only for fuzzing builds (Scripts/fuzz sets CONFLICT_MINER_FUZZ):
// it has no `main` of its own, libFuzzer's runtime provides it.
if ProcessInfo.processInfo.environment["CONFLICT_MINER_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "conflict-miner-fuzz",
        dependencies: ["ConflictMiner"],
        path: "Fuzz/conflict-miner-fuzz",
        swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    ))
}
