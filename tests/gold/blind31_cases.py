"""Blind gold, set 31: short news articles written without sight of the pretagger.

Wire copy and local and national papers from many countries, in several house
styles (curly double quotes, straight quotes, British single quotes), with
every quote annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind31-kidnap-trial", """Belgian court opens trial over kidnapping of shipping heir

BRUSSELS (AFP) – Five men went on trial in Brussels on Monday accused of abducting the son of a wealthy Antwerp shipping family and holding him for 11 days in a farmhouse near the Dutch border.

The victim, Pieter-Jan de Wilde, then 24, was snatched outside a gym in the city’s Zurenborg district in October 2021 and released after his family paid a ransom of 1.8 million euros, prosecutors said.

“This was not an improvised act. It was planned for months, down to the colour of the van,” prosecutor Annelies Van den Broeck told the court as she read out the indictment.

The alleged ringleader, 41-year-old Karim El Ouazzani, denies the charges. His lawyer, Sébastien de Mévius, said his client had been “in Tangier with his mother” at the time of the abduction and that investigators had “built a case on a phone that was never his”.

“My client has been in pre-trial detention for two and a half years on the basis of a rumour,” de Mévius told reporters outside the Palais de Justice. “We will show that.”

Two of the other defendants have partially confessed, according to court documents seen by AFP.

De Wilde, now 27, is expected to testify later this month. In a rare interview with the Flemish daily De Standaard last year, he described his captivity as “eleven days of counting footsteps”.

His father, Jan de Wilde, who heads the family firm, arrived at court without speaking to journalists. A family spokeswoman said they “trust the justice system and ask for their privacy to be respected”.

Presiding judge Hélène Vanderstraeten warned the public gallery that she would not tolerate outbursts. “This court will hear everybody, and it will hear them in silence,” she said.

The case has gripped Belgium, where kidnappings for ransom are rare. Police said at the time that the gang had used encrypted phones and a rented farmhouse in the village of Meerle, a few hundred metres from the Netherlands.

The trial in what is known in Belgium as “the Zurenborg case” is scheduled to last six weeks, with a verdict expected in late June.""", [
        Q("The victim, Pieter-Jan de Wilde, then 24, was snatched outside a gym in the city’s Zurenborg district in "
          "October 2021 and released after his family paid a ransom of 1.8 million euros", "indirect",
          "prosecutors", None),
        Q("“This was not an improvised act. It was planned for months, down to the colour of the van,”", "direct",
          "Annelies Van den Broeck", "Annelies Van den Broeck"),
        Q("“in Tangier with his mother”", "partial", "Sébastien de Mévius", "Sébastien de Mévius"),
        Q("“built a case on a phone that was never his”", "partial", "Sébastien de Mévius", "Sébastien de Mévius"),
        Q("“My client has been in pre-trial detention for two and a half years on the basis of a rumour,”", "direct",
          "de Mévius", "Sébastien de Mévius", speaker_at="de Mévius told"),
        Q("“We will show that.”", "direct", "de Mévius", "Sébastien de Mévius", speaker_at="de Mévius told"),
        Q("Two of the other defendants have partially confessed", "indirect", "court documents seen by AFP", None),
        Q("“eleven days of counting footsteps”", "partial", "he", "Pieter-Jan de Wilde", speaker_at="he described"),
        Q("“trust the justice system and ask for their privacy to be respected”", "partial",
          "A family spokeswoman", None),
        Q("she would not tolerate outbursts", "indirect", "Hélène Vanderstraeten", "Hélène Vanderstraeten"),
        Q("“This court will hear everybody, and it will hear them in silence,”", "direct", "she",
          "Hélène Vanderstraeten", speaker_at="she said"),
        Q("the gang had used encrypted phones and a rented farmhouse in the village of Meerle, a few hundred metres "
          "from the Netherlands", "indirect", "Police", None),
    ], source="blind"),
    Case("blind31-danube-floods", """Danube floods force evacuations in Bavaria as river nears record

REGENSBURG, Germany (dpa) - Hundreds of residents were evacuated from low-lying districts of Regensburg on Tuesday as the Danube rose to its highest level in more than a decade, with forecasters warning that the peak was still to come.

The river stood at 6.42 metres at the city's Eiserne Brücke gauge on Tuesday afternoon, according to the Bavarian flood information service. The German Weather Service (DWD) said further heavy rain was expected across southern Bavaria until Thursday.

"We are preparing for a level of around seven metres, and we are not ruling out more," Regensburg mayor Claudia Breitenfeld-Huber told dpa. The city had set up emergency shelters in two schools, she said.

State interior minister Joachim von Rotberg, who toured the flood defences by boat, praised the volunteers. "What the fire brigades and the THW are doing here is extraordinary," he said. "But I have to be honest: the next 48 hours will be difficult."

Von Rotberg said the state would provide emergency aid of up to 5,000 euros per household for those whose homes were flooded, and promised that "nobody will be left alone with the damage."

In the village of Sinzing, west of the city, residents filled sandbags late into the night. "In 2013 the water came up to here," said pensioner Erwin Stadlbauer, pointing at a mark on his garage wall. "I hoped I would never see it again."

The Federal Agency for Technical Relief (THW) said more than 900 of its volunteers had been deployed in Bavaria and Baden-Württemberg.

Rail operator Deutsche Bahn said the line between Regensburg and Passau was closed until further notice because of a flooded embankment near Straubing. The company advised passengers to "postpone journeys that are not urgent".

Climate researchers have long warned that extreme rainfall events are becoming more frequent in central Europe. "What used to be a hundred-year flood is now something we see every ten or fifteen years," said hydrologist Prof. Katrin Oberhauser of the Technical University of Munich.

Shipping on the Danube between Kelheim and Passau was halted on Monday evening and is not expected to resume before the weekend.""", [
        Q("that the peak was still to come", "indirect", "forecasters", None),
        Q("The river stood at 6.42 metres at the city's Eiserne Brücke gauge on Tuesday afternoon", "indirect",
          "the Bavarian flood information service", "Bavarian flood information service"),
        Q("further heavy rain was expected across southern Bavaria until Thursday", "indirect",
          "The German Weather Service", "German Weather Service"),
        Q('"We are preparing for a level of around seven metres, and we are not ruling out more,"', "direct",
          "Claudia Breitenfeld-Huber", "Claudia Breitenfeld-Huber"),
        Q("The city had set up emergency shelters in two schools", "indirect", "she", "Claudia Breitenfeld-Huber",
          speaker_at="she said"),
        Q('"What the fire brigades and the THW are doing here is extraordinary,"', "direct", "he",
          "Joachim von Rotberg", speaker_at="he said"),
        Q('"But I have to be honest: the next 48 hours will be difficult."', "direct", "he", "Joachim von Rotberg",
          speaker_at="he said"),
        Q("the state would provide emergency aid of up to 5,000 euros per household for those whose homes were "
          "flooded", "indirect", "Von Rotberg", "Joachim von Rotberg"),
        Q('"nobody will be left alone with the damage."', "partial", "Von Rotberg", "Joachim von Rotberg"),
        Q('"In 2013 the water came up to here,"', "direct", "Erwin Stadlbauer", "Erwin Stadlbauer"),
        Q('"I hoped I would never see it again."', "direct", "Erwin Stadlbauer", "Erwin Stadlbauer"),
        Q("more than 900 of its volunteers had been deployed in Bavaria and Baden-Württemberg", "indirect",
          "The Federal Agency for Technical Relief", "Federal Agency for Technical Relief"),
        Q("the line between Regensburg and Passau was closed until further notice because of a flooded embankment "
          "near Straubing", "indirect", "Deutsche Bahn", "Deutsche Bahn"),
        Q('"postpone journeys that are not urgent"', "partial", "The company", "Deutsche Bahn"),
        Q("that extreme rainfall events are becoming more frequent in central Europe", "indirect",
          "Climate researchers", None),
        Q('"What used to be a hundred-year flood is now something we see every ten or fifteen years,"', "direct",
          "Katrin Oberhauser", "Katrin Oberhauser"),
    ], source="blind"),
    Case("blind31-potholes", """Council under fire as pothole repairs fall months behind

Drivers and cyclists in Plymouth have accused the city council of 'giving up' on the city's roads after figures showed more than 4,300 potholes were reported in the first three months of the year.

The figures, obtained by The Herald under the Freedom of Information Act, show the average repair is now taking 47 days, against a target of 28.

Cllr Jemma Laing-Pascoe, cabinet member for transport, said the authority was 'doing everything it can' with a shrinking budget.

'We inherited a backlog that was years in the making, and we are not going to fix it overnight,' she said. 'What I can promise is that the worst roads are being prioritised.'

