import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline
import Foundation

/// True positives, false positives and false negatives, with the figures derived from them.
public struct MatchCounts: Sendable, Hashable {
    public var tp = 0, fp = 0, fn = 0

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: MatchCounts, b: MatchCounts) -> MatchCounts {
        MatchCounts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn)
    }
}

/// Value accuracy on strict matches: how many were judged, how many were right, how many skipped
/// because the gold entity lacks the attribute.
public struct ValueCounts: Sendable, Hashable {
    public var correct = 0, judged = 0, skipped = 0

    public var accuracy: Double? { judged == 0 ? nil : Double(correct) / Double(judged) }

    public static func + (a: ValueCounts, b: ValueCounts) -> ValueCounts {
        ValueCounts(correct: a.correct + b.correct, judged: a.judged + b.judged, skipped: a.skipped + b.skipped)
    }
}

/// All the counts for one document or a corpus, per type.
public struct ScoreCounts: Sendable {
    public var strict: [EntityType: MatchCounts] = [:]
    public var overlap: [EntityType: MatchCounts] = [:]
    public var value: [EntityType: ValueCounts] = [:]

    public init() {}

    public mutating func add(_ other: ScoreCounts) {
        for (type, counts) in other.strict { strict[type, default: MatchCounts()] = strict[type, default: MatchCounts()] + counts }
        for (type, counts) in other.overlap { overlap[type, default: MatchCounts()] = overlap[type, default: MatchCounts()] + counts }
        for (type, counts) in other.value { value[type, default: ValueCounts()] = value[type, default: ValueCounts()] + counts }
    }

    /// Micro-average over the given types.
    public func microStrict(_ types: [EntityType]) -> MatchCounts { types.reduce(MatchCounts()) { $0 + (strict[$1] ?? MatchCounts()) } }
    public func microOverlap(_ types: [EntityType]) -> MatchCounts { types.reduce(MatchCounts()) { $0 + (overlap[$1] ?? MatchCounts()) } }
    public func microValue(_ types: [EntityType]) -> ValueCounts { types.reduce(ValueCounts()) { $0 + (value[$1] ?? ValueCounts()) } }
}

/// One false positive, false negative or wrong value, for `--errors`.
public struct ScoringError: Sendable {
    public enum Kind: String, Sendable { case falsePositive = "FP", falseNegative = "FN", value = "VAL" }
    public var kind: Kind
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var text: String
    /// The entity of the other side that overlaps this one, if any.
    public var overlapping: (start: Int, end: Int, text: String)?
    /// For `.value`: the gold and predicted values.
    public var gold: String?
    public var predicted: String?
    /// For a false positive that does not fit the text.
    public var invalid: String?
}

/// Scores predicted entities against gold as the spec's Scoring section says.
public enum Scorer {
    /// The attributes whose values are scored on strict matches, for the types that have any
    /// (`Dimension.scoredAttributes`).
    public static let valueAttributes: [EntityType: [String]] = Dictionary(uniqueKeysWithValues:
        Dimension.standard.filter { !$0.scoredAttributes.isEmpty }.map { ($0.type, $0.scoredAttributes) })

    /// Scores one document. Invalid predictions never match and count as false positives;
    /// invalid gold entities are scored at their offsets.
    public static func score(gold: [BratEntity], predicted: [BratEntity], text: CodePoints,
                             types: [EntityType]) -> (counts: ScoreCounts, errors: [ScoringError]) {
        var counts = ScoreCounts()
        var errors: [ScoringError] = []
        func slice(_ start: Int, _ end: Int, fallback: String) -> String {
            0 <= start && start < end && end <= text.count ? text.slice(start, end) : fallback
        }
        for type in types {
            let g = gold.filter { $0.entity.type == type }
            let p = predicted.filter { $0.entity.type == type }
            let strictPairs = matchStrict(g, p)
            let overlapPairs = matchOverlap(g, p)
            counts.strict[type] = MatchCounts(tp: strictPairs.count, fp: p.count - strictPairs.count, fn: g.count - strictPairs.count)
            counts.overlap[type] = MatchCounts(tp: overlapPairs.count, fp: p.count - overlapPairs.count, fn: g.count - overlapPairs.count)
            if let attributes = valueAttributes[type] {
                var values = ValueCounts()
                for (i, j) in strictPairs {
                    let goldEntity = g[i].entity, predictedEntity = p[j].entity
                    guard attributes.allSatisfy({ goldEntity[attribute: $0] != nil }) else {
                        values.skipped += 1
                        continue
                    }
                    values.judged += 1
                    if valuesAgree(type, gold: goldEntity, predicted: predictedEntity) {
                        values.correct += 1
                    } else {
                        errors.append(ScoringError(
                            kind: .value, type: type, start: goldEntity.start, end: goldEntity.end,
                            text: slice(goldEntity.start, goldEntity.end, fallback: goldEntity.text),
                            gold: describe(attributes, of: goldEntity), predicted: describe(attributes, of: predictedEntity)))
                    }
                }
                counts.value[type] = values
            }
            let strictGold = Set(strictPairs.map(\.0)), strictPredicted = Set(strictPairs.map(\.1))
            let goldPartner = Dictionary(uniqueKeysWithValues: overlapPairs.map { ($0.0, $0.1) })
            let predictedPartner = Dictionary(uniqueKeysWithValues: overlapPairs.map { ($0.1, $0.0) })
            for (i, item) in g.enumerated() where !strictGold.contains(i) {
                let e = item.entity
                var error = ScoringError(kind: .falseNegative, type: type, start: e.start, end: e.end,
                                         text: slice(e.start, e.end, fallback: e.text))
                if let j = goldPartner[i] {
                    let q = p[j].entity
                    error.overlapping = (q.start, q.end, slice(q.start, q.end, fallback: q.text))
                }
                errors.append(error)
            }
            for (j, item) in p.enumerated() where !strictPredicted.contains(j) {
                let e = item.entity
                var error = ScoringError(kind: .falsePositive, type: type, start: e.start, end: e.end,
                                         text: slice(e.start, e.end, fallback: e.text), invalid: item.problem)
                if let i = predictedPartner[j] {
                    let q = g[i].entity
                    error.overlapping = (q.start, q.end, slice(q.start, q.end, fallback: q.text))
                }
                errors.append(error)
            }
        }
        errors.sort { ($0.start, $0.kind.rawValue) < ($1.start, $1.kind.rawValue) }
        return (counts, errors)
    }

