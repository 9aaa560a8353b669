/// The words the casualty extractor reads, as data.
///
/// Every table is tab-separated with a header row; `#` lines are comments. Words are token keys
/// (case-folded, apostrophes as `'`, hyphens as `-`); a phrase is written with one space between
/// its keys and matches the same keys with any whitespace between them. Adding a word is a
/// one-line edit to one table.
enum CasualtyLexiconData {
    /// `phrase	class	kind	flags`
    ///
    /// Classes (where in a sentence the phrase stands, relative to the count):
    /// - `predicate`: after the count and its victim noun (`10 officers were killed`,
    ///   `six soldiers lost their lives`, `Four killed`, `five dead`, `took 20 passengers hostage`).
    /// - `trigger`: a verb before the count, whose object the count is (`killing 10 officers`).
    /// - `nounOf`: a noun and preposition before the count (`the death of six`,
    ///   `claimed the life of another soldier`, `bodies of 11 soldiers`, `injuries to 17 others`).
    /// - `adjective`: between the count and the victim noun (`the five slain bandits`,
    ///   `the three injured soldiers`).
    /// - `including`: before a count that is a part of one just given (`including a major`);
    ///   kind `-` takes the kind of that count, a kind here says it (`among the dead were`).
    /// - `partitive`: after `of the` / `of those` in a partitive (`four of the victims`,
    ///   `two of those killed`); kind `-` takes the kind of the last count in the document.
    /// - `nounKind`: a head noun that says the kind itself (`11 bodies`, `three remains of …`,
    ///   `12 deaths`).
    /// - `toll`: the word before `toll` (`death toll` killed); a bare `toll` counts deaths.
    /// - `injuryVerb`, `injuryNoun`: `sustained`/`suffered` … `injuries`/`wounds`, with up to two
    ///   words between (`sustained varying injuries`, `suffered gunshot wounds`).
    ///
    /// Flags (`|` list, `-` for none):
    /// - `transitive`: a participle that may also be an active verb; after a count with no
    ///   passive auxiliary and followed by an object, the count is the doer, not a victim
    ///   (`20 gunmen killed a soldier`).
    /// - `weak`: `shot` alone is injured; in a chain (`shot and killed`) the next verb decides,
    ///   and `dead` after the victims makes it killed (`shot 14 personnel dead`).
    /// - `strict`: the object must be a known victim noun (`claimed 32 people`, `lost 12
    ///   soldiers`, not `claimed 10 attacks`).
    /// - `lives`: only with the noun `lives` (`claimed 10 lives`, `10 lives were lost`).
    /// - `reflexive`: an attacker's own death (`blew himself up`), which may stand far from its
    ///   subject in the sentence (`a brother … martyred himself`).
    static let phrases = """
    phrase	class	kind	flags
    # Killed, after the victims.
    killed	predicate	killed	transitive
    dead	predicate	killed	-
    died	predicate	killed	-
    die	predicate	killed	-
    dies	predicate	killed	-
    perished	predicate	killed	-
    martyred	predicate	killed	transitive
    martyered	predicate	killed	transitive
    slain	predicate	killed	-
    murdered	predicate	killed	transitive
    massacred	predicate	killed	transitive
    slaughtered	predicate	killed	transitive
    butchered	predicate	killed	transitive
    beheaded	predicate	killed	transitive
    decapitated	predicate	killed	transitive
    assassinated	predicate	killed	transitive
    lynched	predicate	killed	transitive
    gunned down	predicate	killed	transitive
    mowed down	predicate	killed	transitive
    mown down	predicate	killed	transitive
    shot dead	predicate	killed	transitive
    shot to death	predicate	killed	transitive
    fatally shot	predicate	killed	transitive
    fatally wounded	predicate	killed	transitive
    fatally injured	predicate	killed	transitive
    fatally stabbed	predicate	killed	transitive
    burnt to death	predicate	killed	transitive
    burned to death	predicate	killed	transitive
    burnt alive	predicate	killed	transitive
    burned alive	predicate	killed	transitive
    hacked to death	predicate	killed	transitive
    stabbed to death	predicate	killed	transitive
    beaten to death	predicate	killed	transitive
    bludgeoned to death	predicate	killed	transitive
    clubbed to death	predicate	killed	transitive
    crushed to death	predicate	killed	transitive
    lost their lives	predicate	killed	-
    lost their life	predicate	killed	-
    lost his life	predicate	killed	-
    lost her life	predicate	killed	-
    lost lives	predicate	killed	-
    losing their lives	predicate	killed	-
    lose their lives	predicate	killed	-
    lost	predicate	killed	lives
    succumbed	predicate	killed	-
    breathed their last	predicate	killed	-
    breathed his last	predicate	killed	-
    met their death	predicate	killed	-
    met their deaths	predicate	killed	-
    met his death	predicate	killed	-
    embraced martyrdom	predicate	killed	-
    embraced shahadat	predicate	killed	-
    attained martyrdom	predicate	killed	-
    killed in action	predicate	killed	-
    among the dead	predicate	killed	-
    among those killed	predicate	killed	-
    among the killed	predicate	killed	-
    among the fatalities	predicate	killed	-
    # An attacker's own death.
    blew himself up	predicate	killed	reflexive
    blew herself up	predicate	killed	reflexive
    blew themselves up	predicate	killed	reflexive
    blown himself up	predicate	killed	reflexive
    blown themselves up	predicate	killed	reflexive
    blowing himself up	predicate	killed	reflexive
    blowing themselves up	predicate	killed	reflexive
    blew up himself	predicate	killed	reflexive
    blew up themselves	predicate	killed	reflexive
    martyred himself	predicate	killed	reflexive
    martyred herself	predicate	killed	reflexive
    martyred themselves	predicate	killed	reflexive
    killed himself	predicate	killed	reflexive
    killed herself	predicate	killed	reflexive
    killed themselves	predicate	killed	reflexive
    detonated himself	predicate	killed	reflexive
    detonated herself	predicate	killed	reflexive
    detonated themselves	predicate	killed	reflexive
    exploded himself	predicate	killed	reflexive
    exploded themselves	predicate	killed	reflexive
    # Injured, after the victims.
    injured	predicate	injured	transitive
    wounded	predicate	injured	transitive
    hurt	predicate	injured	transitive
    maimed	predicate	injured	transitive
    shot	predicate	injured	transitive|weak
    among the injured	predicate	injured	-
    among the wounded	predicate	injured	-
    among those injured	predicate	injured	-
    among those wounded	predicate	injured	-
    # Abducted, after the victims.
    abducted	predicate	abducted	transitive
    kidnapped	predicate	abducted	transitive
    kidnaped	predicate	abducted	transitive
    taken hostage	predicate	abducted	-
    held hostage	predicate	abducted	-
    taken captive	predicate	abducted	-
    held captive	predicate	abducted	-
    hostage	predicate	abducted	-
    captive	predicate	abducted	-
    whisked away	predicate	abducted	transitive
    carted away	predicate	abducted	transitive
    taken away	predicate	abducted	-
    among the abducted	predicate	abducted	-
    among the kidnapped	predicate	abducted	-
    among those abducted	predicate	abducted	-
    among those kidnapped	predicate	abducted	-
    # Verbs before the count.
    kill	trigger	killed	-
    kills	trigger	killed	-
    killed	trigger	killed	-
    killing	trigger	killed	-
    martyr	trigger	killed	-
    martyrs	trigger	killed	-
    martyred	trigger	killed	-
    martyring	trigger	killed	-
    murder	trigger	killed	-
    murders	trigger	killed	-
    murdered	trigger	killed	-
    murdering	trigger	killed	-
    massacre	trigger	killed	-
    massacres	trigger	killed	-
    massacred	trigger	killed	-
    massacring	trigger	killed	-
    slaughter	trigger	killed	-
    slaughters	trigger	killed	-
    slaughtered	trigger	killed	-
    slaughtering	trigger	killed	-
    butchered	trigger	killed	-
    behead	trigger	killed	-
    beheads	trigger	killed	-
    beheaded	trigger	killed	-
    beheading	trigger	killed	-
    decapitated	trigger	killed	-
    assassinate	trigger	killed	-
    assassinated	trigger	killed	-
    lynch	trigger	killed	-
    lynched	trigger	killed	-
    slay	trigger	killed	-
    slays	trigger	killed	-
    slew	trigger	killed	-
    slaying	trigger	killed	-
    slain	trigger	killed	-
    shot dead	trigger	killed	-
    fatally shot	trigger	killed	-
    fatally shooting	trigger	killed	-
    fatally wounded	trigger	killed	-
    fatally wounding	trigger	killed	-
    fatally stabbed	trigger	killed	-
    shoot dead	trigger	killed	-
    shoots dead	trigger	killed	-
    shooting dead	trigger	killed	-
    gunned down	trigger	killed	-
    gun down	trigger	killed	-
    guns down	trigger	killed	-
    gunning down	trigger	killed	-
    mowed down	trigger	killed	-
    claimed	trigger	killed	strict
    claiming	trigger	killed	strict
    claims	trigger	killed	strict
    claim	trigger	killed	strict
    lost	trigger	killed	strict
    losing	trigger	killed	strict
    loses	trigger	killed	strict
    lose	trigger	killed	strict
    cost	trigger	killed	lives
    costing	trigger	killed	lives
    took	trigger	killed	lives
    taking	trigger	killed	lives
    takes	trigger	killed	lives
    injure	trigger	injured	-
    injures	trigger	injured	-
    injured	trigger	injured	-
    injuring	trigger	injured	-
    wound	trigger	injured	-
    wounds	trigger	injured	-
    wounded	trigger	injured	-
    wounding	trigger	injured	-
    hurt	trigger	injured	strict
    hurting	trigger	injured	strict
    maimed	trigger	injured	-
    maiming	trigger	injured	-
    shot	trigger	injured	strict|weak
    shoot	trigger	injured	strict|weak
    shoots	trigger	injured	strict|weak
    shooting	trigger	injured	strict|weak
    abduct	trigger	abducted	-
    abducts	trigger	abducted	-
    abducted	trigger	abducted	-
    abducting	trigger	abducted	-
    kidnap	trigger	abducted	-
    kidnaps	trigger	abducted	-
    kidnapped	trigger	abducted	-
    kidnaped	trigger	abducted	-
    kidnapping	trigger	abducted	-
    seized	trigger	abducted	strict
    seizing	trigger	abducted	strict
    whisked away	trigger	abducted	strict
    carted away	trigger	abducted	strict
    carried away	trigger	abducted	strict
    # Nouns before the count.
    death of	nounOf	killed	-
    deaths of	nounOf	killed	-
    killing of	nounOf	killed	-
    killings of	nounOf	killed	-
    murder of	nounOf	killed	-
    murders of	nounOf	killed	-
    massacre of	nounOf	killed	-
    slaughter of	nounOf	killed	-
    beheading of	nounOf	killed	-
    beheadings of	nounOf	killed	-
    martyrdom of	nounOf	killed	-
    lives of	nounOf	killed	-
    life of	nounOf	killed	-
    bodies of	nounOf	killed	-
    body of	nounOf	killed	-
    remains of	nounOf	killed	-
    corpses of	nounOf	killed	-
    funeral of	nounOf	killed	-
    funerals of	nounOf	killed	-
    burial of	nounOf	killed	-
    injuries to	nounOf	injured	-
    injury to	nounOf	injured	-
    injury of	nounOf	injured	-
    injuries of	nounOf	injured	-
    injuring of	nounOf	injured	-
    wounding of	nounOf	injured	-
    abduction of	nounOf	abducted	-
    abductions of	nounOf	abducted	-
    kidnapping of	nounOf	abducted	-
    kidnappings of	nounOf	abducted	-
    kidnap of	nounOf	abducted	-
    # Adjectives between the count and the victims.
    slain	adjective	killed	-
    dead	adjective	killed	-
    killed	adjective	killed	-
    martyred	adjective	killed	-
    murdered	adjective	killed	-
    deceased	adjective	killed	-
    injured	adjective	injured	-
    wounded	adjective	injured	-
    abducted	adjective	abducted	-
    kidnapped	adjective	abducted	-
    # Parts of a count just given.
    including	including	-	-
    includes	including	-	-
    included	including	-	-
    include	including	-	-
    among them	including	-	-
    among whom	including	-	-
    among them were	including	-	-
    among the victims	including	-	-
    among the victims were	including	-	-
    among the dead	including	killed	-
    among the dead were	including	killed	-
    among those killed	including	killed	-
    among those killed were	including	killed	-
    among the killed	including	killed	-
    among the injured	including	injured	-
    among the injured were	including	injured	-
    among the wounded	including	injured	-
    among the wounded were	including	injured	-
    among those injured	including	injured	-
    among those injured were	including	injured	-
    among those wounded	including	injured	-
    among the abducted	including	abducted	-
    among the kidnapped	including	abducted	-
    among the hostages	including	abducted	-
    # After `of the` / `of those` in a partitive.
    victims	partitive	-	-
    casualties	partitive	-	-
    dead	partitive	killed	-
    killed	partitive	killed	-
    deceased	partitive	killed	-
    slain	partitive	killed	-
    fatalities	partitive	killed	-
    martyred	partitive	killed	-
    injured	partitive	injured	-
    wounded	partitive	injured	-
    abducted	partitive	abducted	-
    kidnapped	partitive	abducted	-
    # Head nouns that carry the kind.
    bodies	nounKind	killed	-
    body	nounKind	killed	-
    remains	nounKind	killed	-
    corpses	nounKind	killed	-
    corpse	nounKind	killed	-
    cadavers	nounKind	killed	-
    deaths	nounKind	killed	-
    fatalities	nounKind	killed	-
    # Before `toll`.
    death	toll	killed	-
    fatality	toll	killed	-
    injury	toll	injured	-
    # `sustained … injuries`
    sustained	injuryVerb	injured	-
    sustaining	injuryVerb	injured	-
    suffered	injuryVerb	injured	-
    suffering	injuryVerb	injured	-
    received	injuryVerb	injured	-
    receiving	injuryVerb	injured	-
    injuries	injuryNoun	injured	-
    injury	injuryNoun	injured	-
    wounds	injuryNoun	injured	-
    wound	injuryNoun	injured	-
    burns	injuryNoun	injured	-
    """

