"""Blind gold set 37: short news articles written without sight of the pretagger.

Wire copy and regional papers from many countries, in several house styles
(curly and straight double quotes, British single quotes), with the natural
range of attribution. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind37-grocer", """South Africa's Mzansi Foods lifts profit as shoppers trade down

JOHANNESBURG, Sept 17 (Reuters) - South African grocer Mzansi Foods Holdings reported a 14% rise in annual headline earnings on Tuesday, helped by cash-strapped shoppers switching to its discount stores and by fewer power cuts, which had cost it heavily in diesel a year earlier.

Headline earnings per share, the main profit measure in South Africa, rose to 812 cents in the year to June 30, the company said, while group revenue climbed 9.2% to 96.4 billion rand ($5.4 billion).

"Our customers are under enormous pressure, and they have rewarded us for keeping prices down," chief executive Pieter van der Merwe told Reuters in an interview. "We are not going to take our foot off that pedal."

Van der Merwe said the group had spent 310 million rand less on diesel for generators than in the previous year as state utility Eskom largely ended the rolling blackouts known locally as load-shedding.

Shares in the company rose as much as 6.1% in early trade in Johannesburg, their biggest intraday gain since March.

The results were "better than feared", said Thandeka Mokoena-Radebe, a retail analyst at Anchor Capital, although she cautioned that margins at the group's clothing division had narrowed.

"The discount format is doing the heavy lifting," she said. "The question is how long consumers stay in that mode once interest rates start coming down."

Mzansi Foods, which operates more than 2,100 stores in 12 African countries, said it planned to open 180 new outlets in the coming year, most of them in South Africa. It also flagged the sale of its loss-making business in Nigeria, where the naira's collapse had wiped out profits.

"Nigeria has been a very painful chapter for us," finance director Ayesha Khan-Petersen said on a call with analysts, adding that talks with potential buyers were at an advanced stage. She declined to name them.

According to the company, its online delivery service, Mzansi2Go, grew sales by 71% and now reaches 430 towns.

The group declared a final dividend of 405 cents per share, up 12% on last year.

(Reporting by Nqobile Dludla; Editing by Kim Coghill and Sharon Singleton)""", [
        Q("Headline earnings per share, the main profit measure in South Africa, rose to 812 cents in the year to June 30",
          "indirect", "the company", "Mzansi Foods Holdings", speaker_at="the company said"),
        Q('"Our customers are under enormous pressure, and they have rewarded us for keeping prices down,"', "direct",
          "Pieter van der Merwe", "Pieter van der Merwe"),
        Q('"We are not going to take our foot off that pedal."', "direct", "Pieter van der Merwe",
          "Pieter van der Merwe"),
        Q("the group had spent 310 million rand less on diesel for generators than in the previous year as state "
          "utility Eskom largely ended the rolling blackouts known locally as load-shedding", "indirect",
          "Van der Merwe", "Pieter van der Merwe", speaker_at="Van der Merwe said"),
        Q('"better than feared"', "partial", "Thandeka Mokoena-Radebe", "Thandeka Mokoena-Radebe"),
        Q("that margins at the group's clothing division had narrowed", "indirect", "she", "Thandeka Mokoena-Radebe",
          speaker_at="she cautioned"),
        Q('"The discount format is doing the heavy lifting,"', "direct", "she", "Thandeka Mokoena-Radebe",
          speaker_at="she said"),
        Q('"The question is how long consumers stay in that mode once interest rates start coming down."', "direct",
          "she", "Thandeka Mokoena-Radebe", speaker_at="she said"),
        Q("it planned to open 180 new outlets in the coming year, most of them in South Africa", "indirect",
          "Mzansi Foods", "Mzansi Foods Holdings", speaker_at="Mzansi Foods, which operates"),
        Q('"Nigeria has been a very painful chapter for us,"', "direct", "Ayesha Khan-Petersen",
          "Ayesha Khan-Petersen"),
        Q("that talks with potential buyers were at an advanced stage", "indirect", "Ayesha Khan-Petersen",
          "Ayesha Khan-Petersen"),
        Q("its online delivery service, Mzansi2Go, grew sales by 71% and now reaches 430 towns", "indirect",
          "the company", "Mzansi Foods Holdings", speaker_at="According to the company"),
    ], source="blind"),
    Case("blind37-paylion", """Former payments executive admits "mistakes" as Munich fraud trial opens

Munich (dpa) - The former finance chief of collapsed Munich payments firm Paylion has admitted making "serious mistakes" but denied deceiving investors, as his fraud trial opened before the Munich Regional Court on Monday.

Konstantin von Hagen-Berger, 54, is accused together with two former managers of inflating the company's revenue by around 1.1 billion euros ($1.2 billion) over four years through fictitious business with partner firms in Asia. Prosecutors say creditors and shareholders lost more than 800 million euros when Paylion filed for insolvency in 2022.

"I trusted numbers that I should have checked myself," von Hagen-Berger told the court in a statement read out by his lawyer. "For that I bear responsibility. But I never set out to deceive anyone."

Senior prosecutor Anja Schmidt-Özdemir described the alleged scheme as "a house of cards built with great care." The defendants had known from 2019 at the latest that the Asian business did not exist, she told the court.

One of the co-defendants, a former head of accounting identified only as Sabine R. under German privacy rules, intends to testify later this month, according to her lawyer, Florian de Groot. The third defendant, former chief operating officer Deniz Yıldırım, has so far remained silent.

Shareholder groups followed the hearing closely.

"Many small investors put their savings into this company because it was celebrated as a German success story," said Ulrike Brandstätter of the shareholder association DSW. "They deserve answers, not excuses."

Insolvency administrator Rüdiger Kleinknecht said on Monday that he had so far recovered around 95 million euros for creditors and was pursuing claims against Paylion's former auditors.

The court has set aside 48 hearing days until the end of March. A verdict is not expected before the spring, a court spokesman said.

If convicted, the defendants face up to ten years in prison. The case is one of Germany's largest accounting scandals since the collapse of Wirecard in 2020.

dpa kgr/mfh/jw""", [
        Q('"mistakes"', "partial", "Former payments executive", "Konstantin von Hagen-Berger"),
        Q('"serious mistakes"', "partial", "The former finance chief of collapsed Munich payments firm Paylion",
          "Konstantin von Hagen-Berger"),
        Q("creditors and shareholders lost more than 800 million euros when Paylion filed for insolvency in 2022",
          "indirect", "Prosecutors", None, speaker_at="Prosecutors say"),
        Q('"I trusted numbers that I should have checked myself,"', "direct", "von Hagen-Berger",
          "Konstantin von Hagen-Berger", speaker_at="von Hagen-Berger told"),
        Q('"For that I bear responsibility. But I never set out to deceive anyone."', "direct", "von Hagen-Berger",
          "Konstantin von Hagen-Berger", speaker_at="von Hagen-Berger told"),
        Q('"a house of cards built with great care."', "partial", "Anja Schmidt-Özdemir", "Anja Schmidt-Özdemir"),
        Q("The defendants had known from 2019 at the latest that the Asian business did not exist", "indirect", "she",
          "Anja Schmidt-Özdemir", speaker_at="she told the court"),
        Q("One of the co-defendants, a former head of accounting identified only as Sabine R. under German privacy "
          "rules, intends to testify later this month", "indirect", "Florian de Groot", "Florian de Groot"),
        Q('"Many small investors put their savings into this company because it was celebrated as a German success '
          'story,"', "direct", "Ulrike Brandstätter", "Ulrike Brandstätter"),
        Q('"They deserve answers, not excuses."', "direct", "Ulrike Brandstätter", "Ulrike Brandstätter"),
        Q("that he had so far recovered around 95 million euros for creditors and was pursuing claims against "
          "Paylion's former auditors", "indirect", "Rüdiger Kleinknecht", "Rüdiger Kleinknecht"),
        Q("A verdict is not expected before the spring", "indirect", "a court spokesman", None),
    ], source="blind"),
    Case("blind37-skipton", """Anger in Skipton as council presses ahead with evening parking charges

