"""Blind gold, round 10: sixteen short news articles written blind to the pretagger.

House styles from many places (Reuters and AP wire copy, The Guardian, ABC
Australia, RNZ, CBC, Times of India, The Star Kenya, Premium Times, Daily
Maverick, Taipei Times, Korea Herald, Gulf News, Buenos Aires Times, a US
regional daily and a Welsh local paper), with curly double, straight double
and British single quotes. Scare quotes, nicknames and titles in marks are
not quotes and are left unannotated. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind10-reuters-takeover", """Dekker Hoogland backs 4.3 billion euro bid from Malaysian-Emirati consortium

AMSTERDAM, March 12 (Reuters) - Dutch logistics group Dekker Hoogland said on Tuesday it had agreed to a 4.3 billion euro ($4.7 billion) takeover by a consortium led by Malaysia's Perdana Capital and Abu Dhabi-based Al Noor Holdings, ending a three-month battle for the company.

The consortium will pay 38.50 euros per share in cash, a premium of 31% to Dekker Hoogland's closing price before the approach became public in December, the companies said in a joint statement.

"This offer recognises the value of our network and gives us the capital to grow faster in Asia and the Middle East," Dekker Hoogland Chief Executive Maarten van der Linden said on a call with reporters.

Van der Linden said the board had rejected two earlier proposals as too low and would recommend the improved offer unanimously. He will stay on to run the business, which employs about 14,000 people in 22 countries.

Datuk Seri Hisham bin Rahmat, chairman of Perdana Capital, described the Rotterdam-based firm as "a jewel of European logistics" and said the consortium had no plans to cut jobs in the Netherlands.

"We are long-term investors. We are not here to break anything up," he said.

Shares in Dekker Hoogland jumped 18% to 37.20 euros by 1015 GMT, suggesting investors see little chance of a rival offer.

Activist fund Kestrel Partners, which owns about 6% of the company, had argued that the business was worth at least 42 euros a share. A spokesperson for Kestrel said the fund was reviewing the terms and would not comment further.

The deal still needs approval from the European Commission and the Dutch ministry of economic affairs, which under a 2023 law can review foreign takeovers of companies seen as critical to national security.

According to two people familiar with the matter, officials in The Hague have already asked the consortium for guarantees on data held by the company's customs division. The ministry declined to comment.

"The government will look very carefully at any deal of this size in a strategic sector," Economic Affairs Minister Femke Dijkstra-Bouma told Dutch broadcaster NOS on Monday, without naming the company.

Analysts at ING called the price "full but fair". The offer is expected to close in the third quarter.

(Reporting by Sanne Willems in Amsterdam and Nurul Aina Rahim in Kuala Lumpur; Editing by Jan Harvey)""", [
        Q("it had agreed to a 4.3 billion euro ($4.7 billion) takeover by a consortium led by Malaysia's Perdana "
          "Capital and Abu Dhabi-based Al Noor Holdings", "indirect", "Dekker Hoogland", "Dekker Hoogland",
          speaker_at="Dekker Hoogland said on Tuesday"),
        Q("The consortium will pay 38.50 euros per share in cash, a premium of 31% to Dekker Hoogland's closing "
          "price before the approach became public in December", "indirect", "the companies", None),
        Q('"This offer recognises the value of our network and gives us the capital to grow faster in Asia and the '
          'Middle East,"', "direct", "Maarten van der Linden", "Maarten van der Linden"),
        Q("the board had rejected two earlier proposals as too low and would recommend the improved offer "
          "unanimously", "indirect", "Van der Linden", "Maarten van der Linden", speaker_at="Van der Linden said"),
        Q('"a jewel of European logistics"', "partial", "Hisham bin Rahmat", "Hisham bin Rahmat"),
        Q("the consortium had no plans to cut jobs in the Netherlands", "indirect", "Hisham bin Rahmat",
          "Hisham bin Rahmat"),
        Q('"We are long-term investors. We are not here to break anything up,"', "direct", "he",
          "Hisham bin Rahmat", speaker_at="he said"),
        Q("the business was worth at least 42 euros a share", "indirect", "Kestrel Partners", "Kestrel Partners"),
        Q("the fund was reviewing the terms and would not comment further", "indirect", "A spokesperson for Kestrel",
          None),
        Q("officials in The Hague have already asked the consortium for guarantees on data held by the company's "
          "customs division", "indirect", "two people familiar with the matter", None),
        Q('"The government will look very carefully at any deal of this size in a strategic sector,"', "direct",
          "Femke Dijkstra-Bouma", "Femke Dijkstra-Bouma"),
        Q('"full but fair"', "partial", "Analysts at ING", None),
    ], source="blind"),
    Case("blind10-ap-bus", """Bus plunges into ravine in Peru's Andes, killing at least 24

LIMA, Peru (AP) — A bus carrying passengers from a mining town to the coast plunged about 200 meters (650 feet) into a ravine in Peru's central Andes early Sunday, killing at least 24 people and injuring 15, authorities said.

The bus, operated by the company Transportes Wari Express, left the highway on a sharp bend near the town of Huanta in the Ayacucho region shortly before 3 a.m., according to a police report seen by The Associated Press.

"The vehicle rolled several times before it came to rest near the river. Many of the passengers were asleep," Col. Edwin Quispe Huamán, the regional police chief, told local radio station RPP.

Rescuers worked through the morning with ropes and stretchers to reach survivors, some of whom were trapped under the wreckage for hours. The injured, including three children, were taken to hospitals in Huanta and the regional capital, Ayacucho.

María Fernanda Ccori Palomino, 34, said she had been sitting near the back of the bus with her son when she felt it speed up. "The driver was going too fast, everyone was shouting at him to slow down," she said from a hospital bed. "Then it just fell."

Peru's Ministry of Transport and Communications said it had suspended the company's license while it investigated.

Transport Minister Julio Alberto Vargas de la Torre said the driver had been fined four times for speeding in the past two years and "should never have been behind the wheel."

"We are going to find out who allowed this bus to leave the terminal, and they will answer for it," Vargas de la Torre told reporters in Lima.

The company did not respond to requests for comment.

Road accidents are common in Peru, where buses often travel on narrow, winding mountain roads with few guardrails. According to the country's road safety observatory, more than 3,000 people died on Peru's roads last year.

Residents of Huanta lined up outside the local hospital on Sunday afternoon to donate blood.

"We are a small town. Everybody knows somebody who was on that bus," said Rosa Elvira Ayala, a shopkeeper.""", [
        Q("A bus carrying passengers from a mining town to the coast plunged about 200 meters (650 feet) into a "
          "ravine in Peru's central Andes early Sunday, killing at least 24 people and injuring 15", "indirect",
          "authorities", None),
        Q("The bus, operated by the company Transportes Wari Express, left the highway on a sharp bend near the "
          "town of Huanta in the Ayacucho region shortly before 3 a.m.", "indirect", "a police report", None),
        Q('"The vehicle rolled several times before it came to rest near the river. Many of the passengers were '
          'asleep,"', "direct", "Edwin Quispe Huamán", "Edwin Quispe Huamán"),
        Q("she had been sitting near the back of the bus with her son when she felt it speed up", "indirect",
          "María Fernanda Ccori Palomino", "María Fernanda Ccori Palomino"),
        Q('"The driver was going too fast, everyone was shouting at him to slow down,"', "direct", "she",
          "María Fernanda Ccori Palomino", speaker_at="she said from a hospital bed"),
        Q('"Then it just fell."', "direct", "she", "María Fernanda Ccori Palomino",
          speaker_at="she said from a hospital bed"),
        Q("it had suspended the company's license while it investigated", "indirect",
          "Ministry of Transport and Communications", "Ministry of Transport and Communications"),
        Q("the driver had been fined four times for speeding in the past two years", "indirect",
          "Julio Alberto Vargas de la Torre", "Julio Alberto Vargas de la Torre"),
        Q('"should never have been behind the wheel."', "partial", "Julio Alberto Vargas de la Torre",
          "Julio Alberto Vargas de la Torre"),
        Q('"We are going to find out who allowed this bus to leave the terminal, and they will answer for it,"',
          "direct", "Vargas de la Torre", "Julio Alberto Vargas de la Torre",
          speaker_at="Vargas de la Torre told"),
        Q("more than 3,000 people died on Peru's roads last year", "indirect",
          "the country's road safety observatory", None),
        Q('"We are a small town. Everybody knows somebody who was on that bus,"', "direct", "Rosa Elvira Ayala",
          "Rosa Elvira Ayala"),
    ], source="blind"),
    Case("blind10-guardian-inquest", """Teenager who died of sepsis after A&E wait was failed by hospital, coroner rules

A 17-year-old girl who died of sepsis after waiting nearly nine hours in an emergency department was failed by ‘a series of missed opportunities’, a coroner has ruled.

