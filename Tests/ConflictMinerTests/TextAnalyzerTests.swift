import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

@Suite("Text layer")
struct TextAnalyzerTests {
    let analyzer = try! TextAnalyzer()

    func analyze(_ text: String) -> AnalyzedText {
        analyzer.analyze(Document(id: "t", text: text))
    }

    /// Every token's code point span must cut exactly its surface out of the text.
    func assertOffsetsExact(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let analyzed = analyze(text)
        let points = CodePoints(text)
        var expectedStart = 0
        for (index, token) in analyzed.tokens.enumerated() {
            #expect(token.start == expectedStart, "token \(index) starts where the previous ended", sourceLocation: sourceLocation)
            let end = analyzed.end(of: index)
            #expect(points.slice(token.start, end) == analyzed.surface(index), sourceLocation: sourceLocation)
            #expect(token.length == end - token.start, sourceLocation: sourceLocation)
            expectedStart = end
        }
        #expect(expectedStart == points.count, "tokens cover the whole text", sourceLocation: sourceLocation)
        #expect(analyzed.codePointCount == points.count, sourceLocation: sourceLocation)
    }

    @Test func emptyDocument() {
        let analyzed = analyze("")
        #expect(analyzed.tokens.isEmpty)
        #expect(analyzed.codePointCount == 0)
    }

    @Test func kindsAndKeys() {
        let analyzed = analyze("Gunmen killed 1,200 people.")
        let summary = analyzed.tokens.indices.filter { !analyzed.tokens[$0].isSpace }
            .map { "\(analyzed.tokens[$0].kind):\(analyzed.keys[$0])" }
        #expect(summary == ["word:gunmen", "word:killed", "number:1,200", "word:people", "punctuation:."])
    }

    @Test(arguments: [
        "Flags 🇵🇰🇮🇷 and emoji 💣 before Quetta",
        "Combining: Zahedān and Zahedán, e\u{301}, Ö",
        "Line one\r\nLine two\r\n\r\nQuetta",
        "“Quoted” ‘words’ and Pakistan’s border",
        "کوئٹہ میں دھماکہ — Quetta blast",
        "زاهدان در سیستان و بلوچستان",
        "𝐁𝐨𝐥𝐝 math letters and 𠜎 astral ideographs",
        "   \n\t  ",
    ])
    func offsetsAreExactCodePoints(_ text: String) {
        assertOffsetsExact(text)
    }

    @Test func astralCharactersCountAsOneCodePoint() {
        let text = "💣 Quetta"
        let analyzed = analyze(text)
        let quetta = analyzed.tokens.indices.first { analyzed.keys[$0] == "quetta" }
        #expect(quetta.map { analyzed.tokens[$0].start } == 2)
        #expect(quetta.map { analyzed.end(of: $0) } == 8)
    }

    @Test func aKeyIsKeptOncePerDocument() {
        let analyzed = analyze("Quetta, QUETTA and quetta; Quetta's border")
        let quettas = analyzed.tokens.indices.filter { analyzed.keys[$0] == "quetta" }
        #expect(quettas.count == 4)
        #expect(Set(quettas.map { analyzed.tokens[$0].keyID }).count == 1)
        #expect(analyzed.keys.distinctCount == Set(analyzed.tokens.indices.map { analyzed.keys[$0] }).count)
        #expect(analyzed.keys.id(of: "quetta") == analyzed.tokens[quettas[0]].keyID)
        #expect(analyzed.keys.id(of: "'s") == analyzed.tokens[quettas[3] + 1].keyID)
        #expect(analyzed.keys.id(of: "kabul") == nil)
        // a probe made once finds what the string finds
        for key in ["quetta", "'s", "kabul", "", ",", ";", "."] {
            #expect(analyzed.keys.id(of: KeyProbe(key)) == analyzed.keys.id(of: key), "\(key)")
        }
    }

