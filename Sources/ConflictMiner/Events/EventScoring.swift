import Foundation

/// An event as the scorer sees it: the three keys it matches on, and what is shown in reports.
public struct ScoredEvent: Sendable, Hashable {
    public var date: String
    public var country: String
    public var killed: Int
    public var injured: Int
    public var abducted: Int
    public var place: String?
    public var groups: [String]
    /// The evidence sentence(s), for error listings.
    public var text: String?

    public init(date: String, country: String, killed: Int, injured: Int = 0, abducted: Int = 0,
                place: String? = nil, groups: [String] = [], text: String? = nil) {
        self.date = date
        self.country = country
        self.killed = killed
        self.injured = injured
        self.abducted = abducted
        self.place = place
        self.groups = groups
        self.text = text
    }

    public init(_ record: EventRecord) {
        self.init(date: record.date, country: record.country ?? "", killed: record.killed, injured: record.injured,
                  abducted: record.abducted, place: record.place, groups: record.groups,
                  text: record.sources.map(\.text).joined(separator: " … "))
    }

    /// What a match needs to be equal: date (TIMEX3 value), country (ISO alpha-2) and killed.
    public var key: String { "\(date)|\(country)|\(killed)" }

    public var summary: String {
        var text = "\(date.isEmpty ? "(no date)" : date) \(country.isEmpty ? "??" : country) killed \(killed)"
        if injured > 0 { text += " injured \(injured)" }
        if abducted > 0 { text += " abducted \(abducted)" }
        if let place { text += " @ \(place)" }
        if !groups.isEmpty { text += " [\(groups.joined(separator: ", "))]" }
        return text
    }
}

/// Reads event lines: gold (`NAME.events.jsonl`) or predictions (`events --format jsonl`).
public enum EventFile {
    /// Parses JSONL event lines. Gold needs `date`, `country` and `killed`; predictions may leave
    /// `date` and `country` null (such an event matches nothing). With `byDocument`, lines are
    /// grouped by their `document` field.
    public static func parse(_ text: String, file: String, gold: Bool) -> (events: [(document: String?, event: ScoredEvent)], problems: [InputProblem]) {
        var events: [(String?, ScoredEvent)] = []
        var problems: [InputProblem] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            func problem(_ message: String) { problems.append(InputProblem(file: file, line: number + 1, message: message)) }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                problem("not a JSON object"); continue
            }
            let date = object["date"] as? String
            let country = object["country"] as? String
            let killed = object["killed"].flatMap(Self.integer)
            if gold {
                guard let date, !date.isEmpty else { problem("gold event needs \"date\" (a TIMEX3 value)"); continue }
                guard let country, country.count == 2, country == country.uppercased() else {
                    problem("gold event needs \"country\" (ISO 3166-1 alpha-2)"); continue
                }
                guard let killed, killed >= 0 else { problem("gold event needs \"killed\" (an integer ≥ 0)"); continue }
                _ = (date, country, killed)
            } else if object["killed"] != nil && killed == nil {
                problem("\"killed\" must be an integer"); continue
            }
            func integer(_ name: String) -> Int { object[name].flatMap(Self.integer) ?? 0 }
            var text = object["evidence"] as? String
            if text == nil, let sources = object["sources"] as? [[String: Any]] {
                text = sources.compactMap { $0["text"] as? String }.joined(separator: " … ")
            }
            let event = ScoredEvent(date: date ?? "", country: country ?? "", killed: killed ?? 0,
                                    injured: integer("injured"), abducted: integer("abducted"),
                                    place: object["place"] as? String, groups: object["groups"] as? [String] ?? [],
                                    text: text)
            events.append((object["document"] as? String, event))
        }
        return (events, problems)
    }

    /// A JSON integer: not a boolean (which Foundation also hands out as a number), not a fraction.
    static func integer(_ value: Any) -> Int? {
        guard !(value is NSNull), let number = value as? NSNumber else { return nil }
        if String(cString: number.objCType) == "c" { return nil }
        let double = number.doubleValue
        guard double.rounded() == double, abs(double) < 1e15 else { return nil }
        return Int(double)
    }
}

