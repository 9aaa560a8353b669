import ConflictMinerCore
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// One reported incident, in the spirit of an ACLED row: when, where, who, how many, and the
/// sentences of the document it was read from.
public struct EventRecord: Sendable, Hashable {
    /// A sentence (or the part of the text) the event was read from, in code points.
    public struct Source: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String

        public init(start: Int, end: Int, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    public var id: String
    public var document: String
    /// TIMEX3 value (`2024-11-09`, `2019-W16`, `2024-11`); empty when none was found.
    public var date: String
    /// `day`, `week`, `month`, `season` or `year`, from the value.
    public var datePrecision: String
    /// `START`, `MID` or `END` (`early November`), if the date said so.
    public var dateMod: String?
    /// Where the date came from: `sentence`, `paragraph` (an earlier sentence of the incident's
    /// paragraph), `context` (a preceding paragraph) or `publication`.
    public var dateSource: String
    /// The most specific location as the text names it.
    public var place: String?
    /// Its name in the gazetteer (`Mīrjāveh`), for joining with other data.
    public var placeName: String?
    public var placeId: String?
    public var admin1: String?
    /// Second-level division (district) holding the place, where the gazetteer knows it.
    public var admin2: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    /// `town`, `district`, `region`, `province`, `country` (a place of that kind), `victims`
    /// (country inferred from the victims' nationality), `document` (the country the document's
    /// places name most), or `none`.
    public var geoPrecision: String
    /// ACLED's event type and sub-event type (`Explosions/Remote violence`, `Suicide bomb`).
    public var eventType: String = ""
    public var subEventType: String = ""
    /// The two sides, named as ACLED names them (`Military Forces of Pakistan`, a group's
    /// canonical name, `Unidentified Armed Group (Nigeria)`, `Civilians (Mali)`); `actor1` acted.
    public var actor1: String?
    public var actor2: String?
    /// Whether civilians were the target.
    public var civilianTargeting = false
    /// Names of the non-state armed groups among the sides and claimants, perpetrators first.
    public var groups: [String]
    public var groupIds: [String]
    public var killed: Int
    /// `killed` with vague counts as ACLED codes them (`dozens` 12, `hundreds` 100), for the
    /// ACLED export's `fatalities`.
    public var fatalitiesACLED: Int = 0
    public var injured: Int
    public var abducted: Int
    /// `at_least` when a count the total rests on is a lower bound, else `exact` (or `approx`).
    public var qualifier: String
    public var sources: [Source]

    public init(id: String, document: String, date: String, datePrecision: String, dateMod: String? = nil,
                dateSource: String = "sentence", place: String? = nil, placeId: String? = nil, admin1: String? = nil,
                country: String? = nil, latitude: Double? = nil, longitude: Double? = nil, geoPrecision: String = "none",
                groups: [String] = [], groupIds: [String] = [], killed: Int = 0, injured: Int = 0, abducted: Int = 0,
                qualifier: String = "exact", sources: [Source] = []) {
        self.id = id
        self.document = document
        self.date = date
        self.datePrecision = datePrecision
        self.dateMod = dateMod
        self.dateSource = dateSource
        self.place = place
        self.placeId = placeId
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.groups = groups
        self.groupIds = groupIds
        self.killed = killed
        self.injured = injured
        self.abducted = abducted
        self.qualifier = qualifier
        self.sources = sources
    }

    /// The precision a TIMEX3 value states: `2024-11-09` day, `2024-W46` week, `2024-11` month,
    /// `2024-SU` season, `2024` year, `199` decade; a part written `X` is not known.
    public static func precision(ofTimex value: String) -> String {
        var value = value
        return value.withUTF8 { asciiPrecision(ofTimex: $0) } ?? splitPrecision(ofTimex: value)
    }

    /// `precision(ofTimex:)` read from the value's parts as strings: for a value with a byte
    /// beyond printable ASCII (never one the date extractor writes), and the reading the byte
    /// reader is held to (`ShortcutPropertyTests`).
    static func splitPrecision(ofTimex value: String) -> String {
        let parts = value.split(separator: "-").map(String.init)
        func known(_ part: String) -> Bool { !part.isEmpty && !part.contains("X") }
        guard let year = parts.first, year.count == 4, known(year) else {
            return parts.first?.count == 3 ? "decade" : parts.first?.count == 2 ? "century" : "none"
        }
        if parts.count >= 2, parts[1].hasPrefix("W"), known(String(parts[1].dropFirst())) { return "week" }
        if parts.count >= 2, ["SP", "SU", "FA", "AU", "WI"].contains(parts[1]) { return "season" }
        if parts.count >= 3, known(parts[1]), known(String(parts[2].prefix(2))) { return "day" }
        if parts.count >= 2, known(parts[1]) { return "month" }
        return "year"
    }

    /// `precision(ofTimex:)` read from a printable ASCII value's bytes (nil for any other value):
    /// the parts between hyphens (empty ones left out, as `split` does), no string made.
    private static func asciiPrecision(ofTimex bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let hyphen = UInt8(ascii: "-"), letterX = UInt8(ascii: "X")
        // the first three non-empty parts, and how many there are
        var parts: [Range<Int>] = []
        parts.reserveCapacity(3)
        var count = 0
        var start = 0
        for index in 0...bytes.count {
            if index < bytes.count {
                guard bytes[index] < 0x80, bytes[index] >= 0x20 else { return nil }  // (`\r\n` is one Character)
                if bytes[index] != hyphen { continue }
            }
            if index > start {
                if count < 3 { parts.append(start..<index) }
                count += 1
            }
            start = index + 1
        }
        func known(_ part: Range<Int>) -> Bool { !part.isEmpty && !part.contains { bytes[$0] == letterX } }
        func equals(_ part: Range<Int>, _ text: StaticString) -> Bool {
            part.count == text.utf8CodeUnitCount && part.allSatisfy { bytes[$0] == text.utf8Start[$0 - part.lowerBound] }
        }
        guard let year = parts.first, year.count == 4, known(year) else {
            return parts.first?.count == 3 ? "decade" : parts.first?.count == 2 ? "century" : "none"
        }
        if count >= 2, bytes[parts[1].lowerBound] == UInt8(ascii: "W"), known(parts[1].dropFirst()) { return "week" }
        if count >= 2, ["SP", "SU", "FA", "AU", "WI"].contains(where: { equals(parts[1], $0) }) { return "season" }
        if count >= 3, known(parts[1]), known(parts[2].prefix(2)) { return "day" }
        if count >= 2, known(parts[1]) { return "month" }
        return "year"
    }

    /// The first day a TIMEX3 value covers, as a day number (`CalendarMath.dayNumber`): the day
    /// itself, the Monday of an ISO week, the first day of a month or season, January 1 of a
    /// year; nil for a value without a known year or with a part that is not a calendar date.
    public static func firstDay(ofTimex value: String) -> Int? {
        let parts = value.split(separator: "-").map(String.init)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else { return nil }
        func valid(_ month: Int, _ day: Int) -> Int? {
            guard (1...12).contains(month), (1...CalendarMath.daysIn(month: month, year: year)).contains(day) else { return nil }
            return CalendarMath.dayNumber(year: year, month: month, day: day)
        }
        switch parts.count {
        case 1:
            return valid(1, 1)
        case 2 where parts[1].hasPrefix("W"):
            guard let week = Int(parts[1].dropFirst()), (1...53).contains(week) else { return nil }
            // The ISO week holding January 4 is week 1.
            let fourth = CalendarMath.dayNumber(year: year, month: 1, day: 4)
            return fourth - (CalendarMath.weekday(year: year, month: 1, day: 4) - 1) + (week - 1) * 7
        case 2:
            let seasonStart = ["SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12]
            guard let month = Int(parts[1]) ?? seasonStart[parts[1]] else { return nil }
            return valid(month, 1)
        default:
            guard let month = Int(parts[1]), let day = Int(parts[2].prefix(2)) else { return nil }
            return valid(month, day)
        }
    }
}

extension PlaceValue {
    /// Lower is more specific: a town or feature, a district, a region (or a kind the text does
    /// not give), a province, a country.
    var specificity: Int {
        switch kind {
        case .city?, .feature?: 0
        case .admin2?: 1
        case .region?, nil: 2
        case .admin1?: 3
        case .country?: 4
        }
    }

    /// The record's geo precision for a place of this kind.
    var geoPrecision: String {
        switch kind {
        case .city?, .feature?: "town"
        case .admin2?: "district"
        case .region?, nil: "region"
        case .admin1?: "province"
        case .country?: "country"
        }
    }
}
