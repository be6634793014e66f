"""Blind gold (48): short news articles from many outlets, written once, blind to the pretagger.

Wire copy and regional papers from several continents, mixing curly double,
straight and British single quotes, with direct, partial and indirect quotes.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind48-cement", """Narmada Portland Profit Jumps 38% as Cement Price Increases Hold

MUMBAI (Bloomberg) -- Narmada Portland Cement Ltd. reported a 38% jump in quarterly profit, beating estimates, as the Indian cement maker held on to price increases despite a monsoon-driven slump in construction.

Net income rose to 6.12 billion rupees ($73 million) in the three months ended Sept. 30, from 4.43 billion rupees a year earlier, the Ahmedabad-based company said in an exchange filing on Tuesday. The average of 21 analyst estimates compiled by Bloomberg was 5.4 billion rupees.

"Pricing discipline in the industry has been better than we feared," Managing Director Vikram Singh Rathore said on a call with analysts. "We did not chase volumes, and that choice shows in our margins."

Sales volumes fell 4% to 7.8 million tons. Rathore said heavy rain in Gujarat and Maharashtra had halted work on highways and housing projects for much of August. He said demand had picked up in October and that the company expected volume growth of 8% to 10% for the full fiscal year.

The shares rose as much as 4.6% in Mumbai trading, the most in three months, before paring gains.

Costs were a bright spot. Power and fuel expenses per ton fell 11% as the company burned more petroleum coke and ran new waste-heat recovery units at its Kutch plant, Chief Financial Officer Anjali Deshpande-Iyer told analysts. She cautioned that freight would limit further savings, describing those costs as "sticky."

Not everyone is convinced the gains will last. Larger rivals are adding about 40 million tons of capacity over the next two years, and a price war "remains the key risk for mid-sized players," Sahyadri Securities analyst Rahul Mehrotra wrote in a note to clients. He kept a hold rating on the stock.

Narmada's board approved a plan to spend 32 billion rupees on a 4-million-ton grinding unit in Odisha, its first plant in eastern India. The project is expected to be commissioned by March 2027, the company said.

"East India is where the next leg of growth is," Rathore said. "We would rather be early than late."

--With assistance from Priya Nair.""", [
        Q("Net income rose to 6.12 billion rupees ($73 million) in the three months ended Sept. 30, from 4.43 billion "
          "rupees a year earlier", "indirect", "the Ahmedabad-based company", "Narmada Portland Cement Ltd."),
        Q('"Pricing discipline in the industry has been better than we feared,"', "direct", "Vikram Singh Rathore",
          "Vikram Singh Rathore"),
        Q('"We did not chase volumes, and that choice shows in our margins."', "direct", "Vikram Singh Rathore",
          "Vikram Singh Rathore"),
        Q("heavy rain in Gujarat and Maharashtra had halted work on highways and housing projects for much of August",
          "indirect", "Rathore", "Vikram Singh Rathore", speaker_at="Rathore said heavy"),
        Q("demand had picked up in October and that the company expected volume growth of 8% to 10% for the full "
          "fiscal year", "indirect", "He", "Vikram Singh Rathore", speaker_at="He said demand"),
        Q("Power and fuel expenses per ton fell 11% as the company burned more petroleum coke and ran new waste-heat "
          "recovery units at its Kutch plant", "indirect", "Anjali Deshpande-Iyer", "Anjali Deshpande-Iyer"),
        Q("that freight would limit further savings", "indirect", "She", "Anjali Deshpande-Iyer",
          speaker_at="She cautioned"),
        Q('"sticky."', "partial", "She", "Anjali Deshpande-Iyer", speaker_at="She cautioned"),
        Q('"remains the key risk for mid-sized players,"', "partial", "Rahul Mehrotra", "Rahul Mehrotra"),
        Q("The project is expected to be commissioned by March 2027", "indirect", "the company",
          "Narmada Portland Cement Ltd.", speaker_at="the company said."),
        Q('"East India is where the next leg of growth is,"', "direct", "Rathore", "Vikram Singh Rathore",
          speaker_at='Rathore said. "We would'),
        Q('"We would rather be early than late."', "direct", "Rathore", "Vikram Singh Rathore",
          speaker_at='Rathore said. "We would'),
    ]),
    Case("blind48-cyclone", """Cyclone Dumisani batters Mozambique's Beira, thousands flee to shelters

BEIRA, Mozambique, Feb 12 (Reuters) - Tropical Cyclone Dumisani made landfall near the Mozambican port city of Beira early on Wednesday, tearing roofs off homes, flooding low-lying neighbourhoods and forcing more than 40,000 people into emergency shelters, officials said.

Winds of up to 180 km (112 miles) per hour were recorded at the city's airport, according to Mozambique's National Institute of Meteorology (INAM).

"We moved people early this time, and that has saved lives," Ana Cristina da Conceição Mabote, head of the National Institute for Disaster Risk Management (INGD), told Reuters by phone from Beira. She said two people had been confirmed dead, both killed by falling trees, and that the toll could rise as rescuers reached outlying districts.

Beira was largely destroyed by Cyclone Idai in 2019, which killed more than 1,000 people across Mozambique, Zimbabwe and Malawi.

Residents described a night of fear. "The water came into the house at three in the morning and we climbed onto the roof with the children," said Armando Cuamba, a 41-year-old fisherman in the Praia Nova district. "We lost everything, the nets, the boat, everything."

The World Food Programme said it had pre-positioned food for 120,000 people in Beira and neighbouring Buzi district, but warned that damaged roads would slow deliveries. A WFP spokesperson in Maputo said the agency's priority was "getting to people who are cut off before the rivers peak."

Environment minister Ivete dos Santos Muianga, who flew over the affected area by helicopter, told state broadcaster TVM that the government would release emergency funds on Thursday.

"No family will be left without shelter," she said.

Forecasters expect Dumisani to weaken into a tropical depression as it moves inland over Sofala and Manica provinces, but heavy rain is likely to continue for at least two days, INAM said. Rivers including the Pungwe and the Buzi could burst their banks, the institute warned.

The port of Beira, a key outlet for copper and tobacco from Zambia, Malawi and Zimbabwe, was closed on Tuesday evening. Port operator Cornelder de Moçambique said it hoped to resume operations once the wind had dropped and channels had been surveyed for debris.

(Reporting by Manuel Mucari; Writing by Nelson Banya; Editing by Alison Williams)""", [
        Q("Tropical Cyclone Dumisani made landfall near the Mozambican port city of Beira early on Wednesday, tearing "
          "roofs off homes, flooding low-lying neighbourhoods and forcing more than 40,000 people into emergency "
          "shelters", "indirect", "officials", None),
        Q("Winds of up to 180 km (112 miles) per hour were recorded at the city's airport", "indirect",
          "Mozambique's National Institute of Meteorology", "National Institute of Meteorology"),
        Q('"We moved people early this time, and that has saved lives,"', "direct",
          "Ana Cristina da Conceição Mabote", "Ana Cristina da Conceição Mabote"),
        Q("two people had been confirmed dead, both killed by falling trees, and that the toll could rise as rescuers "
          "reached outlying districts", "indirect", "She", "Ana Cristina da Conceição Mabote",
          speaker_at="She said two"),
        Q('"The water came into the house at three in the morning and we climbed onto the roof with the children,"',
          "direct", "Armando Cuamba", "Armando Cuamba"),
        Q('"We lost everything, the nets, the boat, everything."', "direct", "Armando Cuamba", "Armando Cuamba"),
        Q("it had pre-positioned food for 120,000 people in Beira and neighbouring Buzi district", "indirect",
          "The World Food Programme", "World Food Programme"),
        Q("that damaged roads would slow deliveries", "indirect", "The World Food Programme", "World Food Programme"),
        Q('"getting to people who are cut off before the rivers peak."', "partial", "A WFP spokesperson in Maputo",
          None),
        Q("that the government would release emergency funds on Thursday", "indirect",
          "Ivete dos Santos Muianga", "Ivete dos Santos Muianga"),
        Q('"No family will be left without shelter,"', "direct", "she", "Ivete dos Santos Muianga",
          speaker_at="she said"),
        Q("Forecasters expect Dumisani to weaken into a tropical depression as it moves inland over Sofala and "
          "Manica provinces, but heavy rain is likely to continue for at least two days", "indirect", "INAM",
          "National Institute of Meteorology", speaker_at="INAM said"),
        Q("Rivers including the Pungwe and the Buzi could burst their banks", "indirect", "the institute",
          "National Institute of Meteorology"),
        Q("it hoped to resume operations once the wind had dropped and channels had been surveyed for debris",
          "indirect", "Cornelder de Moçambique", "Cornelder de Moçambique"),
    ]),
    Case("blind48-fraud", """Bookkeeper took £410,000 from care charity to fund holidays, court hears

