import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The DATE extractor's example tables (`Tests/Examples/dates.tsv`, `dates-negative.tsv`) and unit
/// tests of the resolver. See `docs/dates.md`.
struct DateTests {
    /// The extractor over the project's date lexicon (`Gazetteers/lexicons/dates/`).
    static let extractor = Loaded("Gazetteers/lexicons/dates/*.tsv") {
        DateExtractor(recognizer: DateRecognizer(lexicon: try DateLexicon(in: projectGazetteers), numbers: try NumberParser(in: projectGazetteers)))
    }

    /// One expected or found DATE: span, covered text, `Value` and optional `Mod`.
    struct Found: Equatable, CustomStringConvertible {
        let start: Int, end: Int, text: String, value: String

        var description: String { "\(start)-\(end) \"\(text)\" \(value)" }
    }

    /// A row's text with `\n` escapes turned into line breaks, and its marked spans.
    static func unescaped(_ row: ExampleTable.Row) -> (String, [(start: Int, end: Int, text: String)]) {
        ExampleTable.unmark(row["text"].replacingOccurrences(of: "\\n", with: "\n"))
    }

    static func dct(_ row: ExampleTable.Row) throws -> PublicationDate? {
        let cell = row["dct"].trimmingCharacters(in: .whitespaces)
        if cell == "-" || cell.isEmpty { return nil }
        let date: PublicationDate = try #require(PublicationDate(parsing: cell), "bad dct \(cell)")
        return date
    }

    static func dates(in text: String, dct: PublicationDate?) throws -> [Found] {
        try extract(Self.extractor.get(), from: text, published: dct).map { entity in
            #expect(entity.type == .date)
            let value = (entity[attribute: "Value"] ?? "?") + (entity[attribute: "Mod"].map { "@" + $0 } ?? "")
            return Found(start: entity.start, end: entity.end, text: entity.text, value: value)
        }
    }

    @Test(arguments: ExampleTable.load("dates.tsv"))
    func example(_ row: ExampleTable.Row) throws {
        let (text, spans) = Self.unescaped(row)
        let values = ExampleTable.items(row["values"])
        try #require(spans.count == values.count, "line \(row.line): \(spans.count) spans but \(values.count) values")
        let expected = zip(spans, values).map { Found(start: $0.start, end: $0.end, text: $0.text, value: $1) }
        let found = try Self.dates(in: text, dct: try Self.dct(row))
        #expect(found == expected, "line \(row.line): \(text)")
    }

    @Test(arguments: ExampleTable.load("dates-negative.tsv"))
    func negative(_ row: ExampleTable.Row) throws {
        let (text, _) = Self.unescaped(row)
        let found = try Self.dates(in: text, dct: try Self.dct(row))
        #expect(found.isEmpty, "line \(row.line): \(text)")
    }

    @Test func tablesAreLargeEnough() {
        #expect(ExampleTable.load("dates.tsv").count >= 220)
        #expect(ExampleTable.load("dates-negative.tsv").count >= 60)
    }

    @Test func lexiconParses() throws {
        let lexicon = try DateLexicon(in: projectGazetteers)
        #expect(lexicon.word("november", .month)?.intValue == 11)
        #expect(lexicon.word("sept", .month)?.flags.contains("abbr") == true)
        #expect(lexicon.word("may", .month)?.flags.contains("ambiguous") == true)
        #expect(lexicon.word("thursday", .weekday)?.intValue == 4)
        #expect(lexicon.word("late", .modifier)?.value == "END")
        #expect(lexicon.word("yesterday", .anchor)?.intValue == -1)
    }

    @Test func registeredInStandardPipeline() {
        let names = ExtractorRegistry.standard.names
        #expect(names.contains("date"))
        if let date = names.firstIndex(of: "date"), let group = names.firstIndex(of: "group") {
            #expect(date < group)
        }
    }
}

/// Unit tests of `TemporalResolver`: year inference, weeks, partial and missing DCTs.
struct DateResolverTests {
    let resolver = TemporalResolver()

    func expression(_ configure: (inout TemporalExpression) -> Void) -> TemporalExpression {
        var expression = TemporalExpression(tokens: 0..<1)
        configure(&expression)
        return expression
    }

    func dct(_ text: String) -> PublicationDate { PublicationDate(parsing: text)! }

