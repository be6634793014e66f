"""Blind gold, set 51: short news articles written without sight of the pretagger.

Wire copy and regional papers from many countries and house styles (curly,
straight and British single quotes), with every quote annotated by hand.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind51-hurricane-fraud", """Former contractor convicted of defrauding hurricane repair program

MOBILE, Ala. (AP) — A federal jury on Thursday convicted a former Mobile construction contractor of wire fraud and money laundering for pocketing nearly $4 million meant to repair homes damaged by Hurricane Sally, prosecutors said.

Darnell Whitfield-Boyd, 52, was found guilty on all 11 counts after a two-week trial in U.S. District Court. He faces up to 20 years in prison on each wire fraud count when he is sentenced in March.

"Mr. Whitfield-Boyd took money from families who had lost nearly everything and used it to buy a boat, a beach condo and a luxury SUV," U.S. Attorney Sean P. Costello said in a statement. "Today's verdict tells every contractor that disaster money is not a windfall."

Prosecutors said Whitfield-Boyd's company, Gulfline Restoration LLC, billed a state-run rebuilding program for roofs that were never replaced and for workers who did not exist. Several homeowners from Baldwin County testified that they had waited more than two years for repairs that never came.

One of them, 74-year-old Loretta Fairchild of Foley, told jurors she had slept under a tarp in her living room through two winters. "Every time it rained, I moved my bed," she testified.

Defense attorney Margaret DuBose argued that her client had been overwhelmed by demand after the storm and that sloppy bookkeeping was not a crime. She told reporters outside the courthouse that the defense would appeal.

"We respect the jury's work, but we believe the evidence was thin and the government's theory was built on hindsight," DuBose said.

Whitfield-Boyd, who did not testify, showed no visible reaction as the verdict was read. His wife and two adult sons sat behind him.

The case is one of more than 30 disaster-fraud prosecutions brought in the Southern District of Alabama since 2020, according to the Justice Department.

Special Agent in Charge Paul W. Brown of the FBI's Mobile field office said investigators had traced the money through a web of shell companies. The bureau, he said, would "follow every dollar, no matter how long it takes."

The Alabama Emergency Management Agency said in a statement that it had tightened its oversight of contractors since the case came to light.""", [
        Q("A federal jury on Thursday convicted a former Mobile construction contractor of wire fraud and money "
          "laundering for pocketing nearly $4 million meant to repair homes damaged by Hurricane Sally", "indirect",
          "prosecutors", None, speaker_at="prosecutors said"),
        Q('"Mr. Whitfield-Boyd took money from families who had lost nearly everything and used it to buy a boat, '
          'a beach condo and a luxury SUV,"', "direct", "Sean P. Costello", "Sean P. Costello"),
        Q('"Today\'s verdict tells every contractor that disaster money is not a windfall."', "direct",
          "Sean P. Costello", "Sean P. Costello"),
        Q("Whitfield-Boyd's company, Gulfline Restoration LLC, billed a state-run rebuilding program for roofs that "
          "were never replaced and for workers who did not exist", "indirect", "Prosecutors", None,
          speaker_at="Prosecutors said"),
        Q("they had waited more than two years for repairs that never came", "indirect",
          "Several homeowners from Baldwin County", None),
        Q("she had slept under a tarp in her living room through two winters", "indirect", "Loretta Fairchild",
          "Loretta Fairchild"),
        Q('"Every time it rained, I moved my bed,"', "direct", "she", "Loretta Fairchild",
          speaker_at="she testified"),
        Q("her client had been overwhelmed by demand after the storm and that sloppy bookkeeping was not a crime",
          "indirect", "Margaret DuBose", "Margaret DuBose"),
        Q("the defense would appeal", "indirect", "She", "Margaret DuBose", speaker_at="She told reporters"),
        Q('"We respect the jury\'s work, but we believe the evidence was thin and the government\'s theory was built '
          'on hindsight,"', "direct", "DuBose", "Margaret DuBose", speaker_at="DuBose said"),
        Q("The case is one of more than 30 disaster-fraud prosecutions brought in the Southern District of Alabama "
          "since 2020", "indirect", "the Justice Department", "Justice Department"),
        Q("investigators had traced the money through a web of shell companies", "indirect", "Paul W. Brown",
          "Paul W. Brown"),
        Q('"follow every dollar, no matter how long it takes."', "partial", "he", "Paul W. Brown",
          speaker_at="he said, would"),
        Q("it had tightened its oversight of contractors since the case came to light", "indirect",
          "The Alabama Emergency Management Agency", "Alabama Emergency Management Agency"),
    ], source="blind"),
    Case("blind51-kyushu-bank", """Chikuzen Financial posts record profit as rates rise

TOKYO, May 14 Kyodo - Chikuzen Financial Group Inc., the largest regional lender in Kyushu, said Tuesday its net profit rose 31 percent in the business year ended March to a record 68.4 billion yen, as higher interest rates widened its lending margins.

Net interest income grew 12 percent to 241.7 billion yen, while fees from sales of investment trusts and insurance also increased, the Fukuoka-based group said.

"The return of positive interest rates has changed the basic arithmetic of regional banking," President Kenji Morimoto told a press conference in Tokyo. "For the first time in more than a decade, deposits are an asset rather than a burden."

For the current business year, the group projects net profit of 74 billion yen, which would be its fourth consecutive record. Morimoto said the forecast assumed the Bank of Japan would raise its policy rate once more by the end of the year, but he declined to say when.

The group also announced it would buy back up to 15 billion yen of its own shares and raise its annual dividend by 8 yen to 62 yen per share.

Regional banks have struggled for years with shrinking and aging populations in their home areas, and the Financial Services Agency has pressed them to consolidate. Asked about possible mergers, Morimoto said the group was "always open to conversations" with lenders in neighboring prefectures but had nothing to announce.

Analysts welcomed the results but warned that credit costs could rise as small and midsize companies struggle with higher borrowing costs and labor shortages.

"Bankruptcies among small firms in Kyushu are already at a 10-year high," said Yuko Arakawa, a senior analyst at Hakata Capital Research. "The banks have been lucky so far, but that luck will be tested."

According to Tokyo Shoko Research Ltd., corporate bankruptcies in the Kyushu and Okinawa region rose 24 percent in the year to March.