A bookkeeper siphoned more than £410,000 from a Derby care charity over six years and spent much of it on holidays, designer clothes and a hot tub, a court has heard.

Joanne Ellis-Whitworth, 52, of Chaddesden, denies 14 counts of fraud by abuse of position and one of false accounting. Her trial began at Derby Crown Court on Monday.

Opening the case for the prosecution, Kathryn Oyelaran KC told the jury that Ellis-Whitworth had been ‘trusted completely’ by the trustees of Rowan House Support, which runs supported living homes for adults with learning disabilities in Derby and Belper.

‘She had the keys to the kingdom,’ Ms Oyelaran said. ‘She set up the payments, she reconciled the accounts and, when the auditors asked questions, she was the one who answered them.’

More than 300 payments were made from the charity’s accounts to suppliers that did not exist, including a firm named on invoices as ‘Derwent Facilities Maintenance’, the prosecutor said. The money ended up in two accounts held by the defendant.

Ms Oyelaran said the fraud came to light in March 2022 when a newly appointed treasurer, retired accountant Gurpreet Sandhu, noticed that the charity was paying for ‘grounds maintenance’ at a property that had no garden.

Giving evidence on Tuesday, Mr Sandhu said he had initially assumed it was a clerical error.

‘I rang the number on the invoice and it went straight to a voicemail with her voice on it,’ he told the court. ‘That was the moment my stomach dropped.’

The jury heard that the charity was forced to close one of its homes in 2023, and that staff went without a pay rise for two years.

In a police interview read to the court, Ellis-Whitworth said she had only ‘borrowed’ the money during a difficult divorce. She told officers: ‘I always meant to pay it back. I never meant for it to get this big.’

Judge Helen Mountford told jurors they must decide the case only on the evidence they heard in court and should not research it online or discuss it on social media.

The trial, which is expected to last two weeks, continues.""", [
        Q("A bookkeeper siphoned more than £410,000 from a Derby care charity over six years and spent much of it on "
          "holidays, designer clothes and a hot tub", "indirect", None, None),
        Q("‘trusted completely’", "partial", "Kathryn Oyelaran", "Kathryn Oyelaran"),
        Q("‘She had the keys to the kingdom,’", "direct", "Oyelaran", "Kathryn Oyelaran",
          speaker_at="Ms Oyelaran said. ‘She"),
        Q("‘She set up the payments, she reconciled the accounts and, when the auditors asked questions, she was the "
          "one who answered them.’", "direct", "Oyelaran", "Kathryn Oyelaran", speaker_at="Ms Oyelaran said. ‘She"),
        Q("More than 300 payments were made from the charity’s accounts to suppliers that did not exist, including a "
          "firm named on invoices as ‘Derwent Facilities Maintenance’", "indirect", "the prosecutor",
          "Kathryn Oyelaran"),
        Q("the fraud came to light in March 2022 when a newly appointed treasurer, retired accountant Gurpreet Sandhu, "
          "noticed that the charity was paying for ‘grounds maintenance’ at a property that had no garden", "indirect",
          "Oyelaran", "Kathryn Oyelaran", speaker_at="Ms Oyelaran said the fraud"),
        Q("he had initially assumed it was a clerical error", "indirect", "Sandhu", "Gurpreet Sandhu",
          speaker_at="Mr Sandhu said"),
        Q("‘I rang the number on the invoice and it went straight to a voicemail with her voice on it,’", "direct",
          "he", "Gurpreet Sandhu", speaker_at="he told the court"),
        Q("‘That was the moment my stomach dropped.’", "direct", "he", "Gurpreet Sandhu",
          speaker_at="he told the court"),
        Q("that the charity was forced to close one of its homes in 2023, and that staff went without a pay rise for "
          "two years", "indirect", None, None),
        Q("‘borrowed’", "partial", "Ellis-Whitworth", "Joanne Ellis-Whitworth",
          speaker_at="Ellis-Whitworth said she"),
        Q("‘I always meant to pay it back. I never meant for it to get this big.’", "direct", "She",
          "Joanne Ellis-Whitworth", speaker_at="She told officers"),
        Q("they must decide the case only on the evidence they heard in court and should not research it online or "
          "discuss it on social media", "indirect", "Helen Mountford", "Helen Mountford"),
    ]),
    Case("blind48-weaver", """Tributes paid to Tolsta weaver Peigi Ann MacIver, 91

Tributes have been paid to Peigi Ann MacIver, one of the last women on Lewis to weave Harris Tweed on the old Hattersley loom, who has died at the age of 91.

Mrs MacIver, known across the island as 'Peigi Tolsta', wove in the shed behind her croft at North Tolsta for more than 60 years, producing cloth that ended up in tailors' shops in London, Tokyo and New York.

She died peacefully at Western Isles Hospital on Friday, surrounded by her family.

Her son, Calum MacIver, said his mother had kept weaving until she was 86 and only stopped when her eyesight failed.

'She would be out in that shed at seven in the morning, winter or summer,' he said. 'The loom was the first sound we heard every day growing up. When it went quiet, we knew something was wrong.'

Born Margaret Ann Morrison in 1933, she learned to weave from her father, a fisherman who worked the loom in the winter months. She married Donald 'Dollag' MacIver in 1955; he died in 2004.

The Harris Tweed Authority, which stamps every certified length of cloth with the famous Orb mark, said she had been 'a living link to the way the industry was'.

Chief executive Lorna Macaulay-Ferguson said: 'Peigi's tweeds were known at the mills for their evenness. Some of the herringbones she wove in the 1970s are still talked about.'

Kenneth Murdo MacLeod, a fellow weaver from Back, said younger weavers had often turned up at her door looking for advice. According to him, she never once turned anyone away.

'She'd make you a cup of tea and then tell you exactly what you were doing wrong,' he laughed.

A lifelong member of the Free Church, she was also a fine Gaelic singer and won a gold medal at the Royal National Mòd in Stornoway in 1968.

Rev Donald Angus Macphail, who will conduct the funeral service, described her as 'a woman of deep faith and very few idle moments'.

Her funeral will take place at North Tolsta Free Church on Wednesday at 12 noon, followed by burial at Gress Cemetery.

She is survived by her son Calum, daughters Mairi and Catriona, nine grandchildren and four great-grandchildren.""", [
        Q("his mother had kept weaving until she was 86 and only stopped when her eyesight failed", "indirect",
          "Calum MacIver", "Calum MacIver"),
        Q("'She would be out in that shed at seven in the morning, winter or summer,'", "direct", "he",
          "Calum MacIver", speaker_at="he said. 'The"),
        Q("'The loom was the first sound we heard every day growing up. When it went quiet, we knew something was "
          "wrong.'", "direct", "he", "Calum MacIver", speaker_at="he said. 'The"),
        Q("'a living link to the way the industry was'", "partial", "The Harris Tweed Authority",
          "Harris Tweed Authority"),
        Q("'Peigi's tweeds were known at the mills for their evenness. Some of the herringbones she wove in the 1970s "
          "are still talked about.'", "direct", "Lorna Macaulay-Ferguson", "Lorna Macaulay-Ferguson"),
        Q("younger weavers had often turned up at her door looking for advice", "indirect", "Kenneth Murdo MacLeod",
          "Kenneth Murdo MacLeod"),
        Q("she never once turned anyone away", "indirect", "him", "Kenneth Murdo MacLeod"),
        Q("'She'd make you a cup of tea and then tell you exactly what you were doing wrong,'", "direct", "he",
          "Kenneth Murdo MacLeod", speaker_at="he laughed"),
        Q("'a woman of deep faith and very few idle moments'", "partial", "Donald Angus Macphail",
          "Donald Angus Macphail"),
    ]),
    Case("blind48-racing", """Ballinrobe joy as local mare lands feature handicap

