import Foundation

/// The word tables the place extractor reads, kept as data: one entry per line or several per
/// line separated by spaces (an entry of several words joins them with `_`), `#` starts a comment.
/// Entries are written lower case, as token keys are (see `Token.key`). Adding a word is a data
/// change: no rule needs editing. `docs/places.md` says what each table is for.
public enum PlaceLexicon {
    /// Generic designators that follow a name and stay outside its span (`Kech district` → `Kech`).
    /// They are evidence that the word before them is a place, and after an unknown capitalised
    /// word they make it one (`Bakori village`).
    static let designatorsText = """
        district districts province provinces region regions state states city town towns village villages
        hamlet hamlets area areas tehsil tehsils subdistrict sub-district subdivision sub-division division
        agency agencies governorate governorates county counties municipality municipalities commune communes
        department departments prefecture prefectures locality localities neighbourhood neighborhood suburb
        settlement settlements territory sector chiefdom woreda zone kebele barangay emirate oblast raion
        taluka taluk mandal valley port cercle wilaya union_council local_government_area local_government lga
        administrative_post post_administratif block circle township townships thana thanas upazila upazilas
        """

    /// Designators that, written with a capital after a name the gazetteer holds, are still not
    /// part of the name (`Balochistan Province` → `Balochistan`) unless the canonical name has them.
    static let trailingDesignatorsText = """
        district districts province provinces state division tehsil agency governorate county municipality
        prefecture department subdistrict village town area port territory region valley lga township
        thana upazila
        """

    /// Designators before a name that stay outside its span (`Sitio Bud Kaha` → `Bud Kaha`).
    static let prefixDesignatorsText = """
        sitio barangay brgy purok
        """

    /// The country a designator before a name implies when the text names no other place near
    /// it: `Barangay Maligay`, `Sitio Bud Kaha` are in the Philippines.
    static let prefixDesignatorCountries: [String: String] = [
        "sitio": "PH", "barangay": "PH", "brgy": "PH", "purok": "PH",
    ]

    /// Words before a name that are part of the place's usual name (Hausa settlements:
    /// `Ungwan Jaba`); with the capitalised words after them they make a place.
    static let namePrefixesText = """
        ungwan unguwan anguwan angwan
        """

    /// Head words of the capitalised names of organisations, forces, buildings, streets, outlets
    /// and projects, by class. A place word followed by a capitalised run holding one of these is
    /// part of that name (`Pakistan Army`, `Quetta Civil Hospital`, `Mastung Road`, `Pakistan
    /// Today`); after a `force` head a place word is part of the force's name (`Frontier Corps
    /// Balochistan`), after another head it locates it (`Lady Reading Hospital Peshawar`).
    static let organisationHeadsText = """
        # force
        force: army armies police corps rangers levies constabulary force forces guard guards command brigade
        force: brigades battalion battalions regiment scouts militia navy marines gendarmerie squad unit
        force: cantonment garrison
        # building or facility
        building: hospital hospitals clinic road roads street highway motorway avenue lane chowk bazaar market
        building: university college school schools institute academy mosque masjid church cathedral temple
        building: shrine madrassa madrasa seminary hotel stadium prison jail station airport tower building
        building: plaza mall bridge palace square park gate club complex centre center hall camp cemetery
        building: embassy consulate terminal dam refinery plant mill mills factory barracks fort
        # organisation
        organisation: ministry department council assembly parliament senate commission committee court
        organisation: bank party league movement front liberation mission authority corporation company
        organisation: limited ltd inc airlines airways railway railways federation association union society
        organisation: foundation trust bureau office directorate secretariat cabinet chamber exchange board
        organisation: organisation organization alliance coalition network institute observatory tracker
        organisation: project corridor initiative programme program fund services service group industries
        organisation: club cricket university church order brotherhood jirga shura conference forum summit
        organisation: tribunal tehreek tehrik
        # outlet
        outlet: news times post today tribune herald observer express daily chronicle gazette journal mirror
        outlet: telegraph standard star voice radio tv television press weekly monitor review reporter insider
        outlet: online media broadcasting channel dispatch bulletin insight
        """

