import CICU

/// The word or sentence boundaries of a UTF-16 text and ICU's rule status of each segment,
/// exactly as ICU's break iterator gives them, with the text's plain runs read directly by
/// `Rules` (`WordBreakRules`, `SentenceBreakRules`).
///
/// Most of a news text is ASCII, where Unicode's segmentation rules (UAX #29, as ICU tailors
/// them) come down to a few that a loop over the units applies at a fraction of the state
/// machine's cost. Everything else goes to ICU: a region around any unit the rules leave to it,
/// cut at boundaries certain whatever surrounds them (`Rules.isCertainBoundary`), so that ICU
/// sees there what it would have seen in the whole text. Both readings are checked against ICU
/// itself over every short string of the characters that matter and over random text in many
/// scripts (`TextAnalyzerTests`), so that an ICU whose rules differ fails there.
struct TextBreaks<Rules: DirectBreakRules> {
    private let units: UnsafePointer<UInt16>
    private let count: Int
    private let icu: OpaquePointer
    /// The next unit to read: always on a boundary.
    private var position = 0
    /// The end of the run being read directly (a certain boundary); `position` when none.
    private var directEnd = 0
    /// Where ICU's current region starts, or -1 when ICU is not reading one.
    private var icuStart = -1
    /// Whether plain runs are read directly (false: ICU reads everything, for tests).
    private let readsDirectly: Bool

    /// Boundaries of `count` units at `units`, with `icu` (a break iterator of the rules' kind)
    /// for the rest.
    init(units: UnsafePointer<UInt16>, count: Int, icu: OpaquePointer, readsDirectly: Bool = true) {
        self.units = units
        self.count = count
        self.icu = icu
        self.readsDirectly = readsDirectly
    }

    /// The next boundary (a UTF-16 offset, after the last one) and the rule status of the segment
    /// that ends there; nil at the end of the text.
    @inline(__always)
    mutating func next() -> (boundary: Int, status: Int32)? {
        while true {
            if position < directEnd {
                let next = Rules.next(in: units, from: position, end: directEnd)
                position = next.boundary
                return next
            }
            if icuStart >= 0 {
                let boundary = Int(cm_breaker_next(icu))
                if boundary >= 0 {
                    position = icuStart + boundary
                    return (position, cm_breaker_rule_status(icu))
                }
                icuStart = -1
            }
            guard position < count else { return nil }
            plan()
        }
    }

    /// Finds the next region from `position`: a run read directly up to the last certain boundary
    /// before the next unit left to ICU, or ICU's region from `position` to the first certain
    /// boundary after that unit.
    private mutating func plan() {
        var needsICU = position
        if readsDirectly {
            // four ASCII units at a time, then one by one
            while needsICU + 4 <= count,
                  ASCIILanes.isASCII(ASCIILanes.load(units + needsICU)),
                  !Rules.mayNeedICU(ascii: units + needsICU) {
                needsICU += 4
            }
            while needsICU < count, !Rules.needsICU(units[needsICU]) { needsICU += 1 }
            if needsICU == count {
                directEnd = count
                return
            }
            var cut = needsICU
            while cut > position, !Rules.isCertainBoundary(units, at: cut) { cut -= 1 }
            if cut > position {
                directEnd = cut
                return
            }
        }
        var end = needsICU + 1
        while end < count, !(readsDirectly && Rules.isCertainBoundary(units, at: end)) { end += 1 }
        var status: Int32 = 0
        cm_breaker_set_text(icu, units + position, Int32(end - position), &status)
        icuStart = position
    }
}

/// How one kind of boundary is read directly in the runs of a text that ICU need not read.
protocol DirectBreakRules {
    /// Whether ICU must read the unit, and the region around it.
    static func needsICU(_ unit: UInt16) -> Bool
    /// Whether ICU may have to read one of four ASCII units (false lets the search skip them).
    static func mayNeedICU(ascii units: UnsafePointer<UInt16>) -> Bool
    /// Whether every text has a boundary at `index` (between its first and last unit) whatever
    /// comes before the units the rule reads and after the unit at `index`.
    static func isCertainBoundary(_ units: UnsafePointer<UInt16>, at index: Int) -> Bool
    /// The boundary after `start` (a boundary) in a run that ends at a certain boundary `end`, and
    /// ICU's status of the segment.
    static func next(in units: UnsafePointer<UInt16>, from start: Int, end: Int) -> (boundary: Int, status: Int32)
}

