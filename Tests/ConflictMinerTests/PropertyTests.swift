import Foundation
import PropertyBased
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// Offset invariants that must hold for any input, checked on random texts built from news
/// fragments (dates, counts, places, groups) mixed with hostile pieces (astral characters,
/// combining marks, right-to-left text, CR/CRLF, control characters, long runs).
@Suite("Offset properties")
struct OffsetPropertyTests {
    static let fragments: [String] = [
        "Gunmen killed", " at least 26 people", " six soldiers were martyred", " on November 9", ", 2024",
        " in Quetta", " Balochistan", " the Baloch Liberation Army (BLA)", " Jaish al-Adl", " Jaish-ul-Adl",
        " last week", " two days ago", " 09/11/2024", " early March", " mid-2023", " dozens were injured",
        " Kabul", "'s", "’s", " BLA", " TTP", " claimed", " responsibility", ".", "\n", "\r\n", "\r", " ",
        "  ", "\t", " 👍🏽", "🇵🇰", " e\u{301}", "\u{0301}", " کوئٹہ میں دھماکہ", " انفجار در زاهدان", " שלום",
        "\u{200F}", "\u{200B}", "\u{0}", "\u{7}", "\u{FEFF}", " F-16", " $60 billion", " 900-kilometre",
        " 12:30", " Rs3bn", " a 12-year-old", "!!!!!!!!", "--", "—", "“", "”", " 𝒳𝒴", " ﬁeld", " Ｔｏｋｙｏ",
        " twenty-six", " a hundred and twelve", " between 10 and 15", " Monday night", " the 1990s",
        " Dera Ismail Khan", " North Waziristan", " Lashkar-e-Taiba", " JNIM", " al-Shabaab", " Mogadishu",
        String(repeating: "a", count: 300), String(repeating: "9", count: 40), "(", ")", "[", "]", "'", "\"",
    ]

    static let texts = Gen<String?>.element(of: fragments).array(of: 0...60).map { $0.compactMap { $0 }.joined() }

    static let pipeline = Loaded("the pipeline over Gazetteers/") { try Pipeline.standard(gazetteers: projectGazetteers) }

    @Test("the analyzer's UTF-16 decoding is the standard library's, into a buffer reused")
    func utf16Decoding() async {
        var units: [UInt16] = [0xFFFF]
        await propertyCheck(count: 300, input: Self.texts) { text in
            let count = TextAnalyzer.decodeUTF16(text, into: &units)
            #expect(Array(units[0..<count]) == Array(text.utf16))
        }
    }