She said an extra £2.1 million had been set aside this year for resurfacing, including stretches of Tavistock Road and Outland Road, on top of the council's 'Fix It First' programme launched in 2022.

But Conservative group leader Cllr Graham St John-Pollard described the situation as 'a disgrace'.

'Residents are paying more council tax than ever and getting roads that are falling apart under their wheels,' he said. 'Plymouth deserves better than excuses.'

Taxi driver Kwame Asante-Boateng, who has worked in the city for 19 years, told The Herald he had paid £640 for two new tyres and a wheel alignment since January.

'You swerve to miss one and there's another waiting for you,' he said. 'Some nights I go home and my back is in bits.'

The RAC said the problem was not unique to Plymouth. 'The pothole is the single biggest frustration we hear about from drivers, and the South West has had a particularly wet winter,' said RAC spokesperson Simon Whitlock-Hale.

A Plymouth City Council spokesperson said residents could report potholes through the council's website and that 'every report is inspected within five working days'.

Cyclists say the problem is more than an inconvenience. Amira Haddad, who rides from Mutley to Derriford Hospital every day, came off her bike on Tavistock Road in February and broke her wrist.

'I reported that hole three times before I hit it,' she said. 'Nobody came.'""", [
        Q("'giving up'", "partial", "Drivers and cyclists in Plymouth", None),
        Q("'doing everything it can'", "partial", "Jemma Laing-Pascoe", "Jemma Laing-Pascoe"),
        Q("'We inherited a backlog that was years in the making, and we are not going to fix it overnight,'",
          "direct", "she", "Jemma Laing-Pascoe", speaker_at="overnight,' she said"),
        Q("'What I can promise is that the worst roads are being prioritised.'", "direct", "she",
          "Jemma Laing-Pascoe", speaker_at="overnight,' she said"),
        Q("an extra £2.1 million had been set aside this year for resurfacing, including stretches of Tavistock "
          "Road and Outland Road, on top of the council's 'Fix It First' programme launched in 2022", "indirect",
          "She", "Jemma Laing-Pascoe", speaker_at="She said an extra"),
        Q("'a disgrace'", "partial", "Graham St John-Pollard", "Graham St John-Pollard"),
        Q("'Residents are paying more council tax than ever and getting roads that are falling apart under their "
          "wheels,'", "direct", "he", "Graham St John-Pollard", speaker_at="wheels,' he said"),
        Q("'Plymouth deserves better than excuses.'", "direct", "he", "Graham St John-Pollard",
          speaker_at="wheels,' he said"),
        Q("he had paid £640 for two new tyres and a wheel alignment since January", "indirect",
          "Kwame Asante-Boateng", "Kwame Asante-Boateng"),
        Q("'You swerve to miss one and there's another waiting for you,'", "direct", "he", "Kwame Asante-Boateng",
          speaker_at="for you,' he said"),
        Q("'Some nights I go home and my back is in bits.'", "direct", "he", "Kwame Asante-Boateng",
          speaker_at="for you,' he said"),
        Q("the problem was not unique to Plymouth", "indirect", "The RAC", "RAC"),
        Q("'The pothole is the single biggest frustration we hear about from drivers, and the South West has had a "
          "particularly wet winter,'", "direct", "Simon Whitlock-Hale", "Simon Whitlock-Hale"),
        Q("residents could report potholes through the council's website", "indirect",
          "A Plymouth City Council spokesperson", None),
        Q("'every report is inspected within five working days'", "partial", "A Plymouth City Council spokesperson",
          None),
        Q("the problem is more than an inconvenience", "indirect", "Cyclists", None),
        Q("'I reported that hole three times before I hit it,'", "direct", "she", "Amira Haddad",
          speaker_at="hit it,' she said"),
        Q("'Nobody came.'", "direct", "she", "Amira Haddad", speaker_at="hit it,' she said"),
    ], source="blind"),
    Case("blind31-daisy-hill", """Daisy Hill emergency department to close overnight from next month

The emergency department at Daisy Hill Hospital in Newry will close between 8pm and 8am from May 1, the Southern Health and Social Care Trust has confirmed, in a move campaigners have called 'the beginning of the end' for the hospital.

The trust said it had been unable to recruit enough middle-grade doctors to run a safe overnight service, and that patients would instead be taken to Craigavon Area Hospital, around 25 miles away.

In a statement, the trust's medical director Dr Siobhán Ní Dhuibhir said: 'This is not a decision any of us wanted to make. Patient safety has to come first, and at the moment we simply cannot guarantee it overnight.'

She added that the change would be 'temporary' and would be reviewed after six months.

But Save Daisy Hill campaign chairwoman Eileen McAteer-Devlin said people in south Down and south Armagh had 'heard that word before'.

'Every time they say temporary, it turns out to be permanent,' she told The Irish News. 'People here are going to die in the back of ambulances on the Newry bypass. That's not scaremongering, that's what the paramedics are telling us.'

Sinn Féin MLA Conor Mac Giolla Bhríde said he would raise the closure with the health minister at Stormont this week.

'The people of this area were promised a fully functioning hospital. We will hold the department to that promise,' he said.

A Department of Health spokesperson said workforce pressures were 'being felt across every trust in Northern Ireland' and that the department was working on a regional plan for urgent and emergency care.

The Northern Ireland Ambulance Service (NIAS) said it was 'working closely with the trust' to manage the extra journeys, but the Unite union, which represents many paramedics, warned that crews were 'already stretched to breaking point'.

Local GP Dr Ravi Subramaniam, who has practised in Warrenpoint for 22 years, said his patients were frightened.

'I had an elderly man in this morning asking me whether he should sell his house and move to Portadown,' he said. 'That's where we are.'

A public meeting has been called for Thursday evening in the Canal Court Hotel.""", [
        Q("'the beginning of the end'", "partial", "campaigners", None),
        Q("The emergency department at Daisy Hill Hospital in Newry will close between 8pm and 8am from May 1",
          "indirect", "the Southern Health and Social Care Trust", "Southern Health and Social Care Trust"),
        Q("it had been unable to recruit enough middle-grade doctors to run a safe overnight service, and that "
          "patients would instead be taken to Craigavon Area Hospital, around 25 miles away", "indirect",
          "The trust", "Southern Health and Social Care Trust", speaker_at="The trust said"),
        Q("'This is not a decision any of us wanted to make. Patient safety has to come first, and at the moment we "
          "simply cannot guarantee it overnight.'", "direct", "Siobhán Ní Dhuibhir", "Siobhán Ní Dhuibhir"),
        Q("'temporary'", "partial", "She", "Siobhán Ní Dhuibhir", speaker_at="She added"),
        Q("'heard that word before'", "partial", "Eileen McAteer-Devlin", "Eileen McAteer-Devlin"),
        Q("'Every time they say temporary, it turns out to be permanent,'", "direct", "she", "Eileen McAteer-Devlin",
          speaker_at="she told"),
        Q("'People here are going to die in the back of ambulances on the Newry bypass. That's not scaremongering, "
          "that's what the paramedics are telling us.'", "direct", "she", "Eileen McAteer-Devlin",
          speaker_at="she told"),
        Q("he would raise the closure with the health minister at Stormont this week", "indirect",
          "Conor Mac Giolla Bhríde", "Conor Mac Giolla Bhríde"),
        Q("'The people of this area were promised a fully functioning hospital. We will hold the department to that "
          "promise,'", "direct", "he", "Conor Mac Giolla Bhríde", speaker_at="promise,' he said"),
        Q("'being felt across every trust in Northern Ireland'", "partial", "A Department of Health spokesperson",
          None),
        Q("the department was working on a regional plan for urgent and emergency care", "indirect",
          "A Department of Health spokesperson", None),
        Q("'working closely with the trust'", "partial", "The Northern Ireland Ambulance Service",
          "Northern Ireland Ambulance Service"),
        Q("'already stretched to breaking point'", "partial", "the Unite union", "Unite"),
        Q("his patients were frightened", "indirect", "Ravi Subramaniam", "Ravi Subramaniam"),
        Q("'I had an elderly man in this morning asking me whether he should sell his house and move to Portadown,'",
          "direct", "he", "Ravi Subramaniam", speaker_at="Portadown,' he said"),
        Q("'That's where we are.'", "direct", "he", "Ravi Subramaniam", speaker_at="Portadown,' he said"),
    ], source="blind"),
    Case("blind31-hurling-semi", """Athenry edge out Loughrea in thrilling county semi-final

Athenry booked their place in the Galway senior hurling final with a 1-19 to 0-20 win over Loughrea at Pearse Stadium on Sunday, a late goal from substitute Darragh Ó Cualáin proving decisive.

