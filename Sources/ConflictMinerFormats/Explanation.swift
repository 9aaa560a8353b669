import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

extension AnnotatedDocument {
    /// The entities as plain lines for reading and for golden tests (`extract --explain`): a line
    /// `# ID` (and the publication date), then one line per entity in text order with its type,
    /// span in code points, text, attributes and the rule that made it:
    ///
    ///     # report-1 2024-11-09
    ///     DATE 0-10 "9 November" Value=2024-11-09 ← date/day-first
    ///     PLACE 25-31 "Quetta" Country=PK ← place/gazetteer
    ///
    /// The text is a JSON string, and so is an attribute value that is empty or holds a space, a
    /// quote, a backslash or a control character: each entity stays on one line.
    public var explanation: String {
        var output = "# " + document.id
        if let published = document.published { output += " " + published.description }
        output += "\n"
        for entity in entities {
            output += entity.type.rawValue + " \(entity.start)-\(entity.end) "
            JSONWriter.appendQuoted(entity.text, to: &output)
            for attribute in entity.attributes {
                output += " " + attribute.name + "="
                Self.appendValue(attribute.value, to: &output)
            }
            output += " ← " + (entity.rule ?? "-") + "\n"
        }
        return output
    }

    /// A bare value, or a JSON string when it could be misread (`Name="Islamic State"`).
    private static func appendValue(_ value: String, to output: inout String) {
        if !value.isEmpty, !value.utf8.contains(where: { $0 <= 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output += value
        } else {
            JSONWriter.appendQuoted(value, to: &output)
        }
    }
}
