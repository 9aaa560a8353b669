/// Settles overlapping candidates from all extractors into one set of non-overlapping entities.
///
/// Precedence, in order:
/// 1. the longer span wins (so `Balochistan Liberation Army`, a GROUP, hides the PLACE
///    `Balochistan` inside it, and `early November` beats `November`);
/// 2. at equal length, the type that comes first in `typePriority` (GROUP, PLACE, DATE, CASUALTY:
///    a name is more specific than a pattern);
/// 3. at equal length and type, the earlier start, then the candidate listed first.
///
/// Identical candidates (same type and span) collapse into the first one.
public struct Resolver: Sendable {
    public var typePriority: [EntityType]

    public init(typePriority: [EntityType] = [.group, .place, .date, .casualty]) {
        self.typePriority = typePriority
    }

    public func resolve(_ candidates: [Entity]) -> [Entity] {
        let rank = { (type: EntityType) -> Int in typePriority.firstIndex(of: type) ?? typePriority.count }
        let ordered = candidates.enumerated().sorted { a, b in
            if a.element.length != b.element.length { return a.element.length > b.element.length }
            let ra = rank(a.element.type), rb = rank(b.element.type)
            if ra != rb { return ra < rb }
            if a.element.start != b.element.start { return a.element.start < b.element.start }
            return a.offset < b.offset
        }
        // Accepted spans, kept sorted by start, for an O(log n) overlap test.
        var accepted: [Entity] = []
        accepted.reserveCapacity(candidates.count)
        for (_, candidate) in ordered where candidate.length > 0 {
            var low = 0, high = accepted.count
            while low < high {
                let mid = (low + high) / 2
                if accepted[mid].start < candidate.start { low = mid + 1 } else { high = mid }
            }
            if low < accepted.count, accepted[low].start < candidate.end { continue }
            if low > 0, accepted[low - 1].end > candidate.start { continue }
            accepted.insert(candidate, at: low)
        }
        return accepted
    }
}