Business owners in Skipton have accused North Yorkshire Council of 'ignoring the town' after it confirmed plans to introduce evening parking charges at five car parks from next month.

The authority's executive voted on Tuesday to extend charging hours to 8pm and to raise the all-day tariff at the busy Coach Street car park from £5.50 to £7, despite more than 2,300 objections.

Coun Malcolm Ashworth-Pryce, the council's executive member for highways, said the changes were needed to bring charges into line across the county and to help pay for road repairs.

'Nobody likes paying more to park, and I understand the frustration,' he said. 'But we have inherited seven different charging regimes from the old district councils, and that simply isn't sustainable.'

He added that charges in Skipton had not gone up since 2019.

Nadia Hussain-Whitaker, who runs a delicatessen on Sheep Street, said trade on weekday evenings was already fragile.

'People pop in after work for a bottle of wine and something for their tea. If it costs them two or three quid to park for 20 minutes, they'll just go to the supermarket on the bypass,' she said. 'It's death by a thousand cuts for independent shops like mine.'

The Craven Chamber of Trade, which organised a petition against the plans, said it was considering a legal challenge. Its chairman, Tom Lambert-Ogden, described the public consultation as 'a box-ticking exercise' and said members felt 'completely let down' by the authority.

One resident who lives near the High Street car park told The Yorkshire Post she feared visitors would simply park in residential streets to avoid the fees.

A council spokesperson said the new charges would be reviewed after six months and that blue badge holders would continue to park free of charge.

The changes, already dubbed the 'teatime tax' by campaigners, come into force on March 3.""", [
        Q("'ignoring the town'", "partial", "Business owners in Skipton", None),
        Q("the changes were needed to bring charges into line across the county and to help pay for road repairs",
          "indirect", "Malcolm Ashworth-Pryce", "Malcolm Ashworth-Pryce"),
        Q("'Nobody likes paying more to park, and I understand the frustration,'", "direct", "he",
          "Malcolm Ashworth-Pryce", speaker_at="he said. 'But"),
        Q("'But we have inherited seven different charging regimes from the old district councils, and that simply "
          "isn't sustainable.'", "direct", "he", "Malcolm Ashworth-Pryce", speaker_at="he said. 'But"),
        Q("charges in Skipton had not gone up since 2019", "indirect", "He", "Malcolm Ashworth-Pryce",
          speaker_at="He added"),
        Q("trade on weekday evenings was already fragile", "indirect", "Nadia Hussain-Whitaker",
          "Nadia Hussain-Whitaker"),
        Q("'People pop in after work for a bottle of wine and something for their tea. If it costs them two or three "
          "quid to park for 20 minutes, they'll just go to the supermarket on the bypass,'", "direct", "she",
          "Nadia Hussain-Whitaker", speaker_at="she said"),
        Q("'It's death by a thousand cuts for independent shops like mine.'", "direct", "she",
          "Nadia Hussain-Whitaker", speaker_at="she said"),
        Q("it was considering a legal challenge", "indirect", "The Craven Chamber of Trade",
          "Craven Chamber of Trade"),
        Q("'a box-ticking exercise'", "partial", "Tom Lambert-Ogden", "Tom Lambert-Ogden"),
        Q("'completely let down'", "partial", "Tom Lambert-Ogden", "Tom Lambert-Ogden"),
        Q("she feared visitors would simply park in residential streets to avoid the fees", "indirect",
          "One resident who lives near the High Street car park", None),
        Q("the new charges would be reviewed after six months and that blue badge holders would continue to park "
          "free of charge", "indirect", "A council spokesperson", None),
    ], source="blind"),
    Case("blind37-doorman", """Man tells jury he lashed out at city doorman in self-defence

A 27-year-old man has told a jury he only lashed out at a doorman because he thought he was about to be choked.

Ewan Mackenzie-Reid, from Cove, denies assaulting Tomasz Wiśniewski to his severe injury and permanent disfigurement outside a bar on Belmont Street, Aberdeen, in the early hours of December 18, 2022.

Mr Wiśniewski, 41, suffered a fractured eye socket and needed surgery to repair it.

Giving evidence at Aberdeen Sheriff Court yesterday, Mackenzie-Reid said the doorman had grabbed him by the collar and pushed him against a wall after he was refused entry.

'I felt his hand go up to my throat and I panicked,' he said. 'I just reacted. I'm not proud of what happened, but I genuinely thought I was going to get hurt.'

Under cross-examination by fiscal depute Shona O'Hara-Grant, he accepted he had drunk 'about eight or nine pints' that night.

Ms O'Hara-Grant put it to him that CCTV footage showed Mr Wiśniewski standing with his hands by his sides. 'Isn't the truth that you were angry about being turned away?' she asked.

'No, that's not true,' Mackenzie-Reid replied.

Earlier in the trial, Mr Wiśniewski told the jury the accused had come at him 'out of nowhere'.

'I have worked on doors for 15 years and I have never been hit like that,' the father-of-two said. 'I still get headaches most days.'

A friend of the accused, Aaron Bruce, 28, told the court that the doorman had pushed another man in the queue shortly before the incident. 'He'd been winding people up all night,' Bruce said.

Defence solicitor Gregor Fyfe said his client had written to Mr Wiśniewski to apologise, although the letter had not been answered.

Sheriff Alison Duguid-Strachan told jurors they would hear closing speeches on Thursday.

The trial continues.""", [
        Q("he lashed out at city doorman in self-defence", "indirect", "Man", "Ewan Mackenzie-Reid"),
        Q("he only lashed out at a doorman because he thought he was about to be choked", "indirect",
          "A 27-year-old man", "Ewan Mackenzie-Reid"),
        Q("the doorman had grabbed him by the collar and pushed him against a wall after he was refused entry",
          "indirect", "Mackenzie-Reid", "Ewan Mackenzie-Reid", speaker_at="Mackenzie-Reid said"),
        Q("'I felt his hand go up to my throat and I panicked,'", "direct", "he", "Ewan Mackenzie-Reid",
          speaker_at="he said. 'I just"),
        Q("'I just reacted. I'm not proud of what happened, but I genuinely thought I was going to get hurt.'",
          "direct", "he", "Ewan Mackenzie-Reid", speaker_at="he said. 'I just"),
        Q("'about eight or nine pints'", "partial", "he", "Ewan Mackenzie-Reid", speaker_at="he accepted"),
        Q("that CCTV footage showed Mr Wiśniewski standing with his hands by his sides", "indirect", "Ms O'Hara-Grant",
          "Shona O'Hara-Grant"),
        Q("'Isn't the truth that you were angry about being turned away?'", "direct", "she", "Shona O'Hara-Grant",
          speaker_at="she asked"),
        Q("'No, that's not true,'", "direct", "Mackenzie-Reid", "Ewan Mackenzie-Reid",
          speaker_at="Mackenzie-Reid replied"),
        Q("'out of nowhere'", "partial", "Mr Wiśniewski", "Tomasz Wiśniewski",
          speaker_at="Mr Wiśniewski told the jury"),
        Q("'I have worked on doors for 15 years and I have never been hit like that,'", "direct", "the father-of-two",
          "Tomasz Wiśniewski"),
        Q("'I still get headaches most days.'", "direct", "the father-of-two", "Tomasz Wiśniewski"),
        Q("that the doorman had pushed another man in the queue shortly before the incident", "indirect",
          "Aaron Bruce", "Aaron Bruce"),
        Q("'He'd been winding people up all night,'", "direct", "Bruce", "Aaron Bruce", speaker_at="Bruce said"),
        Q("his client had written to Mr Wiśniewski to apologise, although the letter had not been answered",
          "indirect", "Gregor Fyfe", "Gregor Fyfe"),
        Q("they would hear closing speeches on Thursday", "indirect", "Alison Duguid-Strachan",
          "Alison Duguid-Strachan"),
    ], source="blind"),
    Case("blind37-hurling", """Limerick hold off gallant Clare to reach sixth Munster final in a row

