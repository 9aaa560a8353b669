import ConflictMinerCore

/// Finds DATE entities: recognizes date phrases (`DateRecognizer`), then resolves each against the
/// document's publication date (`TemporalResolver`). Each entity carries its TIMEX3 `Value` and,
/// for `early`/`mid-`/`late`, a `Mod` of `START`, `MID` or `END`. A phrase that resolves to no
/// valid date (`February 30`) is dropped. See `docs/dates.md`.
public struct DateExtractor: Extractor {
    public let name = "date"
    public private(set) var recognizer: DateRecognizer
    public let resolver: TemporalResolver

    public init(recognizer: DateRecognizer, resolver: TemporalResolver = TemporalResolver()) {
        self.recognizer = recognizer
        self.resolver = resolver
    }

    public func sharing(_ vocabulary: inout Vocabulary) -> DateExtractor {
        var copy = self
        copy.recognizer = recognizer.sharing(&vocabulary)
        return copy
    }

    public func extract(from text: AnalyzedText, into entities: inout [Entity]) {
        let dct = text.document.published
        for expression in recognizer.recognize(text) {
            guard !expression.tokens.isEmpty, let value = resolver.value(of: expression, dct: dct) else { continue }
            entities.append(text.entity(.date, tokens: expression.tokens,
                                        value: .date(DateValue(timex: value, modifier: expression.modifier)),
                                        rule: expression.pattern.rawValue))
        }
    }
}
