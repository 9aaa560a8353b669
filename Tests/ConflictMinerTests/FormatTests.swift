import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

@Suite("BRAT standoff")
struct BratTests {
    let text = "On November 9, at least 26 people were killed in Quetta, Balochistan’s capital. 💣 Zahedān"

    @Test func readsEntitiesAttributesAndValidatesCoveredText() {
        let ann = """
            T1\tDATE 3 13\tNovember 9
            T2\tCASUALTY 15 26\tat least 26
            A1\tValue T1 2024-11-09
            A2\tCount T2 26
            A3\tKind T2 killed
            A4\tVictims T2 security   personnel
            T3\tPLACE 49 55\tQuetta
            """
        let document = Brat.parse(ann, text: CodePoints(text))
        #expect(document.problems.isEmpty)
        #expect(document.entities.map(\.entity.text) == ["November 9", "at least 26", "Quetta"])
        #expect(document.entities[0].entity[attribute: "Value"] == "2024-11-09")
        #expect(document.entities[1].entity[attribute: "Victims"] == "security personnel")
    }

    @Test func offsetsAreCodePointsAfterAstralCharacters() {
        let start = text.unicodeScalars.count - 7
        let document = Brat.parse("T1\tPLACE \(start) \(start + 7)\tZahedān", text: CodePoints(text))
        #expect(document.problems.isEmpty)
    }

    @Test(arguments: [
        ("T1\tPLACE 48 54\tQuetta", "differs"),
        ("T1\tPLACE 48 500\tQuetta", "out of range"),
        ("T1\tPLACE 55 48\tQuetta", "out of range"),
        ("T1\tPLACE 4x 54\tQuetta", "unparseable"),
        ("T1\tPLACE ;\tQuetta", "unparseable"),  // found by fuzzing: no fragment at all
        ("T1\tPLACE 49 51;52 55\tQu etta", "discontinuous"),
        ("T1\tPLACE 49 55\tQuetta\nT1\tPLACE 49 55\tQuetta", "duplicate id"),
        ("A1\tCountry T9 PK", "unknown entity"),
        ("A1\tCountry", "malformed attribute"),
        ("T1", "malformed T line"),
    ])
    func reportsEachProblemWithItsLine(_ ann: String, _ expected: String) {
        let document = Brat.parse(ann, text: CodePoints(text), file: "x.ann")
        #expect(document.problems.count == 1)
        #expect(document.problems.first?.description.contains(expected) == true, "\(document.problems)")
        #expect(document.problems.first?.description.hasPrefix("x.ann:") == true)
    }

    @Test func rewriteKeepsUnknownLines() {
        let ann = "T1\tPLACE 49 55\tQuetta\n#1\tAnnotatorNotes T1\tcapital\nR1\tLocated Arg1:T1 Arg2:T1\nA1\tCountry T1 PK\n"
        let document = Brat.parse(ann, text: CodePoints(text))
        let rewritten = Brat.serialize(document.entities.map(\.entity), otherLines: document.otherLines)
        #expect(rewritten == "T1\tPLACE 49 55\tQuetta\nA1\tCountry T1 PK\n#1\tAnnotatorNotes T1\tcapital\nR1\tLocated Arg1:T1 Arg2:T1\n")
        let again = Brat.parse(rewritten, text: CodePoints(text))
        #expect(again.entities.map(\.entity) == document.entities.map(\.entity))
        #expect(again.otherLines == document.otherLines)
    }

