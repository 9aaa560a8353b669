import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// Event linking on small synthetic texts (entities made by hand, so that only the linker is
/// tested), records, gold files and event scoring.
@Suite("Events")
struct EventTests {
    /// Made-up gazetteer places with their coordinates, by name.
    static let places: [String: PlaceValue] = [
        "Northland": PlaceValue(Place(id: "t:northland", name: "Northland", kind: .admin1, country: "XL")),
        "Westcity": PlaceValue(Place(id: "t:westcity", name: "Westcity", kind: .city, country: "XL", admin1: "Northland"),
                               coordinates: (10.5, 20.25)),
        "Easttown": PlaceValue(Place(id: "t:easttown", name: "Easttown", kind: .city, country: "XL", admin1: "Northland"),
                               coordinates: (11, 21)),
        "Farville": PlaceValue(Place(id: "t:farville", name: "Farville", kind: .city, country: "XM", admin1: "Southmark"),
                               coordinates: (1, 2)),
    ]

    /// The project's place words (border nouns).
    // swiftlint:disable:next force_try
    static let placeWords: PlaceLexicon = try! PlaceLexicon(in: projectGazetteers)

    /// The project's casualty words (for named victims and later deaths).
    // swiftlint:disable:next force_try
    static let casualties: CasualtyLexicon = try! CasualtyLexicon(in: projectGazetteers)

    /// The project's event vocabulary.
    // swiftlint:disable:next force_try
    static let lexicon: EventLexicon = try! EventLexicon(in: projectGazetteers)

    /// An entity over `needle` with a typed value, as the extractors make them.
    static func typed(_ entity: Entity, _ value: EntityValue) -> Entity {
        Entity(type: entity.type, start: entity.start, end: entity.end, text: entity.text, value: value)
    }

    static func date(_ needle: String, _ value: String, in text: String, occurrence: Int = 0) -> Entity {
        typed(HTMLTests.entity(.date, needle, in: text, occurrence: occurrence), .date(DateValue(timex: value)))
    }

    static func casualty(_ needle: String, _ count: Int, victims: String? = nil, kind: CasualtyKind = .killed,
                         qualifier: CountQualifier? = nil, in text: String, occurrence: Int = 0) -> Entity {
        typed(HTMLTests.entity(.casualty, needle, in: text, occurrence: occurrence),
              .casualty(CasualtyValue(count: count, kind: kind, qualifier: qualifier, victims: victims)))
    }

    /// A count `needle` at the start of the phrase `context` (`a` in `a major`).
    static func casualty(_ needle: String, _ count: Int, victims: String, at context: String, in text: String) -> Entity {
        let phrase = HTMLTests.entity(.casualty, context, in: text)
        return Entity(type: .casualty, start: phrase.start, end: phrase.start + needle.unicodeScalars.count, text: needle,
                      value: .casualty(CasualtyValue(count: count, kind: .killed, victims: victims)))
    }

    /// A place of `places`, or one the gazetteer lacks (in XL).
    static func place(_ needle: String, in text: String, occurrence: Int = 0) -> Entity {
        let value = places[needle] ?? PlaceValue(name: needle, country: "XL")
        return typed(HTMLTests.entity(.place, needle, in: text, occurrence: occurrence), .place(value))
    }

    static func group(_ needle: String, in text: String, occurrence: Int = 0) -> Entity {
        typed(HTMLTests.entity(.group, needle, in: text, occurrence: occurrence),
              .group(GroupValue(id: "tlf", name: "Testland Liberation Front")))
    }

    static func link(_ text: String, _ entities: [Entity], published: String = "2030-03-10") throws -> [EventRecord] {
        let analyzer = try TextAnalyzer()
        let document = Document(id: "doc", text: text, published: PublicationDate(parsing: published))
        let sorted = entities.sorted { $0.start < $1.start }
        return EventLinker(lexicon: lexicon, casualties: casualties, places: placeWords).events(in: AnnotatedDocument(document: document, entities: sorted), analyzer: analyzer)
    }

