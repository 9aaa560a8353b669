import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// End-to-end runs of the `conflict-miner` executable that `swift test` builds beside the tests.
@Suite("Command line", .serialized)
struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("conflict-miner")
    }()

    static let gazetteers = GroupGazetteerFixture.directory

    /// The tool started with the fixture gazetteers and pipes on all three streams (standard
    /// output to `output` instead, when one is given).
    func launch(_ arguments: [String], output: FileHandle? = nil) throws -> (process: Process, input: Pipe, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CONFLICT_MINER_GAZETTEERS"] = Self.gazetteers.path
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = output ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        return (process, input, out, err)
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let (process, input, out, err) = try launch(arguments)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func bratOutputForADirectoryWithMeta() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "The Testland Liberation Front (TLF) claimed it. TLF fighters".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try #"{"published": "2024-11-20"}"#.write(to: input.appendingPathComponent("a.meta.json"), atomically: true, encoding: .utf8)
        let result = try run(["extract", "--format", "brat", "--output", folder.appendingPathComponent("out").path, input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let ann = try String(contentsOf: folder.appendingPathComponent("out/a.ann"), encoding: .utf8)
        #expect(ann.contains("GROUP 4 29\tTestland Liberation Front"))
        #expect(ann.contains("GROUP 31 34\tTLF"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(leftovers == ["a.ann"])
    }

    @Test func explainWritesOneLinePerEntityWithItsRule() throws {
        let input = #"{"id":"a","text":"The Testland Liberation Front attacked on November 9, 2024, killing six soldiers.","published":"2024-11-20"}"# + "\n"
        let result = try run(["extract", "--explain", "-"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n") == [
            "# a 2024-11-20",
            #"GROUP 4-29 "Testland Liberation Front" Id=testland-liberation-front Name="Testland Liberation Front" ← group/gazetteer"#,
            #"DATE 42-58 "November 9, 2024" Value=2024-11-09 ← date/month-first"#,
            #"CASUALTY 68-71 "six" Count=6 Kind=killed Victims=soldiers ← casualty/trigger-before"#,
        ])
        let withFormat = try run(["extract", "--explain", "--format", "html", "--output", "/tmp/x", "-"], stdin: input)
        #expect(withFormat.status == 2 && withFormat.stderr.contains("--explain"))
    }

    @Test func extractorsOptionRunsASubset() throws {
        let input = #"{"id":"a","text":"The Testland Liberation Front attacked on November 9, 2024, killing six soldiers.","published":"2024-11-20"}"# + "\n"
        let all = try run(["extract", "-"], stdin: input)
        #expect(all.stdout.contains(#""type":"DATE""#) && all.stdout.contains(#""type":"GROUP""#))
        let groups = try run(["extract", "--extractors", "group", "-"], stdin: input)
        #expect(groups.status == 0)
        #expect(groups.stdout.contains(#""type":"GROUP""#) && !groups.stdout.contains(#""type":"DATE""#)
            && !groups.stdout.contains(#""type":"CASUALTY""#))
        let unknown = try run(["extract", "--extractors", "group,weather", "-"], stdin: input)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown extractor 'weather'"))
    }

    @Test func idsThatCannotNameAFileAndOverlongLinesAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = [#"{"id":"../escape","text":"TLF"}"#, #"{"id":"","text":"TLF"}"#, #"{"id":"a/b","text":"TLF"}"#,
                     #"{"id":"ok","text":"TLF"}"#, #"{"id":"big","text":""# + String(repeating: "x", count: 5000) + #""}"#]
            .joined(separator: "\n") + "\n"
        let output = folder.appendingPathComponent("out")
        let result = try run(["extract", "--format", "brat", "--max-bytes", "1000", "--output", output.path, "-"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("'../escape': this id cannot name an output file"))
        #expect(result.stderr.contains("'a/b': this id cannot name an output file"))
        #expect(result.stderr.contains("1 document over --max-bytes (1000 bytes) skipped: <stdin>:5"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["ok.ann"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.ann").path))
        #expect(try run(["extract", "--jobs", "100000", "-"], stdin: "").status == 2)
        #expect(try run(["extract", "--max-bytes", "4000000000", "-"], stdin: "").status == 2)
    }

    @Test func asAStreamingFilterErrorsAreJSONLines() throws {
        let input = #"{"id":"a","text":"TLF"}"# + "\n{not json\n" + #"{"id":"c"}"# + "\n" + #"{"id":"d","text":"The TLF"}"# + "\n"
        let result = try run(["extract", "--format", "jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        let out = result.stdout.split(separator: "\n")
        #expect(out.count == 2 && out[0].contains(#""id":"a""#) && out[1].contains(#""id":"d""#))
        let errors = try result.stderr.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
        #expect(errors.map { $0["level"] } == ["error", "error", "note"])
        #expect(errors[0]["message"]?.hasPrefix("<stdin>:2: ") == true)
        #expect(errors[1]["message"] == "<stdin>:3: no \"text\" field")
        #expect(errors[2]["message"]?.contains("2 documents read, 2 written, 0 skipped, 2 failed in ") == true)
    }

    @Test func bratReadyFolderHasTextsAnnotationsAndConfiguration() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("brat")
        let input = #"{"id":"q1","text":"Gunmen killed two guards in Quetta.","published":"2024-05-12"}"# + "\n"
        let result = try run(["extract", "--format", "brat-ready", "--output", output.path, "-"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == ["annotation.conf", "q1.ann", "q1.txt", "tools.conf", "visual.conf"])
        #expect(try String(contentsOf: output.appendingPathComponent("q1.txt"), encoding: .utf8) == "Gunmen killed two guards in Quetta.")
        let ann = try String(contentsOf: output.appendingPathComponent("q1.ann"), encoding: .utf8)
        #expect(ann.contains("\tPLACE 28 34\tQuetta\n"))
        #expect(ann.contains("\tReference T2 GeoNames:1167528\tQuetta\n"), "\(ann)")
        let conf = try String(contentsOf: output.appendingPathComponent("annotation.conf"), encoding: .utf8)
        #expect(conf.contains("Country Arg:PLACE, Value:PK\n"), "\(conf)")
    }

    @Test func aDocumentOverTheTimeLimitIsReportedAndTheRestIsWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "TLF".write(to: input.appendingPathComponent("a-small.txt"), atomically: true, encoding: .utf8)
        let big = String(repeating: "The Testland Liberation Front (TLF) killed six soldiers in Testville on Monday. ", count: 100_000)
        try big.write(to: input.appendingPathComponent("b-big.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try run(["extract", "--jobs", "1", "--time-limit", "0.25", "--format", "brat", "--output", output.path, input.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b-big: took longer than the time limit of 0.25 s (stopped after the "), "\(result.stderr)")
        #expect(result.stderr.contains("2 documents read, 1 written, 0 skipped, 1 failed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["a-small.ann"])
        #expect(try run(["extract", "--time-limit", "0", input.path]).status == 2)
    }

    @Test func badInputsAreReportedAndTheRestIsProcessed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try "TLF".write(to: good, atomically: true, encoding: .utf8)
        let badUTF8 = folder.appendingPathComponent("bad.txt")
        try Data([0x41, 0x42, 0xFF, 0x43]).write(to: badUTF8)
        let badMeta = folder.appendingPathComponent("meta.txt")
        try "x".write(to: badMeta, atomically: true, encoding: .utf8)
        try "{not json".write(to: folder.appendingPathComponent("meta.meta.json"), atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try run(["extract", badUTF8.path, missing, badMeta.path, good.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt: invalid UTF-8 at byte 2 (--lossy"))
        #expect(result.stderr.contains("missing.txt: no such file or directory"))
        #expect(result.stderr.contains("meta.meta.json: not valid JSON"))
        #expect(result.stderr.contains("4 documents read") == false)
        #expect(result.stderr.contains("1 document read, 1 written, 0 skipped, 3 failed"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""id":"good""#) == true)
    }

    @Test func jsonlStreamFromStandardInput() throws {
        let input = """
            {"id":"1","text":"Testland Liberation Front","published":"2024-11-20"}
            not json
            {"id":"2","text":"Nothing here"}

            """
        let result = try run(["extract", "--format", "jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2: not valid JSON"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":"1","published":"2024-11-20","entities":[{"type":"GROUP""#))
        #expect(lines[1] == #"{"id":"2","published":null,"entities":[]}"#)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try run(["extract", "--format", "brat", "x.txt"]).status == 2)
        #expect(try run(["extract", "--dct", "2024-13-01", "x.txt"]).status == 2)
        #expect(try run(["evaluate", "--gold", "/nonexistent"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
    }

    /// A co-process: one line in, its answer out, before the input is closed.
    @Test(.timeLimit(.minutes(1))) func eachLineIsAnsweredBeforeTheInputCloses() throws {
        let (process, input, out, _) = try launch(["extract", "--format", "jsonl", "--quiet", "-"])
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        for id in ["first", "second"] {
            input.fileHandleForWriting.write(Data((#"{"id":"\#(id)","text":"TLF struck Quetta."}"# + "\n").utf8))
            // Read up to the end of one line; the answer must come while the input is still open
            // (a hang here fails the test by its time limit).
            var line = Data()
            while !line.contains(0x0A) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            #expect(String(decoding: line, as: UTF8.self).contains(#""id":"\#(id)""#))
        }
    }

    /// Output that cannot be written (a full device): the documents whose lines were lost are
    /// failed, not written, and the exit status says so.
    @Test func outputThatCannotBeWrittenFailsItsDocuments() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "Linux has /dev/full")
        let (process, input, _, err) = try launch(["extract", "--format", "jsonl", "-"], output: full)
        let lines = (1...3).map { #"{"id":"d\#($0)","text":"TLF struck Quetta on Monday."}"# + "\n" }
        input.fileHandleForWriting.write(Data(lines.joined().utf8))
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("cannot write the output of 3 documents"))
        #expect(stderr.contains("3 documents read, 0 written, 0 skipped, 3 failed"))
    }

    @Test func versionAndAnEmptyFolderAreTold() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["extract", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning") && result.stderr.contains("\(folder.path): this folder holds no .txt files"))
        #expect(result.stderr.contains("0 documents read"))
    }

    @Test func spanJSONLOffsetsAreCodePointsOfTheText() throws {
        let input = #"{"id":"s","text":"Ciudad Bolívar — TLF struck Quetta on Monday.","published":"2024-11-20"}"# + "\n"
        let result = try run(["extract", "--format", "spans", "--quiet", "-"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let spans = try #require(object["spans"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        let covered = spans.compactMap { span -> String? in
            guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(covered.contains("Quetta"))  // after `í` and `—`: offsets in code points, not bytes
        #expect(spans.contains { $0["label"] as? String == "PLACE" })
        #expect((object["meta"] as? [String: Any])?["id"] as? String == "s")
    }

    @Test func evaluateReadsTheToolsOwnJSONL() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try "TLF struck Quetta.".write(to: gold.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        try "T1\tGROUP 0 3\tTLF\nT2\tPLACE 11 17\tQuetta\nA1\tCountry T2 PK\n".write(to: gold.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        let predictions = folder.appendingPathComponent("pred.jsonl")
        let line = #"{"id":"d","entities":[{"type":"PLACE","start":11,"end":17,"text":"Quetta","attributes":{"Country":"PK"}}]}"#
        try (line + "\n").write(to: predictions, atomically: true, encoding: .utf8)
        let result = try run(["evaluate", "--gold", gold.path, "--pred", predictions.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let strict = try #require((object["corpus"] as? [String: Any])?["strict"] as? [String: [String: Any]])
        #expect(strict["PLACE"]?["tp"] as? Int == 1)
        #expect(strict["GROUP"]?["fn"] as? Int == 1)
        // A line it cannot read is reported with its line, and the exit status says so.
        try (line + "\n{not json\n").write(to: predictions, atomically: true, encoding: .utf8)
        let bad = try run(["evaluate", "--gold", gold.path, "--pred", predictions.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("pred.jsonl:2"))
    }

    @Test func evaluateScoresPredictionsAndRefusesInvalidGold() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold"), pred = folder.appendingPathComponent("pred")
        for url in [gold, pred] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try "TLF struck Quetta.".write(to: gold.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        try "T1\tGROUP 0 3\tTLF\nT2\tPLACE 11 17\tQuetta\nA1\tCountry T2 PK\n".write(to: gold.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        try "T1\tGROUP 0 3\tTLF\nT2\tPLACE 11 16\tQuetta\n".write(to: pred.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        let result = try run(["evaluate", "--gold", gold.path, "--pred", pred.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let corpus = try #require(object["corpus"] as? [String: Any])
        let strict = try #require(corpus["strict"] as? [String: [String: Any]])
        #expect(strict["GROUP"]?["tp"] as? Int == 1)
        #expect(strict["PLACE"]?["fp"] as? Int == 1)  // covered text does not match: an invalid prediction
        #expect(strict["PLACE"]?["fn"] as? Int == 1)

        try "T1\tGROUP 0 4\tTLF\n".write(to: gold.appendingPathComponent("d.ann"), atomically: true, encoding: .utf8)
        let refused = try run(["evaluate", "--gold", gold.path, "--pred", pred.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("invalid gold"))
    }
}

/// Tiny gazetteers for command-line tests, so they do not depend on the full data.
enum GroupGazetteerFixture {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-gazetteer-fixture-\(getpid())")
        do {
            try write(to: url)
        } catch {
            fatalError("cannot write the test gazetteers in \(url.path): \(error)")
        }
        // The folder lives as long as the test process: a static has no teardown, so it goes at exit.
        atexit { try? FileManager.default.removeItem(at: GroupGazetteerFixture.directory) }
        return url
    }()

    private static func write(to url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let groups = "id\tname\taliases\tacronyms\tcountries\tsource\ntestland-liberation-front\tTestland Liberation Front\t\t\tXX\ttest\n"
        try groups.write(to: url.appendingPathComponent("groups.tsv"), atomically: true, encoding: .utf8)
        let places = "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tgeonameid\tpopulation\taliases\n"
            + "gn:1167528\tQuetta\tcity\tPK\tBalochistan\t30.18\t67.00\t1167528\t733675\t\n"
        try places.write(to: url.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        // The event vocabulary and the word tables (shared words, dates, numbers, casualties,
        // group patterns, place words) are the project's own.
        let lexicons = url.appendingPathComponent("lexicons")
        try? FileManager.default.removeItem(at: lexicons)
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        for item in ["events.tsv", "common", "dates", "numbers", "casualties", "groups", "places"] {
            try FileManager.default.copyItem(at: projectGazetteers.file("lexicons/\(item)"), to: lexicons.appendingPathComponent(item))
        }
    }
}

/// The broken and unusual inputs of `Tests/Fixtures/hostile` (written by
/// `Scripts/make-hostile-fixtures.py`): each is annotated or refused as `EXPECTED.tsv` says, the
/// batch goes on, and every written entity fits the text exactly.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    static var expected: [(file: String, outcome: String)] {
        let table = (try? String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").dropFirst().map {
            let cells = $0.split(separator: "\t", maxSplits: 1).map(String.init)
            return (cells[0], cells[1])
        }
    }

    @Test func everyFixtureIsAnnotatedOrRefusedAsExpected() throws {
        let cli = CommandLineTests()
        let output = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try cli.run(["extract", "--format", "brat", "--output", output.path, Self.folder.path])
        #expect(result.status == 1, "some fixtures must fail")
        #expect(Self.expected.count >= 20)
        let decoding = TextDecoding()
        for (file, outcome) in Self.expected {
            let name = String(file.dropLast(4))
            let ann = output.appendingPathComponent(name + ".ann")
            if outcome == "ok" {
                let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
                guard case .success(let text) = decoding.decode(bytes) else { Issue.record("\(file) does not decode"); continue }
                let written = try String(contentsOf: ann, encoding: .utf8)
                let parsed = Brat.parse(written, text: CodePoints(text), file: name)
                #expect(parsed.problems.isEmpty, "\(file): \(parsed.problems)")
            } else {
                #expect(!FileManager.default.fileExists(atPath: ann.path), "\(file) must not be written")
                let line = result.stderr.split(separator: "\n").first { $0.contains("/" + name + ".") }
                #expect(line?.contains(outcome) == true, "\(file): expected '\(outcome)' in \(line ?? "no message")")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasSuffix(".ann") }
        #expect(leftovers.isEmpty, "no temporary files are left behind")
    }

    @Test func htmlKeepsOffsetsIntoTheOriginalFile() throws {
        let cli = CommandLineTests()
        let output = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let html = Self.folder.appendingPathComponent("html.html.txt")
        let result = try cli.run(["extract", "--html", "--format", "brat", "--output", output.path, html.path])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try String(contentsOf: html, encoding: .utf8)
        let written = try String(contentsOf: output.appendingPathComponent("html.html.ann"), encoding: .utf8)
        let parsed = Brat.parse(written, text: CodePoints(original), file: "html")
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.entities.contains { $0.entity.text == "Testland Liberation Front" })
        #expect(HTMLText.plainText(fromHTML: original).unicodeScalars.count == original.unicodeScalars.count)
        #expect(!HTMLText.plainText(fromHTML: original).contains("color:red"))
    }

    @Test func lossyDecodingAndResume() throws {
        let cli = CommandLineTests()
        let output = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let bad = Self.folder.appendingPathComponent("invalid-utf8.txt").path
        let lossy = try cli.run(["extract", "--lossy", "--format", "brat", "--output", output.path, bad])
        #expect(lossy.status == 0, "\(lossy.stderr)")
        let again = try cli.run(["extract", "--resume", "--format", "brat", "--output", output.path, bad,
                                 Self.folder.appendingPathComponent("crlf.txt").path])
        #expect(again.status == 0)
        #expect(again.stderr.contains("1 written, 1 skipped, 0 failed"), "\(again.stderr)")
    }

    @Test func sizeLimitIsReported() throws {
        let cli = CommandLineTests()
        let result = try cli.run(["extract", "--max-bytes", "100", Self.folder.appendingPathComponent("long-line.txt").path])
        #expect(result.status == 0, "skipped on purpose, not failed")
        #expect(result.stderr.contains("1 document over --max-bytes (100 bytes) skipped: "), "\(result.stderr)")
        #expect(result.stderr.contains("0 written, 1 skipped, 0 failed"))
    }
}
