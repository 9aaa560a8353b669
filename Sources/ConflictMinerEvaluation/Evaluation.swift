import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline
import Foundation

/// Scores a directory of gold fixtures (`NAME.txt` + `NAME.ann`) against predictions, per
/// document and over the corpus, as `evaluate` prints them.
public struct Evaluation: Sendable {
    public struct DocumentResult: Sendable {
        public var name: String
        public var counts: ScoreCounts
        public var errors: [ScoringError]
    }

    public var goldDirectory: String
    public var predictionSource: String
    public var types: [EntityType]
    public var documents: [DocumentResult] = []
    public var total = ScoreCounts()
    public var skippedNoGold: [String] = []
    /// Documents left out because their gold has problems (with `excludeInvalidGold`).
    public var skippedInvalidGold: [String] = []
    public var missingPredictions: [String] = []
    public var goldProblems: [InputProblem] = []
    public var predictionProblems: [InputProblem] = []
    /// Documents that could not be read at all (text not UTF-8, unreadable files).
    public var unreadable: [InputProblem] = []
    public var goldEntities: [EntityType: Int] = [:]
    public var predictedEntities: [EntityType: Int] = [:]

    /// Runs the evaluation. `predict` returns the predictions for a document (nil when there is
    /// no prediction file, which counts as no predictions).
    public static func run(goldDirectory: String, predictionSource: String, types: [EntityType] = EntityType.all,
                           excludeInvalidGold: Bool = false,
                           predict: (_ name: String, _ document: Document, _ text: CodePoints) -> BratDocument?) throws -> Evaluation {
        var evaluation = Evaluation(goldDirectory: goldDirectory, predictionSource: predictionSource, types: types)
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDirectory)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        let inputs = DocumentInputs(paths: [])
        for name in names {
            let base = (goldDirectory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: base + ".ann") else {
                evaluation.skippedNoGold.append(name)
                continue
            }
            let document: Document
            switch inputs.readTextFile(base + ".txt") {
            case .document(let read): document = read
            case .skipped: continue
            case .problem(let problem):
                evaluation.unreadable.append(problem)
                continue
            }
            let text = CodePoints(document.text)
            let annotation: String
            do {
                annotation = try String(contentsOfFile: base + ".ann", encoding: .utf8)
            } catch {
                evaluation.unreadable.append(InputProblem(file: base + ".ann", message: "cannot read as UTF-8 text"))
                continue
            }
            let gold = Brat.parse(annotation, text: text, file: base + ".ann")
            evaluation.goldProblems += gold.problems
            if excludeInvalidGold && !gold.problems.isEmpty {
                evaluation.skippedInvalidGold.append(name)
                continue
            }
            let predicted: BratDocument
            if let prediction = predict(name, document, text) {
                predicted = prediction
                evaluation.predictionProblems += prediction.problems
            } else {
                evaluation.missingPredictions.append(name)
                predicted = BratDocument()
            }
            for entity in gold.entities where types.contains(entity.entity.type) { evaluation.goldEntities[entity.entity.type, default: 0] += 1 }
            for entity in predicted.entities where types.contains(entity.entity.type) { evaluation.predictedEntities[entity.entity.type, default: 0] += 1 }
            let (counts, errors) = Scorer.score(gold: gold.entities, predicted: predicted.entities, text: text, types: types)
            evaluation.total.add(counts)
            evaluation.documents.append(DocumentResult(name: name, counts: counts, errors: errors))
        }
        return evaluation
    }

    // MARK: - Reports

    /// The human-readable table: per type and micro-averaged, strict and overlap, value accuracy,
    /// then per document; with `errors`, every FP, FN and wrong value.
    public func table(showErrors: Bool) -> String {
        var out: [String] = []
        out.append("gold: \(goldDirectory)  pred: \(predictionSource)  documents scored: \(documents.count)")
        if !skippedInvalidGold.isEmpty {
            out.append("skipped (invalid gold): \(skippedInvalidGold.count): " + skippedInvalidGold.joined(separator: ", "))
        }
        if !skippedNoGold.isEmpty { out.append("skipped (no gold .ann): \(skippedNoGold.count): " + skippedNoGold.joined(separator: ", ")) }
        if !missingPredictions.isEmpty {
            out.append("MISSING prediction files (scored as empty): \(missingPredictions.count): " + missingPredictions.joined(separator: ", "))
        }
        for problem in unreadable { out.append("  ! unreadable \(problem)") }
        out.append("validation: gold problems \(goldProblems.count), prediction problems \(predictionProblems.count)")
        for problem in goldProblems { out.append("  ! gold \(problem)") }
        for problem in predictionProblems { out.append("  ! pred \(problem)") }
        out.append("")
        let header = "type       gold  pred | strict tp   fp   fn     P     R    F1 | overlap tp   fp   fn     P     R    F1 |       value   acc"
        out.append(header)
        out.append(String(repeating: "-", count: header.count))
        for row in types.map({ Optional($0) }) + [nil] {
            let strict = row.map { total.strict[$0] ?? MatchCounts() } ?? total.microStrict(types)
            let overlap = row.map { total.overlap[$0] ?? MatchCounts() } ?? total.microOverlap(types)
            let value: ValueCounts? = row.map { Scorer.valueAttributes[$0] == nil ? nil : (total.value[$0] ?? ValueCounts()) } ?? total.microValue(types)
            let gold = row.map { goldEntities[$0] ?? 0 } ?? goldEntities.values.reduce(0, +)
            let predicted = row.map { predictedEntities[$0] ?? 0 } ?? predictedEntities.values.reduce(0, +)
            if row == nil { out.append(String(repeating: "-", count: header.count)) }
            let valueText = value.map { padded("\($0.correct)", 5) + "/" + padded("\($0.judged)", 5, left: true) + " " + percentText($0.accuracy) }
                ?? String(repeating: " ", count: 17)
            out.append(padded(row?.rawValue ?? "micro", 9, left: true) + " " + padded("\(gold)", 5) + " " + padded("\(predicted)", 5)
                + " | " + padded("\(strict.tp)", 9) + " " + padded("\(strict.fp)", 4) + " " + padded("\(strict.fn)", 4)
                + " " + percentText(strict.precision) + " " + percentText(strict.recall) + " " + percentText(strict.f1)
                + " | " + padded("\(overlap.tp)", 10) + " " + padded("\(overlap.fp)", 4) + " " + padded("\(overlap.fn)", 4)
                + " " + percentText(overlap.precision) + " " + percentText(overlap.recall) + " " + percentText(overlap.f1)
                + " | " + valueText)
        }
        out.append("(P/R/F1/acc in %; value = correct/judged on strict matches; gold lacking the attribute is skipped)")
        out.append("")
        out.append("per document (micro over types):")
        out.append("  " + padded("document", 40, left: true) + " strict P     R    F1 | overlap F1 | value acc")
        for document in documents {
            let strict = document.counts.microStrict(types), overlap = document.counts.microOverlap(types)
            out.append("  " + padded(document.name, 40, left: true) + "    " + percentText(strict.precision) + " "
                + percentText(strict.recall) + " " + percentText(strict.f1) + " |      " + percentText(overlap.f1)
                + " |     " + percentText(document.counts.microValue(types).accuracy))
        }
        if showErrors {
            out.append("")
            out.append("errors (strict FN/FP; '~' = overlap partner; VAL = value mismatch on a strict match):")
            for document in documents where !document.errors.isEmpty {
                out.append("== \(document.name)")
                for error in document.errors {
                    var line = "  \(error.kind.rawValue)  " + padded(error.type.rawValue, 8, left: true)
                        + " \(error.start)-\(error.end) '\(error.text)'"
                    if error.kind == .value {
                        line += ": gold \(error.gold ?? "") / pred \(error.predicted ?? "")"
                    }
                    if let partner = error.overlapping { line += "  ~ \(partner.start)-\(partner.end) '\(partner.text)'" }
                    if let invalid = error.invalid { line += "  [invalid: \(invalid)]" }
                    out.append(line)
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// All figures as one JSON object (schema in the README).
    public func json(includeErrors: Bool) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("gold_dir", goldDirectory)
        json.field("pred", predictionSource)
        json.field("types", types.map(\.rawValue))
        json.field("documents", documents.count)
        json.field("skipped_no_gold", skippedNoGold)
        json.field("missing_predictions", missingPredictions)
        json.validation(gold: goldProblems, predicted: predictionProblems, unreadable: unreadable)
        json.key("entities")
        json.beginObject()
        for (side, counts) in [("gold", goldEntities), ("pred", predictedEntities)] {
            json.key(side); json.beginObject(); for type in types { json.field(type.rawValue, counts[type] ?? 0) }; json.endObject()
        }
        json.endObject()
        json.key("corpus"); writeFigures(total, into: &json)
        json.key("per_document")
        json.beginObject()
        for document in documents { json.key(document.name); writeFigures(document.counts, into: &json) }
        json.endObject()
        if includeErrors {
            json.key("errors")
            json.beginObject()
            for document in documents {
                json.key(document.name)
                json.beginArray()
                for error in document.errors {
                    json.beginObject()
                    json.field("kind", error.kind.rawValue)
                    json.field("type", error.type.rawValue)
                    json.field("start", error.start)
                    json.field("end", error.end)
                    json.field("text", error.text)
                    if let gold = error.gold { json.field("gold", gold) }
                    if let predicted = error.predicted { json.field("pred", predicted) }
                    if let partner = error.overlapping {
                        json.key("overlaps"); json.beginObject()
                        json.field("start", partner.start); json.field("end", partner.end); json.field("text", partner.text)
                        json.endObject()
                    }
                    if let invalid = error.invalid { json.field("invalid", invalid) }
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
        }
        json.endObject()
        return json.output
    }

    private func writeFigures(_ counts: ScoreCounts, into json: inout JSONWriter) {
        func matchObject(_ c: MatchCounts, _ json: inout JSONWriter) {
            json.beginObject()
            json.field("tp", c.tp); json.field("fp", c.fp); json.field("fn", c.fn)
            json.field("precision", c.precision); json.field("recall", c.recall); json.field("f1", c.f1)
            json.endObject()
        }
        json.beginObject()
        for (mode, table, micro) in [("strict", counts.strict, counts.microStrict(types)), ("overlap", counts.overlap, counts.microOverlap(types))] {
            json.key(mode)
            json.beginObject()
            for type in types { json.key(type.rawValue); matchObject(table[type] ?? MatchCounts(), &json) }
            json.key("micro"); matchObject(micro, &json)
            json.endObject()
        }
        json.key("value")
        json.beginObject()
        for type in types where Scorer.valueAttributes[type] != nil {
            let v = counts.value[type] ?? ValueCounts()
            json.key(type.rawValue); json.beginObject()
            json.field("correct", v.correct); json.field("judged", v.judged); json.field("skipped", v.skipped); json.field("accuracy", v.accuracy)
            json.endObject()
        }
        let micro = counts.microValue(types)
        json.key("micro"); json.beginObject()
        json.field("correct", micro.correct); json.field("judged", micro.judged); json.field("skipped", micro.skipped); json.field("accuracy", micro.accuracy)
        json.endObject()
        json.endObject()
        json.endObject()
    }
}
