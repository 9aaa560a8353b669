import ConflictMinerCore
import ConflictMinerEvents
import ConflictMinerExtractors
import ConflictMinerPipeline
import Foundation

/// Event records as rows of an ACLED export, so that analysts can append them to one
/// (`docs/events.md`, "ACLED CSV and GeoJSON"): ACLED's column names and order, its 1–3 time
/// and geo precision, its actor type codes, a day-level `event_date`.
public struct ACLEDFormat: Sendable {
    /// ACLED's columns, in its order.
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    /// Short English country names by ISO code (the gazetteer's country rows).
    public let countryNames: [String: String]

    public init(countryNames: [String: String]) {
        self.countryNames = countryNames
    }

    public static var headerRow: String { columns.joined(separator: ",") }

    /// One CSV row (RFC 4180 quoting) in the order of `columns`.
    public func row(_ record: EventRecord) -> String {
        let day = Self.day(of: record.date)
        let country = record.country.map { countryNames[$0] ?? $0 }
        let inter1 = Self.interCode(record.actor1, country: country), inter2 = Self.interCode(record.actor2, country: country)
        let cells: [String] = [
            record.id, day ?? "", day.map { String($0.prefix(4)) } ?? "", Self.timePrecision(record.datePrecision),
            Self.disorderType(record.eventType, subEventType: record.subEventType), record.eventType, record.subEventType,
            record.actor1 ?? "", "", inter1, record.actor2 ?? "", "", inter2, Self.interaction(inter1, inter2),
            record.civilianTargeting ? "Civilian targeting" : "", "", "",
            country ?? "", record.admin1 ?? "", record.admin2 ?? "", "",
            record.placeName ?? record.place ?? "", EventRecord.coordinate(record.latitude), EventRecord.coordinate(record.longitude),
            Self.geoPrecision(record.geoPrecision), record.document, "",
            record.sources.map { Brat.oneLine($0.text) }.joined(separator: " "), String(record.fatalitiesACLED), "", "",
        ]
        return cells.map(EventRecord.csvCell).joined(separator: ",")
    }

    /// The day ACLED's `event_date` takes (`EventRecord.firstDay(ofTimex:)`): the day itself, the
    /// Monday of an ISO week, the first day of a month or season, January 1 of a year; nil for a
    /// value without a year.
    static func day(of value: String) -> String? {
        guard let number = EventRecord.firstDay(ofTimex: value) else { return nil }
        let day = CalendarMath.civil(fromDayNumber: number)
        return "\(zeroPadded(day.year, width: 4))-\(zeroPadded(day.month, width: 2))-\(zeroPadded(day.day, width: 2))"
    }

    /// ACLED's time precision: 1 a day, 2 a week, 3 a month or longer.
    static func timePrecision(_ precision: String) -> String {
        switch precision {
        case "day": "1"
        case "week": "2"
        default: "3"
        }
    }

    /// ACLED's geo precision: 1 the town itself, 2 a district or a place the gazetteer lacks,
    /// 3 a province, region or country, or a country inferred from the context.
    static func geoPrecision(_ precision: String) -> String {
        switch precision {
        case "town": "1"
        case "district", "place": "2"
        default: "3"
        }
    }

    /// `Political violence` for battles, explosions, violence against civilians and mob
    /// violence; `Demonstrations` for violent demonstrations.
    static func disorderType(_ eventType: String, subEventType: String) -> String {
        switch (eventType, subEventType) {
        case ("", _): ""
        case ("Riots", "Violent demonstration"): "Demonstrations"
        default: "Political violence"
        }
    }

    /// ACLED's actor type code: 1 state forces of the event's country, 8 those of another
    /// country (external forces), 2 a named armed group (rebel group), 3 an unidentified armed
    /// group (political militia), 5 rioters, 7 civilians; empty for no actor.
    static func interCode(_ actor: String?, country: String?) -> String {
        guard let actor, !actor.isEmpty else { return "" }
        for prefix in ["Military Forces of ", "Police Forces of "] where actor.hasPrefix(prefix) {
            return country == nil || String(actor.dropFirst(prefix.count)) == country ? "1" : "8"
        }
        if actor.hasPrefix("Unidentified Armed Group") { return "3" }
        if actor.hasPrefix("Rioters") { return "5" }
        if actor.hasPrefix("Civilians") { return "7" }
        return "2"
    }

