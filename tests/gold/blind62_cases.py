"""Blind gold (set 62): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and local papers from
many countries (curly, straight and British single quotes), with every quote
annotated by hand. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind62-arson-trial", """Man guilty of setting neighbour’s house alight after parking row

A man who poured petrol through his neighbour’s letterbox and set it alight after a long-running row over parking has been found guilty of arson with intent to endanger life.

Darren Ashcroft-Pye, 47, was convicted by a jury at Chelmsford Crown Court on Tuesday following a six-day trial.

Ashcroft-Pye had been involved in a dispute with the family next door in Braintree, Essex, for almost two years before the fire in the early hours of March 3 last year.

Prosecutor Nadia Okonkwo-Hale told jurors the defendant had been captured on a doorbell camera carrying a red fuel can minutes before flames were seen at the front door.

“This was not a moment of madness,” she said. “It was a planned attack on a house where he knew a family, including two young children, were asleep.”

The family escaped through a back window after being woken by a smoke alarm. Emma Lindqvist, who lived at the property with her partner and their children, said in a statement read to the court that she still could not sleep through the night.

“Every time I smell smoke, I am back on that landing, screaming for the kids,” she wrote.

Ashcroft-Pye, who denied the charge, told police he had gone out to “check on his car” that night. His barrister, Rupert Fairclough KC, argued that the footage was “too grainy to identify anyone”.

Judge Caroline Mbeki-Rowe remanded him in custody and adjourned sentencing until next month.

“You will understand that the only sentence I am considering is a lengthy one,” she told him.

Speaking outside court, Detective Constable Imran Siddiqui, of Essex Police, said: “The victims have shown remarkable courage throughout this process. We hope today’s verdict gives them some measure of peace.”

Essex Police said the family had since been rehoused by the local authority.""", [
        Q("the defendant had been captured on a doorbell camera carrying a red fuel can minutes before flames were "
          "seen at the front door", "indirect", "Nadia Okonkwo-Hale", "Nadia Okonkwo-Hale"),
        Q("“This was not a moment of madness,”", "direct", "she", "Nadia Okonkwo-Hale", speaker_at="she said. “It"),
        Q("“It was a planned attack on a house where he knew a family, including two young children, were asleep.”",
          "direct", "she", "Nadia Okonkwo-Hale", speaker_at="she said. “It"),
        Q("that she still could not sleep through the night", "indirect", "Emma Lindqvist", "Emma Lindqvist"),
        Q("“Every time I smell smoke, I am back on that landing, screaming for the kids,”", "direct", "she",
          "Emma Lindqvist", speaker_at="she wrote"),
        Q("“check on his car”", "partial", "Ashcroft-Pye", "Darren Ashcroft-Pye",
          speaker_at="Ashcroft-Pye, who denied"),
        Q("“too grainy to identify anyone”", "partial", "Rupert Fairclough", "Rupert Fairclough"),
        Q("“You will understand that the only sentence I am considering is a lengthy one,”", "direct", "she",
          "Caroline Mbeki-Rowe", speaker_at="she told him"),
        Q("“The victims have shown remarkable courage throughout this process. We hope today’s verdict gives them "
          "some measure of peace.”", "direct", "Imran Siddiqui", "Imran Siddiqui"),
        Q("the family had since been rehoused by the local authority", "indirect", "Essex Police", "Essex Police",
          speaker_at="Essex Police said"),
    ]),
    Case("blind62-busan-port", """Busan port container volume hits record high in 2023

BUSAN, Jan. 18 (Yonhap) -- Container volume handled at Busan port, South Korea's largest, rose 4.1 percent last year to a record 23.5 million twenty-foot equivalent units (TEUs), the port operator said Thursday, as transshipment cargo rebounded despite sluggish exports.

According to the Busan Port Authority (BPA), transshipment cargo, or goods unloaded in Busan before being sent on to third countries, jumped 9.6 percent to 12.4 million TEUs, accounting for more than half of the total for the first time.

"Global shipping lines have increasingly chosen Busan as their hub in Northeast Asia, thanks to our competitive fees and expanded berths," BPA President Kang Joon-seok said in a press release.

Kang said the authority aims to handle 24.3 million TEUs this year and will open two more berths at the new port in Jinhae by the end of 2026.

Import and export cargo, however, fell 1.7 percent on-year to 11.1 million TEUs, reflecting weaker trade with China, the BPA said.

Industry watchers said the figures point to a widening gap between the port's role as a regional logistics hub and the health of the domestic economy.

"The transshipment numbers are impressive, but they mostly depend on decisions made in Copenhagen, Geneva and Shanghai, not in Seoul," said Lee Min-ji, a senior researcher at the Korea Maritime Institute. "If one large alliance reshuffles its network, Busan could lose a big chunk overnight."

Lee noted that rival ports in Shanghai and Ningbo had also posted strong growth last year.

Separately, the oceans ministry said it would spend 1.2 trillion won (US$895 million) through 2028 to automate cranes and yard equipment at Busan and Gwangyang ports.

Oceans Minister Yoon Jae-hyeon told reporters during a visit to the port earlier this week that automation was "no longer a choice but a matter of survival" for Korean ports, pledging close consultation with dock workers.

The Korean Federation of Port and Transport Workers' Unions has voiced concern over possible job losses, saying in a statement last month that the government must "put people before machines."

(END)""", [
        Q("Container volume handled at Busan port, South Korea's largest, rose 4.1 percent last year to a record 23.5 "
          "million twenty-foot equivalent units (TEUs)", "indirect", "the port operator", "Busan Port Authority"),
        Q("transshipment cargo, or goods unloaded in Busan before being sent on to third countries, jumped 9.6 percent "
          "to 12.4 million TEUs, accounting for more than half of the total for the first time", "indirect",
          "the Busan Port Authority", "Busan Port Authority"),
        Q('"Global shipping lines have increasingly chosen Busan as their hub in Northeast Asia, thanks to our '
          'competitive fees and expanded berths,"', "direct", "Kang Joon-seok", "Kang Joon-seok"),
        Q("the authority aims to handle 24.3 million TEUs this year and will open two more berths at the new port in "
          "Jinhae by the end of 2026", "indirect", "Kang", "Kang Joon-seok", speaker_at="Kang said"),
        Q("Import and export cargo, however, fell 1.7 percent on-year to 11.1 million TEUs, reflecting weaker trade "
          "with China", "indirect", "the BPA", "Busan Port Authority", speaker_at="the BPA said"),
        Q("the figures point to a widening gap between the port's role as a regional logistics hub and the health of "
          "the domestic economy", "indirect", "Industry watchers", None),
        Q('"The transshipment numbers are impressive, but they mostly depend on decisions made in Copenhagen, Geneva '
          'and Shanghai, not in Seoul,"', "direct", "Lee Min-ji", "Lee Min-ji"),
        Q('"If one large alliance reshuffles its network, Busan could lose a big chunk overnight."', "direct",
          "Lee Min-ji", "Lee Min-ji"),
        Q("that rival ports in Shanghai and Ningbo had also posted strong growth last year", "indirect", "Lee",
          "Lee Min-ji", speaker_at="Lee noted"),
        Q("it would spend 1.2 trillion won (US$895 million) through 2028 to automate cranes and yard equipment at "
          "Busan and Gwangyang ports", "indirect", "the oceans ministry", None),
        Q('"no longer a choice but a matter of survival"', "partial", "Yoon Jae-hyeon", "Yoon Jae-hyeon"),
        Q('"put people before machines."', "partial", "The Korean Federation of Port and Transport Workers\' Unions",
          "Korean Federation of Port and Transport Workers' Unions"),
    ]),
    Case("blind62-braunstone-byelection", """Labour holds Braunstone Park seat in city council by-election

Labour has held on to a Leicester City Council seat in a by-election that saw fewer than one in five voters turn out.

