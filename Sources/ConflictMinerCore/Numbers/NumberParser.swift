import Foundation

/// How a count relates to the true figure, as the spec's `Qualifier` attribute writes it.
/// An exact count has no qualifier (`nil`).
public enum CountQualifier: String, Sendable, Hashable {
    case atLeast = "at_least"
    case atMost = "at_most"
    case approx
}

/// A number phrase found in a run of tokens: the number with the words that qualify it.
public struct NumberPhrase: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// Written in digits (`12`, `1,200`, `1.5 million`).
        case digits
        /// Written in words (`six`, `twenty-six`, `a hundred and twelve`, `two dozen`).
        case words
        /// `a` or `an` standing for one (`killing a soldier`).
        case article
        /// `another` standing for one (`another soldier`).
        case another
        /// A plural that implies a lower bound (`dozens`, `hundreds`).
        case vague
        /// Two numbers joined as a range (`10 to 15`, `between 10 and 15`): the lower one counts.
        case range
    }

    /// Token indices of the whole phrase, qualifier words included.
    public var tokens: Range<Int>
    /// Token indices of the number itself (both ends for a range).
    public var number: Range<Int>
    /// The count: the number, a range's lower end, or a vague word's lower bound.
    public var value: Int
    public var qualifier: CountQualifier?
    public var form: Form

    package init(tokens: Range<Int>, number: Range<Int>, value: Int, qualifier: CountQualifier? = nil, form: Form) {
        self.tokens = tokens
        self.number = number
        self.value = value
        self.qualifier = qualifier
        self.form = form
    }

    /// True for `a`, `an`, `another`: a count only before a singular noun that says who.
    public var isArticle: Bool { form == .article || form == .another }
}

/// Reads number phrases over tokens: digits with separators, number words and their compounds,
/// `a dozen`, vague plurals, ranges and qualifiers; its words are `Gazetteers/lexicons/numbers/*.tsv`.
///
/// The parser never crosses a line break and reads token keys only, so `Twenty-Six`,
/// `twenty six` and `twenty-six` are the same number.
public struct NumberParser: Sendable {
    enum WordClass: String, Sendable {
        case unit, tens, hundred, scale, dozen, vague, article, another, half
    }

    enum Role: String, Sendable {
        case rangeJoin, rangeOpen, notArticle, upToBlock, rangeBlock
    }

    struct QualifierPhrase: Sendable {
        let keys: [String]
        let qualifier: CountQualifier
        /// `up to`, which a word before it can block (`.upToBlock`): known once, not compared at
        /// every number.
        let isUpTo: Bool

        init(keys: [String], qualifier: CountQualifier) {
            self.keys = keys
            self.qualifier = qualifier
            isUpTo = keys == ["up", "to"]
        }
    }

    /// The number words' values and classes; a word's flags hold its place here
    /// (`WordFlags.numberWord(_:)`).
    let numberWords: [(value: Int, wordClass: WordClass)]
    /// Leading qualifiers, grouped by their first word, each group longest first (`no more than`
    /// before `more than`); a first word's flags hold its group's place here.
    let preQualifiers: [[QualifierPhrase]]
    let postQualifiers: [QualifierPhrase]
    /// The tables' words, with their flags (`flags(at:in:)`).
    @usableFromInline private(set) var wordFlags = WordClasses<WordFlags>()

