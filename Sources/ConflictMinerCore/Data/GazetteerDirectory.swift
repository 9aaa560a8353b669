import Foundation

/// Where the gazetteer files live (`places.tsv`, `groups.tsv`, …).
public struct GazetteerDirectory: Sendable {
    public let url: URL
    /// A team's own names, merged over these gazetteers when they are loaded (`UserLexicon`).
    public var overlay: UserLexicon
    /// The folder where compiled gazetteers are kept and reused (`CompiledGazetteer`); nil builds
    /// them on every load and writes nothing. The caller chooses: the library never picks one.
    public var compiledCache: URL?

    public init(url: URL, overlay: UserLexicon = UserLexicon(), compiledCache: URL? = nil) {
        self.url = url
        self.overlay = overlay
        self.compiledCache = compiledCache
    }

    /// The usual cache folder: `.compiled` inside the gazetteer folder.
    public var besideTables: URL { url.appendingPathComponent(".compiled") }

    /// The path of one file in the directory.
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// A checksum of a data file's bytes, as 16 hex digits (the one the compiled gazetteers are
    /// keyed on): enough to tell which data a program loaded. Nil when it cannot be read.
    public static func checksum(of file: URL) -> String? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        let hex = String(BinaryArchive.checksum(data), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Finds the project's `Gazetteers` folder: the first `Gazetteers` folder (holding
    /// `groups.tsv`) above the executable or the working directory. No cache is set.
    public static func locate(executable: String = CommandLine.arguments.first ?? "") -> GazetteerDirectory? {
        let fileManager = FileManager.default
        var starts: [URL] = [URL(fileURLWithPath: fileManager.currentDirectoryPath)]
        if !executable.isEmpty {
            starts.insert(URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent(), at: 0)
        }
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("Gazetteers")
                if fileManager.fileExists(atPath: candidate.appendingPathComponent("groups.tsv").path) {
                    return GazetteerDirectory(url: candidate)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }
}

/// A data file that could not be loaded.
public struct GazetteerError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)"
    }
}