    @Test("a document's keys stay readable while its analyzer reads others, and after it starts its memo of keys again")
    func keysOutliveTheAnalyzersMemo() {
        let analyzer = try! TextAnalyzer()
        let first = analyzer.analyze(Document(id: "a", text: "Gunmen attacked a convoy near Kidal on Sunday."))
        let keys = first.tokens.indices.map { first.keys[$0] }
        // later documents: new keys, then one longer than the memo's room, which starts it again
        let others = (0..<3).map { n in
            analyzer.analyze(Document(id: "b\(n)", text: (0..<5000).map { "w\($0)x\(n)" }.joined(separator: " ")))
        }
        let long = analyzer.analyze(Document(id: "c", text: String(repeating: "Kidal convoy ", count: 30_000)))
        #expect(first.tokens.indices.map { first.keys[$0] } == keys)
        #expect(keys.contains("kidal") && keys.contains("sunday"))
        #expect(others[2].keys[0] == "w0x2" && others[0].keys[2] == "w1x0")
        #expect(long.keys[0] == "kidal" && long.keys.distinctCount == 3)
    }

    @Test func keysFoldCaseWidthDiacriticsAndPunctuation() {
        #expect(analyzer.key(for: "ZAHEDĀN") == "zahedan")
        #expect(analyzer.key(for: "Ｑｕｅｔｔａ") == "quetta")
        #expect(analyzer.key(for: "ﬁghters") == "fighters")
        #expect(analyzer.key(for: "Jama’at") == "jama'at")
        #expect(analyzer.key(for: "Jaish–ul–Adl") == "jaish-ul-adl")
        #expect(analyzer.key(for: "Straße") == "strasse")
    }