There were scenes of celebration in the winner’s enclosure at Ballinrobe on Tuesday evening when Cloghans Lass, trained just eight miles away outside Claremorris, landed the feature Mayo Mile Handicap at odds of 14/1.

The six-year-old mare, owned by a syndicate of 12 friends from Kiltimagh and Knock, came from last turning for home under Niamh Ó Gallchóir to win by a neck from the favourite, Brazen Bid.

Trainer Pádraig de Búrca, who has just nine horses in his yard at Ballinasmalla, was almost lost for words afterwards.

“I’ve been coming to this track since I was in short trousers with my father,” he told The Mayo News. “To win the big one here, in front of our own people, I don’t think it gets any better than that.”

De Búrca said the mare had been “a bit of a madam” as a young horse and nearly went to the sales two years ago. “Thank God we kept her,” he added.

Ó Gallchóir, 23, who rode her first winner only last season, said she had been told to sit in and be patient. “Paddy said not to panic if we were at the back,” the Donegal native explained. “When I pulled her out she just took off. I could hear the crowd before I could see the line.”

Syndicate spokesman Mickey Joe Walsh said the group had paid €4,000 for the mare as a yearling. The first prize of over €25,000 will be going “straight back into the horse, after one night in Kiltimagh,” he joked.

Racecourse manager Aoife Ní Fhlatharta said Tuesday’s crowd of more than 4,200 was the biggest for a midweek evening meeting since the track reopened to spectators after the pandemic. She said the course hoped to add a second Sunday fixture to next year’s calendar, subject to approval from Horse Racing Ireland.

According to the Irish Horseracing Regulatory Board, the stewards examined the closing stages after the runner-up drifted right inside the final furlong, but allowed the result to stand after viewing the replay.

Elsewhere on the card, the Westport-owned Tawnyard Lad gave jockey Cian Mac Giolla Phádraig a double when following up his win at Roscommon last week.

The next meeting at Ballinrobe is on Monday, July 21, with the first race at 5.20pm.""", [
        Q("“I’ve been coming to this track since I was in short trousers with my father,”", "direct", "he",
          "Pádraig de Búrca", speaker_at="he told The Mayo News"),
        Q("“To win the big one here, in front of our own people, I don’t think it gets any better than that.”",
          "direct", "he", "Pádraig de Búrca", speaker_at="he told The Mayo News"),
        Q("“a bit of a madam”", "partial", "De Búrca", "Pádraig de Búrca"),
        Q("“Thank God we kept her,”", "direct", "he", "Pádraig de Búrca", speaker_at="he added"),
        Q("she had been told to sit in and be patient", "indirect", "Ó Gallchóir", "Niamh Ó Gallchóir",
          speaker_at="Ó Gallchóir, 23"),
        Q("“Paddy said not to panic if we were at the back,”", "direct", "the Donegal native", "Niamh Ó Gallchóir"),
        Q("“When I pulled her out she just took off. I could hear the crowd before I could see the line.”", "direct",
          "the Donegal native", "Niamh Ó Gallchóir"),
        Q("the group had paid €4,000 for the mare as a yearling", "indirect", "Mickey Joe Walsh", "Mickey Joe Walsh"),
        Q("“straight back into the horse, after one night in Kiltimagh,”", "partial", "he", "Mickey Joe Walsh",
          speaker_at="he joked"),
        Q("Tuesday’s crowd of more than 4,200 was the biggest for a midweek evening meeting since the track reopened "
          "to spectators after the pandemic", "indirect", "Aoife Ní Fhlatharta", "Aoife Ní Fhlatharta"),
        Q("the course hoped to add a second Sunday fixture to next year’s calendar, subject to approval from Horse "
          "Racing Ireland", "indirect", "She", "Aoife Ní Fhlatharta", speaker_at="She said the course"),
        Q("the stewards examined the closing stages after the runner-up drifted right inside the final furlong, but "
          "allowed the result to stand after viewing the replay", "indirect",
          "the Irish Horseracing Regulatory Board", "Irish Horseracing Regulatory Board"),
    ]),
    Case("blind48-bushfire", """Residents told to leave as Fingal Valley blaze jumps containment lines

Residents of several small communities in the Fingal Valley were told to leave their homes on Sunday afternoon after a bushfire that has burned for almost a week jumped containment lines near Mathinna.

The Tasmania Fire Service (TFS) issued an emergency warning for Mathinna, Upper Esk and surrounding areas shortly after 2pm, warning that spot fires were starting up to two kilometres ahead of the main front.

“If you are not prepared to defend your property, you need to leave now, while the roads are still open,” TFS incident controller Bryce O’Loughlin-Hart said.

By late afternoon the fire had burned through more than 14,000 hectares of bush and plantation, the TFS said.

Hot, gusty north-westerly winds and temperatures in the mid-30s were making conditions “about as bad as they get”, Mr O’Loughlin-Hart told reporters at the Fingal fire station.

An evacuation centre has been opened at the St Marys Community Hall. Break O’Day mayor Julie Drummond-Pike said about 60 people had registered there by 5pm.

“People are anxious, but they’re looking after each other, which is what this community always does,” she said.

Mathinna farmer Rob Kieft, whose family has run sheep on the same property for four generations, said he had moved his stock to a cleared paddock and would stay with his sons to defend the house.

“We’ve got pumps, we’ve got water and we’ve done this before,” he said. “But I’ve never seen smoke like it.”

Emergency Management Minister Anita Vos said extra aerial support, including a large air tanker from Victoria, would arrive on Monday morning.

According to the Bureau of Meteorology, a cooler south-westerly change is expected late on Monday, although it could bring erratic winds as it crosses the fire ground. A bureau spokesman described the change as “a mixed blessing”.

The Esk Main Road remains closed between Fingal and Mathinna, and residents are urged to check the TFS website or listen to ABC Radio for updates.

The cause of the fire, which started near a forestry track on February 3, is still under investigation, Tasmania Police said.""", [
        Q("that spot fires were starting up to two kilometres ahead of the main front", "indirect",
          "The Tasmania Fire Service", "Tasmania Fire Service"),
        Q("“If you are not prepared to defend your property, you need to leave now, while the roads are still open,”",
          "direct", "Bryce O’Loughlin-Hart", "Bryce O’Loughlin-Hart"),
        Q("By late afternoon the fire had burned through more than 14,000 hectares of bush and plantation", "indirect",
          "the TFS", "Tasmania Fire Service", speaker_at="the TFS said"),
        Q("“about as bad as they get”", "partial", "O’Loughlin-Hart", "Bryce O’Loughlin-Hart",
          speaker_at="Mr O’Loughlin-Hart told"),
        Q("about 60 people had registered there by 5pm", "indirect", "Julie Drummond-Pike", "Julie Drummond-Pike"),
        Q("“People are anxious, but they’re looking after each other, which is what this community always does,”",
          "direct", "she", "Julie Drummond-Pike", speaker_at="she said"),
        Q("he had moved his stock to a cleared paddock and would stay with his sons to defend the house", "indirect",
          "Rob Kieft", "Rob Kieft"),
        Q("“We’ve got pumps, we’ve got water and we’ve done this before,”", "direct", "he", "Rob Kieft",
          speaker_at="he said. “But"),
        Q("“But I’ve never seen smoke like it.”", "direct", "he", "Rob Kieft", speaker_at="he said. “But"),
        Q("extra aerial support, including a large air tanker from Victoria, would arrive on Monday morning",
          "indirect", "Anita Vos", "Anita Vos"),
        Q("a cooler south-westerly change is expected late on Monday, although it could bring erratic winds as it "
          "crosses the fire ground", "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“a mixed blessing”", "partial", "A bureau spokesman", None),
        Q("The cause of the fire, which started near a forestry track on February 3, is still under investigation",
          "indirect", "Tasmania Police", "Tasmania Police"),
    ]),
    Case("blind48-port", """Northport stevedores walk off job over rosters