/// Word breaks in ASCII. Letters and digits run together (an at sign counts as a letter in
/// ICU's rules, `user@example`); a full stop or an apostrophe joins letters (`U.S`, `don't`); a
/// full stop, an apostrophe, a comma or a semicolon joins digits (`1,500.5`); a colon joins
/// nothing (ICU's tailoring); spaces run together; CR LF is one segment; every other character
/// is a segment of its own. A segment ending in a letter has status 200 (`UBRK_WORD_LETTER`),
/// one ending in a digit 100 (`UBRK_WORD_NUMBER`), any other 0. An underscore, which joins words
/// and numbers in ways of its own, goes to ICU with everything outside ASCII (marks, emoji
/// sequences, Hebrew quotes, dictionary scripts). Certain boundaries: after a line feed, and
/// between a space and an ASCII character other than a space (no rule joins them; a mark after
/// the space would).
enum WordBreakRules: DirectBreakRules {
    @inline(__always)
    static func needsICU(_ unit: UInt16) -> Bool { unit >= 0x80 || unit == 0x5F }

    @inline(__always)
    static func mayNeedICU(ascii units: UnsafePointer<UInt16>) -> Bool {
        units[0] == 0x5F || units[1] == 0x5F || units[2] == 0x5F || units[3] == 0x5F
    }

    static func isCertainBoundary(_ units: UnsafePointer<UInt16>, at index: Int) -> Bool {
        let before = units[index - 1]
        if before == 0x0A { return true }
        let after = units[index]
        return before == 0x20 && after < 0x80 && after != 0x20
    }

    @inline(__always)
    static func next(in units: UnsafePointer<UInt16>, from start: Int, end: Int) -> (boundary: Int, status: Int32) {
        let first = units[start]
        var index = start + 1
        var status: Int32 = 0
        if isWordLetter(first) || first.isASCIIDigit {
            var endsInLetter = isWordLetter(first)
            while index < end {
                // letters, most of a word, four units at a time (a run holds ASCII alone)
                if index + 4 <= end {
                    let letters = wordLetterLanes(ASCIILanes.load(units + index))
                    if letters == ASCIILanes.all {
                        index += 4
                        endsInLetter = true
                        continue
                    }
                    let run = ASCIILanes.leading(letters)
                    if run > 0 {
                        index += run  // the unit there is not a letter
                        endsInLetter = true
                    }
                }
                let unit = units[index]
                if isWordLetter(unit) {
                    endsInLetter = true
                    index += 1
                } else if unit.isASCIIDigit {
                    endsInLetter = false
                    index += 1
                } else if index + 1 < end, joins(unit, afterLetter: endsInLetter, before: units[index + 1]) {
                    index += 2  // the character after the joiner is of the same class as before it
                } else {
                    break
                }
            }
            status = endsInLetter ? 200 : 100
        } else if first == 0x20 {
            while index < end, units[index] == 0x20 { index += 1 }
        } else if first == 0x0D, index < end, units[index] == 0x0A {
            index += 1
        }
        return (index, status)
    }

    /// The lanes of four ASCII units (`ASCIILanes`) that hold a letter or an at sign (`isWordLetter`).
    @inline(__always)
    static func wordLetterLanes(_ word: UInt64) -> UInt64 {
        ASCIILanes.letters(word) | ASCIILanes.within(word, 0x40, 0x40)
    }

    /// A letter, or an at sign, which ICU's rules count among letters (`user@example`).
    @inline(__always)
    static func isWordLetter(_ unit: UInt16) -> Bool { unit.isASCIILetter || unit == 0x40 }

    /// Whether `unit` joins the letter or digit before it to `next`: `.` or `'` between letters;
    /// `.`, `'`, `,` or `;` between digits.
    @inline(__always)
    private static func joins(_ unit: UInt16, afterLetter: Bool, before next: UInt16) -> Bool {
        if afterLetter { return (unit == 0x2E || unit == 0x27) && isWordLetter(next) }
        return (unit == 0x2E || unit == 0x27 || unit == 0x2C || unit == 0x3B) && next.isASCIIDigit
    }
}

/// Sentence breaks in ASCII (UAX #29's sentence rules, which ICU applies as written). A sentence
/// ends after a line break (CR LF is one), or after a full stop, `!` or `?` with any closing
/// punctuation (quotes, brackets) and spaces after it, and the line break that may follow —
/// except a full stop before a digit (`3.5`), between a letter and a capital (`U.S`), before a
/// lower-case word that follows with nothing but digits, punctuation and spaces between
/// (`etc. and`, `p. 5 of`), or before a comma, colon, hyphen or another terminator
/// (`?!`, `etc.,`). A sentence ended by a terminator has status 0 (`UBRK_SENTENCE_TERM`), one
/// ended by a line break or the text's end 100 (`UBRK_SENTENCE_SEP`). Curly quotes close like
/// straight ones, en and em dashes continue like hyphens, a no-break space is a space; anything
/// else outside ASCII goes to ICU. Certain boundaries: after a line feed, and before a capital after a terminator,
/// closing punctuation and at least one space (`done. The`).
enum SentenceBreakRules: DirectBreakRules {
    @inline(__always)
    static func mayNeedICU(ascii units: UnsafePointer<UInt16>) -> Bool { false }

