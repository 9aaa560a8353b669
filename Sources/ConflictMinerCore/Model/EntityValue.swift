/// What an extractor found an entity to mean, typed. An entity's attributes are its value written
/// out (`EntityValue.attributes`, in `EntityAttributes.swift`); the events stage reads the value, never the
/// attribute strings. Entities read from a file have attributes only.
public indirect enum EntityValue: Hashable, Sendable {
    case date(DateValue)
    case casualty(CasualtyValue)
    case place(PlaceValue)
    case group(GroupValue)
}

/// A DATE's TIMEX3 value (`2024-11-09`, `2024-W46`, `199`, `FY2024`) and its modifier.
public struct DateValue: Hashable, Sendable {
    public var timex: String
    public var modifier: TemporalExpression.Modifier?

    public init(timex: String, modifier: TemporalExpression.Modifier? = nil) {
        self.timex = timex
        self.modifier = modifier
    }

    /// A calendar year, month, week or day (not a decade, a century or a fiscal year).
    public var isCalendarDate: Bool {
        timex.utf8.count >= 4 && timex.utf8.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

/// A CASUALTY's count: how many, of what fate, how sure, and the victims as written.
public struct CasualtyValue: Hashable, Sendable {
    public var count: Int
    public var kind: CasualtyKind
    /// `exact` when nil.
    public var qualifier: CountQualifier?
    public var victims: String?

    public init(count: Int, kind: CasualtyKind, qualifier: CountQualifier? = nil, victims: String? = nil) {
        self.count = count
        self.kind = kind
        self.qualifier = qualifier
        self.victims = victims
    }
}

/// A PLACE's identity: the gazetteer's place it names, or, for a place the gazetteer lacks, the
/// name as written and the country its context gives.
public struct PlaceValue: Hashable, Sendable {
    public var place: Place?
    public var name: String
    public var country: String?
    /// The kind the gazetteer gives, or the text (`X district` for a place it lacks).
    public var kind: Place.Kind?
    /// The first-level division that holds it, as the gazetteer or the text gives it.
    public var admin1: String?
    /// The gazetteer's coordinates (WGS84 degrees).
    public var latitude: Double?
    public var longitude: Double?

    /// A gazetteer place (`country` for one across countries that its context places).
    @inlinable public init(_ place: Place, country: String? = nil, coordinates: (latitude: Double, longitude: Double)? = nil) {
        self.place = place
        name = place.name
        self.country = place.country ?? country
        kind = place.kind
        admin1 = place.admin1
        latitude = coordinates?.latitude
        longitude = coordinates?.longitude
    }

    /// A place the gazetteer lacks.
    public init(name: String, country: String?, kind: Place.Kind? = nil, admin1: String? = nil) {
        place = nil
        self.name = name
        self.country = country
        self.kind = kind
        self.admin1 = admin1
    }

    public var id: String? { place?.id }
}

/// A GROUP's gazetteer identity (no id for a name read from a file without one).
public struct GroupValue: Hashable, Sendable {
    public var id: String?
    public var name: String

    public init(id: String?, name: String) {
        self.id = id
        self.name = name
    }
}
