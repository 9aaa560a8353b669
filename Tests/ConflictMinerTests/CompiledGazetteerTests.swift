import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The compiled form of the place gazetteer: it gives the same gazetteer as the table, and a
/// stale or damaged compiled file is never used.
@Suite("Compiled gazetteer", .serialized)
struct CompiledGazetteerTests {
    static let table = """
        id\tname\tkind\tcountry\tadmin1\tlat\tlon\tgeonameid\tpopulation\taliases
        gn:1\tPakistan\tcountry\tPK\t\t\t\t1\t240000000\tIslamic Republic of Pakistan
        gn:2\tBalochistan\tadmin1\tPK\tBalochistan\t\t\t2\t12000000\tBaluchistan|Baločistān
        gn:3\tQuetta\tcity\tPK\tBalochistan\t\t\t3\t1000000\tKwatah
        gn:4\tDera Ismail Khan\tcity\tPK\tKhyber Pakhtunkhwa\t\t\t4\t200000\tD.I. Khan|DI Khan
        cur:kp\tKhyber Pakhtunkhwa\tadmin1\tPK\t\t\t\t\t0\tKP|K-P
        gn:5\tHyderabad\tcity\tPK\tSindh\t\t\t5\t1700000\t
        gn:6\tHyderabad\tcity\tIN\tTelangana\t\t\t6\t6800000\t
        cur:x\tNowhereville\tcity\tXKX\t\t\t\t\t0\t
        user:teamtown-pk\tTeamtown\tcity\tPK\t\t\t\t\t0\t

        """

    static let text = "Gunmen from Baluchistan attacked Quetta and Dera Ismail Khan; in KP and Hyderabad, police said."

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cm-compiled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Self.table.write(to: url.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        return url
    }

    /// The gazetteer of the folder's table, compiled into its `.compiled` folder.
    private func load(_ folder: URL, _ analyzer: TextAnalyzer) throws -> PlaceGazetteer {
        try PlaceGazetteer(contentsOf: folder.appendingPathComponent("places.tsv"), analyzer: analyzer,
                           compiledIn: folder.appendingPathComponent(".compiled"))
    }

    private func summary(_ gazetteer: PlaceGazetteer, _ analyzer: TextAnalyzer) -> [String] {
        let analyzed = analyzer.analyze(Document(id: "t", text: Self.text))
        return gazetteer.matcher.matches(in: analyzed).map { match in
            "\(analyzed.surface(match.tokens))=" + match.payloads.map { entry in
                let place = gazetteer.places[Int(entry.place)]
                return "\(place.id)/\(place.name)/\(place.country ?? "-")/\(place.admin1 ?? "-")/\(entry.abbreviation)"
            }.joined(separator: ",")
        }
    }

