import ConflictMinerCore
import ConflictMinerExtractors
import Foundation

/// Annotates a stream of documents on several threads, each with its own `TextAnalyzer`, and
/// hands the results back in input order.
///
/// The caller submits documents one by one and keeps reading its input while the workers
/// annotate; no batch waits for its slowest document before the next one starts, so every core
/// stays busy to the end. Documents go to the workers in small chunks (a few dozen kilobytes, at
/// most `chunkDocuments`): one hand-over, and one wake-up, serves many short documents. At most
/// `maxDocuments` documents and (beyond the first) `maxBytes` bytes of text are in flight at
/// once: memory stays flat on any input size. With one job there are no threads and no chunks:
/// the caller annotates the oldest document itself whenever the bounds are reached, and the rest
/// at a drain, after it has let go of what it read them from (a large JSONL line's buffer is
/// freed before its document is annotated). `close()` ends the workers.
public final class BatchAnnotator<Output: Sendable>: @unchecked Sendable {
    /// What becomes of one submitted document: its output, or the time limit it went over.
    public typealias Outcome = Result<Output, TimeLimitExceeded>

    public let pipeline: Pipeline
    public let jobs: Int
    /// Bounds of the work in flight (submitted, not yet handed back).
    public let maxDocuments: Int
    public let maxBytes: Int
    /// Bounds of a chunk, the documents a worker takes at once: enough that two chunks a worker
    /// fit within the bounds of the work in flight (one document with one job).
    public let chunkDocuments: Int
    public let chunkBytes: Int
    private let timeLimit: Duration
    private let finish: @Sendable (AnnotatedDocument, TextAnalyzer) -> Output
    private let keepsAnalysis: Bool
    // One analyzer per worker: ICU break iterators are not thread-safe. Worker `k` only ever
    // touches `analyzers[k]`.
    private let analyzers: [TextAnalyzer]

    /// The chunk the caller is filling (only the caller touches it).
    private var pending: [Document] = []
    private var pendingBytes = 0

    // Everything below is guarded by `condition`: the workers wait on it for chunks, the caller
    // for the next results in order.
    private let condition = NSCondition()
    /// Chunks waiting for a worker, with their place in the input (a taken chunk leaves the queue
    /// at once, so that nothing here keeps its text alive).
    private var queue: [(index: Int, documents: [Document])] = []
    /// The chunks in flight from `delivered` on, in input order: each one's documents and bytes,
    /// and its results once annotated.
    private var slots: [(documents: Int, bytes: Int, results: [(id: String, outcome: Outcome)]?)] = []
    private var delivered = 0
    private var documentsInFlight = 0
    private var bytesInFlight = 0
    private var closed = false
    private var workersStarted = false

    /// One job per analyzer (at least one analyzer). `finish` runs on the worker that annotated a
    /// document, with its analyzer, so that the work after annotation (rendering, linking events)
    /// runs in parallel too. Unless `finish` reads the analysis (`keepsAnalysis`), it is let go
    /// before `finish` runs: a large document's tokens are not held while its output is written.
    public init(pipeline: Pipeline, analyzers: [TextAnalyzer], timeLimit: Duration, maxDocuments: Int, maxBytes: Int,
                keepsAnalysis: Bool = true,
                finish: @Sendable @escaping (AnnotatedDocument, TextAnalyzer) -> Output) {
        precondition(!analyzers.isEmpty, "a batch annotator needs an analyzer")
        self.pipeline = pipeline
        self.analyzers = analyzers
        jobs = analyzers.count
        self.timeLimit = timeLimit
        self.maxDocuments = max(1, maxDocuments)
        self.maxBytes = maxBytes
        chunkDocuments = jobs == 1 ? 1 : min(16, max(1, self.maxDocuments / (2 * jobs)))
        chunkBytes = jobs == 1 ? 1 : min(64 << 10, max(1, maxBytes / (2 * jobs)))
        self.keepsAnalysis = keepsAnalysis
        self.finish = finish
    }

