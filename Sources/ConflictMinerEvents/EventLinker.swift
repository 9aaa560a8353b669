import ConflictMinerCore
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// Turns the entities of one document into event records: one per violent incident, typed,
/// with its two sides, placed and counted as a coder would (`docs/events.md` gives every rule,
/// its examples and limits; the words are `Gazetteers/lexicons/events.tsv`).
///
/// The phases, in the order they run, each a function of its own:
///
/// 1. **Sentences and paragraphs** (`LinkedText`). ICU sentences; a line break starts a paragraph.
/// 2. **What a sentence reports** (`sentenceFacts`, then `documentSetting`). Its counts (parts left out, claims and guesses weak, tolls
///    that rose marked), its incident words and the sub-event types they imply, its own date
///    (not one that dates a report or names the incident), its locations (the whole locative
///    phrase, the places the text says hold them), its groups (perpetrators, claimants, other
///    sides; not hedged or negated ones), its state forces (acting or acted on).
/// 3. **Context** (`sentenceContexts`). A sentence without a date takes its paragraph's, else the last incident's of
///    the two paragraphs before, else the publication date.
/// 4. **Totals** (`findTotals`). A count that is the sum of counts of other sentences is a total, no incident.
/// 5. **Incidents** (`findIncidents`). A sentence goes on with the current incident unless it opens another (a new
///    date or place, `another`, `earlier`); across a paragraph only where it refers back. Claims
///    and places of later sentences are added; counts of one victim class repeat, of different
///    classes add up.
/// 6. **Repeats** (`mergingRepeats`). A headline, a caption and a claim are merged with the incident they tell.
/// 7. **Records** (`records`). Aggregates and incidents in no country are left out; the rest get their
///    place (or a fallback), their type and sides (`code`), and their counts.
///
/// A final class: the linker is handed to the work on every sentence, and a copy of a value would
/// retain each of its vocabulary's sixty phrase tables.
public final class EventLinker: Sendable {
    /// Short English names of countries by ISO code (`PK` → `Pakistan`), for actor names.
    public let countryNames: [String: String]
    public let lexicon: EventLexicon
    /// The countries each group operates in, by gazetteer id (`groups.tsv`, column `countries`).
    public let groupCountries: [String: [String]]

    /// The CASUALTY extractor's person nouns with their number: a listed person's noun must be
    /// singular (`listedVictims`).
    let victimNumbers: [String: CasualtyLexicon.GrammaticalNumber]
    /// The CASUALTY extractor's phrases after the victims (`shot dead`, `was kidnapped`), by first
    /// key: a named person's fate (`namedVictims`).
    let outcomePhrases: [String: [CasualtyLexicon.Entry]]
    /// The place extractor's border nouns: `the border with X` is no location (`isLocation`).
    let borderNouns: Set<String>

    init(countryNames: [String: String] = [:], lexicon: EventLexicon, casualties: CasualtyLexicon, places: PlaceLexicon,
         groupCountries: [String: [String]] = [:]) {
        self.countryNames = countryNames
        self.lexicon = lexicon
        borderNouns = places.borderNouns
        self.groupCountries = groupCountries
        victimNumbers = casualties.victims
        outcomePhrases = casualties.byFirst[.predicate]
    }

    /// The linker over a gazetteer folder: the casualty words, the country names of `places.tsv` (from `places`, the
    /// place gazetteer the pipeline loaded, else loaded here), `groups.tsv` (the countries groups
    /// operate in) and `lexicons/events.tsv` (the vocabulary). A team's own groups
    /// (`gazetteers.overlay`) are known to it as well; places reach it on the PLACE entities.
    /// The border nouns come from `placeLexicon` (the pipeline's place tables), else are read here.
    public convenience init(gazetteers: GazetteerDirectory, places: PlaceGazetteer? = nil, placeLexicon: PlaceLexicon? = nil) throws {
        var countries = try Self.groupCountries(contentsOf: gazetteers.file("groups.tsv"))
        for group in gazetteers.overlay.groups where countries[group.id] == nil { countries[group.id] = group.countries }
        let places = try places ?? PlaceGazetteer(contentsOf: gazetteers.file("places.tsv"), analyzer: TextAnalyzer(),
                                                  adding: gazetteers.overlay, compiledIn: gazetteers.compiledCache)
        self.init(countryNames: places.countryNames,
                  lexicon: try EventLexicon(in: gazetteers),
                  casualties: try CasualtyLexicon(in: gazetteers), places: try placeLexicon ?? PlaceLexicon(in: gazetteers),
                  groupCountries: countries)
    }

