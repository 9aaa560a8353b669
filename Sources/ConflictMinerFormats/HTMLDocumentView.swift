import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline

/// Self-contained HTML pages of annotated documents, for analysts to check the machine's entities.
///
/// The page needs nothing else: the CSS is inline, there are no scripts, fonts, images or links to
/// other sites (a Content-Security-Policy forbids them), so it works offline, can be mailed or
/// archived as one file, and prints well. Per document it shows the metadata, the text with every
/// entity highlighted (colour, border style and a text label per type; attributes on hover), the
/// entities as a table, counts per type, and the event records linked from it with links to the
/// sentences each rests on.
public enum HTMLDocumentView {
    /// A page for one or several documents. Entity offsets are Unicode code points into the
    /// document text; entities may nest or even cross (they are split into well-nested fragments),
    /// and entities whose offsets do not fit the text are listed with a warning, not highlighted.
    /// `events` holds each document's event records by document id; a document without an entry
    /// shows no events section.
    public static func page(for documents: [AnnotatedDocument], events: [String: [EventRecord]] = [:], title: String) -> String {
        let capacity = documents.reduce(16_384) { $0 + $1.document.text.utf8.count * 11 / 10 + $1.entities.count * 700 }
        var html = HTMLBuffer(capacity: capacity)
        HTMLPage.begin(&html, title: title, css: HTMLPage.entityCSS + css)

        var totals: [EntityType: Int] = [:]
        for document in documents { for entity in document.entities { totals[entity.type, default: 0] += 1 } }
        let types = HTMLPage.typesInOrder(present: totals.keys)

        html.raw("<header class=\"page\"><h1>")
        html.text(title)
        html.raw("</h1><p class=\"sub\">")
        html.raw(documents.count == 1 ? "1 document" : "\(documents.count) documents")
        let entityTotal = totals.values.reduce(0, +)
        html.raw(" · \(entityTotal) \(entityTotal == 1 ? "entity" : "entities")</p>")
        legend(&html, types: types)
        if documents.count > 1 { contents(&html, documents: documents, types: types) }
        html.raw("</header>\n<main>\n")
        for (number, annotated) in documents.enumerated() {
            // a page of one document already carries its title in the page header
            render(annotated, events: events[annotated.document.id], number: number,
                   heading: documents.count > 1 || documentTitle(annotated.document) != title, into: &html)
        }
        html.raw("</main>\n")
        HTMLPage.end(&html)
        return html.string
    }

    // MARK: - Parts of the page

    private static func legend(_ html: inout HTMLBuffer, types: [EntityType]) {
        html.raw("<section class=\"legend\" aria-label=\"Legend\"><h2>Legend</h2><ul>")
        for type in types {
            let style = HTMLPage.style(of: type)
            html.raw("<li><mark class=\"e \(style.cssClass)\">")
            html.text(style.sample)
            html.raw("<span class=\"tag\">")
            html.text(type.rawValue)
            html.raw("</span></mark> <span class=\"desc\">")
            html.text(style.description)
            html.raw("</span></li>")
        }
        html.raw("</ul><p class=\"hint\">Each entity carries its type label and key value; hover it for all attributes. "
                 + "The label links to the entity's row in the table, the row number back to the text.</p></section>\n")
    }

    private static func contents(_ html: inout HTMLBuffer, documents: [AnnotatedDocument], types: [EntityType]) {
        html.raw("<nav class=\"contents\" aria-label=\"Documents\"><h2>Documents</h2><table><thead><tr><th>#</th><th>Document</th>")
        for type in types {
            html.raw("<th class=\"num\">")
            html.text(type.rawValue)
            html.raw("</th>")
        }
        html.raw("<th class=\"num\">All</th></tr></thead><tbody>")
        var totals: [EntityType: Int] = [:]
        for (number, annotated) in documents.enumerated() {
            var counts: [EntityType: Int] = [:]
            for entity in annotated.entities { counts[entity.type, default: 0] += 1 }
            html.raw("<tr><td class=\"num\">\(number + 1)</td><td><a href=\"#d\(number)\">")
            html.text(annotated.document.metadata["title"].flatMap { $0.isEmpty ? nil : $0 } ?? annotated.document.id)
            html.raw("</a> <span class=\"id\">")
            html.text(annotated.document.id)
            html.raw("</span></td>")
            for type in types {
                html.raw("<td class=\"num\">\(counts[type] ?? 0)</td>")
                totals[type, default: 0] += counts[type] ?? 0
            }
            html.raw("<td class=\"num\">\(annotated.entities.count)</td></tr>")
        }
        html.raw("</tbody><tfoot><tr><td></td><th scope=\"row\">All documents</th>")
        for type in types { html.raw("<td class=\"num\">\(totals[type] ?? 0)</td>") }
        html.raw("<td class=\"num\">\(totals.values.reduce(0, +))</td></tr></tfoot></table></nav>\n")
    }

