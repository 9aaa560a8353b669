import ConflictMinerCore
import Foundation

/// The place gazetteer: every place with a phrase matcher over its names and aliases.
///
/// Loading 150,000 rows with 350,000 names takes a fraction of a second in a release build:
/// the TSV is split on bytes, and `PhraseMatcher.keys(of:analyzer:)` splits Latin names without
/// running ICU over them (see `docs/places.md` for measured times).
public struct PlaceGazetteer: Sendable {
    /// How a phrase in the matcher refers to a place.
    public struct Entry: Sendable, Hashable, BitwiseCopyable {
        /// Index into `places`.
        public let place: Int32
        /// For an abbreviation (a name without lower-case letters: `KP`, `U.S.`, `DRC`), its index
        /// in `abbreviations`, matched case-sensitively; -1 for a name (matched case-insensitively).
        public let abbreviation: Int32
        /// The place's canonical name, not an alias.
        public let isPrimary: Bool
    }

    /// The tables, held once: the place rules keep the gazetteer in several per-document values,
    /// and a copy is then one reference instead of one for each array inside.
    private final class Storage: Sendable {
        let places: [Place]
        let countryNumbers: [Int32]
        let countryNumbering: CountryNumbering
        let teamPlaces: Set<Int>
        let coordinates: [Double]
        let matcher: PhraseMatcher<Entry>
        let abbreviations: [String]

        init(places: [Place], countryNumbers: [Int32], countryNumbering: CountryNumbering, teamPlaces: Set<Int>,
             coordinates: [Double], matcher: PhraseMatcher<Entry>, abbreviations: [String]) {
            self.places = places
            self.countryNumbers = countryNumbers
            self.countryNumbering = countryNumbering
            self.teamPlaces = teamPlaces
            self.coordinates = coordinates
            self.matcher = matcher
            self.abbreviations = abbreviations
        }
    }

    private let storage: Storage

    public var places: [Place] { _read { yield storage.places } }
    /// Each place's country as a number (`CountryNumbering`), -1 for a region across countries:
    /// what the resolver compares and counts, without hashing a code.
    var countryNumbers: [Int32] { _read { yield storage.countryNumbers } }
    /// The numbering of `countryNumbers`.
    var countryNumbering: CountryNumbering { _read { yield storage.countryNumbering } }
    /// The indexes of a team's own places (`UserLexicon`, ids with its prefix): usually none.
    var teamPlaces: Set<Int> { _read { yield storage.teamPlaces } }

    /// Whether `places[index]` is one of a team's own places.
    func isTeamPlace(_ index: Int) -> Bool {
        !teamPlaces.isEmpty && teamPlaces.contains(index)
    }

    /// Each place's latitude and longitude in degrees (WGS84), two numbers per place; NaN where
    /// the gazetteer gives none. Kept beside `places`, not in them: most lookups need no
    /// coordinates, and a flat array loads in one copy.
    public var coordinates: [Double] { _read { yield storage.coordinates } }
    public var matcher: PhraseMatcher<Entry> { _read { yield storage.matcher } }
    public var abbreviations: [String] { _read { yield storage.abbreviations } }

    /// The coordinates of `places[index]`, when the gazetteer gives them.
    public func coordinates(of index: Int) -> (latitude: Double, longitude: Double)? {
        guard 2 * index + 1 < coordinates.count, !coordinates[2 * index].isNaN else { return nil }
        return (coordinates[2 * index], coordinates[2 * index + 1])
    }

    /// Builds the gazetteer from places and their aliases (`aliases[i]` belongs to `places[i]`).
    /// `coordinates` holds two numbers per place (`coordinates`); missing ones are NaN.
    public init(places: [Place], aliases: [[String]], analyzer: TextAnalyzer, coordinates: [Double] = []) {
        var matcher = PhraseMatcher<Entry>()
        var abbreviations: [String] = []
        var abbreviationIndex: [String: Int32] = [:]
        for (index, place) in places.enumerated() {
            var seen = Set<[String]>()
            let names = [place.name] + (index < aliases.count ? aliases[index] : [])
            for (position, name) in names.enumerated() {
                let keys = PhraseMatcher<Entry>.keys(of: name, analyzer: analyzer)
                guard !keys.isEmpty else { continue }
                var abbreviation: Int32 = -1
                if Self.isAbbreviation(name) {
                    if let known = abbreviationIndex[name] {
                        abbreviation = known
                    } else {
                        abbreviation = Int32(abbreviations.count)
                        abbreviationIndex[name] = abbreviation
                        abbreviations.append(name)
                    }
                } else if !seen.insert(keys).inserted {
                    continue
                }
                matcher.add(keys: keys, payload: Entry(place: Int32(index), abbreviation: abbreviation,
                                                       isPrimary: position == 0))
            }
        }
        matcher.groupPayloads()
        let (countryNumbering, countryNumbers) = CountryNumbering.numbers(of: places)
        storage = Storage(places: places, countryNumbers: countryNumbers, countryNumbering: countryNumbering,
                          teamPlaces: Self.teamPlaces(in: places),
                          coordinates: coordinates + [Double](repeating: .nan, count: max(0, 2 * places.count - coordinates.count)),
                          matcher: matcher, abbreviations: abbreviations)
    }

