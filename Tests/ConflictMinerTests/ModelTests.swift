import PropertyBased
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

@Suite("Resolver")
struct ResolverTests {
    func entity(_ type: EntityType, _ start: Int, _ end: Int) -> Entity {
        Entity(type: type, start: start, end: end, text: String(repeating: "x", count: end - start))
    }

    @Test func longestSpanWins() {
        let resolved = Resolver().resolve([entity(.place, 0, 11), entity(.group, 0, 27), entity(.date, 30, 40)])
        #expect(resolved == [entity(.group, 0, 27), entity(.date, 30, 40)])
    }

    @Test func typePriorityBreaksTies() {
        #expect(Resolver().resolve([entity(.casualty, 5, 9), entity(.date, 5, 9)]) == [entity(.date, 5, 9)])
        #expect(Resolver().resolve([entity(.place, 5, 9), entity(.group, 5, 9)]) == [entity(.group, 5, 9)])
    }

    @Test func identicalCandidatesCollapseAndOutputIsSorted() {
        let resolved = Resolver().resolve([entity(.date, 20, 25), entity(.place, 0, 4), entity(.date, 20, 25), entity(.place, 10, 14)])
        #expect(resolved == [entity(.place, 0, 4), entity(.place, 10, 14), entity(.date, 20, 25)])
    }

    @Test("the kept candidates are those a plain greedy pass keeps, in the order of their starts")
    func sameAsAGreedyPass() async {
        let types: [EntityType] = [.date, .casualty, .place, .group]
        let candidate = Gen.int(in: 0...3).array(of: 3...3).map { picks in (picks[0], picks[1] * 3 + picks[2]) }
        await propertyCheck(count: 300, input: Gen.int(in: 0...40).array(of: 0...30), candidate.array(of: 30...30)) {
            (starts: [Int], shapes: [(Int, Int)]) in
            let candidates = zip(starts, shapes).map { start, shape in entity(types[shape.0], start, start + shape.1 + 1) }
            // longer first, then by type, then earlier, then listed first; kept unless it overlaps one kept
            let ranked = candidates.indices.sorted { a, b in
                let x = candidates[a], y = candidates[b]
                if x.end - x.start != y.end - y.start { return x.end - x.start > y.end - y.start }
                let rank = { (type: EntityType) in Resolver().typePriority.firstIndex(of: type)! }
                if rank(x.type) != rank(y.type) { return rank(x.type) < rank(y.type) }
                return x.start != y.start ? x.start < y.start : a < b
            }
            var kept: [Entity] = []
            for index in ranked where !kept.contains(where: { $0.start < candidates[index].end && candidates[index].start < $0.end }) {
                kept.append(candidates[index])
            }
            #expect(Resolver().resolve(candidates) == kept.sorted { $0.start < $1.start })
        }
    }

    @Test func partialOverlapsAreSettled() {
        let resolved = Resolver().resolve([entity(.date, 0, 5), entity(.date, 3, 9), entity(.casualty, 8, 12)])
        #expect(resolved == [entity(.date, 3, 9)])
    }
}

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    let analyzer = try! TextAnalyzer()

    func matches(_ phrases: [String], in text: String) -> [String] {
        var matcher = PhraseMatcher<String>()
        for phrase in phrases { matcher.add(phrase, payload: phrase, analyzer: analyzer) }
        let analyzed = analyzer.analyze(Document(id: "t", text: text))
        let found = matcher.matches(in: analyzed).map { analyzed.surface($0.tokens) }
        // The same through a vocabulary that extends the trie's symbols with words of other
        // tables (one written with an apostrophe): token ids give the same matches as keys.
        var vocabulary = Vocabulary(extending: matcher.tables.symbols)
        for word in ["jama'at", "village", "el"] { vocabulary.add(word) }
        let map = matcher.symbolMap(for: &vocabulary)
        let viaIDs = matcher.matches(in: analyzed, words: (vocabulary.ids(of: analyzed), map)).map { analyzed.surface($0.tokens) }
        #expect(viaIDs == found)
        return found
    }

    @Test func longestMatchWins() {
        #expect(matches(["Baloch", "Baloch Liberation Army"], in: "the Baloch Liberation Army said") == ["Baloch Liberation Army"])
    }

    @Test func hyphensSpacesParticlesAndApostrophesFold() {
        #expect(matches(["Jaish al-Adl"], in: "Jaish-ul-Adl and Jaish el Adl") == ["Jaish-ul-Adl", "Jaish el Adl"])
        #expect(matches(["Lashkar-e-Taiba"], in: "Lashkar-i-Taiba") == ["Lashkar-i-Taiba"])
        #expect(matches(["Jama'at Nusrat al-Islam wal-Muslimin"], in: "Jamaat Nusrat al Islam wal Muslimin") == ["Jamaat Nusrat al Islam wal Muslimin"])
        #expect(matches(["Jamaat Nusrat al-Islam"], in: "Jama'at Nusrat ul Islam, Ja'maat Nusrat al-Islam") ==
                ["Jama'at Nusrat ul Islam", "Ja'maat Nusrat al-Islam"])
    }

    @Test("payloads added in turn to several phrases come out per phrase, in order, grouped or not")
    func payloadsGrouped() {
        var matcher = PhraseMatcher<Int>()
        for (index, phrase) in ["Upper Dir", "Dir", "Upper Dir", "Swat", "Dir", "Upper Dir"].enumerated() {
            matcher.add(phrase, payload: index, analyzer: analyzer)
        }
        let analyzed = analyzer.analyze(Document(id: "t", text: "From Upper Dir to Swat and Dir."))
        func found(_ matcher: PhraseMatcher<Int>) -> [[Int]] { matcher.matches(in: analyzed).map { Array($0.payloads) } }
        #expect(found(matcher) == [[0, 2, 5], [3], [1, 4]])
        var grouped = matcher
        grouped.groupPayloads()
        #expect(grouped.payloads == [0, 2, 5, 1, 4, 3])
        #expect(found(grouped) == found(matcher))
    }

    @Test func possessiveEndsAMatchAndLineBreaksStopIt() {
        #expect(matches(["Pakistan"], in: "Pakistan's army") == ["Pakistan"])
        #expect(matches(["North Waziristan"], in: "North\nWaziristan") == [])
    }
}

