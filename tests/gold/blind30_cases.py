"""Blind gold: short news articles from many outlets, written without sight of the pretagger.

Wire copy (Bloomberg, AP) and regional dailies from Britain, Ireland, Australia,
New Zealand, Canada, Africa, the Gulf and Asia, in curly, straight and British
single quotes. Written once and never tuned on. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind30-telecom", '''Jamii Telecom profit rises 14% as mobile money offsets shilling drag

NAIROBI (Bloomberg) -- Jamii Telecom Plc, East Africa's second-largest mobile operator by subscribers, said full-year profit rose 14% as fees from its mobile-money platform made up for weaker voice revenue and a volatile shilling.

Net income climbed to 38.2 billion shillings ($295 million) in the 12 months through March, the Nairobi-based company said in a statement on Thursday. Revenue from JamiiPay, its payments service, grew 21% and now accounts for almost two-fifths of sales.

"The story of this year is that our customers trust us with their money, not just their calls," Chief Executive Officer Wanjiru Kamau-Otieno told reporters at the company's headquarters in Westlands. "That shift is permanent."

Kamau-Otieno said the operator would spend about 60 billion shillings over three years extending 4G coverage to northern Kenya and expanding its network in Ethiopia, where it began operating in 2022. The Ethiopian unit is still loss-making, though losses narrowed by a third, according to Chief Financial Officer Dilip Shah.

"We said Ethiopia would take patience, and it has," Shah said. "Break-even is now a 2027 conversation, not a 2030 one."

Shares of the company rose as much as 4.1% in Nairobi trading, the most in six weeks, before paring gains.

The results were "cleaner than the market feared," said Achieng' Odhiambo, an analyst at Mara Bay Securities in Nairobi. She said the dividend, raised to 1.45 shillings a share, signalled management's confidence but warned that regulatory risk had not gone away.

The Communications Authority of Kenya is reviewing rules that would cap the share of mobile-money transactions any one operator can handle. The CA said last month that it expected to publish draft regulations before the end of the year.

Asked about the review, Kamau-Otieno declined to speculate. "We will engage with the regulator as we always have," she said.

--With assistance from Muthoni Njenga.''', [
        Q("full-year profit rose 14% as fees from its mobile-money platform made up for weaker voice revenue and a "
          "volatile shilling", "indirect", "Jamii Telecom Plc", "Jamii Telecom Plc"),
        Q("Net income climbed to 38.2 billion shillings ($295 million) in the 12 months through March", "indirect",
          "the Nairobi-based company", "Jamii Telecom Plc"),
        Q('"The story of this year is that our customers trust us with their money, not just their calls,"', "direct",
          "Wanjiru Kamau-Otieno", "Wanjiru Kamau-Otieno"),
        Q('"That shift is permanent."', "direct", "Wanjiru Kamau-Otieno", "Wanjiru Kamau-Otieno"),
        Q("the operator would spend about 60 billion shillings over three years extending 4G coverage to northern "
          "Kenya and expanding its network in Ethiopia, where it began operating in 2022", "indirect",
          "Kamau-Otieno", "Wanjiru Kamau-Otieno", speaker_at="Kamau-Otieno said"),
        Q("The Ethiopian unit is still loss-making, though losses narrowed by a third", "indirect", "Dilip Shah",
          "Dilip Shah"),
        Q('"We said Ethiopia would take patience, and it has,"', "direct", "Shah", "Dilip Shah",
          speaker_at="Shah said"),
        Q('"Break-even is now a 2027 conversation, not a 2030 one."', "direct", "Shah", "Dilip Shah",
          speaker_at="Shah said"),
        Q('"cleaner than the market feared,"', "partial", "Achieng' Odhiambo", "Achieng' Odhiambo"),
        Q("the dividend, raised to 1.45 shillings a share, signalled management's confidence", "indirect", "She",
          "Achieng' Odhiambo", speaker_at="She said"),
        Q("regulatory risk had not gone away", "indirect", "She", "Achieng' Odhiambo", speaker_at="She said"),
        Q("it expected to publish draft regulations before the end of the year", "indirect", "The CA",
          "Communications Authority of Kenya"),
        Q('"We will engage with the regulator as we always have,"', "direct", "she", "Wanjiru Kamau-Otieno",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind30-primary", """Ortiz y Baca wins crowded Democratic Senate primary in New Mexico

ALBUQUERQUE, N.M. (AP) — Secretary of State Amalia Ortiz y Baca won New Mexico’s Democratic primary for an open U.S. Senate seat on Tuesday, beating a former Albuquerque mayor and a Navajo Nation lawmaker in a race that turned on water, housing and the cost of groceries.

With about 92% of ballots counted, Ortiz y Baca had 46% of the vote. Former Mayor Glenn Hartwell was second with 31%, and Navajo Nation Council Delegate Darrell Yazzie-Begay had 23%.

“Tonight, New Mexicans said they want a senator who has stood in line at the same grocery stores they do,” Ortiz y Baca told supporters at a brewery in the city’s Nob Hill neighborhood. “I intend to be that senator.”

She will face Republican rancher and former state Rep. Wade Kimbrough in November for the seat left open by the retirement of Sen. Harold Ames, who has held it since 2001.

Hartwell conceded shortly after 10 p.m. In a statement, he congratulated Ortiz y Baca and said Democrats had to “come together fast,” adding that he would campaign for her in the fall.

Yazzie-Begay, who was seeking to become the first Native American senator from New Mexico, struck a more defiant tone. “We built something in this campaign that doesn’t end tonight,” he said in Shiprock, the Navajo Nation community where he grew up. He said turnout on tribal lands had been the highest in a primary in at least two decades, though official figures were not yet available.

Kimbrough, who ran unopposed, spent the evening attacking his new opponent. “My opponent has spent her career running elections. I’ve spent mine running cattle,” he told The Associated Press by phone. “Voters know which one of those pays the bills.”

Gov. Teresa Lucero, a Democrat, called the result “a great night for New Mexico” and said she expected the party to unite quickly.

Ames, 81, has not endorsed in the race. A spokesperson said the senator would “support the Democratic nominee,” but did not say whether he would campaign.

New Mexico has not elected a Republican to the Senate since 2002.""", [
        Q("“Tonight, New Mexicans said they want a senator who has stood in line at the same grocery stores they do,”",
          "direct", "Ortiz y Baca", "Amalia Ortiz y Baca", speaker_at="Ortiz y Baca told supporters"),
        Q("“I intend to be that senator.”", "direct", "Ortiz y Baca", "Amalia Ortiz y Baca",
          speaker_at="Ortiz y Baca told supporters"),
        Q("“come together fast,”", "partial", "he", "Glenn Hartwell", speaker_at="he congratulated"),
        Q("he would campaign for her in the fall", "indirect", "he", "Glenn Hartwell", speaker_at="he congratulated"),
        Q("“We built something in this campaign that doesn’t end tonight,”", "direct", "he", "Darrell Yazzie-Begay",
          speaker_at="he said in Shiprock"),
        Q("turnout on tribal lands had been the highest in a primary in at least two decades", "indirect", "He",
          "Darrell Yazzie-Begay", speaker_at="He said turnout"),
        Q("“My opponent has spent her career running elections. I’ve spent mine running cattle,”", "direct", "he",
          "Wade Kimbrough", speaker_at="he told The Associated Press"),
        Q("“Voters know which one of those pays the bills.”", "direct", "he", "Wade Kimbrough",
          speaker_at="he told The Associated Press"),
        Q("“a great night for New Mexico”", "partial", "Teresa Lucero", "Teresa Lucero"),
        Q("she expected the party to unite quickly", "indirect", "Teresa Lucero", "Teresa Lucero"),
        Q("“support the Democratic nominee,”", "partial", "A spokesperson", None),
    ], source="blind"),
    Case("blind30-drinkdrive", """Drink-driver who ploughed into Old Town bus shelter jailed

