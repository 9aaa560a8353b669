import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The PLACE extractor's example tables (`Tests/Examples/places.tsv`, `places-negative.tsv`), run
/// with the project's gazetteers (places, and groups for the names that hold place words).
enum PlaceFixture {
    /// The extractor as the pipeline builds it over `Gazetteers/` (places.tsv, and the people's
    /// names and division codes of `lexicons/`).
    static let project = Loaded("the place extractor over Gazetteers/") {
        try ExtractorRegistry.standard.makeAll(gazetteers: projectGazetteers, only: ["place"])[0] as! PlaceExtractor
    }
}

/// The PLACE entities of a text as the pipeline finds them: the place extractor together with the
/// group extractor, whose names win over the place words inside them (`Tehrik-e-Taliban Pakistan`,
/// `Al-Qaeda in the Arabian Peninsula`) when the resolver settles overlaps.
private func places(in text: String, with extractor: PlaceExtractor) throws -> [Entity] {
    let analyzer = try TextAnalyzer()
    let analyzed = analyzer.analyze(Document(id: "example", text: text))
    var entities = extractor.extract(from: analyzed)
    entities += try GroupFixture.project.get().extract(from: analyzed)
    return Resolver().resolve(entities).filter { $0.type == .place }
}

/// Checks one example row: the PLACE spans found are exactly the marked ones, in order, and each
/// carries the `Country` the `expected` column gives (`-` for none).
private func checkRow(_ row: ExampleTable.Row, with extractor: PlaceExtractor) throws {
    let found = try places(in: row.text, with: extractor)
    let got = found.map { "\($0.start)-\($0.end) \($0.text)" }
    let want = row.spans.map { "\($0.start)-\($0.end) \($0.text)" }
    #expect(got == want, "line \(row.line): found \(got), marked \(want)")
    guard got == want else { return }
    let expected = ExampleTable.items(row["expected"])
    #expect(expected.count == found.count,
            "line \(row.line): `expected` lists \(expected.count) countries for \(found.count) marked spans")
    for (entity, country) in zip(found, expected) {
        let actual = entity[attribute: "Country"] ?? "-"
        #expect(actual == country,
                "line \(row.line): \(entity.text) has Country \(actual) (\(entity[attribute: "Name"] ?? "?")), expected \(country)")
    }
}

@Suite("PLACE example tables")
struct PlaceExampleTests {
    @Test("places.tsv: the marked places, with their countries", arguments: ExampleTable.load("places.tsv"))
    func positive(_ row: ExampleTable.Row) throws {
        try checkRow(row, with: try PlaceFixture.project.get())
    }

    @Test("places-negative.tsv: only the marked spans are places", arguments: ExampleTable.load("places-negative.tsv"))
    func negative(_ row: ExampleTable.Row) throws {
        try checkRow(row, with: try PlaceFixture.project.get())
    }

    @Test("the tables are large enough")
    func sizes() {
        #expect(ExampleTable.load("places.tsv").count >= 150)
        #expect(ExampleTable.load("places-negative.tsv").count >= 150)
    }
}

@Suite("Person names")
struct PersonNamesTests {
    @Test func theBuiltListHoldsGivenNamesAndSurnames() throws {
        let people = try PersonNames(contentsOf: projectGazetteers.file("lexicons/people.tsv"))
        #expect(people.count > 20_000)
        #expect(people.contains("lincoln") && people.contains("mary") && !people.contains("quetta"))
    }

    @Test func aMalformedRowIsRefusedWithItsLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("people-\(UUID().uuidString).tsv")
        try "name\tkind\nmary\tgiven\nlincoln\tplace\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try PersonNames(contentsOf: url)
        } throws: { error in
            "\(error)".contains(":3") || (error as? GazetteerError)?.line == 3
        }
    }
}

@Suite("Country numbers")
struct CountryNumberingTests {
    static let places = [
        Place(id: "gn:1", name: "Afghanistan", kind: .country, country: "AF"),
        Place(id: "gn:2", name: "Zimbabwe", kind: .country, country: "ZW"),
        Place(id: "gn:3", name: "Sahel", kind: .region, country: nil),
        Place(id: "cur:x", name: "Somewhere", kind: .city, country: "XKX"),
        Place(id: "cur:y", name: "Elsewhere", kind: .city, country: "x1"),
        Place(id: "cur:z", name: "Again", kind: .city, country: "XKX"),
    ]

    @Test("codes numbered one to one, two letters by their place in the alphabet, others after them")
    func numbering() {
        let (numbering, numbers) = CountryNumbering.numbers(of: Self.places)
        #expect(numbers == [5, 25 * 26 + 22, -1, 676, 677, 676])
        #expect(numbering.count == 678)
        for (place, number) in zip(Self.places, numbers) where number >= 0 {
            #expect(numbering.code(number) == place.country)
        }
    }

    @Test("a gazetteer's own places numbered, and its team places found by their id prefix")
    func gazetteerNumbers() {
        let team = Place(id: UserLexicon.idPrefix + "x-af", name: "Teamtown", kind: .city, country: "AF")
        let gazetteer = PlaceGazetteer(places: Self.places + [team], aliases: [], analyzer: try! TextAnalyzer())
        #expect(gazetteer.countryNumbers[0] == gazetteer.countryNumbers[6])
        #expect((0..<7).filter { gazetteer.isTeamPlace($0) } == [6])
    }
}

@Suite("Division codes")
struct SubdivisionCodesTests {
    static let gazetteer = PlaceGazetteer(
        places: [Place(id: "gn:1", name: "Texas", kind: .admin1, country: "US"),
                 Place(id: "gn:2", name: "Austin", kind: .city, country: "US", admin1: "Texas")],
        aliases: [[], []], analyzer: try! TextAnalyzer())

    @Test func theBuiltTableHoldsIsoCodesAndPressForms() throws {
        let places = try PlaceGazetteer(contentsOf: projectGazetteers.file("places.tsv"), analyzer: TextAnalyzer())
        let codes = try SubdivisionCodes(in: projectGazetteers, places: places)
        #expect(codes.places(for: "TX").map { places.places[$0].name } == ["Texas"])
        #expect(codes.places(for: "B.C.").map { places.places[$0].name } == ["British Columbia"])
        #expect(codes.places(for: "tx").isEmpty)
    }

    @Test func aRowWhoseIdIsNoDivisionIsRefusedWithItsLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("codes-\(UUID().uuidString).tsv")
        try "code\tid\nTX\tgn:1\nAU\tgn:2\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try SubdivisionCodes(contentsOf: url, places: Self.gazetteer)
        } throws: { error in
            (error as? GazetteerError)?.line == 3
        }
    }
}
