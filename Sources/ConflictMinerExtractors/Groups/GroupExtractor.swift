import ConflictMinerCore

/// Finds named non-state armed groups (GROUP):
///
/// 1. gazetteer names and acronyms (`GroupGazetteer`): names case-insensitively, with each content
///    word capitalised (so `the base` is not `The Base`), acronyms only as written (`BLA`, not
///    `bla`; an acronym that is also an English word, `IS`, not in an all-capitals headline);
/// 2. names of groups missing from the gazetteer, by their shape (`GroupNameRules`:
///    `… Liberation Army`, `Lashkar-e-…`, `Majeed Brigade`, `Islamic State-Khorasan`);
/// 3. acronyms a document defines, `Name (ACR)` or `ACR (Name)`: for a known or pattern-found
///    group the acronym is learned for the document; for an unknown name, the name and the acronym
///    are both learned when the name looks like a group (a group word, or initials that spell the
///    acronym beside words such as `militants` or `claimed`). An acronym the document defines
///    for a party, an agency or any non-group name is not a group in that document.
///
/// Candidates that name state forces, parties, media or NGOs (`Gazetteers/lexicons/groups/exclusions.tsv`) are
/// dropped; a pattern-found name in a title-case or all-capitals line (a headline) is kept only
/// when the body names it too. Overlaps are settled longest first, then gazetteer before learned
/// before pattern. Each entity carries `Id` (the gazetteer key, or `text:<normalized name>`) and
/// `Name` (the canonical name, or the name as first written).
public struct GroupExtractor: Extractor {
    public let name = "group"
    /// The extractor's tables behind one reference: a document's rules each hold the extractor,
    /// and a copy then counts one reference, not every array of the tables.
    private let tables: Tables

    private final class Tables: Sendable {
        let gazetteer: GroupGazetteer
        let patterns: GroupPatterns
        /// The pattern tables' flags, over a vocabulary that also holds the words of the
        /// gazetteer's names and of the exclusions, each id an array index into the two tries'
        /// symbols.
        let wordFlags: WordClasses<GroupWordFlags>
        let nameSymbols: SymbolMap
        let exclusionSymbols: SymbolMap
        /// Whether an acronym of the gazetteer begins with a lower-case ASCII letter.
        let hasLowercaseAcronym: Bool

        init(gazetteer: GroupGazetteer, patterns: GroupPatterns, wordFlags: WordClasses<GroupWordFlags>,
             nameSymbols: SymbolMap, exclusionSymbols: SymbolMap, hasLowercaseAcronym: Bool) {
            self.gazetteer = gazetteer
            self.patterns = patterns
            self.wordFlags = wordFlags
            self.nameSymbols = nameSymbols
            self.exclusionSymbols = exclusionSymbols
            self.hasLowercaseAcronym = hasLowercaseAcronym
        }
    }

    // (lent, not returned: a rule reading `gazetteer.matcher` does not copy the gazetteer)
    public var gazetteer: GroupGazetteer { _read { yield tables.gazetteer } }
    public var patterns: GroupPatterns { _read { yield tables.patterns } }
    private var wordFlags: WordClasses<GroupWordFlags> { _read { yield tables.wordFlags } }
    private var nameSymbols: SymbolMap { _read { yield tables.nameSymbols } }
    private var exclusionSymbols: SymbolMap { _read { yield tables.exclusionSymbols } }
    private var hasLowercaseAcronym: Bool { tables.hasLowercaseAcronym }

    public init(gazetteer: GroupGazetteer, patterns: GroupPatterns) {
        let hasLowercaseAcronym = gazetteer.matcher.payloads.contains { entry in
            entry.acronym?.utf8.first.map { (0x61...0x7A).contains($0) } ?? false
        }
        var flags = patterns.wordFlags(over: Vocabulary())
        let nameSymbols = gazetteer.matcher.symbolMap(for: &flags.vocabulary)
        let exclusionSymbols = gazetteer.exclusions.symbolMap(for: &flags.vocabulary)
        tables = Tables(gazetteer: gazetteer, patterns: patterns, wordFlags: flags, nameSymbols: nameSymbols,
                        exclusionSymbols: exclusionSymbols, hasLowercaseAcronym: hasLowercaseAcronym)
    }

    private init(tables: Tables) {
        self.tables = tables
    }