    /// The countries of the groups in `groups.tsv`.
    public static func groupCountries(contentsOf url: URL) throws -> [String: [String]] {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["id", "countries"])
        let id = table.column("id"), countries = table.column("countries")
        var result: [String: [String]] = [:]
        for (_, cells) in table.rows { result[cells[id]] = TSVTable.list(cells[countries]) }
        return result
    }

    /// Links the entities of an annotated document, over the analysis the pipeline kept (or a new
    /// one for entities read from a file).
    public func events(in annotated: AnnotatedDocument, analyzer: TextAnalyzer) -> [EventRecord] {
        events(in: annotated.analysis ?? analyzer.analyze(annotated.document), entities: annotated.entities)
    }

    // MARK: - Working values

    struct Mention {
        var entity: Entity
        var count: Int
        var kind: CasualtyKind
        /// Nil for an exact count.
        var qualifier: CountQualifier?
        var victimClass: EventLexicon.VictimClass
        var sentence: Int
        /// Told as a claim or a guess (`might have been killed`, `the group claimed 15 dead`):
        /// counted only where nothing firmer gives that kind of count.
        var isWeak = false
        /// Told as a toll that rose (`the death toll rose to 28`): it replaces the earlier one.
        var isUpdate = false
        /// A part of victims told before (`two of the dead were children`).
        var isPartitive = false
        /// Told as more victims (`another was killed`, `two more soldiers`, `an attacker was also
        /// killed`): added to the counts before, never taken for a repeat of them.
        var isAdditional = false
        /// Killed victims told before among the injured (`two of the injured died later`, `the
        /// officer later died of his injuries`): added to the killed, taken from the injured.
        var diedOfInjuries = false
    }

    /// A state force a sentence names, and whether it acts (`troops killed`, `by the police`)
    /// or is acted on (`attacked a police station`).
    struct ForceMention {
        var force: EventLexicon.Force
        var isAgent: Bool
    }

    struct LinkedPlace {
        var entity: Entity
        var details: PlaceValue
        /// The id of the place the text says holds it (`X area of Y`, `X village in Y`).
        var within: String?
        /// That place, as the text names its kind (`Y district` → `admin2`).
        var holder: PlaceValue?
    }

    struct Facts {
        var mentions: [Mention] = []
        var trigger: Int?
        var date: Entity?
        var locations: [LinkedPlace] = []
        var groups: [Entity] = []
        /// Groups on another side (victims, the other side of a clash), not hedged or negated.
        var otherGroups: [Entity] = []
        var opensNewIncident = false
        /// The sub-event types its incident words imply.
        var subEventTypes: Set<String> = []
        var forces: [ForceMention] = []
        /// The first nationality word's country (`Pakistani soldiers`).
        var demonymCountry: String?
        var hasStrongWord = false
        /// It opens with a time before the report's (`Earlier, …`, `a year ago`).
        var tellsEarlier = false
        /// Places it names that no locative word marks, and that are not modifiers or agents.
        var otherPlaces: [LinkedPlace] = []
        /// It names a civilian target (`a market`, `villagers`, `a bus`).
        var mentionsCivilianTarget = false
        /// It refers back to an incident already told (`the attack`, `Sunday's blast`, `the toll`).
        var refersBack = false
        /// Groups it says the militants told before belonged to (`the slain militants belonged to
        /// X`): a side of the incident before.
        var membershipGroups: [Entity] = []
        var isIncident: Bool { !mentions.isEmpty || trigger != nil }
    }

    /// The date and place a sentence stands in, and where the date came from (`sentence`,
    /// `paragraph`, `context`, `publication`).
    struct Context {
        var date: Entity?
        var dateSource: String
        var place: LinkedPlace?
    }

    struct Incident {
        var date: Entity?
        var dateValue: String
        var dateSource: String
        var place: LinkedPlace?
        var mentions: [Mention] = []
        var groups: [Entity] = []
        var otherGroups: [Entity] = []
        var subEventTypes: Set<String> = []
        var forces: [ForceMention] = []
        var demonymCountry: String?
        var mentionsCivilianTarget = false
        /// Places its sentences name without a locative word: where it is, if nothing else says.
        var otherPlaces: [LinkedPlace] = []
        var sentences: [Int] = []
        /// Opened by `another`, `earlier`, `separately`: a second incident of the text.
        var openedByMarker = false
        /// Opened by `Earlier`, `Previously`: at a time before the report's.
        var toldEarlier = false
        /// Towns or districts its first sentence lists side by side (`attacks in X and Y`): a
        /// later sentence at one of them with counts of its own is that place's incident.
        var listedPlaces: [LinkedPlace] = []
        /// The incident whose listed places this one was split from.
        var splitFrom: Int?

        /// Adds what a sentence says of the incident's type and sides.
        mutating func absorb(_ fact: Facts) {
            absorbSides(types: fact.subEventTypes, forces: fact.forces, demonymCountry: fact.demonymCountry,
                        civilianTarget: fact.mentionsCivilianTarget, otherPlaces: fact.otherPlaces, otherGroups: fact.otherGroups)
        }

        /// Adds what another telling of the incident says of its type and sides.
        mutating func absorb(_ other: Incident) {
            EventLinker.add(groups: other.groups, to: &groups)
            absorbSides(types: other.subEventTypes, forces: other.forces, demonymCountry: other.demonymCountry,
                        civilianTarget: other.mentionsCivilianTarget, otherPlaces: other.otherPlaces, otherGroups: other.otherGroups)
        }

        private mutating func absorbSides(types: Set<String>, forces: [ForceMention], demonymCountry: String?,
                                          civilianTarget: Bool, otherPlaces: [LinkedPlace], otherGroups: [Entity]) {
            subEventTypes.formUnion(types)
            self.forces += forces
            self.demonymCountry = self.demonymCountry ?? demonymCountry
            mentionsCivilianTarget = mentionsCivilianTarget || civilianTarget
            self.otherPlaces += otherPlaces
            EventLinker.add(groups: otherGroups, to: &self.otherGroups)
        }

        /// The counts of a kind that stand: the firm ones, or the weak ones where none is firm.
        func standing(_ kind: CasualtyKind) -> [Mention] {
            let ofKind = mentions.filter { $0.kind == kind }
            let firm = ofKind.filter { !$0.isWeak }
            return firm.isEmpty ? ofKind : firm
        }

        func count(_ kind: CasualtyKind) -> Int {
            standing(kind).reduce(0) { $0 + $1.count }
        }
    }

    // MARK: - Linking

    public func events(in text: AnalyzedText, entities: [Entity]) -> [EventRecord] {
        guard !text.tokens.isEmpty else { return [] }
        let document = LinkedText(text, entities: entities.map(\.typed))
        var facts = sentenceFacts(document)
        let setting = documentSetting(&facts, document)
        let contexts = sentenceContexts(facts, document)
        let totals = findTotals(facts, contexts, document)
        let incidents = findIncidents(facts, contexts, totals, document)
        return records(mergingRepeats(incidents), setting, document)
    }

    // MARK: - 2. What each sentence reports

    /// Phase 2: each sentence's counts, incident words, places, groups, forces and date.
    func sentenceFacts(_ document: LinkedText) -> [Facts] {
        let tokens = document.tokens, entities = document.entities
        let sentenceCount = document.sentenceCount, words = document.words, sentenceKeys = document.sentenceKeys
        let entityAtToken = document.entityAtToken, datesOfSentence = document.datesOfSentence
        // (the tokens captured, not the whole document: each rule handed this is not a copy of it)
        func tokenIndex(at offset: Int) -> Int { LinkedText.tokenIndex(at: offset, in: tokens) }
        func sentence(of entity: Entity) -> Int { document.sentence(of: entity) }
        // 2. What each sentence reports.
        var facts = [Facts](repeating: Facts(), count: sentenceCount)
        for (index, entity) in entities.enumerated() {
            let s = sentence(of: entity)
            switch entity.type {
            case .casualty:
                guard let casualty = entity.casualtyValue, casualty.count > 0 else { continue }
                facts[s].mentions.append(Mention(entity: entity, count: casualty.count, kind: casualty.kind,
                                                 qualifier: casualty.qualifier,
                                                 victimClass: lexicon.victimClass(casualty.victims), sentence: s))
            case .place:
                if isLocation(entityIndex: index, entities: entities, tokens: tokens, words: words[s],
                              tokenIndex: tokenIndex, entityAtToken: entityAtToken) {
                    var place = LinkedPlace(entity: entity, details: entity.placeIdentity)
                    let link = container(of: entity, words: words[s], tokens: tokens, tokenIndex: tokenIndex,
                                         entityAtToken: entityAtToken, entities: entities)
                    let holder = link?.place
                    place.within = holder?.placeValue?.id
                    if let designated = designatedKind(entity, words: words[s], tokens: tokens, tokenIndex: tokenIndex),
                       place.details.kind != .country {
                        place.details.kind = designated
                    }
                    if let link {
                        var outer = link.place.placeIdentity
                        if outer.kind != .country,
                           let designated = designatedKind(link.place, words: words[s], tokens: tokens, tokenIndex: tokenIndex) {
                            outer.kind = designated
                        }
                        place.holder = outer
                        // The text puts it inside a place of another country (`the Centre region,
                        // Cameroon`, `X tehsil of Y district`): the gazetteer's reading is a homonym
                        // abroad, and the place is one it lacks, in the holder's country.
                        if !link.isNear, place.details.kind != .country, let inner = place.details.country,
                           let country = outer.country, inner != country {
                            place.details = PlaceValue(name: entity.text, country: country, kind: place.details.kind,
                                                       admin1: outer.kind == .admin1 ? outer.name : outer.admin1)
                            place.within = outer.id
                        }
                    }
                    if place.details.kind == nil && (holder != nil || followedByDesignator(entity, words: words[s], tokens: tokens,
                                                                                              tokenIndex: tokenIndex)) {
                        place.details.kind = .city
                    }
                    facts[s].locations.append(place)
                } else if !isModifier(entity, words: words[s], tokens: tokens, tokenIndex: tokenIndex) {
                    facts[s].otherPlaces.append(LinkedPlace(entity: entity, details: entity.placeIdentity))
                }
            case .group:
                if isHedged(entity: entity, tokens: tokens, words: words[s], tokenIndex: tokenIndex) { continue }
                if isPerpetrator(entity: entity, tokens: tokens, words: words[s], tokenIndex: tokenIndex,
                                 entityAtToken: entityAtToken, entities: entities) {
                    facts[s].groups.append(entity)
                } else {
                    facts[s].otherGroups.append(entity)
                }
            default:
                continue
            }
        }
        var maskOfKey = [UInt64?](repeating: nil, count: document.text.keys.distinctCount)
        for s in 0..<sentenceCount {
            let sentenceWords = words[s]
            // Parts of another count in the same sentence are left out.
            if facts[s].mentions.count > 1 {
                facts[s].mentions.removeAll { mention in
                    isPart(mention.entity, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex)
                }
            }
            let keys = sentenceKeys[s]
            // (the first-word masks once a sentence: the phrase tables are read only where they may match)
            let masks = lexicon.masks(of: sentenceWords, tokens: tokens, cache: &maskOfKey)
            facts[s].mentions += listedVictims(besides: facts[s].mentions, words: sentenceWords, keys: keys, tokens: tokens,
                                               tokenIndex: tokenIndex, entityAtToken: entityAtToken, entities: entities)
            for victim in namedVictims(words: sentenceWords, keys: keys, masks: masks, tokens: tokens,
                                       entityAtToken: entityAtToken, sentence: s)
            where !facts[s].mentions.contains(where: { $0.kind == victim.kind }) {
                facts[s].mentions.append(victim)
            }
            let scan = incidentWords(in: sentenceWords, keys: keys, masks: masks, tokens: tokens, entityAtToken: entityAtToken,
                                     entities: entities)
            // `Some 900 civilians have been killed since the siege began`: a total, no incident.
            if keys.contains(where: { $0 == "have" || $0 == "has" }),
               lexicon.totalMarkers.occurs(in: keys, masks: masks),
               !datesOfSentence[s].contains(where: { Self.isFine(Self.timex($0))
                   && !isPeriodStart($0, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex) }) {
                facts[s].mentions.removeAll()
                continue
            }
            if !scan.blocked || !facts[s].mentions.isEmpty {
                facts[s].trigger = scan.trigger
                facts[s].subEventTypes = scan.types
                facts[s].hasStrongWord = scan.strong
            }
            facts[s].refersBack = refersBack(keys, masks: masks)
            facts[s].membershipGroups = (facts[s].groups + facts[s].otherGroups).filter {
                isMembership(of: $0, words: sentenceWords, keys: keys, tokenIndex: tokenIndex)
            }
            // In a sentence that tells no incident of its own they are no side of it (`The slain
            // militants belonged to X.`); one that does keeps them (`… to X, which carried out a
            // bombing in May that killed six`).
            if !facts[s].membershipGroups.isEmpty && !facts[s].isIncident {
                let ids = Set(facts[s].membershipGroups.map(\.start))
                facts[s].groups.removeAll { ids.contains($0.start) }
                facts[s].otherGroups.removeAll { ids.contains($0.start) }
            }
            facts[s].mentionsCivilianTarget = lexicon.civilianTargets.occurs(in: keys, masks: masks)
            if lexicon.weakCountWords.occurs(in: keys, masks: masks) {
                for index in facts[s].mentions.indices { facts[s].mentions[index].isWeak = true }
            }
            let isUpdate = lexicon.tollUpdates.occurs(in: keys, masks: masks)
            for index in facts[s].mentions.indices {
                facts[s].mentions[index].isUpdate = isUpdate
                let end = tokenIndex(at: facts[s].mentions[index].entity.end - 1)
                if let position = sentenceWords.firstIndex(of: end), position + 1 < sentenceWords.count,
                   tokens[sentenceWords[position + 1]].key == "of" {
                    facts[s].mentions[index].isPartitive = true
                }
                // `another`, `two more`, `an attacker was also killed`: the marker is the count's
                // first word (not `more than`) or one of the four words after it.
                if let first = sentenceWords.firstIndex(of: tokenIndex(at: facts[s].mentions[index].entity.start)),
                   let last = sentenceWords.firstIndex(of: end) {
                    let opens = lexicon.additionalMarkers.contains(keys[first]) && (first + 1 == keys.count || keys[first + 1] != "than")
                    facts[s].mentions[index].isAdditional = opens
                        || keys[(last + 1)..<min(keys.count, last + 5)].contains { lexicon.additionalMarkers.contains($0) }
                }
            }
            markLaterDeaths(in: &facts[s].mentions, words: sentenceWords, keys: keys, masks: masks, tokens: tokens, sentence: s)
            facts[s].forces = forces(in: sentenceWords, keys: keys, masks: masks, tokens: tokens, entityAtToken: entityAtToken,
                                     entities: entities)
            facts[s].demonymCountry = keys.indices.lazy.compactMap { self.lexicon.demonyms.value(keys, at: $0, masks: masks) }.first
            // `In another incident`, `Separately`: a new incident (not `Another soldier`, a count);
            // so is one told as long before (`a year after a bombing killed 63`).
            // The marker opens the sentence, or follows `In` (`In another incident`, `In the other
            // attack`), and is not a count (`Another soldier was killed` goes on).
            var opener = keys.first.map { lexicon.incidentOpeners.contains($0) } == true ? 1 : 0
            if opener == 1 && opener < keys.count && lexicon.articles.contains(keys[opener]) { opener += 1 }
            let otherTime = lexicon.otherTimes.occurs(in: keys, masks: masks)
            facts[s].tellsEarlier = otherTime || opener < keys.count && lexicon.earlierMarkers.contains(keys[opener])
            facts[s].opensNewIncident = otherTime
                || opener < sentenceWords.count && lexicon.newIncidentMarkers.contains(keys[opener])
                    && entityAtToken[sentenceWords[opener]].map { entities[$0].type != .casualty } ?? true
            // The sentence's date: finer than a year if possible, nearest to what it reports.
            let anchor = facts[s].mentions.first.map { $0.entity.start }
                ?? facts[s].trigger.map { tokens[$0].start } ?? 0
            // A date that dates the report (`said on Monday`, `told AFP on Tuesday`) is not the
            // incident's.
            // A toll that rose (`the toll rose to 25 on Sunday`) is dated by when it rose.
            let tellsUpdate = facts[s].mentions.contains(where: \.isUpdate) && facts[s].refersBack
            var dates = tellsUpdate ? [] : datesOfSentence[s].filter {
                !isReportDate($0, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex)
                    && !isNameDate($0, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex)
            }
            // A dateline's date (`KABUL, Aug 19 (Reuters) -`) dates the report: another date of
            // the sentence dates the incident.
            let undatelined = dates.filter { !isDatelineDate($0, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex) }
            if !undatelined.isEmpty { dates = undatelined }
            facts[s].date = dates.min { a, b in
                let pa = Self.isFine(Self.timex(a)) ? 0 : 1, pb = Self.isFine(Self.timex(b)) ? 0 : 1
                if pa != pb { return pa < pb }
                return abs(a.start - anchor) < abs(b.start - anchor)
            }
        }

        return facts
    }

    /// The country and province of the document as a whole (where an incident no sentence places
    /// most likely is), and places sentences name by a designator alone (`in the province`).
    func documentSetting(_ facts: inout [Facts], _ document: LinkedText) -> (country: String?, province: LinkedPlace?) {
        let tokens = document.tokens, entities = document.entities, sentenceCount = document.sentenceCount
        let words = document.words, sentenceKeys = document.sentenceKeys
        // The country the document's places name most (locations counting twice): where an
        // incident without a place of its own most likely is.
        var countryVotes: [String: Int] = [:]
        for entity in entities where entity.type == .place {
            guard let country = entity.placeIdentity.country else { continue }
            countryVotes[country, default: 0] += 1
        }
        for fact in facts {
            for location in fact.locations { if let country = location.details.country { countryVotes[country, default: 0] += 1 } }
        }
        let documentCountry = countryVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        // The province every location of the document lies in, when there is exactly one: where
        // an incident no sentence places happened, at the province's precision.
        let documentProvince: LinkedPlace? = {
            let located = facts.flatMap(\.locations).filter { $0.details.country == documentCountry }
            let provinces = Set(located.compactMap { $0.details.kind == .admin1 ? $0.details.name : $0.details.admin1 })
            guard provinces.count == 1, let name = provinces.first else { return nil }
            if let own = located.first(where: { $0.details.kind == .admin1 && $0.details.name == name }) { return own }
            let holder = located.first { $0.details.admin1 == name }!
            return LinkedPlace(entity: holder.entity, details: PlaceValue(name: name, country: documentCountry, kind: .admin1))
        }()

        // `in the province`, `in the same region`: the province or region named last before, in
        // the document's country.
        let places = entities.filter { $0.type == .place }
        for s in 0..<sentenceCount where facts[s].locations.isEmpty {
            guard let kind = anaphoricDesignator(words[s], keys: sentenceKeys[s], tokens: tokens),
                  let start = words[s].first.map({ tokens[$0].start }),
                  let antecedent = places.last(where: { place in
                      place.end <= start && place.placeIdentity.kind == Place.Kind(rawValue: kind)
                          && (documentCountry == nil || place.placeIdentity.country == documentCountry)
                  })
            else { continue }
            facts[s].locations.append(LinkedPlace(entity: antecedent, details: antecedent.placeIdentity))
        }

        return (documentCountry, documentProvince)
    }

    // MARK: - 3. Context

    /// Phase 3: the date and place each sentence stands in: its own, else its paragraph's, else
    /// the last incident's of the two paragraphs before, else the publication's.
    func sentenceContexts(_ facts: [Facts], _ document: LinkedText) -> [Context] {
        let sentenceCount = document.sentenceCount, paragraphOf = document.paragraphOf
        // 3. Context: the date and place each incident sentence stands in.
        var contexts = [Context](repeating: Context(date: nil, dateSource: "none", place: nil), count: sentenceCount)
        var lastIncidentDates: [(paragraph: Int, date: Entity)] = []
        var paragraphDate: Entity? = nil, paragraphPlace: LinkedPlace? = nil
        for s in 0..<sentenceCount {
            if s == 0 || paragraphOf[s] != paragraphOf[s - 1] { paragraphDate = nil; paragraphPlace = nil }
            var context = Context(date: facts[s].date, dateSource: "sentence", place: bestPlace(facts[s].locations))
            if context.date == nil {
                if let paragraphDate {
                    context.date = paragraphDate
                    context.dateSource = "paragraph"
                } else if let last = lastIncidentDates.last, paragraphOf[s] - last.paragraph <= 2 {
                    context.date = last.date
                    context.dateSource = "context"
                } else {
                    context.dateSource = "publication"
                }
            }
            if context.place == nil && !facts[s].opensNewIncident { context.place = paragraphPlace }
            contexts[s] = context
            if let date = facts[s].date { paragraphDate = date }
            // A paragraph that opens with its place (`In Panjgur, terrorists tried …`) is there.
            let opensParagraph = s == 0 || paragraphOf[s] != paragraphOf[s - 1]
            if opensParagraph && !facts[s].isIncident, let own = bestPlace(facts[s].locations) { paragraphPlace = own }
            if facts[s].isIncident {
                if let own = bestPlace(facts[s].locations) { paragraphPlace = own }
                if let date = context.date, context.dateSource != "publication" {
                    lastIncidentDates.append((paragraphOf[s], date))
                }
            }
        }

        return contexts
    }

    /// The TIMEX value an incident of sentence `s` takes from its context, at the precision known.
    static func dateValue(_ s: Int, _ contexts: [Context], _ document: LinkedText) -> String {
        knownPart(timex(contexts[s].date ?? document.publication))
    }

    // MARK: - 4. Totals

    /// How far apart, in sentences, two tellings of one report may be: a total and the counts it
    /// sums, an incident and its repeat. Farther than any report runs (a long article has a
    /// hundred sentences), so that a text of many reports run together costs time in proportion
    /// to its length, not to its square.
    static let reportReach = 200

    /// Phase 4: counts that sum counts of other sentences of the same date and place are totals,
    /// no incident; the groups a total names go to the incidents it sums.
    func findTotals(_ facts: [Facts], _ contexts: [Context], _ document: LinkedText)
        -> (isTotal: [Bool], groups: [(parts: Set<Int>, groups: [Entity])]) {
        let sentenceCount = document.sentenceCount
        // 4. Totals over incidents.
        var isTotal = [Bool](repeating: false, count: sentenceCount)
        /// The groups a total names (`eight killed in attacks blamed on X`), with the sentences
        /// of its parts: they are the perpetrators of the incidents it sums.
        var totalGroups: [(parts: Set<Int>, groups: [Entity])] = []
        // Each sentence's date once, and the sentences with counts of each date in order: a long
        // document compares a sentence only with those of its date that have counts, not its
        // date with every sentence's.
        let dateValues = (0..<sentenceCount).map { Self.dateValue($0, contexts, document) }
        var sentencesOfDate: [String: [Int]] = [:]
        for (s, value) in dateValues.enumerated() where !value.isEmpty && !facts[s].mentions.isEmpty {
            sentencesOfDate[value, default: []].append(s)
        }
        for s in 0..<sentenceCount where facts[s].mentions.count == 1 {
            let total = facts[s].mentions[0]
            guard let sameDate = sentencesOfDate[dateValues[s]] else { continue }
            // the counts it may sum, told within `reportReach` sentences of it; more than 16 and
            // it is no total, so the search stops there
            let first = sameDate.partitionPoint { $0 < s - Self.reportReach }
            var parts: [Mention] = []
            search: for other in sameDate[first...] where other != s && !isTotal[other] {
                if other > s + Self.reportReach { break }
                guard compatible(contexts[other].place, contexts[s].place) else { continue }
                for part in facts[other].mentions where part.kind == total.kind && part.count < total.count
                    && (total.victimClass == .unknown || part.victimClass == .unknown || part.victimClass == total.victimClass) {
                    parts.append(part)
                    if parts.count > 16 { break search }
                }
            }
            guard parts.count >= 2, parts.count <= 16, Set(parts.map(\.sentence)).count >= 2 else { continue }
            if Self.someSubset(of: parts.map(\.count), sumsTo: total.count, atLeast: 2) {
                isTotal[s] = true
                if !facts[s].groups.isEmpty { totalGroups.append((Set(parts.map(\.sentence)), facts[s].groups)) }
            }
        }

        return (isTotal, totalGroups)
    }

    // MARK: - 5. Incidents

    /// Phase 5: sentences grouped into incidents, paragraph by paragraph: a sentence goes on with
    /// the current incident unless it opens another; claims and later places join the incident
    /// told; a place listed before gets its own incident when a sentence tells it apart.
    func findIncidents(_ facts: [Facts], _ contexts: [Context], _ totals: (isTotal: [Bool], groups: [(parts: Set<Int>, groups: [Entity])]),
                       _ document: LinkedText) -> [Incident] {
        let tokens = document.tokens, sentenceCount = document.sentenceCount, paragraphOf = document.paragraphOf
        let words = document.words
        func tokenIndex(at offset: Int) -> Int { LinkedText.tokenIndex(at: offset, in: tokens) }
        let isTotal = totals.isTotal, totalGroups = totals.groups, publication = document.publication
        func dateValue(_ s: Int) -> String { Self.dateValue(s, contexts, document) }
        // 5. Incidents, paragraph by paragraph.
        var incidents: [Incident] = []
        var current: Int? = nil
        /// The last incident and its paragraph: a claim in the next paragraph is about it.
        var last: (incident: Int, paragraph: Int)? = nil
        /// Groups claimed before any incident is told (a headline `X claims attack`), with the
        /// paragraph: they go to the first incident of the next two paragraphs.
        var pendingGroups: (groups: [Entity], paragraph: Int)? = nil
        for s in 0..<sentenceCount {
            let newParagraph = s > 0 && paragraphOf[s] != paragraphOf[s - 1]
            if newParagraph { current = nil }
            let fact = facts[s]
            // `The slain militants belonged to X`: X is the militants' side in the incident told.
            if !fact.membershipGroups.isEmpty,
               let target = current ?? last.flatMap({ paragraphOf[s] - $0.paragraph <= 1 ? $0.incident : nil }) {
                if incidents[target].mentions.contains(where: { $0.victimClass == .militant }) {
                    Self.add(groups: fact.membershipGroups, to: &incidents[target].otherGroups)
                } else {
                    Self.add(groups: fact.membershipGroups, to: &incidents[target].groups)
                }
                if !incidents[target].sentences.contains(s) && !fact.isIncident { incidents[target].sentences.append(s) }
            }
            if isTotal[s] { current = nil; continue }
            let ownPlace = bestPlace(fact.locations)
            guard fact.isIncident else {
                let target = current ?? last.flatMap { paragraphOf[s] - $0.paragraph <= 1 ? $0.incident : nil }
                let followsUnplaced = target.map { target in
                    incidents[target].place == nil && incidents[target].sentences.last.map { last in
                        last < s && (last + 1..<s).allSatisfy { words[$0].isEmpty }
                    } == true
                } ?? false
                if let target, !fact.groups.isEmpty {
                    Self.add(groups: fact.groups, to: &incidents[target].groups)
                    incidents[target].sentences.append(s)
                } else if target == nil, incidents.isEmpty, !fact.groups.isEmpty {
                    pendingGroups = (fact.groups, paragraphOf[s])
                }
                // `The attack took place in the village of X`: the place of the incident told; so is
                // the place of the sentence right after an incident that has none (`Ten guards were
                // killed. The guards were patrolling in X.`), in the country of its victims.

                let victimsAgree = target.map { target in
                    victimsCountry(incidents[target]).map { $0 == ownPlace?.details.country } ?? true
                } ?? false
                if let target, fact.refersBack || followsUnplaced && victimsAgree, let ownPlace,
                   refines(ownPlace, incidents[target].place) {
                    incidents[target].place = ownPlace
                    if !incidents[target].sentences.contains(s) { incidents[target].sentences.append(s) }
                }
                continue
            }
            let ownDate = fact.date.flatMap { Self.isFine(Self.timex($0)) ? $0 : nil }
            // `Attacks in X and Y …` then `In X, two soldiers were killed`: X's own incident, with
            // the date and sides of the sentence that listed it.
            if !fact.mentions.isEmpty, !fact.opensNewIncident, ownDate == nil, let place = ownPlace ?? contexts[s].place,
               let lister = (current ?? last?.incident).map({ incidents[$0].splitFrom ?? $0 }),
               paragraphOf[s] - paragraphOf[incidents[lister].sentences[0]] <= 3,
               incidents[lister].listedPlaces.contains(where: { Self.samePlace($0, place) }),
               current.map({ incidents[$0].splitFrom == nil || incidents[$0].place.map { Self.samePlace($0, place) } != true }) ?? true {
                var split = incidents[lister]
                split.mentions = []
                split.sentences = [s]
                split.place = place
                split.listedPlaces = []
                split.splitFrom = lister
                for mention in fact.mentions { Self.add(mention, to: &split) }
                Self.add(groups: fact.groups, to: &split.groups)
                split.absorb(fact)
                incidents.append(split)
                current = incidents.count - 1
                last = (incidents.count - 1, paragraphOf[s])
                continue
            }
            // The incident goes on in this sentence unless it opens another: a new date, a place
            // that cannot be the same, `another`, `separately`. Across a paragraph it goes on only
            // where the sentence refers back to it (`the attack`, `the blast`) or only adds counts.
            if let c = current ?? last?.incident, !fact.opensNewIncident,
               ownDate == nil || ownDate.map({ Self.knownPart(Self.timex($0)) }) == incidents[c].dateValue
                || (incidents[c].dateSource == "publication" && incidents[c].sentences.count == 1),
               (ownPlace ?? contexts[s].place) == nil || compatible(ownPlace ?? contexts[s].place, incidents[c].place),
               current != nil || fact.refersBack || (ownPlace == nil && contexts[s].place == nil && !fact.hasStrongWord)
                || (ownDate == nil && fact.mentions.isEmpty && ownPlace.map { refines($0, incidents[c].place) } ?? false) {
                if let ownDate, Self.knownPart(Self.timex(ownDate)) != incidents[c].dateValue {
                    incidents[c].date = ownDate
                    incidents[c].dateValue = Self.knownPart(Self.timex(ownDate))
                    incidents[c].dateSource = "sentence"
                }
                current = c
                for mention in fact.mentions { Self.add(mention, to: &incidents[c]) }
                Self.add(groups: fact.groups, to: &incidents[c].groups)
                incidents[c].absorb(fact)
                last = (c, paragraphOf[s])
                // One of the places it listed does not narrow it (its counts are not split).
                if let ownPlace, incidents[c].place.map({ ownPlace.details.specificity < $0.details.specificity }) ?? true,
                   !incidents[c].listedPlaces.contains(where: { Self.samePlace($0, ownPlace) }) {
                    incidents[c].place = ownPlace
                }
                incidents[c].sentences.append(s)
                continue
            }
            let hasOwnIncidentDate = fact.date.map { Self.isFine(Self.timex($0)) } ?? false
            // A short note or a report whose first incident sentence has neither a count nor a
            // date of its own still reports that incident (`Gunmen torched a school in X.`).
            let isFirstReport = incidents.isEmpty && fact.hasStrongWord
            guard !fact.mentions.isEmpty || hasOwnIncidentDate || isFirstReport else { continue }
            incidents.append(newIncident(at: s, fact: fact, context: (contexts[s].date, contexts[s].dateSource, contexts[s].place), dateValue: dateValue(s),
                                         isList: { isList($0, tokens: tokens, tokenIndex: tokenIndex) },
                                         publication: publication))
            if let pending = pendingGroups, paragraphOf[s] - pending.paragraph <= 2 {
                Self.add(groups: pending.groups, to: &incidents[incidents.count - 1].groups)
            }
            pendingGroups = nil
            current = incidents.count - 1
            last = (incidents.count - 1, paragraphOf[s])
        }

        // A lister whose counts all went to the places it listed is told by them; a claim told
        // of one of them is of all.
        let splitFamilies = Dictionary(grouping: incidents.indices.filter { incidents[$0].splitFrom != nil },
                                       by: { incidents[$0].splitFrom! })
        for (lister, members) in splitFamilies {
            var groups = incidents[lister].groups
            for m in members { Self.add(groups: incidents[m].groups, to: &groups) }
            for m in members + [lister] { Self.add(groups: groups, to: &incidents[m].groups) }
        }
        let emptyListers = Set(splitFamilies.keys.filter { incidents[$0].mentions.isEmpty })
        incidents = incidents.indices.filter { !emptyListers.contains($0) }.map { incidents[$0] }

        if !totalGroups.isEmpty {
            // (by sentence: each total visits the incidents of its parts, not every incident)
            var incidentsOfSentence = [[Int]](repeating: [], count: sentenceCount)
            for i in incidents.indices {
                for s in incidents[i].sentences where incidentsOfSentence[s].last != i { incidentsOfSentence[s].append(i) }
            }
            for (parts, groups) in totalGroups {
                for i in Set(parts.flatMap { incidentsOfSentence[$0] }) where incidents[i].groups.isEmpty {
                    Self.add(groups: groups, to: &incidents[i].groups)
                }
            }
        }

        return incidents
    }

    // MARK: - 6. Repeats

    /// Phase 6: a headline, a caption, a claim told as incidents of their own merge with the
    /// incident they repeat; the dated telling's counts and date win.
    func mergingRepeats(_ incidents: [Incident]) -> [Incident] {
        // 6. Repeats across the document, within `reportReach` sentences of each other.
        var merged: [Incident] = []
        /// Per merged incident, its first and last sentences.
        var spans: [ClosedRange<Int>] = []
        func span(_ incident: Incident) -> ClosedRange<Int> {
            (incident.sentences.min() ?? 0)...(incident.sentences.max() ?? 0)
        }
        /// Per incident to come, the earliest first sentence of it and those after it: a merged
        /// incident that ends `reportReach` sentences before is out of reach of all of them, and
        /// the search starts past it (`reachable`).
        var earliestToCome = incidents.map { span($0).lowerBound }
        for i in earliestToCome.indices.reversed().dropFirst() {
            earliestToCome[i] = min(earliestToCome[i], earliestToCome[i + 1])
        }
        var reachable = 0
        for (position, incident) in incidents.enumerated() {
            while reachable < merged.count, spans[reachable].upperBound + Self.reportReach < earliestToCome[position] {
                reachable += 1
            }
            let own = span(incident)
            if let index = merged.indices[reachable...].first(where: { index in
                own.lowerBound <= spans[index].upperBound + Self.reportReach
                    && spans[index].lowerBound <= own.upperBound + Self.reportReach && isRepeat(merged[index], incident)
            }) {
                var target = merged[index]
                // The counts of the incident the text dates win over a headline's or a claim's.
                let datedWins = target.dateSource == "publication" && incident.dateSource != "publication"
                for kind in [CasualtyKind.killed, .injured, .abducted] where target.count(kind) == 0 || datedWins && incident.count(kind) > 0 {
                    target.mentions.removeAll { $0.kind == kind }
                    target.mentions += incident.mentions.filter { $0.kind == kind }
                }
                target.absorb(incident)
                if let place = incident.place, target.place.map({ place.details.specificity < $0.details.specificity }) ?? true {
                    target.place = place
                }
                if datedWins || target.dateSource != "sentence" && incident.dateSource == "sentence" {
                    target.date = incident.date
                    target.dateValue = incident.dateValue
                    target.dateSource = incident.dateSource
                }
                target.sentences = Array(Set(target.sentences + incident.sentences)).sorted()
                spans[index] = span(target)
                merged[index] = target
            } else {
                merged.append(incident)
                spans.append(own)
            }
        }

        return merged
    }

    // MARK: - 7. Records

    /// Phase 7: one record per incident, leaving out aggregates dated only to a year or a decade,
    /// earlier incidents without a date and incidents in no country.
    func records(_ merged: [Incident], _ setting: (country: String?, province: LinkedPlace?), _ document: LinkedText) -> [EventRecord] {
        let text = document.text, documentCountry = setting.country, documentProvince = setting.province
        // 7. Records, leaving out aggregates dated only to a year or a decade. An incident with
        // no place of its own is in the country of its victims' nationality, else of its groups,
        // else in the document's country.
        var records: [EventRecord] = []
        for incident in merged {
            let precision = EventRecord.precision(ofTimex: incident.dateValue)
            // A year is precise enough only where the publication date is known only to the year.
            let yearIsEnough = text.document.published.map { $0.precision == .year } ?? false
            if precision == "century" || precision == "decade" || precision == "year" && !yearIsEnough { continue }
            // `Earlier, gunmen …`: an earlier incident the text gives no date is not coded (`In
            // another incident, …` without a date is of the report's time, and is).
            if incident.toldEarlier && incident.dateSource == "publication" { continue }
            let coded = record(for: incident, precision: precision, number: records.count + 1, text: text,
                               sentenceRanges: text.sentences, documentCountry: documentCountry,
                               documentProvince: documentProvince)
            // An incident in no country the text states or implies is not coded (the spec).
            if coded.country != nil { records.append(coded) }
        }
        return records
    }

    // MARK: - Records

    private func record(for incident: Incident, precision: String, number: Int, text: AnalyzedText,
                        sentenceRanges: [Range<Int>], documentCountry: String?, documentProvince: LinkedPlace?) -> EventRecord {
        let document = text.document.id
        var record = EventRecord(id: "\(document)-E\(number)", document: document, date: incident.dateValue,
                                 datePrecision: precision, dateMod: incident.date?.dateValue?.modifier?.rawValue,
                                 dateSource: incident.dateSource)
        // No locative word placed it: the places its sentences name otherwise, in the document's
        // country (`2017 Amman incident: …`, `Kolofata, Cameroon`).
        // A region or province read in another country than both the victims' and the document's
        // (`the Sahel region` in a report on Nigerien troops) is a homonym: it does not place it.
        var incident = incident
        if let place = incident.place, place.details.kind == .admin1 || place.details.kind == .region,
           let victims = victimsCountry(incident), victims == documentCountry, place.details.country != victims {
            incident.place = nil
        }
        let fallback = incident.place == nil
            ? bestPlace(incident.otherPlaces.filter { documentCountry == nil || $0.details.country == documentCountry })
            : nil
        // Else the document's only province, if the incident is in the document's country.
        let province = incident.place == nil && fallback == nil
            && (victimsCountry(incident) ?? documentCountry) == documentCountry ? documentProvince : nil
        if let place = incident.place ?? fallback ?? province {
            let details = place.details
            // The place as the text names it (`Lakki Marwat`, `Hasakeh`), and as the gazetteer does.
            let named = place.details.id == nil || place.entity.text.isEmpty
            record.place = named ? details.name : place.entity.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            record.placeName = details.name
            record.placeId = details.id
            // A place in several countries (`the Horn of Africa`) takes the country from the
            // victims' nationality or the groups.
            record.country = details.country
                ?? victimsCountry(incident) ?? groupCountry(incident, documentCountry: documentCountry)
            record.admin1 = details.kind == .admin1 ? details.name : details.admin1
            // The district: the place itself, or the one the text puts it in (`X village of Y
            // district`); its province from that district where the place has none.
            if details.kind == .admin2 {
                record.admin2 = details.name
            } else if details.specificity == 0, let holder = place.holder, holder.kind == .admin2 {
                record.admin2 = holder.name
                record.admin1 = record.admin1 ?? holder.admin1
            }
            record.latitude = details.latitude
            record.longitude = details.longitude
            record.geoPrecision = details.kind == nil ? "place" : details.geoPrecision
        } else if let country = victimsCountry(incident) {
            record.country = country
            record.geoPrecision = "victims"
        } else if let country = groupCountry(incident, documentCountry: documentCountry) {
            record.country = country
            record.geoPrecision = "group"
        } else if let country = documentCountry {
            record.country = country
            record.geoPrecision = "document"
        }
        var seenGroups = Set<String>()
        for group in incident.groups {
            let name = Self.groupName(group)
            let key = group.groupValue?.id ?? name
            guard seenGroups.insert(key).inserted else { continue }
            record.groups.append(name)
            if let id = group.groupValue?.id { record.groupIds.append(id) }
        }
        record.killed = incident.count(.killed)
        record.fatalitiesACLED = incident.standing(.killed).reduce(0) { total, mention in
            // (the count's last word, composed as the table's keys are: the text may not be)
            let last = mention.entity.text.lowercased().split(separator: " ").last ?? ""
            let word = EventLexicon.PhraseTable.composed(String(last))
            return total + (lexicon.acledVagueCounts.value(of: word).flatMap { Int($0) } ?? mention.count)
        }
        let diedLater = incident.standing(.killed).filter(\.diedOfInjuries).reduce(0) { $0 + $1.count }
        record.injured = max(0, incident.count(.injured) - diedLater)
        record.abducted = incident.count(.abducted)
        code(incident, into: &record)
        let qualifiers = Set(incident.mentions.compactMap(\.qualifier))
        record.qualifier = (qualifiers.contains(.atLeast) ? CountQualifier.atLeast : qualifiers.contains(.approx) ? .approx
            : qualifiers.contains(.atMost) ? .atMost : nil)?.rawValue ?? "exact"
        let tokens = text.tokens
        for s in incident.sentences {
            let words = sentenceRanges[s].filter { tokens[$0].kind != .whitespace }
            guard let first = words.first, let last = words.last else { continue }
            // (sliced by the tokens' UTF-8 offsets: counting code points from the text's start
            // made a long document's records quadratic)
            record.sources.append(EventRecord.Source(start: tokens[first].start, end: text.end(of: last),
                                                     text: text.surface(first..<(last + 1))))
        }
        return record
    }

    /// The country of state forces named with a nationality (`14 Pakistani security personnel`),
    /// or of a force that names its country (`IRGC`).
    private func victimsCountry(_ incident: Incident) -> String? {
        for mention in incident.mentions where mention.victimClass == .security {
            for word in EventLexicon.letterWords(of: mention.entity.casualtyValue?.victims ?? "") {
                if let country = lexicon.demonymCountry(word) { return country }
            }
        }
        return incident.forces.lazy.compactMap(\.force.country).first
    }

    /// The country of an incident without a place from its groups' usual countries: the one
    /// the document's places name most if a group operates there, else a group's only country,
    /// else the home country (listed first) of a group active in a few neighbouring countries
    /// (`Boko Haram` NG|NE|CM|TD → NG); a group spread wider implies no country.
    private func groupCountry(_ incident: Incident, documentCountry: String?) -> String? {
        let countries = (incident.groups + incident.otherGroups).compactMap { $0.groupValue?.id }.compactMap { groupCountries[$0] }
        guard !countries.isEmpty else { return nil }
        if let documentCountry, countries.contains(where: { $0.contains(documentCountry) }) { return documentCountry }
        return (countries.first { $0.count == 1 } ?? countries.first { (2...Self.regionalGroupCountries).contains($0.count) })?.first
    }

    /// The most countries a group may list and still imply its first one.
    static let regionalGroupCountries = 4

    // MARK: - Types and actors

    /// Event type, sub-event type, the two sides and civilian targeting (`docs/events.md`,
    /// "Types and actors").
    private func code(_ incident: Incident, into record: inout EventRecord) {
        let country = record.country
        let countryName = country.map { countryNames[$0] ?? $0 }
        func forceName(_ force: EventLexicon.Force) -> String? {
            guard let code = force.country ?? country else { return nil }
            let name = countryNames[code] ?? code
            return (force.isPolice ? "Police Forces of " : "Military Forces of ") + name
        }
        let victimClasses = Set(incident.mentions.map(\.victimClass))
        let targetForces = incident.forces.filter { !$0.isAgent }
        let actingForces = incident.forces.filter(\.isAgent)
        // The forces attacked: police when the police are named among them, else the military.
        let securityVictims = victimClasses.contains(.security) || !targetForces.isEmpty
        let policeVictims = incident.mentions.contains { mention in
            mention.victimClass == .security
                && lexicon.victimForce(mention.entity.casualtyValue?.victims)?.isPolice == true
        }
        let targetForce = targetForces.first { $0.force.isPolice } ?? targetForces.first
            ?? (victimClasses.contains(.security)
                ? incident.forces.first ?? ForceMention(force: EventLexicon.Force(isPolice: policeVictims, country: nil), isAgent: false)
                : nil)
        let unidentified = countryName.map { "Unidentified Armed Group (\($0))" }
        let civilians = countryName.map { "Civilians (\($0))" }
        let perpetrator = incident.groups.first.map(Self.groupName)
        let otherGroup = incident.otherGroups.first { group in
            Self.groupName(group) != perpetrator
        }.map(Self.groupName)

        var actor1: String?, actor2: String?
        var armedTarget = securityVictims || victimClasses.contains(.militant) || otherGroup != nil
        let implied = incident.subEventTypes
        let riot = implied.contains("Violent demonstration") || implied.contains("Mob violence")
        if riot && perpetrator == nil {
            actor1 = countryName.map { "Rioters (\($0))" }
            actor2 = securityVictims ? targetForce.flatMap { forceName($0.force) } : civilians
        } else if perpetrator == nil, let acting = actingForces.first, !securityVictims || otherGroup != nil {
            // Forces that act against an armed side (`troops killed five militants`).
            actor1 = forceName(acting.force)
            actor2 = otherGroup ?? unidentified
            armedTarget = true
        } else {
            // A group named beside the incident, with no other side acting and none of its own
            // fighters among the victims, is the one that acted (`an attack by the X affiliate`).
            let likelyPerpetrator = actingForces.isEmpty && !victimClasses.contains(.militant) ? otherGroup : nil
            actor1 = perpetrator ?? likelyPerpetrator ?? unidentified
            if securityVictims, let target = targetForce {
                actor2 = forceName(target.force)
            } else if let otherGroup, otherGroup != actor1, likelyPerpetrator == nil {
                actor2 = otherGroup
            } else if victimClasses.contains(.militant) && !actingForces.isEmpty {
                actor2 = forceName(actingForces[0].force)
            } else if incident.count(.killed) + incident.count(.injured) + incident.count(.abducted) > 0
                        || !victimClasses.isEmpty || implied.contains("Abduction/forced disappearance")
                        || incident.mentionsCivilianTarget {
                actor2 = civilians
            }
        }
        if actor2 == actor1 { actor2 = nil }
        let civilianTarget = actor2?.hasPrefix("Civilians") ?? false
        let sides = EventTaxonomy.Sides(armedTarget: armedTarget && !civilianTarget, civilianTarget: civilianTarget,
                                        abductions: incident.count(.abducted) > incident.count(.killed))
        let type = EventTaxonomy.classify(implied, sides: sides)
        record.eventType = type.eventType
        record.subEventType = type.subEventType
        record.actor1 = actor1
        record.actor2 = actor2
        record.civilianTargeting = civilianTarget
        var names = record.groups
        for group in incident.otherGroups {
            let name = Self.groupName(group)
            guard !names.contains(name) else { continue }
            names.append(name)
            if let id = group.groupValue?.id, !record.groupIds.contains(id) { record.groupIds.append(id) }
        }
        record.groups = names
    }

    // MARK: - Sentence rules

    /// Whether a date is within the three days up to a publication date (for a day), or is its
    /// week or month (for those precisions); true when either is not a day-precise calendar date.
    /// A DATE entity's TIMEX value ("" for none).
    static func timex(_ date: Entity?) -> String { date?.dateValue?.timex ?? "" }

    /// A GROUP entity's canonical name, else its text.
    static func groupName(_ group: Entity) -> String { group.groupValue?.name ?? group.text }

    static func isRecent(_ value: String, before published: String) -> Bool {
        guard EventRecord.precision(ofTimex: published) == "day", let end = EventRecord.firstDay(ofTimex: published),
              let start = EventRecord.firstDay(ofTimex: value) else { return true }
        switch EventRecord.precision(ofTimex: value) {
        case "day": return (0...3).contains(end - start)
        case "week": return (0...6).contains(end - start)
        case "month": return value == String(published.prefix(7))
        default: return true
        }
    }

    /// A TIMEX3 value without the parts it leaves unknown: a weekday under a publication date
    /// known only to the month (`2018-12-XX`) is coded to the month (`2018-12`).
    static func knownPart(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "X")) else { return value }  // (every part known)
        var parts = value.split(separator: "-", omittingEmptySubsequences: false)
        while parts.count > 1, parts.last!.contains("X") { parts.removeLast() }
        return parts.joined(separator: "-")
    }

    /// Whether a date value is finer than a year (a day, a week, a month or a season).
    static func isFine(_ value: String) -> Bool {
        let precision = EventRecord.precision(ofTimex: value)
        return precision != "year" && precision != "decade" && precision != "none"
    }


    /// The most specific location with a country (else the most specific at all); the first wins
    /// ties. When the sentence's locations contradict each other (a town read as one in another
    /// country than the province named beside it), the places that agree with the most others
    /// win, and among those the broader one: a town name is the likelier misreading.
    func bestPlace(_ places: [LinkedPlace]) -> LinkedPlace? {
        guard places.count > 1 else { return places.first }  // (a place is compatible with itself)
        let withCountry = places.filter { $0.details.country != nil }
        var pool = withCountry.isEmpty ? places : withCountry
        let agreement = pool.map { place in pool.filter { compatible(place, $0) }.count }
        if agreement.contains(where: { $0 < pool.count }) {
            let best = agreement.max() ?? 0
            pool = zip(pool, agreement).filter { $0.1 == best }.map(\.0)
            if best == 1 {
                return pool.enumerated().min { a, b in
                    (-a.element.details.specificity, a.offset) < (-b.element.details.specificity, b.offset)
                }?.element
            }
        }
        return pool.enumerated().min { a, b in
            (a.element.details.specificity, a.offset) < (b.element.details.specificity, b.offset)
        }?.element
    }

    /// Whether a place names where an incident already placed at `current` happened, more
    /// precisely: inside it (`Mirjaveh` for an incident in Sistan and Baluchestan) or where it
    /// had no place.
    func refines(_ place: LinkedPlace, _ current: LinkedPlace?) -> Bool {
        guard let current else { return true }
        return compatible(place, current) && place.details.specificity < current.details.specificity
    }

    /// The positions in a sentence's words of an entity's first and last tokens.
    private func span(of entity: Entity, in words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> (start: Int, end: Int)? {
        guard let start = words.firstIndex(of: tokenIndex(entity.start)) else { return nil }
        var end = start
        while end + 1 < words.count && tokens[words[end + 1]].start < entity.end { end += 1 }
        return (start, end)
    }

    /// The kind a designator after a place says it is (`Herat province`, `Kulgam district`).
    private func designatedKind(_ entity: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Place.Kind? {
        guard let end = span(of: entity, in: words, tokens: tokens, tokenIndex: tokenIndex)?.end, end + 1 < words.count
        else { return nil }
        return lexicon.kindDesignators.value(of: tokens[words[end + 1]].key).flatMap(Place.Kind.init(rawValue:))
    }

    /// Whether a place is a modifier or an agent, not a setting: `Iran-based`, `by Iran`.
    private func isModifier(_ entity: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        guard let (start, end) = span(of: entity, in: words, tokens: tokens, tokenIndex: tokenIndex) else { return true }
        if end + 1 < words.count && tokens[words[end + 1]].key == "-" { return true }
        if start > 0 && lexicon.agentMarkers.contains(tokens[words[start - 1]].key) { return true }
        if end + 1 < words.count && lexicon.stateForces.contains(tokens[words[end + 1]].key) { return true }
        return false
    }

    /// Whether a designator follows a place (`Bakiyawa village`, `the Zain Bugti area`): a place
    /// the gazetteer does not know is then a locality.
    private func followedByDesignator(_ entity: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        guard let end = span(of: entity, in: words, tokens: tokens, tokenIndex: tokenIndex)?.end else { return false }
        return end + 1 < words.count && lexicon.localityDesignators.contains(tokens[words[end + 1]].key)
    }

    /// The place the text says holds this one, right after it: `X, Y`, `X in Y`, `X of Y`,
    /// `X near Y`, over a designator (`X village in Y`, `the X area of Y`); `isNear` when the
    /// link says only that it is close (`near`), which may be across a border.
    private func container(of entity: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int,
                           entityAtToken: [Int?], entities: [Entity]) -> (place: Entity, isNear: Bool)? {
        guard var next = span(of: entity, in: words, tokens: tokens, tokenIndex: tokenIndex)?.end else { return nil }
        next += 1
        if next < words.count && (lexicon.localityDesignators.contains(tokens[words[next]].key)
                                   || lexicon.kindDesignators.value(of: tokens[words[next]].key) != nil) {
            next += 1
        }
        guard next < words.count, lexicon.containerLinks.contains(tokens[words[next]].key) else { return nil }
        var isNear = tokens[words[next]].key == "near"
        next += 1
        while next < words.count && lexicon.containerSkips.contains(tokens[words[next]].key) {
            if tokens[words[next]].key == "near" { isNear = true }
            next += 1
        }
        guard next < words.count, let e = entityAtToken[words[next]], entities[e].type == .place else { return nil }
        return (entities[e], isNear)
    }

    /// Whether two places can be the location of one incident: nothing known against it.
    func compatible(_ a: LinkedPlace?, _ b: LinkedPlace?) -> Bool {
        guard let linkedA = a, let linkedB = b else { return true }
        let a = linkedA.details, b = linkedB.details
        // The text says one holds the other, and their countries do not contradict it.
        if linkedA.within != nil && linkedA.within == b.id || linkedB.within != nil && linkedB.within == a.id,
           a.country == nil || b.country == nil || a.country == b.country {
            return true
        }
        if a.id != nil && a.id == b.id { return true }
        guard let countryA = a.country, let countryB = b.country else { return true }
        if countryA != countryB { return false }
        if a.kind == .country || b.kind == .country || a.kind == nil || b.kind == nil { return true }
        let admin1A = a.kind == .admin1 ? a.name : a.admin1, admin1B = b.kind == .admin1 ? b.name : b.admin1
        if let admin1A, let admin1B, admin1A != admin1B { return false }
        if a.kind == .admin1 || b.kind == .admin1 || a.kind == .region || b.kind == .region { return true }
        // Two towns, or two districts, that are not the same place are two places.
        if (a.specificity == 0) == (b.specificity == 0) { return a.name == b.name }
        return true
    }

    /// Whether two incidents are one told twice: the same date, or one dated only by the
    /// publication (a headline, a caption, a claim) and the other dated by the text; compatible
    /// places and countries; counts that agree, unless one is dated only by the publication.
    private func isRepeat(_ a: Incident, _ b: Incident) -> Bool {
        // The places one sentence listed, each told on its own, are as many incidents.
        if let lister = a.splitFrom, lister == b.splitFrom, let pa = a.place, let pb = b.place, !Self.samePlace(pa, pb) {
            return false
        }
        let onePublicationDated = (a.dateSource == "publication") != (b.dateSource == "publication")
        guard !a.dateValue.isEmpty, a.dateValue == b.dateValue || onePublicationDated, compatible(a.place, b.place)
        else { return false }
        if let ca = a.place?.details.country ?? victimsCountry(a), let cb = b.place?.details.country ?? victimsCountry(b),
           ca != cb { return false }
        if onePublicationDated {
            // Only with an incident of the days just before the publication: a headline tells
            // the latest incident, not one of last week.
            let (published, dated) = a.dateSource == "publication" ? (a.dateValue, b.dateValue) : (b.dateValue, a.dateValue)
            return !a.openedByMarker && !b.openedByMarker && Self.isRecent(dated, before: published)
        }
        for kind in [CasualtyKind.killed, .injured, .abducted] {
            let x = a.count(kind), y = b.count(kind)
            if x != 0 && y != 0 && x != y { return false }
        }
        return true
    }

    static func add(_ mention: Mention, to incident: inout Incident) {
        if let index = incident.mentions.firstIndex(where: { existing in
            existing.kind == mention.kind && existing.sentence != mention.sentence
                && (existing.victimClass == mention.victimClass || existing.victimClass == .unknown || mention.victimClass == .unknown)
        }) {
            // The same victims told again, or a part of them: a firm count over a claim or a
            // guess; a toll that rose over the earlier one; a part (`two of the dead`) never;
            // else the larger count stands (a later count in news is more often a fuller one
            // than a disagreeing source).
            let existing = incident.mentions[index]
            if mention.isPartitive && !mention.diedOfInjuries { return }
            if mention.isAdditional || mention.diedOfInjuries {
                incident.mentions.append(mention)
                return
            }
            if existing.isWeak != mention.isWeak {
                if existing.isWeak { incident.mentions[index] = mention }
            } else if mention.isUpdate || existing.isPartitive || mention.count > existing.count && !existing.isUpdate {
                incident.mentions[index] = mention
            }
        } else {
            incident.mentions.append(mention)
        }
    }

    static func add(groups: [Entity], to list: inout [Entity]) {
        for group in groups where !list.contains(where: { ($0.groupValue?.id ?? $0.text) == (group.groupValue?.id ?? group.text) }) {
            list.append(group)
        }
    }

    private func newIncident(at s: Int, fact: Facts, context: (date: Entity?, dateSource: String, place: LinkedPlace?),
                             dateValue: String, isList: ([LinkedPlace]) -> Bool, publication: Entity?) -> Incident {
        var incident = Incident(date: context.date ?? publication, dateValue: dateValue,
                                dateSource: context.date == nil ? (publication == nil ? "none" : "publication") : context.dateSource,
                                place: context.place)
        for mention in fact.mentions { Self.add(mention, to: &incident) }
        Self.add(groups: fact.groups, to: &incident.groups)
        incident.absorb(fact)
        incident.sentences.append(s)
        incident.openedByMarker = fact.opensNewIncident
        incident.toldEarlier = fact.tellsEarlier
        incident.listedPlaces = listedPlaces(fact.locations + fact.otherPlaces)
        // Several places whose counts the text does not split: the narrowest place that holds
        // them all (the spec), until a later sentence tells one of them on its own.
        if incident.listedPlaces.count >= 2, let place = incident.place,
           incident.listedPlaces.contains(where: { Self.samePlace($0, place) }), isList(incident.listedPlaces) {
            incident.place = holder(of: incident.listedPlaces, among: fact.locations) ?? place
        }
        return incident
    }

    /// Whether places are written as one list (`X and Y`, `X, Y, and Z`): only commas and
    /// conjunctions between them.
    private func isList(_ places: [LinkedPlace], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        let sorted = places.sorted { $0.entity.start < $1.entity.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            var t = tokenIndex(a.entity.end - 1) + 1
            while t < tokens.count && tokens[t].start < b.entity.start {
                if tokens[t].kind != .whitespace && ![",", "and", "or"].contains(tokens[t].key) { return false }
                t += 1
            }
        }
        return true
    }

    /// The place that holds all of `listed`: one of `candidates` the text puts them in or whose
    /// province they share, else their common province.
    private func holder(of listed: [LinkedPlace], among candidates: [LinkedPlace]) -> LinkedPlace? {
        // Places the gazetteer lacks have no province of their own: the others' decide.
        let provinces = Set(listed.compactMap { $0.details.kind == .admin1 ? $0.details.name : $0.details.admin1 })
        let countries = Set(listed.map { $0.details.country ?? "" })
        guard provinces.count == 1, let province = provinces.first, countries.count == 1 else {
            return candidates.first { $0.details.kind == .country && countries == [$0.details.country ?? ""] }
        }
        if let named = candidates.first(where: { $0.details.kind == .admin1 && $0.details.name == province }) { return named }
        var synthesized = listed[0]
        synthesized.details = PlaceValue(name: province, country: listed[0].details.country, kind: .admin1)
        synthesized.within = nil
        synthesized.holder = nil
        return synthesized
    }

    /// Two or more distinct towns or districts of one country, none holding another: the places
    /// of a sentence that tells incidents in several places at once.
    /// The same place: the same gazetteer id, or for places it lacks, the same name and country.
    static func samePlace(_ a: LinkedPlace, _ b: LinkedPlace) -> Bool {
        if a.details.id != nil || b.details.id != nil { return a.details.id == b.details.id }
        return a.details.name == b.details.name && a.details.country == b.details.country
    }

    func listedPlaces(_ places: [LinkedPlace]) -> [LinkedPlace] {
        var listed: [LinkedPlace] = []
        // Towns and districts, the gazetteer's or local ones it lacks (`Kili Sardar`) with a country.
        for place in places where (place.details.specificity <= 1 || place.details.kind == nil)
            && (place.details.id != nil || place.details.country != nil)
            && !listed.contains(where: { Self.samePlace($0, place) }) {
            listed.append(place)
        }
        guard listed.count >= 2, Set(listed.map { $0.details.country ?? "" }).count == 1,
              !listed.contains(where: { a in a.details.id.map { id in listed.contains { $0.within == id } } ?? false })
        else { return [] }
        return listed
    }

    static func someSubset(of values: [Int], sumsTo target: Int, atLeast minimum: Int) -> Bool {
        let n = values.count
        for mask in 1..<(1 << n) where mask.nonzeroBitCount >= minimum {
            var sum = 0
            for i in 0..<n where mask & (1 << i) != 0 { sum += values[i] }
            if sum == target { return true }
        }
        return false
    }

    /// The incident words of a sentence: the first one (a token index), the sub-event types they
    /// imply, whether one of them is strong enough to report an incident without a count or a
    /// date (`attacked`, `bombing`, not `killed` or `incident`), and whether a word that reports
    /// no incident stands in the sentence (`arrested`, `defused`, `foiled`).
    private func incidentWords(in words: [Int], keys: [String], masks: [UInt64], tokens: [KeyedToken], entityAtToken: [Int?],
                               entities: [Entity])
        -> (trigger: Int?, types: Set<String>, strong: Bool, blocked: Bool)
    {
        var trigger: Int?, types: Set<String> = [], strong = false, blocked = false
        var position = 0
        while position < words.count {
            let t = words[position]
            if tokens[t].kind != .word || (entityAtToken[t].map { entities[$0].type != .date } ?? false) {
                position += 1
                continue
            }
            if let match = lexicon.nonIncidents.match(keys, at: position, masks: masks) {
                blocked = true
                position += match.length
                continue
            }
            if lexicon.incidentPlurals.contains(keys, at: position, masks: masks),
               isGenericBefore(position, words: words, tokens: tokens) {
                position += 1
                continue
            }
            if let match = lexicon.incidents.match(keys, at: position, masks: masks),
               !(match.length > 1 && position > 0
                 && lexicon.incidentPlurals.contains(keys, at: position + match.length - 1, masks: masks)
                 && isGenericBefore(position, words: words, tokens: tokens)) {
                trigger = trigger ?? t
                strong = true
                if !match.value.isEmpty { types.insert(match.value) }
                position += match.length
            } else if let match = lexicon.weakIncidents.match(keys, at: position, masks: masks) {
                trigger = trigger ?? t
                if !match.value.isEmpty { types.insert(match.value) }
                position += match.length
            } else {
                position += 1
            }
        }
        return (trigger, types, strong, blocked)
    }

    /// Whether a day named without a calendar date follows a report verb closely (`said on
    /// Monday`, `told reporters Tuesday`) or comes before one with no incident word between
    /// (`On Friday, the president condemned the attack`).
    private func isReportDate(_ date: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        // Only a day named without a calendar date (`Monday`, `yesterday`): `on November 9
        // claimed` dates what is claimed as often as the claim.
        guard !date.text.contains(where: \.isNumber), EventRecord.precision(ofTimex: Self.timex(date)) == "day",
              let (position, end) = span(of: date, in: words, tokens: tokens, tokenIndex: tokenIndex) else { return false }
        for back in stride(from: position - 1, through: max(0, position - 3), by: -1) {
            let key = tokens[words[back]].key
            if lexicon.reportVerbs.contains(key) { return true }
            if tokens[words[back]].kind == .punctuation { break }
        }
        // `On Friday, the president condemned the attack`: a report verb before any incident word,
        // where no incident word comes before the date either.
        let incidentBefore = words[..<position].contains { t in
            lexicon.incidents.phrases(startingWith: tokens[t].key) != nil
                || lexicon.weakIncidents.phrases(startingWith: tokens[t].key) != nil
        }
        for ahead in (end + 1)..<min(words.count, end + 11) where !incidentBefore {
            let key = tokens[words[ahead]].key
            if lexicon.reportVerbs.contains(key) { return true }
            if lexicon.incidents.phrases(startingWith: key) != nil || lexicon.weakIncidents.phrases(startingWith: key) != nil
                || tokens[words[ahead]].kind == .number { return false }
        }
        return false
    }

    /// Whether a date stands in a dateline that opens the sentence: among its first eight words
    /// and followed, over an agency in parentheses, by a dash (`QUETTA, Aug 19 (Reuters) -`).
    private func isDatelineDate(_ date: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        guard let (position, end) = span(of: date, in: words, tokens: tokens, tokenIndex: tokenIndex), position < 8 else { return false }
        var next = end + 1
        if next < words.count && tokens[words[next]].key == "(" {
            while next < words.count && next < end + 6 && tokens[words[next]].key != ")" { next += 1 }
            next += 1
        }
        return next < words.count && ["-", "—", "–", ":"].contains(tokens[words[next]].key)
    }

    /// Whether a month or a year is part of an incident's name in a label that opens a line
    /// (`July 2016 Dhaka attack: …`, as incident lists write): it names the incident, it does
    /// not date it to that precision, and the publication date stands in for it.
    private func isNameDate(_ date: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        guard let position = words.firstIndex(of: tokenIndex(date.start)), position <= 1,
              !Self.isFine(Self.timex(date)) || EventRecord.precision(ofTimex: Self.timex(date)) == "month",
              let colon = words.firstIndex(where: { tokens[$0].key == ":" }), colon > position, colon <= position + 8
        else { return false }
        return words[position..<colon].contains { lexicon.incidents.phrases(startingWith: tokens[$0].key) != nil }
    }

    /// Whether a date opens a period (`since January`, `from March`): it dates no incident,
    /// unless a `when` clause tells what happened then.
    private func isPeriodStart(_ date: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        guard let (position, end) = span(of: date, in: words, tokens: tokens, tokenIndex: tokenIndex), position > 0 else { return false }
        // `since August 2006, when X was killed`: the date of an incident the sentence tells.
        if end + 1 < words.count, tokens[words[end + 1]].key == "when" { return false }
        if end + 2 < words.count, tokens[words[end + 1]].key == ",", tokens[words[end + 2]].key == "when" { return false }
        return lexicon.periodStarts.contains(tokens[words[position - 1]].key)
    }

    /// The kind of place a locative phrase refers back to (`in the province` → `admin1`, `in
    /// the same district` → `admin2`).
    private func anaphoricDesignator(_ words: [Int], keys: [String], tokens: [KeyedToken]) -> String? {
        // (`the` first: a cheap compare passes over most words before the table is asked)
        for position in keys.indices.dropLast(2)
        where keys[position + 1] == "the" && lexicon.locativeCues.contains(keys[position]) {
            var next = position + 2
            if keys[next] == "same" && next + 1 < keys.count { next += 1 }
            if let kind = lexicon.kindDesignators.value(of: keys[next]),
               next + 1 >= keys.count || tokens[words[next + 1]].kind != .word || !tokens[words[next + 1]].isCapitalized {
                return kind
            }
        }
        return nil
    }

    /// Whether a sentence refers back to an incident: a definite word (`the`, `this`, a
    /// possessive `Sunday's`) with an incident noun within three words (`the suicide attack`).
    private func refersBack(_ keys: [String], masks: [UInt64]) -> Bool {
        for position in keys.indices {
            if lexicon.backPhrases.match(keys, at: position, masks: masks) != nil { return true }
            guard lexicon.definiteWords.contains(keys, at: position, masks: masks) else { continue }
            for next in (position + 1)..<min(keys.count, position + 4)
            where lexicon.backReferences.contains(keys, at: next, masks: masks)
                || lexicon.incidents.contains(keys, at: next, masks: masks) {
                return true
            }
        }
        return false
    }

    /// Whether the word before a plural incident noun (or a phrase ending in one) makes it
    /// generic: none, a function word (`victims of attacks`, `carried out suicide attacks`), or
    /// punctuation.
    private func isGenericBefore(_ position: Int, words: [Int], tokens: [KeyedToken]) -> Bool {
        guard position > 0 else { return true }
        let before = tokens[words[position - 1]]
        return (before.kind == .word && lexicon.genericBeforePlural.contains(before.key))
            || (before.kind == .punctuation && before.key != "-")
    }

    /// The state forces a sentence names, each as the side that acts (`troops killed`, `by the
    /// police`, `security forces clashed`) or the side acted on (`attacked a police station`,
    /// `soldiers were killed`). A nationality word or a place just before the force gives its
    /// country (`Pakistani troops`, `Nigerian Army`); the name of a people, faith or region that is
    /// no state makes it no state's (`Tigrayan forces`, `Kurdish fighters`).
    private func forces(in words: [Int], keys: [String], masks: [UInt64], tokens: [KeyedToken], entityAtToken: [Int?],
                        entities: [Entity]) -> [ForceMention] {
        var found: [ForceMention] = []
        var position = 0
        while position < words.count {
            if entityAtToken[words[position]].map({ entities[$0].type == .group }) ?? false {
                position += 1
                continue
            }
            guard let match = lexicon.stateForces.match(keys, at: position, masks: masks),
                  var force = EventLexicon.force(match.value) else {
                position += 1
                continue
            }
            if force.country == nil {
                var back = position - 1
                while back >= 0 && lexicon.forceLeads.contains(keys[back]) { back -= 1 }
                if back >= 0 && lexicon.stateless.contains(keys[back]) {
                    position += match.length
                    continue
                }
                if back >= 0 {
                    if let country = lexicon.demonymCountry(keys[back]) {
                        force.country = country
                    } else if let e = entityAtToken[words[back]], entities[e].type == .place, back + 1 < words.count,
                              !(entityAtToken[words[back + 1]].map { entities[$0].type == .place } ?? false) {
                        force.country = entities[e].placeValue?.country
                    }
                }
            }
            let end = position + match.length
            // `the military said`, `a police spokesman`: a source, not a side.
            if end < words.count && lexicon.forceSpeakers.contains(keys[end]) {
                position = end
                continue
            }
            var isAgent = position > 0 && keys[position - 1] == "by" || position > 1 && keys[position - 2] == "by" && keys[position - 1] == "the"
            var next = end
            while next < words.count && next < end + 3 && lexicon.skippableAfterGroup.contains(keys[next])
                && !lexicon.beAuxiliaries.contains(keys[next]) { next += 1 }
            if next < words.count && lexicon.perpetratorVerbs.contains(keys[next]) && !(next > end && lexicon.pastBe.contains(keys[next - 1])) {
                isAgent = true
            }
            found.append(ForceMention(force: force, isAgent: isAgent))
            position = end
        }
        return found
    }

    /// Whether a group is named only as a suspect, a denial or a comparison (`no group claimed`,
    /// `suspected X militants`, `X has carried out similar attacks`): it is then no actor.
    private func isHedged(entity: Entity, tokens: [KeyedToken], words: [Int], tokenIndex: (Int) -> Int) -> Bool {
        guard let (position, last) = span(of: entity, in: words, tokens: tokens, tokenIndex: tokenIndex) else { return false }
        for p in stride(from: position - 1, through: max(0, position - 6), by: -1) {
            let key = tokens[words[p]].key
            if tokens[words[p]].kind == .punctuation && key != "-" && key != "(" { break }
            if lexicon.negations.contains(key) || lexicon.hedges.contains(key) { return true }
        }
        for p in (last + 1)..<min(words.count, last + 8) {
            let key = tokens[words[p]].key
            if tokens[words[p]].kind == .punctuation && key != "-" && key != "(" && key != ")" { break }
            if lexicon.hedges.contains(key) && !lexicon.suspectWords.contains(key) { return true }
        }
        return false
    }

    /// Deaths among victims told as hurt: a killed partitive of the injured (`two of the injured
    /// later died`), or, in a sentence with no count, a later death of someone told before (`The
    /// officer later died of his injuries`, `He succumbed to his wounds`), counted one.
    private func markLaterDeaths(in mentions: inout [Mention], words: [Int], keys: [String], masks: [UInt64], tokens: [KeyedToken],
                                 sentence: Int) {
        guard let at = keys.indices.first(where: { lexicon.laterDeaths.match(keys, at: $0, masks: masks) != nil }) else { return }
        if mentions.isEmpty {
            guard lexicon.laterDeathSubjects.contains(keys[0]) || at <= 1 else { return }
            let token = tokens[words[at]]
            var death = Mention(entity: Entity(type: .casualty, start: token.start, end: token.end, text: "",
                                               value: .casualty(CasualtyValue(count: 1, kind: .killed))),
                                count: 1, kind: .killed, qualifier: nil, victimClass: .unknown, sentence: sentence)
            death.diedOfInjuries = true
            mentions.append(death)
            return
        }
        for index in mentions.indices where mentions[index].kind == .killed && mentions[index].isPartitive {
            let end = mentions[index].entity.end
            guard let position = words.firstIndex(where: { tokens[$0].start >= end }) else { continue }
            var next = position + 1
            while next < keys.count && lexicon.partitiveDeterminers.contains(keys[next]) { next += 1 }
            if next < keys.count, outcomePhrases[keys[next]]?.contains(where: { $0.kind == .injured && $0.keys.count == 1 }) == true {
                mentions[index].diedOfInjuries = true
            }
        }
    }

    /// A person named without a count (`X was shot dead`, `X, a local teacher, was kidnapped`):
    /// the spec leaves such a name out of the CASUALTY layer, but a coder counts the person.
    /// The subject is two or more capitalised words that are no entity, opening the sentence or
    /// a clause, with an apposition between commas allowed before the auxiliary.
    private func namedVictims(words: [Int], keys: [String], masks: [UInt64], tokens: [KeyedToken], entityAtToken: [Int?],
                              sentence: Int) -> [Mention] {
        var found: [Mention] = []
        for auxiliary in keys.indices
        where lexicon.clauseAuxiliaries.contains(keys, at: auxiliary, masks: masks) && auxiliary >= 2 {
            var next = auxiliary + 1
            if keys[auxiliary] == "has" {
                guard next < keys.count, keys[next] == "been" || keys[next] == "died" else { continue }
                if keys[next] == "been" { next += 1 }
            }
            func outcome(at position: Int) -> CasualtyLexicon.Entry? {
                guard position < keys.count else { return nil }
                return outcomePhrases[keys[position]]?.first { entry in
                    !entry.flags.contains(.reflexive) && !entry.flags.contains(.lives) && entry.kind != nil
                        && position + entry.keys.count <= keys.count
                        && zip(entry.keys, keys[position...]).allSatisfy { $0 == $1 }
                }
            }
            guard var entry = outcome(at: next) else { continue }
            // `shot and killed`: the next verb decides.
            if entry.flags.contains(.weak), next + 1 < keys.count, keys[next + 1] == "and", let decided = outcome(at: next + 2) {
                entry = decided
            }
            guard let kind = entry.kind else { continue }
            // Back over an apposition that opens with a comma and an article (`, a popular
            // singer,`), its closing comma written or not.
            var end = auxiliary - 1
            var comma = end - (keys[end] == "," ? 1 : 0)
            while comma > 0 && keys[comma] != "," && auxiliary - comma < 12 { comma -= 1 }
            if comma > 0, keys[comma] == ",", comma + 1 < auxiliary, lexicon.articles.contains(keys[comma + 1]) {
                end = comma - 1
            } else if keys[end] == "," {
                continue
            }
            var start = end
            while start >= 0 && tokens[words[start]].kind == .word && tokens[words[start]].isCapitalized
                    && entityAtToken[words[start]] == nil && end - start < 4 {
                start -= 1
            }
            start += 1
            let opensClause = start == 0 || lexicon.clauseOpeners.contains(keys[start - 1])
                || lexicon.reportVerbs.contains(keys[start - 1])
            guard end - start >= 1, opensClause,
                  (start...end).allSatisfy({ !tokens[words[$0]].shape.contains(.allUppercase) }) else { continue }
            let first = tokens[words[start]], last = tokens[words[end]]
            found.append(Mention(entity: Entity(type: .casualty, start: first.start, end: last.end, text: "",
                                                value: .casualty(CasualtyValue(count: 1, kind: kind))),
                                 count: 1, kind: kind, qualifier: nil, victimClass: .unknown, sentence: sentence))
        }
        return found
    }

    /// People listed beside a count with no count of their own (`a civilian, a police officer
    /// and his guard were killed`, `killed a trader and his driver`): one each, of the count's
    /// kind. A listed person is a determiner (`a`, `his`, `the`) and a singular person noun (of
    /// the CASUALTY extractor's victim nouns); the list ends at a verb, a preposition or a clause
    /// of its own (`and his son was wounded`).
    private func listedVictims(besides mentions: [Mention], words: [Int], keys: [String], tokens: [KeyedToken],
                               tokenIndex: (Int) -> Int, entityAtToken: [Int?], entities: [Entity]) -> [Mention] {
        func isSeparator(_ p: Int) -> Bool { keys[p] == "," || keys[p] == "and" }
        func isStop(_ p: Int) -> Bool {
            lexicon.listStops.contains(keys[p]) || tokens[words[p]].kind == .punctuation && !["-", "'s", "’s", "'", "’"].contains(keys[p])
        }
        /// The last position of the phrase that starts at `p`, before a separator or a stop.
        func phraseEnd(from p: Int) -> Int {
            var end = p
            while end + 1 < words.count && end - p < 7 && !isSeparator(end + 1) && !isStop(end + 1) { end += 1 }
            return end
        }
        func casualty(at p: Int) -> Bool { entityAtToken[words[p]].map { entities[$0].type == .casualty } ?? false }
        var added: [Mention] = []
        var seen = Set<Int>()
        for mention in mentions {
            guard let anchor = words.firstIndex(of: tokenIndex(mention.entity.start)) else { continue }
            var lister = [(start: Int, end: Int)]()
            // To the right of the count's phrase, then to the left of it.
            var end = phraseEnd(from: anchor)
            while end + 2 < words.count && isSeparator(end + 1) {
                let bareComma = keys[end + 1] == "," && keys[end + 2] != "and"
                var start = end + 2
                if keys[start] == "and" { start += 1 }
                guard start < words.count else { break }
                end = phraseEnd(from: start)
                // Not a clause of its own (`and his son was wounded`), a source (`, an official
                // said`) or an apposition after a bare comma that no `and` closes.
                let next = end + 1 < words.count ? keys[end + 1] : ""
                if lexicon.clauseAuxiliaries.contains(next) || lexicon.reportVerbs.contains(next)
                    || bareComma && !(end + 1 < words.count && isSeparator(end + 1)) { break }
                lister.append((start, end))
            }
            var start = anchor
            while start > 0 && lexicon.countModifiers.contains(keys[start - 1]) && anchor - start < 3 { start -= 1 }
            while start >= 2 && isSeparator(start - 1) {
                var last = start - 2
                if keys[last] == "," { last -= 1 }
                guard last >= 0 else { break }
                var first = last
                while first > 0 && last - first < 7 && !isSeparator(first - 1) && !isStop(first - 1) { first -= 1 }
                lister.append((first, last))
                start = first
            }
            for (first, last) in lister where !seen.contains(first) && last - first <= 6 {
                // `a member of the armed forces`: the head is before `of`.
                let head = (first...last).first { keys[$0] == "of" }.map { $0 - 1 } ?? last
                guard lexicon.listDeterminers.contains(keys[first]), head > first,
                      victimNumbers[keys[head]].map({ $0 != .plural }) == true,
                      !(first...last).contains(where: casualty) else { continue }
                seen.insert(first)
                let noun = tokens[words[head]]
                var person = Mention(entity: Entity(type: .casualty, start: tokens[words[first]].start, end: noun.end, text: "",
                                                    value: .casualty(CasualtyValue(count: 1, kind: mention.kind))),
                                     count: 1, kind: mention.kind, qualifier: nil,
                                     victimClass: lexicon.victimClass(noun.key), sentence: mention.sentence)
                person.isWeak = mention.isWeak
                added.append(person)
            }
        }
        return added
    }

    /// Whether a group follows a membership phrase (`belonged to`, `members of`) whose subject
    /// is militants told before (`the slain terrorists`, `those killed`): the words before the
    /// phrase hold a definite word and a militant noun.
    private func isMembership(of group: Entity, words: [Int], keys: [String], tokenIndex: (Int) -> Int) -> Bool {
        guard let position = words.firstIndex(of: tokenIndex(group.start)) else { return false }
        for phraseStart in max(0, position - 6)..<position {
            guard let match = lexicon.membershipPhrases.match(keys, at: phraseStart),
                  phraseStart + match.length <= position, position - (phraseStart + match.length) <= 3 else { continue }
            let subject = keys[max(0, phraseStart - 6)..<phraseStart]
            return subject.contains { lexicon.definiteWords.contains($0) }
                && subject.contains { lexicon.victimClass($0) == .militant }
        }
        return false
    }

    /// A count after `including`, `among`, `of whom`, … is a part of another count.
    private func isPart(_ entity: Entity, words: [Int], tokens: [KeyedToken], tokenIndex: (Int) -> Int) -> Bool {
        let first = tokenIndex(entity.start)
        guard let position = words.firstIndex(of: first) else { return false }
        let before = words[max(0, position - 3)..<position].map { tokens[$0].key }
        if before.contains(where: { lexicon.partMarkers.contains($0) }) { return true }
        for start in before.indices where lexicon.partPhrases.match(before, at: start)?.length == before.count - start {
            return true
        }
        // A later member of the list a part marker opens (`including a peacekeeper, five guards,
        // a gendarme`): back over list members to the marker, not past `, and` (which may close
        // the insertion: `two soldiers, including a major, and three civilians`) or a stop.
        var p = position - 1
        guard p >= 0, [",", "and"].contains(tokens[words[p]].key) else { return false }
        while p >= 0 && position - p < 24 {
            let key = tokens[words[p]].key
            if lexicon.partMarkers.contains(key) { return true }
            if key == "and" && p > 0 && tokens[words[p - 1]].key == "," { return false }
            if key != "," && (lexicon.listStops.contains(key) || tokens[words[p]].kind == .punctuation && key != "-") { return false }
            p -= 1
        }
        return false
    }

    /// Whether a place is where something happens: after a locative word (skipping articles,
    /// directions and a possessive place chain), and not a modifier (`Iran-based`), an agent
    /// (`by Iran`) or one side of a border (`the Pak-Iran border`).
    private func isLocation(entityIndex: Int, entities: [Entity], tokens: [KeyedToken], words: [Int],
                            tokenIndex: (Int) -> Int, entityAtToken: [Int?]) -> Bool {
        let entity = entities[entityIndex]
        let first = tokenIndex(entity.start)
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].start < entity.end { last += 1 }
        guard let startPosition = words.firstIndex(of: first) else { return false }
        let endPosition = words.firstIndex(of: last) ?? startPosition
        // After: `-based`, `-Iran border`, `border`.
        if endPosition + 1 < words.count {
            let next = tokens[words[endPosition + 1]]
            if next.key == "-", endPosition + 2 < words.count {
                let after = tokens[words[endPosition + 2]]
                if lexicon.modifierSuffixes.contains(after.key) { return false }
                if let e = entityAtToken[words[endPosition + 2]], entities[e].type == .place { return false }
            }
        }
        // `near the border with Mali`: a neighbour of where it happened.
        if startPosition >= 2, tokens[words[startPosition - 1]].key == "with",
           borderNouns.contains(tokens[words[startPosition - 2]].key) {
            return false
        }
        if startPosition >= 2, tokens[words[startPosition - 1]].key == "-",
           let e = entityAtToken[words[startPosition - 2]], entities[e].type == .place,
           endPosition + 1 < words.count, tokens[words[endPosition + 1]].key == "border" {
            return false
        }
        // A name for the incident (`the Kabul attack`, `2017 Herat bombing:`): the place it names.
        var after = endPosition + 1
        while after < words.count && after <= endPosition + 2 && tokens[words[after]].kind == .word {
            let key = tokens[words[after]].key
            if lexicon.incidents.contains(key) && !lexicon.stateForces.contains(key) { return true }
            guard lexicon.incidents.phrases(startingWith: key) != nil || lexicon.skippableBeforePlace.contains(key) else { break }
            after += 1
        }
        // Before: walk back over articles, directions, designators, possessive places, adjective
        // compounds (`drought-stricken`), nationality words and names that are not entities
        // (`in Sariab Mill area of Quetta`, `outside the Jama Masjid of Herat`).
        var position = startPosition - 1
        var steps = 0
        while position >= 0 && steps < 12 {
            let token = tokens[words[position]]
            if lexicon.locativeCues.contains(token.key) {
                // `near Pakistan`, `from inside Pakistan`: a country only bordered or set out from.
                if lexicon.originCues.contains(token.key), entity.placeIdentity.kind == .country { return false }
                return true
            }
            // `south of the city of Derna`
            // `south of the city of Derna`, but not `170 km southwest of Quetta` (it is elsewhere).
            if token.key == "of", position > 0, lexicon.directions.contains(tokens[words[position - 1]].key) {
                let before = position > 1 ? tokens[words[position - 2]] : nil
                return !(before.map { $0.kind == .number || lexicon.distanceUnits.contains($0.key) || $0.key == ")" } ?? false)
            }
            if lexicon.distanceUnits.contains(token.key) { return false }
            if token.key == "by" { return false }
            let isCompound = token.key == "-" || token.kind == .word
                && (position + 1 < startPosition && tokens[words[position + 1]].key == "-"
                    || position > 0 && tokens[words[position - 1]].key == "-")
            if token.key == "'s" || token.key == "’s" || token.key == "'" || token.key == "’" {
                position -= 1
            } else if let e = entityAtToken[words[position]] {
                // A possessive chain (`Iran's Zahedan`) or a list (`Balochistan and Iran's`).
                guard entities[e].type == .place else { return false }
            } else if !lexicon.skippableBeforePlace.contains(token.key) && token.key != "and" && !isCompound
                        && !(token.kind == .word && token.isCapitalized && position > 0)
                        && lexicon.demonymCountry(token.key) == nil {
                return false
            }
            position -= 1
            steps += 1
        }
        return false
    }

    /// Whether a group is named as the perpetrator or claimant of what the sentence reports.
    private func isPerpetrator(entity: Entity, tokens: [KeyedToken], words: [Int], tokenIndex: (Int) -> Int,
                               entityAtToken: [Int?], entities: [Entity]) -> Bool {
        let first = tokenIndex(entity.start)
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].start < entity.end { last += 1 }
        guard let startPosition = words.firstIndex(of: first) else { return false }
        let endPosition = words.firstIndex(of: last) ?? startPosition
        // After: the group as the subject of a perpetrator's verb.
        var position = endPosition + 1
        var steps = 0
        while position < words.count && steps < 8 {
            let t = words[position]
            let token = tokens[t]
            if let e = entityAtToken[t], entities[e].type == .group || entities[e].type == .date {
                position += 1; steps += 1; continue
            }
            if token.kind == .punctuation {
                if ["(", ")", ","].contains(token.key) { position += 1; steps += 1; continue }
                break
            }
            if lexicon.skippableAfterGroup.contains(token.key) { position += 1; steps += 1; continue }
            if lexicon.perpetratorVerbs.contains(token.key) {
                let isClaim = token.key.hasPrefix("claim")
                let next = position + 1 < words.count ? tokens[words[position + 1]].key : ""
                return !(isClaim && next == "that")
            }
            break
        }
        // Before: `claimed by`, `carried out by`, `attack by`, `blamed on`, `belonged to`.
        position = startPosition - 1
        steps = 0
        while position >= 1 && steps < 5 {
            let token = tokens[words[position]]
            if token.kind == .punctuation && token.key != "-" { return false }
            let previous = tokens[words[position - 1]].key
            if token.key == "by" && lexicon.agentHeads.contains(previous) { return true }
            if lexicon.attributionPhrases.match([previous, token.key], at: 0)?.length == 2 { return true }
            position -= 1
            steps += 1
        }
        return false
    }
}

extension Entity {
    /// A PLACE entity's identity as the linker reads it (entities are typed when linking starts).
    var placeIdentity: PlaceValue { placeValue ?? PlaceValue(name: text, country: nil) }
}
