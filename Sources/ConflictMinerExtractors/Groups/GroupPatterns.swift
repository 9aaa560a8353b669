import ConflictMinerCore

/// The word lists behind the group-name patterns, as data: `Gazetteers/lexicons/groups/*.tsv`,
/// each file's header saying how its table is used. Adding a head word, a prefix or an exclusion
/// is one line in a table, not an edit to the rules in `GroupNameRules.swift`.
///
/// Every word is matched on its folded key (`AnalyzedText.keys` after `PhraseMatcher.matchKey`): lower case,
/// no diacritics, no inner apostrophes, Arabic/Urdu particles folded (`ul`/`ud`/`al` → `al`,
/// `i`/`e` → `e`). Write entries in plain lower case; the loader folds them the same way.
/// `docs/groups.md` describes how each table is used.
public struct GroupPatterns: Sendable {
    /// The tables, held once: the group rules keep the patterns in their per-document values,
    /// and a copy is then one reference instead of one for each table.
    private final class Box: Sendable {
        let storage: Storage
        init(_ storage: Storage) { self.storage = storage }
    }

    private let box: Box
    var storage: Storage { _read { yield box.storage } }

}

extension GroupPatterns {
    /// How a prefix opens a name (`prefixes.tsv`).
    enum PrefixNeed: String, Sendable { case particle, name, none }

    /// How the words before a named head are taken (`named-heads.tsv`).
    struct NamedHead: Sendable {
        let demonymOnly: Bool
        let maxWords: Int
        let stateOK: Bool
    }

    /// One qualifier row (`qualifiers.tsv`).
    struct Qualifier: Sendable {
        let heads: Set<String>
        let needsName: Bool
        let stateOK: Bool
    }
}

/// What the pattern tables say of a word (its key without inner apostrophes), as flags over the
/// shared vocabulary: the rules test a token with one load and read a table only for a word
/// that is in it.
struct GroupWordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// A prefix (`prefixes.tsv`), or a particle form whose folded form is one.
    static let prefix = GroupWordFlags(rawValue: 1 << 0)
    /// A qualifier (`qualifiers.tsv`), and a head word one of them takes.
    static let qualifier = GroupWordFlags(rawValue: 1 << 1)
    static let qualifiedHead = GroupWordFlags(rawValue: 1 << 2)
    static let namedHead = GroupWordFlags(rawValue: 1 << 3)
    static let stop = GroupWordFlags(rawValue: 1 << 4)
    static let unit = GroupWordFlags(rawValue: 1 << 5)
    static let nonGroup = GroupWordFlags(rawValue: 1 << 6)
    /// A state's name or demonym (`states.tsv`, and the nationality words of
    /// `common/demonyms.tsv`), and one whose row says `state`.
    static let state = GroupWordFlags(rawValue: 1 << 7)
    static let stateName = GroupWordFlags(rawValue: 1 << 8)
    /// A small word a title-case headline may leave in lower case (matched on the token's key).
    static let headlineSmallWord = GroupWordFlags(rawValue: 1 << 9)
    /// A particle that joins a name with spaces alone, a word that makes a name after a group its
    /// faction, a word that makes a name after `Islamic State's` its province (token keys).
    static let spacedParticle = GroupWordFlags(rawValue: 1 << 10)
    static let factionWord = GroupWordFlags(rawValue: 1 << 11)
    static let provinceDesignator = GroupWordFlags(rawValue: 1 << 12)
    /// A word of a name that its acronym may leave out (`acronym-skip-words.tsv`, token keys).
    static let acronymSkip = GroupWordFlags(rawValue: 1 << 13)
    /// A lower-case word allowed inside a proper name (`name-particles.tsv`, token keys as they are).
    static let nameParticle = GroupWordFlags(rawValue: 1 << 14)
    /// A word a possessive may follow inside a name (`possessive-name-words.tsv`: `People's`).
    static let possessiveNameWord = GroupWordFlags(rawValue: 1 << 15)
}

extension GroupPatterns {
    /// The flags of every word of the tables, over `vocabulary` and the words it gains.
    func wordFlags(over vocabulary: Vocabulary) -> WordClasses<GroupWordFlags> {
        var flags = WordClasses<GroupWordFlags>(vocabulary: vocabulary)
        flags.add(.prefix, to: prefixes.keys)
        flags.add(.prefix, to: Particle.forms.filter { prefixes[PhraseMatcher<Int>.matchKey($0)] != nil })
        flags.add(.qualifier, to: qualifiers.keys)
        flags.add(.qualifiedHead, to: qualifiers.values.flatMap(\.heads))
        flags.add(.namedHead, to: namedHeads.keys)
        flags.add(.stop, to: stopWords)
        flags.add(.unit, to: unitWords)
        flags.add(.nonGroup, to: nonGroupWords)
        flags.add(.state, to: states.keys)
        flags.add(.stateName, to: states.filter { $0.value == "state" }.keys)
        flags.add(.headlineSmallWord, to: headlineSmallWords)
        flags.add(.spacedParticle, to: spacedParticles)
        flags.add(.factionWord, to: factionWords)
        flags.add(.provinceDesignator, to: provinceDesignators)
        flags.add(.acronymSkip, to: acronymSkipWords)
        flags.add(.nameParticle, to: nameParticles)
        flags.add(.possessiveNameWord, to: possessiveNameWords)
        return flags
    }
}

