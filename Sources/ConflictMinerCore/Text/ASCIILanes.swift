/// Four UTF-16 units read as one little-endian 64-bit word, each in a 16-bit lane, and tested
/// all at once: a test's result has bit 7 of a lane (`0x0080`) set where the lane's unit passes,
/// and every other bit clear. The tests hold for lanes below `0x80` (ASCII): a lane's sums then
/// stay inside it.
enum ASCIILanes {
    /// One in each lane.
    static let ones: UInt64 = 0x0001_0001_0001_0001
    /// Bit 7 of each lane: what a test gives where all four units pass.
    static let all: UInt64 = 0x0080_0080_0080_0080

    /// Four units from `units`, the first in the low lane.
    @inline(__always)
    static func load(_ units: UnsafePointer<UInt16>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(units).loadUnaligned(as: UInt64.self))
    }

    /// Whether all four units are ASCII (below `0x80`), as the other tests need them.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & 0xFF80_FF80_FF80_FF80 == 0 }

    /// The lanes whose unit lies in `low...high` (`1 <= low <= high < 0x80`).
    @inline(__always)
    static func within(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        (word &+ ones &* (0x80 - low)) & ~(word &+ ones &* (0x7F - high)) & all
    }

    /// The lanes that hold an ASCII letter.
    @inline(__always)
    static func letters(_ word: UInt64) -> UInt64 { within(word | ones &* 0x20, 0x61, 0x7A) }

    /// The number of lanes from the low one that a test's result sets, before the first it does not.
    @inline(__always)
    static func leading(_ lanes: UInt64) -> Int { (lanes ^ all).trailingZeroBitCount >> 4 }
}
