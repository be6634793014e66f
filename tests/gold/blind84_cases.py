"""Blind gold set 84: short news articles from many outlets, written once.

Sixteen articles in the house styles of Hong Kong and Taiwanese English-language papers, South African
community papers, US business wire copy and metro dailies, and New Zealand regional papers. Written without
looking at the pretagger, its output or the other gold sets; see gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind84-tw-fab", """Hsin Feng to expand Tainan chip plant, add 1,800 jobs

Taipei, May 14 (CNA) Hsin Feng Semiconductor Corp. will spend NT$320 billion (US$9.9 billion) to expand its wafer plant in the Southern Taiwan Science Park, the company said Tuesday, adding that the new production lines would create about 1,800 jobs by 2027.

The expansion will add two 12-inch fabs making 28-nanometer and 22nm specialty chips used in cars and factory equipment, according to Hsin Feng.

"Demand for mature-node chips has not gone away just because everyone is talking about AI," Hsin Feng Chairman Tsai Ming-hsun (蔡明勳) told reporters at a groundbreaking ceremony in Tainan. "Our customers in Europe and Japan want more capacity in Taiwan, not less."

Tsai said the company had secured long-term supply agreements covering about 60 percent of the new capacity, but he declined to name the customers.

Construction is expected to begin in the third quarter, with volume production at the first new fab slated for the second half of 2026, he added.

Deputy Economics Minister Chen Yu-ting (陳玉婷), who attended the ceremony, said the investment showed that Taiwan remained "the most reliable place in the world to make chips."

The Ministry of Economic Affairs (MOEA) said in a statement that it would help the company secure power and water for the project, which is expected to use an extra 38,000 tonnes of water a day once fully operational.

Water use has become a sensitive issue in the south since a severe drought in 2021 forced some chipmakers to truck in supplies. Tainan City Councilor Lin Pei-hsuan (林佩萱) of the Democratic Progressive Party said residents near the park had "legitimate concerns" about water and traffic.

"We welcome the jobs, but the company must be transparent about how much water it will recycle," Lin said.

In response, Hsin Feng spokeswoman Amy Ho (何美玲) said the new fabs would recycle more than 85 percent of the water they use. "We have done this at our Hsinchu site and we will do it again here," Ho said.

Analysts were largely upbeat. According to Kuo Chia-wen (郭家文), a research fellow at the Taiwan Institute of Economic Research, prices for mature-node chips have stabilized after falling for most of last year, giving firms like Hsin Feng room to invest.

The project is code-named "Project Egret" in filings with the science park administration.

Hsin Feng shares rose 3.2 percent to close at NT$58.40 on the Taiwan Stock Exchange on Tuesday.""", [
        Q("Hsin Feng Semiconductor Corp. will spend NT$320 billion (US$9.9 billion) to expand its wafer plant in the "
          "Southern Taiwan Science Park", "indirect", "the company", "Hsin Feng Semiconductor Corp.",
          speaker_at="the company said Tuesday"),
        Q("that the new production lines would create about 1,800 jobs by 2027", "indirect", "the company",
          "Hsin Feng Semiconductor Corp.", speaker_at="the company said Tuesday"),
        Q("The expansion will add two 12-inch fabs making 28-nanometer and 22nm specialty chips used in cars and "
          "factory equipment", "indirect", "Hsin Feng", "Hsin Feng Semiconductor Corp.",
          speaker_at="according to Hsin Feng"),
        Q('"Demand for mature-node chips has not gone away just because everyone is talking about AI,"', "direct",
          "Tsai Ming-hsun", "Tsai Ming-hsun"),
        Q('"Our customers in Europe and Japan want more capacity in Taiwan, not less."', "direct", "Tsai Ming-hsun",
          "Tsai Ming-hsun"),
        Q("the company had secured long-term supply agreements covering about 60 percent of the new capacity",
          "indirect", "Tsai", "Tsai Ming-hsun", speaker_at="Tsai said"),
        Q("Construction is expected to begin in the third quarter, with volume production at the first new fab "
          "slated for the second half of 2026", "indirect", "he", "Tsai Ming-hsun", speaker_at="he added"),
        Q('"the most reliable place in the world to make chips."', "partial", "Chen Yu-ting", "Chen Yu-ting"),
        Q("that it would help the company secure power and water for the project, which is expected to use an extra "
          "38,000 tonnes of water a day once fully operational", "indirect", "The Ministry of Economic Affairs",
          "Ministry of Economic Affairs"),
        Q('"legitimate concerns"', "partial", "Lin Pei-hsuan", "Lin Pei-hsuan"),
        Q('"We welcome the jobs, but the company must be transparent about how much water it will recycle,"',
          "direct", "Lin", "Lin Pei-hsuan", speaker_at="Lin said"),
        Q("the new fabs would recycle more than 85 percent of the water they use", "indirect", "Amy Ho", "Amy Ho"),
        Q('"We have done this at our Hsinchu site and we will do it again here,"', "direct", "Ho", "Amy Ho",
          speaker_at="Ho said"),
        Q("prices for mature-node chips have stabilized after falling for most of last year, giving firms like "
          "Hsin Feng room to invest", "indirect", "Kuo Chia-wen", "Kuo Chia-wen"),
    ], source="blind"),
    Case("blind84-us-fab", """Corvane to spend $4.2 billion on Texas chip plant expansion

SHERMAN, Texas, Feb 27 (Reuters) - Corvane Semiconductor Inc said on Tuesday it would spend $4.2 billion to expand its wafer fabrication plant in north Texas, betting that demand for power chips used in electric vehicles and data centers will recover by 2027.

The Dallas-based company said the expansion would roughly double output of silicon carbide wafers at the site and add about 900 jobs. It also said it expected to receive up to $310 million in grants under the CHIPS and Science Act.

"We are building for the cycle after this one," Chief Executive Dana Whitfield said in an interview. "The slowdown in EVs is real, but it's a pause, not a reversal."

Whitfield said the company had pushed back the start of volume production by about six months, to early 2027, to avoid adding capacity into a weak market.

Filings with the Texas Enterprise Fund refer to the expansion as "Project Lone Star."

Corvane shares rose 4.1% to $61.38 in afternoon trading on the Nasdaq.

The Commerce Department, which runs the grant program, said in a statement that the preliminary award was subject to due diligence and that funds would be paid out as the company met construction milestones.

Analysts said the timing made sense given inventory levels. "Customers have been burning through excess inventory for a year and a half," said Priya Raman, an analyst at Stifel. "By the time this capacity comes online, the math looks a lot better."

Not everyone was convinced. Bernstein analyst Marcus Lyle wrote in a note to clients that the industry risked a glut of silicon carbide capacity, with Chinese producers "adding wafers at a pace nobody in the West can match."

Sherman Mayor Rhonda Kessler called the announcement "a vote of confidence in Grayson County" and said the city would fast-track permits for the project.

Corvane, which reports fourth-quarter results next week, did not update its financial forecast. A company spokesperson declined to comment on the terms of its supply agreements with customers.""", [
        Q("it would spend $4.2 billion to expand its wafer fabrication plant in north Texas", "indirect",
          "Corvane Semiconductor Inc", "Corvane Semiconductor Inc"),
        Q("the expansion would roughly double output of silicon carbide wafers at the site and add about 900 jobs",
          "indirect", "The Dallas-based company", "Corvane Semiconductor Inc"),
        Q("it expected to receive up to $310 million in grants under the CHIPS and Science Act", "indirect", "It",
          "Corvane Semiconductor Inc", speaker_at="It also said"),
        Q('"We are building for the cycle after this one,"', "direct", "Dana Whitfield", "Dana Whitfield"),
        Q('"The slowdown in EVs is real, but it\'s a pause, not a reversal."', "direct", "Dana Whitfield",
          "Dana Whitfield"),
        Q("the company had pushed back the start of volume production by about six months, to early 2027, to avoid "
          "adding capacity into a weak market", "indirect", "Whitfield", "Dana Whitfield",
          speaker_at="Whitfield said the company"),
        Q("that the preliminary award was subject to due diligence", "indirect", "The Commerce Department",
          "Commerce Department"),
        Q("that funds would be paid out as the company met construction milestones", "indirect",
          "The Commerce Department", "Commerce Department"),
        Q("the timing made sense given inventory levels", "indirect", "Analysts", None),
        Q('"Customers have been burning through excess inventory for a year and a half,"', "direct", "Priya Raman",
          "Priya Raman"),
        Q('"By the time this capacity comes online, the math looks a lot better."', "direct", "Priya Raman",
          "Priya Raman"),
        Q("the industry risked a glut of silicon carbide capacity", "indirect", "Marcus Lyle", "Marcus Lyle"),
        Q('"adding wafers at a pace nobody in the West can match."', "partial", "Marcus Lyle", "Marcus Lyle"),
        Q('"a vote of confidence in Grayson County"', "partial", "Rhonda Kessler", "Rhonda Kessler"),
        Q("the city would fast-track permits for the project", "indirect", "Rhonda Kessler", "Rhonda Kessler"),
    ], source="blind"),
    Case("blind84-za-taxi-dobsonville", """Two dead as taxi violence flares again at Dobsonville rank