    /// What the tables say of a word: whether a phrase may start with it, a leading qualifier
    /// does, and its roles; and, for a number word and a qualifier's first word, where their
    /// entries are (bits 32–47 and 48–63, the place plus one), so that reading a word's flags
    /// reads all the tables know of it.
    @usableFromInline package struct WordFlags: OptionSet, Sendable {
        @usableFromInline package let rawValue: UInt64

        @inlinable package static var starter: WordFlags { WordFlags(rawValue: 1 << 0) }
        /// The first word of a trailing qualifier (`or more`, `-odd`).
        static let postQualifierStart = WordFlags(rawValue: 1 << 8)

        @inlinable package init(rawValue: UInt64) { self.rawValue = rawValue }

        /// The most entries a field can point at.
        static let fieldLimit = 0xFFFF

        /// The flag of the number word at `entry` of `numberWords`.
        static func numberWord(_ entry: Int) -> WordFlags { WordFlags(rawValue: UInt64(entry + 1) << 32) }
        /// The flag of the first word of the leading qualifiers at `group` of `preQualifiers`.
        static func qualifierGroup(_ group: Int) -> WordFlags { WordFlags(rawValue: UInt64(group + 1) << 48) }

        /// Its entry in `numberWords`, if it is a number word.
        var numberWordEntry: Int? { place(at: 32) }
        /// Its group in `preQualifiers`, if a leading qualifier starts with it.
        var qualifierGroup: Int? { place(at: 48) }

        /// The place stored (plus one) in the 16 bits from `shift`, nil where they hold none.
        private func place(at shift: UInt64) -> Int? {
            let field = Int(truncatingIfNeeded: rawValue >> shift) & Self.fieldLimit
            return field == 0 ? nil : field - 1
        }

        init(_ role: Role) {
            switch role {
            case .rangeJoin: rawValue = 1 << 2
            case .rangeOpen: rawValue = 1 << 3
            case .notArticle: rawValue = 1 << 4
            case .upToBlock: rawValue = 1 << 5
            case .rangeBlock: rawValue = 1 << 6
            }
        }
    }

    /// The tables of a gazetteer folder's `lexicons/numbers/`, in the order they are read.
    public static let tables = ["words", "qualifiers", "roles"]

    /// The parser over a gazetteer folder's number tables (`lexicons/numbers/*.tsv`).
    public init(in gazetteers: GazetteerDirectory) throws {
        let url = { (name: String) in gazetteers.file("lexicons/numbers/\(name).tsv") }
        try self.init(words: url("words"), qualifiers: url("qualifiers"), roles: url("roles"))
    }

    /// Reads the three tables: `word value class`, `phrase qualifier position`, `phrase role`. A
    /// row with an unknown class, qualifier, position or role is refused with its file and line.
    public init(words wordsFile: URL, qualifiers qualifiersFile: URL, roles rolesFile: URL) throws {
        var words: [String: (Int, WordClass)] = [:]
        let wordColumns = ["word", "value", "class"]
        for (_, cells) in try TSVTable(contentsOf: wordsFile, requiredColumns: wordColumns).cells(wordColumns, problem: {
            Int($0[1]) == nil || WordClass(rawValue: $0[2]) == nil ? "value is a number, class a known class" : nil
        }) {
            words[cells[0]] = (Int(cells[1])!, WordClass(rawValue: cells[2])!)
        }
        var pre: [QualifierPhrase] = []
        var post: [QualifierPhrase] = []
        let qualifierColumns = ["phrase", "qualifier", "position"]
        for (_, cells) in try TSVTable(contentsOf: qualifiersFile, requiredColumns: qualifierColumns).cells(qualifierColumns, problem: {
            CountQualifier(rawValue: $0[1]) == nil || !["pre", "post"].contains($0[2])
                ? "qualifier is at_least, at_most or approx, position pre or post" : nil
        }) {
            let entry = QualifierPhrase(keys: cells[0].split(separator: " ").map(String.init), qualifier: CountQualifier(rawValue: cells[1])!)
            if cells[2] == "pre" { pre.append(entry) } else { post.append(entry) }
        }
        var roles: [String: Set<Role>] = [:]
        for (_, cells) in try TSVTable(contentsOf: rolesFile, requiredColumns: ["phrase", "role"]).cells(["phrase", "role"], problem: {
            Role(rawValue: $0[1]) == nil ? "unknown role \($0[1])" : nil
        }) {
            roles[cells[0], default: []].insert(Role(rawValue: cells[1])!)
        }
        // Longest phrases first, so `no more than` wins over `more than`.
        let groups = Dictionary(grouping: pre.sorted { $0.keys.count > $1.keys.count }, by: { $0.keys.first ?? "" })
        guard words.count <= WordFlags.fieldLimit, groups.count <= WordFlags.fieldLimit else {
            throw GazetteerError(file: wordsFile.deletingLastPathComponent().path, line: nil,
                                 problem: "more than \(WordFlags.fieldLimit) number words or leading qualifiers")
        }
        let sortedWords = words.sorted { $0.key < $1.key }, sortedGroups = groups.sorted { $0.key < $1.key }
        self.numberWords = sortedWords.map(\.value)
        self.preQualifiers = sortedGroups.map(\.value)
        self.postQualifiers = post.sorted { $0.keys.count > $1.keys.count }
        // Every key a number phrase can start with besides digits: number words, the first word
        // of a leading qualifier, range openers (`phrase(in:at:)` passes over any other at once).
        for (entry, word) in sortedWords.enumerated() {
            wordFlags.add([.starter, .numberWord(entry)], to: [word.key])
        }
        for (group, word) in sortedGroups.enumerated() {
            wordFlags.add([.starter, .qualifierGroup(group)], to: [word.key])
        }
        wordFlags.add(.starter, to: roles.filter { $0.value.contains(.rangeOpen) }.keys)
        wordFlags.add(.postQualifierStart, to: post.compactMap(\.keys.first))
        for (word, wordRoles) in roles {
            wordFlags.add(WordFlags(wordRoles.map(WordFlags.init)), to: [word])
        }
    }

