/// Interned keys: each distinct key a number (its symbol), in flat arrays of plain values.
///
/// An open-addressing hash table (FNV-1a over the key's UTF-8, linear probing, a power-of-two
/// size, at most half full) maps a key to its symbol. Each slot holds the high half of its key's
/// hash beside the symbol, so that a probe passes over other keys without reading them: a
/// lookup reads the stored bytes of its own key only. Nothing in here is a reference or a
/// `String`, so the table is written and read back as raw bytes (`BinaryArchive`), and a copy
/// of it is extended without hashing its keys again.
package struct SymbolTable: Sendable, Equatable {
    /// Concatenated UTF-8 of the keys; symbol `i` is `bytes[offsets[i] ..< offsets[i + 1]]`.
    var bytes: [UInt8]
    var offsets: [UInt32]
    /// Hash slots: 0 when empty, else the high 32 bits of the key's hash above its symbol plus one.
    var slots: [UInt64]

    var count: Int { offsets.count - 1 }

    package init() {
        self.init(capacity: 0)
    }

    /// An empty table with room for about `capacity` keys before it grows (each array allocated
    /// once, at its size: a document makes one).
    init(capacity: Int) {
        slots = HashSlots.empty(capacity: capacity)
        offsets = []
        offsets.reserveCapacity(capacity + 1)
        offsets.append(0)
        bytes = []
        bytes.reserveCapacity(capacity * 8)
    }

    /// The symbol of a key, if it was interned.
    package func symbol(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { symbol(bytes: $0) }
    }

    /// The symbol of a key given as UTF-8 bytes (and their `hash`, if known), if it was interned.
    func symbol(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32? {
        HashSlots.find(hash ?? Self.hash(key), in: slots) { equals($0, key) }
    }

    /// The symbol of every key of a document (`KeyTable`, in the order of its ids), -1 where not
    /// interned: what `symbol(bytes:hash:)` gives each, stage by stage. A table larger than the
    /// caches makes each lookup wait on memory twice (its slot, then the stored bytes), the second
    /// wait on the first; loading every key's slot first, then the first stored byte of each that
    /// the tag allows, lets the waits of different keys overlap instead of adding up.
    func symbols(of document: KeyTable) -> [Int32] {
        let mask = slots.count - 1
        let first = document.hashes.map { slots[Int(truncatingIfNeeded: $0) & mask] }
        let firstBytes = zip(first, document.hashes).map { entry, hash -> UInt8 in
            guard entry != 0, entry >> 32 == hash >> 32 else { return 0 }
            let start = Int(offsets[Int(HashSlots.number(in: entry))])
            return start < bytes.count ? bytes[start] : 0
        }
        var result = [Int32](filledWith: -1, count: document.count)
        for index in 0..<document.count where first[index] != 0 {
            result[index] = document.withKey(index) { key in
                // the first slot's key, read above: most keys are there or nowhere
                let symbol = HashSlots.number(in: first[index])
                if key.first == firstBytes[index], first[index] >> 32 == document.hashes[index] >> 32, equals(symbol, key) {
                    return symbol
                }
                return self.symbol(bytes: key, hash: document.hashes[index]) ?? -1
            }
        }
        return result
    }

    /// The key of a symbol.
    func key(_ symbol: Int32) -> String {
        String(decoding: bytes[Int(offsets[Int(symbol)])..<Int(offsets[Int(symbol) + 1])], as: UTF8.self)
    }

    /// Calls `body` with the bytes of a symbol's key.
    func withKey<Result>(_ symbol: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = Int(offsets[Int(symbol)])..<Int(offsets[Int(symbol) + 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    func equals(_ symbol: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[Int(symbol)])
        let end = Int(offsets[Int(symbol) + 1])
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var i = 0
            while i < key.count {
                if stored[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The symbol of a key, interned if new.
    package mutating func intern(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { intern(bytes: $0, hash: Self.hash($0)) }
    }

    /// The symbol of a key given as UTF-8 bytes with their hash, interned if new.
    mutating func intern(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let known = symbol(bytes: key, hash: hash) { return known }
        return insert(bytes: key, hash: hash)
    }

    /// Interns a key that `symbol(bytes:hash:)` has just not found; returns its new symbol.
    /// (The bytes are appended in one copy.)
    mutating func insert(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let symbol = Int32(count)
        bytes.append(contentsOf: key)
        offsets.append(UInt32(bytes.count))
        if HashSlots.isFull(slots, count: count) {
            // (every key placed again from its stored bytes)
            slots = HashSlots.doubled(slots, count: count) { withKey($0) { Self.hash($0) } }
        } else {
            HashSlots.place(symbol, hash: hash, in: &slots)
        }
        return symbol
    }

    /// Whether every index in the table points inside it (checked on a compiled file before use).
    var isConsistent: Bool {
        count >= 0 && offsets.first == 0 && Int(offsets.last!) == bytes.count && offsetsAscend
            && slots.count.nonzeroBitCount == 1 && slotsHoldSymbols
            && slots.contains(0)
    }

    /// Whether no offset is below the one before it (one pass, no closure per pair).
    private var offsetsAscend: Bool {
        offsets.withUnsafeBufferPointer { offsets in
            var descents = 0
            for index in offsets.indices.dropFirst() where offsets[index] < offsets[index - 1] { descents += 1 }
            return descents == 0
        }
    }

    /// Whether every slot is empty or holds a symbol of the table (plus one: never 0), in one pass.
    private var slotsHoldSymbols: Bool {
        slots.withUnsafeBufferPointer { slots in
            var greatest: UInt64 = 0
            var zeroSymbols = 0
            for entry in slots {
                let symbol = entry & 0xFFFF_FFFF
                greatest = max(greatest, symbol)
                if entry != 0 && symbol == 0 { zeroSymbols += 1 }
            }
            return greatest <= UInt64(count) && zeroSymbols == 0
        }
    }

    /// FNV-1a over the bytes, then mixed so that the low bits (the slot) depend on every byte:
    /// FNV's own low bits cluster short keys, and clusters make long probes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = Self.hash(hash, adding: byte) }
        return finishHash(hash)
    }

    /// FNV-1a's starting value: `hash(_:)` is `finishHash` of `hash(_:adding:)` over the bytes
    /// from it, for a caller that reads the bytes one by one anyway.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One byte more into an FNV-1a hash.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The mix that makes the low bits depend on every byte.
    @inline(__always)
    static func finishHash(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 32
        hash &*= 0xd6e8_feb8_6659_fd93
        hash ^= hash >> 32
        return hash
    }
}

/// The open-addressing slots of `SymbolTable` and of a document's `KeyTable`: linear probing, a
/// power-of-two size, at most half full. A slot holds 0 when empty, else the high 32 bits of its
/// key's hash above the key's number plus one, so that a probe passes over other keys without
/// comparing them; the table that owns the slots compares its own keys (`find`'s `matches`).
enum HashSlots {
    /// Empty slots with room for about `capacity` keys before they grow (64 at least).
    static func empty(capacity: Int) -> [UInt64] {
        var size = 64
        while size < 2 * capacity { size *= 2 }
        return Array(filledWith: 0, count: size)
    }

    /// The number of the key a non-empty slot holds.
    @inline(__always)
    static func number(in slot: UInt64) -> Int32 {
        Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
    }

    /// The number of the key with this hash that `matches` says is the one sought, nil if none.
    @inline(__always)
    static func find(_ hash: UInt64, in slots: [UInt64], matching matches: (_ number: Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let tag = hash >> 32
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = slots[slot]
                if stored == 0 { return nil }
                if stored >> 32 == tag, matches(number(in: stored)) { return number(in: stored) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Writes key `number` with its hash into the first empty slot of its probe.
    static func place(_ number: Int32, hash: UInt64, in slots: inout [UInt64]) {
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash >> 32) << 32 | UInt64(number + 1)
        }
    }

    /// Whether slots holding `count` keys (the last one added included) are more than half full:
    /// time to double them (`doubled`) instead of placing the new key.
    @inline(__always)
    static func isFull(_ slots: [UInt64], count: Int) -> Bool {
        count * 2 > slots.count
    }

    /// Slots twice as many as `slots`, with each of `count` keys placed again in the order of
    /// its number, under the hash `hashOf` gives it.
    @inline(never)
    static func doubled(_ slots: [UInt64], count: Int, hashOf: (_ number: Int32) -> UInt64) -> [UInt64] {
        var doubled = [UInt64](filledWith: 0, count: slots.count * 2)
        for number in 0..<Int32(count) { place(number, hash: hashOf(number), in: &doubled) }
        return doubled
    }
}
