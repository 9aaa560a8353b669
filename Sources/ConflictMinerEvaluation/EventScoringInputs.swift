import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline
import Foundation

/// Reading gold and predicted events for `EventScoring`, as the reference scorer reads them.
public enum EventScoringInputs {
    public static let goldSuffix = ".events.jsonl"

    /// The lines of a text as Python reads a file in text mode (`\n`, `\r\n` and `\r` end a
    /// line), numbered from 1.
    static func lines(_ text: String) -> [(number: Int, text: String)] {
        var out: [(Int, String)] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        var number = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                number += 1
                out.append((number, String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { out.append((number + 1, String(current))) }
        return out
    }

    /// The JSON values of the non-blank lines of a JSONL text; a line that is not JSON is a problem.
    public static func jsonLines(_ text: String, file: String) -> (values: [(line: Int, value: JSONValue)], problems: [InputProblem]) {
        var values: [(Int, JSONValue)] = []
        var problems: [InputProblem] = []
        for (number, line) in lines(text) where !line.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            do {
                values.append((number, try JSONValue.parse(line)))
            } catch {
                problems.append(InputProblem(file: file, line: number, message: "not JSON: \(error)"))
            }
        }
        return (values, problems)
    }

    static func read(_ path: String) -> Result<String, InputProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(file: path, message: "cannot read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(InputProblem(file: path, message: "not valid UTF-8"))
        }
        return .success(text)
    }

    // MARK: Gold

    public struct Gold: Sendable {
        /// Scored documents in order (file names sorted, or the order of the JSONL lines).
        public var documents: [(document: String, events: [JSONObject])] = []
        /// Invalid lines and events, left out of `documents`.
        public var problems: [InputProblem] = []
        /// For a directory: the directory; for a JSONL file: the folder it is in (where texts may be).
        public var folder: String = "."
        /// Whether the gold is a directory of `NAME.events.jsonl` (not one JSONL file).
        public var isDirectory = false
    }

    /// What is wrong with a gold event, or nil. Fields may be absent or null; when present, the
    /// names are strings, `country` an ISO 3166-1 alpha-2 code, the counts integers ≥ 0 and
    /// `groups` a list of strings.
    public static func goldProblem(_ value: JSONValue) -> String? {
        guard let event = value.object else { return "a gold event must be a JSON object" }
        for key in ["date", "place", "admin1", "admin2", "admin3", "event_type", "sub_event_type", "actor1", "actor2"] {
            if let field = event[key], !field.isNull, field.string == nil { return "\"\(key)\" must be a string or null" }
        }
        if let date = event["date"]?.string, date.isEmpty { return "\"date\" must not be empty (null when unknown)" }
        if let country = event["country"], !country.isNull {
            guard let code = country.string, code.unicodeScalars.count == 2,
                  code.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else {
                return "\"country\" must be an ISO 3166-1 alpha-2 code (two capital letters) or null"
            }
        }
        for key in ["killed", "injured", "abducted"] {
            guard let field = event[key], !field.isNull else { continue }
            switch field {
            case .int(let number) where number >= 0: continue
            default: return "\"\(key)\" must be an integer ≥ 0 or null"
            }
        }
        if let groups = event["groups"], !groups.isNull {
            guard case .array(let items) = groups, items.allSatisfy({ $0.string != nil }) else {
                return "\"groups\" must be a list of strings or null"
            }
        }
        return nil
    }

