import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// One item read from the inputs: a document, or a problem that kept one from being read.
public enum InputItem: Sendable {
    case document(Document)
    case problem(InputProblem)
    /// A document that `DocumentInputs.skip` said to pass over, by id.
    case skipped(String)
}

/// The documents named on a command line: `.txt` files (with `NAME.meta.json` beside them),
/// directories of them, `.jsonl` files (one `{"id","text","published"}` object per line), or `-`
/// for JSONL on standard input. Items are produced lazily, in input order; a bad item becomes
/// a `.problem` and reading goes on.
public struct DocumentInputs: Sendable {
    public var paths: [String]
    /// The publication date for documents that do not give one.
    public var defaultPublished: PublicationDate?
    /// Encodings, HTML, size limit.
    public var decoding: TextDecoding
    /// Documents to pass over by id (checked before a text file is read), e.g. for `--resume`.
    public var skip: (@Sendable (String) -> Bool)?

    public init(paths: [String], defaultPublished: PublicationDate? = nil, decoding: TextDecoding = TextDecoding()) {
        self.paths = paths
        self.defaultPublished = defaultPublished
        self.decoding = decoding
    }

    /// Hands over every input item in order.
    public func forEach(_ body: (InputItem) throws -> Void) rethrows {
        try forEach(beforeWaiting: {}, body)
    }

