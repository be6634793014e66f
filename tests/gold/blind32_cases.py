"""Blind gold: short news articles from many outlets, written without sight of the pretagger.

Wire copy with datelines and local papers from several countries, with mixed quotation
styles (curly, straight and British single quotes). See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind32-cement", """Deccan Cements profit jumps 38% on infrastructure spending, shares hit record

MUMBAI, Jan 22 (Reuters) - Deccan Cements Ltd posted a 38% jump in third-quarter profit on Wednesday, beating analysts' estimates, as a government-led building spree and easing fuel costs lifted margins at India's fourth-largest cement maker.

Consolidated net profit rose to 6.12 billion rupees ($70.8 million) in the three months to Dec. 31, from 4.43 billion rupees a year earlier, the Hyderabad-based company said in an exchange filing. Analysts on average had expected 5.4 billion rupees, according to LSEG data.

"Demand from roads, railways and affordable housing remained robust through the quarter, and we expect that momentum to carry into the next financial year," managing director K. Srinivasa Raghavan said in a statement.

Revenue from operations rose 11% to 58.9 billion rupees, while sales volumes climbed 9% to 8.7 million tonnes.

Raghavan told analysts on a post-earnings call that the company would commission two new grinding units in Odisha and Madhya Pradesh by June, taking total capacity to 52 million tonnes a year. "We are not chasing volume for its own sake," he said. "Every tonne we add has to earn its keep."

Lower prices of petcoke, a key kiln fuel, helped cut power and fuel costs by 14%, the company said.

Some analysts were more cautious. Ritika Sen-Gupta of Kotak Institutional Equities said price hikes announced in November had "not fully stuck" in southern markets, where a glut of new capacity has kept a lid on prices.

"The south remains the weak spot," she wrote in a note to clients. "We would want to see two more quarters of pricing discipline before turning more positive."

The results come as India's cement sector consolidates rapidly, with the largest producers snapping up smaller rivals. Asked about possible acquisitions, Raghavan said the company was "always looking" for opportunities, but added that it would not overpay for capacity.

Shares of Deccan Cements rose as much as 6.4% to a record high of 2,415 rupees after the results, outperforming the blue-chip Nifty 50 index, which was flat.

(Reporting by Dhwani Pandya-Mehta in Mumbai; Editing by Sonia Cheema)""", [
        Q("Consolidated net profit rose to 6.12 billion rupees ($70.8 million) in the three months to Dec. 31, "
          "from 4.43 billion rupees a year earlier", "indirect", "the Hyderabad-based company", "Deccan Cements Ltd"),
        Q("Analysts on average had expected 5.4 billion rupees", "indirect", "LSEG data", "LSEG"),
        Q('"Demand from roads, railways and affordable housing remained robust through the quarter, and we expect '
          'that momentum to carry into the next financial year,"', "direct", "K. Srinivasa Raghavan",
          "K. Srinivasa Raghavan"),
        Q("that the company would commission two new grinding units in Odisha and Madhya Pradesh by June, taking "
          "total capacity to 52 million tonnes a year", "indirect", "Raghavan", "K. Srinivasa Raghavan",
          speaker_at="Raghavan told analysts"),
        Q('"We are not chasing volume for its own sake,"', "direct", "he", "K. Srinivasa Raghavan",
          speaker_at="he said"),
        Q('"Every tonne we add has to earn its keep."', "direct", "he", "K. Srinivasa Raghavan",
          speaker_at="he said"),
        Q("Lower prices of petcoke, a key kiln fuel, helped cut power and fuel costs by 14%", "indirect",
          "the company", "Deccan Cements Ltd", speaker_at="the company said"),
        Q('"not fully stuck"', "partial", "Ritika Sen-Gupta", "Ritika Sen-Gupta"),
        Q('"The south remains the weak spot,"', "direct", "she", "Ritika Sen-Gupta", speaker_at="she wrote"),
        Q('"We would want to see two more quarters of pricing discipline before turning more positive."', "direct",
          "she", "Ritika Sen-Gupta", speaker_at="she wrote"),
        Q('"always looking"', "partial", "Raghavan", "K. Srinivasa Raghavan", speaker_at="Raghavan said the company"),
        Q("that it would not overpay for capacity", "indirect", "Raghavan", "K. Srinivasa Raghavan",
          speaker_at="Raghavan said the company"),
    ]),
    Case("blind32-ebola", """Uganda on alert after Ebola case confirmed near DR Congo border

Kampala (AFP) - Ugandan health authorities on Tuesday confirmed a case of Ebola in a western district bordering the Democratic Republic of Congo, and said they were tracing dozens of people who may have been exposed.

The patient, a 31-year-old trader who had recently returned from North Kivu province, died on Sunday at a health centre in Kasese district, the health ministry said in a statement.

“Laboratory tests conducted by the Uganda Virus Research Institute have confirmed the presence of Ebola virus disease of the Zaire strain,” it said. “The public is urged to remain calm but vigilant.”

Health Minister Dr Grace Atuhaire-Mugisha told reporters in Kampala that 47 contacts had been identified so far, including nine health workers, and that all were being monitored.

“We have done this before and we know what works,” she said. “Early detection, isolation and safe burials. That is how we stop it.”

According to the World Health Organization, Uganda holds stocks of the Ervebo vaccine, which protects against the Zaire strain, and a ring vaccination campaign could begin within days.

The WHO's representative in Uganda, Dr Yonas Tegegn Woldemariam, said the agency was sending epidemiologists and protective equipment to Kasese. Neighbouring countries, he added, should “step up screening at border crossings without closing them”.

In Kasese town, residents said they feared a repeat of 2019, when the virus crossed from Congo and killed a five-year-old boy and his grandmother.

“People are scared to go to the market,” said Mbabazi Kyomuhendo, a mother of four who sells vegetables near the bus park. “Everyone is asking who touched who.”

District health officer Baluku Nzirimo Joseph said an isolation unit at Bwera hospital had been reopened and disinfected. “We are appealing to anyone with fever, vomiting or bleeding to come forward and not to hide at home,” he said.

Ebola, which spreads through contact with the bodily fluids of infected people, has killed more than 15,000 people in Africa over the past five decades, according to the WHO.""", [
        Q("they were tracing dozens of people who may have been exposed", "indirect", "Ugandan health authorities",
          None),
        Q("The patient, a 31-year-old trader who had recently returned from North Kivu province, died on Sunday at a "
          "health centre in Kasese district", "indirect", "the health ministry", None),
        Q("“Laboratory tests conducted by the Uganda Virus Research Institute have confirmed the presence of Ebola "
          "virus disease of the Zaire strain,”", "direct", "it", None, speaker_at="it said"),
        Q("“The public is urged to remain calm but vigilant.”", "direct", "it", None, speaker_at="it said"),
        Q("that 47 contacts had been identified so far, including nine health workers, and that all were being "
          "monitored", "indirect", "Grace Atuhaire-Mugisha", "Grace Atuhaire-Mugisha"),
        Q("“We have done this before and we know what works,”", "direct", "she", "Grace Atuhaire-Mugisha",
          speaker_at="she said"),
        Q("“Early detection, isolation and safe burials. That is how we stop it.”", "direct", "she",
          "Grace Atuhaire-Mugisha", speaker_at="she said"),
        Q("Uganda holds stocks of the Ervebo vaccine, which protects against the Zaire strain, and a ring "
          "vaccination campaign could begin within days", "indirect", "the World Health Organization",
          "World Health Organization"),
        Q("the agency was sending epidemiologists and protective equipment to Kasese", "indirect",
          "Yonas Tegegn Woldemariam", "Yonas Tegegn Woldemariam"),
        Q("“step up screening at border crossings without closing them”", "partial", "he",
          "Yonas Tegegn Woldemariam", speaker_at="he added"),
        Q("they feared a repeat of 2019, when the virus crossed from Congo and killed a five-year-old boy and his "
          "grandmother", "indirect", "residents", None),
        Q("“People are scared to go to the market,”", "direct", "Mbabazi Kyomuhendo", "Mbabazi Kyomuhendo"),
        Q("“Everyone is asking who touched who.”", "direct", "Mbabazi Kyomuhendo", "Mbabazi Kyomuhendo"),
        Q("an isolation unit at Bwera hospital had been reopened and disinfected", "indirect", "Baluku Nzirimo Joseph",
          "Baluku Nzirimo Joseph"),
        Q("“We are appealing to anyone with fever, vomiting or bleeding to come forward and not to hide at home,”",
          "direct", "he", "Baluku Nzirimo Joseph", speaker_at="he said"),
        Q("Ebola, which spreads through contact with the bodily fluids of infected people, has killed more than "
          "15,000 people in Africa over the past five decades", "indirect", "the WHO", "World Health Organization"),
    ]),
    Case("blind32-busfares", """Anger as bus fares set to rise by 40p across Coventry

