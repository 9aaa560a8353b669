import ConflictMinerCore
import ConflictMinerExtractors
import Foundation
import Synchronization

/// The extractors the standard pipeline runs, in order, each with a factory that loads its data.
public struct ExtractorRegistry: Sendable {
    public typealias Factory = @Sendable (GazetteerDirectory, TextAnalyzer) throws -> any Extractor

    public private(set) var entries: [(name: String, make: Factory)] = []

    public init() {}

    public mutating func register(_ name: String, _ make: @escaping Factory) {
        entries.append((name, make))
    }

    public var names: [String] { entries.map(\.name) }

    /// Builds every registered extractor (or only those named), in the registry's order; the
    /// first that fails, in that order, is the error.
    ///
    /// Each loads its tables on a thread of its own, with its own analyzer: the place gazetteer,
    /// most of start-up, loads while the others do.
    public func makeAll(gazetteers: GazetteerDirectory, only names: Set<String>? = nil) throws -> [any Extractor] {
        let chosen = entries.filter { names?.contains($0.name) ?? true }
        let made = Mutex<[Int: Result<any Extractor, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: chosen.count) { index in
            let result = Result<any Extractor, any Error> { try chosen[index].make(gazetteers, try TextAnalyzer()) }
            made.withLock { $0[index] = result }
        }
        return try made.withLock { made in try chosen.indices.map { try made[$0]!.get() } }
    }

    /// The registry of the standard pipeline: the extractors of `Dimension.standard`, in order.
    public static let standard: ExtractorRegistry = {
        var registry = ExtractorRegistry()
        for dimension in Dimension.standard { registry.register(dimension.name, dimension.makeExtractor) }
        return registry
    }()
}