/// Scores predicted events against gold events, per document and over the corpus. Two events
/// match when their date (TIMEX3 value, as written), country and killed count are equal; each
/// gold and each predicted event is matched at most once.
public struct EventEvaluation: Sendable {
    public struct DocumentResult: Sendable {
        public var name: String
        public var counts: MatchCounts
        public var gold: [ScoredEvent]
        public var predicted: [ScoredEvent]
        public var missed: [ScoredEvent]
        public var spurious: [ScoredEvent]
    }

    public var goldDirectory: String
    public var predictionSource: String
    public var documents: [DocumentResult] = []
    public var total = MatchCounts()
    /// Texts with no `NAME.events.jsonl` beside them.
    public var skippedNoGold: [String] = []
    public var missingPredictions: [String] = []
    public var goldProblems: [InputProblem] = []
    public var predictionProblems: [InputProblem] = []
    public var unreadable: [InputProblem] = []

    public init(goldDirectory: String, predictionSource: String) {
        self.goldDirectory = goldDirectory
        self.predictionSource = predictionSource
    }

    /// Matches one document's events (one to one on date, country and killed).
    public static func match(gold: [ScoredEvent], predicted: [ScoredEvent]) -> (counts: MatchCounts, missed: [ScoredEvent], spurious: [ScoredEvent]) {
        var unmatched = predicted
        var missed: [ScoredEvent] = []
        var counts = MatchCounts()
        for event in gold {
            if let index = unmatched.firstIndex(where: { $0.key == event.key }) {
                unmatched.remove(at: index)
                counts.tp += 1
            } else {
                missed.append(event)
                counts.fn += 1
            }
        }
        counts.fp = unmatched.count
        return (counts, missed, unmatched)
    }

    /// Runs over every `NAME.txt` of the gold directory that has `NAME.events.jsonl`. `predict`
    /// returns the predicted events of a document, nil when there is no prediction for it.
    public static func run(goldDirectory: String, predictionSource: String,
                           predict: (_ name: String, _ document: Document) -> [ScoredEvent]?) throws -> EventEvaluation {
        var evaluation = EventEvaluation(goldDirectory: goldDirectory, predictionSource: predictionSource)
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDirectory)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        let inputs = DocumentInputs(paths: [])
        for name in names {
            let base = (goldDirectory as NSString).appendingPathComponent(name)
            let goldPath = base + ".events.jsonl"
            guard FileManager.default.fileExists(atPath: goldPath) else {
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
            guard let goldText = try? String(contentsOfFile: goldPath, encoding: .utf8) else {
                evaluation.unreadable.append(InputProblem(file: goldPath, message: "cannot read as UTF-8 text"))
                continue
            }
            let parsed = EventFile.parse(goldText, file: goldPath, gold: true)
            evaluation.goldProblems += parsed.problems
            let gold = parsed.events.map(\.event)
            let predicted: [ScoredEvent]
            if let events = predict(name, document) {
                predicted = events
            } else {
                evaluation.missingPredictions.append(name)
                predicted = []
            }
            let (counts, missed, spurious) = match(gold: gold, predicted: predicted)
            evaluation.total.tp += counts.tp
            evaluation.total.fp += counts.fp
            evaluation.total.fn += counts.fn
            evaluation.documents.append(DocumentResult(name: name, counts: counts, gold: gold, predicted: predicted,
                                                       missed: missed, spurious: spurious))
        }
        return evaluation
    }

