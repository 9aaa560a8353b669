/// The kind of an entity. The four types of the spec have constants; a BRAT file may hold others,
/// which are kept as they are.
public struct EntityType: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let date = EntityType(rawValue: "DATE")
    public static let casualty = EntityType(rawValue: "CASUALTY")
    public static let place = EntityType(rawValue: "PLACE")
    public static let group = EntityType(rawValue: "GROUP")

    /// The types the spec defines, in report order.
    public static let all: [EntityType] = [.date, .casualty, .place, .group]

    public var description: String { rawValue }
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A named value attached to an entity (`Value`, `Count`, `Kind`, `Country`, …).
public struct Attribute: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A typed span of a document with its attributes. Offsets are Unicode code points, end exclusive.
public struct Entity: Hashable, Sendable {
    public var type: EntityType
    public var start: Int
    public var end: Int
    /// The covered text, equal to the document text between `start` and `end`.
    public var text: String
    /// Attributes in the order they are written: those given (read from a file, or set), else
    /// the typed value's (`EntityValue.attributes`), written out when read, so that a candidate
    /// the resolver drops never builds its strings.
    public var attributes: [Attribute] {
        get { givenAttributes ?? value?.attributes ?? [] }
        set { givenAttributes = newValue }
    }
    @usableFromInline var givenAttributes: [Attribute]?
    /// What the extractor found it to mean, typed (nil for an entity read from a file).
    public var value: EntityValue?
    /// The extractor's rule that made it, as `dimension/rule` (`place/designator-after`), for
    /// `extract --explain`; nil for an entity read from a file.
    public var rule: String?

    public init(type: EntityType, start: Int, end: Int, text: String, attributes: [Attribute] = []) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        givenAttributes = attributes
    }

    /// An entity with a typed value, its attributes written from it, and the rule that made it.
    public init(type: EntityType, start: Int, end: Int, text: String, value: EntityValue, rule: String? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.rule = rule
    }

    /// Equal spans, text, written attributes, value and rule (attributes given or derived alike).
    public static func == (lhs: Entity, rhs: Entity) -> Bool {
        lhs.type == rhs.type && lhs.start == rhs.start && lhs.end == rhs.end && lhs.text == rhs.text
            && lhs.value == rhs.value && lhs.rule == rhs.rule && lhs.attributes == rhs.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
        hasher.combine(attributes)
        hasher.combine(value)
        hasher.combine(rule)
    }

    /// Calls `body` with each attribute's name and value, as `attributes` lists them (without
    /// making the list).
    @inlinable public func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) {
        forEachAttribute(given: body, named: { body($0.spelling, $1) })
    }

    /// `forEachAttribute` with the typed value's names as `AttributeName`s (`named`), and the
    /// attributes given by name (read from a file, or set) as they are (`given`).
    @inlinable public func forEachAttribute(given: (_ name: String, _ value: String) -> Void,
                                            named: (_ name: AttributeName, _ value: String) -> Void) {
        if let givenAttributes {
            for attribute in givenAttributes { given(attribute.name, attribute.value) }
        } else {
            value?.forEachNamedAttribute(named)
        }
    }

    /// Passes every string an attribute writes through `tidy` (nil: kept as it is): the given
    /// attributes' values, or the value's strings that its attributes copy (`EntityValue.tidied`).
    @inlinable package mutating func tidyAttributeStrings(_ tidy: (String) -> String?) {
        if var given = givenAttributes {
            var changed = false
            for slot in given.indices {
                guard let value = tidy(given[slot].value) else { continue }
                given[slot].value = value
                changed = true
            }
            if changed { givenAttributes = given }
        } else if let tidied = value?.tidied(tidy) {
            value = tidied
        }
    }

    public var dateValue: DateValue? {
        if case .date(let date)? = value { return date }
        return nil
    }
    public var casualtyValue: CasualtyValue? {
        if case .casualty(let casualty)? = value { return casualty }
        return nil
    }
    public var placeValue: PlaceValue? {
        if case .place(let place)? = value { return place }
        return nil
    }
    public var groupValue: GroupValue? {
        if case .group(let group)? = value { return group }
        return nil
    }

    public var length: Int { end - start }

    /// The value of the first attribute with this name.
    public subscript(attribute name: String) -> String? {
        get {
            var found: String?
            forEachAttribute { attribute, value in if found == nil && attribute == name { found = value } }
            return found
        }
        set {
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                if let newValue { attributes[index].value = newValue } else { attributes.remove(at: index) }
            } else if let newValue {
                attributes.append(Attribute(name, newValue))
            }
        }
    }

    public func overlaps(_ other: Entity) -> Bool {
        start < other.end && other.start < end
    }
}
