import Foundation
import Testing
@testable import ConflictMinerCore
@testable import ConflictMinerEvaluation
@testable import ConflictMinerEvents
@testable import ConflictMinerExtractors
@testable import ConflictMinerFormats
@testable import ConflictMinerPipeline

/// The event scorer's rules, as the docstring of tools/score_events.py states them.
@Suite("Event scoring")
struct EventScoringTests {
    func event(_ json: String) -> JSONObject {
        (try? JSONValue.parse(json))?.object ?? JSONObject()
    }

    func agrees(_ field: String, _ gold: String, _ predicted: String) -> Bool? {
        EventScoring.fieldAgrees(field, gold: event(gold), predicted: event(predicted))
    }

    @Test func foldDropsCaseAccentsPunctuationArticlesAndDesignators() {
        #expect(EventScoring.fold("Ejército de Liberación Nacional") == "ejercito de liberacion nacional")
        #expect(EventScoring.fold("Al-Qaim") == "qaim")
        #expect(EventScoring.fold("The Hague") == "hague")
        #expect(EventScoring.fold("al") == "al")  // an article alone stays
        #expect(EventScoring.fold("al-Anbar Governorate") == "anbar")
        #expect(EventScoring.fold("Kech District") == "kech")
        #expect(EventScoring.fold("Kech District", designators: false) == "kech district")
        #expect(EventScoring.fold("Sub-Division Tump") == "tump")
        #expect(EventScoring.fold("  Ḱarāchī!! (city) ") == "karachi")
        #expect(EventScoring.fold("ﬁve ２nd") == "five 2nd")  // compatibility forms
        #expect(EventScoring.fold("District") == "")
        #expect(EventScoring.fold(JSONValue.null) == "")
        #expect(EventScoring.fold(JSONValue.int(12)) == "12")
        #expect(EventScoring.fold(JSONValue.array([.string("North"), .string("Waziristan")])) == "north waziristan")
    }

    @Test func sameNameRules() {
        func same(_ a: String, _ b: String) -> Bool { EventScoring.sameName(.string(a), .string(b)) }
        // equal after folding
        #expect(same("Baloch Liberation Army", "baloch liberation  army"))
        #expect(same("Taliban", "the Taliban"))
        // the words of the shorter (two or more) all in the longer
        #expect(same("Islamic State", "Islamic State Khorasan Province"))
        #expect(same("Islamic State Khorasan Province", "Islamic State"))
        #expect(!same("State", "Islamic State"))
        // initials without connector words
        #expect(same("BLA", "Baloch Liberation Army"))
        #expect(same("Baloch Liberation Army", "BLA"))
        #expect(same("ELN", "Ejército de Liberación Nacional"))
        #expect(!same("EDLN", "Ejército de Liberación Nacional"))
        #expect(!same("BL", "Baloch Liberation Army"))
        #expect(!same("B", "Baloch"))
        // one word a spelling variant of the other's, in names of three or more words
        #expect(same("Baloch Liberation Army", "Balochistan Liberation Army"))
        #expect(same("Balochistan Liberation Army", "Baloch Liberation Army"))
        #expect(!same("Baloch", "Balochistan Liberation Army"))
        #expect(!same("Baloch Army", "Balochistan Army"))
        #expect(!same("Baloch Liberation Front", "Balochistan Liberation Army"))
        #expect(!same("Sindhu Liberation Army", "Baloch Liberation Army"))
        // empty names match nothing
        #expect(!same("", ""))
        #expect(!same("!!", "??"))
        #expect(!EventScoring.sameName(nil, .string("Taliban")))
    }

    @Test func datePrecision() {
        #expect(EventScoring.precision(ofDate: "2024-11-09") == .day)
        #expect(EventScoring.precision(ofDate: "2024-W05") == .week)
        #expect(EventScoring.precision(ofDate: "2024-11") == .month)
        #expect(EventScoring.precision(ofDate: "2024") == .year)
        #expect(EventScoring.precision(ofDate: "2024-SU") == .other)
        #expect(EventScoring.precision(ofDate: "2024-11-09T10:00") == .other)
    }