Bus passengers in Coventry face paying up to 40p more per journey from next month after the city's main operator confirmed the end of the £2 fare cap.

National Express West Midlands said single fares within the city would rise to £2.40 from April 6, while a day ticket would go up from £4.50 to £5.

The company blamed higher driver wages and fuel costs, along with the end of government funding that had kept prices down since 2023.

A spokesperson for the operator said: 'We know no-one wants to pay more, and we have held fares for as long as we possibly could. Even after these changes, bus travel remains one of the cheapest ways to get around the West Midlands.'

But the move has been condemned by councillors and campaigners, who warn it will hit the poorest hardest.

Cllr Harjinder Kaur Sandhu, who represents Foleshill on Coventry City Council, said many of her constituents relied on buses to get to work and hospital appointments.

'For a family of four going into town, this is another tenner a week they simply don't have,' she told the Telegraph. 'People in Foleshill are already choosing between heating and eating.'

Transport for West Midlands (TfWM), which oversees the network on behalf of the combined authority, said it had 'pushed hard' for a better deal and was looking at options to protect young people and jobseekers.

Cllr Pervez Akhtar, the combined authority's portfolio holder for transport, has previously described bus franchising, which would hand TfWM control over fares and routes, as the 'long-term fix' for the region's network.

At Pool Meadow bus station on Tuesday morning, passengers were unimpressed.

'It's daylight robbery,' said pensioner Maureen O'Donoghue-Bell, 71, who travels in from Binley to visit her sister. 'I've got a free pass, thank God, but my grandson is at the college and it's going to cost him a fortune.'

Student Tomasz Wiśniewski, 19, said he would probably start cycling to lectures. 'If it keeps going up, the bike is the only option,' he said.

Campaign group Better Buses for Coventry has launched a petition calling for the cap to be kept, which it said had gathered more than 3,000 signatures in two days.""", [
        Q("single fares within the city would rise to £2.40 from April 6, while a day ticket would go up from £4.50 "
          "to £5", "indirect", "National Express West Midlands", "National Express West Midlands"),
        Q("'We know no-one wants to pay more, and we have held fares for as long as we possibly could. Even after "
          "these changes, bus travel remains one of the cheapest ways to get around the West Midlands.'", "direct",
          "A spokesperson for the operator", None),
        Q("it will hit the poorest hardest", "indirect", "councillors and campaigners", None),
        Q("many of her constituents relied on buses to get to work and hospital appointments", "indirect",
          "Harjinder Kaur Sandhu", "Harjinder Kaur Sandhu"),
        Q("'For a family of four going into town, this is another tenner a week they simply don't have,'", "direct",
          "she", "Harjinder Kaur Sandhu", speaker_at="she told the Telegraph"),
        Q("'People in Foleshill are already choosing between heating and eating.'", "direct", "she",
          "Harjinder Kaur Sandhu", speaker_at="she told the Telegraph"),
        Q("'pushed hard'", "partial", "Transport for West Midlands", "Transport for West Midlands"),
        Q("was looking at options to protect young people and jobseekers", "indirect", "Transport for West Midlands",
          "Transport for West Midlands"),
        Q("'long-term fix'", "partial", "Pervez Akhtar", "Pervez Akhtar"),
        Q("'It's daylight robbery,'", "direct", "Maureen O'Donoghue-Bell", "Maureen O'Donoghue-Bell"),
        Q("'I've got a free pass, thank God, but my grandson is at the college and it's going to cost him a "
          "fortune.'", "direct", "Maureen O'Donoghue-Bell", "Maureen O'Donoghue-Bell"),
        Q("he would probably start cycling to lectures", "indirect", "Tomasz Wiśniewski", "Tomasz Wiśniewski"),
        Q("'If it keeps going up, the bike is the only option,'", "direct", "he", "Tomasz Wiśniewski",
          speaker_at="he said"),
        Q("had gathered more than 3,000 signatures in two days", "indirect", "it", "Better Buses for Coventry",
          speaker_at="which it said"),
    ]),
    Case("blind32-windfarm", """Villagers vow to fight 24-turbine wind farm plan for mid Wales uplands

Residents of a mid Wales village have vowed to fight plans for a 24-turbine wind farm on the hills above their homes, warning it would “industrialise” one of the quietest corners of Powys.

Bryn Glas Renewables Ltd wants to build the turbines, each up to 220m tall, on upland common between Llanbrynmair and Carno. The scheme, known as Mynydd y Gwynt, would generate enough electricity for around 110,000 homes, the developer says.

At a packed public meeting in Llanbrynmair community centre on Thursday night, more than 200 people voted unanimously to oppose the application.

Llinos ap Gwilym, who chairs the campaign group Achub Ein Bryniau – Save Our Hills, said the turbines would be visible from as far away as Cadair Idris.

“Nobody here is against renewable energy,” she said. “We have solar panels on half the roofs in this village. What we are against is being treated as a dumping ground so that someone else can hit their targets.”

She added that the group had raised £18,000 towards legal costs in a fortnight.

Farmer Rhodri Pryce-Davies, whose family has grazed sheep on the common for five generations, was more blunt. “They come here in their shiny cars, tell us it’s all going to be lovely, and then they’re gone,” he said.

The developer insists the project will bring lasting benefits to the area. In a statement, Bryn Glas said it would pay £5,000 per megawatt each year into a community fund, worth an estimated £720,000 annually, and that construction would support up to 150 jobs.

“We have listened carefully to feedback and have already removed six turbines from the original design,” said project director Gareth Mahoney-Evans. “We believe Mynydd y Gwynt strikes the right balance between the climate emergency and the landscape.”

Because the scheme is larger than 10 megawatts, it will be decided by Welsh ministers as a “Development of National Significance” rather than by Powys County Council.

Elin Rhys-Jenkins, the Plaid Cymru Member of the Senedd for the area, said the cumulative impact of wind farms already approved in mid Wales was “a real concern” and that the grid connection, which would need new pylons along the Dyfi valley, had not been properly explained.

A Welsh Government spokesperson said: “It would not be appropriate to comment on a live application.”""", [
        Q("“industrialise”", "partial", "Residents of a mid Wales village", None),
        Q("The scheme, known as Mynydd y Gwynt, would generate enough electricity for around 110,000 homes",
          "indirect", "the developer", "Bryn Glas Renewables Ltd", speaker_at="the developer says"),
        Q("the turbines would be visible from as far away as Cadair Idris", "indirect", "Llinos ap Gwilym",
          "Llinos ap Gwilym"),
        Q("“Nobody here is against renewable energy,”", "direct", "she", "Llinos ap Gwilym", speaker_at="she said"),
        Q("“We have solar panels on half the roofs in this village. What we are against is being treated as a "
          "dumping ground so that someone else can hit their targets.”", "direct", "she", "Llinos ap Gwilym",
          speaker_at="she said"),
        Q("that the group had raised £18,000 towards legal costs in a fortnight", "indirect", "She",
          "Llinos ap Gwilym", speaker_at="She added"),
        Q("“They come here in their shiny cars, tell us it’s all going to be lovely, and then they’re gone,”",
          "direct", "he", "Rhodri Pryce-Davies", speaker_at="he said"),
        Q("the project will bring lasting benefits to the area", "indirect", "The developer",
          "Bryn Glas Renewables Ltd"),
        Q("it would pay £5,000 per megawatt each year into a community fund, worth an estimated £720,000 annually, "
          "and that construction would support up to 150 jobs", "indirect", "Bryn Glas", "Bryn Glas Renewables Ltd",
          speaker_at="Bryn Glas said"),
        Q("“We have listened carefully to feedback and have already removed six turbines from the original design,”",
          "direct", "Gareth Mahoney-Evans", "Gareth Mahoney-Evans"),
        Q("“We believe Mynydd y Gwynt strikes the right balance between the climate emergency and the landscape.”",
          "direct", "Gareth Mahoney-Evans", "Gareth Mahoney-Evans"),
        Q("“a real concern”", "partial", "Elin Rhys-Jenkins", "Elin Rhys-Jenkins"),
        Q("that the grid connection, which would need new pylons along the Dyfi valley, had not been properly "
          "explained", "indirect", "Elin Rhys-Jenkins", "Elin Rhys-Jenkins"),
        Q("“It would not be appropriate to comment on a live application.”", "direct",
          "A Welsh Government spokesperson", None),
    ]),
    Case("blind32-gaelic", """Ó Dálaigh hails character as Laois edge Offaly in Portlaoise thriller

