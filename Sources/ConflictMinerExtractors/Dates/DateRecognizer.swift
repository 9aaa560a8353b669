import ConflictMinerCore

/// Finds date phrases in an analyzed text and says what each one fixes (a `TemporalExpression`),
/// without placing it on the calendar: that is the `TemporalResolver`'s job.
///
/// The recognizer walks the non-space tokens left to right. At each position it tries every
/// pattern below and keeps the longest match, then continues after it. All words come from
/// `DateLexicon`; patterns read token kinds, shapes and keys only.
///
/// Patterns (span in brackets):
/// - day and month in either order, with an optional year: `[November 9]`, `[9 November 2024]`,
///   `[Nov. 9, 2024]`, `[9th of November]`, `[November 9 last year]`; day ranges
///   `[August 24]-[25]`, `[24]-[25 August]`;
/// - month alone or with a year: `[January 2024]`, `[November of 2024]`, `[May this year]`;
///   ambiguous months (`May`, `March`, `April`, `June`, `August`) alone only capitalised and after a
///   date cue (`in May`, `since March`, `last April`) or in a list of dates;
/// - numeric dates `[2024-11-09]`, `[09/11/2024]`, `[12.03.2019]` (day first unless the document
///   shows month-first dates, see `numericOrder`);
/// - weekdays `on [Thursday]`, `[last Tuesday]`, `[Thursday last week]`, and a weekday joined by a
///   comma to a date `[Wednesday, February 13]`;
/// - modifiers `[early November]`, `[mid-July]`, `[late 2019]`, `[early 1990s]`, `[late last year]`;
/// - `[last week]`, `[this month]`, `[next year]`, `[last weekend]`, `[last July]`, `[this summer]`;
/// - `[two days ago]`, `[a week ago]`; `[yesterday]`, `[today]`, `[tomorrow]`;
/// - decades `the [1990s]`, `the ['90s]`, `the [nineties]`; seasons `[summer 2019]`,
///   `[winter of 2018]`;
/// - bare years in date context: `in [2019]`, `since [2001]`, `[2019]'s`, `the [2008] elections`,
///   `[2014]-[2016]`, `in [2014] and [2015]`.
public struct DateRecognizer: Sendable {
    private(set) var lexicon: DateLexicon
    /// The counts of relative dates (`thirteen days ago`), read as CASUALTY reads counts.
    private(set) var numbers: NumberParser

    /// A recognizer over the date words (`DateLexicon`) and the counts' number parser.
    public init(lexicon: DateLexicon, numbers: NumberParser) {
        self.lexicon = lexicon
        self.numbers = numbers
    }

    /// The recognizer with its tables over another vocabulary (`Extractor.sharing(_:)`).
    func sharing(_ vocabulary: inout Vocabulary) -> DateRecognizer {
        var copy = self
        copy.lexicon = lexicon.sharing(&vocabulary)
        copy.numbers = numbers.sharing(&vocabulary)
        return copy
    }

    public func recognize(_ text: AnalyzedText) -> [TemporalExpression] {
        var scan = DateScan(text: text, lexicon: lexicon, numbers: numbers)
        return scan.run()
    }
}

/// One pass of the recognizer over one document. Positions (`p`, `q`) index `sig`, the
/// non-whitespace tokens.
struct DateScan {
    let text: AnalyzedText
    let lex: DateLexicon
    /// Token indices of the non-whitespace tokens (32 bits, as the tokens' offsets).
    let sig: [Int32]
    /// Whether an ambiguous numeric date `dd/mm/yyyy` is read day first; nil when no numeric
    /// date of the document decides, and each is then read in the order that puts it nearest
    /// on or before the publication date.
    var dayFirst: Bool? = nil
    /// Expressions found so far, with their `sig` bounds.
    var found: [(expression: TemporalExpression, start: Int, end: Int)] = []

    /// A match: expressions and the position after the last token consumed.
    struct Match {
        var expressions: [(expression: TemporalExpression, start: Int, end: Int)]
        var end: Int
    }

    let numbers: NumberParser

    init(text: AnalyzedText, lexicon: DateLexicon, numbers: NumberParser) {
        self.text = text
        self.lex = lexicon
        self.numbers = numbers
        let tokenClasses = lexicon.classes(of: text)
        // (both lists written in place, at most a slot a token: no append's checks per token)
        var classes: [DateWord.Classes] = []
        let sig = text.tokens.withUnsafeBufferPointer { tokens in
            [Int32](capacity: tokens.count) { sig in
                var count = 0
                classes = [DateWord.Classes](capacity: tokens.count) { classes in
                    for index in tokens.indices where tokens[index].kind != .whitespace {
                        sig[count] = Int32(index)
                        classes[count] = tokenClasses.classes(ofWord: tokens[index])
                        count += 1
                    }
                    return count
                }
                return count
            }
        }
        var beforeAgo = BitArray(count: sig.count)
        for (q, wordClasses) in classes.enumerated() where wordClasses.contains(DateWord.Classes(.ago)) {
            for p in max(0, q - 5)..<q { beforeAgo[p] = true }
        }
        self.sig = sig
        self.classes = classes
        self.beforeAgo = beforeAgo
        apostrophe = text.keys.id(of: "'")
    }

    /// The document's key id of `'` (the mark of `'90s`), if it has one.
    let apostrophe: Int32?

    /// Whether `ago` is among the five positions after each position: where a count may open
    /// `… ago` (read once per document, so the test costs one load).
    let beforeAgo: BitArray

    /// The classes of each significant token's word, looked up once per document.
    let classes: [DateWord.Classes]

    /// The lexicon word of class `wordClass` at position `p`, if any.
    func word(at p: Int, _ wordClass: DateWord.Class) -> DateWord? {
        guard has(at: p, wordClass) else { return nil }
        return lex.word(text.keys[tokenIndex(p)], wordClass)
    }

    func has(at p: Int, _ wordClass: DateWord.Class) -> Bool {
        p >= 0 && p < classes.count && classes[p].contains(DateWord.Classes(wordClass))
    }

