/// One segment of a document from ICU's word break iterator, with exact offsets and a matching key.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, whitespace
    }

    /// Surface features read once at analysis time, so extractors never re-scan the text.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The first character is an upper-case letter.
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter is upper case and there are at least two letters.
        public static let allUppercase = Shape(rawValue: 1 << 1)
        /// At least one decimal digit.
        public static let hasDigit = Shape(rawValue: 1 << 2)
        /// Only ASCII decimal digits.
        public static let allDigits = Shape(rawValue: 1 << 3)
        /// Whitespace that holds a line or paragraph break.
        public static let lineBreak = Shape(rawValue: 1 << 4)
        /// At least one letter.
        public static let hasLetter = Shape(rawValue: 1 << 5)
        /// The key holds an apostrophe and is longer than two bytes (`jama'at`): its match key
        /// (`PhraseMatcher.matchKey`) differs from it.
        public static let innerApostrophe = Shape(rawValue: 1 << 6)
        /// The first character is an ASCII lower-case letter (`AnalyzedText.beginsLowercaseASCII`).
        public static let lowercaseASCIIStart = Shape(rawValue: 1 << 7)
    }

    /// Which of the document's distinct keys is this token's (`AnalyzedText.keys`): the key is
    /// the normalized form for matching (NFKC case-folded, diacritics removed, apostrophes as `'`,
    /// hyphens and dashes as `-`), kept once per document instead of once per token.
    public var keyID: Int32
    // Offsets are stored in 32 bits (`--max-bytes` keeps documents below 2^30 bytes), and only
    // where a token starts: tokens are contiguous, so one ends where the next starts
    // (`AnalyzedText.end(of:)`). With the small fields last and the key in the document's table,
    // a token takes 20 bytes (64 with `Int` offsets, both ends and a `String` key; 28 with both
    // ends in 32 bits), most of a large document's memory.
    var start32, utf8Start32, sentence32: Int32
    var length16: UInt16
    public var kind: Kind
    public var shape: Shape

    public init(kind: Kind, shape: Shape, start: Int, length: Int, utf8Start: Int, sentence: Int, keyID: Int32) {
        self.kind = kind
        self.shape = shape
        self.keyID = keyID
        start32 = Int32(start)
        length16 = UInt16(clamping: length)
        utf8Start32 = Int32(utf8Start)
        sentence32 = Int32(sentence)
    }

    /// The length in code points, up to 65,535 (a longer token reads 65,535): for tests of a
    /// token's size. Its exact end is `AnalyzedText.end(of:)`.
    public var length: Int {
        get { Int(length16) }
        set { length16 = UInt16(clamping: newValue) }
    }

    /// The Unicode code point offset where the token starts in the document text.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    /// The UTF-8 offset where the token starts in the document text (its surface is read from
    /// there, `AnalyzedText.surface`).
    public var utf8Start: Int {
        get { Int(utf8Start32) }
        set { utf8Start32 = Int32(newValue) }
    }
    /// Index of the sentence that holds the token.
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(newValue) }
    }

    /// Whether a key holds an apostrophe and is longer than two bytes (`jama'at`, not `'s`): its
    /// match key drops the apostrophes (`PhraseMatcher.withoutApostrophes`).
    public static func hasInnerApostrophe(_ key: some Collection<UInt8>) -> Bool {
        key.count > 2 && key.contains(0x27)
    }

    /// `hasInnerApostrophe` of a key's UTF-8, read through a pointer (a `String`'s UTF-8 view
    /// walked index by index costs several times more).
    public static func hasInnerApostrophe(_ key: String.UTF8View) -> Bool {
        key.count > 2 && (key.withContiguousStorageIfAvailable { $0.contains(0x27) } ?? key.contains(0x27))
    }

    public var isWord: Bool { kind == .word }
    public var isSpace: Bool { kind == .whitespace }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
}

