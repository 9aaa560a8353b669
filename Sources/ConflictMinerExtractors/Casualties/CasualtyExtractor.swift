import ConflictMinerCore

/// Finds counts of people killed, injured or abducted (CASUALTY), with `Count`, `Kind`,
/// `Qualifier` and `Victims` as the annotation guidelines define them.
///
/// Works sentence by sentence over tokens and their keys. Every number phrase (see
/// `NumberParser`) is a candidate; its victim noun phrase is read after it, and its kind is
/// decided by the first of these that applies (see `docs/casualties.md`):
///
/// 1. a predicate right after the victims: `10 officers were killed`, `Four killed`,
///    `six soldiers lost their lives`, `shot 14 personnel dead`, `took 20 passengers hostage`;
/// 2. a verb or noun before the count: `killing at least 26 people`, `the death of six`,
///    `bodies of 11 soldiers`, `the death toll rose to 31`, `including a major`;
/// 3. a predicate reached across joined counts or an insertion: `three soldiers and five
///    militants were killed`, `Twelve people, including …, were killed`;
/// 4. the count it is joined to: `killed four troops and as many soldiers`;
/// 5. a partitive or a breakdown: `three of the dead were farmers`, `Of the nine injured,
///    seven were guards …`;
/// 6. an attacker's own death far from its subject: `the fighter … blew himself up`.
///
/// Counts that are not of people (units, money, vehicles), dates, ages, objects of
/// non-casualty verbs (`arrested`) and counts that mix in other outcomes are left out.
public struct CasualtyExtractor: Extractor {
    public let name = "casualty"
    private(set) var lexicon: CasualtyLexicon
    private(set) var numbers: NumberParser

    /// The tables of a gazetteer folder's `lexicons/casualties/`.
    public static var tables: [String] { CasualtyLexicon.tables }

    /// An extractor over a gazetteer folder's casualty words, reading counts with `numbers`.
    public init(in gazetteers: GazetteerDirectory, numbers: NumberParser) throws {
        self.init(lexicon: try CasualtyLexicon(in: gazetteers), numbers: numbers)
    }

    init(lexicon: CasualtyLexicon, numbers: NumberParser) {
        self.lexicon = lexicon
        self.numbers = numbers
    }

    public func sharing(_ vocabulary: inout Vocabulary) -> CasualtyExtractor {
        var copy = self
        copy.lexicon = lexicon.sharing(&vocabulary)
        copy.numbers = numbers.sharing(&vocabulary)
        return copy
    }

    public func extract(from text: AnalyzedText, into entities: inout [Entity]) {
        var scan = CasualtyScan(text: text, lexicon: lexicon, numbers: numbers)
        scan.run(into: &entities)
    }
}

/// The noun phrase after a count: who the count is of.
struct VictimPhrase {
    enum Status {
        /// No noun (`29 were killed`, `killing 10.`).
        case empty
        /// `others`, `more`, `of them`: people, with no `Victims`.
        case others
        /// A known victim noun heads it (`soldiers`, `Chinese workers`).
        case person
        /// A noun the lexicon does not know.
        case unknown
        /// Units, money, vehicles, buildings, weapons, animals, events.
        case nonPerson
        /// Capitalised words only: a name (`one Usman Habibu`).
        case name
    }

    var status: Status = .empty
    /// Tokens of the `Victims` value.
    var victims: Range<Int>?
    /// The last token the phrase covers (the count's last token when there is none).
    var end: Int
    var singular = false
    /// The head says the kind (`bodies`, `remains`, `deaths`).
    var nounKind: CasualtyKind?
    /// The head is `lives` (`claimed 10 lives`).
    var lives = false
    /// A kind adjective before the noun (`the five slain bandits`).
    var adjectiveKind: CasualtyKind?
    /// `N of …`
    var partitive = false
    /// `of the victims` / `of the dead`: the kind (nil with `contextKind` for `victims`).
    var partitiveKind: CasualtyKind?
    var contextKind = false
    /// `N of them`, `N of whom`: a part of the count just given (`four of them children`).
    var pronounPartitive = false

    var isPeople: Bool { status == .person || status == .others }
}

struct CasualtyScan {
    let text: AnalyzedText
    let tokens: [Token]
    let keys: TokenKeys
    let lexicon: CasualtyLexicon
    let numbers: NumberParser
    /// Over the text and its number flags (`phraseStarts`): the number phrases are read through it.
    let cursor: Cursor
    /// Per token: what the casualty tables say of its word.
    let flags: TokenClasses<CasualtyLexicon.WordFlags>
    /// Per token: whether a number phrase may start there (`NumberParser.phraseStarts`).
    let phraseStarts: NumberParser.PhraseStarts
    /// The words the rules compare tokens with, by their ids in this document.
    let words: RuleWords
    /// The kind of the last casualty found in the document (for `of the victims`).
    var lastKind: CasualtyKind?
    var sentenceRange: Range<Int> = 0..<0

    struct Candidate {
        var phrase: NumberPhrase
        var value: Int
        var np: VictimPhrase
        var isAsMany = false
    }

    enum Role {
        case subject, object, including, toll, coordination, partitive, category, reflexive
    }

    /// The rules that give a count its kind (`classify`, and the pass for an attacker's own
    /// death), each named as `Entity.rule` gives it.
    enum Rule: String {
        /// A head noun that carries the kind: `11 bodies`.
        case nounKind = "casualty/noun-kind"
        /// `lives` and a predicate: `five lives were lost`.
        case livesPredicate = "casualty/lives-predicate"
        /// A verb before `lives`: `claimed five lives`.
        case livesTrigger = "casualty/lives-trigger"
        /// A predicate straight after the victims: `three soldiers were killed`.
        case predicateAfter = "casualty/predicate-after"
        /// A kind adjective before the noun: `the three injured soldiers`.
        case kindAdjective = "casualty/kind-adjective"
        /// A verb or noun before the count: `killed three soldiers`, `a death toll of 12`.
        case triggerBefore = "casualty/trigger-before"
        /// A predicate across joined counts or an insertion: `two soldiers and a child were killed`.
        case predicateAcross = "casualty/predicate-across"
        /// Joined to a count found before it: `killed four troops and as many police`.
        case coordination = "casualty/coordination"
        /// A part of a whole: `two of the dead`.
        case partitive = "casualty/partitive"
        /// A part of the count just before: `four of them children`.
        case pronounPartitive = "casualty/pronoun-partitive"
        /// A bare count and a category after a breakdown: `of the dead, five were children`.
        case category = "casualty/category"
        /// An attacker's own death stated away from its subject: `… blew himself up`.
        case reflexive = "casualty/reflexive"
    }

