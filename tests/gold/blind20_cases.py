"""Blind gold (set 20): sixteen short news articles written without sight of the pretagger.

Wire copy (AFP, Bloomberg) and regional dailies from Britain, Ireland, Australia,
New Zealand, Canada, East, West and Southern Africa, the Gulf, Korea, Malaysia and
India, in their own house styles: curly and straight double quotes, British single
quotes, datelines, honorifics (Dr, Prof, Sen., Gov., Chief, Rev Fr, Justice,
Sheikh, Datuk), name particles and family-name-first names. Scare quotes and
titles in marks are left unannotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # ------------------------------------------------------------------ AFP, Beirut
    Case("blind20-lebanon-floods", """Flash floods kill four in north Lebanon as storms lash region

BEIRUT (AFP) – Flash floods tore through villages in Lebanon’s northern Akkar region on Tuesday, killing at least four people and forcing hundreds from their homes, the country’s civil defence agency said.

A woman and her two children died when their car was swept away near the town of Halba, while a farmer was found dead in an orchard outside Bebnine, according to the Lebanese Civil Defence.

“The water came down the mountain like a wall,” said Khaled al-Masri, 52, standing in the doorway of his flooded grocery store in Bebnine. “In ten minutes everything I own was under a metre of mud.”

Public Works Minister Nabil Abi Rached told AFP that drainage channels in the area had been neglected for years because the state could no longer pay contractors, calling the disaster “a catastrophe foretold”.

“We are talking about a state that has no money for fuel, let alone for maintenance,” he said. “I am not going to pretend otherwise.”

The Lebanese Red Cross said its teams had evacuated more than 300 people overnight and opened shelters in two public schools. Spokeswoman Rima Haddad-Saleh said volunteers were still searching for a shepherd reported missing near the Ostuene river.

Lebanon has been mired since 2019 in an economic collapse that the World Bank has branded a “deliberate depression” engineered by the country’s ruling elite. Public services have all but disintegrated, and many municipalities can no longer afford to clear roads or riverbeds before the winter rains.

Anger ran high in the worst-hit villages. “Every winter we bury someone, and every winter they promise us a plan,” said Umm Hassan, a mother of five whose house in Qobayat was flooded to the windowsills.

“Where is the state? We only see it at election time,” she added.

In a statement, Sheikh Omar al-Rifai, the mufti of Akkar, said mosques across the region would open their doors to displaced families.

Lebanon’s meteorological department warned that more heavy rain was expected through Thursday, with snow above 1,200 metres.""", [
        Q("Flash floods tore through villages in Lebanon’s northern Akkar region on Tuesday, killing at least four "
          "people and forcing hundreds from their homes", "indirect", "the country’s civil defence agency",
          "Lebanese Civil Defence"),
        Q("A woman and her two children died when their car was swept away near the town of Halba, while a farmer "
          "was found dead in an orchard outside Bebnine", "indirect", "the Lebanese Civil Defence",
          "Lebanese Civil Defence"),
        Q("“The water came down the mountain like a wall,”", "direct", "Khaled al-Masri", "Khaled al-Masri"),
        Q("“In ten minutes everything I own was under a metre of mud.”", "direct", "Khaled al-Masri",
          "Khaled al-Masri"),
        Q("drainage channels in the area had been neglected for years because the state could no longer pay "
          "contractors", "indirect", "Nabil Abi Rached", "Nabil Abi Rached"),
        Q("“a catastrophe foretold”", "partial", "Nabil Abi Rached", "Nabil Abi Rached"),
        Q("“We are talking about a state that has no money for fuel, let alone for maintenance,”", "direct",
          "he", "Nabil Abi Rached", speaker_at="he said. “I am"),
        Q("“I am not going to pretend otherwise.”", "direct", "he", "Nabil Abi Rached",
          speaker_at="he said. “I am"),
        Q("its teams had evacuated more than 300 people overnight and opened shelters in two public schools",
          "indirect", "The Lebanese Red Cross", "Lebanese Red Cross"),
        Q("volunteers were still searching for a shepherd reported missing near the Ostuene river", "indirect",
          "Rima Haddad-Saleh", "Rima Haddad-Saleh"),
        Q("“deliberate depression”", "partial", "the World Bank", "World Bank"),
        Q("“Every winter we bury someone, and every winter they promise us a plan,”", "direct", "Umm Hassan",
          "Umm Hassan"),
        Q("“Where is the state? We only see it at election time,”", "direct", "she", "Umm Hassan",
          speaker_at="she added"),
        Q("mosques across the region would open their doors to displaced families", "indirect", "Omar al-Rifai",
          "Omar al-Rifai"),
        Q("more heavy rain was expected through Thursday, with snow above 1,200 metres", "indirect",
          "Lebanon’s meteorological department", None),
    ]),

    # ------------------------------------------------------------------ Bloomberg, Johannesburg
    Case("blind20-platinum-results", """Kgalagadi Platinum Profit Slumps 62% as Metal Prices Slide

JOHANNESBURG (Bloomberg) — Kgalagadi Platinum said first-half profit fell 62% as a slump in palladium and rhodium prices squeezed margins, and the miner warned that more shafts may have to close.

Headline earnings dropped to 1.9 billion rand ($101 million) in the six months through June from 5 billion rand a year earlier, the Johannesburg-based company said in a statement on Thursday. It cut its interim dividend by 70%.

“We are not going to keep mining ounces that lose money,” Chief Executive Officer Thandeka de Villiers-Mokoena said in an interview with Bloomberg Television. “The industry has to face up to the fact that these prices may be with us for a while.”

The shares fell as much as 7.4% in Johannesburg, the most since March, extending this year’s decline to 31%.

De Villiers-Mokoena said the company had begun consultations with the National Union of Mineworkers and the Association of Mineworkers and Construction Union over the future of two loss-making shafts near Rustenburg, which employ about 4,800 people. She declined to say how many jobs could be cut.

The NUM said it would resist any retrenchments. “Workers should not pay with their jobs for decisions that were made in boardrooms,” spokesman Sizwe Ndlovu-Khumalo said by phone.

Palladium, used mainly in catalytic converters for gasoline cars, has lost about 40% over the past year as automakers shift to electric vehicles and more metal is recovered through recycling. Rhodium has fared even worse.

“The whole PGM sector is in survival mode,” said Pieter van Rensburg, an analyst at Anchor Capital in Johannesburg. “Kgalagadi has one of the stronger balance sheets, but even they are now cutting to the bone.”

Rival producers have taken similar steps. Two of the country’s largest platinum miners said last month they were reviewing operations that together employ more than 10,000 workers.

