import ArgumentParser
import ConflictMiner
import Foundation

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn extracted entities into event records (ACLED-style), as CSV or JSONL.",
        discussion: """
            INPUT is what extract takes: .txt files (with NAME.meta.json), directories of them, \
            .jsonl files, or - for JSONL on standard input. Each reported incident becomes one \
            record: date, location, perpetrator or claimant groups, killed/injured/abducted \
            counts, the document and the sentences it came from. The linking rules are in \
            docs/events.md. Bad inputs are reported on standard error and skipped; the exit \
            status is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @Option(help: "Output format.")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp("Publication date for documents that give none (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var dct: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and go on, instead of skipping the document.")
    var lossy = false

    @Flag(help: "Inputs are HTML: markup is blanked out and entities decoded.")
    var html = false

    @Option(help: ArgumentHelp("Skip documents larger than this many bytes.", valueName: "BYTES"))
    var maxBytes: Int = 256 << 20

    @OptionGroup var pipelineOptions: PipelineOptions

    @Argument(help: ArgumentHelp("Input files, directories, or - for JSONL on standard input.", valueName: "INPUT"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if let dct, PublicationDate(parsing: dct) == nil {
            throw ValidationError("--dct must be YYYY-MM-DD, YYYY-MM or YYYY, not '\(dct)'")
        }
    }

    func run() throws {
        let annotator = try BatchAnnotator(pipeline: try pipelineOptions.makePipeline(), jobs: jobs)
        let linker = EventLinker(places: try pipelineOptions.makePlaceDetails())
        let analyzer = try TextAnalyzer()
        let sources = DocumentInputs(paths: inputs, defaultPublished: dct.flatMap(PublicationDate.init(parsing:)),
                                     decoding: TextDecoding(lossy: lossy, html: html, maxBytes: maxBytes))
        let sink = try EventSink(format: format, output: output)
        var summary = BatchSummary()
        var eventCount = 0
        let progress = ProgressLine(total: Extract.countOfTextFiles(in: inputs), quiet: quiet)

        var batch: [Document] = []
        var batchBytes = 0
        func flush() {
            for annotated in annotator.annotate(batch) {
                let events = linker.events(in: annotated, analyzer: analyzer)
                do {
                    try sink.write(events)
                    summary.written += 1
                    eventCount += events.count
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
                batch.append(document)
                batchBytes += document.text.utf8.count
                if batch.count >= Extract.batchDocuments * annotator.jobs || batchBytes >= Extract.batchBytes { flush() }
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
        if !quiet { Diagnostics.note(summary.description + ", \(eventCount) events") }
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

/// Where event records go: CSV (with a header) or JSONL, to a file renamed into place when
/// complete, or to standard output.
final class EventSink {
    private let format: Events.Format
    private let output: String?
    private var file: FileHandle?
    private var temporaryPath: String?

    init(format: Events.Format, output: String?) throws {
        self.format = format
        self.output = output
        if let output {
            let temporary = output + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                throw UsageError("cannot create output file \(output)")
            }
            file = handle
            temporaryPath = temporary
        }
        if format == .csv { try emit(EventRecord.csvHeaderRow + "\n") }
    }

    private func emit(_ text: String) throws {
        let data = Data(text.utf8)
        if let file { try file.write(contentsOf: data) } else { FileHandle.standardOutput.write(data) }
    }

    func write(_ events: [EventRecord]) throws {
        guard !events.isEmpty else { return }
        try emit(events.map { format == .csv ? $0.csvRow : $0.jsonLine }.joined(separator: "\n") + "\n")
    }

    func finish() throws {
        guard let file, let temporaryPath, let output else { return }
        try file.close()
        if rename(temporaryPath, output) != 0 {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw InputProblem(file: output, message: String(cString: strerror(errno)))
        }
    }
}

extension PipelineOptions {
    /// The details of places (admin1, coordinates) from the same folder the pipeline reads.
    func makePlaceDetails() throws -> PlaceDetailsIndex {
        let directory: GazetteerDirectory
        if let gazetteers {
            directory = GazetteerDirectory(url: URL(fileURLWithPath: gazetteers))
        } else if let found = GazetteerDirectory.locate() {
            directory = found
        } else {
            throw UsageError("cannot find the Gazetteers folder: pass --gazetteers DIR or set CONFLICT_MINER_GAZETTEERS")
        }
        do {
            return try PlaceDetailsIndex(contentsOf: directory.file("places.tsv"))
        } catch {
            throw UsageError("cannot load the place details: \(error)")
        }
    }
}
