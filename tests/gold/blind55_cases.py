"""Blind gold, set 55: short news articles from many house styles, written once and never tuned on.

Wire copy with datelines and local papers from several countries, with curly
double quotes, straight quotes and British single quotes, and the ordinary
range of attribution (before, after and inside quotes, pronouns, later
mentions, indirect speech, partial quotes, quotes running on into the next
paragraph). See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind55-tornado", '''Tornado tears through eastern New Mexico town, killing 2

CLOVIS, N.M. (AP) \u2014 A tornado ripped through this eastern New Mexico farming town late Tuesday, killing two people, flattening a row of mobile homes and leaving thousands without power, officials said.

The National Weather Service said the twister was an EF-2 with peak winds of about 125 mph and stayed on the ground for nearly 9 miles.

"It sounded like a freight train coming right over the roof," said Rosalinda Ch\u00e1vez-Montoya, 58, who rode out the storm in a bathtub with her two grandchildren. "When we came out, the house across the street was just gone."

Curry County Sheriff Wesley Dunagan identified the victims as a man and a woman in their 70s who lived in the Cedar Village mobile home park. He said crews searched the park through the night and did not expect to find anyone else.

"We've got folks out there who have lost everything," Dunagan said at a briefing Wednesday morning. "Right now our job is to make sure they have a roof and a meal tonight."

Gov. Michelle Lujan Grisham declared a state of emergency for the county and said she would tour the damage on Thursday. In a statement, the governor called the storm "a gut punch to a community that has already been through a hard year."

Xcel Energy said about 6,400 customers were still without power Wednesday afternoon. A spokeswoman, Dana Yellowhorse, said most would have service restored by the weekend, though some rural lines "may take longer than that."

Forecasters had issued a tornado warning about 14 minutes before the storm hit, according to Pete Van Ness, a meteorologist with the weather service's office in Albuquerque.

"That's actually a pretty good lead time for a storm like this," Van Ness said. "People did the right thing. They got low and they got inside."

Cannon Air Force Base, west of town, reported minor damage to two hangars but no injuries.

The storm was part of a system that also dropped hail the size of golf balls across the Texas Panhandle, the weather service said.

At a Red Cross shelter set up in the gym of Marshall Middle School, volunteer Tom Begay said donations had been pouring in since dawn.

"Water, diapers, pet food \u2014 people just keep showing up," he said. "One lady drove in from Portales with a truck full of blankets and wouldn't even tell us her name."''', [
        Q("A tornado ripped through this eastern New Mexico farming town late Tuesday, killing two people, "
          "flattening a row of mobile homes and leaving thousands without power", "indirect", "officials", None),
        Q("the twister was an EF-2 with peak winds of about 125 mph and stayed on the ground for nearly 9 miles",
          "indirect", "The National Weather Service", "National Weather Service"),
        Q('"It sounded like a freight train coming right over the roof,"', "direct", "Rosalinda Ch\u00e1vez-Montoya",
          "Rosalinda Ch\u00e1vez-Montoya"),
        Q('"When we came out, the house across the street was just gone."', "direct", "Rosalinda Ch\u00e1vez-Montoya",
          "Rosalinda Ch\u00e1vez-Montoya"),
        Q("crews searched the park through the night and did not expect to find anyone else", "indirect", "He",
          "Wesley Dunagan", speaker_at="He said crews"),
        Q("\"We've got folks out there who have lost everything,\"", "direct", "Dunagan", "Wesley Dunagan",
          speaker_at="Dunagan said at"),
        Q('"Right now our job is to make sure they have a roof and a meal tonight."', "direct", "Dunagan",
          "Wesley Dunagan", speaker_at="Dunagan said at"),
        Q("she would tour the damage on Thursday", "indirect", "Michelle Lujan Grisham", "Michelle Lujan Grisham"),
        Q('"a gut punch to a community that has already been through a hard year."', "partial", "the governor",
          "Michelle Lujan Grisham"),
        Q("about 6,400 customers were still without power Wednesday afternoon", "indirect", "Xcel Energy",
          "Xcel Energy"),
        Q("most would have service restored by the weekend", "indirect", "Dana Yellowhorse", "Dana Yellowhorse"),
        Q('"may take longer than that."', "partial", "Dana Yellowhorse", "Dana Yellowhorse"),
        Q("Forecasters had issued a tornado warning about 14 minutes before the storm hit", "indirect",
          "Pete Van Ness", "Pete Van Ness"),
        Q("\"That's actually a pretty good lead time for a storm like this,\"", "direct", "Van Ness", "Pete Van Ness",
          speaker_at="Van Ness said"),
        Q('"People did the right thing. They got low and they got inside."', "direct", "Van Ness", "Pete Van Ness",
          speaker_at="Van Ness said"),
        Q("The storm was part of a system that also dropped hail the size of golf balls across the Texas Panhandle",
          "indirect", "the weather service", "National Weather Service", speaker_at="the weather service said"),
        Q("donations had been pouring in since dawn", "indirect", "Tom Begay", "Tom Begay"),
        Q('"Water, diapers, pet food \u2014 people just keep showing up,"', "direct", "he", "Tom Begay",
          speaker_at="he said"),
        Q("\"One lady drove in from Portales with a truck full of blankets and wouldn't even tell us her name.\"",
          "direct", "he", "Tom Begay", speaker_at="he said"),
    ]),
    Case("blind55-landfraud", """Ex-land office clerk tells court he was told to backdate transfer forms

KUALA LUMPUR, Aug 14 — A former assistant administrative officer at the Gombak District and Land Office told the Sessions Court here today he was instructed by his superior to backdate several land transfer forms involving a 4.8-hectare plot in Rawang.

Mohd Faizal Hakimi Abdul Rahman, 41, said the instruction came verbally in early 2019 from the then deputy land administrator, whom he identified in court as the first accused, Datuk Seri Ahmad Zulkarnain Ismail.

“He told me the owner was in a hurry and the paperwork would be regularised later. I did not think to question him because he was my boss,” the 14th prosecution witness said during examination-in-chief by deputy public prosecutor Nur Aisyah Lim Abdullah.

Ahmad Zulkarnain, 58, and businessman Tan Kok Wei, 52, are jointly charged with using forged documents to transfer the land, said to be worth RM11.2 million, to a company linked to Tan between January and June 2019.

They were charged under Section 471 of the Penal Code, read together with Section 34 of the same law, which carries a jail term of up to 10 years, a fine, or both, upon conviction.

The case was investigated by the Malaysian Anti-Corruption Commission (MACC). The MACC had said in a statement last year that the plot had originally been earmarked for a secondary school.

During cross-examination by counsel Datuk K. Ravindran, who represents Ahmad Zulkarnain, the witness agreed he had never seen the former deputy land administrator sign any of the disputed documents.

Ravindran: “So you cannot tell this court that my client forged anything?”

Mohd Faizal: “That is correct. I only know what he told me to do.”

The witness also told the court he had kept a handwritten note of the instruction in his office diary, but that the diary went missing when he was transferred to Hulu Selangor in 2020.

Sessions Court judge Azura Alwi said the remaining 11 prosecution witnesses would be heard over five days beginning Sept 3, and reminded both sides that the trial had already been postponed twice.

Outside the court, Tan’s lawyer, Amirul Haziq Yusof, told reporters his client would “vigorously defend” the charges. He maintained the purchase had been made in good faith through a licensed agent.

“My client paid full market value for that land. He is a victim in this matter, not a perpetrator,” he said.

Both accused are on bail of RM50,000 each with one surety. — Bernama""", [
        Q("he was instructed by his superior to backdate several land transfer forms involving a 4.8-hectare plot "
          "in Rawang", "indirect", "A former assistant administrative officer at the Gombak District and Land Office",
          "Mohd Faizal Hakimi Abdul Rahman"),
        Q("the instruction came verbally in early 2019 from the then deputy land administrator, whom he identified "
          "in court as the first accused, Datuk Seri Ahmad Zulkarnain Ismail", "indirect",
          "Mohd Faizal Hakimi Abdul Rahman", "Mohd Faizal Hakimi Abdul Rahman"),
        Q("“He told me the owner was in a hurry and the paperwork would be regularised later. I did not think to "
          "question him because he was my boss,”", "direct", "the 14th prosecution witness",
          "Mohd Faizal Hakimi Abdul Rahman"),
        Q("the plot had originally been earmarked for a secondary school", "indirect", "The MACC",
          "Malaysian Anti-Corruption Commission"),
        Q("he had never seen the former deputy land administrator sign any of the disputed documents", "indirect",
          "the witness", "Mohd Faizal Hakimi Abdul Rahman", speaker_at="the witness agreed"),
        Q("“So you cannot tell this court that my client forged anything?”", "direct", "Ravindran", "K. Ravindran",
          speaker_at="Ravindran:"),
        Q("“That is correct. I only know what he told me to do.”", "direct", "Mohd Faizal",
          "Mohd Faizal Hakimi Abdul Rahman", speaker_at="Mohd Faizal:"),
        Q("he had kept a handwritten note of the instruction in his office diary, but that the diary went missing "
          "when he was transferred to Hulu Selangor in 2020", "indirect", "The witness",
          "Mohd Faizal Hakimi Abdul Rahman", speaker_at="The witness also"),
        Q("the remaining 11 prosecution witnesses would be heard over five days beginning Sept 3", "indirect",
          "Azura Alwi", "Azura Alwi"),
        Q("the trial had already been postponed twice", "indirect", "Azura Alwi", "Azura Alwi"),
        Q("“vigorously defend”", "partial", "Amirul Haziq Yusof", "Amirul Haziq Yusof"),
        Q("the purchase had been made in good faith through a licensed agent", "indirect", "He", "Amirul Haziq Yusof",
          speaker_at="He maintained"),
        Q("“My client paid full market value for that land. He is a victim in this matter, not a perpetrator,”",
          "direct", "he", "Amirul Haziq Yusof", speaker_at="he said"),
    ]),
    Case("blind55-bypass", """Villagers vow to fight on as council backs bypass route

