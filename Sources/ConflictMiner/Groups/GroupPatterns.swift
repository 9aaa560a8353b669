/// The word lists behind the group-name patterns, as data: tab-separated multi-line literals,
/// parsed once into `GroupPatterns.standard`. Adding a head word, a prefix or an exclusion is an
/// edit to a table here, not to the rules in `GroupNameRules.swift`.
///
/// Every word is matched on its folded key (`Token.key` after `PhraseMatcher.matchKey`): lower case,
/// no diacritics, no inner apostrophes, Arabic/Urdu particles folded (`ul`/`ud`/`al` → `al`,
/// `i`/`e` → `e`). Write entries in plain lower case; the loader folds them the same way.
/// `docs/groups.md` describes how each table is used.
public struct GroupPatterns: Sendable {
    let storage: Storage

    // MARK: - Tables

    /// Arabic, Persian and Urdu words that open a group name (`Lashkar-e-…`, `Jaish al-…`).
    /// `needs`: `particle` when a connecting particle must follow (`Ansar al-Sharia`, not the
    /// personal name `Ansar Abbasi`); `name` when a capitalised word may follow directly
    /// (`Liwa Fatemiyoun`, `Harakat Hazm`); `none` when the word is a whole fused prefix that
    /// already holds its particle (`Hizbul Mujahideen`).
    static let prefixTable = """
        prefix	needs
        lashkar	particle
        tehreek	particle
        tehrik	particle
        tahreek	particle
        tahrik	particle
        tehrek	particle
        jaish	particle
        jaysh	particle
        jeish	particle
        harakat	name
        harkat	particle
        harakatul	none
        harkatul	none
        ansar	particle
        ansarul	none
        ansaru	none
        jamaat	particle
        jamaatul	none
        jamaah	particle
        jamatul	none
        hizb	particle
        hezb	particle
        hizbul	none
        hizbullah	none
        kataib	name
        katibat	name
        liwa	name
        jund	particle
        jabhat	name
        saraya	particle
        sipah	particle
        wilayat	name
        tanzeem	particle
        tanzim	particle
        ahrar	particle
        junud	particle
        """

    /// Head words that end a group name after a qualifier: `Baloch Liberation Army`,
    /// `Irish Republican Army`, `Liberation Tigers`. `heads` lists which heads a qualifier opens;
    /// `needs-name` is `yes` when the qualifier and head alone are not a name (`Republican
    /// Guards` needs `Baloch` before it); `state-ok` is `no` when a state's name or demonym before
    /// it makes a state force (`Syrian Republican Guards`).
    static let qualifierTable = """
        qualifier	heads	needs-name	state-ok
        liberation	army front tigers movement	no	yes
        republican	army guards	yes	no
        nationalist	army front	yes	yes
        resistance	army front movement	yes	yes
        freedom	army front movement	yes	yes
        independence	army	yes	yes
        revolutionary	army	yes	no
        islamic	army front	yes	no
        jihad	movement	yes	yes
        """

    /// Head words that end a group name after any capitalised name: `Majeed Brigade`,
    /// `Zeinabiyoun Brigade`, `Al-Aqsa Martyrs' Brigades`, `Hizbul Mujahideen`, `Badr Militia`.
    /// `left`: `name` for any capitalised name before it that is not a unit word or a state,
    /// `demonym` when the word before must be a nationality or region (`Pakistani Taliban`,
    /// `Punjabi Taliban`), `max` the most capitalised words taken before the head, and
    /// `state-ok` `no` when a state's name before it makes a state unit (`Pakistani Brigade`).
    static let namedHeadTable = """
        head	left	max	state-ok
        brigade	name	4	no
        brigades	name	4	no
        battalion	name	4	no
        battalions	name	4	no
        mujahideen	name	3	yes
        mujahidin	name	3	yes
        mujahedin	name	3	yes
        mujahedeen	name	3	yes
        mujahiddin	name	3	yes
        militia	name	3	no
        militias	name	3	no
        sangar	name	4	yes
        taliban	demonym	1	yes
        """

