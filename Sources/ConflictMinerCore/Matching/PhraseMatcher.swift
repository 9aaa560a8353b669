/// Finds gazetteer phrases in analyzed text: a trie over interned token keys, walked once from
/// each token, longest match first (after spaCy's PhraseMatcher and FlashText).
///
/// Phrases are tokenized by the same `TextAnalyzer` as documents. Inside a phrase, spaces and
/// hyphens are optional and interchangeable (`Jaish-ul-Adl` = `Jaish ul Adl`), apostrophes
/// inside a word are ignored (`Jama'at` = `Jamaat`), and Arabic/Urdu connecting particles are
/// folded together (`al`/`el`/`ul`/`ud`/… and `e`/`i`, as in `Lashkar-e-Taiba` = `Lashkar-i-Taiba`).
/// A match never crosses a line break.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// A phrase found in a document: the token range it covers and what the phrase stands for.
    public struct Match: Sendable {
        public var tokens: Range<Int>
        /// In the order they were added; a slice of the matcher's own payloads once they are
        /// grouped (`groupPayloads()`), so that a match copies none.
        public var payloads: ArraySlice<Payload>
    }

    /// The trie in flat arrays (see `TrieTables`), so that a compiled gazetteer loads by copying.
    package var tables = TrieTables()
    /// Payloads of terminal nodes, in lists threaded through `tables.payloadNext`.
    package var payloads: [Payload] = []
    /// A bit per symbol: whether some phrase begins with it (the root has an edge on it), so that
    /// a walk passes over most tokens with one load instead of a probe of the edge table.
    var startSymbols: [UInt64] = []

    public init() {}

    /// The number of distinct phrases added.
    public var phraseCount: Int { tables.terminalCount }

    /// Adds a phrase, tokenized with `analyzer`. Returns false for a phrase with no word in it.
    @discardableResult
    public mutating func add(_ phrase: String, payload: Payload, analyzer: TextAnalyzer) -> Bool {
        add(keys: Self.keys(of: phrase, analyzer: analyzer), payload: payload)
    }

    /// Adds a phrase given as its match keys (from `keys(of:analyzer:)`). Returns false for no keys.
    @discardableResult
    public mutating func add(keys: [String], payload: Payload) -> Bool {
        guard !keys.isEmpty else { return false }
        var node: Int32 = 0
        for key in keys {
            let symbol = tables.intern(key)
            if node == 0 { Self.insert(symbol, into: &startSymbols) }
            node = tables.child(of: node, symbol: symbol)
        }
        tables.appendPayload(to: node)
        payloads.append(payload)
        return true
    }

    /// Puts each phrase's payloads side by side (the order of each phrase's own kept), so that a
    /// match's payloads are a slice of the matcher's instead of a list copied out: done once the
    /// phrases are added (a compiled gazetteer is written so).
    public mutating func groupPayloads() {
        guard !tables.payloadsAreConsecutive else { return }
        payloads = tables.groupPayloads().map { payloads[Int($0)] }
    }

    /// Walks the text once. At each token, the phrases that start there are offered to `accept`,
    /// longest first; the first accepted one is kept and the walk resumes after it.
    ///
    /// A hyphenated compound of the text also matches the phrase word written solid
    /// (`Islam-abad` finds `Islamabad`), besides its parts (`Islam-Abad`); readings of the same
    /// span found both ways are offered together.
    ///
    /// With `words` (the text's ids in a vocabulary and this trie's `SymbolMap` of it) a token's
    /// symbol is an array load; without, its key is hashed the first time a walk reaches it
    /// (`Symbols`).
    /// `canStart` passes over the tokens where the caller would accept no phrase, without a walk.
    public func matches(in text: AnalyzedText, words: (ids: WordIDs, map: SymbolMap)? = nil,
                        canStart: (Int) -> Bool = { _ in true },
                        accept: (Match) -> Bool = { _ in true }) -> [Match] {
        let tokens = text.tokens
        var i = 0
        // (each list takes room for what a report's walk holds when it is first needed: allocated
        // once instead of grown from one, and not at all in a text where no phrase starts)
        var found: [Match] = []
        var candidates: [Match] = []
        var stack: [(node: Int32, end: Int)] = []
        var symbols = Symbols(words: words, text: text)
        let ids = words?.ids ?? .none, map = words?.map ?? SymbolMap(shared: 0, later: [], starts: [])
        let byID = words != nil
        while i < tokens.count {
            // With the text's ids, most tokens are passed over in one tight loop.
            if byID {
                i = map.nextStart(from: i, tokens: tokens, ids: ids, hyphen: symbols.hyphen)
                if i == tokens.count { break }
            }
            let kind = tokens[i].kind
            guard kind == .word || kind == .number || kind == .punctuation else {
                i += 1
                continue
            }
            // No phrase starts here unless the caller would take one, and the token begins one or
            // starts a hyphenated compound.
            guard canStart(i) else {
                i += 1
                continue
            }
            let symbol = symbols.symbol(at: i, in: text, tables: tables)
            guard symbol >= 0 && startsPhrase(symbol) || startsCompound(at: i, in: text, symbols: symbols) else {
                i += 1
                continue
            }
            // (the walk below leaves the stack empty; most starts find no candidate)
            // (one or two left from the last start: popped, which keeps the room, without the
            // general range replacement `removeAll(keepingCapacity:)` goes through)
            while !candidates.isEmpty { candidates.removeLast() }
            if stack.capacity == 0 {
                stack.reserveCapacity(8)
                candidates.reserveCapacity(4)
            }
            advance(from: 0, at: i, symbol: symbol, in: text, symbols: symbols, into: &stack)
            while let (node, end) = stack.popLast() {
                if let payloads = payloads(of: node) {
                    if let same = candidates.firstIndex(where: { $0.tokens.upperBound == end }) {
                        candidates[same].payloads.append(contentsOf: payloads)
                    } else {
                        candidates.append(Match(tokens: i..<end, payloads: payloads))
                    }
                }
                var j = end
                var blocked = false
                while j < tokens.count, tokens[j].kind == .whitespace || symbols.isHyphen(j, in: text) {
                    if tokens[j].shape.contains(.lineBreak) { blocked = true; break }
                    j += 1
                }
                if !blocked, j < tokens.count {
                    let symbol = symbols.symbol(at: j, in: text, tables: tables)
                    advance(from: node, at: j, symbol: symbol, in: text, symbols: symbols, into: &stack)
                }
            }
            if candidates.count > 1 { candidates.sort { $0.tokens.upperBound > $1.tokens.upperBound } }
            if let chosen = candidates.first(where: accept) {
                if found.capacity == 0 { found.reserveCapacity(16) }
                found.append(chosen)
                i = chosen.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where a walk reads each token's symbol: from the token's id in a vocabulary the trie has a
    /// `SymbolMap` of (an array load, nothing kept), or else from its key, hashed the first time a
    /// walk reaches the token and kept for the walks that reach it again.
    struct Symbols {
        let words: (ids: WordIDs, map: SymbolMap)?
        /// Without `words`: each token's symbol once looked up (-2: not yet, -1: none).
        var cache: [Int32]
        /// The text's key id of `-`, if it has one.
        let hyphen: Int32?

        init(words: (ids: WordIDs, map: SymbolMap)?, text: AnalyzedText) {
            self.words = words
            cache = words == nil ? [Int32](repeating: -2, count: text.tokens.count) : []
            hyphen = text.keys.id(of: .hyphen)
        }

        /// Whether token `j` is a hyphen (`isSkippable` without the string compare).
        func isHyphen(_ j: Int, in text: AnalyzedText) -> Bool {
            text.tokens[j].kind == .punctuation && text.tokens[j].keyID == hyphen
        }

        /// The symbol of token `j`, -1 for none.
        mutating func symbol(at j: Int, in text: AnalyzedText, tables: TrieTables) -> Int32 {
            if let words {
                if let symbol = words.map.symbol(ofID: words.ids[j]) { return symbol }
                // a word the map does not cover has a symbol only when its match key is not its key
                guard text.tokens[j].shape.contains(.innerApostrophe) else { return -1 }
                return tables.symbol(PhraseMatcher.matchKey(text.keys[j])) ?? -1
            }
            if cache[j] == -2 { cache[j] = tables.symbol(PhraseMatcher.matchKey(text.keys[j])) ?? -1 }
            return cache[j]
        }
    }

    /// The trie nodes reached from `node` by the token at `j` (then ending at `j + 1`) and, when
    /// that token starts a hyphenated compound (`Islam-abad`), by the compound's parts joined
    /// (ending after the second part).
    func advance(from node: Int32, at j: Int, symbol: Int32, in text: AnalyzedText, symbols: Symbols,
                         into states: inout [(node: Int32, end: Int)]) {
        let keys = text.keys
        if symbol >= 0, let next = tables.next(node, symbol) {
            states.append((next, j + 1))
        }
        if startsCompound(at: j, in: text, symbols: symbols),
           let symbol = tables.symbol(Self.matchKey(keys[j] + keys[j + 2])),
           let next = tables.next(node, symbol)
        {
            states.append((next, j + 3))
        }
    }

    /// Whether the token at `j` starts a hyphenated compound: a word, a hyphen, a word.
    func startsCompound(at j: Int, in text: AnalyzedText, symbols: Symbols) -> Bool {
        text.tokens.startsCompound(at: j, hyphen: symbols.hyphen)
    }

    /// Whether some phrase begins with `symbol`.
    func startsPhrase(_ symbol: Int32) -> Bool {
        let word = Int(symbol) >> 6
        return word < startSymbols.count && startSymbols[word] & (1 << (UInt64(symbol) & 63)) != 0
    }

    @inline(__always)
    static func insert(_ symbol: Int32, into bits: inout [UInt64]) {
        let word = Int(symbol) >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= 1 << (UInt64(symbol) & 63)
    }

    /// The symbols of a vocabulary's words in this trie, for `matches(in:words:)`. The vocabulary
    /// gains the trie's words (unless it extends the trie's symbols, whose ids are then the
    /// symbols) and the particle forms (`el`, `ul`, …), whose symbol is their folded form's.
    public func symbolMap(for vocabulary: inout Vocabulary) -> SymbolMap {
        let shared = vocabulary.extends(tables.symbols) ? tables.symbolCount : 0
        var pairs: [(id: Int32, symbol: Int32)] = []
        if shared == 0 {
            for symbol in 0..<Int32(tables.symbolCount) { pairs.append((vocabulary.add(tables.symbols.key(symbol)), symbol)) }
        }
        for form in Particle.forms {
            let id = vocabulary.add(form)
            if let symbol = tables.symbol(Self.matchKey(form)) { pairs.append((id, symbol)) }
        }
        var later = [Int32](repeating: -1, count: vocabulary.count - shared)
        for pair in pairs where Int(pair.id) >= shared { later[Int(pair.id) - shared] = pair.symbol }
        // the shared ids are the symbols: their bits are the trie's own
        var starts = [UInt64](repeating: 0, count: (vocabulary.count + 63) / 64)
        for word in 0..<min(startSymbols.count, (shared + 63) / 64) { starts[word] = startSymbols[word] }
        for (index, symbol) in later.enumerated() where symbol >= 0 && startsPhrase(symbol) {
            starts[(shared + index) >> 6] |= 1 << UInt64((shared + index) & 63)
        }
        return SymbolMap(shared: Int32(shared), later: later, starts: starts)
    }

    /// The payloads of the phrases that end at `node`, in the order they were added.
    func payloads(of node: Int32) -> ArraySlice<Payload>? {
        var index = tables.firstPayload(of: node)
        guard index >= 0 else { return nil }
        let last = tables.lastPayload(of: node)
        if tables.payloadsAreConsecutive, last >= index { return payloads[Int(index)...Int(last)] }
        // counted first: the array is made at its size, not grown
        var count = 0
        var next = index
        while next >= 0 {
            count += 1
            next = tables.payloadNext[Int(next)]
        }
        var result: [Payload] = []
        result.reserveCapacity(count)
        while index >= 0 {
            result.append(payloads[Int(index)])
            index = tables.payloadNext[Int(index)]
        }
        return result[...]
    }

    /// The match keys of a phrase, as `add` stores them: the keys of its tokens, without spaces and
    /// hyphens, with particles folded.
    ///
    /// Most gazetteer names are Latin letters, digits, spaces and hyphens. For those, ICU's word
    /// breaks are exactly the runs between spaces and hyphens, so the phrase is split directly and
    /// only words with non-ASCII letters are folded through the analyzer: about 20 times faster than
    /// a full analysis. Anything else (apostrophes, periods, `&`, other scripts) goes through
    /// `TextAnalyzer.analyze`, so both paths give the same keys as the documents' tokens.
    public static func keys(of phrase: String, analyzer: TextAnalyzer) -> [String] {
        if let fast = fastKeys(of: phrase, analyzer: analyzer) { return fast }
        let analyzed = analyzer.analyze(Document(id: "", text: phrase))
        return analyzed.tokens.indices.compactMap { isSkippable($0, in: analyzed) ? nil : matchKey(analyzed.keys[$0]) }
    }

    /// The split for phrases of Latin letters, digits, spaces and ASCII hyphens; nil for others.
    package static func fastKeys(of phrase: String, analyzer: TextAnalyzer) -> [String]? {
        var keys: [String] = []
        var word: [UInt8] = []  // the word's UTF-8, as written
        var ascii = true
        var hasLetter = false
        func flush() {
            guard !word.isEmpty else { return }
            let key: String
            if ascii {
                for index in word.indices where word[index] &- 0x41 < 26 { word[index] |= 0x20 }
                key = String(decoding: word, as: UTF8.self)
            } else {
                key = analyzer.key(for: String(decoding: word, as: UTF8.self))
            }
            keys.append(matchKey(key))
            word.removeAll(keepingCapacity: true)
            ascii = true
        }
        for scalar in phrase.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x20, 0x2D:
                flush()
            case 0x41...0x5A, 0x61...0x7A:
                word.append(UInt8(truncatingIfNeeded: value))
                hasLetter = true
            case 0x30...0x39:
                // Digits next to letters make one ICU word; a word of digits alone is a number
                // token, whose key is the same.
                word.append(UInt8(truncatingIfNeeded: value))
            case 0xC0...0x24F where value != 0xD7 && value != 0xF7, 0x1E00...0x1EFF:
                UTF8.encode(scalar) { word.append($0) }
                ascii = false
                hasLetter = true
            case 0x300...0x36F:
                // A combining mark must follow a letter of the word it belongs to.
                guard !word.isEmpty else { return nil }
                UTF8.encode(scalar) { word.append($0) }
                ascii = false
            default:
                return nil
            }
        }
        flush()
        return hasLetter ? keys : nil
    }

    /// Whitespace and hyphens between the words of a phrase do not count.
    package static func isSkippable(_ index: Int, in text: AnalyzedText) -> Bool {
        let kind = text.tokens[index].kind
        return kind == .whitespace || (kind == .punctuation && text.keys[index] == "-")
    }

    /// A key without its inner apostrophes (`jama'at` → `jamaat`); the possessive `'s` stays.
    package static func withoutApostrophes(_ key: String) -> String {
        guard Token.hasInnerApostrophe(key.utf8) else { return key }
        return String(decoding: key.utf8.filter { $0 != 0x27 }, as: UTF8.self)
    }

    /// The key a token is matched on: its folded key without inner apostrophes, with
    /// transliteration particles folded to one form.
    package static func matchKey(_ key: String) -> String {
        if Token.hasInnerApostrophe(key.utf8) { return withoutApostrophes(key) }
        let bytes = key.utf8
        guard bytes.count <= 3 else { return key }  // no particle is that long
        switch Particle.folded(bytes) {
        case .al: return "al"
        case .e: return "e"
        case nil: return key
        }
    }
}

