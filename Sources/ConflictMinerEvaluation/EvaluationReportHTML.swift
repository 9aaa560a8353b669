import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerFormats
import ConflictMinerPipeline

extension Evaluation {
    /// A self-contained HTML report (inline CSS and SVG, no scripts, no external resources): the
    /// scores per type and micro-averaged, a bar chart of F1 per type (strict vs overlap), scores
    /// per document, and every error in the context of its document: gold and prediction side by
    /// side for boundary mismatches and wrong values.
    ///
    /// - Parameter texts: document name → text, to show errors in context. Documents without a text
    ///   show the error's own text and offsets only.
    public func htmlReport(title: String, texts: [String: String]) -> String {
        var html = HTMLBuffer(capacity: 32_768 + documents.reduce(0) { $0 + $1.errors.count * 1_200 })
        HTMLPage.begin(&html, title: title, css: HTMLPage.entityCSS + EvaluationHTML.css)
        html.raw("<header class=\"page\"><h1>")
        html.text(title)
        html.raw("</h1><p class=\"sub\">Gold <code>")
        html.text(goldDirectory)
        html.raw("</code> · predictions <code>")
        html.text(predictionSource)
        html.raw("</code> · \(documents.count) \(documents.count == 1 ? "document" : "documents") scored</p>")
        notices(&html)
        html.raw("</header>\n<main>\n")
        scoreTable(&html)
        chart(&html)
        documentTable(&html)
        errorSections(&html, texts: texts)
        html.raw("</main>\n")
        HTMLPage.end(&html)
        return html.string
    }

    // MARK: - Header notices

    private func notices(_ html: inout HTMLBuffer) {
        var items: [(label: String, names: [String])] = []
        if !skippedInvalidGold.isEmpty { items.append(("Left out (invalid gold)", skippedInvalidGold)) }
        if !skippedNoGold.isEmpty { items.append(("Left out (no gold .ann)", skippedNoGold)) }
        if !missingPredictions.isEmpty { items.append(("Missing prediction files (scored as empty)", missingPredictions)) }
        let problems = unreadable.map { "unreadable: \($0)" } + goldProblems.map { "gold: \($0)" } + predictionProblems.map { "prediction: \($0)" }
        guard !items.isEmpty || !problems.isEmpty else { return }
        html.raw("<section class=\"notices\" aria-label=\"Notices\"><ul>")
        for item in items {
            html.raw("<li><strong>")
            html.text(item.label)
            html.raw(" (\(item.names.count)):</strong> ")
            html.text(item.names.joined(separator: ", "))
            html.raw("</li>")
        }
        if !problems.isEmpty {
            html.raw("<li><strong>Input problems (\(problems.count)):</strong><ul class=\"problems\">")
            for problem in problems {
                html.raw("<li><code>")
                html.text(problem)
                html.raw("</code></li>")
            }
            html.raw("</ul></li>")
        }
        html.raw("</ul></section>\n")
    }

    // MARK: - Scores

