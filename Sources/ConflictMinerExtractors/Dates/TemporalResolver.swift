import ConflictMinerCore

/// Turns a `TemporalExpression` into a TIMEX3 value against the document creation time (DCT).
///
/// Rules (see `docs/dates.md`):
/// - What the DCT does not fix stays unknown, written `X`; today's date is never used.
/// - A month or day without a year takes the year that puts it on or before the DCT (`November`
///   in June 2017 → `2016-11`), or on or after it when the tense is future. With a DCT known to
///   the month, a date in the DCT's month is in the DCT's year; with a DCT known only to the year,
///   it is in that year. `last` takes the nearest one strictly before the DCT, `next` the nearest
///   strictly after, `this` the DCT's year.
/// - A weekday is the nearest such day on or before the DCT (the DCT itself included), on or after
///   it in the future tense; `last Friday` is strictly before, `next Friday` strictly after. With a
///   DCT known to the month it is `YYYY-MM-XX`, to the year `YYYY-XX-XX`.
/// - `last week` and `a week ago` are the ISO week before the DCT's (`2024-W45`); a weekend adds
///   `-WE`.
/// - A weekday given with a date only checks it: when the inferred year makes the pair disagree and
///   the year before (or after) agrees, that year is taken.
public struct TemporalResolver: Sendable {
    public init() {}

    /// The TIMEX3 value, or nil when the expression names no valid date (`February 30`).
    public func value(of expression: TemporalExpression, dct: PublicationDate?) -> String? {
        if let fiscalYear = expression.fiscalYear {
            return "FY" + yearText(fiscalYear)
        }
        if let century = expression.century {
            return (10...99).contains(century) ? String(century) : nil
        }
        if let decade = expression.decade {
            return decade >= 100 && decade <= 999 ? String(decade) : nil
        }
        if let season = expression.season {
            return seasonValue(season, expression, dct: dct)
        }
        if expression.month != nil {
            return monthValue(expression, dct: dct)
        }
        if let weekday = expression.weekday {
            return weekdayValue(weekday, expression, dct: dct)
        }
        if let shift = expression.shift {
            return shiftValue(shift, dct: dct)
        }
        if let year = expression.year {
            return yearText(year)
        }
        if let offset = expression.yearOffset {
            return dct.map { yearText($0.year + offset) } ?? "XXXX"
        }
        return nil
    }

    // MARK: - Months and days

    /// The year of a month (with or without a day) that the text gives without one.
    func inferredYear(month: Int, day: Int?, _ expression: TemporalExpression, dct: PublicationDate) -> Int {
        if let offset = expression.yearOffset { return dct.year + offset }
        // Where the named month/day lies relative to the DCT: -1 before, 0 same, +1 after, nil unknown.
        let position: Int?
        if let dctMonth = dct.month {
            if month != dctMonth {
                position = month < dctMonth ? -1 : 1
            } else if let day, let dctDay = dct.day {
                position = day < dctDay ? -1 : (day == dctDay ? 0 : 1)
            } else {
                position = 0
            }
        } else {
            position = nil
        }
        switch expression.deictic {
        case .some(-1):
            guard let position else { return dct.year }
            return position < 0 ? dct.year : dct.year - 1
        case .some(0):
            return dct.year
        case .some(1):
            guard let position else { return dct.year + 1 }
            return position > 0 ? dct.year : dct.year + 1
        default:
            guard let position else { return dct.year }
            if expression.tense == .future {
                return position >= 0 ? dct.year : dct.year + 1
            }
            return position <= 0 ? dct.year : dct.year - 1
        }
    }