Amira Haddad-Owusu, from Easton in Bristol, died at Southmead hospital in February last year, two days after she was brought in by her mother with a high temperature and severe abdominal pain.

Concluding a five-day inquest at Avon coroner’s court on Thursday, the senior coroner, Dr Helen Marwood-Pryce, said the teenager’s condition had been ‘significantly underestimated’ at triage and that antibiotics should have been given at least four hours earlier.

‘On the balance of probabilities, had Amira received appropriate treatment when she first arrived, she would have survived,’ she said. ‘It is not for this court to apportion blame, but the failings were serious and they were sustained.’

The coroner said she would issue a prevention of future deaths report to North Bristol NHS Trust and to the Department of Health and Social Care.

Sandra Lewis-Okoro, the hospital’s operations manager, told the inquest that the emergency department had been running at 160% of its capacity on the night Amira arrived, and that two of the five consultants on the rota were off sick.

Giving evidence earlier in the week, Prof Nikhil Baruah, a consultant in emergency medicine, said staff had been ‘firefighting all night’.

‘We had patients on trolleys in every corridor,’ he told the court. ‘I am not making excuses. I am telling you what it was like.’

In a statement read outside court by the family’s solicitor, Amira’s mother, Leila Haddad, said her daughter had been ‘bright, funny and fearless’ and that she hoped no other family would have to go through what they had.

‘We told them again and again that something was badly wrong,’ she said. ‘Nobody listened to us until it was too late.’

The trust’s chief medical officer, Dr Tim Whitfield-Lang, said it ‘accepts the coroner’s findings in full’ and apologised to the family. He said changes had already been made, including a new sepsis screening tool and extra senior cover at night.

The Royal College of Emergency Medicine said the case showed the ‘human cost of overcrowding’ and called on the government to fund more beds.""", [
        Q("‘a series of missed opportunities’", "partial", "a coroner", "Helen Marwood-Pryce"),
        Q("‘significantly underestimated’", "partial", "Helen Marwood-Pryce", "Helen Marwood-Pryce"),
        Q("that antibiotics should have been given at least four hours earlier", "indirect", "Helen Marwood-Pryce",
          "Helen Marwood-Pryce"),
        Q("‘On the balance of probabilities, had Amira received appropriate treatment when she first arrived, she "
          "would have survived,’", "direct", "she", "Helen Marwood-Pryce", speaker_at="survived,’ she said"),
        Q("‘It is not for this court to apportion blame, but the failings were serious and they were sustained.’",
          "direct", "she", "Helen Marwood-Pryce", speaker_at="survived,’ she said"),
        Q("she would issue a prevention of future deaths report to North Bristol NHS Trust and to the Department "
          "of Health and Social Care", "indirect", "The coroner", "Helen Marwood-Pryce"),
        Q("that the emergency department had been running at 160% of its capacity on the night Amira arrived, and "
          "that two of the five consultants on the rota were off sick", "indirect", "Sandra Lewis-Okoro",
          "Sandra Lewis-Okoro"),
        Q("‘firefighting all night’", "partial", "Nikhil Baruah", "Nikhil Baruah"),
        Q("‘We had patients on trolleys in every corridor,’", "direct", "he", "Nikhil Baruah",
          speaker_at="he told the court"),
        Q("‘I am not making excuses. I am telling you what it was like.’", "direct", "he", "Nikhil Baruah",
          speaker_at="he told the court"),
        Q("‘bright, funny and fearless’", "partial", "Leila Haddad", "Leila Haddad"),
        Q("that she hoped no other family would have to go through what they had", "indirect", "Leila Haddad",
          "Leila Haddad"),
        Q("‘We told them again and again that something was badly wrong,’", "direct", "she", "Leila Haddad",
          speaker_at="wrong,’ she said"),
        Q("‘Nobody listened to us until it was too late.’", "direct", "she", "Leila Haddad",
          speaker_at="wrong,’ she said"),
        Q("‘accepts the coroner’s findings in full’", "partial", "Tim Whitfield-Lang", "Tim Whitfield-Lang"),
        Q("changes had already been made, including a new sepsis screening tool and extra senior cover at night",
          "indirect", "He", "Tim Whitfield-Lang", speaker_at="He said changes"),
        Q("‘human cost of overcrowding’", "partial", "The Royal College of Emergency Medicine",
          "Royal College of Emergency Medicine"),
    ], source="blind"),
    Case("blind10-abc-flood", """Ingham residents told to evacuate as Herbert River heads for record peak

Residents in parts of Ingham in north Queensland have been told to leave their homes immediately, as the Herbert River heads towards a peak that could break the record set in 1967.

The Bureau of Meteorology (BOM) said more than 600 millimetres of rain had fallen across parts of the catchment in the past 48 hours, with heavy falls forecast to continue into Tuesday.

“This is a dangerous and rapidly changing situation,” BOM senior meteorologist Shreya Iyer-Campbell said.

“We are seeing rainfall totals you would normally expect over an entire wet season fall in two days.”

Ms Iyer-Campbell said the river was likely to peak at about 15.5 metres late on Monday night.

Hinchinbrook Shire Mayor Tony Spina said the town had been cut off from Townsville and Cairns after sections of the Bruce Highway went under water.

“We’ve got people on rooftops in Halifax and Lucinda and our SES crews are stretched,” he told ABC Radio North Queensland.

“If you are asked to go, please go. Don’t wait for the water to come to your door.”

Queensland Police Deputy Commissioner Michelle Tupou-Baxter said more than 80 swift-water rescues had been carried out since Saturday.

According to police, a 63-year-old man is missing after his car was swept off a causeway near Trebonne on Sunday evening. The search was suspended overnight and resumed at first light.

Ms Tupou-Baxter urged drivers to stay off flooded roads. “If it’s flooded, forget it. It is as simple as that,” she said.

At the Ingham showgrounds evacuation centre, Warrgamay elder Uncle Bevan Tapsell said the community was pulling together.

“I’ve lived on this river my whole life and I’ve never seen it come up this quick,” he said. “But people are looking after each other, like they always do.”

Resident Kylie Nguyen, who fled her home on Cassady Street with her two children and three dogs, said the water rose faster than anyone expected.

“One minute it was in the yard, the next it was through the house,” she said.

The Australian Defence Force has sent two Chinook helicopters to help with resupply and evacuations.

The BOM has warned a tropical low in the Coral Sea could bring more heavy rain to the region later in the week.""", [
        Q("more than 600 millimetres of rain had fallen across parts of the catchment in the past 48 hours, with "
          "heavy falls forecast to continue into Tuesday", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("“This is a dangerous and rapidly changing situation,”", "direct", "Shreya Iyer-Campbell",
          "Shreya Iyer-Campbell"),
        Q("“We are seeing rainfall totals you would normally expect over an entire wet season fall in two days.”",
          "direct", "Shreya Iyer-Campbell", "Shreya Iyer-Campbell"),
        Q("the river was likely to peak at about 15.5 metres late on Monday night", "indirect", "Iyer-Campbell",
          "Shreya Iyer-Campbell", speaker_at="Ms Iyer-Campbell said"),
        Q("the town had been cut off from Townsville and Cairns after sections of the Bruce Highway went under water",
          "indirect", "Tony Spina", "Tony Spina"),
        Q("“We’ve got people on rooftops in Halifax and Lucinda and our SES crews are stretched,”", "direct", "he",
          "Tony Spina", speaker_at="he told ABC Radio"),
        Q("“If you are asked to go, please go. Don’t wait for the water to come to your door.”", "direct", "he",
          "Tony Spina", speaker_at="he told ABC Radio"),
        Q("more than 80 swift-water rescues had been carried out since Saturday", "indirect",
          "Michelle Tupou-Baxter", "Michelle Tupou-Baxter"),
        Q("a 63-year-old man is missing after his car was swept off a causeway near Trebonne on Sunday evening",
          "indirect", "police", None, speaker_at="According to police"),
        Q("“If it’s flooded, forget it. It is as simple as that,”", "direct", "she", "Michelle Tupou-Baxter",
          speaker_at="that,” she said"),
        Q("the community was pulling together", "indirect", "Bevan Tapsell", "Bevan Tapsell"),
        Q("“I’ve lived on this river my whole life and I’ve never seen it come up this quick,”", "direct", "he",
          "Bevan Tapsell", speaker_at="quick,” he said"),
        Q("“But people are looking after each other, like they always do.”", "direct", "he", "Bevan Tapsell",
          speaker_at="quick,” he said"),
        Q("the water rose faster than anyone expected", "indirect", "Kylie Nguyen", "Kylie Nguyen"),
        Q("“One minute it was in the yard, the next it was through the house,”", "direct", "she", "Kylie Nguyen",
          speaker_at="house,” she said"),
        Q("a tropical low in the Coral Sea could bring more heavy rain to the region later in the week", "indirect",
          "The BOM", "Bureau of Meteorology"),
    ], source="blind"),
    Case("blind10-rnz-rugby", """Hurricanes midfielder Te Rangi out for season with knee injury

