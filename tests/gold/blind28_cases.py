"""Blind gold, set 28: short news articles from many house styles, written once.

Sixteen articles in wire, regional and national styles (curly, straight and
British single quotes), annotated for every quote and its speaker. Written
without looking at the pretagger. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind28-recall", """Arizona voters recall state senator over groundwater deal

PHOENIX (AP) — Voters in a sprawling desert district east of Phoenix recalled Republican state Sen. Marcus DeLuca-Whitfield on Tuesday, a rare rebuke driven less by party than by fears over dwindling well water.

With nearly all ballots counted, 57% of voters backed removing DeLuca-Whitfield, the Maricopa County Elections Department said. He will be replaced by Democrat Rosalinda Echeverría Tso, a former school board president who appeared on the recall ballot as his challenger.

The recall drive began last spring after DeLuca-Whitfield cast the deciding vote on a groundwater bill that critics said gave a foreign-owned alfalfa grower near-unlimited pumping rights. Organizers collected more than 31,000 signatures in four months.

"People out here watched their wells go dry while he was cutting deals at the Capitol," Echeverría Tso told supporters at a union hall in Mesa. "Tonight they said enough."

DeLuca-Whitfield conceded shortly before midnight but called the recall "a misuse of a process meant for corruption, not for disagreement." In a written statement, he said he had voted his conscience and would "sleep fine tonight."

Senate President Warren Pettigrew, a fellow Republican, said the result should worry lawmakers of both parties.

"If every hard vote becomes a recall, nobody is going to take hard votes," Pettigrew said Wednesday. "That's not good for anybody."

The loss narrows the Republican majority in the state Senate to a single seat. Democrats said they would push to reopen the groundwater law as soon as Echeverría Tso is sworn in, which the governor's office said could happen as early as next week.

Recall elections for state lawmakers remain uncommon. According to the National Conference of State Legislatures, only a few dozen legislators have faced a recall vote in U.S. history, and fewer than half of them were removed.

Voters interviewed outside a polling place in Queen Creek mostly said water, not party, had decided their vote.

"I've voted Republican my whole life," said Dale Hrabowski, 68, a retired welder. "But you can't drink a party label."

Another voter, who gave only her first name, Yesenia, said her family had spent $14,000 deepening their well last year. "He never came out here once," she said.""", [
        Q("57% of voters backed removing DeLuca-Whitfield", "indirect", "the Maricopa County Elections Department",
          "Maricopa County Elections Department"),
        Q("gave a foreign-owned alfalfa grower near-unlimited pumping rights", "indirect", "critics", None),
        Q('"People out here watched their wells go dry while he was cutting deals at the Capitol,"', "direct",
          "Echeverría Tso", "Rosalinda Echeverría Tso", speaker_at="Echeverría Tso told"),
        Q('"Tonight they said enough."', "direct", "Echeverría Tso", "Rosalinda Echeverría Tso",
          speaker_at="Echeverría Tso told"),
        Q('"a misuse of a process meant for corruption, not for disagreement."', "partial", "DeLuca-Whitfield",
          "Marcus DeLuca-Whitfield", speaker_at="DeLuca-Whitfield conceded"),
        Q("he had voted his conscience", "indirect", "he", "Marcus DeLuca-Whitfield",
          speaker_at="In a written statement, he said"),
        Q('"sleep fine tonight."', "partial", "he", "Marcus DeLuca-Whitfield",
          speaker_at="In a written statement, he said"),
        Q("the result should worry lawmakers of both parties", "indirect", "Warren Pettigrew", "Warren Pettigrew"),
        Q('"If every hard vote becomes a recall, nobody is going to take hard votes,"', "direct", "Pettigrew",
          "Warren Pettigrew", speaker_at="Pettigrew said Wednesday"),
        Q('"That\'s not good for anybody."', "direct", "Pettigrew", "Warren Pettigrew",
          speaker_at="Pettigrew said Wednesday"),
        Q("they would push to reopen the groundwater law as soon as Echeverría Tso is sworn in", "indirect",
          "Democrats", None),
        Q("could happen as early as next week", "indirect", "the governor's office", None),
        Q("only a few dozen legislators have faced a recall vote in U.S. history, and fewer than half of them were "
          "removed", "indirect", "the National Conference of State Legislatures",
          "National Conference of State Legislatures"),
        Q("water, not party, had decided their vote", "indirect", "Voters interviewed outside a polling place",
          None),
        Q('"I\'ve voted Republican my whole life,"', "direct", "Dale Hrabowski", "Dale Hrabowski"),
        Q('"But you can\'t drink a party label."', "direct", "Dale Hrabowski", "Dale Hrabowski"),
        Q("her family had spent $14,000 deepening their well last year", "indirect", "Another voter", "Yesenia"),
        Q('"He never came out here once,"', "direct", "she", "Yesenia", speaker_at="she said"),
    ]),
    Case("blind28-badminton", """Unseeded Han stuns world number one to reach Malaysia Open final

KUALA LUMPUR, Jan 13, 2024 (AFP) - China's Han Zhenyu upset world number one Mads Vestergaard-Holm of Denmark 21-17, 12-21, 22-20 on Saturday to reach the final of the Malaysia Open, the first major tournament of the badminton season.

The unseeded 22-year-old saved two match points in a nervy decider at the Axiata Arena before sealing victory with a cross-court smash that brought the crowd to its feet.

"I didn't think about the score at the end, I just told myself to keep the shuttle in play," Han said through an interpreter. "Against Mads you cannot rush. He punishes every mistake."

Vestergaard-Holm, who won the title last year, said he had felt "a little flat" after a late finish in Friday's quarter-final but refused to blame fatigue.

"He was the better player on the big points, simple as that," the Dane told reporters. "I have no excuses."

Han will face Indonesia's Rizky Pratama Halim in Sunday's final after the fifth seed ended home hopes by beating Malaysia's Ng Tze Kheng 21-9, 21-18.

Ng, roared on by a near-capacity crowd, never recovered from a nightmare opening game and apologised to fans afterwards.

"I wanted so badly to give them a final on home soil," he said, his voice breaking. "Today my legs just weren't there."

Rizky, who has lost three of his four previous meetings with Han, said he would not change his approach. "Han is dangerous," he said, "but I have beaten him before and I know what to do."

Indonesia's men's singles coach Hendarto, who like many Indonesians goes by one name, said Rizky had worked hard on his defence during the off-season. According to Hendarto, the 24-year-old "is finally playing with patience."

In the women's draw, South Korea's Kim Ha-eun will meet Thailand's Chanida Wongsakul for the title. Kim, who has not dropped a game all week, said she was happy with her form but wary of Chanida's speed.

