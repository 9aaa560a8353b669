import ConflictMinerCore

/// Finds the names of armed groups that are not in the gazetteer by their shape, with the word
/// lists of `GroupPatterns`:
///
/// - prefixes: `Lashkar-e-…`, `Tehreek-e-…`, `Jaish al-…`, `Ansar al-…`, `Hizbul …`, `Liwa …`;
/// - a qualifier and a head: `… Liberation Army/Front/Tigers/Movement`, `… Republican Army/Guards`;
/// - a capitalised name and a head: `Majeed Brigade`, `… Battalion`, `… Mujahideen`, `… Militia`,
///   `Pakistani Taliban`;
/// - the Islamic State's provinces: `Islamic State-Khorasan`, `ISIS-K`, `Islamic State West Africa
///   Province`, `IS's Khorasan province` (span `Khorasan`).
///
/// A name is a run of capitalised words joined by spaces, hyphens or Arabic particles (`al-`,
/// `-e-`, `ul`); it never crosses a line break, a sentence end or other punctuation, never takes
/// a leading `the` or a lower-case word (`group`, `militants`, `-linked`), and stops at weekdays,
/// months and the words of `Gazetteers/lexicons/groups/stop-words.tsv`.
final class GroupNameRules {
    /// A name found by a rule: its tokens, and which rule found it.
    struct Found {
        /// The name patterns, each named as `Entity.rule` gives it.
        enum Rule: String {
            case prefix = "group/pattern-prefix", qualifiedHead = "group/pattern-qualified-head", namedHead = "group/pattern-named-head"
            case stateProvince = "group/pattern-state-province"
        }
        var range: Range<Int>
        var rule: Rule
    }

    let text: AnalyzedText
    let patterns: GroupPatterns
    /// Per token: what the pattern tables say of its word (`GroupWordFlags`).
    let flags: TokenClasses<GroupWordFlags>
    private var tokens: [Token] { text.tokens }
    private var keys: TokenKeys { _read { yield text.keys } }

    init(text: AnalyzedText, patterns: GroupPatterns, flags: TokenClasses<GroupWordFlags>) {
        self.text = text
        self.patterns = patterns
        self.flags = flags
    }

    // MARK: - Token tests

