extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isBefore` is false, found by halving: the
    /// elements for which it is true must all come first (a sorted array asked "is this one
    /// before the place I look for?"). `endIndex` when it holds for every element.
    @inlinable package func partitionPoint(where isBefore: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