    /// The two codes, lower first (`12`), or one code and 0 for a one-sided event (`20`).
    static func interaction(_ a: String, _ b: String) -> String {
        let codes = [a, b].compactMap { Int($0) }.sorted()
        switch codes.count {
        case 2: return "\(codes[0])\(codes[1])"
        case 1: return "\(codes[0])0"
        default: return ""
        }
    }
}

/// Event records as one RFC 7946 GeoJSON FeatureCollection: a Point feature for each record with
/// coordinates (`[longitude, latitude]`), a feature with a null geometry for the others, and the
/// record's JSON fields as properties. Written in pieces, so that a batch streams.
public enum GeoJSONFormat {
    public static let opening = "{\"type\":\"FeatureCollection\",\"features\":[\n"
    public static let closing = "\n]}\n"

    /// One feature, without a separator.
    public static func feature(_ record: EventRecord) -> String {
        var geometry = "null"
        if let latitude = record.latitude, let longitude = record.longitude, latitude.isFinite, longitude.isFinite {
            geometry = "{\"type\":\"Point\",\"coordinates\":[\(longitude),\(latitude)]}"
        }
        return "{\"type\":\"Feature\",\"geometry\":\(geometry),\"properties\":\(record.jsonLine)}"
    }
}

/// An event record as a CSV row and a JSON line (`events --format csv|jsonl`).
extension EventRecord {
    // MARK: - Output

    public static let csvHeader = [
        "event_id", "document", "event_date", "date_precision", "date_mod", "date_source", "place", "place_name", "place_id",
        "admin1", "admin2", "country", "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "actor1",
        "actor2", "civilian_targeting", "groups", "group_ids", "killed", "injured", "abducted", "qualifier",
        "source_spans", "source_text",
    ]

    static func coordinate(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.5f", value)
    }

    /// One CSV row (RFC 4180 quoting), in the order of `csvHeader`. Lists are joined with `; `,
    /// spans as `start-end` joined with `;`, sentences with ` | `.
    public var csvRow: String {
        let cells: [String] = [
            id, document, date, datePrecision, dateMod ?? "", dateSource, place ?? "", placeName ?? "", placeId ?? "", admin1 ?? "",
            admin2 ?? "", country ?? "", Self.coordinate(latitude), Self.coordinate(longitude), geoPrecision,
            eventType, subEventType, actor1 ?? "", actor2 ?? "", civilianTargeting ? "true" : "false",
            groups.joined(separator: "; "), groupIds.joined(separator: "; "), String(killed), String(injured),
            String(abducted), qualifier, sources.map { "\($0.start)-\($0.end)" }.joined(separator: ";"),
            sources.map { Brat.oneLine($0.text) }.joined(separator: " | "),
        ]
        return cells.map(Self.csvCell).joined(separator: ",")
    }

    public static var csvHeaderRow: String { csvHeader.joined(separator: ",") }

    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One JSON object on one line.
    public var jsonLine: String {
        var json = JSONWriter()
        json.beginObject()
        json.field("event_id", id)
        json.field("document", document)
        json.field("date", date.isEmpty ? nil : date)
        json.field("date_precision", datePrecision)
        json.field("date_mod", dateMod)
        json.field("date_source", dateSource)
        json.field("place", place)
        json.field("place_name", placeName)
        json.field("place_id", placeId)
        json.field("admin1", admin1)
        json.field("admin2", admin2)
        json.field("country", country)
        json.field("latitude", latitude)
        json.field("longitude", longitude)
        json.field("geo_precision", geoPrecision)
        json.field("event_type", eventType.isEmpty ? nil : eventType)
        json.field("sub_event_type", subEventType.isEmpty ? nil : subEventType)
        json.field("actor1", actor1)
        json.field("actor2", actor2)
        json.field("civilian_targeting", civilianTargeting)
        json.field("groups", groups)
        json.field("group_ids", groupIds)
        json.field("killed", killed)
        json.field("injured", injured)
        json.field("abducted", abducted)
        json.field("qualifier", qualifier)
        json.key("sources")
        json.beginArray()
        for source in sources {
            json.beginObject()
            json.field("start", source.start)
            json.field("end", source.end)
            json.field("text", source.text)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }
}
