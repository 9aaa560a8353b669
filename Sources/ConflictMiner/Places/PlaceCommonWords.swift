// Generated data: do not edit by hand. See docs/places.md ("Evidence for common words");
// built by Scripts/gazetteers/build_common_words.py.
//
// English words (lower-case entries of the web2 word list with a wordfreq Zipf frequency >= 3.0,
// wordfreq 3.1.1, english-words 2.0.2), less the names of countries and of places of a million
// people or more. A single-word place name in this list needs evidence besides its capital letter.

extension PlaceLexicon {
    static let commonWordsText = """
        aa abandon abandoned abandonment abbas abbey abbot abbreviation abdomen abdominal abduction abide abiding
        abigail ability abject able abnormal abnormally aboard abode abolish abolition abomination aboriginal abort
        aborted abortion abound about above abrasive abridged abroad abrupt abruptly absence absent absentee absolute
        absolutely absorb absorbed absorbing absorption abstain abstinence abstract abstraction absurd absurdity abu
        abundance abundant abundantly abuse abuser abusive abyss academic academically academy accelerate accelerated
        acceleration accelerator accent accept acceptable acceptance accepted access accessibility accessible
        accession accessory accident accidental accidentally acclaim accommodate accommodating accommodation
        accompaniment accompany accomplice accomplish accomplished accomplishment accord accordance according
        accordingly accordion account accountability accountable accountancy accountant accounting accreditation
        accredited accumulate accumulation accuracy accurate accurately accusation accuse accused accustomed ace
        acetate ache achievable achieve achievement aching acid acidic acidity acknowledge acknowledged
        acknowledgement acknowledgment acne acorn acoustic acoustics acquaintance acquainted acquire acquired
        acquisition acquittal acre acreage acronym across acrylic act actin acting action actionable activate
        activation active actively activism activist activity actor actress actual actuality actually acupuncture
        acute acutely ad adamant adapt adaptable adaptation adapter adaptive add added addict addicted addiction
        addition additional additionally additive address adept adequate adequately adhere adherence adhesion
        adhesive adjacent adjective adjoining adjunct adjust adjustable adjustment adjutant admin administer
        administered administration administrative administrator admirable admiral admiralty admiration admire
        admired admirer admiring admission admit admitted admittedly ado adobe adolescence adolescent adopt adopted
        adoption adoptive adorable adoration adore adorn adrenaline adrift adult adultery adulthood advance advanced
        advancement advancing advantage advantageous adventure adventurer adventurous adversary adverse adversely
        adversity advert advertise advertisement advertiser advertising advice advisable advise advised adviser
        advisor advisory advocacy advocate ae aegis aerial aero aerobic aerodynamic aeronautical aeronautics
        aeroplane aerosol aes aesthetic aesthetically aesthetics afar affair affect affected affecting affection
        affectionate affectionately affective affidavit affiliate affiliation affinity affirm affirmation affirmative
        afflicted affliction affluent afford affordable afield afloat afraid aft after afterlife aftermath afternoon
        afternoons afterward afterwards aga again against agar age aged agency agenda agent aggravating aggregate
        aggregation aggression aggressive aggressively aggressor agile agility aging agitation agnostic ago agony
        agrarian agree agreeable agreed agreeing agreement agricultural agriculture ah aha ahead ahem ai aid aide
        ailing aim aiming aint air aircraft airfield airing airliner airplane airport airway airy aisle ak aka akin
        al ala alameda alamo alan alarm alarmed alarming alas alba albeit albino album alchemist alchemy alcohol
        alcoholic alcoholism alderman ale alec alert alf alfa alfonso algae algebra algebraic algorithm alias alibi
        alien alienate alienation alight align alignment alike alimony alison alive alkaline all allan allegation
        allege allegedly allegiance allegory allergic allergy alleviate alley alliance allied allies alligator
        allocate allocation allotment allow allowance alloy allure alluring ally alma almanac almighty almond almost
        aloe aloft alone along alongside aloud alp alpha alphabet alphabetical alphabetically alpine already alright
        also alt altar alter alteration altercation alternate alternately alternating alternative alternatively
        although altitude alto altogether alum aluminium aluminum alumni always am ama amalgamation amateur amaze
        amazed amazement amazing amazingly ambassador amber ambient ambiguity ambiguous ambition ambitious ambivalent
        ambrose ambulance ambush amelia amen amend amendment amends amethyst ami amid amidst amin amino amir ammo
        ammonia ammonium ammunition amnesia amnesty among amongst amor amount amour amp amphibious ample
        amplification amplifier amplify amplitude amputation amuse amused amusement amusing amy an ana anal analogous
        analogue analogy analyse analyses analysis analyst analytic analytical analytics analyze analyzer anarchism
        anarchist anarchy anatomical anatomy ancestor ancestral ancestry anchor anchorage anchored ancient ancillary
        and android anecdotal anecdote anemia anesthesia anesthetic aneurysm anew angel angelic angelica anger angle
        angled angling angrily angry angst anguish angular ani anil animal animate animated animation anime animosity
        ankle ann anna annals annex annexation annihilation anniversary announce announcement announcer annoy
        annoyance annoying annual annually annuity anomaly anon anonymity anonymous anonymously anorexia another
        answer ant antagonist antagonistic antarctic ante antelope antenna antennae anterior anthem anthology anthrax
        anthropological anthropologist anthropology anti antibiotic antibody antichrist anticipate anticipation
        antidote antigen antiquated antique antiquity antisocial antitrust anus anvil anxiety anxious anxiously any
        anybody anyhow anyone anything anyway anyways anywhere aortic apa apache apart apartheid apartment apathy ape
        aperture apex apiece apnea apocalypse apocalyptic apologize apology apostle apostolic appalling apparatus
        apparel apparent apparently appeal appealing appear appearance appease appellate appendix appetite applaud
        applause apple appliance applicable applicant application applied apply appoint appointment appraisal
        appreciate appreciation appreciative apprehend apprehension apprehensive apprentice apprenticeship approach
        approaching appropriate appropriately appropriation approval approve approximate approximately approximation
        apron apt aptitude aptly aqua aquaculture aquarium aquatic aqueous ar ara arbitrarily arbitrary arbitration
        arbor arc arcade arch archaeological archaeologist archaeology archaic archbishop archdiocese arched archer
        archery arches archipelago architect architectural architecture archival archive arctic ardent arduous are
        area arena arent argentine argue argument aria arid ariel arise arisen aristocracy aristocratic arithmetic
        arjun ark arm armada armament armchair armed arming armistice armor armored armory armpit arms army aroma
        aromatic arose around arousal arrange arrangement array arrest arresting arrival arrive arrogance arrogant
        arrow arse arsenal arsenic arson art arterial artery arthritis article articulate articulated articulation
        artifact artificial artificially artillery artisan artist artistic artistry as asbestos ascend ascending
        ascension ascent ascertain ascot ash ashamed ashes ashore aside ask asleep asp asparagus aspect aspen asphalt
        aspiration aspire aspirin aspiring ass assailant assassin assassinate assassination assault assay assemble
        assembly assent assert assertion assertive assess assessed assessment asset assets assign assigned assignment
        assimilate assimilation assist assistance assistant associate associated association assorted assortment
        assume assumed assuming assumption assurance assure assured assuring ast asterisk asteroid asthma astonishing
        astounding astral astray astrology astronaut astronomer astronomical astronomy astute aswell asylum
        asymmetric asymmetrical at ate atheism atheist athlete athletic athletics atlantic atlas atmosphere
        atmospheric atom atomic atonement atop atrium atrocious atrocity attach attached attachment attack attacker
        attain attainable attainment attempt attend attendance attendant attention attentive attest attic attire
        attitude attorney attract attraction attractive attractiveness attributable attribute attribution attrition
        atypical auburn auction auctioneer audacity audible audience audio audit audition auditor auditorium auditory
        augment augmentation augmented august aunt auntie aura aurora auspices auspicious austere austerity authentic
        authentication authenticity author authoritarian authoritarianism authoritative authority authorization
        authorize authorized authorship autism autistic auto autobiographical autobiography autograph automatic
        automatically automobile automotive autonomous autonomy autopilot autopsy autumn auxiliary ava avail
        availability available avalanche ave avenge avenger avenue average averse aversion avert averted avian
        aviation avid avocado avoid avoidance aw await awake awaken awakening award aware awareness away awe awesome
        awful awfully awhile awkward awkwardly awkwardness awoke ax axe axes axial axiom axis axle ay aye azalea
        azure ba baba babe baby bac bach bachelor back backbone backdoor backdrop backed backer backfire background
        backing backlash backlog backside backstage backup backward backwards bacon bacteria bacterial bacterium bad
        badge badger badly badminton bae baffling bafta bag bagel baggage bagged bagging baggy bah bail bailey
        bailiff bain bait bake baked baker bakery baking bal balance balanced balancing balcony bald bale bali ball
        ballad ballast ballerina ballet ballistic balloon ballot ballroom balm bam bamboo ban banana banco band banda
        bandage banded bandit bane bang banger banging banish banjo bank banked banker banking bankrupt bankruptcy
        banner banning banquet banter baptism bar barb barbarian barbaric barbecue barbed barber bard bare barefoot
        barely bargain barge bark barker barking barley barlow barn barnard barney barometer baron baroness baroque
        barrage barred barrel barren barricade barrier barring barrister barrow barry bartender barter barton bas
        basal basalt base baseball based baseless baseman basement bases bash basic basically basil basilica basin
        basis basket basketball basque bass bassist bastard bastille bastion bat batch bateman bath bathe bathing
        bathroom bathtub batman baton bats batsman battalion batter battered battery batting battle battled
        battlefield battleground battleship baxter bay bayonet bayou bazaar be beach beacon bead beaded beagle beak
        beam beamed beaming bean bear beard bearded bearer bearing beast beat beaten beater beating beau beautiful
        beautifully beauty beaver because beck becker become becomes becoming bed bedding bedrock bedroom bedside
        bedtime bee beech beef been beer bees beet beetle before beforehand beg beggar begging begin beginner
        beginning begun behalf behave behavior behavioral behind behold beige being bel belated belief believable
        believe believer believing bell belle belligerent bellows belly belong belonging beloved below belt ben bench
        bend bender bending beneath benedict benefactor beneficial beneficiary benefit benevolent benign benjamin
        benn bennet benny bent berg berger berry berserk berth beset beside besides besieged bespoke best bet beta
        beth bethel betray betrayal better betterment betting betty between beverage beware bewildered bey beyond
        bias bibliography biceps bicycle bid bidder bidding bien biennial big bigger biggest bigot bigoted bigotry
        bike bikini bilateral bile bilingual bill billboard billed billing billion billionaire billy bin binary bind
        binder binding bing binge bingo biochemical biochemistry biographer biographical biography biological
        biologically biologist biology biopsy bios bipartisan bipolar birch bird birdie birth birthday birthplace
        birthright bis biscuit bisexual bishop bison bistro bit bitch bite biting bitten bitter bitterly bitterness
        bittersweet biz bizarre black blackberry blackboard blackjack blackmail blackness blackout blacksmith
        blackwater bladder blade blah blair blake blame blamed blaming blanc blanco bland blank blanket blasphemy
        blast blasted blaster blasting blatant blatantly blaze blazer blazing bleach bleached bleaching bleak bled
        bleed bleeding blend blended blender blending bless blessed blessing blight blind blinded blindfolded
        blinding blindly blindness blink blinked blinking bliss blissful blister blitz blizzard bloated blob bloc
        block blockade blockage blockbuster blocked blocker blocking bloke blonde blood blooded bloodshed bloody
        bloom blooming blossom blot blouse blow blower blowing blown blowout blue blueberry bluegrass blueprint blues
        bluff blunder blunt bluntly blur blurred blurry blush blushing bo boa boar board boarding boardwalk boast
        boasting boat boating bob bobby bobo bod bode bodied bodily body bodyguard bog bogus boil boiled boiler
        boiling bold boldly bolster bolt bom bomb bombardment bombed bomber bombshell bon bonanza bond bondage bonded
        bonding bone boner bonfire bong bonnet bonus bony boo boob book booked booker booking booklet bookmark
        bookshop bookstore boom boomer boomerang booming boon boost booster boot booted booth bootleg boots booty
        booze bop bor bora border bordered bordering borderline bore boredom borg boring born borne borough borrow
        borrower borrowing bosch bose bosom boss boston bot botanic botanical botany botched both bother bottle
        bottled bottling bottom bought boulder boulevard bounce bouncer bouncing bound boundary bounded boundless
        bounty bouquet bourbon bourgeois bourgeoisie bout bovine bow bowed bowel bowels bower bowie bowing bowl
        bowler bowling bowls bowman boxer boxing boy boycott boyhood bra brace braced bracelet braces bracing bracket
        brad brag bragging braid braided brain brainer brains brake bran branch branched branching brand branded
        brandy brass brat brave bravely bravery bravo brawl bray brazen breach bread breadth break breakaway
        breakdown breaker breakfast breaking breakout breakthrough breakup breast breasted breastfeeding breath
        breathe breathed breather breathing breathless bred bree breed breeder breeding breeze breezy brent bret
        brethren brett brew brewer brewery brewing brewster bribe bribery brick bridal bride bridesmaid bridge
        bridging brief briefing briefly briefs brig brigade brigadier bright brighten brightly brightness brill
        brilliance brilliant brilliantly brim brine bring brink brisk brit brittle broad broadcast broadcaster
        broaden broadly broadway broccoli brochure brock broke broken broker brokerage bronze brooch brood brooding
        brook broom broth brothel brother brotherhood brought brow brown brownie browning brownish browse browser
        browsing bruise bruising brunch brunette brunswick brunt brush brushed brushes brushing brutal brutality
        brutally brute bu bubble bubbling bubbly buck bucket buckle bucky bud budding buddy budge budget budgetary
        buff buffalo buffer buffet buffy bug bugger buggy build builder building buildup built bulb bulge bulk bulky
        bull bulldog bullet bulletin bulletproof bullion bullish bullock bully bullying bum bummed bummer bump bumper
        bumping bumpy bun bunch bundle bundy bungalow bunk bunker bunny bunting buoy burbank burden bureau
        bureaucracy bureaucratic burgess burglar burglary burial buried burke burlesque burn burned burner burning
        burnout burnt burr burrito burrow burst burt burton bury burying bus bush business businessman bust busted
        buster bustling busy but butch butcher butler butt butte butter butterfly button buttons buy buyer buzz
        buzzer buzzing by bye bypass bystander ca cab cabal cabaret cabbage cabin cabinet cable cabot cache cad
        cadence cadet cadre cafeteria caffeine cage caged cain cake cal calais calamity calcium calculate calculated
        calculating calculation calculator calculus calendar calf caliber calibration calibre caliphate call caller
        calligraphy calling callous calm calmer calmly calorie calves cam came camel cameo camera cameraman camilla
        camouflage camp campaign campaigner camper campfire campground campus can canal canary cancel cancellation
        cancer cancerous candid candidacy candidate candle candlelight candy cane canine canister canned cannibal
        cannibalism canning cannon cannot canoe canon canonical canopy cant canteen canton cantor canvas canyon cap
        capability capable capacitor capacity cape capes capital capitalism capitalist capitalization capitalize
        capped capping capsule captain caption captivating captive captivity capture car caramel carat caravan
        carbohydrate carbon carbonate carcass carcinoma card cardboard cardiac cardigan cardinal cardiology
        cardiovascular care career carefree careful carefully careless caretaker cargo caricature carl carlin carnage
        carney carnival carol caroline carp carpenter carpet carr carriage carrick carried carrier carrot carry
        carrying cart carte cartel carter cartilage carton cartoon cartoonist cartridge cartwright carve carver
        carving cascade case cash cashier cashmere casing casino casket cass casserole cassie cast caste caster
        casting castle castor casual casually casualty cat catalina catalogue catalyst catalytic catapult catastrophe
        catastrophic catch catcher catching catchment catchy cate categorically category cater caterpillar catfish
        cathedral catheter cathode catholic catholicism cattle caucus caught cauliflower causal causation cause
        causeway causing caution cautious cautiously cavalier cavalry cave caveat cavendish cavern caviar cavity
        cayman ce cease cedar ceiling celebrate celebrated celebration celebratory celebrity celery celeste celestial
        cell cellar cello cellular cellulose cement cemetery censor censorship census cent centenary centennial
        center centered centerpiece central centrally centric centrist centurion century ceramic ceramics cereal
        cerebral ceremonial ceremony certain certainly certainty certificate certification certified certify cervical
        cervix cessation cha chai chain chained chair chairman chakra chalet chalice chalk challenge challenger
        chamber chamberlain chameleon champ champagne champaign champion championship chance chancellor chandelier
        chandler chang change changer channel channeling chant chanting chao chaos chaotic chap chapel chaplain
        chapman chaps chapter char character characteristic characterization characterize charcoal charge charger
        charging chariot charisma charismatic charitable charity charm charming chart charter chartered charting
        chase chaser chasing chassis chastity chat chateau chatter chatting chauffeur che cheap cheaply cheat cheater
        cheating check checked checker checkers checkout cheek cheeky cheer cheered cheerful cheering cheerleader
        cheery cheese cheeseburger cheesecake cheesy cheetah chef chemical chemically chemist chemistry chemotherapy
        cheng cheque cherish cherry chess chest chester chesterfield chestnut chevron chevy chew chi chia chic chick
        chicken chico chief chiefly child childbirth childhood childish childless children chili chill chilled
        chilling chilly chime chimney chin ching chino chip chipped chipping chips chit chivalry chloride chlorine
        cho chocolate choice choir choke choking cholera cholesterol choose choosing chop chopped chopper chopping
        choral chord chore choreographer choreography chorus chose chosen chow chrome chromium chromosome chronic
        chronically chronicle chronological chronology chubby chuck chuckle chun chunk chunky church churn churning
        chute cider cigar cigarette cinema cinematic cinematography cinnamon cipher circa circle circled circling
        circuit circular circulate circulation circumcision circumference circumstance circumstantial circumvent
        circus cisco citadel citation cite citizen citizenship citrus city civic civil civilian civility civilization
        civilized clad claim claimant clam clamp clan clandestine clap clapped clapping clarendon clarification
        clarify clarinet clarity clark clash clasp class classed classes classic classical classification classified
        classmate classroom classy clause claw clay clean cleaner cleaning cleanliness cleanly cleanse cleanser
        cleansing cleanup clear clearance clearer clearing clearly cleavage cleaver clement clergy clergyman cleric
        clerical clerk clever cleverly cliche click client clientele cliff climate climatic climax climb climber
        climbing clinch cling clinging clinic clinical clinically clint clip clipped clipper clipping clips clique
        clit clive cloak clock clocked clockwise clockwork clone close closed closely closeness closer closet closure
        clot cloth clothes clothing cloud clouded cloudy clout clover clown club clubhouse clue clumsy cluster
        clustered clustering clutch clutter coach coaching coal coalition coarse coast coastal coaster coat coated
        coating cob cobalt cobra coca cocaine cock cockpit cockroach cocktail cocky coco cocoa coconut cocoon cod
        code codex coe coefficient coercion coexist coffee coffin cog cognition cognitive coherence coherent cohesion
        cohesive cohort coil coin coinage coincide coincidence coincidentally coke col cola cold colder cole coli
        colin coliseum coll collaborate collaboration collaborative collaborator collage collagen collapse collar
        collateral colleague collect collected collectible collection collective collectively collector colleen
        college collegiate collide collier collin collins collision collusion colon colonel colonial colonialism
        colonization colony color colorado coloration colored colorful coloring colorless colors colossal colossus
        colt column columnist coma comb combat combination combine combined combing combining combustion come
        comeback comedian comedic comedy comes comet comfort comfortable comfortably comforting comfy comic comical
        coming comma command commandant commander commanding commandment commando commemorate commemoration
        commemorative commence commencement commend commendable commendation comment commentary commentator commerce
        commercial commercially commission commissioner commit commitment committee commodity commodore common
        commonly commonplace commons commonwealth commotion communal commune communicate communicating communication
        communion communism communist community commute commuter commuting compact companion companionship company
        comparable comparative comparatively compare comparison compartment compass compassion compassionate
        compatibility compatible compel compelling compendium compensate compensating compensation compete competence
        competency competent competition competitive competitively competitiveness competitor compilation compile
        compiler complacency complacent complain complainant complaint complement complementary complete completely
        completeness completion complex complexion complexity compliance compliant complicate complicated
        complication complicity compliment complimentary comply component compose composed composer composite
        composition compost composure compound compounding comprehend comprehension comprehensive compress compressed
        compression compressor comprise comprised compromise compromising comptroller compulsion compulsive
        compulsory computation computational compute computer comrade con concave conceal concealed concede conceded
        conceivable conceive concentrate concentrated concentration concept conception conceptual concern concerned
        concerning concert concerted concerto concession concierge concise conclude concluding conclusion conclusive
        concord concrete concur concurrent concurrently concussion condemn condemnation condemned condemning
        condensation condensed condescending condition conditional conditioned conditioner condominium condone
        conducive conduct conductive conductivity conductor conduit cone cones confederacy confederate confederation
        conference confess confessing confession confessional confidence confident confidential confidentiality
        confidently configuration configure confined confinement confirm confirmation confirmed confirming conflict
        conflicting confluence conform conformity confront confrontation confuse confused confusion congenital
        congested congestion conglomerate congratulate congregation congregational congress congressional congressman
        conical conjecture conjunction conjure conn connect connected connection connective connectivity connector
        conner conquer conquering conqueror conquest conscience conscientious conscious consciously consciousness
        consecrated consecutive consensual consensus consent consenting consequence consequent consequential
        consequently conservancy conservation conservatism conservative conservatory conserve consider considerable
        considerably considerate consideration considered considering consignment consist consistency consistent
        consistently consolation console consolidate consolidated consolidation consonant consort consortium
        conspicuous conspiracy conspiring constable constant constantly constellation constipation constituency
        constituent constitute constitution constitutional constitutionally constrained constraint construct
        construction constructive consul consular consulate consult consultant consultation consultative consulting
        consume consumer consuming consummate consumption contact contagion contagious contain container containment
        contamination conte contemplate contemplation contemporary contempt contender contending content contention
        contentious contentment contents contest contestant context contextual contiguous continent continental
        contingency contingent continual continually continuation continue continued continuity continuous
        continuously continuum contour contra contraband contraception contraceptive contract contracted contraction
        contractor contractual contradict contradiction contradictory contrary contrast contribute contribution
        contributor control controller controversial controversy conundrum convection convene convenience convenient
        conveniently convent convention conventional conventionally converge convergence conversation conversational
        converse conversely conversion convert converted converter convertible converting convex convey convict
        conviction convince convinced convincing convincingly convoluted convoy coo cook cookbook cooker cookery
        cooking cool coolant cooler cooling coon coop cooper cooperate cop copa cope copied coping copious copper
        copy copyright cor cora coral cord cordial cordon core corinne cork corn corner cornered cornerstone corny
        corolla corona coronary coronation coroner corp corporal corporate corporation corps corpse corpus corral
        correct corrected correcting correction correctional corrective correctly correctness correlate correlated
        correlation correspond correspondence correspondent corresponding corridor corrosion corrosive corrugated
        corrupt corrupted corruption corset cortex cortez cortical corvette cos cosmetic cosmic cosmopolitan cosmos
        cost costa costing costly costume cosy cot cottage cotton couch cougar cough could council councilman counsel
        counselor count counter counteract counterfeit counterpart counterpoint countess counting countless country
        countryside county coup coupe couple coupled coupling coupon courage courageous courier course court
        courteous courtesy courthouse courtroom courtship courtyard cousin cove covenant covent cover coverage
        covered covering covert covid cow coward cowardice cowardly cowboy cox coy coyote coz cozy crab crack
        crackdown cracked cracker crackers cracking cradle craft craftsman craftsmanship crafty cram cramp cramped
        cranberry crane crank cranky crap crash crate crater crave craven craving crawl crawley crawling crayon craze
        crazed craziness crazy cream creamy crease create creation creative creatively creativity creator creature
        credence credibility credible credit creditor cree creed creek creep creeping creepy cremation creole crept
        crescent crest cretaceous crew crib cricket cricketer cried crime criminal criminally criminology crimson
        cringe cripple crippling crises crisis crisp crispy criteria criterion critic critical critically criticism
        criticize critique crochet crock crocker crocodile croft crook crooked crop crore cross crossbow crossed
        crossing crossover crossroads crossword crotch crouch crow crowd crowded crown crowned croydon crucial
        crucible crucified crucifix crucifixion crude cruel cruelty cruise cruiser crumble crunch crunching crunchy
        crusade crusader crush crushed crusher crushing crust crusty crux cry crying crypt cryptic crystal
        crystalline cub cube cubic cubicle cuckoo cucumber cuddle cuddly cue cuff cuisine culinary culmination
        culprit cult cultivate cultivated cultivation cultural culturally culture cultured cum cumbersome cumin
        cumulative cunning cup cupboard cupcake curate curator curb cure curfew curing curiosity curious curiously
        curl curled curling curly currency current currently curricula curricular curriculum curry curse cursed
        cursor curt curtailed curtain curvature curve curved curvy cushion cusp custard custodial custodian custody
        custom customary customer customs cut cute cutie cutler cutlery cutoff cutter cutting cyanide cycle cyclic
        cyclical cycling cyclist cyclone cylinder cylindrical cynical cynicism cypress cyrus cyst cystic czar da dab
        dad dada daddy dade dae daft dagger daggers dah daily dainty dairy daisy dak dal dale dalton dam damage
        damages dame damn damned damning damp dan dance dancer dancing dandy dang danger dangerous dangerously
        dangling dank dar darby dare daredevil daring dark darkness darling darn dart darts das dash dashboard dashed
        dashing data date dating daughter daunting davenport davy daw dawn day daybreak daylight days daytime dazed
        dazzle de deacon dead deadline deadly deaf deal dealer dealership dealing dealt dean dear dearborn dearly
        death deb debacle debatable debate debating debit debris debt debtor debut decade decadent decal decay
        deceased deceit deceive deceiving decency decent deception deceptive decide decided decidedly deciduous
        decimal decipher decision decisive decisively deck decked decker declaration declare declared decline
        declined decode decomposition decorate decorated decoration decorative decoy decrease decreasing decree
        dedicate dedication deduct deductible deduction dee deed deem deep deepen deepening deeply deer defamation
        default defeat defect defective defence defend defendant defender defense defenseless defensive defensively
        defer deferred defiance defiant defiantly deficiency deficient deficit define defined definite definitely
        definition definitive definitively deflect deflected deflection deforestation deformation deformed defunct
        defy degenerate degeneration degenerative degradation degrade degraded degrading degree dehydration deity
        delay delaying delegate delegation delete deletion deliberate deliberately deliberation delicacy delicate
        delicately delicious delight delighted delightful delinquent deliver deliverance delivery dell delta deluge
        delusion delusional deluxe delve demand demanding demeanor dementia demi demise democracy democrat democratic
        democratically demographic demolish demolition demon demonic demonstrate demonstration demos den denial denim
        denomination denominator denote denounce dense densely density dent dental dentist dentistry deny deodorant
        depart departed department departmental departure depend dependable dependence dependency dependent depending
        depict depiction depletion deplorable deploy deployment deport deportation deposit deposition depot depraved
        depreciation depressed depressing depression depressive deprivation deprive depth deputy derail deranged
        derby derelict derivation derivative derive derived dermatologist derogatory derrick derry descend descendant
        descending descent describe description descriptive desert deserted deserve deserved deserving desi design
        designate designation designed designer designing desirable desire desired desist desk desolate desolation
        despair desperate desperately desperation despicable despise despite dessert destination destiny destitute
        destroy destroyer destruction destructive detached detachment detail detailed detain detect detectable
        detection detective detector detention deter detergent deteriorate deterioration determination determine
        determined deterrent detonation detour detract detriment detrimental dev devastating devastation develop
        developer development developmental deviant deviate deviation device devil devious devise devoid devolution
        devote devoted devotion devotional devour devout dew dexter dexterity dey dharma di diabetes diabetic
        diagnose diagnoses diagnosis diagnostic diagnostics diagonal diagram dial dialect dialing dialogue dialysis
        diameter diamond diaper diaphragm diarrhea diary dice dichotomy dick dickens dictate dictator dictatorship
        dictionary did didnt die diem diesel diet dietary dieter differ difference different differential
        differentiate differentiation differently difficult difficulty diffraction diffuse diffusion dig digest
        digested digestion digestive digger digging digit digital digitally dignified dignity digs dilapidated dildo
        dilemma diligence diligent diligently dill dilute diluted dilution dim dime dimension dimensional diminish
        diminutive din dine diner ding dining dinner dinosaur diocese diode dioxide dip diploma diplomacy diplomat
        diplomatic dipped dipping dire direct directed direction directional directive directly director directorate
        directory dirk dirt dirty dis disability disable disabled disadvantage disagree disagreed disagreement
        disappear disappearance disappearing disappoint disappointed disappointing disappointment disapproval
        disapprove disarm disarmament disaster disastrous disbelief disc discard discern discerning discharge
        disciple disciplinary discipline disclaimer disclose disclosed disclosure discography discomfort disconnect
        disconnected discontent discontinue discord discount discourage discouraging discourse discover discovered
        discovery discredit discreet discreetly discrepancy discrete discretion discretionary discriminate
        discriminating discrimination discriminatory discuss discussion disdain disease diseased disgrace disgraceful
        disguise disguised disgust disgusted disgusting dish dishonest dishwasher disintegration disk dislike
        dislocated dismal dismantle dismay dismiss dismissal dismissive disobedience disorder disorderly disparate
        disparity dispatch dispatcher dispel dispensary dispense dispenser dispersal disperse dispersed dispersion
        displacement display displayed displeasure disposable disposal dispose disposed disposition disproportionate
        disproportionately dispute disqualification disregard disrespect disrespectful disrupt disruption disruptive
        diss dissatisfaction dissatisfied dissection disseminate dissemination dissent dissenting dissertation
        dissident dissimilar dissipated dissolution dissolve dissolving dissonance dissuade distal distance distant
        distillation distilled distillery distinct distinction distinctive distinctly distinguish distinguished
        distinguishing distort distorted distortion distract distracted distraction distraught distress distressed
        distressing distribute distributed distribution distributor district distrust disturb disturbance disturbed
        disturbing ditch ditto div diva dive diver divergence divergent divers diverse diversification diversified
        diversify diversion diversity divert diverting divide divided dividend dividing divine diving divinity
        division divisional divisive divorce dixie dizziness dizzy do doable dobson doc dock doctor doctoral
        doctorate doctrine document documentary documentation dod dodd dodge dodger dodgy doe does doesnt dog doggy
        dogma dogs doing dole doll dollar dolly dolphin dom domain dome domestic domestically dominance dominant
        dominate dominated domination dominion domino don donate donated donation done dong donkey donna donor dont
        doodle doom doomsday door doorbell doorstep doorway dope dorado dorm dormant dormitory dorsal dory dos dosage
        dose dossier dot dotted double doubled doubling doubly doubt doubtful doubting doubtless douche dough
        doughnut dove dover dow down downer downfall downgrade downhill downright downside downstairs downstream
        downtown downturn downward dowry dozen drab draft drafting drag dragged dragging dragon dragonfly drain
        drainage drained drake drama dramatic dramatically drank draper drastic drastically draught draw drawback
        drawer drawers drawing drawn dread dreadful dream dreamer dreamt dreamy dreary dredge dredging dress dressed
        dresser dressing drew dribble dried drier drift drifting drill drilling drink drinker drinking drip dripping
        drive driven driver driveway driving drizzle drone drool drop dropout dropping drought drove drown drug
        drugstore drum drummer drumming drunk drunken dry drying dual duality dub dubious dubs duchess duchy duck
        ducking duct dude dudley due duel duet duff dug dugout duke dull duly dum dumb dumbledore dummy dump dumping
        dun dune dung dungeon dunk dunne duo dup duplex duplicate duplication durability durable durant duration
        duress during dusk dust dusting dusty dutch duty dwarf dwell dwelling dye dyer dying dyke dynamic dynamically
        dynamics dynamite dynamo dynasty dysfunction dyslexia ea each eager eagerly eagle ear earl early earn earnest
        earning earnings earring earth earthly earthquake earthy ease easier easiest easily easing east eastbound
        easter eastern eastward easy eat eaten eater eating eats ebb ebony eccentric ecclesiastical echo eclectic
        eclipse ecological ecology economic economical economically economics economist economy ecosystem ecstasy
        ecstatic ecumenical eczema eddy edge edged edging edgy edible edict edit edition editor editorial educate
        educated education educational educator eel eerie effect effective effectively effectiveness effects efficacy
        efficiency efficient efficiently effort effortless effortlessly egalitarian egg eggplant ego egregious eh
        eight eighteen eighteenth eighth eighty either ejection el elaborate elaine elastic elasticity elbow elder
        elderly eldest elect election elective electoral electorate electric electrical electrically electrician
        electricity electrification electro electrode electrolyte electromagnetic electron electronic electronics
        elegance elegant element elemental elementary elephant elevate elevated elevating elevation elevator eleven
        eleventh elf elicit eligibility eligible eliminate elimination elite elixir elk elle elliptical elm elongated
        eloquent else elsewhere elusive elves em emancipation embankment embargo embark embarrass embarrassed
        embarrassing embarrassment embassy embezzlement emblem embodiment embody embrace embracing embroidery embryo
        embryonic emerald emerge emergence emergency emergent emeritus emery emigration eminence eminent emir
        emission emit emma emotion emotional emotionally empathy emperor emphasis emphasize emphatic emphatically
        empire empirical employ employed employee employer employment empower empowerment empress emptiness empty emu
        emulate emulation en enable enact enactment enamel enchanting enclave enclosure encompass encore encounter
        encourage encouragement encouraging encryption encyclopedia end endanger endearing endeavor ended endemic
        ending endless endlessly endocrine endorse endorsed endorsement endothelial endowment endurance endure
        enduring enemy energetic energy enforce enforceable enforced enforcement engage engaged engagement engaging
        engine engineer engineering engraved engraving enhance enhanced enhancement enigma enigmatic enjoy enjoyable
        enjoying enjoyment enlarge enlarged enlargement enlighten enlightened enlightening enlightenment enlist
        enlisted enmity enormous enormously enough enquiry enraged enrich enriching enrichment enroll enrolled
        enrollment enrolment ensemble ensign ensure entail entangled enter entering enterprise entertain entertainer
        entertaining entertainment enthusiasm enthusiast enthusiastic enthusiastically entice enticing entire
        entirely entirety entitlement entity entourage entrance entrepreneur entrepreneurial entrepreneurship entropy
        entry envelope envious environment environmental environmentally envision envoy envy enzyme epic epidemic
        epidemiology epilepsy epilogue episcopal episode episodic epithelial epitome epoch equal equality equally
        equate equation equator equatorial equestrian equilibrium equine equinox equip equipment equitable equity
        equivalence equivalent er era eradicate eradication erase erased ere erect erection eric erika erode eroded
        eros erosion erotic erotica err errand erratic erroneous erroneously error ers eruption es escalate escalator
        escape escort escrow esoteric especially espionage esquire essay essence essential essentially establish
        established establishment estate esteem ester estimate estimation estrogen estuary eta etching eternal
        eternally eternity ethanol ethel ether ethereal ethic ethical ethically ethics ethnic ethnically ethos
        etiquette eu eucalyptus eulogy euphoria eureka euthanasia evacuate evacuation evade evaluate evaluation
        evangelical evangelist evaporate evaporation evasion evasive eve even evening evenly event eventful eventual
        eventually ever evergreen everlasting every everybody everyday everyone everything everywhere eviction
        evidence evident evidently evil evocative evoke evolution evolutionary evolve ex exact exactly exaggerate
        exaggerated exaggerating exaggeration exalted exam examination examine examiner examining example excavation
        exceed exceeding exceedingly excel excellence excellency excellent except exception exceptional exceptionally
        excerpt excess excessive excessively exchange exchequer excise excitation excite excited excitedly excitement
        exciting exclamation exclude excluding exclusion exclusive exclusively exclusivity excruciating excursion
        excuse execute executed execution executioner executive exemplary exempt exemption exercise exert exes exhale
        exhaust exhausted exhausting exhaustion exhaustive exhibit exhibition exhilarating exile exist existence
        existent existential exit exodus exorbitant exotic expand expanded expanding expanse expansion expansive
        expect expectancy expectation expedite expedition expel expenditure expense expensive experience experienced
        experiment experimental experimentally experimentation experimented expert expiration expire expiring expiry
        explain explaining explanation explanatory explicit explicitly explode exploded exploit exploitation
        exploration exploratory explore explorer exploring explosion explosive exponential exponentially export
        exporter expose exposed exposition exposure express expressed expression expressive expressly expressway
        expulsion exquisite extant extend extended extending extension extensive extensively extent exterior
        extermination external externally extinct extinction extinguish extinguished extortion extra extracellular
        extract extracted extraction extradition extraordinarily extraordinary extraterrestrial extravagant extreme
        extremely extremism extremist extremity ey eye eyeball eyebrow eyed eyelid eyesight eyewitness eyre fa fable
        fabric fabrication fabulous facade face faced facet facial facilitate facility facing fact faction factor
        factory factual faculty fad fade faded fading fag fail failing failure faint fainting faintly fair fairer
        fairly fairness fairy faith faithful faithfully faithfulness fake falcon fall fallacy fallen falling false
        falsely fam fame familial familiar familiarity family famine famous famously fan fanatic fanatical fancied
        fancy fandom fanfare fang fanning fantastic fantastically fantasy far farce fare farewell farm farmer
        farmhouse farming farther farthest fascinated fascinating fascination fascism fascist fashion fashionable
        fashioned fast faster fasting fat fatal fatality fatally fate fated fateful father fathom fatigue fatter
        fatty faucet fault faulty faust favor favorable favorably favored favoring favorite fawn fay fe fear feared
        fearful fearless fearsome feasibility feasible feast feat feather feathered feature featured fecal feces fed
        federal federalist federally federation fee feeble feed feedback feeder feeding feel feeling fei feisty
        felicity feline fell fellow fellowship felon felony felt female feminine femininity feminism feminist femur
        fence fencing fend fender feral fermentation fern ferocious ferret ferry fertile fertility fertilization
        fertilizer fervent fervor fest festival festive fetal fetch fetched fetish fetus feud feudal fever few fi
        fiance fiancee fiasco fiat fiber fibrosis fickle fiction fictional fictitious fiddle fide fidelity fiduciary
        field fielded fielder fiend fierce fiercely fiery fiesta fife fifteen fifteenth fifth fifty fig fight fighter
        fighting figurative figure figured filament file filing filings fill filled filler filling filly film filter
        filtering filth filthy filtration fin final finale finalist finally finance financial financially financier
        finch find finder finding fine finely finer finesse finger fingered fingering fingerprint finish finished
        finisher finishing finite fink fir fire firearm fireball fired firefly fireman fireplace firepower firewall
        firewood firing firm firmly first firsthand firstly firth fiscal fish fished fisher fisherman fishery fishing
        fishy fission fist fit fitch fitness fitted fitter fitting five fives fix fixation fixed fixer fixing fixture
        flag flagrant flagship flair flak flake flamboyant flame flaming flamingo flammable flank flanked flanking
        flannel flap flare flash flashing flashlight flashy flask flat flatter flattering flavor flavored flavour
        flaw flawed flawless flax flea fled fledgling flee fleece fleet fleeting flemish flesh fletcher flew flex
        flexibility flexible flick flicker flight flimsy fling flint flip flirt flirting flirty float floating flock
        flood flooded flooding floor flooring flop floppy flora floral florence flores florist floss flotation flour
        flourish flourishing flow flower flowering flowing flown flu fluency fluent fluff fluffy fluid fluke flung
        fluorescence fluorescent fluoride flurry flush flushing flute flutter flux fly flyer flying foam fob focal
        focus fodder foe fog foggy foil fold folded folder folding foliage folio folk folklore follow follower
        following folly fond fondly fondness font foo food fool fooling foolish foolishness foot footage football
        footballer footed footer foothold footing footnote footprint footwear footwork footy for forage foray forbade
        forbid forbidden forbidding force forced forceful forcefully forcibly forcing ford fore forearm forecast
        forecasting foreclosure forefront foregoing foreground forehead foreign foreigner foreman foremost forensic
        foresee foreseeable foresight forest forested forestry forever foreword forfeit forfeiture forge forged
        forgery forget forgetting forging forgive forgiveness forgiving forgot forgotten fork form formal formality
        formally format formation formative formed former formerly formidable forming formula formulate formulation
        forsaken fort forte forth forthcoming forties fortitude fortnight fortress fortunate fortunately fortune
        forty forum forward forwarding forwards fossil foster fostering fought foul found foundation foundational
        founder founding foundry fountain four fourteen fourteenth fourth fowl fowler fox foxy foyer fra fraction
        fractional fracture fragile fragment fragmentation fragmented fragrance fragrant frail frame framed framework
        framing franc franchise franco frank franklin frankly frantic frantically frat fraternal fraternity fraud
        fraudulent fraught fray freak freaky free freed freedom freeing freely freeman freeway freeze freezer
        freezing freight freighter frenzy frequency frequent frequently fresco fresh freshly freshman freshness
        fresno fret friar friction fried friend friendly friendship frigate fright frighten frightened frightening
        fringe frivolous fro frog from front frontal fronted frontier fronting frost frosted frosting frosty frown
        froze frozen fructose frugal fruit fruitful fruition fruitless fruity frustration fry fu fudge fuel fugitive
        fuji fulfill fulfillment fulham full fullback fuller fullness fully fumble fun function functional
        functionality functionally fund fundamental fundamentalist fundamentally funded funds funeral fungal fungi
        fungus funk funky funnel funny fur furious furiously furnace furnish furnished furnishing furniture furry
        further furthermore furthest fury fuse fused fuselage fusion fuss fussy futile future futuristic fuzz fuzzy
        ga gabby gable gadget gag gage gain gaining gains gait gal gala galactic galaxy gale galilee gall gallant
        gallery galley gallon gallop galloway gallows galore galvanized gambit gamble gambler gambling game gaming
        gamma gan gang gangster gap gaping garage garb garbage garden gardener gardening garland garlic garment
        garner garnet garnish garrison garth garvey gas gasoline gasp gasping gastric gastrointestinal gate gated
        gateway gather gathering gator gauge gauntlet gave gay gaze gazette gazing ge gear gearbox geared gearing gee
        geek geese gel gelatin gem gemma gen gender gene genealogical genealogy genera general generalization
        generalized generally generate generating generation generational generator generic generosity generous
        generously genesis genetic genetically genetics geneva genie genital genitalia genitals genius genocide
        genome genomic genre gent gentile gentle gentleman gently gentry genuine genuinely genus geo geographic
        geographical geographically geography geologic geological geologist geology geometric geometry geophysical
        geopolitical geothermal ger germ german germanic gestation gesture get getaway getting ghastly ghetto ghost
        ghostly giant giddy gif gift gifted gig gigantic giggle giggling gilbert gilded gill gilt gimmick gin ginger
        gingerbread giraffe girl girly giro gist git give giveaway given giver giving glacial glacier glad gladiator
        gladly glam glamorous glamour glance glancing gland glare glaring glass glasses glaucoma glaze glazed glazing
        gleaming glee glen glide glider gliding glimmer glimpse glitter glittering global globally globe gloom gloomy
        glorify glorious glory gloss glossary glossy glove glover glow glowing glucose glue glued gluten gnome gnu go
        goa goal goalie goalkeeper goat goblin god goddard goddess godfather godly goes going gold golden goldfish
        goldie goldsmith golf golfer goliath gon gone gong goo good goodman goodness goods goodwill goody goodyear
        goofy goon goose gore gorge gorgeous gorilla gosh gosling gospel gossip got gotten gourmet gout govern
        governance governing government governmental governor gown grab grace graceful gracefully gracious graciously
        grad grade graded grader gradient grading gradual gradually graduate graduated graduating graduation graft
        graham grail grain gram grammar grammatical granada grand grandchild granddaughter grandeur grandfather
        grandma grandmother grandpa grandson grange granger granite granny grant granular grape grapefruit graph
        graphic graphical graphics graphite grapple grappling grasp grasping grass grasshopper grassland grassy grate
        grateful gratification gratifying grating gratitude grave gravel gravely graveyard gravitational gravity
        gravy gray graze grazing grease greasy great greater greatly greatness greed greedy green greener greenhouse
        greenish greenwood greet greeting grenade grew grey greyhound grid grief grievance grieve grieving grievous
        griffin grill grille grilled grim grime grin grind grinder grinding grinning grip gripping grit gritty
        grizzly groan grocer grocery groin groom groove groovy groping gross grossly grotesque ground grounded
        grounding grounds groundwork group grouped grouping grouse grove grow grower growing growl grown growth grub
        grudge gruesome grumpy grunt guarantee guard guarded guardian guarding gubernatorial guerrilla guess guessing
        guest guidance guide guideline guild guillotine guilt guilty guise guitar guitarist gulf gull gullible gully
        gum gump gun gunfire gunman gunner gunning gunpowder gunshot guru gust gusto gut gutter guy gym gymnasium
        gymnast gymnastics gypsy ha habit habitable habitat habitual hack hacked hacker hacking hackney had hah hail
        hair haircut hairdresser haired hairline hairy halal hale half halfback halfway hall hallelujah hallmark
        hallowed hallway halo halt halting halves ham hamburger hamlet hammer hammering hammock hamper hamster
        hamstring han hand handbag handball handbook handed handful handgun handicap handicapped handkerchief handle
        handled handler handling handmade handout handset handshake handsome handwriting handy hangar hanger hanging
        hangout hank hanna hap happen happening happier happiest happily happiness happy harass harassment harbor
        hard harden harder hardly hardness hardship hardware hardwood hardy hare harem harm harman harmful harmless
        harmonic harmonious harmony harness harp harper harrow harrowing harry harsh harshly hart harvest hasan hash
        hassle haste hastily hastings hasty hat hatch hatchet hatching hate hateful hater hath hatred haul haunt
        haunted have haven havent havoc haw hawk hawking hawthorn hay hayward hazard hazardous haze hazel hazy he
        head headache headband headed header heading headless headline headmaster headphone headquarters headset
        headway heal healer healing health healthy heap heaps hear hearing hearsay hearst heart heartache heartbeat
        heartbreak heartbreaking heartbroken hearted heartfelt hearth heartland heartless hearts hearty heat heater
        heath heathen heather heating heaven heavenly heavens heavily heavy heavyweight heck hectare hectic hector
        hedge hedgehog heed heel hefty hegemony height heinous heir heiress helicopter helium helix hell heller hello
        helm helmet help helper helpful helping helpless hem hemisphere hemorrhage hemp hen hence henceforth henry
        hepatic hepatitis her herald herb herbal herd here hereafter hereby hereditary herein heresy heretic heritage
        hermit hernia hero heroic heroin heroine heroism heron herpes herring hers herself hertz hesitant hesitate
        hesitation het heterogeneous heterosexual hex hey heyday hi hiatus hibernation hickey hickory hid hidden hide
        hideous hierarchical hierarchy high higher highest highland highlight highly highness highway hijack hike
        hilarious hilariously hill hillside hilltop hilly him himself hind hinder hindrance hindsight hinge hint hip
        hippo hippy hire hired his hiss historian historic historical historically history hit hitch hitherto hitter
        hive hives ho hoard hoarding hoax hobby hobo hockey hoe hog hogan hoist hold holden holder holding hole
        holiday holiness holistic hollow holly holocaust holographic holster holt holy homage home homeland homeless
        homelessness homemade homeowner homer homestead homework homicide homo homogeneous homosexual homosexuality
        honda hone honest honestly honesty honey honeymoon hong honor honorable honorary hood hooded hoodie hoof hook
        hooked hooker hookers hookup hoop hooper hop hope hoped hopeful hopefully hopeless hopelessly hopped hopper
        horde horizon horizontal horizontally hormonal hormone horn horned horner hornet horny horoscope horrendous
        horrible horribly horrid horrific horror horse horseback horseman horsepower horseshoe horticultural
        horticulture hose hospice hospital hospitality hospitalization host hostage hostel hostess hostile hostility
        hosting hot hotel hotspur hotter hound hour hourly house household housekeeper housekeeping housewife
        housework housing hove hover hovering how howdy howe however howl howling hoy hub hubble hubby hud huddle hue
        huff hug huge hugely hugging huh hula hulk hull hulu hum human humane humanist humanitarian humanity
        humankind humanoid humble humbly humid humidity humiliate humiliating humiliation humility humming humor
        humorous hump hunch hundred hung hunger hungry hunk hunt hunting hurdle hurled hurley hurling huron hurricane
        hurried hurry hurst hurt hurtful hurting husband hush husky hustle hut hutch hybrid hydrate hydrated
        hydration hydraulic hydro hydrocarbon hydroelectric hydrogen hygiene hymn hyper hyperbolic hypertension
        hypnosis hypnotic hypocrisy hypocrite hypocritical hypotheses hypothesis hypothetical hysteria hysterical ice
        iceberg iced ich icing icon iconic icy id ide idea ideal idealism idealistic ideally identical identifiable
        identification identifier identify identity ideological ideologically ideology idiot idiotic idle idol
        idyllic ie if ignite ignition ignorance ignorant ignore ill illegal illegally illegitimate illicit illiterate
        illness illogical illuminate illuminated illuminati illuminating illumination illusion illustrate
        illustration illustrative illustrator illustrious image imagery imaginable imaginary imagination imaginative
        imagine imagines imam imbalance imitate imitation immaculate immature immediate immediately immense immensely
        immersion immersive immigrant immigration imminent immoral immortal immortality immune immunity immunization
        immunology imp impact impacted impairment impala impart impartial impatient impeach impeachment impeccable
        impedance impede impediment impending impenetrable imperative imperfect imperial imperialism imperialist
        impetus implant implantation implement implementation implication implicit implicitly imply import importance
        important importantly importation importer impose imposing imposition impossibility impossible impotent
        impractical impress impression impressive imprint imprisonment improbable impromptu improper improperly
        improve improvement improving improvisation improvise impulse impulsive impunity in inability inaccessible
        inaccurate inaction inactive inactivity inadequate inadvertently inanimate inappropriate inappropriately
        inaugural inauguration inbound incandescent incapable incarceration incarnation incendiary incense incentive
        inception incessant incest inch incidence incident incidental incidentally incision incite inclination
        incline include included inclusion inclusive incognito incoherent income incoming incompatible incompetence
        incompetent incomplete incomprehensible inconceivable inconclusive inconsiderate inconsistency inconsistent
        inconvenience inconvenient incorporate incorporated incorporation incorrect incorrectly increase increasing
        increasingly incredible incredibly incremental incubation incubator incumbent incur incurable indebted
        indecent indeed indefinite indefinitely independence independent independently indestructible index indexed
        indexing indicate indication indicative indicator indices indictment indifference indifferent indigenous
        indignation indigo indirect indirectly indiscriminate indispensable indistinct indistinguishable individual
        individualism individuality individually indoor indoors induce induced induction indulge indulgence indulgent
        indulging industrial industrialization industry indy ineffective inefficient ineligible inept inequality
        inert inertia inevitable inevitably inexpensive inexperienced inexplicable inexplicably infallible infamous
        infancy infant infantry infect infected infection infectious infer inference inferior infernal inferno
        infertility infestation infidelity infield infiltrate infiltration infinite infinitely infinity infirmary
        inflamed inflammation inflammatory inflatable inflate inflated inflation inflict influence influential
        influenza influx inform informal informally informant information informational informative informed infrared
        infrastructure infrequently infringement infusion ing ingenious ingenuity ingrained ingredient inhabit
        inhabited inhalation inhale inherent inherently inherit inheritance inhibit inhibition inhibitor inhuman
        inhumane initial initially initiate initiation initiative inject injection injunction injure injured injury
        injustice ink inks inland inlet inmate inn innate inner inning innocence innocent innocuous innovate
        innovation innovative innovator innumerable inorganic inpatient input inquest inquire inquiry inquisition
        insane insanely insanity insatiable inscription insect insecure insecurity insensitive inseparable insert
        inserted insertion inside insider insidious insight insightful insignia insignificant insist insistence
        insistent insofar insolvency insomnia inspect inspection inspector inspiration inspirational inspire inspired
        inspiring instability install installation installment instance instant instantaneous instantly instead
        instill instinct instinctive instinctively institute institution institutional instruct instructed
        instruction instructional instructor instrument instrumental instrumentation insufficient insular insulated
        insulating insulation insulin insult insulting insurance insure insured insurer insurgency insurgent
        insurmountable insurrection intact intake intangible integer integral integrate integration integrity
        intellect intellectual intellectually intelligence intelligent intelligently intend intended intending
        intense intensely intensify intensity intensive intent intention intentional intentionally inter interact
        interaction interactive intercept interception interchange interchangeable intercontinental intercourse
        interest interested interesting interestingly interface interfere interference interfering intergovernmental
        interim interior interlude intermediary intermediate intermission intermittent intermittently intern internal
        internally international internationally internship interpersonal interplay interpret interpretation
        interpreter interpretive interracial interrogation interrupt interrupted interrupting interruption intersect
        intersection interstate interstellar interval intervene intervention interview interviewer intestinal
        intestine intimacy intimate intimately intimidate intimidation into intolerable intolerance intolerant
        intoxicated intoxication intracellular intravenous intrepid intricate intrigue intriguing intrinsic
        intrinsically introduce introduction introductory intruder intrusion intrusive intuition intuitive
        intuitively invade invalid invalidate invaluable invariably invariant invasion invasive invent invention
        inventive inventor inventory inverse inversion inverted invest investigate investigating investigation
        investigative investigator investment investor invincible invisible invitation invitational invite inviting
        invoice invoke involuntary involve involved involvement inward io iodine ion ionic ionization ire irene iris
        iron ironically ironman irony irradiation irrational irregular irrelevant irreplaceable irresistible
        irrespective irresponsible irreversible irrigation irritable irritate irritating irritation is island
        islander isle ism iso isolate isolated isolating isolation isotope issuance issue issuer issuing ist it
        italics itch itching itchy item iteration itinerary its itself ivory ivy jab jack jackass jacket jackman jade
        jag jagged jagger jaguar jail jake jam jane janitor jar jargon jarring jasmine jasper jaw jay jazz jazzy
        jealous jealousy jean jeans jed jeep jeff jelly jellyfish jenna jenny jeopardize jeopardy jerk jerky jerry
        jess jest jet jetty jewel jewelry jig jihad jimmy jing jingle jinx jive jo job jobless jock jockey joe joey
        jog johannes join joining joint jointly joke joker jokingly jolly jolt josh josie joss journal journalism
        journalist journalistic journey joy joyful joyous jubilee judge judgment judicial judiciary judo jug juggle
        juggling juice juicy jukebox julio jumbo jump jumper junction juncture june jungle junior juniper junk junta
        jurisdiction jurisprudence juror jury just justice justifiable justification justify justifying juvenile ka
        kai kaiser kale kali kan kang kangaroo kappa karaoke karate karma kat kay kayak kebab keel keen keenly keep
        keeper keeping keg kelly kelvin kemp ken kennel kensington kent kept kern kernel kerosene kerry ketchup keto
        kettle key keyboard keynote keystone khaki khalifa khan kick kicker kicking kickoff kid kidnap kidney kiki
        kill killer killing kiln kilo kilogram kilometer kim kin kinase kind kindergarten kindle kindly kindness
        kindred kinetic king kingdom kingpin kink kinky kinship kiosk kip kirk kiss kissing kit kitchen kite kitten
        kitty kiwi knack knee kneel kneeling knew knife knight knit knitted knitting knob knock knocking knockout
        knot know knowing knowingly knowledge knowledgeable known knuckle ko koala kodak koi kos kosher kraft kremlin
        kudos kung kyle la lab label labor laboratory labour labyrinth lac lace laced lack lacrosse lactose lacy lad
        ladder laden ladies lady lafayette lag lager lagging lagoon lai laid lair laird lake lakeside lam lama lamb
        lambda lambert lame lament lamented laminated lamp lan lance lancet land landed lander landfall landing
        landline landlord landmark landowner landscape landslide lane language lantern lap lapse large largely lark
        larry larvae las laser lash lass last lasting lastly lat latch late lately latency latent later lateral
        latest latex latitude latter lattice laugh laughable laughing laughter launch launcher laundry laura laureate
        laurel lava lavender lavish law lawful lawfully lawless lawmaker lawn lawsuit lawyer lax lay layer layered
        laying layout laziness lazy lea leach lead leader leadership leading leaf leaflet leafy league leak leakage
        leaky lean leaning leap leaping leapt lear learn learned learner learning learnt lease leash leasing least
        leather leave leaves leaving lecture lecturer led ledge ledger lee leech lees left leftist leftover leg
        legacy legal legality legalization legalize legally legend legendary legged legion legislate legislation
        legislative legislator legislature legit legitimacy legitimate legitimately lei leighton leisure leisurely
        lemon lemonade lend lender length lengthy lenient lens lent leopard leprosy lesion less lessen lesser lesson
        lest let lethal letter lettering lettuce leukemia lev levant level leveling lever leverage levers leviathan
        levin levy lew lewd lewis lexicon li liability liable liaison liang liar libel liberal liberalism liberate
        liberation libertarian liberty libido librarian library lice license licensed licensee lick licking lid lie
        lied lien lieu lieutenant life lifeboat lifeguard lifeless lifeline lifelong lifetime lift lifting ligament
        light lighten lightening lighter lighthouse lighting lightly lightning lightweight like likelihood likely
        likeness likewise liking lilac lily lim limb limbo lime limelight limestone limit limitation limited limiting
        limitless limo limousine limp lin lina linden line lineage linear lined lineman linen liner ling linger
        lingerie lingo linguistic linguistics lining link linkage linked linking links linn lion lionel lip lipstick
        liquid liquidation liquidity liquor lis lisp list listed listen listener listening lister listing lit lite
        liter literacy literal literally literary literate literature lithium litigation litter little liturgical
        liturgy live lived livelihood lively liver livery livestock living lizard lo load loaded loader loading loaf
        loan loathe loathing lobby lobbyist lobe lobster local locality localization locally locate location locator
        loch lock locked locker locking lockout loco locomotive locus locust lodge lodged lodging loft lofty log
        logged logging logic logical logically login logistic logistical logistics logo logos lohan lollipop lombard
        lone loneliness lonely lonesome long longer longevity longing longitude longitudinal longs loo look looking
        lookout loom looming looney loop loophole looping loose loosely loosen loosing loot lord lordship lore lori
        lorry lose loser losing loss lost lot lotion lots lottery lotto lotus loud loudly lounge lousy lovable love
        lovely lover loving lovingly low lower lowering lowly loyal loyalist loyalty lube lubricant lucid luck
        luckily lucky lucrative lucy ludicrous lug luggage luke lukewarm lull lullaby lulu lumbar lumber lumen
        luminous lump luna lunar lunatic lunch luncheon lung lupus lure lurk lush lust lux luxurious luxury ly lying
        lymph lymphoma lynch lynx lyric lyrical ma mac macaroni mace machete machine machinery mack mackerel macro
        mad madam madame madden made madeline madly madman madness mae maestro mag magazine mage magenta magic
        magical magically magician magistrate magma magnate magnesium magnet magnetic magnetism magneto magnificent
        magnitude magnolia magnum mahatma mahogany maid maiden mail mailbox mailed main mainly mains mainstay
        maintain maintenance maize majestic majesty major majority make maker makeshift making mal malaria male
        malfunction malice malicious malignant malik mall mallet malnutrition malpractice malt mamma mammal mammalian
        mammoth man mana manage manageable management manager managerial mandarin mandate mandatory mane maneuver
        manga manganese mango manhood mani mania maniac manic manifest manifestation manifested manifesto manifold
        manipulate manipulation manipulative mankind manly mannequin manner mannered manners manning manny manor
        mansion manslaughter mantis mantle mantra manual manually manufacture manufacturer manure manuscript many mao
        map maple mar marathon marble marbles marc marcel march marco mare margarita marge margin marginal marginally
        marguerite maria marijuana marina marine mariner marital maritime mark marked markedly marker market
        marketable marketing marking markup marlin maroon marquee marquis marriage married marrow marry marrying
        marsh marshal mart martial martin martyr martyrdom marvel marvelous mary mas mascara mascot masculine
        masculinity mash mask masked mason masonic masonry masquerade mass massa massacre massage masse massive
        massively mast master masterful mastermind masterpiece mastery masturbate masturbation mat match matching
        matchmaking mate mater material materialism materially maternal maternity math mathematical mathematically
        mathematician mathematics mating matrices matrix matron matte matter mattress mature maturing maturity mau
        maud maverick maxim maximal maximize maximum maximus maxwell may maya maybe mayhem mayonnaise mayor mayoral
        maze me mead meadow meager meal mean meaning meaningful meaningless meant meanwhile measles measurable
        measure measured measurement measuring meat meaty mechanic mechanical mechanically mechanics mechanism medal
        medalist medallion meddling media medial median mediate mediation mediator medic medical medically medication
        medicinal medicine medieval mediocre mediocrity meditate meditating meditation mediterranean medium medley
        meek meet meeting mein mel melancholy melanoma melee mellon mellow melodic melodrama melody melon melt melted
        melting member membership membrane memo memoir memorabilia memorable memorandum memorial memorize memory men
        menace menacing mend meng meningitis menopause menstrual mental mentality mentally mention mentor menu
        mercantile mercenary mercer merch merchandise merchant merciful merciless mercury mercy mere merely merge
        merger meridian merit merle merlin mermaid merry mesa mesh mess message messenger messing messy met meta
        metabolic metabolism metal metallic metamorphosis metaphor metaphorical metaphysical metaphysics metastatic
        meteor meteorite meteorological meteorology meter methane method methodical methodist methodological
        methodology methyl meticulous meticulously metric metrics metropolis metropolitan mew mi mice michigan mick
        micro microbial microbiology microphone microscope microscopic microscopy microwave mid midday middle
        middleweight midget midland midnight midst midsummer midway midwife mig might mighty migraine migrant migrate
        migration migratory mike mil mila mild milder mildly mile mileage milestone militant militarily military
        militia milk milking milky mill millennia millennial millennium miller millimeter milling million millionaire
        millions milner milo mime mimic min mina mince mind minded mindful mindfulness minding mindless mine miner
        mineral mines ming mingle miniature minimal minimally minimize minimum mining minion minister ministerial
        ministry mink minnie minor minority mint minus minute mir miracle miraculous miraculously mirage mirror
        mirrored miscarriage miscellaneous mischief mischievous misconception misconduct misdemeanor miserable
        miserably misery misfortune misguided mishap misinformation mislead misleading misled mismanagement mismatch
        misogyny miss missile missing mission missionary missy mist mistake mistaken mistakenly mistaking mister
        mistook mistress mistrust misty misunderstand misunderstanding misunderstood misuse mite mitigate mitigation
        mitochondria mitochondrial mitt mix mixed mixer mixture mo moan moaning moat mob mobile mobility mobilization
        mobilize mock mockery modal mode model modeling moderate moderately moderation moderator modern modernism
        modernist modernity modernization modernize modest modestly modesty modification modify modular modulation
        module moist moisture mojo molasses mold molding mole molecular molecule molly molten moment momentarily
        momentary momentous momentum mommy momo mon mona monarch monarchy monastery monastic monetary money moniker
        monitor monk monkey mono monochrome monogram monograph monolithic monologue monopoly monoxide monsieur
        monsoon monster monstrous montage montana monte month monthly monument monumental moo mood moody moon
        moonlight moor moors moose moot mop mor mora moral morale morality morally morals moratorium moray morbid
        more moreover morgan morgue mormon morn morning mornings moron morph morphine morphological morphology morris
        morrow morse mort mortal mortality mortar mortgage mortuary mosaic mosque mosquito moss most mostly mot motel
        moth mother motherhood motherland motif motion motivate motivation motivational motive motley motor
        motorcycle motoring motorist motorway mott motto mou mould moulded mound mount mountain mountainous mounted
        mounting mourn mourning mouse mouth mouthed mouthful mouthpiece movable move movement mover movie moving mow
        mower mowing mu much muck mucus mud muddy muffin muffled mug muir mulberry mulder mule muller mulligan
        multilateral multilingual multinational multiple multiplication multiplier multiply multiplying multitude mum
        mummy mun munch mundane municipal municipality munitions mural murder murderer murdering murderous murky
        murphy muscle muscular muse museum mushroom music musical musically musician musk must mustache mustang
        mustard muster mutant mutation mute mutilation mutiny mutton mutual mutually muzzle my myriad myrtle myself
        mysterious mysteriously mystery mystic mystical mysticism myth mythical mythological mythology na nab nag
        nagging nail nailing naive naked nam name nameless namely namesake naming nan nana nancy nanny nap napa
        napkin napoleon napping narcissism narcissistic narcotic narration narrative narrator narrow narrower
        narrowly nasal nascent nash nasty nat natal nation national nationalism nationalist nationalistic nationality
        nationally nationwide native nativity natural naturalist naturally nature naughty nausea nauseous nautical
        naval nave navigate navigation navigator navy naw nay ne neal near nearby nearest nearly neat neatly nebula
        necessarily necessary necessity neck necklace nectar nee need needing needle needles needless needlessly
        needs needy nefarious negative negatively negativity neglect negligence negligent negligible negotiable
        negotiate negotiation negotiator negro neighbor neighborhood neighboring neither nelson neo neon neonatal
        nephew nerve nervous nervously nervousness ness nest net netball netted netting network neural neurological
        neurologist neurology neuron neuronal neurotic neutral neutrality neutralize neutron never nevertheless new
        newcomer newly news newsletter newspaper newsroom newt newton next nexus ni nib nice nicely niche nick nickel
        nickelodeon nickname nicky nicotine niece nifty nigger nigh night nightfall nightingale nightly nightmare
        nights nighttime nil nimble nine nineteen nineteenth ninety ninth nip nipple nirvana nit nitrate nitro
        nitrogen nix no nobility noble nobleman nobody nocturnal nod nodding node noel noir noise noisy nomad nomadic
        nomenclature nominal nominally nominate nominated nomination nominee non none nonetheless nonexistent
        nonfiction nonlinear nonprofit nonsense nonstop noodle nook noon nope nor norm norma normal normalize
        normally normative north northbound northeast northeastern northern northward northwest northwestern nose
        nosed nostalgia nostalgic not notable notably notary notation notch notched note notebook noted noteworthy
        nothing notice noticeable noticeably notification notified notify notion notoriety notorious notoriously
        notwithstanding noun nourishment nova novel novelist novella novelty novice now nowadays nowhere nozzle nu
        nuance nuclear nuclei nucleotide nucleus nude nudge nudity nugget nuisance nuke null numb number numerical
        numerous nun nurse nursery nursing nurture nut nutmeg nutrient nutrition nutritional nutritious nutshell
        nutty nye nylon oak oasis oath oatmeal obedience obedient obese obesity obey obi obituary object objection
        objectionable objective objectively objectivity obligation obligatory oblige obliged oblique oblivion
        oblivious obnoxious obscene obscure obscurity observable observance observant observation observational
        observatory observe observer observing obsession obsessive obsolete obstacle obstetrics obstruct obstruction
        obtain obtainable obtuse obvious obviously occasion occasional occasionally occult occupancy occupant
        occupation occupational occupy occur occurrence ocean oceanic octane octave octopus oculus od oda odd oddly
        odds ode odor of off offend offended offender offense offensive offer offering office officer official
        officially offset offshore offspring oft often oftentimes ogre oh ohm oil oiled oily old older olfactory
        olive om ombudsman omega omen ominous omission omit omnibus on once oncology oncoming one oneself ongoing
        onion only ons onset onslaught onto onward onwards opal opaque open opener opening openly openness opera
        operate operating operation operational operative operator opinion opium opponent opportunistic opportunity
        oppose opposed opposing opposite opposition oppressed oppression oppressive opt optic optical optics optimal
        optimism optimist optimistic optimization optimize optimum option optional opus or ora oracle oral orally
        orange orb orbit orbital orc orchard orchestra orchestral orchid ordeal order ordered orderly ordinance
        ordinarily ordinary ordination ordnance ore organ organic organically organism organization organizational
        organize organized organizer orgasm orgy orient oriental orientation origin original originality originally
        originate ornament ornamental ornate orphan orthodox orthodoxy orthopedic os ostensibly ostrich other
        otherwise otter otto ouch ought ounce our ours ourselves out outage outback outbound outbreak outburst
        outcast outcome outcry outdated outdoor outdoors outer outfield outfielder outfit outflow outgoing outing
        outlandish outlaw outlet outline outlined outlook outlying outpatient outperform outpost output outrage
        outrageous outreach outright outset outside outsider outspoken outstanding outward outwardly outweigh ova
        oval ovarian ovation oven over overall overalls overboard overcast overcome overcrowded overdose overdrive
        overdue overflow overflowing overgrown overhaul overhead overland overlap overlay overload overlook overlord
        overly overnight override overrun overseas oversee overseen oversight oversized overt overtake overthrow
        overtime overtly overture overturn overuse overview overwatch overweight overwhelm overwhelming
        overwhelmingly ow owe owing owl own owner ownership ox oxidation oxidative oxide oxygen oyster ozone pa pablo
        pac pace paced pacific pacifist pack package packer packet pact pad padding paddle paddock paddy padre pagan
        page pageant pain painful painfully painless paint painted painter painting pair paired pal palace palatable
        palate pale palette palladium pallet palliative palm palmer palpable palsy pam pamphlet pan pancake pancreas
        pancreatic panda pandemic pandora pane panel pang panic panicked panorama panoramic pant pantheon panther
        panties pantomime pantry pants paolo pap papa papacy papal paper paperback par para parable parachute parade
        paradigm paradise paradox paragon paragraph parallel paralysis parameter paramilitary paramount paranoia
        paranoid paranormal paraphrase parasite parasitic parcel parchment pardon parent parental parentheses
        parenthood parish parity park parker parking parkway parliament parliamentary parlor parma parochial parody
        parole parr parrot parry parsley part partake parted partial partially participant participate participation
        participatory particle particular particularly particulate partisan partition partly partner partnership
        partridge party pasha pass passage passenger passer passing passion passionate passionately passive passively
        passover passport password past paste pasted pastel pastime pastor pastoral pastry pasture pat patch
        patchwork patel patent paternal paternity path pathetic pathfinder pathogen pathological pathologist
        pathology pathway patience patient patiently patio patriarch patriarchal patriarchy patrice patriot patriotic
        patriotism patrol patron patronage pattern patterned patty pau paulie pause pave pavement pavilion paving paw
        pawn pax pay payable payday payer paying payment payoff payroll pea peace peaceful peacefully peacetime peach
        peacock peak peaked peaking peanut pear pearl peasant peat pebble peck peculiar pedagogical pedagogy pedal
        peddling pedestal pedestrian pediatric pediatrician pediatrics pedigree pedophilia pedro pee peed peek peel
        peeled peeling peep peer peg pegged peggy pelican pell pellet pelvic pelvis pen penal penalty penance pence
        penchant pencil pendant pending pendulum penetrate penetrating penetration penguin penicillin peninsula penis
        penitentiary penny pension pentagon penthouse penultimate people pep pepper peppermint pepperoni peptide per
        perceive percent percentage percentile perception perch percussion perennial perfect perfected perfecting
        perfection perfectly perforated perform performance performer perfume perhaps peril perilous perimeter period
        periodic periodical periodically peripheral periphery perish perished perjury perk perm permanent permanently
        permissible permission permit permitted peroxide perpendicular perpetrator perpetual perpetually perpetuate
        perplexed perry persecution perseverance persist persistence persistent persistently person persona personal
        personality personally personnel perspective persuade persuaded persuasion persuasive pertaining pertinent
        pervasive perverse pervert perverted pes pesky peso pessimistic pesticide pet petal pete peter petit petite
        petition petrified petrol petroleum petty pew peyton phantom pharmaceutical pharmacist pharmacology pharmacy
        phase phases pheasant phenomena phenomenal phenomenon phenotype phew phi philanthropic philanthropist
        philanthropy philharmonic philosopher philosophical philosophy phoebe phone phonetic phony phosphate
        phosphorus photo photograph photographer photographic photography photon photosynthesis photovoltaic phrase
        physical physically physician physicist physics physiological physiology physique pi pia pianist piano piazza
        pic piccadilly piccolo pick picked pickering picket pickle pickup picky picnic pico pictorial picture
        pictured picturesque pie piece pied piedmont pier pierce pierced piercing piety pig pigeon piggy pigment pike
        pile piled piles pilgrim pilgrimage piling pill pillar pillow pilot piloting pimp pin pinball pinch pinched
        pinching pine pineapple ping pink pinky pinnacle pinned pinning pinpoint pint pinto pioneer pious pip pipe
        pipeline piper piping piracy pirate piss pistol piston pit pita pitch pitcher pitchfork pitching pitiful
        pitted pitting pity pivot pivotal pixie pizza place placebo placement placenta placid plagiarism plague
        plagued plaid plain plainly plaintiff plan planar plane planet planetary plank plankton planner plant
        plantation planter planting plaque plasma plaster plastic plastics plat plate plateau plated platform plating
        platinum platoon platter plausible play playa playable playback playbook playboy player playful playground
        playhouse playtime playwright plaza plea plead pleading pleasant pleasantly please pleasing pleasurable
        pleasure pledge plenary plentiful plenty plethora plight plot plotted plotting plough plow ploy pluck plucked
        plug plugged plugging plum plumber plumbing plume plump plunder plunge plunging plural plurality plus plush
        plutonium ply plywood pneumatic pneumonia po pocket pod podium poe poem poet poetic poetry poignant point
        pointed pointer pointing pointless pointy poise poised poison poisoning poisonous poke poked poker poking pol
        polar polarity polarization pole police policeman policy polio polish polished polite politely political
        politically politician politico politics polk polka poll pollard polled pollen polling pollock polluted
        polluting pollution polo poly polyester polygamy polygon polymer polynomial polytechnic pom pompey pompous
        pond ponder pondering pong pont pony poodle pooh pool poop poor poorly pop popcorn pope poplar poppy populace
        popular popularity popularly population populous porcelain porch pore pork pornographic pornography porous
        porridge port portable portage portal ported porter portfolio portion portman porto portrait portray
        portrayal pose posh posing position positional positioned positive positively positivity posse possess
        possessed possessing possession possessive possibility possible possibly post postage postal postdoctoral
        posted poster posterior postgraduate posting postman postmaster postpone postponement postseason posture
        postwar pot potassium potato potency potent potential potentially potion potter pottery potty pouch poultry
        pound pounding pour pouring poverty pow powder powdered power powered powerful powerfully powerhouse
        powerless pox practical practically practice practiced practitioner pragmatic prairie praise praising prank
        pray prayer praying preach preacher preaching precarious precaution precedence precedent preceding precinct
        precious precipitation precise precisely precision preclude precursor predator predatory predecessor
        predicament predict predictable predictably prediction predictive predictor predominant predominantly preface
        prefect prefecture prefer preferable preferably preference preferential preferred prefix pregnancy pregnant
        prehistoric prejudice prejudiced preliminary prelude premature prematurely premier premiere premiership
        premise premium prenatal prentice preoccupied preorder prep preparation preparatory prepare prepared
        preparedness preposterous prerequisite prerogative preschool prescribe prescription preseason presence
        present presentation presenter presently preservation preserve presidency president presidential press
        pressing pressure prestige prestigious presumably presume presumption pretend pretended pretense pretentious
        pretext pretty prevail prevalence prevalent prevent preventable preventative prevention preventive preview
        previous previously prey price priced priceless prick prickly pricks pride priest priesthood prima primal
        primarily primary primate prime primer primitive primordial prince princess principal principally principle
        print printed printer printing prior priority priory prism prison prisoner pristine prius privacy private
        privately privilege privileged privy prize pro prob probability probable probably probate probation probe
        problem problematic procedural procedure proceed proceeding proceeds process procession processor proclaim
        proclaiming proclamation proctor procure procurement prod prodigy produce produced producer product
        production productive productivity prof profanity professed profession professional professionalism
        professionally professor proficiency proficient profile profit profitability profitable profound profoundly
        prog progeny progesterone prognosis program programmer progress progression progressive progressively
        prohibit prohibition project projectile projecting projection projector proliferation prolific prologue
        prolong promenade prominence prominent prominently promise promising promote promoter promotion promotional
        prompt promptly prone pronoun pronounce pronounced pronunciation proof prop propaganda propagate propagation
        propane propeller propensity proper properly property prophecy prophet prophetic proponent proportion
        proportional proportionate proposal propose proposition proprietary proprietor props propulsion prose
        prosecute prosecution prosecutor prospect prospective prospectus prosper prosperity prosperous prostate
        prosthetic prostitute prostitution protagonist protect protecting protection protective protector protein
        protest protestant protester proto protocol proton prototype protracted proudly prove proved proven
        provenance proverb proverbial provide provided providence provider providing province provincial proving
        provision provisional provocation provocative provoke provoking provost prowess proximal proximity proxy
        prudence prudent prudential pruning pry psalm pseudo pseudonym psi pst psych psyche psychiatric psychiatrist
        psychiatry psychic psychoanalysis psychological psychologically psychologist psychology psychopath psychosis
        psychotherapy psychotic pu pub puberty pubic public publication publicist publicity publicly publish
        publisher puck pudding puddle pueblo puff puffy pug puke pull pulmonary pulp pulpit pulse puma pump pumpkin
        pun punch punching punctuation puncture pundit punish punishable punishment punitive punk punt punter pup
        pupil puppet puppy purchase purchaser pure purely purgatory purge purification purify purity purple purpose
        purposeful purposefully purposely purse pursuant pursue pursuit pus push pushing puss pussy put putt puzzle
        puzzled puzzling pyramid python quack quad quadrant quadruple quail quaint quake quaker qualification
        qualified qualifier qualify qualitative quality quantify quantitative quantity quantum quarantine quark
        quarrel quarry quart quarter quarterback quarterly quartermaster quarters quartet quartz quasi quay queen
        queer quell query quest question questionable questionnaire queue quick quickly quid quiet quieter quietly
        quill quilt quinoa quintessential quirk quirky quit quite quits quiz quo quorum quot quota quotation quote ra
        rabbi rabbit rabble rabid rabies raccoon race racecourse racer racial racially racing racism racist rack
        racket racking rad radar radial radiance radiant radiation radiator radical radically radio radioactive
        radiology radiotherapy radius raffle raft rag rage ragged raging rah raid raider rail railing railroad
        railway rain rainbow rainfall rainy raise raised raisin raising raj raja rake rally ralph ram rambling ramp
        rampage rampant ran rana ranch rancher rancho rand random randomly randy rang range ranged ranger ranging
        rank ranked ransom rant ranting rap rape rapid rapidly raping rapist rapper rapping rapport raptor rapture
        rare rarely rarity ras rascal rash raspberry rat ratchet rate rated rather ratification rating ratio ration
        rational rationale rationality rationally rattle rattled rattling rave raven ravens ravine raving raw ray
        razor re rea reach reaching react reaction reactionary reactive reactor read readable reader readership
        readily readiness reading ready real realism realist realistic realistically reality realization realize
        realizing really realm realtor realty reap reaper reappear rear rearrange reason reasonable reasonably
        reasoned reasoning reassurance reassure reassured reassuring rebate rebel rebellion rebellious rebirth reborn
        rebound rebuild rebuilt rebuke rebuttal recall recap recapture receipt receipts receive received receiver
        recent recently reception receptionist receptive receptor recess recession recharge recipe recipient
        reciprocal reciprocity recital recite reckless reckon reckoning reclaim reclamation recognition recognizable
        recognize recoil recollection recommend recommendation recon reconcile reconciliation reconnaissance
        reconnect reconsider reconstruct reconstructed reconstruction record recorder recording recount recourse
        recover recovery recreate recreation recreational recruit recruiter recruiting recruitment rectangle
        rectangular rectify rector recurrence recurrent recurring recycle red redding reddish reddy redeem redeemer
        redefine redemption redesign redevelopment redhead redirect redistribution redo redress reduce reduced
        reducing reduction redundancy redundant redwood reed reef reel reese ref refer referee reference referendum
        referral refill refine refined refinement refinery refining reflect reflected reflecting reflection
        reflective reflector reflex reform reformation reformed reformer refrain refresh refreshing refrigeration
        refrigerator refuge refugee refund refurbishment refusal refuse refusing refute reg regain regal regard
        regarding regardless regency regenerate regeneration regenerative regent regime regimen regiment regimental
        region regional register registered registrar registration registry regression regret regroup regular
        regularity regularly regulate regulated regulation regulator regulatory rehabilitate rehabilitation rehearsal
        reign reimburse reimbursement rein reincarnation reindeer reinforce reinforcement reins reinstate reinvent
        reissue reiterate reiterated reject rejection rejoice rejoin rel relapse relatable relate related relation
        relational relationship relative relatively relativity relax relaxation relaxed relay release relegation
        relentless relentlessly relevance relevant reliability reliable reliably reliance reliant relic relief
        relieve relieved reliever relieving religion religious religiously relinquish relish relive reload relocate
        relocation reluctance reluctant reluctantly rely remade remain remainder remains remake remark remarkable
        remarkably rematch remedial remediation remedy remember remembrance remind reminder reminiscent remission
        remit remix remnant remorse remote remotely removable removal remove removed removing remuneration
        renaissance renal rename render rendering rendezvous rendition renegade renew renewable renewal renounce
        renovate renovation renown renowned rent rental rented reopen reorganization rep repair repatriation repay
        repayment repeal repeat repeated repeatedly repel repent repentance repertoire repetition repetitive replace
        replacement replay replenish replica replicate replicated replication reply report reportedly reporter
        repository repost represent representation representative repressed repression repressive reprint reproduce
        reproduction reproductive reps reptile republic republican repulsive reputable reputation reputed request
        requiem require requirement requisite reread resale rescue research researcher resemblance resemble resent
        resentment reservation reserve reserved reservoir reset resettlement reside residence residency resident
        residential residual residue resign resignation resigned resilience resilient resin resist resistance
        resistant resisting resistor resolute resolution resolve resolved resonance resonant resonate resort
        resounding resource resourceful respect respectable respectful respectfully respecting respective
        respectively respiration respiratory respite respond respondent response responsibility responsible
        responsibly responsive responsiveness rest restart restaurant resting restitution restless restoration
        restore restrain restrained restraining restraint restrict restricted restriction restrictive result
        resultant resulting resume resumption resurgence resurrect resurrection ret retail retailer retain retainer
        retaining retake retaliate retaliation retard retarded retention rethink retina retinal retire retired
        retirement retiring retract retracted retreat retreating retribution retrieval retrieve retrograde retrospect
        retrospective return returned reunification reunion reunite reuse rev revamp reveal revealed revealing revel
        revelation revenge revenue revere revered reverence reverend reversal reverse reversed reversible reversing
        revert review reviewer revise revision revisit revival revive reviving revoke revolt revolting revolution
        revolutionary revolve revolver revolving revue reward rewarding rewind reworked rewrite rex rhapsody rhea
        rhetoric rhetorical rheumatoid rhine rhino rhyme rhythm rhythmic ria rib ribbon rice rich riches richly
        richness rick rid ridden riddle ride rider ridge ridicule ridiculous ridiculously riding rife riff rifle rift
        rig rigging right righteous righteousness rightful rightfully rightly rigid rigor rigorous rigorously riley
        rim ring ringer ringing rink rinse rio riot rioting rip ripe ripper ripping ripple rise risen rising risk
        risky rita rite ritual rival rivalry river riverside roach road roadblock roadside roadway roam roaming
        roanoke roar roaring roast roasting rob robber robbery robbing robe robin robot robust roc rock rocker rocket
        rocking rocky rod rode rodent rodeo rodney roe roger rogue rohan roi role roll rolled roller rolling romance
        romantic romantically romero rondo roof roofing rook rookie room roommate roost rooster roosters root rooted
        rope roper ropes rory rosario rosary rose rosemary ross roster rosy rot rotary rotate rotated rotating
        rotation rotational rotor rotten rotting rouge rough roughly roulette round roundabout rounded rounder
        rounding roundup rouse rout route router routine routinely routing rover row rowan rowdy rower rowing roxy
        royal royale royalty rub rubbed rubber rubbing rubbish rubble ruby rudd rudder ruddy rude rudimentary rue
        ruff rufus rug rugged ruin ruined rule ruler ruling rum rumble rumor rump run runaway rune rung runner
        running runoff runway rupee rupture ruptured rural ruse rush rushed rushing russel russia rust rustic rusty
        rut ruth rutherford ruthless ryder rye sa sabbath saber sabine sabotage sac sack sacked sacking sacrament
        sacred sacrifice sacrificial sacrificing sad saddle sadistic sadly sadness safari safe safeguard safely
        safety saffron sag saga sage sahib sai said sail sailed sailing sailor saint sake sal salaam salad salary
        sale salesman salient saline saliva salle sally salmon salmonella salon saloon salt salted salty salute
        salvage salvation sam samba same sammy sample sampler sampling samson samurai san sanction sanctity sanctuary
        sand sandbox sanders sandstone sandwich sandy sane sang sanitary sanitation sanity sank sans sao sap sapphire
        sar sarcasm sarcastic sari sash sassy sat satan satanic satellite satin satire satirical satisfaction
        satisfactory satisfied satisfy satisfying saturated saturation sauce saucepan saucer sauna saunders sausage
        savage save saved saver saving savior savory savoy savvy saw sawyer sax saxophone say saying scaffold
        scaffolding scala scale scaled scales scaling scalp scam scan scandal scandalous scanner scanning scant
        scapegoat scar scarce scarcely scarcity scare scarecrow scarf scarlet scarred scarring scary scatter
        scattered scattering scavenger scenario scene scenery scenic scent scented schedule schema schematic scheme
        scheming schiller schism schizophrenia schizophrenic schneider scholar scholarly scholarship scholastic
        school schoolboy schooled schoolgirl schooling schooner science scientific scientifically scientist scion
        scissors sclerosis scoop scooped scooter scope scorched scorching score scoreboard scored scoreless scorer
        scoring scorn scorpion scot scotch scotia scourge scout scouting scrabble scramble scrambling scrap scrape
        scraped scraping scrapped scrapping scrappy scratch scratches scratching scream screaming screeching screen
        screened screening screenplay screenwriter screw screwdriver screwed screwing scribe scrimmage script
        scripture scroll scrub scrubbed scrum scrutiny sculptor sculpture scum se sea seaboard seal sealed sealing
        seam seaman seamless seamlessly search searching seaside season seasonal seasonally seasoned seasoning seat
        seated seater seating seaweed sec secession secluded second secondary secondhand secondly secrecy secret
        secretariat secretary secretion secretive secretly sect sectarian section sectional sector secular secularism
        secure securely security sedan sedentary sediment sedimentary sedition seduce seduction seductive see seed
        seeded seeing seek seeker seeking seem seeming seemingly seen seer segment segmentation segmented segregation
        seine seismic seize seizing seizure seldom select selected selection selective selectively selector self
        selfish selfishness selfless sell seller selling semantic semantics semblance semen semester semi
        semiconductor semifinal seminal seminar seminary semis sen senate senator send sender sending senior
        seniority sensation sensational sense sensed senseless sensibility sensible sensitive sensitivity sensor
        sensory sensual sent sentence sentient sentiment sentimental sentinel sentry separate separately separates
        separating separation separatist sepsis sept septic sequel sequence sequential ser sera serene serenity serge
        sergeant serial series serious seriously seriousness sermon serpent serpentine serum servant serve server
        service serving servitude sesame session sessions set setback seth setting settle settled settlement settler
        settling setup seven seventeen seventeenth seventh seventy sever several severance severe severely severity
        sew sewage sewer sewing sewn sex sexton sexual sexuality sexually sexy sh sha shabby shack shade shaded
        shading shadow shadowy shady shaft shag shaggy shah shake shaken shaker shaking shaky shale shall shallow
        shalom shalt sham shaman shame shamed shameful shameless shampoo shan shank shape shaped shaping shard share
        shareholder shark sharp sharpen sharper sharply sharpness shatter shattering shave shaved shaving shaw shawl
        shay she shea shear sheath shed shedding sheen sheep sheer sheet sheik shelf shell shelled shellfish shelling
        shelly shelter sheltered shepherd sheriff sherlock sherry shi shield shielded shielding shift shifter
        shifting shilling shin shine shingles shining shiny ship shipbuilding shipment shipped shipper shipping
        shipwreck shipyard shire shirt shirtless shiv shiver shivering sho shock shocker shocking shockingly shoddy
        shoe shoemaker shone shook shoot shooter shooting shop shopper shopping shore short shortage shorten
        shortening shorter shortfall shorthand shortly shorts shortstop shot shotgun should shoulder shouldnt shout
        shouting shove shovel show showcase showdown shower showing shown showroom shrapnel shred shrewd shrimp
        shrine shrink shrinking shroud shrub shrug shrunk shudder shuffle shuffling shun shut shutdown shutout
        shutter shutting shuttle shy si sibling sic sicilian sick sickening sickle sickly sickness side sided
        sideline sides sidewalk sideways siding sie siege sierra sieve sift sig sigh sight sighted sighting sigma
        sign signal signature significance significant significantly signify silence silenced silent silently
        silhouette silica silicon silicone silk silky sill silly silo silva silver silverware silvery similar
        similarity similarly simmer simple simpler simplicity simplified simplify simplistic simply simulate
        simulation simulator simultaneous simultaneously sin since sincere sincerely sincerity sine sinful sing
        singer singh singing single singled singles singleton singular singularity sinister sink sinking sinner sinus
        sion sip sir sire siren sis sissy sister sit site sitter sitting situated situation situational six sixteen
        sixteenth sixth sixty sizable size sizeable sized sizes sizing sizzling skate skater skating skeletal
        skeleton skeptical skepticism sketch sketching sketchy skew skewed ski skid skier skies skiing skill skilled
        skillet skillful skim skimming skin skinned skinner skinny skip skipper skipping skirmish skirt skit skull
        skunk sky skyscraper slab slack slade slag slain slam slander slang slant slap slapping slash slashed
        slashing slate slater slaughter slave slavery slay slayer slaying sleazy sled sledge sleek sleep sleeper
        sleeping sleepless sleepy sleeve slender slept slew slice sliced slicing slick slid slide slider sliding
        slight slightly slim slime slimy sling slip slipped slipper slippery slipping slit sloan slogan slope sloping
        sloppy slot sloth slotted slough slow slowdown slowly slows sludge slug sluggish slum slumber slump slur slut
        slutty sly smack smacking small smaller smallpox smart smash smashing smear smeared smell smelled smelling
        smelly smile smiling smirk smith smitten smog smoke smoked smoker smoking smoky smooth smoother smoothing
        smoothly smothered smug smuggle smuggling smyth snack snag snail snails snake snap snapped snapper snapping
        snappy snaps snapshot snare snatch snatched sneak sneaker sneaking sneaky sneeze sneezing sniff sniffing
        snipe sniper snippet snitch snooker snoop snoring snort snout snow snowball snowfall snowflake snowy snuck
        snuff snug snuggle so soak soaked soaking soap soar soaring sob sobbing sober sobriety soc soccer social
        socialism socialist socialization socialize socially societal society socioeconomic sociological sociologist
        sociology sock socket sod soda sodium sofa soft softball soften softening softly software soggy soho soil sol
        solace solar sold solder soldier sole soleil solely solemn solemnly soles solicit solicitation soliciting
        solicitor solid solidarity solidly solitaire solitary solitude solo soloist solstice soluble solution solve
        solvent soma somber some somebody someday somehow someone someplace somerset something sometime sometimes
        somewhat somewhere son sonar sonata song sonic sonny sons soon sooner soot soothe soothing sophia
        sophisticated sophistication sophomore soprano sorcerer sorcery sore sorely soreness sorority sorrow sorry
        sort sorted sought soul soulful sound sounding soup sour source south southbound southeast southeastern
        southern southward southwest southwestern souvenir sovereign sovereignty soviet sow sowing soy soybean spa
        space spaced spaceship spacing spacious spade spaghetti spam span spank spanking spar spare sparing sparingly
        spark sparked sparking sparkle sparkling sparkly sparks sparring sparrow sparse sparsely spat spatial spawn
        spawning speak speaker speaking spear spec special specialist speciality specialization specialize
        specialized specially specialty species specific specifically specification specificity specify specimen
        speck specs spectacle spectacles spectacular spectacularly spectator specter spectra spectral spectroscopy
        spectrum speculate speculation speculative sped speech speechless speed speeding speedway speedy spell
        spelling spelt spence spencer spend spending spent sperm spewing sphere spherical sphinx spice spiced spicer
        spicy spider spied spiegel spike spiked spill spin spinach spinal spindle spine spinner spinning spiral spire
        spirit spirited spiritual spirituality spiritually spit spite spitting splash splashed splashing spleen
        splendid splendor splinter split splitting spoil spoiled spoiler spoiling spoilt spoke spoken spokesman
        spokeswoman sponge sponsor sponsorship spontaneous spontaneously spoof spooky spoon sporadic spore sport
        sporting sports sportsman sportsmanship sporty spot spotless spotlight spotted spotting spouse spout sprang
        sprawling spray spread spreading spree spring springer springtime sprinkle sprinkled sprinkler sprint
        sprinter sprite sprout spruce sprung spun spur spurred spy squad squadron square squared squarely squash
        squat squeaky squeeze squeezing squid squire squirrel squirt squishy sri st stab stabbing stability
        stabilization stabilize stable stack stadium staff staffed staffer stag stage staged staggering staging
        stagnant stagnation stain staining stainless stair staircase stairway stake stakeholder stale stalemate stalk
        stalked stalker stalking stall stalling stallion stamina stamp stampede stamping stance stand standard
        standardization standardized standing standoff standout standpoint standstill stanza staple star starboard
        starch stardom stare starfish staring stark starlight starling starred starring starry starship start starter
        starting startling starvation starve starved stash state stated statehood stately statement statesman static
        station stationary stationery statistic statistical statistically statistics statue stature status statute
        statutory staunch stave stay stayed stays stead steadfast steadily steady steak steal stealing stealth steam
        steamboat steamer steaming steamship steamy steel steep steer steering stein stella stellar stem stemmed
        stemming stench step stepfather stepmother stepped stepping stereo stereotype stereotypical sterile
        sterilization sterling stern steroid steven stew steward stewardship stick sticker stickers sticking sticks
        sticky stiff stiffness stifle stigma still stimulant stimulate stimulation stimuli stimulus sting stinging
        stingy stink stinking stint stipend stir stirring stitch stitching stochastic stock stocking stockpile stocks
        stoic stoke stole stolen stomach stomp stone stoned stoner stony stood stool stoop stop stoppage stopped
        stopper stopping storage store storm storming stormy story storyteller storytelling stout stove stow straight
        straighten straightforward strain strained straining strait strand strange strangely stranger strangle strap
        strapped strata strategic strategically strategist strategy straw strawberry stray streak stream streamer
        streaming streamline streamlined streep street streetcar streets strength strengthen strengthening strenuous
        stress stressful stretch stretcher strewn stricken strict strictly stride strife strike striker striking
        strikingly string stringent stringer strip stripe striped stripped stripper stripping strive striving stroke
        stroking stroll stroller strong stronghold strongly struck structural structurally structure structured
        struggle struggling strung strut stub stubborn stuck stud student studied studio study stuff stuffed stuffing
        stuffy stumble stumbling stump stun stung stunning stunt stupid stupidity sturdy sturgeon stuttering style
        styling stylish stylist stylistic stylus sub subclass subcommittee subconscious subdivision subdue subdued
        subgroup subject subjected subjective sublime submarine submerged submission submissive submit subordinate
        subpoena subscribe subscriber subscription subsection subsequent subsequently subset subsidiary subsidy
        subsistence substance substantial substantially substantive substitute substituted substituting substitution
        substrate subterranean subtitle subtle subtlety subtly subtract subunit suburb suburban subversion subversive
        subway succeed succeeding success successful successfully succession successive successively successor
        succulent succumb such suck sucker sucking suction sudden suddenly sue suede suffer suffering suffice
        sufficiency sufficient sufficiently suffix suffocating suffrage sugar sugary suggest suggesting suggestion
        suggestive suicidal suicide suing suit suitability suitable suitably suitcase suite sully sulphur sultan sum
        sumatra summarize summary summed summer summertime summit summon summons sumner sumptuous sun sunflower sung
        sunk sunken sunlight sunny sunrise sunset sunshine sup super superannuation superb superbly superficial
        superfluous superhero superhuman superintendent superior superiority superman supermarket supernatural
        supernova superpower supersonic superstition superstitious supervise supervision supervisor supervisory
        supper supplement supplemental supplementary supplier supply support supporter supporting supportive suppose
        supposed supposedly suppress suppressed suppression supremacy supreme supremely sur surcharge sure surely
        surf surface surfaced surfer surge surgeon surgery surgical surgically surging surname surpass surpassing
        surplus surprise surprising surprisingly surrender surrey surrogate surround surrounded surrounding
        surroundings surveillance survey surveying surveyor survival survive surviving survivor susceptibility
        susceptible suspect suspected suspend suspended suspense suspension suspicion suspicious suspiciously sustain
        sustainable sustained sustaining suture swag swagger swain swallow swam swami swamp swan swap swapping swarm
        swarming swat sway swayed swaying swear sweat sweater sweating sweaty sweep sweeping sweet sweetheart sweetie
        sweetly sweetness swell swelled swelling swept swift swim swimmer swimming swimsuit swine swing swinging
        swipe swirl swiss switch switched switching swollen swoop sword swore sworn swung syllable syllabus sylvester
        symbol symbolic symbolism symbolize symmetric symmetrical symmetry sympathetic sympathize sympathy symphony
        symposium symptom symptomatic synagogue synaptic sync synchronization synchronized synchronous syndicate
        syndrome synergy synod synonym synonymous synopsis syntax synthesis synthetic syphilis syringe syrup system
        systematic systematically systemic ta tab tabernacle table tables tablespoon tablet tabloid taboo tack tackle
        tackled tackling tacky tact tactic tactical tactics tactile tad tae taft tag tagged tai tail tailed tailor
        tailoring taj take takedown taken taker takin taking tal talbot tale talent talented tales talisman talk
        talking tall taller tally tam tamara tame tammy tan tandem tang tangent tangible tangle tango tania tank
        tanker tanned tanner tanning tantrum tao tap tape taper tapered tapering tapestry tapping taps tar tara
        target targeted tariff tarmac tarot tart task taste tasted tasteful tasteless tasting tasty tat tate tattoo
        tau taught taunting tavern tax taxable taxation taxed taxi taxing taxis taxonomy taxpayer tay te tea teach
        teacher teaching teal team teaming teammate teamwork tear tearing tease teaser teasing teaspoon tec tech
        technical technically technician technique technological technologically technology tectonic ted tedious tee
        teen teenage teens teeny teeth tele telecast telecommunication telegram telegraph telemetry telephone
        telescope television tell teller telling temp temper temperament temperance temperate temperature tempered
        tempest templar template temple tempo temporal temporarily temporary tempt temptation tempting ten tenacious
        tenacity tenancy tenant tend tendency tender tenderness tending tendon tenet tennis tenor tense tension
        tensor tent tentative tentatively tenth tenuous tenure tequila term terminal terminally terminate termination
        terminator terminology terminus terrace terrain terrestrial terrible terribly terrier terrific terrifying
        territorial territory terror terrorism terrorist terry tertiary test testament tested tester testify
        testimonial testimony testing testosterone text textbook textile textual texture th tha than thank thankful
        thankfully thanks thanksgiving that thatcher thats thaw the theater theatrical thee theft their theirs them
        thematic theme themselves then thence theologian theological theology theorem theoretical theoretically
        theorist theory therapeutic therapeutics therapist therapy there thereafter thereby therefore therein thereof
        theres thermal thermodynamics thermometer thermostat these theses thesis theta they theyre thick thickness
        thief thigh thin thine thing thingy think thinker thinking thinly thinner thinning third thirdly thirst
        thirsty thirteen thirteenth thirty this thistle tho thong thoracic thorn thorough thoroughly those thou
        though thought thoughtful thousand thrash thread threaded threat threaten threatening three threesome
        threshold threw thrice thrift thrill thriller thrilling thrive thriving throat throne throttle through
        throughout throughput throw throwback throwing thrown thrust thug thumb thumbnail thumping thunder
        thunderbolt thunderstorm thus thwart thy thyme thyroid ti tibet tic tick ticked ticker ticket ticketing
        ticking tickle tickled tidal tide tidy tie tied tier tiered tiff tiffany tiger tight tighten tightly tights
        til tile tiled till tilt tilting timber time timed timeless timely timer times timetable timid timing timor
        timothy tin tinder ting tinged tingling tinker tint tinted tiny tip tipped tipping tire tired tireless
        tirelessly tiresome tiring tissue tit titanic titanium title titled titty to toad toast toaster tobacco toby
        tod today toddler toe tofu together toggle toil toilet token told tolerable tolerance tolerant tolerate toll
        tom tomato tomb tombstone tome tommy tomography tomorrow ton tonal tone toned toner tong tongue tonic tonight
        tony too took tool toon toot tooth toothbrush toothed top topic topical topless topographic topography
        topology topped topper topping tops tor torah torch tore torment tormented torn tornado toro torpedo torque
        torrent torso tort tortilla tortoise torture tortured torturing tory toss tossing tot total totalitarian
        totally tote totem toto touch touchdown touched touching touchy tough toughness tour touring tourism tourist
        tournament tourney tout tow toward towards towel tower towering towing town township toxic toxicity
        toxicology toxin toy tra trace tracer tracing track tracked tracker tract traction tractor trade trademark
        trader trading tradition traditional traditionally traffic tragedy tragic tragically trail trailer trailing
        train trained trainee trainer training trait traitor trajectory tram tramp trampoline trance tranquil
        tranquility transaction transatlantic transcend transcendental transcript transcription transfer transferable
        transferred transferring transform transformation transformative transformer transforming transfusion
        transient transistor transit transition transitional translate translation translational translator
        translucent transmission transmit transmitter transnational transparency transparent transplant
        transplantation transport transportation transported transporter transporting transverse trap trapped
        trapping traps trash trashy trauma traumatic travel traveled traveler traveling travelled traveller traverse
        travesty travis tray treacherous treachery tread treadmill treason treasure treasurer treasury treat treating
        treatise treatment treaty treble tree trek tremble trembling tremendous tremendously tremor trench trend
        trespass trey tri triad trial triangle triangular tribal tribe tribunal tribune tributary tribute trick
        tricking trickle tricky trident tried trigger triggered trillion trilogy trim trimester trimming trinity trio
        trip triple tripod tripping triumph triumphant trivia trivial troll trolley trolling tron troop trooper trope
        trophy tropical trot trouble troublesome troubling trough troupe trousers trout trove troy truce truck
        trucking trucks true truffle truly trump trumpet truncated trunk truss trust trustee trusting trustworthy
        trusty truth truthful truthfully try trying tsar tsunami tu tub tube tuberculosis tubing tubular tuck tucker
        tue tug tuition tulip tum tumble tumbled tumbling tummy tumor tumultuous tuna tundra tune tuned tung tungsten
        tunic tuning tunnel turbine turbines turbo turbulence turbulent turd turf turk turkey turmoil turn turnaround
        turned turner turning turnout turnover turnpike turns turquoise turret turtle tutor tutorial tutu tuxedo
        twain twas twat tweak tweed tweet twelfth twelve twentieth twenty twice twig twilight twin twinkle twist
        twisted twister twisting twitch twitter two tycoon tying type typewriter typhoon typical typically typo
        typography tyranny tyrant tyre tyrone ubiquitous ugh ugly ukulele ulcer ulster ultimate ultimately ultimatum
        ultra ultrasonic ultraviolet um umbilical umbrella ump umpire un unable unacceptable unaffected unanimous
        unanimously unannounced unanswered unarmed unattended unattractive unauthorized unavailable unavoidable
        unaware unbalanced unbearable unbeatable unbeaten unbelievable unbelievably unbiased unborn unbreakable
        unbroken uncanny uncensored uncertain uncertainty unchanged uncharted unchecked uncle unclean unclear
        uncomfortable uncomfortably uncommon uncompromising unconditional unconditionally unconfirmed unconscious
        unconsciously unconstitutional uncontrollable uncontrolled unconventional uncover uncovered uncut undated
        undead undecided undefeated undefined undeniable undeniably under underage undercover undercut underdog
        underestimate undergo undergoing undergraduate underground underlying undermine undermining underneath
        underside understand understandable understandably understanding understatement understood undertake
        undertaker undertaking undertook underwater underway underwear underwent underwood underworld underwriting
        undesirable undetected undeveloped undisclosed undiscovered undisputed undivided undo undocumented undoing
        undone undoubtedly undue unearthed uneasy uneducated unemployed unemployment unequal unequivocally unethical
        uneven unexpected unexpectedly unexplained unfair unfairly unfaithful unfamiliar unfavorable unfinished unfit
        unfold unfolded unfolding unforeseen unforgettable unforgivable unfortunate unfortunately unfounded
        unfriendly ungrateful unhappiness unhappy unharmed unhealthy unheard unholy unicorn unidentified unification
        unified uniform uniformed uniformity uniformly unify unilateral unilaterally unimaginable unimportant
        uninhabited uninsured unintended unintentional unintentionally uninterested uninterrupted union unionist
        unique uniquely uniqueness unison unit unitary unite united uniting unity universal universally universe
        university unjust unjustified unknowingly unknown unlawful unlawfully unleash unleashed unless unlicensed
        unlike unlikely unlimited unload unloaded unlock unlocked unlocking unlucky unmanned unmarked unmarried
        unmatched unmistakable unnamed unnatural unnecessarily unnecessary unnoticed unofficial unorthodox unpack
        unpaid unparalleled unplanned unpleasant unplugged unpopular unprecedented unpredictable unprepared
        unproductive unprofessional unprotected unpublished unqualified unquestionably unravel unreal unrealistic
        unreasonable unregistered unregulated unrelated unreleased unreliable unresolved unrest unrestricted unruly
        unsafe unsatisfactory unscrupulous unsecured unseen unsettled unsettling unsigned unskilled unsolicited
        unsolved unspeakable unspecified unspoken unstable unstoppable unsuccessful unsuccessfully unsuitable unsure
        unsuspecting unsustainable untenable unthinkable until untimely untitled unto untold untouchable untouched
        untrained untreated untrue unused unusual unusually unveil unveiled unveiling unwanted unwarranted unwavering
        unwelcome unwell unwilling unwillingness unwind unwise unwittingly unworthy unwritten up upbeat upcoming
        update upgrade upheaval upheld uphill uphold upkeep upland uplift uplifting upload upon upper upright
        uprising uproar upscale upset upsetting upside upstairs upstate upstream uptake uptown upward upwards ur
        uranium urban urbanization urge urgency urgent urgently urging urinary urine urn us usability usable usage
        use used useful usefulness useless user usher ust usual usually ut uterine uterus utilitarian utility
        utilization utilize utmost utopia utopian utter utterly uva vacancy vacant vacate vacation vaccination
        vaccine vacuum vagina vaginal vague vaguely vail vain vale valentine valet valiant valid validate validation
        validity valley valor valuable valuation value valued valve vampire van vandalism vane vanguard vanilla
        vanish vanishing vanity vantage vapor variability variable variance variant variation varied variety various
        variously varnish varsity vary vas vascular vase vast vastly vat vault vaulted veal vector vee veer vegetable
        vegetarian vegetation vehemently vehicle vehicular veil veiled vein velocity velvet vendetta vending vendor
        veneer venerable vengeance vengeful venom venomous vent ventilation ventral venture venue vera verb verbal
        verbally verbatim verdict verge verification verify veritable vernacular versatile versatility verse versed
        version versus vertebrae vertex vertical vertically vertigo very vessel vest vet veteran veterinarian
        veterinary veto via viability viable vial vibrant vibrate vibrating vibration vibrator vicar vice viceroy
        vicinity vicious victim victor victorious victory video vie view viewer viewpoint vigil vigilance vigilant
        vigilante vigor vigorous vigorously viking vile villa village villain ville vincent vine vinegar vineyard
        vintage vinyl viola violate violation violence violent violently violet violin violinist viper viral virgin
        virginity virtual virtually virtue virtuous virus vis visa visceral viscosity viscount visibility visible
        visibly vision visionary visit visitation visiting visitor vista visual visualization visualize visually vita
        vital vitality vitamin viva vivid vividly vocabulary vocal vocalist vocation vocational vodka vogue voice
        voiced voicing void vol volatile volatility volcanic volcano volley volleyball volt voltage volume
        voluntarily voluntary volunteer vomit vomiting voodoo vortex vote voter voting vouch voucher vow vowed vowel
        voyage voyager vulgar vulnerability vulnerable vulture wa wacky wad wade wading wafer waffle wag wage waged
        wager wages wagon wah wainwright waist wait waiter waiting waitress waive waiver wake wakes waking walk
        walker walking walkway wall walled waller wallet wallpaper wally walnut walsh walt walter waltz wan wand
        wander wanderer wandering wang waning want wanting war warcraft ward warden wardrobe ware warehouse warfare
        warm warmed warmer warming warmly warmth warn warner warning warp warped warrant warranted warranty warren
        warrior warship wartime wary was wash washed washer washing wasnt wasp waste wasted wasteful wasteland
        wasting wat watch watchdog watched watcher watchful watching watchman water watered waterfall waterfront
        watering watermelon waterproof watershed waterway watery watt wave waved waving wavy wax waxing way ways
        wayward we weak weaken weakening weakly weakness wealth wealthy weapon weaponry wear wearable wearer wearing
        weary weasel weather weathered weave weaver weaving web webber weber webster wed wedding wedge wee weed week
        weekday weekend weekly weep weeping weigh weighed weighing weight weighted weir weird weirdly welcome
        welcoming weld welding welfare well wellington wellness welsh wen went wept were werewolf west westbound
        westerly western westward wet wha whack whale whaling wharf what whatever whatnot whats whatsoever wheat
        wheel wheeled wheeler wheeling when whence whenever where whereabouts whereas whereby wherein whereupon
        wherever whether whew whey which whichever whiff while whilst whim whimsical whine whip whiplash whipped
        whipping whirlwind whisk whiskey whisky whisper whispered whispering whistle whistler whistling whit white
        whitehead whiteness whites whiting who whoa whoever whole wholeheartedly wholesale wholesome wholly whom
        whomever whoop whooping whoops whopping whore whose why wi wick wicked wicker wicket wide widely widen
        widespread widow widowed widower width wield wiener wife wig wigan wiggle wight wild wildcat wilder
        wilderness wildfire wildlife wildly will willed willful willfully willie willing willingly willingness willow
        willy wilt win winch wind winding windmill window windshield windy wine winery wing winged winger wink winner
        winning winnings winter wipe wire wired wireless wiring wis wisdom wise wisely wiser wish wished wishful
        wishing wit witch witchcraft with withdraw withdrawal withdrawing withdrawn wither withheld withhold within
        without withstand witness witty wiz wizard wo wobble wobbly woe woke wolf wolverine woman womb won wonder
        wonderful wonderfully wondering wonderland wondrous wong wont woo wood wooded wooden woodland woodrow
        woodward woodwork woodworking woody woof wool woolly worcester word worded wording wore work workable worked
        worker working workload workmanship workout workplace works workshop world worldly worm worn worried worry
        worrying worse worsen worsening worship worst worth worthless worthy wot would wouldnt wound wounded wounding
        wounds woven wow wraith wrap wrapped wrapper wrapping wrath wreath wreck wreckage wrecking wren wrench
        wrestle wrestler wrestling wretched wright wrinkle wrinkled wrist writ write writer writing written wrong
        wrongdoing wronged wrongful wrongly wrote wrought wut wynn xenophobia xi ya yacht yah yahoo yak yale yam yan
        yang yank yard yarn yawn yawning yaya ye yea yeah year yearbook yearly yearning yeast yee yell yelling yellow
        yellowish yelp yen yeo yep yer yes yesterday yet yew yield yielding yin yo yoga yoghurt yogi yoke yolk york
        yorker you young younger youngster your yours yourself yourselves youth youthful youve yr yuan yuck yummy za
        zac zak zeal zebra zed zee zenith zeppelin zero zest zeta zig zinc zip zipper zodiac zombie zone zoned zoning
        zoo zoological zoology zoom
        """
}