    @Test("the compiled file gives the gazetteer the table gives")
    func roundTrip() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let analyzer = try TextAnalyzer()
        let built = try load(url, analyzer)
        let compiledFile = url.appendingPathComponent(".compiled/places.bin")
        #expect(FileManager.default.fileExists(atPath: compiledFile.path))
        let loaded = try load(url, analyzer)
        #expect(loaded.places == built.places)
        #expect(loaded.abbreviations == built.abbreviations)
        #expect(loaded.matcher.tables == built.matcher.tables)
        #expect(loaded.countryNumbers == built.countryNumbers)
        #expect(loaded.countryNumbers.map { $0 < 0 ? nil : loaded.countryNumbering.code($0) } == loaded.places.map(\.country))
        #expect(loaded.teamPlaces == built.teamPlaces && loaded.teamPlaces == [loaded.places.count - 1])
        let found = summary(loaded, analyzer)
        #expect(found == summary(built, analyzer))
        #expect(found.count == 5)
        #expect(found.contains("Hyderabad=gn:5/Hyderabad/PK/Sindh/-1,gn:6/Hyderabad/IN/Telangana/-1"))
    }

    @Test("without a cache folder nothing is written")
    func noCache() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let analyzer = try TextAnalyzer()
        let uncached = try PlaceGazetteer(contentsOf: url.appendingPathComponent("places.tsv"), analyzer: analyzer)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["places.tsv"])
        #expect(summary(uncached, analyzer) == summary(try load(url, analyzer), analyzer))
    }

    @Test("a damaged, truncated or stale compiled file is rebuilt, never used")
    func damaged() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let analyzer = try TextAnalyzer()
        let tableURL = url.appendingPathComponent("places.tsv")
        let expected = summary(try load(url, analyzer), analyzer)
        let compiledFile = url.appendingPathComponent(".compiled/places.bin")
        let good = try Data(contentsOf: compiledFile)

        var flipped = good
        flipped[flipped.count / 2] ^= 0x5A
        for damaged in [flipped, good.prefix(good.count / 3), Data(), Data(repeating: 0xFF, count: 4096)] {
            try damaged.write(to: compiledFile)
            #expect(summary(try load(url, analyzer), analyzer) == expected)
            #expect(try Data(contentsOf: compiledFile).count == good.count, "rewritten after the rebuild")
        }

        // An edited table is read again, not served from the old compiled file.
        let expectedRows = try load(url, analyzer).places.count
        try (Self.table + "gn:7\tKabul\tcity\tAF\tKabul\t\t\t7\t4000000\t\n").write(to: tableURL, atomically: true, encoding: .utf8)
        let edited = try load(url, analyzer)
        #expect(edited.places.count == expectedRows + 1)
    }

    @Test("a batch of lookups gives what each lookup gives, for known and unknown keys")
    func batchLookups() {
        var table = SymbolTable()
        for i in 0..<3000 { _ = table.intern("w\(i * 3)") }
        // a document's keys, as the analyzer keeps them: each once, in the order met
        let keys = (0..<2000).map { "w\($0)" } + ["", "ü", String(repeating: "x", count: 300)]
        let strings = KeyStrings(capacity: keys.count)
        var document = KeyTable(strings: strings)
        for key in keys {
            var utf8 = key
            _ = utf8.withUTF8 { bytes in
                let hash = SymbolTable.hash(bytes)
                return document.id(of: bytes, hash: hash) ?? document.append(hash: hash, entry: strings.append(key))
            }
        }
        #expect((0..<Int32(keys.count)).map { document.string(ofKey: $0) } == keys)
        let found = table.symbols(of: document)
        #expect(found == keys.map { table.symbol($0) ?? -1 })
        #expect(found.filter { $0 >= 0 }.count == 667)
    }

    @Test("a symbol table whose slots point past its keys is inconsistent, not a crash")
    func inconsistentSlots() {
        var empty = SymbolTable()
        #expect(empty.isConsistent)
        empty.slots[3] = 1 << 32 | 1  // symbol 0 of a table without keys
        #expect(!empty.isConsistent)
        var one = SymbolTable()
        _ = one.intern("a")
        #expect(one.isConsistent)
        one.slots[one.slots.firstIndex(of: 0)!] = 7 << 32 | 5  // symbol 4 of one
        #expect(!one.isConsistent)
        var zero = SymbolTable()
        _ = zero.intern("a")
        zero.slots[zero.slots.firstIndex(of: 0)!] = 7 << 32  // a tag with no symbol
        #expect(!zero.isConsistent)
        var descending = SymbolTable()
        _ = descending.intern("ab")
        _ = descending.intern("c")
        descending.offsets[1] = 4  // key 0 ending past key 1's end
        #expect(!descending.isConsistent)
    }

    @Test("a trie's indexes are checked against their bounds, the least and the greatest")
    func trieIndexBounds() {
        #expect(TrieTables.all([], in: 0..<0))
        #expect(TrieTables.all([0, 4, 2], in: 0..<5))
        #expect(!TrieTables.all([0, 5, 2], in: 0..<5))
        #expect(!TrieTables.all([3, -2, 1], in: -1..<5))
        #expect(TrieTables.all([-1, -1], in: -1..<0))
    }

    @Test("the trie's hash tables find every key after growing")
    func tables() {
        var tables = TrieTables()
        var node: Int32 = 0
        for i in 0..<5000 {
            let symbol = tables.intern("key\(i)")
            #expect(symbol == Int32(i))
            node = tables.child(of: i % 7 == 0 ? 0 : node, symbol: symbol)
        }
        #expect(tables.symbolCount == 5000)
        for i in stride(from: 0, to: 5000, by: 37) { #expect(tables.symbol("key\(i)") == Int32(i)) }
        #expect(tables.symbol("key5000") == nil)
        #expect(tables.symbol("") == nil)
        #expect(tables.nodeCount == 5001)
    }
}
