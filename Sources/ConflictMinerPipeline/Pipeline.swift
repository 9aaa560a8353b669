import ConflictMinerCore
import ConflictMinerExtractors

/// A document with the entities found in it, ordered by start offset.
public struct AnnotatedDocument: Sendable {
    public var document: Document
    public var entities: [Entity]
    /// The analysis the entities were found in, kept for the stages after extraction (event
    /// linking); nil for entities read from a file.
    public var analysis: AnalyzedText?

    public init(document: Document, entities: [Entity], analysis: AnalyzedText? = nil) {
        self.document = document
        self.entities = entities
        self.analysis = analysis
    }
}

/// The whole pipeline, as data flows:
///
///     Document ──TextAnalyzer──▶ AnalyzedText ──Vocabulary──▶ word ids ──extractors──▶ candidates
///              ──Resolver──▶ entities
///
/// The extractors' word tables are flags over one `Vocabulary`, in which each document's tokens
/// are numbered once (`analyze(_:with:)`). A `Pipeline` value is immutable and shareable across
/// threads; the ICU state lives in the `TextAnalyzer`, of which each thread needs its own.
public struct Pipeline: Sendable {
    public let extractors: [any Extractor]
    /// The place gazetteer its PLACE extractor loaded, for the event linker to share.
    public var placeGazetteer: PlaceGazetteer? {
        extractors.lazy.compactMap { ($0 as? PlaceExtractor)?.gazetteer }.first
    }
    /// The place tables its PLACE extractor loaded, for the event linker to share.
    public var placeLexicon: PlaceLexicon? {
        extractors.lazy.compactMap { ($0 as? PlaceExtractor)?.lexicon }.first
    }
    public let resolver: Resolver
    /// Names a team never wants tagged (`UserLexicon`): dropped after the resolver.
    public var stopNames = StopNames()

    /// The words of every extractor's tables, each with an id; the tokens of each document are
    /// numbered in it once, before the extractors run.
    public let vocabulary: Vocabulary

    /// A pipeline of these extractors, their tables put over one vocabulary. It grows from the
    /// PLACE extractor's (the gazetteer's symbols, taken as they are, then the place tables'
    /// words), so that the largest tables need no remapping.
    public init(extractors: [any Extractor], resolver: Resolver = Resolver()) {
        var vocabulary = extractors.lazy.compactMap { ($0 as? PlaceExtractor)?.vocabulary }.first ?? Vocabulary()
        self.extractors = extractors.map { $0.sharing(&vocabulary) }
        self.vocabulary = vocabulary
        self.resolver = resolver
    }

    /// Analyzes a document and numbers its tokens in the pipeline's vocabulary.
    public func analyze(_ document: Document, with analyzer: TextAnalyzer) -> AnalyzedText {
        analyzer.analyze(document, numberingIn: vocabulary)
    }

    /// The standard pipeline: every registered extractor, with its data from `gazetteers` (every
    /// table is read here, none on first use). `only` names the extractors to run (all when
    /// nil), as `ExtractorRegistry.standard` names them.
    public static func standard(gazetteers: GazetteerDirectory, only: Set<String>? = nil) throws -> Pipeline {
        var pipeline = Pipeline(extractors: try ExtractorRegistry.standard.makeAll(gazetteers: gazetteers, only: only))
        pipeline.stopNames = StopNames(gazetteers.overlay.stopNames)
        return pipeline
    }

    /// Runs every extractor over the analyzed text and resolves the candidates.
    ///
    /// A candidate whose span holds a control character (tab, line break, NUL, …) is dropped:
    /// no entity the spec defines crosses one, and BRAT's tab-separated lines could not carry it.
    public func entities(in text: AnalyzedText) -> [Entity] {
        entities(in: text, afterEach: { (_: String) throws(Never) in })
    }

    /// The extractors in turn, with `afterEach` called with each one's name when it is done.
    private func entities<Failure: Error>(in text: AnalyzedText,
                                          afterEach: (String) throws(Failure) -> Void) throws(Failure) -> [Entity] {
        var candidates: [Entity] = []
        for extractor in extractors {
            extractor.extract(from: text, into: &candidates)
            try afterEach(extractor.name)
        }
        return finish(consume candidates)
    }