    /// Words that make a `… Brigade`, `… Battalion` or `… Militia` a unit of a state force or
    /// something else that is not a group (`Infantry Brigade`, `Fire Brigade`, `Border Guard
    /// Battalion`). Ordinals and numbers are refused by the rule itself.
    static let unitWordTable = """
        word
        infantry
        armoured
        armored
        mechanised
        mechanized
        airborne
        artillery
        marine
        marines
        mountain
        special
        commando
        paratroop
        paratrooper
        parachute
        engineer
        engineers
        engineering
        rapid
        reaction
        tank
        assault
        motorised
        motorized
        rifle
        rifles
        presidential
        police
        border
        frontier
        army
        naval
        navy
        air
        defence
        defense
        security
        support
        signal
        signals
        logistics
        light
        heavy
        strike
        task
        force
        forces
        international
        multinational
        joint
        intervention
        territorial
        national
        coast
        guard
        guards
        reserve
        military
        mobile
        division
        regiment
        corps
        peacekeeping
        peace
        ranger
        rangers
        scout
        scouts
        cavalry
        armour
        armor
        sniper
        medical
        training
        reconnaissance
        fire
        rescue
        ambulance
        emergency
        home
        village
        civil
        civilian
        government
        pro
        first
        second
        third
        fourth
        fifth
        sixth
        seventh
        eighth
        ninth
        tenth
        popular
        state
        federal
        royal
        imperial
        youth
        student
        students
        """

    /// Qualifier or head words whose presence in a name defined by an acronym marks it as an
    /// armed group (`Baloch Raaji Aajoi Sangar (BRAS)` has `sangar`).
    static let groupWordTable = """
        word
        liberation
        army
        front
        tigers
        mujahideen
        mujahidin
        mujahedin
        mujahedeen
        jihad
        jihadi
        lashkar
        jaish
        tehreek
        tehrik
        tahreek
        harakat
        harkat
        ansar
        hizb
        hizbul
        kataib
        liwa
        jund
        brigade
        brigades
        battalion
        battalions
        militia
        militias
        sangar
        resistance
        fighters
        guerrilla
        guerrillas
        rebels
        insurgents
        taliban
        commandos
        fedayeen
        """

    /// Words in a sentence that say it talks about armed groups; a name defined by an acronym
    /// whose initials match but that holds no group word is taken as a group only beside one.
    static let cueWordTable = """
        word
        militant
        militants
        militancy
        insurgent
        insurgents
        insurgency
        separatist
        separatists
        rebel
        rebels
        guerrilla
        guerrillas
        jihadist
        jihadists
        jihadi
        terrorist
        terrorists
        terror
        armed
        banned
        outlawed
        proscribed
        claimed
        claiming
        outfit
        fighters
        extremist
        extremists
        insurgent
        alliance
        faction
        splinter
        """

    /// Words that a group's name never holds: a name with one of them is a party, an agency, an
    /// outlet, a company or a place (`Balochistan National Party`, `Counter Terrorism Department`,
    /// `Amaq News Agency`). Checked on names found by pattern or defined by an acronym.
    static let nonGroupWordTable = """
        word
        party
        parties
        league
        congress
        ministry
        minister
        department
        agency
        police
        corps
        rangers
        levies
        constabulary
        gendarmerie
        intelligence
        directorate
        bureau
        office
        commission
        committee
        court
        tribunal
        assembly
        parliament
        senate
        government
        administration
        authority
        authorities
        university
        college
        school
        academy
        institute
        foundation
        trust
        charity
        relief
        welfare
        society
        association
        bank
        company
        corporation
        limited
        ltd
        inc
        news
        times
        post
        tribune
        herald
        express
        dawn
        television
        tv
        radio
        media
        press
        journal
        magazine
        project
        tracker
        watch
        amnesty
        hospital
        clinic
        mosque
        church
        temple
        shrine
        airport
        airlines
        airways
        road
        street
        highway
        square
        bridge
        market
        stadium
        hotel
        club
        team
        cricket
        football
        federation
        chamber
        forum
        centre
        center
        studies
        research
        data
        navy
        coast
        guard
        republic
        emirate
        kingdom
        ministry
        secretariat
        cabinet
        embassy
        consulate
        mission
        operation
        exercise
        award
        prize
        day
        week
        war
        conflict
        crisis
        accord
        agreement
        treaty
        declaration
        plan
        corridor
        """