The sides were level six times in a tense second half before Ó Cualáin, introduced just seven minutes earlier, flicked home a dropping ball from Seán Mac Fhlannchadha in the 61st minute.

"I just kept my eyes on it and hoped for the best," a beaming Ó Cualáin said afterwards. "The lads had done all the hard work. I only had to finish it."

Athenry manager Pádraig "Podge" Kilkelly admitted his side had "ridden our luck" at times.

"Loughrea threw everything at us in the last ten minutes and we were hanging on," Kilkelly said. "But that's championship hurling. You don't get anything handed to you."

He said corner-back Evan Fahy-Kenny, who went off with a hamstring injury in the first half, would be assessed during the week.

Loughrea boss Gerry Ó hAodha was gracious in defeat. "Fair play to Athenry, they took their chance and we didn't," he said. "There's no shame in that performance. I'm proud of every one of them."

Loughrea had led by three points at half-time, 0-12 to 0-9, thanks largely to the free-taking of Cathal Burke-Mannion, who finished with 0-11.

Burke-Mannion told the Tuam Herald he felt the side had "switched off" for a spell after the restart. "We stopped doing the simple things for ten minutes and it cost us," the 22-year-old said.

County board chairman Tom Ó Raghallaigh said the final would take place on October 20, subject to confirmation, and that ticket details would be announced on the Galway GAA website shortly.

Athenry will face the winners of next weekend's semi-final between St Thomas' and Gort. Podge Kilkelly, asked which side he would prefer, laughed. "Neither of them, to be honest."

Scorers - Athenry: D Ó Cualáin 1-0, S Mac Fhlannchadha 0-7 (5f), J Coen 0-4, E Fahy-Kenny 0-2. Loughrea: C Burke-Mannion 0-11 (8f), P Haverty 0-3, N Kelly 0-2.""", [
        Q('"I just kept my eyes on it and hoped for the best,"', "direct", "Ó Cualáin", "Darragh Ó Cualáin",
          speaker_at="beaming Ó Cualáin"),
        Q('"The lads had done all the hard work. I only had to finish it."', "direct", "Ó Cualáin",
          "Darragh Ó Cualáin", speaker_at="beaming Ó Cualáin"),
        Q('"ridden our luck"', "partial", 'Pádraig "Podge" Kilkelly', "Pádraig Kilkelly"),
        Q('"Loughrea threw everything at us in the last ten minutes and we were hanging on,"', "direct", "Kilkelly",
          "Pádraig Kilkelly", speaker_at="Kilkelly said"),
        Q('"But that\'s championship hurling. You don\'t get anything handed to you."', "direct", "Kilkelly",
          "Pádraig Kilkelly", speaker_at="Kilkelly said"),
        Q("corner-back Evan Fahy-Kenny, who went off with a hamstring injury in the first half, would be assessed "
          "during the week", "indirect", "He", "Pádraig Kilkelly", speaker_at="He said corner-back"),
        Q('"Fair play to Athenry, they took their chance and we didn\'t,"', "direct", "he", "Gerry Ó hAodha",
          speaker_at="didn't,\" he said"),
        Q('"There\'s no shame in that performance. I\'m proud of every one of them."', "direct", "he",
          "Gerry Ó hAodha", speaker_at="didn't,\" he said"),
        Q('"switched off"', "partial", "Burke-Mannion", "Cathal Burke-Mannion", speaker_at="Burke-Mannion told"),
        Q('"We stopped doing the simple things for ten minutes and it cost us,"', "direct", "the 22-year-old",
          "Cathal Burke-Mannion"),
        Q("the final would take place on October 20, subject to confirmation, and that ticket details would be "
          "announced on the Galway GAA website shortly", "indirect", "Tom Ó Raghallaigh", "Tom Ó Raghallaigh"),
        Q('"Neither of them, to be honest."', "direct", "Podge Kilkelly", "Pádraig Kilkelly"),
    ], source="blind"),
    Case("blind31-goldminer", """Bendigo goldminer lifts output but warns of rising costs

Sandhurst Goldfields has posted a 23 per cent rise in half-year gold production at its Kangaroo Flat mine, but the Bendigo-based miner has warned shareholders that labour and energy costs are eating into its margins.

The company produced 48,600 ounces in the six months to December 31, up from 39,500 a year earlier, and booked a net profit of $31.2 million, according to results lodged with the ASX on Wednesday.

Managing director Dr Mei-Ling Tran-Whitfield said the result reflected "a year of grinding, unglamorous work underground" after the company opened two new stopes on the Garden Gully line of reef.

"We have turned a corner at Kangaroo Flat," she told the Advertiser. "The grades are where we hoped they would be, and our people have done an outstanding job to get us here safely."

But all-in sustaining costs rose to $2,140 an ounce, from $1,870. Dr Tran-Whitfield said the increase was driven by wage rises and higher diesel and electricity prices.

"Costs are the conversation in every mining boardroom in this country right now, and we're no different," she said.

The company said it now expected full-year production of between 95,000 and 102,000 ounces, at the top end of its earlier guidance.

Shares in SGL rose 6.8 per cent to $1.42 by the close of trade.

Resources analyst Hamish O'Loughlin of Melbourne broker Collins Street Partners said the market had been "pleasantly surprised" by the grades.

"It's a clean result. The question for investors is whether the grades hold up into the second half," he said.

The mine employs about 410 people, most of them from Bendigo and surrounding towns. City of Greater Bendigo mayor Cr Julie Papadopoulos-Kerr welcomed the figures, saying the mine was "a vital part of our local economy and our history".

Not everyone was celebrating. Australian Workers' Union (AWU) Victorian secretary Sione Tuilagi-Mercer said the union would put the result on the table when enterprise bargaining talks resume next month.

"Record profits and record output should mean a fair deal for the people who go underground every day," he said. "Our members will be reminding the company of that."

Sandhurst Goldfields will hold its annual general meeting at the Capital theatre on View Street in November.""", [
        Q("labour and energy costs are eating into its margins", "indirect", "the Bendigo-based miner",
          "Sandhurst Goldfields"),
        Q("The company produced 48,600 ounces in the six months to December 31, up from 39,500 a year earlier, and "
          "booked a net profit of $31.2 million", "indirect", "results lodged with the ASX", None),
        Q('"a year of grinding, unglamorous work underground"', "partial", "Mei-Ling Tran-Whitfield",
          "Mei-Ling Tran-Whitfield"),
        Q('"We have turned a corner at Kangaroo Flat,"', "direct", "she", "Mei-Ling Tran-Whitfield",
          speaker_at="she told"),
        Q('"The grades are where we hoped they would be, and our people have done an outstanding job to get us here '
          'safely."', "direct", "she", "Mei-Ling Tran-Whitfield", speaker_at="she told"),
        Q("the increase was driven by wage rises and higher diesel and electricity prices", "indirect",
          "Tran-Whitfield", "Mei-Ling Tran-Whitfield", speaker_at="Dr Tran-Whitfield said"),
        Q('"Costs are the conversation in every mining boardroom in this country right now, and we\'re no '
          'different,"', "direct", "she", "Mei-Ling Tran-Whitfield", speaker_at="different,\" she said"),
        Q("it now expected full-year production of between 95,000 and 102,000 ounces, at the top end of its earlier "
          "guidance", "indirect", "The company", "Sandhurst Goldfields", speaker_at="The company said"),
        Q('"pleasantly surprised"', "partial", "Hamish O'Loughlin", "Hamish O'Loughlin"),
        Q('"It\'s a clean result. The question for investors is whether the grades hold up into the second half,"',
          "direct", "he", "Hamish O'Loughlin", speaker_at="half,\" he said"),
        Q('"a vital part of our local economy and our history"', "partial", "Julie Papadopoulos-Kerr",
          "Julie Papadopoulos-Kerr"),
        Q("the union would put the result on the table when enterprise bargaining talks resume next month",
          "indirect", "Sione Tuilagi-Mercer", "Sione Tuilagi-Mercer"),
        Q('"Record profits and record output should mean a fair deal for the people who go underground every day,"',
          "direct", "he", "Sione Tuilagi-Mercer", speaker_at="day,\" he said"),
        Q('"Our members will be reminding the company of that."', "direct", "he", "Sione Tuilagi-Mercer",
          speaker_at="day,\" he said"),
    ], source="blind"),
    Case("blind31-hawera-explosion", """Hāwera house destroyed in gas explosion, two in hospital

Two people are in hospital after a gas explosion destroyed a house in Hāwera early on Saturday, rattling windows several streets away.

