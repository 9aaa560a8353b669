import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// Cheap looks at the start of a document for inputs that are probably not what the user meant to
/// annotate: markup read as plain text, a table, or a language other than English. Each gives a
/// warning; the document is annotated all the same. The checks read the first 4 KB as bytes, with
/// no allocation per word.
public enum TextChecks {
    /// How much of the text the checks read, in UTF-8 bytes.
    static let window = 4096

    /// English words frequent in any news text; a prose window with almost none of them is not English.
    static let englishFunctionWords = [
        "the", "of", "and", "in", "to", "a", "was", "were", "is", "are", "said", "on", "at", "by", "for", "with",
        "that", "from", "has", "have", "had", "it", "he", "they", "their", "an", "as", "after", "who",
    ]
    /// The function words packed as `looksLikeEnglish` packs a word of the text (its bytes, first
    /// to last, in one integer; letters are never 0, so words of different lengths differ),
    /// sorted: a word is looked for by halving, five comparisons.
    static let packedFunctionWords: [UInt64] = englishFunctionWords.map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }.sorted()

    /// Whether a packed word (as `looksLikeEnglish` packs one) is a function word.
    private static func isFunctionWord(_ packed: UInt64, in words: [UInt64]) -> Bool {
        let index = words.partitionPoint { $0 < packed }
        return index < words.count && words[index] == packed
    }

    /// The warning for a document, or nil when it looks like English prose. `htmlInput` is true
    /// when the input was read as HTML (`--html`).
    public static func warning(for text: String, htmlInput: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(window))
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
    }

    /// Starts with a doctype or `<html`, or holds five tags such as `<p>`, `<div`, `<br`.
    static func looksLikeHTML(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let open = nextOpeningBracket(in: head, from: 0) else { return false }
        if head[..<open].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            for prefix in documentStarts where startsWith(head, at: open, prefix) { return true }
        }
        var tags = 0
        var next: Int? = open
        while let index = next {
            for tag in commonTags where startsWith(head, at: index, tag) {
                tags += 1
                if tags == 5 { return true }
            }
            next = nextOpeningBracket(in: head, from: index + 1)
        }
        return false
    }

    /// The offset of the next `<` from `start` on (`memchr`: prose has none, and is passed over
    /// many bytes at a time).
    private static func nextOpeningBracket(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x3C, bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    static let documentStarts: [[UInt8]] = ["<!doctype html", "<html"].map { Array($0.utf8) }
    static let commonTags: [[UInt8]] = ["<p>", "<p ", "<div", "<br", "<body", "<span", "<a href"].map { Array($0.utf8) }

    /// Case-insensitive (ASCII) prefix test at a position.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: [UInt8]) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() where lower(bytes[start + offset]) != byte { return false }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Three or more short lines (under 200 bytes, as table rows are and paragraphs are not), each
    /// with the same number, at least two, of one separator (`,`, `;` or a tab).
    static func looksLikeTable(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = head.baseAddress else { return false }
        var lines: [(comma: Int, semicolon: Int, tab: Int)] = []
        lines.reserveCapacity(6)
        var start = 0
        // line by line, each break found by memchr: a note without one, or a paragraph of 200
        // bytes or more, is passed over without reading its bytes one by one
        while lines.count < 6, start < head.count, let found = memchr(base + start, 0x0A, head.count - start) {
            let lineStart = start, end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            let line = UnsafeBufferPointer(rebasing: head[lineStart..<end])
            start = end + 1
            // (carriage returns are not counted in a line's length)
            if line.count >= 200, memchr(base + lineStart, 0x0D, line.count) == nil { return false }
            var current = (comma: 0, semicolon: 0, tab: 0)
            var length = 0
            for byte in line where byte != 0x0D {
                length += 1
                if byte == 0x2C { current.comma += 1 }
                if byte == 0x3B { current.semicolon += 1 }
                if byte == 0x09 { current.tab += 1 }
            }
            guard length > 0 else { continue }
            guard length < 200 else { return false }
            lines.append(current)
        }
        guard lines.count >= 3 else { return false }
        func sameInEveryLine(_ count: ((comma: Int, semicolon: Int, tab: Int)) -> Int) -> Bool {
            let first = count(lines[0])
            return first >= 2 && lines.allSatisfy { count($0) == first }
        }
        return sameInEveryLine { $0.comma } || sameInEveryLine { $0.semicolon } || sameInEveryLine { $0.tab }
    }

    /// Whether at least one word in twenty of a window of 30 words or more is an English function
    /// word (a short text says too little to judge). Words are runs of letters; a byte of a
    /// non-ASCII letter counts as a letter. English prose answers within its first sentences.
    /// One pass over the bytes: a word's first letters are packed as they are read.
    static func looksLikeEnglish(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0, english = 0
        var length = 0  // letters of the word being read; 0 between words
        var packed: UInt64 = 0  // its first six letters, lower-cased
        let functionWords = packedFunctionWords
        func close() {
            words += 1
            // no function word is longer than five letters
            if length <= 5, isFunctionWord(packed, in: functionWords) { english += 1 }
            length = 0
            packed = 0
        }
        for byte in head {
            if isLetter(byte) {
                if length < 6 { packed = packed << 8 | UInt64(lower(byte)) }
                length += 1
            } else if length > 0 {
                close()
                if words >= 30 && english * 20 >= words { return true }
            }
        }
        if length > 0 { close() }
        return words < 30 || english * 20 >= words
    }

    /// A byte of a word: an ASCII letter, or any byte of a non-ASCII character.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
    }
}