Hurricanes midfielder Wiremu Te Rangi will miss the rest of the Super Rugby Pacific season after scans confirmed he ruptured the anterior cruciate ligament in his right knee.

The 24-year-old was helped from the field in the 52nd minute of Saturday’s 27-24 win over the Chiefs in Wellington. According to the Hurricanes, he will have surgery next week.

Head coach Hamish Tuiasosopo said the news had hit the squad hard.

“Wiremu’s one of the heartbeat guys in our group, on and off the field,” Tuiasosopo said.

“He’s gutted, we’re all gutted for him, but he’s a resilient young man and he’ll come back stronger.”

Te Rangi, who made his All Blacks debut against Fiji last July, had been widely tipped for selection for the end-of-year tour.

He posted a short message on Instagram on Monday night. “Not the news I wanted. Thanks for all the love, see you on the other side,” he wrote.

New Zealand Rugby’s head of high performance, Dr Mereana Hōhaia, told RNZ that players in the wider All Blacks squad would continue to be monitored by the national body during their recovery.

She said there had been an “unusual cluster” of knee injuries this season, but there was no evidence that playing surfaces were to blame.

That view is not shared by everyone. New Zealand Rugby Players’ Association chief executive Soana Havili-Marsh said players had raised concerns about the artificial turf at one venue “more than once”.

Tuiasosopo, who before the match had described the Chiefs as “the benchmark” of the competition, said Te Rangi’s replacement would be named on Thursday, with uncapped Ngāti Porou midfielder Kahu Pōtae-Williams in line for a call-up.

“There’s no one who can do exactly what Wiremu does,” he said. “So we’ll have to find a different way to play.”

“It’s a cruel game. We wish Wiremu all the best,” Chiefs coach Ruaridh McLeod-Waaka said.

The Hurricanes play the Blues at Eden Park on Saturday.""", [
        Q("he will have surgery next week", "indirect", "the Hurricanes", "Hurricanes",
          speaker_at="According to the Hurricanes"),
        Q("the news had hit the squad hard", "indirect", "Hamish Tuiasosopo", "Hamish Tuiasosopo"),
        Q("“Wiremu’s one of the heartbeat guys in our group, on and off the field,”", "direct", "Tuiasosopo",
          "Hamish Tuiasosopo", speaker_at="field,” Tuiasosopo said"),
        Q("“He’s gutted, we’re all gutted for him, but he’s a resilient young man and he’ll come back stronger.”",
          "direct", "Tuiasosopo", "Hamish Tuiasosopo", speaker_at="field,” Tuiasosopo said"),
        Q("“Not the news I wanted. Thanks for all the love, see you on the other side,”", "direct", "he",
          "Wiremu Te Rangi", speaker_at="he wrote"),
        Q("players in the wider All Blacks squad would continue to be monitored by the national body during their "
          "recovery", "indirect", "Mereana Hōhaia", "Mereana Hōhaia"),
        Q("“unusual cluster”", "partial", "She", "Mereana Hōhaia", speaker_at="She said there"),
        Q("there was no evidence that playing surfaces were to blame", "indirect", "She", "Mereana Hōhaia",
          speaker_at="She said there"),
        Q("players had raised concerns about the artificial turf at one venue", "indirect", "Soana Havili-Marsh",
          "Soana Havili-Marsh"),
        Q("“more than once”", "partial", "Soana Havili-Marsh", "Soana Havili-Marsh"),
        Q("“the benchmark”", "partial", "Tuiasosopo", "Hamish Tuiasosopo", speaker_at="Tuiasosopo, who before"),
        Q("Te Rangi’s replacement would be named on Thursday, with uncapped Ngāti Porou midfielder Kahu "
          "Pōtae-Williams in line for a call-up", "indirect", "Tuiasosopo", "Hamish Tuiasosopo",
          speaker_at="Tuiasosopo, who before"),
        Q("“There’s no one who can do exactly what Wiremu does,”", "direct", "he", "Hamish Tuiasosopo",
          speaker_at="does,” he said"),
        Q("“So we’ll have to find a different way to play.”", "direct", "he", "Hamish Tuiasosopo",
          speaker_at="does,” he said"),
        Q("“It’s a cruel game. We wish Wiremu all the best,”", "direct", "Ruaridh McLeod-Waaka",
          "Ruaridh McLeod-Waaka"),
    ], source="blind"),
    Case("blind10-cbc-meteorite", """Meteorite fragments recovered on Saskatchewan farm after fireball lights up Prairie sky

Researchers say they have recovered at least a dozen fragments of a meteorite that streaked across the sky over southern Saskatchewan last week, in what one scientist called "a once-in-a-career find."

The fireball was seen by hundreds of people from Regina to Brandon, Man., shortly after 9 p.m. CST on Feb. 21, and was captured on dozens of doorbell and dashboard cameras.

Using that footage and data from a network of all-sky cameras, a team from the University of Regina and Western University in London, Ont., narrowed down where pieces were likely to have landed.

Prof. Marie-Ève Tremblay-Gagnon, a planetary scientist at Western who led the search, said the first fragment was spotted on Sunday by a volunteer walking a snow-covered field near Weyburn.

"He just looked down and there it was, this black, glassy rock sitting on top of the snow," she said. "You don't get that lucky very often."

Tremblay-Gagnon said the largest piece found so far weighs about 340 grams. Early tests point to an ordinary chondrite, the most common type of meteorite, but she said the team would not know for sure until samples were analyzed in a lab.

The volunteer, Harjit Singh Dhillon, is a retired farmer and amateur astronomer from Weyburn.

"My wife thought I was crazy going out in –25 C to look for rocks," Dhillon told CBC News. "Now she wants to come with me."

The Canadian Space Agency (CSA) said in a statement it would help fund analysis of the samples, calling the discovery "a thrilling moment for Canadian planetary science."

Under Canadian law, meteorites belong to the owner of the land where they fall, but they cannot be taken out of the country without a permit under the Cultural Property Export and Import Act.

The owner of the field, Lorne Baptiste-Kowalchuk, said he planned to donate the largest piece to the Royal Saskatchewan Museum in Regina. "It fell out of the sky onto our farm, but it belongs to everybody," he said.

Chief Darren Littlechild of the nearby Pheasant Rump Nakota First Nation said the community had asked to be consulted about where the fragments end up, noting that such objects carry cultural significance for many First Nations.

Researchers are asking anyone who finds an unusual dark rock in the area not to handle it with bare hands and to contact the team.""", [
        Q("they have recovered at least a dozen fragments of a meteorite that streaked across the sky over southern "
          "Saskatchewan last week", "indirect", "Researchers", None, speaker_at="Researchers say"),
        Q('"a once-in-a-career find."', "partial", "one scientist", None),
        Q("the first fragment was spotted on Sunday by a volunteer walking a snow-covered field near Weyburn",
          "indirect", "Marie-Ève Tremblay-Gagnon", "Marie-Ève Tremblay-Gagnon"),
        Q('"He just looked down and there it was, this black, glassy rock sitting on top of the snow,"', "direct",
          "she", "Marie-Ève Tremblay-Gagnon", speaker_at='snow," she said'),
        Q('''"You don't get that lucky very often."''', "direct", "she", "Marie-Ève Tremblay-Gagnon",
          speaker_at='snow," she said'),
        Q("the largest piece found so far weighs about 340 grams", "indirect", "Tremblay-Gagnon",
          "Marie-Ève Tremblay-Gagnon", speaker_at="Tremblay-Gagnon said the largest"),
        Q("the team would not know for sure until samples were analyzed in a lab", "indirect", "she",
          "Marie-Ève Tremblay-Gagnon", speaker_at="she said the team"),
        Q('"My wife thought I was crazy going out in –25 C to look for rocks,"', "direct", "Dhillon",
          "Harjit Singh Dhillon", speaker_at="Dhillon told"),
        Q('"Now she wants to come with me."', "direct", "Dhillon", "Harjit Singh Dhillon",
          speaker_at="Dhillon told"),
        Q("it would help fund analysis of the samples", "indirect", "The Canadian Space Agency",
          "Canadian Space Agency"),
        Q('"a thrilling moment for Canadian planetary science."', "partial", "The Canadian Space Agency",
          "Canadian Space Agency"),
        Q("he planned to donate the largest piece to the Royal Saskatchewan Museum in Regina", "indirect",
          "Lorne Baptiste-Kowalchuk", "Lorne Baptiste-Kowalchuk"),
        Q('"It fell out of the sky onto our farm, but it belongs to everybody,"', "direct", "he",
          "Lorne Baptiste-Kowalchuk", speaker_at='everybody," he said'),
        Q("the community had asked to be consulted about where the fragments end up", "indirect",
          "Darren Littlechild", "Darren Littlechild"),
        Q("such objects carry cultural significance for many First Nations", "indirect", "Darren Littlechild",
          "Darren Littlechild"),
    ], source="blind"),
    Case("blind10-toi-cricket", """Rathore's five-for puts India in command in Ahmedabad

