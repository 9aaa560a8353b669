import ConflictMinerCore
import Foundation

/// Finds named places: gazetteer names checked against their context, plus unknown settlements
/// that a designator announces (`Bakori village`, `the village of Bakori`, `Sitio Bakori`).
///
/// Each entity carries `Country` (ISO alpha-2, when one country holds the place) and, for a
/// gazetteer place, its identity: `Id` (`gn:1167528`, `cur:makran`) and canonical `Name`.
/// The rules, in the order they run, are described in `docs/places.md`.
public struct PlaceExtractor: Extractor {
    public let name = "place"
    public let gazetteer: PlaceGazetteer
    /// Given names and surnames, evidence of a person in context (`isPerson`).
    public let people: PersonNames
    /// Codes of first-level divisions, read after a town of them (`readCodes`).
    public let codes: SubdivisionCodes
    /// The word tables of the rules (`lexicons/places/`).
    public let lexicon: PlaceLexicon
    /// The classes of the tables' words, over a vocabulary whose first words are the
    /// gazetteer's: a token's id is its symbol in the gazetteer's trie and the key to its classes.
    private var wordClasses: WordClasses<PlaceWordClass>
    private var symbolMap: SymbolMap

    public init(gazetteer: PlaceGazetteer, lexicon: PlaceLexicon, people: PersonNames = PersonNames(),
                codes: SubdivisionCodes = SubdivisionCodes()) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.people = people
        self.codes = codes
        var classes = lexicon.wordClasses(over: Vocabulary(extending: gazetteer.matcher.tables.symbols))
        // `isPerson` asks only of a gazetteer match's word: a word of the trie (already in the
        // vocabulary) or one with an apostrophe (matched by another key); the vocabulary need not
        // grow by every surname
        classes.add(.listedName, toKnown: people.names)
        classes.add(.listedName, to: people.names.filter { $0.utf8.contains(UInt8(ascii: "'")) })
        classes.add(.givenName, to: people.givenNames)
        symbolMap = gazetteer.matcher.symbolMap(for: &classes.vocabulary)
        wordClasses = classes
    }

    /// The vocabulary of the extractor's tables (the pipeline's grows from it).
    package var vocabulary: Vocabulary { wordClasses.vocabulary }

    public func sharing(_ shared: inout Vocabulary) -> PlaceExtractor {
        if vocabulary.isEarlierState(of: shared.identity) { return self }
        var copy = self
        copy.symbolMap = gazetteer.matcher.symbolMap(for: &shared)
        copy.wordClasses = wordClasses.sharing(&shared)
        return copy
    }

    /// Lower-case last word of a place's canonical name (for trailing designators).
    private func lastNameWord(of place: Int) -> String {
        let name = gazetteer.places[place].name
        let last = name.split { $0 == " " || $0 == "-" }.last.map(String.init) ?? ""
        return last.lowercased()
    }

    public func extract(from text: AnalyzedText, into entities: inout [Entity]) {
        let ids = vocabulary.ids(of: text)
        let layout = TextLayout(text, classes: wordClasses.classes(ofWords: ids))
        var mentions: [Mention] = []
        // The readings of each accepted match, worked out once while matching: the matcher keeps
        // exactly the candidates `accept` says yes to, in order, so the two lists pair up.
        var acceptedReadings: [[Reading]] = []
        let matches = gazetteer.matcher.matches(in: text, words: (ids, symbolMap),
                                                canStart: { mayStartName(at: $0, in: text, layout: layout) }) { match in
            let found = readings(of: match, in: text, layout: layout)
            if !found.isEmpty {
                if acceptedReadings.capacity == 0 { acceptedReadings.reserveCapacity(16) }  // (a report's, at the first)
                acceptedReadings.append(found)
            }
            return !found.isEmpty
        }
        // the tokens where a match starts or ends, and those with a designator after or a
        // locative preposition before: one bit a token (no hashing per test)
        var matchStarts = BitArray(count: text.tokens.count), matchEnds = matchStarts
        for match in matches {
            matchStarts[match.tokens.lowerBound] = true
            matchEnds[match.tokens.upperBound - 1] = true
        }
        if !matches.isEmpty { mentions.reserveCapacity(matches.count + 8) }  // (the context rules add a few)
        var nameWords = Set<String>()
        var strongEvidence = BitArray(count: text.tokens.count)
        // one check for the document, pointed at each match in turn (not a copy of the text,
        // layout and tables per match)
        var context = ContextCheck(text: text, layout: layout, range: 0..<0,
                                   matchStarts: matchStarts, matchEnds: matchEnds, lexicon: lexicon)
        for (match, found) in zip(matches, acceptedReadings) {
            var mention = Mention(range: match.tokens, readings: found, rule: .gazetteer)
            context.range = match.tokens
            switch context.verdict() {
            case .place:
                if isPerson(match.tokens, readings: found, in: text, layout: layout) {
                    if let word = singleWordKey(match.tokens, in: text) { nameWords.insert(word) }
                    continue
                }
            case .partOfName:
                continue
            case .partOfPersonName, .partOfDiseaseName:
                if let word = singleWordKey(match.tokens, in: text) { nameWords.insert(word) }
                continue
            }
            if context.hasDesignatorAfter || context.hasLocativePrepositionBefore {
                strongEvidence[match.tokens.lowerBound] = true
            }
            mention.evidence = evidenceNeeded(for: mention, context: context)
            guard mention.evidence != .rejected else { continue }
            mentions.append(mention)
        }
        readCodes(after: &mentions, in: text, layout: layout)
        // A word seen as part of a person's name (`Juan Manuel Santos`) is that person elsewhere
        // (`Santos said`), and one seen in a disease's name (`Lassa fever`) that disease, unless a
        // designator or preposition says otherwise or it names a country or province.
        if !nameWords.isEmpty {
            mentions.removeAll { mention in
                guard let word = singleWordKey(mention.range, in: text), nameWords.contains(word),
                      !strongEvidence[mention.range.lowerBound] else { return false }
                return !mention.readings.contains {
                    [.country, .admin1, .region].contains(gazetteer.places[$0.place].kind) || $0.isAbbreviation
                }
            }
        }
        resolve(&mentions, in: text, layout: layout)
        mergeAdjacent(&mentions, in: text, layout: layout)
        ContextPlaces(text: text, layout: layout, gazetteer: gazetteer, nameWords: nameWords, lexicon: lexicon).add(to: &mentions)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }  // (in place: no second copy of a long document's)
        // (by index: a mention's fields are read in place, the mention is not copied)
        entities.reserveCapacity(entities.count + mentions.count)
        for index in mentions.indices {
            let range = mentions[index].range, country = mentions[index].contextCountry
            let value = mentions[index].chosen.map {
                PlaceValue(gazetteer.places[$0], country: country, coordinates: gazetteer.coordinates(of: $0))
            }
                ?? PlaceValue(name: text.surface(range), country: country)
            entities.append(text.entity(.place, tokens: range, value: .place(value), rule: mentions[index].rule.rawValue))
        }
    }

    // MARK: - Readings a match may have, from its own tokens

    /// Whether a name may start at the token, as `readings` will judge it: a word that begins
    /// with a lower-case ASCII letter starts none (`isCapitalisedName`; and no abbreviation
    /// begins so, `PlaceGazetteer.isAbbreviation`) unless it is a leading article (`al-Hasakah`)
    /// or the lower-case part of a hyphenated name (`Islam-abad`). A word in a script without
    /// case may start an abbreviation (matched as written), so it is always tried.
    private func mayStartName(at index: Int, in text: AnalyzedText, layout: TextLayout) -> Bool {
        guard text.tokens[index].kind == .word, text.beginsLowercaseASCII(index) else { return true }
        return layout.classes[index].contains(.leadingArticle) || isGluedLowercasePart(index, in: text, layout: layout)
    }

    /// A lower-case part glued by a hyphen to a capitalised part before it: `abad` in `Islam-abad`.
    private func isGluedLowercasePart(_ index: Int, in text: AnalyzedText, layout: TextLayout) -> Bool {
        let tokens = text.tokens
        return index >= 2 && tokens[index - 1].kind == .punctuation && tokens[index - 1].keyID == layout.words.hyphen
            && tokens[index - 2].kind == .word && tokens[index - 2].shape.contains(.capitalized)
    }

    /// The gazetteer entries of a match whose surface fits them: abbreviations as written, names
    /// capitalised, no demonym, no trailing designator that is not part of the name.
    private func readings(of match: PhraseMatcher<PlaceGazetteer.Entry>.Match, in text: AnalyzedText,
                          layout: TextLayout) -> [Reading] {
        let range = match.tokens
        let tokens = text.tokens
        let keys = text.keys
        // the match's words, read without making an array (a match is a few tokens)
        let words = range.lazy.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        guard let firstWord = words.first, let lastWord = words.last else { return [] }
        let wordCount = words.count
        var surface: String?
        var nameCase: Bool?
        var result: [Reading] = []
        // room for every entry at the first that fits (a common name has dozens): grown once
        func add(_ reading: Reading) {
            if result.capacity == 0 { result.reserveCapacity(match.payloads.count) }
            result.append(reading)
        }
        for entry in match.payloads {
            if entry.abbreviation >= 0 {
                if surface == nil { surface = text.surface(range) }
                if surface == gazetteer.abbreviations[Int(entry.abbreviation)] {
                    add(Reading(place: Int(entry.place), isPrimary: entry.isPrimary, isAbbreviation: true))
                }
                continue
            }
            if nameCase == nil { nameCase = isCapitalisedName(range, words: words, in: text, layout: layout) }
            guard nameCase == true else { continue }
            let place = Int(entry.place)
            if wordCount > 1 {
                let last = layout.classes[lastWord]
                if last.contains(.trailingDesignator), lastNameWord(of: place) != keys[lastWord] { continue }
                if !entry.isPrimary, last.head != nil { continue }
            }
            add(Reading(place: place, isPrimary: entry.isPrimary, isAbbreviation: false))
        }
        guard !result.isEmpty else { return [] }
        if result.contains(where: \.isAbbreviation) { return result }
        // `the Democratic Republic of the Congo`: the article stays outside, unless it begins the
        // place's own name (`The Hague`, `The Gambia`) and is written with its capital
        if tokens[firstWord].keyID == layout.words.the {
            guard tokens[firstWord].isCapitalized else { return [] }
            result.removeAll { !gazetteer.places[$0.place].name.hasPrefix("The ") }
            if result.isEmpty { return [] }
        }
        // words that name a kind of thing, an organisation or a rank are not places by themselves
        if wordCount == 1 {
            if !layout.classes[firstWord].isDisjoint(with: [.anyHead, .title, .personTitle, .designator, .prefixDesignator,
                                                            .namePrefix, .functionWord]) {
                return []
            }
        }
        // A demonym or ethnic name is not a place unless a designator follows it (`Hazara division`).
        if wordCount == 1, layout.classes[firstWord].contains(.demonym) {
            guard let next = layout.nextWord(after: lastWord, in: text), layout.classes[next].contains(.designator) else { return [] }
        }
        return result
    }

    /// Every content word capitalised (lower-case particles and hyphen-joined lower-case parts
    /// allowed: `Sistan and Baluchestan`, `Islam-abad`); all-capitals only in headlines, datelines
    /// and for names of five letters or more; never a one- or two-letter name.
    private func isCapitalisedName(_ range: Range<Int>, words: some Collection<Int>, in text: AnalyzedText,
                                   layout: TextLayout) -> Bool {
        guard let first = words.first else { return false }
        let tokens = text.tokens
        var content = 0
        var letters = 0
        var allUpper = true
        for index in words {
            let token = tokens[index]
            letters += token.length
            if token.kind == .number { continue }
            if token.shape.contains(.capitalized) {
                content += 1
                if !token.shape.contains(.allUppercase) && token.length > 1 { allUpper = false }
                continue
            }
            if layout.classes[index].contains(.particle) {
                // only an Arabic article may begin a name in lower case (`al-Hasakah`)
                if index == first, !layout.classes[index].contains(.leadingArticle) { return false }
                allUpper = false
                continue
            }
            if isGluedLowercasePart(index, in: text, layout: layout) {
                allUpper = false
                continue
            }
            return false
        }
        guard content > 0, letters > 2 else { return false }
        if allUpper {
            let line = layout.line(of: first)
            if layout.isCapsLine(line) || layout.isDateline(first, in: text) { return true }
            return letters >= 5
        }
        return true
    }

    // MARK: - People who share a town's name

    /// Whether a one-word town, district or feature that shares a person's name is that person
    /// here: after a capitalised title (`President Lincoln`, `Gov. Moore`), before a speech verb
    /// (`Lincoln told reporters`; not a city of 300,000 or more, which may stand for its
    /// government) or before an age (`Moore, 45,`). Countries and provinces are never people.
    func isPerson(_ range: Range<Int>, readings: [Reading], in text: AnalyzedText, layout: TextLayout) -> Bool {
        let tokens = text.tokens
        let keys = text.keys
        guard let word = singleWord(range, in: text), let first = range.first,
              tokens[first].isCapitalized, !tokens[first].shape.contains(.allUppercase) else { return false }
        let last = range.upperBound - 1
        // Which rule speaks for a person, cheapest first; the readings are checked only then.
        var bySpeech = false
        if let comma = TextLayout.nextToken(after: last, in: text), tokens[comma].keyID == layout.words.comma,
           let age = TextLayout.nextToken(after: comma, in: text), tokens[age].shape.contains(.allDigits),
           keys[age].utf8.count <= 2,
           let close = TextLayout.nextToken(after: age, in: text), tokens[close].keyID == layout.words.comma {
            // `Moore, 45,`: an age in commas.
        } else {
            guard layout.classes[word].contains(.listedName) else { return false }
            // After a title, over its abbreviation's full stop.
            var before = TextLayout.previousToken(before: first, in: text)
            if let dot = before, tokens[dot].keyID == layout.words.stop { before = TextLayout.previousToken(before: dot, in: text) }
            let afterTitle = before.map { title in
                tokens[title].kind == .word && tokens[title].isCapitalized
                    && !layout.classes[title].isDisjoint(with: [.title, .personTitle])
            } ?? false
            if !afterTitle {
                // Before a speech verb, as its subject (not after a locative preposition).
                guard let verb = TextLayout.nextWordIndex(after: last, in: text),
                      layout.classes[verb].contains(.speechVerb),
                      !(TextLayout.previousWordIndex(before: first, in: text).map {
                          layout.classes[$0].contains(.locativePreposition)
                      } ?? false) else { return false }
                bySpeech = true
            }
        }
        // Towns, districts and features only; by a speech verb, no city that may stand for its
        // government.
        // (the place's fields read in place: a copy of the place retains its strings)
        return !readings.contains { reading in
            reading.isAbbreviation || !gazetteer.places[reading.place].kind.isLocal
                || bySpeech && gazetteer.places[reading.place].population >= 300_000
        }
    }

    /// The one country or first-level division among a mention's readings when every other
    /// reading is a town, district or feature of fewer than 100,000 people: it wins by its
    /// kind whatever the document says, so it may vote.
    private func dominantDivision(of readings: [Reading]) -> Reading? {
        guard readings.count > 1 else { return nil }
        var division: Reading?
        for reading in readings {
            let kind = gazetteer.places[reading.place].kind
            if kind == .country || kind == .admin1 {
                if division != nil { return nil }
                division = reading
            } else if kind == .region || gazetteer.places[reading.place].population >= 100_000 {
                return nil
            }
        }
        return division
    }

    // MARK: - Division codes after a town

    /// `Austin, TX`, `Lucknow, UP`, `Kelowna, B.C.`, `Tulsa, Okla.`: a division's code or
    /// abbreviation right after a town names the division, and places the town in it: the town
    /// keeps only its readings in that division and needs no other evidence. A town with no
    /// reading there (`Man, W.Va.`, where the gazetteer knows only a city in Côte d'Ivoire) is one
    /// the gazetteer lacks, in the division's country; a code after it is then read only when it
    /// is a name anyway (`W.Va.`), never a bare code (`Logan, ON`).
    private func readCodes(after mentions: inout [Mention], in text: AnalyzedText, layout: TextLayout) {
        let tokens = text.tokens
        var mentionStarting = IntMap(capacity: mentions.count)
        for position in mentions.indices { mentionStarting[mentions[position].range.lowerBound] = position }
        var found: [Mention] = []
        for index in mentions.indices {
            guard let comma = TextLayout.nextToken(after: mentions[index].range.upperBound - 1, in: text),
                  tokens[comma].keyID == layout.words.comma, let code = TextLayout.nextToken(after: comma, in: text),
                  tokens[code].kind == .word, tokens[code].isCapitalized else { continue }
            // the division: a name or abbreviation matched anyway (`W.Va.`), else a code as written,
            // with the full stop of a dotted form (`B.C.`, `Ont.`)
            var divisions: [Int] = []
            var end = code + 1
            let matched = mentionStarting[code]
            if let matched {
                divisions = mentions[matched].readings.map(\.place).filter { gazetteer.places[$0].kind == .admin1 }
            } else if !codes.isEmpty {
                var surface = text.surface(code)
                if end < tokens.count, tokens[end].keyID == layout.words.stop {
                    surface += "."
                    end += 1
                }
                divisions = codes.places(for: surface)
                if divisions.isEmpty, end > code + 1 {
                    surface.removeLast()
                    end -= 1
                    divisions = codes.places(for: surface)
                }
            }
            guard !divisions.isEmpty else { continue }
            let towns = mentions[index].readings.filter { gazetteer.places[$0.place].kind.isLocal }
            var placed = false
            for division in divisions {
                let country = gazetteer.places[division].country, name = gazetteer.places[division].name
                let inside = towns.filter { reading in
                    gazetteer.places[reading.place].country == country && gazetteer.places[reading.place].admin1 == name
                }
                guard !inside.isEmpty else { continue }
                mentions[index].readings = inside
                mentions[index].evidence = .none
                if matched == nil {
                    found.append(Mention(range: code..<end, readings: [Reading(place: division, isPrimary: true, isAbbreviation: true)],
                                         rule: .subdivisionCode))
                }
                placed = true
                break
            }
            // no reading in the named division: one in its country whose division the gazetteer
            // does not give, else a town the gazetteer lacks, in that country
            let countries = Set(divisions.compactMap { gazetteer.places[$0].country })
            guard !placed, matched != nil, countries.count == 1, let country = countries.first,
                  towns.count == mentions[index].readings.count else { continue }
            let sameCountry = towns.filter { gazetteer.places[$0.place].country == country }
            mentions[index].evidence = .none
            if sameCountry.isEmpty {
                mentions[index].readings = []
                mentions[index].contextCountry = country
            } else {
                mentions[index].readings = sameCountry
            }
        }
        guard !found.isEmpty else { return }
        mentions += found
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Evidence for names that are also common words or people's names

    private func evidenceNeeded(for mention: Mention, context: ContextCheck) -> Evidence {
        let text = context.text
        let tokens = text.tokens
        // the mention's words, and their classes below, read without making arrays
        let words = mention.range.lazy.filter { tokens[$0].kind == .word }
        if mention.readings.contains(where: { $0.isAbbreviation }) { return .none }
        if mention.readings.contains(where: { gazetteer.places[$0.place].kind == .country }) {
            // a country whose name is also an adjective (`Saudi officials`)
            if words.count == 1, let word = words.first, context.layout.classes[word].contains(.adjectivalName),
               context.isFollowedByLowercaseNoun
            {
                return .rejected
            }
            return .none
        }
        // a name of several words for a region or feature across countries (`Middle East`, `Red Sea`)
        if words.count > 1, mention.readings.contains(where: { gazetteer.places[$0.place].country == nil }) {
            return .none
        }
        // one word for a sea or region across countries after a locative word and `the` (`in the
        // Mediterranean`, `across the Atlantic`), not before a noun (`in the Atlantic trade`)
        if mention.readings.contains(where: { gazetteer.places[$0.place].country == nil }),
           context.hasLocativeAndTheBefore, !context.isFollowedByLowercaseNoun {
            return .none
        }
        // a name that is only a particle (`Van`, `Del`) is judged by that word
        // (the classes taken out first: a closure over `context` would copy it, retaining each of
        // its references)
        let layoutClasses = context.layout.classes
        let classes = words.map { layoutClasses[$0] }
        let onlyParticles = classes.allSatisfy { $0.contains(.particle) }
        let contentClasses = classes.filter { onlyParticles || !$0.contains(.particle) }
        let isCommon = !contentClasses.isEmpty && contentClasses.allSatisfy {
            !$0.isDisjoint(with: [.commonWord, .personName, .calendarWord, .functionWord])
        }
        guard isCommon else { return .none }
        if context.hasDesignatorAfter { return .none }
        // a month or weekday is a date unless a designator follows
        if contentClasses.count == 1, contentClasses.first?.contains(.calendarWord) == true { return .rejected }
        if context.hasLocativePrepositionBefore && !context.isFollowedByLowercaseNoun { return .none }
        // a dateline's place (`LOGAN, W.Va. —`) is where the report was filed
        if let first = words.first, let last = words.last, context.layout.isDateline(first, in: text),
           let next = TextLayout.nextToken(after: last, in: text), tokens[next].kind == .punctuation { return .none }
        // a district or county known by its bare name only (`Harris`, `Logan`: the gazetteer drops
        // `County`, and many such names are surnames) needs its designator or a locative word
        if mention.readings.allSatisfy({ gazetteer.places[$0.place].kind == .admin2 }) { return .rejected }
        if context.capitalIsNoEvidence { return .rejected }
        return .sameCountry
    }

    // MARK: - Choosing a reading

    /// Picks each mention's reading: the document's unambiguous places vote for countries (and
    /// their first-level subdivisions), then kind and population decide. Mentions that need
    /// evidence keep only readings in a country another place of the document is in. Then what
    /// the text says of a place's country (`X's Y`, `Y in X`) corrects the choice.
    private func resolve(_ mentions: inout [Mention], in text: AnalyzedText, layout: TextLayout) {
        guard !mentions.isEmpty else { return }
        let votes = countryVotes(of: mentions, in: text)
        for index in mentions.indices {
            chooseReading(of: &mentions[index], votes: votes, in: text, layout: layout)
        }
        mentions.removeAll { $0.rejected }
        applyStatedCountries(to: &mentions, votes: votes, in: text, layout: layout)
    }

    /// The votes of the mentions that need no evidence and whose readings all lie in one country.
    private func countryVotes(of mentions: [Mention], in text: AnalyzedText) -> CountryVotes {
        let countryOf = gazetteer.countryNumbers
        var votes = CountryVotes(countryCount: gazetteer.countryNumbering.count, expectedVotes: mentions.count)
        for index in mentions.indices where mentions[index].evidence == .none {
            // a country or first-level division votes as if alone over small towns of its name
            // (`California` over villages in Colombia and Mexico)
            let readings = dominantDivision(of: mentions[index].readings).map { [$0] } ?? mentions[index].readings
            guard let first = readings.first, case let country = countryOf[first.place], country >= 0,
                  readings.allSatisfy({ countryOf[$0.place] == country }) else { continue }
            votes.add(vote(of: readings), for: country, sentence: text.tokens[mentions[index].range.lowerBound].sentence)
            for reading in readings where gazetteer.places[reading.place].kind == .admin1 {
                votes.addDivision(gazetteer.places[reading.place].name, in: country)
            }
        }
        return votes
    }

    /// What readings all in one country add to its votes: 2 with a country among them, 1.5 with a
    /// first-level division, else 1.
    private func vote(of readings: [Reading]) -> Double {
        var vote = 1.0
        for reading in readings {
            switch gazetteer.places[reading.place].kind {
            case .country: return 2
            case .admin1: vote = 1.5
            default: break
            }
        }
        return vote
    }

    /// Sets a mention's reading (`chosen`), or rejects a mention that needs another place of its
    /// country and has none.
    private func chooseReading(of mention: inout Mention, votes: CountryVotes, in text: AnalyzedText, layout: TextLayout) {
        let countryOf = gazetteer.countryNumbers
        let sentence = text.tokens[mention.range.lowerBound].sentence
        let designatorKind = designatorKind(after: mention.range, in: text, layout: layout)
        var candidates = mention.readings
        if mention.evidence == .sameCountry {
            // another mention of that country: not this one alone
            candidates = candidates.filter { countryOf[$0.place] >= 0 && votes[countryOf[$0.place]] > 0 }
            if candidates.isEmpty {
                mention.rejected = true
                return
            }
        }
        var best: (score: Double, reading: Reading)?
        for reading in candidates {
            let score = score(of: reading, sentence: sentence, designatorKind: designatorKind, votes: votes)
            if best == nil || score > best!.score { best = (score, reading) }
        }
        guard var chosen = best?.reading else {
            mention.chosen = nil
            return
        }
        // A division and a town of its own name inside it (`Herat`, `Lagos`): without a
        // designator, the bare name is the town.
        if designatorKind == nil, let town = town(namedAs: chosen, among: candidates) { chosen = town }
        mention.chosen = chosen.place
        if !chosen.isAbbreviation, isStrayForeignPlace(chosen.place, of: mention, votes: votes) {
            mention.chosen = nil
            mention.needsCountry = true
        }
    }

    /// How well a reading fits the document: its kind and population, a canonical name, a team's
    /// own place, its country's votes (in the document and in the sentence), a named division it
    /// lies in, a designator of its kind.
    private func score(of reading: Reading, sentence: Int, designatorKind: DesignatorKind?, votes: CountryVotes) -> Double {
        // the place's fields read in place, not the place copied
        let places = gazetteer.places
        let kind = places[reading.place].kind
        var score = kind.prior + places[reading.place].populationWeight
        if reading.isPrimary || reading.isAbbreviation { score += 1.5 }
        // A team's own place is the one it means, unless the text says otherwise.
        if gazetteer.isTeamPlace(reading.place) { score += 3 }
        let country = gazetteer.countryNumbers[reading.place]
        if country >= 0 {
            if votes[country] > 0 { score += 2 + min(votes[country], 6) * 0.5 }
            if votes.isKnown(country, inSentence: sentence) { score += 2 }
            if let admin1 = places[reading.place].admin1, votes.namesDivision(admin1, in: country) { score += 3 }
        }
        if let designatorKind, designatorKind.fits(kind) { score += 3 }
        // a region across countries (`the Sahel`, `Makran`, `Red Sea`) before a subdivision or a
        // village of one country that shares its name, unless a designator or the document's
        // countries say otherwise
        if country < 0, designatorKind == nil { score += 3 }
        return score
    }

    /// For a chosen first- or second-level division, the reading among `candidates` that is a
    /// town of the same name inside it, if there is one.
    private func town(namedAs chosen: Reading, among candidates: [Reading]) -> Reading? {
        let places = gazetteer.places
        let kind = places[chosen.place].kind
        guard kind == .admin1 || kind == .admin2 else { return nil }
        let admin1 = kind == .admin1 ? places[chosen.place].name : places[chosen.place].admin1
        let country = places[chosen.place].country
        return candidates.first { reading in
            places[reading.place].kind == .city && places[reading.place].country == country && places[reading.place].admin1 == admin1
        }
    }

    /// A small place abroad, in a country nothing else in the document is in, while the document
    /// is about somewhere else: most likely a local place the gazetteer lacks that shares a
    /// foreign village's name. The mention keeps its span, not the identity.
    private func isStrayForeignPlace(_ index: Int, of mention: Mention, votes: CountryVotes) -> Bool {
        let country = gazetteer.countryNumbers[index]
        return country >= 0 && gazetteer.places[index].kind.isLocal
            && gazetteer.places[index].population < 100_000
            && votes[country] - ownVote(mention, country: country) <= 0 && votes.total - votes[country] >= 2
    }

    /// A region or crossing across countries that the text gives one side of takes that side's
    /// country: the place before a possessive (`Balochistan's Makran region`, `Iran's Makran
    /// coast`) or after `in` (`Torkham in Khyber district`); and a reading in another country
    /// gives way to one in the country the text names.
    private func applyStatedCountries(to mentions: inout [Mention], votes: CountryVotes, in text: AnalyzedText,
                                      layout: TextLayout) {
        let countryOf = gazetteer.countryNumbers
        let numbering = gazetteer.countryNumbering
        // the country of the chosen place of the mention at a position (read in place, not copied)
        func country(ofMentionAt position: Int?) -> Int32? {
            guard let position, let chosen = mentions[position].chosen, countryOf[chosen] >= 0 else { return nil }
            return countryOf[chosen]
        }
        // Mentions by first token and by end, for lookups in linear time.
        var mentionStarting = IntMap(capacity: mentions.count)
        var mentionEnding = IntMap(capacity: mentions.count)
        for position in mentions.indices {
            let range = mentions[position].range
            if mentionStarting[range.lowerBound] == nil { mentionStarting[range.lowerBound] = position }
            if mentionEnding[range.upperBound] == nil { mentionEnding[range.upperBound] = position }
        }
        for index in mentions.indices {
            let range = mentions[index].range
            if let mark = TextLayout.previousToken(before: range.lowerBound, in: text), text.tokens[mark].keyID == layout.words.possessive,
               let owner = country(ofMentionAt: mentionEnding[mark])
            {
                // `X's Y`: Y lies in X's country when it may; else a region across countries takes it
                let readings = mentions[index].readings
                if let inside = readings.first(where: { countryOf[$0.place] == owner }) {
                    if country(ofMentionAt: index) != owner { mentions[index].chosen = inside.place }
                } else if let shared = readings.first(where: { countryOf[$0.place] < 0 }) {
                    mentions[index].chosen = shared.place
                    mentions[index].contextCountry = numbering.code(owner)
                }
                continue
            }
            guard let chosen = mentions[index].chosen else { continue }
            let kind = gazetteer.places[chosen].kind
            let placeCountry = countryOf[chosen]
            guard let (holder, designated) = holderCountry(after: range, in: text, layout: layout,
                                                           country: { country(ofMentionAt: mentionStarting[$0]) })
            else { continue }
            if placeCountry < 0 {
                mentions[index].contextCountry = numbering.code(holder)
            } else if placeCountry != holder,
                      let inside = mentions[index].readings.first(where: { countryOf[$0.place] == holder }) {
                // `Mirpur in Dhaka`: the reading in the holder's country
                mentions[index].chosen = inside.place
            } else if placeCountry != holder, kind.isLocal || designated && kind == .admin1,
                      votes[placeCountry] - ownVote(mentions[index], country: placeCountry) <= 0
            {
                // `Kani township in the Sagaing region`: a town said to lie in another country's
                // place, with nothing else in its own country, is a local place the gazetteer
                // lacks: keep the span, take the holder's country (so is a province name with a
                // lower designator: `the Helmand area of Quetta`)
                mentions[index].chosen = nil
                mentions[index].contextCountry = numbering.code(holder)
            }
        }
    }

    /// What a mention itself added to its country's votes in `resolve` (its readings all in that
    /// country, no extra evidence needed), so that "other mentions of the country" can leave it out.
    private func ownVote(_ mention: Mention, country: Int32) -> Double {
        guard mention.evidence == .none,
              mention.readings.allSatisfy({ gazetteer.countryNumbers[$0.place] == country }) else { return 0 }
        return vote(of: mention.readings)
    }

    /// The country of the place a mention is said to lie in: `X [designator] in [the] Y`, or
    /// with a designator `X designator of [the] Y` (`Mirpur Thana of Dhaka`); and whether a
    /// designator says X's kind.
    /// `countryAt` gives the country of the mention that starts at a token.
    private func holderCountry(after range: Range<Int>, in text: AnalyzedText, layout: TextLayout,
                               country countryAt: (Int) -> Int32?) -> (country: Int32, designated: Bool)? {
        guard var word = TextLayout.nextWordIndex(after: range.upperBound - 1, in: text) else { return nil }
        var designated = false
        // Up to two designators (`Mirpur Thana area of Dhaka`).
        for _ in 0..<2 {
            guard layout.classes[word].contains(.designator),
                  let next = TextLayout.nextWordIndex(after: word, in: text) else { break }
            word = next
            designated = true
        }
        guard text.tokens[word].keyID == layout.words.in || designated && text.tokens[word].keyID == layout.words.of,
              var next = TextLayout.nextWordIndex(after: word, in: text) else { return nil }
        if text.tokens[next].keyID == layout.words.the, let after = TextLayout.nextWordIndex(after: next, in: text) { next = after }
        return countryAt(next).map { ($0, designated) }
    }

    /// The key of a one-word span.
    private func singleWordKey(_ range: Range<Int>, in text: AnalyzedText) -> String? {
        singleWord(range, in: text).map { text.keys[$0] }
    }

    /// The one word token of a range, nil for none or several.
    private func singleWord(_ range: Range<Int>, in text: AnalyzedText) -> Int? {
        var word: Int?
        for index in range where text.tokens[index].kind == .word {
            if word != nil { return nil }
            word = index
        }
        return word
    }

    /// Two places the gazetteer knows apart but written side by side, one space between, outside a
    /// headline (`Dalo Gure`), are one place it does not know.
    private func mergeAdjacent(_ mentions: inout [Mention], in text: AnalyzedText, layout: TextLayout) {
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // merged in place: the first `kept` mentions are the result so far (read where they are
        // and moved by swapping, not copied)
        var kept = 0
        for index in mentions.indices {
            let range = mentions[index].range
            if kept > 0, case let previous = mentions[kept - 1].range, previous.upperBound + 1 == range.lowerBound,
               text.tokens[previous.upperBound].kind == .whitespace,
               text.tokens[previous.upperBound].length == 1,
               !layout.isHeadline(layout.line(of: range.lowerBound)),
               isMinor(mentions[kept - 1]), isMinor(mentions[index])
            {
                var joined = Mention(range: previous.lowerBound..<range.upperBound, readings: [], rule: .joinedNames)
                let first = country(of: mentions[kept - 1]), second = country(of: mentions[index])
                joined.contextCountry = first == second ? first : nil
                joined.needsCountry = joined.contextCountry == nil
                mentions[kept - 1] = joined
                continue
            }
            if kept != index { mentions.swapAt(kept, index) }
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
    }

    /// Not a country, a first-level subdivision or a named region.
    private func isMinor(_ mention: Mention) -> Bool {
        guard let chosen = mention.chosen else { return true }
        return ![.country, .admin1, .region].contains(gazetteer.places[chosen].kind)
    }

    private func country(of mention: Mention) -> String? {
        if let chosen = mention.chosen { return gazetteer.places[chosen].country }
        return mention.contextCountry
    }

    /// The kind of place a designator after a name points to (`Niger State` → a division).
    /// (The document's place classes, read once per document, say it: `layout.classes`.)
    private func designatorKind(after range: Range<Int>, in text: AnalyzedText, layout: TextLayout) -> DesignatorKind? {
        guard let next = TextLayout.nextWordIndex(after: range.upperBound - 1, in: text) else { return nil }
        return DesignatorKind(layout.classes[next])
    }
}

// MARK: - Working values

/// A candidate reading of a matched name.
struct Reading: Sendable {
    let place: Int
    let isPrimary: Bool
    let isAbbreviation: Bool
}

/// What a mention needs beyond its capital letter.
enum Evidence {
    /// Nothing: a name that is no common word.
    case none
    /// Another place of the same country in the document.
    case sameCountry
    /// No evidence can save it.
    case rejected
}

/// The rules that find a place, each named as `Entity.rule` gives it (`place/gazetteer`).
enum PlaceRule: String {
    /// A name of the gazetteer, its context allowing it (`ContextCheck`).
    case gazetteer = "place/gazetteer"
    /// A division's code or abbreviation after a town: `Austin, TX`, `Tulsa, Okla.`
    case subdivisionCode = "place/subdivision-code"
    /// Two known names side by side, one place the gazetteer lacks (`mergeAdjacent`).
    case joinedNames = "place/joined-names"
    /// `ContextPlaces.Scan.routeEnds`: both ends of a road or route, `the X-Y road`.
    case routeEnds = "place/route-ends"
    /// `ContextPlaces.Scan.prefixDesignator`: a local prefix outside the name, `Barangay X`.
    case prefixDesignator = "place/prefix-designator"
    /// `ContextPlaces.Scan.namePrefix`: a local prefix inside the name, `Ungwan X`.
    case namePrefix = "place/name-prefix"
    /// `ContextPlaces.Scan.designatorAfter`: a designator after the name, `X village`, `X and Y villages`.
    case designatorAfter = "place/designator-after"
    /// `ContextPlaces.Scan.designatorAfter`: a lower-case designator before the name, `the nearest town X`.
    case appositiveDesignator = "place/appositive-designator"
    /// `ContextPlaces.Scan.designatorOf`: a designator and `of`, `the village of X`.
    case designatorOf = "place/designator-of"
    /// `ContextPlaces.Scan.listBeforeKnownPlace`: names after a preposition, then a known place, `in X, Known`.
    case listBeforeKnownPlace = "place/list-before-known-place"
    /// `ContextPlaces.Scan.repeatNames`: a name found by its context, again elsewhere in the document.
    case repeatedName = "place/repeated-name"
}

/// The countries a document's places vote for (`PlaceExtractor.countryVotes`), by country
/// number (`CountryNumbering`): the votes, the sentences each country is known in, and the
/// first-level divisions named in each.
struct CountryVotes {
    private var votes: [Double]
    /// The sum of all votes. Votes are sums of 1, 1.5 and 2, so sums are exact: the votes
    /// outside a country are the total less its own.
    private(set) var total: Double = 0
    /// A country known in a sentence: `sentence * countryCount + country`.
    private var sentenceCountries = Set<Int>()
    /// The first-level divisions named, lower-cased, by country.
    private var divisions: [Int32: Set<String>] = [:]

    /// Votes over `countryCount` countries, with room for `expectedVotes` before the sentence
    /// sets grow.
    init(countryCount: Int, expectedVotes: Int = 0) {
        votes = [Double](filledWith: 0, count: countryCount)
        sentenceCountries.reserveCapacity(expectedVotes)
    }

    /// A country's votes, 0 for none.
    subscript(country: Int32) -> Double { votes[Int(country)] }

    mutating func add(_ vote: Double, for country: Int32, sentence: Int) {
        votes[Int(country)] += vote
        total += vote
        sentenceCountries.insert(sentence * votes.count + Int(country))
    }

    mutating func addDivision(_ name: String, in country: Int32) {
        divisions[country, default: []].insert(name.lowercased())
    }

    /// Whether a place of the sentence voted for the country.
    func isKnown(_ country: Int32, inSentence sentence: Int) -> Bool {
        sentenceCountries.contains(sentence * votes.count + Int(country))
    }

    /// Whether a first-level division of that name (any case) in the country voted.
    func namesDivision(_ name: String, in country: Int32) -> Bool {
        guard let named = divisions[country] else { return false }
        return named.contains(name.lowercased())
    }
}

/// A place found in the text: a gazetteer match with its readings, or a context place.
struct Mention {
    var range: Range<Int>
    var readings: [Reading]
    /// The rule that found it.
    var rule: PlaceRule
    var evidence: Evidence = .none
    var chosen: Int?
    var rejected = false
    /// For a place the gazetteer lacks: the country its context gives.
    var contextCountry: String?
    /// A place without identity whose country the context must still give.
    var needsCountry = false
}

// MARK: - Lines, headlines and datelines

/// Line structure of a document: which line each token is on, and which lines are headlines
/// in capitals or in title case, where a capital letter is no evidence of a name.
final class TextLayout {
    /// The document's lines (token ranges, in order).
    private let lines: [Range<Int>]
    /// Per line: in capitals; in title case.
    private let capsLines: BitArray
    private let titleLines: BitArray
    /// Per token: the first word of its sentence or of its line; the first word of its line.
    private let initialWords: BitArray
    private let lineFirstWords: BitArray

    /// Per token: the tables of `PlaceLexicon` its word is in.
    let classes: TokenClasses<PlaceWordClass>
    /// The words the place rules compare tokens with, by their ids in this document.
    let words: RuleWords

    /// The ids in one document of the words the place rules compare tokens with (nil where the
    /// document lacks one): a rule compares a token's key id, not its key's string.
    struct RuleWords {
        let the, of, `in`, `for`, with, including, and, or, state, news, possessive: Int32?
        let hyphen, stop, comma, colon, openingParenthesis: Int32?

        init(_ keys: TokenKeys) {
            (the, of, `in`, `for`) = (keys.id(of: .the), keys.id(of: .of), keys.id(of: .in), keys.id(of: .for))
            (including, and, or) = (keys.id(of: .including), keys.id(of: .and), keys.id(of: .or))
            (with, state, news, possessive) = (keys.id(of: .with), keys.id(of: .state), keys.id(of: .news), keys.id(of: .possessive))
            (hyphen, stop, comma) = (keys.id(of: .hyphen), keys.id(of: .stop), keys.id(of: .comma))
            (colon, openingParenthesis) = (keys.id(of: .colon), keys.id(of: .openingParenthesis))
        }
    }

    init(_ text: AnalyzedText, classes: TokenClasses<PlaceWordClass>) {
        self.classes = classes
        words = RuleWords(text.keys)
        lines = text.lines
        var lineFirstWords = BitArray(count: text.tokens.count)
        var initialWords = BitArray(count: text.tokens.count)
        let tokens = text.tokens
        var caps = BitArray(count: text.lines.count)
        var titles = BitArray(count: text.lines.count)
        for (line, range) in text.lines.enumerated() {
            var all = 0, upper = 0, content = 0, contentCaps = 0
            // a line whose last token is a full stop is a body sentence, however many names it holds
            var endsWithStop = false
            for index in range {
                let token = tokens[index]
                let kind = token.kind, shape = token.shape
                if kind != .whitespace { endsWithStop = kind == .punctuation && token.keyID == words.stop }
                guard kind == .word, shape.contains(.hasLetter) else { continue }
                if all == 0 {
                    lineFirstWords[index] = true
                    initialWords[index] = true
                }
                all += 1
                if shape.contains(.allUppercase) || (shape.contains(.capitalized) && token.length == 1) {
                    upper += 1
                }
                if classes.classes(ofWord: token).isDisjoint(with: [.functionWord, .particle]) {
                    content += 1
                    if shape.contains(.capitalized) { contentCaps += 1 }
                }
            }
            if all >= 2, Double(upper) >= 0.7 * Double(all) { caps[line] = true }
            if content >= 3, all <= 25, Double(contentCaps) >= 0.8 * Double(content), !endsWithStop {
                titles[line] = true
            }
        }
        for sentence in text.sentences {
            if let first = sentence.first(where: { text.tokens[$0].kind == .word }) { initialWords[first] = true }
        }
        self.capsLines = caps
        self.titleLines = titles
        self.initialWords = initialWords
        self.lineFirstWords = lineFirstWords
    }

    /// The line of a token (found among the lines by halving).
    func line(of token: Int) -> Int {
        lines.partitionPoint { $0.upperBound <= token }
    }

    func isCapsLine(_ line: Int) -> Bool { capsLines[line] }
    /// A line in capitals or in title case: a headline, a byline, a caption.
    func isHeadline(_ line: Int) -> Bool { capsLines[line] || titleLines[line] }

    /// The first word of a sentence or of a line, where a capital letter says nothing.
    func isSentenceInitial(_ token: Int) -> Bool {
        initialWords[token]
    }

    /// A word in capitals at the start of a line, before a comma, a dash or a parenthesis:
    /// `ISLAMABAD, Pakistan —`, `QUETTA (Reuters) -`.
    func isDateline(_ token: Int, in text: AnalyzedText) -> Bool {
        var first = token
        while let previous = TextLayout.previousWordIndex(before: first, in: text), line(of: previous) == line(of: token) {
            guard text.tokens[previous].shape.contains(.allUppercase) else { return false }
            first = previous
        }
        guard lineFirstWords[first] else { return false }
        var index = token + 1
        while index < text.tokens.count {
            let next = text.tokens[index]
            if next.kind == .whitespace, !next.shape.contains(.lineBreak) { index += 1; continue }
            if next.kind == .word, next.shape.contains(.allUppercase) { index += 1; continue }
            let key: Int32? = next.keyID
            return next.kind == .punctuation
                && (key == words.comma || key == words.hyphen || key == words.openingParenthesis || key == words.colon)
        }
        return false
    }

    /// The next word or number token after `index` on the same line, skipping spaces only.
    func nextWord(after index: Int, in text: AnalyzedText) -> Int? {
        guard let next = TextLayout.nextWordIndex(after: index, in: text), line(of: next) == line(of: index) else { return nil }
        return next
    }

    /// The next non-space token, if only spaces (no line break) lie between and it is a word or number.
    static func nextWordIndex(after index: Int, in text: AnalyzedText) -> Int? {
        neighbour(of: index, step: 1, in: text).flatMap { isWordLike(text.tokens[$0]) ? $0 : nil }
    }

    /// The previous non-space token, if only spaces (no line break) lie between and it is a word or number.
    static func previousWordIndex(before index: Int, in text: AnalyzedText) -> Int? {
        neighbour(of: index, step: -1, in: text).flatMap { isWordLike(text.tokens[$0]) ? $0 : nil }
    }

    /// The previous non-space token of any kind on the same line.
    static func previousToken(before index: Int, in text: AnalyzedText) -> Int? {
        neighbour(of: index, step: -1, in: text)
    }

    /// The next non-space token of any kind on the same line.
    static func nextToken(after index: Int, in text: AnalyzedText) -> Int? {
        neighbour(of: index, step: 1, in: text)
    }

    /// The nearest non-space token in direction `step` (+1 or -1), unless a line break comes first.
    private static func neighbour(of index: Int, step: Int, in text: AnalyzedText) -> Int? {
        var i = index + step
        while i >= 0 && i < text.tokens.count {
            let token = text.tokens[i]
            guard token.kind == .whitespace else { return i }
            if token.shape.contains(.lineBreak) { return nil }
            i += step
        }
        return nil
    }

    private static func isWordLike(_ token: Token) -> Bool {
        token.kind == .word || token.kind == .number
    }
}