Harjit Kaur Sandhu won the Braunstone Park and Rowley Fields ward with 1,142 votes, ahead of the Green Party’s Tomasz Wiśniewski on 687 and independent candidate Dave Clements on 511. The Conservatives came fourth with 298.

The by-election was called after the death in August of long-serving councillor Bernard O’Donoghue, who had represented the ward since 1996.

Turnout was 18.6 per cent, down from 27 per cent at the last full council election.

Speaking after the result was declared at the count in Aylestone, Ms Sandhu said: “I want to thank every single person who came out in the rain today. Bernard was a giant in this ward and I know I have big shoes to fill.”

She said her priorities would be tackling fly-tipping, improving the state of local parks and getting Braunstone library open five days a week again.

Campaigning had been dominated by the closure of the ward’s last bank branch and by the state of the so-called “forgotten estates” on the edge of the city.

Mr Wiśniewski said the Greens had “more than doubled” their vote since 2023 and would be “back in May to finish the job”.

“People here are tired of being taken for granted,” he told the Mercury. “Tonight shows they are looking for something different.”

Mr Clements, a retired bus driver who stood on a campaign to restore the number 14 service, said he was disappointed but was “not going anywhere”.

Cllr Adam Khalifa-Brown, deputy leader of the city council’s Labour group, described the result as “a strong vote of confidence in our plans for the city”, although he admitted the low turnout was “a worry for all of us”.

A spokesperson for the Conservative group declined to comment on the night.

The new councillor will be formally sworn in at the next full council meeting on October 17.""", [
        Q("“I want to thank every single person who came out in the rain today. Bernard was a giant in this ward and I "
          "know I have big shoes to fill.”", "direct", "Sandhu", "Harjit Kaur Sandhu", speaker_at="Ms Sandhu said"),
        Q("her priorities would be tackling fly-tipping, improving the state of local parks and getting Braunstone "
          "library open five days a week again", "indirect", "She", "Harjit Kaur Sandhu", speaker_at="She said her"),
        Q("“more than doubled”", "partial", "Wiśniewski", "Tomasz Wiśniewski", speaker_at="Mr Wiśniewski said"),
        Q("“back in May to finish the job”", "partial", "Wiśniewski", "Tomasz Wiśniewski",
          speaker_at="Mr Wiśniewski said"),
        Q("“People here are tired of being taken for granted,”", "direct", "he", "Tomasz Wiśniewski",
          speaker_at="he told the Mercury"),
        Q("“Tonight shows they are looking for something different.”", "direct", "he", "Tomasz Wiśniewski",
          speaker_at="he told the Mercury"),
        Q("he was disappointed", "indirect", "Clements", "Dave Clements", speaker_at="Mr Clements"),
        Q("“not going anywhere”", "partial", "Clements", "Dave Clements", speaker_at="Mr Clements"),
        Q("“a strong vote of confidence in our plans for the city”", "partial", "Adam Khalifa-Brown",
          "Adam Khalifa-Brown"),
        Q("“a worry for all of us”", "partial", "he", "Adam Khalifa-Brown", speaker_at="he admitted"),
    ]),
    Case("blind62-longman-landfill", """Residents vow to fight on after councillors back Longman landfill extension

Campaigners in Inverness say they will 'explore every avenue' after Highland Council approved plans to keep the Longman landfill site open for a further eight years.

Members of the south planning applications committee voted seven to four in favour of the application on Tuesday, despite more than 300 objections.

The site, which had been due to close in 2026, will now continue to take commercial waste until 2034 under conditions including stricter odour monitoring and a ban on deliveries before 7am.

Fiona MacLeod-Grant, chairwoman of the Longman and Merkinch Residents' Association, said the decision was 'a kick in the teeth' for families who had put up with the smell for decades.

'We were promised this was temporary. My mother was promised it was temporary,' she said. 'On a warm evening you cannot open a window. Nobody on that committee would accept that in their own street.'

She added that the association would be taking legal advice on a possible judicial review.

Committee chairman Alasdair Mackenzie-Ross said the council had listened carefully to residents but had to weigh their concerns against the lack of alternatives.

'There is no other licensed site in the Highlands that can take this volume of waste at present,' he told the meeting. 'If we refuse this, lorries will be driving it to Aberdeenshire or the central belt, with all the cost and emissions that brings.'

Dr Eilidh NicAoidh, one of the four members who voted against, said she was 'deeply uncomfortable' with the decision and warned that the council risked 'sleepwalking into another decade of the same'.

According to the Scottish Environment Protection Agency, the site has been the subject of 41 odour complaints in the past year but has not breached its permit.

A Highland Council spokesman said: 'The extension includes the most robust set of conditions ever attached to a waste site in the region, and these will be rigorously enforced.'

The operator, Highland Waste Solutions Ltd, did not respond to a request for comment from the Courier.""", [
        Q("'explore every avenue'", "partial", "Campaigners in Inverness", None),
        Q("'a kick in the teeth'", "partial", "Fiona MacLeod-Grant", "Fiona MacLeod-Grant"),
        Q("'We were promised this was temporary. My mother was promised it was temporary,'", "direct", "she",
          "Fiona MacLeod-Grant", speaker_at="she said. 'On"),
        Q("'On a warm evening you cannot open a window. Nobody on that committee would accept that in their own "
          "street.'", "direct", "she", "Fiona MacLeod-Grant", speaker_at="she said. 'On"),
        Q("that the association would be taking legal advice on a possible judicial review", "indirect", "She",
          "Fiona MacLeod-Grant", speaker_at="She added"),
        Q("the council had listened carefully to residents but had to weigh their concerns against the lack of "
          "alternatives", "indirect", "Alasdair Mackenzie-Ross", "Alasdair Mackenzie-Ross"),
        Q("'There is no other licensed site in the Highlands that can take this volume of waste at present,'",
          "direct", "he", "Alasdair Mackenzie-Ross", speaker_at="he told the meeting"),
        Q("'If we refuse this, lorries will be driving it to Aberdeenshire or the central belt, with all the cost and "
          "emissions that brings.'", "direct", "he", "Alasdair Mackenzie-Ross", speaker_at="he told the meeting"),
        Q("'deeply uncomfortable'", "partial", "Eilidh NicAoidh", "Eilidh NicAoidh"),
        Q("'sleepwalking into another decade of the same'", "partial", "Eilidh NicAoidh", "Eilidh NicAoidh"),
        Q("the site has been the subject of 41 odour complaints in the past year but has not breached its permit",
          "indirect", "the Scottish Environment Protection Agency", "Scottish Environment Protection Agency"),
        Q("'The extension includes the most robust set of conditions ever attached to a waste site in the region, "
          "and these will be rigorously enforced.'", "direct", "A Highland Council spokesman", None),
    ]),
    Case("blind62-midwife-obituary", """Tubbercurry mourns midwife who brought generations into the world

There was standing room only at St John the Evangelist Church in Tubbercurry on Saturday as the people of south Sligo said farewell to retired midwife Kathleen Ní Bhriain, who died peacefully at Sligo University Hospital last Wednesday, aged 91.

Born in Gweedore, Co Donegal, in 1933, Kathleen trained at Holles Street before moving to Tubbercurry in 1959 as the area’s district midwife, a post she held for almost 35 years. Known to everyone simply as “Nurse Kathleen”, she kept a handwritten ledger of every birth she attended, and by its final page she had delivered 3,112 babies, many of them at home.

“She would arrive on a High Nelly bicycle in the middle of a January night, soaked to the skin, and the first thing she’d do was put the kettle on,” her son, Pádraig Gilligan, told mourners in his eulogy. “Then she’d look at the mother and say, ‘Now, we’ll have none of that fuss.’”

Parish priest Fr Seán de Búrca, who celebrated the funeral Mass, said Kathleen had “held the first breath of half this parish in her hands”.

Dr Niamh Okafor-Byrne, a GP in the town for three decades, remembered her as “formidable, fearless and very funny”.