    /// `word	class`
    ///
    /// Classes:
    /// - `aux`, `passive`: auxiliaries and raising verbs between the victims and the predicate
    ///   (`might have been`, `are believed to have been`); `passive` ones make the predicate a
    ///   passive (`were killed`), so no object check applies.
    /// - `adverb`: may stand between the victims or auxiliary and the predicate.
    /// - `negator`: a negated predicate is no casualty (`were not hurt`).
    /// - `outcome`: an outcome that is not a casualty; a count that also covers it, or is the
    ///   object of it, is not annotated (`killed and arrested dozens`, `arrested 10 suspects`).
    /// - `gap`: between a verb and its count (`killing the six soldiers`, `killed all four`).
    /// - `relative`: `who`, `that`, `which` between the victims and the predicate.
    /// - `insertion`: opens a comma insertion that the predicate search skips
    ///   (`Twelve people, including 10 bandits, were killed`).
    /// - `coordination`: joins counts of the same predicate (`three soldiers and five militants`).
    /// - `objectStart`: after a participle, a word that starts an object: the participle is
    ///   active (`20 gunmen killed the driver`).
    /// - `tollPrep`: between `toll` and its count (`rose to 31`, `stood at 31`, `was seven`).
    /// - `date`: weekday and month names: a number beside a month is a date; neither is a victim.
    /// - `currency`: before a number that is money.
    /// - `more`: a comparative before the victim noun, outside `Victims` (`three more soldiers`).
    /// - `stop`: ends a victim noun phrase (function words, pronouns, time words, speech verbs).
    /// - `nonPerson`: a noun whose count is not of people (units, money, vehicles, buildings,
    ///   weapons, animals, events).
    /// - `noCount`: before `one`, not a count (`no one`, `every one`).
    /// - `objectPronoun`: a pronoun object joined to a count after the same verb (`killing him and
    ///   two others`); the verb still reaches the count.
    static let words = """
    word	class
    him	objectPronoun
    her	objectPronoun
    them	objectPronoun
    himself	objectPronoun
    herself	objectPronoun
    themselves	objectPronoun
    was	passive
    were	passive
    is	passive
    are	passive
    be	passive
    been	passive
    being	passive
    am	passive
    got	passive
    get	passive
    gets	passive
    getting	passive
    became	passive
    become	passive
    becomes	passive
    have	aux
    has	aux
    had	aux
    having	aux
    may	aux
    might	aux
    could	aux
    would	aux
    will	aux
    shall	aux
    should	aux
    must	aux
    can	aux
    believed	aux
    thought	aux
    feared	aux
    said	aux
    reported	aux
    confirmed	aux
    presumed	aux
    understood	aux
    known	aux
    likely	aux
    found	aux
    left	aux
    to	aux
    also	adverb
    reportedly	adverb
    allegedly	adverb
    critically	adverb
    seriously	adverb
    severely	adverb
    fatally	adverb
    badly	adverb
    grievously	adverb
    gravely	adverb
    mortally	adverb
    slightly	adverb
    lightly	adverb
    mildly	adverb
    instantly	adverb
    immediately	adverb
    brutally	adverb
    later	adverb
    subsequently	adverb
    eventually	adverb
    apparently	adverb
    initially	adverb
    tragically	adverb
    all	adverb
    both	adverb
    each	adverb
    just	adverb
    only	adverb
    already	adverb
    now	adverb
    earlier	adverb
    then	adverb
    still	adverb
    officially	adverb
    altogether	adverb
    together	adverb
    mistakenly	adverb
    accidentally	adverb
    summarily	adverb
    mercilessly	adverb
    cruelly	adverb
    indiscriminately	adverb
    simultaneously	adverb
    presumably	adverb
    possibly	adverb
    probably	adverb
    sadly	adverb
    again	adverb
    mostly	adverb
    mainly	adverb
    not	negator
    never	negator
    no	negator
    none	negator
    neither	negator
    nor	negator
    arrested	outcome
    arresting	outcome
    arrest	outcome
    arrests	outcome
    detained	outcome
    detaining	outcome
    detain	outcome
    captured	outcome
    capturing	outcome
    capture	outcome
    apprehended	outcome
    apprehending	outcome
    nabbed	outcome
    displaced	outcome
    displacing	outcome
    displace	outcome
    evacuated	outcome
    evacuating	outcome
    rescued	outcome
    rescuing	outcome
    rescue	outcome
    freed	outcome
    freeing	outcome
    free	outcome
    released	outcome
    releasing	outcome
    release	outcome
    missing	outcome
    surrendered	outcome
    deported	outcome
    executed	outcome
    executing	outcome
    execute	outcome
    hanged	outcome
    hanging	outcome
    sentenced	outcome
    convicted	outcome
    jailed	outcome
    imprisoned	outcome
    affected	outcome
    homeless	outcome
    fled	outcome
    handed	outcome
    recruited	outcome
    trained	outcome
    deployed	outcome
    stationed	outcome
    the	gap
    all	gap
    total	gap
    of	gap
    further	gap
    additional	gap
    another	gap
    who	relative
    that	relative
    which	relative
    including	insertion
    who	insertion
    which	insertion
    all	insertion
    most	insertion
    mostly	insertion
    many	insertion
    among	insertion
    both	insertion
    aged	insertion
    some	insertion
    mainly	insertion
    majority	insertion
    and	coordination
    &	coordination
    ,	coordination
    plus	coordination
    a	objectStart
    an	objectStart
    the	objectStart
    his	objectStart
    her	objectStart
    their	objectStart
    its	objectStart
    our	objectStart
    him	objectStart
    them	objectStart
    us	objectStart
    me	objectStart
    several	objectStart
    many	objectStart
    scores	objectStart
    dozens	objectStart
    hundreds	objectStart
    some	objectStart
    all	objectStart
    both	objectStart
    two	objectStart
    one	objectStart
    another	objectStart
    to	tollPrep
    at	tollPrep
    reached	tollPrep
    reach	tollPrep
    reaches	tollPrep
    hit	tollPrep
    hits	tollPrep
    was	tollPrep
    is	tollPrep
    of	tollPrep
    from	tollPrep
    :	tollPrep
    touched	tollPrep
    crossed	tollPrep
    surpassed	tollPrep
    stands	tollPrep
    stood	tollPrep
    monday	date
    tuesday	date
    wednesday	date
    thursday	date
    friday	date
    saturday	date
    sunday	date
    january	date
    february	date
    march	date
    april	date
    may	date
    june	date
    july	date
    august	date
    september	date
    october	date
    november	date
    december	date
    jan	date
    feb	date
    mar	date
    apr	date
    jun	date
    jul	date
    aug	date
    sep	date
    sept	date
    oct	date
    nov	date
    dec	date
    $	currency
    us$	currency
    usd	currency
    rs	currency
    pkr	currency
    inr	currency
    ₦	currency
    £	currency
    €	currency
    ¥	currency
    afn	currency
    ksh	currency
    sh	currency
    more	more
    other	more
    further	more
    additional	more
    # Words that end a victim noun phrase.
    the	stop
    a	stop
    an	stop
    of	stop
    in	stop
    on	stop
    at	stop
    by	stop
    for	stop
    from	stop
    to	stop
    with	stop
    without	stop
    near	stop
    into	stop
    inside	stop
    outside	stop
    across	stop
    along	stop
    during	stop
    after	stop
    before	stop
    since	stop
    until	stop
    while	stop
    when	stop
    whereas	stop
    where	stop
    as	stop
    and	stop
    or	stop
    but	stop
    nor	stop
    than	stop
    that	stop
    which	stop
    who	stop
    whom	stop
    whose	stop
    there	stop
    here	stop
    this	stop
    these	stop
    those	stop
    it	stop
    its	stop
    their	stop
    his	stop
    her	stop
    them	stop
    they	stop
    he	stop
    she	stop
    we	stop
    our	stop
    you	stop
    your	stop
    i	stop
    me	stop
    my	stop
    us	stop
    him	stop
    himself	stop
    herself	stop
    themselves	stop
    said	stop
    says	stop
    say	stop
    told	stop
    according	stop
    added	stop
    including	stop
    amid	stop
    despite	stop
    following	stop
    because	stop
    due	stop
    yesterday	stop
    today	stop
    tonight	stop
    overnight	stop
    morning	stop
    afternoon	stop
    evening	stop
    night	stop
    last	stop
    next	stop
    ago	stop
    so	stop
    far	stop
    more	stop
    among	stop
    against	stop
    per	stop
    were	stop
    was	stop
    is	stop
    are	stop
    been	stop
    be	stop
    have	stop
    has	stop
    had	stop
    reportedly	stop
    allegedly	stop
    also	stop
    all	stop
    both	stop
    each	stop
    later	stop
    earlier	stop
    still	stop
    believed	stop
    feared	stop
    may	stop
    might	stop
    could	stop
    would	stop
    will	stop
    not	stop
    never	stop
    sustained	stop
    suffered	stop
    received	stop
    # Nouns that are not people.
    km	nonPerson
    kms	nonPerson
    kilometres	nonPerson
    kilometers	nonPerson
    kilometre	nonPerson
    kilometer	nonPerson
    miles	nonPerson
    mile	nonPerson
    metres	nonPerson
    meters	nonPerson
    metre	nonPerson
    meter	nonPerson
    m	nonPerson
    feet	nonPerson
    foot	nonPerson
    yards	nonPerson
    inches	nonPerson
    kg	nonPerson
    kgs	nonPerson
    kilograms	nonPerson
    kilos	nonPerson
    tonnes	nonPerson
    tons	nonPerson
    litres	nonPerson
    liters	nonPerson
    acres	nonPerson
    hectares	nonPerson
    seconds	nonPerson
    minutes	nonPerson
    minute	nonPerson
    hours	nonPerson
    hour	nonPerson
    hrs	nonPerson
    days	nonPerson
    day	nonPerson
    nights	nonPerson
    weeks	nonPerson
    week	nonPerson
    months	nonPerson
    month	nonPerson
    years	nonPerson
    year	nonPerson
    decades	nonPerson
    decade	nonPerson
    centuries	nonPerson
    am	nonPerson
    pm	nonPerson
    gmt	nonPerson
    o'clock	nonPerson
    percent	nonPerson
    %	nonPerson
    rupees	nonPerson
    rupee	nonPerson
    dollars	nonPerson
    dollar	nonPerson
    euros	nonPerson
    naira	nonPerson
    afghanis	nonPerson
    rials	nonPerson
    tomans	nonPerson
    shillings	nonPerson
    cedis	nonPerson
    francs	nonPerson
    pounds	nonPerson
    crore	nonPerson
    crores	nonPerson
    lakh	nonPerson
    lakhs	nonPerson
    billion	nonPerson
    bn	nonPerson
    vehicles	nonPerson
    vehicle	nonPerson
    cars	nonPerson
    car	nonPerson
    trucks	nonPerson
    truck	nonPerson
    lorries	nonPerson
    buses	nonPerson
    bus	nonPerson
    motorcycles	nonPerson
    motorbikes	nonPerson
    bikes	nonPerson
    tankers	nonPerson
    tanks	nonPerson
    boats	nonPerson
    aircraft	nonPerson
    helicopters	nonPerson
    drones	nonPerson
    houses	nonPerson
    house	nonPerson
    homes	nonPerson
    home	nonPerson
    huts	nonPerson
    buildings	nonPerson
    building	nonPerson
    shops	nonPerson
    shop	nonPerson
    schools	nonPerson
    school	nonPerson
    mosques	nonPerson
    churches	nonPerson
    villages	nonPerson
    towns	nonPerson
    districts	nonPerson
    provinces	nonPerson
    sites	nonPerson
    locations	nonPerson
    places	nonPerson
    areas	nonPerson
    posts	nonPerson
    post	nonPerson
    checkposts	nonPerson
    checkpoints	nonPerson
    camps	nonPerson
    bases	nonPerson
    hideouts	nonPerson
    towers	nonPerson
    pylons	nonPerson
    pipelines	nonPerson
    bridges	nonPerson
    stations	nonPerson
    offices	nonPerson
    weapons	nonPerson
    guns	nonPerson
    rifles	nonPerson
    rounds	nonPerson
    bullets	nonPerson
    shots	nonPerson
    rockets	nonPerson
    missiles	nonPerson
    mortars	nonPerson
    shells	nonPerson
    bombs	nonPerson
    ieds	nonPerson
    grenades	nonPerson
    mines	nonPerson
    explosives	nonPerson
    attacks	nonPerson
    attack	nonPerson
    strikes	nonPerson
    strike	nonPerson
    raids	nonPerson
    raid	nonPerson
    incidents	nonPerson
    incident	nonPerson
    blasts	nonPerson
    blast	nonPerson
    explosions	nonPerson
    explosion	nonPerson
    bombings	nonPerson
    bombing	nonPerson
    operations	nonPerson
    operation	nonPerson
    clashes	nonPerson
    ambushes	nonPerson
    times	nonPerson
    occasions	nonPerson
    cases	nonPerson
    counts	nonPerson
    charges	nonPerson
    points	nonPerson
    seats	nonPerson
    votes	nonPerson
    rooms	nonPerson
    beds	nonPerson
    cattle	nonPerson
    cows	nonPerson
    cow	nonPerson
    goats	nonPerson
    sheep	nonPerson
    camels	nonPerson
    donkeys	nonPerson
    horses	nonPerson
    livestock	nonPerson
    animals	nonPerson
    dogs	nonPerson
    birds	nonPerson
    chickens	nonPerson
    elephants	nonPerson
    rhinos	nonPerson
    lions	nonPerson
    no	noCount
    any	noCount
    every	noCount
    each	noCount
    the	noCount
    someone	noCount
    """