Cargo handling at Northport ground to a halt yesterday as about 80 stevedores walked off the job in a dispute over rosters and fatigue, leaving two log ships waiting at anchor off Marsden Point.

The 24-hour strike was called by the Maritime Union of New Zealand (MUNZ). The union says its members are being rostered for up to 12 days straight during peak log export periods.

"Our members are exhausted. Someone is going to get killed down there if nothing changes," MUNZ Northland branch secretary Hemi Te Awa-Tipene said from the picket line at the port gates.

"We've raised this for eighteen months. We've done the meetings, we've done the surveys, and the company keeps telling us it's looking into it."

Te Awa-Tipene said the union wanted a guaranteed two days off in every seven and an independent review of fatigue on the wharf.

The stevedoring company, Ruakākā Port Services, said in a statement it was "disappointed" by the action and that it had offered a roster review in March. Chief executive Grant Vanderpoel said the company's safety record was among the best in the industry.

"We take fatigue seriously, and we have put a proposal on the table," he said. "Strike action doesn't get us any closer to a solution."

Northport said the strike would delay the loading of about 45,000 tonnes of logs bound for China and India. A spokeswoman said the port was "working with all parties" and said operations were expected to return to normal by Friday.

Log truck drivers said they had been told to hold loads at yards in Whangārei and Dargaville. One driver, who did not want to be named, said smaller cartage contractors were already feeling the pinch.

"No ship, no cartage, no pay. Simple as that."

Kaumātua Rangi Pōtae, whose whānau live near the port at One Tree Point, said the dispute showed how much the district relied on a single industry. "When the logs stop, everything stops - the cafe, the garage, the school fundraiser," he said.

Both sides are due to meet with Employment New Zealand mediators in Whangārei on Thursday.""", [
        Q("its members are being rostered for up to 12 days straight during peak log export periods", "indirect",
          "The union", "Maritime Union of New Zealand"),
        Q('"Our members are exhausted. Someone is going to get killed down there if nothing changes,"', "direct",
          "Hemi Te Awa-Tipene", "Hemi Te Awa-Tipene"),
        Q('"We\'ve raised this for eighteen months. We\'ve done the meetings, we\'ve done the surveys, and the company '
          'keeps telling us it\'s looking into it."', "direct", "Hemi Te Awa-Tipene", "Hemi Te Awa-Tipene"),
        Q("the union wanted a guaranteed two days off in every seven and an independent review of fatigue on the wharf",
          "indirect", "Te Awa-Tipene", "Hemi Te Awa-Tipene", speaker_at="Te Awa-Tipene said the union"),
        Q('"disappointed"', "partial", "Ruakākā Port Services", "Ruakākā Port Services"),
        Q("that it had offered a roster review in March", "indirect", "Ruakākā Port Services", "Ruakākā Port Services"),
        Q("the company's safety record was among the best in the industry", "indirect", "Grant Vanderpoel",
          "Grant Vanderpoel"),
        Q('"We take fatigue seriously, and we have put a proposal on the table,"', "direct", "he", "Grant Vanderpoel",
          speaker_at='he said. "Strike'),
        Q('"Strike action doesn\'t get us any closer to a solution."', "direct", "he", "Grant Vanderpoel",
          speaker_at='he said. "Strike'),
        Q("the strike would delay the loading of about 45,000 tonnes of logs bound for China and India", "indirect",
          "Northport", "Northport", speaker_at="Northport said"),
        Q('"working with all parties"', "partial", "A spokeswoman", None),
        Q("operations were expected to return to normal by Friday", "indirect", "A spokeswoman", None),
        Q("they had been told to hold loads at yards in Whangārei and Dargaville", "indirect", "Log truck drivers",
          None),
        Q("smaller cartage contractors were already feeling the pinch", "indirect", "One driver", None),
        Q('"No ship, no cartage, no pay. Simple as that."', "direct", "One driver", None),
        Q("the dispute showed how much the district relied on a single industry", "indirect", "Rangi Pōtae",
          "Rangi Pōtae"),
        Q('"When the logs stop, everything stops - the cafe, the garage, the school fundraiser,"', "direct", "he",
          "Rangi Pōtae", speaker_at="he said.\n"),
    ]),
    Case("blind48-hockey", """Wildcats rally late to edge Sea Dogs in overtime

MONCTON – Olivier Cormier-LeBlanc scored 2:14 into overtime as the Moncton Wildcats came back from two goals down in the third period to beat the Saint John Sea Dogs 4-3 Friday night at the Avenir Centre.

The 19-year-old from Memramcook finished with two goals and an assist in front of 7,412 fans, the Wildcats’ largest crowd of the season.

“Honestly, I just closed my eyes and shot it,” Cormier-LeBlanc said with a grin. “No, I’m kidding. Our D made a great play to keep it in and I had a lane.”

Saint John led 3-1 midway through the third on goals from Jesse van Rooyen, Mathieu Thériault and Kaito Tanaka before Moncton’s Nate Arsenault cut the lead with 6:40 left. Cormier-LeBlanc then tied it on a power play with 58 seconds remaining and Wildcats goaltender Rémi-Paul Gaudet on the bench for an extra attacker.

Wildcats head coach Yanick Doucet said his team had “stopped thinking and started playing” in the third period.

“For 40 minutes we were a step behind,” Doucet said. “I told them between periods that nobody in this building was going home early, so we might as well give them something to cheer about.”

He also praised Gaudet, who made 31 saves, including a glove stop on van Rooyen on a breakaway early in overtime.

“That’s the game right there,” the coach said. “If that one goes in, we’re talking about a different night.”

Sea Dogs coach Travis Whitcombe was less pleased. He told reporters his team “took our foot off the gas” with a two-goal lead and paid for it.

“You can’t give a team like that life,” Whitcombe said. “We did, and they made us pay.”

Defenceman Étienne Boudreau-Gallant, who assisted on the winner, left the ice briefly in the second period after blocking a shot but returned. Doucet said after the game he was “a little sore but fine.”

The Wildcats, who improve to 18-9-2-1, host the Halifax Mooseheads Sunday at 4 p.m. According to the club, fewer than 500 tickets remain.""", [
        Q("“Honestly, I just closed my eyes and shot it,”", "direct", "Cormier-LeBlanc", "Olivier Cormier-LeBlanc",
          speaker_at="Cormier-LeBlanc said"),
        Q("“No, I’m kidding. Our D made a great play to keep it in and I had a lane.”", "direct", "Cormier-LeBlanc",
          "Olivier Cormier-LeBlanc", speaker_at="Cormier-LeBlanc said"),
        Q("“stopped thinking and started playing”", "partial", "Yanick Doucet", "Yanick Doucet"),
        Q("“For 40 minutes we were a step behind,”", "direct", "Doucet", "Yanick Doucet", speaker_at="Doucet said."),
        Q("“I told them between periods that nobody in this building was going home early, so we might as well give "
          "them something to cheer about.”", "direct", "Doucet", "Yanick Doucet", speaker_at="Doucet said."),
        Q("“That’s the game right there,”", "direct", "the coach", "Yanick Doucet"),
        Q("“If that one goes in, we’re talking about a different night.”", "direct", "the coach", "Yanick Doucet"),
        Q("“took our foot off the gas”", "partial", "He", "Travis Whitcombe", speaker_at="He told reporters"),
        Q("“You can’t give a team like that life,”", "direct", "Whitcombe", "Travis Whitcombe",
          speaker_at="Whitcombe said"),
        Q("“We did, and they made us pay.”", "direct", "Whitcombe", "Travis Whitcombe", speaker_at="Whitcombe said"),
        Q("“a little sore but fine.”", "partial", "Doucet", "Yanick Doucet", speaker_at="Doucet said after"),
        Q("fewer than 500 tickets remain", "indirect", "the club", "Moncton Wildcats"),
    ]),
    Case("blind48-poaching", """Tsavo ivory trio jailed for 20 years each

