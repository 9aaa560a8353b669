import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

/// An entity as read from a BRAT `.ann` file, with its id and whether it is valid for the text.
public struct BratEntity: Sendable, Hashable {
    public var id: String
    public var entity: Entity
    /// Why the entity does not fit the text (bad offsets, covered text differs), or nil.
    public var problem: String?
    public var line: Int

    public init(id: String, entity: Entity, problem: String? = nil, line: Int = 0) {
        self.id = id
        self.entity = entity
        self.problem = problem
        self.line = line
    }

    public var isValid: Bool { problem == nil }
}

/// The contents of a BRAT standoff file: entities with attributes, and every other line kept as is.
public struct BratDocument: Sendable {
    public var entities: [BratEntity]
    /// Lines the reader does not interpret (`#` notes, `R` relations, `N` normalizations, …),
    /// kept so that a rewrite loses nothing.
    public var otherLines: [String]
    /// Lines that could not be parsed, and entities that do not fit the text.
    public var problems: [InputProblem]

    public init(entities: [BratEntity] = [], otherLines: [String] = [], problems: [InputProblem] = []) {
        self.entities = entities
        self.otherLines = otherLines
        self.problems = problems
    }
}

/// Reads and writes BRAT standoff annotations as the spec (`ANNOTATION.md`, Files) defines them.
public enum Brat {
    /// Wraps entities found by the pipeline as valid BRAT entities numbered T1, T2, ….
    public static func document(_ entities: [Entity]) -> BratDocument {
        BratDocument(entities: entities.enumerated().map { BratEntity(id: "T\($0.offset + 1)", entity: $0.element) })
    }

    /// Parses `.ann` text and validates every T line against the document text.
    /// Attribute (`A`/`M`) lines attach to their entity; an attribute value runs to the end of its
    /// line and may hold spaces (runs of spaces are read as one, as brat does).
    public static func parse(_ annotation: String, text: CodePoints, file: String = "<ann>") -> BratDocument {
        var document = BratDocument()
        var byId: [String: Int] = [:]
        var pendingAttributes: [(line: Int, name: String, target: String, value: String)] = []
        var content = Substring(annotation)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        for (index, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.allSatisfy(\.isWhitespace) { continue }
            if line.hasPrefix("T") {
                switch parseEntity(line, lineNumber: lineNumber, text: text) {
                case .success(var entity):
                    if byId[entity.id] != nil {
                        document.problems.append(InputProblem(file: file, line: lineNumber,
                                                              message: "duplicate id \(entity.id)"))
                        entity.id += "#\(lineNumber)"
                    }
                    if let problem = entity.problem {
                        document.problems.append(InputProblem(
                            file: file, line: lineNumber, message: "\(entity.id) \(entity.entity.type): \(problem)"))
                    }
                    byId[entity.id] = document.entities.count
                    document.entities.append(entity)
                case .failure(let message):
                    document.problems.append(InputProblem(file: file, line: lineNumber, message: message))
                }
            } else if line.hasPrefix("A") || line.hasPrefix("M") {
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                let fields = parts.count == 2 ? parts[1].split(whereSeparator: { $0 == " " || $0 == "\t" }) : []
                guard fields.count >= 2 else {
                    document.problems.append(InputProblem(file: file, line: lineNumber,
                                                          message: "malformed attribute line: \(line)"))
                    continue
                }
                let value = fields.count > 2 ? fields[2...].joined(separator: " ") : "true"
                pendingAttributes.append((lineNumber, String(fields[0]), String(fields[1]), value))
            } else {
                document.otherLines.append(line)
            }
        }
        for attribute in pendingAttributes {
            guard let index = byId[attribute.target] else {
                document.problems.append(InputProblem(
                    file: file, line: attribute.line,
                    message: "attribute \(attribute.name) on unknown entity \(attribute.target)"))
                continue
            }
            document.entities[index].entity[attribute: attribute.name] = attribute.value
        }
        return document
    }

    private enum ParsedEntity {
        case success(BratEntity)
        case failure(String)
    }

    private static func parseEntity(_ line: String, lineNumber: Int, text: CodePoints) -> ParsedEntity {
        let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return .failure("malformed T line: \(line)") }
        let id = String(parts[0])
        let written = parts.count == 3 ? String(parts[2]) : ""
        let head = parts[1].split(separator: " ", omittingEmptySubsequences: true)
        guard head.count >= 2 else {
            return .failure("malformed T line: \(line)")
        }
        let type = EntityType(rawValue: String(head[0]))
        let offsets = head[1...].joined(separator: " ")
        var entity = BratEntity(id: id, entity: Entity(type: type, start: -1, end: -1, text: written),
                                problem: nil, line: lineNumber)
        let fragments = offsets.split(separator: ";").map { $0.split(separator: " ").map { Int($0) } }
        guard !fragments.isEmpty, fragments.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0 != nil } }) else {
            entity.problem = "unparseable offsets '\(offsets)'"
            return .success(entity)
        }
        let start = fragments[0][0]!, end = fragments[fragments.count - 1][1]!
        entity.entity.start = start
        entity.entity.end = end
        if fragments.count > 1 {
            entity.problem = "discontinuous span not supported"
        } else if start < 0 || end <= start || end > text.count {
            entity.problem = "offsets \(start)-\(end) out of range (text length \(text.count))"
        } else {
            let actual = text.slice(start, end)
            if written != actual && written != oneLine(actual) {
                entity.problem = "covered text '\(written)' differs from the text at \(start)-\(end): '\(actual)'"
            }
        }
        return .success(entity)
    }

    /// Line breaks and tabs cannot stand in a one-line format: they are written as spaces.
    package static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) else { return text }
        return String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }

    /// Writes entities (numbered T1, T2, … in the given order) with their attributes, then the
    /// kept lines. The output ends with a newline unless it is empty.
    public static func serialize(_ entities: [Entity], otherLines: [String] = []) -> String {
        var lines: [String] = []
        var attributes: [String] = []
        for (index, entity) in entities.enumerated() {
            let id = "T\(index + 1)"
            lines.append("\(id)\t\(entity.type.rawValue) \(entity.start) \(entity.end)\t\(oneLine(entity.text))")
            for attribute in entity.attributes {
                attributes.append("A\(attributes.count + 1)\t\(attribute.name) \(id) \(oneLine(attribute.value))")
            }
        }
        let all = lines + attributes + otherLines
        return all.isEmpty ? "" : all.joined(separator: "\n") + "\n"
    }
}