    @Test func bratReadyKeepsEnumeratedAttributesAndMovesTheRest() {
        let entities = [
            Entity(type: .date, start: 0, end: 6, text: "May 12", attributes: [Attribute("Value", "2024-05-12"), Attribute("Mod", "START")]),
            Entity(type: .place, start: 10, end: 16, text: "Quetta",
                   attributes: [Attribute("Country", "PK"), Attribute("Id", "gn:1167528"), Attribute("Name", "Quetta")]),
            Entity(type: .casualty, start: 20, end: 23, text: "six",
                   attributes: [Attribute("Count", "6"), Attribute("Kind", "killed"), Attribute("Victims", "police officers")]),
            Entity(type: .group, start: 30, end: 33, text: "BLA", attributes: [Attribute("Id", "baloch-liberation-army")]),
        ]
        #expect(BratReady.annotation(entities) == """
            T1\tDATE 0 6\tMay 12
            T2\tPLACE 10 16\tQuetta
            T3\tCASUALTY 20 23\tsix
            T4\tGROUP 30 33\tBLA
            A1\tMod T1 START
            A2\tCountry T2 PK
            A3\tKind T3 killed
            N1\tReference T2 GeoNames:1167528\tQuetta
            #1\tAnnotatorNotes T1\tValue=2024-05-12
            #2\tAnnotatorNotes T3\tCount=6; Victims=police officers
            #3\tAnnotatorNotes T4\tId=baloch-liberation-army

            """)
        let conf = BratReady.annotationConf(countries: ["PK", "AF"])
        #expect(conf.contains("[entities]\nDATE\nCASUALTY\nPLACE\nGROUP\n"))
        #expect(conf.contains("Kind Arg:CASUALTY, Value:killed|injured|abducted\n"))
        #expect(conf.contains("Country Arg:PLACE, Value:AF|PK\n"))
        #expect(BratReady.toolsConf.contains("GeoNames\t<URL>:https://www.geonames.org/"))
    }

    @Test func textChecksWarnOfMarkupTablesAndOtherLanguages() {
        #expect(TextChecks.warning(for: "<!DOCTYPE html><html><body>Gunmen killed two.</body></html>", htmlInput: false)?
            .contains("looks like HTML") == true)
        #expect(TextChecks.warning(for: "<!DOCTYPE html><html><body>Gunmen killed two.</body></html>", htmlInput: true) == nil)
        #expect(TextChecks.warning(for: "id,text,date\n1,a,2024\n2,b,2024\n3,c,2024\n", htmlInput: false)?.contains("CSV") == true)
        let spanish = "Los hombres armados mataron a dos personas en la ciudad de Cali el lunes por la noche, según informó "
            + "la policía local. Los atacantes huyeron en motocicletas hacia las afueras de la ciudad y las autoridades "
            + "abrieron una investigación sobre el ataque contra los comerciantes del barrio."
        #expect(TextChecks.warning(for: spanish, htmlInput: false)?.contains("English") == true)
        let english = "Gunmen killed two policemen at a checkpoint in Quetta on Monday, officials said. The attackers fled "
            + "on motorcycles, and police launched a search of the area after the attack, which no group claimed."
        #expect(TextChecks.warning(for: english, htmlInput: false) == nil)
        #expect(TextChecks.warning(for: "Quetta, Pakistan", htmlInput: false) == nil, "too short to judge")
    }

    @Test func writerFlattensLineBreaksInCoveredText() {
        let entity = Entity(type: .group, start: 0, end: 12, text: "Jaish\nal-Adl")
        #expect(Brat.serialize([entity]) == "T1\tGROUP 0 12\tJaish al-Adl\n")
        let parsed = Brat.parse(Brat.serialize([entity]), text: CodePoints("Jaish\nal-Adl"))
        #expect(parsed.problems.isEmpty)
    }
}

@Suite("JSON input and output")
struct JSONTests {
    let inputs = DocumentInputs(paths: [], defaultPublished: PublicationDate(parsing: "2020-01-01"))

    func item(_ line: String) -> InputItem {
        inputs.documentFromJSONLine(Array(line.utf8)[...], file: "in.jsonl", line: 3)
    }

    /// Commas go between the values of each container however deep, never after a key or before
    /// a container's first value; strings are escaped and parse back as written.
    @Test func theWriterNestsAndEscapes() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("a", "x\"y\\z\n\u{1}é")
        json.key("b")
        json.beginArray()
        json.beginObject(); json.endObject()
        json.beginArray(); json.value(1); json.value(nil as String?); json.endArray()
        json.value(true)
        json.endArray()
        json.field("c", 2)
        json.endObject()
        #expect(json.output == #"{"a":"x\"y\\z\n\u0001é","b":[{},[1,null],true],"c":2}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(parsed["a"] as? String == "x\"y\\z\n\u{1}é")
    }

    @Test func readsADocumentLine() throws {
        guard case .document(let document) = item(#"{"id":"a1","text":"Blast in Quetta","published":"2024-11","outlet":"X"}"#) else {
            Issue.record("expected a document"); return
        }
        #expect(document.id == "a1")
        #expect(document.published?.description == "2024-11")
        #expect(document.metadata["outlet"] == "X")
    }

    @Test func defaultsIdAndPublicationDate() {
        guard case .document(let document) = item(#"{"text":"x"}"#) else { Issue.record("expected a document"); return }
        #expect(document.id == "in.jsonl:3")
        #expect(document.published?.description == "2020-01-01")
    }

    @Test(arguments: [
        (#"{"text": "#, "not valid JSON"),
        (#"["text"]"#, "not a JSON object"),
        (#"{"id":"x"}"#, "no \"text\""),
        (#"{"text":5}"#, "\"text\" must be a string"),
        (#"{"text":"x","published":"2024-02-30"}"#, "not a valid date"),
        (#"{"text":"x","published":20240101}"#, "\"published\" must be a string"),
        (#"{"text":"x","published":"2024-11","published_precision":"day"}"#, "published_precision"),
    ])
    func rejectsBadLinesWithAReason(_ line: String, _ reason: String) {
        guard case .problem(let problem) = item(line) else { Issue.record("expected a problem"); return }
        #expect(problem.description.hasPrefix("in.jsonl:3: "))
        #expect(problem.message.contains(reason), "\(problem.message)")
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() {
        var bytes = Array(#"{"text":"ab"#.utf8)
        bytes.append(0xC3)
        bytes.append(contentsOf: Array(#""}"#.utf8))
        guard case .problem(let problem) = inputs.documentFromJSONLine(bytes[...], file: "f", line: 1) else {
            Issue.record("expected a problem"); return
        }
        #expect(problem.message.contains("byte 11"))
    }

    @Test func outputLineIsValidJSONWithEscapes() throws {
        let document = Document(id: "q\"1", text: "x", published: PublicationDate(parsing: "2024-11-09"))
        let entity = Entity(type: .place, start: 0, end: 6, text: "Que\ntta\\", attributes: [Attribute("Country", "PK")])
        let line = AnnotatedDocument(document: document, entities: [entity]).jsonLine()
        #expect(!line.contains("\n"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "q\"1")
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities[0]["text"] as? String == "Que\ntta\\")
        #expect((entities[0]["attributes"] as? [String: String])?["Country"] == "PK")
    }

    @Test("a typed value's attribute keys in JSON are the spec's spellings", arguments: AttributeName.allCases)
    func attributeKeysAreTheSpellings(name: AttributeName) {
        var json = JSONWriter()
        json.beginObject()
        json.key(EntityKeys.attribute(name))
        json.value(1)
        json.endObject()
        var expected = JSONWriter()
        expected.beginObject()
        expected.field(name.spelling, 1)
        expected.endObject()
        #expect(json.output == expected.output)
        #expect(json.output.hasPrefix("{\"\(name.spelling)\":"))
    }

    @Test func utf8Validation() {
        #expect(UTF8Text.firstInvalidByte(in: Array("Zahedān 💣".utf8)[...]) == nil)
        #expect(UTF8Text.firstInvalidByte(in: [0x41, 0xED, 0xA0, 0x80][...]) == 1)  // a surrogate
        #expect(UTF8Text.firstInvalidByte(in: [0x41, 0x42, 0xC0, 0xAF][...]) == 2)  // overlong
        #expect(UTF8Text.firstInvalidByte(in: [0xE2, 0x82][...]) == 0)  // truncated
        // found wherever it falls among runs of ASCII (read eight bytes at a time), in a slice too
        for offset in 0..<20 {
            let bytes = Array(repeating: UInt8(0x41), count: offset + 3) + [0xFF] + Array(repeating: 0x41, count: 9)
            #expect(UTF8Text.firstInvalidByte(in: bytes[3...]) == offset)
            #expect(UTF8Text.firstInvalidByte(in: bytes[3..<(offset + 3)]) == nil)
        }
        if case .success(let text) = TextDecoding().decode([0xEF, 0xBB, 0xBF, 0x41]) { #expect(text == "A") } else { Issue.record("BOM") }
    }
}

@Suite("Line reader")
struct LineReaderTests {
    private func items(_ content: String, chunk: Int, max: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-lines-\(UUID().uuidString)")
        try content.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url), maxLineBytes: max)
        reader.chunkSize = chunk
        var result: [String] = []
        reader.forEachLine { item in
            switch item {
            case .line(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let bytes): result.append("<\(bytes) bytes>")
            case .readError(let reason): result.append("<error \(reason)>")
            }
        }
        return result
    }

    @Test("lines across chunk boundaries, overlong lines dropped as they come", arguments: [1, 3, 7, 64])
    func chunks(_ chunk: Int) throws {
        let content = "short\n" + String(repeating: "x", count: 25) + "\n\nlast-line\n" + String(repeating: "y", count: 12)
        #expect(try items(content, chunk: chunk, max: 10) == ["short", "<25 bytes>", "", "last-line", "<12 bytes>"])
        #expect(try items("a\nb", chunk: chunk, max: 10) == ["a", "b"])
        #expect(try items("", chunk: chunk, max: 10) == [])
    }

    @Test("a line is parsed while the reader holds it and handed on after, long lines too", arguments: [1, 3, 7, 64])
    func parsedThenHandedOn(_ chunk: Int) throws {
        let long = String(repeating: "z", count: 40)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-lines-\(UUID().uuidString)")
        try ("short\n" + long + "\nafter\n\n" + long + "tail").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url), maxLineBytes: 100)
        reader.chunkSize = chunk
        var parsed = 0
        var handedOn: [String] = []
        reader.forEachLine(beforeWaiting: {}, reading: { item -> String in
            parsed += 1
            guard case .line(let bytes) = item else { return "<not a line>" }
            return String(decoding: bytes, as: UTF8.self)
        }) { line in
            #expect(parsed == handedOn.count + 1)  // each line handed on before the next is parsed
            handedOn.append(line)
        }
        #expect(handedOn == ["short", long, "after", "", long + "tail"])
    }
}


@Suite("Atomic output")
struct AtomicOutputTests {
    /// A new empty folder, removed after `body`.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cm-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test("a stream appears only when committed; dropped, it leaves nothing")
    func commitOrNothing() throws {
        try inFolder { folder in
            let target = folder.appendingPathComponent("out.jsonl").path
            do {
                let stream = try AtomicOutputStream(path: target)
                try stream.write("{\"id\":\"a\"}\n")
                #expect(!FileManager.default.fileExists(atPath: target))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "dropped: no temporary file left")
            let stream = try AtomicOutputStream(path: target)
            try stream.write("one\n")
            try stream.write("two\n")
            try stream.commit()
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "one\ntwo\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
        }
    }

    @Test("lines past the flush size reach the file whole and in order")
    func pastTheFlushSize() throws {
        try inFolder { folder in
            let target = folder.appendingPathComponent("out.jsonl").path
            let stream = try AtomicOutputStream(path: target)
            let lines = (0..<5_000).map { "{\"id\":\"\($0)\",\"text\":\"\(String(repeating: "x", count: $0 % 97))\"}\n" }
            #expect(lines.joined().utf8.count > 3 * AtomicOutputStream.flushBytes)
            for line in lines { try stream.write(line) }
            try stream.flush()
            try stream.flush()  // nothing pending: nothing written twice
            try stream.write("last\n")
            try stream.commit()
            #expect(try String(contentsOfFile: target, encoding: .utf8) == lines.joined() + "last\n")
        }
    }
}
