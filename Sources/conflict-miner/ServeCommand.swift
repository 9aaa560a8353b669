import ArgumentParser
import CommandLineSupport
import Foundation

/// `conflict-miner serve`: hands over to the `conflict-miner-serve` program beside this one (the
/// HTTP server and its libraries load only there), with the same arguments.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer HTTP requests with the pipeline, loaded once (conflict-miner serve --help tells more)."
    )

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        let here = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let server = here.appendingPathComponent("conflict-miner-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw UsageError("\(server) is missing: build it with swift build -c release --product conflict-miner-serve (Scripts/setup does)")
        }
        let argv = [server] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        throw UsageError("cannot start \(server): \(String(cString: strerror(errno)))")
    }
}
