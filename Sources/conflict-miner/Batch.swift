import ArgumentParser
import CommandLineSupport
import ConflictMiner
import Foundation

/// What the commands that annotate a batch (`extract`, `events`) share: the inputs, how they are
/// read, and how the pipeline runs over them.
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Publication date for documents that give none (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var dct: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and go on, instead of skipping the document.")
    var lossy = false

    @Flag(help: "Inputs are HTML (input, not output: --format html writes HTML pages): markup is blanked out and entities decoded, keeping offsets into the original file.")
    var html = false

    @Option(help: ArgumentHelp("Skip documents larger than this many bytes.", valueName: "BYTES"))
    var maxBytes: Int = 256 << 20

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(
        "Give up on a document that takes longer than this many seconds (it is reported and skipped).",
        valueName: "seconds"))
    var timeLimit: Double = 60

    @OptionGroup var pipeline: PipelineOptions

    @Argument(help: ArgumentHelp("Input files, directories, or - for JSONL on standard input.", valueName: "INPUT"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT") }
        if !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256") }
        // Offsets are kept in 32 bits: a document stays well below 2^31 code units.
        if !(1...(1 << 30)).contains(maxBytes) { throw ValidationError("--max-bytes must be from 1 to 1073741824 (1 GiB)") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let dct, PublicationDate(parsing: dct) == nil {
            throw ValidationError("--dct must be YYYY-MM-DD, YYYY-MM or YYYY, not '\(dct)'")
        }
    }

    /// The number of documents when every input is a `.txt` file or a directory of them
    /// (known up front, for the time left); nil for JSONL inputs.
    /// Input folders with no `.txt` file in them: most likely a mistake worth a warning.
    var foldersWithoutTexts: [String] {
        inputs.filter { input in
            var isDirectory: ObjCBool = false
            guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return false }
            return !((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).contains { $0.hasSuffix(".txt") }
        }
    }

    var countOfTextFiles: Int? {
        var total = 0
        for input in inputs {
            if input == "-" || input.hasSuffix(".jsonl") { return nil }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                total += ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).filter { $0.hasSuffix(".txt") }.count
            } else {
                total += 1
            }
        }
        return total
    }
}

/// Streams the inputs through the pipeline: all cores annotate while the input is read, at most
/// a bounded amount of text is in flight (memory stays flat however long the input), and results
/// come out in input order. Every problem is reported and counted; the batch goes on.
struct BatchRun {
    /// Bounds of the work in flight: documents per worker, and bytes of text in all.
    static let documentsPerWorker = 64
    static let bytesInFlight = 32 << 20

    let options: BatchOptions
    /// The pipeline the workers run (its place gazetteer is shared with the event linker).
    let pipeline: Pipeline
    /// One analyzer per worker.
    private let analyzers: [TextAnalyzer]
    /// Documents to pass over (`extract --resume`).
    var skip: (@Sendable (String) -> Bool)?
    /// Each document's id names its output file: refuse ids that cannot (empty, `.`, `..`, with a
    /// `/`), and a second document with the same id (its file would replace the first's).
    var idsNameFiles = false

    /// Loads the pipeline (before any output is opened, so a failure leaves nothing behind).
    init(options: BatchOptions) throws {
        self.options = options
        pipeline = try options.pipeline.makePipeline()
        analyzers = try (0..<options.jobs).map { _ in try TextAnalyzer() }
        // A command runs one batch: its tables are left for the process's exit to free, instead
        // of released one string at a time when the command returns (the place gazetteer's half
        // a million names took longer to free than a short article takes to annotate).
        _ = Unmanaged.passRetained(KeptUntilExit(pipeline))
    }

    /// What a command holds until the process exits (`init(options:)`).
    private final class KeptUntilExit {
        let pipeline: Pipeline
        init(_ pipeline: Pipeline) { self.pipeline = pipeline }
    }

    /// Calls `write` with each annotated document, in input order, and returns the counts.
    func run(_ write: (AnnotatedDocument) throws -> Void) -> BatchSummary {
        run(render: { annotated, _ in annotated }, write: { try write($0) })
    }

