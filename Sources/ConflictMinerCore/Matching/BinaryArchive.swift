import Foundation

/// A compiled data file: arrays of plain values written as raw bytes, read back by copying.
///
/// Layout: magic `CMBA`, format version, the fingerprint of the sources it was compiled from, a
/// checksum of the body, then the body, a sequence of arrays (element count, element size, bytes
/// padded to 8). A reader that finds another version or fingerprint, a bad checksum or a short
/// file throws `BinaryArchive.Stale`, and the caller compiles the sources again.
package enum BinaryArchive {
    static let magic: UInt32 = 0x4142_4D43  // "CMBA" little-endian
    /// Bump when the layout of any compiled file or the way match keys are made changes.
    /// Raised when what is compiled changes (2: abbreviations with a full stop, `Ky.`; 5: symbol
    /// slots with their hash's tag; 6: the places' country numbers and team places; 7: the
    /// checksum in four lanes; 8: each phrase's payloads side by side).
    static let version: UInt32 = 8

    package struct Stale: Error {
        package init() {}
    }

    package struct Writer {
        private(set) var body = Data()

        package mutating func append<T: BitwiseCopyable>(_ array: [T]) {
            append(scalar: UInt64(array.count))
            append(scalar: UInt64(MemoryLayout<T>.stride))
            array.withUnsafeBytes { body.append(contentsOf: $0) }
            let padding = (8 - body.count % 8) % 8
            if padding > 0 { body.append(contentsOf: repeatElement(0, count: padding)) }
        }

        mutating func append(scalar: UInt64) {
            withUnsafeBytes(of: scalar.littleEndian) { body.append(contentsOf: $0) }
        }

        /// The whole file.
        func file(fingerprint: UInt64) -> Data {
            var header = Writer()
            header.append(scalar: UInt64(BinaryArchive.version) << 32 | UInt64(BinaryArchive.magic))
            header.append(scalar: fingerprint)
            header.append(scalar: BinaryArchive.checksum(body))
            return header.body + body
        }
    }

    package struct Reader {
        let data: Data
        var offset: Int

        /// Opens a compiled file, checking its header and checksum against `fingerprint`.
        init(_ data: Data, fingerprint: UInt64) throws {
            self.data = data
            offset = 0
            guard data.count >= 24, try scalar() == UInt64(BinaryArchive.version) << 32 | UInt64(BinaryArchive.magic),
                  try scalar() == fingerprint else { throw Stale() }
            let checksum = try scalar()
            guard BinaryArchive.checksum(data.suffix(from: data.startIndex + 24)) == checksum else { throw Stale() }
        }

        mutating func scalar() throws -> UInt64 {
            guard offset + 8 <= data.count else { throw Stale() }
            var value: UInt64 = 0
            withUnsafeMutableBytes(of: &value) { target in
                data.withUnsafeBytes { source in
                    target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + 8]))
                }
            }
            offset += 8
            return UInt64(littleEndian: value)
        }

        package mutating func array<T: BitwiseCopyable>(of type: T.Type = T.self) throws -> [T] {
            guard let count = Int(exactly: try scalar()), try scalar() == UInt64(MemoryLayout<T>.stride) else {
                throw Stale()
            }
            let (byteCount, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
            guard !overflow, count >= 0, offset + byteCount <= data.count else { throw Stale() }
            let start = offset
            let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                data.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(buffer)
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<start + byteCount]))
                }
                initialized = count
            }
            offset += byteCount + (8 - byteCount % 8) % 8
            return result
        }
    }

    /// A fast 64-bit checksum of bytes, 32 at a time: four lanes of eight bytes each, mixed
    /// independently (one lane's multiply need not wait for another's) and folded together at the
    /// end of each region. A compiled gazetteer is tens of megabytes, checked at every start-up.
    static func checksum<Bytes: DataProtocol>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let product = (lane ^ word) &* 0x0000_0100_0000_01b3
            return product ^ product >> 29
        }
        for region in bytes.regions {
            region.withUnsafeBytes { raw in
                var lanes: (UInt64, UInt64, UInt64, UInt64) = (hash, hash ^ 1, hash ^ 2, hash ^ 3)
                let blocks = raw.count / 32
                for block in 0..<blocks {
                    let offset = block * 32
                    lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                    lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                    lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                }
                hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
                for i in (blocks * 32)..<raw.count {
                    hash = (hash ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3
                }
                hash ^= UInt64(raw.count)
            }
        }
        return hash
    }
}
