import ConflictMinerCore
import Foundation

/// The word tables the place extractor reads, as data: `Gazetteers/lexicons/places/*.tsv`, one
/// entry per row (lower case, as token keys are; an entry of several words keeps its spaces),
/// each file's header saying what the table is for. Adding a word is one line in one table: no
/// rule needs editing. `docs/places.md` says how the rules use them.
///
/// Immutable once read, and shared by reference: the rules that keep it (a context check per
/// gazetteer match) hold one reference instead of one per table.
public final class PlaceLexicon: Sendable {
    /// The class of an organisation head word.
    enum HeadClass: String, Sendable {
        case force, building, organisation, outlet
    }

    let designators: Set<String>
    let trailingDesignators: Set<String>
    let prefixDesignators: Set<String>
    /// The country a designator before a name implies (`Barangay X` is in the Philippines).
    let prefixDesignatorCountries: [String: String]
    let namePrefixes: Set<String>
    let organisationHeads: [String: HeadClass]
    let titles: Set<String>
    let personTitles: Set<String>
    let diseaseHeads: Set<String>
    let speechVerbs: Set<String>
    let stateWords: Set<String>
    let directionals: Set<String>
    package let borderNouns: Set<String>
    let locativePrepositions: Set<String>
    let locativeNouns: Set<String>
    let functionWords: Set<String>
    let particles: Set<String>
    /// The particles that may begin a place name in lower case: Arabic articles (`al-Hasakah`).
    let leadingArticles: Set<String>
    /// Romance connectors inside names of organisations and outlets (`Carta de Mocambique`).
    let romanceConnectors: Set<String>
    let adjectivalNames: Set<String>
    let calendarWords: Set<String>
    let demonyms: Set<String>
    let personNames: Set<String>
    let commonWords: Set<String>
    /// Designators that announce an unknown name before them (`Bakori village`), after `of`
    /// (`the village of Bakori`) or right after them in apposition (`the nearest town Tamsala`).
    let announcingDesignators: Set<String>
    let designatorsBeforeOf: Set<String>
    let appositiveDesignators: Set<String>
    /// Words after `A-B` that make both names places (`the Kilmo-Darsa road`).
    let routeWords: Set<String>
    /// Units of a distance after `X,` (`in X, about 17 km from Y`).
    let distanceUnits: Set<String>
    /// Words before a distance's number (`about 17 km`).
    let approximators: Set<String>
    /// Prepositions between a list of unknown names and the known place after it.
    let listPrepositions: Set<String>
    /// Words after `news` that make the name before it an outlet's (`X news agency`).
    let outletDescriptions: Set<String>
    /// Heads of a name that goes on with `in` and a place (`Assistance Mission in Iraq`).
    let headsBeforeIn: Set<String>
    /// Multi-word designators (`local government area`), as key sequences, longest first.
    let multiWordDesignators: [[String]]
    /// The kind of place a designator after a name says it is (`designator-kinds.tsv`).
    let designatorKinds: [String: DesignatorKind]

    /// The tables of a gazetteer folder's `lexicons/places/`.
    public static let tables = [
        "designators", "trailing-designators", "prefix-designators", "prefix-designator-countries", "name-prefixes",
        "organisation-heads", "titles", "person-titles", "disease-heads", "speech-verbs", "state-words", "directionals",
        "border-nouns", "locative-prepositions", "locative-nouns", "function-words", "particles", "leading-articles",
        "romance-connectors", "adjectival-names", "person-names", "common-words",
        "announcing-designators", "designators-before-of", "appositive-designators", "route-words", "distance-units",
        "approximators", "list-prepositions", "outlet-descriptions", "heads-before-in", "designator-kinds",
    ]

