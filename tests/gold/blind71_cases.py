"""Blind gold, set 71: short news articles written once, blind to the pretagger.

Wire copy and regional papers from many countries and house styles (curly,
straight and British single quotes), on courts, business, health, local
government, disasters, sport, culture and obituaries. See build_gold.py for
the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind71-kocaeli-blast", """Four workers killed in explosion at paint factory in northwestern Türkiye

KOCAELI, Türkiye (AA) – Four workers were killed and 11 others injured on Tuesday when an explosion tore through a paint and solvent factory in the Dilovası industrial zone of Kocaeli province, local authorities said.

The blast occurred at around 10.40 a.m. local time (0740GMT) in the mixing section of the plant, according to the Kocaeli Governor's Office, which said fire crews had brought the ensuing blaze under control within two hours.

“Unfortunately, we have lost four of our brothers. Seven of the injured are in stable condition, while four are being treated in intensive care,” Kocaeli Governor Seddar Yavuztürk told reporters at the scene.

Yavuztürk said the Chief Public Prosecutor's Office in Gebze had launched an investigation and that experts would examine whether the plant's ventilation system had failed.

Labour and Social Security Minister Ayşe Nur Karabulut, who arrived in the province in the afternoon, said inspectors from her ministry had last visited the factory in March.

“Every aspect of this incident will be examined, and whoever is responsible will be held to account,” she said. “We owe this to the families.”

Witnesses described a deafening explosion followed by columns of thick black smoke. Hasan Çelebi, who works at a neighbouring logistics company, told Anadolu that windows had shattered several hundred meters away.

“We thought it was an earthquake at first. Then we saw the flames coming out of the roof,” he said.

The Health Ministry said ambulances and a medical helicopter had been dispatched and that the injured had been taken to hospitals in Gebze and İzmit.

The company, Dilsan Boya Kimya A.Ş., said in a written statement that it was cooperating fully with the authorities and that production had been suspended “until the cause is fully understood.”

The Chemical and Rubber Workers' Union (Kimya-Sen) described the deaths as “a tragedy foretold.” Its chairman, Nurettin Karaca, claimed the union had complained about conditions at the plant at least three times this year but had received no response.

“Workers told us the gas detectors were not working. We wrote to the ministry. Nobody came,” Karaca said.

The names of the victims, aged between 23 and 51, have not yet been released.

