import ConflictMinerCore

/// The context of a gazetteer match (`range`, set for each match of a document in turn): does it
/// stand as a place name, or is it a word of a longer capitalised name (an organisation, a force,
/// a building, a person)?
struct ContextCheck {
    let text: AnalyzedText
    let layout: TextLayout
    /// The match being judged.
    var range: Range<Int>
    let matchStarts: BitArray
    let matchEnds: BitArray
    let lexicon: PlaceLexicon

    private var tokens: [Token] { text.tokens }
    private var keys: TokenKeys { _read { yield text.keys } }
    private var first: Int { range.lowerBound }
    private var last: Int { range.upperBound - 1 }
    private var isHeadline: Bool { layout.isHeadline(layout.line(of: first)) }

    /// Why a match is or is not a place.
    enum Verdict {
        case place
        /// Part of a longer name of an organisation, force, building or state.
        case partOfName
        /// Part of a person's name (`Imran Khan`, `Juan Manuel Santos`): the same word elsewhere in
        /// the document is likely that person too.
        case partOfPersonName
        /// Part of a disease's name (`Lassa fever`): the same word elsewhere in the document is
        /// likely the disease too (`Lassa cases rose`).
        case partOfDiseaseName
    }

    func verdict() -> Verdict {
        guard continuationAllows() else { return .partOfName }
        if isFollowedByDiseaseHead { return .partOfDiseaseName }
        return precedingVerdict()
    }

    /// A disease named after a place (`West Nile virus`, `Lassa fever`, `Ebola disease`): the
    /// place word is part of the disease's name.
    var isFollowedByDiseaseHead: Bool {
        guard let next = TextLayout.nextWordIndex(after: last, in: text), !tokens[next].isCapitalized,
              keys[next].utf8.count >= 3 else { return false }
        return layout.classes[next].contains(.diseaseHead)
    }

    // MARK: Evidence for common-word names

    /// A designator follows: `Tank district`, `Mand area`.
    var hasDesignatorAfter: Bool {
        guard let next = TextLayout.nextWordIndex(after: last, in: text) else { return false }
        return layout.classes[next].contains(.designator) || designatorLength(at: next, limit: 4) > 0
    }

    /// `in`, `at`, `near`, `from` … right before the name.
    var hasLocativePrepositionBefore: Bool {
        guard var previous = TextLayout.previousWordIndex(before: first, in: text) else { return false }
        // `in the West Bank`: over `the` before a name of several words
        if tokens[previous].keyID == layout.words.the, (first..<last).contains(where: { tokens[$0].kind == .whitespace }),
           let before = TextLayout.previousWordIndex(before: previous, in: text) {
            previous = before
        }
        if tokens[previous].keyID == layout.words.of, let noun = TextLayout.previousWordIndex(before: previous, in: text) {
            // `off the coast of X`, `the outskirts of X`
            return layout.classes[noun].contains(.locativeNoun)
        }
        return layout.classes[previous].contains(.locativePreposition)
    }

    /// `the` and a locative preposition before it: `in the Mediterranean`, `across the Atlantic`
    /// (`hasLocativePrepositionBefore` steps over `the` only for a name of several words).
    var hasLocativeAndTheBefore: Bool {
        guard let article = TextLayout.previousWordIndex(before: first, in: text), tokens[article].keyID == layout.words.the
        else { return false }
        return TextLayout.previousWordIndex(before: article, in: text).map { layout.classes[$0].contains(.locativePreposition) } ?? false
    }

    /// A lower-case content word follows after a space: the name modifies a noun (`Saudi officials`).
    var isFollowedByLowercaseNoun: Bool {
        guard last + 1 < tokens.count, tokens[last + 1].kind == .whitespace,
              let next = TextLayout.nextWordIndex(after: last, in: text) else { return false }
        let token = tokens[next]
        return token.kind == .word && !token.shape.contains(.capitalized)
            && layout.classes[next].isDisjoint(with: [.functionWord, .designator])
    }

    /// The capital letter tells nothing: sentence start, headline, capitals.
    var capitalIsNoEvidence: Bool {
        isHeadline || layout.isSentenceInitial(first) || tokens[first].shape.contains(.allUppercase)
    }

    // MARK: After the name

