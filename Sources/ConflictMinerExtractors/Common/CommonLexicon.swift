import ConflictMinerCore
import Foundation

/// The words several extractors share, kept once in `Gazetteers/lexicons/common/`: the calendar
/// (months and weekdays, with their numbers and short forms), the ordinal words and the demonyms.
/// The first two are in the date tables' format (`word class value flags`): `DateLexicon` reads
/// them whole, the place, casualty and group rules read their words (`words(_:in:)`). The
/// demonyms (`word country flags`) are read by the place and group rules and the event linker
/// (`demonyms(in:)`). A month's new short form or a new nationality is one line here, and every
/// extractor knows it.
public enum CommonLexicon {
    /// The tables of `lexicons/common/`.
    public static let tables = ["calendar", "ordinals", "demonyms"]

    /// A nationality, ethnic or religious word (`Pakistani`, `Hazara`, `Sunni`).
    public struct Demonym: Sendable, Equatable {
        /// Its token keys joined by spaces (`south sudanese`).
        public let word: String
        /// The state a nationality word names (ISO 3166 alpha-2); nil for a people, faith or
        /// region that is no one state.
        public let country: String?
        /// Whether the word is also a place's own name (`Myanmar`), which the place rules keep.
        public let isPlaceName: Bool
    }

    /// The paths of the tables, relative to a gazetteer folder.
    public static let paths = tables.map(path)

    /// The tables in the date format, which `DateLexicon` reads whole.
    package static let dateTables = ["calendar", "ordinals"]

    /// The path of one table, relative to a gazetteer folder.
    package static func path(_ table: String) -> String { "lexicons/common/\(table).tsv" }

    /// The words of one table, each once, in the order of their first rows; a bad row is refused
    /// with its file and line, as `DateLexicon` refuses it.
    static func words(_ table: String, in gazetteers: GazetteerDirectory) throws -> [String] {
        var seen: Set<String> = []
        return try DateLexicon.rows(of: gazetteers.file(path(table))).compactMap { row in
            seen.insert(row.word).inserted ? row.word : nil
        }
    }

    /// The rows of `demonyms.tsv`; a country that is not two capital letters or `-`, or a flag
    /// other than `place`, is refused with its file and line.
    package static func demonyms(in gazetteers: GazetteerDirectory) throws -> [Demonym] {
        let columns = ["word", "country", "flags"]
        let rows = try TSVTable(contentsOf: gazetteers.file(path("demonyms")), requiredColumns: columns).cells(columns) { cells in
            if cells[1] != "-" && !(cells[1].utf8.count == 2 && cells[1].utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }) {
                return "country '\(cells[1])' is not an ISO 3166 alpha-2 code or -"
            }
            return cells[2] == "-" || cells[2] == "place" ? nil : "flags is - or place"
        }
        return rows.map { _, cells in
            Demonym(word: cells[0], country: cells[1] == "-" ? nil : cells[1], isPlaceName: cells[2] == "place")
        }
    }
}
