/// The words an extractor's tables know, each with a number (its id), and the ids of a text's
/// tokens: a token's key is hashed once per document, and every word-class test after that is
/// an array load (`WordClasses`).
///
/// A vocabulary may start as a copy of a phrase matcher's symbols, so that a word's id is its
/// symbol in that trie, and grows by the words of the extractor's tables.
public struct Vocabulary: Sendable {
    /// The first ids: a trie's symbols, shared with it (not copied).
    private let base: SymbolTable
    /// The later ids, from `base.count` on.
    private var added = SymbolTable()

    public init() {
        base = SymbolTable()
    }

    /// A vocabulary whose first ids are the symbols of `symbols`, in order.
    init(extending symbols: SymbolTable) {
        base = symbols
    }

    /// Whether the first ids are the symbols of `symbols` (the same table, not compared key by key).
    func extends(_ symbols: SymbolTable) -> Bool {
        base == symbols
    }

    /// The number of words.
    public var count: Int { base.count + added.count }

    /// The id of a word, added if new.
    @discardableResult
    public mutating func add(_ word: String) -> Int32 {
        base.symbol(word) ?? Int32(base.count) + added.intern(word)
    }

    /// The id of a key, or -1 for a word no table knows: one hash of its bytes.
    public func id(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { bytes in
            let hash = SymbolTable.hash(bytes)
            if let symbol = base.symbol(bytes: bytes, hash: hash) { return symbol }
            return added.symbol(bytes: bytes, hash: hash).map { Int32(base.count) + $0 } ?? -1
        }
    }

    /// The word of an id.
    public func word(_ id: Int32) -> String {
        id < base.count ? base.key(id) : added.key(id - Int32(base.count))
    }

    /// The id of every token's key (-1 for whitespace and unknown words), one hash per token.
    public func ids(of text: AnalyzedText) -> [Int32] {
        text.tokens.map { $0.kind == .whitespace ? -1 : id($0.key) }
    }
}

/// The classes of each word of a vocabulary, as flags indexed by its id: whether a token is a
/// designator, a title, a month… is one load, whatever the number of tables.
public struct WordClasses<Flags: OptionSet & Sendable>: Sendable where Flags.RawValue: FixedWidthInteger & Sendable {
    private var flags: [Flags.RawValue] = []

    public init() {}

    /// The classes of the word with this id (none for -1 or a word added after them).
    public subscript(id: Int32) -> Flags {
        id >= 0 && Int(id) < flags.count ? Flags(rawValue: flags[Int(id)]) : []
    }

    /// Adds classes to every word of `words`, adding the words to the vocabulary.
    public mutating func add(_ classes: Flags, to words: some Sequence<String>, in vocabulary: inout Vocabulary) {
        for word in words {
            let id = Int(vocabulary.add(word))
            if id >= flags.count { flags.append(contentsOf: repeatElement(0, count: id + 1 - flags.count)) }
            flags[id] |= classes.rawValue
        }
    }
}