    struct Found {
        var candidate: Candidate
        var kind: CasualtyKind
        var role: Role
        var rule: Rule
        var victims: Range<Int>?
        /// Preceded by `of (the)`: `Of the nine injured`.
        var ofPrefixed: Bool
    }

    init(text: AnalyzedText, lexicon: CasualtyLexicon, numbers: NumberParser) {
        self.text = text
        self.tokens = text.tokens
        keys = text.keys
        self.lexicon = lexicon
        self.numbers = numbers
        self.flags = lexicon.flags(of: text)
        phraseStarts = numbers.phraseStarts(in: text)
        self.cursor = Cursor(text: text, numberFlags: phraseStarts.flags)
        words = RuleWords(text.keys)
    }

    /// The ids in one document of the words the casualty rules compare tokens with (nil where
    /// the document lacks one): a rule compares a token's key id, not its key's string.
    struct RuleWords {
        let a, an, and, another, `as`, by, many, of, old, one, or, others, the, well, year, years: Int32?
        let colon, semicolon, slash, stop, comma, hyphen, closingParenthesis, possessive: Int32?

        init(_ keys: TokenKeys) {
            (a, an, and, another) = (keys.id(of: .a), keys.id(of: .an), keys.id(of: .and), keys.id(of: .another))
            (`as`, by, many, of) = (keys.id(of: .as), keys.id(of: .by), keys.id(of: .many), keys.id(of: .of))
            (old, one, or, others) = (keys.id(of: .old), keys.id(of: .one), keys.id(of: .or), keys.id(of: .others))
            (the, well, year, years) = (keys.id(of: .the), keys.id(of: .well), keys.id(of: .year), keys.id(of: .years))
            (colon, slash, stop, comma) = (keys.id(of: .colon), keys.id(of: .slash), keys.id(of: .stop), keys.id(of: .comma))
            (hyphen, closingParenthesis, possessive) = (keys.id(of: .hyphen), keys.id(of: .closingParenthesis), keys.id(of: .possessive))
            semicolon = keys.id(of: .semicolon)
        }
    }

    /// Whether token `i` (if any) has the word `word` (if the document has it).
    func isKey(_ i: Int?, _ word: Int32?) -> Bool {
        guard let i, let word else { return false }
        return tokens[i].keyID == word
    }

    // MARK: - Token steps within the sentence

    func nx(_ i: Int) -> Int? {
        guard let n = cursor.next(after: i), n < sentenceRange.upperBound else { return nil }
        return n
    }

    func pv(_ i: Int) -> Int? {
        guard let p = cursor.previous(before: i), p >= sentenceRange.lowerBound else { return nil }
        return p
    }

    func key(_ i: Int?) -> String {
        guard let i else { return "" }
        return keys[i]
    }

    func isA(_ i: Int?, _ wordClass: CasualtyLexicon.WordClass) -> Bool {
        guard let i else { return false }
        return flags[i].contains(CasualtyLexicon.WordFlags(wordClass))
    }

    /// A word of a victim noun phrase that ends it: a stop word, a date, an auxiliary, an adverb,
    /// a negator or the first word of a predicate or trigger.
    static let phraseEnders: CasualtyLexicon.WordFlags = [
        .init(.stop), .init(.date), .init(.passive), .init(.aux), .init(.adverb), .init(.negator), .phraseStart,
    ]

    /// A victim noun (`soldiers`, `people`, `hostage`).
    func isVictimNoun(_ i: Int) -> Bool {
        !flags[i].isDisjoint(with: .anyVictim)
    }

    static let quotes: Set<String> = ["\"", "“", "”", "'", "‘", "’", "«", "»", "`"]

    func isQuote(_ i: Int) -> Bool { tokens[i].kind == .punctuation && Self.quotes.contains(keys[i]) }

    func isNegator(_ i: Int) -> Bool {
        return isA(i, .negator) || keys[i].hasSuffix("n't")
    }

    /// The longest phrase of a class starting at `i`; returns the entry and its last token.
    func matchForward(_ phraseClass: CasualtyLexicon.PhraseClass, at i: Int?) -> (entry: CasualtyLexicon.Entry, last: Int)? {
        guard let i, flags[i].contains(CasualtyLexicon.WordFlags(starting: phraseClass)),
              let entries = lexicon.byFirst.entries(phraseClass, key: keys[i]) else { return nil }
        return firstMatch(of: entries, from: i, forward: true).map { ($0.entry, last: $0.end) }
    }

    /// The longest phrase of a class ending at `i`; returns the entry and its first token.
    func matchBackward(_ phraseClass: CasualtyLexicon.PhraseClass, endingAt i: Int?) -> (entry: CasualtyLexicon.Entry, first: Int)? {
        guard let i, flags[i].contains(CasualtyLexicon.WordFlags(ending: phraseClass)),
              let entries = lexicon.byLast.entries(phraseClass, key: keys[i]) else { return nil }
        return firstMatch(of: entries, from: i, forward: false).map { ($0.entry, first: $0.end) }
    }

    /// The first of `entries` (longest first) whose keys the words from `i` on spell, read
    /// forward from its first key or backward from its last; returns it and the token at its
    /// other end.
    private func firstMatch(of entries: [CasualtyLexicon.Entry], from i: Int,
                            forward: Bool) -> (entry: CasualtyLexicon.Entry, end: Int)? {
        // (by index: an entry is copied out only when it matches)
        for e in entries.indices {
            let count = entries[e].keys.count
            var at = i
            var ok = true
            for step in 0..<count {
                if step > 0 {
                    guard let next = forward ? nx(at) : pv(at) else { ok = false; break }
                    at = next
                }
                if keys[at] != entries[e].keys[forward ? step : count - 1 - step] { ok = false; break }
            }
            if ok { return (entries[e], at) }
        }
        return nil
    }

