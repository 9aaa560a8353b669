import Foundation

/// The words the date recognizer knows, as data.
///
/// Every table below is tab-separated with the header `word	class	value	flags`; `#` lines are
/// comments. `word` is a token key (case-folded, as `Token.key`), `class` says what the word does,
/// `value` is the class's datum (a month number, a TIMEX season code, an offset…) or `-`, and
/// `flags` is a `|` list or `-`. A word may have several rows (`may` is a month and is listed as a
/// modal-prone word by its flags). Adding a word is a one-line edit to one of these tables.
///
/// Classes:
/// - `month` (1–12), `weekday` (ISO 1–7), `season` (`SP`, `SU`, `FA`, `WI`), `decade` (a decade
///   word and its three-digit value, `nineties` → `199`).
///   Flags: `abbr` (an abbreviation: only a date with a day or year beside it), `ambiguous` (also an
///   ordinary word or name — `May`, `March`: alone it needs a date cue before it and a capital).
/// - `hundreds` (a year's first two digits in words before a decade word: `nineteen-nineties`),
///   `tens` (before an ordinal: `twenty-first century`), `fiscal` (`fiscal 2024`, `FY 2023-24`).
/// - `ordinal` (`ninth of November`). The counts of `two days ago` are the number parser's.
/// - `modifier` (`early`/`mid`/`late` → the TIMEX `Mod`), `periodPart` (`end`, `beginning`,
///   `middle` before `of` and a period → its `Mod`: `the end of last year`), `deictic` (`last`/`this`/`next` → −1/0/+1),
///   `unit` (`day`, `week`, `weekend`, `month`, `year`), `anchor` (`today` 0, `yesterday` −1),
///   `ago`.
/// - Context classes, read by the recognizer's guards: `yearCue` (a word before a bare year that
///   makes it a year: `in 2019`), `yearNoun` (a noun a year can modify: `the 2019 elections`),
///   `countNoun` (a noun that makes a number a count: `2000 people`, `26 soldiers`),
///   `quantityNoun` (`a total of 2000`: `of` after it is not a year cue), `futureCue` and
///   `pastCue` (tense hints), `weekdayBlockBefore` (`Good Friday`), `nameAfter` (`Friday Times`,
///   `Sunday Guardian`: a capitalised word that makes a weekday or `Today` part of a name),
///   `rangeWord` (`and`, `to`, `-`: joins the parts of a range or a list of dates), `auxiliary`
///   (`be`, `has`: a past form after them is a participle), `toCue` (`back to 1947`), `determiner`
///   (`the 2008 elections`).
enum DateLexiconData {
    static let calendar = """
    word	class	value	flags
    # Months. Abbreviations need a day or a year beside them (`Jan Egeland` is a name).
    january	month	1	-
    jan	month	1	abbr
    february	month	2	-
    feb	month	2	abbr
    march	month	3	ambiguous
    mar	month	3	abbr
    april	month	4	ambiguous
    apr	month	4	abbr
    may	month	5	ambiguous
    june	month	6	ambiguous
    jun	month	6	abbr
    july	month	7	-
    jul	month	7	abbr
    august	month	8	ambiguous
    aug	month	8	abbr
    september	month	9	-
    sep	month	9	abbr
    sept	month	9	abbr
    october	month	10	-
    oct	month	10	abbr
    november	month	11	-
    nov	month	11	abbr
    december	month	12	-
    dec	month	12	abbr
    # Weekdays. Abbreviations only when a date follows (`Tue, Nov 9`).
    monday	weekday	1	-
    mon	weekday	1	abbr
    tuesday	weekday	2	-
    tue	weekday	2	abbr
    tues	weekday	2	abbr
    wednesday	weekday	3	-
    wed	weekday	3	abbr
    thursday	weekday	4	-
    thu	weekday	4	abbr
    thur	weekday	4	abbr
    thurs	weekday	4	abbr
    friday	weekday	5	-
    fri	weekday	5	abbr
    saturday	weekday	6	-
    sat	weekday	6	abbr
    sunday	weekday	7	-
    sun	weekday	7	abbr
    # Seasons (TIMEX codes). A bare season is vague; it is a date with a year or last/this/next.
    spring	season	SP	-
    summer	season	SU	-
    autumn	season	FA	-
    fall	season	FA	ambiguous
    winter	season	WI	-
    # Decade words, after `the` or a modifier (`the nineties`, `the late eighties`).
    twenties	decade	192	-
    thirties	decade	193	-
    forties	decade	194	-
    fifties	decade	195	-
    sixties	decade	196	-
    seventies	decade	197	-
    eighties	decade	198	-
    nineties	decade	199	-
    # The first two digits of a year in words, before a decade word (`the nineteen-nineties` → 199).
    eighteen	hundreds	18	-
    nineteen	hundreds	19	-
    twenty	hundreds	20	-
    # A tens word before an ordinal (`the twenty-first century` → 21st).
    twenty	tens	20	-
    # Words that open a fiscal year (`fiscal 2024`, `fiscal year 2024`, `FY 2023-24`).
    fiscal	fiscal	-	-
    fy	fiscal	-	-
    """