AHMEDABAD: On a pitch that England captain Oliver Whitcombe-Hale had called "a bit of a lottery" on the eve of the Test, it was India's left-arm spinner Aniket Rathore who held all the winning tickets on Day 2 at the Narendra Modi Stadium on Friday.

The 26-year-old from Jodhpur returned figures of 5/48 as England were bowled out for 212 in reply to India's 389, handing the hosts a first-innings lead of 177. By stumps, India had stretched the advantage to 241 for the loss of two wickets, with opener Karan Sehgal unbeaten on 38.

"I wasn't thinking about five wickets. I was just trying to bowl one good ball after another and let the pitch do the rest," Rathore said at the post-day press conference.

Rathore, who was left out after the Wellington Test last year, credited bowling coach T Ramachandran with helping him rediscover his rhythm. "Ram sir told me to stop trying too many variations. Keep it simple, hit the top of off stump. That's all I did today," he said.

Whitcombe-Hale admitted his batters had let themselves down. "We got ourselves in and then got out to some soft dismissals. That's not Test cricket," he said, adding that the series was "far from over".

The England skipper, however, refused to blame the surface. "It's turning, but it's turning for both teams. Their spinners bowled better than ours, simple as that," he said.

Speaking to TOI, former India off-spinner Gurdeep Bhullar said Rathore's control was "as good as anything I've seen from an Indian left-armer in a long time". "He doesn't give you a single ball to hit. On this surface, that is the whole game," Bhullar said.

According to stadium officials, a crowd of more than 52,000 turned up on Friday, the biggest for a Test day at the venue since it was rebuilt.

Chief curator Kantilal Bhatt told TOI that the pitch would "keep deteriorating" and that the side batting last would face "a real examination".

India will look to bat for most of Saturday before setting England a target, sources in the team management said.""", [
        Q('"a bit of a lottery"', "partial", "Oliver Whitcombe-Hale", "Oliver Whitcombe-Hale"),
        Q('''"I wasn't thinking about five wickets. I was just trying to bowl one good ball after another and let '''
          '''the pitch do the rest,"''', "direct", "Rathore", "Aniket Rathore", speaker_at="Rathore said at"),
        Q('''"Ram sir told me to stop trying too many variations. Keep it simple, hit the top of off stump. That's '''
          '''all I did today,"''', "direct", "he", "Aniket Rathore", speaker_at='today," he said'),
        Q("his batters had let themselves down", "indirect", "Whitcombe-Hale", "Oliver Whitcombe-Hale",
          speaker_at="Whitcombe-Hale admitted"),
        Q('''"We got ourselves in and then got out to some soft dismissals. That's not Test cricket,"''', "direct",
          "he", "Oliver Whitcombe-Hale", speaker_at='cricket," he said'),
        Q('"far from over"', "partial", "he", "Oliver Whitcombe-Hale", speaker_at='cricket," he said'),
        Q('''"It's turning, but it's turning for both teams. Their spinners bowled better than ours, simple as '''
          '''that,"''', "direct", "he", "Oliver Whitcombe-Hale", speaker_at='simple as that," he said'),
        Q('''"as good as anything I've seen from an Indian left-armer in a long time"''', "partial",
          "Gurdeep Bhullar", "Gurdeep Bhullar"),
        Q('''"He doesn't give you a single ball to hit. On this surface, that is the whole game,"''', "direct",
          "Bhullar", "Gurdeep Bhullar", speaker_at='game," Bhullar said'),
        Q("a crowd of more than 52,000 turned up on Friday, the biggest for a Test day at the venue since it was "
          "rebuilt", "indirect", "stadium officials", None),
        Q('"keep deteriorating"', "partial", "Kantilal Bhatt", "Kantilal Bhatt"),
        Q('"a real examination"', "partial", "Kantilal Bhatt", "Kantilal Bhatt"),
        Q("India will look to bat for most of Saturday before setting England a target", "indirect",
          "sources in the team management", None),
    ], source="blind"),
    Case("blind10-star-cholera", """Cholera cases in Kisumu rise to 212 as county steps up response

Cholera cases in Kisumu county have risen to 212, with four deaths recorded since the outbreak was confirmed two weeks ago, the county health department has said.

Health executive Dr Achieng' Odhiambo-Were said most of the cases had been recorded in the informal settlements of Nyalenda, Manyatta and Obunga, where access to clean water remains a challenge.

"We have deployed rapid response teams to all the affected wards and we are distributing water treatment tablets door to door," Odhiambo-Were said during a press briefing at Jaramogi Oginga Odinga Teaching and Referral Hospital on Tuesday.

She said samples taken from three boreholes in Nyalenda had tested positive for Vibrio cholerae and the boreholes had since been sealed.

"I want to urge our residents to boil drinking water and to wash their hands with soap," she said. "Cholera is preventable and it is treatable if you come to hospital early."

The Ministry of Health said it had dispatched 50,000 doses of oral cholera vaccine to the county.

Public Health Principal Secretary Dr Wanjiku Kamau-Mwangi said the vaccination drive would target residents of the worst-hit wards from Thursday. According to Kamau-Mwangi, laboratory tests by the Kenya Medical Research Institute (Kemri) showed the strain was the same one behind last year's outbreak in Migori.

Residents who spoke to the Star complained that water supply had been erratic for weeks.

"Sometimes we go three days without water from the taps. Then what do you do? You buy from vendors and you don't know where that water comes from," said Beatrice Akinyi, a mother of four in Obunga.

"Hali ni mbaya sana," said Mzee Joseph Opiyo, a village elder in Manyatta, adding that two of his neighbours had been admitted to hospital last week.

Kisumu Water and Sanitation Company (Kiwasco) managing director Fredrick Otieno-Ouma told the Star that a burst pipe in Kanyakwar had disrupted supply to parts of the city and that repairs would be completed by Friday.

He said the company had deployed water bowsers to the affected estates in the meantime.

"We apologise to our customers for the inconvenience," Otieno-Ouma said.""", [
        Q("Cholera cases in Kisumu county have risen to 212, with four deaths recorded since the outbreak was "
          "confirmed two weeks ago", "indirect", "the county health department", None),
        Q("most of the cases had been recorded in the informal settlements of Nyalenda, Manyatta and Obunga",
          "indirect", "Achieng' Odhiambo-Were", "Achieng' Odhiambo-Were"),
        Q('"We have deployed rapid response teams to all the affected wards and we are distributing water treatment '
          'tablets door to door,"', "direct", "Odhiambo-Were", "Achieng' Odhiambo-Were",
          speaker_at="Odhiambo-Were said during"),
        Q("samples taken from three boreholes in Nyalenda had tested positive for Vibrio cholerae and the boreholes "
          "had since been sealed", "indirect", "She", "Achieng' Odhiambo-Were", speaker_at="She said samples"),
        Q('"I want to urge our residents to boil drinking water and to wash their hands with soap,"', "direct",
          "she", "Achieng' Odhiambo-Were", speaker_at='soap," she said'),
        Q('"Cholera is preventable and it is treatable if you come to hospital early."', "direct", "she",
          "Achieng' Odhiambo-Were", speaker_at='soap," she said'),
        Q("it had dispatched 50,000 doses of oral cholera vaccine to the county", "indirect", "The Ministry of Health",
          "Ministry of Health"),
        Q("the vaccination drive would target residents of the worst-hit wards from Thursday", "indirect",
          "Wanjiku Kamau-Mwangi", "Wanjiku Kamau-Mwangi"),
        Q("laboratory tests by the Kenya Medical Research Institute (Kemri) showed the strain was the same one behind "
          "last year's outbreak in Migori", "indirect", "Kamau-Mwangi", "Wanjiku Kamau-Mwangi",
          speaker_at="According to Kamau-Mwangi"),
        Q("water supply had been erratic for weeks", "indirect", "Residents", None,
          speaker_at="Residents who spoke"),
        Q('''"Sometimes we go three days without water from the taps. Then what do you do? You buy from vendors and '''
          '''you don't know where that water comes from,"''', "direct", "Beatrice Akinyi", "Beatrice Akinyi"),
        Q('"Hali ni mbaya sana,"', "direct", "Joseph Opiyo", "Joseph Opiyo"),
        Q("two of his neighbours had been admitted to hospital last week", "indirect", "Joseph Opiyo",
          "Joseph Opiyo"),
        Q("a burst pipe in Kanyakwar had disrupted supply to parts of the city and that repairs would be completed "
          "by Friday", "indirect", "Fredrick Otieno-Ouma", "Fredrick Otieno-Ouma"),
        Q("the company had deployed water bowsers to the affected estates in the meantime", "indirect", "He",
          "Fredrick Otieno-Ouma", speaker_at="He said the company"),
        Q('"We apologise to our customers for the inconvenience,"', "direct", "Otieno-Ouma", "Fredrick Otieno-Ouma",
          speaker_at="Otieno-Ouma said"),
    ], source="blind"),
    Case("blind10-premiumtimes-court", """Court grants ex-Kogi commissioner N500m bail in N4.2bn fraud case

