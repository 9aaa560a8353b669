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
    /// Attributes in the order they are written.
    public var attributes: [Attribute]

    public init(type: EntityType, start: Int, end: Int, text: String, attributes: [Attribute] = []) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.attributes = attributes
    }

    public var length: Int { end - start }

    /// The value of the first attribute with this name.
    public subscript(attribute name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
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