A MOTORIST who was more than twice the legal limit when he crashed into a bus shelter in Old Town has been jailed for 16 months.

Kieran De Souza-Whitfield, 34, of Cricklade Road, admitted dangerous driving and drink-driving at an earlier hearing but denied causing serious injury by dangerous driving. A jury at Swindon Crown Court convicted him of the more serious charge on Tuesday after deliberating for under two hours.

Prosecutor Amelia Hartigan told the jury that De Souza-Whitfield had spent the afternoon of October 14 drinking at a pub in Wood Street before getting behind the wheel of his Audi A3.

'He knew he had drunk too much. He chose to drive anyway,' she said. 'Everything that followed flowed from that choice.'

The car mounted the kerb in Devizes Road at about 6.40pm and struck the shelter, where a 67-year-old woman was waiting for a number 1 bus. She suffered a broken pelvis and spent five weeks in the Great Western Hospital.

In a statement read to the court, the victim said she still could not walk to the shops without help. 'I used to take that bus every day. Now I can't bring myself to go near that stop,' she said.

Giving evidence, De Souza-Whitfield claimed a cyclist had swerved into his path, forcing him to brake and lose control. No cyclist was seen on CCTV footage from nearby businesses, PC Gareth Lloyd told the court.

Defending, Nikhil Rao said his client was 'genuinely, deeply sorry' and insisted he had not touched alcohol since the crash.

Sentencing, Recorder Fiona McAllister-Greig said the defendant's account had been 'a fiction from start to finish'.

'You put your own convenience ahead of the safety of everyone in that street,' she told him. 'It is only by good fortune that nobody was killed.'

He was also banned from driving for four years and eight months and must take an extended retest.

