import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// End-to-end runs of `events`, `extract --format html`, `evaluate --report` and
/// `evaluate --events`, with the fixture gazetteers of `CommandLineTests`.
@Suite("Command line: events, HTML, reports", .serialized)
struct EventCommandLineTests {
    let cli = CommandLineTests()

    static let article = "The Testland Liberation Front claimed responsibility for the bombing in Quetta on November 9 that killed at least 26 people."

    func articleFolder() throws -> URL {
        let folder = try cli.temporaryFolder()
        try Self.article.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try #"{"published": "2024-11-20", "title": "A <test> article"}"#.write(to: folder.appendingPathComponent("a.meta.json"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func eventsAsCSVAndJSONL() throws {
        let folder = try articleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try cli.run(["events", "--format", "csv", folder.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == EventRecord.csvHeaderRow)
        #expect(lines.count == 2)
        let row = lines.count > 1 ? lines[1] : ""
        #expect(row.hasPrefix("a-E1,a,2024-11-09,day,,sentence,Quetta,Quetta,gn:1167528,Balochistan,,PK,30.18000,67.00000,town,Explosions/Remote violence,"
            + "Remote explosive/landmine/IED,Testland Liberation Front,Civilians (PK),true,Testland Liberation Front,"
            + "testland-liberation-front,26,0,0,at_least,"))

