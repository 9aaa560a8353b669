/// What a date phrase fixes by itself, before it is placed on the calendar: the recognizer's output
/// and the resolver's input (HeidelTime's `UNDEF-…` values, Duckling's partial time values).
///
/// Fields left `nil` are not said by the text. A phrase combines them: `December last year` is
/// `month: 12, yearOffset: -1`; `Thursday last week` is `weekday: 4, weekOffset: -1`;
/// `two days ago` is `shift: (.day, -2)`; `late 2019` is `year: 2019, modifier: .end`.
public struct TemporalExpression: Sendable, Hashable, CustomStringConvertible {
    /// The tense a date without a year is read in (from the verbs around it).
    public enum Tense: String, Sendable, Hashable {
        case unknown, past, future
    }

    /// `early`, `mid-`, `late`, as the TIMEX3 `Mod` values.
    public enum Modifier: String, Sendable, Hashable {
        case start = "START", mid = "MID", end = "END"
    }

    /// The units of relative expressions (`last week`, `two days ago`, `this month`).
    public enum Unit: String, Sendable, Hashable {
        case day, week, weekend, month, year
    }

    /// TIMEX3 season codes; a winter belongs to the year of its December.
    public enum Season: String, Sendable, Hashable {
        case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

        /// The month a season starts in.
        package var startMonth: Int {
            switch self {
            case .spring: 3
            case .summer: 6
            case .fall: 9
            case .winter: 12
            }
        }

        /// The season holding a month, and the year that season instance belongs to.
        package static func containing(month: Int, year: Int) -> (season: Season, year: Int) {
            switch month {
            case 3...5: (.spring, year)
            case 6...8: (.summer, year)
            case 9...11: (.fall, year)
            case 12: (.winter, year)
            default: (.winter, year - 1)
            }
        }
    }

    /// A shift from the DCT by whole units (`yesterday` is `(.day, -1)`, `this year` `(.year, 0)`).
    public struct Shift: Sendable, Hashable {
        public var unit: Unit
        public var amount: Int

        public init(_ unit: Unit, _ amount: Int) {
            self.unit = unit
            self.amount = amount
        }
    }

    /// The recognizer's patterns, each named after the form it reads, as `Entity.rule` gives it
    /// (`date/weekday`).
    public enum Pattern: String, Sendable, Hashable {
        /// Made outside the recognizer.
        case unknown = "date/unknown"
        /// `Thursday`, `last Tuesday`, `Wednesday, February 13`.
        case weekday = "date/weekday"
        /// `early November`, `mid-2019`, `end of last year`.
        case modified = "date/modified"
        /// `last week`, `this month`, `last July`.
        case deictic = "date/deictic"
        /// `two days ago`.
        case ago = "date/ago"
        /// `today`, `yesterday`, `tomorrow`.
        case anchor = "date/anchor"
        /// `09/11/2024`, `2024-11-09`.
        case numeric = "date/numeric"
        /// `9 November 2024`, `9th of November`, `24-25 August`.
        case dayFirst = "date/day-first"
        /// `November 9, 2024`, `January 2024`, `July`.
        case monthFirst = "date/month-first"
        /// `1990s`, `the '90s`, `the nineties`.
        case decade = "date/decade"
        /// `summer 2019`, `winter of 2018`.
        case season = "date/season"
        /// A year in date context: `in 2019`, `the 2008 elections`.
        case year = "date/year"
        /// `19th century`, `the twentieth century`.
        case century = "date/century"
        /// `fiscal 2024`, `FY 2023-24`.
        case fiscalYear = "date/fiscal-year"
    }

    /// The tokens of the phrase in `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// The pattern that read it.
    public var pattern: Pattern = .unknown
    /// A year the text states (`2019`, `November 9, 2024`).
    public var year: Int?
    /// A year stated relative to the DCT's (`May this year` 0, `December last year` −1).
    public var yearOffset: Int?
    public var month: Int?
    public var day: Int?
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public var weekday: Int?
    /// The ISO week relative to the DCT's, for a weekday in a named week (`Thursday last week`).
    public var weekOffset: Int?
    public var season: Season?
    /// A decade as its first three digits (`199` for the 1990s).
    public var decade: Int?
    /// A century as its first two digits (`18` for the 19th century).
    public var century: Int?
    /// A fiscal year, by the calendar year it ends in (`fiscal 2024`, `FY2023-24` → 2024).
    public var fiscalYear: Int?
    /// `last` (−1), `this` (0) or `next` (+1) before a weekday, a month name or a season.
    public var deictic: Int?
    /// A unit shift from the DCT: `yesterday`, `last week`, `three years ago`, `this month`.
    public var shift: Shift?
    public var modifier: Modifier?
    public var tense: Tense = .unknown

    public init(tokens: Range<Int>) {
        self.tokens = tokens
    }

    /// True when the phrase needs the DCT's year or the tense to be placed: a month, day or weekday
    /// without a year, a year offset, a deictic or a week.
    public var lacksYear: Bool {
        year == nil && yearOffset == nil && decade == nil && shift == nil && fiscalYear == nil
    }

    public var description: String {
        var parts: [String] = []
        if let year { parts.append("year=\(year)") }
        if let yearOffset { parts.append("yearOffset=\(yearOffset)") }
        if let month { parts.append("month=\(month)") }
        if let day { parts.append("day=\(day)") }
        if let weekday { parts.append("weekday=\(weekday)") }
        if let weekOffset { parts.append("weekOffset=\(weekOffset)") }
        if let season { parts.append("season=\(season.rawValue)") }
        if let decade { parts.append("decade=\(decade)") }
        if let century { parts.append("century=\(century)") }
        if let fiscalYear { parts.append("fiscalYear=\(fiscalYear)") }
        if let deictic { parts.append("deictic=\(deictic)") }
        if let shift { parts.append("shift=\(shift.unit.rawValue)\(shift.amount >= 0 ? "+" : "")\(shift.amount)") }
        if let modifier { parts.append("mod=\(modifier.rawValue)") }
        if tense != .unknown { parts.append("tense=\(tense.rawValue)") }
        return "TemporalExpression(\(parts.joined(separator: " ")))"
    }
}