    static let ordinals = """
    word	class	value	flags
    # Ordinal words, only as `ninth of November` / `first of May`.
    first	ordinal	1	-
    second	ordinal	2	-
    third	ordinal	3	-
    fourth	ordinal	4	-
    fifth	ordinal	5	-
    sixth	ordinal	6	-
    seventh	ordinal	7	-
    eighth	ordinal	8	-
    ninth	ordinal	9	-
    tenth	ordinal	10	-
    eleventh	ordinal	11	-
    twelfth	ordinal	12	-
    thirteenth	ordinal	13	-
    fourteenth	ordinal	14	-
    fifteenth	ordinal	15	-
    sixteenth	ordinal	16	-
    seventeenth	ordinal	17	-
    eighteenth	ordinal	18	-
    nineteenth	ordinal	19	-
    twentieth	ordinal	20	-
    thirtieth	ordinal	30	-
    """

    static let relative = """
    word	class	value	flags
    # Modifiers kept in the span, with their TIMEX Mod.
    early	modifier	START	-
    mid	modifier	MID	-
    late	modifier	END	-
    # A part of a period, before `of` (`the end of last year`, `the beginning of March`).
    end	periodPart	END	-
    beginning	periodPart	START	-
    start	periodPart	START	-
    middle	periodPart	MID	-
    # Deictic determiners of a unit, weekday, month or season.
    last	deictic	-1	-
    this	deictic	0	-
    next	deictic	1	-
    # Units for last/this/next and `… ago`.
    day	unit	day	-
    days	unit	day	-
    week	unit	week	-
    weeks	unit	week	-
    weekend	unit	weekend	-
    month	unit	month	-
    months	unit	month	-
    year	unit	year	-
    years	unit	year	-
    fortnight	unit	fortnight	-
    # Days named relative to the DCT.
    today	anchor	0	-
    yesterday	anchor	-1	-
    tomorrow	anchor	1	-
    ago	ago	-	-
    """