    private func scoreTable(_ html: inout HTMLBuffer) {
        html.raw("<section id=\"scores\"><h2>Scores by type</h2><div class=\"scroll\"><table class=\"scores\">"
                 + "<caption>P, R, F1 and accuracy in %. Strict: same type and span; overlap: same type, spans overlap (one-to-one). "
                 + "Values are judged on strict matches; gold without the attribute is skipped.</caption>"
                 + "<colgroup><col><col><col></colgroup><colgroup class=\"grp\" span=\"6\"></colgroup>"
                 + "<colgroup class=\"grp\" span=\"6\"></colgroup><colgroup class=\"grp\" span=\"2\"></colgroup>"
                 + "<thead><tr><th rowspan=\"2\" scope=\"col\">Type</th><th rowspan=\"2\" class=\"num\" scope=\"col\">Gold</th>"
                 + "<th rowspan=\"2\" class=\"num\" scope=\"col\">Pred</th><th colspan=\"6\" class=\"grp\" scope=\"colgroup\">Strict</th>"
                 + "<th colspan=\"6\" class=\"grp\" scope=\"colgroup\">Overlap</th><th colspan=\"2\" class=\"grp\" scope=\"colgroup\">Value</th></tr><tr>")
        for _ in 0..<2 {
            html.raw("<th class=\"num grp\">TP</th><th class=\"num\">FP</th><th class=\"num\">FN</th>"
                     + "<th class=\"num\">P</th><th class=\"num\">R</th><th class=\"num\">F1</th>")
        }
        html.raw("<th class=\"num grp\">Correct / judged</th><th class=\"num\">Acc</th></tr></thead><tbody>")
        for row in types.map({ Optional($0) }) + [nil] {
            let strict = row.map { total.strict[$0] ?? MatchCounts() } ?? total.microStrict(types)
            let overlap = row.map { total.overlap[$0] ?? MatchCounts() } ?? total.microOverlap(types)
            let value: ValueCounts? = row.map { Scorer.valueAttributes[$0] == nil ? nil : (total.value[$0] ?? ValueCounts()) }
                ?? total.microValue(types)
            let gold = row.map { goldEntities[$0] ?? 0 } ?? types.reduce(0) { $0 + (goldEntities[$1] ?? 0) }
            let predicted = row.map { predictedEntities[$0] ?? 0 } ?? types.reduce(0) { $0 + (predictedEntities[$1] ?? 0) }
            if let row {
                html.raw("<tr><th scope=\"row\"><span class=\"chip \(HTMLPage.style(of: row).cssClass)\">")
                html.text(row.rawValue)
                html.raw("</span></th>")
            } else {
                html.raw("<tr class=\"micro\"><th scope=\"row\">Micro (all types)</th>")
            }
            html.raw("<td class=\"num\">\(gold)</td><td class=\"num\">\(predicted)</td>")
            for counts in [strict, overlap] {
                html.raw("<td class=\"num grp\">\(counts.tp)</td><td class=\"num\">\(counts.fp)</td><td class=\"num\">\(counts.fn)</td>"
                         + "<td class=\"num\">\(HTMLPage.percent(counts.precision))</td><td class=\"num\">\(HTMLPage.percent(counts.recall))</td>"
                         + "<td class=\"num f1\">\(HTMLPage.percent(counts.f1))</td>")
            }
            if let value {
                html.raw("<td class=\"num grp\" title=\"\(value.skipped) skipped (gold lacks the attribute)\">\(value.correct) / \(value.judged)</td>"
                         + "<td class=\"num\">\(HTMLPage.percent(value.accuracy))</td></tr>")
            } else {
                html.raw("<td class=\"num grp none\">not scored</td><td class=\"num\">–</td></tr>")
            }
        }
        html.raw("</tbody></table></div></section>\n")
    }