    // MARK: - Driver

    /// The classes a pattern's first word may have: every pattern that begins with a word
    /// without a digit begins with one of these (`matchWeekday` … `matchFiscalYear`).
    static let startClasses: DateWord.Classes = [
        .init(.month), .init(.weekday), .init(.season), .init(.decade), .init(.hundreds), .init(.tens), .init(.fiscal),
        .init(.ordinal), .init(.modifier), .init(.periodPart), .init(.deictic), .init(.anchor),
    ]

    mutating func run() -> [TemporalExpression] {
        dayFirst = numericOrder()
        var p = 0
        while p < sig.count {
            // Every date starts with a digit, a mark (`'90s`), a word of the lexicon or a number
            // word (`thirteen days ago`): skip the rest at once.
            guard mayStartDate(p) else {
                p += 1
                continue
            }
            // The longest match wins; the first pattern of equals.
            var best: (pattern: TemporalExpression.Pattern, match: Match)?
            // Six patterns begin with a lexicon word (a weekday, a modifier, a deictic, an anchor, a
            // month, a season): at a number or a word of no start class they are not tried.
            let lexical = hasStartClass(p)
            func consider(_ pattern: TemporalExpression.Pattern, if possible: Bool = true,
                          _ match: @autoclosure () -> Match?) {
                guard possible, let match = match(), match.end > (best?.match.end ?? p) else { return }
                best = (pattern, match)
            }
            consider(.weekday, if: lexical, matchWeekday(p))
            consider(.modified, if: lexical, matchModified(p))
            consider(.deictic, if: lexical, matchDeictic(p))
            consider(.ago, matchAgo(p))
            consider(.anchor, if: lexical, matchAnchor(p))
            consider(.numeric, matchNumeric(p))
            consider(.dayFirst, matchDayFirst(p))
            consider(.monthFirst, if: lexical, matchMonthFirst(p))
            consider(.decade, matchDecade(p))
            consider(.season, if: lexical, matchSeason(p))
            consider(.year, matchYear(p))
            consider(.century, matchCentury(p))
            consider(.fiscalYear, matchFiscalYear(p))
            if let (pattern, best) = best {
                for var item in best.expressions {
                    item.expression.pattern = pattern
                    found.append(item)
                }
                p = best.end
            } else {
                p += 1
            }
        }
        propagateYears()
        return withTenses()
    }

    /// The expressions found, each without a year given the tense of its clause. (Not mutating:
    /// called from `run`, a method that reads the scan would copy it at every call.)
    private func withTenses() -> [TemporalExpression] {
        var expressions: [TemporalExpression] = []
        expressions.reserveCapacity(found.count)
        for item in found {
            var expression = item.expression
            if expression.lacksYear, expression.deictic == nil, expression.weekOffset == nil {
                expression.tense = tense(from: item.start, to: item.end)
            }
            expressions.append(expression)
        }
        return expressions
    }

    /// Whether the word at `p` has a class a pattern begins with (`startClasses`).
    private func hasStartClass(_ p: Int) -> Bool {
        !classes[p].isDisjoint(with: Self.startClasses)
    }

    /// Whether any pattern may match from `p`: a number; a word with a digit, of a class a date
    /// begins with (`startClasses`), or starting a count before `ago`; a mark of such a class,
    /// the apostrophe of `'90s`, or one that may start a number phrase (punctuation reaches no
    /// other pattern: each wants a number, a word of those classes or a word token at its start).
    /// A word of the context classes alone (`in`, `the`, `,`) starts none.
    @inline(__always)  // called at every token: a call would copy the scan (`run` is mutating)
    private func mayStartDate(_ p: Int) -> Bool {
        let first = token(p)
        switch first.kind {
        case .number:
            return true
        case .word:
            return first.shape.contains(.hasDigit) || hasStartClass(p)
                || beforeAgo[p] && numbers.flags(at: tokenIndex(p), in: text).contains(.starter)
        case .punctuation:
            return hasStartClass(p) || first.keyID == apostrophe
                || numbers.flags(at: tokenIndex(p), in: text).contains(.starter)
        case .whitespace:
            return false
        }
    }

    /// `January and February 2019`, `between March and May last year`: a month or day without a
    /// year, joined by one range word to a date with one, takes that year.
    mutating func propagateYears() {
        guard found.count > 1 else { return }
        for index in stride(from: found.count - 2, through: 0, by: -1) {
            let next = found[index + 1]
            var current = found[index].expression
            guard current.month != nil, current.year == nil, current.yearOffset == nil, current.deictic == nil,
                  next.expression.month != nil, next.expression.year != nil || next.expression.yearOffset != nil,
                  next.start == found[index].end + 1,
                  let joiner = word(at: found[index].end, .rangeWord), joiner.value == "-" || key(found[index].end) != ","
            else { continue }
            current.year = next.expression.year
            current.yearOffset = next.expression.yearOffset
            found[index].expression = current
        }
    }

    // MARK: - Token access

    /// The index in the text of the token at position `p`.
    @inline(__always) func tokenIndex(_ p: Int) -> Int { Int(sig[p]) }
    func token(_ p: Int) -> Token { text.tokens[tokenIndex(p)] }
    func key(_ p: Int) -> String { p >= 0 && p < sig.count ? text.keys[tokenIndex(p)] : "" }
    func exists(_ p: Int) -> Bool { p >= 0 && p < sig.count }

    /// No whitespace between `p - 1` and `p`.
    func glued(_ p: Int) -> Bool {
        p > 0 && p < sig.count && sig[p] == sig[p - 1] + 1
    }

    /// A line break between `p - 1` and `p`.
    func lineBreakBefore(_ p: Int) -> Bool {
        guard p > 0, p < sig.count else { return false }
        var i = tokenIndex(p - 1) + 1
        while i < tokenIndex(p) {
            if text.tokens[i].shape.contains(.lineBreak) { return true }
            i += 1
        }
        return false
    }

    func word(_ p: Int, _ wordClass: DateWord.Class) -> DateWord? {
        exists(p) ? word(at: p, wordClass) : nil
    }

