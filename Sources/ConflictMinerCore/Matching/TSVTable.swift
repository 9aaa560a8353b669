import Foundation

/// A tab-separated data file with a header row: the form every gazetteer and lexicon here takes.
/// Lines starting with `#` and blank lines are comments. List cells separate items with `|`.
public struct TSVTable: Sendable {
    public let columns: [String]
    /// Rows with their 1-based line numbers; each row has exactly `columns.count` cells.
    public let rows: [(line: Int, cells: [String])]
    /// The file it was read from, for errors.
    public let file: String

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
        // (labelled as the property is: an array of unlabelled tuples assigned to it is converted
        // element by element through a dynamic cast, a tenth of start-up)
        var rows: [(line: Int, cells: [String])] = []
        // Bytes, not characters: splitting a `String` on "\n" walks grapheme clusters, which made
        // the larger tables a measurable part of start-up.
        var text = text
        try text.withUTF8 { bytes in
            var lineNumber = 0
            var position = 0
            while position < bytes.count {
                lineNumber += 1
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { position = end + 1 }
                var lineEnd = end
                if lineEnd > position && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd == position || bytes[position] == 0x23 { continue }  // empty, `#`
                var cells: [String] = []
                var cellStart = position
                for i in position...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<i]), as: UTF8.self))
                    cellStart = i + 1
                }
                guard let columns = header else {
                    header = cells
                    continue
                }
                guard cells.count == columns.count else {
                    throw GazetteerError(file: file, line: lineNumber,
                                         problem: "\(cells.count) cells where the header has \(columns.count)")
                }
                rows.append((lineNumber, cells))
            }
        }
        guard let columns = header else { throw GazetteerError(file: file, problem: "no header row") }
        for required in requiredColumns where !columns.contains(required) {
            throw GazetteerError(file: file, problem: "missing column \(required)")
        }
        self.columns = columns
        self.rows = rows
        self.file = file
    }

    /// The cells of `names` (in that order, trimmed) of every row, each row checked by `problem`
    /// (a description of what is wrong, or nil): the one way a lexicon loader reads its table, so
    /// that every bad row is refused with its file and line. An empty cell is always refused.
    @inlinable public func cells(_ names: [String], problem: ([String]) -> String? = { _ in nil }) throws -> [(line: Int, cells: [String])] {
        let indices = names.map(column)
        return try rows.map { row in
            let cells = indices.map { Self.trimmed(row.cells[$0]) }
            if let empty = cells.firstIndex(where: \.isEmpty) {
                throw GazetteerError(file: file, line: row.line, problem: "empty \(names[empty])")
            }
            if let problem = problem(cells) { throw GazetteerError(file: file, line: row.line, problem: problem) }
            return (row.line, cells)
        }
    }

    /// The position of a column (which `init` checked is present).
    public func column(_ name: String) -> Int {
        columns.firstIndex(of: name)!
    }

    /// Splits a list cell on `|`, dropping empty items.
    public static func list(_ cell: String) -> [String] {
        // (on the UTF-8 bytes: a `|` byte is always the character, and splitting a `String` walks
        // grapheme clusters)
        cell.utf8.split(separator: 0x7C).compactMap { item in
            let trimmed = trimmed(Substring(item))
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// A cell without the tabs and spaces around it (`CharacterSet.whitespaces`: the tab and the
    /// space separators). Most cells have none and are returned as they are, without Foundation's
    /// trimming, which made a tenth of start-up.
    @inlinable public static func trimmed(_ cell: Substring) -> String { trimmed(String(cell)) }

    @inlinable public static func trimmed(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return cell }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(Substring(scalars[start..<end]))
    }
}
