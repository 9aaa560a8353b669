/// A map from integer keys (token or sentence indices) to integers (mention positions), for
/// the few dozen to few thousand keys a document's rules look up: open addressing with a
/// multiplicative hash, so a lookup is a multiply, a shift and a probe or two where `Dictionary`
/// runs SipHash (about 200 instructions a lookup). Keys cannot be removed; order is not kept.
/// An empty map allocates nothing until its first key (most documents' rules find nothing).
package struct IntMap {
    /// Per slot, side by side: its key (`Int.min` for none: no key is `Int.min`) and its value.
    /// One array, so a map is one allocation and a probe reads one line.
    @usableFromInline var slots: [Int]
    @usableFromInline var shift: UInt64
    @usableFromInline private(set) var count = 0

    /// An empty map with room for `capacity` keys before it grows.
    @inlinable package init(capacity: Int = 0) {
        guard capacity > 0 else {
            slots = []
            shift = 64
            return
        }
        var bits: UInt64 = 3
        while 1 << bits < 2 * capacity { bits += 1 }
        var slots = [Int](filledWith: 0, count: 2 << bits)
        for slot in 0..<(1 << bits) { slots[2 * slot] = .min }
        self.slots = slots
        shift = 64 - bits
    }

    /// The number of slots (twice the keys it holds at most).
    @inlinable var slotCount: Int { slots.count >> 1 }

    /// The value at `key`; setting a value replaces the one there.
    @inlinable package subscript(key: Int) -> Int? {
        get {
            guard count > 0 else { return nil }
            var slot = slot(of: key)
            while slots[2 * slot] != .min {
                if slots[2 * slot] == key { return slots[2 * slot + 1] }
                slot = (slot + 1) & (slotCount - 1)
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("IntMap keeps no removals") }
            precondition(key != .min, "Int.min marks an empty slot")
            if 2 * (count + 1) > slotCount { grow() }
            var slot = slot(of: key)
            while slots[2 * slot] != .min, slots[2 * slot] != key { slot = (slot + 1) & (slotCount - 1) }
            if slots[2 * slot] == .min { count += 1 }
            slots[2 * slot] = key
            slots[2 * slot + 1] = newValue
        }
    }

    @inlinable func slot(of key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @usableFromInline mutating func grow() {
        var larger = IntMap(capacity: max(4, slotCount))
        for slot in 0..<slotCount where slots[2 * slot] != .min { larger[slots[2 * slot]] = slots[2 * slot + 1] }
        self = larger
    }
}
