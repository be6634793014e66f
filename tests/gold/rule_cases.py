"""Constructed cases for rules written from the blind sets' misses (from the round that scored blind53 to
blind56 on). Like constructed_cases.py, but kept out of dev.jsonl: the shipped recogniser learns its
names from dev.jsonl, so a case there changes the weights `make names-model` gives, and every new test
would force a retrain. Conventions: see seed_cases.py.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES: list[Case] = []

# -- descriptions of someone or something named before ---------------------------------------------------------------
DESCRIBED_AGAIN = [
    Case("a-body-called-by-a-word-of-its-name", "The Bureau of Meteorology issued a severe weather warning for the "
         "Darling Downs on Monday. Residents were told to move cars under cover. The bureau said hail up to 5cm "
         "across was possible.", [
        Q("hail up to 5cm across was possible", "indirect", "The bureau", "Bureau of Meteorology"),
    ]),
    Case("a-speaker-who-gave-one-name", "Floodwater reached the market by noon. \"We lost everything in an hour,\" "
         "said a fruit seller who gave her name only as Mariam.", [
        Q("\"We lost everything in an hour,\"", "direct", "a fruit seller who gave her name only as Mariam", "Mariam"),
    ]),
    Case("a-parent-counted-by-children", "In Pasir Puteh, rubber tapper Rosnah Ismail, 49, said the water rose "
         "overnight. \"We saved only our documents,\" said the mother of three.", [
        Q("the water rose overnight", "indirect", "rubber tapper Rosnah Ismail", "Rosnah Ismail"),
        Q("\"We saved only our documents,\"", "direct", "the mother of three", "Rosnah Ismail"),
    ]),
    Case("a-traditional-leader-titled-chief", "Chief Mukuni Siloka said his subjects had been warned about the "
         "meat. Health workers visited six villages on Friday. \"People must not eat animals found dead,\" the "
         "traditional leader said.", [
        Q("his subjects had been warned about the meat", "indirect", "Chief Mukuni Siloka", "Mukuni Siloka"),
        Q("\"People must not eat animals found dead,\"", "direct", "the traditional leader", "Mukuni Siloka"),
    ]),
    Case("a-player-called-by-nation-and-rank", "Top seed Anders Lindqvist was beaten in straight sets on "
         "Thursday. \"He was simply better today,\" the world number three said. \"I will be back next year,\" the "
         "Swede added.", [
        Q("\"He was simply better today,\"", "direct", "the world number three", "Anders Lindqvist"),
        Q("\"I will be back next year,\"", "direct", "the Swede", "Anders Lindqvist"),
    ]),
    Case("a-player-called-by-home-club", "Roscommon manager Cathal Ó Broin was left to count the cost of 12 wides. "
         "\"You cannot miss that many and win,\" the Strokestown native said.", [
        Q("\"You cannot miss that many and win,\"", "direct", "the Strokestown native", "Cathal Ó Broin"),
    ]),
    Case("a-witness-named-after-two-descriptions", "At the resumed trial, the third prosecution witness, a bank "
         "official, Halima Okoro-Bassey, told the court that the cheques were cashed on one day. \"The signatures "
         "did not match,\" the witness said.", [
        Q("that the cheques were cashed on one day", "indirect", "Halima Okoro-Bassey", "Halima Okoro-Bassey"),
        Q("\"The signatures did not match,\"", "direct", "the witness", "Halima Okoro-Bassey"),
    ]),
    Case("a-company-named-as-one-whatever-follows", "Pilots at Westwind Airways walked out on Saturday. The airline "
         "said 300 flights were cancelled. The union's Westwind Airways council met on Sunday.", [
        Q("300 flights were cancelled", "indirect", "The airline", "Westwind Airways"),
    ]),
    Case("a-description-that-names-its-person-refers-back-to-no-one", "The state spokesman of the road safety "
         "agency, Mr. Emeka Uzor-Dike, said in a statement that rescuers had reached the scene. The Kano branch "
         "chairman of the drivers' union, Comrade Sani Bello-Kura, blamed the road. \"This road is a death trap,\" "
         "he said.", [
        Q("that rescuers had reached the scene", "indirect", "Mr. Emeka Uzor-Dike", "Emeka Uzor-Dike"),
        Q("\"This road is a death trap,\"", "direct", "he", "Sani Bello-Kura"),
    ]),
]

CASES += DESCRIBED_AGAIN

# -- a person named after a body and a job -----------------------------------------------------------------------------
NAMED_AFTER_A_BODY = [
    Case("a-spokesperson-named-after-a-body-with-an-of-part", "Two trains collided near Naledi on Monday.\n\n"
         "Passenger Rail Agency of South Africa (Prasa) spokesperson Thabo Nkosi said the cause was not yet known.", [
        Q("the cause was not yet known", "indirect", "Thabo Nkosi", "Thabo Nkosi"),
    ]),
    Case("a-secretary-general-named-after-a-union-and-its-acronym", "National Union of the Teaching Profession "
         "(NUTP) secretary-general Ahmad Faizal Ismail said the cuts would hurt schools.", [
        Q("the cuts would hurt schools", "indirect", "Ahmad Faizal Ismail", "Ahmad Faizal Ismail"),
    ]),
]

CASES += NAMED_AFTER_A_BODY

# -- a place before a description says where the body is, not which ----------------------------------------------------
PLACE_BEFORE_A_DESCRIPTION = [
    Case("a-company-based-somewhere", "Godavari Cements Ltd posted a 31% rise in quarterly profit on Tuesday. Sales "
         "rose 12% to 9.4 billion rupees, the Hyderabad-based company said in a filing.", [
        Q("Sales rose 12% to 9.4 billion rupees", "indirect", "the Hyderabad-based company", "Godavari Cements Ltd"),
    ]),
    Case("a-carrier-called-by-its-city", "Harbour Pacific Airways cut its profit forecast on Monday. Fuel costs would "
         "weigh on margins, the Hong Kong carrier said.", [
        Q("Fuel costs would weigh on margins", "indirect", "the Hong Kong carrier", "Harbour Pacific Airways"),
    ]),
]

CASES += PLACE_BEFORE_A_DESCRIPTION

# -- nouns for someone just named ---------------------------------------------------------------------------------------
NOUNS_FOR_SOMEONE_NAMED = [
    Case("a-captain-called-the-skipper", "Captain Rohan Adhikari-Shrestha praised his bowlers after the win in "
         "Kirtipur. \u201cThey kept it tight all day,\u201d the skipper said.", [
        Q("\u201cThey kept it tight all day,\u201d", "direct", "the skipper", "Rohan Adhikari-Shrestha"),
    ]),
    Case("a-defendant-called-the-accused", "A former council engineer, Mr Yaw Boakye-Ansah, told the High Court that "
         "he signed the payments on orders. Asked why, the accused said the board had approved \"early "
         "mobilisation\" for the firms.", [
        Q("that he signed the payments on orders", "indirect", "Mr Yaw Boakye-Ansah", "Yaw Boakye-Ansah"),
        Q("\"early mobilisation\"", "partial", "the accused", "Yaw Boakye-Ansah"),
    ]),
    Case("a-name-given-only-as-after-a-place", "Shops near the bridge stayed shut. A trader at the nearby fish "
         "market, who gave her name only as Adaeze, said the cracks had been there for months.", [
        Q("the cracks had been there for months", "indirect",
          "A trader at the nearby fish market, who gave her name only as Adaeze", "Adaeze"),
    ]),
]

CASES += NOUNS_FOR_SOMEONE_NAMED

# -- the round's second step: from the misses of blind53 to blind56 -----------------------------------------------------
SECOND_STEP = [
    Case("a-player-called-by-a-club-the-model-took-for-a-person", "Midfielder Eoin Kennedy-Hehir scored the winning "
         "point. \u201cIt was not about me,\u201d the Mullinavat clubman said.", [
        Q("\u201cIt was not about me,\u201d", "direct", "the Mullinavat clubman", "Eoin Kennedy-Hehir"),
    ]),
    Case("a-given-name-and-particle-the-model-took-for-a-body", "Sophie de Vries won the single sculls on Sunday. "
         "De Vries said the win had not yet sunk in.", [
        Q("the win had not yet sunk in", "indirect", "De Vries", "Sophie de Vries"),
    ]),
    Case("a-name-joined-by-ul", "\"We are close,\" said Dr Ehsan ul Haq Siddiqui, who leads the programme.", [
        Q("\"We are close,\"", "direct", "Dr Ehsan ul Haq Siddiqui", "Ehsan ul Haq Siddiqui"),
    ]),
]

CASES += SECOND_STEP

# -- the round's third step: from the misses of blind57 to blind60 -------------------------------------------------------
THIRD_STEP = [
    Case("a-name-joined-by-anak", "Market traders in Sibu said they had been caught off guard. Trader Jugah anak "
         "Ngelai, 58, said business had halved. \"Most of us are honest people,\" he said.", [
        Q("business had halved", "indirect", "Trader Jugah anak Ngelai", "Jugah anak Ngelai"),
        Q("\"Most of us are honest people,\"", "direct", "he", "Jugah anak Ngelai"),
    ]),
]

CASES += THIRD_STEP

# -- the round's fourth step: from the misses of blind61 to blind64 ------------------------------------------------------
FOURTH_STEP = [
    Case("a-defined-name-the-parse-cut-at-and", "About 40 households were evacuated overnight. Fire and Emergency "
         "New Zealand (FENZ) said eight helicopters were working on the blaze. A total fire ban remains in place, "
         "according to FENZ.", [
        Q("eight helicopters were working on the blaze", "indirect", "Fire and Emergency New Zealand",
          "Fire and Emergency New Zealand"),
        Q("A total fire ban remains in place", "indirect", "FENZ", "Fire and Emergency New Zealand",
          speaker_at="to FENZ"),
    ]),
    Case("a-person-called-by-the-nickname-the-article-gave", "Obituary: Gino Zanetti, dairy pioneer\n\n"
         "Giovanni \u2018Gino\u2019 Zanetti, who arrived in the valley with a cardboard suitcase, has died aged 91. "
         "In 1998 he told the council the plan was \u201cselling the river out from under our feet\u201d.", [
        Q("\u201cselling the river out from under our feet\u201d", "partial", "he", "Giovanni Zanetti"),
    ]),
    Case("a-village-chief-with-a-nickname", "Cases rose again this month. Bago Aplaya Punong Barangay Rolando "
         "\"Dodong\" Magsaysay said the barangay holds clean-up drives every weekend.", [
        Q("the barangay holds clean-up drives every weekend", "indirect", "Rolando \"Dodong\" Magsaysay",
          "Rolando Magsaysay"),
    ]),
    Case("a-witness-unnamed-in-the-opening-paragraph-named-in-the-next", "Watchman tells court of shooting\n\n"
         "ELDORET \u2014 A watchman yesterday told the High Court that he saw two men on a motorcycle open fire.\n\n"
         "Testifying before Justice Joel arap Ngeno, Hillary Kiprono Sang, 52, said he had worked at the home for "
         "three years.", [
        Q("that he saw two men on a motorcycle open fire", "indirect", "A watchman", "Hillary Kiprono Sang"),
        Q("he had worked at the home for three years", "indirect", "Hillary Kiprono Sang", "Hillary Kiprono Sang"),
    ]),
    Case("a-spokesman-in-the-opening-paragraph-stays-unnamed", "Port strike spreads\n\n"
         "A spokesman for the ports authority said on Monday that two berths had closed.\n\n"
         "Dock worker Juma Bakari Mwinyi, 44, said the men would stay out until they were paid.", [
        Q("that two berths had closed", "indirect", "A spokesman for the ports authority", None),
        Q("the men would stay out until they were paid", "indirect", "Dock worker Juma Bakari Mwinyi",
          "Juma Bakari Mwinyi"),
    ]),
    Case("a-company-owned-by-a-country-the-model-took-in", "RIYADH (Reuters) - Saudi Arabia\u2019s Najd Telecom Co "
         "posted an 18% rise in quarterly profit on Thursday. The company said it had signed a memorandum of "
         "understanding with a Chinese equipment maker.", [
        Q("it had signed a memorandum of understanding with a Chinese equipment maker", "indirect", "The company",
          "Najd Telecom Co"),
    ]),
    Case("a-gaelic-name-cut-at-its-particle", "Corofin won the county title on Sunday. According to club "
         "secretary Br\u00edd Nic an Iomaire, tickets for the celebration have already sold out. Dara \u00d3 S\u00e9 "
         "kicked the winning point. \u201cThe lads did the hard work,\u201d the 21-year-old said.", [
        Q("tickets for the celebration have already sold out", "indirect", "Br\u00edd Nic an Iomaire",
          "Br\u00edd Nic an Iomaire"),
        Q("\u201cThe lads did the hard work,\u201d", "direct", "the 21-year-old", "Dara \u00d3 S\u00e9"),
    ]),
    Case("a-family-name-with-its-particle-speaking-alone", "Kerry 1-15 Cork 0-16\n\nMich\u00e9al \u00d3 "
         "Conch\u00fair admitted Kerry were far from their best. \u201cThis group finds a way,\u201d \u00d3 "
         "Conch\u00fair said afterwards. Philippine Foreign Affairs Secretary Ma. Teresa de los Reyes was at the "
         "match. \u201cA fine game,\u201d de los Reyes said.", [
        Q("\u201cThis group finds a way,\u201d", "direct", "\u00d3 Conch\u00fair", "Mich\u00e9al \u00d3 Conch\u00fair",
          speaker_at="\u00d3 Conch\u00fair said"),
        Q("\u201cA fine game,\u201d", "direct", "de los Reyes", "Ma. Teresa de los Reyes", speaker_at="de los Reyes said"),
    ]),
    Case("a-company-with-a-legal-form-taken-for-a-person", "JAKARTA (Reuters) - PT Nusantara Seluler Tbk said "
         "on Friday its quarterly profit rose 22%. Data revenue grew 31%, the company said.", [
        Q("Data revenue grew 31%", "indirect", "the company", "PT Nusantara Seluler Tbk"),
    ]),
    Case("a-prosecutor-named-by-opening-the-case", "Leanne Grocott, 31, denies arson. Opening the prosecution "
         "case on Monday, Miss Priya Lakhani said the fire had been started at 3.15am. The prosecution say Grocott "
         "bought fuel that night. CCTV showed her at a garage shortly before 2am, the prosecutor said.", [
        Q("the fire had been started at 3.15am", "indirect", "Miss Priya Lakhani", "Priya Lakhani"),
        Q("CCTV showed her at a garage shortly before 2am", "indirect", "the prosecutor", "Priya Lakhani"),
    ]),
    Case("a-coast-guard-and-an-elder-called-by-what-they-are", "A ferry ran aground off Takehara on Monday. The "
         "Japan Coast Guard said all 41 passengers were safe. The vessel was travelling to Osakikamijima, the coast "
         "guard said. In Bannu, tribal elder Gul Rehman said the village wanted a clinic. \u201cGive us a doctor,"
         "\u201d the elder said.", [
        Q("all 41 passengers were safe", "indirect", "The Japan Coast Guard", "Japan Coast Guard"),
        Q("The vessel was travelling to Osakikamijima", "indirect", "the coast guard", "Japan Coast Guard"),
        Q("the village wanted a clinic", "indirect", "tribal elder Gul Rehman", "Gul Rehman"),
        Q("\u201cGive us a doctor,\u201d", "direct", "the elder", "Gul Rehman"),
    ]),
    Case("a-job-of-a-defined-body-before-a-name", "The Tanzania Ports Authority (TPA) director general, Mr Abdallah "
         "Salim Rashid, said operations at other berths were continuing normally.", [
        Q("operations at other berths were continuing normally", "indirect", "Mr Abdallah Salim Rashid",
          "Abdallah Salim Rashid"),
    ]),
]

CASES += FOURTH_STEP

# Fifth step: rules from the misses of blind65 to blind68.
FIFTH_STEP = [
    Case("an-office-named-for-its-holder-the-model-missed", "Man charged after standoff\n\nA 44-year-old man was "
         "charged Thursday with aggravated assault after a four-hour standoff at a farmhouse outside Moundridge, the "
         "Marion County Attorney's Office said.", [
        Q("A 44-year-old man was charged Thursday with aggravated assault after a four-hour standoff at a farmhouse "
          "outside Moundridge", "indirect", "the Marion County Attorney's Office", "Marion County Attorney's Office"),
    ]),
    Case("who-said-after-a-chain-of-appositions", "The tribunal also heard from a third defence witness, a NAFDAC "
         "laboratory analyst, Mrs Hauwa Danladi-Bako, who said the samples had been stored at the wrong "
         "temperature.", [
        Q("the samples had been stored at the wrong temperature", "indirect", "Mrs Hauwa Danladi-Bako",
          "Hauwa Danladi-Bako"),
    ]),
    Case("a-witness-after-the-counsel-who-led-her-evidence", "Led in evidence by the prosecution counsel, Mr Chinedu "
         "Eze-Ofor, the witness, Mrs Ngozi Adebayo-Kalu, told Justice Musa Lawal that the cheques were signed by the "
         "defendant.", [
        Q("that the cheques were signed by the defendant", "indirect", "Mrs Ngozi Adebayo-Kalu", "Ngozi Adebayo-Kalu"),
    ]),
    Case("a-name-in-apposition-right-before-a-verb-the-parse-left-without-subject", "Testifying as the second "
         "defence witness, a retired customs officer, Bashir Danjuma-Yola, told the court that the goods were "
         "cleared in 2021.", [
        Q("that the goods were cleared in 2021", "indirect", "Bashir Danjuma-Yola", "Bashir Danjuma-Yola"),
    ]),
    Case("who-said-after-the-job-of-a-person-named-before", "The trophy was presented by Sheikh Faisal bin Khalid "
         "Al Qasimi, chairman of the festival's board of governors, who described the winning film as \"brave, "
         "funny and true\".", [
        Q("\"brave, funny and true\"", "partial", "Sheikh Faisal bin Khalid Al Qasimi", "Faisal bin Khalid Al Qasimi"),
    ]),
    Case("a-minister-for-a-portfolio-before-the-name", "Federal Minister for Railways Khurram Nawaz Lashari, who "
         "reached the site late in the evening, said a fishplate had been found missing from the track.\n\n"
         "\"We will not jump to conclusions,\" the minister said.", [
        Q("a fishplate had been found missing from the track", "indirect", "Khurram Nawaz Lashari",
          "Khurram Nawaz Lashari"),
        Q("\"We will not jump to conclusions,\"", "direct", "the minister", "Khurram Nawaz Lashari"),
    ]),
    Case("a-business-named-right-after-what-it-is", "Bremen (dpa) - Bremen-based container shipping group Weserhafen "
         "Reederei returned to profit in the first half, helped by higher freight rates, the company said on "
         "Thursday.", [
        Q("Bremen-based container shipping group Weserhafen Reederei returned to profit in the first half, helped "
          "by higher freight rates", "indirect", "the company", "Weserhafen Reederei"),
    ]),
    Case("an-airline-named-right-after-what-it-is", "LIMA (Reuters) - Peruvian budget airline Aerolinea Condor "
         "posted its first annual profit since 2019, the company said on Monday.", [
        Q("Peruvian budget airline Aerolinea Condor posted its first annual profit since 2019", "indirect",
          "the company", "Aerolinea Condor"),
    ]),
    Case("according-to-a-bodys-own-report", "THE Mutare-based Manicaland Dairy Farmers Cooperative (MDFC) has "
         "reported a 19 percent rise in milk intake, chairperson Dr Tendai Mupfumira said this week.\n\nRevenue "
         "rose to US$6,1 million, according to the cooperative's unaudited financial statements.", [
        Q("Manicaland Dairy Farmers Cooperative (MDFC) has reported a 19 percent rise in milk intake", "indirect",
          "chairperson Dr Tendai Mupfumira", "Tendai Mupfumira"),
        Q("Revenue rose to US$6,1 million", "indirect", "the cooperative's unaudited financial statements",
          "Manicaland Dairy Farmers Cooperative"),
    ]),
    Case("the-executive-just-named", "Guatemalan sugar refiner Ingenio La Esperanza reported on Friday a net profit "
         "of 41 million quetzales for the harvest, its general manager, Luis Fernando Arriaga Solórzano, told EFE."
         "\n\n\"Prices have been the highest in a decade,\" Arriaga said.\n\nThe executive warned, however, that "
         "growers were facing rising costs for fertilizer.", [
        Q("Guatemalan sugar refiner Ingenio La Esperanza reported on Friday a net profit of 41 million quetzales for "
          "the harvest", "indirect", "Luis Fernando Arriaga Solórzano", "Luis Fernando Arriaga Solórzano"),
        Q("\"Prices have been the highest in a decade,\"", "direct", "Arriaga", "Luis Fernando Arriaga Solórzano",
          speaker_at="Arriaga said"),
        Q("that growers were facing rising costs for fertilizer", "indirect", "The executive",
          "Luis Fernando Arriaga Solórzano"),
    ]),
    Case("a-nicknamed-man-called-by-his-family-name", "Sheep and beef farmer Tamati \"Tom\" Herewini, whose property "
         "near Tolaga Bay lost two bridges, said the road had gone again.\n\n\"Some of us are asking how many more "
         "times we can do this,\" Mr Herewini said.", [
        Q("the road had gone again", "indirect", "Tamati \"Tom\" Herewini", "Tamati Herewini"),
        Q("\"Some of us are asking how many more times we can do this,\"", "direct", "Mr Herewini",
          "Tamati Herewini"),
    ]),
    Case("a-tradesman-named-with-his-trade", "Others in the room backed the project. Boilermaker Dale Henriksen said "
         "the expansion would mean \"steady work for three years\" in the region.", [
        Q("\"steady work for three years\"", "partial", "Boilermaker Dale Henriksen", "Dale Henriksen"),
    ]),
    Case("the-bank-of-a-results-story-is-the-lender", "RIYADH \u2014 Al-Nakheel Bank's net profit rose 11 percent in "
         "the first half. The Saudi Central Bank raised its key rate in July. The bank said its mortgage book grew 20 "
         "percent.", [
        Q("its mortgage book grew 20 percent", "indirect", "The bank", "Al-Nakheel Bank"),
    ]),
    Case("an-honorific-before-a-name", "Patients queued from dawn at the clinic in Soweto. Gogo Nomsa "
         "Dlamini-Khumalo, 71, said she had been waiting since five in the morning. \"Nobody is helping us,\" "
         "Dlamini-Khumalo said.\n\nThe longhouse was cut off by the flood. Tuai Rumah Jugah anak Bunyau said his "
         "people had moved to higher ground. \"We know the river,\" he said.", [
        Q("she had been waiting since five in the morning", "indirect", "Gogo Nomsa Dlamini-Khumalo",
          "Nomsa Dlamini-Khumalo"),
        Q("\"Nobody is helping us,\"", "direct", "Dlamini-Khumalo", "Nomsa Dlamini-Khumalo",
          speaker_at="Dlamini-Khumalo said"),
        Q("his people had moved to higher ground", "indirect", "Tuai Rumah Jugah anak Bunyau", "Jugah anak Bunyau"),
        Q("\"We know the river,\"", "direct", "he", "Jugah anak Bunyau"),
    ]),
]

CASES += FIFTH_STEP

# From blind69 to blind72's misses: a son's generation, local honorifics, a title alone for its holder.
SIXTH_STEP = [
    Case("a-son-named-after-his-father", "Flights resumed on Tuesday. Transport Secretary Eduardo Villanueva III "
         "said the runway had been repaired overnight. \u201cWe are back to normal,\u201d Villanueva said.", [
        Q("the runway had been repaired overnight", "indirect", "Eduardo Villanueva III", "Eduardo Villanueva III"),
        Q("\u201cWe are back to normal,\u201d", "direct", "Villanueva", "Eduardo Villanueva III",
          speaker_at="Villanueva said"),
    ]),
    Case("honorifics-of-southern-africa-and-ghana", "The clinic in Maseru had run out of insulin.\n\nNtate Lebohang "
         "Mokoena said the shelves had been empty since March. \u201cWe are forgotten here,\u201d Mokoena said.\n\n"
         "In Kumasi, Nana Kofi Adjei-Mensah said the palace would mediate.", [
        Q("the shelves had been empty since March", "indirect", "Ntate Lebohang Mokoena", "Lebohang Mokoena"),
        Q("\u201cWe are forgotten here,\u201d", "direct", "Mokoena", "Lebohang Mokoena", speaker_at="” Mokoena said"),
        Q("the palace would mediate", "indirect", "Nana Kofi Adjei-Mensah", "Kofi Adjei-Mensah"),
    ]),
    Case("the-permanent-secretary-said", "The strike entered its third week.\n\nMinistry of Labour Permanent "
         "Secretary Dr Chanda Mwape-Banda said the union had not followed the law.\n\n\u201cThe ministry will not "
         "take sides,\u201d the Permanent Secretary said.", [
        Q("the union had not followed the law", "indirect", "Chanda Mwape-Banda", "Chanda Mwape-Banda"),
        Q("\u201cThe ministry will not take sides,\u201d", "direct", "the Permanent Secretary", "Chanda Mwape-Banda"),
    ]),
]

CASES += SIXTH_STEP

# Seventh step: rules from blind77 to blind80's misses (scored once before these rules).
SEVENTH_STEP = [
    Case("a-name-after-a-hyphenated-title", "Workers blocked the estate road on Monday.\n\n\"I have spoken to "
         "the deputy commissioner. The meeting will happen,\" the UNO said.\n\nMoulvibazar Sadar Police Station "
         "Officer-in-Charge Aminul Haque said no untoward incident had taken place.", [
        Q("\"I have spoken to the deputy commissioner. The meeting will happen,\"", "direct", "the UNO", "UNO"),
        Q("no untoward incident had taken place", "indirect", "Aminul Haque", "Aminul Haque"),
    ]),
    Case("the-lender-after-the-central-bank", "Halfway profit doubles at Coastline Bank\n\nLAGOS: Coastline "
         "Bank Plc posted a 90 per cent rise in half-year profit on Thursday, helped by foreign exchange gains.\n\n"
         "The results follow a recapitalisation order from the Central Bank of Nigeria, which wants lenders to "
         "hold more capital by March.\n\nThe lender said its board had proposed an interim dividend of N1 per "
         "share.", [
        Q("its board had proposed an interim dividend of N1 per share", "indirect", "The lender",
          "Coastline Bank Plc"),
    ]),
    Case("the-observatory-named-before", "Ash warning raised for Mount Katmai\n\nANCHORAGE, Alaska - The "
         "Alaska Volcano Observatory raised the alert level for Mount Katmai on Friday, saying that an eruption "
         "could come within weeks.\n\nScientists have recorded more than 600 small earthquakes beneath the "
         "volcano since June, the observatory said in its daily update.", [
        Q("that an eruption could come within weeks", "indirect", "The Alaska Volcano Observatory",
          "Alaska Volcano Observatory"),
        Q("Scientists have recorded more than 600 small earthquakes beneath the volcano since June", "indirect",
          "the observatory", "Alaska Volcano Observatory"),
    ]),
    Case("the-management-speaks-for-the-mill", "900 laid off as spinning mill shuts\n\nFAISALABAD: Workers at "
         "Noor Textile Mills Limited were sent home on Monday after the management announced that the plant "
         "would close at the end of the month.\n\nThe management of Crescent Yarn Industries Ltd told the stock "
         "exchange on Tuesday that its Sheikhupura unit had also stopped production.", [
        Q("that the plant would close at the end of the month", "indirect", "the management",
          "Noor Textile Mills Limited"),
        Q("that its Sheikhupura unit had also stopped production", "indirect", "The management of Crescent Yarn "
          "Industries Ltd", "Crescent Yarn Industries Ltd"),
    ]),
]

CASES += SEVENTH_STEP

# Eighth step: rules from blind81 to blind84's misses (scored once before these rules).
EIGHTH_STEP = [
    Case("the-district-is-the-school-district", "Coach suspended over recruiting calls\n\nMUNCIE, Ind. - Delaware "
         "Valley Community Schools said Tuesday it would appeal the suspension of its basketball coach.\n\nThe "
         "district said an assistant would lead the team for the rest of the season.", [
        Q("it would appeal the suspension of its basketball coach", "indirect", "Delaware Valley Community Schools",
          "Delaware Valley Community Schools"),
        Q("an assistant would lead the team for the rest of the season", "indirect", "The district",
          "Delaware Valley Community Schools"),
    ]),
    Case("the-municipality-is-the-city", "Water cuts extended\n\nWINDHOEK - The City of Keetmanshoop has extended "
         "water cuts to four days a week.\n\nThe dam that supplies the town is at 9 percent of its capacity, the "
         "municipality said on Monday.", [
        Q("The dam that supplies the town is at 9 percent of its capacity", "indirect", "the municipality",
          "City of Keetmanshoop"),
    ]),
    Case("the-warden-named-before", "Tusker dies after vehicle hit\n\nKALPETTA: A wild tusker died on the national "
         "highway on Tuesday.\n\nAccording to Wayanad Wildlife Warden Ajith K Raman, the animal collapsed on the "
         "road.\n\nThe department will deploy a rapid response team on the stretch, the warden said.", [
        Q("the animal collapsed on the road", "indirect", "Ajith K Raman", "Ajith K Raman"),
        Q("The department will deploy a rapid response team on the stretch", "indirect", "the warden",
          "Ajith K Raman"),
    ]),
    Case("a-local-office-before-a-name-and-alone", "Lake level rising\n\nPUNAKHA - Wangdue Dzongdag Sonam Tobgay "
         "said the district committee had met on Monday.\n\n\"We don't want to create panic,\" the dzongdag said.", [
        Q("the district committee had met on Monday", "indirect", "Sonam Tobgay", "Sonam Tobgay"),
        Q("\"We don't want to create panic,\"", "direct", "the dzongdag", "Sonam Tobgay"),
    ]),
]

CASES += EIGHTH_STEP

# Ninth step (stop 21): the statement before "and" when a second verb or a second "that" clause carries
# the quote in marks.
NINTH_STEP = [
    Case("statement-before-a-second-verb", "Council defends housing plan\n\nThe residents' association said the "
         "council had not consulted tenants and described the decision as \"a stitch-up\".", [
        Q("the council had not consulted tenants", "indirect", "The residents' association", None),
        Q("\"a stitch-up\"", "partial", "The residents' association", None),
    ]),
    Case("statement-before-a-second-that-clause", "Tower block inspected\n\nThe Building and Construction "
         "Authority said the site had been inspected in 2023 and that a \"stop and secure\" order had been issued.", [
        Q("the site had been inspected in 2023", "indirect", "The Building and Construction Authority",
          "Building and Construction Authority"),
        Q("\"stop and secure\"", "partial", "The Building and Construction Authority",
          "Building and Construction Authority"),
    ]),
    Case("statement-before-a-second-auxiliary", "Cannabis farm caretaker jailed\n\nDefence counsel Ronan Kilbride "
         "said his client had run up gambling debts of more than 60,000 euro and had been 'used by people far more "
         "dangerous than himself'.", [
        Q("his client had run up gambling debts of more than 60,000 euro", "indirect", "Ronan Kilbride",
          "Ronan Kilbride"),
        Q("'used by people far more dangerous than himself'", "partial", "Ronan Kilbride", "Ronan Kilbride"),
    ]),
]

CASES += NINTH_STEP

# Tenth step (stop 21): "but" and a modal open a second part too; a "that" clause hung on the noun of a
# phrase after the verb; a fronted clause after a dateline, up to the comma before the subject; a question
# left open ("declined to say how many") is no statement; "the company" is a business the article calls one
# where the recogniser took its name for a person's.
TENTH_STEP = [
    Case("statement-before-but-and-a-second-verb", "Rivers rising in the north\n\nSenior meteorologist Priya "
         "Raghunathan said the rain would ease from Friday but warned that rivers in the catchment could \"rise very "
         "quickly\".", [
        Q("the rain would ease from Friday", "indirect", "Priya Raghunathan", "Priya Raghunathan"),
        Q("\"rise very quickly\"", "partial", "Priya Raghunathan", "Priya Raghunathan"),
    ]),
    Case("statement-before-and-a-modal", "Bin strike enters third week\n\nCouncil leader Marvin Rees-Tully said "
         "residents should not leave bags on the pavement, where they could attract vermin, and should check the "
         "council's website for \"the latest collection times\".", [
        Q("residents should not leave bags on the pavement, where they could attract vermin", "indirect",
          "Marvin Rees-Tully", "Marvin Rees-Tully"),
        Q("\"the latest collection times\"", "partial", "Marvin Rees-Tully", "Marvin Rees-Tully"),
    ]),
    Case("a-that-clause-after-a-phrase", "Telecom group lifts profit\n\nGroup chief executive Abdulrahman al-Kuwari "
         "told analysts on a conference call that the company expected mid-single-digit revenue growth in 2025.", [
        Q("that the company expected mid-single-digit revenue growth in 2025", "indirect", "Abdulrahman al-Kuwari",
          "Abdulrahman al-Kuwari"),
    ]),
    Case("a-fronted-clause-after-a-dateline", "14 injured as bus overturns\n\nMuscat: Fourteen people were injured, "
         "three of them seriously, when a bus carrying workers overturned on the Adam-Thumrait road early on Sunday, "
         "the Royal Oman Police said.", [
        Q("Fourteen people were injured, three of them seriously, when a bus carrying workers overturned on the "
          "Adam-Thumrait road early on Sunday", "indirect", "the Royal Oman Police", "Royal Oman Police"),
    ]),
    Case("a-question-left-open-is-no-statement", "Bank agrees merger\n\nChief executive Laura Sanvitale said the "
         "bank expected savings of 600 million euros. She declined to say how many jobs would go, but said there "
         "would be \"no forced redundancies.\"", [
        Q("the bank expected savings of 600 million euros", "indirect", "Laura Sanvitale", "Laura Sanvitale"),
        Q("\"no forced redundancies.\"", "partial", "She", "Laura Sanvitale"),
    ]),
    Case("the-company-named-where-the-recogniser-saw-a-person", "Brewer lifts profit\n\nMUNICH (dpa) - Bavarian "
         "brewer Aubacher Klosterbraeu raised its profit last year as alcohol-free beer sold well abroad.\n\nNet "
         "profit rose 6.2 per cent to 41.3 million euros, the company said on Tuesday.", [
        Q("Net profit rose 6.2 per cent to 41.3 million euros", "indirect", "the company", "Aubacher Klosterbraeu"),
    ]),
    Case("a-bus-operator-in-apposition", "Bus crash kills nine\n\nThe bus operator, Kaya Turizm, said in a written "
         "statement that it was cooperating fully with the authorities.\n\n\"Our thoughts are with the families of "
         "those we lost,\" the company said.", [
        Q("that it was cooperating fully with the authorities", "indirect", "Kaya Turizm", "Kaya Turizm"),
        Q("\"Our thoughts are with the families of those we lost,\"", "direct", "the company", "Kaya Turizm"),
    ]),
]

CASES += TENTH_STEP
