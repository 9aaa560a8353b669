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
public final class AtomicOutputStream {
    private let path: String?
    private var handle: FileHandle?
    private var temporaryPath: String?

    /// Opens the temporary file for `path`, or standard output for nil.
    public init(path: String?) throws {
        self.path = path
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

    public func write(_ text: String) throws {
        try write(utf8: Array(text.utf8))
    }

    /// Writes UTF-8 bytes as they are.
    public func write(utf8 bytes: [UInt8]) throws {
        try (handle ?? FileHandle.standardOutput).write(contentsOf: bytes)
    }

    /// Closes the file and renames it into place.
    public func commit() throws {
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
        try? handle?.close()
        if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }
}