@Suite("Typed entity values")
struct EntityValueTests {
    static let values: [(EntityType, EntityValue)] = [
        (.date, .date(DateValue(timex: "2024-11", modifier: .start))),
        (.casualty, .casualty(CasualtyValue(count: 12, kind: .injured, qualifier: .atLeast, victims: "police officers"))),
        (.casualty, .casualty(CasualtyValue(count: 3, kind: .abducted))),
        (.group, .group(GroupValue(id: "tlf", name: "Testland Liberation Front"))),
        (.place, .place(PlaceValue(name: "Bakori", country: "NG"))),
    ]

    /// What a file keeps of an entity (its attributes) reads back as the same value.
    @Test(arguments: values.indices)
    func attributesReadBackAsTheValue(_ index: Int) {
        let (type, value) = Self.values[index]
        let written = Entity(type: type, start: 0, end: 4, text: "text", value: value)
        let fromFile = Entity(type: type, start: 0, end: 4, text: "text", attributes: written.attributes)
        #expect(fromFile.value == nil)
        #expect(fromFile.typed.value == value)
    }

    @Test func aGazetteerPlaceWritesItsCountryIdAndName() {
        let place = Place(id: "gn:1", name: "Quetta", kind: .city, country: "PK", admin1: "Balochistan")
        let entity = Entity(type: .place, start: 0, end: 6, text: "Quetta", value: .place(PlaceValue(place)))
        #expect(entity.attributes == [Attribute("Country", "PK"), Attribute("Id", "gn:1"), Attribute("Name", "Quetta")])
        #expect(entity.placeValue?.admin1 == "Balochistan")
    }

    /// Attributes follow the value until they are set; the tidy step single-spaces what they
    /// copy (a name written across a line break) and leaves clean values untouched.
    @Test func attributesFollowTheValueUntilSetAndAreTidied() {
        var entity = Entity(type: .group, start: 0, end: 9, text: "Testland  Front",
                            value: .group(GroupValue(id: nil, name: "Testland \n Front")))
        entity.tidyAttributeStrings { Pipeline.mayNeedSpacing($0) ? Pipeline.singleSpaced($0) : nil }
        #expect(entity.attributes == [Attribute("Name", "Testland Front")])
        #expect(entity.groupValue?.name == "Testland Front")
        entity[attribute: "Name"] = "Other Front"
        entity.value = .group(GroupValue(id: "x", name: "Ignored"))
        #expect(entity.attributes == [Attribute("Name", "Other Front")])
        let clean = Entity(type: .place, start: 0, end: 6, text: "Bakori", value: .place(PlaceValue(name: "Bakori", country: "NG")))
        var tidied = clean
        tidied.tidyAttributeStrings { Pipeline.mayNeedSpacing($0) ? Pipeline.singleSpaced($0) : nil }
        #expect(tidied == clean)
    }

    /// The control-character test reads UTF-8 bytes; it must agree with the scalars' own
    /// definition (C0, DEL, C1, U+2028, U+2029) for every scalar up to U+2FFFF, alone and inside a text.
    @Test func controlCharactersAreFoundInTheirUTF8() {
        func byScalars(_ text: String) -> Bool {
            text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }
        }
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x2FFFF {  // (every length of UTF-8; the planes above repeat the last)
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(scalar), inside = "a" + alone + "é"
            if Pipeline.holdsControlCharacter(alone) != byScalars(alone)
                || Pipeline.holdsControlCharacter(inside) != byScalars(inside) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
        #expect(Pipeline.holdsControlCharacter("North\u{85}ern") && !Pipeline.holdsControlCharacter("Northern Â€"))
    }

    @Test func malformedAttributesGiveNoValue() {
        let entity = Entity(type: .casualty, start: 0, end: 3, text: "six", attributes: [Attribute("Count", "six")])
        #expect(entity.typed.value == nil)
    }
}