    // MARK: - Document

    /// Appends the counts of every sentence to `entities`.
    mutating func run(into entities: inout [Entity]) {
        for sentence in text.sentences where !sentence.isEmpty {
            sentenceRange = sentence
            for found in scanSentence() {
                entities.append(entity(for: found))
            }
        }
    }

    func entity(for found: Found) -> Entity {
        let phrase = found.candidate.phrase
        let value = CasualtyValue(count: found.candidate.value, kind: found.kind, qualifier: phrase.qualifier,
                                  victims: found.victims.map { text.surface($0) })
        return text.entity(.casualty, tokens: phrase.tokens, value: .casualty(value),
                           rule: found.rule.rawValue)
    }

    mutating func scanSentence() -> [Found] {
        let candidates = collectCandidates()
        // per candidate, what it was found to be
        var found = [Found?](filledWith: nil, count: candidates.count)
        var reflexiveUsed: Set<Int> = []
        for (index, candidate) in candidates.enumerated() {
            if let result = classify(candidate, index: index, candidates: candidates, found: found,
                                     reflexiveUsed: &reflexiveUsed) {
                found[index] = result
                lastKind = result.kind
            }
        }
        // An attacker's own death stated away from its subject (`the fighter … blew himself up`).
        var i = sentenceRange.lowerBound
        while i < sentenceRange.upperBound {
            // (the flag first: a call of `matchForward` from here copies the scan)
            if tokens[i].kind == .word, flags[i].contains(CasualtyLexicon.WordFlags(starting: .predicate)),
               !reflexiveUsed.contains(i), let match = matchForward(.predicate, at: i),
               match.entry.flags.contains(.reflexive) {
                if let index = candidates.indices.last(where: {
                    found[$0] == nil && candidates[$0].phrase.tokens.upperBound <= i
                        && candidates[$0].np.status == .person
                        && (!candidates[$0].phrase.isArticle || candidates[$0].np.singular)
                        && i - candidates[$0].phrase.tokens.upperBound < 40
                }) {
                    let candidate = candidates[index]
                    found[index] = Found(candidate: candidate, kind: .killed, role: .reflexive, rule: .reflexive,
                                         victims: candidate.np.victims, ofPrefixed: false)
                    lastKind = .killed
                }
                i = match.last + 1
                continue
            }
            i += 1
        }
        return found.compactMap { $0 }
    }

    // MARK: - Candidates

    func collectCandidates() -> [Candidate] {
        var list: [Candidate] = []
        // (room for a sentence's few counts at the first: one allocation where growing made three)
        func add(_ candidate: Candidate) {
            if list.capacity == 0 { list.reserveCapacity(4) }
            list.append(candidate)
        }
        var i = sentenceRange.lowerBound
        while i < sentenceRange.upperBound {
            let token = tokens[i]
            guard token.kind != .whitespace else {
                i += 1
                continue
            }
            // `as many` repeats the count before it (`three … and as many injured`).
            if token.keyID == words.as, let many = nx(i), isKey(many, words.many), !isKey(nx(many), words.as),
               !isA(pv(i), .asManyComparison) {
                if let previous = list.last {
                    let phrase = NumberPhrase(tokens: i..<(many + 1), number: i..<(many + 1), value: previous.value,
                                              qualifier: nil, form: .words)
                    var candidate = Candidate(phrase: phrase, value: previous.value, np: victimPhrase(after: many))
                    candidate.isAsMany = true
                    add(candidate)
                }
                i = many + 1
                continue
            }
            if token.kind == .word || token.kind == .number, phraseStarts.mayStart(token),
               let phrase = numbers.phrase(at: i, cursor: cursor), phrase.tokens.upperBound <= sentenceRange.upperBound {
                if !isExcluded(phrase) {
                    let np = victimPhrase(after: phrase.tokens.upperBound - 1)
                    if !isYear(phrase, np) {
                        add(Candidate(phrase: phrase, value: phrase.value, np: np))
                    }
                }
                i = phrase.tokens.upperBound
                continue
            }
            i += 1
        }
        return list
    }

    /// Numbers that are not counts of people whatever follows: money, times, dates, compound
    /// adjectives (`12-year-old`, `two-day`, `500-strong`), `no one`.
    func isExcluded(_ phrase: NumberPhrase) -> Bool {
        let first = phrase.number.lowerBound
        let last = phrase.tokens.upperBound - 1
        let before = pv(phrase.tokens.lowerBound)
        let after = nx(last)
        if phrase.form == .digits || phrase.form == .range {
            if isA(before, .currency) || isA(after, .currency) { return true }
            if let before, tokens[before].kind == .word, keys[before].hasSuffix("$") { return true }
            if isA(before, .date) || isA(after, .date) { return true }
            if isKey(after, words.colon) || isKey(after, words.slash) || isKey(before, words.slash) { return true }
            if isKey(after, words.stop) || isKey(after, words.comma), let n = nx(after!), tokens[n].kind == .number,
               after! + 1 == n { return true }
        }
        // A compound adjective: a hyphen straight after the number, then a word.
        if let after, isKey(after, words.hyphen), after == last + 1, let word = cursor.next(after: after, allowAdjacentOnly: true),
           tokens[word].kind == .word {
            return true
        }
        if isKey(first, words.one) {
            if isA(before, .noCount) || isKey(after, words.another) { return true }
        }
        // `one of the deadliest` — handled by the victim phrase; `one day`, `one by one`:
        if isKey(after, words.by) && isKey(first, words.one) { return true }
        return false
    }

    /// A bare four-digit number in 1900–2099 is a year unless people follow it.
    func isYear(_ phrase: NumberPhrase, _ np: VictimPhrase) -> Bool {
        guard phrase.form == .digits, phrase.number.count == 1 else { return false }
        let token = tokens[phrase.number.lowerBound]
        guard token.shape.contains(.allDigits), keys[phrase.number.lowerBound].utf8.count == 4, (1900...2099).contains(phrase.value)
        else { return false }
        return np.status != .person && np.status != .others
    }

