"""Blind gold set 97: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or the other gold sets: only the case format
(gold_format.py) and the worked examples in heldout_cases.py were read. House styles and topics vary
(Pacific Northwest metro dailies, Greek and Lebanese English-language outlets, Aberdeen and north-east
Scotland papers), so the figures on them say how the rules carry over to unseen news.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind97-wsf-strike", """Ferry workers walk off the job as talks with state collapse

Washington State Ferries canceled sailings on five of its 10 routes Tuesday after hundreds of deckhands, terminal agents and engine-room crew walked off the job, leaving commuters from Bainbridge Island to Anacortes scrambling for a way across Puget Sound.

The Inlandboatmen’s Union of the Pacific, which represents about 1,100 ferry workers, said the strike would last until the state came back to the bargaining table.

“We did not want to be here, but our members have been working short-staffed for three years and they are exhausted,” said Darlene Kowalczyk, the union’s regional director. “Nobody takes this step lightly.”

State Transportation Secretary Anita Delgado said the state had offered raises of 9% over two years, which she described as “the largest on the table for any state employee group.” She accused union leaders of walking away from talks that were “close to the finish line.”

“The governor has been clear that he wants a deal, but it has to be a deal taxpayers can afford,” Delgado said.

At Colman Dock in Seattle, the line of cars waiting for the 7:55 a.m. boat to Bremerton stretched up Alaskan Way. Some walk-on passengers said they had been told nothing about the cancellations until they reached the ticket booth.

“I’ve got a shift at Harborview at nine and no idea how I’m getting there,” said Kiona Whitehorse, a nurse who commutes from Bremerton. She said she supported the crews “up to a point,” but that families on the peninsula were paying the price.

A Washington State Ferries spokesperson, Nadia Lindqvist, said the agency was running reduced service on the Seattle-Bainbridge and Edmonds-Kingston routes with managers and crew members who had not joined the walkout. The walkout also threatens the system’s “Ride the Sound” summer campaign, which launched last week with free weekend fares for children.

Under state law, most public employees in Washington do not have the right to strike, and the attorney general’s office said Tuesday it would seek a court order to end the walkout. A King County Superior Court judge is expected to hear the request Wednesday.

Kowalczyk said the union was prepared for that. “If they want to haul ferry workers into court instead of paying them, let them explain that to the people standing on the dock,” she said.""", [
        Q("the strike would last until the state came back to the bargaining table", "indirect",
          "The Inlandboatmen’s Union of the Pacific", "Inlandboatmen’s Union of the Pacific"),
        Q("“We did not want to be here, but our members have been working short-staffed for three years and they "
          "are exhausted,”", "direct", "Darlene Kowalczyk", "Darlene Kowalczyk"),
        Q("“Nobody takes this step lightly.”", "direct", "Darlene Kowalczyk", "Darlene Kowalczyk"),
        Q("the state had offered raises of 9% over two years", "indirect", "Anita Delgado", "Anita Delgado"),
        Q("“the largest on the table for any state employee group.”", "partial", "she", "Anita Delgado",
          speaker_at="which she described"),
        Q("“close to the finish line.”", "partial", "She", "Anita Delgado", speaker_at="She accused"),
        Q("“The governor has been clear that he wants a deal, but it has to be a deal taxpayers can afford,”",
          "direct", "Delgado", "Anita Delgado", speaker_at="Delgado said."),
        Q("they had been told nothing about the cancellations until they reached the ticket booth", "indirect",
          "Some walk-on passengers", None),
        Q("“I’ve got a shift at Harborview at nine and no idea how I’m getting there,”", "direct",
          "Kiona Whitehorse", "Kiona Whitehorse"),
        Q("“up to a point,”", "partial", "She", "Kiona Whitehorse", speaker_at="She said she supported"),
        Q("that families on the peninsula were paying the price", "indirect", "She", "Kiona Whitehorse",
          speaker_at="She said she supported"),
        Q("the agency was running reduced service on the Seattle-Bainbridge and Edmonds-Kingston routes with "
          "managers and crew members who had not joined the walkout", "indirect", "Nadia Lindqvist",
          "Nadia Lindqvist"),
        Q("it would seek a court order to end the walkout", "indirect", "the attorney general’s office", None),
        Q("the union was prepared for that", "indirect", "Kowalczyk", "Darlene Kowalczyk",
          speaker_at="Kowalczyk said the union"),
        Q("“If they want to haul ferry workers into court instead of paying them, let them explain that to the "
          "people standing on the dock,”", "direct", "she", "Darlene Kowalczyk", speaker_at="she said."),
    ], source="blind"),
    Case("blind97-pno-strike", """Ferries stay docked as seamen walk out over collective agreement

Ferries remained tied up in Piraeus, Rafina and Lavrio on Wednesday as seamen began a 48-hour strike over pay and crewing levels, stranding thousands of travellers bound for the Cyclades and the islands of the northeastern Aegean.

The Panhellenic Seamen's Federation (PNO) said the walkout was a response to the shipowners' refusal to renew a collective labour agreement that expired in December.

"Crews are being asked to do more with fewer people, on older ships, for wages that have not kept pace with prices," PNO general secretary Nikos Petrakis told reporters at the port of Piraeus. "Safety is not negotiable."

He said the federation had asked for a 12 percent increase and for at least one additional deckhand on every vessel carrying more than 500 passengers.

The Association of Passenger Shipping Companies (SEEN) said in a statement that the demands were unrealistic given fuel costs and new EU emissions charges. It called the strike "a blow to island communities at the start of the season."

Maritime Affairs Minister Christos Stefanidis said the government would not hesitate to order crews back to work if the strike were extended, a measure known in Greece as "civil mobilisation." "The islands cannot be held hostage," he said on Skai TV.

The Hellenic Coast Guard said that 62 departures had been cancelled by midday and that it was keeping a small number of ships on standby for emergencies.

Hoteliers on Naxos and Paros warned that cancellations were already coming in. "We have guests sleeping at the port tonight," said Maria Roussou, who runs a 20-room hotel in Naoussa. "Every strike costs us bookings we never get back."

According to the federation, a second 48-hour walkout will be called next week if no new offer is made. Petrakis told Kathimerini that crews were "ready to stay out as long as it takes."

Some ferries operating under exemptions for the smaller islands were expected to sail as normal on Thursday.""", [
        Q("the walkout was a response to the shipowners' refusal to renew a collective labour agreement that expired "
          "in December", "indirect", "The Panhellenic Seamen's Federation", "Panhellenic Seamen's Federation"),
        Q('"Crews are being asked to do more with fewer people, on older ships, for wages that have not kept pace '
          'with prices,"', "direct", "Nikos Petrakis", "Nikos Petrakis"),
        Q('"Safety is not negotiable."', "direct", "Nikos Petrakis", "Nikos Petrakis"),
        Q("the federation had asked for a 12 percent increase and for at least one additional deckhand on every "
          "vessel carrying more than 500 passengers", "indirect", "He", "Nikos Petrakis",
          speaker_at="He said the federation"),
        Q("that the demands were unrealistic given fuel costs and new EU emissions charges", "indirect",
          "The Association of Passenger Shipping Companies", "Association of Passenger Shipping Companies"),
        Q('"a blow to island communities at the start of the season."', "partial", "It",
          "Association of Passenger Shipping Companies", speaker_at="It called the strike"),
        Q("the government would not hesitate to order crews back to work if the strike were extended", "indirect",
          "Christos Stefanidis", "Christos Stefanidis"),
        Q('"The islands cannot be held hostage,"', "direct", "he", "Christos Stefanidis",
          speaker_at="he said on Skai TV"),
        Q("that 62 departures had been cancelled by midday and that it was keeping a small number of ships on "
          "standby for emergencies", "indirect", "The Hellenic Coast Guard", "Hellenic Coast Guard"),
        Q("that cancellations were already coming in", "indirect", "Hoteliers on Naxos and Paros", None),
        Q('"We have guests sleeping at the port tonight,"', "direct", "Maria Roussou", "Maria Roussou"),
        Q('"Every strike costs us bookings we never get back."', "direct", "Maria Roussou", "Maria Roussou"),
        Q("a second 48-hour walkout will be called next week if no new offer is made", "indirect", "the federation",
          "Panhellenic Seamen's Federation", speaker_at="According to the federation"),
        Q('"ready to stay out as long as it takes."', "partial", "Petrakis", "Nikos Petrakis",
          speaker_at="Petrakis told Kathimerini"),
    ], source="blind"),
    Case("blind97-beirut-deposits", """Depositors occupy Hamra bank branch as withdrawal caps tighten

