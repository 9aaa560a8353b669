import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The number parser's example table (`Tests/Examples/numbers.tsv`). See `docs/casualties.md`.
struct NumberTests {
    /// The parser over the project's number tables (`Gazetteers/lexicons/numbers/`).
    static let parser = Loaded("Gazetteers/lexicons/numbers/*.tsv") { try NumberParser(in: projectGazetteers) }

    /// One expected or found number phrase: span, covered text, value, qualifier and form.
    struct Found: Equatable, CustomStringConvertible {
        let start: Int, end: Int, text: String, value: Int, qualifier: String, form: String

        var description: String { "\(start)-\(end) \"\(text)\" \(value) \(qualifier) \(form)" }
    }

    static func formName(_ form: NumberPhrase.Form) -> String {
        switch form {
        case .digits: "digits"
        case .words: "words"
        case .article: "article"
        case .another: "another"
        case .vague: "vague"
        case .range: "range"
        }
    }

    @Test(arguments: ExampleTable.load("numbers.tsv"))
    func example(_ row: ExampleTable.Row) throws {
        let (text, spans) = ExampleTable.unmark(row["text"].replacingOccurrences(of: "\\n", with: "\n"))
        let span = try #require(spans.count == 1 ? spans[0] : nil, "line \(row.line): one [[…]] marker expected")
        let analyzed = try TextAnalyzer().analyze(Document(id: "number", text: text))
        let index = try #require(analyzed.tokens.firstIndex { $0.start == span.start && $0.kind != .whitespace },
                                 "line \(row.line): no token starts at the marker")
        let phrase = try Self.parser.get().phrase(in: analyzed, at: index)
        if row["value"] == "-" {
            #expect(phrase == nil, "line \(row.line): \(text)")
            return
        }
        let value = try #require(Int(row["value"]), "line \(row.line): bad value")
        let expected = Found(start: span.start, end: span.end, text: span.text, value: value,
                             qualifier: row["qualifier"], form: row["form"])
        let found = try #require(phrase, "line \(row.line): no number phrase in \(text)")
        let start = analyzed.tokens[found.tokens.lowerBound].start
        let end = analyzed.end(of: found.tokens.upperBound - 1)
        let actual = Found(start: start, end: end, text: analyzed.surface(found.tokens), value: found.value,
                           qualifier: found.qualifier?.rawValue ?? "exact", form: Self.formName(found.form))
        #expect(actual == expected, "line \(row.line): \(text)")
    }

    @Test func tableIsLargeEnough() {
        #expect(ExampleTable.load("numbers.tsv").count >= 100)
    }

    @Test func parseCoversTheWholeString() throws {
        let analyzer = try TextAnalyzer()
        #expect(try Self.parser.get().parse("at least 26", analyzer: analyzer)?.value == 26)
        #expect(try Self.parser.get().parse("at least 26 people", analyzer: analyzer) == nil)
        #expect(try Self.parser.get().parse("a hundred and twelve", analyzer: analyzer)?.value == 112)
    }

    @Test func digitValues() {
        #expect(NumberParser.digitValue("1,200")! == (1200, true))
        #expect(NumberParser.digitValue("1.5")! == (1.5, false))
        #expect(NumberParser.digitValue("1,20") == nil)
        #expect(NumberParser.digitValue("12a") == nil)
    }
}
