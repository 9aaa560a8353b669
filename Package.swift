// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The library's layers are modules of their own (below), and a call into another module is neither
// inlined nor specialized unless its body is serialized: the extractors walk Core's generic phrase
// matcher and word classes over every token, and without this flag a release build runs 2.8 times
// the instructions. Cross-module optimization serializes the generic and small functions of
// these layers for the ones above; the few larger hot members are `@inlinable`. Release only
// (debug builds and tests do not need it). SwiftPM refuses `unsafeFlags` in a dependency that is
// resolved by version: a package that wants this library by version needs another way.
let cmo: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

// How the release builds of the programs (the command-line tool, its HTTP server and the
// benchmark's yardstick) are linked; the library itself is not: a program that uses it links as it
// likes.
// - `-static-stdlib` (what `swift build --static-swift-stdlib` does for every program): the Swift
//   runtime, the standard library and Foundation are in the binary instead of loaded as shared
//   libraries, so that every reference count, allocation and string operation is a direct call
//   rather than one through the dynamic linker's table. The executable's module is compiled with
//   it too, so that it names the static Foundation's own libraries for the linker.
// - mimalloc (Debian's `libmimalloc-dev`, installed by `Scripts/setup`) as the allocator in place
//   of glibc's: a report makes about 200 allocations.
// Measured in paired runs pinned to one core on the dev set's reports: about 5 % and 4 % less time
// after start-up, and start-up 10 and 6 ms shorter (docs/performance.md). The binaries are 70 to
// 90 MB instead of 15. The server's HTTP library brings in FoundationNetworking, whose static form
// links the system's libcurl (`libcurl4-openssl-dev`, also installed by `Scripts/setup`). The link
// prints glibc's warning that static Foundation calls `mktemp`: Foundation's code, not ours.
// (Linux only: Apple's platforms have no static standard library, and their allocator is another.)
let programLinking: (swift: [SwiftSetting], linker: [LinkerSetting]) = (
    [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
    [
        .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release)),
    ]
)

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
        // The library, in layers: each target depends only on those before it, so that no stage
        // reaches back (a later stage's type in an earlier one does not compile). Cross-target
        // internals are `package`; `ConflictMiner` re-exports them all for the programs and users.
        .target(name: "ConflictMinerCore", dependencies: ["CICU"], swiftSettings: cmo),
        .target(name: "ConflictMinerExtractors", dependencies: ["ConflictMinerCore"], swiftSettings: cmo),
        .target(name: "ConflictMinerPipeline", dependencies: ["ConflictMinerCore", "ConflictMinerExtractors"], swiftSettings: cmo),
        .target(
            name: "ConflictMinerEvents",
            dependencies: ["ConflictMinerCore", "ConflictMinerExtractors", "ConflictMinerPipeline"],
            swiftSettings: cmo
        ),
        .target(
            name: "ConflictMinerFormats",
            dependencies: ["ConflictMinerCore", "ConflictMinerExtractors", "ConflictMinerPipeline", "ConflictMinerEvents"],
            swiftSettings: cmo
        ),
        .target(
            name: "ConflictMinerEvaluation",
            dependencies: ["ConflictMinerCore", "ConflictMinerExtractors", "ConflictMinerPipeline", "ConflictMinerEvents",
                           "ConflictMinerFormats"]
        ),
        .target(
            name: "ConflictMiner",
            dependencies: ["ConflictMinerCore", "ConflictMinerExtractors", "ConflictMinerPipeline", "ConflictMinerEvents",
                           "ConflictMinerFormats", "ConflictMinerEvaluation"]
        ),
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
            ],
            swiftSettings: programLinking.swift,
            linkerSettings: programLinking.linker
        ),
        // `conflict-miner serve` hands over to this program: the HTTP server's libraries (FlyingFox
        // links libcurl through FoundationNetworking) load only when serving.
        .executableTarget(
            name: "conflict-miner-serve",
            dependencies: [
                "ConflictMiner", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: programLinking.swift,
            linkerSettings: programLinking.linker
        ),
        // The benchmark's yardstick: ICU's word breaking alone (Scripts/bench), linked as the program is.
        .executableTarget(name: "icu-word-loop", dependencies: ["CICU"], swiftSettings: programLinking.swift,
                          linkerSettings: programLinking.linker),
        .testTarget(
            name: "ConflictMinerTests",
            dependencies: [
                "ConflictMinerCore", "ConflictMinerExtractors", "ConflictMinerPipeline", "ConflictMinerEvents",
                "ConflictMinerFormats", "ConflictMinerEvaluation", "ConflictMiner",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
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