    @Test("a segment folded again, in the same document or a later one, has the key it had the first time")
    func repeatedFoldsReadTheSameKey() throws {
        let text = "“Zahedān” ZAHEDĀN — Zahedān’s ‘Straße’ – Zahedān, straße"
        let first = analyze(text), second = analyze(text)
        let fresh = try TextAnalyzer()
        for index in first.tokens.indices where first.tokens[index].kind != .whitespace {
            #expect(first.keys[index] == second.keys[index])
            #expect(first.keys[index] == fresh.key(for: first.surface(index)), "\(first.surface(index))")
        }
        #expect(Set(first.tokens.indices.filter { first.tokens[$0].kind == .word }.map { first.keys[$0] })
            == ["zahedan", "'s", "strasse"])
    }

    @Test("a word too long for the folding's stack buffers is folded on the heap, the same way")
    func longWordsFold() {
        let long = String(repeating: "Ā", count: 300)  // 300 UTF-16 units, 600 once decomposed
        #expect(analyzer.key(for: long) == String(repeating: "a", count: 300))
        #expect(analyzer.key(for: String(repeating: "ß", count: 200)) == String(repeating: "ss", count: 200))
    }

    @Test(arguments: ["Pakistan's", "Pakistan’s", "PAKISTAN'S"])
    func possessiveIsSplitOff(_ word: String) {
        let analyzed = analyze(word + " border")
        #expect(analyzed.keys[0] == "pakistan")
        #expect(analyzed.end(of: 0) == 8 && analyzed.tokens[0].length == 8)
        #expect(analyzed.keys[1] == "'s")
        #expect(analyzed.tokens[1].start == 8)
        #expect(analyzed.end(of: 1) == 10 && analyzed.tokens[1].length == 2)
    }

    @Test func shapes() {
        let analyzed = analyze("Quetta BLA quetta 2024 mid")
        let words = analyzed.tokens.filter { !$0.isSpace }
        #expect(words[0].shape.contains(.capitalized) && !words[0].shape.contains(.allUppercase))
        #expect(words[1].shape.contains(.allUppercase))
        #expect(!words[2].shape.contains(.capitalized))
        #expect(words[3].shape.contains(.allDigits))
        #expect(!words[4].shape.contains(.hasDigit))
        #expect(words[4].shape.contains(.lowercaseASCIIStart) && words[2].shape.contains(.lowercaseASCIIStart))
        #expect(!words[0].shape.contains(.lowercaseASCIIStart) && !words[3].shape.contains(.lowercaseASCIIStart))
        #expect(analyze("émeute").tokens[0].shape.contains(.capitalized) == false)
        #expect(!analyze("émeute").tokens[0].shape.contains(.lowercaseASCIIStart))
    }

    /// An ASCII word is read in one pass (`internASCII`), any other by the general path: the word
    /// with its last letter swapped for a non-ASCII one of the same case has the same shape (but
    /// for `lowercaseASCIIStart` when that letter is the first).
    @Test(arguments: ["Quetta", "BLA", "A9", "AB9", "9A", "x9", "mid", "O'Neil", "iPhone", "Jama'at", "1st", "I", "don't"])
    func asciiWordsHaveTheGeneralShape(_ word: String) throws {
        let ascii = try #require(analyze(word).tokens.first)
        let last = try #require(word.lastIndex { $0.isLetter })
        let swapped = word.replacingCharacters(in: last...last, with: word[last].isUppercase ? "É" : "é")
        let general = try #require(analyze(swapped).tokens.first)
        #expect(analyze(word).tokens.count == 1 && analyze(swapped).tokens.count == 1)
        let firstSwapped = last == word.startIndex && word[last].isLowercase
        #expect(general.shape == (firstSwapped ? ascii.shape.subtracting(.lowercaseASCIIStart) : ascii.shape))
    }

    @Test func sentencesCoverTheTokensInOrder() {
        let analyzed = analyze("Militants attacked a post. Two soldiers died.\nHeadline without stop\nNext line.")
        #expect(analyzed.sentences.count == 4)
        var next = 0
        for sentence in analyzed.sentences {
            #expect(sentence.lowerBound == next)
            next = sentence.upperBound
        }
        #expect(next == analyzed.tokens.count)
        for (index, sentence) in analyzed.sentences.enumerated() {
            for token in sentence { #expect(analyzed.tokens[token].sentence == index) }
        }
    }

    /// The characters whose word or sentence breaks depend on their neighbours, and some that never join.
    static let breakAlphabet: [String] = [
        "a", "Z", "7", "@", ".", "'", ",", ";", ":", " ", "\n", "\r", "\t", "_", "-", "\"", "é", "\u{301}", "’", "😀",
        "\u{200D}", "!", "?", ")", "\u{201D}", "\u{2014}", "\u{A0}",
    ]

    func expectBreaksAsICU(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for sentences in [false, true] {
            let direct = analyzer.breaks(of: text, sentences: sentences, readingDirectly: true)
            let icu = analyzer.breaks(of: text, sentences: sentences, readingDirectly: false)
            let common = min(direct.count, icu.count)
            guard let first = (0..<common).first(where: { direct[$0] != icu[$0] }) ?? (direct.count == icu.count ? nil : common)
            else { continue }
            // where they part, with the text around it
            let units = Array(text.utf16)
            let at = first < icu.count ? icu[first].boundary : units.count
            let context = String(decoding: units[max(0, at - 20)..<min(units.count, at + 20)], as: UTF16.self)
            let kind = sentences ? "sentence" : "word"
            Issue.record("\(kind) \(first): \(first < direct.count ? "\(direct[first])" : "none") read directly, \(first < icu.count ? "\(icu[first])" : "none") by ICU, near \(context.debugDescription)",
                         sourceLocation: sourceLocation)
        }
    }

    @Test("plain text read directly breaks into words and sentences as ICU does: every string of up to four characters that matter")
    func directBreaksAgreeWithICUExhaustively() {
        var texts = [""]
        for _ in 1...4 {
            texts = texts.flatMap { prefix in Self.breakAlphabet.map { prefix + $0 } }
            for text in texts { expectBreaksAsICU(text) }
        }
    }

    @Test("plain text read directly breaks into words and sentences as ICU does: every ASCII character, alone, doubled and between others")
    func directBreaksAgreeWithICUForEveryCharacter() {
        let contexts = ["", "a", "B", "1", ".", "!", "'", ")", ",", " ", "\n", "é", "\u{301}", "_", "@", "\u{2019}", "\u{A0}"]
        for unit in 0..<128 {
            let character = String(decoding: [UInt8(unit)], as: UTF8.self)
            for before in contexts {
                for after in contexts {
                    expectBreaksAsICU(before + character + after)
                    expectBreaksAsICU(before + character + character + after)
                }
            }
        }
    }

    @Test("plain text read directly breaks into words and sentences as ICU does: random text in many scripts, and the bundled news")
    func directBreaksAgreeWithICUOnLongerText() throws {
        // The same pseudo-random texts every run (SplitMix64), so a failure can be replayed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let pieces = Self.breakAlphabet + [
            "Quetta", "U.S.", "1,500.25", "don't", "e.g.", "  ", "\r\n", "ก", "ไทย", "中文", "ש", "\u{5F3}", "🇺🇸",
            "\u{FE0F}", "1\u{FE0F}\u{20E3}", "ア", "٣", "Ⅻ", "\u{AD}", "\u{A0}", "\u{2003}", "\u{85}", "\u{2028}", "\u{B}",
            "(", "@", "#", "$5", "x_y", "v2.0", "3'000", ". ", ".  ", "? ", "etc. and", "p. 5 of", "?! ", "\"The",
            "Mr. Smith", ") Next", ".\" He", "\u{201D} ", "\u{2014}", "\u{3002}",
        ]
        for _ in 0..<3_000 {
            expectBreaksAsICU((0..<random(40)).map { _ in pieces[random(pieces.count)] }.joined())
        }
        var newsTexts = 0
        for folder in SnapshotTests.folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                expectBreaksAsICU(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
                newsTexts += 1
            }
        }
        #expect(newsTexts >= 10, "the bundled news texts were read")
    }

    @Test func lineBreaksAreMarked() {
        let analyzed = analyze("a\nb c")
        #expect(analyzed.tokens[1].shape.contains(.lineBreak))
        #expect(!analyzed.tokens[3].shape.contains(.lineBreak))
    }
}