Kgalagadi said it expects to produce 1.6 million to 1.7 million ounces of platinum-group metals this year, unchanged from previous guidance.""", [
        Q("first-half profit fell 62% as a slump in palladium and rhodium prices squeezed margins", "indirect",
          "Kgalagadi Platinum", "Kgalagadi Platinum", speaker_at="Kgalagadi Platinum said"),
        Q("more shafts may have to close", "indirect", "the miner", "Kgalagadi Platinum"),
        Q("Headline earnings dropped to 1.9 billion rand ($101 million) in the six months through June from "
          "5 billion rand a year earlier", "indirect", "the Johannesburg-based company", "Kgalagadi Platinum"),
        Q("“We are not going to keep mining ounces that lose money,”", "direct", "Thandeka de Villiers-Mokoena",
          "Thandeka de Villiers-Mokoena"),
        Q("“The industry has to face up to the fact that these prices may be with us for a while.”", "direct",
          "Thandeka de Villiers-Mokoena", "Thandeka de Villiers-Mokoena"),
        Q("the company had begun consultations with the National Union of Mineworkers and the Association of "
          "Mineworkers and Construction Union over the future of two loss-making shafts near Rustenburg, which "
          "employ about 4,800 people", "indirect", "De Villiers-Mokoena", "Thandeka de Villiers-Mokoena"),
        Q("it would resist any retrenchments", "indirect", "The NUM", "National Union of Mineworkers"),
        Q("“Workers should not pay with their jobs for decisions that were made in boardrooms,”", "direct",
          "Sizwe Ndlovu-Khumalo", "Sizwe Ndlovu-Khumalo"),
        Q("“The whole PGM sector is in survival mode,”", "direct", "Pieter van Rensburg", "Pieter van Rensburg"),
        Q("“Kgalagadi has one of the stronger balance sheets, but even they are now cutting to the bone.”",
          "direct", "Pieter van Rensburg", "Pieter van Rensburg"),
        Q("they were reviewing operations that together employ more than 10,000 workers", "indirect",
          "Two of the country’s largest platinum miners", None),
        Q("it expects to produce 1.6 million to 1.7 million ounces of platinum-group metals this year, unchanged "
          "from previous guidance", "indirect", "Kgalagadi", "Kgalagadi Platinum", speaker_at="Kgalagadi said"),
    ]),

    # ------------------------------------------------------------------ Liverpool Echo
    Case("blind20-anfield-murder-trial", """Man killed outside Anfield takeaway after 'row about nothing', jury told

A man was stabbed to death outside a takeaway in Anfield after a row over a parking space "got completely out of hand", a jury has heard.

Daniel McGovern, 31, suffered a single stab wound to the chest on Walton Breck Road shortly after 9pm on March 14 last year. He died at the Royal Liverpool University Hospital less than an hour later.

Kyle Oyelaran-Burke, 24, of Breckfield Road North, denies murder but admits possessing a bladed article in a public place.

Opening the case at Liverpool Crown Court yesterday, prosecutor Sarah Whitfield KC told the jury the two men had never met before that night.

"This was a dispute about nothing - about where a car was parked," she said. "Within two minutes of the first words being exchanged, Daniel McGovern was lying on the pavement, fatally injured."

Ms Whitfield said CCTV footage would show the defendant walking back to his Audi, taking something from the glovebox and returning towards Mr McGovern.

Mr McGovern's partner, Jade Kinsella, had been waiting inside the takeaway with their four-year-old daughter.

In a statement read to the court, Ms Kinsella said: "I heard someone scream and I knew straight away it was Danny. I ran out and he was holding his chest saying 'I've been stabbed, I've been stabbed.'"

Oyelaran-Burke told police in interview that he had acted in self-defence because he believed Mr McGovern was reaching for a weapon, the court heard.

But Ms Whitfield told jurors: "No weapon was ever found on Mr McGovern. No witness saw him holding one. The Crown's case is that the only person with a knife that night was this defendant."

The judge, Mrs Justice Eleanor Ashworth-Leigh, warned the jury: "You must decide this case on the evidence you hear in this courtroom, and nothing else. That means no searching online."

Mr McGovern's family, who sat in the public gallery wearing badges bearing his photograph, later described him in a statement as "the life and soul of every room".

The trial, which is expected to last two weeks, continues.""", [
        Q("'row about nothing'", "partial", None, None),
        Q('"got completely out of hand"', "partial", None, None),
        Q("the two men had never met before that night", "indirect", "Sarah Whitfield", "Sarah Whitfield"),
        Q('"This was a dispute about nothing - about where a car was parked,"', "direct", "she",
          "Sarah Whitfield", speaker_at="she said"),
        Q('"Within two minutes of the first words being exchanged, Daniel McGovern was lying on the pavement, '
          'fatally injured."', "direct", "she", "Sarah Whitfield", speaker_at="she said"),
        Q("CCTV footage would show the defendant walking back to his Audi, taking something from the glovebox and "
          "returning towards Mr McGovern", "indirect", "Whitfield", "Sarah Whitfield",
          speaker_at="Ms Whitfield said"),
        Q("\"I heard someone scream and I knew straight away it was Danny. I ran out and he was holding his chest "
          "saying 'I've been stabbed, I've been stabbed.'\"", "direct", "Kinsella", "Jade Kinsella",
          speaker_at="Ms Kinsella said"),
        Q("he had acted in self-defence because he believed Mr McGovern was reaching for a weapon", "indirect",
          "Oyelaran-Burke", "Kyle Oyelaran-Burke", speaker_at="Oyelaran-Burke told"),
        Q("\"No weapon was ever found on Mr McGovern. No witness saw him holding one. The Crown's case is that the "
          "only person with a knife that night was this defendant.\"", "direct", "Whitfield", "Sarah Whitfield",
          speaker_at="Ms Whitfield told"),
        Q('"You must decide this case on the evidence you hear in this courtroom, and nothing else. That means no '
          'searching online."', "direct", "Eleanor Ashworth-Leigh", "Eleanor Ashworth-Leigh"),
        Q('"the life and soul of every room"', "partial", "Mr McGovern's family", None),
    ]),

    # ------------------------------------------------------------------ The Courier, Dundee
    Case("blind20-dundee-by-election", """SNP hold West End seat in Dundee council by-election

The SNP has held the West End ward on Dundee City Council after a by-election triggered by the death of long-serving councillor Fraser Macdonald.

Heather Chalmers-Boyd was elected at the fifth stage of counting at the Caird Hall on Friday, finishing 412 votes ahead of Labour's Euan McAllister.

Turnout was 27.4%, according to the returning officer, down from 41% at the last full council election in 2022.

Ms Chalmers-Boyd, a former primary school teacher from Perth Road, said she was 'humbled' by the result.

'Fraser was a giant in this ward and I know I have big shoes to fill,' she said. 'People told me loud and clear on the doorsteps that they want their bins emptied, their potholes fixed and their schools protected, and that's exactly what I'll be fighting for.'

The campaign was dominated by anger over the council's so-called 'bin hubs' scheme, under which households in parts of the ward lost their kerbside collections.

Mr McAllister said Labour had cut the SNP's majority in the ward by more than half and described the gap between the two parties as 'closing fast'.

'We've shown that Labour can win anywhere in this city,' he told The Courier. 'Come the next full council election, the SNP should be very worried.'

Conservative group leader Alasdair Duncan said it had been 'a tough night' for his party, whose candidate finished third.

Green candidate Dr Morag Lindsay, who came fourth with 9% of first preferences, said the result was her party's best in the ward.

SNP council leader Iain Ferrier-Rennie said the party would not take the result for granted.

'Holding a seat in a by-election, in the middle of a parliament, is never easy,' Mr Ferrier-Rennie said. 'But voters have to see us deliver, and I accept that.'