Fire and Emergency New Zealand (Fenz) said crews were called to a property on Glover Rd at 4.12am and found the house “well involved” in fire.

“When the first crew arrived, the house was essentially gone. There was debris across the road and into the neighbouring sections,” Fenz Taranaki district manager Whetū Tamatea-Rowe said.

Tamatea-Rowe said the two occupants, a man in his 60s and a woman in her 50s, had been pulled from the rubble by neighbours before emergency services arrived.

Hato Hone St John said it took both to Taranaki Base Hospital in New Plymouth, the man in a serious condition and the woman in a moderate condition.

A Te Whatu Ora spokesperson said on Sunday afternoon that the man’s condition had improved to stable.

Neighbour Leilani Fa’amausili, who lives two doors down, said she was woken by “a bang like a bomb going off”.

“The whole house shook. I ran outside in my pyjamas and there was just fire everywhere,” she said. “Then I saw the boys from next door lifting bits of the roof off them with their bare hands.”

Police said the cause of the explosion was not yet known, but it was not being treated as suspicious. WorkSafe has been notified.

Network operator Taranaki Gas Networks (TGN) said in a statement that it had isolated the supply to the street as a precaution and that there was “no ongoing risk to the public”.

Its chief executive, Rangi Ngata-Pōtae, said TGN staff would be going door to door on Monday to check connections at neighbouring homes. “We understand people are shaken, and we want to reassure them,” he said.

South Taranaki mayor Mere Karaitiana-Hughes said the community had rallied around the couple, whose names have not been released.

“That’s what this town does. People turned up with blankets, food, whatever they had,” she said. “By breakfast time somebody had already set up a Givealittle page.”

A cordon remained in place on Glover Rd on Sunday night.""", [
        Q("crews were called to a property on Glover Rd at 4.12am", "indirect",
          "Fire and Emergency New Zealand", "Fire and Emergency New Zealand"),
        Q("“well involved”", "partial", "Fire and Emergency New Zealand", "Fire and Emergency New Zealand"),
        Q("“When the first crew arrived, the house was essentially gone. There was debris across the road and into "
          "the neighbouring sections,”", "direct", "Whetū Tamatea-Rowe", "Whetū Tamatea-Rowe"),
        Q("the two occupants, a man in his 60s and a woman in her 50s, had been pulled from the rubble by neighbours "
          "before emergency services arrived", "indirect", "Tamatea-Rowe", "Whetū Tamatea-Rowe",
          speaker_at="Tamatea-Rowe said the two"),
        Q("it took both to Taranaki Base Hospital in New Plymouth, the man in a serious condition and the woman in a "
          "moderate condition", "indirect", "Hato Hone St John", "Hato Hone St John"),
        Q("that the man’s condition had improved to stable", "indirect", "A Te Whatu Ora spokesperson", None),
        Q("“a bang like a bomb going off”", "partial", "Leilani Fa’amausili", "Leilani Fa’amausili"),
        Q("“The whole house shook. I ran outside in my pyjamas and there was just fire everywhere,”", "direct", "she",
          "Leilani Fa’amausili", speaker_at="everywhere,” she said"),
        Q("“Then I saw the boys from next door lifting bits of the roof off them with their bare hands.”", "direct",
          "she", "Leilani Fa’amausili", speaker_at="everywhere,” she said"),
        Q("the cause of the explosion was not yet known, but it was not being treated as suspicious", "indirect",
          "Police", None),
        Q("that it had isolated the supply to the street as a precaution", "indirect",
          "Taranaki Gas Networks", "Taranaki Gas Networks"),
        Q("“no ongoing risk to the public”", "partial", "Taranaki Gas Networks", "Taranaki Gas Networks"),
        Q("TGN staff would be going door to door on Monday to check connections at neighbouring homes", "indirect",
          "Rangi Ngata-Pōtae", "Rangi Ngata-Pōtae"),
        Q("“We understand people are shaken, and we want to reassure them,”", "direct", "he", "Rangi Ngata-Pōtae",
          speaker_at="reassure them,” he said"),
        Q("the community had rallied around the couple, whose names have not been released", "indirect",
          "Mere Karaitiana-Hughes", "Mere Karaitiana-Hughes"),
        Q("“That’s what this town does. People turned up with blankets, food, whatever they had,”", "direct", "she",
          "Mere Karaitiana-Hughes", speaker_at="they had,” she said"),
        Q("“By breakfast time somebody had already set up a Givealittle page.”", "direct", "she",
          "Mere Karaitiana-Hughes", speaker_at="they had,” she said"),
    ], source="blind"),
    Case("blind31-africville-obit", """Beatrice Mayers-Oduya, keeper of Africville’s memory, dies at 84

Beatrice Mayers-Oduya, a community organizer who spent more than five decades fighting for recognition of the families displaced from Africville, died Tuesday at a long-term care home in Dartmouth. She was 84.

Her death was confirmed by her son, Rev. Malcolm Oduya, a Baptist minister in North Preston.

“My mother never raised her voice, but she never backed down either,” he told the Halifax Examiner on Wednesday. “Premiers, mayors, bishops — she outlasted all of them.”

Born in Africville in 1940, Mayers-Oduya was in her twenties when the City of Halifax began expropriating and bulldozing the community’s homes in the 1960s. Her family was moved, with its belongings, in a city garbage truck — a detail she repeated in speeches for the rest of her life.

In a 2014 interview with CBC Radio, she said the loss of the community was “not about houses. It was about being told we didn’t count.”

In the 1980s she began compiling the notebooks that became known around Halifax as “Bea’s books”: handwritten registers of every family, house and church member she could trace. Historians now regard them as among the most complete records of the community that survive.

“When the archives failed us, Bea’s notebooks didn’t,” said Dr. Afua Boateng-Sealy, a historian at Saint Mary’s University who worked with her for two decades. “She kept lists. Names, addresses, who lived next to whom. That was her form of protest.”

Mayers-Oduya welcomed the city’s formal apology in 2010, which she called “a beginning, not an ending,” but she continued to press for compensation for former residents and their descendants.

“Africville is part of the story of this city because people like Bea refused to let it be forgotten,” said Coun. Tamika Desmond-Greer, whose district includes the former site.

Chief Mary Ann Paul-Sylliboy of Millbrook First Nation said Mayers-Oduya had “stood with us when few others did,” recalling her support for Mi’kmaw land defenders in the 1990s.

A spokesperson for the Halifax Regional Municipality said flags at City Hall would fly at half-mast on Friday.

She is survived by her son, two daughters, nine grandchildren and four great-grandchildren. A celebration of life will be held at the Africville Church museum on Saturday, May 18.""", [
        Q("“My mother never raised her voice, but she never backed down either,”", "direct", "he", "Malcolm Oduya",
          speaker_at="he told"),
        Q("“Premiers, mayors, bishops — she outlasted all of them.”", "direct", "he", "Malcolm Oduya",
          speaker_at="he told"),
        Q("“not about houses. It was about being told we didn’t count.”", "partial", "she",
          "Beatrice Mayers-Oduya", speaker_at="she said the loss"),
        Q("“When the archives failed us, Bea’s notebooks didn’t,”", "direct", "Afua Boateng-Sealy",
          "Afua Boateng-Sealy"),
        Q("“She kept lists. Names, addresses, who lived next to whom. That was her form of protest.”", "direct",
          "Afua Boateng-Sealy", "Afua Boateng-Sealy"),
        Q("“a beginning, not an ending,”", "partial", "she", "Beatrice Mayers-Oduya", speaker_at="which she called"),
        Q("“Africville is part of the story of this city because people like Bea refused to let it be forgotten,”",
          "direct", "Tamika Desmond-Greer", "Tamika Desmond-Greer"),
        Q("“stood with us when few others did,”", "partial", "Mary Ann Paul-Sylliboy", "Mary Ann Paul-Sylliboy"),
        Q("flags at City Hall would fly at half-mast on Friday", "indirect",
          "A spokesperson for the Halifax Regional Municipality", None),
    ], source="blind"),
    Case("blind31-kasese-cholera", """Cholera outbreak in Kasese claims six lives

Six people have died and at least 83 others have been admitted with cholera in Kasese District, health officials have said, as the outbreak spreads to fishing communities along the shores of Lake George.

The Ministry of Health confirmed the outbreak last Friday after laboratory tests on samples from Kahendero landing site returned positive for Vibrio cholerae.

Speaking to the Monitor on Tuesday, the Kasese District Health Officer, Dr Yusuf Baseka-Muhindo, said most of the patients were fishermen and their families who draw water directly from the lake.

"The problem is sanitation. Many households at the landing sites do not have latrines, so the waste ends up in the same water people drink," Dr Baseka-Muhindo said.