    /// The capitalised words that continue the name (`Quetta Civil Hospital`, `China-Pakistan
    /// Economic Corridor`) make it part of a longer name unless they are a designator, a title, a
    /// date, another place or a new name after a title.
    private func continuationAllows() -> Bool {
        if isFollowedByOutletWords { return false }
        var run: [Int] = []
        var index = last
        while run.count < 6, let next = TextLayout.nextToken(after: index, in: text) {
            let token = tokens[next]
            if token.kind == .punctuation, token.keyID == layout.words.hyphen {
                guard next == index + 1, let word = TextLayout.nextToken(after: next, in: text), word == next + 1,
                      tokens[word].kind == .word, tokens[word].shape.contains(.capitalized) else { break }
                run.append(word)
                index = word
                continue
            }
            guard token.kind == .word, token.shape.contains(.capitalized),
                  layout.classes[next].isDisjoint(with: [.functionWord, .particle])
            else { break }
            run.append(next)
            index = next
        }
        guard !run.isEmpty else { return true }
        // `Kilmo-Darsa road`, `Tarin-Gosh`: two names joined by a hyphen
        if run.count == 1, tokens[run[0] - 1].keyID == layout.words.hyphen, layout.classes[run[0]].isDisjoint(with: [.designator, .anyHead])
        {
            return true
        }
        let skip = designatorLength(at: run[0], limit: run.count)
        let rest = Array(run.dropFirst(skip))
        guard let head = rest.first else { return true }
        let classes = layout.classes[head]
        // `Iran State Media`, `Pakistan State TV`: the state's outlets, not a name
        if tokens[head].keyID == layout.words.state, rest.count > 1, layout.classes[rest[1]].contains(.outletHead) { return true }
        if rest.contains(where: { layout.classes[$0].contains(.title) }) { return true }
        if isHeadline {
            // in a headline every word is capitalised: only a head right after the name counts
            return classes.isDisjoint(with: .anyHead)
        }
        if rest.contains(where: { layout.classes[$0].head != nil }) { return false }
        if skip > 0 { return true }
        if !classes.isDisjoint(with: [.calendarWord, .personTitle]) { return true }
        return matchStarts[head]
    }

    /// `Fars news agency`: a lower-case outlet description after the name makes it an outlet's name.
    private var isFollowedByOutletWords: Bool {
        guard let next = TextLayout.nextWordIndex(after: last, in: text), tokens[next].keyID == layout.words.news,
              let after = TextLayout.nextWordIndex(after: next, in: text) else { return false }
        return layout.classes[after].contains(.outletDescription)
    }

    /// How many words from word `first` on form a designator (`District`, `Local Government
    /// Area`), looking at no more than `limit` words; 0 if none.
    private func designatorLength(at first: Int, limit: Int) -> Int {
        // a multi-word designator of up to three words, read word by word (no array of keys)
        if layout.classes[first].contains(.designatorPhraseStart) {
            for phrase in lexicon.multiWordDesignators where phrase.count <= min(limit, 3) && phrase[0] == keys[first] {
                var word = first
                var matched = 1
                while matched < phrase.count, let next = TextLayout.nextWordIndex(after: word, in: text),
                      keys[next] == phrase[matched] {
                    word = next
                    matched += 1
                }
                if matched == phrase.count { return phrase.count }
            }
        }
        return layout.classes[first].contains(.designator) ? 1 : 0
    }

    // MARK: Before the name