Limerick are through to a sixth consecutive Munster final after a 1-24 to 0-23 win over Clare in front of 41,000 at the TUS Gaelic Grounds on Sunday, but manager Declan Fitzgibbon admitted his side had looked “there for the taking” for long spells.

A goal from Cian Mac Gearailt three minutes into the second half proved decisive, although Clare cut the gap to a single point with ten minutes left before Limerick finished with four unanswered scores.

“Clare came here with nothing to lose and they threw everything at us,” Fitzgibbon said afterwards. “We were rattled at times, there’s no point pretending otherwise. But the lads dug in, and that’s what good teams do.”

He confirmed that wing-back Eoin Keyes-Hartigan had been withdrawn with a hamstring injury and would have a scan on Tuesday.

Mac Gearailt, who finished with 1-3, dedicated the win to the late Na Piarsaigh stalwart Mossie Hayes, who died last week.

“Mossie was at every training session I ever went to from the age of six,” the 24-year-old said. “This one was for him and his family.”

Clare boss Pádraig Ó hEithir said his side deserved more from a game in which they hit 16 wides, and he did not hide his frustration with some of the refereeing decisions.

“We’d be disappointed with the free count, no doubt about that,” Ó hEithir told reporters. “I’m not going to stand here and blame the referee, but some of those calls in the second half were baffling.”

According to the GAA, it was the biggest attendance at a provincial semi-final since 2019, and the stadium was sold out for the first time this season.

Limerick will face Cork or Waterford in the Munster final on June 9, with the semi-final between those two counties fixed for Páirc Uí Chaoimh next Sunday.

Supporters lingered on the pitch long after the final whistle, with “Limerick, You’re a Lady” ringing around the ground.""", [
        Q("“there for the taking”", "partial", "Declan Fitzgibbon", "Declan Fitzgibbon"),
        Q("“Clare came here with nothing to lose and they threw everything at us,”", "direct", "Fitzgibbon",
          "Declan Fitzgibbon", speaker_at="Fitzgibbon said afterwards"),
        Q("“We were rattled at times, there’s no point pretending otherwise. But the lads dug in, and that’s what good "
          "teams do.”", "direct", "Fitzgibbon", "Declan Fitzgibbon", speaker_at="Fitzgibbon said afterwards"),
        Q("that wing-back Eoin Keyes-Hartigan had been withdrawn with a hamstring injury and would have a scan on "
          "Tuesday", "indirect", "He", "Declan Fitzgibbon", speaker_at="He confirmed"),
        Q("“Mossie was at every training session I ever went to from the age of six,”", "direct", "the 24-year-old",
          "Cian Mac Gearailt"),
        Q("“This one was for him and his family.”", "direct", "the 24-year-old", "Cian Mac Gearailt"),
        Q("his side deserved more from a game in which they hit 16 wides", "indirect", "Pádraig Ó hEithir",
          "Pádraig Ó hEithir"),
        Q("“We’d be disappointed with the free count, no doubt about that,”", "direct", "Ó hEithir",
          "Pádraig Ó hEithir", speaker_at="Ó hEithir told"),
        Q("“I’m not going to stand here and blame the referee, but some of those calls in the second half were "
          "baffling.”", "direct", "Ó hEithir", "Pádraig Ó hEithir", speaker_at="Ó hEithir told"),
        Q("it was the biggest attendance at a provincial semi-final since 2019, and the stadium was sold out for the "
          "first time this season", "indirect", "the GAA", "GAA"),
    ], source="blind"),
    Case("blind37-barron", """Residents flee as Barron River breaks its banks

Dozens of Holloways Beach and Machans Beach residents were evacuated overnight as the Barron River broke its banks after more than 600mm of rain fell on parts of the Far North in 48 hours.

The Bureau of Meteorology said the river peaked at 4.1m at Myola early on Sunday, above the 1977 record, and warned that further heavy falls were likely through to Tuesday.

"This is a very dangerous situation, and it's not over yet," BoM senior forecaster Dr Rania Al-Haddad said. "We're expecting another 200 to 300 millimetres in some catchments before this system moves south."

Cairns Mayor Bronwyn Te Whata said the council had opened evacuation centres at the Cairns Showgrounds and Smithfield State High School, and that about 240 people had registered overnight.

"I want to thank every SES volunteer who has been out in this since Friday," she said. "They have been absolutely extraordinary, and they're exhausted."

Machans Beach resident Kevin Nguyen, 63, said water had reached the top of his front steps by 2am.

"I've been here 30 years and I've never seen it come up this fast," Mr Nguyen said. "We grabbed the dog and the photo albums and that was it."

His neighbour, Doreen Kowalczyk, was less shaken. "We've done this before," she said from the back of a neighbour's ute. "You just wait for it to go down and then you start shovelling."

Police said a 71-year-old man had been rescued from the roof of his car on the Captain Cook Highway near Ellis Beach on Saturday evening after trying to drive through floodwater.

Acting Inspector Mick Tuohy urged motorists to stay off the roads. "If you don't need to be out, please stay home," he said.

Ergon Energy said about 18,000 homes and businesses were without power across Cairns and the northern beaches.

Cairns Airport said all flights had been cancelled until at least midday Monday, with parts of the main runway under water.""", [
        Q("the river peaked at 4.1m at Myola early on Sunday, above the 1977 record", "indirect",
          "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("that further heavy falls were likely through to Tuesday", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q('"This is a very dangerous situation, and it\'s not over yet,"', "direct", "Al-Haddad", "Rania Al-Haddad"),
        Q('"We\'re expecting another 200 to 300 millimetres in some catchments before this system moves south."',
          "direct", "Al-Haddad", "Rania Al-Haddad"),
        Q("the council had opened evacuation centres at the Cairns Showgrounds and Smithfield State High School, and "
          "that about 240 people had registered overnight", "indirect", "Bronwyn Te Whata", "Bronwyn Te Whata"),
        Q('"I want to thank every SES volunteer who has been out in this since Friday,"', "direct", "she",
          "Bronwyn Te Whata", speaker_at="she said. \"They have"),
        Q('"They have been absolutely extraordinary, and they\'re exhausted."', "direct", "she", "Bronwyn Te Whata",
          speaker_at="she said. \"They have"),
        Q("water had reached the top of his front steps by 2am", "indirect", "Kevin Nguyen", "Kevin Nguyen"),
        Q('"I\'ve been here 30 years and I\'ve never seen it come up this fast,"', "direct", "Mr Nguyen",
          "Kevin Nguyen"),
        Q('"We grabbed the dog and the photo albums and that was it."', "direct", "Mr Nguyen", "Kevin Nguyen"),
        Q('"We\'ve done this before,"', "direct", "she", "Doreen Kowalczyk", speaker_at="she said from"),
        Q('"You just wait for it to go down and then you start shovelling."', "direct", "she", "Doreen Kowalczyk",
          speaker_at="she said from"),
        Q("a 71-year-old man had been rescued from the roof of his car on the Captain Cook Highway near Ellis Beach on "
          "Saturday evening after trying to drive through floodwater", "indirect", "Police", None),
        Q('"If you don\'t need to be out, please stay home,"', "direct", "he", "Mick Tuohy", speaker_at="he said"),
        Q("about 18,000 homes and businesses were without power across Cairns and the northern beaches", "indirect",
          "Ergon Energy", "Ergon Energy"),
        Q("all flights had been cancelled until at least midday Monday, with parts of the main runway under water",
          "indirect", "Cairns Airport", "Cairns Airport"),
    ], source="blind"),
    Case("blind37-netball", """Manawa snatch one-goal thriller as teen defender shines

Central Manawa kept their National Netball League title hopes alive with a nerve-shredding 52-51 win over the Northern Marvels at Arena Manawatū on Saturday night.

Goal shoot Losana Tuipulotu landed the winner with four seconds left on the clock, sending the home crowd of more than 2,000 into raptures.

