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
    let tokens: [Token]
    let table: KeyTable

    /// The key of token `index`.
    public subscript(index: Int) -> String {
        table.strings[Int(tokens[index].keyID)]
    }

    /// The number of distinct keys.
    public var distinctCount: Int { table.strings.count }

    /// The id (`Token.keyID`) of a key in this document, nil if no token has it: a rule compares
    /// ids instead of strings, and passes over a document that lacks its words.
    public func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { table.id(of: $0) }
    }
}

/// A document's distinct keys: interned (`SymbolTable`, so that a key's id is its symbol), as
/// strings, and with their hashes (the two make the batch the vocabulary looks up).
struct KeyTable: Sendable {
    var symbols: SymbolTable
    var hashes: [UInt64] = []
    private(set) var strings: [String] = []

    /// A table with room for about `capacity` keys before it grows.
    init(capacity: Int = 0) {
        symbols = SymbolTable(capacity: capacity)
        strings.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The keys, in the order of their ids, with their hashes (`SymbolTable.symbols(of:)`).
    var batch: SymbolTable.Batch { SymbolTable.Batch(keys: symbols, hashes: hashes) }

    /// The id of a key, nil if absent.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        symbols.symbol(bytes: key)
    }

    /// The id of a key with its `SymbolTable.hash`, nil if absent.
    func id(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        symbols.symbol(bytes: key, hash: hash)
    }

    /// Adds a key that `id(of:hash:)` has just not found, with its text (`string`, the key's
    /// bytes as a `String`); returns its id.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, string: String) -> Int32 {
        hashes.append(hash)
        strings.append(string)
        return symbols.insert(bytes: key, hash: hash)
    }
}