    @Test func isoWeeks() {
        #expect(EventScoring.isoWeek(ofDay: "2024-01-01") == "2024-W01")
        #expect(EventScoring.isoWeek(ofDay: "2021-01-03") == "2020-W53")
        #expect(EventScoring.isoWeek(ofDay: "2024-12-30") == "2025-W01")
        #expect(EventScoring.isoWeek(ofDay: "2019-04-18") == "2019-W16")
        #expect(EventScoring.isoWeek(ofDay: "2024-02-30") == nil)
    }

    @Test func datesAgreeAtTheGoldPrecision() {
        func agree(_ gold: String, _ predicted: String) -> Bool {
            EventScoring.dateAgrees(gold: .string(gold), predicted: .string(predicted))
        }
        // day: only the same day
        #expect(agree("2024-11-09", "2024-11-09"))
        #expect(!agree("2024-11-09", "2024-11-10"))
        #expect(!agree("2024-11-09", "2024-11"))
        #expect(!agree("2024-11-09", "2024-W45"))
        // week: the same week, or a day in it (ISO weeks, across a year's end too)
        #expect(agree("2024-W45", "2024-W45"))
        #expect(agree("2024-W45", "2024-11-09"))
        #expect(!agree("2024-W45", "2024-11-11"))
        #expect(agree("2025-W01", "2024-12-30"))
        #expect(agree("2020-W53", "2021-01-03"))
        #expect(!agree("2024-W45", "2024-11"))
        // month: the same month or a day in it, not a week
        #expect(agree("2024-11", "2024-11"))
        #expect(agree("2024-11", "2024-11-30"))
        #expect(!agree("2024-11", "2024-12-01"))
        #expect(!agree("2024-11", "2024-W45"))
        #expect(!agree("2024-11", "2024"))
        // year: anything finer in that year
        #expect(agree("2024", "2024"))
        #expect(agree("2024", "2024-03-01"))
        #expect(agree("2024", "2024-W10"))
        #expect(agree("2024", "2024-07"))
        #expect(!agree("2024", "2023-12-31"))
        // other forms: only when equal; no date never agrees
        #expect(agree("2024-SU", "2024-SU"))
        #expect(!agree("2024-SU", "2024-07"))
        #expect(!agree("2024-07", "2024-SU"))
        #expect(!EventScoring.dateAgrees(gold: .string("2024"), predicted: nil))
        #expect(!EventScoring.dateAgrees(gold: .string(""), predicted: .string("")))
    }

    @Test func locationUsesAdmin1OnlyWhenTheGoldHasNothingFiner() {
        // the predicted place, admin3 or admin2 against the gold place, admin3 or admin2
        #expect(agrees("location", #"{"place": "Turbat", "admin2": "Kech"}"#, #"{"place": "Kech District"}"#) == true)
        #expect(agrees("location", #"{"place": "Turbat"}"#, #"{"place": "Elsewhere", "admin2": "turbat"}"#) == true)
        #expect(agrees("location", #"{"admin3": "Tump"}"#, #"{"place": "Tump Tehsil"}"#) == true)
        // with a finer gold name, admin1 does not count on either side
        #expect(agrees("location", #"{"place": "Turbat", "admin1": "Balochistan"}"#, #"{"place": "Quetta", "admin1": "Balochistan"}"#) == false)
        #expect(agrees("location", #"{"place": "Turbat"}"#, #"{"admin1": "Turbat"}"#) == false)
        // only admin1 in the gold: the predicted place or admin1
        #expect(agrees("location", #"{"admin1": "Balochistan"}"#, #"{"place": "Quetta", "admin1": "Balochistan Province"}"#) == true)
        #expect(agrees("location", #"{"admin1": "Balochistan"}"#, #"{"place": "Balochistan"}"#) == true)
        #expect(agrees("location", #"{"admin1": "Balochistan"}"#, #"{"admin2": "Balochistan"}"#) == false)
        // no location in the gold: not scored
        #expect(agrees("location", #"{"place": null, "admin1": ""}"#, #"{"place": "Quetta"}"#) == nil)
        // accents, articles, designators
        #expect(agrees("location", #"{"place": "Al-Qāʾim"}"#, #"{"place": "qa im"}"#) == true)
        #expect(agrees("location", #"{"place": "Al-Qā'im"}"#, #"{"place": "Qaim"}"#) == false)  // the apostrophe parts words
    }

