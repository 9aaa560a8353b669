import ConflictMinerCore

/// The acronyms and names a document defines for groups, `Name (ACR)` or `ACR (Name)`, and the
/// acronyms it defines for things that are not groups.
///
/// - A known group (gazetteer or pattern) before `(ACR)`: `ACR` refers to it in this document.
/// - A name the gazetteer does not hold, spelled differently from a gazetteer group whose acronym
///   this is (`Tehreek-i-Taliban Pakistan (TTP)`): the name takes that group's id.
/// - An unknown name: the shortest run of capitalised words before `(` whose initials spell the
///   acronym (particles and `of`/`the`/`and`/`for`/`in` may be skipped) is learned, with the
///   acronym, when it looks like a group: a group word in it (`Sangar`, `Army`, `Brigade`), or
///   a cue word in the sentence (`militants`, `claimed`, `banned`).
/// - A name that is not a group (an exclusion, a name with a word such as `Party`, `Department`,
///   `Agency`, or a state's name before `Army`/`Forces`): the acronym is not a group here, even
///   when the gazetteer knows it (`Jamaat-e-Islami (JI)`).
struct AcronymDefinitions {
    typealias Identity = GroupExtractor.Identity

    /// Acronyms as written → the group they stand for in this document.
    private(set) var acronyms: [String: Identity] = [:]
    /// Acronyms defined for something that is not a group.
    private(set) var suppressed: Set<String> = []
    /// Names learned from definitions, as matching keys, each once (a long document defines the
    /// same name again and again).
    private(set) var names: [(keys: [String], identity: Identity)] = []
    private var learned: Set<LearnedName> = []

    private struct LearnedName: Hashable {
        var keys: [String]
        var identity: Identity
    }

    private let text: AnalyzedText
    private let rules: GroupNameRules
    private let extractor: GroupExtractor
    private let candidates: [GroupExtractor.Candidate]
    /// The candidates by the token they end before, and the first one over each range, in order.
    private var candidatesEnding: [Int: [Int]] = [:]
    private var candidateOver: [Range<Int>: Int] = [:]
    private let excluded: GroupExtractor.ExcludedRanges
    private var patterns: GroupPatterns { extractor.patterns }
    private var gazetteer: GroupGazetteer { extractor.gazetteer }

    init(text: AnalyzedText, rules: GroupNameRules, extractor: GroupExtractor,
         candidates: [GroupExtractor.Candidate], excluded: GroupExtractor.ExcludedRanges) {
        self.text = text
        self.rules = rules
        self.extractor = extractor
        self.candidates = candidates
        self.excluded = excluded
        // every definition is written with a parenthesis: a text without one defines nothing
        guard let parenthesis = text.keys.id(of: .openingParenthesis) else { return }
        candidatesEnding.reserveCapacity(candidates.count)
        candidateOver.reserveCapacity(candidates.count)
        for (position, candidate) in candidates.enumerated() {
            candidatesEnding[candidate.range.upperBound, default: []].append(position)
            if candidateOver[candidate.range] == nil { candidateOver[candidate.range] = position }
        }
        let tokens = text.tokens
        for open in tokens.indices where tokens[open].kind == .punctuation && tokens[open].keyID == parenthesis {
            guard let close = closing(open) else { continue }
            let inner = innerRange(open, close)
            guard !inner.isEmpty else { continue }
            if acronymShaped(inner) {
                // Name (ACR)
                guard let (end, _) = rules.previous(open), rules.isWord(end) else { continue }
                define(acronym: text.surface(inner), nameEndingAt: end + 1)
            } else if let acronymRange = acronymBefore(open) {
                // ACR (Name)
                guard isNameFilling(inner) else { continue }
                define(acronym: text.surface(acronymRange), name: inner)
            } else {
                // Name (Translation), Translation (Name)
                defineTranslation(open: open, inner: inner)
            }
        }
        suppressed.subtract(acronyms.keys)
    }

    // MARK: - Shapes

