/// Cheap looks at the start of a document for inputs that are probably not what the user meant to
/// annotate: markup read as plain text, a table, or a language other than English. Each gives a
/// warning; the document is annotated all the same.
public enum TextChecks {
    /// How much of the text the checks read.
    static let window = 4096

    /// English words frequent in any news text; a prose window with almost none of them is not English.
    static let englishFunctionWords: Set<String> = [
        "the", "of", "and", "in", "to", "a", "was", "were", "is", "are", "said", "on", "at", "by", "for", "with",
        "that", "from", "has", "have", "had", "it", "he", "they", "their", "an", "as", "after", "who",
    ]

    /// The warning for a document, or nil when it looks like English prose. `htmlInput` is true
    /// when the input was read as HTML (`--html`).
    public static func warning(for text: String, htmlInput: Bool) -> String? {
        let head = String(text.unicodeScalars.prefix(window))
        if !htmlInput, looksLikeHTML(head) {
            return "looks like HTML read as plain text (markup is annotated as words); pass --html to read it as HTML"
        }
        if looksLikeTable(head) {
            return "looks like a CSV or TSV table, not prose; give the texts as JSONL or .txt files"
        }
        if !looksLikeEnglish(head) {
            return "does not look like English text; the extractors are built for English news"
        }
        return nil
    }

    static func looksLikeHTML(_ head: String) -> Bool {
        let lower = head.lowercased()
        let start = lower.drop(while: { $0.isWhitespace })
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return true }
        let tags = ["<p>", "<p ", "<div", "<br", "<body", "<span", "<a href"].reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 }
        return tags >= 5
    }

    /// Three or more lines, each with the same number (at least two) of one separator.
    static func looksLikeTable(_ head: String) -> Bool {
        let lines = head.split(whereSeparator: \.isNewline).prefix(6).filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count >= 3 else { return false }
        for separator in [",", ";", "\t"] as [Character] {
            let counts = lines.prefix(lines.count - 1).map { line in line.filter { $0 == separator }.count }
            if let first = counts.first, first >= 2, counts.allSatisfy({ $0 == first }) { return true }
        }
        return false
    }

    /// Whether at least one word in twenty of a window of 30 words or more is an English function
    /// word (a short text says too little to judge).
    static func looksLikeEnglish(_ head: String) -> Bool {
        var words = 0, english = 0
        for word in head.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if englishFunctionWords.contains(String(word)) { english += 1 }
        }
        return words < 30 || english * 20 >= words
    }
}
