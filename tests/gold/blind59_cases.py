"""Blind gold, set 59: short news articles from many outlets and house styles,
written once, without looking at the pretagger, to measure how it carries over.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind59-bus", """9 killed, 31 injured as intercity bus overturns in western Türkiye

AFYONKARAHISAR, Türkiye (AA) - Nine people were killed and 31 others injured when an intercity bus overturned on a highway in Türkiye's western Afyonkarahisar province early Sunday, according to local authorities.

The bus, which was travelling from Istanbul to Antalya with 46 passengers on board, veered off the road near the Sandıklı district at around 4.30 a.m. local time (0130GMT) and rolled into a ditch, the Afyonkarahisar Governor's Office said in a statement.

Speaking to reporters at the scene, Afyonkarahisar Governor Zeynep Ersoy Kılınç said the injured had been taken to hospitals in Sandıklı and the provincial capital.

"Five of our injured citizens are in serious condition. Our medical teams are doing everything they can," she said.

The governor added that the driver, who survived with minor injuries, had been detained and was being questioned.

Interior Minister Ahmet Selim Çelebi said on X that an investigation had been launched into the cause of the accident.

"May God have mercy on our citizens who lost their lives. I wish a speedy recovery to the injured," he wrote.

Mehmet Ali Öztürk, a 52-year-old passenger, told Anadolu that most of those on board had been asleep when the bus began to sway.

"There was a loud noise, then everything turned upside down. People were screaming in the dark," he said from his hospital bed in Sandıklı.

Wet road conditions and speed may have played a role, according to security sources, who spoke on condition of anonymity due to restrictions on speaking to the media.

The bus operator, Kaya Turizm, said in a written statement that it was cooperating fully with the judicial authorities. "Our thoughts are with the families of those we lost," the company said.

Transport and Infrastructure Minister Osman Nuri Demirtaş, who travelled to the province later in the day, said the stretch of road would be examined by engineers from the General Directorate of Highways (KGM). He described the crash as "a painful loss for our whole nation."

Türkiye has tightened inspections of intercity buses in recent years after a series of deadly crashes, but traffic accidents still claim thousands of lives annually.""", [
        Q("Nine people were killed and 31 others injured when an intercity bus overturned on a highway in Türkiye's "
          "western Afyonkarahisar province early Sunday", "indirect", "local authorities", None),
        Q("The bus, which was travelling from Istanbul to Antalya with 46 passengers on board, veered off the road "
          "near the Sandıklı district at around 4.30 a.m. local time (0130GMT) and rolled into a ditch", "indirect",
          "the Afyonkarahisar Governor's Office", "Afyonkarahisar Governor's Office"),
        Q("the injured had been taken to hospitals in Sandıklı and the provincial capital", "indirect",
          "Zeynep Ersoy Kılınç", "Zeynep Ersoy Kılınç"),
        Q('"Five of our injured citizens are in serious condition. Our medical teams are doing everything they can,"',
          "direct", "she", "Zeynep Ersoy Kılınç", speaker_at="she said"),
        Q("that the driver, who survived with minor injuries, had been detained and was being questioned", "indirect",
          "The governor", "Zeynep Ersoy Kılınç"),
        Q("that an investigation had been launched into the cause of the accident", "indirect",
          "Ahmet Selim Çelebi", "Ahmet Selim Çelebi"),
        Q('"May God have mercy on our citizens who lost their lives. I wish a speedy recovery to the injured,"',
          "direct", "he", "Ahmet Selim Çelebi", speaker_at="he wrote"),
        Q("that most of those on board had been asleep when the bus began to sway", "indirect",
          "Mehmet Ali Öztürk", "Mehmet Ali Öztürk"),
        Q('"There was a loud noise, then everything turned upside down. People were screaming in the dark,"',
          "direct", "he", "Mehmet Ali Öztürk", speaker_at="he said from"),
        Q("Wet road conditions and speed may have played a role", "indirect", "security sources", None),
        Q("that it was cooperating fully with the judicial authorities", "indirect", "Kaya Turizm", "Kaya Turizm"),
        Q('"Our thoughts are with the families of those we lost,"', "direct", "the company", "Kaya Turizm"),
        Q("the stretch of road would be examined by engineers from the General Directorate of Highways (KGM)",
          "indirect", "Osman Nuri Demirtaş", "Osman Nuri Demirtaş"),
        Q('"a painful loss for our whole nation."', "partial", "He", "Osman Nuri Demirtaş",
          speaker_at="He described"),
    ]),
    Case("blind59-rabies", """NTT declares rabies outbreak in South Central Timor after 11 deaths

Kupang, E Nusa Tenggara (ANTARA) - The East Nusa Tenggara (NTT) provincial government has declared a rabies outbreak, or extraordinary event (KLB), in South Central Timor district after 11 people died of the disease since January, an official said on Tuesday.

"We have recorded 1,263 dog bite cases so far this year, and 11 of the victims could not be saved," head of the East Nusa Tenggara Provincial Health Office, Maria Goreti Dhey, told ANTARA here.

She said several community health centres (puskesmas) in the district had run out of human anti-rabies vaccine (VAR), and that the provincial government had requested 5,000 additional doses from the Health Ministry.

According to Dhey, most of the victims were children under 15 who had been bitten by unvaccinated dogs roaming freely in villages.

South Central Timor District Head Eduard Markus Lioe said his administration would vaccinate at least 40,000 dogs by the end of the year, with help from the provincial animal husbandry office.

"We ask residents to keep their dogs tied up and to immediately bring anyone who is bitten to the nearest puskesmas. Do not wait, and do not go to a traditional healer first," he remarked.

Meanwhile, the Health Ministry's director of communicable disease prevention and control, Yudhi Prasetyo, stated that the ministry had dispatched 3,000 vials of vaccine and anti-rabies serum to Kupang on Monday.

"The distribution is being accelerated. Rabies is 100 percent fatal once symptoms appear, but it is 100 percent preventable if the wound is washed with soap and running water and the vaccine is given on time," Prasetyo noted.

Yakobus Nenobais, a resident of Soe, the district capital, said his nine-year-old nephew was bitten by a neighbour's dog last week.

"The puskesmas in our village had no vaccine, so we had to rent a car and take him to Kupang," he said.

Rabies has been endemic in parts of NTT since 1997, when the disease was first detected on Flores island, according to the provincial health office.

The outbreak status allows the district to draw on emergency funds and request assistance from the central government, Lioe added.

Reporter: Kornelis Kaha
Editor: Rahmad Nasution""", [
        Q("The East Nusa Tenggara (NTT) provincial government has declared a rabies outbreak, or extraordinary event "
          "(KLB), in South Central Timor district after 11 people died of the disease since January", "indirect",
          "an official", None),
        Q('"We have recorded 1,263 dog bite cases so far this year, and 11 of the victims could not be saved,"',
          "direct", "Maria Goreti Dhey", "Maria Goreti Dhey"),
        Q("several community health centres (puskesmas) in the district had run out of human anti-rabies vaccine "
          "(VAR), and that the provincial government had requested 5,000 additional doses from the Health Ministry",
          "indirect", "She", "Maria Goreti Dhey", speaker_at="She said"),
        Q("most of the victims were children under 15 who had been bitten by unvaccinated dogs roaming freely in "
          "villages", "indirect", "Dhey", "Maria Goreti Dhey", speaker_at="According to Dhey"),
        Q("his administration would vaccinate at least 40,000 dogs by the end of the year, with help from the "
          "provincial animal husbandry office", "indirect", "Eduard Markus Lioe", "Eduard Markus Lioe"),
        Q('"We ask residents to keep their dogs tied up and to immediately bring anyone who is bitten to the nearest '
          'puskesmas. Do not wait, and do not go to a traditional healer first,"', "direct", "he",
          "Eduard Markus Lioe", speaker_at="he remarked"),
        Q("that the ministry had dispatched 3,000 vials of vaccine and anti-rabies serum to Kupang on Monday",
          "indirect", "Yudhi Prasetyo", "Yudhi Prasetyo"),
        Q('"The distribution is being accelerated. Rabies is 100 percent fatal once symptoms appear, but it is 100 '
          'percent preventable if the wound is washed with soap and running water and the vaccine is given on time,"',
          "direct", "Prasetyo", "Yudhi Prasetyo", speaker_at="Prasetyo noted"),
        Q("his nine-year-old nephew was bitten by a neighbour's dog last week", "indirect", "Yakobus Nenobais",
          "Yakobus Nenobais"),
        Q('"The puskesmas in our village had no vaccine, so we had to rent a car and take him to Kupang,"', "direct",
          "he", "Yakobus Nenobais", speaker_at="he said"),
        Q("Rabies has been endemic in parts of NTT since 1997, when the disease was first detected on Flores island",
          "indirect", "the provincial health office", "East Nusa Tenggara Provincial Health Office"),
        Q("The outbreak status allows the district to draw on emergency funds and request assistance from the central "
          "government", "indirect", "Lioe", "Eduard Markus Lioe", speaker_at="Lioe added"),
    ]),
    Case("blind59-plympton", """Residents vow to fight 300-home plan on edge of Plympton

