/// The names of the attributes a typed value writes (`EntityValue.forEachNamedAttribute`), so
/// that a writer can keep each name ready-made (JSON writes `literal` without making a string).
public enum AttributeName: CaseIterable, Sendable {
    case value, mod, count, kind, qualifier, victims, country, id, name

    /// The spec's spelling, as a literal.
    public var literal: StaticString {
        switch self {
        case .value: "Value"
        case .mod: "Mod"
        case .count: "Count"
        case .kind: "Kind"
        case .qualifier: "Qualifier"
        case .victims: "Victims"
        case .country: "Country"
        case .id: "Id"
        case .name: "Name"
        }
    }

    /// The spec's spelling.
    public var spelling: String { literal.description }
}

/// Typed entity values written out as the spec's attributes, in the order the fixtures write them.
extension EntityValue {
    /// Calls `body` with each attribute's name and value, in the order the fixtures write them.
    @inlinable public func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) {
        forEachNamedAttribute { body($0.spelling, $1) }
    }

    /// `forEachAttribute` with the names as `AttributeName`s.
    @inlinable public func forEachNamedAttribute(_ body: (_ name: AttributeName, _ value: String) -> Void) {
        switch self {
        case .date(let date):
            body(.value, date.timex)
            if let modifier = date.modifier { body(.mod, modifier.rawValue) }
        case .casualty(let casualty):
            body(.count, String(casualty.count))
            body(.kind, casualty.kind.rawValue)
            if let qualifier = casualty.qualifier { body(.qualifier, qualifier.rawValue) }
            if let victims = casualty.victims { body(.victims, victims) }
        case .place(let place):
            if let country = place.country { body(.country, country) }
            if let id = place.id { body(.id, id) }
            body(.name, place.name)
        case .group(let group):
            if let id = group.id { body(.id, id) }
            body(.name, group.name)
        }
    }

    /// The attributes, named and in order as `forEachAttribute` gives them.
    public var attributes: [Attribute] {
        var attributes: [Attribute] = []
        forEachAttribute { attributes.append(Attribute($0, $1)) }
        return attributes
    }

    /// The value with `tidy` applied to each string that `attributes` copies from it (a date's
    /// TIMEX3, the victims, a place's country and name, a group's id and name; a place's id is
    /// the gazetteer's and kept as it is); nil when `tidy` changes none (it returns nil for a
    /// string it keeps), so that a value is rebuilt only when it must be.
    @inlinable package func tidied(_ tidy: (String) -> String?) -> EntityValue? {
        switch self {
        case .date(var date):
            guard let timex = tidy(date.timex) else { return nil }
            date.timex = timex
            return .date(date)
        case .casualty(var casualty):
            guard let victims = casualty.victims.flatMap(tidy) else { return nil }
            casualty.victims = victims
            return .casualty(casualty)
        case .place(var place):
            let country = place.country.flatMap(tidy), name = tidy(place.name)
            guard country != nil || name != nil else { return nil }
            place.country = country ?? place.country
            place.name = name ?? place.name
            return .place(place)
        case .group(var group):
            let id = group.id.flatMap(tidy), name = tidy(group.name)
            guard id != nil || name != nil else { return nil }
            group.id = id ?? group.id
            group.name = name ?? group.name
            return .group(group)
        }
    }
}

extension Entity {
    /// The entity with its typed value, read back from its attributes when it has none (an entity
    /// read from a file): the one place where attribute strings become values again. A place keeps
    /// its name and country; its gazetteer row is not looked up.
    public var typed: Entity {
        guard value == nil else { return self }
        var entity = self
        switch type {
        case .date:
            guard let timex = self[attribute: "Value"] else { return self }
            entity.value = .date(DateValue(timex: timex, modifier: self[attribute: "Mod"].flatMap(TemporalExpression.Modifier.init(rawValue:))))
        case .casualty:
            guard let count = self[attribute: "Count"].flatMap(Int.init),
                  let kind = self[attribute: "Kind"].flatMap(CasualtyKind.init(rawValue:)) else { return self }
            entity.value = .casualty(CasualtyValue(count: count, kind: kind,
                                                   qualifier: self[attribute: "Qualifier"].flatMap(CountQualifier.init(rawValue:)),
                                                   victims: self[attribute: "Victims"]))
        case .place:
            entity.value = .place(PlaceValue(name: self[attribute: "Name"] ?? text, country: self[attribute: "Country"]))
        case .group:
            entity.value = .group(GroupValue(id: self[attribute: "Id"], name: self[attribute: "Name"] ?? text))
        default:
            return self
        }
        return entity
    }
}
