"""Blind gold set 94: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: US Midwest farm-state
dailies, northern English city papers, Cameroonian English-language papers, and Brunei and
Sabah press, each in its own house style and quotation marks. See gold_format.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind94-iowa-ethanol", """Ethanol plant near Fort Dodge to close, idling 48 workers

FORT DODGE, Iowa — Prairie Gold Renewables will shut its ethanol plant east of Fort Dodge by the end of March, the company announced Tuesday, blaming thin margins and a glut of corn-based fuel.

The plant, which opened in 2007, employs 48 people and buys about 20 million bushels of corn a year from farmers in Webster and surrounding counties, according to the Iowa Renewable Fuels Association.

“We fought hard to keep this facility running, but the numbers simply no longer work,” Dale Hennessey, the company’s chief executive, said in a written statement. “This is a painful day for our employees and for the growers who have stood with us.”

Hennessey said workers would receive severance and help finding jobs at other plants the company operates in Nevada and Shenandoah.

Farmers who deliver to the plant said the news came as a blow in a year when cash prices are already weak.

“That was our closest market. Now I’m looking at hauling another 40 miles,” said Marcy Voss, who farms 900 acres near Badger. She said she had not yet decided where to sell this fall’s crop.

Webster County Supervisor Keith Dencklau called the closure “a gut punch” for a county that has lost two major employers in five years.

“Those are good-paying jobs with benefits,” he said. “You don’t replace 48 of them overnight.”

Workers had nicknamed the plant’s 2014 expansion “the Cathedral” for its towering fermentation tanks.

Grant Kohlhase, executive director of the Iowa Renewable Fuels Association, told the Register that the industry had been squeezed by slow growth in E15 sales and by competition from larger plants.

“Year-round E15 would have changed the math for a plant like this one,” Kohlhase said. He said more plants could follow if Congress did not act.

The company said the site would be offered for sale and that it was in talks with “several interested parties.”""", [
        Q("Prairie Gold Renewables will shut its ethanol plant east of Fort Dodge by the end of March", "indirect",
          "the company", "Prairie Gold Renewables", speaker_at="the company announced"),
        Q("The plant, which opened in 2007, employs 48 people and buys about 20 million bushels of corn a year from "
          "farmers in Webster and surrounding counties", "indirect", "the Iowa Renewable Fuels Association",
          "Iowa Renewable Fuels Association", speaker_at="according to the Iowa Renewable Fuels Association"),
        Q("“We fought hard to keep this facility running, but the numbers simply no longer work,”", "direct",
          "Dale Hennessey", "Dale Hennessey"),
        Q("“This is a painful day for our employees and for the growers who have stood with us.”", "direct",
          "Dale Hennessey", "Dale Hennessey"),
        Q("workers would receive severance and help finding jobs at other plants the company operates in Nevada and "
          "Shenandoah", "indirect", "Hennessey", "Dale Hennessey", speaker_at="Hennessey said workers"),
        Q("the news came as a blow in a year when cash prices are already weak", "indirect",
          "Farmers who deliver to the plant", None),
        Q("“That was our closest market. Now I’m looking at hauling another 40 miles,”", "direct", "Marcy Voss",
          "Marcy Voss"),
        Q("she had not yet decided where to sell this fall’s crop", "indirect", "She", "Marcy Voss",
          speaker_at="She said"),
        Q("“a gut punch”", "partial", "Keith Dencklau", "Keith Dencklau"),
        Q("“Those are good-paying jobs with benefits,”", "direct", "he", "Keith Dencklau", speaker_at="he said"),
        Q("“You don’t replace 48 of them overnight.”", "direct", "he", "Keith Dencklau", speaker_at="he said"),
        Q("that the industry had been squeezed by slow growth in E15 sales and by competition from larger plants",
          "indirect", "Grant Kohlhase", "Grant Kohlhase"),
        Q("“Year-round E15 would have changed the math for a plant like this one,”", "direct", "Kohlhase",
          "Grant Kohlhase", speaker_at="Kohlhase said"),
        Q("more plants could follow if Congress did not act", "indirect", "He", "Grant Kohlhase",
          speaker_at="He said"),
        Q("the site would be offered for sale", "indirect", "The company", "Prairie Gold Renewables",
          speaker_at="The company said"),
        Q("“several interested parties.”", "partial", "The company", "Prairie Gold Renewables",
          speaker_at="The company said"),
    ], source="blind"),
    Case("blind94-manchester-tram", """Metrolink drivers to strike for four days in pay dispute

Metrolink tram drivers will walk out for four days later this month in a row over pay, the Unite union has announced.

The action, on 14, 15, 21 and 22 November, is expected to bring the network to a standstill, according to operator KeolisAmey Metrolink.

Unite said more than 90 per cent of its members who voted had backed strikes after rejecting a 4.5 per cent pay offer.

Regional officer Colin Pearce said: "Our members keep this city moving, day in, day out. They are not asking for the earth - they are asking for a wage that keeps up with the cost of living."

"The company can end this tomorrow," he added, "by coming back to the table with a serious offer."

A KeolisAmey spokesperson said the firm was "disappointed" by the decision and that the offer was "fair and affordable".

"We would urge Unite to put this offer to its members," the spokesperson said. "We will do everything we can to keep passengers informed."

Transport for Greater Manchester (TfGM) said extra buses would not be laid on but that ticket holders would be able to use their passes on Bee Network buses during the strike.

Transport commissioner Helen Mottram urged both sides to "get round the table" and said the strike would hit shift workers and students hardest.

The dispute follows Unite's "Fair Fares, Fair Pay" campaign, launched across the region's transport networks in the spring.

Commuters at Piccadilly Gardens on Monday were less than impressed. "I've got no car, so I'm stuck," said nurse Aisha Rahman, 34, who travels from Oldham to Manchester Royal Infirmary. "It's the people at the bottom who always pay."

Student Tom Whitworth, 20, was more sympathetic. "Everyone's skint," he said. "I'd probably do the same."

Talks between the two sides are expected to resume at the conciliation service Acas next week, TfGM said.""", [
        Q("Metrolink tram drivers will walk out for four days later this month in a row over pay", "indirect",
          "the Unite union", "Unite"),
        Q("The action, on 14, 15, 21 and 22 November, is expected to bring the network to a standstill", "indirect",
          "KeolisAmey Metrolink", "KeolisAmey Metrolink", speaker_at="operator KeolisAmey Metrolink"),
        Q("more than 90 per cent of its members who voted had backed strikes after rejecting a 4.5 per cent pay offer",
          "indirect", "Unite", "Unite", speaker_at="Unite said"),
        Q('"Our members keep this city moving, day in, day out. They are not asking for the earth - they are asking '
          'for a wage that keeps up with the cost of living."', "direct", "Colin Pearce", "Colin Pearce"),
        Q('"The company can end this tomorrow,"', "direct", "he", "Colin Pearce", speaker_at="he added"),
        Q('"by coming back to the table with a serious offer."', "direct", "he", "Colin Pearce",
          speaker_at="he added"),
        Q('"disappointed"', "partial", "A KeolisAmey spokesperson", None),
        Q('"fair and affordable"', "partial", "A KeolisAmey spokesperson", None),
        Q('"We would urge Unite to put this offer to its members,"', "direct", "the spokesperson", None),
        Q('"We will do everything we can to keep passengers informed."', "direct", "the spokesperson", None),
        Q("extra buses would not be laid on but that ticket holders would be able to use their passes on Bee Network "
          "buses during the strike", "indirect", "Transport for Greater Manchester",
          "Transport for Greater Manchester"),
        Q('"get round the table"', "partial", "Helen Mottram", "Helen Mottram"),
        Q("the strike would hit shift workers and students hardest", "indirect", "Helen Mottram", "Helen Mottram"),
        Q('"I\'ve got no car, so I\'m stuck,"', "direct", "Aisha Rahman", "Aisha Rahman"),
        Q('"It\'s the people at the bottom who always pay."', "direct", "Aisha Rahman", "Aisha Rahman"),
        Q('"Everyone\'s skint,"', "direct", "he", "Tom Whitworth", speaker_at="he said"),
        Q('"I\'d probably do the same."', "direct", "he", "Tom Whitworth", speaker_at="he said"),
        Q("Talks between the two sides are expected to resume at the conciliation service Acas next week", "indirect",
          "TfGM", "Transport for Greater Manchester", speaker_at="TfGM said"),
    ], source="blind"),
    Case("blind94-cameroon-bridge", """Mbengwi bridge collapse: Commission of inquiry opens hearings in Bamenda