    /// Loads `places.tsv` (columns `id name kind country admin1 population aliases`, and `lat`
    /// `lon` when present; others are ignored). Rows of an unknown kind are refused with their line number.
    ///
    /// With a `cache` folder, the built gazetteer is kept compiled there (`CompiledGazetteer`):
    /// later loads copy it back in a few milliseconds instead of building it again. Without one,
    /// it is built on each load and nothing is written.
    ///
    /// A team's own places (`UserLexicon`) are added to the table's; the compiled file then
    /// depends on their files too.
    public init(contentsOf url: URL, analyzer: TextAnalyzer, adding overlay: UserLexicon = UserLexicon(),
                compiledIn cache: URL? = nil) throws {
        let compiled = cache.flatMap {
            CompiledGazetteer(source: url, folder: $0, analyzer: analyzer, overlay: overlay.places.isEmpty ? [] : overlay.files)
        }
        if let loaded = compiled?.load({ try PlaceGazetteer(from: &$0) }) {
            self = loaded
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError(file: url.path, problem: "cannot read: \(error.localizedDescription)")
        }
        let (places, aliases, coordinates) = try Self.parse(data, file: url.path)
        self.init(places: places + overlay.places, aliases: aliases + overlay.placeAliases, analyzer: analyzer,
                  coordinates: coordinates)
        compiled?.store { self.write(to: &$0) }
    }

    /// A gazetteer read back from a compiled file, with the numbers computed when it was built.
    init(places: [Place], coordinates: [Double], matcher: PhraseMatcher<Entry>, abbreviations: [String],
         countryNumbers: [Int32], countryNumbering: CountryNumbering, teamPlaces: Set<Int>) {
        storage = Storage(places: places, countryNumbers: countryNumbers, countryNumbering: countryNumbering,
                          teamPlaces: teamPlaces, coordinates: coordinates, matcher: matcher, abbreviations: abbreviations)
    }

    /// The indexes of the places whose ids have a team's prefix (`UserLexicon.idPrefix`).
    private static func teamPlaces(in places: [Place]) -> Set<Int> {
        Set(places.indices.filter { places[$0].id.hasPrefix(UserLexicon.idPrefix) })
    }

    /// The short English names of the countries, by ISO code (`IR` → `Iran`).
    public var countryNames: [String: String] {
        var names: [String: String] = [:]
        for index in places.indices where places[index].kind == .country {
            if let code = places[index].country { names[code] = places[index].name }
        }
        return names
    }

