"""Blind gold: sixteen short news articles written without sight of the pretagger.

Wire copy, regional and national papers from many countries, with curly,
straight and British single quotes, so the figures on them say how the
quote and speaker rules carry over to text nobody tuned on.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind52-brewer", """Saigon Lotus Brewery Profit Slumps as Vietnam Drink-Driving Curbs Bite

HO CHI MINH CITY (Bloomberg) -- Saigon Lotus Brewery JSC, Vietnam's third-largest beer maker, reported a 21% drop in second-quarter profit as a strict ban on drinking and driving kept customers away from roadside beer halls.

Net income fell to 412 billion dong ($16.2 million) in the three months through June, from 522 billion dong a year earlier, the Ho Chi Minh City-based company said in a filing to the stock exchange on Tuesday. Revenue slipped 9% to 3.9 trillion dong.

"People are still drinking, but they are drinking at home and they are buying cheaper brands," Chief Executive Officer Nguyen Thi Thu Ha said in an interview. "The on-trade channel, which used to be our strongest, has not come back."

Vietnam tightened enforcement of its zero-tolerance alcohol limit for drivers in 2020, and police have stepped up roadside checks this year. Beer volumes nationwide fell about 6% in the first half, according to the Vietnam Brewers Association, known as VBA.

Nguyen said the company would cut its marketing budget by a fifth and shift spending toward canned products sold in supermarkets. She declined to say whether Saigon Lotus would revise its full-year target of 1.8 trillion dong in pretax profit, calling the second half "too early to call."

Shares of the brewer fell as much as 4.3% in Ho Chi Minh City trading, the most since March, before paring losses. The stock has lost 17% this year.

"The drink-driving rules are a structural headwind, not a cyclical one," said Tran Minh Khoa, an analyst at Saigon Capital Securities Corp. in Hanoi. He cut his price target on the stock to 48,000 dong from 55,000 dong and said margins were likely to stay under pressure "for at least another four quarters."

Larger rivals, which together control more than half of Vietnam's beer market, have also reported weaker sales. A spokesperson for Hanoi Beer Group said the company remained "confident in the long-term potential of our home market" but declined to comment further.

The slowdown has hit suppliers too. Le Van Phuoc, who runs a packaging business in Binh Duong province that sells cartons to brewers, said orders had fallen by a third since January.

"Everyone is waiting," he said. "Nobody wants to build stock."

--With assistance from Mai Ngoc Chau.""", [
        Q("Net income fell to 412 billion dong ($16.2 million) in the three months through June, from 522 billion "
          "dong a year earlier", "indirect", "the Ho Chi Minh City-based company", "Saigon Lotus Brewery JSC"),
        Q('"People are still drinking, but they are drinking at home and they are buying cheaper brands,"', "direct",
          "Nguyen Thi Thu Ha", "Nguyen Thi Thu Ha"),
        Q('"The on-trade channel, which used to be our strongest, has not come back."', "direct",
          "Nguyen Thi Thu Ha", "Nguyen Thi Thu Ha"),
        Q("Beer volumes nationwide fell about 6% in the first half", "indirect", "the Vietnam Brewers Association",
          "Vietnam Brewers Association"),
        Q("the company would cut its marketing budget by a fifth and shift spending toward canned products sold in "
          "supermarkets", "indirect", "Nguyen", "Nguyen Thi Thu Ha", speaker_at="Nguyen said"),
        Q('"too early to call."', "partial", "She", "Nguyen Thi Thu Ha", speaker_at="She declined"),
        Q('"The drink-driving rules are a structural headwind, not a cyclical one,"', "direct", "Tran Minh Khoa",
          "Tran Minh Khoa"),
        Q("margins were likely to stay under pressure", "indirect", "He", "Tran Minh Khoa", speaker_at="He cut"),
        Q('"for at least another four quarters."', "partial", "He", "Tran Minh Khoa", speaker_at="He cut"),
        Q('"confident in the long-term potential of our home market"', "partial",
          "A spokesperson for Hanoi Beer Group", None),
        Q("orders had fallen by a third since January", "indirect", "Le Van Phuoc", "Le Van Phuoc"),
        Q('"Everyone is waiting,"', "direct", "he", "Le Van Phuoc", speaker_at='he said. "Nobody'),
        Q('"Nobody wants to build stock."', "direct", "he", "Le Van Phuoc", speaker_at='he said. "Nobody'),
    ], source="blind"),
    Case("blind52-ferry", """Search continues for 11 missing after ferry capsizes off Flores

Labuan Bajo, E Nusa Tenggara (ANTARA) - The joint search and rescue team on Sunday continued to search for 11 passengers still missing after the KM Sinar Bahari ferry capsized in rough seas off the western coast of Flores Island on Saturday evening.

Head of the Maumere Search and Rescue Office, Putu Arga Sujarwadi, said 34 of the 47 people on board had been rescued, while two bodies had been recovered from the water near Messah Island.

"We have deployed two rescue boats, a helicopter and assistance from local fishermen. The search area has been expanded to 20 nautical miles," Sujarwadi told ANTARA on Sunday.

He said waves of up to three meters and strong winds had hampered the operation since early morning.

The ferry was travelling from Labuan Bajo to Bima in West Nusa Tenggara when it was hit by high waves at around 6 p.m. local time, according to the Labuan Bajo Harbor Master's Office (KSOP).

Head of the KSOP, Captain Stephanus Risdiyanto, stated that the vessel had received permission to sail after the weather forecast issued by the Meteorology, Climatology and Geophysics Agency (BMKG) showed moderate waves.

"The ship was not overloaded. The manifest recorded 41 passengers and six crew," he noted.

However, a survivor, Abdul Rahman (43), said that many passengers who were not on the manifest had boarded from a small boat just before departure.

"There were many people sitting on the deck with motorcycles and sacks of rice. When the big wave came, the ship tilted and everyone fell into the sea," he recounted while being treated at the Komodo Regional General Hospital.

Meanwhile, the BMKG has issued an early warning of high waves of up to four meters in the Flores Sea and the Sumba Strait until Tuesday.

Head of the BMKG Komodo Meteorological Station, Maria Goreti Bria, urged fishermen and ferry operators to postpone their voyages.

"We urge the public to always check the weather information before sailing, because the conditions are changing very quickly," she said.

West Manggarai District Head Edistasius Nggalu has instructed the local disaster mitigation agency (BPBD) to set up a command post at the port and to provide assistance to the families of the victims.""", [
        Q("34 of the 47 people on board had been rescued, while two bodies had been recovered from the water near "
          "Messah Island", "indirect", "Putu Arga Sujarwadi", "Putu Arga Sujarwadi"),
        Q('"We have deployed two rescue boats, a helicopter and assistance from local fishermen. The search area has '
          'been expanded to 20 nautical miles,"', "direct", "Sujarwadi", "Putu Arga Sujarwadi",
          speaker_at="Sujarwadi told"),
        Q("waves of up to three meters and strong winds had hampered the operation since early morning", "indirect",
          "He", "Putu Arga Sujarwadi", speaker_at="He said waves"),
        Q("The ferry was travelling from Labuan Bajo to Bima in West Nusa Tenggara when it was hit by high waves at "
          "around 6 p.m. local time", "indirect", "the Labuan Bajo Harbor Master's Office",
          "Labuan Bajo Harbor Master's Office"),
        Q("that the vessel had received permission to sail after the weather forecast issued by the Meteorology, "
          "Climatology and Geophysics Agency (BMKG) showed moderate waves", "indirect", "Stephanus Risdiyanto",
          "Stephanus Risdiyanto"),
        Q('"The ship was not overloaded. The manifest recorded 41 passengers and six crew,"', "direct", "he",
          "Stephanus Risdiyanto", speaker_at="he noted"),
        Q("that many passengers who were not on the manifest had boarded from a small boat just before departure",
          "indirect", "Abdul Rahman", "Abdul Rahman"),
        Q('"There were many people sitting on the deck with motorcycles and sacks of rice. When the big wave came, '
          'the ship tilted and everyone fell into the sea,"', "direct", "he", "Abdul Rahman",
          speaker_at="he recounted"),
        Q('"We urge the public to always check the weather information before sailing, because the conditions are '
          'changing very quickly,"', "direct", "she", "Maria Goreti Bria", speaker_at="she said"),
    ], source="blind"),
    Case("blind52-quarry", """Councillors approve Orphir quarry extension after heated debate

Plans to extend a quarry in Orphir by almost eight hectares have been approved by Orkney Islands Council's planning committee, despite more than 60 objections from residents.

The application by Ness Aggregates Ltd would allow rock extraction at Hillside Quarry to continue for a further 25 years, with blasting permitted up to three times a week.

