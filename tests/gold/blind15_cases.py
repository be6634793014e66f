"""Blind gold, batch 15: sixteen short news articles written without seeing the pretagger.

Wire copy with datelines (Reuters, AP, Yonhap) and regional house styles from
London, Wales, Ireland, Queensland, New Zealand, Canada, Zimbabwe, Nigeria,
South Africa, Jordan, Indonesia, Jamaica and a US state capital: curly and
straight double quotes, British single quotes, names with particles, double
and hyphenated surnames, family-name-first names, single names and titles,
unnamed sources, quotes running over a paragraph break, scare quotes and
titles in marks (not annotated). Format: gold_format.Case and Q.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind15-reuters-telekom", """Malaysia's Seri Telekom profit jumps 21% as 5G users trade up

KUALA LUMPUR (Reuters) - Malaysian mobile operator Seri Telekom Bhd reported a 21% rise in third-quarter net profit on Thursday, helped by faster-than-expected take-up of its 5G plans, and said it would raise its dividend payout to 90% of earnings.

Net profit for the July-September quarter rose to 612 million ringgit ($137 million) from 506 million ringgit a year earlier, the company said in a filing with Bursa Malaysia. Revenue climbed 8% to 3.1 billion ringgit.

"We are seeing customers trade up faster than we had planned for, especially outside the Klang Valley," chief executive Datuk Seri Ahmad Faizal bin Hashim told reporters at a briefing. "Rural demand surprised us."

He said the operator had added 1.4 million 5G subscribers in the quarter, taking its total to 6.8 million, and expected to pass 8 million by the end of the year.

Seri Telekom's shares rose as much as 6.2% to 7.45 ringgit, their highest since November 2022, before closing up 4.9%. The benchmark index ended flat.

Analysts said the results beat expectations. According to a note from Maybank Investment Bank, average revenue per user rose for a third straight quarter, which the bank called "the clearest sign yet that the 5G investment is paying off".

Not everyone was convinced. Lim Wei Jie, head of research at a Kuala Lumpur brokerage, said the price war in prepaid plans had "only paused, not ended", and warned that margins could come under pressure next year once a rival network completes its rollout.

The results come weeks after the government said it would allow a second 5G network to operate alongside the state-backed Digital Nasional Berhad (DNB). Industry executives have said the change will force operators to spend billions of ringgit more over the next five years.

Ahmad Faizal declined to say how much Seri Telekom would invest in the second network. "We will be disciplined," he said. "We are not going to chase coverage at any price."

The company also named chief financial officer Tan Mei Ling as deputy chief executive, a move analysts see as positioning her as a potential successor. Tan, a former Citibank executive, joined the firm in 2019.

A DNB spokesperson said the network operator was "in constructive talks" with all of its shareholders about the transition.

($1 = 4.4650 ringgit)

(Reporting by Nur Aisyah Ramli; Editing by Helen Stoddart)""", [
        Q("it would raise its dividend payout to 90% of earnings", "indirect", "Seri Telekom Bhd", "Seri Telekom Bhd"),
        Q("Net profit for the July-September quarter rose to 612 million ringgit ($137 million) from 506 million "
          "ringgit a year earlier", "indirect", "the company", "Seri Telekom Bhd",
          speaker_at="the company said in a filing"),
        Q('"We are seeing customers trade up faster than we had planned for, especially outside the Klang Valley,"',
          "direct", "Ahmad Faizal bin Hashim", "Ahmad Faizal bin Hashim"),
        Q('"Rural demand surprised us."', "direct", "Ahmad Faizal bin Hashim", "Ahmad Faizal bin Hashim"),
        Q("the operator had added 1.4 million 5G subscribers in the quarter, taking its total to 6.8 million, and "
          "expected to pass 8 million by the end of the year", "indirect", "He", "Ahmad Faizal bin Hashim",
          speaker_at="He said the operator"),
        Q("the results beat expectations", "indirect", "Analysts", None, speaker_at="Analysts said"),
        Q("average revenue per user rose for a third straight quarter", "indirect", "Maybank Investment Bank",
          "Maybank Investment Bank"),
        Q('"the clearest sign yet that the 5G investment is paying off"', "partial", "the bank",
          "Maybank Investment Bank", speaker_at="which the bank called"),
        Q('"only paused, not ended"', "partial", "Lim Wei Jie", "Lim Wei Jie"),
        Q("that margins could come under pressure next year once a rival network completes its rollout", "indirect",
          "Lim Wei Jie", "Lim Wei Jie"),
        Q("it would allow a second 5G network to operate alongside the state-backed Digital Nasional Berhad (DNB)",
          "indirect", "the government", None),
        Q("the change will force operators to spend billions of ringgit more over the next five years", "indirect",
          "Industry executives", None),
        Q('"We will be disciplined,"', "direct", "he", "Ahmad Faizal bin Hashim", speaker_at="he said"),
        Q('"We are not going to chase coverage at any price."', "direct", "he", "Ahmad Faizal bin Hashim",
          speaker_at="he said"),
        Q('"in constructive talks"', "partial", "A DNB spokesperson", None),
    ], source="blind"),
    Case("blind15-ap-fuego", """Guatemala's Volcano of Fire erupts, forcing thousands to flee

ESCUINTLA, Guatemala (AP) \u2014 Guatemala's Volcano of Fire erupted Sunday, sending a column of ash nearly 5 kilometers (3 miles) into the sky and forcing authorities to evacuate more than 3,000 people from villages on its slopes.

The country's disaster agency, known by its Spanish acronym CONRED, said pyroclastic flows were racing down at least two ravines on the volcano's southern flank. It raised the alert to red in four municipalities and closed a stretch of highway linking the capital to the Pacific coast.

"We are not going to take any risks this time," CONRED spokesman Juan Carlos G\u00e1lvez Ruiz told reporters in Escuintla. "If people are told to leave, they must leave."

The warning carried particular weight in a region still haunted by the 2018 eruption, when avalanches of superheated gas and rock buried the village of San Miguel Los Lotes and killed at least 215 people. Hundreds more were never found.

In El Rodeo, families loaded mattresses, chickens and children onto the backs of pickup trucks as ash fell like gray snow.

"The last time, we waited and we lost our neighbors," said Mar\u00eda de los \u00c1ngeles Cutzal, a 52-year-old street vendor who clutched a plastic bag stuffed with documents. "I'm not waiting again."

Her husband, Esteban, said the family had heard rumbling since before dawn. He said they would stay with relatives in Escuintla until authorities told them it was safe to go home.

The national seismology and volcanology institute, INSIVUMEH, said in a bulletin that the eruption was the strongest since 2018 and that explosions could be heard more than 25 kilometers (15 miles) away. Ash was falling on at least 12 communities, according to the institute.

La Aurora International Airport in Guatemala City was closed as a precaution, the civil aviation authority said, and at least 40 flights were canceled.

Government spokeswoman Patricia Orantes Lemus said on X that 18 shelters had been set up and that the army was trucking in food and water. "No family will face this alone," she wrote.

Some residents complained that the evacuation buses came too late. "They always say they are ready," said a man in El Rodeo who would not give his name. "We had to find our own way out."

G\u00e1lvez Ruiz rejected the criticism, saying the first buses had arrived within an hour of the alert.