        let output = folder.appendingPathComponent("events.jsonl")
        let jsonl = try cli.run(["events", "--format", "jsonl", "--output", output.path, "--quiet", folder.appendingPathComponent("a.txt").path])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(jsonl.stderr.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix(#"{"event_id":"a-E1","document":"a","date":"2024-11-09""#))
        #expect(written.contains(#""killed":26"#))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func eventsFromStandardInputAndBadInput() throws {
        let input = #"{"id":"s","text":"\#(Self.article)","published":"2024-11-20"}"# + "\nnot json\n"
        let result = try cli.run(["events", "--format", "jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2: not valid JSON"))
        #expect(result.stdout.contains(#""document":"s""#))
    }

    @Test func csvWithoutItsHeaderForPartsJoinedLater() throws {
        let input = #"{"id":"s","text":"\#(Self.article)","published":"2024-11-20"}"# + "\n"
        let plain = try cli.run(["events", "--quiet", "-"], stdin: input)
        let bare = try cli.run(["events", "--no-header", "--quiet", "-"], stdin: input)
        #expect(plain.status == 0 && bare.status == 0)
        #expect(plain.stdout.hasPrefix(EventRecord.csvHeaderRow + "\n"))
        #expect(bare.stdout == String(plain.stdout.dropFirst(EventRecord.csvHeaderRow.count + 1)))
        #expect(try cli.run(["events", "--format", "jsonl", "--no-header", "-"], stdin: input).status == 2)
    }

    @Test func extractWritesOneHTMLPagePerDocument() throws {
        let folder = try articleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Nothing here.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("html")
        let result = try cli.run(["extract", "--format", "html", "--output", out.path, "--quiet", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["a.html", "b.html"])
        let page = try String(contentsOf: out.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("A &lt;test&gt; article"))
        #expect(page.contains("Testland Liberation Front"))
        #expect(!page.contains("<script"))
        #expect(try cli.run(["extract", "--format", "html", folder.path]).status == 2)
    }

    @Test func evaluateWritesAnHTMLReport() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold"), pred = folder.appendingPathComponent("pred")
        for url in [gold, pred] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try "TLF struck Quetta.".write(to: gold.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        try "T1\tGROUP 0 3\tTLF\nT2\tPLACE 11 17\tQuetta\nA1\tCountry T2 PK\n".write(to: gold.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        try "T1\tGROUP 0 3\tTLF\nT2\tPLACE 11 16\tQuett\n".write(to: pred.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        let report = folder.appendingPathComponent("report.html")
        let result = try cli.run(["evaluate", "--gold", gold.path, "--pred", pred.path, "--report", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("micro"))
        let page = try String(contentsOf: report, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("TLF struck"))
        #expect(try cli.run(["evaluate", "--gold", gold.path, "--events", "--report", report.path]).status == 2)
    }

    @Test func evaluateEventsAgainstThePipelineAndPredictionFiles() throws {
        let folder = try articleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            {"date": "2024-11-09", "country": "PK", "killed": 26, "place": "Quetta"}
            {"date": "2024-11", "country": "PK", "killed": 3}

            """.write(to: folder.appendingPathComponent("a.events.jsonl"), atomically: true, encoding: .utf8)
        let result = try cli.run(["evaluate", "--gold", folder.path, "--events", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""detection":{"tp":1,"fp":0,"fn":1"#))
        #expect(result.stdout.contains(#""killed":{"all":{"correct":1,"total":2,"accuracy":0.5},"paired":{"correct":1,"total":1,"accuracy":1.0}}"#))

        let predicted = folder.appendingPathComponent("pred.jsonl")
        try """
            {"document": "a", "date": "2024-11-03", "country": "PK", "killed": 3}
            {"document": "a", "date": "2024-11-09", "country": "IR", "killed": 26}
            {"document": "b", "date": "2024-11-09", "country": "PK", "killed": 26}

            """.write(to: predicted, atomically: true, encoding: .utf8)
        let fromFile = try cli.run(["evaluate", "--gold", folder.path, "--events", "--pred", predicted.path, "--errors"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.contains("documents 1, gold events 2, predicted 2 (+1 of unknown documents)"))
        #expect(fromFile.stdout.contains("detection: tp 1 fp 1 fn 1  P 0.500 R 0.500 F1 0.500"))
        #expect(fromFile.stdout.contains("killed                0.500 (1/2)      1.000 (1/1)"))
        #expect(fromFile.stdout.contains(#"a FN gold={"date":"2024-11-09","country":"PK","place":"Quetta","killed":26}"#))
        #expect(fromFile.stdout.contains(#"a FP pred={"date":"2024-11-09","country":"IR","killed":26}"#))

        // One gold JSONL file: the pipeline runs on --docs; without --pred or --docs it is refused.
        let goldFile = folder.appendingPathComponent("gold.jsonl")
        try #"{"id": "s", "gold": {"date": "2024-11-09", "country": "PK", "killed": 26, "groups": ["TLF"]}}"#
            .write(to: goldFile, atomically: true, encoding: .utf8)
        let docs = folder.appendingPathComponent("docs.jsonl")
        try #"{"id":"s","text":"\#(Self.article)","published":"2024-11-20"}"#.write(to: docs, atomically: true, encoding: .utf8)
        let fromDocs = try cli.run(["evaluate", "--gold", goldFile.path, "--events", "--docs", docs.path])
        #expect(fromDocs.status == 0, "\(fromDocs.stderr)")
        #expect(fromDocs.stdout.contains("detection: tp 1 fp 0 fn 0"))
        #expect(fromDocs.stdout.contains("groups                1.000 (1/1)      1.000 (1/1)"))
        #expect(try cli.run(["evaluate", "--gold", goldFile.path, "--events"]).status == 2)

        let directory = folder.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let fromDirectory = try cli.run(["evaluate", "--gold", folder.path, "--events", "--pred", directory.path])
        #expect(fromDirectory.status == 0)
        #expect(fromDirectory.stderr.contains("no predictions (scored as none) for 1 documents: a"))
        #expect(fromDirectory.stdout.contains("detection: tp 0 fp 0 fn 2"))

        try "{\"date\": \"2024-11\", \"killed\": null}\n{\"date\": \"2024-11\", \"country\": \"PK\", \"killed\": -1}\n"
            .write(to: folder.appendingPathComponent("a.events.jsonl"), atomically: true, encoding: .utf8)
        let invalid = try cli.run(["evaluate", "--gold", folder.path, "--events", "--pred", directory.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("a.events.jsonl:2: \"killed\" must be an integer ≥ 0 or null"))
        let skipped = try cli.run(["evaluate", "--gold", folder.path, "--events", "--pred", directory.path, "--skip-invalid-gold"])
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("gold events 1,"))
    }
}