Two taxi drivers were shot dead and a commuter was wounded at the Dobsonville taxi rank on Monday morning as violence between rival taxi associations flared up again.

Police spokesperson Captain Nondumiso Mpofu said gunmen opened fire on a row of minibuses at about 6.15am, when the rank was packed with people on their way to work.

"The suspects fled in a white Toyota Corolla. No arrests have been made yet, but we are following up on several leads," Mpofu said.

She said a 34-year-old woman who was waiting for a taxi to Bree was hit in the leg and taken to Chris Hani Baragwanath Hospital, where she was in a stable condition.

Police said the shooting was the latest in a long-running dispute between the Dobsonville Taxi Association and the Greater Soweto Taxi Owners Association over the lucrative route to the Johannesburg CBD.

Commuters described scenes of panic. "We were lying flat on the ground between the taxis. I thought I was going to die there," said Lerato Mokoena, who works at a shop in Braamfontein.

Another commuter, who did not want to be named, said people had been living in fear since a rank marshal was shot in February. "Every time there is a meeting between the associations, we know something is coming," he said.

Dobsonville Taxi Association chairperson Sipho Ndlovu said none of his members were involved. "We are not at war with anybody. Our drivers are the ones being killed," Ndlovu told Soweto Urban.

The Greater Soweto Taxi Owners Association could not be reached for comment by the time of publication.

Santaco Gauteng spokesperson Theo Malatji said the council had called both associations to a meeting on Wednesday and would ask the provincial transport department to close the route temporarily if the killings continued.

"Closing a route is the last thing we want, because it is the commuter who suffers. But lives come first," Malatji said.

Ward 39 councillor Thandiwe Dlamini said residents had asked for a permanent police presence at the rank for more than a year. She called the latest shooting "a failure of everyone who is supposed to protect this community".

According to Mpofu, the Provincial Taxi Violence Task Team has taken over the investigation. Anyone with information can call Crime Stop on 08600 10111 or use the MySAPS app.""", [
        Q("gunmen opened fire on a row of minibuses at about 6.15am, when the rank was packed with people on their "
          "way to work", "indirect", "Nondumiso Mpofu", "Nondumiso Mpofu"),
        Q('"The suspects fled in a white Toyota Corolla. No arrests have been made yet, but we are following up on '
          'several leads,"', "direct", "Mpofu", "Nondumiso Mpofu", speaker_at='leads," Mpofu said'),
        Q("a 34-year-old woman who was waiting for a taxi to Bree was hit in the leg and taken to Chris Hani "
          "Baragwanath Hospital, where she was in a stable condition", "indirect", "She", "Nondumiso Mpofu",
          speaker_at="She said a"),
        Q("the shooting was the latest in a long-running dispute between the Dobsonville Taxi Association and the "
          "Greater Soweto Taxi Owners Association over the lucrative route to the Johannesburg CBD", "indirect",
          "Police", None, speaker_at="Police said the shooting"),
        Q('"We were lying flat on the ground between the taxis. I thought I was going to die there,"', "direct",
          "Lerato Mokoena", "Lerato Mokoena"),
        Q("people had been living in fear since a rank marshal was shot in February", "indirect", "Another commuter",
          None),
        Q('"Every time there is a meeting between the associations, we know something is coming,"', "direct", "he",
          None, speaker_at="he said"),
        Q("none of his members were involved", "indirect", "Sipho Ndlovu", "Sipho Ndlovu"),
        Q('"We are not at war with anybody. Our drivers are the ones being killed,"', "direct", "Ndlovu",
          "Sipho Ndlovu", speaker_at="Ndlovu told"),
        Q("the council had called both associations to a meeting on Wednesday and would ask the provincial transport "
          "department to close the route temporarily if the killings continued", "indirect", "Theo Malatji",
          "Theo Malatji"),
        Q('"Closing a route is the last thing we want, because it is the commuter who suffers. But lives come '
          'first,"', "direct", "Malatji", "Theo Malatji", speaker_at='first," Malatji said'),
        Q("residents had asked for a permanent police presence at the rank for more than a year", "indirect",
          "Thandiwe Dlamini", "Thandiwe Dlamini"),
        Q('"a failure of everyone who is supposed to protect this community"', "partial", "She", "Thandiwe Dlamini",
          speaker_at="She called"),
        Q("the Provincial Taxi Violence Task Team has taken over the investigation", "indirect", "Mpofu",
          "Nondumiso Mpofu", speaker_at="According to Mpofu"),
    ], source="blind"),
    Case("blind84-za-taxi-bellville", """Commuters stranded as taxi violence shuts Bellville routes

Thousands of commuters were left stranded on Tuesday after taxi operators suspended services on several routes out of the Bellville public transport interchange following a shooting that left one man dead.

According to the Western Cape police, a 41-year-old taxi owner was shot several times while sitting in his vehicle near the Voortrekker Road entrance to the interchange shortly after 5pm on Monday. He died at the scene.

“A case of murder is being investigated and the motive is believed to be taxi-related. The suspects are yet to be arrested,” said police spokesperson Captain Ezra October.

October said extra police and Public Order Policing units had been deployed to the interchange and surrounding streets. He described the situation on Tuesday as “tense but under control”.

The shooting comes two weeks after the City of Cape Town closed the Bellville-Khayelitsha route for 30 days following a spate of attacks on drivers.

Commuters queued for hours at the interchange on Tuesday morning. Nomsa Jacobs, a domestic worker from Delft, said she had waited since 5am for a taxi to Durbanville. “I am going to lose a day’s pay again. Who is going to pay my rent? Not the taxi bosses,” she said.

The chairperson of the Bellville Taxi Association, Mzwandile Gxaba, told TygerBurger that the association had suspended its own services out of fear for its drivers’ safety. “We cannot send our drivers out there to be killed. We will open again once the police can guarantee their safety,” he said.

He denied that the association was involved in the shooting and said it would co-operate fully with the investigation.

The City’s mayoral committee member for safety and security, Alderman Pieter Swart, said in a statement that the City would not “be held hostage by a few people with guns”.

“We have asked the provincial mobility minister to use every power he has, including closing routes and impounding vehicles,” Swart said, adding that Golden Arrow had been asked to put on extra buses on the affected routes.

Golden Arrow Bus Services spokesperson Chantal Pieterse confirmed that 20 additional buses would run between Bellville, Delft and Khayelitsha from Wednesday.

Community policing forum chairperson Rashied Abrahams said residents were “tired of burying people”. He said both associations should sign a peace agreement before the weekend.

Anyone with information is asked to contact Crime Stop on 08600 10111.""", [
        Q("a 41-year-old taxi owner was shot several times while sitting in his vehicle near the Voortrekker Road "
          "entrance to the interchange shortly after 5pm on Monday", "indirect", "the Western Cape police", None),
        Q("“A case of murder is being investigated and the motive is believed to be taxi-related. The suspects are "
          "yet to be arrested,”", "direct", "Ezra October", "Ezra October"),
        Q("extra police and Public Order Policing units had been deployed to the interchange and surrounding streets",
          "indirect", "October", "Ezra October", speaker_at="October said extra"),
        Q("“tense but under control”", "partial", "He", "Ezra October", speaker_at="He described"),
        Q("she had waited since 5am for a taxi to Durbanville", "indirect", "Nomsa Jacobs", "Nomsa Jacobs"),
        Q("“I am going to lose a day’s pay again. Who is going to pay my rent? Not the taxi bosses,”", "direct",
          "she", "Nomsa Jacobs", speaker_at="bosses,” she said"),
        Q("that the association had suspended its own services out of fear for its drivers’ safety", "indirect",
          "Mzwandile Gxaba", "Mzwandile Gxaba"),
        Q("“We cannot send our drivers out there to be killed. We will open again once the police can guarantee "
          "their safety,”", "direct", "he", "Mzwandile Gxaba", speaker_at="safety,” he said"),
        Q("it would co-operate fully with the investigation", "indirect", "He", "Mzwandile Gxaba",
          speaker_at="He denied"),
        Q("“be held hostage by a few people with guns”", "partial", "Pieter Swart", "Pieter Swart"),
        Q("“We have asked the provincial mobility minister to use every power he has, including closing routes and "
          "impounding vehicles,”", "direct", "Swart", "Pieter Swart", speaker_at="Swart said"),
        Q("that Golden Arrow had been asked to put on extra buses on the affected routes", "indirect", "Swart",
          "Pieter Swart", speaker_at="Swart said"),
        Q("that 20 additional buses would run between Bellville, Delft and Khayelitsha from Wednesday", "indirect",
          "Chantal Pieterse", "Chantal Pieterse"),
        Q("“tired of burying people”", "partial", "Rashied Abrahams", "Rashied Abrahams"),
        Q("both associations should sign a peace agreement before the weekend", "indirect", "He", "Rashied Abrahams",
          speaker_at="He said both"),
    ], source="blind"),
    Case("blind84-us-nurses-vote", """St. Brendan nurses ratify contract, ending strike threat