Campaigners opposed to a new bypass around Penwithick say they will seek a judicial review after Cornwall Council’s strategic planning committee approved the preferred route on Thursday.

The committee voted nine to four in favour of the £38 million scheme, which would take heavy traffic from the clay country pits away from the village’s narrow main street.

Speaking after the meeting at New County Hall in Truro, Penny Trethewey-Hocking, chairwoman of the Penwithick and Bugle Action Group (PBAG), said the decision was ‘a dark day for this community’.

‘We have been ignored from the start,’ she said. ‘The route cuts straight through ancient hedges and the last bit of open land between two villages, and nobody on that committee has walked it.’

The group claims more than 1,900 residents signed a petition against the western option, which runs within 40 metres of Bugle’s primary school.

Cllr Martyn Alvey, the council’s portfolio holder for transport, defended the plans. He told the meeting lorry movements through the village had risen by a third in five years and that doing nothing was ‘simply not an option’.

‘I understand the strength of feeling, I really do,’ Cllr Alvey said. ‘But I have stood on that pavement outside the Co-op while a 44-tonne tipper goes past, and I would not want my grandchildren walking to school there.’

The road forms part of the council’s wider ‘Clay Country Connect’ programme, which also includes new cycle links between St Dennis and Roche.

Imerys, which operates several pits nearby, welcomed the vote. A company spokesperson said the bypass would ‘improve safety for everyone’ and support ‘the long-term future of the china clay industry in mid-Cornwall’.

Not everyone in the village opposes the scheme. Kieran O’Sullivan, landlord of the Penwithick Inn, said most of his regulars wanted the lorries gone ‘yesterday’.

‘The people shouting loudest don’t live on the main road,’ he said. ‘Come and sit in my front bar at half seven in the morning and tell me this village doesn’t need a bypass.’

Local MP Noah Lawry said he would write to the Department for Transport asking it to look again at the funding bid, and urged the council to ‘keep talking to residents rather than talking at them’.

PBAG has until the end of next month to lodge its application with the High Court. Work on the road is expected to start in spring 2026, subject to final approval of the full business case.""", [
        Q("they will seek a judicial review after Cornwall Council’s strategic planning committee approved the "
          "preferred route on Thursday", "indirect", "Campaigners opposed to a new bypass around Penwithick", None),
        Q("‘a dark day for this community’", "partial", "Penny Trethewey-Hocking", "Penny Trethewey-Hocking"),
        Q("‘We have been ignored from the start,’", "direct", "she", "Penny Trethewey-Hocking",
          speaker_at="she said"),
        Q("‘The route cuts straight through ancient hedges and the last bit of open land between two villages, and "
          "nobody on that committee has walked it.’", "direct", "she", "Penny Trethewey-Hocking",
          speaker_at="she said"),
        Q("more than 1,900 residents signed a petition against the western option, which runs within 40 metres of "
          "Bugle’s primary school", "indirect", "The group", "Penwithick and Bugle Action Group"),
        Q("lorry movements through the village had risen by a third in five years", "indirect", "He", "Martyn Alvey",
          speaker_at="He told the meeting"),
        Q("‘simply not an option’", "partial", "He", "Martyn Alvey", speaker_at="He told the meeting"),
        Q("‘I understand the strength of feeling, I really do,’", "direct", "Alvey", "Martyn Alvey",
          speaker_at="Cllr Alvey said"),
        Q("‘But I have stood on that pavement outside the Co-op while a 44-tonne tipper goes past, and I would not "
          "want my grandchildren walking to school there.’", "direct", "Alvey", "Martyn Alvey",
          speaker_at="Cllr Alvey said"),
        Q("‘improve safety for everyone’", "partial", "A company spokesperson", None),
        Q("‘the long-term future of the china clay industry in mid-Cornwall’", "partial", "A company spokesperson",
          None),
        Q("most of his regulars wanted the lorries gone", "indirect", "Kieran O’Sullivan", "Kieran O’Sullivan"),
        Q("‘yesterday’", "partial", "Kieran O’Sullivan", "Kieran O’Sullivan"),
        Q("‘The people shouting loudest don’t live on the main road,’", "direct", "he", "Kieran O’Sullivan",
          speaker_at="he said"),
        Q("‘Come and sit in my front bar at half seven in the morning and tell me this village doesn’t need a "
          "bypass.’", "direct", "he", "Kieran O’Sullivan", speaker_at="he said"),
        Q("he would write to the Department for Transport asking it to look again at the funding bid", "indirect",
          "Noah Lawry", "Noah Lawry"),
        Q("‘keep talking to residents rather than talking at them’", "partial", "Noah Lawry", "Noah Lawry"),
    ]),
    Case("blind55-ferry", """Passengers shaken as ferry strikes Brodick pier

Around 180 passengers were left shaken on Saturday afternoon when the MV Caledonian Isles struck the end of Brodick pier while berthing in strong winds.

No one was seriously hurt, but two people were treated by ambulance crews for minor injuries after falling on the stairs to the car deck, and a section of the pier’s timber fendering was torn away.

Ferry operator CalMac said the vessel had been approaching in gusts of up to 45 knots when a sudden squall pushed her bow towards the linkspan. In a statement, the operator said: ‘The master took immediate action to reduce the impact and the vessel was safely berthed a short time later. The safety of our passengers and crew is always our first priority.’

Lamlash resident Morag MacKinnon-Hay, who was travelling back from a hospital appointment at Crosshouse, described a ‘huge bang and then a horrible grinding noise’.

‘Cups went flying off the tables in the cafeteria and a wee boy near us started crying,’ she told the Banner. ‘The crew were brilliant though. They were round everyone within minutes, checking we were all right.’

Another passenger, who did not want to be named, said there had been no announcement for several minutes after the collision. ‘People didn’t know if we should be putting on life jackets or what,’ he said.

The Marine Accident Investigation Branch confirmed it had been notified and was making preliminary enquiries.

The remaining sailings on Saturday were cancelled while engineers from Caledonian Maritime Assets Ltd (CMAL), which owns the pier, inspected the damage. Services resumed on Sunday morning on a reduced timetable.

Arran Ferry Committee chairman Ian Bruce-Lockhart said the incident was ‘yet another reminder’ of the state of the island’s ageing ferries.

‘The Caledonian Isles is 30 years old. She is doing a job in conditions she was never really designed for, and islanders are the ones who pay for that every winter,’ Mr Bruce-Lockhart said.

He added that the committee would be seeking an urgent meeting with the transport secretary.

A Transport Scotland spokesperson said the new vessels under construction for the route would ‘significantly improve resilience’ once delivered, and that it was in ‘close contact’ with CalMac about Saturday’s incident.