Ms Chalmers-Boyd will be formally sworn in at a meeting of the full council later this month.""", [
        Q("Turnout was 27.4%", "indirect", "the returning officer", None),
        Q("'humbled'", "partial", "Chalmers-Boyd", "Heather Chalmers-Boyd",
          speaker_at="Ms Chalmers-Boyd, a former"),
        Q("'Fraser was a giant in this ward and I know I have big shoes to fill,'", "direct", "she",
          "Heather Chalmers-Boyd", speaker_at="she said"),
        Q("'People told me loud and clear on the doorsteps that they want their bins emptied, their potholes fixed "
          "and their schools protected, and that's exactly what I'll be fighting for.'", "direct", "she",
          "Heather Chalmers-Boyd", speaker_at="she said"),
        Q("Labour had cut the SNP's majority in the ward by more than half", "indirect", "McAllister",
          "Euan McAllister", speaker_at="Mr McAllister said"),
        Q("'closing fast'", "partial", "McAllister", "Euan McAllister", speaker_at="Mr McAllister said"),
        Q("'We've shown that Labour can win anywhere in this city,'", "direct", "he", "Euan McAllister",
          speaker_at="he told"),
        Q("'Come the next full council election, the SNP should be very worried.'", "direct", "he",
          "Euan McAllister", speaker_at="he told"),
        Q("'a tough night'", "partial", "Alasdair Duncan", "Alasdair Duncan"),
        Q("the result was her party's best in the ward", "indirect", "Morag Lindsay", "Morag Lindsay"),
        Q("the party would not take the result for granted", "indirect", "Iain Ferrier-Rennie",
          "Iain Ferrier-Rennie"),
        Q("'Holding a seat in a by-election, in the middle of a parliament, is never easy,'", "direct",
          "Ferrier-Rennie", "Iain Ferrier-Rennie", speaker_at="Mr Ferrier-Rennie said"),
        Q("'But voters have to see us deliver, and I accept that.'", "direct", "Ferrier-Rennie",
          "Iain Ferrier-Rennie", speaker_at="Mr Ferrier-Rennie said"),
    ]),

    # ------------------------------------------------------------------ The Irish Times, obituary
    Case("blind20-unionist-obituary", """Síle Ní Dhomhnaill obituary: Docker’s daughter who became the fiercest voice of Irish hospital workers

Síle Ní Dhomhnaill, who has died aged 81, was a trade unionist who led the Health Services Workers’ Union through the long pay dispute of 1987 and later became one of the first women to sit on the executive of the Irish Congress of Trade Unions.

Born in Ringsend, Dublin, in 1943, the eldest of seven children of a docker and a school cleaner, she left school at 15 to work as a ward orderly in Sir Patrick Dun’s Hospital. She liked to say that she had learned her politics “at the kitchen table and on the quays”.

She joined the union in 1961, became a shop steward within two years and was elected its general secretary in 1979, at a time when almost every senior official in the Irish labour movement was a man.

The 1987 dispute, which closed kitchens and laundries in 40 hospitals for seven weeks in what became known as the “winter of the porters”, won her members their first pay increase in five years. In an interview with this newspaper at the height of the strike, she said: “I don’t want anyone’s pity. I want a wage a woman can rear children on.

“If that makes me dangerous, then so be it.”

After retiring in 2003 she chaired the board of the Ringsend credit union and campaigned against the closure of the local swimming baths. Her memoir, “Nobody’s Handmaiden”, appeared in 2006 and was reprinted twice.

“Síle opened doors that had been bolted shut for generations,” said Fergal Ó Súilleabháin, general secretary of the Irish Congress of Trade Unions. “Every woman who has led a union in this country since has walked through them.”

Senator Aoife Byrne-Keating, who worked as her researcher in the 1980s, said Ní Dhomhnaill never forgot a member’s name or a minister’s broken promise.

The Minister for Health, in a statement, described her as “a formidable advocate for the people who keep our hospitals running”.

At her funeral Mass in St Patrick’s Church, Ringsend, on Saturday, Rev Fr Diarmuid Mac Carthaigh told mourners she had “never once walked past a picket line or a person in need”.

She is survived by her husband, Tomás Ó Riain, her children Niamh, Ciarán and Eoin, and nine grandchildren.

Síle Ní Dhomhnaill: born March 3rd, 1943; died January 11th, 2025""", [
        Q("“at the kitchen table and on the quays”", "partial", "She", "Síle Ní Dhomhnaill",
          speaker_at="She liked to say"),
        Q("“I don’t want anyone’s pity. I want a wage a woman can rear children on.", "direct", "she",
          "Síle Ní Dhomhnaill", speaker_at="she said:"),
        Q("“If that makes me dangerous, then so be it.”", "direct", "she", "Síle Ní Dhomhnaill",
          speaker_at="she said:"),
        Q("“Síle opened doors that had been bolted shut for generations,”", "direct", "Fergal Ó Súilleabháin",
          "Fergal Ó Súilleabháin"),
        Q("“Every woman who has led a union in this country since has walked through them.”", "direct",
          "Fergal Ó Súilleabháin", "Fergal Ó Súilleabháin"),
        Q("Ní Dhomhnaill never forgot a member’s name or a minister’s broken promise", "indirect",
          "Aoife Byrne-Keating", "Aoife Byrne-Keating"),
        Q("“a formidable advocate for the people who keep our hospitals running”", "partial",
          "The Minister for Health", None),
        Q("“never once walked past a picket line or a person in need”", "partial", "Diarmuid Mac Carthaigh",
          "Diarmuid Mac Carthaigh"),
    ]),

    # ------------------------------------------------------------------ The Canberra Times
    Case("blind20-tharwa-fire", """Residents told to leave as grassfire jumps containment lines near Tharwa

Residents of Tharwa and surrounding rural properties were told to leave immediately on Saturday afternoon after a fast-moving grassfire broke containment lines south of Canberra.

In an emergency warning issued just after 2pm, the ACT Emergency Services Agency told people still on properties along Naas Road that it was now “too late to leave”.

“This fire is moving very quickly through dry grass and it is being pushed by strong north-westerly winds,” ESA Commissioner Rohan Fitzgerald-Tan told reporters at a briefing in Fairbairn. “If you have a plan to leave and you are still in the area, you need to act on that plan right now.”

Mr Fitzgerald-Tan said about 120 firefighters were on the fireground, supported by six aircraft including a large air tanker sent from NSW.

He said it was too early to say whether any homes had been lost.

ACT Emergency Services Minister Priya Venkataraman said an evacuation centre had been opened at Erindale College in Wanniassa, where Red Cross volunteers were registering arrivals.

“We have people on the ground and in the air, and we will throw everything we have at this fire,” she said.

Tharwa resident Bill Dimitriou, 68, loaded his two kelpies into the ute and drove north as soon as he saw the smoke turn black.

“I’ve been out here 30 years and I’ve never seen it come over that ridge so fast,” he said outside the evacuation centre. “You don’t argue with that.”

According to the Bureau of Meteorology, temperatures were forecast to reach 39 degrees on Sunday, with wind gusts of up to 70km/h ahead of a late southerly change.

“There will be very little relief overnight,” senior meteorologist Chloe Nakamura said, “and tomorrow is shaping up to be a worse day again.”