He said the district had opened two cholera treatment units, at Kahendero and at Bwera General Hospital, and that 41 patients had so far been discharged.

The Ministry of Health spokesperson, Mr Emmanuel Tumusiime-Kato, said a team from Kampala had been dispatched with oral rehydration salts, chlorine tablets and 20,000 doses of oral cholera vaccine.

"We are urging the public to boil drinking water, wash hands with soap and avoid eating cold food from vendors," he said in a statement.

Residents of Kahendero said the outbreak had brought fishing almost to a standstill.

"Since last week nobody buys our fish. Buyers from Mbarara and Kampala have stopped coming," said Ms Kabugho Mbambu, a fish trader who has worked at the landing site for 15 years.

Mr Bwambale Thembo, the LC1 chairperson, said the landing site had only four public latrines for more than 3,000 people. "We have been asking the district for toilets since 2019. Now people are dying," he said.

According to the World Health Organization, Uganda has reported cholera outbreaks almost every year since 2015, many of them linked to cross-border movement with the Democratic Republic of Congo.

The Kasese Resident District Commissioner, Maj (Rtd) Grace Kyomuhendo, has banned the sale of cooked food at the landing sites and in Bwera town "until further notice".

Traders in Bwera, however, complained that the directive had been announced without warning. "We had already cooked in the morning. Where do we take the food now?" asked one woman selling chapati near the border crossing, who declined to give her name.""", [
        Q("Six people have died and at least 83 others have been admitted with cholera in Kasese District", "indirect",
          "health officials", None),
        Q("most of the patients were fishermen and their families who draw water directly from the lake", "indirect",
          "Yusuf Baseka-Muhindo", "Yusuf Baseka-Muhindo"),
        Q('"The problem is sanitation. Many households at the landing sites do not have latrines, so the waste ends up '
          'in the same water people drink,"', "direct", "Baseka-Muhindo", "Yusuf Baseka-Muhindo",
          speaker_at="Dr Baseka-Muhindo said"),
        Q("the district had opened two cholera treatment units, at Kahendero and at Bwera General Hospital, and that "
          "41 patients had so far been discharged", "indirect", "He", "Yusuf Baseka-Muhindo",
          speaker_at="He said the district"),
        Q("a team from Kampala had been dispatched with oral rehydration salts, chlorine tablets and 20,000 doses of "
          "oral cholera vaccine", "indirect", "Emmanuel Tumusiime-Kato", "Emmanuel Tumusiime-Kato"),
        Q('"We are urging the public to boil drinking water, wash hands with soap and avoid eating cold food from '
          'vendors,"', "direct", "he", "Emmanuel Tumusiime-Kato", speaker_at="he said in a statement"),
        Q("the outbreak had brought fishing almost to a standstill", "indirect", "Residents of Kahendero", None),
        Q('"Since last week nobody buys our fish. Buyers from Mbarara and Kampala have stopped coming,"', "direct",
          "Kabugho Mbambu", "Kabugho Mbambu"),
        Q("the landing site had only four public latrines for more than 3,000 people", "indirect", "Bwambale Thembo",
          "Bwambale Thembo"),
        Q('"We have been asking the district for toilets since 2019. Now people are dying,"', "direct", "he",
          "Bwambale Thembo", speaker_at="dying,\" he said"),
        Q("Uganda has reported cholera outbreaks almost every year since 2015, many of them linked to cross-border "
          "movement with the Democratic Republic of Congo", "indirect", "the World Health Organization",
          "World Health Organization"),
        Q('"until further notice"', "partial", "Grace Kyomuhendo", "Grace Kyomuhendo"),
        Q("the directive had been announced without warning", "indirect", "Traders in Bwera", None),
        Q('"We had already cooked in the morning. Where do we take the food now?"', "direct",
          "one woman selling chapati near the border crossing", None),
    ], source="blind"),
    Case("blind31-water-fraud", """N4.7bn Fraud: Court Admits Bank Statements Against Ex-Perm Sec

A Federal High Court sitting in Lagos on Thursday admitted in evidence bank statements tendered by the Economic and Financial Crimes Commission (EFCC) in the trial of a former Permanent Secretary in the Federal Ministry of Water Resources, Alhaji Musa Abubakar Danjuma, over an alleged N4.7 billion fraud.

Danjuma is standing trial alongside a Lagos-based contractor, Chief Emeka Nwachukwu-Obi, and his company, Riverbank Hydro Services Limited, on a 19-count charge bordering on conspiracy, abuse of office and money laundering. They pleaded not guilty.

At the resumed hearing, the prosecution witness, an EFCC investigator, Mr Ibrahim Olanrewaju Bello, told the court that N2.3 billion was transferred from the ministry’s accounts to the contractor’s company between March and November 2019. The money, he said, was meant for borehole projects that were “never executed”.

“My Lord, our investigation team visited 14 of the 22 project sites listed in the contract documents. At 11 of them, there was nothing – not a single borehole,” Bello said while being led in evidence by the prosecution counsel, Mr Rotimi Oyedepo-Adeyemi.

Counsel to the first defendant, Dr Olusegun Adeniran-Ojo, SAN, objected to the admissibility of the statements, arguing that they had not been “properly certified” in line with Section 84 of the Evidence Act.

In a short ruling, Justice Chioma Nwankwo-Bala overruled the objection.

“The documents before me are certified true copies and have satisfied the requirements of the law. The objection is hereby overruled and the documents are admitted as Exhibits P14 to P19,” the judge held.

She adjourned the matter till June 12 for cross-examination of the witness.

Speaking to journalists after the proceedings, the EFCC spokesman, Mr Abdulrasheed Ibrahim-Gwarzo, said the commission was “confident” of securing a conviction.

“This is a case of public funds meant for clean water in rural communities ending up in private pockets. We will follow the evidence wherever it leads,” Ibrahim-Gwarzo said.

But Nwachukwu-Obi’s counsel, Mr Kelechi Uzor, told THISDAY that his client had executed “every contract he was paid for” and that the EFCC team had visited “the wrong sites”.

“My client has the completion certificates, signed by officials of the same ministry. We will tender them at the appropriate time,” Uzor said.

The EFCC had, in its proof of evidence, listed 11 witnesses it intends to call, including two serving directors in the ministry.""", [
        Q("N2.3 billion was transferred from the ministry’s accounts to the contractor’s company between March and "
          "November 2019", "indirect", "Ibrahim Olanrewaju Bello", "Ibrahim Olanrewaju Bello"),
        Q("“never executed”", "partial", "he", "Ibrahim Olanrewaju Bello", speaker_at="he said, was"),
        Q("“My Lord, our investigation team visited 14 of the 22 project sites listed in the contract documents. At 11 "
          "of them, there was nothing – not a single borehole,”", "direct", "Bello", "Ibrahim Olanrewaju Bello",
          speaker_at="Bello said"),
        Q("“properly certified”", "partial", "Olusegun Adeniran-Ojo", "Olusegun Adeniran-Ojo"),
        Q("“The documents before me are certified true copies and have satisfied the requirements of the law. The "
          "objection is hereby overruled and the documents are admitted as Exhibits P14 to P19,”", "direct",
          "the judge", "Chioma Nwankwo-Bala"),
        Q("“confident”", "partial", "Abdulrasheed Ibrahim-Gwarzo", "Abdulrasheed Ibrahim-Gwarzo"),
        Q("“This is a case of public funds meant for clean water in rural communities ending up in private pockets. "
          "We will follow the evidence wherever it leads,”", "direct", "Ibrahim-Gwarzo",
          "Abdulrasheed Ibrahim-Gwarzo", speaker_at="Ibrahim-Gwarzo said"),
        Q("“every contract he was paid for”", "partial", "Kelechi Uzor", "Kelechi Uzor"),
        Q("“the wrong sites”", "partial", "Kelechi Uzor", "Kelechi Uzor"),
        Q("“My client has the completion certificates, signed by officials of the same ministry. We will tender them at "
          "the appropriate time,”", "direct", "Uzor", "Kelechi Uzor", speaker_at="Uzor said"),
    ], source="blind"),
    Case("blind31-taxi-strike", """Cape Town taxi strike strands commuters as Santaco and City trade blame

Hundreds of thousands of commuters across Cape Town were left stranded on Monday as minibus taxi operators began an indefinite strike over the impounding of vehicles by City of Cape Town traffic officers.

The South African National Taxi Council (Santaco) in the Western Cape said the stay-away would continue “until the City stops treating our members like criminals”.

Santaco provincial chairperson Sipho Mqhayi-Dlamini told Daily Maverick the City had impounded more than 1,200 taxis this year, for offences he described as “minor and administrative”.

