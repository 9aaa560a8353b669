import CICU

/// The word boundaries of a UTF-16 text and ICU's rule status of each segment, exactly as ICU's
/// word break iterator gives them, with the text's plain ASCII read directly.
///
/// Most of a news text is ASCII, where the word rules of Unicode's UAX #29 (as ICU tailors them:
/// an at sign is a letter, a colon does not join letters) come down to a few: letters and digits
/// run together; a full stop or an apostrophe joins letters (`U.S`, `don't`); a full stop, an
/// apostrophe, a comma or a semicolon joins digits (`1,500.5`); spaces run together; CR LF is
/// one segment; every other character is a segment of its own. A segment ending in a letter has
/// status 200 (`UBRK_WORD_LETTER`), one ending in a digit 100 (`UBRK_WORD_NUMBER`), any other 0.
///
/// Everything else goes to ICU: a region around any character outside ASCII or an underscore
/// (whose rules depend on neighbours: marks, emoji sequences, Hebrew quotes, dictionary scripts),
/// cut at boundaries certain whatever surrounds them, so that ICU sees what it would have seen
/// in the whole text: after a line feed (always a break), and between a space and a following
/// ASCII character that is not a space (no rule joins them; a mark after the space would). The
/// ASCII reading is checked against ICU itself over every short string of the characters that
/// matter and over random text (`TextAnalyzerTests`), so an ICU whose rules differ fails there.
struct WordBreaks {
    private let units: UnsafePointer<UInt16>
    private let count: Int
    private let icu: OpaquePointer
    /// The next unit to read: always on a boundary.
    private var position = 0
    /// The end of the ASCII run being read (a certain boundary); `position` when none.
    private var asciiEnd = 0
    /// Where ICU's current region starts, or -1 when ICU is not reading one.
    private var icuStart = -1
    /// Whether ASCII runs are read directly (false: ICU reads everything, for tests).
    private let readsASCII: Bool

    /// Boundaries of `count` units at `units`, with `icu` (a word break iterator) for the rest.
    init(units: UnsafePointer<UInt16>, count: Int, icu: OpaquePointer, readsASCII: Bool = true) {
        self.units = units
        self.count = count
        self.icu = icu
        self.readsASCII = readsASCII
    }

    /// The next boundary (a UTF-16 offset, after the last one) and the rule status of the segment
    /// that ends there; nil at the end of the text.
    @inline(__always)
    mutating func next() -> (boundary: Int, status: Int32)? {
        while true {
            if position < asciiEnd { return nextASCII() }
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

    /// One segment of an ASCII run.
    @inline(__always)
    private mutating func nextASCII() -> (boundary: Int, status: Int32) {
        let end = asciiEnd
        let first = units[position]
        var index = position + 1
        var status: Int32 = 0
        if Self.isAlphanumeric(first) {
            var endsInLetter = Self.isLetter(first)
            while index < end {
                let unit = units[index]
                if Self.isLetter(unit) {
                    endsInLetter = true
                    index += 1
                } else if Self.isDigit(unit) {
                    endsInLetter = false
                    index += 1
                } else if index + 1 < end, Self.joins(unit, afterLetter: endsInLetter, before: units[index + 1]) {
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
        position = index
        return (index, status)
    }

    /// Finds the next region from `position`: an ASCII run up to the last certain boundary before
    /// the next unit that needs ICU, or ICU's region from `position` to the first certain boundary
    /// after it.
    private mutating func plan() {
        var needsICU = position
        if readsASCII {
            while needsICU < count, !Self.needsICU(units[needsICU]) { needsICU += 1 }
            if needsICU == count {
                asciiEnd = count
                return
            }
            var cut = needsICU
            while cut > position, !isCertainBoundary(cut) { cut -= 1 }
            if cut > position {
                asciiEnd = cut
                return
            }
        }
        var end = needsICU + 1
        while end < count, !(readsASCII && isCertainBoundary(end)) { end += 1 }
        var status: Int32 = 0
        cm_breaker_set_text(icu, units + position, Int32(end - position), &status)
        icuStart = position
    }

    /// Whether every text has a word boundary at `index` whatever comes before the unit before it
    /// and after the unit at it: after a line feed, or between a space and an ASCII character
    /// other than a space.
    private func isCertainBoundary(_ index: Int) -> Bool {
        let before = units[index - 1]
        if before == 0x0A { return true }
        let after = units[index]
        return before == 0x20 && after < 0x80 && after != 0x20
    }

    /// A unit outside ASCII, or an underscore (which joins words and numbers in ways best left to ICU).
    @inline(__always)
    private static func needsICU(_ unit: UInt16) -> Bool { unit >= 0x80 || unit == 0x5F }

    /// A letter, or an at sign, which ICU's rules count among letters (`user@example`).
    @inline(__always)
    private static func isLetter(_ unit: UInt16) -> Bool { (unit | 0x20) &- 0x61 < 26 || unit == 0x40 }

    @inline(__always)
    private static func isDigit(_ unit: UInt16) -> Bool { unit &- 0x30 < 10 }

    @inline(__always)
    private static func isAlphanumeric(_ unit: UInt16) -> Bool { isLetter(unit) || isDigit(unit) }

    /// Whether `unit` joins the letter or digit before it to `next`: `.` or `'` between letters;
    /// `.`, `'`, `,` or `;` between digits.
    @inline(__always)
    private static func joins(_ unit: UInt16, afterLetter: Bool, before next: UInt16) -> Bool {
        if afterLetter { return (unit == 0x2E || unit == 0x27) && isLetter(next) }
        return (unit == 0x2E || unit == 0x27 || unit == 0x2C || unit == 0x3B) && isDigit(next)
    }
}