BEIRUT — Around two dozen depositors occupied a branch of Phoenicia Bank in Beirut’s Hamra district on Monday, hours after several lenders informed customers that monthly withdrawals from frozen dollar accounts would be cut by half.

The protesters, some of them retirees, chanted slogans against the banks and the political class before security forces surrounded the building. Nobody was hurt, according to the Internal Security Forces, and the group left in the early afternoon.

“We are not thieves. We are asking for our own money, money we worked 40 years for,” said Samira Khoury, a 67-year-old former teacher. She said her savings of $85,000 had been stuck at the bank since October 2019.

Under the new rules, holders of so-called “lollar” accounts will be able to withdraw at most $150 a month in banknotes.

The Association of Banks in Lebanon said in a statement that lenders were “not responsible” for the crisis. “The banks did not gamble with depositors’ money. The state borrowed it and did not pay it back,” the association said.

Rami Haidar, a spokesman for the Depositors’ Union, told L’Orient Today that the group would keep up its protests until parliament passed a fair deposit recovery law. “Every week they change the rules, and every week we lose more,” Haidar said.

Banque du Liban said late Monday that it had not approved the new limits and had asked the banks concerned to justify them. A central bank official, speaking on condition of anonymity, said the move was “a unilateral decision by a handful of lenders.”

Finance Minister Nadim Azar told reporters after a cabinet session that the draft law on the so-called financial “gap” was nearly finished and would reach parliament before the summer recess.

“Depositors will get their money back, in stages,” Azar said, “but we cannot promise what the state does not have.”

The International Monetary Fund has repeatedly said that a credible plan to restructure the banking sector is a precondition for any financial assistance.

Khoury said she would be back next week. “Where else would I go?” she asked.""", [
        Q("that monthly withdrawals from frozen dollar accounts would be cut by half", "indirect", "several lenders",
          None),
        Q("Nobody was hurt", "indirect", "the Internal Security Forces", "Internal Security Forces"),
        Q("“We are not thieves. We are asking for our own money, money we worked 40 years for,”", "direct",
          "Samira Khoury", "Samira Khoury"),
        Q("her savings of $85,000 had been stuck at the bank since October 2019", "indirect", "She", "Samira Khoury",
          speaker_at="She said her savings"),
        Q("“not responsible”", "partial", "The Association of Banks in Lebanon", "Association of Banks in Lebanon"),
        Q("“The banks did not gamble with depositors’ money. The state borrowed it and did not pay it back,”",
          "direct", "the association", "Association of Banks in Lebanon", speaker_at="the association said"),
        Q("that the group would keep up its protests until parliament passed a fair deposit recovery law", "indirect",
          "Rami Haidar", "Rami Haidar"),
        Q("“Every week they change the rules, and every week we lose more,”", "direct", "Haidar", "Rami Haidar",
          speaker_at="Haidar said"),
        Q("that it had not approved the new limits and had asked the banks concerned to justify them", "indirect",
          "Banque du Liban", "Banque du Liban"),
        Q("“a unilateral decision by a handful of lenders.”", "partial", "A central bank official", None),
        Q("that the draft law on the so-called financial “gap” was nearly finished and would reach parliament before "
          "the summer recess", "indirect", "Nadim Azar", "Nadim Azar"),
        Q("“Depositors will get their money back, in stages,”", "direct", "Azar", "Nadim Azar",
          speaker_at="Azar said"),
        Q("“but we cannot promise what the state does not have.”", "direct", "Azar", "Nadim Azar",
          speaker_at="Azar said"),
        Q("that a credible plan to restructure the banking sector is a precondition for any financial assistance",
          "indirect", "The International Monetary Fund", "International Monetary Fund"),
        Q("she would be back next week", "indirect", "Khoury", "Samira Khoury", speaker_at="Khoury said"),
        Q("“Where else would I go?”", "direct", "she", "Samira Khoury", speaker_at="she asked"),
    ], source="blind"),
    Case("blind97-balvenie-lift", """Balvenie Alpha topsides lifted away as decommissioning begins

The 22,000-tonne topsides of the Balvenie Alpha platform have been lifted from their legs 120 miles north-east of Aberdeen, marking the start of one of the biggest decommissioning projects in the central North Sea this year.

Operator Caledonian Offshore said the lift, carried out by the heavy-lift vessel Pioneering Spirit over the weekend, had gone ‘exactly to plan’.

Project director Fiona Buchan said: ‘This is a hugely proud moment for everyone who has worked on Balvenie over the past 34 years.

‘The platform has produced more than 300 million barrels, and now we have a duty to take it away safely and responsibly.’

Ms Buchan said about 90% of the material was expected to be recycled or reused, with the steel jacket due to be removed in 2027.

The topsides will be taken to the Dales Voe decommissioning base near Lerwick, where they will be broken up over the next 18 months.

Unions welcomed the work coming to a Scottish yard but warned that too much decommissioning was still going abroad.

Unite regional officer Gordon Milne said the industry had ‘a once-in-a-generation chance’ to build a supply chain in the north-east, and was ‘squandering it’.

He told the Press and Journal: ‘Every platform that gets towed to Norway or Turkey is work that should have been done in Aberdeen, Peterhead or Shetland.’

According to trade body Offshore Energies UK, around £20 billion will be spent on decommissioning in the UK North Sea over the next decade.

Friends of the Earth Scotland said operators should not be allowed to leave any part of their structures on the seabed. Caledonian Offshore has not ruled out seeking a ‘derogation’ to leave the footings of Balvenie Alpha’s jacket in place.

A spokeswoman for the company said no decision had been taken and that ‘all options will be assessed against environmental, safety and cost criteria’.

Former crane operator Tom Mackie, 61, from Stonehaven, who worked on the platform for 19 years, said watching the lift on a live stream had been emotional.

‘You spend half your life out there. It was like watching your old house being knocked down,’ he said.

The North Sea Transition Authority said it expected spending on decommissioning to overtake investment in new fields before the end of the decade.""", [
        Q("‘exactly to plan’", "partial", "Caledonian Offshore", "Caledonian Offshore",
          speaker_at="Operator Caledonian Offshore said"),
        Q("‘This is a hugely proud moment for everyone who has worked on Balvenie over the past 34 years.", "direct",
          "Fiona Buchan", "Fiona Buchan"),
        Q("‘The platform has produced more than 300 million barrels, and now we have a duty to take it away safely "
          "and responsibly.’", "direct", "Fiona Buchan", "Fiona Buchan"),
        Q("about 90% of the material was expected to be recycled or reused, with the steel jacket due to be removed "
          "in 2027", "indirect", "Buchan", "Fiona Buchan", speaker_at="Ms Buchan said"),
        Q("that too much decommissioning was still going abroad", "indirect", "Unions", None),
        Q("‘a once-in-a-generation chance’", "partial", "Gordon Milne", "Gordon Milne"),
        Q("‘squandering it’", "partial", "Gordon Milne", "Gordon Milne"),
        Q("‘Every platform that gets towed to Norway or Turkey is work that should have been done in Aberdeen, "
          "Peterhead or Shetland.’", "direct", "He", "Gordon Milne", speaker_at="He told the Press and Journal"),
        Q("around £20 billion will be spent on decommissioning in the UK North Sea over the next decade", "indirect",
          "Offshore Energies UK", "Offshore Energies UK"),
        Q("operators should not be allowed to leave any part of their structures on the seabed", "indirect",
          "Friends of the Earth Scotland", "Friends of the Earth Scotland"),
        Q("no decision had been taken", "indirect", "A spokeswoman for the company", None),
        Q("‘all options will be assessed against environmental, safety and cost criteria’", "partial",
          "A spokeswoman for the company", None),
        Q("watching the lift on a live stream had been emotional", "indirect", "Tom Mackie", "Tom Mackie"),
        Q("‘You spend half your life out there. It was like watching your old house being knocked down,’", "direct",
          "he", "Tom Mackie", speaker_at="he said."),
        Q("it expected spending on decommissioning to overtake investment in new fields before the end of the decade",
          "indirect", "The North Sea Transition Authority", "North Sea Transition Authority"),
    ], source="blind"),
    Case("blind97-bear-creek-trial", """Jury hears opening statements in Bear Creek fire arson trial

