import ArgumentParser
import CommandLineSupport
import ConflictMiner
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score predictions against gold fixtures (strict and overlap P/R/F1, value accuracy), or events against gold events.",
        discussion: """
            GOLD holds NAME.txt, NAME.ann and optionally NAME.meta.json. Without --pred, the \
            pipeline runs on the gold texts. A missing prediction file counts as no predictions; \
            a predicted entity whose covered text does not match its offsets is reported and \
            counted as a false positive. Gold with problems (bad offsets, covered text that does \
            not match) is refused unless --skip-invalid-gold, which leaves those documents out. \
            --report FILE also writes a self-contained HTML report. \
            With --events, events are scored as tools/score_events.py scores them (docs/events.md): \
            the gold is a directory whose NAME.events.jsonl files are the scored documents, or one \
            JSONL file of {"id", "events": [...]} or {"id", "gold": {...}} lines; the predictions \
            are --pred (one JSONL file from `events --format jsonl`, or a directory of \
            NAME.events.jsonl files), or the events the pipeline links on NAME.txt beside the gold \
            or on the documents of --docs. Gold and predicted events pair on country and a date \
            that agrees at the gold's precision; reported are detection P/R/F1 and the accuracy \
            of location, event_type, sub_event_type, actors, groups, killed, injured and abducted \
            over all gold events and over the paired ones.
            """
    )

    @Option(help: ArgumentHelp("Directory of gold fixtures (with --events also one JSONL file of gold events).", valueName: "PATH"))
    var gold: String

    @Option(help: ArgumentHelp("Directory of predicted NAME.ann files, or the JSONL file that extract --format jsonl wrote (with --events: NAME.events.jsonl files, or one events JSONL file).", valueName: "PATH"))
    var pred: String?

    @Flag(help: "Score event records against gold events (NAME.events.jsonl files, or one JSONL file) instead of entities.")
    var events = false

    @Option(help: ArgumentHelp("With --events and no --pred: the documents to link events on (a JSONL file, a .txt or a directory), instead of NAME.txt beside the gold.", valueName: "INPUT"))
    var docs: String?

    @Flag(help: "Print all figures as one JSON object.")
    var json = false

    @Flag(help: "List every false positive, false negative and wrong value.")
    var errors = false

    @Option(help: ArgumentHelp("Comma-separated entity types to score.", valueName: "TYPES"))
    var types = "DATE,CASUALTY,PLACE,GROUP"

    @Flag(help: "Leave out documents whose gold is invalid instead of refusing to score.")
    var skipInvalidGold = false

    @Option(help: ArgumentHelp("Also write a self-contained HTML report of the entity scores to FILE.", valueName: "FILE"))
    var report: String?

    @Flag(name: .shortAndLong, help: "No progress line on standard error.")
    var quiet = false

    @OptionGroup var pipelineOptions: PipelineOptions

    func validate() throws {
        if entityTypes.isEmpty { throw ValidationError("--types is empty") }
        if events && report != nil { throw ValidationError("--report writes the entity report; it does not go with --events") }
        if docs != nil && (!events || pred != nil) { throw ValidationError("--docs goes with --events and without --pred") }
    }

    var entityTypes: [EntityType] {
        types.split(separator: ",").map { EntityType(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The number of gold documents with a gold file of `suffix`, for the progress line.
    func goldCount(suffix: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []
        let present = Set(names)
        return names.filter { $0.hasSuffix(".txt") && present.contains(String($0.dropLast(4)) + suffix) }.count
    }

    /// Reports every problem of the gold; unless `--skip-invalid-gold` (which `skipping` describes), refuses to go on.
    private func reportInvalidGold(_ problems: [InputProblem], skipping: String) throws {
        guard !problems.isEmpty else { return }
        for problem in problems { Diagnostics.error("invalid gold: \(problem)") }
        guard skipInvalidGold else {
            Diagnostics.error("refusing to score invalid gold (--skip-invalid-gold \(skipping))")
            throw ExitCode.failure
        }
    }

    /// The entities of each line of `extract --format jsonl` output, as BRAT standoff, by
    /// document id, so that they are checked against the gold texts like `.ann` files.
    /// Lines it cannot read are reported and counted (the second value).
    static func annotations(fromJSONL path: String) throws -> ([String: (line: Int, annotation: String)], Int) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read \(path) as UTF-8 text")
        }
        let parsed = EventScoringInputs.jsonLines(text, file: path)
        for problem in parsed.problems { Diagnostics.error(problem.description) }
        var result: [String: (line: Int, annotation: String)] = [:]
        var bad = parsed.problems.count
        for (line, value) in parsed.values {
            guard let id = value["id"]?.string, case .array(let items)? = value["entities"] else {
                Diagnostics.error("\(path):\(line): a line needs \"id\" and \"entities\"")
                bad += 1
                continue
            }
            var entities: [Entity] = []
            for item in items {
                guard let object = item.object, let type = object["type"]?.string, let text = object["text"]?.string,
                      case .int(let start)? = object["start"], case .int(let end)? = object["end"] else {
                    Diagnostics.error("\(path):\(line): an entity needs type, start, end and text")
                    bad += 1
                    continue
                }
                var attributes: [Attribute] = []
                for (name, attribute) in object["attributes"]?.object?.pairs ?? [] {
                    if let value = attribute.string { attributes.append(Attribute(name, value)) }
                }
                entities.append(Entity(type: EntityType(rawValue: type), start: start, end: end, text: text, attributes: attributes))
            }
            result[id] = (line, Brat.serialize(entities))
        }
        return (result, bad)
    }

    func run() throws {
        if events { return try runEvents() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("gold directory not found: \(gold)")
        }
        // Predictions: a folder of NAME.ann files, or the JSONL that `extract --format jsonl` writes.
        var predictedLines: [String: (line: Int, annotation: String)]?
        var badPredictionLines = 0
        if let pred {
            guard FileManager.default.fileExists(atPath: pred, isDirectory: &isDirectory) else {
                throw UsageError("predictions not found: \(pred)")
            }
            if !isDirectory.boolValue {
                guard pred.hasSuffix(".jsonl") else {
                    throw UsageError("--pred takes a folder of NAME.ann files or a .jsonl file from extract: \(pred)")
                }
                (predictedLines, badPredictionLines) = try Self.annotations(fromJSONL: pred)
            }
        }
        let pipeline = pred == nil ? try pipelineOptions.makePipeline() : nil
        let analyzer = try TextAnalyzer()
        let progress = ProgressLine(total: goldCount(suffix: ".ann"), quiet: quiet)
        var done = 0
        var texts: [String: String] = [:]
        let evaluation = try Evaluation.run(goldDirectory: gold, predictionSource: pred ?? "(pipeline)", types: entityTypes,
                                            excludeInvalidGold: skipInvalidGold) { name, document, text in
            defer {
                done += 1
                progress.update(done: done)
            }
            if report != nil { texts[name] = document.text }
            if let pipeline {
                return Brat.document(pipeline.annotate(document, with: analyzer).entities)
            }
            if let predictedLines {
                guard let found = predictedLines[name] else { return nil }
                return Brat.parse(found.annotation, text: text, file: "\(pred!):\(found.line)")
            }
            let path = (pred! as NSString).appendingPathComponent(name + ".ann")
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            guard let annotation = try? String(contentsOfFile: path, encoding: .utf8) else {
                return BratDocument(problems: [InputProblem(file: path, message: "cannot read as UTF-8 text")])
            }
            return Brat.parse(annotation, text: text, file: path)
        }
        progress.finish()
        if evaluation.documents.isEmpty && evaluation.unreadable.isEmpty {
            throw UsageError("no NAME.txt with NAME.ann in \(gold)")
        }
        try reportInvalidGold(evaluation.goldProblems, skipping: "leaves those documents out")
        print(json ? evaluation.json(includeErrors: errors) : evaluation.table(showErrors: errors))
        if let report {
            do {
                try AtomicFile.write(evaluation.htmlReport(title: "Evaluation of \(pred ?? "the pipeline") against \(gold)", texts: texts),
                                     to: report)
            } catch {
                Diagnostics.error("cannot write \(report): \(error)")
                throw ExitCode.failure
            }
        }
        if !evaluation.unreadable.isEmpty {
            for problem in evaluation.unreadable { Diagnostics.error(problem.description) }
            throw ExitCode.failure
        }
        if badPredictionLines > 0 { throw ExitCode.failure }
    }

    /// `--events`: gold events (a directory of NAME.events.jsonl or one JSONL file) against the
    /// events the pipeline links on the documents, or `--pred` events, scored as
    /// tools/score_events.py scores them.
    private func runEvents() throws {
        let goldEvents: EventScoringInputs.Gold
        do {
            goldEvents = try EventScoringInputs.loadGold(gold)
        } catch {
            throw UsageError("cannot read the gold events: \(error)")
        }
        try reportInvalidGold(goldEvents.problems, skipping: "scores the valid lines")
        if goldEvents.documents.isEmpty {
            throw UsageError("no gold documents in \(gold) (a directory of NAME.events.jsonl or one JSONL file of {\"id\", \"events\"|\"gold\"})")
        }
        if pred == nil && docs == nil && !goldEvents.isDirectory {
            throw UsageError("the gold \(gold) is one JSONL file: give --pred (predicted events) or --docs (the documents to link events on)")
        }
        let names = goldEvents.documents.map(\.document)
        var unreadable: [InputProblem] = []
        var predictions: EventScoringInputs.Predictions
        if let pred {
            do {
                predictions = try EventScoringInputs.loadPredictions(pred, documents: names)
            } catch {
                throw UsageError("cannot read the predictions: \(error)")
            }
            if !predictions.problems.isEmpty {
                for problem in predictions.problems { Diagnostics.error("invalid prediction: \(problem)") }
                Diagnostics.error("refusing to score invalid predictions")
                throw ExitCode.failure
            }
        } else {
            let lines = try predictedEventLines(names: names, folder: goldEvents.folder, unreadable: &unreadable)
            // The same reader as for a prediction file, so that both paths score alike.
            predictions = EventScoringInputs.predictions(jsonl: lines.joined(separator: "\n"), file: "(pipeline)", documents: names)
            for problem in predictions.problems { unreadable.append(problem) }
        }
        var score = EventScoring.score(gold: goldEvents.documents, predicted: predictions.byDocument)
        score.ignoredPredicted = predictions.ignored
        if !quiet && !predictions.missing.isEmpty {
            Diagnostics.note("no predictions (scored as none) for \(predictions.missing.count) documents: " + predictions.missing.joined(separator: ", "))
        }
        if json {
            print(score.json(includeErrors: errors).jsonText)
        } else {
            print(score.table)
            if errors {
                print("errors (FN: gold event not paired, FP: predicted event not paired, FIELD: a field of a pair is wrong):")
                for line in score.errorLines { print(line) }
            }
        }
        if !unreadable.isEmpty {
            for problem in unreadable { Diagnostics.error(problem.description) }
            throw ExitCode.failure
        }
    }

    /// Runs the pipeline and the event linker on the documents (`--docs`, else NAME.txt beside the
    /// gold for each gold document) and returns every event as its `events --format jsonl` line.
    private func predictedEventLines(names: [String], folder: String, unreadable: inout [InputProblem]) throws -> [String] {
        let pipeline = try pipelineOptions.makePipeline()
        let linker = try pipelineOptions.makeEventLinker(for: pipeline)
        let analyzer = try TextAnalyzer()
        var lines: [String] = []
        var done = 0
        let progress = ProgressLine(total: docs == nil ? names.count : nil, quiet: quiet)
        func link(_ document: Document) {
            for event in linker.events(in: pipeline.annotate(document, with: analyzer), analyzer: analyzer) {
                lines.append(event.jsonLine)
            }
            done += 1
            progress.update(done: done)
        }
        if let docs {
            DocumentInputs(paths: [docs]).forEach { item in
                switch item {
                case .document(let document): link(document)
                case .problem(let problem): unreadable.append(problem)
                case .skipped: break
                }
            }
        } else {
            let inputs = DocumentInputs(paths: [])
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name + ".txt")
                guard FileManager.default.fileExists(atPath: path) else {
                    unreadable.append(InputProblem(file: path, message: "no text for the gold document \"\(name)\" (scored as no events; give --pred or --docs)"))
                    continue
                }
                switch inputs.readTextFile(path) {
                case .document(let document): link(document)
                case .problem(let problem): unreadable.append(problem)
                case .skipped: break
                }
            }
        }
        progress.finish()
        return lines
    }
}