    private var vocabulary: Vocabulary { wordFlags.vocabulary }

    /// Each token's pattern flags. The tables hold keys without inner apostrophes
    /// (`GroupNameRules.wordKey`): a key with one is looked up without them.
    private func patternFlags(of text: AnalyzedText, ids: WordIDs) -> TokenClasses<GroupWordFlags> {
        var flags = wordFlags.classes(ofWords: ids)
        // (an inner apostrophe belongs to the key: every token of such a key has one)
        for (index, token) in text.tokens.enumerated() where token.shape.contains(.innerApostrophe) {
            flags.setClasses(wordFlags[vocabulary.id(PhraseMatcher<Int>.withoutApostrophes(text.keys[index]))], ofKeyAt: index)
        }
        return flags
    }

    public func sharing(_ shared: inout Vocabulary) -> GroupExtractor {
        let nameSymbols = gazetteer.matcher.symbolMap(for: &shared)
        let exclusionSymbols = gazetteer.exclusions.symbolMap(for: &shared)
        let wordFlags = wordFlags.sharing(&shared)
        return GroupExtractor(tables: Tables(gazetteer: gazetteer, patterns: patterns, wordFlags: wordFlags,
                                             nameSymbols: nameSymbols, exclusionSymbols: exclusionSymbols,
                                             hasLowercaseAcronym: hasLowercaseAcronym))
    }

    /// Where a candidate comes from; at equal length the lower value wins.
    enum Source: Int, Comparable {
        case gazetteer, learned, pattern
        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// A group mention before overlaps are settled.
    struct Candidate {
        var range: Range<Int>
        var id: String
        var name: String
        var source: Source
        /// The rule that found it, as `Entity.rule` names it: `group/gazetteer`,
        /// `group/gazetteer-acronym`, `group/defined-acronym`, `group/defined-name`,
        /// `group/faction` or a name pattern (`GroupNameRules`). A literal: no string is made per
        /// entity.
        var rule: String
        /// For a gazetteer candidate: the acronym as written, if it matched one.
        var acronym: String?
    }

    /// A group that a document names: its id and canonical name.
    struct Identity: Hashable {
        var id: String
        var name: String
    }