    /// Countries and their demonyms (and a few regions) as written in news about political
    /// violence: a state's name before `Republican Guards` or `… Brigade` makes a state force;
    /// a demonym before `Taliban` makes a group's usual name (`Pakistani Taliban`).
    static let stateTable = """
        word	kind
        pakistan	state
        pakistani	state
        pak	state
        afghanistan	state
        afghan	state
        iran	state
        iranian	state
        iraq	state
        iraqi	state
        syria	state
        syrian	state
        india	state
        indian	state
        china	state
        chinese	state
        russia	state
        russian	state
        ukraine	state
        ukrainian	state
        turkey	state
        turkish	state
        israel	state
        israeli	state
        egypt	state
        egyptian	state
        libya	state
        libyan	state
        sudan	state
        sudanese	state
        nigeria	state
        nigerian	state
        niger	state
        nigerien	state
        mali	state
        malian	state
        burkina	state
        burkinabe	state
        chad	state
        chadian	state
        cameroon	state
        cameroonian	state
        somalia	state
        somali	state
        kenya	state
        kenyan	state
        ethiopia	state
        ethiopian	state
        uganda	state
        ugandan	state
        congo	state
        congolese	state
        mozambique	state
        mozambican	state
        yemen	state
        yemeni	state
        saudi	state
        lebanon	state
        lebanese	state
        jordan	state
        jordanian	state
        philippine	state
        philippines	state
        filipino	state
        colombia	state
        colombian	state
        mexico	state
        mexican	state
        myanmar	state
        burmese	state
        bangladesh	state
        bangladeshi	state
        thai	state
        thailand	state
        indonesia	state
        indonesian	state
        malaysia	state
        malaysian	state
        australia	state
        australian	state
        japan	state
        japanese	state
        canada	state
        canadian	state
        american	state
        us	state
        british	state
        french	state
        german	state
        punjabi	region
        swat	region
        pashtun	region
        waziristan	region
        """

    /// The provinces (`wilayat`) of the Islamic State as news names them: `Islamic State
    /// Khorasan`, `IS's Khorasan province`, `ISIS-West Africa`.
    static let stateProvinceTable = """
        province
        khorasan
        west africa
        central africa
        sahel
        greater sahara
        sinai
        somalia
        mozambique
        pakistan
        hind
        east asia
        libya
        yemen
        caucasus
        """

    /// Capitalised words that never continue or open a name: weekdays, months, determiners and
    /// the adjectives news puts before a group (`banned`, `outlawed`). A name found by pattern
    /// stops before them on either side.
    static let stopWordTable = """
        word
        the
        a
        an
        this
        that
        these
        those
        its
        his
        her
        their
        our
        by
        of
        in
        on
        at
        for
        from
        with
        and
        or
        but
        as
        after
        before
        when
        while
        since
        meanwhile
        however
        both
        all
        some
        several
        banned
        outlawed
        proscribed
        militant
        separatist
        insurgent
        rebel
        armed
        terrorist
        jihadist
        islamist
        maoist
        notorious
        shadowy
        new
        pro
        anti
        yesterday
        today
        tonight
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        january
        february
        march
        april
        may
        june
        july
        august
        september
        october
        november
        december
        mr
        mrs
        ms
        dr
        gen
        general
        col
        colonel
        maj
        major
        capt
        captain
        commander
        spokesman
        spokesperson
        ameer
        amir
        emir
        founder
        head
        deputy
        member
        members
        leader
        chief
        police
        officials
        """

