/// Finds candidate entities of one or more types in an analyzed document.
///
/// Extractors are independent of each other: each reads the `AnalyzedText` and returns
/// candidates, which may overlap; the `Resolver` settles overlaps afterwards.
public protocol Extractor: Sendable {
    /// A short name for listings (`date`, `casualty`, `place`, `group`).
    var name: String { get }
    func extract(from text: AnalyzedText) -> [Entity]
}

/// A document with the entities found in it, ordered by start offset.
public struct AnnotatedDocument: Sendable {
    public var document: Document
    public var entities: [Entity]

    public init(document: Document, entities: [Entity]) {
        self.document = document
        self.entities = entities
    }
}

/// The whole pipeline, as data flows:
///
///     Document ──TextAnalyzer──▶ AnalyzedText ──extractors──▶ candidates ──Resolver──▶ entities
///
/// A `Pipeline` value is immutable and shareable across threads; the ICU state lives in the
/// `TextAnalyzer`, of which each thread needs its own.
public struct Pipeline: Sendable {
    public let extractors: [any Extractor]
    public let resolver: Resolver

    public init(extractors: [any Extractor], resolver: Resolver = Resolver()) {
        self.extractors = extractors
        self.resolver = resolver
    }

    /// The standard pipeline: every registered extractor, with its data from `gazetteers`.
    public static func standard(gazetteers: GazetteerDirectory) throws -> Pipeline {
        Pipeline(extractors: try ExtractorRegistry.standard.makeAll(gazetteers: gazetteers))
    }

    /// Runs every extractor over the analyzed text and resolves the candidates.
    public func entities(in text: AnalyzedText) -> [Entity] {
        var candidates: [Entity] = []
        for extractor in extractors {
            candidates.append(contentsOf: extractor.extract(from: text))
        }
        return resolver.resolve(candidates)
    }

    /// Analyzes and annotates one document.
    public func annotate(_ document: Document, with analyzer: TextAnalyzer) -> AnnotatedDocument {
        let analyzed = analyzer.analyze(document)
        return AnnotatedDocument(document: document, entities: entities(in: analyzed))
    }
}