    /// Title words of officials. A place word inside a capitalised title is a place (`Balochistan
    /// Home Minister`, `KP Chief Minister`, `Kech Deputy Commissioner`), even when the title holds a
    /// force head (`Karachi Police Chief`).
    static let titlesText = """
        minister ministers chief governor commissioner commissioners secretary spokesman spokesperson
        spokeswoman inspector officer officers president premier deputy speaker mayor ambassador envoy consul
        representative senator lawmaker legislator mna mpa mp commander administrator superintendent ssp dig
        ig igp dpo dc sho dsp chairman chairperson chairwoman judge justice attorney advocate general director
        head emir amir chancellor
        """

    /// Words before a person's name. A place word right after one is a name (`Lady Reading`, `Mr Khan`).
    static let personTitlesText = """
        mr mrs ms miss dr gen lt col colonel maj capt captain brig brigadier sgt sergeant cpl corporal gov sen rep
        sheikh shaikh mullah mulla maulana maulvi mufti qari hafiz haji hajji sardar nawab syed sayed sayyid
        seyed seyyed imam ayatollah hojatoleslam sir lord lady prince princess king queen sultan pastor rev
        reverend bishop father
        """

    /// Heads of disease names after a place word (`West Nile virus`, `Lassa fever`).
    static let diseaseHeadsText = """
        virus viruses fever flu influenza disease syndrome encephalitis
        """

    /// Verbs of saying after a person's name (`Lincoln told reporters`).
    static let speechVerbsText = """
        said says told tells added adds stated asked wrote argued explained recalled insisted warned
        """

    /// Words of a state's name before `of` (`Islamic Emirate of Afghanistan`, `Islamic Republic of Iran`).
    static let stateWordsText = """
        republic emirate emirates kingdom state federation commonwealth sultanate union principality
        """

    /// Directions and similar modifiers that may stand, capitalised, before a place (`Northern Syria`).
    static let directionalsText = """
        north south east west northern southern eastern western central northeast northwest southeast
        southwest northeastern northwestern southeastern southwestern north-east north-west south-east
        south-west north-eastern north-western south-eastern south-western upper lower greater inner outer
        rural urban coastal occupied restive troubled neighbouring neighboring mainland
        """

    /// Nouns that with `with` make the next place a neighbour of the one told (`X near the border
    /// with Y`): Y says nothing of X's country, nor is it where an event happened (the event
    /// linker reads this list too).
    static let borderNounsText = """
        border borders frontier boundary
        """

    /// Prepositions whose object may be a place: with one before it, a place whose name is a common
    /// word is taken (`in Tank`).
    static let locativePrepositionsText = """
        in at near from to into outside inside across around towards toward through throughout via between
        within off along beyond across reach reached entered
        """

    /// Nouns of position that make `of` a locative word before a place (`off the coast of X`, `the
    /// outskirts of X`, `north of X`).
    static let locativeNounsText = """
        coast coasts shore shores waters outskirts suburbs vicinity heart centre center edge north south
        east west northeast northwest southeast southwest
        """

    /// Lower-case words that may follow a place without making it a modifier of a common noun (a
    /// common-word place with a preposition before it must not be followed by a lower-case noun:
    /// `in Police custody`).
    static let functionWordsText = """
        the a an and or but nor on in at of to for with by from as is was were are be been being has have had
        near after before since when where while which who whom whose that this these those it its their
        there here said says say told tell reported reports late early last next on over under against
        during until till amid amidst about via than also too yet so if then because though although
        """

    /// Lower-case words inside a place name (`Sistan and Baluchestan`, `Deh-e Sabz`, `Bani Walid`
    /// is not one: every other word must be capitalised).
    static let particlesText = """
        al el ul ud ur us ut un ad ar as at az an ash ath adh uz e i y o va wa wal and of the de du des la le
        del da do dos das di von van on upon sur sous en es ez 's
        """

    /// A country's noun form that is also its adjective (`Saudi`): a place before punctuation or a
    /// function word (`between Saudi and Iran`) or joined by a hyphen (`Saudi-led`), an adjective
    /// before a lower-case noun (`Saudi officials`).
    static let adjectivalNamesText = """
        saudi
        """

