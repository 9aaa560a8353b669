import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline
import Foundation

/// Scoring of event records as the reference scorer `tools/score_events.py` does it (the Events
/// section of ANNOTATION.md): per document, gold and predicted events are paired one to one on
/// country and a date that agrees at the gold's precision, the pairs that agree on more fields
/// first; then detection P/R/F1 over pairs and per-field accuracy over all gold events and over
/// the paired ones. Events are JSON objects as read (`JSONValue`), so that any field a line
/// carries is scored without the scorer knowing `EventRecord`.
public enum EventScoring {
    /// The scored fields, in report order.
    public static let fields = ["location", "event_type", "sub_event_type", "actors", "groups", "killed", "injured", "abducted"]

    // MARK: Names

    /// Words that name the kind of a place, left out of folded place names.
    static let designators: Set<String> = [
        "district", "province", "city", "town", "village", "region", "county", "state", "governorate", "division",
        "tehsil", "area", "prefecture", "municipality", "subdistrict", "sub", "agency", "territory", "oblast", "department",
    ]
    /// Leading articles dropped from a folded name (while another word follows).
    static let articles: Set<String> = ["al", "el", "ar", "as", "ash", "at", "ad", "an", "the"]
    /// Words left out when a name is compared with initials or word by word.
    static let connectors: Set<String> = ["al", "el", "e", "i", "ul", "the", "of", "de", "la", "and"]

    /// A name folded for comparison: compatibility-decomposed, combining marks dropped,
    /// lowercased, cut into runs of ASCII letters and digits; leading articles dropped while
    /// another word follows, and (with `designators`) words like `district` or `province` left out.
    public static func fold(_ value: JSONValue?, designators: Bool = true) -> String {
        guard let value, !value.isNull else { return "" }
        return foldWords(PythonValue.str(value), designators: designators).joined(separator: " ")
    }

    public static func fold(_ text: String, designators: Bool = true) -> String {
        foldWords(text, designators: designators).joined(separator: " ")
    }

