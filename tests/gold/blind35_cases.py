"""Blind gold (set 35): short news articles in many house styles, written blind.

Written without looking at the pretagger or at the other gold sets, so the
figures on them say how it does on text nobody tuned on. Wire copy with
datelines, regional papers from several countries, curly, straight and
British single quotes. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind35-brewer", """Bavarian brewer Hofmark posts profit slump as Germans drink less beer

MUNICH (dpa) - Hofmark Brauerei, one of Bavaria's largest family-controlled brewers, on Tuesday reported a 23-per-cent drop in operating profit for 2023, blaming higher energy and glass costs as well as what it called a “structural decline” in beer drinking in Germany.

Sales volumes fell to 2.1 million hectolitres from 2.3 million a year earlier, the Munich-based company said. Sales of its flagship “Hofmark Helles” were down 6 per cent.

“People are not drinking less because they like our beer less. They are drinking less because they are getting older and more health-conscious,” chief executive Dr Konstantin von Hagen-Prell told journalists at the company's headquarters in the city's Giesing district.

Von Hagen-Prell said the brewer would close its bottling plant in Rosenheim by the end of 2025, affecting around 140 jobs. Staff would be offered positions at the main site, he said, “wherever that is possible.”

The food and catering union NGG reacted angrily. “Once again the workers are paying for mistakes made in the boardroom,” said the union's regional secretary, Mehmet Yıldırım-Kaya. The union would “fight for every single job” in Rosenheim, he added.

Non-alcoholic beers were the one bright spot, with sales up 18 per cent. Finance chief Annette de Vries said alcohol-free wheat beer now accounted for nearly one in eight bottles the company sold.

“Ten years ago that was a niche product for pregnant women and drivers,” she said. “Today it is what people order after a run.”

According to the German Brewers' Federation, beer sales in Germany fell by 4.5 per cent last year to their lowest level since reunification in 1990.

Analysts at Bankhaus Metzler described the figures as “weaker than feared” but said the Rosenheim closure should save Hofmark around 9 million euros a year from 2026.

Hofmark, which traces its roots back to 1632 and is majority-owned by the von Hagen family, does not publish its net profit. Its dividend will remain unchanged at 1.20 euros per share, the company said.

dpa kg ah xx""", [
        Q("“structural decline”", "partial", "it", "Hofmark Brauerei", speaker_at="what it called"),
        Q("Sales volumes fell to 2.1 million hectolitres from 2.3 million a year earlier", "indirect",
          "the Munich-based company", "Hofmark Brauerei"),
        Q("“People are not drinking less because they like our beer less. They are drinking less because they are "
          "getting older and more health-conscious,”", "direct", "Konstantin von Hagen-Prell",
          "Konstantin von Hagen-Prell"),
        Q("the brewer would close its bottling plant in Rosenheim by the end of 2025, affecting around 140 jobs",
          "indirect", "Von Hagen-Prell", "Konstantin von Hagen-Prell", speaker_at="Von Hagen-Prell said"),
        Q("Staff would be offered positions at the main site", "indirect", "he", "Konstantin von Hagen-Prell",
          speaker_at="site, he said"),
        Q("“wherever that is possible.”", "partial", "he", "Konstantin von Hagen-Prell", speaker_at="site, he said"),
        Q("“Once again the workers are paying for mistakes made in the boardroom,”", "direct",
          "Mehmet Yıldırım-Kaya", "Mehmet Yıldırım-Kaya"),
        Q("“fight for every single job”", "partial", "he", "Mehmet Yıldırım-Kaya", speaker_at="he added"),
        Q("alcohol-free wheat beer now accounted for nearly one in eight bottles the company sold", "indirect",
          "Annette de Vries", "Annette de Vries"),
        Q("“Ten years ago that was a niche product for pregnant women and drivers,”", "direct", "she",
          "Annette de Vries", speaker_at="she said"),
        Q("“Today it is what people order after a run.”", "direct", "she", "Annette de Vries", speaker_at="she said"),
        Q("beer sales in Germany fell by 4.5 per cent last year to their lowest level since reunification in 1990",
          "indirect", "the German Brewers' Federation", "German Brewers' Federation"),
        Q("“weaker than feared”", "partial", "Analysts at Bankhaus Metzler", None),
        Q("the Rosenheim closure should save Hofmark around 9 million euros a year from 2026", "indirect",
          "Analysts at Bankhaus Metzler", None),
        Q("Its dividend will remain unchanged at 1.20 euros per share", "indirect", "the company", "Hofmark Brauerei",
          speaker_at="the company said"),
    ]),
    Case("blind35-airline", """Colombia's Aerovia swings to quarterly profit despite grounded jets

BOGOTA, March 5 (Reuters) - Colombian airline Aerovia posted a fourth-quarter net profit of $48 million on Tuesday, reversing a loss of $31 million a year earlier, as strong demand for flights to the United States and Europe offset higher fuel costs.

Revenue rose 14% to $1.12 billion, the company said in a securities filing. Its load factor, a measure of how full its planes are, climbed to 84.6% from 81.9%.

"We had a year in which almost everything that could go wrong in the supply chain went wrong, and we still made money," Chief Executive Ana Maria Restrepo de la Torre told analysts on a conference call.

Restrepo said 11 of the airline's Airbus A320neo jets remained grounded for inspections of their Pratt & Whitney engines, and that she did not expect all of them to return to service before the end of the year.

"It's painful, there is no other word for it," she said. "Every grounded aircraft is a plane we are paying for and not flying."

Pratt & Whitney, a unit of RTX Corp, did not immediately respond to a request for comment.

Aerovia expects capacity to grow between 8% and 10% in 2024, Chief Financial Officer Tomas Ibarra-Quintero said, adding that the company would open routes to Lisbon and Toronto in the second half.

The airline's Bogota-listed shares rose 6.2% in morning trading.

Andres Felipe Duque, an analyst at brokerage Davivienda Corredores, called the results "solid, if not spectacular." He said the main risk for 2024 was a renewed slide in the peso, which would push up dollar-denominated costs such as fuel and aircraft leases.

Aerovia has been locked in a dispute with Colombia's civil aviation authority, Aerocivil, over take-off and landing slots at Bogota's El Dorado airport. Aerocivil said on Monday a new allocation would be published "in the coming weeks."

The airline also said it would pay its first dividend since 2019, without giving details.

(Reporting by Nelson Bocanegra-Ruiz; Editing by Sonali Paul-Hart)""", [
        Q("Revenue rose 14% to $1.12 billion", "indirect", "the company", "Aerovia", speaker_at="the company said"),
        Q('"We had a year in which almost everything that could go wrong in the supply chain went wrong, and we still '
          'made money,"', "direct", "Ana Maria Restrepo de la Torre", "Ana Maria Restrepo de la Torre"),
        Q("11 of the airline's Airbus A320neo jets remained grounded for inspections of their Pratt & Whitney engines",
          "indirect", "Restrepo", "Ana Maria Restrepo de la Torre", speaker_at="Restrepo said"),
        Q("she did not expect all of them to return to service before the end of the year", "indirect", "Restrepo",
          "Ana Maria Restrepo de la Torre", speaker_at="Restrepo said"),
        Q('"It\'s painful, there is no other word for it,"', "direct", "she", "Ana Maria Restrepo de la Torre",
          speaker_at='she said. "Every'),
        Q('"Every grounded aircraft is a plane we are paying for and not flying."', "direct", "she",
          "Ana Maria Restrepo de la Torre", speaker_at='she said. "Every'),
        Q("Aerovia expects capacity to grow between 8% and 10% in 2024", "indirect", "Tomas Ibarra-Quintero",
          "Tomas Ibarra-Quintero"),
        Q("the company would open routes to Lisbon and Toronto in the second half", "indirect",
          "Tomas Ibarra-Quintero", "Tomas Ibarra-Quintero"),
        Q('"solid, if not spectacular."', "partial", "Andres Felipe Duque", "Andres Felipe Duque"),
        Q("the main risk for 2024 was a renewed slide in the peso, which would push up dollar-denominated costs such "
          "as fuel and aircraft leases", "indirect", "He", "Andres Felipe Duque", speaker_at="He said the main"),
        Q("a new allocation would be published", "indirect", "Aerocivil", "Aerocivil", speaker_at="Aerocivil said"),
        Q('"in the coming weeks."', "partial", "Aerocivil", "Aerocivil", speaker_at="Aerocivil said"),
        Q("it would pay its first dividend since 2019", "indirect", "The airline", "Aerovia",
          speaker_at="The airline also said"),
    ]),
    Case("blind35-punch", """Man denies manslaughter of father-of-two outside Oswestry pub

