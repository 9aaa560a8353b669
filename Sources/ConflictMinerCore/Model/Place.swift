import Foundation

/// A named place from `Gazetteers/places.tsv`.
public struct Place: Sendable, Hashable {
    /// The kinds of rows in the gazetteer, from the broadest.
    public enum Kind: String, Sendable, CaseIterable {
        case country, region, admin1, admin2, city, feature

        /// A town, a district or a feature: a place small enough that a name may mean several.
        @inlinable package var isLocal: Bool { self == .city || self == .admin2 || self == .feature }

        /// Prior for choosing between readings of one name: country > admin1 > region > admin2 >
        /// city > feature.
        @inlinable package var prior: Double {
            switch self {
            case .country: 3
            case .admin1: 2.5
            case .region: 2
            case .admin2: 1.5
            case .city: 1
            case .feature: 0.5
            }
        }
    }

    /// Half the log of the population, the weight population adds to a reading. First-level
    /// divisions have no population in the gazetteer; they get a weight that, with their kind's
    /// prior, outweighs a same-named town of up to about 30,000 people.
    @inlinable package var populationWeight: Double {
        if population > 0 { return log10(Double(population) + 1) * 0.5 }
        return kind == .admin1 ? 0.75 : 0
    }

    /// Stable key: `gn:<geonameid>`, `iso:<code>` or `cur:<slug>`.
    public let id: String
    /// Canonical English name.
    public let name: String
    public let kind: Kind
    /// ISO 3166-1 alpha-2 code of the country that holds the place; nil for a multi-country region.
    public let country: String?
    /// English name of the first-level subdivision that holds the place, if known.
    public let admin1: String?
    /// 0 when unknown.
    public let population: Int

    public init(id: String, name: String, kind: Kind, country: String?, admin1: String? = nil, population: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.population = population
    }
}
