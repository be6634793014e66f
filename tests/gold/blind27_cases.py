"""Blind gold, set 27: short news articles written once, blind to the pretagger.

Wire copy and regional papers from many countries and house styles (curly
double quotes, straight quotes, British single quotes), with every quote
annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind27-brewery", """Bavarian brewer lifts profit as alcohol-free beer sells abroad

MUNICH (dpa) - Bavarian brewer Aubacher Klosterbräu raised its profit last year even though Germans drank less beer than ever before, the family-owned company said on Tuesday.

Net profit rose 6.2 per cent to 41.3 million euros (44.8 million dollars) on sales of 388 million euros, helped by price increases and strong demand abroad for its alcohol-free wheat beer, the company told dpa.

"Alcohol-free is no longer a niche for us, it is our growth engine," chief executive Friederike von Stetten said at the annual press conference in Munich. "Every third bottle we sell outside Germany now has no alcohol in it."

Von Stetten, who took over the management from her father in 2019, said domestic sales volumes fell by 4 per cent. Germans have been drinking less beer for decades: according to the Federal Statistical Office, sales by German breweries dropped to their lowest level since records began in 1993.

The brewer, which traces its origins to a Benedictine monastery near Freising in 1328, also blamed the weather. "A cold, wet summer is poison for any brewery," von Stetten said.

Finance director Jan-Hendrik Oberhuber told analysts that energy prices had come down from their peak but that glass, malt and wages remained a heavy burden. He expected "a difficult but not a bad year" in 2025 and said there would be no further price increases before the autumn.

The company, which employs around 1,100 people, is wholly owned by the von Stetten family and a church foundation. It does not publish quarterly figures.

The Bavarian Brewers' Association has warned that as many as one in five small breweries in the state could close by the end of the decade. Its president, Markus Lindlbauer, said on Tuesday that the industry was "in the middle of a structural change that nobody can simply brew their way out of."

Demand for alcohol-free beer, by contrast, has more than doubled in Germany over the past ten years, according to industry figures. Aubacher plans to invest 25 million euros in a new bottling line for alcohol-free products at its main site, which is due to start operating in 2026.""", [
        Q("Bavarian brewer Aubacher Klosterbräu raised its profit last year even though Germans drank less beer than "
          "ever before", "indirect", "the family-owned company", "Aubacher Klosterbräu"),
        Q("Net profit rose 6.2 per cent to 41.3 million euros (44.8 million dollars) on sales of 388 million euros, "
          "helped by price increases and strong demand abroad for its alcohol-free wheat beer", "indirect",
          "the company", "Aubacher Klosterbräu", speaker_at="the company told dpa"),
        Q('"Alcohol-free is no longer a niche for us, it is our growth engine,"', "direct", "Friederike von Stetten",
          "Friederike von Stetten"),
        Q('"Every third bottle we sell outside Germany now has no alcohol in it."', "direct",
          "Friederike von Stetten", "Friederike von Stetten"),
        Q("domestic sales volumes fell by 4 per cent", "indirect", "Von Stetten", "Friederike von Stetten"),
        Q("sales by German breweries dropped to their lowest level since records began in 1993", "indirect",
          "the Federal Statistical Office", "Federal Statistical Office"),
        Q('"A cold, wet summer is poison for any brewery,"', "direct", "von Stetten", "Friederike von Stetten",
          speaker_at="von Stetten said."),
        Q("that energy prices had come down from their peak but that glass, malt and wages remained a heavy burden",
          "indirect", "Jan-Hendrik Oberhuber", "Jan-Hendrik Oberhuber"),
        Q('"a difficult but not a bad year"', "partial", "He", "Jan-Hendrik Oberhuber", speaker_at="He expected"),
        Q("there would be no further price increases before the autumn", "indirect", "He", "Jan-Hendrik Oberhuber",
          speaker_at="He expected"),
        Q("that as many as one in five small breweries in the state could close by the end of the decade",
          "indirect", "The Bavarian Brewers' Association", "Bavarian Brewers' Association"),
        Q('"in the middle of a structural change that nobody can simply brew their way out of."', "partial",
          "Markus Lindlbauer", "Markus Lindlbauer"),
        Q("Demand for alcohol-free beer, by contrast, has more than doubled in Germany over the past ten years",
          "indirect", "industry figures", None),
    ]),
    Case("blind27-rotterdam", """Dutch court jails port workers over cocaine hidden in banana crates

ROTTERDAM, Netherlands (Reuters) - A Dutch court on Thursday sentenced five men, including three port employees, to prison terms of up to 14 years for helping to smuggle more than 8 tonnes of cocaine through Rotterdam, Europe's biggest port, in shipments of bananas from Ecuador.

The Rotterdam District Court found the men had used stolen access codes to move containers out of a terminal at the Maasvlakte before customs officers could inspect them.

"The defendants sold the trust placed in them to criminal organisations, and they did so for money," presiding judge Marieke de Wit-Hoogland said as she read out the verdict. "The port of Rotterdam is the front door of this country. They left it wide open."

The main defendant, 41-year-old crane operator Ricardo van Leeuwen, received 14 years. His lawyer, Sander Brouwer, told Reuters his client would appeal.

"My client was a small cog, and he is being punished as if he were the whole machine," Brouwer said.

Prosecutors had demanded 18 years for Van Leeuwen, whom they described as the "key man" inside the terminal. Two of the other defendants were acquitted of membership of a criminal organisation but convicted of importing drugs.

The Public Prosecution Service (OM) said in a statement that the sentences sent "a clear signal" to port workers who are approached by criminal gangs. The OM said it would study the ruling before deciding whether to appeal.

Gangs routinely pay dockworkers and truck drivers tens of thousands of euros to retrieve drugs from containers, Dutch authorities say. Customs officers seized a record 59 tonnes of cocaine in Rotterdam in 2023 but only 23 tonnes last year, according to the Dutch Customs Administration.

Officials say the fall reflects a shift by traffickers to smaller ports and to ports elsewhere in Europe where controls are weaker, rather than a drop in supply.

"We are not naive. Where there is this much money involved, there will always be people who can be bought," said Hidde Bakker, a spokesman for the Port of Rotterdam Authority, adding that more than 200 port employees had been screened by police since January.

(Reporting by Anna Vermeulen; Editing by Tom Hogue)""", [
        Q("the men had used stolen access codes to move containers out of a terminal at the Maasvlakte before customs "
          "officers could inspect them", "indirect", "The Rotterdam District Court", "Rotterdam District Court"),
        Q('"The defendants sold the trust placed in them to criminal organisations, and they did so for money,"',
          "direct", "Marieke de Wit-Hoogland", "Marieke de Wit-Hoogland"),
        Q('"The port of Rotterdam is the front door of this country. They left it wide open."', "direct",
          "Marieke de Wit-Hoogland", "Marieke de Wit-Hoogland"),
        Q("his client would appeal", "indirect", "Sander Brouwer", "Sander Brouwer"),
        Q('"My client was a small cog, and he is being punished as if he were the whole machine,"', "direct",
          "Brouwer", "Sander Brouwer", speaker_at="Brouwer said"),
        Q('"key man"', "partial", "they", None, speaker_at="whom they described"),
        Q('"a clear signal"', "partial", "The Public Prosecution Service", "Public Prosecution Service"),
        Q("it would study the ruling before deciding whether to appeal", "indirect", "The OM",
          "Public Prosecution Service"),
        Q("Gangs routinely pay dockworkers and truck drivers tens of thousands of euros to retrieve drugs from "
          "containers", "indirect", "Dutch authorities", None),
        Q("Customs officers seized a record 59 tonnes of cocaine in Rotterdam in 2023 but only 23 tonnes last year",
          "indirect", "the Dutch Customs Administration", "Dutch Customs Administration"),
        Q("the fall reflects a shift by traffickers to smaller ports and to ports elsewhere in Europe where controls "
          "are weaker, rather than a drop in supply", "indirect", "Officials", None),
        Q('"We are not naive. Where there is this much money involved, there will always be people who can be '
          'bought,"', "direct", "Hidde Bakker", "Hidde Bakker"),
        Q("more than 200 port employees had been screened by police since January", "indirect", "Hidde Bakker",
          "Hidde Bakker"),
    ]),
    Case("blind27-hullbus", """Hull bus drivers to walk out for five days in pay dispute