    /// The human-readable report; with `showErrors`, every missed and spurious event.
    public func table(showErrors: Bool) -> String {
        var out: [String] = []
        out.append("events  gold: \(goldDirectory)  pred: \(predictionSource)  documents scored: \(documents.count)")
        if !skippedNoGold.isEmpty { out.append("skipped (no NAME.events.jsonl): \(skippedNoGold.count): " + skippedNoGold.joined(separator: ", ")) }
        if !missingPredictions.isEmpty {
            out.append("MISSING predictions (scored as none): \(missingPredictions.count): " + missingPredictions.joined(separator: ", "))
        }
        for problem in unreadable { out.append("  ! unreadable \(problem)") }
        out.append("validation: gold problems \(goldProblems.count), prediction problems \(predictionProblems.count)")
        for problem in goldProblems { out.append("  ! gold \(problem)") }
        for problem in predictionProblems { out.append("  ! pred \(problem)") }
        out.append("")
        out.append("match: same date (TIMEX3 value), country and killed count; one to one")
        let header = "  " + padded("document", 28, left: true) + "  gold  pred    tp   fp   fn     P     R    F1"
        out.append(header)
        out.append("  " + String(repeating: "-", count: header.count - 2))
        func row(_ name: String, _ gold: Int, _ predicted: Int, _ c: MatchCounts) -> String {
            "  " + padded(name, 28, left: true) + "  " + padded("\(gold)", 4) + "  " + padded("\(predicted)", 4)
                + "  " + padded("\(c.tp)", 4) + " " + padded("\(c.fp)", 4) + " " + padded("\(c.fn)", 4)
                + " " + percentText(c.precision) + " " + percentText(c.recall) + " " + percentText(c.f1)
        }
        for document in documents {
            out.append(row(document.name, document.gold.count, document.predicted.count, document.counts))
        }
        out.append("  " + String(repeating: "-", count: header.count - 2))
        out.append(row("corpus", documents.reduce(0) { $0 + $1.gold.count }, documents.reduce(0) { $0 + $1.predicted.count }, total))
        out.append("(P/R/F1 in %)")
        if showErrors {
            out.append("")
            out.append("errors (FN = gold event not predicted, FP = predicted event not in gold):")
            for document in documents where !document.missed.isEmpty || !document.spurious.isEmpty {
                out.append("== \(document.name)")
                for event in document.missed { out.append("  FN  " + event.summary + Self.evidence(event)) }
                for event in document.spurious { out.append("  FP  " + event.summary + Self.evidence(event)) }
            }
        }
        return out.joined(separator: "\n")
    }

    private static func evidence(_ event: ScoredEvent) -> String {
        guard let text = event.text, !text.isEmpty else { return "" }
        let oneLine = Brat.oneLine(text)
        return "\n        “" + (oneLine.count > 160 ? String(oneLine.prefix(157)) + "…" : oneLine) + "”"
    }

    /// All figures as one JSON object.
    public func json(includeErrors: Bool) -> String {
        var json = JSONWriter()
        func counts(_ c: MatchCounts) {
            json.beginObject()
            json.field("tp", c.tp); json.field("fp", c.fp); json.field("fn", c.fn)
            json.field("precision", c.precision); json.field("recall", c.recall); json.field("f1", c.f1)
            json.endObject()
        }
        func event(_ e: ScoredEvent) {
            json.beginObject()
            json.field("date", e.date); json.field("country", e.country); json.field("killed", e.killed)
            json.field("injured", e.injured); json.field("abducted", e.abducted); json.field("place", e.place)
            json.field("groups", e.groups)
            json.field("text", e.text)
            json.endObject()
        }
        json.beginObject()
        json.field("gold_dir", goldDirectory)
        json.field("pred", predictionSource)
        json.field("match", "date+country+killed")
        json.field("documents", documents.count)
        json.field("skipped_no_gold", skippedNoGold)
        json.field("missing_predictions", missingPredictions)
        json.validation(gold: goldProblems, predicted: predictionProblems, unreadable: unreadable)
        json.key("events"); json.beginObject()
        json.field("gold", documents.reduce(0) { $0 + $1.gold.count })
        json.field("pred", documents.reduce(0) { $0 + $1.predicted.count })
        json.endObject()
        json.key("corpus"); counts(total)
        json.key("per_document"); json.beginObject()
        for document in documents { json.key(document.name); counts(document.counts) }
        json.endObject()
        if includeErrors {
            json.key("errors"); json.beginObject()
            for document in documents {
                json.key(document.name); json.beginObject()
                json.key("FN"); json.beginArray(); for e in document.missed { event(e) }; json.endArray()
                json.key("FP"); json.beginArray(); for e in document.spurious { event(e) }; json.endArray()
                json.endObject()
            }
            json.endObject()
        }
        json.endObject()
        return json.output
    }
}
