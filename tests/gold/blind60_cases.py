"""Blind gold: sixteen short news articles written once, blind to the pretagger.

House styles from many places (wire copy with datelines, regional papers in
Britain, Ireland, Australia, New Zealand, Canada, Africa, the Gulf, South and
South-East Asia and the US Pacific Northwest), curly, straight and British
single quotes, and names from many cultures. See gold_format.py for the
format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind60-ucayali", """At least 11 dead as river boat capsizes in Peruvian Amazon

Lima, Mar 14 (EFE).- At least 11 people died and 23 are missing after a passenger boat capsized on the Ucayali River in the Peruvian Amazon on Thursday night, the Peruvian Navy reported on Friday.

The vessel, the "Don Wilder III", was carrying about 70 passengers and cargo from Pucallpa to the town of Contamana when it overturned near the native community of Nuevo Saposoa, according to a statement from the navy's Amazon Operations Command.

"Our patrol boats have rescued 36 people alive, and the search continues day and night," Rear Admiral Jorge Luis Castañeda Ríos told EFE by telephone from Pucallpa.

Castañeda said divers had recovered six bodies from inside the hull, but that the strong current was making the work "very slow and very dangerous."

Survivors said the boat had been overloaded with sacks of rice, timber and fuel drums. Edilberto Shahuano, a 42-year-old farmer who swam to the bank with his daughter on his back, said the boat began to lean after a loud crack from below deck.

"Everything slid to one side and the water came in all at once. I grabbed my girl and did not let go," Shahuano said.

The regional governor of Ucayali, Rosa Elvira Panduro de Vásquez, declared three days of mourning and announced that the regional government would cover the cost of the funerals.

"We will not allow this tragedy to be forgotten," the governor said on local radio. "Those who let this boat sail with so much weight will have to answer to the law."

The Public Prosecutor's Office said in a statement that a prosecutor had opened an investigation for alleged manslaughter and that the owner of the vessel had been summoned to testify.

River transport is the main means of travel for thousands of families in Peru's Amazon, where roads are scarce and journeys between towns can take several days.

In Contamana, relatives gathered at the port waiting for news. Several of them complained that inspections at the port of Pucallpa were lax.

"Nobody checks anything. You pay for the ticket and you get on," said one woman who was waiting for word of her brother and asked not to be named.

The Ombudsman's Office urged the authorities on social media to "guarantee the rights of the victims' families" and to publish the full passenger list as soon as possible.

The Ministry of Transport and Communications said it would send a team to Pucallpa to review safety procedures at river ports in the region. EFE""", [
        Q("At least 11 people died and 23 are missing after a passenger boat capsized on the Ucayali River in the "
          "Peruvian Amazon on Thursday night", "indirect", "the Peruvian Navy", "Peruvian Navy"),
        Q('The vessel, the "Don Wilder III", was carrying about 70 passengers and cargo from Pucallpa to the town of '
          "Contamana when it overturned near the native community of Nuevo Saposoa", "indirect",
          "the navy's Amazon Operations Command", "Amazon Operations Command"),
        Q('"Our patrol boats have rescued 36 people alive, and the search continues day and night,"', "direct",
          "Jorge Luis Castañeda Ríos", "Jorge Luis Castañeda Ríos"),
        Q("divers had recovered six bodies from inside the hull", "indirect", "Castañeda",
          "Jorge Luis Castañeda Ríos", speaker_at="Castañeda said"),
        Q('"very slow and very dangerous."', "partial", "Castañeda", "Jorge Luis Castañeda Ríos",
          speaker_at="Castañeda said"),
        Q("the boat had been overloaded with sacks of rice, timber and fuel drums", "indirect", "Survivors", None),
        Q("the boat began to lean after a loud crack from below deck", "indirect", "Edilberto Shahuano",
          "Edilberto Shahuano"),
        Q('"Everything slid to one side and the water came in all at once. I grabbed my girl and did not let go,"',
          "direct", "Shahuano", "Edilberto Shahuano", speaker_at="Shahuano said"),
        Q("that the regional government would cover the cost of the funerals", "indirect",
          "Rosa Elvira Panduro de Vásquez", "Rosa Elvira Panduro de Vásquez"),
        Q('"We will not allow this tragedy to be forgotten,"', "direct", "the governor",
          "Rosa Elvira Panduro de Vásquez"),
        Q('"Those who let this boat sail with so much weight will have to answer to the law."', "direct",
          "the governor", "Rosa Elvira Panduro de Vásquez"),
        Q("that a prosecutor had opened an investigation for alleged manslaughter and that the owner of the vessel "
          "had been summoned to testify", "indirect", "The Public Prosecutor's Office", "Public Prosecutor's Office"),
        Q("that inspections at the port of Pucallpa were lax", "indirect", "Several of them", None),
        Q('"Nobody checks anything. You pay for the ticket and you get on,"', "direct", "one woman", None),
        Q('"guarantee the rights of the victims\' families"', "partial", "The Ombudsman's Office",
          "Ombudsman's Office"),
        Q("it would send a team to Pucallpa to review safety procedures at river ports in the region", "indirect",
          "The Ministry of Transport and Communications", "Ministry of Transport and Communications"),
    ], source="blind"),
    Case("blind60-harare-gold", """Zimbabwe's gold deliveries up 18 pct as Chinese-run mine posts record profit

HARARE, Aug. 28 (Xinhua) -- Zimbabwe's gold deliveries rose 18 percent year on year to 17.4 tonnes in the first half of 2024, the Chamber of Mines of Zimbabwe said Wednesday, as new investment, much of it from China, lifted production.

Chamber chief executive Tafadzwa Moyo-Ncube told a press briefing in Harare that the sector remained on course to meet the government's target of a 12-billion-U.S.-dollar mining economy.

"The numbers show that the investments made over the past three years are now paying off," Moyo-Ncube said.

He noted, however, that power cuts remained "the single biggest threat" to production, with some mines losing up to eight hours of operations a day.

Huaxin Gold Mining Zimbabwe, a subsidiary of a company based in east China's Shandong Province, posted a net profit of 41.6 million dollars for the half year in interim results released Tuesday, more than double the figure for the same period last year.

The company's general manager, Zhang Weidong, said the result reflected higher gold prices and the commissioning of a new processing plant at its site near Kwekwe in the Midlands Province.

"We came to Zimbabwe to stay. This plant is proof of our long-term commitment to the country and to the local community," Zhang told Xinhua in an interview.

Zhang said the company now employs more than 1,300 people, 96 percent of them Zimbabweans, and has built a clinic and two classroom blocks for surrounding villages.

Mines and Mining Development Minister Tinashe Gwatidzo, who toured the plant last month, has described Chinese investors as "reliable partners" in the country's development. "Where others talk, they build," he said during the visit.

Wang Jianhua, economic and commercial counsellor at the Chinese Embassy in Harare, said cooperation in mining had become "a pillar" of relations between the two countries.

Analysts, however, cautioned that the gains could prove short-lived.

Harare-based economist Rutendo Makoni-Dube said the sector's fortunes remained closely tied to global prices. "If the gold price corrects, we will see a slowdown very quickly, because production costs here remain high," she said.

