import ConflictMinerCore
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// The event linker's vocabulary, read from `lexicons/events.tsv` in the gazetteer folder: what
/// names an incident and of which ACLED sub-event type, what makes a place the location of one,
/// what makes a group its perpetrator or claimant, how victims are classed, which words name
/// state forces, and the countries of nationality words. Keys are the analyzer's token keys
/// (lower case, `'` for apostrophes); a phrase is a sequence of token keys.
public struct EventLexicon: Sendable {
    /// Victim classes: counts of different classes in one incident add up (`two police officers`
    /// and `four attackers`), counts of one class repeat or contain each other.
    public enum VictimClass: String, Sendable { case security, militant, civilian, unknown }

    /// A state force as a word names it: the military or the police, of a country when the word
    /// says which (`IRGC`, `Frontier Corps`).
    public struct Force: Sendable, Hashable {
        public var isPolice: Bool
        public var country: String?
    }

    /// Phrases of one class, by their first token key, longest first.
    struct PhraseTable: Sendable {
        /// The phrases' first keys in a byte-keyed table (cheaper to ask than a `String`
        /// dictionary), and by each one's symbol its phrases, longest first.
        private var firstKeys = SymbolTable()
        private var phrasesByFirst: [[(keys: [String], value: String)]] = []
        /// This table's bit in `EventLexicon.firstWordMasks`.
        var bit: UInt64 = 0

        mutating func add(_ keys: [String], _ value: String) {
            let first = Int(firstKeys.intern(Self.composed(keys[0])))
            if first == phrasesByFirst.count { phrasesByFirst.append([]) }
            phrasesByFirst[first].append((keys, value))
            phrasesByFirst[first].sort { $0.keys.count > $1.keys.count }
        }

        /// The phrases that begin with `key` (composed, as the analyzer's keys are: `composed(_:)`),
        /// longest first; nil for none.
        func phrases(startingWith key: String) -> [(keys: [String], value: String)]? {
            firstKeys.symbol(key).map { phrasesByFirst[Int($0)] }
        }

        /// A key in the form the byte-keyed tables hold and are asked in: itself when it is ASCII,
        /// else its canonical composition (NFC), so that two keys are one byte for byte where
        /// `String` equality says they are one.
        static func composed(_ key: String) -> String {
            EventLexicon.isASCII(key) ? key : key.precomposedStringWithCanonicalMapping
        }

        /// The longest phrase starting at `position` of `keys`, with its length and value.
        func match(_ keys: [String], at position: Int) -> (length: Int, value: String)? {
            guard let candidates = phrases(startingWith: keys[position]) else { return nil }
            for candidate in candidates where position + candidate.keys.count <= keys.count {
                var equal = true
                for offset in 1..<candidate.keys.count where keys[position + offset] != candidate.keys[offset] {
                    equal = false
                    break
                }
                if equal { return (candidate.keys.count, candidate.value) }
            }
            return nil
        }

        /// `match(_:at:)` read only where the sentence's first-word masks
        /// (`EventLexicon.masks(of:tokens:cache:)`) say a phrase of the table may start: the same
        /// answer, and no lookup at other words.
        func match(_ keys: [String], at position: Int, masks: [UInt64]) -> (length: Int, value: String)? {
            masks[position] & bit == 0 ? nil : match(keys, at: position)
        }

        /// `contains(_:)` of the key at a position, read only where its first-word mask has the
        /// table's bit.
        func contains(_ keys: [String], at position: Int, masks: [UInt64]) -> Bool {
            masks[position] & bit != 0 && contains(keys[position])
        }

        /// `value(of:)` of the key at a position, read only where its first-word mask has the
        /// table's bit.
        func value(_ keys: [String], at position: Int, masks: [UInt64]) -> String? {
            masks[position] & bit == 0 ? nil : value(of: keys[position])
        }

        /// Whether a one-word phrase is this key.
        func contains(_ key: String) -> Bool {
            phrases(startingWith: key)?.contains { $0.keys.count == 1 } ?? false
        }

        func value(of key: String) -> String? {
            phrases(startingWith: key)?.first { $0.keys.count == 1 }?.value
        }

