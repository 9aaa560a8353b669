import ConflictMiner
import Foundation

// libFuzzer entry point. The target is chosen by $FUZZ_TARGET: `tokenizer`, `brat`, `jsonl` or
// `pipeline` (the default). Every invariant is a `precondition`: a violation is a crash that
// libFuzzer reports with the input that caused it. Build and run with Scripts/fuzz.

// libFuzzer calls the entry point from one thread only.
nonisolated(unsafe) private let analyzer = try! TextAnalyzer()
private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "pipeline"
private let gazetteers: GazetteerDirectory? = target == "pipeline" ? GazetteerDirectory.locate() : nil
private let pipeline: Pipeline = {
    guard target == "pipeline" else { return Pipeline(extractors: []) }
    guard let gazetteers else { fatalError("fuzz: no Gazetteers folder found") }
    return try! Pipeline.standard(gazetteers: gazetteers)
}()
/// The event linker, for the `pipeline` target only (it reads the same gazetteer folder).
private let linker: EventLinker? = gazetteers.map { try! EventLinker(gazetteers: $0, places: pipeline.placeGazetteer) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "tokenizer": fuzzTokenizer(bytes)
    case "brat": fuzzBrat(bytes)
    case "jsonl": fuzzJSONL(bytes)
    default: fuzzPipeline(bytes)
    }
    return 0
}

private func text(from bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// Tokens are contiguous, cover the text, and each one's code point span cuts out its surface.
private func fuzzTokenizer(_ bytes: [UInt8]) {
    let text = text(from: bytes)
    let analyzed = analyzer.analyze(Document(id: "f", text: text))
    let points = CodePoints(text)
    var next = 0
    for index in analyzed.tokens.indices {
        let token = analyzed.tokens[index]
        let end = analyzed.end(of: index)
        precondition(token.start == next && end > token.start, "tokens are contiguous and not empty")
        precondition(token.length == min(end - token.start, Int(UInt16.max)), "a token's length agrees with its end")
        precondition(points.slice(token.start, end) == analyzed.surface(index), "token offsets are exact")
        next = end
    }
    precondition(next == points.count, "tokens cover the text")
}

/// The BRAT reader never crashes; what it accepts as valid survives a rewrite unchanged.
private func fuzzBrat(_ bytes: [UInt8]) {
    // First line: the document text; the rest: the .ann content.
    let whole = text(from: bytes)
    let split = whole.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let text = CodePoints(String(split[0]))
    let annotation = split.count > 1 ? String(split[1]) : ""
    let parsed = Brat.parse(annotation, text: text)
    let valid = parsed.entities.filter(\.isValid).map(\.entity)
    let again = Brat.parse(Brat.serialize(valid), text: text)
    precondition(again.problems.isEmpty, "a rewrite of valid entities is valid")
    precondition(again.entities.map(\.entity.start) == valid.map(\.start), "a rewrite keeps the offsets")
}

/// JSONL lines give a document or a problem, never a crash.
private func fuzzJSONL(_ bytes: [UInt8]) {
    let inputs = DocumentInputs(paths: [])
    _ = inputs.documentFromJSONLine(bytes[...], file: "fuzz", line: 1)
    _ = TextDecoding().decode(bytes)
    _ = TextDecoding(lossy: true, html: true).decode(bytes)
}

/// Every entity the pipeline produces fits the text, and entities do not overlap; the events
/// linked from them rest on sentences of the text, with counts that are not negative and types
/// from ACLED's list, and their JSON lines parse.
private func fuzzPipeline(_ bytes: [UInt8]) {
    let text = text(from: bytes)
    let published = PublicationDate(year: 2024, month: 11, day: 20)
    let annotated = pipeline.annotate(Document(id: "f", text: text, published: published), with: analyzer)
    let points = CodePoints(text)
    var previousEnd = 0
    for entity in annotated.entities {
        precondition(0 <= entity.start && entity.start < entity.end && entity.end <= points.count, "entity in range")
        precondition(points.slice(entity.start, entity.end) == entity.text, "entity text is its slice")
        precondition(entity.start >= previousEnd, "entities are sorted and do not overlap")
        previousEnd = entity.end
    }
    let reread = Brat.parse(Brat.serialize(annotated.entities), text: points)
    precondition(reread.problems.isEmpty, "written BRAT reads back without problems")
    for event in linker?.events(in: annotated, analyzer: analyzer) ?? [] {
        precondition(event.killed >= 0 && event.injured >= 0 && event.abducted >= 0, "counts are not negative")
        precondition(EventTaxonomy.subEventTypes[event.subEventType] == event.eventType, "types are ACLED's")
        for source in event.sources {
            precondition(0 <= source.start && source.start < source.end && source.end <= points.count, "source in range")
            precondition(points.slice(source.start, source.end) == source.text, "source text is its slice")
        }
        precondition((try? JSONSerialization.jsonObject(with: Data(event.jsonLine.utf8))) != nil, "the JSON line parses")
    }
}

// SwiftPM links an executable target's entry point as `<module>_main`; hand it to libFuzzer's
// driver, which then calls `LLVMFuzzerTestOneInput` for every input.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("conflict_miner_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the pipeline and the linker before the first input, so that what they keep for the
    // whole run is not reported as that input's leak.
    _ = pipeline
    _ = linker
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
