import ConflictMinerCore
import Foundation

/// Short codes of first-level divisions that name one only right after a town of it: ISO 3166-2
/// codes (`Austin, TX`, `Lucknow, UP`, `Peshawar, KP`) and press abbreviations (`Kelowna, B.C.`,
/// `Tupelo, Miss.`), from `Gazetteers/lexicons/subdivision-codes.tsv` (built by
/// `Scripts/gazetteers/build_codes.py`). `PlaceExtractor.readCodes` uses them.
public struct SubdivisionCodes: Sendable {
    /// The gazetteer's admin1 places by code, as written (case and full stops count).
    private let places: [String: [Int]]

    /// No codes.
    public init() {
        places = [:]
    }

    /// The table of a gazetteer folder (`lexicons/subdivision-codes.tsv`), or no codes where the
    /// folder has none (a folder of one's own may hold only `places.tsv` and `groups.tsv`).
    public init(in gazetteers: GazetteerDirectory, places gazetteer: PlaceGazetteer) throws {
        let url = gazetteers.file("lexicons/subdivision-codes.tsv")
        if FileManager.default.fileExists(atPath: url.path) {
            try self.init(contentsOf: url, places: gazetteer)
        } else {
            self.init()
        }
    }

    /// Reads `code id` rows; each id must be an admin1 place of the gazetteer.
    public init(contentsOf url: URL, places gazetteer: PlaceGazetteer) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["code", "id"])
        let codeColumn = table.column("code"), idColumn = table.column("id")
        var admin1: [String: Int] = [:]
        // (by index: copying 150,000 places out of the array costs milliseconds at start-up)
        let all = gazetteer.places
        for index in all.indices where all[index].kind == .admin1 { admin1[all[index].id] = index }
        var places: [String: [Int]] = [:]
        for row in table.rows {
            let code = row.cells[codeColumn], id = row.cells[idColumn]
            guard !code.isEmpty, let place = admin1[id] else {
                throw GazetteerError(file: url.path, line: row.line,
                                     problem: "a row needs a code and the id of a first-level division in places.tsv")
            }
            places[code, default: []].append(place)
        }
        self.places = places
    }

    /// The admin1 places (indexes into the gazetteer's `places`) a code may name.
    public func places(for code: String) -> [Int] { places[code] ?? [] }
    public var isEmpty: Bool { places.isEmpty }
}
