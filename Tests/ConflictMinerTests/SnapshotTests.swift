import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The pipeline's entities on the documents of `Corpus/` and `Fixtures/other-news`, one line each
/// with the rule that made it (`AnnotatedDocument.explanation`), against the snapshots in
/// `Tests/Snapshots` (what the tool found when they were written, not gold): a change in what is
/// found, where, with which attributes or by which rule fails here with the lines that differ.
/// `Scripts/update-snapshots` writes them again after a deliberate change.
@Suite("Snapshots")
struct SnapshotTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folders = ["Corpus", "Fixtures/other-news"].map { root.appendingPathComponent($0) }
    static let snapshots = root.appendingPathComponent("Tests/Snapshots")

    /// Every text of the two folders, as a path.
    static var texts: [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
        }
    }

    @Test func everyDocumentHasASnapshotAndEverySnapshotADocument() throws {
        let names = Set(Self.texts.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.snapshots.path)
            .filter { $0.hasSuffix(".explain") }.map { String($0.dropLast(".explain".count)) })
        #expect(names.count >= 16)
        #expect(names == files)
    }

    @Test(arguments: texts)
    func entitiesAndRulesAreTheSnapshots(_ path: String) throws {
        guard case .document(let document) = DocumentInputs(paths: []).readTextFile(path) else {
            Issue.record("\(path) or its meta.json cannot be read"); return
        }
        let pipeline = try OffsetPropertyTests.pipeline.get()
        let found = pipeline.annotate(document, with: try TextAnalyzer()).explanation
        let file = Self.snapshots.appendingPathComponent(document.id + ".explain")
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard found != expected else { return }
        let foundLines = found.split(separator: "\n"), expectedLines = expected.split(separator: "\n")
        let missing = expectedLines.filter { !foundLines.contains($0) }
        let added = foundLines.filter { !expectedLines.contains($0) }
        Issue.record("""
            \(document.id) differs from its snapshot (Scripts/update-snapshots after a deliberate change)
            no longer found:
            \(missing.joined(separator: "\n"))
            newly found:
            \(added.joined(separator: "\n"))
            """)
    }

    @Test("an explanation line keeps a value with spaces or quotes in one JSON string")
    func lineFormat() {
        var entity = Entity(type: .group, start: 3, end: 15, text: "the \"Front\"\n",
                            attributes: [Attribute("Name", "Popular Front"), Attribute("Id", "pf"), Attribute("Note", "")])
        entity.rule = "group/pattern-named-head"
        let document = Document(id: "d1", text: "", published: nil)
        #expect(AnnotatedDocument(document: document, entities: [entity]).explanation == """
            # d1
            GROUP 3-15 "the \\"Front\\"\\n" Name="Popular Front" Id=pf Note="" ← group/pattern-named-head

            """)
        #expect(AnnotatedDocument(document: document, entities: [Entity(type: .date, start: 0, end: 4, text: "2024")])
            .explanation == "# d1\nDATE 0-4 \"2024\" ← -\n")
    }
}