A Federal High Court in Abuja on Wednesday granted bail to a former Commissioner for Finance in Kogi State, Sani Bello-Danjuma, who is being prosecuted by the Economic and Financial Crimes Commission (EFCC) over an alleged N4.2 billion fraud.

The trial judge, Obiora Nwankwo-Eze, fixed the bail at N500 million with two sureties in like sum, one of whom must be a director in the federal civil service.

Mr Bello-Danjuma was arraigned last Thursday on 14 counts bordering on conspiracy, money laundering and diversion of public funds. He pleaded not guilty to all the charges.

Ruling on the bail application, Justice Nwankwo-Eze said the defendant had “not shown any tendency to jump bail” since his arrest in September and that the offences with which he was charged were bailable.

“The law is settled that bail is at the discretion of the court, and that discretion must be exercised judicially and judiciously,” the judge said. “Nothing has been placed before this court to show that the defendant will interfere with witnesses.”

Prosecution counsel, Ibrahim Yusuf-Garba, had urged the court to refuse the application, telling the court that the defendant held two foreign passports and “could take flight at the slightest opportunity”.

Counsel to the defendant, Chief Emeka Okonkwo-Nnaji, a Senior Advocate of Nigeria (SAN), described the charges as “a political witch-hunt”.

“My client has nothing to hide,” Mr Okonkwo-Nnaji told journalists after the proceedings. “He submitted himself to the EFCC voluntarily, and he will be in court on every adjourned date.”

In a statement on Wednesday, the EFCC’s head of media and publicity, Hauwa Abdulkadir-Ismail, said the commission was “confident of its case” and that it would present 11 witnesses.

According to the commission, about N1.8 billion of the funds was moved through a network of shell companies and used to buy property in Abuja, Dubai and London between 2019 and 2022.

PREMIUM TIMES had reported in 2023 that the former commissioner was declared wanted by the EFCC after he failed to honour several invitations.

The judge adjourned the matter until 12 March for the commencement of trial.""", [
        Q("“not shown any tendency to jump bail”", "partial", "Nwankwo-Eze", "Obiora Nwankwo-Eze",
          speaker_at="Justice Nwankwo-Eze said"),
        Q("that the offences with which he was charged were bailable", "indirect", "Nwankwo-Eze",
          "Obiora Nwankwo-Eze", speaker_at="Justice Nwankwo-Eze said"),
        Q("“The law is settled that bail is at the discretion of the court, and that discretion must be exercised "
          "judicially and judiciously,”", "direct", "the judge", "Obiora Nwankwo-Eze",
          speaker_at="the judge said"),
        Q("“Nothing has been placed before this court to show that the defendant will interfere with witnesses.”",
          "direct", "the judge", "Obiora Nwankwo-Eze", speaker_at="the judge said"),
        Q("that the defendant held two foreign passports", "indirect", "Ibrahim Yusuf-Garba", "Ibrahim Yusuf-Garba"),
        Q("“could take flight at the slightest opportunity”", "partial", "Ibrahim Yusuf-Garba",
          "Ibrahim Yusuf-Garba"),
        Q("“a political witch-hunt”", "partial", "Emeka Okonkwo-Nnaji", "Emeka Okonkwo-Nnaji"),
        Q("“My client has nothing to hide,”", "direct", "Okonkwo-Nnaji", "Emeka Okonkwo-Nnaji",
          speaker_at="Mr Okonkwo-Nnaji told"),
        Q("“He submitted himself to the EFCC voluntarily, and he will be in court on every adjourned date.”",
          "direct", "Okonkwo-Nnaji", "Emeka Okonkwo-Nnaji", speaker_at="Mr Okonkwo-Nnaji told"),
        Q("“confident of its case”", "partial", "Hauwa Abdulkadir-Ismail", "Hauwa Abdulkadir-Ismail"),
        Q("that it would present 11 witnesses", "indirect", "Hauwa Abdulkadir-Ismail", "Hauwa Abdulkadir-Ismail"),
        Q("about N1.8 billion of the funds was moved through a network of shell companies and used to buy property "
          "in Abuja, Dubai and London between 2019 and 2022", "indirect", "the commission",
          "Economic and Financial Crimes Commission", speaker_at="According to the commission"),
        Q("that the former commissioner was declared wanted by the EFCC after he failed to honour several "
          "invitations", "indirect", "PREMIUM TIMES", "Premium Times"),
    ], source="blind"),
    Case("blind10-maverick-platinum", """Bokamoso Platinum’s earnings slump 71% as Amcu threatens strike over job cuts

Bokamoso Platinum on Thursday reported a 71% drop in headline earnings for the six months to December, blaming a slump in palladium and rhodium prices, and warned that up to 2,600 jobs were at risk at its Rustenburg operations.

Headline earnings per share fell to R2.14 from R7.38 a year earlier, while revenue declined 23% to R18.6-billion, the company said in its interim results.

“These are the toughest conditions our industry has faced in more than a decade,” chief executive Pieter du Toit told Daily Maverick. “We cannot keep producing ounces at a loss and hope that prices come back.”

Du Toit said the company had started a Section 189 consultation process — the legal step employers must take before retrenchments — covering two shafts at its Siphumelele complex.

He insisted that retrenchments would be “a last resort”, adding that the company would first look at voluntary separation packages, redeployment and a hiring freeze.

Chief financial officer Nomvula Mahlangu-Nkosi said net debt had risen to R4.1-billion and that the board had decided not to declare an interim dividend.

The Association of Mineworkers and Construction Union (Amcu), which represents about 60% of workers at the affected shafts, said it would not accept a single job loss.

Amcu’s regional chairperson in Bojanala, Sipho “Bra Si” Mokoena, said the union would consult its members on a possible strike in the coming weeks.

“Every time the rand price of platinum goes down, it is the workers who must pay. When prices were high, where was this ‘partnership’ they talk about?” Mokoena said.

“They paid R600-million in dividends two years ago. Now they want to send 2,600 people home to villages in the Eastern Cape and Lesotho with nothing.”

The National Union of Mineworkers (NUM) struck a more cautious tone. Its spokesperson, Tshepo Radebe-Maluleke, said the NUM would engage with the company “in good faith” but would oppose any retrenchments “while executives walk away with bonuses”.

Analysts were unsurprised by the numbers. “The whole PGM sector is in survival mode,” said Chantal van Wyk-Pillay, a mining analyst at Meridian Securities. “Anyone with deep-level, labour-intensive shafts is looking at the same arithmetic.”