    func isWord(_ p: Int) -> Bool { exists(p) && token(p).kind == .word }
    func capitalized(_ p: Int) -> Bool { exists(p) && token(p).shape.contains(.capitalized) }

    func expression(_ start: Int, _ end: Int) -> TemporalExpression {
        TemporalExpression(tokens: tokenIndex(start)..<(tokenIndex(end - 1) + 1))
    }

    /// The previous non-space token is a word that starts a capitalised name run in the same
    /// sentence (`Black September`, `Pakistan Today`), not a date cue.
    func followsName(_ p: Int) -> Bool {
        let q = p - 1
        guard isWord(q), !lineBreakBefore(p), token(q).sentence == token(p).sentence, capitalized(q),
              !token(q).shape.contains(.allUppercase) || token(p).shape.contains(.allUppercase)
        else { return false }
        let k = key(q)
        if has(at: q, .yearCue) || has(at: q, .monthCue) || has(at: q, .rangeWord) || has(at: q, .deictic)
            || has(at: q, .weekday) || has(at: q, .month) || k == "on" || k == "the" || k == "at"
        {
            return false
        }
        // The first word of a sentence is capitalised anyway: only a name if more capitals precede.
        let sentenceStart = q == 0 || token(q - 1).sentence != token(q).sentence || lineBreakBefore(q)
        return !sentenceStart
    }

    /// The first token of its sentence or line.
    func startsSentence(_ p: Int) -> Bool {
        p == 0 || token(p - 1).sentence != token(p).sentence || lineBreakBefore(p)
            || (p >= 1 && ["\"", "“", "‘", "'", "(", "—", "-", ":"].contains(key(p - 1))
                && (p == 1 || token(p - 2).sentence != token(p).sentence || lineBreakBefore(p - 1) || key(p - 1) == ":" || key(p - 1) == "—"))
    }

    // MARK: - Numbers

    /// An integer from an all-digit token of at most `maxDigits` digits.
    func integer(_ p: Int, maxDigits: Int) -> Int? {
        guard exists(p), token(p).kind == .number, token(p).shape.contains(.allDigits) else { return nil }
        let k = key(p)
        guard k.utf8.count <= maxDigits else { return nil }
        return Int(k)
    }

    /// A day of the month: `9`, `09`, `9th`, `23rd` (not a time `12:30` or a decimal).
    func dayNumber(_ p: Int) -> Int? {
        guard exists(p) else { return nil }
        var value: Int?
        if let number = integer(p, maxDigits: 2) {
            value = number
        } else if token(p).kind == .word, token(p).shape.contains(.hasDigit) {
            let k = key(p)
            if k.utf8.count >= 3, k.utf8.count <= 4,
               k.hasSuffix("st") || k.hasSuffix("nd") || k.hasSuffix("rd") || k.hasSuffix("th")
            {
                value = Int(k.dropLast(2))
            }
        }
        guard let day = value, (1...31).contains(day) else { return nil }
        if glued(p + 1), key(p + 1) == ":" || key(p + 1) == "%" { return nil }
        return day
    }

    func isOrdinalToken(_ p: Int) -> Bool {
        exists(p) && token(p).kind == .word && (token(p).shape.contains(.hasDigit) || has(at: p, .ordinal))
    }

    /// A four-digit year, 1800–2100.
    func yearNumber(_ p: Int) -> Int? {
        guard let value = integer(p, maxDigits: 4), key(p).utf8.count == 4, (1800...2100).contains(value) else { return nil }
        // `2019-20`, `2023/24` (fiscal years) and `2019:` are not plain years.
        if glued(p + 1), exists(p + 2), glued(p + 2), ["-", "/", ":", "."].contains(key(p + 1)),
           token(p + 2).kind == .number
        {
            if key(p + 1) == "-", yearNumber(p + 2) != nil { return value }
            return nil
        }
        if glued(p + 1), key(p + 1) == "%" { return nil }
        return value
    }

    /// The word after `p` makes the number at `p` a count (`2000 people`, `26 soldiers`).
    func countFollows(_ p: Int) -> Bool {
        guard exists(p + 1), !lineBreakBefore(p + 1), token(p + 1).sentence == token(p).sentence else { return false }
        if has(at: p + 1, .countNoun) { return true }
        // `1500 Afghan refugees`, `26 more people`: one word between, not a determiner (`In 2019
        // the militants attacked` is a year).
        if isWord(p + 1), exists(p + 2), has(at: p + 2, .countNoun), key(p + 2) != "years",
           key(p + 2) != "days", !has(at: p + 1, .month), !has(at: p + 1, .determiner)
        {
            return true
        }
        return false
    }

    /// A month name at `p`: its number, whether it may stand alone, and the position after it
    /// (past an abbreviation's period when `takeDot`).
    func monthAt(_ p: Int) -> (month: Int, ambiguous: Bool, abbreviation: Bool, end: Int)? {
        guard isWord(p), let entry = word(at: p, .month), let number = entry.intValue else { return nil }
        let ambiguous = entry.flags.contains("ambiguous")
        let abbreviation = entry.flags.contains("abbr")
        // Ambiguous words (`may`, `march`) and abbreviations are months only when capitalised.
        if (ambiguous || abbreviation) && !capitalized(p) { return nil }
        var end = p + 1
        if abbreviation, glued(end), key(end) == "." { end += 1 }
        return (number, ambiguous, abbreviation, end)
    }

    /// After a month or a day-month: `, 2024`, `2024`, `of 2024`, `last year`, `this year`.
    func yearTail(_ q: Int) -> (year: Int?, offset: Int?, end: Int)? {
        var r = q
        if key(r) == "," || key(r) == "of" { r += 1 }
        if let year = yearNumber(r), !lineBreakBefore(r), !countFollows(r) {
            return (year, nil, r + 1)
        }
        if r == q, let deictic = word(q, .deictic), let offset = deictic.intValue, key(q + 1) == "year",
           !lineBreakBefore(q)
        {
            return (nil, offset, q + 2)
        }
        return nil
    }