Brodick pier remains open to foot passengers and vehicles, although CMAL said some berthing restrictions would stay in place until repairs to the fendering were completed, which it expects to take around a fortnight.""", [
        Q("the vessel had been approaching in gusts of up to 45 knots when a sudden squall pushed her bow towards "
          "the linkspan", "indirect", "CalMac", "CalMac", speaker_at="CalMac said"),
        Q("‘The master took immediate action to reduce the impact and the vessel was safely berthed a short time "
          "later. The safety of our passengers and crew is always our first priority.’", "direct", "the operator",
          "CalMac", speaker_at="the operator said"),
        Q("‘huge bang and then a horrible grinding noise’", "partial", "Morag MacKinnon-Hay", "Morag MacKinnon-Hay"),
        Q("‘Cups went flying off the tables in the cafeteria and a wee boy near us started crying,’", "direct", "she",
          "Morag MacKinnon-Hay", speaker_at="she told the Banner"),
        Q("‘The crew were brilliant though. They were round everyone within minutes, checking we were all right.’",
          "direct", "she", "Morag MacKinnon-Hay", speaker_at="she told the Banner"),
        Q("there had been no announcement for several minutes after the collision", "indirect", "Another passenger",
          None),
        Q("‘People didn’t know if we should be putting on life jackets or what,’", "direct", "he", None,
          speaker_at="he said"),
        Q("it had been notified and was making preliminary enquiries", "indirect",
          "The Marine Accident Investigation Branch", "Marine Accident Investigation Branch"),
        Q("‘yet another reminder’", "partial", "Ian Bruce-Lockhart", "Ian Bruce-Lockhart"),
        Q("‘The Caledonian Isles is 30 years old. She is doing a job in conditions she was never really designed for, "
          "and islanders are the ones who pay for that every winter,’", "direct", "Bruce-Lockhart",
          "Ian Bruce-Lockhart", speaker_at="Mr Bruce-Lockhart said"),
        Q("the committee would be seeking an urgent meeting with the transport secretary", "indirect", "He",
          "Ian Bruce-Lockhart", speaker_at="He added"),
        Q("‘significantly improve resilience’", "partial", "A Transport Scotland spokesperson", None),
        Q("‘close contact’", "partial", "A Transport Scotland spokesperson", None),
        Q("some berthing restrictions would stay in place until repairs to the fendering were completed, which it "
          "expects to take around a fortnight", "indirect", "CMAL", "Caledonian Maritime Assets Ltd",
          speaker_at="CMAL said"),
    ]),
    Case("blind55-gaelic", """Late Mulvey point sends Leitrim through in Carrick thriller

Leitrim manager Declan Ó Ruairc praised his side’s “unbelievable heart” after substitute Ciarán Mulvey’s injury-time point sealed a 1-14 to 1-13 win over Sligo in the Connacht SFC quarter-final at Páirc Seán Mac Diarmada on Sunday.

Leitrim trailed by three points with ten minutes of normal time remaining, but a goal from corner-forward Evan Flynn-Gaffney and two Darragh Gallogly frees drew them level before Mulvey, on the pitch for less than five minutes, curled over the winner from the left wing.

“I’d say half the county was on the pitch at the end there, and why wouldn’t they be?” Ó Ruairc said afterwards.

“We’ve had a tough league, people wrote us off, and these lads just kept going. There’s no quit in them. I’m very proud of every one of them.”

Asked about the winning score, he laughed. “Ciarán said to me going on that he’d get one. I didn’t believe him, to be honest.”

Mulvey, a 20-year-old from the Aughnasheelin club, said he had “no idea” where the ball was going when it left his boot.

“I just hit it and hoped,” he told the Leitrim Observer. “When it went over I didn’t know what to do with myself.”

Sligo manager Colm Brennan-Devaney said his team had “only themselves to blame” after failing to score in the last 14 minutes.

“We had the game in our hands,” Brennan-Devaney said. “You can’t switch off against a Leitrim team in Carrick. They were always going to come at us.”

The Sligo manager also questioned the decision to award Leitrim the free for the equalising score, claiming his full-back had been fouled first. “I’ve seen it back on the phone. It was a free out,” he said.

Sligo had led 1-9 to 0-8 at half-time, their goal coming from a penalty by captain Niall Ó Murchú after 22 minutes.

Leitrim county board chairman Séamus Mac Giolla Bhríde confirmed the semi-final against Galway would take place at Pearse Stadium on Sunday week, with tickets going on sale on Tuesday.

“It’s a day out for the whole county and we’d ask supporters to buy early,” he said in a statement. “There won’t be tickets on the gate.”

Galway, the reigning champions, beat Roscommon by six points on Saturday and will be heavy favourites.""", [
        Q("“unbelievable heart”", "partial", "Declan Ó Ruairc", "Declan Ó Ruairc"),
        Q("“I’d say half the county was on the pitch at the end there, and why wouldn’t they be?”", "direct",
          "Ó Ruairc", "Declan Ó Ruairc", speaker_at="Ó Ruairc said afterwards"),
        Q("“We’ve had a tough league, people wrote us off, and these lads just kept going. There’s no quit in them. "
          "I’m very proud of every one of them.”", "direct", "Ó Ruairc", "Declan Ó Ruairc",
          speaker_at="Ó Ruairc said afterwards"),
        Q("“Ciarán said to me going on that he’d get one. I didn’t believe him, to be honest.”", "direct", "he",
          "Declan Ó Ruairc", speaker_at="he laughed"),
        Q("“no idea”", "partial", "Mulvey", "Ciarán Mulvey", speaker_at="Mulvey, a 20-year-old"),
        Q("“I just hit it and hoped,”", "direct", "he", "Ciarán Mulvey", speaker_at="he told the Leitrim Observer"),
        Q("“When it went over I didn’t know what to do with myself.”", "direct", "he", "Ciarán Mulvey",
          speaker_at="he told the Leitrim Observer"),
        Q("“only themselves to blame”", "partial", "Colm Brennan-Devaney", "Colm Brennan-Devaney"),
        Q("“We had the game in our hands,”", "direct", "Brennan-Devaney", "Colm Brennan-Devaney",
          speaker_at="hands,” Brennan-Devaney said"),
        Q("“You can’t switch off against a Leitrim team in Carrick. They were always going to come at us.”", "direct",
          "Brennan-Devaney", "Colm Brennan-Devaney", speaker_at="hands,” Brennan-Devaney said"),
        Q("his full-back had been fouled first", "indirect", "The Sligo manager", "Colm Brennan-Devaney"),
        Q("“I’ve seen it back on the phone. It was a free out,”", "direct", "he", "Colm Brennan-Devaney",
          speaker_at="he said."),
        Q("the semi-final against Galway would take place at Pearse Stadium on Sunday week, with tickets going on "
          "sale on Tuesday", "indirect", "Séamus Mac Giolla Bhríde", "Séamus Mac Giolla Bhríde"),
        Q("“It’s a day out for the whole county and we’d ask supporters to buy early,”", "direct", "he",
          "Séamus Mac Giolla Bhríde", speaker_at="he said in a statement"),
        Q("“There won’t be tickets on the gate.”", "direct", "he", "Séamus Mac Giolla Bhríde",
          speaker_at="he said in a statement"),
    ]),
    Case("blind55-drought", '''Cane growers brace for smaller crush as dry bites

Bundaberg cane growers are bracing for one of the smallest crushes in a decade after the driest winter on record at several district gauges left crops stunted and water allocations cut.

Canegrowers Bundaberg chair Lisa Pattemore-Vu said the district was now expected to crush about 1.1 million tonnes, down from 1.6 million tonnes last season.

"Some of our growers on the dryland blocks out towards Gin Gin have had barely 90mm since April," Ms Pattemore-Vu said.

"You can't grow cane on that. People are ploughing out crops that would normally go another two ratoons because there's just nothing there."

Bundaberg Airport recorded 41.2mm between June and August, less than a third of the long-term average for those months, according to the Bureau of Meteorology.

Sunwater last month cut the medium-priority allocation for the Bundaberg Water Supply Scheme to 38 per cent, a decision which it said reflected the low level of Fred Haigh Dam.

A Sunwater spokesman said the allocation would be reviewed in October "if there is meaningful inflow".

Second-generation grower Nick Papadopoulos, who farms 280 hectares at Bucca, said he had spent about $60,000 on extra pumping already this year.

"Dad went through the 2002 drought and he reckons this is worse, because at least back then power was cheap," he said.

Member for Burnett Greg Lindqvist said he had written to the state's Agriculture Minister asking for the region to be considered for a drought declaration, which would unlock freight subsidies and rebates for emergency water infrastructure.

"The department tells me the criteria are based on pasture growth, which makes sense for graziers but doesn't capture what's happening to irrigators," he said.

A spokeswoman for the Department of Agriculture and Fisheries said drought declarations were made on the recommendation of local drought committees and the Bundaberg committee would next meet in November.

The bureau's long-range outlook, released on Thursday, gives the region a roughly 60 per cent chance of above-median rainfall between October and December.

"That's the first bit of good news we've had in a while," Ms Pattemore-Vu said. "But we've been burnt by these outlooks before."''', [
        Q("the district was now expected to crush about 1.1 million tonnes, down from 1.6 million tonnes last season",
          "indirect", "Lisa Pattemore-Vu", "Lisa Pattemore-Vu"),
        Q('"Some of our growers on the dryland blocks out towards Gin Gin have had barely 90mm since April,"',
          "direct", "Pattemore-Vu", "Lisa Pattemore-Vu", speaker_at='April," Ms Pattemore-Vu said'),
        Q("\"You can't grow cane on that. People are ploughing out crops that would normally go another two ratoons "
          "because there's just nothing there.\"", "direct", "Pattemore-Vu", "Lisa Pattemore-Vu",
          speaker_at='April," Ms Pattemore-Vu said'),
        Q("Bundaberg Airport recorded 41.2mm between June and August, less than a third of the long-term average for "
          "those months", "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("reflected the low level of Fred Haigh Dam", "indirect", "it", "Sunwater", speaker_at="which it said"),
        Q("the allocation would be reviewed in October", "indirect", "A Sunwater spokesman", None),
        Q('"if there is meaningful inflow"', "partial", "A Sunwater spokesman", None),
        Q("he had spent about $60,000 on extra pumping already this year", "indirect", "Nick Papadopoulos",
          "Nick Papadopoulos"),
        Q('"Dad went through the 2002 drought and he reckons this is worse, because at least back then power was '
          'cheap,"', "direct", "he", "Nick Papadopoulos", speaker_at='cheap," he said'),
        Q("he had written to the state's Agriculture Minister asking for the region to be considered for a drought "
          "declaration, which would unlock freight subsidies and rebates for emergency water infrastructure",
          "indirect", "Greg Lindqvist", "Greg Lindqvist"),
        Q("\"The department tells me the criteria are based on pasture growth, which makes sense for graziers but "
          "doesn't capture what's happening to irrigators,\"", "direct", "he", "Greg Lindqvist",
          speaker_at='irrigators," he said'),
        Q("drought declarations were made on the recommendation of local drought committees and the Bundaberg "
          "committee would next meet in November", "indirect",
          "A spokeswoman for the Department of Agriculture and Fisheries", None),
        Q("\"That's the first bit of good news we've had in a while,\"", "direct", "Pattemore-Vu",
          "Lisa Pattemore-Vu", speaker_at='while," Ms Pattemore-Vu said'),
        Q('"But we\'ve been burnt by these outlooks before."', "direct", "Pattemore-Vu", "Lisa Pattemore-Vu",
          speaker_at='while," Ms Pattemore-Vu said'),
    ]),
    Case("blind55-architect", """Architect who shaped Masterton’s public spaces dies aged 87