Shares in Bokamoso fell 6.2% to R41.80 on the JSE by midday on Thursday. DM""", [
        Q("that up to 2,600 jobs were at risk at its Rustenburg operations", "indirect", "Bokamoso Platinum",
          "Bokamoso Platinum", speaker_at="Bokamoso Platinum on Thursday"),
        Q("Headline earnings per share fell to R2.14 from R7.38 a year earlier, while revenue declined 23% to "
          "R18.6-billion", "indirect", "the company", "Bokamoso Platinum",
          speaker_at="the company said in its interim"),
        Q("“These are the toughest conditions our industry has faced in more than a decade,”", "direct",
          "Pieter du Toit", "Pieter du Toit"),
        Q("“We cannot keep producing ounces at a loss and hope that prices come back.”", "direct", "Pieter du Toit",
          "Pieter du Toit"),
        Q("the company had started a Section 189 consultation process — the legal step employers must take before "
          "retrenchments — covering two shafts at its Siphumelele complex", "indirect", "Du Toit",
          "Pieter du Toit", speaker_at="Du Toit said"),
        Q("“a last resort”", "partial", "He", "Pieter du Toit", speaker_at="He insisted"),
        Q("that the company would first look at voluntary separation packages, redeployment and a hiring freeze",
          "indirect", "He", "Pieter du Toit", speaker_at="He insisted"),
        Q("net debt had risen to R4.1-billion and that the board had decided not to declare an interim dividend",
          "indirect", "Nomvula Mahlangu-Nkosi", "Nomvula Mahlangu-Nkosi"),
        Q("it would not accept a single job loss", "indirect", "The Association of Mineworkers and Construction Union",
          "Association of Mineworkers and Construction Union"),
        Q("the union would consult its members on a possible strike in the coming weeks", "indirect", "Mokoena",
          "Sipho Mokoena", speaker_at="Bra Si” Mokoena"),
        Q("“Every time the rand price of platinum goes down, it is the workers who must pay. When prices were high, "
          "where was this ‘partnership’ they talk about?”", "direct", "Mokoena", "Sipho Mokoena",
          speaker_at="about?” Mokoena said"),
        Q("“They paid R600-million in dividends two years ago. Now they want to send 2,600 people home to villages "
          "in the Eastern Cape and Lesotho with nothing.”", "direct", "Mokoena", "Sipho Mokoena",
          speaker_at="about?” Mokoena said"),
        Q("the NUM would engage with the company", "indirect", "Tshepo Radebe-Maluleke", "Tshepo Radebe-Maluleke"),
        Q("“in good faith”", "partial", "Tshepo Radebe-Maluleke", "Tshepo Radebe-Maluleke"),
        Q("“while executives walk away with bonuses”", "partial", "Tshepo Radebe-Maluleke",
          "Tshepo Radebe-Maluleke"),
        Q("“The whole PGM sector is in survival mode,”", "direct", "Chantal van Wyk-Pillay",
          "Chantal van Wyk-Pillay"),
        Q("“Anyone with deep-level, labour-intensive shafts is looking at the same arithmetic.”", "direct",
          "Chantal van Wyk-Pillay", "Chantal van Wyk-Pillay"),
    ], source="blind"),
    Case("blind10-taipeitimes-budget", """KMT, DPP trade barbs over submarine budget freeze

Staff writer, with CNA

Chinese Nationalist Party (KMT) and Democratic Progressive Party (DPP) lawmakers yesterday traded accusations over a proposal to freeze part of next year's defense budget, as the legislature's Foreign and National Defense Committee began reviewing the spending plan.

KMT Legislator Huang Chien-hao (黃建豪) said his caucus would seek to freeze NT$9 billion (US$276 million) earmarked for the domestic submarine program until the Ministry of National Defense provided a "credible" timeline for sea trials.

"We support a strong military, but we will not sign a blank check," Huang told reporters at the Legislative Yuan in Taipei. "Taxpayers deserve to know where their money is going."

DPP Legislator Tsai Mei-ling (蔡美玲) accused the KMT of "sabotaging national security" and of repeating talking points from Beijing.

"Every dollar they cut is a gift to the Chinese Communist Party," Tsai said, adding that the submarine program was central to the nation's "porcupine" strategy of asymmetric defense.

Deputy Minister of National Defense Lo Kuan-ting (羅冠廷) told the committee that the first indigenous submarine, the Hai Kun (海鯤), had completed most of its harbor acceptance tests and that the delays were "within a reasonable range."

"The boat is not yet where we want it to be, but it is moving in the right direction," Lo said. He declined to say when the vessel would be handed over to the navy.

The Taiwan People's Party (TPP), which holds the balance of power in the legislature, has not said how it would vote. TPP caucus whip Ko Ya-ting (柯雅婷) said the party would "vote on the merits" and urged both sides to "lower the temperature."

The Presidential Office said in a statement that it respected the legislature's oversight role, but hoped lawmakers would "put the nation's security above party interests."

Meanwhile, 58.3 percent of respondents supported increasing defense spending and 31.2 percent were opposed, according to a poll released on Monday by the Taiwanese Public Opinion Foundation.

The committee is scheduled to resume its review on Thursday.""", [
        Q("his caucus would seek to freeze NT$9 billion (US$276 million) earmarked for the domestic submarine "
          "program", "indirect", "Huang Chien-hao", "Huang Chien-hao"),
        Q('"credible"', "partial", "Huang Chien-hao", "Huang Chien-hao"),
        Q('"We support a strong military, but we will not sign a blank check,"', "direct", "Huang",
          "Huang Chien-hao", speaker_at="Huang told"),
        Q('"Taxpayers deserve to know where their money is going."', "direct", "Huang", "Huang Chien-hao",
          speaker_at="Huang told"),
        Q('"sabotaging national security"', "partial", "Tsai Mei-ling", "Tsai Mei-ling"),
        Q('"Every dollar they cut is a gift to the Chinese Communist Party,"', "direct", "Tsai", "Tsai Mei-ling",
          speaker_at="Tsai said"),
        Q('''that the submarine program was central to the nation's "porcupine" strategy of asymmetric defense''',
          "indirect", "Tsai", "Tsai Mei-ling", speaker_at="Tsai said"),
        Q("that the first indigenous submarine, the Hai Kun (海鯤), had completed most of its harbor acceptance tests",
          "indirect", "Lo Kuan-ting", "Lo Kuan-ting"),
        Q('"within a reasonable range."', "partial", "Lo Kuan-ting", "Lo Kuan-ting"),
        Q('"The boat is not yet where we want it to be, but it is moving in the right direction,"', "direct", "Lo",
          "Lo Kuan-ting", speaker_at="Lo said"),
        Q('"vote on the merits"', "partial", "Ko Ya-ting", "Ko Ya-ting"),
        Q('"lower the temperature."', "partial", "Ko Ya-ting", "Ko Ya-ting"),
        Q("that it respected the legislature's oversight role", "indirect", "The Presidential Office",
          "Presidential Office"),
        Q('''"put the nation's security above party interests."''', "partial", "The Presidential Office",
          "Presidential Office"),
        Q("58.3 percent of respondents supported increasing defense spending and 31.2 percent were opposed",
          "indirect", "the Taiwanese Public Opinion Foundation", "Taiwanese Public Opinion Foundation"),
    ], source="blind"),
    Case("blind10-koreaherald-obituary", """Novelist Park Hye-won, chronicler of postwar Seoul's alleys, dies at 87

Park Hye-won, the novelist whose stories of working-class families in the hillside neighborhoods of postwar Seoul won her a devoted readership and most of the country's major literary prizes, died Tuesday. She was 87.

Her publisher, Haneul Books, said she died of complications from pneumonia at a hospital in Seoul, surrounded by her family.

Born in 1937 in Kaesong, now in North Korea, Park fled south with her mother during the 1950-53 Korean War and grew up in a rented room in Ahyeon-dong, western Seoul. She began publishing short stories in the 1960s while working as a typist at a trading company.

Her best-known novel, "The Clothesline on Ahyeon Hill" (1979), sold more than a million copies and was adapted into a film in 1986. The short story collection "Rain Over Cheonggyecheon" won the Yi Sang Literary Award in 1984.

In a 2015 interview with The Korea Herald, Park said she wrote "for the women who never had time to read."

"I did not want to make poverty beautiful. I wanted to make it visible," she said in the same interview. "If a reader finishes my book and looks at the old woman collecting cardboard a little differently, that is enough."

Culture Minister Yoon Ji-seok said in a statement that Park had "given a voice to a generation that built this country with its hands but was rarely allowed to speak."

Fellow novelist Kim Seo-yeon, who studied under Park in the 1990s, described her as "a fierce teacher and a generous friend."

"She would cross out half of what you wrote and then take you out for kalguksu," Kim told The Korea Herald by phone. "She never praised anything she didn't mean."

Singer-songwriter Hanbyeol, whose 2018 hit "Ahyeon Hill" was inspired by the novel, wrote on Instagram: "Thank you for teaching me how to look at the people around me. Rest well, teacher."

Park's son, Lee Jun-ho, told Yonhap News Agency that his mother had kept writing by hand until last autumn and left an unfinished manuscript about her childhood in Kaesong.

She is survived by her son, two daughters and five grandchildren. The funeral will be held Thursday at Seoul National University Hospital.""", [
        Q("she died of complications from pneumonia at a hospital in Seoul, surrounded by her family", "indirect",
          "Haneul Books", "Haneul Books"),
        Q('"for the women who never had time to read."', "partial", "Park", "Park Hye-won",
          speaker_at="Park said she wrote"),
        Q('"I did not want to make poverty beautiful. I wanted to make it visible,"', "direct", "she",
          "Park Hye-won", speaker_at='visible," she said'),
        Q('"If a reader finishes my book and looks at the old woman collecting cardboard a little differently, that '
          'is enough."', "direct", "she", "Park Hye-won", speaker_at='visible," she said'),
        Q('"given a voice to a generation that built this country with its hands but was rarely allowed to speak."',
          "partial", "Yoon Ji-seok", "Yoon Ji-seok"),
        Q('"a fierce teacher and a generous friend."', "partial", "Kim Seo-yeon", "Kim Seo-yeon"),
        Q('"She would cross out half of what you wrote and then take you out for kalguksu,"', "direct", "Kim",
          "Kim Seo-yeon", speaker_at="Kim told"),
        Q('''"She never praised anything she didn't mean."''', "direct", "Kim", "Kim Seo-yeon",
          speaker_at="Kim told"),
        Q('"Thank you for teaching me how to look at the people around me. Rest well, teacher."', "direct",
          "Hanbyeol", "Hanbyeol"),
        Q("that his mother had kept writing by hand until last autumn and left an unfinished manuscript about her "
          "childhood in Kaesong", "indirect", "Lee Jun-ho", "Lee Jun-ho"),
    ], source="blind"),
    Case("blind10-gulfnews-marathon", """Ethiopia’s Yohannes Girma smashes Dubai Marathon course record