    /// A document's title: its metadata `title`, else its id.
    private static func documentTitle(_ document: Document) -> String {
        document.metadata["title"].flatMap { $0.isEmpty ? nil : $0 } ?? document.id
    }

    private static func render(_ annotated: AnnotatedDocument, events: [EventRecord]?, number: Int, heading: Bool,
                               into html: inout HTMLBuffer) {
        let document = annotated.document
        let entities = annotated.entities
        let prefix = "d\(number)"
        html.raw("<section class=\"doc\" id=\"\(prefix)\">")
        if heading {
            html.raw("<h2>")
            html.text(documentTitle(document))
            html.raw("</h2>")
        }
        html.raw("\n")
        metadata(document, into: &html)

        // Counts per type.
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        html.raw("<p class=\"counts\" aria-label=\"Entities per type\">")
        for type in HTMLPage.typesInOrder(present: counts.keys) {
            html.raw("<span class=\"count \(HTMLPage.style(of: type).cssClass)\"><span class=\"tag\">")
            html.text(type.rawValue)
            html.raw("</span> \(counts[type] ?? 0)</span>")
        }
        html.raw("<span class=\"count total\">\(entities.count) \(entities.count == 1 ? "entity" : "entities")</span></p>\n")

        // The events first: what an analyst codes from the document, linked to its sentences.
        let sentenceStarts = Array(Set((events ?? []).flatMap { $0.sources.map(\.start) })).sorted()
        if let events { eventTable(events, prefix: prefix, into: &html) }

        // The text, with the entities marked, in one pass over its scalars.
        html.raw("<div class=\"cols\"><div class=\"text\" dir=\"auto\" lang=\"\">")
        let pass = markText(document.text, entities: entities, prefix: prefix, anchors: sentenceStarts, into: &html)
        html.raw("</div>\n")
        entityTable(entities, pass: pass, prefix: prefix, into: &html)
        html.raw("</div></section>\n")
    }

    private static func metadata(_ document: Document, into html: inout HTMLBuffer) {
        html.raw("<dl class=\"meta\">")
        func row(_ name: String, _ value: String?, code: Bool = false) {
            html.raw("<dt>")
            html.text(name)
            html.raw("</dt><dd>")
            if let value, !value.isEmpty {
                if code { html.raw("<code>") }
                html.text(value)
                if code { html.raw("</code>") }
            } else {
                html.raw("<span class=\"none\">not given</span>")
            }
            html.raw("</dd>")
        }
        row("Id", document.id, code: true)
        row("Title", document.metadata["title"])
        row("Outlet", document.metadata["outlet"])
        if let published = document.published {
            html.raw("<dt>Published</dt><dd><time>")
            html.text(published.description)
            html.raw("</time> <span class=\"precision\">(known to the \(published.precision.rawValue))</span></dd>")
        } else {
            html.raw("<dt>Published</dt><dd><span class=\"none\">unknown: relative dates cannot be resolved</span></dd>")
        }
        // Shown as text, never as a link: the page refers to nothing outside itself.
        row("Source", document.metadata["source"], code: true)
        let shown: Set<String> = ["title", "outlet", "source", "published_precision", "id", "text", "published"]
        for key in document.metadata.keys.sorted() where !shown.contains(key) {
            row(key, document.metadata[key])
        }
        html.raw("</dl>\n")
    }

    // MARK: - Marking the text

    /// What the pass over the text found: the text's length in code points, the text each entity
    /// covers, and which entities could not be marked.
    struct MarkPass {
        var length = 0
        var covered: [String.UnicodeScalarView]
        var marked: [Bool]
    }