    // MARK: - Victim phrase

    func victimPhrase(after last: Int) -> VictimPhrase {
        var vp = VictimPhrase(end: last)
        guard var j = nx(last) else { return vp }
        // A kind adjective before the noun: `the five slain bandits`, `the nine injured`.
        if let adjective = matchForward(.adjective, at: j), adjective.entry.keys.count == 1 {
            if let start = nx(adjective.last) {
                let inner = run(from: start)
                if inner.status == .person || inner.nounKind != nil {
                    var result = inner
                    result.adjectiveKind = adjective.entry.kind
                    return result
                }
            }
            return vp
        }
        var skippedMore: Int?
        if isA(j, .more) {
            skippedMore = j
            guard let next = nx(j) else {
                vp.status = .others
                vp.end = j
                return vp
            }
            j = next
        }
        if isKey(j, words.others) {
            vp.status = .others
            vp.end = j
            return vp
        }
        if isKey(j, words.of) {
            return partitive(afterOf: j, base: vp)
        }
        var result = run(from: j)
        if result.status == .empty && !result.lives {
            if let more = skippedMore {
                result.status = .others
                result.end = more
            } else {
                result.end = last
            }
            return result
        }
        // `two remains of militia fighters`: the victims are the complement.
        if result.nounKind != nil, let of = nx(result.end), isKey(of, words.of) {
            let complement = partitive(afterOf: of, base: VictimPhrase(end: of))
            result.victims = complement.victims
            result.end = complement.end
        }
        return result
    }

    /// `N of (the|its|those|them|…) …`
    func partitive(afterOf of: Int, base: VictimPhrase) -> VictimPhrase {
        var vp = base
        vp.partitive = true
        vp.end = of
        guard var k = nx(of) else { return vp }
        let determiner = key(k)
        if isA(k, .partitivePronoun) {
            vp.status = .others
            vp.end = k
            vp.pronounPartitive = determiner != "us"
            return vp
        }
        // `hundreds of others`: people, with no `Victims`.
        if determiner == "others" {
            vp.status = .others
            vp.end = k
            return vp
        }
        if isA(k, .partitiveDeterminer) {
            guard let next = nx(k) else { return vp }
            k = next
            if determiner == "all", isKey(k, words.the), let n = nx(k) { k = n }
        } else if tokens[k].isCapitalized, isKey(nx(k), words.possessive), let n = nx(k).flatMap({ nx($0) }) {
            // `of Islam's brave warriors`
            k = n
        }
        // `of the victims`, `of the dead`, `of those killed`
        if let word = matchForward(.partitive, at: k), word.entry.keys.count == 1 {
            let after = nx(word.last)
            let afterIsNoun = after.map { isVictimNoun($0) } ?? false
            if !afterIsNoun {
                vp.status = .others
                vp.end = word.last
                vp.partitiveKind = word.entry.kind
                vp.contextKind = word.entry.kind == nil
                return vp
            }
        }
        // `of the five slain bandits`
        if let inner = numbers.phrase(at: k, cursor: cursor), inner.tokens.upperBound <= sentenceRange.upperBound,
           !inner.isArticle, let next = nx(inner.tokens.upperBound - 1) {
            k = next
        }
        if let adjective = matchForward(.adjective, at: k), adjective.entry.keys.count == 1, let next = nx(adjective.last) {
            k = next
        }
        if determiner == "those" && vp.status == .empty { vp.status = .others }
        var inner = run(from: k)
        if inner.status == .empty {
            inner.end = vp.end
            inner.status = determiner == "those" ? .others : .empty
        }
        inner.partitive = true
        return inner
    }

    /// A run of noun-phrase words from `start`, with its head read from the last word.
    func run(from start: Int) -> VictimPhrase {
        var vp = VictimPhrase(end: pv(start) ?? start)
        // (a run stops at eight words, nine with an age: held inline, no array a phrase)
        var words = TokenIndexList()
        var victimsStart: Int?
        var sawVictim = false
        var k: Int? = start
        var last = -1
        while let t = k, words.count < 8 {
            let token = tokens[t]
            let key = keys[t]
            if token.kind == .word {
                if isAcronym(t) {
                    // `US troops`, `IS fighters`, `FC men`: an acronym is a modifier, not a stop word;
                    // so is a dotted one (`U.S. soldier`), over its closing period.
                    if let dot = cursor.next(after: t, allowAdjacentOnly: true), isKey(dot, self.words.stop),
                       let n = nx(dot), tokens[n].kind == .word, !tokens[n].isCapitalized {
                        words.append(t)
                        last = t
                        k = n
                        continue
                    }
                } else if sawVictim && isParticiple(t) {
                    // `policemen manning a post`: the participle starts a phrase after the noun.
                    break
                } else if isVictimNoun(t) {
                    if (key == "hostage" || key == "captive") && sawVictim { break }
                } else if isA(t, .outcome) {
                    // `the eleven missing soldiers`: an outcome word before a noun is an adjective.
                    guard let n = nx(t), isVictimNoun(n) else { break }
                } else if !flags[t].isDisjoint(with: Self.phraseEnders) || key.hasSuffix("n't") {
                    // A trigger word inside a name stays (`Kill` is rare; `Shot` likewise): only
                    // lower-case or sentence-level uses end the phrase.
                    break
                }
                if isVictimNoun(t) { sawVictim = true }
                words.append(t)
                last = t
            } else if token.kind == .number, let end = ageCompound(at: t) {
                // `a 12-year-old boy`: the age is a modifier inside `Victims`.
                if words.isEmpty { words.append(t) }
                words.append(end)
                last = end
                k = nx(end)
                continue
            } else if key == "-", last == t - 1, let n = cursor.next(after: t, allowAdjacentOnly: true),
                      tokens[n].kind == .word {
                k = n
                continue
            } else if key == "(", let close = closingParenthesis(after: t) {
                victimsStart = nx(close)
                last = close
                k = nx(close)
                continue
            } else {
                break
            }
            k = nx(t)
        }
        guard let head = words.last else { return vp }
        vp.end = last
        let headKey = keys[head]
        let firstWord = words.first!
        let from = victimsStart.map { $0 <= head ? max($0, firstWord) : firstWord } ?? firstWord
        if let number = flags[head].victimNumber {
            vp.status = .person
            vp.singular = number != .plural
            vp.victims = from..<(head + 1)
        } else if isAge(head) {
            vp.status = .person
            vp.singular = true
            vp.victims = from..<(head + 1)
        } else if flags[head].contains(CasualtyLexicon.WordFlags(starting: .nounKind)),
                  let nounKind = lexicon.byFirst.entries(.nounKind, key: headKey)?.first(where: { $0.keys.count == 1 }) {
            vp.nounKind = nounKind.kind
            vp.status = .others
        } else if headKey == "lives" {
            vp.lives = true
        } else if words.contains(where: { isA($0, .nonPerson) }) {
            vp.status = .nonPerson
        } else if tokens[head].isCapitalized, headKey.hasSuffix("s"), !headKey.hasSuffix("'s"),
                  !tokens[head].shape.contains(.allUppercase), headKey.utf8.count > 3 {
            // An unlisted people noun (`Hazaras`, `Pakistanis`).
            vp.status = .person
            vp.victims = from..<(head + 1)
        } else if words.allSatisfy({ tokens[$0].isCapitalized }) {
            vp.status = .name
        } else {
            vp.status = .unknown
            vp.victims = from..<(head + 1)
        }
        return vp
    }