    public func extract(from text: AnalyzedText, into entities: inout [Entity]) {
        let ids = vocabulary.ids(of: text)
        let rules = GroupNameRules(text: text, patterns: patterns, flags: patternFlags(of: text, ids: ids))
        let lines = LineShapes(text: text, rules: rules)
        let excluded = ExcludedRanges(exclusionRanges(in: text, ids: ids))
        func isExcluded(_ range: Range<Int>) -> Bool {
            excluded.holds(range) || excluded.starts(at: range.lowerBound)
        }

        var candidates = gazetteerCandidates(in: text, ids: ids, lines: lines, rules: rules)
        candidates += rules.find().map { found in
            let identity = found.rule == .stateProvince ? identifyProvince(found.range, in: text)
                : identify(found.range, in: text)
            return Candidate(range: found.range, id: identity.id, name: identity.name, source: .pattern,
                             rule: found.rule.rawValue)
        }
        candidates.removeAll { isExcluded($0.range) }

        // A pattern name that runs on past a gazetteer name with the same start is that name
        // followed by something else (`Lashkar-e-Taiba Kabul`, `Jaish al-Adl TTP`), unless a head
        // word makes the longer name one of its units (`… Brigade`).
        // (the loops below read the candidates by index, in place: a candidate copied out of the
        // list counts a reference in and out for each of its strings)
        var gazetteerEnds: [Int: [Int]] = [:]
        for index in candidates.indices where candidates[index].source == .gazetteer {
            gazetteerEnds[candidates[index].range.lowerBound, default: []].append(candidates[index].range.upperBound)
        }
        candidates.removeAll { candidate in
            candidate.source == .pattern && (gazetteerEnds[candidate.range.lowerBound] ?? []).contains { knownEnd in
                knownEnd < candidate.range.upperBound
                    && !(knownEnd..<candidate.range.upperBound).contains { !rules.flags[$0].isDisjoint(with: [.namedHead, .qualifier]) }
            }
        }

        // An acronym with a common meaning besides the group (`PDF`, `KIA`) needs the group's name
        // in the document or a word of conflict in its sentence.
        // (`ETA` is the group's name as well as its acronym: the surface decides.)
        func isAmbiguous(_ candidate: Candidate) -> Bool {
            candidate.range.count == 1 && patterns.ambiguousAcronyms.contains(candidate.acronym ?? text.surface(candidate.range))
        }
        // (sets filled by loops: a lazy filter's closure would escape with a copy of the extractor;
        // made only when a candidate needs them: most documents have no ambiguous acronym)
        if candidates.contains(where: isAmbiguous) {
            var namedIDs = Set<String>()
            for index in candidates.indices where !isAmbiguous(candidates[index]) { namedIDs.insert(candidates[index].id) }
            candidates.removeAll { candidate in
                isAmbiguous(candidate) && !namedIDs.contains(candidate.id) && !sentenceSpeaksOfConflict(candidate.range, in: text)
            }
        }

        // Acronyms and names the document defines.
        let definitions = AcronymDefinitions(text: text, rules: rules, extractor: self, candidates: candidates,
                                             excluded: excluded)
        candidates.removeAll { candidate in
            guard let acronym = candidate.acronym else { return false }
            return definitions.suppressed.contains(acronym) || definitions.acronyms[acronym] != nil
        }
        candidates += definitions.mentions(lines: lines)

        // Factions named after a group (`the TTP Qamar-ud-Din group`).
        // (by index: the loop reads the candidates found before it, and a copy of each is not made)
        for index in candidates.indices {
            guard let range = rules.faction(after: candidates[index].range), !isExcluded(range) else { continue }
            let identity = identify(range, in: text)
            candidates.append(Candidate(range: range, id: identity.id, name: identity.name, source: .pattern,
                                        rule: "group/faction"))
        }

        // Headlines: a pattern-found name stands only when the body names it too.
        func isPatternInHeadline(_ candidate: Candidate) -> Bool {
            candidate.source == .pattern && lines.isHeadline(candidate.range.lowerBound)
        }
        if candidates.contains(where: isPatternInHeadline) {
            var bodyIDs = Set<String>()
            for index in candidates.indices where !lines.isHeadline(candidates[index].range.lowerBound) {
                bodyIDs.insert(candidates[index].id)
            }
            candidates.removeAll { isPatternInHeadline($0) && !bodyIDs.contains($0.id) }
        }

        for index in select(candidates) {
            entities.append(text.entity(.group, tokens: candidates[index].range,
                                        value: .group(GroupValue(id: candidates[index].id, name: candidates[index].name)),
                                        rule: candidates[index].rule))
        }
    }

    // MARK: - Gazetteer

    private func gazetteerCandidates(in text: AnalyzedText, ids: WordIDs, lines: LineShapes,
                                     rules: GroupNameRules) -> [Candidate] {
        let matches = gazetteer.matcher.matches(in: text, words: (ids, nameSymbols),
                                                canStart: { mayStartName(at: $0, in: text, rules: rules) }, accept: { match in
            match.payloads.contains { accepts($0, match.tokens, in: text, lines: lines, rules: rules) }
        })
        return matches.compactMap { match in
            guard let entry = match.payloads.first(where: { accepts($0, match.tokens, in: text, lines: lines, rules: rules) })
            else { return nil }
            let group = gazetteer.groups[entry.group]
            return Candidate(range: match.tokens, id: group.id, name: group.name, source: .gazetteer,
                             rule: entry.acronym == nil ? "group/gazetteer" : "group/gazetteer-acronym", acronym: entry.acronym)
        }
    }

    /// Whether a gazetteer name may start at the token, as `accepts` will judge it: a word that
    /// begins with a lower-case ASCII letter and is no particle starts no proper name
    /// (`NameCase.isProperName`) and no acronym, unless an acronym of the gazetteer begins so.
    private func mayStartName(at index: Int, in text: AnalyzedText, rules: GroupNameRules) -> Bool {
        guard text.tokens[index].kind == .word, text.beginsLowercaseASCII(index), !hasLowercaseAcronym else { return true }
        return rules.keyFlags(index).contains(.nameParticle)
    }

    private func accepts(_ entry: GroupGazetteer.Entry, _ range: Range<Int>, in text: AnalyzedText,
                         lines: LineShapes, rules: GroupNameRules) -> Bool {
        if let acronym = entry.acronym {
            guard text.surface(range) == acronym else { return false }
            return !(patterns.wordAcronyms.contains(acronym) && lines.isAllCaps(range.lowerBound))
        }
        return NameCase.isProperName(range, in: text, rules: rules)
    }