The Volcano of Fire, one of Central America's most active, sits about 35 kilometers (22 miles) southwest of Guatemala City. It has erupted regularly since 2002.""", [
        Q("pyroclastic flows were racing down at least two ravines on the volcano's southern flank", "indirect",
          "The country's disaster agency", "CONRED"),
        Q('"We are not going to take any risks this time,"', "direct", "Juan Carlos G\u00e1lvez Ruiz",
          "Juan Carlos G\u00e1lvez Ruiz"),
        Q('"If people are told to leave, they must leave."', "direct", "Juan Carlos G\u00e1lvez Ruiz",
          "Juan Carlos G\u00e1lvez Ruiz"),
        Q('"The last time, we waited and we lost our neighbors,"', "direct", "Mar\u00eda de los \u00c1ngeles Cutzal",
          "Mar\u00eda de los \u00c1ngeles Cutzal"),
        Q('"I\'m not waiting again."', "direct", "Mar\u00eda de los \u00c1ngeles Cutzal",
          "Mar\u00eda de los \u00c1ngeles Cutzal"),
        Q("the family had heard rumbling since before dawn", "indirect", "Esteban", "Esteban"),
        Q("they would stay with relatives in Escuintla until authorities told them it was safe to go home",
          "indirect", "He", "Esteban", speaker_at="He said they"),
        Q("that the eruption was the strongest since 2018 and that explosions could be heard more than 25 kilometers "
          "(15 miles) away", "indirect", "INSIVUMEH", "INSIVUMEH"),
        Q("Ash was falling on at least 12 communities", "indirect", "the institute", "INSIVUMEH"),
        Q("La Aurora International Airport in Guatemala City was closed as a precaution", "indirect",
          "the civil aviation authority", None),
        Q("that 18 shelters had been set up and that the army was trucking in food and water", "indirect",
          "Patricia Orantes Lemus", "Patricia Orantes Lemus"),
        Q('"No family will face this alone,"', "direct", "she", "Patricia Orantes Lemus", speaker_at="she wrote"),
        Q("that the evacuation buses came too late", "indirect", "Some residents", None),
        Q('"They always say they are ready,"', "direct", "a man in El Rodeo", None),
        Q('"We had to find our own way out."', "direct", "a man in El Rodeo", None),
        Q("the first buses had arrived within an hour of the alert", "indirect", "G\u00e1lvez Ruiz",
          "Juan Carlos G\u00e1lvez Ruiz", speaker_at="G\u00e1lvez Ruiz rejected"),
    ], source="blind"),
    Case("blind15-standard-camden", """Camden tower plan \u2018out of all proportion\u2019, say residents

Plans for a 29-storey block of student flats beside a Grade II-listed terrace in Kentish Town have been branded \u2018out of all proportion\u2019 by residents, who have lodged more than 1,400 objections with Camden council.

Developer Halcyon Living wants to demolish a former Royal Mail sorting office on Kentish Town Road and replace it with 640 student rooms, a gym and 35 \u2018affordable workspace\u2019 units on the lower floors.

Opponents say the building would overshadow homes on Hartland Road and block views from Parliament Hill that are protected under the London Plan.

\u2018It would loom over every garden on this street,\u2019 said Priya Raghunathan-Blake, chair of the Hartland Road Residents\u2019 Association. \u2018Nobody is against student housing, but this is a slab of glass dropped into a conservation area.\u2019

She said the association had raised \u00a318,000 to pay for its own daylight study, which found that 42 homes would lose more than a fifth of their winter sunlight.

Halcyon Living insists the scheme has been \u2018shaped by the community\u2019. In a statement, a spokesman for the firm said it had held nine public consultation events and cut two storeys from its original design.

\u2018London needs purpose-built student homes, and this site is next to a Tube station,\u2019 the spokesman said. \u2018Every room we build frees up a family home somewhere else in the borough.\u2019

The row has split Camden\u2019s Labour group. Cllr Danny Oyelaran-Whitfield, the council\u2019s cabinet member for planning, said he could not comment on a live application but that the council would \u2018weigh every objection carefully\u2019.

However, his party colleague Cllr Siobhan McAteer, who represents Kentish Town South, told the Standard that she would vote against the plan if it came before the planning committee. \u2018I have not met a single constituent who supports it,\u2019 she said.

Historic England has also raised concerns. In its formal response, the heritage body said the tower would cause \u2018less than substantial harm\u2019 to the setting of the listed terrace \u2013 a phrase that under planning law obliges the council to weigh the damage against any public benefits.

Dr Hugo van Rensburg, who lectures in urban planning at UCL, said the case was typical of the pressures facing inner London boroughs. \u2018Councils are being asked to hit housing targets on sites that were never designed for height,\u2019 he said. \u2018Something has to give, and usually it\u2019s the neighbours\u2019 view of the sky.\u2019

A decision is expected in the spring. If the council refuses permission, the developer is expected to appeal to the Planning Inspectorate.""", [
        Q("\u2018out of all proportion\u2019", "partial", "residents", None,
          at="\u2018out of all proportion\u2019, say residents", speaker_at="say residents"),
        Q("\u2018out of all proportion\u2019", "partial", "residents", None,
          at="\u2018out of all proportion\u2019 by residents", speaker_at="by residents"),
        Q("the building would overshadow homes on Hartland Road and block views from Parliament Hill that are "
          "protected under the London Plan", "indirect", "Opponents", None),
        Q("\u2018It would loom over every garden on this street,\u2019", "direct", "Priya Raghunathan-Blake",
          "Priya Raghunathan-Blake"),
        Q("\u2018Nobody is against student housing, but this is a slab of glass dropped into a conservation area.\u2019",
          "direct", "Priya Raghunathan-Blake", "Priya Raghunathan-Blake"),
        Q("the association had raised \u00a318,000 to pay for its own daylight study, which found that 42 homes would "
          "lose more than a fifth of their winter sunlight", "indirect", "She", "Priya Raghunathan-Blake",
          speaker_at="She said the association"),
        Q("\u2018shaped by the community\u2019", "partial", "Halcyon Living", "Halcyon Living",
          speaker_at="Halcyon Living insists"),
        Q("it had held nine public consultation events and cut two storeys from its original design", "indirect",
          "a spokesman for the firm", None),
        Q("\u2018London needs purpose-built student homes, and this site is next to a Tube station,\u2019", "direct",
          "the spokesman", None, speaker_at="the spokesman said"),
        Q("\u2018Every room we build frees up a family home somewhere else in the borough.\u2019", "direct",
          "the spokesman", None, speaker_at="the spokesman said"),
        Q("he could not comment on a live application", "indirect", "Danny Oyelaran-Whitfield",
          "Danny Oyelaran-Whitfield"),
        Q("\u2018weigh every objection carefully\u2019", "partial", "Danny Oyelaran-Whitfield", "Danny Oyelaran-Whitfield"),
        Q("that she would vote against the plan if it came before the planning committee", "indirect",
          "Siobhan McAteer", "Siobhan McAteer"),
        Q("\u2018I have not met a single constituent who supports it,\u2019", "direct", "she", "Siobhan McAteer",
          speaker_at="she said"),
        Q("\u2018less than substantial harm\u2019", "partial", "the heritage body", "Historic England"),
        Q("the case was typical of the pressures facing inner London boroughs", "indirect", "Hugo van Rensburg",
          "Hugo van Rensburg"),
        Q("\u2018Councils are being asked to hit housing targets on sites that were never designed for height,\u2019",
          "direct", "he", "Hugo van Rensburg", speaker_at="he said"),
        Q("\u2018Something has to give, and usually it\u2019s the neighbours\u2019 view of the sky.\u2019", "direct", "he",
          "Hugo van Rensburg", speaker_at="he said"),
    ], source="blind"),
    Case("blind15-wales-inquest", """Inquest told of mountain biker's fatal fall on Afan valley trail

A "hugely experienced" mountain biker died after losing control on a steep rocky descent at a forest trail centre in the Afan valley, an inquest has heard.

Rhodri Prys-Jenkins, 34, from Maesteg, suffered fatal head injuries when he came off his bike on a black-graded section of the Penhydd trail on the afternoon of Saturday, June 8.

The inquest at Pontypridd Coroner's Court heard he had been riding with two friends, who said he had completed the same route "dozens of times" before.

One of them, Owain Lloyd, said in a statement read to the hearing that the group had stopped at the top of the descent to check their brakes. "Rhodri set off first, like he always did," he said. "When we came round the corner he was lying on the rocks and wasn't moving."

Mr Lloyd said he called 999 while their friend Gethin Hughes started CPR. Paramedics and the Wales Air Ambulance reached the scene within 40 minutes, but Mr Prys-Jenkins was pronounced dead shortly afterwards.

A post-mortem examination by consultant pathologist Dr Anjali Menon gave the cause of death as a severe traumatic brain injury. Dr Menon told the court his helmet had cracked on impact and that his injuries would "almost certainly" have been unsurvivable even if he had been reached sooner.

Natural Resources Wales, which manages the trail, said in written evidence that the section had been inspected 11 days before the crash and that no defects had been found. Its recreation manager for the area, Carys ap Dafydd, told the hearing that signs at the trailhead made clear the route was suitable for expert riders only.

Recording a conclusion of accidental death, assistant coroner Patricia Morgan said there was no evidence that the condition of the trail had played any part.

"This was a tragic accident in a sport that Rhodri clearly loved," she said. "I can find nothing that anybody could have done to prevent it."

In a tribute released after the hearing, his family described him as "the first to laugh and the last to leave" and said he had been due to marry his partner, Ffion, next summer.

"He lived life at full speed and we would not have had him any other way," the family said. "The hole he has left in all our lives is enormous.\"""", [
        Q('"hugely experienced"', "partial", None, None),
        Q('"dozens of times"', "partial", "two friends", None),
        Q("that the group had stopped at the top of the descent to check their brakes", "indirect", "Owain Lloyd",
          "Owain Lloyd"),
        Q('"Rhodri set off first, like he always did,"', "direct", "he", "Owain Lloyd", speaker_at="he said"),
        Q('"When we came round the corner he was lying on the rocks and wasn\'t moving."', "direct", "he",
          "Owain Lloyd", speaker_at="he said"),
        Q("he called 999 while their friend Gethin Hughes started CPR", "indirect", "Lloyd", "Owain Lloyd",
          speaker_at="Mr Lloyd said"),
        Q("his helmet had cracked on impact", "indirect", "Menon", "Anjali Menon", speaker_at="Dr Menon told"),
        Q('"almost certainly"', "partial", "Menon", "Anjali Menon", speaker_at="Dr Menon told"),
        Q("that the section had been inspected 11 days before the crash and that no defects had been found",
          "indirect", "Natural Resources Wales", "Natural Resources Wales"),
        Q("that signs at the trailhead made clear the route was suitable for expert riders only", "indirect",
          "Carys ap Dafydd", "Carys ap Dafydd"),
        Q("there was no evidence that the condition of the trail had played any part", "indirect",
          "Patricia Morgan", "Patricia Morgan"),
        Q('"This was a tragic accident in a sport that Rhodri clearly loved,"', "direct", "she", "Patricia Morgan",
          speaker_at="she said"),
        Q('"I can find nothing that anybody could have done to prevent it."', "direct", "she", "Patricia Morgan",
          speaker_at="she said"),
        Q('"the first to laugh and the last to leave"', "partial", "his family", None),
        Q("he had been due to marry his partner, Ffion, next summer", "indirect", "his family", None),
        Q('"He lived life at full speed and we would not have had him any other way,"', "direct", "the family",
          None),
        Q('"The hole he has left in all our lives is enormous."', "direct", "the family", None),
    ], source="blind"),
    Case("blind15-indo-fraud", """Former credit union manager jailed for six years over €1.2m theft from members

A former credit union manager who stole more than €1.2m from members over nine years to fund a gambling habit and foreign holidays has been jailed for six years.

Declan Mac Giolla Phádraig (58), of Ballyvolane, Co Cork, had pleaded guilty at Cork Circuit Criminal Court to 64 counts of theft and false accounting at Blackwater Valley Credit Union, where he was manager from 2011 to 2020.

Sentencing him yesterday, Judge Aoife Ní Chonchúir said the offences amounted to “a gross and calculated breach of trust” against an organisation built up over decades by ordinary people.

“These were not faceless institutions. These were pensioners, farmers and young families who trusted him with their savings,” the judge said.

She said she had taken into account his early guilty plea, his lack of previous convictions and the “genuine remorse” expressed in a letter he had written to the court. She suspended the final year of the sentence.

Detective Garda Ciarán Fitzgibbon of the Garda National Economic Crime Bureau told the court that the fraud came to light when a newly elected board member noticed irregularities in loan accounts in early 2020.

He said Mac Giolla Phádraig had created 37 fictitious loans in the names of real members, some of whom had died, and transferred the money into accounts he controlled. Much of it was lost on online betting, the detective said.

Under cross-examination by defence counsel Rónán Ó Dálaigh SC, the garda agreed that the accused had co-operated fully once he was confronted.

Mr Ó Dálaigh said his client had been “consumed” by a gambling addiction he had hidden from his wife and three adult children.

“He has lost everything – his reputation, his marriage and his home,” counsel said. “He will carry the shame of this for the rest of his life.”

In a victim impact statement, the credit union’s chairwoman, Bernadette Nic Amhlaoibh-Walsh, said the theft had “devastated” members and shaken confidence in the movement across the county.

“For months, people were afraid to walk through our door,” she told the court. “Some of our oldest members still ask me every week whether their money is safe.”

The Registry of Credit Unions, which is part of the Central Bank, said in a statement last night that all affected members had been fully reimbursed and that Blackwater Valley had since merged with a larger neighbouring credit union.""", [
        Q("“a gross and calculated breach of trust”", "partial", "Aoife Ní Chonchúir", "Aoife Ní Chonchúir"),
        Q("“These were not faceless institutions. These were pensioners, farmers and young families who trusted him "
          "with their savings,”", "direct", "the judge", "Aoife Ní Chonchúir"),
        Q("“genuine remorse”", "partial", "She", "Aoife Ní Chonchúir", speaker_at="She said she"),
        Q("that the fraud came to light when a newly elected board member noticed irregularities in loan accounts in "
          "early 2020", "indirect", "Ciarán Fitzgibbon", "Ciarán Fitzgibbon"),
        Q("Mac Giolla Phádraig had created 37 fictitious loans in the names of real members, some of whom had died, "
          "and transferred the money into accounts he controlled", "indirect", "He", "Ciarán Fitzgibbon",
          speaker_at="He said Mac"),
        Q("Much of it was lost on online betting", "indirect", "the detective", "Ciarán Fitzgibbon"),
        Q("that the accused had co-operated fully once he was confronted", "indirect", "the garda",
          "Ciarán Fitzgibbon"),
        Q("“consumed”", "partial", "Ó Dálaigh", "Rónán Ó Dálaigh", speaker_at="Mr Ó Dálaigh said"),
        Q("“He has lost everything – his reputation, his marriage and his home,”", "direct", "counsel",
          "Rónán Ó Dálaigh", speaker_at="counsel said"),
        Q("“He will carry the shame of this for the rest of his life.”", "direct", "counsel", "Rónán Ó Dálaigh",
          speaker_at="counsel said"),
        Q("“devastated”", "partial", "Bernadette Nic Amhlaoibh-Walsh", "Bernadette Nic Amhlaoibh-Walsh"),
        Q("“For months, people were afraid to walk through our door,”", "direct", "she",
          "Bernadette Nic Amhlaoibh-Walsh", speaker_at="she told the court"),
        Q("“Some of our oldest members still ask me every week whether their money is safe.”", "direct", "she",
          "Bernadette Nic Amhlaoibh-Walsh", speaker_at="she told the court"),
        Q("that all affected members had been fully reimbursed and that Blackwater Valley had since merged with a "
          "larger neighbouring credit union", "indirect", "The Registry of Credit Unions",
          "Registry of Credit Unions"),
    ], source="blind"),
    Case("blind15-brisbane-cyclone", """Cyclone Tamsin bears down on north Queensland as thousands told to leave

Tropical Cyclone Tamsin has intensified into a category four system off the north Queensland coast, with forecasters warning of “very destructive” winds when it crosses near Cardwell late on Tuesday.

The Bureau of Meteorology said on Monday afternoon the cyclone was 290 kilometres east-north-east of Cairns and moving south-west at 12km/h, with gusts of up to 250km/h near its core.

“This is a very serious system and people in the warning zone need to finish their preparations tonight,” bureau senior meteorologist Shreya Balasubramanian said. “Once the winds pick up, it will be too late to be out on the roads.”

She said a storm tide of up to 2.5 metres above the highest astronomical tide was possible between Cardwell and Lucinda, and warned that falls of 600 millimetres in 24 hours could cause major flooding in the Herbert and Tully rivers.

Emergency Services Minister Tom Kalokerinos said about 4000 residents of low-lying parts of Cardwell, Lucinda and Forrest Beach had been ordered to evacuate, and that 11 evacuation centres would open at 6am.

“I know people are tired of being told to leave their homes, but please, listen to the advice,” he told a press conference in Townsville. “Homes can be rebuilt. Lives cannot.”

Townsville Hospital and Health Service said it had moved 38 patients from Ingham Hospital to Townsville as a precaution.

In Cardwell, where locals still remember the destruction wrought by Cyclone Yasi in 2011, there were queues at the town’s only service station by mid-morning.

Caravan park owner Lorraine Whitbread-Nguyen said she had tied down the park’s cabins and sent her staff home. “We’ve been through Yasi, we know what this feels like,” she said. “The sky goes a funny colour and the birds disappear.”

Hinchinbrook Shire mayor Kerri-Anne Tabone said residents should not be complacent just because the system was expected to weaken over land. Ingham, she said, had been cut off for almost a week during floods in February and could easily be isolated again.

Ergon Energy has moved 300 extra line crews into the region. “Residents should expect outages that could last days, not hours,” an Ergon spokesperson said.

According to the bureau, Tamsin is likely to weaken quickly once it moves inland but will bring heavy rain as far south as Mackay later in the week.""", [
        Q("“very destructive”", "partial", "forecasters", None),
        Q("the cyclone was 290 kilometres east-north-east of Cairns and moving south-west at 12km/h, with gusts of up "
          "to 250km/h near its core", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“This is a very serious system and people in the warning zone need to finish their preparations tonight,”",
          "direct", "Shreya Balasubramanian", "Shreya Balasubramanian"),
        Q("“Once the winds pick up, it will be too late to be out on the roads.”", "direct", "Shreya Balasubramanian",
          "Shreya Balasubramanian"),
        Q("a storm tide of up to 2.5 metres above the highest astronomical tide was possible between Cardwell and "
          "Lucinda", "indirect", "She", "Shreya Balasubramanian", speaker_at="She said a storm"),
        Q("that falls of 600 millimetres in 24 hours could cause major flooding in the Herbert and Tully rivers",
          "indirect", "She", "Shreya Balasubramanian", speaker_at="She said a storm"),
        Q("about 4000 residents of low-lying parts of Cardwell, Lucinda and Forrest Beach had been ordered to "
          "evacuate, and that 11 evacuation centres would open at 6am", "indirect", "Tom Kalokerinos",
          "Tom Kalokerinos"),
        Q("“I know people are tired of being told to leave their homes, but please, listen to the advice,”",
          "direct", "he", "Tom Kalokerinos", speaker_at="he told a press conference"),
        Q("“Homes can be rebuilt. Lives cannot.”", "direct", "he", "Tom Kalokerinos",
          speaker_at="he told a press conference"),
        Q("it had moved 38 patients from Ingham Hospital to Townsville as a precaution", "indirect",
          "Townsville Hospital and Health Service", "Townsville Hospital and Health Service"),
        Q("she had tied down the park’s cabins and sent her staff home", "indirect", "Lorraine Whitbread-Nguyen",
          "Lorraine Whitbread-Nguyen"),
        Q("“We’ve been through Yasi, we know what this feels like,”", "direct", "she", "Lorraine Whitbread-Nguyen",
          speaker_at="feels like,” she said"),
        Q("“The sky goes a funny colour and the birds disappear.”", "direct", "she", "Lorraine Whitbread-Nguyen",
          speaker_at="feels like,” she said"),
        Q("residents should not be complacent just because the system was expected to weaken over land", "indirect",
          "Kerri-Anne Tabone", "Kerri-Anne Tabone"),
        Q("had been cut off for almost a week during floods in February and could easily be isolated again",
          "indirect", "she", "Kerri-Anne Tabone", speaker_at="Ingham, she said"),
        Q("“Residents should expect outages that could last days, not hours,”", "direct", "an Ergon spokesperson",
          None),
        Q("Tamsin is likely to weaken quickly once it moves inland but will bring heavy rain as far south as Mackay "
          "later in the week", "indirect", "the bureau", "Bureau of Meteorology"),
    ], source="blind"),
    Case("blind15-newsroom-sevens", """Black Ferns Sevens roar back to win in Vancouver

The Black Ferns Sevens have answered the questions about their form in the best way possible, beating Australia 26-12 in the Vancouver final on Sunday (NZ time) to go back to the top of the SVNS standings.

It was a stunning response from a side that crashed out in the quarterfinals in Los Angeles a fortnight ago – a result co-captain Tia Rangiwhetu-Paewai described at the time as “a kick up the backside”.

“We talked all week about getting back to who we are,” said Rangiwhetu-Paewai, who scored two tries in the final. “In LA we were chasing the game. Today we made them chase us.”

The 27-year-old from Ōpōtiki said the squad had spent the fortnight between tournaments working on their line speed in defence, which had been badly exposed by France and Fiji in Los Angeles.

That work showed. Australia had most of the ball in the opening minutes of the final but could not get over the line, and New Zealand struck on the counter through Manaia Tautahi-Moore, whose 80-metre run made it 7-0.

Head coach Hamish van der Zee said he was “proud but not surprised” by the response.

“These women have had a tough month, with injuries and a lot of noise from outside,” van der Zee told Newsroom. “They didn’t listen to any of it.

“The thing I loved most was the first five minutes of the final. We defended for seven phases on our own line and didn’t blink.”

Australia coach Sione Fifita-Leakey was gracious in defeat. “New Zealand were better than us at the breakdown and they deserved it,” he said. He admitted his side had looked “flat” after a bruising semifinal win over the United States.

Not everything went New Zealand’s way. New Zealand Rugby confirmed on Monday that winger Kiri Hōhaia-Brown had torn a hamstring in the pool match against Japan and would miss next month’s event in Hong Kong.

Her replacement will be named later this week, NZR said.

According to World Rugby, the crowd of 31,800 at BC Place was a record for a women’s sevens session in Canada.

For Rangiwhetu-Paewai, the win was also a personal milestone: it was her 50th tournament in the black jersey. “I’m just lucky,” she said with a grin. “I keep getting picked.”""", [
        Q("“a kick up the backside”", "partial", "Tia Rangiwhetu-Paewai", "Tia Rangiwhetu-Paewai"),
        Q("“We talked all week about getting back to who we are,”", "direct", "Rangiwhetu-Paewai",
          "Tia Rangiwhetu-Paewai", speaker_at="said Rangiwhetu-Paewai"),
        Q("“In LA we were chasing the game. Today we made them chase us.”", "direct", "Rangiwhetu-Paewai",
          "Tia Rangiwhetu-Paewai", speaker_at="said Rangiwhetu-Paewai"),
        Q("the squad had spent the fortnight between tournaments working on their line speed in defence, which had "
          "been badly exposed by France and Fiji in Los Angeles", "indirect", "The 27-year-old",
          "Tia Rangiwhetu-Paewai"),
        Q("“proud but not surprised”", "partial", "Hamish van der Zee", "Hamish van der Zee"),
        Q("“These women have had a tough month, with injuries and a lot of noise from outside,”", "direct",
          "van der Zee", "Hamish van der Zee", speaker_at="van der Zee told"),
        Q("“They didn’t listen to any of it.", "direct", "van der Zee", "Hamish van der Zee",
          speaker_at="van der Zee told"),
        Q("“The thing I loved most was the first five minutes of the final. We defended for seven phases on our own "
          "line and didn’t blink.”", "direct", "van der Zee", "Hamish van der Zee", speaker_at="van der Zee told"),
        Q("“New Zealand were better than us at the breakdown and they deserved it,”", "direct", "he",
          "Sione Fifita-Leakey", speaker_at="he said"),
        Q("“flat”", "partial", "He", "Sione Fifita-Leakey", speaker_at="He admitted"),
        Q("that winger Kiri Hōhaia-Brown had torn a hamstring in the pool match against Japan and would miss next "
          "month’s event in Hong Kong", "indirect", "New Zealand Rugby", "New Zealand Rugby"),
        Q("Her replacement will be named later this week", "indirect", "NZR", "New Zealand Rugby"),
        Q("the crowd of 31,800 at BC Place was a record for a women’s sevens session in Canada", "indirect",
          "World Rugby", "World Rugby"),
        Q("“I’m just lucky,”", "direct", "she", "Tia Rangiwhetu-Paewai", speaker_at="she said with a grin"),
        Q("“I keep getting picked.”", "direct", "she", "Tia Rangiwhetu-Paewai", speaker_at="she said with a grin"),
    ], source="blind"),
    Case("blind15-natpost-obit", """Geneviève Lachance-Whitmore, voice of Prairie radio for four decades, dies at 81

Geneviève Lachance-Whitmore, whose warm, unhurried voice woke up three generations of listeners on the Prairies, has died in Saskatoon at the age of 81.

Her son, Daniel Whitmore, said she died peacefully on Saturday at St. Paul's Hospital after a short illness, with her family around her.

"She talked to the whole province every morning, but she always made you feel like she was talking just to you," he said in an interview Sunday. "People would stop her in the grocery store to tell her about their cows."

Born in Gravelbourg, Sask., to a francophone farming family, Lachance-Whitmore joined CBC Radio in Regina in 1967 as a typist and talked her way on air two years later. For 23 years she hosted the morning program "Prairie Crossing," and later the weekend phone-in "Over the Fence," which at its peak drew more than 200,000 listeners.

She interviewed prime ministers, hockey players and grain farmers with the same unfussy curiosity. In a 1998 interview with the National Post, she said she had never thought of broadcasting as a job. "It was a licence to be nosy," she said. "And they paid me for it."

Former colleague Ravi Chandrasekaran, who produced "Prairie Crossing" for most of the 1980s, said she was famous in the building for refusing to read scripts. "She'd throw the page on the floor and just talk," he recalled. "Management hated it. The audience loved it."

In the spring of 1997, when the Red River flood swept through southern Manitoba, she was loaned to the Winnipeg station and stayed on air for 14 straight hours, reading out messages from stranded families.

Harold Bigeagle, a Cree elder from Piapot First Nation who appeared on her program every month for 15 years, said she had "listened the way our grandmothers listened."

CBC/Radio-Canada said in a statement that Lachance-Whitmore had "defined what local radio could be," and that her archive of more than 9,000 interviews would be made available online next year.

She is survived by her son, her daughter Claire, and four grandchildren. Her husband, the painter Alan Whitmore, died in 2015.

A public memorial will be held at Our Lady of Assumption Co-Cathedral in Gravelbourg on May 10.""", [
        Q("she died peacefully on Saturday at St. Paul's Hospital after a short illness, with her family around her",
          "indirect", "Daniel Whitmore", "Daniel Whitmore"),
        Q('"She talked to the whole province every morning, but she always made you feel like she was talking just '
          'to you,"', "direct", "he", "Daniel Whitmore", speaker_at="he said in an interview"),
        Q('"People would stop her in the grocery store to tell her about their cows."', "direct", "he",
          "Daniel Whitmore", speaker_at="he said in an interview"),
        Q("she had never thought of broadcasting as a job", "indirect", "she", "Geneviève Lachance-Whitmore",
          speaker_at="Post, she said"),
        Q('"It was a licence to be nosy,"', "direct", "she", "Geneviève Lachance-Whitmore",
          speaker_at='nosy," she said'),
        Q('"And they paid me for it."', "direct", "she", "Geneviève Lachance-Whitmore", speaker_at='nosy," she said'),
        Q("she was famous in the building for refusing to read scripts", "indirect", "Ravi Chandrasekaran",
          "Ravi Chandrasekaran"),
        Q('"She\'d throw the page on the floor and just talk,"', "direct", "he", "Ravi Chandrasekaran",
          speaker_at="he recalled"),
        Q('"Management hated it. The audience loved it."', "direct", "he", "Ravi Chandrasekaran",
          speaker_at="he recalled"),
        Q('"listened the way our grandmothers listened."', "partial", "Harold Bigeagle", "Harold Bigeagle"),
        Q('"defined what local radio could be,"', "partial", "CBC/Radio-Canada", "CBC/Radio-Canada"),
        Q("that her archive of more than 9,000 interviews would be made available online next year", "indirect",
          "CBC/Radio-Canada", "CBC/Radio-Canada"),
    ], source="blind"),
    Case("blind15-herald-doctors", """Govt engages striking doctors as patients turned away

Government has set aside ZiG85 million to pay outstanding allowances to junior doctors and has urged those on strike to return to work while negotiations continue, Health and Child Care Minister Dr Farai Chinyanga said yesterday.

About 700 junior and middle-level doctors at Parirenyatwa, Sally Mugabe and Mpilo central hospitals downed tools last Monday, demanding that their on-call allowances be paid in United States dollars.

Addressing journalists in Harare, Dr Chinyanga said Government had listened to the doctors’ concerns.

“We value our doctors and we understand the pressures they face,” he said. “But patients cannot be held hostage while we talk. The door is open.”

The first tranche of the allowances would be paid by the end of the month, the minister said.

The Health Service Board said in a statement that doctors who failed to report for duty for five consecutive days risked disciplinary action.

The Zimbabwe Hospital Doctors Association (ZHDA), which represents the striking doctors, dismissed the offer. ZHDA president Dr Tatenda Mhlanga-Dube said members had heard similar promises “at least four times since 2022”.

“Our members are not asking for luxuries. They are asking to be able to afford transport to work,” he said in a telephone interview. “Until we see the money in our accounts, nobody is going back.”

On Friday, the Labour Court dismissed an urgent application by the Health Service Board to have the strike declared unlawful. Justice Tonderai Makoni said the board had failed to show that it had exhausted the dispute resolution process set out in the Health Services Act.

At Parirenyatwa Group of Hospitals yesterday, the casualty department was being run by a handful of consultants and nurses. Patients said they had waited for hours to be attended to.

“I came here at six this morning with my mother and we have not been seen,” said Mrs Loveness Chari from Epworth, who was seated on a bench outside the casualty ward.

In Mutoko, Chief Tandanyika told The Herald that rural clinics were already stretched because patients referred to central hospitals were being sent back, and called on both sides to “put the sick first”.""", [
        Q("Government has set aside ZiG85 million to pay outstanding allowances to junior doctors and has urged those "
          "on strike to return to work while negotiations continue", "indirect", "Farai Chinyanga",
          "Farai Chinyanga"),
        Q("Government had listened to the doctors’ concerns", "indirect", "Chinyanga", "Farai Chinyanga",
          speaker_at="Dr Chinyanga said"),
        Q("“We value our doctors and we understand the pressures they face,”", "direct", "he", "Farai Chinyanga",
          speaker_at="face,” he said"),
        Q("“But patients cannot be held hostage while we talk. The door is open.”", "direct", "he",
          "Farai Chinyanga", speaker_at="face,” he said"),
        Q("The first tranche of the allowances would be paid by the end of the month", "indirect", "the minister",
          "Farai Chinyanga"),
        Q("that doctors who failed to report for duty for five consecutive days risked disciplinary action",
          "indirect", "The Health Service Board", "Health Service Board",
          speaker_at="The Health Service Board said"),
        Q("“at least four times since 2022”", "partial", "Tatenda Mhlanga-Dube", "Tatenda Mhlanga-Dube"),
        Q("“Our members are not asking for luxuries. They are asking to be able to afford transport to work,”",
          "direct", "he", "Tatenda Mhlanga-Dube", speaker_at="he said in a telephone interview"),
        Q("“Until we see the money in our accounts, nobody is going back.”", "direct", "he", "Tatenda Mhlanga-Dube",
          speaker_at="he said in a telephone interview"),
        Q("the board had failed to show that it had exhausted the dispute resolution process set out in the Health "
          "Services Act", "indirect", "Tonderai Makoni", "Tonderai Makoni"),
        Q("they had waited for hours to be attended to", "indirect", "Patients", None),
        Q("“I came here at six this morning with my mother and we have not been seen,”", "direct",
          "Loveness Chari", "Loveness Chari"),
        Q("that rural clinics were already stretched because patients referred to central hospitals were being sent "
          "back", "indirect", "Tandanyika", "Tandanyika"),
        Q("“put the sick first”", "partial", "Tandanyika", "Tandanyika"),
    ], source="blind"),
    Case("blind15-dailytrust-boat", """23 feared dead as boat capsizes on River Niger

At least 23 passengers, mostly women and children, are feared dead after a wooden boat capsized on the River Niger near Gbajibo community in Mokwa Local Government Area of Niger State on Tuesday.

The boat, which was conveying about 60 passengers to a weekly market in Kwara State, hit a submerged tree stump shortly after leaving the bank and broke apart, according to eyewitnesses.

The Director-General of the Niger State Emergency Management Agency (NSEMA), Alhaji Salihu Garba Kutigi, told Daily Trust that 31 people had been rescued alive while divers had recovered 14 bodies as of yesterday evening.

“The search is still ongoing, and we are working with local divers and the Marine Police,” he said. “We appeal to boat operators to stop overloading their vessels and to make sure every passenger wears a life jacket.”

He said nine passengers were still unaccounted for.

A survivor, Malam Yakubu Dan-Asabe, said the boat was overloaded with bags of grain and motorcycles.

“I told the driver that the boat was too heavy but he said we should not worry,” he said from his hospital bed at the General Hospital, Mokwa. “When it broke, everybody was shouting. I swam to the bank.”

Residents of Gbajibo said it was the third boat accident in the area this year, and blamed the lack of jetties and the poor state of the roads, which forces traders onto the river.

The Niger State Commissioner for Information, Hajiya Aisha Wushishi-Garba, described the incident as “heartbreaking” and said the government would distribute free life jackets to boat operators on the river.

Boat accidents are common on Nigeria’s inland waterways, where overloading, poorly maintained vessels and the non-use of life jackets are frequently blamed.

According to the National Inland Waterways Authority, more than 300 people died in boat accidents across the country last year.""", [
        Q("The boat, which was conveying about 60 passengers to a weekly market in Kwara State, hit a submerged tree "
          "stump shortly after leaving the bank and broke apart", "indirect", "eyewitnesses", None),
        Q("that 31 people had been rescued alive while divers had recovered 14 bodies as of yesterday evening",
          "indirect", "Salihu Garba Kutigi", "Salihu Garba Kutigi"),
        Q("“The search is still ongoing, and we are working with local divers and the Marine Police,”", "direct",
          "he", "Salihu Garba Kutigi", speaker_at="Police,” he said"),
        Q("“We appeal to boat operators to stop overloading their vessels and to make sure every passenger wears a "
          "life jacket.”", "direct", "he", "Salihu Garba Kutigi", speaker_at="Police,” he said"),
        Q("nine passengers were still unaccounted for", "indirect", "He", "Salihu Garba Kutigi"),
        Q("the boat was overloaded with bags of grain and motorcycles", "indirect", "Yakubu Dan-Asabe",
          "Yakubu Dan-Asabe"),
        Q("“I told the driver that the boat was too heavy but he said we should not worry,”", "direct", "he",
          "Yakubu Dan-Asabe", speaker_at="he said from his hospital bed"),
        Q("“When it broke, everybody was shouting. I swam to the bank.”", "direct", "he", "Yakubu Dan-Asabe",
          speaker_at="he said from his hospital bed"),
        Q("it was the third boat accident in the area this year", "indirect", "Residents of Gbajibo", None),
        Q("“heartbreaking”", "partial", "Aisha Wushishi-Garba", "Aisha Wushishi-Garba"),
        Q("the government would distribute free life jackets to boat operators on the river", "indirect",
          "Aisha Wushishi-Garba", "Aisha Wushishi-Garba"),
        Q("more than 300 people died in boat accidents across the country last year", "indirect",
          "the National Inland Waterways Authority", "National Inland Waterways Authority"),
    ], source="blind"),
    Case("blind15-iol-port", """Durban port grinds to a halt as Satawu strike enters third day

Cargo handling at the Port of Durban, the busiest container terminal in sub-Saharan Africa, was severely disrupted for a third consecutive day on Wednesday as members of the South African Transport and Allied Workers Union (Satawu) continued their strike over wages.

Freight rail services between Durban and Gauteng were also affected after train drivers belonging to the union joined the action on Tuesday.

Transnet said on Wednesday that 38 vessels were waiting at anchorage outside Durban, up from 21 on Monday, and that it had activated contingency plans at the Richards Bay and Ngqura terminals.

"We remain committed to finding a solution at the bargaining table, but we will not sign an agreement the company cannot afford," Transnet spokesperson Ayanda Mthethwa said.

Satawu is demanding a 12% increase across the board, while Transnet has offered 5.5% for this year and inflation-linked increases for the following two years.

Satawu general secretary Mxolisi Zungu told a rally outside the Maydon Wharf gate that workers had been "patient for too long".

"Every year they tell us there is no money, and every year the executives get their bonuses," Zungu said to cheers. "This time we are not moving."

The United National Transport Union (Untu), the largest union at Transnet, has not joined the strike but said it was "watching closely".

Economists warned that a prolonged shutdown could cost the economy billions. According to the Durban Chamber of Commerce and Industry, the strike is costing the region an estimated R1.2 billion a day in delayed exports.

The chamber's chief executive, Yusuf Cassim-Patel, said citrus farmers were among the hardest hit. "We are at the peak of the citrus season. Fruit sitting on the quayside in this heat is fruit that is going to rot," he said.

Pieter de Waal, who exports oranges from Hoedspruit in Limpopo, said 40 of his containers were stuck at the port. "I've got buyers in Rotterdam phoning me every hour," he told IOL. "What must I tell them?"

The Department of Transport said the minister would meet both parties on Thursday.

KwaZulu-Natal police spokesperson Captain Nonhlanhla Mkhize said officers were monitoring the picket lines and that no arrests had been made.""", [
        Q("that 38 vessels were waiting at anchorage outside Durban, up from 21 on Monday, and that it had activated "
          "contingency plans at the Richards Bay and Ngqura terminals", "indirect", "Transnet", "Transnet",
          speaker_at="Transnet said on Wednesday"),
        Q('"We remain committed to finding a solution at the bargaining table, but we will not sign an agreement the '
          'company cannot afford,"', "direct", "Ayanda Mthethwa", "Ayanda Mthethwa"),
        Q('"patient for too long"', "partial", "Mxolisi Zungu", "Mxolisi Zungu"),
        Q('"Every year they tell us there is no money, and every year the executives get their bonuses,"', "direct",
          "Zungu", "Mxolisi Zungu", speaker_at="Zungu said to cheers"),
        Q('"This time we are not moving."', "direct", "Zungu", "Mxolisi Zungu", speaker_at="Zungu said to cheers"),
        Q('"watching closely"', "partial", "The United National Transport Union", "United National Transport Union"),
        Q("that a prolonged shutdown could cost the economy billions", "indirect", "Economists", None),
        Q("the strike is costing the region an estimated R1.2 billion a day in delayed exports", "indirect",
          "the Durban Chamber of Commerce and Industry", "Durban Chamber of Commerce and Industry"),
        Q("citrus farmers were among the hardest hit", "indirect", "Yusuf Cassim-Patel", "Yusuf Cassim-Patel"),
        Q('"We are at the peak of the citrus season. Fruit sitting on the quayside in this heat is fruit that is going '
          'to rot,"', "direct", "he", "Yusuf Cassim-Patel", speaker_at="he said"),
        Q("40 of his containers were stuck at the port", "indirect", "Pieter de Waal", "Pieter de Waal"),
        Q('"I\'ve got buyers in Rotterdam phoning me every hour,"', "direct", "he", "Pieter de Waal",
          speaker_at="he told IOL"),
        Q('"What must I tell them?"', "direct", "he", "Pieter de Waal", speaker_at="he told IOL"),
        Q("the minister would meet both parties on Thursday", "indirect", "The Department of Transport",
          "Department of Transport"),
        Q("officers were monitoring the picket lines and that no arrests had been made", "indirect",
          "Nonhlanhla Mkhize", "Nonhlanhla Mkhize"),
    ], source="blind"),
    Case("blind15-jordantimes-film", """Jordanian drama 'The Olive Keeper' wins top prize at Amman film festival

AMMAN \u2014 Jordanian director Yousef Abu Ghazaleh's debut feature "The Olive Keeper" won the Black Iris award for best Arab feature film at the closing ceremony of the Amman International Film Festival on Thursday night.

The film, which follows an elderly farmer in Ajloun who refuses to sell his family's land to a developer, beat 11 other features from across the region.

"I made this film for my grandfather, who never left his village and never wanted to," Abu Ghazaleh said as he accepted the award at the Royal Cultural Centre. "Tonight he would have pretended not to care, and then told every neighbour."

Jury president Sheikh Faisal bin Hamad Al Mannai, a Bahraini producer, said the jury had been unanimous. He described the film as "patient, funny and quietly furious", and praised its lead actor, 79-year-old Tayseer al-Khawaldeh, a retired schoolteacher who had never acted before.

The best director award went to Palestinian filmmaker Dima Nasser-Haddad for "Salt Roads", a documentary about fishermen in Gaza shot before the war. She dedicated the prize to her crew, and told the audience that two of them had been killed in the past year.

"We kept filming because they asked us to keep filming," she said, to a long standing ovation.

Festival director Rania Haddad-Sweis told The Jordan Times that this year's edition had drawn more than 18,000 admissions, a record, despite what she called "a very difficult year for everyone in the region".

"People came because they wanted to see themselves on the screen," she said. "That is what Arab cinema is for."

According to the Royal Film Commission - Jordan, which co-organises the festival, 14 of the films screened this year were shot partly or entirely in the Kingdom.

Dr Omar al-Zoubi, a film critic and lecturer at the University of Jordan, said the festival had become "the most important meeting point for young Arab directors outside the Gulf", though he cautioned that many of them still struggled to find distribution at home.

The festival, which ran for eight days, screened 62 films from 27 countries, including a restored print of the 1964 Jordanian classic "The Struggle in Jerash".""", [
        Q('"I made this film for my grandfather, who never left his village and never wanted to,"', "direct",
          "Abu Ghazaleh", "Yousef Abu Ghazaleh", speaker_at="Abu Ghazaleh said"),
        Q('"Tonight he would have pretended not to care, and then told every neighbour."', "direct", "Abu Ghazaleh",
          "Yousef Abu Ghazaleh", speaker_at="Abu Ghazaleh said"),
        Q("the jury had been unanimous", "indirect", "Faisal bin Hamad Al Mannai", "Faisal bin Hamad Al Mannai"),
        Q('"patient, funny and quietly furious"', "partial", "He", "Faisal bin Hamad Al Mannai",
          speaker_at="He described"),
        Q("that two of them had been killed in the past year", "indirect", "She", "Dima Nasser-Haddad",
          speaker_at="She dedicated"),
        Q('"We kept filming because they asked us to keep filming,"', "direct", "she", "Dima Nasser-Haddad",
          speaker_at='filming," she said'),
        Q("that this year's edition had drawn more than 18,000 admissions, a record", "indirect",
          "Rania Haddad-Sweis", "Rania Haddad-Sweis"),
        Q('"a very difficult year for everyone in the region"', "partial", "she", "Rania Haddad-Sweis",
          speaker_at="what she called"),
        Q('"People came because they wanted to see themselves on the screen,"', "direct", "she",
          "Rania Haddad-Sweis", speaker_at='screen," she said'),
        Q('"That is what Arab cinema is for."', "direct", "she", "Rania Haddad-Sweis",
          speaker_at='screen," she said'),
        Q("14 of the films screened this year were shot partly or entirely in the Kingdom", "indirect",
          "the Royal Film Commission - Jordan", "Royal Film Commission - Jordan"),
        Q('"the most important meeting point for young Arab directors outside the Gulf"', "partial",
          "Omar al-Zoubi", "Omar al-Zoubi"),
        Q("that many of them still struggled to find distribution at home", "indirect", "he", "Omar al-Zoubi",
          speaker_at="he cautioned"),
    ], source="blind"),
    Case("blind15-yonhap-party", """(LEAD) Ex-minister Park, Rep. Han head to runoff in ruling party leadership race

SEOUL, Aug. 3 (Yonhap) -- Former interior minister Park Ji-hoon and four-term lawmaker Han Seo-yeon will face each other in a runoff for the leadership of the ruling New Future Party (NFP) after neither won a majority in the first round of voting, the party said Saturday.

Park took 41.7 percent of the combined vote of party members and a public opinion survey, while Han came second with 33.2 percent, according to the party's election management committee. Rep. Choi Dong-wook, who ran on a platform of generational change, was eliminated with 25.1 percent.

The runoff will be held Aug. 10.

"I will take this as a call to unite the party and win back the trust of the people," Park told reporters at the party's headquarters in Yeouido, western Seoul. "Next year's local elections are not far away."

Han, who has positioned herself as a reformist critical of the government's handling of the economy, said the result showed that party members wanted "a real change, not just a change of faces."

"The party cannot go into the local elections defending the status quo," she said in a Facebook post.

Choi said he would not endorse either candidate for now, adding that he would "listen to the voices of young party members" before making a decision.

The race has been marked by bitter exchanges, with Han's camp accusing Park of relying on the support of pro-presidential lawmakers. Park has denied the claim, calling it "groundless political slander."

Political analysts said the runoff would likely hinge on which candidate could win over Choi's supporters, most of whom are in their 20s and 30s.

"Choi's voters are not loyal to anyone. They are angry, and they will go with whoever sounds less like the old party," said Prof. Kim Eun-jung of Korea University's department of political science.

According to a Gallup Korea survey released Friday, the NFP's approval rating stood at 34 percent, down 3 percentage points from a month earlier, while the main opposition Democratic Party had 38 percent.

The presidential office declined to comment on the race, saying it does not interfere in party affairs.

(END)""", [
        Q("Former interior minister Park Ji-hoon and four-term lawmaker Han Seo-yeon will face each other in a runoff "
          "for the leadership of the ruling New Future Party (NFP) after neither won a majority in the first round "
          "of voting", "indirect", "the party", "New Future Party", speaker_at="the party said Saturday"),
        Q("Park took 41.7 percent of the combined vote of party members and a public opinion survey, while Han came "
          "second with 33.2 percent", "indirect", "the party's election management committee", None),
        Q('"I will take this as a call to unite the party and win back the trust of the people,"', "direct", "Park",
          "Park Ji-hoon", speaker_at="Park told reporters"),
        Q('"Next year\'s local elections are not far away."', "direct", "Park", "Park Ji-hoon",
          speaker_at="Park told reporters"),
        Q('"a real change, not just a change of faces."', "partial", "Han", "Han Seo-yeon",
          speaker_at="Han, who has positioned"),
        Q('"The party cannot go into the local elections defending the status quo,"', "direct", "she",
          "Han Seo-yeon", speaker_at="she said in a Facebook post"),
        Q("he would not endorse either candidate for now", "indirect", "Choi", "Choi Dong-wook",
          speaker_at="Choi said he"),
        Q('"listen to the voices of young party members"', "partial", "Choi", "Choi Dong-wook",
          speaker_at="Choi said he"),
        Q('"groundless political slander."', "partial", "Park", "Park Ji-hoon", speaker_at="Park has denied"),
        Q("the runoff would likely hinge on which candidate could win over Choi's supporters, most of whom are in "
          "their 20s and 30s", "indirect", "Political analysts", None),
        Q('"Choi\'s voters are not loyal to anyone. They are angry, and they will go with whoever sounds less like the '
          'old party,"', "direct", "Kim Eun-jung", "Kim Eun-jung"),
        Q("the NFP's approval rating stood at 34 percent, down 3 percentage points from a month earlier, while the "
          "main opposition Democratic Party had 38 percent", "indirect", "Gallup Korea", "Gallup Korea"),
        Q("it does not interfere in party affairs", "indirect", "The presidential office", None),
    ], source="blind"),
    Case("blind15-jakartapost-polio", """Health Ministry launches polio vaccination drive for 4 million children after new cases

The Health Ministry has launched a mass polio immunization drive targeting more than 4 million children in Central Java and East Java after three cases of paralytic polio were confirmed in the past month, officials said on Monday.

The two-week campaign, which began in Klaten regency, uses the novel oral polio vaccine type 2 (nOPV2) and aims to reach every child under the age of 8, regardless of their previous vaccination status.

"We have a very short window. If we don't close the immunity gap now, the virus will keep finding children who are not protected," the ministry's director for immunization, Dr. Rina Kusumawardhani, said in Klaten.

Rina said coverage for routine polio vaccination in some districts had fallen below 70 percent since the COVID-19 pandemic, well short of the 95 percent needed to stop transmission.

Klaten Regent Wahyu Prasetyo said all 26 subdistrict community health centers (Puskesmas) and more than 700 schools in the regency would serve as vaccination posts.

At the Puskesmas in Wedi subdistrict, dozens of mothers queued from early morning. Suharti, 34, who brought her two sons, said she had almost skipped the drive after reading messages on WhatsApp claiming the vaccine contained pork-derived ingredients.

"My neighbor said it was haram, but the ustaz at our mosque explained that it was not," she said. "I don't want my children to end up like the boy in Sukoharjo."

The Indonesian Ulema Council (MUI) has said the vaccine is permissible for Muslims because of the danger posed by the disease.

Prof. Dwi Hartanto Wibisono, an epidemiologist at Gadjah Mada University in Yogyakarta, called the outbreak "a warning we cannot afford to ignore" and said the government needed to fix routine immunization rather than rely on emergency campaigns.

"Mass drives put out the fire. They don't fix the wiring," he told The Jakarta Post.

UNICEF Indonesia, which is supporting the campaign, said it had delivered 9 million doses and 600 cold boxes to the two provinces.

According to the World Health Organization, Indonesia was certified polio-free in 2014 along with the rest of Southeast Asia, but vaccine-derived cases have been reported in Aceh, West Java and Central Java since 2022.""", [
        Q("The Health Ministry has launched a mass polio immunization drive targeting more than 4 million children in "
          "Central Java and East Java after three cases of paralytic polio were confirmed in the past month",
          "indirect", "officials", None),
        Q('"We have a very short window. If we don\'t close the immunity gap now, the virus will keep finding children '
          'who are not protected,"', "direct", "Rina Kusumawardhani", "Rina Kusumawardhani"),
        Q("coverage for routine polio vaccination in some districts had fallen below 70 percent since the COVID-19 "
          "pandemic, well short of the 95 percent needed to stop transmission", "indirect", "Rina",
          "Rina Kusumawardhani", speaker_at="Rina said coverage"),
        Q("all 26 subdistrict community health centers (Puskesmas) and more than 700 schools in the regency would "
          "serve as vaccination posts", "indirect", "Wahyu Prasetyo", "Wahyu Prasetyo"),
        Q("she had almost skipped the drive after reading messages on WhatsApp claiming the vaccine contained "
          "pork-derived ingredients", "indirect", "Suharti", "Suharti"),
        Q('"My neighbor said it was haram, but the ustaz at our mosque explained that it was not,"', "direct", "she",
          "Suharti", speaker_at="she said"),
        Q('"I don\'t want my children to end up like the boy in Sukoharjo."', "direct", "she", "Suharti",
          speaker_at="she said"),
        Q("the vaccine is permissible for Muslims because of the danger posed by the disease", "indirect",
          "The Indonesian Ulema Council", "Indonesian Ulema Council"),
        Q('"a warning we cannot afford to ignore"', "partial", "Dwi Hartanto Wibisono", "Dwi Hartanto Wibisono"),
        Q("the government needed to fix routine immunization rather than rely on emergency campaigns", "indirect",
          "Dwi Hartanto Wibisono", "Dwi Hartanto Wibisono"),
        Q('"Mass drives put out the fire. They don\'t fix the wiring,"', "direct", "he", "Dwi Hartanto Wibisono",
          speaker_at="he told The Jakarta Post"),
        Q("it had delivered 9 million doses and 600 cold boxes to the two provinces", "indirect", "UNICEF Indonesia",
          "UNICEF Indonesia"),
        Q("Indonesia was certified polio-free in 2014 along with the rest of Southeast Asia, but vaccine-derived cases "
          "have been reported in Aceh, West Java and Central Java since 2022", "indirect",
          "the World Health Organization", "World Health Organization"),
    ], source="blind"),
    Case("blind15-gleaner-cricket", """McKenzie-Lindo century puts Scorpions in command at Sabina Park

Andre McKenzie-Lindo struck a patient, unbeaten 142 as the Jamaica Scorpions took firm control of their West Indies Championship match against the Trinidad and Tobago Red Force at Sabina Park yesterday.

At stumps on day two, the Scorpions were 368 for six in reply to Red Force’s first-innings 231, a lead of 137, with McKenzie-Lindo and wicketkeeper Akeem St Hill (41 not out) sharing an unbroken seventh-wicket stand of 96.

Resuming on 204 for four, the Scorpions lost two quick wickets to leg-spinner Jaden Seecharan before the pair steadied the innings.

The 24-year-old left-hander, who was dropped on 12 at first slip off fast bowler Terrance Hinds, batted for more than six hours and struck 15 fours and two sixes.

“I just told myself to bat time,” McKenzie-Lindo said afterwards. “The pitch was doing a bit early, so the plan was to leave well and make them bowl to me. Once I got past 50, it started to feel like my day.”

His innings came days after West Indies selectors named him in a 15-man preliminary squad for next month’s Test tour of Sri Lanka, a call-up that Scorpions head coach Donovan Lewis described as “fully deserved”.

“Andre has worked harder than anybody in this dressing room for two years. He doesn’t waste his wicket, and that is what Test cricket demands,” Lewis said.

Red Force captain Rishi Ramdeen-Baksh said his bowlers had “toiled hard” on an unhelpful surface, and admitted that the dropped catch had proved costly.

“You drop a player like that on 12 and he makes you pay. That’s cricket,” he said.

If the Scorpions go on to win, it will end a “home hoodoo” that has seen them go without a four-day victory at Sabina Park since 2022.

According to Cricket West Indies, the final squad for the Sri Lanka tour will be announced on March 3.""", [
        Q("“I just told myself to bat time,”", "direct", "McKenzie-Lindo", "Andre McKenzie-Lindo",
          speaker_at="McKenzie-Lindo said afterwards"),
        Q("“The pitch was doing a bit early, so the plan was to leave well and make them bowl to me. Once I got past "
          "50, it started to feel like my day.”", "direct", "McKenzie-Lindo", "Andre McKenzie-Lindo",
          speaker_at="McKenzie-Lindo said afterwards"),
        Q("“fully deserved”", "partial", "Donovan Lewis", "Donovan Lewis"),
        Q("“Andre has worked harder than anybody in this dressing room for two years. He doesn’t waste his wicket, "
          "and that is what Test cricket demands,”", "direct", "Lewis", "Donovan Lewis", speaker_at="Lewis said"),
        Q("“toiled hard”", "partial", "Rishi Ramdeen-Baksh", "Rishi Ramdeen-Baksh"),
        Q("that the dropped catch had proved costly", "indirect", "Rishi Ramdeen-Baksh", "Rishi Ramdeen-Baksh"),
        Q("“You drop a player like that on 12 and he makes you pay. That’s cricket,”", "direct", "he",
          "Rishi Ramdeen-Baksh", speaker_at="he said"),
        Q("the final squad for the Sri Lanka tour will be announced on March 3", "indirect", "Cricket West Indies",
          "Cricket West Indies"),
    ], source="blind"),
    Case("blind15-statehouse-obit", """António dos Reis Tavares, Cape Verdean-born diplomat who rose from Fox Point to two embassies, dies at 88

PROVIDENCE \u2014 António dos Reis Tavares, who left a Fox Point tenement at 16 to ship out with the Merchant Marine and went on to serve as U.S. ambassador to Guinea-Bissau and later Mozambique, died Tuesday at his home in East Providence. He was 88.

His daughter, Maria Tavares-Lopes, said he died of complications from pneumonia.

"My father never stopped being the kid from Fox Point," she said. "He could talk to a president in the morning and to the man selling linguiça on Wickenden Street in the afternoon, and he gave them exactly the same respect."

Born in 1936 on the island of Brava, Tavares came to Rhode Island with his mother when he was 9. After the Merchant Marine and a history degree from the University of Rhode Island, he joined the Foreign Service in 1963 and served in Lisbon, Luanda and Brasília before being named ambassador to Guinea-Bissau in 1979.

Gov. Patricia Walsh-Moreno ordered flags at state buildings lowered to half-staff on the day of his funeral. In a statement, she called Tavares "a giant of Rhode Island's Cape Verdean community and a patriot in the truest sense."

U.S. Sen. Martin Cabral, D-R.I., who said he first met Tavares as a high school student in the 1980s, said the diplomat had "opened doors for a whole generation of us who didn't know those doors existed."

"He was the first person who ever told me I could work for the State Department," Cabral said in a phone interview from Washington. "I didn't even know what the State Department was."

Helen Osei-Bonsu, a retired Foreign Service officer who was his deputy in Maputo, said Tavares had insisted that every American at the embassy learn at least some Portuguese and spend one weekend a month outside the capital.

A State Department spokesperson said Tavares had helped negotiate the release of two American aid workers held in northern Mozambique in 1988, an episode that was not made public until years later.

The Rev. Joseph Andrade, pastor of Our Lady of the Rosary Church in Fox Point, where Tavares was an usher for three decades, will celebrate his funeral Mass on Saturday.

"He asked me last month to keep the homily short," Andrade said. "I told him I'd try."

Tavares is survived by his daughter, two sons, seven grandchildren and a great-granddaughter. His wife, Lurdes, died in 2019.""", [
        Q("he died of complications from pneumonia", "indirect", "Maria Tavares-Lopes", "Maria Tavares-Lopes"),
        Q('"My father never stopped being the kid from Fox Point,"', "direct", "she", "Maria Tavares-Lopes",
          speaker_at="she said"),
        Q('"He could talk to a president in the morning and to the man selling linguiça on Wickenden Street in the '
          'afternoon, and he gave them exactly the same respect."', "direct", "she", "Maria Tavares-Lopes",
          speaker_at="she said"),
        Q('"a giant of Rhode Island\'s Cape Verdean community and a patriot in the truest sense."', "partial", "she",
          "Patricia Walsh-Moreno", speaker_at="she called"),
        Q("he first met Tavares as a high school student in the 1980s", "indirect", "Martin Cabral",
          "Martin Cabral"),
        Q('"opened doors for a whole generation of us who didn\'t know those doors existed."', "partial",
          "Martin Cabral", "Martin Cabral"),
        Q('"He was the first person who ever told me I could work for the State Department,"', "direct", "Cabral",
          "Martin Cabral", speaker_at="Cabral said in a phone interview"),
        Q('"I didn\'t even know what the State Department was."', "direct", "Cabral", "Martin Cabral",
          speaker_at="Cabral said in a phone interview"),
        Q("Tavares had insisted that every American at the embassy learn at least some Portuguese and spend one "
          "weekend a month outside the capital", "indirect", "Helen Osei-Bonsu", "Helen Osei-Bonsu"),
        Q("Tavares had helped negotiate the release of two American aid workers held in northern Mozambique in 1988, "
          "an episode that was not made public until years later", "indirect", "A State Department spokesperson",
          None),
        Q('"He asked me last month to keep the homily short,"', "direct", "Andrade", "Joseph Andrade",
          speaker_at="Andrade said"),
        Q('"I told him I\'d try."', "direct", "Andrade", "Joseph Andrade", speaker_at="Andrade said"),
    ], source="blind"),
]