    /// An all-capitals word in running text (`US`, `IS`, `FC`), not in an all-capitals line.
    func isAcronym(_ t: Int) -> Bool {
        guard tokens[t].shape.contains(.allUppercase), keys[t].utf8.count <= 5 else { return false }
        var k = nx(t)
        while let n = k, tokens[n].kind != .word { k = nx(n) }
        guard let n = k else { return true }
        return !tokens[n].shape.contains(.allUppercase)
    }

    /// `12-year-old` (or `12-year old`): the number, `-`, `year(s)`, `-`, `old`; returns the last token.
    func ageCompound(at i: Int) -> Int? {
        guard let dash = cursor.next(after: i, allowAdjacentOnly: true), isKey(dash, words.hyphen),
              let year = cursor.next(after: dash, allowAdjacentOnly: true), isKey(year, words.year) || isKey(year, words.years),
              let after = nx(year) else { return nil }
        // `12-year-old`, and `55-year old` as some outlets write it.
        if isKey(after, words.hyphen), after == year + 1, let old = cursor.next(after: after, allowAdjacentOnly: true), isKey(old, words.old) {
            return old
        }
        return isKey(after, words.old) ? after : nil
    }

    func isAge(_ i: Int) -> Bool {
        isKey(i, words.old) && isKey(pv(i), words.hyphen)
    }

    func closingParenthesis(after open: Int) -> Int? {
        var k = nx(open)
        var steps = 0
        while let t = k, steps < 8 {
            if isKey(t, words.closingParenthesis) { return steps > 0 ? t : nil }
            guard tokens[t].kind == .word else { return nil }
            steps += 1
            k = nx(t)
        }
        return nil
    }

    // MARK: - Classification

    enum PredicateResult {
        case kind(CasualtyKind, at: Int, reflexive: Bool, direct: Bool)
        case blocked
        /// An auxiliary followed by something that is not a casualty predicate (`12 were members`).
        case auxThen(Int)
    }

    /// The kind and role of a count, by the first rule that holds (in the order of the numbered
    /// comments), or nil when it is no casualty count.
    func classify(_ c: Candidate, index: Int, candidates: [Candidate], found: [Found?],
                           reflexiveUsed: inout Set<Int>) -> Found? {
        let np = c.np
        let start = c.phrase.tokens.lowerBound
        let ofPrefixed = isKey(pv(start), words.of) || (isKey(pv(start), words.the) && isKey(pv(start).flatMap { pv($0) }, words.of))
        func make(_ kind: CasualtyKind, _ role: Role, by rule: Rule, victims: Range<Int>?? = nil) -> Found {
            Found(candidate: c, kind: kind, role: role, rule: rule, victims: victims ?? np.victims, ofPrefixed: ofPrefixed)
        }
        if isNoCount(c, index: index, candidates: candidates, ofPrefixed: ofPrefixed) { return nil }

        let predicate = self.predicate(after: np.end, for: c)
        if case .blocked = predicate { return nil }
        let trigger = self.trigger(before: start, for: c, candidates: candidates, index: index, found: found)
        if case .blocked? = trigger { return nil }

        // Head nouns that carry the kind: `11 bodies`, `three remains of …`.
        if let kind = np.nounKind { return make(kind, .subject, by: .nounKind) }
        if np.lives {
            if case .kind(let kind, _, _, _) = predicate { return make(kind, .subject, by: .livesPredicate, victims: .some(nil)) }
            if case .found(let kind, _, let entry)? = trigger,
               entry?.flags.contains(.lives) == true || entry?.flags.contains(.strict) == true {
                return make(kind, .object, by: .livesTrigger, victims: .some(nil))
            }
            return nil
        }
        if np.status == .name && !(c.value == 1 && isKey(c.phrase.number.lowerBound, words.one)) { return nil }

        // An article after a preposition, inside a phrase after another noun (`a fighter belonging
        // to a militia was killed`, `the wife of a soldier`), is not the predicate's subject.
        if c.phrase.isArticle, let before = pv(start), isA(before, .attachingPreposition),
           case .kind = predicate {
            return nil
        }
        // 1. A predicate straight after the victims.
        if case .kind(let kind, let at, let reflexive, true) = predicate {
            if reflexive { reflexiveUsed.insert(at) }
            return make(kind, .subject, by: .predicateAfter)
        }
        // 1b. A kind adjective before the noun (`the three injured soldiers`).
        if let kind = np.adjectiveKind {
            return make(kind, .subject, by: .kindAdjective)
        }
        // 2. A verb or noun before the count.
        if case .found(let kind, let role, _)? = trigger {
            return make(kind, role, by: .triggerBefore)
        }
        // 3. A predicate across joined counts or an insertion.
        if case .kind(let kind, let at, let reflexive, false) = predicate {
            if reflexive { reflexiveUsed.insert(at) }
            return make(kind, .subject, by: .predicateAcross)
        }
        // 4. Joined to a count found before it (`killed four troops and as many soldiers`).
        if let kind = coordinatedKind(c, found: found) {
            return make(kind, .coordination, by: .coordination)
        }
        // 5. Partitives and breakdowns, and the people a category names.
        return part(c, index: index, predicate: predicate, found: found, make: make)
    }

