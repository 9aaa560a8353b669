/// The words an extractor's tables know, each with a number (its id), and the ids of a text's
/// tokens: a distinct key is looked up once per document (once per analyzer while it is in its
/// memo of keys), and every word-class test after that is an array load (`WordClasses`).
///
/// A vocabulary may start from a phrase matcher's symbols (shared with the trie, not copied),
/// so that a word's id is its symbol in that trie, and grows by the words of the tables.
///
/// The pipeline gives all its extractors one vocabulary (`Extractor.sharing(_:)`) and numbers
/// each document's tokens in it as it analyzes the document (`TextAnalyzer.analyze(_:numberingIn:)`,
/// or `AnalyzedText.identifyWords(with:)` afterwards); an extractor used on its own numbers the
/// tokens in its own.
public struct Vocabulary: Sendable {
    /// Which vocabulary, and how many words it had, when a text's tokens were numbered in it. Ids
    /// never change as words are added, so the numbering serves every table built over an
    /// earlier state of the same vocabulary (a later word is none of that table's).
    public struct Identity: Sendable, Equatable {
        let tag: UInt64
        let count: Int
    }

    /// The words, in one object its copies share: a vocabulary sits in the word classes of every
    /// extractor's tables, and a document's scans copy those, so a copy is one reference to
    /// count, not the arrays of two symbol tables.
    private final class Words: @unchecked Sendable {
        /// The first ids: a trie's symbols, shared with it (not copied).
        let base: SymbolTable
        /// The later ids, from `base.count` on. Written only by `Vocabulary.add`, and only while
        /// one vocabulary holds these words (else it copies them first): a reader never sees
        /// it change.
        @exclusivity(unchecked) var added: SymbolTable

        init(base: SymbolTable, added: SymbolTable = SymbolTable()) {
            self.base = base
            self.added = added
        }
    }

    private var words: Words
    /// The first ids (a trie's symbols).
    var base: SymbolTable { words.base }
    /// The later ids.
    private var added: SymbolTable { words.added }
    /// Tells this vocabulary (and the copies that grew from it) from any other.
    let tag = UInt64.random(in: 1...UInt64.max)

    public init() {
        words = Words(base: SymbolTable())
    }

    /// A vocabulary whose first ids are the symbols of `symbols`, in order.
    package init(extending symbols: SymbolTable) {
        words = Words(base: symbols)
    }

    /// This vocabulary as it is now: a word added later changes it.
    public var identity: Identity { Identity(tag: tag, count: count) }

    /// Whether the first ids are the symbols of `symbols` (the same table, not compared key by key).
    func extends(_ symbols: SymbolTable) -> Bool {
        base == symbols
    }

    /// The number of words.
    public var count: Int { base.count + added.count }

    /// The id of a word, added if new.
    @discardableResult
    public mutating func add(_ word: String) -> Int32 {
        if let symbol = base.symbol(word) { return symbol }
        if !isKnownUniquelyReferenced(&words) { words = Words(base: base, added: added) }
        return Int32(base.count) + words.added.intern(word)
    }

    /// The id of a key, or -1 for a word no table knows: one hash of its bytes.
    public func id(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { id(bytes: $0, hash: SymbolTable.hash($0)) }
    }

    func id(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let symbol = base.symbol(bytes: bytes, hash: hash) { return symbol }
        return added.symbol(bytes: bytes, hash: hash).map { Int32(base.count) + $0 } ?? -1
    }

    /// The ids of a text's tokens, looked up in the tables once per distinct key of the text
    /// (`TokenKeys`), all together (`SymbolTable.symbols(of:)`), so that the waits on a table far
    /// larger than the cache overlap.
    func lookUpIDs(of text: AnalyzedText) -> WordIDs {
        let keys = text.keys.table
        let base = self.base, added = self.added
        var keyIDs = base.symbols(of: keys)
        for key in keyIDs.indices {
            if keyIDs[key] < 0, let symbol = keys.withKey(key, { added.symbol(bytes: $0, hash: keys.hashes[key]) }) {
                keyIDs[key] = Int32(base.count) + symbol
            }
        }
        return WordIDs(tokens: text.tokens, keyIDs: keyIDs)
    }

    /// The word of an id.
    public func word(_ id: Int32) -> String {
        id < base.count ? base.key(id) : added.key(id - Int32(base.count))
    }

    /// The id of every token's key (-1 for whitespace and unknown words): the text's own numbering
    /// when it was numbered in this vocabulary, else one lookup per distinct key.
    public func ids(of text: AnalyzedText) -> WordIDs {
        if isNumbering(text) { return text.words }
        return lookUpIDs(of: text)
    }

    /// Whether the text's tokens were numbered in this vocabulary or a later state of it.
    func isNumbering(_ text: AnalyzedText) -> Bool {
        // (not `map(isEarlierState(of:))`: that closure would copy the vocabulary at every call)
        guard let identity = text.wordsIdentity else { return false }
        return isEarlierState(of: identity)
    }

    /// Whether this is `other` or an earlier state of it (every id here means the same there).
    package func isEarlierState(of other: Identity) -> Bool {
        other.tag == tag && other.count >= count
    }

    /// The id of one token's key (-1 for whitespace and unknown words).
    public func id(of index: Int, in text: AnalyzedText) -> Int32 {
        if isNumbering(text) { return text.words[index] }
        return text.tokens[index].kind == .whitespace ? -1 : id(text.keys[index])
    }
}

