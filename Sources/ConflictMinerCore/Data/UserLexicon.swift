import Foundation

/// A team's own names, merged over the shipped gazetteers when they are loaded (`--lexicon DIR`):
/// a local militia or a new splinter group, villages the gazetteer lacks, the spellings a team's
/// sources use, and names never to tag. Three optional tab-separated files with a header row
/// (`#` lines are comments, list cells separate items with `|`):
///
/// - `groups.tsv`: `name aliases acronyms countries` — a group of its own (id `user:<slug>`), or
///   more names for a shipped group when `name` is one of its names;
/// - `places.tsv`: `name kind country admin1 aliases` — `kind` is `city` when empty, `country` an
///   ISO 3166-1 alpha-2 code (id `user:<slug>-<cc>`);
/// - `stop-names.tsv`: `name type` — text never tagged (any case; `type` PLACE or GROUP, or empty
///   for both).
///
/// Every row is checked; a bad one is refused with its file and line.
public struct UserLexicon: Sendable {
    public var groups: [ArmedGroup] = []
    public var places: [Place] = []
    /// `placeAliases[i]` are the other names of `places[i]`.
    public var placeAliases: [[String]] = []
    /// Stop names, folded (`StopNames.key`), by the type they stop (nil: PLACE and GROUP).
    public var stopNames: [(key: String, type: EntityType?)] = []
    /// The files read, for the fingerprints of the compiled gazetteers that include them.
    public private(set) var files: [URL] = []

    public init() {}

    /// The prefix of the ids of a team's own groups and places.
    public static let idPrefix = "user:"

    public var isEmpty: Bool { groups.isEmpty && places.isEmpty && stopNames.isEmpty }

    /// Reads the files of `folder`; at least one must be there.
    public init(contentsOf folder: URL) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GazetteerError(file: folder.path, problem: "not a folder")
        }
        let groupsFile = folder.appendingPathComponent("groups.tsv")
        let placesFile = folder.appendingPathComponent("places.tsv")
        let stopFile = folder.appendingPathComponent("stop-names.tsv")
        files = [groupsFile, placesFile, stopFile].filter { fileManager.fileExists(atPath: $0.path) }
        guard !files.isEmpty else {
            throw GazetteerError(file: folder.path, problem: "none of groups.tsv, places.tsv, stop-names.tsv is there")
        }
        if files.contains(groupsFile) { try readGroups(groupsFile) }
        if files.contains(placesFile) { try readPlaces(placesFile) }
        if files.contains(stopFile) { try readStopNames(stopFile) }
    }

    private mutating func readGroups(_ url: URL) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["name", "aliases", "acronyms", "countries"])
        let (name, aliases, acronyms, countries) = (table.column("name"), table.column("aliases"),
                                                    table.column("acronyms"), table.column("countries"))
        for row in table.rows {
            let groupName = TSVTable.trimmed(row.cells[name])
            guard !groupName.isEmpty else { throw GazetteerError(file: url.path, line: row.line, problem: "empty name") }
            let codes = TSVTable.list(row.cells[countries])
            try Self.checkCountries(codes, file: url, line: row.line)
            groups.append(ArmedGroup(id: Self.idPrefix + Self.slug(groupName), name: groupName, aliases: TSVTable.list(row.cells[aliases]),
                                     acronyms: TSVTable.list(row.cells[acronyms]), countries: codes))
        }
    }

    private mutating func readPlaces(_ url: URL) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["name", "kind", "country", "admin1", "aliases"])
        let (name, kind, country, admin1, aliases) = (table.column("name"), table.column("kind"), table.column("country"),
                                                      table.column("admin1"), table.column("aliases"))
        for row in table.rows {
            let placeName = row.cells[name].trimmingCharacters(in: .whitespaces)
            guard !placeName.isEmpty else { throw GazetteerError(file: url.path, line: row.line, problem: "empty name") }
            let kindCell = row.cells[kind].trimmingCharacters(in: .whitespaces)
            guard let placeKind = kindCell.isEmpty ? .city : Place.Kind(rawValue: kindCell) else {
                throw GazetteerError(file: url.path, line: row.line,
                                     problem: "unknown kind \(kindCell) (\(Place.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let code = row.cells[country].trimmingCharacters(in: .whitespaces)
            try Self.checkCountries([code], file: url, line: row.line)
            let province = row.cells[admin1].trimmingCharacters(in: .whitespaces)
            places.append(Place(id: "\(Self.idPrefix)\(Self.slug(placeName))-\(code.lowercased())", name: placeName, kind: placeKind,
                                country: code, admin1: province.isEmpty ? nil : province))
            placeAliases.append(TSVTable.list(row.cells[aliases]))
        }
    }

    private mutating func readStopNames(_ url: URL) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["name", "type"])
        let (name, type) = (table.column("name"), table.column("type"))
        for row in table.rows {
            let key = StopNames.key(row.cells[name])
            guard !key.isEmpty else { throw GazetteerError(file: url.path, line: row.line, problem: "empty name") }
            let typeCell = row.cells[type].trimmingCharacters(in: .whitespaces).uppercased()
            guard typeCell.isEmpty || typeCell == "PLACE" || typeCell == "GROUP" else {
                throw GazetteerError(file: url.path, line: row.line, problem: "type must be PLACE, GROUP or empty, not \(row.cells[type])")
            }
            stopNames.append((key, typeCell.isEmpty ? nil : EntityType(rawValue: typeCell)))
        }
    }

    private static func checkCountries(_ codes: [String], file: URL, line: Int) throws {
        for code in codes where code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw GazetteerError(file: file.path, line: line, problem: "country \(code) is not an ISO 3166-1 alpha-2 code such as PK")
        }
    }

    /// `Testland Liberation Front` → `testland-liberation-front`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }
}

/// Names a team never wants tagged: PLACE and GROUP entities whose text, folded, is one of them
/// are dropped after the extractors have run.
public struct StopNames: Sendable {
    private var placeKeys = Set<String>()
    private var groupKeys = Set<String>()

    /// Names with the type they stop (nil: PLACE and GROUP).
    public init(_ names: [(key: String, type: EntityType?)] = []) {
        for (key, type) in names {
            if type != .group { placeKeys.insert(key) }
            if type != .place { groupKeys.insert(key) }
        }
    }

    public var isEmpty: Bool { placeKeys.isEmpty && groupKeys.isEmpty }

    /// The folded form a stop name and an entity's text are compared in.
    public static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the entity is one the team never wants.
    public func stops(_ entity: Entity) -> Bool {
        switch entity.type {
        case .place: !placeKeys.isEmpty && placeKeys.contains(Self.key(entity.text))
        case .group: !groupKeys.isEmpty && groupKeys.contains(Self.key(entity.text))
        default: false
        }
    }
}
