/// The words the number-phrase parser knows, as data.
///
/// Each table is tab-separated with a header row; `#` lines are comments. Words are token keys
/// (case-folded, as `Token.key`); a multi-word phrase is written with single spaces between its
/// keys and matches the same keys separated by any whitespace. Adding a word is a one-line edit.
enum NumberLexiconData {
    /// `word	value	class`
    ///
    /// Classes:
    /// - `unit` (1–19) and `tens` (20–90): the parts of a cardinal (`twenty`-`six`).
    /// - `hundred`: multiplies what stands before it (`two hundred`, `a hundred`).
    /// - `scale`: `thousand`, `million`: closes a group (`1,200` = `one thousand two hundred`).
    /// - `dozen`: 12, with an optional multiplier before it (`a dozen`, `two dozen`,
    ///   `half a dozen`).
    /// - `vague`: a plural that gives no number but implies a lower bound, and reads as
    ///   `at_least` that bound: `dozens` 24 (two dozen), `scores` 40 (two score), `hundreds` 200,
    ///   `thousands` 2000, `millions` 2000000. `tens` and `hundreds` multiply a following
    ///   `of thousands` (`tens of thousands` 20000).
    /// - `article`: `a`, `an` — count 1 before a singular noun (`killing a soldier`), and the
    ///   multiplier 1 of `a hundred`, `a dozen`.
    /// - `another`: count 1 before a singular noun (`another soldier`); before a number it is a
    ///   determiner (`another 10`) and the count is the number.
    /// - `half`: only in `half a dozen` (6).
    static let words = """
    word	value	class
    one	1	unit
    two	2	unit
    three	3	unit
    four	4	unit
    five	5	unit
    six	6	unit
    seven	7	unit
    eight	8	unit
    nine	9	unit
    ten	10	unit
    eleven	11	unit
    twelve	12	unit
    thirteen	13	unit
    fourteen	14	unit
    fifteen	15	unit
    sixteen	16	unit
    seventeen	17	unit
    eighteen	18	unit
    nineteen	19	unit
    twenty	20	tens
    thirty	30	tens
    forty	40	tens
    fourty	40	tens
    fifty	50	tens
    sixty	60	tens
    seventy	70	tens
    eighty	80	tens
    ninety	90	tens
    hundred	100	hundred
    thousand	1000	scale
    million	1000000	scale
    dozen	12	dozen
    dozens	24	vague
    scores	40	vague
    hundreds	200	vague
    thousands	2000	vague
    millions	2000000	vague
    tens	20	vague
    a	1	article
    an	1	article
    another	1	another
    half	0	half
    """

    /// `phrase	qualifier	position`
    ///
    /// `pre` phrases stand before the number (`at least 26`), `post` phrases after it
    /// (`10 or more`). The qualifier is the spec's `Qualifier`: `at_least`, `at_most`, `approx`.
    /// `as many as` is read as an upper figure (`up to`): reporters use it for the highest
    /// count given.
    static let qualifiers = """
    phrase	qualifier	position
    at least	at_least	pre
    more than	at_least	pre
    well over	at_least	pre
    just over	at_least	pre
    over	at_least	pre
    upwards of	at_least	pre
    upward of	at_least	pre
    in excess of	at_least	pre
    no fewer than	at_least	pre
    no less than	at_least	pre
    not less than	at_least	pre
    not fewer than	at_least	pre
    a minimum of	at_least	pre
    up to	at_most	pre
    fewer than	at_most	pre
    less than	at_most	pre
    at most	at_most	pre
    no more than	at_most	pre
    not more than	at_most	pre
    a maximum of	at_most	pre
    as many as	at_most	pre
    just under	at_most	pre
    about	approx	pre
    around	approx	pre
    some	approx	pre
    nearly	approx	pre
    almost	approx	pre
    roughly	approx	pre
    approximately	approx	pre
    close to	approx	pre
    an estimated	approx	pre
    estimated	approx	pre
    circa	approx	pre
    or more	at_least	post
    plus	at_least	post
    - plus	at_least	post
    or so	approx	post
    - odd	approx	post
    odd	approx	post
    """

    /// `phrase	role`
    ///
    /// Words around numbers that the parser reads but that are not numbers themselves:
    /// - `rangeJoin`: between the two ends of a range (`10 to 15`, `10-15`, `two or three`).
    /// - `rangeOpen`: opens a range closed by `and` (`between 10 and 15`).
    /// - `notArticle`: after `a`/`an`, the article is not a count (`a few`, `a number of`,
    ///   `a total of 26` — the count is the number after).
    /// - `upToBlock`: a verb before `up to` that makes it a motion, not a bound
    ///   (`the toll went up to 31`).
    /// - `rangeBlock`: before a range's first number, `from` makes `from 10 to 15` a change, not a
    ///   range.
    static let roles = """
    phrase	role
    to	rangeJoin
    -	rangeJoin
    or	rangeJoin
    between	rangeOpen
    few	notArticle
    number	notArticle
    total	notArticle
    lot	notArticle
    couple	notArticle
    handful	notArticle
    further	notArticle
    additional	notArticle
    more	notArticle
    fresh	notArticle
    new	notArticle
    went	upToBlock
    gone	upToBlock
    go	upToBlock
    goes	upToBlock
    going	upToBlock
    rose	upToBlock
    risen	upToBlock
    rise	upToBlock
    rises	upToBlock
    jumped	upToBlock
    shot	upToBlock
    climbed	upToBlock
    moved	upToBlock
    from	rangeBlock
    """
}
