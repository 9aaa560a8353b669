/// Finds candidate entities of one or more types in an analyzed document.
///
/// Extractors are independent of each other: each reads the `AnalyzedText` and returns
/// candidates, which may overlap; the `Resolver` settles overlaps afterwards.
public protocol Extractor: Sendable {
    /// A short name for listings (`date`, `casualty`, `place`, `group`).
    var name: String { get }
    func extract(from text: AnalyzedText) -> [Entity]
    /// The extractor with its word tables over `vocabulary`, which gains their words: the
    /// pipeline's extractors share one, in which each document's tokens are numbered once.
    func sharing(_ vocabulary: inout Vocabulary) -> Self
}

extension Extractor {
    /// An extractor without word tables keeps none.
    public func sharing(_ vocabulary: inout Vocabulary) -> Self { self }
}
