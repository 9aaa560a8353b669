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
        // Code points already covered by an accepted entity, one bit each: an overlap test costs
        // the candidate's length, so the whole pass stays linear in the document.
        let extent = candidates.map(\.end).max() ?? 0
        var covered = [UInt64](repeating: 0, count: extent / 64 + 1)
        var accepted: [Entity] = []
        accepted.reserveCapacity(candidates.count)
        for (_, candidate) in ordered where candidate.length > 0 && candidate.start >= 0 {
            let span = candidate.start..<candidate.end
            guard !span.contains(where: { covered[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }) else { continue }
            for point in span { covered[point >> 6] |= 1 << UInt64(point & 63) }
            accepted.append(candidate)
        }
        return accepted.sorted { $0.start < $1.start }
    }
}