Three men found with 46 kilogrammes of elephant ivory near Voi have each been jailed for 20 years, in what the Kenya Wildlife Service (KWS) called a “strong message” to poaching networks operating in the Tsavo ecosystem.

Voi Senior Principal Magistrate Lucy Wairimu Ndung’u convicted Hussein Abdi Dahir, 38, Joseph Mwangangi Mutua, 44, and Salim Omar bin Khamis, 29, under the Wildlife Conservation and Management Act on Tuesday.

The three were arrested at a roadblock on the Voi-Mwatate road in March last year after KWS rangers, acting on a tip-off, found eight tusks wrapped in sacks in the boot of a saloon car.

“The accused persons did not offer any credible explanation for being in possession of the trophies,” Ms Ndung’u ruled. “This court cannot ignore the devastating impact of poaching on our heritage and on the communities that depend on tourism.”

In addition to the jail terms, each was fined Sh20 million, failing which they will serve an additional five years.

Defence lawyer Omondi Wafula-Nyongesa told the court his clients were “mere transporters” who had been hired to drive the car. He said they would appeal against both the conviction and the sentence.

Prosecution counsel Fatuma Said Abdalla had sought a deterrent sentence, telling the magistrate that at least four elephants were killed to obtain the tusks.

Speaking outside the court, KWS senior warden for Tsavo East Dr Erastus Kiprotich Langat said elephant poaching in the region had fallen sharply over the past decade, but cautioned against complacency.

“We have won many battles but the war is not over,” Dr Langat said. “Prices for ivory in the Far East are still high, and as long as there is demand, someone will be tempted.”

According to KWS, Kenya lost 11 elephants to poaching last year, compared with 384 in 2012.

Conservationists welcomed the ruling. Njoki Kamau-Hassan, who chairs the Tsavo Wildlife Forum, said the sentences showed that “the courts are now treating wildlife crime as the serious crime it is.”

Residents of Sagalla and Kasigau, where human-wildlife conflict is common, have in the past complained that compensation for crops destroyed by elephants takes years to arrive.""", [
        Q("“strong message”", "partial", "the Kenya Wildlife Service", "Kenya Wildlife Service"),
        Q("“The accused persons did not offer any credible explanation for being in possession of the trophies,”",
          "direct", "Ndung’u", "Lucy Wairimu Ndung’u", speaker_at="Ms Ndung’u ruled"),
        Q("“This court cannot ignore the devastating impact of poaching on our heritage and on the communities that "
          "depend on tourism.”", "direct", "Ndung’u", "Lucy Wairimu Ndung’u", speaker_at="Ms Ndung’u ruled"),
        Q("“mere transporters”", "partial", "Omondi Wafula-Nyongesa", "Omondi Wafula-Nyongesa"),
        Q("they would appeal against both the conviction and the sentence", "indirect", "He", "Omondi Wafula-Nyongesa",
          speaker_at="He said they"),
        Q("that at least four elephants were killed to obtain the tusks", "indirect", "Fatuma Said Abdalla",
          "Fatuma Said Abdalla"),
        Q("elephant poaching in the region had fallen sharply over the past decade", "indirect",
          "Erastus Kiprotich Langat", "Erastus Kiprotich Langat"),
        Q("“We have won many battles but the war is not over,”", "direct", "Langat", "Erastus Kiprotich Langat",
          speaker_at="Dr Langat said"),
        Q("“Prices for ivory in the Far East are still high, and as long as there is demand, someone will be "
          "tempted.”", "direct", "Langat", "Erastus Kiprotich Langat", speaker_at="Dr Langat said"),
        Q("Kenya lost 11 elephants to poaching last year, compared with 384 in 2012", "indirect", "KWS",
          "Kenya Wildlife Service", speaker_at="According to KWS"),
        Q("“the courts are now treating wildlife crime as the serious crime it is.”", "partial", "Njoki Kamau-Hassan",
          "Njoki Kamau-Hassan"),
        Q("that compensation for crops destroyed by elephants takes years to arrive", "indirect",
          "Residents of Sagalla and Kasigau", None),
    ]),
    Case("blind48-chieftaincy", """Egbeji stool: Ruling house heads to court as kingmakers pick new Elegbeji

Tension is mounting in Egbeji, Osun State, following the selection of a new Elegbeji by the town's kingmakers, with one of the two ruling houses vowing to challenge the process in court.

The stool became vacant in March following the death of Oba Adebayo Oyekan-Lawal II, who reigned for 31 years.

Seven kingmakers led by the Balogun of Egbeji, Chief Rasheed Adeniran Ajala, on Saturday announced Prince Oluwaseun Adekunle Fadipe of the Fadipe Ruling House as their choice.

Speaking with Nigerian Tribune in Egbeji, Chief Ajala said the kingmakers had followed the chieftaincy declaration "to the letter".

"It is the turn of the Fadipe Ruling House. That is not in dispute by anybody who knows the history of this town," he said. "We screened eleven candidates and the vote was six to one."

But the head of the Oyekan Ruling House, Alhaji Mustapha Olaide Oyekan, described the exercise as "a charade" and said the family would approach the state High Court in Osogbo to stop the approval of the nominee.

Oyekan told our correspondent that two of the kingmakers had been "induced" and that the 1957 declaration had been misread by the local government.

"We are not against anybody, but we will not allow history to be rewritten. The Oyekan family produced the last Elegbeji, yes, but the one before him was also from our house by agreement," he stated.

The Osun State Ministry of Local Government and Chieftaincy Affairs said it was aware of the dispute. A senior official in the ministry, who spoke on condition of anonymity because he was not authorised to speak to the press, said the ministry would not forward any name to the governor until all petitions had been resolved.

Residents who spoke with our correspondent appealed for calm. A trader at the Oja-Oba market, Mrs Bolanle Ajayi-Ogunleye, said: "We want peace. Egbeji has stayed without a king for eight months, and it is affecting everything, even our festivals."

The Police Public Relations Officer in the command, SP Adewale Ogunbiyi, said officers had been deployed to the palace and major roads in the town "to forestall any breakdown of law and order."

Prince Fadipe, a retired director at the Federal Ministry of Works, could not be reached for comment as of press time.""", [
        Q('"to the letter"', "partial", "Ajala", "Rasheed Adeniran Ajala", speaker_at="Chief Ajala said"),
        Q('"It is the turn of the Fadipe Ruling House. That is not in dispute by anybody who knows the history of this '
          'town,"', "direct", "he", "Rasheed Adeniran Ajala", speaker_at='he said. "We'),
        Q('"We screened eleven candidates and the vote was six to one."', "direct", "he", "Rasheed Adeniran Ajala",
          speaker_at='he said. "We'),
        Q('"a charade"', "partial", "Mustapha Olaide Oyekan", "Mustapha Olaide Oyekan"),
        Q("the family would approach the state High Court in Osogbo to stop the approval of the nominee", "indirect",
          "Mustapha Olaide Oyekan", "Mustapha Olaide Oyekan"),
        Q('"induced"', "partial", "Oyekan", "Mustapha Olaide Oyekan", speaker_at="Oyekan told"),
        Q("that the 1957 declaration had been misread by the local government", "indirect", "Oyekan",
          "Mustapha Olaide Oyekan", speaker_at="Oyekan told"),
        Q('"We are not against anybody, but we will not allow history to be rewritten. The Oyekan family produced the '
          'last Elegbeji, yes, but the one before him was also from our house by agreement,"', "direct", "he",
          "Mustapha Olaide Oyekan", speaker_at="he stated"),
        Q("it was aware of the dispute", "indirect", "The Osun State Ministry of Local Government and Chieftaincy Affairs",
          "Osun State Ministry of Local Government and Chieftaincy Affairs"),
        Q("the ministry would not forward any name to the governor until all petitions had been resolved", "indirect",
          "A senior official in the ministry", None),
        Q('"We want peace. Egbeji has stayed without a king for eight months, and it is affecting everything, even our '
          'festivals."', "direct", "Bolanle Ajayi-Ogunleye", "Bolanle Ajayi-Ogunleye"),
        Q('"to forestall any breakdown of law and order."', "partial", "Adewale Ogunbiyi", "Adewale Ogunbiyi"),
    ]),
    Case("blind48-nurses", """Nurses down tools at Rietvlei hospital over unpaid overtime

