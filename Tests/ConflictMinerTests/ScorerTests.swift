import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

@Suite("Scorer")
struct ScorerTests {
    let text = CodePoints(String(repeating: "abcdefghij", count: 10))

    func brat(_ id: String, _ type: EntityType, _ start: Int, _ end: Int, _ attributes: [Attribute] = [], problem: String? = nil) -> BratEntity {
        BratEntity(id: id, entity: Entity(type: type, start: start, end: end, text: text.slice(start, end), attributes: attributes), problem: problem)
    }

    @Test func strictOverlapAndValues() {
        let gold = [
            brat("T1", .date, 0, 10, [Attribute("Value", "2024-11-09")]),
            brat("T2", .date, 20, 30, [Attribute("Value", "2024-11")]),
            brat("T3", .place, 40, 46, [Attribute("Country", "PK")]),
            brat("T4", .casualty, 50, 52, [Attribute("Count", "26"), Attribute("Kind", "killed")]),
            brat("T5", .place, 60, 66),
        ]
        let predicted = [
            brat("T1", .date, 0, 10, [Attribute("Value", "2024-11-09")]),     // strict, right value
            brat("T2", .date, 22, 30, [Attribute("Value", "2024-11")]),       // overlap only
            brat("T3", .place, 40, 46, [Attribute("Country", "pk")]),         // strict, value right (case)
            brat("T4", .casualty, 50, 52, [Attribute("Count", "2,6"), Attribute("Kind", "Killed")]),  // "2,6" → 26
            brat("T5", .place, 60, 66, [Attribute("Country", "IR")]),         // gold lacks Country: skipped
            brat("T6", .group, 70, 75),                                        // FP
            brat("T7", .place, 40, 46, [Attribute("Country", "PK")]),         // duplicate: FP
        ]
        let (counts, errors) = Scorer.score(gold: gold, predicted: predicted, text: text, types: EntityType.all)
        #expect(counts.strict[.date] == MatchCounts(tp: 1, fp: 1, fn: 1))
        #expect(counts.overlap[.date] == MatchCounts(tp: 2, fp: 0, fn: 0))
        #expect(counts.strict[.place] == MatchCounts(tp: 2, fp: 1, fn: 0))
        #expect(counts.value[.place] == ValueCounts(correct: 1, judged: 1, skipped: 1))
        #expect(counts.value[.casualty] == ValueCounts(correct: 1, judged: 1, skipped: 0))
        #expect(counts.strict[.group] == MatchCounts(tp: 0, fp: 1, fn: 0))
        #expect(counts.microStrict(EntityType.all) == MatchCounts(tp: 4, fp: 3, fn: 1))
        #expect(errors.filter { $0.kind == .falsePositive }.count == 3)
    }

    @Test func invalidPredictionsNeverMatch() {
        let gold = [brat("T1", .place, 40, 46, [Attribute("Country", "PK")])]
        let predicted = [brat("T1", .place, 40, 46, [Attribute("Country", "PK")], problem: "covered text differs")]
        let (counts, errors) = Scorer.score(gold: gold, predicted: predicted, text: text, types: [.place])
        #expect(counts.strict[.place] == MatchCounts(tp: 0, fp: 1, fn: 1))
        #expect(counts.overlap[.place] == MatchCounts(tp: 0, fp: 1, fn: 1))
        #expect(errors.contains { $0.invalid != nil })
    }

    @Test func overlapIsOneToOneGreedyByLargestOverlap() {
        let gold = [brat("T1", .date, 0, 10), brat("T2", .date, 8, 20)]
        let predicted = [brat("P1", .date, 5, 18)]
        let (counts, _) = Scorer.score(gold: gold, predicted: predicted, text: text, types: [.date])
        #expect(counts.overlap[.date] == MatchCounts(tp: 1, fp: 0, fn: 1))
        #expect(Scorer.matchOverlap(gold, predicted).map(\.0) == [1])
    }

    @Test func valueOfAPredictionWithoutTheAttributeIsWrong() {
        let gold = [brat("T1", .date, 0, 10, [Attribute("Value", "2024")])]
        let (counts, _) = Scorer.score(gold: gold, predicted: [brat("P1", .date, 0, 10)], text: text, types: [.date])
        #expect(counts.value[.date] == ValueCounts(correct: 0, judged: 1, skipped: 0))
    }
}