Residents on the edge of Plympton have vowed to fight plans for 300 homes on farmland next to a lane that regularly floods in winter.

Developer Westcountry Land Partnership has submitted an outline application to Plymouth City Council for the 14-hectare site off Colebrook Lane, and more than 400 objections have already been lodged online.

A packed public meeting at Colebrook Community Centre on Tuesday night heard a string of complaints about drainage, traffic and school places.

'We are not nimbys. We know the city needs homes,' said Janet Pascoe-Whitley, who chairs the Save Colebrook Fields group. 'But you don't build them on a flood plain with one road in and one road out.'

She said residents had filmed water 'knee-deep' in the lane as recently as January. The group plans to send the footage to every member of the planning committee.

Plympton St Mary ward councillor Dr Rahul Menon told the meeting that he shared many of the concerns raised.

'I've been clear with officers that drainage has to be sorted before a single brick is laid,' he said.

But the developer insists the scheme would 'reduce, not increase' flood risk downstream. In a statement, a spokesperson for Westcountry Land Partnership said the plans included two attenuation ponds and a new culvert, and that 30 per cent of the homes would be affordable.

'We have listened to the community and we will continue to do so,' the spokesperson added. 'Plymouth has more than 8,000 households on its housing register, and schemes like this are part of the answer.'

The long-promised 'Plympton relief road', first mooted in the 1990s, has never been built, and residents say traffic on Ridgeway already grinds to a halt at peak times.

Grandmother Maureen Tregenza, 74, who has lived on Colebrook Lane for 46 years, said: 'My husband and I sandbag the front door every November. If they concrete over those fields, where is the water going to go?'

A Plymouth City Council spokesperson said the application would be decided by the planning committee, probably in the spring, and that all comments received before 14 March would be taken into account.

The Environment Agency, a statutory consultee, said it had not yet responded to the application.""", [
        Q("'We are not nimbys. We know the city needs homes,'", "direct", "Janet Pascoe-Whitley",
          "Janet Pascoe-Whitley"),
        Q("'But you don't build them on a flood plain with one road in and one road out.'", "direct",
          "Janet Pascoe-Whitley", "Janet Pascoe-Whitley"),
        Q("'knee-deep'", "partial", "She", "Janet Pascoe-Whitley", speaker_at="She said"),
        Q("that he shared many of the concerns raised", "indirect", "Rahul Menon", "Rahul Menon"),
        Q("'I've been clear with officers that drainage has to be sorted before a single brick is laid,'", "direct",
          "he", "Rahul Menon", speaker_at="he said"),
        Q("'reduce, not increase'", "partial", "the developer", "Westcountry Land Partnership"),
        Q("the plans included two attenuation ponds and a new culvert, and that 30 per cent of the homes would be "
          "affordable", "indirect", "a spokesperson for Westcountry Land Partnership", None),
        Q("'We have listened to the community and we will continue to do so,'", "direct", "the spokesperson", None),
        Q("'Plymouth has more than 8,000 households on its housing register, and schemes like this are part of the "
          "answer.'", "direct", "the spokesperson", None),
        Q("traffic on Ridgeway already grinds to a halt at peak times", "indirect", "residents", None,
          speaker_at="residents say"),
        Q("'My husband and I sandbag the front door every November. If they concrete over those fields, where is the "
          "water going to go?'", "direct", "Maureen Tregenza", "Maureen Tregenza"),
        Q("the application would be decided by the planning committee, probably in the spring, and that all comments "
          "received before 14 March would be taken into account", "indirect", "A Plymouth City Council spokesperson",
          None),
        Q("it had not yet responded to the application", "indirect", "The Environment Agency", "Environment Agency"),
    ]),
    Case("blind59-kilmeena", """Kilmeena mourns dairy farmer and show stalwart

There was a huge turnout in Kilmeena last Thursday for the funeral of Tomás ‘Tommy’ O’Malley, the Derrylahan dairy farmer and longtime show judge, who died peacefully at Mayo University Hospital on Monday, aged 87.

Mr O’Malley farmed 60 acres at Derrylahan for more than six decades and was a founding member of the Clew Bay Agricultural Show committee in 1962.

Fr Seán Mac Giolla Rua, who celebrated the funeral Mass in St Brendan’s Church, told mourners that Tommy “never passed a neighbour on the road without stopping”.

“He was a man of the land, and the land was good to him because he was good to it,” Fr Mac Giolla Rua said. “He milked his last cow at 81, and only because his knees gave up before he did.”

A keen breeder of Shorthorn cattle, he took the supreme championship at the Clew Bay show three times, in 1971, 1983 and 1999, and was still judging the Shorthorn classes well into his eighties.

His daughter, Bríd Ní Mháille-Walsh, said the family had been overwhelmed by the kindness of neighbours since his death.

“Dad would have been mortified by all the fuss,” she told The Mayo News. “But he would have loved the chat at the house. He never left a wake before two in the morning in his life.”

Show chairperson Declan McGreal said the committee would present a perpetual cup in Tommy’s name at this year’s show in August. According to McGreal, he had judged at the show “for longer than anyone can remember”.

IFA Mayo county chairman Pat Joe Duffy described him as “one of the old school” who had seen farming change beyond recognition, from the horse and cart to the milking robot.

His grandson Ciarán Walsh, who spent his childhood summers saving hay with him in the bottom field, gave a moving eulogy.

“He always said the best fertiliser was the farmer’s footstep. I didn’t know what he meant until I was about 20,” Ciarán said, drawing laughter from the congregation.

Predeceased by his wife Nora in 2015, Tommy is survived by his sons Martin and Pádraig, daughters Bríd and Eileen, 14 grandchildren, three great-grandchildren, his sister Kathleen in Boston, and a wide circle of relatives, neighbours and friends.

He was laid to rest afterwards in Kilmeena Cemetery, within sight of the fields he worked all his life. Ar dheis Dé go raibh a anam.""", [
        Q("“never passed a neighbour on the road without stopping”", "partial", "Seán Mac Giolla Rua",
          "Seán Mac Giolla Rua"),
        Q("“He was a man of the land, and the land was good to him because he was good to it,”", "direct",
          "Mac Giolla Rua", "Seán Mac Giolla Rua", speaker_at="Fr Mac Giolla Rua said"),
        Q("“He milked his last cow at 81, and only because his knees gave up before he did.”", "direct",
          "Mac Giolla Rua", "Seán Mac Giolla Rua", speaker_at="Fr Mac Giolla Rua said"),
        Q("the family had been overwhelmed by the kindness of neighbours since his death", "indirect",
          "Bríd Ní Mháille-Walsh", "Bríd Ní Mháille-Walsh"),
        Q("“Dad would have been mortified by all the fuss,”", "direct", "she", "Bríd Ní Mháille-Walsh",
          speaker_at="she told"),
        Q("“But he would have loved the chat at the house. He never left a wake before two in the morning in his "
          "life.”", "direct", "she", "Bríd Ní Mháille-Walsh", speaker_at="she told"),
        Q("the committee would present a perpetual cup in Tommy’s name at this year’s show in August", "indirect",
          "Declan McGreal", "Declan McGreal"),
        Q("“for longer than anyone can remember”", "partial", "McGreal", "Declan McGreal",
          speaker_at="According to McGreal"),
        Q("“one of the old school”", "partial", "Pat Joe Duffy", "Pat Joe Duffy"),
        Q("“He always said the best fertiliser was the farmer’s footstep. I didn’t know what he meant until I was "
          "about 20,”", "direct", "Ciarán", "Ciarán Walsh", speaker_at="Ciarán said"),
    ]),
    Case("blind59-clydesdales", """Field goal drama as Clydesdales sink Jets in golden point

The Western Clydesdales kept their Hostplus Cup finals hopes alive with a heart-stopping 23-22 golden-point win over the Ipswich Jets at Clive Berghofer Stadium on Saturday night.

Halfback Kalani Te Rangi-Moana slotted a 35-metre field goal in the 84th minute after the Jets had come back from 22-8 down to level the scores with four minutes left in regular time.

"I've been practising them all week and the boys were giving me heaps for missing every one," Te Rangi-Moana said. "To finally nail one when it counts - I'm still shaking, to be honest."

Clydesdales coach Wade van Rijswijk admitted his side had let the Jets back into the contest.

"We made it hard for ourselves. We had three sets on their line in the second half and came away with nothing.

"But I'll take the two points. This competition is too tight to be fussy about how you win them."

Van Rijswijk said centre Sione Tuipulotu-Fifita, who scored two first-half tries, had been "the difference" before he left the field with a rib injury midway through the second half.

Jets coach Tony Kasiano told The Chronicle his side had done enough to win in regulation time and had been unlucky with two late calls from the referee.

"We'll look at the footage. I'm not going to bag the officials, but I thought the knock-on before their second try was pretty clear," Kasiano said.

The Clydesdales said in a statement on Sunday that Tuipulotu-Fifita would have scans on Monday and was unlikely to face Redcliffe next weekend.