    /// Outside ASCII, all but the punctuation news is full of: curly quotes, en and em dashes,
    /// the no-break space.
    @inline(__always)
    static func needsICU(_ unit: UInt16) -> Bool {
        guard unit >= 0x80 else { return false }
        switch unit {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0xA0: return false
        default: return true
        }
    }

    static func isCertainBoundary(_ units: UnsafePointer<UInt16>, at index: Int) -> Bool {
        if units[index - 1] == 0x0A { return true }
        guard units[index].isASCIIUpper, isSpace(units[index - 1]) else { return false }
        var before = index - 1
        while before > 0, isSpace(units[before - 1]) { before -= 1 }
        while before > 0, isClose(units[before - 1]) { before -= 1 }
        return before > 0 && isTerminator(units[before - 1])
    }

    static func next(in units: UnsafePointer<UInt16>, from start: Int, end: Int) -> (boundary: Int, status: Int32) {
        var index = start
        while index < end {
            // letters and spaces, most of a text, end nothing: passed over four units at a time
            while index + 4 <= end, isLettersOrSpaces(ASCIILanes.load(units + index)) {
                index += 4
            }
            guard index < end else { break }
            let unit = units[index]
            if unit >= 0x40 && unit < 0x80 || unit == 0x20 {
                index += 1
                continue
            }
            if unit == 0x0A { return (index + 1, 100) }
            if unit == 0x0D { return (index + 1 < end && units[index + 1] == 0x0A ? index + 2 : index + 1, 100) }
            guard isTerminator(unit) else {
                index += 1
                continue
            }
            let after = index + 1
            if unit == 0x2E, after < end {
                // a decimal point, or an abbreviation's inner full stop before a capital
                let next = units[after]
                if next.isASCIIDigit || next.isASCIIUpper && index > 0 && units[index - 1].isASCIILetter {
                    index = after
                    continue
                }
            }
            var closed = after
            while closed < end, isClose(units[closed]) { closed += 1 }
            var spaced = closed
            while spaced < end, isSpace(units[spaced]) { spaced += 1 }
            if unit == 0x2E, continuesInLowerCase(units, from: spaced, end: end) || spaced < end && continuesSentence(units[spaced]) {
                index = spaced
                continue
            }
            if unit != 0x2E, spaced < end, continuesSentence(units[spaced]) {
                index = spaced
                continue
            }
            // the line break that ends the sentence's line belongs to it
            if spaced < end, units[spaced] == 0x0A { return (spaced + 1, 0) }
            if spaced < end, units[spaced] == 0x0D {
                return (spaced + 1 < end && units[spaced + 1] == 0x0A ? spaced + 2 : spaced + 1, 0)
            }
            return (spaced, 0)
        }
        return (end, 100)  // the text's end: a certain boundary inside the run ends a sentence before it
    }

    /// Whether each of four UTF-16 units (`ASCIILanes`) is in U+0040–U+007F or a space.
    @inline(__always)
    static func isLettersOrSpaces(_ word: UInt64) -> Bool {
        ASCIILanes.isASCII(word)
            && ASCIILanes.within(word, 0x40, 0x7F) | ASCIILanes.within(word, 0x20, 0x20) == ASCIILanes.all
    }

    /// Whether the first letter or terminator from `index` on is a lower-case letter (what
    /// follows a full stop goes on in the sentence, `etc. and`).
    private static func continuesInLowerCase(_ units: UnsafePointer<UInt16>, from index: Int, end: Int) -> Bool {
        var index = index
        while index < end {
            let unit = units[index]
            if unit.isASCIILower { return true }
            if unit.isASCIIUpper || isTerminator(unit) || unit == 0x0A || unit == 0x0D { return false }
            index += 1
        }
        return false
    }

    /// A comma, hyphen, en or em dash or colon (not a semicolon), or another terminator.
    @inline(__always)
    private static func continuesSentence(_ unit: UInt16) -> Bool {
        unit == 0x2C || unit == 0x2D || unit == 0x3A || unit == 0x2013 || unit == 0x2014 || isTerminator(unit)
    }

    @inline(__always)
    private static func isTerminator(_ unit: UInt16) -> Bool { unit == 0x2E || unit == 0x21 || unit == 0x3F }

    /// Quotes (straight and curly) and brackets.
    @inline(__always)
    private static func isClose(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// A space, a tab, a vertical tab, a form feed or a no-break space (not a line break).
    @inline(__always)
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0B || unit == 0x0C || unit == 0xA0
    }
}

/// The ASCII classes both rule sets read, of a UTF-16 unit.
private extension UInt16 {
    @inline(__always) var isASCIIUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isASCIILower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }
}
