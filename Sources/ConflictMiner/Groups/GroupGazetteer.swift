import Foundation

/// A named armed group from `Gazetteers/groups.tsv`.
public struct ArmedGroup: Sendable, Hashable {
    /// Stable key, e.g. `baloch-liberation-army`.
    public let id: String
    /// Canonical English name.
    public let name: String
    public let aliases: [String]
    /// Acronyms, matched case-sensitively.
    public let acronyms: [String]
    /// ISO alpha-2 codes of the main countries of operation.
    public let countries: [String]
}

/// The armed-group gazetteer: every group with a phrase matcher over its names and acronyms.
public struct GroupGazetteer: Sendable {
    /// How a phrase in the matcher refers to a group.
    public struct Entry: Sendable {
        public let group: Int
        /// For an acronym, its exact form; nil for a name (matched case-insensitively).
        public let acronym: String?
    }

    public let groups: [ArmedGroup]
    public let matcher: PhraseMatcher<Entry>

    public init(groups: [ArmedGroup], analyzer: TextAnalyzer) {
        var matcher = PhraseMatcher<Entry>()
        for (index, group) in groups.enumerated() {
            for name in [group.name] + group.aliases {
                matcher.add(name, payload: Entry(group: index, acronym: nil), analyzer: analyzer)
            }
            for acronym in group.acronyms {
                matcher.add(acronym, payload: Entry(group: index, acronym: acronym), analyzer: analyzer)
            }
        }
        self.groups = groups
        self.matcher = matcher
    }

    /// Loads `groups.tsv` (columns `id name aliases acronyms countries source`).
    public init(contentsOf url: URL, analyzer: TextAnalyzer) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["id", "name", "aliases", "acronyms", "countries"])
        let (id, name, aliases, acronyms, countries) = (
            table.column("id"), table.column("name"), table.column("aliases"),
            table.column("acronyms"), table.column("countries"))
        let groups = table.rows.map { row in
            ArmedGroup(id: row.cells[id], name: row.cells[name], aliases: TSVTable.list(row.cells[aliases]),
                       acronyms: TSVTable.list(row.cells[acronyms]), countries: TSVTable.list(row.cells[countries]))
        }
        self.init(groups: groups, analyzer: analyzer)
    }
}