Bus drivers across Hull and East Yorkshire will walk out for five days later this month after rejecting a pay offer from operator Humber Citylink, the Unite union has announced.

More than 420 drivers based at the company’s depots in Hull, Hessle and Driffield voted for strike action on a turnout of 81 per cent.

The stoppage, from 6am on Monday, March 17, until the end of service on Friday, March 21, is expected to halt almost all services in the city.

Unite regional officer Karen Oyelaran-Price said drivers had been offered a rise of 3.5 per cent, which she described as ‘a real-terms pay cut dressed up as a pay rise’.

‘Our members kept this city moving through a pandemic and a cost-of-living crisis,’ she said. ‘They are not asking for the moon. They are asking to be able to pay their bills.’

Drivers at the company currently earn £13.20 an hour, according to the union, compared with more than £15 at some neighbouring operators.

Humber Citylink’s managing director, Stuart Whitelock, said the firm was ‘disappointed’ by the result of the ballot.

He told the Mail: ‘We have made a fair offer, the best in our history, and we remain ready to talk at any time. Strike action will only hurt the people of Hull who rely on our buses to get to work, to school and to hospital appointments.’

He added that the company would try to run a limited timetable on some routes but could not guarantee it.

Passengers waiting at Paragon Interchange on Tuesday were unimpressed. Pensioner Maureen Skelton, 74, of Bransholme, said: ‘I’ve got a hospital appointment that week. What am I supposed to do, walk to Castle Hill?’

Student Callum Nguyen, 19, said he would have to ‘cycle in the rain like it’s 1955’ to reach his course at Hull College.

Hull City Council said it was aware of the planned action and urged both sides to get back around the table.

Talks at the conciliation service Acas are due to take place next week. Further strike dates have not been ruled out, the union said.""", [
        Q("Bus drivers across Hull and East Yorkshire will walk out for five days later this month after rejecting a "
          "pay offer from operator Humber Citylink", "indirect", "the Unite union", "Unite"),
        Q("drivers had been offered a rise of 3.5 per cent", "indirect", "Karen Oyelaran-Price",
          "Karen Oyelaran-Price"),
        Q("‘a real-terms pay cut dressed up as a pay rise’", "partial", "she", "Karen Oyelaran-Price",
          speaker_at="which she described"),
        Q("‘Our members kept this city moving through a pandemic and a cost-of-living crisis,’", "direct", "she",
          "Karen Oyelaran-Price", speaker_at="she said. ‘They"),
        Q("‘They are not asking for the moon. They are asking to be able to pay their bills.’", "direct", "she",
          "Karen Oyelaran-Price", speaker_at="she said. ‘They"),
        Q("Drivers at the company currently earn £13.20 an hour", "indirect", "the union", "Unite",
          speaker_at="according to the union"),
        Q("‘disappointed’", "partial", "Stuart Whitelock", "Stuart Whitelock"),
        Q("‘We have made a fair offer, the best in our history, and we remain ready to talk at any time. Strike "
          "action will only hurt the people of Hull who rely on our buses to get to work, to school and to hospital "
          "appointments.’", "direct", "He", "Stuart Whitelock", speaker_at="He told the Mail"),
        Q("the company would try to run a limited timetable on some routes but could not guarantee it", "indirect",
          "He", "Stuart Whitelock", speaker_at="He added"),
        Q("‘I’ve got a hospital appointment that week. What am I supposed to do, walk to Castle Hill?’", "direct",
          "Maureen Skelton", "Maureen Skelton"),
        Q("‘cycle in the rain like it’s 1955’", "partial", "Callum Nguyen", "Callum Nguyen"),
        Q("it was aware of the planned action", "indirect", "Hull City Council", "Hull City Council"),
        Q("Further strike dates have not been ruled out", "indirect", "the union", "Unite",
          speaker_at="the union said"),
    ]),
    Case("blind27-dusa", """International student elected to lead Dundee University Students' Association

A postgraduate engineering student from Ghana has been elected president of Dundee University Students' Association (DUSA), becoming the first international student to hold the post.

Kwabena Asante-Mensah, 27, beat three other candidates in a vote that saw turnout rise to 19%, the highest for more than a decade, the association said.

Speaking after the results were declared at the union building in Airlie Place on Friday night, Mr Asante-Mensah said: 'I came to Dundee two years ago knowing nobody. Tonight I feel like this whole city has my back.'

He said his priorities would be the housing shortage facing students in the city and the price of food on campus.

'Some of our members are skipping meals. That is not acceptable at a Scottish university in 2025,' he added.

He came to prominence last year as one of the organisers of the 'Fix Our Flats' campaign, which gathered more than 2,000 signatures over damp and mould in private student lets in the West End.

Runner-up Eilidh MacAskill, the outgoing vice-president for welfare, congratulated him and said the result was 'a good night for democracy, even if it wasn't my night'.

Another candidate, Rory Duncan-Weir, said he was unhappy with the tone of the campaign, claiming his posters had been torn down outside the Dalhousie Building.

A DUSA spokeswoman said the complaint had been investigated and no evidence of wrongdoing had been found.

The university's vice-principal for education, Professor Aileen Drummond-Hay, said she looked forward to working with the new president 'at what is a very challenging time for the whole sector'.

Dundee City Council's housing convener, Councillor Bashir Rahman, told The Courier the city needed 'hundreds, not dozens' of new student beds. 'We hear from landlords and from students, and both are telling us the same thing,' he said.

