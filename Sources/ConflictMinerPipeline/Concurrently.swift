import Foundation

/// Work started on a thread of its own when made, its result waited for when asked: for a long
/// part of start-up that would otherwise wait for another. (A thread, not a dispatch queue: the
/// pool's workers may all be busy making the other extractors, or be the one that waits.)
final class Concurrently<Value: Sendable>: @unchecked Sendable {
    // (@unchecked: `result` is written once, before `done` is signalled, and read only after a wait.)
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            result = Result { try work() }
            done.signal()
        }.start()
    }

    /// The work's value, or its error, once it has finished.
    func value() throws -> Value {
        done.wait()
        defer { done.signal() }  // (for a later call)
        return try result!.get()
    }
}
