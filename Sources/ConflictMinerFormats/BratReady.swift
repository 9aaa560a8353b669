import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

/// A folder the brat annotation tool opens as it is: each document's text beside its standoff
/// annotations, with the configuration that declares every type, attribute and value used.
///
/// brat accepts attributes only from a declared list of values, so the free-valued attributes
/// of the spec's fixture format move: `Kind`, `Qualifier`, `Mod` and `Country` stay attributes
/// (their values are enumerated in `annotation.conf`); a GeoNames `Id` becomes a normalization
/// (`N` line, database `GeoNames` in `tools.conf`); `Value`, `Count`, `Victims`, `Name` and other
/// ids go into the entity's `AnnotatorNotes` (`#` line) as `Name=value` pairs.
public enum BratReady {
    /// Attributes written as brat attributes, with the entity type each applies to and the
    /// values brat must accept (Country's come from the gazetteer).
    static let enumerated: [(name: String, type: EntityType, values: [String])] = [
        ("Kind", .casualty, ["killed", "injured", "abducted"]),
        ("Qualifier", .casualty, ["exact", "at_least", "at_most", "approx"]),
        ("Mod", .date, ["START", "MID", "END"]),
    ]

    /// The prefix of the gazetteer ids that are GeoNames ids (`gn:1167528`).
    static let geoNamesPrefix = "gn:"

    /// The `.ann` text of a document's entities, numbered T1, T2, … in order.
    public static func annotation(_ entities: [Entity]) -> String {
        var spans: [String] = [], attributes: [String] = [], notes: [String] = [], normalizations: [String] = []
        for (index, entity) in entities.enumerated() {
            let id = "T\(index + 1)"
            spans.append("\(id)\t\(entity.type.rawValue) \(entity.start) \(entity.end)\t\(Brat.oneLine(entity.text))")
            var free: [String] = []
            // A GeoNames normalization carries the place's name; a `Name` note would repeat it.
            let normalized = entity[attribute: "Id"]?.hasPrefix(geoNamesPrefix) ?? false
            for attribute in entity.attributes where !(normalized && attribute.name == "Name") {
                let value = Brat.oneLine(attribute.value)
                if attribute.name == "Country" || enumerated.contains(where: { $0.name == attribute.name && $0.type == entity.type }) {
                    attributes.append("A\(attributes.count + 1)\t\(attribute.name) \(id) \(value)")
                } else if attribute.name == "Id", value.hasPrefix(geoNamesPrefix) {
                    let name = entity[attribute: "Name"] ?? entity.text
                    normalizations.append("N\(normalizations.count + 1)\tReference \(id) GeoNames:\(value.dropFirst(geoNamesPrefix.count))\t\(Brat.oneLine(name))")
                } else {
                    free.append("\(attribute.name)=\(value)")
                }
            }
            if !free.isEmpty { notes.append("#\(notes.count + 1)\tAnnotatorNotes \(id)\t\(free.joined(separator: "; "))") }
        }
        let all = spans + attributes + normalizations + notes
        return all.isEmpty ? "" : all.joined(separator: "\n") + "\n"
    }

    /// `annotation.conf`: the four entity types, no relations or events, and the enumerated
    /// attributes (`Country` with the given ISO codes).
    public static func annotationConf(countries: [String]) -> String {
        var lines = [
            "# Written by conflict-miner extract --format brat-ready (README, Formats).",
            "[entities]",
        ]
        lines += EntityType.all.map(\.rawValue)
        lines += ["", "[relations]", "", "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]"]
        for (name, type, values) in enumerated {
            lines.append("\(name) Arg:\(type.rawValue), Value:\(values.joined(separator: "|"))")
        }
        lines.append("Country Arg:\(EntityType.place.rawValue), Value:\(countries.sorted().joined(separator: "|"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `visual.conf`: readable labels and one colour per entity type.
    public static let visualConf = """
        # Written by conflict-miner extract --format brat-ready (README, Formats).
        [labels]

        """ + EntityType.all.map { "\($0.rawValue) | \(Dimension.style(of: $0).bratLabel)\n" }.joined() + """
        Kind | Kind
        Qualifier | Qualifier
        Mod | Mod
        Country | Country

        [drawing]

        """ + EntityType.all.map { "\($0.rawValue)\tbgColor:\(Dimension.style(of: $0).bratColour)\n" }.joined() + """
        SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
        ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
        ATTRIBUTE_DEFAULT\tglyph:*

        """

    /// `tools.conf`: the GeoNames database the `N` lines refer to.
    public static let toolsConf = """
        # Written by conflict-miner extract --format brat-ready (README, Formats).
        [normalization]
        GeoNames\t<URL>:https://www.geonames.org/, <URLBASE>:https://www.geonames.org/%s

        """
}
