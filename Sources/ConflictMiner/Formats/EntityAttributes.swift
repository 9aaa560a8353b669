/// Typed entity values written out as the spec's attributes, in the order the fixtures write them.
extension EntityValue {
    public var attributes: [Attribute] {
        switch self {
        case .date(let date):
            var attributes = [Attribute("Value", date.timex)]
            if let modifier = date.modifier { attributes.append(Attribute("Mod", modifier.rawValue)) }
            return attributes
        case .casualty(let casualty):
            var attributes = [Attribute("Count", String(casualty.count)), Attribute("Kind", casualty.kind.rawValue)]
            if let qualifier = casualty.qualifier { attributes.append(Attribute("Qualifier", qualifier.rawValue)) }
            if let victims = casualty.victims { attributes.append(Attribute("Victims", victims)) }
            return attributes
        case .place(let place):
            var attributes: [Attribute] = []
            if let country = place.country { attributes.append(Attribute("Country", country)) }
            if let id = place.id { attributes.append(Attribute("Id", id)) }
            attributes.append(Attribute("Name", place.name))
            return attributes
        case .group(let group):
            return (group.id.map { [Attribute("Id", $0)] } ?? []) + [Attribute("Name", group.name)]
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
