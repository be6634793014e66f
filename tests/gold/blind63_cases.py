"""Blind gold (set 63): short news articles in many house styles, written once.

Wire copy with datelines and regional papers from several continents, with
curly double, straight double and British single quotes, and a range of
attribution (before, after and inside the quote; pronouns, titles and later
short mentions; "according to"; reported speech). See build_gold.py for the
case format and gold_format.py for how quotes are located.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind63-telecom", """Najd Telecom quarterly profit jumps 18% on data demand

RIYADH, Feb 12 (Reuters) - Saudi Arabia’s Najd Telecom Co (NTC) posted an 18% rise in fourth-quarter net profit on Monday, helped by strong demand for mobile data and a faster-than-expected rollout of its 5G network, the company said in a bourse filing.

Net profit rose to 1.21 billion riyals ($322.6 million) in the three months to Dec. 31, from 1.03 billion riyals a year earlier. Revenue climbed 7% to 6.4 billion riyals. Analysts polled by LSEG had on average expected a profit of 1.12 billion riyals.

“We have come through a year of heavy investment and the numbers are now starting to show it,” Chief Executive Eng. Faisal bin Turki Al-Harbi told Reuters in an interview. “Data traffic on our network doubled in 2023, and we expect it to double again.”

Al-Harbi said the company would raise capital expenditure by about 10% this year, much of it on fibre and on data centres in Riyadh and at NEOM, the $500 billion megaproject on the Red Sea coast. He declined to give a figure for the final dividend, saying only that it would be announced “in the coming weeks”.

“It’s a clean beat,” said Mariam Al-Sayed, a telecoms analyst at Al Rajhi Capital. “The enterprise business, which people tend to ignore, was the real surprise.”

She said government contracts linked to the Vision 2030 reform plan were likely to keep growing as ministries move more services online.

Not everyone was convinced. A Dubai-based fund manager, who declined to be named because he was not authorised to speak to the media, said competition for prepaid customers remained “brutal” and margins could come under pressure once the 5G build-out slowed.

The Communications, Space and Technology Commission (CST), the sector regulator, said last month the number of mobile subscriptions in the kingdom had reached 52 million, or about 1.5 per person.

Shares in NTC rose 3.1% in early trade, outperforming the main index, which was up 0.4%.

The company, which is 37% owned by the Public Investment Fund, also said it had signed a memorandum of understanding with China’s Huawei on cloud services. Huawei did not immediately respond to a request for comment.

(Reporting by Rana Al-Khatib; Editing by David Goodman)""", [
        Q("Saudi Arabia’s Najd Telecom Co (NTC) posted an 18% rise in fourth-quarter net profit on Monday, helped by "
          "strong demand for mobile data and a faster-than-expected rollout of its 5G network", "indirect",
          "the company", "Najd Telecom Co", speaker_at="the company said in a bourse filing"),
        Q("“We have come through a year of heavy investment and the numbers are now starting to show it,”", "direct",
          "Faisal bin Turki Al-Harbi", "Faisal bin Turki Al-Harbi"),
        Q("“Data traffic on our network doubled in 2023, and we expect it to double again.”", "direct",
          "Faisal bin Turki Al-Harbi", "Faisal bin Turki Al-Harbi"),
        Q("the company would raise capital expenditure by about 10% this year, much of it on fibre and on data centres "
          "in Riyadh and at NEOM, the $500 billion megaproject on the Red Sea coast", "indirect",
          "Al-Harbi", "Faisal bin Turki Al-Harbi", speaker_at="Al-Harbi said"),
        Q("“in the coming weeks”", "partial", "He", "Faisal bin Turki Al-Harbi", speaker_at="He declined"),
        Q("“It’s a clean beat,”", "direct", "Mariam Al-Sayed", "Mariam Al-Sayed"),
        Q("“The enterprise business, which people tend to ignore, was the real surprise.”", "direct",
          "Mariam Al-Sayed", "Mariam Al-Sayed"),
        Q("government contracts linked to the Vision 2030 reform plan were likely to keep growing as ministries move "
          "more services online", "indirect", "She", "Mariam Al-Sayed", speaker_at="She said"),
        Q("“brutal”", "partial", "A Dubai-based fund manager", None),
        Q("margins could come under pressure once the 5G build-out slowed", "indirect", "A Dubai-based fund manager",
          None),
        Q("the number of mobile subscriptions in the kingdom had reached 52 million, or about 1.5 per person",
          "indirect", "The Communications, Space and Technology Commission",
          "Communications, Space and Technology Commission"),
        Q("it had signed a memorandum of understanding with China’s Huawei on cloud services", "indirect",
          "The company", "Najd Telecom Co", speaker_at="The company, which is"),
    ], source="blind"),
    Case("blind63-pangolin", """Trader tells court he thought sacks held fish maw, not pangolin scales

KOTA KINABALU, March 14 (Bernama) -- A timber trader charged with possessing 1,200 kilogrammes of pangolin scales told the Sessions Court here today that he believed the sacks seized from his warehouse contained dried fish maw.

Testifying in his own defence, Lim Chee Hong, 52, said he had agreed to store the sacks for an acquaintance he knew only as "Ah Seng" and had never opened them.

"I rent out space. People bring things, they pay me, they take them back. I do not check every bag," he told Judge Ummu Kalthum Abdul Samad.

Lim is charged under Section 41(1) of the Wildlife Conservation Enactment 1997 with possessing the scales, believed to have come from about 2,000 Sunda pangolins, at a warehouse in Jalan Tuaran on Sept 8, 2022. He faces a fine of up to RM250,000 or up to five years' jail, or both, if convicted.

Under cross-examination by deputy public prosecutor Mohd Hafizuddin Jamaluddin, the accused admitted that he had been paid RM3,000 a month for the space, well above the usual rate in the area.

"Is it not strange that someone would pay you so much to keep fish maw?" the prosecutor asked.

"Business is business," Lim replied.

Earlier, Sabah Wildlife Department senior officer Dr Arnold Gimbang Sipanggol told the court that the scales had been packed in a way typical of syndicates shipping to East Asia, with each sack lined with plastic and topped with a layer of dried seafood.

Outside the court, the department's director, Datuk Jeffrey Siang Baluh, said the case was being watched closely by enforcement agencies across the region.

"We hope the outcome will send a clear message that Sabah is not a transit point for the illegal wildlife trade," he told reporters.

The wildlife trade monitoring network TRAFFIC said in a statement last year that Malaysia had been linked to seizures of more than 60 tonnes of pangolin scales since 2017, much of it bound for China and Vietnam.

The trial continues on April 2. Lim is represented by counsel Rajinder Singh Dhillon, who told the court his client would call two more witnesses.

-- BERNAMA""", [
        Q("that he believed the sacks seized from his warehouse contained dried fish maw", "indirect",
          "A timber trader", "Lim Chee Hong"),
        Q('he had agreed to store the sacks for an acquaintance he knew only as "Ah Seng" and had never opened them',
          "indirect", "Lim Chee Hong", "Lim Chee Hong"),
        Q('"I rent out space. People bring things, they pay me, they take them back. I do not check every bag,"',
          "direct", "he", "Lim Chee Hong", speaker_at="he told Judge"),
        Q("that he had been paid RM3,000 a month for the space, well above the usual rate in the area", "indirect",
          "the accused", "Lim Chee Hong"),
        Q('"Is it not strange that someone would pay you so much to keep fish maw?"', "direct", "the prosecutor",
          "Mohd Hafizuddin Jamaluddin"),
        Q('"Business is business,"', "direct", "Lim", "Lim Chee Hong", speaker_at="Lim replied"),
        Q("that the scales had been packed in a way typical of syndicates shipping to East Asia, with each sack lined "
          "with plastic and topped with a layer of dried seafood", "indirect", "Arnold Gimbang Sipanggol",
          "Arnold Gimbang Sipanggol"),
        Q("the case was being watched closely by enforcement agencies across the region", "indirect",
          "Jeffrey Siang Baluh", "Jeffrey Siang Baluh"),
        Q('"We hope the outcome will send a clear message that Sabah is not a transit point for the illegal wildlife '
          'trade,"', "direct", "he", "Jeffrey Siang Baluh", speaker_at="he told reporters"),
        Q("that Malaysia had been linked to seizures of more than 60 tonnes of pangolin scales since 2017, much of it "
          "bound for China and Vietnam", "indirect", "TRAFFIC", "TRAFFIC"),
        Q("his client would call two more witnesses", "indirect", "Rajinder Singh Dhillon", "Rajinder Singh Dhillon"),
    ], source="blind"),
    Case("blind63-rail", """Train drivers to strike next week in fresh blow for Bristol commuters

