"""Blind gold (set 34): short news articles from many house styles, written once,
never tuned on, by an annotator who never saw the pretagger.

Wire copy with datelines, regional papers from Britain, Ireland, Australia, New
Zealand, Canada, Africa, the Gulf and Asia, and a US weekly; curly, straight and
British single quotes. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind34-colombo-heroin", """Three sentenced to death over record heroin haul

COLOMBO, March 14 (AFP) – A Sri Lankan court on Friday sentenced three men to death for trafficking 261 kilogrammes of heroin found aboard a fishing trawler off the southern coast in 2021, the country’s biggest drug seizure at sea.

Colombo High Court Judge Manjula Thilakaratne said the prosecution had proved its case “beyond reasonable doubt” and that the accused had “knowingly placed the lives of thousands of young people at risk”.

The three men, including the trawler’s skipper, W.A. Sampath Kumara, 44, showed no emotion as the verdict was read out in Sinhala. A fourth accused, a Pakistani national, was acquitted for lack of evidence.

Sri Lanka has not carried out an execution since 1976, and death sentences are routinely commuted to life imprisonment.

“This sends a very clear message to the networks using our waters as a transit route,” Deputy Solicitor General Dileepa Peiris told reporters outside the court. “The navy did its job, the investigators did theirs, and today the court has done its part.”

According to the Police Narcotic Bureau, the heroin was transferred to the trawler from a larger vessel in international waters west of the Maldives.

Defence counsel Upul de Alwis-Jayasinghe said his clients would appeal. “There were serious gaps in the chain of custody,” he said, adding that the court had relied heavily on the evidence of a crew member who had turned state witness.

Navy spokesman Captain Gayan Wickramasuriya told AFP the service had intercepted 11 vessels carrying narcotics in the past two years.

“They are getting more sophisticated,” he said. “Some of these boats now carry satellite phones and GPS jammers.”

Rights group Amnesty International said in a statement that it opposed capital punishment “in all cases without exception” and urged the government to keep its moratorium on executions in place.

Sri Lanka lies on shipping routes between the opium-producing “Golden Crescent” and markets in Southeast Asia and Australia. Officials say there are now some 100,000 regular heroin users on the island.""", [
        Q("“beyond reasonable doubt”", "partial", "Manjula Thilakaratne", "Manjula Thilakaratne"),
        Q("“knowingly placed the lives of thousands of young people at risk”", "partial", "Manjula Thilakaratne",
          "Manjula Thilakaratne"),
        Q("“This sends a very clear message to the networks using our waters as a transit route,”", "direct",
          "Dileepa Peiris", "Dileepa Peiris"),
        Q("“The navy did its job, the investigators did theirs, and today the court has done its part.”", "direct",
          "Dileepa Peiris", "Dileepa Peiris"),
        Q("the heroin was transferred to the trawler from a larger vessel in international waters west of the Maldives",
          "indirect", "the Police Narcotic Bureau", "Police Narcotic Bureau"),
        Q("his clients would appeal", "indirect", "Upul de Alwis-Jayasinghe", "Upul de Alwis-Jayasinghe"),
        Q("“There were serious gaps in the chain of custody,”", "direct", "he", "Upul de Alwis-Jayasinghe",
          speaker_at="he said, adding"),
        Q("that the court had relied heavily on the evidence of a crew member who had turned state witness",
          "indirect", "he", "Upul de Alwis-Jayasinghe", speaker_at="he said, adding"),
        Q("the service had intercepted 11 vessels carrying narcotics in the past two years", "indirect",
          "Gayan Wickramasuriya", "Gayan Wickramasuriya"),
        Q("“They are getting more sophisticated,”", "direct", "he", "Gayan Wickramasuriya",
          speaker_at="sophisticated,” he said"),
        Q("“Some of these boats now carry satellite phones and GPS jammers.”", "direct", "he", "Gayan Wickramasuriya",
          speaker_at="sophisticated,” he said"),
        Q("“in all cases without exception”", "partial", "Amnesty International", "Amnesty International"),
        Q("there are now some 100,000 regular heroin users on the island", "indirect", "Officials", None),
    ], source="blind"),
    Case("blind34-kl-takaful", """Malaysian takaful operator's profit jumps 38% as motor claims ease

KUALA LUMPUR (Bloomberg) -- Syarikat Takaful Permata Bhd, Malaysia's third-largest Islamic insurer, said quarterly profit rose 38%, beating analyst estimates, as motor claims eased and investment income climbed.

Net income for the three months ended Sept. 30 rose to 212.4 million ringgit ($47.8 million) from 153.9 million ringgit a year earlier, the Kuala Lumpur-based company said in a filing to Bursa Malaysia on Thursday. That compares with the 181 million ringgit average estimate of four analysts surveyed by Bloomberg.

"We've seen a real normalization in the motor book after two very difficult years," Group Chief Executive Officer Datuk Seri Azlan bin Hashim said in an interview. "Repair costs have stabilized, and the flood-related claims we had last year haven't come back."

The shares climbed as much as 6.1% to 4.52 ringgit in Kuala Lumpur, the biggest intraday gain since March.

Azlan said the company was on track to meet its target of 10% growth in gross contributions this year, helped by demand for family takaful, the Islamic equivalent of life insurance, among younger customers. He declined to comment on a possible bid for a smaller rival, saying only that the firm was "always looking at opportunities."

Analysts were more cautious about the outlook. Medical costs in Malaysia are rising by about 12% a year, according to Aon Plc, and Bank Negara Malaysia has asked insurers to cap premium increases on medical policies.

"The quarter was clean, but medical inflation is the wild card for the whole industry," said Chong Wei Ling, an analyst at Kenanga Investment Bank Bhd, who kept her outperform rating on the stock.

Lim Kah Hoe, head of research at Hong Leong Investment Bank, wrote in a note that the results were "a decent beat" but that valuations already looked "full" after a 40% rally this year.

Investment income rose 22% to 96 million ringgit, the company said, as higher bond yields lifted returns on its sukuk holdings.

