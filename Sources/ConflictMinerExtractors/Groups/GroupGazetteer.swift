import ConflictMinerCore
import Foundation
import Synchronization

/// The armed-group gazetteer: every group with a phrase matcher over its names and acronyms, an
/// index from normalized names and acronyms to groups, and a matcher over the names that are
/// never groups (`Gazetteers/lexicons/groups/exclusions.tsv`).
public struct GroupGazetteer: Sendable {
    /// How a phrase in the matcher refers to a group.
    public struct Entry: Sendable {
        public let group: Int
        /// For an acronym, its exact form; nil for a name (matched case-insensitively).
        public let acronym: String?
    }

    public let groups: [ArmedGroup]
    public let matcher: PhraseMatcher<Entry>
    /// Normalized name (`GroupGazetteer.key`) → group, for names found by pattern.
    public let nameIndex: [String: Int]
    /// Acronym as written → the groups that use it.
    public let acronymIndex: [String: [Int]]
    /// The words of a group's names (`nameWords(of:)`), each group's made once when a document
    /// first defines one of its acronyms: a group can have hundreds of aliases.
    let nameWordsMemo = NameWordsMemo()
    /// Names that are never groups; the payload is the exact form for an acronym, nil for a name.
    let exclusions: PhraseMatcher<String?>

    public init(groups: [ArmedGroup], analyzer: TextAnalyzer, patterns: GroupPatterns) {
        var matcher = PhraseMatcher<Entry>()
        var nameIndex: [String: Int] = [:]
        var acronymIndex: [String: [Int]] = [:]
        // A name that is another group's name, a possessive and more (`Islamic State's Khorasan
        // Province`) is not matched whole: the possessive stays outside a span, and the two names
        // are found apart (the province by `GroupNameRules`).
        var groupNames = Set<String>()
        for group in groups {
            for name in [group.name] + group.aliases { groupNames.insert(name.lowercased()) }
        }
        func isPossessiveOfGroup(_ name: String) -> Bool {
            guard let owner = Self.possessor(in: name) else { return false }
            return groupNames.contains(owner.lowercased())
        }
        for (index, group) in groups.enumerated() {
            for name in Self.variants(of: [group.name] + group.aliases) {
                // A name of letters, digits, spaces and hyphens (most) is split without an analysis;
                // its normalized key is then its match keys joined.
                let fast = PhraseMatcher<Entry>.fastKeys(of: name, analyzer: analyzer)
                let key = fast?.joined(separator: " ") ?? Self.key(name, analyzer: analyzer)
                if !key.isEmpty, nameIndex[key] == nil { nameIndex[key] = index }
                if isPossessiveOfGroup(name) { continue }
                matcher.add(keys: fast ?? PhraseMatcher<Entry>.keys(of: name, analyzer: analyzer),
                            payload: Entry(group: index, acronym: nil))
            }
            for acronym in group.acronyms {
                matcher.add(acronym, payload: Entry(group: index, acronym: acronym), analyzer: analyzer)
                acronymIndex[acronym, default: []].append(index)
            }
        }
        var exclusions = PhraseMatcher<String?>()
        for name in patterns.exclusions {
            let isAcronym = name.count >= 2 && name.allSatisfy { $0.isUppercase || $0 == "-" || $0.isNumber }
            exclusions.add(name, payload: isAcronym ? name : nil, analyzer: analyzer)
        }
        matcher.groupPayloads()
        exclusions.groupPayloads()
        self.groups = groups
        self.matcher = matcher
        self.nameIndex = nameIndex
        self.acronymIndex = acronymIndex
        self.exclusions = exclusions
    }

    /// The words of group `index`'s name and aliases, in lower case and folded
    /// (`GroupPatterns.fold`): runs of letters and apostrophes.
    func nameWords(of index: Int) -> Set<String> {
        nameWordsMemo.words(of: index) {
            Set(([groups[index].name] + groups[index].aliases).flatMap { name in
                name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map { GroupPatterns.fold(String($0)) }
            })
        }
    }

    /// Each group's name words once made, shared by the workers.
    final class NameWordsMemo: Sendable {
        private let made = Mutex<[Int: Set<String>]>([:])

        /// Group `index`'s words, made by `make` the first time they are asked for.
        func words(of index: Int, make: () -> Set<String>) -> Set<String> {
            if let known = made.withLock({ $0[index] }) { return known }
            let words = make()
            made.withLock { $0[index] = words }
            return words
        }
    }