Bamenda — A commission of inquiry set up to establish the causes of the collapse of the Mbengwi bridge, which killed seven people last month, opened its hearings in Bamenda on Monday.

The commission, chaired by retired Justice Rose Ngwa Fomum, has three months to submit its report, according to the Prime Minister’s Office.

Justice Fomum said the commission would hear from engineers, contractors, local officials and survivors. “We will leave no stone unturned. Those who are responsible will answer for it,” she said.

The 40-metre bridge over the Ngwo River gave way on the evening of 12 March as a loaded timber truck and a commercial bus were crossing.

Witnesses told The Guardian Post that cracks had been visible on the bridge’s pillars for months.

“We reported it to the council two times. Nobody came,” said Peter Awah Ndifor, a commercial motorbike rider who lost his cousin in the collapse.

The Mayor of Mbengwi Council, Clement Ambe, denied that the council had ever received a complaint.

“The bridge is a national road structure. Its maintenance falls under the Ministry of Public Works, not the council,” Ambe told reporters.

In a statement read on state broadcaster CRTV, the Ministry of Public Works said a technical team had been deployed to the site. It said a temporary metal bridge would be installed “within weeks”.

Funds for the bridge’s rehabilitation had been earmarked in 2021 under the “Presidential Plan for Reconstruction and Development” of the North West and South West regions.

Dr Marceline Eyong, a lecturer at the Faculty of Engineering and Technology of the University of Buea, said the collapse pointed to “decades of neglect”.

“Many of our bridges were built in the 1970s and have never had a proper inspection,” she said, “so what happened in Mbengwi could happen anywhere.”

According to Barrister Emmanuel Nkwain, who represents five of the bereaved families, the victims have received no compensation so far.

He said the families would file a civil suit if the commission’s findings were not made public.

Hearings continue on Wednesday with testimony from the contractor that carried out repairs on the bridge in 2016, a company official confirmed.""", [
        Q("The commission, chaired by retired Justice Rose Ngwa Fomum, has three months to submit its report",
          "indirect", "the Prime Minister’s Office", "Prime Minister’s Office"),
        Q("the commission would hear from engineers, contractors, local officials and survivors", "indirect",
          "Fomum", "Rose Ngwa Fomum", speaker_at="Fomum said"),
        Q("“We will leave no stone unturned. Those who are responsible will answer for it,”", "direct", "she",
          "Rose Ngwa Fomum", speaker_at="she said."),
        Q("that cracks had been visible on the bridge’s pillars for months", "indirect", "Witnesses", None),
        Q("“We reported it to the council two times. Nobody came,”", "direct", "Peter Awah Ndifor",
          "Peter Awah Ndifor"),
        Q("that the council had ever received a complaint", "indirect", "Clement Ambe", "Clement Ambe"),
        Q("“The bridge is a national road structure. Its maintenance falls under the Ministry of Public Works, not "
          "the council,”", "direct", "Ambe", "Clement Ambe", speaker_at="Ambe told"),
        Q("a technical team had been deployed to the site", "indirect", "the Ministry of Public Works",
          "Ministry of Public Works", speaker_at="the Ministry of Public Works said"),
        Q("“within weeks”", "partial", "It", "Ministry of Public Works", speaker_at="It said"),
        Q("“decades of neglect”", "partial", "Marceline Eyong", "Marceline Eyong"),
        Q("“Many of our bridges were built in the 1970s and have never had a proper inspection,”", "direct", "she",
          "Marceline Eyong", speaker_at="she said, “so"),
        Q("“so what happened in Mbengwi could happen anywhere.”", "direct", "she", "Marceline Eyong",
          speaker_at="she said, “so"),
        Q("the victims have received no compensation so far", "indirect", "Emmanuel Nkwain", "Emmanuel Nkwain"),
        Q("the families would file a civil suit if the commission’s findings were not made public", "indirect",
          "He", "Emmanuel Nkwain", speaker_at="He said"),
        Q("Hearings continue on Wednesday with testimony from the contractor that carried out repairs on the bridge "
          "in 2016", "indirect", "a company official", None),
    ], source="blind"),
    Case("blind94-sabah-palmoil", """4,200 smallholders to get RM12.6m payout over failed seedlings

KOTA KINABALU: Some 4,200 oil palm smallholders in Kinabatangan and Lahad Datu will receive a combined RM12.6 million in compensation for losses from a failed replanting scheme, said Deputy Chief Minister Datuk Joachim Sapuan.

He said the payments, averaging RM3,000 per smallholder, would be credited directly into their bank accounts by the end of the month.

"This is money that is owed to the people. They planted in good faith and the seedlings supplied to them were substandard," Joachim said after chairing a meeting with the Sabah Smallholders Association (SSA) here on Tuesday.

"We do not want them to wait any longer. The State Government has found the funds and the process has been simplified."

The replanting scheme was launched in 2019 under the slogan "Sawit Untuk Rakyat".

According to the association, the seedlings were distributed by a private contractor appointed under the programme, and many of the palms failed to bear fruit after four years.

SSA president Mohd Hafiz Abdullah welcomed the payout but said it came "very late".

"Some of our members have had to borrow from middlemen to survive. A few have sold their land," he said, adding that the association would submit a list of members who had been left out.

A smallholder from Kampung Bilit in Kinabatangan, who only wanted to be known as Rosnah, said she had replanted five acres with the seedlings.

"Four years of fertiliser, four years of work, and nothing. My husband cried when we cut them down," she told the Daily Express.

The Malaysian Palm Oil Board (MPOB) said in a statement that it had tightened the certification of nurseries since 2021 and that only licensed nurseries could now supply subsidised seedlings.

Local assemblyman Datuk Amran Lingkasa urged the State Government to take legal action against the contractor, which he said had "disappeared with the money".