    /// Whether a number is no count of casualties whatever surrounds it: a count of things, an
    /// article or `another` before what is not one person, the whole of a partitive, or the doer
    /// of a verb that takes its own victims.
    private func isNoCount(_ c: Candidate, index: Int, candidates: [Candidate], ofPrefixed: Bool) -> Bool {
        let np = c.np
        let start = c.phrase.tokens.lowerBound
        if np.status == .nonPerson { return true }
        // An article counts only before a singular person noun; `another` also alone.
        if c.phrase.form == .article && !(np.status == .person && np.singular) { return true }
        if c.phrase.form == .another && !((np.status == .person && np.singular) || np.status == .empty
                                          || np.status == .others) { return true }
        if c.isAsMany && np.status == .name { return true }
        // The whole of a partitive (`two of the five gunmen were killed`): only the part is said to
        // be hit. A kind word after the whole keeps it (`two of the nine injured`).
        if ofPrefixed, np.status == .person, np.adjectiveKind == nil, index > 0,
           let of = isKey(pv(start), words.of) ? pv(start) : pv(start).flatMap({ pv($0) }),
           nx(candidates[index - 1].phrase.tokens.upperBound - 1) == of {
            return true
        }
        // A count with no noun right before a verb that takes its own victims is that verb's
        // doer (`one killing a guard and another wounding two traders`: a shell each).
        if np.status == .empty, c.phrase.form == .another || isKey(c.phrase.number.lowerBound, words.one),
           let verb = nx(np.end), keys[verb].hasSuffix("ing"), let match = matchForward(.trigger, at: verb),
           let object = nx(match.last), tokens[object].kind == .word || tokens[object].kind == .number {
            return true
        }
        return false
    }

    /// The kind of a count joined by `and`, a comma or `as many` to a count found before it that is
    /// not a subject (`killed four troops and as many soldiers`).
    private func coordinatedKind(_ c: Candidate, found: [Found?]) -> CasualtyKind? {
        let np = c.np
        guard let previous = pv(c.phrase.tokens.lowerBound), isA(previous, .coordination) || isKey(previous, words.as) else {
            return nil
        }
        let before = isKey(previous, words.as) ? pv(previous).flatMap { isKey($0, words.well) ? pv($0).flatMap { pv($0) } : nil }
                                           : pv(previous)
        guard let before, let f = found.lazy.compactMap({ $0 }).first(where: { $0.candidate.np.end == before
                                                            || $0.candidate.phrase.tokens.upperBound - 1 == before }),
              f.role != .subject, f.role != .category, np.isPeople || np.status == .unknown || np.status == .empty,
              !(isKey(previous, words.comma) && isApposition(c)) else { return nil }
        return f.kind
    }

    /// A count that is a part of others: a partitive with a kind in its context (`two of the
    /// wounded`), a part of the count just before it (`Eleven people were killed, four of them
    /// children`), or the people a category after an auxiliary names, after a partitive (`… of
    /// them were soldiers`).
    private func part(_ c: Candidate, index: Int, predicate: PredicateResult?, found: [Found?],
                      make: (CasualtyKind, Role, Rule, Range<Int>??) -> Found) -> Found? {
        let np = c.np
        /// The victims a category after `at` names, if it names people.
        func category(from at: Int) -> Range<Int>? {
            let category = run(from: at)
            return category.status == .person ? category.victims : nil
        }
        if np.partitive, np.partitiveKind != nil || np.contextKind {
            var victims: Range<Int>?
            if case .auxThen(let at) = predicate { victims = category(from: at) }
            return make(np.partitiveKind ?? lastKind ?? .killed, .partitive, .partitive, .some(victims))
        }
        if np.pronounPartitive, index > 0, let f = found[index - 1],
           f.candidate.phrase.tokens.upperBound <= c.phrase.tokens.lowerBound {
            var victims: Range<Int>?
            if case .auxThen(let at) = predicate {
                victims = category(from: at)
            } else if let next = nx(np.end) {
                victims = category(from: next)
            }
            return make(f.kind, .partitive, .pronounPartitive, .some(victims))
        }
        if case .auxThen(let at) = predicate, np.status == .empty {
            let named = run(from: at)
            if named.status == .person,
               let f = found.lazy.compactMap({ $0 }).filter({ $0.role == .partitive || $0.ofPrefixed }).max(by: {
                   $0.candidate.phrase.tokens.lowerBound < $1.candidate.phrase.tokens.lowerBound
               }) {
                return make(f.kind, .category, .category, .some(named.victims))
            }
        }
        return nil
    }

    // MARK: Predicates after the victims