    /// Parses the TSV bytes directly (the table is large: no per-line `String` splitting).
    static func parse(_ data: Data, file: String) throws -> ([Place], [[String]], [Double]) {
        let required = ["id", "name", "kind", "country", "admin1", "population", "aliases"]
        var places: [Place] = []
        var aliases: [[String]] = []
        var coordinates: [Double] = []
        places.reserveCapacity(data.count / 80)
        aliases.reserveCapacity(data.count / 80)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var columns: [String: Int] = [:]
            var position = 0
            var lineNumber = 0
            var cells: [Range<Int>] = []
            cells.reserveCapacity(16)
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            while position < bytes.count {
                lineNumber += 1
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > position && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { position = end + 1 }
                if lineEnd == position || bytes[position] == 0x23 { continue }
                cells.removeAll(keepingCapacity: true)
                var cellStart = position
                for i in position..<lineEnd where bytes[i] == 0x09 {
                    cells.append(cellStart..<i)
                    cellStart = i + 1
                }
                cells.append(cellStart..<lineEnd)
                if columns.isEmpty {
                    for (index, cell) in cells.enumerated() { columns[string(cell)] = index }
                    for name in required where columns[name] == nil {
                        throw GazetteerError(file: file, problem: "missing column \(name)")
                    }
                    continue
                }
                guard cells.count == columns.count else {
                    throw GazetteerError(file: file, line: lineNumber,
                                         problem: "\(cells.count) cells where the header has \(columns.count)")
                }
                let kindText = string(cells[columns["kind"]!])
                guard let kind = Place.Kind(rawValue: kindText) else {
                    throw GazetteerError(file: file, line: lineNumber, problem: "unknown kind \(kindText)")
                }
                let country = cells[columns["country"]!]
                let admin1 = cells[columns["admin1"]!]
                var population = 0
                for i in cells[columns["population"]!] {
                    let digit = Int(bytes[i]) - 0x30
                    guard (0...9).contains(digit) else { break }
                    population = population * 10 + digit
                }
                func coordinate(_ column: String) -> Double? {
                    guard let index = columns[column], !cells[index].isEmpty else { return nil }
                    return Double(string(cells[index]))
                }
                places.append(Place(id: string(cells[columns["id"]!]), name: string(cells[columns["name"]!]),
                                    kind: kind, country: country.isEmpty ? nil : string(country),
                                    admin1: admin1.isEmpty ? nil : string(admin1), population: population))
                if let latitude = coordinate("lat"), let longitude = coordinate("lon") {
                    coordinates += [latitude, longitude]
                } else {
                    coordinates += [.nan, .nan]
                }
                var list: [String] = []
                let aliasCell = cells[columns["aliases"]!]
                var itemStart = aliasCell.lowerBound
                for i in aliasCell.lowerBound...aliasCell.upperBound where i == aliasCell.upperBound || bytes[i] == 0x7C {
                    if i > itemStart { list.append(TSVTable.trimmed(string(itemStart..<i))) }
                    itemStart = i + 1
                }
                aliases.append(list.filter { !$0.isEmpty })
            }
            if columns.isEmpty { throw GazetteerError(file: file, problem: "no header row") }
        }
        return (places, aliases, coordinates)
    }

    /// A name with letters but no lower-case letter (`KP`, `U.S.`, `DRC`, `FATA`) is an
    /// abbreviation; so is a short capitalised name with a full stop (`Ky.`, `Calif.`, `W.Va.`).
    /// Abbreviations match only as written.
    static func isAbbreviation(_ name: String) -> Bool {
        var letters = 0
        var lowercase = false
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { lowercase = true }
            letters += 1
        }
        if !lowercase { return letters > 0 }
        return name.hasSuffix(".") && letters <= 6 && !name.contains(" ")
            && name.unicodeScalars.first.map { $0.properties.isUppercase } == true
    }
}

/// Countries as small numbers, for rules that compare and count them: a two-letter ISO code is
/// its letters' place in the alphabet (`AF` is 5, `ZW` 672), any other code a number after those
/// in the order first met. Numbering is one-to-one, so comparing numbers is comparing codes.
struct CountryNumbering: Sendable {
    private static let twoLetterCount = 26 * 26
    /// The codes that are not two capital letters, in the order numbered.
    private(set) var otherCodes: [String] = []
    private var otherNumbers: [String: Int32] = [:]

    init() {}

    /// The numbering whose other codes are these, in this order (as `otherCodes` gave them).
    init(otherCodes: [String]) {
        for code in otherCodes { _ = number(of: code) }
    }

    /// How many numbers there are: the size of an array indexed by them.
    var count: Int { Self.twoLetterCount + otherCodes.count }

    /// The numbering of the places' countries, and each place's number (-1 for none).
    static func numbers(of places: [Place]) -> (CountryNumbering, [Int32]) {
        var numbering = CountryNumbering()
        let numbers = places.map { place in place.country.map { numbering.number(of: $0) } ?? -1 }
        return (numbering, numbers)
    }

    /// The number of a code, numbering it if it is new.
    private mutating func number(of code: String) -> Int32 {
        let utf8 = code.utf8
        if utf8.count == 2, let first = utf8.first, let last = utf8.last,
           (0x41...0x5A).contains(first), (0x41...0x5A).contains(last) {
            return Int32(first - 0x41) * 26 + Int32(last - 0x41)
        }
        if let known = otherNumbers[code] { return known }
        let number = Int32(Self.twoLetterCount + otherCodes.count)
        otherCodes.append(code)
        otherNumbers[code] = number
        return number
    }

    /// The code of a number.
    func code(_ number: Int32) -> String {
        let index = Int(number)
        if index >= Self.twoLetterCount { return otherCodes[index - Self.twoLetterCount] }
        return String(decoding: [UInt8(0x41 + index / 26), UInt8(0x41 + index % 26)], as: UTF8.self)
    }
}