        /// Whether a phrase of the table occurs in `keys`, whose first-word masks are `masks`
        /// (`EventLexicon.masks(of:tokens:cache:)`): a bit test a token, a lookup only where a
        /// phrase may start.
        func occurs(in keys: [String], masks: [UInt64]) -> Bool {
            keys.indices.contains { match(keys, at: $0, masks: masks) != nil }
        }
    }

    /// Incident words and phrases with the sub-event type they imply (empty: decided by the target).
    var incidents = PhraseTable()
    /// Words that name an incident only beside a count or a date (`killed`, `gunmen`, `incident`).
    var weakIncidents = PhraseTable()
    var incidentPlurals = PhraseTable()
    var genericBeforePlural = PhraseTable()
    var nonIncidents = PhraseTable()
    var newIncidentMarkers = PhraseTable()
    /// Phrases anywhere in a sentence that put what it tells at another time (`a year ago`).
    var otherTimes = PhraseTable()
    /// Markers that open a sentence at a time before the report's (`Earlier`, `Previously`).
    var earlierMarkers = PhraseTable()
    /// `the`, `this`, a possessive: with a back reference after it, the sentence tells of an
    /// incident already told.
    var definiteWords = PhraseTable()
    var backReferences = PhraseTable()
    /// Phrases that tell of an incident already told wherever they stand (`took place`).
    var backPhrases = PhraseTable()
    /// Designators after a name the gazetteer lacks that make it a locality (`X village`).
    var localityDesignators = PhraseTable()
    /// Designators after a place that say its kind (`province` → `admin1`, `district` → `admin2`).
    var kindDesignators = PhraseTable()
    /// Direction words: `south of X` places an incident at X.
    var directions = PhraseTable()
    /// Units of distance: `30 km from X` is not at X.
    var distanceUnits = PhraseTable()
    /// Verbs whose date dates the report, not the incident (`said on Monday`).
    var reportVerbs = PhraseTable()
    /// Words that make a sentence's counts a claim or a guess (`might`, `claimed`).
    var weakCountWords = PhraseTable()
    /// Phrases that make a sentence's count a risen toll (`the toll rose to`).
    var tollUpdates = PhraseTable()
    /// Words that make a sentence's counts a total over a period (`since`, `so far`): with a
    /// perfect tense (`have been killed since`) the sentence reports no incident.
    var totalMarkers = PhraseTable()
    var partMarkers = PhraseTable()
    var partPhrases = PhraseTable()
    var locativeCues = PhraseTable()
    /// Locative cues that do not place an incident in a country (`near Pakistan`, `from Iran`).
    var originCues = PhraseTable()
    var skippableBeforePlace = PhraseTable()
    var modifierSuffixes = PhraseTable()
    var perpetratorVerbs = PhraseTable()
    var skippableAfterGroup = PhraseTable()
    var agentHeads = PhraseTable()
    var attributionPhrases = PhraseTable()
    var negations = PhraseTable()
    var hedges = PhraseTable()
    var victims = PhraseTable()
    /// Words that open a listed person (`a`, `his`, `the`).
    var listDeterminers = PhraseTable()
    /// Words that end a list of people (auxiliaries, prepositions, conjunctions of clauses).
    var listStops = PhraseTable()
    /// Words before a count that belong to its phrase (`at least`, `about`).
    var countModifiers = PhraseTable()
    /// Phrases that say which group militants told before belonged to (`belonged to`).
    var membershipPhrases = PhraseTable()
    /// Words at or after a count that make it more victims, not a repeat (`another`, `also`).
    var additionalMarkers = PhraseTable()
    /// Phrases that say victims counted as hurt died later (`later died`, `succumbed to his
    /// injuries`): a death moved from the injured to the killed.
    var laterDeaths = PhraseTable()
    var stateForces = PhraseTable()
    /// Words after a force that make it a source, not a side (`the army said`, `police spokesman`).
    var forceSpeakers = PhraseTable()
    /// Targets that make the side acted on civilians when no count says who (`a market`).
    var civilianTargets = PhraseTable()
    /// Vague counts as ACLED codes them (`dozens` 12), for its export.
    var acledVagueCounts = PhraseTable()
    var demonyms = PhraseTable()
    // The function words single linker rules read, a class for each rule (docs/events.md).

