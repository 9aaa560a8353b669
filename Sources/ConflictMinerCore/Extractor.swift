/// Finds candidate entities of one or more types in an analyzed document.
///
/// Extractors are independent of each other: each reads the `AnalyzedText` and adds
/// candidates, which may overlap; the `Resolver` settles overlaps afterwards.
public protocol Extractor: Sendable {
    /// A short name for listings (`date`, `casualty`, `place`, `group`).
    var name: String { get }
    /// Appends the candidates found in `text` to `entities` (the pipeline gathers every
    /// extractor's in one array, without copying each extractor's over).
    func extract(from text: AnalyzedText, into entities: inout [Entity])
    /// The extractor with its word tables over `vocabulary`, which gains their words: the
    /// pipeline's extractors share one, in which each document's tokens are numbered once.
    func sharing(_ vocabulary: inout Vocabulary) -> Self
}

extension Extractor {
    /// The candidates found in `text`.
    public func extract(from text: AnalyzedText) -> [Entity] {
        var entities: [Entity] = []
        extract(from: text, into: &entities)
        return entities
    }

    /// An extractor without word tables keeps none.
    public func sharing(_ vocabulary: inout Vocabulary) -> Self { self }
}
