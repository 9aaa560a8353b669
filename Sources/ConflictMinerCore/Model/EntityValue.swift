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
    /// The fields as a value (compared and hashed field by field).
    private struct Fields: Hashable, Sendable {
        var place: Place?
        var name: String
        var country: String?
        var kind: Place.Kind?
        var admin1: String?
        var latitude: Double?
        var longitude: Double?
    }

    /// The object the copies share.
    private final class Shared: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var shared: Shared

    private init(_ fields: Fields) {
        shared = Shared(fields)
    }

    /// Sets one field: a new object with the others as they are.
    private mutating func set<Value>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
        var fields = shared.fields
        fields[keyPath: field] = value
        shared = Shared(fields)
    }

    /// The gazetteer's place, if it has one.
    public var place: Place? {
        get { shared.fields.place }
        set { set(\.place, newValue) }
    }
    public var name: String {
        get { shared.fields.name }
        set { set(\.name, newValue) }
    }
    public var country: String? {
        get { shared.fields.country }
        set { set(\.country, newValue) }
    }
    /// The kind the gazetteer gives, or the text (`X district` for a place it lacks).
    public var kind: Place.Kind? {
        get { shared.fields.kind }
        set { set(\.kind, newValue) }
    }
    /// The first-level division that holds it, as the gazetteer or the text gives it.
    public var admin1: String? {
        get { shared.fields.admin1 }
        set { set(\.admin1, newValue) }
    }
    /// The gazetteer's coordinates (WGS84 degrees).
    public var latitude: Double? {
        get { shared.fields.latitude }
        set { set(\.latitude, newValue) }
    }
    public var longitude: Double? {
        get { shared.fields.longitude }
        set { set(\.longitude, newValue) }
    }

    /// A gazetteer place (`country` for one across countries that its context places).
    public init(_ place: Place, country: String? = nil, coordinates: (latitude: Double, longitude: Double)? = nil) {
        self.init(Fields(place: place, name: place.name, country: place.country ?? country, kind: place.kind,
                         admin1: place.admin1, latitude: coordinates?.latitude, longitude: coordinates?.longitude))
    }

    /// A place the gazetteer lacks.
    public init(name: String, country: String?, kind: Place.Kind? = nil, admin1: String? = nil) {
        self.init(Fields(place: nil, name: name, country: country, kind: kind, admin1: admin1, latitude: nil, longitude: nil))
    }

    public var id: String? { place?.id }

    /// Equal fields.
    public static func == (lhs: PlaceValue, rhs: PlaceValue) -> Bool { lhs.shared.fields == rhs.shared.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(shared.fields) }
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
