import ConflictMinerCore
import Foundation

/// One row of the date lexicon.
struct DateWord: Sendable, Hashable {
    enum Class: String, Sendable, CaseIterable {
        case month, weekday, season, decade, hundreds, tens, fiscal, ordinal, modifier, periodPart, deictic, unit, anchor, ago
        case yearCue, monthCue, quantityNoun, countNoun, yearNoun, futureCue, pastCue
        case weekdayBlockBefore, nameAfter, rangeWord, auxiliary, toCue, determiner
        case durationDeterminer, seasonBlock, changeWord, codeWord

        /// Its position among the cases (its bit in `Classes`).
        var ordinal: UInt32 {
            switch self {
            case .month: 0
            case .weekday: 1
            case .season: 2
            case .decade: 3
            case .hundreds: 4
            case .tens: 5
            case .fiscal: 6
            case .ordinal: 7
            case .modifier: 8
            case .periodPart: 9
            case .deictic: 10
            case .unit: 11
            case .anchor: 12
            case .ago: 13
            case .yearCue: 14
            case .monthCue: 15
            case .quantityNoun: 16
            case .countNoun: 17
            case .yearNoun: 18
            case .futureCue: 19
            case .pastCue: 20
            case .weekdayBlockBefore: 21
            case .nameAfter: 22
            case .rangeWord: 23
            case .auxiliary: 24
            case .toCue: 25
            case .determiner: 26
            case .durationDeterminer: 27
            case .seasonBlock: 28
            case .changeWord: 29
            case .codeWord: 30
            }
        }
    }

    /// Classes as flags: the classes a word has rows in.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt32

        init(rawValue: UInt32) { self.rawValue = rawValue }

        init(_ wordClass: Class) {
            rawValue = 1 << wordClass.ordinal
        }
    }

    let wordClass: Class
    let value: String
    let flags: Set<String>

    var intValue: Int? { Int(value) }
}

/// The date recognizer's words, as data: the shared calendar and ordinal words
/// (`Gazetteers/lexicons/common/`, `CommonLexicon`) and `Gazetteers/lexicons/dates/*.tsv`
/// (`calendar`, `relative`, `context`), each row `word class value flags`. A word may have several
/// rows (`may` is a month with the flag `ambiguous`). Adding a word is one line in one table;
/// the classes are described in `docs/dates.md`.
public struct DateLexicon: Sendable {
    /// The tables of the folder, in the order they are read (after the common ones).
    public static let tables = ["calendar", "relative", "context"]

    let entries: [String: [DateWord]]
    /// Every word of the tables, with the classes it has rows in (`classes(of:)`).
    private(set) var wordClasses = WordClasses<DateWord.Classes>()

    /// The common tables and those of `lexicons/dates/` of a gazetteer folder.
    public init(in gazetteers: GazetteerDirectory) throws {
        let paths = CommonLexicon.dateTables.map(CommonLexicon.path) + Self.tables.map { "lexicons/dates/\($0).tsv" }
        try self.init(files: paths.map(gazetteers.file))
    }

    /// Reads tables; a row with an unknown class or a missing cell is refused with its file and line.
    public init(files: [URL]) throws {
        var entries: [String: [DateWord]] = [:]
        for url in files {
            for (word, row) in try Self.rows(of: url) { entries[word, default: []].append(row) }
        }
        self.entries = entries
        for (word, rows) in entries {
            wordClasses.add(DateWord.Classes(rows.map { DateWord.Classes($0.wordClass) }), to: [word])
        }
    }

    /// The rows of one table in the date format, in order; a row with an unknown class or a
    /// missing cell is refused with its file and line.
    static func rows(of url: URL) throws -> [(word: String, row: DateWord)] {
        let columns = ["word", "class", "value", "flags"]
        let rows = try TSVTable(contentsOf: url, requiredColumns: columns).cells(columns) {
            DateWord.Class(rawValue: $0[1]) == nil ? "unknown class \($0[1])" : nil
        }
        return rows.map { _, cells in
            let flags = cells[3] == "-" ? [] : Set(TSVTable.list(cells[3]))
            return (cells[0], DateWord(wordClass: DateWord.Class(rawValue: cells[1])!, value: cells[2], flags: flags))
        }
    }

    /// The lexicon with its tables over another vocabulary (`Extractor.sharing(_:)`).
    func sharing(_ shared: inout Vocabulary) -> DateLexicon {
        var copy = self
        copy.wordClasses = wordClasses.sharing(&shared)
        return copy
    }

    /// The classes of every token's word (none for whitespace and words not in the tables).
    func classes(of text: AnalyzedText) -> TokenClasses<DateWord.Classes> {
        wordClasses.classes(of: text)
    }

    /// The row of `key` in `wordClass`, if any.
    func word(_ key: String, _ wordClass: DateWord.Class) -> DateWord? {
        entries[key]?.first { $0.wordClass == wordClass }
    }

    func contains(_ key: String, _ wordClass: DateWord.Class) -> Bool {
        word(key, wordClass) != nil
    }
}