Hundreds of nurses at Rietvlei Regional Hospital in Ekurhuleni downed tools on Monday over unpaid overtime and night-shift allowances, forcing the hospital to turn away patients who did not need emergency care.

The Democratic Nursing Organisation of South Africa (Denosa) said its members had not been paid overtime since October last year and were owed more than R14 million.

“Our nurses are working double shifts, they are covering posts that have been vacant for years, and then the department tells them there is no money,” Denosa Gauteng secretary Simphiwe Mahlangu-Dube told The Citizen.

“Enough is enough. We are not going back until every cent is paid.”

She said the union had written to the department three times since January without receiving a response.

Gauteng health department spokesperson Lwazi Phungula said the department was “aware of the grievances” and that it had already paid R5.2 million of the outstanding amount.

“The remaining claims are being verified, and we have committed to finalising them by the end of the month,” Phungula said.

He urged the nurses to return to work, saying the strike was unprotected and that patients were suffering.

According to Phungula, the department has activated its contingency plan, with nurses from nearby clinics and agency staff brought in to keep the emergency unit and the maternity ward running.

Patients waiting outside told a different story. Thandeka Nkosi, 67, who had travelled from Tsakane for a diabetes check-up, said she had been told to come back next week.

“I woke up at four o’clock to be here. Now they say go home. Where must I get money for another taxi?” she asked.

The National Education, Health and Allied Workers’ Union (Nehawu) said it supported the nurses’ demands but had not joined the strike, as its members had not been balloted.

Health MEC Dr Naledi van Wyk-Mokoena said in a statement on Monday evening that she would meet union leaders on Tuesday morning.

“We will not allow this impasse to continue at the expense of patients. Nurses must be paid what they are owed, and patients must be seen,” she said.

By late afternoon, the picket had dispersed peacefully, with nurses vowing to return on Tuesday.""", [
        Q("its members had not been paid overtime since October last year and were owed more than R14 million",
          "indirect", "The Democratic Nursing Organisation of South Africa",
          "Democratic Nursing Organisation of South Africa"),
        Q("“Our nurses are working double shifts, they are covering posts that have been vacant for years, and then the "
          "department tells them there is no money,”", "direct", "Simphiwe Mahlangu-Dube", "Simphiwe Mahlangu-Dube"),
        Q("“Enough is enough. We are not going back until every cent is paid.”", "direct", "Simphiwe Mahlangu-Dube",
          "Simphiwe Mahlangu-Dube"),
        Q("the union had written to the department three times since January without receiving a response",
          "indirect", "She", "Simphiwe Mahlangu-Dube", speaker_at="She said the union"),
        Q("“aware of the grievances”", "partial", "Lwazi Phungula", "Lwazi Phungula"),
        Q("that it had already paid R5.2 million of the outstanding amount", "indirect", "Lwazi Phungula",
          "Lwazi Phungula"),
        Q("“The remaining claims are being verified, and we have committed to finalising them by the end of the "
          "month,”", "direct", "Phungula", "Lwazi Phungula", speaker_at="Phungula said."),
        Q("the strike was unprotected and that patients were suffering", "indirect", "He", "Lwazi Phungula",
          speaker_at="He urged"),
        Q("the department has activated its contingency plan, with nurses from nearby clinics and agency staff "
          "brought in to keep the emergency unit and the maternity ward running", "indirect", "Phungula",
          "Lwazi Phungula", speaker_at="According to Phungula"),
        Q("she had been told to come back next week", "indirect", "Thandeka Nkosi", "Thandeka Nkosi"),
        Q("“I woke up at four o’clock to be here. Now they say go home. Where must I get money for another taxi?”",
          "direct", "she", "Thandeka Nkosi", speaker_at="she asked"),
        Q("it supported the nurses’ demands but had not joined the strike, as its members had not been balloted",
          "indirect", "The National Education, Health and Allied Workers’ Union",
          "National Education, Health and Allied Workers’ Union"),
        Q("that she would meet union leaders on Tuesday morning", "indirect", "Naledi van Wyk-Mokoena",
          "Naledi van Wyk-Mokoena"),
        Q("“We will not allow this impasse to continue at the expense of patients. Nurses must be paid what they are "
          "owed, and patients must be seen,”", "direct", "she", "Naledi van Wyk-Mokoena", speaker_at="she said"),
    ]),
    Case("blind48-anthrax", """Zambezi on alert after anthrax kills 48 hippos in Bwabwata

KATIMA MULILO - Veterinary authorities have warned communities in Namibia's Zambezi Region not to eat meat from animals found dead after an anthrax outbreak killed at least 48 hippopotamuses and several buffalo in Bwabwata National Park over the past two weeks.

The Ministry of Agriculture, Water and Land Reform's Directorate of Veterinary Services said samples taken from carcasses along the Kwando River had tested positive for Bacillus anthracis at the Central Veterinary Laboratory in Windhoek.

Chief Veterinary Officer Dr Martha Ndapandula Nekundi said the outbreak appeared to be confined to the park but that cattle in nearby villages were at risk because they share grazing and water with wildlife.

"Anthrax is a serious disease that can be passed from animals to people. We are urging people not to touch, skin or eat any animal that died suddenly," Dr Nekundi said at a media briefing in Katima Mulilo on Monday.

She said a vaccination campaign for cattle in villages bordering the park would begin this week, with about 30,000 doses already dispatched from Windhoek.

The Ministry of Environment, Forestry and Tourism said park rangers were burning and burying carcasses and had closed some sections of the river to tourist boats.

"We understand that the carcasses are tempting for people who struggle to put food on the table, but this meat can kill you," ministry spokesperson Sakaria Kamwi-Sinvula told The Southern Times.

Hippo die-offs from anthrax have been recorded in the area before, notably in 2004 and 2017, when more than 100 hippos died in Bwabwata within a few weeks.

Across the border, Botswana's Department of Veterinary Services said in a statement on Tuesday that it had stepped up surveillance along the Chobe and Linyanti rivers.

Traditional leaders have also been drawn in. Induna Mwiya Simasiku of the Mayuni Traditional Authority said headmen had been told to report any dead animals immediately.

"In the past, people would go and cut meat when they heard a hippo had died. This time we are telling them: stay away," he said.

Health officials at Katima Mulilo State Hospital said no human cases had been confirmed, although two people from Kongola who reported skin lesions were being monitored.""", [
        Q("samples taken from carcasses along the Kwando River had tested positive for Bacillus anthracis at the "
          "Central Veterinary Laboratory in Windhoek", "indirect",
          "The Ministry of Agriculture, Water and Land Reform's Directorate of Veterinary Services",
          "Directorate of Veterinary Services"),
        Q("the outbreak appeared to be confined to the park but that cattle in nearby villages were at risk because "
          "they share grazing and water with wildlife", "indirect", "Martha Ndapandula Nekundi",
          "Martha Ndapandula Nekundi"),
        Q('"Anthrax is a serious disease that can be passed from animals to people. We are urging people not to touch, '
          'skin or eat any animal that died suddenly,"', "direct", "Nekundi", "Martha Ndapandula Nekundi",
          speaker_at="Dr Nekundi said"),
        Q("a vaccination campaign for cattle in villages bordering the park would begin this week, with about 30,000 "
          "doses already dispatched from Windhoek", "indirect", "She", "Martha Ndapandula Nekundi",
          speaker_at="She said a vaccination"),
        Q("park rangers were burning and burying carcasses and had closed some sections of the river to tourist boats",
          "indirect", "The Ministry of Environment, Forestry and Tourism", "Ministry of Environment, Forestry and Tourism"),
        Q('"We understand that the carcasses are tempting for people who struggle to put food on the table, but this '
          'meat can kill you,"', "direct", "Sakaria Kamwi-Sinvula", "Sakaria Kamwi-Sinvula"),
        Q("that it had stepped up surveillance along the Chobe and Linyanti rivers", "indirect",
          "Botswana's Department of Veterinary Services", "Department of Veterinary Services"),
        Q("headmen had been told to report any dead animals immediately", "indirect", "Mwiya Simasiku",
          "Mwiya Simasiku"),
        Q('"In the past, people would go and cut meat when they heard a hippo had died. This time we are telling them: '
          'stay away,"', "direct", "he", "Mwiya Simasiku", speaker_at="he said"),
        Q("no human cases had been confirmed, although two people from Kongola who reported skin lesions were being "
          "monitored", "indirect", "Health officials at Katima Mulilo State Hospital", None),
    ]),
    Case("blind48-museum", """Khor Fakkan Heritage Museum reopens after two-year restoration