    /// Acronyms that are also English words: in an all-capitals line (a headline) they are read
    /// as words, not as groups (`ATTACK IS FOILED`).
    static let wordAcronymTable = """
        acronym
        IS
        AS
        US
        IT
        ON
        NO
        AT
        OR
        IN
        AN
        BE
        DO
        GO
        SO
        TO
        UP
        WE
        HE
        ME
        MY
        BY
        OF
        IF
        AM
        ARM
        ARMY
        ARMS
        WAR
        ONE
        ALL
        NOW
        AIM
        HIT
        HAM
        NEW
        OUR
        """

    /// Gazetteer acronyms with a common meaning besides the group (`PDF` a file, `KIA` killed in
    /// action, `ETA` an arrival time, `SDF` Japan's forces, `RSF` a press-freedom NGO): one stands
    /// for its group only when the document also names that group, defines the acronym for it, or
    /// the acronym's sentence holds a word of `cueWordTable` or `conflictWordTable`.
    static let ambiguousAcronymTable = """
        acronym
        PDF
        KIA
        AA
        ETA
        HTS
        IRA
        SDF
        RSF
        """

    /// Words of armed conflict that, beside the cue words, make an ambiguous acronym a group in
    /// their sentence (`PDF fighters`, `the KIA captured a base`, `ETA announced a ceasefire`).
    static let conflictWordTable = """
        word
        attack
        attacks
        attacked
        attacking
        ambush
        ambushed
        captured
        seized
        shelled
        shelling
        clashed
        clashes
        fighting
        fought
        offensive
        ceasefire
        junta
        bombing
        bombings
        kidnapped
        stronghold
        positions
        """

