/// The publication date of a document (its document creation time, DCT), known to the day,
/// the month or only the year.
public struct PublicationDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Comparable {
        case year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }
    }

    public let year: Int
    /// 1–12 when the precision is `month` or `day`.
    public let month: Int?
    /// 1–31 when the precision is `day`.
    public let day: Int?

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// Creates a date, validating the calendar (February 30 is rejected).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...CalendarMath.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    /// (Read byte by byte: every document of a batch has one.)
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        // ASCII digits from `start`, `count` of them, as a number; nil if one is not a digit
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        guard [4, 7, 10].contains(bytes.count), let year = number(0, 4) else { return nil }
        var month: Int?, day: Int?
        if bytes.count >= 7 {
            guard bytes[4] == dash, let value = number(5, 2) else { return nil }
            month = value
        }
        if bytes.count == 10 {
            guard bytes[7] == dash, let value = number(8, 2) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: written as bytes in place (every document's output
    /// line gives it; ten bytes make a string without an allocation).
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            writeDigits(UInt(year), width: 4, into: bytes, at: 0)  // (a year is 1 to 9999)
            guard let month else { return 4 }
            bytes[4] = UInt8(ascii: "-")
            writeDigits(UInt(month), width: 2, into: bytes, at: 5)
            guard let day else { return 7 }  // (a day comes only with its month)
            bytes[7] = UInt8(ascii: "-")
            writeDigits(UInt(day), width: 2, into: bytes, at: 8)
            return 10
        }
    }
}

/// A news article to analyse: its identifier, text, publication date and other metadata.
public struct Document: Sendable {
    public var id: String
    public var text: String
    public var published: PublicationDate?
    /// Other fields from `NAME.meta.json` or the JSONL line (`title`, `source`, `outlet`, …), as text.
    public var metadata: [String: String]
    /// The text as read, when `text` was derived from it with the same code point offsets (an
    /// HTML page whose markup is blanked out): entities' covered text is taken from it.
    public var source: String?

    public init(id: String, text: String, published: PublicationDate? = nil, metadata: [String: String] = [:]) {
        self.id = id
        self.text = text
        self.published = published
        self.metadata = metadata
    }
}

/// Proleptic Gregorian calendar arithmetic on plain integers (no Foundation calendars on hot paths).
public enum CalendarMath {
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month + (month > 2 ? -3 : 9)
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day number (inverse of `dayNumber`).
    public static func civil(fromDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        let number = dayNumber(year: year, month: month, day: day)
        // 1970-01-01 was a Thursday (4).
        return ((number % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The ISO 8601 week-numbering year and week of a date.
    public static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let number = dayNumber(year: year, month: month, day: day)
        let thursday = number - weekday(year: year, month: month, day: day) + 4
        let weekYear = civil(fromDayNumber: thursday).year
        let firstDay = dayNumber(year: weekYear, month: 1, day: 1)
        return (weekYear, (thursday - firstDay) / 7 + 1)
    }
}

/// A decimal with leading zeros up to `width` digits (`zeroPadded(7, width: 2)` is `07`). The
/// digits are written as bytes (a date value is made of three of these: no `Character` counted).
@inlinable package func zeroPadded(_ value: Int, width: Int) -> String {
    guard value >= 0 else {
        let digits = String(value)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
    let count = max(width, decimalDigitCount(UInt(value)))
    return String(unsafeUninitializedCapacity: count) { bytes in
        writeDigits(UInt(value), width: count, into: bytes, at: 0)
        return count
    }
}

/// The number of decimal digits of a value (one for 0), as `String(value)` writes it.
@inlinable package func decimalDigitCount(_ value: UInt) -> Int {
    var count = 1
    var rest = value / 10
    while rest > 0 {
        count += 1
        rest /= 10
    }
    return count
}

/// Writes a value as `width` decimal digits, zeros first, from `bytes[start]` (its digits beyond
/// `width` are left out): the writer of `zeroPadded`, of a publication date and of JSON numbers.
@inlinable package func writeDigits(_ value: UInt, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    var rest = value
    for index in (start..<(start + width)).reversed() {
        bytes[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
        rest /= 10
    }
}
