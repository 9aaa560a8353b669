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

    package init(id: String, name: String, aliases: [String], acronyms: [String], countries: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.acronyms = acronyms
        self.countries = countries
    }
}
