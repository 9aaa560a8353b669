import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

/// How input bytes become document text, and which inputs are refused.
public struct TextDecoding: Sendable {
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the document.
    public var lossy = false
    /// Treat the input as HTML: blank out tags, comments, scripts and styles, decode entities,
    /// keeping every offset equal to the offset in the original file (see `HTMLText`).
    public var html = false
    /// Documents larger than this many bytes are refused with a message.
    public var maxBytes = 256 << 20

    public init(lossy: Bool = false, html: Bool = false, maxBytes: Int = 256 << 20) {
        self.lossy = lossy
        self.html = html
        self.maxBytes = maxBytes
    }

    /// Why bytes could not become a document.
    public enum Failure: Error, CustomStringConvertible {
        case tooLarge(bytes: Int, limit: Int)
        case binary(offset: Int)
        case invalidUTF8(byteOffset: Int)
        case invalidUTF16

        public var description: String {
            switch self {
            case .tooLarge(let bytes, let limit):
                "too large: \(bytes) bytes, more than the limit of \(limit) (--max-bytes)"
            case .binary(let offset):
                "looks like a binary file (NUL byte at \(offset)), not text: skipped"
            case .invalidUTF8(let offset):
                "invalid UTF-8 at byte \(offset) (--lossy replaces bad bytes and goes on)"
            case .invalidUTF16:
                "invalid UTF-16 after its byte order mark"
            }
        }
    }

    /// Decodes a whole file: UTF-8 (with or without BOM) or UTF-16 with a BOM.
    /// A NUL byte in the first 8 KiB of a file without a UTF-16 BOM marks it as binary.
    public func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.count > maxBytes { return .failure(.tooLarge(bytes: bytes.count, limit: maxBytes)) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) { return .failure(.binary(offset: nul)) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = UTF8Text.firstInvalidByte(in: body), !lossy {
            return .failure(.invalidUTF8(byteOffset: bad + (bytes.count - body.count)))
        }
        return .success(String(decoding: body, as: UTF8.self))
    }

    /// A document from decoded text: with `html`, the text analysed is the page's plain text
    /// (same offsets) and the page itself is kept as the document's `source`.
    public func document(id: String, text: String, published: PublicationDate?, metadata: [String: String] = [:]) -> Document {
        guard html else { return Document(id: id, text: text, published: published, metadata: metadata) }
        var document = Document(id: id, text: HTMLText.plainText(fromHTML: text), published: published, metadata: metadata)
        document.source = text
        return document
    }

    private func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Result<String, Failure> {
        guard bytes.count % 2 == 0 else { return .failure(.invalidUTF16) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        if !lossy {
            var iterator = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break loop
                case .error: return .failure(.invalidUTF16)
                }
            }
        }
        return .success(String(decoding: units, as: UTF16.self))
    }
}

/// Plain text from HTML with the same code point offsets as the original: markup is replaced by
/// spaces (line breaks inside it are kept), and an entity by its character followed by spaces,
/// so that a `.ann` written for the plain text also fits the HTML file. Text inside `<script>`
/// and `<style>` is blanked too.
public enum HTMLText {
    public static func plainText(fromHTML html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        func blank(_ range: Range<Int>) {
            for k in range { out.append(scalars[k] == "\n" || scalars[k] == "\r" ? scalars[k] : " ") }
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                let lowerRest = lowercasedPrefix(scalars, from: i, length: 9)
                var end: Int
                if lowerRest.hasPrefix("<!--") {
                    end = find(scalars, "-->", from: i + 4).map { $0 + 3 } ?? scalars.count
                } else if lowerRest.hasPrefix("<script") || lowerRest.hasPrefix("<style") {
                    let closing = lowerRest.hasPrefix("<script") ? "</script" : "</style"
                    end = findCaseInsensitive(scalars, closing, from: i + 1) ?? scalars.count
                    end = find(scalars, ">", from: end).map { $0 + 1 } ?? scalars.count
                } else if i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic || scalars[i + 1] == "/" || scalars[i + 1] == "!" || scalars[i + 1] == "?" {
                    end = find(scalars, ">", from: i + 1).map { $0 + 1 } ?? scalars.count
                } else {
                    out.append(c)
                    i += 1
                    continue
                }
                blank(i..<end)
                i = end
            } else if c == "&", let (decoded, length) = entity(scalars, at: i) {
                out.append(decoded)
                for _ in 1..<length { out.append(" ") }
                i += length
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "eacute": "é", "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "ccedil": "ç", "ntilde": "ñ", "acirc": "â", "ocirc": "ô",
        "copy": "©", "reg": "®", "deg": "°", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»",
    ]

    /// An entity at `index` (`&amp;`, `&#39;`, `&#x2019;`): its character and its length.
    private static func entity(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < scalars.count, end - index <= 10, scalars[end] != ";" {
            guard scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil || scalars[end] == "#" else { return nil }
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", end > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        let length = end - index + 1
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { ($0, length) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { ($0, length) }
        }
        return named[name].map { ($0, length) }
    }

    private static func lowercasedPrefix(_ scalars: [Unicode.Scalar], from index: Int, length: Int) -> String {
        String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + length)])).lowercased()
    }

    private static func find(_ scalars: [Unicode.Scalar], _ needle: String, from index: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard pattern.count <= scalars.count else { return nil }
        var i = index
        while i + pattern.count <= scalars.count {
            if scalars[i] == pattern[0], Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ scalars: [Unicode.Scalar], _ needle: String, from index: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var i = index
        while i + pattern.count <= scalars.count {
            var matched = true
            for k in 0..<pattern.count where Character(scalars[i + k]).lowercased() != Character(pattern[k]).lowercased() {
                matched = false
                break
            }
            if matched { return i }
            i += 1
        }
        return nil
    }
}