Objectors, led by Orphir Community Council, argued that the extension would bring heavy lorries past the primary school and spoil the view from the Hall of Clestrain, birthplace of the Arctic explorer John Rae.

Speaking at Wednesday's meeting, community council chairwoman Freya Linklater-Sinclair said: 'Nobody in Orphir is against jobs. But we were promised in 2009 that this would be the last extension, and here we are again.'

She told councillors that houses on the Houton road had suffered cracked plaster after blasting last winter, a claim the company disputes.

Managing director Magnus Rendall said the business supplied almost half of the aggregate used in Orkney, including stone for the new Kirkwall care home and the Scapa pier works.

'If this quarry closes, that material will have to be shipped in from Caithness or further afield, at a much higher cost to the council and to the taxpayer,' he said.

He added that the firm had offered to fund a new footpath beside the school, and that vibration readings from last winter had been 'well within the legal limits'.

Council planning officers had recommended approval, subject to 34 conditions, including a ban on blasting on Sundays and restrictions on lorry movements during school hours.

Councillor Morag Flett, who moved the motion, described the conditions as 'some of the strictest we have ever attached'.

But Councillor Erlend Drever, who represents the West Mainland ward, said he could not support the plan. 'We keep saying we listen to communities, and then we go and do the opposite,' he told the committee.

The application was approved by five votes to three.

Ms Linklater-Sinclair said afterwards that the community council would consider asking the Scottish Government to review the decision.