    /// One-to-one pairs of gold and predicted entities with the same span.
    static func matchStrict(_ gold: [BratEntity], _ predicted: [BratEntity]) -> [(Int, Int)] {
        var free: [SpanKey: [Int]] = [:]
        for (j, p) in predicted.enumerated() where p.isValid {
            free[SpanKey(start: p.entity.start, end: p.entity.end), default: []].append(j)
        }
        var pairs: [(Int, Int)] = []
        for (i, g) in gold.enumerated() {
            let key = SpanKey(start: g.entity.start, end: g.entity.end)
            if var candidates = free[key], !candidates.isEmpty {
                pairs.append((i, candidates.removeFirst()))
                free[key] = candidates
            }
        }
        return pairs
    }

    /// One-to-one pairs of overlapping entities, greedy by largest overlap (ties: larger
    /// overlap/union ratio, earlier gold start, earlier prediction start, file order).
    static func matchOverlap(_ gold: [BratEntity], _ predicted: [BratEntity]) -> [(Int, Int)] {
        struct Candidate { let overlap: Int; let ratio: Double; let goldStart: Int; let predictedStart: Int; let i: Int; let j: Int }
        var candidates: [Candidate] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() where p.isValid {
                let overlap = min(g.entity.end, p.entity.end) - max(g.entity.start, p.entity.start)
                if overlap > 0 {
                    let union = max(g.entity.end, p.entity.end) - min(g.entity.start, p.entity.start)
                    candidates.append(Candidate(overlap: overlap, ratio: Double(overlap) / Double(union),
                                                goldStart: g.entity.start, predictedStart: p.entity.start, i: i, j: j))
                }
            }
        }
        candidates.sort {
            if $0.overlap != $1.overlap { return $0.overlap > $1.overlap }
            if $0.ratio != $1.ratio { return $0.ratio > $1.ratio }
            if $0.goldStart != $1.goldStart { return $0.goldStart < $1.goldStart }
            if $0.predictedStart != $1.predictedStart { return $0.predictedStart < $1.predictedStart }
            if $0.i != $1.i { return $0.i < $1.i }
            return $0.j < $1.j
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.i) && !usedPredicted.contains(candidate.j) {
            usedGold.insert(candidate.i)
            usedPredicted.insert(candidate.j)
            pairs.append((candidate.i, candidate.j))
        }
        return pairs
    }

    static func valuesAgree(_ type: EntityType, gold: Entity, predicted: Entity) -> Bool {
        func trimmed(_ value: String?) -> String? { value?.trimmingCharacters(in: .whitespaces) }
        switch type {
        case .date:
            return trimmed(predicted[attribute: "Value"]) ?? "" == trimmed(gold[attribute: "Value"])
        case .casualty:
            guard let count = predicted[attribute: "Count"], let kind = predicted[attribute: "Kind"] else { return false }
            return normalizedCount(count) == normalizedCount(gold[attribute: "Count"] ?? "")
                && kind.trimmingCharacters(in: .whitespaces).lowercased()
                == (gold[attribute: "Kind"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        case .place:
            return (trimmed(predicted[attribute: "Country"]) ?? "").uppercased() == (trimmed(gold[attribute: "Country"]) ?? "").uppercased()
        default:
            return true
        }
    }

    private static func normalizedCount(_ text: String) -> String {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if let number = Int(cleaned) { return String(number) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func describe(_ attributes: [String], of entity: Entity) -> String {
        attributes.map { "\($0)=\(entity[attribute: $0] ?? "<none>")" }.joined(separator: " ")
    }

    private struct SpanKey: Hashable { let start: Int; let end: Int }
}