    /// `word	number` — nouns for people who may be victims, `singular`, `plural` or `both`.
    /// A count needs one of these (or no noun at all) wherever its context is weak; an article
    /// (`a`, `an`, `another`) counts only before a singular one. Capitalised plurals not listed
    /// (`Hazaras`, `Pakistanis`) are taken as people too.
    static let victims = """
    word	number
    people	plural
    persons	plural
    person	singular
    individuals	plural
    individual	singular
    civilians	plural
    civilian	singular
    residents	plural
    resident	singular
    villagers	plural
    villager	singular
    locals	plural
    inhabitants	plural
    citizens	plural
    citizen	singular
    nationals	plural
    national	singular
    foreigners	plural
    foreigner	singular
    expatriates	plural
    tourists	plural
    tourist	singular
    coastguard	singular
    peacekeeper	singular
    cadre	singular
    councilor	singular
    monk	singular
    nephew	singular
    niece	singular
    cousin	singular
    uncle	singular
    friend	singular
    companion	singular
    colleague	singular
    aide	singular
    secretary	singular
    professor	singular
    agent	singular
    bystander	singular
    member	singular
    pilgrims	plural
    pilgrim	singular
    worshippers	plural
    worshipers	plural
    worshipper	singular
    worshiper	singular
    devotees	plural
    mourners	plural
    passengers	plural
    passenger	singular
    commuters	plural
    travellers	plural
    travelers	plural
    traveller	singular
    traveler	singular
    drivers	plural
    driver	singular
    motorists	plural
    motorist	singular
    motorcyclists	plural
    motorcyclist	singular
    cyclists	plural
    pedestrians	plural
    pedestrian	singular
    shoppers	plural
    customers	plural
    guests	plural
    spectators	plural
    fans	plural
    voters	plural
    protesters	plural
    protestors	plural
    protester	singular
    demonstrators	plural
    students	plural
    student	singular
    pupils	plural
    pupil	singular
    schoolchildren	plural
    schoolgirls	plural
    schoolgirl	singular
    schoolboys	plural
    schoolboy	singular
    children	plural
    child	singular
    kids	plural
    infants	plural
    infant	singular
    babies	plural
    baby	singular
    toddlers	plural
    toddler	singular
    minors	plural
    teenagers	plural
    teenager	singular
    teens	plural
    youths	plural
    youth	singular
    boys	plural
    boy	singular
    girls	plural
    girl	singular
    women	plural
    woman	singular
    men	plural
    man	singular
    elders	plural
    elder	singular
    relatives	plural
    relative	singular
    brothers	plural
    brother	singular
    sisters	plural
    sister	singular
    sons	plural
    son	singular
    daughters	plural
    daughter	singular
    father	singular
    mother	singular
    husband	singular
    wife	singular
    farmers	plural
    farmer	singular
    herders	plural
    herder	singular
    herdsmen	plural
    herdsman	singular
    fishermen	plural
    fisherman	singular
    shepherds	plural
    shepherd	singular
    hunters	plural
    miners	plural
    miner	singular
    labourers	plural
    labourer	singular
    laborers	plural
    laborer	singular
    workers	plural
    worker	singular
    employees	plural
    employee	singular
    staff	both
    staffers	plural
    staffer	singular
    contractors	plural
    contractor	singular
    engineers	plural
    engineer	singular
    technicians	plural
    technician	singular
    teachers	plural
    teacher	singular
    doctors	plural
    doctor	singular
    nurses	plural
    nurse	singular
    paramedics	plural
    medics	plural
    medic	singular
    volunteers	plural
    volunteer	singular
    journalists	plural
    journalist	singular
    reporters	plural
    reporter	singular
    photographers	plural
    photographer	singular
    cameramen	plural
    cameraman	singular
    activists	plural
    activist	singular
    lawyers	plural
    lawyer	singular
    judges	plural
    judge	singular
    clerics	plural
    cleric	singular
    imams	plural
    imam	singular
    priests	plural
    priest	singular
    monks	plural
    scholars	plural
    scholar	singular
    traders	plural
    trader	singular
    merchants	plural
    merchant	singular
    shopkeepers	plural
    shopkeeper	singular
    vendors	plural
    vendor	singular
    businessmen	plural
    businessman	singular
    politicians	plural
    politician	singular
    lawmakers	plural
    lawmaker	singular
    councillors	plural
    councillor	singular
    officials	plural
    official	singular
    officers	plural
    officer	singular
    policemen	plural
    policeman	singular
    policewomen	plural
    policewoman	singular
    police	both
    cops	plural
    cop	singular
    constables	plural
    constable	singular
    inspectors	plural
    inspector	singular
    troopers	plural
    trooper	singular
    personnel	plural
    soldiers	plural
    soldier	singular
    troops	plural
    servicemen	plural
    serviceman	singular
    sailors	plural
    sailor	singular
    marines	plural
    marine	singular
    airmen	plural
    pilots	plural
    pilot	singular
    guards	plural
    guard	singular
    gendarmes	plural
    gendarme	singular
    paramilitaries	plural
    militiamen	plural
    militiaman	singular
    militia	both
    forces	plural
    levies	plural
    rangers	plural
    ranger	singular
    commandos	plural
    commando	singular
    recruits	plural
    recruit	singular
    cadets	plural
    cadet	singular
    conscripts	plural
    reservists	plural
    veterans	plural
    jawans	plural
    jawan	singular
    sepoys	plural
    sepoy	singular
    warriors	plural
    warrior	singular
    combatants	plural
    combatant	singular
    fighters	plural
    fighter	singular
    militants	plural
    militant	singular
    insurgents	plural
    insurgent	singular
    rebels	plural
    rebel	singular
    terrorists	plural
    terrorist	singular
    jihadists	plural
    jihadist	singular
    jihadis	plural
    extremists	plural
    extremist	singular
    separatists	plural
    separatist	singular
    mujahideen	plural
    taliban	plural
    gunmen	plural
    gunman	singular
    attackers	plural
    attacker	singular
    assailants	plural
    assailant	singular
    bombers	plural
    bomber	singular
    raiders	plural
    bandits	plural
    bandit	singular
    kidnappers	plural
    kidnapper	singular
    pirates	plural
    smugglers	plural
    smuggler	singular
    criminals	plural
    robbers	plural
    suspects	plural
    suspect	singular
    hostages	plural
    hostage	singular
    captives	plural
    inmates	plural
    detainees	plural
    prisoners	plural
    commanders	plural
    commander	singular
    leaders	plural
    leader	singular
    chiefs	plural
    chief	singular
    members	plural
    cadres	plural
    operatives	plural
    operative	singular
    snipers	plural
    bodyguards	plural
    bodyguard	singular
    escorts	plural
    wardens	plural
    warden	singular
    watchmen	plural
    watchman	singular
    vigilantes	plural
    vigilante	singular
    tribesmen	plural
    tribesman	singular
    refugees	plural
    refugee	singular
    migrants	plural
    migrant	singular
    crew	both
    crewmen	plural
    occupants	plural
    victims	plural
    victim	singular
    martyrs	plural
    majors	plural
    major	singular
    captains	plural
    captain	singular
    lieutenants	plural
    lieutenant	singular
    colonels	plural
    colonel	singular
    brigadier	singular
    sergeants	plural
    sergeant	singular
    corporal	singular
    subedar	singular
    havildar	singular
    naik	singular
    sepoy	singular
    mayor	singular
    governor	singular
    chinese	plural
    japanese	plural
    vietnamese	plural
    sudanese	plural
    lebanese	plural
    congolese	plural
    burmese	plural
    senegalese	plural
    togolese	plural
    beninese	plural
    nepalese	plural
    baloch	plural
    baluch	plural
    """
}