    /// A capitalised word right before the name must be one that may stand before a place name
    /// (a direction, a demonym, a designator, a title, a date, another place, a building whose
    /// location this is); a person's name or title, a force or an unknown capitalised word make the
    /// match part of a longer name (`Imran Khan`, `Frontier Corps Balochistan`, `Islamic State
    /// Khorasan`). After `of`/`in`/`for`, the capitalised words before decide (`University of
    /// Balochistan` is an organisation, `Islamic Emirate of Afghanistan` a state).
    private func precedingVerdict() -> Verdict {
        guard let previous = TextLayout.previousToken(before: first, in: text) else { return .place }
        let token = tokens[previous]
        guard token.kind == .word else { return .place }
        let key: Int32? = token.keyID, words = layout.words
        let classes = layout.classes[previous]
        if !token.shape.contains(.capitalized) {
            // `police spokesman Yakubu Sabo said`: after a lower-case title, a name followed by
            // another capitalised word (not a designator) is a person's name
            if classes.contains(.title), let next = TextLayout.nextWordIndex(after: last, in: text),
               tokens[next].shape.contains(.capitalized), !layout.classes[next].contains(.designator)
            {
                return .partOfPersonName
            }
            guard key == words.of || key == words.in || key == words.for || classes.contains(.romanceConnector),
                  let before = TextLayout.previousWordIndex(before: previous, in: text),
                  tokens[before].shape.contains(.capitalized)
            else { return .place }
            var run: [Int] = [before]
            while run.count < 5, let earlier = TextLayout.previousWordIndex(before: run.last!, in: text),
                  tokens[earlier].shape.contains(.capitalized)
            {
                run.append(earlier)
            }
            if run.contains(where: { !layout.classes[$0].isDisjoint(with: [.title, .stateWord]) }) {
                return .place
            }
            switch key {
            case words.of:
                // `University of Balochistan`, `Bank of Punjab`
                if run.contains(where: { !layout.classes[$0].isDisjoint(with: .anyHead) }) { return .partOfName }
            case words.for:
                // `Centre for Peace Studies`… `Fund for Iraq`
                if run.contains(where: { !layout.classes[$0].isDisjoint(with: [.organisationHead, .outletHead]) }) {
                    return .partOfName
                }
            case words.in:
                // `Assistance Mission in Iraq`; `the District Court in Sibi` locates
                if layout.classes[run[0]].contains(.headBeforeIn) { return .partOfName }
            default:
                // `Carta de Mocambique`: a name in a Romance language
                return .partOfName
            }
            return .place
        }
        if !classes.isDisjoint(with: [.directional, .demonym, .prefixDesignator, .namePrefix, .title, .calendarWord]) {
            return .place
        }
        if !classes.isDisjoint(with: [.personTitle, .personName]) { return .partOfPersonName }
        // after a force (`Frontier Corps Balochistan`) or an outlet (`Radio Pakistan`) the place word is
        // part of the name; after a building it locates it (`Lady Reading Hospital Peshawar`)
        if let head = classes.head { return head == .force || head == .outlet ? .partOfName : .place }
        // a known given name that is no common word, right before it: a person's full name
        // (`Dana Kingston`, `Marcus Franklin`), even where the given name is a place too
        if !isHeadline, !token.shape.contains(.allUppercase), classes.contains(.givenName), !classes.contains(.commonWord) {
            return .partOfPersonName
        }
        if matchEnds[previous] || isHeadline { return .place }
        if token.shape.contains(.allUppercase) { return .place }
        if !classes.isDisjoint(with: [.stateWord, .designator]) { return .partOfName }
        if layout.isSentenceInitial(previous),
           !classes.isDisjoint(with: [.functionWord, .commonWord])
        {
            return .place
        }
        return .partOfPersonName
    }
}

/// Places the gazetteer lacks, announced by their context:
///
/// - a designator after capitalised words: `Bakori village`, `the Dandali and Kurfi villages`;
/// - a designator and `of` before them: `the village of Bakori`;
/// - a local prefix: `Sitio Bakori`, `Barangay Bakori` (prefix outside the span), `Ungwan Bakori`
///   (a Hausa settlement: prefix inside);
/// - a list after a preposition, then a known place: `in Bakori, Katsina`, `including Bakori,
///   Dandali and Kurfi, in Katsina State`.
///
/// The country is that of the nearest known place in the sentence, else the document's most
/// mentioned country.
struct ContextPlaces {
    let text: AnalyzedText
    let layout: TextLayout
    let gazetteer: PlaceGazetteer
    var places: [Place] { gazetteer.places }
    /// Words the document uses in a person's or a disease's name (`Lassa fever`): a place found
    /// by its context (`the town of Lassa`) is not repeated onto them.
    var nameWords: Set<String> = []
    let lexicon: PlaceLexicon

    private var tokens: [Token] { text.tokens }
    private var keys: TokenKeys { _read { yield text.keys } }

    /// Every key that can start one of the patterns `add(to:)` looks for: any other token is
    /// passed over with one lookup.
    static func triggers(_ lexicon: PlaceLexicon) -> Set<String> {
        Set(["-", "of", "including"]).union(lexicon.prefixDesignators)
            .union(lexicon.namePrefixes).union(lexicon.announcingDesignators).union(lexicon.locativePrepositions)
            .union(lexicon.multiWordDesignators.compactMap(\.first))
    }

    /// Adds the places the context announces to `mentions`, each with the rule that found it.
    func add(to mentions: inout [Mention]) {
        var scan = Scan(context: self, mentions: mentions)
        let words = layout.words
        for index in tokens.indices
        where tokens[index].kind == .word || tokens[index].kind == .punctuation && tokens[index].keyID == words.hyphen {
            let classes = layout.classes[index]
            guard classes.contains(.contextTrigger), !layout.isCapsLine(layout.line(of: index)) else { continue }
            let key = tokens[index].keyID
            let capitalised = tokens[index].shape.contains(.capitalized)
            if key == words.hyphen {
                scan.routeEnds(at: index)
            } else if classes.contains(.prefixDesignator), capitalised {
                scan.prefixDesignator(at: index)
            } else if classes.contains(.namePrefix), capitalised {
                scan.namePrefix(at: index)
            } else if !capitalised && classes.contains(.announcingDesignator) || designatorPhraseLength(at: index) > 0 {
                scan.designatorAfter(at: index, appositive: classes.contains(.appositiveDesignator) && !capitalised)
            } else if key == words.of, followsDesignatorBeforeOf(index) {
                scan.designatorOf(at: index)
            } else if classes.contains(.locativePreposition) || key == words.including {
                scan.listBeforeKnownPlace(at: index)
            }
        }
        scan.repeatNames()
        mentions = scan.finish()
    }

