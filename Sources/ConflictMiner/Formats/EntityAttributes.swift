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
            return [Attribute("Id", group.id), Attribute("Name", group.name)]
        }
    }
}