Mr Asante-Mensah will take up the post on July 1. Last year's turnout was 11%.""", [
        Q("Kwabena Asante-Mensah, 27, beat three other candidates in a vote that saw turnout rise to 19%, the highest "
          "for more than a decade", "indirect", "the association", "Dundee University Students' Association"),
        Q("'I came to Dundee two years ago knowing nobody. Tonight I feel like this whole city has my back.'",
          "direct", "Asante-Mensah", "Kwabena Asante-Mensah", speaker_at="Mr Asante-Mensah said"),
        Q("his priorities would be the housing shortage facing students in the city and the price of food on campus",
          "indirect", "He", "Kwabena Asante-Mensah", speaker_at="He said his priorities"),
        Q("'Some of our members are skipping meals. That is not acceptable at a Scottish university in 2025,'",
          "direct", "he", "Kwabena Asante-Mensah", speaker_at="he added"),
        Q("'a good night for democracy, even if it wasn't my night'", "partial", "Eilidh MacAskill",
          "Eilidh MacAskill"),
        Q("he was unhappy with the tone of the campaign", "indirect", "Rory Duncan-Weir", "Rory Duncan-Weir"),
        Q("his posters had been torn down outside the Dalhousie Building", "indirect", "Rory Duncan-Weir",
          "Rory Duncan-Weir"),
        Q("the complaint had been investigated and no evidence of wrongdoing had been found", "indirect",
          "A DUSA spokeswoman", None),
        Q("she looked forward to working with the new president", "indirect", "Aileen Drummond-Hay",
          "Aileen Drummond-Hay"),
        Q("'at what is a very challenging time for the whole sector'", "partial", "Aileen Drummond-Hay",
          "Aileen Drummond-Hay"),
        Q("'hundreds, not dozens'", "partial", "Bashir Rahman", "Bashir Rahman"),
        Q("'We hear from landlords and from students, and both are telling us the same thing,'", "direct", "he",
          "Bashir Rahman", speaker_at="he said"),
    ]),
    Case("blind27-architect", """Tributes paid to Dingle-born architect Donal Ó Conchúir

Tributes have been paid across Kerry following the death of the architect Donal Ó Conchúir, who designed more than 300 buildings in the county over a career spanning five decades.

Mr Ó Conchúir died peacefully at University Hospital Kerry on Sunday, aged 88. Among his best-known works are the churches at Castleisland and Ballyheigue, the extension to the county library in Tralee and dozens of national schools from Cahersiveen to Listowel.

Born in Dingle in 1936, the son of a fisherman, he studied at University College Dublin before spending three years working in Helsinki, an experience he later said “taught me that light is the cheapest building material there is”.

His daughter, Máire Ní Chonchúir-Fitzgerald, told The Kerryman that her father had kept working until he was 80.

“He never really retired. He would be out in the car checking a school roof in Killorglin at eight o’clock in the morning,” she said. “He loved this county more than anything he ever built in it.”

The Cathaoirleach of Kerry County Council, Cllr Seán Mac Gearailt, said Mr Ó Conchúir had “given Kerry its modern face without ever turning his back on its past”.

The Royal Institute of the Architects of Ireland (RIAI) described him as “one of the quiet giants of Irish regional architecture”, noting that several of his schools had won national awards in the 1970s.

Not all of his work was loved. A 1972 office block on the Mall in Tralee, known locally as “the Bunker”, was demolished in 2009, a decision he publicly welcomed.

Killarney-based architect Fionnuala Breen, who worked in his practice from 1989 to 1996, remembered a demanding but generous teacher.

“He’d look at your drawings for five minutes without saying a word and then ask, ‘Where does the sun come in?’ If you didn’t know, you started again,” said Ms Breen.

Parish priest of Dingle, Fr Tadhg Ó Sé, said the family had asked that donations in lieu of flowers be made to Kerry Hospice.

Mr Ó Conchúir is survived by his wife Nóra, daughters Máire and Siobhán, son Colm, and eight grandchildren. Funeral Mass will take place at St Mary’s Church, Dingle, on Thursday at 11am, followed by burial in Milltown Cemetery.

Ar dheis Dé go raibh a anam.""", [
        Q("“taught me that light is the cheapest building material there is”", "partial", "he", "Donal Ó Conchúir",
          speaker_at="he later said"),
        Q("that her father had kept working until he was 80", "indirect", "Máire Ní Chonchúir-Fitzgerald",
          "Máire Ní Chonchúir-Fitzgerald"),
        Q("“He never really retired. He would be out in the car checking a school roof in Killorglin at eight "
          "o’clock in the morning,”", "direct", "she", "Máire Ní Chonchúir-Fitzgerald", speaker_at="she said"),
        Q("“He loved this county more than anything he ever built in it.”", "direct", "she",
          "Máire Ní Chonchúir-Fitzgerald", speaker_at="she said"),
        Q("“given Kerry its modern face without ever turning his back on its past”", "partial", "Seán Mac Gearailt",
          "Seán Mac Gearailt"),
        Q("“one of the quiet giants of Irish regional architecture”", "partial",
          "The Royal Institute of the Architects of Ireland", "Royal Institute of the Architects of Ireland"),
        Q("that several of his schools had won national awards in the 1970s", "indirect",
          "The Royal Institute of the Architects of Ireland", "Royal Institute of the Architects of Ireland"),
        Q("“He’d look at your drawings for five minutes without saying a word and then ask, ‘Where does the sun "
          "come in?’ If you didn’t know, you started again,”", "direct", "Breen", "Fionnuala Breen",
          speaker_at="said Ms Breen"),
        Q("the family had asked that donations in lieu of flowers be made to Kerry Hospice", "indirect",
          "Tadhg Ó Sé", "Tadhg Ó Sé"),
    ]),
    Case("blind27-dengue", """Dengue outbreak grows in Cairns as health officials urge residents to tip out water

Cairns has recorded 14 locally acquired dengue cases since the start of February, the largest outbreak in the region in almost a decade.

Tropical Public Health Services director Dr Mele Tupou-Hansen said cases had been recorded in Manunda, Westcourt, Edge Hill and Earlville, and more were likely in coming weeks.

"We are at the peak of the wet season, the mosquitoes are breeding in anything that holds water, and unfortunately we have people coming home from overseas carrying the virus," she said.

"If you've got a bucket, a pot plant saucer or an old tyre in the yard, tip it out today. It takes ten minutes and it could save one of your neighbours a week in hospital."

According to Queensland Health, there have been 61 dengue notifications across the state this year, most of them acquired overseas, with Bali, Fiji and Papua New Guinea the most common sources.

Manunda resident Josh Kettle, whose partner spent four days in Cairns Hospital last week, said she had been "shaking and burning up" before he drove her to the emergency department.

"It was the worst I've ever seen her," Mr Kettle said. "I didn't even know dengue was still around up here."

Cairns has been largely free of local transmission since mosquitoes carrying the Wolbachia bacteria, which stops them spreading the virus, were released across the city between 2011 and 2017.

World Mosquito Program entomologist Thanh Nguyen-Baker said the releases had been "a remarkable success" but newer suburbs on the city's southern edge had never been covered. She said the program was planning fresh releases in Gordonvale and Edmonton later this year.

Cairns Regional Council said its pest management officers had started door-knocking affected streets and treating drains and stormwater pits.

"We remember 2009, when half the street was sick. Nobody wants to go through that again," said Yarrabah elder Aunty Florence Ah Kee, who is urging families to use repellent and cover up at dusk.

Symptoms of dengue include fever, severe headache, pain behind the eyes and joint pain. Anyone with symptoms should see a GP and avoid mosquito bites to stop further spread, Queensland Health advises.""", [
        Q("cases had been recorded in Manunda, Westcourt, Edge Hill and Earlville, and more were likely in coming "
          "weeks", "indirect", "Mele Tupou-Hansen", "Mele Tupou-Hansen"),
        Q('"We are at the peak of the wet season, the mosquitoes are breeding in anything that holds water, and '
          'unfortunately we have people coming home from overseas carrying the virus,"', "direct", "she",
          "Mele Tupou-Hansen", speaker_at="she said"),
        Q('"If you\'ve got a bucket, a pot plant saucer or an old tyre in the yard, tip it out today. It takes ten '
          'minutes and it could save one of your neighbours a week in hospital."', "direct", "she",
          "Mele Tupou-Hansen", speaker_at="she said"),
        Q("there have been 61 dengue notifications across the state this year, most of them acquired overseas, with "
          "Bali, Fiji and Papua New Guinea the most common sources", "indirect", "Queensland Health",
          "Queensland Health", speaker_at="According to Queensland Health"),
        Q('"shaking and burning up"', "partial", "Josh Kettle", "Josh Kettle"),
        Q('"It was the worst I\'ve ever seen her,"', "direct", "Kettle", "Josh Kettle", speaker_at="Mr Kettle said"),
        Q('"I didn\'t even know dengue was still around up here."', "direct", "Kettle", "Josh Kettle",
          speaker_at="Mr Kettle said"),
        Q('"a remarkable success"', "partial", "Thanh Nguyen-Baker", "Thanh Nguyen-Baker"),
        Q("newer suburbs on the city's southern edge had never been covered", "indirect", "Thanh Nguyen-Baker",
          "Thanh Nguyen-Baker"),
        Q("the program was planning fresh releases in Gordonvale and Edmonton later this year", "indirect", "She",
          "Thanh Nguyen-Baker", speaker_at="She said the program"),
        Q("its pest management officers had started door-knocking affected streets and treating drains and "
          "stormwater pits", "indirect", "Cairns Regional Council", "Cairns Regional Council"),
        Q('"We remember 2009, when half the street was sick. Nobody wants to go through that again,"', "direct",
          "Florence Ah Kee", "Florence Ah Kee"),
        Q("Anyone with symptoms should see a GP and avoid mosquito bites to stop further spread", "indirect",
          "Queensland Health", "Queensland Health", speaker_at="Queensland Health advises"),
    ]),
    Case("blind27-drought", """Drought declared across South Canterbury as paddocks turn brown

The Government has classified the drought gripping South Canterbury and North Otago as a medium-scale adverse event, unlocking $80,000 for farmers and rural communities.

Rural Communities Minister Aroha Te Whata-Moss announced the classification during a visit to a sheep and beef farm near Fairlie on Wednesday.

"This is a tough time, and farmers are telling me their feed is running out faster than they expected," she said. "I want them to know they are not on their own."

The minister said the money would go to the Rural Support Trust and to local catchment groups to run events and provide advice on feed budgeting.

According to the National Institute of Water and Atmospheric Research, Timaru has received just 38mm of rain since December 1, about a third of the normal amount for the period.

"The hills behind us are about as dry as I've seen them in 30 years," said Hamish O'Donoghue, who farms 1800 hectares near Albury. "We've sold a third of our ewes already and we're feeding out baleage we'd normally keep for the winter."

O'Donoghue said store lamb prices had fallen sharply in the past fortnight as farmers across the district tried to offload stock at the same time.

Federated Farmers South Canterbury president Jess Lindqvist said the support was welcome but "a drop in the bucket" compared with the cost of buying in feed.

South Canterbury Rural Support Trust coordinator Wiremu Tipene said calls to the trust had doubled since January.

"Farmers are proud people. By the time they ring us, they've usually been struggling for a while," Tipene said. "Talk to your neighbours. Pick up the phone."

Environment Canterbury has warned irrigators that restrictions on takes from the Opihi and Pareora rivers are likely within days.

In town, Timaru District Council has moved to level two water restrictions, meaning sprinklers can only be used on alternate days. A council spokesperson said daily consumption had reached 40 million litres, close to the limit of the treatment plant.

MetService meteorologist Kgosi Mabena said there was "no significant rain in sight" for at least the next 10 days.

The Rural Support Trust can be contacted on 0800 787 254.""", [
        Q('"This is a tough time, and farmers are telling me their feed is running out faster than they expected,"',
          "direct", "she", "Aroha Te Whata-Moss", speaker_at="she said"),
        Q('"I want them to know they are not on their own."', "direct", "she", "Aroha Te Whata-Moss",
          speaker_at="she said"),
        Q("the money would go to the Rural Support Trust and to local catchment groups to run events and provide "
          "advice on feed budgeting", "indirect", "The minister", "Aroha Te Whata-Moss"),
        Q("Timaru has received just 38mm of rain since December 1, about a third of the normal amount for the "
          "period", "indirect", "National Institute of Water and Atmospheric Research",
          "National Institute of Water and Atmospheric Research"),
        Q('"The hills behind us are about as dry as I\'ve seen them in 30 years,"', "direct", "Hamish O'Donoghue",
          "Hamish O'Donoghue"),
        Q('"We\'ve sold a third of our ewes already and we\'re feeding out baleage we\'d normally keep for the '
          'winter."', "direct", "Hamish O'Donoghue", "Hamish O'Donoghue"),
        Q("store lamb prices had fallen sharply in the past fortnight as farmers across the district tried to "
          "offload stock at the same time", "indirect", "O'Donoghue", "Hamish O'Donoghue",
          speaker_at="O'Donoghue said"),
        Q('"a drop in the bucket"', "partial", "Jess Lindqvist", "Jess Lindqvist"),
        Q("calls to the trust had doubled since January", "indirect", "Wiremu Tipene", "Wiremu Tipene"),
        Q('"Farmers are proud people. By the time they ring us, they\'ve usually been struggling for a while,"',
          "direct", "Tipene", "Wiremu Tipene", speaker_at='while," Tipene said'),
        Q('"Talk to your neighbours. Pick up the phone."', "direct", "Tipene", "Wiremu Tipene",
          speaker_at='while," Tipene said'),
        Q("restrictions on takes from the Opihi and Pareora rivers are likely within days", "indirect",
          "Environment Canterbury", "Environment Canterbury"),
        Q("daily consumption had reached 40 million litres, close to the limit of the treatment plant", "indirect",
          "A council spokesperson", None),
        Q('"no significant rain in sight"', "partial", "Kgosi Mabena", "Kgosi Mabena"),
    ]),
    Case("blind27-cholera", """Cholera cases rise to 312 in Dar as ministry steps up response

Dar es Salaam. The number of cholera cases in Dar es Salaam has risen to 312, with eight deaths recorded since the outbreak was confirmed three weeks ago, the Ministry of Health said yesterday.

Speaking to reporters at the ministry’s offices, the Chief Medical Officer, Prof Zakaria Mwakyusa, said most of the cases had been reported in Temeke and Kinondoni districts.

“We are seeing cases linked to unsafe water sold from carts and to food vendors who do not observe basic hygiene. This is a disease of dirt, and it can be stopped,” Prof Mwakyusa said.

He said the government had set up treatment camps at Temeke Regional Referral Hospital and Mwananyamala Hospital, and that 14 patients remained admitted.

According to the World Health Organization (WHO), Tanzania is among ten countries in eastern and southern Africa that have reported cholera outbreaks since the start of last year.

Dar es Salaam Regional Commissioner Halima Kisanga-Mbwambo has banned the sale of cooked food near schools and bus stands until further notice.

Ms Kisanga-Mbwambo told The Citizen that ward executive officers would be held personally responsible for any new cases linked to uncollected rubbish in their areas.

“Every leader must go down to the street level. I do not want to hear excuses,” she said.

Residents of Mbagala Kuu said water supply from the Dar es Salaam Water and Sanitation Authority (Dawasa) had been erratic for weeks, forcing them to buy from vendors.

“We buy a bucket for Sh500. You don’t know where the water comes from, but you have no choice,” said Mama Rehema Juma, who sells chapati and beans near the Mbagala Rangi Tatu bus stand.

Dawasa public relations manager Neema Mushi said repairs to a damaged main pipe on the Kibamba line would be completed by Friday.

The Medical Association of Tanganyika (MAT) urged the government to deploy more health workers to the affected wards, saying the treatment camps were understaffed.

Cholera is an acute diarrhoeal disease caused by eating food or drinking water contaminated with the bacterium Vibrio cholerae. It can kill within hours if untreated, according to health experts.""", [
        Q("The number of cholera cases in Dar es Salaam has risen to 312, with eight deaths recorded since the "
          "outbreak was confirmed three weeks ago", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("most of the cases had been reported in Temeke and Kinondoni districts", "indirect", "Zakaria Mwakyusa",
          "Zakaria Mwakyusa"),
        Q("“We are seeing cases linked to unsafe water sold from carts and to food vendors who do not observe basic "
          "hygiene. This is a disease of dirt, and it can be stopped,”", "direct", "Mwakyusa", "Zakaria Mwakyusa",
          speaker_at="Prof Mwakyusa said"),
        Q("the government had set up treatment camps at Temeke Regional Referral Hospital and Mwananyamala "
          "Hospital, and that 14 patients remained admitted", "indirect", "He", "Zakaria Mwakyusa",
          speaker_at="He said the government"),
        Q("Tanzania is among ten countries in eastern and southern Africa that have reported cholera outbreaks "
          "since the start of last year", "indirect", "the World Health Organization", "World Health Organization"),
        Q("ward executive officers would be held personally responsible for any new cases linked to uncollected "
          "rubbish in their areas", "indirect", "Kisanga-Mbwambo", "Halima Kisanga-Mbwambo",
          speaker_at="Ms Kisanga-Mbwambo told"),
        Q("“Every leader must go down to the street level. I do not want to hear excuses,”", "direct", "she",
          "Halima Kisanga-Mbwambo", speaker_at="she said"),
        Q("water supply from the Dar es Salaam Water and Sanitation Authority (Dawasa) had been erratic for weeks, "
          "forcing them to buy from vendors", "indirect", "Residents of Mbagala Kuu", None),
        Q("“We buy a bucket for Sh500. You don’t know where the water comes from, but you have no choice,”",
          "direct", "Rehema Juma", "Rehema Juma"),
        Q("repairs to a damaged main pipe on the Kibamba line would be completed by Friday", "indirect",
          "Neema Mushi", "Neema Mushi"),
        Q("the treatment camps were understaffed", "indirect", "The Medical Association of Tanganyika",
          "Medical Association of Tanganyika"),
        Q("It can kill within hours if untreated", "indirect", "health experts", None),
    ]),
    Case("blind27-tribunal", """Tribunal upholds Adeyemi-Bello’s election, dismisses ADC candidate’s petition

From Femi Adeoye, Akure

The Governorship Election Petition Tribunal sitting in Akure, Ondo State, has upheld the election of Governor Olumide Adeyemi-Bello in the November 2024 poll and dismissed the petition filed by the candidate of the African Democratic Congress (ADC), Sen. Adebayo Ogunlade.

Delivering the unanimous judgment of the three-member panel on Saturday, its chairman, Justice Halima Abdullahi-Sule, held that the petitioner failed to prove allegations of over-voting and vote-buying in 11 of the 18 local government areas.

“The petitioner called 41 witnesses, but not one of them was a polling unit agent who could speak to what happened at the units in question. The evidence of the rest is hearsay and is hereby discountenanced,” the judge said.

Reacting, Gov. Adeyemi-Bello described the judgment as “a victory for the good people of Ondo State” and called on Ogunlade to “join hands with us to build the Sunshine State”.

In a statement signed by his Chief Press Secretary, Mr Kolawole Fashanu-Ige, the governor said: “Now that the tribunal has spoken, the time for politics is over. We must return to the business of governance.

“I extend a hand of fellowship to my brother, Senator Ogunlade, and to all those who contested with us. Ondo is bigger than any one of us.”

But Ogunlade’s lead counsel, Chief Emeka Nwosu-Akande, SAN, said his client would head to the Court of Appeal.

“We respectfully disagree with the judgment. The tribunal shut its eyes to the documentary evidence before it,” Nwosu-Akande told journalists outside the court premises.

The ADC state chairman, Alhaji Musa Bakare, told Daily Sun on phone that the party would meet on Monday to study the judgment and take a position.

Security was tight around the tribunal, with armed policemen and operatives of the Department of State Services (DSS) stationed at all entrances. The state police command spokesperson, SP Olayinka Adebusoye-Ayo, said no incident was recorded.

Supporters of the governor later poured into the streets of Akure, dancing and singing.

“Ondo has spoken twice, at the polls and now at the tribunal,” one of them, who gave his name only as Tunde, told our correspondent.""", [
        Q("that the petitioner failed to prove allegations of over-voting and vote-buying in 11 of the 18 local "
          "government areas", "indirect", "Halima Abdullahi-Sule", "Halima Abdullahi-Sule"),
        Q("“The petitioner called 41 witnesses, but not one of them was a polling unit agent who could speak to "
          "what happened at the units in question. The evidence of the rest is hearsay and is hereby "
          "discountenanced,”", "direct", "the judge", "Halima Abdullahi-Sule"),
        Q("“a victory for the good people of Ondo State”", "partial", "Adeyemi-Bello", "Olumide Adeyemi-Bello",
          speaker_at="Gov. Adeyemi-Bello described"),
        Q("“join hands with us to build the Sunshine State”", "partial", "Adeyemi-Bello", "Olumide Adeyemi-Bello",
          speaker_at="Gov. Adeyemi-Bello described"),
        Q("“Now that the tribunal has spoken, the time for politics is over. We must return to the business of "
          "governance.", "direct", "the governor", "Olumide Adeyemi-Bello", speaker_at="the governor said"),
        Q("“I extend a hand of fellowship to my brother, Senator Ogunlade, and to all those who contested with us. "
          "Ondo is bigger than any one of us.”", "direct", "the governor", "Olumide Adeyemi-Bello",
          speaker_at="the governor said"),
        Q("his client would head to the Court of Appeal", "indirect", "Emeka Nwosu-Akande", "Emeka Nwosu-Akande"),
        Q("“We respectfully disagree with the judgment. The tribunal shut its eyes to the documentary evidence "
          "before it,”", "direct", "Nwosu-Akande", "Emeka Nwosu-Akande", speaker_at="Nwosu-Akande told journalists"),
        Q("that the party would meet on Monday to study the judgment and take a position", "indirect", "Musa Bakare",
          "Musa Bakare"),
        Q("no incident was recorded", "indirect", "Olayinka Adebusoye-Ayo", "Olayinka Adebusoye-Ayo"),
        Q("“Ondo has spoken twice, at the polls and now at the tribunal,”", "direct", "one of them", "Tunde",
          speaker_at="one of them, who gave"),
    ]),
    Case("blind27-delft", """Three dead after double-storey building collapses in Delft

Three people, including a four-year-old girl, died when a partly built double-storey building collapsed in Delft, Cape Town, on Tuesday evening. Seven others were taken to Tygerberg Hospital.

Fire and Rescue Service spokesperson Shireen Abrahams-Daniels said rescuers had used sniffer dogs and listening devices to search the rubble until about 3am.

“The upper floor came down onto the ground floor, where the families were living. There was very little space for anyone to survive,” she said.

Residents said the building had been put up without approved plans and that the owner had added the second storey in the past three months.

GroundUp spoke to Nomvula Mdingi, 34, who rented one of the ground-floor rooms with her two children. She had gone to fetch water from a communal tap when the building fell.

“I heard the walls crack like a gunshot. When I turned around there was only dust,” said Mdingi. “My children were at my neighbour’s. God kept them.”

The owner of the building, whom GroundUp was unable to reach, rented out eight rooms for between R1,200 and R1,800 a month, according to tenants.

Mayoral committee member for spatial planning Siyabonga Mthembu-Jacobs said in a statement that the City had served a notice on the owner in January to stop building work, and that the notice had been ignored.

“Illegal building is a serious threat to life. We will be pursuing criminal charges against the owner,” said Mthembu-Jacobs.

Professor Thandeka Nkosi-Venter, a structural engineer at the University of Cape Town, told GroundUp that many “backyard” double-storeys in the city lacked proper foundations. “People are using blocks made in the yard with too little cement, and then they put a concrete slab on top. It is a disaster waiting to happen,” she said.

Rev Mzwandile Booi of the Delft Methodist Church said the congregation had opened the church hall to the displaced families. “We have blankets and food, but these people need somewhere to stay,” he said.

The Department of Employment and Labour said its inspectors would visit the site on Wednesday. Police have opened an inquest docket.""", [
        Q("rescuers had used sniffer dogs and listening devices to search the rubble until about 3am", "indirect",
          "Shireen Abrahams-Daniels", "Shireen Abrahams-Daniels"),
        Q("“The upper floor came down onto the ground floor, where the families were living. There was very little "
          "space for anyone to survive,”", "direct", "she", "Shireen Abrahams-Daniels",
          speaker_at="survive,” she said"),
        Q("the building had been put up without approved plans and that the owner had added the second storey in "
          "the past three months", "indirect", "Residents", None),
        Q("“I heard the walls crack like a gunshot. When I turned around there was only dust,”", "direct", "Mdingi",
          "Nomvula Mdingi", speaker_at="said Mdingi"),
        Q("“My children were at my neighbour’s. God kept them.”", "direct", "Mdingi", "Nomvula Mdingi",
          speaker_at="said Mdingi"),
        Q("The owner of the building, whom GroundUp was unable to reach, rented out eight rooms for between R1,200 "
          "and R1,800 a month", "indirect", "tenants", None),
        Q("the City had served a notice on the owner in January to stop building work, and that the notice had been "
          "ignored", "indirect", "Siyabonga Mthembu-Jacobs", "Siyabonga Mthembu-Jacobs"),
        Q("“Illegal building is a serious threat to life. We will be pursuing criminal charges against the owner,”",
          "direct", "Mthembu-Jacobs", "Siyabonga Mthembu-Jacobs", speaker_at="said Mthembu-Jacobs"),
        Q("many “backyard” double-storeys in the city lacked proper foundations", "indirect",
          "Thandeka Nkosi-Venter", "Thandeka Nkosi-Venter"),
        Q("“People are using blocks made in the yard with too little cement, and then they put a concrete slab on "
          "top. It is a disaster waiting to happen,”", "direct", "she", "Thandeka Nkosi-Venter",
          speaker_at="happen,” she said"),
        Q("the congregation had opened the church hall to the displaced families", "indirect", "Mzwandile Booi",
          "Mzwandile Booi"),
        Q("“We have blankets and food, but these people need somewhere to stay,”", "direct", "he", "Mzwandile Booi",
          speaker_at="he said"),
        Q("its inspectors would visit the site on Wednesday", "indirect", "The Department of Employment and Labour",
          "Department of Employment and Labour"),
    ]),
    Case("blind27-doctors", """Junior doctors strike over pay at major referral hospitals

JUNIOR doctors at the country's major public hospitals yesterday began an indefinite strike, saying their salaries of about US$300 a month could no longer cover transport and rent.

Zimbabwe Hospital Doctors Association (ZHDA) president Dr Tawanda Mukwewa-Ncube said more than 600 doctors at Parirenyatwa Group of Hospitals, Sally Mugabe Central Hospital, Chitungwiza Central Hospital and Mpilo Central Hospital in Bulawayo had joined the job action.

"We have been incapacitated for too long. A junior doctor cannot afford to rent a room in Avondale and still eat," Mukwewa-Ncube told NewsDay.

"We gave the employer 14 days' notice and nobody called us to a meeting. What else are we supposed to do?"

He said the association was demanding salaries of at least US$1 500, paid in foreign currency, and a transport allowance.

Health and Child Care ministry spokesperson Farai Gumbo-Sibanda dismissed the strike as illegal, saying the doctors had not exhausted the dispute resolution mechanisms provided for under the Health Service Act.

"Government is committed to improving conditions of service for all health workers, and talks through the Health Service Bipartite Negotiating Panel are ongoing," Gumbo-Sibanda said in a statement.

At Parirenyatwa yesterday, long queues formed outside the casualty department as nurses and a handful of senior doctors tried to attend to patients.

A woman from Epworth, who identified herself only as Mai Tinashe, said she had brought her son, who had a broken arm, at 6am and had not yet been attended to.

"They told us to go to a private clinic. Where will I get US$50?" she asked.

The Senior Hospital Doctors Association said its members would not join the strike but described the junior doctors' grievances as "genuine and long overdue for resolution".

Zimbabwe Association of Doctors for Human Rights (ZADHR) said the strike was "a symptom of a health system on its knees" and urged government to negotiate in good faith.

Junior doctors last went on a prolonged strike in 2019, when the job action lasted for more than 100 days.""", [
        Q("their salaries of about US$300 a month could no longer cover transport and rent", "indirect",
          "JUNIOR doctors at the country's major public hospitals", None),
        Q("more than 600 doctors at Parirenyatwa Group of Hospitals, Sally Mugabe Central Hospital, Chitungwiza "
          "Central Hospital and Mpilo Central Hospital in Bulawayo had joined the job action", "indirect",
          "Tawanda Mukwewa-Ncube", "Tawanda Mukwewa-Ncube"),
        Q('"We have been incapacitated for too long. A junior doctor cannot afford to rent a room in Avondale and '
          'still eat,"', "direct", "Mukwewa-Ncube", "Tawanda Mukwewa-Ncube",
          speaker_at="Mukwewa-Ncube told NewsDay"),
        Q('"We gave the employer 14 days\' notice and nobody called us to a meeting. What else are we supposed to '
          'do?"', "direct", "Mukwewa-Ncube", "Tawanda Mukwewa-Ncube", speaker_at="Mukwewa-Ncube told NewsDay"),
        Q("the association was demanding salaries of at least US$1 500, paid in foreign currency, and a transport "
          "allowance", "indirect", "He", "Tawanda Mukwewa-Ncube", speaker_at="He said the association"),
        Q("the doctors had not exhausted the dispute resolution mechanisms provided for under the Health Service Act",
          "indirect", "Farai Gumbo-Sibanda", "Farai Gumbo-Sibanda"),
        Q('"Government is committed to improving conditions of service for all health workers, and talks through '
          'the Health Service Bipartite Negotiating Panel are ongoing,"', "direct", "Gumbo-Sibanda",
          "Farai Gumbo-Sibanda", speaker_at="Gumbo-Sibanda said"),
        Q("she had brought her son, who had a broken arm, at 6am and had not yet been attended to", "indirect",
          "A woman from Epworth", "Mai Tinashe"),
        Q('"They told us to go to a private clinic. Where will I get US$50?"', "direct", "she", "Mai Tinashe",
          speaker_at="she asked"),
        Q("its members would not join the strike", "indirect", "The Senior Hospital Doctors Association",
          "Senior Hospital Doctors Association"),
        Q('"genuine and long overdue for resolution"', "partial", "The Senior Hospital Doctors Association",
          "Senior Hospital Doctors Association"),
        Q('"a symptom of a health system on its knees"', "partial",
          "Zimbabwe Association of Doctors for Human Rights", "Zimbabwe Association of Doctors for Human Rights"),
    ]),
    Case("blind27-opera", """Riyadh audience hails Saudi opera premiere at King Fahd Cultural Center

Saudi Gazette report

RIYADH — The Saudi opera “Layla’s Caravan” premiered on Thursday night at the King Fahd Cultural Center in Riyadh before a capacity audience of 2,400, the Theater and Performing Arts Commission said.

The three-act work, composed by Saudi composer Rayan Al-Harbi to a libretto by the poet Sheikha Al-Dosari, tells the story of a young woman who leads her family’s caravan across the Empty Quarter after her father falls ill. It is sung entirely in Arabic.

“Tonight we proved that opera can speak in our language and tell our stories,” said Dr. Nouf Al-Rashidi, CEO of the commission. “This is not an imported art any more. It belongs to us now.”

Al-Harbi, 34, who studied composition in Vienna on a government scholarship, said he had spent four years on the score, drawing on Najdi folk melodies and the rhythms of the ardah.

“My grandmother used to sing these melodies while she was cooking. I simply wrote them down for an orchestra,” he said, laughing.

The title role was sung by Saudi soprano Dalia Abdulrahman, who received a five-minute standing ovation at the final curtain. The orchestra was conducted by the Italian maestro Lorenzo De Santis-Galli.

“The audience was listening so intently that you could hear the silence between the notes,” De Santis-Galli told Saudi Gazette after the performance.

Sheikh Abdullah bin Saeed Al-Qahtani, a member of the Shoura Council’s culture and media committee, described the premiere as “a historic night for Saudi culture” and praised the young performers.

According to the commission, the production involved more than 180 Saudi singers, musicians and technicians, and will tour Jeddah and Dhahran in the spring.

“I never thought I would see something like this in Riyadh in my lifetime,” said Hessa Al-Mutairi, a university student who attended with her mother.

The premiere is part of the commission’s efforts, under Vision 2030, to develop the performing arts sector and train Saudi talent in opera, ballet and musical theater.""", [
        Q("The Saudi opera “Layla’s Caravan” premiered on Thursday night at the King Fahd Cultural Center in Riyadh "
          "before a capacity audience of 2,400", "indirect", "the Theater and Performing Arts Commission",
          "Theater and Performing Arts Commission"),
        Q("“Tonight we proved that opera can speak in our language and tell our stories,”", "direct",
          "Nouf Al-Rashidi", "Nouf Al-Rashidi"),
        Q("“This is not an imported art any more. It belongs to us now.”", "direct", "Nouf Al-Rashidi",
          "Nouf Al-Rashidi"),
        Q("he had spent four years on the score, drawing on Najdi folk melodies and the rhythms of the ardah",
          "indirect", "Al-Harbi", "Rayan Al-Harbi", speaker_at="Al-Harbi, 34"),
        Q("“My grandmother used to sing these melodies while she was cooking. I simply wrote them down for an "
          "orchestra,”", "direct", "he", "Rayan Al-Harbi", speaker_at="he said, laughing"),
        Q("“The audience was listening so intently that you could hear the silence between the notes,”", "direct",
          "De Santis-Galli", "Lorenzo De Santis-Galli", speaker_at="De Santis-Galli told"),
        Q("“a historic night for Saudi culture”", "partial", "Abdullah bin Saeed Al-Qahtani",
          "Abdullah bin Saeed Al-Qahtani"),
        Q("the production involved more than 180 Saudi singers, musicians and technicians, and will tour Jeddah and "
          "Dhahran in the spring", "indirect", "the commission", "Theater and Performing Arts Commission",
          speaker_at="According to the commission"),
        Q("“I never thought I would see something like this in Riyadh in my lifetime,”", "direct",
          "Hessa Al-Mutairi", "Hessa Al-Mutairi"),
    ]),
    Case("blind27-ron95", """RON95 subsidy rollout sparks row over eligibility

KUALA LUMPUR: The government will press ahead with targeted RON95 petrol subsidies from next month despite criticism from opposition lawmakers and consumer groups, said Deputy Finance Minister Datuk Seri Wong Kah Leong.

Under the mechanism, Malaysians with a valid MyKad will continue to pay RM2.05 per litre for up to 300 litres a month, while foreigners and large companies will pay the unsubsidised price of about RM2.60.

"No Malaysian who qualifies will pay more at the pump. What we are stopping is the leakage to foreigners, smugglers and big companies," Wong told reporters after launching a financial literacy programme in Putrajaya yesterday.

He said the ministry estimated savings of up to RM4 billion a year, which would be channelled to public healthcare and education.

Wong added that e-hailing and p-hailing drivers, as well as fishermen and smallholders, would receive additional quotas under separate schemes.

However, Perikatan Nasional lawmaker Muhammad Hafiz Abdul Rahman described the mechanism as "a flip-flop dressed up as reform" and said rural motorists whose MyKad details had not been updated risked being turned away at the pump.

"In Kelantan and Terengganu, many of the elderly do not even know what a digital verification is," he said in a statement.

The Federation of Malaysian Consumers Associations (Fomca) said it supported the principle of targeted subsidies but wanted a longer grace period.

Its secretary-general, Dr Kavitha a/p Ramasamy, said: "We are not against the policy. We are against doing it in a rush. Give people at least three months to get their records in order."

Petrol station operators also raised concerns. Petroleum Dealers Association of Malaysia president Lee Chong Huat said dealers had not been told who would bear the cost of upgrading payment terminals.

"At the end of the day, we are the ones who will face angry customers at the counter," he said.

In Sabah, state Consumer Affairs Ministry officials said enforcement would be stepped up in border districts such as Tawau, where subsidised fuel is frequently smuggled into neighbouring countries.

The Finance Ministry is expected to publish detailed guidelines next week.""", [
        Q("The government will press ahead with targeted RON95 petrol subsidies from next month despite criticism "
          "from opposition lawmakers and consumer groups", "indirect", "Wong Kah Leong", "Wong Kah Leong"),
        Q('"No Malaysian who qualifies will pay more at the pump. What we are stopping is the leakage to foreigners, '
          'smugglers and big companies,"', "direct", "Wong", "Wong Kah Leong", speaker_at="Wong told reporters"),
        Q("the ministry estimated savings of up to RM4 billion a year, which would be channelled to public "
          "healthcare and education", "indirect", "He", "Wong Kah Leong", speaker_at="He said the ministry"),
        Q("e-hailing and p-hailing drivers, as well as fishermen and smallholders, would receive additional quotas "
          "under separate schemes", "indirect", "Wong", "Wong Kah Leong", speaker_at="Wong added"),
        Q('"a flip-flop dressed up as reform"', "partial", "Muhammad Hafiz Abdul Rahman",
          "Muhammad Hafiz Abdul Rahman"),
        Q("rural motorists whose MyKad details had not been updated risked being turned away at the pump",
          "indirect", "Muhammad Hafiz Abdul Rahman", "Muhammad Hafiz Abdul Rahman"),
        Q('"In Kelantan and Terengganu, many of the elderly do not even know what a digital verification is,"',
          "direct", "he", "Muhammad Hafiz Abdul Rahman", speaker_at="he said in a statement"),
        Q("it supported the principle of targeted subsidies but wanted a longer grace period", "indirect",
          "The Federation of Malaysian Consumers Associations", "Federation of Malaysian Consumers Associations"),
        Q('"We are not against the policy. We are against doing it in a rush. Give people at least three months to '
          'get their records in order."', "direct", "Kavitha a/p Ramasamy", "Kavitha a/p Ramasamy"),
        Q("dealers had not been told who would bear the cost of upgrading payment terminals", "indirect",
          "Lee Chong Huat", "Lee Chong Huat"),
        Q('"At the end of the day, we are the ones who will face angry customers at the counter,"', "direct", "he",
          "Lee Chong Huat", speaker_at='counter," he said'),
        Q("enforcement would be stepped up in border districts such as Tawau, where subsidised fuel is frequently "
          "smuggled into neighbouring countries", "indirect", "state Consumer Affairs Ministry officials", None),
    ]),
    Case("blind27-judo", """Judoka Chea Sreyneang claims historic silver at Asian Open

Cambodian judoka Chea Sreyneang won silver in the women’s -52kg category at the Asian Open in Bangkok on Sunday, the country’s best-ever result at the event, according to the Cambodian Judo Federation.

The 22-year-old from Kampong Cham province beat opponents from Thailand, Mongolia and Uzbekistan before losing the final to Japan’s Nakamura Yui by waza-ari in golden score.

“I am sad to lose in golden score, but I am also happy because I showed that a Cambodian can fight with the best in Asia,” Sreyneang told Khmer Times by phone from Bangkok.

She said she had trained twice a day for three months at the National Olympic Stadium in Phnom Penh, often with male partners because there were too few women in her weight class.

Her coach, South Korean Park Jae-hyun, who has worked with the national team since 2022, said Sreyneang had improved “in every area except her patience”.

“Her groundwork is now world class. In golden score she wanted to finish it too quickly, and against a Japanese fighter you cannot do that,” Park said.

Federation secretary-general Ith Sophal said the federation would ask the National Olympic Committee of Cambodia (NOCC) for funding to send her to the World Championships in Budapest in June.

“She has given the whole country a reason to be proud,” said Pen Bunthoeun, spokesman for the Ministry of Education, Youth and Sport.

Oknha Ly Chhunhak, a businessman who sponsors the federation, said in a Facebook post that he would reward her with $5,000 and cover the cost of a training camp in South Korea.

Cambodia won two bronze medals in judo at the 2023 SEA Games in Phnom Penh, where the sport was contested for the first time on home soil.

Sreyneang is due to arrive back at Phnom Penh International Airport on Tuesday afternoon, where officials said a welcome ceremony was being prepared.""", [
        Q("Cambodian judoka Chea Sreyneang won silver in the women’s -52kg category at the Asian Open in Bangkok on "
          "Sunday, the country’s best-ever result at the event", "indirect", "the Cambodian Judo Federation",
          "Cambodian Judo Federation"),
        Q("“I am sad to lose in golden score, but I am also happy because I showed that a Cambodian can fight with "
          "the best in Asia,”", "direct", "Sreyneang", "Chea Sreyneang", speaker_at="Sreyneang told Khmer Times"),
        Q("she had trained twice a day for three months at the National Olympic Stadium in Phnom Penh, often with "
          "male partners because there were too few women in her weight class", "indirect", "She", "Chea Sreyneang",
          speaker_at="She said she had"),
        Q("“in every area except her patience”", "partial", "Park Jae-hyun", "Park Jae-hyun"),
        Q("“Her groundwork is now world class. In golden score she wanted to finish it too quickly, and against a "
          "Japanese fighter you cannot do that,”", "direct", "Park", "Park Jae-hyun", speaker_at="Park said"),
        Q("the federation would ask the National Olympic Committee of Cambodia (NOCC) for funding to send her to the "
          "World Championships in Budapest in June", "indirect", "Ith Sophal", "Ith Sophal"),
        Q("“She has given the whole country a reason to be proud,”", "direct", "Pen Bunthoeun", "Pen Bunthoeun"),
        Q("he would reward her with $5,000 and cover the cost of a training camp in South Korea", "indirect",
          "Ly Chhunhak", "Ly Chhunhak"),
        Q("a welcome ceremony was being prepared", "indirect", "officials", None),
    ]),
    Case("blind27-ranji", """Varma's patient 142 puts Hyderabad in command against Andhra

Hyderabad: Skipper K. Nikhil Varma struck a patient 142 as Hyderabad reached 367 for six against Andhra on the second day of their Ranji Trophy Elite Group B match at the Rajiv Gandhi International Stadium in Uppal on Saturday.

Varma, who walked in with the score on 34 for two, batted for more than six hours and hit 14 fours and two sixes. He added 156 for the fourth wicket with P. Sai Charan (71) and an unbroken 58 for the seventh with wicketkeeper Syed Arshad Hussain, who was batting on 29 at stumps.

"The pitch had a bit of moisture in the morning and their seamers bowled really well in the first hour. I told myself to just survive till lunch, the runs would come later," Varma said after the day's play.

He said the team was aiming for a first-innings lead of at least 200. "If we get 500 on this wicket, we will be in the driver's seat," he added.

For Andhra, medium-pacer G. Srinivasa Rao took three for 74. Andhra coach Mohammed Ilyas Qureshi admitted his bowlers had been "a touch too short" after lunch.

"We gave him too many balls to cut and he doesn't miss those. Tomorrow we need to take the last four wickets in the first session," Qureshi said.

Former Hyderabad captain Anirudh Rao-Pedapati, who watched the day's play from the stands, told Deccan Chronicle that Varma deserved a place in the India A squad for the tour of England.

"He has scored runs in every season for five years. I don't know what else he has to do," Rao-Pedapati said.

The Hyderabad Cricket Association (HCA) said entry to the stadium would remain free for the remaining two days of the match. Spectators can enter through Gate No. 3.

Hyderabad, who have one win and two draws from their first three matches, need an outright victory to keep their knockout hopes alive.""", [
        Q('"The pitch had a bit of moisture in the morning and their seamers bowled really well in the first hour. I '
          'told myself to just survive till lunch, the runs would come later,"', "direct", "Varma",
          "K. Nikhil Varma", speaker_at="Varma said"),
        Q("the team was aiming for a first-innings lead of at least 200", "indirect", "He", "K. Nikhil Varma",
          speaker_at="He said the team"),
        Q('"If we get 500 on this wicket, we will be in the driver\'s seat,"', "direct", "he", "K. Nikhil Varma",
          speaker_at="he added"),
        Q('"a touch too short"', "partial", "Mohammed Ilyas Qureshi", "Mohammed Ilyas Qureshi"),
        Q('"We gave him too many balls to cut and he doesn\'t miss those. Tomorrow we need to take the last four '
          'wickets in the first session,"', "direct", "Qureshi", "Mohammed Ilyas Qureshi",
          speaker_at="Qureshi said"),
        Q("Varma deserved a place in the India A squad for the tour of England", "indirect", "Anirudh Rao-Pedapati",
          "Anirudh Rao-Pedapati"),
        Q('"He has scored runs in every season for five years. I don\'t know what else he has to do,"', "direct",
          "Rao-Pedapati", "Anirudh Rao-Pedapati", speaker_at="Rao-Pedapati said"),
        Q("entry to the stadium would remain free for the remaining two days of the match", "indirect",
          "The Hyderabad Cricket Association", "Hyderabad Cricket Association"),
    ]),
    Case("blind27-lahore", """Two sentenced to death for murder of Johar Town trader

LAHORE - An additional sessions court on Tuesday handed down death sentences to two men and life imprisonment to a third for the murder of a textile trader during a robbery in Johar Town in 2022.

Additional Sessions Judge Syed Ali Raza Bukhari convicted Muhammad Arshad alias Shada and Imran Ali of killing Tariq Mehmood Butt, 56, outside his shop in G-1 Market. Their accomplice, Waqas Ahmed, was sentenced to life in prison for abetment. All three were also fined Rs500,000 each.

“The prosecution has proved its case beyond any shadow of doubt through ocular evidence, the recovery of the weapon and CCTV footage,” the judge observed in the 38-page verdict.

According to police, the accused had intercepted Butt as he was closing his shop on the night of August 14, 2022, and shot him twice in the chest when he resisted. They escaped with his mobile phone and Rs40,000 in cash.

The case drew attention after Justice Farrukh Iqbal Chaudhry of the Lahore High Court in March directed the trial court to conclude proceedings within 60 days, observing that “justice delayed in cases of such brutality is justice mocked”.

Deputy District Public Prosecutor Rana Nadeem Akhtar told The Nation that 14 prosecution witnesses had testified during the trial.

Outside the courtroom, the victim’s son, Hamza Tariq Butt, broke down while speaking to reporters. “My father was killed for a phone and 40,000 rupees. Today I can tell my mother that the law has not forgotten us,” he said.

Defence counsel Malik Zafar Iqbal Awan said the verdict rested on “contradictory testimony”. He said his clients would challenge it before the Lahore High Court.

The Anjuman-e-Tajiran of Johar Town, a local traders’ body, had staged several protests after the killing, demanding better policing in the area. Its president, Haji Ghulam Mustafa, welcomed the verdict and said traders would distribute sweets in the market on Wednesday.

The convicts were shifted to Kot Lakhpat Jail after the announcement of the verdict.""", [
        Q("“The prosecution has proved its case beyond any shadow of doubt through ocular evidence, the recovery of "
          "the weapon and CCTV footage,”", "direct", "the judge", "Syed Ali Raza Bukhari"),
        Q("the accused had intercepted Butt as he was closing his shop on the night of August 14, 2022, and shot him "
          "twice in the chest when he resisted", "indirect", "police", None),
        Q("“justice delayed in cases of such brutality is justice mocked”", "partial", "Farrukh Iqbal Chaudhry",
          "Farrukh Iqbal Chaudhry"),
        Q("that 14 prosecution witnesses had testified during the trial", "indirect", "Rana Nadeem Akhtar",
          "Rana Nadeem Akhtar"),
        Q("“My father was killed for a phone and 40,000 rupees. Today I can tell my mother that the law has not "
          "forgotten us,”", "direct", "he", "Hamza Tariq Butt", speaker_at="he said"),
        Q("“contradictory testimony”", "partial", "Malik Zafar Iqbal Awan", "Malik Zafar Iqbal Awan"),
        Q("his clients would challenge it before the Lahore High Court", "indirect", "He", "Malik Zafar Iqbal Awan",
          speaker_at="He said his clients"),
        Q("traders would distribute sweets in the market on Wednesday", "indirect", "Ghulam Mustafa",
          "Ghulam Mustafa"),
    ]),
]