    /// Whether `of` follows a lower-case designator that takes it (`the village of`).
    private func followsDesignatorBeforeOf(_ index: Int) -> Bool {
        guard let previous = TextLayout.previousWordIndex(before: index, in: text) else { return false }
        return layout.classes[previous].contains(.designatorBeforeOf) && !tokens[previous].shape.contains(.capitalized)
    }

    /// One pass of `add(to:)`: the mentions, the tokens they and the places found so far cover, and
    /// what each rule (`PlaceRule`) found, with its country.
    private struct Scan {
        let context: ContextPlaces
        var mentions: [Mention]
        /// Per token: whether a place kept so far covers it.
        var covered: BitArray
        var found: [(range: Range<Int>, country: String?, rule: PlaceRule)] = []
        /// Indexes over `mentions`, kept up to date, so that no rule passes over every mention (a
        /// long document has tens of thousands): the mentions that start at each token, in order;
        /// the first mention that covers each token (-1: none); per sentence, the mentions of a
        /// known place with a country (not named as a neighbour) that `nearbyCountry` weighs, in
        /// order.
        var startingAt: PositionLists
        var firstCovering: [Int32]
        var anchorsBySentence: PositionLists
        /// The document's most mentioned country.
        let dominant: String?

        private var text: AnalyzedText { context.text }
        private var tokens: [Token] { context.text.tokens }
        private var keys: TokenKeys { _read { yield context.text.keys } }

        init(context: ContextPlaces, mentions: [Mention]) {
            self.context = context
            self.mentions = mentions
            dominant = context.dominantCountry(mentions)
            covered = BitArray(count: context.text.tokens.count)
            startingAt = PositionLists(positions: mentions.count)
            anchorsBySentence = PositionLists(positions: mentions.count)
            firstCovering = [Int32](filledWith: -1, count: context.text.tokens.count)
            for position in mentions.indices {
                let range = mentions[position].range
                cover(range)
                for index in range where firstCovering[index] < 0 { firstCovering[index] = Int32(position) }
            }
            // (each list built from its last position back, one step a position)
            for position in mentions.indices.reversed() {
                startingAt.prepend(position, at: mentions[position].range.lowerBound)
                if let sentence = anchorSentence(of: mentions[position]) { anchorsBySentence.prepend(position, at: sentence) }
            }
        }

        /// The sentence in which a mention gives its country to places found near it, if it does.
        private func anchorSentence(of mention: Mention) -> Int? {
            guard let chosen = mention.chosen, context.places[chosen].country != nil,
                  !context.isAcrossBorder(mention.range.lowerBound) else { return nil }
            return tokens[mention.range.lowerBound].sentence
        }

        /// Keeps a place found near `anchor`, unless it overlaps a place already kept; its country
        /// is the one given, else the nearest known place's, else the document's.
        mutating func record(_ range: Range<Int>, near anchor: Int, country: String? = nil, by rule: PlaceRule) {
            guard !range.isEmpty, !isCovered(range) else { return }
            cover(range)
            found.append((range, country ?? nearbyCountry(anchor) ?? dominant, rule))
        }

        /// The country of the first mention that covers a token, if one does and has a country.
        private func coveringCountry(_ index: Int) -> String? {
            firstCovering[index] < 0 ? nil : context.countryOf(mentions[Int(firstCovering[index])])
        }

        /// Whether a place kept so far covers any token of the range.
        private func isCovered(_ range: Range<Int>) -> Bool {
            range.contains { covered[$0] }
        }

        private mutating func cover(_ range: Range<Int>) {
            for index in range { covered[index] = true }
        }

        /// The known place of the first mention that starts at a token.
        func knownPlace(at index: Int) -> Place? {
            guard let position = startingAt.first(at: index), let chosen = mentions[position].chosen else { return nil }
            return context.places[chosen]
        }

        /// The country of the nearest known place in the anchor's sentence; a place after the
        /// anchor (`X village in Y district`) counts at half its distance. The first of equals wins.
        func nearbyCountry(_ anchor: Int) -> String? {
            var best: (distance: Int, country: String)?
            for position in anchorsBySentence.positions(at: tokens[anchor].sentence) {
                let mention = mentions[position]
                guard let chosen = mention.chosen, let country = context.places[chosen].country else { continue }
                let start = mention.range.lowerBound
                let distance = start > anchor ? start - anchor : 2 * (anchor - start)
                if best == nil || distance < best!.distance { best = (distance, country) }
            }
            return best?.country
        }

