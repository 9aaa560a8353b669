extension String {
    /// Calls `body` with the string's UTF-8 where it lies (a native string's own storage), or with
    /// a contiguous copy where it does not (a bridged one). Unlike `withUTF8`, it needs no mutable
    /// copy of the string: `var copy = text; copy.withUTF8`, inlined into a closure over an array's
    /// element, made the compiler copy the whole element the string came from.
    @inlinable @inline(__always)
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
