import ConflictMinerCore
import ConflictMinerExtractors

/// One kind of entity the pipeline finds, described in one place: its type, the extractor that
/// finds it and the data files that extractor reads, the attributes scored on strict matches, and
/// how the HTML pages and brat show it.
///
/// `Dimension.standard` holds the spec's four, in the order the pipeline runs them; the
/// extractor registry, the scorer, the HTML pages, brat's `visual.conf` and `serve`'s version
/// report all read it, so that a new kind of entity is one entry here (and its extractor).
public struct Dimension: Sendable {
    /// How pages and brat show entities of the type: a colour plus a border style plus a label,
    /// the colours (after Okabe and Ito) apart for colour-blind readers and in greyscale print,
    /// where the border style still tells them apart.
    public struct Style: Sendable {
        /// The CSS class of the type's marks and chips (`t-date`).
        public let cssClass: String
        /// Its colours and underline, as CSS custom properties (`--bg`, `--fg`, `--bs`, `--bw`).
        public let cssProperties: String
        /// A sample and a description for the legend.
        public let sample: String
        public let description: String
        /// brat's label and background colour.
        public let bratLabel: String
        public let bratColour: String
    }

    /// The extractor's name (`--extractors`).
    public let name: String
    public let type: EntityType
    /// The data files the extractor reads, relative to the gazetteer folder.
    public let tables: [String]
    /// The attributes whose values are scored on strict matches; empty when only spans are.
    public let scoredAttributes: [String]
    public let style: Style
    /// Loads the extractor from a gazetteer folder.
    public let makeExtractor: ExtractorRegistry.Factory

    /// The style of a type no dimension describes (a BRAT file may hold any type).
    public static let otherStyle = Style(cssClass: "t-other", cssProperties: "--bg:#e8eaed;--fg:#4b5563;--bs:solid;--bw:1px",
                                         sample: "", description: "other type (grey, thin underline)",
                                         bratLabel: "", bratColour: "")

    /// The style of a type: its dimension's, else the one of other types.
    public static func style(of type: EntityType) -> Style {
        standard.first { $0.type == type }?.style ?? otherStyle
    }

    /// The spec's four, in the order the pipeline runs them.
    public static let standard: [Dimension] = [
        Dimension(
            name: "date", type: .date,
            tables: CommonLexicon.dateTables.map(CommonLexicon.path) + DateLexicon.tables.map { "lexicons/dates/\($0).tsv" }
                + NumberParser.tables.map { "lexicons/numbers/\($0).tsv" },
            scoredAttributes: ["Value"],
            style: Style(cssClass: "t-date", cssProperties: "--bg:#dbeaf7;--fg:#005a8e;--bs:solid;--bw:2px",
                         sample: "November 9", description: "date or period (blue, solid underline)",
                         bratLabel: "Date", bratColour: "#cfe2ff"),
            makeExtractor: { gazetteers, _ in
                DateExtractor(recognizer: DateRecognizer(lexicon: try DateLexicon(in: gazetteers),
                                                         numbers: try NumberParser(in: gazetteers)))
            }),
        Dimension(
            name: "place", type: .place,
            tables: ["places.tsv", "lexicons/people.tsv", "lexicons/subdivision-codes.tsv",
                     CommonLexicon.path("calendar"), CommonLexicon.path("demonyms")]
                + PlaceLexicon.tables.map { "lexicons/places/\($0).tsv" },
            scoredAttributes: ["Country"],
            style: Style(cssClass: "t-place", cssProperties: "--bg:#d2f0e2;--fg:#00704f;--bs:dashed;--bw:2px",
                         sample: "Quetta", description: "named place (green, dashed underline)",
                         bratLabel: "Place", bratColour: "#c3fae8"),
            makeExtractor: { gazetteers, analyzer in
                // The gazetteer's load is the longest of start-up: the word lists are read beside
                // it, on a thread of their own, instead of after it.
                let lists = Concurrently { (try PlaceLexicon(in: gazetteers), try PersonNames(in: gazetteers)) }
                let loaded = Result {
                    try PlaceGazetteer(contentsOf: gazetteers.file("places.tsv"), analyzer: analyzer,
                                       adding: gazetteers.overlay, compiledIn: gazetteers.compiledCache)
                }
                let read = Result { try lists.value() }  // (waited for whatever the gazetteer gave)
                let places = try loaded.get(), (lexicon, people) = try read.get()
                return try PlaceExtractor(gazetteer: places, lexicon: lexicon, people: people,
                                          codes: SubdivisionCodes(in: gazetteers, places: places))
            }),
        Dimension(
            name: "casualty", type: .casualty,
            tables: CasualtyExtractor.tables.map { "lexicons/casualties/\($0).tsv" } + [CommonLexicon.path("calendar")]
                + NumberParser.tables.map { "lexicons/numbers/\($0).tsv" },
            scoredAttributes: ["Count", "Kind"],
            style: Style(cssClass: "t-casualty", cssProperties: "--bg:#fde0cc;--fg:#a83c00;--bs:double;--bw:4px",
                         sample: "at least 26", description: "count of killed, injured or abducted (orange, double underline)",
                         bratLabel: "Casualty", bratColour: "#ffc9c9"),
            makeExtractor: { gazetteers, _ in
                try CasualtyExtractor(in: gazetteers, numbers: try NumberParser(in: gazetteers))
            }),
        Dimension(
            name: "group", type: .group,
            tables: ["groups.tsv"] + GroupPatterns.tables.map { "lexicons/groups/\($0).tsv" } + CommonLexicon.paths,
            scoredAttributes: [],
            style: Style(cssClass: "t-group", cssProperties: "--bg:#f3dcee;--fg:#8a3a7a;--bs:dotted;--bw:3px",
                         sample: "Jaish al-Adl", description: "named armed group (purple, dotted underline)",
                         bratLabel: "Group", bratColour: "#ffe8cc"),
            makeExtractor: { gazetteers, analyzer in
                let patterns = try GroupPatterns(in: gazetteers)
                return GroupExtractor(gazetteer: try GroupGazetteer(contentsOf: gazetteers.file("groups.tsv"), analyzer: analyzer,
                                                                    patterns: patterns, adding: gazetteers.overlay.groups),
                                      patterns: patterns)
            }),
    ]
}