MEDFORD — Prosecutors told a Jackson County jury Tuesday that a Talent man deliberately set the fire that burned 41 homes near Phoenix in September 2022, while his lawyer said the state had "no physical evidence, no witness and no motive."

Wyatt Dale Conner, 34, known to neighbors as "Tinker," has pleaded not guilty to first-degree arson, reckless endangerment and 17 counts of criminal mischief in connection with the Bear Creek fire.

Deputy District Attorney Rachel Svoboda told jurors that cellphone records placed Conner within 200 yards of the fire's point of origin minutes before the first 911 call. "He was there. He had the lighter. And he had told two people that week that he wanted to 'watch it all burn,'" Svoboda said.

Defense attorney Daniel Okimoto countered that investigators had "locked onto" his client within hours and ignored other leads, including a downed power line reported by a neighbor that afternoon.

"The state wants you to believe a story because it is a satisfying story," Okimoto said. "Satisfying is not the same as proven."

A spokesperson for the local electric utility said Tuesday that its records showed no outage or line fault in the area at the time.

The first witness, Jackson County Fire District 5 Battalion Chief Curtis Baird, testified that the fire started in dry grass along the Bear Creek Greenway and reached a mobile home park within 20 minutes.

"I've been doing this 26 years, and I have never seen fire move through a neighborhood like that," Baird said, his voice breaking.

Several residents who lost their homes sat in the gallery. Outside the courthouse, Linda Marquez, 71, said she had come to every day of jury selection and planned to attend the entire trial.

"I just want to know what happened. Whoever did it, I want to hear it said out loud in a courtroom," she said.

Circuit Judge Anne Whitcomb told jurors the trial was expected to last about three weeks.

