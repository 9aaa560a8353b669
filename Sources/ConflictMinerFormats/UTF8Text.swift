import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

/// UTF-8 validation that says where the first bad byte is.
public enum UTF8Text {
    /// The offset (from the slice's start) of the first byte that does not begin a valid UTF-8
    /// sequence, or nil when all of it is valid.
    public static func firstInvalidByte<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Int?
    where Bytes.Index == Int {
        if let found = bytes.withContiguousStorageIfAvailable(firstInvalidByte(inBuffer:)) { return found }
        return Array(bytes).withUnsafeBufferPointer(firstInvalidByte(inBuffer:))
    }

    /// `firstInvalidByte(in:)` over contiguous bytes.
    static func firstInvalidByte(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        let end = bytes.count
        while i < end {
            // eight ASCII bytes at a time, most of a news text: one load and one test for eight
            while end - i >= 8,
                  UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < end else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var value: UInt32
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 1; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 2; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 3; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return i
            }
            guard end - i > length else { return i }
            for k in 1...length {
                let byte = bytes[i + k]
                guard byte & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length + 1
        }
        return nil
    }
}