“When I arrived here as a young doctor, Kathleen took me aside and told me which families I should visit first and which dogs I should avoid,” Dr Okafor-Byrne said. “She was right about all of them.”

In a statement, the Cathaoirleach of Sligo County Council, Cllr Tom Durcan, said the county had lost one of its great public servants and that her work “will be remembered in every townland from Curry to Cloonacool”.

In 2009 Kathleen was honoured by the Irish Nurses and Midwives Organisation for her service to rural maternity care. Accepting the award in Dublin, she insisted she had simply done “what any neighbour would do, only with better scissors”.

She was predeceased by her husband, Michael, in 2011, and is survived by her sons Pádraig and Liam, her daughter Siobhán, 11 grandchildren and six great-grandchildren.

Burial took place afterwards in Mullinabreena cemetery. Her family have asked that donations, in lieu of flowers, be made to the Sligo Hospice.""", [
        Q("“She would arrive on a High Nelly bicycle in the middle of a January night, soaked to the skin, and the "
          "first thing she’d do was put the kettle on,”", "direct", "Pádraig Gilligan", "Pádraig Gilligan"),
        Q("“Then she’d look at the mother and say, ‘Now, we’ll have none of that fuss.’”", "direct",
          "Pádraig Gilligan", "Pádraig Gilligan"),
        Q("“held the first breath of half this parish in her hands”", "partial", "Seán de Búrca", "Seán de Búrca"),
        Q("“formidable, fearless and very funny”", "partial", "Niamh Okafor-Byrne", "Niamh Okafor-Byrne"),
        Q("“When I arrived here as a young doctor, Kathleen took me aside and told me which families I should visit "
          "first and which dogs I should avoid,”", "direct", "Okafor-Byrne", "Niamh Okafor-Byrne",
          speaker_at="Dr Okafor-Byrne said"),
        Q("“She was right about all of them.”", "direct", "Okafor-Byrne", "Niamh Okafor-Byrne",
          speaker_at="Dr Okafor-Byrne said"),
        Q("the county had lost one of its great public servants", "indirect", "Tom Durcan", "Tom Durcan"),
        Q("“will be remembered in every townland from Curry to Cloonacool”", "partial", "Tom Durcan", "Tom Durcan"),
        Q("“what any neighbour would do, only with better scissors”", "partial", "she", "Kathleen Ní Bhriain",
          speaker_at="she insisted"),
    ]),
    Case("blind62-bendigo-motocross", """Heat forces early finish to Bendigo motocross round

Extreme heat forced organisers to cut short the second round of the Victorian Motocross Championship at Golden Square on Sunday, with the temperature at the track reaching 41.3 degrees by 2pm.

Motorcycling Victoria (MV) race director Rob van der Linde said the call to abandon the final two motos in the senior classes was made "with rider welfare front of mind".

"We had two riders treated for heat exhaustion after the first moto and the track was getting harder and dustier by the minute," van der Linde said. "It's not a decision anyone wanted to make, but it was the right one."

Local rider Tayla Nguyen-Hall, 17, who was leading the MX2 women's class at the time, said she was disappointed but understood the decision.

"I drank about four litres of water before lunch and I was still cooked," she said with a laugh. "My goggles were fogging up from the sweat."

Ambulance Victoria said paramedics treated three people at the venue, including a spectator, and none needed to go to hospital.

According to the Bureau of Meteorology, it was Bendigo's hottest February day since 2009.

Bureau senior forecaster Dr Angus Tan-Whitfield warned the heat would hang around into Tuesday, with a cool change not expected until late in the week.

"Overnight temperatures aren't dropping below the mid-20s, and that's what really takes a toll on people's bodies," he said.

The Bendigo Motorcycle Club has hosted the February round for more than a decade, but club president Sharon O'Loughlin said the committee would look at asking for a cooler slot on next season's calendar.

"We love hosting this event, but summers are getting longer and hotter, it's as simple as that," Ms O'Loughlin said.

"The volunteers were out there from 5am setting up, and every one of them was cooked by midday."

Results from the completed motos will stand, MV confirmed in a statement on Sunday night. The third round is scheduled for Broadford in March.""", [
        Q('"with rider welfare front of mind"', "partial", "Rob van der Linde", "Rob van der Linde"),
        Q('"We had two riders treated for heat exhaustion after the first moto and the track was getting harder and '
          'dustier by the minute,"', "direct", "van der Linde", "Rob van der Linde",
          speaker_at='," van der Linde said'),
        Q('"It\'s not a decision anyone wanted to make, but it was the right one."', "direct", "van der Linde",
          "Rob van der Linde", speaker_at='," van der Linde said'),
        Q("she was disappointed but understood the decision", "indirect", "Tayla Nguyen-Hall", "Tayla Nguyen-Hall"),
        Q('"I drank about four litres of water before lunch and I was still cooked,"', "direct", "she",
          "Tayla Nguyen-Hall", speaker_at="she said with a laugh"),
        Q('"My goggles were fogging up from the sweat."', "direct", "she", "Tayla Nguyen-Hall",
          speaker_at="she said with a laugh"),
        Q("paramedics treated three people at the venue, including a spectator, and none needed to go to hospital",
          "indirect", "Ambulance Victoria", "Ambulance Victoria"),
        Q("it was Bendigo's hottest February day since 2009", "indirect", "the Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("the heat would hang around into Tuesday, with a cool change not expected until late in the week",
          "indirect", "Angus Tan-Whitfield", "Angus Tan-Whitfield"),
        Q('"Overnight temperatures aren\'t dropping below the mid-20s, and that\'s what really takes a toll on '
          'people\'s bodies,"', "direct", "he", "Angus Tan-Whitfield", speaker_at="he said"),
        Q("the committee would look at asking for a cooler slot on next season's calendar", "indirect",
          "Sharon O'Loughlin", "Sharon O'Loughlin"),
        Q('"We love hosting this event, but summers are getting longer and hotter, it\'s as simple as that,"',
          "direct", "O'Loughlin", "Sharon O'Loughlin", speaker_at="Ms O'Loughlin said"),
        Q('"The volunteers were out there from 5am setting up, and every one of them was cooked by midday."',
          "direct", "O'Loughlin", "Sharon O'Loughlin", speaker_at="Ms O'Loughlin said"),
        Q("Results from the completed motos will stand", "indirect", "MV", "Motorcycling Victoria",
          speaker_at="MV confirmed"),
    ]),
    Case("blind62-whanganui-flood", """Whanganui River peaks as families evacuated from Anzac Parade

Dozens of households along Anzac Parade spent Thursday night in emergency accommodation after heavy rain sent the Whanganui River to its highest level in almost three years.

The river peaked at 14.2 metres at the Dublin Street Bridge at about 4am on Friday, Horizons Regional Council said, below the record set in June 2015 but well above the flood warning threshold.

Whanganui District Council’s local controller for civil defence, Aroha Te Huia-Walker, said about 60 people had registered at the evacuation centre at the War Memorial Centre overnight.

“The community response has been incredible,” she said. “We had marae, church groups and local businesses turning up with kai and blankets before we’d even asked.”

Te Huia-Walker said the Dublin Street Bridge would remain closed until engineers had inspected it.

Anzac Parade resident Hemi Paraone, 68, said the water had reached the bottom step of his house by midnight.

“I’ve lived here 40 years and I’ve seen it come up plenty of times, but never that fast,” he said. “One minute the lawn was there, the next it was gone.”

Mayor Lisette de Wijk told the Chronicle the council would ask the Government for help with the clean-up and would review its stopbank programme once the water had receded.

“We have done a lot of work since 2015, and that work held up last night,” de Wijk said. “But a district of our size can’t keep doing this on its own.”

Horizons group manager of river management Dr Ramesh Subramaniam said the stopbanks had performed as designed, though some sections on the true left bank had been “tested harder than we would like”.