A total fire ban remains in place across the ACT until midnight on Sunday, and several roads in the Tuggeranong area remain closed.""", [
        Q("“too late to leave”", "partial", "the ACT Emergency Services Agency", "ACT Emergency Services Agency"),
        Q("“This fire is moving very quickly through dry grass and it is being pushed by strong north-westerly "
          "winds,”", "direct", "Rohan Fitzgerald-Tan", "Rohan Fitzgerald-Tan"),
        Q("“If you have a plan to leave and you are still in the area, you need to act on that plan right now.”",
          "direct", "Rohan Fitzgerald-Tan", "Rohan Fitzgerald-Tan"),
        Q("about 120 firefighters were on the fireground, supported by six aircraft including a large air tanker "
          "sent from NSW", "indirect", "Fitzgerald-Tan", "Rohan Fitzgerald-Tan",
          speaker_at="Mr Fitzgerald-Tan said"),
        Q("it was too early to say whether any homes had been lost", "indirect", "He", "Rohan Fitzgerald-Tan",
          speaker_at="He said it was"),
        Q("an evacuation centre had been opened at Erindale College in Wanniassa, where Red Cross volunteers were "
          "registering arrivals", "indirect", "Priya Venkataraman", "Priya Venkataraman"),
        Q("“We have people on the ground and in the air, and we will throw everything we have at this fire,”",
          "direct", "she", "Priya Venkataraman", speaker_at="she said"),
        Q("“I’ve been out here 30 years and I’ve never seen it come over that ridge so fast,”", "direct", "he",
          "Bill Dimitriou", speaker_at="he said outside"),
        Q("“You don’t argue with that.”", "direct", "he", "Bill Dimitriou", speaker_at="he said outside"),
        Q("temperatures were forecast to reach 39 degrees on Sunday, with wind gusts of up to 70km/h ahead of a "
          "late southerly change", "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“There will be very little relief overnight,”", "direct", "Chloe Nakamura", "Chloe Nakamura"),
        Q("“and tomorrow is shaping up to be a worse day again.”", "direct", "Chloe Nakamura", "Chloe Nakamura"),
    ]),

    # ------------------------------------------------------------------ Otago Daily Times
    Case("blind20-steel-netball", """Steel edge Mystics in Edgar Centre thriller

The Southern Steel kept their ANZ Premiership playoff hopes alive with a heart-stopping 56-55 win over the Northern Mystics in front of a sell-out crowd at the Edgar Centre last night.

Shooter Tayla Ruatapu-Harris nailed the winning goal with four seconds left on the clock after the Mystics had clawed back a six-goal deficit in the final quarter.

"I don't think my heart rate has come down yet," Steel coach Aroha Te Whatu said after the match.

"We made it really hard for ourselves in that last quarter, but the girls found a way, and that's what good teams do."

Ruatapu-Harris, 21, said the noise in the stadium had been deafening as she lined up the final shot.

"The girls were telling me to take my time, but honestly I couldn't hear a thing," she said. "When it went in I just looked for Mele."

Captain Mele Fifita, who was named player of the match after a dominant display at goal defence, said the side had spent the week working on their defensive structures after a heavy loss in Auckland.

The Mystics led 14-12 after the first quarter and were level at halftime before the Steel pulled away in the third, when Fifita and wing defence Jess McKenzie-Tau forced a string of turnovers.

Mystics coach Cushla Palelei was left to rue her side's errors under pressure.

"We gave them too many second chances," Palelei said. "You can't do that against a team like the Steel, especially down here."

She said defender Grace van der Linde would have scans on an ankle injury today.

According to Netball New Zealand, the crowd of 2400 was the largest for a domestic match in Dunedin since 2019.

The Steel play the Pulse in Wellington on Sunday, and Te Whatu said the focus this week would be on recovery.

"We've got a few sore bodies," the coach said.""", [
        Q('"I don\'t think my heart rate has come down yet,"', "direct", "Aroha Te Whatu", "Aroha Te Whatu"),
        Q('"We made it really hard for ourselves in that last quarter, but the girls found a way, and that\'s what '
          'good teams do."', "direct", "Aroha Te Whatu", "Aroha Te Whatu"),
        Q("the noise in the stadium had been deafening as she lined up the final shot", "indirect",
          "Ruatapu-Harris", "Tayla Ruatapu-Harris", speaker_at="Ruatapu-Harris, 21"),
        Q('"The girls were telling me to take my time, but honestly I couldn\'t hear a thing,"', "direct", "she",
          "Tayla Ruatapu-Harris", speaker_at='she said. "When'),
        Q('"When it went in I just looked for Mele."', "direct", "she", "Tayla Ruatapu-Harris",
          speaker_at='she said. "When'),
        Q("the side had spent the week working on their defensive structures after a heavy loss in Auckland",
          "indirect", "Mele Fifita", "Mele Fifita"),
        Q('"We gave them too many second chances,"', "direct", "Palelei", "Cushla Palelei",
          speaker_at="Palelei said"),
        Q('"You can\'t do that against a team like the Steel, especially down here."', "direct", "Palelei",
          "Cushla Palelei", speaker_at="Palelei said"),
        Q("defender Grace van der Linde would have scans on an ankle injury today", "indirect", "She",
          "Cushla Palelei", speaker_at="She said defender"),
        Q("the crowd of 2400 was the largest for a domestic match in Dunedin since 2019", "indirect",
          "Netball New Zealand", "Netball New Zealand"),
        Q("the focus this week would be on recovery", "indirect", "Te Whatu", "Aroha Te Whatu",
          speaker_at="Te Whatu said the focus"),
        Q('"We\'ve got a few sore bodies,"', "direct", "the coach", "Aroha Te Whatu"),
    ]),

    # ------------------------------------------------------------------ Winnipeg Free Press
    Case("blind20-winnipeg-transit-strike", """Transit strike leaves thousands scrambling as talks collapse

Tens of thousands of Winnipeggers were left scrambling for rides Monday after Winnipeg Transit operators walked off the job at 4 a.m., the first full transit strike in the city in more than four decades.

Talks between the City of Winnipeg and Amalgamated Transit Union Local 1505 broke down late Sunday night, with the two sides still far apart on wages, split shifts and operator safety. The strike follows a month-long “work-to-rule” campaign in which operators refused overtime.

“Nobody wanted to be standing out here, but the city left us no choice,” union president Oksana Hrynchuk told the Free Press on the picket line outside the Fort Rouge garage.

Hrynchuk said the union’s main concerns were operator safety and the split shifts that see some drivers working 13-hour days for eight hours’ pay.

“We have drivers being spat on, punched, threatened with knives,” she said. “Would you accept that at your job?”

Mayor Harjit Sandhu called the city’s final offer, a 12 per cent raise over four years, “fair and responsible.”

“I know how hard this is for the people who rely on transit every single day,” Sandhu said at city hall Monday afternoon. “I’m asking both sides to get back to the table tonight, and to stay there until this is done.”

According to the City of Winnipeg, about 140,000 trips are taken on the transit system on an average weekday.

At the University of Manitoba, third-year nursing student Amara Nwosu said a trip that normally cost her a $3.15 fare had cost $42 by cab.

“I can’t do that every day. Nobody can,” she said, waiting for a friend to pick her up on Chancellor Matheson Road.

Winnipeg Chamber of Commerce president Janelle Courchene warned that downtown businesses, many still struggling to recover from the pandemic, would feel the impact almost immediately.

Handi-Transit service, which is operated by a private contractor, was running as normal, the city said.