extension GroupPatterns {
    var prefixes: [String: PrefixNeed] { storage.prefixes }
    var qualifiers: [String: Qualifier] { storage.qualifiers }
    var namedHeads: [String: NamedHead] { storage.namedHeads }
    var unitWords: Set<String> { storage.unitWords }
    var groupWords: Set<String> { storage.groupWords }
    var cueWords: Set<String> { storage.cueWords }
    var nonGroupWords: Set<String> { storage.nonGroupWords }
    var states: [String: String] { storage.states }
    /// Province names as key sequences (`["west", "africa"]`).
    var stateProvinces: [[String]] { storage.stateProvinces }
    /// The Islamic State's short names as written (`IS`, `Daesh`), which may go on with a province.
    var stateShortNames: Set<String> { storage.stateShortNames }
    /// Their keys (`is`, `daesh`), to look up in each document.
    var stateShortNameProbes: [KeyProbe] { storage.stateShortNameProbes }
    var stopWords: Set<String> { storage.stopWords }
    var wordAcronyms: Set<String> { storage.wordAcronyms }
    var ambiguousAcronyms: Set<String> { storage.ambiguousAcronyms }
    var conflictWords: Set<String> { storage.conflictWords }
    var headlineSmallWords: Set<String> { storage.headlineSmallWords }
    var spacedParticles: Set<String> { storage.spacedParticles }
    var factionWords: Set<String> { storage.factionWords }
    var provinceDesignators: Set<String> { storage.provinceDesignators }
    var acronymSkipWords: Set<String> { storage.acronymSkipWords }
    var nameParticles: Set<String> { storage.nameParticles }
    var possessiveNameWords: Set<String> { storage.possessiveNameWords }
    /// Words too generic to tie a new spelling to a gazetteer group through a shared acronym.
    var acronymGenericWords: Set<String> { storage.acronymGenericWords }
    /// Excluded names (as written; tokenized by the gazetteer's analyzer when matched).
    var exclusions: [String] { storage.exclusions }

    struct Storage: Sendable {
        var prefixes: [String: PrefixNeed] = [:]
        var qualifiers: [String: Qualifier] = [:]
        var namedHeads: [String: NamedHead] = [:]
        var unitWords: Set<String> = []
        var groupWords: Set<String> = []
        var cueWords: Set<String> = []
        var nonGroupWords: Set<String> = []
        var states: [String: String] = [:]
        var stateProvinces: [[String]] = []
        var stateShortNames: Set<String> = []
        var stateShortNameProbes: [KeyProbe] = []
        var stopWords: Set<String> = []
        var wordAcronyms: Set<String> = []
        var ambiguousAcronyms: Set<String> = []
        var conflictWords: Set<String> = []
        var headlineSmallWords: Set<String> = []
        var spacedParticles: Set<String> = []
        var factionWords: Set<String> = []
        var provinceDesignators: Set<String> = []
        var acronymSkipWords: Set<String> = []
        var nameParticles: Set<String> = []
        var possessiveNameWords: Set<String> = []
        var acronymGenericWords: Set<String> = []
        var exclusions: [String] = []
    }

