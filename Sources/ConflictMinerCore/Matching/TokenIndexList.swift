/// At most nine token indices, held inline: the few words a rule collects while it reads a
/// phrase (the words of a victim noun phrase, a run of name words) without an array allocated
/// and freed at each phrase.
package struct TokenIndexList: RandomAccessCollection {
    /// How many indices a list holds at most.
    package static var capacity: Int { 9 }
    @usableFromInline var storage = InlineArray<9, Int>(repeating: 0)
    /// The number of indices held.
    package private(set) var count = 0

    @inlinable package init() {}

    @inlinable package var startIndex: Int { 0 }
    @inlinable package var endIndex: Int { count }

    @inlinable package subscript(position: Int) -> Int {
        precondition(position >= 0 && position < count, "index out of range")
        return storage[position]
    }

    /// The first index, nil when empty.
    @inlinable package var first: Int? { count > 0 ? storage[0] : nil }
    /// The last index, nil when empty.
    @inlinable package var last: Int? { count > 0 ? storage[count - 1] : nil }

    /// Adds an index at the end; the list must have room (`count < capacity`).
    @inlinable package mutating func append(_ index: Int) {
        precondition(count < Self.capacity, "a token index list holds at most nine indices")
        storage[count] = index
        count += 1
    }
}