    @Test func actorsInEitherOrder() {
        let gold = #"{"actor1": "Baloch Liberation Army", "actor2": "Military Forces of Pakistan"}"#
        #expect(agrees("actors", gold, #"{"actor1": "BLA", "actor2": "Military Forces of Pakistan"}"#) == true)
        #expect(agrees("actors", gold, #"{"actor1": "Military Forces of Pakistan", "actor2": "BLA"}"#) == true)
        #expect(agrees("actors", gold, #"{"actor1": "BLA"}"#) == false)
        #expect(agrees("actors", gold, #"{"actor1": "BLA", "actor2": "Police Forces of Iran"}"#) == false)
        #expect(agrees("actors", #"{"actor1": "Taliban", "actor2": null}"#, #"{"actor1": "the Taliban"}"#) == true)
        #expect(agrees("actors", #"{"actor1": "Taliban", "actor2": null}"#, #"{"actor2": "Taliban"}"#) == true)
        #expect(agrees("actors", #"{"actor1": null}"#, #"{"actor1": "Taliban"}"#) == nil)
    }

    @Test func groupsTypesAndCounts() {
        #expect(agrees("groups", #"{"groups": ["Baloch Liberation Army", "Taliban"]}"#, #"{"groups": ["X", "BLA"]}"#) == true)
        #expect(agrees("groups", #"{"groups": ["Taliban"]}"#, #"{"groups": []}"#) == false)
        #expect(agrees("groups", #"{"groups": []}"#, #"{"groups": ["Taliban"]}"#) == nil)
        #expect(agrees("event_type", #"{"event_type": "Explosions/Remote violence"}"#, #"{"event_type": "explosions remote-violence"}"#) == true)
        #expect(agrees("sub_event_type", #"{"sub_event_type": "Armed clash"}"#, #"{}"#) == false)
        #expect(agrees("sub_event_type", #"{"sub_event_type": null}"#, #"{}"#) == nil)
        #expect(agrees("killed", #"{"killed": 0}"#, #"{"killed": 0}"#) == true)
        #expect(agrees("killed", #"{"killed": 3}"#, #"{"killed": "3"}"#) == true)  // int("3") as Python reads it
        #expect(agrees("killed", #"{"killed": 3}"#, #"{"killed": 3.9}"#) == true)
        #expect(agrees("killed", #"{"killed": 3}"#, #"{"killed": null}"#) == false)
        #expect(agrees("killed", #"{"killed": 3}"#, #"{}"#) == false)
        #expect(agrees("injured", #"{}"#, #"{"injured": 2}"#) == nil)
        #expect(agrees("abducted", #"{"abducted": null}"#, #"{"abducted": 2}"#) == nil)
    }