        /// Moves the start of a mention back to `start` (a name prefix before it), keeping the
        /// indexes true.
        private mutating func extend(_ position: Int, backTo start: Int) {
            let old = mentions[position]
            if let sentence = anchorSentence(of: old) { anchorsBySentence.remove(position, from: sentence) }
            startingAt.remove(position, from: old.range.lowerBound)
            mentions[position].range = start..<old.range.upperBound
            startingAt.insert(position, at: start)
            for index in start..<old.range.lowerBound where firstCovering[index] < 0 || firstCovering[index] > position {
                firstCovering[index] = Int32(position)
            }
            if let sentence = anchorSentence(of: mentions[position]) {
                anchorsBySentence.insert(position, at: sentence)
            }
        }

        /// `the Kilmo-Darsa road`: both sides of the hyphen are places.
        mutating func routeEnds(at index: Int) {
            guard index > 0, index + 1 < tokens.count, context.isNameWord(index - 1) || covered[index - 1],
                  context.isNameWord(index + 1) || covered[index + 1],
                  let next = TextLayout.nextWordIndex(after: index + 1, in: text),
                  context.layout.classes[next].contains(.routeWord)
            else { return }
            let left = context.nameRun(endingBefore: index) ?? (index - 1)..<index
            let right = (index + 1)..<(index + 2)
            let leftCountry = coveringCountry(index - 1)
            let rightCountry = coveringCountry(index + 1)
            if context.acceptable(left) { record(left, near: index, country: rightCountry, by: .routeEnds) }
            if context.acceptable(CollectionOfOne(index + 1)) { record(right, near: index, country: leftCountry, by: .routeEnds) }
        }

        /// `Sitio X`, `Barangay X`, `Brgy. X`: the prefix stays outside the name.
        mutating func prefixDesignator(at index: Int) {
            var start = index
            if let dot = TextLayout.nextToken(after: index, in: text), tokens[dot].keyID == context.layout.words.stop { start = dot }
            if let run = context.nameRun(startingAfter: start) {
                record(run, near: index,
                       country: nearbyCountry(index) ?? context.lexicon.prefixDesignatorCountries[keys[index]],
                       by: .prefixDesignator)
            }
        }

        /// `Ungwan X`: the prefix is part of the name, of a known place's too.
        mutating func namePrefix(at index: Int) {
            if let known = firstMention(after: index) {
                extend(known, backTo: index)
                covered[index] = true
            } else if let run = context.nameRun(startingAfter: index) {
                record(index..<run.upperBound, near: index, by: .namePrefix)
            }
        }

        /// The first mention whose previous word is the word at `index`: one that starts right
        /// after it, past spaces on the same line.
        private func firstMention(after index: Int) -> Int? {
            guard TextLayout.previousWordIndex(before: index + 1, in: text) == index else { return nil }
            var first: Int?
            var start = index + 1
            while start < tokens.count {
                if let position = startingAt.first(at: start), first.map({ position < $0 }) ?? true { first = position }
                guard tokens[start].kind == .whitespace, !tokens[start].shape.contains(.lineBreak) else { break }
                start += 1
            }
            return first
        }

        /// `X village`, `X and Y villages`, `X administrative post`; and with an appositive
        /// designator, `the nearest town X`.
        mutating func designatorAfter(at index: Int, appositive: Bool) {
            var end = index
            let words = context.layout.words
            while let run = context.nameRun(endingBefore: end) {
                record(run, near: index, by: .designatorAfter)
                guard let joiner = TextLayout.previousToken(before: run.lowerBound, in: text) else { break }
                let joinerKey: Int32? = tokens[joiner].keyID
                guard joinerKey == words.comma || joinerKey == words.and || joinerKey == words.or else { break }
                end = joiner
                if let other = TextLayout.previousToken(before: joiner, in: text),
                   tokens[other].keyID == words.comma || tokens[other].keyID == words.and, tokens[other].keyID != joinerKey
                {
                    end = other
                }
            }
            if appositive, let previous = TextLayout.previousWordIndex(before: index, in: text),
               !tokens[previous].shape.contains(.capitalized), let run = context.nameRun(startingAfter: index)
            {
                record(run, near: index, by: .appositiveDesignator)
            }
        }

        /// `the village of X`, `the villages of X and Y` (at the `of`).
        mutating func designatorOf(at index: Int) {
            var start = index
            if let the = TextLayout.nextWordIndex(after: index, in: text), tokens[the].keyID == context.layout.words.the { start = the }
            for run in context.listRuns(startingAfter: start) { record(run, near: index, by: .designatorOf) }
        }

