import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// A JSON value as read, with integers kept apart from fractions and object keys in the order
/// written: the event scorer works on these, not on `EventRecord` fields, so that any field an
/// event line carries is scored as the reference scorer (Python) sees it.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer beyond 64 bits, as its decimal digits (with `-` when negative).
    case bigInt(String)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A JSON object: keys in the order first written; a repeated key keeps its first place and takes
/// the last value (as Python's `json` does).
public struct JSONObject: Sendable, Hashable {
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    public init() {}

    public init(_ pairs: [(String, JSONValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var pairs: [(key: String, value: JSONValue)] { keys.map { ($0, values[$0]!) } }
    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }
}

// MARK: - Reading

/// Why a JSON text could not be read: the message and the character (code point) offset.
public struct JSONValueError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) at character \(offset)" }
}

extension JSONValue {
    /// Parses one JSON text as Python's `json.loads` does: white space is space, tab, CR and LF;
    /// `NaN`, `Infinity` and `-Infinity` are numbers; control characters inside strings are
    /// refused; a number with a fraction or exponent is a `double`, otherwise an integer.
    public static func parse(_ text: String) throws(JSONValueError) -> JSONValue {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw parser.error("extra data") }
        return value
    }
}

private struct JSONParser {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    func error(_ message: String) -> JSONValueError { JSONValueError(message: message, offset: index) }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
    }

    mutating func literal(_ word: String) -> Bool {
        let wordScalars = Array(word.unicodeScalars)
        guard index + wordScalars.count <= scalars.count, Array(scalars[index..<index + wordScalars.count]) == wordScalars else {
            return false
        }
        index += wordScalars.count
        return true
    }

    mutating func value(depth: Int) throws(JSONValueError) -> JSONValue {
        guard depth < 512 else { throw error("nested too deeply") }
        guard let scalar = current else { throw error("expecting value") }
        switch scalar {
        case "{":
            index += 1
            var object = JSONObject()
            skipSpace()
            if current == "}" { index += 1; return .object(object) }
            while true {
                skipSpace()
                guard current == "\"" else { throw error("expecting property name enclosed in double quotes") }
                let key = try string()
                skipSpace()
                guard current == ":" else { throw error("expecting ':' delimiter") }
                index += 1
                skipSpace()
                object[key] = try value(depth: depth + 1)
                skipSpace()
                if current == "," { index += 1; continue }
                if current == "}" { index += 1; return .object(object) }
                throw error("expecting ',' delimiter")
            }
        case "[":
            index += 1
            var array: [JSONValue] = []
            skipSpace()
            if current == "]" { index += 1; return .array(array) }
            while true {
                skipSpace()
                array.append(try value(depth: depth + 1))
                skipSpace()
                if current == "," { index += 1; continue }
                if current == "]" { index += 1; return .array(array) }
                throw error("expecting ',' delimiter")
            }
        case "\"":
            return .string(try string())
        default:
            if literal("null") { return .null }
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("NaN") { return .double(.nan) }
            if literal("Infinity") { return .double(.infinity) }
            if literal("-Infinity") { return .double(-.infinity) }
            return try number()
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value >= 0x30 && scalar.value <= 0x39
    }

    mutating func number() throws(JSONValueError) -> JSONValue {
        let start = index
        if current == "-" { index += 1 }
        guard Self.isDigit(current) else { index = start; throw error("expecting value") }
        if current == "0" {
            index += 1
        } else {
            while Self.isDigit(current) { index += 1 }
        }
        var isInteger = true
        if current == ".", index + 1 < scalars.count, Self.isDigit(scalars[index + 1]) {
            isInteger = false
            index += 1
            while Self.isDigit(current) { index += 1 }
        }
        if current == "e" || current == "E" {
            var look = index + 1
            if look < scalars.count, scalars[look] == "+" || scalars[look] == "-" { look += 1 }
            if look < scalars.count, Self.isDigit(scalars[look]) {
                isInteger = false
                index = look
                while Self.isDigit(current) { index += 1 }
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<index])
        if isInteger {
            if let number = Int(text) { return .int(number) }
            return .bigInt(PythonValue.normalizedInteger(text))
        }
        return .double(Double(text) ?? .nan)
    }

    mutating func hex4() throws(JSONValueError) -> UInt32 {
        guard index + 4 <= scalars.count else { throw error("invalid \\uXXXX escape") }
        var value: UInt32 = 0
        for scalar in scalars[index..<index + 4] {
            guard let digit = Int(String(scalar), radix: 16) else { throw error("invalid \\uXXXX escape") }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }

    mutating func string() throws(JSONValueError) -> String {
        index += 1  // the opening quote
        var out = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw error("unterminated string") }
            index += 1
            switch scalar {
            case "\"":
                return String(out)
            case "\\":
                guard let escaped = current else { throw error("unterminated string") }
                index += 1
                switch escaped {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" {
                        let save = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = save
                        }
                    }
                    // A lone surrogate (Python keeps it) cannot be held in a Swift string.
                    out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    index -= 1
                    throw error("invalid \\escape")
                }
            default:
                if scalar.value < 0x20 { index -= 1; throw error("invalid control character") }
                out.append(scalar)
            }
        }
    }
}