MetService meteorologist Ngaio Fitzgerald-Tane said a further band of rain was expected on Sunday, though it would be “nothing like what we saw this week”.

According to NZ Transport Agency Waka Kotahi, State Highway 4 north of the city remained closed on Friday afternoon because of slips near Upokongaro.

Residents who need help with clean-up can call the council’s contact centre.""", [
        Q("The river peaked at 14.2 metres at the Dublin Street Bridge at about 4am on Friday", "indirect",
          "Horizons Regional Council", "Horizons Regional Council"),
        Q("about 60 people had registered at the evacuation centre at the War Memorial Centre overnight", "indirect",
          "Aroha Te Huia-Walker", "Aroha Te Huia-Walker"),
        Q("“The community response has been incredible,”", "direct", "she", "Aroha Te Huia-Walker",
          speaker_at="she said. “We"),
        Q("“We had marae, church groups and local businesses turning up with kai and blankets before we’d even asked.”",
          "direct", "she", "Aroha Te Huia-Walker", speaker_at="she said. “We"),
        Q("the Dublin Street Bridge would remain closed until engineers had inspected it", "indirect",
          "Te Huia-Walker", "Aroha Te Huia-Walker", speaker_at="Te Huia-Walker said the Dublin"),
        Q("the water had reached the bottom step of his house by midnight", "indirect", "Hemi Paraone",
          "Hemi Paraone"),
        Q("“I’ve lived here 40 years and I’ve seen it come up plenty of times, but never that fast,”", "direct", "he",
          "Hemi Paraone", speaker_at="he said. “One"),
        Q("“One minute the lawn was there, the next it was gone.”", "direct", "he", "Hemi Paraone",
          speaker_at="he said. “One"),
        Q("the council would ask the Government for help with the clean-up and would review its stopbank programme "
          "once the water had receded", "indirect", "Lisette de Wijk", "Lisette de Wijk"),
        Q("“We have done a lot of work since 2015, and that work held up last night,”", "direct", "de Wijk",
          "Lisette de Wijk", speaker_at="de Wijk said"),
        Q("“But a district of our size can’t keep doing this on its own.”", "direct", "de Wijk", "Lisette de Wijk",
          speaker_at="de Wijk said"),
        Q("the stopbanks had performed as designed", "indirect", "Ramesh Subramaniam", "Ramesh Subramaniam"),
        Q("“tested harder than we would like”", "partial", "Ramesh Subramaniam", "Ramesh Subramaniam"),
        Q("a further band of rain was expected on Sunday", "indirect", "Ngaio Fitzgerald-Tane",
          "Ngaio Fitzgerald-Tane"),
        Q("“nothing like what we saw this week”", "partial", "Ngaio Fitzgerald-Tane", "Ngaio Fitzgerald-Tane"),
        Q("State Highway 4 north of the city remained closed on Friday afternoon because of slips near Upokongaro",
          "indirect", "NZ Transport Agency Waka Kotahi", "NZ Transport Agency Waka Kotahi"),
    ]),
    Case("blind62-kasese-cholera", """Health ministry confirms cholera outbreak in Kasese

KAMPALA. The Ministry of Health has confirmed an outbreak of cholera in Kasese District, with at least 23 cases and two deaths recorded in the past week, mostly among fishing communities on the shores of Lake George.

In a statement issued on Tuesday, the ministry’s Director General of Health Services, Dr Grace Kyomuhendo Tumwesigye, said samples taken from patients at Bwera Hospital had tested positive for Vibrio cholerae at the Central Public Health Laboratories.

“The ministry has activated the district task force and deployed a rapid response team to support case management, surveillance and community sensitisation,” Dr Tumwesigye said.

The Kasese District Health Officer, Dr Yusuf Baluku-Mbusa, told Monitor that most of the patients were from Katwe and Kahendero landing sites.

Access to safe water at the landing sites remains a big problem, he said, adding that some residents draw their drinking water directly from the lake.

“We are asking people to boil their drinking water, wash hands with soap and avoid eating cold food sold by vendors,” Dr Baluku-Mbusa said. “Any person with diarrhoea and vomiting should report immediately to the nearest health facility. Treatment is free.”

The outbreak comes weeks after cholera cases were confirmed in North Kivu province in the Democratic Republic of Congo, which borders Kasese. According to the World Health Organisation, more than 1,200 cases have been recorded in North Kivu since January.

The Kasese Resident District Commissioner, Lt Col (rtd) Joseph Mwesigwa Kato, said security agencies would enforce a ban on the sale of cooked food in open markets until the outbreak is contained.

Residents at Katwe, however, said they had not yet seen any health workers in the area.

“They talk on radio, but nobody has come here,” said Ms Scovia Biira, a fishmonger. “We still use the lake water because the tap at the landing site broke last year.”

The Uganda Red Cross Society said it had dispatched 50 volunteers to the landing sites and would distribute water purification tablets to more than 3,000 households this week.""", [
        Q("samples taken from patients at Bwera Hospital had tested positive for Vibrio cholerae at the Central Public "
          "Health Laboratories", "indirect", "Grace Kyomuhendo Tumwesigye", "Grace Kyomuhendo Tumwesigye"),
        Q("“The ministry has activated the district task force and deployed a rapid response team to support case "
          "management, surveillance and community sensitisation,”", "direct", "Tumwesigye",
          "Grace Kyomuhendo Tumwesigye", speaker_at="Dr Tumwesigye said"),
        Q("that most of the patients were from Katwe and Kahendero landing sites", "indirect", "Yusuf Baluku-Mbusa",
          "Yusuf Baluku-Mbusa"),
        Q("Access to safe water at the landing sites remains a big problem", "indirect", "he", "Yusuf Baluku-Mbusa",
          speaker_at="he said, adding"),
        Q("that some residents draw their drinking water directly from the lake", "indirect", "he",
          "Yusuf Baluku-Mbusa", speaker_at="he said, adding"),
        Q("“We are asking people to boil their drinking water, wash hands with soap and avoid eating cold food sold "
          "by vendors,”", "direct", "Baluku-Mbusa", "Yusuf Baluku-Mbusa", speaker_at="Dr Baluku-Mbusa said"),
        Q("“Any person with diarrhoea and vomiting should report immediately to the nearest health facility. "
          "Treatment is free.”", "direct", "Baluku-Mbusa", "Yusuf Baluku-Mbusa", speaker_at="Dr Baluku-Mbusa said"),
        Q("more than 1,200 cases have been recorded in North Kivu since January", "indirect",
          "the World Health Organisation", "World Health Organisation"),
        Q("security agencies would enforce a ban on the sale of cooked food in open markets until the outbreak is "
          "contained", "indirect", "Joseph Mwesigwa Kato", "Joseph Mwesigwa Kato"),
        Q("they had not yet seen any health workers in the area", "indirect", "Residents at Katwe", None),
        Q("“They talk on radio, but nobody has come here,”", "direct", "Scovia Biira", "Scovia Biira"),
        Q("“We still use the lake water because the tap at the landing site broke last year.”", "direct",
          "Scovia Biira", "Scovia Biira"),
        Q("it had dispatched 50 volunteers to the landing sites and would distribute water purification tablets to "
          "more than 3,000 households this week", "indirect", "The Uganda Red Cross Society",
          "Uganda Red Cross Society"),
    ]),
    Case("blind62-fct-nurses-strike", """Nurses begin indefinite strike in FCT hospitals over unpaid allowances

Nurses and midwives in public hospitals across the Federal Capital Territory (FCT) on Monday began an indefinite strike, leaving patients stranded at several facilities in Abuja.

The strike was declared by the FCT council of the National Association of Nigeria Nurses and Midwives (NANNM) after a 21-day ultimatum issued to the FCT Administration expired on Friday.

Addressing journalists at the union's secretariat in Garki, the chairperson of the council, Comrade Deborah Yusuf-Okeke, said members were owed eight months of shift and uniform allowances, while promotion arrears dating back to 2021 had not been paid.