Ngaio Te Rangi-Whitmore, whose buildings gave Wairarapa some of its best-loved public spaces, died peacefully at her Carterton home on Sunday, her family said. She was 87.

Born in Gisborne to a Ngāti Porou father and a Scottish mother, she studied architecture at Auckland University College in the late 1950s, one of only two women in her year.

She set up practice in Masterton in 1971 with her late husband, engineer Pieter van der Stoep, and the firm went on to design the regional archive building, the Featherston library and the timber-and-glass pavilion in Queen Elizabeth Park that locals still call “the Lantern”.

Her daughter, Hine van der Stoep, said her mother had never stopped sketching, even in her final weeks.

“Mum would have a pencil in her hand at the dinner table, drawing the light coming through the window,” she said. “She used to say a building should make you want to slow down.”

Masterton mayor Rewi Campbell-Tane said the town owed her “an enormous debt”.

“So many of the places where people in this district meet, read and celebrate were drawn on her desk,” he said.

Wellington architect Dr Simon Ashworth-Lau, who worked for the practice as a graduate in the 1980s, described her as a demanding but generous mentor.

“She would send you back to the drawing board five times, and then on the sixth she’d take you out for lunch and tell everyone it was your idea,” he said.

In a 2009 interview with the Times-Age, Te Rangi-Whitmore said she had been warned early in her career that clients “won’t want a woman on site”.

“I just kept turning up in my boots until they stopped noticing,” she said at the time.

Te Kāhui Whaihanga New Zealand Institute of Architects awarded her its Gold Medal in 2004. Institute president Aisha Rahman-Ngata called her work “quietly radical”.

She said Te Rangi-Whitmore had shown a generation of regional architects that good design did not belong only in the cities.

Not every project was welcomed. Her 1984 plan for a glass-roofed arcade off Queen St, dubbed “the Greenhouse” by its critics, was voted down by the borough council and never built.

She is survived by her daughter, her son Tama, and four grandchildren. A service will be held at the Masterton Town Hall on Friday at 1pm.""", [
        Q("Ngaio Te Rangi-Whitmore, whose buildings gave Wairarapa some of its best-loved public spaces, died "
          "peacefully at her Carterton home on Sunday", "indirect", "her family", None),
        Q("her mother had never stopped sketching, even in her final weeks", "indirect", "Hine van der Stoep",
          "Hine van der Stoep"),
        Q("“Mum would have a pencil in her hand at the dinner table, drawing the light coming through the window,”",
          "direct", "she", "Hine van der Stoep", speaker_at="window,” she said"),
        Q("“She used to say a building should make you want to slow down.”", "direct", "she", "Hine van der Stoep",
          speaker_at="window,” she said"),
        Q("“an enormous debt”", "partial", "Rewi Campbell-Tane", "Rewi Campbell-Tane"),
        Q("“So many of the places where people in this district meet, read and celebrate were drawn on her desk,”",
          "direct", "he", "Rewi Campbell-Tane", speaker_at="desk,” he said"),
        Q("“She would send you back to the drawing board five times, and then on the sixth she’d take you out for "
          "lunch and tell everyone it was your idea,”", "direct", "he", "Simon Ashworth-Lau",
          speaker_at="idea,” he said"),
        Q("“won’t want a woman on site”", "partial", "Te Rangi-Whitmore", "Ngaio Te Rangi-Whitmore",
          speaker_at="Te Rangi-Whitmore said"),
        Q("“I just kept turning up in my boots until they stopped noticing,”", "direct", "she",
          "Ngaio Te Rangi-Whitmore", speaker_at="she said at the time"),
        Q("“quietly radical”", "partial", "Aisha Rahman-Ngata", "Aisha Rahman-Ngata"),
        Q("Te Rangi-Whitmore had shown a generation of regional architects that good design did not belong only in "
          "the cities", "indirect", "She", "Aisha Rahman-Ngata", speaker_at="She said Te"),
    ]),
    Case("blind55-kayak", '''Brandon paddler strikes gold at national sprint championships

Amélie Desrochers-Kwan spent most of the winter on a rowing machine in her parents' basement on Louise Avenue. On Saturday, it paid off.

The 19-year-old Brandon kayaker won gold in the women's U23 K-1 500 metres at the Canoe Kayak Canada Sprint National Championships in Dartmouth, N.S., crossing the line in one minute 53.6 seconds, just over half a second ahead of Ontario's Priya Raghunathan.

"I honestly didn't look over once in the last 200. I just kept telling myself, 'Go, go, go,'" Desrochers-Kwan said in a phone interview from Lake Banook on Sunday.

"When I saw my name at the top of the board I kind of forgot how to breathe."

Desrochers-Kwan trains with the Brandon Riverbank Paddling Club, which operates out of a converted boathouse on the Assiniboine River and has fewer than 40 competitive members.

Club head coach Dariusz Wójcik said the result was the first national sprint title for a Brandon athlete since 1998.

"People think you need to be on the coast or in Ontario to make it in this sport," Wójcik said. "Amélie is proof that isn't true. She's also proof that you need to be a little bit stubborn."

He said the club had been forced to cut its winter pool sessions last year after rental costs at the Sportsplex went up, which is why Desrochers-Kwan built her own training setup at home.

Her mother, Joanne Kwan, said the family had "no idea what we were getting into" when their daughter signed up for a learn-to-paddle camp at age 11.

"The garage is full of boats. The basement is full of boats. We've stopped asking," she laughed.

In a release Sunday night, Canoe Kayak Canada said the result puts Desrochers-Kwan in contention for a spot on the national team for next summer's world under-23 championships in Poland.

She will race the K-2 500 with Winnipeg's Sarah-Jane Okonkwo on Monday before flying home Tuesday.

Asked what she planned to do with her medal, she didn't hesitate.

"It's going on the rowing machine," she said.''', [
        Q("\"I honestly didn't look over once in the last 200. I just kept telling myself, 'Go, go, go,'\"", "direct",
          "Desrochers-Kwan", "Amélie Desrochers-Kwan", speaker_at="Desrochers-Kwan said in a phone"),
        Q('"When I saw my name at the top of the board I kind of forgot how to breathe."', "direct",
          "Desrochers-Kwan", "Amélie Desrochers-Kwan", speaker_at="Desrochers-Kwan said in a phone"),
        Q("the result was the first national sprint title for a Brandon athlete since 1998", "indirect",
          "Dariusz Wójcik", "Dariusz Wójcik"),
        Q('"People think you need to be on the coast or in Ontario to make it in this sport,"', "direct", "Wójcik",
          "Dariusz Wójcik", speaker_at='sport," Wójcik said'),
        Q("\"Amélie is proof that isn't true. She's also proof that you need to be a little bit stubborn.\"", "direct",
          "Wójcik", "Dariusz Wójcik", speaker_at='sport," Wójcik said'),
        Q("the club had been forced to cut its winter pool sessions last year after rental costs at the Sportsplex "
          "went up, which is why Desrochers-Kwan built her own training setup at home", "indirect", "He",
          "Dariusz Wójcik", speaker_at="He said the club"),
        Q('"no idea what we were getting into"', "partial", "Joanne Kwan", "Joanne Kwan"),
        Q("\"The garage is full of boats. The basement is full of boats. We've stopped asking,\"", "direct", "she",
          "Joanne Kwan", speaker_at="she laughed"),
        Q("the result puts Desrochers-Kwan in contention for a spot on the national team for next summer's world "
          "under-23 championships in Poland", "indirect", "Canoe Kayak Canada", "Canoe Kayak Canada",
          speaker_at="Canoe Kayak Canada said"),
        Q("\"It's going on the rowing machine,\"", "direct", "she", "Amélie Desrochers-Kwan", speaker_at="she said"),
    ]),
    Case("blind55-assault", """MCA in court over assault on ward administrator