    /// Weekdays, months and their short forms: capitalised words that may follow a place.
    static let calendarWordsText = """
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        january february march april may june july august september october november december jan feb mar
        apr jun jul aug sep sept oct nov dec
        """

    /// Demonyms, nationality and ethnic adjectives and nouns: never a place by themselves, even when
    /// the gazetteer lists them as an alias. A designator after one makes it a place name
    /// (`Hazara division`, `Somali region`).
    static let demonymsText = """
        afghan afghans afghani pakistani pakistanis pak-afghan iranian iranians persian persians indian indians
        chinese bangladeshi bangladeshis sri_lankan nepali nepalese bhutanese maldivian burmese myanmarese
        saudi_arabian saudis emirati emiratis qatari qataris kuwaiti kuwaitis bahraini bahrainis omani omanis
        yemeni yemenis iraqi iraqis syrian syrians lebanese jordanian jordanians israeli israelis palestinian
        palestinians egyptian egyptians libyan libyans tunisian tunisians algerian algerians moroccan moroccans
        mauritanian mauritanians malian malians burkinabe burkinabè nigerien nigeriens chadian chadians
        nigerian nigerians cameroonian cameroonians sudanese somali somalis somalian ethiopian ethiopians
        eritrean eritreans kenyan kenyans ugandan ugandans congolese rwandan rwandans burundian burundians
        tanzanian tanzanians mozambican mozambicans angolan angolans zimbabwean zambian malawian ghanaian
        ghanaians ivorian ivorians beninese togolese senegalese gambian guinean guineans liberian liberians
        sierra_leonean centrafrican south_african african africans sahelian turkish turk turks kurdish kurd
        kurds azerbaijani azeri azeris armenian armenians georgian georgians russian russians ukrainian
        ukrainians belarusian tajik tajiks tajikistani uzbek uzbeks turkmen kyrgyz kazakh kazakhs american
        americans british briton britons english french german germans italian italians spanish portuguese
        dutch belgian swiss austrian swedish norwegian danish finnish polish czech greek greeks european
        europeans canadian canadians mexican mexicans colombian colombians venezuelan venezuelans brazilian
        brazilians peruvian argentine argentinian chilean cuban haitian filipino filipinos filipina philippine
        indonesian indonesians malaysian malaysians thai vietnamese cambodian laotian korean koreans japanese
        australian australians asian asians arab arabs arabian western westerners middle_eastern
        baloch baluch balochi baluchi baloches baluches beloch beluch pashtun pashtuns pakhtun pakhtuns
        pukhtun pushtun pathan pathans punjabi punjabis sindhi sindhis kashmiri kashmiris muhajir mohajir
        hazara hazaras uyghur uyghurs uighur uighurs tibetan tibetans rohingya rohingyas bengali bengalis
        tamil tamils sinhalese naga nagas manipuri assamese bodo maoist
        hausa fulani fula peul tuareg tuaregs yoruba igbo ibo kanuri berber berbers amazigh tigrayan
        tigrayans amhara oromo afar dinka nuer hutu tutsi banyamulenge lendu hema nande zaghawa masalit
        druze alawite alawites sunni sunnis shia shias shiite shiites ismaili ahmadi ahmadis christian
        christians muslim muslims hindu hindus sikh sikhs jewish jew jews yazidi yazidis
        moro bangsamoro tausug maranao maguindanao
        """