    /// Drops candidates that cross a control character, resolves overlaps and tidies attributes.
    /// (The candidates are dropped and resolved in place: a large document's are never held twice.)
    private func finish(_ candidates: consuming [Entity]) -> [Entity] {
        candidates.removeAll { Self.holdsControlCharacter($0.text) }
        var entities = resolver.resolve(consume candidates)
        if !stopNames.isEmpty { entities.removeAll(where: stopNames.stops) }
        for index in entities.indices {
            entities[index].tidyAttributeStrings { Self.mayNeedSpacing($0) ? Self.singleSpaced($0) : nil }
        }
        return entities
    }

    /// Attribute values are one line with single spaces (as BRAT reads them back): a name
    /// copied from the text (`Jaish-ul-Adl  Front`) has its runs of white space made one space.
    static func singleSpaced(_ value: String) -> String {
        value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `singleSpaced` may change a value that holds a space or a control character: plain
    /// ASCII with single inner spaces (`Northern Liberation Front`, most values) it leaves as it is.
    static func mayNeedSpacing(_ value: String) -> Bool {
        value.withUTF8Bytes(mayNeedSpacing(utf8:))
    }

    private static func mayNeedSpacing(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawSpace = false
        var previous: UInt8 = 0x20
        for byte in utf8 {
            if byte < 0x20 || byte >= 0x80 { return utf8.contains { $0 == 0x20 || $0 < 0x20 } }
            if byte == 0x20 {
                if previous == 0x20 { return true }
                sawSpace = true
            }
            previous = byte
        }
        return sawSpace && previous == 0x20
    }

    /// Whether a text holds a C0 or C1 control character or a line or paragraph separator
    /// (U+2028, U+2029), read from its UTF-8: C1 is `C2 80`–`C2 9F`, the separators `E2 80 A8`
    /// and `E2 80 A9` (a lead byte is never a continuation byte).
    static func holdsControlCharacter(_ text: String) -> Bool {
        text.withUTF8Bytes(holdsControlCharacter(utf8:))
    }

    private static func holdsControlCharacter(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in utf8 {
            // printable ASCII, most bytes: one test
            if byte &- 0x20 < 0x5F {
                beforePrevious = previous
                previous = byte
                continue
            }
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2, byte >= 0x80, byte <= 0x9F { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Analyzes and annotates one document.
    public func annotate(_ document: Document, with analyzer: TextAnalyzer) -> AnnotatedDocument {
        let analyzed = analyze(document, with: analyzer)
        return AnnotatedDocument(document: document, entities: Self.coveringSource(entities(in: analyzed), of: document),
                                 analysis: analyzed)
    }

    /// For a document read from a `source` (HTML), the covered text as the source has it.
    static func coveringSource(_ entities: [Entity], of document: Document) -> [Entity] {
        guard let source = document.source, !entities.isEmpty else { return entities }
        let points = CodePoints(source)
        return entities.map { entity in
            var entity = entity
            if entity.end <= points.count { entity.text = points.slice(entity.start, entity.end) }
            return entity
        }
    }

    /// Analyzes and annotates one document, giving up when it has taken longer than `timeLimit`.
    ///
    /// The clock is checked after the analysis and after each extractor (every stage is linear
    /// in the text, none backtracks), so a document stops at most one stage past its limit.
    public func annotate(_ document: Document, with analyzer: TextAnalyzer,
                         timeLimit: Duration) throws(TimeLimitExceeded) -> AnnotatedDocument {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeLimit)
        // (the stage's name is made only for the error: four strings a document otherwise)
        func check(_ stage: @autoclosure () -> String) throws(TimeLimitExceeded) {
            if clock.now > deadline { throw TimeLimitExceeded(document: document.id, limit: timeLimit, stage: stage()) }
        }
        let analyzed = analyze(document, with: analyzer)
        try check("tokenizer")
        let found = try entities(in: analyzed, afterEach: { (name: String) throws(TimeLimitExceeded) in
            try check(name + " extractor")
        })
        return AnnotatedDocument(document: document, entities: Self.coveringSource(found, of: document), analysis: analyzed)
    }
}

/// A document that took longer to annotate than the time limit allows.
public struct TimeLimitExceeded: Error, CustomStringConvertible {
    public let document: String
    public let limit: Duration
    /// The last stage that ran (`tokenizer`, `place extractor`, …).
    public let stage: String

    public var description: String {
        let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        return "\(document): took longer than the time limit of \(seconds) s (stopped after the \(stage)); skipped"
    }
}
