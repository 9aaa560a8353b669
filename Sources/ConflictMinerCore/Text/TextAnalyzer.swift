import CICU

/// A document after tokenization: its tokens, sentences and lines. Extractors read it.
///
/// The analysis is held once, in a shared immutable object: every rule keeps a copy of the text
/// it reads, and a copy is then one reference instead of one for each array and string inside.
public struct AnalyzedText: Sendable {
    final class Storage: Sendable {
        let document: Document
        let tokens: [Token]
        let keys: TokenKeys
        let sentences: [Range<Int>]
        let lines: [Range<Int>]
        let codePointCount: Int
        let words: WordIDs
        let wordsIdentity: Vocabulary.Identity?

        init(document: Document, keys: TokenKeys, sentences: [Range<Int>], lines: [Range<Int>],
             codePointCount: Int, words: WordIDs = .none, wordsIdentity: Vocabulary.Identity? = nil) {
            self.document = document
            self.tokens = keys.tokens
            self.keys = keys
            self.sentences = sentences
            self.lines = lines
            self.codePointCount = codePointCount
            self.words = words
            self.wordsIdentity = wordsIdentity
        }
    }

    var storage: Storage

    init(document: Document, keys: TokenKeys, sentences: [Range<Int>], lines: [Range<Int>], codePointCount: Int,
         words: WordIDs = .none, wordsIdentity: Vocabulary.Identity? = nil) {
        storage = Storage(document: document, keys: keys, sentences: sentences, lines: lines, codePointCount: codePointCount,
                          words: words, wordsIdentity: wordsIdentity)
    }

    // The arrays are lent (`_read`), not returned: `text.tokens[i]` reads in place instead of
    // retaining and releasing the array around each access.
    public var document: Document { _read { yield storage.document } }
    public var tokens: [Token] { _read { yield storage.tokens } }
    /// The tokens' keys: `keys[i]` is the matching key of token `i` (`Token.keyID`).
    public var keys: TokenKeys { _read { yield storage.keys } }
    /// Token index ranges, one per ICU sentence, in order; together they cover every token.
    public var sentences: [Range<Int>] { _read { yield storage.sentences } }
    /// Token index ranges, one per line, in order: each ends with the whitespace token that holds
    /// its line break (the last may have none); together they cover every token. A blank line
    /// is a range of whitespace alone; a break of several newlines is one token and ends one line.
    public var lines: [Range<Int>] { _read { yield storage.lines } }
    /// Length of the text in code points.
    public var codePointCount: Int { storage.codePointCount }
    /// Each token's id in the vocabulary of `wordsIdentity` (-1 for whitespace and unknown
    /// words), once `identifyWords(with:)` has numbered them; none before.
    public var words: WordIDs { _read { yield storage.words } }
    public var wordsIdentity: Vocabulary.Identity? { storage.wordsIdentity }

    /// Numbers the tokens in a vocabulary: one lookup per distinct key, for every table over it to read.
    public mutating func identifyWords(with vocabulary: Vocabulary) {
        storage = Storage(document: document, keys: keys, sentences: sentences, lines: lines,
                          codePointCount: codePointCount, words: vocabulary.ids(of: self), wordsIdentity: vocabulary.identity)
    }

    public var text: String { document.text }

    /// Where token `index` ends, in code points (end exclusive): where the next one starts, the
    /// tokens covering the text one after another.
    public func end(of index: Int) -> Int {
        index + 1 < tokens.count ? tokens[index + 1].start : codePointCount
    }

    /// Where token `index` ends in the text's UTF-8 (end exclusive).
    public func utf8End(of index: Int) -> Int {
        index + 1 < tokens.count ? tokens[index + 1].utf8Start : document.text.utf8.count
    }

    /// The text of one token as written.
    public func surface(_ index: Int) -> String {
        substring(utf8: tokens[index].utf8Start..<utf8End(of: index))
    }

    /// Whether a token's text begins with a lower-case ASCII letter.
    public func beginsLowercaseASCII(_ index: Int) -> Bool {
        tokens[index].shape.contains(.lowercaseASCIIStart)
    }

    /// The text covered by a run of tokens, as written.
    public func surface(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return substring(utf8: tokens[first].utf8Start..<utf8End(of: last))
    }

