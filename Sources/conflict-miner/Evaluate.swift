import ArgumentParser
import ConflictMiner
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score predictions against gold fixtures (strict and overlap P/R/F1, value accuracy).",
        discussion: """
            GOLD holds NAME.txt, NAME.ann and optionally NAME.meta.json. Without --pred, the \
            pipeline runs on the gold texts. A missing prediction file counts as no predictions; \
            a predicted entity whose covered text does not match its offsets is reported and \
            counted as a false positive. Gold with problems (bad offsets, covered text that does \
            not match) is refused unless --skip-invalid-gold, which leaves those documents out.
            """
    )

    @Option(help: ArgumentHelp("Directory of gold fixtures.", valueName: "DIR"))
    var gold: String

    @Option(help: ArgumentHelp("Directory of predicted NAME.ann files.", valueName: "DIR"))
    var pred: String?

    @Flag(help: "Print all figures as one JSON object.")
    var json = false

    @Flag(help: "List every false positive, false negative and wrong value.")
    var errors = false

    @Option(help: ArgumentHelp("Comma-separated entity types to score.", valueName: "TYPES"))
    var types = "DATE,CASUALTY,PLACE,GROUP"

    @Flag(help: "Leave out documents whose gold is invalid instead of refusing to score.")
    var skipInvalidGold = false

    @OptionGroup var pipelineOptions: PipelineOptions

    func validate() throws {
        if entityTypes.isEmpty { throw ValidationError("--types is empty") }
    }

    var entityTypes: [EntityType] {
        types.split(separator: ",").map { EntityType(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("gold directory not found: \(gold)")
        }
        if let pred {
            guard FileManager.default.fileExists(atPath: pred, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageError("prediction directory not found: \(pred)")
            }
        }
        let pipeline = pred == nil ? try pipelineOptions.makePipeline() : nil
        let analyzer = try TextAnalyzer()
        let evaluation = try Evaluation.run(goldDirectory: gold, predictionSource: pred ?? "(pipeline)", types: entityTypes,
                                            excludeInvalidGold: skipInvalidGold) { name, document, text in
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
        if evaluation.documents.isEmpty && evaluation.unreadable.isEmpty {
            throw UsageError("no NAME.txt with NAME.ann in \(gold)")
        }
        if !evaluation.goldProblems.isEmpty {
            for problem in evaluation.goldProblems { Diagnostics.error("invalid gold: \(problem)") }
            guard skipInvalidGold else {
                Diagnostics.error("refusing to score invalid gold (--skip-invalid-gold leaves those documents out)")
                throw ExitCode.failure
            }
        }
        print(json ? evaluation.json(includeErrors: errors) : evaluation.table(showErrors: errors))
        if !evaluation.unreadable.isEmpty {
            for problem in evaluation.unreadable { Diagnostics.error(problem.description) }
            throw ExitCode.failure
        }
    }
}
