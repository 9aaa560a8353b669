/// A map from integer keys (token or sentence indices) to integers (mention positions), for
/// the few dozen to few thousand keys a document's rules look up: open addressing with a
/// multiplicative hash, so a lookup is a multiply, a shift and a probe or two where `Dictionary`
/// runs SipHash (about 200 instructions a lookup). Keys cannot be removed; order is not kept.
/// An empty map allocates nothing until its first key (most documents' rules find nothing).
package struct IntMap {
    /// Per slot: its key, `Int.min` for none (no key is `Int.min`).
    @usableFromInline var keys: [Int]
    @usableFromInline var values: [Int]
    @usableFromInline var shift: UInt64
    @usableFromInline private(set) var count = 0

    /// An empty map with room for `capacity` keys before it grows.
    @inlinable package init(capacity: Int = 0) {
        guard capacity > 0 else {
            keys = []
            values = []
            shift = 64
            return
        }
        var bits: UInt64 = 3
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = [Int](filledWith: .min, count: 1 << bits)
        values = [Int](filledWith: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// The value at `key`; setting a value replaces the one there.
    @inlinable package subscript(key: Int) -> Int? {
        get {
            guard count > 0 else { return nil }
            var slot = slot(of: key)
            while keys[slot] != .min {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("IntMap keeps no removals") }
            precondition(key != .min, "Int.min marks an empty slot")
            if 2 * (count + 1) > keys.count { grow() }
            var slot = slot(of: key)
            while keys[slot] != .min, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            if keys[slot] == .min { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    @inlinable func slot(of key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @usableFromInline mutating func grow() {
        var larger = IntMap(capacity: max(4, keys.count))
        for slot in keys.indices where keys[slot] != .min { larger[keys[slot]] = values[slot] }
        self = larger
    }
}