“Honestly, I didn’t even look at the clock,” said Tuipulotu, who finished with 38 from 41 attempts. “I just heard the crowd and thought, ‘please go in.’”

Manawa coach Ana Fa'amausili-Leota said her side had been “too loose” in the third quarter, when the Marvels turned a six-goal deficit into a two-goal lead.

“We gave them far too much ball and they punished us,” she said. “But the way the girls came back in the last ten minutes, I couldn’t be prouder. That’s what this team is about.”

Wing defence Ruby van Asch, 17, was named player of the match in only her fourth national league game, finishing with five intercepts and a string of deflections in the final quarter.

The Palmerston North Girls’ High School student admitted she had been “shaking” before the first centre pass.

“Ana just told me to play my own game and not worry about who was in front of me,” van Asch said.

Marvels coach Priya Raghunathan was gracious in defeat. “Manawa deserved it. They were more composed when it mattered, and we’ll learn from that,” Raghunathan told the Manawatu Standard.

The result lifts Manawa to third on the table, two points behind leaders Mainland, with three rounds remaining.

Netball Manawatū chief executive Grant Hōhepa said the crowd was the biggest for a national league fixture in the city. “We’ve been saying for years that this region will turn out for top-level netball. Tonight proved it.”

Manawa travel to Christchurch to play Mainland next Saturday.""", [
        Q("“Honestly, I didn’t even look at the clock,”", "direct", "Tuipulotu", "Losana Tuipulotu",
          speaker_at="said Tuipulotu"),
        Q("“I just heard the crowd and thought, ‘please go in.’”", "direct", "Tuipulotu", "Losana Tuipulotu",
          speaker_at="said Tuipulotu"),
        Q("“too loose”", "partial", "Ana Fa'amausili-Leota", "Ana Fa'amausili-Leota"),
        Q("“We gave them far too much ball and they punished us,”", "direct", "she", "Ana Fa'amausili-Leota",
          speaker_at="she said"),
        Q("“But the way the girls came back in the last ten minutes, I couldn’t be prouder. That’s what this team is "
          "about.”", "direct", "she", "Ana Fa'amausili-Leota", speaker_at="she said"),
        Q("“shaking”", "partial", "The Palmerston North Girls’ High School student", "Ruby van Asch"),
        Q("“Ana just told me to play my own game and not worry about who was in front of me,”", "direct", "van Asch",
          "Ruby van Asch", speaker_at="van Asch said"),
        Q("“Manawa deserved it. They were more composed when it mattered, and we’ll learn from that,”", "direct",
          "Raghunathan", "Priya Raghunathan", speaker_at="Raghunathan told"),
        Q("the crowd was the biggest for a national league fixture in the city", "indirect", "Grant Hōhepa",
          "Grant Hōhepa"),
        Q("“We’ve been saying for years that this region will turn out for top-level netball. Tonight proved it.”",
          "direct", "Grant Hōhepa", "Grant Hōhepa"),
    ], source="blind"),
    Case("blind37-regina", """Bachynski edges out incumbent to become Regina’s next mayor

Regina has a new mayor.

Taras Bachynski, a former city councillor and hardware store owner, defeated two-term incumbent Lorraine Desjardins by just 612 votes in Wednesday’s municipal election, according to unofficial results posted by the city clerk’s office late Wednesday night.

Bachynski took 41.3 per cent of the vote to Desjardins’ 40.2 per cent, with third-place candidate Harpreet Sandhu-Gill at 16.8 per cent. Turnout was 33 per cent, up from 26 per cent in 2020.

Speaking to a packed room of supporters at a Ukrainian community hall in the city’s north end, Bachynski promised to make downtown “a place people want to be again, not a place they drive through.”

“People told me on their doorsteps that they were tired of the fighting at city hall,” he said. “Starting tomorrow, that ends. I’m going to be the mayor for everybody in this city, including the people who didn’t vote for me.”

Desjardins conceded shortly before midnight. In a brief statement to reporters, she said she had phoned Bachynski to congratulate him and wished him “every success.”

“It has been the honour of my life to serve as mayor of this city,” she added, her voice breaking.

Sandhu-Gill, who ran on a platform of fixing the city’s roads and tackling homelessness, told the Leader-Post she had no regrets about entering the race.

“We put issues on the table that weren’t being talked about, and I think that matters,” she said. “I’ll be watching to make sure the new mayor follows through.”

Dr. Amira El-Khatib, a political scientist at the University of Regina, said the narrow margin reflected frustration with infighting on council rather than a shift in the city’s politics.

“It was a referendum on tone, not on policy,” El-Khatib said. “Both front-runners were promising roughly the same things. Voters were choosing who they thought could get council to work together.”

Results are expected to be made official on Nov. 18, the city said. Bachynski and the 10 ward councillors will be sworn in at the first meeting of the new council later that month.""", [
        Q("Taras Bachynski, a former city councillor and hardware store owner, defeated two-term incumbent Lorraine "
          "Desjardins by just 612 votes in Wednesday’s municipal election", "indirect",
          "unofficial results posted by the city clerk’s office", None),
        Q("“a place people want to be again, not a place they drive through.”", "partial", "Bachynski",
          "Taras Bachynski", speaker_at="Bachynski promised"),
        Q("“People told me on their doorsteps that they were tired of the fighting at city hall,”", "direct", "he",
          "Taras Bachynski", speaker_at="he said"),
        Q("“Starting tomorrow, that ends. I’m going to be the mayor for everybody in this city, including the people "
          "who didn’t vote for me.”", "direct", "he", "Taras Bachynski", speaker_at="he said"),
        Q("she had phoned Bachynski to congratulate him", "indirect", "she", "Lorraine Desjardins",
          speaker_at="reporters, she said"),
        Q("“every success.”", "partial", "she", "Lorraine Desjardins", speaker_at="reporters, she said"),
        Q("“It has been the honour of my life to serve as mayor of this city,”", "direct", "she", "Lorraine Desjardins",
          speaker_at="she added"),
        Q("she had no regrets about entering the race", "indirect", "Sandhu-Gill", "Harpreet Sandhu-Gill",
          speaker_at="Sandhu-Gill, who ran"),
        Q("“We put issues on the table that weren’t being talked about, and I think that matters,”", "direct", "she",
          "Harpreet Sandhu-Gill", speaker_at="matters,” she said"),
        Q("“I’ll be watching to make sure the new mayor follows through.”", "direct", "she", "Harpreet Sandhu-Gill",
          speaker_at="matters,” she said"),
        Q("the narrow margin reflected frustration with infighting on council rather than a shift in the city’s "
          "politics", "indirect", "Amira El-Khatib", "Amira El-Khatib"),
        Q("“It was a referendum on tone, not on policy,”", "direct", "El-Khatib", "Amira El-Khatib",
          speaker_at="El-Khatib said"),
        Q("“Both front-runners were promising roughly the same things. Voters were choosing who they thought could "
          "get council to work together.”", "direct", "El-Khatib", "Amira El-Khatib", speaker_at="El-Khatib said"),
        Q("Results are expected to be made official on Nov. 18", "indirect", "the city", None,
          speaker_at="the city said"),
    ], source="blind"),
    Case("blind37-cholera", """Kilifi shuts markets as cholera deaths rise to 14

Kilifi County has closed three open-air markets and banned the sale of cooked food in public places after the death toll from a cholera outbreak rose to 14, with more than 300 cases reported in two weeks.

County Health executive Dr Hamisi Bakari Mwaruwa said on Tuesday that most of the cases had been recorded in Malindi and Magarini sub-counties, where many households rely on shallow wells and water vendors.

“The situation is serious, but it is under control,” Dr Mwaruwa said. “We have set up treatment centres in Malindi and Gongoni, and our teams are going door to door to trace contacts.”

He said laboratory tests had confirmed the presence of Vibrio cholerae in samples taken from four wells, which have since been sealed.

The Ministry of Health, in a statement signed by Director-General Dr Josephine Chepkoech, warned that the outbreak could spread to neighbouring Tana River and Mombasa counties if sanitation measures were not enforced.