"Our members are working in very hostile conditions. Some of them spend half of their salaries on transport alone, yet the government keeps telling us to be patient," she said.

"We have been patient for three years. Enough is enough."

Mrs Yusuf-Okeke said only nurses on duty in intensive care units and labour wards would be exempted from the strike.

When Blueprint visited the Wuse District Hospital on Monday, the outpatient department was largely deserted, while relatives of admitted patients said they had been asked to buy their own gloves and syringes.

Alhaji Musa Danladi, who brought his wife for antenatal care, told our correspondent he had been waiting since 7am without being attended to.

"They told us the nurses are on strike, that we should come back next week. What if something happens before next week?" he asked.

But the Secretary of the FCT Health Services and Environment Secretariat, Dr Adebayo Ogunleye-Bakare, described the strike as "unnecessary", insisting that the administration had already approved payment of the allowances.

"The funds have been released and the nurses will see the money in their accounts before the end of the month. I appeal to them to return to work in the interest of patients," Ogunleye-Bakare said in a statement signed by his media aide, Ibrahim Sani Gwarzo.

The Nigeria Labour Congress (NLC) said in a communique on Sunday that its FCT affiliates would join the action in solidarity if the nurses' demands were not met within two weeks.

Findings by Blueprint showed that at least three general hospitals in Kubwa, Maitama and Asokoro had discharged some patients ahead of the strike.""", [
        Q("members were owed eight months of shift and uniform allowances, while promotion arrears dating back to 2021 "
          "had not been paid", "indirect", "Deborah Yusuf-Okeke", "Deborah Yusuf-Okeke"),
        Q('"Our members are working in very hostile conditions. Some of them spend half of their salaries on '
          'transport alone, yet the government keeps telling us to be patient,"', "direct", "she",
          "Deborah Yusuf-Okeke", speaker_at='patient," she said'),
        Q('"We have been patient for three years. Enough is enough."', "direct", "she", "Deborah Yusuf-Okeke",
          speaker_at='patient," she said'),
        Q("only nurses on duty in intensive care units and labour wards would be exempted from the strike",
          "indirect", "Yusuf-Okeke", "Deborah Yusuf-Okeke", speaker_at="Mrs Yusuf-Okeke"),
        Q("they had been asked to buy their own gloves and syringes", "indirect", "relatives of admitted patients",
          None),
        Q("he had been waiting since 7am without being attended to", "indirect", "Musa Danladi", "Musa Danladi"),
        Q('"They told us the nurses are on strike, that we should come back next week. What if something happens '
          'before next week?"', "direct", "he", "Musa Danladi", speaker_at="he asked"),
        Q('"unnecessary"', "partial", "Adebayo Ogunleye-Bakare", "Adebayo Ogunleye-Bakare"),
        Q("that the administration had already approved payment of the allowances", "indirect",
          "Adebayo Ogunleye-Bakare", "Adebayo Ogunleye-Bakare"),
        Q('"The funds have been released and the nurses will see the money in their accounts before the end of the '
          'month. I appeal to them to return to work in the interest of patients,"', "direct", "Ogunleye-Bakare",
          "Adebayo Ogunleye-Bakare", speaker_at='," Ogunleye-Bakare said'),
        Q("that its FCT affiliates would join the action in solidarity if the nurses' demands were not met within "
          "two weeks", "indirect", "The Nigeria Labour Congress", "Nigeria Labour Congress"),
    ]),
    Case("blind62-komga-stock-theft", """Three men in dock over theft of 47 cattle from Komga farm

Three men accused of stealing 47 head of cattle from a farm near Komga appeared in the Komga magistrate's court on Wednesday, where the state opposed bail, arguing that the trio were part of a syndicate operating across the province.

Siyabonga Mqhayi, 34, Lwazi Ngcobo-Dlamini, 29, and Thembinkosi "Bhuti" Makaula, 41, face charges of stock theft and possession of suspected stolen stock.

The cattle, valued at about R650,000, were taken from the farm of Johan du Plessis in the early hours of March 9. Police recovered 39 of the animals two days later at a homestead outside Qonce.

Prosecutor Nomvula Sibiya-Mthembu told the court the investigating officer had linked two of the accused to a truck seen near the farm on the night of the theft.

"The state has a strong case. These accused were found with the animals, and the cellphone records place them at the scene," Sibiya-Mthembu said.

Defence attorney Ayanda van Rooyen argued that his clients had "no previous convictions" and had bought the cattle "in good faith" at an auction in Stutterheim.

"My clients are family men with fixed addresses. They are not a flight risk," he said.

Magistrate Thandeka Mgudlwa postponed the matter to April 3 for a formal bail application. The accused remain in custody.

Outside court, du Plessis, who farms beef cattle with his son, said stock theft had become "a daily fear" for farmers in the area.

"We sleep with one eye open. When you hear a truck on the road at 2am, you don't know if it's a neighbour or if it's them," he said.

He said the family had spent more than R80,000 on cameras and fencing in the past year alone.

Eastern Cape police spokesperson Captain Lulama Hoyi-Mbete said stock theft units in the province had recovered livestock worth more than R38-million in the past financial year.

According to the Red Meat Industry Services, stock theft costs South African farmers an estimated R1.4-billion a year, with the Eastern Cape among the worst-affected provinces.""", [
        Q("that the trio were part of a syndicate operating across the province", "indirect", "the state", None),
        Q("the investigating officer had linked two of the accused to a truck seen near the farm on the night of the "
          "theft", "indirect", "Nomvula Sibiya-Mthembu", "Nomvula Sibiya-Mthembu"),
        Q('"The state has a strong case. These accused were found with the animals, and the cellphone records place '
          'them at the scene,"', "direct", "Sibiya-Mthembu", "Nomvula Sibiya-Mthembu",
          speaker_at='," Sibiya-Mthembu said'),
        Q('"no previous convictions"', "partial", "Ayanda van Rooyen", "Ayanda van Rooyen"),
        Q('"in good faith"', "partial", "Ayanda van Rooyen", "Ayanda van Rooyen"),
        Q('"My clients are family men with fixed addresses. They are not a flight risk,"', "direct", "he",
          "Ayanda van Rooyen", speaker_at='risk," he said'),
        Q('"a daily fear"', "partial", "du Plessis", "Johan du Plessis", speaker_at="court, du Plessis"),
        Q('"We sleep with one eye open. When you hear a truck on the road at 2am, you don\'t know if it\'s a '
          'neighbour or if it\'s them,"', "direct", "he", "Johan du Plessis", speaker_at='them," he said'),
        Q("the family had spent more than R80,000 on cameras and fencing in the past year alone", "indirect", "He",
          "Johan du Plessis", speaker_at="He said the family"),
        Q("stock theft units in the province had recovered livestock worth more than R38-million in the past "
          "financial year", "indirect", "Lulama Hoyi-Mbete", "Lulama Hoyi-Mbete"),
        Q("stock theft costs South African farmers an estimated R1.4-billion a year, with the Eastern Cape among the "
          "worst-affected provinces", "indirect", "the Red Meat Industry Services", "Red Meat Industry Services"),
    ]),
    Case("blind62-bulawayo-refuse", """Garbage piles up as Bulawayo refuse collectors down tools

BULAWAYO residents could be facing a health crisis as uncollected refuse piles up across the city after council refuse collectors went on strike on Monday demanding payment of outstanding salaries.

Southern Eye yesterday observed heaps of garbage at Renkini bus terminus, Nkulumane complex and several street corners in the city centre, with some residents resorting to burning waste.

“Our members have not received their June salaries and they cannot afford transport to come to work,” Zimbabwe Urban Councils Workers Union (ZUCWU) Bulawayo branch secretary Mthokozisi Dube told Southern Eye. “We will not go back until council pays what it owes.”

Dube said workers had also not been paid their annual bonuses for last year.

