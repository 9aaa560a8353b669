import ConflictMinerCore
import Foundation

extension PlaceGazetteer {
    /// Writes the places, abbreviations, matcher and the places' country numbers into a compiled file.
    func write(to writer: inout BinaryArchive.Writer) {
        var strings = StringColumn()
        var kinds: [UInt8] = []
        var populations: [Int64] = []
        for place in places {
            strings.append(place.id)
            strings.append(place.name)
            strings.append(place.country ?? "")
            strings.append(place.admin1 ?? "")
            kinds.append(UInt8(Place.Kind.allCases.firstIndex(of: place.kind)!))
            populations.append(Int64(place.population))
        }
        strings.write(to: &writer)
        writer.append(kinds)
        writer.append(populations)
        writer.append(coordinates)
        var abbreviationColumn = StringColumn()
        abbreviations.forEach { abbreviationColumn.append($0) }
        abbreviationColumn.write(to: &writer)
        matcher.write(to: &writer)
        writer.append(countryNumbers)
        var otherCodes = StringColumn()
        countryNumbering.otherCodes.forEach { otherCodes.append($0) }
        otherCodes.write(to: &writer)
        writer.append(teamPlaces.sorted().map { Int32($0) })
    }

    /// Reads a gazetteer written by `write(to:)`.
    init(from reader: inout BinaryArchive.Reader) throws {
        let strings = try StringColumn(from: &reader)
        let kinds: [UInt8] = try reader.array()
        let populations: [Int64] = try reader.array()
        let coordinates: [Double] = try reader.array()
        let abbreviations = try StringColumn(from: &reader)
        let matcher = try PhraseMatcher<Entry>(from: &reader)
        let countryNumbers: [Int32] = try reader.array()
        let otherCodes = try StringColumn(from: &reader)
        let countryNumbering = CountryNumbering(otherCodes: (0..<otherCodes.count).map { otherCodes[$0] })
        let teamPlaces: [Int32] = try reader.array()
        guard strings.count == kinds.count * 4, populations.count == kinds.count, coordinates.count == kinds.count * 2,
              countryNumbers.count == kinds.count, countryNumbers.allSatisfy({ $0 >= -1 && Int($0) < countryNumbering.count }),
              teamPlaces.allSatisfy({ $0 >= 0 && Int($0) < kinds.count })
        else { throw BinaryArchive.Stale() }
        let allKinds = Place.Kind.allCases
        var places: [Place] = []
        places.reserveCapacity(kinds.count)
        // (the places come country by country: a country's string is made once for the run of
        // places that share it, not once a place)
        var country: String?
        var countryCell = -1
        for index in kinds.indices {
            guard Int(kinds[index]) < allKinds.count else { throw BinaryArchive.Stale() }
            let countryAt = index * 4 + 2, admin1At = index * 4 + 3
            if countryCell < 0 || !strings.sameBytes(countryAt, countryCell) {
                country = strings.isEmpty(countryAt) ? nil : strings[countryAt]
                countryCell = countryAt
            }
            places.append(Place(id: strings[index * 4], name: strings[index * 4 + 1], kind: allKinds[Int(kinds[index])],
                                country: country, admin1: strings.isEmpty(admin1At) ? nil : strings[admin1At],
                                population: Int(populations[index])))
        }
        self.init(places: places, coordinates: coordinates, matcher: matcher,
                  abbreviations: (0..<abbreviations.count).map { abbreviations[$0] },
                  countryNumbers: countryNumbers, countryNumbering: countryNumbering,
                  teamPlaces: Set(teamPlaces.map { Int($0) }))
    }
}

/// Strings stored as one UTF-8 buffer with offsets.
struct StringColumn {
    private var bytes: [UInt8] = []
    private var offsets: [UInt32] = [0]

    init() {}

    init(from reader: inout BinaryArchive.Reader) throws {
        bytes = try reader.array()
        offsets = try reader.array()
        guard let last = offsets.last, Int(last) == bytes.count, offsets.first == 0,
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw BinaryArchive.Stale() }
    }

    var count: Int { offsets.count - 1 }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        offsets.append(UInt32(bytes.count))
    }

    /// Whether string `index` is empty.
    func isEmpty(_ index: Int) -> Bool { offsets[index] == offsets[index + 1] }

    /// Whether strings `a` and `b` hold the same bytes.
    func sameBytes(_ a: Int, _ b: Int) -> Bool {
        let aStart = Int(offsets[a]), bStart = Int(offsets[b]), count = Int(offsets[a + 1]) - aStart
        guard Int(offsets[b + 1]) - bStart == count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            (0..<count).allSatisfy { bytes[aStart + $0] == bytes[bStart + $0] }
        }
    }

    subscript(index: Int) -> String {
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    func write(to writer: inout BinaryArchive.Writer) {
        writer.append(bytes)
        writer.append(offsets)
    }
}