    // MARK: - Identity

    /// The id and name of a group named by a run of tokens: the gazetteer's when the normalized
    /// name is one of its names, else `text:<normalized name>` and the name as written.
    func identify(_ range: Range<Int>, in text: AnalyzedText) -> Identity {
        let key = GroupGazetteer.key(text, range)
        if let index = gazetteer.nameIndex[key] {
            let group = gazetteer.groups[index]
            return Identity(id: group.id, name: group.name)
        }
        return Identity(id: "text:" + key, name: text.surface(range))
    }

    /// The identity of an Islamic State province found by its shape: the gazetteer's province
    /// when `Islamic State <name>` (with or without `Province`) is one of its names, so that
    /// `Khorasan` in `the Islamic State's Khorasan province` is `Islamic State Khorasan Province`.
    func identifyProvince(_ range: Range<Int>, in text: AnalyzedText) -> Identity {
        let key = GroupGazetteer.key(text, range)
        let bare = key.hasSuffix(" province") ? String(key.dropLast(" province".count)) : key
        for name in [key, "islamic state " + bare, "islamic state " + bare + " province"] {
            if let index = gazetteer.nameIndex[name] {
                let group = gazetteer.groups[index]
                return Identity(id: group.id, name: group.name)
            }
        }
        return Identity(id: "text:" + key, name: text.surface(range))
    }

    /// True when the sentence of `range` holds a cue word (`militants`, `claimed`) or a word of
    /// armed conflict (`attacked`, `captured`, `ceasefire`).
    private func sentenceSpeaksOfConflict(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let keys = text.keys
        let sentence = tokens[range.lowerBound].sentence
        var i = range.lowerBound
        while i > 0, tokens[i - 1].sentence == sentence { i -= 1 }
        while i < tokens.count, tokens[i].sentence == sentence {
            if tokens[i].kind == .word {
                let key = GroupPatterns.fold(keys[i])
                if patterns.cueWords.contains(key) || patterns.conflictWords.contains(key) { return true }
            }
            i += 1
        }
        return false
    }

    /// The token ranges of names that are never groups.
    private func exclusionRanges(in text: AnalyzedText, ids: WordIDs) -> [Range<Int>] {
        gazetteer.exclusions.matches(in: text, words: (ids, exclusionSymbols), accept: { match in
            if let acronym = match.payloads.first(where: { $0 != nil }) ?? nil {
                return text.surface(match.tokens) == acronym
            }
            return match.payloads.contains { $0 == nil }
        }).map(\.tokens)
    }

    /// The exclusion phrases found in a document, indexed for the questions asked of a candidate:
    /// none passes over every exclusion (a long document has thousands).
    struct ExcludedRanges {
        /// Sorted by start; `furthestEnd[i]`: the largest end among the first `i + 1`.
        private let ranges: [Range<Int>]
        private let furthestEnd: [Int]
        /// The ends, sorted (a document has few exclusions, often none: no set is built).
        private let ends: [Int]

        init(_ ranges: [Range<Int>]) {
            self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
            var furthest = Int.min
            furthestEnd = self.ranges.map { range in
                furthest = max(furthest, range.upperBound)
                return furthest
            }
            ends = ranges.map(\.upperBound).sorted()
        }

        /// Whether an exclusion holds the whole range.
        func holds(_ range: Range<Int>) -> Bool {
            let count = countStarting { $0 <= range.lowerBound }
            return count > 0 && furthestEnd[count - 1] >= range.upperBound
        }

        /// Whether an exclusion shares a token with the range.
        func overlaps(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return false }
            let count = countStarting { $0 < range.upperBound }
            return count > 0 && furthestEnd[count - 1] > range.lowerBound
        }

        func starts(at index: Int) -> Bool {
            let first = countStarting { $0 < index }
            return first < ranges.count && ranges[first].lowerBound == index
        }

        func ends(at index: Int) -> Bool {
            let first = ends.partitionPoint { $0 < index }
            return first < ends.count && ends[first] == index
        }

        /// How many exclusions (a prefix of the sorted list) start where `isBefore` holds.
        private func countStarting(where isBefore: (Int) -> Bool) -> Int {
            ranges.partitionPoint { isBefore($0.lowerBound) }
        }
    }