    static let context = """
    word	class	value	flags
    # A bare four-digit number after one of these is a year (`in 2019`, `since 2001`).
    in	yearCue	-	-
    since	yearCue	-	-
    by	yearCue	-	-
    of	yearCue	-	-
    until	yearCue	-	-
    till	yearCue	-	-
    from	yearCue	-	-
    during	yearCue	-	-
    before	yearCue	-	-
    after	yearCue	-	-
    between	yearCue	-	-
    through	yearCue	-	-
    throughout	yearCue	-	-
    around	yearCue	-	-
    circa	yearCue	-	-
    for	yearCue	-	-
    year	yearCue	-	-
    # An ambiguous month alone (`May`, `March`) is a month only after one of these, or a yearCue.
    early	monthCue	-	-
    mid	monthCue	-	-
    late	monthCue	-	-
    last	monthCue	-	-
    this	monthCue	-	-
    next	monthCue	-	-
    # `a total of 2000`: `of` after these is not a year cue.
    total	quantityNoun	-	-
    force	quantityNoun	-	-
    number	quantityNoun	-	-
    sum	quantityNoun	-	-
    amount	quantityNoun	-	-
    toll	quantityNoun	-	-
    tally	quantityNoun	-	-
    strength	quantityNoun	-	-
    population	quantityNoun	-	-
    budget	quantityNoun	-	-
    fine	quantityNoun	-	-
    estimate	quantityNoun	-	-
    average	quantityNoun	-	-
    maximum	quantityNoun	-	-
    minimum	quantityNoun	-	-
    height	quantityNoun	-	-
    altitude	quantityNoun	-	-
    depth	quantityNoun	-	-
    distance	quantityNoun	-	-
    length	quantityNoun	-	-
    capacity	quantityNoun	-	-
    contingent	quantityNoun	-	-
    batch	quantityNoun	-	-
    group	quantityNoun	-	-
    # A number followed by one of these is a count, not a year or a day.
    people	countNoun	-	-
    persons	countNoun	-	-
    person	countNoun	-	-
    men	countNoun	-	-
    women	countNoun	-	-
    children	countNoun	-	-
    civilians	countNoun	-	-
    soldiers	countNoun	-	-
    troops	countNoun	-	-
    personnel	countNoun	-	-
    policemen	countNoun	-	-
    officers	countNoun	-	-
    police	countNoun	-	-
    fighters	countNoun	-	-
    militants	countNoun	-	-
    rebels	countNoun	-	-
    insurgents	countNoun	-	-
    terrorists	countNoun	-	-
    gunmen	countNoun	-	-
    attackers	countNoun	-	-
    members	countNoun	-	-
    families	countNoun	-	-
    households	countNoun	-	-
    refugees	countNoun	-	-
    migrants	countNoun	-	-
    prisoners	countNoun	-	-
    hostages	countNoun	-	-
    students	countNoun	-	-
    workers	countNoun	-	-
    pilgrims	countNoun	-	-
    passengers	countNoun	-	-
    villagers	countNoun	-	-
    residents	countNoun	-	-
    others	countNoun	-	-
    dead	countNoun	-	-
    bodies	countNoun	-	-
    cases	countNoun	-	-
    deaths	countNoun	-	-
    casualties	countNoun	-	-
    victims	countNoun	-	-
    attacks	countNoun	-	-
    incidents	countNoun	-	-
    houses	countNoun	-	-
    homes	countNoun	-	-
    shops	countNoun	-	-
    schools	countNoun	-	-
    villages	countNoun	-	-
    vehicles	countNoun	-	-
    weapons	countNoun	-	-
    rounds	countNoun	-	-
    rockets	countNoun	-	-
    missiles	countNoun	-	-
    shells	countNoun	-	-
    tonnes	countNoun	-	-
    tons	countNoun	-	-
    km	countNoun	-	-
    kms	countNoun	-	-
    kilometres	countNoun	-	-
    kilometers	countNoun	-	-
    miles	countNoun	-	-
    metres	countNoun	-	-
    meters	countNoun	-	-
    feet	countNoun	-	-
    acres	countNoun	-	-
    hectares	countNoun	-	-
    kg	countNoun	-	-
    kilograms	countNoun	-	-
    dollars	countNoun	-	-
    rupees	countNoun	-	-
    euros	countNoun	-	-
    naira	countNoun	-	-
    afghanis	countNoun	-	-
    rials	countNoun	-	-
    shillings	countNoun	-	-
    million	countNoun	-	-
    billion	countNoun	-	-
    crore	countNoun	-	-
    lakh	countNoun	-	-
    percent	countNoun	-	-
    per	countNoun	-	-
    years	countNoun	-	-
    days	countNoun	-	-
    hours	countNoun	-	-
    minutes	countNoun	-	-
    times	countNoun	-	-
    units	countNoun	-	-
    votes	countNoun	-	-
    seats	countNoun	-	-
    hrs	countNoun	-	-
    # A year can modify these nouns: `the 2019 elections`, `a 2008 attack`.
    election	yearNoun	-	-
    elections	yearNoun	-	-
    polls	yearNoun	-	-
    vote	yearNoun	-	-
    referendum	yearNoun	-	-
    census	yearNoun	-	-
    attack	yearNoun	-	-
    ambush	yearNoun	-	-
    ambushes	yearNoun	-	-
    shooting	yearNoun	-	-
    shootings	yearNoun	-	-
    stabbing	yearNoun	-	-
    kidnapping	yearNoun	-	-
    kidnappings	yearNoun	-	-
    abduction	yearNoun	-	-
    abductions	yearNoun	-	-
    hijacking	yearNoun	-	-
    airstrike	yearNoun	-	-
    airstrikes	yearNoun	-	-
    explosion	yearNoun	-	-
    explosions	yearNoun	-	-
    battle	yearNoun	-	-
    fighting	yearNoun	-	-
    rebellion	yearNoun	-	-
    mutiny	yearNoun	-	-
    incursion	yearNoun	-	-
    crackdown	yearNoun	-	-
    bombardment	yearNoun	-	-
    shelling	yearNoun	-	-
    famine	yearNoun	-	-
    drought	yearNoun	-	-
    cyclone	yearNoun	-	-
    tsunami	yearNoun	-	-
    outbreak	yearNoun	-	-
    epidemic	yearNoun	-	-
    pandemic	yearNoun	-	-
    genocide	yearNoun	-	-
    attacks	yearNoun	-	-
    bombing	yearNoun	-	-
    bombings	yearNoun	-	-
    blast	yearNoun	-	-
    blasts	yearNoun	-	-
    assault	yearNoun	-	-
    raid	yearNoun	-	-
    massacre	yearNoun	-	-
    killings	yearNoun	-	-
    war	yearNoun	-	-
    conflict	yearNoun	-	-
    crisis	yearNoun	-	-
    insurgency	yearNoun	-	-
    invasion	yearNoun	-	-
    takeover	yearNoun	-	-
    coup	yearNoun	-	-
    uprising	yearNoun	-	-
    revolution	yearNoun	-	-
    protests	yearNoun	-	-
    riots	yearNoun	-	-
    unrest	yearNoun	-	-
    clashes	yearNoun	-	-
    violence	yearNoun	-	-
    offensive	yearNoun	-	-
    operation	yearNoun	-	-
    campaign	yearNoun	-	-
    siege	yearNoun	-	-
    floods	yearNoun	-	-
    earthquake	yearNoun	-	-
    agreement	yearNoun	-	-
    accord	yearNoun	-	-
    accords	yearNoun	-	-
    deal	yearNoun	-	-
    pact	yearNoun	-	-
    treaty	yearNoun	-	-
    ceasefire	yearNoun	-	-
    truce	yearNoun	-	-
    talks	yearNoun	-	-
    summit	yearNoun	-	-
    constitution	yearNoun	-	-
    law	yearNoun	-	-
    act	yearNoun	-	-
    ordinance	yearNoun	-	-
    ruling	yearNoun	-	-
    verdict	yearNoun	-	-
    report	yearNoun	-	-
    survey	yearNoun	-	-
    study	yearNoun	-	-
    general	yearNoun	-	-
    presidential	yearNoun	-	-
    parliamentary	yearNoun	-	-
    legislative	yearNoun	-	-
    local	yearNoun	-	-
    provincial	yearNoun	-	-
    municipal	yearNoun	-	-
    national	yearNoun	-	-
    peace	yearNoun	-	-
    military	yearNoun	-	-
    border	yearNoun	-	-
    edition	yearNoun	-	-
    season	yearNoun	-	-
    incident	yearNoun	-	-
    # Tense hints near a date without a year.
    will	futureCue	-	-
    shall	futureCue	-	-
    'll	futureCue	-	-
    scheduled	futureCue	-	-
    slated	futureCue	-	-
    due	futureCue	-	-
    upcoming	futureCue	-	-
    coming	futureCue	-	-
    planned	futureCue	-	-
    plans	futureCue	-	-
    expected	futureCue	-	-
    said	pastCue	-	-
    says	pastCue	-	-
    told	pastCue	-	-
    was	pastCue	-	-
    were	pastCue	-	-
    had	pastCue	-	-
    did	pastCue	-	-
    took	pastCue	-	-
    began	pastCue	-	-
    came	pastCue	-	-
    went	pastCue	-	-
    left	pastCue	-	-
    held	pastCue	-	-
    met	pastCue	-	-
    made	pastCue	-	-
    shot	pastCue	-	-
    stormed	pastCue	-	-
    struck	pastCue	-	-
    blew	pastCue	-	-
    # A weekday after these is a holiday or an event's name (`Good Friday`, `Bloody Sunday`).
    good	weekdayBlockBefore	-	-
    black	weekdayBlockBefore	-	-
    ash	weekdayBlockBefore	-	-
    palm	weekdayBlockBefore	-	-
    easter	weekdayBlockBefore	-	-
    holy	weekdayBlockBefore	-	-
    maundy	weekdayBlockBefore	-	-
    bloody	weekdayBlockBefore	-	-
    super	weekdayBlockBefore	-	-
    cyber	weekdayBlockBefore	-	-
    blue	weekdayBlockBefore	-	-
    # A capitalised word after a weekday or `Today` that makes it an outlet's name.
    times	nameAfter	-	-
    telegraph	nameAfter	-	-
    guardian	nameAfter	-	-
    express	nameAfter	-	-
    mail	nameAfter	-	-
    observer	nameAfter	-	-
    post	nameAfter	-	-
    herald	nameAfter	-	-
    tribune	nameAfter	-	-
    independent	nameAfter	-	-
    mirror	nameAfter	-	-
    standard	nameAfter	-	-
    star	nameAfter	-	-
    nation	nameAfter	-	-
    sun	nameAfter	-	-
    news	nameAfter	-	-
    magazine	nameAfter	-	-
    show	nameAfter	-	-
    programme	nameAfter	-	-
    program	nameAfter	-	-
    edition	nameAfter	-	-
    # A past form after these is a participle, not the tense of the clause (`will be held`).
    be	auxiliary	-	-
    been	auxiliary	-	-
    being	auxiliary	-	-
    has	auxiliary	-	-
    have	auxiliary	-	-
    having	auxiliary	-	-
    get	auxiliary	-	-
    got	auxiliary	-	-
    # `to` before a year is a cue after these (`dates back to 1947`, `up to 2025`).
    back	toCue	-	-
    up	toCue	-	-
    dating	toCue	-	-
    # Determiners before a year that modifies a noun (`the 2008 elections`).
    the	determiner	-	-
    a	determiner	-	-
    its	determiner	-	-
    their	determiner	-	-
    his	determiner	-	-
    her	determiner	-	-
    this	determiner	-	-
    that	determiner	-	-
    # Words that join the parts of a range or a list of dates.
    and	rangeWord	-	-
    or	rangeWord	-	-
    to	rangeWord	-	-
    till	rangeWord	-	-
    until	rangeWord	-	-
    through	rangeWord	-	-
    -	rangeWord	-	-
    ,	rangeWord	-	-
    """
}