    /// The forms of a group's names that are matched: each name as listed, without a leading
    /// `the` (the article stays outside the span), for a plural people's name such as
    /// `Houthis` also its singular (`Houthi militia`, `a Houthi attack`), and for an alias that
    /// ends in a lower-case generic word (`Maute group`) also the name without it.
    static func variants(of names: [String]) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        func add(_ name: String) {
            let trimmed = TSVTable.trimmed(name)
            if !trimmed.isEmpty, seen.insert(trimmed.lowercased()).inserted { result.append(trimmed) }
        }
        for name in names {
            var name = name
            if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
            add(name)
            let isOneWord = !name.contains(" ") && !name.contains("-")
            if isOneWord, name.count >= 5, name.hasSuffix("is"), name.first?.isUppercase == true {
                add(String(name.dropLast()))
            }
            // `Maute group`, `Janjaweed militia`: the name without the lower-case generic word,
            // which stays outside the span.
            for suffix in genericSuffixes where name.hasSuffix(" " + suffix) {
                let stem = String(name.dropLast(suffix.count + 1))
                if stem.first?.isUppercase == true { add(stem) }
            }
        }
        return result
    }

    /// The words before a name's first possessive `'s ` (else its first `’s `), if it has one.
    static func possessor(in name: String) -> Substring? {
        let bytes = Array(name.utf8)
        for mark in [[0x27, 0x73, 0x20], [0xE2, 0x80, 0x99, 0x73, 0x20]] as [[UInt8]] {
            var start = 0
            while start + mark.count <= bytes.count {
                if bytes[start] == mark[0], bytes[start..<(start + mark.count)].elementsEqual(mark) {
                    return name[..<name.utf8.index(name.utf8.startIndex, offsetBy: start)]
                }
                start += 1
            }
        }
        return nil
    }

    /// Lower-case generic words that some aliases end with.
    static let genericSuffixes = ["terror group", "group", "militia", "militants", "faction", "mercenaries", "outfit"]

    /// The normalized form of a name: the matching keys of its words joined by spaces, with the
    /// spaces and punctuation between words ignored (`Jaish-ul-Adl` and `Jaish al Adl` agree).
    public static func key(_ name: String, analyzer: TextAnalyzer) -> String {
        let analyzed = analyzer.analyze(Document(id: "", text: name))
        return key(analyzed, analyzed.tokens.indices)
    }

    /// The normalized form of a run of tokens (see `key(_:analyzer:)`).
    public static func key(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        var parts: [String] = []
        for index in range {
            if PhraseMatcher<Entry>.isSkippable(index, in: text) || text.tokens[index].kind == .punctuation { continue }
            let key = text.keys[index]
            if key == "'s", let last = parts.popLast() {
                parts.append(last + "'s")
                continue
            }
            parts.append(PhraseMatcher<Entry>.matchKey(key))
        }
        return parts.joined(separator: " ")
    }

    /// Loads `groups.tsv` (columns `id name aliases acronyms countries source`), with a team's own
    /// groups added (`UserLexicon`): one whose name is a name of a shipped group adds its names
    /// to that group; any other is a group of its own.
    public init(contentsOf url: URL, analyzer: TextAnalyzer, patterns: GroupPatterns,
                adding extra: [ArmedGroup] = []) throws {
        let table = try TSVTable(contentsOf: url, requiredColumns: ["id", "name", "aliases", "acronyms", "countries"])
        let (id, name, aliases, acronyms, countries) = (
            table.column("id"), table.column("name"), table.column("aliases"),
            table.column("acronyms"), table.column("countries"))
        var groups = table.rows.map { row in
            ArmedGroup(id: row.cells[id], name: row.cells[name], aliases: TSVTable.list(row.cells[aliases]),
                       acronyms: TSVTable.list(row.cells[acronyms]), countries: TSVTable.list(row.cells[countries]))
        }
        for group in extra {
            let key = group.name.lowercased()
            if let index = groups.firstIndex(where: { ([$0.name] + $0.aliases).contains { $0.lowercased() == key } }) {
                let known = groups[index]
                groups[index] = ArmedGroup(id: known.id, name: known.name, aliases: known.aliases + group.aliases,
                                           acronyms: known.acronyms + group.acronyms,
                                           countries: known.countries + group.countries.filter { !known.countries.contains($0) })
            } else {
                groups.append(group)
            }
        }
        self.init(groups: groups, analyzer: analyzer, patterns: patterns)
    }
}