    @Test("the analyzer's UTF-8 encoding of folded keys is the standard library's, lone surrogates repaired alike")
    func utf8Encoding() async {
        let units = Gen<UInt16?>.element(of: [0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2019, 0xFFFF, 0xD83D, 0xDE00, 0xD800,
                                              0xDBFF, 0xDC00, 0xDFFF]).array(of: 0...12).map { $0.compactMap { $0 } }
        await propertyCheck(count: 300, input: units) { units in
            var bytes: [UInt8] = []
            units.withUnsafeBufferPointer { TextAnalyzer.appendUTF8(of: $0, to: &bytes) }
            #expect(bytes == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }

    @Test("tokens tile the text, in code points and in UTF-8, and lines tile the tokens")
    func tokensTile() async throws {
        let analyzer = try TextAnalyzer()
        await propertyCheck(count: 300, input: Self.texts) { text in
            let analyzed = analyzer.analyze(Document(id: "p", text: text))
            var codePoint = 0, utf8 = 0
            var surfaces = ""
            for (index, token) in analyzed.tokens.enumerated() {
                #expect(token.start == codePoint && token.utf8Start == utf8)
                let end = analyzed.end(of: index), utf8End = analyzed.utf8End(of: index)
                #expect(end > token.start && utf8End > token.utf8Start)
                #expect(token.length == end - token.start)  // the stored length agrees with the tiling
                // the surface is the text between the token's code point offsets
                let scalars = text.unicodeScalars
                let first = scalars.index(scalars.startIndex, offsetBy: token.start)
                #expect(analyzed.surface(index) == String(scalars[first..<scalars.index(first, offsetBy: token.length)]))
                surfaces += analyzed.surface(index)
                codePoint = end
                utf8 = utf8End
            }
            #expect(codePoint == text.unicodeScalars.count)
            #expect(utf8 == text.utf8.count)
            #expect(surfaces == text)
            // lines tile the tokens, each ending with its line break and holding no other
            var next = 0
            for (number, line) in analyzed.lines.enumerated() {
                #expect(line.lowerBound == next && !line.isEmpty)
                for index in line {
                    let isBreak = analyzed.tokens[index].kind == .whitespace && analyzed.tokens[index].shape.contains(.lineBreak)
                    if index < line.upperBound - 1 {
                        #expect(!isBreak)  // no break inside a line
                    } else if number < analyzed.lines.count - 1 {
                        #expect(isBreak)  // every line but the last ends with one
                    }
                }
                next = line.upperBound
            }
            #expect(next == analyzed.tokens.count)
        }
    }

    static let ownTables = Loaded("the extractors over Gazetteers/") {
        try ExtractorRegistry.standard.makeAll(gazetteers: projectGazetteers)
    }

    @Test("each extractor finds the same over the pipeline's shared vocabulary as over its own, and a text numbered as it is analyzed has the ids a lookup gives")
    func sharedVocabularyChangesNothing() async throws {
        let pipeline = try Self.pipeline.get()
        let own = try Self.ownTables.get()
        let analyzer = try TextAnalyzer()
        #expect(pipeline.extractors.map(\.name) == own.map(\.name))
        await propertyCheck(count: 200, input: Self.texts) { text in
            let document = Document(id: "p", text: text)
            let numbered = pipeline.analyze(document, with: analyzer)
            let unnumbered = analyzer.analyze(document)
            #expect(numbered.words.count == numbered.tokens.count && unnumbered.words.count == 0)
            // numbered while analyzed, from the keys of the documents before: as looked up afresh
            var lookedUp = unnumbered
            lookedUp.identifyWords(with: pipeline.vocabulary)
            #expect(numbered.tokens.indices.allSatisfy { numbered.words[$0] == lookedUp.words[$0] })
            for (shared, alone) in zip(pipeline.extractors, own) {
                let expected = alone.extract(from: unnumbered)
                #expect(shared.extract(from: numbered) == expected, "\(shared.name)")
                #expect(shared.extract(from: unnumbered) == expected, "\(shared.name), tokens not numbered")
            }
        }
    }

    @Test("every entity's covered text is its slice, and BRAT and JSONL carry it unchanged")
    func entitiesFit() async throws {
        let pipeline = try Self.pipeline.get()
        let analyzer = try TextAnalyzer()
        await propertyCheck(count: 300, input: Self.texts) { text in
            let annotated = pipeline.annotate(Document(id: "p", text: text), with: analyzer)
            let points = CodePoints(text)
            var previousEnd = 0
            for entity in annotated.entities {
                #expect(entity.start >= previousEnd && entity.start < entity.end && entity.end <= points.count)
                if entity.start >= 0, entity.start < entity.end, entity.end <= points.count {
                    #expect(entity.text == points.slice(entity.start, entity.end))
                }
                previousEnd = entity.end
            }
            let reread = Brat.parse(Brat.serialize(annotated.entities), text: points)
            #expect(reread.problems.isEmpty)
            // a file carries the attributes, not the typed value they were written from
            #expect(reread.entities.map(\.entity) == annotated.entities.map {
                Entity(type: $0.type, start: $0.start, end: $0.end, text: $0.text, attributes: $0.attributes)
            })
            let line = annotated.jsonLine()
            #expect(!line.contains("\n"))
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }
}

/// Indexes that replace a pass over every item must answer as the pass does.
@Suite("Index properties")
struct IndexPropertyTests {
    static let ranges = zip(Gen.int(in: 0...40), Gen.int(in: 1...6)).map { $0..<($0 + $1) }

    @Test("the group extractor's exclusion index answers as a scan of the exclusions")
    func excludedRanges() async {
        await propertyCheck(count: 300, input: Self.ranges.array(of: 0...12), Self.ranges.array(of: 1...12)) { exclusions, queries in
            let index = GroupExtractor.ExcludedRanges(exclusions)
            for query in queries + [5..<5] {
                #expect(index.holds(query) == exclusions.contains { $0.lowerBound <= query.lowerBound && query.upperBound <= $0.upperBound })
                #expect(index.overlaps(query) == exclusions.contains { $0.overlaps(query) })
                #expect(index.starts(at: query.lowerBound) == exclusions.contains { $0.lowerBound == query.lowerBound })
                #expect(index.ends(at: query.upperBound) == exclusions.contains { $0.upperBound == query.upperBound })
            }
        }
    }