    /// Renders each annotated document on the worker that annotated it (in parallel, with that
    /// worker's analyzer), then calls `write` with the renderings in input order, and returns the
    /// counts. `render` is given the document's analysis only if it `readsAnalysis`. `flush`
    /// hands buffered output on: before waiting for more input, and at the end of the batch (a
    /// failed flush, `OutputLost`, counts the documents it held as failed).
    func run<Output: Sendable>(readsAnalysis: Bool = true,
                               render: @Sendable @escaping (AnnotatedDocument, TextAnalyzer) -> Output,
                               flush: () throws(OutputLost) -> Void = {},
                               write: (Output) throws -> Void) -> BatchSummary {
        var sources = DocumentInputs(paths: options.inputs, defaultPublished: options.dct.flatMap(PublicationDate.init(parsing:)),
                                     decoding: TextDecoding(lossy: options.lossy, html: options.html, maxBytes: options.maxBytes))
        sources.skip = skip
        let timeLimit = Duration.milliseconds(Int64(min(options.timeLimit, 1e9) * 1000))
        let annotator = BatchAnnotator(pipeline: pipeline, analyzers: analyzers, timeLimit: timeLimit,
                                       maxDocuments: Self.documentsPerWorker * options.jobs,
                                       maxBytes: Self.bytesInFlight, keepsAnalysis: readsAnalysis, finish: render)
        defer { annotator.close() }
        for folder in options.foldersWithoutTexts {
            Diagnostics.warning("\(folder): this folder holds no .txt files (give .jsonl files by name)")
        }
        let progress = ProgressLine(total: options.countOfTextFiles, quiet: options.quiet)
        let started = ContinuousClock.now
        var summary = BatchSummary()
        var seen = Set<String>()
        /// The documents whose output a failed flush held were counted written: they failed.
        func count(_ lost: OutputLost) {
            summary.written -= lost.items
            summary.failed += lost.items
        }
        func deliver(_ id: String, _ outcome: BatchAnnotator<Output>.Outcome) {
            switch outcome {
            case .failure(let slow):
                summary.failed += 1
                Diagnostics.error(slow.description)
            case .success(let output):
                do {
                    try write(output)
                    summary.written += 1
                } catch let lost as OutputLost {
                    // the buffer that failed held this document's output and that of the ones before
                    summary.written += 1
                    count(lost)
                    let earlier = lost.items > 1 ? " (nor that of the \(counted(lost.items - 1, "document")) before it)" : ""
                    Diagnostics.error("\(id): cannot write output\(earlier): \(lost.reason)")
                } catch {
                    summary.failed += 1
                    Diagnostics.error("\(id): cannot write output: \(error)")
                }
            }
            progress.update(done: summary.written + summary.failed + summary.skipped)
        }
        /// Hands on the output written so far.
        func flushOutput() {
            do throws(OutputLost) {
                try flush()
            } catch {
                count(error)
                Diagnostics.error("cannot write the output of \(counted(error.items, "document")): \(error.reason)")
            }
        }
        /// Items over `--max-bytes`: skipped on purpose, told in one line at the end.
        var tooLarge: [InputProblem] = []
        // Standard input that pauses (a co-process awaiting its answer): what is read so far is
        // annotated and written before waiting.
        sources.forEach(beforeWaiting: {
            annotator.drain(deliver)
            flushOutput()
        }) { item in
            switch item {
            case .problem(let problem) where problem.isTooLarge:
                summary.skipped += 1
                tooLarge.append(problem)
            case .problem(let problem):
                summary.failed += 1
                Diagnostics.error(problem.description)
            case .skipped:
                summary.skipped += 1
            case .document(let document):
                summary.read += 1
                if idsNameFiles, let problem = Self.fileNameProblem(document.id, seen: &seen) {
                    summary.failed += 1
                    Diagnostics.error(problem)
                    return
                }
                if let warning = TextChecks.warning(for: document.text, htmlInput: options.html) {
                    Diagnostics.warning("\(document.id): \(warning)")
                }
                annotator.submit(document, deliver: deliver)
            }
        }
        annotator.drain(deliver)
        flushOutput()
        progress.finish()
        if !tooLarge.isEmpty {
            let named = tooLarge.prefix(3).map { "\($0.file)\($0.line.map { ":\($0)" } ?? "")" }.joined(separator: ", ")
            Diagnostics.warning("\(counted(tooLarge.count, "document")) over --max-bytes (\(options.maxBytes) bytes) skipped: "
                                + named + (tooLarge.count > 3 ? ", …" : ""))
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// Why a document id cannot name its output file, or nil when it can (and is now taken).
    static func fileNameProblem(_ id: String, seen: inout Set<String>) -> String? {
        if id.isEmpty || id == "." || id == ".." || id.contains("/") || id.contains("\0") {
            return "'\(id)': this id cannot name an output file (empty, '.', '..' or with '/'); skipped"
        }
        if !seen.insert(id).inserted { return "\(id): a document with this id was already written; skipped" }
        return nil
    }
}

/// Counts for the end-of-batch summary.
struct BatchSummary: CustomStringConvertible {
    var read = 0, written = 0, skipped = 0, failed = 0
    /// Wall time of the batch.
    var seconds = 0.0

    var description: String {
        "conflict-miner: \(counted(read, "document")) read, \(written) written, \(skipped) skipped, \(failed) failed"
    }

    /// The summary line, with what a command adds (`, 3 events`) and the elapsed time.
    func line(adding extra: String = "") -> String {
        description + extra + " in " + (seconds < 1 ? String(format: "%.2f", seconds) : seconds < 10 ? String(format: "%.1f", seconds) : String(Int(seconds.rounded()))) + " s"
    }
}

/// `1 document`, `2 documents`: a count with its noun in the right number.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
