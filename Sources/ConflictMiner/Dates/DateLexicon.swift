import Foundation

/// One row of the date lexicon.
struct DateWord: Sendable, Hashable {
    enum Class: String, Sendable, CaseIterable {
        case month, weekday, season, decade, hundreds, tens, fiscal, ordinal, modifier, periodPart, deictic, unit, anchor, ago
        case yearCue, monthCue, quantityNoun, countNoun, yearNoun, futureCue, pastCue
        case weekdayBlockBefore, nameAfter, rangeWord, auxiliary, toCue, determiner
    }

    let wordClass: Class
    let value: String
    let flags: Set<String>

    var intValue: Int? { Int(value) }
}

/// The date recognizer's words, as data: `Gazetteers/lexicons/dates/*.tsv` (`calendar`,
/// `ordinals`, `relative`, `context`), each row `word class value flags`. A word may have several
/// rows (`may` is a month with the flag `ambiguous`). Adding a word is one line in one table;
/// the classes are described in `docs/dates.md`.
public struct DateLexicon: Sendable {
    /// The tables of the folder, in the order they are read.
    public static let tables = ["calendar", "ordinals", "relative", "context"]

    let entries: [String: [DateWord]]

    /// The tables of a gazetteer folder (`lexicons/dates/`).
    public init(in gazetteers: GazetteerDirectory) throws {
        try self.init(files: Self.tables.map { gazetteers.file("lexicons/dates/\($0).tsv") })
    }

    /// Reads tables; a row with an unknown class or a missing cell is refused with its file and line.
    public init(files: [URL]) throws {
        var entries: [String: [DateWord]] = [:]
        for url in files {
            let columns = ["word", "class", "value", "flags"]
            let rows = try TSVTable(contentsOf: url, requiredColumns: columns).cells(columns) {
                DateWord.Class(rawValue: $0[1]) == nil ? "unknown class \($0[1])" : nil
            }
            for (_, cells) in rows {
                let flagSet = cells[3] == "-" ? [] : Set(TSVTable.list(cells[3]))
                entries[cells[0], default: []].append(DateWord(wordClass: DateWord.Class(rawValue: cells[1])!, value: cells[2],
                                                               flags: flagSet))
            }
        }
        self.entries = entries
    }

    /// The row of `key` in `wordClass`, if any.
    func word(_ key: String, _ wordClass: DateWord.Class) -> DateWord? {
        entries[key]?.first { $0.wordClass == wordClass }
    }

    func contains(_ key: String, _ wordClass: DateWord.Class) -> Bool {
        word(key, wordClass) != nil
    }
}