    @Test func pairingPrefersMoreAgreeingFieldsThenTextOrder() {
        let gold = [event(#"{"date": "2024-11", "country": "PK", "place": "Turbat", "killed": 2}"#),
                    event(#"{"date": "2024-11", "country": "PK", "place": "Gwadar", "killed": 5}"#)]
        let predicted = [event(#"{"date": "2024-11-03", "country": "PK", "place": "Gwadar", "killed": 5}"#),
                         event(#"{"date": "2024-11-04", "country": "PK", "place": "Turbat", "killed": 2}"#)]
        #expect(EventScoring.pair(gold: gold, predicted: predicted) == [0: 1, 1: 0])
        // ties go in text order: the first gold takes the first prediction
        let same = [event(#"{"date": "2024-11", "country": "PK"}"#), event(#"{"date": "2024-11", "country": "PK"}"#)]
        #expect(EventScoring.pair(gold: same, predicted: same) == [0: 0, 1: 1])
        // country must be equal (and present), the date must agree; each event pairs once
        let other = [event(#"{"date": "2024-11-03", "country": "IR"}"#), event(#"{"date": "2024-10-30", "country": "PK"}"#),
                     event(#"{"date": "2024-11-03", "country": "PK"}"#)]
        #expect(EventScoring.pair(gold: [gold[0]], predicted: other) == [0: 2])
        #expect(EventScoring.pair(gold: [event(#"{"date": "2024-11"}"#)], predicted: [event(#"{"date": "2024-11"}"#)]).isEmpty)
    }

    @Test func scoresOverAllGoldAndGivenPair() {
        let gold: [(document: String, events: [JSONObject])] = [
            ("a", [event(#"{"date": "2024-11-09", "country": "PK", "place": "Quetta", "killed": 26, "injured": 3}"#),
                   event(#"{"date": "2024-11", "country": "PK", "killed": 12}"#)]),
            ("b", []),
        ]
        let predicted = ["a": [event(#"{"date": "2024-11-09", "country": "PK", "place": "Quetta", "killed": 20, "injured": 3}"#)],
                         "b": [event(#"{"date": "2024-11-09", "country": "PK"}"#)]]
        let score = EventScoring.score(gold: gold, predicted: predicted)
        #expect((score.tp, score.fp, score.fn) == (1, 1, 1))
        #expect(score.counts("killed").all == EventScore.Tally(correct: 0, total: 2))
        #expect(score.counts("killed").paired == EventScore.Tally(correct: 0, total: 1))
        #expect(score.counts("location").all == EventScore.Tally(correct: 1, total: 1))
        #expect(score.counts("injured").paired == EventScore.Tally(correct: 1, total: 1))
        #expect(score.counts("groups").all.total == 0)
        #expect(score.errors.map(\.document) == ["a", "b"])
        #expect(score.errors[0].errors.map(\.kind) == [.field, .missed])
        #expect(score.errors[1].errors.map(\.kind) == [.spurious])
        #expect(score.table.contains("detection: tp 1 fp 1 fn 1  P 0.500 R 0.500 F1 0.500"))
        #expect(score.table.contains("killed                0.000 (0/2)      0.000 (0/1)"))
        #expect(score.table.contains("groups" + String(repeating: " ", count: 24) + "n/a" + String(repeating: " ", count: 14) + "n/a"))
    }

    @Test func jsonValuesReadAsPythonReadsThem() throws {
        #expect(try JSONValue.parse("12") == .int(12))
        #expect(try JSONValue.parse("12.0") == .double(12))
        #expect(try JSONValue.parse("1e2") == .double(100))
        #expect(try JSONValue.parse("123456789012345678901234567890") == .bigInt("123456789012345678901234567890"))
        #expect(try JSONValue.parse(#" "a\u00e9\ud83d\ude00" "#) == .string("aé😀"))
        #expect(try JSONValue.parse(#"{"a": 1, "b": 2, "a": 3}"#).object?.pairs.map(\.key) == ["a", "b"])
        #expect(try JSONValue.parse(#"{"a": 1, "a": 3}"#)["a"] == .int(3))
        #expect(throws: JSONValueError.self) { try JSONValue.parse("{\"a\": 1,}") }
        #expect(throws: JSONValueError.self) { try JSONValue.parse("\"tab\there\"") }
        #expect(PythonValue.str(.double(1e16)) == "1e+16")
        #expect(PythonValue.str(.double(1e15)) == "1000000000000000.0")
        #expect(PythonValue.str(.double(0.00001)) == "1e-05")
        #expect(PythonValue.str(.double(0.0001)) == "0.0001")
        #expect(PythonValue.str(.double(-2.5)) == "-2.5")
        #expect(PythonValue.str(.array([.string("it's"), .null, .bool(true)])) == #"["it's", None, True]"#)
        #expect(PythonValue.equal(.int(1), .double(1)))
        #expect(PythonValue.equal(.bool(true), .int(1)))
        #expect(!PythonValue.equal(.string("é"), .string("e\u{301}")))
        #expect(PythonValue.int(.string(" 1_000 ")) == "1000")
        #expect(PythonValue.int(.string("1.5")) == nil)
        #expect(PythonValue.int(.double(-2.7)) == "-2")
        #expect(PythonValue.int(.double(1e20)) == "100000000000000000000")
        #expect(EventScoringInputs.lines("a\r\nb\rc\n\nd").map(\.number) == [1, 2, 3, 4, 5])
    }
}