    /// Horizontal bars: per type and micro, strict F1 above overlap F1, with the figures written out.
    private func chart(_ html: inout HTMLBuffer) {
        let rows: [(label: String, strict: Double, overlap: Double)] = types.map {
            ($0.rawValue, (total.strict[$0] ?? MatchCounts()).f1, (total.overlap[$0] ?? MatchCounts()).f1)
        } + [("micro", total.microStrict(types).f1, total.microOverlap(types).f1)]
        let labelWidth = 104.0, plotWidth = 520.0, valueWidth = 52.0
        let bar = 15.0, barGap = 3.0, groupGap = 15.0, top = 34.0, axis = 26.0
        let group = 2 * bar + barGap
        let height = top + Double(rows.count) * group + Double(rows.count - 1) * groupGap + axis
        let width = labelWidth + plotWidth + valueWidth
        /// A coordinate with at most one decimal.
        func n(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        }

        html.raw("<section id=\"chart\"><h2>F1 by type</h2><figure>")
        html.raw("<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" role=\"img\" "
                 + "aria-labelledby=\"chart-title chart-desc\" font-family=\"system-ui,DejaVu Sans,sans-serif\" font-size=\"12\">")
        html.raw("<title id=\"chart-title\">F1 by type, strict vs overlap</title><desc id=\"chart-desc\">")
        html.text(rows.map { "\($0.label): strict \(HTMLPage.percent($0.strict)) %, overlap \(HTMLPage.percent($0.overlap)) %" }
            .joined(separator: "; "))
        html.raw("</desc>")
        // Legend.
        html.raw("<rect x=\"\(n(labelWidth))\" y=\"6\" width=\"14\" height=\"12\" class=\"strict\"/>"
                 + "<text x=\"\(n(labelWidth + 20))\" y=\"16\">strict</text>"
                 + "<rect x=\"\(n(labelWidth + 80))\" y=\"6\" width=\"14\" height=\"12\" class=\"overlap\"/>"
                 + "<text x=\"\(n(labelWidth + 100))\" y=\"16\">overlap</text>")
        // Grid and axis.
        let plotBottom = height - axis + 4
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + plotWidth * Double(tick) / 100
            html.raw("<line x1=\"\(n(x))\" x2=\"\(n(x))\" y1=\"\(n(top - 6))\" y2=\"\(n(plotBottom))\" class=\"grid\"/>"
                     + "<text x=\"\(n(x))\" y=\"\(n(plotBottom + 14))\" text-anchor=\"middle\" class=\"axis\">\(tick)%</text>")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * (group + groupGap)
            html.raw("<text x=\"\(n(labelWidth - 10))\" y=\"\(n(y + group / 2 + 4))\" text-anchor=\"end\" class=\"label\(row.label == "micro" ? " micro" : "")\">")
            html.text(row.label)
            html.raw("</text>")
            for (offset, value, kind) in [(0.0, row.strict, "strict"), (bar + barGap, row.overlap, "overlap")] {
                let w = plotWidth * max(0, min(1, value))
                html.raw("<rect x=\"\(n(labelWidth))\" y=\"\(n(y + offset))\" width=\"\(n(w))\" height=\"\(n(bar))\" class=\"\(kind)\"><title>")
                html.text("\(row.label) \(kind) F1 \(HTMLPage.percent(value)) %")
                html.raw("</title></rect>"
                         + "<text x=\"\(n(labelWidth + w + 5))\" y=\"\(n(y + offset + bar - 3.5))\" class=\"value\">\(HTMLPage.percent(value))</text>")
            }
        }
        html.raw("</svg><figcaption>Bars show F1 in %; the figures are in the table above.</figcaption></figure></section>\n")
    }

    private func documentTable(_ html: inout HTMLBuffer) {
        html.raw("<section id=\"documents\"><h2>Documents</h2><div class=\"scroll\"><table class=\"docs\"><thead><tr>"
                 + "<th scope=\"col\">Document</th><th class=\"num\">Gold</th><th class=\"num\">Pred</th>"
                 + "<th class=\"num grp\">Strict P</th><th class=\"num\">R</th><th class=\"num\">F1</th>"
                 + "<th class=\"num grp\">Overlap F1</th><th class=\"num grp\">Value acc</th>"
                 + "<th class=\"num grp\">Missed</th><th class=\"num\">Spurious</th><th class=\"num\">Wrong value</th></tr></thead><tbody>")
        if documents.isEmpty { html.raw("<tr><td colspan=\"11\" class=\"none\">No documents were scored.</td></tr>") }
        for (number, document) in documents.enumerated() {
            let strict = document.counts.microStrict(types), overlap = document.counts.microOverlap(types)
            var fn = 0, fp = 0, value = 0
            for error in document.errors {
                switch error.kind {
                case .falseNegative: fn += 1
                case .falsePositive: fp += 1
                case .value: value += 1
                }
            }
            html.raw("<tr><td class=\"docname\">")
            if document.errors.isEmpty {
                html.text(document.name)
            } else {
                html.raw("<a href=\"#doc\(number)\">")
                html.text(document.name)
                html.raw("</a>")
            }
            html.raw("</td><td class=\"num\">\(strict.tp + strict.fn)</td><td class=\"num\">\(strict.tp + strict.fp)</td>"
                     + "<td class=\"num grp\">\(HTMLPage.percent(strict.precision))</td><td class=\"num\">\(HTMLPage.percent(strict.recall))</td>"
                     + "<td class=\"num f1\">\(HTMLPage.percent(strict.f1))</td><td class=\"num grp\">\(HTMLPage.percent(overlap.f1))</td>"
                     + "<td class=\"num grp\">\(HTMLPage.percent(document.counts.microValue(types).accuracy))</td>"
                     + "<td class=\"num grp\">\(fn)</td><td class=\"num\">\(fp)</td><td class=\"num\">\(value)</td></tr>")
        }
        html.raw("</tbody></table></div><p class=\"hint\">Missed = strict false negatives, spurious = strict false positives "
                 + "(a boundary mismatch counts once in each).</p></section>\n")
    }

    // MARK: - Errors in context

    private func errorSections(_ html: inout HTMLBuffer, texts: [String: String]) {
        html.raw("<section id=\"errors\"><h2>Errors in context</h2>")
        html.raw("<p class=\"kinds\"><span class=\"kind k-missed\">missed</span> gold entity not predicted (FN) · "
                 + "<span class=\"kind k-spurious\">spurious</span> predicted, not in gold (FP) · "
                 + "<span class=\"kind k-boundary\">boundary</span> overlapping gold and prediction with different spans (FN + FP) · "
                 + "<span class=\"kind k-value\">value</span> same span, wrong value. "
                 + "About 60 characters of context either side; ⏎ marks a line break.</p>")
        let withErrors = documents.enumerated().filter { !$0.element.errors.isEmpty }
        if withErrors.isEmpty { html.raw("<p class=\"none\">No errors.</p>") }
        for (number, document) in withErrors {
            html.raw("<section class=\"docerr\" id=\"doc\(number)\"><h3>")
            html.text(document.name)
            html.raw(" <span class=\"n\">\(document.errors.count) \(document.errors.count == 1 ? "error" : "errors")</span></h3>")
            let text = texts[document.name].map(CodePoints.init)
            if text == nil { html.raw("<p class=\"none\">The document text is not available: errors are shown without context.</p>") }
            html.raw("<table class=\"errors\"><thead><tr><th>Kind</th><th>Type</th><th class=\"side\">Gold</th>"
                     + "<th class=\"side\">Prediction</th></tr></thead><tbody>")
            for row in EvaluationHTML.rows(document.errors) {
                EvaluationHTML.render(row, text: text, into: &html)
            }
            html.raw("</tbody></table></section>\n")
        }
        html.raw("</section>\n")
    }
}