“A driver loses his taxi for two weeks because a permit sticker is in the wrong place. That’s a family that doesn’t eat,” he said.

The City’s mayoral committee member for safety and security, Alderman Hendrik van der Westhuizen, rejected the claims.

“The by-laws apply to every road user. We are not going to suspend the law because someone is holding the city to ransom,” Van der Westhuizen said on Monday morning.

Western Cape police spokesperson Colonel Ncumisa Mbele-Adams said officers had been deployed to taxi ranks in Bellville, Nyanga and Khayelitsha after reports of intimidation, and that two buses had been stoned in Philippi.

Golden Arrow Bus Services said it had withdrawn buses from several routes in Philippi and Nyanga “for the safety of our drivers and passengers”.

At the Bellville taxi rank, domestic worker Nomvula Sithole said she had left home in Delft at 4am and was still waiting just after 7am.

“I have been standing here for three hours. If I don’t get to work, I don’t get paid,” she said. “Who is going to pay my rent? Santaco? The mayor?”

Several employers in the city centre allowed staff to work from home where possible, while the Western Cape Education Department said 33 schools had reported that fewer than half of their pupils were present.

The province’s MEC for mobility, Dr Zanele Mokoena-Fortuin, said talks between the two sides would resume on Tuesday under the mediation of the provincial government.

“Nobody wins from a strike like this, least of all the people of Khayelitsha and Mitchells Plain, who have no other way of getting to work,” she said.

It is the second taxi strike in Cape Town in under two years. The eight-day stay-away in August 2023 was linked to at least five deaths. DM""", [
        Q("“until the City stops treating our members like criminals”", "partial",
          "The South African National Taxi Council", "South African National Taxi Council"),
        Q("the City had impounded more than 1,200 taxis this year", "indirect", "Sipho Mqhayi-Dlamini",
          "Sipho Mqhayi-Dlamini"),
        Q("“minor and administrative”", "partial", "he", "Sipho Mqhayi-Dlamini", speaker_at="he described"),
        Q("“A driver loses his taxi for two weeks because a permit sticker is in the wrong place. That’s a family that "
          "doesn’t eat,”", "direct", "he", "Sipho Mqhayi-Dlamini", speaker_at="eat,” he said"),
        Q("“The by-laws apply to every road user. We are not going to suspend the law because someone is holding the "
          "city to ransom,”", "direct", "Van der Westhuizen", "Hendrik van der Westhuizen"),
        Q("officers had been deployed to taxi ranks in Bellville, Nyanga and Khayelitsha after reports of intimidation, "
          "and that two buses had been stoned in Philippi", "indirect", "Ncumisa Mbele-Adams", "Ncumisa Mbele-Adams"),
        Q("“for the safety of our drivers and passengers”", "partial", "Golden Arrow Bus Services",
          "Golden Arrow Bus Services"),
        Q("she had left home in Delft at 4am and was still waiting just after 7am", "indirect", "Nomvula Sithole",
          "Nomvula Sithole"),
        Q("“I have been standing here for three hours. If I don’t get to work, I don’t get paid,”", "direct", "she",
          "Nomvula Sithole", speaker_at="paid,” she said"),
        Q("“Who is going to pay my rent? Santaco? The mayor?”", "direct", "she", "Nomvula Sithole",
          speaker_at="paid,” she said"),
        Q("33 schools had reported that fewer than half of their pupils were present", "indirect",
          "the Western Cape Education Department", "Western Cape Education Department"),
        Q("talks between the two sides would resume on Tuesday under the mediation of the provincial government",
          "indirect", "Zanele Mokoena-Fortuin", "Zanele Mokoena-Fortuin"),
        Q("“Nobody wins from a strike like this, least of all the people of Khayelitsha and Mitchells Plain, who have "
          "no other way of getting to work,”", "direct", "she", "Zanele Mokoena-Fortuin",
          speaker_at="work,” she said"),
    ], source="blind"),
    Case("blind31-table-tennis", """Al Kuwari stuns world No. 19 to reach WTT quarter-finals

DOHA: Qatar’s Ahmed Saad Al Kuwari produced the biggest upset of the WTT Star Contender Doha so far, beating China’s world No. 19 Lin Haoyu 3-2 at the Lusail Sports Arena last night to reach the quarter-finals.

The 22-year-old, ranked 87th in the world, saved two match points in the fifth game before winning it 13-11, sending the home crowd into raptures.

“I still can’t believe it. At 10-8 down I just told myself, play every ball like it’s the last one,” Al Kuwari told The Peninsula after the match. “The crowd carried me. This is for them.”

Lin, who had not dropped a game in his first two matches, admitted he had been “too passive” in the decider. “He played very brave. I waited for his mistakes and they didn’t come,” the Chinese player said through an interpreter.

Qatar Table Tennis Association (QTTA) President Sheikh Khalifa bin Hamad Al Thani, who watched from courtside, described the win as “a historic night for Qatari table tennis”.

“We have invested in our young players for many years, and tonight the whole world saw the result,” Sheikh Khalifa said, adding that the association would sit down with the player’s coaching staff to plan his preparation for the Asian Games.

Al Kuwari’s coach, Slovenian Marko Kovačič-Horvat, said the player had spent months rebuilding his backhand after a wrist injury last season.

“Ahmed always had the talent. What changed this year is his head,” Kovačič-Horvat said. “He believes now.”

In the quarter-finals, Al Kuwari will face South Korea’s Park Seong-min, who beat Germany’s Tobias Krämer 3-1.

Park said he was looking forward to the challenge. “Playing a home player in Doha is not easy, the noise is incredible,” he said. “But I like pressure.”

In the women’s draw, Egypt’s Mariam Abdel-Rahman continued her fine form, beating Japan’s Sato Hina 3-0 to set up a meeting with top seed Chen Xingyue of China.

More than 4,000 spectators attended Wednesday’s evening session, a record for a WTT event in Qatar, according to the organisers.

The quarter-finals begin at 4pm today, with the men’s and women’s finals scheduled for Saturday evening.""", [
        Q("“I still can’t believe it. At 10-8 down I just told myself, play every ball like it’s the last one,”",
          "direct", "Al Kuwari", "Ahmed Saad Al Kuwari", speaker_at="Al Kuwari told"),
        Q("“The crowd carried me. This is for them.”", "direct", "Al Kuwari", "Ahmed Saad Al Kuwari",
          speaker_at="Al Kuwari told"),
        Q("“too passive”", "partial", "Lin", "Lin Haoyu", speaker_at="Lin, who had"),
        Q("“He played very brave. I waited for his mistakes and they didn’t come,”", "direct", "the Chinese player",
          "Lin Haoyu"),
        Q("“a historic night for Qatari table tennis”", "partial", "Khalifa bin Hamad Al Thani",
          "Khalifa bin Hamad Al Thani"),
        Q("“We have invested in our young players for many years, and tonight the whole world saw the result,”",
          "direct", "Khalifa", "Khalifa bin Hamad Al Thani", speaker_at="Sheikh Khalifa said"),
        Q("the association would sit down with the player’s coaching staff to plan his preparation for the Asian Games",
          "indirect", "Khalifa", "Khalifa bin Hamad Al Thani", speaker_at="Sheikh Khalifa said"),
        Q("the player had spent months rebuilding his backhand after a wrist injury last season", "indirect",
          "Marko Kovačič-Horvat", "Marko Kovačič-Horvat"),
        Q("“Ahmed always had the talent. What changed this year is his head,”", "direct", "Kovačič-Horvat",
          "Marko Kovačič-Horvat", speaker_at="Kovačič-Horvat said"),
        Q("“He believes now.”", "direct", "Kovačič-Horvat", "Marko Kovačič-Horvat",
          speaker_at="Kovačič-Horvat said"),
        Q("he was looking forward to the challenge", "indirect", "Park", "Park Seong-min", speaker_at="Park said"),
        Q("“Playing a home player in Doha is not easy, the noise is incredible,”", "direct", "he", "Park Seong-min",
          speaker_at="incredible,” he said"),
        Q("“But I like pressure.”", "direct", "he", "Park Seong-min", speaker_at="incredible,” he said"),
        Q("More than 4,000 spectators attended Wednesday’s evening session, a record for a WTT event in Qatar",
          "indirect", "the organisers", None),
    ], source="blind"),
    Case("blind31-sumedang-bus", """11 killed as tour bus carrying students plunges into ravine in West Java

At least 11 people were killed and 34 others injured when a tour bus carrying students and teachers plunged into a ravine in Sumedang regency, West Java, on Saturday night, officials said.