Permata's board declared an interim dividend of 8 sen a share, payable on Dec. 12.""", [
        Q("quarterly profit rose 38%, beating analyst estimates, as motor claims eased and investment income climbed",
          "indirect", "Syarikat Takaful Permata Bhd", "Syarikat Takaful Permata Bhd"),
        Q("Net income for the three months ended Sept. 30 rose to 212.4 million ringgit ($47.8 million) from 153.9 "
          "million ringgit a year earlier", "indirect", "the Kuala Lumpur-based company", "Syarikat Takaful Permata Bhd"),
        Q('"We\'ve seen a real normalization in the motor book after two very difficult years,"', "direct",
          "Azlan bin Hashim", "Azlan bin Hashim"),
        Q('"Repair costs have stabilized, and the flood-related claims we had last year haven\'t come back."', "direct",
          "Azlan bin Hashim", "Azlan bin Hashim"),
        Q("the company was on track to meet its target of 10% growth in gross contributions this year, helped by demand "
          "for family takaful, the Islamic equivalent of life insurance, among younger customers", "indirect",
          "Azlan", "Azlan bin Hashim", speaker_at="Azlan said"),
        Q('"always looking at opportunities."', "partial", "He", "Azlan bin Hashim", speaker_at="He declined"),
        Q("Medical costs in Malaysia are rising by about 12% a year", "indirect", "Aon Plc", "Aon Plc"),
        Q('"The quarter was clean, but medical inflation is the wild card for the whole industry,"', "direct",
          "Chong Wei Ling", "Chong Wei Ling"),
        Q('"a decent beat"', "partial", "Lim Kah Hoe", "Lim Kah Hoe"),
        Q('"full"', "partial", "Lim Kah Hoe", "Lim Kah Hoe"),
        Q("Investment income rose 22% to 96 million ringgit", "indirect", "the company", "Syarikat Takaful Permata Bhd",
          speaker_at="the company said, as"),
    ], source="blind"),
    Case("blind34-lagos-sugar", """Golden Savannah Sugar swings to N18.6bn profit as backward integration pays off

Golden Savannah Sugar Plc has returned to profitability, posting a profit after tax of N18.6 billion for the half year ended June 2025, against a loss of N7.2 billion in the corresponding period of 2024.

The company’s unaudited results, filed with the Nigerian Exchange Limited (NGX) on Tuesday, showed revenue rising 41 percent to N312.5 billion on the back of higher prices and improved output from its Numan estate in Adamawa State.

In a statement accompanying the results, the managing director, Olusegun Adeyemi-Cole, said the company was “finally reaping the rewards” of its backward integration programme, under which it has planted more than 14,000 hectares of cane since 2019.

“For years we were importing raw sugar from Brazil and paying for it in dollars at whatever rate the market gave us,” Adeyemi-Cole said. “Today almost a third of what we refine is grown on our own land, and that has changed the economics of this business.”

The naira’s relative stability in recent months also helped, he noted, with foreign exchange losses falling to N4.1 billion from N39.8 billion a year earlier.

Analysts, however, cautioned that the company still faces headwinds. Tunde Oyebanji-Eze, head of research at Harbourgate Securities Limited, said the sugar-sweetened beverage tax proposed in the new Finance Bill could “take a meaningful bite out of volumes” if passed in its current form.

“The half-year numbers are strong, no question,” he told BusinessDay. “But the second half is seasonally weaker, and the company has a lot of short-term debt to refinance before the end of 2026.”

The company’s short-term borrowings stood at N148 billion at the end of June.

The National Sugar Development Council (NSDC), which oversees the Nigeria Sugar Master Plan, has set refiners a target of producing 70 percent of their raw sugar locally. Its executive secretary, Zainab Shehu-Musa, said in July that the country still imports about 95 percent of the raw sugar it consumes.

Company chairman Chief Emeka Nwachukwu-Oti told shareholders at the annual general meeting in May that the board had approved a further N60 billion for irrigation and a new mill at Numan.

“We are not doing this for the headlines,” he said. “We are doing it because there is no future for a sugar company in Nigeria that depends on imports.”

Shares of Golden Savannah rose 9.99 percent to N46.20 on Wednesday, the maximum daily gain allowed by the exchange.""", [
        Q("“finally reaping the rewards”", "partial", "Olusegun Adeyemi-Cole", "Olusegun Adeyemi-Cole"),
        Q("“For years we were importing raw sugar from Brazil and paying for it in dollars at whatever rate the market "
          "gave us,”", "direct", "Adeyemi-Cole", "Olusegun Adeyemi-Cole", speaker_at="Adeyemi-Cole said"),
        Q("“Today almost a third of what we refine is grown on our own land, and that has changed the economics of this "
          "business.”", "direct", "Adeyemi-Cole", "Olusegun Adeyemi-Cole", speaker_at="Adeyemi-Cole said"),
        Q("The naira’s relative stability in recent months also helped", "indirect", "he", "Olusegun Adeyemi-Cole",
          speaker_at="he noted"),
        Q("that the company still faces headwinds", "indirect", "Analysts", None),
        Q("“take a meaningful bite out of volumes”", "partial", "Tunde Oyebanji-Eze", "Tunde Oyebanji-Eze"),
        Q("“The half-year numbers are strong, no question,”", "direct", "he", "Tunde Oyebanji-Eze",
          speaker_at="he told BusinessDay"),
        Q("“But the second half is seasonally weaker, and the company has a lot of short-term debt to refinance before "
          "the end of 2026.”", "direct", "he", "Tunde Oyebanji-Eze", speaker_at="he told BusinessDay"),
        Q("that the country still imports about 95 percent of the raw sugar it consumes", "indirect",
          "Zainab Shehu-Musa", "Zainab Shehu-Musa"),
        Q("that the board had approved a further N60 billion for irrigation and a new mill at Numan", "indirect",
          "Emeka Nwachukwu-Oti", "Emeka Nwachukwu-Oti"),
        Q("“We are not doing this for the headlines,”", "direct", "he", "Emeka Nwachukwu-Oti",
          speaker_at="headlines,” he said"),
        Q("“We are doing it because there is no future for a sugar company in Nigeria that depends on imports.”",
          "direct", "he", "Emeka Nwachukwu-Oti", speaker_at="headlines,” he said"),
    ], source="blind"),
    Case("blind34-blackburn-nurses", """Nurses walk out at Royal Blackburn as pay row deepens

HUNDREDS of nurses at the Royal Blackburn Teaching Hospital began a 48-hour walkout this morning in a row over pay and staffing levels.

Members of the Royal College of Nursing (RCN) formed picket lines at the main entrance on Haslingden Road from 7am, with passing drivers sounding their horns in support.

Staff nurse Gemma Aspinall, who has worked on the hospital's acute medical unit for 11 years, said she had never imagined herself on a picket line.

'I love my job, I really do,' she said. 'But we are running wards with half the staff we need, and people are going home in tears after every shift. Something has to give.'

East Lancashire Hospitals NHS Trust said emergency care would continue as normal but that around 140 planned operations and 600 outpatient appointments had been postponed.

The trust's chief nurse, Tracy Ashworth-Lord, said: 'We respect the right of our colleagues to take industrial action, and we have worked closely with the RCN to make sure patients remain safe.

'I would ask the public to use services wisely over the next two days and only come to A&E if it is a genuine emergency.'

Kwame Asante-Boateng, the RCN's regional director for the North West, told the Lancashire Telegraph that the strike was 'a last resort' for members who felt they had been 'ignored for far too long'.

He said ministers had to come back to the table with 'a serious offer', adding: 'Nobody goes into nursing to stand outside a hospital in the cold. They are here because they are frightened for their patients.'

A Department of Health and Social Care spokesperson said: 'We have accepted the independent pay review body's recommendation in full, giving nurses a 3.6 per cent pay rise this year. We urge the RCN to call off this action, which will only harm patients.'

Patients arriving for appointments were largely sympathetic. Pensioner Brian Hargreaves, 78, of Darwen, whose knee operation was cancelled, said: 'I'm disappointed, of course I am. But I've seen how hard they work in there. I'd be out there with them if I was younger.'

The strike is due to end at 7am on Saturday.""", [
        Q("she had never imagined herself on a picket line", "indirect", "Gemma Aspinall", "Gemma Aspinall"),
        Q("'I love my job, I really do,'", "direct", "she", "Gemma Aspinall", speaker_at="do,' she said"),
        Q("'But we are running wards with half the staff we need, and people are going home in tears after every "
          "shift. Something has to give.'", "direct", "she", "Gemma Aspinall", speaker_at="do,' she said"),
        Q("emergency care would continue as normal but that around 140 planned operations and 600 outpatient "
          "appointments had been postponed", "indirect", "East Lancashire Hospitals NHS Trust",
          "East Lancashire Hospitals NHS Trust"),
        Q("'We respect the right of our colleagues to take industrial action, and we have worked closely with the RCN "
          "to make sure patients remain safe.", "direct", "Tracy Ashworth-Lord", "Tracy Ashworth-Lord"),
        Q("'I would ask the public to use services wisely over the next two days and only come to A&E if it is a "
          "genuine emergency.'", "direct", "Tracy Ashworth-Lord", "Tracy Ashworth-Lord"),
        Q("'a last resort'", "partial", "Kwame Asante-Boateng", "Kwame Asante-Boateng"),
        Q("'ignored for far too long'", "partial", "Kwame Asante-Boateng", "Kwame Asante-Boateng"),
        Q("'a serious offer'", "partial", "He", "Kwame Asante-Boateng", speaker_at="He said ministers"),
        Q("'Nobody goes into nursing to stand outside a hospital in the cold. They are here because they are "
          "frightened for their patients.'", "direct", "He", "Kwame Asante-Boateng", speaker_at="He said ministers"),
        Q("'We have accepted the independent pay review body's recommendation in full, giving nurses a 3.6 per cent "
          "pay rise this year. We urge the RCN to call off this action, which will only harm patients.'", "direct",
          "A Department of Health and Social Care spokesperson", None),
        Q("'I'm disappointed, of course I am. But I've seen how hard they work in there. I'd be out there with them "
          "if I was younger.'", "direct", "Brian Hargreaves", "Brian Hargreaves"),
    ], source="blind"),
    Case("blind34-omagh-judge", """Tributes paid to retired High Court judge from Gortin

Tributes have been paid to the retired High Court judge Sir Liam McElhatton, who has died at his home outside Omagh at the age of 86.

Born in Gortin in 1939, the son of a postman and a primary school teacher, he was educated at the Christian Brothers school in Omagh and at Queen's University Belfast before being called to the Bar of Northern Ireland in 1963.

He took silk in 1979 and was appointed to the High Court in 1993, where, as Mr Justice McElhatton, he presided over some of the most difficult trials of the Troubles and their aftermath.

Paying tribute on behalf of the judiciary, Lord Justice Gerard Quinlivan described him as 'a judge of rare courage and rarer kindness'.

'Liam sat through some of the darkest cases this jurisdiction has ever heard, at a time when that carried real personal risk,' he said. 'He never once allowed that to affect the fairness he showed to every person who came before him.'

The Bar of Northern Ireland said in a statement that Sir Liam had been 'a mentor to generations of young barristers' and that his judgments on the law of evidence were still cited in courts across these islands.

Speaking to the Ulster Herald, the chairperson of Fermanagh and Omagh District Council, Cllr Mary Garrity-Monaghan, said the district had lost 'one of its finest sons'.

'He never forgot where he came from,' she said. 'Even after he was knighted he would be in the bar in Gortin on a Friday night, and he knew everybody's name.'

After retiring from the bench in 2009, Sir Liam chaired a review of sentencing for the Department of Justice and served for many years as a trustee of the Tyrone and Fermanagh Hospice.

Rev Dr Aodhán Ó Ceallaigh, parish priest of Gortin, said he had visited Sir Liam only last week.

'He was a man of deep but quiet faith,' Rev Ó Ceallaigh said. 'He would have hated any fuss being made of him, so I'll try to keep it short on Thursday.'

Predeceased by his wife, Bernadette, in 2017, he is survived by his sons, Ciarán and Paul, his daughter, Áine, and eight grandchildren.

Requiem Mass will be celebrated in the Church of the Sacred Heart, Omagh, on Thursday at 11am, followed by burial in Gortin Parish Cemetery.""", [
        Q("'a judge of rare courage and rarer kindness'", "partial", "Gerard Quinlivan", "Gerard Quinlivan"),
        Q("'Liam sat through some of the darkest cases this jurisdiction has ever heard, at a time when that carried "
          "real personal risk,'", "direct", "he", "Gerard Quinlivan", speaker_at="risk,' he said"),
        Q("'He never once allowed that to affect the fairness he showed to every person who came before him.'",
          "direct", "he", "Gerard Quinlivan", speaker_at="risk,' he said"),
        Q("'a mentor to generations of young barristers'", "partial", "The Bar of Northern Ireland",
          "Bar of Northern Ireland"),
        Q("that his judgments on the law of evidence were still cited in courts across these islands", "indirect",
          "The Bar of Northern Ireland", "Bar of Northern Ireland"),
        Q("'one of its finest sons'", "partial", "Mary Garrity-Monaghan", "Mary Garrity-Monaghan"),
        Q("'He never forgot where he came from,'", "direct", "she", "Mary Garrity-Monaghan",
          speaker_at="from,' she said"),
        Q("'Even after he was knighted he would be in the bar in Gortin on a Friday night, and he knew everybody's "
          "name.'", "direct", "she", "Mary Garrity-Monaghan", speaker_at="from,' she said"),
        Q("he had visited Sir Liam only last week", "indirect", "Aodhán Ó Ceallaigh", "Aodhán Ó Ceallaigh"),
        Q("'He was a man of deep but quiet faith,'", "direct", "Ó Ceallaigh", "Aodhán Ó Ceallaigh",
          speaker_at="Rev Ó Ceallaigh said"),
        Q("'He would have hated any fuss being made of him, so I'll try to keep it short on Thursday.'", "direct",
          "Ó Ceallaigh", "Aodhán Ó Ceallaigh", speaker_at="Rev Ó Ceallaigh said"),
    ], source="blind"),
    Case("blind34-ennis-housing", """Councillors clash over plan for ‘ghost estate’ site in Ennis

Plans to build 86 social and affordable homes on the site of an unfinished estate in Ennis have divided local councillors, with residents warning that the road network in the area “simply cannot cope”.

Clare County Council is seeking to develop the lands at Tobarteascáin, where 31 houses were left half-built when the original developer went into receivership in 2010, through the Part 8 planning process.

At Monday’s meeting of the Ennis Municipal District, Director of Services for Housing Conor McInerney-Ryan told members that there were 1,940 households on the social housing waiting list in the county, 612 of them in the Ennis area.

“We have a derelict site in the middle of a town where people cannot find anywhere to live,” he said. “Doing nothing is not an option.”

Cllr Máire Ní Fhloinn (SF) said the scheme was “long overdue” and accused some members of “playing politics with people’s lives”.

But Cllr Gearóid Mac Mathúna (Ind), who lives nearby, said residents had been given “nothing but a glossy brochure” and no proper traffic assessment.

“Nobody in this chamber is against social housing, and I resent any suggestion that I am,” he said. “What I am against is putting 86 more families on a road that already backs up to the roundabout every morning.”

A motion from Cllr Tommy Brennan-Clohessy (FG) to defer a decision until a traffic study was carried out was defeated by five votes to three.

Speaking to The Clare Echo afterwards, Ann Twomey, chairperson of the Tobarteascáin Residents’ Association, said people in the area felt “completely blindsided”.

“We found out about this from a notice on a lamppost,” she said. “We’ve lived beside a building site for fifteen years. All we’re asking is to be listened to.”

According to the council, public consultation on the plans will run until March 28th, with submissions accepted online or at Áras Contae an Chláir.

The proposal will go before a full meeting of Clare County Council in May.""", [
        Q("“simply cannot cope”", "partial", "residents", None, speaker_at="with residents warning"),
        Q("that there were 1,940 households on the social housing waiting list in the county, 612 of them in the Ennis "
          "area", "indirect", "Conor McInerney-Ryan", "Conor McInerney-Ryan"),
        Q("“We have a derelict site in the middle of a town where people cannot find anywhere to live,”", "direct",
          "he", "Conor McInerney-Ryan", speaker_at="live,” he said"),
        Q("“Doing nothing is not an option.”", "direct", "he", "Conor McInerney-Ryan", speaker_at="live,” he said"),
        Q("“long overdue”", "partial", "Máire Ní Fhloinn", "Máire Ní Fhloinn"),
        Q("“playing politics with people’s lives”", "partial", "Máire Ní Fhloinn", "Máire Ní Fhloinn"),
        Q("“nothing but a glossy brochure”", "partial", "Gearóid Mac Mathúna", "Gearóid Mac Mathúna"),
        Q("“Nobody in this chamber is against social housing, and I resent any suggestion that I am,”", "direct", "he",
          "Gearóid Mac Mathúna", speaker_at="am,” he said"),
        Q("“What I am against is putting 86 more families on a road that already backs up to the roundabout every "
          "morning.”", "direct", "he", "Gearóid Mac Mathúna", speaker_at="am,” he said"),
        Q("“completely blindsided”", "partial", "Ann Twomey", "Ann Twomey"),
        Q("“We found out about this from a notice on a lamppost,”", "direct", "she", "Ann Twomey",
          speaker_at="lamppost,” she said"),
        Q("“We’ve lived beside a building site for fifteen years. All we’re asking is to be listened to.”", "direct",
          "she", "Ann Twomey", speaker_at="lamppost,” she said"),
        Q("public consultation on the plans will run until March 28th, with submissions accepted online or at Áras "
          "Contae an Chláir", "indirect", "the council", "Clare County Council", speaker_at="According to the council"),
    ], source="blind"),
    Case("blind34-kyabram-netball", """Kyabram hold their nerve to claim A-grade netball flag

Kyabram has won its first Goulburn Valley League A-grade netball premiership in 14 years, edging Shepparton United 48-46 in a thrilling grand final at Deakin Reserve on Saturday.

Goal shooter Mikaela van Dijk shot 31 goals from 34 attempts, including the match-winner with 40 seconds left on the clock, and was named best on court.

"I honestly couldn't feel my hands for that last shot," van Dijk said.

"I just told myself it's the same as training on a Tuesday night, and thankfully it went in."

The Bombers trailed by six goals at half-time before coach Liz O'Connell-Maher rang the changes, moving captain Jess Tuohey from wing attack into centre.

O'Connell-Maher said the move had been made "purely on gut feel".

"At half-time the girls were flat, and I thought we needed Jess's voice in the middle," she said.

"She's been the heart of this club for ten years, and today she dragged us over the line."

Tuohey, who announced in April she would retire at the end of the season, was in tears after the final siren.

"I couldn't have scripted it any better," Tuohey told The News. "Ten years of pre-seasons and it's all worth it for a day like this."

Shepparton United coach Renee Kaur was proud of her side despite the loss.

"Two goals in a grand final - that's netball," she said. "We'll go away, we'll hurt for a while, and we'll be back."

Kaur said goal defence Harriet Nguyen-Baird had been "outstanding" all year.

League netball operations manager Dean Ah-Sam confirmed that a record crowd of more than 3,200 had watched the A-grade decider.

In the B-grade grand final, Mooroopna defeated Tatura 39-35.""", [
        Q('"I honestly couldn\'t feel my hands for that last shot,"', "direct", "van Dijk", "Mikaela van Dijk",
          speaker_at="van Dijk said"),
        Q('"I just told myself it\'s the same as training on a Tuesday night, and thankfully it went in."', "direct",
          "van Dijk", "Mikaela van Dijk", speaker_at="van Dijk said"),
        Q('"purely on gut feel"', "partial", "O'Connell-Maher", "Liz O'Connell-Maher",
          speaker_at="O'Connell-Maher said"),
        Q('"At half-time the girls were flat, and I thought we needed Jess\'s voice in the middle,"', "direct", "she",
          "Liz O'Connell-Maher", speaker_at='middle," she said'),
        Q('"She\'s been the heart of this club for ten years, and today she dragged us over the line."', "direct",
          "she", "Liz O'Connell-Maher", speaker_at='middle," she said'),
        Q("she would retire at the end of the season", "indirect", "Tuohey", "Jess Tuohey",
          speaker_at="Tuohey, who announced"),
        Q('"I couldn\'t have scripted it any better,"', "direct", "Tuohey", "Jess Tuohey", speaker_at="Tuohey told"),
        Q('"Ten years of pre-seasons and it\'s all worth it for a day like this."', "direct", "Tuohey", "Jess Tuohey",
          speaker_at="Tuohey told"),
        Q('"Two goals in a grand final - that\'s netball,"', "direct", "she", "Renee Kaur",
          speaker_at='netball," she said'),
        Q('"We\'ll go away, we\'ll hurt for a while, and we\'ll be back."', "direct", "she", "Renee Kaur",
          speaker_at='netball," she said'),
        Q('"outstanding"', "partial", "Kaur", "Renee Kaur", speaker_at="Kaur said"),
        Q("that a record crowd of more than 3,200 had watched the A-grade decider", "indirect", "Dean Ah-Sam",
          "Dean Ah-Sam"),
    ], source="blind"),
    Case("blind34-hawkesbay-frost", """Polar blast closes Napier-Taupō road as frost grips the Bay

Snow closed State Highway 5 between Napier and Taupō overnight as a polar blast swept up the country, bringing the coldest temperatures Hawke’s Bay has seen this year.

According to MetService, the temperature at Hawke’s Bay Airport fell to -4.1C about 6am on Wednesday and Taradale recorded -3.8C.

MetService meteorologist Anaru Te Whata-Reid said the cold southerly would ease from Thursday, but warned that another hard frost was likely on Friday morning.

“It’s a proper taste of winter, and it’s arrived a couple of weeks earlier than we’d usually expect,” he said. “If you’re driving over the Napier-Taupō road in the next 48 hours, check the conditions before you leave.”

NZ Transport Agency Waka Kotahi said the highway reopened just before 11am once snowploughs had cleared the Titiokura Saddle, but that motorists should still carry chains.

Orchardists across the Heretaunga Plains spent the night running frost fans and, in some cases, hiring helicopters to keep the cold air moving.

Twyford citrus grower Sione Fifita-Lang said his crew had been up since 2am.

“Mandarins are right at harvest, and if the fruit freezes on the tree you lose the lot,” he said. “We’ll know in a few days how bad it is.”

Hawke’s Bay Fruitgrowers’ Association president Dr Karen Oosterhuis told Hawke’s Bay Today that most growers had been well prepared.

The cold had come at “a tricky time” for citrus and some late-season vegetable crops, she said, but apples and kiwifruit were dormant and unlikely to be affected.

In Napier, the Napier Community Night Shelter opened extra beds on Tuesday evening. Manager Rangi Pōtae said all 18 beds had been taken by 8pm.

“Cold nights like this are when people end up in hospital,” he said. “If you see someone sleeping rough, give us a call.”

Lines company Unison said about 300 homes around Puketitiri lost power overnight after snow brought down lines. Power had been restored to all but 40 of them by midday.""", [
        Q("the temperature at Hawke’s Bay Airport fell to -4.1C about 6am on Wednesday and Taradale recorded -3.8C",
          "indirect", "MetService", "MetService", speaker_at="According to MetService"),
        Q("the cold southerly would ease from Thursday", "indirect", "Anaru Te Whata-Reid", "Anaru Te Whata-Reid"),
        Q("that another hard frost was likely on Friday morning", "indirect", "Anaru Te Whata-Reid",
          "Anaru Te Whata-Reid"),
        Q("“It’s a proper taste of winter, and it’s arrived a couple of weeks earlier than we’d usually expect,”",
          "direct", "he", "Anaru Te Whata-Reid", speaker_at="expect,” he said"),
        Q("“If you’re driving over the Napier-Taupō road in the next 48 hours, check the conditions before you leave.”",
          "direct", "he", "Anaru Te Whata-Reid", speaker_at="expect,” he said"),
        Q("the highway reopened just before 11am once snowploughs had cleared the Titiokura Saddle, but that motorists "
          "should still carry chains", "indirect", "NZ Transport Agency Waka Kotahi", "NZ Transport Agency Waka Kotahi"),
        Q("his crew had been up since 2am", "indirect", "Sione Fifita-Lang", "Sione Fifita-Lang"),
        Q("“Mandarins are right at harvest, and if the fruit freezes on the tree you lose the lot,”", "direct", "he",
          "Sione Fifita-Lang", speaker_at="lot,” he said"),
        Q("“We’ll know in a few days how bad it is.”", "direct", "he", "Sione Fifita-Lang", speaker_at="lot,” he said"),
        Q("that most growers had been well prepared", "indirect", "Karen Oosterhuis", "Karen Oosterhuis"),
        Q("“a tricky time”", "partial", "she", "Karen Oosterhuis", speaker_at="she said, but"),
        Q("apples and kiwifruit were dormant and unlikely to be affected", "indirect", "she", "Karen Oosterhuis",
          speaker_at="she said, but"),
        Q("all 18 beds had been taken by 8pm", "indirect", "Rangi Pōtae", "Rangi Pōtae"),
        Q("“Cold nights like this are when people end up in hospital,”", "direct", "he", "Rangi Pōtae",
          speaker_at="hospital,” he said"),
        Q("“If you see someone sleeping rough, give us a call.”", "direct", "he", "Rangi Pōtae",
          speaker_at="hospital,” he said"),
        Q("about 300 homes around Puketitiri lost power overnight after snow brought down lines", "indirect", "Unison",
          "Unison"),
    ], source="blind"),
    Case("blind34-winnipeg-debate", """Mayoral hopefuls spar over transit, policing in first debate

The three leading candidates for mayor of Winnipeg clashed over transit, policing and the state of the city's downtown Tuesday night in the first televised debate of the campaign.

Coun. Anjali Deshmukh-Ross, who has represented St. Vital for two terms, made transit the centrepiece of her pitch.

"People in this city are standing at bus shelters in minus 30, waiting for a bus that never comes," she said. "That's not a transit system. That's a punishment."

Deshmukh-Ross said her plan would restore the frequent routes cut during the pandemic within 18 months and would be paid for with a provincial transit grant the city had left unspent.

Marcel Bérubé, who retired from the Winnipeg Police Service in 2022 after 31 years, said downtown safety was "the number one issue, full stop."

"You can build all the bus lanes you like, but if people are afraid to get off the bus at Portage and Main, they won't ride it," he said.

His platform includes 60 more officers on foot patrol downtown, a pledge Deshmukh-Ross dismissed as "a slogan, not a plan."

Businessman Kevin Klassen, who owns a chain of hardware stores across southern Manitoba, repeatedly steered the discussion back to the city's finances.

"We have a $7-billion infrastructure deficit in this city and we've spent half an hour arguing about bus shelters," he said, drawing laughter from the audience at the Centre culturel franco-manitobain.

Asked how he would pay for road repairs without raising property taxes, Klassen said he would find savings of three per cent across every city department.

"The money," Klassen said, "has to come from somewhere, and I'm the only person on this stage who's willing to say where."

Bérubé accused Klassen of "fantasy math," saying a three per cent cut would mean fewer firefighters and paramedics on the street.

Jae-won Park, who teaches political studies at the University of Manitoba, said none of the candidates had landed a knockout blow.

"Deshmukh-Ross looked the most comfortable, Bérubé was very disciplined, and Klassen got the biggest laughs," Park said. "Whether any of that moves votes is another question."

Five other candidates have registered, but none was invited to the debate, which was organized by the Winnipeg Chamber of Commerce. Election day is Oct. 28.""", [
        Q('"People in this city are standing at bus shelters in minus 30, waiting for a bus that never comes,"',
          "direct", "she", "Anjali Deshmukh-Ross", speaker_at='comes," she said'),
        Q('"That\'s not a transit system. That\'s a punishment."', "direct", "she", "Anjali Deshmukh-Ross",
          speaker_at='comes," she said'),
        Q("her plan would restore the frequent routes cut during the pandemic within 18 months and would be paid for "
          "with a provincial transit grant the city had left unspent", "indirect", "Deshmukh-Ross",
          "Anjali Deshmukh-Ross", speaker_at="Deshmukh-Ross said"),
        Q('"the number one issue, full stop."', "partial", "Marcel Bérubé", "Marcel Bérubé"),
        Q('"You can build all the bus lanes you like, but if people are afraid to get off the bus at Portage and Main, '
          'they won\'t ride it,"', "direct", "he", "Marcel Bérubé", speaker_at='ride it," he said'),
        Q('"a slogan, not a plan."', "partial", "Deshmukh-Ross", "Anjali Deshmukh-Ross",
          speaker_at="Deshmukh-Ross dismissed"),
        Q('"We have a $7-billion infrastructure deficit in this city and we\'ve spent half an hour arguing about bus '
          'shelters,"', "direct", "he", "Kevin Klassen", speaker_at='shelters," he said'),
        Q("he would find savings of three per cent across every city department", "indirect", "Klassen",
          "Kevin Klassen", speaker_at="Klassen said he"),
        Q('"The money,"', "direct", "Klassen", "Kevin Klassen", speaker_at='money," Klassen said'),
        Q('"has to come from somewhere, and I\'m the only person on this stage who\'s willing to say where."', "direct",
          "Klassen", "Kevin Klassen", speaker_at='money," Klassen said'),
        Q('"fantasy math,"', "partial", "Bérubé", "Marcel Bérubé", speaker_at="Bérubé accused"),
        Q("a three per cent cut would mean fewer firefighters and paramedics on the street", "indirect", "Bérubé",
          "Marcel Bérubé", speaker_at="Bérubé accused"),
        Q("none of the candidates had landed a knockout blow", "indirect", "Jae-won Park", "Jae-won Park"),
        Q('"Deshmukh-Ross looked the most comfortable, Bérubé was very disciplined, and Klassen got the biggest '
          'laughs,"', "direct", "Park", "Jae-won Park", speaker_at="Park said"),
        Q('"Whether any of that moves votes is another question."', "direct", "Park", "Jae-won Park",
          speaker_at="Park said"),
    ], source="blind"),
    Case("blind34-kampala-seed-fraud", """Ex-NAIF bosses deny Shs9.4b seed fraud

Three former officials of the National Agricultural Inputs Fund (NAIF) yesterday pleaded not guilty to charges of embezzlement, abuse of office and causing financial loss of Shs9.4 billion meant for the supply of maize seed to farmers in northern Uganda.

Appearing before Justice Margaret Apinyi-Otim of the Anti-Corruption Division of the High Court in Kololo, the fund’s former executive director, Mr Geoffrey Ssenyonjo Kasule, former procurement manager Ms Proscovia Nakato and former accountant Mr Ronald Ochieng-Wafula denied all 11 counts.

The prosecution alleges that between July 2021 and June 2022, the accused paid Shs9.4 billion to two companies for seed that was never delivered.

Senior Principal State Attorney Ivan Kyomuhendo told court that the State would call 23 witnesses, including officials from the Office of the Auditor General and farmers from Lira, Apac and Kole districts who were supposed to benefit.

“My Lord, this is a case where money meant for the poorest farmers in this country ended up in private pockets, and we shall account for every shilling of it,” Mr Kyomuhendo said.

But Mr Denis Opio-Lanyero, who represents Mr Kasule, said his client was being made a “scapegoat” for decisions taken at the Ministry of Agriculture, which he said had approved the payments.

“My client signed what was placed before him by the ministry. He did not procure anything, he did not pay anything, and he did not benefit from anything,” Mr Opio-Lanyero told the court.

The Office of the Auditor General first flagged the payments in its 2022 report, saying none of the 40,000 farmers sampled in the three districts had received seed.

Ms Grace Apio, a farmer from Aromo Sub-county in Lira District who travelled to Kampala to follow the case, said farmers had waited two planting seasons for the seed.

“We were registered, our photos were taken, and then nothing came,” she said. “Some of us borrowed money to prepare our gardens.”

Justice Apinyi-Otim adjourned the matter to March 4 and extended the bail of the three accused. She warned them that any attempt to contact prosecution witnesses would lead to the cancellation of their bail.

NAIF was dissolved in 2023 and its functions transferred to the Ministry of Agriculture, Animal Industry and Fisheries under the government’s rationalisation of agencies.""", [
        Q("that between July 2021 and June 2022, the accused paid Shs9.4 billion to two companies for seed that was "
          "never delivered", "indirect", "The prosecution", None),
        Q("that the State would call 23 witnesses, including officials from the Office of the Auditor General and "
          "farmers from Lira, Apac and Kole districts who were supposed to benefit", "indirect", "Ivan Kyomuhendo",
          "Ivan Kyomuhendo"),
        Q("“My Lord, this is a case where money meant for the poorest farmers in this country ended up in private "
          "pockets, and we shall account for every shilling of it,”", "direct", "Kyomuhendo", "Ivan Kyomuhendo",
          speaker_at="Mr Kyomuhendo said"),
        Q("“scapegoat”", "partial", "Denis Opio-Lanyero", "Denis Opio-Lanyero"),
        Q("had approved the payments", "indirect", "he", "Denis Opio-Lanyero", speaker_at="which he said"),
        Q("“My client signed what was placed before him by the ministry. He did not procure anything, he did not pay "
          "anything, and he did not benefit from anything,”", "direct", "Opio-Lanyero", "Denis Opio-Lanyero",
          speaker_at="Mr Opio-Lanyero told"),
        Q("none of the 40,000 farmers sampled in the three districts had received seed", "indirect",
          "The Office of the Auditor General", "Office of the Auditor General"),
        Q("farmers had waited two planting seasons for the seed", "indirect", "Grace Apio", "Grace Apio"),
        Q("“We were registered, our photos were taken, and then nothing came,”", "direct", "she", "Grace Apio",
          speaker_at="came,” she said"),
        Q("“Some of us borrowed money to prepare our gardens.”", "direct", "she", "Grace Apio",
          speaker_at="came,” she said"),
        Q("that any attempt to contact prosecution witnesses would lead to the cancellation of their bail", "indirect",
          "She", "Margaret Apinyi-Otim", speaker_at="She warned"),
    ], source="blind"),
    Case("blind34-eastlondon-port", """Port strike leaves car exports stranded in East London

Operations at the Port of East London ground to a halt yesterday as more than 400 workers downed tools over a wage dispute, leaving thousands of vehicles destined for Europe stranded on the quayside.

Members of the Harbour and Maritime Workers' Union (Hamwu) gathered outside the port's main gate in Bank Street from early morning, singing and blocking trucks from entering.

Hamwu regional secretary Mzwandile Qhina said workers had rejected Transnet's offer of a 5.5% increase because it did not keep pace with the rising cost of living.

"Our members are loading and offloading cargo worth billions of rand every month, and they are going home to shacks," Qhina said. "We are not asking for luxury. We are asking for dignity."

He said the strike would continue "until the employer comes back with something serious".

Transnet Port Terminals spokesperson Nomvuyo Ndlovu-Mathebula said in a statement that the company had activated contingency plans and that "engagements with organised labour are continuing".

"We regret the inconvenience to our customers and are doing everything possible to minimise disruption," she said.

A crane operator who asked not to be named said he took home about R9,000 a month after deductions.

"My children ask me why I work at the harbour and we still don't have money," he said.

Dr Anele Matshaya, chief executive of the Border Kei Chamber of Business, warned that the region "cannot afford" a prolonged shutdown.

"Every day that ships cannot be loaded costs this economy money, and it sends a terrible message to investors who are already nervous about our ports," Matshaya told the Dispatch.

Police spokesperson Captain Nozuko Soga-Mbete said one man had been arrested for public violence after the windscreen of a truck was smashed near the gate, and would appear in the East London Magistrate's Court on Wednesday.

At least one car carrier was waiting at anchor outside the harbour last night.""", [
        Q("workers had rejected Transnet's offer of a 5.5% increase because it did not keep pace with the rising cost "
          "of living", "indirect", "Mzwandile Qhina", "Mzwandile Qhina"),
        Q('"Our members are loading and offloading cargo worth billions of rand every month, and they are going home '
          'to shacks,"', "direct", "Qhina", "Mzwandile Qhina", speaker_at='shacks," Qhina said'),
        Q('"We are not asking for luxury. We are asking for dignity."', "direct", "Qhina", "Mzwandile Qhina",
          speaker_at='shacks," Qhina said'),
        Q('"until the employer comes back with something serious"', "partial", "He", "Mzwandile Qhina",
          speaker_at="He said the strike"),
        Q("that the company had activated contingency plans", "indirect", "Nomvuyo Ndlovu-Mathebula",
          "Nomvuyo Ndlovu-Mathebula"),
        Q('"engagements with organised labour are continuing"', "partial", "Nomvuyo Ndlovu-Mathebula",
          "Nomvuyo Ndlovu-Mathebula"),
        Q('"We regret the inconvenience to our customers and are doing everything possible to minimise disruption,"',
          "direct", "she", "Nomvuyo Ndlovu-Mathebula", speaker_at='disruption," she said'),
        Q("he took home about R9,000 a month after deductions", "indirect",
          "A crane operator who asked not to be named", None),
        Q('"My children ask me why I work at the harbour and we still don\'t have money,"', "direct", "he", None,
          speaker_at='money," he said'),
        Q('"cannot afford"', "partial", "Anele Matshaya", "Anele Matshaya"),
        Q('"Every day that ships cannot be loaded costs this economy money, and it sends a terrible message to '
          'investors who are already nervous about our ports,"', "direct", "Matshaya", "Anele Matshaya",
          speaker_at="Matshaya told"),
        Q("one man had been arrested for public violence after the windscreen of a truck was smashed near the gate, "
          "and would appear in the East London Magistrate's Court on Wednesday", "indirect", "Nozuko Soga-Mbete",
          "Nozuko Soga-Mbete"),
    ], source="blind"),
    Case("blind34-chambishi-blast", """Five miners die in Chambishi blast

FIVE miners were killed and 12 others injured when an explosion ripped through an underground section of Sino-Zam Chambishi Copper Mine on Tuesday night, police have confirmed.

Copperbelt Province Police Commissioner Chileshe Mwaba-Siame said the blast occurred at about 22:40 hours at the 520-metre level, where a team of 17 miners was charging explosives ahead of a scheduled blast.

“Five bodies have been retrieved and taken to Kitwe Teaching Hospital mortuary, while the injured are receiving treatment at the mine clinic and at Sinozam Hospital,” Mr Mwaba-Siame said.

He said the names of the deceased would be released once next of kin had been informed.

The mine’s general manager, Zhang Weiguo, said the company was “deeply saddened” by the accident.

“We will cooperate fully with the Mines Safety Department and the police to establish what went wrong,” Mr Zhang said. “Our thoughts are with the families of our colleagues.”

Mines and Minerals Development Minister Mwila Chanda-Mulenga, who visited the mine yesterday morning, told journalists that Government would not hesitate to close any mine found to be flouting safety regulations.

“We cannot continue to lose our young men underground because someone somewhere wants to save money,” Mr Chanda-Mulenga said.

Mineworkers Union of Zambia (MUZ) president Charles Mukuka-Banda said the union had raised concerns about ventilation in that section of the mine “on several occasions”.

“We wrote to management in August. We wrote again in October. Nobody listened,” he said.

But a mine spokesperson, who declined to be named because he was not authorised to speak to the media, said an inspection in September had found ventilation “within acceptable limits”.

Outside the mine gate, relatives waited anxiously for news throughout yesterday. Esther Mwansa, whose husband, Joseph, 34, is among the dead, said she had last spoken to him before he left for the night shift.

“He told me he would bring bread in the morning,” she said, breaking down.

The Chambishi blast is the third fatal accident in the Copperbelt mining sector this year.""", [
        Q("FIVE miners were killed and 12 others injured when an explosion ripped through an underground section of "
          "Sino-Zam Chambishi Copper Mine on Tuesday night", "indirect", "police", None,
          speaker_at="police have confirmed"),
        Q("the blast occurred at about 22:40 hours at the 520-metre level, where a team of 17 miners was charging "
          "explosives ahead of a scheduled blast", "indirect", "Chileshe Mwaba-Siame", "Chileshe Mwaba-Siame"),
        Q("“Five bodies have been retrieved and taken to Kitwe Teaching Hospital mortuary, while the injured are "
          "receiving treatment at the mine clinic and at Sinozam Hospital,”", "direct", "Mwaba-Siame",
          "Chileshe Mwaba-Siame", speaker_at="Mr Mwaba-Siame said"),
        Q("the names of the deceased would be released once next of kin had been informed", "indirect", "He",
          "Chileshe Mwaba-Siame", speaker_at="He said the names"),
        Q("“deeply saddened”", "partial", "Zhang Weiguo", "Zhang Weiguo"),
        Q("“We will cooperate fully with the Mines Safety Department and the police to establish what went wrong,”",
          "direct", "Zhang", "Zhang Weiguo", speaker_at="Mr Zhang said"),
        Q("“Our thoughts are with the families of our colleagues.”", "direct", "Zhang", "Zhang Weiguo",
          speaker_at="Mr Zhang said"),
        Q("that Government would not hesitate to close any mine found to be flouting safety regulations", "indirect",
          "Mwila Chanda-Mulenga", "Mwila Chanda-Mulenga"),
        Q("“We cannot continue to lose our young men underground because someone somewhere wants to save money,”",
          "direct", "Chanda-Mulenga", "Mwila Chanda-Mulenga", speaker_at="Mr Chanda-Mulenga said"),
        Q("“on several occasions”", "partial", "Charles Mukuka-Banda", "Charles Mukuka-Banda"),
        Q("“We wrote to management in August. We wrote again in October. Nobody listened,”", "direct", "he",
          "Charles Mukuka-Banda", speaker_at="listened,” he said"),
        Q("“within acceptable limits”", "partial", "a mine spokesperson", None),
        Q("she had last spoken to him before he left for the night shift", "indirect", "Esther Mwansa",
          "Esther Mwansa"),
        Q("“He told me he would bring bread in the morning,”", "direct", "she", "Esther Mwansa",
          speaker_at="she said, breaking"),
    ], source="blind"),
    Case("blind34-dubai-film", """Emirati debut takes top prize as independent film festival closes

Dubai: An Emirati drama about a family of former pearl divers won the Golden Falcon for best feature at the Emirates Independent Film Festival (EIFF) on Saturday night, the first time a local production has taken the festival’s top award.

“Salt and Silence”, the debut feature of 29-year-old director Mariam Al Suwaidi, follows three generations of women in a Ras Al Khaimah fishing village as the old coastline disappears under new development.

Al Suwaidi dedicated the award to her late grandmother, whose stories inspired the script.

“She used to tell me that the sea takes everything and gives nothing back, and I wanted to make a film that argued with her,” Al Suwaidi said as she accepted the trophy. “I think she would have liked it, even if she would never have admitted it.”

Presenting the award, Sheikha Latifa bint Saeed Al Nuaimi, the festival’s patron, said the number of Emirati submissions had doubled since the first edition in 2021.

“Our young filmmakers are not waiting for permission any more,” she said. “They are telling their own stories, in their own voices, and the world is starting to listen.”

Lebanese-French director Ziad Abou Khalil, who chaired the five-member jury, called the film “a quiet, brave work that trusts its audience”.

The best documentary award went to Indian filmmaker Arjun Venkataraman’s “The Last Dhow Builders”, shot over four years in the boatyards of Beypore in Kerala, while Filipino actor Joel Dela Cruz-Santos was named best actor for his role as a homesick hotel worker in “Remittance”.

Dela Cruz-Santos, who lives in Sharjah and works as a hotel receptionist himself, said he had almost turned down the part.

“I told the director I’m not an actor, I’m a receptionist,” he said, laughing. “He said that was exactly why he wanted me.”

Festival director Omar bin Saif Al Hammadi told Gulf News that ticket sales had risen 40 per cent on last year, with a record 21,000 people attending screenings over nine days.

Next year’s edition would move to a larger venue in Dubai Design District, he added.""", [
        Q("“She used to tell me that the sea takes everything and gives nothing back, and I wanted to make a film that "
          "argued with her,”", "direct", "Al Suwaidi", "Mariam Al Suwaidi", speaker_at="Al Suwaidi said"),
        Q("“I think she would have liked it, even if she would never have admitted it.”", "direct", "Al Suwaidi",
          "Mariam Al Suwaidi", speaker_at="Al Suwaidi said"),
        Q("the number of Emirati submissions had doubled since the first edition in 2021", "indirect",
          "Latifa bint Saeed Al Nuaimi", "Latifa bint Saeed Al Nuaimi"),
        Q("“Our young filmmakers are not waiting for permission any more,”", "direct", "she",
          "Latifa bint Saeed Al Nuaimi", speaker_at="more,” she said"),
        Q("“They are telling their own stories, in their own voices, and the world is starting to listen.”", "direct",
          "she", "Latifa bint Saeed Al Nuaimi", speaker_at="more,” she said"),
        Q("“a quiet, brave work that trusts its audience”", "partial", "Ziad Abou Khalil", "Ziad Abou Khalil"),
        Q("he had almost turned down the part", "indirect", "Dela Cruz-Santos", "Joel Dela Cruz-Santos",
          speaker_at="Dela Cruz-Santos, who lives"),
        Q("“I told the director I’m not an actor, I’m a receptionist,”", "direct", "he", "Joel Dela Cruz-Santos",
          speaker_at="receptionist,” he said"),
        Q("“He said that was exactly why he wanted me.”", "direct", "he", "Joel Dela Cruz-Santos",
          speaker_at="receptionist,” he said"),
        Q("that ticket sales had risen 40 per cent on last year, with a record 21,000 people attending screenings over "
          "nine days", "indirect", "Omar bin Saif Al Hammadi", "Omar bin Saif Al Hammadi"),
        Q("Next year’s edition would move to a larger venue in Dubai Design District", "indirect", "he",
          "Omar bin Saif Al Hammadi", speaker_at="he added"),
    ], source="blind"),
    Case("blind34-batangas-bridge", """4 dead as Batangas bridge gives way

Four people were killed and nine others injured when a section of the 180-meter Lumbangan Bridge in Nasugbu, Batangas collapsed Wednesday afternoon, sending a passenger jeepney and two motorcycles into the river below.

Nasugbu police chief Lt. Col. Jomar Alcantara said the fatalities, among them a seven-year-old girl, were declared dead on arrival at a district hospital.

According to the Municipal Disaster Risk Reduction and Management Office (MDRRMO), the bridge gave way at around 3:15 p.m. while a dump truck loaded with gravel was crossing.

“We heard a loud crack, like thunder, and then the middle of the bridge was just gone,” said Rowena Magbanua, 41, whose sari-sari store faces the bridge.

Magbanua said she and her neighbors waded into the river to pull passengers from the jeepney before rescuers arrived.

Batangas Gov. Carlito de Guzman, who inspected the site Wednesday night, said the provincial government would shoulder the hospital and burial expenses of the victims.

“This should never have happened. That bridge was inspected last year and we were told it was safe,” De Guzman told reporters.

Engr. Ramil Santos-Bautista, district engineer of the Department of Public Works and Highways (DPWH) Batangas 1st District Engineering Office, said the agency had closed the bridge to all traffic and ordered a structural investigation.

He said initial findings pointed to overloading, noting that the bridge had a load limit of 20 tons while the dump truck was carrying an estimated 35 tons.

The truck driver, who survived with minor injuries, is in police custody, Alcantara said.

Sen. Aurelio Macaraeg, chairman of the Senate committee on public works, said he would file a resolution seeking an inquiry.

“We have seen this story too many times — a bridge that passes inspection on paper and fails in real life,” Macaraeg said in a statement. “Somebody signed off on that bridge, and the public deserves to know who.”

Motorists were advised to use the Nasugbu-Lian diversion road while the bridge remained closed, the MDRRMO said.""", [
        Q("the fatalities, among them a seven-year-old girl, were declared dead on arrival at a district hospital",
          "indirect", "Jomar Alcantara", "Jomar Alcantara"),
        Q("the bridge gave way at around 3:15 p.m. while a dump truck loaded with gravel was crossing", "indirect",
          "the Municipal Disaster Risk Reduction and Management Office",
          "Municipal Disaster Risk Reduction and Management Office"),
        Q("“We heard a loud crack, like thunder, and then the middle of the bridge was just gone,”", "direct",
          "Rowena Magbanua", "Rowena Magbanua"),
        Q("she and her neighbors waded into the river to pull passengers from the jeepney before rescuers arrived",
          "indirect", "Magbanua", "Rowena Magbanua", speaker_at="Magbanua said"),
        Q("the provincial government would shoulder the hospital and burial expenses of the victims", "indirect",
          "Carlito de Guzman", "Carlito de Guzman"),
        Q("“This should never have happened. That bridge was inspected last year and we were told it was safe,”",
          "direct", "De Guzman", "Carlito de Guzman"),
        Q("the agency had closed the bridge to all traffic and ordered a structural investigation", "indirect",
          "Ramil Santos-Bautista", "Ramil Santos-Bautista"),
        Q("initial findings pointed to overloading", "indirect", "He", "Ramil Santos-Bautista",
          speaker_at="He said initial"),
        Q("that the bridge had a load limit of 20 tons while the dump truck was carrying an estimated 35 tons",
          "indirect", "He", "Ramil Santos-Bautista", speaker_at="He said initial"),
        Q("The truck driver, who survived with minor injuries, is in police custody", "indirect", "Alcantara",
          "Jomar Alcantara", speaker_at="custody, Alcantara said"),
        Q("he would file a resolution seeking an inquiry", "indirect", "Aurelio Macaraeg", "Aurelio Macaraeg"),
        Q("“We have seen this story too many times — a bridge that passes inspection on paper and fails in real life,”",
          "direct", "Macaraeg", "Aurelio Macaraeg", speaker_at="Macaraeg said in"),
        Q("“Somebody signed off on that bridge, and the public deserves to know who.”", "direct", "Macaraeg",
          "Aurelio Macaraeg", speaker_at="Macaraeg said in"),
        Q("Motorists were advised to use the Nasugbu-Lian diversion road while the bridge remained closed", "indirect",
          "the MDRRMO", "Municipal Disaster Risk Reduction and Management Office"),
    ], source="blind"),
    Case("blind34-pune-kabaddi", """Dalal's last-minute super raid hands Haryana national kabaddi title

Pune: Raider Ankit Dalal produced a super raid in the final minute as Haryana edged Services 38-36 to win the 71st Senior National Kabaddi Championship at the Shree Shiv Chhatrapati Sports Complex in Balewadi on Sunday.

Services had led 34-30 with four minutes to go, but two successful tackles and Dalal's three-point raid with 40 seconds remaining turned the match.

"I saw their left corner step up early and I knew that if I could get past him, the game was ours," Dalal, 22, said after the match. "Coach told me at the time-out, 'Don't think, just go.' So I went."

Services captain Havildar Ravi Kumar Yadav admitted his side had "given the match away" in the closing stages.

"We were leading by four with four minutes left. At this level you cannot lose from there," he said. "The boys are disappointed, but they will learn from this."

Haryana coach Ran Singh Dahiya, a former India international, said the young squad had shown "the temperament of champions". Seven of his 12 players were under 23, he pointed out.

Amateur Kabaddi Federation of India (AKFI) general secretary Kuldeep Singh Bains said the federation would name a 24-member probables list from the championship for the Asian Games camp, which begins in Gandhinagar next month.

"Ankit is the kind of raider who does not get scared in big moments. We will be watching him closely," Bains said.

Hosts Maharashtra finished third after beating Tamil Nadu 41-29 in the bronze-medal match. Tamil Nadu coach S. Manikandan blamed fatigue, saying his team had played three matches in two days.

"The schedule was very tight. My players had nothing left in the legs," Manikandan said.

The women's final, between Himachal Pradesh and Indian Railways, will be played on Monday.""", [
        Q('"I saw their left corner step up early and I knew that if I could get past him, the game was ours,"',
          "direct", "Dalal", "Ankit Dalal", speaker_at="Dalal, 22, said"),
        Q('"Coach told me at the time-out, \'Don\'t think, just go.\' So I went."', "direct", "Dalal", "Ankit Dalal",
          speaker_at="Dalal, 22, said"),
        Q('"given the match away"', "partial", "Ravi Kumar Yadav", "Ravi Kumar Yadav"),
        Q('"We were leading by four with four minutes left. At this level you cannot lose from there,"', "direct",
          "he", "Ravi Kumar Yadav", speaker_at='there," he said'),
        Q('"The boys are disappointed, but they will learn from this."', "direct", "he", "Ravi Kumar Yadav",
          speaker_at='there," he said'),
        Q('"the temperament of champions"', "partial", "Ran Singh Dahiya", "Ran Singh Dahiya"),
        Q("Seven of his 12 players were under 23", "indirect", "he", "Ran Singh Dahiya", speaker_at="he pointed out"),
        Q("the federation would name a 24-member probables list from the championship for the Asian Games camp, which "
          "begins in Gandhinagar next month", "indirect", "Kuldeep Singh Bains", "Kuldeep Singh Bains"),
        Q('"Ankit is the kind of raider who does not get scared in big moments. We will be watching him closely,"',
          "direct", "Bains", "Kuldeep Singh Bains", speaker_at='closely," Bains said'),
        Q("his team had played three matches in two days", "indirect", "S. Manikandan", "S. Manikandan"),
        Q('"The schedule was very tight. My players had nothing left in the legs,"', "direct", "Manikandan",
          "S. Manikandan", speaker_at="Manikandan said"),
    ], source="blind"),
    Case("blind34-eutaw-bluesman", """Otis 'Catfish' Whitfield, Black Belt bluesman, dies at 88

EUTAW — Otis Lee "Catfish" Whitfield, the Greene County guitarist whose raw, stomping blues carried the sound of Alabama's Black Belt from country juke joints to festival stages in Europe, died Saturday at his home near Boligee. He was 88.

His daughter, Loretta Whitfield-Moore, said he died peacefully in his sleep with family around him.

Born in 1937 to sharecroppers on a cotton farm outside Forkland, Whitfield taught himself to play on a one-string "diddley bow" nailed to the side of the family's house. He bought his first guitar, a used Silvertone, with $11 he earned picking cotton.

"Daddy never wanted to be famous. He wanted to play on Saturday night and be in church on Sunday morning, and that's what he did for seventy years," Whitfield-Moore said.

For most of his life Whitfield worked days at a sawmill in Demopolis and played weekends at juke joints across Greene, Sumter and Marengo counties. He recorded his first album, "Cotton Row Stomp," at 61, for a small Mississippi label.

That record caught the ear of French producer Jean-Claude Le Goff, who brought Whitfield to festivals in France, Belgium and the Netherlands over the following decade.

"When he walked on stage in Cahors in 1999, nobody knew who he was. Twenty minutes later there were people crying," Le Goff said in a phone interview from Lyon. "He played like the guitar owed him money."

Whitfield received the Alabama Folk Heritage Award in 2006 and played his last public show at the Black Belt Folk Roots Festival in 2019.

The Rev. Willie J. Spencer, pastor of Mount Zion Missionary Baptist Church, where Whitfield served as a deacon for four decades, said the family had asked that his guitar be placed beside the casket.

"He'd play the blues all night and then be in the front pew at 11 o'clock. Some folks had a problem with that. The Lord didn't," Spencer said.

Funeral services will be held at 1 p.m. Saturday at Mount Zion Missionary Baptist Church in Boligee, with burial in the church cemetery, according to Lavender Funeral Home of Eutaw.

Survivors include his daughter; two sons, Marcus Whitfield of Birmingham and Otis Whitfield Jr. of Chicago; 11 grandchildren; and 14 great-grandchildren. His wife of 58 years, Ruby, died in 2019.""", [
        Q("he died peacefully in his sleep with family around him", "indirect", "Loretta Whitfield-Moore",
          "Loretta Whitfield-Moore"),
        Q('"Daddy never wanted to be famous. He wanted to play on Saturday night and be in church on Sunday morning, '
          'and that\'s what he did for seventy years,"', "direct", "Whitfield-Moore", "Loretta Whitfield-Moore",
          speaker_at="Whitfield-Moore said"),
        Q('"When he walked on stage in Cahors in 1999, nobody knew who he was. Twenty minutes later there were people '
          'crying,"', "direct", "Le Goff", "Jean-Claude Le Goff", speaker_at="Le Goff said"),
        Q('"He played like the guitar owed him money."', "direct", "Le Goff", "Jean-Claude Le Goff",
          speaker_at="Le Goff said"),
        Q("the family had asked that his guitar be placed beside the casket", "indirect", "Willie J. Spencer",
          "Willie J. Spencer"),
        Q('"He\'d play the blues all night and then be in the front pew at 11 o\'clock. Some folks had a problem with '
          'that. The Lord didn\'t,"', "direct", "Spencer", "Willie J. Spencer", speaker_at="Spencer said"),
        Q("Funeral services will be held at 1 p.m. Saturday at Mount Zion Missionary Baptist Church in Boligee, with "
          "burial in the church cemetery", "indirect", "Lavender Funeral Home", "Lavender Funeral Home"),
    ], source="blind"),
]