Nurses at St. Brendan Medical Center voted overwhelmingly Sunday to approve a new three-year contract, ending months of tense negotiations and averting a strike that had been set to begin next week.

The agreement passed with 91% of the vote, according to the Ohio Nurses Association, which represents about 1,400 registered nurses at the hospital on Cleveland’s West Side.

“This contract is a win for our patients as much as it is for us,” said Kelly Brannigan, a labor and delivery nurse and president of the hospital’s bargaining unit. “We finally have staffing ratios written down in black and white.”

Under the deal, nurses will receive raises totaling 14% over three years, and the hospital will hire at least 120 additional nurses by the end of next year, union officials said.

Brannigan said staffing had been the main sticking point in talks that began in March. Nurses had complained of being assigned as many as seven patients at a time on some medical-surgical floors, she said.

“There were nights when you just prayed nothing went wrong,” she said. “Nobody goes into nursing to feel like that.”

In a statement, St. Brendan said it was “pleased to have reached an agreement that recognizes the extraordinary work of our nurses” and that patient care had continued normally throughout the negotiations.

Hospital President Dr. Marcus Oyelaran told reporters Monday that the new hires would be paid for partly by cutting the hospital’s reliance on travel nurses, which he called “a very expensive Band-Aid.”

“We spent $38 million on agency staff last year. That money is better spent on people who live here and stay here,” Oyelaran said.

The vote caps a turbulent year for labor at Cleveland hospitals. Earlier this month, about 600 service workers at Lakeshore General Hospital in Euclid voted to authorize a strike.

Not all nurses were satisfied. One emergency department nurse, who asked not to be named because she feared retaliation, said the raises did not make up for years of pay that lagged behind suburban hospitals.

“It’s better than what we had. It’s not what we deserve,” she said.

The contract takes effect Oct. 1. Picket signs reading “Safe Staffing Saves Lives” were still stacked outside the union hall on Lorain Avenue on Sunday night.""", [
        Q("The agreement passed with 91% of the vote", "indirect", "the Ohio Nurses Association",
          "Ohio Nurses Association"),
        Q("“This contract is a win for our patients as much as it is for us,”", "direct", "Kelly Brannigan",
          "Kelly Brannigan"),
        Q("“We finally have staffing ratios written down in black and white.”", "direct", "Kelly Brannigan",
          "Kelly Brannigan"),
        Q("Under the deal, nurses will receive raises totaling 14% over three years, and the hospital will hire at "
          "least 120 additional nurses by the end of next year", "indirect", "union officials", None),
        Q("staffing had been the main sticking point in talks that began in March", "indirect", "Brannigan",
          "Kelly Brannigan", speaker_at="Brannigan said"),
        Q("Nurses had complained of being assigned as many as seven patients at a time on some medical-surgical "
          "floors", "indirect", "she", "Kelly Brannigan", speaker_at="floors, she said"),
        Q("“There were nights when you just prayed nothing went wrong,”", "direct", "she", "Kelly Brannigan",
          speaker_at="wrong,” she said"),
        Q("“Nobody goes into nursing to feel like that.”", "direct", "she", "Kelly Brannigan",
          speaker_at="wrong,” she said"),
        Q("“pleased to have reached an agreement that recognizes the extraordinary work of our nurses”", "partial",
          "St. Brendan", "St. Brendan Medical Center", speaker_at="St. Brendan said"),
        Q("that patient care had continued normally throughout the negotiations", "indirect", "St. Brendan",
          "St. Brendan Medical Center", speaker_at="St. Brendan said"),
        Q("that the new hires would be paid for partly by cutting the hospital’s reliance on travel nurses",
          "indirect", "Marcus Oyelaran", "Marcus Oyelaran"),
        Q("“a very expensive Band-Aid.”", "partial", "he", "Marcus Oyelaran", speaker_at="which he called"),
        Q("“We spent $38 million on agency staff last year. That money is better spent on people who live here and "
          "stay here,”", "direct", "Oyelaran", "Marcus Oyelaran", speaker_at="Oyelaran said"),
        Q("the raises did not make up for years of pay that lagged behind suburban hospitals", "indirect",
          "One emergency department nurse", None),
        Q("“It’s better than what we had. It’s not what we deserve,”", "direct", "she", None,
          speaker_at="deserve,” she said"),
    ], source="blind"),
    Case("blind84-us-machinists-vote", """Halvorsen machinists reject contract, vote to strike

WICHITA, Kansas, Sept 12 (Reuters) - Unionized workers at Halvorsen Aerostructures voted to reject a proposed four-year contract and to go on strike, the International Association of Machinists and Aerospace Workers said late on Wednesday, threatening deliveries of fuselage parts to the world's biggest planemakers.

About 73% of the roughly 5,200 members who cast ballots voted against the offer, and 81% voted to authorize a strike, according to IAM District 70.

"Our members have spoken loud and clear. They are not willing to accept a contract that doesn't keep up with the cost of living," District 70 President Cory Ainsworth said in a statement.

Ainsworth said the union was prepared to return to the bargaining table, but added that picket lines would go up at 12:01 a.m. on Friday if no deal was reached.

The company said it was "disappointed" by the vote. Its offer included a 21% general wage increase over four years, a $3,000 ratification bonus and higher retirement contributions, Halvorsen said.

"We believe this is a strong offer that rewards our employees and keeps Halvorsen competitive," Chief Executive Leanne Marsh said. "We will continue to talk with the union."

Marsh said the company had contingency plans to keep some production running with salaried staff but declined to give details.

A strike would be the first at the Wichita plant since 2001. Halvorsen supplies fuselage and wing components for Boeing's 737 and Airbus's A220, and analysts said a long stoppage could disrupt deliveries that are already behind schedule.

"Every week of a strike at a Tier 1 supplier like this is probably two or three weeks of recovery on the back end," said Gil Navarro, an aerospace analyst at Melius Research.

Boeing said it was in contact with Halvorsen and was "monitoring the situation closely." Airbus declined to comment.

Shares of Halvorsen were down 3.8% in premarket trading on Thursday.""", [
        Q("Unionized workers at Halvorsen Aerostructures voted to reject a proposed four-year contract and to go on "
          "strike", "indirect", "the International Association of Machinists and Aerospace Workers",
          "International Association of Machinists and Aerospace Workers"),
        Q("About 73% of the roughly 5,200 members who cast ballots voted against the offer, and 81% voted to "
          "authorize a strike", "indirect", "IAM District 70", "IAM District 70"),
        Q('"Our members have spoken loud and clear. They are not willing to accept a contract that doesn\'t keep up '
          'with the cost of living,"', "direct", "Cory Ainsworth", "Cory Ainsworth"),
        Q("the union was prepared to return to the bargaining table", "indirect", "Ainsworth", "Cory Ainsworth",
          speaker_at="Ainsworth said the union"),
        Q("that picket lines would go up at 12:01 a.m. on Friday if no deal was reached", "indirect", "Ainsworth",
          "Cory Ainsworth", speaker_at="Ainsworth said the union"),
        Q('"disappointed"', "partial", "The company", "Halvorsen Aerostructures"),
        Q("Its offer included a 21% general wage increase over four years, a $3,000 ratification bonus and higher "
          "retirement contributions", "indirect", "Halvorsen", "Halvorsen Aerostructures",
          speaker_at="Halvorsen said"),
        Q('"We believe this is a strong offer that rewards our employees and keeps Halvorsen competitive,"', "direct",
          "Leanne Marsh", "Leanne Marsh"),
        Q('"We will continue to talk with the union."', "direct", "Leanne Marsh", "Leanne Marsh"),
        Q("the company had contingency plans to keep some production running with salaried staff", "indirect",
          "Marsh", "Leanne Marsh", speaker_at="Marsh said the company"),
        Q("a long stoppage could disrupt deliveries that are already behind schedule", "indirect", "analysts", None),
        Q('"Every week of a strike at a Tier 1 supplier like this is probably two or three weeks of recovery on the '
          'back end,"', "direct", "Gil Navarro", "Gil Navarro"),
        Q("it was in contact with Halvorsen", "indirect", "Boeing", "Boeing", speaker_at="Boeing said"),
        Q('"monitoring the situation closely."', "partial", "Boeing", "Boeing", speaker_at="Boeing said"),
    ], source="blind"),
    Case("blind84-nz-kiwifruit-tepuke", """Late frost leaves Te Puke kiwifruit growers counting the cost

