import ConflictMinerCore
import Foundation

/// Given names and surnames (`Gazetteers/lexicons/people.tsv`, built by
/// `Scripts/gazetteers/build_people.py` from the US Census name lists). A name on the list is
/// evidence of a person only in context: a town that shares it is a person after a title
/// (`President Lincoln`), before a speech verb (`Lincoln told reporters`) or before an age
/// (`Moore, 45,`); see `PlaceExtractor.isPerson`.
public struct PersonNames: Sendable {
    private let keys: Set<String>
    private let givenKeys: Set<String>

    /// No names: the person rules then rest on titles and ages alone.
    public init() {
        keys = []
        givenKeys = []
    }

    /// The list of a gazetteer folder (`lexicons/people.tsv`), or no names where the folder has
    /// none (a folder of one's own may hold only `places.tsv` and `groups.tsv`).
    public init(in gazetteers: GazetteerDirectory) throws {
        let url = gazetteers.file("lexicons/people.tsv")
        if FileManager.default.fileExists(atPath: url.path) {
            try self.init(contentsOf: url)
        } else {
            self.init()
        }
    }

    /// Reads `name kind` rows; `kind` must be `given` or `surname`.
    public init(contentsOf url: URL) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["name", "kind"])
        let name = table.column("name"), kind = table.column("kind")
        var keys = Set<String>(), givenKeys = Set<String>()
        for row in table.rows {
            guard ["given", "surname"].contains(row.cells[kind]), !row.cells[name].isEmpty else {
                throw GazetteerError(file: url.path, line: row.line,
                                     problem: "a row needs a name and the kind 'given' or 'surname'")
            }
            keys.insert(row.cells[name])
            if row.cells[kind] == "given" { givenKeys.insert(row.cells[name]) }
        }
        self.keys = keys
        self.givenKeys = givenKeys
    }

    public func contains(_ key: String) -> Bool { keys.contains(key) }
    /// A given name (`dana`, `mark`), whatever else the word is.
    public func isGivenName(_ key: String) -> Bool { givenKeys.contains(key) }
    public var count: Int { keys.count }
    /// Every name, and the given names alone: the extractor keeps them as word classes
    /// (`PlaceWordClass.listedName`, `.givenName`), one flag a word.
    var names: Set<String> { keys }
    var givenNames: Set<String> { givenKeys }
}
