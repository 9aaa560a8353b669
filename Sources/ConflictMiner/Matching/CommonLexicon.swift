import Foundation

/// The words several extractors share, kept once in `Gazetteers/lexicons/common/`: the calendar
/// (months and weekdays, with their numbers and short forms) and the ordinal words. Their rows are
/// the date tables' (`word class value flags`): `DateLexicon` reads them whole, the place,
/// casualty and group rules read their words (`words(_:in:)`). A month's new short form is one
/// line here, and every extractor knows it.
public enum CommonLexicon {
    /// The tables of `lexicons/common/`.
    public static let tables = ["calendar", "ordinals"]

    /// The paths of the tables, relative to a gazetteer folder.
    public static let paths = tables.map(path)

    /// The path of one table, relative to a gazetteer folder.
    static func path(_ table: String) -> String { "lexicons/common/\(table).tsv" }

    /// The words of one table, each once, in the order of their first rows; a bad row is refused
    /// with its file and line, as `DateLexicon` refuses it.
    static func words(_ table: String, in gazetteers: GazetteerDirectory) throws -> [String] {
        var seen: Set<String> = []
        return try DateLexicon.rows(of: gazetteers.file(path(table))).compactMap { seen.insert($0.word).inserted ? $0.word : nil }
    }
}