        /// `in X, Known`, `at X, near Known`, `including X, Y and Z, in Known`, `in X, about 17 km
        /// from`: a single name needs its comma, a list a comma or a preposition.
        mutating func listBeforeKnownPlace(at index: Int) {
            let runs = context.listRuns(startingAfter: index)
            guard let lastRun = runs.last, var anchor = TextLayout.nextToken(after: lastRun.upperBound - 1, in: text)
            else { return }
            var sawComma = false
            var sawPreposition = false
            if tokens[anchor].keyID == context.layout.words.comma, let next = TextLayout.nextToken(after: anchor, in: text) {
                sawComma = true
                anchor = next
            }
            if runs.count == 1, sawComma, context.isDistance(at: anchor) {
                record(lastRun, near: index, by: .listBeforeKnownPlace)
                return
            }
            if context.layout.classes[anchor].contains(.listPreposition),
               let next = TextLayout.nextToken(after: anchor, in: text)
            {
                sawPreposition = true
                anchor = next
            }
            guard sawComma || (sawPreposition && runs.count > 1), let place = knownPlace(at: anchor),
                  place.kind != .feature
            else { return }
            for run in runs { record(run, near: index, country: place.country, by: .listBeforeKnownPlace) }
        }

        /// A name found by its context, again elsewhere in the document.
        mutating func repeatNames() {
            guard !found.isEmpty else { return }
            // the capitalised tokens (in order) of each key that begins a found name, listed by
            // key id: the keys are numbered from 0 in the document, so a table reaches the list
            var listOfKey = [Int32](filledWith: -1, count: keys.distinctCount)
            var capitalisedAt: [[Int]] = []
            for (range, _, _) in found {
                guard let first = context.wordKeys(range).first, listOfKey[Int(first)] < 0 else { continue }
                listOfKey[Int(first)] = Int32(capitalisedAt.count)
                capitalisedAt.append([])
            }
            for index in tokens.indices where tokens[index].shape.contains(.capitalized) {
                let list = listOfKey[Int(tokens[index].keyID)]
                if list >= 0 { capitalisedAt[Int(list)].append(index) }
            }
            // the repeats of a name depend only on its words: a name found again is looked for once
            var sought = Set<[Int32]>()
            for (range, country, _) in found {
                if range.count == 1, context.nameWords.contains(keys[range.lowerBound]) { continue }
                let words = context.wordKeys(range)
                guard sought.insert(words).inserted else { continue }
                let starts = words.first.map { capitalisedAt[Int(listOfKey[Int($0)])] } ?? []
                for repeatRange in context.repeats(of: range, words: words, startingAt: starts)
                where !isCovered(repeatRange) {
                    cover(repeatRange)
                    found.append((repeatRange, country, .repeatedName))
                }
            }
        }

        /// The mentions with the places found; places kept without their gazetteer identity take
        /// the country of their context.
        func finish() -> [Mention] {
            var mentions = self.mentions
            for (range, country, rule) in found {
                var mention = Mention(range: range, readings: [], rule: rule)
                mention.contextCountry = country
                mentions.append(mention)
            }
            // (a mention that needs a country has no known place: it is no anchor, and counts for
            // no country)
            var dominantNow: String??
            for index in mentions.indices where mentions[index].needsCountry && mentions[index].contextCountry == nil {
                if let country = nearbyCountry(mentions[index].range.lowerBound) {
                    mentions[index].contextCountry = country
                    continue
                }
                if dominantNow == nil { dominantNow = context.dominantCountry(mentions) }
                mentions[index].contextCountry = dominantNow!
            }
            return mentions
        }
    }

    private func countryOf(_ mention: Mention) -> String? {
        mention.chosen.flatMap { places[$0].country } ?? mention.contextCountry
    }

    /// `about 17 km`, `some 40 kilometres`, `30km`.
    private func isDistance(at index: Int) -> Bool {
        var cursor = index
        if layout.classes[cursor].contains(.approximator), let next = TextLayout.nextToken(after: cursor, in: text) {
            cursor = next
        }
        let token = tokens[cursor]
        if token.kind == .word, token.shape.contains(.hasDigit) {
            return lexicon.distanceUnits.contains(String(keys[cursor].drop { $0.isNumber }))
        }
        guard token.kind == .number, let unit = TextLayout.nextToken(after: cursor, in: text) else { return false }
        return layout.classes[unit].contains(.distanceUnit)
    }

    /// Length of a multi-word designator starting at `index` (`administrative post`, `Local
    /// Government Area`); 0 if none.
    private func designatorPhraseLength(at index: Int) -> Int {
        guard layout.classes[index].contains(.designatorPhraseStart) else { return 0 }
        for phrase in lexicon.multiWordDesignators where phrase.first == keys[index] {
            var cursor = index
            var matched = 1
            while matched < phrase.count, let next = TextLayout.nextWordIndex(after: cursor, in: text),
                  keys[next] == phrase[matched]
            {
                matched += 1
                cursor = next
            }
            if matched == phrase.count { return matched }
        }
        return 0
    }