Captain Isaac Ngata-Briggs, playing his 100th game for the club, said the home crowd of 3214 had lifted the players when they were out on their feet.

"When that crowd gets going, you feel like you've got an extra man out there," he said.

The win lifts the Clydesdales to sixth on the ladder, a point clear of the Jets with three rounds remaining.

CLYDESDALES 23 (S Tuipulotu-Fifita 2, J O'Rourke tries; K Te Rangi-Moana 5 goals, field goal) def JETS 22 (M Faleafa, T Doyle-Hughes, R Bosch, L Nona tries; R Bosch 3 goals) at Clive Berghofer Stadium.""", [
        Q('"I\'ve been practising them all week and the boys were giving me heaps for missing every one,"', "direct",
          "Te Rangi-Moana", "Kalani Te Rangi-Moana", speaker_at="Te Rangi-Moana said"),
        Q('"To finally nail one when it counts - I\'m still shaking, to be honest."', "direct", "Te Rangi-Moana",
          "Kalani Te Rangi-Moana", speaker_at="Te Rangi-Moana said"),
        Q("his side had let the Jets back into the contest", "indirect", "Wade van Rijswijk", "Wade van Rijswijk"),
        Q('"We made it hard for ourselves. We had three sets on their line in the second half and came away with '
          'nothing.', "direct", "Wade van Rijswijk", "Wade van Rijswijk"),
        Q('"But I\'ll take the two points. This competition is too tight to be fussy about how you win them."',
          "direct", "Wade van Rijswijk", "Wade van Rijswijk"),
        Q('"the difference"', "partial", "Van Rijswijk", "Wade van Rijswijk"),
        Q("his side had done enough to win in regulation time and had been unlucky with two late calls from the "
          "referee", "indirect", "Tony Kasiano", "Tony Kasiano"),
        Q('"We\'ll look at the footage. I\'m not going to bag the officials, but I thought the knock-on before their '
          'second try was pretty clear,"', "direct", "Kasiano", "Tony Kasiano", speaker_at="Kasiano said"),
        Q("that Tuipulotu-Fifita would have scans on Monday and was unlikely to face Redcliffe next weekend",
          "indirect", "The Clydesdales", "Western Clydesdales", speaker_at="The Clydesdales said"),
        Q("the home crowd of 3214 had lifted the players when they were out on their feet", "indirect",
          "Isaac Ngata-Briggs", "Isaac Ngata-Briggs"),
        Q('"When that crowd gets going, you feel like you\'ve got an extra man out there,"', "direct", "he",
          "Isaac Ngata-Briggs", speaker_at="he said"),
    ]),
    Case("blind59-warriors", """Warriors storm back to beat Pats in overtime

The Moose Jaw Warriors erased a three-goal deficit in the third period and beat the Regina Pats 5-4 in overtime Friday night at the Moose Jaw Events Centre.

Jean-Philippe Beaulieu scored 2:41 into the extra frame, tipping a point shot from defenceman Tanner Okemasis past Pats goaltender Lukáš Dvořák.

"Honestly, I didn't even see it go in," Beaulieu said after the game. "I just heard the crowd and figured it must be good."

Down 4-1 after two periods, the Warriors got goals from Okemasis, Brayden Kowalchuk and Harjot Sandhu in an eight-minute span to force overtime.

Warriors head coach Mark O'Leary said his message between periods was a simple one.

"I told them we weren't going to win it back in one shift. Just win the next shift, then the next one," O'Leary said. "They bought in, and the building did the rest."

O'Leary said Okemasis, a 17-year-old from Thunderchild First Nation, had played "probably his best game in a Warriors sweater," logging close to 26 minutes of ice time.

Okemasis, who was named the game's first star, said he had plenty of family in the stands.

"My kokum drove down from Turtleford, so I kind of had to show up tonight," he said with a grin.

Regina head coach Brad Desrochers told reporters his team had "stopped skating" once it built the lead.

"You can't play 40 minutes in this league and expect to win. That's on all of us, me included," Desrochers said. "We'll be better Tuesday."

The Warriors announced before puck drop that forward Cole Pankratz will miss four to six weeks with a lower-body injury.

Dvořák made 38 saves in the loss, while Warriors netminder Ethan Moosomin stopped 27 of 31 shots.

The win moves Moose Jaw within two points of the Pats for the final wild-card spot in the Eastern Conference. The teams meet again Tuesday at the Brandt Centre in Regina.""", [
        Q('"Honestly, I didn\'t even see it go in,"', "direct", "Beaulieu", "Jean-Philippe Beaulieu",
          speaker_at="Beaulieu said after"),
        Q('"I just heard the crowd and figured it must be good."', "direct", "Beaulieu", "Jean-Philippe Beaulieu",
          speaker_at="Beaulieu said after"),
        Q("his message between periods was a simple one", "indirect", "Mark O'Leary", "Mark O'Leary"),
        Q('"I told them we weren\'t going to win it back in one shift. Just win the next shift, then the next one,"',
          "direct", "O'Leary", "Mark O'Leary", speaker_at='," O\'Leary said'),
        Q('"They bought in, and the building did the rest."', "direct", "O'Leary", "Mark O'Leary",
          speaker_at='," O\'Leary said'),
        Q('"probably his best game in a Warriors sweater,"', "partial", "O'Leary", "Mark O'Leary",
          speaker_at="O'Leary said Okemasis"),
        Q("he had plenty of family in the stands", "indirect", "Okemasis", "Tanner Okemasis",
          speaker_at="Okemasis, who was named"),
        Q('"My kokum drove down from Turtleford, so I kind of had to show up tonight,"', "direct", "he",
          "Tanner Okemasis", speaker_at="he said with"),
        Q('"stopped skating"', "partial", "Brad Desrochers", "Brad Desrochers"),
        Q('"You can\'t play 40 minutes in this league and expect to win. That\'s on all of us, me included,"',
          "direct", "Desrochers", "Brad Desrochers", speaker_at="Desrochers said"),
        Q('"We\'ll be better Tuesday."', "direct", "Desrochers", "Brad Desrochers", speaker_at="Desrochers said"),
        Q("that forward Cole Pankratz will miss four to six weeks with a lower-body injury", "indirect",
          "The Warriors", "Moose Jaw Warriors", speaker_at="The Warriors announced"),
    ]),
    Case("blind59-tsavo", """Ivory trial: KWS ranger tells court how she tracked suspects for 20km

A Kenya Wildlife Service (KWS) ranger on Wednesday told a Voi court how she trailed three suspects for nearly 20 kilometres through Tsavo East National Park before they were arrested near a sack containing four elephant tusks.

Corporal Nasieku Parsimei told Senior Principal Magistrate Esther Wanjiru Kimani that she and two colleagues came across fresh footprints next to an elephant carcass near the Galana River on the morning of March 3, 2023.

“The tusks had been hacked off with an axe and the carcass was still warm. We followed the footprints until we found the three men resting under an acacia tree at around 4pm,” she said.

Abdi Mohamed Hassan, Joseph Lekishon ole Sankale and Kazungu Charo Mwamburi have denied charges of killing a protected species and being in possession of wildlife trophies worth Sh12 million without a permit.

According to the charge sheet, the three committed the offences in Tsavo East between March 1 and March 3, 2023.

Under cross-examination by defence lawyer Wycliffe Onyango Otieno, the witness conceded that the tusks were not recovered from any of the accused but from a sack hidden in a thicket about 50 metres away.

“So you cannot tell this court which of my clients, if any, carried that sack?” Mr Otieno asked.

“I saw the second accused carrying it on his shoulder before they stopped to rest,” Cpl Parsimei replied.

Mr Otieno told the court that his clients were herders searching for stray cattle, and that they had been “framed by people who want to cover up their own involvement”.

Prosecution counsel Faith Chebet Rotich said the State would call 11 witnesses, among them a government analyst who carried out DNA tests linking the tusks to the carcass.

Ms Rotich said: “The evidence will show an unbroken chain from that carcass to those tusks and from those tusks to the accused.”

The magistrate declined a fresh application for bail, saying the accused had no fixed abodes and posed a flight risk. They will remain in custody at Manyani GK Prison.

Elephant poaching in the Tsavo Conservation Area has dropped sharply over the past decade. KWS said in its latest annual report that 11 elephants were poached in the ecosystem last year, down from 96 in 2013.

Speaking outside the court, conservationist Dr Halima Abdalla-Mwakio of the Tsavo Trust said successful prosecutions were the best deterrent. “Arrests make headlines, but it is convictions that stop poachers,” she said.

The hearing continues on June 18.""", [
        Q("how she trailed three suspects for nearly 20 kilometres through Tsavo East National Park before they were "
          "arrested near a sack containing four elephant tusks", "indirect", "A Kenya Wildlife Service (KWS) ranger",
          "Nasieku Parsimei"),
        Q("that she and two colleagues came across fresh footprints next to an elephant carcass near the Galana River "
          "on the morning of March 3, 2023", "indirect", "Nasieku Parsimei", "Nasieku Parsimei"),
        Q("“The tusks had been hacked off with an axe and the carcass was still warm. We followed the footprints until "
          "we found the three men resting under an acacia tree at around 4pm,”", "direct", "she", "Nasieku Parsimei",
          speaker_at="she said.\n\nAbdi"),
        Q("the three committed the offences in Tsavo East between March 1 and March 3, 2023", "indirect",
          "the charge sheet", None),
        Q("that the tusks were not recovered from any of the accused but from a sack hidden in a thicket about 50 "
          "metres away", "indirect", "the witness", "Nasieku Parsimei"),
        Q("“So you cannot tell this court which of my clients, if any, carried that sack?”", "direct", "Otieno",
          "Wycliffe Onyango Otieno", speaker_at="Mr Otieno asked"),
        Q("“I saw the second accused carrying it on his shoulder before they stopped to rest,”", "direct", "Parsimei",
          "Nasieku Parsimei", speaker_at="Cpl Parsimei replied"),
        Q("that his clients were herders searching for stray cattle", "indirect", "Otieno", "Wycliffe Onyango Otieno",
          speaker_at="Mr Otieno told"),
        Q("“framed by people who want to cover up their own involvement”", "partial", "Otieno",
          "Wycliffe Onyango Otieno", speaker_at="Mr Otieno told"),
        Q("the State would call 11 witnesses, among them a government analyst who carried out DNA tests linking the "
          "tusks to the carcass", "indirect", "Faith Chebet Rotich", "Faith Chebet Rotich"),
        Q("“The evidence will show an unbroken chain from that carcass to those tusks and from those tusks to the "
          "accused.”", "direct", "Rotich", "Faith Chebet Rotich", speaker_at="Ms Rotich said"),
        Q("the accused had no fixed abodes and posed a flight risk", "indirect", "The magistrate",
          "Esther Wanjiru Kimani"),
        Q("that 11 elephants were poached in the ecosystem last year, down from 96 in 2013", "indirect", "KWS",
          "Kenya Wildlife Service", speaker_at="KWS said"),
        Q("successful prosecutions were the best deterrent", "indirect", "Halima Abdalla-Mwakio",
          "Halima Abdalla-Mwakio"),
        Q("“Arrests make headlines, but it is convictions that stop poachers,”", "direct", "she",
          "Halima Abdalla-Mwakio", speaker_at="she said.\n\nThe hearing"),
    ]),
    Case("blind59-runoff", """Nguyen-Broussard edges Ladner in District 49 GOP runoff

GULFPORT, Miss. — Biloxi businesswoman Linh Nguyen-Broussard narrowly won the Republican runoff for state Senate District 49 on Tuesday, beating state Rep. Dwayne “Boo” Ladner by 312 votes, according to unofficial returns from the Harrison County Circuit Clerk’s Office.

“This was a campaign about the Coast, not about me,” Nguyen-Broussard told supporters at her watch party at a pho restaurant on Pass Road. “Shrimpers, nurses, casino workers — they’re the ones who carried us over the line tonight.”

The daughter of refugees who settled in East Biloxi in 1979 and built a seafood-processing business, Nguyen-Broussard, 44, would be the first Vietnamese American elected to the Mississippi Senate if she wins in November. She faces Democrat Marcus Delahoussaye, a Gulfport high school principal, in the general election.

Ladner, who has represented House District 118 since 2016, did not concede Tuesday night. In a brief statement, he said he would “wait for every absentee and affidavit ballot to be counted” before commenting further.

Circuit Clerk Rhonda Wells-Fayard said about 600 absentee and affidavit ballots were still outstanding and would be reviewed by Friday. Turnout in the runoff was just under 14 percent, she said, compared with 22 percent in the first round three weeks ago.

The seat came open when Sen. J. Harlan Moffett announced his retirement last year after two decades in the Legislature. Moffett endorsed Nguyen-Broussard the day after the first round.

“She outworked everybody in this race,” Moffett said in a phone interview Wednesday. “I knocked doors in this district for 20 years, and I never saw anybody do it the way she did.”

Flood insurance premiums, the slow pace of repairs at the Port of Gulfport and the future of the Mississippi Sound oyster reefs dominated the campaign. Voters leaving the Orange Grove precinct Tuesday afternoon said rising insurance costs were their biggest worry.

“My premium doubled in two years, and nobody in Jackson seems to care,” said retired pipefitter Earl Dedeaux, 68.

In East Biloxi, the Rev. Dominic Trần Văn Minh, pastor of Vietnamese Martyrs Catholic Church, said a number of older parishioners had voted for the first time in their lives. “Some of them came to this country with nothing and never believed a ballot was meant for them,” Father Minh said.

Delahoussaye said in a statement that he congratulated Nguyen-Broussard and looked forward to “a campaign about ideas, not insults.”

The general election is Nov. 4.""", [
        Q("Biloxi businesswoman Linh Nguyen-Broussard narrowly won the Republican runoff for state Senate District 49 "
          "on Tuesday, beating state Rep. Dwayne “Boo” Ladner by 312 votes", "indirect",
          "unofficial returns from the Harrison County Circuit Clerk’s Office", None),
        Q("“This was a campaign about the Coast, not about me,”", "direct", "Nguyen-Broussard", "Linh Nguyen-Broussard",
          speaker_at="Nguyen-Broussard told"),
        Q("“Shrimpers, nurses, casino workers — they’re the ones who carried us over the line tonight.”", "direct",
          "Nguyen-Broussard", "Linh Nguyen-Broussard", speaker_at="Nguyen-Broussard told"),
        Q("“wait for every absentee and affidavit ballot to be counted”", "partial", "he", "Dwayne Ladner",
          speaker_at="statement, he said"),
        Q("about 600 absentee and affidavit ballots were still outstanding and would be reviewed by Friday",
          "indirect", "Rhonda Wells-Fayard", "Rhonda Wells-Fayard"),
        Q("Turnout in the runoff was just under 14 percent", "indirect", "she", "Rhonda Wells-Fayard",
          speaker_at="she said, compared"),
        Q("“She outworked everybody in this race,”", "direct", "Moffett", "J. Harlan Moffett",
          speaker_at="Moffett said"),
        Q("“I knocked doors in this district for 20 years, and I never saw anybody do it the way she did.”", "direct",
          "Moffett", "J. Harlan Moffett", speaker_at="Moffett said"),
        Q("rising insurance costs were their biggest worry", "indirect",
          "Voters leaving the Orange Grove precinct Tuesday afternoon", None),
        Q("“My premium doubled in two years, and nobody in Jackson seems to care,”", "direct", "Earl Dedeaux",
          "Earl Dedeaux"),
        Q("a number of older parishioners had voted for the first time in their lives", "indirect",
          "Dominic Trần Văn Minh", "Dominic Trần Văn Minh"),
        Q("“Some of them came to this country with nothing and never believed a ballot was meant for them,”",
          "direct", "Father Minh", "Dominic Trần Văn Minh"),
        Q("that he congratulated Nguyen-Broussard", "indirect", "Delahoussaye",
          "Marcus Delahoussaye", speaker_at="Delahoussaye said"),
        Q("“a campaign about ideas, not insults.”", "partial", "Delahoussaye", "Marcus Delahoussaye",
          speaker_at="Delahoussaye said"),
    ]),
    Case("blind59-water-fraud", """N4.2bn fraud: Bank official links ex-perm sec to 37 transfers

A compliance officer with a commercial bank, Mrs Zainab Bello-Adeyemi, on Tuesday told the Federal High Court in Lagos that a former Permanent Secretary in the Federal Ministry of Water Resources, Alhaji Sani Danladi Abubakar, was the sole signatory to an account that received 37 transfers totalling N4.2bn between 2019 and 2021.

Abubakar is standing trial alongside a contractor, Chief Olumide Adebanjo-Cole, and his company, Greenfield Aqua Systems Limited, on 19 counts bordering on conspiracy, stealing and money laundering.

In October 2022, the Economic and Financial Crimes Commission arraigned the defendants, alleging that the money had been earmarked for rural water projects in Kano, Sokoto and Jigawa states. They pleaded not guilty to the charges.

Led in evidence by the EFCC counsel, Oluwaseun Ibitoye, the witness said the funds were described in the bank's records as payments for borehole and solar pump installations in 12 states.

"Most of the inflows were withdrawn in cash or moved to bureau de change operators within 48 hours of hitting the account. That pattern triggered several suspicious transaction reports from our bank to the NFIU," Bello-Adeyemi told the court.

She added that the bank had written to the first defendant twice in 2020 requesting the contracts backing the payments, "but no documents were ever supplied."

Under cross-examination by counsel to the first defendant, Chief Emeka Nwachukwu-Obi (SAN), the witness admitted that she had never met Abubakar in person.

"So everything you have told this court came from documents prepared by other people?" Nwachukwu-Obi asked.

"Yes, my lord. But they are the bank's official records," she replied.

Counsel to the second and third defendants, Mr Babatunde Ajayi-Lawal, said his clients had fully executed the contracts.

"Every borehole is there for anybody to inspect. If need be, we will take this court to the sites," he said.

The trial judge, Justice Adenike Coker-Ogundipe, adjourned the matter till March 12 for continuation of trial and ordered that the defendants remain on the bail earlier granted them.

"Let me warn both sides that this court will not tolerate any further delay tactics," the judge said.

Speaking with journalists after the sitting, Abubakar's younger brother, Malam Ibrahim Danladi, said the family was confident the former permanent secretary would be vindicated.

"He served this country for 33 years without a single query. We trust the judiciary," Danladi said.""", [
        Q("that a former Permanent Secretary in the Federal Ministry of Water Resources, Alhaji Sani Danladi Abubakar, "
          "was the sole signatory to an account that received 37 transfers totalling N4.2bn between 2019 and 2021",
          "indirect", "Zainab Bello-Adeyemi", "Zainab Bello-Adeyemi"),
        Q("that the money had been earmarked for rural water projects in Kano, Sokoto and Jigawa states", "indirect",
          "the Economic and Financial Crimes Commission", "Economic and Financial Crimes Commission"),
        Q("the funds were described in the bank's records as payments for borehole and solar pump installations in 12 "
          "states", "indirect", "the witness", "Zainab Bello-Adeyemi", speaker_at="the witness said"),
        Q('"Most of the inflows were withdrawn in cash or moved to bureau de change operators within 48 hours of '
          'hitting the account. That pattern triggered several suspicious transaction reports from our bank to the '
          'NFIU,"', "direct", "Bello-Adeyemi", "Zainab Bello-Adeyemi", speaker_at="Bello-Adeyemi told"),
        Q("that the bank had written to the first defendant twice in 2020 requesting the contracts backing the "
          "payments", "indirect", "She", "Zainab Bello-Adeyemi", speaker_at="She added"),
        Q('"but no documents were ever supplied."', "partial", "She", "Zainab Bello-Adeyemi",
          speaker_at="She added"),
        Q("that she had never met Abubakar in person", "indirect", "the witness", "Zainab Bello-Adeyemi",
          speaker_at="the witness admitted"),
        Q('"So everything you have told this court came from documents prepared by other people?"', "direct",
          "Nwachukwu-Obi", "Emeka Nwachukwu-Obi", speaker_at="Nwachukwu-Obi asked"),
        Q('"Yes, my lord. But they are the bank\'s official records,"', "direct", "she", "Zainab Bello-Adeyemi",
          speaker_at="she replied"),
        Q("his clients had fully executed the contracts", "indirect", "Babatunde Ajayi-Lawal",
          "Babatunde Ajayi-Lawal"),
        Q('"Every borehole is there for anybody to inspect. If need be, we will take this court to the sites,"',
          "direct", "he", "Babatunde Ajayi-Lawal", speaker_at="he said"),
        Q('"Let me warn both sides that this court will not tolerate any further delay tactics,"', "direct",
          "the judge", "Adenike Coker-Ogundipe"),
        Q("the family was confident the former permanent secretary would be vindicated", "indirect",
          "Ibrahim Danladi", "Ibrahim Danladi"),
        Q('"He served this country for 33 years without a single query. We trust the judiciary,"', "direct",
          "Danladi", "Ibrahim Danladi", speaker_at="Danladi said"),
    ]),
    Case("blind59-durban-port", """Durban port grinds to a halt as Untu strike enters third day

Container terminals at the Port of Durban were all but idle on Wednesday as a wage strike by members of the United National Transport Union (Untu) entered its third day, raising fears of knock-on delays across southern Africa.

Transnet Port Terminals said only 11 of the 42 ship-to-shore cranes at the Durban Container Terminal were working on Wednesday morning, and that at least 23 vessels were waiting at anchorage.

“We are engaging with organised labour and remain committed to finding a solution at the bargaining table,” Transnet spokesperson Nqobile Dlamini-Reddy said. “Contingency plans are in place, but we cannot pretend operations are normal.”

Untu general secretary Cornelius du Preez told Daily Maverick the union would not budge on its demand for a 12% increase, against Transnet’s final offer of 5.5%.

“Our members have watched this company pay consultants billions while they work double shifts on equipment that breaks down every week. Enough is enough,” Du Preez said.

He said the strike would continue “until Transnet comes back with a serious offer”, and warned that workers at Richards Bay and Ngqura could down tools from Monday.

Outside the Bayhead gate, straddle-carrier driver Sibusiso Mkhize, who has worked at the port for 17 years, said he took home less than R14,000 a month.

“I have three children in school. Five percent is nothing when the taxi fare goes up every year,” he said.

Business groups were less sympathetic. Durban Chamber of Commerce and Industry chief executive Vikash Naidoo said the stoppage was costing the regional economy an estimated R250-million a day.

“Every day this goes on, a citrus farmer in Limpopo or a car plant in East London loses money. The port is the heartbeat of this economy,” Naidoo said.

In a customer advisory on Tuesday, Maersk warned that delays of up to 10 days on Durban calls were likely, and said it was diverting some cargo to Maputo.

According to Prof Lindiwe Ngcobo-Pretorius, a logistics economist at the University of KwaZulu-Natal, the backlog could take “at least three weeks” to clear even if the strike ended immediately.

The strike is a fresh blow to Transnet’s much-vaunted “Reinvent for Growth” strategy, under which the state-owned company has promised to lift container volumes in Durban by a third by 2027.

The Commission for Conciliation, Mediation and Arbitration (CCMA) said talks between the parties would resume on Thursday morning. DM""", [
        Q("only 11 of the 42 ship-to-shore cranes at the Durban Container Terminal were working on Wednesday morning, "
          "and that at least 23 vessels were waiting at anchorage", "indirect", "Transnet Port Terminals",
          "Transnet Port Terminals"),
        Q("“We are engaging with organised labour and remain committed to finding a solution at the bargaining "
          "table,”", "direct", "Nqobile Dlamini-Reddy", "Nqobile Dlamini-Reddy"),
        Q("“Contingency plans are in place, but we cannot pretend operations are normal.”", "direct",
          "Nqobile Dlamini-Reddy", "Nqobile Dlamini-Reddy"),
        Q("the union would not budge on its demand for a 12% increase, against Transnet’s final offer of 5.5%",
          "indirect", "Cornelius du Preez", "Cornelius du Preez"),
        Q("“Our members have watched this company pay consultants billions while they work double shifts on equipment "
          "that breaks down every week. Enough is enough,”", "direct", "Du Preez", "Cornelius du Preez",
          speaker_at="Du Preez said"),
        Q("“until Transnet comes back with a serious offer”", "partial", "He", "Cornelius du Preez",
          speaker_at="He said the strike"),
        Q("that workers at Richards Bay and Ngqura could down tools from Monday", "indirect", "He",
          "Cornelius du Preez", speaker_at="He said the strike"),
        Q("he took home less than R14,000 a month", "indirect", "Sibusiso Mkhize", "Sibusiso Mkhize"),
        Q("“I have three children in school. Five percent is nothing when the taxi fare goes up every year,”",
          "direct", "he", "Sibusiso Mkhize", speaker_at="he said"),
        Q("the stoppage was costing the regional economy an estimated R250-million a day", "indirect",
          "Vikash Naidoo", "Vikash Naidoo"),
        Q("“Every day this goes on, a citrus farmer in Limpopo or a car plant in East London loses money. The port is "
          "the heartbeat of this economy,”", "direct", "Naidoo", "Vikash Naidoo", speaker_at="economy,” Naidoo said"),
        Q("that delays of up to 10 days on Durban calls were likely", "indirect", "Maersk", "Maersk"),
        Q("it was diverting some cargo to Maputo", "indirect", "Maersk", "Maersk"),
        Q("“at least three weeks”", "partial", "Lindiwe Ngcobo-Pretorius", "Lindiwe Ngcobo-Pretorius"),
        Q("talks between the parties would resume on Thursday morning", "indirect",
          "The Commission for Conciliation, Mediation and Arbitration (CCMA)",
          "Commission for Conciliation, Mediation and Arbitration"),
    ]),
    Case("blind59-nyamandeya", """Govt steps in as Nyamandeya chieftainship wrangle deepens

Government has set up a five-member committee to resolve a long-running succession dispute over the Nyamandeya chieftainship in Mutoko district, which has divided two ruling houses since the death of the substantive chief in 2021.

Speaking at a meeting with villagers at Nyamandeya Business Centre on Saturday, Mashonaland East Provincial Development Coordinator Mr Gift Mushonga said the committee would interview elders from both the Chiwaridzo and Makoni-Tsuro houses and submit its findings within 60 days.

“Government will not impose a chief on the people. The process must follow the customs of this community and the Traditional Leaders Act,” he said.

“Those who are threatening violence should know that the law will take its course.”

The dispute pits acting chief Mr Tinashe Chiwaridzo (58), a nephew of the late Chief Nyamandeya, against Mr Farai Makoni-Tsuro, a retired headmaster who says the chieftainship should now pass to his house.

Mr Makoni-Tsuro told The Herald that the title had rotated between the two houses since before independence.

“Our grandfathers agreed on this in front of the elders and the spirit mediums. It is not something one family can change just because it is the one in the chair today,” he said.

Mr Chiwaridzo, however, insisted that the rotation was “a recent invention” and that his appointment had been endorsed by the family council soon after his uncle’s burial.

Chief Simbarashe Nemakonde, who chairs the Mashonaland East Provincial Assembly of Chiefs, said the wrangle had “dragged on for far too long”.

“Villagers have nowhere to take their land disputes and their cases of stock theft. Development has stalled, and our young people are taking sides,” said Chief Nemakonde.

Tensions in the area rose in October after a homestead belonging to a supporter of the Makoni-Tsuro house was set on fire. Mashonaland East police spokesperson Inspector Tendai Mwanza confirmed that a case of arson had been reported and that two suspects had been arrested.

Last month, Local Government and Public Works Minister Cde Winston Mapfumo said there were more than 40 unresolved chieftainship disputes across the country. He said his ministry was working closely with the National Council of Chiefs to clear the backlog before the end of the year.

Villagers who attended Saturday’s meeting said they wanted peace above all else.

“We do not mind which house wins. We just want a chief who will sit with us and solve our problems,” said Mrs Rutendo Mazarura, a vendor at the business centre.""", [
        Q("the committee would interview elders from both the Chiwaridzo and Makoni-Tsuro houses and submit its "
          "findings within 60 days", "indirect", "Gift Mushonga", "Gift Mushonga"),
        Q("“Government will not impose a chief on the people. The process must follow the customs of this community "
          "and the Traditional Leaders Act,”", "direct", "he", "Gift Mushonga",
          speaker_at="he said.\n\n“Those"),
        Q("“Those who are threatening violence should know that the law will take its course.”", "direct", "he",
          "Gift Mushonga", speaker_at="he said.\n\n“Those"),
        Q("the chieftainship should now pass to his house", "indirect", "Farai Makoni-Tsuro", "Farai Makoni-Tsuro",
          speaker_at="Mr Farai Makoni-Tsuro"),
        Q("that the title had rotated between the two houses since before independence", "indirect",
          "Makoni-Tsuro", "Farai Makoni-Tsuro", speaker_at="Mr Makoni-Tsuro told"),
        Q("“Our grandfathers agreed on this in front of the elders and the spirit mediums. It is not something one "
          "family can change just because it is the one in the chair today,”", "direct", "he", "Farai Makoni-Tsuro",
          speaker_at="today,” he said"),
        Q("“a recent invention”", "partial", "Chiwaridzo", "Tinashe Chiwaridzo",
          speaker_at="Mr Chiwaridzo, however"),
        Q("that his appointment had been endorsed by the family council soon after his uncle’s burial", "indirect",
          "Chiwaridzo", "Tinashe Chiwaridzo", speaker_at="Mr Chiwaridzo, however"),
        Q("“dragged on for far too long”", "partial", "Simbarashe Nemakonde", "Simbarashe Nemakonde"),
        Q("“Villagers have nowhere to take their land disputes and their cases of stock theft. Development has "
          "stalled, and our young people are taking sides,”", "direct", "Nemakonde", "Simbarashe Nemakonde",
          speaker_at="said Chief Nemakonde"),
        Q("that a case of arson had been reported and that two suspects had been arrested", "indirect",
          "Tendai Mwanza", "Tendai Mwanza"),
        Q("there were more than 40 unresolved chieftainship disputes across the country", "indirect",
          "Winston Mapfumo", "Winston Mapfumo"),
        Q("his ministry was working closely with the National Council of Chiefs to clear the backlog before the end "
          "of the year", "indirect", "He", "Winston Mapfumo", speaker_at="He said his ministry"),
        Q("they wanted peace above all else", "indirect", "Villagers who attended Saturday’s meeting", None),
        Q("“We do not mind which house wins. We just want a chief who will sit with us and solve our problems,”",
          "direct", "Rutendo Mazarura", "Rutendo Mazarura"),
    ]),
    Case("blind59-cyclone", """Cyclone Shakti: Heavy rain, high waves expected in Dhofar and Al Wusta

MUSCAT, Oct 14 - Oman Meteorology has warned that Cyclone Shakti is expected to bring heavy rain and rough seas to Dhofar and Al Wusta from Wednesday, as the storm tracks north-west across the Arabian Sea.

According to Oman Meteorology, a department of the Civil Aviation Authority, the centre of the cyclone was about 380 km south-east of Salalah on Monday afternoon, with surface winds of 110 to 130 km/h around its eye.

"We expect Shakti to weaken to a deep tropical depression before it reaches the coast, but its outer bands will bring between 150 mm and 400 mm of rain to parts of Dhofar," said Nasser bin Khamis Al Hajri, a forecaster at the National Multi Hazard Early Warning Centre.

Al Hajri said waves of four to six metres were expected along the coasts of the two governorates, and that wadis in the mountain areas of Dhofar could flow "with great force" by Wednesday night.

The National Committee for Emergency Management (NCEM) said 48 shelters had been prepared in schools and community halls in Salalah, Taqah, Mirbat, Sadah and Shalim, with room for more than 12,000 people.

"All sectors are on full alert. Rescue teams, medical supplies and heavy equipment have already been moved to Dhofar," an NCEM official said at a press briefing in Muscat.

The Royal Oman Police said in a statement that the road between Thumrait and Salalah may be closed at short notice, and called on motorists to avoid crossing flooded wadis.

The Ministry of Education announced that schools in Dhofar and Al Wusta would switch to distance learning on Wednesday and Thursday.

Sheikh Ahmed bin Mohammed Al Shanfari, a member of the State Council from Dhofar, said residents had learned hard lessons from Cyclone Mekunu in 2018.

"People in Dhofar remember Mekunu very well. Everyone is taking this seriously, and the elders are telling the young men to stay away from the wadis," he told the Observer.

Shoppers at hypermarkets in Salalah said bottled water, bread and candles had sold out by mid-afternoon on Monday.

"I bought water, rice and batteries for a week. Last time the electricity was off for three days," said Fatma bint Saeed Al Kathiri, a mother of four from Al Saada.

Omran Group said guests at several hotels in Salalah's coastal tourist areas were being moved to properties further inland as a precaution. Oman Air said flights to and from Salalah were operating as scheduled for now, but advised travellers to check the status of their flights before going to the airport.""", [
        Q("that Cyclone Shakti is expected to bring heavy rain and rough seas to Dhofar and Al Wusta from Wednesday",
          "indirect", "Oman Meteorology", "Oman Meteorology", speaker_at="MUSCAT, Oct 14 - Oman Meteorology"),
        Q("the centre of the cyclone was about 380 km south-east of Salalah on Monday afternoon, with surface winds of "
          "110 to 130 km/h around its eye", "indirect", "Oman Meteorology", "Oman Meteorology",
          speaker_at="According to Oman Meteorology"),
        Q('"We expect Shakti to weaken to a deep tropical depression before it reaches the coast, but its outer bands '
          'will bring between 150 mm and 400 mm of rain to parts of Dhofar,"', "direct",
          "Nasser bin Khamis Al Hajri", "Nasser bin Khamis Al Hajri"),
        Q("waves of four to six metres were expected along the coasts of the two governorates", "indirect",
          "Al Hajri", "Nasser bin Khamis Al Hajri", speaker_at="Al Hajri said"),
        Q('"with great force"', "partial", "Al Hajri", "Nasser bin Khamis Al Hajri", speaker_at="Al Hajri said"),
        Q("48 shelters had been prepared in schools and community halls in Salalah, Taqah, Mirbat, Sadah and Shalim, "
          "with room for more than 12,000 people", "indirect", "The National Committee for Emergency Management (NCEM)",
          "National Committee for Emergency Management"),
        Q('"All sectors are on full alert. Rescue teams, medical supplies and heavy equipment have already been moved '
          'to Dhofar,"', "direct", "an NCEM official", None),
        Q("that the road between Thumrait and Salalah may be closed at short notice", "indirect",
          "The Royal Oman Police", "Royal Oman Police"),
        Q("that schools in Dhofar and Al Wusta would switch to distance learning on Wednesday and Thursday",
          "indirect", "The Ministry of Education", "Ministry of Education"),
        Q("residents had learned hard lessons from Cyclone Mekunu in 2018", "indirect",
          "Ahmed bin Mohammed Al Shanfari", "Ahmed bin Mohammed Al Shanfari"),
        Q('"People in Dhofar remember Mekunu very well. Everyone is taking this seriously, and the elders are telling '
          'the young men to stay away from the wadis,"', "direct", "he", "Ahmed bin Mohammed Al Shanfari",
          speaker_at="he told"),
        Q("bottled water, bread and candles had sold out by mid-afternoon on Monday", "indirect",
          "Shoppers at hypermarkets in Salalah", None),
        Q('"I bought water, rice and batteries for a week. Last time the electricity was off for three days,"',
          "direct", "Fatma bint Saeed Al Kathiri", "Fatma bint Saeed Al Kathiri"),
        Q("guests at several hotels in Salalah's coastal tourist areas were being moved to properties further inland "
          "as a precaution", "indirect", "Omran Group", "Omran Group"),
        Q("flights to and from Salalah were operating as scheduled for now", "indirect", "Oman Air", "Oman Air"),
    ]),
    Case("blind59-insurer", """Sentosa Mutual Q3 profit up 18% on motor, medical premiums

PETALING JAYA: Sentosa Mutual Bhd's net profit rose 18% to RM146.2 million in the third quarter ended Sept 30, lifted by higher premiums from its motor and medical insurance businesses.

In a filing with Bursa Malaysia today, the insurer said gross written premiums grew 9.4% year-on-year to RM1.31 billion, while its combined ratio improved to 91.8% from 94.6% a year earlier.

Group chief executive officer Datuk Ong Wei Leng said the results reflected "disciplined underwriting" as well as a recovery in new car sales.

"Medical inflation remains our biggest challenge. Claims costs are still rising by double digits, and we will have to keep repricing our products responsibly," Ong said in a statement.

She said the group would continue to invest in digital distribution, with 27% of new policies now sold through its app and online partners.

The board declared an interim dividend of six sen per share, payable on Dec 12.

Speaking at an analysts' briefing later in the day, chief financial officer Amirul Hakim Zulkifli said the company expected full-year profit to exceed RM550 million, barring major flood losses in the fourth quarter.

"The monsoon is always the wild card for us. We have strengthened our reinsurance cover this year, so our net exposure is lower than in 2021," he said.

MIDF Research said in a note that the results were above expectations, accounting for 79% of its full-year forecast.

An analyst with a local brokerage, who asked not to be named, told FMT the stock was "priced for perfection" after a 35% rally this year.

The results come as insurers face pressure over rising medical premiums. Earlier this year, Bank Negara Malaysia said insurers and takaful operators should spread premium increases for medical policies over at least three years.

Consumer groups remain unconvinced. National Consumer Complaints Centre adviser Dr K Letchumanan said policyholders were "paying more every year for the same cover".

"Families are being asked to choose between groceries and their medical card while insurers post record profits. Something is not right," he said.

Ong, however, rejected the suggestion that insurers were profiteering.

"For every ringgit we collect in medical premiums, we pay out more than 90 sen in claims and costs. These are thin margins," she told reporters.

Sentosa Mutual shares closed 12 sen, or 1.9%, higher at RM6.42 on Bursa Malaysia today, valuing the company at about RM4.8 billion.""", [
        Q("gross written premiums grew 9.4% year-on-year to RM1.31 billion, while its combined ratio improved to 91.8% "
          "from 94.6% a year earlier", "indirect", "the insurer", "Sentosa Mutual Bhd"),
        Q('"disciplined underwriting"', "partial", "Ong Wei Leng", "Ong Wei Leng"),
        Q('"Medical inflation remains our biggest challenge. Claims costs are still rising by double digits, and we '
          'will have to keep repricing our products responsibly,"', "direct", "Ong", "Ong Wei Leng",
          speaker_at="Ong said in a statement"),
        Q("the group would continue to invest in digital distribution, with 27% of new policies now sold through its "
          "app and online partners", "indirect", "She", "Ong Wei Leng", speaker_at="She said"),
        Q("the company expected full-year profit to exceed RM550 million, barring major flood losses in the fourth "
          "quarter", "indirect", "Amirul Hakim Zulkifli", "Amirul Hakim Zulkifli"),
        Q('"The monsoon is always the wild card for us. We have strengthened our reinsurance cover this year, so our '
          'net exposure is lower than in 2021,"', "direct", "he", "Amirul Hakim Zulkifli",
          speaker_at="2021,\" he said"),
        Q("that the results were above expectations, accounting for 79% of its full-year forecast", "indirect",
          "MIDF Research", "MIDF Research"),
        Q('"priced for perfection"', "partial", "An analyst with a local brokerage", None),
        Q("insurers and takaful operators should spread premium increases for medical policies over at least three "
          "years", "indirect", "Bank Negara Malaysia", "Bank Negara Malaysia"),
        Q('"paying more every year for the same cover"', "partial", "K Letchumanan", "K Letchumanan"),
        Q('"Families are being asked to choose between groceries and their medical card while insurers post record '
          'profits. Something is not right,"', "direct", "he", "K Letchumanan", speaker_at="right,\" he said"),
        Q('"For every ringgit we collect in medical premiums, we pay out more than 90 sen in claims and costs. These '
          'are thin margins,"', "direct", "she", "Ong Wei Leng", speaker_at="she told"),
    ]),
    Case("blind59-sugar", """Negros sugar miller's income jumps 41% on bigger harvest

Negros Sugar Holdings Corp. (NSHC) booked a net income of P612 million in the crop year that ended in August, up 41 percent from a year earlier, as higher mill-gate prices and a bigger cane harvest in Negros Occidental lifted revenues.

In a disclosure to the Philippine Stock Exchange on Monday, NSHC said revenues climbed 23 percent to P9.8 billion, while raw sugar output at its three mills rose to 4.1 million bags from 3.6 million bags.

“The recovery of our cane supply after two difficult seasons made a big difference. Our planters finally had the weather on their side,” NSHC president and chief executive officer Jose Maria “Joey” de la Rama-Ledesma said in a statement.

De la Rama-Ledesma said the company would spend P1.2 billion over the next two years to replace boilers at its Talisay mill “so that we can grind faster and waste less cane.”

Planters’ groups welcomed the results but said the windfall should trickle down to the fields.

Ma. Cristina Aguirre-Yulo, president of the National Federation of Sugarcane Planters (NFSP), said farm input costs had nearly doubled since 2021. “When the millers do well, the planters and the sacadas who cut the cane by hand must do well too. That is only fair,” she told the Daily Tribune.

The Sugar Regulatory Administration (SRA) expects national raw sugar production to reach 2.1 million metric tons in the current crop year, its administrator, Renato Villanueva-Gatuslao, said last week. He said the agency saw no need for sugar imports before the first quarter of next year.

Negros Occidental Gov. Ramon Javellana Tupas said the province, which accounts for more than half of the country’s sugar output, depended heavily on the industry.

“Half a million of our people live on sugar, directly or indirectly. When the mills do well, Negros does well,” Tupas said by phone.

But Sen. Ma. Lourdes “Malou” Sison-Abad, who chairs the Senate committee on agriculture, said consumers had yet to feel the benefit. Refined sugar still retails at P90 to P110 a kilo in Metro Manila markets, according to the Department of Agriculture’s price monitoring.

“If production is up and the millers are making money, there is no excuse for retail prices to stay where they are,” the senator said in a radio interview.

NSHC shares closed 2.4 percent higher at P4.25 on Monday.""", [
        Q("revenues climbed 23 percent to P9.8 billion, while raw sugar output at its three mills rose to 4.1 million "
          "bags from 3.6 million bags", "indirect", "NSHC", "Negros Sugar Holdings Corp.", speaker_at="NSHC said"),
        Q("“The recovery of our cane supply after two difficult seasons made a big difference. Our planters finally had "
          "the weather on their side,”", "direct", "Jose Maria “Joey” de la Rama-Ledesma",
          "Jose Maria de la Rama-Ledesma"),
        Q("the company would spend P1.2 billion over the next two years to replace boilers at its Talisay mill",
          "indirect", "De la Rama-Ledesma", "Jose Maria de la Rama-Ledesma"),
        Q("“so that we can grind faster and waste less cane.”", "partial", "De la Rama-Ledesma",
          "Jose Maria de la Rama-Ledesma"),
        Q("the windfall should trickle down to the fields", "indirect", "Planters’ groups", None),
        Q("farm input costs had nearly doubled since 2021", "indirect", "Ma. Cristina Aguirre-Yulo",
          "Ma. Cristina Aguirre-Yulo"),
        Q("“When the millers do well, the planters and the sacadas who cut the cane by hand must do well too. That is "
          "only fair,”", "direct", "she", "Ma. Cristina Aguirre-Yulo", speaker_at="she told"),
        Q("The Sugar Regulatory Administration (SRA) expects national raw sugar production to reach 2.1 million metric "
          "tons in the current crop year", "indirect", "Renato Villanueva-Gatuslao", "Renato Villanueva-Gatuslao"),
        Q("the agency saw no need for sugar imports before the first quarter of next year", "indirect", "He",
          "Renato Villanueva-Gatuslao", speaker_at="He said the agency"),
        Q("the province, which accounts for more than half of the country’s sugar output, depended heavily on the "
          "industry", "indirect", "Ramon Javellana Tupas", "Ramon Javellana Tupas"),
        Q("“Half a million of our people live on sugar, directly or indirectly. When the mills do well, Negros does "
          "well,”", "direct", "Tupas", "Ramon Javellana Tupas", speaker_at="Tupas said by phone"),
        Q("consumers had yet to feel the benefit", "indirect", "Ma. Lourdes “Malou” Sison-Abad",
          "Ma. Lourdes Sison-Abad"),
        Q("Refined sugar still retails at P90 to P110 a kilo in Metro Manila markets", "indirect",
          "the Department of Agriculture’s price monitoring", None),
        Q("“If production is up and the millers are making money, there is no excuse for retail prices to stay where "
          "they are,”", "direct", "the senator", "Ma. Lourdes Sison-Abad"),
    ]),
    Case("blind59-nurses", """Nurses’ strike leaves Lahore wards short-staffed

LAHORE: Patients at several public hospitals in the provincial capital faced severe hardship on Thursday as nurses boycotted duties for a fourth consecutive day to press for a new service structure and the restoration of their health risk allowance.

The Young Nurses Association (YNA) Punjab has been staging a sit-in outside Services Hospital since Monday. Its president, Syeda Rabia Bukhari, told The Express Tribune that nurses had been “promised everything and given nothing” for three years.

“We are not against patients. Our own mothers and children are admitted in these wards. But the government leaves us no choice when it does not honour its written agreements,” she said.

At Mayo Hospital, attendants said they had been forced to change drips and dressings themselves. “My father had surgery two days ago. There was one nurse for the whole ward last night,” said Muhammad Imran Qureshi, who had travelled from Sheikhupura.

A spokesperson for the Specialised Healthcare and Medical Education Department said emergency departments, operation theatres and intensive care units were functioning normally, and that student nurses and contract staff had been deployed to the general wards.

However, Services Hospital Medical Superintendent Prof Dr Ayesha Tariq Rana acknowledged that elective surgeries had been postponed since Tuesday. “We are managing, but this cannot go on for long,” she said.

Talking to journalists on Wednesday night, Punjab Health Minister Rana Ahsan Iqbal Cheema said a summary for the revised service structure had been sent to the chief minister’s office for approval.

“The nurses’ demands are genuine, and we will resolve them, but hospitals cannot be held hostage,” the minister said. He added that the risk allowance would be restored “from next month’s salary”.

The YNA rejected the assurance. Bukhari said the association had heard the same promise in 2022 and would only end the strike once a notification was issued.

The Pakistan Medical Association (PMA) Lahore chapter expressed solidarity with the striking nurses. Its general secretary, Dr Shahid Mahmood Malik, warned that doctors would join the protest if any action was taken against the nurses. “Any coercive measures will be resisted by the entire medical community,” he said.

Police had baton-charged nurses on Ferozepur Road on Tuesday when they tried to march towards the Punjab Assembly. According to the YNA, at least seven nurses were injured, two of whom were still in hospital.

A police official, requesting anonymity, said the protesters had been stopped because the area fell within the red zone, where rallies are banned.

Punjab has around 30,000 nurses working in public hospitals, according to figures from the Punjab Nurses Examination Board — a ratio that health experts say is far below international standards.""", [
        Q("“promised everything and given nothing”", "partial", "Syeda Rabia Bukhari", "Syeda Rabia Bukhari"),
        Q("“We are not against patients. Our own mothers and children are admitted in these wards. But the government "
          "leaves us no choice when it does not honour its written agreements,”", "direct", "she",
          "Syeda Rabia Bukhari", speaker_at="agreements,” she said"),
        Q("they had been forced to change drips and dressings themselves", "indirect", "attendants", None),
        Q("“My father had surgery two days ago. There was one nurse for the whole ward last night,”", "direct",
          "Muhammad Imran Qureshi", "Muhammad Imran Qureshi"),
        Q("emergency departments, operation theatres and intensive care units were functioning normally, and that "
          "student nurses and contract staff had been deployed to the general wards", "indirect",
          "A spokesperson for the Specialised Healthcare and Medical Education Department", None),
        Q("that elective surgeries had been postponed since Tuesday", "indirect", "Ayesha Tariq Rana",
          "Ayesha Tariq Rana"),
        Q("“We are managing, but this cannot go on for long,”", "direct", "she", "Ayesha Tariq Rana",
          speaker_at="long,” she said"),
        Q("a summary for the revised service structure had been sent to the chief minister’s office for approval",
          "indirect", "Rana Ahsan Iqbal Cheema", "Rana Ahsan Iqbal Cheema"),
        Q("“The nurses’ demands are genuine, and we will resolve them, but hospitals cannot be held hostage,”",
          "direct", "the minister", "Rana Ahsan Iqbal Cheema"),
        Q("that the risk allowance would be restored", "indirect", "He", "Rana Ahsan Iqbal Cheema",
          speaker_at="He added"),
        Q("“from next month’s salary”", "partial", "He", "Rana Ahsan Iqbal Cheema", speaker_at="He added"),
        Q("the association had heard the same promise in 2022 and would only end the strike once a notification was "
          "issued", "indirect", "Bukhari", "Syeda Rabia Bukhari", speaker_at="Bukhari said"),
        Q("that doctors would join the protest if any action was taken against the nurses", "indirect",
          "Shahid Mahmood Malik", "Shahid Mahmood Malik"),
        Q("“Any coercive measures will be resisted by the entire medical community,”", "direct", "he",
          "Shahid Mahmood Malik", speaker_at="community,” he said"),
        Q("at least seven nurses were injured, two of whom were still in hospital", "indirect", "the YNA",
          "Young Nurses Association", speaker_at="According to the YNA"),
        Q("the protesters had been stopped because the area fell within the red zone, where rallies are banned", "indirect", "A police official", None),
        Q("Punjab has around 30,000 nurses working in public hospitals", "indirect",
          "figures from the Punjab Nurses Examination Board", None),
        Q("far below international standards", "indirect", "health experts", None),
    ]),
    Case("blind59-sengupta", """Amalendu Sengupta, stage and screen veteran, dies at 84

Amalendu Sengupta, whose gravelly voice and restless eyes made him one of Bengali theatre's most recognisable faces for half a century, died at a private hospital in Salt Lake on Sunday night. He was 84.

He had been admitted with a chest infection last Tuesday, his son, the cinematographer Rishav Sengupta, said.

'Baba went peacefully. On Saturday he recited a few lines from Raktakarabi to the night nurse and asked her whether she had ever seen him on stage,' Rishav said.

Born in Barisal in 1940, Sengupta came to Calcutta as a boy after Partition and joined the amateur stage while studying at Scottish Church College. He went on to act in more than 60 productions and some 90 films, winning the National Film Award for best supporting actor for 'Shesher Kobita Theke' in 1989.

Theatre historian Prof. Tapas Kumar Dutta said Sengupta's 1974 production of 'Raja Lear' at the Academy of Fine Arts had 'changed how Calcutta saw Shakespeare'.

'He did not play Lear as a king. He played him as a tired old man from a north Calcutta para, and the audience wept because they knew that man,' Dutta said.

Film-maker Aparna Ghosh Dastidar, who cast him in three of her films, described him as 'the last of the great voices'.

'He would arrive on set having learnt everyone's lines, not just his own. Young actors were terrified of him for a week and then could not do without him,' she told The Telegraph.

Actress Madhumita Chakraborty-Basu, who played his wife in the long-running television serial 'Sansar Sukher Hoy', said he had 'a terrible temper and a heart of gold'.

State information and cultural affairs minister Debasish Roychowdhury said Sengupta would be given a gun salute, and that his body would be kept at Rabindra Sadan from 2pm on Monday so that admirers could pay their last respects.

A neighbour in Lake Gardens, who did not want to be named, said Sengupta had walked to the Lake Market every morning until last winter, stopping to chat with the fish sellers.

'He always bargained, and he always lost,' the neighbour said, laughing.

Sengupta's wife, the Rabindrasangeet singer Supriya Sengupta, died in 2012. He is survived by his son and a granddaughter.""", [
        Q("He had been admitted with a chest infection last Tuesday", "indirect", "Rishav Sengupta", "Rishav Sengupta"),
        Q("'Baba went peacefully. On Saturday he recited a few lines from Raktakarabi to the night nurse and asked her "
          "whether she had ever seen him on stage,'", "direct", "Rishav", "Rishav Sengupta",
          speaker_at="Rishav said"),
        Q("'changed how Calcutta saw Shakespeare'", "partial", "Tapas Kumar Dutta", "Tapas Kumar Dutta"),
        Q("'He did not play Lear as a king. He played him as a tired old man from a north Calcutta para, and the "
          "audience wept because they knew that man,'", "direct", "Dutta", "Tapas Kumar Dutta",
          speaker_at="man,' Dutta said"),
        Q("'the last of the great voices'", "partial", "Aparna Ghosh Dastidar", "Aparna Ghosh Dastidar"),
        Q("'He would arrive on set having learnt everyone's lines, not just his own. Young actors were terrified of him "
          "for a week and then could not do without him,'", "direct", "she", "Aparna Ghosh Dastidar",
          speaker_at="she told"),
        Q("'a terrible temper and a heart of gold'", "partial", "Madhumita Chakraborty-Basu",
          "Madhumita Chakraborty-Basu"),
        Q("Sengupta would be given a gun salute, and that his body would be kept at Rabindra Sadan from 2pm on Monday "
          "so that admirers could pay their last respects", "indirect", "Debasish Roychowdhury",
          "Debasish Roychowdhury"),
        Q("Sengupta had walked to the Lake Market every morning until last winter, stopping to chat with the fish "
          "sellers", "indirect", "A neighbour in Lake Gardens", None),
        Q("'He always bargained, and he always lost,'", "direct", "the neighbour", None),
    ]),
]