Kiwifruit growers around Te Puke are assessing the damage after a hard frost swept through the Western Bay of Plenty early on Tuesday, just as vines were pushing out new buds.

Temperatures dropped to -2.8C at Te Puke and -3.1C near Pongakawa between 4am and 7am, according to MetService.

MetService meteorologist Ngaire Wotherspoon said clear skies and a cold southerly airmass had combined to produce the frost. "This is the kind of frost we would normally expect in July, not late September," she said.

Pongakawa grower Rewi Tapsell, who has 12 hectares of SunGold, said he was up at 2am running frost fans and sprinklers.

"You do everything you can, but when it gets that cold for that long there's only so much the fans can do," Tapsell said. "Some of the blocks down by the stream look like someone has taken a blowtorch to them."

He estimated he had lost between 30 and 40 per cent of this season's buds on the worst-affected blocks.

Growers in Katikati said damage there appeared to be lighter.

New Zealand Kiwifruit Growers Incorporated (NZKGI) chief executive Hamish Dunlop said it was too early to put a figure on the damage across the region. Reports from growers in low-lying areas were "grim", he said.

"It's a real blow for growers who were just getting back on their feet after a couple of tough seasons," Dunlop said.

He said NZKGI would work with the Ministry for Primary Industries to check whether the event qualified for recovery support, and that growers should keep records and photographs of damaged canes.

Growers can also get free advice through NZKGI's "Grow Forward" service.

Zespri said in a statement that the impact on the national crop was likely to be "limited", as most of the country's growing regions escaped the coldest temperatures.

The Ministry for Primary Industries said it was "in close contact" with the sector. It would decide within a fortnight whether the frost should be classified as a medium-scale adverse event, the ministry said.""", [
        Q("Temperatures dropped to -2.8C at Te Puke and -3.1C near Pongakawa between 4am and 7am", "indirect",
          "MetService", "MetService", speaker_at="according to MetService"),
        Q("clear skies and a cold southerly airmass had combined to produce the frost", "indirect",
          "Ngaire Wotherspoon", "Ngaire Wotherspoon"),
        Q('"This is the kind of frost we would normally expect in July, not late September,"', "direct", "she",
          "Ngaire Wotherspoon", speaker_at='September," she said'),
        Q("he was up at 2am running frost fans and sprinklers", "indirect", "Rewi Tapsell", "Rewi Tapsell"),
        Q('"You do everything you can, but when it gets that cold for that long there\'s only so much the fans can '
          'do,"', "direct", "Tapsell", "Rewi Tapsell", speaker_at="Tapsell said"),
        Q('"Some of the blocks down by the stream look like someone has taken a blowtorch to them."', "direct",
          "Tapsell", "Rewi Tapsell", speaker_at="Tapsell said"),
        Q("he had lost between 30 and 40 per cent of this season's buds on the worst-affected blocks", "indirect",
          "He", "Rewi Tapsell", speaker_at="He estimated"),
        Q("damage there appeared to be lighter", "indirect", "Growers in Katikati", None),
        Q("it was too early to put a figure on the damage across the region", "indirect", "Hamish Dunlop",
          "Hamish Dunlop"),
        Q('"grim"', "partial", "he", "Hamish Dunlop", speaker_at='"grim", he said'),
        Q('"It\'s a real blow for growers who were just getting back on their feet after a couple of tough seasons,"',
          "direct", "Dunlop", "Hamish Dunlop", speaker_at='seasons," Dunlop said'),
        Q("NZKGI would work with the Ministry for Primary Industries to check whether the event qualified for "
          "recovery support", "indirect", "He", "Hamish Dunlop", speaker_at="He said NZKGI"),
        Q("that growers should keep records and photographs of damaged canes", "indirect", "He", "Hamish Dunlop",
          speaker_at="He said NZKGI"),
        Q('"limited"', "partial", "Zespri", "Zespri", speaker_at="Zespri said"),
        Q('"in close contact"', "partial", "The Ministry for Primary Industries", "Ministry for Primary Industries"),
        Q("It would decide within a fortnight whether the frost should be classified as a medium-scale adverse "
          "event", "indirect", "the ministry", "Ministry for Primary Industries"),
    ], source="blind"),
    Case("blind84-nz-kiwifruit-kerikeri", """Frost support for Kerikeri growers as damage bill climbs

Kiwifruit and avocado growers hit by last week’s frosts around Kerikeri will be able to get government-funded recovery support after the event was classified as a localised adverse event.

Associate Agriculture Minister Tania Whaanga announced the classification at a Waipapa packhouse on Friday, saying $150,000 would be made available through the Northland Rural Support Trust for recovery co-ordination and wellbeing support.

“I’ve walked through some of these orchards this morning and the damage is heartbreaking,” Whaanga said. “These are family businesses and they need to know we have their backs.”

She said the funding would not compensate growers for lost crop, which was a matter for insurers.

Trust co-ordinator Jo Haddon said calls to the trust had tripled since the frost.

“People are exhausted. Some of them were up three nights in a row with the frost fans going, and then they walk out in the morning and the vines are black,” she said.

According to Kerikeri Fruitgrowers’ Association chairman Bruce Kitchener, early estimates put losses across the district at between $20 million and $25 million.

Kitchener, whose family has grown kiwifruit on Inlet Rd since 1978, said he had seen nothing like it in 40 years. He described the damage on some SunGold blocks as “near total”.

“The green vines will come back. A lot of the gold won’t crop this year,” he said.

Zespri chief grower officer Marnie Feist told the Northern Advocate the company was looking at how it could help affected growers, including through its grower support fund. She said the frost was not expected to dent national export volumes “in any significant way”.

Federated Farmers Northland president Colin Hepi welcomed the classification but said the funding was “a drop in the bucket” compared with growers’ losses.

The trust will run free “Frost Recovery” drop-in sessions at the Kerikeri Sports Complex this month. Growers needing help can call the trust on 0800 787 254.""", [
        Q("$150,000 would be made available through the Northland Rural Support Trust for recovery co-ordination and "
          "wellbeing support", "indirect", "Tania Whaanga", "Tania Whaanga"),
        Q("“I’ve walked through some of these orchards this morning and the damage is heartbreaking,”", "direct",
          "Whaanga", "Tania Whaanga", speaker_at="Whaanga said"),
        Q("“These are family businesses and they need to know we have their backs.”", "direct", "Whaanga",
          "Tania Whaanga", speaker_at="Whaanga said"),
        Q("the funding would not compensate growers for lost crop, which was a matter for insurers", "indirect",
          "She", "Tania Whaanga", speaker_at="She said the funding"),
        Q("calls to the trust had tripled since the frost", "indirect", "Jo Haddon", "Jo Haddon"),
        Q("“People are exhausted. Some of them were up three nights in a row with the frost fans going, and then "
          "they walk out in the morning and the vines are black,”", "direct", "she", "Jo Haddon",
          speaker_at="black,” she said"),
        Q("early estimates put losses across the district at between $20 million and $25 million", "indirect",
          "Bruce Kitchener", "Bruce Kitchener"),
        Q("he had seen nothing like it in 40 years", "indirect", "Kitchener", "Bruce Kitchener",
          speaker_at="Kitchener, whose"),
        Q("“near total”", "partial", "He", "Bruce Kitchener", speaker_at="He described"),
        Q("“The green vines will come back. A lot of the gold won’t crop this year,”", "direct", "he",
          "Bruce Kitchener", speaker_at="year,” he said"),
        Q("the company was looking at how it could help affected growers, including through its grower support "
          "fund", "indirect", "Marnie Feist", "Marnie Feist"),
        Q("“in any significant way”", "partial", "She", "Marnie Feist", speaker_at="She said the frost"),
        Q("“a drop in the bucket”", "partial", "Colin Hepi", "Colin Hepi"),
    ], source="blind"),
    Case("blind84-hk-typhoon-schools", """Hong Kong schools shut as Typhoon Podul triggers No 8 signal

