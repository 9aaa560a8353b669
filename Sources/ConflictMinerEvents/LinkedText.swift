import ConflictMinerCore
import ConflictMinerExtractors
import ConflictMinerPipeline

/// One document as the event linker reads it (phase 1): its tokens, sentences and paragraphs,
/// the words and keys of each sentence, which entity each token belongs to, and the calendar
/// dates of each sentence, indexed once for every phase after.
struct LinkedText {
    let text: AnalyzedText
    /// The entities, typed (`Entity.typed`).
    let entities: [Entity]
    let tokens: [KeyedToken]
    let sentenceCount: Int
    /// The paragraph of each sentence: a line break in whitespace after a word starts a new one.
    let paragraphOf: [Int]
    let sentenceOfToken: [Int]
    /// The entity each token belongs to, to skip over it and to see what a token is part of.
    let entityAtToken: [Int?]
    /// The DATE entities of each sentence with a calendar value (a decade, century or fiscal
    /// year dates no incident).
    let datesOfSentence: [[Entity]]
    /// The non-space tokens of each sentence, and their keys.
    let words: [[Int]]
    let sentenceKeys: [[String]]
    /// The publication date as a DATE entity of no span: the date of an incident nothing dates.
    let publication: Entity?

    init(_ text: AnalyzedText, entities: [Entity]) {
        self.text = text
        self.entities = entities
        let tokens = text.tokens.indices.map { KeyedToken(token: text.tokens[$0], key: text.keys[$0], end: text.end(of: $0)) }
        self.tokens = tokens
        sentenceCount = text.sentences.count
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
        self.paragraphOf = paragraphOf
        self.sentenceOfToken = sentenceOfToken
        var datesOfSentence = [[Entity]](repeating: [], count: sentenceCount)
        var entityAtToken = [Int?](repeating: nil, count: tokens.count)
        words = text.sentences.map { range in
            var words: [Int] = []
            words.reserveCapacity(range.count / 2 + 1)  // (about every other token is a space)
            for t in range where tokens[t].kind != .whitespace { words.append(t) }
            return words
        }
        sentenceKeys = words.map { $0.map { tokens[$0].key } }
        publication = text.document.published.map {
            Entity(type: .date, start: 0, end: 0, text: "", value: .date(DateValue(timex: $0.description)))
        }
        for entity in entities where entity.dateValue?.isCalendarDate == true {
            datesOfSentence[sentenceOfToken[Self.tokenIndex(at: entity.start, in: tokens)]].append(entity)
        }
        for (index, entity) in entities.enumerated() {
            var t = Self.tokenIndex(at: entity.start, in: tokens)
            while t < tokens.count && tokens[t].start < entity.end {
                entityAtToken[t] = index
                t += 1
            }
        }
        self.datesOfSentence = datesOfSentence
        self.entityAtToken = entityAtToken
    }

    /// The token that holds a code point offset.
    func tokenIndex(at offset: Int) -> Int { Self.tokenIndex(at: offset, in: tokens) }

    static func tokenIndex(at offset: Int, in tokens: [KeyedToken]) -> Int {
        // the last token starting at or before the offset (the first token for one before all)
        max(0, tokens.partitionPoint { $0.start <= offset } - 1)
    }

    func sentence(of entity: Entity) -> Int { sentenceOfToken[tokenIndex(at: entity.start)] }
}

/// A token with its key (`AnalyzedText.keys`), as the linker's rules read it: they ask for many
/// keys of every sentence.
@dynamicMemberLookup
struct KeyedToken {
    let token: Token
    let key: String
    /// Where the token ends (`AnalyzedText.end(of:)`).
    let end: Int

    subscript<Value>(dynamicMember path: KeyPath<Token, Value>) -> Value { token[keyPath: path] }
}
