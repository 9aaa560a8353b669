/// Column formatting shared by the plain-text score tables.
enum ReportText {
    /// A fraction as a percentage with one decimal, right-aligned in five characters; `-` for none.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "    -" }
        let tenths = Int((value * 1000).rounded())
        let text = "\(tenths / 10).\(tenths % 10)"
        return String(repeating: " ", count: max(0, 5 - text.count)) + text
    }

    /// Text padded with spaces to `width`, on the left (right-aligned) unless `left`.
    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + padding : padding + text
    }
}