Chikuzen's shares closed 2.1 percent higher at 1,874 yen on the Tokyo Stock Exchange before the announcement.""", [
        Q("its net profit rose 31 percent in the business year ended March to a record 68.4 billion yen, as higher "
          "interest rates widened its lending margins", "indirect", "Chikuzen Financial Group Inc.",
          "Chikuzen Financial Group Inc."),
        Q("Net interest income grew 12 percent to 241.7 billion yen, while fees from sales of investment trusts and "
          "insurance also increased", "indirect", "the Fukuoka-based group", "Chikuzen Financial Group Inc."),
        Q('"The return of positive interest rates has changed the basic arithmetic of regional banking,"', "direct",
          "Kenji Morimoto", "Kenji Morimoto"),
        Q('"For the first time in more than a decade, deposits are an asset rather than a burden."', "direct",
          "Kenji Morimoto", "Kenji Morimoto"),
        Q("the forecast assumed the Bank of Japan would raise its policy rate once more by the end of the year",
          "indirect", "Morimoto", "Kenji Morimoto", speaker_at="Morimoto said the forecast"),
        Q("it would buy back up to 15 billion yen of its own shares and raise its annual dividend by 8 yen to 62 yen "
          "per share", "indirect", "The group", "Chikuzen Financial Group Inc.", speaker_at="The group also announced"),
        Q('"always open to conversations"', "partial", "Morimoto", "Kenji Morimoto",
          speaker_at="Morimoto said the group"),
        Q("credit costs could rise as small and midsize companies struggle with higher borrowing costs and labor "
          "shortages", "indirect", "Analysts", None),
        Q('"Bankruptcies among small firms in Kyushu are already at a 10-year high,"', "direct", "Yuko Arakawa",
          "Yuko Arakawa"),
        Q('"The banks have been lucky so far, but that luck will be tested."', "direct", "Yuko Arakawa",
          "Yuko Arakawa"),
        Q("corporate bankruptcies in the Kyushu and Okinawa region rose 24 percent in the year to March", "indirect",
          "Tokyo Shoko Research Ltd.", "Tokyo Shoko Research Ltd."),
    ], source="blind"),
    Case("blind51-arcade-arson", """Man denies starting fire that destroyed Great Yarmouth arcade

A man accused of setting fire to a Great Yarmouth amusement arcade has told a jury he was 'nowhere near' the building on the night it burned down.

Lewis Mabey-Clarke, 34, of Southtown Road, denies arson with intent to endanger life over the blaze at the Golden Mile Leisure arcade on Marine Parade in the early hours of August 19 last year.

Giving evidence at Norwich Crown Court on Wednesday, Mr Mabey-Clarke said he had spent the evening at a friend's flat in Gorleston and had walked home along the river at about 1am.

'I have never been inside that arcade in my life, let alone set fire to it,' he told the jury. 'I don't know why anyone would say I did.'

The prosecution says CCTV footage shows a man in a grey hooded top pouring liquid from a plastic container at the rear of the building minutes before flames were seen.

Prosecutor Stephen Oyelaran-Hughes put it to the defendant that he was the man in the footage. 'That is you, isn't it?' he asked.

'No, it isn't,' Mr Mabey-Clarke replied.

Opening the case last week, Mr Oyelaran-Hughes told the jury that the defendant had a grudge against the arcade's owner after being banned from the premises for damaging a fruit machine.

Asked how he could have been banned from a place he had never entered, Mr Mabey-Clarke said it was 'a case of mistaken identity' and that the arcade's staff had 'got the wrong bloke'.

Two families living in flats above the arcade were rescued by firefighters using an aerial ladder. One resident, Kerry Duffield, said in a statement read to the court that she had woken to find thick smoke 'pouring under the door'.

'I grabbed my daughter and we went to the window. I honestly thought that was it,' Ms Duffield said in the statement.

Norfolk Fire and Rescue Service station manager Ian Goffin told the court the fire had spread 'with frightening speed' because of the building's timber frame and the stock of plastic prizes stored on the ground floor.

The trial, before Judge Katharine Moir, continues.""", [
        Q("'nowhere near'", "partial", "A man accused of setting fire to a Great Yarmouth amusement arcade",
          "Lewis Mabey-Clarke"),
        Q("he had spent the evening at a friend's flat in Gorleston and had walked home along the river at about 1am",
          "indirect", "Mr Mabey-Clarke", "Lewis Mabey-Clarke", speaker_at="Mr Mabey-Clarke said he"),
        Q("'I have never been inside that arcade in my life, let alone set fire to it,'", "direct", "he",
          "Lewis Mabey-Clarke", speaker_at="he told the jury"),
        Q("'I don't know why anyone would say I did.'", "direct", "he", "Lewis Mabey-Clarke",
          speaker_at="he told the jury"),
        Q("CCTV footage shows a man in a grey hooded top pouring liquid from a plastic container at the rear of the "
          "building minutes before flames were seen", "indirect", "The prosecution", None),
        Q("he was the man in the footage", "indirect", "Stephen Oyelaran-Hughes", "Stephen Oyelaran-Hughes"),
        Q("'That is you, isn't it?'", "direct", "he", "Stephen Oyelaran-Hughes", speaker_at="he asked"),
        Q("'No, it isn't,'", "direct", "Mr Mabey-Clarke", "Lewis Mabey-Clarke",
          speaker_at="Mr Mabey-Clarke replied"),
        Q("the defendant had a grudge against the arcade's owner after being banned from the premises for damaging a "
          "fruit machine", "indirect", "Mr Oyelaran-Hughes", "Stephen Oyelaran-Hughes"),
        Q("'a case of mistaken identity'", "partial", "Mr Mabey-Clarke", "Lewis Mabey-Clarke",
          speaker_at="Mr Mabey-Clarke said it"),
        Q("'got the wrong bloke'", "partial", "Mr Mabey-Clarke", "Lewis Mabey-Clarke",
          speaker_at="Mr Mabey-Clarke said it"),
        Q("'pouring under the door'", "partial", "Kerry Duffield", "Kerry Duffield"),
        Q("'I grabbed my daughter and we went to the window. I honestly thought that was it,'", "direct",
          "Ms Duffield", "Kerry Duffield"),
        Q("'with frightening speed'", "partial", "Ian Goffin", "Ian Goffin"),
    ], source="blind"),
    Case("blind51-whalsay-skipper", """Tributes paid to Whalsay skipper Magnus Irvine

Tributes have been paid to Magnus Irvine, the Whalsay fisherman who skippered the pelagic trawler Serene Dawn for almost three decades, who has died aged 81.

Mr Irvine died peacefully at the Gilbert Bain Hospital in Lerwick on Saturday, surrounded by his family.

Born in Symbister in 1943, he went to sea at 15 aboard his father's boat, the Fortuna, fishing for herring and haddock in the days before radar was common on Shetland boats.

His son Ryan Irvine, who now skippers the family's current vessel, said his father had “the sea in his bones”.

“He could tell you where the fish were by the colour of the water and the birds,” he said. “The younger boys used to laugh at him, and then they'd go and fish exactly where he'd told them.”

Mr Irvine was one of the founding members of the Shetland Fishermen's Association in 1979. Its chief executive, Daniel Mouat, described him as “a giant of the industry and an absolute gentleman”.

“Magnus fought hard for Shetland's share of the fish when quotas came in, and he never stopped believing that fishing had a future here,” Mr Mouat said.

“Even in his seventies he'd turn up to meetings in Lerwick with his notebook and ask the questions nobody else wanted to ask.

“We will miss him terribly.”

In 1988 Mr Irvine was awarded an MBE for services to the fishing industry, an honour he later called “a grand day out for the wife”.

He was also a keen fiddler who played for many years with the Whalsay Fiddle Group, and served as an elder of Symbister Church.

Whalsay councillor Jessie Laurenson said the island had lost “one of its great characters”. She said many in the community would remember him for his kindness to young crewmen starting out, several of whom went on to skipper boats of their own.

Mr Irvine is survived by his wife Ina, three children and seven grandchildren. The funeral will take place at Symbister Church on Friday at 1pm, the family said.""", [
        Q("“the sea in his bones”", "partial", "Ryan Irvine", "Ryan Irvine"),
        Q("“He could tell you where the fish were by the colour of the water and the birds,”", "direct", "he",
          "Ryan Irvine", speaker_at="he said"),
        Q("“The younger boys used to laugh at him, and then they'd go and fish exactly where he'd told them.”",
          "direct", "he", "Ryan Irvine", speaker_at="he said"),
        Q("“a giant of the industry and an absolute gentleman”", "partial", "Daniel Mouat", "Daniel Mouat"),
        Q("“Magnus fought hard for Shetland's share of the fish when quotas came in, and he never stopped believing "
          "that fishing had a future here,”", "direct", "Mr Mouat", "Daniel Mouat"),
        Q("“Even in his seventies he'd turn up to meetings in Lerwick with his notebook and ask the questions nobody "
          "else wanted to ask.", "direct", "Mr Mouat", "Daniel Mouat"),
        Q("“We will miss him terribly.”", "direct", "Mr Mouat", "Daniel Mouat"),
        Q("“a grand day out for the wife”", "partial", "he", "Magnus Irvine", speaker_at="he later called"),
        Q("“one of its great characters”", "partial", "Jessie Laurenson", "Jessie Laurenson"),
        Q("many in the community would remember him for his kindness to young crewmen starting out, several of whom "
          "went on to skipper boats of their own", "indirect", "She", "Jessie Laurenson", speaker_at="She said"),
        Q("The funeral will take place at Symbister Church on Friday at 1pm", "indirect", "the family", None,
          speaker_at="the family said"),
    ], source="blind"),
    Case("blind51-castletroy-housing", """Councillors clash over modular homes plan for Castletroy

A plan to build 42 modular homes on council-owned land in Castletroy has sparked a heated row at this week's meeting of Limerick City and County Council, with one councillor accusing officials of "steamrolling" local residents.

The proposal, for a site off the Dublin Road near the University of Limerick, would provide rapid-build homes for families on the council's housing list, which currently stands at more than 3,900 households.

Speaking at Monday's meeting, Cllr Aoife Ní Bhriain (FF) said she supported more social housing "in every part of the city" but that residents had been given less than three weeks to respond to the plans.

"It is not good enough to drop a planning notice on people in the middle of the summer holidays and expect them to be happy about it," she said.

Independent councillor Ger Fitzgibbon went further. "What we're seeing here is steamrolling, plain and simple. The people of Castletroy are not against housing. They are against being ignored," he told the chamber.

Director of housing services Maeve Kiely-Tobin defended the process, saying the consultation period met the legal requirements for a Part 8 planning application.

"We have 3,900 households waiting. Every month we delay is another month a family spends in emergency accommodation," Ms Kiely-Tobin said. "I'd ask members to remember who this is for."

She told councillors the homes could be ready "within 14 months" if the plan was approved in September.

Sinn Féin's Cllr Pádraig de Búrca said the party would back the scheme but called for a new bus route to serve the area. "You can't put 42 families out there and have one bus an hour," he said.

The Castletroy Residents' Alliance, which has collected more than 600 signatures against the scheme, said in a statement that it was "not a NIMBY group".

"We want homes built, but we want them built properly, with schools, shops and transport to match," chairperson Niall O'Halloran told the Limerick Leader.

A vote on the plan is expected at the September meeting of the council.""", [
        Q('"steamrolling"', "partial", "one councillor", "Ger Fitzgibbon"),
        Q('"in every part of the city"', "partial", "Aoife Ní Bhriain", "Aoife Ní Bhriain"),
        Q("residents had been given less than three weeks to respond to the plans", "indirect", "Aoife Ní Bhriain",
          "Aoife Ní Bhriain"),
        Q('"It is not good enough to drop a planning notice on people in the middle of the summer holidays and '
          'expect them to be happy about it,"', "direct", "she", "Aoife Ní Bhriain", speaker_at="she said"),
        Q('"What we\'re seeing here is steamrolling, plain and simple. The people of Castletroy are not against '
          'housing. They are against being ignored,"', "direct", "he", "Ger Fitzgibbon",
          speaker_at="he told the chamber"),
        Q("the consultation period met the legal requirements for a Part 8 planning application", "indirect",
          "Maeve Kiely-Tobin", "Maeve Kiely-Tobin"),
        Q('"We have 3,900 households waiting. Every month we delay is another month a family spends in emergency '
          'accommodation,"', "direct", "Ms Kiely-Tobin", "Maeve Kiely-Tobin"),
        Q('"I\'d ask members to remember who this is for."', "direct", "Ms Kiely-Tobin", "Maeve Kiely-Tobin"),
        Q('"within 14 months"', "partial", "She", "Maeve Kiely-Tobin", speaker_at="She told councillors"),
        Q("the party would back the scheme", "indirect", "Pádraig de Búrca", "Pádraig de Búrca"),
        Q('"You can\'t put 42 families out there and have one bus an hour,"', "direct", "he", "Pádraig de Búrca",
          speaker_at='hour," he said'),
        Q('"not a NIMBY group"', "partial", "The Castletroy Residents' Alliance", "Castletroy Residents' Alliance"),
        Q('"We want homes built, but we want them built properly, with schools, shops and transport to match,"',
          "direct", "Niall O'Halloran", "Niall O'Halloran"),
    ], source="blind"),
    Case("blind51-moriac-fire", """Residents flee as grassfire tears through farmland west of Geelong

More than 200 residents of Moriac and Mount Moriac spent Tuesday night at a relief centre in Torquay after a fast-moving grassfire tore through farmland west of Geelong, destroying at least two homes and several sheds.

The fire, which started near the Princes Highway about 2.40pm, burned through more than 1100 hectares in its first four hours as temperatures across the region topped 43C and north-westerly winds gusted to 80km/h.

Country Fire Authority deputy chief officer Garry van der Linde said crews had faced “some of the worst conditions we have seen in this district in a decade”.

“The fire was spotting up to two kilometres ahead of the main front, which means you can do everything right and still get caught out,” he said.

“I want to thank every volunteer who turned out today. Many of them were protecting other people’s properties while their own were under threat.”

Mr van der Linde said investigators would examine whether the fire had been sparked by farm machinery, but stressed it was too early to say.

Moriac farmer Jenny Kostopoulos, 58, lost a hay shed and about 40 sheep but said the family home had survived.

“We had the sprinklers going on the roof and the boys were out with the fire unit,” she said. “When the front came through, it sounded like a freight train.”

A Bureau of Meteorology spokesperson said temperatures would ease to the mid-20s by Wednesday afternoon, but warned that dry conditions would persist through the weekend and into next week.

Emergency Services Minister Rachel Odhiambo-Grant visited the relief centre on Wednesday morning and said the state would provide emergency grants of up to $1340 per adult to affected households.

“These are tough, resilient communities, but nobody should have to go through a night like that alone,” the minister said.

Surf Coast Shire mayor Tomasz Wiśniewski said the council would waive tip fees for fire-damaged material and described the response of the local community as “extraordinary”.

Police said a 67-year-old man had been treated for smoke inhalation and taken to University Hospital Geelong in a stable condition.""", [
        Q("“some of the worst conditions we have seen in this district in a decade”", "partial",
          "Garry van der Linde", "Garry van der Linde"),
        Q("“The fire was spotting up to two kilometres ahead of the main front, which means you can do everything "
          "right and still get caught out,”", "direct", "he", "Garry van der Linde", speaker_at="he said"),
        Q("“I want to thank every volunteer who turned out today. Many of them were protecting other people’s "
          "properties while their own were under threat.”", "direct", "he", "Garry van der Linde",
          speaker_at="he said"),
        Q("investigators would examine whether the fire had been sparked by farm machinery", "indirect",
          "Mr van der Linde", "Garry van der Linde"),
        Q("it was too early to say", "indirect", "Mr van der Linde", "Garry van der Linde"),
        Q("the family home had survived", "indirect", "Jenny Kostopoulos", "Jenny Kostopoulos"),
        Q("“We had the sprinklers going on the roof and the boys were out with the fire unit,”", "direct", "she",
          "Jenny Kostopoulos", speaker_at="she said"),
        Q("“When the front came through, it sounded like a freight train.”", "direct", "she", "Jenny Kostopoulos",
          speaker_at="she said"),
        Q("temperatures would ease to the mid-20s by Wednesday afternoon", "indirect",
          "A Bureau of Meteorology spokesperson", None),
        Q("dry conditions would persist through the weekend and into next week", "indirect",
          "A Bureau of Meteorology spokesperson", None),
        Q("the state would provide emergency grants of up to $1340 per adult to affected households", "indirect",
          "Rachel Odhiambo-Grant", "Rachel Odhiambo-Grant"),
        Q("“These are tough, resilient communities, but nobody should have to go through a night like that alone,”",
          "direct", "the minister", "Rachel Odhiambo-Grant"),
        Q("the council would waive tip fees for fire-damaged material", "indirect", "Tomasz Wiśniewski",
          "Tomasz Wiśniewski"),
        Q("“extraordinary”", "partial", "Tomasz Wiśniewski", "Tomasz Wiśniewski"),
        Q("a 67-year-old man had been treated for smoke inhalation and taken to University Hospital Geelong in a "
          "stable condition", "indirect", "Police", None),
    ], source="blind"),
    Case("blind51-port-nelson-strike", """Port Nelson workers walk off the job in pay dispute

About 90 stevedores and marine staff at Port Nelson walked off the job at 6am on Thursday in the first strike at the port in more than 20 years, leaving two container ships waiting at anchor in Tasman Bay.

The workers, members of the Rail and Maritime Transport Union (RMTU), are seeking a 7 per cent pay rise and changes to rosters.

RMTU organiser Hemi Te Awa-Rēweti said members had not taken the decision lightly. "Nobody wants to be standing at the gate in the rain," he said. "But our people are doing 12-hour shifts back to back, and fatigue on a wharf gets people killed."

He said the union had offered to return to mediation "at any time" but the company had "walked away from the table".

Port Nelson chief executive Sandra Whitcombe-Ngata said the company's offer of 4.5 per cent in the first year and 3.5 per cent in the second was "fair and responsible" given rising costs at the port.

"We value our people and we want a deal, but we also have to keep this port competitive for the exporters of Nelson and Tasman who rely on it," she said in a statement.

According to the company, the strike will delay the export of about 4000 tonnes of apples and kiwifruit as the picking season reaches its peak.

Nelson Tasman Chamber of Commerce chief executive Mark Lindqvist urged both sides to "get back in a room and sort it out".

"Every day those ships sit out there, it costs growers and it costs this region," he told the Nelson Mail.

On the picket line outside the port's Vickerman St gate, workers in hi-vis vests were cheered by passing motorists. Lasher Sione Fifita, who has worked at the port for 14 years, said he had missed his daughter's birthday twice in the past year because of roster changes.

"I love this job. I just want to see my kids," he said.

The strike is due to end at 6am on Saturday. The union said further action had not been ruled out.""", [
        Q("members had not taken the decision lightly", "indirect", "Hemi Te Awa-Rēweti", "Hemi Te Awa-Rēweti"),
        Q('"Nobody wants to be standing at the gate in the rain,"', "direct", "he", "Hemi Te Awa-Rēweti",
          speaker_at='rain," he said'),
        Q('"But our people are doing 12-hour shifts back to back, and fatigue on a wharf gets people killed."',
          "direct", "he", "Hemi Te Awa-Rēweti", speaker_at='rain," he said'),
        Q('"at any time"', "partial", "He", "Hemi Te Awa-Rēweti", speaker_at="He said the union"),
        Q('"walked away from the table"', "partial", "He", "Hemi Te Awa-Rēweti", speaker_at="He said the union"),
        Q('"fair and responsible"', "partial", "Sandra Whitcombe-Ngata", "Sandra Whitcombe-Ngata"),
        Q('"We value our people and we want a deal, but we also have to keep this port competitive for the exporters '
          'of Nelson and Tasman who rely on it,"', "direct", "she", "Sandra Whitcombe-Ngata",
          speaker_at="she said in a statement"),
        Q("the strike will delay the export of about 4000 tonnes of apples and kiwifruit as the picking season "
          "reaches its peak", "indirect", "the company", "Port Nelson", speaker_at="According to the company"),
        Q('"get back in a room and sort it out"', "partial", "Mark Lindqvist", "Mark Lindqvist"),
        Q('"Every day those ships sit out there, it costs growers and it costs this region,"', "direct", "he",
          "Mark Lindqvist", speaker_at="he told the Nelson Mail"),
        Q("he had missed his daughter's birthday twice in the past year because of roster changes", "indirect",
          "Sione Fifita", "Sione Fifita"),
        Q('"I love this job. I just want to see my kids,"', "direct", "he", "Sione Fifita",
          speaker_at='kids," he said'),
        Q("further action had not been ruled out", "indirect", "The union", "Rail and Maritime Transport Union",
          speaker_at="The union said"),
    ], source="blind"),
    Case("blind51-blades-pats", """Blades rally late to stun Pats, even series

The Saskatoon Blades were down two goals with less than eight minutes left in regulation on Saturday night. Then Jonas van Rensburg took over.

The 19-year-old Dutch-born winger scored twice in a span of 3:41 and set up Brennan Okimaw's winner in overtime as the Blades beat the Regina Pats 4-3 at SaskTel Centre to even their Western Hockey League first-round series at 2-2.

"Honestly, I just stopped thinking," van Rensburg said. "Coach told us at the second intermission to simplify, get pucks deep, go to the net. That's all it was."

Okimaw's winner came 6:12 into overtime, when he buried a rebound from the edge of the crease after Regina goalie Luca Bertolini-Hayes couldn't control van Rensburg's point shot.

"I didn't even see it go in," Okimaw said. "I just heard the building."

A crowd of 8,214 — the Blades' largest of the season — was on its feet for most of the third period.

Blades head coach Dean Brockmann said afterward that his team had "played scared" for two periods and that he had told them so, in more colourful language, during the second intermission.

"I'm not going to repeat exactly what was said," Brockmann said with a grin. "But the message was pretty clear: this is playoff hockey, and you have to earn every inch."

Regina had led 3-1 after goals from Matthieu Ouellet-Tremblay, Kai Stonechild and captain Ryder Haugen. Bertolini-Hayes made 38 saves.

Pats head coach Marc-André Desrosiers said his club had let the game slip away. "We stopped skating. You can't do that against a team like that in their building," he said.

He told reporters that defenceman Evan Przybylski would be evaluated Sunday after leaving the game in the second period with an upper-body injury.

Game 5 goes Tuesday in Regina. Game 6 is Thursday at SaskTel Centre.""", [
        Q('"Honestly, I just stopped thinking,"', "direct", "van Rensburg", "Jonas van Rensburg",
          speaker_at="van Rensburg said"),
        Q('"Coach told us at the second intermission to simplify, get pucks deep, go to the net. That\'s all it was."',
          "direct", "van Rensburg", "Jonas van Rensburg", speaker_at="van Rensburg said"),
        Q('"I didn\'t even see it go in,"', "direct", "Okimaw", "Brennan Okimaw", speaker_at="Okimaw said"),
        Q('"I just heard the building."', "direct", "Okimaw", "Brennan Okimaw", speaker_at="Okimaw said"),
        Q('"played scared"', "partial", "Dean Brockmann", "Dean Brockmann"),
        Q("he had told them so, in more colourful language, during the second intermission", "indirect",
          "Dean Brockmann", "Dean Brockmann"),
        Q('"I\'m not going to repeat exactly what was said,"', "direct", "Brockmann", "Dean Brockmann",
          speaker_at="Brockmann said with a grin"),
        Q('"But the message was pretty clear: this is playoff hockey, and you have to earn every inch."', "direct",
          "Brockmann", "Dean Brockmann", speaker_at="Brockmann said with a grin"),
        Q("his club had let the game slip away", "indirect", "Marc-André Desrosiers", "Marc-André Desrosiers"),
        Q('"We stopped skating. You can\'t do that against a team like that in their building,"', "direct", "he",
          "Marc-André Desrosiers", speaker_at='building," he said'),
        Q("defenceman Evan Przybylski would be evaluated Sunday after leaving the game in the second period with an "
          "upper-body injury", "indirect", "He", "Marc-André Desrosiers", speaker_at="He told reporters"),
    ], source="blind"),
    Case("blind51-kagera-malaria", """Kagera on alert as malaria cases surge after heavy rains

Dar es Salaam. The government has issued a malaria alert for five districts in Kagera Region after a sharp rise in infections that health officials link to unusually heavy rains.

Health facilities in Muleba, Karagwe, Ngara, Biharamulo and Missenyi districts recorded 48,312 confirmed malaria cases between March and April, compared with 21,950 in the same period last year, according to the National Malaria Control Programme (NMCP).

NMCP manager Dr Neema Mwakalinga said in Dar es Salaam yesterday that the rise was linked to the long rains, which began earlier than usual and left stagnant water across farms and settlements.

“Every pool of water left behind by the rains is a breeding site. We are asking families to clear their surroundings and, above all, to sleep under a treated net every single night,” Dr Mwakalinga said.

She said the ministry had dispatched 120,000 long-lasting insecticidal nets and additional stocks of rapid diagnostic tests and medicines to the region, and that indoor residual spraying would begin in the worst-hit wards next week.

Children under five and pregnant women account for more than half of the admissions, according to the Kagera regional medical officer, Dr Emmanuel Rweyemamu.

“Our paediatric wards are full. At Muleba District Hospital some children are sharing beds,” he told The Citizen by phone.

Residents of Kamachumu Ward in Muleba said mosquitoes had become “unbearable” since the rains started.

Mzee Juma Rashidi, a 63-year-old coffee farmer, said three of his grandchildren had been treated for malaria in April alone. “In the past we used to see this in the long rains, but not like this,” he said. “Now every house has someone who is sick.”

Prof Joseph Kamugisha, a public health specialist at the Catholic University of Health and Allied Sciences in Mwanza, warned that rising temperatures were pushing malaria into highland areas that had previously been largely free of the disease.

He said the country needed “a long-term plan, not a fire brigade response” and called for more investment in entomological surveillance.

Malaria remains one of the leading causes of death among children under five in Tanzania, according to the World Health Organization. The government has set a target of eliminating the disease by 2030.""", [
        Q("Health facilities in Muleba, Karagwe, Ngara, Biharamulo and Missenyi districts recorded 48,312 confirmed "
          "malaria cases between March and April, compared with 21,950 in the same period last year", "indirect",
          "the National Malaria Control Programme", "National Malaria Control Programme"),
        Q("the rise was linked to the long rains, which began earlier than usual and left stagnant water across farms "
          "and settlements", "indirect", "Neema Mwakalinga", "Neema Mwakalinga"),
        Q("“Every pool of water left behind by the rains is a breeding site. We are asking families to clear their "
          "surroundings and, above all, to sleep under a treated net every single night,”", "direct",
          "Dr Mwakalinga", "Neema Mwakalinga"),
        Q("the ministry had dispatched 120,000 long-lasting insecticidal nets and additional stocks of rapid "
          "diagnostic tests and medicines to the region, and that indoor residual spraying would begin in the "
          "worst-hit wards next week", "indirect", "She", "Neema Mwakalinga", speaker_at="She said"),
        Q("Children under five and pregnant women account for more than half of the admissions", "indirect",
          "Emmanuel Rweyemamu", "Emmanuel Rweyemamu"),
        Q("“Our paediatric wards are full. At Muleba District Hospital some children are sharing beds,”", "direct",
          "he", "Emmanuel Rweyemamu", speaker_at="he told The Citizen"),
        Q("“unbearable”", "partial", "Residents of Kamachumu Ward in Muleba", None),
        Q("three of his grandchildren had been treated for malaria in April alone", "indirect", "Juma Rashidi",
          "Juma Rashidi"),
        Q("“In the past we used to see this in the long rains, but not like this,”", "direct", "he", "Juma Rashidi",
          speaker_at="he said"),
        Q("“Now every house has someone who is sick.”", "direct", "he", "Juma Rashidi", speaker_at="he said"),
        Q("rising temperatures were pushing malaria into highland areas that had previously been largely free of the "
          "disease", "indirect", "Joseph Kamugisha", "Joseph Kamugisha"),
        Q("“a long-term plan, not a fire brigade response”", "partial", "He", "Joseph Kamugisha",
          speaker_at="He said the country"),
        Q("Malaria remains one of the leading causes of death among children under five in Tanzania", "indirect",
          "the World Health Organization", "World Health Organization"),
    ], source="blind"),
    Case("blind51-ogunmakin-crash", """11 burnt to death as bus rams into trailer on Lagos-Ibadan Expressway

Eleven passengers were burnt to death on Sunday when a commercial bus rammed into a stationary trailer at Ogunmakin, along the Lagos-Ibadan Expressway in Ogun State.

The Federal Road Safety Corps said four other passengers were rescued with varying degrees of burns and taken to the Federal Medical Centre, Abeokuta.

The Ogun State Sector Commander of the FRSC, Mr Anthony Uga-Ekpenyong, told our correspondent that the crash, which happened around 5.40am, was caused by excessive speed and fatigue.

"From our findings, the driver of the Toyota Hiace bus was driving at excessive speed and lost control before hitting the trailer, which had broken down on the road with no warning sign," he said.

"The bus immediately caught fire and most of the passengers could not get out. It is a very sad incident."

Uga-Ekpenyong said the corpses had been deposited at the mortuary of the State Hospital, Ijaye, Abeokuta, and urged commercial drivers to avoid night journeys.

He added that the owner of the trailer was being sought by the police.

The Police Public Relations Officer in the state, DSP Kehinde Olaniyan-Bello, confirmed the incident, saying the trailer driver had fled the scene. "We are on his trail and he will be made to face the law," she said.

A survivor, who gave his name only as Chinedu, said the driver had ignored passengers who begged him to slow down.

"We told him several times that he was going too fast. He said he wanted to make two trips before evening. Now see what has happened," he told PUNCH Metro from his hospital bed.

Residents of the area said the stretch had become a death trap because of broken-down trucks abandoned on the road for days.

One of them, Alhaji Musiliu Adebayo-Sanni, who runs a provision shop near the scene, said, "Every month we see something like this. The trucks break down and nobody removes them. Government must act."

The state Commissioner for Transport, Engr. Olumide Adeyemo-Coker, said the state government would pay the medical bills of the injured. He described the crash as "avoidable and heartbreaking".

The FRSC said 1,143 people had died in road crashes in Ogun State between January and October.""", [
        Q("four other passengers were rescued with varying degrees of burns and taken to the Federal Medical Centre, "
          "Abeokuta", "indirect", "The Federal Road Safety Corps", "Federal Road Safety Corps"),
        Q("the crash, which happened around 5.40am, was caused by excessive speed and fatigue", "indirect",
          "Anthony Uga-Ekpenyong", "Anthony Uga-Ekpenyong"),
        Q('"From our findings, the driver of the Toyota Hiace bus was driving at excessive speed and lost control '
          'before hitting the trailer, which had broken down on the road with no warning sign,"', "direct", "he",
          "Anthony Uga-Ekpenyong", speaker_at='sign," he said'),
        Q('"The bus immediately caught fire and most of the passengers could not get out. It is a very sad '
          'incident."', "direct", "he", "Anthony Uga-Ekpenyong", speaker_at='sign," he said'),
        Q("the corpses had been deposited at the mortuary of the State Hospital, Ijaye, Abeokuta", "indirect",
          "Uga-Ekpenyong", "Anthony Uga-Ekpenyong", speaker_at="Uga-Ekpenyong said"),
        Q("the owner of the trailer was being sought by the police", "indirect", "He", "Anthony Uga-Ekpenyong",
          speaker_at="He added"),
        Q("the trailer driver had fled the scene", "indirect", "Kehinde Olaniyan-Bello", "Kehinde Olaniyan-Bello"),
        Q('"We are on his trail and he will be made to face the law,"', "direct", "she", "Kehinde Olaniyan-Bello",
          speaker_at="she said"),
        Q("the driver had ignored passengers who begged him to slow down", "indirect", "A survivor", "Chinedu"),
        Q('"We told him several times that he was going too fast. He said he wanted to make two trips before '
          'evening. Now see what has happened,"', "direct", "he", "Chinedu", speaker_at="he told PUNCH Metro"),
        Q("the stretch had become a death trap because of broken-down trucks abandoned on the road for days",
          "indirect", "Residents of the area", None),
        Q('"Every month we see something like this. The trucks break down and nobody removes them. Government must '
          'act."', "direct", "Musiliu Adebayo-Sanni", "Musiliu Adebayo-Sanni"),
        Q("the state government would pay the medical bills of the injured", "indirect", "Olumide Adeyemo-Coker",
          "Olumide Adeyemo-Coker"),
        Q('"avoidable and heartbreaking"', "partial", "He", "Olumide Adeyemo-Coker", speaker_at="He described"),
        Q("1,143 people had died in road crashes in Ogun State between January and October", "indirect",
          "The FRSC", "Federal Road Safety Corps", speaker_at="The FRSC said"),
    ], source="blind"),
    Case("blind51-rustenburg-rockfall", """Four miners dead after rockfall at Rustenburg platinum shaft

Four mineworkers were killed and two others injured in a fall of ground at Bokamoso Platinum’s No. 3 shaft near Rustenburg on Tuesday night, the company has confirmed, bringing to 19 the number of deaths on South Africa’s platinum belt this year.

In a statement on Wednesday, Bokamoso said the seismic event had occurred at about 9.15pm, roughly 1.2km below surface, while a team was working at a stope face. Rescue teams recovered the last body shortly after 4am.

“We are devastated. Our thoughts are with the families, friends and colleagues of the four men who lost their lives,” chief executive Annelie de Villiers-Botha said. “We will cooperate fully with the Department of Mineral Resources and Energy and with organised labour to establish exactly what happened.”

Operations at the shaft have been suspended and the injured workers are in a stable condition at a private hospital in Rustenburg, the company said. The names of the deceased would be released once their families had been informed, it said.

The National Union of Mineworkers (NUM) said it had raised concerns about seismicity at the shaft as recently as March. The union’s Bojanala regional secretary, Sifiso Dlamini-Khoza, told Daily Maverick that workers had reported “cracking and popping” in the hanging wall in the days before the accident.

“Our members were telling supervisors that the ground was talking. Nobody listened,” he said. “Every year we bury comrades and every year we are told lessons will be learnt. We are tired of lessons.”

The department’s spokesperson, Nkosinathi Mahlangu, said inspectors had been sent to the mine and that a Section 54 instruction halting work at the affected section had been issued.

The Minerals Council South Africa, which represents most of the country’s mining companies, noted that fatalities had fallen sharply over the past two decades, but said the industry could not afford to be complacent. The council says 55 people died in the country’s mines last year, down from 270 in 2003.

Prof Lerato Ngcobo of the Wits Mining Institute said deep-level platinum and gold mines would always face seismic risk, but that modern monitoring systems could give crews “minutes, sometimes hours” of warning.

“The technology exists. The question is whether it is installed everywhere it should be, and whether anyone acts on the alarms,” she said.

Bokamoso’s shares fell 3.4% on the JSE on Wednesday. DM""", [
        Q("Four mineworkers were killed and two others injured in a fall of ground at Bokamoso Platinum’s No. 3 shaft "
          "near Rustenburg on Tuesday night", "indirect", "the company", "Bokamoso Platinum",
          speaker_at="the company has confirmed"),
        Q("the seismic event had occurred at about 9.15pm, roughly 1.2km below surface, while a team was working at "
          "a stope face", "indirect", "Bokamoso", "Bokamoso Platinum", speaker_at="Bokamoso said"),
        Q("“We are devastated. Our thoughts are with the families, friends and colleagues of the four men who lost "
          "their lives,”", "direct", "Annelie de Villiers-Botha", "Annelie de Villiers-Botha"),
        Q("“We will cooperate fully with the Department of Mineral Resources and Energy and with organised labour to "
          "establish exactly what happened.”", "direct", "Annelie de Villiers-Botha", "Annelie de Villiers-Botha"),
        Q("Operations at the shaft have been suspended and the injured workers are in a stable condition at a "
          "private hospital in Rustenburg", "indirect", "the company", "Bokamoso Platinum",
          speaker_at="the company said"),
        Q("The names of the deceased would be released once their families had been informed", "indirect", "it",
          "Bokamoso Platinum", speaker_at="informed, it said"),
        Q("it had raised concerns about seismicity at the shaft as recently as March", "indirect",
          "The National Union of Mineworkers", "National Union of Mineworkers"),
        Q("“cracking and popping”", "partial", "Sifiso Dlamini-Khoza", "Sifiso Dlamini-Khoza"),
        Q("“Our members were telling supervisors that the ground was talking. Nobody listened,”", "direct", "he",
          "Sifiso Dlamini-Khoza", speaker_at="he said"),
        Q("“Every year we bury comrades and every year we are told lessons will be learnt. We are tired of "
          "lessons.”", "direct", "he", "Sifiso Dlamini-Khoza", speaker_at="he said"),
        Q("inspectors had been sent to the mine and that a Section 54 instruction halting work at the affected "
          "section had been issued", "indirect", "Nkosinathi Mahlangu", "Nkosinathi Mahlangu"),
        Q("fatalities had fallen sharply over the past two decades", "indirect", "The Minerals Council South Africa",
          "Minerals Council South Africa"),
        Q("the industry could not afford to be complacent", "indirect", "The Minerals Council South Africa",
          "Minerals Council South Africa"),
        Q("55 people died in the country’s mines last year, down from 270 in 2003", "indirect", "The council",
          "Minerals Council South Africa", speaker_at="The council says"),
        Q("deep-level platinum and gold mines would always face seismic risk", "indirect", "Lerato Ngcobo",
          "Lerato Ngcobo"),
        Q("“minutes, sometimes hours”", "partial", "Lerato Ngcobo", "Lerato Ngcobo"),
        Q("“The technology exists. The question is whether it is installed everywhere it should be, and whether "
          "anyone acts on the alarms,”", "direct", "she", "Lerato Ngcobo", speaker_at="she said"),
    ], source="blind"),
    Case("blind51-gwatemba-chieftaincy", """Gwatemba chieftaincy wrangle resolved

Chronicle Reporter

A long-running succession dispute over the Gwatemba chieftaincy in Insiza District, Matabeleland South, appears to have been settled after the family's elders nominated 41-year-old teacher Mr Mqondisi Ndlovu as the substantive chief.

The chieftaincy has been vacant since the death of Chief Gwatemba, born Sidumiso Ndlovu, in 2021. Two houses of the family have been at loggerheads over who should succeed him, with the matter at one point ending up at the Gwanda Magistrates' Court.

Speaking after a family meeting at Gwatemba Business Centre on Saturday, the family spokesperson, Mr Bekithemba Ndlovu, said the two houses had agreed to follow "the customs of our forefathers" and to rotate the title between them.

"We have buried our differences. The people of Gwatemba have been without a chief for too long, and that has affected development and the resolution of disputes in the villages," he said.

The Minister of State for Matabeleland South Provincial Affairs and Devolution, Mrs Nokuthula Moyo-Dube, who attended the meeting, said the nomination would be forwarded to the Ministry of Local Government and Public Works for processing before being sent to the President for approval.

"Government does not choose chiefs. It is the family, according to their culture, that chooses, and our role is to make sure the process is fair and transparent," said Mrs Moyo-Dube.

The rival claimant, Mr Lungisani Ndlovu, who had argued that the title should pass only through the late chief's eldest son's line, told the Chronicle that he accepted the outcome.

"I am not going to fight my own family. What matters is that the community is united," he said in a telephone interview.

Chief Khulumani Sibindi of the neighbouring area, a member of the Matabeleland South Provincial Assembly of Chiefs, welcomed the development. He said chieftaincy wrangles had become "a cancer" in the province, delaying the appointment of chiefs and dividing communities.

Villagers who spoke to the Chronicle expressed relief that the matter had been resolved.

"We were tired of this fight. Cattle disputes and land issues have been piling up with no one to hear them," said Mrs Ntombizodwa Khumalo of Avoca village.

Under the Traditional Leaders Act, chiefs are appointed by the President, who must give due regard to the customary principles of succession of the community concerned.""", [
        Q('"the customs of our forefathers"', "partial", "Bekithemba Ndlovu", "Bekithemba Ndlovu"),
        Q("to rotate the title between them", "indirect", "Bekithemba Ndlovu", "Bekithemba Ndlovu"),
        Q('"We have buried our differences. The people of Gwatemba have been without a chief for too long, and that '
          'has affected development and the resolution of disputes in the villages,"', "direct", "he",
          "Bekithemba Ndlovu", speaker_at='villages," he said'),
        Q("the nomination would be forwarded to the Ministry of Local Government and Public Works for processing "
          "before being sent to the President for approval", "indirect", "Nokuthula Moyo-Dube",
          "Nokuthula Moyo-Dube"),
        Q('"Government does not choose chiefs. It is the family, according to their culture, that chooses, and our '
          'role is to make sure the process is fair and transparent,"', "direct", "Mrs Moyo-Dube",
          "Nokuthula Moyo-Dube"),
        Q("the title should pass only through the late chief's eldest son's line", "indirect", "Lungisani Ndlovu",
          "Lungisani Ndlovu"),
        Q("he accepted the outcome", "indirect", "Lungisani Ndlovu", "Lungisani Ndlovu"),
        Q('"I am not going to fight my own family. What matters is that the community is united,"', "direct", "he",
          "Lungisani Ndlovu", speaker_at="he said in a telephone interview"),
        Q('"a cancer"', "partial", "He", "Khulumani Sibindi", speaker_at="He said chieftaincy"),
        Q('"We were tired of this fight. Cattle disputes and land issues have been piling up with no one to hear '
          'them,"', "direct", "Ntombizodwa Khumalo", "Ntombizodwa Khumalo"),
    ], source="blind"),
    Case("blind51-majantel-results", """Majantel net profit rises 11% on data growth

MUSCAT, Feb 12 — Majan Telecommunications Company (Majantel) reported a net profit of RO 38.6 million for 2024, up 11 per cent from the previous year, driven by strong growth in mobile data and fibre broadband subscriptions.

In a disclosure to the Muscat Stock Exchange, the company said revenues rose 6.2 per cent to RO 412 million, while its subscriber base crossed 3.1 million for the first time.

The board of directors has recommended a cash dividend of 45 baisas per share, subject to approval at the annual general meeting in March.

Sheikh Saif bin Nasser al Harthy, Chairman of Majantel, said the results reflected “the sustained investment we have made in our network over the past five years” and the growing appetite for digital services among Omani households and businesses.

Eng Hilal bin Sultan al Rawahi, Chief Executive Officer, said the company had completed the rollout of 5G coverage to all governorates of the Sultanate during the year.

“Our focus now is on quality and on the enterprise segment, where we see the biggest opportunities as Oman Vision 2040 drives the digitisation of government and industry,” al Rawahi said. “We also intend to extend our fibre network to an additional 120,000 homes by the end of this year.”

He added that the company was in talks with two international partners about a new data centre in Duqm, but declined to give details.

The Telecommunications Regulatory Authority (TRA) said in its latest quarterly report that mobile broadband subscriptions in the Sultanate rose 9 per cent year on year to 6.4 million.

Market analysts described the results as “solid”, noting that Majantel had protected its margins despite a price war in prepaid mobile packages launched by its rivals last summer.

“Margins have held up better than expected despite intense competition in the prepaid segment,” said Ahmed al Balushi, head of research at Al Mouj Capital. “The question for 2025 is whether enterprise growth can offset the slowdown in consumer revenue.”

Majantel shares closed 1.8 per cent higher at 1.012 rials on Wednesday, according to the exchange.""", [
        Q("revenues rose 6.2 per cent to RO 412 million, while its subscriber base crossed 3.1 million for the first "
          "time", "indirect", "the company", "Majan Telecommunications Company", speaker_at="the company said"),
        Q("“the sustained investment we have made in our network over the past five years”", "partial",
          "Saif bin Nasser al Harthy", "Saif bin Nasser al Harthy"),
        Q("the company had completed the rollout of 5G coverage to all governorates of the Sultanate during the year",
          "indirect", "Hilal bin Sultan al Rawahi", "Hilal bin Sultan al Rawahi"),
        Q("“Our focus now is on quality and on the enterprise segment, where we see the biggest opportunities as "
          "Oman Vision 2040 drives the digitisation of government and industry,”", "direct", "al Rawahi",
          "Hilal bin Sultan al Rawahi", speaker_at="al Rawahi said"),
        Q("“We also intend to extend our fibre network to an additional 120,000 homes by the end of this year.”",
          "direct", "al Rawahi", "Hilal bin Sultan al Rawahi", speaker_at="al Rawahi said"),
        Q("the company was in talks with two international partners about a new data centre in Duqm", "indirect",
          "He", "Hilal bin Sultan al Rawahi", speaker_at="He added"),
        Q("mobile broadband subscriptions in the Sultanate rose 9 per cent year on year to 6.4 million", "indirect",
          "The Telecommunications Regulatory Authority", "Telecommunications Regulatory Authority"),
        Q("“solid”", "partial", "Market analysts", None),
        Q("Majantel had protected its margins despite a price war in prepaid mobile packages launched by its rivals "
          "last summer", "indirect", "Market analysts", None),
        Q("“Margins have held up better than expected despite intense competition in the prepaid segment,”",
          "direct", "Ahmed al Balushi", "Ahmed al Balushi"),
        Q("“The question for 2025 is whether enterprise growth can offset the slowdown in consumer revenue.”",
          "direct", "Ahmed al Balushi", "Ahmed al Balushi"),
        Q("Majantel shares closed 1.8 per cent higher at 1.012 rials on Wednesday", "indirect", "the exchange",
          "Muscat Stock Exchange", speaker_at="according to the exchange"),
    ], source="blind"),
    Case("blind51-sibu-typhoid", """Typhoid alert after 14 cases detected in Sibu

SIBU: The Sarawak Health Department has issued a typhoid alert for Sibu Division after 14 cases were confirmed in the past three weeks, most of them linked to food stalls at a popular night market.

State health director Dr Wong Siew Lin said all 14 patients, aged between six and 58, had been admitted to Sibu Hospital and were responding well to treatment. No deaths have been reported.

"Our investigation found that several food handlers at the night market had not received the typhoid vaccination, which is mandatory for all food handlers," she said in a statement yesterday.

"Samples taken from two stalls have tested positive for Salmonella Typhi, and those stalls have been ordered to close under Section 11 of the Food Act 1983."

Dr Wong added that health officers were tracing more than 200 close contacts and had so far inspected 67 food premises in the division.

Local Government and Public Health Minister Datuk Dr Lau Ming Siong, when met by reporters after an event in Kuching, urged the public not to panic but to practise good hygiene.

"Wash your hands with soap before eating and after using the toilet, drink only boiled or treated water, and avoid eating raw food from roadside stalls for the time being," he said.

Dr Lau said the Sibu Municipal Council (SMC) had been asked to step up inspections and would not hesitate to revoke the licences of operators who failed to comply.

SMC chairman Mohd Rashid Ahmad Tuah said the night market would remain open, but every stall would be inspected before it could resume operations. According to SMC, the market has about 180 registered stalls.

Sibu Hawkers' Association president Jugah anak Ngelai said traders had been caught off guard by the outbreak.

"Most of us are honest people trying to make a living. We will cooperate fully, but please don't punish the whole market because of a few," he told The Borneo Post.

A regular at the night market, retiree Tiong Hock Seng, said he would stay away for now. "I have been eating here for 20 years, never a problem. But better to be safe," said the 71-year-old.

Typhoid is spread through food and water contaminated with the faeces of an infected person. Symptoms include prolonged fever, headache, stomach pain and loss of appetite.

Members of the public who experience such symptoms are advised to seek treatment at the nearest health clinic.""", [
        Q("all 14 patients, aged between six and 58, had been admitted to Sibu Hospital and were responding well to "
          "treatment", "indirect", "Wong Siew Lin", "Wong Siew Lin"),
        Q('"Our investigation found that several food handlers at the night market had not received the typhoid '
          'vaccination, which is mandatory for all food handlers,"', "direct", "she", "Wong Siew Lin",
          speaker_at="she said in a statement"),
        Q('"Samples taken from two stalls have tested positive for Salmonella Typhi, and those stalls have been '
          'ordered to close under Section 11 of the Food Act 1983."', "direct", "she", "Wong Siew Lin",
          speaker_at="she said in a statement"),
        Q("health officers were tracing more than 200 close contacts and had so far inspected 67 food premises in the "
          "division", "indirect", "Dr Wong", "Wong Siew Lin",
          speaker_at="Dr Wong added"),
        Q('"Wash your hands with soap before eating and after using the toilet, drink only boiled or treated water, '
          'and avoid eating raw food from roadside stalls for the time being,"', "direct", "he", "Lau Ming Siong",
          speaker_at='time being," he said'),
        Q("the Sibu Municipal Council (SMC) had been asked to step up inspections and would not hesitate to revoke "
          "the licences of operators who failed to comply", "indirect", "Dr Lau", "Lau Ming Siong",
          speaker_at="Dr Lau said"),
        Q("the night market would remain open, but every stall would be inspected before it could resume operations",
          "indirect", "Mohd Rashid Ahmad Tuah", "Mohd Rashid Ahmad Tuah"),
        Q("the market has about 180 registered stalls", "indirect", "SMC", "Sibu Municipal Council",
          speaker_at="According to SMC"),
        Q("traders had been caught off guard by the outbreak", "indirect", "Jugah anak Ngelai", "Jugah anak Ngelai"),
        Q('"Most of us are honest people trying to make a living. We will cooperate fully, but please don\'t punish '
          'the whole market because of a few,"', "direct", "he", "Jugah anak Ngelai",
          speaker_at="he told The Borneo Post"),
        Q("he would stay away for now", "indirect", "Tiong Hock Seng", "Tiong Hock Seng"),
        Q('"I have been eating here for 20 years, never a problem. But better to be safe,"', "direct",
          "the 71-year-old", "Tiong Hock Seng"),
    ], source="blind"),
    Case("blind51-qc-nurses", """Nurses stage walkout at QC hospital over unpaid allowances

MANILA, Philippines — Around 300 nurses and other health workers at a private hospital in Quezon City walked off the job on Monday over unpaid hazard and night-shift allowances.

The St. Raphael Medical Center Employees Union (SRMCEU) said at least 180 nurses had not received the allowances since January, in violation of a collective bargaining agreement signed last year.

"We took care of patients through typhoons, floods and a dengue outbreak. All we are asking is to be paid what was promised to us," union president Jocelyn dela Cruz-Mañalac told the Inquirer.

Dela Cruz-Mañalac said the union had written to management four times since February without receiving a reply.

Emergency room and intensive care services would continue with skeleton staff, the union assured the public. "We will never abandon critical patients," she said.

In a statement, the hospital's management acknowledged "delays" in the release of the allowances and said these were caused by late reimbursements from the Philippine Health Insurance Corp. (PhilHealth).

"Management is committed to settling all obligations to our health workers within the month," the statement said.

PhilHealth, in a text message to reporters, denied that it had held up payments to the hospital, saying all valid claims filed in the first quarter had been paid.

Labor Undersecretary Ma. Carmela Buenaventura-Ocampo said the Department of Labor and Employment (DOLE) had called both parties to a conciliation conference on Wednesday.

"Our priority is that no patient is put at risk and that our health workers get what is due them under the law," she said in a radio interview.

Sen. Gregorio de Guzman, who chairs the Senate committee on health, said he would file a resolution seeking an inquiry into delayed benefits for health workers in both public and private hospitals.

"Our nurses are leaving for abroad by the thousands, and this is one of the reasons why," de Guzman said. "We cannot keep calling them heroes and then make them wait eight months for their pay."

The Department of Health said it was monitoring the situation to make sure patient care was not compromised.

The Philippines loses thousands of nurses every year to jobs in the Middle East, the United Kingdom and the United States, according to the Philippine Nurses Association.""", [
        Q("at least 180 nurses had not received the allowances since January, in violation of a collective bargaining "
          "agreement signed last year", "indirect", "The St. Raphael Medical Center Employees Union",
          "St. Raphael Medical Center Employees Union"),
        Q('"We took care of patients through typhoons, floods and a dengue outbreak. All we are asking is to be paid '
          'what was promised to us,"', "direct", "Jocelyn dela Cruz-Mañalac", "Jocelyn dela Cruz-Mañalac"),
        Q("the union had written to management four times since February without receiving a reply", "indirect",
          "Dela Cruz-Mañalac", "Jocelyn dela Cruz-Mañalac"),
        Q("Emergency room and intensive care services would continue with skeleton staff", "indirect", "the union",
          "St. Raphael Medical Center Employees Union", speaker_at="the union assured"),
        Q('"We will never abandon critical patients,"', "direct", "she", "Jocelyn dela Cruz-Mañalac",
          speaker_at='patients," she said'),
        Q('"delays"', "partial", "the hospital's management", "St. Raphael Medical Center"),
        Q("these were caused by late reimbursements from the Philippine Health Insurance Corp. (PhilHealth)",
          "indirect", "the hospital's management", "St. Raphael Medical Center"),
        Q('"Management is committed to settling all obligations to our health workers within the month,"', "direct",
          "the statement", "St. Raphael Medical Center", speaker_at="the statement said"),
        Q("it had held up payments to the hospital", "indirect", "PhilHealth", "Philippine Health Insurance Corp.",
          speaker_at="PhilHealth, in a text message"),
        Q("all valid claims filed in the first quarter had been paid", "indirect", "PhilHealth",
          "Philippine Health Insurance Corp.", speaker_at="PhilHealth, in a text message"),
        Q("the Department of Labor and Employment (DOLE) had called both parties to a conciliation conference on "
          "Wednesday", "indirect", "Ma. Carmela Buenaventura-Ocampo", "Ma. Carmela Buenaventura-Ocampo"),
        Q('"Our priority is that no patient is put at risk and that our health workers get what is due them under '
          'the law,"', "direct", "she", "Ma. Carmela Buenaventura-Ocampo", speaker_at="she said in a radio interview"),
        Q("he would file a resolution seeking an inquiry into delayed benefits for health workers in both public and "
          "private hospitals", "indirect", "Gregorio de Guzman", "Gregorio de Guzman"),
        Q('"Our nurses are leaving for abroad by the thousands, and this is one of the reasons why,"', "direct",
          "de Guzman", "Gregorio de Guzman", speaker_at="de Guzman said"),
        Q('"We cannot keep calling them heroes and then make them wait eight months for their pay."', "direct",
          "de Guzman", "Gregorio de Guzman", speaker_at="de Guzman said"),
        Q("it was monitoring the situation to make sure patient care was not compromised", "indirect",
          "The Department of Health", "Department of Health"),
        Q("The Philippines loses thousands of nurses every year to jobs in the Middle East, the United Kingdom and "
          "the United States", "indirect", "the Philippine Nurses Association", "Philippine Nurses Association"),
    ], source="blind"),
    Case("blind51-mysuru-marathon", """Kenya's Chelimo, Ethiopia's Alemu win Mysuru marathon

Mysuru: Kenya's Brian Kiprono Chelimo won the men's title at the Mysuru Heritage Marathon on Sunday in a course record of 2:11:46, while Ethiopia's Tigist Alemu Worku took the women's crown in 2:29:03.

Chelimo broke away from a leading pack of six near the 32 km mark on the Lalitha Mahal Road and finished nearly a minute clear of compatriot Dennis Kibet.

"I was feeling strong after 30 km, so I decided to go. The weather was cool in the morning and the crowd near the palace gave me energy," Chelimo said after the race.

Alemu, running only her second marathon, said she had come to India to "run fast and learn". "This is my first win outside Ethiopia. I will remember Mysuru always," she said through an interpreter.

Among Indians, Army's Karan Singh Thakur finished fifth overall and first among Indian men in 2:17:52, a personal best. Thakur said he had trained at altitude in Ooty for two months before the race.

"My target was to go under 2:18 and I did it, so I am very happy. Next I want to qualify for the Asian Games," he told DH.

In the women's race, Maharashtra's Priyanka Jadhav-Patil was the best-placed Indian in seventh.

Race director Prof K S Nagabhushan, who teaches physical education at the University of Mysore, said more than 14,000 runners had taken part in the full marathon, half marathon and 10 km categories, up from about 9,000 last year.

Deputy Commissioner G Lakshmikantha Reddy, who flagged off the race at the palace's north gate, said the district administration wanted to make the event "a signature fixture on the international running calendar".

According to the organisers, the total prize money of Rs 40 lakh was the highest for any marathon in Karnataka outside Bengaluru.

Medical officials at the finish line said 23 runners were treated for dehydration and cramps, and two were shifted to K R Hospital as a precaution. Both were later discharged.

Some runners, however, complained about the lack of water stations in the second half of the course. "After 25 km there was one table with no cups left. For a race of this size, that is not acceptable," said Bengaluru-based amateur Rohan D'Souza, who finished the full marathon in 3:41.

Nagabhushan said the complaints would be looked into before next year's edition.""", [
        Q('"I was feeling strong after 30 km, so I decided to go. The weather was cool in the morning and the crowd '
          'near the palace gave me energy,"', "direct", "Chelimo", "Brian Kiprono Chelimo",
          speaker_at="Chelimo said"),
        Q('"run fast and learn"', "partial", "Alemu", "Tigist Alemu Worku", speaker_at="Alemu, running"),
        Q('"This is my first win outside Ethiopia. I will remember Mysuru always,"', "direct", "she",
          "Tigist Alemu Worku", speaker_at="she said through an interpreter"),
        Q("he had trained at altitude in Ooty for two months before the race", "indirect", "Thakur",
          "Karan Singh Thakur", speaker_at="Thakur said"),
        Q('"My target was to go under 2:18 and I did it, so I am very happy. Next I want to qualify for the Asian '
          'Games,"', "direct", "he", "Karan Singh Thakur", speaker_at="he told DH"),
        Q("more than 14,000 runners had taken part in the full marathon, half marathon and 10 km categories, up from "
          "about 9,000 last year", "indirect", "K S Nagabhushan", "K S Nagabhushan"),
        Q('"a signature fixture on the international running calendar"', "partial", "G Lakshmikantha Reddy",
          "G Lakshmikantha Reddy"),
        Q("the total prize money of Rs 40 lakh was the highest for any marathon in Karnataka outside Bengaluru",
          "indirect", "the organisers", None),
        Q("23 runners were treated for dehydration and cramps, and two were shifted to K R Hospital as a precaution",
          "indirect", "Medical officials at the finish line", None),
        Q('"After 25 km there was one table with no cups left. For a race of this size, that is not acceptable,"',
          "direct", "Rohan D'Souza", "Rohan D'Souza"),
        Q("the complaints would be looked into before next year's edition", "indirect", "Nagabhushan",
          "K S Nagabhushan", speaker_at="Nagabhushan said"),
    ], source="blind"),
]