    func predicate(after end: Int, for c: Candidate) -> PredicateResult? {
        var i = nx(end)
        var sawAux = false
        var sawPassive = false
        var direct = true
        var steps = 0
        while let t = i, steps < 40 {
            steps += 1
            if isQuote(t) {
                i = nx(t)
                continue
            }
            // A comma insertion: `, including 10 bandits and two soldiers,` / `, who were …,`
            if isKey(t, words.comma), !sawAux, let skip = insertionEnd(afterComma: t) {
                direct = false
                i = nx(skip)
                continue
            }
            // Joined counts or nouns before a shared predicate.
            if !sawAux, isA(t, .coordination) || (isKey(t, words.as) && isKey(nx(t), words.well)) {
                var after = nx(t)
                if isKey(t, words.as) { after = nx(t).flatMap { nx($0) }.flatMap { nx($0) } }
                if isKey(t, words.comma), isKey(after, words.and) { after = after.flatMap { nx($0) } }
                guard let a = after, let skipEnd = joinedPhraseEnd(at: a) else { return nil }
                direct = false
                i = nx(skipEnd)
                continue
            }
            if !sawAux, isA(t, .relative) {
                i = nx(t)
                continue
            }
            if isNegator(t) { return .blocked }
            if let match = matchForward(.predicate, at: t) {
                if let result = evaluate(match, start: t, sawPassive: sawPassive, direct: direct, for: c) { return result }
                if match.entry.flags.contains(.lives) {
                    // `lost` without `lives`: not a casualty predicate.
                    return sawAux ? .auxThen(t) : nil
                }
                return nil
            }
            if let injury = injuryPhrase(at: t) {
                return .kind(.injured, at: injury, reflexive: false, direct: direct)
            }
            if isA(t, .passive) {
                sawAux = true
                sawPassive = true
                i = nx(t)
                continue
            }
            if isA(t, .aux) {
                sawAux = true
                i = nx(t)
                continue
            }
            if isA(t, .adverb) {
                i = nx(t)
                continue
            }
            if isA(t, .outcome) { return .blocked }
            // A short prepositional phrase or a part (`including an officer`) before a passive:
            // `another youth in the village was kidnapped`.
            // So does a participle phrase: `five policemen manning a post were killed`.
            if !sawAux, isA(t, .subjectModifier)
                || isParticiple(t),
               let aux = passiveAhead(from: t) {
                direct = false
                i = aux
                continue
            }
            if sawAux { return .auxThen(t) }
            return nil
        }
        return nil
    }

    func evaluate(_ match: (entry: CasualtyLexicon.Entry, last: Int), start: Int, sawPassive: Bool, direct: Bool,
                  for c: Candidate) -> PredicateResult? {
        let entry = match.entry
        if entry.flags.contains(.lives) && !c.np.lives { return nil }
        guard var kind = entry.kind else { return nil }
        var weak = entry.flags.contains(.weak)
        var end = match.last
        var transitive = entry.flags.contains(.transitive)
        // A chain of predicates: `killed or wounded` takes the first; `shot and killed` the strong one;
        // `killed and arrested` covers an outcome that is no casualty.
        while let joiner = nx(end), isA(joiner, .predicateJoiner) {
            var next = nx(joiner)
            if isKey(next, words.slash) || (isKey(joiner, words.comma) && isKey(next, words.and)) || (isKey(joiner, words.and) && isKey(next, words.slash)) {
                next = next.flatMap { nx($0) }
                if isKey(next, words.or) { next = next.flatMap { nx($0) } }
            }
            guard let n = next else { break }
            if let following = matchForward(.predicate, at: n), let followingKind = following.entry.kind,
               !following.entry.flags.contains(.reflexive), !following.entry.flags.contains(.lives) {
                if weak {
                    kind = followingKind
                    weak = following.entry.flags.contains(.weak)
                }
                transitive = following.entry.flags.contains(.transitive)
                end = following.last
                continue
            }
            if isA(n, .outcome) { return .blocked }
            break
        }
        // A participle with an object after it is an active verb: the count is the doer.
        if transitive && !sawPassive, let n = nx(end) {
            if isA(n, .objectStart) || isVictimNoun(n) { return nil }
            if let phrase = numbers.phrase(at: n, cursor: cursor), !phrase.isArticle { return nil }
            if tokens[n].kind == .word, tokens[n].isCapitalized, !isA(n, .date) { return nil }
        }
        return .kind(kind, at: start, reflexive: entry.flags.contains(.reflexive), direct: direct)
    }

    /// A count after a bare comma that starts an apposition or a reporting clause, not a list
    /// item: `one Musa Adamu, a vigilante, in …`, `five fighters, a security official said`.
    func isApposition(_ c: Candidate) -> Bool {
        guard let next = nx(c.np.end) else { return false }
        if isA(next, .speech) { return true }
        guard c.phrase.isArticle, isKey(next, words.comma) else { return false }
        return !isKey(nx(next), words.and) && !isKey(nx(next), words.or)
    }

    /// `sustained (varying) injuries`, `suffered gunshot wounds`: returns the noun's token.
    func injuryPhrase(at t: Int) -> Int? {
        guard matchForward(.injuryVerb, at: t) != nil else { return nil }
        var k = nx(t)
        var steps = 0
        while let i = k, steps < 3 {
            if matchForward(.injuryNoun, at: i) != nil { return i }
            guard tokens[i].kind == .word || isKey(i, words.hyphen) else { return nil }
            steps += 1
            k = nx(i)
        }
        return nil
    }

    /// The closing comma of an insertion that opens at `comma`, if the insertion looks like one.
    func insertionEnd(afterComma comma: Int) -> Int? {
        guard let first = nx(comma) else { return nil }
        var speech = false
        var k: Int? = first
        var steps = 0
        while let t = k, steps < 20 {
            if isKey(t, words.comma) {
                return (isA(first, .insertion) || speech) && steps > 0 ? t : nil
            }
            if isA(t, .reportingCue) { speech = true }
            if isKey(t, words.stop) || isKey(t, words.semicolon) { return nil }
            steps += 1
            k = nx(t)
        }
        return nil
    }

    /// The end of a count or noun joined by `and` / `,` before a shared predicate.
    func joinedPhraseEnd(at a: Int) -> Int? {
        if isKey(a, words.as), isKey(nx(a), words.many), let many = nx(a) {
            return victimPhrase(after: many).end
        }
        if isKey(a, words.others) { return a }
        if let phrase = numbers.phrase(at: a, cursor: cursor), phrase.tokens.upperBound <= sentenceRange.upperBound {
            let np = victimPhrase(after: phrase.tokens.upperBound - 1)
            if np.status == .nonPerson { return nil }
            if phrase.isArticle && np.status != .person { return nil }
            return np.end
        }
        // `and her guard`, `and his driver`: a possessive before the noun.
        let start = isA(a, .possessive) ? nx(a) ?? a : a
        let np = run(from: start)
        return np.status == .person ? np.end : nil
    }

    /// A lower-case `-ing` word that is no casualty or trigger phrase (`manning`, `belonging`).
    func isParticiple(_ t: Int) -> Bool {
        let token = tokens[t]
        return token.kind == .word && !token.isCapitalized && keys[t].hasSuffix("ing") && keys[t].utf8.count > 5
            && !flags[t].contains(.phraseStart)
    }