/// The keys of a text's tokens (`Token.keyID`): each distinct key of the document once.
public struct TokenKeys: Sendable {
    /// The tokens and their table, held once: rules keep the keys in their per-document values,
    /// and a copy is then one reference instead of one for each array inside the table.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let tokens: [Token]
        @usableFromInline let table: KeyTable

        init(tokens: [Token], table: KeyTable) {
            self.tokens = tokens
            self.table = table
        }
    }

    @usableFromInline let storage: Storage
    @usableFromInline var tokens: [Token] { _read { yield storage.tokens } }
    @usableFromInline var table: KeyTable { _read { yield storage.table } }

    init(tokens: [Token], table: KeyTable) {
        storage = Storage(tokens: tokens, table: table)
    }

    /// The key of token `index`.
    @inlinable public subscript(index: Int) -> String {
        table.string(ofKey: tokens[index].keyID)
    }

    /// The number of distinct keys.
    public var distinctCount: Int { table.entries.count }

    /// The id (`Token.keyID`) of a key in this document, nil if no token has it: a rule compares
    /// ids instead of strings, and passes over a document that lacks its words.
    public func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { table.id(of: $0) }
    }

    /// `id(of:)` for a key whose bytes and hash were made once (`KeyProbe`): what a rule looks up
    /// in every document.
    public func id(of probe: KeyProbe) -> Int32? {
        probe.bytes.withUnsafeBufferPointer { table.id(of: $0, hash: probe.hash) }
    }
}

/// A key that rules look up in every document's keys (`TokenKeys.id(of:)`), its UTF-8 bytes and
/// hash computed once instead of at each lookup.
public struct KeyProbe: Sendable {
    let bytes: [UInt8]
    let hash: UInt64

    public init(_ key: String) {
        bytes = Array(key.utf8)
        hash = bytes.withUnsafeBufferPointer { SymbolTable.hash($0) }
    }

    /// The hyphen, a token of its own inside names and phrases (the phrase matcher's and the
    /// rules' probe; the rules' other words are in `ConflictMinerExtractors`).
    package static let hyphen = KeyProbe("-")
}

/// A document's distinct keys, each with its id (the order it was met), its hash and the index
/// of its string in the analyzer's `KeyStrings`. The table holds no bytes of its own: while the
/// analyzer reads the document it compares a key with the bytes of its memo (`KeyMemo`), which
/// hold every key it has met; afterwards a lookup (`id(of:hash:)`, a few probes a document)
/// compares with the key's string.
@usableFromInline struct KeyTable: Sendable {
    /// The keys' hash slots (`HashSlots`, as a `SymbolTable`'s), holding their ids.
    private var slots: [UInt64]
    /// Per key: its `SymbolTable.hash`.
    private(set) var hashes: [UInt64] = []
    /// Per key: the index of its string in `strings` (and of its bytes in the analyzer's memo).
    @usableFromInline private(set) var entries: [Int32] = []
    /// The analyzer's strings of the keys it has met, this document's among them (held for
    /// `chunks`, through which they are read without counting a reference at each read).
    let strings: KeyStrings
    @usableFromInline let chunks: KeyStrings.Chunks

    /// A table with room for about `capacity` keys before it grows, whose strings are in `strings`.
    init(capacity: Int = 0, strings: KeyStrings = .none) {
        slots = HashSlots.empty(capacity: capacity)
        entries.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        self.strings = strings
        chunks = strings.chunks
    }

    /// The number of keys.
    var count: Int { entries.count }

    /// The id of the key with this `SymbolTable.hash` whose entry `matches` says is the one
    /// sought, nil if none.
    @inline(__always)
    func id(hash: UInt64, matching matches: (_ entry: Int32) -> Bool) -> Int32? {
        HashSlots.find(hash, in: slots) { matches(entries[Int($0)]) }
    }

