import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The streaming annotator: results in input order whatever order the workers finish in, the
/// work in flight within its bounds, nothing lost at the end or at a drain.
@Suite("Batch annotator")
struct BatchAnnotatorTests {
    /// Documents whose finishing takes a pseudo-random time, so that workers finish out of order.
    static func documents(_ count: Int) -> [Document] {
        (0..<count).map { Document(id: "d\($0)", text: String(repeating: "word ", count: 1 + ($0 * 37) % 50)) }
    }

    static func annotator(jobs: Int, maxDocuments: Int, maxBytes: Int) throws -> BatchAnnotator<String> {
        BatchAnnotator(pipeline: Pipeline(extractors: []), analyzers: try (0..<jobs).map { _ in try TextAnalyzer() },
                       timeLimit: .seconds(60), maxDocuments: maxDocuments, maxBytes: maxBytes) { annotated, _ in
            usleep(UInt32((annotated.document.text.utf8.count * 7919) % 900))
            return annotated.document.id
        }
    }

    @Test("results come back in input order, within the bounds",
          arguments: [(1, 4, 1 << 20), (2, 1, 1 << 20), (3, 5, 1 << 20), (2, 64, 40), (2, 128, 1 << 20), (3, 100, 300)])
    func order(jobs: Int, maxDocuments: Int, maxBytes: Int) throws {
        let annotator = try Self.annotator(jobs: jobs, maxDocuments: maxDocuments, maxBytes: maxBytes)
        defer { annotator.close() }
        var delivered: [String] = []
        var submitted = 0
        for document in Self.documents(120) {
            annotator.submit(document) { id, outcome in delivered.append((try? outcome.get()) ?? "failed \(id)") }
            submitted += 1
            #expect(submitted - delivered.count <= maxDocuments)
        }
        annotator.drain { id, outcome in delivered.append((try? outcome.get()) ?? "failed \(id)") }
        #expect(delivered == Self.documents(120).map(\.id))
        // two chunks a worker fit within the bounds
        #expect(annotator.chunkDocuments * 2 * jobs <= max(maxDocuments, 2 * jobs))
        #expect(jobs > 1 || annotator.chunkDocuments == 1)
    }

    @Test("a drain hands back everything submitted, and submitting goes on after it")
    func drainThenGoOn() throws {
        let annotator = try Self.annotator(jobs: 2, maxDocuments: 100, maxBytes: 1 << 20)
        defer { annotator.close() }
        var delivered: [String] = []
        func deliver(_ id: String, _ outcome: BatchAnnotator<String>.Outcome) { delivered.append((try? outcome.get()) ?? "failed \(id)") }
        let documents = Self.documents(30)
        for document in documents.prefix(10) { annotator.submit(document, deliver: deliver) }
        annotator.drain(deliver)
        #expect(delivered == documents.prefix(10).map(\.id))
        for document in documents.dropFirst(10) { annotator.submit(document, deliver: deliver) }
        annotator.drain(deliver)
        #expect(delivered == documents.map(\.id))
    }

    @Test("a document over the time limit fails in its place and the others go on")
    func timeLimit() throws {
        let annotator = BatchAnnotator(pipeline: Pipeline(extractors: []), analyzers: [try TextAnalyzer(), try TextAnalyzer()],
                                       timeLimit: .nanoseconds(1), maxDocuments: 8, maxBytes: 1 << 20) { annotated, _ in
            annotated.document.id
        }
        defer { annotator.close() }
        var failed: [String] = []
        var stages: Set<String> = []
        func deliver(_ id: String, _ outcome: BatchAnnotator<String>.Outcome) {
            if case .failure(let slow) = outcome {
                failed.append(id)
                stages.insert(slow.stage)
            }
        }
        for document in Self.documents(5) { annotator.submit(document, deliver: deliver) }
        annotator.drain(deliver)
        #expect(failed == Self.documents(5).map(\.id))
        #expect(stages == ["tokenizer"])  // the first stage past the limit is named
    }
}