    /// Prepositions before a new-incident marker that opens a sentence (`In another incident`).
    var incidentOpeners = PhraseTable()
    /// Articles (`the`, `a`, `an`): after an opener (`In the other attack`), after the comma of
    /// an apposition before a named victim.
    var articles = PhraseTable()
    /// Words skipped back from a force without a country to the word that may give one
    /// (`Pakistan's security forces`).
    var forceLeads = PhraseTable()
    /// Words before a place that make it a modifier or an agent, not a setting (`by Iran`).
    var agentMarkers = PhraseTable()
    /// Forms of `be` that stop the skip after a group before its verb (`X was`).
    var beAuxiliaries = PhraseTable()
    /// Past forms of `be` before a perpetrator verb: the group is its object (`X were attacked`).
    var pastBe = PhraseTable()
    /// Hedges after a group that name it a suspect rather than doubt it (`suspected`).
    var suspectWords = PhraseTable()
    /// Words that open a sentence whose later death is of a victim told before (`He`, `The`).
    var laterDeathSubjects = PhraseTable()
    /// Determiners skipped after a partitive before `injured` (`of the injured`).
    var partitiveDeterminers = PhraseTable()
    /// Auxiliaries after a named victim (`X was killed`) or that make a listed person a clause
    /// of its own (`and his son was wounded`).
    var clauseAuxiliaries = PhraseTable()
    /// Words after a place that say another place holds it (`X, Y`, `X in Y`, `X near Y`).
    var containerLinks = PhraseTable()
    /// Words skipped between such a link and the holding place (`X, near the Y`).
    var containerSkips = PhraseTable()
    /// Words before a date that make it the start of a period (`since January`).
    var periodStarts = PhraseTable()
    /// Words and marks that open a clause before named victims (`, and`, `when`).
    var clauseOpeners = PhraseTable()

    /// The table a class of rows fills; nil for a class the vocabulary does not know.
    private static func table(for name: String) -> WritableKeyPath<EventLexicon, PhraseTable>? {
        switch name {
        case "incident": \.incidents
        case "weak_incident": \.weakIncidents
        case "incident_plural": \.incidentPlurals
        case "generic_before_plural": \.genericBeforePlural
        case "non_incident": \.nonIncidents
        case "total_marker": \.totalMarkers
        case "new_incident_marker": \.newIncidentMarkers
        case "other_time": \.otherTimes
        case "earlier_marker": \.earlierMarkers
        case "definite": \.definiteWords
        case "back_reference": \.backReferences
        case "back_phrase": \.backPhrases
        case "report_verb": \.reportVerbs
        case "weak_count": \.weakCountWords
        case "toll_update": \.tollUpdates
        case "part_marker": \.partMarkers
        case "part_phrase": \.partPhrases
        case "locative_cue": \.locativeCues
        case "origin_cue": \.originCues
        case "later_death": \.laterDeaths
        case "skip_before_place": \.skippableBeforePlace
        case "direction": \.directions
        case "distance_unit": \.distanceUnits
        case "locality_designator": \.localityDesignators
        case "kind_designator": \.kindDesignators
        case "modifier_suffix": \.modifierSuffixes
        case "perpetrator_verb": \.perpetratorVerbs
        case "skip_after_group": \.skippableAfterGroup
        case "agent_head": \.agentHeads
        case "attribution_phrase": \.attributionPhrases
        case "negation": \.negations
        case "hedge": \.hedges
        case "victim": \.victims
        case "list_determiner": \.listDeterminers
        case "list_stop": \.listStops
        case "count_modifier": \.countModifiers
        case "additional_marker": \.additionalMarkers
        case "membership_phrase": \.membershipPhrases
        case "state_force": \.stateForces
        case "force_speaker": \.forceSpeakers
        case "civilian_target": \.civilianTargets
        case "acled_vague_count": \.acledVagueCounts
        case "demonym": \.demonyms
        case "incident_opener": \.incidentOpeners
        case "article": \.articles
        case "force_lead": \.forceLeads
        case "agent_marker": \.agentMarkers
        case "be_auxiliary": \.beAuxiliaries
        case "past_be": \.pastBe
        case "suspect_word": \.suspectWords
        case "later_death_subject": \.laterDeathSubjects
        case "partitive_determiner": \.partitiveDeterminers
        case "clause_auxiliary": \.clauseAuxiliaries
        case "container_link": \.containerLinks
        case "container_skip": \.containerSkips
        case "period_start": \.periodStarts
        case "clause_opener": \.clauseOpeners
        default: nil
        }
    }