Joachim said the State Attorney-General's Chambers was studying the matter and that the Government would not hesitate to act.""", [
        Q("Some 4,200 oil palm smallholders in Kinabatangan and Lahad Datu will receive a combined RM12.6 million in "
          "compensation for losses from a failed replanting scheme", "indirect", "Joachim Sapuan", "Joachim Sapuan"),
        Q("the payments, averaging RM3,000 per smallholder, would be credited directly into their bank accounts by "
          "the end of the month", "indirect", "He", "Joachim Sapuan", speaker_at="He said"),
        Q('"This is money that is owed to the people. They planted in good faith and the seedlings supplied to them '
          'were substandard,"', "direct", "Joachim", "Joachim Sapuan", speaker_at="Joachim said after"),
        Q('"We do not want them to wait any longer. The State Government has found the funds and the process has '
          'been simplified."', "direct", "Joachim", "Joachim Sapuan", speaker_at="Joachim said after"),
        Q("the seedlings were distributed by a private contractor appointed under the programme, and many of the "
          "palms failed to bear fruit after four years", "indirect", "the association",
          "Sabah Smallholders Association", speaker_at="According to the association"),
        Q('"very late"', "partial", "Mohd Hafiz Abdullah", "Mohd Hafiz Abdullah"),
        Q('"Some of our members have had to borrow from middlemen to survive. A few have sold their land,"',
          "direct", "he", "Mohd Hafiz Abdullah", speaker_at="he said, adding"),
        Q("that the association would submit a list of members who had been left out", "indirect", "he",
          "Mohd Hafiz Abdullah", speaker_at="he said, adding"),
        Q("she had replanted five acres with the seedlings", "indirect", "Rosnah", "Rosnah"),
        Q('"Four years of fertiliser, four years of work, and nothing. My husband cried when we cut them down,"',
          "direct", "she", "Rosnah", speaker_at="she told"),
        Q("that it had tightened the certification of nurseries since 2021 and that only licensed nurseries could "
          "now supply subsidised seedlings", "indirect", "The Malaysian Palm Oil Board", "Malaysian Palm Oil Board"),
        Q('"disappeared with the money"', "partial", "he", "Amran Lingkasa", speaker_at="which he said"),
        Q("the State Attorney-General's Chambers was studying the matter and that the Government would not "
          "hesitate to act", "indirect", "Joachim", "Joachim Sapuan", speaker_at="Joachim said the State"),
    ], source="blind"),
    Case("blind94-brunei-lunch", """MoE awards new school meals contract after food safety complaints

The Ministry of Education (MoE) has awarded a three-year contract worth BND4.8 million to supply lunches to 62 primary schools in the Brunei-Muara District, replacing a provider whose service drew complaints from parents last year.

The contract went to local firm Syarikat Seri Mahkota Catering following an open tender, the ministry said in a statement yesterday.

According to the MoE, the new menu was drawn up with the Ministry of Health’s Community Nutrition Division and will include fruit or vegetables in every meal.

Speaking at a media briefing, Director of Schools Dr Nurul Hidayah binti Haji Abdul Rahman said the changeover would be “seamless” for pupils.

“Our priority is simple: every child must get a safe, nutritious meal at school,” she said. “We have listened to parents and we have built stricter checks into this contract.”

She said inspectors from the MoE and the Ministry of Health would carry out unannounced visits to school canteens every term.

Under the previous contract, parents had complained on social media about undercooked chicken and late deliveries. At least 14 pupils at a school in Kampong Lambak Kanan were treated for stomach pains in September, according to the Ministry of Health.

Managing Director of Syarikat Seri Mahkota Catering Awang Haji Zulkifli bin Haji Md Yusof told the Bulletin the company would hire 40 more staff and open a second central kitchen in Lambak Kanan.

“We are a Bruneian company. Our own children are in these schools,” he said.

The new lunches will be served under the ministry’s “Sihat Bersama” healthy schools programme, which also covers physical education and dental checks.

Parents welcomed the move. Hajah Rosmawati binti Haji Omar, whose two sons attend a primary school in Berakas, said the meals had been “hit and miss” for months.

“Some days my boys came home hungry because they could not eat the food. I hope this time the ministry will really monitor it,” she told the Bulletin.

A teacher in Tutong, who asked not to be named, said schools outside Brunei-Muara were still waiting for a similar arrangement.

The MoE said tenders for the Tutong, Belait and Temburong districts would be called in the first quarter of next year.""", [
        Q("The contract went to local firm Syarikat Seri Mahkota Catering following an open tender", "indirect",
          "the ministry", "Ministry of Education", speaker_at="the ministry said"),
        Q("the new menu was drawn up with the Ministry of Health’s Community Nutrition Division and will include "
          "fruit or vegetables in every meal", "indirect", "the MoE", "Ministry of Education",
          speaker_at="According to the MoE"),
        Q("“seamless”", "partial", "Nurul Hidayah binti Haji Abdul Rahman", "Nurul Hidayah binti Haji Abdul Rahman"),
        Q("“Our priority is simple: every child must get a safe, nutritious meal at school,”", "direct", "she",
          "Nurul Hidayah binti Haji Abdul Rahman", speaker_at="she said."),
        Q("“We have listened to parents and we have built stricter checks into this contract.”", "direct", "she",
          "Nurul Hidayah binti Haji Abdul Rahman", speaker_at="she said."),
        Q("inspectors from the MoE and the Ministry of Health would carry out unannounced visits to school canteens "
          "every term", "indirect", "She", "Nurul Hidayah binti Haji Abdul Rahman", speaker_at="She said"),
        Q("At least 14 pupils at a school in Kampong Lambak Kanan were treated for stomach pains in September",
          "indirect", "the Ministry of Health", "Ministry of Health",
          speaker_at="according to the Ministry of Health"),
        Q("the company would hire 40 more staff and open a second central kitchen in Lambak Kanan", "indirect",
          "Zulkifli bin Haji Md Yusof", "Zulkifli bin Haji Md Yusof"),
        Q("“We are a Bruneian company. Our own children are in these schools,”", "direct", "he",
          "Zulkifli bin Haji Md Yusof", speaker_at="he said"),
        Q("“hit and miss”", "partial", "Rosmawati binti Haji Omar", "Rosmawati binti Haji Omar"),
        Q("“Some days my boys came home hungry because they could not eat the food. I hope this time the ministry "
          "will really monitor it,”", "direct", "she", "Rosmawati binti Haji Omar", speaker_at="she told"),
        Q("schools outside Brunei-Muara were still waiting for a similar arrangement", "indirect",
          "A teacher in Tutong", None),
        Q("tenders for the Tutong, Belait and Temburong districts would be called in the first quarter of next year",
          "indirect", "The MoE", "Ministry of Education", speaker_at="The MoE said"),
    ], source="blind"),
    Case("blind94-nebraska-fair", """Butler County Fair canceled after grandstand ruled unsafe

DAVID CITY — The Butler County Fair will not be held this summer after an engineering inspection found the grandstand and two livestock barns unsafe, the county's agricultural society announced Thursday.

It is the first time since 1944 the fair has been canceled outright, according to society president Gary Kozisek.

"Nobody on this board wanted to make this call," Kozisek said Thursday evening. "But we are not going to put 3,000 people in a grandstand that an engineer says could fail."

The Butler County Agricultural Society board voted 7-2 on Wednesday night to cancel. Kozisek said the inspection, ordered by the society's insurer, found rotted support beams and corroded anchor bolts.

Repairs could cost as much as $1.2 million, he said, more than three times the society's annual budget.

The board had already booked a tractor pull and its popular "Butler Bash" street dance, both of which are now off.

4-H families were hit hardest. Nebraska Extension educator Jill Prochaska said about 180 4-H members had been preparing projects for the fair.

She said Extension was working with neighboring Seward and Saunders counties to let Butler County youth show their animals there.

"The kids have put in a year of work. We'll find them a place to show, I promise you that," Prochaska said.

Brooke Sabata, 15, of Bellwood, has raised two market hogs and a steer. "I cried when my mom told me," she said. "The fair is like our Christmas."

County Commissioner Dennis Hlavac said the county would look at whether it could help pay for repairs, but he warned there were "no easy answers" in this year's budget.

Some residents said on the fair's Facebook page that the board should have dealt with the grandstand years ago.

Kozisek said the society hoped to hold the fair again in 2025, possibly with temporary bleachers.

"We'll be back," he said. "Butler County doesn't quit.\"""", [
        Q("The Butler County Fair will not be held this summer after an engineering inspection found the grandstand "
          "and two livestock barns unsafe", "indirect", "the county's agricultural society",
          "Butler County Agricultural Society"),
        Q("It is the first time since 1944 the fair has been canceled outright", "indirect", "Gary Kozisek",
          "Gary Kozisek"),
        Q('"Nobody on this board wanted to make this call,"', "direct", "Kozisek", "Gary Kozisek",
          speaker_at="Kozisek said Thursday"),
        Q('"But we are not going to put 3,000 people in a grandstand that an engineer says could fail."', "direct",
          "Kozisek", "Gary Kozisek", speaker_at="Kozisek said Thursday"),
        Q("the inspection, ordered by the society's insurer, found rotted support beams and corroded anchor bolts",
          "indirect", "Kozisek", "Gary Kozisek", speaker_at="Kozisek said the inspection"),
        Q("Repairs could cost as much as $1.2 million", "indirect", "he", "Gary Kozisek", speaker_at="he said, more"),
        Q("about 180 4-H members had been preparing projects for the fair", "indirect", "Jill Prochaska",
          "Jill Prochaska"),
        Q("Extension was working with neighboring Seward and Saunders counties to let Butler County youth show their "
          "animals there", "indirect", "She", "Jill Prochaska", speaker_at="She said"),
        Q('"The kids have put in a year of work. We\'ll find them a place to show, I promise you that,"', "direct",
          "Prochaska", "Jill Prochaska", speaker_at="Prochaska said."),
        Q('"I cried when my mom told me,"', "direct", "she", "Brooke Sabata", speaker_at="she said"),
        Q('"The fair is like our Christmas."', "direct", "she", "Brooke Sabata", speaker_at="she said"),
        Q("the county would look at whether it could help pay for repairs", "indirect", "Dennis Hlavac",
          "Dennis Hlavac"),
        Q('"no easy answers"', "partial", "he", "Dennis Hlavac", speaker_at="he warned"),
        Q("that the board should have dealt with the grandstand years ago", "indirect", "Some residents", None),
        Q("the society hoped to hold the fair again in 2025, possibly with temporary bleachers", "indirect",
          "Kozisek", "Gary Kozisek", speaker_at="Kozisek said the society"),
        Q('"We\'ll be back,"', "direct", "he", "Gary Kozisek", speaker_at="he said."),
        Q('"Butler County doesn\'t quit."', "direct", "he", "Gary Kozisek", speaker_at="he said."),
    ], source="blind"),
    Case("blind94-newcastle-flood", """£18m flood defence scheme for Ouseburn gets green light

A long-awaited £18m scheme to protect hundreds of homes in Newcastle from flooding has been given the go-ahead, the Environment Agency has confirmed.

The works along the Ouseburn will include new flood walls at Jesmond Dene, a storage basin near Castle Farm and upgraded culverts under Warwick Street, according to the agency.

Residents in Heaton and Sandyford still remember the ‘Toon Monsoon’ of June 2012, when a month’s rain fell in two hours and hundreds of properties were flooded.

Project manager Rachel Dunn said work would begin in the spring and take around two years.

‘This scheme will reduce the risk of flooding for more than 600 homes and businesses,’ she said. ‘We know how frightening it was for people in 2012, and we know they have waited a long time for this.’

Newcastle City Council, which is contributing £4m, said the scheme would also create new walking routes along the burn.

Cabinet member for the environment Coun Paul Haldane described the scheme as ‘a once-in-a-generation investment’ for the east of the city.

But some residents say it has taken far too long.

Margaret Heslop, 71, whose house on Stratford Grove West was flooded twice in five years, told the Chronicle she had been unable to get affordable insurance since.

‘Every time it rains heavily I’m up at the window watching the drains,’ she said. ‘I’ll believe it when I see the diggers.’

The Ouseburn Valley Residents’ Association said it welcomed the news but wanted guarantees that trees in Jesmond Dene would be protected.

Its chair, Dr Sunil Mehta, said: ‘We have been promised this before. This time we want to see a timetable, and we want to be consulted at every stage.’

The Environment Agency said a public drop-in event would be held at Heaton Community Centre on 12 February.""", [
        Q("A long-awaited £18m scheme to protect hundreds of homes in Newcastle from flooding has been given the "
          "go-ahead", "indirect", "the Environment Agency", "Environment Agency",
          speaker_at="the Environment Agency has confirmed"),
        Q("The works along the Ouseburn will include new flood walls at Jesmond Dene, a storage basin near Castle Farm "
          "and upgraded culverts under Warwick Street", "indirect", "the agency", "Environment Agency",
          speaker_at="according to the agency"),
        Q("work would begin in the spring and take around two years", "indirect", "Rachel Dunn", "Rachel Dunn"),
        Q("‘This scheme will reduce the risk of flooding for more than 600 homes and businesses,’", "direct", "she",
          "Rachel Dunn", speaker_at="she said. ‘We know"),
        Q("‘We know how frightening it was for people in 2012, and we know they have waited a long time for this.’",
          "direct", "she", "Rachel Dunn", speaker_at="she said. ‘We know"),
        Q("the scheme would also create new walking routes along the burn", "indirect", "Newcastle City Council",
          "Newcastle City Council"),
        Q("‘a once-in-a-generation investment’", "partial", "Paul Haldane", "Paul Haldane"),
        Q("it has taken far too long", "indirect", "some residents", None),
        Q("she had been unable to get affordable insurance since", "indirect", "Margaret Heslop", "Margaret Heslop"),
        Q("‘Every time it rains heavily I’m up at the window watching the drains,’", "direct", "she",
          "Margaret Heslop", speaker_at="she said. ‘I’ll"),
        Q("‘I’ll believe it when I see the diggers.’", "direct", "she", "Margaret Heslop",
          speaker_at="she said. ‘I’ll"),
        Q("it welcomed the news but wanted guarantees that trees in Jesmond Dene would be protected", "indirect",
          "The Ouseburn Valley Residents’ Association", "Ouseburn Valley Residents’ Association"),
        Q("‘We have been promised this before. This time we want to see a timetable, and we want to be consulted at "
          "every stage.’", "direct", "Sunil Mehta", "Sunil Mehta"),
        Q("a public drop-in event would be held at Heaton Community Centre on 12 February", "indirect",
          "The Environment Agency", "Environment Agency", speaker_at="The Environment Agency said"),
    ], source="blind"),
    Case("blind94-cameroon-referee", """Referee assault: Two footballers, club official remanded in custody

Two players and an official of Buea-based second division side Mount Cameroon United have been remanded in custody at the Buea Central Prison over the assault of a referee during a league match last Sunday, police in Buea have confirmed.

The referee, Fidelis Ngong Tanyi, was attacked in the 87th minute of the Elite Two match against Tiko Stars at the Molyko Omnisport Stadium, moments after he awarded a penalty to the visitors.

Speaking to Cameroon Tribune from his bed at the Buea Regional Hospital, Tanyi said he had been punched and kicked after blowing for the penalty.

"I only did my job. When I turned around, they were already on me. I fell and they continued kicking," he said.

Doctors at the hospital said the referee suffered a fractured jaw and two broken ribs.

According to State Counsel Ebot Tabe Enow, the three suspects were charged with assault causing grievous harm and disturbance of a public event.

"Sport cannot be an excuse for violence," Enow said outside the Buea Court of First Instance.

The Cameroon Football Federation, FECAFOOT, said in a communique that Mount Cameroon United had been suspended from all competitions pending a disciplinary hearing. The federation described the incident as "barbaric and unacceptable".

Both clubs had signed FECAFOOT's "Fair Play Charter" at the start of the season.

Mount Cameroon United president, Chief Johnson Ewumbue Mbella, apologised to the referee and his family. He said the club did not condone violence but that the players had been "provoked by a series of bad decisions".

"We will cooperate fully with the authorities," Mbella said, "and we will sanction anyone found guilty."

The South West Regional Referees' Association announced that its members would boycott all matches in the region this weekend in solidarity with their colleague.

Its president, Eric Mokube, told journalists in Buea that referees in the lower divisions were "left to fend for themselves" at most grounds.

"Some of these pitches have no fence and no police. We are sitting ducks," Mokube said.

The case has been adjourned to 14 May.""", [
        Q("Two players and an official of Buea-based second division side Mount Cameroon United have been remanded "
          "in custody at the Buea Central Prison over the assault of a referee during a league match last Sunday",
          "indirect", "police in Buea", None),
        Q("he had been punched and kicked after blowing for the penalty", "indirect", "Tanyi", "Fidelis Ngong Tanyi",
          speaker_at="Tanyi said"),
        Q('"I only did my job. When I turned around, they were already on me. I fell and they continued kicking,"',
          "direct", "he", "Fidelis Ngong Tanyi", speaker_at="he said"),
        Q("the referee suffered a fractured jaw and two broken ribs", "indirect", "Doctors at the hospital", None),
        Q("the three suspects were charged with assault causing grievous harm and disturbance of a public event",
          "indirect", "Ebot Tabe Enow", "Ebot Tabe Enow"),
        Q('"Sport cannot be an excuse for violence,"', "direct", "Enow", "Ebot Tabe Enow", speaker_at="Enow said"),
        Q("that Mount Cameroon United had been suspended from all competitions pending a disciplinary hearing",
          "indirect", "The Cameroon Football Federation", "Cameroon Football Federation"),
        Q('"barbaric and unacceptable"', "partial", "The federation", "Cameroon Football Federation"),
        Q("the club did not condone violence", "indirect", "He", "Johnson Ewumbue Mbella", speaker_at="He said"),
        Q('"provoked by a series of bad decisions"', "partial", "He", "Johnson Ewumbue Mbella",
          speaker_at="He said"),
        Q('"We will cooperate fully with the authorities,"', "direct", "Mbella", "Johnson Ewumbue Mbella",
          speaker_at="Mbella said"),
        Q('"and we will sanction anyone found guilty."', "direct", "Mbella", "Johnson Ewumbue Mbella",
          speaker_at="Mbella said"),
        Q("that its members would boycott all matches in the region this weekend in solidarity with their colleague",
          "indirect", "The South West Regional Referees' Association", "South West Regional Referees' Association"),
        Q('"left to fend for themselves"', "partial", "Eric Mokube", "Eric Mokube"),
        Q('"Some of these pitches have no fence and no police. We are sitting ducks,"', "direct", "Mokube",
          "Eric Mokube", speaker_at="Mokube said"),
    ], source="blind"),
    Case("blind94-newcastle-referee", """Sunday league player banned for life after attack on teenage referee

A Sunday league footballer who punched a 17-year-old referee during a match in Wallsend has been banned from the game for life, the Northumberland Football Association has said.

Liam Robson, 29, was also handed a 12-week suspended prison sentence at North Tyneside Magistrates' Court last week after admitting assault.

Prosecutor Helen Carr told the court that Robson struck the referee in the face after being shown a second yellow card during a game at the Rising Sun Country Park pitches in October.

The referee, who cannot be named because of his age, suffered a broken nose and concussion.

In a statement read to the court, the teenager said he had considered giving up refereeing. 'I love football, but I was scared to go back out,' he wrote. 'My mum didn't want me to referee again.'

Robson's solicitor, Mark Telford, said his client had written a letter of apology to the referee and his family. 'He is deeply ashamed,' Mr Telford added.

In a statement, the county FA said: 'Abuse and violence towards match officials will not be tolerated. Without referees, there is no game.'

Chief Inspector Dave Brennan, of Northumbria Police, said the sentence sent 'a clear message'.

'Referees are often young people giving up their weekends so others can play,' he said. 'They deserve to be safe.'

Some 380 players were charged with assaulting a match official in England last season, according to the Football Association.

League secretary Keith Marr told the Chronicle that the club involved, Wallsend Harbour FC, had been fined £250 and that Robson had been dropped from its books.

'We've got a great league here, and one idiot doesn't change that,' Marr said.

The young referee is expected to return next month, taking charge of an under-12s match under the FA's 'Respect' programme.""", [
        Q("A Sunday league footballer who punched a 17-year-old referee during a match in Wallsend has been banned "
          "from the game for life", "indirect", "the Northumberland Football Association",
          "Northumberland Football Association"),
        Q("that Robson struck the referee in the face after being shown a second yellow card during a game at the "
          "Rising Sun Country Park pitches in October", "indirect", "Helen Carr", "Helen Carr"),
        Q("he had considered giving up refereeing", "indirect", "the teenager", None),
        Q("'I love football, but I was scared to go back out,'", "direct", "he", None, speaker_at="he wrote"),
        Q("'My mum didn't want me to referee again.'", "direct", "he", None, speaker_at="he wrote"),
        Q("his client had written a letter of apology to the referee and his family", "indirect", "Mark Telford",
          "Mark Telford"),
        Q("'He is deeply ashamed,'", "direct", "Telford", "Mark Telford", speaker_at="Telford added"),
        Q("'Abuse and violence towards match officials will not be tolerated. Without referees, there is no game.'",
          "direct", "the county FA", "Northumberland Football Association"),
        Q("'a clear message'", "partial", "Dave Brennan", "Dave Brennan"),
        Q("'Referees are often young people giving up their weekends so others can play,'", "direct", "he",
          "Dave Brennan", speaker_at="he said"),
        Q("'They deserve to be safe.'", "direct", "he", "Dave Brennan", speaker_at="he said"),
        Q("Some 380 players were charged with assaulting a match official in England last season", "indirect",
          "the Football Association", "Football Association"),
        Q("that the club involved, Wallsend Harbour FC, had been fined £250 and that Robson had been dropped from "
          "its books", "indirect", "Keith Marr", "Keith Marr"),
        Q("'We've got a great league here, and one idiot doesn't change that,'", "direct", "Marr", "Keith Marr",
          speaker_at="Marr said"),
    ], source="blind"),
    Case("blind94-nebraska-ethanol", """Columbus ethanol plant to close, citing high corn costs and weak demand

COLUMBUS, Neb. — A 70-million-gallon ethanol plant south of Columbus will close permanently in June, its owner said Monday, ending 52 jobs and removing a major buyer of corn in Platte County.

Loup River Bioenergy, which is based in Kearney, said in a news release that it had “exhausted every option” to keep the plant open.

Chief financial officer Renee Schmeits said the plant had lost money in 11 of the last 14 quarters.

“We are proud of what this team accomplished, and this decision has nothing to do with their effort,” Schmeits said. “It’s a market decision, plain and simple.”

Employees were told of the closure at a meeting Monday morning, according to two workers who asked not to be named because they had signed severance agreements. One of them said managers had promised to help employees transfer to the company’s plant in Kearney.

Platte County farmers sold roughly 25 million bushels of corn to the plant last year, said Jeff Mlnarik, a Columbus grain merchandiser.

He said the closure could widen the local basis — the gap between the futures price and what farmers are paid — by 10 to 15 cents a bushel.

“On a 1,000-acre farm, that adds up in a hurry,” Mlnarik said.

The plant was featured in a 2019 Nebraska Public Media documentary, “Fuel From the Field,” about the state’s ethanol boom.

The Columbus Area Chamber of Commerce called the news “a hard hit” but said other employers, including manufacturers on the city’s east side, were hiring.

Nebraska still has 24 operating ethanol plants with a combined capacity of more than 2 billion gallons a year, according to the Nebraska Ethanol Board.

Its administrator, Lynn Brandt, told The World-Herald the industry remained “fundamentally strong” but that smaller, older plants were struggling to compete.""", [
        Q("A 70-million-gallon ethanol plant south of Columbus will close permanently in June", "indirect",
          "its owner", "Loup River Bioenergy"),
        Q("“exhausted every option”", "partial", "Loup River Bioenergy", "Loup River Bioenergy"),
        Q("the plant had lost money in 11 of the last 14 quarters", "indirect", "Renee Schmeits", "Renee Schmeits"),
        Q("“We are proud of what this team accomplished, and this decision has nothing to do with their effort,”",
          "direct", "Schmeits", "Renee Schmeits", speaker_at="Schmeits said. “It’s"),
        Q("“It’s a market decision, plain and simple.”", "direct", "Schmeits", "Renee Schmeits",
          speaker_at="Schmeits said. “It’s"),
        Q("Employees were told of the closure at a meeting Monday morning", "indirect", "two workers", None),
        Q("managers had promised to help employees transfer to the company’s plant in Kearney", "indirect",
          "One of them", None),
        Q("Platte County farmers sold roughly 25 million bushels of corn to the plant last year", "indirect",
          "Jeff Mlnarik", "Jeff Mlnarik"),
        Q("the closure could widen the local basis — the gap between the futures price and what farmers are paid — "
          "by 10 to 15 cents a bushel", "indirect", "He", "Jeff Mlnarik", speaker_at="He said"),
        Q("“On a 1,000-acre farm, that adds up in a hurry,”", "direct", "Mlnarik", "Jeff Mlnarik",
          speaker_at="Mlnarik said"),
        Q("“a hard hit”", "partial", "The Columbus Area Chamber of Commerce", "Columbus Area Chamber of Commerce"),
        Q("other employers, including manufacturers on the city’s east side, were hiring", "indirect",
          "The Columbus Area Chamber of Commerce", "Columbus Area Chamber of Commerce"),
        Q("Nebraska still has 24 operating ethanol plants with a combined capacity of more than 2 billion gallons a "
          "year", "indirect", "the Nebraska Ethanol Board", "Nebraska Ethanol Board"),
        Q("“fundamentally strong”", "partial", "Lynn Brandt", "Lynn Brandt"),
        Q("that smaller, older plants were struggling to compete", "indirect", "Lynn Brandt", "Lynn Brandt"),
    ], source="blind"),
    Case("blind94-iowa-lunch", """Cedar Rapids schools switch lunch vendor after split board vote

The Cedar Rapids Community School District will hand its school lunch program to a new vendor next fall after the school board voted 5-2 Monday night to approve a five-year, $31 million contract with Heartland Fresh Dining.

The Ankeny-based company will take over from Midwest Food Partners, which has run meals in the district's 31 schools since 2016.

District officials said the new contract would cut the cost of a student lunch by about 14 cents and add scratch-cooked meals at the high schools.

"Our families told us loud and clear they want fresher food and fewer processed items," said Superintendent Tracy Rasmussen. "This contract puts that in writing, with penalties if the vendor falls short."

Rasmussen said the district had received four bids and that Heartland Fresh scored highest on both price and nutrition.

Board member Jennifer Borcherding, who voted no, said she worried the company was too small to serve 15,000 students a day.

"I want this to work. I just haven't seen the evidence that they can scale up this fast," Borcherding said.

Board member Nathan Ruiz also voted against the contract, calling the process "rushed."

Heartland Fresh CEO Marcus Delaney told The Gazette the company would hire most of the current kitchen staff and keep their pay and seniority.

"Nobody in those kitchens should lose a dime because of this change," he said.

The union that represents about 180 district kitchen workers said it would seek that promise in writing.

The company plans to bring its "Farm to Tray" program, which buys produce from Iowa growers, to all 31 schools by 2026.

Kennedy High School football coach Sam Weber said his players had complained for years about portion sizes. "My linemen eat two lunches and they're still hungry by practice," Coach Weber said.

According to district data, 42% of students qualify for free or reduced-price meals.

Midwest Food Partners did not respond to a request for comment Tuesday.""", [
        Q("the new contract would cut the cost of a student lunch by about 14 cents and add scratch-cooked meals at "
          "the high schools", "indirect", "District officials", None),
        Q('"Our families told us loud and clear they want fresher food and fewer processed items,"', "direct",
          "Tracy Rasmussen", "Tracy Rasmussen"),
        Q('"This contract puts that in writing, with penalties if the vendor falls short."', "direct",
          "Tracy Rasmussen", "Tracy Rasmussen"),
        Q("the district had received four bids and that Heartland Fresh scored highest on both price and nutrition",
          "indirect", "Rasmussen", "Tracy Rasmussen", speaker_at="Rasmussen said"),
        Q("she worried the company was too small to serve 15,000 students a day", "indirect",
          "Jennifer Borcherding", "Jennifer Borcherding"),
        Q('"I want this to work. I just haven\'t seen the evidence that they can scale up this fast,"', "direct",
          "Borcherding", "Jennifer Borcherding", speaker_at="Borcherding said"),
        Q('"rushed."', "partial", "Nathan Ruiz", "Nathan Ruiz"),
        Q("the company would hire most of the current kitchen staff and keep their pay and seniority", "indirect",
          "Marcus Delaney", "Marcus Delaney"),
        Q('"Nobody in those kitchens should lose a dime because of this change,"', "direct", "he", "Marcus Delaney",
          speaker_at="he said"),
        Q("it would seek that promise in writing", "indirect",
          "The union that represents about 180 district kitchen workers", None),
        Q("his players had complained for years about portion sizes", "indirect", "Sam Weber", "Sam Weber"),
        Q('"My linemen eat two lunches and they\'re still hungry by practice,"', "direct", "Weber", "Sam Weber",
          speaker_at="Weber said."),
        Q("42% of students qualify for free or reduced-price meals", "indirect", "district data", None),
    ], source="blind"),
    Case("blind94-sabah-bridge", """Panel to probe Kota Belud hanging bridge collapse

KOTA BELUD: The State Government has set up a five-member independent panel to investigate the collapse of a hanging bridge at Kampung Tambatuon that injured 23 villagers, mostly schoolchildren, on Saturday.

State Works Minister Datuk Ir Rosli Kamaruddin said the panel, headed by a retired Public Works Department (JKR) director, would submit its findings within 60 days.

"We want to know why a bridge that was inspected only eight months ago could give way like this," he said after visiting the victims at Kota Belud Hospital on Sunday.

"If there was negligence, action will be taken, no matter who is involved."

The 60-metre bridge across the Wariu River gave way at about 7.30am as pupils were crossing to SK Tambatuon.

According to police, 42 people were on the bridge when one of its main cables snapped. A sign at the entrance limits it to 15 people at a time.

Kota Belud district police chief Deputy Superintendent Mohd Zaki Hamid said five children were still in hospital, two of them in serious but stable condition.

Village head Lukas Gingging said villagers had repeatedly asked for the bridge to be replaced with a concrete one.

"Every year we write letters. Every year they say there is no allocation," he told the Daily Express.

A parent, Juliana Majimbun, whose nine-year-old son suffered a broken arm, said: "I heard the children screaming and I ran. I thought I had lost him."

The bridge was built in 2009 under the Federal Government's "Jambatan Desa" rural bridge programme and last repaired in 2022, the department said in a statement.

Tempasuk assemblyman Mohd Arshad Ismail described the collapse as "a wake-up call" and said at least 30 other hanging bridges in the district needed urgent checks.

Bernama reported that the State Cabinet would discuss a special allocation for rural bridges at its meeting on Wednesday.

Rosli said the ministry would also review the load limits displayed on all hanging bridges in Sabah.""", [
        Q("the panel, headed by a retired Public Works Department (JKR) director, would submit its findings within 60 "
          "days", "indirect", "Rosli Kamaruddin", "Rosli Kamaruddin"),
        Q('"We want to know why a bridge that was inspected only eight months ago could give way like this,"',
          "direct", "he", "Rosli Kamaruddin", speaker_at="he said"),
        Q('"If there was negligence, action will be taken, no matter who is involved."', "direct", "he",
          "Rosli Kamaruddin", speaker_at="he said"),
        Q("42 people were on the bridge when one of its main cables snapped", "indirect", "police", None,
          speaker_at="According to police"),
        Q("five children were still in hospital, two of them in serious but stable condition", "indirect",
          "Mohd Zaki Hamid", "Mohd Zaki Hamid"),
        Q("villagers had repeatedly asked for the bridge to be replaced with a concrete one", "indirect",
          "Lukas Gingging", "Lukas Gingging"),
        Q('"Every year we write letters. Every year they say there is no allocation,"', "direct", "he",
          "Lukas Gingging", speaker_at="he told"),
        Q('"I heard the children screaming and I ran. I thought I had lost him."', "direct", "Juliana Majimbun",
          "Juliana Majimbun"),
        Q('The bridge was built in 2009 under the Federal Government\'s "Jambatan Desa" rural bridge programme and '
          'last repaired in 2022', "indirect", "the department", "Public Works Department"),
        Q('"a wake-up call"', "partial", "Mohd Arshad Ismail", "Mohd Arshad Ismail"),
        Q("at least 30 other hanging bridges in the district needed urgent checks", "indirect", "Mohd Arshad Ismail",
          "Mohd Arshad Ismail"),
        Q("that the State Cabinet would discuss a special allocation for rural bridges at its meeting on Wednesday",
          "indirect", "Bernama", "Bernama"),
        Q("the ministry would also review the load limits displayed on all hanging bridges in Sabah", "indirect",
          "Rosli", "Rosli Kamaruddin", speaker_at="Rosli said"),
    ], source="blind"),
    Case("blind94-brunei-flood", """BND35 million flood mitigation project for Tutong town

A BND35 million flood mitigation project to protect Tutong town and nearby villages from recurring floods will begin in March, the Public Works Department (JKR) announced yesterday.

The project includes a 2.4-kilometre embankment along Sungai Tutong, three new pumping stations and the widening of drains in Kampong Petani and Kampong Serambangun, according to JKR.

Speaking at a briefing at the Tutong District Office, Head of the Drainage and Sewerage Division at JKR Haji Azman bin Haji Tengah said the embankment would be designed to withstand a one-in-100-year flood.

“Tutong has been hit by serious floods four times in the last six years. The community has been very patient, and we thank them for that,” he said.

He added that residents would be consulted on the location of the pumping stations.

Radio Television Brunei (RTB) reported that the project is expected to be completed by the end of 2027.

Tutong District Officer Awang Mohd Hazwan bin Abdullah Sani described the project as “long overdue” and said the district office would help residents affected by the works.

The scheme forms part of the Ministry of Development’s “Bandar Tutong Berdaya Tahan” initiative under the national development plan.

Ketua Kampong Petani Haji Yakub bin Ahmad said his village had been cut off for two days during the January floods.

“The water came up to the windows. Many elderly residents had to be carried out by the Fire and Rescue Department,” he told the Bulletin.

A shop owner in Tutong town, who declined to give her name, said her business had lost thousands of dollars in stock in the last flood. “We clean up, we restock, and then it happens again,” she said.

The Brunei Darussalam Meteorological Department has warned that heavier rainfall is expected during the northeast monsoon season, which runs until March.""", [
        Q("A BND35 million flood mitigation project to protect Tutong town and nearby villages from recurring floods "
          "will begin in March", "indirect", "the Public Works Department", "Public Works Department"),
        Q("The project includes a 2.4-kilometre embankment along Sungai Tutong, three new pumping stations and the "
          "widening of drains in Kampong Petani and Kampong Serambangun", "indirect", "JKR", "Public Works Department",
          speaker_at="according to JKR"),
        Q("the embankment would be designed to withstand a one-in-100-year flood", "indirect",
          "Azman bin Haji Tengah", "Azman bin Haji Tengah"),
        Q("“Tutong has been hit by serious floods four times in the last six years. The community has been very "
          "patient, and we thank them for that,”", "direct", "he", "Azman bin Haji Tengah", speaker_at="he said"),
        Q("that residents would be consulted on the location of the pumping stations", "indirect", "He",
          "Azman bin Haji Tengah", speaker_at="He added"),
        Q("that the project is expected to be completed by the end of 2027", "indirect", "Radio Television Brunei",
          "Radio Television Brunei"),
        Q("“long overdue”", "partial", "Mohd Hazwan bin Abdullah Sani", "Mohd Hazwan bin Abdullah Sani"),
        Q("the district office would help residents affected by the works", "indirect",
          "Mohd Hazwan bin Abdullah Sani", "Mohd Hazwan bin Abdullah Sani"),
        Q("his village had been cut off for two days during the January floods", "indirect", "Yakub bin Ahmad",
          "Yakub bin Ahmad"),
        Q("“The water came up to the windows. Many elderly residents had to be carried out by the Fire and Rescue "
          "Department,”", "direct", "he", "Yakub bin Ahmad", speaker_at="he told"),
        Q("her business had lost thousands of dollars in stock in the last flood", "indirect",
          "A shop owner in Tutong town", None),
        Q("“We clean up, we restock, and then it happens again,”", "direct", "she", None, speaker_at="she said"),
        Q("that heavier rainfall is expected during the northeast monsoon season, which runs until March", "indirect",
          "The Brunei Darussalam Meteorological Department", "Brunei Darussalam Meteorological Department"),
    ], source="blind"),
    Case("blind94-cameroon-palmoil", """Oil palm smallholders receive FCFA 480 million arrears

Kumba — Over 1,300 oil palm smallholders in Meme and Ndian divisions have started receiving arrears of FCFA 480 million owed to them for fresh fruit bunches delivered between 2019 and 2022, the South West Palm Company (SOWEPCO) has announced.

The company’s General Manager, Dr Ebenezer Mbua Ngole, said payments were being made through microfinance institutions in Kumba, Mundemba and Ekondo-Titi.

“The crisis in our regions made it impossible to operate normally for several years. Today we are keeping our word,” Dr Ngole told The Post.

He said each smallholder would receive between FCFA 150,000 and FCFA 1.2 million depending on the quantity delivered.

During the crisis, many farmers turned to small “artisanal mills” that paid cash but far less per tonne.

But the President of the Meme Oil Palm Smallholders’ Cooperative, Pa Joseph Ekema Nanje, said the amount did not include interest and that many farmers had died while waiting.

“Some of our members took their children out of school because of this money. Some have gone to their graves,” the 68-year-old said. “We thank God for what has come, but it is not the end of the matter.”

At a payment point in Kumba on Tuesday, farmer Grace Ewane Efeti, 54, said she received FCFA 410,000 after waiting almost four years.

“I will use it to replant. My trees are old and they no longer produce,” she said.

The Divisional Delegate of Agriculture and Rural Development for Meme, Divine Ashu Takang, said the government had put in place a programme to supply improved seedlings to smallholders at subsidised prices.

Smallholders supply about a third of the palm oil produced in Cameroon, according to the National Institute of Statistics.

Officials of SOWEPCO said the second phase of payments, covering 2023, would start in September.

State broadcaster CRTV reported that a similar arrears scheme was being prepared for rubber smallholders in Fako.""", [
        Q("Over 1,300 oil palm smallholders in Meme and Ndian divisions have started receiving arrears of FCFA 480 "
          "million owed to them for fresh fruit bunches delivered between 2019 and 2022", "indirect",
          "the South West Palm Company", "South West Palm Company"),
        Q("payments were being made through microfinance institutions in Kumba, Mundemba and Ekondo-Titi",
          "indirect", "Ebenezer Mbua Ngole", "Ebenezer Mbua Ngole"),
        Q("“The crisis in our regions made it impossible to operate normally for several years. Today we are keeping "
          "our word,”", "direct", "Ngole", "Ebenezer Mbua Ngole", speaker_at="Ngole told"),
        Q("each smallholder would receive between FCFA 150,000 and FCFA 1.2 million depending on the quantity "
          "delivered", "indirect", "He", "Ebenezer Mbua Ngole", speaker_at="He said"),
        Q("the amount did not include interest and that many farmers had died while waiting", "indirect",
          "Joseph Ekema Nanje", "Joseph Ekema Nanje"),
        Q("“Some of our members took their children out of school because of this money. Some have gone to their "
          "graves,”", "direct", "the 68-year-old", "Joseph Ekema Nanje"),
        Q("“We thank God for what has come, but it is not the end of the matter.”", "direct", "the 68-year-old",
          "Joseph Ekema Nanje"),
        Q("she received FCFA 410,000 after waiting almost four years", "indirect", "Grace Ewane Efeti",
          "Grace Ewane Efeti"),
        Q("“I will use it to replant. My trees are old and they no longer produce,”", "direct", "she",
          "Grace Ewane Efeti", speaker_at="she said"),
        Q("the government had put in place a programme to supply improved seedlings to smallholders at subsidised "
          "prices", "indirect", "Divine Ashu Takang", "Divine Ashu Takang"),
        Q("Smallholders supply about a third of the palm oil produced in Cameroon", "indirect",
          "the National Institute of Statistics", "National Institute of Statistics"),
        Q("the second phase of payments, covering 2023, would start in September", "indirect", "Officials of SOWEPCO",
          None),
        Q("that a similar arrears scheme was being prepared for rubber smallholders in Fako", "indirect", "CRTV",
          "CRTV"),
    ], source="blind"),
    Case("blind94-iowa-fair", """Monona County Fair canceled after floods bury fairgrounds in silt

ONAWA, Iowa — For the first time in its 120-year history, the Monona County Fair has been canceled, after June floodwaters left the fairgrounds buried in silt and debris, fair officials said Wednesday.

The Monona County Fair Board voted unanimously Tuesday night to call off the July event. Board president Randy Kuhlman said cleanup crews had removed more than 400 tons of mud from the show barns but that the electrical system would have to be replaced.

“We looked at every option. We just ran out of time,” Kuhlman said. “You can’t hold a fair without power, and you can’t rush an electrician’s inspection.”

Kuhlman, a retired hog farmer, added that insurance would cover only part of the estimated $600,000 in damage.

The fair’s demolition derby and its “Fun on the Farm” kids’ tent drew about 9,000 people last year, according to the board.

Amy Lansink, the county’s ISU Extension director, said 4-H and FFA members would still be able to exhibit at a one-day livestock show at the Harrison County fairgrounds in Missouri Valley.

“It won’t be the same as your home fair, but these kids deserve a chance to show what they’ve done,” Lansink said.

The Iowa Department of Agriculture and Land Stewardship said in a statement that fairs damaged by flooding could apply for emergency grants of up to $50,000.

Kristi Hagedorn, executive director of the Association of Iowa Fairs, told the Journal she could not recall a county fair being canceled outright since the 2020 pandemic.

Residents in Onawa said the news was hard to take.

“My grandpa showed cattle here. My mom showed cattle here. This was supposed to be my last year,” said Kaylee Schaben, 18, of Mapleton.

“I’m not mad at anybody. It’s just sad.”

Kuhlman said the board planned to hold a fundraiser dance in August to help pay for repairs. He called next year’s fair “a comeback we’re all going to need.”""", [
        Q("For the first time in its 120-year history, the Monona County Fair has been canceled, after June "
          "floodwaters left the fairgrounds buried in silt and debris", "indirect", "fair officials", None),
        Q("cleanup crews had removed more than 400 tons of mud from the show barns but that the electrical system "
          "would have to be replaced", "indirect", "Randy Kuhlman", "Randy Kuhlman"),
        Q("“We looked at every option. We just ran out of time,”", "direct", "Kuhlman", "Randy Kuhlman",
          speaker_at="Kuhlman said. “You"),
        Q("“You can’t hold a fair without power, and you can’t rush an electrician’s inspection.”", "direct",
          "Kuhlman", "Randy Kuhlman", speaker_at="Kuhlman said. “You"),
        Q("that insurance would cover only part of the estimated $600,000 in damage", "indirect", "Kuhlman",
          "Randy Kuhlman", speaker_at="Kuhlman, a retired"),
        Q("The fair’s demolition derby and its “Fun on the Farm” kids’ tent drew about 9,000 people last year",
          "indirect", "the board", "Monona County Fair Board", speaker_at="according to the board"),
        Q("4-H and FFA members would still be able to exhibit at a one-day livestock show at the Harrison County "
          "fairgrounds in Missouri Valley", "indirect", "Amy Lansink", "Amy Lansink"),
        Q("“It won’t be the same as your home fair, but these kids deserve a chance to show what they’ve done,”",
          "direct", "Lansink", "Amy Lansink", speaker_at="Lansink said"),
        Q("that fairs damaged by flooding could apply for emergency grants of up to $50,000", "indirect",
          "The Iowa Department of Agriculture and Land Stewardship",
          "Iowa Department of Agriculture and Land Stewardship"),
        Q("she could not recall a county fair being canceled outright since the 2020 pandemic", "indirect",
          "Kristi Hagedorn", "Kristi Hagedorn"),
        Q("the news was hard to take", "indirect", "Residents in Onawa", None),
        Q("“My grandpa showed cattle here. My mom showed cattle here. This was supposed to be my last year,”",
          "direct", "Kaylee Schaben", "Kaylee Schaben"),
        Q("“I’m not mad at anybody. It’s just sad.”", "direct", "Kaylee Schaben", "Kaylee Schaben"),
        Q("the board planned to hold a fundraiser dance in August to help pay for repairs", "indirect", "Kuhlman",
          "Randy Kuhlman", speaker_at="Kuhlman said the board"),
        Q("“a comeback we’re all going to need.”", "partial", "He", "Randy Kuhlman", speaker_at="He called"),
    ], source="blind"),
    Case("blind94-manchester-bridge", """Salford footbridge inquiry told corrosion was flagged years before collapse

A structural engineer told an independent inquiry on Tuesday that corrosion on a Salford footbridge had been flagged two years before it collapsed into the Bridgewater Canal.

Six people were injured, one seriously, when the steel bridge near Worsley gave way in March last year as a group of walkers crossed it.

Dr Priya Natarajan, who carried out inspections for Salford City Council in 2021, said her report had recommended repairs within 12 months. She said the main supports had been rated ‘poor’.

‘I was clear that this was not a bridge that could be left for long,’ she told the inquiry at Salford Civic Centre.

‘I would have expected, at the very least,’ she said, ‘that it would be closed while the work was planned.’

The council said in a written submission that the repairs had been delayed by a funding dispute with the Bridgewater Canal Company, which owns the land beneath the bridge.

A spokesperson for the Bridgewater Canal Company said it would ‘not comment while the inquiry is ongoing’.

The inquiry chair, Sir Malcolm Ordish, a former senior judge, said at the start of proceedings that he wanted answers ‘for the families and for every community that relies on structures like this one’.

Chief Inspector Andy Kettle of Greater Manchester Police told the inquiry that officers had found no evidence of criminal damage. He said the force had passed its file to the Health and Safety Executive.

The HSE said its own investigation was continuing.

Walker Susan Fairclough, 62, of Eccles, who broke her pelvis in the collapse, watched from the public gallery. ‘We heard a crack and then we were in the water,’ she said afterwards. ‘Somebody knew that bridge was dangerous, and nobody did anything.’

A temporary crossing, signposted ‘Towpath Diversion’, is now in place a few hundred yards upstream.

According to the inquiry team, its final report is expected in the spring.""", [
        Q("that corrosion on a Salford footbridge had been flagged two years before it collapsed into the Bridgewater "
          "Canal", "indirect", "A structural engineer", "Priya Natarajan"),
        Q("her report had recommended repairs within 12 months", "indirect", "Priya Natarajan", "Priya Natarajan"),
        Q("‘poor’", "partial", "She", "Priya Natarajan", speaker_at="She said"),
        Q("‘I was clear that this was not a bridge that could be left for long,’", "direct", "she",
          "Priya Natarajan", speaker_at="she told"),
        Q("‘I would have expected, at the very least,’", "direct", "she", "Priya Natarajan",
          speaker_at="she said, ‘that"),
        Q("‘that it would be closed while the work was planned.’", "direct", "she", "Priya Natarajan",
          speaker_at="she said, ‘that"),
        Q("that the repairs had been delayed by a funding dispute with the Bridgewater Canal Company, which owns the "
          "land beneath the bridge", "indirect", "The council", "Salford City Council", speaker_at="The council said"),
        Q("‘not comment while the inquiry is ongoing’", "partial", "A spokesperson for the Bridgewater Canal Company",
          None),
        Q("‘for the families and for every community that relies on structures like this one’", "partial",
          "Malcolm Ordish", "Malcolm Ordish"),
        Q("that officers had found no evidence of criminal damage", "indirect", "Andy Kettle", "Andy Kettle"),
        Q("the force had passed its file to the Health and Safety Executive", "indirect", "He", "Andy Kettle",
          speaker_at="He said"),
        Q("its own investigation was continuing", "indirect", "The HSE", "Health and Safety Executive"),
        Q("‘We heard a crack and then we were in the water,’", "direct", "she", "Susan Fairclough",
          speaker_at="she said afterwards"),
        Q("‘Somebody knew that bridge was dangerous, and nobody did anything.’", "direct", "she", "Susan Fairclough",
          speaker_at="she said afterwards"),
        Q("its final report is expected in the spring", "indirect", "the inquiry team", None),
    ], source="blind"),
]