extension RandomAccessCollection<Token> where Index == Int {
    /// Whether token `j` is a word followed by a hyphen (a punctuation token whose key has the
    /// document's id `hyphen`) and another word: a compound a phrase may match written solid.
    @inline(__always)
    func startsCompound(at j: Int, hyphen: Int32?) -> Bool {
        self[j].kind == .word && j + 2 < count && self[j + 1].kind == .punctuation
            && self[j + 1].keyID == hyphen && self[j + 2].kind == .word
    }
}

/// A vocabulary's ids as a trie's symbols (`PhraseMatcher.symbolMap(for:)`): the ids below
/// `shared` are the trie's own symbols (the vocabulary extends them); a later word has a symbol
/// if it is one of the trie's words or a particle form.
public struct SymbolMap: Sendable {
    let shared: Int32
    /// For each id from `shared` on: its symbol, or -1.
    let later: [Int32]
    /// A bit for each id from `shared` on: whether it has a symbol. A trie over a few thousand
    /// words maps few of the vocabulary's ids: the bits (a thirty-second of `later`) stay in the
    /// cache where `later` would be a miss at nearly every token.
    let hasSymbol: [UInt64]
    /// A bit for each id: whether its symbol begins a phrase of the trie.
    let starts: [UInt64]

    init(shared: Int32, later: [Int32], starts: [UInt64]) {
        self.shared = shared
        self.later = later
        self.starts = starts
        var bits = [UInt64](repeating: 0, count: (later.count + 63) / 64)
        for (index, symbol) in later.enumerated() where symbol >= 0 { bits[index >> 6] |= 1 << UInt64(index & 63) }
        hasSymbol = bits
    }