    @Test func aTotalOverTwoIncidentsIsNotCountedAgain() throws {
        let text = "On March 3, the army lost 10 soldiers in attacks in Northland Province. Gunmen killed seven troops at a checkpoint. "
            + "In another incident, three more soldiers and two militants were killed in a clash in Easttown."
        let events = try Self.link(text, [
            Self.date("March 3", "2030-03-03", in: text), Self.casualty("10", 10, victims: "soldiers", in: text),
            Self.place("Northland", in: text), Self.casualty("seven", 7, victims: "troops", in: text),
            Self.casualty("three", 3, victims: "soldiers", in: text), Self.casualty("two", 2, victims: "militants", in: text),
            Self.place("Easttown", in: text),
        ])
        #expect(events.count == 2)
        #expect(events.map(\.killed) == [7, 5])
        #expect(events.map(\.date) == ["2030-03-03", "2030-03-03"])
        #expect(events.map(\.place) == ["Northland", "Easttown"])
        #expect(events[0].dateSource == "paragraph")
        #expect(events[1].latitude == 11 && events[1].admin1 == "Northland" && events[1].geoPrecision == "town")
    }

    @Test func aCaptionAndAClaimLaterAreOneIncident() throws {
        let text = "Debris lies on a road after a blast in Westcity on March 8.\n\nOfficials met on Tuesday.\n\n"
            + "The TLF on March 8 claimed responsibility for the bombing in Northland that killed at least 12 people."
        let events = try Self.link(text, [
            Self.place("Westcity", in: text), Self.date("March 8", "2030-03-08", in: text),
            Self.date("Tuesday", "2030-03-05", in: text), Self.group("TLF", in: text),
            Self.date("March 8", "2030-03-08", in: text, occurrence: 1), Self.place("Northland", in: text),
            Self.casualty("at least 12", 12, victims: "people", qualifier: .atLeast, in: text),
        ])
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.killed == 12 && event.qualifier == "at_least")
        #expect(event.place == "Westcity" && event.country == "XL" && event.admin1 == "Northland")
        #expect(event.groups == ["Testland Liberation Front"])
        #expect(event.sources.count == 2)
        #expect(event.sources[0].text == "Debris lies on a road after a blast in Westcity on March 8.")
    }

    @Test func victimsOfDifferentClassesAddUpAndPartsDoNot() throws {
        let text = "On March 2, two police officers were killed in an attack in Westcity. All three attackers were killed. "
            + "The attackers belonged to the TLF.\nOn March 4, militants killed six soldiers, including a major, in Easttown."
        let events = try Self.link(text, [
            Self.date("March 2", "2030-03-02", in: text), Self.casualty("two", 2, victims: "police officers", in: text),
            Self.place("Westcity", in: text), Self.casualty("three", 3, victims: "attackers", in: text),
            Self.group("TLF", in: text), Self.date("March 4", "2030-03-04", in: text),
            Self.casualty("six", 6, victims: "soldiers", in: text), Self.casualty("a", 1, victims: "major", at: "a major", in: text),
            Self.place("Easttown", in: text),
        ])
        #expect(events.map(\.killed) == [5, 6])
        #expect(events[0].groups == ["Testland Liberation Front"])
        #expect(events[1].groups.isEmpty)
    }

    @Test func genericMentionsAndYearTotalsAreNotIncidents() throws {
        let text = "Families of victims of attacks met in Westcity on March 5. Militants have killed 30 civilians in Northland this year. "
            + "\nOn March 9 the TLF claimed that 4 of its fighters were killed."
        let events = try Self.link(text, [
            Self.place("Westcity", in: text), Self.date("March 5", "2030-03-05", in: text),
            Self.casualty("30", 30, victims: "civilians", in: text), Self.place("Northland", in: text),
            Self.date("this year", "2030", in: text), Self.date("March 9", "2030-03-09", in: text), Self.group("TLF", in: text),
            Self.casualty("4", 4, victims: "fighters", in: text),
        ])
        // Only the fighters' deaths are an incident, and the group that reports them is a side,
        // not the perpetrator.
        #expect(events.count == 1)
        #expect(events.first?.killed == 4)
        #expect(events.first?.date == "2030-03-09")
        #expect(events.first?.groups == ["Testland Liberation Front"])
        #expect(events.first?.actor1 != "Testland Liberation Front")
    }

    @Test func theOtherAttackTakesTheDateOfThePreviousParagraph() throws {
        let text = "Two attacks hit Northland on March 6. In the first, a soldier was killed in Westcity.\n\n"
            + "In the other attack, four soldiers died when a bomb struck their vehicle near Easttown."
        let events = try Self.link(text, [
            Self.place("Northland", in: text), Self.date("March 6", "2030-03-06", in: text),
            Self.casualty("a", 1, victims: "soldier", at: "a soldier", in: text), Self.place("Westcity", in: text),
            Self.casualty("four", 4, victims: "soldiers", in: text), Self.place("Easttown", in: text),
        ])
        #expect(events.map(\.killed) == [1, 4])
        #expect(events.map(\.date) == ["2030-03-06", "2030-03-06"])
        #expect(events.last?.dateSource == "context")
        #expect(events.last?.place == "Easttown")
    }

    @Test func aLocationMustBeWhereItHappened() throws {
        let text = "On March 1, 9 Pakistani soldiers were killed in an ambush that officials blamed on Farville-based groups."
        let events = try Self.link(text, [
            Self.date("March 1", "2030-03-01", in: text),
            Self.casualty("9", 9, victims: "Pakistani soldiers", in: text), Self.place("Farville", in: text),
        ])
        #expect(events.count == 1)
        #expect(events.first?.place == nil)
        #expect(events.first?.country == "PK")
        #expect(events.first?.geoPrecision == "victims")
    }

    /// The gazetteer's Farville is abroad; the text puts this one in Northland: a town the
    /// gazetteer lacks, in Northland's country.
    @Test func aTownThatContradictsItsProvinceIsAnotherTownInIt() throws {
        let text = "On March 7, gunmen shot 3 guards in Farville in Northland."
        let events = try Self.link(text, [
            Self.date("March 7", "2030-03-07", in: text), Self.casualty("3", 3, victims: "guards", in: text),
            Self.place("Farville", in: text), Self.place("Northland", in: text),
        ])
        #expect(events.first?.place == "Farville")
        #expect(events.first?.placeId == nil)
        #expect(events.first?.admin1 == "Northland")
        #expect(events.first?.country == "XL")
    }

    @Test func timexPrecision() {
        #expect(EventRecord.precision(ofTimex: "2024-11-09") == "day")
        #expect(EventRecord.precision(ofTimex: "2019-W16") == "week")
        #expect(EventRecord.precision(ofTimex: "2024-11") == "month")
        #expect(EventRecord.precision(ofTimex: "2024-11-XX") == "month")
        #expect(EventRecord.precision(ofTimex: "2024-SU") == "season")
        #expect(EventRecord.precision(ofTimex: "2024") == "year")
        #expect(EventRecord.precision(ofTimex: "199") == "decade")
        #expect(EventRecord.precision(ofTimex: "XXXX-11-09") == "none")
    }

    @Test func csvQuotesAndJSONLinesParseBack() throws {
        let record = EventRecord(id: "d-E1", document: "d", date: "2024-11-09", datePrecision: "day", place: "Quetta",
                                 country: "PK", geoPrecision: "town", groups: ["A, B", "C"], killed: 3,
                                 sources: [.init(start: 0, end: 9, text: "He said \"x\"\nthen")])
        let cells = record.csvRow
        #expect(cells.contains("\"A, B; C\""))
        #expect(cells.contains("\"He said \"\"x\"\" then\""))
        #expect(EventRecord.csvHeader.count == 28)
        let parsed = EventScoringInputs.predictions(jsonl: record.jsonLine, file: "p", documents: ["d"])
        #expect(parsed.problems.isEmpty)
        let event = parsed.byDocument["d"]?.first
        #expect(event?["date"] == .string("2024-11-09"))
        #expect(event?["country"] == .string("PK"))
        #expect(event?["killed"] == .int(3))
        #expect(event?["groups"] == .array([.string("A, B"), .string("C")]))
    }

    @Test func goldLinesAreValidated() {
        let text = """
            {"date": "2024-11", "country": "PK", "killed": 0}
            {"date": "2024-11", "country": "PK", "killed": true}
            {"date": null, "country": null, "killed": null, "place": null, "groups": null}
            {"country": "Pakistan", "killed": 2}
            {"date": "2024-11", "groups": "TLF"}
            not json
            [1]

            {}
            """
        let parsed = EventScoringInputs.jsonLines(text, file: "g")
        #expect(parsed.problems.map(\.line) == [6])
        let problems = parsed.values.filter { EventScoringInputs.goldProblem($0.value) != nil }.map(\.line)
        #expect(problems == [2, 4, 5, 7])
    }
}