A father-of-two died after being hit with a single punch outside an Oswestry pub as he tried to walk away from an argument, prosecutors told a jury yesterday.

Daniel Price-Whitmore, 34, of Gobowen Road, Oswestry, denies the manslaughter of 41-year-old Craig Ellison, who died at the Royal Stoke University Hospital four days after the incident outside the Cross Keys on Salop Road.

Opening the case at Shrewsbury Crown Court, Rachel Ogunleye KC, prosecuting, said the two men had argued over a spilt drink shortly before closing time on August 12 last year.

‘Mr Ellison turned to walk away. He was not looking at the defendant and he had no chance whatsoever to protect himself,’ she told jurors.

‘The prosecution does not say that Mr Price-Whitmore meant to kill him. But we do say that he meant to hit him, that he hit him hard, and that the punch was unlawful.’

Mr Ellison fell backwards and struck his head on the kerb, the court heard. He never regained consciousness.

Bar worker Chloe Jenkins-Amos said in evidence that the atmosphere in the pub had been ‘lively but friendly’ for most of the evening.

‘Then it all changed in a couple of seconds,’ she said. ‘I heard a crack, like a stick snapping, and he just went straight down.’

Miss Jenkins-Amos said she had called 999 while another customer, an off-duty nurse, tried to help Mr Ellison.

Mr Price-Whitmore, represented by Simon Achterberg, has told police he acted in self-defence because he believed Mr Ellison was about to attack him.

Judge Anand Kulkarni-Hughes told jurors they must decide the case ‘on the evidence you hear in this courtroom and nothing else’. He said they should not discuss it with anyone or look it up online.

In a statement issued after his death, Mr Ellison's family described him as ‘a gentle giant who lived for his boys’.

The trial, which is expected to last a week, continues.""", [
        Q("A father-of-two died after being hit with a single punch outside an Oswestry pub as he tried to walk away "
          "from an argument", "indirect", "prosecutors", None),
        Q("the two men had argued over a spilt drink shortly before closing time on August 12 last year", "indirect",
          "Rachel Ogunleye", "Rachel Ogunleye"),
        Q("‘Mr Ellison turned to walk away. He was not looking at the defendant and he had no chance whatsoever to "
          "protect himself,’", "direct", "she", "Rachel Ogunleye", speaker_at="she told jurors"),
        Q("‘The prosecution does not say that Mr Price-Whitmore meant to kill him. But we do say that he meant to hit "
          "him, that he hit him hard, and that the punch was unlawful.’", "direct", "she", "Rachel Ogunleye",
          speaker_at="she told jurors"),
        Q("Mr Ellison fell backwards and struck his head on the kerb", "indirect", None, None),
        Q("‘lively but friendly’", "partial", "Chloe Jenkins-Amos", "Chloe Jenkins-Amos"),
        Q("‘Then it all changed in a couple of seconds,’", "direct", "she", "Chloe Jenkins-Amos",
          speaker_at="she said. ‘I"),
        Q("‘I heard a crack, like a stick snapping, and he just went straight down.’", "direct", "she",
          "Chloe Jenkins-Amos", speaker_at="she said. ‘I"),
        Q("she had called 999 while another customer, an off-duty nurse, tried to help Mr Ellison", "indirect",
          "Jenkins-Amos", "Chloe Jenkins-Amos", speaker_at="Miss Jenkins-Amos said"),
        Q("he acted in self-defence because he believed Mr Ellison was about to attack him", "indirect",
          "Price-Whitmore", "Daniel Price-Whitmore", speaker_at="Price-Whitmore, represented"),
        Q("they must decide the case", "indirect", "Anand Kulkarni-Hughes", "Anand Kulkarni-Hughes"),
        Q("‘on the evidence you hear in this courtroom and nothing else’", "partial", "Anand Kulkarni-Hughes",
          "Anand Kulkarni-Hughes"),
        Q("they should not discuss it with anyone or look it up online", "indirect", "He", "Anand Kulkarni-Hughes",
          speaker_at="He said they"),
        Q("‘a gentle giant who lived for his boys’", "partial", "Mr Ellison's family", None),
    ]),
    Case("blind35-struy", """Parents vow to fight plan to mothball Struy Primary

Parents in Strathglass have vowed to fight Highland Council proposals to mothball the glen's smallest primary school, which has just seven pupils on its roll.

Under a report going to the council's education committee on Thursday, Struy Primary would close from August and its pupils would be transferred to Cannich Bridge Primary, 11 miles away.

“We found out from a post on Facebook,” said Ealasaidh MacDhòmhnaill, who chairs the school's parent council and has two children there. “Nobody from the council has come out here to speak to us. Not once.”

“These are five- and six-year-olds. You are asking them to spend the best part of an hour a day on a bus on a single-track road, in the middle of a Highland winter.”

Mrs MacDhòmhnaill said the parent council had already taken legal advice and would consider a judicial review if the plan went ahead.

In a statement, a Highland Council spokesperson said no final decision had been made and that “all options remain on the table”.

Education committee chairman John Finlayson-Grant said: “No councillor wants to close a rural school. But we have a duty to every child in the Highlands, and keeping a building open for seven pupils costs more than £200,000 a year.”

He added that the council would hold a public meeting in Cannich village hall before any decision was taken.

Aird and Loch Ness ward councillor Kirsty Mac an t-Saoir told the Highland News she would vote against the proposal.

Local MSP Alasdair Ross-Munro accused the local authority of “managing decline” in the glens. “When the school goes, the young families go. Then the shop goes, and then the bus,” the MSP said. “I have seen it happen in glen after glen.”

Struy Primary opened in 1877. It was last threatened with closure in 2011, when a campaign under the banner “Keep Struy Alive” gathered more than 3,000 signatures.""", [
        Q("“We found out from a post on Facebook,”", "direct", "Ealasaidh MacDhòmhnaill", "Ealasaidh MacDhòmhnaill"),
        Q("“Nobody from the council has come out here to speak to us. Not once.”", "direct",
          "Ealasaidh MacDhòmhnaill", "Ealasaidh MacDhòmhnaill"),
        Q("“These are five- and six-year-olds. You are asking them to spend the best part of an hour a day on a bus "
          "on a single-track road, in the middle of a Highland winter.”", "direct", "Ealasaidh MacDhòmhnaill",
          "Ealasaidh MacDhòmhnaill"),
        Q("the parent council had already taken legal advice and would consider a judicial review if the plan went "
          "ahead", "indirect", "MacDhòmhnaill", "Ealasaidh MacDhòmhnaill", speaker_at="Mrs MacDhòmhnaill said"),
        Q("no final decision had been made", "indirect", "a Highland Council spokesperson", None),
        Q("“all options remain on the table”", "partial", "a Highland Council spokesperson", None),
        Q("“No councillor wants to close a rural school. But we have a duty to every child in the Highlands, and "
          "keeping a building open for seven pupils costs more than £200,000 a year.”", "direct",
          "John Finlayson-Grant", "John Finlayson-Grant"),
        Q("the council would hold a public meeting in Cannich village hall before any decision was taken", "indirect",
          "He", "John Finlayson-Grant", speaker_at="He added"),
        Q("she would vote against the proposal", "indirect", "Kirsty Mac an t-Saoir", "Kirsty Mac an t-Saoir"),
        Q("“managing decline”", "partial", "Alasdair Ross-Munro", "Alasdair Ross-Munro"),
        Q("“When the school goes, the young families go. Then the shop goes, and then the bus,”", "direct",
          "the MSP", "Alasdair Ross-Munro"),
        Q("“I have seen it happen in glen after glen.”", "direct", "the MSP", "Alasdair Ross-Munro"),
    ]),
    Case("blind35-camogie", """Cats hold their nerve to book All-Ireland camogie final spot