    /// The text between two UTF-8 offsets on token boundaries, copied from the document's own
    /// UTF-8 (no transcoding: a String's offsets are O(1) in UTF-8), straight from its bytes
    /// where they lie in one piece, as a native string's do.
    func substring(utf8 range: Range<Int>) -> String {
        let text = document.text, utf8 = text.utf8
        if let copied = utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }) {
            return copied
        }
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(text[start..<utf8.index(start, offsetBy: range.count)])
    }

    /// An entity spanning a run of tokens.
    @inlinable public func entity(_ type: EntityType, tokens range: Range<Int>, attributes: [Attribute] = []) -> Entity {
        Entity(type: type, start: tokens[range.lowerBound].start, end: end(of: range.upperBound - 1),
               text: surface(range), attributes: attributes)
    }

    /// The entity over a token range with a typed value (its attributes written from it), made by
    /// `rule` (`Entity.rule`).
    @inlinable public func entity(_ type: EntityType, tokens range: Range<Int>, value: EntityValue, rule: String? = nil) -> Entity {
        Entity(type: type, start: tokens[range.lowerBound].start, end: end(of: range.upperBound - 1),
               text: surface(range), value: value, rule: rule)
    }

    /// The index of the next non-whitespace token at or after `index`, if any.
    public func nextNonSpace(from index: Int) -> Int? {
        var i = index
        while i < tokens.count {
            if tokens[i].kind != .whitespace { return i }
            i += 1
        }
        return nil
    }

    /// The index of the previous non-whitespace token at or before `index`, if any.
    public func previousNonSpace(from index: Int) -> Int? {
        var i = index
        while i >= 0 {
            if tokens[i].kind != .whitespace { return i }
            i -= 1
        }
        return nil
    }
}

/// Errors from the ICU layer.
public struct TextAnalysisError: Error, CustomStringConvertible {
    public let status: Int32
    public var description: String { "ICU error \(status)" }
}

/// Tokenizes documents with ICU's word and sentence break iterators (the breaks of plain runs of
/// text read directly, as ICU would give them: `TextBreaks`). Holds ICU state, so use
/// one analyzer per thread; `analyze` itself is cheap to call again and again.
public final class TextAnalyzer {
    private let words: OpaquePointer
    private let sentencesBreaker: OpaquePointer
    private var foldBuffer = [UInt16](repeating: 0, count: 256)
    /// The keys of the non-ASCII segments folded so far, kept between documents.
    private var foldMemo = FoldMemo()
    /// Kept between documents for its buffers; lent to `analyze` (a class's stored property
    /// would be checked for exclusive access at every token).
    private var keys = KeyInterner()
    /// The document in UTF-16 (what ICU reads), kept between documents for its pages and lent to
    /// `analyze` like `keys`. Tokens point into the text's UTF-8, so it is not kept with them.
    private var units: [UInt16] = []
    /// A buffer longer than this (a very long document's) is let go rather than kept.
    private static let keptUnits = 1 << 21

    public init() throws {
        var status: Int32 = 0
        guard let words = cm_breaker_open(Int32(CM_BREAK_WORD), &status), status <= 0 else {
            throw TextAnalysisError(status: status)
        }
        guard let sentences = cm_breaker_open(Int32(CM_BREAK_SENTENCE), &status), status <= 0 else {
            cm_breaker_close(words)
            throw TextAnalysisError(status: status)
        }
        self.words = words
        self.sentencesBreaker = sentences
    }

    deinit {
        cm_breaker_close(words)
        cm_breaker_close(sentencesBreaker)
    }