    /// A passive auxiliary within 16 words (a long postmodifier: `eight soldiers of the X allied
    /// to the Y were killed`), with only words (and a comma insertion) between.
    func passiveAhead(from t: Int) -> Int? {
        var k = nx(t)
        var steps = 0
        while let i = k, steps < 16 {
            // A finite one: `to be a police informer` inside the phrase is not the predicate's.
            if isA(i, .passive) && !isA(i, .nonFinitePassive) { return i }
            // `of a family, including two women, were killed`
            if isKey(i, words.comma), let skip = insertionEnd(afterComma: i) {
                steps += 1
                k = nx(skip)
                continue
            }
            guard tokens[i].kind == .word || isKey(i, words.possessive) || isKey(i, words.hyphen) else { return nil }
            if !flags[i].isDisjoint(with: [.phraseStart, CasualtyLexicon.WordFlags(.outcome)]) { return nil }
            steps += 1
            k = nx(i)
        }
        return nil
    }

    // MARK: Triggers before the count

    enum TriggerResult {
        case found(CasualtyKind, Role, CasualtyLexicon.Entry?)
        case blocked
    }

    func trigger(before start: Int, for c: Candidate, candidates: [Candidate], index: Int,
                 found: [Found?]) -> TriggerResult? {
        let np = c.np
        var i = pv(start)
        var steps = 0
        while let t = i, steps < 5 {
            steps += 1
            if isQuote(t) {
                i = pv(t)
                continue
            }
            if let match = matchBackward(.nounOf, endingAt: t), let kind = match.entry.kind {
                return .found(kind, .object, match.entry)
            }
            if let match = matchBackward(.including, endingAt: t) {
                guard np.isPeople || np.status == .unknown || np.status == .empty else { return nil }
                if let kind = match.entry.kind { return .found(kind, .including, match.entry) }
                if let kind = includingKind(before: match.first, candidates: candidates, index: index, found: found) {
                    return .found(kind, .including, match.entry)
                }
                return nil
            }
            if let match = matchBackward(.trigger, endingAt: t), let kind = match.entry.kind {
                // `took the lives of` is a noun trigger; `took 20 …` alone is not a casualty.
                let flags = match.entry.flags
                if flags.contains(.lives) && !np.lives { return nil }
                if flags.contains(.strict) {
                    let isOne = np.status == .name && c.value == 1
                    guard np.isPeople || np.lives || isOne || (np.partitive && np.status == .person) else { return nil }
                }
                if np.status == .name && !(c.value == 1) { return nil }
                return chain(before: match.first, kind: kind, weak: flags.contains(.weak), entry: match.entry)
            }
            if isA(t, .outcome) { return .blocked }
            if isA(t, .tollPrep), let kind = tollKind(before: t) {
                guard np.status == .empty || np.isPeople || np.status == .unknown else { return nil }
                return .found(kind, .toll, nil)
            }
            if isA(t, .gap) || isKey(t, words.a) || isKey(t, words.an) {
                i = pv(t)
                continue
            }
            // `wounding her and three others`: back over a pronoun object joined to the count.
            if isA(t, .coordination), let pronoun = pv(t), isA(pronoun, .objectPronoun) {
                i = pv(pronoun)
                continue
            }
            return nil
        }
        return nil
    }

    /// Verbs joined before a trigger: `killed and wounded dozens` takes the first,
    /// `shot and wounded` the strong one, `killing and arresting` is no casualty.
    func chain(before first: Int, kind: CasualtyKind, weak: Bool, entry: CasualtyLexicon.Entry) -> TriggerResult {
        var kind = kind
        var weak = weak
        var at = first
        while let joiner = pv(at), isA(joiner, .verbJoiner), let previous = pv(joiner) {
            if let match = matchBackward(.trigger, endingAt: previous), let earlier = match.entry.kind,
               !match.entry.flags.contains(.strict) || match.entry.flags.contains(.weak) {
                if !match.entry.flags.contains(.weak) || weak {
                    kind = earlier
                    weak = match.entry.flags.contains(.weak)
                }
                at = match.first
                continue
            }
            if isA(previous, .outcome) { return .blocked }
            break
        }
        return .found(kind, .object, entry)
    }

    /// The kind of the count an `including` list belongs to: the nearest count before it in the
    /// sentence, or the nearest casualty word.
    func includingKind(before at: Int, candidates: [Candidate], index: Int, found: [Found?]) -> CasualtyKind? {
        if let previous = candidates[..<index].indices.last(where: { candidates[$0].phrase.tokens.upperBound <= at }) {
            return found[previous]?.kind
        }
        var k = pv(at)
        while let t = k {
            if let match = matchForward(.predicate, at: t), let kind = match.entry.kind,
               !match.entry.flags.contains(.lives) { return kind }
            if let match = matchForward(.trigger, at: t), let kind = match.entry.kind,
               !match.entry.flags.contains(.strict), !match.entry.flags.contains(.lives) { return kind }
            k = pv(t)
        }
        return nil
    }

    /// `the death toll rose to`, `the number of dead stood at`: the kind, if a toll precedes.
    func tollKind(before prep: Int) -> CasualtyKind? {
        var k = pv(prep)
        var steps = 0
        while let t = k, steps < 25 {
            steps += 1
            let tk = key(t)
            if tokens[t].kind == .number { return nil }
            if tk == "toll" || tk == "tolls" {
                let modifier = key(pv(t))
                if modifier == "casualty" { return nil }
                if let entry = lexicon.byFirst.entries(.toll, key: modifier)?.first { return entry.kind }
                return .killed
            }
            if tk == "number", isKey(nx(t), words.of) {
                var n = nx(t).flatMap { nx($0) }
                var look = 0
                while let w = n, look < 3 {
                    if let match = matchForward(.partitive, at: w), let kind = match.entry.kind { return kind }
                    if let match = matchForward(.nounKind, at: w), let kind = match.entry.kind { return kind }
                    if let match = matchForward(.predicate, at: w), let kind = match.entry.kind,
                       !match.entry.flags.contains(.lives) { return kind }
                    look += 1
                    n = nx(w)
                }
                return nil
            }
            k = pv(t)
        }
        return nil
    }
}
