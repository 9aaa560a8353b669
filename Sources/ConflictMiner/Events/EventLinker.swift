/// Turns the entities of one document into event records: one per reported incident.
///
/// The rules, in the order they run (`docs/events.md` gives examples and limits):
///
/// 1. **Sentences and paragraphs.** ICU sentences; a line break starts a paragraph.
/// 2. **What a sentence reports.** Its casualty counts (a count after `including`, `among` or
///    `of whom` is a part of another count in the sentence and is left out), an incident word
///    (`attack`, `bombing`, `struck`, `exchange of fire`; a bare plural after a function word,
///    `victims of attacks`, is generic and does not count), its dates, the places that are
///    locations (after `in`, `at`, `near`, … or in a possessive chain `in Iran's Zahedan`; not
///    `Iran-based`, not `by Iran`, not `the Pak-Iran border`), and the groups named as
///    perpetrators or claimants (`the BLA claimed responsibility`, `claimed by`, `carried out
///    by`, `blamed on`, `Jaish al-Adl attacked`, `belonged to`).
/// 3. **Context.** A sentence without a date takes the nearest earlier date of its paragraph,
///    else the date of the last incident in the two paragraphs before, else the publication
///    date. A sentence without a location takes the paragraph's earlier one.
/// 4. **Totals.** A count that equals the sum of two or more counts of the same kind, date and
///    place in other sentences (`12 soldiers` … `nine troops` … `three more soldiers`) is a
///    total over incidents: it gives context but no incident of its own.
/// 5. **Incidents.** Within a paragraph, a sentence continues the current incident unless it
///    opens with `another`, `separately`, … or names another date or an incompatible place.
///    Counts of different victim classes add up (`two police officers` + `four attackers`);
///    counts of one class repeat or contain each other (the larger is kept). A sentence with
///    counts, or an incident word with a date of its own, opens a new incident.
/// 6. **Repeats.** Incidents of the whole document with the same date, compatible places and no
///    conflicting counts are one incident told twice (a headline or caption and the body).
/// 7. **Filter.** Incidents dated only to a year or a decade (`this year`) are aggregates, not
///    incidents, and are left out.
public struct EventLinker: Sendable {
    public let places: PlaceDetailsIndex

    public init(places: PlaceDetailsIndex = PlaceDetailsIndex()) {
        self.places = places
    }

    /// Analyzes the document again (for sentences and tokens) and links its entities.
    public func events(in annotated: AnnotatedDocument, analyzer: TextAnalyzer) -> [EventRecord] {
        events(in: analyzer.analyze(annotated.document), entities: annotated.entities)
    }

    // MARK: - Working values

    struct Mention {
        var entity: Entity
        var count: Int
        var kind: String
        var qualifier: String
        var victimClass: EventLexicon.VictimClass
        var sentence: Int
    }

    struct LinkedPlace {
        var entity: Entity
        var details: PlaceDetails
    }

    struct Facts {
        var mentions: [Mention] = []
        var trigger: Int?
        var date: Entity?
        var locations: [LinkedPlace] = []
        var groups: [Entity] = []
        var opensNewIncident = false
        var isIncident: Bool { !mentions.isEmpty || trigger != nil }
    }

    struct Incident {
        var date: Entity?
        var dateValue: String
        var dateSource: String
        var place: LinkedPlace?
        var mentions: [Mention] = []
        var groups: [Entity] = []
        var sentences: [Int] = []

