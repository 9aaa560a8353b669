import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// Every lexicon loader refuses a bad row with its file and line, the other tables of its folder
/// being the project's own (`LexiconCopy`).
@Suite("Lexicon tables")
struct LexiconTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let dimension: String
        let tables: [String]
        let table: String
        let text: String
        let line: Int
        let load: @Sendable (GazetteerDirectory) throws -> Void
        var testDescription: String { "\(dimension)/\(table).tsv" }
    }

    static let cases: [Case] = [
        Case(dimension: "dates", tables: DateLexicon.tables, table: "calendar",
             text: "word\tclass\tvalue\tflags\nmay\tmonth\t5\tambiguous\njuly\tmonthh\t7\t-\n", line: 3,
             load: { _ = try DateLexicon(in: $0) }),
        Case(dimension: "dates", tables: DateLexicon.tables, table: "common/ordinals",
             text: "word\tclass\tvalue\tflags\nfirst\tordinal\t1\t-\nsecond\tordinal\t2\n", line: 3,
             load: { _ = try DateLexicon(in: $0) }),
        Case(dimension: "places", tables: PlaceLexicon.tables, table: "common/calendar",
             text: "word\tclass\tvalue\tflags\nmay\tmonth\t5\tambiguous\njuly\tmonht\t7\t-\n", line: 3,
             load: { _ = try PlaceLexicon(in: $0) }),
        Case(dimension: "places", tables: PlaceLexicon.tables, table: "common/demonyms",
             text: "word\tcountry\tflags\nafghan\tAF\t-\nhazara\taf\t-\n", line: 3,
             load: { _ = try PlaceLexicon(in: $0) }),
        Case(dimension: "places", tables: PlaceLexicon.tables, table: "common/demonyms",
             text: "word\tcountry\tflags\nmyanmar\tMM\tplace\nsaudi\tSA\tcountry\n", line: 3,
             load: { _ = try PlaceLexicon(in: $0) }),
        Case(dimension: "numbers", tables: NumberParser.tables, table: "qualifiers",
             text: "phrase\tqualifier\tposition\nat least\tat_least\tpre\nabout\tapprox\tbefore\n", line: 3,
             load: { _ = try NumberParser(in: $0) }),
        Case(dimension: "casualties", tables: CasualtyExtractor.tables, table: "phrases",
             text: "phrase\tclass\tkind\tflags\nkilled\tpredicate\tkilled\ttransitive\nslain\tpredicate\tkiled\t-\n", line: 3,
             load: { _ = try CasualtyLexicon(in: $0) }),
        Case(dimension: "groups", tables: GroupPatterns.tables, table: "prefixes",
             text: "prefix\tneeds\nlashkar\tparticle\njaish\tparticel\n", line: 3,
             load: { _ = try GroupPatterns(in: $0) }),
        Case(dimension: "places", tables: PlaceLexicon.tables, table: "organisation-heads",
             text: "word\tclass\narmy\tforce\nhospital\tbuilding\nrailway\tcompany\n", line: 4,
             load: { _ = try PlaceLexicon(in: $0) }),
        Case(dimension: "places", tables: PlaceLexicon.tables, table: "designator-kinds",
             text: "word\tkind\nstate\tdivision\nshire\tcounty\n", line: 3,
             load: { _ = try PlaceLexicon(in: $0) }),
    ]

    @Test(arguments: cases)
    func aBadRowIsRefusedWithItsFileAndLine(_ testCase: Case) throws {
        let copy = try LexiconCopy(testCase.dimension, tables: testCase.tables)
        defer { copy.remove() }
        try testCase.load(copy.gazetteers)  // the project's tables load
        let broken = try copy.replace(testCase.table, with: testCase.text)
        #expect {
            try testCase.load(copy.gazetteers)
        } throws: { error in
            (error as? GazetteerError).map { $0.line == testCase.line && $0.file == broken.path } ?? false
        }
    }
}

/// The shared tables (`lexicons/common/`) are read by every extractor that needs their words: a
/// line added there is known to all of them, with no copy to keep in step.
@Suite("Common lexicon")
struct CommonLexiconTests {
    @Test("a month's short form added once is known to the date, place, casualty and group rules")
    func oneLineReachesEveryExtractor() throws {
        let copy = try LexiconCopy("places", tables: PlaceLexicon.tables)
        defer { copy.remove() }
        try copy.add("dates", tables: DateLexicon.tables)
        try copy.add("casualties", tables: CasualtyLexicon.tables)
        try copy.add("groups", tables: GroupPatterns.tables)
        let octo = try TextAnalyzer().analyze(Document(id: "t", text: "Octo"))
        func known(in gazetteers: GazetteerDirectory) throws -> [Bool] {
            [try DateLexicon(in: gazetteers).contains("octo", .month),
             try PlaceLexicon(in: gazetteers).calendarWords.contains("octo"),
             try CasualtyLexicon(in: gazetteers).flags(of: octo)[0].contains(.init(.date)),
             try GroupPatterns(in: gazetteers).stopWords.contains("octo")]
        }
        #expect(try known(in: copy.gazetteers) == [false, false, false, false])
        let calendar = try String(contentsOf: projectGazetteers.file("lexicons/common/calendar.tsv"), encoding: .utf8)
        _ = try copy.replace("common/calendar", with: calendar + "octo\tmonth\t10\tabbr\n")
        #expect(try known(in: copy.gazetteers) == [true, true, true, true])
    }