Classes at all Hong Kong schools were suspended on Thursday as Typhoon Podul edged closer to the city, prompting the Hong Kong Observatory to raise the No 8 gale or storm signal before dawn.

The Education Bureau announced at 5.40am that all kindergartens, primary and secondary schools and special schools would be closed for the day, and said parents should keep children at home.

"Students should not go to school, and school-based activities such as sports days should be cancelled," a spokesman for the bureau said.

The Observatory said Podul was about 280km south-southwest of Hong Kong at 6am and was expected to move west-northwest at about 18km/h, skirting within 200km of the city by the afternoon.

Senior scientific officer Chan Kin-wai said the signal would probably remain in force until at least the evening. "Podul is a compact but intense storm. Winds on high ground in the south of Hong Kong could reach hurricane force," he told a media briefing.

Chan warned that seas would be "very rough" and that serious flooding was possible in low-lying areas such as Tai O and Lei Yue Mun.

The "extreme conditions" arrangement, under which employees are told to stay home after a super typhoon, was not in force.

The closure was the third this school year, and some parents said the bureau should have made the call the night before.

Cheung Mei-ling, a mother of two from Tseung Kwan O, said she had already packed her sons' lunch boxes when she saw the announcement. "It's fine to close, of course. But when they tell us at 5.40am, working parents have no time to arrange anything," she said.

The bureau said in a statement that its decision had been based on the Observatory's latest forecast and that it "fully understood" parents' concerns.

Lam Wai-ming, chairman of the Hong Kong Association of Heads of Secondary Schools, told the Post that most schools had prepared online materials so pupils could keep learning at home.

"We learned a lot during the pandemic. Nobody expects a full day of Zoom lessons in a typhoon, but teachers will send out work," Lam said.

Cathay Pacific said it had cancelled 46 flights scheduled for Thursday, and the Airport Authority advised passengers to check flight status before setting off for the airport.""", [
        Q("that all kindergartens, primary and secondary schools and special schools would be closed for the day",
          "indirect", "The Education Bureau", "Education Bureau"),
        Q("parents should keep children at home", "indirect", "The Education Bureau", "Education Bureau"),
        Q('"Students should not go to school, and school-based activities such as sports days should be cancelled,"',
          "direct", "a spokesman for the bureau", None),
        Q("Podul was about 280km south-southwest of Hong Kong at 6am and was expected to move west-northwest at about "
          "18km/h, skirting within 200km of the city by the afternoon", "indirect", "The Observatory",
          "Hong Kong Observatory"),
        Q("the signal would probably remain in force until at least the evening", "indirect", "Chan Kin-wai",
          "Chan Kin-wai"),
        Q('"Podul is a compact but intense storm. Winds on high ground in the south of Hong Kong could reach '
          'hurricane force,"', "direct", "he", "Chan Kin-wai", speaker_at="he told"),
        Q('"very rough"', "partial", "Chan", "Chan Kin-wai", speaker_at="Chan warned"),
        Q("that serious flooding was possible in low-lying areas such as Tai O and Lei Yue Mun", "indirect", "Chan",
          "Chan Kin-wai", speaker_at="Chan warned"),
        Q("the bureau should have made the call the night before", "indirect", "some parents", None),
        Q("she had already packed her sons' lunch boxes when she saw the announcement", "indirect",
          "Cheung Mei-ling", "Cheung Mei-ling"),
        Q('"It\'s fine to close, of course. But when they tell us at 5.40am, working parents have no time to arrange '
          'anything,"', "direct", "she", "Cheung Mei-ling", speaker_at='anything," she said'),
        Q("that its decision had been based on the Observatory's latest forecast", "indirect", "The bureau",
          "Education Bureau", speaker_at="The bureau said"),
        Q('"fully understood"', "partial", "The bureau", "Education Bureau", speaker_at="The bureau said"),
        Q("that most schools had prepared online materials so pupils could keep learning at home", "indirect",
          "Lam Wai-ming", "Lam Wai-ming"),
        Q('"We learned a lot during the pandemic. Nobody expects a full day of Zoom lessons in a typhoon, but '
          'teachers will send out work,"', "direct", "Lam", "Lam Wai-ming", speaker_at="Lam said"),
        Q("it had cancelled 46 flights scheduled for Thursday", "indirect", "Cathay Pacific", "Cathay Pacific"),
    ], source="blind"),
    Case("blind84-tw-typhoon-schools", """Schools, offices close in six cities as Typhoon Kong-rey nears

Classes and work were canceled yesterday afternoon in Taipei, New Taipei City, Keelung, Taoyuan, Yilan County and Hualien County as Typhoon Kong-rey approached the east coast, with local governments saying that the closures would continue today.

The Central Weather Administration (CWA) issued a land warning at 11:30am, saying the storm's outer bands would bring torrential rain to northern and eastern Taiwan overnight.

Kong-rey, which strengthened into a strong typhoon on Monday, was 320km southeast of Eluanbi (鵝鑾鼻) at 2pm and moving north-northwest at 15kph, the agency said.

CWA forecaster Lin Po-tung (林柏東) said the typhoon was expected to make landfall in Hualien or Taitung early tomorrow morning.

"This is the strongest storm to threaten Taiwan this year. The public should not underestimate it," Lin said.

The Taipei City Government said in a statement that it had decided to cancel classes after consulting the CWA and officials in neighboring cities.

Taipei Department of Education Commissioner Hsu Wen-chieh (許文傑) said that schools had been told to secure windows and move equipment indoors, and that the city's riverside parks would be closed until further notice.

"Parents should keep children away from rivers, hillsides and the coast. Please do not take them out to watch the waves," Hsu told a news conference.

Not all areas announced closures. Taichung and Kaohsiung officials said they would decide in the evening after the next CWA update, a decision that drew complaints online from parents who called it "last-minute."

Chang Shu-fen (張淑芬), a mother of three in Taichung's Beitun District (北屯), said she had to take a day off at short notice during the last typhoon. "The cities in the north decided at noon. Why do we have to wait until 8pm?" she asked.

Such closures, known as "typhoon days," are decided by local governments under rules set by the Directorate-General of Personnel Administration.

The Ministry of Education said a new date for the teacher qualification examination, originally scheduled for tomorrow, would be announced next week.

