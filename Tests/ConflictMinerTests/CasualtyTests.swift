import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The CASUALTY extractor's example tables (`Tests/Examples/casualties.tsv`,
/// `casualties-negative.tsv`). See `docs/casualties.md`.
struct CasualtyTests {
    /// The extractor over the project's casualty and number words (`Gazetteers/lexicons/`).
    static let extractor = Loaded("Gazetteers/lexicons/casualties and numbers") {
        try CasualtyExtractor(in: projectGazetteers, numbers: NumberParser(in: projectGazetteers))
    }

    /// One expected or found CASUALTY: span, covered text, `Count`, `Kind`, `Qualifier`, `Victims`.
    struct Found: Equatable, CustomStringConvertible {
        let start: Int, end: Int, text: String
        let count: String, kind: String, qualifier: String, victims: String

        var description: String { "\(start)-\(end) \"\(text)\" \(count) \(kind) \(qualifier) \(victims)" }
    }

    static func casualties(in text: String) throws -> [Found] {
        try extract(Self.extractor.get(), from: text).map { entity in
            #expect(entity.type == .casualty)
            return Found(start: entity.start, end: entity.end, text: entity.text,
                         count: entity[attribute: "Count"] ?? "?", kind: entity[attribute: "Kind"] ?? "?",
                         qualifier: entity[attribute: "Qualifier"] ?? "-", victims: entity[attribute: "Victims"] ?? "-")
        }
    }

    /// `COUNT KIND QUALIFIER VICTIMS…` (see the table's header).
    static func expectation(_ item: String, span: (start: Int, end: Int, text: String)) -> Found? {
        let fields = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count >= 4 else { return nil }
        return Found(start: span.start, end: span.end, text: span.text, count: fields[0], kind: fields[1],
                     qualifier: fields[2], victims: fields[3...].joined(separator: " "))
    }

    @Test(arguments: ExampleTable.load("casualties.tsv"))
    func example(_ row: ExampleTable.Row) throws {
        let items = ExampleTable.items(row["casualties"])
        try #require(row.spans.count == items.count,
                     "line \(row.line): \(row.spans.count) spans but \(items.count) expectations")
        let expected = try zip(row.spans, items).map { span, item in
            try #require(Self.expectation(item, span: span), "line \(row.line): bad expectation \(item)")
        }
        #expect(try Self.casualties(in: row.text) == expected, "line \(row.line): \(row.text)")
    }

    @Test(arguments: ExampleTable.load("casualties-negative.tsv"))
    func negative(_ row: ExampleTable.Row) throws {
        #expect(row.spans.isEmpty, "line \(row.line): negative rows have no markers")
        #expect(try Self.casualties(in: row.text).isEmpty, "line \(row.line): \(row.text)")
    }

    @Test func tablesAreLargeEnough() {
        #expect(ExampleTable.load("casualties.tsv").count >= 150)
        #expect(ExampleTable.load("casualties-negative.tsv").count >= 50)
    }

    @Test func lexiconHasNoOneOffIdioms() throws {
        // Lexicon entries are general phrases; one-sentence idioms do not belong (see docs/casualties.md).
        #expect(try CasualtyLexicon(in: projectGazetteers).byFirst[.predicate]["met"]?.contains { $0.keys.contains("waterloo") } != true)
    }
}