The bus, carrying 46 passengers from a private high school in Bekasi, was returning from a study trip to Pangandaran when it careered off a steep, winding stretch of the Cadas Pangeran road shortly after 9 p.m.

Sumedang Police chief Adj. Sr. Comr. Indra Setiawan said initial findings suggested the bus had suffered brake failure. "Based on witness statements and the absence of braking marks on the road, we suspect the brakes were not functioning," Indra told reporters on Sunday.

The National Search and Rescue Agency (Basarnas) said rescuers had worked through the night to free passengers trapped in the wreckage, which came to rest some 30 meters below the road.

Dadang Sukmana, head of the Sumedang Regional Disaster Mitigation Agency (BPBD), said the injured had been taken to three hospitals in Sumedang and Bandung, and that eight of them remained in critical condition.

One of the survivors, 17-year-old student Nabila Putri Rahmawati, said passengers had begun screaming when the bus picked up speed on the descent.

"The driver kept shouting 'Pray, pray!' and then everything went dark," she said from her bed at the Sumedang Regional General Hospital. "When I woke up, my friend was lying next to me and she was not moving."

The driver, identified only by his initials AS, was among the dead.

Transportation Ministry spokesperson Ratna Kusumawardhani said the bus, operated by PO Sinar Jaya Abadi, did not have a valid roadworthiness certificate and its permit had expired in January.

"This is a pattern we see again and again. Operators cut corners on maintenance, and the ones who pay the price are the passengers," Ratna said, adding that the ministry would ask the police to investigate the operator.

Sumedang Regent Sutisna visited the hospital on Sunday morning and pledged that the regency would cover the victims' medical costs. "The families should not worry about the bills. Their only job now is to be with their children," Sutisna said.

A teacher at the school, who asked not to be named, told The Jakarta Post that the trip had been booked through a travel agent and that staff had not been aware of the bus's permit status.

The Cadas Pangeran road, built during the Dutch colonial era, has long been notorious among drivers for its sharp bends and steep gradients. In May last year, a bus carrying students from Depok crashed in Subang, also in West Java, killing 11 people.""", [
        Q("At least 11 people were killed and 34 others injured when a tour bus carrying students and teachers plunged "
          "into a ravine in Sumedang regency, West Java, on Saturday night", "indirect", "officials", None),
        Q("initial findings suggested the bus had suffered brake failure", "indirect", "Indra Setiawan",
          "Indra Setiawan"),
        Q('"Based on witness statements and the absence of braking marks on the road, we suspect the brakes were not '
          'functioning,"', "direct", "Indra", "Indra Setiawan", speaker_at="Indra told"),
        Q("rescuers had worked through the night to free passengers trapped in the wreckage, which came to rest some 30 "
          "meters below the road", "indirect", "The National Search and Rescue Agency",
          "National Search and Rescue Agency"),
        Q("the injured had been taken to three hospitals in Sumedang and Bandung, and that eight of them remained in "
          "critical condition", "indirect", "Dadang Sukmana", "Dadang Sukmana"),
        Q("passengers had begun screaming when the bus picked up speed on the descent", "indirect",
          "Nabila Putri Rahmawati", "Nabila Putri Rahmawati"),
        Q('"The driver kept shouting \'Pray, pray!\' and then everything went dark,"', "direct", "she",
          "Nabila Putri Rahmawati", speaker_at="she said from"),
        Q('"When I woke up, my friend was lying next to me and she was not moving."', "direct", "she",
          "Nabila Putri Rahmawati", speaker_at="she said from"),
        Q("the bus, operated by PO Sinar Jaya Abadi, did not have a valid roadworthiness certificate and its permit had "
          "expired in January", "indirect", "Ratna Kusumawardhani", "Ratna Kusumawardhani"),
        Q('"This is a pattern we see again and again. Operators cut corners on maintenance, and the ones who pay the '
          'price are the passengers,"', "direct", "Ratna", "Ratna Kusumawardhani", speaker_at="Ratna said"),
        Q("that the ministry would ask the police to investigate the operator", "indirect", "Ratna",
          "Ratna Kusumawardhani", speaker_at="Ratna said"),
        Q("that the regency would cover the victims' medical costs", "indirect", "Sutisna", "Sutisna",
          speaker_at="Regent Sutisna"),
        Q('"The families should not worry about the bills. Their only job now is to be with their children,"',
          "direct", "Sutisna", "Sutisna", speaker_at="Sutisna said"),
        Q("that the trip had been booked through a travel agent and that staff had not been aware of the bus's permit "
          "status", "indirect", "A teacher at the school", None),
    ], source="blind"),
    Case("blind31-khanh-hoa-birdflu", """Khanh Hoa culls 12,000 poultry as H5N1 bird flu returns

Authorities in the south-central province of Khanh Hoa have culled more than 12,000 chickens and ducks after an outbreak of H5N1 avian influenza was confirmed at two farms in Dien Khanh District.

The provincial Sub-department of Livestock Production and Animal Health said samples taken from dead poultry at the farms in Dien Phu Commune tested positive for the virus on Monday.

"Every bird within a radius of one kilometer has been destroyed, and we have set up disinfection checkpoints on all roads into the commune," said Nguyen Van Hoa, head of the sub-department.

Hoa said the outbreak was likely linked to poultry brought in illegally from neighboring provinces, adding that local authorities would step up inspections at markets.

Tran Thi Ngoc Anh, whose farm lost nearly 7,000 ducks, said she had borrowed VND500 million (US$19,700) to expand her flock last year.

"I don't know how I will pay the bank back. Everything I had was in those ducks," Anh said.

The Khanh Hoa People's Committee said compensation for culled birds would be paid "within 30 days" under a government decree on support for livestock farmers affected by disease.

No human infections have been detected so far, according to the Khanh Hoa Center for Disease Control (CDC).

Its deputy director, Dr Pham Quang Minh, said health workers were monitoring 26 people who had been in contact with sick birds, including farm workers and their families.

"People must not slaughter or eat sick or dead poultry, and they should see a doctor immediately if they develop a fever or have difficulty breathing," Minh said.

Vietnam has recorded 17 bird flu outbreaks in 11 provinces since the start of the year, according to the Department of Animal Health under the Ministry of Agriculture and Rural Development.

Experts say the risk rises during the rainy season and around Tet, when poultry trade between provinces increases sharply.

The World Organisation for Animal Health (WOAH) has warned that H5N1 is now circulating more widely in wild birds and mammals than at any time since it was first identified, and has urged countries to strengthen surveillance on farms.

