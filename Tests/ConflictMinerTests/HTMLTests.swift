import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The HTML document view and the evaluation report: escaping, exact marking by code point
/// offsets, well-nested marks, completeness, and that the pages refer to nothing outside themselves.
@Suite("HTML")
struct HTMLTests {
    // MARK: - Helpers

    /// A generated page; a failed expectation names its size instead of printing it whole.
    struct Page: CustomTestStringConvertible {
        let html: String
        init(_ html: String) { self.html = html }
        func contains(_ text: String) -> Bool { html.contains(text) }
        func count(_ text: String) -> Int { html.components(separatedBy: text).count - 1 }
        var testDescription: String { "<page of \(html.utf8.count) bytes>" }
        /// Anything that could load from, or send to, somewhere else.
        var external: [String] { HTMLTests.externalReferences(html) + (html.contains("http://") || html.contains("https://") ? ["http(s)://"] : []) }
    }

    /// An entity over `needle` (its `occurrence`-th match) in `text`, with code point offsets.
    static func entity(_ type: EntityType, _ needle: String, in text: String, occurrence: Int = 0,
                       _ attributes: [Attribute] = []) -> Entity {
        let scalars = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        var found = -1, seen = 0
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<start + pattern.count]) == pattern {
            if seen == occurrence { found = start; break }
            seen += 1
        }
        precondition(found >= 0, "\(needle) not in text")
        return Entity(type: type, start: found, end: found + pattern.count, text: needle, attributes: attributes)
    }

    static func unescape(_ text: Substring) -> String {
        var out = "", rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { out += rest[amp...]; return out }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "#39": out += "'"
            default: Issue.record("unknown reference &\(name);"); out += "?"
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// What a reader of the text block sees: the plain text (type labels left out), the text each
    /// entity's marks cover (by `data-e`), and whether the marks nest properly.
    struct Reading {
        var plain = ""
        var covered: [Int: String] = [:]
        var ids: [String] = []
        var wellNested = true
    }

    static func read(textBlock html: Substring) -> Reading {
        var reading = Reading()
        var open: [Int] = []
        var rest = html
        while !rest.isEmpty {
            guard let lt = rest.firstIndex(of: "<") else {
                let text = unescape(rest)
                reading.plain += text
                for e in open { reading.covered[e, default: ""] += text }
                break
            }
            let text = unescape(rest[..<lt])
            reading.plain += text
            for e in open { reading.covered[e, default: ""] += text }
            let gt = rest[lt...].firstIndex(of: ">")!
            let tag = rest[lt...gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("<mark ") {
                let number = tag.firstRange(of: "data-e=\"").map { tag[$0.upperBound...].prefix { $0.isNumber } } ?? ""
                open.append(Int(number) ?? -1)
                if let id = tag.firstRange(of: " id=\"") { reading.ids.append(String(tag[id.upperBound...].prefix { $0 != "\"" })) }
            } else if tag == "</mark>" {
                if open.isEmpty { reading.wellNested = false } else { open.removeLast() }
            } else if tag.hasPrefix("<a class=\"sent\" id=\"") {
                // A sentence anchor: empty, closed right after.
                if rest.hasPrefix("</a>") { rest = rest.dropFirst(4) } else { Issue.record("a sentence anchor holds text") }
            } else if tag.hasPrefix("<a class=\"tag\"") {
                // The type label is not part of the text.
                let end = rest.firstRange(of: "</a>")!
                rest = rest[end.upperBound...]
            } else {
                Issue.record("unexpected tag in the text block: \(tag)")
            }
        }
        if !open.isEmpty { reading.wellNested = false }
        return reading
    }

    /// The contents of the `n`-th text block of a page.
    static func textBlock(_ page: String, _ n: Int = 0) -> Substring {
        var rest = Substring(page)
        for _ in 0...n {
            let start = rest.firstRange(of: "<div class=\"text\"")!
            rest = rest[start.upperBound...]
        }
        let open = rest.firstIndex(of: ">")!
        rest = rest[rest.index(after: open)...]
        return rest[..<rest.firstRange(of: "</div>")!.lowerBound]
    }

    /// `src=`, `href=`, `url(…)`, `@import` or `action=` that point anywhere but inside the page.
    static func externalReferences(_ page: String) -> [String] {
        let pattern = #"(?i)(\b(src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?!#)[^"'\s>]+)|url\(\s*["']?\s*(?!#)[^)]+\)|@import"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(page.startIndex..., in: page)
        return regex.matches(in: page, range: range).map { String(page[Range($0.range, in: page)!]) }
    }

    static func sampleDocument(_ text: String, _ entities: [Entity], id: String = "doc-1",
                               metadata: [String: String] = [:], published: String? = "2024-11-10") -> AnnotatedDocument {
        AnnotatedDocument(document: Document(id: id, text: text, published: published.flatMap(PublicationDate.init(parsing:)),
                                             metadata: metadata),
                          entities: entities)
    }

    // MARK: - Document view

    @Test func escapesTextMetadataAndAttributes() {
        let text = "<script>alert(\"x\")</script> Tom & Jerry's fight in Quetta left 3 <b>dead</b>."
        let doc = Self.sampleDocument(text, [
            Self.entity(.place, "Quetta", in: text, [Attribute("Country", "PK\" onmouseover=\"alert(1)")]),
            Self.entity(.casualty, "3", in: text, [Attribute("Count", "3"), Attribute("Kind", "killed'<x>")]),
        ], id: "a<b>&c", metadata: ["title": "Title <i>with</i> \"quotes\" & 'apostrophes'", "outlet": "A&B",
                                   "source": "https://example.org/a?b=1&c=2"])
        let page = Page(HTMLDocumentView.page(for: [doc], title: "Review <all> & \"sundry\""))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>dead"))
        #expect(!page.contains("<i>with"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(page.contains("Tom &amp; Jerry&#39;s"))
        #expect(page.contains("<title>Review &lt;all&gt; &amp; &quot;sundry&quot;</title>"))
        #expect(page.contains("Title &lt;i&gt;with&lt;/i&gt; &quot;quotes&quot; &amp; &#39;apostrophes&#39;"))
        #expect(page.contains("a&lt;b&gt;&amp;c"))
        // An attribute value cannot leave its quoted HTML attribute.
        #expect(!page.contains("\" onmouseover=\""))
        #expect(page.contains("Country: PK&quot; onmouseover=&quot;alert(1)"))
        #expect(page.contains("Kind: killed&#39;&lt;x&gt;"))
        // The source is shown as text, not linked.
        #expect(page.contains("https://example.org/a?b=1&amp;c=2"))
        #expect(Self.externalReferences(page.html) == [])  // the source URL is text only
        #expect(Self.read(textBlock: Self.textBlock(page.html)).plain == text)
    }

    @Test func controlCharactersAreReplaced() {
        let text = "a\u{0}b\u{7}c\u{85}d\te\r\nf"
        let page = Page(HTMLDocumentView.page(for: [Self.sampleDocument(text, [])], title: "t"))
        let controls = page.html.unicodeScalars.filter { [0, 7, 0x85].contains($0.value) }.count
        #expect(controls == 0)
        #expect(page.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\r\nf"))
    }

    @Test func marksExactlyAfterAstralCharactersAndCombiningMarks() {
        // Flags and family emoji are several astral scalars; "e\u{301}" is two scalars for one character;
        // U+1D54F is a single astral letter.
        let text = "🇵🇰 Cafe\u{301} 👩‍👩‍👧 report 𝕏:\nOn Thursday, gunmen killed at least 26 in Que\u{301}tta 😢😢 near Turbat."
        let entities = [
            Self.entity(.date, "Thursday", in: text, [Attribute("Value", "2024-11-07")]),
            Self.entity(.casualty, "at least 26", in: text, [Attribute("Count", "26"), Attribute("Kind", "killed"), Attribute("Qualifier", "at_least")]),
            Self.entity(.place, "Que\u{301}tta", in: text, [Attribute("Country", "PK")]),
            Self.entity(.place, "Turbat", in: text, [Attribute("Country", "PK")]),
            Self.entity(.group, "Cafe\u{301}", in: text),
        ]
        #expect(entities[0].start == 28)  // flag 2, space, Café 5, space, family 5, " report " 8, 𝕏, ":", "\n", "On "
        let page = Page(HTMLDocumentView.page(for: [Self.sampleDocument(text, entities)], title: "Astral"))
        let reading = Self.read(textBlock: Self.textBlock(page.html))
        #expect(reading.wellNested)
        #expect(reading.plain == text)
        for (index, entity) in entities.enumerated() {
            #expect(reading.covered[index + 1] == entity.text, "\(entity.type) \(entity.text)")
        }
        #expect(Set(reading.ids) == Set((1...entities.count).map { "d0-e\($0)" }))
        #expect(!page.contains("class=\"warn\""))
        // Line breaks are kept, and the text block keeps them visible.
        #expect(page.contains("white-space:pre-wrap"))
        #expect(reading.plain.contains(":\nOn Thursday"))
        // Key values in the labels.
        #expect(page.contains("<span class=\"val\">≥26 killed</span>"))
        #expect(page.contains("<span class=\"val\">2024-11-07</span>"))
    }

    @Test func nestedAndCrossingEntitiesAreWellNested() {
        let text = "abcdefghijklmnopqrstuvwxyz"
        let entities = [
            Entity(type: .group, start: 0, end: 15, text: "abcdefghijklmno"),
            Entity(type: .place, start: 3, end: 6, text: "def"),
            Entity(type: .date, start: 5, end: 20, text: "fghijklmnopqrst"),   // crosses the group's end
            Entity(type: .casualty, start: 10, end: 12, text: "kl"),           // inside both
            Entity(type: .place, start: 20, end: 22, text: "uv"),              // starts where the date ends
            Entity(type: .place, start: 22, end: 26, text: "wxyz"),            // runs to the end of the text
            Entity(type: .place, start: 3, end: 6, text: "def"),               // the same span twice
        ]
        let page = Page(HTMLDocumentView.page(for: [Self.sampleDocument(text, entities)], title: "Nesting"))
        let reading = Self.read(textBlock: Self.textBlock(page.html))
        #expect(reading.wellNested)
        #expect(reading.plain == text)
        for (index, entity) in entities.enumerated() {
            #expect(reading.covered[index + 1] == entity.text, "entity \(index + 1)")
        }
        #expect(reading.ids.count == entities.count)
        // The crossing date is continued in a fragment after the group closes.
        #expect(page.contains("class=\"e t-date cont\""))
        // One type label per entity.
        #expect(Self.textBlock(page.html).components(separatedBy: "<a class=\"tag\"").count - 1 == entities.count)
        #expect(!page.contains("class=\"warn\""))
    }

    @Test func everyEntityIsListedAndBadOffsetsAreFlagged() {
        let text = "Militants attacked Kech on 9 November."
        var entities = [
            Self.entity(.place, "Kech", in: text, [Attribute("Country", "PK")]),
            Self.entity(.date, "9 November", in: text, [Attribute("Value", "2024-11-09")]),
            Entity(type: EntityType(rawValue: "WEAPON"), start: 0, end: 9, text: "Militants"),
        ]
        entities.append(Entity(type: .group, start: 30, end: 60, text: "past the end"))
        entities.append(Entity(type: .group, start: 5, end: 5, text: ""))
        entities.append(Entity(type: .place, start: 0, end: 9, text: "Wrongtext"))
        let page = Page(HTMLDocumentView.page(for: [Self.sampleDocument(text, entities)], title: "Listing"))
        let rows = page.count("<tr id=\"d0-r")
        #expect(rows == entities.count)
        #expect(page.contains("offsets out of range (text length 38 code points)"))
        #expect(page.contains("empty or negative span"))
        #expect(page.contains("the text at these offsets is “Militants”"))
        #expect(page.contains("class=\"chip t-other\">WEAPON<"))
        let reading = Self.read(textBlock: Self.textBlock(page.html))
        #expect(reading.wellNested)
        #expect(reading.plain == text)
        #expect(reading.covered[2] == "9 November")
        // Counts per type, legend with the spec's types and the extra one.
        #expect(page.contains("<span class=\"tag\">PLACE</span> 2</span>"))
        #expect(page.contains("<span class=\"tag\">GROUP</span> 2</span>"))
        for type in ["DATE", "CASUALTY", "PLACE", "GROUP", "WEAPON"] {
            #expect(page.contains("<span class=\"tag\">\(type)</span></mark> <span class=\"desc\">"), "\(type) in the legend")
        }
    }

    @Test func eventsAreListedWithLinksToTheirSentences() throws {
        let text = "Officials spoke. Militants attacked Kech on 9 November, killing two <guards>."
        let entities = [Self.entity(.place, "Kech", in: text, [Attribute("Country", "PK")])]
        let start = try #require(text.range(of: "Militants")).lowerBound.utf16Offset(in: text)
        var event = EventRecord(id: "a-E1", document: "a", date: "2024-11-09", datePrecision: "day", place: "Kech",
                                admin1: "Balochistan", country: "PK", killed: 2,
                                sources: [.init(start: start, end: text.unicodeScalars.count, text: "Militants attacked <Kech>")])
        event.eventType = "Battles"
        event.subEventType = "Armed clash"
        event.actor1 = "Unidentified Armed Group (Pakistan)"
        event.actor2 = "Military Forces of Pakistan"
        let document = Self.sampleDocument(text, entities)
        let page = Page(HTMLDocumentView.page(for: [document], events: [document.document.id: [event]], title: "Events"))
        #expect(page.contains("<tr id=\"d0-v1\">"))
        #expect(page.contains("<td>Armed clash<div class=\"sub\">Battles</div></td>"))
        #expect(page.contains("against Military Forces of Pakistan"))
        #expect(page.contains("<a href=\"#d0-s\(start)\" title=\"Militants attacked &lt;Kech&gt;\">1</a>"))
        #expect(page.count("id=\"d0-s\(start)\"") == 1, "one anchor at the sentence's start")
        let reading = Self.read(textBlock: Self.textBlock(page.html))
        #expect(reading.wellNested)
        #expect(reading.plain == text, "the anchor adds no text")
        #expect(page.external.isEmpty)
        // A document with an empty list says so; one without an entry has no section.
        #expect(Page(HTMLDocumentView.page(for: [document], events: [document.document.id: []], title: "E")).contains("No incident to code."))
        #expect(!Page(HTMLDocumentView.page(for: [document], title: "E")).contains("class=\"events\""))
    }

    @Test func severalDocumentsWithMetadata() {
        let first = Self.sampleDocument("Quetta", [Entity(type: .place, start: 0, end: 6, text: "Quetta", attributes: [Attribute("Country", "PK")])],
                                        id: "first", metadata: ["title": "First", "outlet": "Dawn", "source": "file.txt", "language": "en",
                                                                "published_precision": "month"],
                                        published: "2024-11")
        let second = Self.sampleDocument("No entities here.", [], id: "second", published: nil)
        let page = Page(HTMLDocumentView.page(for: [first, second], title: "Two"))
        #expect(page.contains("id=\"d0\"") && page.contains("id=\"d1\""))
        #expect(page.contains("href=\"#d1\""))
        #expect(page.contains("<time>2024-11</time> <span class=\"precision\">(known to the month)</span>"))
        #expect(page.contains("unknown: relative dates cannot be resolved"))
        #expect(page.contains("<dt>Outlet</dt><dd>Dawn</dd>"))
        #expect(page.contains("<dt>language</dt><dd>en</dd>"))
        #expect(!page.contains("<dt>published_precision</dt>"))
        #expect(page.contains("No entities."))
        #expect(Self.read(textBlock: Self.textBlock(page.html, 1)).plain == "No entities here.")
        #expect(page.contains("@media print"))
        #expect(!page.contains("<script"))
        #expect(page.external == [])
    }

    @Test(.timeLimit(.minutes(1))) func largeDocumentsRenderInLinearTime() {
        let sentence = "On Monday 👩‍👩‍👧 gunmen killed 12 soldiers in Kech. "
        let text = String(repeating: sentence, count: 20_000)
        let length = sentence.unicodeScalars.count
        let kech = Self.entity(.place, "Kech", in: sentence).start
        let entities = (0..<20_000).flatMap { k in
            [Entity(type: .date, start: k * length + 3, end: k * length + 9, text: "Monday", attributes: [Attribute("Value", "2024-11-04")]),
             Entity(type: .place, start: k * length + kech, end: k * length + kech + 4, text: "Kech")]
        }
        let page = Page(HTMLDocumentView.page(for: [Self.sampleDocument(text, entities)], title: "Large"))
        #expect(page.html.utf8.count > text.utf8.count)
        #expect(!page.contains("class=\"warn\""))
    }

    // MARK: - Evaluation report

    /// A gold folder and predictions that make every kind of error.
    static func evaluation() throws -> (Evaluation, [String: String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [
            "alpha": "😢 On Thursday <b>gunmen</b> killed at least 26 people in Quetta & Turbat, the BLA said.\nLater, 3 were wounded.",
            "beta": "Nothing happened in Gwadar.",
        ]
        func ann(_ text: String, _ entities: [Entity]) -> String { Brat.serialize(entities) }
        let alpha = texts["alpha"]!
        let gold: [String: [Entity]] = [
            "alpha": [
                entity(.date, "Thursday", in: alpha, [Attribute("Value", "2024-11-07")]),
                entity(.casualty, "at least 26", in: alpha, [Attribute("Count", "26"), Attribute("Kind", "killed")]),
                entity(.place, "Quetta", in: alpha, [Attribute("Country", "PK")]),
                entity(.place, "Turbat", in: alpha, [Attribute("Country", "PK")]),
                entity(.group, "BLA", in: alpha),
                entity(.casualty, "3", in: alpha, [Attribute("Count", "3"), Attribute("Kind", "injured")]),
            ],
            "beta": [entity(.place, "Gwadar", in: texts["beta"]!, [Attribute("Country", "PK")])],
        ]
        let predicted: [String: [Entity]] = [
            "alpha": [
                entity(.date, "Thursday", in: alpha, [Attribute("Value", "2024-11-08")]),        // wrong value
                entity(.casualty, "26", in: alpha, [Attribute("Count", "26"), Attribute("Kind", "killed")]),  // boundary
                entity(.place, "Quetta", in: alpha, [Attribute("Country", "PK")]),                // right
                entity(.group, "gunmen", in: alpha),                                              // spurious
                entity(.casualty, "3", in: alpha, [Attribute("Count", "3"), Attribute("Kind", "injured")]),   // right
                // Turbat and BLA missed
            ],
            "beta": [entity(.place, "Gwadar", in: texts["beta"]!, [Attribute("Country", "PK")])],
        ]
        for (name, text) in texts {
            try text.write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            try ann(text, gold[name]!).write(to: folder.appendingPathComponent(name + ".ann"), atomically: true, encoding: .utf8)
        }
        let evaluation = try Evaluation.run(goldDirectory: folder.path, predictionSource: "<test & co>") { name, _, _ in
            Brat.document(predicted[name] ?? [])
        }
        return (evaluation, texts)
    }

    @Test func reportShowsFiguresChartAndErrorsInContext() throws {
        let (evaluation, texts) = try Self.evaluation()
        let page = Page(evaluation.htmlReport(title: "Scores <test>", texts: texts))
        #expect(page.html.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Scores &lt;test&gt;</title>"))
        #expect(page.contains("&lt;test &amp; co&gt;"))
        #expect(page.contains("<svg"))
        #expect(page.contains("</svg>"))
        // Micro strict: tp 4 (Thursday, Quetta, 3, Gwadar), fp 2 (26, gunmen), fn 3 (at least 26, Turbat, BLA).
        let micro = evaluation.total.microStrict(evaluation.types)
        #expect(micro == MatchCounts(tp: 4, fp: 2, fn: 3))
        #expect(page.contains("<td class=\"num grp\">4</td><td class=\"num\">2</td><td class=\"num\">3</td>"))
        #expect(page.contains(HTMLPage.percent(micro.precision)) && HTMLPage.percent(micro.precision) == "66.7")
        #expect(page.contains(">\(HTMLPage.percent(micro.f1))</td>"))
        // PLACE strict: tp 2, fp 0, fn 1 → P 100.0, R 66.7, F1 80.0.
        #expect(page.contains("<td class=\"num grp\">2</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                              + "<td class=\"num\">100.0</td><td class=\"num\">66.7</td><td class=\"num f1\">80.0</td>"))
        // Value accuracy: DATE 0/1, CASUALTY 1/1, PLACE 2/2; micro 3/4.
        #expect(page.contains("0 / 1</td><td class=\"num\">0.0</td>"))
        #expect(page.contains("3 / 4</td><td class=\"num\">75.0</td>"))
        #expect(page.contains("not scored"))   // GROUP has no value
        // Errors in context: every kind, escaped, with the span marked.
        #expect(page.contains("k-boundary\">boundary"))
        #expect(page.contains("k-missed\">missed"))
        #expect(page.contains("k-spurious\">spurious"))
        #expect(page.contains("k-value\">value"))
        #expect(page.contains("&lt;b&gt;<mark class=\"e t-group\">gunmen</mark>&lt;/b&gt;"))
        #expect(page.contains("<mark class=\"e t-casualty\">at least 26</mark>"))
        #expect(page.contains("at least <mark class=\"e t-casualty\">26</mark>"))
        #expect(page.contains("<div class=\"val gold\">Value=2024-11-07</div>"))
        #expect(page.contains("<div class=\"val pred\">Value=2024-11-08</div>"))
        #expect(page.contains("Quetta &amp; <mark class=\"e t-place\">Turbat</mark>"))
        #expect(page.contains("<span class=\"nl\">⏎</span>"))
        // The emoji before the text does not shift the marks.
        #expect(page.contains("😢 On <mark class=\"e t-date\">Thursday</mark>"))
        // The boundary mismatch is one row, not an FN row and an FP row.
        #expect(page.count("<tr class=\"r-") == 5)
        #expect(!page.contains("id=\"doc1\""))   // beta has no errors
        #expect(!page.contains("<script"))
        #expect(page.external == [])
    }

    @Test func reportWithoutTextsOrDocuments() throws {
        let (evaluation, _) = try Self.evaluation()
        let page = Page(evaluation.htmlReport(title: "No texts", texts: [:]))
        #expect(page.contains("The document text is not available"))
        #expect(page.contains("“<mark class=\"e t-place\">Turbat</mark>”"))
        let empty = Evaluation(goldDirectory: "g", predictionSource: "p", types: EntityType.all)
        let emptyPage = Page(empty.htmlReport(title: "Empty", texts: [:]))
        #expect(emptyPage.contains("<svg"))
        #expect(emptyPage.contains("No documents were scored."))
        #expect(emptyPage.contains("No errors."))
    }

    @Test func contextWindowDoesNotCutCharacters() {
        let text = CodePoints(String(repeating: "x", count: 58) + "e\u{301}\u{302}" + "SPAN" + "👩‍👩‍👧" + String(repeating: "y", count: 70))
        let start = 61
        let window = EvaluationHTML.window(text, start: start, end: start + 4)
        #expect(window.lowerBound == 0 || !text.scalars[window.lowerBound].properties.isGraphemeExtend)
        #expect(window.lowerBound == 1)  // 61 - 60, and U+0301 at 59 pulls nothing: the cut is at 1 already
        let near = EvaluationHTML.window(text, start: start, end: start + 4, radius: 2)
        #expect(near.lowerBound == 58)   // not on U+0302 (60) or U+0301 (59)
        #expect(near.upperBound == 70)  // the whole family emoji (65..<70), not cut after a ZWJ
    }
}
