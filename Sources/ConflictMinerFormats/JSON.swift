import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// Builds compact JSON text with keys in the order they are written (deterministic output).
/// The text is built as UTF-8 bytes and made a `String` once, at the end.
public struct JSONWriter {
    private var buffer: JSONBuffer
    /// Whether the next value in the current container needs a comma before it. (A container that
    /// ends was a value of the one around it, so that one needs a comma next: no stack of flags.)
    private var needsComma = false

    public init() { buffer = JSONBuffer(capacity: 256) }

    /// A writer with room for `capacity` bytes: a long output written into a buffer of its size
    /// is not copied into one twice as large as it grows.
    public init(capacity: Int) { buffer = JSONBuffer(capacity: capacity) }

    /// The JSON written so far.
    public var output: String { buffer.withWritten { String(decoding: $0, as: UTF8.self) } }

    /// The JSON written, as UTF-8: the writer's own buffer, cut to what was written (not copied).
    public consuming func utf8() -> [UInt8] { buffer.taken() }

    /// Ends a JSONL line.
    public mutating func newline() { buffer.write(0x0A) }

    public mutating func beginObject() { begin(UInt8(ascii: "{")) }
    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ bracket: UInt8) {
        separate()
        buffer.write(bracket)
        needsComma = false
    }

    private mutating func end(_ bracket: UInt8) {
        buffer.write(bracket)
        needsComma = true
    }

    /// Writes a key; the next value belongs to it.
    public mutating func key(_ name: String) {
        separate()
        buffer.writeQuoted(name)
        buffer.write(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A key written at every entity: a literal of plain characters (no quote, backslash or
    /// control character: it needs no escaping), copied in as it is, with no string or array
    /// made or shared (a shared array is reference-counted at every use, on every thread).
    public struct Key: Sendable {
        let name: StaticString

        public init(_ name: StaticString) {
            assert(name.withUTF8Buffer { !$0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } },
                   "a JSON key literal needs no escaping")
            self.name = name
        }
    }

    /// Writes a key literal; the next value belongs to it: the comma before it, the quoted name
    /// and the colon in one write.
    public mutating func key(_ key: Key) {
        let comma = needsComma
        key.name.withUTF8Buffer { name in
            buffer.write(atMost: name.count + 4) { room in
                var at = 0
                if comma { room[0] = UInt8(ascii: ","); at = 1 }
                room[at] = UInt8(ascii: "\"")
                (room + at + 1).update(from: name.baseAddress!, count: name.count)
                at += name.count + 1
                room[at] = UInt8(ascii: "\"")
                room[at + 1] = UInt8(ascii: ":")
                return at + 2
            }
        }
        needsComma = false
    }

    public mutating func field(_ key: Key, _ text: String?) { self.key(key); value(text) }
    public mutating func field(_ key: Key, _ number: Int) { self.key(key); value(number) }

    public mutating func value(_ text: String?) {
        separate()
        if let text { buffer.writeQuoted(text) } else { buffer.write("null") }
    }

    public mutating func value(_ number: Int) {
        separate()
        buffer.writeDecimal(number)
    }

    public mutating func value(_ flag: Bool) { separate(); buffer.write(flag ? "true" : "false") }

    public mutating func value(_ number: Double?) {
        separate()
        guard let number, number.isFinite else { buffer.write("null"); return }
        var digits = String(number)
        digits.withUTF8 { buffer.write($0) }
    }

    public mutating func field(_ name: String, _ text: String?) { key(name); value(text) }
    public mutating func field(_ name: String, _ number: Int) { key(name); value(number) }
    public mutating func field(_ name: String, _ number: Double?) { key(name); value(number) }
    public mutating func field(_ name: String, _ flag: Bool) { key(name); value(flag) }
    /// A field whose value is an array of strings.
    public mutating func field(_ name: String, _ strings: [String]) {
        key(name)
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    private mutating func separate() {
        if needsComma { buffer.write(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Appends a JSON string literal.
    public static func appendQuoted(_ text: String, to output: inout String) {
        var buffer = JSONBuffer(capacity: text.utf8.count + 2)
        buffer.writeQuoted(text)
        output += buffer.withWritten { String(decoding: $0, as: UTF8.self) }
    }
}

/// A writer's output: the bytes written are `storage[..<count]` and the rest of `storage` is room
/// (zeros). A write is a copy into place after one test for room, where an array's `append` is a
/// generic call with checks of its own (made at every key, bracket and value, those calls were
/// more than a third of a JSONL line's cost).
struct JSONBuffer {
    private var storage: [UInt8]
    private var count = 0

    init(capacity: Int) { storage = [UInt8](filledWith: 0, count: max(capacity, 16)) }

    /// Calls `body` with room for `limit` bytes after those written; it returns how many it wrote.
    @inline(__always)
    mutating func write(atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < limit { grow(limit) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        write(atMost: bytes.count) { room in
            room.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        write(atMost: 1) { room in
            room.pointee = byte
            return 1
        }
    }

    /// Writes a literal's bytes.
    mutating func write(_ literal: StaticString) { literal.withUTF8Buffer { write($0) } }

    /// Writes an integer's decimal digits, as `String(number)` writes them (without making one).
    mutating func writeDecimal(_ number: Int) {
        write(atMost: 20) { room in
            let sign = number < 0 ? 1 : 0
            if sign == 1 { room[0] = UInt8(ascii: "-") }
            let length = decimalDigitCount(number.magnitude)
            writeDigits(number.magnitude, width: length, into: UnsafeMutableBufferPointer(start: room, count: 20), at: sign)
            return sign + length
        }
    }

    /// Writes a JSON string literal: plain text (most) quoted and copied in one write; a quote, a
    /// backslash and control characters escaped.
    mutating func writeQuoted(_ text: String) {
        // `String.withUTF8Bytes` written out: through it the closure is a value the compiler does
        // not inline here, 1.4 M instructions a megabyte more at every string written
        if text.utf8.withContiguousStorageIfAvailable({ writeQuoted(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { writeQuoted(utf8: $0) }
        }
    }

    private mutating func writeQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        guard JSONStringBytes.containsSpecialByte(utf8) else {
            write(atMost: utf8.count + 2) { room in
                room[0] = UInt8(ascii: "\"")
                if let source = utf8.baseAddress { (room + 1).update(from: source, count: utf8.count) }
                room[utf8.count + 1] = UInt8(ascii: "\"")
                return utf8.count + 2
            }
            return
        }
        write(UInt8(ascii: "\""))
        writeEscaped(utf8)
        write(UInt8(ascii: "\""))
    }

    /// Writes UTF-8 bytes as the inside of a JSON string literal: the plain runs between special
    /// bytes passed over eight bytes at a time, as the reader does, and copied whole.
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var plainStart = 0
        var index = 0
        while index < count {
            index = JSONStringBytes.plainWordsEnd(in: utf8, from: index)
            while index < count, !JSONStringBytes.isSpecial(base[index]) { index += 1 }
            guard index < count else { break }
            write(UnsafeBufferPointer(start: base + plainStart, count: index - plainStart))
            switch base[index] {
            case 0x22: write(#"\""#)
            case 0x5C: write(#"\\"#)
            case 0x0A: write(#"\n"#)
            case 0x0D: write(#"\r"#)
            case 0x09: write(#"\t"#)
            default:
                let hex = String(base[index], radix: 16)
                var escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                escape.withUTF8 { write($0) }
            }
            index += 1
            plainStart = index
        }
        write(UnsafeBufferPointer(start: base + plainStart, count: count - plainStart))
    }

    /// At least doubles the room, so that n bytes written one by one cost O(n).
    private mutating func grow(_ needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(storage.count, needed)))
    }

    func withWritten<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// The bytes written, in the buffer's own storage (the room after them cut off).
    consuming func taken() -> [UInt8] {
        storage.removeLast(storage.count - count)
        return storage
    }
}

/// Reading `NAME.meta.json` and JSONL input lines into documents.
public enum DocumentJSON {
    /// Fields that a JSON object contributes to a document.
    public struct Fields {
        public var id: String?
        public var text: String?
        public var published: PublicationDate?
        public var metadata: [String: String] = [:]
    }

    /// Parses one JSON object (a meta file or a JSONL line). `published` may be `YYYY-MM-DD`,
    /// `YYYY-MM`, `YYYY` or null; an optional `published_precision` must agree with it.
    public static func parseObject(_ bytes: Data) throws(DocumentJSONError) -> Fields {
        if let flat = bytes.withUnsafeBytes({ FlatJSONObject.parse($0.bindMemory(to: UInt8.self)) }),
           let fields = try? fields(of: flat) {
            return fields
        }
        return try parseThroughFoundation(bytes)
    }

    /// Parses one JSONL line already checked to be valid UTF-8: the flat reader reads it in place
    /// (no copy of the line, no second check), and only a line it does not take is copied for
    /// Foundation.
    public static func parseObject(validUTF8 line: ArraySlice<UInt8>) throws(DocumentJSONError) -> Fields {
        if let flat = line.withUnsafeBufferPointer({ FlatJSONObject.parse(validUTF8: $0) }),
           let fields = try? fields(of: flat) {
            return fields
        }
        return try parseThroughFoundation(Data(line))
    }

    /// Anything the flat reader does not take (nested values, numbers, booleans, duplicate keys,
    /// invalid JSON, a field in error) goes through Foundation, which words the error.
    private static func parseThroughFoundation(_ bytes: Data) throws(DocumentJSONError) -> Fields {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            throw DocumentJSONError("not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else { throw DocumentJSONError("not a JSON object") }
        return try fields(of: dictionary.map { key, value in
            (key, value is NSNull ? .null : (value as? String).map { .string($0) } ?? .other(value))
        })
    }

    private static func fields(of object: [(key: String, value: JSONFieldValue)]) throws(DocumentJSONError) -> Fields {
        var fields = Fields()
        for (key, value) in object {
            switch (key, value) {
            case ("id", .string(let text)):
                fields.id = text
            case ("id", .other(let value)):
                guard let number = value as? NSNumber, !(value is Bool) else { throw DocumentJSONError("\"id\" must be a string") }
                fields.id = number.stringValue
            case ("id", .null), ("published", .null):
                continue
            case ("text", let value):
                guard case .string(let text) = value else { throw DocumentJSONError("\"text\" must be a string") }
                fields.text = text
            case ("published", let value):
                guard case .string(let text) = value else {
                    throw DocumentJSONError("\"published\" must be a string YYYY-MM-DD, YYYY-MM or YYYY")
                }
                guard let date = PublicationDate(parsing: text) else {
                    throw DocumentJSONError("\"published\" is not a valid date YYYY-MM-DD, YYYY-MM or YYYY: \"\(text)\"")
                }
                fields.published = date
            case (_, .string(let text)):
                fields.metadata[key] = text
            case (_, .null):
                fields.metadata[key] = "null"  // as Foundation writes it
            case (_, .other(let value)):
                if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) {
                    fields.metadata[key] = String(decoding: data, as: UTF8.self)
                }
            }
        }
        if let precision = fields.metadata["published_precision"], let date = fields.published,
           precision != date.precision.rawValue {
            throw DocumentJSONError("\"published_precision\" is \"\(precision)\" but \"published\" is \(date)")
        }
        return fields
    }
}

/// Why a JSON document or meta file was rejected.
public struct DocumentJSONError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension AnnotatedDocument {
    /// One line of span JSONL as Prodigy and spaCy's `Doc.char_span` read it: the text, its spans
    /// (`start`, `end` in code points, which are Python's string offsets; `label` the type) and
    /// `meta` with the id and publication date.
    public func spansJSONLine() -> String {
        String(decoding: spansJSONLineUTF8(newline: false), as: UTF8.self)
    }

    /// The span line as UTF-8, with its newline unless told not: what `extract` writes, built
    /// once (a large document's line is not copied into a `String` and back).
    public func spansJSONLineUTF8(newline: Bool = true) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", document.text)
        json.key("spans")
        json.beginArray()
        for entity in entities {
            json.beginObject()
            json.field("start", entity.start)
            json.field("end", entity.end)
            json.field("label", entity.type.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("meta")
        json.beginObject()
        json.field("id", document.id)
        json.field("published", document.published?.description)
        json.endObject()
        json.endObject()
        if newline { json.newline() }
        return json.utf8()
    }

    /// One JSONL output line (without the newline):
    /// `{"id","published","entities":[{"type","start","end","text","attributes":{…}}]}`.
    public func jsonLine() -> String {
        String(decoding: jsonLineUTF8(newline: false), as: UTF8.self)
    }

    /// The output line as UTF-8, with its newline unless told not (see `spansJSONLineUTF8`).
    public func jsonLineUTF8(newline: Bool = true) -> [UInt8] {
        // An entity takes about 125 bytes; room for 160 each is seldom outgrown (the room is
        // zeroed when made: a 10 MB document's peak is 243 MB as with the array reserved before).
        var json = JSONWriter(capacity: 256 + entities.count * 160)
        json.beginObject()
        json.field("id", document.id)
        json.field("published", document.published?.description)
        json.key("entities")
        json.beginArray()
        for entity in entities {
            json.beginObject()
            json.field(EntityKeys.type, entity.type.rawValue)
            json.field(EntityKeys.start, entity.start)
            json.field(EntityKeys.end, entity.end)
            json.field(EntityKeys.text, entity.text)
            json.key(EntityKeys.attributes)
            json.beginObject()
            entity.forEachAttribute(given: { json.field($0, $1) },
                                    named: { json.field(EntityKeys.attribute($0), $1) })
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        if newline { json.newline() }
        return json.utf8()
    }
}

/// The keys of an entity in a JSONL line, as literals; a typed value's attribute names too
/// (`AttributeName.literal`), while attributes given by name are quoted as they come.
enum EntityKeys {
    static let type = JSONWriter.Key("type"), start = JSONWriter.Key("start"), end = JSONWriter.Key("end")
    static let text = JSONWriter.Key("text"), attributes = JSONWriter.Key("attributes")

    static func attribute(_ name: AttributeName) -> JSONWriter.Key { JSONWriter.Key(name.literal) }
}

/// The bytes a JSON string cannot hold as they are (a quote, a backslash, a control character),
/// looked for eight at a time by the reader and the writer: most strings have none.
enum JSONStringBytes {
    /// Whether one of eight bytes is `"`, `\\` or below 0x20 (the bit tricks of "has a zero
    /// byte" and "has a byte less than n", exact for whether any byte is one).
    static func holdsSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote & high
        let hasBackslash = (backslash &- ones) & ~backslash & high
        let hasControl = (word &- ones &* 0x20) & ~word & high
        return hasQuote | hasBackslash | hasControl != 0
    }

    /// Whether one byte is `"`, `\\` or below 0x20.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// Whether any of the bytes is special: eight at a time, the last few as the last eight
    /// (overlapping those tested), or, in a string of fewer, over padding that is not.
    static func containsSpecialByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        guard count >= 8 else {
            var word: UInt64 = 0x2020_2020_2020_2020  // spaces
            withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
            return holdsSpecialByte(word)
        }
        let passed = plainWordsEnd(in: bytes, from: 0)
        if passed + 8 <= count { return true }  // the word there holds one
        return passed < count && holdsSpecialByte(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
    }

    /// Where a run of plain bytes from `start` stops, read eight at a time: at the first word of
    /// eight that holds a special byte, or where fewer than eight are left. Every byte before is plain.
    @inline(__always)
    static func plainWordsEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count, !holdsSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
            index += 8
        }
        return index
    }
}

/// A field's value in a JSON object, as a document's fields take it.
enum JSONFieldValue {
    case string(String)
    case null
    /// Anything else, as Foundation read it (a number, a boolean, an array, an object).
    case other(Any)
}

/// A reader for the JSON objects most inputs are: one object of string and null values (a JSONL
/// document line, a meta file), read straight from its UTF-8 without Foundation's parser (which
/// made a tree of objects for every line, and took a tenth of a run's time beside annotation).
/// It gives nil for anything else (nested values, numbers, booleans, a duplicate key, invalid
/// JSON), and the caller then asks `JSONSerialization`, so both read every input alike.
enum FlatJSONObject {
    /// The object's fields in order, each a string or null, or nil for anything else.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [(key: String, value: JSONFieldValue)]? {
        // (invalid UTF-8 is Foundation's to refuse: `String(decoding:)` would repair it)
        guard UTF8Text.firstInvalidByte(in: bytes) == nil else { return nil }
        return parse(validUTF8: bytes)
    }

    /// `parse(_:)` for bytes known to be valid UTF-8.
    static func parse(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [(key: String, value: JSONFieldValue)]? {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        guard reader.take(0x7B) else { return nil }  // {
        // (an array, not a dictionary: a line has a few fields, and none is hashed)
        var object: [(key: String, value: JSONFieldValue)] = []
        reader.skipSpace()
        if reader.take(0x7D) {  // }
            reader.skipSpace()
            return reader.atEnd ? object : nil
        }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(0x3A) else { return nil }  // :
            reader.skipSpace()
            let value: JSONFieldValue
            if let text = reader.string() {
                value = .string(text)
            } else if reader.take(literal: "null") {
                value = .null
            } else {
                return nil
            }
            guard !object.contains(where: { $0.key == key }) else { return nil }
            object.append((key, value))
            reader.skipSpace()
            if reader.take(0x2C) { continue }  // ,
            guard reader.take(0x7D) else { return nil }
            reader.skipSpace()
            return reader.atEnd ? object : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func take(literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard bytes.count - position >= count,
                  memcmp(bytes.baseAddress! + position, literal.utf8Start, count) == 0 else { return false }
            position += count
            return true
        }

        /// A string literal, its escapes decoded; nil (position unspecified) for none or an invalid one.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            var decoded: [UInt8]? = nil  // only once an escape is met
            var runStart = position
            while position < bytes.count {
                skipPlainWords()
                guard position < bytes.count else { break }
                let byte = bytes[position]
                if byte == 0x22 {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                    position += 1
                    guard var decoded else { return String(decoding: run, as: UTF8.self) }
                    decoded.append(contentsOf: run)
                    return String(decoding: decoded, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == 0x5C else {
                    position += 1
                    continue
                }
                if decoded == nil { decoded = [] }
                decoded!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case 0x22, 0x5C, 0x2F: decoded!.append(escape)
                case 0x62: decoded!.append(0x08)
                case 0x66: decoded!.append(0x0C)
                case 0x6E: decoded!.append(0x0A)
                case 0x72: decoded!.append(0x0D)
                case 0x74: decoded!.append(0x09)
                case 0x75:
                    guard let scalar = unicodeEscape() else { return nil }
                    UTF8.encode(scalar) { decoded!.append($0) }
                default: return nil
                }
                runStart = position
            }
            return nil
        }

        /// Moves past plain bytes eight at a time, up to the first word that holds a quote, a
        /// backslash or a control character (a document's text is a run of tens of thousands of
        /// plain bytes; the byte loop then reads only the word that ends it).
        private mutating func skipPlainWords() {
            position = JSONStringBytes.plainWordsEnd(in: bytes, from: position)
        }

        /// The scalar of `\uXXXX` (after the `u`), a surrogate pair taken whole; nil for a lone surrogate.
        private mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                guard take(0x5C), take(0x75), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        private mutating func hex4() -> UInt32? {
            guard bytes.count - position >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }
    }
}
