import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The hand-made gold in `Corpus/` must be valid: offsets fit the text, covered text matches,
/// and every entity has the attributes the guidelines require, with well-formed values.
@Suite("Corpus gold")
struct CorpusGoldTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func corpusHasTheSeedArticles() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names)
    func goldIsValid(_ name: String) throws {
        let base = Self.corpus.appendingPathComponent(name).path
        guard case .document(let document) = DocumentInputs(paths: []).readTextFile(base + ".txt") else {
            Issue.record("\(name).txt or its meta.json cannot be read"); return
        }
        #expect(document.published != nil, "\(name) has a publication date")
        let gold = Brat.parse(try String(contentsOfFile: base + ".ann", encoding: .utf8), text: CodePoints(document.text), file: name)
        #expect(gold.problems.isEmpty, "\(gold.problems)")
        #expect(!gold.entities.isEmpty)
        for item in gold.entities {
            let entity = item.entity
            let where_ = "\(name) \(item.id) '\(entity.text)'"
            #expect(EntityType.all.contains(entity.type), "\(where_): type")
            switch entity.type {
            case .date:
                let value = try #require(entity[attribute: "Value"], "\(where_): Value")
                #expect(Self.isTimexValue(value), "\(where_): Value \(value)")
                if let mod = entity[attribute: "Mod"] { #expect(["START", "MID", "END"].contains(mod), "\(where_)") }
            case .casualty:
                let count = try #require(entity[attribute: "Count"], "\(where_): Count")
                #expect(Int(count).map { $0 > 0 } == true, "\(where_): Count \(count)")
                #expect(["killed", "injured", "abducted"].contains(entity[attribute: "Kind"] ?? ""), "\(where_): Kind")
                if let qualifier = entity[attribute: "Qualifier"] {
                    #expect(["exact", "at_least", "at_most", "approx"].contains(qualifier), "\(where_)")
                }
            case .place:
                if let country = entity[attribute: "Country"] {
                    #expect(country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }, "\(where_): Country \(country)")
                }
            default:
                break
            }
        }
    }

    /// `2024-11-09`, `2024-11`, `2024`, `2024-W46`, `199`, `2024-SU`, with `X` for unknown digits.
    static func isTimexValue(_ value: String) -> Bool {
        let digit: (Character) -> Bool = { $0.isASCII && ($0.isNumber || $0 == "X") }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first, (3...4).contains(year.count), year.allSatisfy(digit) else { return false }
        if parts.count == 1 { return true }
        guard year.count == 4 else { return false }
        switch parts.count {
        case 2:
            let second = parts[1]
            if ["SP", "SU", "FA", "WI"].contains(second) { return true }
            if second.hasPrefix("W") { return second.count == 3 && second.dropFirst().allSatisfy(digit) }
            return second.count == 2 && second.allSatisfy(digit)
        case 3:
            return parts[1].count == 2 && parts[1].allSatisfy(digit) && parts[2].count == 2 && parts[2].allSatisfy(digit)
        default:
            return false
        }
    }
}
