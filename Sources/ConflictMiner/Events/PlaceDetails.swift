import Foundation

/// What an event record says about its place, looked up by the place's gazetteer id
/// (`gn:1167528`): kind, country, first-level subdivision and coordinates from `places.tsv`.
public struct PlaceDetails: Sendable, Hashable {
    public var id: String
    public var name: String
    /// `country`, `region`, `admin1`, `admin2`, `city` or `feature`.
    public var kind: String
    public var country: String?
    public var admin1: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(id: String, name: String, kind: String, country: String? = nil, admin1: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Lower is more specific: a town or feature, a district, a region, a province, a country.
    var specificity: Int {
        switch kind {
        case "city", "feature": 0
        case "admin2": 1
        case "region": 2
        case "admin1": 3
        case "country": 4
        default: 2
        }
    }

    /// The record's geo precision for a place of this kind.
    var geoPrecision: String {
        switch kind {
        case "city", "feature": "town"
        case "admin2": "district"
        case "region": "region"
        case "admin1": "province"
        case "country": "country"
        default: "region"
        }
    }
}

/// The rows of `places.tsv` by id. Only line offsets are indexed at load time; a row is parsed
/// when it is looked up, so loading the 12 MB table costs one pass over its bytes.
public struct PlaceDetailsIndex: Sendable {
    /// The table's bytes (an array, not `Data`: leak checkers follow an array's buffer).
    private let data: [UInt8]
    private let lines: [String: Range<Int>]
    private let columns: [String: Int]
    /// Short English names of the countries in the table, by ISO code (`IR` → `Iran`).
    public let countryNames: [String: String]

    /// An empty index: records then carry what the PLACE entities say (name, country).
    public init() {
        data = []
        lines = [:]
        columns = [:]
        countryNames = [:]
    }

    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError(file: url.path, problem: "cannot read: \(error.localizedDescription)")
        }
        var lines: [String: Range<Int>] = [:]
        var columns: [String: Int] = [:]
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = 0
            while position < bytes.count {
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { position = end + 1 }
                guard end > position, bytes[position] != 0x23 else { continue }
                var tab = position
                while tab < end && bytes[tab] != 0x09 { tab += 1 }
                let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<tab]), as: UTF8.self)
                if columns.isEmpty {
                    let header = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
                    for (index, name) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                        columns[name.trimmingCharacters(in: .whitespacesAndNewlines)] = index
                    }
                    continue
                }
                if lines[id] == nil { lines[id] = position..<end }
            }
        }
        for name in ["id", "name", "kind"] where columns[name] == nil {
            throw GazetteerError(file: url.path, problem: "missing column \(name)")
        }
        self.data = [UInt8](data)
        self.lines = lines
        self.columns = columns
        var countryNames: [String: String] = [:]
        if let kind = columns["kind"], let country = columns["country"], let name = columns["name"] {
            let countryBytes = Array("country".utf8)
            for range in lines.values {
                // Only rows whose kind cell says `country` are decoded.
                guard Self.cell(kind, of: self.data[range]).elementsEqual(countryBytes) else { continue }
                let cells = String(decoding: self.data[range], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
                guard cells.count > max(country, name) else { continue }
                countryNames[String(cells[country])] = String(cells[name])
            }
        }
        self.countryNames = countryNames
    }

    public var count: Int { lines.count }

    /// The bytes of cell `index` of a tab-separated line.
    private static func cell(_ index: Int, of line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = line.startIndex, column = 0
        while column < index {
            guard let tab = line[start...].firstIndex(of: 0x09) else { return [] }
            start = tab + 1
            column += 1
        }
        let end = line[start...].firstIndex(of: 0x09) ?? line.endIndex
        return line[start..<end]
    }

    public subscript(id: String) -> PlaceDetails? {
        guard let range = lines[id] else { return nil }
        let line = String(decoding: data[range], as: UTF8.self)
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func cell(_ name: String) -> String? {
            guard let index = columns[name], index < cells.count, !cells[index].isEmpty else { return nil }
            return cells[index]
        }
        return PlaceDetails(id: id, name: cell("name") ?? id, kind: cell("kind") ?? "", country: cell("country"),
                            admin1: cell("admin1"), latitude: cell("lat").flatMap(Double.init),
                            longitude: cell("lon").flatMap(Double.init))
    }
}
