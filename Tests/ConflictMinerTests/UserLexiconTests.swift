import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// A team's own names over the shipped gazetteers (`--lexicon DIR`): the files are checked row by
/// row, and the extractors, the linker and the compiled cache take them in.
@Suite("User lexicon", .serialized)
struct UserLexiconTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test(arguments: [
        ("places.tsv", "name\tkind\tcountry\tadmin1\taliases\nX\ttown\tPK\t\t\n", "places.tsv:2: unknown kind town"),
        ("places.tsv", "name\tkind\tcountry\tadmin1\taliases\n# ok\nX\tcity\tPak\t\t\n", "places.tsv:3: country Pak is not an ISO 3166-1 alpha-2 code"),
        ("places.tsv", "name\tkind\tcountry\n", "places.tsv: missing column admin1"),
        ("groups.tsv", "name\taliases\tacronyms\tcountries\n\tA\t\tPK\n", "groups.tsv:2: empty name"),
        ("groups.tsv", "name\taliases\tacronyms\tcountries\nA Front\t\t\tPK\textra\n", "groups.tsv:2: 5 cells where the header has 4"),
        ("stop-names.tsv", "name\ttype\nJordan\tPERSON\n", "stop-names.tsv:2: type must be PLACE, GROUP or empty"),
        ("notes.txt", "nothing here", "none of groups.tsv, places.tsv, stop-names.tsv is there"),
    ])
    func aBadFileIsRefusedWithItsLine(_ file: String, _ text: String, _ message: String) throws {
        let url = try Self.folder([file: text])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try UserLexicon(contentsOf: url)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func stopNamesDropOnlyTheirType() {
        let stop = StopNames([(StopNames.key("Jordan"), .place), (StopNames.key("  HAMAS   Street "), nil)])
        #expect(stop.stops(Entity(type: .place, start: 0, end: 6, text: "jordan")))
        #expect(!stop.stops(Entity(type: .group, start: 0, end: 6, text: "Jordan")))
        #expect(stop.stops(Entity(type: .group, start: 0, end: 12, text: "Hamas street")))
        #expect(!stop.stops(Entity(type: .date, start: 0, end: 6, text: "Jordan")))
    }

    @Test func theCommandLineTakesTheNamesAndTheCacheNoticesAChange() throws {
        let url = try Self.folder([
            "groups.tsv": "name\taliases\tacronyms\tcountries\nKoshi Valley Defence Front\tKoshi Front\tKVDF\tNP\n",
            "places.tsv": "name\tkind\tcountry\tadmin1\taliases\nDhanbari\tcity\tNP\tKoshi\tDhanbaari\n",
            "stop-names.tsv": "name\ttype\nQuetta\tPLACE\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let input = #"{"id":"a","text":"The KVDF killed two guards in Dhanbaari and Quetta on Monday.","published":"2024-05-14"}"# + "\n"
        let cli = CommandLineTests()
        let plain = try cli.run(["extract", "-"], stdin: input)
        #expect(plain.stdout.contains(#""text":"Quetta""#) && !plain.stdout.contains("KVDF"))
        let own = try cli.run(["extract", "--lexicon", url.path, "-"], stdin: input)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains(#""text":"KVDF","attributes":{"Id":"user:koshi-valley-defence-front""#))
        #expect(own.stdout.contains(#""text":"Dhanbaari","attributes":{"Country":"NP","Id":"user:dhanbari-np""#))
        #expect(!own.stdout.contains(#""text":"Quetta""#), "a stop name is not tagged")
        let events = try cli.run(["events", "--format", "jsonl", "--lexicon", url.path, "-"], stdin: input)
        #expect(events.stdout.contains(#""actor1":"Koshi Valley Defence Front""#), "\(events.stdout)")
        // An edited place table is built in again (the compiled file depends on it).
        try "name\tkind\tcountry\tadmin1\taliases\nDhanbari\tcity\tNP\tKoshi\tDhanbaari\nQuettaville\tcity\tNP\t\t\n"
            .write(to: url.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        let edited = try cli.run(["extract", "--lexicon", url.path, "-"], stdin: input.replacingOccurrences(of: "and Quetta", with: "and Quettaville"))
        #expect(edited.stdout.contains(#""text":"Quettaville","attributes":{"Country":"NP""#), "\(edited.stdout)")
        // A malformed file is a usage error that names its file and line.
        try "name\ttype\nX\tPERSON\n".write(to: url.appendingPathComponent("stop-names.tsv"), atomically: true, encoding: .utf8)
        let refused = try cli.run(["extract", "--lexicon", url.path, "-"], stdin: input)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("stop-names.tsv:2: type must be PLACE, GROUP or empty"))
    }
}