    /// Whether some phrase of the trie begins with the word with this id (false for an id the map
    /// does not cover).
    @inline(__always)
    func mayStart(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let index = Int(id)
        return index >> 6 < starts.count && starts[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// The first token from `start` on where a walk over these ids may begin (the count of the
    /// tokens if none): not whitespace, and either some phrase begins with its word (or with
    /// its match key, which is its key unless it holds an inner apostrophe) or it starts a
    /// hyphenated compound (a word, the `hyphen` key, a word). Most tokens are passed over here,
    /// a few loads each.
    func nextStart(from start: Int, tokens: [Token], ids: WordIDs, hyphen: Int32?) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            ids.keyIDs.withUnsafeBufferPointer { keyIDs in
                var i = start
                while i < tokens.count {
                    let token = tokens[i]
                    if token.kind != .whitespace,
                       mayStart(keyIDs[Int(token.keyID)]) || token.shape.contains(.innerApostrophe)
                        || tokens.startsCompound(at: i, hyphen: hyphen) {
                        return i
                    }
                    i += 1
                }
                return i
            }
        }
    }

    /// The symbol of the word with this id; nil when the map does not cover it (a word no table
    /// knows, or one added to the vocabulary after the map).
    @inline(__always)
    func symbol(ofID id: Int32) -> Int32? {
        guard id >= 0 else { return nil }
        if id < shared { return id }
        let index = Int(id - shared)
        guard index >> 6 < hasSymbol.count, hasSymbol[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
        return later[index]
    }
}

extension PhraseMatcher where Payload: BitwiseCopyable {
    /// Writes the matcher into a compiled file.
    package func write(to writer: inout BinaryArchive.Writer) {
        writer.append(tables.symbols.bytes)
        writer.append(tables.symbols.offsets)
        writer.append(tables.symbols.slots)
        writer.append(tables.edgeKeys)
        writer.append(tables.edgeTargets)
        writer.append(scalar: UInt64(tables.edgeCount))
        writer.append(tables.nodeFirstPayload)
        writer.append(tables.nodeLastPayload)
        writer.append(tables.payloadNext)
        writer.append(payloads)
    }