“We urge members of the public to boil or treat all drinking water and to seek treatment immediately if they develop diarrhoea or vomiting,” the statement read.

At Malindi Sub-County Hospital, where a tent has been pitched in the compound to handle the overflow, nurses said they were receiving up to 40 new patients a day.

Residents of Majengo estate said a burst sewer line had been leaking near their homes for months.

“We have reported this sewer to the county many times. Nobody came until people started dying,” said Mwanaisha Karisa, a mother of four whose neighbour died last week.

Governor Amani Chengo, who toured Malindi on Monday, said the county would spend Sh45 million on emergency water supplies and sewer repairs. “This will not happen again on my watch,” the governor said.

The Kenya Red Cross Society said it had deployed 25 volunteers and distributed more than 20,000 water treatment sachets in the affected areas. KRCS coastal regional coordinator Abdullahi Hussein Farah told the Nation that demand for oral rehydration salts had “more than tripled” in a week.

Kenya has recorded repeated cholera outbreaks since late 2022, according to the World Health Organization, which has blamed poor sanitation and flooding.""", [
        Q("that most of the cases had been recorded in Malindi and Magarini sub-counties, where many households rely "
          "on shallow wells and water vendors", "indirect", "Hamisi Bakari Mwaruwa", "Hamisi Bakari Mwaruwa"),
        Q("“The situation is serious, but it is under control,”", "direct", "Mwaruwa", "Hamisi Bakari Mwaruwa",
          speaker_at="Dr Mwaruwa said"),
        Q("“We have set up treatment centres in Malindi and Gongoni, and our teams are going door to door to trace "
          "contacts.”", "direct", "Mwaruwa", "Hamisi Bakari Mwaruwa", speaker_at="Dr Mwaruwa said"),
        Q("laboratory tests had confirmed the presence of Vibrio cholerae in samples taken from four wells, which have "
          "since been sealed", "indirect", "He", "Hamisi Bakari Mwaruwa", speaker_at="He said"),
        Q("that the outbreak could spread to neighbouring Tana River and Mombasa counties if sanitation measures were "
          "not enforced", "indirect", "The Ministry of Health", "Ministry of Health"),
        Q("“We urge members of the public to boil or treat all drinking water and to seek treatment immediately if "
          "they develop diarrhoea or vomiting,”", "direct", "the statement", "Ministry of Health",
          speaker_at="the statement read"),
        Q("they were receiving up to 40 new patients a day", "indirect", "nurses", None),
        Q("a burst sewer line had been leaking near their homes for months", "indirect", "Residents of Majengo estate",
          None),
        Q("“We have reported this sewer to the county many times. Nobody came until people started dying,”",
          "direct", "Mwanaisha Karisa", "Mwanaisha Karisa"),
        Q("the county would spend Sh45 million on emergency water supplies and sewer repairs", "indirect",
          "Amani Chengo", "Amani Chengo"),
        Q("“This will not happen again on my watch,”", "direct", "the governor", "Amani Chengo"),
        Q("it had deployed 25 volunteers and distributed more than 20,000 water treatment sachets in the affected "
          "areas", "indirect", "The Kenya Red Cross Society", "Kenya Red Cross Society"),
        Q("“more than tripled”", "partial", "Abdullahi Hussein Farah", "Abdullahi Hussein Farah"),
        Q("Kenya has recorded repeated cholera outbreaks since late 2022", "indirect", "the World Health Organization",
          "World Health Organization"),
    ], source="blind"),
    Case("blind37-collapse", """Five dead, 11 rescued as three-storey building collapses in Lagos Island

Five persons have been confirmed dead and 11 others rescued alive after a three-storey building collapsed on Odunfa Street, Lagos Island, on Sunday morning.

The building, which housed shops on the ground floor and flats on the upper floors, caved in at about 7.40am while some occupants were still asleep, PUNCH Metro gathered.

The Director-General of the Lagos State Emergency Management Agency, Dr Adebayo Ogunleye-Bankole, said responders had arrived at the scene within 20 minutes of the distress call.

"Eleven persons were rescued alive and taken to the Lagos Island General Hospital, while five bodies have been recovered and handed over to the police," Ogunleye-Bankole said in a statement on Sunday evening.

"Search and rescue operations are ongoing as we cannot rule out that more persons are trapped under the rubble," he added.

The LASEMA boss said preliminary findings showed that the building was undergoing illegal renovation and that an additional floor was being added without approval.

The General Manager of the Lagos State Building Control Agency, Arc. Kehinde Adesanya-Lawal, told our correspondent that the agency had sealed the building in March.

"The owner was served a contravention notice and a stop-work order, but he broke the seals and continued work at night," she said. "We will prosecute him to the full extent of the law."

A trader who sold fabrics on the ground floor and gave his name only as Alhaji Musa said he had heard cracking sounds for days before the collapse.

"I told the landlord's agent on Thursday that the walls were shaking. He said it was nothing. Today, my shop is gone," he lamented.

The state Police Public Relations Officer, SP Chioma Nwachukwu-Eze, said the owner of the building, whose name was withheld, had been declared wanted.

The Commissioner for Physical Planning and Urban Development, Dr Tunde Bakare-Williams, described the incident as "avoidable and painful" and said the state government would not spare anyone found culpable.

The Nigerian Institute of Building, in a statement by its Lagos chapter chairman, Bldr. Ikechukwu Obi-Nnadi, said Lagos had recorded at least 22 building collapses this year alone and called for stricter enforcement of building codes.""", [
        Q("responders had arrived at the scene within 20 minutes of the distress call", "indirect",
          "Adebayo Ogunleye-Bankole", "Adebayo Ogunleye-Bankole"),
        Q('"Eleven persons were rescued alive and taken to the Lagos Island General Hospital, while five bodies have '
          'been recovered and handed over to the police,"', "direct", "Ogunleye-Bankole", "Adebayo Ogunleye-Bankole",
          speaker_at="Ogunleye-Bankole said"),
        Q('"Search and rescue operations are ongoing as we cannot rule out that more persons are trapped under the '
          'rubble,"', "direct", "he", "Adebayo Ogunleye-Bankole", speaker_at="he added"),
        Q("preliminary findings showed that the building was undergoing illegal renovation and that an additional "
          "floor was being added without approval", "indirect", "The LASEMA boss", "Adebayo Ogunleye-Bankole"),
        Q("that the agency had sealed the building in March", "indirect", "Kehinde Adesanya-Lawal",
          "Kehinde Adesanya-Lawal"),
        Q('"The owner was served a contravention notice and a stop-work order, but he broke the seals and continued '
          'work at night,"', "direct", "she", "Kehinde Adesanya-Lawal", speaker_at="she said"),
        Q('"We will prosecute him to the full extent of the law."', "direct", "she", "Kehinde Adesanya-Lawal",
          speaker_at="she said"),
        Q("he had heard cracking sounds for days before the collapse", "indirect", "Alhaji Musa", "Musa"),
        Q('"I told the landlord\'s agent on Thursday that the walls were shaking. He said it was nothing. Today, my '
          'shop is gone,"', "direct", "he", "Musa", speaker_at="he lamented"),
        Q("the owner of the building, whose name was withheld, had been declared wanted", "indirect",
          "Chioma Nwachukwu-Eze", "Chioma Nwachukwu-Eze"),
        Q('"avoidable and painful"', "partial", "Tunde Bakare-Williams", "Tunde Bakare-Williams"),
        Q("the state government would not spare anyone found culpable", "indirect", "Tunde Bakare-Williams",
          "Tunde Bakare-Williams"),
        Q("Lagos had recorded at least 22 building collapses this year alone", "indirect",
          "The Nigerian Institute of Building", "Nigerian Institute of Building"),
    ], source="blind"),
    Case("blind37-ngqura", """Port strike leaves car exports stranded in Nelson Mandela Bay

Thousands of vehicles bound for Europe are stuck at the Port of Ngqura and the Port Elizabeth car terminal after dockworkers downed tools on Monday in a wage dispute with Transnet Port Terminals.