Commuters in Bristol face a week of disruption after train drivers at Great Western Railway voted to walk out in the long-running national dispute over pay.

Members of the drivers’ union Aslef will strike on Tuesday, February 6, and refuse to work any overtime for six days from February 5, the union announced yesterday.

GWR said it expected to run ‘a very limited service’ on the strike day. There will be no trains at all on the Severn Beach line, and only one train an hour between Bristol Temple Meads and London Paddington.

‘We’re really sorry to our customers,’ a GWR spokesperson said. ‘We would urge anyone who must travel to check before they set out, because the timetable may change at short notice.’

‘Our members have not had a pay rise in five years,’ said Gareth Pryce-Jones, Aslef’s district organiser for the West of England. ‘Nobody takes this decision lightly. But the companies and the Government have left us with nothing else.’

He told the Post the union remained ‘ready to talk, any time, anywhere’, but accused ministers of ‘hiding behind’ the train operators.

The Department for Transport said the offer on the table, which would take the average driver’s salary to £65,000, was ‘fair and reasonable’.

Businesses near the station fear another hit. Sandra Okonkwo-Reid, who runs the Platform Café on Victoria Street, said trade fell by almost half on the last strike day in December.

‘You just see an empty station and an empty street,’ she said. ‘I don’t blame the drivers, to be honest. I blame whoever can’t get them round a table.’

According to Cllr Tom de Vere-Hunt, Bristol City Council’s cabinet member for transport, First Bus has agreed to put on extra services on the main commuter routes into the city centre.

‘It won’t fill the gap, but it’s something,’ he added.

Passengers with tickets for February 6 can use them the day before or up to two days after, GWR said. Refunds are also available from the point of purchase.""", [
        Q("Members of the drivers’ union Aslef will strike on Tuesday, February 6, and refuse to work any overtime for "
          "six days from February 5", "indirect", "the union", "Aslef", speaker_at="the union announced"),
        Q("‘a very limited service’", "partial", "GWR", "Great Western Railway", speaker_at="GWR said it expected"),
        Q("‘We’re really sorry to our customers,’", "direct", "a GWR spokesperson", None),
        Q("‘We would urge anyone who must travel to check before they set out, because the timetable may change at "
          "short notice.’", "direct", "a GWR spokesperson", None),
        Q("‘Our members have not had a pay rise in five years,’", "direct", "Gareth Pryce-Jones", "Gareth Pryce-Jones"),
        Q("‘Nobody takes this decision lightly. But the companies and the Government have left us with nothing else.’",
          "direct", "Gareth Pryce-Jones", "Gareth Pryce-Jones"),
        Q("‘ready to talk, any time, anywhere’", "partial", "He", "Gareth Pryce-Jones", speaker_at="He told the Post"),
        Q("‘hiding behind’", "partial", "He", "Gareth Pryce-Jones", speaker_at="He told the Post"),
        Q("‘fair and reasonable’", "partial", "The Department for Transport", "Department for Transport"),
        Q("trade fell by almost half on the last strike day in December", "indirect", "Sandra Okonkwo-Reid",
          "Sandra Okonkwo-Reid"),
        Q("‘You just see an empty station and an empty street,’", "direct", "she", "Sandra Okonkwo-Reid",
          speaker_at="she said"),
        Q("‘I don’t blame the drivers, to be honest. I blame whoever can’t get them round a table.’", "direct", "she",
          "Sandra Okonkwo-Reid", speaker_at="she said"),
        Q("First Bus has agreed to put on extra services on the main commuter routes into the city centre", "indirect",
          "Tom de Vere-Hunt", "Tom de Vere-Hunt"),
        Q("‘It won’t fill the gap, but it’s something,’", "direct", "he", "Tom de Vere-Hunt", speaker_at="he added"),
        Q("Passengers with tickets for February 6 can use them the day before or up to two days after", "indirect",
          "GWR", "Great Western Railway", speaker_at="after, GWR said"),
    ], source="blind"),
    Case("blind63-windfarm", """Crofters vow to fight 200-metre turbines on Lewis moor

Crofters in South Lochs have vowed to fight plans for a 14-turbine extension to the Druim Dubh wind farm, claiming it would 'industrialise' one of the last wild landscapes on Lewis.

Developer Hebridean Renewable Power Ltd (HRP) lodged the application with the Scottish Government's Energy Consents Unit last month. The turbines would be up to 200 metres tall, taller than any yet built in the Western Isles.

At a packed meeting in Gravir Community Hall on Thursday night, Iain MacAulay, chairman of the South Lochs Grazings Committee, said the community had 'not been asked, only told'.

'They came with their drawings and their money and they expect us to be grateful,' he said. 'Well, some of us are not.'

Mr MacAulay said the committee would lodge a formal objection and was considering a legal challenge if ministers approved the scheme.

HRP's project director, Catriona Morrison, defended the plans. 'We've listened carefully to the community over two years of consultation, and we've cut the number of turbines from 22 to 14,' she said. 'This project would put £1.2 million a year into a community fund. That's money that could keep a school open.'

She added that the company would be 'delighted' to meet the grazings committee again before the end of the month.

Comhairle nan Eilean Siar, a statutory consultee, is expected to consider the application in April. A Comhairle spokesman said officers were still assessing the environmental report and it would be 'premature' to comment further.

The RSPB has also raised concerns. In a written submission, the charity said golden eagles and red-throated divers were nesting within two kilometres of the proposed turbine sites.

For some in the hall, though, the argument was about more than birds. 'My grandfather cut peats on that hill,' said one elderly crofter from Habost. 'Once they put a road through it and a turbine on top, it's gone. You don't get it back.'

Eilidh MacIver, 29, who works at a salmon farm in Loch Erisort, said she was 'torn'.

