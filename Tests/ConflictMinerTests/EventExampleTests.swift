import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The whole pipeline and the event linker over the project's gazetteers, on short reports of our
/// own: `Tests/Examples/events.tsv` (fields each report's event must have, or `none`) and
/// `Tests/Examples/event-notes.jsonl` (incident notes in dataset styles, scored as the reference
/// scorer scores them).
enum EventExampleFixture {
    static let project = Loaded("the pipeline and the event linker over Gazetteers/") {
        (pipeline: try Pipeline.standard(gazetteers: projectGazetteers), linker: try EventLinker(gazetteers: projectGazetteers))
    }

    static func events(_ text: String, published: String, id: String = "t") throws -> [EventRecord] {
        let (pipeline, linker) = try project.get()
        let analyzer = try TextAnalyzer()
        let document = Document(id: id, text: text, published: PublicationDate(parsing: published))
        return linker.events(in: pipeline.annotate(document, with: analyzer), analyzer: analyzer)
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var line: Int
        var text: String
        var published: String
        var expected: String
        var testDescription: String { "line \(line): \(text.prefix(60))" }
    }

    static let table = Loaded("Tests/Examples/events.tsv") {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/events.tsv")
        return try TSVTable(contentsOf: url, requiredColumns: ["text", "published", "expected"]).rows.map { row in
            Row(line: row.line, text: row.cells[0].replacingOccurrences(of: "\\n", with: "\n"), published: row.cells[1],
                expected: row.cells[2])
        }
    }

    /// The rows as test arguments; a table that cannot be read fails `theTableIsLargeEnoughAndHasNegatives`.
    static var rows: [Row] { (try? table.get()) ?? [] }

    /// A record's value for a key of the table.
    static func value(_ key: String, of record: EventRecord) -> String? {
        switch key {
        case "date": record.date
        case "country": record.country
        case "place": record.place
        case "admin1": record.admin1 ?? "-"
        case "admin2": record.admin2 ?? "-"
        case "event_type": record.eventType
        case "sub_event_type": record.subEventType
        case "actor1": record.actor1 ?? "-"
        case "actor2": record.actor2 ?? "-"
        case "groups": record.groups.joined(separator: "|")
        case "killed": String(record.killed)
        case "injured": String(record.injured)
        case "abducted": String(record.abducted)
        case "civilian_targeting": String(record.civilianTargeting)
        default: nil
        }
    }
}

@Suite("Event examples")
struct EventExampleTests {
    @Test(arguments: EventExampleFixture.rows)
    func example(_ row: EventExampleFixture.Row) throws {
        let events = try EventExampleFixture.events(row.text, published: row.published)
        if row.expected == "none" {
            #expect(events.isEmpty, "no incident to code, got \(events.map(\.subEventType))")
            return
        }
        var expected: [String: String] = [:]
        for pair in row.expected.components(separatedBy: "; ") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            try #require(parts.count == 2, "`key=value` in \(pair)")
            expected[parts[0]] = parts[1]
        }
        let count = Int(expected.removeValue(forKey: "count") ?? "1") ?? 1
        try #require(events.count == count, "\(count) events, got \(events.count)")
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            let got = EventExampleFixture.value(key, of: events[0])
            #expect(got != nil, "unknown key \(key)")
            #expect(got == value, "\(key)")
        }
    }

    @Test func theTableIsLargeEnoughAndHasNegatives() throws {
        let rows = try EventExampleFixture.table.get()
        #expect(rows.count >= 30)
        #expect(rows.filter { $0.expected == "none" }.count >= 8)
        let types = Set(rows.compactMap { row in
            row.expected.components(separatedBy: "; ").first { $0.hasPrefix("sub_event_type=") }
        })
        #expect(types.count >= 10, "most sub-event types have an example")
    }

    /// The incident notes of our own, scored as `tools/score_events.py` scores them. The floors
    /// are below what the linker measures today (docs/events.md): a drop below one is a
    /// regression to look at, not noise.
    @Test func incidentNotesScoreAboveTheirFloors() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/event-notes.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        var gold: [(document: String, events: [JSONObject])] = []
        var predicted: [String: [JSONObject]] = [:]
        let notes = EventScoringInputs.jsonLines(text, file: "event-notes.jsonl")
        #expect(notes.problems.isEmpty)
        for (_, value) in notes.values {
            let note = try #require(value.object)
            let id = try #require(note["id"]?.string)
            guard case .array(let events)? = note["events"] else { Issue.record("\(id): no events list"); continue }
            gold.append((id, events.compactMap(\.object)))
            let records = try EventExampleFixture.events(try #require(note["text"]?.string),
                                                         published: note["published"]?.string ?? "-", id: id)
            predicted[id] = EventScoringInputs.predictions(jsonl: records.map(\.jsonLine).joined(separator: "\n"), file: "pred",
                                                           documents: [id]).byDocument[id] ?? []
        }
        #expect(gold.count == 80)
        let score = EventScoring.score(gold: gold, predicted: predicted)
        #expect(score.f1 >= 0.90, "detection F1 \(score.f1)")
        let floors = ["location": 0.82, "event_type": 0.88, "sub_event_type": 0.85, "actors": 0.68, "groups": 0.88,
                      "killed": 0.80, "injured": 0.88]
        for (field, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let accuracy = score.counts(field).all.accuracy ?? 0
            #expect(accuracy >= floor, "\(field) \(accuracy)")
        }
    }
}