Members of the United National Transport Union (Untu) and the South African Transport and Allied Workers Union (Satawu) are demanding a 12% increase, while the state logistics group has offered 5.5%.

Untu regional organiser Siphokazi Mabandla-Ntsebeza said more than 1,400 workers at the two Nelson Mandela Bay terminals had joined the strike.

Speaking outside the Ngqura gate on Tuesday, Mabandla-Ntsebeza told The Herald: “Our members operate some of the most expensive equipment in this country, under pressure and in all weather.

“They are not asking for a favour. They are asking to be able to feed their families, and 5.5% does not do that when food and electricity prices keep going up.”

Transnet Port Terminals said in a statement that its offer was “fair and affordable” given the company’s financial position, and that contingency plans were in place to keep cargo moving.

A Transnet spokesperson said talks were scheduled to resume at the Commission for Conciliation, Mediation and Arbitration on Thursday.

But a crane operator who asked to be identified only as Xolani said work at the container terminal had “basically stopped”.

“There are a few managers trying to drive the straddle carriers, but it’s not the same,” he said. “Ships are waiting outside and nobody is loading them.”

Nelson Mandela Bay Business Chamber chief executive Lindiwe Mahlangu warned that the strike threatened the metro’s automotive sector, which relies on the ports to ship vehicles and components.

“Every day that cars sit on the quayside costs this region money and reputation,” she said. “We appeal to both parties to get back to the table urgently.”

According to the Eastern Cape Automotive Industry Forum, about 6,500 vehicles were waiting to be loaded on Tuesday, with two car carriers diverted to Durban.

The strike is the first at the Bay’s ports since 2018.""", [
        Q("more than 1,400 workers at the two Nelson Mandela Bay terminals had joined the strike", "indirect",
          "Siphokazi Mabandla-Ntsebeza", "Siphokazi Mabandla-Ntsebeza"),
        Q("“Our members operate some of the most expensive equipment in this country, under pressure and in all "
          "weather.", "direct", "Mabandla-Ntsebeza", "Siphokazi Mabandla-Ntsebeza",
          speaker_at="Mabandla-Ntsebeza told"),
        Q("“They are not asking for a favour. They are asking to be able to feed their families, and 5.5% does not do "
          "that when food and electricity prices keep going up.”", "direct", "Mabandla-Ntsebeza",
          "Siphokazi Mabandla-Ntsebeza", speaker_at="Mabandla-Ntsebeza told"),
        Q("“fair and affordable”", "partial", "Transnet Port Terminals", "Transnet Port Terminals",
          speaker_at="Transnet Port Terminals said"),
        Q("that contingency plans were in place to keep cargo moving", "indirect", "Transnet Port Terminals",
          "Transnet Port Terminals", speaker_at="Transnet Port Terminals said"),
        Q("talks were scheduled to resume at the Commission for Conciliation, Mediation and Arbitration on Thursday",
          "indirect", "A Transnet spokesperson", None),
        Q("“basically stopped”", "partial", "Xolani", "Xolani"),
        Q("“There are a few managers trying to drive the straddle carriers, but it’s not the same,”", "direct", "he",
          "Xolani", speaker_at="he said"),
        Q("“Ships are waiting outside and nobody is loading them.”", "direct", "he", "Xolani", speaker_at="he said"),
        Q("that the strike threatened the metro’s automotive sector, which relies on the ports to ship vehicles and "
          "components", "indirect", "Lindiwe Mahlangu", "Lindiwe Mahlangu"),
        Q("“Every day that cars sit on the quayside costs this region money and reputation,”", "direct", "she",
          "Lindiwe Mahlangu", speaker_at="she said"),
        Q("“We appeal to both parties to get back to the table urgently.”", "direct", "she", "Lindiwe Mahlangu",
          speaker_at="she said"),
        Q("about 6,500 vehicles were waiting to be loaded on Tuesday, with two car carriers diverted to Durban",
          "indirect", "the Eastern Cape Automotive Industry Forum", "Eastern Cape Automotive Industry Forum"),
    ], source="blind"),
    Case("blind37-mazowe", """Mazowe Goldfields profit jumps on record gold price

MAZOWE Goldfields Limited has posted a 63% jump in after-tax profit for the half-year to June, riding a record gold price, but warned that power outages and foreign currency rules continued to weigh on its operations.

The Victoria Falls Stock Exchange-listed miner reported profit of US$38,4 million, up from US$23,6 million in the same period last year, while revenue rose 41% to US$142 million on the back of higher prices and a 9% increase in output to 58 200 ounces.

Chief executive officer Tendai Mukwashi-Chigumba said: “These are the best half-year results in the company’s history, and they were achieved in an extremely difficult operating environment.”

Mukwashi-Chigumba said the group had lost an estimated 1 900 ounces of production to load-shedding by the Zimbabwe Electricity Supply Authority (Zesa) and had been forced to run diesel generators for up to 14 hours a day at its Shamva operation.

“We are in discussions with government on an arrangement to import power directly,” he said.

Chief financial officer Rudo Gwaradzimba told analysts that the 25% surrender requirement, under which miners must sell a quarter of their export earnings to the Reserve Bank of Zimbabwe in local currency, remained the company’s “single biggest concern”.

“We receive ZiG for a quarter of our earnings, and most of our costs are in US dollars. That mismatch is real,” Gwaradzimba said.

The board declared an interim dividend of US1,2 cents per share.

Market watchers welcomed the numbers. Sable Capital research analyst Farai Ndlovu-Moyo described them as “a clean beat”, though he cautioned that the company’s planned US$120 million expansion at Shamva could strain its balance sheet.

“If gold holds above US$2 300 an ounce, they can fund it comfortably. If it doesn’t, they will need to borrow,” he said.

The Chamber of Mines of Zimbabwe has repeatedly argued that the surrender requirement is making some operations unviable, particularly smaller producers.

According to the chamber, gold output from large-scale producers rose 6% in the first half, while deliveries from small-scale and artisanal miners fell by almost a fifth.""", [
        Q("that power outages and foreign currency rules continued to weigh on its operations", "indirect",
          "MAZOWE Goldfields Limited", "Mazowe Goldfields Limited"),
        Q("“These are the best half-year results in the company’s history, and they were achieved in an extremely "
          "difficult operating environment.”", "direct", "Tendai Mukwashi-Chigumba", "Tendai Mukwashi-Chigumba"),
        Q("the group had lost an estimated 1 900 ounces of production to load-shedding by the Zimbabwe Electricity "
          "Supply Authority (Zesa) and had been forced to run diesel generators for up to 14 hours a day at its Shamva "
          "operation", "indirect", "Mukwashi-Chigumba", "Tendai Mukwashi-Chigumba",
          speaker_at="Mukwashi-Chigumba said the group"),
        Q("“We are in discussions with government on an arrangement to import power directly,”", "direct", "he",
          "Tendai Mukwashi-Chigumba", speaker_at="directly,” he said"),
        Q("“single biggest concern”", "partial", "Rudo Gwaradzimba", "Rudo Gwaradzimba"),
        Q("“We receive ZiG for a quarter of our earnings, and most of our costs are in US dollars. That mismatch is "
          "real,”", "direct", "Gwaradzimba", "Rudo Gwaradzimba", speaker_at="Gwaradzimba said"),
        Q("“a clean beat”", "partial", "Farai Ndlovu-Moyo", "Farai Ndlovu-Moyo"),
        Q("that the company’s planned US$120 million expansion at Shamva could strain its balance sheet", "indirect",
          "he", "Farai Ndlovu-Moyo", speaker_at="he cautioned"),
        Q("“If gold holds above US$2 300 an ounce, they can fund it comfortably. If it doesn’t, they will need to "
          "borrow,”", "direct", "he", "Farai Ndlovu-Moyo", speaker_at="borrow,” he said"),
        Q("that the surrender requirement is making some operations unviable, particularly smaller producers",
          "indirect", "The Chamber of Mines of Zimbabwe", "Chamber of Mines of Zimbabwe"),
        Q("gold output from large-scale producers rose 6% in the first half, while deliveries from small-scale and "
          "artisanal miners fell by almost a fifth", "indirect", "the chamber", "Chamber of Mines of Zimbabwe"),
    ], source="blind"),
    Case("blind37-bookprize", """Sudanese novelist wins Gulf Prize for Arabic Fiction with war-time family saga