/// The classes of the words of a component's tables, as flags indexed by the word's id in a
/// vocabulary they hold: whether a token is a designator, a title, a month… is one load, whatever
/// the number of tables. The pipeline puts every component's classes over its one vocabulary
/// (`sharing(_:)`).
public struct WordClasses<Flags: OptionSet & Sendable>: Sendable where Flags.RawValue: FixedWidthInteger & Sendable & BitwiseCopyable {
    /// The vocabulary the flags are indexed by (it may hold words of other tables too).
    package var vocabulary: Vocabulary
    var flags: [Flags.RawValue] = []

    public init(vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
    }

    /// The classes of the word with this id (none for -1 or a word added after them).
    public subscript(id: Int32) -> Flags {
        id >= 0 && Int(id) < flags.count ? Flags(rawValue: flags[Int(id)]) : []
    }

    /// The classes of every token of a text (none for whitespace and words not in the tables),
    /// read through the tokens' ids when asked: no array of flags per token.
    public func classes(of text: AnalyzedText) -> TokenClasses<Flags> {
        classes(ofWords: vocabulary.ids(of: text))
    }

    /// The classes of tokens whose words have these ids in this vocabulary (`Vocabulary.ids(of:)`).
    public func classes(ofWords ids: WordIDs) -> TokenClasses<Flags> {
        TokenClasses(ids: ids, flags: flags)
    }

    /// The classes of one token's word.
    public func classes(at index: Int, in text: AnalyzedText) -> Flags {
        self[vocabulary.id(of: index, in: text)]
    }

    /// Adds classes to every word of `words`, adding the words to the vocabulary.
    public mutating func add(_ classes: Flags, to words: some Sequence<String>) {
        for word in words { add(classes, toID: Int(vocabulary.add(word))) }
    }

    /// Adds classes to those words of `words` the vocabulary has, leaving out the others.
    public mutating func add(_ classes: Flags, toKnown words: some Sequence<String>) {
        for word in words {
            let id = Int(vocabulary.id(word))
            if id >= 0 { add(classes, toID: id) }
        }
    }

    private mutating func add(_ classes: Flags, toID id: Int) {
        if id >= flags.count { flags.append(contentsOf: repeatElement(0, count: id + 1 - flags.count)) }
        flags[id] |= classes.rawValue
    }

    /// The same classes over another vocabulary, which gains the words that have any (unless
    /// these are over an earlier state of it already).
    public func sharing(_ shared: inout Vocabulary) -> WordClasses {
        if vocabulary.isEarlierState(of: shared.identity) { return self }
        var result = WordClasses(vocabulary: shared)
        for (id, raw) in flags.enumerated() where raw != 0 {
            result.add(Flags(rawValue: raw), to: [vocabulary.word(Int32(id))])
        }
        shared = result.vocabulary
        return result
    }
}

/// The classes of a text's tokens (`WordClasses.classes(of:)`): the classes of each distinct key
/// of the text, looked up once, and each token's read through its key when asked. A document
/// holds no flags per token, and the large table of every word's flags is read once per key.
public struct TokenClasses<Flags: OptionSet & Sendable>: Sendable where Flags.RawValue: FixedWidthInteger & Sendable & BitwiseCopyable {
    @usableFromInline let tokens: [Token]
    /// Per key of the text (`Token.keyID`): its word's flags.
    @usableFromInline private(set) var keyFlags: [Flags.RawValue]

    init(ids: WordIDs, flags: [Flags.RawValue]) {
        tokens = ids.tokens
        // (written through pointers: a few hundred keys a document, five tables)
        keyFlags = ids.keyIDs.withUnsafeBufferPointer { keyIDs in
            flags.withUnsafeBufferPointer { flags in
                [Flags.RawValue](capacity: keyIDs.count) { keyFlags in
                    for (key, id) in keyIDs.enumerated() {
                        keyFlags[key] = UInt(bitPattern: Int(id)) < UInt(flags.count) ? flags[Int(id)] : 0
                    }
                    return keyIDs.count
                }
            }
        }
    }

    /// The number of tokens.
    public var count: Int { tokens.count }

    /// The classes of token `index`'s word (none for whitespace and words not in the tables).
    @inlinable @inline(__always) public subscript(index: Int) -> Flags {
        let token = tokens[index]
        return token.kind == .whitespace ? [] : Flags(rawValue: keyFlags[Int(token.keyID)])
    }

    /// The classes of the word of a token read by the caller (not whitespace): one load, no
    /// bounds check on the tokens a second time.
    @inlinable public func classes(ofWord token: Token) -> Flags {
        Flags(rawValue: keyFlags[Int(token.keyID)])
    }

    /// Gives the key of token `index` (so every token with that key) these classes instead: for
    /// tables matched on another form of the key than the key itself.
    package mutating func setClasses(_ classes: Flags, ofKeyAt index: Int) {
        keyFlags[Int(tokens[index].keyID)] = classes.rawValue
    }
}

/// The vocabulary ids of a text's tokens (`Vocabulary.ids(of:)`): each distinct key of the text
/// is looked up once, and a token's id is read through its key when asked (-1 for whitespace and
/// words no table knows), so that a document holds no id per token.
public struct WordIDs: Sendable {
    @usableFromInline let tokens: [Token]
    /// Per key of the text (`Token.keyID`): its id in the vocabulary, -1 for none.
    @usableFromInline let keyIDs: [Int32]

    init(tokens: [Token], keyIDs: [Int32]) {
        self.tokens = tokens
        self.keyIDs = keyIDs
    }

    /// Ids of no tokens: a text not numbered yet.
    public static let none = WordIDs(tokens: [], keyIDs: [])

    /// The number of tokens.
    public var count: Int { tokens.count }

    /// The id of token `index`'s word.
    @inlinable @inline(__always) public subscript(index: Int) -> Int32 {
        let token = tokens[index]
        return token.kind == .whitespace ? -1 : keyIDs[Int(token.keyID)]
    }
}