/// The error rows of the report and their rendering.
enum EvaluationHTML {
    typealias Span = (start: Int, end: Int, text: String)

    enum Kind: String { case missed, spurious, boundary, value }

    struct Row {
        var kind: Kind
        var type: EntityType
        var gold: Span?
        var predicted: Span?
        /// True when the span on the other side is an overlap partner that is counted elsewhere.
        var partnerOnly = false
        var goldValue: String?
        var predictedValue: String?
        var invalid: String?
    }

    /// One row per error, in text order, except that a false negative and a false positive that
    /// are each other's overlap partner make one boundary row.
    static func rows(_ errors: [ScoringError]) -> [Row] {
        struct Key: Hashable { let type: EntityType; let gold: [Int]; let predicted: [Int] }
        var negatives: [Key: [Int]] = [:]
        for (index, error) in errors.enumerated() where error.kind == .falseNegative {
            if let partner = error.overlapping {
                negatives[Key(type: error.type, gold: [error.start, error.end], predicted: [partner.start, partner.end]), default: []].append(index)
            }
        }
        var pairedWith: [Int: Int] = [:]
        for (index, error) in errors.enumerated() where error.kind == .falsePositive && error.invalid == nil {
            guard let partner = error.overlapping else { continue }
            let key = Key(type: error.type, gold: [partner.start, partner.end], predicted: [error.start, error.end])
            if var candidates = negatives[key], !candidates.isEmpty {
                let negative = candidates.removeFirst()
                negatives[key] = candidates
                pairedWith[negative] = index
                pairedWith[index] = negative
            }
        }
        var rows: [Row] = []
        var done = Set<Int>()
        for (index, error) in errors.enumerated() where !done.contains(index) {
            let own: Span = (error.start, error.end, error.text)
            if let other = pairedWith[index] {
                done.insert(other)
                let negative = error.kind == .falseNegative ? error : errors[other]
                let positive = error.kind == .falsePositive ? error : errors[other]
                rows.append(Row(kind: .boundary, type: error.type, gold: (negative.start, negative.end, negative.text),
                                predicted: (positive.start, positive.end, positive.text)))
                continue
            }
            switch error.kind {
            case .falseNegative:
                rows.append(Row(kind: .missed, type: error.type, gold: own, predicted: error.overlapping, partnerOnly: error.overlapping != nil))
            case .falsePositive:
                rows.append(Row(kind: .spurious, type: error.type, gold: error.overlapping, predicted: own,
                                partnerOnly: error.overlapping != nil, invalid: error.invalid))
            case .value:
                rows.append(Row(kind: .value, type: error.type, gold: own, predicted: own,
                                goldValue: error.gold, predictedValue: error.predicted))
            }
        }
        return rows
    }

