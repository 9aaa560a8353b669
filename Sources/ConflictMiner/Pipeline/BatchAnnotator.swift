import Foundation

/// Annotates a stream of documents on several threads, each with its own `TextAnalyzer`, and
/// hands the results back in input order.
///
/// The caller submits documents one by one and keeps reading its input while the workers
/// annotate; no batch waits for its slowest document before the next one starts, so every core
/// stays busy to the end. At most `maxDocuments` documents and (beyond the first) `maxBytes`
/// bytes of text are in flight at once: memory stays flat on any input size. With one job there
/// are no threads: documents are held up to those bounds, then annotated in order on the
/// caller's thread. `close()` ends the workers.
public final class BatchAnnotator<Output: Sendable>: @unchecked Sendable {
    /// What becomes of one submitted document: its output, or the time limit it went over.
    public typealias Outcome = Result<Output, TimeLimitExceeded>

    public let pipeline: Pipeline
    public let jobs: Int
    /// Bounds of the work in flight (submitted, not yet handed back).
    public let maxDocuments: Int
    public let maxBytes: Int
    private let timeLimit: Duration
    private let finish: @Sendable (AnnotatedDocument, TextAnalyzer) -> Output
    // One analyzer per worker: ICU break iterators are not thread-safe. Worker `k` only ever
    // touches `analyzers[k]`.
    private let analyzers: [TextAnalyzer]

    /// With one job: the documents submitted and not yet annotated. They are annotated together
    /// when the bounds are reached or at a drain, after the caller has let go of what it read them
    /// from (a large JSONL line's buffer is freed before its document is annotated).
    private var held: [Document] = []
    private var heldBytes = 0

    // Everything below is guarded by `condition`: the workers wait on it for documents, the
    // caller for the next result in order.
    private let condition = NSCondition()
    /// Documents waiting for a worker, with their place in the input (at most `maxDocuments`;
    /// a taken document leaves the queue at once, so that nothing here keeps its text alive).
    private var queue: [(index: Int, document: Document)] = []
    /// Results from `delivered` on, in input order; nil while that document is being annotated.
    private var slots: [(id: String, outcome: Outcome)?] = []
    private var delivered = 0
    private var submitted = 0
    private var bytesInFlight = 0
    private var sizes: [Int] = []
    private var closed = false
    private var workersStarted = false

    /// One job per analyzer (at least one analyzer). `finish` runs on the worker that annotated a
    /// document, with its analyzer, so that the work after annotation (rendering, linking events)
    /// runs in parallel too.
    public init(pipeline: Pipeline, analyzers: [TextAnalyzer], timeLimit: Duration, maxDocuments: Int, maxBytes: Int,
                finish: @Sendable @escaping (AnnotatedDocument, TextAnalyzer) -> Output) {
        precondition(!analyzers.isEmpty, "a batch annotator needs an analyzer")
        self.pipeline = pipeline
        self.analyzers = analyzers
        jobs = analyzers.count
        self.timeLimit = timeLimit
        self.maxDocuments = max(1, maxDocuments)
        self.maxBytes = maxBytes
        self.finish = finish
    }

    /// Queues a document. Results that are ready are handed to `deliver` (in input order, with
    /// the document's id) before this returns; while the work in flight is at its bounds, this
    /// waits for the next result in order. A `deliver` that throws ends the hand-back, and the
    /// results taken with the one it failed on are dropped.
    public func submit(_ document: Document, deliver: (String, Outcome) throws -> Void) rethrows {
        if jobs == 1 {
            held.append(document)
            heldBytes += document.text.utf8.count
            if held.count >= maxDocuments || heldBytes > maxBytes { try annotateHeld(deliver) }
            return
        }
        startWorkers()
        let size = document.text.utf8.count
        condition.lock()
        queue.append((submitted, document))
        slots.append(nil)
        sizes.append(size)
        submitted += 1
        bytesInFlight += size
        condition.signal()
        condition.unlock()
        try handBack(waiting: { $0.submitted - $0.delivered >= $0.maxDocuments || $0.bytesInFlight > $0.maxBytes }, deliver)
    }

    /// Waits for every submitted document and hands its result to `deliver`, in input order.
    public func drain(_ deliver: (String, Outcome) throws -> Void) rethrows {
        guard jobs > 1 else { return try annotateHeld(deliver) }
        try handBack(waiting: { $0.delivered < $0.submitted }, deliver)
    }

    /// Lets the workers end once the queue is empty; submit nothing after this.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands back the results that are ready, in order, and more while `mustWait` holds.
    private func handBack(waiting mustWait: (BatchAnnotator) -> Bool,
                          _ deliver: (String, Outcome) throws -> Void) rethrows {
        while true {
            condition.lock()
            while mustWait(self), slots.first.map({ $0 == nil }) ?? false { condition.wait() }
            var ready: [(id: String, outcome: Outcome)] = []
            while let first = slots.first, let result = first {
                ready.append(result)
                slots.removeFirst()
                bytesInFlight -= sizes.removeFirst()
                delivered += 1
            }
            let more = mustWait(self)
            condition.unlock()
            for result in ready { try deliver(result.id, result.outcome) }
            if !more { return }
        }
    }

    /// With one job: annotates the documents held so far, in order.
    private func annotateHeld(_ deliver: (String, Outcome) throws -> Void) rethrows {
        let documents = held
        held.removeAll()
        heldBytes = 0
        for document in documents { try deliver(document.id, annotate(document, with: analyzers[0])) }
    }

    private func annotate(_ document: Document, with analyzer: TextAnalyzer) -> Outcome {
        Result { () throws(TimeLimitExceeded) in
            finish(try pipeline.annotate(document, with: analyzer, timeLimit: timeLimit), analyzer)
        }
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

    /// A worker's loop: take the next queued document, annotate it, put the result in its slot.
    private func work(with analyzer: TextAnalyzer) {
        while true {
            condition.lock()
            while queue.isEmpty, !closed { condition.wait() }
            if queue.isEmpty {
                condition.unlock()
                return
            }
            let (index, document) = queue.removeFirst()
            condition.unlock()
            let outcome = annotate(document, with: analyzer)
            condition.lock()
            slots[index - delivered] = (document.id, outcome)
            condition.broadcast()
            condition.unlock()
        }
    }
}