    /// The tables of a gazetteer folder (`lexicons/places/*.tsv`); a row with an empty word or an
    /// unknown class is refused with its file and line.
    public init(in gazetteers: GazetteerDirectory) throws {
        func url(_ name: String) -> URL { gazetteers.file("lexicons/places/\(name).tsv") }
        func rows(_ name: String, _ columns: [String],
                  problem: ([String]) -> String? = { _ in nil }) throws -> [(line: Int, cells: [String])] {
            try TSVTable(contentsOf: url(name), requiredColumns: columns).cells(columns, problem: problem)
        }
        func words(_ name: String) throws -> Set<String> { Set(try rows(name, ["word"]).map { $0.cells[0] }) }
        /// A table of words and the value of `column` each has (the first row of a word counts).
        func classified<Value: RawRepresentable<String>>(_ name: String, _ column: String,
                                                          allowed: String) throws -> [String: Value] {
            var result: [String: Value] = [:]
            for row in try rows(name, ["word", column], problem: {
                Value(rawValue: $0[1]) == nil ? "\(column) is \(allowed)" : nil
            }) where result[row.cells[0]] == nil {
                result[row.cells[0]] = Value(rawValue: row.cells[1])
            }
            return result
        }
        designators = try words("designators")
        trailingDesignators = try words("trailing-designators")
        prefixDesignators = try words("prefix-designators")
        var countries: [String: String] = [:]
        for row in try rows("prefix-designator-countries", ["word", "country"]) { countries[row.cells[0]] = row.cells[1] }
        prefixDesignatorCountries = countries
        namePrefixes = try words("name-prefixes")
        organisationHeads = try classified("organisation-heads", "class", allowed: "force, building, organisation or outlet")
        titles = try words("titles")
        personTitles = try words("person-titles")
        diseaseHeads = try words("disease-heads")
        speechVerbs = try words("speech-verbs")
        stateWords = try words("state-words")
        directionals = try words("directionals")
        borderNouns = try words("border-nouns")
        locativePrepositions = try words("locative-prepositions")
        locativeNouns = try words("locative-nouns")
        functionWords = try words("function-words")
        particles = try words("particles")
        leadingArticles = try words("leading-articles")
        romanceConnectors = try words("romance-connectors")
        adjectivalNames = try words("adjectival-names")
        calendarWords = Set(try CommonLexicon.words("calendar", in: gazetteers))
        demonyms = Set(try CommonLexicon.demonyms(in: gazetteers).filter { !$0.isPlaceName }.map(\.word))
        personNames = try words("person-names")
        commonWords = try words("common-words")
        announcingDesignators = try words("announcing-designators")
        designatorsBeforeOf = try words("designators-before-of")
        appositiveDesignators = try words("appositive-designators")
        routeWords = try words("route-words")
        distanceUnits = try words("distance-units")
        approximators = try words("approximators")
        listPrepositions = try words("list-prepositions")
        outletDescriptions = try words("outlet-descriptions")
        headsBeforeIn = try words("heads-before-in")
        designatorKinds = try classified("designator-kinds", "kind", allowed: "division, district, settlement or country")
        multiWordDesignators = designators.filter { $0.contains(" ") }
            .map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
    }

    /// The classes of every word of the tables, over `vocabulary` and the words it gains.
    func wordClasses(over vocabulary: Vocabulary) -> WordClasses<PlaceWordClass> {
        var classes = WordClasses<PlaceWordClass>(vocabulary: vocabulary)
        let tables: [(PlaceWordClass, Set<String>)] = [
            (.designator, designators), (.trailingDesignator, trailingDesignators),
            (.prefixDesignator, prefixDesignators), (.namePrefix, namePrefixes), (.title, titles),
            (.personTitle, personTitles), (.diseaseHead, diseaseHeads), (.speechVerb, speechVerbs),
            (.stateWord, stateWords), (.directional, directionals), (.borderNoun, borderNouns),
            (.locativePreposition, locativePrepositions), (.locativeNoun, locativeNouns),
            (.functionWord, functionWords), (.particle, particles), (.leadingArticle, leadingArticles),
            (.romanceConnector, romanceConnectors), (.adjectivalName, adjectivalNames),
            (.calendarWord, calendarWords), (.demonym, demonyms), (.personName, personNames),
            (.commonWord, commonWords), (.contextTrigger, ContextPlaces.triggers(self)),
            (.announcingDesignator, announcingDesignators), (.designatorBeforeOf, designatorsBeforeOf),
            (.appositiveDesignator, appositiveDesignators), (.routeWord, routeWords), (.distanceUnit, distanceUnits),
            (.approximator, approximators), (.listPreposition, listPrepositions), (.outletDescription, outletDescriptions),
            (.headBeforeIn, headsBeforeIn), (.designatorPhraseStart, Set(multiWordDesignators.compactMap(\.first))),
        ]
        for (wordClass, words) in tables {
            classes.add(wordClass, to: words)
        }
        for (word, head) in organisationHeads {
            classes.add(PlaceWordClass(head), to: [word])
        }
        for (word, kind) in designatorKinds {
            classes.add(kind.wordClass, to: [word])
        }
        return classes
    }
}

