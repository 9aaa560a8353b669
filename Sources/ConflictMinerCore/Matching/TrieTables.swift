/// The storage of a `PhraseMatcher`'s trie: interned token keys (`SymbolTable`), edges and
/// terminal nodes, all in flat arrays of plain values.
///
/// An open-addressing hash table (linear probing, a power-of-two size, at most half full) maps a
/// `(node, symbol)` pair to the child node. Nothing in here is a reference or a `String`, so a
/// compiled gazetteer is written and read back as raw bytes (`BinaryArchive`) instead of being
/// rebuilt name by name.
@usableFromInline package struct TrieTables: Sendable, Equatable {
    /// The token keys phrases use, each a symbol.
    package var symbols = SymbolTable()

    /// Hash slots of edges: the key `node << 32 | symbol` (or `emptyEdge`) and the child node.
    @usableFromInline var edgeKeys: [UInt64] = Array(repeating: TrieTables.emptyEdge, count: 64)
    @usableFromInline var edgeTargets: [Int32] = Array(repeating: 0, count: 64)
    var edgeCount = 0

    /// Per node, the first and last index of its payload list, or -1 (node 0 is the root).
    var nodeFirstPayload: [Int32] = [-1]
    var nodeLastPayload: [Int32] = [-1]
    /// Per payload, the next payload of the same node, or -1.
    var payloadNext: [Int32] = []
    /// Whether each node's payloads are consecutive, in order (every `payloadNext` is -1 or the
    /// next index): a node's payloads are then those from its first to its last. Kept by
    /// `appendPayload` and `groupPayloads`; read again from `payloadNext` by `checkPayloadOrder`.
    private(set) var payloadsAreConsecutive = true

    @inlinable static var emptyEdge: UInt64 { UInt64.max }

    var symbolCount: Int { symbols.count }
    var nodeCount: Int { nodeFirstPayload.count }
    var terminalCount: Int { nodeFirstPayload.lazy.filter { $0 >= 0 }.count }

    // MARK: Lookup

    /// The symbol of a key, if some phrase uses it.
    func symbol(_ key: String) -> Int32? {
        symbols.symbol(key)
    }

    /// The child of `node` along `symbol`, if there is one.
    @inlinable func next(_ node: Int32, _ symbol: Int32) -> Int32? {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let stored = edgeKeys[slot]
            if stored == key { return edgeTargets[slot] }
            if stored == Self.emptyEdge { return nil }
            slot = (slot + 1) & mask
        }
    }

    func firstPayload(of node: Int32) -> Int32 {
        nodeFirstPayload[Int(node)]
    }

    func lastPayload(of node: Int32) -> Int32 {
        nodeLastPayload[Int(node)]
    }

    /// Whether every index in the tables points inside them: checked on a compiled file before
    /// use, so that no file, however damaged or crafted, can make a lookup trap.
    func isConsistent(payloadCount: Int) -> Bool {
        let nodes = nodeFirstPayload.count
        return symbols.isConsistent
            && edgeKeys.count.nonzeroBitCount == 1 && edgeTargets.count == edgeKeys.count
            && edgeKeys.contains(Self.emptyEdge) && Self.all(edgeTargets, in: 0..<nodes)
            && nodes >= 1 && nodeLastPayload.count == nodes && payloadNext.count == payloadCount
            && [nodeFirstPayload, nodeLastPayload, payloadNext].allSatisfy { Self.all($0, in: -1..<payloadCount) }
    }

    /// Whether every value lies in `range`: the least and the greatest found in one pass over the
    /// array (a loop the compiler turns into vector instructions; a compiled place gazetteer
    /// checks millions at start-up).
    static func all(_ values: [Int32], in range: Range<Int>) -> Bool {
        guard !values.isEmpty else { return true }
        return values.withUnsafeBufferPointer { values in
            var least = Int32.max, greatest = Int32.min
            for value in values {
                least = min(least, value)
                greatest = max(greatest, value)
            }
            return Int(least) >= range.lowerBound && Int(greatest) < range.upperBound
        }
    }

    // MARK: Building

    /// The symbol of a key, interned if new.
    mutating func intern(_ key: String) -> Int32 {
        symbols.intern(key)
    }

    /// The child of `node` along `symbol`, created if new.
    mutating func child(of node: Int32, symbol: Int32) -> Int32 {
        if let existing = next(node, symbol) { return existing }
        let target = Int32(nodeCount)
        nodeFirstPayload.append(-1)
        nodeLastPayload.append(-1)
        edgeCount += 1
        if edgeCount * 2 > edgeKeys.count {
            let oldKeys = edgeKeys, oldTargets = edgeTargets
            edgeKeys = Array(repeating: Self.emptyEdge, count: oldKeys.count * 2)
            edgeTargets = Array(repeating: 0, count: oldKeys.count * 2)
            for (slot, key) in oldKeys.enumerated() where key != Self.emptyEdge { placeEdge(key, oldTargets[slot]) }
        }
        placeEdge(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol)), target)
        return target
    }

    mutating func placeEdge(_ key: UInt64, _ target: Int32) {
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edgeKeys[slot] != Self.emptyEdge { slot = (slot + 1) & mask }
        edgeKeys[slot] = key
        edgeTargets[slot] = target
    }

    /// Adds one payload to the end of `node`'s list; the caller stores the payload itself.
    mutating func appendPayload(to node: Int32) {
        let index = Int32(payloadNext.count)
        let last = nodeLastPayload[Int(node)]
        let consecutive = payloadsAreConsecutive && (last < 0 || last == index - 1)
        payloadNext.append(-1)
        if last >= 0 { payloadNext[Int(last)] = index } else { nodeFirstPayload[Int(node)] = index }
        nodeLastPayload[Int(node)] = index
        payloadsAreConsecutive = consecutive
    }

    /// The order that puts each node's payloads together (node by node, each list in its order),
    /// as old indices; the lists are relinked and renumbered to match.
    mutating func groupPayloads() -> [Int32] {
        var order: [Int32] = []
        order.reserveCapacity(payloadNext.count)
        var next = [Int32](repeating: -1, count: payloadNext.count)
        for node in 0..<nodeCount {
            var index = nodeFirstPayload[node]
            guard index >= 0 else { continue }
            let first = Int32(order.count)
            while index >= 0 {
                order.append(index)
                index = payloadNext[Int(index)]
            }
            let last = Int32(order.count - 1)
            for position in first..<last { next[Int(position)] = position + 1 }
            nodeFirstPayload[node] = first
            nodeLastPayload[node] = last
        }
        payloadNext = next
        payloadsAreConsecutive = true
        return order
    }

    /// Sets `payloadsAreConsecutive` from `payloadNext` (for tables read from a file).
    mutating func checkPayloadOrder() {
        payloadsAreConsecutive = payloadNext.indices.allSatisfy { payloadNext[$0] == -1 || payloadNext[$0] == Int32($0) + 1 }
    }

    // MARK: Hashing

    @inlinable static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }
}