/// One row of the date lexicon.
struct DateWord: Sendable, Hashable {
    enum Class: String, Sendable, CaseIterable {
        case month, weekday, season, decade, hundreds, tens, fiscal, ordinal, modifier, periodPart, deictic, unit, anchor, ago
        case yearCue, monthCue, quantityNoun, countNoun, yearNoun, futureCue, pastCue
        case weekdayBlockBefore, nameAfter, rangeWord, auxiliary, toCue, determiner
    }

    let wordClass: Class
    let value: String
    let flags: Set<String>

    var intValue: Int? { Int(value) }
}

/// The parsed date lexicon: token key → its rows. Parsed once, on first use.
struct DateLexicon: Sendable {
    let entries: [String: [DateWord]]

    static let shared: DateLexicon = {
        do {
            return try DateLexicon(tables: [
                ("calendar", DateLexiconData.calendar), ("ordinals", DateLexiconData.ordinals),
                ("relative", DateLexiconData.relative), ("context", DateLexiconData.context),
            ])
        } catch {
            // The tables are source code: a malformed row is a programming error, caught by the tests.
            fatalError("date lexicon: \(error)")
        }
    }()

    init(tables: [(name: String, text: String)]) throws {
        var entries: [String: [DateWord]] = [:]
        for (name, text) in tables {
            let table = try TSVTable(text: text, file: "DateLexicon.\(name)", requiredColumns: ["word", "class", "value", "flags"])
            let word = table.column("word"), kind = table.column("class")
            let value = table.column("value"), flags = table.column("flags")
            for row in table.rows {
                let key = row.cells[word].trimmingCharacters(in: .whitespaces)
                guard let wordClass = DateWord.Class(rawValue: row.cells[kind]) else {
                    throw GazetteerError(file: "DateLexicon.\(name)", line: row.line, problem: "unknown class \(row.cells[kind])")
                }
                let flagSet = row.cells[flags] == "-" ? [] : Set(TSVTable.list(row.cells[flags]))
                entries[key, default: []].append(DateWord(wordClass: wordClass, value: row.cells[value], flags: flagSet))
            }
        }
        self.entries = entries
    }

    /// The row of `key` in `wordClass`, if any.
    func word(_ key: String, _ wordClass: DateWord.Class) -> DateWord? {
        entries[key]?.first { $0.wordClass == wordClass }
    }

    func contains(_ key: String, _ wordClass: DateWord.Class) -> Bool {
        word(key, wordClass) != nil
    }
}
