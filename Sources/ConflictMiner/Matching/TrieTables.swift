/// The storage of a `PhraseMatcher`'s trie: interned token keys, edges and terminal nodes, all in
/// flat arrays of plain values.
///
/// Two open-addressing hash tables (linear probing, power-of-two sizes, at most half full) map a
/// key's UTF-8 bytes to its symbol and a `(node, symbol)` pair to the child node. Nothing in here
/// is a reference or a `String`, so a compiled gazetteer is written and read back as raw bytes
/// (`BinaryArchive`) instead of being rebuilt name by name.
struct TrieTables: Sendable, Equatable {
    /// Concatenated UTF-8 of the interned keys; symbol `i` is `symbolBytes[symbolOffsets[i] ..< symbolOffsets[i + 1]]`.
    var symbolBytes: [UInt8] = []
    var symbolOffsets: [UInt32] = [0]
    /// Hash slots holding a symbol, or -1.
    var symbolSlots: [Int32] = Array(repeating: -1, count: 64)

    /// Hash slots of edges: the key `node << 32 | symbol` (or `emptyEdge`) and the child node.
    var edgeKeys: [UInt64] = Array(repeating: TrieTables.emptyEdge, count: 64)
    var edgeTargets: [Int32] = Array(repeating: 0, count: 64)
    var edgeCount = 0

    /// Per node, the first and last index of its payload list, or -1 (node 0 is the root).
    var nodeFirstPayload: [Int32] = [-1]
    var nodeLastPayload: [Int32] = [-1]
    /// Per payload, the next payload of the same node, or -1.
    var payloadNext: [Int32] = []

    static let emptyEdge = UInt64.max

    var symbolCount: Int { symbolOffsets.count - 1 }
    var nodeCount: Int { nodeFirstPayload.count }
    var terminalCount: Int { nodeFirstPayload.lazy.filter { $0 >= 0 }.count }

    // MARK: Lookup

    /// The symbol of a key, if some phrase uses it.
    func symbol(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { symbol(bytes: $0) }
    }

    private func symbol(bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = symbolSlots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while true {
            let symbol = symbolSlots[slot]
            if symbol < 0 { return nil }
            if equals(symbol, bytes) { return symbol }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ symbol: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(symbolOffsets[Int(symbol)])
        let end = Int(symbolOffsets[Int(symbol) + 1])
        guard end - start == bytes.count else { return false }
        return symbolBytes.withUnsafeBufferPointer { stored in
            var i = 0
            while i < bytes.count {
                if stored[start + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The child of `node` along `symbol`, if there is one.
    func next(_ node: Int32, _ symbol: Int32) -> Int32? {
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

    /// Whether every index in the tables points inside them: checked on a compiled file before
    /// use, so that no file, however damaged or crafted, can make a lookup trap.
    func isConsistent(payloadCount: Int) -> Bool {
        let nodes = nodeFirstPayload.count, symbols = symbolOffsets.count - 1
        return symbols >= 0 && symbolOffsets.first == 0 && Int(symbolOffsets.last!) == symbolBytes.count
            && zip(symbolOffsets, symbolOffsets.dropFirst()).allSatisfy { $0 <= $1 }
            && symbolSlots.count.nonzeroBitCount == 1 && symbolSlots.allSatisfy { $0 >= -1 && Int($0) < symbols }
            && symbolSlots.contains(-1)
            && edgeKeys.count.nonzeroBitCount == 1 && edgeTargets.count == edgeKeys.count
            && edgeKeys.contains(Self.emptyEdge) && edgeTargets.allSatisfy { $0 >= 0 && Int($0) < nodes }
            && nodes >= 1 && nodeLastPayload.count == nodes && payloadNext.count == payloadCount
            && (nodeFirstPayload + nodeLastPayload + payloadNext).allSatisfy { $0 >= -1 && Int($0) < payloadCount }
    }

    // MARK: Building

    /// The symbol of a key, interned if new.
    mutating func intern(_ key: String) -> Int32 {
        if let known = symbol(key) { return known }
        let symbol = Int32(symbolCount)
        symbolBytes.append(contentsOf: key.utf8)
        symbolOffsets.append(UInt32(symbolBytes.count))
        if symbolCount * 2 > symbolSlots.count {
            symbolSlots = Array(repeating: -1, count: symbolSlots.count * 2)
            for existing in 0..<Int32(symbolCount) { placeSymbol(existing) }
        } else {
            placeSymbol(symbol)
        }
        return symbol
    }

    private mutating func placeSymbol(_ symbol: Int32) {
        let start = Int(symbolOffsets[Int(symbol)])
        let end = Int(symbolOffsets[Int(symbol) + 1])
        let hash = symbolBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        let mask = symbolSlots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while symbolSlots[slot] >= 0 { slot = (slot + 1) & mask }
        symbolSlots[slot] = symbol
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

    private mutating func placeEdge(_ key: UInt64, _ target: Int32) {
        let mask = edgeKeys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edgeKeys[slot] != Self.emptyEdge { slot = (slot + 1) & mask }
        edgeKeys[slot] = key
        edgeTargets[slot] = target
    }

    /// Adds one payload to the end of `node`'s list; the caller stores the payload itself.
    mutating func appendPayload(to node: Int32) {
        let index = Int32(payloadNext.count)
        payloadNext.append(-1)
        let last = nodeLastPayload[Int(node)]
        if last >= 0 { payloadNext[Int(last)] = index } else { nodeFirstPayload[Int(node)] = index }
        nodeLastPayload[Int(node)] = index
    }

    // MARK: Hashing

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }
}