@Suite("Calendar arithmetic")
struct CalendarTests {
    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CalendarMath.civil(fromDayNumber: number)
            #expect(CalendarMath.dayNumber(year: date.year, month: date.month, day: date.day) == number)
        }
        #expect(CalendarMath.dayNumber(year: 1970, month: 1, day: 1) == 0)
    }

    @Test func weekdaysAndISOWeeks() {
        #expect(CalendarMath.weekday(year: 2024, month: 11, day: 9) == 6)  // Saturday
        #expect(CalendarMath.isoWeek(year: 2024, month: 11, day: 9) == (2024, 45))
        #expect(CalendarMath.isoWeek(year: 2021, month: 1, day: 3) == (2020, 53))
        #expect(CalendarMath.isoWeek(year: 2024, month: 12, day: 30) == (2025, 1))
    }

    @Test func publicationDates() {
        #expect(PublicationDate(parsing: "2024-11-09")?.precision == .day)
        #expect(PublicationDate(parsing: "2024-11")?.precision == .month)
        #expect(PublicationDate(parsing: "2024")?.description == "2024")
        // written back as read, zero-padded at every precision
        for written in ["2024-11-09", "2024-01", "0987-03-05", "9999-12-31", "0001"] {
            #expect(PublicationDate(parsing: written)?.description == written)
        }
        #expect(PublicationDate(year: 987, month: 3, day: 5)?.description == "0987-03-05")
        for bad in ["2024-02-30", "2024-13", "24-11-09", "2024/11/09", "", "2024-1-9", "２０２４", "2024-11-", "2024-11-0x",
                    "2024-11-09T", "+202", "0000", "2024_11", "2024-+1-09"] {
            #expect(PublicationDate(parsing: bad) == nil, "\(bad)")
        }
        #expect(PublicationDate(parsing: "2024-02-29") != nil)
    }
}

@Test("a token takes 20 bytes (its start, not its end; its key kept once per document): most of a large document's memory")
func tokenSize() {
    #expect(MemoryLayout<Token>.stride == 20)
}