If convicted of the most serious charge, Conner faces up to 20 years in prison, according to the district attorney's office.""", [
        Q("that a Talent man deliberately set the fire that burned 41 homes near Phoenix in September 2022",
          "indirect", "Prosecutors", None),
        Q('"no physical evidence, no witness and no motive."', "partial", "his lawyer", "Daniel Okimoto"),
        Q("that cellphone records placed Conner within 200 yards of the fire's point of origin minutes before the "
          "first 911 call", "indirect", "Rachel Svoboda", "Rachel Svoboda"),
        Q('"He was there. He had the lighter. And he had told two people that week that he wanted to '
          '\'watch it all burn,\'"', "direct", "Svoboda", "Rachel Svoboda", speaker_at="Svoboda said"),
        Q('"locked onto"', "partial", "Daniel Okimoto", "Daniel Okimoto"),
        Q('"The state wants you to believe a story because it is a satisfying story,"', "direct", "Okimoto",
          "Daniel Okimoto", speaker_at="Okimoto said"),
        Q('"Satisfying is not the same as proven."', "direct", "Okimoto", "Daniel Okimoto",
          speaker_at="Okimoto said"),
        Q("that its records showed no outage or line fault in the area at the time", "indirect",
          "A spokesperson for the local electric utility", None),
        Q("that the fire started in dry grass along the Bear Creek Greenway and reached a mobile home park within 20 "
          "minutes", "indirect", "Curtis Baird", "Curtis Baird"),
        Q('"I\'ve been doing this 26 years, and I have never seen fire move through a neighborhood like that,"',
          "direct", "Baird", "Curtis Baird", speaker_at="Baird said"),
        Q("she had come to every day of jury selection and planned to attend the entire trial", "indirect",
          "Linda Marquez", "Linda Marquez"),
        Q('"I just want to know what happened. Whoever did it, I want to hear it said out loud in a courtroom,"',
          "direct", "she", "Linda Marquez", speaker_at="she said."),
        Q("the trial was expected to last about three weeks", "indirect", "Anne Whitcomb", "Anne Whitcomb"),
        Q("If convicted of the most serious charge, Conner faces up to 20 years in prison", "indirect",
          "the district attorney's office", None),
    ], source="blind"),
    Case("blind97-evia-arson-trial", """Three go on trial in Chalkida over deadly 2023 Evia wildfire

Three men went on trial in Chalkida on Thursday accused of starting the wildfire that swept through northern Evia in August 2023, killing two people and destroying more than 80 homes.

Livestock farmer Panagiotis Dimou, 46, and his nephews Kostas and Michalis Dimou deny charges of arson causing danger to human life.

Prosecutor Eleni Vasilaki told the mixed jury court that the fire had been started deliberately at three points within 40 minutes, in an attempt to clear scrubland for grazing.

“This was not an accident and it was not lightning. It was a decision,” she told the court.

Defense lawyer Alexandros Kourtis said his clients had been “turned into scapegoats” by authorities under pressure to find someone to blame after one of the worst fire seasons on record.

“My clients lost their own animals in that fire,” Kourtis said outside the courthouse. “Who burns his own flock?”

Fire Service arson investigator Dimitris Loukas testified that burn patterns showed the blaze had started at ground level beside a dirt road near the village of Kerasia, far from any power lines. He said a witness had seen a pickup truck leaving the area shortly before the first smoke was reported.

Relatives of the two victims, an 81-year-old woman and her son, attended the hearing. Their lawyer, Sofia Antonopoulou, said the families wanted “the truth, not revenge.”

The Ministry of Climate Crisis and Civil Protection said in a statement that more than 70 percent of wildfires in Greece last year were caused by human activity, either through negligence or arson.

“Every summer we hear the same thing, that it was the wind, the heat, bad luck,” said Vasso Tsirigoti, deputy mayor of Mantoudi-Limni-Agia Anna. “Sometimes it is people.”

She told Kathimerini that many villages were still waiting for the compensation promised by the state, and that some families had left for good.

Much of the burned forest had been cleared under the state’s “AntiNero” fire-prevention programme only a year earlier.

State broadcaster ERT reported that the trial is expected to last until at least the end of March, with more than 40 witnesses due to testify.

If convicted, the three face sentences of up to life imprisonment, according to legal experts.""", [
        Q("that the fire had been started deliberately at three points within 40 minutes, in an attempt to clear "
          "scrubland for grazing", "indirect", "Eleni Vasilaki", "Eleni Vasilaki"),
        Q("“This was not an accident and it was not lightning. It was a decision,”", "direct", "she",
          "Eleni Vasilaki", speaker_at="she told the court"),
        Q("“turned into scapegoats”", "partial", "Alexandros Kourtis", "Alexandros Kourtis"),
        Q("“My clients lost their own animals in that fire,”", "direct", "Kourtis", "Alexandros Kourtis",
          speaker_at="Kourtis said outside"),
        Q("“Who burns his own flock?”", "direct", "Kourtis", "Alexandros Kourtis", speaker_at="Kourtis said outside"),
        Q("that burn patterns showed the blaze had started at ground level beside a dirt road near the village of "
          "Kerasia, far from any power lines", "indirect", "Dimitris Loukas", "Dimitris Loukas"),
        Q("a witness had seen a pickup truck leaving the area shortly before the first smoke was reported",
          "indirect", "He", "Dimitris Loukas", speaker_at="He said a witness"),
        Q("“the truth, not revenge.”", "partial", "Sofia Antonopoulou", "Sofia Antonopoulou"),
        Q("that more than 70 percent of wildfires in Greece last year were caused by human activity, either through "
          "negligence or arson", "indirect", "The Ministry of Climate Crisis and Civil Protection",
          "Ministry of Climate Crisis and Civil Protection"),
        Q("“Every summer we hear the same thing, that it was the wind, the heat, bad luck,”", "direct",
          "Vasso Tsirigoti", "Vasso Tsirigoti"),
        Q("“Sometimes it is people.”", "direct", "Vasso Tsirigoti", "Vasso Tsirigoti"),
        Q("that many villages were still waiting for the compensation promised by the state", "indirect", "She",
          "Vasso Tsirigoti", speaker_at="She told Kathimerini"),
        Q("that some families had left for good", "indirect", "She", "Vasso Tsirigoti",
          speaker_at="She told Kathimerini"),
        Q("that the trial is expected to last until at least the end of March, with more than 40 witnesses due to "
          "testify", "indirect", "ERT", "ERT"),
        Q("If convicted, the three face sentences of up to life imprisonment", "indirect", "legal experts", None),
    ], source="blind"),
    Case("blind97-beirut-port-claim", """Port blast families win first damages award in London court

BEIRUT: Families of Beirut Port explosion victims on Tuesday welcomed a ruling by a London court ordering a British-registered shipping company to pay more than $1.1 million in compensation, calling it "a first crack in the wall of impunity."

The High Court in London found Halvorsen Maritime Ltd. liable for the deaths of three people and the injuries of a fourth in the Aug. 4, 2020 blast, according to a statement from the Beirut Bar Association, which brought the case on the families' behalf.

The company chartered the vessel that brought 2,750 tons of ammonium nitrate to Beirut in 2013. The chemicals were left for years in the port's "Hangar 12" before they exploded, killing more than 220 people.

"This is the first time anyone, anywhere, has been held responsible for what happened on Aug. 4," said Mireille Abi Saab, whose 24-year-old son Elie was killed while working at the port's grain silos. "It does not bring him back. But it means somebody has to answer."

Lawyer Nadine Hobeika, who heads the bar association's port blast office, told The Daily Star that the judgment would be used to seek similar damages for hundreds of other victims. She said the company had "hidden behind shell companies for seven years."

"We will follow its assets wherever they are," Hobeika added.

Halvorsen did not defend the claim, and lawyers in London said it was unclear whether the company had any assets left to pay the award.

Ghassan Mrad, a claimant who lost the sight in one eye, said by phone from Paris that he had not expected to win. "I thought they would close the file like everyone else did," he said.

The court awarded Mrad about 250,000 pounds, his lawyers said.

In Lebanon, the domestic investigation into the blast has been stalled for much of the past four years by legal challenges from officials charged in the case.

Human Rights Watch, which has long called for an international fact-finding mission, said the ruling showed that "victims can find justice abroad when they are denied it at home."

The families' committee said it would hold a vigil at the port's entrance on Sunday evening.""", [
        Q('"a first crack in the wall of impunity."', "partial", "Families of Beirut Port explosion victims", None),
        Q("The High Court in London found Halvorsen Maritime Ltd. liable for the deaths of three people and the "
          "injuries of a fourth in the Aug. 4, 2020 blast", "indirect", "the Beirut Bar Association",
          "Beirut Bar Association"),
        Q('"This is the first time anyone, anywhere, has been held responsible for what happened on Aug. 4,"',
          "direct", "Mireille Abi Saab", "Mireille Abi Saab"),
        Q('"It does not bring him back. But it means somebody has to answer."', "direct", "Mireille Abi Saab",
          "Mireille Abi Saab"),
        Q("that the judgment would be used to seek similar damages for hundreds of other victims", "indirect",
          "Nadine Hobeika", "Nadine Hobeika"),
        Q('"hidden behind shell companies for seven years."', "partial", "She", "Nadine Hobeika",
          speaker_at="She said the company"),
        Q('"We will follow its assets wherever they are,"', "direct", "Hobeika", "Nadine Hobeika",
          speaker_at="Hobeika added"),
        Q("it was unclear whether the company had any assets left to pay the award", "indirect", "lawyers in London",
          None),
        Q("that he had not expected to win", "indirect", "Ghassan Mrad", "Ghassan Mrad"),
        Q('"I thought they would close the file like everyone else did,"', "direct", "he", "Ghassan Mrad",
          speaker_at="he said."),
        Q("The court awarded Mrad about 250,000 pounds", "indirect", "his lawyers", None),
        Q('"victims can find justice abroad when they are denied it at home."', "partial", "Human Rights Watch",
          "Human Rights Watch"),
        Q("it would hold a vigil at the port's entrance on Sunday evening", "indirect", "The families' committee",
          None),
    ], source="blind"),
    Case("blind97-don-dam", """Salmon to get clear run up the Don as century-old mill dam comes down

Work has started to remove a 110-year-old mill dam on the River Don near Kemnay, opening up more than 30 miles of spawning grounds to Atlantic salmon for the first time in generations.

Diggers moved into the river on Monday to begin breaking up the structure, known locally as "the Big Cauld".

Fisheries experts say the 3.5-metre concrete dam has blocked the passage of fish since it was built to power a woollen mill in 1913.

The £1.2 million project is being led by the Don District Salmon Fishery Board with money from the Scottish Government's Nature Restoration Fund.

Board director Dr Alison Rennie said: "Salmon numbers in the Don have fallen by more than half in the last 20 years, and barriers like this one are a big part of the reason.

"Taking it out is the single most useful thing we can do for the river."

Dr Rennie said the old fish pass built into the dam in the 1970s only worked properly in high water. She described it as "next to useless" for most of the summer.

The Scottish Environment Protection Agency said silt trapped behind the dam would be removed in stages to avoid harming fish and freshwater pearl mussels downstream.

Some anglers have complained that the popular pool above the dam will disappear once the water level drops.

Bill Duguid, secretary of the Kemnay Angling Association, said: "We're not against it. We all want more fish. But folk have fished that pool since their grandfathers' day, and it's a bit of history going."

Mr Duguid said the association had been promised new fishing platforms further downstream.

A Scottish Government spokeswoman said the project was "exactly the kind of practical action" needed to reverse the decline of wild salmon, which are now classed as endangered in Great Britain.

Local councillor Martin Forbes told the Press and Journal that most residents in Kemnay supported the project, though some were worried about noise from the works over the summer.

Work is due to finish by October, when the first salmon are expected to run upstream, according to the fishery board.

"It's a good day for the Don," Dr Rennie added.""", [
        Q("the 3.5-metre concrete dam has blocked the passage of fish since it was built to power a woollen mill in "
          "1913", "indirect", "Fisheries experts", None),
        Q('"Salmon numbers in the Don have fallen by more than half in the last 20 years, and barriers like this one '
          'are a big part of the reason.', "direct", "Alison Rennie", "Alison Rennie"),
        Q('"Taking it out is the single most useful thing we can do for the river."', "direct", "Alison Rennie",
          "Alison Rennie"),
        Q("the old fish pass built into the dam in the 1970s only worked properly in high water", "indirect",
          "Rennie", "Alison Rennie", speaker_at="Dr Rennie said"),
        Q('"next to useless"', "partial", "She", "Alison Rennie", speaker_at="She described"),
        Q("silt trapped behind the dam would be removed in stages to avoid harming fish and freshwater pearl mussels "
          "downstream", "indirect", "The Scottish Environment Protection Agency",
          "Scottish Environment Protection Agency"),
        Q("that the popular pool above the dam will disappear once the water level drops", "indirect",
          "Some anglers", None),
        Q('"We\'re not against it. We all want more fish. But folk have fished that pool since their grandfathers\' '
          'day, and it\'s a bit of history going."', "direct", "Bill Duguid", "Bill Duguid"),
        Q("the association had been promised new fishing platforms further downstream", "indirect", "Duguid",
          "Bill Duguid", speaker_at="Mr Duguid said"),
        Q('"exactly the kind of practical action"', "partial", "A Scottish Government spokeswoman", None),
        Q("that most residents in Kemnay supported the project, though some were worried about noise from the works "
          "over the summer", "indirect", "Martin Forbes", "Martin Forbes"),
        Q("Work is due to finish by October, when the first salmon are expected to run upstream", "indirect",
          "the fishery board", "Don District Salmon Fishery Board"),
        Q('"It\'s a good day for the Don,"', "direct", "Rennie", "Alison Rennie", speaker_at="Dr Rennie added"),
    ], source="blind"),
    Case("blind97-naselle-dam", """Last concrete comes out as Naselle River dam removal nears finish

NASELLE, Pacific County — Excavators pulled the last large slabs of concrete out of the Naselle River on Thursday, clearing a barrier that has kept coho and steelhead from more than 20 miles of upstream habitat for nearly 70 years.

The 40-foot Rocky Ford Dam was built in 1956 to supply water to a fish hatchery and a cannery that has long since closed. State biologists say it has been obsolete for decades.

“This is the day we’ve been working toward since I was a young biologist,” said Ellen Marsh-Tobin, a fish biologist with the Washington Department of Fish and Wildlife who has worked on the project since 2009. “The river has been waiting a long time for this.”

Marsh-Tobin said crews had already seen juvenile coho in a side channel that was dry ground at the bottom of the reservoir two years ago. She keeps a copy of the 1958 state report “Fish Losses at Rocky Ford” on her desk.

The $19 million project was paid for with state money and federal funds from the 2021 infrastructure law, according to the department.

Members of the Chinook Indian Nation, whose ancestral lands include the Naselle watershed, said the removal was a step toward restoring salmon runs their families relied on for generations.

“I’ll miss the lake, honestly,” said Doug Pettersen, 68, whose property overlooked the former reservoir. “But I grew up hearing my dad talk about the fish runs, and I’d like to see them come back.”

He said some neighbors had worried the project would lower the water in their wells, but that so far he had seen no change.

The state Department of Ecology said it would monitor water quality downstream through next spring, as about 300,000 cubic yards of sediment trapped behind the dam moves toward Willapa Bay.

Willapa Bay oyster growers, who initially opposed the project, said in a letter to the state last year that they feared sediment would smother beds near the river mouth.

Brian Kettleson, a hydrologist at the University of Washington who studied the Elwha River dam removals, said the Naselle’s sediment load was small by comparison.

“The Elwha put out something like 20 million cubic yards. This is a rounding error next to that,” he said.""", [
        Q("it has been obsolete for decades", "indirect", "State biologists", None),
        Q("“This is the day we’ve been working toward since I was a young biologist,”", "direct", "Ellen Marsh-Tobin",
          "Ellen Marsh-Tobin"),
        Q("“The river has been waiting a long time for this.”", "direct", "Ellen Marsh-Tobin", "Ellen Marsh-Tobin"),
        Q("crews had already seen juvenile coho in a side channel that was dry ground at the bottom of the reservoir "
          "two years ago", "indirect", "Marsh-Tobin", "Ellen Marsh-Tobin", speaker_at="Marsh-Tobin said"),
        Q("The $19 million project was paid for with state money and federal funds from the 2021 infrastructure law",
          "indirect", "the department", "Washington Department of Fish and Wildlife"),
        Q("the removal was a step toward restoring salmon runs their families relied on for generations", "indirect",
          "Members of the Chinook Indian Nation", None),
        Q("“I’ll miss the lake, honestly,”", "direct", "Doug Pettersen", "Doug Pettersen"),
        Q("“But I grew up hearing my dad talk about the fish runs, and I’d like to see them come back.”", "direct",
          "Doug Pettersen", "Doug Pettersen"),
        Q("some neighbors had worried the project would lower the water in their wells", "indirect", "He",
          "Doug Pettersen", speaker_at="He said some neighbors"),
        Q("that so far he had seen no change", "indirect", "He", "Doug Pettersen", speaker_at="He said some neighbors"),
        Q("it would monitor water quality downstream through next spring", "indirect",
          "The state Department of Ecology", "Department of Ecology"),
        Q("that they feared sediment would smother beds near the river mouth", "indirect",
          "Willapa Bay oyster growers", None),
        Q("the Naselle’s sediment load was small by comparison", "indirect", "Brian Kettleson", "Brian Kettleson"),
        Q("“The Elwha put out something like 20 million cubic yards. This is a rounding error next to that,”",
          "direct", "he", "Brian Kettleson", speaker_at="he said."),
    ], source="blind"),
    Case("blind97-larchmont-layoffs", """Bellevue software maker Larchmont cuts 900 jobs in second round of layoffs

Bellevue-based Larchmont Software will lay off about 900 employees, roughly 12% of its workforce, the company said Wednesday, its second round of cuts since January.

In a memo titled "Building for What's Next," CEO Priya Raghunathan said the company needed to "move faster and spend smarter" as it shifts money and engineers toward artificial intelligence products.

"These are not decisions I make lightly, and they are not a reflection of the work of the people leaving," Raghunathan wrote. "They are a reflection of where our customers are going."

The company told the state Employment Security Department in a layoff notice that 412 of the job cuts would fall in Washington, mostly at its Bellevue headquarters and an office in Redmond.

A Larchmont spokesperson, Kevin Tran, said affected employees would receive at least 16 weeks of severance pay and health coverage through the end of the year. He declined to say which teams were hit hardest.

One engineer who was laid off, and who asked not to be named because she was still negotiating her severance, said the news arrived in a 7 a.m. email followed by a 15-minute video call.

"I had a product launch on Friday. Now I don't have a badge," she said.

Meredith Oyelaran, an analyst at Puget Capital Markets, said the cuts were in line with what other midsize software companies had done over the past year.

"Investors want to see margins, and the fastest way to margins is head count," Oyelaran said. "AI is the story they tell on the earnings call."

Larchmont shares rose 4% in after-hours trading.

According to Layoffs.fyi, a website that tracks tech job cuts, more than 14,000 workers at Washington-based tech companies have lost jobs so far this year.

Employment Security Department spokesperson Rosa Villanueva said laid-off workers could apply for unemployment benefits as soon as their last day of work, even if they were receiving severance.

Tech worker advocates have called the repeated cuts "the new normal" for an industry that hired aggressively during the pandemic.""", [
        Q("Bellevue-based Larchmont Software will lay off about 900 employees, roughly 12% of its workforce",
          "indirect", "the company", "Larchmont Software", speaker_at="the company said Wednesday"),
        Q('"move faster and spend smarter"', "partial", "Priya Raghunathan", "Priya Raghunathan"),
        Q('"These are not decisions I make lightly, and they are not a reflection of the work of the people '
          'leaving,"', "direct", "Raghunathan", "Priya Raghunathan", speaker_at="Raghunathan wrote"),
        Q('"They are a reflection of where our customers are going."', "direct", "Raghunathan", "Priya Raghunathan",
          speaker_at="Raghunathan wrote"),
        Q("that 412 of the job cuts would fall in Washington, mostly at its Bellevue headquarters and an office in "
          "Redmond", "indirect", "The company", "Larchmont Software", speaker_at="The company told"),
        Q("affected employees would receive at least 16 weeks of severance pay and health coverage through the end "
          "of the year", "indirect", "Kevin Tran", "Kevin Tran"),
        Q("the news arrived in a 7 a.m. email followed by a 15-minute video call", "indirect", "One engineer", None),
        Q('"I had a product launch on Friday. Now I don\'t have a badge,"', "direct", "she", None,
          speaker_at="she said."),
        Q("the cuts were in line with what other midsize software companies had done over the past year",
          "indirect", "Meredith Oyelaran", "Meredith Oyelaran"),
        Q('"Investors want to see margins, and the fastest way to margins is head count,"', "direct", "Oyelaran",
          "Meredith Oyelaran", speaker_at="Oyelaran said"),
        Q('"AI is the story they tell on the earnings call."', "direct", "Oyelaran", "Meredith Oyelaran",
          speaker_at="Oyelaran said"),
        Q("more than 14,000 workers at Washington-based tech companies have lost jobs so far this year", "indirect",
          "Layoffs.fyi", "Layoffs.fyi"),
        Q("laid-off workers could apply for unemployment benefits as soon as their last day of work, even if they "
          "were receiving severance", "indirect", "Rosa Villanueva", "Rosa Villanueva"),
        Q('"the new normal"', "partial", "Tech worker advocates", None),
    ], source="blind"),
    Case("blind97-messinia-olives", """Messinia olive growers count losses as harvest slumps

KALAMATA – Olive growers in Messinia expect to produce less than half of last year’s oil after months of drought and an unusually hot spring took a heavy toll on trees across the southern Peloponnese, local cooperatives said on Monday.

“We picked for two days and filled what we normally fill in two hours,” said Vangelis Mitropoulos, who farms 1,200 trees near Koroni. “The trees flowered, but the fruit never set.”

Mitropoulos said many older farmers in the area were considering leaving their groves unharvested because the cost of picking would exceed the value of the oil.

According to the Union of Agricultural Cooperatives of Messinia, production in the prefecture could fall to around 25,000 tons, compared with 58,000 tons last season.

Its president, Panagiotis Kotsonis, told Kathimerini that prices at the mill had climbed above 9 euros per kilo for extra virgin oil, but that this did little for producers with nothing to sell.

“High prices are only good news if you have olives,” he said.

The slump is a blow to a region whose “liquid gold” has long been its main source of income, and to exporters who had hoped to win back markets lost during last year’s price spike.

The Ministry of Rural Development and Food said it would examine compensation through the Hellenic Agricultural Insurance Organization (ELGA) for growers whose losses exceed 30 percent.

Farmers’ groups dismissed the pledge as “the same promise we hear every year.”

Dr Katerina Vlachou, an agronomist at the University of the Peloponnese, said the slump was not a one-off.

“What we are seeing in Messinia is what the climate models told us to expect for the 2040s,” Vlachou said. “It has simply arrived early.”

She said growers would need to invest in irrigation and in more drought-tolerant varieties if olive farming in the region was to survive.""", [
        Q("Olive growers in Messinia expect to produce less than half of last year’s oil after months of drought and "
          "an unusually hot spring took a heavy toll on trees across the southern Peloponnese", "indirect",
          "local cooperatives", None),
        Q("“We picked for two days and filled what we normally fill in two hours,”", "direct", "Vangelis Mitropoulos",
          "Vangelis Mitropoulos"),
        Q("“The trees flowered, but the fruit never set.”", "direct", "Vangelis Mitropoulos", "Vangelis Mitropoulos"),
        Q("many older farmers in the area were considering leaving their groves unharvested because the cost of "
          "picking would exceed the value of the oil", "indirect", "Mitropoulos", "Vangelis Mitropoulos",
          speaker_at="Mitropoulos said"),
        Q("production in the prefecture could fall to around 25,000 tons, compared with 58,000 tons last season",
          "indirect", "the Union of Agricultural Cooperatives of Messinia",
          "Union of Agricultural Cooperatives of Messinia"),
        Q("that prices at the mill had climbed above 9 euros per kilo for extra virgin oil", "indirect",
          "Panagiotis Kotsonis", "Panagiotis Kotsonis"),
        Q("that this did little for producers with nothing to sell", "indirect", "Panagiotis Kotsonis",
          "Panagiotis Kotsonis"),
        Q("“High prices are only good news if you have olives,”", "direct", "he", "Panagiotis Kotsonis",
          speaker_at="he said."),
        Q("it would examine compensation through the Hellenic Agricultural Insurance Organization (ELGA) for growers "
          "whose losses exceed 30 percent", "indirect", "The Ministry of Rural Development and Food",
          "Ministry of Rural Development and Food"),
        Q("“the same promise we hear every year.”", "partial", "Farmers’ groups", None),
        Q("the slump was not a one-off", "indirect", "Katerina Vlachou", "Katerina Vlachou"),
        Q("“What we are seeing in Messinia is what the climate models told us to expect for the 2040s,”", "direct",
          "Vlachou", "Katerina Vlachou", speaker_at="Vlachou said"),
        Q("“It has simply arrived early.”", "direct", "Vlachou", "Katerina Vlachou", speaker_at="Vlachou said"),
        Q("growers would need to invest in irrigation and in more drought-tolerant varieties if olive farming in the "
          "region was to survive", "indirect", "She", "Katerina Vlachou", speaker_at="She said growers"),
    ], source="blind"),
    Case("blind97-hasbaya-olives", """In Hasbaya, a thin olive season leaves presses idle

HASBAYA — At the stone-walled press on the edge of this hillside town in south Lebanon, the machines that normally run day and night in November were silent on Saturday afternoon.

“Last year at this time we were pressing 20 tons a day. Today we pressed four,” said Fouad Abou Chakra, 58, who has run the family press since his father retired. “I have never seen a season like this.”

Farmers across Hasbaya and Marjayoun say a dry winter, a heat wave in May and the lingering effects of last year’s fighting along the border have cut yields by 60 to 70 percent. The town’s autumn olive festival, “Zeitouna Days,” has been cancelled.

Many groves close to the border remain off-limits, according to the Hasbaya Olive Growers’ Cooperative. The cooperative says several thousand trees were burned by shelling.

Nizar Hamdan, who heads the cooperative, said farmers had also been hit by the collapse of the Lebanese pound, which has put fertilizer and hired labor out of reach for many.

“People are not only losing a harvest. They are losing the reason to stay on the land,” Hamdan told L’Orient Today.

Lebanon’s Ministry of Agriculture said in a statement last week that it would distribute 10,000 olive seedlings to farmers in the south and that it was seeking donor funding to compensate growers. Farmers interviewed by L’Orient Today said they had not yet received any support from the ministry.

The Food and Agriculture Organization of the United Nations (FAO) has warned that olive production, which supports some 110,000 families in Lebanon, is increasingly vulnerable to climate shocks.

Rima Zeineddine, who picks olives with her sisters on a rented plot near Kawkaba, said her family would keep only enough oil for their own kitchen this year.

“Normally we sell 30 tins. This year we will sell none,” she said, laughing. “At least we will not have to argue about the price.”

Back at the press, Abou Chakra said he would keep the machines running until the end of the season “even if it is only for the neighbors.”""", [
        Q("“Last year at this time we were pressing 20 tons a day. Today we pressed four,”", "direct",
          "Fouad Abou Chakra", "Fouad Abou Chakra"),
        Q("“I have never seen a season like this.”", "direct", "Fouad Abou Chakra", "Fouad Abou Chakra"),
        Q("a dry winter, a heat wave in May and the lingering effects of last year’s fighting along the border have "
          "cut yields by 60 to 70 percent", "indirect", "Farmers across Hasbaya and Marjayoun", None),
        Q("Many groves close to the border remain off-limits", "indirect", "the Hasbaya Olive Growers’ Cooperative",
          "Hasbaya Olive Growers’ Cooperative"),
        Q("several thousand trees were burned by shelling", "indirect", "The cooperative",
          "Hasbaya Olive Growers’ Cooperative"),
        Q("farmers had also been hit by the collapse of the Lebanese pound, which has put fertilizer and hired labor "
          "out of reach for many", "indirect", "Nizar Hamdan", "Nizar Hamdan"),
        Q("“People are not only losing a harvest. They are losing the reason to stay on the land,”", "direct",
          "Hamdan", "Nizar Hamdan", speaker_at="Hamdan told"),
        Q("that it would distribute 10,000 olive seedlings to farmers in the south", "indirect",
          "Lebanon’s Ministry of Agriculture", "Ministry of Agriculture"),
        Q("that it was seeking donor funding to compensate growers", "indirect", "Lebanon’s Ministry of Agriculture",
          "Ministry of Agriculture"),
        Q("they had not yet received any support from the ministry", "indirect",
          "Farmers interviewed by L’Orient Today", None),
        Q("that olive production, which supports some 110,000 families in Lebanon, is increasingly vulnerable to "
          "climate shocks", "indirect", "The Food and Agriculture Organization of the United Nations",
          "Food and Agriculture Organization of the United Nations"),
        Q("her family would keep only enough oil for their own kitchen this year", "indirect", "Rima Zeineddine",
          "Rima Zeineddine"),
        Q("“Normally we sell 30 tins. This year we will sell none,”", "direct", "she", "Rima Zeineddine",
          speaker_at="she said, laughing"),
        Q("“At least we will not have to argue about the price.”", "direct", "she", "Rima Zeineddine",
          speaker_at="she said, laughing"),
        Q("he would keep the machines running until the end of the season", "indirect", "Abou Chakra",
          "Fouad Abou Chakra", speaker_at="Abou Chakra said"),
        Q("“even if it is only for the neighbors.”", "partial", "Abou Chakra", "Fouad Abou Chakra",
          speaker_at="Abou Chakra said"),
    ], source="blind"),
    Case("blind97-tabadol-layoffs", """Beirut fintech startup lays off a third of its staff as funding dries up

Beirut-based fintech startup Tabadol has laid off 85 of its 260 employees, the company confirmed Thursday, after a planned funding round collapsed.

In a LinkedIn post, co-founder and CEO Karim Sfeir said the startup had been "weeks away" from closing a $12 million Series B round led by a Gulf investor when the deal fell through in March.

"We made a bet that the money would come, and we were wrong. That is on me, not on the people who are leaving," Sfeir wrote.

He said departing employees would receive three months' salary in "fresh" dollars, a significant sum in a country where many salaries are still paid partly in devalued Lebanese pounds.

Several former employees told Naharnet they had learned of the layoffs in a company-wide video call that lasted less than 20 minutes.

"I understand the company is in trouble. Everyone in Lebanon is in trouble," said a software engineer who had worked at Tabadol for four years and asked not to be named. "But four years, and a 20-minute call?"

Lebanon's startup scene grew rapidly in the last decade, helped by the central bank's "Circular 331" scheme, which guaranteed bank investments in young companies, before the 2019 financial collapse wiped out much of that capital.

Rania Nassar, who runs a Beirut-based startup accelerator, said at least six local tech companies had cut jobs or moved staff to Dubai, Cyprus or Riyadh since the start of the year.

"The talent is still here, but the capital has left," Nassar said. "Founders are tired of explaining Lebanon to investors."

The Ministry of Economy and Trade said Thursday it was preparing a draft law that would allow startups registered in Lebanon to keep funds in foreign accounts.

The state-run National News Agency reported that two other Beirut startups were in talks to merge in order to cut costs.

Sfeir told Naharnet the company would keep its headquarters in Beirut. "We are Lebanese. We are not leaving," he said.""", [
        Q("Beirut-based fintech startup Tabadol has laid off 85 of its 260 employees", "indirect", "the company",
          "Tabadol", speaker_at="the company confirmed"),
        Q('"weeks away"', "partial", "Karim Sfeir", "Karim Sfeir"),
        Q('"We made a bet that the money would come, and we were wrong. That is on me, not on the people who are '
          'leaving,"', "direct", "Sfeir", "Karim Sfeir", speaker_at="Sfeir wrote"),
        Q('departing employees would receive three months\' salary in "fresh" dollars', "indirect", "He",
          "Karim Sfeir", speaker_at="He said departing"),
        Q("they had learned of the layoffs in a company-wide video call that lasted less than 20 minutes",
          "indirect", "Several former employees", None),
        Q('"I understand the company is in trouble. Everyone in Lebanon is in trouble,"', "direct",
          "a software engineer", None),
        Q('"But four years, and a 20-minute call?"', "direct", "a software engineer", None),
        Q("at least six local tech companies had cut jobs or moved staff to Dubai, Cyprus or Riyadh since the start "
          "of the year", "indirect", "Rania Nassar", "Rania Nassar"),
        Q('"The talent is still here, but the capital has left,"', "direct", "Nassar", "Rania Nassar",
          speaker_at="Nassar said"),
        Q('"Founders are tired of explaining Lebanon to investors."', "direct", "Nassar", "Rania Nassar",
          speaker_at="Nassar said"),
        Q("it was preparing a draft law that would allow startups registered in Lebanon to keep funds in foreign "
          "accounts", "indirect", "The Ministry of Economy and Trade", "Ministry of Economy and Trade"),
        Q("that two other Beirut startups were in talks to merge in order to cut costs", "indirect",
          "The state-run National News Agency", "National News Agency"),
        Q("the company would keep its headquarters in Beirut", "indirect", "Sfeir", "Karim Sfeir",
          speaker_at="Sfeir told"),
        Q('"We are Lebanese. We are not leaving,"', "direct", "he", "Karim Sfeir", speaker_at="he said."),
    ], source="blind"),
    Case("blind97-aetolia-bank-freeze", """Depositors queue as Bank of Greece freezes accounts at Agrinio cooperative lender

Hundreds of depositors lined up outside branches of the Cooperative Bank of Aetolia in Agrinio and Messolonghi on Friday after the Bank of Greece froze withdrawals at the lender and appointed a special commissioner to run it.

The central bank said in a statement that the cooperative had failed to meet its capital requirements for three consecutive quarters and that the measure was necessary "to protect depositors and the stability of the financial system."

It said deposits of up to 100,000 euros were fully covered by the Hellenic Deposit and Investment Guarantee Fund (TEKE) and would be paid out within seven working days if the lender were wound down.

"Nobody will lose a single euro of guaranteed deposits," Bank of Greece Deputy Governor Theodoros Mavridis told Skai radio.

But local business owners said they had no access to money they needed to pay staff and suppliers.

"I have 40 employees and payroll is due on Tuesday. What am I supposed to tell them?" said Yiannis Tsolakis, who runs a tobacco processing firm outside Agrinio.

He said the company had kept its accounts at the cooperative for 25 years "because they knew us, and we knew them."

Athina Papadaki, the special commissioner and a former Bank of Greece executive, said that a review of the loan book would be completed within a month and that she would look for a buyer for the bank's healthy assets.

Local PASOK lawmaker Dimitra Kostopoulou called the freeze "a disaster for the local economy" and accused regulators of being "asleep at the wheel" for years.

The Ministry of National Economy and Finance said it was in close contact with the Bank of Greece and would make sure guaranteed deposits were paid on time.

The collapse has revived questions about Greece's so-called "cooperative model" of regional lending, which once counted more than a dozen banks and now has only a handful left.

According to figures published by the lender last year, it had about 14,000 depositors and deposits of roughly 210 million euros.""", [
        Q("that the cooperative had failed to meet its capital requirements for three consecutive quarters",
          "indirect", "The central bank", "Bank of Greece"),
        Q('"to protect depositors and the stability of the financial system."', "partial", "The central bank",
          "Bank of Greece"),
        Q("deposits of up to 100,000 euros were fully covered by the Hellenic Deposit and Investment Guarantee Fund "
          "(TEKE) and would be paid out within seven working days if the lender were wound down", "indirect", "It",
          "Bank of Greece", speaker_at="It said deposits"),
        Q('"Nobody will lose a single euro of guaranteed deposits,"', "direct", "Theodoros Mavridis",
          "Theodoros Mavridis"),
        Q("they had no access to money they needed to pay staff and suppliers", "indirect", "local business owners",
          None),
        Q('"I have 40 employees and payroll is due on Tuesday. What am I supposed to tell them?"', "direct",
          "Yiannis Tsolakis", "Yiannis Tsolakis"),
        Q("the company had kept its accounts at the cooperative for 25 years", "indirect", "He", "Yiannis Tsolakis",
          speaker_at="He said the company"),
        Q('"because they knew us, and we knew them."', "partial", "He", "Yiannis Tsolakis",
          speaker_at="He said the company"),
        Q("that a review of the loan book would be completed within a month", "indirect", "Athina Papadaki",
          "Athina Papadaki"),
        Q("that she would look for a buyer for the bank's healthy assets", "indirect", "Athina Papadaki",
          "Athina Papadaki"),
        Q('"a disaster for the local economy"', "partial", "Dimitra Kostopoulou", "Dimitra Kostopoulou"),
        Q('"asleep at the wheel"', "partial", "Dimitra Kostopoulou", "Dimitra Kostopoulou"),
        Q("it was in close contact with the Bank of Greece and would make sure guaranteed deposits were paid on time",
          "indirect", "The Ministry of National Economy and Finance", "Ministry of National Economy and Finance"),
        Q("it had about 14,000 depositors and deposits of roughly 210 million euros", "indirect",
          "figures published by the lender last year", None),
    ], source="blind"),
    Case("blind97-torry-blast-claim", """Torry residents lodge £4m compensation claim over harbour blast

Residents and businesses in Torry have lodged a compensation claim of more than £4 million against the operator of the fuel terminal at the centre of last year's harbour explosion.

The claim, raised at the Court of Session in Edinburgh on behalf of 137 households and 11 businesses, alleges that Dee Terminal Services failed to maintain a storage tank that ruptured and ignited in the early hours of March 14 last year.

The blast, dubbed the 'Torry bang' on social media, blew out windows across the south side of the harbour. Nobody was killed, but three workers were treated in hospital and dozens of homes on Victoria Road and Sinclair Road were damaged.

Solicitor Catriona Main, of Aberdeen firm Main & Reid, which is representing the claimants, said: 'People in Torry have waited more than a year for someone to take responsibility. They've had plastic sheeting over their windows through a whole winter.

'This claim is about making sure they don't have to pay for somebody else's failure.'

Ms Main said most of the households had been left out of pocket after insurers refused to cover the full cost of repairs.

Dee Terminal Services said it would 'vigorously defend' the action.

A spokesman for the company said: 'We deeply regret the impact of the incident on our neighbours in Torry. However, the cause remains the subject of an ongoing investigation and it would be inappropriate to comment further.'

The Health and Safety Executive confirmed its investigation was continuing.

Pensioner Isobel Ritchie, 74, of Sinclair Road, said the blast had thrown her out of bed.

'I thought it was a plane coming down,' she said. 'I still jump every time a ship sounds its horn.'

A Port of Aberdeen spokeswoman said the harbour authority was not a party to the claim and had 'fully supported' the investigation.

Torry and Ferryhill councillor Sandy Cruickshank told the Evening Express the community had been 'treated like an afterthought' since the explosion.

Ms Main said a preliminary hearing was expected in the autumn.""", [
        Q("that Dee Terminal Services failed to maintain a storage tank that ruptured and ignited in the early hours "
          "of March 14 last year", "indirect", "The claim", None),
        Q("'People in Torry have waited more than a year for someone to take responsibility. They've had plastic "
          "sheeting over their windows through a whole winter.", "direct", "Catriona Main", "Catriona Main"),
        Q("'This claim is about making sure they don't have to pay for somebody else's failure.'", "direct",
          "Catriona Main", "Catriona Main"),
        Q("most of the households had been left out of pocket after insurers refused to cover the full cost of "
          "repairs", "indirect", "Main", "Catriona Main", speaker_at="Ms Main said most"),
        Q("'vigorously defend'", "partial", "Dee Terminal Services", "Dee Terminal Services",
          speaker_at="Dee Terminal Services said"),
        Q("'We deeply regret the impact of the incident on our neighbours in Torry. However, the cause remains the "
          "subject of an ongoing investigation and it would be inappropriate to comment further.'", "direct",
          "A spokesman for the company", None),
        Q("its investigation was continuing", "indirect", "The Health and Safety Executive",
          "Health and Safety Executive"),
        Q("the blast had thrown her out of bed", "indirect", "Isobel Ritchie", "Isobel Ritchie"),
        Q("'I thought it was a plane coming down,'", "direct", "she", "Isobel Ritchie", speaker_at="she said"),
        Q("'I still jump every time a ship sounds its horn.'", "direct", "she", "Isobel Ritchie",
          speaker_at="she said"),
        Q("the harbour authority was not a party to the claim", "indirect", "A Port of Aberdeen spokeswoman", None),
        Q("'fully supported'", "partial", "A Port of Aberdeen spokeswoman", None),
        Q("'treated like an afterthought'", "partial", "Sandy Cruickshank", "Sandy Cruickshank"),
        Q("a preliminary hearing was expected in the autumn", "indirect", "Main", "Catriona Main",
          speaker_at="Ms Main said a preliminary"),
    ], source="blind"),
    Case("blind97-kinloss-legs", """Operator seeks to leave concrete legs of Kinloss Bravo on seabed

The operator of the Kinloss Bravo platform has asked UK regulators for permission to leave its three giant concrete legs in the North Sea when the installation is decommissioned, saying removal would put lives at risk.

Grampian Petroleum said in its draft decommissioning programme, published on Tuesday, that the legs each weigh around 300,000 tonnes and contain oil-contaminated storage cells that could not be safely refloated.

Decommissioning director Craig Duthie said: "We have looked at every option in detail over six years. Taking these legs out would mean putting people in harm's way for very little environmental benefit."

"We're not walking away. The topsides, the jacket and the pipelines will all come out," he added.

Mr Duthie said the company expected to remove the topsides in 2028.

Under the OSPAR convention, structures must normally be removed completely, and any exception needs the agreement of other countries around the north-east Atlantic. Germany objected to a similar request for the Brent field in 2019, in a dispute still referred to in the industry as the "Brent precedent".

Greenpeace UK said the proposal would turn the North Sea into "a dumping ground for the oil industry's leftovers".

The Offshore Petroleum Regulator for Environment and Decommissioning said the programme would go out to public consultation for 30 days before any decision was taken.

Professor Ruth Ogilvie, a marine scientist at the University of Aberdeen, said the evidence on leaving structures in place was "genuinely mixed".

"Concrete legs can act like artificial reefs, and fish certainly use them," she said. "But they also leave a hazard for fishing boats for centuries."

The Scottish Fishermen's Federation said its members wanted the seabed returned to the state it was in before the oil industry arrived.

A federation spokesman said: "Our members have lived with these structures for 50 years. Nobody asked us then, and we want to be asked now."

Unite industrial officer Shauna Bremner said any dismantling work that did go ahead should be done at Scottish yards rather than in Norway.""", [
        Q("removal would put lives at risk", "indirect", "The operator of the Kinloss Bravo platform",
          "Grampian Petroleum"),
        Q("that the legs each weigh around 300,000 tonnes and contain oil-contaminated storage cells that could not "
          "be safely refloated", "indirect", "Grampian Petroleum", "Grampian Petroleum"),
        Q('"We have looked at every option in detail over six years. Taking these legs out would mean putting people '
          'in harm\'s way for very little environmental benefit."', "direct", "Craig Duthie", "Craig Duthie"),
        Q('"We\'re not walking away. The topsides, the jacket and the pipelines will all come out,"', "direct", "he",
          "Craig Duthie", speaker_at="he added"),
        Q("the company expected to remove the topsides in 2028", "indirect", "Duthie", "Craig Duthie",
          speaker_at="Mr Duthie said"),
        Q('"a dumping ground for the oil industry\'s leftovers"', "partial", "Greenpeace UK", "Greenpeace UK"),
        Q("the programme would go out to public consultation for 30 days before any decision was taken", "indirect",
          "The Offshore Petroleum Regulator for Environment and Decommissioning",
          "Offshore Petroleum Regulator for Environment and Decommissioning"),
        Q('"genuinely mixed"', "partial", "Ruth Ogilvie", "Ruth Ogilvie"),
        Q('"Concrete legs can act like artificial reefs, and fish certainly use them,"', "direct", "she",
          "Ruth Ogilvie", speaker_at="she said"),
        Q('"But they also leave a hazard for fishing boats for centuries."', "direct", "she", "Ruth Ogilvie",
          speaker_at="she said"),
        Q("its members wanted the seabed returned to the state it was in before the oil industry arrived",
          "indirect", "The Scottish Fishermen's Federation", "Scottish Fishermen's Federation"),
        Q('"Our members have lived with these structures for 50 years. Nobody asked us then, and we want to be asked '
          'now."', "direct", "A federation spokesman", None),
        Q("any dismantling work that did go ahead should be done at Scottish yards rather than in Norway",
          "indirect", "Shauna Bremner", "Shauna Bremner"),
    ], source="blind"),
]
