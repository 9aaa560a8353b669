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
    }

    public var kind: Kind
    public var shape: Shape
    /// Unicode code point offsets into the document text, end exclusive.
    public var start: Int
    public var end: Int
    /// UTF-16 offsets into `AnalyzedText.utf16`, end exclusive.
    public var utf16Start: Int
    public var utf16End: Int
    /// Index of the sentence that holds the token.
    public var sentence: Int
    /// The normalized form for matching: NFKC case-folded, diacritics removed,
    /// apostrophes as `'`, hyphens and dashes as `-`.
    public var key: String

    public var isWord: Bool { kind == .word }
    public var isSpace: Bool { kind == .whitespace }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
}