    /// Splits a document into tokens, sentences and lines, and numbers its words in `vocabulary`
    /// when one is given (as `AnalyzedText.identifyWords(with:)` does, from the keys of the
    /// documents this analyzer read before where it can).
    public func analyze(_ document: Document, numberingIn vocabulary: Vocabulary? = nil) -> AnalyzedText {
        var units: [UInt16] = []
        swap(&units, &self.units)
        defer {
            if units.count > Self.keptUnits { units = [] }
            swap(&units, &self.units)
        }
        let unitCount = Self.decodeUTF16(document.text, into: &units)
        // News runs at about a sentence and a line every 100 to 150 units: room for that many
        // (grown as usual past it) instead of five reallocations of each list in a short report.
        let expectedBreaks = min(unitCount / 100 + 4, 1 << 12)
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(expectedBreaks)
        var lines: [Range<Int>] = []
        lines.reserveCapacity(expectedBreaks)
        var codePoints = 0
        var keys = KeyInterner.placeholder
        swap(&keys, &self.keys)
        defer { swap(&keys, &self.keys) }
        // A news text has a distinct key for every ten or so UTF-16 units (fewer in a long one),
        // and a short note as many as it has words: room for that many from the start, instead of
        // growing the table five times a document.
        keys.start(units: unitCount, expectedKeys: min(max(unitCount / 10, min(unitCount / 4, 32)), 1 << 16))

        // The tokens are written in place: a segment is one unit at least and only one of three
        // units or more gives two tokens, so there are no more tokens than units. News runs at
        // about 2.7 units a token; pages of the room never written are not memory.
        let tokens = [Token](unsafeUninitializedCapacity: unitCount + 16) { room, written in
            var tokens = TokenRoom(room)
            defer { written = tokens.count }
            units.withUnsafeBufferPointer { allUnits in
                let buffer = UnsafeBufferPointer(rebasing: allUnits[0..<unitCount])
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
                var sentenceEnds: [Int] = []
                sentenceEnds.reserveCapacity(expectedBreaks)
                var sentenceBreaks = TextBreaks<SentenceBreakRules>(units: base, count: buffer.count, icu: sentencesBreaker)
                while let (boundary, _) = sentenceBreaks.next() { sentenceEnds.append(boundary) }
                // where sentence `index` ends (the last one runs to the end of the text)
                func end(ofSentence index: Int) -> Int { index < sentenceEnds.count - 1 ? sentenceEnds[index] : .max }
                var sentenceStartToken = 0
                var sentenceEnd = end(ofSentence: 0)
                var breaks = TextBreaks<WordBreakRules>(units: base, count: buffer.count, icu: words)
                var lineStart = 0
                var previous = 0
                var cpStart = 0
                var utf8Start = 0
                while let (boundary, rule) = breaks.next() {
                    let segment = UnsafeBufferPointer(rebasing: buffer[previous..<boundary])
                    while previous >= sentenceEnd {
                        sentences.append(sentenceStartToken..<tokens.count)
                        sentenceStartToken = tokens.count
                        sentenceEnd = end(ofSentence: sentences.count)
                    }
                    // A single space, about a third of all tokens: no shape to read, its key by its byte.
                    if segment.count == 1, segment[0] == 0x20, rule < 100 {
                        tokens.append(Token(kind: .whitespace, shape: [], start: cpStart, length: 1, utf8Start: utf8Start,
                                            sentence: sentences.count, keyID: keys.id(ofASCII: 0x20)))
                        cpStart += 1
                        utf8Start += 1
                        previous = boundary
                        continue
                    }
                    let (cpLength, utf8Length, endsLine) = appendTokens(segment, rule: rule, utf8Start: utf8Start,
                                                                        cpStart: cpStart, sentence: sentences.count,
                                                                        keys: &keys, into: &tokens)
                    if endsLine {
                        lines.append(lineStart..<tokens.count)
                        lineStart = tokens.count
                    }
                    cpStart += cpLength
                    utf8Start += utf8Length
                    previous = boundary
                }
                sentences.append(sentenceStartToken..<tokens.count)
                if lineStart < tokens.count { lines.append(lineStart..<tokens.count) }
                codePoints = cpStart
            }
        }
        let (table, ids) = keys.finish(numberingIn: vocabulary)
        return AnalyzedText(document: document, keys: TokenKeys(tokens: tokens, table: table),
                            sentences: sentences, lines: lines, codePointCount: codePoints,
                            words: ids.map { WordIDs(tokens: tokens, keyIDs: $0) } ?? .none,
                            wordsIdentity: ids == nil ? nil : vocabulary?.identity)
    }

