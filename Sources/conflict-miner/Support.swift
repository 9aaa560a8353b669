import ArgumentParser
import ConflictMiner
import Foundation

/// A mistake in how the command was called: reported and exits with status 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Messages to standard error: text lines, or JSON lines (`{"level":"error","message":…}`) when
/// the output on standard output is JSONL and standard error is not a terminal, so that a
/// streaming filter's error stream is machine-readable too.
enum Diagnostics {
    /// Set once by a command before any work starts.
    nonisolated(unsafe) static var asJSON = false

    /// Whether standard error is a terminal: a person reads it, so messages stay plain text.
    static var toTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    static func error(_ message: String) {
        write(asJSON ? json(level: "error", message) : "conflict-miner: " + message)
    }

    static func warning(_ message: String) {
        write(asJSON ? json(level: "warning", message) : "conflict-miner: warning: " + message)
    }

    static func note(_ message: String) {
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
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder with places.tsv and groups.tsv (default: $CONFLICT_MINER_GAZETTEERS, else the Gazetteers folder of the project).",
        valueName: "DIR"))
    var gazetteers: String?

    @Option(help: ArgumentHelp(
        "Folder of your own names merged over the gazetteers: groups.tsv, places.tsv, stop-names.tsv (default: $CONFLICT_MINER_LEXICON).",
        valueName: "DIR"))
    var lexicon: String?

    @Option(help: ArgumentHelp(
        "Run only these extractors, comma-separated (\(ExtractorRegistry.standard.names.joined(separator: ", "))); default: all.",
        valueName: "NAMES"))
    var extractors: String?

    func validate() throws {
        guard let extractors else { return }
        for name in extractors.split(separator: ",") where !ExtractorRegistry.standard.names.contains(String(name)) {
            throw ValidationError("unknown extractor '\(name)' (known: \(ExtractorRegistry.standard.names.joined(separator: ", ")))")
        }
    }

    /// The gazetteer folder: `--gazetteers`, else the one `GazetteerDirectory.locate()` finds;
    /// with the user's names of `--lexicon` (or `$CONFLICT_MINER_LEXICON`) over it.
    func directory() throws -> GazetteerDirectory {
        var directory: GazetteerDirectory
        if let gazetteers {
            directory = GazetteerDirectory(url: URL(fileURLWithPath: gazetteers))
        } else if let found = GazetteerDirectory.locate() {
            directory = found
        } else {
            throw UsageError("cannot find the Gazetteers folder: pass --gazetteers DIR or set CONFLICT_MINER_GAZETTEERS")
        }
        let environment = ProcessInfo.processInfo.environment["CONFLICT_MINER_LEXICON"].flatMap { $0.isEmpty ? nil : $0 }
        if let folder = lexicon ?? environment {
            do {
                directory.overlay = try UserLexicon(contentsOf: URL(fileURLWithPath: folder))
            } catch {
                throw UsageError("cannot use the lexicon \(folder): \(error)")
            }
        }
        return directory
    }

    func makePipeline() throws -> Pipeline {
        let directory = try directory()
        do {
            return try Pipeline.standard(gazetteers: directory, only: extractors.map { Set($0.split(separator: ",").map(String.init)) })
        } catch {
            throw UsageError("cannot load the gazetteers: \(error)")
        }
    }
}

/// A one-line progress display on standard error for long runs: documents done, rate, and time
/// left when the total is known. Silent when standard error is not a terminal, or when disabled.
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let start = DispatchTime.now()
    private var lastDraw = DispatchTime(uptimeNanoseconds: 0)
    private var drawn = false

    init(total: Int?, quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
        self.total = total
    }

    /// Redraws the line, at most a few times a second.
    func update(done: Int) {
        guard enabled else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 250_000_000 else { return }
        lastDraw = now
        let seconds = max(Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, 1e-3)
        let rate = Double(done) / seconds
        var line = "\(done)"
        if let total, total > 0 { line += "/\(total) (\(min(100, done * 100 / total))%)" }
        line += " documents, \(Int(rate.rounded())) docs/s"
        if let total, rate > 0, done < total {
            let left = Int((Double(total - done) / rate).rounded())
            line += ", \(left / 60)m\(String(format: "%02d", left % 60))s left"
        }
        try? FileHandle.standardError.write(contentsOf: Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line before the final summary.
    func finish() {
        if drawn { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
    }
}
