/// Finds gazetteer phrases in analyzed text: a trie over interned token keys, walked once from
/// each token, longest match first (after spaCy's PhraseMatcher and FlashText).
///
/// Phrases are tokenized by the same `TextAnalyzer` as documents. Inside a phrase, spaces and
/// hyphens are optional and interchangeable (`Jaish-ul-Adl` = `Jaish ul Adl`), apostrophes
/// inside a word are ignored (`Jama'at` = `Jamaat`), and Arabic/Urdu connecting particles are
/// folded together (`al`/`el`/`ul`/`ud`/… and `e`/`i`, as in `Lashkar-e-Taiba` = `Lashkar-i-Taiba`).
/// A match never crosses a line break.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// A phrase found in a document: the token range it covers and what the phrase stands for.
    public struct Match: Sendable {
        public var tokens: Range<Int>
        public var payloads: [Payload]
    }

    private var symbols: [String: Int32] = [:]
    private var edges: [Int64: Int32] = [:]
    private var terminals: [Int32: [Payload]] = [:]
    private var nodeCount: Int32 = 1

    public init() {}

    /// The number of distinct phrases added.
    public var phraseCount: Int { terminals.count }

    /// Adds a phrase, tokenized with `analyzer`. Returns false for a phrase with no word in it.
    @discardableResult
    public mutating func add(_ phrase: String, payload: Payload, analyzer: TextAnalyzer) -> Bool {
        let analyzed = analyzer.analyze(Document(id: "", text: phrase))
        let keys = analyzed.tokens.compactMap { Self.isSkippable($0) ? nil : Self.matchKey($0.key) }
        guard !keys.isEmpty else { return false }
        var node: Int32 = 0
        for key in keys {
            let symbol: Int32
            if let known = symbols[key] {
                symbol = known
            } else {
                symbol = Int32(symbols.count)
                symbols[key] = symbol
            }
            let edge = Int64(node) << 32 | Int64(symbol)
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[node, default: []].append(payload)
        return true
    }

    /// Walks the text once. At each token, the phrases that start there are offered to `accept`,
    /// longest first; the first accepted one is kept and the walk resumes after it.
    public func matches(in text: AnalyzedText, accept: (Match) -> Bool = { _ in true }) -> [Match] {
        var found: [Match] = []
        let tokens = text.tokens
        var i = 0
        var candidates: [Match] = []
        while i < tokens.count {
            guard tokens[i].kind == .word || tokens[i].kind == .number || tokens[i].kind == .punctuation,
                  let firstSymbol = symbols[Self.matchKey(tokens[i].key)],
                  var node = edges[Int64(firstSymbol)]
            else {
                i += 1
                continue
            }
            candidates.removeAll(keepingCapacity: true)
            if let payloads = terminals[node] { candidates.append(Match(tokens: i..<(i + 1), payloads: payloads)) }
            var j = i + 1
            while j < tokens.count {
                let token = tokens[j]
                if Self.isSkippable(token) {
                    if token.shape.contains(.lineBreak) { break }
                    j += 1
                    continue
                }
                guard let symbol = symbols[Self.matchKey(token.key)],
                      let next = edges[Int64(node) << 32 | Int64(symbol)] else { break }
                node = next
                j += 1
                if let payloads = terminals[node] { candidates.append(Match(tokens: i..<j, payloads: payloads)) }
            }
            if let chosen = candidates.reversed().first(where: accept) {
                found.append(chosen)
                i = chosen.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whitespace and hyphens between the words of a phrase do not count.
    static func isSkippable(_ token: Token) -> Bool {
        token.kind == .whitespace || (token.kind == .punctuation && token.key == "-")
    }

    /// The key a token is matched on: its folded key without inner apostrophes, with
    /// transliteration particles folded to one form.
    static func matchKey(_ key: String) -> String {
        switch key {
        case "al", "el", "ul", "ud", "ur", "us", "ut", "un", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "uz":
            return "al"
        case "e", "i", "y":
            return "e"
        default:
            if key.utf8.count > 2, key.utf8.contains(0x27), key != "'s" {
                return String(decoding: key.utf8.filter { $0 != 0x27 }, as: UTF8.self)
            }
            return key
        }
    }
}