In a statement, town clerk Dr Nkosinathi Khumalo-Sithole said council was facing “serious cash-flow challenges” owing to poor revenue collection, but assured workers that salaries would be paid “by the end of the week”.

“Council appeals to residents to bear with us and to desist from dumping and burning refuse in open spaces, as this poses a serious health and environmental hazard,” Khumalo-Sithole said.

Bulawayo Progressive Residents Association co-ordinator Thandolwenkosi Sibanda-Moyo said residents were “paying for a service they are not getting”.

“We pay our bills every month and yet we are being exposed to diseases like cholera and typhoid. The city cannot be run like this,” she said.

A vendor at Renkini, who identified herself only as MaNcube, said the smell had become unbearable.

“Flies are everywhere. We sell food here, and customers are running away,” she said.

Environmental Management Agency (EMA) Bulawayo provincial manager Ntandoyenkosi Maphosa warned that burning waste was an offence under the Environmental Management Act and that offenders risked fines of up to US$500.

Ward 17 councillor Sikhumbuzo Mlotshwa said the strike exposed what he called “years of rot” in the city’s finances.

Bulawayo has in the past battled outbreaks of typhoid and diarrhoeal diseases during periods of erratic refuse collection and water shortages.""", [
        Q("“Our members have not received their June salaries and they cannot afford transport to come to work,”",
          "direct", "Mthokozisi Dube", "Mthokozisi Dube"),
        Q("“We will not go back until council pays what it owes.”", "direct", "Mthokozisi Dube", "Mthokozisi Dube"),
        Q("workers had also not been paid their annual bonuses for last year", "indirect", "Dube", "Mthokozisi Dube",
          speaker_at="Dube said workers"),
        Q("“serious cash-flow challenges”", "partial", "Nkosinathi Khumalo-Sithole", "Nkosinathi Khumalo-Sithole"),
        Q("“by the end of the week”", "partial", "Nkosinathi Khumalo-Sithole", "Nkosinathi Khumalo-Sithole"),
        Q("“Council appeals to residents to bear with us and to desist from dumping and burning refuse in open spaces, "
          "as this poses a serious health and environmental hazard,”", "direct", "Khumalo-Sithole",
          "Nkosinathi Khumalo-Sithole", speaker_at="Khumalo-Sithole said."),
        Q("“paying for a service they are not getting”", "partial", "Thandolwenkosi Sibanda-Moyo",
          "Thandolwenkosi Sibanda-Moyo"),
        Q("“We pay our bills every month and yet we are being exposed to diseases like cholera and typhoid. The city "
          "cannot be run like this,”", "direct", "she", "Thandolwenkosi Sibanda-Moyo",
          speaker_at="this,” she said"),
        Q("the smell had become unbearable", "indirect", "MaNcube", "MaNcube"),
        Q("“Flies are everywhere. We sell food here, and customers are running away,”", "direct", "she", "MaNcube",
          speaker_at="away,” she said"),
        Q("that burning waste was an offence under the Environmental Management Act and that offenders risked fines "
          "of up to US$500", "indirect", "Ntandoyenkosi Maphosa", "Ntandoyenkosi Maphosa"),
        Q("“years of rot”", "partial", "he", "Sikhumbuzo Mlotshwa", speaker_at="what he called"),
    ]),
    Case("blind62-doha-fencing", """Al-Hamadi wins historic sabre gold for Qatar at Doha Grand Prix

Qatar's Yousef al-Hamadi claimed a historic gold medal in the men's sabre at the FIE Fencing Grand Prix Doha at the Lusail Sports Arena yesterday, beating South Korea's Park Ji-hwan 15-13 in the final.

The 23-year-old, seeded 14th, came from 11-13 down to win four touches in a row, sending the home crowd into raptures.

"I still can't believe it. When I was 13-11 down I just told myself to attack, attack, attack," al-Hamadi told Gulf Times after the medal ceremony. "This medal is for Qatar and for everyone who has supported fencing here since I was a child."

He said he had spent four months training in Budapest ahead of the event under Hungarian coach Gabor Szilagyi-Toth.

Park, the world No 6, said the Qatari had "fenced without fear" in the closing touches. "He was faster than me today. I have no excuses," the 26-year-old said.

Qatar Fencing Federation (QFF) president Sheikh Faisal bin Khalid Al Thani, who presented the medals, described the win as "a milestone for Qatari sport".

"Three years ago we had no fencer in the top 50 of the world rankings. Today we have a Grand Prix champion. This is the result of a clear strategy and the hard work of our athletes and coaches," Sheikh Faisal said.

He added that the federation would bid to host the senior World Championships in 2029.

In the women's epee, France's Marie-Claire Dubois-Nkemelu beat Italy's Giulia de Angelis 15-12 to take gold. According to the International Fencing Federation (FIE), a record 312 fencers from 58 countries took part in the three-day event.

Szilagyi-Toth, speaking through an interpreter, said his pupil had "the best hand speed I have seen in ten years of coaching".

"Yousef listens, he works, and he is not afraid. With him, the ceiling is very high," the coach said.

The Grand Prix concludes today with the team events.""", [
        Q('"I still can\'t believe it. When I was 13-11 down I just told myself to attack, attack, attack,"',
          "direct", "al-Hamadi", "Yousef al-Hamadi", speaker_at="al-Hamadi told Gulf Times"),
        Q('"This medal is for Qatar and for everyone who has supported fencing here since I was a child."', "direct",
          "al-Hamadi", "Yousef al-Hamadi", speaker_at="al-Hamadi told Gulf Times"),
        Q("he had spent four months training in Budapest ahead of the event under Hungarian coach Gabor "
          "Szilagyi-Toth", "indirect", "He", "Yousef al-Hamadi", speaker_at="He said he had"),
        Q('"fenced without fear"', "partial", "Park", "Park Ji-hwan", speaker_at="Park, the world"),
        Q('"He was faster than me today. I have no excuses,"', "direct", "the 26-year-old", "Park Ji-hwan"),
        Q('"a milestone for Qatari sport"', "partial", "Faisal bin Khalid Al Thani", "Faisal bin Khalid Al Thani"),
        Q('"Three years ago we had no fencer in the top 50 of the world rankings. Today we have a Grand Prix '
          'champion. This is the result of a clear strategy and the hard work of our athletes and coaches,"',
          "direct", "Faisal", "Faisal bin Khalid Al Thani", speaker_at="Sheikh Faisal said"),
        Q("that the federation would bid to host the senior World Championships in 2029", "indirect", "He",
          "Faisal bin Khalid Al Thani", speaker_at="He added"),
        Q("a record 312 fencers from 58 countries took part in the three-day event", "indirect",
          "the International Fencing Federation", "International Fencing Federation"),
        Q('"the best hand speed I have seen in ten years of coaching"', "partial", "Szilagyi-Toth",
          "Gabor Szilagyi-Toth", speaker_at="Szilagyi-Toth, speaking"),
        Q('"Yousef listens, he works, and he is not afraid. With him, the ceiling is very high,"', "direct",
          "the coach", "Gabor Szilagyi-Toth", speaker_at="the coach said"),
    ]),
    Case("blind62-serian-rabies", """Rabies: Two more infected zones declared after Serian boy’s death

KUCHING: The Sarawak Disaster Management Committee (SDMC) has declared two more areas in the Serian and Samarahan divisions as rabies infected zones following the death of a 12-year-old boy from Kampung Tebakang last week.

This brings the number of infected areas in the state to 84, according to a statement issued by the committee yesterday.

State Health Director Dr Wong Siew Ling said the boy had been bitten on the leg by a stray dog in April but his family did not seek treatment as they thought the wound was minor.

“He only came to the hospital when he started showing symptoms such as fever, confusion and fear of water. By then, there was nothing more we could do,” she said.

Dr Wong stressed that rabies was almost always fatal once symptoms appeared, but could be prevented if victims were vaccinated promptly after being bitten.