Nakuru county MCA Peter Kiprono Langat yesterday listened as a ward administrator narrated how he allegedly assaulted her during a heated public participation forum in Rongai last month.

Langat, who represents Visoi ward, denied a charge of assault causing actual bodily harm when he was arraigned in February. His trial opened before Nakuru chief magistrate Eunice Wanjiru-Odhiambo.

According to the charge sheet, the MCA slapped and kicked Rongai subcounty ward administrator Jane Chebet Mwangi at the Kampi ya Moto social hall on February 14, leaving her with a fractured wrist.

Testifying as the first prosecution witness, Mwangi told the court the MCA confronted her after she announced that bursary cheques for the ward would be distributed through chiefs’ offices.

“He was shouting that I was stealing his voters. Then he pushed me to the floor in front of everybody,” she said, breaking down in the witness box.

Police constable Abdi Hussein Farah, who was on duty at the forum, said he saw the MCA raise his hand towards the complainant but did not see the blow land because of the crowd.

Langat’s advocate, Ochieng’ Oduor-Mbeki, accused the complainant of exaggerating her injuries for political reasons.

“This is a matter that has been blown out of proportion by people who want my client out of office,” Oduor-Mbeki told the court.

Mwangi denied the claim. “I have never been involved in politics. I am a civil servant,” she said.

Wanjiru-Odhiambo adjourned the hearing to April 8 and directed the prosecution to avail the doctor who filled the P3 form. She said the court would not grant any further adjournments.

Speaking to the Star outside the court, Langat said he was confident he would be cleared.

“The truth will come out. I have nothing to hide,” he said.

The Federation of Women Lawyers Kenya (Fida-Kenya) said it was following the case closely. In a statement, Fida said violence against women in public service “must not be normalised, whoever the perpetrator is”.

The Nakuru County Assembly Speaker’s office declined to comment, saying the matter was before the court.""", [
        Q("the MCA slapped and kicked Rongai subcounty ward administrator Jane Chebet Mwangi at the Kampi ya Moto "
          "social hall on February 14, leaving her with a fractured wrist", "indirect", "the charge sheet", None),
        Q("the MCA confronted her after she announced that bursary cheques for the ward would be distributed "
          "through chiefs’ offices", "indirect", "Mwangi", "Jane Chebet Mwangi", speaker_at="Mwangi told the court"),
        Q("“He was shouting that I was stealing his voters. Then he pushed me to the floor in front of everybody,”",
          "direct", "she", "Jane Chebet Mwangi", speaker_at="she said, breaking"),
        Q("he saw the MCA raise his hand towards the complainant but did not see the blow land because of the crowd",
          "indirect", "Abdi Hussein Farah", "Abdi Hussein Farah"),
        Q("“This is a matter that has been blown out of proportion by people who want my client out of office,”",
          "direct", "Oduor-Mbeki", "Ochieng’ Oduor-Mbeki", speaker_at="Oduor-Mbeki told the court"),
        Q("“I have never been involved in politics. I am a civil servant,”", "direct", "she", "Jane Chebet Mwangi",
          speaker_at="she said."),
        Q("the court would not grant any further adjournments", "indirect", "She", "Eunice Wanjiru-Odhiambo",
          speaker_at="She said the court"),
        Q("he was confident he would be cleared", "indirect", "Langat", "Peter Kiprono Langat",
          speaker_at="Langat said he was"),
        Q("“The truth will come out. I have nothing to hide,”", "direct", "he", "Peter Kiprono Langat",
          speaker_at="he said"),
        Q("it was following the case closely", "indirect", "The Federation of Women Lawyers Kenya",
          "Federation of Women Lawyers Kenya"),
        Q("“must not be normalised, whoever the perpetrator is”", "partial", "Fida", "Federation of Women Lawyers Kenya",
          speaker_at="Fida said"),
        Q("the matter was before the court", "indirect", "The Nakuru County Assembly Speaker’s office", None),
    ]),
    Case("blind55-lassa", '''Lassa fever: NCDC issues alert as deaths rise to 94 in 18 states

The Nigeria Centre for Disease Control and Prevention, NCDC, has issued a public health advisory following a sharp rise in Lassa fever cases across the country.

According to the agency's latest situation report, 94 deaths have been recorded from 512 confirmed cases in 18 states since the beginning of the year, a case fatality rate of 18.4 per cent.

Ondo, Edo and Bauchi states account for 71 per cent of the confirmed cases, the report added.

Speaking in Abuja on Tuesday, the Director-General of the NCDC, Dr Olajumoke Adebayo-Okafor, said the figures were higher than those recorded in the same period last year.

"We are particularly worried about the number of health workers who have been infected. Eleven health workers have contracted the disease this year, and two of them have died," she said.

"I want to appeal to health facilities to maintain a high index of suspicion. Every fever is not malaria."

The DG said the agency had activated its national emergency operations centre and deployed rapid response teams to the worst-hit states.

In Ondo State, the Commissioner for Health, Dr Ayodele Akinterinwa-Bello, told DAILY POST that the state government had opened two additional isolation centres in Owo and Ikare.

He said, "We have enough ribavirin in stock for now, but we are asking our people to keep foodstuff covered and to stop drying cassava and other grains by the roadside where rats can reach them."

A community leader in Irrua, Edo State, Chief Ehimare Okojie, said residents were living in fear after three members of one family died of the disease within a week.

"People are afraid to take their sick relatives to hospital because they think once you go to the isolation centre you will not come back," the chief said.

Meanwhile, the Nigerian Medical Association, NMA, has urged the federal government to pay outstanding hazard allowances to doctors working in isolation centres, warning that morale among its members was "at its lowest ebb".

Lassa fever is an acute viral haemorrhagic illness transmitted to humans through contact with food or household items contaminated with the urine or faeces of infected multimammate rats, according to the World Health Organization.''', [
        Q("94 deaths have been recorded from 512 confirmed cases in 18 states since the beginning of the year, a case "
          "fatality rate of 18.4 per cent", "indirect", "the agency's latest situation report", None),
        Q("Ondo, Edo and Bauchi states account for 71 per cent of the confirmed cases", "indirect", "the report", None,
          speaker_at="the report added"),
        Q("the figures were higher than those recorded in the same period last year", "indirect",
          "Olajumoke Adebayo-Okafor", "Olajumoke Adebayo-Okafor"),
        Q('"We are particularly worried about the number of health workers who have been infected. Eleven health '
          'workers have contracted the disease this year, and two of them have died,"', "direct", "she",
          "Olajumoke Adebayo-Okafor", speaker_at="she said"),
        Q('"I want to appeal to health facilities to maintain a high index of suspicion. Every fever is not malaria."',
          "direct", "she", "Olajumoke Adebayo-Okafor", speaker_at="she said"),
        Q("the agency had activated its national emergency operations centre and deployed rapid response teams to "
          "the worst-hit states", "indirect", "The DG", "Olajumoke Adebayo-Okafor"),
        Q("the state government had opened two additional isolation centres in Owo and Ikare", "indirect",
          "Ayodele Akinterinwa-Bello", "Ayodele Akinterinwa-Bello"),
        Q('"We have enough ribavirin in stock for now, but we are asking our people to keep foodstuff covered and to '
          'stop drying cassava and other grains by the roadside where rats can reach them."', "direct", "He",
          "Ayodele Akinterinwa-Bello", speaker_at="He said,"),
        Q("residents were living in fear after three members of one family died of the disease within a week",
          "indirect", "Ehimare Okojie", "Ehimare Okojie"),
        Q('"People are afraid to take their sick relatives to hospital because they think once you go to the '
          'isolation centre you will not come back,"', "direct", "the chief", "Ehimare Okojie"),
        Q('"at its lowest ebb"', "partial", "the Nigerian Medical Association", "Nigerian Medical Association"),
        Q("Lassa fever is an acute viral haemorrhagic illness transmitted to humans through contact with food or "
          "household items contaminated with the urine or faeces of infected multimammate rats", "indirect",
          "the World Health Organization", "World Health Organization"),
    ]),
    Case("blind55-dockers", """Citrus exports stall as dockers down tools at Ngqura