'We are disappointed but not surprised,' she said. 'This isn't over.'""", [
        Q("that the extension would bring heavy lorries past the primary school and spoil the view from the Hall of "
          "Clestrain, birthplace of the Arctic explorer John Rae", "indirect", "Objectors", None),
        Q("'Nobody in Orphir is against jobs. But we were promised in 2009 that this would be the last extension, "
          "and here we are again.'", "direct", "Freya Linklater-Sinclair", "Freya Linklater-Sinclair"),
        Q("that houses on the Houton road had suffered cracked plaster after blasting last winter", "indirect", "She",
          "Freya Linklater-Sinclair", speaker_at="She told"),
        Q("the business supplied almost half of the aggregate used in Orkney, including stone for the new Kirkwall "
          "care home and the Scapa pier works", "indirect", "Magnus Rendall", "Magnus Rendall"),
        Q("'If this quarry closes, that material will have to be shipped in from Caithness or further afield, at a "
          "much higher cost to the council and to the taxpayer,'", "direct", "he", "Magnus Rendall",
          speaker_at="taxpayer,' he said"),
        Q("that the firm had offered to fund a new footpath beside the school", "indirect", "He", "Magnus Rendall",
          speaker_at="He added"),
        Q("'well within the legal limits'", "partial", "He", "Magnus Rendall", speaker_at="He added"),
        Q("'some of the strictest we have ever attached'", "partial", "Morag Flett", "Morag Flett"),
        Q("he could not support the plan", "indirect", "Erlend Drever", "Erlend Drever"),
        Q("'We keep saying we listen to communities, and then we go and do the opposite,'", "direct", "he",
          "Erlend Drever", speaker_at="he told the committee"),
        Q("that the community council would consider asking the Scottish Government to review the decision",
          "indirect", "Linklater-Sinclair", "Freya Linklater-Sinclair", speaker_at="Ms Linklater-Sinclair said"),
        Q("'We are disappointed but not surprised,'", "direct", "she", "Freya Linklater-Sinclair",
          speaker_at="she said. 'This"),
        Q("'This isn't over.'", "direct", "she", "Freya Linklater-Sinclair", speaker_at="she said. 'This"),
    ], source="blind"),
    Case("blind52-camogie", """Causeway hold off Abbeydorney to claim county camogie crown

Causeway 2-11
Abbeydorney 1-12

Causeway are Kerry senior camogie champions for the first time since 2016 after a pulsating one-point win over Abbeydorney at Austin Stack Park on Sunday afternoon.

Full-forward Caoimhe Nic Gearailt was the difference, scoring 1-5, including the crucial goal eleven minutes from time when she pounced on a breaking ball after Abbeydorney goalkeeper Maebh de Róiste had saved from Orla Buckley.

"I just closed my eyes and pulled on it," Nic Gearailt laughed afterwards. "To be honest, it's all a bit of a blur. We've lost three finals in a row, so this one means everything to the girls and to the parish."

Abbeydorney started the stronger and led 1-6 to 0-5 at half-time, their goal coming from a superb solo effort by captain Siobhán Ní Mhurchú.

But Causeway manager Donncha Ó Cinnéide said he never doubted his side.

"I said to them at half-time that we hadn't played yet. We were standing off them, giving them too much respect," he said. "The second half was the Causeway we know."

Ó Cinnéide paid tribute to his backs, in particular centre-back Aoife O'Sullivan-Kerins, who he said had "won every ball that came near her" in the closing quarter.

Abbeydorney had two late chances to force extra time, but Ní Mhurchú's free from 50 metres dropped short and Eimear Lenihan's shot from a tight angle flew wide in injury time, before the Causeway supporters broke into "The Boys of Barr na Sráide" at the final whistle.

Abbeydorney manager Pádraig Horgan was gracious in defeat, but admitted his players were heartbroken.

"There's no shame in it. They gave everything, and a few inches here or there and we're the ones celebrating," Horgan told The Kerryman. "But they'll be hurting tonight, and they're entitled to be."

Camogie Kerry chairperson Noreen Daly-Moriarty presented the cup to Causeway captain Sinéad Breen, and described the attendance of almost 1,200 as "a massive boost" for the game in the county.

Causeway will now represent Kerry in the Munster intermediate club championship, where they face Cork opposition in a fortnight.

Scorers – Causeway: C Nic Gearailt 1-5 (0-3f), O Buckley 1-1, S Breen 0-3, A O'Sullivan-Kerins 0-1, L Fitzmaurice 0-1. Abbeydorney: S Ní Mhurchú 1-6 (0-4f), E Lenihan 0-3, R Kennelly 0-2, M de Róiste 0-1 (f).""", [
        Q('"I just closed my eyes and pulled on it,"', "direct", "Nic Gearailt", "Caoimhe Nic Gearailt",
          speaker_at="Nic Gearailt laughed"),
        Q('"To be honest, it\'s all a bit of a blur. We\'ve lost three finals in a row, so this one means everything '
          'to the girls and to the parish."', "direct", "Nic Gearailt", "Caoimhe Nic Gearailt",
          speaker_at="Nic Gearailt laughed"),
        Q("he never doubted his side", "indirect", "Donncha Ó Cinnéide", "Donncha Ó Cinnéide"),
        Q('"I said to them at half-time that we hadn\'t played yet. We were standing off them, giving them too much '
          'respect,"', "direct", "he", "Donncha Ó Cinnéide", speaker_at='he said. "The second'),
        Q('"The second half was the Causeway we know."', "direct", "he", "Donncha Ó Cinnéide",
          speaker_at='he said. "The second'),
        Q('"won every ball that came near her"', "partial", "he", "Donncha Ó Cinnéide", speaker_at="who he said"),
        Q("his players were heartbroken", "indirect", "Pádraig Horgan", "Pádraig Horgan"),
        Q('"There\'s no shame in it. They gave everything, and a few inches here or there and we\'re the ones '
          'celebrating,"', "direct", "Horgan", "Pádraig Horgan", speaker_at="Horgan told"),
        Q('"But they\'ll be hurting tonight, and they\'re entitled to be."', "direct", "Horgan", "Pádraig Horgan",
          speaker_at="Horgan told"),
        Q('"a massive boost"', "partial", "Noreen Daly-Moriarty", "Noreen Daly-Moriarty"),
    ], source="blind"),
    Case("blind52-hail", """Golf ball-sized hail smashes cars and roofs across Toowoomba

Hail the size of golf balls has shattered windscreens, stripped crops and torn through roofs across Toowoomba and the Lockyer Valley after a severe storm swept over the Darling Downs on Tuesday afternoon.

The Bureau of Meteorology recorded hailstones of up to 5cm at Highfields and Meringandan just after 3pm, with a wind gust of 96km/h measured at Toowoomba Airport.

BoM meteorologist Dr Anjali Venkataraman-Hughes said the storm had developed rapidly along a trough line west of the range.

“These were supercell thunderstorms, which are the most dangerous kind we see in southeast Queensland,” she said. “They produced giant hail, damaging winds and very heavy rainfall in a very short space of time.”

The State Emergency Service had received more than 340 calls for help by 9pm, most of them for damaged roofs and fallen trees, according to a Queensland Fire and Emergency Services spokeswoman.

Toowoomba SES local controller Greg van der Merwe said volunteers would be working through the night and into Wednesday.

“Our crews are doing the best they can, but we are asking people to be patient,” Mr van der Merwe said. “If it’s not an emergency, please don’t ring triple zero.”

At Highfields, resident Kylie Tamihana said the noise was “like being inside a tin drum”.

“The kids were screaming. We just got under the kitchen table and waited for it to stop,” she said. “Every car in our street has lost its back window.”

Lockyer Valley grower Tony Nguyen said he had lost about 60 per cent of his lettuce and broccoli crop, only weeks before harvest.

“It was all looking really good and then in ten minutes it’s gone,” Mr Nguyen said. “You can insure the sheds but you can’t really insure the crop.”

Energex said about 18,000 homes had lost power at the height of the storm, with crews expected to restore most connections by Wednesday afternoon.

Toowoomba Regional Council Mayor Sandra Kerlin said the council would open its green waste facilities free of charge this weekend to help residents clean up.

The bureau has warned that more severe storms are possible on Thursday, particularly for the Southern Downs and the Granite Belt.""", [
        Q("the storm had developed rapidly along a trough line west of the range", "indirect",
          "Anjali Venkataraman-Hughes", "Anjali Venkataraman-Hughes"),
        Q("“These were supercell thunderstorms, which are the most dangerous kind we see in southeast Queensland,”",
          "direct", "she", "Anjali Venkataraman-Hughes", speaker_at="she said. “They"),
        Q("“They produced giant hail, damaging winds and very heavy rainfall in a very short space of time.”",
          "direct", "she", "Anjali Venkataraman-Hughes", speaker_at="she said. “They"),
        Q("The State Emergency Service had received more than 340 calls for help by 9pm, most of them for damaged "
          "roofs and fallen trees", "indirect", "a Queensland Fire and Emergency Services spokeswoman", None),
        Q("volunteers would be working through the night and into Wednesday", "indirect", "Greg van der Merwe",
          "Greg van der Merwe"),
        Q("“Our crews are doing the best they can, but we are asking people to be patient,”", "direct",
          "van der Merwe", "Greg van der Merwe", speaker_at="Mr van der Merwe said"),
        Q("“If it’s not an emergency, please don’t ring triple zero.”", "direct", "van der Merwe",
          "Greg van der Merwe", speaker_at="Mr van der Merwe said"),
        Q("“like being inside a tin drum”", "partial", "Kylie Tamihana", "Kylie Tamihana"),
        Q("“The kids were screaming. We just got under the kitchen table and waited for it to stop,”", "direct",
          "she", "Kylie Tamihana", speaker_at="she said. “Every"),
        Q("“Every car in our street has lost its back window.”", "direct", "she", "Kylie Tamihana",
          speaker_at="she said. “Every"),
        Q("he had lost about 60 per cent of his lettuce and broccoli crop, only weeks before harvest", "indirect",
          "Tony Nguyen", "Tony Nguyen"),
        Q("“It was all looking really good and then in ten minutes it’s gone,”", "direct", "Nguyen", "Tony Nguyen",
          speaker_at="Mr Nguyen said"),
        Q("“You can insure the sheds but you can’t really insure the crop.”", "direct", "Nguyen", "Tony Nguyen",
          speaker_at="Mr Nguyen said"),
        Q("about 18,000 homes had lost power at the height of the storm, with crews expected to restore most "
          "connections by Wednesday afternoon", "indirect", "Energex", "Energex"),
        Q("the council would open its green waste facilities free of charge this weekend to help residents clean up",
          "indirect", "Sandra Kerlin", "Sandra Kerlin"),
        Q("that more severe storms are possible on Thursday, particularly for the Southern Downs and the Granite Belt",
          "indirect", "The bureau", "Bureau of Meteorology"),
    ], source="blind"),
    Case("blind52-council", """Council narrowly approves $75,000 for harbour jazz festival

Charlottetown city council has agreed to put $75,000 toward this summer's Harbour Jazz Festival, but not before a lengthy debate over whether the city can afford it.

The motion passed 6-4 at Monday night's regular meeting, with Mayor Julie-Anne MacIsaac casting her vote in favour.

Coun. Terrence Doucette, who chairs the city's finance committee, said the grant would more than pay for itself.

"Every dollar we put into this festival comes back to us several times over in hotel rooms, restaurants and shops on Queen Street," Doucette said. "This isn't charity. It's an investment."

A 2023 study commissioned by Tourism PEI estimated that the four-day festival brought about $1.9 million in spending to the capital region.

But Coun. Kelly Arsenault-Gallant said she had heard from many residents who were struggling with rising property taxes and water rates.

"I love jazz as much as anybody around this table," she said. "But when people are calling me about potholes on their street, it's very hard to tell them we're writing a cheque for a concert."

Coun. Rev. Norman Peters, who also voted against the grant, said the festival should be asking the province for more money rather than turning to the city. He called the request "a bit late in the day," noting that it had arrived only two weeks before the budget was finalized.

The festival's artistic director, Amaka Obi-Daniels, told The Guardian after the vote that organizers were "relieved and grateful."

"We've had some tough years since the pandemic, and this support means we can keep ticket prices down and keep the free stage on the waterfront," she said.

She said this year's lineup, which will be announced in April, includes performers from Halifax, Montreal and New Orleans, as well as several Island musicians.

Obi-Daniels also said the festival would return to Confederation Landing after two years at Victoria Park, a move she described as "coming home."

In other business, council voted unanimously to proceed with a study on extending the Sherwood bike lane, and deferred a decision on new short-term rental rules until March.

MacIsaac said after the meeting that the rental bylaw needed "a bit more work" before it came back to council.""", [
        Q("the grant would more than pay for itself", "indirect", "Terrence Doucette", "Terrence Doucette"),
        Q('"Every dollar we put into this festival comes back to us several times over in hotel rooms, restaurants '
          'and shops on Queen Street,"', "direct", "Doucette", "Terrence Doucette", speaker_at="Doucette said"),
        Q('"This isn\'t charity. It\'s an investment."', "direct", "Doucette", "Terrence Doucette",
          speaker_at="Doucette said"),
        Q("that the four-day festival brought about $1.9 million in spending to the capital region", "indirect",
          "A 2023 study commissioned by Tourism PEI", None),
        Q("she had heard from many residents who were struggling with rising property taxes and water rates",
          "indirect", "Kelly Arsenault-Gallant", "Kelly Arsenault-Gallant"),
        Q('"I love jazz as much as anybody around this table,"', "direct", "she", "Kelly Arsenault-Gallant",
          speaker_at='she said. "But when'),
        Q('"But when people are calling me about potholes on their street, it\'s very hard to tell them we\'re '
          'writing a cheque for a concert."', "direct", "she", "Kelly Arsenault-Gallant",
          speaker_at='she said. "But when'),
        Q("the festival should be asking the province for more money rather than turning to the city", "indirect",
          "Norman Peters", "Norman Peters"),
        Q('"a bit late in the day,"', "partial", "He", "Norman Peters", speaker_at="He called"),
        Q("that it had arrived only two weeks before the budget was finalized", "indirect", "He", "Norman Peters",
          speaker_at="He called"),
        Q('"relieved and grateful."', "partial", "Amaka Obi-Daniels", "Amaka Obi-Daniels"),
        Q('"We\'ve had some tough years since the pandemic, and this support means we can keep ticket prices down '
          'and keep the free stage on the waterfront,"', "direct", "she", "Amaka Obi-Daniels",
          speaker_at='waterfront," she said'),
        Q("this year's lineup, which will be announced in April, includes performers from Halifax, Montreal and New "
          "Orleans, as well as several Island musicians", "indirect", "She", "Amaka Obi-Daniels",
          speaker_at="She said this"),
        Q("the festival would return to Confederation Landing after two years at Victoria Park", "indirect",
          "Obi-Daniels", "Amaka Obi-Daniels", speaker_at="Obi-Daniels also said"),
        Q('"coming home."', "partial", "she", "Amaka Obi-Daniels", speaker_at="she described"),
        Q('"a bit more work"', "partial", "MacIsaac", "Julie-Anne MacIsaac", speaker_at="MacIsaac said"),
    ], source="blind"),
    Case("blind52-ivory", """Two jailed for 20 years over Sh12 million ivory haul

Two men who were arrested with 14 elephant tusks at a roadblock near Maungu have each been jailed for 20 years by a Voi court.

Chief Magistrate Esther Wanjiru Kimani-Otieno found Hamisi Mwakio Chigiri, 41, and Joseph Lekishon ole Sankale, 36, guilty of dealing in wildlife trophies without a permit, contrary to the Wildlife Conservation and Management Act.

The court heard that the pair were stopped by Kenya Wildlife Service rangers and police officers on the Nairobi-Mombasa highway in March last year. The tusks, weighing 98 kilogrammes, had been hidden in sacks of charcoal in the back of a pick-up truck.

In her judgment yesterday, the magistrate said the prosecution had proved its case beyond reasonable doubt.

“The accused persons were found in physical possession of the trophies. Their explanation that they had been hired merely to transport charcoal is an afterthought and is not believable,” Kimani-Otieno ruled.

She said the court had considered that both men were first offenders, but noted that elephant poaching had “devastating consequences” for the country’s heritage and its tourism industry.

“This court must send a clear message that those who traffic in our wildlife will face the full force of the law,” she said.

Prosecution counsel Brian Kiprono Langat had asked for a deterrent sentence, telling the court that the tusks came from at least seven elephants killed inside Tsavo East National Park.

Defence lawyer Omar Said Abdalla said his clients would appeal. “We respect the court, but we believe the evidence on the chain of custody was weak. We shall be moving to the High Court,” Abdalla told The Standard outside the courtroom.

KWS senior warden for the Tsavo Conservation Area Mercy Chepkoech welcomed the sentence, saying it would act as a warning to poaching syndicates operating along the park’s boundaries.

According to KWS, the number of elephants killed by poachers in Tsavo fell from 66 in 2014 to 11 last year, largely because of increased patrols and intelligence-led operations.

“We are not yet where we want to be, but the trend is encouraging,” Chepkoech said. “Communities are now giving us information because they see the benefits of conservation.”

Relatives of the two convicts, who had packed the courtroom, broke down as the sentence was read.

A third suspect, who was charged alongside the two, died in remand in November.""", [
        Q("that the pair were stopped by Kenya Wildlife Service rangers and police officers on the Nairobi-Mombasa "
          "highway in March last year", "indirect", None, None),
        Q("the prosecution had proved its case beyond reasonable doubt", "indirect", "the magistrate",
          "Esther Wanjiru Kimani-Otieno"),
        Q("“The accused persons were found in physical possession of the trophies. Their explanation that they had "
          "been hired merely to transport charcoal is an afterthought and is not believable,”", "direct",
          "Kimani-Otieno", "Esther Wanjiru Kimani-Otieno", speaker_at="Kimani-Otieno ruled"),
        Q("the court had considered that both men were first offenders", "indirect", "She",
          "Esther Wanjiru Kimani-Otieno", speaker_at="She said the court"),
        Q("“devastating consequences”", "partial", "She", "Esther Wanjiru Kimani-Otieno",
          speaker_at="She said the court"),
        Q("“This court must send a clear message that those who traffic in our wildlife will face the full force of "
          "the law,”", "direct", "she", "Esther Wanjiru Kimani-Otieno", speaker_at="law,” she said"),
        Q("that the tusks came from at least seven elephants killed inside Tsavo East National Park", "indirect",
          "Brian Kiprono Langat", "Brian Kiprono Langat"),
        Q("his clients would appeal", "indirect", "Omar Said Abdalla", "Omar Said Abdalla"),
        Q("“We respect the court, but we believe the evidence on the chain of custody was weak. We shall be moving "
          "to the High Court,”", "direct", "Abdalla", "Omar Said Abdalla", speaker_at="Abdalla told"),
        Q("it would act as a warning to poaching syndicates operating along the park’s boundaries", "indirect",
          "Mercy Chepkoech", "Mercy Chepkoech"),
        Q("the number of elephants killed by poachers in Tsavo fell from 66 in 2014 to 11 last year, largely because "
          "of increased patrols and intelligence-led operations", "indirect", "KWS", "Kenya Wildlife Service",
          speaker_at="According to KWS"),
        Q("“We are not yet where we want to be, but the trend is encouraging,”", "direct", "Chepkoech",
          "Mercy Chepkoech", speaker_at="Chepkoech said"),
        Q("“Communities are now giving us information because they see the benefits of conservation.”", "direct",
          "Chepkoech", "Mercy Chepkoech", speaker_at="Chepkoech said"),
    ], source="blind"),
    Case("blind52-asuu", """ASUU Begins Indefinite Strike Over 2009 Agreement

Chiamaka Obi-Nwosu in Abuja

The Academic Staff Union of Universities (ASUU) yesterday began an indefinite strike, shutting down lectures in public universities across the country over what it described as the federal government’s failure to implement agreements it signed with the union.

Announcing the decision at a press conference at the University of Abuja after an emergency meeting of its National Executive Council (NEC), the union’s National President, Prof. Chinedu Okafor-Ibe, said members had exhausted every avenue for dialogue.

“We gave the government a 21-day ultimatum, then we extended it by another two weeks. Nothing happened. Not a single kobo of the outstanding earned academic allowances has been paid,” Okafor-Ibe said.

He said the union’s demands included the renegotiation of the 2009 agreement, payment of salaries withheld during previous strikes, the release of revitalisation funds for public universities and the exemption of lecturers from the Integrated Payroll and Personnel Information System (IPPIS).

According to him, the strike would be “total and comprehensive,” and no branch of the union would be exempted.

But the Minister of Education, Dr. Halima Bukar Ndagi, described the strike as “unnecessary and ill-timed,” insisting that the government had already released N50 billion to settle part of the allowances.

“The door of the ministry remains open. We are appealing to our lecturers to return to the classrooms in the interest of the students,” Ndagi said in a statement signed by her Special Adviser on Media, Mr. Yusuf Garba-Tanko.

The President of the National Association of Nigerian Students (NANS), Comrade Olusegun Adewale-Ojo, said students were tired of being “the grass that suffers when two elephants fight.”

He warned that NANS would mobilise its members to occupy the ministry if both parties failed to resolve the dispute within two weeks.

At the University of Lagos, students expressed frustration at the development. A 300-level Mass Communication student, Blessing Uchechukwu Eze, told THISDAY that she had been in school for six years on a four-year course.

“Every time we are about to write exams, they strike. My parents have spent so much money, and I’m still here,” she lamented.

Meanwhile, the Senior Staff Association of Nigerian Universities (SSANU) said it would meet next week to decide whether to join the industrial action.""", [
        Q("members had exhausted every avenue for dialogue", "indirect", "Chinedu Okafor-Ibe", "Chinedu Okafor-Ibe"),
        Q("“We gave the government a 21-day ultimatum, then we extended it by another two weeks. Nothing happened. "
          "Not a single kobo of the outstanding earned academic allowances has been paid,”", "direct", "Okafor-Ibe",
          "Chinedu Okafor-Ibe", speaker_at="Okafor-Ibe said"),
        Q("the union’s demands included the renegotiation of the 2009 agreement, payment of salaries withheld during "
          "previous strikes, the release of revitalisation funds for public universities and the exemption of "
          "lecturers from the Integrated Payroll and Personnel Information System (IPPIS)", "indirect", "He",
          "Chinedu Okafor-Ibe", speaker_at="He said the union"),
        Q("“total and comprehensive,”", "partial", "him", "Chinedu Okafor-Ibe", speaker_at="According to him"),
        Q("no branch of the union would be exempted", "indirect", "him", "Chinedu Okafor-Ibe",
          speaker_at="According to him"),
        Q("“unnecessary and ill-timed,”", "partial", "Halima Bukar Ndagi", "Halima Bukar Ndagi"),
        Q("that the government had already released N50 billion to settle part of the allowances", "indirect",
          "Halima Bukar Ndagi", "Halima Bukar Ndagi"),
        Q("“The door of the ministry remains open. We are appealing to our lecturers to return to the classrooms in "
          "the interest of the students,”", "direct", "Ndagi", "Halima Bukar Ndagi", speaker_at="Ndagi said"),
        Q("“the grass that suffers when two elephants fight.”", "partial", "Olusegun Adewale-Ojo",
          "Olusegun Adewale-Ojo"),
        Q("that NANS would mobilise its members to occupy the ministry if both parties failed to resolve the dispute "
          "within two weeks", "indirect", "He", "Olusegun Adewale-Ojo", speaker_at="He warned"),
        Q("that she had been in school for six years on a four-year course", "indirect", "Blessing Uchechukwu Eze",
          "Blessing Uchechukwu Eze"),
        Q("“Every time we are about to write exams, they strike. My parents have spent so much money, and I’m still "
          "here,”", "direct", "she", "Blessing Uchechukwu Eze", speaker_at="she lamented"),
        Q("it would meet next week to decide whether to join the industrial action", "indirect",
          "the Senior Staff Association of Nigerian Universities", "Senior Staff Association of Nigerian Universities"),
    ], source="blind"),
    Case("blind52-boxing", """Dlamini-Khumalo stuns Van Wyk to claim SA title

Pietermaritzburg's Nhlanhla Dlamini-Khumalo is the new South African junior welterweight champion after stopping defending champion Ruan van Wyk in the ninth round at the Royal Showgrounds on Saturday night.

The 26-year-old from Edendale was behind on two of the three judges' scorecards when he caught Van Wyk with a short left hook midway through the round, sending the Gqeberha boxer to the canvas for the first time in his professional career.

Van Wyk beat the count, but referee Thabo Mokoena waved the fight off at 1:48 of the ninth after a follow-up flurry left the champion pinned against the ropes.

Dlamini-Khumalo told The Witness in the ring, with his mother and two sisters at his side: "I knew I was behind. My corner told me I had to go and get him, so I went and got him.

"This belt is for Edendale. People say nothing good comes out of the township, but tonight we showed them."

Van Wyk, who was making the second defence of the title he won in 2022, said he had no complaints about the stoppage.

"He caught me clean. I thought I was fine, but the ref has to look after the fighter," Van Wyk said. "I'll go home, have a rest and speak to my team about what's next."

His trainer, Hennie de Klerk, was less gracious, claiming the referee had "jumped in far too early" and that his fighter had been "clear-headed and ready to go".

"Ruan has never been down in his life. You give a champion the chance to fight back," De Klerk said.

Boxing South Africa (BSA) spokesperson Mandla Gumede said the body would review footage of the fight if Van Wyk's camp lodged a formal complaint, but added that the referee's decision was final.

Promoter Ayanda Mthembu-Pillay said a crowd of about 3 000 had packed the venue, which she described as "the biggest crowd for boxing in this city in 15 years".

"Maritzburg has always loved boxing. We just needed to give people a reason to come out," she said, adding that she hoped to stage Dlamini-Khumalo's first defence in the city before the end of the year.

On the undercard, local heavyweight Sbu Ngcobo remained unbeaten with a unanimous points decision over Zimbabwe's Tinashe Moyo.""", [
        Q('"I knew I was behind. My corner told me I had to go and get him, so I went and got him.', "direct",
          "Dlamini-Khumalo", "Nhlanhla Dlamini-Khumalo", speaker_at="Dlamini-Khumalo told"),
        Q('"This belt is for Edendale. People say nothing good comes out of the township, but tonight we showed '
          'them."', "direct", "Dlamini-Khumalo", "Nhlanhla Dlamini-Khumalo", speaker_at="Dlamini-Khumalo told"),
        Q("he had no complaints about the stoppage", "indirect", "Van Wyk", "Ruan van Wyk",
          speaker_at="Van Wyk, who was making"),
        Q('"He caught me clean. I thought I was fine, but the ref has to look after the fighter,"', "direct",
          "Van Wyk", "Ruan van Wyk", speaker_at="Van Wyk said"),
        Q('"I\'ll go home, have a rest and speak to my team about what\'s next."', "direct", "Van Wyk",
          "Ruan van Wyk", speaker_at="Van Wyk said"),
        Q('"jumped in far too early"', "partial", "Hennie de Klerk", "Hennie de Klerk"),
        Q('"clear-headed and ready to go"', "partial", "Hennie de Klerk", "Hennie de Klerk"),
        Q('"Ruan has never been down in his life. You give a champion the chance to fight back,"', "direct",
          "De Klerk", "Hennie de Klerk", speaker_at="De Klerk said"),
        Q("the body would review footage of the fight if Van Wyk's camp lodged a formal complaint", "indirect",
          "Mandla Gumede", "Mandla Gumede"),
        Q("that the referee's decision was final", "indirect", "Mandla Gumede", "Mandla Gumede"),
        Q("a crowd of about 3 000 had packed the venue", "indirect", "Ayanda Mthembu-Pillay", "Ayanda Mthembu-Pillay"),
        Q('"the biggest crowd for boxing in this city in 15 years"', "partial", "she", "Ayanda Mthembu-Pillay",
          speaker_at="she described"),
        Q('"Maritzburg has always loved boxing. We just needed to give people a reason to come out,"', "direct",
          "she", "Ayanda Mthembu-Pillay", speaker_at="she said, adding"),
        Q("that she hoped to stage Dlamini-Khumalo's first defence in the city before the end of the year",
          "indirect", "she", "Ayanda Mthembu-Pillay", speaker_at="she said, adding"),
    ], source="blind"),
    Case("blind52-anthrax", """Don't eat meat from dead animals, Sesheke residents warned

HEALTH authorities in Sesheke have warned residents against eating meat from animals that die of unknown causes after 23 people were treated for suspected anthrax in the past two weeks.

Zambia National Public Health Institute (ZNPHI) director-general Dr Mwila Chanda-Phiri said yesterday that all the patients had handled or eaten meat from cattle and a hippopotamus found dead along the Zambezi River.

"We have not recorded any deaths so far, and all the patients are responding well to treatment. But we are very concerned, because some people are still selling this meat in the markets," Dr Chanda-Phiri said.

She said samples had been sent to the University Teaching Hospital in Lusaka for confirmation and that surveillance teams had been deployed to trace people who might have bought the meat.

The Ministry of Fisheries and Livestock has since banned the movement of cattle in and out of the district.

Chief veterinary officer Dr Kaunda Sakala said 41 cattle had died in four villages since the beginning of the month.

"Anthrax spores can survive in the soil for many years, especially in areas that flood and then dry out. That is why we see these outbreaks at this time of the year," Dr Sakala explained.

He urged farmers to report sudden deaths of animals to the nearest veterinary camp and not to open the carcasses.

The ministry said it would begin a free vaccination campaign on Monday, targeting more than 15,000 cattle in Sesheke and neighbouring Mwandi districts.

Chief Chinyanta Munalula, whose chiefdom has been the hardest hit, appealed to his subjects to heed the warnings.

"Some of our people say they cannot throw away meat when they are hungry. I understand that, but this meat can kill you," the traditional leader said when he addressed his subjects at the palace.

A resident of Kalobolelwa village, who asked not to be named, told the Zambia Daily Mail that many families in the area depended on cattle for food and school fees.

"If they stop us from selling cattle, how will we pay for our children to go to school?" she asked.

But Dr Chanda-Phiri said the ban was temporary and would be lifted once the outbreak was contained.

Officers from the Department of National Parks and Wildlife (DNPW) said they were monitoring hippo populations along the river after three carcasses were found near the Katima Mulilo border post.""", [
        Q("that all the patients had handled or eaten meat from cattle and a hippopotamus found dead along the "
          "Zambezi River", "indirect", "Mwila Chanda-Phiri", "Mwila Chanda-Phiri"),
        Q('"We have not recorded any deaths so far, and all the patients are responding well to treatment. But we '
          'are very concerned, because some people are still selling this meat in the markets,"', "direct",
          "Chanda-Phiri", "Mwila Chanda-Phiri", speaker_at='markets," Dr Chanda-Phiri said'),
        Q("samples had been sent to the University Teaching Hospital in Lusaka for confirmation and that surveillance "
          "teams had been deployed to trace people who might have bought the meat", "indirect", "She",
          "Mwila Chanda-Phiri", speaker_at="She said samples"),
        Q("41 cattle had died in four villages since the beginning of the month", "indirect", "Kaunda Sakala",
          "Kaunda Sakala"),
        Q('"Anthrax spores can survive in the soil for many years, especially in areas that flood and then dry out. '
          'That is why we see these outbreaks at this time of the year,"', "direct", "Sakala", "Kaunda Sakala",
          speaker_at="Dr Sakala explained"),
        Q("it would begin a free vaccination campaign on Monday, targeting more than 15,000 cattle in Sesheke and "
          "neighbouring Mwandi districts", "indirect", "The ministry", "Ministry of Fisheries and Livestock",
          speaker_at="The ministry said"),
        Q('"Some of our people say they cannot throw away meat when they are hungry. I understand that, but this '
          'meat can kill you,"', "direct", "the traditional leader", "Chinyanta Munalula"),
        Q("that many families in the area depended on cattle for food and school fees", "indirect",
          "A resident of Kalobolelwa village", None),
        Q('"If they stop us from selling cattle, how will we pay for our children to go to school?"', "direct",
          "she", None, speaker_at="she asked"),
        Q("the ban was temporary and would be lifted once the outbreak was contained", "indirect", "Chanda-Phiri",
          "Mwila Chanda-Phiri", speaker_at="But Dr Chanda-Phiri said"),
        Q("they were monitoring hippo populations along the river after three carcasses were found near the Katima "
          "Mulilo border post", "indirect", "Officers from the Department of National Parks and Wildlife (DNPW)",
          None),
    ], source="blind"),
    Case("blind52-squash", """El-Sayed fights back from two games down to win Riyadh Squash Open

RIYADH: Egypt’s Youssef El-Sayed came from two games down to beat compatriot Omar Ashour-Fahmy 8-11, 9-11, 11-7, 11-6, 11-9 in the final of the Riyadh Squash Open on Friday night, claiming the biggest title of his career.

The 23-year-old world No. 14 saved a match ball at 9-10 in the fourth game before dominating the decider in front of a near-capacity crowd at the all-glass court set up in Boulevard City.

“Honestly, at two-love down I was already thinking about my flight home,” El-Sayed said in his on-court interview. “But the crowd got behind me and I told myself, one point at a time, one point at a time.”

Ashour-Fahmy, who beat the top seed in Thursday’s semifinal, said he had simply run out of energy in the final game.

“My legs were gone. He deserved it — he played the better squash when it mattered,” he told Arab News. “It’s been a great week, though, and I’ll take a lot from it.”

In the women’s final, Malaysia’s Nur Aisyah binti Rosli beat Egypt’s Salma Abdel Ghaffar 11-5, 11-8, 11-13, 11-6 to win her first title on Saudi soil.

Nur Aisyah, 27, dedicated the victory to her former coach, who died in March. “He always told me I could win big tournaments. I wish he was here to see this,” she said, fighting back tears.

Sheikh Faisal bin Saad Al-Dosari, chairman of the Saudi Squash Federation, said the tournament had shown that the Kingdom could host “world-class events in every sport, not just football.”

He said the federation’s “Squash for Every School” program had introduced the sport to more than 40,000 students since 2022, and that the number of registered players in the Kingdom had tripled.

The Professional Squash Association announced on Friday that the event would be upgraded to Platinum status from next season, putting it alongside the sport’s most prestigious tournaments.

Saudi wildcard Abdulaziz Al-Harbi, 17, who reached the second round before losing to the eventual champion, was named the tournament’s most promising young player.

“It is a dream to play in front of my family and my friends in Riyadh,” Al-Harbi said. “Now I want to work harder and one day play in the final.”""", [
        Q("“Honestly, at two-love down I was already thinking about my flight home,”", "direct", "El-Sayed",
          "Youssef El-Sayed", speaker_at="El-Sayed said"),
        Q("“But the crowd got behind me and I told myself, one point at a time, one point at a time.”", "direct",
          "El-Sayed", "Youssef El-Sayed", speaker_at="El-Sayed said"),
        Q("he had simply run out of energy in the final game", "indirect", "Ashour-Fahmy", "Omar Ashour-Fahmy",
          speaker_at="Ashour-Fahmy, who beat"),
        Q("“My legs were gone. He deserved it — he played the better squash when it mattered,”", "direct", "he",
          "Omar Ashour-Fahmy", speaker_at="he told Arab News"),
        Q("“It’s been a great week, though, and I’ll take a lot from it.”", "direct", "he", "Omar Ashour-Fahmy",
          speaker_at="he told Arab News"),
        Q("“He always told me I could win big tournaments. I wish he was here to see this,”", "direct", "she",
          "Nur Aisyah binti Rosli", speaker_at="she said, fighting"),
        Q("“world-class events in every sport, not just football.”", "partial", "Faisal bin Saad Al-Dosari",
          "Faisal bin Saad Al-Dosari"),
        Q("the federation’s “Squash for Every School” program had introduced the sport to more than 40,000 students "
          "since 2022, and that the number of registered players in the Kingdom had tripled", "indirect", "He",
          "Faisal bin Saad Al-Dosari", speaker_at="He said the federation"),
        Q("that the event would be upgraded to Platinum status from next season, putting it alongside the sport’s "
          "most prestigious tournaments", "indirect", "The Professional Squash Association",
          "Professional Squash Association"),
        Q("“It is a dream to play in front of my family and my friends in Riyadh,”", "direct", "Al-Harbi",
          "Abdulaziz Al-Harbi", speaker_at="Al-Harbi said"),
        Q("“Now I want to work harder and one day play in the final.”", "direct", "Al-Harbi", "Abdulaziz Al-Harbi",
          speaker_at="Al-Harbi said"),
    ], source="blind"),
    Case("blind52-toll", """Residents fume over proposed 40% toll hike on LLT

PETALING JAYA: Residents and consumer groups have slammed a proposal to raise toll rates on the Lebuhraya Lembah Timur (LLT) by almost 40%, saying it would burden commuters already struggling with the rising cost of living.

Under the proposal, the toll for cars at the Bukit Teratai plaza would go up from RM2.10 to RM2.90 from Jan 1.

Taman Sri Mewah Residents’ Association chairman Mohd Azlan Idris said many residents in the area had no choice but to use the expressway to get to work in Kuala Lumpur.

"There is no public transport here. The bus comes once an hour if you are lucky. So, for us, the toll is not a choice, it is a tax," he told FMT.

Azlan said the association would hand a memorandum signed by more than 3,000 residents to the works ministry next week.

The concessionaire, Lembah Timur Expressway Bhd (LTEB), said in a statement that the increase was provided for under the concession agreement signed with the government in 2006, and had already been deferred three times.

"The company has absorbed the cost of the deferments for almost seven years. The revised rate is necessary to ensure the sustainability of maintenance and safety works," it said.

Selangor Consumers Council (SCC) president Dr Jeyaraj Muniandy said the government should instead consider buying back the concession, as it had done with several other highways.

"Every year we hear the same story. The concessionaires make healthy profits, but it is the rakyat who are asked to pay more," he said.

Deputy works minister Datuk Lim Kok Seng said no final decision had been made, and that the ministry was negotiating with the concessionaire to reduce the size of the increase.

"We are aware of the public's concerns. The government will not simply rubber-stamp any proposal," Lim told reporters after an event in Putrajaya.

He said the government's options included compensating the concessionaire or extending the concession period.

Kajang assemblyman Chong Wei Han, however, described extending the concession as "kicking the can down the road".

"An extension just means our children will be paying tolls on this road in 2050," he said.

According to the Malaysian Highway Authority, the expressway carries about 180,000 vehicles a day.""", [
        Q("it would burden commuters already struggling with the rising cost of living", "indirect",
          "Residents and consumer groups", None),
        Q("many residents in the area had no choice but to use the expressway to get to work in Kuala Lumpur",
          "indirect", "Mohd Azlan Idris", "Mohd Azlan Idris"),
        Q('"There is no public transport here. The bus comes once an hour if you are lucky. So, for us, the toll is '
          'not a choice, it is a tax,"', "direct", "he", "Mohd Azlan Idris", speaker_at="he told FMT"),
        Q("the association would hand a memorandum signed by more than 3,000 residents to the works ministry next "
          "week", "indirect", "Azlan", "Mohd Azlan Idris", speaker_at="Azlan said the association"),
        Q("that the increase was provided for under the concession agreement signed with the government in 2006, and "
          "had already been deferred three times", "indirect", "Lembah Timur Expressway Bhd",
          "Lembah Timur Expressway Bhd"),
        Q('"The company has absorbed the cost of the deferments for almost seven years. The revised rate is '
          'necessary to ensure the sustainability of maintenance and safety works,"', "direct", "it",
          "Lembah Timur Expressway Bhd", speaker_at='works," it said'),
        Q("the government should instead consider buying back the concession, as it had done with several other "
          "highways", "indirect", "Jeyaraj Muniandy", "Jeyaraj Muniandy"),
        Q('"Every year we hear the same story. The concessionaires make healthy profits, but it is the rakyat who '
          'are asked to pay more,"', "direct", "he", "Jeyaraj Muniandy", speaker_at='more," he said'),
        Q("no final decision had been made, and that the ministry was negotiating with the concessionaire to reduce "
          "the size of the increase", "indirect", "Lim Kok Seng", "Lim Kok Seng"),
        Q('"We are aware of the public\'s concerns. The government will not simply rubber-stamp any proposal,"',
          "direct", "Lim", "Lim Kok Seng", speaker_at="Lim told"),
        Q("the government's options included compensating the concessionaire or extending the concession period",
          "indirect", "He", "Lim Kok Seng", speaker_at="He said the government"),
        Q('"kicking the can down the road"', "partial", "Chong Wei Han", "Chong Wei Han"),
        Q('"An extension just means our children will be paying tolls on this road in 2050,"', "direct", "he",
          "Chong Wei Han", speaker_at='2050," he said'),
        Q("the expressway carries about 180,000 vehicles a day", "indirect", "the Malaysian Highway Authority",
          "Malaysian Highway Authority"),
    ], source="blind"),
    Case("blind52-typhoon", """4,200 stranded as sea trips halted ahead of Typhoon Tonyo

MORE than 4,200 passengers were stranded in ports across Cebu on Tuesday, Oct. 22, after the Coast Guard District Central Visayas (CGDCV) suspended all sea trips as Typhoon Tonyo moved closer to the Visayas.

Pagasa-Mactan chief Engr. Rosalinda Tabañag-Uy said Tonyo was packing maximum sustained winds of 130 kilometers per hour near the center and gusts of up to 160 kph as of 11 a.m.

Tonyo is expected to make landfall over northern Samar late Tuesday evening or early Wednesday morning before crossing the Visayan Sea, she said.

“Even if the eye does not pass directly over Cebu, we expect strong winds and heavy rains, especially in the northern towns and the Camotes Islands,” Tabañag-Uy said in a press briefing.

Tropical Cyclone Wind Signal No. 3 was raised over northern Cebu, including Bantayan Island, while Signal No. 2 was hoisted over Metro Cebu. The Provincial Government activated its “Oplan Bagyo” contingency plan on Monday night.

In an executive order, Cebu City Mayor Emmanuel Navarro suspended classes at all levels and work in government offices on Wednesday.

Office of Civil Defense (OCD) 7 spokesperson Joy Espinosa-Lim said more than 12,000 families in coastal and landslide-prone barangays had been pre-emptively evacuated as of noon.

“We are not taking any chances. We learned our lesson from Odette,” she said, referring to the super typhoon that left more than 400 people dead in December 2021.

At the Pier 3 passenger terminal, Junrey Ompad, 34, said he had been waiting since 4 a.m. for a trip to Tagbilaran.

“My father is sick in Bohol, that’s why I really need to go home. But what can we do? Safety first,” he said in Cebuano.

CGDCV spokesperson Ensign Ramil Cabahug said trips would resume only once the storm signal over the area had been lifted.

Fishermen in Barangay Pasil spent Tuesday afternoon hauling their boats ashore and tying them to coconut trees.

“If the wind is really strong, there’s nothing else we can do. We just pray the boats are still there in the morning,” said a fisherman who gave his name only as Dodong.

The Department of Social Welfare and Development (DSWD) 7 said it had prepositioned 35,000 family food packs in warehouses across Central Visayas.""", [
        Q("Tonyo was packing maximum sustained winds of 130 kilometers per hour near the center and gusts of up to "
          "160 kph as of 11 a.m.", "indirect", "Rosalinda Tabañag-Uy", "Rosalinda Tabañag-Uy"),
        Q("Tonyo is expected to make landfall over northern Samar late Tuesday evening or early Wednesday morning "
          "before crossing the Visayan Sea", "indirect", "she", "Rosalinda Tabañag-Uy", speaker_at="Sea, she said"),
        Q("“Even if the eye does not pass directly over Cebu, we expect strong winds and heavy rains, especially in "
          "the northern towns and the Camotes Islands,”", "direct", "Tabañag-Uy", "Rosalinda Tabañag-Uy",
          speaker_at="Tabañag-Uy said in a press"),
        Q("more than 12,000 families in coastal and landslide-prone barangays had been pre-emptively evacuated as of "
          "noon", "indirect", "Joy Espinosa-Lim", "Joy Espinosa-Lim"),
        Q("“We are not taking any chances. We learned our lesson from Odette,”", "direct", "she", "Joy Espinosa-Lim",
          speaker_at="she said, referring"),
        Q("he had been waiting since 4 a.m. for a trip to Tagbilaran", "indirect", "Junrey Ompad", "Junrey Ompad"),
        Q("“My father is sick in Bohol, that’s why I really need to go home. But what can we do? Safety first,”",
          "direct", "he", "Junrey Ompad", speaker_at="he said in Cebuano"),
        Q("trips would resume only once the storm signal over the area had been lifted", "indirect", "Ramil Cabahug",
          "Ramil Cabahug"),
        Q("“If the wind is really strong, there’s nothing else we can do. We just pray the boats are still there in "
          "the morning,”", "direct", "a fisherman who gave his name only as Dodong", "Dodong"),
        Q("it had prepositioned 35,000 family food packs in warehouses across Central Visayas", "indirect",
          "The Department of Social Welfare and Development (DSWD) 7", "Department of Social Welfare and Development"),
    ], source="blind"),
    Case("blind52-cement", """IVCL nine-month profit up 31pc on lower fuel costs

KARACHI: Indus Valley Cement Limited (IVCL) posted a profit after tax of Rs 4.21 billion for the nine months ended March 31, 2024, up 31 percent from Rs 3.21 billion in the same period last year, according to the company's financial results sent to the Pakistan Stock Exchange (PSX) on Thursday.

Earnings per share stood at Rs 9.64, compared to Rs 7.35 in the corresponding period last year. The board did not announce any dividend.

Net sales rose 18 percent to Rs 38.7 billion, mainly on the back of higher retention prices, though despatches declined by 6 percent year-on-year, the company said.

In the directors' report, the company said that lower coal prices and the commissioning of a 12-megawatt waste heat recovery plant at its Nizampur site had helped gross margins improve to 29 percent from 24 percent.

"The demand environment remains challenging owing to high interest rates and the slowdown in construction activity, particularly in the public sector," the directors noted. "However, the company is well-positioned to benefit from any recovery in the Public Sector Development Programme (PSDP)."

Chief Executive Officer Tariq Mahmood Chaudhry told analysts at a corporate briefing on Friday that the company would invest Rs 6 billion in a 25MW solar project, to be completed by June 2025.

Syed Ali Raza Bukhari, head of research at Karachi Capital Securities, said the results were above market expectations, largely due to lower finance costs.

"Fuel cost savings have been the real story this year. Afghan coal is now much cheaper than imported South African coal, and the northern players have benefited the most," he told Business Recorder.

Another analyst, Ayesha Siddiqui-Mirza of Pak-Gulf Securities, described the result as "a good quarter in a bad year" and warned that margins could come under pressure if gas tariffs were raised again.

According to the All Pakistan Cement Manufacturers Association (APCMA), local cement despatches fell 8.1 percent to 27.6 million tonnes in July-March, while exports rose 42 percent to 5.3 million tonnes.

A spokesman for the association said the industry was operating at barely 55 percent of its installed capacity, and urged the government to reduce the federal excise duty on cement in the upcoming budget.

The IVCL scrip closed at Rs 112.45 on Friday, up Rs 4.10 or 3.78 percent, with over 2.1 million shares changing hands.""", [
        Q("Indus Valley Cement Limited (IVCL) posted a profit after tax of Rs 4.21 billion for the nine months ended "
          "March 31, 2024, up 31 percent from Rs 3.21 billion in the same period last year", "indirect",
          "the company's financial results", "Indus Valley Cement Limited"),
        Q("Net sales rose 18 percent to Rs 38.7 billion, mainly on the back of higher retention prices, though "
          "despatches declined by 6 percent year-on-year", "indirect", "the company", "Indus Valley Cement Limited",
          speaker_at="year-on-year, the company said"),
        Q("that lower coal prices and the commissioning of a 12-megawatt waste heat recovery plant at its Nizampur "
          "site had helped gross margins improve to 29 percent from 24 percent", "indirect", "the company",
          "Indus Valley Cement Limited", speaker_at="the company said that"),
        Q('"The demand environment remains challenging owing to high interest rates and the slowdown in construction '
          'activity, particularly in the public sector,"', "direct", "the directors", None,
          speaker_at="the directors noted"),
        Q('"However, the company is well-positioned to benefit from any recovery in the Public Sector Development '
          'Programme (PSDP)."', "direct", "the directors", None,
          speaker_at="the directors noted"),
        Q("that the company would invest Rs 6 billion in a 25MW solar project, to be completed by June 2025",
          "indirect", "Tariq Mahmood Chaudhry", "Tariq Mahmood Chaudhry"),
        Q("the results were above market expectations, largely due to lower finance costs", "indirect",
          "Syed Ali Raza Bukhari", "Syed Ali Raza Bukhari"),
        Q('"Fuel cost savings have been the real story this year. Afghan coal is now much cheaper than imported '
          'South African coal, and the northern players have benefited the most,"', "direct", "he",
          "Syed Ali Raza Bukhari", speaker_at="he told Business Recorder"),
        Q('"a good quarter in a bad year"', "partial", "Ayesha Siddiqui-Mirza", "Ayesha Siddiqui-Mirza"),
        Q("that margins could come under pressure if gas tariffs were raised again", "indirect",
          "Ayesha Siddiqui-Mirza", "Ayesha Siddiqui-Mirza"),
        Q("local cement despatches fell 8.1 percent to 27.6 million tonnes in July-March, while exports rose 42 "
          "percent to 5.3 million tonnes", "indirect", "the All Pakistan Cement Manufacturers Association",
          "All Pakistan Cement Manufacturers Association"),
        Q("the industry was operating at barely 55 percent of its installed capacity", "indirect",
          "A spokesman for the association", None),
    ], source="blind"),
    Case("blind52-weaver", """Phulia's master weaver Gourango Pramanik dies at 84

Our Correspondent

Calcutta: Gourango Pramanik, the Phulia weaver whose jamdani saris travelled to museums in Delhi and London while he himself seldom left the loom-shed behind his house, died at his home in Nadia's Santipur block on Tuesday. He was 84.

He had been suffering from kidney ailments for over a year, his family said.

'Baba never wanted to be called an artist. He would say, "I am a tanti, a weaver, that is enough,"' said his son Subhankar Pramanik, who runs the family's weavers' cooperative.

'He was at the loom till March. Even last week he was correcting the motifs his grandson was drawing,' Subhankar said.

Born in 1940 in Tangail, in what was then East Bengal, Pramanik came to Phulia as a child with his parents after Partition, part of the community of Tangail weavers who resettled in Nadia. He learnt the craft from his father and an uncle, and by his twenties had become known for reviving motifs from old Dhakai jamdanis, which he copied from fragments kept by collectors in Calcutta.

His saris, sold in the city's shops as 'Tangail' for decades, won him the national award for master craftspersons in 1998.

Designer Anjali Sen-Chowdhury, who worked with him for two decades, described him as 'a scholar who happened to work with his hands'.

'He could look at a piece of cloth that was 150 years old and tell you how many threads went into every inch of it. There is nobody left who can do that,' she told The Telegraph.

Prof. Indrajit Dasgupta, who teaches design history at Jadavpur University, said Pramanik had trained more than 200 weavers, many of them women, at a time when young people were leaving the trade for work in Calcutta and Bangalore.

'He understood before anyone else that the loom would survive only if the weaver could earn a decent living from it,' Dasgupta said.

His friend and fellow weaver Abdul Karim Mondal, 79, recalled travelling with Pramanik to an exhibition in Delhi in 1982.

'We took the train with the saris wrapped in newspaper. At the exhibition a minister asked him the price, and he said, "It is not for sale, it is for looking,"' Mondal said, laughing.

A spokesperson for the state textiles department said a memorial exhibition of his work would be held in Calcutta this winter.

Pramanik is survived by his wife Lakshmi, son Subhankar, two daughters and five grandchildren. His last rites were performed in Phulia on Wednesday.""", [
        Q("He had been suffering from kidney ailments for over a year", "indirect", "his family", None),
        Q("'Baba never wanted to be called an artist. He would say, \"I am a tanti, a weaver, that is enough,\"'",
          "direct", "Subhankar Pramanik", "Subhankar Pramanik"),
        Q("'He was at the loom till March. Even last week he was correcting the motifs his grandson was drawing,'",
          "direct", "Subhankar", "Subhankar Pramanik", speaker_at="Subhankar said"),
        Q("'a scholar who happened to work with his hands'", "partial", "Anjali Sen-Chowdhury",
          "Anjali Sen-Chowdhury"),
        Q("'He could look at a piece of cloth that was 150 years old and tell you how many threads went into every "
          "inch of it. There is nobody left who can do that,'", "direct", "she", "Anjali Sen-Chowdhury",
          speaker_at="she told The Telegraph"),
        Q("Pramanik had trained more than 200 weavers, many of them women, at a time when young people were leaving "
          "the trade for work in Calcutta and Bangalore", "indirect", "Indrajit Dasgupta", "Indrajit Dasgupta"),
        Q("'He understood before anyone else that the loom would survive only if the weaver could earn a decent "
          "living from it,'", "direct", "Dasgupta", "Indrajit Dasgupta", speaker_at="Dasgupta said"),
        Q("'We took the train with the saris wrapped in newspaper. At the exhibition a minister asked him the price, "
          "and he said, \"It is not for sale, it is for looking,\"'", "direct", "Mondal", "Abdul Karim Mondal",
          speaker_at="Mondal said"),
        Q("a memorial exhibition of his work would be held in Calcutta this winter", "indirect",
          "A spokesperson for the state textiles department", None),
    ], source="blind"),
    Case("blind52-primary", """McAllister-Grant wins GOP nod in 3rd District

GRAND JUNCTION — State Sen. Laurel McAllister-Grant won the Republican primary for Colorado's 3rd Congressional District on Tuesday, defeating Cortez rancher Tom Begay and former Mesa County commissioner Dale Van Horn in a race that turned largely on water and public lands.

With about 84% of the expected vote counted, McAllister-Grant had 46% to Begay's 33% and Van Horn's 21%, according to unofficial results from the Colorado Secretary of State's Office. The Associated Press called the race at 8:41 p.m.

"Tonight the people of the Western Slope said they want someone who will fight for their water, their ranches and their way of life," McAllister-Grant told about 200 supporters in a downtown hotel ballroom. "That fight starts tomorrow morning."

She will face Democrat Rosa María Espinoza-Trujillo, a former Pueblo city councilwoman who ran unopposed, in November.

Begay, a member of the Navajo Nation who would have been the first Native American to represent the district, conceded shortly after 9 p.m.

"I called Laurel and congratulated her. We ran a clean race, and I'm proud of that," Begay said in a phone interview. He said he had not yet decided whether to endorse her.

Van Horn blamed low turnout and what he called "dark money" from outside groups that poured into the race in its final weeks.

"We were outspent five to one. You can't compete with that in a district this size," he said.

Mesa County Clerk and Recorder Janine Ruiz-O'Connell said turnout in the county was about 38%, lower than in the 2022 primary, and that no problems had been reported at voting centers.

In a statement, Espinoza-Trujillo said voters would have "a clear choice" in the fall.

"My opponent has spent six years in the state Senate voting against rural hospitals," she said. "I'm going to make sure every voter on the Western Slope knows that."

McAllister-Grant's campaign manager, Colton Rasmussen, said the campaign had raised $1.2 million since April and would begin running television ads next month.

The 3rd District, which stretches from Grand Junction to Pueblo and covers much of western and southern Colorado, has been held by Republicans since 2011, though the seat is considered more competitive than in past cycles.

Nonpartisan analysts at the Cook Political Report rate the general election contest as Likely Republican.""", [
        Q("McAllister-Grant had 46% to Begay's 33% and Van Horn's 21%", "indirect",
          "unofficial results from the Colorado Secretary of State's Office", "Colorado Secretary of State's Office"),
        Q('"Tonight the people of the Western Slope said they want someone who will fight for their water, their '
          'ranches and their way of life,"', "direct", "McAllister-Grant", "Laurel McAllister-Grant",
          speaker_at="McAllister-Grant told"),
        Q('"That fight starts tomorrow morning."', "direct", "McAllister-Grant", "Laurel McAllister-Grant",
          speaker_at="McAllister-Grant told"),
        Q('"I called Laurel and congratulated her. We ran a clean race, and I\'m proud of that,"', "direct", "Begay",
          "Tom Begay", speaker_at="Begay said"),
        Q("he had not yet decided whether to endorse her", "indirect", "He", "Tom Begay", speaker_at="He said he had"),
        Q('"dark money"', "partial", "he", "Dale Van Horn", speaker_at="he called"),
        Q('"We were outspent five to one. You can\'t compete with that in a district this size,"', "direct", "he",
          "Dale Van Horn", speaker_at='size," he said'),
        Q("turnout in the county was about 38%, lower than in the 2022 primary, and that no problems had been "
          "reported at voting centers", "indirect", "Janine Ruiz-O'Connell", "Janine Ruiz-O'Connell"),
        Q('"a clear choice"', "partial", "Espinoza-Trujillo", "Rosa María Espinoza-Trujillo",
          speaker_at="Espinoza-Trujillo said"),
        Q('"My opponent has spent six years in the state Senate voting against rural hospitals,"', "direct", "she",
          "Rosa María Espinoza-Trujillo", speaker_at='hospitals," she said'),
        Q('"I\'m going to make sure every voter on the Western Slope knows that."', "direct", "she",
          "Rosa María Espinoza-Trujillo", speaker_at='hospitals," she said'),
        Q("the campaign had raised $1.2 million since April and would begin running television ads next month",
          "indirect", "Colton Rasmussen", "Colton Rasmussen"),
    ], source="blind"),
]
