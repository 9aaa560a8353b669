/// One bit per index, 64 to a word: a flag for each token or code point of a document at an
/// eighth of the memory of `[Bool]`.
public struct BitArray: Sendable, Equatable {
    @usableFromInline var words: [UInt64]
    /// The number of bits.
    public let count: Int

    /// `count` bits, all clear.
    public init(count: Int) {
        self.count = count
        words = [UInt64](filledWith: 0, count: (count + 63) >> 6)
    }

    /// Bit `index`; reading past the end gives false.
    @inlinable public subscript(index: Int) -> Bool {
        get {
            index >= 0 && index < count && words[index >> 6] & (1 << UInt64(index & 63)) != 0
        }
        set {
            precondition(index >= 0 && index < count, "bit index out of range")
            if newValue {
                words[index >> 6] |= 1 << UInt64(index & 63)
            } else {
                words[index >> 6] &= ~(1 << UInt64(index & 63))
            }
        }
    }
}