Türkiye recorded more than 1,900 workplace deaths in 2023, according to figures compiled by the Workers' Health and Work Safety Assembly (İSİG), a labour rights group.""", [
        Q("Four workers were killed and 11 others injured on Tuesday when an explosion tore through a paint and "
          "solvent factory in the Dilovası industrial zone of Kocaeli province", "indirect", "local authorities", None),
        Q("The blast occurred at around 10.40 a.m. local time (0740GMT) in the mixing section of the plant",
          "indirect", "the Kocaeli Governor's Office", "Kocaeli Governor's Office"),
        Q("fire crews had brought the ensuing blaze under control within two hours", "indirect",
          "the Kocaeli Governor's Office", "Kocaeli Governor's Office"),
        Q("“Unfortunately, we have lost four of our brothers. Seven of the injured are in stable condition, while "
          "four are being treated in intensive care,”", "direct", "Seddar Yavuztürk", "Seddar Yavuztürk"),
        Q("the Chief Public Prosecutor's Office in Gebze had launched an investigation and that experts would "
          "examine whether the plant's ventilation system had failed", "indirect", "Yavuztürk", "Seddar Yavuztürk",
          speaker_at="Yavuztürk said"),
        Q("inspectors from her ministry had last visited the factory in March", "indirect", "Ayşe Nur Karabulut",
          "Ayşe Nur Karabulut"),
        Q("“Every aspect of this incident will be examined, and whoever is responsible will be held to account,”",
          "direct", "she", "Ayşe Nur Karabulut", speaker_at="account,” she said"),
        Q("“We owe this to the families.”", "direct", "she", "Ayşe Nur Karabulut", speaker_at="account,” she said"),
        Q("windows had shattered several hundred meters away", "indirect", "Hasan Çelebi", "Hasan Çelebi"),
        Q("“We thought it was an earthquake at first. Then we saw the flames coming out of the roof,”", "direct",
          "he", "Hasan Çelebi", speaker_at="roof,” he said"),
        Q("ambulances and a medical helicopter had been dispatched and that the injured had been taken to hospitals "
          "in Gebze and İzmit", "indirect", "The Health Ministry", "Health Ministry"),
        Q("it was cooperating fully with the authorities and that production had been suspended", "indirect",
          "Dilsan Boya Kimya A.Ş.", "Dilsan Boya Kimya A.Ş."),
        Q("“until the cause is fully understood.”", "partial", "Dilsan Boya Kimya A.Ş.", "Dilsan Boya Kimya A.Ş."),
        Q("“a tragedy foretold.”", "partial", "The Chemical and Rubber Workers' Union",
          "Chemical and Rubber Workers' Union"),
        Q("the union had complained about conditions at the plant at least three times this year but had received "
          "no response", "indirect", "Nurettin Karaca", "Nurettin Karaca"),
        Q("“Workers told us the gas detectors were not working. We wrote to the ministry. Nobody came,”", "direct",
          "Karaca", "Nurettin Karaca", speaker_at="Karaca said"),
        Q("Türkiye recorded more than 1,900 workplace deaths in 2023", "indirect",
          "the Workers' Health and Work Safety Assembly", "Workers' Health and Work Safety Assembly"),
    ]),
    Case("blind71-aozora-results", """Aozora Airlines posts record profit on inbound tourism boom

TOKYO, May 8 Kyodo - Aozora Airlines said Wednesday its net profit for the business year ended March rose 38 percent to a record 142.6 billion yen ($920 million), as a surge in foreign visitors and the weak yen filled its international flights.

Operating revenue climbed 14 percent to 1.91 trillion yen, the Tokyo-based carrier said, with international passenger revenue up 22 percent from a year earlier.

"Demand from overseas travelers exceeded our expectations throughout the year, particularly on routes to North America and Southeast Asia," President Kenji Watanabe told a press conference in Tokyo.

Watanabe said the airline would add about 40 weekly flights on international routes from the summer schedule, but warned that rising fuel costs and a shortage of ground-handling staff could weigh on earnings.

"We cannot grow if we do not have enough people on the ground," he said. "Securing personnel is our most urgent task."

The carrier raised starting wages for ground staff by 8 percent in April and plans to hire about 1,500 people this year, including workers from Vietnam and the Philippines under the government's specified skilled worker program.

For the current business year, the company projects a net profit of 128 billion yen, down about 10 percent, reflecting higher depreciation costs for new aircraft and what Chief Financial Officer Mayumi Okada called "a more cautious view" of domestic business demand.

Okada said domestic passenger numbers had recovered to about 93 percent of pre-pandemic levels, with business travel lagging as companies continue to rely on online meetings.

The number of foreign visitors to Japan hit a monthly record of 3.08 million in March, according to the Japan National Tourism Organization.

Some analysts said the forecast looked conservative. Park Ji-hoon, an aviation analyst at Mirae Securities in Seoul, said the airline was "sandbagging" its outlook and that strong bookings from South Korea and Taiwan were likely to continue through the summer.

"They always start the year low and raise guidance in the autumn," Park said.

Rival carrier Hinode Air Holdings Inc. is scheduled to announce its full-year results on Friday.

Shares of Aozora Airlines rose 2.4 percent to close at 3,118 yen on the Tokyo Stock Exchange before the announcement.""", [
        Q("its net profit for the business year ended March rose 38 percent to a record 142.6 billion yen "
          "($920 million), as a surge in foreign visitors and the weak yen filled its international flights",
          "indirect", "Aozora Airlines", "Aozora Airlines", speaker_at="Aozora Airlines said"),
        Q("Operating revenue climbed 14 percent to 1.91 trillion yen", "indirect", "the Tokyo-based carrier",
          "Aozora Airlines"),
        Q('"Demand from overseas travelers exceeded our expectations throughout the year, particularly on routes to '
          'North America and Southeast Asia,"', "direct", "Kenji Watanabe", "Kenji Watanabe"),
        Q("the airline would add about 40 weekly flights on international routes from the summer schedule",
          "indirect", "Watanabe", "Kenji Watanabe", speaker_at="Watanabe said"),
        Q("rising fuel costs and a shortage of ground-handling staff could weigh on earnings", "indirect",
          "Watanabe", "Kenji Watanabe", speaker_at="Watanabe said"),
        Q('"We cannot grow if we do not have enough people on the ground,"', "direct", "he", "Kenji Watanabe",
          speaker_at='ground," he said'),
        Q('"Securing personnel is our most urgent task."', "direct", "he", "Kenji Watanabe",
          speaker_at='ground," he said'),
        Q('"a more cautious view"', "partial", "Mayumi Okada", "Mayumi Okada"),
        Q("domestic passenger numbers had recovered to about 93 percent of pre-pandemic levels, with business "
          "travel lagging as companies continue to rely on online meetings", "indirect", "Okada", "Mayumi Okada",
          speaker_at="Okada said"),
        Q("The number of foreign visitors to Japan hit a monthly record of 3.08 million in March", "indirect",
          "the Japan National Tourism Organization", "Japan National Tourism Organization"),
        Q("the forecast looked conservative", "indirect", "Some analysts", None),
        Q('"sandbagging"', "partial", "Park Ji-hoon", "Park Ji-hoon"),
        Q("strong bookings from South Korea and Taiwan were likely to continue through the summer", "indirect",
          "Park Ji-hoon", "Park Ji-hoon"),
        Q('"They always start the year low and raise guidance in the autumn,"', "direct", "Park", "Park Ji-hoon",
          speaker_at="Park said"),
    ]),
    Case("blind71-anfield-trial", """Man stabbed friend in row over £40 debt, murder trial hears

A man stabbed his friend in the neck during a row over a £40 debt and left him to die on the floor of a flat in Anfield, a jury has heard.

Connor Leary, 29, denies murdering Daniel McArdle, 34, at a flat on Oakfield Road on the night of November 12 last year.

Opening the case at Liverpool Crown Court today, prosecutor Anjali Raghunathan KC told jurors the two men had known each other since their schooldays and had spent most of the evening drinking together.

"What began as an argument about a small sum of money ended with Mr McArdle bleeding to death next to his own Christmas tree," she said.

Ms Raghunathan said neighbours had heard raised voices shortly before 11pm and then a door slamming. Leary called 999 almost 40 minutes later, she said, telling the call handler his friend had "fallen on a knife".

"That, the prosecution says, was a lie," she told the jury. "Mr McArdle had not fallen on anything. He had been stabbed twice, once in the neck and once in the chest, with a kitchen knife that was later found in a drain at the back of the building."

The prosecutor added that clothing belonging to Leary, recovered from a bin bag at his mother's house in Everton, was stained with the victim's blood.

In a prepared statement handed to police after his arrest, Leary said he had acted in self-defence after Mr McArdle came at him with the knife.

The prosecutor said that account was "simply not consistent" with the injuries, which a Home Office pathologist is expected to describe to the jury later in the trial.

Mr McArdle's sister, Siobhan, wept in the public gallery as the details were read out. In a statement issued through Merseyside Police shortly after his death, the family described the dad-of-two as "a big softie who would give you his last quid".

Leary, of Tuebrook, sat in the dock wearing a grey suit and spoke only to confirm his name and address.

He is represented by Gareth Pryce-Owen KC. Before the jury was sworn in, Mr Pryce-Owen told Judge Miriam Ostrowski the defence would be calling evidence about what he called Mr McArdle's "history of violence when drunk".

The judge warned jurors not to research the case online or discuss it with anyone outside the jury room. "You must decide this case only on the evidence you hear in this courtroom," she told them.

The trial, which is expected to last two weeks, continues.""", [
        Q("A man stabbed his friend in the neck during a row over a £40 debt and left him to die on the floor of a "
          "flat in Anfield", "indirect", None, None),
        Q("the two men had known each other since their schooldays and had spent most of the evening drinking "
          "together", "indirect", "Anjali Raghunathan", "Anjali Raghunathan"),
        Q('"What began as an argument about a small sum of money ended with Mr McArdle bleeding to death next to his '
          'own Christmas tree,"', "direct", "she", "Anjali Raghunathan", speaker_at='tree," she said'),
        Q("neighbours had heard raised voices shortly before 11pm and then a door slamming", "indirect",
          "Raghunathan", "Anjali Raghunathan", speaker_at="Raghunathan said"),
        Q("Leary called 999 almost 40 minutes later", "indirect", "she", "Anjali Raghunathan",
          speaker_at="later, she said"),
        Q('"fallen on a knife"', "partial", "Leary", "Connor Leary", speaker_at="Leary called"),
        Q('"That, the prosecution says, was a lie,"', "direct", "she", "Anjali Raghunathan",
          speaker_at="she told the jury"),
        Q('"Mr McArdle had not fallen on anything. He had been stabbed twice, once in the neck and once in the chest, '
          'with a kitchen knife that was later found in a drain at the back of the building."', "direct", "she",
          "Anjali Raghunathan", speaker_at="she told the jury"),
        Q("clothing belonging to Leary, recovered from a bin bag at his mother's house in Everton, was stained with "
          "the victim's blood", "indirect", "The prosecutor", "Anjali Raghunathan", speaker_at="The prosecutor added"),
        Q("he had acted in self-defence after Mr McArdle came at him with the knife", "indirect", "Leary",
          "Connor Leary", speaker_at="Leary said"),
        Q('"simply not consistent"', "partial", "The prosecutor", "Anjali Raghunathan",
          speaker_at="The prosecutor said"),
        Q('"a big softie who would give you his last quid"', "partial", "the family", None),
        Q('"history of violence when drunk"', "partial", "he", "Gareth Pryce-Owen", speaker_at="what he called"),
        Q('"You must decide this case only on the evidence you hear in this courtroom,"', "direct", "she",
          "Miriam Ostrowski", speaker_at="she told them"),
    ]),
    Case("blind71-dgri-parking", """Fury as health chiefs float parking charges at DGRI

Patients and staff at Dumfries and Galloway Royal Infirmary could soon have to pay to park, after health chiefs confirmed they are 'actively considering' charges to help fund a new multi-storey car park at the Cargenbridge site.

NHS Dumfries and Galloway said this week that the hospital's car parks were regularly full by 9am and that some patients were missing appointments because they could not find a space.

A paper going before the board's performance committee proposes a flat fee of £1.50 for stays of up to four hours, with exemptions for blue badge holders, cancer patients and parents of babies in the neonatal unit.

Director of estates Fiona McCaig-Robertson insisted no decision had been taken.

'We know this is an emotive issue and we want to hear from people before anything is decided,' she said. 'But doing nothing is not an option. The current situation is not safe, with cars parked on verges and blocking ambulance routes.'

The proposal has been met with anger by staff unions. Unison branch secretary Gordon Kerr described it as 'a tax on the sick and the people who care for them'.

'Our members are already paying through the nose for fuel to get to work, many of them from as far away as Stranraer and Langholm,' he said. 'Now they're being told to pay again when they arrive.'

Parking charges were scrapped at most NHS hospitals in Scotland in 2008, with the exception of a handful of sites run under private finance deals.

A Scottish Government spokesperson said ministers expected health boards to honour that policy, adding: 'Any proposal to reintroduce charges would require the approval of the Cabinet Secretary.'

Dumfriesshire MSP Alasdair Ferguson said he had written to the health secretary asking him to step in, while Nithsdale councillor Ishbel Macaulay told the Standard the plans were 'the wrong answer to the right question'.

Patients we spoke to outside the main entrance on Thursday were divided. Retired joiner Tom Hyslop, 72, from Lochside, who attends the infirmary three times a week for dialysis, said he had once circled the car park for 35 minutes before giving up and parking at the Asda across the road.

'If paying a pound means I get a space, I'd almost take it,' he admitted. 'But there's plenty folk round here who can't afford it, and they're the ones who'll end up missing their appointments.'

A public consultation will run until the end of next month, the health board said.""", [
        Q("'actively considering'", "partial", "health chiefs", None, speaker_at="after health chiefs confirmed"),
        Q("the hospital's car parks were regularly full by 9am and that some patients were missing appointments "
          "because they could not find a space", "indirect", "NHS Dumfries and Galloway",
          "NHS Dumfries and Galloway"),
        Q("no decision had been taken", "indirect", "Fiona McCaig-Robertson", "Fiona McCaig-Robertson"),
        Q("'We know this is an emotive issue and we want to hear from people before anything is decided,'",
          "direct", "she", "Fiona McCaig-Robertson", speaker_at="decided,' she said"),
        Q("'But doing nothing is not an option. The current situation is not safe, with cars parked on verges and "
          "blocking ambulance routes.'", "direct", "she", "Fiona McCaig-Robertson",
          speaker_at="decided,' she said"),
        Q("'a tax on the sick and the people who care for them'", "partial", "Gordon Kerr", "Gordon Kerr"),
        Q("'Our members are already paying through the nose for fuel to get to work, many of them from as far away "
          "as Stranraer and Langholm,'", "direct", "he", "Gordon Kerr", speaker_at="Langholm,' he said"),
        Q("'Now they're being told to pay again when they arrive.'", "direct", "he", "Gordon Kerr",
          speaker_at="Langholm,' he said"),
        Q("ministers expected health boards to honour that policy", "indirect", "A Scottish Government spokesperson",
          None),
        Q("'Any proposal to reintroduce charges would require the approval of the Cabinet Secretary.'", "direct",
          "A Scottish Government spokesperson", None),
        Q("he had written to the health secretary asking him to step in", "indirect", "Alasdair Ferguson",
          "Alasdair Ferguson"),
        Q("'the wrong answer to the right question'", "partial", "Ishbel Macaulay", "Ishbel Macaulay"),
        Q("he had once circled the car park for 35 minutes before giving up and parking at the Asda across the road",
          "indirect", "Tom Hyslop", "Tom Hyslop"),
        Q("'If paying a pound means I get a space, I'd almost take it,'", "direct", "he", "Tom Hyslop",
          speaker_at="he admitted"),
        Q("'But there's plenty folk round here who can't afford it, and they're the ones who'll end up missing their "
          "appointments.'", "direct", "he", "Tom Hyslop", speaker_at="he admitted"),
        Q("A public consultation will run until the end of next month", "indirect", "the health board",
          "NHS Dumfries and Galloway", speaker_at="the health board said"),
    ]),
    Case("blind71-cavan-hurling", """Mac Gabhann goal sinks Fermanagh in Breffni thriller

Cavan 2-17 Fermanagh 1-19

Cavan's hurlers kept their Lory Meagher Cup ambitions alive with a nervy two-point win over Fermanagh at Kingspan Breffni on Sunday afternoon, substitute Eoghan Mac Gabhann rifling home the decisive goal eight minutes from time.

It was a performance that manager Seán Ó Flannagáin conceded was “far from perfect”, but he was in no mood to apologise afterwards.

“Fermanagh came down here with a plan and they nearly pulled it off,” Ó Flannagáin told the Anglo-Celt. “We were sloppy in possession for long spells, but the character the lads showed in the last ten minutes is something you can't coach.”

In a blustery opening half, the visitors were the sharper side. Ryan Bogue pounced on a breaking ball for Fermanagh's goal after 14 minutes, and they led 1-11 to 1-8 at the break, Cavan's only goal coming from a Ruairí O'Reilly penalty.

O'Reilly, who finished with 1-9, kept the home side in touch with his frees, and the sides were level six times in the second half before Mac Gabhann, introduced only five minutes earlier, gathered a long puck-out from goalkeeper Packie Reilly and buried it past Fermanagh netminder Tiarnán Ó Cuinn.

“I just saw the space and went for it,” the Virginia clubman said. “Seán told me going on to be brave, so I was brave.”

Fermanagh pushed for an equaliser in six minutes of injury time, but wides from Bogue and the excellent Oisín Corrigan proved costly.

Fermanagh manager Niall McGovern said his side had “no complaints” about the result.

“One moment of quality decided it, and fair play to Cavan,” he said. “We'll take a lot from that second half, but you don't get anything for playing well and losing.”

Ó Flannagáin also confirmed that corner-back Darragh Lynch, who limped off before half-time, would miss next weekend's trip to Carrick-on-Shannon with a hamstring injury.

The win leaves Cavan second in the group, a point behind Leitrim, with two rounds remaining.

County Board chairperson Bernie Brady, speaking at the launch of the county's hurling development plan last month, said the work being done in clubs was “starting to bear fruit”, and a crowd of over 700 turned out on Sunday to back the team.

Throw-in at Páirc Seán Mac Diarmada is at 2pm.""", [
        Q("“far from perfect”", "partial", "Seán Ó Flannagáin", "Seán Ó Flannagáin"),
        Q("“Fermanagh came down here with a plan and they nearly pulled it off,”", "direct", "Ó Flannagáin",
          "Seán Ó Flannagáin", speaker_at="Ó Flannagáin told"),
        Q("“We were sloppy in possession for long spells, but the character the lads showed in the last ten minutes "
          "is something you can't coach.”", "direct", "Ó Flannagáin", "Seán Ó Flannagáin",
          speaker_at="Ó Flannagáin told"),
        Q("“I just saw the space and went for it,”", "direct", "the Virginia clubman", "Eoghan Mac Gabhann"),
        Q("“Seán told me going on to be brave, so I was brave.”", "direct", "the Virginia clubman",
          "Eoghan Mac Gabhann"),
        Q("“no complaints”", "partial", "Niall McGovern", "Niall McGovern"),
        Q("“One moment of quality decided it, and fair play to Cavan,”", "direct", "he", "Niall McGovern",
          speaker_at="Cavan,” he said"),
        Q("“We'll take a lot from that second half, but you don't get anything for playing well and losing.”",
          "direct", "he", "Niall McGovern", speaker_at="Cavan,” he said"),
        Q("corner-back Darragh Lynch, who limped off before half-time, would miss next weekend's trip to "
          "Carrick-on-Shannon with a hamstring injury", "indirect", "Ó Flannagáin", "Seán Ó Flannagáin",
          speaker_at="Ó Flannagáin also confirmed"),
        Q("“starting to bear fruit”", "partial", "Bernie Brady", "Bernie Brady"),
    ]),
    Case("blind71-barwon-regatta", """Van Rooyen storms home as wind wreaks havoc on the Barwon

Geelong Rowing Club’s Tayla van Rooyen has claimed the women’s single sculls crown at the Barwon Regatta, holding off a late charge from Olympian Hannah Kwok-Sullivan in gusty conditions that forced organisers to shorten several races on Saturday.

The 22-year-old, who switched from surf lifesaving at Torquay to rowing only four years ago, crossed the line 1.3 seconds clear of the Mercantile star, with Sydney’s Amelia Fa’asalele third.

“Honestly, the last 250 metres were just pain,” van Rooyen said. “Hannah’s someone I grew up watching on TV, so to beat her on my home river, in front of my family, is pretty surreal.”

Kwok-Sullivan was gracious in defeat, describing the Geelong sculler as “the real deal” and tipping her for national selection later in the year.

“She’s got a massive engine and she doesn’t panic,” Kwok-Sullivan said. “I’ll be seeing a lot more of her, I reckon.”

Regatta chairman Bruce Delahunty said a south-westerly gusting up to 45km/h had forced officials to cut the men’s eights and several junior events from 2000m to 1000m, and to scrap the under-15 quad sculls altogether.

“Safety has to come first. We weren’t going to put 14-year-olds out on that water,” Delahunty said.

Rowing Victoria said in a statement that results from the shortened races would still count towards state selection rankings.

The men’s eight went to Melbourne University Boat Club, whose coach, Mele Fifita-Taufa, said her crew had “rowed smart” in the rough water rather than trying to muscle their way through it.

About 12,000 spectators lined the banks between Queens Park and the Moorabool Street bridge, according to the City of Greater Geelong, which has committed $2.8 million to upgrading the river’s ageing boat sheds.

Mayor Anastasia Papadopoulos said the council would push the state government to match that funding before next year’s event.

“The regatta is part of Geelong’s DNA. You only have to look at the crowds today,” she said.

Van Rooyen, meanwhile, had more modest plans. Asked what came next, she grinned. “A sleep. Then the nationals in Penrith,” she said.""", [
        Q("“Honestly, the last 250 metres were just pain,”", "direct", "van Rooyen", "Tayla van Rooyen",
          speaker_at="van Rooyen said"),
        Q("“Hannah’s someone I grew up watching on TV, so to beat her on my home river, in front of my family, is "
          "pretty surreal.”", "direct", "van Rooyen", "Tayla van Rooyen", speaker_at="van Rooyen said"),
        Q("“the real deal”", "partial", "Kwok-Sullivan", "Hannah Kwok-Sullivan",
          speaker_at="Kwok-Sullivan was gracious"),
        Q("“She’s got a massive engine and she doesn’t panic,”", "direct", "Kwok-Sullivan", "Hannah Kwok-Sullivan",
          speaker_at="Kwok-Sullivan said"),
        Q("“I’ll be seeing a lot more of her, I reckon.”", "direct", "Kwok-Sullivan", "Hannah Kwok-Sullivan",
          speaker_at="Kwok-Sullivan said"),
        Q("a south-westerly gusting up to 45km/h had forced officials to cut the men’s eights and several junior "
          "events from 2000m to 1000m, and to scrap the under-15 quad sculls altogether", "indirect",
          "Bruce Delahunty", "Bruce Delahunty"),
        Q("“Safety has to come first. We weren’t going to put 14-year-olds out on that water,”", "direct",
          "Delahunty", "Bruce Delahunty", speaker_at="water,” Delahunty said"),
        Q("results from the shortened races would still count towards state selection rankings", "indirect",
          "Rowing Victoria", "Rowing Victoria"),
        Q("“rowed smart”", "partial", "Mele Fifita-Taufa", "Mele Fifita-Taufa"),
        Q("About 12,000 spectators lined the banks between Queens Park and the Moorabool Street bridge", "indirect",
          "the City of Greater Geelong", "City of Greater Geelong"),
        Q("the council would push the state government to match that funding before next year’s event", "indirect",
          "Anastasia Papadopoulos", "Anastasia Papadopoulos"),
        Q("“The regatta is part of Geelong’s DNA. You only have to look at the crowds today,”", "direct", "she",
          "Anastasia Papadopoulos", speaker_at="today,” she said"),
        Q("“A sleep. Then the nationals in Penrith,”", "direct", "she", "Tayla van Rooyen",
          speaker_at="Penrith,” she said"),
    ]),
    Case("blind71-harbour-dredging", """Hapū vow to fight harbour dredging bid

A plan to dredge 1.8 million cubic metres of seabed from the entrance to Whangārei Harbour has been met with fierce opposition from hapū and environmental groups, who say it will wipe out pipi beds and damage one of Northland’s most important fishing grounds.

Whangārei Harbour Port Ltd (WHPL) this week lodged an application under the Fast-track Approvals Act to deepen and widen the shipping channel, allowing larger container ships to call at Marsden Point.

Chief executive Andrew Cottle said the project would create about 300 jobs during construction and was “essential” if Northland was to compete with Auckland and Tauranga for freight.

“Without a deeper channel, the big ships simply won’t come here, and Northland exporters will keep trucking their goods south at huge cost,” he said.

WHPL says the dredged material would be dumped at an offshore site 12km east of Bream Head, and that an independent monitoring programme would run for the life of the consent.

But Mere Kingi-Tipene, chairwoman of the Ngāti Kōrau Hapū Trust, said the hapū had not been properly consulted and would oppose the application “with everything we have”.

“Our tūpuna gathered kai from these beds for generations. Once they’re gone, they’re gone,” she told the Northern Advocate.

“This fast-track law was designed to shut people like us out of the process. Well, we won’t be shut out.”

Dr Rhys Pennington, a marine ecologist and spokesman for the Whangārei Harbour Guardians, said modelling commissioned by the group showed sediment plumes from the dredging could drift as far as Ruakākā beach on an incoming tide.

Pennington called the port’s monitoring plan “a box-ticking exercise” and said the environmental effects had been “badly underestimated”.

Charter skipper Sione Tupou, who has fished out of One Tree Point for 20 years, agreed. “Dredging stirs up everything. Last time they did a big job out there, the snapper disappeared for two seasons,” he said.

A spokesperson for Northland Regional Council said the council would provide comment to the expert panel considering the application but was not the decision-maker.

The office of the Minister for Infrastructure said it would be inappropriate to comment on a live application.

Under the fast-track regime, the expert panel must make a decision within six months.""", [
        Q("it will wipe out pipi beds and damage one of Northland’s most important fishing grounds", "indirect",
          "hapū and environmental groups", None),
        Q("the project would create about 300 jobs during construction", "indirect", "Andrew Cottle",
          "Andrew Cottle"),
        Q("“essential”", "partial", "Andrew Cottle", "Andrew Cottle"),
        Q("“Without a deeper channel, the big ships simply won’t come here, and Northland exporters will keep "
          "trucking their goods south at huge cost,”", "direct", "he", "Andrew Cottle",
          speaker_at="cost,” he said"),
        Q("the dredged material would be dumped at an offshore site 12km east of Bream Head, and that an independent "
          "monitoring programme would run for the life of the consent", "indirect", "WHPL",
          "Whangārei Harbour Port Ltd", speaker_at="WHPL says"),
        Q("the hapū had not been properly consulted and would oppose the application", "indirect",
          "Mere Kingi-Tipene", "Mere Kingi-Tipene"),
        Q("“with everything we have”", "partial", "Mere Kingi-Tipene", "Mere Kingi-Tipene"),
        Q("“Our tūpuna gathered kai from these beds for generations. Once they’re gone, they’re gone,”", "direct",
          "she", "Mere Kingi-Tipene", speaker_at="she told"),
        Q("“This fast-track law was designed to shut people like us out of the process. Well, we won’t be shut "
          "out.”", "direct", "she", "Mere Kingi-Tipene", speaker_at="she told"),
        Q("modelling commissioned by the group showed sediment plumes from the dredging could drift as far as "
          "Ruakākā beach on an incoming tide", "indirect", "Rhys Pennington", "Rhys Pennington"),
        Q("“a box-ticking exercise”", "partial", "Pennington", "Rhys Pennington", speaker_at="Pennington called"),
        Q("“badly underestimated”", "partial", "Pennington", "Rhys Pennington", speaker_at="Pennington called"),
        Q("“Dredging stirs up everything. Last time they did a big job out there, the snapper disappeared for two "
          "seasons,”", "direct", "he", "Sione Tupou", speaker_at="seasons,” he said"),
        Q("the council would provide comment to the expert panel considering the application but was not the "
          "decision-maker", "indirect", "A spokesperson for Northland Regional Council", None),
        Q("it would be inappropriate to comment on a live application", "indirect",
          "The office of the Minister for Infrastructure", None),
    ]),
    Case("blind71-medhat-berm", """Council backs $14M berm upgrade as Riverside residents cheer

Medicine Hat city council voted 6-3 on Monday night to borrow $14.2 million to raise and extend the dike protecting the Riverside and Strathcona Island neighbourhoods, more than a decade after the 2013 flood forced thousands of residents from their homes.

The project, set out in the administration's report "Living With the River," would lift roughly 2.4 kilometres of earthen berm by up to a metre and add two new pump stations. Construction is expected to begin next spring.

Mayor Linda Vanderhoek, who voted in favour, said council had "a duty to the people who bailed out their basements in 2013."

"Nobody in this room wants to borrow money," she said. "But the next flood is coming, and I'd rather explain a line on a tax bill than explain to a family why we didn't act."

Coun. Ramesh Dhaliwal, who voted against, argued the city should wait for a decision on its provincial grant application before committing local taxpayers.

"We have applied to the province for up to 50 per cent of this cost. If we approve it tonight, we are telling Edmonton we will pay for it ourselves.

"I support the berm. I do not support writing a blank cheque," he said.

Coun. Kristine Olafsen-Roy, who represents the Riverside ward, countered that the 2013 flood had cost the city more than $60 million in cleanup and repairs, and that every year of delay was another year of risk.

The city's managing director of infrastructure, Lorna Boychuk, told council the design met the provincial standard for a so-called "1-in-100-year flood" and included an extra half-metre of freeboard to allow for climate change.

The annual borrowing cost works out to about $910,000, or roughly $28 a year on the average residential tax bill, according to administration.

In an email to the News, a spokesperson for Alberta Environment and Protected Areas said the city's application was under review and a decision was expected by the fall.

Dozens of Riverside residents packed the gallery and applauded when the vote passed. Gord Wiebe, whose house on First Street SE took on more than a metre of water in 2013, said he had waited "long enough" to see the work done.

"I still have the waterline marked on my garage wall. I left it there so I'd never forget," Wiebe said after the meeting.

Council will vote on the construction tender in January.""", [
        Q('"a duty to the people who bailed out their basements in 2013."', "partial", "Linda Vanderhoek",
          "Linda Vanderhoek"),
        Q('"Nobody in this room wants to borrow money,"', "direct", "she", "Linda Vanderhoek",
          speaker_at='money," she said'),
        Q('"But the next flood is coming, and I\'d rather explain a line on a tax bill than explain to a family why we '
          'didn\'t act."', "direct", "she", "Linda Vanderhoek", speaker_at='money," she said'),
        Q("the city should wait for a decision on its provincial grant application before committing local "
          "taxpayers", "indirect", "Ramesh Dhaliwal", "Ramesh Dhaliwal"),
        Q('"We have applied to the province for up to 50 per cent of this cost. If we approve it tonight, we are '
          'telling Edmonton we will pay for it ourselves.', "direct", "he", "Ramesh Dhaliwal",
          speaker_at='cheque," he said'),
        Q('"I support the berm. I do not support writing a blank cheque,"', "direct", "he", "Ramesh Dhaliwal",
          speaker_at='cheque," he said'),
        Q("the 2013 flood had cost the city more than $60 million in cleanup and repairs, and that every year of "
          "delay was another year of risk", "indirect", "Kristine Olafsen-Roy", "Kristine Olafsen-Roy"),
        Q('the design met the provincial standard for a so-called "1-in-100-year flood" and included an extra '
          'half-metre of freeboard to allow for climate change', "indirect", "Lorna Boychuk", "Lorna Boychuk"),
        Q("The annual borrowing cost works out to about $910,000, or roughly $28 a year on the average residential "
          "tax bill", "indirect", "administration", None, speaker_at="according to administration"),
        Q("the city's application was under review and a decision was expected by the fall", "indirect",
          "a spokesperson for Alberta Environment and Protected Areas", None),
        Q('"long enough"', "partial", "Gord Wiebe", "Gord Wiebe"),
        Q('"I still have the waterline marked on my garage wall. I left it there so I\'d never forget,"', "direct",
          "Wiebe", "Gord Wiebe", speaker_at="Wiebe said"),
    ]),
    Case("blind71-kasese-polio", """Polio: Health ministry confirms case in Kasese, orders mass vaccination

KAMPALA. The Ministry of Health has confirmed a case of polio in a three-year-old boy in Kasese District and announced a mass vaccination campaign targeting more than 2.1 million children under the age of five in 17 districts.

In a statement issued on Monday, the Permanent Secretary, Dr Ruth Nakabugo Kiggundu, said the child developed sudden weakness in both legs in early August and that stool samples tested at the Uganda Virus Research Institute (UVRI) in Entebbe had confirmed circulating vaccine-derived poliovirus type 2.

“This is a public health emergency. We are calling upon all parents and caregivers to ensure that every child under five years is vaccinated, even if they were vaccinated before,” Dr Kiggundu said.

She said environmental samples taken from sewage points in Kasese Municipality and at the Mpondwe border crossing had also tested positive, “which tells us the virus is circulating in the community”.

Uganda was certified free of wild poliovirus in 2006, but health officials have repeatedly warned that low immunisation coverage in border districts leaves children exposed to outbreaks spreading from neighbouring countries.

The World Health Organisation (WHO) country representative, Dr Abdoulaye Ndiaye, said the agency had deployed 14 epidemiologists and surveillance officers to support the response.

“The virus does not respect borders. Kasese has heavy cross-border movement, so the response must be fast and it must reach every child,” Dr Ndiaye said during a press briefing in Kampala on Tuesday.

The vaccination campaign, using the novel oral polio vaccine type 2 (nOPV2), will run in two rounds starting on September 6, according to the ministry.

Kasese District Health Officer Dr Baluku Masereka told this newspaper that 400 vaccination teams would go house to house, including in hard-to-reach villages on the slopes of the Rwenzori Mountains.

He dismissed messages circulating on WhatsApp claiming that the vaccine causes infertility as “baseless and dangerous”, and asked religious and cultural leaders to help counter the rumours.

In Nyakiyumbu Sub-county, where the boy lives, residents said fear had spread quickly through the villages.

“When we heard it was polio, everyone ran to the health centre. We want our children protected,” said Ms Biira Jovia, a mother of three.

Dr Kiggundu said the ministry had also intensified surveillance for acute flaccid paralysis in health facilities across the country and asked health workers to report any suspected case within 24 hours.""", [
        Q("the child developed sudden weakness in both legs in early August and that stool samples tested at the "
          "Uganda Virus Research Institute (UVRI) in Entebbe had confirmed circulating vaccine-derived poliovirus "
          "type 2", "indirect", "Ruth Nakabugo Kiggundu", "Ruth Nakabugo Kiggundu"),
        Q("“This is a public health emergency. We are calling upon all parents and caregivers to ensure that every "
          "child under five years is vaccinated, even if they were vaccinated before,”", "direct", "Kiggundu",
          "Ruth Nakabugo Kiggundu", speaker_at="before,” Dr Kiggundu said"),
        Q("environmental samples taken from sewage points in Kasese Municipality and at the Mpondwe border crossing "
          "had also tested positive", "indirect", "She", "Ruth Nakabugo Kiggundu", speaker_at="She said environmental"),
        Q("“which tells us the virus is circulating in the community”", "partial", "She", "Ruth Nakabugo Kiggundu",
          speaker_at="She said environmental"),
        Q("low immunisation coverage in border districts leaves children exposed to outbreaks spreading from "
          "neighbouring countries", "indirect", "health officials", None),
        Q("the agency had deployed 14 epidemiologists and surveillance officers to support the response", "indirect",
          "Abdoulaye Ndiaye", "Abdoulaye Ndiaye"),
        Q("“The virus does not respect borders. Kasese has heavy cross-border movement, so the response must be fast "
          "and it must reach every child,”", "direct", "Ndiaye", "Abdoulaye Ndiaye", speaker_at="Dr Ndiaye said"),
        Q("The vaccination campaign, using the novel oral polio vaccine type 2 (nOPV2), will run in two rounds "
          "starting on September 6", "indirect", "the ministry", "Ministry of Health",
          speaker_at="according to the ministry"),
        Q("400 vaccination teams would go house to house, including in hard-to-reach villages on the slopes of the "
          "Rwenzori Mountains", "indirect", "Baluku Masereka", "Baluku Masereka"),
        Q("“baseless and dangerous”", "partial", "He", "Baluku Masereka", speaker_at="He dismissed"),
        Q("fear had spread quickly through the villages", "indirect", "residents", None),
        Q("“When we heard it was polio, everyone ran to the health centre. We want our children protected,”",
          "direct", "Biira Jovia", "Biira Jovia"),
        Q("the ministry had also intensified surveillance for acute flaccid paralysis in health facilities across "
          "the country", "indirect", "Kiggundu", "Ruth Nakabugo Kiggundu", speaker_at="Dr Kiggundu said the ministry"),
    ]),
    Case("blind71-kano-tax-trial", """Court admits FIRS evidence in N2.3bn tax evasion trial of Kano businessman

A Federal High Court sitting in Kano on Wednesday admitted bank statements and company records tendered by the Federal Inland Revenue Service (FIRS) in the trial of a businessman, Alhaji Musa Bello Dantsoho, who is accused of evading N2.3 billion in taxes.

Dantsoho, chairman of Bellomax Agro-Allied Ltd, is standing trial alongside the company on a 12-count charge bordering on failure to remit company income tax and value added tax between 2017 and 2021. He has pleaded not guilty.

At the resumed hearing, Justice Hadiza Abdullahi-Rimi overruled an objection by defence counsel, Chief Emeka Nwachukwu-Obi (SAN), who argued that the documents were computer-generated and had not been certified as required by Section 84 of the Evidence Act.

"I am satisfied that the prosecution has met the requirements of the law. The documents are hereby admitted and marked as exhibits," the judge ruled.

The prosecution's first witness, a tax auditor with FIRS, Mrs Funmilayo Adeyemi-Bako, told the court that her team discovered that the company declared a turnover of N4.1 billion in its returns for the period, while its bank statements showed inflows of more than N19 billion.

"When we compared what the company told us with what passed through its accounts, the difference was too large to be an error," the witness said while being led in evidence by prosecution counsel, Ibrahim Sa'idu Gwarzo.

Under cross-examination, she agreed that some of the inflows could have been loans from banks, but insisted that the company failed to provide documents to support this when asked to do so.

Speaking to journalists after the proceedings, Nwachukwu-Obi said his client was a law-abiding citizen who employed more than 3,000 people in Kano and Jigawa states.

"This is a civil dispute over figures that has been dressed up as a crime. We are confident that at the end of the day, the court will see it for what it is," he said.

In a statement on Wednesday evening, the FIRS Director of Communications, Abdullahi Ahmad Yakasai, said the service would "pursue every kobo owed to the Federation, no matter who is involved."

The case, first filed in 2022, has suffered several adjournments, including one occasioned by the transfer of the former trial judge.

Justice Abdullahi-Rimi adjourned the matter till March 14 for continuation of trial and ordered that the defendant's bail conditions remain in force.""", [
        Q("the documents were computer-generated and had not been certified as required by Section 84 of the "
          "Evidence Act", "indirect", "Emeka Nwachukwu-Obi", "Emeka Nwachukwu-Obi"),
        Q('"I am satisfied that the prosecution has met the requirements of the law. The documents are hereby '
          'admitted and marked as exhibits,"', "direct", "the judge", "Hadiza Abdullahi-Rimi"),
        Q("her team discovered that the company declared a turnover of N4.1 billion in its returns for the period, "
          "while its bank statements showed inflows of more than N19 billion", "indirect", "Funmilayo Adeyemi-Bako",
          "Funmilayo Adeyemi-Bako"),
        Q('"When we compared what the company told us with what passed through its accounts, the difference was too '
          'large to be an error,"', "direct", "the witness", "Funmilayo Adeyemi-Bako"),
        Q("some of the inflows could have been loans from banks", "indirect", "she", "Funmilayo Adeyemi-Bako",
          speaker_at="she agreed"),
        Q("the company failed to provide documents to support this when asked to do so", "indirect", "she",
          "Funmilayo Adeyemi-Bako", speaker_at="she agreed"),
        Q("his client was a law-abiding citizen who employed more than 3,000 people in Kano and Jigawa states",
          "indirect", "Nwachukwu-Obi", "Emeka Nwachukwu-Obi", speaker_at="Nwachukwu-Obi said"),
        Q('"This is a civil dispute over figures that has been dressed up as a crime. We are confident that at the '
          'end of the day, the court will see it for what it is,"', "direct", "he", "Emeka Nwachukwu-Obi",
          speaker_at='is," he said'),
        Q('"pursue every kobo owed to the Federation, no matter who is involved."', "partial",
          "Abdullahi Ahmad Yakasai", "Abdullahi Ahmad Yakasai"),
    ]),
    Case("blind71-bay-rail-strike", """Rail strike leaves Bay commuters stranded

Thousands of commuters in Nelson Mandela Bay were left scrambling for taxis on Monday after rail workers downed tools in a wage dispute that threatens to bring passenger and freight services in the province to a standstill.

Members of the United National Transport Union (Untu) walked off the job at 6am, demanding an 11% increase. Management has offered 5.5% for the first year of a three-year deal.

Untu regional organiser Mzwandile Tshabalala said the union had bent over backwards during four months of negotiations.

"Our members are working on trains that break down every day, at stations with no lights and no security, and they are being asked to accept an increase that doesn't even cover inflation," he told about 300 workers gathered outside the Gqeberha station.

"We are not going back until there is a proper offer on the table."

Transnet spokesperson Nomvula van der Merwe said the company was "disappointed" that the union had chosen to strike while talks were still under way at the Commission for Conciliation, Mediation and Arbitration (CCMA).

She said the offer was the best the company could afford given its financial position, and that contingency plans were in place to keep the container terminal and the Port of Ngqura operating.

Metrorail services between Gqeberha and Kariega were cancelled for the day, according to the Passenger Rail Agency of South Africa (Prasa), which said it would update commuters on Tuesday's services by 8pm.

At Swartkops station, Thandeka Mgoqi, 41, a domestic worker from Motherwell, said she had paid R38 for two taxis to get to her employer in Walmer, more than double her usual train fare.

"I understand they want more money. Everyone wants more money. But it's us poor people who are suffering," she said.

The Nelson Mandela Bay Business Chamber warned that a lengthy strike would hit exporters hard, particularly in the automotive and citrus sectors, which rely heavily on rail to move goods to the port.

"Every day that containers sit on the quay costs the region's exporters millions," chamber chief executive Anele Mbatha-Pillay said in a statement.

Eastern Cape transport MEC Siyabulela Gqeba said his department was in talks with taxi associations about adding extra routes during peak hours.

Tshabalala said the union would march to the Transnet regional offices in North End on Wednesday.""", [
        Q("the union had bent over backwards during four months of negotiations", "indirect", "Mzwandile Tshabalala",
          "Mzwandile Tshabalala"),
        Q('"Our members are working on trains that break down every day, at stations with no lights and no security, '
          'and they are being asked to accept an increase that doesn\'t even cover inflation,"', "direct", "he",
          "Mzwandile Tshabalala", speaker_at="he told about 300 workers"),
        Q('"We are not going back until there is a proper offer on the table."', "direct", "he",
          "Mzwandile Tshabalala", speaker_at="he told about 300 workers"),
        Q('"disappointed"', "partial", "Nomvula van der Merwe", "Nomvula van der Merwe"),
        Q("the union had chosen to strike while talks were still under way at the Commission for Conciliation, "
          "Mediation and Arbitration (CCMA)", "indirect", "Nomvula van der Merwe", "Nomvula van der Merwe"),
        Q("the offer was the best the company could afford given its financial position, and that contingency plans "
          "were in place to keep the container terminal and the Port of Ngqura operating", "indirect", "She",
          "Nomvula van der Merwe", speaker_at="She said"),
        Q("Metrorail services between Gqeberha and Kariega were cancelled for the day", "indirect",
          "the Passenger Rail Agency of South Africa", "Passenger Rail Agency of South Africa"),
        Q("it would update commuters on Tuesday's services by 8pm", "indirect",
          "the Passenger Rail Agency of South Africa", "Passenger Rail Agency of South Africa"),
        Q("she had paid R38 for two taxis to get to her employer in Walmer, more than double her usual train fare",
          "indirect", "Thandeka Mgoqi", "Thandeka Mgoqi"),
        Q('"I understand they want more money. Everyone wants more money. But it\'s us poor people who are '
          'suffering,"', "direct", "she", "Thandeka Mgoqi", speaker_at='suffering," she said'),
        Q("a lengthy strike would hit exporters hard, particularly in the automotive and citrus sectors, which rely "
          "heavily on rail to move goods to the port", "indirect", "The Nelson Mandela Bay Business Chamber",
          "Nelson Mandela Bay Business Chamber"),
        Q('"Every day that containers sit on the quay costs the region\'s exporters millions,"', "direct",
          "Anele Mbatha-Pillay", "Anele Mbatha-Pillay"),
        Q("his department was in talks with taxi associations about adding extra routes during peak hours",
          "indirect", "Siyabulela Gqeba", "Siyabulela Gqeba"),
        Q("the union would march to the Transnet regional offices in North End on Wednesday", "indirect",
          "Tshabalala", "Mzwandile Tshabalala", speaker_at="Tshabalala said the union would"),
    ]),
    Case("blind71-chiwara-obituary", """Football fraternity mourns 'Mr Reliable' Tendai Chiwara

Zimbabwe's football fraternity is in mourning following the death of former Dynamos and Warriors defender Tendai Chiwara, who died at Parirenyatwa Group of Hospitals in Harare on Thursday after a short illness. He was 61.

Chiwara, who was known to Dynamos supporters as 'Mr Reliable', won five league titles with the Harare giants in the 1980s and early 1990s and earned 38 caps for the national team.

His son, Tapiwa Chiwara, told The Standard that his father had been admitted to hospital on Monday complaining of chest pains.

'He was a gentle man at home, nothing like the hard tackler people saw on the pitch,' Tapiwa said. 'He always told us football gave him everything, so he had to give everything back.'

After retiring in 1996, Chiwara coached junior sides in Mbare for more than two decades, often paying for boots and bus fares out of his own pocket.

Former teammate Farai Mudzingwa described him as 'the best man-marker this country has ever produced'.

'Playing next to him, you never worried about what was happening behind you. Strikers from Zambia, from Cameroon, from Nigeria, they all hated facing Tendai.

'And after the game he would be the first one to shake their hands. That was the man.'

Dynamos Football Club described Chiwara as 'a true son of DeMbare' and said players would wear black armbands in Sunday's league match against Highlanders at Rufaro Stadium.

The Zimbabwe Football Association (Zifa) said it would assist the family with funeral arrangements. In a statement, Zifa acting president Dr Tinashe Mushonga said the nation had lost 'a patriot who wore the green and gold with pride'.

Former Warriors coach Clemence Sithole, who handed Chiwara his international debut in 1985, posted a picture of the two of them on social media. 'Rest well, captain. You made the number five shirt famous,' he wrote.

According to family spokesperson Gift Chiwara, a younger brother of the late defender, mourners are gathered at the family home in Mabvuku, and burial will take place at his rural home in Murehwa on Tuesday.

Chiwara is survived by his wife, Rumbidzai, four children and six grandchildren.""", [
        Q("his father had been admitted to hospital on Monday complaining of chest pains", "indirect",
          "Tapiwa Chiwara", "Tapiwa Chiwara"),
        Q("'He was a gentle man at home, nothing like the hard tackler people saw on the pitch,'", "direct",
          "Tapiwa", "Tapiwa Chiwara", speaker_at="Tapiwa said"),
        Q("'He always told us football gave him everything, so he had to give everything back.'", "direct",
          "Tapiwa", "Tapiwa Chiwara", speaker_at="Tapiwa said"),
        Q("'the best man-marker this country has ever produced'", "partial", "Farai Mudzingwa", "Farai Mudzingwa"),
        Q("'Playing next to him, you never worried about what was happening behind you. Strikers from Zambia, from "
          "Cameroon, from Nigeria, they all hated facing Tendai.", "direct", "Farai Mudzingwa", "Farai Mudzingwa"),
        Q("'And after the game he would be the first one to shake their hands. That was the man.'", "direct",
          "Farai Mudzingwa", "Farai Mudzingwa"),
        Q("'a true son of DeMbare'", "partial", "Dynamos Football Club", "Dynamos Football Club"),
        Q("players would wear black armbands in Sunday's league match against Highlanders at Rufaro Stadium",
          "indirect", "Dynamos Football Club", "Dynamos Football Club"),
        Q("it would assist the family with funeral arrangements", "indirect", "The Zimbabwe Football Association",
          "Zimbabwe Football Association"),
        Q("'a patriot who wore the green and gold with pride'", "partial", "Tinashe Mushonga", "Tinashe Mushonga"),
        Q("'Rest well, captain. You made the number five shirt famous,'", "direct", "he", "Clemence Sithole",
          speaker_at="he wrote"),
        Q("mourners are gathered at the family home in Mabvuku, and burial will take place at his rural home in "
          "Murehwa on Tuesday", "indirect", "Gift Chiwara", "Gift Chiwara"),
    ]),
    Case("blind71-jubbah-tombs", """Bronze Age burial complex uncovered near Jubbah in Hail region

RIYADH — Archaeologists have uncovered a Bronze Age burial complex containing more than 140 tombs near the town of Jubbah in the Hail region, the Heritage Commission announced on Sunday.

The tombs, which date back to between 2600 and 2000 BC, were identified during a three-season survey carried out by a joint Saudi-French team, the Saudi Press Agency (SPA) reported.

Dr. Abdullah bin Saleh Al-Zahrani, director of archaeological research at the commission, said the team had recovered bronze daggers, carnelian beads and pottery that pointed to long-distance trade with Mesopotamia and the Levant.

"These people were not isolated. They were connected to the great civilizations of their time, and the objects in these graves tell that story very clearly," Al-Zahrani told Saudi Gazette.

He said the commission would publish its full findings in a peer-reviewed journal next year and that the site had been fenced off and placed under round-the-clock protection.

Prof. Hélène de la Rochère of the French National Centre for Scientific Research (CNRS), who co-directs the excavation, said the scale of the necropolis had "surprised everyone on the team."

"We expected perhaps 30 or 40 tombs. Every week we found more," she said. "Some of the burials are remarkably well preserved, because nobody has disturbed them for four thousand years."

Jubbah is already known for its rock carvings, which were inscribed on UNESCO's World Heritage List in 2015 as part of the "Rock Art in the Hail Region" site.

Sheikh Faisal bin Hamad Al-Shammari, a tribal elder from Jubbah, said his grandfather used to warn children not to play among the stone mounds outside the town.

"We always knew there was something special here. Now the whole world will know," he said.

In a statement, the Heritage Commission said the discovery formed part of its efforts under Vision 2030 to document the Kingdom's cultural heritage, and that any future visitor access would be "carefully managed" to protect the tombs.

The commission has recorded more than 9,300 archaeological sites across the Kingdom, according to its latest figures, and has issued over 40 permits to international excavation teams this year.""", [
        Q("Archaeologists have uncovered a Bronze Age burial complex containing more than 140 tombs near the town of "
          "Jubbah in the Hail region", "indirect", "the Heritage Commission", "Heritage Commission",
          speaker_at="the Heritage Commission announced"),
        Q("The tombs, which date back to between 2600 and 2000 BC, were identified during a three-season survey "
          "carried out by a joint Saudi-French team", "indirect", "the Saudi Press Agency", "Saudi Press Agency"),
        Q("the team had recovered bronze daggers, carnelian beads and pottery that pointed to long-distance trade with "
          "Mesopotamia and the Levant", "indirect", "Abdullah bin Saleh Al-Zahrani", "Abdullah bin Saleh Al-Zahrani"),
        Q('"These people were not isolated. They were connected to the great civilizations of their time, and the '
          'objects in these graves tell that story very clearly,"', "direct", "Al-Zahrani",
          "Abdullah bin Saleh Al-Zahrani", speaker_at="Al-Zahrani told"),
        Q("the commission would publish its full findings in a peer-reviewed journal next year and that the site had "
          "been fenced off and placed under round-the-clock protection", "indirect", "He",
          "Abdullah bin Saleh Al-Zahrani", speaker_at="He said"),
        Q('"surprised everyone on the team."', "partial", "Hélène de la Rochère", "Hélène de la Rochère"),
        Q('"We expected perhaps 30 or 40 tombs. Every week we found more,"', "direct", "she", "Hélène de la Rochère",
          speaker_at='more," she said'),
        Q('"Some of the burials are remarkably well preserved, because nobody has disturbed them for four thousand '
          'years."', "direct", "she", "Hélène de la Rochère", speaker_at='more," she said'),
        Q("his grandfather used to warn children not to play among the stone mounds outside the town", "indirect",
          "Faisal bin Hamad Al-Shammari", "Faisal bin Hamad Al-Shammari"),
        Q('"We always knew there was something special here. Now the whole world will know,"', "direct", "he",
          "Faisal bin Hamad Al-Shammari", speaker_at='know," he said'),
        Q("the discovery formed part of its efforts under Vision 2030 to document the Kingdom's cultural heritage",
          "indirect", "the Heritage Commission", "Heritage Commission", speaker_at="the Heritage Commission said"),
        Q('"carefully managed"', "partial", "the Heritage Commission", "Heritage Commission",
          speaker_at="the Heritage Commission said"),
        Q("The commission has recorded more than 9,300 archaeological sites across the Kingdom", "indirect", "its",
          "Heritage Commission", speaker_at="according to its latest figures"),
    ]),
    Case("blind71-lembah-hevea", """Lembah Hevea's Q3 net profit jumps 61pc as rubber prices firm

KUALA LUMPUR, Nov 27 — Rubber and oil palm planter Lembah Hevea Bhd posted a 61 per cent jump in net profit for the third quarter ended September 30 to RM48.3 million, on the back of higher natural rubber prices and better yields from its estates in Kedah and Perak.

In a filing with Bursa Malaysia today, the group said revenue for the quarter rose 23 per cent year-on-year to RM412.6 million, while earnings per share climbed to 6.94 sen from 4.31 sen.

Group managing director Datuk Ahmad Faizal Hashim said the average selling price of the group's natural rubber rose to RM7.12 per kg from RM5.64 a year earlier, as supply disruptions in Thailand and Vietnam tightened the global market.

"The market has turned in our favour, but we are not complacent. Labour shortages remain our biggest headache, and we are still leaving latex on the trees," he said in a statement.

He said about 18 per cent of the group's tapping tasks were unfilled during the quarter, and that the company had begun trials of battery-powered tapping tools on 400 hectares in Baling to raise productivity.

Ahmad Faizal also said the group was "fully prepared" to meet the European Union's deforestation regulation, with all its rubber now traceable to plantation level.

The board declared an interim dividend of three sen per share, payable on January 9.

Chairman Tan Sri Lim Chee Keong said in the group's quarterly report that the outlook for the rest of the financial year remained positive, barring a sharp drop in demand from Chinese tyre makers.

The Malaysian Rubber Board's SMR 20 grade averaged 745.5 sen per kg in October, up 19 per cent from a year earlier, according to data on the board's website.

Rakyat Securities analyst Nur Syafiqah Abdul Rahman said the results were above expectations and raised her target price for the stock to RM3.05 from RM2.62.

"Rubber is finally paying the bills again. We think the upcycle has legs into the first half of next year," she told Malay Mail.

However, the National Union of Plantation Workers (NUPW) said higher profits should translate into better pay for tappers. Its general secretary, K. Letchumanan, said many tappers still took home less than RM1,700 a month.

"When prices were low, we were told to be patient. Now prices are high, and we are still waiting," Letchumanan said.

Shares of Lembah Hevea closed two sen higher at RM2.71 today, valuing the group at about RM1.9 billion.""", [
        Q("revenue for the quarter rose 23 per cent year-on-year to RM412.6 million, while earnings per share climbed "
          "to 6.94 sen from 4.31 sen", "indirect", "the group", "Lembah Hevea Bhd", speaker_at="the group said"),
        Q("the average selling price of the group's natural rubber rose to RM7.12 per kg from RM5.64 a year earlier, "
          "as supply disruptions in Thailand and Vietnam tightened the global market", "indirect",
          "Ahmad Faizal Hashim", "Ahmad Faizal Hashim"),
        Q('"The market has turned in our favour, but we are not complacent. Labour shortages remain our biggest '
          'headache, and we are still leaving latex on the trees,"', "direct", "he", "Ahmad Faizal Hashim",
          speaker_at="he said in a statement"),
        Q("about 18 per cent of the group's tapping tasks were unfilled during the quarter, and that the company had "
          "begun trials of battery-powered tapping tools on 400 hectares in Baling to raise productivity", "indirect",
          "He", "Ahmad Faizal Hashim", speaker_at="He said about"),
        Q('"fully prepared"', "partial", "Ahmad Faizal", "Ahmad Faizal Hashim", speaker_at="Ahmad Faizal also said"),
        Q("the outlook for the rest of the financial year remained positive, barring a sharp drop in demand from "
          "Chinese tyre makers", "indirect", "Lim Chee Keong", "Lim Chee Keong"),
        Q("The Malaysian Rubber Board's SMR 20 grade averaged 745.5 sen per kg in October, up 19 per cent from a "
          "year earlier", "indirect", "the board", "Malaysian Rubber Board",
          speaker_at="the board's website"),
        Q("the results were above expectations", "indirect", "Nur Syafiqah Abdul Rahman", "Nur Syafiqah Abdul Rahman"),
        Q('"Rubber is finally paying the bills again. We think the upcycle has legs into the first half of next '
          'year,"', "direct", "she", "Nur Syafiqah Abdul Rahman", speaker_at="she told Malay Mail"),
        Q("higher profits should translate into better pay for tappers", "indirect",
          "the National Union of Plantation Workers", "National Union of Plantation Workers"),
        Q("many tappers still took home less than RM1,700 a month", "indirect", "K. Letchumanan", "K. Letchumanan"),
        Q('"When prices were low, we were told to be patient. Now prices are high, and we are still waiting,"',
          "direct", "Letchumanan", "K. Letchumanan", speaker_at="Letchumanan said"),
    ]),
    Case("blind71-pampanga-birdflu", """DA culls 40,000 birds as bird flu hits Pampanga layer farm

The Department of Agriculture (DA) has ordered the culling of around 40,000 chickens and imposed a temporary ban on the movement of poultry from San Luis, Pampanga, after the Bureau of Animal Industry (BAI) confirmed an outbreak of H5N1 avian influenza at a layer farm in the town.

BAI Director Dr. Jose Emmanuel Baltazar III said samples from the farm tested positive on Saturday after the owner reported a sudden spike in deaths among his hens — about 2,000 birds in three days.

“We immediately deployed a quick response team and established a one-kilometer quarantine zone and a seven-kilometer control zone around the affected farm,” Baltazar said.

Under the DA’s protocol, all birds within the one-kilometer radius are culled, while poultry within seven kilometers are tested and monitored for 21 days.

Agriculture Assistant Secretary Ma. Cristina dela Cruz-Ocampo, the department’s spokesperson, assured consumers there was no need to panic, saying the outbreak was “isolated and contained.”

“Eggs and chicken meat sold in the markets are safe to eat as long as they are properly cooked,” she said during a press briefing on Monday.

The Department of Health (DOH) said no human infection had been recorded, but advised farm workers and residents in the area to report any flu-like symptoms to their barangay health centers.

Pampanga Gov. Renato Manalastas said the provincial government would give ₱5,000 in cash assistance to each affected backyard raiser, on top of the indemnification provided by the DA.

The ban covers live birds, eggs, day-old chicks and chicken manure, according to a memorandum order issued by the DA on Sunday.

Francisco Magbanua, president of the Philippine Egg Board Association (PEBA), told the Manila Bulletin that farm-gate egg prices in Central Luzon could rise by up to 50 centavos a piece if the outbreak spreads.

“Central Luzon supplies a big part of Metro Manila’s eggs. One outbreak is manageable, but if we get two or three, consumers will feel it,” he said in a phone interview.

For small raisers in the town, the losses are immediate. Aling Nena Sicat, 58, who keeps about 300 native chickens in Barangay San Isidro, said nobody had told her yet whether her birds would be included in the cull.

“If they take my chickens, how will I send my grandchildren to school?” she asked.

The Philippines recorded its first outbreak of avian influenza in 2017, also in San Luis, which led to the culling of more than 600,000 birds.""", [
        Q("samples from the farm tested positive on Saturday after the owner reported a sudden spike in deaths among "
          "his hens — about 2,000 birds in three days", "indirect", "Jose Emmanuel Baltazar III",
          "Jose Emmanuel Baltazar III"),
        Q("“We immediately deployed a quick response team and established a one-kilometer quarantine zone and a "
          "seven-kilometer control zone around the affected farm,”", "direct", "Baltazar",
          "Jose Emmanuel Baltazar III", speaker_at="Baltazar said"),
        Q("there was no need to panic", "indirect", "Ma. Cristina dela Cruz-Ocampo", "Ma. Cristina dela Cruz-Ocampo"),
        Q("“isolated and contained.”", "partial", "Ma. Cristina dela Cruz-Ocampo", "Ma. Cristina dela Cruz-Ocampo"),
        Q("“Eggs and chicken meat sold in the markets are safe to eat as long as they are properly cooked,”",
          "direct", "she", "Ma. Cristina dela Cruz-Ocampo", speaker_at="she said during"),
        Q("no human infection had been recorded", "indirect", "The Department of Health", "Department of Health"),
        Q("the provincial government would give ₱5,000 in cash assistance to each affected backyard raiser, on top "
          "of the indemnification provided by the DA", "indirect", "Renato Manalastas", "Renato Manalastas"),
        Q("The ban covers live birds, eggs, day-old chicks and chicken manure", "indirect",
          "the DA", "Department of Agriculture", speaker_at="issued by the DA"),
        Q("farm-gate egg prices in Central Luzon could rise by up to 50 centavos a piece if the outbreak spreads",
          "indirect", "Francisco Magbanua", "Francisco Magbanua"),
        Q("“Central Luzon supplies a big part of Metro Manila’s eggs. One outbreak is manageable, but if we get two "
          "or three, consumers will feel it,”", "direct", "he", "Francisco Magbanua",
          speaker_at="he said in a phone interview"),
        Q("nobody had told her yet whether her birds would be included in the cull", "indirect", "Nena Sicat",
          "Nena Sicat"),
        Q("“If they take my chickens, how will I send my grandchildren to school?”", "direct", "she", "Nena Sicat",
          speaker_at="she asked"),
    ]),
    Case("blind71-sheffield-tornado", """Tornado tears through south county; seven hurt, dozens of homes damaged

SHEFFIELD — An EF-2 tornado carved a 9-mile path through southern Berkshire County late Tuesday afternoon, tearing roofs off homes, toppling century-old maples and injuring at least seven people, officials said.

The National Weather Service office in Albany, N.Y., confirmed the tornado on Wednesday after surveying the damage and estimated its peak winds at 120 mph. Meteorologist Kevin O'Donnell-Barnes said the twister touched down near the Connecticut line just after 4:50 p.m. and stayed on the ground for about 14 minutes.

"This was a rare event for this part of the country, but it's not unprecedented," O'Donnell-Barnes said. "People need to take tornado warnings seriously here, the same as they would in Oklahoma."

Sheffield Fire Chief Marcus Lindqvist said crews had pulled two people from a collapsed barn on Route 7 and that all seven of the injured had been taken to Fairview Hospital in Great Barrington. None of the injuries was life-threatening, he said.

"When we got to Berkshire School Road, it looked like a bomb had gone off," Lindqvist said.

Gov. Maureen Costa-Hartley toured the damage Wednesday afternoon with Sen. Daniel Whitcombe and said she would ask the federal government for an emergency declaration.

"We will make sure this community gets every dollar of help it's entitled to," the governor told reporters outside Town Hall.

Whitcombe called the damage "heartbreaking" and praised volunteers who had spent the night clearing roads with chainsaws.

Residents described a roar like a freight train. Ana Lucía Ferreira, who lives on Maple Avenue with her two children, said she had just enough time to get them into the basement.

"I heard the windows go, and then the whole house was shaking," she said. "When we came up, the garage was gone. Just gone."

At the height of the storm more than 6,000 customers were without power, and a spokesperson for Eversource said most would be restored by Thursday night.

The American Red Cross opened a shelter at Mount Everett Regional School, where about 40 people spent Tuesday night, according to Emergency Management Director Linda Pacheco.

Pacheco urged residents to stay away from downed lines and to photograph any damage before starting repairs. Town officials said a debris drop-off site would open Saturday at the highway garage on Home Road.

Sheffield's annual "Harvest on the Green" festival, which had been scheduled for Saturday, has been postponed until October.""", [
        Q("An EF-2 tornado carved a 9-mile path through southern Berkshire County late Tuesday afternoon, tearing "
          "roofs off homes, toppling century-old maples and injuring at least seven people", "indirect", "officials",
          None, speaker_at="people, officials said"),
        Q("the twister touched down near the Connecticut line just after 4:50 p.m. and stayed on the ground for about "
          "14 minutes", "indirect", "Kevin O'Donnell-Barnes", "Kevin O'Donnell-Barnes"),
        Q('"This was a rare event for this part of the country, but it\'s not unprecedented,"', "direct",
          "O'Donnell-Barnes", "Kevin O'Donnell-Barnes", speaker_at="unprecedented,\" O'Donnell-Barnes said"),
        Q('"People need to take tornado warnings seriously here, the same as they would in Oklahoma."', "direct",
          "O'Donnell-Barnes", "Kevin O'Donnell-Barnes", speaker_at="unprecedented,\" O'Donnell-Barnes said"),
        Q("crews had pulled two people from a collapsed barn on Route 7 and that all seven of the injured had been "
          "taken to Fairview Hospital in Great Barrington", "indirect", "Marcus Lindqvist", "Marcus Lindqvist"),
        Q("None of the injuries was life-threatening", "indirect", "he", "Marcus Lindqvist",
          speaker_at="life-threatening, he said"),
        Q('"When we got to Berkshire School Road, it looked like a bomb had gone off,"', "direct", "Lindqvist",
          "Marcus Lindqvist", speaker_at="off,\" Lindqvist said"),
        Q("she would ask the federal government for an emergency declaration", "indirect", "Maureen Costa-Hartley",
          "Maureen Costa-Hartley"),
        Q('"We will make sure this community gets every dollar of help it\'s entitled to,"', "direct", "the governor",
          "Maureen Costa-Hartley"),
        Q('"heartbreaking"', "partial", "Whitcombe", "Daniel Whitcombe", speaker_at="Whitcombe called"),
        Q("she had just enough time to get them into the basement", "indirect", "Ana Lucía Ferreira",
          "Ana Lucía Ferreira"),
        Q('"I heard the windows go, and then the whole house was shaking,"', "direct", "she", "Ana Lucía Ferreira",
          speaker_at='shaking," she said'),
        Q('"When we came up, the garage was gone. Just gone."', "direct", "she", "Ana Lucía Ferreira",
          speaker_at='shaking," she said'),
        Q("most would be restored by Thursday night", "indirect", "a spokesperson for Eversource", None),
        Q("The American Red Cross opened a shelter at Mount Everett Regional School, where about 40 people spent "
          "Tuesday night", "indirect", "Linda Pacheco", "Linda Pacheco"),
        Q("a debris drop-off site would open Saturday at the highway garage on Home Road", "indirect",
          "Town officials", None),
    ]),
]