Dubai: Ethiopia’s Yohannes Girma stormed to victory in the Dubai Marathon on Sunday, breaking away from a leading pack of seven at the 35km mark to finish in 2:04:51, the fastest time ever run on the course.

Kenya’s Faith Chepkoech Kiprono won the women’s race in 2:18:07, holding off Ethiopia’s Tigist Alemayehu by four seconds in a sprint down Umm Suqeim Road.

Girma, 23, was running only his second marathon. “I didn’t come here thinking about the record,” he said through an interpreter. “My coach told me to be patient and wait for the last seven kilometres.

“When I looked back at 38km and there was nobody there, I knew it was my day.”

The National Centre of Meteorology (NCM) said temperatures at the 6am start were around 16°C, with a light northwesterly breeze.

Chepkoech Kiprono, a 29-year-old mother of two from Iten, said she had been training at altitude since November with Dubai as her only target.

“This one is for my daughters. They were watching at home and I know they were screaming,” she said, laughing.

Alemayehu told reporters she had “no regrets” and would be back next year to “finish the job”.

Organisers said more than 30,000 runners took part across the marathon, the 10km race and the 4km fun run.

Sheikh Saif bin Ahmed Al Qasimi, chairman of the organising committee, said the record would put Dubai “firmly on the map” for the world’s top marathoners.

“Dubai has shown once again that it can host world-class sport for elite athletes and for families, side by side,” he said.

Race director Ahmad Al Kaabi said the course would be re-measured by World Athletics officials before the record could be ratified.

Among the amateurs crossing the line was Filipino nurse Maria Luisa dela Cruz-Santos, 41, who took up running during the pandemic. “I started running to deal with stress at the hospital,” she said. “Now I’ve done my first marathon. I still can’t believe it.”""", [
        Q("“I didn’t come here thinking about the record,”", "direct", "he", "Yohannes Girma",
          speaker_at="he said through"),
        Q("“My coach told me to be patient and wait for the last seven kilometres.", "direct", "he",
          "Yohannes Girma", speaker_at="he said through"),
        Q("“When I looked back at 38km and there was nobody there, I knew it was my day.”", "direct", "he",
          "Yohannes Girma", speaker_at="he said through"),
        Q("temperatures at the 6am start were around 16°C, with a light northwesterly breeze", "indirect",
          "The National Centre of Meteorology", "National Centre of Meteorology"),
        Q("she had been training at altitude since November with Dubai as her only target", "indirect",
          "Chepkoech Kiprono", "Faith Chepkoech Kiprono", speaker_at="Chepkoech Kiprono, a 29"),
        Q("“This one is for my daughters. They were watching at home and I know they were screaming,”", "direct",
          "she", "Faith Chepkoech Kiprono", speaker_at="screaming,” she said"),
        Q("“no regrets”", "partial", "Alemayehu", "Tigist Alemayehu", speaker_at="Alemayehu told"),
        Q("“finish the job”", "partial", "Alemayehu", "Tigist Alemayehu", speaker_at="Alemayehu told"),
        Q("more than 30,000 runners took part across the marathon, the 10km race and the 4km fun run", "indirect",
          "Organisers", None),
        Q("“firmly on the map”", "partial", "Saif bin Ahmed Al Qasimi", "Saif bin Ahmed Al Qasimi"),
        Q("“Dubai has shown once again that it can host world-class sport for elite athletes and for families, side "
          "by side,”", "direct", "he", "Saif bin Ahmed Al Qasimi", speaker_at="side by side,” he said"),
        Q("the course would be re-measured by World Athletics officials before the record could be ratified",
          "indirect", "Ahmad Al Kaabi", "Ahmad Al Kaabi"),
        Q("“I started running to deal with stress at the hospital,”", "direct", "she",
          "Maria Luisa dela Cruz-Santos", speaker_at="hospital,” she said"),
        Q("“Now I’ve done my first marathon. I still can’t believe it.”", "direct", "she",
          "Maria Luisa dela Cruz-Santos", speaker_at="hospital,” she said"),
    ], source="blind"),
    Case("blind10-batimes-election", """Peronist Lucía Fernández Arrieta wins Río Negro governorship

Peronist candidate Lucía Fernández Arrieta won the governorship of Río Negro on Sunday, beating the La Libertad Avanza (LLA) candidate by almost nine points in a race widely read as a test of the national government’s standing in Patagonia.

With 97 percent of ballot boxes counted, Fernández Arrieta had 44.6 percent of the vote against 35.8 percent for LLA’s Martín Echeverría Sosa, according to the provincial electoral tribunal. Turnout was 68 percent, the lowest in a gubernatorial race in the province since the return of democracy in 1983.

“Río Negro has spoken loud and clear. People want jobs, they want their hospitals working and they want a government that listens,” Fernández Arrieta told a packed rally in Viedma, the provincial capital.

The 51-year-old economist and former mayor of General Roca promised to “govern for everyone, including those who did not vote for us” and said her first priority would be to reopen wage talks with state workers.

Echeverría Sosa conceded shortly before midnight. “The voters have sent us a message and we have to listen to it with humility,” he wrote on X, adding that LLA would remain “the main opposition force” in the provincial legislature.

At the Casa Rosada, a government spokesperson played down the result, telling reporters that provincial elections “have their own logic” and that the ruling party had increased its vote share compared with 2023.

But the campaign was dominated by the government’s “chainsaw” austerity programme, with Fernández Arrieta blaming the cuts for the closure of two rail services and delays to public works across the province.

Political scientist Ignacio Ruiz de Olano, of the Universidad de San Andrés, said the outcome showed the limits of the LLA’s strategy of turning local contests into national referendums.

“The national brand is still strong in the big cities, but in the interior people vote on very concrete things: the price of gas, the state of the roads, whether the hospital has doctors,” he told the Buenos Aires Times.

The provincial teachers’ union UnTER (Unión de Trabajadores de la Educación de Río Negro), which did not endorse a candidate, said in a statement it expected the new government to “honour its promises from day one”.

According to Diario Río Negro, the governor-elect will take office on December 10 and is expected to name her cabinet next week.""", [
        Q("Fernández Arrieta had 44.6 percent of the vote against 35.8 percent for LLA’s Martín Echeverría Sosa",
          "indirect", "the provincial electoral tribunal", None),
        Q("“Río Negro has spoken loud and clear. People want jobs, they want their hospitals working and they want a "
          "government that listens,”", "direct", "Fernández Arrieta", "Lucía Fernández Arrieta",
          speaker_at="Fernández Arrieta told a packed"),
        Q("“govern for everyone, including those who did not vote for us”", "partial",
          "The 51-year-old economist and former mayor of General Roca", "Lucía Fernández Arrieta"),
        Q("her first priority would be to reopen wage talks with state workers", "indirect",
          "The 51-year-old economist and former mayor of General Roca", "Lucía Fernández Arrieta"),
        Q("“The voters have sent us a message and we have to listen to it with humility,”", "direct", "he",
          "Martín Echeverría Sosa", speaker_at="he wrote on X"),
        Q("“the main opposition force”", "partial", "he", "Martín Echeverría Sosa", speaker_at="he wrote on X"),
        Q("“have their own logic”", "partial", "a government spokesperson", None),
        Q("that the ruling party had increased its vote share compared with 2023", "indirect",
          "a government spokesperson", None),
        Q("the outcome showed the limits of the LLA’s strategy of turning local contests into national referendums",
          "indirect", "Ignacio Ruiz de Olano", "Ignacio Ruiz de Olano"),
        Q("“The national brand is still strong in the big cities, but in the interior people vote on very concrete "
          "things: the price of gas, the state of the roads, whether the hospital has doctors,”", "direct", "he",
          "Ignacio Ruiz de Olano", speaker_at="he told the Buenos Aires Times"),
        Q("“honour its promises from day one”", "partial", "UnTER",
          "Unión de Trabajadores de la Educación de Río Negro"),
        Q("the governor-elect will take office on December 10 and is expected to name her cabinet next week",
          "indirect", "Diario Río Negro", "Diario Río Negro"),
    ], source="blind"),
    Case("blind10-usdaily-strike", """Tri-County bus drivers strike, stranding thousands of riders