    /// The key ids of the words in a range.
    private func wordKeys(_ range: Range<Int>) -> [Int32] {
        range.filter { tokens[$0].kind == .word }.map { tokens[$0].keyID }
    }

    /// Other places in the text where the same words stand as a capitalised name. `words` are the
    /// key ids of the range's words (`wordKeys`); `starts`, the capitalised tokens with the first.
    private func repeats(of range: Range<Int>, words sought: [Int32], startingAt starts: [Int]) -> [Range<Int>] {
        guard !sought.isEmpty else { return [] }
        var result: [Range<Int>] = []
        for start in starts where start != range.lowerBound {
            var cursor = start
            var matched = 1
            while matched < sought.count {
                guard let next = TextLayout.nextToken(after: cursor, in: text) else { break }
                var word = next
                if tokens[next].keyID == layout.words.hyphen, let after = TextLayout.nextToken(after: next, in: text) { word = after }
                guard tokens[word].keyID == sought[matched] else { break }
                matched += 1
                cursor = word
            }
            guard matched == sought.count else { continue }
            if let before = TextLayout.previousToken(before: start, in: text), tokens[before].kind == .word,
               tokens[before].shape.contains(.capitalized), !layout.isSentenceInitial(before)
            {
                continue
            }
            if let after = TextLayout.nextToken(after: cursor, in: text), tokens[after].kind == .word,
               tokens[after].shape.contains(.capitalized)
            {
                continue
            }
            result.append(start..<(cursor + 1))
        }
        return result
    }

    // MARK: Name runs

    /// A word that may be part of an unknown place's name.
    private func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.shape.contains(.capitalized), token.shape.contains(.hasLetter) else { return false }
        if token.shape.contains(.allUppercase) && token.length <= 4 { return false }
        return layout.classes[index].isDisjoint(with: [.demonym, .calendarWord, .functionWord, .anyHead, .title, .personTitle,
                                                       .designator, .stateWord, .particle])
    }

    /// Checks a run of name words: not every word common, a single word not a person's name.
    @inline(__always)
    private func acceptable(_ words: some Collection<Int>) -> Bool {
        guard !words.isEmpty else { return false }
        if words.allSatisfy({ !layout.classes[$0].isDisjoint(with: [.commonWord, .directional]) }) { return false }
        if words.allSatisfy({ layout.classes[$0].contains(.personName) }) { return false }
        return true
    }

    /// Up to three name words (joined by spaces or hyphens) ending right before `end`, with no
    /// capitalised word before them.
    private func nameRun(endingBefore end: Int) -> Range<Int>? {
        var words = TokenIndexList()
        var cursor = end
        while words.count < 3 {
            guard let previous = TextLayout.previousToken(before: cursor, in: text) else { break }
            if tokens[previous].keyID == layout.words.hyphen, previous + 1 == cursor,
               let word = TextLayout.previousToken(before: previous, in: text), word + 1 == previous, isNameWord(word)
            {
                words.append(word)
                cursor = word
                continue
            }
            guard tokens[previous].kind == .word, isNameWord(previous) else { break }
            words.append(previous)
            cursor = previous
        }
        guard let firstWord = words.last, let lastWord = words.first else { return nil }
        // an unknown capitalised word before the run: a longer name
        if let before = TextLayout.previousToken(before: firstWord, in: text), tokens[before].kind == .word,
           tokens[before].shape.contains(.capitalized), !layout.classes[before].contains(.functionWord)
        {
            return nil
        }
        guard acceptable(words) else { return nil }  // (collected last first: the checks take any order)
        return firstWord..<(lastWord + 1)
    }

    /// Up to three name words starting right after `start`, not followed by another capitalised word.
    /// A lower-case part between two hyphens before a name word: `e` in `Bagh-e-Bala`, `ul` in
    /// `Dera-ul-Haq`.
    private func isGluedParticle(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, index + 2 < tokens.count, tokens[index + 1].keyID == layout.words.hyphen else { return false }
        return isNameWord(index + 2)
    }

    private func nameRun(startingAfter start: Int) -> Range<Int>? {
        var words = TokenIndexList()
        var cursor = start
        while words.count < 3 {
            guard let next = TextLayout.nextToken(after: cursor, in: text) else { break }
            if tokens[next].keyID == layout.words.hyphen, next == cursor + 1, !words.isEmpty,
               let word = TextLayout.nextToken(after: next, in: text), word == next + 1,
               isNameWord(word) || isGluedParticle(word)
            {
                words.append(word)
                cursor = word
                continue
            }
            guard tokens[next].kind == .word, isNameWord(next) else { break }
            words.append(next)
            cursor = next
        }
        guard let firstWord = words.first, let lastWord = words.last else { return nil }
        if let after = TextLayout.nextToken(after: lastWord, in: text), tokens[after].kind == .word,
           tokens[after].shape.contains(.capitalized), !layout.classes[after].contains(.designator)
        {
            return nil
        }
        guard acceptable(words) else { return nil }
        return firstWord..<(lastWord + 1)
    }

    /// A list of name runs after `start`: `A`, `A and B`, `A, B, and C`.
    private func listRuns(startingAfter start: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var cursor = start
        let words = layout.words
        while let run = nameRun(startingAfter: cursor) {
            runs.append(run)
            guard let joiner = TextLayout.nextToken(after: run.upperBound - 1, in: text) else { break }
            var next = joiner
            if tokens[joiner].keyID == words.comma, let word = TextLayout.nextToken(after: joiner, in: text),
               tokens[word].keyID == words.and || tokens[word].keyID == words.or
            {
                next = word
            } else if tokens[joiner].keyID == words.comma {
                // a comma continues the list only if another name follows
                guard let word = TextLayout.nextToken(after: joiner, in: text), isNameWord(word) else { break }
            } else if tokens[joiner].keyID != words.and && tokens[joiner].keyID != words.or {
                break
            }
            cursor = next
        }
        return runs
    }

    // MARK: Countries

    /// Whether the place starting at `start` is named as a neighbour (`the border with Y`).
    private func isAcrossBorder(_ start: Int) -> Bool {
        guard let with = TextLayout.previousWordIndex(before: start, in: text), tokens[with].keyID == layout.words.with,
              let noun = TextLayout.previousWordIndex(before: with, in: text) else { return false }
        return layout.classes[noun].contains(.borderNoun)
    }

    private func dominantCountry(_ mentions: [Mention]) -> String? {
        // counted by the countries' numbers (`CountryNumbering`), not by their codes, in a list of
        // the countries met (a document names a few: no table over every country made and read)
        var tally: [(country: Int32, count: Int, firstSeen: Int)] = []
        for index in mentions.indices {
            let start = mentions[index].range.lowerBound
            guard let chosen = mentions[index].chosen, case let country = gazetteer.countryNumbers[chosen], country >= 0,
                  !isAcrossBorder(start) else { continue }
            if let known = tally.firstIndex(where: { $0.country == country }) {
                tally[known].count += 1
            } else {
                tally.append((country, 1, start))
            }
        }
        // the most mentioned; of equals, the first seen (then the lower number)
        let best = tally.min { a, b in
            a.count != b.count ? a.count > b.count : a.firstSeen != b.firstSeen ? a.firstSeen < b.firstSeen : a.country < b.country
        }
        return best.map { gazetteer.countryNumbering.code($0.country) }
    }
}