Laois manager Ciarán Ó Dálaigh praised his players' "serious character" after they came from four points down to beat Offaly 1-14 to 0-16 in the Leinster SFC quarter-final at O'Moore Park on Sunday.

Substitute Evan Mac Giolla Phádraig fired home the decisive goal in the 67th minute, and Laois held out through five minutes of injury time in front of a crowd of 11,480.

"At half-time we were in a bad place," Ó Dálaigh admitted afterwards. "Offaly were winning every kickout and we looked a bit shell-shocked. But the lads dug in. You can't coach that."

The Ballylinan native said his side had spoken before the game about staying in the fight "no matter what the scoreboard said".

"There was a lot of talk during the week about Offaly being favourites, and fair enough, they earned that," he said. "But we knew what we had in the dressing room."

Mac Giolla Phádraig, who only came on in the 52nd minute, described the goal as "the best moment of my life, bar none".

"I just saw the gap and went for it," the 21-year-old Portarlington clubman said. "I didn't even see it go in, to be honest. I just heard the roar."

Offaly boss Declan Fitzgerald-Kenny was left to rue a string of missed chances, with his side kicking 13 wides over the 70 minutes.

"We had enough ball to win two matches," he told the Leinster Express. "When you kick 13 wides in a Leinster quarter-final you're not going to get away with it."

He was also unhappy that referee Brendan Cawley waved play on when corner-forward Shane Ó Riordáin went down in the square in the 60th minute. "I've looked at it on the phone and I don't know how that's not a penalty," Fitzgerald-Kenny added.

Sources in the Leinster Council said footage of a scuffle between both sets of players near the end of the game would be reviewed this week.

Laois will face Dublin or Meath in the semi-final at Croke Park on May 11.""", [
        Q('"serious character"', "partial", "Ciarán Ó Dálaigh", "Ciarán Ó Dálaigh"),
        Q('"At half-time we were in a bad place,"', "direct", "Ó Dálaigh", "Ciarán Ó Dálaigh",
          speaker_at="Ó Dálaigh admitted"),
        Q('''"Offaly were winning every kickout and we looked a bit shell-shocked. But the lads dug in. You can't coach that."''',
          "direct", "Ó Dálaigh", "Ciarán Ó Dálaigh", speaker_at="Ó Dálaigh admitted"),
        Q("his side had spoken before the game about staying in the fight", "indirect", "The Ballylinan native",
          "Ciarán Ó Dálaigh"),
        Q('"no matter what the scoreboard said"', "partial", "The Ballylinan native", "Ciarán Ó Dálaigh"),
        Q('"There was a lot of talk during the week about Offaly being favourites, and fair enough, they earned '
          'that,"', "direct", "he", "Ciarán Ó Dálaigh", speaker_at='they earned that," he said'),
        Q('"But we knew what we had in the dressing room."', "direct", "he", "Ciarán Ó Dálaigh",
          speaker_at='they earned that," he said'),
        Q('"the best moment of my life, bar none"', "partial", "Mac Giolla Phádraig", "Evan Mac Giolla Phádraig",
          speaker_at="Mac Giolla Phádraig, who only"),
        Q('"I just saw the gap and went for it,"', "direct", "the 21-year-old Portarlington clubman",
          "Evan Mac Giolla Phádraig"),
        Q('''"I didn't even see it go in, to be honest. I just heard the roar."''', "direct",
          "the 21-year-old Portarlington clubman", "Evan Mac Giolla Phádraig"),
        Q('"We had enough ball to win two matches,"', "direct", "he", "Declan Fitzgerald-Kenny",
          speaker_at="he told the Leinster Express"),
        Q('''"When you kick 13 wides in a Leinster quarter-final you're not going to get away with it."''', "direct",
          "he", "Declan Fitzgerald-Kenny", speaker_at="he told the Leinster Express"),
        Q('''"I've looked at it on the phone and I don't know how that's not a penalty,"''', "direct",
          "Fitzgerald-Kenny", "Declan Fitzgerald-Kenny", speaker_at="Fitzgerald-Kenny added"),
        Q("footage of a scuffle between both sets of players near the end of the game would be reviewed this week",
          "indirect", "Sources in the Leinster Council", None),
    ]),
    Case("blind32-rowing", """Ballarat's van der Berg claims national sculling title on Lake Wendouree

Ballarat City Rowing Club's Tess van der Berg has won the women's under-23 single sculls at the Australian Rowing Championships, delighting a home crowd on Lake Wendouree on Saturday.

The 21-year-old, who only took up the sport at school six years ago, finished almost three seconds clear of Sydney's Mia Castellano-Reyes in a time of 7:41.86.

“I honestly can’t believe it,” van der Berg said moments after climbing out of her boat. “To do it here, in front of my family and my club, with the wind howling down the lake – it’s just surreal.”

She said her plan had been to stay with the leaders through the first 1000 metres and then “empty the tank” over the final 500.

“The last 250 I couldn’t feel my legs,” she laughed. “I just kept looking at the buoys and counting strokes.”

Her coach, Ngaire Whitford-Tupou, said the win was reward for a winter of early starts. According to Whitford-Tupou, van der Berg had been on the water at 5.30am five days a week since May, often in near-freezing fog.

“Tess is the hardest worker I’ve coached in 20 years,” she said. “She’s earned every bit of this.”

Rowing Australia's head of performance, Dr Marcus Lindqvist, said van der Berg would be invited to the national selection trials in Penrith next month. He described her as “a genuine prospect” for the squad heading towards the Los Angeles Olympics in 2028.

“There’s still a long way to go, but the raw numbers are very encouraging,” Dr Lindqvist said.

The championships, held in Ballarat for the first time since 2016, have drawn more than 1,800 rowers from around the country. Deputy mayor Samira El-Khoury said the regatta had injected an estimated $6 million into the local economy over the week.

Racing continues on Sunday with the open men's and women's eights finals.""", [
        Q("“I honestly can’t believe it,”", "direct", "van der Berg", "Tess van der Berg",
          speaker_at="van der Berg said moments"),
        Q("“To do it here, in front of my family and my club, with the wind howling down the lake – it’s just "
          "surreal.”", "direct", "van der Berg", "Tess van der Berg", speaker_at="van der Berg said moments"),
        Q("her plan had been to stay with the leaders through the first 1000 metres", "indirect", "She",
          "Tess van der Berg", speaker_at="She said her plan"),
        Q("“empty the tank”", "partial", "She", "Tess van der Berg", speaker_at="She said her plan"),
        Q("“The last 250 I couldn’t feel my legs,”", "direct", "she", "Tess van der Berg", speaker_at="she laughed"),
        Q("“I just kept looking at the buoys and counting strokes.”", "direct", "she", "Tess van der Berg",
          speaker_at="she laughed"),
        Q("the win was reward for a winter of early starts", "indirect", "Ngaire Whitford-Tupou",
          "Ngaire Whitford-Tupou"),
        Q("van der Berg had been on the water at 5.30am five days a week since May, often in near-freezing fog",
          "indirect", "Whitford-Tupou", "Ngaire Whitford-Tupou", speaker_at="According to Whitford-Tupou"),
        Q("“Tess is the hardest worker I’ve coached in 20 years,”", "direct", "she", "Ngaire Whitford-Tupou",
          speaker_at="she said"),
        Q("“She’s earned every bit of this.”", "direct", "she", "Ngaire Whitford-Tupou", speaker_at="she said"),
        Q("van der Berg would be invited to the national selection trials in Penrith next month", "indirect",
          "Marcus Lindqvist", "Marcus Lindqvist"),
        Q("“a genuine prospect”", "partial", "He", "Marcus Lindqvist", speaker_at="He described"),
        Q("“There’s still a long way to go, but the raw numbers are very encouraging,”", "direct", "Lindqvist",
          "Marcus Lindqvist", speaker_at="Lindqvist said"),
        Q("the regatta had injected an estimated $6 million into the local economy over the week", "indirect",
          "Samira El-Khoury", "Samira El-Khoury"),
    ]),
    Case("blind32-helicopter", """Pilot dies in helicopter crash near Martinborough