    /// The id of a key, nil if absent.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        id(of: key, hash: SymbolTable.hash(key))
    }

    /// The id of a key with its `SymbolTable.hash`, nil if absent (compared with the keys' strings).
    func id(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        id(hash: hash) { entry in
            var string = KeyStrings.string(at: entry, in: chunks)
            return string.withUTF8 { $0.elementsEqual(key) }
        }
    }

    /// Calls `body` with the UTF-8 of key `id` (read from its string).
    func withKey<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var string = KeyStrings.string(at: entries[id], in: chunks)
        return string.withUTF8(body)
    }

    /// The key with this id, as a string.
    @inlinable func string(ofKey id: Int32) -> String {
        KeyStrings.string(at: entries[Int(id)], in: chunks)
    }

    /// Adds a key that the table does not hold, with its hash and the index of its string in
    /// `strings`; returns its id.
    mutating func append(hash: UInt64, entry: Int32) -> Int32 {
        let id = Int32(entries.count)
        hashes.append(hash)
        entries.append(entry)
        if HashSlots.isFull(slots, count: entries.count) {
            // (every key placed again from its kept hash)
            slots = HashSlots.doubled(slots, count: entries.count) { hashes[Int($0)] }
        } else {
            HashSlots.place(id, hash: hash, in: &slots)
        }
        return id
    }
}

/// The strings of the keys an analyzer has met, in the order it met them (`KeyMemo`): each is
/// written once and never moved, so that a document's keys are read here (`KeyTable`) with no
/// string of its own to count and release, while the analyzer goes on adding the keys of the
/// documents after it. The strings sit in chunks allocated as they fill; the table of chunks is
/// made at its full size at once and never moves.
@usableFromInline final class KeyStrings: @unchecked Sendable {
    // (@unchecked: `append` writes only slots past those of every document made so far, and a
    // document reaches another thread only after its slots were written; no slot is written twice.)
    // (a document's read is inlined into the extractors: what it reaches is usable from there)
    @usableFromInline static var chunkShift: Int { 12 }
    @usableFromInline static var chunkSize: Int { 1 << chunkShift }
    /// The table of chunks, valid while the store is (what a document reads its keys through).
    @usableFromInline struct Chunks: @unchecked Sendable {
        @usableFromInline let table: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    }
    var chunks: Chunks { Chunks(table: table) }
    private let table: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    private let chunkCount: Int
    /// The number of strings written (read and written by the analyzer only).
    private(set) var count = 0

    /// A store for no strings: what a table made outside an analyzer points to.
    static let none = KeyStrings(capacity: 0)

    /// A store with room for `capacity` strings.
    init(capacity: Int) {
        chunkCount = max(1, (capacity + Self.chunkSize - 1) >> Self.chunkShift)
        table = .allocate(capacity: chunkCount)
        table.initialize(repeating: nil, count: chunkCount)
    }

    deinit {
        var remaining = count
        for index in 0..<chunkCount {
            guard let chunk = table[index] else { break }
            chunk.deinitialize(count: min(remaining, Self.chunkSize))
            remaining -= min(remaining, Self.chunkSize)
            chunk.deallocate()
        }
        table.deallocate()
    }

    /// How many strings it has room for.
    var capacity: Int { chunkCount << Self.chunkShift }

    /// Writes a string in the next slot; returns its index.
    func append(_ string: String) -> Int32 {
        precondition(count < capacity, "no room for another key string")
        let chunk = count >> Self.chunkShift
        if table[chunk] == nil { table[chunk] = .allocate(capacity: Self.chunkSize) }
        (table[chunk].unsafelyUnwrapped + (count & (Self.chunkSize - 1))).initialize(to: string)
        count += 1
        return Int32(count - 1)
    }

    /// The string at `index` (written before) of the store whose `chunks` these are.
    @inlinable static func string(at index: Int32, in chunks: Chunks) -> String {
        chunks.table[Int(index) >> chunkShift].unsafelyUnwrapped[Int(index) & (chunkSize - 1)]
    }
}