    /// Folds a table word the way `GroupNameRules.wordKey` folds a token: lower case, without
    /// apostrophes (`kata'ib` → `kataib`). Particles are not folded here.
    static func fold(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "'" && $0 != "\u{2019}" })
    }

    /// The tables of a gazetteer folder's `lexicons/groups/`.
    public static let tables = ["prefixes", "qualifiers", "named-heads", "unit-words", "group-words", "cue-words",
                                "non-group-words", "states", "state-provinces", "state-short-names", "stop-words", "word-acronyms",
                                "ambiguous-acronyms", "conflict-words", "headline-small-words", "spaced-particles",
                                "faction-words", "province-designators", "acronym-skip-words",
                                "acronym-generic-words", "name-particles", "possessive-name-words", "exclusions"]

    /// The patterns of a gazetteer folder (`lexicons/groups/*.tsv`). A row with a missing cell or
    /// a value its column does not allow is refused with its file and line.
    public init(in gazetteers: GazetteerDirectory) throws {
        var s = Storage()
        /// The cells of one table's `columns`, each row checked.
        func rows(_ name: String, _ columns: [String], _ check: ([String]) -> String? = { _ in nil }) throws -> [[String]] {
            try TSVTable(contentsOf: gazetteers.file("lexicons/groups/\(name).tsv"), requiredColumns: columns)
                .cells(columns, problem: check).map(\.cells)
        }
        func yesNo(_ cell: String) -> Bool { cell == "yes" || cell == "no" }
        for row in try rows("prefixes", ["prefix", "needs"], { PrefixNeed(rawValue: $0[1]) == nil ? "needs is particle, name or none" : nil }) {
            s.prefixes[Self.fold(row[0])] = PrefixNeed(rawValue: row[1])
        }
        for row in try rows("qualifiers", ["qualifier", "heads", "needs-name", "state-ok"], {
            !yesNo($0[2]) || !yesNo($0[3]) ? "needs-name and state-ok are yes or no" : nil
        }) {
            s.qualifiers[Self.fold(row[0])] = Qualifier(heads: Set(row[1].split(separator: " ").map { Self.fold(String($0)) }),
                                                        needsName: row[2] == "yes", stateOK: row[3] == "yes")
        }
        for row in try rows("named-heads", ["head", "left", "max", "state-ok"], {
            !["name", "demonym"].contains($0[1]) || Int($0[2]) == nil || !yesNo($0[3]) ? "left is name or demonym, max a number, state-ok yes or no" : nil
        }) {
            s.namedHeads[Self.fold(row[0])] = NamedHead(demonymOnly: row[1] == "demonym", maxWords: Int(row[2]) ?? 0,
                                                        stateOK: row[3] == "yes")
        }
        s.unitWords = Set(try rows("unit-words", ["word"]).map { Self.fold($0[0]) }
                          + CommonLexicon.words("ordinals", in: gazetteers))
        s.groupWords = Set(try rows("group-words", ["word"]).map { Self.fold($0[0]) })
        s.cueWords = Set(try rows("cue-words", ["word"]).map { Self.fold($0[0]) })
        s.nonGroupWords = Set(try rows("non-group-words", ["word"]).map { Self.fold($0[0]) })
        for row in try rows("states", ["word", "kind"]) {
            s.states[Self.fold(row[0])] = row[1]
        }
        // a nationality word (one with a country) is a state's demonym
        for demonym in try CommonLexicon.demonyms(in: gazetteers) where demonym.country != nil {
            let key = Self.fold(demonym.word)
            if s.states[key] == nil { s.states[key] = "state" }
        }
        s.stateProvinces = try rows("state-provinces", ["province"]).map { row in
            row[0].split(separator: " ").map { Self.fold(String($0)) }
        }
        s.stateShortNames = Set(try rows("state-short-names", ["name"]).map { $0[0] })
        s.stateShortNameProbes = Set(s.stateShortNames.map(Self.fold)).sorted().map(KeyProbe.init)
        s.stopWords = Set(try rows("stop-words", ["word"]).map { Self.fold($0[0]) }
                          + CommonLexicon.words("calendar", in: gazetteers))
        s.wordAcronyms = Set(try rows("word-acronyms", ["acronym"]).map { $0[0] })
        s.ambiguousAcronyms = Set(try rows("ambiguous-acronyms", ["acronym"]).map { $0[0] })
        s.conflictWords = Set(try rows("conflict-words", ["word"]).map { Self.fold($0[0]) })
        s.headlineSmallWords = Set(try rows("headline-small-words", ["word"]) {
            $0[0].utf8.count > 2 && $0[0].contains("'") ? "a word longer than two characters cannot hold an apostrophe" : nil
        }.map { $0[0] })
        s.spacedParticles = Set(try rows("spaced-particles", ["word"]).map { Self.fold($0[0]) })
        s.factionWords = Set(try rows("faction-words", ["word"]).map { Self.fold($0[0]) })
        s.provinceDesignators = Set(try rows("province-designators", ["word"]).map { Self.fold($0[0]) })
        s.acronymSkipWords = Set(try rows("acronym-skip-words", ["word"]).map { Self.fold($0[0]) })
        s.acronymGenericWords = Set(try rows("acronym-generic-words", ["word"]).map { Self.fold($0[0]) })
        // matched on token keys as they are: not folded (`'s` keeps its apostrophe)
        s.nameParticles = Set(try rows("name-particles", ["word"]).map { $0[0].lowercased() })
        s.possessiveNameWords = Set(try rows("possessive-name-words", ["word"]).map { Self.fold($0[0]) })
        s.exclusions = try rows("exclusions", ["name"]).map { $0[0] }
        box = Box(s)
    }
}