    /// Folds a string into the matching key that tokens carry (`AnalyzedText.keys`).
    public func key(for text: String) -> String {
        var bytes: [UInt8] = []
        Array(text.utf16).withUnsafeBufferPointer { foldKey($0, into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The word (or sentence) boundaries of a text and their rule statuses (`TextBreaks`), with
    /// its plain runs read directly or, when `readingDirectly` is false, all of it by ICU: the two
    /// must agree.
    func breaks(of text: String, sentences: Bool = false, readingDirectly: Bool) -> [(boundary: Int, status: Int32)] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return [] }
            func all<Rules: DirectBreakRules>(_: Rules.Type, icu: OpaquePointer) -> [(boundary: Int, status: Int32)] {
                var breaks = TextBreaks<Rules>(units: base, count: buffer.count, icu: icu, readsDirectly: readingDirectly)
                var result: [(boundary: Int, status: Int32)] = []
                while let next = breaks.next() { result.append(next) }
                return result
            }
            return sentences ? all(SentenceBreakRules.self, icu: sentencesBreaker) : all(WordBreakRules.self, icu: words)
        }
    }

    // MARK: - Internals

    /// Decodes the text's UTF-8 into `units` in one pass (the standard library's copy of a
    /// non-ASCII string's `utf16` view first indexes the whole string to learn its length),
    /// growing it when it is too short. Returns the number of units written.
    static func decodeUTF16(_ text: String, into units: inout [UInt16]) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // a unit for each byte at most
            if units.count < bytes.count { units = [UInt16](repeating: 0, count: max(bytes.count, 1 << 15)) }
            return units.withUnsafeMutableBufferPointer { units in
                var i = 0, o = 0
                let n = bytes.count
                guard n > 0, let source = bytes.baseAddress, let target = units.baseAddress else { return 0 }
                while i < n {
                    // eight bytes of ASCII at a time, widened to eight units
                    if i + 8 <= n {
                        let word = UInt64(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self))
                        if word & 0x8080_8080_8080_8080 == 0 {
                            for k in 0..<8 { target[o + k] = UInt16(truncatingIfNeeded: word >> UInt64(8 * k)) & 0xFF }
                            i += 8
                            o += 8
                            continue
                        }
                    }
                    let lead = UInt32(bytes[i])
                    if lead < 0x80 {
                        units[o] = UInt16(truncatingIfNeeded: lead)
                        i += 1
                        o += 1
                        continue
                    }
                    // A String holds valid UTF-8: a lead byte is followed by its continuation bytes.
                    let scalar: UInt32
                    if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        scalar = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    if scalar < 0x10000 {
                        units[o] = UInt16(truncatingIfNeeded: scalar)
                        o += 1
                    } else {
                        units[o] = UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10))
                        units[o + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (scalar & 0x3FF))
                        o += 2
                    }
                }
                return o
            }
        }
    }

    /// A segment's length in code points and in UTF-8 bytes (a unit is one byte below U+0080,
    /// two below U+0800, three above, and a surrogate pair one code point of four bytes).
    private static func lengths(of units: UnsafeBufferPointer<UInt16>) -> (codePoints: Int, utf8: Int) {
        var codePoints = units.count, utf8 = units.count
        for unit in units where unit >= 0x80 {
            if unit < 0x800 {
                utf8 += 1
            } else if unit & 0xF800 == 0xD800 {
                utf8 += 1
                if unit >= 0xDC00 { codePoints -= 1 }
            } else {
                utf8 += 2
            }
        }
        return (codePoints, utf8)
    }

    /// Appends the token (or two, for a possessive) of one segment of ICU's word breaks other
    /// than a single space (which `analyze` appends itself), and
    /// returns the segment's length in code points and in UTF-8 bytes (`lengths(of:)`, read
    /// without a pass of its own where the segment is ASCII) and whether it ends a line (a
    /// whitespace token that holds a line break).
    private func appendTokens(_ segment: UnsafeBufferPointer<UInt16>, rule: Int32, utf8Start: Int, cpStart: Int,
                              sentence: Int, keys: inout KeyInterner,
                              into tokens: inout TokenRoom) -> (codePoints: Int, utf8: Int, endsLine: Bool) {
        let kind: Token.Kind
        switch rule {
        case 100..<200: kind = .number
        case 200..<500: kind = .word
        default: kind = Self.isWhitespace(segment) ? .whitespace : .punctuation
        }
        // A word or number in ASCII, most of the others: shape and key in one pass.
        if kind == .word || kind == .number, let read = Self.internASCII(segment, kind: kind, keys: &keys) {
            tokens.append(Token(kind: kind, shape: read.shape, start: cpStart, length: segment.count,
                                utf8Start: utf8Start, sentence: sentence, keyID: read.keyID))
            return (segment.count, segment.count, false)
        }
        // One other ASCII character (a comma, a full stop, a line break): its key by its byte.
        if segment.count == 1, segment[0] < 0x80 {
            let shape = Self.shape(of: segment, kind: kind)
            tokens.append(Token(kind: kind, shape: shape, start: cpStart, length: 1,
                                utf8Start: utf8Start, sentence: sentence, keyID: keys.id(ofASCII: Self.foldedASCII(segment[0]))))
            return (1, 1, Self.endsLine(kind: kind, shape: shape, rule: rule))
        }
        let (cpLength, utf8Length) = Self.lengths(of: segment)
        var token = Token(kind: kind, shape: Self.shape(of: segment, kind: kind), start: cpStart, length: cpLength,
                          utf8Start: utf8Start, sentence: sentence, keyID: -1)
        foldKey(segment, into: &keys.key)
        let count = keys.key.count
        // Split a possessive 's (straight or curly) off a word: "Pakistan's" → "Pakistan" + "'s".
        if kind == .word, segment.count > 2, count > 2, keys.key[count - 2] == 0x27, keys.key[count - 1] == 0x73,
           Self.isApostrophe(segment[segment.count - 2]), segment[segment.count - 1] | 0x20 == 0x73 {
            let baseLength = segment.count - 2
            var base = token
            base.length = cpLength - 2
            base.shape = Self.shape(of: UnsafeBufferPointer(rebasing: segment[0..<baseLength]), kind: kind)
            keys.key.removeLast(2)
            keys.intern(into: &base)
            token.start = cpStart + cpLength - 2
            token.length = 2
            token.utf8Start = utf8Start + utf8Length - Self.lengths(of: UnsafeBufferPointer(rebasing: segment[baseLength...])).utf8
            token.shape = []
            keys.key.removeAll(keepingCapacity: true)
            keys.key.append(0x27)
            keys.key.append(0x73)
            keys.intern(into: &token)
            tokens.append(base)
        } else {
            keys.intern(into: &token)
        }
        tokens.append(token)
        return (cpLength, utf8Length, Self.endsLine(kind: token.kind, shape: token.shape, rule: rule))
    }

    /// Whether a token ends its line: whitespace holding a line break, of a segment whose rule
    /// status is below 100 (ICU's `UBRK_WORD_NONE`).
    @inline(__always)
    private static func endsLine(kind: Token.Kind, shape: Token.Shape, rule: Int32) -> Bool {
        rule < 100 && kind == .whitespace && shape.contains(.lineBreak)
    }

    /// A word or number in ASCII: its shape, and its key interned straight from the stack, in one
    /// pass over the units (the general path takes a pass each for the shape, the fold and the
    /// hash, and builds the key in an array first). Nil at a unit that is not ASCII, and for a
    /// word ending in a possessive `'s`, which the general path splits off.
    private static func internASCII(_ segment: UnsafeBufferPointer<UInt16>, kind: Token.Kind,
                                    keys: inout KeyInterner) -> (shape: Token.Shape, keyID: Int32)? {
        let count = segment.count
        if kind == .word, count > 2, segment[count - 2] == 0x27, segment[count - 1] | 0x20 == 0x73 { return nil }
        var hash = SymbolTable.hashSeed
        var shape: Token.Shape = []
        var letters = 0
        var uppers = 0
        var digits = 0
        var apostrophe = false
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { bytes -> (Token.Shape, Int32)? in
            for index in 0..<count {
                let unit = segment[index]
                guard unit < 0x80 else { return nil }
                var byte = UInt8(truncatingIfNeeded: unit)
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                } else if byte >= 0x41 && byte <= 0x5A {
                    if letters == 0 && digits == 0 && index < 2 { shape.insert(.capitalized) }
                    letters += 1
                    uppers += 1
                    byte |= 0x20
                } else if byte >= 0x61 && byte <= 0x7A {
                    if index == 0 { shape.insert(.lowercaseASCIIStart) }
                    letters += 1
                } else if byte == 0x27 {
                    apostrophe = true
                }
                bytes[index] = byte
                hash = SymbolTable.hash(hash, adding: byte)
            }
            shape.formUnion(Self.counted(letters: letters, uppers: uppers, digits: digits, units: count))
            if apostrophe && count > 2 { shape.insert(.innerApostrophe) }  // `Token.hasInnerApostrophe`
            let keyID = count == 1 ? keys.id(ofASCII: bytes[0])
                : keys.intern(UnsafeBufferPointer(bytes), hash: SymbolTable.finishHash(hash))
            return (shape, keyID)
        }
    }

    /// An ASCII unit's key byte: upper case to lower, anything else as it is.
    private static func foldedASCII(_ unit: UInt16) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: unit)
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Folds a segment into a key's UTF-8: ASCII byte by byte, anything else through ICU.
    private func foldKey(_ segment: UnsafeBufferPointer<UInt16>, into keyBytes: inout [UInt8]) {
        keyBytes.removeAll(keepingCapacity: true)
        var ascii = true
        for unit in segment where unit >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for unit in segment { keyBytes.append(Self.foldedASCII(unit)) }
        } else if !foldMemo.append(foldOf: segment, to: &keyBytes) {
            withFolded(segment) { Self.appendUTF8(of: $0, to: &keyBytes) }
            foldMemo.add(segment, folded: keyBytes)
        }
    }

    /// Calls `body` with a segment folded through ICU (the segment itself if ICU refuses it).
    private func withFolded<Result>(_ segment: UnsafeBufferPointer<UInt16>,
                                    _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        var status: Int32 = 0
        var length = Int(cm_fold(segment.baseAddress, Int32(segment.count), &foldBuffer, Int32(foldBuffer.count), &status))
        if length > foldBuffer.count {
            foldBuffer = [UInt16](repeating: 0, count: length * 2)
            length = Int(cm_fold(segment.baseAddress, Int32(segment.count), &foldBuffer, Int32(foldBuffer.count), &status))
        }
        if status > 0 { return body(segment) }
        return foldBuffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
    }

    /// Appends UTF-16 as UTF-8, a lone surrogate as U+FFFD (as `String(decoding:as:)` repairs it).
    static func appendUTF8(of units: UnsafeBufferPointer<UInt16>, to bytes: inout [UInt8]) {
        var i = 0
        while i < units.count {
            var scalar = UInt32(units[i])
            i += 1
            if scalar & 0xF800 == 0xD800 {
                if scalar < 0xDC00, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                } else {
                    scalar = 0xFFFD
                }
            }
            switch scalar {
            case ..<0x80:
                bytes.append(UInt8(scalar))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | scalar >> 6))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | scalar >> 12))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | scalar >> 18))
                bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
    }

    private static func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x2018 || unit == 0x02BC
    }

    private static func isWhitespace(_ segment: UnsafeBufferPointer<UInt16>) -> Bool {
        for unit in segment {
            switch unit {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                continue
            default:
                return false
            }
        }
        return true
    }

    private static func shape(of segment: UnsafeBufferPointer<UInt16>, kind: Token.Kind) -> Token.Shape {
        var shape: Token.Shape = []
        if kind == .whitespace {
            for unit in segment where unit == 0x0A || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029 {
                return .lineBreak
            }
            return shape
        }
        if let first = segment.first, first >= 0x61 && first <= 0x7A { shape.insert(.lowercaseASCIIStart) }
        var letters = 0
        var uppers = 0
        var digits = 0
        var i = 0
        while i < segment.count {
            var value = UInt32(segment[i])
            i += 1
            if value & 0xFC00 == 0xD800, i < segment.count, segment[i] & 0xFC00 == 0xDC00 {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(segment[i]) - 0xDC00)
                i += 1
            }
            let isFirst = letters == 0 && digits == 0 && i <= 2
            if value >= 0x30 && value <= 0x39 {
                digits += 1
            } else if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    letters += 1; uppers += 1
                    if isFirst { shape.insert(.capitalized) }
                } else if value >= 0x61 && value <= 0x7A {
                    letters += 1
                }
            } else if value >= 0x2000 && value <= 0x206F {
                // general punctuation (dashes, curly quotes): no letter, no property lookup
            } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase {
                    uppers += 1
                    if isFirst { shape.insert(.capitalized) }
                }
            }
        }
        return shape.union(counted(letters: letters, uppers: uppers, digits: digits, units: segment.count))
    }

    /// The shape flags a token's counts of letters, upper-case letters and digits give (over its
    /// `units` UTF-16 units), as `shape(of:kind:)` and `internASCII` count them.
    private static func counted(letters: Int, uppers: Int, digits: Int, units: Int) -> Token.Shape {
        var shape: Token.Shape = []
        if letters > 0 { shape.insert(.hasLetter) }
        if digits > 0 { shape.insert(.hasDigit) }
        if digits > 0 && letters == 0 && digits == units { shape.insert(.allDigits) }
        if letters >= 2 && uppers == letters { shape.insert(.allUppercase) }
        return shape
    }
}