    /// Reads the gold: a directory of `NAME.events.jsonl` (each one a scored document, an empty
    /// one a document without incidents), or one JSONL file of `{"id", "events": [...]}` or
    /// `{"id", "gold": {...}}` lines. Invalid lines or events are reported and left out.
    public static func loadGold(_ path: String) throws(InputProblem) -> Gold {
        var gold = Gold()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputProblem(file: path, message: "no such file or directory")
        }
        if isDirectory.boolValue {
            gold.folder = path
            gold.isDirectory = true
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw InputProblem(file: path, message: "cannot list directory")
            }
            let goldNames = names.filter { $0.hasSuffix(goldSuffix) }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for name in goldNames {
                let file = (path as NSString).appendingPathComponent(name)
                let text: String
                switch read(file) {
                case .success(let read): text = read
                case .failure(let problem):
                    gold.problems.append(problem)
                    continue
                }
                let parsed = jsonLines(text, file: file)
                gold.problems += parsed.problems
                var events: [JSONObject] = []
                for (line, value) in parsed.values {
                    if let problem = goldProblem(value) {
                        gold.problems.append(InputProblem(file: file, line: line, message: problem))
                    } else {
                        events.append(value.object!)
                    }
                }
                gold.documents.append((String(name.unicodeScalars.dropLast(goldSuffix.unicodeScalars.count)), events))
            }
            return gold
        }
        gold.folder = (path as NSString).deletingLastPathComponent
        if gold.folder.isEmpty { gold.folder = "." }
        let text: String
        switch read(path) {
        case .success(let read): text = read
        case .failure(let problem): throw problem
        }
        let parsed = jsonLines(text, file: path)
        gold.problems += parsed.problems
        var seen = Set<String>()
        for (line, value) in parsed.values {
            func problem(_ message: String) { gold.problems.append(InputProblem(file: path, line: line, message: message)) }
            guard let object = value.object else { problem("a gold line must be a JSON object"); continue }
            guard let id = object["id"], !id.isNull, id.object == nil, !(id.string?.isEmpty ?? false) else {
                problem("a gold line needs \"id\" (the document)"); continue
            }
            let document = PythonValue.str(id)
            guard !seen.contains(document) else { problem("document \"\(document)\" has an earlier line"); continue }
            var events: [JSONValue]
            if let list = object["events"] {
                guard case .array(let items) = list else { problem("\"events\" must be a list of gold events"); continue }
                events = items
            } else if let single = object["gold"] {
                events = [single]
            } else {
                problem("a gold line needs \"events\" (a list) or \"gold\" (one event)"); continue
            }
            events = events.filter { event in
                guard let message = goldProblem(event) else { return true }
                problem(message)
                return false
            }
            seen.insert(document)
            gold.documents.append((document, events.map { $0.object! }))
        }
        return gold
    }

    // MARK: Predictions

    public struct Predictions: Sendable {
        public var byDocument: [String: [JSONObject]] = [:]
        /// Events whose `document` is not a gold document.
        public var ignored = 0
        /// Gold documents with no `NAME.events.jsonl` in the prediction directory.
        public var missing: [String] = []
        public var problems: [InputProblem] = []
    }

    /// Predicted events from JSONL text (`events --format jsonl`), grouped by their `document`
    /// (as Python's `str`) when it is one of `documents`, else counted as ignored.
    public static func predictions(jsonl text: String, file: String, documents: [String]) -> Predictions {
        var predictions = Predictions()
        let known = Set(documents)
        let parsed = jsonLines(text, file: file)
        predictions.problems = parsed.problems
        for (line, value) in parsed.values {
            guard let event = value.object else {
                predictions.problems.append(InputProblem(file: file, line: line, message: "a predicted event must be a JSON object"))
                continue
            }
            let document = PythonValue.str(event["document"])
            if known.contains(document) {
                predictions.byDocument[document, default: []].append(event)
            } else {
                predictions.ignored += 1
            }
        }
        return predictions
    }

    /// Predicted events from `--pred`: a JSONL file, or a directory with `NAME.events.jsonl` per
    /// document (a missing file: no events).
    public static func loadPredictions(_ path: String, documents: [String]) throws(InputProblem) -> Predictions {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputProblem(file: path, message: "no such file or directory")
        }
        guard isDirectory.boolValue else {
            switch read(path) {
            case .success(let text): return predictions(jsonl: text, file: path, documents: documents)
            case .failure(let problem): throw problem
            }
        }
        var predictions = Predictions()
        for document in documents {
            let file = (path as NSString).appendingPathComponent(document + goldSuffix)
            guard FileManager.default.fileExists(atPath: file) else {
                predictions.missing.append(document)
                continue
            }
            switch read(file) {
            case .failure(let problem): predictions.problems.append(problem)
            case .success(let text):
                let parsed = jsonLines(text, file: file)
                predictions.problems += parsed.problems
                for (line, value) in parsed.values {
                    if let event = value.object {
                        predictions.byDocument[document, default: []].append(event)
                    } else {
                        predictions.problems.append(InputProblem(file: file, line: line, message: "a predicted event must be a JSON object"))
                    }
                }
            }
        }
        return predictions
    }
}
