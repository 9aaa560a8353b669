import Foundation

/// A tab-separated data file with a header row: the form every gazetteer and lexicon here takes.
/// Lines starting with `#` and blank lines are comments. List cells separate items with `|`.
public struct TSVTable: Sendable {
    public let columns: [String]
    /// Rows with their 1-based line numbers; each row has exactly `columns.count` cells.
    public let rows: [(line: Int, cells: [String])]

    public init(contentsOf url: URL, requiredColumns: [String]) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError(file: url.path, problem: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError(file: url.path, problem: "not valid UTF-8")
        }
        try self.init(text: text, file: url.path, requiredColumns: requiredColumns)
    }

    public init(text: String, file: String, requiredColumns: [String]) throws {
        var header: [String]?
        var rows: [(Int, [String])] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                header = cells
                continue
            }
            guard cells.count == columns.count else {
                throw GazetteerError(file: file, line: index + 1,
                                     problem: "\(cells.count) cells where the header has \(columns.count)")
            }
            rows.append((index + 1, cells))
        }
        guard let columns = header else { throw GazetteerError(file: file, problem: "no header row") }
        for required in requiredColumns where !columns.contains(required) {
            throw GazetteerError(file: file, problem: "missing column \(required)")
        }
        self.columns = columns
        self.rows = rows
    }

    /// The position of a column (which `init` checked is present).
    public func column(_ name: String) -> Int {
        columns.firstIndex(of: name)!
    }

    /// Splits a list cell on `|`, dropping empty items.
    public static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