// MARK: - Writing

extension JSONValue {
    /// Compact JSON text (no ASCII escaping beyond what JSON needs); `NaN` and the infinities as
    /// Python writes them.
    public var jsonText: String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .bigInt(let digits): out += digits
        case .double(let number):
            if number.isNaN { out += "NaN" } else if number.isInfinite { out += number < 0 ? "-Infinity" : "Infinity" } else {
                out += PythonValue.floatRepr(number)
            }
        case .string(let text): JSONWriter.appendQuoted(text, to: &out)
        case .array(let items):
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (n, pair) in object.pairs.enumerated() {
                if n > 0 { out += "," }
                JSONWriter.appendQuoted(pair.key, to: &out)
                out += ":"
                pair.value.write(to: &out)
            }
            out += "}"
        }
    }
}

// MARK: - Python semantics

/// How Python treats JSON values where the reference scorer relies on it: truth (`if x`),
/// equality (`==`), `str(x)` and `int(x)`.
public enum PythonValue {
    /// `bool(x)`: null, false, zero, empty strings, lists and objects are false.
    public static func truthy(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .bigInt: return true
        case .double(let number): return number != 0
        case .string(let text): return !text.unicodeScalars.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let object): return !object.isEmpty
        }
    }

    /// A value that takes part in numeric comparison: booleans are 0 and 1.
    private enum Numeric { case integer(String), double(Double) }

    private static func numeric(_ value: JSONValue) -> Numeric? {
        switch value {
        case .bool(let flag): return .integer(flag ? "1" : "0")
        case .int(let number): return .integer(String(number))
        case .bigInt(let digits): return .integer(digits)
        case .double(let number): return .double(number)
        default: return nil
        }
    }

    /// `a == b`: numbers compare by value across int, float and bool; strings code point by code
    /// point; lists item by item; objects by their key sets and values.
    public static func equal(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        let a = a ?? .null, b = b ?? .null
        if let x = numeric(a), let y = numeric(b) {
            switch (x, y) {
            case (.integer(let m), .integer(let n)): return m == n
            case (.double(let m), .double(let n)): return m == n
            case (.integer(let m), .double(let n)), (.double(let n), .integer(let m)):
                guard n.isFinite, n.rounded(.towardZero) == n else { return false }
                return exactInteger(n) == m
            }
        }
        switch (a, b) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            return x.pairs.allSatisfy { pair in y[pair.key].map { equal(pair.value, $0) } ?? false }
        default: return false
        }
    }

    /// `str(x)`: a string as it is, `None`, `True`, Python's float repr, lists and dicts as Python
    /// prints them.
    public static func str(_ value: JSONValue?) -> String {
        guard let value else { return "None" }
        if case .string(let text) = value { return text }
        return repr(value)
    }

    /// `repr(x)`.
    public static func repr(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .bigInt(let digits): return digits
        case .double(let number): return floatRepr(number)
        case .string(let text): return stringRepr(text)
        case .array(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.pairs.map { stringRepr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// Python's `repr` of a str: single quotes unless the text has a single quote and no double one.
    static func stringRepr(_ text: String) -> String {
        let hasSingle = text.unicodeScalars.contains("'"), hasDouble = text.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        func hex(_ value: UInt32, _ width: Int) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote, "\\": out.append("\\"); out.append(scalar)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if isPrintable(scalar) {
                    out.append(scalar)
                } else if scalar.value < 0x100 {
                    out.append(contentsOf: ("\\x" + hex(scalar.value, 2)).unicodeScalars)
                } else if scalar.value < 0x10000 {
                    out.append(contentsOf: ("\\u" + hex(scalar.value, 4)).unicodeScalars)
                } else {
                    out.append(contentsOf: ("\\U" + hex(scalar.value, 8)).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// Python's `str.isprintable` for one character: not a control, format, surrogate, private,
    /// unassigned or separator character, the space excepted.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python's `repr(float)`: the shortest digits that read back, in positional notation when the
    /// decimal exponent is from -4 to 15, else as `1.5e+16` / `1e-05`.
    public static func floatRepr(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        let sign = number.sign == .minus ? "-" : ""
        if number == 0 { return sign + "0.0" }
        // Swift's description also gives the shortest digits that read back; take them apart.
        let text = "\(number.magnitude)"
        let parts = text.split(separator: "e", maxSplits: 1)
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1)
        let whole = String(mantissa[0]), fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        var digits = Array(whole + fraction)
        // value = 0.DIGITS × 10^decimalPoint
        exponent += whole.count
        while digits.first == "0" { digits.removeFirst(); exponent -= 1 }
        while digits.last == "0" { digits.removeLast() }
        let decimalPoint = exponent
        let body: String
        if decimalPoint <= -4 || decimalPoint > 16 {
            var mantissaText = String(digits[0])
            if digits.count > 1 { mantissaText += "." + String(digits[1...]) }
            let e = decimalPoint - 1
            let eDigits = String(abs(e))
            body = mantissaText + "e" + (e < 0 ? "-" : "+") + (eDigits.count < 2 ? "0" + eDigits : eDigits)
        } else if decimalPoint <= 0 {
            body = "0." + String(repeating: "0", count: -decimalPoint) + String(digits)
        } else if decimalPoint < digits.count {
            body = String(digits[..<decimalPoint]) + "." + String(digits[decimalPoint...])
        } else {
            body = String(digits) + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
        }
        return sign + body
    }

    /// Decimal digits without leading zeros (and `0` without a sign).
    static func normalizedInteger(_ text: String) -> String {
        var negative = false
        var digits = Substring(text)
        if digits.first == "-" { negative = true; digits = digits.dropFirst() } else if digits.first == "+" { digits = digits.dropFirst() }
        let trimmed = digits.drop { $0 == "0" }
        if trimmed.isEmpty { return "0" }
        return (negative ? "-" : "") + trimmed
    }

    /// The exact decimal digits of an integral double.
    static func exactInteger(_ number: Double) -> String {
        if number.magnitude < 9.0e18 { return String(Int64(number)) }
        // significand × 2^exponent, by doubling a little-endian decimal digit array
        var digits = Array(String(number.significandBitPattern | (1 << 52)).reversed().map { Int(String($0))! })
        for _ in 0..<(Int(number.exponent) - 52) {
            var carry = 0
            for n in digits.indices {
                let value = digits[n] * 2 + carry
                digits[n] = value % 10
                carry = value / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return (number < 0 ? "-" : "") + digits.reversed().map(String.init).joined()
    }

    /// `int(x)` as normalized decimal digits, or nil where Python raises: booleans are 0 and 1,
    /// floats are cut toward zero, strings are read as Python reads them (white space around, a
    /// sign, decimal digits of any script, `_` between digits).
    public static func int(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case .bool(let flag): return flag ? "1" : "0"
        case .int(let number): return String(number)
        case .bigInt(let digits): return digits
        case .double(let number):
            guard number.isFinite else { return nil }
            return exactInteger(number.rounded(.towardZero))
        case .string(let text):
            var scalars = Array(text.unicodeScalars)
            while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            var negative = false
            if let first = scalars.first, first == "+" || first == "-" {
                negative = first == "-"
                scalars.removeFirst()
            }
            guard !scalars.isEmpty else { return nil }
            var digits = ""
            var previousWasDigit = false
            for scalar in scalars {
                if scalar == "_" {
                    guard previousWasDigit else { return nil }
                    previousWasDigit = false
                    continue
                }
                guard scalar.properties.generalCategory == .decimalNumber,
                      let numeric = scalar.properties.numericValue, numeric >= 0, numeric <= 9 else { return nil }
                digits += String(Int(numeric))
                previousWasDigit = true
            }
            guard previousWasDigit else { return nil }
            return normalizedInteger((negative ? "-" : "") + digits)
        default:
            return nil
        }
    }

    /// What `for x in value` yields where the scorer iterates `x or []`: the items of a list, the
    /// characters of a string, the keys of an object; nothing for a false value (or a number, on
    /// which Python would fail).
    public static func items(_ value: JSONValue?) -> [JSONValue] {
        guard truthy(value), let value else { return [] }
        switch value {
        case .array(let items): return items
        case .string(let text): return text.unicodeScalars.map { .string(String($0)) }
        case .object(let object): return object.keys.map { .string($0) }
        default: return []
        }
    }
}