    @Test func monthWithoutYearIsOnOrBeforeTheDCT() {
        let november = expression { $0.month = 11 }
        #expect(resolver.value(of: november, dct: dct("2017-06-15")) == "2016-11")
        #expect(resolver.value(of: november, dct: dct("2017-11-02")) == "2017-11")
        #expect(resolver.value(of: november, dct: dct("2017-12-01")) == "2017-11")
        let ninth = expression { $0.month = 11; $0.day = 9 }
        #expect(resolver.value(of: ninth, dct: dct("2024-11-09")) == "2024-11-09")
        #expect(resolver.value(of: ninth, dct: dct("2024-11-08")) == "2023-11-09")
        #expect(resolver.value(of: ninth, dct: dct("2024-11")) == "2024-11-09")
        #expect(resolver.value(of: ninth, dct: dct("2024-10")) == "2023-11-09")
    }

    @Test func futureTenseAndDeicticsMoveTheYear() {
        var january = expression { $0.month = 1; $0.day = 12 }
        january.tense = .future
        #expect(resolver.value(of: january, dct: dct("2019-12-20")) == "2020-01-12")
        let lastJuly = expression { $0.month = 7; $0.deictic = -1 }
        #expect(resolver.value(of: lastJuly, dct: dct("2009-10-18")) == "2009-07")
        #expect(resolver.value(of: lastJuly, dct: dct("2009-07-18")) == "2008-07")
        let nextMarch = expression { $0.month = 3; $0.deictic = 1 }
        #expect(resolver.value(of: nextMarch, dct: dct("2021-09-01")) == "2022-03")
        let mayThisYear = expression { $0.month = 5; $0.yearOffset = 0 }
        #expect(resolver.value(of: mayThisYear, dct: dct("2021-09-10")) == "2021-05")
        #expect(resolver.value(of: mayThisYear, dct: nil) == "XXXX-05")
    }

    @Test func weekdaysResolveToTheNearestDayOnOrBeforeTheDCT() {
        // 2019-04-16 is a Tuesday.
        let tuesday = expression { $0.weekday = 2 }
        #expect(resolver.value(of: tuesday, dct: dct("2019-04-16")) == "2019-04-16")
        let friday = expression { $0.weekday = 5 }
        #expect(resolver.value(of: friday, dct: dct("2019-04-16")) == "2019-04-12")
        var futureFriday = friday
        futureFriday.tense = .future
        #expect(resolver.value(of: futureFriday, dct: dct("2019-04-16")) == "2019-04-19")
        let lastTuesday = expression { $0.weekday = 2; $0.deictic = -1 }
        #expect(resolver.value(of: lastTuesday, dct: dct("2019-04-16")) == "2019-04-09")
        let nextTuesday = expression { $0.weekday = 2; $0.deictic = 1 }
        #expect(resolver.value(of: nextTuesday, dct: dct("2019-04-16")) == "2019-04-23")
        let thursdayLastWeek = expression { $0.weekday = 4; $0.weekOffset = -1 }
        #expect(resolver.value(of: thursdayLastWeek, dct: dct("2019-04-16")) == "2019-04-11")
        // Across a year end: Sunday before Tuesday 2019-01-01.
        let sunday = expression { $0.weekday = 7 }
        #expect(resolver.value(of: sunday, dct: dct("2019-01-01")) == "2018-12-30")
    }

    @Test func partialAndMissingDCTsLeaveUnknownsAsX() {
        let wednesday = expression { $0.weekday = 3 }
        #expect(resolver.value(of: wednesday, dct: dct("2018-12")) == "2018-12-XX")
        #expect(resolver.value(of: wednesday, dct: dct("2022")) == "2022-XX-XX")
        #expect(resolver.value(of: wednesday, dct: nil) == "XXXX-XX-XX")
        let november9 = expression { $0.month = 11; $0.day = 9 }
        #expect(resolver.value(of: november9, dct: nil) == "XXXX-11-09")
        #expect(resolver.value(of: november9, dct: dct("2022")) == "2022-11-09")
        let yesterday = expression { $0.shift = .init(.day, -1) }
        #expect(resolver.value(of: yesterday, dct: dct("2024-11")) == "2024-11-XX")
        #expect(resolver.value(of: yesterday, dct: nil) == "XXXX-XX-XX")
        let lastWeek = expression { $0.shift = .init(.week, -1) }
        #expect(resolver.value(of: lastWeek, dct: dct("2024-11")) == "2024-WXX")
        #expect(resolver.value(of: lastWeek, dct: nil) == "XXXX-WXX")
        let thisMonth = expression { $0.shift = .init(.month, 0) }
        #expect(resolver.value(of: thisMonth, dct: dct("2022")) == "2022-XX")
        #expect(resolver.value(of: thisMonth, dct: dct("2022-03")) == "2022-03")
        let thisYear = expression { $0.shift = .init(.year, 0) }
        #expect(resolver.value(of: thisYear, dct: nil) == "XXXX")
        #expect(resolver.value(of: thisYear, dct: dct("2022")) == "2022")
    }