    @Test("the halving search finds what a scan from the start finds")
    func partitionPoint() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...30).array(of: 0...20), Gen.int(in: -1...31)) { values, probe in
            let sorted = values.sorted()
            #expect(sorted.partitionPoint { $0 < probe } == (sorted.firstIndex { $0 >= probe } ?? sorted.count))
        }
    }

    @Test("a bit array reads back as the array of Bool written alongside it")
    func bitArray() async {
        let writes = zip(Gen.int(in: 0...199), Gen.bool).array(of: 0...60)
        await propertyCheck(count: 300, input: Gen.int(in: 0...200), writes) { count, writes in
            var bits = BitArray(count: count)
            var bools = [Bool](repeating: false, count: count)
            for (index, value) in writes where index < count {
                bits[index] = value
                bools[index] = value
            }
            #expect((-1...count).map { bits[$0] } == [false] + bools + [false])
        }
    }

    @Test("an integer map reads back as a dictionary written alongside it, however it grew")
    func intMap() async {
        // keys close together (token indices), far apart and negative, written over again
        let keys = zip(zip(Gen.int(in: -20...200), Gen.int(in: -3_000_000...3_000_000)), Gen.bool).map { pair, near in
            near ? pair.0 : pair.1
        }
        let writes = zip(keys, Gen.int(in: 0...1000)).array(of: 0...200)
        await propertyCheck(count: 300, input: Gen.int(in: 0...64), writes) { capacity, writes in
            var map = IntMap(capacity: capacity)
            var dictionary: [Int: Int] = [:]
            for (key, value) in writes {
                map[key] = value
                dictionary[key] = value
            }
            #expect(map.count == dictionary.count)
            #expect(dictionary.allSatisfy { map[$0.key] == $0.value })
            #expect((-5...5).filter { dictionary[$0] == nil }.allSatisfy { map[$0] == nil })
        }
    }

    @Test("a token index list holds what an array would, in order, up to its capacity")
    func tokenIndexListIsAnArray() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...5000).array(of: 0...TokenIndexList.capacity)) { indices in
            var list = TokenIndexList()
            for index in indices { list.append(index) }
            #expect(Array(list) == indices)
            #expect(list.count == indices.count && list.isEmpty == indices.isEmpty)
            #expect(list.first == indices.first && list.last == indices.last)
            #expect(Array(list.reversed()) == indices.reversed())
        }
    }

    @Test("an array written in place holds what the writer wrote, short or long")
    func arrayWrittenInPlace() async {
        // (up to 4,096 elements go through a scratch buffer, longer ones are written in place)
        await propertyCheck(count: 200, input: Gen.int(in: 0...5000), Gen.int(in: 0...5000)) { capacity, wanted in
            let written = min(capacity, wanted)
            let array = [Int32](capacity: capacity) { buffer in
                for index in 0..<written { buffer[index] = Int32(index * 3) }
                return written
            }
            #expect(array == (0..<written).map { Int32($0 * 3) })
        }
    }
}

/// Shortcuts that skip work must skip only work that would change nothing.
@Suite("Shortcut properties")
struct ShortcutPropertyTests {
    static let values = Gen<String?>.element(of: ["Front", " ", "  ", "North", "\t", "\n", "\u{A0}", "é", "-", "x", "\u{7F}"])
        .array(of: 0...8).map { $0.compactMap { $0 }.joined() }

    @Test("a zero-padded number reads as its decimal padded with zeros")
    func zeroPadding() async {
        await propertyCheck(count: 500, input: Gen.int(in: -20_000...2_000_000), Gen.int(in: 0...8)) { value, width in
            let plain = String(value)
            #expect(zeroPadded(value, width: width) == String(repeating: "0", count: max(0, width - plain.count)) + plain)
        }
    }

    @Test("a TIMEX value's precision read from its bytes is the one its split parts give")
    func timexPrecision() async {
        let values = Gen<String?>.element(of: ["2", "0", "1", "9", "X", "-", "--", "W", "S", "P", "U", "F", "A", "I", "T", "E", " ", "0-"])
            .array(of: 0...12).map { $0.compactMap { $0 }.joined() }
        let dates = Gen<String?>.element(of: ["2024", "2024-05", "2024-05-06", "2024-W07", "2024-SU", "2024-XX-XX", "202", "20",
                                             "XXXX-05", "2024-05-06T10:00", "2024-WXX", "2024-05-XX", "PRESENT_REF"])
            .map { $0 ?? "" }
        await propertyCheck(count: 800, input: values, dates) { value, date in
            #expect(EventRecord.precision(ofTimex: value) == EventRecord.splitPrecision(ofTimex: value))
            #expect(EventRecord.precision(ofTimex: date) == EventRecord.splitPrecision(ofTimex: date))
        }
    }