'I want jobs here. I want my kids to grow up here, with Gaelic. I'm just not sure this is the way,' she said.""", [
        Q("'industrialise'", "partial", "Crofters in South Lochs", None),
        Q("'not been asked, only told'", "partial", "Iain MacAulay", "Iain MacAulay"),
        Q("'They came with their drawings and their money and they expect us to be grateful,'", "direct", "he",
          "Iain MacAulay", speaker_at="he said. 'Well"),
        Q("'Well, some of us are not.'", "direct", "he", "Iain MacAulay", speaker_at="he said. 'Well"),
        Q("the committee would lodge a formal objection and was considering a legal challenge if ministers approved "
          "the scheme", "indirect", "MacAulay", "Iain MacAulay", speaker_at="Mr MacAulay said"),
        Q("'We've listened carefully to the community over two years of consultation, and we've cut the number of "
          "turbines from 22 to 14,'", "direct", "she", "Catriona Morrison", speaker_at="she said. 'This"),
        Q("'This project would put £1.2 million a year into a community fund. That's money that could keep a school "
          "open.'", "direct", "she", "Catriona Morrison", speaker_at="she said. 'This"),
        Q("'delighted'", "partial", "She", "Catriona Morrison", speaker_at="She added"),
        Q("officers were still assessing the environmental report", "indirect", "A Comhairle spokesman", None),
        Q("'premature'", "partial", "A Comhairle spokesman", None),
        Q("golden eagles and red-throated divers were nesting within two kilometres of the proposed turbine sites",
          "indirect", "the charity", "RSPB"),
        Q("'My grandfather cut peats on that hill,'", "direct", "one elderly crofter from Habost", None),
        Q("'Once they put a road through it and a turbine on top, it's gone. You don't get it back.'", "direct",
          "one elderly crofter from Habost", None),
        Q("'torn'", "partial", "Eilidh MacIver", "Eilidh MacIver"),
        Q("'I want jobs here. I want my kids to grow up here, with Gaelic. I'm just not sure this is the way,'",
          "direct", "she", "Eilidh MacIver", speaker_at="the way,' she said"),
    ], source="blind"),
    Case("blind63-football", """Ó Sé off the bench to see Kerry past Cork

Munster SFC semi-final: Kerry 1-17 Cork 1-15

Kerry survived a second-half storm at Fitzgerald Stadium on Sunday to book their place in a provincial final for the 11th year in a row, with substitute Dara Ó Sé kicking two points in stoppage time to settle a tense derby.

Cork, who trailed by six at the break, drew level through a Seán Mac Cárthaigh penalty on 58 minutes and looked the likelier winners until the Annascaul clubman came off the bench.

“He’s been knocking on the door all year and today he kicked it down,” Kerry manager Pádraig Mac Gearailt said afterwards. “I said to him going on, ‘Just play, don’t think.’ That’s what he did.”

Mac Gearailt admitted his side had “switched off” after half-time and said there would be “a few honest conversations” before the Munster final against Clare.

“We can’t play 35 minutes of football against Clare and expect to win a Munster title. It won’t happen.”

Ó Sé himself was typically modest. “The lads did the hard work. I just had to put it over the bar,” the 21-year-old told The Kerryman.

Cork boss Colm Ó Donnchú said he was proud of his players but felt the penalty that led to Kerry’s goal on 22 minutes was “a poor call”.

“I’ve seen it back on the phone and there’s no contact,” he said. “But that’s not why we lost. We lost because we gave Kerry a six-point start, and you can’t do that down here.”

There was one worry for Kerry, with corner-back Tadhg Moynihan limping off with a hamstring injury midway through the second half. Mac Gearailt said it was too early to say whether he would be fit for the final on June 9.

The attendance of 28,412 was the biggest for a Munster semi-final in Killarney since 2016, according to the Munster Council.

Scorers – Kerry: C Ó Súilleabháin 1-3, M Breen 0-5 (3f), D Ó Sé 0-4, J Foley 0-3, T Moynihan 0-2. Cork: S Mac Cárthaigh 1-4 (1-0 pen, 0-2f), E Walsh-Hegarty 0-5, D Ó Laoire 0-3, R Kiely 0-3.""", [
        Q("“He’s been knocking on the door all year and today he kicked it down,”", "direct", "Pádraig Mac Gearailt",
          "Pádraig Mac Gearailt"),
        Q("“I said to him going on, ‘Just play, don’t think.’ That’s what he did.”", "direct", "Pádraig Mac Gearailt",
          "Pádraig Mac Gearailt"),
        Q("“switched off”", "partial", "Mac Gearailt", "Pádraig Mac Gearailt", speaker_at="Mac Gearailt admitted"),
        Q("“a few honest conversations”", "partial", "Mac Gearailt", "Pádraig Mac Gearailt",
          speaker_at="Mac Gearailt admitted"),
        Q("“We can’t play 35 minutes of football against Clare and expect to win a Munster title. It won’t happen.”",
          "direct", "Mac Gearailt", "Pádraig Mac Gearailt", speaker_at="Mac Gearailt admitted"),
        Q("“The lads did the hard work. I just had to put it over the bar,”", "direct", "the 21-year-old",
          "Dara Ó Sé"),
        Q("he was proud of his players", "indirect", "Colm Ó Donnchú", "Colm Ó Donnchú"),
        Q("“a poor call”", "partial", "Colm Ó Donnchú", "Colm Ó Donnchú"),
        Q("“I’ve seen it back on the phone and there’s no contact,”", "direct", "he", "Colm Ó Donnchú",
          speaker_at="contact,” he said"),
        Q("“But that’s not why we lost. We lost because we gave Kerry a six-point start, and you can’t do that down "
          "here.”", "direct", "he", "Colm Ó Donnchú", speaker_at="contact,” he said"),
        Q("it was too early to say whether he would be fit for the final on June 9", "indirect", "Mac Gearailt",
          "Pádraig Mac Gearailt", speaker_at="Mac Gearailt said it"),
        Q("The attendance of 28,412 was the biggest for a Munster semi-final in Killarney since 2016", "indirect",
          "the Munster Council", "Munster Council"),
    ], source="blind"),
    Case("blind63-drought", """Graziers sell breeders as dry grips Mary Valley

Graziers across the Gympie region are offloading cattle in record numbers as the driest start to a year in more than two decades tightens its grip on the Mary Valley.

The Gympie saleyards yarded 3870 head on Tuesday, the biggest sale since 2019, and agents said many were breeders that would normally never leave the property.

"When you see people selling their breeding cows, you know it's serious," said Wim van den Berg, of Gympie and District Livestock Agents.

"These are people's bloodlines, 30 or 40 years of work. Nobody wants to do it."

According to the Bureau of Meteorology, Gympie has recorded 112mm of rain since January 1, less than a third of the long-term average for the period.

Amamoor grazier Kylie Nguyen-Brennan said she had sold 140 of her 400 head and was hand-feeding the rest at a cost of about $3000 a week.

"We're buying hay from Victoria now," she said. "The freight is more than the hay."

Gympie Regional Council mayor Bronwyn Teague said the council had written to the state government asking for the region to be drought-declared, which would unlock freight subsidies and fodder assistance for producers.

"I rang the minister's office yesterday and I'll keep ringing until we get an answer," Cr Teague said.

A spokesperson for the Department of Agriculture and Fisheries said the department was "monitoring conditions closely" and the local drought committee would meet on March 20 to consider the request.

Reverend Dave O'Keeffe, a Uniting Church minister who runs the Mary Valley Drought Support Network, said the mental toll on farming families was heavy.

"You've got blokes who haven't been off the farm in months," he told The Gympie Times. "They turn up to a barbecue and they just want to talk to someone who gets it."

Lifeline can be reached on 13 11 14.""", [
        Q("many were breeders that would normally never leave the property", "indirect", "agents", None),
        Q('"When you see people selling their breeding cows, you know it\'s serious,"', "direct", "Wim van den Berg",
          "Wim van den Berg"),
        Q('"These are people\'s bloodlines, 30 or 40 years of work. Nobody wants to do it."', "direct",
          "Wim van den Berg", "Wim van den Berg"),
        Q("Gympie has recorded 112mm of rain since January 1, less than a third of the long-term average for the "
          "period", "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("she had sold 140 of her 400 head and was hand-feeding the rest at a cost of about $3000 a week", "indirect",
          "Kylie Nguyen-Brennan", "Kylie Nguyen-Brennan"),
        Q('"We\'re buying hay from Victoria now,"', "direct", "she", "Kylie Nguyen-Brennan",
          speaker_at='she said. "The freight'),
        Q('"The freight is more than the hay."', "direct", "she", "Kylie Nguyen-Brennan",
          speaker_at='she said. "The freight'),
        Q("the council had written to the state government asking for the region to be drought-declared, which would "
          "unlock freight subsidies and fodder assistance for producers", "indirect", "Bronwyn Teague",
          "Bronwyn Teague"),
        Q('"I rang the minister\'s office yesterday and I\'ll keep ringing until we get an answer,"', "direct",
          "Teague", "Bronwyn Teague", speaker_at="Cr Teague said"),
        Q('"monitoring conditions closely"', "partial",
          "A spokesperson for the Department of Agriculture and Fisheries", None),
        Q("the local drought committee would meet on March 20 to consider the request", "indirect",
          "A spokesperson for the Department of Agriculture and Fisheries", None),
        Q("the mental toll on farming families was heavy", "indirect", "Dave O'Keeffe", "Dave O'Keeffe"),
        Q('"You\'ve got blokes who haven\'t been off the farm in months,"', "direct", "he", "Dave O'Keeffe",
          speaker_at="he told The Gympie Times"),
        Q('"They turn up to a barbecue and they just want to talk to someone who gets it."', "direct", "he",
          "Dave O'Keeffe", speaker_at="he told The Gympie Times"),
    ], source="blind"),
    Case("blind63-obituary-chef", """Obituary: Joe Tapsell-Kerr, the chef who put Marlborough on the plate

Hōhepa “Joe” Tapsell-Kerr, the Blenheim chef who was among the first in New Zealand to pair local kaimoana with the region’s sauvignon blanc, has died at his home in Picton. He was 71.

His family said in a statement he died peacefully on Sunday morning after a short illness, “surrounded by whānau, good food and far too many cookbooks”.

Born in Rotorua, Tapsell-Kerr trained in Wellington hotel kitchens and spent nine years in London and Lyon before coming home in 1986. Two years later he opened Kōura, a 30-seat restaurant on High St, Blenheim, which ran for 27 years and drew diners from as far away as Auckland.

“Joe cooked what was in front of him – mussels from the Sounds, lamb from the Awatere, whatever the hunter had brought in that morning,” said Ana María Ruiz de Castilla, who worked under him at Kōura in the 1990s and now runs a restaurant in Nelson.

“People think that’s fashionable now. He was doing it before anybody had a word for it.”

Former Marlborough mayor Sir Bruce Tahu-Mackay said Tapsell-Kerr had done “more for this region than any tourism campaign”.

“He would feed anybody. I once saw him hand a plate of crayfish to a backpacker who’d only come in to ask for directions,” Sir Bruce recalled.

Tapsell-Kerr was made a Member of the New Zealand Order of Merit in 2009 for services to hospitality. In an interview with the Marlborough Express that year, he described cooking as “just looking after people”.

“I’m not an artist. I’m a cook. There’s a difference, and I’m proud of it,” he said at the time.

He is survived by his wife Moana, children Rāwiri and Grace, and six grandchildren. His tangi will be held at Waikawa Marae on Thursday. Donations in lieu of flowers may be made to the Marlborough Foodbank.

His daughter, Grace Tapsell-Kerr, said her father would have wanted people to mark his passing by going “out for dinner and tipping well”.""", [
        Q("he died peacefully on Sunday morning after a short illness", "indirect", "His family", None),
        Q("“surrounded by whānau, good food and far too many cookbooks”", "partial", "His family", None),
        Q("“Joe cooked what was in front of him – mussels from the Sounds, lamb from the Awatere, whatever the hunter "
          "had brought in that morning,”", "direct", "Ana María Ruiz de Castilla", "Ana María Ruiz de Castilla"),
        Q("“People think that’s fashionable now. He was doing it before anybody had a word for it.”", "direct",
          "Ana María Ruiz de Castilla", "Ana María Ruiz de Castilla"),
        Q("“more for this region than any tourism campaign”", "partial", "Bruce Tahu-Mackay", "Bruce Tahu-Mackay"),
        Q("“He would feed anybody. I once saw him hand a plate of crayfish to a backpacker who’d only come in to ask "
          "for directions,”", "direct", "Sir Bruce", "Bruce Tahu-Mackay", speaker_at="Sir Bruce recalled"),
        Q("“just looking after people”", "partial", "he", "Hōhepa Tapsell-Kerr", speaker_at="he described"),
        Q("“I’m not an artist. I’m a cook. There’s a difference, and I’m proud of it,”", "direct", "he",
          "Hōhepa Tapsell-Kerr", speaker_at="he said at the time"),
        Q("“out for dinner and tipping well”", "partial", "Grace Tapsell-Kerr", "Grace Tapsell-Kerr"),
    ], source="blind"),
    Case("blind63-council-vote", """Qwum'ulhtun First Nation elects its first woman chief

Leanne Joe-Harris will become the first woman to lead Qwum'ulhtun First Nation after winning Saturday's election by 41 votes.

Joe-Harris, a former band administrator, took 212 votes to 171 for incumbent Chief Robert Seymour, according to the nation's electoral officer. Turnout was 64 per cent.

"I'm humbled. I'm also a bit terrified," Joe-Harris told the News Bulletin by phone on Sunday. "Our grandmothers ran things for a long time before the Indian Act said they couldn't. So in a way this isn't new. It's just overdue."

She said her first priority would be housing, with more than 90 members on a waiting list for homes on reserve.

Seymour, who served three terms, congratulated his successor in a post on the nation's Facebook page and said he would "help with the handover in any way I can."

"The people have spoken and that's how it should be," he wrote.

Four councillors were also elected to the seven-member council, including 24-year-old Tyson Sam, the youngest person ever to sit on it.

The nation's electoral officer, Greg Dunn-Alphonse, said no appeals had been filed as of Sunday afternoon. Under the nation's custom election code, members have 30 days to challenge a result.

City of Nanaimo Coun. Harpreet Sandhu-Gill said the city looked forward to "a strong working relationship" with the new chief and council.

Elder Ray Joe, the chief-elect's uncle, said it was "a good day for the young ones."

"When I was a boy, women weren't allowed to vote in band elections," he said. "Now look."

Joe-Harris will be sworn in on Feb. 24 at the nation's big house on Yellow Point Road.""", [
        Q("Joe-Harris, a former band administrator, took 212 votes to 171 for incumbent Chief Robert Seymour",
          "indirect", "the nation's electoral officer", "Greg Dunn-Alphonse"),
        Q('"I\'m humbled. I\'m also a bit terrified,"', "direct", "Joe-Harris", "Leanne Joe-Harris",
          speaker_at="Joe-Harris told"),
        Q('"Our grandmothers ran things for a long time before the Indian Act said they couldn\'t. So in a way this '
          'isn\'t new. It\'s just overdue."', "direct", "Joe-Harris", "Leanne Joe-Harris",
          speaker_at="Joe-Harris told"),
        Q("her first priority would be housing, with more than 90 members on a waiting list for homes on reserve",
          "indirect", "She", "Leanne Joe-Harris", speaker_at="She said"),
        Q('"help with the handover in any way I can."', "partial", "Seymour", "Robert Seymour",
          speaker_at="Seymour, who served"),
        Q('"The people have spoken and that\'s how it should be,"', "direct", "he", "Robert Seymour",
          speaker_at="he wrote"),
        Q("no appeals had been filed as of Sunday afternoon", "indirect", "Greg Dunn-Alphonse", "Greg Dunn-Alphonse"),
        Q('"a strong working relationship"', "partial", "Harpreet Sandhu-Gill", "Harpreet Sandhu-Gill"),
        Q('"a good day for the young ones."', "partial", "Ray Joe", "Ray Joe"),
        Q('"When I was a boy, women weren\'t allowed to vote in band elections,"', "direct", "he", "Ray Joe",
          speaker_at='he said. "Now'),
        Q('"Now look."', "direct", "he", "Ray Joe", speaker_at='he said. "Now'),
    ], source="blind"),
    Case("blind63-tea", """Tea farmers to get smaller bonus as auction prices slide

Small-scale tea farmers will receive a lower second payment this year after average prices at the Mombasa auction fell for the second year running, the Kenya Tea Development Agency (KTDA) has said.

In a statement yesterday, KTDA said its 54 factories would pay farmers an average of Sh22 per kilo of green leaf delivered in the year to June, down from Sh28 last year, with factories west of the Rift paying less than those in the east, where leaf quality is higher.

“The global market has been difficult. There is too much tea and buyers know it,” KTDA Holdings chairman Wilson arap Tanui told The Standard. “But our farmers should know that every shilling the factories earned is going back to them.”

Tanui said the drop was due to weak demand from Pakistan and Egypt, the biggest buyers of Kenyan tea, and to a stronger shilling, which had cut the value of dollar sales.

In Kisii and Nyamira, farmers said they had been hoping for at least Sh30.

“We were promised the reforms would bring better prices. Where are they?” asked Josephine Kwamboka Nyang’au, who has about 3,000 bushes in Nyamira County. She said the cost of fertiliser had doubled in two years and that many of her neighbours were uprooting tea to plant avocados.

Agriculture Cabinet Secretary Dr Esther Wambui-Kamau said the government would keep supplying subsidised fertiliser to tea farmers and was “engaging” Pakistan on a trade deal to open more of its market to Kenyan tea.

According to the Tea Board of Kenya, earnings from tea exports fell seven per cent to Sh180 billion last year, although volumes were broadly flat.

Analysts say the sector’s problems run deeper than one bad season.

“Kenya sells too much of its tea as cheap black CTC for blending,” said Prof Brian Otieno Owino, an agricultural economist at Egerton University. “Until we add value here, we will keep riding the world price up and down like a matatu on a bad road.”

The bonus payments are expected to reach farmers’ accounts by the end of next month.""", [
        Q("Small-scale tea farmers will receive a lower second payment this year after average prices at the Mombasa "
          "auction fell for the second year running", "indirect", "the Kenya Tea Development Agency",
          "Kenya Tea Development Agency"),
        Q("its 54 factories would pay farmers an average of Sh22 per kilo of green leaf delivered in the year to June, "
          "down from Sh28 last year, with factories west of the Rift paying less than those in the east, where leaf "
          "quality is higher", "indirect", "KTDA", "Kenya Tea Development Agency", speaker_at="KTDA said"),
        Q("“The global market has been difficult. There is too much tea and buyers know it,”", "direct",
          "Wilson arap Tanui", "Wilson arap Tanui"),
        Q("“But our farmers should know that every shilling the factories earned is going back to them.”", "direct",
          "Wilson arap Tanui", "Wilson arap Tanui"),
        Q("the drop was due to weak demand from Pakistan and Egypt, the biggest buyers of Kenyan tea, and to a "
          "stronger shilling, which had cut the value of dollar sales", "indirect", "Tanui", "Wilson arap Tanui",
          speaker_at="Tanui said"),
        Q("they had been hoping for at least Sh30", "indirect", "farmers", None, speaker_at="farmers said"),
        Q("“We were promised the reforms would bring better prices. Where are they?”", "direct",
          "Josephine Kwamboka Nyang’au", "Josephine Kwamboka Nyang’au"),
        Q("the cost of fertiliser had doubled in two years and that many of her neighbours were uprooting tea to "
          "plant avocados", "indirect", "She", "Josephine Kwamboka Nyang’au", speaker_at="She said"),
        Q("the government would keep supplying subsidised fertiliser to tea farmers", "indirect",
          "Esther Wambui-Kamau", "Esther Wambui-Kamau"),
        Q("“engaging”", "partial", "Esther Wambui-Kamau", "Esther Wambui-Kamau"),
        Q("earnings from tea exports fell seven per cent to Sh180 billion last year, although volumes were broadly "
          "flat", "indirect", "the Tea Board of Kenya", "Tea Board of Kenya"),
        Q("the sector’s problems run deeper than one bad season", "indirect", "Analysts", None),
        Q("“Kenya sells too much of its tea as cheap black CTC for blending,”", "direct", "Brian Otieno Owino",
          "Brian Otieno Owino"),
        Q("“Until we add value here, we will keep riding the world price up and down like a matatu on a bad road.”",
          "direct", "Brian Otieno Owino", "Brian Otieno Owino"),
    ], source="blind"),
    Case("blind63-tanker", """Tanker Explosion: 14 Dead, 30 Vehicles Burnt In Niger

At least 14 people were confirmed dead and more than 30 vehicles burnt on Tuesday when a petrol tanker lost control and exploded along the Bida-Lapai road in Niger State.

The tanker, which was said to be carrying 33,000 litres of premium motor spirit (PMS), reportedly suffered brake failure on a slope near Agaie before ramming into a line of vehicles at a police checkpoint.

Confirming the incident, the Sector Commander of the Federal Road Safety Corps (FRSC) in Niger State, Mr Ibrahim Danladi Yelwa, said 14 bodies had been recovered and 22 people with various degrees of burns taken to the General Hospital, Agaie and the Ibrahim Badamasi Babangida Specialist Hospital, Minna.

"The fire was so intense that our men could not get close for almost two hours. Some of the victims were burnt beyond recognition," Yelwa said.

He added that the corps had diverted traffic through Katcha and urged motorists to avoid the route until the wreckage was cleared.

In a statement signed by his Chief Press Secretary, Malam Yakubu Ndako-Mustapha, the state governor, Alhaji Aliyu Mohammed Kutigi, described the incident as "a national tragedy" and directed the Niger State Emergency Management Agency (NSEMA) to provide relief materials to the families of the victims.

"This is one accident too many on this road. We will not continue to bury our people because of the poor state of federal roads," the governor said, calling on the Federal Government to urgently rehabilitate the highway.

An eyewitness, Abdullahi Baba-Ahmed, a commercial motorcyclist, told LEADERSHIP he was about 50 metres away when the tanker came down the hill "with no brakes, blowing its horn".

"People were shouting, running. Then there was a big boom and everything was fire. I left my okada and ran into the bush," he said.

The Police Public Relations Officer in the state, DSP Hauwa Abdullahi-Ojo, said in a statement the driver of the tanker and his motor boy had fled the scene and that efforts were on to arrest them.

According to the National Emergency Management Agency (NEMA), more than 300 people have died in tanker-related crashes in Niger State since 2020, most of them on the Bida-Lapai-Minna corridor.

Residents of Agaie blocked the road for several hours on Wednesday in protest over the state of the highway.""", [
        Q("14 bodies had been recovered and 22 people with various degrees of burns taken to the General Hospital, "
          "Agaie and the Ibrahim Badamasi Babangida Specialist Hospital, Minna", "indirect",
          "Ibrahim Danladi Yelwa", "Ibrahim Danladi Yelwa"),
        Q('"The fire was so intense that our men could not get close for almost two hours. Some of the victims were '
          'burnt beyond recognition,"', "direct", "Yelwa", "Ibrahim Danladi Yelwa", speaker_at="Yelwa said"),
        Q("the corps had diverted traffic through Katcha", "indirect", "He", "Ibrahim Danladi Yelwa",
          speaker_at="He added"),
        Q('"a national tragedy"', "partial", "Aliyu Mohammed Kutigi", "Aliyu Mohammed Kutigi"),
        Q('"This is one accident too many on this road. We will not continue to bury our people because of the poor '
          'state of federal roads,"', "direct", "the governor", "Aliyu Mohammed Kutigi",
          speaker_at="the governor said"),
        Q("he was about 50 metres away when the tanker came down the hill", "indirect", "Abdullahi Baba-Ahmed",
          "Abdullahi Baba-Ahmed"),
        Q('"with no brakes, blowing its horn"', "partial", "Abdullahi Baba-Ahmed", "Abdullahi Baba-Ahmed"),
        Q('"People were shouting, running. Then there was a big boom and everything was fire. I left my okada and ran '
          'into the bush,"', "direct", "he", "Abdullahi Baba-Ahmed", speaker_at='bush," he said'),
        Q("the driver of the tanker and his motor boy had fled the scene and that efforts were on to arrest them",
          "indirect", "Hauwa Abdullahi-Ojo", "Hauwa Abdullahi-Ojo"),
        Q("more than 300 people have died in tanker-related crashes in Niger State since 2020, most of them on the "
          "Bida-Lapai-Minna corridor", "indirect", "the National Emergency Management Agency",
          "National Emergency Management Agency"),
    ], source="blind"),
    Case("blind63-bribery", """Bribery trial of former Rantsane municipal manager resumes

A former municipal manager accused of taking R2.4 million in bribes to steer a water-meter tender to a politically connected company sat expressionless in the Palm Ridge Specialised Commercial Crimes Court on Monday as a state witness described handing over cash in a Sandton parking garage.

Nomvula Dlamini-Khumalo, 54, who was municipal manager of the Rantsane Local Municipality between 2016 and 2020, faces charges of corruption, fraud and money laundering alongside businessman Devan Naidoo and his company, Aquameter Solutions (Pty) Ltd. All three have pleaded not guilty.

Johannes van der Westhuizen, a former Aquameter project manager who is testifying under section 204 of the Criminal Procedure Act, told the court he had personally delivered three envelopes of cash to Dlamini-Khumalo between March and June 2018.

“Mr Naidoo would give me the envelope in the office and say, ‘This is for the lady.’ I never counted it,” Van der Westhuizen testified.

Asked by prosecutor Adv Lindiwe Mthembu-Nair why he had gone along with it, he said: “I had a family and a bond. I told myself it was not my business.”

Under cross-examination, Naidoo’s counsel, Adv Francois du Plessis SC, put it to the witness that he had invented the story to save himself from prosecution.

“That is not true. I have nothing to gain from lying. I have already lost my career,” Van der Westhuizen replied.

Residents of Rantsane, who have complained for years about inaccurate water bills, packed the public gallery.

“We paid for meters that never worked, and somebody got rich,” said pensioner Dudu Mahlangu, 71, who travelled to court on a bus organised by a local civic group.

Outside court, Dlamini-Khumalo’s attorney, Kagiso Molefe, told The Citizen his client would “clear her name” when she took the stand.

National Prosecuting Authority regional spokesperson Mthunzi Ngcobo-Reddy said the state intended to call 11 more witnesses and would apply to have the company’s bank records admitted as evidence.

The trial continues on Tuesday before Regional Court Magistrate Anton de Klerk.""", [
        Q("he had personally delivered three envelopes of cash to Dlamini-Khumalo between March and June 2018",
          "indirect", "Johannes van der Westhuizen", "Johannes van der Westhuizen"),
        Q("“Mr Naidoo would give me the envelope in the office and say, ‘This is for the lady.’ I never counted it,”",
          "direct", "Van der Westhuizen", "Johannes van der Westhuizen",
          speaker_at="Van der Westhuizen testified"),
        Q("“I had a family and a bond. I told myself it was not my business.”", "direct", "he",
          "Johannes van der Westhuizen", speaker_at="he said:"),
        Q("he had invented the story to save himself from prosecution", "indirect", "Francois du Plessis",
          "Francois du Plessis"),
        Q("“That is not true. I have nothing to gain from lying. I have already lost my career,”", "direct",
          "Van der Westhuizen", "Johannes van der Westhuizen", speaker_at="Van der Westhuizen replied"),
        Q("“We paid for meters that never worked, and somebody got rich,”", "direct", "Dudu Mahlangu",
          "Dudu Mahlangu"),
        Q("“clear her name”", "partial", "Kagiso Molefe", "Kagiso Molefe"),
        Q("the state intended to call 11 more witnesses and would apply to have the company’s bank records admitted "
          "as evidence", "indirect", "Mthunzi Ngcobo-Reddy", "Mthunzi Ngcobo-Reddy"),
    ], source="blind"),
    Case("blind63-anthrax", """Anthrax alert as 11 hospitalised in Gokwe

HEALTH authorities have placed Gokwe South district on high alert after 11 villagers were hospitalised with suspected anthrax following the consumption of meat from a cow that died of unknown causes.

Midlands provincial medical director Dr Tariro Mhlanga-Chikosi yesterday confirmed the cases, saying the patients were responding well to treatment at Gokwe South District Hospital.

"We have isolated the cases and samples have been sent to the Central Veterinary Laboratory in Harare for confirmation. We urge people not to eat meat from animals that die on their own," Mhlanga-Chikosi said.

She said two of the patients, both children, had developed skin lesions on their hands and faces, which are typical of cutaneous anthrax.

The Department of Veterinary Services said it had quarantined the area and would vaccinate about 4 000 cattle in wards 21, 22 and 27 from Monday.

Chief Mateta told NewsDay that villagers had been warned before, but hunger was forcing people to take risks.

"When a family has nothing to eat and a cow dies, they will not bury it. That is the truth," the chief said.

"Government must bring food, not only warnings. People are not stupid, they are hungry."

A villager, who declined to be named for fear of victimisation, said the carcass had been shared among at least six households and some of the meat had been sold at Gokwe Centre.

Ministry of Health and Child Care spokesperson Blessing Zhou said: "Rapid response teams have been deployed to the affected wards. Anyone who handled or ate the meat should report to the nearest clinic immediately."

According to the ministry, Zimbabwe recorded more than 300 suspected human anthrax cases last year, most of them in the Midlands and Mashonaland West provinces.

Anthrax is caused by a bacterium whose spores can survive in soil for decades, and outbreaks often follow the start of the rainy season.""", [
        Q("the patients were responding well to treatment at Gokwe South District Hospital", "indirect",
          "Tariro Mhlanga-Chikosi", "Tariro Mhlanga-Chikosi"),
        Q('"We have isolated the cases and samples have been sent to the Central Veterinary Laboratory in Harare for '
          'confirmation. We urge people not to eat meat from animals that die on their own,"', "direct",
          "Mhlanga-Chikosi", "Tariro Mhlanga-Chikosi", speaker_at="Mhlanga-Chikosi said"),
        Q("two of the patients, both children, had developed skin lesions on their hands and faces, which are typical "
          "of cutaneous anthrax", "indirect", "She", "Tariro Mhlanga-Chikosi", speaker_at="She said"),
        Q("it had quarantined the area and would vaccinate about 4 000 cattle in wards 21, 22 and 27 from Monday",
          "indirect", "The Department of Veterinary Services", "Department of Veterinary Services"),
        Q("villagers had been warned before, but hunger was forcing people to take risks", "indirect",
          "Mateta", "Mateta", speaker_at="Chief Mateta"),
        Q('"When a family has nothing to eat and a cow dies, they will not bury it. That is the truth,"', "direct",
          "the chief", "Mateta"),
        Q('"Government must bring food, not only warnings. People are not stupid, they are hungry."', "direct",
          "the chief", "Mateta"),
        Q("the carcass had been shared among at least six households and some of the meat had been sold at "
          "Gokwe Centre", "indirect", "A villager", None),
        Q('"Rapid response teams have been deployed to the affected wards. Anyone who handled or ate the meat should '
          'report to the nearest clinic immediately."', "direct", "Blessing Zhou", "Blessing Zhou"),
        Q("Zimbabwe recorded more than 300 suspected human anthrax cases last year, most of them in the Midlands and "
          "Mashonaland West provinces", "indirect", "the ministry", "Ministry of Health and Child Care",
          speaker_at="According to the ministry"),
    ], source="blind"),
    Case("blind63-mine", """6 miners dead, 4 missing in Davao de Oro tunnel collapse

MACO, Davao de Oro (Mindanao Examiner / March 7, 2024) - Six small-scale miners were killed and four others remain missing after a tunnel collapsed in a gold-rush village in Maco town, officials said Thursday.

The Municipal Disaster Risk Reduction and Management Office (MDRRMO) said the collapse happened around 2 a.m. Wednesday inside a tunnel in Sitio Diat in Barangay Masara following days of heavy rain.

"We recovered six bodies so far and our teams are still digging for the four others. But the ground is very soft and we have to be careful not to cause another collapse," said Engr. Ramil de la Cruz-Bautista, the MDRRMO head.

De la Cruz-Bautista said seven other miners were rescued alive and brought to the Davao de Oro Provincial Hospital in Montevista.

Maco Mayor Jocelyn Tabada-Uy ordered a stop to all small-scale mining operations in the area pending an investigation by the Mines and Geosciences Bureau (MGB).

"Lives are more important than gold. We cannot allow this to happen again," she told the Mindanao Examiner in a phone interview.

The MGB regional office said in a statement the tunnel was not covered by any permit and that it had warned its operators twice this year to stop digging.

The Maco Municipal Police Station said the tunnel owner, identified only as a certain "Boy Tisoy," had gone into hiding and a manhunt was underway.

Relatives of the missing miners kept vigil under tarpaulins near the tunnel entrance.

"My husband went in on Tuesday night. He told me it was the last time, that he would stop after this," said Marites Ampong, 34, whose husband Rodel is among the missing. "Now I am just waiting here."

Datu Bernardo Lumandas, a Mansaka tribal leader, said the tribe had long opposed mining on the mountain, which it considers part of its ancestral domain.

"The mountain is already telling us something. We should listen," he said.

Masara, home to thousands of small-scale miners and their families, has been hit by deadly landslides before, most recently in February.""", [
        Q("Six small-scale miners were killed and four others remain missing after a tunnel collapsed in a gold-rush "
          "village in Maco town", "indirect", "officials", None),
        Q("the collapse happened around 2 a.m. Wednesday inside a tunnel in Sitio Diat in Barangay Masara following "
          "days of heavy rain", "indirect", "The Municipal Disaster Risk Reduction and Management Office",
          "Municipal Disaster Risk Reduction and Management Office"),
        Q('"We recovered six bodies so far and our teams are still digging for the four others. But the ground is '
          'very soft and we have to be careful not to cause another collapse,"', "direct",
          "Ramil de la Cruz-Bautista", "Ramil de la Cruz-Bautista"),
        Q("seven other miners were rescued alive and brought to the Davao de Oro Provincial Hospital in Montevista",
          "indirect", "De la Cruz-Bautista", "Ramil de la Cruz-Bautista"),
        Q('"Lives are more important than gold. We cannot allow this to happen again,"', "direct", "she",
          "Jocelyn Tabada-Uy", speaker_at="she told the Mindanao Examiner"),
        Q("the tunnel was not covered by any permit and that it had warned its operators twice this year to stop "
          "digging", "indirect", "The MGB regional office", "Mines and Geosciences Bureau"),
        Q('the tunnel owner, identified only as a certain "Boy Tisoy," had gone into hiding and a manhunt was '
          'underway', "indirect", "The Maco Municipal Police Station", "Maco Municipal Police Station"),
        Q('"My husband went in on Tuesday night. He told me it was the last time, that he would stop after this,"',
          "direct", "Marites Ampong", "Marites Ampong"),
        Q('"Now I am just waiting here."', "direct", "Marites Ampong", "Marites Ampong"),
        Q("the tribe had long opposed mining on the mountain, which it considers part of its ancestral domain",
          "indirect", "Bernardo Lumandas", "Bernardo Lumandas"),
        Q('"The mountain is already telling us something. We should listen,"', "direct", "he", "Bernardo Lumandas",
          speaker_at="listen,\" he said"),
    ], source="blind"),
    Case("blind63-obituary-judge", """Justice Zia-ud-Din Qureshi (1936–2024): the judge who would not take the oath

Justice (retd) Zia-ud-Din Qureshi, who as a judge of the Lahore High Court refused to take oath under a military ruler’s Provisional Constitution Order in 1981 and spent the rest of his life defending that choice, died in Lahore on Sunday. He was 88.

His son, Barrister Omar Zia Qureshi, said his father had been unwell for several months and died at home ‘with a newspaper on his chest, as usual’.

Born in Jalandhar in 1936, Qureshi crossed to Lahore with his family at Partition, studied at Government College and was called to the bar at Lincoln’s Inn in 1960. He was elevated to the high court bench in 1977, months before General Zia-ul-Haq seized power.

When the PCO was issued in March 1981, requiring judges to swear a fresh oath, Qureshi was one of a handful who declined. He later called the order ‘a noose dressed up as a law’.

‘I was not a brave man,’ he told this paper in a 2007 interview, as lawyers marched against another general. ‘I simply could not put my hand on the Quran and promise to obey a man who had torn up the Constitution. Once you see it that way, there is no choice to make.’

After leaving the bench he returned to practice, taking on, often without a fee, the cases of political workers, journalists and religious minorities. He set out his reasons in a slim memoir, ‘The Oath I Did Not Take’ (1994), still read in law colleges, and was known for a courtroom manner that was dry, exact and occasionally very funny.

‘He taught a whole generation of us that a judge’s first loyalty is to the law, not to whoever holds the guns,’ said senior advocate Rashida Butt-Hamdani, who appeared before him as a young lawyer. ‘And he was funny. People forget that. His judgments had jokes in the footnotes.’

The Pakistan Bar Council announced a day of mourning and said courts across Punjab would observe a one-minute silence on Monday. The Lahore High Court’s chief justice, Justice Khawaja Imtiaz Ahmad Sheikh, described Qureshi in a condolence message as ‘a conscience of the institution’.

Not everyone was so generous in his lifetime. State television in the 1980s dismissed him as a ‘disgruntled ex-judge’, and he was barred from travelling abroad for four years.

According to his family, funeral prayers will be offered at Model Town on Monday after Zuhr. He is survived by his wife, Begum Nasreen Qureshi, two sons and a daughter.""", [
        Q("his father had been unwell for several months and died at home", "indirect", "Omar Zia Qureshi",
          "Omar Zia Qureshi"),
        Q("‘with a newspaper on his chest, as usual’", "partial", "Omar Zia Qureshi", "Omar Zia Qureshi"),
        Q("‘a noose dressed up as a law’", "partial", "He", "Zia-ud-Din Qureshi", speaker_at="He later called"),
        Q("‘I was not a brave man,’", "direct", "he", "Zia-ud-Din Qureshi", speaker_at="he told this paper"),
        Q("‘I simply could not put my hand on the Quran and promise to obey a man who had torn up the Constitution. "
          "Once you see it that way, there is no choice to make.’", "direct", "he", "Zia-ud-Din Qureshi",
          speaker_at="he told this paper"),
        Q("‘He taught a whole generation of us that a judge’s first loyalty is to the law, not to whoever holds the "
          "guns,’", "direct", "Rashida Butt-Hamdani", "Rashida Butt-Hamdani"),
        Q("‘And he was funny. People forget that. His judgments had jokes in the footnotes.’", "direct",
          "Rashida Butt-Hamdani", "Rashida Butt-Hamdani"),
        Q("courts across Punjab would observe a one-minute silence on Monday", "indirect",
          "The Pakistan Bar Council", "Pakistan Bar Council"),
        Q("‘a conscience of the institution’", "partial", "Khawaja Imtiaz Ahmad Sheikh",
          "Khawaja Imtiaz Ahmad Sheikh"),
        Q("‘disgruntled ex-judge’", "partial", "State television", None),
        Q("funeral prayers will be offered at Model Town on Monday after Zuhr", "indirect", "his family", None,
          speaker_at="According to his family"),
    ], source="blind"),
    Case("blind63-kabaddi", """Siddharth’s last-gasp raid lifts Titans over Bengal

HYDERABAD: Kommareddy Siddharth’s raid in the dying seconds gave Telugu Titans a 38-37 win over Bengal Warriors in a Pro Kabaddi League match at the Gachibowli Indoor Stadium on Saturday night.

With the scores tied at 37-all, under 20 seconds left on the clock and the Titans facing a “do-or-die” raid, the 23-year-old raider from Nalgonda touched out Bengal’s Iranian defender Farzad Rezaei-Nia and dived back across the midline as a crowd of around 4,000 rose to its feet.

Bengal had led 20-15 at the break, with their defence repeatedly trapping the Titans’ raiders in the left corner, before an all-out early in the second half turned the match.

“I saw he was coming for the ankle hold, so I waited. One second late and I’m finished,” Siddharth told Deccan Chronicle after the match. “This is my home crowd. I could not lose in front of them.”

Siddharth finished with 14 raid points, his best tally of the season, while captain P. Naveen Kumar Yadav added six tackle points.

Titans coach S. Venkataramana said the win would lift a young side that had lost four of its previous five matches.

“We worked all week on raiding under pressure. Tonight it showed,” he said. “But we gave away too many bonus points in the first half. That we have to fix.”

Bengal skipper Sukhvinder Singh Mann blamed a “lapse in concentration” in the final minute. “We had the match in our hands. Credit to him, he was brave,” Mann said.

Rezaei-Nia, speaking through an interpreter, said he had slipped on the mat while going for the tackle.

The win lifts the Titans to eighth in the 12-team table with 31 points. According to league organisers Mashal Sports, Saturday’s match drew the biggest crowd of the Hyderabad leg so far.

The Titans next face U Mumba on Tuesday, while Bengal travel to Pune.""", [
        Q("“I saw he was coming for the ankle hold, so I waited. One second late and I’m finished,”", "direct",
          "Siddharth", "Kommareddy Siddharth", speaker_at="Siddharth told Deccan Chronicle"),
        Q("“This is my home crowd. I could not lose in front of them.”", "direct", "Siddharth",
          "Kommareddy Siddharth", speaker_at="Siddharth told Deccan Chronicle"),
        Q("the win would lift a young side that had lost four of its previous five matches", "indirect",
          "S. Venkataramana", "S. Venkataramana"),
        Q("“We worked all week on raiding under pressure. Tonight it showed,”", "direct", "he", "S. Venkataramana",
          speaker_at="he said. “But"),
        Q("“But we gave away too many bonus points in the first half. That we have to fix.”", "direct", "he",
          "S. Venkataramana", speaker_at="he said. “But"),
        Q("“lapse in concentration”", "partial", "Sukhvinder Singh Mann", "Sukhvinder Singh Mann"),
        Q("“We had the match in our hands. Credit to him, he was brave,”", "direct", "Mann", "Sukhvinder Singh Mann",
          speaker_at="Mann said"),
        Q("he had slipped on the mat while going for the tackle", "indirect", "Rezaei-Nia", "Farzad Rezaei-Nia",
          speaker_at="Rezaei-Nia, speaking"),
        Q("Saturday’s match drew the biggest crowd of the Hyderabad leg so far", "indirect", "Mashal Sports",
          "Mashal Sports"),
    ], source="blind"),
    Case("blind63-mayor", """Pruitt-Walker wins Hattiesburg mayoral runoff

HATTIESBURG — The Rev. LaToya Pruitt-Walker, a pastor and former City Council president, will be Hattiesburg's next mayor after defeating businessman J.D. McAllister in Tuesday's Democratic runoff by fewer than 600 votes.

Unofficial results from the Forrest and Lamar county circuit clerks showed Pruitt-Walker with 51.8% of the vote to McAllister's 48.2%. Turnout was just under 24%.

"Y'all did this. Not me — y'all," Pruitt-Walker told supporters packed into the fellowship hall at Mount Zion Missionary Baptist Church shortly before 10 p.m. "We knocked on every door in this city, and some of them twice."

She said her first order of business would be the city's water system, which has been under a boil-water notice three times since January.

McAllister conceded in a brief statement posted to Facebook around 10:30 p.m., saying he had called Pruitt-Walker to congratulate her.

"The voters have spoken, and I respect their decision," he wrote. "Hattiesburg is my home, and I'll do whatever I can to help it succeed."

Pruitt-Walker faces no Republican opponent in the June general election, making Tuesday's result all but final. She will succeed two-term Mayor Dwight O'Neal-Fairley, who did not seek reelection.

State Sen. Jo Ann Whitfield-Cole, D-Hattiesburg, who endorsed Pruitt-Walker before the first round, called the win "a new chapter for this city."

Outside the polling place at the Lake Terrace Convention Center earlier in the day, voters said water and potholes were the issues on their minds.

"I just want to turn on my tap and not worry about it," said Dorothy Ngo-Lambert, 67, a retired schoolteacher.

Terrence Hollingsworth Jr., 29, said he voted for McAllister because "he's run a business, and he knows how to read a budget."

Dr. Anjali Venkatesan-Price, who teaches political science at the University of Southern Mississippi, said the narrow margin showed how divided the city remained.

"It's split pretty evenly between old Hattiesburg and new Hattiesburg, and both of them turned out," she said. "The new mayor is going to have to govern for both."

Pruitt-Walker will be sworn in July 1.""", [
        Q('"Y\'all did this. Not me — y\'all,"', "direct", "Pruitt-Walker", "LaToya Pruitt-Walker",
          speaker_at="Pruitt-Walker told supporters"),
        Q('"We knocked on every door in this city, and some of them twice."', "direct", "Pruitt-Walker",
          "LaToya Pruitt-Walker", speaker_at="Pruitt-Walker told supporters"),
        Q("her first order of business would be the city's water system, which has been under a boil-water notice "
          "three times since January", "indirect", "She", "LaToya Pruitt-Walker", speaker_at="She said"),
        Q("he had called Pruitt-Walker to congratulate her", "indirect", "McAllister", "J.D. McAllister",
          speaker_at="McAllister conceded"),
        Q('"The voters have spoken, and I respect their decision,"', "direct", "he", "J.D. McAllister",
          speaker_at="he wrote"),
        Q('"Hattiesburg is my home, and I\'ll do whatever I can to help it succeed."', "direct", "he",
          "J.D. McAllister", speaker_at="he wrote"),
        Q('"a new chapter for this city."', "partial", "Jo Ann Whitfield-Cole", "Jo Ann Whitfield-Cole"),
        Q("water and potholes were the issues on their minds", "indirect", "voters", None,
          speaker_at="voters said"),
        Q('"I just want to turn on my tap and not worry about it,"', "direct", "Dorothy Ngo-Lambert",
          "Dorothy Ngo-Lambert"),
        Q("he voted for McAllister", "indirect", "Terrence Hollingsworth Jr.", "Terrence Hollingsworth Jr."),
        Q('"he\'s run a business, and he knows how to read a budget."', "partial", "Terrence Hollingsworth Jr.",
          "Terrence Hollingsworth Jr."),
        Q("the narrow margin showed how divided the city remained", "indirect", "Anjali Venkatesan-Price",
          "Anjali Venkatesan-Price"),
        Q('"It\'s split pretty evenly between old Hattiesburg and new Hattiesburg, and both of them turned out,"',
          "direct", "she", "Anjali Venkatesan-Price", speaker_at='out," she said'),
        Q('"The new mayor is going to have to govern for both."', "direct", "she", "Anjali Venkatesan-Price",
          speaker_at='out," she said'),
    ], source="blind"),
]