    /// The sub-event types an incident row may imply, and the victim classes.
    static let subEventTypes: Set<String> = Set(EventTaxonomy.subEventTypes.keys)

    /// The words that begin a phrase (a byte-keyed table: cheaper to ask than a `String`
    /// dictionary), and for each the bits of the tables its phrases are in.
    private var firstWords = SymbolTable()
    private var firstWordMasks: [UInt64] = []

    /// An empty vocabulary: no incident words, nothing linked.
    public init() {}

    /// The first-word masks of a sentence's words (the tables whose phrases may start at each),
    /// each key of the document looked up once: `cache` holds the masks met so far by key id
    /// (`Token.keyID`, one key string each; room for the document's keys), for its next sentences.
    func masks(of words: [Int], tokens: [KeyedToken], cache: inout [UInt64?]) -> [UInt64] {
        words.map { t in
            let id = Int(tokens[t].token.keyID)
            if let known = cache[id] { return known }
            let mask = firstWords.symbol(tokens[t].key).map { firstWordMasks[Int($0)] } ?? 0
            cache[id] = mask
            return mask
        }
    }

    /// Reads a gazetteer folder's `lexicons/events.tsv` and, as the class `demonym`, the
    /// nationality words of the shared `lexicons/common/demonyms.tsv` (those with a country).
    public init(in gazetteers: GazetteerDirectory) throws {
        let events = gazetteers.file("lexicons/events.tsv")
        try self.init(contentsOf: events)
        if demonyms.bit == 0 && classCount >= 64 {
            throw GazetteerError(file: events.path, problem: "more than 63 classes: none left for the demonyms")
        }
        for demonym in try CommonLexicon.demonyms(in: gazetteers) {
            if let country = demonym.country {
                add(Self.keys(of: demonym.word), country, to: \.demonyms)
            } else if !demonym.word.contains(" ") {
                stateless.insert(demonym.word)
            }
        }
    }

    /// The one-word demonyms of peoples, faiths and regions that are no one state (`Tigrayan`,
    /// `Kurdish`, `Maoist`): forces named by one are no government's.
    private(set) var stateless: Set<String> = []

    /// Reads `events.tsv` (columns `class`, `phrase`, `value`); errors name the file and line.
    public init(contentsOf url: URL) throws {
        try self.init(table: TSVTable(contentsOf: url, requiredColumns: ["class", "phrase", "value"]), file: url.path)
    }

    /// The number of classes given a bit so far (`PhraseTable.bit`).
    private var classCount = 0

    public init(table: TSVTable, file: String) throws {
        let classColumn = table.column("class"), phraseColumn = table.column("phrase"), valueColumn = table.column("value")
        for (line, cells) in table.rows {
            let name = TSVTable.trimmed(cells[classColumn])
            let value = TSVTable.trimmed(cells[valueColumn])
            guard let path = Self.table(for: name) else {
                throw GazetteerError(file: file, line: line, problem: "unknown class '\(name)'")
            }
            let keys = Self.keys(of: cells[phraseColumn])
            guard !keys.isEmpty else { throw GazetteerError(file: file, line: line, problem: "empty phrase") }
            switch name {
            case "incident" where !value.isEmpty && !Self.subEventTypes.contains(value),
                 "weak_incident" where !value.isEmpty && !Self.subEventTypes.contains(value):
                throw GazetteerError(file: file, line: line, problem: "'\(value)' is not an ACLED sub-event type")
            case "victim" where VictimClass(rawValue: value) == nil || value == "unknown":
                throw GazetteerError(file: file, line: line, problem: "victim class '\(value)' is not security, militant or civilian")
            case "state_force" where Self.force(value) == nil:
                throw GazetteerError(file: file, line: line, problem: "force '\(value)' is not military or police (with :CC)")
            case "acled_vague_count" where Int(value) == nil:
                throw GazetteerError(file: file, line: line, problem: "'\(value)' is not a whole number")
            case "demonym" where value.count != 2:
                throw GazetteerError(file: file, line: line, problem: "'\(value)' is not an ISO 3166 alpha-2 code")
            default:
                break
            }
            if self[keyPath: path].bit == 0 && classCount >= 64 {
                throw GazetteerError(file: file, line: line, problem: "more than 64 classes")
            }
            add(keys, value, to: path)
        }
    }