    func monthValue(_ expression: TemporalExpression, dct: PublicationDate?) -> String? {
        guard let month = expression.month, (1...12).contains(month) else { return nil }
        var year = expression.year
        if year == nil, let dct {
            year = inferredYear(month: month, day: expression.day, expression, dct: dct)
            // A weekday beside the date picks between neighbouring years.
            if let weekday = expression.weekday, let day = expression.day, let inferred = year,
               expression.yearOffset == nil, expression.deictic == nil
            {
                let candidates = expression.tense == .future ? [inferred, inferred + 1, inferred - 1]
                                                             : [inferred, inferred - 1, inferred + 1]
                if let match = candidates.first(where: {
                    day <= CalendarMath.daysIn(month: month, year: $0)
                        && CalendarMath.weekday(year: $0, month: month, day: day) == weekday
                }) {
                    year = match
                }
            }
        }
        guard let day = expression.day else {
            return yearText(year) + "-" + zeroPadded(month, width: 2)
        }
        // Without a year, February 29 is allowed (some year has it).
        guard day >= 1, day <= CalendarMath.daysIn(month: month, year: year ?? 2000) else { return nil }
        return yearText(year) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2)
    }

    // MARK: - Weekdays

    func weekdayValue(_ weekday: Int, _ expression: TemporalExpression, dct: PublicationDate?) -> String? {
        guard (1...7).contains(weekday) else { return nil }
        guard let dct else { return "XXXX-XX-XX" }
        guard let month = dct.month else { return yearText(dct.year) + "-XX-XX" }
        guard let day = dct.day else { return yearText(dct.year) + "-" + zeroPadded(month, width: 2) + "-XX" }
        let number = CalendarMath.dayNumber(year: dct.year, month: month, day: day)
        let dctWeekday = CalendarMath.weekday(year: dct.year, month: month, day: day)
        let target: Int
        if let weekOffset = expression.weekOffset {
            target = number - (dctWeekday - 1) + 7 * weekOffset + (weekday - 1)
        } else {
            let back = (dctWeekday - weekday + 7) % 7
            let forward = (weekday - dctWeekday + 7) % 7
            switch expression.deictic {
            case .some(-1): target = number - (back == 0 ? 7 : back)
            case .some(1): target = number + (forward == 0 ? 7 : forward)
            default: target = expression.tense == .future ? number + forward : number - back
            }
        }
        return dateText(dayNumber: target)
    }

    // MARK: - Shifts from the DCT

    func shiftValue(_ shift: TemporalExpression.Shift, dct: PublicationDate?) -> String {
        switch shift.unit {
        case .year:
            return dct.map { yearText($0.year + shift.amount) } ?? "XXXX"
        case .month:
            guard let dct else { return "XXXX-XX" }
            guard let month = dct.month else { return yearText(dct.year) + "-XX" }
            let index = dct.year * 12 + (month - 1) + shift.amount
            let year = index >= 0 ? index / 12 : (index - 11) / 12
            return yearText(year) + "-" + zeroPadded(index - year * 12 + 1, width: 2)
        case .week, .weekend:
            let suffix = shift.unit == .weekend ? "-WE" : ""
            guard let dct else { return "XXXX-WXX" + suffix }
            guard let month = dct.month, let day = dct.day else { return yearText(dct.year) + "-WXX" + suffix }
            let number = CalendarMath.dayNumber(year: dct.year, month: month, day: day) + 7 * shift.amount
            let civil = CalendarMath.civil(fromDayNumber: number)
            let week = CalendarMath.isoWeek(year: civil.year, month: civil.month, day: civil.day)
            return yearText(week.year) + "-W" + zeroPadded(week.week, width: 2) + suffix
        case .day:
            guard let dct else { return "XXXX-XX-XX" }
            guard let month = dct.month else { return yearText(dct.year) + "-XX-XX" }
            guard let day = dct.day else { return yearText(dct.year) + "-" + zeroPadded(month, width: 2) + "-XX" }
            return dateText(dayNumber: CalendarMath.dayNumber(year: dct.year, month: month, day: day) + shift.amount)
        }
    }

    // MARK: - Seasons

    func seasonValue(_ season: TemporalExpression.Season, _ expression: TemporalExpression,
                     dct: PublicationDate?) -> String
    {
        let code = "-" + season.rawValue
        if let year = expression.year { return yearText(year) + code }
        guard let dct else { return "XXXX" + code }
        if let offset = expression.yearOffset { return yearText(dct.year + offset) + code }
        let deictic = expression.deictic ?? 0
        guard let month = dct.month else { return yearText(dct.year + deictic) + code }
        // Season instances as month indexes of their first month; the DCT's own instance is `current`.
        let holding = TemporalExpression.Season.containing(month: month, year: dct.year)
        let current = holding.year * 12 + holding.season.startMonth - 1
        let sameYear = dct.year * 12 + season.startMonth - 1
        let instances = [sameYear - 24, sameYear - 12, sameYear, sameYear + 12, sameYear + 24]
        let chosen: Int
        switch deictic {
        case ..<0: chosen = instances.last { $0 < current } ?? sameYear - 12
        case 1...: chosen = instances.first { $0 > current } ?? sameYear + 12
        default:
            // `this summer`: the instance under way, else the nearest one (the past one on a tie).
            chosen = instances.min { abs($0 - current) < abs($1 - current) || (abs($0 - current) == abs($1 - current) && $0 < $1) }!
        }
        return yearText(chosen >= 0 ? chosen / 12 : (chosen - 11) / 12) + code
    }

    // MARK: - Formatting

    func yearText(_ year: Int?) -> String {
        guard let year else { return "XXXX" }
        return zeroPadded(year, width: 4)
    }

    func dateText(dayNumber: Int) -> String {
        let civil = CalendarMath.civil(fromDayNumber: dayNumber)
        return yearText(civil.year) + "-" + zeroPadded(civil.month, width: 2) + "-" + zeroPadded(civil.day, width: 2)
    }
}