Hundreds of containers of citrus were stranded at the Port of Ngqura on Wednesday as dockworkers downed tools for a second day in a wage dispute with Transnet Port Terminals.

Members of the United National Transport Union (Untu) gathered outside the container terminal gates from 6am, singing and waving placards, while the ship-to-shore cranes stood idle behind them.

Untu regional organiser Lwazi Ntshinga said workers would not return until Transnet improved on its offer of a 5.5% increase.

“Our members load the ships that carry this province’s fruit to the world, and they are being told to accept crumbs,” Ntshinga told the crowd. “We are not going anywhere.”

The union is demanding 10%, along with a housing allowance for lower-grade employees.

Transnet Port Terminals said in a statement it had obtained an interim interdict from the Labour Court in Gqeberha on Tuesday night, and called on employees to “respect the court order and return to work”.

Terminal executive Riaan Janse van Rensburg said contingency plans were in place but conceded that productivity had dropped sharply.

“We have managed to work two vessels with management staff and contractors, but I won’t pretend that we are operating anywhere near normal capacity,” Janse van Rensburg said.

The strike comes at the peak of the citrus export season. Citrus Growers’ Association of Southern Africa chief executive Nomvula Siebritz-Mahlangu said every day of delay was costing the industry an estimated R40m in lost sales and penalties.

“Fruit doesn’t wait. A container that sits on the quay for four days in this heat is a container of juice,” she said.

Nelson Mandela Bay Business Chamber chief executive Andile Gqirana said the chamber was “deeply concerned” about the damage to the metro’s reputation as a logistics hub, coming just months after a new shipping line added Ngqura to its Asia service.

One crane operator, who asked not to be named for fear of disciplinary action, said he earned R14,500 a month after 12 years at the port.

“My children ask me why we are on strike. I tell them it’s because of them,” he said.

The Commission for Conciliation, Mediation and Arbitration (CCMA) confirmed that the parties had been invited to a meeting on Friday.

Ntshinga said the union would attend “in good faith”, but warned that members at the Gqeberha container terminal and the car terminal could join the strike next week if talks failed.""", [
        Q("workers would not return until Transnet improved on its offer of a 5.5% increase", "indirect",
          "Lwazi Ntshinga", "Lwazi Ntshinga"),
        Q("“Our members load the ships that carry this province’s fruit to the world, and they are being told to "
          "accept crumbs,”", "direct", "Ntshinga", "Lwazi Ntshinga", speaker_at="Ntshinga told the crowd"),
        Q("“We are not going anywhere.”", "direct", "Ntshinga", "Lwazi Ntshinga", speaker_at="Ntshinga told the crowd"),
        Q("it had obtained an interim interdict from the Labour Court in Gqeberha on Tuesday night", "indirect",
          "Transnet Port Terminals", "Transnet Port Terminals", speaker_at="Transnet Port Terminals said"),
        Q("“respect the court order and return to work”", "partial", "Transnet Port Terminals",
          "Transnet Port Terminals", speaker_at="Transnet Port Terminals said"),
        Q("contingency plans were in place", "indirect", "Riaan Janse van Rensburg", "Riaan Janse van Rensburg"),
        Q("productivity had dropped sharply", "indirect", "Riaan Janse van Rensburg", "Riaan Janse van Rensburg"),
        Q("“We have managed to work two vessels with management staff and contractors, but I won’t pretend that we "
          "are operating anywhere near normal capacity,”", "direct", "Janse van Rensburg", "Riaan Janse van Rensburg",
          speaker_at="capacity,” Janse van Rensburg said"),
        Q("every day of delay was costing the industry an estimated R40m in lost sales and penalties", "indirect",
          "Nomvula Siebritz-Mahlangu", "Nomvula Siebritz-Mahlangu"),
        Q("“Fruit doesn’t wait. A container that sits on the quay for four days in this heat is a container of "
          "juice,”", "direct", "she", "Nomvula Siebritz-Mahlangu", speaker_at="she said"),
        Q("“deeply concerned”", "partial", "Andile Gqirana", "Andile Gqirana"),
        Q("he earned R14,500 a month after 12 years at the port", "indirect", "One crane operator", None),
        Q("“My children ask me why we are on strike. I tell them it’s because of them,”", "direct", "he", None,
          speaker_at="he said"),
        Q("the parties had been invited to a meeting on Friday", "indirect",
          "The Commission for Conciliation, Mediation and Arbitration",
          "Commission for Conciliation, Mediation and Arbitration"),
        Q("“in good faith”", "partial", "Ntshinga", "Lwazi Ntshinga", speaker_at="Ntshinga said the union"),
        Q("members at the Gqeberha container terminal and the car terminal could join the strike next week if talks "
          "failed", "indirect", "Ntshinga", "Lwazi Ntshinga", speaker_at="Ntshinga said the union"),
    ]),
    Case("blind55-mining", """Chief Kaputungu demands review of Mumbwa mining licence

CHIEF Kaputungu of Mumbwa has asked Government to suspend a large-scale mining licence issued to a Chinese-owned firm, saying his subjects were not consulted before exploration began on their farmland.

The traditional leader said in an interview yesterday that more than 200 households in Kasalu and Mukanda villages risked displacement after Tiancheng Copper Zambia Limited began clearing land for an open pit last month.

“Our people woke up to find bulldozers in their maize fields. Nobody came to the palace to explain anything,” Chief Kaputungu said.

“We are not against investment. We want the mine, we want jobs for our youths, but it cannot be done like this, as if the people on the land do not exist.”

The Ministry of Mines and Minerals Development confirmed that the licence was issued in March following a recommendation from the Mining Cadastre Department.

Permanent Secretary Dr Mukuka Zimba-Banda said the ministry had dispatched a team of officers to Mumbwa to establish the facts.

“If it is found that the company did not follow the law on resettlement and compensation, the ministry will not hesitate to take action, including suspension of the licence,” Dr Zimba-Banda said.

Tiancheng Copper Zambia general manager Liu Wenjie said the company had held two meetings with the community through the area headman and had offered compensation “above the Government rate”.

Mr Liu said the firm had so far employed 87 local workers and planned to construct a rural health post in Kasalu before the end of the year.

But farmer Esnart Chileshe, 54, of Kasalu village, said the headman did not represent the views of the people.

“They gave him a motorbike. That is the consultation they are talking about,” Mrs Chileshe said.

The Zambia Environmental Management Agency (ZEMA) said the company’s environmental impact assessment was still under review and no mining activities should have started.

ZEMA public relations manager Mwansa Kalaba-Ngoma said: “Clearing land for a pit constitutes project implementation. We have written to the developer to stop all works pending our decision.”

Mumbwa District Commissioner Beatrice Mweemba-Sitali said her office would convene a meeting between the chief, the company and affected families next week.

