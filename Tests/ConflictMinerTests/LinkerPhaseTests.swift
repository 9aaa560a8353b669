import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The event linker's phases one by one, each with its table in `Tests/Examples/linker/`: a short
/// text of our own, its publication date, and what the phase makes of it, written as one line
/// (`docs/events.md`, "Phases"). The entities come from the pipeline over the project's
/// gazetteers, as in `events`.
enum LinkerPhaseFixture {
    struct Row: CustomTestStringConvertible, Sendable {
        var table: String
        var line: Int
        var text: String
        var published: String
        var expected: String
        var testDescription: String { "\(table):\(line): \(text.prefix(50))" }
    }

    static let phases = ["facts", "contexts", "totals", "incidents", "repeats"]

    static let tables = Loaded("Tests/Examples/linker/*.tsv") {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/linker")
        return try phases.flatMap { phase in
            try TSVTable(contentsOf: folder.appendingPathComponent("\(phase).tsv"), requiredColumns: ["text", "published", "expected"])
                .rows.map { row in
                    Row(table: phase, line: row.line, text: row.cells[0].replacingOccurrences(of: "\\n", with: "\n"),
                        published: row.cells[1], expected: row.cells[2])
                }
        }
    }

    static func rows(_ phase: String) -> [Row] { ((try? tables.get()) ?? []).filter { $0.table == phase } }

    /// The linker's view of a text with the pipeline's entities.
    static func linked(_ row: Row) throws -> (linker: EventLinker, document: LinkedText) {
        let (pipeline, linker) = try EventExampleFixture.project.get()
        let analyzer = try TextAnalyzer()
        let annotated = pipeline.annotate(Document(id: "t", text: row.text, published: PublicationDate(parsing: row.published)),
                                          with: analyzer)
        let analysis = try #require(annotated.analysis)
        return (linker, LinkedText(analysis, entities: annotated.entities.map(\.typed)))
    }

    /// The phases run in order on a row, up to the incidents (phases 2 to 5).
    static func run(_ row: Row) throws -> (linker: EventLinker, facts: [EventLinker.Facts], contexts: [EventLinker.Context],
                                           totals: [Bool], incidents: [EventLinker.Incident]) {
        let (linker, document) = try linked(row)
        var facts = linker.sentenceFacts(document)
        _ = linker.documentSetting(&facts, document)
        let contexts = linker.sentenceContexts(facts, document)
        let totals = linker.findTotals(facts, contexts, document)
        return (linker, facts, contexts, totals.isTotal, linker.findIncidents(facts, contexts, totals, document))
    }

    /// One sentence's facts as the table writes them: `incident`, `new`, `back`, `earlier`, the
    /// counts of each kind (`killed:3`) and the sentence's own date (`date:2024-05-06`), or `-`.
    static func describe(_ fact: EventLinker.Facts) -> String {
        var parts: [String] = []
        if fact.isIncident { parts.append("incident") }
        if fact.opensNewIncident { parts.append("new") }
        if fact.refersBack { parts.append("back") }
        if fact.tellsEarlier { parts.append("earlier") }
        for kind in [CasualtyKind.killed, .injured, .abducted] {
            let count = fact.mentions.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }
            if count > 0 { parts.append("\(kind.rawValue):\(count)") }
        }
        if let date = fact.date { parts.append("date:\(EventLinker.timex(date))") }
        return parts.isEmpty ? "-" : parts.joined(separator: " ")
    }

    /// Incidents as the sentences each is told in: `0 1 / 2`.
    static func describe(_ incidents: [EventLinker.Incident]) -> String {
        incidents.isEmpty ? "none"
            : incidents.map { $0.sentences.sorted().map(String.init).joined(separator: " ") }.joined(separator: " / ")
    }
}

@Suite("Linker phases")
struct LinkerPhaseTests {
    /// Phase 2: what each sentence reports.
    @Test(arguments: LinkerPhaseFixture.rows("facts"))
    func facts(_ row: LinkerPhaseFixture.Row) throws {
        let (linker, document) = try LinkerPhaseFixture.linked(row)
        let facts = linker.sentenceFacts(document)
        #expect(facts.map(LinkerPhaseFixture.describe).joined(separator: " / ") == row.expected)
    }

    /// Phase 3: where each sentence's date comes from.
    @Test(arguments: LinkerPhaseFixture.rows("contexts"))
    func contexts(_ row: LinkerPhaseFixture.Row) throws {
        #expect(try LinkerPhaseFixture.run(row).contexts.map(\.dateSource).joined(separator: " / ") == row.expected)
    }

    /// Phase 4: which sentences are totals of others.
    @Test(arguments: LinkerPhaseFixture.rows("totals"))
    func totals(_ row: LinkerPhaseFixture.Row) throws {
        #expect(try LinkerPhaseFixture.run(row).totals.map { $0 ? "total" : "-" }.joined(separator: " / ") == row.expected)
    }

    /// Phase 5: the sentences each incident is told in.
    @Test(arguments: LinkerPhaseFixture.rows("incidents"))
    func incidents(_ row: LinkerPhaseFixture.Row) throws {
        #expect(LinkerPhaseFixture.describe(try LinkerPhaseFixture.run(row).incidents) == row.expected)
    }

    /// Phase 6: incidents after repeats are merged.
    @Test(arguments: LinkerPhaseFixture.rows("repeats"))
    func repeats(_ row: LinkerPhaseFixture.Row) throws {
        let run = try LinkerPhaseFixture.run(row)
        #expect(LinkerPhaseFixture.describe(run.linker.mergingRepeats(run.incidents)) == row.expected)
    }

    /// A total and its parts, an incident and its repeat, are told within `reportReach`
    /// sentences of each other: in a text of many reports run together, farther ones are not
    /// joined (and the search for them is bounded).
    @Test("totals and repeats within the reach of one report", arguments: [10, EventLinker.reportReach + 10])
    func reach(filler: Int) throws {
        let gap = String(repeating: "Traders met at the town hall. ", count: filler)
        let near = filler < EventLinker.reportReach
        let total = LinkerPhaseFixture.Row(
            table: "totals", line: 0,
            text: "Bandits killed three villagers in Zurmi on Monday. Another attack killed four farmers in Maru on Monday. "
                + gap + "Seven people were killed in the two attacks in Zamfara on Monday.",
            published: "2022-06-15", expected: "")
        #expect(try LinkerPhaseFixture.run(total).totals.last == near)
        let repeated = LinkerPhaseFixture.Row(
            table: "repeats", line: 0,
            text: "Bomb kills five in Quetta\n" + gap + "A bomb killed five people at a market in Quetta on Sunday, police said.",
            published: "2023-06-13", expected: "")
        let run = try LinkerPhaseFixture.run(repeated)
        #expect(run.incidents.count == 2)
        #expect(run.linker.mergingRepeats(run.incidents).count == (near ? 1 : 2))
    }

    @Test func everyPhaseHasItsTable() throws {
        let rows = try LinkerPhaseFixture.tables.get()
        for phase in LinkerPhaseFixture.phases {
            #expect(rows.filter { $0.table == phase }.count >= 5, "\(phase).tsv has at least five rows")
        }
    }
}