    /// Adds a phrase to a table, giving the table its bit the first time (at most 64 tables, which
    /// the reader checks).
    private mutating func add(_ keys: [String], _ value: String, to path: WritableKeyPath<EventLexicon, PhraseTable>) {
        if self[keyPath: path].bit == 0 {
            self[keyPath: path].bit = 1 << UInt64(classCount)
            classCount += 1
        }
        self[keyPath: path].add(keys, value)
        let first = Int(firstWords.intern(PhraseTable.composed(keys[0])))
        if first == firstWordMasks.count { firstWordMasks.append(0) }
        firstWordMasks[first] |= self[keyPath: path].bit
    }

    /// A phrase as token keys: lower case, split on spaces, with `-` and `'s` as tokens of their own.
    static func keys(of phrase: String) -> [String] {
        var keys: [String] = []
        for word in phrase.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ") {
            var rest = Substring(word)
            var pieces: [String] = []
            if rest.hasSuffix("'s") && rest.count > 2 {
                rest = rest.dropLast(2)
                pieces.append("'s")
            }
            let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
            var split: [String] = []
            for (index, part) in parts.enumerated() {
                if index > 0 { split.append("-") }
                if !part.isEmpty { split.append(String(part)) }
            }
            keys += split + pieces
        }
        return keys
    }

    static func force(_ value: String) -> Force? {
        let parts = value.split(separator: ":")
        guard let kind = parts.first, kind == "military" || kind == "police", parts.count <= 2 else { return nil }
        return Force(isPolice: kind == "police", country: parts.count == 2 ? String(parts[1]) : nil)
    }

    /// The class of a casualty's victim noun (`Pakistani security forces personnel`): security
    /// when a force is named in it, else the last word that names a class.
    func victimClass(_ victims: String?) -> VictimClass {
        guard let victims else { return .unknown }
        let words = Self.letterWords(of: victims)
        // A force named in the phrase makes its members security forces (`Frontier Corps
        // officials`, `police officers`), whatever the head noun.
        if words.indices.contains(where: { stateForces.match(words, at: $0) != nil }) { return .security }
        for word in words.reversed() {
            if let value = self.victims.value(of: word), let victimClass = VictimClass(rawValue: value) { return victimClass }
        }
        return .unknown
    }

    /// The force a victim noun names (`police officers` → police), if any.
    func victimForce(_ victims: String?) -> Force? {
        guard let victims else { return nil }
        let words = Self.letterWords(of: victims)
        for position in words.indices {
            if let match = stateForces.match(words, at: position), let force = Self.force(match.value) { return force }
        }
        return nil
    }

    /// A phrase's runs of letters, lower-cased (`Pakistani security-forces` → `pakistani`,
    /// `security`, `forces`) and composed as the tables' keys are: an ASCII phrase read byte by
    /// byte, any other through `Character`s.
    static func letterWords(of phrase: String) -> [String] {
        guard isASCII(phrase) else {
            // (composed, as the tables' keys are: the raw text may not be)
            return phrase.lowercased().split(whereSeparator: { !$0.isLetter })
                .map { PhraseTable.composed(String($0)) }
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in phrase.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                word.append(lower)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Whether a string is all ASCII: then it is its own composition, and its letters are bytes.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The country a nationality word names (`pakistani` → PK).
    func demonymCountry(_ key: String) -> String? {
        demonyms.value(of: key)
    }
}