    /// Names that are never a GROUP though a pattern or an alias may fit them: state forces and
    /// agencies, governments, parties, media, NGOs and think tanks. A candidate is dropped when
    /// one of these covers it or starts where it starts (`Tehreek-e-Insaf Pakistan`).
    /// `kind` is documentation only.
    static let exclusionTable = """
        name	kind
        Frontier Corps	state force
        Pakistan Army	state force
        Pakistani Army	state force
        Revolutionary Guards	state force
        Revolutionary Guard	state force
        Revolutionary Guard Corps	state force
        Islamic Revolutionary Guard Corps	state force
        Iranian Revolutionary Guards	state force
        IRGC	state force
        Quds Force	state force
        Basij	state force
        Basij Resistance Force	state force
        Republican Guard	state force
        Border Guard	state force
        Border Guards	state force
        Border Police	state force
        Border Security Force	state force
        Levies	state force
        Levies Force	state force
        Balochistan Levies	state force
        Police	state force
        Rangers	state force
        Sindh Rangers	state force
        Punjab Rangers	state force
        Counter Terrorism Department	state force
        Counter-Terrorism Department	state force
        CTD	state force
        Inter-Services Intelligence	state agency
        Inter-Services Public Relations	state agency
        ISPR	state agency
        ISI	state agency
        Anti-Terrorism Squad	state force
        Central Reserve Police Force	state force
        Assam Rifles	state force
        Rashtriya Rifles	state force
        National Guard	state force
        Coast Guard	state force
        Armed Forces	state force
        Security Forces	state force
        Special Forces	state force
        Defence Forces	state force
        Defense Forces	state force
        Self-Defense Forces	state force
        Israel Defense Forces	state force
        IDF	state force
        People's Liberation Army	state force
        PLA	state force
        Afghan National Army	state force
        Afghan National Security Forces	state force
        Afghan National Police	state force
        Syrian Arab Army	state force
        Popular Mobilization Forces	state force
        Popular Mobilisation Forces	state force
        Popular Mobilization Units	state force
        Hashd al-Shaabi	state force
        Multinational Joint Task Force	state force
        MNJTF	state force
        Joint Task Force	state force
        Tatmadaw	state force
        Golani Brigade	state force
        Givati Brigade	state force
        Nahal Brigade	state force
        Kfir Brigade	state force
        Paratroopers Brigade	state force
        Africa Corps	state force
        Sandinista National Liberation Front	party
        FSLN	party
        Mozambique Liberation Front	party
        Frelimo	party
        FRELIMO	party
        Islamic Emirate	government
        Islamic Emirate of Afghanistan	government
        Islamic Republic	government
        Islamic Republic of Iran	government
        Islamic Republic of Pakistan	government
        Balochistan National Party	party
        Balochistan National Party-Mengal	party
        BNP-M	party
        Balochistan Awami Party	party
        National Party	party
        Awami National Party	party
        Pakistan Tehreek-e-Insaf	party
        Tehreek-e-Insaf	party
        Tehrik-e-Insaf	party
        PTI	party
        Tehreek-e-Labbaik	party
        Tehreek-e-Labbaik Pakistan	party
        Tehrik-e-Labbaik Pakistan	party
        TLP	party
        Jamaat-e-Islami	party
        Jamaat-i-Islami	party
        Jamat-e-Islami	party
        Jamiat-e-Islami	party
        Jamiat Ulema-e-Islam	party
        Jamiat Ulema-i-Islam	party
        Jamiat Ulema-e-Islam-Fazl	party
        JUI-F	party
        Pakistan Peoples Party	party
        Pakistan People's Party	party
        Pakistan Muslim League	party
        Muttahida Qaumi Movement	party
        MQM	party
        Hizb ut-Tahrir	party
        Hizb-ut-Tahrir	party
        Hizbut Tahrir	party
        Hizb-e-Wahdat	party
        Bharatiya Janata Party	party
        Awami League	party
        Pashtun Tahafuz Movement	movement
        Pashtun Tahaffuz Movement	movement
        PTM	movement
        Baloch Yakjehti Committee	movement
        Baloch Students Organisation	movement
        Baloch Students Organization	movement
        Voice for Baloch Missing Persons	NGO
        Amaq	media
        Amaaq	media
        Amaq News Agency	media
        Amaaq News Agency	media
        Al-Naba	media
        Al-Furqan Foundation	media
        Al-Hayat Media Center	media
        Umar Media	media
        ACLED	think tank
        Human Rights Watch	NGO
        Amnesty International	NGO
        Human Rights Commission of Pakistan	NGO
        HRCP	NGO
        Pak Institute for Peace Studies	think tank
        PIPS	think tank
        International Crisis Group	think tank
        Crisis Group	think tank
        Institute for the Study of War	think tank
        Long War Journal	media
        Counter Extremism Project	think tank
        Soufan Center	think tank
        Islamic Cooperation Youth Forum	NGO
        Liberation War	event
        Tahrir Square	place
        Liberation Square	place
        """
}

extension GroupPatterns {
    /// How a prefix opens a name (see `prefixTable`).
    enum PrefixNeed: String, Sendable { case particle, name, none }

    /// How the words before a named head are taken (see `namedHeadTable`).
    struct NamedHead: Sendable {
        let demonymOnly: Bool
        let maxWords: Int
        let stateOK: Bool
    }

    /// One qualifier row (see `qualifierTable`).
    struct Qualifier: Sendable {
        let heads: Set<String>
        let needsName: Bool
        let stateOK: Bool
    }
}

extension GroupPatterns {
    /// The parsed tables.
    public static let standard = GroupPatterns()

