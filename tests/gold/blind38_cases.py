"""Blind gold (set 38): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (straight, curly and British single quotes), annotated with
every quote, its speaker mention and the canonical speaker. See gold_format.py
for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind38-ap-bribery", """Ex-Chicago alderman convicted of taking bribes from towing company

CHICAGO (AP) — A federal jury on Tuesday convicted former Chicago Alderman Ricardo Villaseñor-Ortiz of bribery and extortion, finding that he took more than $180,000 in cash and campaign donations from a towing company in exchange for lucrative city contracts.

The verdict came after two days of deliberations in a three-week trial that featured secret recordings of the one-time chairman of the City Council's transportation committee counting cash in his ward office.

"This was a public official who put his office up for sale," U.S. Attorney Morris Pfeiffer-Lang told reporters outside the Dirksen Federal Courthouse. "Today a jury of his neighbors said that is not how Chicago works anymore."

Villaseñor-Ortiz, 61, showed little emotion as the verdict was read. His attorney, Denise O'Halloran-Reyes, said they would appeal.

"We respect the jury's work, but we believe the judge should never have allowed those recordings in," O'Halloran-Reyes said. She said the tapes had been "cut and stitched together" by an informant who was trying to save himself.

That informant, towing company owner Grzegorz Nowicki, testified last week that he paid the alderman in envelopes handed over at a taqueria on the Southwest Side. Nowicki, who pleaded guilty in 2022 and is awaiting sentencing, told jurors he "had no choice" if he wanted to keep his business.

Prosecutors played a 2019 recording in which Villaseñor-Ortiz can be heard telling Nowicki, "Nobody gets the contract unless they take care of the ward." Defense lawyers argued the alderman was referring to campaign donations, which are legal.

U.S. District Judge Haruto Kimura set sentencing for Oct. 14. The most serious count carries a maximum of 20 years in prison, though Villaseñor-Ortiz is likely to face far less under federal guidelines.

Ald. Maria Teresa Dávila, who replaced Villaseñor-Ortiz after he resigned in 2021, said in a statement that residents of the 22nd Ward "deserved better" and that she hoped the verdict would "close a painful chapter."

A spokesperson for the mayor's office said the city had rewritten its towing contract rules since the case came to light.

Outside the courthouse, a handful of the former alderman's supporters said they still believed in him.

