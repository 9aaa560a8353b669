import Dispatch

/// Annotates documents on several threads, each with its own `TextAnalyzer`, and returns the
/// results in input order. Feed it bounded batches to keep memory flat on any input size.
public final class BatchAnnotator: @unchecked Sendable {
    public let pipeline: Pipeline
    public let jobs: Int
    // One analyzer per worker: ICU break iterators are not thread-safe. Worker `k` only ever
    // touches `analyzers[k]`, which is what makes the unchecked Sendable sound.
    private let analyzers: [TextAnalyzer]

    public init(pipeline: Pipeline, jobs: Int) throws {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        analyzers = try (0..<max(1, jobs)).map { _ in try TextAnalyzer() }
    }

    /// Annotates a batch; the result has one element per document, in order.
    public func annotate(_ documents: [Document]) -> [AnnotatedDocument] {
        run(documents) { pipeline.annotate($0, with: $1) }
    }

    /// Annotates a batch with a time limit per document; a document over its limit is a failure
    /// in its slot, and the others go on.
    public func annotate(_ documents: [Document], timeLimit: Duration) -> [Result<AnnotatedDocument, TimeLimitExceeded>] {
        annotate(documents, timeLimit: timeLimit) { annotated, _ in annotated }
    }

    /// The same, with `then` applied to each annotated document on the worker that made it (with
    /// that worker's analyzer), so that per-document work after annotation (rendering the output,
    /// linking events) runs in parallel too.
    public func annotate<Output>(_ documents: [Document], timeLimit: Duration,
                                 then finish: @Sendable @escaping (AnnotatedDocument, TextAnalyzer) -> Output)
        -> [Result<Output, TimeLimitExceeded>]
    {
        run(documents) { document, analyzer in
            Result { () throws(TimeLimitExceeded) in
                finish(try pipeline.annotate(document, with: analyzer, timeLimit: timeLimit), analyzer)
            }
        }
    }

    private func run<Value>(_ documents: [Document], _ annotate: @Sendable (Document, TextAnalyzer) -> Value) -> [Value] {
        if jobs == 1 || documents.count < 2 {
            return documents.map { annotate($0, analyzers[0]) }
        }
        let results = ResultSlots<Value>(count: documents.count)
        // Workers take documents from a shared counter, so one long document does not hold up
        // the others' share of the batch.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, documents.count)) { worker in
            let analyzer = analyzers[worker]
            while true {
                let index = next.increment()
                if index >= documents.count { break }
                results.set(index, annotate(documents[index], analyzer))
            }
        }
        return results.values()
    }
}

/// Slots written by distinct threads at distinct indices, read after they have all finished.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    func values() -> [Value] {
        (0..<count).map { slots[$0]! }
    }
}

/// A shared counter for handing out work.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = DispatchSemaphore(value: 1)

    /// Returns the current value and advances it.
    func increment() -> Int {
        lock.wait()
        defer { lock.signal() }
        let current = value
        value += 1
        return current
    }
}
