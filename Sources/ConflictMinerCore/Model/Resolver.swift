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

    public func resolve(_ candidates: consuming [Entity]) -> [Entity] {
        // The order is sorted as plain numbers, not as entities: a comparison then reads no
        // string and a swap moves no entity. (A type's rank is found by comparing it with the
        // few of `typePriority`, cheaper than hashing its name.)
        // (the entities read by index: an iteration would copy each, retaining its strings)
        let ordered = candidates.indices.map { offset in
            Precedence(length: candidates[offset].length,
                       rank: typePriority.firstIndex(of: candidates[offset].type) ?? typePriority.count,
                       start: candidates[offset].start, offset: offset)
        }.sorted()
        // Code points already covered by an accepted entity, one bit each: an overlap test costs
        // the candidate's length, so the whole pass stays linear in the document.
        var extent = 0
        for offset in candidates.indices { extent = max(extent, candidates[offset].end) }
        var covered = BitArray(count: extent)
        var accepted = BitArray(count: candidates.count)
        for candidate in ordered where candidate.length > 0 && candidate.start >= 0 {
            let span = candidate.start..<(candidate.start + candidate.length)
            guard !span.contains(where: { covered[$0] }) else { continue }
            for point in span { covered[point] = true }
            accepted[candidate.offset] = true
        }
        // The accepted candidates, moved to the front in place (a copy would retain each of an
        // entity's strings), in the order of their starts: they do not overlap, so no two share one.
        var kept = 0
        for offset in candidates.indices where accepted[offset] {
            candidates.swapAt(kept, offset)
            kept += 1
        }
        candidates.removeLast(candidates.count - kept)
        candidates.sort { $0.start < $1.start }
        return candidates
    }

    /// A candidate's place in the order of precedence: longer first, then by type, then earlier,
    /// then listed first.
    private struct Precedence: Comparable {
        var length, rank, start, offset: Int

        static func < (a: Precedence, b: Precedence) -> Bool {
            if a.length != b.length { return a.length > b.length }
            if a.rank != b.rank { return a.rank < b.rank }
            if a.start != b.start { return a.start < b.start }
            return a.offset < b.offset
        }
    }
}