A pilot has died after a helicopter crashed on farmland south of Martinborough on Tuesday afternoon.

Police said they were called to a rural property on Lake Ferry Rd about 2.15pm after reports that a small helicopter had come down in a paddock. The pilot, who was the only person on board, died at the scene.

The man's name has not been released while his next of kin are being told.

A Fire and Emergency New Zealand spokeswoman said crews from Martinborough and Featherston attended but the helicopter had not caught fire.

Neighbour Hēmi Te Whata-Parata said he was shifting stock nearby when he heard the aircraft's engine "spluttering".

"It was flying low, lower than the spray choppers usually do, and then the noise just stopped," he told the Times-Age. "I saw it drop behind the shelter belt. I rang 111 straight away and ran over, but there was nothing anyone could do."

Te Whata-Parata said the pilot was well known in the district and had been doing topdressing and spraying work around the Wairarapa for many years.

The Transport Accident Investigation Commission (TAIC) has opened an inquiry, and investigators were expected at the site on Wednesday morning.

"Our investigators will gather evidence from the wreckage, the site and witnesses, and will look at the maintenance records of the aircraft," a TAIC spokesman said. The commission said it was too early to speculate on a cause.

The Civil Aviation Authority had also been notified, according to police.

South Wairarapa Mayor Aroha Karaitiana-Smith said the community was "absolutely gutted".

"In a small place like ours, everybody knows everybody. Our thoughts are with his whānau and friends," she said.

Senior Sergeant Tavita Lealaiauloto said a cordon would stay in place overnight and that people should keep away from the area while the scene was examined.""", [
        Q("they were called to a rural property on Lake Ferry Rd about 2.15pm after reports that a small helicopter "
          "had come down in a paddock", "indirect", "Police", None, speaker_at="Police said"),
        Q("crews from Martinborough and Featherston attended but the helicopter had not caught fire", "indirect",
          "A Fire and Emergency New Zealand spokeswoman", None),
        Q("he was shifting stock nearby when he heard the aircraft's engine", "indirect", "Hēmi Te Whata-Parata",
          "Hēmi Te Whata-Parata"),
        Q('"spluttering"', "partial", "Hēmi Te Whata-Parata", "Hēmi Te Whata-Parata"),
        Q('"It was flying low, lower than the spray choppers usually do, and then the noise just stopped,"',
          "direct", "he", "Hēmi Te Whata-Parata", speaker_at="he told the Times-Age"),
        Q('"I saw it drop behind the shelter belt. I rang 111 straight away and ran over, but there was nothing '
          'anyone could do."', "direct", "he", "Hēmi Te Whata-Parata", speaker_at="he told the Times-Age"),
        Q("the pilot was well known in the district and had been doing topdressing and spraying work around the "
          "Wairarapa for many years", "indirect", "Te Whata-Parata", "Hēmi Te Whata-Parata",
          speaker_at="Te Whata-Parata said the pilot"),
        Q('"Our investigators will gather evidence from the wreckage, the site and witnesses, and will look at the '
          'maintenance records of the aircraft,"', "direct", "a TAIC spokesman", None),
        Q("it was too early to speculate on a cause", "indirect", "The commission",
          "Transport Accident Investigation Commission"),
        Q("The Civil Aviation Authority had also been notified", "indirect", "police", None,
          speaker_at="according to police"),
        Q('"absolutely gutted"', "partial", "Aroha Karaitiana-Smith", "Aroha Karaitiana-Smith"),
        Q('"In a small place like ours, everybody knows everybody. Our thoughts are with his whānau and friends,"',
          "direct", "she", "Aroha Karaitiana-Smith", speaker_at="she said"),
        Q("a cordon would stay in place overnight and that people should keep away from the area while the scene "
          "was examined", "indirect", "Tavita Lealaiauloto", "Tavita Lealaiauloto"),
    ]),
    Case("blind32-obituary", """Walter Pidskalny, longtime voice of Saskatoon radio mornings, dies at 81

Walter Pidskalny, whose gravelly baritone woke up Saskatoon listeners for more than three decades, has died. He was 81.

Pidskalny died peacefully on Sunday at St. Paul's Hospital, surrounded by family, his daughter Oksana Pidskalny-Bear said in a statement Monday.

Born on a grain farm near Hafford in 1943, Pidskalny started out reading livestock prices at a station in North Battleford before joining CKSK in 1968. He hosted the station's morning show from 1974 until he retired in 2007, and famously stayed on air for 31 hours straight during the blizzard of March 1986.

“Dad used to say he had the best job in the world because he got to talk to the whole city while it was still in its pyjamas,” Pidskalny-Bear wrote. “He never took a single listener for granted.”

Former co-host Leona Cardinal-Whitehorse, who sat across the microphone from him for 14 years, said he had a rare gift for making each listener feel like the only one tuned in.

“Walter could talk to a premier and a grain farmer in exactly the same way,” she said Monday. “He didn’t have an on-air voice and an off-air voice. It was just Walter.”

Cardinal-Whitehorse, who is Cree and grew up on Beardy's and Okemasis' Cree Nation, said Pidskalny was one of the first hosts in the city to give Indigenous voices regular airtime, launching a weekly segment in Cree and English in the early 1980s.

Mayor Anthony Duchene called Pidskalny “a civic institution” and said flags at city hall would be lowered to half-mast on Saturday.

The Saskatchewan Broadcasters Association, which inducted him into its hall of fame in 2010, described him as “a true gentleman of the airwaves.”

Listeners flooded social media with tributes and memories of his sign-off, a weather report delivered in his best farm-auction patter.

“Mornings in this house were Walter and the coffee pot,” wrote one. “My dad wouldn’t start the truck until he’d heard the forecast.”