    /// Given names and very common family names. A single-word place with one of these names needs
    /// the same evidence as a common word, and a place word after one is part of a person's name.
    static let personNamesText = """
        abdul abdullah abdur abu ahmad ahmed akbar akhtar ali allah amin amir anwar arif arshad asad asif
        asim aslam ayub aziz babar bashir bilal dawood ejaz faisal farooq fazal ghulam gul habib hafeez
        hamid hamza hanif haroon hasan hashim hassan hussain hussein ibrahim iftikhar ijaz ikram imran inayat
        iqbal irfan ishaq ismail jafar jalal jamal jamil javed kamal karim kashif khalid khalil khurram
        latif mahmood mahmoud majid malik mansoor maqsood masood mehmood mohammad mohammed muhammad mujahid
        mukhtar murad musa mustafa nadeem naeem nasir naveed nawaz nazir noor omar osama pervez qasim rahim
        rahman rashid rauf raza rehman riaz saeed saleem salim sami sarfraz shabbir shafiq shahid shahzad
        shakeel sharif shaukat sohail sultan tahir talal tariq umar usman waheed wajid waqar waseem yasin
        younis yousaf yusuf zafar zahid zaheer zaid zakir zia zubair khan shah baloch bugti marri mengal
        qureshi siddiqui chaudhry butt abbasi achakzai kakar yousafzai afridi mehsud wazir durrani
        ayesha aisha fatima khadija maryam zainab amina asma nadia sana sara sadia saima
        reza hossein hosseini mohsen mehdi ebrahim esmail gholam jalil javad masoud mojtaba morteza nasser
        qassem rouhani soleimani
        aliyu abubakar bello garba ibrahim lawal musa sani shehu usman umaru yakubu yusuf ahmadu babangida
        tinubu buhari shettima idris kabiru
        ahmed abdi abdirahman farah hassan mohamed
        john james robert michael william david richard joseph thomas charles christopher daniel matthew
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
        gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
        zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl
        harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert
        willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra
        margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca
        sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela nicole samantha katherine
        christine helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria
        ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline martha
        madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice judy isabella julia
        grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla
        alexis lori marie florence georgia chad israel
        manuel carlos luis miguel pedro francisco antonio gustavo ivan alvaro rodrigo diego fernando jorge
        pablo andres felipe ricardo rafael alejandro sergio eduardo roberto mario victor oscar hector raul
        ferdinand
        """

    // MARK: - Parsed tables

    static let designators = words(designatorsText)
    static let trailingDesignators = words(trailingDesignatorsText)
    static let prefixDesignators = words(prefixDesignatorsText)
    static let namePrefixes = words(namePrefixesText)
    static let titles = words(titlesText)
    static let personTitles = words(personTitlesText)
    static let speechVerbs = words(speechVerbsText)
    static let diseaseHeads = words(diseaseHeadsText)
    static let stateWords = words(stateWordsText)
    static let directionals = words(directionalsText)
    static let locativePrepositions = words(locativePrepositionsText)
    static let locativeNouns = words(locativeNounsText)
    static let borderNouns = words(borderNounsText)
    static let functionWords = words(functionWordsText)
    static let calendarWords = words(calendarWordsText)
    static let particles = words(particlesText)
    /// The particles that may begin a place name in lower case: Arabic articles (`al-Hasakah`).
    static let leadingArticles: Set<String> = ["al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ul"]
    /// Romance connectors inside names of organisations and outlets (`Carta de Mocambique`).
    static let romanceConnectors: Set<String> = ["de", "du", "da", "di", "del", "des", "do", "dos", "das"]
    static let adjectivalNames = words(adjectivalNamesText)
    static let demonyms = words(demonymsText)
    static let personNames = words(personNamesText)
    static let commonWords = words(commonWordsText)

    /// The class of an organisation head word.
    enum HeadClass: String, Sendable {
        case force, building, organisation, outlet
    }

    static let organisationHeads: [String: HeadClass] = {
        var heads: [String: HeadClass] = [:]
        for line in organisationHeadsText.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = content.split(separator: ":", maxSplits: 1)
            guard parts.count == 2,
                  let kind = HeadClass(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else { continue }
            for word in parts[1].split(separator: " ") where heads[String(word)] == nil {
                heads[String(word)] = kind
            }
        }
        return heads
    }()

    /// Multi-word designators (`local government area`), as key sequences, longest first.
    static let multiWordDesignators: [[String]] = designators
        .filter { $0.contains(" ") }
        .map { $0.split(separator: " ").map(String.init) }
        .sorted { $0.count > $1.count }

    /// The entries of a table: words separated by spaces and line breaks, `_` standing for a space
    /// inside an entry, `#` starting a comment.
    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            for word in content.split(separator: " ") {
                result.insert(word.replacingOccurrences(of: "_", with: " "))
            }
        }
        return result
    }
}