/// A document's distinct keys (`KeyTable`), as its tokens meet them: each token's key is hashed
/// once and compared with the key stored under that hash. A key new to the document is looked up
/// in the keys of the documents before (`KeyMemo`), which give its `String` (made once, not once
/// per document) and its id in the pipeline's vocabulary.
private struct KeyInterner {
    /// The key of the token being read, in UTF-8.
    var key: [UInt8] = []
    private var table = KeyTable()
    /// The ids of the one-byte ASCII keys met so far, by byte (-1: not yet).
    private var asciiIDs = [Int32](repeating: -1, count: 128)
    /// The keys of the documents read before, kept between documents.
    private var memo = KeyMemo()

    /// An empty interner, made once: what the analyzer holds while it lends its own to `analyze`.
    static let placeholder = KeyInterner()
    /// An empty table, made once: what the interner holds between `finish` and `start`.
    private static let noTable = KeyTable()

    /// Gives the token the id of `key`, and what the key tells of its shape: an inner apostrophe.
    mutating func intern(into token: inout Token) {
        var bytes: [UInt8] = []
        swap(&bytes, &key)
        token.keyID = bytes.withUnsafeBufferPointer { intern($0, hash: SymbolTable.hash($0)) }
        swap(&bytes, &key)
        if Token.hasInnerApostrophe(key) { token.shape.insert(.innerApostrophe) }
    }