SHARJAH: The Khor Fakkan Heritage Museum reopened its doors to the public on Sunday after a two-year restoration that has doubled its gallery space and brought more than 600 objects out of storage for the first time.

Sheikh Faisal bin Abdullah Al Qasimi, Chairman of the Sharjah Museums Authority (SMA), opened the museum in the presence of officials, diplomats and residents of the east coast city.

“This museum tells the story of the people of Khor Fakkan — the pearl divers, the fishermen, the traders who sailed to India and East Africa,” Sheikh Faisal said during a tour of the new galleries. “It belongs to them and to their grandchildren.”

The restoration, carried out by a team of Emirati and international conservators, cost Dh38 million, according to the SMA.

Museum director Dr Layla Hassan Al Marzouqi said the 1920s building had been stabilised using traditional materials such as coral stone, gypsum and mangrove wood. She told Gulf Today that more than half of the restoration team were young Emiratis who had trained on the project.

“We wanted the next generation to have these skills in their hands, not just in books,” she said.

Among the highlights are a restored 14-metre wooden jalboat and a gallery titled “Voices of the Coast”, where visitors can listen to recorded interviews with elderly residents describing life before the oil era.

Former pearl diver Ali Obaid Al Kaabi, 88, whose recollections feature in the gallery, said he had been surprised to hear his own voice in a museum.

“When I was young, nobody thought our life was worth writing down,” he said, smiling. “Now my great-grandchildren can hear it.”

Several residents said they hoped the museum would bring more visitors to the east coast, where hotel occupancy has risen since the opening of the new Khor Fakkan road.

The museum is open daily except Friday mornings, and entry is Dh10 for adults and free for children under 12, the authority said.""", [
        Q("“This museum tells the story of the people of Khor Fakkan — the pearl divers, the fishermen, the traders who "
          "sailed to India and East Africa,”", "direct", "Faisal", "Faisal bin Abdullah Al Qasimi",
          speaker_at="Sheikh Faisal said"),
        Q("“It belongs to them and to their grandchildren.”", "direct", "Faisal", "Faisal bin Abdullah Al Qasimi",
          speaker_at="Sheikh Faisal said"),
        Q("The restoration, carried out by a team of Emirati and international conservators, cost Dh38 million",
          "indirect", "the SMA", "Sharjah Museums Authority"),
        Q("the 1920s building had been stabilised using traditional materials such as coral stone, gypsum and mangrove "
          "wood", "indirect", "Layla Hassan Al Marzouqi", "Layla Hassan Al Marzouqi"),
        Q("that more than half of the restoration team were young Emiratis who had trained on the project", "indirect",
          "She", "Layla Hassan Al Marzouqi", speaker_at="She told Gulf Today"),
        Q("“We wanted the next generation to have these skills in their hands, not just in books,”", "direct", "she",
          "Layla Hassan Al Marzouqi", speaker_at="she said"),
        Q("he had been surprised to hear his own voice in a museum", "indirect", "Ali Obaid Al Kaabi",
          "Ali Obaid Al Kaabi"),
        Q("“When I was young, nobody thought our life was worth writing down,”", "direct", "he", "Ali Obaid Al Kaabi",
          speaker_at="he said, smiling"),
        Q("“Now my great-grandchildren can hear it.”", "direct", "he", "Ali Obaid Al Kaabi",
          speaker_at="he said, smiling"),
        Q("they hoped the museum would bring more visitors to the east coast, where hotel occupancy has risen since the "
          "opening of the new Khor Fakkan road", "indirect", "Several residents", None),
        Q("The museum is open daily except Friday mornings, and entry is Dh10 for adults and free for children under 12",
          "indirect", "the authority", "Sharjah Museums Authority"),
    ]),
    Case("blind48-byelection", """Bukit Serai by-election: Three-cornered fight confirmed

SEREMBAN: The Bukit Serai state by-election will see a three-cornered fight after nominations closed yesterday, with Pakatan Harapan, Perikatan Nasional and an independent vying for the seat left vacant by the death of its assemblyman last month.

The Election Commission (EC) said 38,412 voters are eligible to cast their ballots on polling day, Aug 24, including 212 early voters.

PH candidate Nurul Huda binti Ismail, 41, a lawyer and former Seremban municipal councillor, said she would focus on flood mitigation and the rising price of daily goods.

"The people of Bukit Serai don't want drama. They want the drains fixed and the water supply to stop cutting," she told reporters at the nomination centre in Rantau.

PN is represented by Datuk Ahmad Fauzi bin Abdul Rahman, 58, a retired district officer, who described the by-election as "a referendum on the state government".

"For two years they have made promises. Now the rakyat can give their answer," Ahmad Fauzi said.

The independent, businessman Lim Wei Keong, 49, said he was standing because neither coalition had paid attention to smallholders and small traders in the area. Lim, who runs a hardware shop in Pekan Bukit Serai, said he had spent less than RM20,000 on his campaign so far.

Seremban district police chief Asst Comm Selvaraj a/l Murugesan said campaigning had been peaceful, but reminded candidates that permits for ceramah must be obtained from the police.

"We will not hesitate to act against anyone who touches on race, religion or royalty," he said.

Universiti Putra Malaysia political analyst Prof Dr Tan Mei Ling said turnout would be key. According to her, a low turnout could favour PN, as many younger voters who work in the Klang Valley may not return home to vote.

"It's a mid-week polling day, so that's a real challenge for all three candidates," she added.