    var prefixes: [String: PrefixNeed] { storage.prefixes }
    var qualifiers: [String: Qualifier] { storage.qualifiers }
    var namedHeads: [String: NamedHead] { storage.namedHeads }
    var unitWords: Set<String> { storage.unitWords }
    var groupWords: Set<String> { storage.groupWords }
    var cueWords: Set<String> { storage.cueWords }
    var nonGroupWords: Set<String> { storage.nonGroupWords }
    var states: [String: String] { storage.states }
    /// Province names as key sequences (`["west", "africa"]`).
    var stateProvinces: [[String]] { storage.stateProvinces }
    var stopWords: Set<String> { storage.stopWords }
    var wordAcronyms: Set<String> { storage.wordAcronyms }
    var ambiguousAcronyms: Set<String> { storage.ambiguousAcronyms }
    var conflictWords: Set<String> { storage.conflictWords }
    /// Excluded names (as written; tokenized by the gazetteer's analyzer when matched).
    var exclusions: [String] { storage.exclusions }

    struct Storage: Sendable {
        var prefixes: [String: PrefixNeed] = [:]
        var qualifiers: [String: Qualifier] = [:]
        var namedHeads: [String: NamedHead] = [:]
        var unitWords: Set<String> = []
        var groupWords: Set<String> = []
        var cueWords: Set<String> = []
        var nonGroupWords: Set<String> = []
        var states: [String: String] = [:]
        var stateProvinces: [[String]] = []
        var stopWords: Set<String> = []
        var wordAcronyms: Set<String> = []
        var ambiguousAcronyms: Set<String> = []
        var conflictWords: Set<String> = []
        var exclusions: [String] = []
    }

    /// Folds a table word the way `GroupNameRules.wordKey` folds a token: lower case, without
    /// apostrophes (`kata'ib` → `kataib`). Particles are not folded here.
    static func fold(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "'" && $0 != "\u{2019}" })
    }

    /// Rows of a table literal without its header; cells split on tabs.
    static func rows(_ table: String) -> [[String]] {
        table.split(separator: "\n").dropFirst().compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    init() {
        var s = Storage()
        for row in Self.rows(Self.prefixTable) {
            s.prefixes[Self.fold(row[0])] = PrefixNeed(rawValue: row[1]) ?? .particle
        }
        for row in Self.rows(Self.qualifierTable) {
            s.qualifiers[Self.fold(row[0])] = Qualifier(
                heads: Set(row[1].split(separator: " ").map { Self.fold(String($0)) }),
                needsName: row[2] == "yes", stateOK: row[3] == "yes")
        }
        for row in Self.rows(Self.namedHeadTable) {
            s.namedHeads[Self.fold(row[0])] = NamedHead(demonymOnly: row[1] == "demonym", maxWords: Int(row[2]) ?? 3,
                                                        stateOK: row[3] == "yes")
        }
        s.unitWords = Set(Self.rows(Self.unitWordTable).map { Self.fold($0[0]) })
        s.groupWords = Set(Self.rows(Self.groupWordTable).map { Self.fold($0[0]) })
        s.cueWords = Set(Self.rows(Self.cueWordTable).map { Self.fold($0[0]) })
        s.nonGroupWords = Set(Self.rows(Self.nonGroupWordTable).map { Self.fold($0[0]) })
        for row in Self.rows(Self.stateTable) { s.states[Self.fold(row[0])] = row[1] }
        s.stateProvinces = Self.rows(Self.stateProvinceTable).map { row in
            row[0].split(separator: " ").map { Self.fold(String($0)) }
        }
        s.stopWords = Set(Self.rows(Self.stopWordTable).map { Self.fold($0[0]) })
        s.wordAcronyms = Set(Self.rows(Self.wordAcronymTable).map { $0[0] })
        s.ambiguousAcronyms = Set(Self.rows(Self.ambiguousAcronymTable).map { $0[0] })
        s.conflictWords = Set(Self.rows(Self.conflictWordTable).map { Self.fold($0[0]) })
        s.exclusions = Self.rows(Self.exclusionTable).map { $0[0] }
        storage = s
    }
}