The Badminton World Federation said a record 1.2 million viewers had streamed Friday's matches on its online platform.""", [
        Q('"I didn\'t think about the score at the end, I just told myself to keep the shuttle in play,"', "direct",
          "Han", "Han Zhenyu", speaker_at="Han said through"),
        Q('"Against Mads you cannot rush. He punishes every mistake."', "direct", "Han", "Han Zhenyu",
          speaker_at="Han said through"),
        Q('"a little flat"', "partial", "Vestergaard-Holm", "Mads Vestergaard-Holm",
          speaker_at="Vestergaard-Holm, who won"),
        Q('"He was the better player on the big points, simple as that,"', "direct", "the Dane",
          "Mads Vestergaard-Holm"),
        Q('"I have no excuses."', "direct", "the Dane", "Mads Vestergaard-Holm"),
        Q('"I wanted so badly to give them a final on home soil,"', "direct", "he", "Ng Tze Kheng",
          speaker_at="he said, his voice"),
        Q('"Today my legs just weren\'t there."', "direct", "he", "Ng Tze Kheng", speaker_at="he said, his voice"),
        Q("he would not change his approach", "indirect", "Rizky", "Rizky Pratama Halim",
          speaker_at="Rizky, who has lost"),
        Q('"Han is dangerous,"', "direct", "he", "Rizky Pratama Halim", speaker_at='he said, "but'),
        Q('"but I have beaten him before and I know what to do."', "direct", "he", "Rizky Pratama Halim",
          speaker_at='he said, "but'),
        Q("Rizky had worked hard on his defence during the off-season", "indirect", "Hendarto", "Hendarto",
          speaker_at="coach Hendarto"),
        Q('"is finally playing with patience."', "partial", "Hendarto", "Hendarto",
          speaker_at="According to Hendarto"),
        Q("she was happy with her form but wary of Chanida's speed", "indirect", "Kim", "Kim Ha-eun",
          speaker_at="Kim, who has not"),
        Q("a record 1.2 million viewers had streamed Friday's matches on its online platform", "indirect",
          "The Badminton World Federation", "Badminton World Federation"),
    ]),
    Case("blind28-parking", """Anger as hospital parking charges set to rise by up to 40 per cent

NURSES and visitors at the Royal Bolton Hospital have reacted angrily to plans to increase parking charges by up to 40 per cent from April.

Bolton NHS Foundation Trust confirmed this week that the hourly rate for visitors will rise from £2 to £2.80, while staff permits will go up by £9 a month for those on the lowest pay bands.

The trust said the extra money was needed to maintain the multi-storey car park off Minerva Road and to fund a new shuttle bus from the town centre.

But Unison branch secretary Rehana Mahmood-Khan said staff felt 'punished for turning up to work'.

She added: 'Our members are already paying to park at a hospital where they work 12-hour shifts, often with unpaid overtime on top. Many of them are struggling with the cost of living as it is. This is the last thing they need.'

Cllr Jack Heyes-O'Rourke, who represents Farnworth and has started a petition against the rise, said he had been contacted by dozens of constituents.

'One gentleman told me he visits his wife on the cardiac ward every day and it's costing him more than his gas bill,' he said. 'That cannot be right.'

The petition had gathered more than 3,200 signatures by Thursday afternoon.

Derek Ainscough, of the Save Bolton Hospital Services campaign group, described the increase as 'a tax on the sick' and said the trust should look at cutting management costs instead.

A spokesperson for Bolton NHS Foundation Trust said: 'We understand that no one wants to pay more for parking, and we have not taken this decision lightly. Blue badge holders, parents of babies on the neonatal unit and patients attending for regular cancer treatment will continue to park for free.'

The spokesperson said concessions for frequent visitors were also being reviewed.

Marion Kershaw, 74, of Little Lever, who was leaving the hospital after visiting her sister, said: 'I had to put £8 in the machine this morning. I'm a pensioner – where am I meant to find that every week?'

Under government guidance, NHS trusts in England are expected to provide free parking for certain groups, including disabled people and staff working night shifts.

The new charges are due to come into effect on April 1.""", [
        Q("the hourly rate for visitors will rise from £2 to £2.80, while staff permits will go up by £9 a month for "
          "those on the lowest pay bands", "indirect", "Bolton NHS Foundation Trust", "Bolton NHS Foundation Trust",
          speaker_at="Bolton NHS Foundation Trust confirmed"),
        Q("the extra money was needed to maintain the multi-storey car park off Minerva Road and to fund a new shuttle "
          "bus from the town centre", "indirect", "The trust", "Bolton NHS Foundation Trust"),
        Q("'punished for turning up to work'", "partial", "Rehana Mahmood-Khan", "Rehana Mahmood-Khan"),
        Q("'Our members are already paying to park at a hospital where they work 12-hour shifts, often with unpaid "
          "overtime on top. Many of them are struggling with the cost of living as it is. This is the last thing they "
          "need.'", "direct", "She", "Rehana Mahmood-Khan", speaker_at="She added"),
        Q("he had been contacted by dozens of constituents", "indirect", "Jack Heyes-O'Rourke",
          "Jack Heyes-O'Rourke"),
        Q("'One gentleman told me he visits his wife on the cardiac ward every day and it's costing him more than his "
          "gas bill,'", "direct", "he", "Jack Heyes-O'Rourke", speaker_at="he said. 'That"),
        Q("'That cannot be right.'", "direct", "he", "Jack Heyes-O'Rourke", speaker_at="he said. 'That"),
        Q("'a tax on the sick'", "partial", "Derek Ainscough", "Derek Ainscough"),
        Q("the trust should look at cutting management costs instead", "indirect", "Derek Ainscough",
          "Derek Ainscough"),
        Q("'We understand that no one wants to pay more for parking, and we have not taken this decision lightly. Blue "
          "badge holders, parents of babies on the neonatal unit and patients attending for regular cancer treatment "
          "will continue to park for free.'", "direct", "A spokesperson for Bolton NHS Foundation Trust", None),
        Q("concessions for frequent visitors were also being reviewed", "indirect", "The spokesperson", None),
        Q("'I had to put £8 in the machine this morning. I'm a pensioner – where am I meant to find that every week?'",
          "direct", "Marion Kershaw", "Marion Kershaw"),
    ]),
    Case("blind28-culpable", """Bouncer guilty of killing dad with single punch outside Paisley pub

A BOUNCER has been found guilty of killing a dad-of-two with a single punch outside a Paisley pub.

Craig McAlinden, 34, struck Darren Fyfe-Macleod once on the side of the head as he was being thrown out of the Abbey Vaults in the town's Gauze Street in October 2022.

Mr Fyfe-Macleod, 41, fell backwards and hit his head on the pavement. He died in the Queen Elizabeth University Hospital in Glasgow four days later.

McAlinden denied murder, claiming he acted in self-defence. But a jury at the High Court in Glasgow yesterday convicted him of the reduced charge of culpable homicide by a majority verdict.

Fellow steward Stephen Gallacher told the court that Mr Fyfe-Macleod had been "mouthy but not aggressive" in the moments before the punch.

"He was swearing at us, but he wasn't squaring up or anything," Mr Gallacher said. "I didn't see any need for it."

Giving evidence, McAlinden insisted he had feared for his safety. "I thought he was going to headbutt me," he told the jury. "I reacted. I never meant for him to get hurt."

Advocate depute Shona McTavish-Greig, prosecuting, told jurors in her closing speech that the punch was "a deliberate act of violence by a trained professional who should have known better".

Defence counsel Euan Kirkpatrick-Lamb KC said his client was "genuinely remorseful" and had not slept properly since the incident.

Judge Morag Haldane-Kerr KC deferred sentence until next month for background reports and remanded McAlinden in custody.

"This was one punch, but its consequences will last a lifetime for Mr Fyfe-Macleod's family," the judge told him.

Outside court, the victim's sister, Kirsty Fyfe-Macleod, said the family were relieved but that "nothing will ever bring Darren back".

She said: "He was a brilliant dad and a brilliant brother. His boys ask for him every single day.

"We just hope people who work on the doors think twice before they lift their hands to somebody."

McAlinden, of Renfrew, will be sentenced in Edinburgh on March 14.""", [
        Q("he acted in self-defence", "indirect", "McAlinden", "Craig McAlinden", speaker_at="McAlinden denied"),
        Q('"mouthy but not aggressive"', "partial", "Stephen Gallacher", "Stephen Gallacher"),
        Q('"He was swearing at us, but he wasn\'t squaring up or anything,"', "direct", "Gallacher",
          "Stephen Gallacher", speaker_at="Mr Gallacher said"),
        Q('"I didn\'t see any need for it."', "direct", "Gallacher", "Stephen Gallacher",
          speaker_at="Mr Gallacher said"),
        Q("he had feared for his safety", "indirect", "McAlinden", "Craig McAlinden",
          speaker_at="McAlinden insisted"),
        Q('"I thought he was going to headbutt me,"', "direct", "he", "Craig McAlinden",
          speaker_at="he told the jury"),
        Q('"I reacted. I never meant for him to get hurt."', "direct", "he", "Craig McAlinden",
          speaker_at="he told the jury"),
        Q('"a deliberate act of violence by a trained professional who should have known better"', "partial",
          "Shona McTavish-Greig", "Shona McTavish-Greig"),
        Q('"genuinely remorseful"', "partial", "Euan Kirkpatrick-Lamb", "Euan Kirkpatrick-Lamb"),
        Q("had not slept properly since the incident", "indirect", "Euan Kirkpatrick-Lamb", "Euan Kirkpatrick-Lamb"),
        Q('"This was one punch, but its consequences will last a lifetime for Mr Fyfe-Macleod\'s family,"', "direct",
          "the judge", "Morag Haldane-Kerr"),
        Q("the family were relieved", "indirect", "Kirsty Fyfe-Macleod", "Kirsty Fyfe-Macleod"),
        Q('"nothing will ever bring Darren back"', "partial", "Kirsty Fyfe-Macleod", "Kirsty Fyfe-Macleod"),
        Q('"He was a brilliant dad and a brilliant brother. His boys ask for him every single day.', "direct", "She",
          "Kirsty Fyfe-Macleod", speaker_at="She said:"),
        Q('"We just hope people who work on the doors think twice before they lift their hands to somebody."',
          "direct", "She", "Kirsty Fyfe-Macleod", speaker_at="She said:"),
    ]),
    Case("blind28-camogie", """Sixmilebridge complete three-in-a-row in camogie thriller

Sixmilebridge 2-14 Kilmaley 1-15

SIXMILEBRIDGE are Clare senior camogie champions for the third year in a row after Caoimhe Ní Mhurchú’s injury-time point edged out a gallant Kilmaley in a pulsating county final at Cusack Park on Sunday.

Kilmaley, chasing a first senior crown since 2009, led by four points with 12 minutes remaining after a superb goal from corner-forward Róisín Mac Mahon, and looked set to end the holders’ reign.

But two frees from Sinéad O’Dea-Keane brought the Bridge back within range, and when substitute Laura Hehir found the net in the 57th minute the momentum had swung decisively.

“We never panic, that’s the one thing about this group,” said Sixmilebridge manager Seánie O’Loughlin. “Even when we were four down, I looked at the girls and I knew they believed. You can’t coach that.”

O’Loughlin paid tribute to Ní Mhurchú, who only returned from a cruciate ligament injury in August. The 24-year-old had been “outstanding in every training session since she came back”, he said.

Ní Mhurchú herself was more interested in talking about the opposition. “Fair play to Kilmaley, they put it up to us for the whole hour,” she told The Champion. “That’s as hard a game as we’ve had in three years.”

Kilmaley manager Ger Considine admitted his side had let the game slip from a winning position.

“We had it in our hands and we let it go,” Considine said. “It’s a young team and hopefully they’ll learn from it, because there’s a serious side there.”

Both managers praised referee Niamh Lyons for her handling of what they called a “tough, honest game”, in which only two yellow cards were shown.

The attendance of 2,300 was the biggest for a county camogie final in more than a decade, and Clare Camogie Board chairperson Máire Uí Bhriain said afterwards that the clubs had “done the county proud”.

Sixmilebridge now go forward to represent Clare in the Munster club championship, where they will meet the Cork champions in a fortnight.""", [
        Q("“We never panic, that’s the one thing about this group,”", "direct", "Seánie O’Loughlin",
          "Seánie O’Loughlin"),
        Q("“Even when we were four down, I looked at the girls and I knew they believed. You can’t coach that.”",
          "direct", "Seánie O’Loughlin", "Seánie O’Loughlin"),
        Q("“outstanding in every training session since she came back”", "partial", "he", "Seánie O’Loughlin",
          speaker_at="he said"),
        Q("“Fair play to Kilmaley, they put it up to us for the whole hour,”", "direct", "she",
          "Caoimhe Ní Mhurchú", speaker_at="she told The Champion"),
        Q("“That’s as hard a game as we’ve had in three years.”", "direct", "she", "Caoimhe Ní Mhurchú",
          speaker_at="she told The Champion"),
        Q("his side had let the game slip from a winning position", "indirect", "Ger Considine", "Ger Considine"),
        Q("“We had it in our hands and we let it go,”", "direct", "Considine", "Ger Considine",
          speaker_at="Considine said"),
        Q("“It’s a young team and hopefully they’ll learn from it, because there’s a serious side there.”", "direct",
          "Considine", "Ger Considine", speaker_at="Considine said"),
        Q("“tough, honest game”", "partial", "they", None, speaker_at="what they called"),
        Q("“done the county proud”", "partial", "Máire Uí Bhriain", "Máire Uí Bhriain"),
    ]),
    Case("blind28-geelong", """Irish raider storms home to claim Geelong Cup

IRISH raider Lough Derg Lad stamped himself a genuine Melbourne Cup chance with a powerful win in the $500,000 Geelong Cup on Wednesday, leaving the locals in his wake.

Ridden by Declan Keogh-Walsh, the five-year-old settled second-last before sweeping wide on the turn and running down the brave front-runner Bannockburn Belle in the final 100m to win by a length and a quarter.

“He’s a proper stayer, this lad,” Keogh-Walsh said after returning to scale. “I was a bit worried when they quickened at the 600, but once I pulled him out he just kept finding.”

Trainer Fionnuala de Búrca, who flew in from Co. Kildare on Monday, said the horse had taken time to settle after arriving at the Werribee quarantine centre last month.

“He didn’t eat properly for the first week and we were seriously thinking about not running him,” she said. “Credit to the staff at Werribee, they did a fantastic job with him.”

De Búrca confirmed Lough Derg Lad would now head to Flemington, and bookmakers cut his Melbourne Cup odds from $31 to $15 within minutes of the race.

Bannockburn Belle, prepared at the Geelong track by local trainer Matt van Lierop, held on for second in a result her trainer described as “bittersweet”.

“She’s run the race of her life,” van Lierop said. “To get beaten by one of the best stayers in the country,” he added, “well, in Ireland anyway, you can’t be too disappointed.”

The Geelong Racing Club’s chief executive, Sandra Paterson-Nguyen, said a crowd of about 11,500 had turned out, the biggest Cup crowd since 2019.

“It’s a massive day for the region and people really got behind it this year,” she added.

According to Racing Victoria, third placegetter Koroit Kid returned to the mounting yard lame in the near foreleg and will be examined by vets on Thursday.

Stewards also fined apprentice Liam Truong $500 for careless riding near the 400m.""", [
        Q("“He’s a proper stayer, this lad,”", "direct", "Keogh-Walsh", "Declan Keogh-Walsh",
          speaker_at="Keogh-Walsh said"),
        Q("“I was a bit worried when they quickened at the 600, but once I pulled him out he just kept finding.”",
          "direct", "Keogh-Walsh", "Declan Keogh-Walsh", speaker_at="Keogh-Walsh said"),
        Q("the horse had taken time to settle after arriving at the Werribee quarantine centre last month", "indirect",
          "Fionnuala de Búrca", "Fionnuala de Búrca"),
        Q("“He didn’t eat properly for the first week and we were seriously thinking about not running him,”",
          "direct", "she", "Fionnuala de Búrca", speaker_at="she said"),
        Q("“Credit to the staff at Werribee, they did a fantastic job with him.”", "direct", "she",
          "Fionnuala de Búrca", speaker_at="she said"),
        Q("Lough Derg Lad would now head to Flemington", "indirect", "De Búrca", "Fionnuala de Búrca"),
        Q("“bittersweet”", "partial", "her trainer", "Matt van Lierop"),
        Q("“She’s run the race of her life,”", "direct", "van Lierop", "Matt van Lierop",
          speaker_at="van Lierop said"),
        Q("“To get beaten by one of the best stayers in the country,”", "direct", "he", "Matt van Lierop",
          speaker_at="he added"),
        Q("“well, in Ireland anyway, you can’t be too disappointed.”", "direct", "he", "Matt van Lierop",
          speaker_at="he added"),
        Q("a crowd of about 11,500 had turned out, the biggest Cup crowd since 2019", "indirect",
          "Sandra Paterson-Nguyen", "Sandra Paterson-Nguyen"),
        Q("“It’s a massive day for the region and people really got behind it this year,”", "direct", "she",
          "Sandra Paterson-Nguyen", speaker_at="she added"),
        Q("third placegetter Koroit Kid returned to the mounting yard lame in the near foreleg and will be examined by "
          "vets on Thursday", "indirect", "Racing Victoria", "Racing Victoria"),
    ]),
    Case("blind28-cyclone", """Ex-cyclone leaves Sounds residents stranded as roads wash out

Dozens of households in the Marlborough Sounds are cut off this morning after ex-tropical Cyclone Ulani dumped more than 300mm of rain on parts of the region in 36 hours.

A state of local emergency was declared for Marlborough at 9pm on Sunday and remains in place.

Marlborough District Council said slips had closed Kenepuru Rd in at least seven places and Queen Charlotte Drive was shut between Havelock and Linkwater.

Mayor Ngaire Te Huia said the damage was "worse in places than 2021 and 2022 put together".

"We've got people in the outer Sounds who have no road access, no power and patchy phone coverage," Te Huia said. "Our priority today is making sure every one of them is safe and has what they need."

Civil Defence controller Ellie van der Westhuizen said a rescue helicopter had flown a woman with a heart condition from Te Mahia to Wairau Hospital overnight.

"She's stable, which is the main thing," van der Westhuizen said. "We'd ask people not to try to drive out. Stay where you are and let us come to you."

MetService meteorologist Ngaio Brennan warned that the worst of the wind was still to come for the top of the South Island, with gusts of up to 130kmh forecast for exposed parts of the Sounds this afternoon.

"People shouldn't think that because the rain has eased, it's over," Brennan said.

At Kenepuru Head, Hemi Walker said he and his neighbours had woken to find a section of the road below their homes had simply disappeared.

"Anyone who lives out here learns to keep a full pantry and a full tank of diesel," he said. "We'll be right for a week or so. After that it gets interesting."

Kenepuru Rd, which locals have nicknamed "the goat track" since storms in 2021 and 2022 closed it for months, had only fully reopened in October.

According to Marlborough Lines, about 1400 customers were without power at 7am, most of them in the Pelorus and Kenepuru sounds.

The NZ Transport Agency said State Highway 6 over the Rai Saddle had reopened under stop/go traffic management, but warned that drivers should expect delays.

Residents needing help are asked to call the council's emergency line.""", [
        Q("slips had closed Kenepuru Rd in at least seven places and Queen Charlotte Drive was shut between Havelock "
          "and Linkwater", "indirect", "Marlborough District Council", "Marlborough District Council"),
        Q('"worse in places than 2021 and 2022 put together"', "partial", "Ngaire Te Huia", "Ngaire Te Huia"),
        Q('"We\'ve got people in the outer Sounds who have no road access, no power and patchy phone coverage,"',
          "direct", "Te Huia", "Ngaire Te Huia", speaker_at="Te Huia said."),
        Q('"Our priority today is making sure every one of them is safe and has what they need."', "direct",
          "Te Huia", "Ngaire Te Huia", speaker_at="Te Huia said."),
        Q("a rescue helicopter had flown a woman with a heart condition from Te Mahia to Wairau Hospital overnight",
          "indirect", "Ellie van der Westhuizen", "Ellie van der Westhuizen"),
        Q('"She\'s stable, which is the main thing,"', "direct", "van der Westhuizen", "Ellie van der Westhuizen",
          speaker_at="van der Westhuizen said."),
        Q('"We\'d ask people not to try to drive out. Stay where you are and let us come to you."', "direct",
          "van der Westhuizen", "Ellie van der Westhuizen", speaker_at="van der Westhuizen said."),
        Q("the worst of the wind was still to come for the top of the South Island, with gusts of up to 130kmh "
          "forecast for exposed parts of the Sounds this afternoon", "indirect", "Ngaio Brennan", "Ngaio Brennan"),
        Q('"People shouldn\'t think that because the rain has eased, it\'s over,"', "direct", "Brennan",
          "Ngaio Brennan", speaker_at="Brennan said"),
        Q("he and his neighbours had woken to find a section of the road below their homes had simply disappeared",
          "indirect", "Hemi Walker", "Hemi Walker"),
        Q('"Anyone who lives out here learns to keep a full pantry and a full tank of diesel,"', "direct", "he",
          "Hemi Walker", speaker_at="he said"),
        Q('"We\'ll be right for a week or so. After that it gets interesting."', "direct", "he", "Hemi Walker",
          speaker_at="he said"),
        Q("about 1400 customers were without power at 7am, most of them in the Pelorus and Kenepuru sounds",
          "indirect", "Marlborough Lines", "Marlborough Lines"),
        Q("State Highway 6 over the Rai Saddle had reopened under stop/go traffic management", "indirect",
          "The NZ Transport Agency", "NZ Transport Agency"),
        Q("drivers should expect delays", "indirect", "The NZ Transport Agency", "NZ Transport Agency"),
    ]),
    Case("blind28-obituary", """Bombers great Réjean 'Tank' Lemieux dead at 81

Réjean Lemieux, the St. Boniface-born fullback who spent 11 seasons running through CFL defences for the Winnipeg Blue Bombers, has died. He was 81.

Lemieux died peacefully Tuesday at Riverview Health Centre with his family at his bedside, his daughter Danielle Lemieux-Boychuk told the Sun.

"Dad never thought of himself as anything special," she said. "He'd sign an autograph for a kid and then ask the kid about their hockey team.

"That was him. He never changed, not once in 81 years."

Known to teammates and fans as "Tank," Lemieux rushed for more than 5,000 yards in blue and gold and was a two-time West all-star. He was inducted into the Blue Bombers Hall of Fame in 1988.

The Bombers said in a statement that Lemieux "embodied everything this franchise stands for: toughness, loyalty and a love for Winnipeg."

Former teammate Walt Kowalchuk, who blocked for Lemieux for six seasons, remembered a man who "never once complained about a hit, and he took a lot of them."

"You'd hand Tank the ball on third-and-one and you just knew," Kowalchuk, 84, said from his home in Gimli. "Didn't matter who was in front of him. He was getting that yard."

After football, Lemieux ran a hardware store on Provencher Boulevard for nearly three decades and coached minor football in St. Boniface well into his 60s.

Rev. Lucien Gagné, who will preside at the funeral, said Lemieux had rarely missed Sunday mass at the cathedral and quietly paid for equipment for families who could not afford it.

"A lot of people in this parish only found out about that this week," Gagné said.

Lemieux is survived by Gisèle, his wife of 57 years, three children and seven grandchildren. A funeral mass will be held at St. Boniface Cathedral on Monday at 11 a.m.

"Dad would want people to wear blue and gold," Lemieux-Boychuk said. "So that's what we're asking."

In lieu of flowers, the family has asked for donations to the Bombers' community football program.""", [
        Q("Lemieux died peacefully Tuesday at Riverview Health Centre with his family at his bedside", "indirect",
          "Danielle Lemieux-Boychuk", "Danielle Lemieux-Boychuk"),
        Q('"Dad never thought of himself as anything special,"', "direct", "she", "Danielle Lemieux-Boychuk",
          speaker_at="she said"),
        Q('"He\'d sign an autograph for a kid and then ask the kid about their hockey team.', "direct", "she",
          "Danielle Lemieux-Boychuk", speaker_at="she said"),
        Q('"That was him. He never changed, not once in 81 years."', "direct", "she", "Danielle Lemieux-Boychuk",
          speaker_at="she said"),
        Q('"embodied everything this franchise stands for: toughness, loyalty and a love for Winnipeg."', "partial",
          "The Bombers", "Winnipeg Blue Bombers"),
        Q('"never once complained about a hit, and he took a lot of them."', "partial", "Walt Kowalchuk",
          "Walt Kowalchuk"),
        Q('"You\'d hand Tank the ball on third-and-one and you just knew,"', "direct", "Kowalchuk",
          "Walt Kowalchuk", speaker_at="Kowalchuk, 84"),
        Q('"Didn\'t matter who was in front of him. He was getting that yard."', "direct", "Kowalchuk",
          "Walt Kowalchuk", speaker_at="Kowalchuk, 84"),
        Q("Lemieux had rarely missed Sunday mass at the cathedral and quietly paid for equipment for families who "
          "could not afford it", "indirect", "Lucien Gagné", "Lucien Gagné"),
        Q('"A lot of people in this parish only found out about that this week,"', "direct", "Gagné",
          "Lucien Gagné", speaker_at="Gagné said"),
        Q('"Dad would want people to wear blue and gold,"', "direct", "Lemieux-Boychuk", "Danielle Lemieux-Boychuk",
          speaker_at="Lemieux-Boychuk said"),
        Q('"So that\'s what we\'re asking."', "direct", "Lemieux-Boychuk", "Danielle Lemieux-Boychuk",
          speaker_at="Lemieux-Boychuk said"),
    ]),
    Case("blind28-typhoid", """Typhoid outbreak: Kasese records 412 cases in three weeks

KASESE - At least 412 people have been treated for typhoid in Kasese district over the past three weeks, with three deaths recorded, health officials have said.

The district health officer, Dr Robinah Kabugo Tumusiime, said most of the cases were from Nyamwamba and Bulembia divisions in Kasese Municipality, where many residents rely on shallow wells and the River Nyamwamba for drinking water.

"Our laboratory confirmed Salmonella Typhi in samples from 38 patients, and the rest were diagnosed clinically," Tumusiime told New Vision on Tuesday. "We are seeing a lot of children and young adults."

She said the district had opened an isolation and treatment unit at Kagando Hospital and deployed village health teams to sensitise communities on boiling water and washing hands.

The Ministry of Health has dispatched a rapid response team to support the district. In a statement, the ministry urged the public to "drink only boiled or treated water and avoid eating cold food from roadside vendors."

Residents blame the outbreak on the floods that hit the area in May, damaging water pipes and pit latrines.

"Since the floods, the tap water comes out brown," said Jane Masika, a mother of four in Bulembia. "We have no money to buy charcoal to boil everything."

The National Water and Sewerage Corporation (NWSC) area manager, Eng. Moses Kule Bwambale, said repairs on the main supply line had been completed and chlorination had been stepped up.

"We have increased chlorine levels at the treatment plant and we are testing water at 20 points across the municipality every day," Bwambale said.

However, Kasese Municipality mayor Sylvester Baluku Kule said the council lacked the funds to replace the town's ageing sewer system, which he said was built in the 1960s for a much smaller population.

"We have been asking the Government for a new sewer line for ten years," Baluku said. "Every rainy season we are fighting either cholera or typhoid."

According to the World Health Organization, typhoid remains endemic in many parts of Uganda, where limited access to safe water and sanitation allows the disease to spread easily.

Anyone with a prolonged fever, headache or stomach pain should seek treatment at the nearest health facility.""", [
        Q("At least 412 people have been treated for typhoid in Kasese district over the past three weeks, with three "
          "deaths recorded", "indirect", "health officials", None),
        Q("most of the cases were from Nyamwamba and Bulembia divisions in Kasese Municipality, where many residents "
          "rely on shallow wells and the River Nyamwamba for drinking water", "indirect", "Robinah Kabugo Tumusiime",
          "Robinah Kabugo Tumusiime"),
        Q('"Our laboratory confirmed Salmonella Typhi in samples from 38 patients, and the rest were diagnosed '
          'clinically,"', "direct", "Tumusiime", "Robinah Kabugo Tumusiime", speaker_at="Tumusiime told"),
        Q('"We are seeing a lot of children and young adults."', "direct", "Tumusiime", "Robinah Kabugo Tumusiime",
          speaker_at="Tumusiime told"),
        Q("the district had opened an isolation and treatment unit at Kagando Hospital and deployed village health "
          "teams to sensitise communities on boiling water and washing hands", "indirect", "She",
          "Robinah Kabugo Tumusiime", speaker_at="She said the district"),
        Q('"drink only boiled or treated water and avoid eating cold food from roadside vendors."', "partial",
          "the ministry", "Ministry of Health", speaker_at="the ministry urged"),
        Q('"Since the floods, the tap water comes out brown,"', "direct", "Jane Masika", "Jane Masika"),
        Q('"We have no money to buy charcoal to boil everything."', "direct", "Jane Masika", "Jane Masika"),
        Q("repairs on the main supply line had been completed and chlorination had been stepped up", "indirect",
          "Moses Kule Bwambale", "Moses Kule Bwambale"),
        Q('"We have increased chlorine levels at the treatment plant and we are testing water at 20 points across the '
          'municipality every day,"', "direct", "Bwambale", "Moses Kule Bwambale", speaker_at="Bwambale said"),
        Q("the council lacked the funds to replace the town's ageing sewer system", "indirect",
          "Sylvester Baluku Kule", "Sylvester Baluku Kule"),
        Q("was built in the 1960s for a much smaller population", "indirect", "he", "Sylvester Baluku Kule",
          speaker_at="which he said"),
        Q('"We have been asking the Government for a new sewer line for ten years,"', "direct", "Baluku",
          "Sylvester Baluku Kule", speaker_at="Baluku said"),
        Q('"Every rainy season we are fighting either cholera or typhoid."', "direct", "Baluku",
          "Sylvester Baluku Kule", speaker_at="Baluku said"),
        Q("typhoid remains endemic in many parts of Uganda, where limited access to safe water and sanitation allows "
          "the disease to spread easily", "indirect", "the World Health Organization", "World Health Organization"),
    ]),
    Case("blind28-chieftaincy", """Onijero stool: Ruling house rejects kingmakers' choice, heads to court

THE contest for the vacant stool of the Onijero of Ijero-Alafia in Oyo State took a fresh turn on Monday as the Olatunbosun Ruling House rejected the nomination of Prince Adewale Agbaje-Oyelaran by the town's kingmakers and vowed to challenge it in court.

The throne became vacant in March last year following the death of Oba Samuel Ajibola Olatunbosun II, who reigned for 34 years.

Addressing journalists in Ibadan, the head of the Olatunbosun Ruling House, Chief Emmanuel Olaoluwa Adeniji-Olatunbosun, said it was the turn of his family to produce the next monarch under the chieftaincy declaration registered in 1957.

"The declaration is clear. There are two ruling houses and they rotate," he said. "The last Onijero came from our house only because the Agbaje family had no eligible candidate at that time. That arrangement did not cancel our turn."

He alleged that some of the kingmakers had been "induced" to ignore the rotation, a claim the kingmakers have denied.

Speaking on behalf of the seven kingmakers, the Eesa of Ijero-Alafia, Chief Rasheed Alabi Ogundele, told Tribune that the selection process had been "transparent and in line with tradition".

"We consulted Ifa, we consulted the elders and we voted. Six of us voted for Prince Agbaje-Oyelaran," Ogundele said. "Anybody who is not satisfied is free to go to court.

"We are ready for them. The tradition of Ijero-Alafia is not for sale."

The Oyo State Commissioner for Local Government and Chieftaincy Matters, Hon. Folake Adigun-Bello, called for calm, saying the government would not approve any candidate until all petitions had been looked into.

According to residents, there was tension in the town on Saturday when youths loyal to both families clashed near the palace, leaving at least four people injured.

The state Police Public Relations Officer, SP Olubunmi Fadeyi-Akande, confirmed the incident, saying two suspects had been arrested and that policemen had been deployed to the palace and the town's main market.

When contacted on Monday, Prince Agbaje-Oyelaran, a retired permanent secretary, declined to speak on the matter. In a text message, however, he described himself as "a son of the soil who only wants peace for Ijero-Alafia".""", [
        Q("it was the turn of his family to produce the next monarch under the chieftaincy declaration registered in "
          "1957", "indirect", "Emmanuel Olaoluwa Adeniji-Olatunbosun", "Emmanuel Olaoluwa Adeniji-Olatunbosun"),
        Q('"The declaration is clear. There are two ruling houses and they rotate,"', "direct", "he",
          "Emmanuel Olaoluwa Adeniji-Olatunbosun", speaker_at='he said. "The last'),
        Q('"The last Onijero came from our house only because the Agbaje family had no eligible candidate at that '
          'time. That arrangement did not cancel our turn."', "direct", "he", "Emmanuel Olaoluwa Adeniji-Olatunbosun",
          speaker_at='he said. "The last'),
        Q('"induced"', "partial", "He", "Emmanuel Olaoluwa Adeniji-Olatunbosun", speaker_at="He alleged"),
        Q('"transparent and in line with tradition"', "partial", "Rasheed Alabi Ogundele", "Rasheed Alabi Ogundele"),
        Q('"We consulted Ifa, we consulted the elders and we voted. Six of us voted for Prince Agbaje-Oyelaran,"',
          "direct", "Ogundele", "Rasheed Alabi Ogundele", speaker_at="Ogundele said"),
        Q('"Anybody who is not satisfied is free to go to court.', "direct", "Ogundele", "Rasheed Alabi Ogundele",
          speaker_at="Ogundele said"),
        Q('"We are ready for them. The tradition of Ijero-Alafia is not for sale."', "direct", "Ogundele",
          "Rasheed Alabi Ogundele", speaker_at="Ogundele said"),
        Q("the government would not approve any candidate until all petitions had been looked into", "indirect",
          "Folake Adigun-Bello", "Folake Adigun-Bello"),
        Q("there was tension in the town on Saturday when youths loyal to both families clashed near the palace, "
          "leaving at least four people injured", "indirect", "residents", None),
        Q("two suspects had been arrested and that policemen had been deployed to the palace and the town's main "
          "market", "indirect", "Olubunmi Fadeyi-Akande", "Olubunmi Fadeyi-Akande"),
        Q('"a son of the soil who only wants peace for Ijero-Alafia"', "partial", "he", "Adewale Agbaje-Oyelaran",
          speaker_at="he described himself"),
    ]),
    Case("blind28-dockers", """Dockers down tools at East London port

OPERATIONS at the Port of East London ground to a halt yesterday as more than 400 dockworkers downed tools over wages, leaving three vessels waiting at anchor and hundreds of new vehicles stranded at the car terminal.

The workers, members of the South African Transport and Allied Workers Union (Satawu), are demanding a 12% increase. Transnet Port Terminals (TPT) has offered 5.5%.

Satawu’s Eastern Cape secretary, Mzoxolo Ntshinga, said workers had been “pushed into a corner” after six months of talks.

“Our members handle billions of rands of cargo through this port every year, but many of them cannot afford to send their children to university,” Ntshinga told the Dispatch at the picket line outside the harbour gates. “We did not want to strike. Transnet left us with no choice.”

Ntshinga said the strike would continue “until management comes back with a serious offer”.

TPT spokesperson Siyabonga Mthembu said the company remained committed to negotiations, but said the strike was unprotected because the union had not given the required 48 hours’ notice.

“Contingency plans have been activated to minimise disruption to our customers,” Mthembu said in a statement. “Any employee participating in unprotected industrial action will be subject to the principle of no work, no pay.”

The Border-Kei Chamber of Business warned that even a short stoppage could hurt the region’s automotive industry, which relies heavily on the port to export vehicles to Europe.

“Every day the port is closed costs the local economy millions,” chamber chief executive Jacques van Rooyen said. “We urge both parties to get back to the table today, not next week.”

On the picket line, the mood was defiant. A crane operator who has worked at the port for 19 years, and who asked not to be named for fear of victimisation, said he took home less than R14,000 a month after deductions.

“Prices go up every year. Our salaries stay the same,” he said, to cheers from colleagues singing struggle songs nearby.

Police spokesperson Captain Nokuthula Gqirana said officers were monitoring the situation and no incidents had been reported by yesterday afternoon.

Talks between the two parties are expected to resume at the CCMA tomorrow.""", [
        Q("“pushed into a corner”", "partial", "Mzoxolo Ntshinga", "Mzoxolo Ntshinga"),
        Q("“Our members handle billions of rands of cargo through this port every year, but many of them cannot "
          "afford to send their children to university,”", "direct", "Ntshinga", "Mzoxolo Ntshinga",
          speaker_at="Ntshinga told"),
        Q("“We did not want to strike. Transnet left us with no choice.”", "direct", "Ntshinga", "Mzoxolo Ntshinga",
          speaker_at="Ntshinga told"),
        Q("the strike would continue", "indirect", "Ntshinga", "Mzoxolo Ntshinga", speaker_at="Ntshinga said the"),
        Q("“until management comes back with a serious offer”", "partial", "Ntshinga", "Mzoxolo Ntshinga",
          speaker_at="Ntshinga said the"),
        Q("the company remained committed to negotiations", "indirect", "Siyabonga Mthembu", "Siyabonga Mthembu"),
        Q("the strike was unprotected because the union had not given the required 48 hours’ notice", "indirect",
          "Siyabonga Mthembu", "Siyabonga Mthembu"),
        Q("“Contingency plans have been activated to minimise disruption to our customers,”", "direct", "Mthembu",
          "Siyabonga Mthembu", speaker_at="Mthembu said in a statement"),
        Q("“Any employee participating in unprotected industrial action will be subject to the principle of no work, "
          "no pay.”", "direct", "Mthembu", "Siyabonga Mthembu", speaker_at="Mthembu said in a statement"),
        Q("even a short stoppage could hurt the region’s automotive industry, which relies heavily on the port to "
          "export vehicles to Europe", "indirect", "The Border-Kei Chamber of Business",
          "Border-Kei Chamber of Business"),
        Q("“Every day the port is closed costs the local economy millions,”", "direct", "Jacques van Rooyen",
          "Jacques van Rooyen"),
        Q("“We urge both parties to get back to the table today, not next week.”", "direct", "Jacques van Rooyen",
          "Jacques van Rooyen"),
        Q("he took home less than R14,000 a month after deductions", "indirect", "A crane operator", None),
        Q("“Prices go up every year. Our salaries stay the same,”", "direct", "he", None, speaker_at="he said"),
        Q("officers were monitoring the situation and no incidents had been reported by yesterday afternoon",
          "indirect", "Nokuthula Gqirana", "Nokuthula Gqirana"),
    ]),
    Case("blind28-mining", """Uranium miner's profit soars on price rally

ERONGO Desert Uranium (EDU) has reported a net profit of N$1.9 billion for the year to June, more than triple the N$612 million it made a year earlier, as global uranium prices climbed to their highest level in over a decade.

The company said in its annual results, released on Thursday, that revenue rose 64% to N$7.4 billion and production at its mine near Arandis increased to 4,100 tonnes of uranium oxide.

Managing director Helena Nangolo-van Wyk said the results reflected "both a stronger market and a lot of hard work on the ground".

"Two years ago we were talking about cost cutting and care and maintenance. Today we are talking about expansion," Nangolo-van Wyk told Namibian Sun. "That turnaround belongs to our 1,800 employees."

She said the company would spend N$2.3 billion over the next three years to extend the life of the mine to 2041, creating about 350 permanent jobs.

EDU also paid N$540 million in royalties and taxes to government during the year, up from N$310 million, according to the company.

Chamber of Mines of Namibia chief executive Dr Tjihumino Kaura said the uranium sector was "finally getting its second wind" and that it could overtake diamonds as the country's largest export earner within five years.

"The world needs nuclear power to meet its climate targets, and Namibia is sitting on some of the best deposits anywhere," he said.

But the Mineworkers Union of Namibia (MUN) said workers expected to share in the windfall.

"When the company was struggling, our members accepted a wage freeze. Now that it is making billions, we expect that sacrifice to be recognised," MUN general secretary Ndapewa Shikongo said.

Wage negotiations at the mine are due to begin in October.

Simonis Storm analyst Ilse Brandt-Amukwaya said the results were in line with market expectations, but cautioned that uranium prices could fall sharply if Western utilities slowed their buying.

"This is a cyclical industry. Nobody should be budgeting as if these prices will last forever," she said.

EDU's shares, which are listed in Toronto and on the Namibian Stock Exchange, rose 4% on the news.""", [
        Q("revenue rose 64% to N$7.4 billion and production at its mine near Arandis increased to 4,100 tonnes of "
          "uranium oxide", "indirect", "The company", "Erongo Desert Uranium", speaker_at="The company said"),
        Q('"both a stronger market and a lot of hard work on the ground"', "partial", "Helena Nangolo-van Wyk",
          "Helena Nangolo-van Wyk"),
        Q('"Two years ago we were talking about cost cutting and care and maintenance. Today we are talking about '
          'expansion,"', "direct", "Nangolo-van Wyk", "Helena Nangolo-van Wyk", speaker_at="Nangolo-van Wyk told"),
        Q('"That turnaround belongs to our 1,800 employees."', "direct", "Nangolo-van Wyk", "Helena Nangolo-van Wyk",
          speaker_at="Nangolo-van Wyk told"),
        Q("the company would spend N$2.3 billion over the next three years to extend the life of the mine to 2041, "
          "creating about 350 permanent jobs", "indirect", "She", "Helena Nangolo-van Wyk",
          speaker_at="She said the company"),
        Q("EDU also paid N$540 million in royalties and taxes to government during the year, up from N$310 million",
          "indirect", "the company", "Erongo Desert Uranium", speaker_at="according to the company"),
        Q('"finally getting its second wind"', "partial", "Tjihumino Kaura", "Tjihumino Kaura"),
        Q("it could overtake diamonds as the country's largest export earner within five years", "indirect",
          "Tjihumino Kaura", "Tjihumino Kaura"),
        Q('"The world needs nuclear power to meet its climate targets, and Namibia is sitting on some of the best '
          'deposits anywhere,"', "direct", "he", "Tjihumino Kaura", speaker_at="he said"),
        Q("workers expected to share in the windfall", "indirect", "the Mineworkers Union of Namibia",
          "Mineworkers Union of Namibia"),
        Q('"When the company was struggling, our members accepted a wage freeze. Now that it is making billions, we '
          'expect that sacrifice to be recognised,"', "direct", "Ndapewa Shikongo", "Ndapewa Shikongo"),
        Q("the results were in line with market expectations", "indirect", "Ilse Brandt-Amukwaya",
          "Ilse Brandt-Amukwaya"),
        Q("uranium prices could fall sharply if Western utilities slowed their buying", "indirect",
          "Ilse Brandt-Amukwaya", "Ilse Brandt-Amukwaya"),
        Q('"This is a cyclical industry. Nobody should be budgeting as if these prices will last forever,"', "direct",
          "she", "Ilse Brandt-Amukwaya", speaker_at="she said"),
    ]),
    Case("blind28-dust", """Dust storm blankets UAE as visibility drops below 500 metres

A thick dust storm swept across the UAE on Tuesday, cutting visibility to less than 500 metres in parts of Abu Dhabi and Dubai and bringing a string of warnings for motorists.

The National Centre of Meteorology (NCM) issued a yellow alert for blowing dust early in the morning and upgraded it to orange by midday, as north-westerly winds gusted up to 50kph.

"The dust is coming mainly from southern Iraq and Kuwait, carried down the Gulf by strong shamal winds," said Dr Eisa Al Marzooqi, a forecaster at the centre. "Conditions should start improving from Wednesday evening, but the air will remain hazy until the weekend."

Abu Dhabi Police said drivers should keep a safe distance, use low-beam headlights and avoid using mobile phones at the wheel. In a post on X, the force said speed-reduction signs had been activated on major roads, including Sheikh Mohamed bin Zayed Road and the Abu Dhabi-Dubai highway.

Doctors said asthma patients and people with allergies should stay indoors where possible.

"We saw a noticeable rise in patients coming in with breathing difficulties this morning, particularly children," said Dr Priya Raghunathan-Shah, a specialist pulmonologist at a hospital in Abu Dhabi's Khalifa City.

She said residents should wear N95 masks if they had to be outdoors for long periods, and keep windows and doors closed.

The Abu Dhabi Department of Education and Knowledge (Adek) told schools in the emirate that outdoor sports and morning assemblies should be moved indoors on Tuesday and Wednesday.

On Al Reem Island, residents said the skyline disappeared within minutes shortly after 11am.

"It felt like the sky turned orange in about ten minutes. I couldn't see the tower across the road," said Omar bin Hamdan Al Suwaidi, who works in the area.

Ronaldo dela Cruz, 31, a delivery rider from the Philippines, said he had kept working through the storm but cut his speed by half.

"You can't see the car in front of you sometimes. I just go slowly and pray," he said.

Emirates and Etihad said flights were operating normally, although some arrivals at Dubai International were delayed, according to the airport's website.

Dust storms are common in the UAE between March and August, but forecasters say the shamal season has started earlier than usual this year.""", [
        Q('"The dust is coming mainly from southern Iraq and Kuwait, carried down the Gulf by strong shamal winds,"',
          "direct", "Eisa Al Marzooqi", "Eisa Al Marzooqi"),
        Q('"Conditions should start improving from Wednesday evening, but the air will remain hazy until the '
          'weekend."', "direct", "Eisa Al Marzooqi", "Eisa Al Marzooqi"),
        Q("drivers should keep a safe distance, use low-beam headlights and avoid using mobile phones at the wheel",
          "indirect", "Abu Dhabi Police", "Abu Dhabi Police"),
        Q("speed-reduction signs had been activated on major roads, including Sheikh Mohamed bin Zayed Road and the "
          "Abu Dhabi-Dubai highway", "indirect", "the force", "Abu Dhabi Police"),
        Q("asthma patients and people with allergies should stay indoors where possible", "indirect", "Doctors",
          None),
        Q('"We saw a noticeable rise in patients coming in with breathing difficulties this morning, particularly '
          'children,"', "direct", "Priya Raghunathan-Shah", "Priya Raghunathan-Shah"),
        Q("residents should wear N95 masks if they had to be outdoors for long periods, and keep windows and doors "
          "closed", "indirect", "She", "Priya Raghunathan-Shah", speaker_at="She said"),
        Q("outdoor sports and morning assemblies should be moved indoors on Tuesday and Wednesday", "indirect",
          "The Abu Dhabi Department of Education and Knowledge", "Abu Dhabi Department of Education and Knowledge"),
        Q("the skyline disappeared within minutes shortly after 11am", "indirect", "residents", None,
          speaker_at="residents said the skyline"),
        Q('"It felt like the sky turned orange in about ten minutes. I couldn\'t see the tower across the road,"',
          "direct", "Omar bin Hamdan Al Suwaidi", "Omar bin Hamdan Al Suwaidi"),
        Q("he had kept working through the storm but cut his speed by half", "indirect", "Ronaldo dela Cruz",
          "Ronaldo dela Cruz"),
        Q('"You can\'t see the car in front of you sometimes. I just go slowly and pray,"', "direct", "he",
          "Ronaldo dela Cruz", speaker_at="he said"),
        Q("flights were operating normally", "indirect", "Emirates and Etihad", None),
        Q("some arrivals at Dubai International were delayed", "indirect", "the airport's website", None),
        Q("the shamal season has started earlier than usual this year", "indirect", "forecasters", None),
    ]),
    Case("blind28-housing", """Kampung Pinang Merah residents vow to stay put as eviction deadline looms

About 60 families in Kampung Pinang Merah, Petaling, have vowed to stay in their homes despite a notice giving them until Friday to make way for a high-rise housing project.

The residents claim that the compensation offered by developer Seri Pinang Holdings Sdn Bhd - RM35,000 per household and a unit in the new development - is "far below market value".

"My grandfather built this house in 1962. We are not squatters, we have been paying quit rent for decades," residents' action committee chairperson S Thinagaran told Malaysiakini.

"They want to give us a 700 sq ft flat on the 28th floor and call it fair. My mother is 81 years old. How will she go up and down when the lift breaks?" he asked.

Thinagaran said the committee had written to the Selangor government three times since January but had received no reply.

Another resident, Norazlina Abdul Karim, 47, said many families feared being forcibly removed. "Every time a lorry comes into the kampung, the children get scared," she said.

When contacted, Seri Pinang Holdings managing director Datuk Tee Boon Hock said the company had followed "every legal requirement" and that 41 of the 103 affected households had already accepted the offer.

"We have been very patient and very generous. The project will provide 1,200 affordable homes for the people of Selangor," Tee said.

He said no resident had been threatened or intimidated by the company's contractors.

State housing and local government committee chairperson Wong Siew Ki said she would meet both parties next week, adding that no eviction would be carried out "until all issues are resolved".

Meanwhile, lawyers representing the residents said they had filed for an injunction at the Shah Alam High Court on Monday.

According to lawyer Rajesh Nagarajan, the matter has been fixed for hearing on May 14. "Until the court decides, nobody should be touching these houses," he said.

Petaling district police chief ACP Mohd Fakhrul Azmi Ibrahim, meanwhile, said police would be present on Friday only to ensure public order and would not take part in any demolition.

The Selangor Menteri Besar's office did not respond to requests for comment.""", [
        Q('"far below market value"', "partial", "The residents", None),
        Q('"My grandfather built this house in 1962. We are not squatters, we have been paying quit rent for '
          'decades,"', "direct", "S Thinagaran", "S Thinagaran"),
        Q('"They want to give us a 700 sq ft flat on the 28th floor and call it fair. My mother is 81 years old. How '
          'will she go up and down when the lift breaks?"', "direct", "he", "S Thinagaran", speaker_at="he asked"),
        Q("the committee had written to the Selangor government three times since January but had received no reply",
          "indirect", "Thinagaran", "S Thinagaran", speaker_at="Thinagaran said"),
        Q("many families feared being forcibly removed", "indirect", "Norazlina Abdul Karim",
          "Norazlina Abdul Karim"),
        Q('"Every time a lorry comes into the kampung, the children get scared,"', "direct", "she",
          "Norazlina Abdul Karim", speaker_at="she said"),
        Q('"every legal requirement"', "partial", "Tee Boon Hock", "Tee Boon Hock"),
        Q("41 of the 103 affected households had already accepted the offer", "indirect", "Tee Boon Hock",
          "Tee Boon Hock"),
        Q('"We have been very patient and very generous. The project will provide 1,200 affordable homes for the '
          'people of Selangor,"', "direct", "Tee", "Tee Boon Hock", speaker_at="Tee said"),
        Q("no resident had been threatened or intimidated by the company's contractors", "indirect", "He",
          "Tee Boon Hock", speaker_at="He said no"),
        Q("she would meet both parties next week", "indirect", "Wong Siew Ki", "Wong Siew Ki"),
        Q("no eviction would be carried out", "indirect", "Wong Siew Ki", "Wong Siew Ki"),
        Q('"until all issues are resolved"', "partial", "Wong Siew Ki", "Wong Siew Ki"),
        Q("they had filed for an injunction at the Shah Alam High Court on Monday", "indirect",
          "lawyers representing the residents", None),
        Q("the matter has been fixed for hearing on May 14", "indirect", "Rajesh Nagarajan", "Rajesh Nagarajan"),
        Q('"Until the court decides, nobody should be touching these houses,"', "direct", "he", "Rajesh Nagarajan",
          speaker_at="he said"),
        Q("police would be present on Friday only to ensure public order and would not take part in any demolition",
          "indirect", "Mohd Fakhrul Azmi Ibrahim", "Mohd Fakhrul Azmi Ibrahim"),
    ]),
    Case("blind28-ferry", """7 dead, 21 missing as ferry capsizes off Romblon

At least seven people were killed and 21 others remain missing after a passenger ferry capsized in rough seas off Romblon on Sunday morning, the Philippine Coast Guard (PCG) said.

The MV Princess Ana Liza, which was carrying 146 passengers and 18 crew members, left the port of Odiongan at 5:30 a.m. bound for Batangas City. It overturned about eight nautical miles off Banton Island shortly before 8 a.m.

PCG spokesperson Capt. Nilo Ramirez-Tuazon said 136 people had been rescued by coast guard vessels, a Philippine Navy ship and fishing boats that responded to the distress call.

“Search and rescue operations will continue round the clock. We are not giving up on the missing,” Ramirez-Tuazon said in a radio interview.

He said initial reports showed that the vessel was hit by large waves on its starboard side while turning, causing its cargo of rice and cement to shift.

Survivor Jovelyn Saplagio, 29, a vendor from Odiongan, said passengers were told to stay calm only moments before the ferry tilted.

“Suddenly everything was sliding. I grabbed my son and jumped,” she said in Filipino. “We floated for almost two hours before a banca picked us up.”

The Maritime Industry Authority (MARINA) said the ferry had a valid certificate of seaworthiness and had last been inspected in February.

But Romblon Gov. Carmencita Macalalad-Reyes said the vessel should never have been allowed to sail while a gale warning was in effect over the area.

“Somebody gave clearance to that ship. We want to know who, and we want them held accountable,” the governor told reporters at the provincial capitol.

The Department of Transportation (DOTr) said it had ordered MARINA and the PCG to conduct a joint investigation and had suspended the operations of the vessel’s owner, Tablas Star Shipping Lines, pending the probe.

In a statement, Tablas Star Shipping Lines said it was “deeply saddened” by the tragedy and would shoulder the hospital and burial expenses of the victims.

According to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA), the surge of the northeast monsoon brought waves of up to 4.5 meters to the seas off Romblon on Sunday.

Relatives of missing passengers gathered at the Odiongan port terminal on Sunday afternoon, waiting for news as the bodies of the victims were brought ashore.""", [
        Q("At least seven people were killed and 21 others remain missing after a passenger ferry capsized in rough "
          "seas off Romblon on Sunday morning", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("136 people had been rescued by coast guard vessels, a Philippine Navy ship and fishing boats that responded "
          "to the distress call", "indirect", "Nilo Ramirez-Tuazon", "Nilo Ramirez-Tuazon"),
        Q("“Search and rescue operations will continue round the clock. We are not giving up on the missing,”",
          "direct", "Ramirez-Tuazon", "Nilo Ramirez-Tuazon", speaker_at="Ramirez-Tuazon said in a radio"),
        Q("initial reports showed that the vessel was hit by large waves on its starboard side while turning, causing "
          "its cargo of rice and cement to shift", "indirect", "He", "Nilo Ramirez-Tuazon",
          speaker_at="He said initial"),
        Q("passengers were told to stay calm only moments before the ferry tilted", "indirect", "Jovelyn Saplagio",
          "Jovelyn Saplagio"),
        Q("“Suddenly everything was sliding. I grabbed my son and jumped,”", "direct", "she", "Jovelyn Saplagio",
          speaker_at="she said in Filipino"),
        Q("“We floated for almost two hours before a banca picked us up.”", "direct", "she", "Jovelyn Saplagio",
          speaker_at="she said in Filipino"),
        Q("the ferry had a valid certificate of seaworthiness and had last been inspected in February", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("the vessel should never have been allowed to sail while a gale warning was in effect over the area",
          "indirect", "Carmencita Macalalad-Reyes", "Carmencita Macalalad-Reyes"),
        Q("“Somebody gave clearance to that ship. We want to know who, and we want them held accountable,”",
          "direct", "the governor", "Carmencita Macalalad-Reyes"),
        Q("it had ordered MARINA and the PCG to conduct a joint investigation and had suspended the operations of the "
          "vessel’s owner, Tablas Star Shipping Lines, pending the probe", "indirect",
          "The Department of Transportation", "Department of Transportation"),
        Q("“deeply saddened”", "partial", "Tablas Star Shipping Lines", "Tablas Star Shipping Lines",
          speaker_at="In a statement, Tablas Star Shipping Lines"),
        Q("would shoulder the hospital and burial expenses of the victims", "indirect", "Tablas Star Shipping Lines",
          "Tablas Star Shipping Lines", speaker_at="In a statement, Tablas Star Shipping Lines"),
        Q("the surge of the northeast monsoon brought waves of up to 4.5 meters to the seas off Romblon on Sunday",
          "indirect", "the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
          "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
    ]),
    Case("blind28-taxtrial", """Trial opens for Boardman car dealer accused of hiding $3.1M from IRS

YOUNGSTOWN — A longtime Boardman car dealer hid more than $3.1 million in income from the Internal Revenue Service over six years by running cash sales through a second set of books, a federal prosecutor told jurors Monday.

Raymond J. Kaszubski, 66, owner of Kaszubski Auto Mart on Market Street, is charged with four counts of filing false tax returns and one count of obstructing the IRS. He has pleaded not guilty.

"This case is about a man who kept two sets of records: one for himself and one for the government," Assistant U.S. Attorney Danielle Okonkwo-Price said in her opening statement in U.S. District Court in Youngstown. "The evidence will show he knew exactly what he was doing."

Okonkwo-Price said Kaszubski instructed employees to accept cash for used vehicles and record the sales at wholesale prices, pocketing the difference.

Defense attorney Anthony DiRenzo told jurors that his client was "a car guy, not a numbers guy" who relied on an outside accountant to prepare his returns.

"Ray never hid anything. He handed his accountant every piece of paper he had," DiRenzo said. "If mistakes were made, they were made by the people he paid to get it right."

The government's first witness, IRS special agent Carla Yanez, testified that investigators found a spiral-bound ledger labeled "Lot 2" in a safe at the dealership during a 2021 search.

Under cross-examination, Yanez acknowledged that the ledger was not in Kaszubski's handwriting.

U.S. District Judge Thomas M. Grabowski told jurors the trial was expected to last about two weeks.

Several longtime customers and friends of the dealer sat in the gallery. Former state Sen. Joe Tarantino, who is expected to testify as a character witness, called Kaszubski "one of the most generous people in the Mahoning Valley."

"He sponsored half the Little League teams in Boardman," Tarantino said during a break in testimony. "I'd trust him with my wallet."

If convicted, Kaszubski faces up to three years in prison on each false return count and a fine of up to $250,000, according to the U.S. Attorney's Office for the Northern District of Ohio.

Kaszubski, who arrived at the courthouse with his wife and two adult sons, declined to comment as he left Monday afternoon.

Testimony resumes Tuesday.""", [
        Q("A longtime Boardman car dealer hid more than $3.1 million in income from the Internal Revenue Service over "
          "six years by running cash sales through a second set of books", "indirect", "a federal prosecutor",
          "Danielle Okonkwo-Price"),
        Q('"This case is about a man who kept two sets of records: one for himself and one for the government,"',
          "direct", "Danielle Okonkwo-Price", "Danielle Okonkwo-Price"),
        Q('"The evidence will show he knew exactly what he was doing."', "direct", "Danielle Okonkwo-Price",
          "Danielle Okonkwo-Price"),
        Q("Kaszubski instructed employees to accept cash for used vehicles and record the sales at wholesale prices, "
          "pocketing the difference", "indirect", "Okonkwo-Price", "Danielle Okonkwo-Price",
          speaker_at="Okonkwo-Price said Kaszubski"),
        Q('"a car guy, not a numbers guy"', "partial", "Anthony DiRenzo", "Anthony DiRenzo"),
        Q('"Ray never hid anything. He handed his accountant every piece of paper he had,"', "direct", "DiRenzo",
          "Anthony DiRenzo", speaker_at="DiRenzo said"),
        Q('"If mistakes were made, they were made by the people he paid to get it right."', "direct", "DiRenzo",
          "Anthony DiRenzo", speaker_at="DiRenzo said"),
        Q('investigators found a spiral-bound ledger labeled "Lot 2" in a safe at the dealership during a 2021 search',
          "indirect", "Carla Yanez", "Carla Yanez"),
        Q("the ledger was not in Kaszubski's handwriting", "indirect", "Yanez", "Carla Yanez",
          speaker_at="Yanez acknowledged"),
        Q("the trial was expected to last about two weeks", "indirect", "Thomas M. Grabowski",
          "Thomas M. Grabowski"),
        Q('"one of the most generous people in the Mahoning Valley."', "partial", "Joe Tarantino", "Joe Tarantino"),
        Q('"He sponsored half the Little League teams in Boardman,"', "direct", "Tarantino", "Joe Tarantino",
          speaker_at="Tarantino said"),
        Q('"I\'d trust him with my wallet."', "direct", "Tarantino", "Joe Tarantino", speaker_at="Tarantino said"),
        Q("Kaszubski faces up to three years in prison on each false return count and a fine of up to $250,000",
          "indirect", "the U.S. Attorney's Office for the Northern District of Ohio",
          "U.S. Attorney's Office for the Northern District of Ohio"),
    ]),
]
