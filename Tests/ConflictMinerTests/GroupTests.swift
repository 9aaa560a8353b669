import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The GROUP extractor's example tables (`Tests/Examples/groups.tsv`, `groups-negative.tsv`),
/// run with the project's gazetteer, and rule tests that bring their own small gazetteer.
enum GroupFixture {
    /// The project's name patterns (`Gazetteers/lexicons/groups/`).
    static let patterns = Loaded("Gazetteers/lexicons/groups/*.tsv") { try GroupPatterns(in: projectGazetteers) }

    /// The extractor over `Gazetteers/groups.tsv`.
    static let project = Loaded("Gazetteers/groups.tsv") {
        let tables = try GroupFixture.patterns.get()
        return GroupExtractor(gazetteer: try GroupGazetteer(contentsOf: projectGazetteers.file("groups.tsv"), analyzer: try TextAnalyzer(),
                                                            patterns: tables), patterns: tables)
    }

    /// An extractor over a few groups given inline, for tests that must not depend on the data.
    static func small(_ rows: [(id: String, name: String, aliases: [String], acronyms: [String])]) throws -> GroupExtractor {
        let groups = rows.map { ArmedGroup(id: $0.id, name: $0.name, aliases: $0.aliases, acronyms: $0.acronyms, countries: []) }
        let patterns = try GroupFixture.patterns.get()
        return GroupExtractor(gazetteer: GroupGazetteer(groups: groups, analyzer: try TextAnalyzer(), patterns: patterns), patterns: patterns)
    }

    static let tiny: GroupExtractor = {
        // swiftlint:disable:next force_try
        try! small([
            ("baloch-liberation-army", "Baloch Liberation Army", ["Balochistan Liberation Army"], ["BLA"]),
            ("islamic-state", "Islamic State", ["Daesh"], ["IS", "ISIS", "ISIL"]),
            ("houthis", "Houthis", ["Ansar Allah"], []),
            ("jemaah-islamiyah", "Jemaah Islamiyah", [], ["JI"]),
            ("maute", "Maute group", [], []),
            ("the-base", "The Base", [], []),
        ])
    }()
}

/// Checks one example row: the GROUP spans found are exactly the marked ones, in order, and each
/// carries `Id` and `Name` that agree with the `expected` column.
private func checkRow(_ row: ExampleTable.Row, with extractor: GroupExtractor) throws {
    let found = try extract(extractor, from: row.text).filter { $0.type == .group }
    let got = found.map { "\($0.start)-\($0.end) \($0.text)" }
    let want = row.spans.map { "\($0.start)-\($0.end) \($0.text)" }
    #expect(got == want, "line \(row.line): found \(got), marked \(want)")
    guard got == want else { return }
    let expected = ExampleTable.items(row["expected"])
    #expect(expected.count == found.count,
            "line \(row.line): `expected` lists \(expected.count) groups for \(found.count) marked spans")
    for entity in found {
        #expect(entity[attribute: "Id"]?.isEmpty == false && entity[attribute: "Name"]?.isEmpty == false,
                "line \(row.line): \(entity.text) lacks Id or Name")
    }
    for (entity, identity) in zip(found, expected) where identity != "*" {
        #expect(isIdentity(identity, of: entity, in: extractor.gazetteer),
                "line \(row.line): \(entity.text) is \(entity[attribute: "Id"] ?? "?") / \(entity[attribute: "Name"] ?? "?"), expected \(identity)")
    }
}

/// True when `identity` (an id, or any name or acronym of the group) names the entity's group.
private func isIdentity(_ identity: String, of entity: Entity, in gazetteer: GroupGazetteer) -> Bool {
    let wanted = identity.lowercased()
    let id = entity[attribute: "Id"] ?? ""
    if wanted == id.lowercased() || wanted == entity[attribute: "Name"]?.lowercased() { return true }
    guard let group = gazetteer.groups.first(where: { $0.id == id }) else { return false }
    return ([group.name] + group.aliases + group.acronyms).contains { $0.lowercased() == wanted }
}

@Suite("GROUP example tables")
struct GroupExampleTests {
    @Test("groups.tsv: the marked groups, with their identities", arguments: ExampleTable.load("groups.tsv"))
    func positive(_ row: ExampleTable.Row) throws {
        try checkRow(row, with: try GroupFixture.project.get())
    }

    @Test("groups-negative.tsv: only the marked spans are groups", arguments: ExampleTable.load("groups-negative.tsv"))
    func negative(_ row: ExampleTable.Row) throws {
        try checkRow(row, with: try GroupFixture.project.get())
    }

    @Test("the tables are large enough")
    func sizes() {
        #expect(ExampleTable.load("groups.tsv").count >= 170)
        #expect(ExampleTable.load("groups-negative.tsv").count >= 160)
    }
}

@Suite("GROUP rules")
struct GroupRuleTests {
    private func groups(_ text: String, _ extractor: GroupExtractor = GroupFixture.tiny) throws -> [Entity] {
        try extract(extractor, from: text).filter { $0.type == .group }
    }

    @Test("the pattern tables parse")
    func tables() throws {
        let patterns = try GroupFixture.patterns.get()
        #expect(patterns.prefixes["lashkar"] == .particle)
        #expect(patterns.qualifiers["liberation"]?.heads.contains("army") == true)
        #expect(patterns.namedHeads["brigade"] != nil)
        #expect(patterns.stopWords.contains("the"))
        #expect(patterns.exclusions.contains("Frontier Corps"))
        #expect(patterns.nonGroupWords.contains("party"))
    }

    @Test("a pattern-found name has a text: id and its name as written")
    func patternIdentity() throws {
        let found = try groups("Fighters of the Makran Liberation Front ambushed a convoy.")
        #expect(found.map(\.text) == ["Makran Liberation Front"])
        #expect(found.first?[attribute: "Id"] == "text:makran liberation front")
        #expect(found.first?[attribute: "Name"] == "Makran Liberation Front")
    }

