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
///
/// The fields sit in one immutable object its copies share: an entity's value is copied out at
/// every reading (a pattern match copies the payload of an `EntityValue`), and one reference is
/// counted instead of the seven strings of a place and its names. A field set is a new object.
public struct PlaceValue: Hashable, Sendable {
    private final class Fields: Sendable {
        let place: Place?
        let name: String
        let country: String?
        let kind: Place.Kind?
        let admin1: String?
        let latitude: Double?
        let longitude: Double?

        init(place: Place?, name: String, country: String?, kind: Place.Kind?, admin1: String?,
             latitude: Double?, longitude: Double?) {
            self.place = place
            self.name = name
            self.country = country
            self.kind = kind
            self.admin1 = admin1
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    private var fields: Fields

    /// The gazetteer's place, if it has one.
    public var place: Place? {
        get { fields.place }
        set { fields = Fields(place: newValue, name: name, country: country, kind: kind, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    public var name: String {
        get { fields.name }
        set { fields = Fields(place: place, name: newValue, country: country, kind: kind, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    public var country: String? {
        get { fields.country }
        set { fields = Fields(place: place, name: name, country: newValue, kind: kind, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    /// The kind the gazetteer gives, or the text (`X district` for a place it lacks).
    public var kind: Place.Kind? {
        get { fields.kind }
        set { fields = Fields(place: place, name: name, country: country, kind: newValue, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    /// The first-level division that holds it, as the gazetteer or the text gives it.
    public var admin1: String? {
        get { fields.admin1 }
        set { fields = Fields(place: place, name: name, country: country, kind: kind, admin1: newValue, latitude: latitude, longitude: longitude) }
    }
    /// The gazetteer's coordinates (WGS84 degrees).
    public var latitude: Double? {
        get { fields.latitude }
        set { fields = Fields(place: place, name: name, country: country, kind: kind, admin1: admin1, latitude: newValue, longitude: longitude) }
    }
    public var longitude: Double? {
        get { fields.longitude }
        set { fields = Fields(place: place, name: name, country: country, kind: kind, admin1: admin1, latitude: latitude, longitude: newValue) }
    }

    /// A gazetteer place (`country` for one across countries that its context places).
    public init(_ place: Place, country: String? = nil, coordinates: (latitude: Double, longitude: Double)? = nil) {
        fields = Fields(place: place, name: place.name, country: place.country ?? country, kind: place.kind,
                        admin1: place.admin1, latitude: coordinates?.latitude, longitude: coordinates?.longitude)
    }

    /// A place the gazetteer lacks.
    public init(name: String, country: String?, kind: Place.Kind? = nil, admin1: String? = nil) {
        fields = Fields(place: nil, name: name, country: country, kind: kind, admin1: admin1, latitude: nil, longitude: nil)
    }

    public var id: String? { place?.id }

    /// Equal fields.
    public static func == (lhs: PlaceValue, rhs: PlaceValue) -> Bool {
        lhs.place == rhs.place && lhs.name == rhs.name && lhs.country == rhs.country && lhs.kind == rhs.kind
            && lhs.admin1 == rhs.admin1 && lhs.latitude == rhs.latitude && lhs.longitude == rhs.longitude
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(place)
        hasher.combine(name)
        hasher.combine(country)
        hasher.combine(kind)
        hasher.combine(admin1)
        hasher.combine(latitude)
        hasher.combine(longitude)
    }
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
