import ConflictMinerCore
import Foundation

/// The casualty words (`Gazetteers/lexicons/casualties/*.tsv`), indexed for matching forwards and backwards.
package struct CasualtyLexicon: Sendable {
    package enum PhraseClass: String, Sendable, CaseIterable {
        case predicate, trigger, nounOf, adjective, including, partitive, nounKind, toll, injuryVerb, injuryNoun

        /// Its position among the cases (a flag's bit).
        var ordinal: UInt64 {
            switch self {
            case .predicate: 0
            case .trigger: 1
            case .nounOf: 2
            case .adjective: 3
            case .including: 4
            case .partitive: 5
            case .nounKind: 6
            case .toll: 7
            case .injuryVerb: 8
            case .injuryNoun: 9
            }
        }
    }

    package struct Flags: OptionSet, Sendable, Hashable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        package static let transitive = Flags(rawValue: 1 << 0)
        package static let weak = Flags(rawValue: 1 << 1)
        package static let strict = Flags(rawValue: 1 << 2)
        package static let lives = Flags(rawValue: 1 << 3)
        package static let reflexive = Flags(rawValue: 1 << 4)

        static let names: [String: Flags] = [
            "transitive": .transitive, "weak": .weak, "strict": .strict, "lives": .lives, "reflexive": .reflexive,
        ]
    }

    package struct Entry: Sendable {
        package let keys: [String]
        package let phraseClass: PhraseClass
        /// nil where the table says `-`: the kind comes from the context.
        package let kind: CasualtyKind?
        package let flags: Flags
    }

    enum WordClass: String, Sendable, CaseIterable {
        case aux, passive, adverb, negator, outcome, gap, relative, insertion, coordination, objectStart, tollPrep
        case date, currency, more, stop, nonPerson, noCount, objectPronoun, speech
        case asManyComparison, partitivePronoun, partitiveDeterminer, possessive, attachingPreposition
        case subjectModifier, predicateJoiner, verbJoiner, reportingCue, nonFinitePassive

        /// Its position among the cases (a flag's bit).
        var ordinal: UInt64 {
            switch self {
            case .aux: 0
            case .passive: 1
            case .adverb: 2
            case .negator: 3
            case .outcome: 4
            case .gap: 5
            case .relative: 6
            case .insertion: 7
            case .coordination: 8
            case .objectStart: 9
            case .tollPrep: 10
            case .date: 11
            case .currency: 12
            case .more: 13
            case .stop: 14
            case .nonPerson: 15
            case .noCount: 16
            case .objectPronoun: 17
            case .speech: 18
            case .asManyComparison: 19
            case .partitivePronoun: 20
            case .partitiveDeterminer: 21
            case .possessive: 22
            case .attachingPreposition: 23
            case .subjectModifier: 24
            case .predicateJoiner: 25
            case .verbJoiner: 26
            case .reportingCue: 27
            case .nonFinitePassive: 28
            }
        }
    }

    package enum GrammaticalNumber: String, Sendable {
        case singular, plural, both
    }

    /// Entries of each phrase class by one of their keys, longest first: a table per class, found
    /// by the class's ordinal (a lookup by class hashed the class's name, at every probe of a scan).
    package struct PhraseIndex: Sendable {
        private var tables = [[String: [Entry]]](repeating: [:], count: PhraseClass.allCases.count)

        /// The entries of a class by key (empty for a class without entries).
        package subscript(phraseClass: PhraseClass) -> [String: [Entry]] {
            get { tables[Int(phraseClass.ordinal)] }
            _modify { yield &tables[Int(phraseClass.ordinal)] }  // (in place: no copy of the table)
        }

        /// The entries of a class with this key (read in place: the class's table is not copied).
        func entries(_ phraseClass: PhraseClass, key: String) -> [Entry]? {
            tables[Int(phraseClass.ordinal)][key]
        }

        /// Each class with its entries by key.
        var classes: [(phraseClass: PhraseClass, table: [String: [Entry]])] {
            PhraseClass.allCases.map { ($0, self[$0]) }
        }
    }

    /// Entries by class and first key, longest first.
    package let byFirst: PhraseIndex
    /// Entries by class and last key, longest first.
    let byLast: PhraseIndex
    /// Victim nouns and their grammatical number (the event linker reads them by key).
    package let victims: [String: GrammaticalNumber]
    /// Every word of the tables, with its flags (`flags(of:)`): its word classes, its number as
    /// a victim noun, whether it starts a phrase that ends a victim noun phrase (predicates,
    /// triggers, …) and which phrase classes it begins or ends.
    private(set) var wordFlags: WordClasses<WordFlags>

    /// The tables of a gazetteer folder's `lexicons/casualties/`.
    static let tables = ["phrases", "words", "victims"]

    /// The casualty words of a gazetteer folder (`lexicons/casualties/*.tsv`), with the calendar
    /// words of `lexicons/common/` as the class `date`.
    package init(in gazetteers: GazetteerDirectory) throws {
        let url = { (name: String) in gazetteers.file("lexicons/casualties/\(name).tsv") }
        try self.init(phrases: url("phrases"), words: url("words"), victims: url("victims"),
                      dates: CommonLexicon.words("calendar", in: gazetteers))
    }

    /// Reads the three tables (`phrase class kind flags`, `word class`, `word number`, each
    /// described in its file's header); a row with an unknown class, kind, flag or number is
    /// refused with its file and line. `dates` are words of the class `date` besides the table's.
    init(phrases phrasesFile: URL, words wordsFile: URL, victims victimsFile: URL, dates: [String]) throws {
        var byFirst = PhraseIndex()
        var byLast = PhraseIndex()
        var starts: Set<String> = []
        let phraseColumns = ["phrase", "class", "kind", "flags"]
        let phraseRows = try TSVTable(contentsOf: phrasesFile, requiredColumns: phraseColumns).cells(phraseColumns) { cells in
            if PhraseClass(rawValue: cells[1]) == nil { return "unknown class \(cells[1])" }
            if cells[2] != "-" && CasualtyKind(rawValue: cells[2]) == nil { return "unknown kind \(cells[2]) (killed, injured, abducted or -)" }
            let unknown = cells[3].split(separator: "|").first { $0 != "-" && Flags.names[String($0)] == nil }
            return unknown.map { "unknown flag \($0)" }
        }
        for (_, cells) in phraseRows {
            let keys = cells[0].split(separator: " ").map(String.init)
            let phraseClass = PhraseClass(rawValue: cells[1])!
            let kind = cells[2] == "-" ? nil : CasualtyKind(rawValue: cells[2])
            var flags: Flags = []
            for name in cells[3].split(separator: "|") where name != "-" { flags.insert(Flags.names[String(name)]!) }
            let entry = Entry(keys: keys, phraseClass: phraseClass, kind: kind, flags: flags)
            byFirst[phraseClass][keys[0], default: []].append(entry)
            byLast[phraseClass][keys[keys.count - 1], default: []].append(entry)
            switch phraseClass {
            case .predicate, .trigger, .adjective, .including, .injuryVerb: starts.insert(keys[0])
            default: break
            }
        }
        for (phraseClass, table) in byFirst.classes {
            byFirst[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        for (phraseClass, table) in byLast.classes {
            byLast[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        var words: [String: Set<WordClass>] = [:]
        for word in dates { words[word, default: []].insert(.date) }
        for (_, cells) in try TSVTable(contentsOf: wordsFile, requiredColumns: ["word", "class"]).cells(["word", "class"], problem: {
            WordClass(rawValue: $0[1]) == nil ? "unknown class \($0[1])" : nil
        }) {
            words[cells[0], default: []].insert(WordClass(rawValue: cells[1])!)
        }
        var victims: [String: GrammaticalNumber] = [:]
        for (_, cells) in try TSVTable(contentsOf: victimsFile, requiredColumns: ["word", "number"]).cells(["word", "number"], problem: {
            GrammaticalNumber(rawValue: $0[1]) == nil ? "number is singular, plural or both" : nil
        }) {
            victims[cells[0]] = GrammaticalNumber(rawValue: cells[1])
        }
        self.byFirst = byFirst
        self.byLast = byLast
        self.victims = victims
        var wordFlags = WordClasses<WordFlags>()
        for (word, classes) in words {
            wordFlags.add(WordFlags(classes.map(WordFlags.init)), to: [word])
        }
        for (word, number) in victims {
            wordFlags.add(WordFlags(number), to: [word])
        }
        wordFlags.add(.phraseStart, to: starts)
        for (phraseClass, table) in byFirst.classes {
            wordFlags.add(WordFlags(starting: phraseClass), to: table.keys)
        }
        for (phraseClass, table) in byLast.classes {
            wordFlags.add(WordFlags(ending: phraseClass), to: table.keys)
        }
        self.wordFlags = wordFlags
    }

    /// The flags of every token of a text (none for a word the tables do not have).
    func flags(of text: AnalyzedText) -> TokenClasses<WordFlags> {
        wordFlags.classes(of: text)
    }

    /// The same tables over another vocabulary (`Extractor.sharing(_:)`).
    func sharing(_ shared: inout Vocabulary) -> CasualtyLexicon {
        var copy = self
        copy.wordFlags = wordFlags.sharing(&shared)
        return copy
    }

    /// What the tables say of a word, as one set of flags: its word classes, its number as a
    /// victim noun, whether it starts a phrase that ends a victim noun phrase (`phraseStarts`),
    /// and the phrase classes it begins or ends an entry of.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt64

        init(rawValue: UInt64) { self.rawValue = rawValue }

        /// Where each group of bits begins: word classes from 0, victim numbers and the phrase
        /// start from 32, phrase classes' first words from 36 and their last words from 50.
        static let victimBit: UInt64 = 32, firstWordBit: UInt64 = 36, lastWordBit: UInt64 = 50

        /// The flag of a word class (bits 0–31).
        init(_ wordClass: WordClass) {
            rawValue = 1 << wordClass.ordinal
        }

        /// A victim noun of this number (bits 32–34).
        init(_ number: GrammaticalNumber) {
            switch number {
            case .singular: self = .singularVictim
            case .plural: self = .pluralVictim
            case .both: self = .victimOfEitherNumber
            }
        }

        /// The first word of an entry of the class (bits 36–49).
        init(starting phraseClass: PhraseClass) {
            rawValue = 1 << (Self.firstWordBit + phraseClass.ordinal)
        }

        /// The last word of an entry of the class (bits 50–63).
        init(ending phraseClass: PhraseClass) {
            rawValue = 1 << (Self.lastWordBit + phraseClass.ordinal)
        }

        static let singularVictim = WordFlags(rawValue: 1 << victimBit)
        static let pluralVictim = WordFlags(rawValue: 1 << (victimBit + 1))
        static let victimOfEitherNumber = WordFlags(rawValue: 1 << (victimBit + 2))
        static let anyVictim: WordFlags = [.singularVictim, .pluralVictim, .victimOfEitherNumber]
        static let phraseStart = WordFlags(rawValue: 1 << (victimBit + 3))

        /// The number of a victim noun, if the word is one.
        var victimNumber: GrammaticalNumber? {
            if contains(.singularVictim) { return .singular }
            if contains(.pluralVictim) { return .plural }
            if contains(.victimOfEitherNumber) { return .both }
            return nil
        }
    }
}
