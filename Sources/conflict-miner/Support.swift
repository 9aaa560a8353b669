import ArgumentParser
import ConflictMiner
import Foundation

/// A mistake in how the command was called: reported and exits with status 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Messages to standard error.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("conflict-miner: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Options every subcommand that runs the pipeline shares.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder with places.tsv and groups.tsv (default: $CONFLICT_MINER_GAZETTEERS, else the Gazetteers folder of the project).",
        valueName: "DIR"))
    var gazetteers: String?

    func makePipeline() throws -> Pipeline {
        let directory: GazetteerDirectory
        if let gazetteers {
            directory = GazetteerDirectory(url: URL(fileURLWithPath: gazetteers))
        } else if let found = GazetteerDirectory.locate() {
            directory = found
        } else {
            throw UsageError("cannot find the Gazetteers folder: pass --gazetteers DIR or set CONFLICT_MINER_GAZETTEERS")
        }
        do {
            return try Pipeline.standard(gazetteers: directory)
        } catch {
            throw UsageError("cannot load the gazetteers: \(error)")
        }
    }
}