No new talks had been scheduled as of Monday evening.""", [
        Q("“Nobody wanted to be standing out here, but the city left us no choice,”", "direct", "Oksana Hrynchuk",
          "Oksana Hrynchuk"),
        Q("the union’s main concerns were operator safety and the split shifts that see some drivers working "
          "13-hour days for eight hours’ pay", "indirect", "Hrynchuk", "Oksana Hrynchuk",
          speaker_at="Hrynchuk said"),
        Q("“We have drivers being spat on, punched, threatened with knives,”", "direct", "she", "Oksana Hrynchuk",
          speaker_at="she said. “Would"),
        Q("“Would you accept that at your job?”", "direct", "she", "Oksana Hrynchuk",
          speaker_at="she said. “Would"),
        Q("“fair and responsible.”", "partial", "Harjit Sandhu", "Harjit Sandhu"),
        Q("“I know how hard this is for the people who rely on transit every single day,”", "direct", "Sandhu",
          "Harjit Sandhu", speaker_at="Sandhu said"),
        Q("“I’m asking both sides to get back to the table tonight, and to stay there until this is done.”",
          "direct", "Sandhu", "Harjit Sandhu", speaker_at="Sandhu said"),
        Q("about 140,000 trips are taken on the transit system on an average weekday", "indirect",
          "the City of Winnipeg", "City of Winnipeg", speaker_at="According to the City of Winnipeg"),
        Q("a trip that normally cost her a $3.15 fare had cost $42 by cab", "indirect", "Amara Nwosu",
          "Amara Nwosu"),
        Q("“I can’t do that every day. Nobody can,”", "direct", "she", "Amara Nwosu",
          speaker_at="she said, waiting"),
        Q("downtown businesses, many still struggling to recover from the pandemic, would feel the impact almost "
          "immediately", "indirect", "Janelle Courchene", "Janelle Courchene"),
        Q("Handi-Transit service, which is operated by a private contractor, was running as normal", "indirect",
          "the city", "City of Winnipeg", speaker_at="the city said"),
    ]),

    # ------------------------------------------------------------------ The Citizen, Tanzania
    Case("blind20-dar-dengue", """Dengue cases double in Dar as ministry steps up fumigation

Dar es Salaam. Dengue fever cases in Dar es Salaam have more than doubled in the past month, with 1,247 infections and six deaths recorded since January, according to the Ministry of Health.

Speaking to reporters yesterday, the ministry's director of preventive services, Dr Neema Mwakyusa-Lyimo, said most of the cases had been reported in Kinondoni, Ilala and Temeke districts.

"We are seeing more patients arriving at hospital late, when they already have severe symptoms. Anyone with a high fever, headache and joint pains should go to a health facility immediately," she said.

Dr Mwakyusa-Lyimo said the ministry had deployed fumigation teams to 42 wards and distributed rapid test kits to all district hospitals in the region.

She warned against self-medication, saying some patients had worsened after taking painkillers such as aspirin and ibuprofen bought over the counter.

Dar es Salaam Regional Commissioner Juma Kassim Mrisho said the government could not fight the disease alone.

"Every household has a responsibility to remove stagnant water, old tyres and containers where mosquitoes breed. This is not a job for the government only," Mr Mrisho said.

In Tandale, one of the worst-affected areas, drains along the main road were clogged with plastic bottles and rubbish yesterday.

"We have been living with rubbish and dirty water for months," said Halima Said, a food vendor at Tandale market. "When it rains the water just sits there and the mosquitoes come at night."

A spokesperson for Muhimbili National Hospital said the facility had set aside a 30-bed ward for dengue patients.

The World Health Organization (WHO) has warned that dengue is spreading to new areas because of rising temperatures and rapid, unplanned urbanisation.

Tanzania recorded its worst dengue outbreak in 2019, when more than 6,000 cases were confirmed, most of them in Dar es Salaam.""", [
        Q("Dengue fever cases in Dar es Salaam have more than doubled in the past month, with 1,247 infections "
          "and six deaths recorded since January", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("most of the cases had been reported in Kinondoni, Ilala and Temeke districts", "indirect",
          "Neema Mwakyusa-Lyimo", "Neema Mwakyusa-Lyimo"),
        Q('"We are seeing more patients arriving at hospital late, when they already have severe symptoms. Anyone '
          'with a high fever, headache and joint pains should go to a health facility immediately,"', "direct",
          "she", "Neema Mwakyusa-Lyimo", speaker_at="she said"),
        Q("the ministry had deployed fumigation teams to 42 wards and distributed rapid test kits to all district "
          "hospitals in the region", "indirect", "Mwakyusa-Lyimo", "Neema Mwakyusa-Lyimo",
          speaker_at="Dr Mwakyusa-Lyimo said"),
        Q("some patients had worsened after taking painkillers such as aspirin and ibuprofen bought over the "
          "counter", "indirect", "She", "Neema Mwakyusa-Lyimo", speaker_at="She warned"),
        Q("the government could not fight the disease alone", "indirect", "Juma Kassim Mrisho",
          "Juma Kassim Mrisho"),
        Q('"Every household has a responsibility to remove stagnant water, old tyres and containers where '
          'mosquitoes breed. This is not a job for the government only,"', "direct", "Mrisho",
          "Juma Kassim Mrisho", speaker_at="Mr Mrisho said"),
        Q('"We have been living with rubbish and dirty water for months,"', "direct", "Halima Said",
          "Halima Said"),
        Q('"When it rains the water just sits there and the mosquitoes come at night."', "direct", "Halima Said",
          "Halima Said"),
        Q("the facility had set aside a 30-bed ward for dengue patients", "indirect",
          "A spokesperson for Muhimbili National Hospital", None),
        Q("dengue is spreading to new areas because of rising temperatures and rapid, unplanned urbanisation",
          "indirect", "The World Health Organization", "World Health Organization"),
    ]),

    # ------------------------------------------------------------------ Vanguard, Nigeria
    Case("blind20-abuja-fraud-trial", """N4.2bn fraud: Court fixes date for ex-gov’s trial as EFCC lines up 14 witnesses

ABUJA — A Federal High Court sitting in Abuja, yesterday, adjourned till March 18, the trial of a former governor of Taraba State, Alhaji Bello Danjuma Usman, who is facing a 19-count charge of diverting N4.2 billion from the state’s treasury.

The Economic and Financial Crimes Commission, EFCC, had arraigned the ex-governor alongside two former commissioners and a company, Gashaka Agro Ventures Limited. They all pleaded not guilty.

According to the EFCC, the money, meant for rural water projects, was moved through the company’s accounts between 2015 and 2019.

At the resumed hearing, counsel to the EFCC, Mr Ikechukwu Anozie-Bello, told the court that the prosecution was ready to open its case.

“My Lord, the prosecution has 14 witnesses lined up and the first of them is in court this morning. We are ready to proceed,” Anozie-Bello said.

But counsel to the former governor, Chief Adewale Ogunbiyi, SAN, applied for an adjournment, saying the defence was served the proof of evidence only on Friday.

“It will amount to a travesty of justice to ask the defence to cross-examine witnesses on documents we have not had the opportunity to study,” Ogunbiyi argued.

In a short ruling, Justice Halima Abdulkadir-Nwosu granted the application, but not without a warning.

“This court will not allow any party to use adjournments as a strategy. The matter will proceed on the next date, with or without the cooperation of counsel,” the judge said.

Speaking to journalists outside the courtroom, Sen. Danladi Garba, a close political associate of the defendant, said the case was “politically motivated”. He insisted that Usman would be vindicated.

Reacting, the state governor, Gov. Emmanuel Tanko-Ishaya, said his administration had no hand in the prosecution and would cooperate fully with the anti-graft agency.

