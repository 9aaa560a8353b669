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

extension Array where Element: BitwiseCopyable {
    /// At most `capacity` elements written in place by `body`, which returns how many it wrote
    /// (from the start of the buffer): what `init(unsafeUninitializedCapacity:initializingWith:)`
    /// does, without its generic allocation (some 750 instructions an array, eight arrays a
    /// document). A few thousand elements are written on the stack (or a scratch buffer) and
    /// copied into an array allocated through the growth path; a longer list is written in place.
    @inlinable package init(capacity: Int, writingWith body: (UnsafeMutableBufferPointer<Element>) -> Int) {
        guard capacity <= 4096 else {
            self.init(unsafeUninitializedCapacity: capacity) { buffer, count in count = body(buffer) }
            return
        }
        self.init()
        guard capacity > 0 else { return }
        withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { buffer in
            let count = body(buffer)
            precondition(count >= 0 && count <= capacity, "wrote more elements than the capacity")
            guard count > 0 else { return }
            reserveCapacity(count)
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