        func count(_ kind: String) -> Int {
            mentions.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }
        }
    }

    // MARK: - Linking

    public func events(in text: AnalyzedText, entities: [Entity]) -> [EventRecord] {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return [] }
        let sentenceCount = text.sentences.count

        // 1. Paragraph of every sentence: a line break in whitespace starts a new paragraph.
        var paragraphOf = [Int](repeating: 0, count: sentenceCount)
        var paragraph = 0
        var sawWord = false
        var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
        for (index, range) in text.sentences.enumerated() {
            var first = true
            for t in range {
                sentenceOfToken[t] = index
                if tokens[t].kind == .whitespace {
                    if tokens[t].shape.contains(.lineBreak) && sawWord { paragraph += 1; sawWord = false }
                    continue
                }
                if first { paragraphOf[index] = paragraph; first = false }
                sawWord = true
            }
            if first { paragraphOf[index] = paragraph }
        }

        func tokenIndex(at offset: Int) -> Int {
            var low = 0, high = tokens.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if tokens[mid].start <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        func sentence(of entity: Entity) -> Int { sentenceOfToken[tokenIndex(at: entity.start)] }

        // Entities by token, to skip over them and to see what a token belongs to.
        var entityAtToken = [Int?](repeating: nil, count: tokens.count)
        for (index, entity) in entities.enumerated() {
            var t = tokenIndex(at: entity.start)
            while t < tokens.count && tokens[t].start < entity.end {
                entityAtToken[t] = index
                t += 1
            }
        }
        /// Non-space tokens of a sentence.
        let words: [[Int]] = text.sentences.map { range in range.filter { tokens[$0].kind != .whitespace } }

        // 2. What each sentence reports.
        var facts = [Facts](repeating: Facts(), count: sentenceCount)
        for (index, entity) in entities.enumerated() {
            let s = sentence(of: entity)
            switch entity.type {
            case .casualty:
                guard let count = entity[attribute: "Count"].flatMap(Int.init), count > 0,
                      let kind = entity[attribute: "Kind"] else { continue }
                facts[s].mentions.append(Mention(entity: entity, count: count, kind: kind,
                                                 qualifier: entity[attribute: "Qualifier"] ?? "exact",
                                                 victimClass: EventLexicon.victimClass(entity[attribute: "Victims"]),
                                                 sentence: s))
            case .place:
                if isLocation(entityIndex: index, entities: entities, tokens: tokens, words: words[s],
                              tokenIndex: tokenIndex, entityAtToken: entityAtToken) {
                    facts[s].locations.append(LinkedPlace(entity: entity, details: details(of: entity)))
                }
            case .group:
                if isPerpetrator(entity: entity, tokens: tokens, words: words[s], tokenIndex: tokenIndex,
                                 entityAtToken: entityAtToken, entities: entities) {
                    facts[s].groups.append(entity)
                }
            default:
                continue
            }
        }
        for s in 0..<sentenceCount {
            let sentenceWords = words[s]
            // Parts of another count in the same sentence are left out.
            if facts[s].mentions.count > 1 {
                facts[s].mentions.removeAll { mention in
                    isPart(mention.entity, words: sentenceWords, tokens: tokens, tokenIndex: tokenIndex)
                }
            }
            facts[s].trigger = trigger(in: sentenceWords, tokens: tokens, entityAtToken: entityAtToken, entities: entities)
            // `In another incident`, `Separately`: a new incident (not `Another soldier`, a count).
            facts[s].opensNewIncident = sentenceWords.prefix(5).contains { t in
                EventLexicon.newIncidentMarkers.contains(tokens[t].key)
                    && entityAtToken[t].map { entities[$0].type != .casualty } ?? true
            }
            // The sentence's date: finer than a year if possible, nearest to what it reports.
            let anchor = facts[s].mentions.first.map { $0.entity.start }
                ?? facts[s].trigger.map { tokens[$0].start } ?? 0
            let dates = entities.filter { $0.type == .date && $0[attribute: "Value"] != nil && sentence(of: $0) == s }
            facts[s].date = dates.min { a, b in
                let pa = Self.isFine(a[attribute: "Value"]!) ? 0 : 1, pb = Self.isFine(b[attribute: "Value"]!) ? 0 : 1
                if pa != pb { return pa < pb }
                return abs(a.start - anchor) < abs(b.start - anchor)
            }
        }

        // 3. Context: the date and place each incident sentence stands in.
        struct Context { var date: Entity?; var dateSource: String; var place: LinkedPlace? }
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
            if facts[s].isIncident {
                if let own = bestPlace(facts[s].locations) { paragraphPlace = own }
                if let date = context.date, context.dateSource != "publication" {
                    lastIncidentDates.append((paragraphOf[s], date))
                }
            }
        }
        let publication = text.document.published.map { Entity(type: .date, start: 0, end: 0, text: "", attributes: [Attribute("Value", $0.description)]) }
        func dateValue(_ s: Int) -> String {
            (contexts[s].date ?? publication)?[attribute: "Value"] ?? ""
        }

        // 4. Totals over incidents.
        var isTotal = [Bool](repeating: false, count: sentenceCount)
        for s in 0..<sentenceCount where facts[s].mentions.count == 1 {
            let total = facts[s].mentions[0]
            let value = dateValue(s)
            guard !value.isEmpty else { continue }
            let parts = (0..<sentenceCount).filter { $0 != s && !isTotal[$0] && dateValue($0) == value
                && compatible(contexts[$0].place, contexts[s].place) }
                .flatMap { facts[$0].mentions }
                .filter { $0.kind == total.kind && $0.count < total.count
                    && (total.victimClass == .unknown || $0.victimClass == .unknown || $0.victimClass == total.victimClass) }
            guard parts.count >= 2, parts.count <= 16, Set(parts.map(\.sentence)).count >= 2 else { continue }
            if Self.someSubset(of: parts.map(\.count), sumsTo: total.count, atLeast: 2) { isTotal[s] = true }
        }

        // 5. Incidents, paragraph by paragraph.
        var incidents: [Incident] = []
        var current: Int? = nil
        for s in 0..<sentenceCount {
            if s == 0 || paragraphOf[s] != paragraphOf[s - 1] { current = nil }
            let fact = facts[s]
            if isTotal[s] { current = nil; continue }
            guard fact.isIncident else {
                if let current, !fact.groups.isEmpty {
                    Self.add(groups: fact.groups, to: &incidents[current])
                    incidents[current].sentences.append(s)
                }
                continue
            }
            let ownPlace = bestPlace(fact.locations)
            if let c = current, !fact.opensNewIncident,
               fact.date == nil || fact.date?[attribute: "Value"] == incidents[c].dateValue,
               ownPlace == nil || compatible(ownPlace, incidents[c].place) {
                for mention in fact.mentions { Self.add(mention, to: &incidents[c]) }
                Self.add(groups: fact.groups, to: &incidents[c])
                if let ownPlace, incidents[c].place.map({ ownPlace.details.specificity < $0.details.specificity }) ?? true {
                    incidents[c].place = ownPlace
                }
                incidents[c].sentences.append(s)
                continue
            }
            let hasOwnIncidentDate = fact.date.map { Self.isFine($0[attribute: "Value"]!) } ?? false
            guard !fact.mentions.isEmpty || hasOwnIncidentDate else { continue }
            let context = contexts[s]
            var incident = Incident(date: context.date ?? publication, dateValue: dateValue(s),
                                    dateSource: context.date == nil ? (publication == nil ? "none" : "publication") : context.dateSource,
                                    place: context.place)
            for mention in fact.mentions { Self.add(mention, to: &incident) }
            Self.add(groups: fact.groups, to: &incident)
            incident.sentences.append(s)
            incidents.append(incident)
            current = incidents.count - 1
        }

        // 6. Repeats across the document.
        var merged: [Incident] = []
        for incident in incidents {
            if let index = merged.firstIndex(where: { isRepeat($0, incident) }) {
                var target = merged[index]
                for kind in ["killed", "injured", "abducted"] where target.count(kind) == 0 {
                    target.mentions += incident.mentions.filter { $0.kind == kind }
                }
                Self.add(groups: incident.groups, to: &target)
                if let place = incident.place, target.place.map({ place.details.specificity < $0.details.specificity }) ?? true {
                    target.place = place
                }
                if target.dateSource != "sentence" && incident.dateSource == "sentence" {
                    target.date = incident.date
                    target.dateSource = "sentence"
                }
                target.sentences = Array(Set(target.sentences + incident.sentences)).sorted()
                merged[index] = target
            } else {
                merged.append(incident)
            }
        }

        // 7. Records, leaving out aggregates dated only to a year or a decade.
        var records: [EventRecord] = []
        for incident in merged {
            let precision = EventRecord.precision(ofTimex: incident.dateValue)
            if precision == "year" || precision == "decade" { continue }
            records.append(record(for: incident, precision: precision, number: records.count + 1, text: text,
                                  sentenceRanges: text.sentences))
        }
        return records
    }

    // MARK: - Records

    private func record(for incident: Incident, precision: String, number: Int, text: AnalyzedText,
                        sentenceRanges: [Range<Int>]) -> EventRecord {
        let document = text.document.id
        var record = EventRecord(id: "\(document)-E\(number)", document: document, date: incident.dateValue,
                                 datePrecision: precision, dateMod: incident.date?[attribute: "Mod"],
                                 dateSource: incident.dateSource)
        if let place = incident.place {
            let details = place.details
            record.place = details.name
            record.placeId = place.entity[attribute: "Id"]
            record.country = details.country ?? place.entity[attribute: "Country"]
            record.admin1 = details.kind == "admin1" ? details.name : details.admin1
            record.latitude = details.latitude
            record.longitude = details.longitude
            record.geoPrecision = details.kind.isEmpty ? "place" : details.geoPrecision
        } else if let country = victimsCountry(incident) {
            record.country = country
            record.geoPrecision = "victims"
        }
        var seenGroups = Set<String>()
        for group in incident.groups {
            let name = group[attribute: "Name"] ?? group.text
            let key = group[attribute: "Id"] ?? name
            guard seenGroups.insert(key).inserted else { continue }
            record.groups.append(name)
            if let id = group[attribute: "Id"] { record.groupIds.append(id) }
        }
        record.killed = incident.count("killed")
        record.injured = incident.count("injured")
        record.abducted = incident.count("abducted")
        let qualifiers = Set(incident.mentions.map(\.qualifier))
        record.qualifier = qualifiers.contains("at_least") ? "at_least" : qualifiers.contains("approx") ? "approx"
            : qualifiers.contains("at_most") ? "at_most" : "exact"
        let scalars = text.text.unicodeScalars
        let tokens = text.tokens
        for s in incident.sentences {
            let words = sentenceRanges[s].filter { tokens[$0].kind != .whitespace }
            guard let first = words.first, let last = words.last else { continue }
            let start = tokens[first].start, end = tokens[last].end
            let startIndex = scalars.index(scalars.startIndex, offsetBy: start)
            let endIndex = scalars.index(startIndex, offsetBy: end - start)
            record.sources.append(EventRecord.Source(start: start, end: end, text: String(scalars[startIndex..<endIndex])))
        }
        return record
    }

    /// The country of state forces named with a nationality (`14 Pakistani security personnel`).
    private func victimsCountry(_ incident: Incident) -> String? {
        for mention in incident.mentions where mention.victimClass == .security {
            let words = (mention.entity[attribute: "Victims"] ?? "").lowercased().split(whereSeparator: { !$0.isLetter })
            for word in words {
                if let country = EventLexicon.demonymCountries[String(word)] { return country }
            }
        }
        return nil
    }

    // MARK: - Sentence rules

    /// Whether a date value is finer than a year (a day, a week, a month or a season).
    static func isFine(_ value: String) -> Bool {
        let precision = EventRecord.precision(ofTimex: value)
        return precision != "year" && precision != "decade" && precision != "none"
    }

    private func details(of entity: Entity) -> PlaceDetails {
        if let id = entity[attribute: "Id"], let found = places[id] { return found }
        return PlaceDetails(id: entity[attribute: "Id"] ?? "", name: entity[attribute: "Name"] ?? entity.text, kind: "",
                            country: entity[attribute: "Country"])
    }

    /// The most specific location with a country (else the most specific at all); the first wins
    /// ties. When the sentence's locations contradict each other (a town read as one in another
    /// country than the province named beside it), the places that agree with the most others
    /// win, and among those the broader one: a town name is the likelier misreading.
    func bestPlace(_ places: [LinkedPlace]) -> LinkedPlace? {
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

    /// Whether two places can be the location of one incident: nothing known against it.
    func compatible(_ a: LinkedPlace?, _ b: LinkedPlace?) -> Bool {
        guard let a = a?.details, let b = b?.details else { return true }
        if !a.id.isEmpty && a.id == b.id { return true }
        guard let countryA = a.country, let countryB = b.country else { return true }
        if countryA != countryB { return false }
        if a.kind == "country" || b.kind == "country" || a.kind.isEmpty || b.kind.isEmpty { return true }
        let admin1A = a.kind == "admin1" ? a.name : a.admin1, admin1B = b.kind == "admin1" ? b.name : b.admin1
        if let admin1A, let admin1B, admin1A != admin1B { return false }
        if a.kind == "admin1" || b.kind == "admin1" || a.kind == "region" || b.kind == "region" { return true }
        // Two towns, or two districts, that are not the same place are two places.
        if (a.specificity == 0) == (b.specificity == 0) { return a.name == b.name }
        return true
    }

    private func isRepeat(_ a: Incident, _ b: Incident) -> Bool {
        guard !a.dateValue.isEmpty, a.dateValue == b.dateValue, compatible(a.place, b.place) else { return false }
        if let ca = a.place?.details.country ?? victimsCountry(a), let cb = b.place?.details.country ?? victimsCountry(b),
           ca != cb { return false }
        for kind in ["killed", "injured", "abducted"] {
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
            // The same victims told again, or a part of them: the larger count stands.
            if mention.count > incident.mentions[index].count { incident.mentions[index] = mention }
        } else {
            incident.mentions.append(mention)
        }
    }

    static func add(groups: [Entity], to incident: inout Incident) {
        for group in groups where !incident.groups.contains(where: { ($0[attribute: "Id"] ?? $0.text) == (group[attribute: "Id"] ?? group.text) }) {
            incident.groups.append(group)
        }
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

    /// The first incident word of a sentence, as a token index.
    private func trigger(in words: [Int], tokens: [Token], entityAtToken: [Int?], entities: [Entity]) -> Int? {
        for (position, t) in words.enumerated() where tokens[t].kind == .word {
            let key = tokens[t].key
            if let e = entityAtToken[t], entities[e].type != .date { continue }
            if EventLexicon.incidentNouns.contains(key) || EventLexicon.incidentVerbs.contains(key) { return t }
            if EventLexicon.incidentPlurals.contains(key) {
                guard position > 0 else { continue }
                let before = tokens[words[position - 1]]
                if before.kind == .word && EventLexicon.genericBeforePlural.contains(before.key) { continue }
                if before.kind == .punctuation && before.key != "-" { continue }
                return t
            }
            for phrase in EventLexicon.incidentPhrases where key == phrase[0] && position + phrase.count <= words.count {
                if zip(phrase, words[position..<position + phrase.count]).allSatisfy({ $0 == tokens[$1].key }) { return t }
            }
        }
        return nil
    }

    /// A count after `including`, `among`, `of whom`, … is a part of another count.
    private func isPart(_ entity: Entity, words: [Int], tokens: [Token], tokenIndex: (Int) -> Int) -> Bool {
        let first = tokenIndex(entity.start)
        guard let position = words.firstIndex(of: first) else { return false }
        let before = words[max(0, position - 3)..<position].map { tokens[$0].key }
        if before.contains(where: { EventLexicon.partMarkers.contains($0) }) { return true }
        for phrase in EventLexicon.partPhrases where before.count >= phrase.count {
            if Array(before.suffix(phrase.count)) == phrase { return true }
        }
        return false
    }

    /// Whether a place is where something happens: after a locative word (skipping articles,
    /// directions and a possessive place chain), and not a modifier (`Iran-based`), an agent
    /// (`by Iran`) or one side of a border (`the Pak-Iran border`).
    private func isLocation(entityIndex: Int, entities: [Entity], tokens: [Token], words: [Int],
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
                if EventLexicon.modifierSuffixes.contains(after.key) { return false }
                if let e = entityAtToken[words[endPosition + 2]], entities[e].type == .place { return false }
            }
        }
        if startPosition >= 2, tokens[words[startPosition - 1]].key == "-",
           let e = entityAtToken[words[startPosition - 2]], entities[e].type == .place,
           endPosition + 1 < words.count, tokens[words[endPosition + 1]].key == "border" {
            return false
        }
        // Before: walk back over articles, directions, designators and possessive places.
        var position = startPosition - 1
        var steps = 0
        while position >= 0 && steps < 8 {
            let token = tokens[words[position]]
            if EventLexicon.locativeCues.contains(token.key) { return true }
            if token.key == "by" { return false }
            if token.key == "'s" || token.key == "’s" {
                position -= 1
            } else if let e = entityAtToken[words[position]], entities[e].type == .place {
                // A possessive chain (`Iran's Zahedan`) or a list (`Balochistan and Iran's`).
            } else if !EventLexicon.skippableBeforePlace.contains(token.key) && token.key != "and" {
                return false
            }
            position -= 1
            steps += 1
        }
        return false
    }

    /// Whether a group is named as the perpetrator or claimant of what the sentence reports.
    private func isPerpetrator(entity: Entity, tokens: [Token], words: [Int], tokenIndex: (Int) -> Int,
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
            if EventLexicon.skippableAfterGroup.contains(token.key) { position += 1; steps += 1; continue }
            if EventLexicon.perpetratorVerbs.contains(token.key) {
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
            if token.key == "by" && EventLexicon.agentHeads.contains(previous) { return true }
            for phrase in EventLexicon.attributionPhrases where token.key == phrase[1] && previous == phrase[0] {
                return true
            }
            position -= 1
            steps += 1
        }
        return false
    }
}