    /// Writes the escaped text with `<mark>` elements, nested properly: an entity that crosses the
    /// end of an enclosing one is closed there and continued in a new fragment (`data-e` names the
    /// entity in every fragment; the first has the `id`, the last the type label).
    /// `anchors` are code point offsets (sorted) where an empty `<a id="PREFIX-sOFFSET">` is
    /// written, for links to sentences.
    static func markText(_ text: String, entities: [Entity], prefix: String, anchors: [Int] = [],
                         into html: inout HTMLBuffer) -> MarkPass {
        var pass = MarkPass(covered: Array(repeating: String.UnicodeScalarView(), count: entities.count),
                            marked: Array(repeating: false, count: entities.count))
        let order = entities.indices.filter { entities[$0].start >= 0 && entities[$0].end > entities[$0].start }
            .sorted { (entities[$0].start, -entities[$0].end, $0) < (entities[$1].start, -entities[$1].end, $1) }
        var next = 0
        var open: [Int] = []

        func openFragment(_ index: Int, first: Bool) {
            let entity = entities[index]
            html.raw("<mark class=\"e \(HTMLPage.style(of: entity.type).cssClass)\(first ? "" : " cont")\" data-e=\"\(index + 1)\"")
            if first { html.raw(" id=\"\(prefix)-e\(index + 1)\"") }
            html.raw(" title=\"")
            html.text(HTMLPage.tooltip(for: entity))
            html.raw("\">")
        }
        func closeFragment(_ index: Int, last: Bool) {
            if last {
                let entity = entities[index]
                html.raw("<a class=\"tag\" href=\"#\(prefix)-r\(index + 1)\">")
                html.text(entity.type.rawValue)
                if let value = HTMLPage.keyValue(of: entity) {
                    html.raw("<span class=\"val\">")
                    html.text(value)
                    html.raw("</span>")
                }
                html.raw("</a>")
            }
            html.raw("</mark>")
        }
        /// Closes the entities that end at `position` (all of them when `position` is nil), and
        /// continues the ones above them that go on.
        func close(at position: Int?) {
            let ends = { (index: Int) in position.map { entities[index].end <= $0 } ?? true }
            guard let lowest = open.firstIndex(where: ends) else { return }
            var continuing: [Int] = []
            for index in open[lowest...].reversed() {
                let ending = ends(index)
                closeFragment(index, last: ending)
                if !ending { continuing.append(index) }
            }
            open.removeSubrange(lowest...)
            for index in continuing.reversed() {
                openFragment(index, first: false)
                open.append(index)
            }
        }

        var position = 0
        var nextAnchor = 0
        for scalar in text.unicodeScalars {
            if !open.isEmpty { close(at: position) }
            while nextAnchor < anchors.count && anchors[nextAnchor] <= position {
                if anchors[nextAnchor] == position { html.raw("<a class=\"sent\" id=\"\(prefix)-s\(position)\"></a>") }
                nextAnchor += 1
            }
            while next < order.count && entities[order[next]].start == position {
                let index = order[next]
                openFragment(index, first: true)
                pass.marked[index] = true
                open.append(index)
                next += 1
            }
            html.escaped(scalar)
            for index in open { pass.covered[index].append(scalar) }
            position += 1
        }
        pass.length = position
        close(at: position)
        // Entities that run past the end of the text: closed at the end, flagged in the table.
        for index in open { pass.marked[index] = false }
        close(at: nil)
        return pass
    }

    // MARK: - The event table