“The commission does not prosecute politicians; it prosecutes suspects, irrespective of their status,” the EFCC said in a statement later, signed by its spokesperson, Mrs Ngozi Ebere-Adamu.""", [
        Q("the money, meant for rural water projects, was moved through the company’s accounts between 2015 and "
          "2019", "indirect", "the EFCC", "Economic and Financial Crimes Commission",
          speaker_at="According to the EFCC"),
        Q("the prosecution was ready to open its case", "indirect", "Ikechukwu Anozie-Bello",
          "Ikechukwu Anozie-Bello"),
        Q("“My Lord, the prosecution has 14 witnesses lined up and the first of them is in court this morning. We "
          "are ready to proceed,”", "direct", "Anozie-Bello", "Ikechukwu Anozie-Bello",
          speaker_at="Anozie-Bello said"),
        Q("the defence was served the proof of evidence only on Friday", "indirect", "Adewale Ogunbiyi",
          "Adewale Ogunbiyi"),
        Q("“It will amount to a travesty of justice to ask the defence to cross-examine witnesses on documents we "
          "have not had the opportunity to study,”", "direct", "Ogunbiyi", "Adewale Ogunbiyi",
          speaker_at="Ogunbiyi argued"),
        Q("“This court will not allow any party to use adjournments as a strategy. The matter will proceed on the "
          "next date, with or without the cooperation of counsel,”", "direct", "the judge",
          "Halima Abdulkadir-Nwosu"),
        Q("“politically motivated”", "partial", "Danladi Garba", "Danladi Garba"),
        Q("Usman would be vindicated", "indirect", "He", "Danladi Garba", speaker_at="He insisted"),
        Q("his administration had no hand in the prosecution and would cooperate fully with the anti-graft "
          "agency", "indirect", "Emmanuel Tanko-Ishaya", "Emmanuel Tanko-Ishaya"),
        Q("“The commission does not prosecute politicians; it prosecutes suspects, irrespective of their status,”",
          "direct", "the EFCC", "Economic and Financial Crimes Commission", speaker_at="the EFCC said"),
    ]),

    # ------------------------------------------------------------------ Sowetan
    Case("blind20-kliptown-train-crash", """Commuters recount horror as trains collide near Kliptown

More than 180 people were injured when two Metrorail passenger trains collided near Kliptown station in Soweto during yesterday's morning rush hour, paramedics said.

ER24 spokesperson Annelize van Wyk said 14 of the injured were in a serious condition and had been taken to Chris Hani Baragwanath Academic Hospital.

"Patients were lying along the tracks and inside the carriages. Our teams had to climb in through the windows to reach some of them," Van Wyk said.

Residents of Kliptown, who were among the first on the scene, said they had used ladders and blankets to help passengers out of the wreckage.

Lerato Sithole, 34, a cashier on her way to work in the Johannesburg CBD, was in the second coach of the stationary train when it was hit from behind.

"I just heard a big bang and then people were falling on top of each other. I thought I was going to die," she told Sowetan from her hospital bed.

Passenger Rail Agency of South Africa (Prasa) spokesperson Nkosinathi Maluleke said the cause of the collision was not yet known.

"We will not speculate. A full investigation is under way together with the Railway Safety Regulator, and we will share the findings with the public," Maluleke said.

The United National Transport Union (Untu) said cable theft had crippled the signalling on the line, forcing trains to run under manual authorisation for months.

"This is exactly what we have been warning about. Every day our members are driving blind," Untu general secretary Pieter-Jan Bezuidenhout said.

Gauteng transport MEC Sipho Ngcobo-Mthembu, who visited the scene, described the crash as "unacceptable" and said the province would ask Prasa for a full report within seven days.

Train services between Naledi and Johannesburg were suspended for the rest of the day, according to Prasa.""", [
        Q("More than 180 people were injured when two Metrorail passenger trains collided near Kliptown station in "
          "Soweto during yesterday's morning rush hour", "indirect", "paramedics", None),
        Q("14 of the injured were in a serious condition and had been taken to Chris Hani Baragwanath Academic "
          "Hospital", "indirect", "Annelize van Wyk", "Annelize van Wyk"),
        Q('"Patients were lying along the tracks and inside the carriages. Our teams had to climb in through the '
          'windows to reach some of them,"', "direct", "Van Wyk", "Annelize van Wyk", speaker_at="Van Wyk said"),
        Q("they had used ladders and blankets to help passengers out of the wreckage", "indirect",
          "Residents of Kliptown", None),
        Q('"I just heard a big bang and then people were falling on top of each other. I thought I was going to '
          'die,"', "direct", "she", "Lerato Sithole", speaker_at="she told Sowetan"),
        Q("the cause of the collision was not yet known", "indirect", "Nkosinathi Maluleke", "Nkosinathi Maluleke"),
        Q('"We will not speculate. A full investigation is under way together with the Railway Safety Regulator, '
          'and we will share the findings with the public,"', "direct", "Maluleke", "Nkosinathi Maluleke",
          speaker_at='public," Maluleke said'),
        Q("cable theft had crippled the signalling on the line, forcing trains to run under manual authorisation "
          "for months", "indirect", "The United National Transport Union", "United National Transport Union"),
        Q('"This is exactly what we have been warning about. Every day our members are driving blind,"', "direct",
          "Pieter-Jan Bezuidenhout", "Pieter-Jan Bezuidenhout"),
        Q('"unacceptable"', "partial", "Sipho Ngcobo-Mthembu", "Sipho Ngcobo-Mthembu"),
        Q("the province would ask Prasa for a full report within seven days", "indirect", "Sipho Ngcobo-Mthembu",
          "Sipho Ngcobo-Mthembu"),
        Q("Train services between Naledi and Johannesburg were suspended for the rest of the day", "indirect",
          "Prasa", "Passenger Rail Agency of South Africa", speaker_at="according to Prasa"),
    ]),

    # ------------------------------------------------------------------ NewsDay, Zimbabwe
    Case("blind20-zimbabwe-teachers-strike", """Teachers down tools over US dollar salaries

TEACHERS across the country yesterday stayed away from classes on the first day of the second term, heeding a strike call by unions demanding salaries of at least US$540 a month.

Progressive Teachers Union of Zimbabwe (PTUZ) president Tendai Chikowore-Moyo told NewsDay that more than 70% of the union’s members had not reported for duty.

“A teacher is earning the equivalent of US$200 a month. You cannot feed a family, pay rent and send your own children to school on that. We are not on strike; we are incapacitated,” Chikowore-Moyo said.

The Amalgamated Rural Teachers Union of Zimbabwe (Artuz) said rural schools had been hardest hit, with some teachers walking up to 15km to work.

“We have been patient for three years and our patience has run out,” Artuz president Simbarashe Mutasa said.

Ministry of Primary and Secondary Education spokesperson Chipo Nyathi said the government had already awarded civil servants a 15% cost-of-living adjustment in January and accused the unions of “playing politics with children’s education”.

“The door remains open for dialogue through the National Joint Negotiating Council,” she said.

The strike comes at a difficult time for many schools. Several school heads, who spoke on condition of anonymity, said fees due under the Basic Education Assistance Module (Beam) for the first term had still not been paid, leaving them unable to buy chalk and exercise books.

“We are running this school on credit,” one head in Epworth said.

In Mabvuku, parent Rudo Chiweshe said children had spent the day playing in the school grounds.

“We pay fees and our children sit under a tree the whole day doing nothing,” she said.