    /// The parser with its tables over another vocabulary (`Extractor.sharing(_:)`).
    package func sharing(_ shared: inout Vocabulary) -> NumberParser {
        var copy = self
        copy.wordFlags = wordFlags.sharing(&shared)
        return copy
    }

    /// The flags of the word of token `index`.
    @inlinable package func flags(at index: Int, in text: AnalyzedText) -> WordFlags {
        wordFlags.classes(at: index, in: text)
    }

    /// Where a number phrase may start in a text: `phrase(in:at:)` returns nil at any other token
    /// without looking further, so a scan over every word asks it only where this says yes.
    package func phraseStarts(in text: AnalyzedText) -> PhraseStarts {
        PhraseStarts(flags: wordFlags.classes(of: text))
    }

    /// Where a number phrase may start in a text (`phraseStarts(in:)`), from its words' flags,
    /// read once; a cursor over the text with these flags (`Cursor(text:numberFlags:)`) reads
    /// the phrases (`phrase(at:cursor:)`).
    package struct PhraseStarts {
        @usableFromInline package let flags: TokenClasses<WordFlags>

        /// Whether a number phrase may start at a word or number token the caller has read.
        @inlinable @inline(__always) package func mayStart(_ token: Token) -> Bool {
            NumberParser.mayStartPhrase(token, flags.classes(ofWord: token))
        }
    }

    /// The first guard of `phrase(in:at:)`: a number, digits, or a word that starts a phrase.
    @inlinable static func mayStartPhrase(_ token: Token, _ flags: WordFlags) -> Bool {
        token.kind == .number || token.shape.contains(.allDigits) || flags.contains(.starter)
    }

    /// The flags of the word of token `index` of a cursor's text: from the text's table of them
    /// where the cursor holds one (a load), else through the vocabulary.
    func flags(at index: Int, _ cursor: Cursor) -> WordFlags {
        if let flags = cursor.numberFlags { return flags[index] }
        return flags(at: index, in: cursor.text)
    }

    func has(_ index: Int, _ role: Role, _ cursor: Cursor) -> Bool {
        flags(at: index, cursor).contains(WordFlags(role))
    }

    /// The value and class of the number word at token `index`: a flag load for any other word,
    /// read from its flags.
    func numberWord(at index: Int, _ cursor: Cursor) -> (value: Int, wordClass: WordClass)? {
        flags(at: index, cursor).numberWordEntry.map { numberWords[$0] }
    }

    // MARK: - Public entry points

    /// The longest number phrase that starts at token `index`, if any.
    public func phrase(in text: AnalyzedText, at index: Int) -> NumberPhrase? {
        phrase(at: index, cursor: Cursor(text: text))
    }