    /// The id of a key given as its bytes and their `SymbolTable.hash`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let known = memo.id(of: bytes, hash: hash, in: table) { return known }
        return table.append(hash: hash, entry: memo.entry(bytes, hash: hash))
    }

    /// The id of a one-byte ASCII key (no apostrophe inside), looked up once per document (a
    /// space is a third of all tokens: the known case is read in place).
    @inline(__always)
    mutating func id(ofASCII byte: UInt8) -> Int32 {
        let known = asciiIDs[Int(byte)]
        return known >= 0 ? known : firstID(ofASCII: byte)
    }

    private mutating func firstID(ofASCII byte: UInt8) -> Int32 {
        var byte = byte
        let id = withUnsafePointer(to: &byte) { bytes in
            let key = UnsafeBufferPointer(start: bytes, count: 1)
            return intern(key, hash: SymbolTable.hash(key))
        }
        asciiIDs[Int(byte)] = id
        return id
    }

    /// Starts a document of `units` UTF-16 units, with room for about `expectedKeys` keys.
    mutating func start(units: Int, expectedKeys: Int) {
        memo.startDocument(units: units)
        table = KeyTable(capacity: expectedKeys, strings: memo.strings)
    }

    /// The keys met since `start`, with their ids in `vocabulary` when one is given (from the
    /// memo, each looked up once while it stays there); the interner starts again empty.
    mutating func finish(numberingIn vocabulary: Vocabulary?) -> (keys: KeyTable, ids: [Int32]?) {
        defer {
            table = Self.noTable
            for index in asciiIDs.indices { asciiIDs[index] = -1 }
        }
        guard let vocabulary else { return (table, nil) }
        memo.number(in: vocabulary)
        var ids: [Int32] = []
        ids.reserveCapacity(table.count)
        for (entry, hash) in zip(table.entries, table.hashes) {
            ids.append(memo.id(of: entry, hash: hash, in: vocabulary))
        }
        return (table, ids)
    }
}