    static func foldWords(_ text: String, designators dropDesignators: Bool) -> [String] {
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word); word = "" }
        }
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if (lower.value >= 0x61 && lower.value <= 0x7A) || (lower.value >= 0x30 && lower.value <= 0x39) {
                    word.unicodeScalars.append(lower)
                } else {
                    endWord()
                }
            }
        }
        endWord()
        var start = 0
        while start < words.count - 1, articles.contains(words[start]) { start += 1 }
        let kept = words[start...]
        return dropDesignators ? kept.filter { !designators.contains($0) } : Array(kept)
    }

    /// Two actor or group names are the same when, folded (designators kept), they are equal; or
    /// all the words of the shorter, which has two or more, are in the longer; or one is a single
    /// word made of the initials of the other's words (connector words left out, two or more
    /// words); or both have the same three or more words (connectors left out) but for one pair
    /// in the same position of which one begins the other.
    public static func sameName(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        let wa = foldWords(a.map(PythonValue.str) ?? "", designators: false)
        let wb = foldWords(b.map(PythonValue.str) ?? "", designators: false)
        guard let a, !a.isNull, let b, !b.isNull, !wa.isEmpty, !wb.isEmpty else { return false }
        if wa == wb { return true }
        let (short, long) = wa.count <= wb.count ? (wa, wb) : (wb, wa)
        if short.count >= 2 && Set(short).isSubset(of: Set(long)) { return true }
        let ca = wa.filter { !connectors.contains($0) }, cb = wb.filter { !connectors.contains($0) }
        for (word, name) in [(wa, cb), (wb, ca)] where word.count == 1 && name.count >= 2 {
            var initials = ""
            for part in name { initials.unicodeScalars.append(part.unicodeScalars.first!) }
            if word[0] == initials { return true }
        }
        guard ca.count == cb.count, ca.count >= 3 else { return false }
        let differing = zip(ca, cb).filter { $0 != $1 }
        guard differing.count == 1, let (x, y) = differing.first else { return false }
        return x.hasPrefix(y) || y.hasPrefix(x)
    }

    // MARK: Dates

    public enum DatePrecision: String, Sendable { case day, week, month, year, other }

    /// Decimal digit of any script (Python's `\d`).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .decimalNumber }

    /// `YYYY-MM-DD` day, `YYYY-Www` week, `YYYY-MM` month, `YYYY` year, anything else other.
    public static func precision(ofDate text: String) -> DatePrecision {
        let s = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { isDigit(s[$0]) } }
        switch s.count {
        case 10 where digits(0..<4) && s[4] == "-" && digits(5..<7) && s[7] == "-" && digits(8..<10): return .day
        case 8 where digits(0..<4) && s[4] == "-" && s[5] == "W" && digits(6..<8): return .week
        case 7 where digits(0..<4) && s[4] == "-" && digits(5..<7): return .month
        case 4 where digits(0..<4): return .year
        default: return .other
        }
    }

    /// The ISO week (`2024-W05`, the year unpadded as Python writes it) of an ASCII `YYYY-MM-DD`
    /// that is a real date; nil otherwise (where the reference scorer would stop with an error).
    public static func isoWeek(ofDay text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1, (1...12).contains(month), (1...CalendarMath.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let iso = CalendarMath.isoWeek(year: year, month: month, day: day)
        return "\(iso.year)-W\(zeroPadded(iso.week, width: 2))"
    }

    /// Whether a predicted date agrees with the gold's at the gold's precision: a finer predicted
    /// value is cut to it (a day to its ISO week), a coarser one does not agree; values of no
    /// known form agree only when equal.
    public static func dateAgrees(gold: JSONValue?, predicted: JSONValue?) -> Bool {
        guard PythonValue.truthy(gold), PythonValue.truthy(predicted) else { return false }
        let g = PythonValue.str(gold), p = PythonValue.str(predicted)
        let gs = Array(g.unicodeScalars), ps = Array(p.unicodeScalars)
        let gp = precision(ofDate: g), pp = precision(ofDate: p)
        if gp == .other || pp == .other { return gs == ps }
        switch gp {
        case .day: return ps == gs
        case .week:
            if pp == .week { return ps == gs }
            if pp == .day, let week = isoWeek(ofDay: p) { return Array(week.unicodeScalars) == gs }
            return false
        case .month: return (pp == .day && Array(ps.prefix(7)) == gs) || (pp == .month && ps == gs)
        case .year, .other: return Array(ps.prefix(4)) == gs
        }
    }

    // MARK: Fields

    /// Whether the predicted event has the gold event's `field` right; nil when the gold does not
    /// have the field (it is not scored).
    public static func fieldAgrees(_ field: String, gold g: JSONObject, predicted p: JSONObject) -> Bool? {
        let truthy = { (value: JSONValue?) in PythonValue.truthy(value) }
        switch field {
        case "location":
            let fine = ["place", "admin3", "admin2"].filter { truthy(g[$0]) }.map { fold(g[$0]) }
            let goldNames = !fine.isEmpty ? fine : (truthy(g["admin1"]) ? [fold(g["admin1"])] : [])
            if goldNames.isEmpty { return nil }
            let keys = !fine.isEmpty ? ["place", "admin3", "admin2"] : ["place", "admin1"]
            let predicted = Set(keys.filter { truthy(p[$0]) }.map { fold(p[$0]) })
            return goldNames.contains { predicted.contains($0) }
        case "actors":
            let goldActors = ["actor1", "actor2"].compactMap { truthy(g[$0]) ? g[$0] : nil }
            if goldActors.isEmpty { return nil }
            let predicted = ["actor1", "actor2"].compactMap { truthy(p[$0]) ? p[$0] : nil }
            guard goldActors.count == predicted.count else { return false }
            if zip(goldActors, predicted).allSatisfy({ sameName($0, $1) }) { return true }
            return goldActors.count == 2 && sameName(goldActors[0], predicted[1]) && sameName(goldActors[1], predicted[0])
        case "groups":
            let goldGroups = PythonValue.items(g["groups"]).filter { truthy($0) }
            if goldGroups.isEmpty { return nil }
            let predicted = PythonValue.items(p["groups"]).filter { truthy($0) }
            return goldGroups.contains { a in predicted.contains { b in sameName(a, b) } }
        case "event_type", "sub_event_type":
            guard truthy(g[field]) else { return nil }
            return fold(g[field]) == fold(p[field])
        default:  // counts: killed, injured, abducted
            guard let gold = g[field], !gold.isNull else { return nil }
            guard let predicted = p[field], !predicted.isNull else { return false }
            guard let x = PythonValue.int(predicted), let y = PythonValue.int(gold) else { return false }
            return x == y
        }
    }

    // MARK: Pairing and scores

    /// Pairs one document's events: gold index → predicted index. Candidates have a true
    /// `country` equal in both and a date that agrees; those that agree on more fields are taken
    /// first, then by gold and predicted order; each event at most once.
    public static func pair(gold: [JSONObject], predicted: [JSONObject]) -> [Int: Int] {
        var candidates: [(agree: Int, gold: Int, predicted: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() {
                guard PythonValue.truthy(g["country"]), PythonValue.equal(g["country"], p["country"]),
                      dateAgrees(gold: g["date"], predicted: p["date"]) else { continue }
                let agree = fields.filter { fieldAgrees($0, gold: g, predicted: p) == true }.count
                candidates.append((agree, i, j))
            }
        }
        candidates.sort { ($1.agree, $0.gold, $0.predicted) < ($0.agree, $1.gold, $1.predicted) }
        var usedPredicted = Set<Int>()
        var pairs: [Int: Int] = [:]
        for candidate in candidates where pairs[candidate.gold] == nil && !usedPredicted.contains(candidate.predicted) {
            pairs[candidate.gold] = candidate.predicted
            usedPredicted.insert(candidate.predicted)
        }
        return pairs
    }

    /// Scores every gold document (in order) against the predicted events of the same name.
    public static func score(gold: [(document: String, events: [JSONObject])], predicted: [String: [JSONObject]]) -> EventScore {
        var result = EventScore()
        result.documents = gold.count
        for (document, goldEvents) in gold {
            let predictedEvents = predicted[document] ?? []
            let pairs = pair(gold: goldEvents, predicted: predictedEvents)
            result.tp += pairs.count
            result.fn += goldEvents.count - pairs.count
            result.fp += predictedEvents.count - pairs.count
            var errors: [EventScore.ScoringError] = []
            for (i, g) in goldEvents.enumerated() {
                let p = pairs[i].map { predictedEvents[$0] }
                for field in fields {
                    guard let agrees = fieldAgrees(field, gold: g, predicted: p ?? JSONObject()) else { continue }
                    let ok = agrees && p != nil
                    result.fieldCounts[field, default: EventScore.FieldCounts()].add(ok, paired: p != nil)
                    if let p, !ok { errors.append(.init(kind: .field, field: field, gold: g, predicted: p)) }
                }
                if p == nil { errors.append(.init(kind: .missed, gold: g)) }
            }
            let pairedPredictions = Set(pairs.values)
            for (j, p) in predictedEvents.enumerated() where !pairedPredictions.contains(j) {
                errors.append(.init(kind: .spurious, predicted: p))
            }
            if !errors.isEmpty { result.errors.append((document, errors)) }
        }
        return result
    }
}

/// The figures of one scoring run, and its reports (the reference scorer's text and JSON).
public struct EventScore: Sendable {
    public struct Tally: Sendable, Hashable {
        public var correct = 0
        public var total = 0
        public var accuracy: Double? { total > 0 ? Double(correct) / Double(total) : nil }
    }

    public struct FieldCounts: Sendable, Hashable {
        /// Over all gold events that have the field.
        public var all = Tally()
        /// Over the paired gold events that have the field.
        public var paired = Tally()

        mutating func add(_ ok: Bool, paired isPaired: Bool) {
            all.total += 1
            if ok { all.correct += 1 }
            if isPaired {
                paired.total += 1
                if ok { paired.correct += 1 }
            }
        }
    }

    public struct ScoringError: Sendable {
        public enum Kind: String, Sendable {
            case field = "FIELD", missed = "FN", spurious = "FP"
        }
        public var kind: Kind
        public var field: String? = nil
        public var gold: JSONObject? = nil
        public var predicted: JSONObject? = nil
    }

    public var documents = 0
    public var tp = 0, fp = 0, fn = 0
    public var fieldCounts: [String: FieldCounts] = [:]
    /// Per document with errors, in gold order.
    public var errors: [(document: String, errors: [ScoringError])] = []
    /// Predicted events of documents that are not in the gold.
    public var ignoredPredicted = 0

    public init() {}

    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0 }
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    public func counts(_ field: String) -> FieldCounts { fieldCounts[field] ?? FieldCounts() }

    /// The report the reference scorer prints: totals, detection, and the field table.
    public var table: String {
        func three(_ value: Double) -> String { String(format: "%.3f", value) }
        func pad(_ text: String, _ width: Int, left: Bool) -> String {
            let count = text.unicodeScalars.count
            guard count < width else { return text }
            let padding = String(repeating: " ", count: width - count)
            return left ? text + padding : padding + text
        }
        var out = [
            "documents \(documents), gold events \(tp + fn), predicted \(tp + fp) (+\(ignoredPredicted) of unknown documents)",
            "detection: tp \(tp) fp \(fp) fn \(fn)  P \(three(precision)) R \(three(recall)) F1 \(three(f1))",
            pad("field", 16, left: true) + " " + pad("all gold", 16, left: false) + " " + pad("given pair", 16, left: false),
        ]
        for field in EventScoring.fields {
            let counts = counts(field)
            let cells = [counts.all, counts.paired].map { tally in
                tally.accuracy.map { "\(three($0)) (\(tally.correct)/\(tally.total))" } ?? "n/a"
            }
            out.append(pad(field, 16, left: true) + " " + pad(cells[0], 16, left: false) + " " + pad(cells[1], 16, left: false))
        }
        return out.joined(separator: "\n")
    }

    /// The keys an error line shows for `field`, after date, country and place.
    static func keys(for field: String?) -> [String] {
        switch field {
        case "location": return ["admin3", "admin2", "admin1"]
        case "actors": return ["actor1", "actor2"]
        case nil: return ["killed", "groups", "event_type"]
        case let field?: return [field]
        }
    }

    /// Every error, one a line: `DOC FN|FP|FIELD [field] gold={…} pred={…}` with the keys that
    /// identify the event and those the field is scored on, and the evidence of an unpaired event.
    public var errorLines: [String] {
        var out: [String] = []
        for (document, errors) in errors {
            for error in errors {
                let keys = ["date", "country", "place"] + Self.keys(for: error.field)
                func shown(_ event: JSONObject?) -> String {
                    guard let event else { return "" }
                    return JSONValue.object(JSONObject(keys.compactMap { key in event[key].map { (key, $0) } })).jsonText
                }
                var line = "  \(document) \(error.kind.rawValue)"
                if let field = error.field { line += " \(field)" }
                if error.gold != nil { line += " gold=" + shown(error.gold) }
                if error.predicted != nil { line += " pred=" + shown(error.predicted) }
                out.append(line)
                if error.kind != .field, let evidence = Self.evidence(error.gold ?? error.predicted) {
                    out.append("      “" + evidence + "”")
                }
            }
        }
        return out
    }

    /// The sentence(s) an event rests on: gold `evidence`, or the `text` of predicted `sources`.
    static func evidence(_ event: JSONObject?) -> String? {
        guard let event else { return nil }
        var text = event["evidence"]?.string
        if text == nil, case .array(let sources)? = event["sources"] {
            let texts = sources.compactMap { $0["text"]?.string }
            if !texts.isEmpty { text = texts.joined(separator: " … ") }
        }
        guard let text, !text.isEmpty else { return nil }
        let line = Brat.oneLine(text)
        return line.count > 160 ? String(line.prefix(157)) + "…" : line
    }

    /// The reference scorer's JSON object: documents, gold_events, pred_events, detection,
    /// fields (all and paired: correct, total, accuracy), ignored_pred_events, and with
    /// `includeErrors` the errors per document.
    public func json(includeErrors: Bool) -> JSONValue {
        func tally(_ t: Tally) -> JSONValue {
            .object(JSONObject([("correct", .int(t.correct)), ("total", .int(t.total)), ("accuracy", t.accuracy.map(JSONValue.double) ?? .null)]))
        }
        var fieldsObject = JSONObject()
        for field in EventScoring.fields {
            let counts = counts(field)
            fieldsObject[field] = .object(JSONObject([("all", tally(counts.all)), ("paired", tally(counts.paired))]))
        }
        var object = JSONObject([
            ("documents", .int(documents)),
            ("gold_events", .int(tp + fn)),
            ("pred_events", .int(tp + fp)),
            ("detection", .object(JSONObject([
                ("tp", .int(tp)), ("fp", .int(fp)), ("fn", .int(fn)),
                ("precision", .double(precision)), ("recall", .double(recall)), ("f1", .double(f1)),
            ]))),
            ("fields", .object(fieldsObject)),
            ("ignored_pred_events", .int(ignoredPredicted)),
        ])
        if includeErrors {
            var byDocument = JSONObject()
            for (document, errors) in errors {
                byDocument[document] = .array(errors.map { error in
                    var entry = JSONObject([("kind", .string(error.kind.rawValue))])
                    if let field = error.field { entry["field"] = .string(field) }
                    if let gold = error.gold { entry["gold"] = .object(gold) }
                    if let predicted = error.predicted { entry["pred"] = .object(predicted) }
                    return .object(entry)
                })
            }
            object["errors"] = .object(byDocument)
        }
        return .object(object)
    }
}