    /// `phrase(in:at:)` through the caller's cursor, made once for the text with its flags
    /// (`Cursor(text:numberFlags:)` with `phraseStarts(in:).flags`), for a caller that asks at
    /// many tokens: a cursor made at each call counts three references in and out.
    package func phrase(at index: Int, cursor: Cursor) -> NumberPhrase? {
        let text = cursor.text
        guard index < text.tokens.count else { return nil }
        let token = text.tokens[index]
        let flags = flags(at: index, cursor)
        guard Self.mayStartPhrase(token, flags) else { return nil }
        // A qualifier before the number (the phrases are tried only where one may start).
        if let group = flags.qualifierGroup {
            for phrase in preQualifiers[group] {
                guard let last = cursor.match(phrase.keys, at: index), let start = cursor.next(after: last) else { continue }
                if phrase.isUpTo, let before = cursor.previous(before: index),
                   has(before, .upToBlock, cursor) { continue }
                guard var found = bare(cursor, at: start, allowArticle: false) else { continue }
                found.tokens = index..<found.tokens.upperBound
                found.qualifier = phrase.qualifier
                return found
            }
        }
        return bare(cursor, at: index, allowArticle: true)
    }

    /// Parses a whole string as one number phrase (for tests and tools): nil unless the phrase
    /// covers every non-space token of the string.
    public func parse(_ string: String, analyzer: TextAnalyzer) -> NumberPhrase? {
        let text = analyzer.analyze(Document(id: "number", text: string))
        guard let first = text.nextNonSpace(from: 0), let found = phrase(in: text, at: first),
              text.nextNonSpace(from: found.tokens.upperBound) == nil else { return nil }
        return found
    }

    // MARK: - Grammar

    /// A number without a leading qualifier, with its range and trailing qualifier if any.
    func bare(_ cursor: Cursor, at index: Int, allowArticle: Bool) -> NumberPhrase? {
        let keys = cursor.text.keys
        let word = numberWord(at: index, cursor)
        // `between 10 and 15`
        if has(index, .rangeOpen, cursor), let start = cursor.next(after: index),
           let low = cardinal(cursor, at: start), let join = cursor.next(after: low.last),
           keys[join] == "and", let highStart = cursor.next(after: join),
           let high = cardinal(cursor, at: highStart), high.value > low.value {
            return NumberPhrase(tokens: index..<(high.last + 1), number: start..<(high.last + 1), value: low.value,
                                qualifier: .atLeast, form: .range)
        }
        if let word, word.wordClass == .another {
            if let next = cursor.next(after: index), cardinal(cursor, at: next) != nil { return nil }
            return NumberPhrase(tokens: index..<(index + 1), number: index..<(index + 1), value: 1, qualifier: nil,
                                form: .another)
        }
        guard let low = cardinal(cursor, at: index) else {
            guard allowArticle, let word, word.wordClass == .article else { return nil }
            if let next = cursor.next(after: index), has(next, .notArticle, cursor) { return nil }
            return NumberPhrase(tokens: index..<(index + 1), number: index..<(index + 1), value: 1, qualifier: nil,
                                form: .article)
        }
        var found = NumberPhrase(tokens: index..<(low.last + 1), number: index..<(low.last + 1), value: low.value,
                                 qualifier: low.vague ? .atLeast : nil, form: low.form)
        // A trailing qualifier (`10 or more`, `50-odd`), looked for only where the next token may
        // begin one (it is the same token whether or not a space may come between).
        let mayQualify = cursor.next(after: low.last).map { flags(at: $0, cursor).contains(.postQualifierStart) } ?? false
        for phrase in postQualifiers where mayQualify {
            guard let next = cursor.next(after: low.last, allowAdjacentOnly: phrase.keys.first == "-"),
                  let last = cursor.match(phrase.keys, at: next) else { continue }
            found.tokens = index..<(last + 1)
            found.number = found.tokens
            found.qualifier = phrase.qualifier
            return found
        }
        // A range (`10 to 15`, `10-15`, `two or three`): the lower end counts, at least.
        if !low.vague, let join = cursor.next(after: low.last), has(join, .rangeJoin, cursor),
           let highStart = cursor.next(after: join), let high = cardinal(cursor, at: highStart),
           !high.vague, high.value > low.value {
            let blocked = cursor.previous(before: index).map { has($0, .rangeBlock, cursor) } ?? false
            if !blocked {
                found.tokens = index..<(high.last + 1)
                found.number = found.tokens
                found.qualifier = .atLeast
                found.form = .range
            }
        }
        return found
    }

