import ArgumentParser
import CommandLineSupport
import ConflictMiner
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate documents and write the entities as BRAT standoff or JSONL.",
        discussion: """
            INPUT is a .txt file (with NAME.meta.json beside it for the publication date), a \
            directory of them, a .jsonl file of {"id","text","published"} objects, or - for JSONL \
            on standard input. --format brat writes OUTPUT/NAME.ann per document (the spec's \
            fixture format); --format brat-ready a folder brat opens as it is (NAME.txt beside \
            NAME.ann, annotation.conf, visual.conf, tools.conf); --format html a \
            self-contained page OUTPUT/NAME.html per document with its events; --format jsonl \
            writes one line per document to OUTPUT, or to standard output without --output; \
            --format spans writes the same lines as span JSONL for Prodigy and spaCy \
            ({"text","spans":[{"start","end","label"}],"meta"}). \
            Bad inputs are reported on standard error and skipped; the exit status is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case brat, bratReady = "brat-ready", jsonl, html, spans

        /// One JSON line per document, to a file or standard output.
        var isLines: Bool { self == .jsonl || self == .spans }
    }

    @Option(help: "Output format (html: a page per document; --html is about the input).")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory (brat, brat-ready, html) or file (jsonl, spans).", valueName: "PATH"))
    var output: String?

    @Flag(help: "With --format brat or brat-ready, skip documents whose NAME.ann is already in the output directory.")
    var resume = false

    @Flag(help: ArgumentHelp(
        "Instead of JSONL, write each document's entities one per line with the rule that made it.",
        discussion: "Lines: `# ID DATE`, then `TYPE START-END \"TEXT\" NAME=VALUE … ← dimension/rule` (docs/rules.md)."))
    var explain = false

    @OptionGroup var batch: BatchOptions

    func validate() throws {
        if !format.isLines && output == nil { throw ValidationError("--format \(format.rawValue) needs --output DIR") }
        if resume && format != .brat && format != .bratReady { throw ValidationError("--resume works with --format brat or brat-ready") }
        if explain && format != .jsonl { throw ValidationError("--explain writes its own lines: leave out --format") }
    }

    func run() throws {
        Diagnostics.asJSON = format.isLines && !explain && output == nil && !Diagnostics.toTerminal
        var run = try BatchRun(options: batch)
        run.idsNameFiles = !format.isLines
        let sink = try OutputSink(format: format, output: output,
                                  countries: format == .bratReady ? try countryCodes() : [])
        if resume, let output {
            // Output files appear only complete (written, then renamed), so one that exists is done.
            run.skip = { id in FileManager.default.fileExists(atPath: (output as NSString).appendingPathComponent(id + ".ann")) }
        }
        let format = self.format
        // The HTML page lists the events linked from each document.
        let linker = format == .html ? try batch.pipeline.makeEventLinker(for: run.pipeline) : nil
        let explain = self.explain
        let summary = run.run(readsAnalysis: linker != nil, render: { annotated, analyzer in
            if explain { return OutputSink.Rendered(line: Array(annotated.explanation.utf8)) }
            return OutputSink.render(annotated, as: format, events: linker.map { $0.events(in: annotated, analyzer: analyzer) })
        }, flush: sink.flush, write: { try sink.write($0) })
        do {
            try sink.finish()
        } catch {
            Diagnostics.error("cannot write \(output ?? "output"): \(error)")
            throw ExitCode.failure
        }
        if !batch.quiet { Diagnostics.note(summary.line()) }
        if summary.failed > 0 { throw ExitCode.failure }
    }

    /// The ISO codes in the place gazetteer's `country` column: the values brat must accept for
    /// `Country`.
    private func countryCodes() throws -> [String] {
        let directory = try batch.pipeline.directory()
        do {
            let table = try TSVTable(contentsOf: directory.file("places.tsv"), requiredColumns: ["country"])
            let column = table.column("country")
            return Array(Set(table.rows.map { $0.cells[column] }.filter { !$0.isEmpty }))
        } catch {
            throw UsageError("cannot read the countries of \(directory.file("places.tsv").path): \(error)")
        }
    }
}

/// Where annotated documents go: one `.ann` or `.html` per document, or JSONL lines to a file or
/// stdout. Files appear only complete: each `.ann` or `.html`, and a JSONL output file, is renamed
/// into place.
final class OutputSink {
    private let format: Extract.Format
    private let output: String?
    private var jsonl: AtomicOutputStream?

    init(format: Extract.Format, output: String?, countries: [String] = []) throws {
        self.format = format
        self.output = output
        switch format {
        case .brat, .bratReady, .html:
            guard let output else { throw UsageError("--format \(format.rawValue) needs --output DIR") }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw UsageError("cannot create output directory \(output): \(error.localizedDescription)")
            }
            guard format == .bratReady else { break }
            let configuration = [("annotation.conf", BratReady.annotationConf(countries: countries)),
                                 ("visual.conf", BratReady.visualConf), ("tools.conf", BratReady.toolsConf)]
            for (name, text) in configuration {
                do {
                    try AtomicFile.write(text, to: (output as NSString).appendingPathComponent(name))
                } catch {
                    throw UsageError("cannot write \(name) in \(output): \(error)")
                }
            }
        case .jsonl, .spans:
            do {
                jsonl = try AtomicOutputStream(path: output)
            } catch {
                throw UsageError("\(error)")
            }
        }
    }

    /// A document rendered in one format: the files it goes to (none for JSONL), or its line
    /// (UTF-8, with its newline).
    struct Rendered: Sendable {
        var files: [(name: String, text: String)] = []
        var line: [UInt8] = []
    }

    /// Renders a document; pure, so workers can do it in parallel.
    static func render(_ annotated: AnnotatedDocument, as format: Extract.Format, events: [EventRecord]? = nil) -> Rendered {
        let id = annotated.document.id
        switch format {
        case .brat:
            return Rendered(files: [(id + ".ann", Brat.serialize(annotated.entities))])
        case .bratReady:
            // The text first: an `.ann` appears only with the text its offsets refer to.
            return Rendered(files: [(id + ".txt", annotated.document.text), (id + ".ann", BratReady.annotation(annotated.entities))])
        case .html:
            let title = annotated.document.metadata["title"].flatMap { $0.isEmpty ? nil : $0 } ?? id
            let linked = events.map { [id: $0] } ?? [:]
            return Rendered(files: [(id + ".html", HTMLDocumentView.page(for: [annotated], events: linked, title: title))])
        case .jsonl:
            return Rendered(line: annotated.jsonLineUTF8())
        case .spans:
            return Rendered(line: annotated.spansJSONLineUTF8())
        }
    }

    func write(_ rendered: Rendered) throws {
        if let output, !rendered.files.isEmpty {
            for file in rendered.files {
                try AtomicFile.write(file.text, to: (output as NSString).appendingPathComponent(file.name))
            }
        } else {
            try jsonl?.write(utf8: rendered.line)
        }
    }

    /// Hands buffered JSONL lines on (`AtomicOutputStream.flush()`).
    func flush() throws(OutputLost) {
        try jsonl?.flush()
    }

    func finish() throws {
        try jsonl?.commit()
    }
}