    static func render(_ row: Row, text: CodePoints?, into html: inout HTMLBuffer) {
        let style = HTMLPage.style(of: row.type)
        let label: String = switch row.kind {
        case .missed: "missed"
        case .spurious: "spurious"
        case .boundary: "boundary"
        case .value: "value"
        }
        let code: String = switch row.kind {
        case .missed: "FN"
        case .spurious: "FP"
        case .boundary: "FN+FP"
        case .value: "VAL"
        }
        html.raw("<tr class=\"r-\(row.kind.rawValue)\"><td><span class=\"kind k-\(row.kind.rawValue)\">\(label)</span>"
                 + "<span class=\"code\">\(code)</span></td><td><span class=\"chip \(style.cssClass)\">")
        html.text(row.type.rawValue)
        html.raw("</span></td>")
        // One window for both sides, so that gold and prediction line up.
        let spans = [row.gold, row.predicted].compactMap { $0 }.filter { span in text.map { fits(span, $0) } ?? false }
        let window = text.flatMap { text in
            spans.isEmpty ? nil : Self.window(text, start: spans.map(\.start).min()!, end: spans.map(\.end).max()!)
        }
        for (side, span) in [("gold", row.gold), ("pred", row.predicted)] {
            let isOwn = row.kind == .boundary || row.kind == .value
                || (row.kind == .missed && side == "gold") || (row.kind == .spurious && side == "pred")
            html.raw("<td class=\"side \(side)\(isOwn ? "" : " partner")\">")
            if let span {
                if !isOwn && row.partnerOnly {
                    html.raw("<div class=\"note\">overlapping \(side == "gold" ? "gold entity" : "prediction"), matched exactly elsewhere</div>")
                }
                if let text, let window, fits(span, text) {
                    context(text, window: window, span: span, cssClass: style.cssClass, into: &html)
                } else {
                    html.raw("<div class=\"ctx\">“<mark class=\"e \(style.cssClass)\">")
                    html.text(span.text)
                    html.raw("</mark>”</div>")
                }
                html.raw("<div class=\"loc\">\(span.start)–\(span.end)</div>")
                let value = side == "gold" ? row.goldValue : row.predictedValue
                if let value {
                    html.raw("<div class=\"val \(side)\">")
                    html.text(value)
                    html.raw("</div>")
                }
                if side == "pred", let invalid = row.invalid {
                    html.raw("<div class=\"problem\">⚠ invalid prediction: ")
                    html.text(invalid)
                    html.raw("</div>")
                }
            } else {
                html.raw("<div class=\"absent\">\(side == "gold" ? "not in gold" : "not predicted")</div>")
            }
            html.raw("</td>")
        }
        html.raw("</tr>\n")
    }

    private static func fits(_ span: Span, _ text: CodePoints) -> Bool {
        0 <= span.start && span.start < span.end && span.end <= text.count
    }