“Do not wait. Wash the wound with soap and running water for 15 minutes and go straight to the nearest clinic,” she added.

Meanwhile, Deputy Minister for Public Health, Housing and Local Government Datuk Dr Nyambar anak Linggi said the state government had allocated RM3.5 million for a mass dog vaccination campaign in the affected divisions.

He said owners who failed to vaccinate their dogs could be fined up to RM5,000 under the Veterinary Public Health Ordinance.

“We are not targeting dog owners. We want to protect lives, especially children, who make up almost half of bite victims,” he told reporters after officiating at a rabies awareness programme in Serian.

According to the Department of Veterinary Services (DVS) Sarawak, 4,812 dog bite cases had been recorded statewide as of last month.

DVS director Dr Mohd Hafiz bin Abdul Rahman said in a separate statement that his department had vaccinated more than 120,000 dogs since the outbreak began in 2017, but that coverage in rural areas remained below the 70 per cent needed to stop transmission.

Villagers in Tebakang told Utusan Borneo that packs of stray dogs often roamed near the village school.

“Every morning the children have to walk past them. We have asked the council many times to do something,” said a member of the village security and development committee (JKKK) who declined to be named.""", [
        Q("This brings the number of infected areas in the state to 84", "indirect", "the committee",
          "Sarawak Disaster Management Committee"),
        Q("the boy had been bitten on the leg by a stray dog in April but his family did not seek treatment as they "
          "thought the wound was minor", "indirect", "Wong Siew Ling", "Wong Siew Ling"),
        Q("“He only came to the hospital when he started showing symptoms such as fever, confusion and fear of water. "
          "By then, there was nothing more we could do,”", "direct", "she", "Wong Siew Ling",
          speaker_at="she said"),
        Q("that rabies was almost always fatal once symptoms appeared, but could be prevented if victims were "
          "vaccinated promptly after being bitten", "indirect", "Wong", "Wong Siew Ling",
          speaker_at="Dr Wong stressed"),
        Q("“Do not wait. Wash the wound with soap and running water for 15 minutes and go straight to the nearest "
          "clinic,”", "direct", "she", "Wong Siew Ling", speaker_at="she added"),
        Q("the state government had allocated RM3.5 million for a mass dog vaccination campaign in the affected "
          "divisions", "indirect", "Nyambar anak Linggi", "Nyambar anak Linggi"),
        Q("owners who failed to vaccinate their dogs could be fined up to RM5,000 under the Veterinary Public Health "
          "Ordinance", "indirect", "He", "Nyambar anak Linggi", speaker_at="He said owners"),
        Q("“We are not targeting dog owners. We want to protect lives, especially children, who make up almost half of "
          "bite victims,”", "direct", "he", "Nyambar anak Linggi", speaker_at="he told reporters"),
        Q("4,812 dog bite cases had been recorded statewide as of last month", "indirect",
          "the Department of Veterinary Services (DVS) Sarawak", "Department of Veterinary Services Sarawak"),
        Q("that his department had vaccinated more than 120,000 dogs since the outbreak began in 2017, but that "
          "coverage in rural areas remained below the 70 per cent needed to stop transmission", "indirect",
          "Mohd Hafiz bin Abdul Rahman", "Mohd Hafiz bin Abdul Rahman"),
        Q("that packs of stray dogs often roamed near the village school", "indirect", "Villagers in Tebakang", None),
        Q("“Every morning the children have to walk past them. We have asked the council many times to do "
          "something,”", "direct", "a member of the village security and development committee (JKKK)", None),
    ]),
    Case("blind62-kundiman-premiere", """'Ang Huling Kundiman' opens Cinemalaya to standing ovation

Director Mikhail Dela Cruz-Tan's period drama "Ang Huling Kundiman" drew a five-minute standing ovation at its world premiere on Friday night, opening this year's Cinemalaya Philippine Independent Film Festival in Pasay City.

The film, set in 1940s Manila, follows a kundiman singer who hides resistance fighters in her boarding house during the Japanese occupation.

"I wanted to make a film about the women that history forgot," Dela Cruz-Tan told the Inquirer after the screening. "My lola used to sing kundiman while cooking, and she never told us what she went through during the war. This film is my way of asking her."

Lead actress Ligaya Santos-Ocampo, a theater veteran in her first big-screen lead role, said she spent six months learning to sing in the style of the period under voice coach Prof. Ernesto Bautista of the University of the Philippines College of Music.

"I cried in almost every take. Tito Ernie would say, 'Again, but this time cry with your voice, not your face,'" Santos-Ocampo said, laughing.

Sen. Carmelita Dimaculangan-Reyes, who chairs the Senate committee on culture and the arts and attended the premiere, said the film showed why independent cinema deserved "more than applause" from the government.

"We keep praising our filmmakers when they win abroad, but we give them crumbs at home," the senator said, adding that she would push for a bigger allocation for the Film Development Council of the Philippines (FDCP) in next year's budget deliberations.

FDCP chair Jose Miguel de los Santos said the agency would help the film secure screenings in at least 100 cinemas nationwide after the festival.

Not everyone was won over by the film's three-hour running time. "Beautiful, but I almost fell asleep in the second act," said a film student from the University of Santo Tomas who asked not to be named.

Critics were kinder. Writing on social media shortly after the screening, veteran reviewer Noel Ty-Villareal called the film "a fever dream of a musical that never once lets you hear the whole song."

"Ang Huling Kundiman" will be screened in competition until Aug. 11, alongside nine other full-length features.""", [
        Q('"I wanted to make a film about the women that history forgot,"', "direct", "Dela Cruz-Tan",
          "Mikhail Dela Cruz-Tan", speaker_at="Dela Cruz-Tan told the Inquirer"),
        Q('"My lola used to sing kundiman while cooking, and she never told us what she went through during the war. '
          'This film is my way of asking her."', "direct", "Dela Cruz-Tan", "Mikhail Dela Cruz-Tan",
          speaker_at="Dela Cruz-Tan told the Inquirer"),
        Q("she spent six months learning to sing in the style of the period under voice coach Prof. Ernesto Bautista "
          "of the University of the Philippines College of Music", "indirect", "Ligaya Santos-Ocampo",
          "Ligaya Santos-Ocampo"),
        Q('"I cried in almost every take. Tito Ernie would say, \'Again, but this time cry with your voice, not your '
          'face,\'"', "direct", "Santos-Ocampo", "Ligaya Santos-Ocampo", speaker_at="Santos-Ocampo said, laughing"),
        Q('"more than applause"', "partial", "Carmelita Dimaculangan-Reyes", "Carmelita Dimaculangan-Reyes"),
        Q('"We keep praising our filmmakers when they win abroad, but we give them crumbs at home,"', "direct",
          "the senator", "Carmelita Dimaculangan-Reyes"),
        Q("that she would push for a bigger allocation for the Film Development Council of the Philippines (FDCP) in "
          "next year's budget deliberations", "indirect", "the senator", "Carmelita Dimaculangan-Reyes"),
        Q("the agency would help the film secure screenings in at least 100 cinemas nationwide after the festival",
          "indirect", "Jose Miguel de los Santos", "Jose Miguel de los Santos"),
        Q('"Beautiful, but I almost fell asleep in the second act,"', "direct",
          "a film student from the University of Santo Tomas", None),
        Q('"a fever dream of a musical that never once lets you hear the whole song."', "partial",
          "Noel Ty-Villareal", "Noel Ty-Villareal"),
    ]),
    Case("blind62-mohali-lift", """Two dead as lift crashes in Mohali housing society

Tribune News Service

Mohali, June 14

Two persons, including a 62-year-old woman, were killed and three others injured when a lift crashed from the seventh floor of a residential tower in Sector 91 here on Friday evening.

The deceased have been identified as Harbhajan Kaur, 62, a resident of the society, and Ramesh Kumar, 34, a domestic help from Sohana.

