extension Array {
    /// `count` copies of `value`, as `init(repeating:count:)` makes them, but allocated through
    /// the path an array takes when it grows, which is specialised for the element type where it
    /// is used. (`init(repeating:count:)` allocates through a generic function of the standard
    /// library that looks the storage class up at run time, some 400 instructions an array: a
    /// document makes dozens of small arrays.)
    @inlinable package init(filledWith value: Element, count: Int) {
        self.init()
        guard count > 0 else { return }
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