    /// Hands over every input item in order; `beforeWaiting` is called before standard input is
    /// read while no more of it has arrived (see `LineReader.forEachLine`).
    public func forEach(beforeWaiting: () throws -> Void, _ body: (InputItem) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try readJSONL(FileHandle.standardInput, name: "<stdin>", beforeWaiting: beforeWaiting, body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.problem(InputProblem(file: path, message: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
                } catch {
                    try body(.problem(InputProblem(file: path, message: "cannot list directory: \(error.localizedDescription)")))
                    continue
                }
                for name in names {
                    try body(readTextFile((path as NSString).appendingPathComponent(name)))
                }
            } else if path.hasSuffix(".jsonl") {
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    try body(.problem(InputProblem(file: path, message: "cannot open for reading")))
                    continue
                }
                try readJSONL(handle, name: path, beforeWaiting: {}, body)
                try? handle.close()
            } else {
                try body(readTextFile(path))
            }
        }
    }

    /// Reads `NAME.txt` and its optional `NAME.meta.json`. The document id is `NAME`.
    public func readTextFile(_ path: String) -> InputItem {
        let url = URL(fileURLWithPath: path)
        let id = url.deletingPathExtension().lastPathComponent
        if let skip, skip(id) { return .skipped(id) }
        let bytes: [UInt8]
        do {
            if let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > decoding.maxBytes {
                return .problem(InputProblem(file: path, message: TextDecoding.Failure.tooLarge(bytes: size, limit: decoding.maxBytes).description,
                                             isTooLarge: true))
            }
            bytes = Array(try Data(contentsOf: url))
        } catch {
            return .problem(InputProblem(file: path, message: "cannot read: \(Self.reason(error))"))
        }
        let text: String
        switch decoding.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let error):
            if case .tooLarge = error { return .problem(InputProblem(file: path, message: error.description, isTooLarge: true)) }
            return .problem(InputProblem(file: path, message: error.description))
        }
        var document = decoding.document(id: id, text: text, published: defaultPublished)
        let metaPath = (path as NSString).deletingPathExtension + ".meta.json"
        if FileManager.default.fileExists(atPath: metaPath) {
            do {
                let fields = try DocumentJSON.parseObject(try Data(contentsOf: URL(fileURLWithPath: metaPath)))
                if let published = fields.published { document.published = published }
                document.metadata = fields.metadata
                if let metaId = fields.id, metaId != id { document.metadata["meta_id"] = metaId }
            } catch let error as DocumentJSONError {
                return .problem(InputProblem(file: metaPath, message: error.message))
            } catch {
                return .problem(InputProblem(file: metaPath, message: "cannot read: \(Self.reason(error))"))
            }
        }
        return .document(document)
    }

    private func readJSONL(_ handle: FileHandle, name: String, beforeWaiting: () throws -> Void,
                           _ body: (InputItem) throws -> Void) rethrows {
        var lineNumber = 0
        // each line is parsed while the reader holds it, and the document handed on once it no
        // longer does
        try LineReader(handle: handle, maxLineBytes: decoding.maxBytes).forEachLine(beforeWaiting: beforeWaiting, reading: { item -> InputItem? in
            lineNumber += 1
            switch item {
            case .line(let line):
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
                return documentFromJSONLine(line, file: name, line: lineNumber)
            case .tooLong(let bytes):
                return .problem(InputProblem(file: name, line: lineNumber,
                                             message: TextDecoding.Failure.tooLarge(bytes: bytes, limit: decoding.maxBytes).description,
                                             isTooLarge: true))
            case .readError(let reason):
                return .problem(InputProblem(file: name, line: lineNumber, message: "cannot read further: \(reason)"))
            }
        }) { input in
            if let input { try body(input) }
        }
    }

    /// Parses one JSONL line into a document; `id` defaults to `FILE:LINE`.
    public func documentFromJSONLine(_ line: ArraySlice<UInt8>, file: String, line lineNumber: Int) -> InputItem {
        var valid = line
        if let bad = UTF8Text.firstInvalidByte(in: line) {
            guard decoding.lossy else {
                return .problem(InputProblem(file: file, line: lineNumber, message: "invalid UTF-8 at byte \(bad) of the line"))
            }
            valid = ArraySlice(String(decoding: line, as: UTF8.self).utf8)
        }
        if line.count > decoding.maxBytes {
            return .problem(InputProblem(file: file, line: lineNumber,
                                         message: TextDecoding.Failure.tooLarge(bytes: line.count, limit: decoding.maxBytes).description,
                                         isTooLarge: true))
        }
        do {
            let fields = try DocumentJSON.parseObject(validUTF8: valid)
            guard let text = fields.text else {
                return .problem(InputProblem(file: file, line: lineNumber, message: "no \"text\" field"))
            }
            let id = fields.id ?? "\((file as NSString).lastPathComponent):\(lineNumber)"
            if let skip, skip(id) { return .skipped(id) }
            return .document(decoding.document(id: id, text: text, published: fields.published ?? defaultPublished,
                                               metadata: fields.metadata))
        } catch {
            return .problem(InputProblem(file: file, line: lineNumber, message: error.message))
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// Reads a file handle line by line in large chunks, without loading the whole input.
public struct LineReader {
    /// What the reader hands over: a line's bytes (without the `\n`), a line longer than
    /// `maxLineBytes` (its bytes are dropped as they arrive, never held), or a read error (the
    /// rest of the input is lost, and the caller must say so).
    public enum Item {
        case line(ArraySlice<UInt8>)
        case tooLong(bytes: Int)
        case readError(String)
    }

    public let handle: FileHandle
    public var chunkSize = 1 << 20
    public var maxLineBytes: Int

    public init(handle: FileHandle, maxLineBytes: Int = .max) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
    }

    /// The index of the first `\n` in `bytes` from `start` on (`memchr`, many bytes a step).
    static func firstNewline(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            guard start < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// Hands over every line. Reads return what is there: a pipe's lines come through as they
    /// arrive, not a megabyte at a time.
    public func forEachLine(_ body: (Item) throws -> Void) rethrows {
        try forEachLine(beforeWaiting: {}, body)
    }

    /// `forEachLine(_:)`, calling `beforeWaiting` before each read that would wait for more
    /// input, so a caller can finish what it holds (a co-process gets each answer before it
    /// sends the next line).
    public func forEachLine(beforeWaiting: () throws -> Void, _ body: (Item) throws -> Void) rethrows {
        try forEachLine(beforeWaiting: beforeWaiting, reading: { $0 }, body)
    }

    /// `forEachLine(beforeWaiting:_:)` in two steps: `parse` turns each line into what it holds
    /// while the line is in the reader's buffer, and `body` is given that once the reader has let
    /// go of a long line's storage, so that a large document is not held twice while it is worked on.
    public func forEachLine<Read>(beforeWaiting: () throws -> Void, reading parse: (Item) throws -> Read,
                                  _ body: (Read) throws -> Void) rethrows {
        var buffer: [UInt8] = []
        var scanned = 0  // bytes of `buffer` known to hold no newline
        var dropping: Int?  // bytes of an overlong line dropped so far
        let descriptor = handle.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            if !Self.hasInput(descriptor) { try beforeWaiting() }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                try body(parse(.readError(String(cString: strerror(errno)))))
                return
            }
            guard count > 0 else { break }
            buffer.append(contentsOf: chunk[0..<count])
            var lineStart = 0
            while let newline = Self.firstNewline(in: buffer, from: lineStart + scanned) {
                let lineRead: Read
                if let dropped = dropping {
                    lineRead = try parse(.tooLong(bytes: dropped + newline - lineStart))
                    dropping = nil
                } else if newline - lineStart > maxLineBytes {
                    lineRead = try parse(.tooLong(bytes: newline - lineStart))
                } else {
                    lineRead = try parse(.line(buffer[lineStart..<newline]))
                }
                if newline - lineStart > 4 * chunkSize {
                    // a long line, read: its storage goes before the work on what it held begins
                    buffer = Array(buffer[(newline + 1)...])
                    lineStart = 0
                } else {
                    lineStart = newline + 1
                }
                scanned = 0
                try body(lineRead)
            }
            if buffer.capacity > 4 * chunkSize, buffer.count - lineStart < chunkSize {
                // after a long line: let go of its storage instead of keeping it for the next
                buffer = Array(buffer[lineStart...])
            } else {
                buffer.removeFirst(lineStart)
            }
            scanned = buffer.count
            if buffer.count > maxLineBytes {
                dropping = (dropping ?? 0) + buffer.count
                buffer.removeAll(keepingCapacity: true)
                scanned = 0
            }
        }
        if let dropped = dropping {
            try body(parse(.tooLong(bytes: dropped + buffer.count)))
        } else if !buffer.isEmpty {
            let lineRead = try parse(buffer.count > maxLineBytes ? .tooLong(bytes: buffer.count) : .line(buffer[...]))
            buffer = []
            try body(lineRead)
        }
    }

    /// Whether a read of `descriptor` would return within two milliseconds (data, end of input
    /// or an error): a producer's brief pause is no reason to cut a batch short.
    static func hasInput(_ descriptor: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 2) != 0
    }
}