    /// Reads a matcher written by `write(to:)`.
    package init(from reader: inout BinaryArchive.Reader) throws {
        var tables = TrieTables()
        tables.symbols.bytes = try reader.array()
        tables.symbols.offsets = try reader.array()
        tables.symbols.slots = try reader.array()
        tables.edgeKeys = try reader.array()
        tables.edgeTargets = try reader.array()
        tables.edgeCount = Int(try reader.scalar())
        tables.nodeFirstPayload = try reader.array()
        tables.nodeLastPayload = try reader.array()
        tables.payloadNext = try reader.array()
        tables.checkPayloadOrder()
        let payloads: [Payload] = try reader.array()
        guard tables.isConsistent(payloadCount: payloads.count) else { throw BinaryArchive.Stale() }
        self.tables = tables
        self.payloads = payloads
        for key in tables.edgeKeys where key != TrieTables.emptyEdge && key >> 32 == 0 {
            Self.insert(Int32(truncatingIfNeeded: key), into: &startSymbols)
        }
    }
}

/// The transliteration particles that match keys fold together (`al`/`el`/`ul`/… and `e`/`i`/`y`),
/// checked on the key's bytes packed into an integer, without string comparisons.
package enum Particle {
    case al, e

    static let alWords = ["al", "el", "ul", "ud", "ur", "us", "ut", "un", "ad", "ar", "as", "at", "az", "an",
                                  "ash", "ath", "adh", "uz"]
    static let eWords = ["e", "i", "y"]
    /// Every form that folds.
    package static let forms = alWords + eWords
    static let alForms: [UInt32] = alWords.map { packed($0.utf8) }
    static let eForms: [UInt32] = eWords.map { packed($0.utf8) }

    static func folded(_ bytes: String.UTF8View) -> Particle? {
        let value = packed(bytes)
        if alForms.contains(value) { return .al }
        if eForms.contains(value) { return .e }
        return nil
    }

    static func packed(_ bytes: String.UTF8View) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }
}