Sudanese writer Amal Abdelrahman El Nour has won this year’s Gulf Prize for Arabic Fiction for “The Last Ferry to Omdurman”, a novel that follows three generations of a family living on the banks of the Nile.

The award, worth Dh200,000, was presented at the Abu Dhabi International Book Fair on Sunday evening by the prize’s patron, Sheikh Hamad bin Sultan Al Dhaheri.

“This novel reminds us that literature can hold what history cannot,” Sheikh Hamad said as he handed over the trophy.

El Nour, 47, who left Khartoum with her two children weeks after fighting broke out in April 2023, told The National that she had written most of the book in a rented flat in Cairo.

“I wrote it because I was afraid of forgetting,” she said. “The houses I describe may no longer exist. The people in it are real to me, even if they have other names.”

She said she would give part of the prize money to a community kitchen in Omdurman run by neighbourhood volunteers.

The chair of the judging panel, Lebanese critic Prof Rima Haddad-Saab, called the novel “a quiet masterpiece” and praised what she described as its “unsentimental tenderness”.

“The jury was unanimous, which almost never happens,” Prof Haddad-Saab said. “We read 142 novels from 18 countries, and this one stayed with all of us.”

Also on the shortlist were Emirati author Mohammed bin Thani Al Shamsi, for “Pearl Season”, and Moroccan novelist Youssef El Ouazzani, for “The Salt Road”.

Speaking after the ceremony, Al Shamsi said he was “delighted for Amal” and that this year’s shortlist showed “how alive the Arabic novel is right now”.

El Nour’s earlier novel, “Indigo Rain”, was longlisted for the prize in 2019 and has been translated into French and Turkish.

Organisers said the prize would also fund an English translation of the winning book, to be published next year by a London-based press.""", [
        Q("“This novel reminds us that literature can hold what history cannot,”", "direct", "Hamad",
          "Hamad bin Sultan Al Dhaheri", speaker_at="Sheikh Hamad said"),
        Q("that she had written most of the book in a rented flat in Cairo", "indirect", "El Nour",
          "Amal Abdelrahman El Nour", speaker_at="El Nour, 47"),
        Q("“I wrote it because I was afraid of forgetting,”", "direct", "she", "Amal Abdelrahman El Nour",
          speaker_at="she said. “The houses"),
        Q("“The houses I describe may no longer exist. The people in it are real to me, even if they have other names.”",
          "direct", "she", "Amal Abdelrahman El Nour", speaker_at="she said. “The houses"),
        Q("she would give part of the prize money to a community kitchen in Omdurman run by neighbourhood volunteers",
          "indirect", "She", "Amal Abdelrahman El Nour", speaker_at="She said she would"),
        Q("“a quiet masterpiece”", "partial", "Rima Haddad-Saab", "Rima Haddad-Saab"),
        Q("“unsentimental tenderness”", "partial", "she", "Rima Haddad-Saab", speaker_at="what she described"),
        Q("“The jury was unanimous, which almost never happens,”", "direct", "Haddad-Saab", "Rima Haddad-Saab",
          speaker_at="Prof Haddad-Saab said"),
        Q("“We read 142 novels from 18 countries, and this one stayed with all of us.”", "direct", "Haddad-Saab",
          "Rima Haddad-Saab", speaker_at="Prof Haddad-Saab said"),
        Q("“delighted for Amal”", "partial", "Al Shamsi", "Mohammed bin Thani Al Shamsi",
          speaker_at="Al Shamsi said"),
        Q("“how alive the Arabic novel is right now”", "partial", "Al Shamsi", "Mohammed bin Thani Al Shamsi",
          speaker_at="Al Shamsi said"),
        Q("the prize would also fund an English translation of the winning book, to be published next year by a "
          "London-based press", "indirect", "Organisers", None),
    ], source="blind"),
    Case("blind37-busplunge", """11 killed as express bus plunges into ravine on East-West Highway

GERIK: Eleven people were killed and 23 injured when an express bus carrying university students and their families plunged into a ravine on the East-West Highway near here early today.

The bus, travelling from Kota Baru to Butterworth, is believed to have lost control while descending a steep bend at Km 74 at about 3.15am, said Perak police chief Datuk Khairul Anuar Mohd Sidek.

"Preliminary investigations found that the bus skidded before crashing through the guardrail and falling about 15 metres," he told reporters at the scene.

"We are also looking into whether the driver had been on the road too long without rest."

He said the 47-year-old driver, who survived with leg injuries, had tested negative for drugs and would be remanded to assist investigations under Section 41(1) of the Road Transport Act 1987.

Among the dead were four students of Universiti Sains Malaysia, the varsity confirmed in a statement, adding that counsellors had been sent to its Penang campus.

Gerik Hospital director Dr S. Kalaiselvi said 23 victims, six of them in critical condition, had been brought to the hospital, with several later transferred to Raja Permaisuri Bainun Hospital in Ipoh.

"Our staff have been working non-stop since 4am. We activated the red code and called in off-duty doctors," she said.

Survivor Lim Wei Jie, 21, said most passengers had been asleep when the bus began to swerve.

"I woke up because people were screaming," said Lim, who suffered a broken arm, "and then everything turned over and over. I don't know how I got out."

According to the Road Transport Department (JPJ), the bus operator's permit was valid but the vehicle had been issued two summonses for speeding this year.

JPJ director-general Datuk Seri Rosnah Abdul Latiff said the department would audit the company's entire fleet of 38 buses, starting tomorrow.

State public works and transport committee chairman Tan Kok Seng, who visited the scene, described the crash as "a tragedy that should never have happened" and urged Putrajaya to speed up upgrading works on the stretch.

The state government would give RM5,000 to the family of each victim who died, the exco member said.""", [
        Q("The bus, travelling from Kota Baru to Butterworth, is believed to have lost control while descending a steep "
          "bend at Km 74 at about 3.15am", "indirect", "Khairul Anuar Mohd Sidek", "Khairul Anuar Mohd Sidek"),
        Q('"Preliminary investigations found that the bus skidded before crashing through the guardrail and falling '
          'about 15 metres,"', "direct", "he", "Khairul Anuar Mohd Sidek", speaker_at="he told reporters"),
        Q('"We are also looking into whether the driver had been on the road too long without rest."', "direct", "he",
          "Khairul Anuar Mohd Sidek", speaker_at="he told reporters"),
        Q("the 47-year-old driver, who survived with leg injuries, had tested negative for drugs and would be remanded "
          "to assist investigations under Section 41(1) of the Road Transport Act 1987", "indirect", "He",
          "Khairul Anuar Mohd Sidek", speaker_at="He said the 47-year-old"),
        Q("Among the dead were four students of Universiti Sains Malaysia", "indirect", "the varsity",
          "Universiti Sains Malaysia"),
        Q("that counsellors had been sent to its Penang campus", "indirect", "the varsity",
          "Universiti Sains Malaysia"),
        Q("23 victims, six of them in critical condition, had been brought to the hospital, with several later "
          "transferred to Raja Permaisuri Bainun Hospital in Ipoh", "indirect", "S. Kalaiselvi", "S. Kalaiselvi"),
        Q('"Our staff have been working non-stop since 4am. We activated the red code and called in off-duty doctors,"',
          "direct", "she", "S. Kalaiselvi", speaker_at="she said"),
        Q("most passengers had been asleep when the bus began to swerve", "indirect", "Lim Wei Jie", "Lim Wei Jie"),
        Q('"I woke up because people were screaming,"', "direct", "Lim", "Lim Wei Jie", speaker_at="said Lim"),
        Q('"and then everything turned over and over. I don\'t know how I got out."', "direct", "Lim", "Lim Wei Jie",
          speaker_at="said Lim"),
        Q("the bus operator's permit was valid but the vehicle had been issued two summonses for speeding this year",
          "indirect", "the Road Transport Department", "Road Transport Department"),
        Q("the department would audit the company's entire fleet of 38 buses, starting tomorrow", "indirect",
          "Rosnah Abdul Latiff", "Rosnah Abdul Latiff"),
        Q('"a tragedy that should never have happened"', "partial", "Tan Kok Seng", "Tan Kok Seng"),
        Q("The state government would give RM5,000 to the family of each victim who died", "indirect",
          "the exco member", "Tan Kok Seng"),
    ], source="blind"),
    Case("blind37-boxing", """Dela Cruz stops Kim in ninth to keep OPBF flyweight crown

