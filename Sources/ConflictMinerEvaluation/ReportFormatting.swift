import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline

// Column formatting shared by the plain-text score tables.

/// A fraction as a percentage with one decimal, right-aligned in five characters; `-` for none.
func percentText(_ value: Double?) -> String {
    guard let value else { return "    -" }
    let tenths = Int((value * 1000).rounded())
    let text = "\(tenths / 10).\(tenths % 10)"
    return String(repeating: " ", count: max(0, 5 - text.count)) + text
}

/// Text padded with spaces to `width`, on the left (right-aligned) unless `left`.
func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}

extension JSONWriter {
    /// The `validation` block of the score reports: problem counts, then every message.
    mutating func validation(gold: [InputProblem], predicted: [InputProblem], unreadable: [InputProblem]) {
        key("validation")
        beginObject()
        field("gold_problems", gold.count)
        field("pred_problems", predicted.count)
        field("unreadable", unreadable.count)
        field("messages", unreadable.map { "unreadable \($0)" } + gold.map { "gold \($0)" } + predicted.map { "pred \($0)" })
        endObject()
    }
}
