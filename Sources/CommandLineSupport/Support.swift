import ArgumentParser
import ConflictMiner
import Foundation

/// Parses the arguments and runs `Command`, then exits with the documented status: 0, 1 when some
/// inputs failed, 2 for a usage error (ArgumentParser's own EX_USAGE, 64, included).
public func runCommandLine<Command: ParsableCommand>(_: Command.Type) -> Never {
    do {
        var command = try Command.parseAsRoot()
        try command.run()
        exit(0)
    } catch let code as ExitCode {
        exit(code.rawValue)
    } catch let usage as UsageError {
        Diagnostics.error(usage.message)
        exit(2)
    } catch {
        let code = Command.exitCode(for: error)
        if code == .success { Command.exit(withError: error) }
        Diagnostics.error(Command.fullMessage(for: error))
        exit(code == .validationFailure ? 2 : code.rawValue)
    }
}

/// A mistake in how the command was called: reported and exits with status 2.
public struct UsageError: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Messages to standard error: text lines, or JSON lines (`{"level":"error","message":…}`) when
/// the output on standard output is JSONL and standard error is not a terminal, so that a
/// streaming filter's error stream is machine-readable too.
public enum Diagnostics {
    /// Set once by a command before any work starts.
    nonisolated(unsafe) public static var asJSON = false

    /// Whether standard error is a terminal: a person reads it, so messages stay plain text.
    public static var toTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    public static func error(_ message: String) {
        write(asJSON ? json(level: "error", message) : "conflict-miner: " + message)
    }

    public static func warning(_ message: String) {
        write(asJSON ? json(level: "warning", message) : "conflict-miner: warning: " + message)
    }

    public static func note(_ message: String) {
        write(asJSON ? json(level: "note", message) : message)
    }

    private static func json(level: String, _ message: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("level", level)
        writer.field("message", message)
        writer.endObject()
        return writer.output
    }

    private static func write(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }
}

/// Options every subcommand that runs the pipeline shares.
public struct PipelineOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, help: ArgumentHelp(
        "Folder with places.tsv and groups.tsv (default: $CONFLICT_MINER_GAZETTEERS, else the Gazetteers folder of the project).",
        valueName: "DIR"))
    public var gazetteers: String?

    @Option(help: ArgumentHelp(
        "Folder of your own names merged over the gazetteers: groups.tsv, places.tsv, stop-names.tsv (default: $CONFLICT_MINER_LEXICON).",
        valueName: "DIR"))
    public var lexicon: String?

    @Option(help: ArgumentHelp(
        "Run only these extractors, comma-separated (\(ExtractorRegistry.standard.names.joined(separator: ", "))); default: all.",
        valueName: "NAMES"))
    public var extractors: String?

    public func validate() throws {
        guard let extractors else { return }
        for name in extractors.split(separator: ",") where !ExtractorRegistry.standard.names.contains(String(name)) {
            throw ValidationError("unknown extractor '\(name)' (known: \(ExtractorRegistry.standard.names.joined(separator: ", ")))")
        }
    }

    /// The gazetteer folder: `--gazetteers`, else `$CONFLICT_MINER_GAZETTEERS`, else the one
    /// `GazetteerDirectory.locate()` finds; with the user's names of `--lexicon` (or
    /// `$CONFLICT_MINER_LEXICON`) over it, and compiled gazetteers kept in `$CONFLICT_MINER_CACHE`,
    /// else in `.compiled` inside the folder.
    public func directory() throws -> GazetteerDirectory {
        var directory: GazetteerDirectory
        if let folder = gazetteers ?? Self.environment("CONFLICT_MINER_GAZETTEERS") {
            directory = GazetteerDirectory(url: URL(fileURLWithPath: folder))
        } else if let found = GazetteerDirectory.locate() {
            directory = found
        } else {
            throw UsageError("cannot find the Gazetteers folder: pass --gazetteers DIR or set CONFLICT_MINER_GAZETTEERS")
        }
        directory.compiledCache = Self.environment("CONFLICT_MINER_CACHE").map { URL(fileURLWithPath: $0) }
            ?? directory.besideTables
        if let folder = lexicon ?? Self.environment("CONFLICT_MINER_LEXICON") {
            do {
                directory.overlay = try UserLexicon(contentsOf: URL(fileURLWithPath: folder))
            } catch {
                throw UsageError("cannot use the lexicon \(folder): \(error)")
            }
        }
        return directory
    }

    /// An environment variable's value, nil when unset or empty.
    private static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    public func makePipeline() throws -> Pipeline {
        let directory = try directory()
        do {
            return try Pipeline.standard(gazetteers: directory, only: extractors.map { Set($0.split(separator: ",").map(String.init)) })
        } catch {
            throw UsageError("cannot load the gazetteers: \(error)")
        }
    }
}

extension PipelineOptions {
    /// The event linker over the country names, group countries and event vocabulary of the
    /// same folder the pipeline reads, sharing the pipeline's place gazetteer and place tables
    /// when it has them.
    public func makeEventLinker(for pipeline: Pipeline? = nil) throws -> EventLinker {
        let directory = try directory()
        do {
            return try EventLinker(gazetteers: directory, places: pipeline?.placeGazetteer,
                                   placeLexicon: pipeline?.placeLexicon)
        } catch {
            throw UsageError("cannot load the event linker's data: \(error)")
        }
    }
}