    /// The `)` that closes `open` on the same line, within a few tokens.
    private func closing(_ open: Int) -> Int? {
        var i = open + 1
        while i < text.tokens.count && i <= open + 40 {
            let token = text.tokens[i]
            if token.kind == .whitespace && token.shape.contains(.lineBreak) { return nil }
            if token.kind == .punctuation && text.keys[i] == "(" { return nil }
            if token.kind == .punctuation && text.keys[i] == ")" { return i }
            i += 1
        }
        return nil
    }

    /// The tokens between the parentheses without the spaces at either end.
    private func innerRange(_ open: Int, _ close: Int) -> Range<Int> {
        var start = open + 1, end = close
        while start < end && text.tokens[start].kind == .whitespace { start += 1 }
        while end > start && text.tokens[end - 1].kind == .whitespace { end -= 1 }
        return start..<end
    }

    /// An acronym token: 2–10 characters, starting upper case, with at least two capitals (`BLA`, `JeM`).
    private func isAcronymWord(_ i: Int) -> Bool {
        let token = text.tokens[i]
        guard token.kind == .word, token.shape.contains(.capitalized), text.keys[i] != "'s" else { return false }
        let surface = text.surface(i)
        let capitals = surface.unicodeScalars.filter { $0.properties.isUppercase }.count
        return (2...10).contains(surface.count) && capitals >= 2 && surface.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// `ACR` or `ACR-X` (`ISIS-K`, `BNP-M`), written without spaces.
    private func acronymShaped(_ range: Range<Int>) -> Bool {
        guard isAcronymWord(range.lowerBound), range.count <= 3 else { return false }
        if range.count == 1 { return true }
        return range.count == 3 && rules.isHyphen(range.lowerBound + 1)
            && [.word, .number].contains(text.tokens[range.upperBound - 1].kind)
    }

    /// The acronym right before `(`, if any.
    private func acronymBefore(_ open: Int) -> Range<Int>? {
        guard let (end, _) = rules.previous(open) else { return nil }
        if isAcronymWord(end) { return end..<(end + 1) }
        if end >= 2, rules.isHyphen(end - 1), isAcronymWord(end - 2), [.word, .number].contains(text.tokens[end].kind) {
            return (end - 2)..<(end + 1)
        }
        return nil
    }

    /// True when the range is one name: capitalised words joined by particles, hyphens and
    /// function words, starting and ending on a capitalised word.
    private func isNameFilling(_ range: Range<Int>) -> Bool {
        let words = range.filter { text.tokens[$0].kind != .whitespace }
        guard let first = words.first, let last = words.last, rules.isNameWord(first), rules.isNameWord(last),
              words.count <= 20 else { return false }
        return words.allSatisfy { i in
            rules.isNameWord(i) || rules.isParticle(i) || rules.isHyphen(i) || text.keys[i] == "'s"
                || rules.keyFlags(i).contains(.acronymSkip)
        }
    }

    // MARK: - Definitions

    /// `Name (ACR)`: the name ends at token `end` (exclusive).
    private mutating func define(acronym: String, nameEndingAt end: Int) {
        if let known = longestCandidate(endingAt: end) {
            adopt(acronym: acronym, name: known.range, known: known)
            return
        }
        if excluded.ends(at: end) {
            suppressed.insert(acronym)
            return
        }
        let words = runEnding(at: end)
        let letters = Self.letters(of: acronym)
        // The shortest run of words, ending at the parenthesis, whose initials spell the acronym.
        for k in words.indices.reversed() where rules.isNameWord(words[k]) && !rules.isStop(words[k]) {
            let range = words[k]..<end
            guard initials(of: words[k...], spell: letters) else { continue }
            judge(acronym: acronym, name: range)
            return
        }
        // A spelling or translation of a gazetteer group, defined with that group's acronym
        // (`Group for Support of Islam and Muslims (JNIM)`).
        if let first = words.first {
            let range = first..<end
            if !isNonGroup(range), let group = gazetteerGroup(acronym: acronym, sharingWordsWith: range, closely: true) {
                learn(keys(range), group)
            }
        }
    }

    /// Learns a name for a group, unless it is known already.
    private mutating func learn(_ keys: [String], _ identity: Identity) {
        if learned.insert(LearnedName(keys: keys, identity: identity)).inserted { names.append((keys, identity)) }
    }

    /// The longest candidate that ends before token `end`; the first of equals.
    private func longestCandidate(endingAt end: Int) -> GroupExtractor.Candidate? {
        var longest: GroupExtractor.Candidate?
        for position in candidatesEnding[end] ?? [] where longest.map({ candidates[position].range.count > $0.range.count }) ?? true {
            longest = candidates[position]
        }
        return longest
    }

    /// `Known Group (Other Name)` or `Other Name (Known Group)`: a translation or another
    /// spelling (`Jundallah (Soldiers of God)`). The other name is learned as the same group when
    /// it has at least two capitalised words and `of` or a group word, and is not a non-group name.
    private mutating func defineTranslation(open: Int, inner: Range<Int>) {
        guard let (end, _) = rules.previous(open), rules.isWord(end) else { return }
        let before = longestCandidate(endingAt: end + 1)
        let within = candidateOver[inner].map { candidates[$0] }
        func translationLike(_ range: Range<Int>) -> Bool {
            let names = range.filter { rules.isNameWord($0) }
            guard names.count >= 2, !isNonGroup(range),
                  !excluded.overlaps(range) else { return false }
            return range.contains { text.keys[$0] == "of" } || isGroupLike(range)
        }
        if let known = before, within == nil, isNameFilling(inner), translationLike(inner) {
            learn(keys(inner), Identity(id: known.id, name: known.name))
        } else if let known = within, before == nil {
            let words = runEnding(at: end + 1)
            guard let first = words.first, translationLike(first..<(end + 1)) else { return }
            learn(keys(first..<(end + 1)), Identity(id: known.id, name: known.name))
        }
    }

    /// `ACR (Name)`.
    private mutating func define(acronym: String, name: Range<Int>) {
        if let known = candidateOver[name].map({ candidates[$0] }) {
            adopt(acronym: acronym, name: name, known: known)
            return
        }
        if excluded.holds(name) {
            suppressed.insert(acronym)
            return
        }
        let words = name.filter { text.tokens[$0].kind == .word }
        guard initials(of: words[...], spell: Self.letters(of: acronym)) || isGroupLike(name) else { return }
        judge(acronym: acronym, name: name)
    }

    /// A known group defines the acronym: the acronym refers to it, and a pattern-found spelling
    /// of a gazetteer group with this acronym takes that group's id.
    private mutating func adopt(acronym: String, name: Range<Int>, known: GroupExtractor.Candidate) {
        var identity = Identity(id: known.id, name: known.name)
        if known.source != .gazetteer, let group = gazetteerGroup(acronym: acronym, sharingWordsWith: name) {
            identity = group
            learn(keys(name), identity)
        }
        if !(gazetteer.acronymIndex[acronym] ?? []).contains(where: { gazetteer.groups[$0].id == identity.id }) {
            acronyms[acronym] = identity
        }
    }

    /// An unknown name defines the acronym: learn both when it looks like a group; refuse the
    /// acronym when the name is plainly not a group.
    private mutating func judge(acronym: String, name: Range<Int>) {
        if isNonGroup(name) {
            suppressed.insert(acronym)
            return
        }
        guard isGroupLike(name) || hasCue(around: name) else { return }
        let identity = gazetteerGroup(acronym: acronym, sharingWordsWith: name) ?? extractor.identify(name, in: text)
        learn(keys(name), identity)
        if !(gazetteer.acronymIndex[acronym] ?? []).contains(where: { gazetteer.groups[$0].id == identity.id }) {
            acronyms[acronym] = identity
        }
    }

    /// The gazetteer group with this acronym whose names share a distinctive word with the name;
    /// `closely`: at least two, and at least half of the name's distinctive words.
    private func gazetteerGroup(acronym: String, sharingWordsWith name: Range<Int>, closely: Bool = false) -> Identity? {
        let indices = gazetteer.acronymIndex[acronym] ?? []
        guard indices.count == 1 else { return nil }
        let group = gazetteer.groups[indices[0]]
        let mine = Set(name.filter { rules.isWord($0) }.map { rules.wordKey($0) }).subtracting(patterns.acronymGenericWords)
        let theirs = gazetteer.nameWords(of: indices[0])
        let shared = mine.intersection(theirs).count
        if closely {
            guard shared >= 2, shared * 2 >= mine.count else { return nil }
        } else {
            guard shared >= 1 else { return nil }
        }
        return Identity(id: group.id, name: group.name)
    }

    // MARK: - Judging a name

    /// The word tokens of the name that ends at `end`: capitalised words, particles, hyphens and
    /// inner function words, at most ten words, not past a stop word such as `The` or a weekday.
    private func runEnding(at end: Int) -> [Int] {
        var words: [Int] = []
        var i = end - 1
        guard rules.isNameWord(i) else { return [] }
        while words.count < 10 {
            if rules.isNameWord(i) {
                if rules.isStop(i) && !words.isEmpty { break }
                words.insert(i, at: 0)
            } else if rules.isParticle(i) || rules.keyFlags(i).contains(.acronymSkip) {
                words.insert(i, at: 0)
            } else {
                break
            }
            guard let (p, joint) = rules.previous(i) else { break }
            if rules.isHyphen(p) {
                guard joint == .adjacent, let (w, j2) = rules.previous(p), j2 == .adjacent else { break }
                i = w
            } else if text.keys[p] == "'s" {
                // `People's` is part of a name; any other possessive ends it (`al-Qaeda's …`).
                guard let (w, j2) = rules.previous(p), j2 == .adjacent,
                      rules.flags[w].contains(.possessiveNameWord) else { break }
                i = w
            } else {
                i = p
            }
        }
        // Leading particles and function words are not part of the name.
        while let first = words.first, !rules.isNameWord(first) || rules.isStop(first) { words.removeFirst() }
        return words
    }

    /// The letters an acronym spells, lower-cased.
    private static func letters(of acronym: String) -> [Character] {
        Array(acronym.lowercased().filter { $0.isLetter })
    }

    /// True when the initials of the words spell the acronym's `letters`: every capitalised word
    /// gives its first letter in order; particles and function words may give theirs or be
    /// skipped. (The letters spelled so far that the words read so far can stand for, as one set
    /// carried from word to word.)
    private func initials(of words: ArraySlice<Int>, spell letters: [Character]) -> Bool {
        guard !letters.isEmpty else { return false }
        // reachable[a]: the words read so far can spell the first `a` letters
        var reachable = [Bool](filledWith: false, count: letters.count + 1)
        var next = reachable
        reachable[0] = true
        for i in words {
            guard text.tokens[i].kind == .word, let first = text.keys[i].first else { continue }
            let optional = !rules.isNameWord(i)
            for a in next.indices {
                next[a] = (optional && reachable[a]) || (a > 0 && reachable[a - 1] && letters[a - 1] == first)
            }
            swap(&reachable, &next)
        }
        return reachable[letters.count]
    }

    /// A name with a group word (`Liberation`, `Sangar`, `Brigade`, `Mujahideen`).
    private func isGroupLike(_ name: Range<Int>) -> Bool {
        name.contains { rules.isWord($0) && patterns.groupWords.contains(rules.wordKey($0)) }
    }

    /// A name that is not a group: a word such as `Party` or `Department`, or a state's name with
    /// no qualifier (`Pakistan Army`, `Nigerian Armed Forces`).
    private func isNonGroup(_ name: Range<Int>) -> Bool {
        let words = name.filter { rules.isWord($0) }
        if words.contains(where: { rules.flags[$0].contains(.nonGroup) }) { return true }
        if let first = words.first, rules.isState(first),
           !words.contains(where: { rules.flags[$0].contains(.qualifier) }) {
            return true
        }
        return false
    }

    /// A cue word (`militants`, `claimed`, `banned`) among the eight words before the name or the
    /// eight after it (the acronym included), in the same sentence.
    private func hasCue(around name: Range<Int>) -> Bool {
        let sentence = text.tokens[name.lowerBound].sentence
        func isCue(_ i: Int) -> Bool { rules.isWord(i) && patterns.cueWords.contains(rules.wordKey(i)) }
        var seen = 0
        var i = name.lowerBound - 1
        while i >= 0, seen < 8, text.tokens[i].sentence == sentence {
            if rules.isWord(i) {
                if isCue(i) { return true }
                seen += 1
            }
            i -= 1
        }
        seen = 0
        i = name.upperBound
        while i < text.tokens.count, seen < 8, text.tokens[i].sentence == sentence {
            if rules.isWord(i) {
                if isCue(i) { return true }
                seen += 1
            }
            i += 1
        }
        return false
    }

    private func keys(_ range: Range<Int>) -> [String] {
        range.compactMap { i in
            PhraseMatcher<Int>.isSkippable(i, in: text) ? nil : PhraseMatcher<Int>.matchKey(text.keys[i])
        }
    }

    // MARK: - Mentions

    /// Every mention of a learned name or acronym in the document, as candidates.
    func mentions(lines: LineShapes) -> [GroupExtractor.Candidate] {
        var result: [GroupExtractor.Candidate] = []
        let tokens = text.tokens
        let keys = text.keys
        var acronymParts: [(parts: Int, length: Int, acronym: String, identity: Identity)] = []
        for (acronym, identity) in acronyms {
            acronymParts.append((tokenCount(acronym), acronym.utf8.count, acronym, identity))
        }
        // per key id of the document: whether its match key begins a learned name (-1: not yet
        // known), so that a key is matched against the names once, not at each of its tokens
        var beginsName = [Int8](filledWith: -1, count: names.isEmpty ? 0 : keys.distinctCount)
        for i in tokens.indices where tokens[i].kind == .word {
            for entry in acronymParts where i + entry.parts <= tokens.count {
                let range = i..<(i + entry.parts)
                // compare lengths first: most tokens are dismissed without building a string
                guard text.utf8End(of: range.upperBound - 1) - tokens[i].utf8Start == entry.length,
                      text.surface(range) == entry.acronym else { continue }
                if patterns.wordAcronyms.contains(entry.acronym) && lines.isAllCaps(i) { continue }
                result.append(GroupExtractor.Candidate(range: range, id: entry.identity.id, name: entry.identity.name,
                                                       source: .learned, rule: "group/defined-acronym"))
            }
            guard !names.isEmpty else { continue }
            let id = Int(tokens[i].keyID)
            if beginsName[id] < 0 {
                let key = PhraseMatcher<Int>.matchKey(keys[i])
                beginsName[id] = names.contains { $0.keys.first == key } ? 1 : 0
            }
            guard beginsName[id] == 1 else { continue }
            let key = PhraseMatcher<Int>.matchKey(keys[i])
            for (nameKeys, identity) in names where nameKeys.first == key {
                guard let end = matchKeys(nameKeys, from: i), NameCase.isProperName(i..<end, in: text, rules: rules) else { continue }
                result.append(GroupExtractor.Candidate(range: i..<end, id: identity.id, name: identity.name,
                                                       source: .learned, rule: "group/defined-name"))
            }
        }
        return result
    }

    /// The number of tokens an acronym such as `ISIS-K` spans.
    private func tokenCount(_ acronym: String) -> Int {
        var count = 1
        var previousIsPart = true
        for character in acronym {
            let isPart = character.isLetter || character.isNumber
            if isPart != previousIsPart { count += 1 }
            previousIsPart = isPart
        }
        return count
    }

    /// The end of the name with these keys starting at token `start`, ignoring spaces and hyphens.
    private func matchKeys(_ keys: [String], from start: Int) -> Int? {
        var i = start
        var k = 0
        while k < keys.count {
            guard i < text.tokens.count else { return nil }
            let token = text.tokens[i]
            if PhraseMatcher<Int>.isSkippable(i, in: text) {
                if token.shape.contains(.lineBreak) || k == 0 { return nil }
                i += 1
                continue
            }
            guard PhraseMatcher<Int>.matchKey(text.keys[i]) == keys[k] else { return nil }
            k += 1
            i += 1
        }
        return i
    }
}
