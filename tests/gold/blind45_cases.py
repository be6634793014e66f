"""Blind gold: short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers
from many countries (curly, straight and British single quotes), with every
quote annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind45-ferry", """Ferry capsizes off central Philippines; at least 9 dead

MANILA, Philippines (AP) — A ferry carrying more than 140 people capsized in rough seas off the central Philippine province of Masbate on Tuesday, killing at least nine passengers, the Philippine Coast Guard said. Dozens were plucked from the water by fishing boats and a navy patrol vessel.

The MV Lady of Carmen, a wooden-hulled outrigger ferry, was struck by large waves about 2 kilometers (a little over a mile) from the port of San Pascual shortly after leaving for Bulan in Sorsogon province, according to coast guard spokesman Rear Adm. Teodoro Dela Cruz-Abaya.

"The vessel tilted to its port side and in a matter of minutes it was upside down," Dela Cruz-Abaya told The Associated Press by telephone. "Many of the passengers were asleep in the lower deck."

He said 131 people had been rescued and that search teams were still looking for at least four people, including two children.

Survivor Marites Ocampo, 38, said she was sitting near the bow with her 10-year-old daughter when the boat began to roll. "I held on to her and jumped. We were in the water for almost an hour before a fisherman pulled us up," she said from a hospital bed in Masbate City.

Masbate Gov. Antonio Kho-Villanueva said the provincial government would shoulder hospital and burial costs. "No family should have to worry about money at a time like this," the governor said in a Facebook post.

Officials said the ferry had been cleared to sail even though the state weather agency had raised a gale warning for parts of the Visayas early Tuesday. The Maritime Industry Authority said it had suspended the operator's franchise pending an investigation.

Passenger Rodel Abaño, a construction worker, said crew members began handing out life jackets only after the ferry started listing. "They were shouting at us to stay calm," he said. "But there was no calm. People were screaming and pushing to get out."

The ferry's owner, Bicol Island Shipping Lines, could not immediately be reached for comment.