The Zimbabwe Teachers Association (Zimta), the country’s largest teachers’ union, did not join the strike but said in a statement it was “deeply concerned” by the impasse.""", [
        Q("more than 70% of the union’s members had not reported for duty", "indirect", "Tendai Chikowore-Moyo",
          "Tendai Chikowore-Moyo"),
        Q("“A teacher is earning the equivalent of US$200 a month. You cannot feed a family, pay rent and send your "
          "own children to school on that. We are not on strike; we are incapacitated,”", "direct",
          "Chikowore-Moyo", "Tendai Chikowore-Moyo", speaker_at="Chikowore-Moyo said"),
        Q("rural schools had been hardest hit, with some teachers walking up to 15km to work", "indirect",
          "The Amalgamated Rural Teachers Union of Zimbabwe", "Amalgamated Rural Teachers Union of Zimbabwe"),
        Q("“We have been patient for three years and our patience has run out,”", "direct", "Simbarashe Mutasa",
          "Simbarashe Mutasa"),
        Q("the government had already awarded civil servants a 15% cost-of-living adjustment in January",
          "indirect", "Chipo Nyathi", "Chipo Nyathi"),
        Q("“playing politics with children’s education”", "partial", "Chipo Nyathi", "Chipo Nyathi"),
        Q("“The door remains open for dialogue through the National Joint Negotiating Council,”", "direct", "she",
          "Chipo Nyathi", speaker_at="Council,” she said"),
        Q("fees due under the Basic Education Assistance Module (Beam) for the first term had still not been paid, "
          "leaving them unable to buy chalk and exercise books", "indirect", "Several school heads", None),
        Q("“We are running this school on credit,”", "direct", "one head in Epworth", None),
        Q("children had spent the day playing in the school grounds", "indirect", "Rudo Chiweshe", "Rudo Chiweshe"),
        Q("“We pay fees and our children sit under a tree the whole day doing nothing,”", "direct", "she",
          "Rudo Chiweshe", speaker_at="nothing,” she said"),
        Q("“deeply concerned”", "partial", "The Zimbabwe Teachers Association", "Zimbabwe Teachers Association"),
    ]),

    # ------------------------------------------------------------------ Gulf News
    Case("blind20-sharjah-pearling-museum", """Sharjah opens museum celebrating the UAE’s pearling past

Sharjah: A new museum dedicated to the emirate’s pearl diving and seafaring heritage opened its doors on the Al Khan waterfront on Wednesday, with more than 3,000 objects ranging from diving weights to a restored 19th-century dhow.

The Sharjah Museum of Pearling and Maritime Heritage was inaugurated by Sheikh Khalid bin Saqr Al Qasimi, Chairman of the Sharjah Museums Authority, who described it as “a bridge between the generations who lived from the sea and those who will inherit it”.

“Before oil, there was the pearl. Every family on this coast has a story of a grandfather or a great-grandfather who went down to the pearl banks,” Dr Aisha Rashid Al Mazrouei, the museum’s director, told Gulf News during a preview tour on Tuesday.

Al Mazrouei said many of the objects had been donated by families across the northern emirates, who had kept them in their homes for generations.

“We wanted visitors to feel the weight of the stones the divers tied to their feet, to hear the songs the crews sang,” she said. “This is not a story behind glass. It is still alive in people’s memories.”

Italian-Lebanese architect Francesca Di Lorenzo-Haddad said the building’s curved timber roof was inspired by the hull of a jalboot, a traditional pearling vessel.

The opening exhibition, titled “Songs of the Nahham”, is devoted to the ship singers who set the rhythm for rowing and hauling on the long summer voyages to the pearl banks.

Among the guests was Obaid bin Rashid Al Shamsi, 91, one of the last surviving pearl divers in the emirate.

“I went down forty times a day. You did not think about fear, you thought about your family waiting at home,” he said, standing beside a display of the nose clips divers once wore.

According to the Sharjah Museums Authority, entry will be free for UAE residents during the museum’s first month.

The museum is open daily from 9am to 8pm, except on Friday mornings.""", [
        Q("“a bridge between the generations who lived from the sea and those who will inherit it”", "partial",
          "Khalid bin Saqr Al Qasimi", "Khalid bin Saqr Al Qasimi"),
        Q("“Before oil, there was the pearl. Every family on this coast has a story of a grandfather or a "
          "great-grandfather who went down to the pearl banks,”", "direct", "Aisha Rashid Al Mazrouei",
          "Aisha Rashid Al Mazrouei"),
        Q("many of the objects had been donated by families across the northern emirates, who had kept them in "
          "their homes for generations", "indirect", "Al Mazrouei", "Aisha Rashid Al Mazrouei",
          speaker_at="Al Mazrouei said"),
        Q("“We wanted visitors to feel the weight of the stones the divers tied to their feet, to hear the songs "
          "the crews sang,”", "direct", "she", "Aisha Rashid Al Mazrouei", speaker_at="she said"),
        Q("“This is not a story behind glass. It is still alive in people’s memories.”", "direct", "she",
          "Aisha Rashid Al Mazrouei", speaker_at="she said"),
        Q("the building’s curved timber roof was inspired by the hull of a jalboot, a traditional pearling vessel",
          "indirect", "Francesca Di Lorenzo-Haddad", "Francesca Di Lorenzo-Haddad"),
        Q("“I went down forty times a day. You did not think about fear, you thought about your family waiting at "
          "home,”", "direct", "he", "Obaid bin Rashid Al Shamsi", speaker_at="he said"),
        Q("entry will be free for UAE residents during the museum’s first month", "indirect",
          "the Sharjah Museums Authority", "Sharjah Museums Authority",
          speaker_at="According to the Sharjah Museums Authority"),
    ]),

    # ------------------------------------------------------------------ The Korea Herald
    Case("blind20-hanul-air-results", """Hanul Air posts record Q3 profit on Japan travel boom

Hanul Air, South Korea’s third-largest budget carrier, said Tuesday its third-quarter operating profit jumped 48 percent on-year to a record 142 billion won ($104 million), driven by strong demand for flights to Japan and Southeast Asia.

Revenue rose 21 percent to 612 billion won in the July-September period, the company said in a regulatory filing.

“Japan remains our core market, but we are seeing very strong bookings to Vietnam and the Philippines,” CEO Park Ji-won said in a conference call with analysts. “We expect the winter season to be even busier than the summer.”

Park said the airline would take delivery of four Boeing 737-8 jets next year, bringing its fleet to 38 aircraft, and planned to launch routes to Sapporo and Da Nang from Cheongju International Airport.

Analysts said the strong results were partly offset by concerns over the weak won.

“The currency is the biggest variable. Around a third of Hanul’s costs, including fuel and aircraft leases, are dollar-denominated,” said Lee Seung-hoon, an analyst at Mirae Asset Securities.

According to Yonhap News Agency, the number of Koreans traveling to Japan in the first nine months of the year reached 6.9 million, up 24 percent from a year earlier.

An official at the Ministry of Land, Infrastructure and Transport said the government was reviewing requests from budget carriers for additional slots at Gimpo International Airport.

Meanwhile, Hanul Air’s pilots’ union said it would demand a bigger share of the profits in wage talks next month.

“We carried this company through the pandemic, when our planes sat on the ground for two years,” union chief Kim Min-ji said.

Shares of Hanul Air closed 3.2 percent higher at 11,450 won on the Kospi.

By Choi Jae-hyun""", [
        Q("its third-quarter operating profit jumped 48 percent on-year to a record 142 billion won ($104 million), "
          "driven by strong demand for flights to Japan and Southeast Asia", "indirect", "Hanul Air", "Hanul Air",
          speaker_at="Hanul Air, South Korea’s"),
        Q("Revenue rose 21 percent to 612 billion won in the July-September period", "indirect", "the company",
          "Hanul Air"),
        Q("“Japan remains our core market, but we are seeing very strong bookings to Vietnam and the Philippines,”",
          "direct", "Park Ji-won", "Park Ji-won"),
        Q("“We expect the winter season to be even busier than the summer.”", "direct", "Park Ji-won",
          "Park Ji-won"),
        Q("the airline would take delivery of four Boeing 737-8 jets next year, bringing its fleet to 38 aircraft, "
          "and planned to launch routes to Sapporo and Da Nang from Cheongju International Airport", "indirect",
          "Park", "Park Ji-won", speaker_at="Park said"),
        Q("the strong results were partly offset by concerns over the weak won", "indirect", "Analysts", None),
        Q("“The currency is the biggest variable. Around a third of Hanul’s costs, including fuel and aircraft "
          "leases, are dollar-denominated,”", "direct", "Lee Seung-hoon", "Lee Seung-hoon"),
        Q("the number of Koreans traveling to Japan in the first nine months of the year reached 6.9 million, up "
          "24 percent from a year earlier", "indirect", "Yonhap News Agency", "Yonhap News Agency"),
        Q("the government was reviewing requests from budget carriers for additional slots at Gimpo International "
          "Airport", "indirect", "An official at the Ministry of Land, Infrastructure and Transport", None),
        Q("it would demand a bigger share of the profits in wage talks next month", "indirect",
          "Hanul Air’s pilots’ union", None),
        Q("“We carried this company through the pandemic, when our planes sat on the ground for two years,”",
          "direct", "Kim Min-ji", "Kim Min-ji"),
    ]),

    # ------------------------------------------------------------------ Free Malaysia Today
    Case("blind20-sungai-jernih-by-election", """PH retains Sungai Jernih with reduced majority

