import Foundation

/// What a casualty count reports: deaths, injuries or abductions (the spec's `Kind`).
public enum CasualtyKind: String, Sendable, Hashable {
    case killed, injured, abducted
}

/// The casualty words (`Gazetteers/lexicons/casualties/*.tsv`), indexed for matching forwards and backwards.
struct CasualtyLexicon: Sendable {
    enum PhraseClass: String, Sendable {
        case predicate, trigger, nounOf, adjective, including, partitive, nounKind, toll, injuryVerb, injuryNoun
    }

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let transitive = Flags(rawValue: 1 << 0)
        static let weak = Flags(rawValue: 1 << 1)
        static let strict = Flags(rawValue: 1 << 2)
        static let lives = Flags(rawValue: 1 << 3)
        static let reflexive = Flags(rawValue: 1 << 4)

        static let names: [String: Flags] = [
            "transitive": .transitive, "weak": .weak, "strict": .strict, "lives": .lives, "reflexive": .reflexive,
        ]
    }

    struct Entry: Sendable {
        let keys: [String]
        let phraseClass: PhraseClass
        /// nil where the table says `-`: the kind comes from the context.
        let kind: CasualtyKind?
        let flags: Flags
    }

    enum WordClass: String, Sendable {
        case aux, passive, adverb, negator, outcome, gap, relative, insertion, coordination, objectStart, tollPrep
        case date, currency, more, stop, nonPerson, noCount, objectPronoun
    }

    enum GrammaticalNumber: String, Sendable {
        case singular, plural, both
    }

    /// Entries by class and first key, longest first.
    let byFirst: [PhraseClass: [String: [Entry]]]
    /// Entries by class and last key, longest first.
    let byLast: [PhraseClass: [String: [Entry]]]
    let words: [String: Set<WordClass>]
    let victims: [String: GrammaticalNumber]
    /// First keys of phrases that end a victim noun phrase (predicates, triggers, …).
    let phraseStarts: Set<String>

    /// The tables of a gazetteer folder's `lexicons/casualties/`.
    static let tables = ["phrases", "words", "victims"]

    /// The casualty words of a gazetteer folder (`lexicons/casualties/*.tsv`).
    init(in gazetteers: GazetteerDirectory) throws {
        let url = { (name: String) in gazetteers.file("lexicons/casualties/\(name).tsv") }
        try self.init(phrases: url("phrases"), words: url("words"), victims: url("victims"))
    }

    /// Reads the three tables (`phrase class kind flags`, `word class`, `word number`, each
    /// described in its file's header); a row with an unknown class, kind, flag or number is
    /// refused with its file and line.
    init(phrases phrasesFile: URL, words wordsFile: URL, victims victimsFile: URL) throws {
        var byFirst: [PhraseClass: [String: [Entry]]] = [:]
        var byLast: [PhraseClass: [String: [Entry]]] = [:]
        var starts: Set<String> = []
        let phraseTable = try TSVTable(contentsOf: phrasesFile, requiredColumns: ["phrase", "class", "kind", "flags"])
        for row in phraseTable.rows {
            func refuse(_ problem: String) -> GazetteerError { GazetteerError(file: phrasesFile.path, line: row.line, problem: problem) }
            let cells = row.cells
            let keys = cells[phraseTable.column("phrase")].split(separator: " ").map(String.init)
            guard !keys.isEmpty else { throw refuse("a row needs a phrase") }
            guard let phraseClass = PhraseClass(rawValue: cells[phraseTable.column("class")]) else {
                throw refuse("unknown class \(cells[phraseTable.column("class")])")
            }
            let kindCell = cells[phraseTable.column("kind")]
            let kind = kindCell == "-" ? nil : CasualtyKind(rawValue: kindCell)
            if kindCell != "-" && kind == nil { throw refuse("unknown kind \(kindCell) (killed, injured, abducted or -)") }
            var flags: Flags = []
            for name in cells[phraseTable.column("flags")].split(separator: "|") where name != "-" {
                guard let flag = Flags.names[String(name)] else { throw refuse("unknown flag \(name)") }
                flags.insert(flag)
            }
            let entry = Entry(keys: keys, phraseClass: phraseClass, kind: kind, flags: flags)
            byFirst[phraseClass, default: [:]][keys[0], default: []].append(entry)
            byLast[phraseClass, default: [:]][keys[keys.count - 1], default: []].append(entry)
            switch phraseClass {
            case .predicate, .trigger, .adjective, .including, .injuryVerb: starts.insert(keys[0])
            default: break
            }
        }
        for (phraseClass, table) in byFirst {
            byFirst[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        for (phraseClass, table) in byLast {
            byLast[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        var words: [String: Set<WordClass>] = [:]
        let wordTable = try TSVTable(contentsOf: wordsFile, requiredColumns: ["word", "class"])
        for row in wordTable.rows {
            let word = row.cells[wordTable.column("word")]
            guard !word.isEmpty, let wordClass = WordClass(rawValue: row.cells[wordTable.column("class")]) else {
                throw GazetteerError(file: wordsFile.path, line: row.line, problem: "a row needs a word and a known class")
            }
            words[word, default: []].insert(wordClass)
        }
        var victims: [String: GrammaticalNumber] = [:]
        let victimTable = try TSVTable(contentsOf: victimsFile, requiredColumns: ["word", "number"])
        for row in victimTable.rows {
            let word = row.cells[victimTable.column("word")]
            guard !word.isEmpty, let number = GrammaticalNumber(rawValue: row.cells[victimTable.column("number")]) else {
                throw GazetteerError(file: victimsFile.path, line: row.line,
                                     problem: "a row needs a word and singular, plural or both")
            }
            victims[word] = number
        }
        self.byFirst = byFirst
        self.byLast = byLast
        self.words = words
        self.victims = victims
        self.phraseStarts = starts
    }

    func has(_ key: String, _ wordClass: WordClass) -> Bool {
        words[key]?.contains(wordClass) ?? false
    }
}