    @Test("a victim phrase's words read from its bytes are its letter runs, lower-cased")
    func letterWords() async {
        let phrases = Gen<String?>.element(of: ["Police", "officers", " ", "-", "'", "Ç", "ª", "é", "\r\n", "@", "[", "`", "{", "Z", "a", "9"])
            .array(of: 0...10).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 500, input: phrases) { phrase in
            #expect(EventLexicon.letterWords(of: phrase) == phrase.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
    }

    @Test("the event phrase tables compare keys as String equality does: a decomposed word finds the composed key")
    func composedKeys() {
        var table = EventLexicon.PhraseTable()
        table.add(["caf\u{E9}"], "place")
        table.add(["cafe\u{301}", "bar"], "two words")
        #expect(table.value(of: "caf\u{E9}") == "place")
        #expect(table.match(["caf\u{E9}", "bar"], at: 0)?.value == "two words")
        #expect(table.value(of: EventLexicon.PhraseTable.composed("cafe\u{301}")) == "place")
        #expect(EventLexicon.letterWords(of: "Cafe\u{301} bar") == ["caf\u{E9}", "bar"])
    }

    @Test("a table cell is trimmed as Foundation trims whitespace")
    func trimming() async {
        let cells = Gen<String?>.element(of: ["a", " ", "\t", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{301}", "é", "|", "\r"])
            .array(of: 0...6).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 500, input: cells) { cell in
            #expect(TSVTable.trimmed(cell) == cell.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("an array filled through the growth path holds what init(repeating:count:) holds")
    func filledArrays() {
        for count in [0, 1, 2, 63, 64, 65, 1_000] {
            #expect([Int32](filledWith: -1, count: count) == [Int32](repeating: -1, count: count))
            #expect([String?](filledWith: "x", count: count) == [String?](repeating: "x", count: count))
            #expect([UInt64](filledWith: 7, count: count).capacity >= count)
        }
    }

    @Test("a list cell is split on every `|` scalar (a combining mark after one too), items trimmed, empty ones dropped")
    func listCells() async {
        let cells = Gen<String?>.element(of: ["a", "|", "|", " ", "\t", "\u{A0}", "\u{301}", "é", "Ж", "🇵🇰"])
            .array(of: 0...8).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 500, input: cells) { cell in
            let expected = cell.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false)
                .map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(TSVTable.list(cell) == expected)
        }
    }

    @Test("an attribute value is left as it is only where single-spacing would not change it")
    func spacing() async {
        await propertyCheck(count: 500, input: Self.values) { value in
            let holdsSpaceOrControl = value.utf8.contains { $0 == 0x20 || $0 < 0x20 }
            if !holdsSpaceOrControl { #expect(!Pipeline.mayNeedSpacing(value)) }
            if holdsSpaceOrControl && !Pipeline.mayNeedSpacing(value) { #expect(Pipeline.singleSpaced(value) == value) }
        }
    }

    @Test("four UTF-16 units at a time, letters and spaces are found as one at a time finds them")
    func lettersOrSpacesInAWord() async {
        // units drawn mostly from around the edges of the two ranges
        let unit = Gen.int(in: 0...13).map { pick -> UInt16 in
            [0x00, 0x1F, 0x20, 0x21, 0x2E, 0x3F, 0x40, 0x41, 0x7F, 0x80, 0xA0, 0x2020, 0x0140, 0xFFFF][pick]
        }
        await propertyCheck(count: 2000, input: unit.array(of: 4)) { units in
            let word = units.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = units.allSatisfy { $0 >= 0x40 && $0 < 0x80 || $0 == 0x20 }
            #expect(SentenceBreakRules.isLettersOrSpaces(word) == expected)
        }
    }

    @Test("four ASCII units at a time, word letters are found as one at a time finds them")
    func wordLettersInAWord() async {
        // ASCII units drawn mostly from around the edges of the letters and the at sign
        let unit = Gen.int(in: 0...15).map { pick -> UInt16 in
            [0x00, 0x20, 0x3F, 0x40, 0x41, 0x5A, 0x5B, 0x5F, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x27, 0x2E, 0x31][pick]
        }
        await propertyCheck(count: 2000, input: unit.array(of: 4)) { units in
            let word = units.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let lanes = WordBreakRules.wordLetterLanes(word)
            for (lane, unit) in units.enumerated() {
                #expect((lanes >> UInt64(16 * lane + 7)) & 1 == (WordBreakRules.isWordLetter(unit) ? 1 : 0))
            }
            #expect(lanes & ~0x0080_0080_0080_0080 == 0)
        }
    }
}

/// The flat JSON reader reads every object it takes as Foundation does, and leaves the rest to it;
/// the writer's integers are the standard library's, and its strings read back as written.
@Suite("Flat JSON objects")
struct FlatJSONObjectTests {
    static let pieces = ["a", "é", "👍🏽", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{2028}", " ", "text", "\u{FFFD}"]
    static let strings = Gen<String?>.element(of: pieces).array(of: 0...8).map { $0.compactMap { $0 }.joined() }
    /// A JSON string literal: escaped as Foundation does, or every scalar as `\u` escapes.
    static func literal(_ text: String, unicodeEscapes: Bool) -> String {
        guard unicodeEscapes else {
            return String(decoding: try! JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
        }
        return "\"" + text.utf16.map { String(format: "\\u%04X", $0) }.joined() + "\""
    }

    @Test("objects of strings and nulls read alike")
    func sameAsFoundation() async {
        let objects = Gen<String?>.element(of: ["id", "text", "published", "title", "é", "a\"b"]).array(of: 0...5)
        let escapes = Gen.int(in: 0...1).map { $0 == 1 }
        await propertyCheck(count: 300, input: objects, Self.strings.array(of: 5...5), escapes) { (keys: [String?], values: [String], escapes: Bool) in
            let unique = Array(Set(keys.compactMap { $0 }))
            let fields = zip(unique, values).map { key, value in
                Self.literal(key, unicodeEscapes: escapes) + " : " + (value == "a" ? "null" : Self.literal(value, unicodeEscapes: !escapes))
            }
            let json = Array((" {" + fields.joined(separator: ",\n") + "}\r\n").utf8)
            let flat = json.withUnsafeBufferPointer { FlatJSONObject.parse($0) }
            #expect(flat != nil, "the flat reader takes every object of strings and nulls")
            let foundation = try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed]) as? [String: Any]
            let read = flat.map { fields in
                Dictionary(uniqueKeysWithValues: fields.map { field -> (String, Any) in
                    switch field.value {
                    case .string(let text): (field.key, text)
                    case .null: (field.key, NSNull())
                    case .other(let value): (field.key, value)
                    }
                })
            }
            #expect(read.map { NSDictionary(dictionary: $0) } == foundation.map { NSDictionary(dictionary: $0) }, "\(String(decoding: json, as: UTF8.self))")
        }
    }

    @Test("anything else is left to Foundation", arguments: [
        #"{"id": 7}"#, #"{"a": true}"#, #"{"a": {"b": "c"}}"#, #"{"a": ["b"]}"#, #"{"a": "b", "a": "c"}"#, #"{"a": "\ud800"}"#,
        #"{"a": "b",}"#, #"{"a": "b"} x"#, "{\"a\": \"\u{1}\"}", #"["a"]"#, #"{"a": "\x"}"#, "",
    ])
    func leftToFoundation(json: String) {
        #expect(Array(json.utf8).withUnsafeBufferPointer { FlatJSONObject.parse($0) } == nil)
    }

    @Test("integers are written as String(_:) writes them")
    func decimals() async {
        func written(_ number: Int) -> String {
            var json = JSONWriter()
            json.value(number)
            return json.output
        }
        for number in [0, 7, -7, 9, -9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1] {
            #expect(written(number) == String(number))
        }
        await propertyCheck(count: 500, input: Gen.int(in: Int.min...Int.max)) { number in
            #expect(written(number) == String(number))
        }
    }

    @Test("eight bytes at a time, a quote, a backslash or a control byte is found as one at a time finds it")
    func specialBytesInAWord() async {
        // bytes drawn mostly from around the special ones, so that most words hold one or two
        let byte = Gen.int(in: 0...11).map { pick -> UInt8 in
            [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xE2][pick]
        }
        await propertyCheck(count: 2000, input: byte.array(of: 8)) { bytes in
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            #expect(JSONStringBytes.holdsSpecialByte(word) == expected)
        }
        #expect(!JSONStringBytes.holdsSpecialByte(0x6161_6161_6161_6161))
    }

    @Test("the writer's strings read back through Foundation as they were, escapes anywhere in long plain runs")
    func writtenStringsReadBack() async {
        let pieces = Gen<String?>.element(of: Self.pieces + ["plain text of some length", "abcdefg"]).array(of: 0...12)
        await propertyCheck(count: 500, input: pieces) { (parts: [String?]) in
            let text = parts.compactMap { $0 }.joined()
            var json = JSONWriter()
            json.beginArray()
            json.value(text)
            json.endArray()
            let read = try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String]
            #expect(read == [text])
        }
    }

    @Test("a document's fields read alike through the flat reader and through Foundation")
    func documentFields() throws {
        // the second line has a number, which only Foundation reads
        for line in [#"{"id": "a", "text": "t", "published": null, "x": null, "y": "z"}"#,
                     #"{"id": "a", "text": "t", "published": null, "x": null, "y": "z", "n": 1}"#] {
            let fields = try DocumentJSON.parseObject(Data(line.utf8))
            #expect(fields.id == "a" && fields.text == "t" && fields.published == nil)
            #expect(fields.metadata["x"] == "null" && fields.metadata["y"] == "z")
        }
    }

    @Test("invalid UTF-8 is left to Foundation")
    func invalidUTF8() {
        #expect([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D].withUnsafeBufferPointer { FlatJSONObject.parse($0) } == nil)
    }
}

/// The text checks read lines and words with shortcuts (line breaks found by `memchr`, a word's
/// letters packed in an integer as they are read); they must answer as a plain reading of every
/// byte does.
@Suite("Text checks")
struct TextCheckPropertyTests {
    static let pieces = ["a,b,c", "1;2;3", "x\ty\tz", "\r", "\n", "\n\n", "word", " the ", " of ", "é", ",", ";",
                         String(repeating: "z", count: 120), String(repeating: "\r", count: 100), "Gunmen killed two."]
    static let texts = Gen<String?>.element(of: pieces).array(of: 0...40).map { $0.compactMap { $0 }.joined() }

    /// The table test, one byte at a time.
    static func plainLooksLikeTable(_ head: [UInt8]) -> Bool {
        var lines: [[Int]] = []
        var current = [0, 0, 0], length = 0
        scan: for byte in head {
            switch byte {
            case 0x0A:
                if length > 0 {
                    guard length < 200 else { return false }
                    lines.append(current)
                    if lines.count == 6 { break scan }
                }
                current = [0, 0, 0]
                length = 0
            case 0x0D: continue
            default:
                length += 1
                if let separator = [0x2C, 0x3B, 0x09].firstIndex(of: byte) { current[separator] += 1 }
            }
        }
        guard lines.count >= 3 else { return false }
        return (0..<3).contains { column in lines[0][column] >= 2 && lines.allSatisfy { $0[column] == lines[0][column] } }
    }

    /// The English test, one byte at a time, every word compared.
    static func plainLooksLikeEnglish(_ head: [UInt8]) -> Bool {
        var words = 0, english = 0, word: [UInt8] = []
        let functionWords = Set(TextChecks.englishFunctionWords.map { Array($0.utf8) })
        for byte in head + [0x20] {
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 {
                word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if !word.isEmpty {
                words += 1
                if word.count <= 5, functionWords.contains(word) { english += 1 }
                word = []
                if words >= 30 && english * 20 >= words { return true }
            }
        }
        return words < 30 || english * 20 >= words
    }

    @Test("the table and English tests answer as a reading of every byte does")
    func sameAsPlainReading() async {
        // the plain readings answer both ways
        #expect(Self.plainLooksLikeTable(Array("a,b,c\n1,2,3\nx,y,z\n".utf8)) && !Self.plainLooksLikeTable(Array("a,b\n".utf8)))
        let prose = String(repeating: "Gunmen killed two of the guards at the gate. ", count: 5)
        #expect(Self.plainLooksLikeEnglish(Array(prose.utf8)) && !Self.plainLooksLikeEnglish(Array(String(repeating: "xyz ", count: 40).utf8)))
        await propertyCheck(count: 500, input: Self.texts) { text in
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { head in
                #expect(TextChecks.looksLikeTable(head) == Self.plainLooksLikeTable(bytes), "\(text.debugDescription)")
                #expect(TextChecks.looksLikeEnglish(head) == Self.plainLooksLikeEnglish(bytes), "\(text.debugDescription)")
            }
        }
    }
}