Sea accidents are common in the Philippine archipelago because of frequent storms, poorly maintained vessels, overcrowding and spotty enforcement of safety regulations. In December 1987, the ferry Doña Paz sank after colliding with a fuel tanker, killing more than 4,300 people in the world's worst peacetime maritime disaster.""", [
        Q("A ferry carrying more than 140 people capsized in rough seas off the central Philippine province of "
          "Masbate on Tuesday, killing at least nine passengers", "indirect", "the Philippine Coast Guard",
          "Philippine Coast Guard"),
        Q("The MV Lady of Carmen, a wooden-hulled outrigger ferry, was struck by large waves about 2 kilometers "
          "(a little over a mile) from the port of San Pascual shortly after leaving for Bulan in Sorsogon province",
          "indirect", "Teodoro Dela Cruz-Abaya", "Teodoro Dela Cruz-Abaya"),
        Q('"The vessel tilted to its port side and in a matter of minutes it was upside down,"', "direct",
          "Dela Cruz-Abaya", "Teodoro Dela Cruz-Abaya", speaker_at="Dela Cruz-Abaya told"),
        Q('"Many of the passengers were asleep in the lower deck."', "direct", "Dela Cruz-Abaya",
          "Teodoro Dela Cruz-Abaya", speaker_at="Dela Cruz-Abaya told"),
        Q("131 people had been rescued and that search teams were still looking for at least four people, "
          "including two children", "indirect", "He", "Teodoro Dela Cruz-Abaya", speaker_at="He said 131"),
        Q("she was sitting near the bow with her 10-year-old daughter when the boat began to roll", "indirect",
          "Marites Ocampo", "Marites Ocampo"),
        Q('"I held on to her and jumped. We were in the water for almost an hour before a fisherman pulled us up,"',
          "direct", "she", "Marites Ocampo", speaker_at="she said from"),
        Q("the provincial government would shoulder hospital and burial costs", "indirect",
          "Antonio Kho-Villanueva", "Antonio Kho-Villanueva"),
        Q('"No family should have to worry about money at a time like this,"', "direct", "the governor",
          "Antonio Kho-Villanueva"),
        Q("the ferry had been cleared to sail even though the state weather agency had raised a gale warning for "
          "parts of the Visayas early Tuesday", "indirect", "Officials", None),
        Q("it had suspended the operator's franchise pending an investigation", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("crew members began handing out life jackets only after the ferry started listing", "indirect",
          "Rodel Abaño", "Rodel Abaño"),
        Q('"They were shouting at us to stay calm,"', "direct", "he", "Rodel Abaño", speaker_at="he said."),
        Q('"But there was no calm. People were screaming and pushing to get out."', "direct", "he", "Rodel Abaño",
          speaker_at="he said."),
    ]),
    Case("blind45-taxi", """Trial begins over attack on Darlington taxi driver

A TAXI driver suffered a fractured eye socket when he was punched repeatedly by a passenger in a row over a £12 fare, a jury has heard.

Connor Whitfield-Bell, 27, of Eastbourne Road, Darlington, denies inflicting grievous bodily harm with intent on Tariq Mahmood in Skinnergate in the early hours of August 19 last year.

Opening the case at Teesside Crown Court yesterday, prosecutor Gavin Doig told jurors the defendant had been 'aggressive from the moment he got in the car'.

He said: 'This was a sustained attack on a man who was simply doing his job. Mr Mahmood did nothing whatsoever to provoke it.'

Mr Mahmood, 51, a father-of-four who has driven taxis in the town for 20 years, had picked up Whitfield-Bell and a friend outside a bar in Northgate shortly after 2am.

Giving evidence from behind a screen, Mr Mahmood said the pair refused to pay when they reached Skinnergate. 'I said, "Fine, I will call the police," and that is when he hit me,' he told the court.

'I don't remember much after that. The next thing I knew I was in the back of an ambulance.'

CCTV footage played to the jury showed a man in a white shirt striking the driver several times as he lay on the pavement.

Cross-examined by Alisha Kaur-Randhawa, defending, Mr Mahmood denied that he had grabbed Whitfield-Bell by the collar first. 'That is not true,' he said. 'I never left my seat until he pulled the door open.'

Whitfield-Bell, who has pleaded not guilty, claims he was acting in self-defence.

In a statement read to the court, his friend Liam Ostrowski said the driver had 'gone mad' and that Whitfield-Bell had only been 'trying to get away'.

Judge Jonathan Carroll told jurors they must ignore anything they might have read about the case on social media.

The trial continues.""", [
        Q("A TAXI driver suffered a fractured eye socket when he was punched repeatedly by a passenger in a row over "
          "a £12 fare", "indirect", None, None),
        Q("'aggressive from the moment he got in the car'", "partial", "Gavin Doig", "Gavin Doig"),
        Q("'This was a sustained attack on a man who was simply doing his job. Mr Mahmood did nothing whatsoever to "
          "provoke it.'", "direct", "He", "Gavin Doig", speaker_at="He said:"),
        Q("the pair refused to pay when they reached Skinnergate", "indirect", "Mahmood", "Tariq Mahmood",
          speaker_at="Mr Mahmood said the pair"),
        Q("""'I said, "Fine, I will call the police," and that is when he hit me,'""", "direct", "he",
          "Tariq Mahmood", speaker_at="he told the court"),
        Q("'I don't remember much after that. The next thing I knew I was in the back of an ambulance.'", "direct",
          "he", "Tariq Mahmood", speaker_at="he told the court"),
        Q("that he had grabbed Whitfield-Bell by the collar first", "indirect", "Mahmood", "Tariq Mahmood",
          speaker_at="Mr Mahmood denied"),
        Q("'That is not true,'", "direct", "he", "Tariq Mahmood", speaker_at="he said. 'I never"),
        Q("'I never left my seat until he pulled the door open.'", "direct", "he", "Tariq Mahmood",
          speaker_at="he said. 'I never"),
        Q("he was acting in self-defence", "indirect", "Whitfield-Bell", "Connor Whitfield-Bell",
          speaker_at="Whitfield-Bell, who has pleaded"),
        Q("'gone mad'", "partial", "Liam Ostrowski", "Liam Ostrowski"),
        Q("'trying to get away'", "partial", "Liam Ostrowski", "Liam Ostrowski"),
        Q("they must ignore anything they might have read about the case on social media", "indirect",
          "Jonathan Carroll", "Jonathan Carroll"),
    ]),
    Case("blind45-cleaners", """School cleaners to strike as pay talks collapse

Cleaners and janitors at Shetland’s schools will walk out next week after talks with the council over a long-running regrading dispute broke down on Monday.

Members of Unison voted by 87 per cent in favour of strike action in a ballot that closed on Friday, on a turnout of 71 per cent.

The union said the action would affect all 28 schools in the isles, including the Anderson High School and the junior high schools at Brae and Aith, from Tuesday 12 March.

Unison’s Shetland branch secretary, Brydon Isbister-Tait, said members had been left with ‘no choice’.

‘These are the people who keep our schools clean and safe, and many of them are on the lowest grade the council pays,’ he said. ‘They were promised a review of their grading three years ago. Enough is enough.’

He added that several cleaners were holding down two or three jobs to cope with the cost of living in the isles, which he described as ‘among the highest anywhere in Scotland’.

Shetland Islands Council (SIC) said it was ‘disappointed’ that the union had chosen to take action while discussions were ongoing.

A council spokeswoman said: ‘We value the work of all our cleaning and facilities staff and remain committed to reaching a fair settlement. We would urge Unison to come back to the table.’

She said head teachers would contact parents directly if any school had to close.

Director of children’s services Helena Van der Berg-Sinclair told members of the education and families committee on Wednesday that the authority was bound by the national job evaluation scheme and could not ‘simply pick a number’.

Lerwick South councillor Moraig Jamieson, who chairs the committee, said she still hoped a deal could be struck before the weekend. ‘Nobody wants to see schools closed,’ Ms Jamieson said, ‘least of all the cleaners themselves.’

One cleaner at a North Mainland school, who did not want to be named, told The Shetland Times she had not taken the decision lightly.

‘I’ve done this job for 19 years,’ she said. ‘I love the bairns. But I can’t pay my electric bill on what I earn.’

Parents are advised to check the council website and the ‘Shetland Schools’ app for updates.""", [
        Q("the action would affect all 28 schools in the isles, including the Anderson High School and the junior "
          "high schools at Brae and Aith, from Tuesday 12 March", "indirect", "The union", "Unison"),
        Q("‘no choice’", "partial", "Brydon Isbister-Tait", "Brydon Isbister-Tait"),
        Q("‘These are the people who keep our schools clean and safe, and many of them are on the lowest grade the "
          "council pays,’", "direct", "he", "Brydon Isbister-Tait", speaker_at="he said. ‘They"),
        Q("‘They were promised a review of their grading three years ago. Enough is enough.’", "direct", "he",
          "Brydon Isbister-Tait", speaker_at="he said. ‘They"),
        Q("several cleaners were holding down two or three jobs to cope with the cost of living in the isles",
          "indirect", "He", "Brydon Isbister-Tait", speaker_at="He added"),
        Q("‘among the highest anywhere in Scotland’", "partial", "he", "Brydon Isbister-Tait",
          speaker_at="which he described"),
        Q("‘disappointed’", "partial", "Shetland Islands Council", "Shetland Islands Council"),
        Q("‘We value the work of all our cleaning and facilities staff and remain committed to reaching a fair "
          "settlement. We would urge Unison to come back to the table.’", "direct", "A council spokeswoman", None),
        Q("head teachers would contact parents directly if any school had to close", "indirect", "She", None,
          speaker_at="She said head"),
        Q("the authority was bound by the national job evaluation scheme", "indirect",
          "Helena Van der Berg-Sinclair", "Helena Van der Berg-Sinclair"),
        Q("‘simply pick a number’", "partial", "Helena Van der Berg-Sinclair", "Helena Van der Berg-Sinclair"),
        Q("she still hoped a deal could be struck before the weekend", "indirect", "Moraig Jamieson",
          "Moraig Jamieson"),
        Q("‘Nobody wants to see schools closed,’", "direct", "Jamieson", "Moraig Jamieson",
          speaker_at="Ms Jamieson said"),
        Q("‘least of all the cleaners themselves.’", "direct", "Jamieson", "Moraig Jamieson",
          speaker_at="Ms Jamieson said"),
        Q("she had not taken the decision lightly", "indirect", "One cleaner at a North Mainland school", None),
        Q("‘I’ve done this job for 19 years,’", "direct", "she", None, speaker_at="she said. ‘I love"),
        Q("‘I love the bairns. But I can’t pay my electric bill on what I earn.’", "direct", "she", None,
          speaker_at="she said. ‘I love"),
    ]),
    Case("blind45-hurling", """Rackard hopes alive after Donegal hurlers edge Roscommon

Donegal 1-19 Roscommon 2-15

DONEGAL kept their Nicky Rackard Cup hopes alive with a nervy two-point win over Roscommon at O’Donnell Park on Saturday, Seánie Mac Giolla Bhríde firing over eight points on an afternoon of swirling wind and driving rain.

Roscommon led by three at the break, thanks largely to a Conor Fitzmaurice goal on 27 minutes, but a Jack O’Loughlin goal eight minutes after the restart turned the game in Donegal’s favour.

Donegal manager Ronan Ó Baoill admitted afterwards that his side had been fortunate to be only three behind at half-time.

“We were flat in the first half, there’s no getting away from it,” Ó Baoill said. “I said to the lads at half-time that if we kept hurling the way we were, we’d be going home with nothing. To be fair to them, they responded.”

He singled out Mac Giolla Bhríde, back in the county this year after two seasons in Boston, for special praise. “Seánie was unbelievable. Some of those frees were into the wind from 70 yards. That’s a serious hurler.”

Burt, the club both Mac Giolla Bhríde and O’Loughlin hurl with, is often described as “the Kilkenny of the north”, and the parish was well represented in a crowd of around 600.

Roscommon boss Eoin de Búrca was left to rue 14 wides. He said his players had “left it behind them” in the final quarter. “You can’t hit 14 wides in a game like this and expect to win it,” the Athleague clubman added.

“It’s a massive result for us,” said captain Kevin Ó Dochartaigh, “but we know Mayo will be a different animal altogether.”

Mac Giolla Bhríde, who had his left hamstring strapped for much of the second half, is expected to be fit for the trip to Castlebar, according to team physio Aoife Nic Suibhne.

Donegal GAA said tickets for the Mayo game would be available online only.

Donegal scorers: S Mac Giolla Bhríde 0-8 (6f), J O’Loughlin 1-2, K Ó Dochartaigh 0-3, D Gallagher 0-2, R McDermott 0-2, C Ó Fearraigh 0-1, P Doherty 0-1.""", [
        Q("his side had been fortunate to be only three behind at half-time", "indirect", "Ronan Ó Baoill",
          "Ronan Ó Baoill"),
        Q("“We were flat in the first half, there’s no getting away from it,”", "direct", "Ó Baoill",
          "Ronan Ó Baoill", speaker_at="Ó Baoill said"),
        Q("“I said to the lads at half-time that if we kept hurling the way we were, we’d be going home with "
          "nothing. To be fair to them, they responded.”", "direct", "Ó Baoill", "Ronan Ó Baoill",
          speaker_at="Ó Baoill said"),
        Q("“Seánie was unbelievable. Some of those frees were into the wind from 70 yards. That’s a serious "
          "hurler.”", "direct", "He", "Ronan Ó Baoill", speaker_at="He singled out"),
        Q("“left it behind them”", "partial", "He", "Eoin de Búrca", speaker_at="He said his players"),
        Q("“You can’t hit 14 wides in a game like this and expect to win it,”", "direct", "the Athleague clubman",
          "Eoin de Búrca"),
        Q("“It’s a massive result for us,”", "direct", "Kevin Ó Dochartaigh", "Kevin Ó Dochartaigh"),
        Q("“but we know Mayo will be a different animal altogether.”", "direct", "Kevin Ó Dochartaigh",
          "Kevin Ó Dochartaigh"),
        Q("Mac Giolla Bhríde, who had his left hamstring strapped for much of the second half, is expected to be "
          "fit for the trip to Castlebar", "indirect", "Aoife Nic Suibhne", "Aoife Nic Suibhne"),
        Q("tickets for the Mayo game would be available online only", "indirect", "Donegal GAA", "Donegal GAA"),
    ]),
    Case("blind45-crane", """Rigger seriously injured as crane topples at Port Kembla

A 43-year-old man has been flown to hospital with serious injuries after a mobile crane tipped over at Port Kembla's inner harbour on Wednesday morning.

Emergency services were called to the site off Christopher Drive about 9.40am after the 60-tonne crane, which had been lifting steel beams onto a barge, toppled onto its side.

NSW Ambulance Inspector Kylie Hattersley-Nguyen said the man, a rigger from Dapto, had been trapped beneath part of the crane's boom for about 20 minutes.

"Paramedics worked alongside Fire and Rescue NSW crews to free him, and he was then flown to St George Hospital in a serious but stable condition," she said.

"He was conscious and talking to us, which is a good sign."

SafeWork NSW inspectors were at the scene on Wednesday afternoon. A SafeWork spokesperson said the regulator had issued prohibition notices and would investigate "the circumstances of the collapse, including the ground conditions and the load being lifted".

The injured man, known to workmates as "Bluey", had worked on the wharves for more than a decade, colleagues said.

The crane was owned by a Wollongong-based hire company, which declined to comment when contacted by the Mercury.

CFMEU South Coast organiser Tomasz Wisniewski said workers had raised concerns about soft ground near the wharf "weeks ago".

"We've been told the outriggers were sitting on fill that was soaked by last week's rain," Mr Wisniewski said. "If that's the case, this was entirely preventable and someone needs to answer for it."

NSW Ports, which manages the harbour, said operations at neighbouring berths had resumed by midday.

Member for Wollongong Deborah Al-Khoury said her thoughts were with the man's family. "Every worker deserves to come home safe at the end of the day," Ms Al-Khoury said.

Police said the incident was not being treated as suspicious.""", [
        Q("the man, a rigger from Dapto, had been trapped beneath part of the crane's boom for about 20 minutes",
          "indirect", "Kylie Hattersley-Nguyen", "Kylie Hattersley-Nguyen"),
        Q('"Paramedics worked alongside Fire and Rescue NSW crews to free him, and he was then flown to St George '
          'Hospital in a serious but stable condition,"', "direct", "she", "Kylie Hattersley-Nguyen",
          speaker_at="she said"),
        Q('"He was conscious and talking to us, which is a good sign."', "direct", "she", "Kylie Hattersley-Nguyen",
          speaker_at="she said"),
        Q("the regulator had issued prohibition notices", "indirect", "A SafeWork spokesperson", None),
        Q('"the circumstances of the collapse, including the ground conditions and the load being lifted"',
          "partial", "A SafeWork spokesperson", None),
        Q('The injured man, known to workmates as "Bluey", had worked on the wharves for more than a decade',
          "indirect", "colleagues", None),
        Q("workers had raised concerns about soft ground near the wharf", "indirect", "Tomasz Wisniewski",
          "Tomasz Wisniewski"),
        Q('"weeks ago"', "partial", "Tomasz Wisniewski", "Tomasz Wisniewski"),
        Q('"We\'ve been told the outriggers were sitting on fill that was soaked by last week\'s rain,"', "direct",
          "Wisniewski", "Tomasz Wisniewski", speaker_at="Mr Wisniewski said"),
        Q('"If that\'s the case, this was entirely preventable and someone needs to answer for it."', "direct",
          "Wisniewski", "Tomasz Wisniewski", speaker_at="Mr Wisniewski said"),
        Q("operations at neighbouring berths had resumed by midday", "indirect", "NSW Ports", "NSW Ports"),
        Q("her thoughts were with the man's family", "indirect", "Deborah Al-Khoury", "Deborah Al-Khoury"),
        Q('"Every worker deserves to come home safe at the end of the day,"', "direct", "Al-Khoury",
          "Deborah Al-Khoury", speaker_at="Ms Al-Khoury said"),
        Q("the incident was not being treated as suspicious", "indirect", "Police", None),
    ]),
    Case("blind45-lepto", """Farmers urged to take care as leptospirosis cases climb

Health officials are urging farmers and meat workers in Hawke’s Bay to take precautions after a rise in leptospirosis cases in the region since the February floods.

Eleven people have been admitted to hospital with the bacterial disease in the past two months, compared with three in the same period last year, according to Te Whatu Ora Hawke’s Bay.

Medical officer of health Dr Rawiri Te Kani-Ropata said most of the cases involved people who had been cleaning up silt or handling stock on flood-affected properties.

“Leptospirosis is spread through the urine of infected animals, and floodwater is an ideal way for it to get around,” Dr Te Kani-Ropata said.

“People often think they’ve just got the flu. If you work with animals and you’ve got a fever, a bad headache and sore muscles, please see your GP and tell them what you do for a living.”

He said the disease could cause kidney and liver failure if it was left untreated.

Central Hawke’s Bay sheep and beef farmer Aroha McIlroy-Walker, who spent nine days in Hawke’s Bay Hospital in March, said she had “never been so sick in my life”.

“I thought I was coming down with Covid. Within three days I couldn’t get out of bed,” she said. “My husband took one look at me and drove me straight to Hastings.”

She has since had her herd vaccinated and now wears gloves and a face shield when working in the yards.

Federated Farmers Hawke’s Bay provincial president Hendrik van der Poel said vaccinating stock was “the single best thing” farmers could do to protect themselves.

“It’s not just about the animals. It’s about your family and your staff,” Mr van der Poel said, adding that the organisation would run information sessions in Waipukurau and Wairoa next month.

A WorkSafe spokesman said employers had a duty to protect workers from the disease, which is a notifiable illness in New Zealand.

More information is available on the Ministry for Primary Industries’ “Protect yourself from lepto” web page.""", [
        Q("Eleven people have been admitted to hospital with the bacterial disease in the past two months, compared "
          "with three in the same period last year", "indirect", "Te Whatu Ora Hawke’s Bay",
          "Te Whatu Ora Hawke’s Bay"),
        Q("most of the cases involved people who had been cleaning up silt or handling stock on flood-affected "
          "properties", "indirect", "Rawiri Te Kani-Ropata", "Rawiri Te Kani-Ropata"),
        Q("“Leptospirosis is spread through the urine of infected animals, and floodwater is an ideal way for it to "
          "get around,”", "direct", "Te Kani-Ropata", "Rawiri Te Kani-Ropata",
          speaker_at="Te Kani-Ropata said."),
        Q("“People often think they’ve just got the flu. If you work with animals and you’ve got a fever, a bad "
          "headache and sore muscles, please see your GP and tell them what you do for a living.”", "direct",
          "Te Kani-Ropata", "Rawiri Te Kani-Ropata", speaker_at="Te Kani-Ropata said."),
        Q("the disease could cause kidney and liver failure if it was left untreated", "indirect", "He",
          "Rawiri Te Kani-Ropata", speaker_at="He said the disease"),
        Q("“never been so sick in my life”", "partial", "Aroha McIlroy-Walker", "Aroha McIlroy-Walker"),
        Q("“I thought I was coming down with Covid. Within three days I couldn’t get out of bed,”", "direct", "she",
          "Aroha McIlroy-Walker", speaker_at="she said."),
        Q("“My husband took one look at me and drove me straight to Hastings.”", "direct", "she",
          "Aroha McIlroy-Walker", speaker_at="she said."),
        Q("“the single best thing”", "partial", "Hendrik van der Poel", "Hendrik van der Poel"),
        Q("“It’s not just about the animals. It’s about your family and your staff,”", "direct", "van der Poel",
          "Hendrik van der Poel", speaker_at="Mr van der Poel said"),
        Q("the organisation would run information sessions in Waipukurau and Wairoa next month", "indirect",
          "van der Poel", "Hendrik van der Poel", speaker_at="Mr van der Poel said"),
        Q("employers had a duty to protect workers from the disease, which is a notifiable illness in New Zealand",
          "indirect", "A WorkSafe spokesman", None),
    ]),
    Case("blind45-curling", """Okemasis-Dubois steals her way into provincial final

MELFORT — Raegan Okemasis-Dubois has been to the Saskatchewan women's curling championship five times. On Saturday night, she finally earned a chance to play for the title.

The Saskatoon skip stole single points in the ninth and 10th ends to beat Regina's Amber Lindqvist 7-5 in the semifinal at the Northern Lights Palace, setting up a Sunday final against defending champion Chantelle Hrabinsky of Moose Jaw.

"We've been knocking on the door for a long time," Okemasis-Dubois said after the game, her voice hoarse. "It feels good to finally kick it open."

Trailing 5-4 after eight ends, Lindqvist had hammer in the ninth but came up light with her final draw, giving up the steal that tied the game. In the 10th, the Okemasis-Dubois rink buried two stones behind cover, and Lindqvist's last-rock double takeout attempt rolled out.

"I thought I had the weight," Lindqvist said. "It just picked on something halfway down. That's curling."

Third Jenna Hrynkiw, who curled 91 per cent, said the team had changed its approach after a loss to Hrabinsky in the round robin on Thursday. "We were way too passive against them," she said. "Tonight we decided we were going to throw it in there and make them make shots."

Okemasis-Dubois, who grew up on the Beardy's and Okemasis' Cree Nation north of Duck Lake, said she had heard from "a lot of people back home" during the week.

"My kokum used to drive me to the rink in Duck Lake at six in the morning," she said. "She'd be proud of this, I think."

Team coach Gord Wasylenko said the rink would not change anything before the final. According to Wasylenko, the key would be "keeping the ice clean early and not giving Chantelle anything to work with."

The final goes at 2:30 p.m. Sunday. The winner will represent Saskatchewan at the Scotties Tournament of Hearts in Calgary next month.

Curling Saskatchewan said a crowd of about 1,100 attended Saturday's draws.""", [
        Q('"We\'ve been knocking on the door for a long time,"', "direct", "Okemasis-Dubois",
          "Raegan Okemasis-Dubois", speaker_at="Okemasis-Dubois said after"),
        Q('"It feels good to finally kick it open."', "direct", "Okemasis-Dubois", "Raegan Okemasis-Dubois",
          speaker_at="Okemasis-Dubois said after"),
        Q('"I thought I had the weight,"', "direct", "Lindqvist", "Amber Lindqvist", speaker_at="Lindqvist said"),
        Q('"It just picked on something halfway down. That\'s curling."', "direct", "Lindqvist", "Amber Lindqvist",
          speaker_at="Lindqvist said"),
        Q("the team had changed its approach after a loss to Hrabinsky in the round robin on Thursday", "indirect",
          "Jenna Hrynkiw", "Jenna Hrynkiw"),
        Q('"We were way too passive against them,"', "direct", "she", "Jenna Hrynkiw",
          speaker_at='she said. "Tonight'),
        Q('"Tonight we decided we were going to throw it in there and make them make shots."', "direct", "she",
          "Jenna Hrynkiw", speaker_at='she said. "Tonight'),
        Q('"a lot of people back home"', "partial", "Okemasis-Dubois", "Raegan Okemasis-Dubois",
          speaker_at="Okemasis-Dubois, who grew up"),
        Q('"My kokum used to drive me to the rink in Duck Lake at six in the morning,"', "direct", "she",
          "Raegan Okemasis-Dubois", speaker_at='she said. "She\'d'),
        Q('"She\'d be proud of this, I think."', "direct", "she", "Raegan Okemasis-Dubois",
          speaker_at='she said. "She\'d'),
        Q("the rink would not change anything before the final", "indirect", "Gord Wasylenko", "Gord Wasylenko"),
        Q('"keeping the ice clean early and not giving Chantelle anything to work with."', "partial", "Wasylenko",
          "Gord Wasylenko", speaker_at="According to Wasylenko"),
        Q("a crowd of about 1,100 attended Saturday's draws", "indirect", "Curling Saskatchewan",
          "Curling Saskatchewan"),
    ]),
    Case("blind45-recall", """Salida council member faces recall over water deal

SALIDA — Organizers of a petition to recall City Council member Dolores Trujillo-Baca said Monday they had gathered enough signatures to force a special election, less than a year after she took office.

The petition, which needed 412 valid signatures, was turned in to the city clerk's office with 587, according to organizer Wade Hutchings.

"People are fed up," Hutchings said outside City Hall, where about two dozen supporters held signs reading "Our Water, Our Vote." "She ran on protecting our water and then the first chance she got, she voted to sell it to a developer."

The recall effort stems from Trujillo-Baca's vote in March in favor of a 40-year agreement to supply treated water to the proposed Ridgeview subdivision east of town. The measure passed 4-3.

Trujillo-Baca, a retired schoolteacher, called the petition "a tantrum dressed up as democracy." In a phone interview Monday, she said the agreement included conservation requirements that were "stricter than anything this town has ever asked of a developer."

"I read every page of that contract. I'm not sure the people circulating this petition can say the same," she said.

Mayor Pro Tem Elliot Nakamura-Reyes, who voted against the agreement, said he did not support the recall.

"I disagree with Dolores on this one, but disagreeing with someone isn't a reason to throw them out," he said.

City Clerk Anita Bergstrom said her office had 10 business days to verify the signatures. If the petition is found sufficient, the council must set an election date within 60 days, she said.

A special election would cost the city an estimated $18,000, according to the clerk's office.

Ridgeview's developer, Collegiate Peaks Land Co., did not respond to a request for comment Monday.""", [
        Q("they had gathered enough signatures to force a special election, less than a year after she took office",
          "indirect", "Organizers of a petition to recall City Council member Dolores Trujillo-Baca", None),
        Q("The petition, which needed 412 valid signatures, was turned in to the city clerk's office with 587",
          "indirect", "Wade Hutchings", "Wade Hutchings"),
        Q('"People are fed up,"', "direct", "Hutchings", "Wade Hutchings", speaker_at="Hutchings said"),
        Q('"She ran on protecting our water and then the first chance she got, she voted to sell it to a '
          'developer."', "direct", "Hutchings", "Wade Hutchings", speaker_at="Hutchings said"),
        Q('"a tantrum dressed up as democracy."', "partial", "Trujillo-Baca", "Dolores Trujillo-Baca",
          speaker_at="Trujillo-Baca, a retired"),
        Q('"stricter than anything this town has ever asked of a developer."', "partial", "she",
          "Dolores Trujillo-Baca", speaker_at="she said the agreement"),
        Q('"I read every page of that contract. I\'m not sure the people circulating this petition can say the '
          'same,"', "direct", "she", "Dolores Trujillo-Baca", speaker_at='same," she said'),
        Q("he did not support the recall", "indirect", "Elliot Nakamura-Reyes", "Elliot Nakamura-Reyes"),
        Q('"I disagree with Dolores on this one, but disagreeing with someone isn\'t a reason to throw them out,"',
          "direct", "he", "Elliot Nakamura-Reyes", speaker_at='out," he said'),
        Q("her office had 10 business days to verify the signatures", "indirect", "Anita Bergstrom",
          "Anita Bergstrom"),
        Q("If the petition is found sufficient, the council must set an election date within 60 days", "indirect",
          "she", "Anita Bergstrom", speaker_at="days, she said"),
        Q("A special election would cost the city an estimated $18,000", "indirect", "the clerk's office", None,
          speaker_at="according to the clerk's office"),
    ]),
    Case("blind45-dairy", """New KCC profit rises on record milk intake

New Kenya Co-operative Creameries (New KCC) posted a 38 per cent jump in pre-tax profit to Sh1.9 billion in the year to June, driven by record milk deliveries and strong sales of long-life milk, the State-owned processor said yesterday.

Managing director Dr Wanjiru Kamau-Odhiambo said the firm received 612 million litres of milk from farmers during the period, up from 480 million litres the previous year.

“This is the highest intake in the history of KCC, and it is a testament to the confidence farmers have in us,” she told journalists in Nairobi.

She said prompt payments, which the processor now makes within 10 days of delivery, had won back farmers who had been selling to private processors and hawkers.

The company will pay out Sh200 million in bonuses to its suppliers, according to its annual report.

But farmers in parts of the Rift Valley say the gains have not reached them. Esther Chebet, a dairy farmer in Kipkelion, said she was still being paid Sh45 a litre by her local cooling plant, well below the Sh50 minimum price set by the government.

“The prices are announced in Nairobi, but here the cooling plant tells us another story,” Ms Chebet said.

Nakuru Senator Tabitha Mutai-Langat, who chairs the Senate Committee on Agriculture, said she would summon the company’s board to explain the disparity. “We cannot have a public company making billions while the farmer who produces the milk is struggling to buy feed,” she said.

Kenya Dairy Board (KDB) chief executive Kiprono arap Ngetich told the Nation that the regulator was reviewing complaints about the minimum price, and that cooperatives found flouting it would face sanctions.

“The law is very clear. Nobody is allowed to pay below the gazetted price,” Mr Ngetich said.

Market analysts said the results strengthened the case for the government’s planned partial sale of New KCC through the Nairobi Securities Exchange.

The National Treasury has previously said it expects to list the company by the end of next year.""", [
        Q("New Kenya Co-operative Creameries (New KCC) posted a 38 per cent jump in pre-tax profit to Sh1.9 billion "
          "in the year to June, driven by record milk deliveries and strong sales of long-life milk", "indirect",
          "the State-owned processor", "New Kenya Co-operative Creameries"),
        Q("the firm received 612 million litres of milk from farmers during the period, up from 480 million litres "
          "the previous year", "indirect", "Wanjiru Kamau-Odhiambo", "Wanjiru Kamau-Odhiambo"),
        Q("“This is the highest intake in the history of KCC, and it is a testament to the confidence farmers have "
          "in us,”", "direct", "she", "Wanjiru Kamau-Odhiambo", speaker_at="she told journalists"),
        Q("prompt payments, which the processor now makes within 10 days of delivery, had won back farmers who had "
          "been selling to private processors and hawkers", "indirect", "She", "Wanjiru Kamau-Odhiambo",
          speaker_at="She said prompt"),
        Q("The company will pay out Sh200 million in bonuses to its suppliers", "indirect", "its annual report",
          None),
        Q("the gains have not reached them", "indirect", "farmers in parts of the Rift Valley", None),
        Q("she was still being paid Sh45 a litre by her local cooling plant, well below the Sh50 minimum price set "
          "by the government", "indirect", "Esther Chebet", "Esther Chebet"),
        Q("“The prices are announced in Nairobi, but here the cooling plant tells us another story,”", "direct",
          "Chebet", "Esther Chebet", speaker_at="Ms Chebet said"),
        Q("she would summon the company’s board to explain the disparity", "indirect", "Tabitha Mutai-Langat",
          "Tabitha Mutai-Langat"),
        Q("“We cannot have a public company making billions while the farmer who produces the milk is struggling "
          "to buy feed,”", "direct", "she", "Tabitha Mutai-Langat", speaker_at="she said."),
        Q("that the regulator was reviewing complaints about the minimum price, and that cooperatives found flouting "
          "it would face sanctions", "indirect", "Kiprono arap Ngetich", "Kiprono arap Ngetich"),
        Q("“The law is very clear. Nobody is allowed to pay below the gazetted price,”", "direct", "Ngetich",
          "Kiprono arap Ngetich", speaker_at="Mr Ngetich said"),
        Q("the results strengthened the case for the government’s planned partial sale of New KCC through the "
          "Nairobi Securities Exchange", "indirect", "Market analysts", None),
        Q("it expects to list the company by the end of next year", "indirect", "The National Treasury",
          "National Treasury"),
    ]),
    Case("blind45-forgery", """Court fixes date for trial of ex-council chairman over certificate forgery

A Federal High Court sitting in Abuja has fixed May 14 for the commencement of trial of a former chairman of Kuje Area Council, Alhaji Abdullahi Danladi-Yakubu, over alleged forgery of his West African School Certificate.

The Independent Corrupt Practices and Other Related Offences Commission (ICPC) had arraigned the former council boss on a five-count charge bordering on forgery and uttering of false documents.

At the resumed hearing on Tuesday before Justice Obiageli Nwachukwu-Eze, prosecuting counsel, Mr Babatunde Adeyemi-Cole, told the court that the prosecution was ready to open its case and had five witnesses on standby.

"My Lord, the prosecution is ready. We have our witnesses in court and we are prepared to proceed today," Adeyemi-Cole said.

But counsel to the defendant, Chief Emeka Okonkwo-Ibe (SAN), asked for an adjournment, saying he had only been served with the proof of evidence on Friday.

"It is the constitutional right of my client to be given adequate time and facilities to prepare his defence. We cannot be ambushed," the senior advocate argued.

In her ruling, Justice Nwachukwu-Eze granted the application but warned that the court would not tolerate "any further attempt to delay this matter."

"This case was filed in 2022. The public is entitled to know the outcome," the judge said.

According to the charge sheet, the defendant presented a forged certificate purportedly issued by Government Secondary School, Gwagwalada, to the Independent National Electoral Commission (INEC) in 2019.

The commission said the offence contravenes Section 25 of the Corrupt Practices and Other Related Offences Act, 2000.

Danladi-Yakubu, who pleaded not guilty to all five counts, was allowed to continue on the bail earlier granted him.

Speaking to journalists outside the courtroom, he said he was confident he would be vindicated. "I have nothing to hide. This is a political witch-hunt by my enemies in the council," he said.

The ICPC spokesperson, Mrs Halima Bello-Suleiman, said in a statement that the commission would "pursue the case to its logical conclusion".""", [
        Q("that the prosecution was ready to open its case and had five witnesses on standby", "indirect",
          "Babatunde Adeyemi-Cole", "Babatunde Adeyemi-Cole"),
        Q('"My Lord, the prosecution is ready. We have our witnesses in court and we are prepared to proceed today,"',
          "direct", "Adeyemi-Cole", "Babatunde Adeyemi-Cole", speaker_at="Adeyemi-Cole said"),
        Q("he had only been served with the proof of evidence on Friday", "indirect", "Emeka Okonkwo-Ibe",
          "Emeka Okonkwo-Ibe"),
        Q('"It is the constitutional right of my client to be given adequate time and facilities to prepare his '
          'defence. We cannot be ambushed,"', "direct", "the senior advocate", "Emeka Okonkwo-Ibe"),
        Q('"any further attempt to delay this matter."', "partial", "Nwachukwu-Eze", "Obiageli Nwachukwu-Eze",
          speaker_at="Justice Nwachukwu-Eze granted"),
        Q('"This case was filed in 2022. The public is entitled to know the outcome,"', "direct", "the judge",
          "Obiageli Nwachukwu-Eze"),
        Q("the defendant presented a forged certificate purportedly issued by Government Secondary School, "
          "Gwagwalada, to the Independent National Electoral Commission (INEC) in 2019", "indirect",
          "the charge sheet", None),
        Q("the offence contravenes Section 25 of the Corrupt Practices and Other Related Offences Act, 2000",
          "indirect", "The commission", "Independent Corrupt Practices and Other Related Offences Commission"),
        Q("he was confident he would be vindicated", "indirect", "he", "Abdullahi Danladi-Yakubu",
          speaker_at="courtroom, he said"),
        Q('"I have nothing to hide. This is a political witch-hunt by my enemies in the council,"', "direct", "he",
          "Abdullahi Danladi-Yakubu", speaker_at='council," he said'),
        Q('"pursue the case to its logical conclusion"', "partial", "Halima Bello-Suleiman",
          "Halima Bello-Suleiman"),
    ]),
    Case("blind45-busstrike", """Thousands stranded as Algoa Bus drivers down tools

Thousands of commuters in Nelson Mandela Bay were left stranded yesterday after drivers at the Algoa Bus Company embarked on an unprotected strike over unpaid overtime.

No buses left the company’s Struandale depot, where about 200 drivers gathered from 4am, singing and waving placards.

SA Transport and Allied Workers Union (Satawu) regional secretary Lwazi Ngcukana said drivers had not been paid for overtime since December.

“Our members have been patient. They have families to feed and they are working 14-hour shifts for the same money as an eight-hour shift,” Ngcukana said.

Algoa Bus Company managing director Johan van Rooyen said the payments had been delayed because the municipality had not paid the company its subsidy for February and March.

“We are not hiding anything. The moment the metro pays us, our drivers will be paid,” Van Rooyen told The Herald.

He said the strike, which had not been sanctioned by the union, was costing the company about R1.2-million a day.

Metro spokesperson Luyolo Mqhayi said the subsidy had been paid on Monday, and blamed “administrative delays” in the provincial department of transport.

At the Cleary Park bus stop, Nosipho Dlamini, 52, who works as a domestic worker in Walmer, said she had paid R60 for two taxis instead of her usual R18 bus fare.

“Where must I get this money? It is the middle of the month,” she asked.

Residents in Motherwell complained that some taxi operators had pushed up fares by as much as R5 a trip.

“It is the poorest people in this city who pay the price every time,” said DA ward councillor Farida Essop-Naidoo, who called on the metro to “stop playing games with people’s lives”.

The provincial department of transport could not be reached for comment yesterday.""", [
        Q("drivers had not been paid for overtime since December", "indirect", "Lwazi Ngcukana", "Lwazi Ngcukana"),
        Q("“Our members have been patient. They have families to feed and they are working 14-hour shifts for the "
          "same money as an eight-hour shift,”", "direct", "Ngcukana", "Lwazi Ngcukana",
          speaker_at="shift,” Ngcukana said"),
        Q("the payments had been delayed because the municipality had not paid the company its subsidy for "
          "February and March", "indirect", "Johan van Rooyen", "Johan van Rooyen"),
        Q("“We are not hiding anything. The moment the metro pays us, our drivers will be paid,”", "direct",
          "Van Rooyen", "Johan van Rooyen"),
        Q("the strike, which had not been sanctioned by the union, was costing the company about R1.2-million a day",
          "indirect", "He", "Johan van Rooyen", speaker_at="He said the strike"),
        Q("the subsidy had been paid on Monday", "indirect", "Luyolo Mqhayi", "Luyolo Mqhayi"),
        Q("“administrative delays”", "partial", "Luyolo Mqhayi", "Luyolo Mqhayi"),
        Q("she had paid R60 for two taxis instead of her usual R18 bus fare", "indirect", "Nosipho Dlamini",
          "Nosipho Dlamini"),
        Q("“Where must I get this money? It is the middle of the month,”", "direct", "she", "Nosipho Dlamini",
          speaker_at="she asked"),
        Q("that some taxi operators had pushed up fares by as much as R5 a trip", "indirect", "Residents in Motherwell",
          None),
        Q("“It is the poorest people in this city who pay the price every time,”", "direct", "Farida Essop-Naidoo",
          "Farida Essop-Naidoo"),
        Q("“stop playing games with people’s lives”", "partial", "Farida Essop-Naidoo", "Farida Essop-Naidoo"),
    ]),
    Case("blind45-nurse", """Mourners bid farewell to veteran Kalingalinga nurse

HUNDREDS of mourners yesterday gathered at Leopards Hill Memorial Park in Lusaka to bury retired nurse Mary Chanda Mwansa-Phiri, who served at Kalingalinga Clinic for more than 35 years.

Mrs Mwansa-Phiri, 78, died on Saturday at the University Teaching Hospital (UTH) after a short illness, her family said.

Known to generations of patients in Kalingalinga and Mtendere as "Bana Nurse", she trained at the Lusaka School of Nursing in the 1960s and was among the first Zambian nurses to qualify as a midwife after independence.

Ministry of Health Permanent Secretary Dr Chileshe Mulenga-Banda said the late nurse embodied the values of the profession.

"She belonged to a generation of nurses who saw their work as a calling and not just a job. Zambia has lost a pillar," Dr Mulenga-Banda said in a eulogy delivered on behalf of the Minister of Health.

Rev Moses Simwinga of the United Church of Zambia (UCZ), who conducted the burial service, said Mrs Mwansa-Phiri had "never turned away a patient, rich or poor".

Her eldest son, Bwalya Mwansa, said his mother never really retired.

"Even on Sundays after church, people would come to the house with sick children and she would attend to them at the kitchen table," he said. "We grew up thinking every home was a clinic."

In a statement, the Zambia Union of Nurses Organisation (ZUNO) described her as "a true champion of community health".

ZUNO president Beatrice Nakamba-Tembo said the union would name its new bursary for student midwives after the late nurse.

Mrs Mwansa-Phiri is survived by four children and 11 grandchildren. Her husband, Enock, died in 2009.""", [
        Q("Mrs Mwansa-Phiri, 78, died on Saturday at the University Teaching Hospital (UTH) after a short illness",
          "indirect", "her family", None),
        Q("the late nurse embodied the values of the profession", "indirect", "Chileshe Mulenga-Banda",
          "Chileshe Mulenga-Banda"),
        Q('"She belonged to a generation of nurses who saw their work as a calling and not just a job. Zambia has '
          'lost a pillar,"', "direct", "Mulenga-Banda", "Chileshe Mulenga-Banda",
          speaker_at="Dr Mulenga-Banda said"),
        Q('"never turned away a patient, rich or poor"', "partial", "Moses Simwinga", "Moses Simwinga"),
        Q("his mother never really retired", "indirect", "Bwalya Mwansa", "Bwalya Mwansa"),
        Q('"Even on Sundays after church, people would come to the house with sick children and she would attend to '
          'them at the kitchen table,"', "direct", "he", "Bwalya Mwansa", speaker_at="he said"),
        Q('"We grew up thinking every home was a clinic."', "direct", "he", "Bwalya Mwansa", speaker_at="he said"),
        Q('"a true champion of community health"', "partial", "the Zambia Union of Nurses Organisation",
          "Zambia Union of Nurses Organisation"),
        Q("the union would name its new bursary for student midwives after the late nurse", "indirect",
          "Beatrice Nakamba-Tembo", "Beatrice Nakamba-Tembo"),
    ]),
    Case("blind45-dust", """Dust storm grounds flights, shuts schools

KUWAIT CITY, June 3, (AFP): A thick dust storm swept across Kuwait on Monday, forcing the suspension of flights at Kuwait International Airport and sending dozens of people with breathing difficulties to hospital, officials said.

Visibility dropped to less than 100 metres in parts of the capital, according to the Meteorological Department, with winds gusting up to 60 kilometres per hour.

"This is one of the strongest dust storms we have seen this season," said Fahad bin Nasser Al-Mutairi, acting director of the Meteorological Department. "We expect conditions to improve gradually from Tuesday evening."

The Directorate General of Civil Aviation (DGCA) said flights had been suspended for about four hours.

"All incoming flights were diverted to Dammam and Bahrain as a precaution. Operations resumed at 2:00 pm," DGCA spokesman Abdullah Al-Rajhi told the official KUNA news agency.

The Ministry of Health said 87 people had been treated for asthma and other breathing problems at hospitals across the country, most of them children and elderly people.

The Ministry of Education announced that schools would remain closed on Tuesday.

Kuwait Fire Force chief Maj-Gen Sheikh Talal bin Khalid Al-Jaber said his teams had responded to 41 traffic accidents on the country's highways, most of them minor.

Indian expatriate Rajesh Pillai, a delivery driver in Farwaniya, said he could not see the car in front of him on the Sixth Ring Road. "I had to stop and put my hazards on. Sand was coming in through the air vents," he told AFP.

Residents of Jahra, on the edge of the desert, said the dust had seeped into their homes despite closed windows.

Forecaster Issa Al-Kandari said the dust had been carried by northwesterly winds from Iraq and Saudi Arabia and was expected to ease by Wednesday.

Scientists say dust storms in the region have become more frequent and intense because of drought, desertification and the drying up of marshland in southern Iraq.""", [
        Q("A thick dust storm swept across Kuwait on Monday, forcing the suspension of flights at Kuwait "
          "International Airport and sending dozens of people with breathing difficulties to hospital", "indirect",
          "officials", None),
        Q("Visibility dropped to less than 100 metres in parts of the capital", "indirect",
          "the Meteorological Department", "Meteorological Department",
          speaker_at="according to the Meteorological Department"),
        Q('"This is one of the strongest dust storms we have seen this season,"', "direct",
          "Fahad bin Nasser Al-Mutairi", "Fahad bin Nasser Al-Mutairi"),
        Q('"We expect conditions to improve gradually from Tuesday evening."', "direct",
          "Fahad bin Nasser Al-Mutairi", "Fahad bin Nasser Al-Mutairi"),
        Q("flights had been suspended for about four hours", "indirect", "The Directorate General of Civil Aviation",
          "Directorate General of Civil Aviation"),
        Q('"All incoming flights were diverted to Dammam and Bahrain as a precaution. Operations resumed at 2:00 pm,"',
          "direct", "Abdullah Al-Rajhi", "Abdullah Al-Rajhi"),
        Q("87 people had been treated for asthma and other breathing problems at hospitals across the country, most "
          "of them children and elderly people", "indirect", "The Ministry of Health", "Ministry of Health"),
        Q("that schools would remain closed on Tuesday", "indirect", "The Ministry of Education",
          "Ministry of Education"),
        Q("his teams had responded to 41 traffic accidents on the country's highways, most of them minor",
          "indirect", "Talal bin Khalid Al-Jaber", "Talal bin Khalid Al-Jaber"),
        Q("he could not see the car in front of him on the Sixth Ring Road", "indirect", "Rajesh Pillai",
          "Rajesh Pillai"),
        Q('"I had to stop and put my hazards on. Sand was coming in through the air vents,"', "direct", "he",
          "Rajesh Pillai", speaker_at="he told AFP"),
        Q("the dust had seeped into their homes despite closed windows", "indirect",
          "Residents of Jahra", None),
        Q("the dust had been carried by northwesterly winds from Iraq and Saudi Arabia and was expected to ease by "
          "Wednesday", "indirect", "Issa Al-Kandari", "Issa Al-Kandari"),
        Q("dust storms in the region have become more frequent and intense because of drought, desertification and "
          "the drying up of marshland in southern Iraq", "indirect", "Scientists", None),
    ]),
    Case("blind45-dam", """Villagers, state at odds over proposed Papar dam

KOTA KINABALU: Villagers in the Papar highlands have vowed to keep up their opposition to a proposed RM2.8 billion dam, even as the state government insisted yesterday that the project was vital to ending the city’s chronic water shortages.

State Infrastructure Development Minister Datuk Seri Yusof Abdul Rahman said the dam would supply an additional 1,100 million litres of treated water a day once it was completed in 2031.

“Kota Kinabalu cannot continue to depend on rationing. Demand is growing every year and we have run out of short-term options,” he told reporters after chairing a meeting with the Sabah Water Department here.

Yusof said the government would offer “fair and generous” compensation to the estimated 1,400 residents of eight villages that would be submerged.

But Papar Highlands Dam Action Committee chairman Marcus Gidong-Sipaun said the villagers had never been properly consulted.

“Our ancestors are buried in that valley. You cannot put a price on that,” he said, adding that the committee would file for a judicial review if the state went ahead with the project.

Sinsua, a village elder from Kampung Tiong Baru who believes she is in her 80s, said she had lived beside the river all her life.

“Where will we go? The government says there will be new houses, but there will be no river,” she said.

The Borneo Rivers Alliance, a coalition of environmental groups, has argued that the state should tackle leaking pipes first. Its coordinator, Prof Dr Chong Mei Ling of Universiti Malaysia Sabah, said a study commissioned by the alliance found that repairing the distribution network could save up to 40 per cent of the treated water now produced.

“Building a dam to fill leaking pipes is like pouring water into a basket. Fix the pipes first,” Chong said.

Non-revenue water — treated water lost to leaks, theft and faulty meters — stood at 55 per cent last year, according to Sabah Water Department director Ir Norhayati binti Mohd Salleh.

She said the department had replaced 120km of old pipes since 2022 but acknowledged that progress had been slow.

The state Cabinet is expected to make a final decision on the project next month.""", [
        Q("the project was vital to ending the city’s chronic water shortages", "indirect", "the state government",
          None),
        Q("the dam would supply an additional 1,100 million litres of treated water a day once it was completed in "
          "2031", "indirect", "Yusof Abdul Rahman", "Yusof Abdul Rahman"),
        Q("“Kota Kinabalu cannot continue to depend on rationing. Demand is growing every year and we have run out "
          "of short-term options,”", "direct", "he", "Yusof Abdul Rahman", speaker_at="he told reporters"),
        Q("“fair and generous”", "partial", "Yusof", "Yusof Abdul Rahman", speaker_at="Yusof said"),
        Q("the villagers had never been properly consulted", "indirect", "Marcus Gidong-Sipaun",
          "Marcus Gidong-Sipaun"),
        Q("“Our ancestors are buried in that valley. You cannot put a price on that,”", "direct", "he",
          "Marcus Gidong-Sipaun", speaker_at="he said, adding"),
        Q("the committee would file for a judicial review if the state went ahead with the project", "indirect", "he",
          "Marcus Gidong-Sipaun", speaker_at="he said, adding"),
        Q("she had lived beside the river all her life", "indirect", "Sinsua", "Sinsua"),
        Q("“Where will we go? The government says there will be new houses, but there will be no river,”", "direct",
          "she", "Sinsua", speaker_at="river,” she said"),
        Q("the state should tackle leaking pipes first", "indirect", "The Borneo Rivers Alliance",
          "Borneo Rivers Alliance"),
        Q("a study commissioned by the alliance found that repairing the distribution network could save up to 40 "
          "per cent of the treated water now produced", "indirect", "Chong Mei Ling", "Chong Mei Ling"),
        Q("“Building a dam to fill leaking pipes is like pouring water into a basket. Fix the pipes first,”",
          "direct", "Chong", "Chong Mei Ling", speaker_at="Chong said"),
        Q("Non-revenue water — treated water lost to leaks, theft and faulty meters — stood at 55 per cent last year",
          "indirect", "Norhayati binti Mohd Salleh", "Norhayati binti Mohd Salleh"),
        Q("the department had replaced 120km of old pipes since 2022", "indirect", "She",
          "Norhayati binti Mohd Salleh", speaker_at="She said the department"),
        Q("progress had been slow", "indirect", "She", "Norhayati binti Mohd Salleh",
          speaker_at="She said the department"),
    ]),
    Case("blind45-hepatitis", """Health Ministry Warns of Hepatitis A Outbreak in Kompong Cham

Health officials have confirmed 64 cases of hepatitis A in two districts of Kompong Cham province since late January and warned residents to boil drinking water and avoid ice sold by unlicensed vendors.

Dr. Sok Pheakdey, deputy director of the Health Ministry's Communicable Disease Control Department, said Tuesday that most of the patients were schoolchildren from Batheay and Cheung Prey districts.

"We believe the source is contaminated water used to make ice, but we are still waiting for the laboratory results," Dr. Pheakdey said.

"Hepatitis A is usually not dangerous for children, but it can be serious for adults and older people," he said, adding that no deaths had been reported.

Provincial health department director Meas Chanthy said teams had been sent to test wells and ice factories in the two districts, and that two ice-making businesses had been ordered to close.

At the Batheay referral hospital, Chhun Sokha, 34, whose two sons were admitted last week, said she had bought ice for the boys from a man who sold it from a motorbike outside their school.

"I did not know it could make them sick. Everybody buys ice from him," Ms. Sokha said.

Dr. Maria Fernanda Oliveira da Silva, a medical officer with the World Health Organization in Phnom Penh, said outbreaks of hepatitis A were "not unusual" in the dry season, when clean water is scarce.

According to Dr. Oliveira da Silva, Cambodia does not include the hepatitis A vaccine in its routine childhood immunization program.

Villagers in Cheung Prey's Sotip commune said many families could not afford bottled water and had little choice but to drink from shallow wells.

"We boil the water when we have firewood. When we don't, we drink it like this," said one villager, Touch Ry, 61, a rice farmer.

The ice vendor could not be reached for comment.""", [
        Q("most of the patients were schoolchildren from Batheay and Cheung Prey districts", "indirect",
          "Sok Pheakdey", "Sok Pheakdey"),
        Q('"We believe the source is contaminated water used to make ice, but we are still waiting for the '
          'laboratory results,"', "direct", "Pheakdey", "Sok Pheakdey", speaker_at="Dr. Pheakdey said"),
        Q('"Hepatitis A is usually not dangerous for children, but it can be serious for adults and older people,"',
          "direct", "he", "Sok Pheakdey", speaker_at="he said, adding"),
        Q("no deaths had been reported", "indirect", "he", "Sok Pheakdey", speaker_at="he said, adding"),
        Q("teams had been sent to test wells and ice factories in the two districts, and that two ice-making "
          "businesses had been ordered to close", "indirect", "Meas Chanthy", "Meas Chanthy"),
        Q("she had bought ice for the boys from a man who sold it from a motorbike outside their school", "indirect",
          "Chhun Sokha", "Chhun Sokha"),
        Q('"I did not know it could make them sick. Everybody buys ice from him,"', "direct", "Sokha",
          "Chhun Sokha", speaker_at="Ms. Sokha said"),
        Q('"not unusual"', "partial", "Maria Fernanda Oliveira da Silva", "Maria Fernanda Oliveira da Silva"),
        Q("Cambodia does not include the hepatitis A vaccine in its routine childhood immunization program",
          "indirect", "Oliveira da Silva", "Maria Fernanda Oliveira da Silva",
          speaker_at="According to Dr. Oliveira da Silva"),
        Q("many families could not afford bottled water and had little choice but to drink from shallow wells",
          "indirect", "Villagers in Cheung Prey's Sotip commune", None),
        Q('"We boil the water when we have firewood. When we don\'t, we drink it like this,"', "direct", "Touch Ry",
          "Touch Ry"),
    ]),
    Case("blind45-avalanche", """Three missing as avalanche hits Manaslu camp

Gorkha, Oct. 2: Three people, including two Nepali high-altitude workers, have gone missing after an avalanche swept through a camp on Mt. Manaslu on Tuesday morning, police said.

The avalanche struck Camp I, at an altitude of around 5,700 metres, at about 6:30 a.m., according to the District Police Office, Gorkha.

Spokesperson for the District Police Office, Deputy Superintendent of Police Ramesh Thapa Magar, said a rescue team comprising Nepal Army and Armed Police Force personnel had been dispatched by helicopter from Kathmandu.

"The weather is not in our favour. There is heavy snowfall above Samagaun and the helicopter could only reach the base camp," DSP Thapa Magar said.

Himalayan Ascent, the company that organised the expedition, said the missing were its climbing guide Dawa Gyalje Sherpa, 31, of Solukhumbu, camp cook Pemba Dorje Tamang, 27, and Dutch climber Jan-Willem van den Berg, 44.

Managing director of the company Mingma Tenzi Sherpa told The Rising Nepal that eleven other team members were safe at the base camp.

"We had moved most of the team down on Monday because of the forecast," he said. "Dawa and the client had stayed back with Pemba to secure the tents."

Lhakpa, who runs a lodge in Samagaun, said the sound of the avalanche was heard across the village. "It was like thunder. Then the whole face of the mountain came down," she said.

The Embassy of the Netherlands in New Delhi said it was in contact with the climber's family.

According to the Department of Tourism, 286 climbers from 32 countries had been issued permits for Manaslu this autumn season.

Meteorologist Binu Maharjan at the Meteorological Forecasting Division said snowfall in the high mountains of Gandaki Province was likely to continue until Thursday.

In September 2012, an avalanche on Manaslu killed 11 climbers.""", [
        Q("Three people, including two Nepali high-altitude workers, have gone missing after an avalanche swept "
          "through a camp on Mt. Manaslu on Tuesday morning", "indirect", "police", None),
        Q("The avalanche struck Camp I, at an altitude of around 5,700 metres, at about 6:30 a.m.", "indirect",
          "the District Police Office, Gorkha", "District Police Office, Gorkha"),
        Q("a rescue team comprising Nepal Army and Armed Police Force personnel had been dispatched by helicopter "
          "from Kathmandu", "indirect", "Ramesh Thapa Magar", "Ramesh Thapa Magar"),
        Q('"The weather is not in our favour. There is heavy snowfall above Samagaun and the helicopter could only '
          'reach the base camp,"', "direct", "Thapa Magar", "Ramesh Thapa Magar", speaker_at="DSP Thapa Magar said"),
        Q("the missing were its climbing guide Dawa Gyalje Sherpa, 31, of Solukhumbu, camp cook Pemba Dorje Tamang, "
          "27, and Dutch climber Jan-Willem van den Berg, 44", "indirect", "Himalayan Ascent", "Himalayan Ascent"),
        Q("that eleven other team members were safe at the base camp", "indirect", "Mingma Tenzi Sherpa",
          "Mingma Tenzi Sherpa"),
        Q('"We had moved most of the team down on Monday because of the forecast,"', "direct", "he",
          "Mingma Tenzi Sherpa", speaker_at="he said"),
        Q('"Dawa and the client had stayed back with Pemba to secure the tents."', "direct", "he",
          "Mingma Tenzi Sherpa", speaker_at="he said"),
        Q("the sound of the avalanche was heard across the village", "indirect", "Lhakpa", "Lhakpa"),
        Q('"It was like thunder. Then the whole face of the mountain came down,"', "direct", "she", "Lhakpa",
          speaker_at="she said"),
        Q("it was in contact with the climber's family", "indirect", "The Embassy of the Netherlands in New Delhi",
          "Embassy of the Netherlands"),
        Q("286 climbers from 32 countries had been issued permits for Manaslu this autumn season", "indirect",
          "the Department of Tourism", "Department of Tourism"),
        Q("snowfall in the high mountains of Gandaki Province was likely to continue until Thursday", "indirect",
          "Binu Maharjan", "Binu Maharjan"),
    ]),
]