Kilkenny 1-16 Galway 2-11

Kilkenny are back in the All-Ireland senior camogie final after a nerve-shredding two-point win over Galway in Thurles on Saturday, though manager Ger Fitzpatrick was quick to admit his side had "ridden our luck" at times.

"We didn't play well for long spells, and Galway will feel they left it behind them," Fitzpatrick said. "But you don't get to an All-Ireland final by playing pretty. You get there by winning the battles, and these girls won enough of them."

Galway led 2-6 to 0-9 at the break after goals from Siobhán Ó Flatharta and Orla Mac Con Iomaire, and Kilkenny looked rattled. But teenager Aoife Brennan-Kealy turned the game on 44 minutes, rounding the Galway keeper to finish to the net.

Captain Clodagh Ní Dhuinn finished with 0-7, five from frees, and said the dressing room had been "very calm" at half-time.

"Honestly, I couldn't watch the last minute," laughed the Tullaroan forward, who had been taken off with cramp. "I was down at the end of the bench with my eyes closed."

Galway manager Cathal Mac Giolla Phádraig said his players had given everything, but he refused to blame referee Ray Kelly for the late free that led to Kilkenny's insurance point.

"I'm not going to stand here and talk about one decision," he said. "We had chances to win it and we didn't take them. That's on us."

Kilkenny will face Cork in the final at Croke Park on Sunday, August 11. According to the Camogie Association, tickets will go on sale through Ticketmaster on Monday morning, with reduced prices for under-16s.

Scorers - Kilkenny: C Ní Dhuinn 0-7 (5f), A Brennan-Kealy 1-2, M Walsh 0-3, S Dunne 0-2, K Power-Nolan 0-1, E Murphy 0-1. Galway: S Ó Flatharta 1-3, O Mac Con Iomaire 1-1, C Fahy 0-4 (3f), R Hession 0-2, A Concannon 0-1.""", [
        Q('"ridden our luck"', "partial", "Ger Fitzpatrick", "Ger Fitzpatrick"),
        Q('"We didn\'t play well for long spells, and Galway will feel they left it behind them,"', "direct",
          "Fitzpatrick", "Ger Fitzpatrick", speaker_at="Fitzpatrick said"),
        Q('"But you don\'t get to an All-Ireland final by playing pretty. You get there by winning the battles, and '
          'these girls won enough of them."', "direct", "Fitzpatrick", "Ger Fitzpatrick",
          speaker_at="Fitzpatrick said"),
        Q('"very calm"', "partial", "Clodagh Ní Dhuinn", "Clodagh Ní Dhuinn"),
        Q('"Honestly, I couldn\'t watch the last minute,"', "direct", "the Tullaroan forward", "Clodagh Ní Dhuinn"),
        Q('"I was down at the end of the bench with my eyes closed."', "direct", "the Tullaroan forward",
          "Clodagh Ní Dhuinn"),
        Q("his players had given everything", "indirect", "Cathal Mac Giolla Phádraig", "Cathal Mac Giolla Phádraig"),
        Q('"I\'m not going to stand here and talk about one decision,"', "direct", "he", "Cathal Mac Giolla Phádraig",
          speaker_at="he said"),
        Q('"We had chances to win it and we didn\'t take them. That\'s on us."', "direct", "he",
          "Cathal Mac Giolla Phádraig", speaker_at="he said"),
        Q("tickets will go on sale through Ticketmaster on Monday morning, with reduced prices for under-16s",
          "indirect", "the Camogie Association", "Camogie Association"),
    ]),
    Case("blind35-taswater", """Councils push back as TasWater confirms 7.2 per cent price rise

Launceston households will pay on average $96 a year more for water and sewerage from July after TasWater confirmed a 7.2 per cent price increase on Monday.

The corporation said the rise was needed to help fund its $1.8 billion, 10-year capital works program, including the long-awaited upgrade of the Ti Tree Bend sewage treatment plant.

TasWater chief executive Dr Priyanka Sandhu-Walsh said customers had benefited from a price freeze during the pandemic, but 'the bill for that has now come due'.

'We know this is a difficult time for a lot of families,' Dr Sandhu-Walsh said. 'We have not taken this decision lightly.'

She said concessions for pensioners and health care card holders would rise in line with the increase.

City of Launceston mayor Vincenzo Di Carlo said the council, which holds a stake of about 12 per cent in TasWater, would write to the Treasurer asking for future increases to be capped at the rate of inflation.

'Our ratepayers are already paying more for everything from groceries to rego,' Cr Di Carlo said. 'Another hit on top of that is just not on.'

A spokeswoman for the Treasurer said the government would consider the council's letter when it arrived.

TasCOSS chief executive Mel Karanikolas told The Examiner low-income households in the North were already cutting back on heating to pay their bills.

'A pensioner in Ravenswood doesn't have a spare $96 lying around,' she said.

A spokesperson for the Office of the Tasmanian Economic Regulator said the increase was within the limits set in the regulator's 2022 price determination.