SUNGAI JERNIH: Pakatan Harapan's Nurul Huda Kamaruddin has won the Sungai Jernih parliamentary by-election with a majority of 4,318 votes, down from the 11,902 obtained by her late predecessor in the 2022 general election.

Election Commission (EC) chairman Datuk Seri Hashim Osman announced the official result at the tallying centre at Dewan Serbaguna Sungai Jernih at 10.05pm.

He said turnout was 58.7%, well below the 74% recorded in GE15.

Nurul Huda, 44, obtained 31,204 votes against 26,886 for Perikatan Nasional's Datuk Mohd Rizal Abdullah. Independent candidate Lim Wei Jie lost his deposit.

"This victory belongs to the people of Sungai Jernih, who chose development over the politics of race and religion," Nurul Huda told reporters after the announcement.

She said her first priority would be flood mitigation in the low-lying villages along the river, which were inundated twice last year.

Mohd Rizal conceded defeat but claimed ministers had used official government events to campaign for PH, calling it "an abuse of power".

"We accept the result, but we will also be lodging a report with the EC," he said.

At the Ladang Sungai Jernih estate, residents said water cuts had been their main concern throughout the campaign.

"We vote every time, and every time they promise us a new water pipe," said estate worker S. Thanabalan, 56. "Let's see if this time it is different."

Universiti Malaya political scientist Prof Lee Mei Ling said the reduced majority should worry the unity government.

"The swing among Chinese voters was small, but PN gained ground among Malay voters, especially the young. PH should not read too much into this win," she told FMT.

The by-election was called after the death of three-term MP Ahmad Zaki Ismail in August.""", [
        Q("turnout was 58.7%, well below the 74% recorded in GE15", "indirect", "He", "Hashim Osman",
          speaker_at="He said turnout"),
        Q('"This victory belongs to the people of Sungai Jernih, who chose development over the politics of race '
          'and religion,"', "direct", "Nurul Huda", "Nurul Huda Kamaruddin", speaker_at="Nurul Huda told"),
        Q("her first priority would be flood mitigation in the low-lying villages along the river, which were "
          "inundated twice last year", "indirect", "She", "Nurul Huda Kamaruddin", speaker_at="She said her"),
        Q("ministers had used official government events to campaign for PH", "indirect", "Mohd Rizal",
          "Mohd Rizal Abdullah", speaker_at="Mohd Rizal conceded"),
        Q('"an abuse of power"', "partial", "Mohd Rizal", "Mohd Rizal Abdullah", speaker_at="Mohd Rizal conceded"),
        Q('"We accept the result, but we will also be lodging a report with the EC,"', "direct", "he",
          "Mohd Rizal Abdullah", speaker_at="he said"),
        Q("water cuts had been their main concern throughout the campaign", "indirect", "residents", None),
        Q('"We vote every time, and every time they promise us a new water pipe,"', "direct", "S. Thanabalan",
          "S. Thanabalan"),
        Q('"Let\'s see if this time it is different."', "direct", "S. Thanabalan", "S. Thanabalan"),
        Q("the reduced majority should worry the unity government", "indirect", "Lee Mei Ling", "Lee Mei Ling"),
        Q('"The swing among Chinese voters was small, but PN gained ground among Malay voters, especially the '
          'young. PH should not read too much into this win,"', "direct", "she", "Lee Mei Ling",
          speaker_at="she told FMT"),
    ]),

    # ------------------------------------------------------------------ The Hindu
    Case("blind20-chepauk-ranji", """Murugappan’s six-for puts Tamil Nadu on course for victory against Mumbai

CHENNAI: Left-arm spinner Ashwin Murugappan claimed six for 48 as Tamil Nadu bowled Mumbai out for 187 on the third day of their Ranji Trophy Elite Group D match at the M.A. Chidambaram Stadium here on Saturday, leaving the host needing 142 runs for victory. At stumps, Tamil Nadu was 61 for two.

The pitch, which had offered little to the bowlers on the first two days, began to turn sharply after lunch, and Mumbai lost its last seven wickets for 49 runs.

“I was just trying to hit the same spot again and again. The wicket did the rest,” said Murugappan, who now has 31 wickets this season.

Tamil Nadu captain M. Srinivasan said the team had expected the surface to assist spin from the third day.

“We knew it would turn from the second session, so the plan was to bowl tight and let the pressure build. Ashwin executed it perfectly,” he said.

Mumbai captain Rohan Deshpande-Shetty admitted that his batters had “not applied themselves” against the turning ball.

“There’s no excuse. Three of our top order got out to soft dismissals,” Deshpande-Shetty said. “We still believe we can bowl them out tomorrow.”

Tamil Nadu head coach Anand Venkataraman told The Hindu that the dressing room was calm and that the openers had been asked to see off the new ball.

According to the Tamil Nadu Cricket Association (TNCA), more than 8,000 spectators attended the third day’s play, the largest crowd for a Ranji Trophy match at Chepauk in over a decade.

The scores: Mumbai 243 & 187 in 61.2 overs (S. Kulkarni 54, Ashwin Murugappan six for 48) vs Tamil Nadu 289 & 61 for two in 19 overs.""", [
        Q("“I was just trying to hit the same spot again and again. The wicket did the rest,”", "direct",
          "Murugappan", "Ashwin Murugappan", speaker_at="said Murugappan"),
        Q("the team had expected the surface to assist spin from the third day", "indirect", "M. Srinivasan",
          "M. Srinivasan"),
        Q("“We knew it would turn from the second session, so the plan was to bowl tight and let the pressure "
          "build. Ashwin executed it perfectly,”", "direct", "he", "M. Srinivasan", speaker_at="he said"),
        Q("“not applied themselves”", "partial", "Rohan Deshpande-Shetty", "Rohan Deshpande-Shetty"),
        Q("“There’s no excuse. Three of our top order got out to soft dismissals,”", "direct", "Deshpande-Shetty",
          "Rohan Deshpande-Shetty", speaker_at="Deshpande-Shetty said"),
        Q("“We still believe we can bowl them out tomorrow.”", "direct", "Deshpande-Shetty",
          "Rohan Deshpande-Shetty", speaker_at="Deshpande-Shetty said"),
        Q("the dressing room was calm and that the openers had been asked to see off the new ball", "indirect",
          "Anand Venkataraman", "Anand Venkataraman"),
        Q("more than 8,000 spectators attended the third day’s play, the largest crowd for a Ranji Trophy match at "
          "Chepauk in over a decade", "indirect", "the Tamil Nadu Cricket Association",
          "Tamil Nadu Cricket Association"),
    ]),
]