LAPU-LAPU CITY—Rommel Dela Cruz retained his Oriental and Pacific Boxing Federation (OPBF) flyweight title with a ninth-round stoppage of South Korea’s Kim Tae-hoon on Saturday night at the Hoops Dome.

The 26-year-old, known as “Bagyo” (typhoon) back home in Bukidnon, dropped Kim twice with left hooks to the body before Thai referee Somchai Wongsawat waved the fight off at 1:47 of the ninth round.

“I felt he was getting tired from the sixth round, so I kept going to the body,” Dela Cruz said in Filipino after the fight. “Coach kept telling me, ‘patience, patience,’ and the opening came.”

Two judges had Dela Cruz ahead 78-74 at the time of the stoppage, while the third had it level.

His trainer, Ramon de Guzman, said the win should put his ward in line for a world title shot before the end of the year.

“We’ve proven he belongs with the best in Asia. Now we want the world champion,” De Guzman said. “Any of them. We are not choosing.”

Kim, 29, who had never been stopped in 22 professional fights, was taken to a hospital in Cebu City as a precaution.

“He hits harder than anyone I have fought,” the Korean said before leaving the venue, “but I will be back.”

His manager, Park Sung-min, told the Inquirer through an interpreter that the fighter was “okay, just disappointed.” He said Kim would likely return to the ring early next year.

The Games and Amusements Board (GAB), which regulates professional boxing in the country, said in a statement that Kim’s initial CT scan had come back clear.

Sen. Gregorio Tan-Alcaraz, a longtime boxing patron who sat ringside, said he would push for a bigger budget for the GAB’s medical unit in next year’s national budget.

“Our boxers bring so much pride to this country. The least we can do is make sure they are properly looked after before and after every fight,” the senator said.

Dela Cruz improved his record to 19-1 with 13 knockouts.""", [
        Q("“I felt he was getting tired from the sixth round, so I kept going to the body,”", "direct", "Dela Cruz",
          "Rommel Dela Cruz", speaker_at="Dela Cruz said in Filipino"),
        Q("“Coach kept telling me, ‘patience, patience,’ and the opening came.”", "direct", "Dela Cruz",
          "Rommel Dela Cruz", speaker_at="Dela Cruz said in Filipino"),
        Q("the win should put his ward in line for a world title shot before the end of the year", "indirect",
          "Ramon de Guzman", "Ramon de Guzman"),
        Q("“We’ve proven he belongs with the best in Asia. Now we want the world champion,”", "direct", "De Guzman",
          "Ramon de Guzman", speaker_at="De Guzman said"),
        Q("“Any of them. We are not choosing.”", "direct", "De Guzman", "Ramon de Guzman",
          speaker_at="De Guzman said"),
        Q("“He hits harder than anyone I have fought,”", "direct", "the Korean", "Kim Tae-hoon",
          speaker_at="the Korean said"),
        Q("“but I will be back.”", "direct", "the Korean", "Kim Tae-hoon", speaker_at="the Korean said"),
        Q("“okay, just disappointed.”", "partial", "Park Sung-min", "Park Sung-min"),
        Q("Kim would likely return to the ring early next year", "indirect", "He", "Park Sung-min",
          speaker_at="He said Kim"),
        Q("that Kim’s initial CT scan had come back clear", "indirect", "The Games and Amusements Board",
          "Games and Amusements Board"),
        Q("he would push for a bigger budget for the GAB’s medical unit in next year’s national budget", "indirect",
          "Gregorio Tan-Alcaraz", "Gregorio Tan-Alcaraz"),
        Q("“Our boxers bring so much pride to this country. The least we can do is make sure they are properly looked "
          "after before and after every fight,”", "direct", "the senator", "Gregorio Tan-Alcaraz"),
    ], source="blind"),
    Case("blind37-obituary", """Veteran journalist Ghulam Mustafa Soomro passes away

KARACHI: Veteran journalist and former Karachi Press Club president Ghulam Mustafa Soomro passed away at a private hospital here on Monday after a prolonged illness. He was 78.

His son, Bilal Soomro, said his father had been on a ventilator for a week after developing complications from pneumonia.

Born in Larkana in 1946, Soomro began his career as a proofreader at a Sindhi daily in Hyderabad before moving to Karachi in the 1970s, where he worked for several English and Urdu newspapers. He was arrested twice during the Zia regime over his reporting on the Movement for the Restoration of Democracy.

Karachi Press Club president Shehla Rahim Bukhari called him "a reporter's reporter" who never stopped going out into the field.

"When young reporters came to the club, Soomro sahib would sit with them for hours, reading their copy line by line," she said. "He never raised his voice and he never let a sloppy sentence pass.

"There are dozens of us working today who owe our careers to him."

Irfanul Haq Jafri, who worked with him at an Urdu evening paper in the 1980s, recalled that Soomro once spent three nights at a police station rather than reveal a source.

"He just sat there reading his book," Jafri said, laughing, "and in the end the SHO let him go out of sheer boredom."

The Pakistan Federal Union of Journalists (PFUJ), in a statement, described his death as "an irreparable loss to journalism" and recalled his role in the 1978 movement against press censorship.

In a condolence message, the Sindh chief minister said Soomro had "stood up for the freedom of the press when it was costly to do so".

His funeral prayers will be offered after Zuhr prayers on Tuesday at a mosque in Gulshan-i-Iqbal, according to the family.

He is survived by his wife, two sons and a daughter.""", [
        Q("his father had been on a ventilator for a week after developing complications from pneumonia", "indirect",
          "Bilal Soomro", "Bilal Soomro"),
        Q('"a reporter\'s reporter"', "partial", "Shehla Rahim Bukhari", "Shehla Rahim Bukhari"),
        Q('"When young reporters came to the club, Soomro sahib would sit with them for hours, reading their copy line '
          'by line,"', "direct", "she", "Shehla Rahim Bukhari", speaker_at="she said"),
        Q('"He never raised his voice and he never let a sloppy sentence pass.', "direct", "she",
          "Shehla Rahim Bukhari", speaker_at="she said"),
        Q('"There are dozens of us working today who owe our careers to him."', "direct", "she",
          "Shehla Rahim Bukhari", speaker_at="she said"),
        Q("that Soomro once spent three nights at a police station rather than reveal a source", "indirect",
          "Irfanul Haq Jafri", "Irfanul Haq Jafri"),
        Q('"He just sat there reading his book,"', "direct", "Jafri", "Irfanul Haq Jafri", speaker_at="Jafri said"),
        Q('"and in the end the SHO let him go out of sheer boredom."', "direct", "Jafri", "Irfanul Haq Jafri",
          speaker_at="Jafri said"),
        Q('"an irreparable loss to journalism"', "partial", "The Pakistan Federal Union of Journalists",
          "Pakistan Federal Union of Journalists"),
        Q('"stood up for the freedom of the press when it was costly to do so"', "partial", "the Sindh chief minister",
          None),
        Q("His funeral prayers will be offered after Zuhr prayers on Tuesday at a mosque in Gulshan-i-Iqbal",
          "indirect", "the family", None),
    ], source="blind"),
]