    // MARK: - Day and month

    /// `9 November [2024]`, `9th of November`, `24-25 August 2019`, `9 and 10 November`.
    func matchDayFirst(_ p: Int) -> Match? {
        guard let day = dayNumber(p) ?? ordinalWord(p) else { return nil }
        // Not part of another number or code: `F-16 November`, `$9 …`, `3/9`.
        if glued(p), ["-", "/", ".", "$", ":"].contains(key(p - 1)) || isWord(p - 1) || token(p - 1).kind == .number {
            return nil
        }
        var q = p + 1
        var secondDay: (day: Int, at: Int)?
        if exists(q), !lineBreakBefore(q) {
            let joiner = key(q)
            if joiner == "-" || joiner == "and" || joiner == "to", let day2 = dayNumber(q + 1), day2 > day,
               monthAt(q + 2) != nil
            {
                secondDay = (day2, q + 1)
                q += 2
            }
        }
        if key(q) == "of", isOrdinalToken(q - 1) { q += 1 }
        guard !lineBreakBefore(q), let month = monthAt(q) else { return nil }
        var end = month.abbreviation ? q + 1 : month.end
        var first = expression(p, secondDay == nil ? end : p + 1)
        first.day = day
        first.month = month.month
        if let tail = yearTail(month.end) {
            end = tail.end
            first.year = tail.year
            first.yearOffset = tail.offset
        }
        guard let secondDay else {
            first.tokens = expression(p, end).tokens
            return Match(expressions: [(first, p, end)], end: end)
        }
        var second = expression(secondDay.at, end)
        second.day = secondDay.day
        second.month = month.month
        second.year = first.year
        second.yearOffset = first.yearOffset
        return Match(expressions: [(first, p, p + 1), (second, secondDay.at, end)], end: end)
    }

    /// `ninth of November`, `first of May`.
    func ordinalWord(_ p: Int) -> Int? {
        guard let entry = word(p, .ordinal), key(p + 1) == "of" else { return nil }
        return entry.intValue
    }

    /// `November 9[, 2024]`, `Nov. 9th`, `August 24-25`, `January 2024`, `May this year`, `July`.
    func matchMonthFirst(_ p: Int) -> Match? {
        guard let month = monthAt(p) else { return nil }
        var q = month.end
        // `November 9`, `Nov. 9, 2024`.
        if exists(q), !lineBreakBefore(q), let day = dayNumber(q), !glued(q) || key(q - 1) == ".", !countFollows(q) {
            let dayAt = q
            var first = expression(p, q + 1)
            first.month = month.month
            first.day = day
            q += 1
            var secondDay: (day: Int, at: Int)?
            if exists(q + 1), !lineBreakBefore(q) {
                let joiner = key(q)
                if joiner == "-" || joiner == "and" || joiner == "to" || joiner == "through",
                   let day2 = dayNumber(q + 1), day2 > day, !countFollows(q + 1), monthAt(q + 1) == nil
                {
                    secondDay = (day2, q + 1)
                    q += 2
                }
            }
            var end = q
            var year: Int?, offset: Int?
            if let tail = yearTail(q) {
                year = tail.year
                offset = tail.offset
                end = tail.end
            }
            first.year = year
            first.yearOffset = offset
            guard let secondDay else {
                first.tokens = expression(p, end).tokens
                return Match(expressions: [(first, p, end)], end: end)
            }
            var second = expression(secondDay.at, end)
            second.month = month.month
            second.day = secondDay.day
            second.year = year
            second.yearOffset = offset
            first.tokens = expression(p, dayAt + 1).tokens
            return Match(expressions: [(first, p, dayAt + 1), (second, secondDay.at, end)], end: end)
        }
        // `January 2024`, `November of 2024`, `May this year`.
        if let tail = yearTail(month.end) {
            var result = expression(p, tail.end)
            result.month = month.month
            result.year = tail.year
            result.yearOffset = tail.offset
            return Match(expressions: [(result, p, tail.end)], end: tail.end)
        }
        // A month alone.
        guard !month.abbreviation, monthMayStandAlone(p, ambiguous: month.ambiguous) else { return nil }
        q = p + 1
        var result = expression(p, q)
        result.month = month.month
        return Match(expressions: [(result, p, q)], end: q)
    }

    /// A month name without day or year is a date after a date cue (`in`, `since`, `last`, `early`),
    /// in a list of dates (`January and February`), or — for unambiguous names — anywhere it is
    /// not part of a capitalised name (`Black September`, `October Revolution`).
    func monthMayStandAlone(_ p: Int, ambiguous: Bool) -> Bool {
        let previous = key(p - 1)
        let cue = exists(p - 1) && !lineBreakBefore(p)
            && (lex.contains(previous, .yearCue) || lex.contains(previous, .monthCue)
                || (previous == "-" && glued(p) && key(p - 2) == "mid"))
        if cue {
            // `in March against …`, `a march`: a lower-case or noun-like use needs the capital.
            if previous == "of", let before = exists(p - 2) ? key(p - 2) : nil, lex.contains(before, .quantityNoun) { return false }
            return true
        }
        if followsDate(p) { return true }
        if ambiguous { return false }
        if followsName(p) { return false }
        // `October Revolution`, `September Dawn`: a capitalised word right after makes a name.
        if exists(p + 1), !lineBreakBefore(p + 1), isWord(p + 1), capitalized(p + 1), !capitalized(p) || !token(p).shape.contains(.allUppercase),
           word(at: p + 1, .month) == nil, word(at: p + 1, .weekday) == nil,
           token(p + 1).sentence == token(p).sentence, !has(at: p + 1, .yearCue)
        {
            // Only when the month itself does not start the sentence after a cue-less context.
            return p == 0 || token(p - 1).sentence != token(p).sentence ? false : !capitalizedRun(p + 1)
        }
        return true
    }

    /// A run of at least one more capitalised content word, as in a name.
    func capitalizedRun(_ p: Int) -> Bool {
        capitalized(p) && isWord(p)
    }