/// What a casualty count reports: deaths, injuries or abductions (the spec's `Kind`).
public enum CasualtyKind: String, Sendable, Hashable {
    case killed, injured, abducted
}

/// `CasualtyLexiconData`, parsed once and indexed for matching forwards and backwards.
struct CasualtyLexicon: Sendable {
    enum PhraseClass: String, Sendable {
        case predicate, trigger, nounOf, adjective, including, partitive, nounKind, toll, injuryVerb, injuryNoun
    }

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let transitive = Flags(rawValue: 1 << 0)
        static let weak = Flags(rawValue: 1 << 1)
        static let strict = Flags(rawValue: 1 << 2)
        static let lives = Flags(rawValue: 1 << 3)
        static let reflexive = Flags(rawValue: 1 << 4)

        static let names: [String: Flags] = [
            "transitive": .transitive, "weak": .weak, "strict": .strict, "lives": .lives, "reflexive": .reflexive,
        ]
    }

    struct Entry: Sendable {
        let keys: [String]
        let phraseClass: PhraseClass
        /// nil where the table says `-`: the kind comes from the context.
        let kind: CasualtyKind?
        let flags: Flags
    }

    enum WordClass: String, Sendable {
        case aux, passive, adverb, negator, outcome, gap, relative, insertion, coordination, objectStart, tollPrep
        case date, currency, more, stop, nonPerson, noCount, objectPronoun
    }

    enum GrammaticalNumber: String, Sendable {
        case singular, plural, both
    }

    /// Entries by class and first key, longest first.
    let byFirst: [PhraseClass: [String: [Entry]]]
    /// Entries by class and last key, longest first.
    let byLast: [PhraseClass: [String: [Entry]]]
    let words: [String: Set<WordClass>]
    let victims: [String: GrammaticalNumber]
    /// First keys of phrases that end a victim noun phrase (predicates, triggers, …).
    let phraseStarts: Set<String>

    static let standard = CasualtyLexicon()

    init() {
        var byFirst: [PhraseClass: [String: [Entry]]] = [:]
        var byLast: [PhraseClass: [String: [Entry]]] = [:]
        var starts: Set<String> = []
        for row in Self.rows(CasualtyLexiconData.phrases, "casualty phrases") {
            guard row.count == 4, let phraseClass = PhraseClass(rawValue: row[1]) else {
                preconditionFailure("CasualtyLexiconData.phrases: bad row \(row)")
            }
            let kind = row[2] == "-" ? nil : CasualtyKind(rawValue: row[2])
            if row[2] != "-" && kind == nil { preconditionFailure("CasualtyLexiconData.phrases: bad kind \(row)") }
            var flags: Flags = []
            for name in row[3].split(separator: "|") where name != "-" {
                guard let flag = Flags.names[String(name)] else {
                    preconditionFailure("CasualtyLexiconData.phrases: bad flag \(row)")
                }
                flags.insert(flag)
            }
            let keys = row[0].split(separator: " ").map(String.init)
            let entry = Entry(keys: keys, phraseClass: phraseClass, kind: kind, flags: flags)
            byFirst[phraseClass, default: [:]][keys[0], default: []].append(entry)
            byLast[phraseClass, default: [:]][keys[keys.count - 1], default: []].append(entry)
            switch phraseClass {
            case .predicate, .trigger, .adjective, .including, .injuryVerb: starts.insert(keys[0])
            default: break
            }
        }
        for (phraseClass, table) in byFirst {
            byFirst[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        for (phraseClass, table) in byLast {
            byLast[phraseClass] = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        }
        var words: [String: Set<WordClass>] = [:]
        for row in Self.rows(CasualtyLexiconData.words, "casualty words") {
            guard row.count == 2, let wordClass = WordClass(rawValue: row[1]) else {
                preconditionFailure("CasualtyLexiconData.words: bad row \(row)")
            }
            words[row[0], default: []].insert(wordClass)
        }
        var victims: [String: GrammaticalNumber] = [:]
        for row in Self.rows(CasualtyLexiconData.victims, "victim nouns") {
            guard row.count == 2, let number = GrammaticalNumber(rawValue: row[1]) else {
                preconditionFailure("CasualtyLexiconData.victims: bad row \(row)")
            }
            victims[row[0]] = number
        }
        self.byFirst = byFirst
        self.byLast = byLast
        self.words = words
        self.victims = victims
        self.phraseStarts = starts
    }

    static func rows(_ table: String, _ name: String) -> [[String]] {
        do {
            return try TSVTable(text: table, file: name, requiredColumns: []).rows.map(\.cells)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    func has(_ key: String, _ wordClass: WordClass) -> Bool {
        words[key]?.contains(wordClass) ?? false
    }
}