    @Test("a nationality added once is known to the place and group rules and the event linker")
    func oneNationalityReachesEveryReader() throws {
        let copy = try LexiconCopy("places", tables: PlaceLexicon.tables)
        defer { copy.remove() }
        try copy.add("groups", tables: GroupPatterns.tables)
        try FileManager.default.copyItem(at: projectGazetteers.file("lexicons/events.tsv"),
                                         to: copy.folder.appendingPathComponent("lexicons/events.tsv"))
        func known(in gazetteers: GazetteerDirectory) throws -> [Bool] {
            [try PlaceLexicon(in: gazetteers).demonyms.contains("ruritanian"),
             try GroupPatterns(in: gazetteers).states["ruritanian"] == "state",
             try EventLexicon(in: gazetteers).demonymCountry("ruritanian") == "XR"]
        }
        #expect(try known(in: copy.gazetteers) == [false, false, false])
        let demonyms = try String(contentsOf: projectGazetteers.file("lexicons/common/demonyms.tsv"), encoding: .utf8)
        _ = try copy.replace("common/demonyms", with: demonyms + "ruritanian\tXR\t-\n")
        #expect(try known(in: copy.gazetteers) == [true, true, true])
        // a people that is no state is never a state's
        _ = try copy.replace("common/demonyms", with: demonyms + "ruritanian\t-\t-\n")
        #expect(try known(in: copy.gazetteers) == [true, false, false])
        #expect(try EventLexicon(in: copy.gazetteers).stateless.contains("ruritanian"))
    }
}

/// The word classes whose flags are bits numbered by hand (`ordinal`): each class its own bit,
/// none skipped, all inside the flag type.
@Suite("Word-class bits")
struct WordClassBitTests {
    static func isDense(_ ordinals: [UInt64], within bits: Int) -> Bool {
        Set(ordinals) == Set((0..<UInt64(ordinals.count))) && ordinals.count <= bits
    }

    @Test func everyClassHasItsOwnBit() {
        typealias Bits = CasualtyLexicon.WordFlags
        #expect(Self.isDense(CasualtyLexicon.WordClass.allCases.map(\.ordinal), within: Int(Bits.victimBit)))
        let phraseOrdinals = CasualtyLexicon.PhraseClass.allCases.map(\.ordinal)
        #expect(Self.isDense(phraseOrdinals, within: Int(Bits.lastWordBit - Bits.firstWordBit)))
        #expect(Self.isDense(phraseOrdinals, within: 64 - Int(Bits.lastWordBit)))
        #expect(Bits.victimBit + 4 <= Bits.firstWordBit)  // three numbers and the phrase start
        #expect(Self.isDense(DateWord.Class.allCases.map { UInt64($0.ordinal) }, within: 32))
    }
}

/// The descriptor of each kind of entity is the one place the others read, and tells the truth.
@Suite("Dimensions")
struct DimensionTests {
    @Test("one dimension per type of the spec, named as the registry runs them")
    func oneEach() {
        #expect(Set(Dimension.standard.map(\.type)) == Set(EntityType.all))
        #expect(Dimension.standard.count == EntityType.all.count)
        #expect(ExtractorRegistry.standard.names == Dimension.standard.map(\.name))
        #expect(Scorer.valueAttributes == [.date: ["Value"], .casualty: ["Count", "Kind"], .place: ["Country"]])
        #expect(Set(Dimension.standard.map(\.style.cssClass)).count == 4)
    }

    @Test("every table a dimension names is in the gazetteer folder, and every table there is named")
    func tablesExist() throws {
        let named = Set(Dimension.standard.flatMap(\.tables))
        for file in named {
            #expect(FileManager.default.fileExists(atPath: projectGazetteers.file(file).path), "\(file)")
        }
        let lexicons = projectGazetteers.file("lexicons")
        let present = try FileManager.default.subpathsOfDirectory(atPath: lexicons.path)
            .filter { $0.hasSuffix(".tsv") && !$0.contains("/examples/") }.map { "lexicons/" + $0 }
        let unnamed = Set(present).subtracting(named).subtracting(["lexicons/events.tsv"])
        #expect(unnamed.isEmpty, "tables no dimension names: \(unnamed.sorted())")
    }
}