    @Test("spelling variants of a pattern-found name share an id")
    func variantIdentity() throws {
        let found = try groups("Jaish-ul-Falah claimed it; a Jaish al-Falah commander denied it.")
        #expect(found.map(\.text) == ["Jaish-ul-Falah", "Jaish al-Falah"])
        #expect(Set(found.compactMap { $0[attribute: "Id"] }) == ["text:jaish al falah"])
    }

    @Test("an unknown name defined with its acronym teaches both for the document")
    func definedAcronym() throws {
        let text = "The Gedrosia Raaji Sangar (GRS) claimed the blast. GRS fighters later withdrew."
        let found = try groups(text)
        #expect(found.map(\.text) == ["Gedrosia Raaji Sangar", "GRS", "GRS"])
        #expect(Set(found.compactMap { $0[attribute: "Id"] }) == ["text:gedrosia raaji sangar"])
    }

    @Test("a defined acronym's letters: a particle may give its initial or be passed over")
    func acronymInitials() throws {
        let found = try groups("Fighters of the Army of Gondwana Liberation (AOGL) attacked a post. "
            + "The Front for the Liberation of Gondwana (FLG) denied a role.")
        #expect(found.map(\.text) == ["Army of Gondwana Liberation", "AOGL", "Front for the Liberation of Gondwana", "FLG"])
        #expect(try groups("Fighters of the Army of Gondwana Liberation (AGXL) attacked a post.").map(\.text)
            .contains("AGXL") == false)
    }

    @Test("an acronym defined before its name")
    func acronymFirst() throws {
        let found = try groups("Police blamed the KRF (Kohistan Resistance Front) for the ambush.")
        #expect(found.map(\.text) == ["KRF", "Kohistan Resistance Front"])
    }

    @Test("a gazetteer acronym that the document defines for a party is not a group there")
    func suppressedAcronym() throws {
        let found = try groups("Leaders of the Jamaat-e-Islami (JI) marched in Lahore. JI has denied any role.")
        #expect(found.isEmpty)
    }

    @Test("a gazetteer acronym keeps its meaning elsewhere")
    func acronymElsewhere() throws {
        let found = try groups("Indonesian police arrested three JI members in Java.")
        #expect(found.map(\.text) == ["JI"])
        #expect(found.first?[attribute: "Id"] == "jemaah-islamiyah")
    }

    @Test("a headline-only pattern name is dropped, a body one kept")
    func headlines() throws {
        #expect(try groups("Makran Liberation Front Claims Attack\n\nNo group has claimed it.").isEmpty)
        let both = try groups("Makran Liberation Front Claims Attack\n\nThe Makran Liberation Front claimed it.")
        #expect(both.map(\.text) == ["Makran Liberation Front", "Makran Liberation Front"])
    }

    @Test("an acronym that is an English word is not a group in an all-capitals headline")
    func allCapsAcronym() throws {
        #expect(try groups("WHO IS BEHIND THE QUETTA BOMBING\n\nOfficials gave no details.").isEmpty)
        #expect(try groups("IS claimed the bombing.").map(\.text) == ["IS"])
    }

    @Test("gazetteer names: leading the and lower-case generic words stay outside the span")
    func gazetteerSpans() throws {
        let found = try groups("The Base recruited online, the Maute group regrouped and a Houthi militia advanced.")
        #expect(found.map(\.text) == ["Base", "Maute", "Houthi"])
        #expect(try groups("They attacked the base at dawn.").isEmpty)
    }

    @Test("state forces, parties and media fitting a pattern are refused")
    func exclusions() throws {
        let text = "The Pakistan Army, the Frontier Corps, the Balochistan National Party and Amaq News Agency spoke."
        #expect(try groups(text).isEmpty)
        #expect(try groups("China's People's Liberation Army held drills.").isEmpty)
    }
}

/// How the group gazetteer keys its names at load.
@Suite("Group gazetteer keys")
struct GroupGazetteerKeyTests {
    @Test("a name split without an analysis has the key and match keys an analysis gives it")
    func fastKeysAgree() throws {
        let analyzer = try TextAnalyzer()
        let table = try TSVTable(contentsOf: projectGazetteers.file("groups.tsv"), requiredColumns: ["name", "aliases"])
        let names = table.rows.flatMap { row in
            GroupGazetteer.variants(of: [row.cells[table.column("name")]] + TSVTable.list(row.cells[table.column("aliases")]))
        }
        var fast = 0
        for name in names {
            guard let keys = PhraseMatcher<Int>.fastKeys(of: name, analyzer: analyzer) else { continue }
            fast += 1
            #expect(keys.joined(separator: " ") == GroupGazetteer.key(name, analyzer: analyzer), "\(name)")
            let analyzed = analyzer.analyze(Document(id: "", text: name))
            #expect(keys == analyzed.tokens.indices.compactMap {
                PhraseMatcher<Int>.isSkippable($0, in: analyzed) ? nil : PhraseMatcher<Int>.matchKey(analyzed.keys[$0])
            }, "\(name)")
        }
        #expect(fast * 2 > names.count, "most names take the fast split")
    }

    @Test("the owner before a possessive", arguments: [
        ("Northern Front's Coastal Wing", "Northern Front"), ("Northern Front’s Hill Wing", "Northern Front"),
        ("A’s b's c", "A’s b"), ("Jama'at Nusrat", nil), ("Northern Front's", nil), ("Northern Front", nil),
    ] as [(String, String?)])
    func possessor(name: String, owner: String?) {
        #expect(GroupGazetteer.possessor(in: name).map(String.init) == owner)
    }
}
