import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// An example table from `Tests/Examples/`: a TSV file with a header row, `#` comment lines,
/// and spans marked inline in the `text` column as `[[…]]`.
struct ExampleTable {
    /// One row: the text with markers removed, the marked spans in code points, and the other cells.
    struct Row: CustomTestStringConvertible, Sendable {
        let line: Int
        let text: String
        let spans: [(start: Int, end: Int, text: String)]
        let cells: [String: String]

        var testDescription: String { "line \(line): \(text.prefix(80))" }

        subscript(_ column: String) -> String { cells[column] ?? "" }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    /// Loads `Tests/Examples/NAME`. A malformed table is a programming error and traps with its line.
    static func load(_ name: String) -> [Row] {
        let url = directory.appendingPathComponent(name)
        guard let content = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("cannot read example table \(url.path)")
        }
        var header: [String]?
        var rows: [Row] = []
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                header = cells
                continue
            }
            guard cells.count <= columns.count else {
                fatalError("\(name):\(index + 1): \(cells.count) cells, header has \(columns.count)")
            }
            var byName: [String: String] = [:]
            for (column, cell) in zip(columns, cells) { byName[column] = cell }
            let (text, spans) = unmark(byName["text"] ?? "")
            rows.append(Row(line: index + 1, text: text, spans: spans, cells: byName))
        }
        return rows
    }

    /// Removes `[[` `]]` markers, returning the plain text and the marked spans in code points.
    static func unmark(_ marked: String) -> (String, [(start: Int, end: Int, text: String)]) {
        var plain = String.UnicodeScalarView()
        var spans: [(Int, Int, String)] = []
        var openAt: Int?
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i] == "[", scalars[i + 1] == "[" {
                openAt = plain.count
                i += 2
                continue
            }
            if i + 1 < scalars.count, scalars[i] == "]", scalars[i + 1] == "]", let start = openAt {
                let text = String(String.UnicodeScalarView(Array(plain)[start...]))
                spans.append((start, plain.count, text))
                openAt = nil
                i += 2
                continue
            }
            plain.append(scalars[i])
            i += 1
        }
        return (String(plain), spans)
    }

    /// Splits a cell of `|`-separated items, trimmed, dropping empty ones.
    static func items(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Runs one extractor over a text, as the pipeline would, and resolves its overlaps.
func extract(_ extractor: any Extractor, from text: String, published: PublicationDate? = nil) throws -> [Entity] {
    let analyzer = try TextAnalyzer()
    let analyzed = analyzer.analyze(Document(id: "example", text: text, published: published))
    return Resolver().resolve(extractor.extract(from: analyzed))
}

/// The project's Gazetteers folder, found from this source file, with its compiled cache.
let projectGazetteers: GazetteerDirectory = {
    var directory = GazetteerDirectory(url: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gazetteers"))
    directory.compiledCache = directory.besideTables
    return directory
}()