Area residents told the Daily Mail they had planted maize and groundnuts on the disputed land for more than three generations and held customary land certificates issued by the chief’s palace.""", [
        Q("his subjects were not consulted before exploration began on their farmland", "indirect", "Kaputungu",
          "Kaputungu", speaker_at="CHIEF Kaputungu of"),
        Q("more than 200 households in Kasalu and Mukanda villages risked displacement after Tiancheng Copper "
          "Zambia Limited began clearing land for an open pit last month", "indirect", "The traditional leader",
          "Kaputungu"),
        Q("“Our people woke up to find bulldozers in their maize fields. Nobody came to the palace to explain "
          "anything,”", "direct", "Kaputungu", "Kaputungu", speaker_at="Chief Kaputungu said"),
        Q("“We are not against investment. We want the mine, we want jobs for our youths, but it cannot be done like "
          "this, as if the people on the land do not exist.”", "direct", "Kaputungu", "Kaputungu",
          speaker_at="Chief Kaputungu said"),
        Q("the licence was issued in March following a recommendation from the Mining Cadastre Department",
          "indirect", "The Ministry of Mines and Minerals Development", "Ministry of Mines and Minerals Development"),
        Q("the ministry had dispatched a team of officers to Mumbwa to establish the facts", "indirect",
          "Mukuka Zimba-Banda", "Mukuka Zimba-Banda"),
        Q("“If it is found that the company did not follow the law on resettlement and compensation, the ministry "
          "will not hesitate to take action, including suspension of the licence,”", "direct", "Zimba-Banda",
          "Mukuka Zimba-Banda", speaker_at="Dr Zimba-Banda said"),
        Q("the company had held two meetings with the community through the area headman and had offered "
          "compensation", "indirect", "Liu Wenjie", "Liu Wenjie"),
        Q("“above the Government rate”", "partial", "Liu Wenjie", "Liu Wenjie"),
        Q("the firm had so far employed 87 local workers and planned to construct a rural health post in Kasalu "
          "before the end of the year", "indirect", "Liu", "Liu Wenjie", speaker_at="Mr Liu said"),
        Q("the headman did not represent the views of the people", "indirect", "Esnart Chileshe", "Esnart Chileshe"),
        Q("“They gave him a motorbike. That is the consultation they are talking about,”", "direct", "Chileshe",
          "Esnart Chileshe", speaker_at="Mrs Chileshe said"),
        Q("the company’s environmental impact assessment was still under review and no mining activities should "
          "have started", "indirect", "The Zambia Environmental Management Agency",
          "Zambia Environmental Management Agency"),
        Q("“Clearing land for a pit constitutes project implementation. We have written to the developer to stop all "
          "works pending our decision.”", "direct", "Mwansa Kalaba-Ngoma", "Mwansa Kalaba-Ngoma"),
        Q("her office would convene a meeting between the chief, the company and affected families next week",
          "indirect", "Beatrice Mweemba-Sitali", "Beatrice Mweemba-Sitali"),
        Q("they had planted maize and groundnuts on the disputed land for more than three generations and held "
          "customary land certificates issued by the chief’s palace", "indirect", "Area residents", None),
    ]),
    Case("blind55-handball", '''Bahrain beat Qatar to reach Asian Handball Championship final

Manama, Jan. 25 (BNA) -- Bahrain's national handball team reached the final of the 21st Asian Men's Handball Championship after defeating Qatar 29-27 in a tense semi-final in Kuwait on Thursday.

His Highness Shaikh Faisal bin Rashid Al Khalifa, First Deputy President of the Supreme Council for Youth and Sports, congratulated the players and technical staff on the achievement, which also secures Bahrain's qualification for next year's World Men's Handball Championship.

HH Shaikh Faisal said the victory "reflects the great support the sports sector receives from the wise leadership" and affirmed that the team had shown "the spirit of determination that distinguishes Bahraini athletes".

He added that the Supreme Council would continue to provide all forms of support to the national team ahead of Saturday's final.

Qatar led 15-13 at the interval, but Bahrain scored four unanswered goals early in the second half to take control and held on despite a late Qatari rally.

Bahrain Handball Association (BHA) President Ali Isa Al-Mahmeed said the players had executed the game plan "with great discipline".

"Qatar are a strong team with great experience, and we knew it would be decided in the final minutes. Our players kept their composure and I am proud of them," Al-Mahmeed said.

Head coach Halldor Johannsson said his team had struggled in the first half but improved defensively after the break.

"In the first 30 minutes we gave them too many easy goals on the counter-attack," the Icelandic coach told reporters after the match. "At half-time we changed to a 6-0 defence, and the players responded very well."

Left back Mohamed Habib Al-Abbasi, who scored eight goals, dedicated the win to the people of the Kingdom.

"This is for everyone back home who stayed up to watch us. We want to bring the cup back to Manama," he said.

Bahrain will face the winner of the second semi-final between Japan and South Korea in the final at the Saad Al-Abdullah Sports Complex on Saturday.''', [
        Q('"reflects the great support the sports sector receives from the wise leadership"', "partial", "Faisal",
          "Faisal bin Rashid Al Khalifa", speaker_at="HH Shaikh Faisal said"),
        Q('"the spirit of determination that distinguishes Bahraini athletes"', "partial", "Faisal",
          "Faisal bin Rashid Al Khalifa", speaker_at="HH Shaikh Faisal said"),
        Q("the Supreme Council would continue to provide all forms of support to the national team ahead of "
          "Saturday's final", "indirect", "He", "Faisal bin Rashid Al Khalifa", speaker_at="He added"),
        Q('"with great discipline"', "partial", "Ali Isa Al-Mahmeed", "Ali Isa Al-Mahmeed"),
        Q('"Qatar are a strong team with great experience, and we knew it would be decided in the final minutes. Our '
          'players kept their composure and I am proud of them,"', "direct", "Al-Mahmeed", "Ali Isa Al-Mahmeed",
          speaker_at='them," Al-Mahmeed said'),
        Q("his team had struggled in the first half but improved defensively after the break", "indirect",
          "Halldor Johannsson", "Halldor Johannsson"),
        Q('"In the first 30 minutes we gave them too many easy goals on the counter-attack,"', "direct",
          "the Icelandic coach", "Halldor Johannsson"),
        Q('"At half-time we changed to a 6-0 defence, and the players responded very well."', "direct",
          "the Icelandic coach", "Halldor Johannsson"),
        Q('"This is for everyone back home who stayed up to watch us. We want to bring the cup back to Manama,"',
          "direct", "he", "Mohamed Habib Al-Abbasi", speaker_at="he said"),
    ]),
    Case("blind55-quarry", '''2 quarry workers dead, 1 missing in Calinog landslide

ILOILO – Two workers were killed and another remained missing after a section of a quarry site collapsed in Barangay Tabucan, Calinog, Iloilo on Monday afternoon.

The fatalities were identified as Rodel Salvador Jr., 34, and Jomar dela Peña, 27, both residents of the barangay. Still missing as of Tuesday morning was backhoe operator Ariel Gonzaga-Tan, 41.

Police Major Ma. Cristina Villanueva-Lopez, Calinog police chief, said the victims were extracting sand and gravel at the base of a hillside when a portion of the slope gave way at around 3:30 p.m.

"Based on the initial investigation, it had been raining in the area since Sunday night and the soil was already soft," Villanueva-Lopez said.

Rescuers from the Municipal Disaster Risk Reduction and Management Office (MDRRMO) and the Bureau of Fire Protection retrieved the two bodies around 7 p.m., but the search for Gonzaga-Tan was suspended overnight because of continuous rain and the threat of further soil movement.

MDRRMO head Engr. Rolando Dequiña said search operations resumed at 6 a.m. Tuesday with the help of two excavators lent by the provincial government.

"We are still hoping, but we have to be realistic. The area is very unstable," he said.

Rodel's wife, Lovely, could only cry as she waited outside a funeral parlor in the town proper.

"Wala gid namon ginpaabot nga amo ini ang matabo (We never expected this would happen)," she told Panay News. "He left the house at six in the morning and said he would be home for supper."

Calinog Mayor Ernesto Salcedo said the municipal government would provide financial assistance to the families of the victims. He also ordered all quarry operations in the town suspended pending an inspection.

The quarry operator holds a commercial sand and gravel permit issued by the provincial government, according to the Provincial Environment and Natural Resources Office (PENRO).

The Mines and Geosciences Bureau (MGB) Region 6 said it would send a team of geologists to assess the site and determine whether the operator had observed the required slope angle and safety benches.

Residents of the barangay have long complained about the quarry, according to barangay captain Felipe de los Reyes.

"We have raised this in the barangay assembly many times. Every rainy season we are afraid," he said. (With a report from Jennifer P. Rendon/PN)''', [
        Q("the victims were extracting sand and gravel at the base of a hillside when a portion of the slope gave way "
          "at around 3:30 p.m.", "indirect", "Ma. Cristina Villanueva-Lopez", "Ma. Cristina Villanueva-Lopez"),
        Q('"Based on the initial investigation, it had been raining in the area since Sunday night and the soil was '
          'already soft,"', "direct", "Villanueva-Lopez", "Ma. Cristina Villanueva-Lopez",
          speaker_at="Villanueva-Lopez said"),
        Q("search operations resumed at 6 a.m. Tuesday with the help of two excavators lent by the provincial "
          "government", "indirect", "Rolando Dequiña", "Rolando Dequiña"),
        Q('"We are still hoping, but we have to be realistic. The area is very unstable,"', "direct", "he",
          "Rolando Dequiña", speaker_at='unstable," he said'),
        Q('"Wala gid namon ginpaabot nga amo ini ang matabo (We never expected this would happen),"', "direct", "she",
          "Lovely", speaker_at="she told Panay News"),
        Q('"He left the house at six in the morning and said he would be home for supper."', "direct", "she",
          "Lovely", speaker_at="she told Panay News"),
        Q("the municipal government would provide financial assistance to the families of the victims", "indirect",
          "Ernesto Salcedo", "Ernesto Salcedo"),
        Q("The quarry operator holds a commercial sand and gravel permit issued by the provincial government",
          "indirect", "the Provincial Environment and Natural Resources Office",
          "Provincial Environment and Natural Resources Office"),
        Q("it would send a team of geologists to assess the site and determine whether the operator had observed "
          "the required slope angle and safety benches", "indirect", "The Mines and Geosciences Bureau",
          "Mines and Geosciences Bureau"),
        Q("Residents of the barangay have long complained about the quarry", "indirect", "Felipe de los Reyes",
          "Felipe de los Reyes"),
        Q('"We have raised this in the barangay assembly many times. Every rainy season we are afraid,"', "direct",
          "he", "Felipe de los Reyes", speaker_at='afraid," he said'),
    ]),
    Case("blind55-diphtheria", """Diphtheria alert issued as cases surge in KP

