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

    @OptionGroup var batch: BatchOptions

    func run() throws {
        Diagnostics.asJSON = format == .jsonl && output == nil
        let run = try BatchRun(options: batch)
        let linker = try batch.pipeline.makeEventLinker()
        let sink = try EventSink(format: format, output: output)
        var eventCount = 0
        // Events are linked on the workers, beside the annotation.
        let summary = run.run(render: { annotated, analyzer in linker.events(in: annotated, analyzer: analyzer) }) { events in
            try sink.write(events)
            eventCount += events.count
        }
        do {
            try sink.finish()
        } catch {
            Diagnostics.error("cannot write \(output ?? "output"): \(error)")
            throw ExitCode.failure
        }
        if !batch.quiet { Diagnostics.note(summary.description + ", \(eventCount) events") }
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

/// Where event records go: CSV (with a header) or JSONL, to a file renamed into place when
/// complete, or to standard output.
final class EventSink {
    private let format: Events.Format
    private let stream: AtomicOutputStream

    init(format: Events.Format, output: String?) throws {
        self.format = format
        do {
            stream = try AtomicOutputStream(path: output)
        } catch {
            throw UsageError("\(error)")
        }
        if format == .csv { try stream.write(EventRecord.csvHeaderRow + "\n") }
    }

    func write(_ events: [EventRecord]) throws {
        guard !events.isEmpty else { return }
        try stream.write(events.map { format == .csv ? $0.csvRow : $0.jsonLine }.joined(separator: "\n") + "\n")
    }

    func finish() throws {
        try stream.commit()
    }
}

extension PipelineOptions {
    /// The event linker over the place details, group countries and event vocabulary of the
    /// same folder the pipeline reads.
    func makeEventLinker() throws -> EventLinker {
        let directory = try directory()
        do {
            return try EventLinker(gazetteers: directory)
        } catch {
            throw UsageError("cannot load the event linker's data: \(error)")
        }
    }
}