The seat was won by PH's Datuk Zainal Abidin Hashim with a majority of 2,141 votes in the 2023 state election. He died of a heart attack on July 9.""", [
        Q("38,412 voters are eligible to cast their ballots on polling day, Aug 24, including 212 early voters",
          "indirect", "The Election Commission", "Election Commission"),
        Q("she would focus on flood mitigation and the rising price of daily goods", "indirect",
          "Nurul Huda binti Ismail", "Nurul Huda binti Ismail"),
        Q('"The people of Bukit Serai don\'t want drama. They want the drains fixed and the water supply to stop '
          'cutting,"', "direct", "she", "Nurul Huda binti Ismail", speaker_at="she told reporters"),
        Q('"a referendum on the state government"', "partial", "Ahmad Fauzi bin Abdul Rahman",
          "Ahmad Fauzi bin Abdul Rahman"),
        Q('"For two years they have made promises. Now the rakyat can give their answer,"', "direct", "Ahmad Fauzi",
          "Ahmad Fauzi bin Abdul Rahman", speaker_at="Ahmad Fauzi said"),
        Q("he was standing because neither coalition had paid attention to smallholders and small traders in the area",
          "indirect", "Lim Wei Keong", "Lim Wei Keong"),
        Q("he had spent less than RM20,000 on his campaign so far", "indirect", "Lim", "Lim Wei Keong",
          speaker_at="Lim, who runs"),
        Q("campaigning had been peaceful", "indirect", "Selvaraj a/l Murugesan", "Selvaraj a/l Murugesan"),
        Q("that permits for ceramah must be obtained from the police", "indirect", "Selvaraj a/l Murugesan",
          "Selvaraj a/l Murugesan"),
        Q('"We will not hesitate to act against anyone who touches on race, religion or royalty,"', "direct", "he",
          "Selvaraj a/l Murugesan", speaker_at="he said"),
        Q("turnout would be key", "indirect", "Tan Mei Ling", "Tan Mei Ling"),
        Q("a low turnout could favour PN, as many younger voters who work in the Klang Valley may not return home to "
          "vote", "indirect", "her", "Tan Mei Ling", speaker_at="According to her"),
        Q('"It\'s a mid-week polling day, so that\'s a real challenge for all three candidates,"', "direct", "she",
          "Tan Mei Ling", speaker_at="she added"),
    ]),
    Case("blind48-bus", """Eleven Dead as Tour Bus Plunges Into Ravine in West Java

Jakarta. At least 11 people were killed and 27 injured when a tour bus carrying factory workers on a company outing lost control on a steep road and plunged into a ravine in Sumedang, West Java, on Saturday night, police said.

The bus, operated by Bandung-based PO Sinar Priangan, was carrying 44 passengers back from a trip to Pangandaran beach when it crashed on the Cadas Pangeran road at around 9:30 p.m., according to West Java Police spokesman Sr. Comr. Hendra Wicaksono.

“Based on initial information from witnesses, the bus lost its brakes on the descent and the driver was unable to control the vehicle,” Hendra told reporters on Sunday.

He said the driver, identified only by his initials AS, 52, survived with a broken leg and was being questioned at the hospital.

The victims were taken to Sumedang Regional General Hospital and two smaller hospitals nearby. Rescuers worked through the night with ropes and floodlights to reach passengers trapped in the wreckage, about 20 meters below the road.

“Everyone was screaming. The bus was going faster and faster and then it flipped,” said Sutarmi, a 38-year-old garment worker from Cimahi who suffered cuts to her head.

“I was sitting near the back, so I think that saved me,” she said.

The Transportation Ministry’s director general of land transportation, Budi Rahardjo Harahap, said the bus’s roadworthiness certificate had expired in March.

“We will evaluate the operator and, if there are violations, we will revoke its license,” Budi said.

The National Transportation Safety Committee (KNKT) has sent investigators to the site. KNKT investigator Yohanes Tampubolon said the slope at Cadas Pangeran had been the scene of several similar accidents and that drivers of heavy vehicles should descend in a lower gear rather than relying on their brakes.

Residents living near the road said they often see trucks and buses “smelling of burning brakes” by the time they reach the bottom of the hill.

The company said in a statement that it would cover all medical and funeral costs and was cooperating fully with the police investigation.

It is the third deadly bus crash in West Java this year.""", [
        Q("At least 11 people were killed and 27 injured when a tour bus carrying factory workers on a company outing "
          "lost control on a steep road and plunged into a ravine in Sumedang, West Java, on Saturday night",
          "indirect", "police", None, speaker_at="police said"),
        Q("The bus, operated by Bandung-based PO Sinar Priangan, was carrying 44 passengers back from a trip to "
          "Pangandaran beach when it crashed on the Cadas Pangeran road at around 9:30 p.m.", "indirect",
          "Hendra Wicaksono", "Hendra Wicaksono"),
        Q("“Based on initial information from witnesses, the bus lost its brakes on the descent and the driver was "
          "unable to control the vehicle,”", "direct", "Hendra", "Hendra Wicaksono", speaker_at="Hendra told"),
        Q("the driver, identified only by his initials AS, 52, survived with a broken leg and was being questioned at "
          "the hospital", "indirect", "He", "Hendra Wicaksono", speaker_at="He said the driver"),
        Q("“Everyone was screaming. The bus was going faster and faster and then it flipped,”", "direct", "Sutarmi",
          "Sutarmi"),
        Q("“I was sitting near the back, so I think that saved me,”", "direct", "she", "Sutarmi",
          speaker_at="she said"),
        Q("the bus’s roadworthiness certificate had expired in March", "indirect", "Budi Rahardjo Harahap",
          "Budi Rahardjo Harahap"),
        Q("“We will evaluate the operator and, if there are violations, we will revoke its license,”", "direct",
          "Budi", "Budi Rahardjo Harahap", speaker_at="Budi said"),
        Q("the slope at Cadas Pangeran had been the scene of several similar accidents and that drivers of heavy "
          "vehicles should descend in a lower gear rather than relying on their brakes", "indirect",
          "Yohanes Tampubolon", "Yohanes Tampubolon"),
        Q("“smelling of burning brakes”", "partial", "Residents living near the road", None),
        Q("that it would cover all medical and funeral costs and was cooperating fully with the police investigation",
          "indirect", "The company", "PO Sinar Priangan"),
    ]),
    Case("blind48-justice", """Former chief justice Harlan Beaudry dies at 89

LAWTON — Harlan J. Beaudry, a Comanche County farm boy who rose to become chief justice of the Oklahoma Supreme Court, died Tuesday at his home in Lawton. He was 89.

His family said he died peacefully after a short illness, with his wife of 64 years, Ruth Ann, at his side.

Beaudry served on the state's highest court from 1984 to 2009, including two terms as chief justice. Colleagues remembered him as a careful, plain-spoken jurist who tried to write opinions "for the folks at the feed store, not the folks at the law school," as he once put it.

Justice Rosalind Ortega-Whitfield, who served alongside him for 11 years, called him "the conscience of the court."

"Harlan never raised his voice in conference, not once," Ortega-Whitfield said Wednesday. "He didn't have to. When he finally spoke, everybody leaned in."

Born in 1935 near Elgin, Beaudry graduated from Cameron College and the University of Oklahoma College of Law, then spent a decade as a small-town lawyer in Walters before being elected district judge in 1972.

In a widely cited 1997 dissent in a farm foreclosure case, Beaudry wrote that a court "that forgets the widow and the sharecropper has forgotten why it exists."

Former Gov. Dale Whitlock, who argued cases before Beaudry as a young prosecutor, said the judge had taught a generation of Southwest Oklahoma lawyers "how to lose an argument and still shake hands."

State Sen. Marcia Yellowhorse, D-Lawton, said in a statement that Beaudry "never forgot where he came from."

"He was a giant who wore boots," she said.

His son, Thomas Beaudry, said his father was proudest not of his rulings but of the 4-H club he led in Elgin for 30 years.

"Dad used to say the law was just good manners written down," his son said. "He really believed that."

Besides his wife and son, Beaudry is survived by two daughters, Claire Beaudry-Hollis of Tulsa and Anne Marie Beaudry of Norman, seven grandchildren and three great-grandchildren.

Services will be held at 2 p.m. Saturday at First Baptist Church of Lawton, with the Rev. Curtis Monroe officiating. The family asks that memorials be made to the Comanche County 4-H Foundation.""", [
        Q("he died peacefully after a short illness, with his wife of 64 years, Ruth Ann, at his side", "indirect",
          "His family", None),
        Q('"for the folks at the feed store, not the folks at the law school,"', "partial", "he", "Harlan J. Beaudry",
          speaker_at="as he once put it"),
        Q('"the conscience of the court."', "partial", "Rosalind Ortega-Whitfield", "Rosalind Ortega-Whitfield"),
        Q('"Harlan never raised his voice in conference, not once,"', "direct", "Ortega-Whitfield",
          "Rosalind Ortega-Whitfield", speaker_at="Ortega-Whitfield said"),
        Q('"He didn\'t have to. When he finally spoke, everybody leaned in."', "direct", "Ortega-Whitfield",
          "Rosalind Ortega-Whitfield", speaker_at="Ortega-Whitfield said"),
        Q('"that forgets the widow and the sharecropper has forgotten why it exists."', "partial", "Beaudry",
          "Harlan J. Beaudry", speaker_at="Beaudry wrote"),
        Q('"how to lose an argument and still shake hands."', "partial", "Dale Whitlock", "Dale Whitlock"),
        Q('"never forgot where he came from."', "partial", "Marcia Yellowhorse", "Marcia Yellowhorse"),
        Q('"He was a giant who wore boots,"', "direct", "she", "Marcia Yellowhorse", speaker_at="she said"),
        Q("his father was proudest not of his rulings but of the 4-H club he led in Elgin for 30 years", "indirect",
          "Thomas Beaudry", "Thomas Beaudry"),
        Q('"Dad used to say the law was just good manners written down,"', "direct", "his son", "Thomas Beaudry",
          speaker_at="his son said"),
        Q('"He really believed that."', "direct", "his son", "Thomas Beaudry", speaker_at="his son said"),
    ]),
]