Speaking outside court, Sergeant Lisa Okonkwo of Wiltshire Police's roads policing unit said: 'This case shows exactly why we will never stop targeting drink-drivers. One drink can be one too many.'""", [
        Q("De Souza-Whitfield had spent the afternoon of October 14 drinking at a pub in Wood Street before getting "
          "behind the wheel of his Audi A3", "indirect", "Amelia Hartigan", "Amelia Hartigan"),
        Q("'He knew he had drunk too much. He chose to drive anyway,'", "direct", "she", "Amelia Hartigan",
          speaker_at="anyway,' she said"),
        Q("'Everything that followed flowed from that choice.'", "direct", "she", "Amelia Hartigan",
          speaker_at="anyway,' she said"),
        Q("she still could not walk to the shops without help", "indirect", "the victim", None),
        Q("'I used to take that bus every day. Now I can't bring myself to go near that stop,'", "direct", "she", None,
          speaker_at="stop,' she said"),
        Q("a cyclist had swerved into his path, forcing him to brake and lose control", "indirect",
          "De Souza-Whitfield", "Kieran De Souza-Whitfield", speaker_at="Giving evidence, De Souza-Whitfield"),
        Q("No cyclist was seen on CCTV footage from nearby businesses", "indirect", "Gareth Lloyd", "Gareth Lloyd"),
        Q("'genuinely, deeply sorry'", "partial", "Nikhil Rao", "Nikhil Rao"),
        Q("he had not touched alcohol since the crash", "indirect", "Nikhil Rao", "Nikhil Rao"),
        Q("'a fiction from start to finish'", "partial", "Fiona McAllister-Greig", "Fiona McAllister-Greig"),
        Q("'You put your own convenience ahead of the safety of everyone in that street,'", "direct", "she",
          "Fiona McAllister-Greig", speaker_at="she told him"),
        Q("'It is only by good fortune that nobody was killed.'", "direct", "she", "Fiona McAllister-Greig",
          speaker_at="she told him"),
        Q("'This case shows exactly why we will never stop targeting drink-drivers. One drink can be one too many.'",
          "direct", "Lisa Okonkwo", "Lisa Okonkwo"),
    ], source="blind"),
    Case("blind30-counciltax", """Council tax to rise 8% in Aberdeen as budget row erupts

COUNCIL tax bills in Aberdeen will rise by 8% from April after councillors approved the city's budget following a bad-tempered seven-hour meeting.

The increase means a Band D property will pay £1,611 a year, up around £119, while charges for garden waste permits, burials and some parking will also go up.

The SNP and Liberal Democrat administration said it had been left with no choice after a £46 million funding gap opened up in the council's finances.

Finance convener Councillor Morag Dunbar-Innes said: 'Nobody came into local government to put up bills for hard-pressed families. But the alternative was closing libraries and cutting school support staff, and we were not prepared to do that.'

She said rising energy costs and an underfunded pay deal for council workers had added £19m to the bill.

Opposition councillors were scathing. Labour group leader Councillor Deena Tissera accused the administration of 'balancing the books on the backs of working people'.

'This is the biggest hike in a generation, and it lands on a city still reeling from job losses in the oil and gas sector,' she said.

Conservative councillor Gordon Fraser-Mackie said his group had put forward an alternative budget which would have frozen council tax by selling off surplus office buildings. 'They did not even give it serious consideration,' he said.

Outside the Town House, around 60 protesters from the Save Our Services campaign gathered with placards reading 'Cuts Cost Lives'. Organiser Brian Shand, 58, from Torry, said many pensioners in his street were already struggling with heating bills.

'People here are choosing between eating and heating. An extra £10 a month is not nothing to them,' he told the Evening Express.

The Convention of Scottish Local Authorities, known as Cosla, has warned that local authorities face a combined shortfall of more than £700 million next year.

A Scottish Government spokesperson said ministers had provided 'record funding' to local government and that decisions on council tax were 'a matter for individual councils'.

Bills will be sent out next month.""", [
        Q("it had been left with no choice after a £46 million funding gap opened up in the council's finances",
          "indirect", "The SNP and Liberal Democrat administration", None),
        Q("'Nobody came into local government to put up bills for hard-pressed families. But the alternative was "
          "closing libraries and cutting school support staff, and we were not prepared to do that.'", "direct",
          "Morag Dunbar-Innes", "Morag Dunbar-Innes"),
        Q("rising energy costs and an underfunded pay deal for council workers had added £19m to the bill", "indirect",
          "She", "Morag Dunbar-Innes", speaker_at="She said"),
        Q("'balancing the books on the backs of working people'", "partial", "Deena Tissera", "Deena Tissera"),
        Q("'This is the biggest hike in a generation, and it lands on a city still reeling from job losses in the oil "
          "and gas sector,'", "direct", "she", "Deena Tissera", speaker_at="she said"),
        Q("his group had put forward an alternative budget which would have frozen council tax by selling off surplus "
          "office buildings", "indirect", "Gordon Fraser-Mackie", "Gordon Fraser-Mackie"),
        Q("'They did not even give it serious consideration,'", "direct", "he", "Gordon Fraser-Mackie",
          speaker_at="he said"),
        Q("many pensioners in his street were already struggling with heating bills", "indirect", "Brian Shand",
          "Brian Shand"),
        Q("'People here are choosing between eating and heating. An extra £10 a month is not nothing to them,'",
          "direct", "he", "Brian Shand", speaker_at="he told the Evening Express"),
        Q("local authorities face a combined shortfall of more than £700 million next year", "indirect",
          "The Convention of Scottish Local Authorities", "Convention of Scottish Local Authorities"),
        Q("'record funding'", "partial", "A Scottish Government spokesperson", None),
        Q("'a matter for individual councils'", "partial", "A Scottish Government spokesperson", None),
    ], source="blind"),
    Case("blind30-hurling", '''Donegal hurlers end 11-year wait for Croke Park silverware

DONEGAL'S hurlers are Nicky Rackard Cup champions after a stirring second-half display saw off Roscommon at Croke Park on Saturday, 2-19 to 1-17.

It is the county's first national title since 2013 and, according to manager Declan Ó Gallchóir, it is "one for every club that kept the small ball alive when nobody was watching".

Setanta's Ciarán Mac Giolla Bhríde was named man of the match after scoring 0-9, five from frees, while Burt's Jamie Boyle-Friel and Seán McVeigh got the goals.

Roscommon led by three points at the break, and Ó Gallchóir admitted there had been some honest words in the dressing room.

"I didn't have to say much, to be fair," he said. "The lads knew themselves that they hadn't done themselves justice. They went out and showed what they're about."

Captain Stephen Gillespie, who lifted the cup in front of around 2,000 travelling supporters, said the win was for the players who had soldiered through lean years in the county's so-called "forgotten" code.

"People think hurling in Donegal is some kind of novelty," he told the Donegal News. "It's not. There are kids in Letterkenny and Buncrana and Carndonagh hurling every night of the week, and this is for them."

Mac Giolla Bhríde said he had barely slept the night before. "I was lying there thinking about every free I've ever missed," he said, laughing. "Thankfully they went over today."

Roscommon boss Tommy Duignan-Keane was gracious in defeat. "Donegal were the better team in the second half, simple as that," he said.

Donegal GAA chairman Pádraig Ó Dochartaigh said the county board would hold a homecoming for the team in Letterkenny on Sunday evening and urged supporters to come out in numbers.

Victory means Donegal will play in the Christy Ring Cup next season.''', [
        Q('"one for every club that kept the small ball alive when nobody was watching"', "partial",
          "Declan Ó Gallchóir", "Declan Ó Gallchóir"),
        Q("there had been some honest words in the dressing room", "indirect", "Ó Gallchóir", "Declan Ó Gallchóir",
          speaker_at="Ó Gallchóir admitted"),
        Q('''"I didn't have to say much, to be fair,"''', "direct", "he", "Declan Ó Gallchóir",
          speaker_at='''fair," he said'''),
        Q('''"The lads knew themselves that they hadn't done themselves justice. They went out and showed what they're about."''',
          "direct", "he", "Declan Ó Gallchóir", speaker_at='''fair," he said'''),
        Q('the win was for the players who had soldiered through lean years in the county\'s so-called "forgotten" code',
          "indirect", "Stephen Gillespie", "Stephen Gillespie"),
        Q('"People think hurling in Donegal is some kind of novelty,"', "direct", "he", "Stephen Gillespie",
          speaker_at="he told the Donegal News"),
        Q('''"It's not. There are kids in Letterkenny and Buncrana and Carndonagh hurling every night of the week, and this is for them."''',
          "direct", "he", "Stephen Gillespie", speaker_at="he told the Donegal News"),
        Q("he had barely slept the night before", "indirect", "Mac Giolla Bhríde", "Ciarán Mac Giolla Bhríde",
          speaker_at="Mac Giolla Bhríde said"),
        Q('''"I was lying there thinking about every free I've ever missed,"''', "direct", "he",
          "Ciarán Mac Giolla Bhríde", speaker_at="he said, laughing"),
        Q('"Thankfully they went over today."', "direct", "he", "Ciarán Mac Giolla Bhríde",
          speaker_at="he said, laughing"),
        Q('"Donegal were the better team in the second half, simple as that,"', "direct", "he",
          "Tommy Duignan-Keane", speaker_at='''that," he said'''),
        Q("the county board would hold a homecoming for the team in Letterkenny on Sunday evening", "indirect",
          "Pádraig Ó Dochartaigh", "Pádraig Ó Dochartaigh"),
    ], source="blind"),
    Case("blind30-bushfire", """Crows Nest residents told to leave as bushfire jumps containment lines

RESIDENTS on the eastern edge of Crows Nest were told to leave immediately on Tuesday afternoon after a bushfire burning in the Ravensbourne area jumped containment lines and raced toward homes.

Queensland Fire and Emergency Services issued a “leave now” warning just after 2pm as the blaze, fanned by north-westerly winds gusting up to 60km/h, crossed the New England Highway near Hampton.

“This fire is unpredictable and it is moving fast,” incident controller Inspector Hamish Talbot-Wright said. “If you are in the warning area and you have not left, do not wait for a knock on the door.”

More than 40 crews and six water-bombing aircraft were working to protect properties, QFES said. Smoke grounded some of the aircraft for about an hour.

Toowoomba Regional Council opened an evacuation centre at the Crows Nest Community Hall, where about 70 people had registered by 5pm.

Mayor Trish van der Heyden said the community had “been through this before” and knew what to do. “I want to thank every volunteer firefighter out there tonight,” she said. “Many of them are protecting other people’s homes while their own are under threat.”

Among those at the hall was Nguyen Thi Lan, who runs a bakery on Curnow Street. Ms Nguyen said she had grabbed her passport, her dog and the day’s takings and driven out with ash falling on the windscreen.

“I could see the glow over the hill,” she said. “I have never been so frightened in my life.”

Bureau of Meteorology senior forecaster Dr Priya Raghunathan warned conditions would not ease until at least Thursday, when a southerly change was expected.

“Tomorrow is looking hot, dry and gusty again, with severe fire danger for the Darling Downs and Granite Belt,” Dr Raghunathan said.

Police have closed the New England Highway between Hampton and Crows Nest, and motorists have been urged to avoid the area.

No homes had been confirmed lost as of Tuesday evening, according to a QFES spokesperson.""", [
        Q("“This fire is unpredictable and it is moving fast,”", "direct", "Hamish Talbot-Wright",
          "Hamish Talbot-Wright"),
        Q("“If you are in the warning area and you have not left, do not wait for a knock on the door.”", "direct",
          "Hamish Talbot-Wright", "Hamish Talbot-Wright"),
        Q("More than 40 crews and six water-bombing aircraft were working to protect properties", "indirect", "QFES",
          "Queensland Fire and Emergency Services", speaker_at="QFES said"),
        Q("“been through this before”", "partial", "Trish van der Heyden", "Trish van der Heyden"),
        Q("“I want to thank every volunteer firefighter out there tonight,”", "direct", "she", "Trish van der Heyden",
          speaker_at="tonight,” she said"),
        Q("“Many of them are protecting other people’s homes while their own are under threat.”", "direct", "she",
          "Trish van der Heyden", speaker_at="tonight,” she said"),
        Q("she had grabbed her passport, her dog and the day’s takings and driven out with ash falling on the "
          "windscreen", "indirect", "Nguyen", "Nguyen Thi Lan", speaker_at="Ms Nguyen said"),
        Q("“I could see the glow over the hill,”", "direct", "she", "Nguyen Thi Lan", speaker_at="hill,” she said"),
        Q("“I have never been so frightened in my life.”", "direct", "she", "Nguyen Thi Lan",
          speaker_at="hill,” she said"),
        Q("conditions would not ease until at least Thursday, when a southerly change was expected", "indirect",
          "Priya Raghunathan", "Priya Raghunathan"),
        Q("“Tomorrow is looking hot, dry and gusty again, with severe fire danger for the Darling Downs and Granite "
          "Belt,”", "direct", "Raghunathan", "Priya Raghunathan", speaker_at="Raghunathan said"),
        Q("No homes had been confirmed lost as of Tuesday evening", "indirect", "a QFES spokesperson", None),
    ], source="blind"),
    Case("blind30-obituary-farmer", """Farmers’ champion Kees van Heerden dies aged 84

Former Federated Farmers national president Cornelis “Kees” van Heerden, who steered the organisation through the removal of farm subsidies in the 1980s, has died. He was 84.

He died peacefully at his Middlemarch home on Sunday, surrounded by family, his daughter Annelies van Heerden-Paewai said.

Born in Friesland in the Netherlands, Mr van Heerden arrived in Port Chalmers with his parents in 1953 and took over a run-down block on the Strath Taieri in 1964. He served as Otago provincial president of Federated Farmers before leading the national body from 1985 to 1989.

Those were brutal years for many farming families, and Mr van Heerden never pretended otherwise.

“He used to say the hardest part of the job wasn’t arguing with ministers, it was sitting at kitchen tables with people who were about to lose everything,” Ms van Heerden-Paewai said.

“Dad felt that weight his whole life.”

Federated Farmers president Wayne Langford-Tui said Mr van Heerden had earned respect on both sides of politics for his bluntness and his grasp of detail.

“Kees was a farmer first and a lobbyist second, and I think that’s why people trusted him,” he said. “When he told a minister something would hurt, the minister listened.”

Neighbour Ross McIntosh, who farmed alongside him for four decades, told the Otago Daily Times that Mr van Heerden had been “stubborn as a Strath Taieri frost” but endlessly generous.

“If your hay shed caught fire, he’d be the first one over the fence,” Mr McIntosh said.

Mr van Heerden was made a Companion of the Queen’s Service Order in 1992 for services to agriculture. He was also a long-serving elder of Knox Church and chaired the Middlemarch School board of trustees for 12 years.

In a 2015 interview with the ODT, he described the subsidy era as “a drug the country had to come off, whether we liked it or not”.

He is survived by his wife of 58 years, Grietje, four children and 11 grandchildren. A funeral will be held at the Middlemarch Memorial Hall on Friday at 1pm.""", [
        Q("He died peacefully at his Middlemarch home on Sunday, surrounded by family", "indirect",
          "Annelies van Heerden-Paewai", "Annelies van Heerden-Paewai"),
        Q("“He used to say the hardest part of the job wasn’t arguing with ministers, it was sitting at kitchen tables "
          "with people who were about to lose everything,”", "direct", "van Heerden-Paewai",
          "Annelies van Heerden-Paewai", speaker_at="Ms van Heerden-Paewai said"),
        Q("“Dad felt that weight his whole life.”", "direct", "van Heerden-Paewai", "Annelies van Heerden-Paewai",
          speaker_at="Ms van Heerden-Paewai said"),
        Q("Mr van Heerden had earned respect on both sides of politics for his bluntness and his grasp of detail",
          "indirect", "Wayne Langford-Tui", "Wayne Langford-Tui"),
        Q("“Kees was a farmer first and a lobbyist second, and I think that’s why people trusted him,”", "direct",
          "he", "Wayne Langford-Tui", speaker_at="him,” he said"),
        Q("“When he told a minister something would hurt, the minister listened.”", "direct", "he",
          "Wayne Langford-Tui", speaker_at="him,” he said"),
        Q("“stubborn as a Strath Taieri frost”", "partial", "Ross McIntosh", "Ross McIntosh"),
        Q("“If your hay shed caught fire, he’d be the first one over the fence,”", "direct", "McIntosh",
          "Ross McIntosh", speaker_at="Mr McIntosh said"),
        Q("“a drug the country had to come off, whether we liked it or not”", "partial", "he", "Cornelis van Heerden",
          speaker_at="he described the subsidy era"),
    ], source="blind"),
    Case("blind30-blizzard", '''Spring blizzard buries Calgary, strands hundreds on Highway 2

A late-season blizzard dumped more than 40 centimetres of snow on parts of Calgary on Monday, closing schools, snarling transit and leaving hundreds of motorists stranded on Highway 2 north of the city.

Environment and Climate Change Canada had issued a winter storm warning on Sunday night, and the snow continued to fall through Monday afternoon, driven by winds gusting to 70 kilometres per hour.

"It's not unusual to see snow in April in Calgary, but this is a significant system for this time of year," said ECCC meteorologist Kyle Fougère. He said a further 10 to 15 cm could fall overnight in the foothills before the system moved into Saskatchewan on Tuesday.

The Calgary Board of Education and the Calgary Catholic School District both cancelled classes, the first snow day for city schools in more than a decade.

RCMP closed northbound Highway 2 between Airdrie and Crossfield for several hours after a series of collisions involving at least 30 vehicles. Nobody was seriously hurt, according to Cpl. Gurpreet Sandhu.

"Visibility was basically zero out there at times," Sandhu said. "We had people sitting in their cars for four, five hours. If you don't have to drive, please stay home."

Ahmad al-Masri was one of them. The Airdrie electrician said he had left for a job in Calgary at 6:30 a.m. and was still in his truck at lunchtime, "running the engine 15 minutes every hour to stay warm."

The city had 120 plows and sanders on the road by mid-morning, but roads manager Chris Hewitt acknowledged residential streets could stay snowbound for days.

"We are focusing on our priority routes first — that's Deerfoot, Crowchild, Glenmore and the bus routes," Hewitt said. "I know that is frustrating for people on the side streets. We ask for their patience."

The Alberta Motor Association said it had received more than 3,000 calls for roadside assistance by noon, roughly triple a normal Monday. The AMA said drivers should keep a blanket, a shovel and a phone charger in their vehicles.

Calgary Transit said some CTrain service had been suspended on the Red Line because of frozen switches.''', [
        Q('''"It's not unusual to see snow in April in Calgary, but this is a significant system for this time of year,"''',
          "direct", "Kyle Fougère", "Kyle Fougère"),
        Q("a further 10 to 15 cm could fall overnight in the foothills before the system moved into Saskatchewan on "
          "Tuesday", "indirect", "He", "Kyle Fougère", speaker_at="He said a further"),
        Q("Nobody was seriously hurt", "indirect", "Gurpreet Sandhu", "Gurpreet Sandhu"),
        Q('"Visibility was basically zero out there at times,"', "direct", "Sandhu", "Gurpreet Sandhu",
          speaker_at="Sandhu said"),
        Q('''"We had people sitting in their cars for four, five hours. If you don't have to drive, please stay home."''',
          "direct", "Sandhu", "Gurpreet Sandhu", speaker_at="Sandhu said"),
        Q("he had left for a job in Calgary at 6:30 a.m. and was still in his truck at lunchtime", "indirect",
          "The Airdrie electrician", "Ahmad al-Masri"),
        Q('"running the engine 15 minutes every hour to stay warm."', "partial", "The Airdrie electrician",
          "Ahmad al-Masri"),
        Q("residential streets could stay snowbound for days", "indirect", "Chris Hewitt", "Chris Hewitt"),
        Q('''"We are focusing on our priority routes first — that's Deerfoot, Crowchild, Glenmore and the bus routes,"''',
          "direct", "Hewitt", "Chris Hewitt", speaker_at="Hewitt said"),
        Q('"I know that is frustrating for people on the side streets. We ask for their patience."', "direct",
          "Hewitt", "Chris Hewitt", speaker_at="Hewitt said"),
        Q("it had received more than 3,000 calls for roadside assistance by noon, roughly triple a normal Monday",
          "indirect", "The Alberta Motor Association", "Alberta Motor Association"),
        Q("drivers should keep a blanket, a shovel and a phone charger in their vehicles", "indirect", "The AMA",
          "Alberta Motor Association"),
        Q("some CTrain service had been suspended on the Red Line because of frozen switches", "indirect",
          "Calgary Transit", "Calgary Transit", speaker_at="Calgary Transit said"),
    ], source="blind"),
    Case("blind30-bribery", """Customs bribery: EFCC witness tells court ex-comptroller demanded N45m

An investigating officer with the Economic and Financial Crimes Commission, Mrs Halima Yusuf-Ibrahim, on Tuesday told the Federal High Court in Lagos that a former Customs comptroller, Alhaji Sani Bello Danjuma, demanded N45m from an importer to release 14 containers held at the Tin Can Island Port.

Danjuma is being tried by the EFCC alongside a clearing agent, Chukwuemeka Obi-Nnadozie, on an eight-count charge bordering on bribery, abuse of office and money laundering. Both defendants pleaded not guilty.

Led in evidence by the prosecution counsel, Ekene Nwachukwu, the witness said the importer, whose identity was withheld, had petitioned the commission in March 2022.

“My lord, our investigation showed that the sum of N45m was paid in three instalments into the account of a company controlled by the second defendant,” Yusuf-Ibrahim told the court. “Within 48 hours of each payment, the containers were released.”

She said bank records tendered before the court showed that N30m was later transferred from the company’s account to a bureau de change operator in Abuja, who converted it into dollars.

Under cross-examination, counsel for the first defendant, Chief Babatunde Adeyemi-Cole (SAN), asked the witness whether she had ever seen his client receive any money.

“No, my lord, not physically,” she replied. “But the money trail speaks for itself.”

Adeyemi-Cole described the prosecution’s case as “a house built on hearsay,” insisting that his client had never met the importer.

The trial judge, Justice Ngozi Okonkwo-Bassey, admitted the bank statements as exhibits and adjourned the case till June 18 for continuation of trial.

Speaking to journalists after the proceedings, Nwachukwu said the commission was confident of securing a conviction. “We have documents, we have witnesses, and we have the money trail,” he said.

The Nigeria Customs Service had earlier said in a statement that Danjuma was suspended in 2022 and would be dismissed if found guilty.

The PUNCH had reported in May 2022 that the importer wrote to the anti-graft agency after his goods were held at the port for more than five months.""", [
        Q("a former Customs comptroller, Alhaji Sani Bello Danjuma, demanded N45m from an importer to release 14 "
          "containers held at the Tin Can Island Port", "indirect", "Halima Yusuf-Ibrahim", "Halima Yusuf-Ibrahim"),
        Q("the importer, whose identity was withheld, had petitioned the commission in March 2022", "indirect",
          "the witness", "Halima Yusuf-Ibrahim", speaker_at="the witness said"),
        Q("“My lord, our investigation showed that the sum of N45m was paid in three instalments into the account of a "
          "company controlled by the second defendant,”", "direct", "Yusuf-Ibrahim", "Halima Yusuf-Ibrahim",
          speaker_at="Yusuf-Ibrahim told the court"),
        Q("“Within 48 hours of each payment, the containers were released.”", "direct", "Yusuf-Ibrahim",
          "Halima Yusuf-Ibrahim", speaker_at="Yusuf-Ibrahim told the court"),
        Q("bank records tendered before the court showed that N30m was later transferred from the company’s account to "
          "a bureau de change operator in Abuja, who converted it into dollars", "indirect", "She",
          "Halima Yusuf-Ibrahim", speaker_at="She said bank"),
        Q("whether she had ever seen his client receive any money", "indirect", "Babatunde Adeyemi-Cole",
          "Babatunde Adeyemi-Cole"),
        Q("“No, my lord, not physically,”", "direct", "she", "Halima Yusuf-Ibrahim", speaker_at="she replied"),
        Q("“But the money trail speaks for itself.”", "direct", "she", "Halima Yusuf-Ibrahim",
          speaker_at="she replied"),
        Q("“a house built on hearsay,”", "partial", "Adeyemi-Cole", "Babatunde Adeyemi-Cole",
          speaker_at="Adeyemi-Cole described"),
        Q("his client had never met the importer", "indirect", "Adeyemi-Cole", "Babatunde Adeyemi-Cole",
          speaker_at="Adeyemi-Cole described"),
        Q("the commission was confident of securing a conviction", "indirect", "Nwachukwu", "Ekene Nwachukwu",
          speaker_at="Nwachukwu said"),
        Q("“We have documents, we have witnesses, and we have the money trail,”", "direct", "he", "Ekene Nwachukwu",
          speaker_at="he said"),
        Q("Danjuma was suspended in 2022 and would be dismissed if found guilty", "indirect",
          "The Nigeria Customs Service", "Nigeria Customs Service"),
        Q("the importer wrote to the anti-graft agency after his goods were held at the port for more than five months",
          "indirect", "The PUNCH", "PUNCH"),
    ], source="blind"),
    Case("blind30-comedian", '''Comedian Sbu Mthembu dies at 47

Comedy fans are in mourning after stand-up comedian Sibusiso "Sbu" Mthembu died in a Johannesburg hospital on Sunday night. He was 47.

According to his family, Mthembu had been admitted to Charlotte Maxeke Johannesburg Academic Hospital last week after complaining of chest pains.

Family spokesperson Thandeka Mthembu-Ndlovu, his younger sister, said the family was "shattered" but grateful for the outpouring of love from fans.

"Sbu made the whole country laugh, but at home he was just our brother who ate all the food," she said. "We ask for privacy as we prepare to lay him to rest."

Born in Orlando East, Soweto, Mthembu started out telling jokes at taxi ranks and shebeens before getting his break at the Jozi Comedy Festival in 2004. His one-man show "Ayeye Mzansi" ran for three sold-out seasons at the Market Theatre, and he later hosted the SABC1 sketch series "Hlala Phansi".

Fellow comedian Riaan van der Walt, who toured with Mthembu for a decade, said he was still struggling to believe the news.

"He was the bravest comic I ever shared a stage with. He would walk into a room of 500 people who didn't speak his language and have them crying with laughter within five minutes," Van der Walt told Sowetan.

"People forget he was a trained teacher. He never stopped teaching – he just used jokes instead of a chalkboard."

Sport, Arts and Culture Minister Nkosinathi Dlamini-Mabaso described Mthembu as "a giant of South African comedy who held up a mirror to our society".

"His humour crossed every line that apartheid tried to draw between us," the minister said in a statement.

On social media, fans shared clips of his famous "taxi queue" routine, in which he played every passenger in a Bara-bound minibus, while others recalled meeting him at gigs in Kasi venues across the country.

Mthembu is survived by his wife, Lerato, and their two daughters.

Funeral details will be announced later this week, the family said.''', [
        Q("Mthembu had been admitted to Charlotte Maxeke Johannesburg Academic Hospital last week after complaining of "
          "chest pains", "indirect", "his family", None),
        Q('"shattered"', "partial", "Thandeka Mthembu-Ndlovu", "Thandeka Mthembu-Ndlovu"),
        Q('"Sbu made the whole country laugh, but at home he was just our brother who ate all the food,"', "direct",
          "she", "Thandeka Mthembu-Ndlovu", speaker_at="she said"),
        Q('"We ask for privacy as we prepare to lay him to rest."', "direct", "she", "Thandeka Mthembu-Ndlovu",
          speaker_at="she said"),
        Q("he was still struggling to believe the news", "indirect", "Riaan van der Walt", "Riaan van der Walt"),
        Q('''"He was the bravest comic I ever shared a stage with. He would walk into a room of 500 people who didn't speak his language and have them crying with laughter within five minutes,"''',
          "direct", "Van der Walt", "Riaan van der Walt"),
        Q('"People forget he was a trained teacher. He never stopped teaching – he just used jokes instead of a '
          'chalkboard."', "direct", "Van der Walt", "Riaan van der Walt"),
        Q('"a giant of South African comedy who held up a mirror to our society"', "partial",
          "Nkosinathi Dlamini-Mabaso", "Nkosinathi Dlamini-Mabaso"),
        Q('"His humour crossed every line that apartheid tried to draw between us,"', "direct", "the minister",
          "Nkosinathi Dlamini-Mabaso"),
        Q("Funeral details will be announced later this week", "indirect", "the family", None,
          speaker_at="the family said"),
    ], source="blind"),
    Case("blind30-chieftaincy", """Mazvimba chieftainship wrangle ends as new chief installed

MUREHWA — The long-running succession dispute over the Mazvimba chieftainship in Murehwa District came to an end yesterday when Mr Tapiwa Mazvimba-Gumbo was installed as Chief Mazvimba VII at a colourful ceremony attended by thousands of villagers.

The chieftainship had been vacant since the death of Chief Mazvimba VI, Mr Elias Gumbo, in 2021, after two rival houses of the family laid claim to the throne.

Presiding over the installation, Minister of State for Mashonaland East Provincial Affairs and Devolution Cde Rudo Chigwedere-Mhaka said Government had followed customary law to the letter in resolving the matter.

“The process was long, but it was thorough. Every house was heard, the spirit mediums were consulted and the family elders reached a consensus,” she said.

“Let this be the end of the matter. Chiefs are custodians of our culture and heritage, and a community cannot develop when it is divided over its leadership.”

The president of the National Council of Chiefs, Chief Gilbert Mudzingwa, told the gathering that a chief’s first duty was to protect the land and ensure that no villager went hungry.

“You are now the father of everyone in this area, including those who opposed you,” he told the new chief. “Rule with humility.”

Chief Mazvimba VII, a retired headmaster aged 63, thanked President Mnangagwa for the appointment and pledged to unite the community.

“I extend my hand to my brothers in the other house. The throne is not mine; it belongs to the people of Mazvimba,” said the new chief, to loud ululation from the crowd.

Members of the rival Chizema house, who had challenged the nomination at the High Court, did not attend the ceremony.

Contacted for comment, Mr Lovemore Chizema, who speaks on behalf of the house, said the family would “not be rushed” into accepting the outcome and that it was consulting its lawyers.

Villagers who spoke to The Herald welcomed the end of the dispute, which had at times turned violent.

“We have waited three years for this day. Now the rains can come,” said Mrs Memory Kanyemba (71) of Chitate Village.

Under the Traditional Leaders Act, the President appoints a chief after considering the customary principles of succession of the community concerned.""", [
        Q("Government had followed customary law to the letter in resolving the matter", "indirect",
          "Rudo Chigwedere-Mhaka", "Rudo Chigwedere-Mhaka"),
        Q("“The process was long, but it was thorough. Every house was heard, the spirit mediums were consulted and the "
          "family elders reached a consensus,”", "direct", "she", "Rudo Chigwedere-Mhaka", speaker_at="she said"),
        Q("“Let this be the end of the matter. Chiefs are custodians of our culture and heritage, and a community "
          "cannot develop when it is divided over its leadership.”", "direct", "she", "Rudo Chigwedere-Mhaka",
          speaker_at="she said"),
        Q("a chief’s first duty was to protect the land and ensure that no villager went hungry", "indirect",
          "Gilbert Mudzingwa", "Gilbert Mudzingwa"),
        Q("“You are now the father of everyone in this area, including those who opposed you,”", "direct", "he",
          "Gilbert Mudzingwa", speaker_at="he told the new chief"),
        Q("“Rule with humility.”", "direct", "he", "Gilbert Mudzingwa", speaker_at="he told the new chief"),
        Q("“I extend my hand to my brothers in the other house. The throne is not mine; it belongs to the people of "
          "Mazvimba,”", "direct", "the new chief", "Tapiwa Mazvimba-Gumbo", speaker_at="said the new chief"),
        Q("“not be rushed”", "partial", "Lovemore Chizema", "Lovemore Chizema"),
        Q("it was consulting its lawyers", "indirect", "Lovemore Chizema", "Lovemore Chizema"),
        Q("“We have waited three years for this day. Now the rains can come,”", "direct", "Memory Kanyemba",
          "Memory Kanyemba"),
    ], source="blind"),
    Case("blind30-dance", """Over 600 dancers from 30 countries take centre stage at Dubai festival

Dubai: More than 600 dancers from 30 countries will perform over ten days at the third edition of the Dubai International Dance Festival, which opened on Friday evening on the Dubai Opera forecourt.

Held under the patronage of Sheikh Majid bin Faisal Al Mualla, the festival features everything from Emirati Al Ayyala and Indian Kathak to Korean contemporary and Filipino folk dance, with most performances free to the public.

Festival director Reem Al Suwaidi said organisers had received more than 2,000 applications this year, nearly double last year’s number.

“Dance is the one language that everyone in this city already speaks,” she told Khaleej Times ahead of the opening night. “You don’t need a translator to understand a Kathak dancer’s story or the rhythm of the Ayyala.”

Among the headline acts is Bengaluru-based Kathak exponent Dr Meenakshi Iyer-Raman, whose new production, “Rivers of Light”, premieres on Sunday.

“I have performed in many countries,” Dr Iyer-Raman said, “but there is something special about dancing in front of an audience where half the people share your roots and the other half are discovering them for the first time.”

Seoul choreographer Park Ji-hoon, whose eight-member company is making its Gulf debut, said the team had adapted its piece to the outdoor setting.

“We changed the floor work because of the heat,” Park said. “In Seoul we roll on the floor a lot. Here, we decided to stay on our feet.”

Obaid Saeed Al Ketbi, who leads an Al Ain-based Ayyala troupe, told Khaleej Times that young Emiratis were increasingly joining folk groups. “Ten years ago, I struggled to find 20 young men. This year, I turned away 40,” Al Ketbi said.

For Ma. Cristina de los Reyes, whose troupe is made up of Filipino nurses and hotel workers, simply reaching the stage is an achievement. “Most of us work 10-hour shifts. We rehearse at midnight in a car park in Al Qusais,” said de los Reyes.

According to the Dubai Culture and Arts Authority, which is co-organising the event, the festival is expected to draw 80,000 visitors. The authority said free shuttle buses would run from the Burj Khalifa/Dubai Mall Metro Station every 15 minutes from 5pm.

In a message read out at the opening ceremony, Sheikh Majid said the festival reflected “the spirit of a country where more than 200 nationalities live side by side”.

The festival runs until February 18.""", [
        Q("organisers had received more than 2,000 applications this year, nearly double last year’s number",
          "indirect", "Reem Al Suwaidi", "Reem Al Suwaidi"),
        Q("“Dance is the one language that everyone in this city already speaks,”", "direct", "she",
          "Reem Al Suwaidi", speaker_at="she told Khaleej Times"),
        Q("“You don’t need a translator to understand a Kathak dancer’s story or the rhythm of the Ayyala.”", "direct",
          "she", "Reem Al Suwaidi", speaker_at="she told Khaleej Times"),
        Q("“I have performed in many countries,”", "direct", "Iyer-Raman", "Meenakshi Iyer-Raman",
          speaker_at="Dr Iyer-Raman said"),
        Q("“but there is something special about dancing in front of an audience where half the people share your "
          "roots and the other half are discovering them for the first time.”", "direct", "Iyer-Raman",
          "Meenakshi Iyer-Raman", speaker_at="Dr Iyer-Raman said"),
        Q("the team had adapted its piece to the outdoor setting", "indirect", "Park Ji-hoon", "Park Ji-hoon"),
        Q("“We changed the floor work because of the heat,”", "direct", "Park", "Park Ji-hoon",
          speaker_at="Park said"),
        Q("“In Seoul we roll on the floor a lot. Here, we decided to stay on our feet.”", "direct", "Park",
          "Park Ji-hoon", speaker_at="Park said"),
        Q("young Emiratis were increasingly joining folk groups", "indirect", "Obaid Saeed Al Ketbi",
          "Obaid Saeed Al Ketbi"),
        Q("“Ten years ago, I struggled to find 20 young men. This year, I turned away 40,”", "direct", "Al Ketbi",
          "Obaid Saeed Al Ketbi", speaker_at="Al Ketbi said"),
        Q("“Most of us work 10-hour shifts. We rehearse at midnight in a car park in Al Qusais,”", "direct",
          "de los Reyes", "Ma. Cristina de los Reyes", speaker_at="said de los Reyes"),
        Q("the festival is expected to draw 80,000 visitors", "indirect", "the Dubai Culture and Arts Authority",
          "Dubai Culture and Arts Authority"),
        Q("free shuttle buses would run from the Burj Khalifa/Dubai Mall Metro Station every 15 minutes from 5pm",
          "indirect", "The authority", "Dubai Culture and Arts Authority"),
        Q("“the spirit of a country where more than 200 nationalities live side by side”", "partial", "Majid",
          "Majid bin Faisal Al Mualla", speaker_at="Sheikh Majid said"),
    ], source="blind"),
    Case("blind30-weightlifting", '''Nur Aisyah lifts Malaysia to first world championship medal in a decade

KUALA LUMPUR: National weightlifter Nur Aisyah Kamarulzaman ended Malaysia's 10-year medal drought at the World Weightlifting Championships in Manama, Bahrain, on Tuesday, clinching bronze in the women's 49kg category.

The 22-year-old from Kuala Terengganu lifted 88kg in the snatch and 110kg in the clean and jerk for a total of 198kg, finishing behind China's Zhou Meiling and North Korea's Kim Un-hyang.

"I was shaking before my last clean and jerk. I told myself, just one more lift and you will make history," Nur Aisyah told theSun in a phone interview from Manama.

"This medal is for my parents, who sold nasi lemak every morning so I could train."

National coach Tan Wei Liang said the bronze was the reward for a change in training approach after Aisyah failed to make the podium at the Asian Championships in April.

"We reduced her volume and focused on technique in the jerk. She was always strong enough; the problem was in her head, and she has fixed that," Tan said.

Malaysia Weightlifting Federation (MWF) president Datuk Seri Ahmad Fauzi bin Mohd Yusof said the federation would push for Nur Aisyah to be included in the National Sports Council's podium programme.

"She has shown she belongs among the best in the world. Now we must give her the support to go to Los Angeles 2028 as a medal contender," he said.

According to the MWF, Malaysia's previous world championship medal came in 2015, also in a women's lightweight division.

Former national lifter K. Thiruselvam, who coached Nur Aisyah at school level in Terengganu, described her as "the most stubborn athlete I have ever trained", adding that she once turned up for a session with a sprained wrist rather than miss it.

The National Sports Council said in a statement that it would review her funding after the championships.

Nur Aisyah is scheduled to return home on Friday.''', [
        Q('"I was shaking before my last clean and jerk. I told myself, just one more lift and you will make history,"',
          "direct", "Nur Aisyah", "Nur Aisyah Kamarulzaman", speaker_at="Nur Aisyah told theSun"),
        Q('"This medal is for my parents, who sold nasi lemak every morning so I could train."', "direct",
          "Nur Aisyah", "Nur Aisyah Kamarulzaman", speaker_at="Nur Aisyah told theSun"),
        Q("the bronze was the reward for a change in training approach after Aisyah failed to make the podium at the "
          "Asian Championships in April", "indirect", "Tan Wei Liang", "Tan Wei Liang"),
        Q('"We reduced her volume and focused on technique in the jerk. She was always strong enough; the problem was '
          'in her head, and she has fixed that,"', "direct", "Tan", "Tan Wei Liang", speaker_at="Tan said"),
        Q("the federation would push for Nur Aisyah to be included in the National Sports Council's podium programme",
          "indirect", "Ahmad Fauzi bin Mohd Yusof", "Ahmad Fauzi bin Mohd Yusof"),
        Q('"She has shown she belongs among the best in the world. Now we must give her the support to go to Los '
          'Angeles 2028 as a medal contender,"', "direct", "he", "Ahmad Fauzi bin Mohd Yusof", speaker_at="he said"),
        Q("Malaysia's previous world championship medal came in 2015, also in a women's lightweight division",
          "indirect", "the MWF", "Malaysia Weightlifting Federation"),
        Q('"the most stubborn athlete I have ever trained"', "partial", "K. Thiruselvam", "K. Thiruselvam"),
        Q("she once turned up for a session with a sprained wrist rather than miss it", "indirect", "K. Thiruselvam",
          "K. Thiruselvam"),
        Q("it would review her funding after the championships", "indirect", "The National Sports Council",
          "National Sports Council"),
    ], source="blind"),
    Case("blind30-mpox", """Health officials trace contacts after new mpox strain found in Pattaya

The Department of Disease Control (DDC) is tracing more than 40 contacts of a foreign tourist who tested positive for the clade Ib strain of mpox in Chon Buri, the second such case confirmed in Thailand this year.

The patient, a 38-year-old European man, developed a rash and fever three days after arriving from Central Africa via Dubai and is being treated in isolation at a hospital in Pattaya, according to the department.

DDC director-general Dr Suphakit Rattanawong said on Wednesday there was no evidence the virus was spreading within the community.

“So far none of the close contacts has shown symptoms. We will monitor them for 21 days,” Dr Suphakit said. “There is no need for panic, but people should be careful about close physical contact with strangers.”

He said the department had asked airlines to hand out health declaration cards to passengers arriving from 42 countries with reported outbreaks.

Public Health Minister Chonlada Wiriyakul told reporters at Government House that the ministry had ordered 5,000 more doses of vaccine, which would be offered first to medical staff and high-risk groups.

“We learned a lot from Covid-19. We are not going to wait until cases rise before we act,” the minister said.

Dr Maarten de Vries-Hoekstra, the World Health Organization’s representative to Thailand, said the country’s surveillance system had “responded exactly as it should”.

Some tourism operators in Pattaya fear a repeat of the pandemic slump. “We just got our customers back,” said the owner of a bar on Walking Street, who asked not to be named. “One news story can empty this street.”

Assoc Prof Dr Nattapong Srisawat, an epidemiologist at Chulalongkorn University’s Faculty of Medicine, said the risk to the general public remained low. The strain, he explained, spreads mainly through prolonged skin-to-skin contact and is far less easily transmitted than the virus that causes Covid-19.

Anyone who develops a fever and rash within three weeks of returning from an affected country is advised to call the DDC hotline on 1422.""", [
        Q("The patient, a 38-year-old European man, developed a rash and fever three days after arriving from Central "
          "Africa via Dubai and is being treated in isolation at a hospital in Pattaya", "indirect", "the department",
          "Department of Disease Control", speaker_at="according to the department"),
        Q("there was no evidence the virus was spreading within the community", "indirect", "Suphakit Rattanawong",
          "Suphakit Rattanawong"),
        Q("“So far none of the close contacts has shown symptoms. We will monitor them for 21 days,”", "direct",
          "Suphakit", "Suphakit Rattanawong", speaker_at="Dr Suphakit said"),
        Q("“There is no need for panic, but people should be careful about close physical contact with strangers.”",
          "direct", "Suphakit", "Suphakit Rattanawong", speaker_at="Dr Suphakit said"),
        Q("the department had asked airlines to hand out health declaration cards to passengers arriving from 42 "
          "countries with reported outbreaks", "indirect", "He", "Suphakit Rattanawong",
          speaker_at="He said the department"),
        Q("the ministry had ordered 5,000 more doses of vaccine, which would be offered first to medical staff and "
          "high-risk groups", "indirect", "Chonlada Wiriyakul", "Chonlada Wiriyakul"),
        Q("“We learned a lot from Covid-19. We are not going to wait until cases rise before we act,”", "direct",
          "the minister", "Chonlada Wiriyakul"),
        Q("“responded exactly as it should”", "partial", "Maarten de Vries-Hoekstra", "Maarten de Vries-Hoekstra"),
        Q("“We just got our customers back,”", "direct", "the owner of a bar on Walking Street", None),
        Q("“One news story can empty this street.”", "direct", "the owner of a bar on Walking Street", None),
        Q("the risk to the general public remained low", "indirect", "Nattapong Srisawat", "Nattapong Srisawat"),
        Q("spreads mainly through prolonged skin-to-skin contact and is far less easily transmitted than the virus that "
          "causes Covid-19", "indirect", "he", "Nattapong Srisawat", speaker_at="he explained"),
    ], source="blind"),
    Case("blind30-railstrike", """Loco pilots' strike hits rail traffic in Ambala division; 34 trains cancelled

Tribune News Service

Ambala, March 4

Rail traffic in the Ambala division was severely disrupted on Tuesday as loco pilots and assistant loco pilots began a 48-hour strike demanding shorter duty hours and the filling of vacant posts, leaving thousands of passengers stranded.

According to railway officials, 34 passenger and MEMU trains were cancelled and at least 21 long-distance trains, including the Paschim Express and the Kalka Shatabdi, ran late by two to six hours.

The strike has been called by the All India Loco Running Staff Association (AILRSA). The association claims loco pilots are routinely made to work 14-hour shifts without adequate rest.

'Our members are driving trains carrying thousands of people after being on duty for 12, 13, 14 hours. This is not only inhuman, it is dangerous,' said AILRSA divisional secretary Sukhwinder Singh Gill, addressing protesting employees outside the Ambala Cantt station.

Gill said the association had written to the Railway Board at least six times since last year but had received 'nothing except assurances'.

Divisional Railway Manager Manoj Kumar Bhatnagar described the strike as 'unfortunate and avoidable'. He said talks with the union were on and that the administration had arranged crew from other divisions to run essential services.

'Our priority is that no passenger is left without a way to reach home. Refunds are being processed at all counters,' the DRM said.

At Ambala Cantt, passengers waited for hours on crowded platforms. 'I came at 6 am for the Shatabdi. Nobody is telling us anything,' said Harpreet Kaur, a schoolteacher travelling to Delhi for her sister's wedding.

Gurnam Singh, a farmer from Rajpura, said he had missed a hospital appointment at the PGI in Chandigarh. 'Who will pay for this? The railways or the union?' he asked.

Northern Railway's chief public relations officer told The Tribune that services were expected to return to normal by Thursday evening.""", [
        Q("34 passenger and MEMU trains were cancelled and at least 21 long-distance trains, including the Paschim "
          "Express and the Kalka Shatabdi, ran late by two to six hours", "indirect", "railway officials", None),
        Q("loco pilots are routinely made to work 14-hour shifts without adequate rest", "indirect", "The association",
          "All India Loco Running Staff Association"),
        Q("'Our members are driving trains carrying thousands of people after being on duty for 12, 13, 14 hours. This "
          "is not only inhuman, it is dangerous,'", "direct", "Sukhwinder Singh Gill", "Sukhwinder Singh Gill"),
        Q("the association had written to the Railway Board at least six times since last year", "indirect", "Gill",
          "Sukhwinder Singh Gill", speaker_at="Gill said"),
        Q("'nothing except assurances'", "partial", "Gill", "Sukhwinder Singh Gill", speaker_at="Gill said"),
        Q("'unfortunate and avoidable'", "partial", "Manoj Kumar Bhatnagar", "Manoj Kumar Bhatnagar"),
        Q("talks with the union were on", "indirect", "He", "Manoj Kumar Bhatnagar", speaker_at="He said talks"),
        Q("the administration had arranged crew from other divisions to run essential services", "indirect", "He",
          "Manoj Kumar Bhatnagar", speaker_at="He said talks"),
        Q("'Our priority is that no passenger is left without a way to reach home. Refunds are being processed at all "
          "counters,'", "direct", "the DRM", "Manoj Kumar Bhatnagar"),
        Q("'I came at 6 am for the Shatabdi. Nobody is telling us anything,'", "direct", "Harpreet Kaur",
          "Harpreet Kaur"),
        Q("he had missed a hospital appointment at the PGI in Chandigarh", "indirect", "Gurnam Singh", "Gurnam Singh"),
        Q("'Who will pay for this? The railways or the union?'", "direct", "he", "Gurnam Singh",
          speaker_at="he asked"),
        Q("services were expected to return to normal by Thursday evening", "indirect",
          "Northern Railway's chief public relations officer", None),
    ], source="blind"),
    Case("blind30-malaria", '''Malaria cases surge in flood-hit Dadu, Jamshoro districts

HYDERABAD: Malaria cases have surged in the flood-affected districts of Dadu and Jamshoro, with health officials reporting more than 11,000 confirmed infections in the past three weeks and at least nine deaths, most of them children.

Dadu District Health Officer Dr Abdul Qadir Baloch told Dawn on Saturday that stagnant floodwater in low-lying villages had become a breeding ground for mosquitoes and that rapid diagnostic kits were running short.

"We are testing around 1,500 people a day at our camps, and nearly one in three is positive," he said. "In some union councils in Johi and Mehar, the positivity rate is above 50 per cent."

He said the district had received only 20,000 rapid diagnostic kits against a request for 100,000.

Residents of Khairpur Nathan Shah complained that no fumigation had been carried out in their area since the water came. "The water has been standing here for two months. Every house has someone with fever," said Ghulam Rasool Chandio, a shopkeeper.

Sindh Health Minister Dr Nausheen Shah-Bukhari, who visited a field hospital in Dadu on Friday, said the provincial government had released Rs150 million for emergency procurement of medicines and bed nets.

"Let me be clear: no patient will be turned away for lack of medicine," the minister said. "If any officer is found hoarding supplies, action will be taken."

According to the World Health Organisation, Pakistan reported more than 2.6 million suspected malaria cases in 2022, the year of the catastrophic floods.

A senior official of the provincial health department, requesting anonymity, said the actual number of cases was likely to be much higher because many patients were being treated at private clinics that did not report to the government.

Dr Farah Naz Qureshi of the Indus Hospital and Health Network (IHHN), which has set up two mobile clinics in the area, said severe cases caused by Plasmodium falciparum were rising.

"These are not simple fevers. We are seeing children with severe anaemia who need blood transfusions," she said.

The IHHN has appealed to philanthropists for donations of bed nets and blood.''', [
        Q("stagnant floodwater in low-lying villages had become a breeding ground for mosquitoes", "indirect",
          "Abdul Qadir Baloch", "Abdul Qadir Baloch"),
        Q("rapid diagnostic kits were running short", "indirect", "Abdul Qadir Baloch", "Abdul Qadir Baloch"),
        Q('"We are testing around 1,500 people a day at our camps, and nearly one in three is positive,"', "direct",
          "he", "Abdul Qadir Baloch", speaker_at="he said"),
        Q('"In some union councils in Johi and Mehar, the positivity rate is above 50 per cent."', "direct", "he",
          "Abdul Qadir Baloch", speaker_at="he said"),
        Q("the district had received only 20,000 rapid diagnostic kits against a request for 100,000", "indirect",
          "He", "Abdul Qadir Baloch", speaker_at="He said the district"),
        Q("no fumigation had been carried out in their area since the water came", "indirect",
          "Residents of Khairpur Nathan Shah", None),
        Q('"The water has been standing here for two months. Every house has someone with fever,"', "direct",
          "Ghulam Rasool Chandio", "Ghulam Rasool Chandio"),
        Q("the provincial government had released Rs150 million for emergency procurement of medicines and bed nets",
          "indirect", "Nausheen Shah-Bukhari", "Nausheen Shah-Bukhari"),
        Q('"Let me be clear: no patient will be turned away for lack of medicine,"', "direct", "the minister",
          "Nausheen Shah-Bukhari"),
        Q('"If any officer is found hoarding supplies, action will be taken."', "direct", "the minister",
          "Nausheen Shah-Bukhari"),
        Q("Pakistan reported more than 2.6 million suspected malaria cases in 2022, the year of the catastrophic floods",
          "indirect", "the World Health Organisation", "World Health Organisation"),
        Q("the actual number of cases was likely to be much higher because many patients were being treated at private "
          "clinics that did not report to the government", "indirect",
          "A senior official of the provincial health department", None),
        Q("severe cases caused by Plasmodium falciparum were rising", "indirect", "Farah Naz Qureshi",
          "Farah Naz Qureshi"),
        Q('"These are not simple fevers. We are seeing children with severe anaemia who need blood transfusions,"',
          "direct", "she", "Farah Naz Qureshi", speaker_at="she said"),
    ], source="blind"),
]
