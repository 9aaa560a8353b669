/// Interned keys: each distinct key a number (its symbol), in flat arrays of plain values.
///
/// An open-addressing hash table (FNV-1a over the key's UTF-8, linear probing, a power-of-two
/// size, at most half full) maps a key to its symbol. Nothing in here is a reference or a
/// `String`, so the table is written and read back as raw bytes (`BinaryArchive`), and a copy
/// of it is extended without hashing its keys again.
struct SymbolTable: Sendable, Equatable {
    /// Concatenated UTF-8 of the keys; symbol `i` is `bytes[offsets[i] ..< offsets[i + 1]]`.
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    /// Hash slots holding a symbol, or -1.
    var slots: [Int32] = Array(repeating: -1, count: 64)

    var count: Int { offsets.count - 1 }

    /// The symbol of a key, if it was interned.
    func symbol(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { symbol(bytes: $0) }
    }

    /// The symbol of a key given as UTF-8 bytes (and their `hash`, if known), if it was interned.
    func symbol(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ?? Self.hash(key)) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let symbol = slots[slot]
                if symbol < 0 { return nil }
                if equals(symbol, key) { return symbol }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The key of a symbol.
    func key(_ symbol: Int32) -> String {
        String(decoding: bytes[Int(offsets[Int(symbol)])..<Int(offsets[Int(symbol) + 1])], as: UTF8.self)
    }

    private func equals(_ symbol: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
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
    mutating func intern(_ key: String) -> Int32 {
        if let known = symbol(key) { return known }
        let symbol = Int32(count)
        bytes.append(contentsOf: key.utf8)
        offsets.append(UInt32(bytes.count))
        if count * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for existing in 0..<Int32(count) { place(existing) }
        } else {
            place(symbol)
        }
        return symbol
    }

    private mutating func place(_ symbol: Int32) {
        let start = Int(offsets[Int(symbol)])
        let end = Int(offsets[Int(symbol) + 1])
        let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = symbol
    }

    /// Whether every index in the table points inside it (checked on a compiled file before use).
    var isConsistent: Bool {
        count >= 0 && offsets.first == 0 && Int(offsets.last!) == bytes.count
            && zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
            && slots.count.nonzeroBitCount == 1 && slots.allSatisfy { $0 >= -1 && Int($0) < count }
            && slots.contains(-1)
    }

    /// FNV-1a over the bytes, then mixed so that the low bits (the slot) depend on every byte:
    /// FNV's own low bits cluster short keys, and clusters make long probes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 32
        hash &*= 0xd6e8_feb8_6659_fd93
        hash ^= hash >> 32
        return hash
    }
}
