import Foundation
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// A gazetteer folder in a temporary directory holding a copy of one of the project's lexicon
/// folders (`lexicons/groups/`) and of the shared one (`lexicons/common/`), so a test can break
/// one table and load the rest as they are.
struct LexiconCopy {
    let folder: URL
    let tables: URL

    init(_ dimension: String, tables names: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(dimension)-\(UUID().uuidString)")
        tables = folder.appendingPathComponent("lexicons/\(dimension)")
        try add(dimension, tables: names)
        try FileManager.default.copyItem(at: projectGazetteers.file("lexicons/common"),
                                         to: folder.appendingPathComponent("lexicons/common"))
    }

    /// Copies the tables of another of the project's lexicon folders.
    func add(_ dimension: String, tables names: [String]) throws {
        let target = folder.appendingPathComponent("lexicons/\(dimension)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: projectGazetteers.file("lexicons/\(dimension)/\(name).tsv"),
                                             to: target.appendingPathComponent("\(name).tsv"))
        }
    }

    /// Replaces one table with `text` and returns its path: a table of the first folder copied,
    /// or one of `lexicons/common/` given as `common/name`.
    func replace(_ name: String, with text: String) throws -> URL {
        let url = name.hasPrefix("common/") ? folder.appendingPathComponent("lexicons/\(name).tsv")
            : tables.appendingPathComponent("\(name).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    var gazetteers: GazetteerDirectory { GazetteerDirectory(url: folder) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
