import ConflictMinerCore

/// The words the place, casualty and group rules compare tokens with, as probes made once: each
/// rule family looks them up in a document's keys (`TokenKeys.id(of:)`) and compares key ids.
/// (The hyphen's, which the phrase matcher uses too, is in `ConflictMinerCore`.)
extension KeyProbe {
    static let a = KeyProbe("a"), an = KeyProbe("an"), and = KeyProbe("and"), another = KeyProbe("another")
    static let `as` = KeyProbe("as"), by = KeyProbe("by"), `for` = KeyProbe("for"), `in` = KeyProbe("in")
    static let including = KeyProbe("including"), islamic = KeyProbe("islamic"), many = KeyProbe("many")
    static let news = KeyProbe("news"), of = KeyProbe("of"), old = KeyProbe("old"), one = KeyProbe("one")
    static let or = KeyProbe("or"), others = KeyProbe("others"), state = KeyProbe("state"), the = KeyProbe("the")
    static let well = KeyProbe("well"), with = KeyProbe("with"), year = KeyProbe("year"), years = KeyProbe("years")
    /// `'s`, a token of its own.
    static let possessive = KeyProbe("'s")
    static let colon = KeyProbe(":"), comma = KeyProbe(","), semicolon = KeyProbe(";")
    static let slash = KeyProbe("/"), stop = KeyProbe(".")
    static let openingParenthesis = KeyProbe("("), closingParenthesis = KeyProbe(")")
}