Shoppers in Kings Meadows were less measured. 'It's a rort,' said retiree Bev Hollingsworth, 72, who lives alone in Youngtown. 'They put the price up, send us a glossy flyer about their "Water for Tomorrow" campaign, and nothing changes.'""", [
        Q("the rise was needed to help fund its $1.8 billion, 10-year capital works program, including the "
          "long-awaited upgrade of the Ti Tree Bend sewage treatment plant", "indirect", "The corporation", "TasWater"),
        Q("customers had benefited from a price freeze during the pandemic", "indirect", "Priyanka Sandhu-Walsh",
          "Priyanka Sandhu-Walsh"),
        Q("'the bill for that has now come due'", "partial", "Priyanka Sandhu-Walsh", "Priyanka Sandhu-Walsh"),
        Q("'We know this is a difficult time for a lot of families,'", "direct", "Sandhu-Walsh",
          "Priyanka Sandhu-Walsh", speaker_at="Sandhu-Walsh said. 'We"),
        Q("'We have not taken this decision lightly.'", "direct", "Sandhu-Walsh", "Priyanka Sandhu-Walsh",
          speaker_at="Sandhu-Walsh said. 'We"),
        Q("concessions for pensioners and health care card holders would rise in line with the increase", "indirect",
          "She", "Priyanka Sandhu-Walsh", speaker_at="She said concessions"),
        Q("the council, which holds a stake of about 12 per cent in TasWater, would write to the Treasurer asking for "
          "future increases to be capped at the rate of inflation", "indirect", "Vincenzo Di Carlo",
          "Vincenzo Di Carlo"),
        Q("'Our ratepayers are already paying more for everything from groceries to rego,'", "direct", "Di Carlo",
          "Vincenzo Di Carlo", speaker_at="Cr Di Carlo said"),
        Q("'Another hit on top of that is just not on.'", "direct", "Di Carlo", "Vincenzo Di Carlo",
          speaker_at="Cr Di Carlo said"),
        Q("the government would consider the council's letter when it arrived", "indirect",
          "A spokeswoman for the Treasurer", None),
        Q("low-income households in the North were already cutting back on heating to pay their bills", "indirect",
          "Mel Karanikolas", "Mel Karanikolas"),
        Q("'A pensioner in Ravenswood doesn't have a spare $96 lying around,'", "direct", "she", "Mel Karanikolas",
          speaker_at="she said"),
        Q("the increase was within the limits set in the regulator's 2022 price determination", "indirect",
          "A spokesperson for the Office of the Tasmanian Economic Regulator", None),
        Q("'It's a rort,'", "direct", "Bev Hollingsworth", "Bev Hollingsworth"),
        Q("'They put the price up, send us a glossy flyer about their \"Water for Tomorrow\" campaign, and nothing "
          "changes.'", "direct", "Bev Hollingsworth", "Bev Hollingsworth"),
    ]),
    Case("blind35-architect", """Architect who reshaped Whanganui's riverfront dies at 87

Matiu Te Āwhitu Ranginui, the architect behind some of Whanganui's best-known public buildings, has died at Whanganui Hospital. He was 87.

His death on Sunday night was confirmed by his daughter, Dr Aroha Ranginui-Stevens, who said he had died peacefully, surrounded by whānau.

“Dad was sketching right up until the last week. He would draw on the back of the hospital menus,” she said. “He never stopped thinking about how people move through a space.”

Born at Hiruharama on the Whanganui River in 1936, Ranginui trained at the University of Auckland's school of architecture and worked in London and Helsinki before coming home in 1968 to open a practice on Victoria Ave.

His best-known works include the Riverbank Pavilion, completed in 1983, and the Taupō Quay library annex. His 1974 district council chambers, dubbed “the bunker” by some locals, divided opinion for decades.

In a 2009 interview with the Chronicle, Ranginui said he wanted his buildings “to sit on the land as if they had always been there”.

Kenji Matsuda-Hall, who worked alongside him for 22 years, described him as “a quiet revolutionary”.

“He didn't give speeches about biculturalism. He just drew it: a marae ātea in front of a council building, the proportions of a wharenui in a library,” Matsuda-Hall said.

Former mayor Anneke van der Leeuw said the city owed him a debt it had never properly acknowledged. “We walk past his work every day without noticing it, and that is exactly what he wanted,” she said.

Te Kāhui Whaihanga New Zealand Institute of Architects said in a statement that Ranginui had been one of the first Māori architects to run his own practice, and that his influence on a generation of designers “cannot be overstated”.

“He carried the river in everything he designed,” said Whanganui kaumātua Te Rau Mareikura. “That is what he leaves us.”

Ranginui is survived by his wife of 58 years, Judith, three children and nine mokopuna. He will lie at Pūtiki Marae from Tuesday. Funeral details will be announced later, the family said.""", [
        Q("he had died peacefully, surrounded by whānau", "indirect", "Aroha Ranginui-Stevens",
          "Aroha Ranginui-Stevens"),
        Q("“Dad was sketching right up until the last week. He would draw on the back of the hospital menus,”",
          "direct", "she", "Aroha Ranginui-Stevens", speaker_at="she said. “He never"),
        Q("“He never stopped thinking about how people move through a space.”", "direct", "she",
          "Aroha Ranginui-Stevens", speaker_at="she said. “He never"),
        Q("“to sit on the land as if they had always been there”", "partial", "Ranginui", "Matiu Te Āwhitu Ranginui",
          speaker_at="Ranginui said he wanted"),
        Q("“a quiet revolutionary”", "partial", "Kenji Matsuda-Hall", "Kenji Matsuda-Hall"),
        Q("“He didn't give speeches about biculturalism. He just drew it: a marae ātea in front of a council "
          "building, the proportions of a wharenui in a library,”", "direct", "Matsuda-Hall", "Kenji Matsuda-Hall",
          speaker_at="Matsuda-Hall said"),
        Q("the city owed him a debt it had never properly acknowledged", "indirect", "Anneke van der Leeuw",
          "Anneke van der Leeuw"),
        Q("“We walk past his work every day without noticing it, and that is exactly what he wanted,”", "direct",
          "she", "Anneke van der Leeuw", speaker_at="wanted,” she said"),
        Q("Ranginui had been one of the first Māori architects to run his own practice", "indirect",
          "Te Kāhui Whaihanga New Zealand Institute of Architects",
          "Te Kāhui Whaihanga New Zealand Institute of Architects"),
        Q("“cannot be overstated”", "partial", "Te Kāhui Whaihanga New Zealand Institute of Architects",
          "Te Kāhui Whaihanga New Zealand Institute of Architects"),
        Q("“He carried the river in everything he designed,”", "direct", "Te Rau Mareikura", "Te Rau Mareikura"),
        Q("“That is what he leaves us.”", "direct", "Te Rau Mareikura", "Te Rau Mareikura"),
        Q("Funeral details will be announced later", "indirect", "the family", None),
    ]),
    Case("blind35-transit", """Halifax Transit drivers walk off the job after talks collapse

Buses across Halifax Regional Municipality sat idle Monday morning after about 950 transit operators and mechanics walked off the job, leaving tens of thousands of commuters scrambling for rides in the snow.

Amalgamated Transit Union Local 508 said talks with the municipality broke down late Sunday over wages and scheduling, with the two sides still about four percentage points apart on pay over three years.

"Nobody wants to be on a picket line in February," union president Mireille LeBlanc-Comeau told reporters outside the Burnside depot. "But our members have been driving split shifts that stretch over 14 hours a day, and the city's offer doesn't even keep up with the cost of living."

LeBlanc-Comeau said the union was ready to go back to the table "any time, day or night."

"Our offer is fair, and it is what taxpayers can afford," Mayor Cathy d'Entremont said in a statement released shortly after 6 a.m. "I would urge the union to take it to its members for a vote."

According to Halifax Transit, ferries between Halifax and Dartmouth and Access-A-Bus service for people with disabilities will keep running, since their staff belong to a different bargaining unit.

At the Scotia Square terminal, Saint Mary's University student Kwame Boateng-Mensah said he had walked 40 minutes from his apartment in the North End.

"I've got an exam at nine. I didn't even know about the strike until I was standing at the stop," the 20-year-old said.

Others were more sympathetic. "They deserve a raise. Have you seen what rent costs now?" said Dartmouth nurse Thuy Nguyen, who was waiting for a taxi with two co-workers.

The Halifax Chamber of Commerce warned that a long strike would hurt downtown businesses still recovering from the pandemic.

Labour Minister Ewan MacIsaac told The Chronicle Herald on Monday that the province had no plans to legislate the workers back "at this point."

The last transit strike in the municipality, in 2012, lasted six weeks.""", [
        Q("talks with the municipality broke down late Sunday over wages and scheduling, with the two sides still about "
          "four percentage points apart on pay over three years", "indirect", "Amalgamated Transit Union Local 508",
          "Amalgamated Transit Union Local 508"),
        Q('"Nobody wants to be on a picket line in February,"', "direct", "Mireille LeBlanc-Comeau",
          "Mireille LeBlanc-Comeau"),
        Q('"But our members have been driving split shifts that stretch over 14 hours a day, and the city\'s offer '
          'doesn\'t even keep up with the cost of living."', "direct", "Mireille LeBlanc-Comeau",
          "Mireille LeBlanc-Comeau"),
        Q("the union was ready to go back to the table", "indirect", "LeBlanc-Comeau", "Mireille LeBlanc-Comeau",
          speaker_at="LeBlanc-Comeau said"),
        Q('"any time, day or night."', "partial", "LeBlanc-Comeau", "Mireille LeBlanc-Comeau",
          speaker_at="LeBlanc-Comeau said"),
        Q('"Our offer is fair, and it is what taxpayers can afford,"', "direct", "Cathy d'Entremont",
          "Cathy d'Entremont"),
        Q('"I would urge the union to take it to its members for a vote."', "direct", "Cathy d'Entremont",
          "Cathy d'Entremont"),
        Q("ferries between Halifax and Dartmouth and Access-A-Bus service for people with disabilities will keep "
          "running", "indirect", "Halifax Transit", "Halifax Transit", speaker_at="According to Halifax Transit"),
        Q("he had walked 40 minutes from his apartment in the North End", "indirect", "Kwame Boateng-Mensah",
          "Kwame Boateng-Mensah"),
        Q('"I\'ve got an exam at nine. I didn\'t even know about the strike until I was standing at the stop,"',
          "direct", "the 20-year-old", "Kwame Boateng-Mensah"),
        Q('"They deserve a raise. Have you seen what rent costs now?"', "direct", "Thuy Nguyen", "Thuy Nguyen"),
        Q("a long strike would hurt downtown businesses still recovering from the pandemic", "indirect",
          "The Halifax Chamber of Commerce", "Halifax Chamber of Commerce"),
        Q("the province had no plans to legislate the workers back", "indirect", "Ewan MacIsaac", "Ewan MacIsaac"),
        Q('"at this point."', "partial", "Ewan MacIsaac", "Ewan MacIsaac"),
    ]),
    Case("blind35-teachers", """Schools paralysed as teachers down tools over CBA

Learning was paralysed in public primary and junior secondary schools across the country yesterday after thousands of teachers heeded a strike call by the Kenya National Union of Teachers.

KNUT secretary general Nicholas arap Chelimo said the strike would go on until the Teachers Service Commission fully implemented the 2021-2025 collective bargaining agreement.

“We have been patient for two years. Our members cannot eat promises,” Chelimo told a rally at Uhuru Park in Nairobi. “Until the money is in their accounts, no teacher will step into a classroom.”

According to KNUT, more than 180,000 of its members had stayed away from class by midday.

TSC chief executive Dr Evaleen Mutai-Njoroge termed the strike “illegal and unprotected”, saying the commission had already released Sh8.6 billion for the second phase of the CBA.

She warned that teachers who failed to report to work would not be paid for the days they were absent.

In Kisumu, pupils at Kudho Primary School were sent home before 9am. “Parents brought their children as usual, but there was nobody to teach them,” said head teacher Florence Achieng' Odhiambo.

The Kenya Union of Post Primary Education Teachers, which represents secondary school tutors, did not join the strike, but its secretary general Moses Wafula Barasa told the Star the union fully supported its colleagues' demands.

Education Cabinet Secretary Benjamin Kiplagat Rotich appealed to both sides to “give dialogue a chance” and said he would convene a meeting with KNUT and TSC officials on Thursday.

“Our children are the ones who suffer when adults cannot agree,” the CS said in Kakamega.

Kenya National Parents Association chairman Obadiah Ng'ang'a said parents were “tired of being held hostage” every time teachers and their employer fell out.

The Employment and Labour Relations Court is expected to hear an application by the TSC seeking to suspend the strike on Wednesday.""", [
        Q("the strike would go on until the Teachers Service Commission fully implemented the 2021-2025 collective "
          "bargaining agreement", "indirect", "Nicholas arap Chelimo", "Nicholas arap Chelimo"),
        Q("“We have been patient for two years. Our members cannot eat promises,”", "direct", "Chelimo",
          "Nicholas arap Chelimo", speaker_at="Chelimo told a rally"),
        Q("“Until the money is in their accounts, no teacher will step into a classroom.”", "direct", "Chelimo",
          "Nicholas arap Chelimo", speaker_at="Chelimo told a rally"),
        Q("more than 180,000 of its members had stayed away from class by midday", "indirect", "KNUT",
          "Kenya National Union of Teachers", speaker_at="According to KNUT"),
        Q("“illegal and unprotected”", "partial", "Evaleen Mutai-Njoroge", "Evaleen Mutai-Njoroge"),
        Q("the commission had already released Sh8.6 billion for the second phase of the CBA", "indirect",
          "Evaleen Mutai-Njoroge", "Evaleen Mutai-Njoroge"),
        Q("teachers who failed to report to work would not be paid for the days they were absent", "indirect", "She",
          "Evaleen Mutai-Njoroge", speaker_at="She warned"),
        Q("“Parents brought their children as usual, but there was nobody to teach them,”", "direct",
          "Florence Achieng' Odhiambo", "Florence Achieng' Odhiambo"),
        Q("the union fully supported its colleagues' demands", "indirect", "Moses Wafula Barasa", "Moses Wafula Barasa"),
        Q("“give dialogue a chance”", "partial", "Benjamin Kiplagat Rotich", "Benjamin Kiplagat Rotich"),
        Q("he would convene a meeting with KNUT and TSC officials on Thursday", "indirect", "Benjamin Kiplagat Rotich",
          "Benjamin Kiplagat Rotich"),
        Q("“Our children are the ones who suffer when adults cannot agree,”", "direct", "the CS",
          "Benjamin Kiplagat Rotich"),
        Q("“tired of being held hostage”", "partial", "Obadiah Ng'ang'a", "Obadiah Ng'ang'a"),
    ]),
    Case("blind35-primary", """Adeyemi-Bakare clinches APC governorship ticket in Osun as rivals cry foul

From Femi Adebanjo-Ige, Osogbo

Senator Olumide Adeyemi-Bakare has emerged the governorship candidate of the All Progressives Congress (APC) in Osun State after polling 148,212 votes in the party's direct primary on Saturday.

His closest rival, Chief (Mrs) Folasade Ajayi-Oduya, polled 61,005 votes, while Prince Adebayo Olaniyan came a distant third with 9,870 votes.

Announcing the result in Osogbo yesterday, the chairman of the primary election committee, Alhaji Ibrahim Maikarfi, said the exercise had been "free, fair and transparent" in all 30 local government areas.

"Having scored the highest number of votes, Senator Olumide Adeyemi-Bakare is hereby declared the winner and candidate of our great party for the governorship election," Maikarfi announced to loud cheers.

In his acceptance speech, Adeyemi-Bakare, who represents Osun Central in the Senate, said: "This victory is not mine. It belongs to every member of this party who stood under the sun to be counted."

He said he would reach out to the other aspirants, whom he described as "brothers and sisters in the same family."

But Ajayi-Oduya rejected the outcome, alleging that results from at least six local government areas had been "written in hotel rooms."

"We will not accept this. We are heading to the appeal committee, and if we don't get justice there, we will go to court," she told journalists at her campaign office in Ilesa.

The state publicity secretary of the APC, Mr Tunde Akanbi-Lawal, said aggrieved aspirants were free to seek redress through the party's internal mechanisms.

An official of the Independent National Electoral Commission (INEC), who monitored the exercise but asked not to be named, told The Nation turnout had been low in several wards.

The Peoples Democratic Party (PDP) in the state dismissed the primary as "a family meeting." Its spokesman, Alhaji Bashiru Olalekan-Adisa, said the APC candidate would be "roundly defeated" in the August election.""", [
        Q('"free, fair and transparent"', "partial", "Ibrahim Maikarfi", "Ibrahim Maikarfi"),
        Q('"Having scored the highest number of votes, Senator Olumide Adeyemi-Bakare is hereby declared the winner and '
          'candidate of our great party for the governorship election,"', "direct", "Maikarfi", "Ibrahim Maikarfi",
          speaker_at="Maikarfi announced"),
        Q('"This victory is not mine. It belongs to every member of this party who stood under the sun to be '
          'counted."', "direct", "Adeyemi-Bakare", "Olumide Adeyemi-Bakare",
          speaker_at="Adeyemi-Bakare, who represents"),
        Q("he would reach out to the other aspirants", "indirect", "He", "Olumide Adeyemi-Bakare",
          speaker_at="He said he would"),
        Q('"brothers and sisters in the same family."', "partial", "he", "Olumide Adeyemi-Bakare",
          speaker_at="whom he described"),
        Q('"written in hotel rooms."', "partial", "Ajayi-Oduya", "Folasade Ajayi-Oduya",
          speaker_at="But Ajayi-Oduya rejected"),
        Q('"We will not accept this. We are heading to the appeal committee, and if we don\'t get justice there, we '
          'will go to court,"', "direct", "she", "Folasade Ajayi-Oduya", speaker_at="she told journalists"),
        Q("aggrieved aspirants were free to seek redress through the party's internal mechanisms", "indirect",
          "Tunde Akanbi-Lawal", "Tunde Akanbi-Lawal"),
        Q("turnout had been low in several wards", "indirect",
          "An official of the Independent National Electoral Commission (INEC)", None),
        Q('"a family meeting."', "partial", "The Peoples Democratic Party", "Peoples Democratic Party"),
        Q('"roundly defeated"', "partial", "Bashiru Olalekan-Adisa", "Bashiru Olalekan-Adisa"),
    ]),
    Case("blind35-drought", """Farmers sell off cattle as drought bites

Farmers in the Omaheke and Otjozondjupa regions are selling cattle at a loss as grazing disappears, with many saying they can no longer afford to keep their herds alive until the next rainy season.

At the Gobabis auction on Thursday, weaner prices fell to N$19 per kilogram, down from N$32 a year ago, according to auctioneers at the sale.

“I have farmed here for 38 years and I have never seen the veld like this,” said Johannes van der Merwe, who farms near Witvlei. “There is simply nothing left for the animals to eat.”

Van der Merwe said he had already sold 140 of his 400 cattle and would sell more next month if it did not rain.

Agriculture minister Ndapewa Shikongo-Amupolo said the government had set aside N$420 million for drought relief, including fodder subsidies and a marketing incentive for farmers who reduce their herds.

“We are asking farmers to destock early, while their animals still have value,” the minister told The Namibian on Friday. “Waiting for rain is not a plan.”

In the communal area of Aminuis, Meme Aina Nghipandulwa (61) said her household had lost 11 goats in three weeks.

“The boreholes are drying up. We are now sharing one with the whole village, and the cattle drink first,” she said.

The Namibia Agricultural Union described the subsidy as “too little, too late” and called on government to declare a national state of emergency.

According to the Namibia Meteorological Service, most of the country received less than half its normal rainfall between October and March, making it the worst season since 2019.

Residents of Aminuis said the ministry's “Rangeland Recovery” programme, launched in 2022, had not reached their area.""", [
        Q("they can no longer afford to keep their herds alive until the next rainy season", "indirect", "many", None,
          speaker_at="with many saying"),
        Q("weaner prices fell to N$19 per kilogram, down from N$32 a year ago", "indirect", "auctioneers at the sale",
          None),
        Q("“I have farmed here for 38 years and I have never seen the veld like this,”", "direct",
          "Johannes van der Merwe", "Johannes van der Merwe"),
        Q("“There is simply nothing left for the animals to eat.”", "direct", "Johannes van der Merwe",
          "Johannes van der Merwe"),
        Q("he had already sold 140 of his 400 cattle and would sell more next month if it did not rain", "indirect",
          "Van der Merwe", "Johannes van der Merwe", speaker_at="Van der Merwe said"),
        Q("the government had set aside N$420 million for drought relief, including fodder subsidies and a marketing "
          "incentive for farmers who reduce their herds", "indirect", "Ndapewa Shikongo-Amupolo",
          "Ndapewa Shikongo-Amupolo"),
        Q("“We are asking farmers to destock early, while their animals still have value,”", "direct", "the minister",
          "Ndapewa Shikongo-Amupolo"),
        Q("“Waiting for rain is not a plan.”", "direct", "the minister", "Ndapewa Shikongo-Amupolo"),
        Q("her household had lost 11 goats in three weeks", "indirect", "Aina Nghipandulwa", "Aina Nghipandulwa"),
        Q("“The boreholes are drying up. We are now sharing one with the whole village, and the cattle drink first,”",
          "direct", "she", "Aina Nghipandulwa", speaker_at="she said"),
        Q("“too little, too late”", "partial", "The Namibia Agricultural Union", "Namibia Agricultural Union"),
        Q("most of the country received less than half its normal rainfall between October and March, making it the "
          "worst season since 2019", "indirect", "the Namibia Meteorological Service",
          "Namibia Meteorological Service"),
        Q("the ministry's “Rangeland Recovery” programme, launched in 2022, had not reached their area", "indirect",
          "Residents of Aminuis", None),
    ]),
    Case("blind35-volleyball", """Al Rayyan stun Al Arabi in five-set thriller to lift Emir Cup

DOHA: Al Rayyan were crowned Emir Cup volleyball champions after fighting back from two sets down to beat Al Arabi 3-2 (22-25, 21-25, 25-23, 25-20, 15-12) in a pulsating final at the Al Gharafa Sports Club Hall on Tuesday night.

Sheikh Mohammed bin Faisal Al Thani, President of the Qatar Volleyball Association (QVA), presented the trophy to Al Rayyan captain Mubarak Hammad Al Marri in front of a near-capacity crowd.

"Tonight showed the level Qatari volleyball has reached. Both teams deserve enormous credit," Sheikh Mohammed said after the ceremony.

He added that the QVA would host the Asian Men's Club Championship in May, describing the tournament as "a major test for our clubs and our young players."

Al Rayyan's Brazilian coach Marcos Vinicius da Silva Pereira admitted he had feared the worst after the second set.

"At 0-2 I told them: forget the score, play one point at a time, and enjoy it," Pereira said. "They believed, and the crowd carried them."

Al Marri, who finished with 19 points, called the comeback "the best moment of my career".

"We were tired, but the fans never stopped. This trophy is for them," the 29-year-old outside hitter said.

Al Arabi coach Mohamed Ali Ben Salah said his players had lost concentration after letting the third set slip.

"We gave them a chance, and a team like Rayyan does not forgive," the Tunisian told The Peninsula. "We will learn from this."

Earlier, Al Sadd beat Qatar SC 3-1 to finish third.""", [
        Q('"Tonight showed the level Qatari volleyball has reached. Both teams deserve enormous credit,"', "direct",
          "Mohammed", "Mohammed bin Faisal Al Thani", speaker_at="Sheikh Mohammed said"),
        Q("the QVA would host the Asian Men's Club Championship in May", "indirect", "He",
          "Mohammed bin Faisal Al Thani", speaker_at="He added"),
        Q('"a major test for our clubs and our young players."', "partial", "He", "Mohammed bin Faisal Al Thani",
          speaker_at="He added"),
        Q("he had feared the worst after the second set", "indirect", "Marcos Vinicius da Silva Pereira",
          "Marcos Vinicius da Silva Pereira"),
        Q('"At 0-2 I told them: forget the score, play one point at a time, and enjoy it,"', "direct", "Pereira",
          "Marcos Vinicius da Silva Pereira", speaker_at="Pereira said"),
        Q('"They believed, and the crowd carried them."', "direct", "Pereira", "Marcos Vinicius da Silva Pereira",
          speaker_at="Pereira said"),
        Q('"the best moment of my career"', "partial", "Al Marri", "Mubarak Hammad Al Marri",
          speaker_at="Al Marri, who finished"),
        Q('"We were tired, but the fans never stopped. This trophy is for them,"', "direct",
          "the 29-year-old outside hitter", "Mubarak Hammad Al Marri"),
        Q("his players had lost concentration after letting the third set slip", "indirect", "Mohamed Ali Ben Salah",
          "Mohamed Ali Ben Salah"),
        Q('"We gave them a chance, and a team like Rayyan does not forgive,"', "direct", "the Tunisian",
          "Mohamed Ali Ben Salah"),
        Q('"We will learn from this."', "direct", "the Tunisian", "Mohamed Ali Ben Salah"),
    ]),
    Case("blind35-dengue", """Dengue cases in Selangor up nearly 40% as monsoon sets in

PETALING JAYA: Dengue cases in Selangor have risen by almost 40% compared with the same period last year, with 14 deaths recorded since January, says the Selangor Health Department.

State public health committee chairman Lim Wei Sheng said 62 localities had been declared outbreak areas, most of them in the Petaling, Hulu Langat and Gombak districts.

“The rainy season has only just started, so we expect the numbers to climb further in the coming weeks,” he told reporters after observing a fogging operation in Taman Medan on Saturday (Nov 16).

Lim said Aedes breeding sites had been found in 31% of premises inspected, including construction sites and abandoned houses.

State health director Datuk Dr Ahmad Fauzi bin Hashim said most of the fatalities involved patients who had sought treatment late.

“Many of them waited until the fever went down and thought they were recovering. That is actually the most dangerous phase,” he said.

Dr Ahmad Fauzi added that the department had issued 1,240 compounds totalling RM620,000 to owners of premises found with Aedes larvae under the Destruction of Disease-Bearing Insects Act 1975.

Taman Medan resident Tan Mei Ling, 45, whose son was warded for five days last month, said fogging alone was not enough.

“The drains behind our row have been clogged for months. We complained to the council twice and nobody came,” Tan said.

When contacted, a Petaling Jaya City Council (MBPJ) spokesman said a clean-up of the drains in the area would begin this week.

Infectious disease physician Dr Kalaiselvi a/p Subramaniam of Hospital Sungai Buloh said the current spike was partly driven by a change in the dominant virus serotype, to which many people had no immunity.

The public is reminded to carry out weekly “10-minute search and destroy” checks for stagnant water around their homes.""", [
        Q("Dengue cases in Selangor have risen by almost 40% compared with the same period last year, with 14 deaths "
          "recorded since January", "indirect", "the Selangor Health Department", "Selangor Health Department"),
        Q("62 localities had been declared outbreak areas, most of them in the Petaling, Hulu Langat and Gombak "
          "districts", "indirect", "Lim Wei Sheng", "Lim Wei Sheng"),
        Q("“The rainy season has only just started, so we expect the numbers to climb further in the coming weeks,”",
          "direct", "he", "Lim Wei Sheng", speaker_at="he told reporters"),
        Q("Aedes breeding sites had been found in 31% of premises inspected, including construction sites and "
          "abandoned houses", "indirect", "Lim", "Lim Wei Sheng", speaker_at="Lim said"),
        Q("most of the fatalities involved patients who had sought treatment late", "indirect",
          "Ahmad Fauzi bin Hashim", "Ahmad Fauzi bin Hashim"),
        Q("“Many of them waited until the fever went down and thought they were recovering. That is actually the most "
          "dangerous phase,”", "direct", "he", "Ahmad Fauzi bin Hashim", speaker_at="phase,” he said"),
        Q("the department had issued 1,240 compounds totalling RM620,000 to owners of premises found with Aedes larvae "
          "under the Destruction of Disease-Bearing Insects Act 1975", "indirect", "Ahmad Fauzi",
          "Ahmad Fauzi bin Hashim", speaker_at="Dr Ahmad Fauzi added"),
        Q("fogging alone was not enough", "indirect", "Tan Mei Ling", "Tan Mei Ling"),
        Q("“The drains behind our row have been clogged for months. We complained to the council twice and nobody "
          "came,”", "direct", "Tan", "Tan Mei Ling", speaker_at="Tan said"),
        Q("a clean-up of the drains in the area would begin this week", "indirect",
          "a Petaling Jaya City Council (MBPJ) spokesman", None),
        Q("the current spike was partly driven by a change in the dominant virus serotype, to which many people had no "
          "immunity", "indirect", "Kalaiselvi a/p Subramaniam", "Kalaiselvi a/p Subramaniam"),
    ]),
    Case("blind35-capsize", """Seven dead, four missing as boat capsizes on Mekong in Kratie

KRATIE - Seven people were killed and four others remain missing after a wooden passenger boat capsized in strong currents on the Mekong River in Kratie province on Sunday afternoon, provincial authorities said.

The boat, which was carrying 26 passengers, most of them returning from a wedding on Koh Trong island, overturned about 200 metres from the shore in Chhlong district, according to provincial police chief Brig. Gen. Men Sophal.

"The boat was overloaded and the driver did not give out any life jackets. When the wind came, it turned over in seconds," Brig. Gen. Sophal told Khmer Times by phone.

He said 15 passengers had swum to safety or been pulled from the water by fishermen, and that the boat's driver, a 43-year-old man, had been detained for questioning.

Kratie provincial governor Kheng Sovannara, who visited the scene on Sunday evening, said search teams including navy divers sent from Phnom Penh would continue looking for the missing through the night.

"We will not stop until every family has their loved one back," Mr Sovannara said, adding that the provincial administration would give 2 million riel to the family of each victim.

Survivor Chhay Sokunthea, 34, said she had been holding her four-year-old daughter when the boat tipped over.

"I held her above the water with one hand and swam with the other. A fisherman reached us just in time," she said from her bed at the Kratie provincial referral hospital.

National Committee for Disaster Management spokesman Ouk Rathanak said it was the third fatal boat accident in the country this year. He urged boat owners to respect passenger limits during the festive season.

Residents in Chhlong told Khmer Times that passenger boats on the route were routinely overloaded during the wedding season, when families travel between the islands and the mainland.""", [
        Q("Seven people were killed and four others remain missing after a wooden passenger boat capsized in strong "
          "currents on the Mekong River in Kratie province on Sunday afternoon", "indirect", "provincial authorities",
          None),
        Q("The boat, which was carrying 26 passengers, most of them returning from a wedding on Koh Trong island, "
          "overturned about 200 metres from the shore in Chhlong district", "indirect", "Men Sophal", "Men Sophal"),
        Q('"The boat was overloaded and the driver did not give out any life jackets. When the wind came, it turned '
          'over in seconds,"', "direct", "Sophal", "Men Sophal", speaker_at="Gen. Sophal told"),
        Q("15 passengers had swum to safety or been pulled from the water by fishermen, and that the boat's driver, a "
          "43-year-old man, had been detained for questioning", "indirect", "He", "Men Sophal",
          speaker_at="He said 15"),
        Q("search teams including navy divers sent from Phnom Penh would continue looking for the missing through the "
          "night", "indirect", "Kheng Sovannara", "Kheng Sovannara"),
        Q('"We will not stop until every family has their loved one back,"', "direct", "Sovannara", "Kheng Sovannara",
          speaker_at="Mr Sovannara said"),
        Q("the provincial administration would give 2 million riel to the family of each victim", "indirect",
          "Sovannara", "Kheng Sovannara", speaker_at="Mr Sovannara said"),
        Q("she had been holding her four-year-old daughter when the boat tipped over", "indirect", "Chhay Sokunthea",
          "Chhay Sokunthea"),
        Q('"I held her above the water with one hand and swam with the other. A fisherman reached us just in time,"',
          "direct", "she", "Chhay Sokunthea", speaker_at="she said from"),
        Q("it was the third fatal boat accident in the country this year", "indirect", "Ouk Rathanak", "Ouk Rathanak"),
        Q("passenger boats on the route were routinely overloaded during the wedding season, when families travel "
          "between the islands and the mainland", "indirect", "Residents in Chhlong", None),
    ]),
    Case("blind35-ammonia", """Ammonia leak from fertiliser unit near Ennore sends 42 to hospital

CHENNAI

Forty-two residents of Chinnakuppam near Ennore were admitted to hospital on Wednesday after ammonia leaked from a pipeline of a private fertiliser unit late on Tuesday night.

Residents said they woke up around 11.45 p.m. to a pungent smell and found it difficult to breathe. Many fled towards the Ennore Expressway with their children.

"My eyes were burning and my grandson started vomiting. We ran towards the main road without even locking the house," said S. Parvathi, 52, a fish vendor.

District Collector R. Hemalatha said the leak had been plugged by 1.30 a.m. and the unit's operations had been suspended pending an inquiry.

"All 42 persons are stable. Nobody is in a critical condition," Ms. Hemalatha told The Hindu.

Doctors at the Government Stanley Medical College Hospital said most patients had complained of breathlessness, nausea and eye irritation.

According to the Tamil Nadu Pollution Control Board (TNPCB), ammonia levels in the air near the unit were recorded at 49 ppm shortly after the leak, against a permissible limit of 5 ppm.

In a statement, Bayview Fertilisers said a "pressure-related fault" in the pipeline had caused the leak. The company said it was cooperating fully with the authorities and would bear the medical expenses of those affected.

Industries Minister K. Sivashankaran, who visited the village on Wednesday, said the government would form a technical committee to examine the safety of the pipeline. He said the unit would not be allowed to resume operations until the committee submitted its report.

Fishermen in the village staged a protest on the Ennore Expressway on Wednesday afternoon, demanding the permanent closure of the unit.

"This is the third time in five years. Every time they tell us it will not happen again," said Ezhumalai, leader of the Chinnakuppam fishermen's panchayat.""", [
        Q("they woke up around 11.45 p.m. to a pungent smell and found it difficult to breathe", "indirect",
          "Residents", None, speaker_at="Residents said"),
        Q('"My eyes were burning and my grandson started vomiting. We ran towards the main road without even locking '
          'the house,"', "direct", "S. Parvathi", "S. Parvathi"),
        Q("the leak had been plugged by 1.30 a.m. and the unit's operations had been suspended pending an inquiry",
          "indirect", "R. Hemalatha", "R. Hemalatha"),
        Q('"All 42 persons are stable. Nobody is in a critical condition,"', "direct", "Hemalatha", "R. Hemalatha",
          speaker_at="Ms. Hemalatha told"),
        Q("most patients had complained of breathlessness, nausea and eye irritation", "indirect",
          "Doctors at the Government Stanley Medical College Hospital", None),
        Q("ammonia levels in the air near the unit were recorded at 49 ppm shortly after the leak, against a "
          "permissible limit of 5 ppm", "indirect", "the Tamil Nadu Pollution Control Board",
          "Tamil Nadu Pollution Control Board"),
        Q('"pressure-related fault"', "partial", "Bayview Fertilisers", "Bayview Fertilisers"),
        Q("it was cooperating fully with the authorities and would bear the medical expenses of those affected",
          "indirect", "The company", "Bayview Fertilisers"),
        Q("the government would form a technical committee to examine the safety of the pipeline", "indirect",
          "K. Sivashankaran", "K. Sivashankaran"),
        Q("the unit would not be allowed to resume operations until the committee submitted its report", "indirect",
          "He", "K. Sivashankaran", speaker_at="He said the unit"),
        Q('"This is the third time in five years. Every time they tell us it will not happen again,"', "direct",
          "Ezhumalai", "Ezhumalai"),
    ]),
    Case("blind35-anthrax", """Anthrax confirmed in three South Dakota herds as dry weather stirs up spores

PIERRE, S.D. - Anthrax has killed at least 41 head of cattle in three central South Dakota herds this month, the South Dakota Animal Industry Board said Tuesday.

The cases were confirmed in Hughes, Sully and Hyde counties, according to the board. Animal health officials say more cases are likely as the hot, dry weather continues.

"Anthrax spores can survive in the soil for decades. When we get heavy spring rains followed by a long, dry stretch, they come right up to the surface where cattle are grazing," State Veterinarian Dr. Rosalind Van Heerden-Tate said.

Van Heerden-Tate said producers in affected areas should vaccinate right away and report any sudden deaths to their local veterinarian.

"Don't move the carcass, and don't open it up," she said. "Burn it where it lies if you can."

Duane Kjellberg, who runs about 300 cow-calf pairs north of Onida, lost 17 head in four days.

"I went out Sunday morning and found six of them down by the stock dam. In 40 years I've never seen anything like it," Kjellberg said.

He said most of his neighbors had vaccinated since, and that the co-op in Onida had run short of vaccine for a few days last week.

SDSU Extension veterinarian Dr. Ramesh Chandrasekaran said the vaccine takes about a week to provide protection. Producers should also move cattle off low-lying pastures where possible, he said.

Farther west, on the Cheyenne River Sioux Reservation, rancher LeRoy Two Bulls said he had not lost any animals yet but was "praying for rain and watching the sky."

State Sen. Tom Halverson, R-Highmore, who ranches in Hyde County, said he would ask the Legislature's Joint Committee on Appropriations to consider emergency help for producers who lose cattle.

According to the U.S. Drought Monitor, nearly 60% of South Dakota is now in moderate drought or worse.

Anthrax does not spread from animal to animal, and cases in people are rare, according to the South Dakota Department of Health.""", [
        Q("Anthrax has killed at least 41 head of cattle in three central South Dakota herds this month", "indirect",
          "the South Dakota Animal Industry Board", "South Dakota Animal Industry Board"),
        Q("The cases were confirmed in Hughes, Sully and Hyde counties", "indirect", "the board",
          "South Dakota Animal Industry Board"),
        Q("more cases are likely as the hot, dry weather continues", "indirect", "Animal health officials", None),
        Q('"Anthrax spores can survive in the soil for decades. When we get heavy spring rains followed by a long, dry '
          'stretch, they come right up to the surface where cattle are grazing,"', "direct",
          "Rosalind Van Heerden-Tate", "Rosalind Van Heerden-Tate"),
        Q("producers in affected areas should vaccinate right away and report any sudden deaths to their local "
          "veterinarian", "indirect", "Van Heerden-Tate", "Rosalind Van Heerden-Tate",
          speaker_at="Van Heerden-Tate said producers"),
        Q('"Don\'t move the carcass, and don\'t open it up,"', "direct", "she", "Rosalind Van Heerden-Tate",
          speaker_at="she said"),
        Q('"Burn it where it lies if you can."', "direct", "she", "Rosalind Van Heerden-Tate", speaker_at="she said"),
        Q('"I went out Sunday morning and found six of them down by the stock dam. In 40 years I\'ve never seen '
          'anything like it,"', "direct", "Kjellberg", "Duane Kjellberg", speaker_at="Kjellberg said"),
        Q("most of his neighbors had vaccinated since, and that the co-op in Onida had run short of vaccine for a few "
          "days last week", "indirect", "He", "Duane Kjellberg", speaker_at="He said most"),
        Q("the vaccine takes about a week to provide protection", "indirect", "Ramesh Chandrasekaran",
          "Ramesh Chandrasekaran"),
        Q("Producers should also move cattle off low-lying pastures where possible", "indirect", "he",
          "Ramesh Chandrasekaran", speaker_at="possible, he said"),
        Q("he had not lost any animals yet", "indirect", "LeRoy Two Bulls", "LeRoy Two Bulls"),
        Q('"praying for rain and watching the sky."', "partial", "LeRoy Two Bulls", "LeRoy Two Bulls"),
        Q("he would ask the Legislature's Joint Committee on Appropriations to consider emergency help for producers "
          "who lose cattle", "indirect", "Tom Halverson", "Tom Halverson"),
        Q("nearly 60% of South Dakota is now in moderate drought or worse", "indirect", "the U.S. Drought Monitor",
          "U.S. Drought Monitor"),
        Q("Anthrax does not spread from animal to animal, and cases in people are rare", "indirect",
          "the South Dakota Department of Health", "South Dakota Department of Health"),
    ]),
]
