import ArgumentParser
import ConflictMiner
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate documents and write the entities as BRAT standoff or JSONL.",
        discussion: """
            INPUT is a .txt file (with NAME.meta.json beside it for the publication date), a \
            directory of them, a .jsonl file of {"id","text","published"} objects, or - for JSONL \
            on standard input. --format brat writes OUTPUT/NAME.ann per document, --format html a \
            self-contained page OUTPUT/NAME.html per document; --format jsonl \
            writes one line per document to OUTPUT, or to standard output without --output. \
            Bad inputs are reported on standard error and skipped; the exit status is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case brat, jsonl, html
    }

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory (brat, html) or file (jsonl).", valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp("Publication date for documents that give none (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var dct: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and go on, instead of skipping the document.")
    var lossy = false

    @Flag(help: "Inputs are HTML: markup is blanked out and entities decoded, keeping offsets into the original file.")
    var html = false

    @Option(help: ArgumentHelp("Skip documents larger than this many bytes.", valueName: "BYTES"))
    var maxBytes: Int = 256 << 20

    @Option(name: .customLong("time-limit"), help: ArgumentHelp(
        "Give up on a document that takes longer than this many seconds (it is reported and skipped).",
        valueName: "seconds"))
    var timeLimit: Double = 60

    @Flag(help: "With --format brat, skip documents whose NAME.ann is already in the output directory.")
    var resume = false

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("Input files, directories, or - for JSONL on standard input.", valueName: "INPUT"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT") }
        if format != .jsonl && output == nil { throw ValidationError("--format \(format.rawValue) needs --output DIR") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if resume && format != .brat { throw ValidationError("--resume works with --format brat") }
        if let dct, PublicationDate(parsing: dct) == nil {
            throw ValidationError("--dct must be YYYY-MM-DD, YYYY-MM or YYYY, not '\(dct)'")
        }
    }

    func run() throws {
        Diagnostics.asJSON = format == .jsonl && output == nil
        let annotator = try BatchAnnotator(pipeline: try pipelineOptions.makePipeline(), jobs: jobs)
        var sources = DocumentInputs(paths: inputs, defaultPublished: dct.flatMap(PublicationDate.init(parsing:)),
                                     decoding: TextDecoding(lossy: lossy, html: html, maxBytes: maxBytes))
        if resume, let output {
            // Output files appear only complete (written, then renamed), so one that exists is done.
            sources.skip = { id in FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(id + ".ann")) }
        }
        let sink = try OutputSink(format: format, output: output)
        var summary = BatchSummary()
        var seen = Set<String>()
        let progress = ProgressLine(total: Self.countOfTextFiles(in: inputs), quiet: quiet)

        // Documents are annotated in bounded batches: memory stays flat however long the input,
        // all cores work on a batch, and the output keeps the input order.
        var batch: [Document] = []
        var batchBytes = 0
        func flush() {
            for result in annotator.annotate(batch, timeLimit: .milliseconds(Int64(min(timeLimit, 1e9) * 1000))) {
                guard case .success(let annotated) = result else {
                    if case .failure(let slow) = result { Diagnostics.error(slow.description) }
                    summary.failed += 1
                    continue
                }
                do {
                    try sink.write(annotated)
                    summary.written += 1
                } catch {
                    summary.failed += 1
                    Diagnostics.error("\(annotated.document.id): cannot write output: \(error)")
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            progress.update(done: summary.written + summary.failed + summary.skipped)
        }
        sources.forEach { item in
            switch item {
            case .problem(let problem):
                summary.failed += 1
                Diagnostics.error(problem.description)
            case .skipped:
                summary.skipped += 1
            case .document(let document):
                summary.read += 1
                if format != .jsonl && !seen.insert(document.id).inserted {
                    summary.failed += 1
                    Diagnostics.error("\(document.id): a document with this id was already written; skipped")
                    return
                }
                batch.append(document)
                batchBytes += document.text.utf8.count
                if batch.count >= Self.batchDocuments * annotator.jobs || batchBytes >= Self.batchBytes { flush() }
            }
        }
        flush()
        progress.finish()
        do {
            try sink.finish()
        } catch {
            Diagnostics.error("cannot write \(output ?? "output"): \(error)")
            throw ExitCode.failure
        }
        if !quiet { Diagnostics.note(summary.description) }
        if summary.failed > 0 { throw ExitCode.failure }
    }

    /// The number of documents when every input is a `.txt` file or a directory of them
    /// (known up front, for the time left); nil for JSONL inputs.
    static func countOfTextFiles(in inputs: [String]) -> Int? {
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

    /// Bounds of one batch: documents per worker, and bytes of text in all.
    static let batchDocuments = 64
    static let batchBytes = 32 << 20
}

/// Counts for the end-of-batch summary.
struct BatchSummary: CustomStringConvertible {
    var read = 0, written = 0, skipped = 0, failed = 0

    var description: String {
        "conflict-miner: \(read) documents read, \(written) written, \(skipped) skipped, \(failed) failed"
    }
}

/// Where annotated documents go: one `.ann` or `.html` per document, or JSONL lines to a file or
/// stdout. Files appear only complete: each `.ann` or `.html`, and a JSONL output file, is renamed
/// into place.
final class OutputSink {
    private let format: Extract.Format
    private let output: String?
    private var jsonlFile: FileHandle?
    private var temporaryPath: String?

    init(format: Extract.Format, output: String?) throws {
        self.format = format
        self.output = output
        switch format {
        case .brat, .html:
            guard let output else { throw UsageError("--format \(format.rawValue) needs --output DIR") }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw UsageError("cannot create output directory \(output): \(error.localizedDescription)")
            }
        case .jsonl:
            if let output {
                let temporary = output + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
                guard FileManager.default.createFile(atPath: temporary, contents: nil),
                      let handle = FileHandle(forWritingAtPath: temporary) else {
                    throw UsageError("cannot create output file \(output)")
                }
                jsonlFile = handle
                temporaryPath = temporary
            }
        }
    }

    func write(_ annotated: AnnotatedDocument) throws {
        switch format {
        case .brat:
            let path = (output! as NSString).appendingPathComponent(annotated.document.id + ".ann")
            try AtomicFile.write(Brat.serialize(annotated.entities), to: path)
        case .html:
            let path = (output! as NSString).appendingPathComponent(annotated.document.id + ".html")
            let title = annotated.document.metadata["title"].flatMap { $0.isEmpty ? nil : $0 } ?? annotated.document.id
            try AtomicFile.write(HTMLDocumentView.page(for: [annotated], title: title), to: path)
        case .jsonl:
            let line = Data((annotated.jsonLine() + "\n").utf8)
            if let jsonlFile {
                try jsonlFile.write(contentsOf: line)
            } else {
                FileHandle.standardOutput.write(line)
            }
        }
    }

    func finish() throws {
        guard let jsonlFile, let temporaryPath, let output else { return }
        try jsonlFile.close()
        if rename(temporaryPath, output) != 0 {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw InputProblem(file: output, message: String(cString: strerror(errno)))
        }
    }
}