    /// The previous expression ends one range word before `p` (`January and [February]`,
    /// `2014 and [2015]`).
    func followsDate(_ p: Int) -> Bool {
        guard let last = found.last, p >= 1, !lineBreakBefore(p) else { return false }
        if last.end == p - 1, has(at: p - 1, .rangeWord) { return true }
        // `between 2014 and 2016`, `from May to July`: `and`/`to` right after the previous date.
        return false
    }

    // MARK: - Numeric dates

    /// The parts of a numeric date at `p` and the position after it: `2024-11-09`, `09/11/2024`,
    /// `12.03.2019` (one token).
    func numericParts(_ p: Int) -> (parts: [Int], widths: [Int], end: Int)? {
        guard exists(p), token(p).kind == .number else { return nil }
        let k = key(p)
        // (a byte test: `String.contains(_:)` with a string is Foundation's substring search,
        // thousands of instructions a number)
        if k.utf8.contains(UInt8(ascii: ".")) {
            let pieces = k.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 }) else { return nil }
            let values = pieces.compactMap { Int($0) }
            guard values.count == 3 else { return nil }
            return (values, pieces.map { $0.utf8.count }, p + 1)
        }
        guard let a = integer(p, maxDigits: 4), glued(p + 1), glued(p + 2), glued(p + 3), glued(p + 4) else { return nil }
        let separator = key(p + 1)
        guard separator == "/" || separator == "-" || separator == ".", key(p + 3) == separator,
              let b = integer(p + 2, maxDigits: 2), let c = integer(p + 4, maxDigits: 4)
        else { return nil }
        return ([a, b, c], [key(p).utf8.count, key(p + 2).utf8.count, key(p + 4).utf8.count], p + 5)
    }

    /// `2024-11-09`, `09/11/2024`, `9-11-2024`, `12.03.2019`.
    func matchNumeric(_ p: Int) -> Match? {
        guard let numeric = numericParts(p) else { return nil }
        // Not inside a longer code: `A-2024-11-09`, `2024-11-09-12`.
        if glued(p), isWord(p - 1) || ["-", "/", "."].contains(key(p - 1)) || token(p - 1).kind == .number { return nil }
        if glued(numeric.end), isWord(numeric.end) || token(numeric.end).kind == .number
            || (["-", "/", "."].contains(key(numeric.end)) && glued(numeric.end + 1) && token(numeric.end + 1).kind == .number)
        {
            return nil
        }
        let (parts, widths) = (numeric.parts, numeric.widths)
        var result = expression(p, numeric.end)
        if widths[0] == 4 {
            guard (1800...2100).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
            result.year = parts[0]
            result.month = parts[1]
            result.day = parts[2]
        } else if widths[2] == 4, widths[0] <= 2, widths[1] <= 2 {
            guard (1800...2100).contains(parts[2]) else { return nil }
            let (first, second) = (parts[0], parts[1])
            let dayFirstHere: Bool
            if first > 12 {
                dayFirstHere = true
            } else if second > 12 {
                dayFirstHere = false
            } else {
                dayFirstHere = dayFirst ?? readsDayFirst(first, second, year: parts[2])
            }
            let day = dayFirstHere ? first : second
            let month = dayFirstHere ? second : first
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            result.year = parts[2]
            result.month = month
            result.day = day
        } else {
            return nil
        }
        return Match(expressions: [(result, p, numeric.end)], end: numeric.end)
    }

    /// Whether `first/second/year`, both parts 12 or less, reads as day first: the reading whose
    /// date is nearest on or before the publication date (`04/08/2016` published on 2016-04-08 is
    /// April 8); day first when the publication date is unknown or does not decide.
    func readsDayFirst(_ first: Int, _ second: Int, year: Int) -> Bool {
        guard let published = text.document.published, let month = published.month else { return true }
        let reference = CalendarMath.dayNumber(year: published.year, month: month,
                                               day: published.day ?? CalendarMath.daysIn(month: month, year: published.year))
        /// Days before the publication date; a later date comes after every earlier one.
        func distance(month: Int, day: Int) -> Int {
            let value = CalendarMath.dayNumber(year: year, month: month, day: day)
            return value <= reference ? reference - value : Int.max / 2 + value - reference
        }
        return distance(month: second, day: first) <= distance(month: first, day: second)
    }

    /// The reading order of ambiguous numeric dates in this document: month first when some
    /// numeric date can only be month first (`11/29/2024`) and none can only be day first, day
    /// first in the opposite case, and nil (each date decides) when none can only be one.
    func numericOrder() -> Bool? {
        var dayFirstSeen = false, monthFirstSeen = false
        for p in sig.indices where token(p).kind == .number {
            guard let numeric = numericParts(p), numeric.widths[2] == 4, numeric.widths[0] <= 2 else { continue }
            if numeric.parts[0] > 12, numeric.parts[1] <= 12 { dayFirstSeen = true }
            if numeric.parts[1] > 12, numeric.parts[0] <= 12 { monthFirstSeen = true }
        }
        if monthFirstSeen && !dayFirstSeen { return false }
        return dayFirstSeen ? true : nil
    }

    // MARK: - Weekdays

    /// `Thursday`, `last Tuesday`, `Thursday last week`, `Wednesday, February 13`, `Tue, Nov 9`.
    func matchWeekday(_ p: Int) -> Match? {
        var w = p
        var deictic: Int?
        if let entry = word(p, .deictic), let value = entry.intValue, isWord(p + 1), word(at: p + 1, .weekday) != nil {
            guard !determinerBefore(p) else { return nil }
            deictic = value
            w = p + 1
        }
        guard isWord(w), let entry = word(at: w, .weekday), let weekday = entry.intValue else { return nil }
        let abbreviation = entry.flags.contains("abbr")
        if abbreviation && !capitalized(w) { return nil }
        // `Good Friday`, `Bloody Sunday`; `Friday Times`, `Sunday Guardian`.
        if deictic == nil, isWord(w - 1), capitalized(w - 1), has(at: w - 1, .weekdayBlockBefore) { return nil }
        if capitalized(w), isWord(w + 1), capitalized(w + 1), !glued(w + 1), has(at: w + 1, .nameAfter) { return nil }
        var q = w + 1
        if abbreviation, glued(q), key(q) == "." { q += 1 }
        // A date joined by a comma (or nothing): one span.
        if deictic == nil, exists(q), !lineBreakBefore(q) {
            let start = key(q) == "," ? q + 1 : q
            if !lineBreakBefore(start), let date = matchDayFirst(start) ?? matchMonthFirst(start),
               var joined = date.expressions.first?.expression, joined.day != nil
            {
                var rest = Array(date.expressions.dropFirst())
                let firstEnd = date.expressions[0].end
                joined.tokens = expression(p, firstEnd).tokens
                joined.weekday = weekday
                rest.insert((joined, p, firstEnd), at: 0)
                return Match(expressions: rest, end: date.end)
            }
        }
        if abbreviation { return nil }
        var result = expression(p, w + 1)
        result.weekday = weekday
        result.deictic = deictic
        // `Thursday last week`.
        if deictic == nil, let weekWord = word(w + 1, .deictic), let offset = weekWord.intValue, key(w + 2) == "week",
           !lineBreakBefore(w + 1)
        {
            result.tokens = expression(p, w + 3).tokens
            result.weekOffset = offset
            return Match(expressions: [(result, p, w + 3)], end: w + 3)
        }
        return Match(expressions: [(result, p, w + 1)], end: w + 1)
    }

    /// `the last week`, `the next year`, `a last …`: a determiner makes last/next a duration.
    func determinerBefore(_ p: Int) -> Bool {
        guard exists(p - 1), !lineBreakBefore(p) else { return false }
        return has(at: p - 1, .durationDeterminer)
    }

    // MARK: - Relative expressions

    /// `last week`, `this month`, `next year`, `last weekend`, `last July`, `this summer`.
    func matchDeictic(_ p: Int) -> Match? {
        guard let entry = word(p, .deictic), let value = entry.intValue, exists(p + 1), !lineBreakBefore(p + 1),
              !determinerBefore(p)
        else { return nil }
        let q = p + 1
        if let unit = word(q, .unit), !key(q).hasSuffix("s") {
            var result = expression(p, q + 1)
            switch unit.value {
            case "week": result.shift = .init(.week, value)
            case "weekend": result.shift = .init(.weekend, value)
            case "month": result.shift = .init(.month, value)
            case "year": result.shift = .init(.year, value)
            default: return nil
            }
            return Match(expressions: [(result, p, q + 1)], end: q + 1)
        }
        if let month = monthAt(q), !month.abbreviation {
            var result = expression(p, q + 1)
            result.month = month.month
            result.deictic = value
            return Match(expressions: [(result, p, q + 1)], end: q + 1)
        }
        if let season = word(q, .season), let code = TemporalExpression.Season(rawValue: season.value) {
            if season.flags.contains("ambiguous"), has(at: q + 1, .seasonBlock) { return nil }
            var result = expression(p, q + 1)
            result.season = code
            result.deictic = value
            return Match(expressions: [(result, p, q + 1)], end: q + 1)
        }
        return nil
    }

    /// `two days ago`, `a week ago`, `3 years ago`, `thirteen days ago`, `twenty-one days ago`,
    /// `a fortnight ago`: the count is any number phrase of the number parser without a
    /// qualifier, in words, digits (up to 99) or `a`/`an`.
    func matchAgo(_ p: Int) -> Match? {
        guard beforeAgo[p], let phrase = numbers.phrase(in: text, at: tokenIndex(p)), phrase.qualifier == nil, phrase.value > 0,
              phrase.form == .words || phrase.form == .article || phrase.form == .digits && phrase.value < 100 else { return nil }
        // The position after the phrase (its tokens end inside `sig`).
        var q = p + 1
        while q < sig.count && tokenIndex(q) < phrase.tokens.upperBound { q += 1 }
        let amount = phrase.value
        guard let unit = word(q, .unit), key(q + 1) == "ago", !lineBreakBefore(q), !lineBreakBefore(q + 1) else { return nil }
        var result = expression(p, q + 2)
        switch unit.value {
        case "day": result.shift = .init(.day, -amount)
        case "week": result.shift = .init(.week, -amount)
        case "fortnight": result.shift = .init(.week, -2 * amount)
        case "month": result.shift = .init(.month, -amount)
        case "year": result.shift = .init(.year, -amount)
        default: return nil
        }
        return Match(expressions: [(result, p, q + 2)], end: q + 2)
    }

    /// `today`, `yesterday`, `tomorrow` (not `Pakistan Today`, `USA Today`).
    func matchAnchor(_ p: Int) -> Match? {
        guard let entry = word(p, .anchor), let value = entry.intValue else { return nil }
        // `Pakistan Today`, `USA Today`: a capitalised `Today` inside a sentence is a name.
        if capitalized(p), !token(p).shape.contains(.allUppercase), !startsSentence(p) { return nil }
        if capitalized(p), isWord(p + 1), capitalized(p + 1), has(at: p + 1, .nameAfter) { return nil }
        var result = expression(p, p + 1)
        result.shift = .init(.day, value)
        return Match(expressions: [(result, p, p + 1)], end: p + 1)
    }

    // MARK: - Modifiers

    /// `early November`, `mid-July`, `late 2019`, `early 1990s`, `late last year`, `mid-2019`;
    /// `end of last year`, `beginning of March` (the part of the period, then `of`).
    func matchModified(_ p: Int) -> Match? {
        let part = word(p, .periodPart)
        guard let entry = word(p, .modifier) ?? part, let modifier = TemporalExpression.Modifier(rawValue: entry.value),
              exists(p + 1), !lineBreakBefore(p + 1)
        else { return nil }
        var q = p + 1
        if part != nil {
            guard key(q) == "of", exists(q + 1), !lineBreakBefore(q + 1) else { return nil }
            q += 1
            // `the end of the 1990s`: over `the` before a decade only.
            if key(q) == "the", matchDecade(q + 1, modified: true) != nil { q += 1 }
        } else if key(q) == "-" {
            guard glued(q), glued(q + 1) else { return nil }
            q += 1
        }
        // The core must start right here and carry no day: a day or a weekday takes no Mod.
        let cores: [Match?] = [
            matchMonthFirst(q), matchDeictic(q), matchDecade(q, modified: true), matchSeason(q), matchCentury(q),
            yearNumber(q).flatMap { _ in countFollows(q) ? nil : bareYear(q) },
        ]
        var best: Match?
        for case let core? in cores where core.end > (best?.end ?? q) {
            best = core
        }
        guard let core = best, core.expressions.count == 1, var result = core.expressions.first?.expression,
              result.day == nil, result.weekday == nil, result.shift?.unit != .day
        else { return nil }
        result.tokens = expression(p, core.end).tokens
        result.modifier = modifier
        return Match(expressions: [(result, p, core.end)], end: core.end)
    }

    // MARK: - Decades, seasons, years

    /// `19th century`, `the twentieth century`, `21st-century` (`18`, `19`, `20`): an ordinal from
    /// 11 to 21 and `century`.
    func matchCentury(_ p: Int) -> Match? {
        guard exists(p), token(p).kind == .word else { return nil }
        var ordinal: Int?
        var q = p + 1
        if token(p).shape.contains(.hasDigit) {
            let k = key(p)
            if k.utf8.count == 4, k.hasSuffix("st") || k.hasSuffix("nd") || k.hasSuffix("rd") || k.hasSuffix("th") {
                ordinal = Int(k.dropLast(2))
            }
        } else if let entry = word(p, .ordinal) {
            ordinal = entry.intValue
        } else if let tens = word(p, .tens)?.intValue, key(p + 1) == "-", glued(p + 1), glued(p + 2),
                  let unit = word(p + 2, .ordinal)?.intValue, unit < 10 {
            // `twenty-first`
            ordinal = tens + unit
            q = p + 3
        }
        guard let number = ordinal, (11...21).contains(number) else { return nil }
        if key(q) == "-", glued(q), glued(q + 1) { q += 1 }
        guard exists(q), !lineBreakBefore(q), key(q) == "century" else { return nil }
        var result = expression(p, q + 1)
        result.century = number - 1
        return Match(expressions: [(result, p, q + 1)], end: q + 1)
    }

    /// `1990s`, `the '90s`, `the 1990's`, `the nineties`.
    func matchDecade(_ p: Int) -> Match? {
        matchDecade(p, modified: false)
    }

    /// Whether a decade at `p` follows `the` (or a modifier that stands for it): read only where a
    /// decade may start, not at every candidate.
    private func afterThe(_ p: Int, _ modified: Bool) -> Bool {
        modified || key(p - 1) == "the"
    }

    func matchDecade(_ p: Int, modified: Bool) -> Match? {
        guard exists(p) else { return nil }
        let k = key(p)
        // `1990s` (one word token).
        if token(p).kind == .word, k.utf8.count == 5, k.hasSuffix("s"), let year = Int(k.dropLast()),
           (1800...2090).contains(year), year % 10 == 0
        {
            var result = expression(p, p + 1)
            result.decade = year / 10
            return Match(expressions: [(result, p, p + 1)], end: p + 1)
        }
        // `the 1990's`.
        if let year = yearNumber(p), year % 10 == 0, afterThe(p, modified), glued(p + 1), key(p + 1) == "'",
           glued(p + 2), key(p + 2) == "s" {
            var result = expression(p, p + 3)
            result.decade = year / 10
            return Match(expressions: [(result, p, p + 3)], end: p + 3)
        }
        // `the '90s`.
        if k == "'", glued(p + 1), exists(p + 1), token(p + 1).kind == .word, afterThe(p, modified) {
            let next = key(p + 1)
            if next.hasSuffix("s"), next.utf8.count == 3, let two = Int(next.dropLast()), two % 10 == 0 {
                let dctYear = text.document.published?.year ?? 2100
                let century = 2000 + two <= dctYear ? 200 : 190
                var result = expression(p, p + 2)
                result.decade = century + two / 10
                return Match(expressions: [(result, p, p + 2)], end: p + 2)
            }
        }
        // `the nineties`.
        if let entry = word(p, .decade), let decade = entry.intValue, afterThe(p, modified) {
            var result = expression(p, p + 1)
            result.decade = decade
            return Match(expressions: [(result, p, p + 1)], end: p + 1)
        }
        // `the nineteen-nineties`, `the eighteen nineties`.
        if let hundreds = word(p, .hundreds)?.intValue, afterThe(p, modified) {
            let q = key(p + 1) == "-" && glued(p + 1) && glued(p + 2) ? p + 2 : p + 1
            if exists(q), !lineBreakBefore(q), let decade = word(q, .decade)?.intValue {
                var result = expression(p, q + 1)
                result.decade = hundreds * 10 + decade % 10
                return Match(expressions: [(result, p, q + 1)], end: q + 1)
            }
        }
        return nil
    }

    /// `fiscal 2024`, `fiscal year 2024`, `FY2024`, `FY 2023-24`, `FY24`: a fiscal year, valued
    /// by the calendar year it ends in (`FY2024`; `2023-24` ends in 2024). `FY` only in capitals.
    func matchFiscalYear(_ p: Int) -> Match? {
        guard exists(p), token(p).kind != .punctuation else { return nil }
        let k = key(p)
        var q = p + 1
        var year: Int?
        if token(p).shape.contains(.hasDigit), k.hasPrefix("fy"), text.surface(tokenIndex(p)).hasPrefix("FY") {
            // `FY2024`, `FY24` in one token
            let digits = k.dropFirst(2)
            guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let number = Int(digits) else { return nil }
            switch digits.count {
            case 4: year = number
            case 2: year = 2000 + number
            default: return nil
            }
        } else if word(p, .fiscal) != nil, k != "fy" || token(p).shape.contains(.allUppercase) {
            if k == "fiscal", key(q) == "year" { q += 1 }
            guard exists(q), !lineBreakBefore(q), let number = integer(q, maxDigits: 4), key(q).utf8.count == 4,
                  (1800...2100).contains(number) else { return nil }
            year = number
            q += 1
        } else {
            return nil
        }
        guard var ending = year else { return nil }
        // `2023-24`, `2023/24`, `2023-2024`: the year it ends in
        if exists(q + 1), glued(q), glued(q + 1), ["-", "/"].contains(key(q)), let tail = integer(q + 1, maxDigits: 4) {
            let length = key(q + 1).utf8.count
            if length == 2, tail == (ending + 1) % 100 {
                ending += 1
                q += 2
            } else if length == 4, tail == ending + 1 {
                ending = tail
                q += 2
            }
        }
        var result = expression(p, q)
        result.fiscalYear = ending
        return Match(expressions: [(result, p, q)], end: q)
    }

    /// `summer 2019`, `winter of 2018`, `spring last year` (not `Arab Spring`).
    func matchSeason(_ p: Int) -> Match? {
        guard let entry = word(p, .season), let season = TemporalExpression.Season(rawValue: entry.value) else { return nil }
        if followsName(p) { return nil }
        guard let tail = yearTail(p + 1) else { return nil }
        var result = expression(p, tail.end)
        result.season = season
        result.year = tail.year
        result.yearOffset = tail.offset
        return Match(expressions: [(result, p, tail.end)], end: tail.end)
    }

    /// A bare year, as an expression, with no context check.
    func bareYear(_ p: Int) -> Match? {
        guard let year = yearNumber(p) else { return nil }
        var result = expression(p, p + 1)
        result.year = year
        return Match(expressions: [(result, p, p + 1)], end: p + 1)
    }

    /// A four-digit number in date context: `in 2019`, `since 2001`, `2019's`, `the year 2019`,
    /// `the 2008 elections`, `2014-2016`, `in 2014 and 2015`.
    func matchYear(_ p: Int) -> Match? {
        guard let year = yearNumber(p) else { return nil }
        // Part of a code, an amount or a compound: `F-2019`, `$2019`, `Rs2000`, `No 2019`.
        if glued(p), exists(p - 1), isWord(p - 1) || token(p - 1).kind == .number || ["-", "/", "$", "#", "£", "€", "."].contains(key(p - 1)) {
            return nil
        }
        if has(at: p - 1, .codeWord) {
            return nil
        }
        // `2014-2016`: both years.
        if glued(p + 1), key(p + 1) == "-", glued(p + 2), let second = yearNumber(p + 2), second > year, second - year <= 100,
           !countFollows(p + 2)
        {
            var first = expression(p, p + 1)
            first.year = year
            var last = expression(p + 2, p + 3)
            last.year = second
            return Match(expressions: [(first, p, p + 1), (last, p + 2, p + 3)], end: p + 3)
        }
        if modifiesNoun(p) { return bareYear(p) }
        if countFollows(p) { return nil }
        if yearContext(p, year: year) {
            return bareYear(p)
        }
        return nil
    }

    func yearContext(_ p: Int, year: Int) -> Bool {
        let previous = key(p - 1)
        let sameLine = exists(p - 1) && !lineBreakBefore(p)
        // `2019's`.
        if glued(p + 1), key(p + 1) == "'" || key(p + 1) == "'s", !(key(p + 1) == "'" && !(glued(p + 2) && key(p + 2) == "s")) {
            return true
        }
        if sameLine, lex.contains(previous, .yearCue) {
            if previous == "of", exists(p - 2), has(at: p - 2, .quantityNoun) { return false }
            // `by 2000` after a change verb (`rose by 2000`) is an amount.
            if previous == "by", exists(p - 2), key(p - 2).hasSuffix("ed") || has(at: p - 2, .changeWord) {
                return false
            }
            return true
        }
        if sameLine, followsDate(p), let last = found.last?.expression, last.year != nil || last.decade != nil {
            return true
        }
        // `dates back to 1947`, `up to 2025`.
        if sameLine, previous == "to", has(at: p - 2, .toCue) { return true }
        return false
    }

    /// `the 2008 elections`, `a 2019 attack`, `the 2008 Mumbai attacks`: a determiner, the year,
    /// at most two capitalised words, and a noun a year can modify.
    func modifiesNoun(_ p: Int) -> Bool {
        guard exists(p - 1), !lineBreakBefore(p), has(at: p - 1, .determiner) else { return false }
        var q = p + 1
        var skipped = 0
        while skipped < 2, isWord(q), capitalized(q), !has(at: q, .yearNoun), !lineBreakBefore(q) {
            q += 1
            skipped += 1
        }
        return isWord(q) && has(at: q, .yearNoun) && !lineBreakBefore(q) && token(q).sentence == token(p).sentence
    }

    // MARK: - Tense

    /// The tense around a date, from the nearest tense cue before it in its sentence (then after).
    func tense(from start: Int, to end: Int) -> TemporalExpression.Tense {
        let sentence = token(start).sentence
        var p = start - 1
        var words = 0
        while p >= 0, token(p).sentence == sentence, words < 8 {
            if let found = tenseCue(p) { return found }
            if isWord(p) { words += 1 }
            p -= 1
        }
        p = end
        words = 0
        while p < sig.count, token(p).sentence == sentence, words < 5 {
            if let found = tenseCue(p) { return found }
            if isWord(p) { words += 1 }
            p += 1
        }
        return .unknown
    }

    func tenseCue(_ p: Int) -> TemporalExpression.Tense? {
        guard isWord(p) || key(p) == "'ll" else { return nil }
        let k = key(p)
        if has(at: p, .futureCue) { return .future }
        let pastForm = has(at: p, .pastCue) || (k.hasSuffix("ed") && k.utf8.count > 4 && !has(at: p, .month))
        // A participle after `be`, `been`, `has`… (`will be held`, `has been killed`) is not the finite verb.
        if pastForm, has(at: p - 1, .auxiliary) { return nil }
        return pastForm ? .past : nil
    }
}