    struct Cardinal {
        var value: Int
        var last: Int
        var form: NumberPhrase.Form
        var vague: Bool
    }

    /// A cardinal number at `index`: digits, words, `a dozen`, or a vague plural. Zero and
    /// non-integers are not counts.
    func cardinal(_ cursor: Cursor, at index: Int) -> Cardinal? {
        let tokens = cursor.text.tokens
        let keys = cursor.text.keys
        let token = tokens[index]
        if token.kind == .number || token.shape.contains(.allDigits) {
            guard let (digits, isWhole) = Self.digitValue(keys[index]) else { return nil }
            var result = Cardinal(value: 0, last: index, form: .digits, vague: false)
            // `1.5 million`, `10 thousand`, `2 dozen`
            if let next = cursor.next(after: index), let word = numberWord(at: next, cursor),
               word.wordClass == .scale || word.wordClass == .hundred || word.wordClass == .dozen {
                let scaled = digits * Double(word.value)
                guard scaled == scaled.rounded() else { return nil }
                result.value = Int(scaled)
                result.last = next
            } else {
                guard isWhole else { return nil }
                result.value = Int(digits)
            }
            return result.value > 0 ? result : nil
        }
        guard let first = numberWord(at: index, cursor) else { return nil }
        switch first.wordClass {
        case .vague:
            // `tens of thousands`, `hundreds of thousands`
            if let of = cursor.next(after: index), keys[of] == "of", let next = cursor.next(after: of),
               let scale = numberWord(at: next, cursor), scale.wordClass == .vague, scale.value > first.value,
               keys[next] == "thousands" || keys[next] == "millions" {
                return Cardinal(value: first.value * scale.value / 2, last: next, form: .vague, vague: true)
            }
            if keys[index] == "tens" { return nil }
            return Cardinal(value: first.value, last: index, form: .vague, vague: true)
        case .half:
            // `half a dozen`
            guard let a = cursor.next(after: index), keys[a] == "a", let dozen = cursor.next(after: a),
                  numberWord(at: dozen, cursor)?.wordClass == .dozen else { return nil }
            return Cardinal(value: 6, last: dozen, form: .words, vague: false)
        case .dozen:
            return Cardinal(value: 12, last: index, form: .words, vague: false)
        case .article:
            // `a hundred`, `a thousand`, `a dozen`: the article is the multiplier 1.
            guard let next = cursor.next(after: index), let word = numberWord(at: next, cursor),
                  [.hundred, .scale, .dozen].contains(word.wordClass) else { return nil }
            return wordNumber(cursor, at: next, leading: 1)
        case .unit, .tens:
            return wordNumber(cursor, at: index, leading: nil)
        case .hundred, .scale, .another:
            return nil
        }
    }