    private static func eventTable(_ events: [EventRecord], prefix: String, into html: inout HTMLBuffer) {
        html.raw("<section class=\"events\" aria-label=\"Events\"><h3>Events</h3><table><thead><tr><th class=\"num\">#</th>"
                 + "<th>Date</th><th>Place</th><th>Type</th><th>Actors</th><th class=\"num\">Killed</th>"
                 + "<th class=\"num\">Injured</th><th class=\"num\">Abducted</th><th>Sentences</th></tr></thead><tbody>")
        if events.isEmpty {
            html.raw("<tr><td colspan=\"9\" class=\"none\">No incident to code.</td></tr>")
        }
        for (number, event) in events.enumerated() {
            html.raw("<tr id=\"\(prefix)-v\(number + 1)\"><td class=\"num\">\(number + 1)</td><td>")
            html.text(event.date.isEmpty ? "–" : event.date)
            html.raw("<div class=\"sub\">")
            html.text([event.datePrecision, event.dateMod, event.dateSource == "sentence" ? nil : "from \(event.dateSource)"]
                .compactMap { $0 }.joined(separator: " · "))
            html.raw("</div></td><td>")
            html.text(event.place ?? "–")
            html.raw("<div class=\"sub\">")
            html.text([event.admin2, event.admin1, event.country].compactMap { $0 }.joined(separator: ", "))
            html.raw("</div></td><td>")
            html.text(event.subEventType)
            html.raw("<div class=\"sub\">")
            html.text(event.eventType)
            html.raw("</div></td><td>")
            html.text(event.actor1 ?? "–")
            if let actor2 = event.actor2 {
                html.raw("<div class=\"sub\">against ")
                html.text(actor2)
                html.raw("</div>")
            }
            html.raw("</td><td class=\"num\">\(event.killed)</td><td class=\"num\">\(event.injured)</td>"
                     + "<td class=\"num\">\(event.abducted)</td><td class=\"links\">")
            for (index, source) in event.sources.enumerated() {
                html.raw("<a href=\"#\(prefix)-s\(source.start)\" title=\"")
                html.text(source.text)
                html.raw("\">\(index + 1)</a> ")
            }
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table></section>\n")
    }

    // MARK: - The entity table

    private static func entityTable(_ entities: [Entity], pass: MarkPass, prefix: String, into html: inout HTMLBuffer) {
        html.raw("<aside class=\"entities\" aria-label=\"Entities\"><table><thead><tr><th class=\"num\">#</th><th>Type</th>"
                 + "<th>Text</th><th class=\"num\">Span</th><th>Attributes</th></tr></thead><tbody>")
        let rows = entities.indices.sorted { (entities[$0].start, -entities[$0].end, $0) < (entities[$1].start, -entities[$1].end, $1) }
        if rows.isEmpty {
            html.raw("<tr><td colspan=\"5\" class=\"none\">No entities.</td></tr>")
        }
        for index in rows {
            let entity = entities[index]
            let problem = problem(of: entity, index: index, pass: pass)
            html.raw("<tr id=\"\(prefix)-r\(index + 1)\"\(problem == nil ? "" : " class=\"warn\"")><td class=\"num\">")
            if pass.marked[index] {
                html.raw("<a href=\"#\(prefix)-e\(index + 1)\" title=\"Show in the text\">\(index + 1)</a>")
            } else {
                html.raw("\(index + 1)")
            }
            html.raw("</td><td><span class=\"chip \(HTMLPage.style(of: entity.type).cssClass)\">")
            html.text(entity.type.rawValue)
            html.raw("</span></td><td class=\"etext\">")
            html.text(entity.text)
            if let problem {
                html.raw("<div class=\"problem\">⚠ ")
                html.text(problem)
                html.raw("</div>")
            }
            html.raw("</td><td class=\"num span\">\(entity.start)–\(entity.end)</td><td class=\"attrs\">")
            if entity.attributes.isEmpty { html.raw("<span class=\"none\">–</span>") }
            for attribute in entity.attributes {
                html.raw("<span class=\"kv\"><span class=\"k\">")
                html.text(attribute.name)
                html.raw("</span> ")
                html.text(attribute.value)
                html.raw("</span> ")
            }
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table></aside>")
    }

    private static func problem(of entity: Entity, index: Int, pass: MarkPass) -> String? {
        if entity.start < 0 || entity.end <= entity.start {
            return "empty or negative span: not marked in the text"
        }
        if !pass.marked[index] {
            return "offsets out of range (text length \(pass.length) code points): not marked in the text"
        }
        let covered = String(pass.covered[index])
        if covered != entity.text && Brat.oneLine(covered) != entity.text {
            return "the text at these offsets is “\(covered)”"
        }
        return nil
    }

    private static let css = """
        .events{margin:.6rem 0 1rem}
        .events h3{margin:.2rem 0 .4rem;font-size:1rem}
        .events .sub{color:var(--muted);font-size:.85em}
        .events .links a{display:inline-block;min-width:1.3em;text-align:center;border:1px solid var(--line);border-radius:3px;
          margin-right:.15rem;text-decoration:none}
        a.sent:target::before{content:"▶";color:#c92a2a;font-weight:700;margin-right:.15em}
        .legend ul{list-style:none;margin:.3rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem}
        .legend .desc{color:var(--muted);font-size:.9em}
        .hint{color:var(--muted);font-size:.85em;margin:.3rem 0 0}
        .contents table{margin-top:.3rem}
        .id{color:var(--muted);font-size:.85em;font-family:var(--mono)}
        .doc{border-top:3px solid var(--ink);margin-top:1.6rem;padding-top:.6rem}
        .doc>h2{font-size:1.35rem;margin:.2rem 0 .5rem}
        .meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 .6rem;font-size:.92em}
        .meta dt{color:var(--muted);font-weight:600}
        .meta dd{margin:0;overflow-wrap:anywhere}
        .precision{color:var(--muted)}
        .counts{display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0 .8rem}
        .count{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .5rem .1rem .15rem;border-radius:999px;
          background:var(--bg,#eef0f3);font-variant-numeric:tabular-nums;font-weight:600}
        .count.total{padding-left:.5rem;background:var(--soft);font-weight:500}
        .cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(19rem,2fr);gap:1.4rem;align-items:start}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.75 Georgia,"DejaVu Serif","Liberation Serif",serif;
          padding:1rem 1.2rem;border:1px solid var(--line);border-radius:6px;background:#fffefa}
        .text .e{scroll-margin-top:4rem}
        .text .e:target{outline:3px solid var(--ink);outline-offset:1px}
        .entities{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;border:1px solid var(--line);border-radius:6px}
        .entities table{width:100%;font-size:.86em}
        .entities thead th{position:sticky;top:0;background:var(--soft);z-index:1}
        .entities tr:target{background:#fff3bf}
        .etext{min-width:7.5em;overflow-wrap:break-word}
        .span{white-space:nowrap;color:var(--muted)}
        .kv{display:inline-block;margin:0 .25rem .1rem 0;padding:0 .3rem;border-radius:3px;background:var(--soft);border:1px solid var(--line);
          font-family:var(--mono);font-size:.92em;overflow-wrap:break-word;max-width:100%}
        .kv .k{color:var(--muted)}
        tr.warn td{background:#fff4e5}
        .problem{color:#8a4b00;font-size:.9em;margin-top:.15rem}
        @media (max-width:1000px){.cols{grid-template-columns:1fr}.entities{position:static;max-height:none}}
        @media print{
          .doc{break-before:page;border-top:none}
          .doc:first-of-type{break-before:auto}
          .cols{display:block}
          .text{font-size:11pt;line-height:1.6;border:none;padding:0;background:none}
          .entities{position:static;max-height:none;overflow:visible;border:none;margin-top:1rem}
          .entities thead th{position:static}
          .legend .hint{display:none}
        }

        """
}

// MARK: - Shared by the HTML pages

/// Builds UTF-8 HTML in a byte buffer: appending is cheap and escaping works scalar by scalar.
package struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends markup as it is.
    package mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Appends text, escaped for element content and quoted attribute values alike.
    package mutating func text(_ text: String) {
        for scalar in text.unicodeScalars { escaped(scalar) }
    }

