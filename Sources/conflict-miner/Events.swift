import ArgumentParser
import CommandLineSupport
import ConflictMiner
import Foundation

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn extracted entities into event records (ACLED-style), as CSV, JSONL, an ACLED CSV or GeoJSON.",
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
        case csv, jsonl, acled, geojson
    }

    @Option(help: "Output format: csv (our fields), jsonl, acled (ACLED's columns and conventions) or geojson (one FeatureCollection).")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "PATH"))
    var output: String?

    @Flag(help: "With --format csv or acled, write no header row (for CSV written in parts by parallel runs and joined).")
    var noHeader = false

    @OptionGroup var batch: BatchOptions

    func validate() throws {
        if noHeader && format != .csv && format != .acled { throw ValidationError("--no-header works with --format csv or acled") }
    }

    func run() throws {
        Diagnostics.asJSON = format == .jsonl && output == nil && !Diagnostics.toTerminal
        let run = try BatchRun(options: batch)
        let linker = try batch.pipeline.makeEventLinker(for: run.pipeline)
        let sink = try EventSink(format: format, output: output, countryNames: linker.countryNames, header: !noHeader)
        var eventCount = 0
        // Events are linked on the workers, beside the annotation.
        let summary = run.run(render: { annotated, analyzer in linker.events(in: annotated, analyzer: analyzer) },
                              flush: sink.flush) { events in
            try sink.write(events)
            eventCount += events.count
        }
        do {
            try sink.finish()
        } catch {
            Diagnostics.error("cannot write \(output ?? "output"): \(error)")
            throw ExitCode.failure
        }
        if !batch.quiet { Diagnostics.note(summary.line(adding: ", \(counted(eventCount, "event"))")) }
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

/// Where event records go: CSV (with a header), JSONL, an ACLED CSV or one GeoJSON
/// FeatureCollection, to a file renamed into place when complete, or to standard output.
final class EventSink {
    private let format: Events.Format
    private let stream: AtomicOutputStream
    private let acled: ACLEDFormat
    private var wroteFeature = false

    init(format: Events.Format, output: String?, countryNames: [String: String], header: Bool = true) throws {
        self.format = format
        acled = ACLEDFormat(countryNames: countryNames)
        do {
            stream = try AtomicOutputStream(path: output)
        } catch {
            throw UsageError("\(error)")
        }
        switch format {
        case .csv: if header { try stream.write(EventRecord.csvHeaderRow + "\n") }
        case .acled: if header { try stream.write(ACLEDFormat.headerRow + "\n") }
        case .geojson: try stream.write(GeoJSONFormat.opening)
        case .jsonl: break
        }
        // (out now: a lost flush later counts documents, not the header)
        try stream.flush()
    }

    /// Hands buffered records on (`AtomicOutputStream.flush()`).
    func flush() throws(OutputLost) {
        try stream.flush()
    }

    func write(_ events: [EventRecord]) throws {
        guard !events.isEmpty else { return }
        switch format {
        case .csv: try stream.write(events.map(\.csvRow).joined(separator: "\n") + "\n")
        case .jsonl: try stream.write(events.map(\.jsonLine).joined(separator: "\n") + "\n")
        case .acled: try stream.write(events.map(acled.row).joined(separator: "\n") + "\n")
        case .geojson:
            try stream.write((wroteFeature ? ",\n" : "") + events.map(GeoJSONFormat.feature).joined(separator: ",\n"))
            wroteFeature = true
        }
    }

    func finish() throws {
        if format == .geojson { try stream.write(GeoJSONFormat.closing) }
        try stream.commit()
    }
}