Mining accounts for about 12 percent of Zimbabwe's gross domestic product and more than 60 percent of its export earnings, according to official data. Enditem""", [
        Q("Zimbabwe's gold deliveries rose 18 percent year on year to 17.4 tonnes in the first half of 2024",
          "indirect", "the Chamber of Mines of Zimbabwe", "Chamber of Mines of Zimbabwe"),
        Q("that the sector remained on course to meet the government's target of a 12-billion-U.S.-dollar mining "
          "economy", "indirect", "Tafadzwa Moyo-Ncube", "Tafadzwa Moyo-Ncube"),
        Q('"The numbers show that the investments made over the past three years are now paying off,"', "direct",
          "Moyo-Ncube", "Tafadzwa Moyo-Ncube", speaker_at="Moyo-Ncube said"),
        Q('"the single biggest threat"', "partial", "He", "Tafadzwa Moyo-Ncube", speaker_at="He noted"),
        Q("the result reflected higher gold prices and the commissioning of a new processing plant at its site near "
          "Kwekwe in the Midlands Province", "indirect", "Zhang Weidong", "Zhang Weidong"),
        Q('"We came to Zimbabwe to stay. This plant is proof of our long-term commitment to the country and to the '
          'local community,"', "direct", "Zhang", "Zhang Weidong", speaker_at="Zhang told"),
        Q("the company now employs more than 1,300 people, 96 percent of them Zimbabweans, and has built a clinic "
          "and two classroom blocks for surrounding villages", "indirect", "Zhang", "Zhang Weidong",
          speaker_at="Zhang said"),
        Q('"reliable partners"', "partial", "Tinashe Gwatidzo", "Tinashe Gwatidzo"),
        Q('"Where others talk, they build,"', "direct", "he", "Tinashe Gwatidzo", speaker_at="he said during"),
        Q('"a pillar"', "partial", "Wang Jianhua", "Wang Jianhua"),
        Q("that the gains could prove short-lived", "indirect", "Analysts", None),
        Q("the sector's fortunes remained closely tied to global prices", "indirect", "Rutendo Makoni-Dube",
          "Rutendo Makoni-Dube"),
        Q('"If the gold price corrects, we will see a slowdown very quickly, because production costs here remain '
          'high,"', "direct", "she", "Rutendo Makoni-Dube", speaker_at="she said"),
        Q("Mining accounts for about 12 percent of Zimbabwe's gross domestic product and more than 60 percent of its "
          "export earnings", "indirect", "official data", None),
    ], source="blind"),
    Case("blind60-bradford-trial", """Father-of-two on trial for murder of neighbour after parking row

A father-of-two stabbed his neighbour to death after a long-running dispute over parking outside their homes in Bradford, a jury has heard.

Kieran Ashworth-Hale, 34, is accused of murdering Dean Whiteley, 51, on Garforth Street, Thornbury, on the evening of October 14 last year.

Ashworth-Hale denies murder but has admitted manslaughter.

Opening the prosecution case at Bradford Crown Court on Monday, Rebecca van der Linde KC told jurors that the two men had fallen out 'on and off for months' over where Mr Whiteley parked his works van.

'This was a petty dispute which ended in the most terrible way imaginable,' she said.

'The prosecution say that when the defendant picked up that knife, he intended at the very least to cause Mr Whiteley really serious harm.'

Miss van der Linde said another neighbour, Parveen Akhtar, heard raised voices shortly before 9pm and looked out of her window to see Mr Whiteley slumped against the garden wall.

The court heard that Ashworth-Hale went back into his house and rang 999 himself. In a recording of the call, which was played to the jury, he can be heard saying: 'I've done something stupid. Send an ambulance, please.'

Mr Whiteley, a delivery driver and grandfather of three, died in Bradford Royal Infirmary two days later.

When interviewed by police, Ashworth-Hale claimed he had acted in self-defence and that Mr Whiteley had come at him 'with a wrench in his hand'.

'No wrench, or anything like one, was ever found,' the prosecutor told the jury.

Before the evidence began, the judge, Mr Justice Oduya-Grant, reminded jurors they must ignore anything they might have read or heard about the case online.

'You will try this case only on the evidence you hear in this courtroom, and nowhere else,' he told them.

Mr Whiteley's daughter, Leanne, sat in the public gallery throughout the morning. In a tribute released through West Yorkshire Police after his death, the family described him as 'the heart of our family and the first to help anyone'.

The trial, which is expected to last two weeks, continues.""", [
        Q("A father-of-two stabbed his neighbour to death after a long-running dispute over parking outside their "
          "homes in Bradford", "indirect", None, None),
        Q("'on and off for months'", "partial", "Rebecca van der Linde", "Rebecca van der Linde"),
        Q("'This was a petty dispute which ended in the most terrible way imaginable,'", "direct", "she",
          "Rebecca van der Linde", speaker_at="she said"),
        Q("'The prosecution say that when the defendant picked up that knife, he intended at the very least to cause "
          "Mr Whiteley really serious harm.'", "direct", "she", "Rebecca van der Linde", speaker_at="she said"),
        Q("another neighbour, Parveen Akhtar, heard raised voices shortly before 9pm and looked out of her window to "
          "see Mr Whiteley slumped against the garden wall", "indirect", "van der Linde", "Rebecca van der Linde",
          speaker_at="Miss van der Linde said"),
        Q("that Ashworth-Hale went back into his house and rang 999 himself", "indirect", None, None),
        Q("'I've done something stupid. Send an ambulance, please.'", "direct", "he", "Kieran Ashworth-Hale",
          speaker_at="he can be heard"),
        Q("he had acted in self-defence and that Mr Whiteley had come at him", "indirect", "Ashworth-Hale",
          "Kieran Ashworth-Hale", speaker_at="Ashworth-Hale claimed"),
        Q("'with a wrench in his hand'", "partial", "Ashworth-Hale", "Kieran Ashworth-Hale",
          speaker_at="Ashworth-Hale claimed"),
        Q("'No wrench, or anything like one, was ever found,'", "direct", "the prosecutor", "Rebecca van der Linde"),
        Q("they must ignore anything they might have read or heard about the case online", "indirect",
          "Oduya-Grant", "Oduya-Grant"),
        Q("'You will try this case only on the evidence you hear in this courtroom, and nowhere else,'", "direct",
          "he", "Oduya-Grant", speaker_at="he told them"),
        Q("'the heart of our family and the first to help anyone'", "partial", "the family", None,
          speaker_at="the family described"),
    ], source="blind"),
    Case("blind60-south-lochs", """Grazings committee vows to fight 42-turbine plan for South Lochs

Crofters in South Lochs have vowed to fight plans for a 42-turbine wind farm on common grazings, warning that the development would ‘tear the heart out’ of one of the most remote communities on Lewis.

The application by Hebridean Renewable Partnerships (HRP), a joint venture between a Glasgow developer and a Norwegian energy company, was lodged with the Scottish Government’s Energy Consents Unit last month. Because the scheme would generate more than 50 megawatts, Scottish ministers rather than Comhairle nan Eilean Siar will make the final decision.

At a packed meeting in Gravir Hall on Thursday evening, the chairman of the Gravir and Calbost Grazings Committee, Coinneach MacLeòid, said the company had ‘never once’ sat down with shareholders in the common grazing.

‘We found out about it from a notice in the paper,’ he said. ‘That tells you all you need to know about how they see us.’

Mr MacLeòid said the committee would lodge a formal objection and had already sought advice from the Scottish Crofting Federation.

Not everyone in the hall agreed. Catriona NicAoidh, a mother of three from Lemreway, said a community benefit fund could keep the local school open and bring young families back to the area. HRP says the fund would be worth around £1.2 million a year over the 30-year life of the wind farm.

‘I understand why people are angry, but I’m watching this place empty out,’ she said. ‘My children will have to leave if there is nothing here for them.’

In a statement to the Gazette, a spokesperson for HRP said the company was ‘committed to meaningful engagement’ with crofters and would hold a further drop-in session in the spring.

Na h-Eileanan an Iar MSP Ruairidh Mac an t-Saoir said local people had to be ‘at the centre of these decisions, not an afterthought’.

Professor Iain MacAulay, an energy researcher at the University of the Highlands and Islands, said the row reflected a wider tension across the islands.

‘There is real money on the table, but the rules on who benefits were written on the mainland,’ Prof MacAulay told the Gazette. ‘Until that changes, you will see meetings like this one in every township from Ness to Vatersay.’

Comhairle nan Eilean Siar, which will be consulted as part of the process, said it was too early to comment.""", [
        Q("‘tear the heart out’", "partial", "Crofters in South Lochs", None),
        Q("‘never once’", "partial", "Coinneach MacLeòid", "Coinneach MacLeòid"),
        Q("‘We found out about it from a notice in the paper,’", "direct", "he", "Coinneach MacLeòid",
          speaker_at="he said. ‘That"),
        Q("‘That tells you all you need to know about how they see us.’", "direct", "he", "Coinneach MacLeòid",
          speaker_at="he said. ‘That"),
        Q("the committee would lodge a formal objection and had already sought advice from the Scottish Crofting "
          "Federation", "indirect", "MacLeòid", "Coinneach MacLeòid", speaker_at="Mr MacLeòid said"),
        Q("a community benefit fund could keep the local school open and bring young families back to the area",
          "indirect", "Catriona NicAoidh", "Catriona NicAoidh"),
        Q("the fund would be worth around £1.2 million a year over the 30-year life of the wind farm", "indirect",
          "HRP", "Hebridean Renewable Partnerships", speaker_at="HRP says"),
        Q("‘I understand why people are angry, but I’m watching this place empty out,’", "direct", "she",
          "Catriona NicAoidh", speaker_at="she said"),
        Q("‘My children will have to leave if there is nothing here for them.’", "direct", "she",
          "Catriona NicAoidh", speaker_at="she said"),
        Q("‘committed to meaningful engagement’", "partial", "a spokesperson for HRP", None),
        Q("would hold a further drop-in session in the spring", "indirect", "a spokesperson for HRP", None),
        Q("‘at the centre of these decisions, not an afterthought’", "partial", "Ruairidh Mac an t-Saoir",
          "Ruairidh Mac an t-Saoir"),
        Q("the row reflected a wider tension across the islands", "indirect", "Iain MacAulay", "Iain MacAulay"),
        Q("‘There is real money on the table, but the rules on who benefits were written on the mainland,’",
          "direct", "MacAulay", "Iain MacAulay", speaker_at="Prof MacAulay told"),
        Q("‘Until that changes, you will see meetings like this one in every township from Ness to Vatersay.’",
          "direct", "MacAulay", "Iain MacAulay", speaker_at="Prof MacAulay told"),
        Q("it was too early to comment", "indirect", "Comhairle nan Eilean Siar", "Comhairle nan Eilean Siar",
          speaker_at="Comhairle nan Eilean Siar, which"),
    ], source="blind"),
    Case("blind60-rackard-cup", """Mac Giolla Bhríde point sends Rackard Cup back to Donegal

Donegal 2-19 Roscommon 1-21

Donegal’s hurlers are Nicky Rackard Cup champions again after a pulsating one-point win over Roscommon at Croke Park on Saturday afternoon.

A point from substitute Ciarán Mac Giolla Bhríde deep in injury time settled a contest that swung one way and then the other for over 70 minutes, and sparked wild scenes among the 1,500 or so Donegal supporters in the Hogan Stand.

“I don’t think I’ve ever been as nervous watching a match,” admitted manager Gearóid Ó Dochartaigh afterwards. “The lads showed savage character. Roscommon threw everything at us and we just kept coming back.”

Donegal led 1-11 to 0-10 at the break, thanks mainly to a Seán McVeigh goal after 24 minutes, but Roscommon came roaring back and Niall Kilmartin-Ward’s goal in the 52nd minute put the westerners two points clear.

Ó Dochartaigh, who took charge two years ago, paid tribute to the club volunteers who keep the small ball game alive in the county.

“This is for every club in Donegal that puts out a team on a wet Tuesday night in Burt or Setanta or Buncrana,” he said. “They never get the credit, and this is their day as much as ours.”

Captain Seán McVeigh, who finished with 1-4, said the squad had talked all week about “finishing the job” after losing the 2022 final to Mayo.

Roscommon manager Francis Kelly-Brennan said his side had “left it behind us in the first half” and declined to blame referee Tomás Ó Maoláin for a contested free in the closing minutes.

“Fair play to Donegal. They earned it,” he said. “We’ll go away and have a long look at ourselves.”

Mac Giolla Bhríde, a 19-year-old who only came on in the 61st minute, said he had barely seen the ball sail over the bar.

“I just hit it and hoped. The roar told me it was over,” the Setanta clubman said, still clutching a hurl with a cracked bas.

Victory means promotion to the Christy Ring Cup for next season. Donegal GAA said in a statement that the team would be welcomed home at a reception in Letterkenny’s Market Square on Sunday evening at 7pm.""", [
        Q("“I don’t think I’ve ever been as nervous watching a match,”", "direct", "Gearóid Ó Dochartaigh",
          "Gearóid Ó Dochartaigh"),
        Q("“The lads showed savage character. Roscommon threw everything at us and we just kept coming back.”",
          "direct", "Gearóid Ó Dochartaigh", "Gearóid Ó Dochartaigh"),
        Q("“This is for every club in Donegal that puts out a team on a wet Tuesday night in Burt or Setanta or "
          "Buncrana,”", "direct", "he", "Gearóid Ó Dochartaigh", speaker_at="he said. “They"),
        Q("“They never get the credit, and this is their day as much as ours.”", "direct", "he",
          "Gearóid Ó Dochartaigh", speaker_at="he said. “They"),
        Q("“finishing the job”", "partial", "Seán McVeigh", "Seán McVeigh", speaker_at="Captain Seán McVeigh"),
        Q("“left it behind us in the first half”", "partial", "Francis Kelly-Brennan", "Francis Kelly-Brennan"),
        Q("“Fair play to Donegal. They earned it,”", "direct", "he", "Francis Kelly-Brennan",
          speaker_at="he said. “We’ll"),
        Q("“We’ll go away and have a long look at ourselves.”", "direct", "he", "Francis Kelly-Brennan",
          speaker_at="he said. “We’ll"),
        Q("he had barely seen the ball sail over the bar", "indirect", "Mac Giolla Bhríde",
          "Ciarán Mac Giolla Bhríde", speaker_at="Mac Giolla Bhríde, a 19-year-old"),
        Q("“I just hit it and hoped. The roar told me it was over,”", "direct", "the Setanta clubman",
          "Ciarán Mac Giolla Bhríde"),
        Q("that the team would be welcomed home at a reception in Letterkenny’s Market Square on Sunday evening at "
          "7pm", "indirect", "Donegal GAA", "Donegal GAA"),
    ], source="blind"),
    Case("blind60-anakie-fire", """Residents flee as grassfire jumps containment lines near Anakie

Residents of Anakie and Staughton Vale were told to leave immediately on Tuesday afternoon after a fast-moving grassfire jumped containment lines and ran towards homes in the shadow of the You Yangs.

Emergency Management Victoria issued an emergency warning shortly after 2pm, saying the fire was travelling in a north-easterly direction and was "not yet under control".

Country Fire Authority incident controller Brett Kowalczyk said about 120 firefighters, 35 tankers and four water-bombing aircraft were working to slow the fire's spread.

"Conditions this afternoon are about as bad as they get - 41 degrees, gusty northerly winds and grass that's completely cured," Mr Kowalczyk said.

"If you're in the warning area and you haven't gone, you need to go now. Don't wait to see the flames."

According to the CFA, a machinery shed and a hay barn on Staughton Vale Rd were destroyed, but no homes had been lost as of 6pm.

Staughton Vale resident Mel Tran-Whitford said she grabbed her two children, the dog and the family photo albums and left as soon as she saw the smoke.

"It came over the hill like a wall. We didn't wait for the text message," she said.

A relief centre has been opened at the Bannockburn Cultural Centre. Golden Plains Shire Mayor Dianne Papadopoulos urged residents to check on their neighbours, particularly the elderly and those without a car.

"Our community has been through this before and people know what to do," Cr Papadopoulos said. "But please, look out for each other tonight."

Bureau of Meteorology forecaster Tom Ng said a cooler south-westerly change was expected to reach Geelong about 9pm, but warned it would bring "a wind shift that can make things worse before they get better".

Police said the Geelong-Ballan Rd would remain closed between Anakie and Ballan overnight.

A spokeswoman for the Emergency Services Minister said the state had "every resource it needs" on the fire ground and that interstate crews were on standby if required.

Residents can check the VicEmergency app or call the VicEmergency Hotline on 1800 226 226 for updates.""", [
        Q("the fire was travelling in a north-easterly direction", "indirect", "Emergency Management Victoria",
          "Emergency Management Victoria"),
        Q('"not yet under control"', "partial", "Emergency Management Victoria", "Emergency Management Victoria"),
        Q("about 120 firefighters, 35 tankers and four water-bombing aircraft were working to slow the fire's spread",
          "indirect", "Brett Kowalczyk", "Brett Kowalczyk"),
        Q('"Conditions this afternoon are about as bad as they get - 41 degrees, gusty northerly winds and grass '
          'that\'s completely cured,"', "direct", "Kowalczyk", "Brett Kowalczyk", speaker_at="Mr Kowalczyk said"),
        Q('"If you\'re in the warning area and you haven\'t gone, you need to go now. Don\'t wait to see the flames."',
          "direct", "Kowalczyk", "Brett Kowalczyk", speaker_at="Mr Kowalczyk said"),
        Q("a machinery shed and a hay barn on Staughton Vale Rd were destroyed, but no homes had been lost as of 6pm",
          "indirect", "the CFA", "Country Fire Authority"),
        Q("she grabbed her two children, the dog and the family photo albums and left as soon as she saw the smoke",
          "indirect", "Mel Tran-Whitford", "Mel Tran-Whitford"),
        Q('"It came over the hill like a wall. We didn\'t wait for the text message,"', "direct", "she",
          "Mel Tran-Whitford", speaker_at="she said"),
        Q('"Our community has been through this before and people know what to do,"', "direct", "Papadopoulos",
          "Dianne Papadopoulos", speaker_at="Cr Papadopoulos said"),
        Q('"But please, look out for each other tonight."', "direct", "Papadopoulos", "Dianne Papadopoulos",
          speaker_at="Cr Papadopoulos said"),
        Q("a cooler south-westerly change was expected to reach Geelong about 9pm", "indirect", "Tom Ng", "Tom Ng"),
        Q('"a wind shift that can make things worse before they get better"', "partial", "Tom Ng", "Tom Ng"),
        Q("the Geelong-Ballan Rd would remain closed between Anakie and Ballan overnight", "indirect", "Police", None),
        Q('"every resource it needs"', "partial", "A spokeswoman for the Emergency Services Minister", None),
        Q("that interstate crews were on standby if required", "indirect",
          "A spokeswoman for the Emergency Services Minister", None),
    ], source="blind"),
    Case("blind60-stratford-cattle", """Farmhand guilty of stealing 64 heifers from Stratford farm

A former farmhand has been found guilty of stealing 64 dairy heifers worth more than $110,000 from a Stratford farm and selling them under a false name.

Hemi Waaka-Tipene, 29, was found guilty by a jury in the New Plymouth District Court on Thursday of theft and using a forged document.

Crown prosecutor Tania Ngāwhika told the jury in her closing address that Waaka-Tipene had "abused the trust" of his employers "in the most calculated way".

"He knew the farm, he knew the stock, and he knew exactly when nobody would be watching," she said.

The court heard the heifers were moved in three truckloads over a fortnight in March last year, while the farm's owners, Bryce and Anneke van Heerden, were visiting family in the Netherlands. The animals were later sold through the Waverley saleyards, with their NAIT tags registered to a "J. Rangi" at a Hāwera address that turned out to be an empty section.

Ngāwhika said police had been unable to find any trace of a person by that name.

Defence lawyer Jared O'Sullivan-Pene had argued his client was "set up" by a former flatmate, who he said arranged the sales and kept most of the money.

"My client has always said he was asked to help move some cattle, and he did what he was told," Mr O'Sullivan-Pene said in his closing.

The jury took just under four hours to reach its verdicts.

Judge Robert Kahukura-Hanes remanded Waaka-Tipene in custody for sentencing in June, telling him a term of imprisonment was "very much on the table".

Outside court, Anneke van Heerden said the verdict was a relief.

"We trusted him like family. It's been a horrible year, and we've had to rebuild the herd from scratch," she said.

Detective Sergeant Wiremu Pohatu said stock theft was a growing problem in Taranaki. "Farmers are busy people and they're often spread over big properties. Thieves know that," he said.

According to Federated Farmers, rustling costs New Zealand farmers an estimated $120 million a year.""", [
        Q('"abused the trust"', "partial", "Tania Ngāwhika", "Tania Ngāwhika"),
        Q('"in the most calculated way"', "partial", "Tania Ngāwhika", "Tania Ngāwhika"),
        Q('"He knew the farm, he knew the stock, and he knew exactly when nobody would be watching,"', "direct",
          "she", "Tania Ngāwhika", speaker_at="she said.\n\nThe court"),
        Q("the heifers were moved in three truckloads over a fortnight in March last year, while the farm's owners, "
          "Bryce and Anneke van Heerden, were visiting family in the Netherlands", "indirect", None, None),
        Q("police had been unable to find any trace of a person by that name", "indirect", "Ngāwhika",
          "Tania Ngāwhika", speaker_at="Ngāwhika said"),
        Q('"set up"', "partial", "Jared O'Sullivan-Pene", "Jared O'Sullivan-Pene"),
        Q("arranged the sales and kept most of the money", "indirect", "he", "Jared O'Sullivan-Pene",
          speaker_at="who he said"),
        Q('"My client has always said he was asked to help move some cattle, and he did what he was told,"',
          "direct", "O'Sullivan-Pene", "Jared O'Sullivan-Pene", speaker_at="Mr O'Sullivan-Pene said"),
        Q('"very much on the table"', "partial", "Robert Kahukura-Hanes", "Robert Kahukura-Hanes"),
        Q("the verdict was a relief", "indirect", "Anneke van Heerden", "Anneke van Heerden",
          speaker_at="Outside court, Anneke van Heerden"),
        Q('"We trusted him like family. It\'s been a horrible year, and we\'ve had to rebuild the herd from scratch,"',
          "direct", "she", "Anneke van Heerden", speaker_at="she said.\n\nDetective"),
        Q("stock theft was a growing problem in Taranaki", "indirect", "Wiremu Pohatu", "Wiremu Pohatu"),
        Q('"Farmers are busy people and they\'re often spread over big properties. Thieves know that,"', "direct",
          "he", "Wiremu Pohatu", speaker_at="he said.\n\nAccording"),
        Q("rustling costs New Zealand farmers an estimated $120 million a year", "indirect", "Federated Farmers",
          "Federated Farmers"),
    ], source="blind"),
    Case("blind60-medicine-hat-mayor", """Van Dusen edges Gill in tight race for Medicine Hat mayor

Medicine Hat has a new mayor - by a margin of just 316 votes.

Linnea van Dusen, a two-term councillor and retired nurse, won Monday's municipal election, unofficial results posted by the city shortly before midnight showed. She took 8,412 votes to 8,096 for restaurant owner Rajinder "Raj" Gill, with former police chief Doug O'Hanlon a distant third.

"I'm humbled, and honestly a little stunned," Van Dusen told about 150 supporters at the Esplanade Arts and Heritage Centre. "This was a close race, and I know almost half this city wanted someone else. I'm going to be their mayor too."

Van Dusen said her first priority would be the city's utility rates, which she called "the number one thing people talked to me about at the door."

Gill did not concede on Monday night. He told reporters he would wait for the official count on Friday and could ask for a recount.

"When it's 300 votes, you owe it to every person who supported you to make sure each ballot is counted properly," Gill said in a phone interview with the News on Tuesday morning.

O'Hanlon, who campaigned on public safety and downtown policing, congratulated the winner. "She ran a clean campaign, and I wish her well," he said.

Turnout was 38 per cent, up from 31 per cent in 2021, returning officer Bernadette Okonkwo-Reid said.

Outside the polling station at the Family Leisure Centre earlier in the day, voters said the cost of living was on their minds.

"My power bill is bigger than my car payment. Whoever wins, that's what they need to fix," said retiree Ed Kuznetsov, 71.

Three newcomers were elected to council, while incumbent Coun. Shila Sharps-Deneault lost her seat by fewer than 100 votes. The new council will be sworn in on Oct. 28.""", [
        Q('"I\'m humbled, and honestly a little stunned,"', "direct", "Van Dusen", "Linnea van Dusen",
          speaker_at="Van Dusen told"),
        Q('"This was a close race, and I know almost half this city wanted someone else. I\'m going to be their '
          'mayor too."', "direct", "Van Dusen", "Linnea van Dusen", speaker_at="Van Dusen told"),
        Q("her first priority would be the city's utility rates", "indirect", "Van Dusen", "Linnea van Dusen",
          speaker_at="Van Dusen said"),
        Q('"the number one thing people talked to me about at the door."', "partial", "she", "Linnea van Dusen",
          speaker_at="she called"),
        Q("he would wait for the official count on Friday and could ask for a recount", "indirect", "He",
          "Rajinder Gill", speaker_at="He told reporters"),
        Q('"When it\'s 300 votes, you owe it to every person who supported you to make sure each ballot is counted '
          'properly,"', "direct", "Gill", "Rajinder Gill", speaker_at="Gill said"),
        Q('"She ran a clean campaign, and I wish her well,"', "direct", "he", "Doug O'Hanlon",
          speaker_at="he said"),
        Q("Turnout was 38 per cent, up from 31 per cent in 2021", "indirect", "Bernadette Okonkwo-Reid",
          "Bernadette Okonkwo-Reid"),
        Q("the cost of living was on their minds", "indirect", "voters", None),
        Q('"My power bill is bigger than my car payment. Whoever wins, that\'s what they need to fix,"', "direct",
          "Ed Kuznetsov", "Ed Kuznetsov"),
    ], source="blind"),
    Case("blind60-kasese-cholera", """Health ministry issues cholera alert as cases rise in Kasese

The Ministry of Health has issued a cholera alert for Kasese district after 47 cases and three deaths were confirmed in fishing communities around Lake George and Lake Katwe in the past two weeks.

In a statement released on Monday, the ministry said the outbreak was “still active” and urged the public to observe high standards of hygiene, including boiling drinking water and washing hands with soap.

The commissioner for public health emergencies, Dr Annet Kisakye Mugerwa, said most of the patients had been admitted to Bwera Hospital and Kasese Municipal Health Centre III, where a cholera treatment unit has been set up.

“The first cases were at Kahendero landing site, but we are now seeing patients from Kayanja and Kasenyi, which tells us the disease is moving with the fish trade,” Kisakye said.

She said a rapid response team, supported by the World Health Organisation (WHO) and the Uganda Red Cross Society, had been deployed to trace contacts and disinfect homes.

Kasese district health officer Dr Joseph Muhindo Bwambale told New Vision that the district had banned the sale of cooked food at landing sites and closed two markets.

“People are not happy about the markets, we know that. But our first duty is to save lives,” he said.

Residents of Kahendero, however, said the real problem was the lack of clean water.

“We drink from the lake because there is nothing else. The borehole broke down in March and nobody has come to repair it,” said Masika Jovia, a fishmonger and mother of five.

The district LCV chairperson, Mbusa Kule Mathias, appealed to the Government to release emergency funds, saying the district had only one functional ambulance for a population of more than 900,000 people.

Uganda has recorded several cholera outbreaks in border districts in recent years, many of them linked to movement across the border with the Democratic Republic of Congo.

According to WHO, cholera can kill within hours if left untreated, but most patients recover fully if they receive oral rehydration salts promptly.

Kisakye said anyone with sudden watery diarrhoea or vomiting should go to the nearest health facility immediately.

“Do not wait until tomorrow, and do not go to the herbalist first,” she warned.""", [
        Q("“still active”", "partial", "the ministry", "Ministry of Health", speaker_at="the ministry said"),
        Q("most of the patients had been admitted to Bwera Hospital and Kasese Municipal Health Centre III, where a "
          "cholera treatment unit has been set up", "indirect", "Annet Kisakye Mugerwa", "Annet Kisakye Mugerwa"),
        Q("“The first cases were at Kahendero landing site, but we are now seeing patients from Kayanja and Kasenyi, "
          "which tells us the disease is moving with the fish trade,”", "direct", "Kisakye", "Annet Kisakye Mugerwa",
          speaker_at="Kisakye said."),
        Q("a rapid response team, supported by the World Health Organisation (WHO) and the Uganda Red Cross Society, "
          "had been deployed to trace contacts and disinfect homes", "indirect", "She", "Annet Kisakye Mugerwa",
          speaker_at="She said"),
        Q("that the district had banned the sale of cooked food at landing sites and closed two markets", "indirect",
          "Joseph Muhindo Bwambale", "Joseph Muhindo Bwambale"),
        Q("“People are not happy about the markets, we know that. But our first duty is to save lives,”", "direct",
          "he", "Joseph Muhindo Bwambale", speaker_at="he said"),
        Q("the real problem was the lack of clean water", "indirect", "Residents of Kahendero", None),
        Q("“We drink from the lake because there is nothing else. The borehole broke down in March and nobody has "
          "come to repair it,”", "direct", "Masika Jovia", "Masika Jovia"),
        Q("the district had only one functional ambulance for a population of more than 900,000 people", "indirect",
          "Mbusa Kule Mathias", "Mbusa Kule Mathias"),
        Q("cholera can kill within hours if left untreated, but most patients recover fully if they receive oral "
          "rehydration salts promptly", "indirect", "WHO", "World Health Organisation",
          speaker_at="According to WHO"),
        Q("anyone with sudden watery diarrhoea or vomiting should go to the nearest health facility immediately",
          "indirect", "Kisakye", "Annet Kisakye Mugerwa", speaker_at="Kisakye said anyone"),
        Q("“Do not wait until tomorrow, and do not go to the herbalist first,”", "direct", "she",
          "Annet Kisakye Mugerwa", speaker_at="she warned"),
    ], source="blind"),
    Case("blind60-nard-strike", """Resident Doctors Begin Indefinite Strike, Fault FG over Unpaid Allowances

Onyebuchi Ezigbo in Abuja and Sunday Ehigiator in Lagos

Services at federal tertiary hospitals across the country were disrupted yesterday as members of the Nigerian Association of Resident Doctors (NARD) began an indefinite strike over unpaid allowances and the non-implementation of a new hazard allowance.

The association’s President, Dr. Oluwadamilola Adewale-Ibrahim, told journalists in Abuja that the strike became inevitable after the federal government failed to meet a 21-day ultimatum that expired on Sunday.

“We have been patient. We have written letters, we have attended meetings, we have issued ultimatums. Our members cannot continue to work on empty promises,” Adewale-Ibrahim said.

She said more than 4,000 resident doctors were still owed the 2023 Medical Residency Training Fund, and that some newly employed members had gone up to five months without salaries.

According to the association, no fewer than 2,000 of its members have left the country in the last two years.

At the Lagos University Teaching Hospital (LUTH), Idi-Araba, patients were seen being turned away from outpatient clinics, while consultants attended only to emergencies.

“I came from Ikorodu since 5am. They told me to come back next week,” a woman waiting with her son at the children’s outpatient clinic told THISDAY.

Reacting, the Minister of State for Health, Prof. Ahmed Tijjani Bello, described the strike as “unnecessary and unfortunate”, insisting that the government had already paid 80 per cent of the arrears.

“The door of dialogue remains open. I appeal to our young doctors to return to work while we resolve the outstanding issues,” the minister said in a statement signed by the ministry’s Director of Information, Mrs. Patience Uwa-Okonjo.

Also speaking, a former chairman of the board of the Federal Medical Centre, Owerri, Chief Emeka Nwankwo-Okafor, said both sides must “stop this annual ritual”.

“Every year it is the same story. Strike, meeting, promise, suspension, then another strike. Meanwhile, the poor man dies in the queue,” he said.

The Nigerian Medical Association (NMA), the umbrella body of doctors in the country, said it was monitoring the situation and would convene an emergency meeting of its National Executive Council on Thursday.""", [
        Q("that the strike became inevitable after the federal government failed to meet a 21-day ultimatum that "
          "expired on Sunday", "indirect", "Oluwadamilola Adewale-Ibrahim", "Oluwadamilola Adewale-Ibrahim"),
        Q("“We have been patient. We have written letters, we have attended meetings, we have issued ultimatums. Our "
          "members cannot continue to work on empty promises,”", "direct", "Adewale-Ibrahim",
          "Oluwadamilola Adewale-Ibrahim", speaker_at="Adewale-Ibrahim said"),
        Q("more than 4,000 resident doctors were still owed the 2023 Medical Residency Training Fund, and that some "
          "newly employed members had gone up to five months without salaries", "indirect", "She",
          "Oluwadamilola Adewale-Ibrahim", speaker_at="She said"),
        Q("no fewer than 2,000 of its members have left the country in the last two years", "indirect",
          "the association", "Nigerian Association of Resident Doctors", speaker_at="According to the association"),
        Q("“I came from Ikorodu since 5am. They told me to come back next week,”", "direct", "a woman", None),
        Q("“unnecessary and unfortunate”", "partial", "Ahmed Tijjani Bello", "Ahmed Tijjani Bello"),
        Q("that the government had already paid 80 per cent of the arrears", "indirect", "Ahmed Tijjani Bello",
          "Ahmed Tijjani Bello"),
        Q("“The door of dialogue remains open. I appeal to our young doctors to return to work while we resolve the "
          "outstanding issues,”", "direct", "the minister", "Ahmed Tijjani Bello"),
        Q("“stop this annual ritual”", "partial", "Emeka Nwankwo-Okafor", "Emeka Nwankwo-Okafor"),
        Q("“Every year it is the same story. Strike, meeting, promise, suspension, then another strike. Meanwhile, "
          "the poor man dies in the queue,”", "direct", "he", "Emeka Nwankwo-Okafor", speaker_at="he said"),
        Q("it was monitoring the situation and would convene an emergency meeting of its National Executive Council "
          "on Thursday", "indirect", "The Nigerian Medical Association", "Nigerian Medical Association"),
    ], source="blind"),
    Case("blind60-riyadh-book-fair", """Riyadh book fair opens with record number of publishers

RIYADH: The Riyadh International Book Fair opened on Thursday with more than 2,000 publishers from 32 countries, organizers said, making it the largest edition in the event's history.

The 10-day fair, held on the campus of King Saud University and organized by the Literature, Publishing and Translation Commission, has Oman as this year's guest of honor.

"The fair has become a meeting point between Arab culture and the world," Dr. Abdullah bin Fahad Al-Dossary, CEO of the commission, said at the opening ceremony. "We want every visitor, young or old, to leave with at least one book that changes the way they see things."

Al-Dossary said children's publishing had grown faster than any other category over the past three years, and that the fair had set aside an entire hall for young readers.

Sheikh Salim bin Hamad Al-Harthy, Oman's undersecretary for culture, said the two countries shared "a long history of poetry, trade and faith."

"Books are the best ambassadors we have," he added.

By the afternoon, a long queue had formed at the stand of novelist Hessa Al-Qahtani, whose debut "Salt Over the Wadi" has been one of the surprise bestsellers of the year in the Kingdom.

"I wrote this book on my phone during night shifts at the hospital," said Al-Qahtani, a nurse from Abha. "I never imagined a line of people waiting for it."

Karim El-Khoury, who runs a publishing house in Beirut, said paper and shipping costs had nearly doubled since 2021, but that sales at Saudi fairs made the trip worthwhile.

Visitors told Arab News that many titles were cheaper at the fair than in bookshops, thanks to discounts offered by publishers.

On a panel about translation, Prof. Mona Al-Mutairi of Princess Nourah bint Abdulrahman University said Saudi fiction was "finally being read outside the region, and not only as a curiosity."

The fair's program includes more than 200 seminars, poetry evenings and workshops, as well as a series called "Authors in Conversation" featuring writers from Oman, Egypt, Morocco and Japan.

The fair runs until Oct. 5 and is open daily from 11 a.m. to midnight, except on Fridays, when it opens at 2 p.m.""", [
        Q("The Riyadh International Book Fair opened on Thursday with more than 2,000 publishers from 32 countries",
          "indirect", "organizers", None),
        Q('"The fair has become a meeting point between Arab culture and the world,"', "direct",
          "Abdullah bin Fahad Al-Dossary", "Abdullah bin Fahad Al-Dossary"),
        Q('"We want every visitor, young or old, to leave with at least one book that changes the way they see '
          'things."', "direct", "Abdullah bin Fahad Al-Dossary", "Abdullah bin Fahad Al-Dossary"),
        Q("children's publishing had grown faster than any other category over the past three years, and that the "
          "fair had set aside an entire hall for young readers", "indirect", "Al-Dossary",
          "Abdullah bin Fahad Al-Dossary", speaker_at="Al-Dossary said"),
        Q('"a long history of poetry, trade and faith."', "partial", "Salim bin Hamad Al-Harthy",
          "Salim bin Hamad Al-Harthy"),
        Q('"Books are the best ambassadors we have,"', "direct", "he", "Salim bin Hamad Al-Harthy",
          speaker_at="he added"),
        Q('"I wrote this book on my phone during night shifts at the hospital,"', "direct", "Al-Qahtani",
          "Hessa Al-Qahtani", speaker_at="said Al-Qahtani"),
        Q('"I never imagined a line of people waiting for it."', "direct", "Al-Qahtani", "Hessa Al-Qahtani",
          speaker_at="said Al-Qahtani"),
        Q("paper and shipping costs had nearly doubled since 2021, but that sales at Saudi fairs made the trip "
          "worthwhile", "indirect", "Karim El-Khoury", "Karim El-Khoury"),
        Q("that many titles were cheaper at the fair than in bookshops, thanks to discounts offered by publishers",
          "indirect", "Visitors", None),
        Q('"finally being read outside the region, and not only as a curiosity."', "partial", "Mona Al-Mutairi",
          "Mona Al-Mutairi"),
    ], source="blind"),
    Case("blind60-kelantan-floods", """Floods: Over 12,000 evacuated in Kelantan, Terengganu

KOTA BHARU: The number of flood evacuees in Kelantan and Terengganu rose to 12,416 this morning, up from 7,902 last night, as heavy rain continued to pound the east coast.

In Kelantan, 9,830 victims from 2,871 families were housed at 96 relief centres as of 8am, according to the National Disaster Management Agency (Nadma), with Pasir Mas and Tumpat the worst-hit districts.

State Disaster Management Committee chairman Datuk Mohd Azlan Ismail said the state government had prepared 320 relief centres that could accommodate up to 110,000 people if the situation worsened.

“We have learnt from 2014. Food supplies, mattresses and medicine have been positioned in every district since November,” he told reporters after visiting the relief centre at Sekolah Kebangsaan Kubang Batu.

He added that Sungai Golok in Rantau Panjang had exceeded its danger level of 9 metres at 6am.

In Terengganu, 2,586 people had been evacuated in Kemaman, Hulu Terengganu and Besut, state Malaysia Civil Defence Force director Zainal Abidin Che Mat said.

Malaysian Meteorological Department (MetMalaysia) director-general Dr Tan Wei Ming said the danger-level continuous rain warning for Kelantan, Terengganu and parts of Pahang would remain in force until Sunday.

“The third wave of the monsoon surge is stronger than we expected. The public should not take any risk,” Tan said.

In Rantau Panjang, trader Lim Ah Kow, 63, said water entered his sundry shop within an hour.

“I have seen floods here for 40 years but this one came very fast. I only managed to save the rice and my documents,” he said.

Kelantan Fire and Rescue Department director Murugan Rajendran told Bernama that his personnel had rescued 37 people overnight, including an elderly couple trapped on the roof of their house in Kampung Tendong.

Meanwhile, the Prime Minister’s Office said in a statement that the Federal Government had approved an initial allocation of RM50 million for flood relief, and that ministers had been told to “be on the ground, not in the office”.

Several roads in Pasir Mas and Tumpat, including the Kota Bharu-Rantau Panjang road, are closed to light vehicles. Motorists are advised to check the Public Works Department’s road status updates before travelling.""", [
        Q("In Kelantan, 9,830 victims from 2,871 families were housed at 96 relief centres as of 8am", "indirect",
          "the National Disaster Management Agency", "National Disaster Management Agency"),
        Q("the state government had prepared 320 relief centres that could accommodate up to 110,000 people if the "
          "situation worsened", "indirect", "Mohd Azlan Ismail", "Mohd Azlan Ismail"),
        Q("“We have learnt from 2014. Food supplies, mattresses and medicine have been positioned in every district "
          "since November,”", "direct", "he", "Mohd Azlan Ismail", speaker_at="he told reporters"),
        Q("that Sungai Golok in Rantau Panjang had exceeded its danger level of 9 metres at 6am", "indirect", "He",
          "Mohd Azlan Ismail", speaker_at="He added"),
        Q("In Terengganu, 2,586 people had been evacuated in Kemaman, Hulu Terengganu and Besut", "indirect",
          "Zainal Abidin Che Mat", "Zainal Abidin Che Mat"),
        Q("the danger-level continuous rain warning for Kelantan, Terengganu and parts of Pahang would remain in "
          "force until Sunday", "indirect", "Tan Wei Ming", "Tan Wei Ming"),
        Q("“The third wave of the monsoon surge is stronger than we expected. The public should not take any risk,”",
          "direct", "Tan", "Tan Wei Ming", speaker_at="Tan said"),
        Q("water entered his sundry shop within an hour", "indirect", "Lim Ah Kow", "Lim Ah Kow"),
        Q("“I have seen floods here for 40 years but this one came very fast. I only managed to save the rice and my "
          "documents,”", "direct", "he", "Lim Ah Kow", speaker_at="he said"),
        Q("that his personnel had rescued 37 people overnight, including an elderly couple trapped on the roof of "
          "their house in Kampung Tendong", "indirect", "Murugan Rajendran", "Murugan Rajendran"),
        Q("that the Federal Government had approved an initial allocation of RM50 million for flood relief",
          "indirect", "the Prime Minister’s Office", "Prime Minister’s Office"),
        Q("“be on the ground, not in the office”", "partial", "the Prime Minister’s Office",
          "Prime Minister’s Office"),
    ], source="blind"),
    Case("blind60-delosreyes-obit", """Kundiman tenor Ramon de los Reyes dies at 84

Ramon "Mon" de los Reyes, the tenor whose recordings of "Bituing Marikit" and "Dahil sa Iyo" carried the kundiman to a generation of Filipinos abroad, died on Sunday at his home in Marikina City. He was 84.

His daughter, Maria Teresa de los Reyes-Santiago, said he died peacefully in his sleep after a long battle with kidney disease.

"Papa sang until the very end. Two nights ago he was still humming 'Nasaan Ka Irog' to his nurse," she told The Manila Times.

Born in Tondo, Manila in 1940, De los Reyes began singing in the choir of the Santo Niño de Tondo Parish and later studied voice at the University of the Philippines College of Music.

He won the national "Tinig ng Bayan" competition in 1968, and his 1972 album with the Manila Symphony Orchestra sold more than 100,000 copies, then a record for a classical Filipino recording.

Through the 1980s and 1990s he toured extensively for Filipino communities in the Middle East, Hong Kong and the United States, often performing in parish halls and community centers rather than concert venues.

"He said once that a kundiman sung to 200 nurses in Jeddah mattered more to him than a full house at the CCP," recalled Prof. Josefino Macaraeg-Tan, who conducted the tenor's farewell concert at the Cultural Center of the Philippines in 2015.

Macaraeg-Tan said de los Reyes never lost his discipline, even in his seventies. "He would arrive two hours before rehearsal, every single time. Young singers should know that," he said.

The Cultural Center of the Philippines said in a statement that it mourned "a voice that taught the world what longing sounds like in Filipino."

Sen. Carmelita Abad-Villanueva, who chairs the Senate committee on culture and the arts, said she would file a resolution honoring the singer.

"Tito Mon belonged to every Filipino family that ever gathered around a radio," the senator wrote on Facebook.

Nueva Ecija Gov. Ernesto Lacsamana, whose province de los Reyes adopted as his second home after his retirement, ordered flags at the provincial capitol flown at half-mast until his interment.

The family said the wake would be held at the Santuario de San Antonio in Marikina until Thursday, with interment at Loyola Memorial Park on Friday.

He is survived by his wife of 58 years, Consolacion, four children and 11 grandchildren.""", [
        Q("he died peacefully in his sleep after a long battle with kidney disease", "indirect",
          "Maria Teresa de los Reyes-Santiago", "Maria Teresa de los Reyes-Santiago"),
        Q("\"Papa sang until the very end. Two nights ago he was still humming 'Nasaan Ka Irog' to his nurse,\"",
          "direct", "she", "Maria Teresa de los Reyes-Santiago", speaker_at="she told"),
        Q('"He said once that a kundiman sung to 200 nurses in Jeddah mattered more to him than a full house at the '
          'CCP,"', "direct", "Josefino Macaraeg-Tan", "Josefino Macaraeg-Tan"),
        Q("de los Reyes never lost his discipline, even in his seventies", "indirect", "Macaraeg-Tan",
          "Josefino Macaraeg-Tan", speaker_at="Macaraeg-Tan said"),
        Q('"He would arrive two hours before rehearsal, every single time. Young singers should know that,"',
          "direct", "he", "Josefino Macaraeg-Tan", speaker_at="he said.\n\nThe Cultural"),
        Q('"a voice that taught the world what longing sounds like in Filipino."', "partial",
          "The Cultural Center of the Philippines", "Cultural Center of the Philippines"),
        Q("she would file a resolution honoring the singer", "indirect", "Carmelita Abad-Villanueva",
          "Carmelita Abad-Villanueva"),
        Q('"Tito Mon belonged to every Filipino family that ever gathered around a radio,"', "direct",
          "the senator", "Carmelita Abad-Villanueva"),
        Q("the wake would be held at the Santuario de San Antonio in Marikina until Thursday, with interment at "
          "Loyola Memorial Park on Friday", "indirect", "The family", None),
    ], source="blind"),
    Case("blind60-qat-final", """Saud bin Tariq's six-for hands Karachi Whites Quaid-e-Azam Trophy

KARACHI: Left-arm spinner Saud bin Tariq claimed 6-48 as Karachi Whites beat Lahore Blues by 94 runs on the final day to lift the Quaid-e-Azam Trophy at the National Bank Stadium on Sunday.

Chasing 327, Lahore Blues were bowled out for 232 shortly after tea, with only opener Usman Ghani-Butt (71) offering serious resistance on a pitch that offered sharp turn from the first session.

"The ball was turning from the morning and I just tried to bowl in the right areas and be patient," said bin Tariq, who finished the season with 58 wickets. "This is the biggest day of my career."

Karachi Whites captain Faraz Siddiqui said his team had "believed from day one" that they could win the title, despite losing their first two matches of the season.

"Nobody gave us a chance in October. These boys have shown what Karachi cricket is all about," he told The News.

Lahore Blues coach Tahir Mehmood Awan admitted his batters had "no answer" to the spinner on the final day.

"We lost wickets in clusters and you cannot do that in a final," Awan said. "Credit to Saud, he bowled beautifully."

Pakistan Cricket Board (PCB) director of domestic cricket Junaid Zia-ul-Haq, who presented the trophy, said the selectors would consider the season's leading performers for the Shaheens' tour of England in June.

"Performances in domestic cricket will be rewarded. That is our promise to every player in this country," he said at the presentation ceremony.

According to the PCB, the winning side received Rs50 million in prize money, while the runners-up took home Rs25 million.

Ghani-Butt was named player of the tournament for his 1,104 runs, the highest aggregate of the season.

Brief scores: Karachi Whites 286 & 301 (Faraz Siddiqui 88, Asad Ali Rind 64; Zain-ul-Abideen 4-77) beat Lahore Blues 261 & 232 (Usman Ghani-Butt 71; Saud bin Tariq 6-48) by 94 runs.""", [
        Q('"The ball was turning from the morning and I just tried to bowl in the right areas and be patient,"',
          "direct", "bin Tariq", "Saud bin Tariq", speaker_at="said bin Tariq"),
        Q('"This is the biggest day of my career."', "direct", "bin Tariq", "Saud bin Tariq",
          speaker_at="said bin Tariq"),
        Q('"believed from day one"', "partial", "Faraz Siddiqui", "Faraz Siddiqui",
          speaker_at="captain Faraz Siddiqui"),
        Q('"Nobody gave us a chance in October. These boys have shown what Karachi cricket is all about,"', "direct",
          "he", "Faraz Siddiqui", speaker_at="he told"),
        Q('"no answer"', "partial", "Tahir Mehmood Awan", "Tahir Mehmood Awan"),
        Q('"We lost wickets in clusters and you cannot do that in a final,"', "direct", "Awan", "Tahir Mehmood Awan",
          speaker_at="Awan said"),
        Q('"Credit to Saud, he bowled beautifully."', "direct", "Awan", "Tahir Mehmood Awan",
          speaker_at="Awan said"),
        Q("the selectors would consider the season's leading performers for the Shaheens' tour of England in June",
          "indirect", "Junaid Zia-ul-Haq", "Junaid Zia-ul-Haq"),
        Q('"Performances in domestic cricket will be rewarded. That is our promise to every player in this country,"',
          "direct", "he", "Junaid Zia-ul-Haq", speaker_at="he said"),
        Q("the winning side received Rs50 million in prize money, while the runners-up took home Rs25 million",
          "indirect", "the PCB", "Pakistan Cricket Board", speaker_at="According to the PCB"),
    ], source="blind"),
    Case("blind60-bhonga-premiere", """In Pune, a Marathi play about a dying loom town opens to a full house

When the lights came up at the end of the first show of “Bhonga” (The Siren) at Pune’s Bharat Natya Mandir on Saturday night, the audience stayed in their seats in silence for several seconds before breaking into applause.

The two-hour Marathi play, written by Sushama Deshpande-Kulkarni and directed by Niranjan Gokhale, follows three generations of a family in Ichalkaranji as the town’s powerloom industry collapses around them.

“I grew up hearing the mill siren every morning. When it stopped, the whole town seemed to lose its heartbeat,” Deshpande-Kulkarni told The Indian Express before the show. “This play is my attempt to record that silence.”

She said she had interviewed more than 60 former loom workers and their families over two years, and that several of their stories appear in the play almost word for word.

Gokhale, who has worked with experimental theatre groups in Pune for over two decades, has staged the production with almost nothing on stage: a single loom, a charpoy and a length of rope.

“The actors carry the factory in their bodies. A set would only get in the way,” he said.

Veteran actor Shruti Nadkarni, who plays the grandmother Tarabai, described the rehearsals as “exhausting and healing at the same time”.

Among those in the audience was Prof Vishwas Bhide, who taught theatre at Savitribai Phule Pune University for 30 years. According to Bhide, the play belongs to a tradition of Marathi social drama that many had written off with the decline of the big commercial companies.

“It is rare to see young people queue up for a play about loom workers. That alone tells you something is happening,” he said.

Some in the audience had travelled from Ichalkaranji itself. Dattatray Patil-Mane, 68, who worked on powerlooms for 41 years, said he had recognised his own street in the second act.

“I saw my life on that stage. My wife cried through the whole second half,” Patil-Mane said.

The play will have four more shows in Pune this month before touring Kolhapur, Sangli and Mumbai, the producers said. Tickets for the Pune shows are priced between Rs 200 and Rs 500.""", [
        Q("“I grew up hearing the mill siren every morning. When it stopped, the whole town seemed to lose its "
          "heartbeat,”", "direct", "Deshpande-Kulkarni", "Sushama Deshpande-Kulkarni",
          speaker_at="Deshpande-Kulkarni told"),
        Q("“This play is my attempt to record that silence.”", "direct", "Deshpande-Kulkarni",
          "Sushama Deshpande-Kulkarni", speaker_at="Deshpande-Kulkarni told"),
        Q("she had interviewed more than 60 former loom workers and their families over two years, and that several "
          "of their stories appear in the play almost word for word", "indirect", "She",
          "Sushama Deshpande-Kulkarni", speaker_at="She said"),
        Q("“The actors carry the factory in their bodies. A set would only get in the way,”", "direct", "he",
          "Niranjan Gokhale", speaker_at="he said.\n\nVeteran"),
        Q("“exhausting and healing at the same time”", "partial", "Shruti Nadkarni", "Shruti Nadkarni"),
        Q("the play belongs to a tradition of Marathi social drama that many had written off with the decline of the "
          "big commercial companies", "indirect", "Bhide", "Vishwas Bhide", speaker_at="According to Bhide"),
        Q("“It is rare to see young people queue up for a play about loom workers. That alone tells you something is "
          "happening,”", "direct", "he", "Vishwas Bhide", speaker_at="he said.\n\nSome"),
        Q("he had recognised his own street in the second act", "indirect", "Dattatray Patil-Mane",
          "Dattatray Patil-Mane"),
        Q("“I saw my life on that stage. My wife cried through the whole second half,”", "direct", "Patil-Mane",
          "Dattatray Patil-Mane", speaker_at="Patil-Mane said"),
        Q("The play will have four more shows in Pune this month before touring Kolhapur, Sangli and Mumbai",
          "indirect", "the producers", None),
    ], source="blind"),
    Case("blind60-sta-strike-vote", """Spokane Transit drivers vote to authorize strike

Bus drivers and mechanics at the Spokane Transit Authority have voted overwhelmingly to authorize a strike, union leaders said Tuesday, raising the prospect of the first transit walkout in the region in more than 30 years.

Of the 512 members of Amalgamated Transit Union Local 1015 who cast ballots, 94% voted in favor, according to the union. The vote does not mean a strike is imminent; under the contract, the union must give the agency 10 days' notice before any walkout.

"Nobody wants to strike. Our members want to drive buses," said Local 1015 President Rosalind Okafor-Haugen, who has driven for STA for 19 years. "But they also want to be able to pay rent in a city where rents have gone up 40% since our last contract."

Okafor-Haugen said the two sides remain far apart on wages and on scheduling rules. She said split shifts can keep some drivers on the clock for up to 13 hours a day.

STA has offered raises totaling 11% over three years, which agency spokeswoman Carly Lindqvist called "a fair and responsible offer" given projected sales tax revenue.

In a written statement, CEO Brandon Mitsui-Carr said the agency "respects the right of our employees to vote" and remained committed to reaching an agreement at the bargaining table.

"We are not going to negotiate through the media," he said.

STA buses carried about 30,000 riders a day last year. At the downtown STA Plaza on Tuesday afternoon, several riders said they had not heard about the vote.

"I don't have a car. If the buses stop, I don't get to work, simple as that," said Tasha Reyes-Molina, 34, who works in a hospital laundry on the South Hill.

The Rev. Darnell Whitaker, pastor of New Hope Community Church and a member of the Spokane Riders Coalition, urged both sides to "think about the people standing at the bus stop in January."

State Sen. Marcus Riley, D-Spokane, told The Spokesman-Review he had spoken with both sides over the weekend and hoped a federal mediator could be brought in before the end of the month.

Negotiations are scheduled to resume Thursday.""", [
        Q("Bus drivers and mechanics at the Spokane Transit Authority have voted overwhelmingly to authorize a strike",
          "indirect", "union leaders", None),
        Q("Of the 512 members of Amalgamated Transit Union Local 1015 who cast ballots, 94% voted in favor",
          "indirect", "the union", "Amalgamated Transit Union Local 1015", speaker_at="according to the union"),
        Q('"Nobody wants to strike. Our members want to drive buses,"', "direct", "Rosalind Okafor-Haugen",
          "Rosalind Okafor-Haugen"),
        Q('"But they also want to be able to pay rent in a city where rents have gone up 40% since our last '
          'contract."', "direct", "Rosalind Okafor-Haugen", "Rosalind Okafor-Haugen"),
        Q("the two sides remain far apart on wages and on scheduling rules", "indirect", "Okafor-Haugen",
          "Rosalind Okafor-Haugen", speaker_at="Okafor-Haugen said"),
        Q("split shifts can keep some drivers on the clock for up to 13 hours a day", "indirect", "She",
          "Rosalind Okafor-Haugen", speaker_at="She said"),
        Q('"a fair and responsible offer"', "partial", "Carly Lindqvist", "Carly Lindqvist"),
        Q('"respects the right of our employees to vote"', "partial", "Brandon Mitsui-Carr", "Brandon Mitsui-Carr"),
        Q("remained committed to reaching an agreement at the bargaining table", "indirect", "Brandon Mitsui-Carr",
          "Brandon Mitsui-Carr"),
        Q('"We are not going to negotiate through the media,"', "direct", "he", "Brandon Mitsui-Carr",
          speaker_at="he said"),
        Q("they had not heard about the vote", "indirect", "several riders", None),
        Q('"I don\'t have a car. If the buses stop, I don\'t get to work, simple as that,"', "direct",
          "Tasha Reyes-Molina", "Tasha Reyes-Molina"),
        Q('"think about the people standing at the bus stop in January."', "partial", "Darnell Whitaker",
          "Darnell Whitaker"),
        Q("he had spoken with both sides over the weekend and hoped a federal mediator could be brought in before "
          "the end of the month", "indirect", "Marcus Riley", "Marcus Riley"),
    ], source="blind"),
]
