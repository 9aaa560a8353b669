import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The ACLED CSV and GeoJSON writers, on records made by hand.
@Suite("Event formats")
struct EventFormatTests {
    static func record(date: String = "2024-11-09", precision: String = "day", latitude: Double? = 30.18,
                       longitude: Double? = 67.0) -> EventRecord {
        var record = EventRecord(id: "d-E1", document: "d", date: date, datePrecision: precision, place: "Quetta",
                                 admin1: "Balochistan", country: "PK", latitude: latitude, longitude: longitude,
                                 geoPrecision: "town", groups: ["Testland Liberation Front"], killed: 24,
                                 sources: [.init(start: 0, end: 12, text: "Gunmen, said \"x\"")])
        record.eventType = "Battles"
        record.subEventType = "Armed clash"
        record.actor1 = "Testland Liberation Front"
        record.actor2 = "Military Forces of Pakistan"
        record.fatalitiesACLED = 12
        return record
    }

    static func cells(_ row: String) -> [String] {
        // RFC 4180: split on commas outside quotes.
        var cells: [String] = [], cell = "", quoted = false
        var characters = Array(row)[...]
        while let c = characters.popFirst() {
            if c == "\"" {
                if quoted, characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted.toggle() }
            } else if c == ",", !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        return cells + [cell]
    }

    @Test func acledRowHasACLEDColumnsAndConventions() {
        let format = ACLEDFormat(countryNames: ["PK": "Pakistan"])
        #expect(ACLEDFormat.columns.count == 31)
        #expect(ACLEDFormat.columns.first == "event_id_cnty" && ACLEDFormat.columns.last == "timestamp")
        let cells = Self.cells(format.row(Self.record()))
        #expect(cells.count == ACLEDFormat.columns.count)
        let row = Dictionary(uniqueKeysWithValues: zip(ACLEDFormat.columns, cells))
        #expect(row["event_date"] == "2024-11-09")
        #expect(row["year"] == "2024")
        #expect(row["time_precision"] == "1")
        #expect(row["disorder_type"] == "Political violence")
        #expect(row["inter1"] == "2" && row["inter2"] == "1" && row["interaction"] == "12")
        #expect(row["country"] == "Pakistan")
        #expect(row["location"] == "Quetta" && row["geo_precision"] == "1")
        #expect(row["fatalities"] == "12", "dozens are coded 12, as ACLED codes them")
        #expect(row["notes"] == "Gunmen, said \"x\"")
        #expect(row["civilian_targeting"] == "")
    }

    @Test func acledDatesArePinnedToADay() {
        #expect(ACLEDFormat.day(of: "2024-W46") == "2024-11-11")
        #expect(ACLEDFormat.day(of: "2021-W01") == "2021-01-04")
        #expect(ACLEDFormat.day(of: "2024-11") == "2024-11-01")
        #expect(ACLEDFormat.day(of: "2024-SU") == "2024-06-01")
        #expect(ACLEDFormat.day(of: "2024") == "2024-01-01")
        #expect(ACLEDFormat.day(of: "XXXX-11-09") == nil)
        #expect(ACLEDFormat.timePrecision("week") == "2")
        #expect(ACLEDFormat.timePrecision("month") == "3")
        #expect(ACLEDFormat.geoPrecision("district") == "2")
        #expect(ACLEDFormat.geoPrecision("country") == "3")
        #expect(ACLEDFormat.interaction("7", "") == "70")
        #expect(ACLEDFormat.interCode("Civilians (Mali)", country: "Mali") == "7")
        #expect(ACLEDFormat.interCode("Unidentified Armed Group (Mali)", country: "Mali") == "3")
        #expect(ACLEDFormat.interCode("Military Forces of Mali", country: "Mali") == "1")
        #expect(ACLEDFormat.interCode("Military Forces of France", country: "Mali") == "8", "external forces")
        #expect(ACLEDFormat.disorderType("Riots", subEventType: "Violent demonstration") == "Demonstrations")
        #expect(ACLEDFormat.disorderType("Riots", subEventType: "Mob violence") == "Political violence")
    }

    @Test func geoJSONIsAFeatureCollectionWithPointsAndNullGeometries() throws {
        let text = GeoJSONFormat.opening
            + [Self.record(), Self.record(latitude: nil, longitude: nil)].map(GeoJSONFormat.feature).joined(separator: ",\n")
            + GeoJSONFormat.closing
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [67.0, 30.18], "longitude first (RFC 7946)")
        #expect(features[1]["geometry"] is NSNull)
        let properties = try #require(features[0]["properties"] as? [String: Any])
        #expect(properties["sub_event_type"] as? String == "Armed clash")
        let empty = GeoJSONFormat.opening + GeoJSONFormat.closing
        let emptyObject = try #require(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])
        #expect((emptyObject["features"] as? [Any])?.isEmpty == true)
    }
}

/// The event vocabulary's loader: every row checked, errors with the file and line.
@Suite("Event vocabulary")
struct EventLexiconTests {
    static func load(_ rows: String) throws -> EventLexicon {
        try EventLexicon(table: TSVTable(text: "class\tphrase\tvalue\n" + rows, file: "v.tsv",
                                         requiredColumns: ["class", "phrase", "value"]), file: "v.tsv")
    }

    @Test func rowsFillTheirClasses() throws {
        let lexicon = try Self.load("incident\tblew himself up\tSuicide bomb\nstate_force\tirgc\tmilitary:IR\ndemonym\tmalian\tML\n")
        #expect(lexicon.incidents.match(["he", "blew", "himself", "up"], at: 1)?.value == "Suicide bomb")
        #expect(EventLexicon.force(lexicon.stateForces.value(of: "irgc") ?? "") == EventLexicon.Force(isPolice: false, country: "IR"))
        #expect(lexicon.demonymCountry("malian") == "ML")
        #expect(EventLexicon.keys(of: "Counter-terrorism department's") == ["counter", "-", "terrorism", "department", "'s"])
    }

    @Test(arguments: [
        ("incidnet\tbomb\t", "unknown class"),
        ("incident\tbomb\tBombing", "not an ACLED sub-event type"),
        ("victim\tsoldiers\tarmy", "not security, militant or civilian"),
        ("state_force\tarmy\tnavy", "not military or police"),
        ("demonym\tmalian\tMLI", "not an ISO 3166"),
        ("acled_vague_count\tdozens\ttwelve", "not a whole number"),
        ("incident\t \t", "empty phrase"),
    ])
    func badRowsAreRefusedWithTheirLine(_ row: String, _ message: String) {
        do {
            _ = try Self.load("incident\tattack\t\n" + row + "\n")
            Issue.record("accepted \(row)")
        } catch {
            #expect("\(error)".contains("v.tsv"))
            #expect("\(error)".contains("3"), "the line number")
            #expect("\(error)".contains(message))
        }
    }

    @Test func theProjectVocabularyLoads() throws {
        let lexicon = try EventLexicon(in: projectGazetteers)
        #expect(lexicon.incidents.contains("ambushed"))
        #expect(lexicon.nonIncidents.contains("defused"))
    }
}