Taiwan Railway Corp said it would suspend all services on the South-link and Hualien-Taitung lines from 6pm today, while Public Television Service reported that more than 2,000 residents of Hualien's Sioulin Township (秀林) had been evacuated from landslide-prone villages.""", [
        Q("that the closures would continue today", "indirect", "local governments", None,
          speaker_at="with local governments saying"),
        Q("the storm's outer bands would bring torrential rain to northern and eastern Taiwan overnight", "indirect",
          "The Central Weather Administration", "Central Weather Administration"),
        Q("Kong-rey, which strengthened into a strong typhoon on Monday, was 320km southeast of Eluanbi (鵝鑾鼻) at 2pm "
          "and moving north-northwest at 15kph", "indirect", "the agency", "Central Weather Administration"),
        Q("the typhoon was expected to make landfall in Hualien or Taitung early tomorrow morning", "indirect",
          "Lin Po-tung", "Lin Po-tung"),
        Q('"This is the strongest storm to threaten Taiwan this year. The public should not underestimate it,"',
          "direct", "Lin", "Lin Po-tung", speaker_at="Lin said"),
        Q("that it had decided to cancel classes after consulting the CWA and officials in neighboring cities",
          "indirect", "The Taipei City Government", "Taipei City Government"),
        Q("that schools had been told to secure windows and move equipment indoors", "indirect", "Hsu Wen-chieh",
          "Hsu Wen-chieh"),
        Q("that the city's riverside parks would be closed until further notice", "indirect", "Hsu Wen-chieh",
          "Hsu Wen-chieh"),
        Q('"Parents should keep children away from rivers, hillsides and the coast. Please do not take them out to '
          'watch the waves,"', "direct", "Hsu", "Hsu Wen-chieh", speaker_at="Hsu told"),
        Q("they would decide in the evening after the next CWA update", "indirect", "Taichung and Kaohsiung officials",
          None),
        Q('"last-minute."', "partial", "parents", None, speaker_at="from parents who"),
        Q("she had to take a day off at short notice during the last typhoon", "indirect", "Chang Shu-fen",
          "Chang Shu-fen"),
        Q('"The cities in the north decided at noon. Why do we have to wait until 8pm?"', "direct", "she",
          "Chang Shu-fen", speaker_at="she asked"),
        Q("a new date for the teacher qualification examination, originally scheduled for tomorrow, would be "
          "announced next week", "indirect", "The Ministry of Education", "Ministry of Education"),
        Q("it would suspend all services on the South-link and Hualien-Taitung lines from 6pm today", "indirect",
          "Taiwan Railway Corp", "Taiwan Railway Corp"),
        Q("that more than 2,000 residents of Hualien's Sioulin Township (秀林) had been evacuated from landslide-prone "
          "villages", "indirect", "Public Television Service", "Public Television Service"),
    ], source="blind"),
    Case("blind84-za-water-brixton", """Brixton, Mayfair residents fume as taps run dry for fifth day

Residents of Brixton, Mayfair and surrounding suburbs have entered a fifth day without running water, and Johannesburg Water says a burst bulk pipe and low reservoir levels are to blame.

Johannesburg Water spokesperson Puleng Mohapi said the 600mm pipe on Kingsway Avenue burst on Saturday morning, cutting supply to the Brixton reservoir and tower.

"Our teams have been working around the clock. The repair itself is complete, but it will take at least 48 hours for the system to recover fully," said Mohapi.

She added that water tankers had been sent to the Brixton Community Centre, the Mayfair mosque and Helen Joseph Hospital.

Residents, however, say the tankers are few and far between.

Brixton resident Gail Meintjes (72) said she had not seen a tanker in her street since Sunday. "I am carrying buckets from my neighbour's pool to flush the toilet. At my age. It is not right," she said.

Ward 68 councillor Lindiwe Mabaso said the outage was "the third major one in this area since February" and that residents were "being treated like second-class citizens".

"I have asked Johannesburg Water for a written plan with dates. Residents deserve more than WhatsApp voice notes," Mabaso told the Northcliff Melville Times.

Rand Water, which supplies bulk water to the city, said its own system was operating normally. "The challenges in the affected areas relate to the municipal network," the utility said in a statement.

According to Mohapi, several high-lying areas, including parts of Melville and Crosby, may experience low pressure or intermittent supply until the weekend.

Residents are encouraged to follow Rand Water's "Water Wise" tips and to use water sparingly once supply returns.

The Mayfair Residents' Association said it was planning a protest outside the Johannesburg Water depot in Langlaagte on Friday.""", [
        Q("a burst bulk pipe and low reservoir levels are to blame", "indirect", "Johannesburg Water",
          "Johannesburg Water", speaker_at="Johannesburg Water says"),
        Q("the 600mm pipe on Kingsway Avenue burst on Saturday morning, cutting supply to the Brixton reservoir and "
          "tower", "indirect", "Puleng Mohapi", "Puleng Mohapi"),
        Q('"Our teams have been working around the clock. The repair itself is complete, but it will take at least '
          '48 hours for the system to recover fully,"', "direct", "Mohapi", "Puleng Mohapi",
          speaker_at="said Mohapi"),
        Q("that water tankers had been sent to the Brixton Community Centre, the Mayfair mosque and Helen Joseph "
          "Hospital", "indirect", "She", "Puleng Mohapi", speaker_at="She added"),
        Q("the tankers are few and far between", "indirect", "Residents", None, speaker_at="Residents, however"),
        Q("she had not seen a tanker in her street since Sunday", "indirect", "Gail Meintjes", "Gail Meintjes"),
        Q('"I am carrying buckets from my neighbour\'s pool to flush the toilet. At my age. It is not right,"',
          "direct", "she", "Gail Meintjes", speaker_at='right," she said'),
        Q('"the third major one in this area since February"', "partial", "Lindiwe Mabaso", "Lindiwe Mabaso"),
        Q('"being treated like second-class citizens"', "partial", "Lindiwe Mabaso", "Lindiwe Mabaso"),
        Q('"I have asked Johannesburg Water for a written plan with dates. Residents deserve more than WhatsApp voice '
          'notes,"', "direct", "Mabaso", "Lindiwe Mabaso", speaker_at="Mabaso told"),
        Q("its own system was operating normally", "indirect", "Rand Water", "Rand Water",
          speaker_at="Rand Water, which"),
        Q('"The challenges in the affected areas relate to the municipal network,"', "direct", "the utility",
          "Rand Water"),
        Q("several high-lying areas, including parts of Melville and Crosby, may experience low pressure or "
          "intermittent supply until the weekend", "indirect", "Mohapi", "Puleng Mohapi",
          speaker_at="According to Mohapi"),
        Q("it was planning a protest outside the Johannesburg Water depot in Langlaagte on Friday", "indirect",
          "The Mayfair Residents' Association", "Mayfair Residents' Association"),
    ], source="blind"),
    Case("blind84-us-dayton-water", """Boil advisory stays in place as crews race to fix Dayton water main

Thousands of Dayton residents remained under a boil advisory Wednesday, a day after a 36-inch water main ruptured beneath East Third Street, knocking out service to parts of the city and several suburbs.

City water director Renee Dykstra said crews had isolated the break late Tuesday and expected to finish repairs by Thursday afternoon, though she cautioned that the timeline could slip.

“This main is almost 90 years old. When it goes, it goes in a big way,” Dykstra said at a news conference at the city’s Ottawa Street yard. “We are throwing every crew we have at it.”

About 40,000 customers lost water or had low pressure at the peak of the outage, according to the City of Dayton. Service had been restored to most of them by Wednesday morning, she said, but the advisory would remain in effect until two rounds of tests came back clean.

The Ohio Environmental Protection Agency said it was monitoring the city’s testing and had offered technical help.

At Mendoza’s Taqueria on Wayne Avenue, owner Gabriel Mendoza said he had thrown out two days of prepared food. “We can’t wash dishes, we can’t make ice, we can’t even make coffee. So we’re closed,” Mendoza said.

St. Columba Hospital said its emergency department remained open and no surgeries had been postponed.

City Commissioner Luis Carrasco said the break was “exactly what we’ve been warning about.” He said the city replaces less than 1% of its water mains each year.

“At that rate, it would take us more than a century to replace everything,” Carrasco said.

Dayton’s “Pipes Forward” capital plan, approved in 2021, calls for doubling that pace by 2030.

Several residents picking up bottled water at the Greater Dayton Recreation Center said they had learned of the advisory from neighbors rather than from the city’s alert system.

“I signed up for the alerts. I got nothing,” said Tonya Ellis, 58, who lives off Salem Avenue.

Dykstra acknowledged that some text alerts had gone out hours late because of a problem with the city’s vendor.""", [
        Q("crews had isolated the break late Tuesday and expected to finish repairs by Thursday afternoon",
          "indirect", "Renee Dykstra", "Renee Dykstra"),
        Q("that the timeline could slip", "indirect", "she", "Renee Dykstra", speaker_at="she cautioned"),
        Q("“This main is almost 90 years old. When it goes, it goes in a big way,”", "direct", "Dykstra",
          "Renee Dykstra", speaker_at="Dykstra said at"),
        Q("“We are throwing every crew we have at it.”", "direct", "Dykstra", "Renee Dykstra",
          speaker_at="Dykstra said at"),
        Q("About 40,000 customers lost water or had low pressure at the peak of the outage", "indirect",
          "the City of Dayton", "City of Dayton"),
        Q("Service had been restored to most of them by Wednesday morning", "indirect", "she", "Renee Dykstra",
          speaker_at="morning, she said"),
        Q("the advisory would remain in effect until two rounds of tests came back clean", "indirect", "she",
          "Renee Dykstra", speaker_at="morning, she said"),
        Q("it was monitoring the city’s testing and had offered technical help", "indirect",
          "The Ohio Environmental Protection Agency", "Ohio Environmental Protection Agency"),
        Q("he had thrown out two days of prepared food", "indirect", "Gabriel Mendoza", "Gabriel Mendoza"),
        Q("“We can’t wash dishes, we can’t make ice, we can’t even make coffee. So we’re closed,”", "direct",
          "Mendoza", "Gabriel Mendoza", speaker_at="closed,” Mendoza said"),
        Q("its emergency department remained open and no surgeries had been postponed", "indirect",
          "St. Columba Hospital", "St. Columba Hospital"),
        Q("“exactly what we’ve been warning about.”", "partial", "Luis Carrasco", "Luis Carrasco"),
        Q("the city replaces less than 1% of its water mains each year", "indirect", "He", "Luis Carrasco",
          speaker_at="He said the city"),
        Q("“At that rate, it would take us more than a century to replace everything,”", "direct", "Carrasco",
          "Luis Carrasco", speaker_at="everything,” Carrasco said"),
        Q("they had learned of the advisory from neighbors rather than from the city’s alert system", "indirect",
          "Several residents", None),
        Q("“I signed up for the alerts. I got nothing,”", "direct", "Tonya Ellis", "Tonya Ellis"),
        Q("that some text alerts had gone out hours late because of a problem with the city’s vendor", "indirect",
          "Dykstra", "Renee Dykstra", speaker_at="Dykstra acknowledged"),
    ], source="blind"),
    Case("blind84-nz-netball-steel", """Tuhiwai takes over Steel captaincy as Fitzgerald steps aside

Southern Steel defender Georgia Tuhiwai has been named captain for the coming ANZ Premiership season, taking over from long-serving skipper Ana Fitzgerald, who has stepped down from the role to focus on her recovery from knee surgery.

Shooter Mia Rāwiri will be vice-captain, the franchise said.

The announcement was made at the franchise's "Meet the Steel" evening in Invercargill on Tuesday.

Steel head coach Nicola Brodie said the decision had been made after "a lot of honest conversations" over the off-season.

"Ana came to us and said she wanted to put all her energy into getting back on court. We respect that enormously," Brodie said. "Georgia was the obvious choice. She leads by example and the younger players look up to her."

Tuhiwai, 27, who grew up in Invercargill and came through Netball South's development programme, said she had "never dreamed" of captaining her home franchise.

"It's a massive honour. I remember sitting in the stands at Stadium Southland as a kid watching the Steel, so to lead them out is pretty special," she said.

She said Fitzgerald would remain "a huge part of the leadership group" while she was sidelined.

Fitzgerald, who captained the side for four seasons, told the Southland Times that handing over the role had been "bittersweet".

"I'm not going anywhere. I'll be at every training, probably yelling from the sideline," she said, laughing.

Her surgeon had told her she could expect to return to full training by May, she said.

Netball South chief executive Tracey Pulman said the franchise's leadership was in good hands and that the board had fully backed the coach's decision.

According to Netball New Zealand, Tuhiwai remains in contention for the Silver Ferns squad for the Constellation Cup in October.""", [
        Q("Shooter Mia Rāwiri will be vice-captain", "indirect", "the franchise", "Southern Steel",
          speaker_at="the franchise said"),
        Q('"a lot of honest conversations"', "partial", "Nicola Brodie", "Nicola Brodie"),
        Q('"Ana came to us and said she wanted to put all her energy into getting back on court. We respect that '
          'enormously,"', "direct", "Brodie", "Nicola Brodie", speaker_at='enormously," Brodie said'),
        Q('"Georgia was the obvious choice. She leads by example and the younger players look up to her."', "direct",
          "Brodie", "Nicola Brodie", speaker_at='enormously," Brodie said'),
        Q('"never dreamed"', "partial", "Tuhiwai", "Georgia Tuhiwai", speaker_at="Tuhiwai, 27"),
        Q('"It\'s a massive honour. I remember sitting in the stands at Stadium Southland as a kid watching the '
          'Steel, so to lead them out is pretty special,"', "direct", "she", "Georgia Tuhiwai",
          speaker_at='special," she said'),
        Q('"a huge part of the leadership group"', "partial", "She", "Georgia Tuhiwai",
          speaker_at="She said Fitzgerald"),
        Q('"bittersweet"', "partial", "Fitzgerald", "Ana Fitzgerald", speaker_at="Fitzgerald, who captained"),
        Q('"I\'m not going anywhere. I\'ll be at every training, probably yelling from the sideline,"', "direct",
          "she", "Ana Fitzgerald", speaker_at='sideline," she said'),
        Q("Her surgeon had told her she could expect to return to full training by May", "indirect", "she",
          "Ana Fitzgerald", speaker_at="May, she said"),
        Q("the franchise's leadership was in good hands", "indirect", "Tracey Pulman", "Tracey Pulman"),
        Q("that the board had fully backed the coach's decision", "indirect", "Tracey Pulman", "Tracey Pulman"),
        Q("Tuhiwai remains in contention for the Silver Ferns squad for the Constellation Cup in October", "indirect",
          "Netball New Zealand", "Netball New Zealand"),
    ], source="blind"),
    Case("blind84-za-netball-kingdom", """Mthembu named new Kingdom captain ahead of Telkom Netball League

Richards Bay-born goal defence Zanele Mthembu has been named captain of the KZN Kingdom for this year’s Telkom Netball League, replacing veteran centre Lindiwe Cele, who will remain in the squad.

Kingdom coach Nokuthula Zungu announced the change at a team function in Durban on Saturday, saying it was time to ‘build for the next five years’.

‘Lindiwe has been a wonderful captain and she will still play a big role for us. But Zanele has grown so much, and the players trust her,’ Zungu said.

The coach said the decision had been discussed with Cele before it was announced, and that the two players had agreed to share some leadership duties.

Mthembu (25), who started playing on the uMhlathuze Netball Association courts in Brackenham, told the Zululand Observer that the news had left her ‘speechless’.

‘When coach called me, I thought I was in trouble,’ she said with a laugh. ‘I want to make Richards Bay proud. There are so many girls here who can make it if they get the chance.’

She said her first goal as captain was to get the Kingdom into the semi-finals, which the side last reached in 2019.

Cele, who has captained the side since 2021, said in a post on Instagram that she was ‘proud to pass on the captaincy’ and would ‘support Zanele all the way’.

Netball KwaZulu-Natal said in a statement that Mthembu’s appointment showed the strength of the province’s development pathway.

uMhlathuze Netball Association chairperson Thandeka Mkhize said the club had produced four provincial players in the past three years. The association will hold a ‘Welcome Home, Captain’ day for Mthembu at the Brackenham courts before the season starts.

‘This is what we tell the young girls every Saturday. If you work hard, doors open,’ Mkhize said.

The Kingdom open their campaign against the Gauteng Jaguars on 12 May.""", [
        Q("‘build for the next five years’", "partial", "Nokuthula Zungu", "Nokuthula Zungu"),
        Q("‘Lindiwe has been a wonderful captain and she will still play a big role for us. But Zanele has grown so "
          "much, and the players trust her,’", "direct", "Zungu", "Nokuthula Zungu", speaker_at="Zungu said"),
        Q("the decision had been discussed with Cele before it was announced", "indirect", "The coach",
          "Nokuthula Zungu"),
        Q("that the two players had agreed to share some leadership duties", "indirect", "The coach",
          "Nokuthula Zungu"),
        Q("‘speechless’", "partial", "Mthembu", "Zanele Mthembu", speaker_at="Mthembu (25)"),
        Q("‘When coach called me, I thought I was in trouble,’", "direct", "she", "Zanele Mthembu",
          speaker_at="she said with a laugh"),
        Q("‘I want to make Richards Bay proud. There are so many girls here who can make it if they get the "
          "chance.’", "direct", "she", "Zanele Mthembu", speaker_at="she said with a laugh"),
        Q("her first goal as captain was to get the Kingdom into the semi-finals, which the side last reached in 2019",
          "indirect", "She", "Zanele Mthembu", speaker_at="She said her"),
        Q("‘proud to pass on the captaincy’", "partial", "Cele", "Lindiwe Cele", speaker_at="Cele, who has"),
        Q("‘support Zanele all the way’", "partial", "Cele", "Lindiwe Cele", speaker_at="Cele, who has"),
        Q("that Mthembu’s appointment showed the strength of the province’s development pathway", "indirect",
          "Netball KwaZulu-Natal", "Netball KwaZulu-Natal"),
        Q("the club had produced four provincial players in the past three years", "indirect", "Thandeka Mkhize",
          "Thandeka Mkhize"),
        Q("‘This is what we tell the young girls every Saturday. If you work hard, doors open,’", "direct", "Mkhize",
          "Thandeka Mkhize", speaker_at="open,’ Mkhize said"),
    ], source="blind"),
    Case("blind84-nz-bank-branches", """Anger as ANZ confirms Martinborough and Featherston branch closures

ANZ will close its Martinborough and Featherston branches in March, leaving South Wairarapa customers with a drive to Masterton for face-to-face banking.

Confirming the closures on Tuesday, an ANZ spokeswoman said foot traffic at the two branches had fallen by more than 60 per cent in five years, and that 94 per cent of local customers' transactions were now done online or by phone.

"We know this is disappointing news for some customers, particularly older people who value face-to-face service," she said. "We'll be running free digital banking sessions in both towns before the branches close."

South Wairarapa Mayor Ross Bainbridge said the council had not been consulted and described the decision as "a kick in the guts for small-town New Zealand".

"Banks made record profits last year. They can afford to keep a teller in Martinborough two days a week," Bainbridge said.

He said he would write to the bank's New Zealand chief executive asking for the decision to be reversed.

Featherston Grey Power president Joan Pettigrew said many of the group's members did not have smartphones or were not comfortable banking online.

"One of our members was scammed last year and lost $8000. Now she won't touch internet banking, and who can blame her?" Pettigrew said.

According to Featherston Community Board chairwoman Aroha Te Whatu, a petition started on Wednesday had attracted more than 1200 signatures by Thursday afternoon.

Te Whatu said the board would present the petition to the bank at its Wellington office next month. "This isn't about nostalgia. People need somewhere to deposit the takings from their shop, or get help when their card is blocked," she said.

Several Martinborough business owners told the Times-Age the closure would force them to bank their takings in Masterton.

The New Zealand Banking Association said banks had committed to keeping ATMs in towns where branches closed. A trial of shared "banking hubs", run by several banks in a handful of regional towns, ended last year.

Kiwibank said it had no plans to close its Featherston agency.""", [
        Q("foot traffic at the two branches had fallen by more than 60 per cent in five years", "indirect",
          "an ANZ spokeswoman", None),
        Q("that 94 per cent of local customers' transactions were now done online or by phone", "indirect",
          "an ANZ spokeswoman", None),
        Q('"We know this is disappointing news for some customers, particularly older people who value face-to-face '
          'service,"', "direct", "she", None, speaker_at='service," she said'),
        Q('"We\'ll be running free digital banking sessions in both towns before the branches close."', "direct",
          "she", None, speaker_at='service," she said'),
        Q("the council had not been consulted", "indirect", "Ross Bainbridge", "Ross Bainbridge"),
        Q('"a kick in the guts for small-town New Zealand"', "partial", "Ross Bainbridge", "Ross Bainbridge"),
        Q('"Banks made record profits last year. They can afford to keep a teller in Martinborough two days a week,"',
          "direct", "Bainbridge", "Ross Bainbridge", speaker_at='week," Bainbridge said'),
        Q("he would write to the bank's New Zealand chief executive asking for the decision to be reversed",
          "indirect", "He", "Ross Bainbridge", speaker_at="He said he would"),
        Q("many of the group's members did not have smartphones or were not comfortable banking online", "indirect",
          "Joan Pettigrew", "Joan Pettigrew"),
        Q('"One of our members was scammed last year and lost $8000. Now she won\'t touch internet banking, and who '
          'can blame her?"', "direct", "Pettigrew", "Joan Pettigrew", speaker_at='her?" Pettigrew said'),
        Q("a petition started on Wednesday had attracted more than 1200 signatures by Thursday afternoon",
          "indirect", "Aroha Te Whatu", "Aroha Te Whatu"),
        Q("the board would present the petition to the bank at its Wellington office next month", "indirect",
          "Te Whatu", "Aroha Te Whatu", speaker_at="Te Whatu said"),
        Q('"This isn\'t about nostalgia. People need somewhere to deposit the takings from their shop, or get help '
          'when their card is blocked,"', "direct", "she", "Aroha Te Whatu", speaker_at='blocked," she said'),
        Q("the closure would force them to bank their takings in Masterton", "indirect",
          "Several Martinborough business owners", None),
        Q("banks had committed to keeping ATMs in towns where branches closed", "indirect",
          "The New Zealand Banking Association", "New Zealand Banking Association"),
        Q("it had no plans to close its Featherston agency", "indirect", "Kiwibank", "Kiwibank"),
    ], source="blind"),
    Case("blind84-hk-bank-branches", """Lawmakers slam Kowloon Union Bank over estate branch closures

Kowloon Union Bank faced mounting criticism yesterday after confirming plans to close seven branches, five of them in public housing estates, by the end of the year.

The bank said in a filing to the stock exchange that the closures were needed to “better reflect how customers bank today”, and that affected staff would be redeployed.

Branches at Choi Hung, Shek Kip Mei, Sau Mau Ping, Kwai Fong and Tin Shui Wai estates will close between September and December, according to the bank.

Retiree Lau Mei-kuen, 78, who has banked at the Choi Hung branch for three decades, said she did not know how to use the bank’s app. “My grandson set it up for me, but I am afraid of pressing the wrong button and losing my money,” she said. “At the branch, I can see a real person.”

Lawmaker Wong Kwok-leung, who represents Kowloon East, said banks had a “social responsibility” to serve elderly customers.

“Banks made billions in profit last year. Closing branches in housing estates, where so many elderly people live, is simply the wrong decision,” Wong said.

He said he would raise the matter at the Legislative Council’s financial affairs panel next month.

The Hong Kong Monetary Authority said it had asked banks to give customers at least three months’ notice of any closure, and that it expected them to consider alternatives such as mobile branches.

An HKMA spokesman told The Standard the authority had received 23 complaints related to branch closures in the first half of the year.

Kowloon Union Bank chief executive Raymond Tse Chun-wai told RTHK that branch visits had dropped 45 percent since 2019.

“We are not abandoning anybody. Our staff will help every customer move to a nearby branch or to our mobile app,” Tse said.

He added that the bank would send staff to the affected estates to help customers switch accounts before the closures. The bank’s “Silver Service” counters for customers aged 65 and above will continue at its other branches.

Several elderly residents queuing at the Choi Hung branch yesterday said they would move their savings to another bank.

Sing Tao Daily reported that two other local banks were reviewing their branch networks.""", [
        Q("“better reflect how customers bank today”", "partial", "The bank", "Kowloon Union Bank",
          speaker_at="The bank said"),
        Q("that affected staff would be redeployed", "indirect", "The bank", "Kowloon Union Bank",
          speaker_at="The bank said"),
        Q("Branches at Choi Hung, Shek Kip Mei, Sau Mau Ping, Kwai Fong and Tin Shui Wai estates will close between "
          "September and December", "indirect", "the bank", "Kowloon Union Bank",
          speaker_at="according to the bank"),
        Q("she did not know how to use the bank’s app", "indirect", "Lau Mei-kuen", "Lau Mei-kuen"),
        Q("“My grandson set it up for me, but I am afraid of pressing the wrong button and losing my money,”",
          "direct", "she", "Lau Mei-kuen", speaker_at="money,” she said"),
        Q("“At the branch, I can see a real person.”", "direct", "she", "Lau Mei-kuen",
          speaker_at="money,” she said"),
        Q("“social responsibility”", "partial", "Wong Kwok-leung", "Wong Kwok-leung"),
        Q("“Banks made billions in profit last year. Closing branches in housing estates, where so many elderly "
          "people live, is simply the wrong decision,”", "direct", "Wong", "Wong Kwok-leung",
          speaker_at="Wong said"),
        Q("he would raise the matter at the Legislative Council’s financial affairs panel next month", "indirect",
          "He", "Wong Kwok-leung", speaker_at="He said he would"),
        Q("it had asked banks to give customers at least three months’ notice of any closure", "indirect",
          "The Hong Kong Monetary Authority", "Hong Kong Monetary Authority"),
        Q("that it expected them to consider alternatives such as mobile branches", "indirect",
          "The Hong Kong Monetary Authority", "Hong Kong Monetary Authority"),
        Q("the authority had received 23 complaints related to branch closures in the first half of the year",
          "indirect", "An HKMA spokesman", None),
        Q("that branch visits had dropped 45 percent since 2019", "indirect", "Raymond Tse Chun-wai",
          "Raymond Tse Chun-wai"),
        Q("“We are not abandoning anybody. Our staff will help every customer move to a nearby branch or to our "
          "mobile app,”", "direct", "Tse", "Raymond Tse Chun-wai", speaker_at="Tse said"),
        Q("that the bank would send staff to the affected estates to help customers switch accounts before the "
          "closures", "indirect", "He", "Raymond Tse Chun-wai", speaker_at="He added"),
        Q("they would move their savings to another bank", "indirect", "Several elderly residents", None),
        Q("that two other local banks were reviewing their branch networks", "indirect", "Sing Tao Daily",
          "Sing Tao Daily"),
    ], source="blind"),
]
