/// Finds named armed groups: gazetteer names and acronyms, plus acronyms that a document defines
/// for a known group (`Baloch Raaji Aajoi Sangar (BRAS)` teaches `BRAS` for that document).
///
/// Names match case-insensitively but, in running text, each content word must be capitalised
/// (so `the base` is not `The Base`); acronyms match only as written (`BLA`, not `bla`).
/// Each entity carries the group's gazetteer key (`Id`) and canonical name (`Name`).
public struct GroupExtractor: Extractor {
    public let name = "group"
    public let gazetteer: GroupGazetteer

    public init(gazetteer: GroupGazetteer) {
        self.gazetteer = gazetteer
    }

    public func extract(from text: AnalyzedText) -> [Entity] {
        var found: [(range: Range<Int>, group: Int)] = []
        let matches = gazetteer.matcher.matches(in: text) { match in
            match.payloads.contains { accepts($0, match.tokens, in: text) }
        }
        for match in matches {
            guard let entry = match.payloads.first(where: { accepts($0, match.tokens, in: text) }) else { continue }
            found.append((match.tokens, entry.group))
        }
        found.append(contentsOf: definedAcronyms(in: text, after: found))
        return found.map { item in
            let group = gazetteer.groups[item.group]
            return text.entity(.group, tokens: item.range,
                               attributes: [Attribute("Id", group.id), Attribute("Name", group.name)])
        }
    }

    private func accepts(_ entry: GroupGazetteer.Entry, _ range: Range<Int>, in text: AnalyzedText) -> Bool {
        if let acronym = entry.acronym {
            return text.surface(range) == acronym
        }
        return NameCase.isProperName(range, in: text)
    }

    /// `Known Group Name (ACR)`: later bare uses of `ACR` in the document refer to that group.
    private func definedAcronyms(in text: AnalyzedText, after found: [(range: Range<Int>, group: Int)])
        -> [(range: Range<Int>, group: Int)]
    {
        var taught: [String: Int] = [:]
        let tokens = text.tokens
        for item in found {
            guard let open = text.nextNonSpace(from: item.range.upperBound), tokens[open].key == "(",
                  let inner = text.nextNonSpace(from: open + 1), tokens[inner].shape.contains(.allUppercase),
                  let close = text.nextNonSpace(from: inner + 1), tokens[close].key == ")"
            else { continue }
            let acronym = text.surface(inner)
            if !gazetteer.groups[item.group].acronyms.contains(acronym) { taught[acronym] = item.group }
        }
        guard !taught.isEmpty else { return [] }
        let covered = Set(found.flatMap { Array($0.range) })
        var result: [(Range<Int>, Int)] = []
        for (index, token) in tokens.enumerated() where token.kind == .word && !covered.contains(index) {
            if token.shape.contains(.allUppercase), let group = taught[text.surface(index)] {
                result.append((index..<(index + 1), group))
            }
        }
        return result
    }
}

/// Capitalisation checks for names found by case-insensitive matching.
public enum NameCase {
    /// Lower-case words allowed inside a proper name (`Army of Justice`, `al-Qaeda`, `Lashkar-e-Taiba`).
    static let particles: Set<String> = [
        "al", "el", "ul", "ud", "ur", "us", "ut", "un", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh",
        "e", "i", "y", "wal", "wa", "bin", "ibn", "of", "the", "and", "for", "in", "de", "du", "des", "la", "le",
        "del", "da", "do", "dos", "das", "di", "von", "van", "'s",
    ]

    /// True when every content word of the range is capitalised (or has a digit), or when the
    /// range lies in an all-capitals line such as a headline or a dateline.
    public static func isProperName(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        var sawContent = false
        for index in range where text.tokens[index].kind == .word {
            let token = text.tokens[index]
            if particles.contains(token.key) { continue }
            sawContent = true
            if token.shape.contains(.capitalized) || token.shape.contains(.hasDigit) { continue }
            return false
        }
        return sawContent
    }
}