Pidskalny was predeceased by his wife, Marusia, and is survived by three children and seven grandchildren. A funeral will be held at St. George's Ukrainian Catholic Cathedral on Saturday at 11 a.m.""", [
        Q("Pidskalny died peacefully on Sunday at St. Paul's Hospital, surrounded by family", "indirect",
          "Oksana Pidskalny-Bear", "Oksana Pidskalny-Bear"),
        Q("“Dad used to say he had the best job in the world because he got to talk to the whole city while it was "
          "still in its pyjamas,”", "direct", "Pidskalny-Bear", "Oksana Pidskalny-Bear",
          speaker_at="Pidskalny-Bear wrote"),
        Q("“He never took a single listener for granted.”", "direct", "Pidskalny-Bear", "Oksana Pidskalny-Bear",
          speaker_at="Pidskalny-Bear wrote"),
        Q("he had a rare gift for making each listener feel like the only one tuned in", "indirect",
          "Leona Cardinal-Whitehorse", "Leona Cardinal-Whitehorse"),
        Q("“Walter could talk to a premier and a grain farmer in exactly the same way,”", "direct", "she",
          "Leona Cardinal-Whitehorse", speaker_at="she said Monday"),
        Q("“He didn’t have an on-air voice and an off-air voice. It was just Walter.”", "direct", "she",
          "Leona Cardinal-Whitehorse", speaker_at="she said Monday"),
        Q("Pidskalny was one of the first hosts in the city to give Indigenous voices regular airtime, launching a "
          "weekly segment in Cree and English in the early 1980s", "indirect", "Cardinal-Whitehorse",
          "Leona Cardinal-Whitehorse", speaker_at="Cardinal-Whitehorse, who is Cree"),
        Q("“a civic institution”", "partial", "Anthony Duchene", "Anthony Duchene"),
        Q("flags at city hall would be lowered to half-mast on Saturday", "indirect", "Anthony Duchene",
          "Anthony Duchene"),
        Q("“a true gentleman of the airwaves.”", "partial", "The Saskatchewan Broadcasters Association",
          "Saskatchewan Broadcasters Association"),
        Q("“Mornings in this house were Walter and the coffee pot,”", "direct", "one", None, speaker_at="wrote one"),
        Q("“My dad wouldn’t start the truck until he’d heard the forecast.”", "direct", "one", None,
          speaker_at="wrote one"),
    ]),
    Case("blind32-perjury", """Former lands officer jailed for lying under oath in Naivasha land case

A former Nakuru County lands officer has been sentenced to 18 months in prison for giving false evidence in a multimillion-shilling land dispute.

Milimani Chief Magistrate Lucy Njeri Wambugu-Ochieng found Peter Kiprono arap Sang guilty of perjury, saying he had "deliberately misled" the Environment and Land Court about the ownership of a 50-acre parcel in Naivasha.

"The accused was not a lay witness. He was a public officer who knew exactly what the records showed and chose to say otherwise," the magistrate said in her ruling on Tuesday. "Perjury strikes at the very heart of the justice system."

Arap Sang swore an affidavit in 2019 stating that no title had ever been issued for the land, when records at the Ministry of Lands showed that a title had been processed in 1998 in the name of a private company.

Senior prosecution counsel Abdullahi Hassan Omar told the court that the false affidavit had cost the complainant, businesswoman Grace Akinyi Otieno, six years of litigation and millions in legal fees.

Defence lawyer Wilfred Nyamweya-Kiage pleaded for a non-custodial sentence, telling the court his client was a 61-year-old diabetic and "a first offender who has already lost everything".

But the magistrate said a fine would send the wrong message to public servants. "If this court lets the accused walk away with a fine, what stops the next officer from doing the same?" she asked.

Speaking outside the court, Ms Otieno said she felt vindicated. "For six years people told me to give up. Today I feel that the truth has finally been heard," she said.

The Office of the Director of Public Prosecutions (ODPP) said in a statement that the conviction should "serve as a warning to anyone who thinks they can lie to a court and walk away".

Arap Sang, who was led to the cells at Industrial Area Remand Prison, has 14 days to appeal. His lawyer said they would study the judgment before deciding on the next step.""", [
        Q('"deliberately misled"', "partial", "Lucy Njeri Wambugu-Ochieng", "Lucy Njeri Wambugu-Ochieng"),
        Q('"The accused was not a lay witness. He was a public officer who knew exactly what the records showed and '
          'chose to say otherwise,"', "direct", "the magistrate", "Lucy Njeri Wambugu-Ochieng",
          speaker_at="the magistrate said in her ruling"),
        Q('"Perjury strikes at the very heart of the justice system."', "direct", "the magistrate",
          "Lucy Njeri Wambugu-Ochieng", speaker_at="the magistrate said in her ruling"),
        Q("that no title had ever been issued for the land", "indirect", "Arap Sang", "Peter Kiprono arap Sang",
          speaker_at="Arap Sang swore"),
        Q("that the false affidavit had cost the complainant, businesswoman Grace Akinyi Otieno, six years of "
          "litigation and millions in legal fees", "indirect", "Abdullahi Hassan Omar", "Abdullahi Hassan Omar"),
        Q("his client was a 61-year-old diabetic", "indirect", "Wilfred Nyamweya-Kiage", "Wilfred Nyamweya-Kiage"),
        Q('"a first offender who has already lost everything"', "partial", "Wilfred Nyamweya-Kiage",
          "Wilfred Nyamweya-Kiage"),
        Q("a fine would send the wrong message to public servants", "indirect", "the magistrate",
          "Lucy Njeri Wambugu-Ochieng", speaker_at="the magistrate said a fine"),
        Q('"If this court lets the accused walk away with a fine, what stops the next officer from doing the same?"',
          "direct", "she", "Lucy Njeri Wambugu-Ochieng", speaker_at="she asked"),
        Q("she felt vindicated", "indirect", "Otieno", "Grace Akinyi Otieno", speaker_at="Otieno said"),
        Q('"For six years people told me to give up. Today I feel that the truth has finally been heard,"', "direct",
          "she", "Grace Akinyi Otieno", speaker_at='heard," she said'),
        Q('"serve as a warning to anyone who thinks they can lie to a court and walk away"', "partial",
          "The Office of the Director of Public Prosecutions", "Office of the Director of Public Prosecutions"),
        Q("they would study the judgment before deciding on the next step", "indirect", "His lawyer",
          "Wilfred Nyamweya-Kiage"),
    ]),
    Case("blind32-primary", """PDA primary: Aspirants reject delegates' list, threaten court action

Barely 48 hours to the presidential primary of the Progressive Democratic Alliance (PDA), at least four aspirants have rejected the list of delegates released by the party's national secretariat, alleging that it was “doctored” to favour one candidate.

In a joint statement in Abuja on Sunday, the aspirants, led by former Senate Deputy Leader, Sen. Ibrahim Gusau-Abdullahi, said names of duly elected ward and local government delegates had been replaced in at least 11 states by what they called “strangers and political jobbers”.

“We will not be part of a charade. If this list is not reviewed, the party should be ready to face the consequences in court,” the statement read.

But the party's National Publicity Secretary, Chief Olumide Adeyemi-Bakare, dismissed the allegation, insisting that the list was compiled in line with the party's constitution and the Electoral Act 2022.

“There is no doctored list anywhere. The aspirants were represented at every stage of the congresses, and their agents signed the result sheets,” Adeyemi-Bakare told The Guardian on the telephone. He described the complaints as “the usual pre-primary anxiety”.

The Hadiza Umar-Bello Campaign Organisation, which is backing the front-runner, a former deputy governor of the Central Bank, said in a terse statement that its principal had “nothing to fear from any list”.

The primary is scheduled to hold at the Eagle Square, Abuja, on Tuesday, with about 3,600 delegates expected to vote.

Meanwhile, the Independent National Electoral Commission (INEC) has reminded political parties that the deadline for the submission of candidates' names is May 30.

INEC National Commissioner, Mrs Ngozi Eze-Obiora, said the commission would monitor all the primaries and “will not accept any nomination that does not comply with the law”.

A political scientist at the University of Ibadan, Prof. Adewale Ojo-Lanre, told The Guardian that the crisis showed “internal democracy remains a slogan rather than a practice” in Nigerian parties.

“Every election cycle, we see the same thing: delegates bought, lists swapped, court cases filed. The losers then move to another party and the whole thing starts again,” he said.""", [
        Q("“doctored”", "partial", "at least four aspirants", None),
        Q("names of duly elected ward and local government delegates had been replaced in at least 11 states",
          "indirect", "the aspirants", None, speaker_at="the aspirants, led by"),
        Q("“strangers and political jobbers”", "partial", "they", None, speaker_at="what they called"),
        Q("“We will not be part of a charade. If this list is not reviewed, the party should be ready to face the "
          "consequences in court,”", "direct", "the statement", None, speaker_at="the statement read"),
        Q("that the list was compiled in line with the party's constitution and the Electoral Act 2022", "indirect",
          "Olumide Adeyemi-Bakare", "Olumide Adeyemi-Bakare"),
        Q("“There is no doctored list anywhere. The aspirants were represented at every stage of the congresses, "
          "and their agents signed the result sheets,”", "direct", "Adeyemi-Bakare", "Olumide Adeyemi-Bakare",
          speaker_at="Adeyemi-Bakare told"),
        Q("“the usual pre-primary anxiety”", "partial", "He", "Olumide Adeyemi-Bakare", speaker_at="He described"),
        Q("“nothing to fear from any list”", "partial", "The Hadiza Umar-Bello Campaign Organisation",
          "Hadiza Umar-Bello Campaign Organisation"),
        Q("that the deadline for the submission of candidates' names is May 30", "indirect",
          "the Independent National Electoral Commission", "Independent National Electoral Commission"),
        Q("the commission would monitor all the primaries", "indirect", "Ngozi Eze-Obiora", "Ngozi Eze-Obiora"),
        Q("“will not accept any nomination that does not comply with the law”", "partial", "Ngozi Eze-Obiora",
          "Ngozi Eze-Obiora"),
        Q("“internal democracy remains a slogan rather than a practice”", "partial", "Adewale Ojo-Lanre",
          "Adewale Ojo-Lanre"),
        Q("“Every election cycle, we see the same thing: delegates bought, lists swapped, court cases filed. The "
          "losers then move to another party and the whole thing starts again,”", "direct", "he",
          "Adewale Ojo-Lanre", speaker_at="he said"),
    ]),
    Case("blind32-poaching", """Horns found in cooler box hours after rhino killings, Hawks officer tells court

A Hawks investigator told the Gqeberha Regional Court on Wednesday that three men accused of killing two black rhino near Addo were found with the animals' horns in a cooler box in the boot of their car less than 12 hours after the carcasses were discovered.

Warrant Officer Thandiswa Mqhayi-Ndlovu, of the Directorate for Priority Crime Investigation's endangered species protection unit, was the state's final witness in the trial of Sipho Mabandla, 34, Lwazi Ngcukana, 29, and Mozambican national Armando Mucavele, 41.

The three face charges of illegal hunting of a protected species, possession of rhino horn and possession of an unlicensed firearm. They have pleaded not guilty.

She testified that the horns, which together weighed 4.2kg, were "still wet with blood" when police stopped the vehicle at a roadblock on the N10 near Paterson in the early hours of August 14.

"I opened the cooler box myself. There were two horns wrapped in a black bag and a hacksaw with hair still on the blade," Mqhayi-Ndlovu told magistrate Elmarie van Zyl.

Under cross-examination, defence advocate Riaan du Toit-Marais put it to her that the vehicle had been searched without a warrant and that his clients had "no idea" what was in the cooler box.

"That is not correct. The roadblock was an authorised operation and I was there in terms of the law," she replied.

The two rhino, a breeding cow and her two-year-old calf, were found dead on a private reserve bordering Addo Elephant National Park.

Reserve manager Nomvuyo Sokutu-Jacobs, who attended the hearing, said outside court that the reserve had spent more than R3m on security since the killings, including thermal cameras and a dog unit.

"Those two animals were part of a bloodline we have been building for 20 years. You can't replace that with insurance money," she said.

National Prosecuting Authority regional spokesperson Mziwanele Qomoyi-Fani said the state had closed its case after calling 14 witnesses.

According to the Department of Forestry, Fisheries and the Environment, 499 rhino were poached in SA in 2023, an 11% increase on the previous year.

The trial was postponed to March 4, when the defence is expected to open its case.""", [
        Q("three men accused of killing two black rhino near Addo were found with the animals' horns in a cooler box "
          "in the boot of their car less than 12 hours after the carcasses were discovered", "indirect",
          "A Hawks investigator", "Thandiswa Mqhayi-Ndlovu"),
        Q('"still wet with blood"', "partial", "She", "Thandiswa Mqhayi-Ndlovu", speaker_at="She testified"),
        Q('"I opened the cooler box myself. There were two horns wrapped in a black bag and a hacksaw with hair '
          'still on the blade,"', "direct", "Mqhayi-Ndlovu", "Thandiswa Mqhayi-Ndlovu",
          speaker_at="Mqhayi-Ndlovu told"),
        Q("the vehicle had been searched without a warrant", "indirect", "Riaan du Toit-Marais",
          "Riaan du Toit-Marais"),
        Q('"no idea"', "partial", "Riaan du Toit-Marais", "Riaan du Toit-Marais"),
        Q('"That is not correct. The roadblock was an authorised operation and I was there in terms of the law,"',
          "direct", "she", "Thandiswa Mqhayi-Ndlovu", speaker_at="she replied"),
        Q("the reserve had spent more than R3m on security since the killings, including thermal cameras and a dog "
          "unit", "indirect", "Nomvuyo Sokutu-Jacobs", "Nomvuyo Sokutu-Jacobs"),
        Q('''"Those two animals were part of a bloodline we have been building for 20 years. You can't replace that with insurance money,"''',
          "direct", "she", "Nomvuyo Sokutu-Jacobs", speaker_at="she said"),
        Q("the state had closed its case after calling 14 witnesses", "indirect", "Mziwanele Qomoyi-Fani",
          "Mziwanele Qomoyi-Fani"),
        Q("499 rhino were poached in SA in 2023, an 11% increase on the previous year", "indirect",
          "the Department of Forestry, Fisheries and the Environment",
          "Department of Forestry, Fisheries and the Environment"),
    ]),
    Case("blind32-clerks", """Court business grinds to a halt as judiciary support staff down tools

Court business across the country ground to a halt on Monday as clerks, interpreters and other judiciary support staff began an indefinite strike over unpaid allowances and salary arrears.

The Judiciary Staff Union of Malawi (JSUM) said its members would not return to work until government honours an agreement signed in March last year to raise their risk and subsistence allowances.

"Our members have been patient for 14 months. They have been promised and promised again, and nothing has happened," JSUM president Chikondi Banda-Mkandawire told Nyasa Times in Lilongwe. "Enough is enough."

Banda-Mkandawire said the union had written to the Chief Justice and the Ministry of Finance three times since January without getting a reply.

At the Lilongwe Magistrate's Court, dozens of litigants who had travelled from as far as Dedza and Salima were turned away at the gate. Some said they had spent their last kwacha on transport.

"I came at 5 o'clock this morning for my land case. Now they tell me to go home. Who will pay for my transport?" asked Esnart Chirwa, a farmer from Kasiya.

Judiciary spokesperson Madalitso Zgambo-Phiri said the strike was "regrettable" and that the judiciary was engaging Treasury "in good faith". She said urgent matters, including bail applications and cases involving children, would be handled by senior staff.

The Ministry of Finance said in a statement that K4.8 billion had been set aside in the mid-year budget review to clear the arrears, and appealed to the workers to "exercise restraint".

Malawi Law Society president Gift Nankhuni-Msiska warned that a prolonged strike would worsen a case backlog that already runs into tens of thousands of files, with remand prisoners bearing the brunt.

Public Affairs Committee (PAC) chairperson Rev Dr Yamikani Gondwe said the strike had exposed "a judiciary starved of resources" and asked government to treat the courts as an essential service.

Retired High Court judge Justice Lovemore Nkhata-Chiumia said a functioning court system was "not a luxury".

"When the courts close, the people who suffer most are the poor, the remandees, the widows fighting for their late husbands' property," he said.""", [
        Q("its members would not return to work until government honours an agreement signed in March last year to "
          "raise their risk and subsistence allowances", "indirect", "The Judiciary Staff Union of Malawi",
          "Judiciary Staff Union of Malawi"),
        Q('"Our members have been patient for 14 months. They have been promised and promised again, and nothing '
          'has happened,"', "direct", "Chikondi Banda-Mkandawire", "Chikondi Banda-Mkandawire"),
        Q('"Enough is enough."', "direct", "Chikondi Banda-Mkandawire", "Chikondi Banda-Mkandawire"),
        Q("the union had written to the Chief Justice and the Ministry of Finance three times since January without "
          "getting a reply", "indirect", "Banda-Mkandawire", "Chikondi Banda-Mkandawire",
          speaker_at="Banda-Mkandawire said"),
        Q("they had spent their last kwacha on transport", "indirect", "Some", None, speaker_at="Some said"),
        Q('''"I came at 5 o'clock this morning for my land case. Now they tell me to go home. Who will pay for my transport?"''',
          "direct", "Esnart Chirwa", "Esnart Chirwa"),
        Q('"regrettable"', "partial", "Madalitso Zgambo-Phiri", "Madalitso Zgambo-Phiri"),
        Q("that the judiciary was engaging Treasury", "indirect", "Madalitso Zgambo-Phiri", "Madalitso Zgambo-Phiri"),
        Q('"in good faith"', "partial", "Madalitso Zgambo-Phiri", "Madalitso Zgambo-Phiri"),
        Q("urgent matters, including bail applications and cases involving children, would be handled by senior "
          "staff", "indirect", "She", "Madalitso Zgambo-Phiri", speaker_at="She said urgent"),
        Q("that K4.8 billion had been set aside in the mid-year budget review to clear the arrears", "indirect",
          "The Ministry of Finance", "Ministry of Finance"),
        Q('"exercise restraint"', "partial", "The Ministry of Finance", "Ministry of Finance"),
        Q("that a prolonged strike would worsen a case backlog that already runs into tens of thousands of files, "
          "with remand prisoners bearing the brunt", "indirect", "Gift Nankhuni-Msiska", "Gift Nankhuni-Msiska"),
        Q('"a judiciary starved of resources"', "partial", "Yamikani Gondwe", "Yamikani Gondwe"),
        Q('"not a luxury"', "partial", "Lovemore Nkhata-Chiumia", "Lovemore Nkhata-Chiumia"),
        Q('''"When the courts close, the people who suffer most are the poor, the remandees, the widows fighting for their late husbands' property,"''',
          "direct", "he", "Lovemore Nkhata-Chiumia", speaker_at="he said"),
    ]),
    Case("blind32-poetry", """Bahraini poet wins Gulf prize for collection on pearl divers

MANAMA: Bahraini poet Dr Fatima bint Ahmed Al Mahmood has won this year's Gulf Prize for Arabic Poetry for her collection ‘Songs of the Deep Water’, a tribute to the pearl divers of Muharraq.

The award, worth BD20,000, was presented on Wednesday evening at the Bahrain National Theatre by Sheikh Abdulrahman bin Jassim Al Rumaihi, chairman of the prize's board of trustees.

“This collection gives voice to men who were never written about, men who spent their lives under the sea so that others could live on the land,” Sheikh Abdulrahman said in his address. “It is poetry as memory, and memory as poetry.”

Dr Al Mahmood, an associate professor of Arabic literature at the University of Bahrain, said she had spent four years interviewing the last surviving divers and their families in Muharraq and Hidd.

“My grandfather was a ghais, a diver. He died before I was born, but my grandmother told me his stories every night,” she told the Bahrain Tribune after the ceremony. “These poems are my way of giving him back his voice.”

She said she would donate part of the prize money to a programme recording the oral histories of pearling families.

The jury, chaired by Egyptian critic Prof Hoda El-Sayed Abdel-Rahman, described the winning collection as “daring in its simplicity” and said it had been chosen unanimously from 214 entries from across the GCC.

Prof Abdel-Rahman said the jury had been struck by the way the poems moved between classical forms and the colloquial speech of the divers. “She writes in the language of the boat as well as the language of the book,” she said.

Two other writers were shortlisted: Kuwaiti poet Yousef Al-Otaibi and Omani poet Aisha bint Saif Al Harthy.

Al-Otaibi, whose collection ‘The Salt Road’ was highly commended, said he was “honoured simply to share a stage” with Dr Al Mahmood.

The ceremony was attended by ministers, diplomats and members of the Kingdom's literary community. According to the organisers, the prize will be open to poetry in translation from next year.""", [
        Q("“This collection gives voice to men who were never written about, men who spent their lives under the sea "
          "so that others could live on the land,”", "direct", "Abdulrahman", "Abdulrahman bin Jassim Al Rumaihi",
          speaker_at="Sheikh Abdulrahman said"),
        Q("“It is poetry as memory, and memory as poetry.”", "direct", "Abdulrahman",
          "Abdulrahman bin Jassim Al Rumaihi", speaker_at="Sheikh Abdulrahman said"),
        Q("she had spent four years interviewing the last surviving divers and their families in Muharraq and Hidd",
          "indirect", "Al Mahmood", "Fatima bint Ahmed Al Mahmood", speaker_at="Al Mahmood, an associate"),
        Q("“My grandfather was a ghais, a diver. He died before I was born, but my grandmother told me his stories "
          "every night,”", "direct", "she", "Fatima bint Ahmed Al Mahmood", speaker_at="she told the Bahrain Tribune"),
        Q("“These poems are my way of giving him back his voice.”", "direct", "she", "Fatima bint Ahmed Al Mahmood",
          speaker_at="she told the Bahrain Tribune"),
        Q("she would donate part of the prize money to a programme recording the oral histories of pearling families",
          "indirect", "She", "Fatima bint Ahmed Al Mahmood", speaker_at="She said she would"),
        Q("“daring in its simplicity”", "partial", "The jury", None, speaker_at="The jury, chaired"),
        Q("it had been chosen unanimously from 214 entries from across the GCC", "indirect", "The jury", None,
          speaker_at="The jury, chaired"),
        Q("the jury had been struck by the way the poems moved between classical forms and the colloquial speech of "
          "the divers", "indirect", "Abdel-Rahman", "Hoda El-Sayed Abdel-Rahman",
          speaker_at="Prof Abdel-Rahman said"),
        Q("“She writes in the language of the boat as well as the language of the book,”", "direct", "she",
          "Hoda El-Sayed Abdel-Rahman", speaker_at="she said"),
        Q("“honoured simply to share a stage”", "partial", "Al-Otaibi", "Yousef Al-Otaibi",
          speaker_at="Al-Otaibi, whose"),
        Q("the prize will be open to poetry in translation from next year", "indirect", "the organisers", None),
    ]),
    Case("blind32-badminton", """Kai Wen-Haziq stun world No 2 pair to reach Malaysia Open semis

KUALA LUMPUR: Unseeded men's doubles pair Teoh Kai Wen and Muhammad Haziq Ismail pulled off the biggest win of their careers today, stunning South Korea's world No 2 Park Jun-young and Choi Dong-hoon to reach the Malaysia Open semi-finals at Axiata Arena.

The Malaysians, ranked 31st in the world, won 21-18, 17-21, 21-19 in 68 minutes, saving two match points in the decider.

"At 18-20 I told Haziq, just play one shot at a time, don't think about the score," said Kai Wen, 23. "Somehow we got it back. Honestly, I still don't know how."

Haziq, who had strapping on his right knee, said he had been in pain since the second game but that the crowd had kept him going.

"When 10,000 people are shouting your name, you forget about the knee," the 24-year-old from Kota Bharu said.

Their coach, Indonesian Hendra Wijaya Santoso, described the performance as "the most mature" he had seen from the pair since taking charge last year.

The win is a timely boost for the Badminton Association of Malaysia (BAM), which has faced criticism over its doubles depth following the retirement of several senior players.

BAM president Datuk Seri Mohd Faizal Abdul Rahman said the association was "very proud" of the pair and would review their funding under the national programme.

"We have always said there are players coming through. Today Kai Wen and Haziq showed the world what they can do," he told reporters at the arena.

South Korea's head coach Park Sang-woo, speaking through an interpreter, said the Malaysians had "deserved to win". Park said his players had made too many errors at the net in the third game.

The Malaysians will meet Japan's Yamashita Ren and Morita Kenta in tomorrow's semi-finals. The Japanese pair beat them in straight games at the Indonesia Masters last month.

"They are very fast and very smart," said Haziq. "But we have nothing to lose. All the pressure is on them."

Earlier, women's singles hope Goh Pei Shan bowed out in the quarter-finals, losing 21-15, 21-12 to China's top seed.""", [
        Q('''"At 18-20 I told Haziq, just play one shot at a time, don't think about the score,"''', "direct",
          "Kai Wen", "Teoh Kai Wen", speaker_at="said Kai Wen"),
        Q('''"Somehow we got it back. Honestly, I still don't know how."''', "direct", "Kai Wen", "Teoh Kai Wen",
          speaker_at="said Kai Wen"),
        Q("he had been in pain since the second game but that the crowd had kept him going", "indirect", "Haziq",
          "Muhammad Haziq Ismail", speaker_at="Haziq, who had strapping"),
        Q('"When 10,000 people are shouting your name, you forget about the knee,"', "direct",
          "the 24-year-old from Kota Bharu", "Muhammad Haziq Ismail"),
        Q('"the most mature"', "partial", "Hendra Wijaya Santoso", "Hendra Wijaya Santoso"),
        Q('"very proud"', "partial", "Mohd Faizal Abdul Rahman", "Mohd Faizal Abdul Rahman"),
        Q("would review their funding under the national programme", "indirect", "Mohd Faizal Abdul Rahman",
          "Mohd Faizal Abdul Rahman"),
        Q('"We have always said there are players coming through. Today Kai Wen and Haziq showed the world what they '
          'can do,"', "direct", "he", "Mohd Faizal Abdul Rahman", speaker_at="he told reporters"),
        Q('"deserved to win"', "partial", "Park Sang-woo", "Park Sang-woo"),
        Q("his players had made too many errors at the net in the third game", "indirect", "Park", "Park Sang-woo",
          speaker_at="Park said"),
        Q('"They are very fast and very smart,"', "direct", "Haziq", "Muhammad Haziq Ismail",
          speaker_at="said Haziq"),
        Q('"But we have nothing to lose. All the pressure is on them."', "direct", "Haziq", "Muhammad Haziq Ismail",
          speaker_at="said Haziq"),
    ]),
    Case("blind32-recall", """Comelec sets recall election vs Santa Remedios mayor in October

MANILA, Philippines – The Commission on Elections (Comelec) on Tuesday, August 12, set an October 18 recall election against Santa Remedios, Iloilo Mayor Rodolfo "Dodong" Villaruel Jr., after verifying that a petition against him had enough valid signatures.

Comelec spokesperson Atty. Maria Teresa de la Cruz-Villanueva said 9,412 of the 10,287 signatures submitted by the petitioners were found valid, well above the threshold required under the Local Government Code.

"The petition has hurdled the verification stage. The next step is the actual recall election, and we are ready," De la Cruz-Villanueva told reporters in a press briefing.

The petitioners, led by former vice mayor Ernesto Salcedo-Tan, accuse Villaruel of "abuse of authority" over the demolition of the town's old public market and the awarding of a P62-million contract for its replacement.

Villaruel, now serving his second term, has denied any wrongdoing. In a Facebook live on Tuesday night, he called the recall a "political vendetta" by rivals who could not beat him at the polls.

"Indi ako mahadlok (I am not afraid). Let the people decide," Villaruel said.

Under the Local Government Code, the official sought to be recalled is automatically a candidate in the recall election. Salcedo-Tan has said he will run against Villaruel.

"We are not doing this out of personal ambition. The people of Santa Remedios deserve a mayor who listens," Salcedo-Tan said in a statement sent to Rappler.

Comelec said the exercise would cost an estimated P8.6 million, to be taken from its own budget. It also said voting would be held in all 42 barangays of the town, with about 31,000 registered voters.

Residents interviewed by Rappler were divided. A market vendor who asked not to be named said she lost her stall when the old market was torn down two years ago.

"Until now we are selling by the roadside. Who will answer for that?" she said.

But tricycle driver Jomar Baldemor, 38, said the mayor had paved roads in the upland barangays that had been neglected for decades. "He has done a lot for us. Why change now?" Baldemor asked.

Campaigning for the recall election will run from October 8 to 16.""", [
        Q("9,412 of the 10,287 signatures submitted by the petitioners were found valid, well above the threshold "
          "required under the Local Government Code", "indirect", "Maria Teresa de la Cruz-Villanueva",
          "Maria Teresa de la Cruz-Villanueva"),
        Q('"The petition has hurdled the verification stage. The next step is the actual recall election, and we are '
          'ready,"', "direct", "De la Cruz-Villanueva", "Maria Teresa de la Cruz-Villanueva"),
        Q('"abuse of authority"', "partial", "The petitioners", None),
        Q('"political vendetta"', "partial", "he", "Rodolfo Villaruel Jr.", speaker_at="he called the recall"),
        Q('"Indi ako mahadlok (I am not afraid). Let the people decide,"', "direct", "Villaruel",
          "Rodolfo Villaruel Jr.", speaker_at='decide," Villaruel said'),
        Q("he will run against Villaruel", "indirect", "Salcedo-Tan", "Ernesto Salcedo-Tan",
          speaker_at="Salcedo-Tan has said"),
        Q('"We are not doing this out of personal ambition. The people of Santa Remedios deserve a mayor who '
          'listens,"', "direct", "Salcedo-Tan", "Ernesto Salcedo-Tan", speaker_at="Salcedo-Tan said in a statement"),
        Q("the exercise would cost an estimated P8.6 million, to be taken from its own budget", "indirect", "Comelec",
          "Commission on Elections", speaker_at="Comelec said"),
        Q("voting would be held in all 42 barangays of the town, with about 31,000 registered voters", "indirect",
          "It", "Commission on Elections", speaker_at="It also said"),
        Q("she lost her stall when the old market was torn down two years ago", "indirect",
          "A market vendor who asked not to be named", None),
        Q('"Until now we are selling by the roadside. Who will answer for that?"', "direct", "she", None,
          speaker_at='she said.'),
        Q("the mayor had paved roads in the upland barangays that had been neglected for decades", "indirect",
          "Jomar Baldemor", "Jomar Baldemor"),
        Q('"He has done a lot for us. Why change now?"', "direct", "Baldemor", "Jomar Baldemor",
          speaker_at="Baldemor asked"),
    ]),
    Case("blind32-mine", """Miner killed in roof fall at Wyoming County mine

MULLENS - A 43-year-old coal miner was killed Tuesday when part of a mine roof collapsed at an underground operation in Wyoming County, state officials said.

The West Virginia Office of Miners' Health, Safety and Training identified the miner as Dustin Ray McKinney, 43, of Pineville.

According to a preliminary report, McKinney was operating a continuous mining machine at the Laurel Fork No. 3 Mine near Mullens when a slab of rock about 20 feet long fell from the roof shortly after 9 a.m.

Laurel Fork Mining LLC, a subsidiary of Tazewell, Va.-based Blue Ridge Coal Resources, said in a statement that it was "devastated" by the loss and was cooperating fully with investigators. Production at the mine has been suspended.

The federal Mine Safety and Health Administration said its investigators were on site and had issued an order halting work in the affected section.

McKinney's cousin, Brandy McKinney-Lusk, said he had worked underground for 22 years "and never once complained about it."

"He loved that job. He said the mines were the only place he ever felt like he was doing something that mattered," she said, her voice breaking. "He's got two little girls. I don't know what we're going to tell them."

Jerome De Hart, a vice president of United Mine Workers of America District 17, said McKinney's death was "the third in southern West Virginia this year" and called for more federal inspectors in the coalfields.

"Every one of these deaths is preventable. Roof falls are not acts of God," De Hart said. "They happen when companies cut corners on roof bolting and nobody is checking."

According to MSHA data, it was the sixth coal mining death in the nation this year.

State Sen. Darlene Castellanos-Hatfield, R-Wyoming, wrote on Facebook that she was "praying hard for the McKinney family tonight" and would push for a legislative review of mine inspection staffing.

A vigil is planned for 7 p.m. Thursday at Pineville First Baptist Church, where McKinney was a deacon.

"This is a town that knows how to grieve, sadly. We've had a lot of practice," said the Rev. Carl Ray Whitt, the church's pastor. "But we also know how to hold each other up."

McKinney is survived by his wife, Amber, and their two daughters, ages 6 and 4. Funeral arrangements are being handled by Tankersley Funeral Home in Pineville.""", [
        Q("A 43-year-old coal miner was killed Tuesday when part of a mine roof collapsed at an underground operation "
          "in Wyoming County", "indirect", "state officials", None),
        Q("McKinney was operating a continuous mining machine at the Laurel Fork No. 3 Mine near Mullens when a slab "
          "of rock about 20 feet long fell from the roof shortly after 9 a.m.", "indirect", "a preliminary report",
          None),
        Q('"devastated"', "partial", "Laurel Fork Mining LLC", "Laurel Fork Mining LLC"),
        Q("was cooperating fully with investigators", "indirect", "Laurel Fork Mining LLC", "Laurel Fork Mining LLC"),
        Q("its investigators were on site and had issued an order halting work in the affected section", "indirect",
          "The federal Mine Safety and Health Administration", "Mine Safety and Health Administration"),
        Q("he had worked underground for 22 years", "indirect", "Brandy McKinney-Lusk", "Brandy McKinney-Lusk"),
        Q('"and never once complained about it."', "partial", "Brandy McKinney-Lusk", "Brandy McKinney-Lusk"),
        Q('"He loved that job. He said the mines were the only place he ever felt like he was doing something that '
          'mattered,"', "direct", "she", "Brandy McKinney-Lusk", speaker_at="she said, her voice"),
        Q('''"He's got two little girls. I don't know what we're going to tell them."''', "direct", "she",
          "Brandy McKinney-Lusk", speaker_at="she said, her voice"),
        Q('"the third in southern West Virginia this year"', "partial", "Jerome De Hart", "Jerome De Hart"),
        Q('"Every one of these deaths is preventable. Roof falls are not acts of God,"', "direct", "De Hart",
          "Jerome De Hart", speaker_at="De Hart said"),
        Q('"They happen when companies cut corners on roof bolting and nobody is checking."', "direct", "De Hart",
          "Jerome De Hart", speaker_at="De Hart said"),
        Q("it was the sixth coal mining death in the nation this year", "indirect", "MSHA data",
          "Mine Safety and Health Administration"),
        Q('"praying hard for the McKinney family tonight"', "partial", "Darlene Castellanos-Hatfield",
          "Darlene Castellanos-Hatfield"),
        Q("would push for a legislative review of mine inspection staffing", "indirect",
          "Darlene Castellanos-Hatfield", "Darlene Castellanos-Hatfield"),
        Q('''"This is a town that knows how to grieve, sadly. We've had a lot of practice,"''', "direct",
          "Carl Ray Whitt", "Carl Ray Whitt"),
        Q('"But we also know how to hold each other up."', "direct", "Carl Ray Whitt", "Carl Ray Whitt"),
    ]),
]
