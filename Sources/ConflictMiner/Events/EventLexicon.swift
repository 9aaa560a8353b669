/// The word lists the event linker reads: what names an incident, what makes a place the
/// location of one, what makes a group its perpetrator or claimant, how victims are classed.
/// All keys are the analyzer's normalized token keys (lower case, `'` for apostrophes).
/// Adding a word here is not a code change; `docs/events.md` explains each list.
public enum EventLexicon {
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// Nouns naming one incident. A plural (`attacks`) names an incident only when something
    /// specific stands before it (`deadly cross-border attacks`, `two more attacks`), not after a
    /// function word (`victims of attacks`, `carry out attacks`).
    static let incidentNouns = words("""
        attack bombing blast explosion ambush airstrike strike raid assault clash shelling shootout
        firefight skirmish kidnapping abduction hijacking incident massacre ambush gunfight
        """)
    static let incidentPlurals = words("""
        attacks bombings blasts explosions ambushes airstrikes strikes raids assaults clashes
        kidnappings abductions hijackings incidents massacres gunfights skirmishes
        """)
    /// Verbs that report one incident.
    static let incidentVerbs = words("""
        attacked bombed ambushed struck stormed raided shelled abducted kidnapped hijacked
        """)
    /// Multi-word incident phrases (token keys, whitespace skipped).
    static let incidentPhrases: [[String]] = [["exchange", "of", "fire"], ["opened", "fire"], ["gun", "battle"]]

    /// Words before a plural incident noun that make it generic.
    static let genericBeforePlural = words("""
        of for on in to the by out against from and or with such these those carry carries carried
        undertake undertaking plan plans planning planned launch conduct conducting stage staging
        many several frequent repeated masterminds mastermind
        """)

    /// Words at the start of a sentence that open a new incident.
    static let newIncidentMarkers = words("another other separate separately elsewhere meanwhile")

    /// Words before a count that make it a part of another count in the sentence.
    static let partMarkers = words("including includes included among")
    static let partPhrases: [[String]] = [["of", "whom"], ["of", "them"], ["of", "which"]]

    /// A word before a place that makes it the location of what the sentence reports.
    static let locativeCues = words("""
        in at near inside outside along across into on around within off hit struck targeted
        targeting patrolling stormed attacked raided entered crossed toward towards outskirts
        """)
    /// Words skipped between a locative cue and the place (`in the restive southwestern Kech`).
    static let skippableBeforePlace = words("""
        the a an eastern western northern southern northeastern northwestern southeastern
        southwestern central remote restive turbulent troubled volatile neighbouring neighboring
        same border rural northeast northwest southeast southwest north south east west of
        """)
    /// A place followed by `-` and one of these is a modifier, not a location (`Iran-based`).
    static let modifierSuffixes = words("based backed linked funded supported sponsored born run trained")

    /// Verbs that make the group before them a perpetrator or claimant (`the BLA claimed`).
    static let perpetratorVerbs = words("""
        claimed claims claim attacked struck ambushed stormed bombed killed kills abducted kidnapped
        carried carries launched targeted raided shot seized hijacked executed detonated
        """)
    /// Words skipped between a group and its verb (`the BLA on November 9 claimed`).
    static let skippableAfterGroup = words("""
        has have had was were is also reportedly allegedly later then on in militants fighters
        """)
    /// Word before `by` that makes the group after it a perpetrator or claimant
    /// (`claimed by`, `carried out by`, `attack by`); `blamed on`, `belonged to` likewise.
    static let agentHeads = words("""
        claimed out conducted perpetrated committed orchestrated launched staged masterminded
        attack attacks assault bombing ambush raid
        """)
    static let attributionPhrases: [[String]] = [["blamed", "on"], ["belonged", "to"], ["belonging", "to"],
                                                  ["belong", "to"], ["attributed", "to"], ["affiliated", "with"]]

    /// Victim nouns by class: counts of different classes in one incident add up (`two police
    /// officers` and `four attackers`), counts of one class repeat or contain each other.
    public enum VictimClass: String, Sendable { case security, militant, civilian, unknown }

    static let securityVictims = words("""
        soldier soldiers troop troops personnel officer officers police policeman policemen guard
        guards army forces major commander commanders paramilitary paramilitaries trooper troopers
        security constable constables cop cops sepoy sepoys servicemen serviceman colonel captain
        lieutenant sergeant jawans jawan levies rangers
        """)
    static let militantVictims = words("""
        militant militants attacker attackers fighter fighters insurgent insurgents gunman gunmen
        terrorist terrorists rebel rebels bomber bombers separatist separatists jihadist jihadists
        assailant assailants extremists extremist
        """)
    static let civilianVictims = words("""
        civilian civilians worker workers passenger passengers child children women woman men man
        villager villagers pilgrim pilgrims student students farmer farmers fishermen fisherman
        teacher teachers labourers laborers engineers engineer journalists journalist tourists
        """)

    static func victimClass(_ victims: String?) -> VictimClass {
        guard let victims else { return .unknown }
        let parts = victims.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // The head noun is the last word (`Pakistani security forces personnel`).
        for word in parts.reversed() {
            if securityVictims.contains(word) { return .security }
            if militantVictims.contains(word) { return .militant }
            if civilianVictims.contains(word) { return .civilian }
        }
        return .unknown
    }

    /// Nationality adjectives of state forces: `14 Pakistani security personnel` were most likely
    /// killed in Pakistan. Used only when the text names no location.
    static let demonymCountries: [String: String] = [
        "pakistani": "PK", "iranian": "IR", "afghan": "AF", "indian": "IN", "chinese": "CN",
        "iraqi": "IQ", "syrian": "SY", "turkish": "TR", "israeli": "IL", "nigerian": "NG",
        "malian": "ML", "somali": "SO", "kenyan": "KE", "yemeni": "YE", "saudi": "SA", "egyptian": "EG",
        "russian": "RU", "ukrainian": "UA", "american": "US", "filipino": "PH", "philippine": "PH",
        "burkinabe": "BF", "nigerien": "NE", "cameroonian": "CM", "colombian": "CO", "mexican": "MX",
        "bangladeshi": "BD", "lebanese": "LB", "libyan": "LY", "sudanese": "SD", "ethiopian": "ET",
    ]
}