    // MARK: - Overlaps

    /// The indices of the non-overlapping candidates: longest first, then by source, then earliest;
    /// in text order.
    private func select(_ candidates: [Candidate]) -> [Int] {
        // (indices are sorted, not candidates: a comparison reads two ranges, a swap moves two
        // numbers, and no candidate is copied)
        let ordered = candidates.indices.sorted { a, b in
            let first = candidates[a].range, second = candidates[b].range
            if first.count != second.count { return first.count > second.count }
            if candidates[a].source != candidates[b].source { return candidates[a].source < candidates[b].source }
            if first.lowerBound != second.lowerBound { return first.lowerBound < second.lowerBound }
            return a < b
        }
        var covered = BitArray(count: candidates.lazy.map(\.range.upperBound).max() ?? 0)
        var taken: [Int] = []
        for index in ordered where !candidates[index].range.contains(where: { covered[$0] }) {
            taken.append(index)
            for token in candidates[index].range { covered[token] = true }
        }
        // taken names do not overlap: no two start at one token
        return taken.sorted { candidates[$0].range.lowerBound < candidates[$1].range.lowerBound }
    }
}

/// Which lines of a document are headlines: all capitals, or title case (every content word
/// capitalised, no full stop at the end).
struct LineShapes {
    enum Shape: UInt8 { case body, titleCase, allCaps }
    /// The words of the lines in capitals or in title case (without their line breaks), in order.
    private var headlines: [(tokens: Range<Int>, shape: Shape)] = []

    init(text: AnalyzedText, rules: GroupNameRules) {
        let tokens = text.tokens
        let keys = text.keys
        for line in text.lines {
            // the line's words, without its line break
            var end = line.upperBound
            if end > line.lowerBound, tokens[end - 1].kind == .whitespace, tokens[end - 1].shape.contains(.lineBreak) {
                end -= 1
            }
            let start = line.lowerBound
            var words = 0, capitals = 0, upper = 0, lowerContent = 0
            for i in start..<end where tokens[i].kind == .word && tokens[i].shape.contains(.hasLetter) {
                words += 1
                let shape = tokens[i].shape
                if shape.contains(.allUppercase) { upper += 1 }
                if shape.contains(.capitalized) {
                    capitals += 1
                } else if !rules.keyFlags(i).contains(.headlineSmallWord) {
                    lowerContent += 1
                }
            }
            // A headline has no full stop at its end; a body sentence full of names does.
            var last = end - 1
            while last >= start && tokens[last].kind == .whitespace { last -= 1 }
            let endsSentence = last >= start && tokens[last].kind == .punctuation && keys[last] == "."
            var shape = Shape.body
            if words >= 2 && upper * 10 >= words * 8 {
                shape = .allCaps
            } else if capitals >= 2 && lowerContent == 0 && !endsSentence {
                shape = .titleCase
            }
            if shape != .body, start < end { headlines.append((start..<end, shape)) }
        }
    }

    /// The shape of a token's line (found among the headlines by halving).
    private func shape(of token: Int) -> Shape {
        let index = headlines.partitionPoint { $0.tokens.upperBound <= token }
        return index < headlines.count && headlines[index].tokens.contains(token) ? headlines[index].shape : .body
    }

    func isHeadline(_ token: Int) -> Bool { shape(of: token) != .body }
    func isAllCaps(_ token: Int) -> Bool { shape(of: token) == .allCaps }
}

/// Capitalisation checks for names found by case-insensitive matching.
enum NameCase {
    /// True when every content word of the range is capitalised (or has a digit); the particles
    /// of `name-particles.tsv` (`of`, `al`, `'s`) may stand between in lower case.
    static func isProperName(_ range: Range<Int>, in text: AnalyzedText, rules: GroupNameRules) -> Bool {
        var sawContent = false
        for index in range {
            let token = text.tokens[index]
            // a name of letters and digits (`M23`) is a number token to the word breaker
            guard token.kind == .word || (token.kind == .number && token.shape.contains(.hasLetter)) else { continue }
            if rules.keyFlags(index).contains(.nameParticle) { continue }
            sawContent = true
            if token.shape.contains(.capitalized) || token.shape.contains(.hasDigit) { continue }
            return false
        }
        return sawContent
    }
}