    /// Appends one scalar: `& < > " '` as references; control characters other than tab, line
    /// feed and carriage return (which HTML does not allow) as U+FFFD.
    package mutating func escaped(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x26: raw("&amp;")
        case 0x3C: raw("&lt;")
        case 0x3E: raw("&gt;")
        case 0x22: raw("&quot;")
        case 0x27: raw("&#39;")
        case 0x09, 0x0A, 0x0D, 0x20..<0x7F: bytes.append(UInt8(scalar.value))
        case 0x00..<0x20, 0x7F..<0xA0: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        default: UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    package var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// The frame, styles and type colours the HTML pages share.
package enum HTMLPage {
    /// The type's style (`Dimension.Style`); a type no dimension describes shows its name as its sample.
    package static func style(of type: EntityType) -> (cssClass: String, sample: String, description: String) {
        let style = Dimension.style(of: type)
        return (style.cssClass, style.sample.isEmpty ? type.rawValue.lowercased() : style.sample, style.description)
    }

    /// The spec's types first, in report order, then any others present, sorted.
    static func typesInOrder(present: some Sequence<EntityType>) -> [EntityType] {
        let others = Set(present).subtracting(EntityType.all).sorted()
        return EntityType.all + others
    }

    /// The value worth showing beside an entity: the date value, the casualty count and kind, the
    /// country.
    static func keyValue(of entity: Entity) -> String? {
        switch entity.type {
        case .date:
            guard var value = entity[attribute: "Value"] else { return nil }
            if let mod = entity[attribute: "Mod"] { value += " " + mod.lowercased() }
            return value
        case .casualty:
            let qualifier: String = switch entity[attribute: "Qualifier"] {
            case "at_least": "≥"
            case "at_most": "≤"
            case "approx": "~"
            default: ""
            }
            let parts = [entity[attribute: "Count"].map { qualifier + $0 }, entity[attribute: "Kind"]].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        case .place:
            return entity[attribute: "Country"]
        default:
            return nil
        }
    }

    /// The hover text of an entity: type, offsets, every attribute on its own line.
    static func tooltip(for entity: Entity) -> String {
        var lines = ["\(entity.type.rawValue) \(entity.start)–\(entity.end)"]
        for attribute in entity.attributes { lines.append("\(attribute.name): \(attribute.value)") }
        return lines.joined(separator: "\n")
    }

    /// `72.4` for 0.7236; an en dash for no value.
    package static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    package static func begin(_ html: inout HTMLBuffer, title: String, css: String) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Nothing outside the page may load, and no script may run, whatever the text holds.
        html.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        html.raw("<meta name=\"generator\" content=\"ConflictMiner\">\n<title>")
        html.text(title)
        html.raw("</title>\n<style>\n")
        html.raw(baseCSS)
        html.raw(css)
        html.raw("</style>\n</head>\n<body>\n")
    }

    package static func end(_ html: inout HTMLBuffer) {
        html.raw("<footer class=\"page\">Generated by ConflictMiner. Offsets are Unicode code points, end exclusive.</footer>\n</body>\n</html>\n")
    }

    static let baseCSS = """
        :root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f3f5f7;
          --mono:ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;padding:1rem 1.5rem 2rem;color:var(--ink);background:#fff;
          font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
        header.page,main,footer.page{max-width:1500px;margin:0 auto}
        h1{font-size:1.65rem;margin:.1rem 0 .2rem;line-height:1.25}
        h2{font-size:1.15rem;margin:1rem 0 .4rem}
        h3{font-size:1rem;margin:1rem 0 .4rem}
        .sub{color:var(--muted);margin:0 0 .6rem}
        a{color:#0b5394}
        code{font-family:var(--mono);font-size:.92em}
        table{border-collapse:collapse}
        th,td{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--line)}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .none{color:var(--muted);font-style:italic}
        footer.page{margin-top:2rem;color:var(--muted);font-size:.8em;border-top:1px solid var(--line);padding-top:.4rem}
        @media print{
          body{padding:0;font-size:10pt}
          a{color:inherit;text-decoration:none}
          tr,li{break-inside:avoid}
          h2,h3{break-after:avoid}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }

        """

    /// The entity colours, shared by the document view and the report.
    package static let entityCSS = EntityType.all.map { Dimension.style(of: $0) }.map { ".\($0.cssClass){\($0.cssProperties)}\n" }.joined()
        + ".\(Dimension.otherStyle.cssClass){\(Dimension.otherStyle.cssProperties)}\n" + """
        mark.e{color:inherit;background:var(--bg);border-bottom:var(--bw) var(--bs) var(--fg);border-radius:3px;padding:.05em .1em;
          box-decoration-break:clone;-webkit-box-decoration-break:clone}
        mark.e mark.e{padding:0}
        .tag{display:inline-block;margin-left:.25em;padding:0 .3em;border-radius:3px;background:var(--fg);color:#fff;
          font:600 10.5px/1.45 system-ui,"DejaVu Sans",sans-serif;letter-spacing:.02em;vertical-align:.12em;text-decoration:none;
          white-space:nowrap;user-select:none;-webkit-user-select:none;text-indent:0}
        .tag .val{font-weight:400;margin-left:.35em;opacity:.95}
        a.tag:focus-visible{outline:2px solid var(--ink);outline-offset:1px}
        .chip{display:inline-block;padding:0 .35em;border-radius:3px;background:var(--fg);color:#fff;
          font:600 11px/1.6 system-ui,"DejaVu Sans",sans-serif;letter-spacing:.02em;white-space:nowrap}

        """
}