In 2024, a 21-year-old student in Khanh Hoa died of H5N1, the country's first human death from the virus in several years.""", [
        Q("samples taken from dead poultry at the farms in Dien Phu Commune tested positive for the virus on Monday",
          "indirect", "The provincial Sub-department of Livestock Production and Animal Health",
          "Sub-department of Livestock Production and Animal Health"),
        Q('"Every bird within a radius of one kilometer has been destroyed, and we have set up disinfection '
          'checkpoints on all roads into the commune,"', "direct", "Nguyen Van Hoa", "Nguyen Van Hoa"),
        Q("the outbreak was likely linked to poultry brought in illegally from neighboring provinces", "indirect",
          "Hoa", "Nguyen Van Hoa", speaker_at="Hoa said the outbreak"),
        Q("that local authorities would step up inspections at markets", "indirect", "Hoa", "Nguyen Van Hoa",
          speaker_at="Hoa said the outbreak"),
        Q("she had borrowed VND500 million (US$19,700) to expand her flock last year", "indirect",
          "Tran Thi Ngoc Anh", "Tran Thi Ngoc Anh"),
        Q('"I don\'t know how I will pay the bank back. Everything I had was in those ducks,"', "direct", "Anh",
          "Tran Thi Ngoc Anh", speaker_at="Anh said"),
        Q('"within 30 days"', "partial", "The Khanh Hoa People's Committee", "Khanh Hoa People's Committee"),
        Q("No human infections have been detected so far", "indirect", "the Khanh Hoa Center for Disease Control",
          "Khanh Hoa Center for Disease Control"),
        Q("health workers were monitoring 26 people who had been in contact with sick birds, including farm workers and "
          "their families", "indirect", "Pham Quang Minh", "Pham Quang Minh"),
        Q('"People must not slaughter or eat sick or dead poultry, and they should see a doctor immediately if they '
          'develop a fever or have difficulty breathing,"', "direct", "Minh", "Pham Quang Minh",
          speaker_at="Minh said"),
        Q("Vietnam has recorded 17 bird flu outbreaks in 11 provinces since the start of the year", "indirect",
          "the Department of Animal Health under the Ministry of Agriculture and Rural Development",
          "Department of Animal Health"),
        Q("the risk rises during the rainy season and around Tet, when poultry trade between provinces increases "
          "sharply", "indirect", "Experts", None),
        Q("that H5N1 is now circulating more widely in wild birds and mammals than at any time since it was first "
          "identified", "indirect", "The World Organisation for Animal Health", "World Organisation for Animal Health"),
    ], source="blind"),
    Case("blind31-resident-doctors", """Resident doctors' strike hits OPD services at Delhi hospitals for third day

NEW DELHI: Outpatient services at several Delhi government hospitals remained crippled for a third straight day on Wednesday as resident doctors continued their strike demanding better security on campuses, a week after a junior doctor was assaulted by a patient's relatives at Guru Teg Bahadur (GTB) Hospital.

At Safdarjung Hospital, patients began queueing outside the OPD block before dawn, only to find that registration counters were open for emergencies alone.

"We are not against patients. We are against a system that sends us into emergency wards with no guards, no CCTV and no protection," Federation of Resident Doctors' Association (FORDA) president Dr Shreya Iyer-Bhattacharya told reporters at Maulana Azad Medical College. "Last week it was a colleague at GTB. Next week it could be any one of us.

"Until we get written assurances from the government, the strike will continue."

She said emergency services, ICUs and labour rooms had been kept out of the strike's ambit.

Delhi health minister Harpreet Singh Sethi appealed to the doctors to return to work. "The government has accepted most of their demands, including the deployment of 400 additional security personnel. I appeal to our young doctors to resume duties in the interest of patients," Sethi said in a post on X.

Ram Prakash Yadav, 62, had travelled from Ghaziabad with his wife, who needed a follow-up for a kidney condition. "We came at 5am. They told us to come back next week. Where will poor people go?" said Yadav.

A senior official at the Directorate General of Health Services (DGHS), who asked not to be named, said the government was considering invoking the Essential Services Maintenance Act (Esma) if the strike continued beyond the week.

The Indian Medical Association's Delhi unit extended support to the agitation. "The IMA stands with its young colleagues. Violence against doctors cannot become the new normal," said IMA Delhi president Dr K.S. Raghunathan.

Delhi Police said two men had been arrested in connection with the assault at GTB Hospital.

"A case under relevant sections of the Bharatiya Nyaya Sanhita has been registered and the accused have been sent to judicial custody," deputy commissioner of police (Shahdara) Neha Chaudhary-Rana said.

According to hospital data, GTB Hospital alone sees over 8,000 patients in its OPD on an average day. Officials said private hospitals in east Delhi had reported a rise in walk-in patients since Monday.""", [
        Q('"We are not against patients. We are against a system that sends us into emergency wards with no guards, no '
          'CCTV and no protection,"', "direct", "Shreya Iyer-Bhattacharya", "Shreya Iyer-Bhattacharya"),
        Q('"Last week it was a colleague at GTB. Next week it could be any one of us.', "direct",
          "Shreya Iyer-Bhattacharya", "Shreya Iyer-Bhattacharya"),
        Q('"Until we get written assurances from the government, the strike will continue."', "direct",
          "Shreya Iyer-Bhattacharya", "Shreya Iyer-Bhattacharya"),
        Q("emergency services, ICUs and labour rooms had been kept out of the strike's ambit", "indirect", "She",
          "Shreya Iyer-Bhattacharya", speaker_at="She said emergency"),
        Q('"The government has accepted most of their demands, including the deployment of 400 additional security '
          'personnel. I appeal to our young doctors to resume duties in the interest of patients,"', "direct",
          "Sethi", "Harpreet Singh Sethi", speaker_at="Sethi said"),
        Q('"We came at 5am. They told us to come back next week. Where will poor people go?"', "direct", "Yadav",
          "Ram Prakash Yadav", speaker_at="said Yadav"),
        Q("the government was considering invoking the Essential Services Maintenance Act (Esma) if the strike "
          "continued beyond the week", "indirect", "A senior official at the Directorate General of Health Services",
          None),
        Q('"The IMA stands with its young colleagues. Violence against doctors cannot become the new normal,"',
          "direct", "K.S. Raghunathan", "K.S. Raghunathan"),
        Q("two men had been arrested in connection with the assault at GTB Hospital", "indirect", "Delhi Police",
          "Delhi Police"),
        Q('"A case under relevant sections of the Bharatiya Nyaya Sanhita has been registered and the accused have '
          'been sent to judicial custody,"', "direct", "Neha Chaudhary-Rana", "Neha Chaudhary-Rana"),
        Q("GTB Hospital alone sees over 8,000 patients in its OPD on an average day", "indirect", "hospital data",
          None),
        Q("private hospitals in east Delhi had reported a rise in walk-in patients since Monday", "indirect",
          "Officials", None),
    ], source="blind"),
    Case("blind31-dhankuta-byelection", """Congress's Rai wins Dhankuta-1 by-election by 2,140 votes

DHANKUTA, May 4 - Nepali Congress candidate Bishnu Kumari Rai has won the by-election to the House of Representatives from Dhankuta-1, defeating her nearest rival from the CPN-UML by 2,140 votes, according to the Election Commission.

Rai secured 31,487 votes against 29,347 for UML's Dil Bahadur Limbu, the chief returning officer, Ram Prasad Ghimire, said on Saturday evening after the count ended. Rastriya Swatantra Party candidate Sujan Shrestha-Tamang finished third with 11,902 votes.

The seat fell vacant in January after the death of UML lawmaker Hari Bahadur Karki.

"This victory belongs to the people of Dhankuta who want development, not slogans," Rai told supporters in Hile Bazaar after receiving her certificate of election. "I will go to Singha Durbar carrying the voice of every village in this constituency."

The 48-year-old, a former teacher and two-term chair of Chhathar Jorpati Rural Municipality, is the first woman to represent the constituency in the federal parliament.

Limbu said his party accepted the result "with a heavy heart", but alleged that voters at two polling stations in Chhintang had been "intimidated" by cadres of the ruling parties.

"We will not go to court. But we will not stay silent either," he said.

UML central committee member Shanta Kumari Subba told the Post that the party would review its campaign. "We took this seat for granted. That was our mistake, and we have to own it," she said.

Congress spokesperson Binod Koirala called the result "a vote of confidence in the government's development agenda" and a sign that the party had recovered its base in the eastern hills.

Election Commission spokesperson Kamala Dahal said turnout was 64.3 percent, lower than the 68.1 percent recorded in the same constituency in the 2022 general election. She said voting had been peaceful in all 94 polling stations and that no complaints had been formally registered with the commission.

By-elections were also held on Saturday for two provincial assembly seats, in Bara and Dadeldhura, where counting was still under way on Sunday.""", [
        Q("Nepali Congress candidate Bishnu Kumari Rai has won the by-election to the House of Representatives from "
          "Dhankuta-1, defeating her nearest rival from the CPN-UML by 2,140 votes", "indirect",
          "the Election Commission", "Election Commission"),
        Q("Rai secured 31,487 votes against 29,347 for UML's Dil Bahadur Limbu", "indirect", "Ram Prasad Ghimire",
          "Ram Prasad Ghimire"),
        Q('"This victory belongs to the people of Dhankuta who want development, not slogans,"', "direct", "Rai",
          "Bishnu Kumari Rai", speaker_at="Rai told"),
        Q('"I will go to Singha Durbar carrying the voice of every village in this constituency."', "direct", "Rai",
          "Bishnu Kumari Rai", speaker_at="Rai told"),
        Q('"with a heavy heart"', "partial", "Limbu", "Dil Bahadur Limbu", speaker_at="Limbu said"),
        Q('"intimidated"', "partial", "Limbu", "Dil Bahadur Limbu", speaker_at="Limbu said"),
        Q('"We will not go to court. But we will not stay silent either,"', "direct", "he", "Dil Bahadur Limbu",
          speaker_at="either,\" he said"),
        Q("that the party would review its campaign", "indirect", "Shanta Kumari Subba", "Shanta Kumari Subba"),
        Q('"We took this seat for granted. That was our mistake, and we have to own it,"', "direct", "she",
          "Shanta Kumari Subba", speaker_at="own it,\" she said"),
        Q('"a vote of confidence in the government\'s development agenda"', "partial", "Binod Koirala",
          "Binod Koirala"),
        Q("turnout was 64.3 percent, lower than the 68.1 percent recorded in the same constituency in the 2022 general "
          "election", "indirect", "Kamala Dahal", "Kamala Dahal"),
        Q("voting had been peaceful in all 94 polling stations and that no complaints had been formally registered with "
          "the commission", "indirect", "She", "Kamala Dahal", speaker_at="She said voting"),
    ], source="blind"),
]