PESHAWAR: The Khyber Pakhtunkhwa Health Department on Monday issued an alert to all district health officers after 46 suspected diphtheria cases, including five deaths, were reported from eight districts over the past month.

According to the alert, most of the patients were children between two and 12 years of age, and the majority had either not been vaccinated or had missed booster doses.

The notification directed hospitals to isolate suspected patients immediately and report every case to the provincial disease surveillance unit within 24 hours.

Director General Health Services Dr Muhammad Asif Khan Afridi told The Frontier Post that the department had requested an urgent supply of diphtheria antitoxin from the National Institute of Health (NIH) in Islamabad.

“Antitoxin is the most important thing in severe cases and we have very limited stock at the moment. We have taken up the matter with the federal government and hope to receive a consignment this week,” he said.

He said vaccination teams had also been sent to union councils in Bannu, Lakki Marwat and Khyber districts where clusters of cases had been detected.

At Lady Reading Hospital, head of paediatrics Prof Dr Shazia Nawab-Durrani said the hospital had received 14 children with the disease since January, three of whom had to be put on ventilators.

“Parents are bringing children very late, when the membrane has already spread in the throat,” she said. “A child with a sore throat, fever and swelling of the neck should be seen by a doctor the same day.”

She called the resurgence of the disease “entirely preventable” and blamed vaccine hesitancy and gaps in routine immunisation in the merged districts.

Provincial Health Minister Abrar Hussain Bukhari, while chairing a meeting on the Expanded Programme on Immunization (EPI) on Tuesday, directed officials to launch a catch-up vaccination drive. He said no child in the province should be left without the pentavalent vaccine, and warned that action would be taken against vaccinators found absent from duty.

In Bannu, Gul Zarina, whose six-year-old son is being treated at the District Headquarters Hospital, said no vaccinator had visited her village in Mamash Khel for more than a year.

“We did not know this disease still existed. Now my son cannot even swallow water,” she said.

The World Health Organization says diphtheria cases have been rising in several countries of the region since the Covid-19 pandemic disrupted routine immunisation services.""", [
        Q("most of the patients were children between two and 12 years of age, and the majority had either not been "
          "vaccinated or had missed booster doses", "indirect", "the alert", None, speaker_at="According to the alert"),
        Q("the department had requested an urgent supply of diphtheria antitoxin from the National Institute of "
          "Health (NIH) in Islamabad", "indirect", "Muhammad Asif Khan Afridi", "Muhammad Asif Khan Afridi"),
        Q("“Antitoxin is the most important thing in severe cases and we have very limited stock at the moment. We "
          "have taken up the matter with the federal government and hope to receive a consignment this week,”",
          "direct", "he", "Muhammad Asif Khan Afridi", speaker_at="he said"),
        Q("vaccination teams had also been sent to union councils in Bannu, Lakki Marwat and Khyber districts where "
          "clusters of cases had been detected", "indirect", "He", "Muhammad Asif Khan Afridi",
          speaker_at="He said vaccination"),
        Q("the hospital had received 14 children with the disease since January, three of whom had to be put on "
          "ventilators", "indirect", "Shazia Nawab-Durrani", "Shazia Nawab-Durrani"),
        Q("“Parents are bringing children very late, when the membrane has already spread in the throat,”", "direct",
          "she", "Shazia Nawab-Durrani", speaker_at="throat,” she said"),
        Q("“A child with a sore throat, fever and swelling of the neck should be seen by a doctor the same day.”",
          "direct", "she", "Shazia Nawab-Durrani", speaker_at="throat,” she said"),
        Q("“entirely preventable”", "partial", "She", "Shazia Nawab-Durrani", speaker_at="She called"),
        Q("no child in the province should be left without the pentavalent vaccine", "indirect", "He",
          "Abrar Hussain Bukhari", speaker_at="He said no child"),
        Q("action would be taken against vaccinators found absent from duty", "indirect", "He",
          "Abrar Hussain Bukhari", speaker_at="He said no child"),
        Q("no vaccinator had visited her village in Mamash Khel for more than a year", "indirect", "Gul Zarina",
          "Gul Zarina"),
        Q("“We did not know this disease still existed. Now my son cannot even swallow water,”", "direct", "she",
          "Gul Zarina", speaker_at="water,” she said"),
        Q("diphtheria cases have been rising in several countries of the region since the Covid-19 pandemic "
          "disrupted routine immunisation services", "indirect", "The World Health Organization",
          "World Health Organization"),
    ]),
    Case("blind55-senate", '''PU Senate rejects 10% fee hike after stormy meeting

Tribune News Service

Chandigarh, March 18

The Panjab University Senate on Sunday rejected a proposal to raise tuition fees by 10 per cent for the 2025-26 session, with 41 members voting against the hike and 19 in favour after a debate that lasted nearly five hours.

The proposal, cleared by the Syndicate last month, had been moved by the university administration to bridge what it described as a "widening budget gap" of about Rs 82 crore.

Vice-Chancellor Prof Harpreet Kaur Grewal told the House that the university's grant from the Centre had not kept pace with salary and pension commitments.

"We are not doing this by choice. Every year we are borrowing from one head to pay another, and that cannot go on forever," the Vice-Chancellor said.

Senator Prof Rajinder Pal Bhardwaj, who led the opposition to the proposal, said the burden could not be shifted onto students from rural Punjab and Himachal, many of whom were first-generation learners.

"The university was built on the idea that a farmer's son from Sangrur could study here alongside anyone else. A fee hike every year kills that idea slowly," he said, drawing applause from the visitors' gallery.

Another senator, Dr Simranjit Kaur Dhillon, called the proposal "a shortcut" and suggested that the administration should instead press the Punjab Government to release its pending share of the maintenance grant.

Members of the Panjab University Campus Student Council (PUCSC), who had been staging a dharna outside the Senate hall since morning, welcomed the result. PUCSC president Anmoldeep Singh said the students would "remain vigilant" until the decision was formally notified.

"This is a victory for every student who could not be here today because they were attending classes or working part-time to pay their fees," he said.

Senator Mohd Tariq Qureshi, who voted in favour, told The Tribune the rejection would only postpone "a very painful decision".

"Next year the gap will be bigger, and then what will we do?" he said.

The matter will now go back to the Syndicate, which is expected to take it up at its April meeting, officials said.''', [
        Q('"widening budget gap"', "partial", "it", None, speaker_at="what it described"),
        Q("the university's grant from the Centre had not kept pace with salary and pension commitments", "indirect",
          "Harpreet Kaur Grewal", "Harpreet Kaur Grewal"),
        Q('"We are not doing this by choice. Every year we are borrowing from one head to pay another, and that '
          'cannot go on forever,"', "direct", "the Vice-Chancellor", "Harpreet Kaur Grewal"),
        Q("the burden could not be shifted onto students from rural Punjab and Himachal, many of whom were "
          "first-generation learners", "indirect", "Rajinder Pal Bhardwaj", "Rajinder Pal Bhardwaj"),
        Q("\"The university was built on the idea that a farmer's son from Sangrur could study here alongside anyone "
          "else. A fee hike every year kills that idea slowly,\"", "direct", "he", "Rajinder Pal Bhardwaj",
          speaker_at='slowly," he said'),
        Q('"a shortcut"', "partial", "Simranjit Kaur Dhillon", "Simranjit Kaur Dhillon"),
        Q("the administration should instead press the Punjab Government to release its pending share of the "
          "maintenance grant", "indirect", "Simranjit Kaur Dhillon", "Simranjit Kaur Dhillon"),
        Q('"remain vigilant"', "partial", "Anmoldeep Singh", "Anmoldeep Singh"),
        Q('"This is a victory for every student who could not be here today because they were attending classes or '
          'working part-time to pay their fees,"', "direct", "he", "Anmoldeep Singh", speaker_at='fees," he said'),
        Q('"a very painful decision"', "partial", "Mohd Tariq Qureshi", "Mohd Tariq Qureshi"),
        Q('"Next year the gap will be bigger, and then what will we do?"', "direct", "he", "Mohd Tariq Qureshi",
          speaker_at='do?" he said'),
        Q("The matter will now go back to the Syndicate, which is expected to take it up at its April meeting",
          "indirect", "officials", None),
    ]),
]