/// The tables of `PlaceLexicon` a word is in, one flag per table (an organisation head has the
/// flag of its class).
struct PlaceWordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let designator = PlaceWordClass(rawValue: 1 << 0)
    static let trailingDesignator = PlaceWordClass(rawValue: 1 << 1)
    static let prefixDesignator = PlaceWordClass(rawValue: 1 << 2)
    static let namePrefix = PlaceWordClass(rawValue: 1 << 3)
    static let title = PlaceWordClass(rawValue: 1 << 4)
    static let personTitle = PlaceWordClass(rawValue: 1 << 5)
    static let diseaseHead = PlaceWordClass(rawValue: 1 << 6)
    static let speechVerb = PlaceWordClass(rawValue: 1 << 7)
    static let stateWord = PlaceWordClass(rawValue: 1 << 8)
    static let directional = PlaceWordClass(rawValue: 1 << 9)
    static let borderNoun = PlaceWordClass(rawValue: 1 << 10)
    static let locativePreposition = PlaceWordClass(rawValue: 1 << 11)
    static let locativeNoun = PlaceWordClass(rawValue: 1 << 12)
    static let functionWord = PlaceWordClass(rawValue: 1 << 13)
    static let particle = PlaceWordClass(rawValue: 1 << 14)
    static let leadingArticle = PlaceWordClass(rawValue: 1 << 15)
    static let romanceConnector = PlaceWordClass(rawValue: 1 << 16)
    static let adjectivalName = PlaceWordClass(rawValue: 1 << 17)
    static let calendarWord = PlaceWordClass(rawValue: 1 << 18)
    static let demonym = PlaceWordClass(rawValue: 1 << 19)
    static let personName = PlaceWordClass(rawValue: 1 << 20)
    static let commonWord = PlaceWordClass(rawValue: 1 << 21)
    static let contextTrigger = PlaceWordClass(rawValue: 1 << 22)
    static let forceHead = PlaceWordClass(rawValue: 1 << 23)
    static let buildingHead = PlaceWordClass(rawValue: 1 << 24)
    static let organisationHead = PlaceWordClass(rawValue: 1 << 25)
    static let outletHead = PlaceWordClass(rawValue: 1 << 26)
    static let announcingDesignator = PlaceWordClass(rawValue: 1 << 27)
    static let designatorBeforeOf = PlaceWordClass(rawValue: 1 << 28)
    static let appositiveDesignator = PlaceWordClass(rawValue: 1 << 29)
    static let routeWord = PlaceWordClass(rawValue: 1 << 30)
    static let distanceUnit = PlaceWordClass(rawValue: 1 << 31)
    static let approximator = PlaceWordClass(rawValue: 1 << 32)
    static let listPreposition = PlaceWordClass(rawValue: 1 << 33)
    static let outletDescription = PlaceWordClass(rawValue: 1 << 34)
    static let headBeforeIn = PlaceWordClass(rawValue: 1 << 35)
    /// The first word of a designator of several words (`local` of `local government area`).
    static let designatorPhraseStart = PlaceWordClass(rawValue: 1 << 36)
    /// `DesignatorKind.wordClass`: a designator that says what kind of place precedes it.
    static let divisionDesignator = PlaceWordClass(rawValue: 1 << 37)
    static let districtDesignator = PlaceWordClass(rawValue: 1 << 38)
    static let settlementDesignator = PlaceWordClass(rawValue: 1 << 39)
    static let countryDesignator = PlaceWordClass(rawValue: 1 << 40)
    /// On the list of given names and surnames (`PersonNames`), and a given name there.
    static let listedName = PlaceWordClass(rawValue: 1 << 41)
    static let givenName = PlaceWordClass(rawValue: 1 << 42)
    /// Any class of organisation head.
    static let anyHead: PlaceWordClass = [.forceHead, .buildingHead, .organisationHead, .outletHead]

    init(rawValue: UInt64) { self.rawValue = rawValue }

    init(_ head: PlaceLexicon.HeadClass) {
        switch head {
        case .force: self = .forceHead
        case .building: self = .buildingHead
        case .organisation: self = .organisationHead
        case .outlet: self = .outletHead
        }
    }

    /// The class of organisation head the word is, if it is one.
    var head: PlaceLexicon.HeadClass? {
        if contains(.forceHead) { return .force }
        if contains(.buildingHead) { return .building }
        if contains(.organisationHead) { return .organisation }
        if contains(.outletHead) { return .outlet }
        return nil
    }
}

/// The kind of place a designator right after a name says it is (`designator-kinds.tsv`).
enum DesignatorKind: String, CaseIterable, Sendable {
    /// `state`, `province`: a first-level division or a region across them.
    case division
    /// `district`, `county`: a second-level division.
    case district
    /// `city`, `town`, `village`: a populated place.
    case settlement
    case country

    /// Whether a gazetteer kind fits it (a switch: no set hashed per reading).
    func fits(_ kind: Place.Kind) -> Bool {
        switch self {
        case .division: kind == .admin1 || kind == .region
        case .district: kind == .admin2
        case .settlement: kind == .city
        case .country: kind == .country
        }
    }

    /// Its flag among a word's place classes.
    var wordClass: PlaceWordClass {
        switch self {
        case .division: .divisionDesignator
        case .district: .districtDesignator
        case .settlement: .settlementDesignator
        case .country: .countryDesignator
        }
    }

    /// The kind a word's place classes give it, if any.
    init?(_ classes: PlaceWordClass) {
        guard let kind = Self.allCases.first(where: { classes.contains($0.wordClass) }) else { return nil }
        self = kind
    }
}