"He's been our alderman for 20 years, and he helped a lot of people when nobody else would," said Lourdes Peña, a retired school cook. "One tape doesn't change that.\"""", [
        Q('"This was a public official who put his office up for sale,"', "direct", "Morris Pfeiffer-Lang",
          "Morris Pfeiffer-Lang"),
        Q('"Today a jury of his neighbors said that is not how Chicago works anymore."', "direct",
          "Morris Pfeiffer-Lang", "Morris Pfeiffer-Lang"),
        Q("they would appeal", "indirect", "Denise O'Halloran-Reyes", "Denise O'Halloran-Reyes"),
        Q('"We respect the jury\'s work, but we believe the judge should never have allowed those recordings in,"',
          "direct", "O'Halloran-Reyes", "Denise O'Halloran-Reyes", speaker_at="O'Halloran-Reyes said"),
        Q('"cut and stitched together"', "partial", "She", "Denise O'Halloran-Reyes", speaker_at="She said the tapes"),
        Q("that he paid the alderman in envelopes handed over at a taqueria on the Southwest Side", "indirect",
          "Grzegorz Nowicki", "Grzegorz Nowicki"),
        Q('"had no choice"', "partial", "Nowicki", "Grzegorz Nowicki", speaker_at="Nowicki, who pleaded"),
        Q('"Nobody gets the contract unless they take care of the ward."', "direct", "Villaseñor-Ortiz",
          "Ricardo Villaseñor-Ortiz", speaker_at="Villaseñor-Ortiz can be heard"),
        Q("the alderman was referring to campaign donations, which are legal", "indirect", "Defense lawyers", None),
        Q('"deserved better"', "partial", "Maria Teresa Dávila", "Maria Teresa Dávila"),
        Q('"close a painful chapter."', "partial", "Maria Teresa Dávila", "Maria Teresa Dávila"),
        Q("the city had rewritten its towing contract rules since the case came to light", "indirect",
          "A spokesperson for the mayor's office", None),
        Q("they still believed in him", "indirect", "a handful of the former alderman's supporters", None),
        Q('"He\'s been our alderman for 20 years, and he helped a lot of people when nobody else would,"', "direct",
          "Lourdes Peña", "Lourdes Peña"),
        Q('"One tape doesn\'t change that."', "direct", "Lourdes Peña", "Lourdes Peña"),
    ]),
    Case("blind38-bloomberg-airline", """Jade Pacific Swings to Profit as Asia Travel Rebound Lifts Bookings

(Bloomberg) -- Jade Pacific Airways returned to a first-half profit as travelers flocked back to long-haul routes out of Asia, though the Hong Kong carrier warned that softer fares and stubbornly high fuel costs would weigh on the rest of the year.

Net income was HK$2.1 billion ($269 million) in the six months ended June, compared with a loss of HK$640 million a year earlier, the company said in a filing to the Hong Kong stock exchange on Wednesday. Revenue rose 18% to HK$48.7 billion, beating the HK$46.9 billion average estimate of analysts surveyed by Bloomberg.

“The recovery in passenger traffic has been stronger than we planned for,” Chief Executive Officer Leung Chi-wai said at a briefing. “But the easy part is behind us. Yields are coming down as capacity returns across the region.”

Leung said the airline expects to restore 95% of its pre-pandemic flights by December and will take delivery of eight Airbus SE A350 jets next year.

Shares of Jade Pacific rose as much as 4.2% in Hong Kong, the biggest intraday gain since March.

Cargo, once the carrier’s lifeline during the pandemic, was weaker. Freight revenue fell 9% as container shipping rates declined and e-commerce volumes from mainland China slowed, according to the company.

“Cargo is normalizing, not collapsing,” said Chief Financial Officer Rebecca Ng Siu-ling, adding that management was “cautiously optimistic” about the year-end peak season.

Some analysts remain wary. Kwon Ji-hoon, an analyst at Hanbit Securities in Seoul, said the airline’s shortage of pilots remained the biggest risk to its growth plans.

“The pilot problem,” Kwon said by phone, “hasn’t gone away. If they can’t staff the aircraft, the new planes just sit on the ground.”

Jade Pacific said it had hired 1,200 cabin crew and 180 pilots so far this year and was expanding its training academy near the airport. The carrier’s chairman, Sir Anthony Ho Wing-kee, told shareholders in May that the group would spend HK$100 billion on new aircraft over the next decade.""", [
        Q("that softer fares and stubbornly high fuel costs would weigh on the rest of the year", "indirect",
          "the Hong Kong carrier", "Jade Pacific Airways"),
        Q("Net income was HK$2.1 billion ($269 million) in the six months ended June, compared with a loss of "
          "HK$640 million a year earlier", "indirect", "the company", "Jade Pacific Airways",
          speaker_at="the company said in a filing"),
        Q("“The recovery in passenger traffic has been stronger than we planned for,”", "direct", "Leung Chi-wai",
          "Leung Chi-wai"),
        Q("“But the easy part is behind us. Yields are coming down as capacity returns across the region.”", "direct",
          "Leung Chi-wai", "Leung Chi-wai"),
        Q("the airline expects to restore 95% of its pre-pandemic flights by December and will take delivery of "
          "eight Airbus SE A350 jets next year", "indirect", "Leung", "Leung Chi-wai", speaker_at="Leung said"),
        Q("Freight revenue fell 9% as container shipping rates declined and e-commerce volumes from mainland China "
          "slowed", "indirect", "the company", "Jade Pacific Airways", speaker_at="according to the company"),
        Q("“Cargo is normalizing, not collapsing,”", "direct", "Rebecca Ng Siu-ling", "Rebecca Ng Siu-ling"),
        Q("“cautiously optimistic”", "partial", "Rebecca Ng Siu-ling", "Rebecca Ng Siu-ling"),
        Q("the airline’s shortage of pilots remained the biggest risk to its growth plans", "indirect",
          "Kwon Ji-hoon", "Kwon Ji-hoon"),
        Q("“The pilot problem,”", "direct", "Kwon", "Kwon Ji-hoon", speaker_at="Kwon said"),
        Q("“hasn’t gone away. If they can’t staff the aircraft, the new planes just sit on the ground.”", "direct", "Kwon",
          "Kwon Ji-hoon", speaker_at="Kwon said"),
        Q("it had hired 1,200 cabin crew and 180 pilots so far this year and was expanding its training academy near "
          "the airport", "indirect", "Jade Pacific", "Jade Pacific Airways", speaker_at="Jade Pacific said"),
        Q("that the group would spend HK$100 billion on new aircraft over the next decade", "indirect",
          "Anthony Ho Wing-kee", "Anthony Ho Wing-kee"),
    ]),
    Case("blind38-echo-byelection", """Independent snatches Birchwood seat from Labour by 41 votes

An independent candidate has won the Birchwood ward by-election on City of Lincoln Council, taking the seat from Labour by just 41 votes as Reform UK surged into second place.

Dawn Ashby-Fenwick, a former school governor who has lived on the estate for more than 30 years, polled 612 votes. Reform's Kieran Dobbs finished second with 571, with Labour's Priya Chandrasekaran third on 498. The Conservatives were fourth and the Liberal Democrats fifth.

Turnout was 22.4 per cent, which deputy returning officer Martin Kowalczyk said was 'about what you'd expect in the middle of summer'.

Speaking after the count at Yarborough Leisure Centre in the early hours of Friday, Mrs Ashby-Fenwick said she was 'shattered but over the moon'.

'People on Birchwood told me again and again that nobody was listening to them,' she said. 'I've promised to be their voice at City Hall and that's exactly what I'm going to do.'

She said her first priority would be getting the play park off Birchwood Avenue reopened after it was fenced off last winter.

Mr Dobbs said the result showed Reform was now 'the real opposition in Lincoln'.

'Six months ago we didn't have a single activist in this ward,' he added. 'Next May we'll be standing in every seat in the city.'

The by-election was triggered by the death in June of long-serving Labour councillor Geoff Barraclough.

Council leader Naomi Oyelaran-Smith congratulated the winner but said Labour would 'reflect carefully' on the result.

'We have frozen our share of council tax for two years running while other councils have put it up,' Cllr Oyelaran-Smith said. 'That is a record I'm proud to stand on, and I think people will see that when it comes to May.'

Voters the Echo spoke to on polling day said potholes, antisocial behaviour and the closure of the estate's only GP surgery were their biggest concerns.

'It's been getting worse for years and nobody does anything about it,' said one pensioner, who did not want to be named.""", [
        Q("'about what you'd expect in the middle of summer'", "partial", "Martin Kowalczyk", "Martin Kowalczyk"),
        Q("'shattered but over the moon'", "partial", "Ashby-Fenwick", "Dawn Ashby-Fenwick",
          speaker_at="Mrs Ashby-Fenwick said"),
        Q("'People on Birchwood told me again and again that nobody was listening to them,'", "direct", "she",
          "Dawn Ashby-Fenwick", speaker_at="she said"),
        Q("'I've promised to be their voice at City Hall and that's exactly what I'm going to do.'", "direct", "she",
          "Dawn Ashby-Fenwick", speaker_at="she said"),
        Q("her first priority would be getting the play park off Birchwood Avenue reopened after it was fenced off "
          "last winter", "indirect", "She", "Dawn Ashby-Fenwick", speaker_at="She said her"),
        Q("'the real opposition in Lincoln'", "partial", "Dobbs", "Kieran Dobbs", speaker_at="Mr Dobbs said"),
        Q("'Six months ago we didn't have a single activist in this ward,'", "direct", "he", "Kieran Dobbs",
          speaker_at="he added"),
        Q("'Next May we'll be standing in every seat in the city.'", "direct", "he", "Kieran Dobbs",
          speaker_at="he added"),
        Q("'reflect carefully'", "partial", "Naomi Oyelaran-Smith", "Naomi Oyelaran-Smith"),
        Q("'We have frozen our share of council tax for two years running while other councils have put it up,'",
          "direct", "Oyelaran-Smith", "Naomi Oyelaran-Smith", speaker_at="Cllr Oyelaran-Smith said"),
        Q("'That is a record I'm proud to stand on, and I think people will see that when it comes to May.'",
          "direct", "Oyelaran-Smith", "Naomi Oyelaran-Smith", speaker_at="Cllr Oyelaran-Smith said"),
        Q("potholes, antisocial behaviour and the closure of the estate's only GP surgery were their biggest concerns",
          "indirect", "Voters the Echo spoke to on polling day", None),
        Q("'It's been getting worse for years and nobody does anything about it,'", "direct", "one pensioner", None),
    ]),
    Case("blind38-examiner-arson", """Man who set fire to Mallow pub with family asleep upstairs jailed for six years

A man who set fire to a Co Cork pub while the publican and her two children were asleep in the flat above has been jailed for six years.

Darren Fitzgibbon-Walsh, aged 34, of Ballydaheen, Mallow, pleaded guilty at Cork Circuit Criminal Court to arson at The Anchor Inn on Bridge Street on March 3 last year.

Detective Garda Aoife Ní Bhriain told the court that the accused had been asked to leave the premises shortly before closing time after a row with bar staff. He returned about 40 minutes later carrying a can of petrol, she said.

CCTV footage shown to the court showed Fitzgibbon-Walsh pouring fuel through the letterbox of the side door before setting it alight and running towards the town park.

The publican, Mary Cotter-Hegarty, woke to the sound of the smoke alarm. In a victim impact statement read to the court by prosecuting counsel Siobhán de Búrca BL, Ms Cotter-Hegarty said she still woke at night “smelling smoke”.

“I got my children out through the back window onto the shed roof. I don’t know what would have happened if we had been a minute later,” she said in the statement.

“The pub was my father’s, and his father’s before him. It is not just a business to us. It is our home.”

Colm Ó Riain SC, defending, said his client had struggled with alcohol addiction since his late teens and had “no memory” of much of the night.

“He is genuinely horrified by what he did, and he knows that sorry is not enough,” Mr Ó Riain said. He said Fitzgibbon-Walsh had written a letter of apology to the family and had attended addiction counselling in Cork Prison.

Judge Ciarán Mac Giolla Rua said it was “only by the grace of God” that nobody had been killed.

“This was a deliberate act, carried out in the full knowledge that a family was asleep upstairs,” the judge said. “The court cannot ignore that, whatever the state of the accused’s mind.”

He imposed a sentence of eight years, with the final two suspended on condition that the accused engage with the Probation Service for three years after his release.

Gardaí said the pub reopened last month following repairs estimated at more than €200,000.""", [
        Q("that the accused had been asked to leave the premises shortly before closing time after a row with bar "
          "staff", "indirect", "Aoife Ní Bhriain", "Aoife Ní Bhriain"),
        Q("He returned about 40 minutes later carrying a can of petrol", "indirect", "she", "Aoife Ní Bhriain",
          speaker_at="petrol, she said"),
        Q("“smelling smoke”", "partial", "Cotter-Hegarty", "Mary Cotter-Hegarty", speaker_at="Ms Cotter-Hegarty said"),
        Q("“I got my children out through the back window onto the shed roof. I don’t know what would have happened "
          "if we had been a minute later,”", "direct", "she", "Mary Cotter-Hegarty",
          speaker_at="she said in the statement"),
        Q("“The pub was my father’s, and his father’s before him. It is not just a business to us. It is our home.”",
          "direct", "she", "Mary Cotter-Hegarty", speaker_at="she said in the statement"),
        Q("his client had struggled with alcohol addiction since his late teens", "indirect", "Colm Ó Riain",
          "Colm Ó Riain"),
        Q("“no memory”", "partial", "Colm Ó Riain", "Colm Ó Riain"),
        Q("“He is genuinely horrified by what he did, and he knows that sorry is not enough,”", "direct", "Ó Riain",
          "Colm Ó Riain", speaker_at="Mr Ó Riain said"),
        Q("Fitzgibbon-Walsh had written a letter of apology to the family and had attended addiction counselling in "
          "Cork Prison", "indirect", "He", "Colm Ó Riain", speaker_at="He said Fitzgibbon-Walsh"),
        Q("“only by the grace of God”", "partial", "Ciarán Mac Giolla Rua", "Ciarán Mac Giolla Rua"),
        Q("“This was a deliberate act, carried out in the full knowledge that a family was asleep upstairs,”",
          "direct", "the judge", "Ciarán Mac Giolla Rua"),
        Q("“The court cannot ignore that, whatever the state of the accused’s mind.”", "direct", "the judge",
          "Ciarán Mac Giolla Rua"),
        Q("the pub reopened last month following repairs estimated at more than €200,000", "indirect", "Gardaí", None),
    ]),
    Case("blind38-westernpeople-gaa", """Mac Donncha the hero as Mayo edge Roscommon in Hyde Park thriller

Connacht SFC semi-final: Mayo 1-15 Roscommon 0-17

Substitute Eoin Mac Donncha kicked the winning point three minutes into stoppage time as Mayo survived a ferocious Roscommon comeback at Dr Hyde Park on Sunday to book their place in the Connacht final.

Mayo led by six at the break, 1-10 to 0-7, with full-forward Conor Ó Gallchobhair's 24th-minute goal the highlight of a dominant first half. But Roscommon, roared on by most of a crowd of 17,400, hit eight of the next ten points to draw level with five minutes left.

'We didn't play well for long stretches of that second half and I won't pretend we did,' Mayo manager Liam Horan-Duffy admitted afterwards. 'But there's a lot to be said for winning ugly in the Hyde. Not many teams come here and do it.'

Horan-Duffy reserved special praise for his bench, and in particular for Mac Donncha, who he said had 'earned his chance' with his club form for Ballintubber this spring.

The 21-year-old was typically modest. 'I just got on the end of a good move. The lads did all the hard work,' he said. 'I'll probably get a slagging in the dressing room for the two I missed earlier.'

Roscommon manager Enda Ó Conghaile said his side had been on the wrong end of a number of big calls, most notably a late free that was waved away when full-back Shane Kilbride-Naughton appeared to be dragged down.

'I'll have to look at it again, but from where I was standing it was a free in,' Ó Conghaile said. 'That's not why we lost, though. We gave them too big a start.'

Asked about what some supporters have long called 'the Hyde Park hoodoo', Horan-Duffy laughed: 'I don't believe in any of that. Ask me again if we lose the final.'

Mayo GAA said in a statement on Monday that corner-back Pádraig O'Malley-Gibbons had suffered a hamstring injury and would be assessed during the week.

Mayo will face Galway or Sligo in the Connacht final at MacHale Park on June 8.""", [
        Q("'We didn't play well for long stretches of that second half and I won't pretend we did,'", "direct",
          "Liam Horan-Duffy", "Liam Horan-Duffy"),
        Q("'But there's a lot to be said for winning ugly in the Hyde. Not many teams come here and do it.'", "direct",
          "Liam Horan-Duffy", "Liam Horan-Duffy"),
        Q("'earned his chance'", "partial", "he", "Liam Horan-Duffy", speaker_at="who he said"),
        Q("'I just got on the end of a good move. The lads did all the hard work,'", "direct", "he",
          "Eoin Mac Donncha", speaker_at="work,' he said"),
        Q("'I'll probably get a slagging in the dressing room for the two I missed earlier.'", "direct", "he",
          "Eoin Mac Donncha", speaker_at="work,' he said"),
        Q("his side had been on the wrong end of a number of big calls, most notably a late free that was waved away "
          "when full-back Shane Kilbride-Naughton appeared to be dragged down", "indirect", "Enda Ó Conghaile",
          "Enda Ó Conghaile"),
        Q("'I'll have to look at it again, but from where I was standing it was a free in,'", "direct", "Ó Conghaile",
          "Enda Ó Conghaile", speaker_at="in,' Ó Conghaile said"),
        Q("'That's not why we lost, though. We gave them too big a start.'", "direct", "Ó Conghaile",
          "Enda Ó Conghaile", speaker_at="in,' Ó Conghaile said"),
        Q("'I don't believe in any of that. Ask me again if we lose the final.'", "direct", "Horan-Duffy",
          "Liam Horan-Duffy", speaker_at="Horan-Duffy laughed"),
        Q("that corner-back Pádraig O'Malley-Gibbons had suffered a hamstring injury and would be assessed during the "
          "week", "indirect", "Mayo GAA", "Mayo GAA"),
    ]),
    Case("blind38-geelong-rates", """Ratepayers fume as council flags rate rise and bigger bin bill

Greater Geelong households will pay an average of $96 more next financial year under a draft budget that lifts rates by the maximum 2.75 per cent and adds a steep increase to the waste charge.

Mayor Melinda van Leeuwen said the increase was "the minimum we can responsibly do" with construction costs still climbing and several major projects under way.

"Every dollar we don't raise is a footpath we don't fix or a pool that stays shut for another summer," Cr van Leeuwen said.

The draft budget, released after Tuesday night's council meeting, includes $212 million in capital works, among them the long-delayed upgrade of the Norlane aquatic centre.

According to the council's chief financial officer, Deepak Raghunathan, the waste charge will rise by $34 to $498 a year, largely to cover a jump in the state landfill levy.

Not all councillors are on board. Cr Bruno Dimitrakopoulos, who voted against releasing the draft for consultation, said ratepayers were "being asked to pay more and get less".

"Libraries are cutting hours, mowing in some suburbs has gone out to every six weeks, and now this," he said. "People are entitled to ask where the money is going."

Geelong Ratepayers Association president Ron Fitzsimmons-Hart told the Addy the council should look at its own wages bill before asking households to dig deeper.

"They've lost control of their spending, full stop," he said.

For pensioners like Beryl O'Dwyer, 79, of Belmont, the rise comes on top of higher power and insurance bills.

"I'm on the pension and I've lived in this house for 51 years," Mrs O'Dwyer said. "Where am I meant to find another hundred dollars?"

A council spokeswoman said pensioners could apply for a rebate of up to $250 and that hardship arrangements were available for anyone struggling to pay.

Public submissions on the draft budget close on May 20.""", [
        Q('"the minimum we can responsibly do"', "partial", "Melinda van Leeuwen", "Melinda van Leeuwen"),
        Q('"Every dollar we don\'t raise is a footpath we don\'t fix or a pool that stays shut for another summer,"',
          "direct", "van Leeuwen", "Melinda van Leeuwen", speaker_at="Cr van Leeuwen said"),
        Q("the waste charge will rise by $34 to $498 a year, largely to cover a jump in the state landfill levy",
          "indirect", "Deepak Raghunathan", "Deepak Raghunathan"),
        Q('"being asked to pay more and get less"', "partial", "Bruno Dimitrakopoulos", "Bruno Dimitrakopoulos"),
        Q('"Libraries are cutting hours, mowing in some suburbs has gone out to every six weeks, and now this,"',
          "direct", "he", "Bruno Dimitrakopoulos", speaker_at='this," he said'),
        Q('"People are entitled to ask where the money is going."', "direct", "he", "Bruno Dimitrakopoulos",
          speaker_at='this," he said'),
        Q("the council should look at its own wages bill before asking households to dig deeper", "indirect",
          "Ron Fitzsimmons-Hart", "Ron Fitzsimmons-Hart"),
        Q('"They\'ve lost control of their spending, full stop,"', "direct", "he", "Ron Fitzsimmons-Hart",
          speaker_at='full stop," he said'),
        Q('"I\'m on the pension and I\'ve lived in this house for 51 years,"', "direct", "O'Dwyer", "Beryl O'Dwyer",
          speaker_at="Mrs O'Dwyer said"),
        Q('"Where am I meant to find another hundred dollars?"', "direct", "O'Dwyer", "Beryl O'Dwyer",
          speaker_at="Mrs O'Dwyer said"),
        Q("pensioners could apply for a rebate of up to $250 and that hardship arrangements were available for anyone "
          "struggling to pay", "indirect", "A council spokeswoman", None),
    ]),
    Case("blind38-timaru-drought", """Farmers offload stock early as big dry tightens grip on South Canterbury

South Canterbury farmers are sending stock to the works weeks earlier than usual and scrambling for feed as one of the driest summers on record tightens its grip on the region.

Timaru has recorded just 38mm of rain since the start of December, less than a third of normal, according to NIWA. Soil moisture levels across much of the district are the lowest for this time of year since 2015.

NIWA forecaster Dr Aroha Ngata-Paewai said there was little relief on the horizon.

“We’re looking at a continuation of settled, warm conditions for at least the next two to three weeks,” she said. “Any rain that does come through is likely to be patchy.”

Cave sheep and beef farmer Jo-Anne Fairbairn-Oakes has already sold 400 ewe lambs she would normally have kept, and is feeding out baleage she had set aside for winter.

“You make the call early or the call gets made for you,” she said. “It’s heartbreaking, but there’s no grass, and the price of feed has gone through the roof.”

She said some neighbours were paying more than $300 a bale for baleage trucked in from Southland.

Federated Farmers South Canterbury president Hamish Te Whata said the Government needed to classify the dry as a medium-scale adverse event, which would free up funding for rural support groups.

“The stress out there is real. People are tired, they’re watching their bank balances, and it’s only February,” Te Whata said.

A spokesperson for the Ministry for Primary Industries said officials were “monitoring conditions closely” and were in regular contact with local farming groups.

Rural Support Trust coordinator Pieter van der Heyden urged farmers to reach out early. “Pick up the phone. Talk to your neighbour, talk to us. Nobody should be sitting on this alone,” he said.

Timaru District Council has also brought in level 2 water restrictions for Timaru, Geraldine and Pleasant Point, banning the use of sprinklers between 7am and 7pm.

Council drainage and water manager Suzy Ratahi said demand had spiked during last week’s heat and residents needed to “do their bit”.""", [
        Q("Timaru has recorded just 38mm of rain since the start of December, less than a third of normal", "indirect",
          "NIWA", "NIWA", speaker_at="according to NIWA"),
        Q("there was little relief on the horizon", "indirect", "Aroha Ngata-Paewai", "Aroha Ngata-Paewai"),
        Q("“We’re looking at a continuation of settled, warm conditions for at least the next two to three weeks,”",
          "direct", "she", "Aroha Ngata-Paewai", speaker_at="weeks,” she said"),
        Q("“Any rain that does come through is likely to be patchy.”", "direct", "she", "Aroha Ngata-Paewai",
          speaker_at="weeks,” she said"),
        Q("“You make the call early or the call gets made for you,”", "direct", "she", "Jo-Anne Fairbairn-Oakes",
          speaker_at="for you,” she said"),
        Q("“It’s heartbreaking, but there’s no grass, and the price of feed has gone through the roof.”", "direct",
          "she", "Jo-Anne Fairbairn-Oakes", speaker_at="for you,” she said"),
        Q("some neighbours were paying more than $300 a bale for baleage trucked in from Southland", "indirect",
          "She", "Jo-Anne Fairbairn-Oakes", speaker_at="She said some"),
        Q("the Government needed to classify the dry as a medium-scale adverse event, which would free up funding for "
          "rural support groups", "indirect", "Hamish Te Whata", "Hamish Te Whata"),
        Q("“The stress out there is real. People are tired, they’re watching their bank balances, and it’s only "
          "February,”", "direct", "Te Whata", "Hamish Te Whata", speaker_at="February,” Te Whata said"),
        Q("“monitoring conditions closely”", "partial", "A spokesperson for the Ministry for Primary Industries", None),
        Q("“Pick up the phone. Talk to your neighbour, talk to us. Nobody should be sitting on this alone,”",
          "direct", "he", "Pieter van der Heyden", speaker_at="he said"),
        Q("demand had spiked during last week’s heat", "indirect", "Suzy Ratahi", "Suzy Ratahi"),
        Q("“do their bit”", "partial", "Suzy Ratahi", "Suzy Ratahi"),
    ]),
    Case("blind38-ottawa-railstrike", """O-Train grinds to a halt as rail workers walk off the job

Ottawa's light-rail system sat idle Monday after more than 400 train operators and maintenance workers walked off the job, forcing tens of thousands of commuters onto replacement buses in the middle of a snowstorm.

The strike by members of Amalgamated Transit Union Local 279 began at 12:01 a.m. after talks with the city broke down late Sunday over scheduling, overtime and the use of contractors on Line 1 maintenance.

"Nobody wanted to be out here today, least of all our members," union president Marc-André Desrosiers told reporters on the picket line outside the Belfast Yard. "But the city has been treating this system like a science experiment, and our people are the ones getting burned."

Desrosiers said the union had offered to keep talking through the weekend, but that the city's negotiators "walked away from the table."

Transit commission chair Coun. Gabrielle Dubé-Laroche disputed that account. In a statement, she said the city had tabled "a fair and competitive offer" and remained ready to return to bargaining "at any time, day or night."

OC Transpo general manager Olusegun Adeyemi-Clarke said about 150 replacement buses were running between Tunney's Pasture and Blair stations, but warned riders to expect long waits.

"We are asking people to work from home if they possibly can," Adeyemi-Clarke said. "This is not going to be a normal commute."

At Hurdman station, lineups for the buses snaked up the stairs and onto the street by 8 a.m.

"I've been standing here for forty minutes and two buses have gone past full," said Hyun-woo Park, a nursing student on his way to a placement at the General campus. "I'm going to miss my shift."

Another rider, Fatima Al-Zahrani, said she had given up and booked an Uber. "Twenty-eight dollars," she said, shaking her head. "Every day of this is going to cost me."

A prolonged shutdown would hit downtown businesses still struggling to recover from the pandemic, the Ottawa Board of Trade said in a statement.

No new talks were scheduled as of Monday evening, according to a city spokesperson.""", [
        Q('"Nobody wanted to be out here today, least of all our members,"', "direct", "Marc-André Desrosiers",
          "Marc-André Desrosiers"),
        Q('"But the city has been treating this system like a science experiment, and our people are the ones getting '
          'burned."', "direct", "Marc-André Desrosiers", "Marc-André Desrosiers"),
        Q("the union had offered to keep talking through the weekend", "indirect", "Desrosiers",
          "Marc-André Desrosiers", speaker_at="Desrosiers said"),
        Q('"walked away from the table."', "partial", "Desrosiers", "Marc-André Desrosiers",
          speaker_at="Desrosiers said"),
        Q('"a fair and competitive offer"', "partial", "she", "Gabrielle Dubé-Laroche", speaker_at="she said the city"),
        Q('"at any time, day or night."', "partial", "she", "Gabrielle Dubé-Laroche", speaker_at="she said the city"),
        Q("about 150 replacement buses were running between Tunney's Pasture and Blair stations", "indirect",
          "Olusegun Adeyemi-Clarke", "Olusegun Adeyemi-Clarke"),
        Q('"We are asking people to work from home if they possibly can,"', "direct", "Adeyemi-Clarke",
          "Olusegun Adeyemi-Clarke", speaker_at='can," Adeyemi-Clarke said'),
        Q('"This is not going to be a normal commute."', "direct", "Adeyemi-Clarke", "Olusegun Adeyemi-Clarke",
          speaker_at='can," Adeyemi-Clarke said'),
        Q('"I\'ve been standing here for forty minutes and two buses have gone past full,"', "direct",
          "Hyun-woo Park", "Hyun-woo Park"),
        Q('"I\'m going to miss my shift."', "direct", "Hyun-woo Park", "Hyun-woo Park"),
        Q("she had given up and booked an Uber", "indirect", "Fatima Al-Zahrani", "Fatima Al-Zahrani"),
        Q('"Twenty-eight dollars,"', "direct", "she", "Fatima Al-Zahrani", speaker_at="she said, shaking"),
        Q('"Every day of this is going to cost me."', "direct", "she", "Fatima Al-Zahrani",
          speaker_at="she said, shaking"),
        Q("A prolonged shutdown would hit downtown businesses still struggling to recover from the pandemic",
          "indirect", "the Ottawa Board of Trade", "Ottawa Board of Trade"),
        Q("No new talks were scheduled as of Monday evening", "indirect", "a city spokesperson", None),
    ]),
    Case("blind38-monitor-measles", """Measles outbreak confirmed in Kasese as cases climb to 87

The Ministry of Health has confirmed a measles outbreak in Kasese District after 87 suspected cases, including four deaths, were recorded in the past three weeks, most of them among children below five years.

In a statement issued on Tuesday, the ministry said samples from 14 patients had tested positive at the Uganda Virus Research Institute in Entebbe.

“The majority of the cases are children who have never received a single dose of the measles vaccine,” said Dr Enock Bwambale Muhindo, the Kasese District health officer. “Some parents in the mountain villages still hide their children when the vaccinators come.”

Dr Muhindo said the outbreak started in Kyondo Sub-county in early June and had since spread to the neighbouring Maliba and Bugoye sub-counties. He said a mass vaccination campaign targeting about 120,000 children aged between nine months and 14 years would start next Monday.

The ministry’s spokesperson, Ms Grace Kyomuhendo-Ochieng, told this newspaper that 150,000 doses had already been dispatched to the district from the national medical stores.

“We have the vaccines and we have the teams on the ground. What we need now is for parents to cooperate,” she said.

At Bwera General Hospital, where 19 children were admitted yesterday, Ms Kabugho Jovia sat beside her two sons, aged three and five. She said she had not known the vaccine was free.

“I thought they were charging money, so I stayed home,” Ms Kabugho said. “Now I have spent all my savings on transport and medicine.”

According to the World Health Organization, only about half of Ugandan children receive the second dose of the measles vaccine, far below the 95 per cent coverage needed to stop outbreaks.

Health officials said the risk of cross-border spread was high because of the busy Mpondwe market, which draws traders from the Democratic Republic of Congo several times a week.

The Kasese LC5 chairperson, Mr Elly Baluku-Kibaya, appealed to religious and cultural leaders to help mobilise communities. “When the pastor or the king speaks, people listen. We need them on our side,” he said.""", [
        Q("samples from 14 patients had tested positive at the Uganda Virus Research Institute in Entebbe", "indirect",
          "the ministry", "Ministry of Health", speaker_at="the ministry said"),
        Q("“The majority of the cases are children who have never received a single dose of the measles vaccine,”",
          "direct", "Enock Bwambale Muhindo", "Enock Bwambale Muhindo"),
        Q("“Some parents in the mountain villages still hide their children when the vaccinators come.”", "direct",
          "Enock Bwambale Muhindo", "Enock Bwambale Muhindo"),
        Q("the outbreak started in Kyondo Sub-county in early June and had since spread to the neighbouring Maliba and "
          "Bugoye sub-counties", "indirect", "Muhindo", "Enock Bwambale Muhindo", speaker_at="Dr Muhindo said"),
        Q("a mass vaccination campaign targeting about 120,000 children aged between nine months and 14 years would "
          "start next Monday", "indirect", "He", "Enock Bwambale Muhindo", speaker_at="He said a mass"),
        Q("that 150,000 doses had already been dispatched to the district from the national medical stores",
          "indirect", "Grace Kyomuhendo-Ochieng", "Grace Kyomuhendo-Ochieng"),
        Q("“We have the vaccines and we have the teams on the ground. What we need now is for parents to cooperate,”",
          "direct", "she", "Grace Kyomuhendo-Ochieng", speaker_at="cooperate,” she said"),
        Q("she had not known the vaccine was free", "indirect", "She", "Kabugho Jovia", speaker_at="She said she"),
        Q("“I thought they were charging money, so I stayed home,”", "direct", "Kabugho", "Kabugho Jovia",
          speaker_at="Ms Kabugho said"),
        Q("“Now I have spent all my savings on transport and medicine.”", "direct", "Kabugho", "Kabugho Jovia",
          speaker_at="Ms Kabugho said"),
        Q("only about half of Ugandan children receive the second dose of the measles vaccine, far below the 95 per "
          "cent coverage needed to stop outbreaks", "indirect", "the World Health Organization",
          "World Health Organization"),
        Q("the risk of cross-border spread was high because of the busy Mpondwe market, which draws traders from the "
          "Democratic Republic of Congo several times a week", "indirect", "Health officials", None),
        Q("“When the pastor or the king speaks, people listen. We need them on our side,”", "direct", "he",
          "Elly Baluku-Kibaya", speaker_at="side,” he said"),
    ]),
    Case("blind38-vanguard-chieftaincy", """Ode-Alaro stool: Kingmakers reject govt's choice, head to court

ABEOKUTA — KINGMAKERS in Ode-Alaro, Yewa North Local Government Area of Ogun State, have rejected the approval of Prince Adewale Oyegbade as the new Olode of Ode-Alaro, insisting that due process was not followed in his selection.

The stool has been vacant since the death of Oba Samuel Adegoke Fasanya II in 2021.

Speaking with journalists in Abeokuta, yesterday, the spokesman of the kingmakers, High Chief Rasheed Olaniyan-Ajayi, said the seven kingmakers were never consulted before the state government announced its choice.

"Five of us were not even at the meeting where they claimed the nomination was made. How can you pick a king without the kingmakers?" he asked.

"We are law-abiding people. We have instructed our lawyers to approach the court, and we urge the government to suspend the presentation of staff of office until the matter is resolved."

According to him, tradition demands that the Fasanya Ruling House produce the next monarch, not the Oyegbade family, which last occupied the throne in 1987.

But the Commissioner for Local Government and Chieftaincy Affairs, Chief Olufemi Adekoya-Balogun, said government had acted on the recommendation of the Yewa North Local Government chieftaincy committee.

"Government has no candidate in this matter. We followed the chieftaincy declaration to the letter, and anybody who is aggrieved is free to go to court," the commissioner said in a telephone interview with Vanguard.

Prince Oyegbade, in a statement by his media aide, Tunde Okonkwo-Bello, described the protest as "the handiwork of a few disgruntled elements" and appealed to his supporters to remain calm.

Some residents who spoke with our correspondent said tension had been building in the town, with youths loyal to both camps mounting roadblocks on Sunday night.

"Nobody slept here on Sunday. We heard gunshots around 11pm and everybody locked their doors," said Mrs Sikirat Adebayo, a trader at the Ode-Alaro market.

The state Police Public Relations Officer, DSP Kehinde Adeoye-Lawal, confirmed that a team of policemen had been deployed to the town to forestall a breakdown of law and order.

The dispute is the latest in a string of so-called "stool tussles" that have pitted ruling houses against one another across Yewaland in recent years.""", [
        Q("that due process was not followed in his selection", "indirect", "KINGMAKERS", None),
        Q("the seven kingmakers were never consulted before the state government announced its choice", "indirect",
          "Rasheed Olaniyan-Ajayi", "Rasheed Olaniyan-Ajayi"),
        Q('"Five of us were not even at the meeting where they claimed the nomination was made. How can you pick a '
          'king without the kingmakers?"', "direct", "he", "Rasheed Olaniyan-Ajayi", speaker_at="he asked"),
        Q('"We are law-abiding people. We have instructed our lawyers to approach the court, and we urge the '
          'government to suspend the presentation of staff of office until the matter is resolved."', "direct", "he",
          "Rasheed Olaniyan-Ajayi", speaker_at="he asked"),
        Q("tradition demands that the Fasanya Ruling House produce the next monarch, not the Oyegbade family, which "
          "last occupied the throne in 1987", "indirect", "him", "Rasheed Olaniyan-Ajayi",
          speaker_at="According to him"),
        Q("government had acted on the recommendation of the Yewa North Local Government chieftaincy committee",
          "indirect", "Olufemi Adekoya-Balogun", "Olufemi Adekoya-Balogun"),
        Q('"Government has no candidate in this matter. We followed the chieftaincy declaration to the letter, and '
          'anybody who is aggrieved is free to go to court,"', "direct", "the commissioner",
          "Olufemi Adekoya-Balogun"),
        Q('"the handiwork of a few disgruntled elements"', "partial", "Oyegbade", "Adewale Oyegbade",
          speaker_at="Prince Oyegbade, in"),
        Q("tension had been building in the town, with youths loyal to both camps mounting roadblocks on Sunday night",
          "indirect", "Some residents who spoke with our correspondent", None),
        Q('"Nobody slept here on Sunday. We heard gunshots around 11pm and everybody locked their doors,"', "direct",
          "Sikirat Adebayo", "Sikirat Adebayo"),
        Q("that a team of policemen had been deployed to the town to forestall a breakdown of law and order",
          "indirect", "Kehinde Adeoye-Lawal", "Kehinde Adeoye-Lawal"),
    ]),
    Case("blind38-sowetan-mine", """Families keep vigil as rescuers race to reach trapped miners

Families of six mineworkers trapped underground at a platinum mine outside Rustenburg kept a tearful vigil at the shaft gate yesterday as rescue teams worked through a second night to reach them.

The workers were trapped about 900m below the surface after a fall of ground at Bokamoso Platinum’s No 4 shaft on Sunday afternoon, the company said.

“Our rescue teams have established that there is a void behind the fall, and we remain hopeful,” Bokamoso chief executive Dr Hendrik du Plessis told journalists at the mine.

He said ventilation had been restored to the section and that rescuers were clearing rock by hand because heavy machinery could trigger further falls.

Among those waiting at the gate was Nomvula Khumalo, whose son Sipho, 27, is a winch operator.

“They phoned us at 6pm to say there was an accident. Since then nobody has come to tell us anything,” Khumalo said, clutching a photograph of her son. “I just want to see my child.”

The National Union of Mineworkers (NUM) said it had warned management about seismic activity at the shaft as recently as last month.

NUM regional secretary Sifiso Mahlangu said the union would demand a full inquiry into the accident.

“Our members have been complaining about this section for months. We raised it in the safety committee and nothing was done,” Mahlangu said.

The Department of Mineral Resources and Energy said in a statement that its inspectors were on site and that a Section 54 instruction had been issued halting all work at the shaft.

Amcu, which also represents workers at the mine, called for calm. Its branch chairperson, Thabo van Wyk, said: “This is not the time for blaming each other. Let us first bring our comrades home.”

As darkness fell, Rev Mpho Sebogodi of the local Methodist church led the families in prayer. “We are asking God to keep them breathing until the rescuers get there,” he said.

Last year 49 people died in accidents at South African mines, according to the Minerals Council South Africa.""", [
        Q("The workers were trapped about 900m below the surface after a fall of ground at Bokamoso Platinum’s No 4 "
          "shaft on Sunday afternoon", "indirect", "the company", "Bokamoso Platinum"),
        Q("“Our rescue teams have established that there is a void behind the fall, and we remain hopeful,”",
          "direct", "Hendrik du Plessis", "Hendrik du Plessis"),
        Q("ventilation had been restored to the section and that rescuers were clearing rock by hand because heavy "
          "machinery could trigger further falls", "indirect", "He", "Hendrik du Plessis",
          speaker_at="He said ventilation"),
        Q("“They phoned us at 6pm to say there was an accident. Since then nobody has come to tell us anything,”",
          "direct", "Khumalo", "Nomvula Khumalo", speaker_at="Khumalo said"),
        Q("“I just want to see my child.”", "direct", "Khumalo", "Nomvula Khumalo", speaker_at="Khumalo said"),
        Q("it had warned management about seismic activity at the shaft as recently as last month", "indirect",
          "The National Union of Mineworkers", "National Union of Mineworkers"),
        Q("the union would demand a full inquiry into the accident", "indirect", "Sifiso Mahlangu", "Sifiso Mahlangu"),
        Q("“Our members have been complaining about this section for months. We raised it in the safety committee and "
          "nothing was done,”", "direct", "Mahlangu", "Sifiso Mahlangu", speaker_at="done,” Mahlangu said"),
        Q("that its inspectors were on site and that a Section 54 instruction had been issued halting all work at the "
          "shaft", "indirect", "The Department of Mineral Resources and Energy",
          "Department of Mineral Resources and Energy"),
        Q("“This is not the time for blaming each other. Let us first bring our comrades home.”", "direct",
          "Thabo van Wyk", "Thabo van Wyk"),
        Q("“We are asking God to keep them breathing until the rescuers get there,”", "direct", "he", "Mpho Sebogodi",
          speaker_at="he said"),
        Q("Last year 49 people died in accidents at South African mines", "indirect",
          "the Minerals Council South Africa", "Minerals Council South Africa"),
    ]),
    Case("blind38-namibian-teachers", """Teachers down chalk as wage talks collapse

Thousands of teachers across the country stayed away from classrooms yesterday after wage negotiations between the government and the Namibia National Teachers' Union (Nantu) collapsed at the weekend.

The union is demanding an 8% salary increase for the 2025/26 financial year, while the government has offered 3%, citing pressure on the national budget.

Speaking to The Namibian in Windhoek, Nantu secretary general Ndapewa Shikongo-Haufiku said teachers had "run out of patience" after three years of what she described as "crumbs".

"Our members are teaching classes of 60 learners with no textbooks, and then we are told there is no money," Shikongo-Haufiku said. "We did not want this strike, but the employer has left us with no other choice."

She said about 70% of Nantu's 22,000 members had joined the strike on its first day, although the figure could not be independently verified.

Nantu has given the government until Friday to return with an improved offer, failing which it says the strike will become indefinite.

The executive director in the Ministry of Education, Innovation, Youth, Sports, Arts and Culture, Gerhard van der Merwe, told reporters the government's offer was "the best the fiscus can afford at this time".

"The ministry's door remains open. We are prepared to continue talking, but we cannot print money," Van der Merwe said.

He said school principals had been instructed to keep attendance registers and that striking teachers would not be paid for days not worked.

At Augustineum Secondary School in Katutura, learners sat in near-empty classrooms, and some were sent home before 10h00.

Parents are particularly worried about Grade 12 learners, who start their final examinations in October.

"My daughter is writing her final exams in a few months. Every day they lose now, they won't get back," said Johannes !Gaseb, a parent from Khomasdal.

The smaller Teachers' Union of Namibia (Tun) said it would decide on Thursday whether its members would join the strike.""", [
        Q('"run out of patience"', "partial", "Ndapewa Shikongo-Haufiku", "Ndapewa Shikongo-Haufiku"),
        Q('"crumbs"', "partial", "she", "Ndapewa Shikongo-Haufiku", speaker_at="she described"),
        Q('"Our members are teaching classes of 60 learners with no textbooks, and then we are told there is no '
          'money,"', "direct", "Shikongo-Haufiku", "Ndapewa Shikongo-Haufiku",
          speaker_at='money," Shikongo-Haufiku said'),
        Q('"We did not want this strike, but the employer has left us with no other choice."', "direct",
          "Shikongo-Haufiku", "Ndapewa Shikongo-Haufiku", speaker_at='money," Shikongo-Haufiku said'),
        Q("about 70% of Nantu's 22,000 members had joined the strike on its first day", "indirect", "She",
          "Ndapewa Shikongo-Haufiku", speaker_at="She said about"),
        Q("the strike will become indefinite", "indirect", "it", "Namibia National Teachers' Union",
          speaker_at="it says"),
        Q('"the best the fiscus can afford at this time"', "partial", "Gerhard van der Merwe",
          "Gerhard van der Merwe"),
        Q('"The ministry\'s door remains open. We are prepared to continue talking, but we cannot print money,"',
          "direct", "Van der Merwe", "Gerhard van der Merwe", speaker_at="Van der Merwe said"),
        Q("school principals had been instructed to keep attendance registers and that striking teachers would not be "
          "paid for days not worked", "indirect", "He", "Gerhard van der Merwe", speaker_at="He said school"),
        Q('"My daughter is writing her final exams in a few months. Every day they lose now, they won\'t get back,"',
          "direct", "Johannes !Gaseb", "Johannes !Gaseb"),
        Q("it would decide on Thursday whether its members would join the strike", "indirect",
          "Teachers' Union of Namibia", "Teachers' Union of Namibia"),
    ]),
    Case("blind38-gulftimes-squash", """Abou Zeid fights back to claim maiden Qatar Classic crown

Egypt's Hazem Abou Zeid clinched his maiden Qatar Classic title last night, recovering from a game down to beat Malaysia's Ng Kah Wei 9-11, 11-7, 11-4, 12-10 in a gripping final at the Khalifa International Tennis and Squash Complex.

The 24-year-old from Alexandria, seeded fourth, saved two game balls in the fourth before sealing victory with a crosscourt nick that brought the crowd on the all-glass show court, nicknamed the "fishbowl", to its feet.

"I've been coming to Doha since I was a junior and watching the big names lift this trophy," Abou Zeid said after the match. "To finally have my name on it, I don't have the words."

He said he had changed his approach after losing the opening game, taking the ball early and attacking the front of the court.

Ng, bidding to become the first Malaysian man to win the event, was gracious in defeat. "He was simply better than me in the big moments. I had my chances in the fourth and I didn't take them," he said.

His coach, Datuk Rozaimi Abdul Karim, told Gulf Times the world No 9 would skip next week's tournament in Cairo to rest a wrist problem that had troubled him all week.

In the women's final, top seed Nouran El Sayed-Hassan retained her title with a 3-1 win over compatriot Farida Mostafa, her regular training partner in Cairo. "It's never easy playing a friend in a final. We know each other's game too well," said El Sayed-Hassan, who collected $48,000 in prize money.

Qatar Squash Federation (QSF) president Sheikh Abdulla bin Saud Al Thani, who presented the trophies, said this year's edition had drawn record crowds, with more than 3,000 spectators at the two finals.

"Squash is growing in Qatar, and we want to see a Qatari player in these finals one day soon," Sheikh Abdulla said. He said the federation would expand its junior academy programme to schools in Al Wakra and Al Khor next year.

Wildcard Rashid al-Marri, 19, was the best-performing Qatari in the men's draw, reaching the second round before losing to Abou Zeid.""", [
        Q('"I\'ve been coming to Doha since I was a junior and watching the big names lift this trophy,"', "direct",
          "Abou Zeid", "Hazem Abou Zeid", speaker_at="Abou Zeid said"),
        Q('"To finally have my name on it, I don\'t have the words."', "direct", "Abou Zeid", "Hazem Abou Zeid",
          speaker_at="Abou Zeid said"),
        Q("he had changed his approach after losing the opening game, taking the ball early and attacking the front "
          "of the court", "indirect", "He", "Hazem Abou Zeid", speaker_at="He said he had"),
        Q('"He was simply better than me in the big moments. I had my chances in the fourth and I didn\'t take them,"',
          "direct", "he", "Ng Kah Wei", speaker_at='them," he said'),
        Q("the world No 9 would skip next week's tournament in Cairo to rest a wrist problem that had troubled him all "
          "week", "indirect", "Rozaimi Abdul Karim", "Rozaimi Abdul Karim"),
        Q('"It\'s never easy playing a friend in a final. We know each other\'s game too well,"', "direct",
          "El Sayed-Hassan", "Nouran El Sayed-Hassan", speaker_at="said El Sayed-Hassan"),
        Q("this year's edition had drawn record crowds, with more than 3,000 spectators at the two finals", "indirect",
          "Abdulla bin Saud Al Thani", "Abdulla bin Saud Al Thani"),
        Q('"Squash is growing in Qatar, and we want to see a Qatari player in these finals one day soon,"', "direct",
          "Abdulla", "Abdulla bin Saud Al Thani", speaker_at="Sheikh Abdulla said"),
        Q("the federation would expand its junior academy programme to schools in Al Wakra and Al Khor next year",
          "indirect", "He", "Abdulla bin Saud Al Thani", speaker_at="He said the federation"),
    ]),
    Case("blind38-malaysiakini-dengue", """Selangor dengue cases up 40pct, 11 deaths so far this year

Dengue cases in Selangor have jumped 40 percent compared with the same period last year, with 11 deaths recorded since January, according to the Selangor Health Department.

State health director Datuk Dr Noor Azlina Abdul Wahab said 18,452 cases had been reported up to the 24th epidemiological week, with the Petaling, Hulu Langat and Gombak districts accounting for more than 70 percent of them.

"The combination of intermittent rain and hot weather has created ideal breeding conditions for Aedes mosquitoes," she said in a statement today.

"We are very concerned about the number of breeding sites our officers are finding at construction sites and abandoned houses."

She said enforcement officers had issued 1,240 compound notices to owners of premises found with mosquito larvae since January.

State public health committee chairperson Lim Swee Kiat urged residents not to rely on fogging. "Fogging only kills adult mosquitoes. If you leave water in your flower pots and roof gutters, the larvae will hatch next week and we are back to square one," Lim said.

He said the state government had allocated an additional RM2 million to local councils for clean-up operations in hotspot areas.

In Subang Jaya, Rajeswari Subramaniam, 46, whose 12-year-old son spent five days in hospital last month, told Malaysiakini she blamed an abandoned construction site next to her housing area.

"They stopped work more than a year ago and the whole place is full of stagnant water. We have complained many times, but nothing happens," she said.

When contacted, the Subang Jaya City Council said it had served a notice on the developer and would carry out a clean-up at the site this week.

MBSJ added that it had inspected 3,600 premises in the municipality since May, and that 212 of them had been found to contain breeding sites.

Nationwide, 61,934 dengue cases and 38 deaths had been recorded as of last week, the Health Ministry said.""", [
        Q("Dengue cases in Selangor have jumped 40 percent compared with the same period last year, with 11 deaths "
          "recorded since January", "indirect", "the Selangor Health Department", "Selangor Health Department"),
        Q("18,452 cases had been reported up to the 24th epidemiological week, with the Petaling, Hulu Langat and "
          "Gombak districts accounting for more than 70 percent of them", "indirect", "Noor Azlina Abdul Wahab",
          "Noor Azlina Abdul Wahab"),
        Q('"The combination of intermittent rain and hot weather has created ideal breeding conditions for Aedes '
          'mosquitoes,"', "direct", "she", "Noor Azlina Abdul Wahab", speaker_at="she said in a statement"),
        Q('"We are very concerned about the number of breeding sites our officers are finding at construction sites '
          'and abandoned houses."', "direct", "she", "Noor Azlina Abdul Wahab", speaker_at="she said in a statement"),
        Q("enforcement officers had issued 1,240 compound notices to owners of premises found with mosquito larvae "
          "since January", "indirect", "She", "Noor Azlina Abdul Wahab", speaker_at="She said enforcement"),
        Q('"Fogging only kills adult mosquitoes. If you leave water in your flower pots and roof gutters, the larvae '
          'will hatch next week and we are back to square one,"', "direct", "Lim", "Lim Swee Kiat",
          speaker_at="Lim said"),
        Q("the state government had allocated an additional RM2 million to local councils for clean-up operations in "
          "hotspot areas", "indirect", "He", "Lim Swee Kiat", speaker_at="He said the state"),
        Q("she blamed an abandoned construction site next to her housing area", "indirect", "Rajeswari Subramaniam",
          "Rajeswari Subramaniam"),
        Q('"They stopped work more than a year ago and the whole place is full of stagnant water. We have complained '
          'many times, but nothing happens,"', "direct", "she", "Rajeswari Subramaniam",
          speaker_at='happens," she said'),
        Q("it had served a notice on the developer and would carry out a clean-up at the site this week", "indirect",
          "the Subang Jaya City Council", "Subang Jaya City Council"),
        Q("that it had inspected 3,600 premises in the municipality since May, and that 212 of them had been found to "
          "contain breeding sites", "indirect", "MBSJ", "Subang Jaya City Council"),
        Q("Nationwide, 61,934 dengue cases and 38 deaths had been recorded as of last week", "indirect",
          "the Health Ministry", "Health Ministry"),
    ]),
    Case("blind38-rappler-ferry", """9 dead, 14 missing as ferry capsizes off Romblon

ROMBLON, Philippines – At least nine people died and 14 others remain missing after a passenger ferry capsized in rough seas off Banton Island early Thursday, October 24, as Tropical Storm Dodong swept across the Sibuyan Sea.

The MV Princess Rosario, which was carrying 112 passengers and crew from Batangas to Romblon, overturned about three nautical miles off Banton at around 4 am, the Philippine Coast Guard (PCG) said. Eighty-nine people had been rescued as of Thursday evening.

PCG spokesperson Captain Maria Luisa de Guzman said the vessel had been cleared to sail from Batangas Port on Wednesday night, hours before PAGASA raised Signal No. 2 over Romblon.

“The sea conditions changed very quickly. By the time the signal was raised, the vessel was already in the middle of the crossing,” De Guzman told reporters in a briefing.

Survivor Rommel Dagohoy, a 34-year-old fish vendor from Odiongan, said the ferry began listing sharply after a large wave hit its side.

“Everyone was screaming. I grabbed my daughter and we jumped. We held on to a plastic container for almost two hours before a fishing boat found us,” he told Rappler in Filipino.

Banton Mayor Jonathan Magbanua said local fishermen had joined the search despite the weather. “Our fishermen went out even though it was dangerous. Some of the people on that boat are their relatives,” Magbanua said.

The Maritime Industry Authority (MARINA) said it had suspended the operator’s permit to sail pending an investigation, while the Department of Transportation ordered a review of all trips cleared on Wednesday night.

Senator Teodoro Macaraeg called the sinking “a tragedy that should never have happened” and said he would file a resolution seeking a Senate inquiry into how the trip was allowed.

“Every year we bury our people because of the same negligence. Every year we hold hearings. Enough,” Macaraeg said in a statement.

As of 5 pm, Dodong was last spotted 180 kilometers west of Calapan City, Oriental Mindoro, moving northwest at 20 km/h, according to PAGASA.""", [
        Q("The MV Princess Rosario, which was carrying 112 passengers and crew from Batangas to Romblon, overturned "
          "about three nautical miles off Banton at around 4 am", "indirect", "the Philippine Coast Guard",
          "Philippine Coast Guard"),
        Q("the vessel had been cleared to sail from Batangas Port on Wednesday night, hours before PAGASA raised "
          "Signal No. 2 over Romblon", "indirect", "Maria Luisa de Guzman", "Maria Luisa de Guzman"),
        Q("“The sea conditions changed very quickly. By the time the signal was raised, the vessel was already in the "
          "middle of the crossing,”", "direct", "De Guzman", "Maria Luisa de Guzman"),
        Q("the ferry began listing sharply after a large wave hit its side", "indirect", "Rommel Dagohoy",
          "Rommel Dagohoy"),
        Q("“Everyone was screaming. I grabbed my daughter and we jumped. We held on to a plastic container for almost "
          "two hours before a fishing boat found us,”", "direct", "he", "Rommel Dagohoy",
          speaker_at="he told Rappler"),
        Q("local fishermen had joined the search despite the weather", "indirect", "Jonathan Magbanua",
          "Jonathan Magbanua"),
        Q("“Our fishermen went out even though it was dangerous. Some of the people on that boat are their "
          "relatives,”", "direct", "Magbanua", "Jonathan Magbanua", speaker_at="relatives,” Magbanua said"),
        Q("it had suspended the operator’s permit to sail pending an investigation", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("“a tragedy that should never have happened”", "partial", "Teodoro Macaraeg", "Teodoro Macaraeg"),
        Q("he would file a resolution seeking a Senate inquiry into how the trip was allowed", "indirect",
          "Teodoro Macaraeg", "Teodoro Macaraeg"),
        Q("“Every year we bury our people because of the same negligence. Every year we hold hearings. Enough,”",
          "direct", "Macaraeg", "Teodoro Macaraeg", speaker_at="Macaraeg said in a statement"),
        Q("As of 5 pm, Dodong was last spotted 180 kilometers west of Calapan City, Oriental Mindoro, moving "
          "northwest at 20 km/h", "indirect", "PAGASA", "PAGASA", speaker_at="according to PAGASA"),
    ]),
    Case("blind38-island-bishop", """Bishop Emeritus Asoka Wijesundera Perera passes away at 88

The Rt Rev Dr Asoka Wijesundera Perera, former Anglican Bishop of Kurunegala and one of the country's best-known voices for inter-religious harmony, passed away on Tuesday at a private hospital in Colombo. He was 88.

Born in Moratuwa in 1936, Bishop Perera studied at Prince of Wales' College and later at Bishop's College, Calcutta, before being ordained in 1962. He served parishes in Badulla, Jaffna and Kandy before being consecrated bishop in 1987, at the height of the southern insurrection.

During the war years he travelled repeatedly to the North and East, often without an escort, and was dubbed 'the bus bishop' by the press for his habit of refusing official vehicles.

In a 2009 interview with this newspaper, he said: 'Reconciliation is not a word you put in a speech. It is something you do with your hands, one village at a time.'

The present Bishop of Kurunegala, the Rt Rev Dr Nihal Gunatilleke, described his predecessor as 'a shepherd who never forgot that the sheep come first'.

'He opened the doors of the church to everyone, whatever their faith or their politics. Many of us learned what it means to be a priest simply by watching him,' Bishop Gunatilleke said.

Ven. Kotagama Sumanasara Thera, chief incumbent of the Sri Bodhirukkarama Temple in Kurunegala, said the two men had worked side by side for decades on relief efforts after floods and the 2004 tsunami.

'We disagreed about many things, but never about the dignity of the poor,' the monk said.

Rev Fr Anthonypillai Jeyakumar, a Catholic priest from Jaffna, told The Island that Bishop Perera had been 'among the very few in the South who came to listen, not to lecture' during the conflict.

His niece, Dr Dilrukshi Perera-Gunawardena, said her uncle had insisted on taking the bus to his chemotherapy appointments until last year. 'He always said a bishop should never be too important to sit next to a farmer,' she said.

The Diocese of Kurunegala said the funeral service would be held at the Cathedral of Christ the King, Kurunegala, on Saturday at 3 pm, followed by burial in the cathedral cemetery.

Bishop Perera's memoir, 'A Bus to Jaffna', was published in 2011 and is still used in seminary courses on pastoral ministry.

He is survived by his wife, Chandrika, and two sons.""", [
        Q("'Reconciliation is not a word you put in a speech. It is something you do with your hands, one village at a "
          "time.'", "direct", "he", "Asoka Wijesundera Perera", speaker_at="he said:"),
        Q("'a shepherd who never forgot that the sheep come first'", "partial", "Nihal Gunatilleke",
          "Nihal Gunatilleke"),
        Q("'He opened the doors of the church to everyone, whatever their faith or their politics. Many of us learned "
          "what it means to be a priest simply by watching him,'", "direct", "Gunatilleke", "Nihal Gunatilleke",
          speaker_at="Bishop Gunatilleke said"),
        Q("the two men had worked side by side for decades on relief efforts after floods and the 2004 tsunami",
          "indirect", "Kotagama Sumanasara", "Kotagama Sumanasara"),
        Q("'We disagreed about many things, but never about the dignity of the poor,'", "direct", "the monk",
          "Kotagama Sumanasara"),
        Q("'among the very few in the South who came to listen, not to lecture'", "partial", "Anthonypillai Jeyakumar",
          "Anthonypillai Jeyakumar"),
        Q("her uncle had insisted on taking the bus to his chemotherapy appointments until last year", "indirect",
          "Dilrukshi Perera-Gunawardena", "Dilrukshi Perera-Gunawardena"),
        Q("'He always said a bishop should never be too important to sit next to a farmer,'", "direct", "she",
          "Dilrukshi Perera-Gunawardena", speaker_at="she said"),
        Q("the funeral service would be held at the Cathedral of Christ the King, Kurunegala, on Saturday at 3 pm, "
          "followed by burial in the cathedral cemetery", "indirect", "The Diocese of Kurunegala",
          "Diocese of Kurunegala"),
    ]),
]