    /// Queues a document. Results that are ready are handed to `deliver` (in input order, with
    /// the document's id) before this returns; while the work in flight is at its bounds, this
    /// waits for the next results in order. A `deliver` that throws ends the hand-back, and the
    /// results taken with the one it failed on are dropped.
    public func submit(_ document: Document, deliver: (String, Outcome) throws -> Void) rethrows {
        if jobs > 1 { startWorkers() }
        pendingBytes += document.text.utf8.count
        pending.append(document)
        condition.lock()
        if pending.count >= chunkDocuments || pendingBytes >= chunkBytes || atBounds { queuePending() }
        condition.unlock()
        try handBack(waiting: { $0.atBounds }, deliver)
    }

    /// Waits for every submitted document and hands its result to `deliver`, in input order.
    public func drain(_ deliver: (String, Outcome) throws -> Void) rethrows {
        condition.lock()
        queuePending()
        condition.unlock()
        try handBack(waiting: { !$0.slots.isEmpty }, deliver)
    }

    /// Lets the workers end once the queue is empty; submit nothing after this.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the work in flight, the chunk being filled included, is at its bounds.
    private var atBounds: Bool {
        documentsInFlight + pending.count >= maxDocuments || bytesInFlight + pendingBytes > maxBytes
    }

    /// Queues the chunk being filled, if any, for a worker (with `condition` locked).
    private func queuePending() {
        guard !pending.isEmpty else { return }
        queue.append((delivered + slots.count, pending))
        slots.append((pending.count, pendingBytes, nil))
        documentsInFlight += pending.count
        bytesInFlight += pendingBytes
        pending = []
        pendingBytes = 0
        condition.signal()
    }

    /// Hands back the results that are ready, in order, and more while `mustWait` holds.
    private func handBack(waiting mustWait: (BatchAnnotator) -> Bool,
                          _ deliver: (String, Outcome) throws -> Void) rethrows {
        while true {
            condition.lock()
            while mustWait(self), let first = slots.first, first.results == nil {
                guard jobs == 1 else {
                    condition.wait()
                    continue
                }
                // one job: the caller annotates the next document itself
                condition.unlock()
                annotateNext(with: analyzers[0])
                condition.lock()
            }
            var ready: [[(id: String, outcome: Outcome)]] = []
            while let first = slots.first, let results = first.results {
                ready.append(results)
                documentsInFlight -= first.documents
                bytesInFlight -= first.bytes
                slots.removeFirst()
                delivered += 1
            }
            let more = mustWait(self)
            condition.unlock()
            for results in ready {
                for result in results { try deliver(result.id, result.outcome) }
            }
            if !more { return }
        }
    }

    private func annotate(_ document: Document, with analyzer: TextAnalyzer) -> Outcome {
        Result { () throws(TimeLimitExceeded) in
            var annotated = try pipeline.annotate(document, with: analyzer, timeLimit: timeLimit)
            if !keepsAnalysis { annotated.analysis = nil }
            return finish(annotated, analyzer)
        }
    }

    /// Takes the next queued chunk, if there is one, annotates its documents and puts their
    /// results in its slot.
    private func annotateNext(with analyzer: TextAnalyzer) {
        condition.lock()
        guard !queue.isEmpty else {
            condition.unlock()
            return
        }
        let (index, documents) = queue.removeFirst()
        condition.unlock()
        let results = documents.map { (id: $0.id, outcome: annotate($0, with: analyzer)) }
        condition.lock()
        slots[index - delivered].results = results
        condition.broadcast()
        condition.unlock()
    }

    private func startWorkers() {
        guard !workersStarted else { return }
        workersStarted = true
        for worker in 0..<jobs {
            let thread = Thread { self.work(with: self.analyzers[worker]) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// A worker's loop: annotate queued chunks until the queue is empty and closed.
    private func work(with analyzer: TextAnalyzer) {
        while true {
            condition.lock()
            while queue.isEmpty, !closed { condition.wait() }
            let done = queue.isEmpty
            condition.unlock()
            if done { return }
            annotateNext(with: analyzer)
        }
    }
}