    /// About 60 code points either side, widened so that the cut falls neither on a combining mark
    /// nor inside an emoji sequence.
    static func window(_ text: CodePoints, start: Int, end: Int, radius: Int = 60) -> Range<Int> {
        func extending(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isGraphemeExtend || scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value)
                || (0x1F3FB...0x1F3FF).contains(scalar.value)
        }
        var low = max(0, start - radius), high = min(text.count, end + radius)
        var steps = 0
        while low > 0 && steps < 16 && (extending(text.scalars[low]) || text.scalars[low - 1].value == 0x200D) {
            low -= 1
            steps += 1
        }
        steps = 0
        while high < text.count && steps < 16 && (extending(text.scalars[high]) || text.scalars[high - 1].value == 0x200D) {
            high += 1
            steps += 1
        }
        return low..<high
    }

    private static func context(_ text: CodePoints, window: Range<Int>, span: Span, cssClass: String, into html: inout HTMLBuffer) {
        html.raw("<div class=\"ctx\">")
        if window.lowerBound > 0 { html.raw("<span class=\"ell\">…</span>") }
        func part(_ range: Range<Int>) {
            for scalar in text.scalars[range] {
                if scalar == "\n" {
                    html.raw("<span class=\"nl\">⏎</span> ")
                } else if scalar == "\r" || scalar == "\t" {
                    html.raw(" ")
                } else {
                    html.escaped(scalar)
                }
            }
        }
        part(window.lowerBound..<span.start)
        html.raw("<mark class=\"e \(cssClass)\">")
        part(span.start..<span.end)
        html.raw("</mark>")
        part(span.end..<window.upperBound)
        if window.upperBound < text.count { html.raw("<span class=\"ell\">…</span>") }
        html.raw("</div>")
    }

    static let css = """
        .notices ul{margin:.2rem 0;padding-left:1.2rem}
        .notices{background:#fff4e5;border:1px solid #f0c987;border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}
        .notices .problems{max-height:14rem;overflow:auto;font-size:.85em}
        .scroll{overflow-x:auto}
        table.scores caption,figcaption,.hint{caption-side:bottom;text-align:left;color:var(--muted);font-size:.85em;padding-top:.3rem}
        table.scores{font-size:.95em}
        .scores thead th.grp,.scores td.grp,.docs td.grp,.docs th.grp{border-left:2px solid var(--line)}
        .scores thead tr:first-child th.grp{text-align:center}
        td.f1{font-weight:700}
        tr.micro th,tr.micro td{border-top:2px solid var(--ink);font-weight:700;background:var(--soft)}
        figure{margin:.3rem 0}
        svg.chart{max-width:100%;height:auto;display:block}
        svg .strict{fill:#1f4e8c}
        svg .overlap{fill:#8fb8e8}
        svg .grid{stroke:#d1d9e0;stroke-width:1}
        svg .axis{fill:#59636e;font-size:11px}
        svg .label{fill:#1f2328;font-weight:600}
        svg .label.micro{font-weight:800}
        svg .value{fill:#1f2328;font-size:11px}
        svg text{fill:#1f2328}
        .docs .docname{font-family:var(--mono);font-size:.9em}
        .kinds{font-size:.9em;color:var(--muted)}
        .kind{display:inline-block;padding:0 .4em;border-radius:3px;font:600 11px/1.6 system-ui,"DejaVu Sans",sans-serif;
          color:#fff;letter-spacing:.02em;white-space:nowrap}
        .k-missed{background:#a4262c}.k-spurious{background:#6b4c00}.k-boundary{background:#3b4a9c}.k-value{background:#5b5b5b}
        .code{display:block;color:var(--muted);font:11px/1.4 var(--mono);margin-top:.1rem}
        .docerr h3 .n{font-weight:400;color:var(--muted);font-size:.9em}
        .docerr h3{font-family:var(--mono);font-size:.98rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        table.errors{width:100%;table-layout:fixed}
        table.errors th:nth-child(1){width:6.5rem}
        table.errors th:nth-child(2){width:6.8rem}
        table.errors td.side{width:auto}
        table.errors tbody tr:nth-child(even) td{background:#fafbfc}
        td.side.partner{color:var(--muted)}
        .ctx{font:14px/1.55 Georgia,"DejaVu Serif","Liberation Serif",serif;overflow-wrap:anywhere}
        .ctx mark.e{font-weight:700}
        td.partner .ctx mark.e{opacity:.85;font-weight:600}
        .ell,.nl{color:var(--muted)}
        .loc{color:var(--muted);font:11px/1.4 var(--mono);margin-top:.15rem}
        .val{display:inline-block;margin-top:.2rem;padding:0 .35rem;border-radius:3px;font:12px/1.6 var(--mono)}
        .val.gold{background:#e3f1e6;border:1px solid #9cc9a6}
        .val.pred{background:#fbe7e7;border:1px solid #e2a3a3}
        .note{font-size:.8em;color:var(--muted);font-style:italic}
        .absent{color:var(--muted);font-style:italic}
        .problem{color:#8a4b00;font-size:.9em;margin-top:.15rem}
        .scores td.num,.docs td.num,.scores th[scope=row]{white-space:nowrap}
        @media print{
          table.scores,table.docs{font-size:7.5pt}
          table.scores th,table.scores td,table.docs th,table.docs td{padding:.12rem .25rem}
          .scores .chip{font-size:7pt}
          table.errors{font-size:9pt}
          .ctx{font-size:9.5pt}
          .notices .problems{max-height:none;overflow:visible}
          .scroll{overflow:visible}
          .docerr{break-before:auto}
          svg.chart{max-width:16cm}
        }

        """
}