    /// A number in words from `index` (`twenty-six`, `one hundred and twelve`, `two dozen`).
    /// `leading` is a multiplier already read (the `a` of `a hundred`).
    func wordNumber(_ cursor: Cursor, at index: Int, leading: Int?) -> Cardinal? {
        let keys = cursor.text.keys
        var total = 0
        var current = leading ?? 0
        var previous: WordClass? = leading == nil ? nil : .unit
        var last: Int?
        var at: Int? = index
        while let i = at, let word = numberWord(at: i, cursor) {
            var accepted = true
            switch word.wordClass {
            case .unit:
                // A unit follows nothing, a round tens word, or a completed hundred or thousand.
                if previous == nil || previous == .hundred || previous == .scale
                    || (previous == .tens && current % 10 == 0) {
                    current += word.value
                } else {
                    accepted = false
                }
            case .tens:
                if previous == nil || previous == .hundred || previous == .scale {
                    current += word.value
                } else {
                    accepted = false
                }
            case .hundred:
                if (previous == .unit || previous == .tens), current > 0, current < 100 {
                    current *= 100
                } else {
                    accepted = false
                }
            case .scale:
                if previous == .unit || previous == .tens || previous == .hundred, current > 0 {
                    total += current * word.value
                    current = 0
                } else {
                    accepted = false
                }
            case .dozen:
                if previous == .unit || previous == .tens, total == 0, current > 0 {
                    return Cardinal(value: current * 12, last: i, form: .words, vague: false)
                }
                accepted = false
            default:
                accepted = false
            }
            guard accepted else { break }
            previous = word.wordClass
            last = i
            // A hyphen joins `twenty-six`; `and` joins `a hundred and twelve`.
            guard let next = cursor.next(after: i) else { break }
            let nextKey = keys[next]
            if nextKey == "-" {
                guard word.wordClass == .tens, let unit = cursor.next(after: next, allowAdjacentOnly: true),
                      numberWord(at: unit, cursor)?.wordClass == .unit else { break }
                at = unit
            } else if nextKey == "and" {
                guard word.wordClass == .hundred || word.wordClass == .scale, let after = cursor.next(after: next),
                      let part = numberWord(at: after, cursor), part.wordClass == .unit || part.wordClass == .tens
                else { break }
                at = after
            } else {
                at = next
            }
        }
        let value = total + current
        guard let last, value > 0 else { return nil }
        return Cardinal(value: value, last: last, form: .words, vague: false)
    }

    /// The value of a digit token (`12`, `1,200`, `1.5`), and whether it is a whole number.
    static func digitValue(_ key: String) -> (Double, Bool)? {
        var whole = 0
        var fraction = 0.0
        var scale = 0.1
        var sawDigit = false
        var sawPoint = false
        var digitsSinceComma = -1
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                let digit = Int(byte - UInt8(ascii: "0"))
                if sawPoint {
                    fraction += Double(digit) * scale
                    scale /= 10
                } else {
                    guard whole < 1_000_000_000 else { return nil }
                    whole = whole * 10 + digit
                    if digitsSinceComma >= 0 { digitsSinceComma += 1 }
                }
            case UInt8(ascii: ","):
                // Thousands separators come every three digits.
                guard !sawPoint, sawDigit, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                digitsSinceComma = 0
            case UInt8(ascii: "."):
                guard !sawPoint, sawDigit, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                sawPoint = true
            default:
                return nil
            }
        }
        guard sawDigit, digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
        return (Double(whole) + fraction, fraction == 0)
    }
}

/// Steps over the non-space tokens of a text without crossing a line break.
package struct Cursor {
    @usableFromInline let text: AnalyzedText
    /// The flags of the number parser's tables for each token of the text, where the caller has
    /// read them (`NumberParser.phraseStarts(in:)`).
    let numberFlags: TokenClasses<NumberParser.WordFlags>?

    package init(text: AnalyzedText, numberFlags: TokenClasses<NumberParser.WordFlags>? = nil) {
        self.text = text
        self.numberFlags = numberFlags
    }

    /// The next non-space token after `index`; nil at a line break or the end. With
    /// `allowAdjacentOnly`, nil also when any space comes between.
    @inlinable package func next(after index: Int, allowAdjacentOnly: Bool = false) -> Int? {
        var i = index + 1
        let tokens = text.tokens
        while i < tokens.count {
            if tokens[i].kind != .whitespace { return i }
            if allowAdjacentOnly || tokens[i].shape.contains(.lineBreak) { return nil }
            i += 1
        }
        return nil
    }

    /// The previous non-space token before `index`; nil at a line break or the start.
    package func previous(before index: Int) -> Int? {
        var i = index - 1
        let tokens = text.tokens
        while i >= 0 {
            if tokens[i].kind != .whitespace { return i }
            if tokens[i].shape.contains(.lineBreak) { return nil }
            i -= 1
        }
        return nil
    }

    /// Matches a phrase of keys starting at `index`; returns the index of its last token.
    func match(_ keys: [String], at index: Int) -> Int? {
        var i = index
        for (n, key) in keys.enumerated() {
            guard text.keys[i] == key else { return nil }
            if n == keys.count - 1 { return i }
            guard let next = next(after: i) else { return nil }
            i = next
        }
        return nil
    }
}
