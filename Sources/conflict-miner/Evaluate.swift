import ArgumentParser
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
            With --events, the gold is NAME.events.jsonl beside each NAME.txt, and the predictions \
            are the events the pipeline links on the gold texts, or --pred: a directory of \
            NAME.events.jsonl files or one JSONL file from `events --format jsonl`. Events match \
            when date, country and killed count are equal.
            """
    )

    @Option(help: ArgumentHelp("Directory of gold fixtures.", valueName: "DIR"))
    var gold: String

    @Option(help: ArgumentHelp("Directory of predicted NAME.ann files (with --events: NAME.events.jsonl files, or one events JSONL file).", valueName: "PATH"))
    var pred: String?

    @Flag(help: "Score event records against the gold NAME.events.jsonl instead of entities.")
    var events = false

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

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("gold directory not found: \(gold)")
        }
        if events { return try runEvents() }
        if let pred {
            guard FileManager.default.fileExists(atPath: pred, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageError("prediction directory not found: \(pred)")
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
    }

    /// `--events`: gold NAME.events.jsonl against the pipeline's events or `--pred` events.
    private func runEvents() throws {
        var predictedByDocument: [String: [ScoredEvent]]? = nil
        var predictionProblems: [InputProblem] = []
        var predictionDirectory: String? = nil
        if let pred {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pred, isDirectory: &isDirectory) else {
                throw UsageError("prediction path not found: \(pred)")
            }
            if isDirectory.boolValue {
                predictionDirectory = pred
            } else {
                guard let text = try? String(contentsOfFile: pred, encoding: .utf8) else {
                    throw UsageError("cannot read \(pred) as UTF-8 text")
                }
                let parsed = EventFile.parse(text, file: pred, gold: false)
                predictionProblems += parsed.problems
                var grouped: [String: [ScoredEvent]] = [:]
                for (document, event) in parsed.events {
                    guard let document else {
                        predictionProblems.append(InputProblem(file: pred, message: "an event without \"document\" is left out"))
                        continue
                    }
                    grouped[document, default: []].append(event)
                }
                predictedByDocument = grouped
            }
        }
        let pipeline = pred == nil ? try pipelineOptions.makePipeline() : nil
        let linker = pred == nil ? try pipelineOptions.makeEventLinker() : nil
        let analyzer = try TextAnalyzer()
        let progress = ProgressLine(total: goldCount(suffix: ".events.jsonl"), quiet: quiet)
        var done = 0
        var evaluation = try EventEvaluation.run(goldDirectory: gold, predictionSource: pred ?? "(pipeline)") { name, document in
            defer {
                done += 1
                progress.update(done: done)
            }
            if let pipeline, let linker {
                return linker.events(in: pipeline.annotate(document, with: analyzer), analyzer: analyzer).map(ScoredEvent.init)
            }
            if let predictionDirectory {
                let path = (predictionDirectory as NSString).appendingPathComponent(name + ".events.jsonl")
                guard FileManager.default.fileExists(atPath: path) else { return nil }
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    predictionProblems.append(InputProblem(file: path, message: "cannot read as UTF-8 text"))
                    return []
                }
                let parsed = EventFile.parse(text, file: path, gold: false)
                predictionProblems += parsed.problems
                return parsed.events.map(\.event)
            }
            return predictedByDocument?[name]
        }
        progress.finish()
        evaluation.predictionProblems = predictionProblems
        if evaluation.documents.isEmpty && evaluation.unreadable.isEmpty {
            throw UsageError("no NAME.txt with NAME.events.jsonl in \(gold)")
        }
        try reportInvalidGold(evaluation.goldProblems, skipping: "scores the valid lines")
        print(json ? evaluation.json(includeErrors: errors) : evaluation.table(showErrors: errors))
        if !evaluation.unreadable.isEmpty {
            for problem in evaluation.unreadable { Diagnostics.error(problem.description) }
            throw ExitCode.failure
        }
    }
}
