import Foundation
@testable import ConflictMiner

/// A gazetteer folder in a temporary directory holding a copy of one of the project's lexicon
/// folders (`lexicons/groups/`), so a test can break one table and load the rest as they are.
struct LexiconCopy {
    let folder: URL
    let tables: URL

    init(_ dimension: String, tables names: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(dimension)-\(UUID().uuidString)")
        tables = folder.appendingPathComponent("lexicons/\(dimension)")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: projectGazetteers.file("lexicons/\(dimension)/\(name).tsv"),
                                             to: tables.appendingPathComponent("\(name).tsv"))
        }
    }

    /// Replaces one table with `text` and returns its path.
    func replace(_ name: String, with text: String) throws -> URL {
        let url = tables.appendingPathComponent("\(name).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    var gazetteers: GazetteerDirectory { GazetteerDirectory(url: folder) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