EASTBROOK — More than 400 bus drivers and mechanics at the Tri-County Transit Authority walked off the job at 4 a.m. Monday, halting service on all 38 routes and leaving tens of thousands of commuters scrambling for rides.

Members of Amalgamated Transit Union Local 1164 voted 91% in favor of a strike last week after contract talks broke down over wages, overtime rules and what the union calls "forced double shifts."

"Nobody wants to be out here. Our members want to be driving their routes," Local 1164 President Darnell Okafor-Reyes said outside the agency's Fourth Street garage, where about 100 strikers marched in the rain.

"We have drivers working 14-hour days, six days a week. That's not safe for them, and it's not safe for the people on their buses.

"We're not asking for the moon. We're asking for a schedule a human being can live with."

TCTA Executive Director Janet Kowalczyk said the authority had offered raises totaling 11% over three years, an offer she called "fair and responsible given the budget we have."

"We are ready to go back to the table today, tonight, whenever the union is ready," Kowalczyk said in a written statement. "But we cannot spend money we don't have."

The authority said its paratransit service for riders with disabilities would continue on a limited basis.

At the downtown transit center, nearly empty by midmorning, Luis Hernández, 58, said he had walked 2 miles before learning of the strike. "Nobody told us anything," said Hernández, a line cook. "I'm going to lose a day's pay."

The Rev. Thomas E. Whitaker, pastor of Greater Mount Zion Baptist Church on the city's North Side, said many older members of his congregation rely on the bus to reach medical appointments.

"This is not some abstraction," Whitaker said. "We have people who are going to miss dialysis this week."

State Sen. Marcus Delgado-Whitfield, D-Eastbrook, said he had spoken to both sides over the weekend and urged them to agree to mediation. "Every day this goes on, working families pay the price," he said.

A spokesperson for Gov. Ellen Marchetti said the governor was "monitoring the situation closely" but did not believe state intervention was warranted "at this stage."

No new talks had been scheduled as of Monday evening, according to both sides.""", [
        Q('"forced double shifts."', "partial", "the union", "Amalgamated Transit Union Local 1164",
          speaker_at="what the union calls"),
        Q('"Nobody wants to be out here. Our members want to be driving their routes,"', "direct",
          "Darnell Okafor-Reyes", "Darnell Okafor-Reyes"),
        Q('''"We have drivers working 14-hour days, six days a week. That's not safe for them, and it's not safe for '''
          '''the people on their buses.''', "direct", "Darnell Okafor-Reyes", "Darnell Okafor-Reyes"),
        Q('''"We're not asking for the moon. We're asking for a schedule a human being can live with."''', "direct",
          "Darnell Okafor-Reyes", "Darnell Okafor-Reyes"),
        Q("the authority had offered raises totaling 11% over three years", "indirect", "Janet Kowalczyk",
          "Janet Kowalczyk"),
        Q('"fair and responsible given the budget we have."', "partial", "she", "Janet Kowalczyk",
          speaker_at="an offer she called"),
        Q('"We are ready to go back to the table today, tonight, whenever the union is ready,"', "direct",
          "Kowalczyk", "Janet Kowalczyk", speaker_at="Kowalczyk said in a written"),
        Q('''"But we cannot spend money we don't have."''', "direct", "Kowalczyk", "Janet Kowalczyk",
          speaker_at="Kowalczyk said in a written"),
        Q("its paratransit service for riders with disabilities would continue on a limited basis", "indirect",
          "The authority", "Tri-County Transit Authority"),
        Q("he had walked 2 miles before learning of the strike", "indirect", "Luis Hernández", "Luis Hernández"),
        Q('"Nobody told us anything,"', "direct", "Hernández", "Luis Hernández", speaker_at="said Hernández"),
        Q('''"I'm going to lose a day's pay."''', "direct", "Hernández", "Luis Hernández",
          speaker_at="said Hernández"),
        Q("many older members of his congregation rely on the bus to reach medical appointments", "indirect",
          "Thomas E. Whitaker", "Thomas E. Whitaker"),
        Q('"This is not some abstraction,"', "direct", "Whitaker", "Thomas E. Whitaker",
          speaker_at="Whitaker said"),
        Q('"We have people who are going to miss dialysis this week."', "direct", "Whitaker", "Thomas E. Whitaker",
          speaker_at="Whitaker said"),
        Q("he had spoken to both sides over the weekend", "indirect", "Marcus Delgado-Whitfield",
          "Marcus Delgado-Whitfield"),
        Q('"Every day this goes on, working families pay the price,"', "direct", "he", "Marcus Delgado-Whitfield",
          speaker_at='price," he said'),
        Q('"monitoring the situation closely"', "partial", "A spokesperson for Gov. Ellen Marchetti", None),
        Q('"at this stage."', "partial", "A spokesperson for Gov. Ellen Marchetti", None),
        Q("No new talks had been scheduled as of Monday evening", "indirect", "both sides", None,
          speaker_at="according to both sides"),
    ], source="blind"),
    Case("blind10-welsh-floodlights", """Floodlight plans for Aberwen Town ground split village

Plans for floodlights and a new stand at Aberwen Town's home ground have split the village, with supporters saying the club's future depends on the scheme and neighbours warning of noise, light and traffic.

The Cymru South club has applied to Carmarthenshire County Council for permission to put up six 20-metre floodlight columns and a 250-seat covered stand at Parc y Felin, which it needs to meet Football Association of Wales (FAW) ground criteria for promotion.

Club secretary Gareth Rees-Probert said: 'Without floodlights we can't go up, it's as simple as that.

'We've got more than 200 kids in our junior section and this is about giving them something to aim for.'

He said the lights would be switched off by 9.45pm on match nights and the club had agreed to fit shields to reduce light spill.

But residents of Heol y Felin, whose back gardens overlook the pitch, have lodged more than 40 objections.

Eleri ap Gwynfor, 67, who has lived on the street for 35 years, said: 'Nobody here is against the football club. My grandson plays for the under-12s. But twenty-metre towers at the bottom of our gardens is just too much.'

She told the Journal residents had not been properly consulted, and that many had only found out about the plans from a notice cable-tied to a lamp post.

In a report to next Thursday's planning committee, council officers have recommended approval subject to conditions, concluding that the impact on neighbours would be 'acceptable'.

Local member Cllr Dafydd Llewelyn-Thomas (Plaid Cymru, Llanwen) said he had 'real sympathy' for both sides and would ask for a site visit before any decision was made.

'This is a village club and it's the heart of the community, but it's also somebody's back garden,' he said. 'We have to get the balance right.'

The club's chairman, Huw 'Chalky' Williams, said the club had been at Parc y Felin since 1921 and had 'no intention of going anywhere'.

A Carmarthenshire County Council spokesperson said the application would be determined 'on its planning merits'.""", [
        Q("the club's future depends on the scheme", "indirect", "supporters", None),
        Q("'Without floodlights we can't go up, it's as simple as that.", "direct", "Gareth Rees-Probert",
          "Gareth Rees-Probert"),
        Q("'We've got more than 200 kids in our junior section and this is about giving them something to aim for.'",
          "direct", "Gareth Rees-Probert", "Gareth Rees-Probert"),
        Q("the lights would be switched off by 9.45pm on match nights and the club had agreed to fit shields to "
          "reduce light spill", "indirect", "He", "Gareth Rees-Probert", speaker_at="He said the lights"),
        Q("'Nobody here is against the football club. My grandson plays for the under-12s. But twenty-metre towers "
          "at the bottom of our gardens is just too much.'", "direct", "Eleri ap Gwynfor", "Eleri ap Gwynfor"),
        Q("residents had not been properly consulted, and that many had only found out about the plans from a "
          "notice cable-tied to a lamp post", "indirect", "She", "Eleri ap Gwynfor", speaker_at="She told"),
        Q("'acceptable'", "partial", "council officers", None),
        Q("'real sympathy'", "partial", "Dafydd Llewelyn-Thomas", "Dafydd Llewelyn-Thomas"),
        Q("'This is a village club and it's the heart of the community, but it's also somebody's back garden,'",
          "direct", "he", "Dafydd Llewelyn-Thomas", speaker_at="garden,' he said"),
        Q("'We have to get the balance right.'", "direct", "he", "Dafydd Llewelyn-Thomas",
          speaker_at="garden,' he said"),
        Q("the club had been at Parc y Felin since 1921", "indirect", "Williams", "Huw Williams"),
        Q("'no intention of going anywhere'", "partial", "Williams", "Huw Williams"),
        Q("'on its planning merits'", "partial", "A Carmarthenshire County Council spokesperson", None),
    ], source="blind"),
]