    @Test func isoWeeksAcrossYearEnds() {
        let lastWeek = expression { $0.shift = .init(.week, -1) }
        let thisWeek = expression { $0.shift = .init(.week, 0) }
        let nextWeek = expression { $0.shift = .init(.week, 1) }
        // 2021-01-04 is the Monday of 2021-W01; the week before is 2020-W53.
        #expect(resolver.value(of: lastWeek, dct: dct("2021-01-04")) == "2020-W53")
        // 2021-01-03 (Sunday) still belongs to 2020-W53.
        #expect(resolver.value(of: thisWeek, dct: dct("2021-01-03")) == "2020-W53")
        // 2024-12-30 starts 2025-W01.
        #expect(resolver.value(of: thisWeek, dct: dct("2024-12-30")) == "2025-W01")
        #expect(resolver.value(of: nextWeek, dct: dct("2024-12-27")) == "2025-W01")
        #expect(resolver.value(of: lastWeek, dct: dct("2019-04-22")) == "2019-W16")
        let aFortnightAgo = expression { $0.shift = .init(.week, -2) }
        #expect(resolver.value(of: aFortnightAgo, dct: dct("2016-01-10")) == "2015-W52")
        let lastWeekend = expression { $0.shift = .init(.weekend, -1) }
        #expect(resolver.value(of: lastWeekend, dct: dct("2023-05-02")) == "2023-W17-WE")
    }

    @Test func monthShiftsCrossYears() {
        let lastMonth = expression { $0.shift = .init(.month, -1) }
        #expect(resolver.value(of: lastMonth, dct: dct("2024-01-15")) == "2023-12")
        let sixMonthsAgo = expression { $0.shift = .init(.month, -6) }
        #expect(resolver.value(of: sixMonthsAgo, dct: dct("2022-02-15")) == "2021-08")
        let nextMonth = expression { $0.shift = .init(.month, 1) }
        #expect(resolver.value(of: nextMonth, dct: dct("2024-12")) == "2025-01")
    }

    @Test func decadesSeasonsAndInvalidDates() {
        #expect(resolver.value(of: expression { $0.decade = 199 }, dct: nil) == "199")
        #expect(resolver.value(of: expression { $0.season = .summer; $0.year = 2019 }, dct: nil) == "2019-SU")
        let lastWinter = expression { $0.season = .winter; $0.deictic = -1 }
        #expect(resolver.value(of: lastWinter, dct: dct("2023-02-15")) == "2021-WI")
        #expect(resolver.value(of: lastWinter, dct: dct("2023-06-15")) == "2022-WI")
        let thisSummer = expression { $0.season = .summer; $0.deictic = 0 }
        #expect(resolver.value(of: thisSummer, dct: nil) == "XXXX-SU")
        #expect(resolver.value(of: expression { $0.month = 2; $0.day = 30 }, dct: dct("2020-05-01")) == nil)
        #expect(resolver.value(of: expression { $0.month = 2; $0.day = 29; $0.year = 2023 }, dct: nil) == nil)
        #expect(resolver.value(of: expression { $0.month = 2; $0.day = 29 }, dct: nil) == "XXXX-02-29")
    }

    @Test func aWeekdayBesideADatePicksTheYear() {
        // `Wednesday, February 13` read in January 2020: 2019-02-13 was a Wednesday, 2020-02-13 is not.
        let pair = expression { $0.month = 2; $0.day = 13; $0.weekday = 3 }
        #expect(resolver.value(of: pair, dct: dct("2020-01-10")) == "2019-02-13")
    }
}

/// The numeric day/month rule depends on the rest of the document.
struct DateNumericOrderTests {
    @Test func ambiguousNumericDatesAreDayFirstUnlessTheDocumentIsMonthFirst() throws {
        let dayFirst = try extract(DateTests.extractor.get(), from: "Filed on 03/04/2021.", published: nil)
        #expect(dayFirst.map { $0[attribute: "Value"] } == ["2021-04-03"])
        let monthFirst = try extract(DateTests.extractor.get(), from: "Filed on 03/04/2021, amended 12/28/2021.", published: nil)
        #expect(monthFirst.map { $0[attribute: "Value"] } == ["2021-03-04", "2021-12-28"])
        let mixed = try extract(DateTests.extractor.get(), from: "Filed on 03/04/2021, amended 28/12/2021.", published: nil)
        #expect(mixed.map { $0[attribute: "Value"] } == ["2021-04-03", "2021-12-28"])
    }
}