/// The keys of the documents an analyzer has read, each with its `String` and, once asked, its id
/// in the vocabulary the analyzer numbers in: a document's new keys are mostly the words of the
/// documents before it, whose strings need not be made again nor their ids looked up again in a
/// vocabulary of hundreds of thousands of words. At most `limit` keys are kept past a document's
/// end; past that the memo starts again empty.
private struct KeyMemo {
    private var keys = SymbolTable()
    /// Per entry: the key as a `String` (shared with the documents, `KeyTable`).
    private(set) var strings: KeyStrings
    /// Per entry: its id in `numbering`'s vocabulary (-1: none), -2 before it is looked up.
    private var ids: [Int32] = []
    /// The vocabulary whose ids `ids` holds.
    private var numbering: Vocabulary.Identity?
    static let limit = 1 << 17

    /// An empty memo with room for the strings of `capacity` keys.
    init(capacity: Int = 2 * KeyMemo.limit) {
        strings = KeyStrings(capacity: capacity)
    }

    /// The id in a document's table (whose entries are this memo's) of a key with its
    /// `SymbolTable.hash`, compared with the memo's bytes; nil if the document has not met it.
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, in table: KeyTable) -> Int32? {
        table.id(hash: hash) { entry in keys.equals(entry, key) }
    }

    /// The entry of a key (with its `SymbolTable.hash`), added if new.
    mutating func entry(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let known = keys.symbol(bytes: key, hash: hash) { return known }
        _ = strings.append(String(decoding: key, as: UTF8.self))
        ids.append(-2)
        return keys.insert(bytes: key, hash: hash)
    }

    /// Between documents (no entry is held then), before one of `units` UTF-16 units (no more
    /// keys than that): starts again empty if it has grown past `limit`, or if the document's
    /// keys might not fit in its strings.
    mutating func startDocument(units: Int) {
        let room = units + 16
        if strings.count > Self.limit || strings.count + room > strings.capacity {
            self = KeyMemo(capacity: max(2 * Self.limit, Self.limit + room))
        }
    }

    /// Keeps ids of `vocabulary` from now on, forgetting those of any other.
    mutating func number(in vocabulary: Vocabulary) {
        guard numbering != vocabulary.identity else { return }
        numbering = vocabulary.identity
        for index in ids.indices { ids[index] = -2 }
    }

    /// The id of an entry's key (whose `SymbolTable.hash` is `hash`) in `vocabulary`, the one of
    /// `number(in:)`: looked up there the first time, kept after.
    mutating func id(of entry: Int32, hash: UInt64, in vocabulary: Vocabulary) -> Int32 {
        let index = Int(entry)
        if ids[index] == -2 { ids[index] = keys.withKey(entry) { vocabulary.id(bytes: $0, hash: hash) } }
        return ids[index]
    }
}