According to the police, the lift's cable snapped at around 6.40 pm when it was carrying five persons. The injured were rushed to the Civil Hospital, Phase 6, from where two were referred to the PGI, Chandigarh.

Residents alleged that the lift had been malfunctioning for weeks and that repeated complaints to the builder had been ignored.

"Only last Sunday, the lift stopped between two floors with children inside. We wrote to the maintenance company and the builder, but nobody came," said Sukhwinder Singh Grewal, president of the residents' welfare association (RWA).

He claimed the society's 14 lifts had not been inspected even once since the towers were handed over in 2019.

Sohana SHO Inspector Gurpreet Singh Bhullar said a case had been registered against the builder, Skyline Infra Developers Pvt Ltd, and the lift maintenance agency under the relevant sections of the Bharatiya Nyaya Sanhita. "We are examining the maintenance records. Whoever is found responsible will not be spared," he said.

Deputy Commissioner Komal Mittal-Sharma has ordered a magisterial inquiry into the incident. The DC told The Tribune that the administration would also carry out a district-wide audit of lifts in high-rise buildings.

Punjab does not have a lifts and escalators Act, unlike Maharashtra and Karnataka, officials said.

A spokesperson for Skyline Infra Developers said the company was "cooperating fully" with the investigation and that maintenance of the lift was the responsibility of the contracted agency.

Harbhajan Kaur's son, Navdeep Singh, said his mother had gone down to buy vegetables. "She told me she would be back in ten minutes," he said, breaking down.""", [
        Q("the lift's cable snapped at around 6.40 pm when it was carrying five persons", "indirect", "the police",
          None),
        Q("that the lift had been malfunctioning for weeks and that repeated complaints to the builder had been "
          "ignored", "indirect", "Residents", None, speaker_at="Residents alleged"),
        Q('"Only last Sunday, the lift stopped between two floors with children inside. We wrote to the maintenance '
          'company and the builder, but nobody came,"', "direct", "Sukhwinder Singh Grewal",
          "Sukhwinder Singh Grewal"),
        Q("the society's 14 lifts had not been inspected even once since the towers were handed over in 2019",
          "indirect", "He", "Sukhwinder Singh Grewal", speaker_at="He claimed"),
        Q("a case had been registered against the builder, Skyline Infra Developers Pvt Ltd, and the lift "
          "maintenance agency under the relevant sections of the Bharatiya Nyaya Sanhita", "indirect",
          "Gurpreet Singh Bhullar", "Gurpreet Singh Bhullar"),
        Q('"We are examining the maintenance records. Whoever is found responsible will not be spared,"', "direct",
          "he", "Gurpreet Singh Bhullar", speaker_at='spared," he said'),
        Q("that the administration would also carry out a district-wide audit of lifts in high-rise buildings",
          "indirect", "The DC", "Komal Mittal-Sharma"),
        Q("Punjab does not have a lifts and escalators Act, unlike Maharashtra and Karnataka", "indirect", "officials",
          None),
        Q('"cooperating fully"', "partial", "A spokesperson for Skyline Infra Developers", None),
        Q("that maintenance of the lift was the responsibility of the contracted agency", "indirect",
          "A spokesperson for Skyline Infra Developers", None),
        Q("his mother had gone down to buy vegetables", "indirect", "Navdeep Singh", "Navdeep Singh"),
        Q('"She told me she would be back in ten minutes,"', "direct", "he", "Navdeep Singh",
          speaker_at="he said, breaking"),
    ]),
    Case("blind62-lowell-stadium", """Lowell council narrowly backs talks on $68M riverfront soccer stadium

LOWELL — A proposal to build a 6,500-seat soccer stadium on the former Tremont Yard site cleared its first hurdle early Wednesday after a marathon City Council meeting that stretched past 1 a.m. and drew dozens of residents on both sides of the issue.

Councilors voted 6-5 to authorize City Manager Anne-Marie O’Sullivan to begin negotiating a long-term lease with Merrimack Valley FC, a USL League One expansion team.

Supporters say the $68 million project would bring jobs and foot traffic to the Hamilton Canal District. Opponents call it a “giveaway” to private investors on the weed-strewn lot known around the Acre as “the Pit.”

“This is the most important economic development decision this city will make in a generation,” said Councilor Sophal Keo-Martins. “We can sit on our hands and watch Worcester and Manchester eat our lunch, or we can build something.”

Councilor Patrick J. Flanagan-Healy, who voted no, said he supported bringing professional soccer to Lowell, but not “on the taxpayers’ dime.”

“Every time one of these deals comes along, we’re told the public money will pay for itself,” Flanagan-Healy said. “Show me one that has.”

Under the framework, the city would borrow up to $24 million for site work and a parking garage, while the team would pay for construction of the stadium itself, according to a memo from O’Sullivan’s office.

State Sen. Rosalind DaCosta-Whitfield, D-Lowell, told The Sun in a phone interview Wednesday that she would seek state infrastructure money for the project but wanted to see “a signed community benefits agreement” first.

Merrimack Valley FC co-owner Henrique Baptista-Souza said in a statement that the club was “thrilled” with the vote. The team hopes to begin play in the spring of 2027, he said.

Residents who spoke during public comment were split. The Rev. Jean-Baptiste Mondésir, pastor of a Haitian congregation on Middlesex Street, said young people in the neighborhood “need something to be proud of.”

Acre resident Luz Marina Quiñones was less convinced. “We already can’t find a spot on a Saturday,” she said. “Now they want to bring 6,000 more cars?”

The council is expected to take a final vote on any lease agreement this fall.""", [
        Q("the $68 million project would bring jobs and foot traffic to the Hamilton Canal District", "indirect",
          "Supporters", None),
        Q("“giveaway”", "partial", "Opponents", None),
        Q("“This is the most important economic development decision this city will make in a generation,”",
          "direct", "Sophal Keo-Martins", "Sophal Keo-Martins"),
        Q("“We can sit on our hands and watch Worcester and Manchester eat our lunch, or we can build something.”",
          "direct", "Sophal Keo-Martins", "Sophal Keo-Martins"),
        Q("he supported bringing professional soccer to Lowell", "indirect", "Patrick J. Flanagan-Healy",
          "Patrick J. Flanagan-Healy"),
        Q("“on the taxpayers’ dime.”", "partial", "Patrick J. Flanagan-Healy", "Patrick J. Flanagan-Healy"),
        Q("“Every time one of these deals comes along, we’re told the public money will pay for itself,”", "direct",
          "Flanagan-Healy", "Patrick J. Flanagan-Healy", speaker_at="Flanagan-Healy said"),
        Q("“Show me one that has.”", "direct", "Flanagan-Healy", "Patrick J. Flanagan-Healy",
          speaker_at="Flanagan-Healy said"),
        Q("the city would borrow up to $24 million for site work and a parking garage, while the team would pay for "
          "construction of the stadium itself", "indirect", "a memo from O’Sullivan’s office", None),
        Q("that she would seek state infrastructure money for the project", "indirect", "Rosalind DaCosta-Whitfield",
          "Rosalind DaCosta-Whitfield"),
        Q("“a signed community benefits agreement”", "partial", "Rosalind DaCosta-Whitfield",
          "Rosalind DaCosta-Whitfield"),
        Q("“thrilled”", "partial", "Henrique Baptista-Souza", "Henrique Baptista-Souza"),
        Q("The team hopes to begin play in the spring of 2027", "indirect", "he", "Henrique Baptista-Souza",
          speaker_at="2027, he said"),
        Q("“need something to be proud of.”", "partial", "Jean-Baptiste Mondésir", "Jean-Baptiste Mondésir"),
        Q("“We already can’t find a spot on a Saturday,”", "direct", "she", "Luz Marina Quiñones",
          speaker_at="she said"),
        Q("“Now they want to bring 6,000 more cars?”", "direct", "she", "Luz Marina Quiñones", speaker_at="she said"),
    ]),
]