/// Lists of mention positions by a key (a token, a sentence), each in increasing order, threaded
/// through one array: a list costs no array of its own (a long document's place pass had one
/// for every mention).
struct PositionLists {
    /// The first position of each key's list; -1 once a list is emptied.
    private var heads: IntMap
    /// Per position: the next position of its list, -1 at the end.
    private var next: [Int32]

    init(positions count: Int) {
        heads = IntMap(capacity: count)
        next = [Int32](filledWith: -1, count: count)
    }

    /// The first position listed at `key`.
    func first(at key: Int) -> Int? {
        guard let head = heads[key], head >= 0 else { return nil }
        return head
    }

    /// The positions listed at `key`, in order.
    func positions(at key: Int) -> some Sequence<Int> {
        sequence(first: heads[key] ?? -1) { Int(next[$0]) }.prefix { $0 >= 0 }
    }

    /// Puts `position` first at `key` (it must come before every position listed there).
    mutating func prepend(_ position: Int, at key: Int) {
        next[position] = Int32(heads[key] ?? -1)
        heads[key] = position
    }

    /// Puts `position` at its place in order at `key`.
    mutating func insert(_ position: Int, at key: Int) {
        guard let head = heads[key], head >= 0, head < position else { return prepend(position, at: key) }
        var before = head
        while next[before] >= 0, next[before] < position { before = Int(next[before]) }
        next[position] = next[before]
        next[before] = Int32(position)
    }

    /// Takes `position` out of the list at `key`.
    mutating func remove(_ position: Int, from key: Int) {
        guard let head = heads[key], head >= 0 else { return }
        if head == position {
            heads[key] = Int(next[position])
        } else {
            var before = head
            while next[before] >= 0, Int(next[before]) != position { before = Int(next[before]) }
            guard next[before] >= 0 else { return }
            next[before] = next[position]
        }
        next[position] = -1
    }
}