/// The folded keys of the non-ASCII segments an analyzer has met (`TextAnalyzer.foldKey`): ICU's
/// folding takes about 2,700 instructions a segment, and a text repeats its curly quotes, dashes
/// and names. At most `limit` segments are kept; past that the memo starts again empty.
private struct FoldMemo {
    /// The segments met, their UTF-16 units read as bytes; a segment's symbol indexes its key.
    private var segments = SymbolTable()
    /// The folded keys' UTF-8, concatenated: key `i` is `keys[offsets[i] ..< offsets[i + 1]]`.
    private var keys: [UInt8] = []
    private var offsets: [UInt32] = [0]
    static let limit = 1 << 16

    /// Appends the folded key of a segment met before to `key`; false for a segment not met.
    func append(foldOf segment: UnsafeBufferPointer<UInt16>, to key: inout [UInt8]) -> Bool {
        guard let symbol = segment.withMemoryRebound(to: UInt8.self, { segments.symbol(bytes: $0) }) else { return false }
        key.append(contentsOf: keys[Int(offsets[Int(symbol)])..<Int(offsets[Int(symbol) + 1])])
        return true
    }

    /// Keeps the folded key of a segment not met before.
    mutating func add(_ segment: UnsafeBufferPointer<UInt16>, folded key: [UInt8]) {
        if segments.count >= Self.limit { self = FoldMemo() }
        _ = segment.withMemoryRebound(to: UInt8.self) { segments.intern(bytes: $0, hash: SymbolTable.hash($0)) }
        keys.append(contentsOf: key)
        offsets.append(UInt32(keys.count))
    }
}

/// The room the analyzer writes a document's tokens into, one after another: an array's own
/// uninitialized storage, with room for every token the text can give.
private struct TokenRoom {
    private let room: UnsafeMutableBufferPointer<Token>
    /// The number of tokens written.
    private(set) var count = 0

    init(_ room: UnsafeMutableBufferPointer<Token>) {
        self.room = room
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        precondition(count < room.count, "more tokens than units of text")
        (room.baseAddress! + count).initialize(to: token)
        count += 1
    }
}