    /// A word's key for the English word tables: lower case, without inner apostrophes.
    func wordKey(_ i: Int) -> String {
        PhraseMatcher<Int>.withoutApostrophes(keys[i])
    }

    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }

    /// An Arabic/Urdu connecting particle: `al`, `ul`, `ud`, `e`, `i`, `wal`, `bin`… Lower case,
    /// except `Al`/`El` (`Jaish Al-Adl`).
    func isParticle(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let key = keys[i]
        // a key longer than every particle is one only with apostrophes inside (`al'`), which its
        // match key drops (asked of every word of a candidate name)
        guard key.utf8.count <= Self.longestParticle || tokens[i].shape.contains(.innerApostrophe) else { return false }
        let folded = PhraseMatcher<Int>.matchKey(key)
        let lower = !tokens[i].shape.contains(.capitalized)
        if folded == "al" { return lower || key == "al" || key == "el" }
        if folded == "e" || Self.connectors.contains(key) { return lower }
        return false
    }

    /// Connecting words besides the transliterated particles (`Particle.forms`).
    private static let connectors = ["wal", "wa", "bin", "ibn"]
    /// The longest particle or connecting word, in bytes.
    private static let longestParticle = (Particle.forms + connectors).map(\.utf8.count).max() ?? 0

    /// A capitalised word (`Baloch`, `M23`; not `5th`) that can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard isWord(i), keys[i] != "'s", !isParticle(i) else { return false }
        return tokens[i].shape.contains(.capitalized)
    }

    /// The flags of the tables matched on a token's key as it is (`spaced-particles.tsv`,
    /// `faction-words.tsv`, `province-designators.tsv`): none for a key with an inner apostrophe,
    /// whose `flags` are those of the key without it.
    func keyFlags(_ i: Int) -> GroupWordFlags {
        tokens[i].shape.contains(.innerApostrophe) ? [] : flags[i]
    }

    /// A particle that can join the words of a name where it stands.
    func isJoiningParticle(_ i: Int) -> Bool {
        guard isParticle(i) else { return false }
        if keyFlags(i).contains(.spacedParticle) { return true }
        if let (p, joint) = previous(i), joint == .adjacent, isHyphen(p) { return true }
        if let (n, joint) = next(i), joint == .adjacent, isHyphen(n) { return true }
        return false
    }

    func isStop(_ i: Int) -> Bool { flags[i].contains(.stop) }

    func isState(_ i: Int) -> Bool { isWord(i) && flags[i].contains(.stateName) }

    // MARK: - Neighbours

    /// How two neighbouring tokens are joined.
    enum Joint { case adjacent, space }

    /// The next non-space token after `i` in the same sentence and line, and how it is joined.
    func next(_ i: Int) -> (index: Int, joint: Joint)? {
        var j = i + 1
        var joint = Joint.adjacent
        while j < tokens.count {
            let token = tokens[j]
            if token.kind == .whitespace {
                if token.shape.contains(.lineBreak) { return nil }
                joint = .space
                j += 1
                continue
            }
            return token.sentence == tokens[i].sentence ? (j, joint) : nil
        }
        return nil
    }

    /// The previous non-space token before `i` in the same sentence and line.
    func previous(_ i: Int) -> (index: Int, joint: Joint)? {
        var j = i - 1
        var joint = Joint.adjacent
        while j >= 0 {
            let token = tokens[j]
            if token.kind == .whitespace {
                if token.shape.contains(.lineBreak) { return nil }
                joint = .space
                j -= 1
                continue
            }
            return token.sentence == tokens[i].sentence ? (j, joint) : nil
        }
        return nil
    }

    func isHyphen(_ i: Int) -> Bool { tokens[i].kind == .punctuation && keys[i] == "-" }

    static let quotes: Set<String> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]

    func isQuote(_ i: Int) -> Bool { tokens[i].kind == .punctuation && Self.quotes.contains(keys[i]) }

    /// The word after `i` when it is joined by a space or by a hyphen written without spaces.
    func nextInName(_ i: Int) -> Int? {
        guard let (n, joint) = next(i) else { return nil }
        if isWord(n) { return n }
        if isHyphen(n), joint == .adjacent, let (w, j2) = next(n), j2 == .adjacent, isWord(w) { return w }
        return nil
    }

    /// The word before `i` when it is joined by a space or a hyphen written without spaces.
    func previousInName(_ i: Int) -> Int? {
        guard let (p, joint) = previous(i) else { return nil }
        if isWord(p) { return p }
        if isHyphen(p), joint == .adjacent, let (w, j2) = previous(p), j2 == .adjacent, isWord(w) { return w }
        return nil
    }

    // MARK: - Runs

    /// The end (exclusive) of the longest name that starts at `start`: name words and particles,
    /// ending on a name word, with at most `maxWords` name words. Nil when there is none.
    func nameRun(from start: Int, maxWords: Int) -> Int? {
        var i = start
        var words = 0
        var end: Int?
        while true {
            if isNameWord(i) {
                if isStop(i) { break }
                words += 1
                end = i + 1
                if words == maxWords { break }
            } else if !isJoiningParticle(i) {
                break
            }
            guard let n = nextInName(i) else { break }
            i = n
        }
        return end
    }

    /// The start of the name that ends just before `index`: name words and particles, at most
    /// `maxWords` name words, `People's` kept whole. Returns `index` when no word is taken, and
    /// nil when `refuseStates` is set and a state's name is met.
    func leftRun(before index: Int, maxWords: Int, refuseStates: Bool) -> Int? {
        var start = index
        var words = 0
        var i = index
        while words < maxWords {
            guard let (p, joint) = previous(i) else { break }
            var candidate = p
            if isHyphen(p) {
                guard joint == .adjacent, let (w, j2) = previous(p), j2 == .adjacent, isWord(w) else { break }
                candidate = w
            } else if tokens[p].kind == .punctuation && keys[p] == "'" && joint == .space {
                // `Martyrs' Brigades`: a plural possessive apostrophe right after the word.
                guard let (w, j2) = previous(p), j2 == .adjacent, isNameWord(w) else { break }
                candidate = w
            } else if keys[p] == "'s" {
                guard let (w, j2) = previous(p), j2 == .adjacent, flags[w].contains(.possessiveNameWord) else { break }
                candidate = w
            }
            guard isWord(candidate) else { break }
            if isJoiningParticle(candidate) {
                start = candidate
                i = candidate
                continue
            }
            guard isNameWord(candidate), !isStop(candidate) else { break }
            if refuseStates && isState(candidate) { return nil }
            words += 1
            start = candidate
            i = candidate
        }
        // A name opens with a particle only when it is `al`/`el` (`al-Qassam Brigades`).
        while start < index, isParticle(start), !["al", "el"].contains(keys[start]),
              let n = nextInName(start), n <= index {
            start = n
        }
        return start
    }

    /// `of [the] Name` after a head (`Liberation Tigers of Tamil Eelam`): the new end, or `end`.
    func ofExtension(after end: Int) -> Int {
        guard let (of, _) = next(end - 1), isWord(of), keys[of] == "of", !tokens[of].shape.contains(.capitalized),
              var (w, _) = next(of), isWord(w)
        else { return end }
        if keys[w] == "the" {
            guard let (after, _) = next(w), isWord(after) else { return end }
            w = after
        }
        guard isNameWord(w), !isStop(w), let runEnd = nameRun(from: w, maxWords: 3) else { return end }
        return runEnd
    }

    // MARK: - Rules

    /// A faction named after a group: `the TTP Qamar-ud-Din group`, `the BLA's Jeeyand faction`
    /// (spans `Qamar-ud-Din`, `Jeeyand`; the lower-case `group` stays outside). `group` is the
    /// range of a group mention.
    func faction(after group: Range<Int>) -> Range<Int>? {
        guard var (n, joint) = next(group.upperBound - 1) else { return nil }
        if keys[n] == ")" || keys[n] == "'s", joint == .adjacent, let after = next(n) {
            (n, joint) = after
        }
        guard joint == .space, isNameWord(n), !isStop(n), !isState(n), let end = nameRun(from: n, maxWords: 3),
              let (w, j2) = next(end - 1), j2 == .space, isWord(w), !tokens[w].shape.contains(.capitalized),
              keyFlags(w).contains(.factionWord)
        else { return nil }
        for i in n..<end where isWord(i) && !flags[i].isDisjoint(with: [.nonGroup, .unit]) { return nil }
        return n..<end
    }

    /// Every name the rules find, possibly overlapping.
    func find() -> [Found] {
        var found: [Found] = []
        for i in tokens.indices where isWord(i) && tokens[i].shape.contains(.capitalized) {
            if flags[i].contains(.prefix), let need = patterns.prefixes[wordKey(i)]
                ?? patterns.prefixes[PhraseMatcher<Int>.matchKey(wordKey(i))], let end = prefixName(at: i, need: need) {
                found.append(Found(range: i..<end, rule: .prefix))
            }
            if let start = qualifiedHead(at: i) {
                found.append(Found(range: start..<ofExtension(after: i + 1), rule: .qualifiedHead))
            }
            if flags[i].contains(.namedHead), let head = patterns.namedHeads[wordKey(i)],
               let start = namedHead(at: i, head: head) {
                found.append(Found(range: start..<ofExtension(after: i + 1), rule: .namedHead))
            }
        }
        found.append(contentsOf: stateProvinces())
        return found
    }

    /// `Lashkar-e-Taiba`, `Jaish al-Adl`, `Tehrik-e-Taliban Pakistan`, `Hizbul Mujahideen`.
    private func prefixName(at i: Int, need: GroupPatterns.PrefixNeed) -> Int? {
        guard let n = nextInName(i) else { return nil }
        switch need {
        case .particle:
            guard isJoiningParticle(n), let after = nextInName(n) else { return nil }
            return nameRun(from: after, maxWords: 4)
        case .name:
            guard isNameWord(n) || isJoiningParticle(n) else { return nil }
            return nameRun(from: n, maxWords: 4)
        case .none:
            guard isNameWord(n) || isJoiningParticle(n) else { return nil }
            return nameRun(from: n, maxWords: 4)
        }
    }

    /// `Baloch Liberation Army` at the head `Army`: the start of the name, or nil.
    private func qualifiedHead(at h: Int) -> Int? {
        guard flags[h].contains(.qualifiedHead), let (q, joint) = previous(h), joint == .space, isWord(q),
              tokens[q].shape.contains(.capitalized), flags[q].contains(.qualifier),
              let qualifier = patterns.qualifiers[wordKey(q)], qualifier.heads.contains(wordKey(h)),
              let start = leftRun(before: q, maxWords: 4, refuseStates: !qualifier.stateOK)
        else { return nil }
        if qualifier.needsName && start == q { return nil }
        return start
    }

    /// `Majeed Brigade`, `Al-Aqsa Martyrs' Brigades`, `Pakistani Taliban` at the head word.
    private func namedHead(at h: Int, head: GroupPatterns.NamedHead) -> Int? {
        if head.demonymOnly {
            guard let (p, joint) = previous(h), joint == .space, isNameWord(p),
                  flags[p].contains(.state) else { return nil }
            return p
        }
        guard let start = leftRun(before: h, maxWords: head.maxWords, refuseStates: !head.stateOK), start < h
        else { return nil }
        var sawName = false
        for i in start..<h where isWord(i) {
            if !flags[i].isDisjoint(with: [.unit, .nonGroup]) { return nil }
            if isNameWord(i) { sawName = true }
        }
        return sawName ? start : nil
    }

    /// The Islamic State's provinces, after `Islamic State` or one of its short names (`IS`,
    /// `ISIS`, `Daesh`: `state-short-names.tsv`).
    private func stateProvinces() -> [Found] {
        // the trigger words by their ids in this document: a document without them is passed over
        let shortNames = patterns.stateShortNameProbes.compactMap { keys.id(of: $0) }
        let islamic = keys.id(of: .islamic), state = keys.id(of: .state)
        guard !shortNames.isEmpty || (islamic != nil && state != nil) else { return [] }
        // per key id: whether it may begin a trigger (one load a token, no search of the names)
        var isTrigger = [Bool](filledWith: false, count: keys.distinctCount)
        for id in shortNames { isTrigger[Int(id)] = true }
        if let islamic, state != nil { isTrigger[Int(islamic)] = true }
        var found: [Found] = []
        for i in tokens.indices where isTrigger[Int(tokens[i].keyID)] && isWord(i) {
            var triggerEnd: Int?
            let id = tokens[i].keyID
            // the surface is read only for a word whose key may be a trigger
            if shortNames.contains(id), patterns.stateShortNames.contains(text.surface(i)) {
                triggerEnd = i + 1
            } else if id == islamic, tokens[i].shape.contains(.capitalized),
                      let (s, joint) = next(i), joint == .space, tokens[s].keyID == state,
                      tokens[s].shape.contains(.capitalized) {
                triggerEnd = s + 1
            }
            guard let last = triggerEnd.map({ $0 - 1 }), let (n, joint) = next(last) else { continue }
            if isHyphen(n) {
                // `Islamic State-Khorasan`, `ISIS-K`; a spaced dash only before a known province.
                guard let (w, j2) = next(n), isNameWord(w), let run = nameRun(from: w, maxWords: 3) else { continue }
                if joint == .adjacent && j2 == .adjacent {
                    found.append(Found(range: i..<withProvinceWord(run, capitalisedOnly: true), rule: .stateProvince))
                } else if let end = provinceEnd(from: w, runEnd: run) {
                    found.append(Found(range: i..<end, rule: .stateProvince))
                }
            } else if joint == .space, isNameWord(n), let run = nameRun(from: n, maxWords: 3) {
                // `Islamic State Khorasan Province`, `Islamic State West Africa Province`.
                if let end = provinceEnd(from: n, runEnd: run) {
                    found.append(Found(range: i..<end, rule: .stateProvince))
                }
            } else if keys[n] == "'s", let (w0, j2) = next(n), j2 == .space {
                var w = w0
                // `Islamic State's Khorasan Province`, `IS's Khorasan province` (span `Khorasan`),
                // also with the name in quotes (`IS's "Khorasan" province`).
                if isQuote(w), let (q, j3) = next(w), j3 == .adjacent { w = q }
                guard isNameWord(w), let run = nameRun(from: w, maxWords: 3) else { continue }
                if let end = provinceEnd(from: w, runEnd: run, designatorNeeded: true) {
                    found.append(Found(range: w..<end, rule: .stateProvince))
                }
            }
        }
        return found
    }

    /// The end of a province name starting at `start`: a known province (with a capitalised
    /// `Province` after it), or any name followed by `Province`. With `designatorNeeded`
    /// (after `Islamic State's`), the name must be followed by a word of
    /// `province-designators.tsv` (`province`, `branch`, `wing`…); only a capitalised `Province`
    /// joins the span.
    private func provinceEnd(from start: Int, runEnd: Int, designatorNeeded: Bool = false) -> Int? {
        let words = (start..<runEnd).filter { isWord($0) && !isHyphen($0) }
        let wordKeys = words.map { wordKey($0) }
        var nameEnd: Int?
        for province in patterns.stateProvinces where wordKeys.starts(with: province) {
            nameEnd = words[province.count - 1] + 1
            break
        }
        if nameEnd == nil, wordKeys.count > 1, wordKeys.last == "province", tokens[words.last!].shape.contains(.capitalized) {
            return runEnd
        }
        if designatorNeeded {
            let end = nameEnd ?? runEnd
            guard var (w, _) = next(end - 1) else { return nil }
            if isQuote(w), let (after, _) = next(w) { w = after }
            guard isWord(w) else { return nil }
            guard keyFlags(w).contains(.provinceDesignator) else { return nil }
            return withProvinceWord(end, capitalisedOnly: true)
        }
        if let nameEnd { return withProvinceWord(nameEnd, capitalisedOnly: true) }
        guard let (w, _) = next(runEnd - 1), isWord(w) else { return nil }
        if keys[w] == "province" && tokens[w].shape.contains(.capitalized) { return w + 1 }
        return nil
    }

    /// `end`, extended over a following capitalised `Province`.
    private func withProvinceWord(_ end: Int, capitalisedOnly: Bool) -> Int {
        if let (w, joint) = next(end - 1), joint == .space, isWord(w), keys[w] == "province",
           tokens[w].shape.contains(.capitalized) || !capitalisedOnly {
            return w + 1
        }
        return end
    }
}
