import Foundation

/// Writes files so that a reader never sees a partial one: the content goes to a temporary file
/// in the same directory, which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw InputProblem(file: path, message: "cannot rename into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// A stream of output to a file that appears only complete (written to a temporary file beside
/// it, renamed into place by `commit()`), or to standard output when there is no path. A stream
/// dropped without `commit()` removes its temporary file.
///
/// Writes are gathered and handed to the system 64 KB at a time (`flush()`), not one call per
/// document: a call per line cost about 5 % of a batch of reports written to a file, 9 % into a
/// pipe (whose reader is woken at every call) and a quarter for short notes. A program that
/// waits for more input flushes first, so that a co-process reading its output is answered; on
/// a terminal every item is flushed as it is written, as C's standard output does for lines.
public final class AtomicOutputStream {
    private let path: String?
    private var handle: FileHandle?
    private var temporaryPath: String?
    /// Bytes written and not yet flushed, and how many `write` calls (items) they hold.
    private var pending: [UInt8] = []
    private var pendingItems = 0
    /// The pending bytes that make a flush.
    static let flushBytes = 1 << 16
    /// Standard output on a terminal: each item flushed at once.
    private let flushesEachItem: Bool

    /// Opens the temporary file for `path`, or standard output for nil.
    public init(path: String?) throws {
        self.path = path
        flushesEachItem = path == nil && isatty(STDOUT_FILENO) != 0
        guard let path else { return }
        let temporary = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw InputProblem(file: path, message: "cannot create the output file")
        }
        self.handle = handle
        temporaryPath = temporary
    }

    /// Writes a text as one item (`OutputLost` counts items), its UTF-8 copied straight into the
    /// pending bytes.
    public func write(_ text: String) throws {
        try append(text.utf8)
    }

    /// Writes UTF-8 bytes as they are, as one item; flushes once 64 KB are pending. A flush that
    /// fails throws `OutputLost` with the items its bytes held, this one included.
    public func write(utf8 bytes: [UInt8]) throws {
        try append(bytes)
    }

    private func append(_ bytes: some Collection<UInt8>) throws(OutputLost) {
        pending.append(contentsOf: bytes)
        pendingItems += 1
        if pending.count >= Self.flushBytes || flushesEachItem { try flush() }
    }

    /// Hands the pending bytes to the system. On failure they are dropped (an item is never half
    /// retried), and `OutputLost` says how many items they held.
    public func flush() throws(OutputLost) {
        guard !pending.isEmpty else { return }
        let items = pendingItems
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingItems = 0
        }
        do {
            try (handle ?? FileHandle.standardOutput).write(contentsOf: pending)
        } catch {
            throw OutputLost(items: items, reason: error)
        }
    }

    /// Flushes, then closes the file and renames it into place.
    public func commit() throws {
        try flush()
        guard let handle, let temporaryPath, let path else { return }
        try handle.close()
        self.handle = nil
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw InputProblem(file: path, message: "cannot rename into place: \(reason)")
        }
        self.temporaryPath = nil
    }

    deinit {
        // (standard output keeps what was written; a file not committed is removed)
        if handle == nil { try? flush() }
        try? handle?.close()
        if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }
}

/// Output that did not reach its file or standard output: the items (`AtomicOutputStream.write`
/// calls, a document's line each) whose bytes a failed flush held, and why.
public struct OutputLost: Error, CustomStringConvertible {
    public let items: Int
    public let reason: any Error

    public var description: String { "\(reason)" }
}
