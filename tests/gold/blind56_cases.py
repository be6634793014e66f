"""Blind gold: sixteen short news articles written without sight of the pretagger.

Wire copy and local papers from many countries and house styles (curly,
straight and British single quotes), with every quote annotated by hand.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind56-dairy", """Kōtuku Dairy Raises Milk Price Forecast as Chinese Buying Picks Up

(Bloomberg) -- Kōtuku Dairy Group, New Zealand's second-largest milk processor, raised its forecast payout to farmers and reported a 14% jump in first-half profit as demand from China and Southeast Asia recovered.

Net income climbed to NZ$212 million ($127 million) in the six months ended Jan. 31, from NZ$186 million a year earlier, the Hamilton-based cooperative said in a statement to the NZX on Thursday. Revenue rose 6% to NZ$5.4 billion.

The company now expects to pay farmers between NZ$8.40 and NZ$8.90 per kilogram of milk solids, up from an earlier range of NZ$8.00 to NZ$8.60.

"We've seen Chinese buyers come back to the table in a meaningful way since November," Chief Executive Officer Hemi Te Awa-Mackenzie said in an interview with Bloomberg Television. "Whole milk powder is doing the heavy lifting, but cheese and butter have held up well too."

Te Awa-Mackenzie said the company was still cautious about the second half, citing higher shipping costs and a strong New Zealand dollar. Prices at the fortnightly Global Dairy Trade auction have risen in five of the last six sessions.

Shares of Kōtuku climbed as much as 4.2% in Wellington trading, the biggest intraday gain since August.

The upgrade "should come as a relief to farmers who have been running at a loss for two seasons," said Rosalind Cheng, an agricultural economist at ASB Bank in Auckland. She said the midpoint of the new range was roughly NZ$1 above the average break-even level for a typical farm.

Federated Farmers, the main farming lobby, welcomed the forecast but said costs for fertilizer, interest and labor remained elevated. "A better milk price doesn't fix everything overnight," dairy chair Richard McIntyre said.

Kōtuku, which collects about 18% of the country's milk, has been selling non-core assets to cut debt. Chief Financial Officer Pieter van der Westhuizen told analysts on a call that the sale of its Australian consumer brands was "on track" to close by the end of June, and that net debt would fall below NZ$2 billion by year-end.

--With assistance from Matthew Brockett.""", [
        Q("Net income climbed to NZ$212 million ($127 million) in the six months ended Jan. 31, from NZ$186 million "
          "a year earlier", "indirect", "the Hamilton-based cooperative", "Kōtuku Dairy Group"),
        Q('"We\'ve seen Chinese buyers come back to the table in a meaningful way since November,"', "direct",
          "Hemi Te Awa-Mackenzie", "Hemi Te Awa-Mackenzie"),
        Q('"Whole milk powder is doing the heavy lifting, but cheese and butter have held up well too."', "direct",
          "Hemi Te Awa-Mackenzie", "Hemi Te Awa-Mackenzie"),
        Q("the company was still cautious about the second half", "indirect", "Te Awa-Mackenzie",
          "Hemi Te Awa-Mackenzie", speaker_at="Te Awa-Mackenzie said the company"),
        Q('"should come as a relief to farmers who have been running at a loss for two seasons,"', "partial",
          "Rosalind Cheng", "Rosalind Cheng"),
        Q("the midpoint of the new range was roughly NZ$1 above the average break-even level for a typical farm",
          "indirect", "She", "Rosalind Cheng", speaker_at="She said"),
        Q("costs for fertilizer, interest and labor remained elevated", "indirect", "Federated Farmers",
          "Federated Farmers"),
        Q('"A better milk price doesn\'t fix everything overnight,"', "direct", "Richard McIntyre", "Richard McIntyre"),
        Q('"on track"', "partial", "Pieter van der Westhuizen", "Pieter van der Westhuizen"),
        Q("net debt would fall below NZ$2 billion by year-end", "indirect", "Pieter van der Westhuizen",
          "Pieter van der Westhuizen"),
    ], source="blind"),
    Case("blind56-kabaddi", """Haryana pip Services in last-raid thriller to enter senior national kabaddi final

Patna, Feb 18 (PTI) Haryana rode on a super-10 from captain Rohit Dahiya to edge defending champions Services 38-36 in a nail-biting semifinal of the 71st Senior National Kabaddi Championship here on Saturday.

Trailing by three points with four minutes left, Haryana turned the match around with a two-point raid by Dahiya and a super tackle in the final 30 seconds at the Patliputra Sports Complex.

"Honestly, I thought we had lost it at one stage. But the boys never stopped believing, and the defence did the job when it mattered," Dahiya said after the match.

Haryana coach Jagdish Kumar Sheoran said the team had worked specifically on closing out tight games. "We practised the last five minutes again and again in the camp at Sonepat. Today it paid off," he told PTI.

Services coach Major (retd) Bhaskaran Nair said his side had been let down by a couple of refereeing decisions in the second half but refused to blame the officials.

"We made mistakes in the corners, that is the truth. You cannot give Haryana so many bonus points and expect to win," Nair said.

In the other semifinal, Maharashtra thrashed Uttar Pradesh 45-29 behind an all-round show from raider Aslam Inamdar-Shaikh and left corner Shubham Kolekar.

Amateur Kabaddi Federation of India (AKFI) administrator Justice (retd) Harjinder Singh Bhullar said the federation would announce the probables for the Asian Games camp within a week of the championship. According to him, as many as 12 players from the tournament were likely to be called up.

"The standard this year has been very high. The selectors have a tough job," Bhullar said, adding that the championship had drawn full houses on all four days.

Bihar State Sports Authority director-general Ravindran Sankaran said Patna was keen to host Pro Kabaddi League matches next season.

The final between Haryana and Maharashtra will be played on Sunday evening. PTI AB KHS KHS""", [
        Q('"Honestly, I thought we had lost it at one stage. But the boys never stopped believing, and the defence did '
          'the job when it mattered,"', "direct", "Dahiya", "Rohit Dahiya", speaker_at="Dahiya said after"),
        Q("the team had worked specifically on closing out tight games", "indirect", "Jagdish Kumar Sheoran",
          "Jagdish Kumar Sheoran"),
        Q('"We practised the last five minutes again and again in the camp at Sonepat. Today it paid off,"', "direct",
          "he", "Jagdish Kumar Sheoran", speaker_at="he told PTI"),
        Q("his side had been let down by a couple of refereeing decisions in the second half", "indirect",
          "Bhaskaran Nair", "Bhaskaran Nair"),
        Q('"We made mistakes in the corners, that is the truth. You cannot give Haryana so many bonus points and '
          'expect to win,"', "direct", "Nair", "Bhaskaran Nair", speaker_at='win," Nair said'),
        Q("the federation would announce the probables for the Asian Games camp within a week of the championship",
          "indirect", "Harjinder Singh Bhullar", "Harjinder Singh Bhullar"),
        Q("as many as 12 players from the tournament were likely to be called up", "indirect", "him",
          "Harjinder Singh Bhullar", speaker_at="According to him"),
        Q('"The standard this year has been very high. The selectors have a tough job,"', "direct", "Bhullar",
          "Harjinder Singh Bhullar", speaker_at="Bhullar said, adding"),
        Q("the championship had drawn full houses on all four days", "indirect", "Bhullar",
          "Harjinder Singh Bhullar", speaker_at="Bhullar said, adding"),
        Q("Patna was keen to host Pro Kabaddi League matches next season", "indirect", "Ravindran Sankaran",
          "Ravindran Sankaran"),
    ], source="blind"),
    Case("blind56-turbines", """Villagers pack hall to oppose wind turbine plan near Clun

Plans for three 150-metre wind turbines on farmland near Clun have sparked a furious row, with campaigners warning they would “industrialise” one of the most unspoilt corners of south Shropshire.

Marchlands Renewables has submitted a scoping request to Shropshire Council for the scheme at Black Hill Farm, which it says could power around 9,000 homes.

More than 300 people packed into Clun Memorial Hall on Tuesday night for a public meeting organised by the Save the Clun Hills group, which has already delivered a leaflet titled “Hands Off Our Hills” to every house in the parish.

“These turbines would be taller than Blackpool Tower and visible from Offa’s Dyke,” said group chairman Gareth Pryce-Evans. “Once they are up, that view is gone for a generation.”

He said the group had already raised more than £12,000 towards legal costs and would seek advice on a judicial review if the plans were approved.

But farmer Ann-Marie Oakley, whose family has worked Black Hill Farm for four generations, said the turbines would secure the farm’s future.

“People talk about the landscape as if it looks after itself,” she told the Star. “It doesn’t. Farming looks after it, and farming is struggling.”

A spokesperson for Marchlands Renewables said the company would hold its own drop-in sessions in the spring and was “committed to meaningful engagement” with the community.

“We recognise that onshore wind can be a sensitive subject,” the spokesperson added. “That is why we are offering a community benefit fund of £45,000 a year for the life of the project.”

Councillor Ruth Houghton-Baker, who represents Clun on Shropshire Council, said residents deserved “a proper say, not a box-ticking exercise”.

The council said a decision on the scoping request was expected by the end of March, and that any full planning application would be subject to a public consultation.

Under changes announced by the Government last year, onshore wind schemes in England are once again decided through the normal planning system rather than needing specific local plan backing.""", [
        Q("“industrialise”", "partial", "campaigners", None),
        Q("could power around 9,000 homes", "indirect", "it", "Marchlands Renewables", speaker_at="which it says"),
        Q("“These turbines would be taller than Blackpool Tower and visible from Offa’s Dyke,”", "direct",
          "Gareth Pryce-Evans", "Gareth Pryce-Evans"),
        Q("“Once they are up, that view is gone for a generation.”", "direct", "Gareth Pryce-Evans",
          "Gareth Pryce-Evans"),
        Q("the group had already raised more than £12,000 towards legal costs and would seek advice on a judicial "
          "review if the plans were approved", "indirect", "He", "Gareth Pryce-Evans", speaker_at="He said"),
        Q("the turbines would secure the farm’s future", "indirect", "Ann-Marie Oakley", "Ann-Marie Oakley"),
        Q("“People talk about the landscape as if it looks after itself,”", "direct", "she", "Ann-Marie Oakley",
          speaker_at="she told the Star"),
        Q("“It doesn’t. Farming looks after it, and farming is struggling.”", "direct", "she", "Ann-Marie Oakley",
          speaker_at="she told the Star"),
        Q("the company would hold its own drop-in sessions in the spring", "indirect",
          "A spokesperson for Marchlands Renewables", None),
        Q("“committed to meaningful engagement”", "partial", "A spokesperson for Marchlands Renewables", None),
        Q("“We recognise that onshore wind can be a sensitive subject,”", "direct", "the spokesperson", None),
        Q("“That is why we are offering a community benefit fund of £45,000 a year for the life of the project.”",
          "direct", "the spokesperson", None),
        Q("“a proper say, not a box-ticking exercise”", "partial", "Ruth Houghton-Baker", "Ruth Houghton-Baker"),
        Q("a decision on the scoping request was expected by the end of March, and that any full planning application "
          "would be subject to a public consultation", "indirect", "The council", "Shropshire Council",
          speaker_at="The council said"),
    ], source="blind"),
    Case("blind56-ferry", """Fury as Uig sailings cut for another six weeks

Islanders have reacted with anger after CalMac confirmed that Uig will lose one of its two daily ferries for a further six weeks while the MV Hebrides is moved to cover a breakdown elsewhere in the fleet.

Caledonian MacBrayne said on Monday that the Hebrides would be redeployed to the Oban–Castlebay route until mid-April, leaving what is known locally as the 'Uig triangle' with a single daily return sailing to Tarbert and Lochmaddy.

In a statement, the operator described the move as a 'difficult decision' and apologised to customers.

'We know how much disruption this causes to island communities and businesses, and we are sorry,' said director of operations Fiona Morrison-Kerr. 'Our fleet remains under significant pressure and we have to put the available vessels where the need is greatest.'

Angus MacLeod, chairman of the Uig and District Community Council, said residents had 'run out of patience'.

'Every winter it's the same story. Hauliers can't plan, the hotel can't take bookings, and folk with hospital appointments in Inverness are left guessing,' he told the Skye Times.

'The new ferry was meant to be here two years ago. We are still waiting.'

The replacement vessel, being built at a yard in Turkey, is now expected to enter service in 2026, according to Caledonian Maritime Assets Ltd (CMAL), the public body that owns the fleet.

Skye MSP Dr Eilidh Nic a' Phì said she had written to the transport secretary asking why no charter vessel had been found to plug the gap.

'Islanders are not asking for miracles. They are asking for a ferry,' she said.

A Transport Scotland spokesman said £700 million had been committed to new vessels and harbour improvements since 2021, adding that ministers were 'acutely aware' of the impact on Skye and the Western Isles.

Businesses on both sides of the Minch say bookings for the Easter holidays have already been hit. Kirsty Mackinnon-Reid, who runs a guest house in Lochmaddy, said three groups had cancelled in the past week alone.

'People just won't risk it,' she said. 'They look at the timetable, they look at the cancellations, and they go to Mull instead.'""", [
        Q("Uig will lose one of its two daily ferries for a further six weeks while the MV Hebrides is moved to cover "
          "a breakdown elsewhere in the fleet", "indirect", "CalMac", "Caledonian MacBrayne"),
        Q("the Hebrides would be redeployed to the Oban–Castlebay route until mid-April, leaving what is known locally "
          "as the 'Uig triangle' with a single daily return sailing to Tarbert and Lochmaddy", "indirect",
          "Caledonian MacBrayne", "Caledonian MacBrayne"),
        Q("'difficult decision'", "partial", "the operator", "Caledonian MacBrayne"),
        Q("'We know how much disruption this causes to island communities and businesses, and we are sorry,'",
          "direct", "Fiona Morrison-Kerr", "Fiona Morrison-Kerr"),
        Q("'Our fleet remains under significant pressure and we have to put the available vessels where the need is "
          "greatest.'", "direct", "Fiona Morrison-Kerr", "Fiona Morrison-Kerr"),
        Q("'run out of patience'", "partial", "Angus MacLeod", "Angus MacLeod"),
        Q("'Every winter it's the same story. Hauliers can't plan, the hotel can't take bookings, and folk with "
          "hospital appointments in Inverness are left guessing,'", "direct", "he", "Angus MacLeod",
          speaker_at="he told the Skye Times"),
        Q("'The new ferry was meant to be here two years ago. We are still waiting.'", "direct", "he",
          "Angus MacLeod", speaker_at="he told the Skye Times"),
        Q("The replacement vessel, being built at a yard in Turkey, is now expected to enter service in 2026",
          "indirect", "Caledonian Maritime Assets Ltd", "Caledonian Maritime Assets Ltd"),
        Q("she had written to the transport secretary asking why no charter vessel had been found to plug the gap",
          "indirect", "Eilidh Nic a' Phì", "Eilidh Nic a' Phì"),
        Q("'Islanders are not asking for miracles. They are asking for a ferry,'", "direct", "she",
          "Eilidh Nic a' Phì", speaker_at="ferry,' she said"),
        Q("£700 million had been committed to new vessels and harbour improvements since 2021", "indirect",
          "A Transport Scotland spokesman", None),
        Q("'acutely aware'", "partial", "A Transport Scotland spokesman", None),
        Q("bookings for the Easter holidays have already been hit", "indirect",
          "Businesses on both sides of the Minch", None),
        Q("three groups had cancelled in the past week alone", "indirect", "Kirsty Mackinnon-Reid",
          "Kirsty Mackinnon-Reid"),
        Q("'People just won't risk it,'", "direct", "she", "Kirsty Mackinnon-Reid", speaker_at="it,' she said"),
        Q("'They look at the timetable, they look at the cancellations, and they go to Mull instead.'", "direct",
          "she", "Kirsty Mackinnon-Reid", speaker_at="it,' she said"),
    ], source="blind"),
    Case("blind56-fiddler", """Tributes paid to Ballymore fiddler Jimmy Flanagan

The death has occurred of Jimmy Flanagan, the Ballymore fiddle player whose music carried the Westmeath style to concert halls from Boston to Budapest. He was 87.

Known to generations of musicians simply as “the Master”, Flanagan died peacefully at the Midland Regional Hospital in Mullingar on Sunday, surrounded by his family.

Born in Killare in 1937, he learned his first tunes from his mother, Bridget, and was playing at house dances before he was ten. He won the senior fiddle title at the All-Ireland Fleadh in 1961 and again in 1964, and his 1974 album “The Lough Ennell Reels” is still regarded as a landmark recording.

“Jimmy had a lonesome touch on the slow airs that nobody else could get near,” said Mullingar fiddler and former pupil Siobhán Ní Bhriain-Keogh. “He’d stop you in the middle of a tune and say, ‘Leave room for the silence.’ I still hear him every time I play.”

Cathaoirleach of Westmeath County Council, Cllr Frank McDermott-Quinn, said the county had lost “a true gentleman and a national treasure”.

In a statement, Comhaltas Ceoltóirí Éireann said Flanagan had taught hundreds of young players free of charge over six decades. The organisation said he had “carried the tradition with grace and generosity”.

His eldest son, Declan Flanagan, said his father had played right up to last Christmas.

“He’d take the fiddle out after the dinner and that was it, the house would fill up,” he said. “He never once played the same tune the same way twice.”

Parish priest Fr Tomás Kilbride, who will celebrate the funeral Mass, described him as “the heart of every session in the parish”.

Flanagan is predeceased by his wife, Nuala, and survived by his sons Declan and Fergal, daughter Úna, grandchildren, and a wide circle of friends and musicians.

Reposing at Duffy’s Funeral Home, Ballymore, on Wednesday from 4pm to 8pm. Funeral Mass on Thursday at 11am in St Owen’s Church, Ballymore, followed by burial in the adjoining cemetery. Musicians are invited to bring their instruments.""", [
        Q("“Jimmy had a lonesome touch on the slow airs that nobody else could get near,”", "direct",
          "Siobhán Ní Bhriain-Keogh", "Siobhán Ní Bhriain-Keogh"),
        Q("“He’d stop you in the middle of a tune and say, ‘Leave room for the silence.’ I still hear him every time I "
          "play.”", "direct", "Siobhán Ní Bhriain-Keogh", "Siobhán Ní Bhriain-Keogh"),
        Q("“a true gentleman and a national treasure”", "partial", "Frank McDermott-Quinn", "Frank McDermott-Quinn"),
        Q("Flanagan had taught hundreds of young players free of charge over six decades", "indirect",
          "Comhaltas Ceoltóirí Éireann", "Comhaltas Ceoltóirí Éireann"),
        Q("“carried the tradition with grace and generosity”", "partial", "The organisation",
          "Comhaltas Ceoltóirí Éireann"),
        Q("his father had played right up to last Christmas", "indirect", "Declan Flanagan", "Declan Flanagan"),
        Q("“He’d take the fiddle out after the dinner and that was it, the house would fill up,”", "direct", "he",
          "Declan Flanagan", speaker_at="he said. “He never"),
        Q("“He never once played the same tune the same way twice.”", "direct", "he", "Declan Flanagan",
          speaker_at="he said. “He never"),
        Q("“the heart of every session in the parish”", "partial", "Tomás Kilbride", "Tomás Kilbride"),
    ], source="blind"),
    Case("blind56-rowing", """Timaru double strikes gold on Lake Ruataniwha

Aoraki Rowing Club’s Mereana Tūhoe-Walsh and Sophie de Vries have won the women’s premier double sculls at the South Island Rowing Championships, ending a 19-year wait for a Timaru crew in the event.

The pair clocked 7:02.41 on Lake Ruataniwha on Saturday, holding off a fast-finishing Canterbury crew by just over half a second.

“We knew the Canterbury girls would go out hard,” Tūhoe-Walsh said, “so the plan was to sit on them through the middle thousand and trust our finish.

“To be honest, the last 250 metres were a blur. I just remember Sophie yelling at me to keep the rate up.”

De Vries, who only took up the sport at Craighead Diocesan School four years ago, said the win had not yet sunk in. “It’s surreal. We were just hoping for a medal,” she said.

Racing was delayed by almost two hours on Saturday morning because of a strong nor’west crosswind, according to regatta officials, who moved several finals to the afternoon.

Aoraki head coach Sione Fifita-Latu said the result was a reward for “hundreds of dark, cold mornings on the Ōpihi”. He said both rowers had been invited to a Rowing New Zealand development camp at Lake Karapiro next month.

“They’re the real deal, and they’re only going to get better,” Fifita-Latu said.

The club’s men’s coxed four finished fourth in their final, while junior sculler Hamish O’Driscoll-Pearce took bronze in the under-17 single sculls.

Club president Raewyn Patel said the results would give a lift to the club’s “Oars for Aoraki” appeal, which aims to raise $80,000 for a new eight.

“Boats aren’t cheap, and our oldest eight is older than most of our rowers,” she said. “Every dollar helps.”

Donations can be made through the club’s website or at the boatshed on Saturday mornings. The New Zealand Rowing Championships will be held at Lake Karapiro in February.""", [
        Q("“We knew the Canterbury girls would go out hard,”", "direct", "Tūhoe-Walsh", "Mereana Tūhoe-Walsh",
          speaker_at="Tūhoe-Walsh said"),
        Q("“so the plan was to sit on them through the middle thousand and trust our finish.", "direct",
          "Tūhoe-Walsh", "Mereana Tūhoe-Walsh", speaker_at="Tūhoe-Walsh said"),
        Q("“To be honest, the last 250 metres were a blur. I just remember Sophie yelling at me to keep the rate up.”",
          "direct", "Tūhoe-Walsh", "Mereana Tūhoe-Walsh", speaker_at="Tūhoe-Walsh said"),
        Q("the win had not yet sunk in", "indirect", "De Vries", "Sophie de Vries"),
        Q("“It’s surreal. We were just hoping for a medal,”", "direct", "she", "Sophie de Vries",
          speaker_at="medal,” she said"),
        Q("Racing was delayed by almost two hours on Saturday morning because of a strong nor’west crosswind",
          "indirect", "regatta officials", None),
        Q("“hundreds of dark, cold mornings on the Ōpihi”", "partial", "Sione Fifita-Latu", "Sione Fifita-Latu"),
        Q("both rowers had been invited to a Rowing New Zealand development camp at Lake Karapiro next month",
          "indirect", "He", "Sione Fifita-Latu", speaker_at="He said both"),
        Q("“They’re the real deal, and they’re only going to get better,”", "direct", "Fifita-Latu",
          "Sione Fifita-Latu", speaker_at="better,” Fifita-Latu said"),
        Q("the results would give a lift to the club’s “Oars for Aoraki” appeal, which aims to raise $80,000 for a new "
          "eight", "indirect", "Raewyn Patel", "Raewyn Patel"),
        Q("“Boats aren’t cheap, and our oldest eight is older than most of our rowers,”", "direct", "she",
          "Raewyn Patel", speaker_at="rowers,” she said"),
        Q("“Every dollar helps.”", "direct", "she", "Raewyn Patel", speaker_at="rowers,” she said"),
    ], source="blind"),
    Case("blind56-bridge", """Logging truck plunges off John Hart Bridge; driver pulled from riverbank

A logging truck driver was rescued from the bank of the Nechako River on Tuesday morning after his rig broke through a guardrail on the John Hart Bridge and rolled down the embankment.

The driver, a 54-year-old man from Vanderhoof, was taken to University Hospital of Northern B.C. with injuries that are not considered life-threatening, according to B.C. Emergency Health Services.

Prince George RCMP said the northbound truck, loaded with spruce logs, appears to have lost control on the icy bridge deck shortly after 6:30 a.m.

"It's very fortunate that the cab landed on the gravel bar and not in the water," said Cpl. Harpreet Sandhu-Lavoie. "We had officers and firefighters there within minutes, and a passing motorist had already climbed down to help."

That motorist, Tyler Nakamura, was on his way to a shift at the pulp mill when he saw the damaged railing.

"I saw the guardrail just gone, and the truck down there with the lights still on," Nakamura told the Citizen. "I didn't really think about it. I just went."

Prince George Fire Rescue deputy chief Rob van Schaik said crews used a rope system to bring the driver up the steep, snow-covered slope before handing him over to paramedics.

In a statement, the Ministry of Transportation and Infrastructure said its maintenance contractor had applied brine to the bridge deck overnight and that an engineering assessment of the damaged railing was underway.

Northbound traffic was reduced to a single lane for most of the day, DriveBC reported.

Coun. Brianne Letendre said the province should consider a lower winter speed limit on the bridge, which carries about 30,000 vehicles a day.

"I've been hearing about that northbound approach for years. Today we were lucky," she said.

Lheidli T'enneh Chief Marlene Quaw-Baptiste, whose nation's reserve lands lie downstream, said members had been asked to stay away from the riverbank while the truck and any spilled fuel were recovered.

The RCMP's collision analyst is investigating, and anyone with dashcam footage is asked to call the detachment at 250-561-3300.""", [
        Q("The driver, a 54-year-old man from Vanderhoof, was taken to University Hospital of Northern B.C. with "
          "injuries that are not considered life-threatening", "indirect", "B.C. Emergency Health Services",
          "B.C. Emergency Health Services"),
        Q("the northbound truck, loaded with spruce logs, appears to have lost control on the icy bridge deck shortly "
          "after 6:30 a.m.", "indirect", "Prince George RCMP", "Prince George RCMP"),
        Q('"It\'s very fortunate that the cab landed on the gravel bar and not in the water,"', "direct",
          "Harpreet Sandhu-Lavoie", "Harpreet Sandhu-Lavoie"),
        Q('"We had officers and firefighters there within minutes, and a passing motorist had already climbed down to '
          'help."', "direct", "Harpreet Sandhu-Lavoie", "Harpreet Sandhu-Lavoie"),
        Q('"I saw the guardrail just gone, and the truck down there with the lights still on,"', "direct", "Nakamura",
          "Tyler Nakamura", speaker_at="Nakamura told"),
        Q('"I didn\'t really think about it. I just went."', "direct", "Nakamura", "Tyler Nakamura",
          speaker_at="Nakamura told"),
        Q("crews used a rope system to bring the driver up the steep, snow-covered slope before handing him over to "
          "paramedics", "indirect", "Rob van Schaik", "Rob van Schaik"),
        Q("its maintenance contractor had applied brine to the bridge deck overnight and that an engineering "
          "assessment of the damaged railing was underway", "indirect",
          "the Ministry of Transportation and Infrastructure", "Ministry of Transportation and Infrastructure"),
        Q("Northbound traffic was reduced to a single lane for most of the day", "indirect", "DriveBC", "DriveBC"),
        Q("the province should consider a lower winter speed limit on the bridge", "indirect", "Brianne Letendre",
          "Brianne Letendre"),
        Q('"I\'ve been hearing about that northbound approach for years. Today we were lucky,"', "direct", "she",
          "Brianne Letendre", speaker_at="lucky,\" she said"),
        Q("members had been asked to stay away from the riverbank while the truck and any spilled fuel were recovered",
          "indirect", "Marlene Quaw-Baptiste", "Marlene Quaw-Baptiste"),
    ], source="blind"),
    Case("blind56-lecturers", """Mubas lecturers down tools over salary arrears

Lecturers at the Malawi University of Business and Applied Sciences (Mubas) yesterday began an indefinite strike over unpaid salary arrears, leaving about 8 000 students stranded two weeks before end-of-semester examinations.

Mubas Academic Staff Union (Masu) president Dr Chimwemwe Nyirenda-Phiri said the strike would continue until government pays arrears arising from the 2023 salary harmonisation, which the union puts at K4.2 billion.

“We have been patient for 18 months. We have written letters, we have held meetings, and every time we are told the money is coming,” she said in an interview. “Our members cannot pay rent with promises.”

Nyirenda-Phiri said the union had given management a 14-day ultimatum, which expired on Friday.

But Mubas spokesperson Mphatso Gondwe-Kachale said the university council had already approved a payment plan, describing the strike as “unfortunate and unnecessary”.

“Management has been engaging Treasury, and the first instalment will be paid this month,” he said.

Ministry of Finance spokesperson Adamson Chipeta-Msiska told The Nation that Treasury had released K1.5 billion to the university last month and would clear the balance “in phases” before the end of the financial year.

Some students who spoke to The Nation said they feared the strike would push their graduation into next year. A fourth-year accounting student, who asked not to be named, said most of her classmates had already paid for accommodation until June.

Tiwonge Mwafulirwa-Banda, executive director of the Civil Society Education Coalition (CSEC), said recurrent strikes at public universities pointed to “a systemic failure” in the way government funds higher education.

“Every year it is the same story. Government should ring-fence university salaries so that students are not held hostage,” said Mwafulirwa-Banda.

This is the second strike at Mubas in three years. In 2022, lecturers stayed away for five weeks over allowances before returning to class following the intervention of the Ministry of Labour.""", [
        Q("the strike would continue until government pays arrears arising from the 2023 salary harmonisation",
          "indirect", "Chimwemwe Nyirenda-Phiri", "Chimwemwe Nyirenda-Phiri"),
        Q("“We have been patient for 18 months. We have written letters, we have held meetings, and every time we are "
          "told the money is coming,”", "direct", "she", "Chimwemwe Nyirenda-Phiri",
          speaker_at="she said in an interview"),
        Q("“Our members cannot pay rent with promises.”", "direct", "she", "Chimwemwe Nyirenda-Phiri",
          speaker_at="she said in an interview"),
        Q("the union had given management a 14-day ultimatum, which expired on Friday", "indirect",
          "Nyirenda-Phiri", "Chimwemwe Nyirenda-Phiri", speaker_at="Nyirenda-Phiri said the union"),
        Q("the university council had already approved a payment plan", "indirect", "Mphatso Gondwe-Kachale",
          "Mphatso Gondwe-Kachale"),
        Q("“unfortunate and unnecessary”", "partial", "Mphatso Gondwe-Kachale", "Mphatso Gondwe-Kachale"),
        Q("“Management has been engaging Treasury, and the first instalment will be paid this month,”", "direct",
          "he", "Mphatso Gondwe-Kachale", speaker_at="month,” he said"),
        Q("Treasury had released K1.5 billion to the university last month", "indirect", "Adamson Chipeta-Msiska",
          "Adamson Chipeta-Msiska"),
        Q("“in phases”", "partial", "Adamson Chipeta-Msiska", "Adamson Chipeta-Msiska"),
        Q("they feared the strike would push their graduation into next year", "indirect",
          "Some students who spoke to The Nation", None),
        Q("most of her classmates had already paid for accommodation until June", "indirect",
          "A fourth-year accounting student", None),
        Q("“a systemic failure”", "partial", "Tiwonge Mwafulirwa-Banda", "Tiwonge Mwafulirwa-Banda"),
        Q("“Every year it is the same story. Government should ring-fence university salaries so that students are "
          "not held hostage,”", "direct", "Mwafulirwa-Banda", "Tiwonge Mwafulirwa-Banda",
          speaker_at="said Mwafulirwa-Banda"),
    ], source="blind"),
    Case("blind56-cyberfraud", """Court admits laptops, phones in N2.3bn cyber fraud trial

A Federal High Court sitting in Ikoyi, Lagos, on Tuesday admitted in evidence 14 laptops and 22 mobile phones allegedly recovered from a Lekki apartment linked to a 27-year-old man accused of running an international romance and business email scam.

The defendant, Chukwuemeka Obi-Nwosu, popularly known as “Emeka Dollars”, is standing trial alongside Fatai Olumide Ajayi and Zainab Garba-Usman on a 19-count charge bordering on conspiracy, obtaining by false pretences and money laundering. They pleaded not guilty.

According to the charge, the offences contravened Section 1(1)(a) of the Advance Fee Fraud and Other Fraud Related Offences Act, 2006.

Led in evidence by prosecuting counsel Ibrahim Sani-Bello, an operative of the Economic and Financial Crimes Commission (EFCC), Kabiru Musa Dantata, told the court that the devices contained more than 300 fake social media profiles and scripts used to deceive victims in the United States, Canada and Australia.

“My Lord, the forensic examination showed that the first defendant personally controlled at least 40 of the accounts,” the witness said. “Some of the victims were retirees who sent their life savings.”

Dantata said investigators traced about N2.3 billion through a network of bank accounts and cryptocurrency wallets between 2021 and 2023.

But counsel to the first defendant, Chief Olumide Fashanu-Adebayo (SAN), objected to the admissibility of the devices, arguing that the chain of custody had been broken.

“The prosecution has not shown this court who had these laptops between the day of the arrest and the day they were taken to the laboratory,” Fashanu-Adebayo said.

Justice Aminat Bello-Adeyemi overruled the objection, holding that the defence would have ample opportunity to test the evidence under cross-examination. She adjourned the matter till March 12 for continuation of trial.

Speaking with journalists after the proceedings, EFCC spokesperson Ifeoma Nnadi-Okeke said the commission would not relent in its fight against internet fraud, which she described as “a stain on the image of hardworking young Nigerians”.

“We have secured over 4,000 convictions in the last two years, and a good number of them are cybercrime cases,” she added.

A relative of the first defendant, who declined to give his name, told The Nation that the family believed he was innocent and would be vindicated.""", [
        Q("the offences contravened Section 1(1)(a) of the Advance Fee Fraud and Other Fraud Related Offences Act, 2006",
          "indirect", "the charge", None, speaker_at="According to the charge"),
        Q("the devices contained more than 300 fake social media profiles and scripts used to deceive victims in the "
          "United States, Canada and Australia", "indirect", "Kabiru Musa Dantata", "Kabiru Musa Dantata"),
        Q("“My Lord, the forensic examination showed that the first defendant personally controlled at least 40 of "
          "the accounts,”", "direct", "the witness", "Kabiru Musa Dantata"),
        Q("“Some of the victims were retirees who sent their life savings.”", "direct", "the witness",
          "Kabiru Musa Dantata"),
        Q("investigators traced about N2.3 billion through a network of bank accounts and cryptocurrency wallets "
          "between 2021 and 2023", "indirect", "Dantata", "Kabiru Musa Dantata", speaker_at="Dantata said"),
        Q("the chain of custody had been broken", "indirect", "Olumide Fashanu-Adebayo", "Olumide Fashanu-Adebayo"),
        Q("“The prosecution has not shown this court who had these laptops between the day of the arrest and the day "
          "they were taken to the laboratory,”", "direct", "Fashanu-Adebayo", "Olumide Fashanu-Adebayo",
          speaker_at="laboratory,” Fashanu-Adebayo"),
        Q("the defence would have ample opportunity to test the evidence under cross-examination", "indirect",
          "Aminat Bello-Adeyemi", "Aminat Bello-Adeyemi"),
        Q("the commission would not relent in its fight against internet fraud", "indirect", "Ifeoma Nnadi-Okeke",
          "Ifeoma Nnadi-Okeke"),
        Q("“a stain on the image of hardworking young Nigerians”", "partial", "she", "Ifeoma Nnadi-Okeke",
          speaker_at="which she described"),
        Q("“We have secured over 4,000 convictions in the last two years, and a good number of them are cybercrime "
          "cases,”", "direct", "she", "Ifeoma Nnadi-Okeke", speaker_at="she added"),
        Q("the family believed he was innocent and would be vindicated", "indirect",
          "A relative of the first defendant", None),
    ], source="blind"),
    Case("blind56-arms", """State says arms dealer knew helicopter parts were bound for Sudan

A Durban businessman accused of illegally exporting military helicopter parts knew all along that the consignment was destined for Sudan's Rapid Support Forces, the state told the Durban high court on Monday as his long-delayed trial finally got under way.

Johannes Cornelius van Rensburg, 61, and his co-accused, Yusuf Ebrahim Moosa, 47, face charges under the National Conventional Arms Control Act and the Prevention of Organised Crime Act relating to two containers shipped through Mombasa in 2023. Both have pleaded not guilty.

Opening the state's case, advocate Nomvula Dlamini-Khumalo said the pair had declared the rotor blades and gearbox assemblies as mining equipment spares to avoid scrutiny.

"The evidence will show that Mr van Rensburg was told, in writing, exactly who would be using these parts," Dlamini-Khumalo told Judge Sharmila Naidoo-Pillay. "This was not an innocent mistake by a freight clerk."

The state's first witness, a former bookkeeper at Van Rensburg's Pinetown company, testified that she had been instructed to issue invoices to a Dubai-registered firm rather than to the actual buyer. She said she resigned in 2022 because she "did not want to go to jail for anybody".

Van Rensburg's counsel, Hennie du Plessis SC, told the court his client had relied in good faith on end-user certificates supplied by a broker.

"My client is a businessman, not an intelligence agency. He did what the paperwork required of him," Du Plessis said.

The National Conventional Arms Control Committee (NCACC), which is chaired by a cabinet minister, said in a written response to questions from the Mail & Guardian that it had never issued a permit for the consignment.

National Prosecuting Authority spokesperson Busisiwe Ngcobo-Naidoo said the state intended to call 23 witnesses, including two officials from the South African Revenue Service and an investigator from the Hawks.

Researchers at Open Secrets, a civil society organisation that has tracked South African weapons exports for more than a decade, said the case showed "how porous our export controls still are".

"If two containers of helicopter parts can leave Durban harbour with a mining label on them, we have to ask what else has gone through," said Open Secrets researcher Lwazi Mabaso-Wright.

The UN has repeatedly warned that foreign weapons are fuelling the conflict in Sudan, which has killed tens of thousands of people and displaced more than 10 million since April 2023.

The trial continues.""", [
        Q("A Durban businessman accused of illegally exporting military helicopter parts knew all along that the "
          "consignment was destined for Sudan's Rapid Support Forces", "indirect", "the state", None,
          speaker_at="the state told"),
        Q("the pair had declared the rotor blades and gearbox assemblies as mining equipment spares to avoid scrutiny",
          "indirect", "Nomvula Dlamini-Khumalo", "Nomvula Dlamini-Khumalo"),
        Q('"The evidence will show that Mr van Rensburg was told, in writing, exactly who would be using these parts,"',
          "direct", "Dlamini-Khumalo", "Nomvula Dlamini-Khumalo", speaker_at="Dlamini-Khumalo told"),
        Q('"This was not an innocent mistake by a freight clerk."', "direct", "Dlamini-Khumalo",
          "Nomvula Dlamini-Khumalo", speaker_at="Dlamini-Khumalo told"),
        Q("she had been instructed to issue invoices to a Dubai-registered firm rather than to the actual buyer",
          "indirect", "The state's first witness", None),
        Q("she resigned in 2022", "indirect", "She", None, speaker_at="She said"),
        Q('"did not want to go to jail for anybody"', "partial", "She", None, speaker_at="She said"),
        Q("his client had relied in good faith on end-user certificates supplied by a broker", "indirect",
          "Hennie du Plessis", "Hennie du Plessis"),
        Q('"My client is a businessman, not an intelligence agency. He did what the paperwork required of him,"',
          "direct", "Du Plessis", "Hennie du Plessis"),
        Q("it had never issued a permit for the consignment", "indirect",
          "The National Conventional Arms Control Committee", "National Conventional Arms Control Committee"),
        Q("the state intended to call 23 witnesses, including two officials from the South African Revenue Service "
          "and an investigator from the Hawks", "indirect", "Busisiwe Ngcobo-Naidoo", "Busisiwe Ngcobo-Naidoo"),
        Q('"how porous our export controls still are"', "partial", "Researchers at Open Secrets", None),
        Q('"If two containers of helicopter parts can leave Durban harbour with a mining label on them, we have to ask '
          'what else has gone through,"', "direct", "Lwazi Mabaso-Wright", "Lwazi Mabaso-Wright"),
        Q("foreign weapons are fuelling the conflict in Sudan", "indirect", "The UN", "UN"),
    ], source="blind"),
    Case("blind56-railstrike", """NRZ workers down tools over salaries

BULAWAYO — Hundreds of National Railways of Zimbabwe (NRZ) workers downed tools on Thursday, bringing freight services between Bulawayo and Victoria Falls to a standstill as they pressed for salaries to be paid in United States dollars.

Zimbabwe Amalgamated Railway Workers' Union (ZARWU) secretary-general Sikhumbuzo Ncube told The Standard that workers had not received their January salaries in full and that the local currency component had been wiped out by inflation.

"Our members are earning the equivalent of US$180 a month. A loaf of bread is US$1. How is a shunter supposed to feed a family?" Ncube said.

"We are not going back until management puts something concrete on the table."

NRZ public relations manager Tafadzwa Mlambo-Chirwa confirmed the job action, but said the parastatal was "doing everything possible" to clear the arrears.

"The strike is illegal because the workers did not give the mandatory 14 days' notice," she said. "We urge them to return to work while negotiations continue."

Workers who gathered outside the NRZ headquarters on Fife Street on Thursday said some of them had gone for three months without being paid at all.

A train driver who has worked for the company for 26 years said he had sold two of his cattle in December to pay school fees. "I have given my whole life to this railway. Now I cannot even buy my children shoes," he said.

Hwange Colliery Company said in a statement that coal deliveries to industrial customers in Bulawayo and to Zambia had been suspended and warned of "serious knock-on effects" if the strike continued beyond a week.

Labour ministry officials said they had invited both parties to a meeting in Harare on Monday.

Bulawayo-based economist Dr Nkosilathi Moyo-Sibanda said the strike exposed the deep problems at the railway company, which has been promised a recapitalisation deal for more than a decade.

"The NRZ is the last functioning link between our mines and the ports. Every day the trains don't move, the whole economy pays," Moyo-Sibanda said.

The NRZ has about 4 000 employees, down from more than 18 000 in the 1990s. In 2022, the government announced a US$400 million rehabilitation plan with a consortium of private investors, but the project has yet to take off.""", [
        Q("workers had not received their January salaries in full and that the local currency component had been "
          "wiped out by inflation", "indirect", "Sikhumbuzo Ncube", "Sikhumbuzo Ncube"),
        Q('"Our members are earning the equivalent of US$180 a month. A loaf of bread is US$1. How is a shunter '
          'supposed to feed a family?"', "direct", "Ncube", "Sikhumbuzo Ncube", speaker_at="Ncube said"),
        Q('"We are not going back until management puts something concrete on the table."', "direct", "Ncube",
          "Sikhumbuzo Ncube", speaker_at="Ncube said"),
        Q('"doing everything possible"', "partial", "Tafadzwa Mlambo-Chirwa", "Tafadzwa Mlambo-Chirwa"),
        Q('"The strike is illegal because the workers did not give the mandatory 14 days\' notice,"', "direct", "she",
          "Tafadzwa Mlambo-Chirwa", speaker_at="she said"),
        Q('"We urge them to return to work while negotiations continue."', "direct", "she", "Tafadzwa Mlambo-Chirwa",
          speaker_at="she said"),
        Q("some of them had gone for three months without being paid at all", "indirect",
          "Workers who gathered outside the NRZ headquarters on Fife Street", None),
        Q("he had sold two of his cattle in December to pay school fees", "indirect",
          "A train driver who has worked for the company for 26 years", None),
        Q('"I have given my whole life to this railway. Now I cannot even buy my children shoes,"', "direct", "he",
          None, speaker_at='shoes," he said'),
        Q("coal deliveries to industrial customers in Bulawayo and to Zambia had been suspended", "indirect",
          "Hwange Colliery Company", "Hwange Colliery Company"),
        Q('"serious knock-on effects"', "partial", "Hwange Colliery Company", "Hwange Colliery Company"),
        Q("they had invited both parties to a meeting in Harare on Monday", "indirect", "Labour ministry officials",
          None),
        Q("the strike exposed the deep problems at the railway company", "indirect", "Nkosilathi Moyo-Sibanda",
          "Nkosilathi Moyo-Sibanda"),
        Q('"The NRZ is the last functioning link between our mines and the ports. Every day the trains don\'t move, '
          'the whole economy pays,"', "direct", "Moyo-Sibanda", "Nkosilathi Moyo-Sibanda",
          speaker_at='pays," Moyo-Sibanda'),
    ], source="blind"),
    Case("blind56-showjumping", """Al Qadi clinches CHI Al Shaqab Grand Prix in thrilling jump-off

DOHA: Qatar's Hamad Nasser Al Qadi produced a stunning jump-off round aboard Zahra du Rouet to win the CHI Al Shaqab Grand Prix at the Longines Arena on Saturday night, becoming the first home rider to lift the title in six years.

Al Qadi was the last of nine riders to go in the jump-off and stopped the clock at 38.11 seconds, edging Dutchman Pieter-Jan van Heerden on Corleone Z by just 0.37 seconds. Mexico's Carlos Enrique López de la Fuente finished third, while China's Zhang Xiaoyu was a creditable fifth.

"I knew I had to take every risk. My mare has a big heart and she gave me everything tonight," Al Qadi said after the prize-giving ceremony. "To win here, in front of my family and my people, is a dream."

The 29-year-old said he had changed his plan after watching van Heerden's round from the warm-up arena. "I saw he took eight strides to the last line, so I decided to do seven. It was a bit crazy," he added with a smile.

Van Heerden, who also finished second in Doha two years ago, said he had no regrets about his round.

"I rode for the win. He was just faster tonight, and that is the sport," the Dutchman said.

López de la Fuente described the course designed by Spain's Santiago Varela as "technical but very fair".

Qatar Equestrian Federation (QEF) president Sheikh Jassim bin Hamad bin Saud Al Thani, who presented the trophy, said the victory reflected the progress made by Qatari riders in recent seasons.

"This is the result of years of work with our young riders, our coaches and our horses," Sheikh Jassim told Qatar Tribune. "We want to see more Qatari riders competing at the top level in Europe."

According to the organisers, more than 11,000 spectators attended over the four days of competition, a record for the event.

Al Shaqab executive director Eng. Omar Abdulaziz Al Mannai said preparations were already under way for next year's edition, which will include a new under-25 class.

The four-day event, part of the Longines EEF Series calendar, featured 212 horses and riders from 27 countries.""", [
        Q('"I knew I had to take every risk. My mare has a big heart and she gave me everything tonight,"', "direct",
          "Al Qadi", "Hamad Nasser Al Qadi", speaker_at="Al Qadi said"),
        Q('"To win here, in front of my family and my people, is a dream."', "direct", "Al Qadi",
          "Hamad Nasser Al Qadi", speaker_at="Al Qadi said"),
        Q("he had changed his plan after watching van Heerden's round from the warm-up arena", "indirect",
          "The 29-year-old", "Hamad Nasser Al Qadi"),
        Q('"I saw he took eight strides to the last line, so I decided to do seven. It was a bit crazy,"', "direct",
          "he", "Hamad Nasser Al Qadi", speaker_at="he added"),
        Q("he had no regrets about his round", "indirect", "Van Heerden", "Pieter-Jan van Heerden"),
        Q('"I rode for the win. He was just faster tonight, and that is the sport,"', "direct", "the Dutchman",
          "Pieter-Jan van Heerden"),
        Q('"technical but very fair"', "partial", "López de la Fuente", "Carlos Enrique López de la Fuente",
          speaker_at="López de la Fuente described"),
        Q("the victory reflected the progress made by Qatari riders in recent seasons", "indirect",
          "Jassim bin Hamad bin Saud Al Thani", "Jassim bin Hamad bin Saud Al Thani"),
        Q('"This is the result of years of work with our young riders, our coaches and our horses,"', "direct",
          "Jassim", "Jassim bin Hamad bin Saud Al Thani", speaker_at="Jassim told"),
        Q('"We want to see more Qatari riders competing at the top level in Europe."', "direct", "Jassim",
          "Jassim bin Hamad bin Saud Al Thani", speaker_at="Jassim told"),
        Q("more than 11,000 spectators attended over the four days of competition, a record for the event",
          "indirect", "the organisers", None),
        Q("preparations were already under way for next year's edition, which will include a new under-25 class",
          "indirect", "Omar Abdulaziz Al Mannai", "Omar Abdulaziz Al Mannai"),
    ], source="blind"),
    Case("blind56-lift", """Six hurt as lift plunges three floors at Cheras PPR flats

KUALA LUMPUR – Six residents, including two children, were injured when a lift at a low-cost housing flat in Cheras plunged three floors last night, the second such incident in the capital this year.

The Kuala Lumpur Fire and Rescue Department said it received a distress call at 9.42pm and sent 14 personnel from the Cheras and Bandar Tun Razak stations to the 17-storey block.

Its operations commander, Ahmad Faiz Abdul Rahman, said the lift car had come to rest between the ground floor and the basement, and firefighters had to prise open the doors to reach the victims.

“All six were conscious when we got them out. Two had leg injuries and were taken to Hospital Canselor Tuanku Muhriz,” Ahmad Faiz told The Vibes.

Lim Wei Xiang, 52, whose wife and nine-year-old son were in the lift, said residents had been complaining about it for months.

“It shakes every time. We reported it again and again, but they just send someone to reset it and go,” Lim said.

Another resident, who declined to be named, said elderly neighbours on the upper floors had been stuck at home for days whenever the block’s second lift broke down.

Residents’ association chairman R. Thevendran said the committee had written to Kuala Lumpur City Hall (DBKL) three times since January. He said the residents were “tired of empty promises” and wanted an independent audit of every lift in the scheme.

The Department of Occupational Safety and Health (DOSH) said in a statement that it had ordered the lift to be sealed pending investigation, and that the lift’s certificate of fitness had expired in March.

A DBKL spokesperson said the maintenance contractor had been summoned to explain and that a new lift would be installed “as soon as possible”.

Federal Territories housing committee chairman Datuk Rosnah Kamaruddin, who visited the site this morning, said the contractor could be blacklisted if it was found to have been negligent.

“We cannot have families afraid to step into a lift in their own home. Whoever is responsible will have to answer for this,” she said, adding that RM12 million had been set aside this year to replace ageing lifts in public housing across the city.

In February, a lift at a flat in Sentul dropped two floors, injuring an elderly woman.""", [
        Q("it received a distress call at 9.42pm and sent 14 personnel from the Cheras and Bandar Tun Razak stations to "
          "the 17-storey block", "indirect", "The Kuala Lumpur Fire and Rescue Department",
          "Kuala Lumpur Fire and Rescue Department"),
        Q("the lift car had come to rest between the ground floor and the basement, and firefighters had to prise open "
          "the doors to reach the victims", "indirect", "Ahmad Faiz Abdul Rahman", "Ahmad Faiz Abdul Rahman"),
        Q("“All six were conscious when we got them out. Two had leg injuries and were taken to Hospital Canselor "
          "Tuanku Muhriz,”", "direct", "Ahmad Faiz", "Ahmad Faiz Abdul Rahman", speaker_at="Ahmad Faiz told"),
        Q("residents had been complaining about it for months", "indirect", "Lim Wei Xiang", "Lim Wei Xiang"),
        Q("“It shakes every time. We reported it again and again, but they just send someone to reset it and go,”",
          "direct", "Lim", "Lim Wei Xiang", speaker_at="Lim said"),
        Q("elderly neighbours on the upper floors had been stuck at home for days whenever the block’s second lift "
          "broke down", "indirect", "Another resident", None),
        Q("the committee had written to Kuala Lumpur City Hall (DBKL) three times since January", "indirect",
          "R. Thevendran", "R. Thevendran"),
        Q("“tired of empty promises”", "partial", "He", "R. Thevendran", speaker_at="He said the residents"),
        Q("it had ordered the lift to be sealed pending investigation, and that the lift’s certificate of fitness had "
          "expired in March", "indirect", "The Department of Occupational Safety and Health",
          "Department of Occupational Safety and Health"),
        Q("the maintenance contractor had been summoned to explain", "indirect", "A DBKL spokesperson", None),
        Q("“as soon as possible”", "partial", "A DBKL spokesperson", None),
        Q("the contractor could be blacklisted if it was found to have been negligent", "indirect",
          "Rosnah Kamaruddin", "Rosnah Kamaruddin"),
        Q("“We cannot have families afraid to step into a lift in their own home. Whoever is responsible will have to "
          "answer for this,”", "direct", "she", "Rosnah Kamaruddin", speaker_at="she said, adding"),
        Q("RM12 million had been set aside this year to replace ageing lifts in public housing across the city",
          "indirect", "she", "Rosnah Kamaruddin", speaker_at="she said, adding"),
    ], source="blind"),
    Case("blind56-lepto", """CHO warns of leptospirosis, measles as floodwaters recede

DAVAO CITY -- The City Health Office (CHO) has raised an alert for leptospirosis after recording 23 cases, including two deaths, in the two weeks since heavy rains flooded low-lying barangays in Talomo and Matina.

CHO head Dr. Ma. Teresa Villanueva-Abad said on Monday that most of the patients had waded through floodwater without boots or had open wounds on their legs.

"Leptospirosis is preventable. If you waded in floodwater, do not wait for the fever. Go to the nearest health center and ask for doxycycline," Villanueva-Abad said during the weekly "Kapehan sa Dabaw" forum at SM City Davao.

She said the city had distributed more than 18,000 doxycycline capsules to barangay health stations since the flooding, and urged residents to wear boots when cleaning up.

Meanwhile, the Department of Health-Davao Center for Health Development (DOH-Davao) said measles cases in the region had risen to 146 so far this year, from 31 in the same period last year. According to the CHO, nine of the cases were in Davao City, all of them children below five years old.

DOH-Davao regional director Dr. Ferdinand Dela Cruz Macaraeg said the agency would hold a house-to-house catch-up immunization drive in the second and third weeks of the month.

"We have seen parents who skipped vaccines during the pandemic and never came back. Those children are the ones getting sick now," he said.

Macaraeg added that vaccination teams would also visit evacuation centers, where crowding increases the risk of measles spreading.

In Barangay Matina Aplaya, Barangay Captain Rodolfo "Dodong" Batucan said residents were still shoveling mud out of their homes and the barangay had requested rubber boots and cleaning kits from the city.

"Our people are tired, but they are not giving up. We just need more help with the cleanup," Batucan said.

Residents of Purok 7 told Mindanao Times that garbage had piled up along the creek since the flooding, attracting rats.

"We are more afraid of the sickness than of the water," said Merlinda Pacaldo-Uy, 58, a vendor whose house was submerged up to the roof.

The CHO said free consultations and laboratory tests would be available at the Davao City Recovery Center and all district health centers until the end of the month.""", [
        Q("most of the patients had waded through floodwater without boots or had open wounds on their legs",
          "indirect", "Ma. Teresa Villanueva-Abad", "Ma. Teresa Villanueva-Abad"),
        Q('"Leptospirosis is preventable. If you waded in floodwater, do not wait for the fever. Go to the nearest '
          'health center and ask for doxycycline,"', "direct", "Villanueva-Abad", "Ma. Teresa Villanueva-Abad",
          speaker_at="Villanueva-Abad said during"),
        Q("the city had distributed more than 18,000 doxycycline capsules to barangay health stations since the "
          "flooding", "indirect", "She", "Ma. Teresa Villanueva-Abad", speaker_at="She said"),
        Q("measles cases in the region had risen to 146 so far this year, from 31 in the same period last year",
          "indirect", "the Department of Health-Davao Center for Health Development",
          "Department of Health-Davao Center for Health Development"),
        Q("nine of the cases were in Davao City, all of them children below five years old", "indirect", "the CHO",
          "City Health Office", speaker_at="According to the CHO"),
        Q("the agency would hold a house-to-house catch-up immunization drive in the second and third weeks of the "
          "month", "indirect", "Ferdinand Dela Cruz Macaraeg", "Ferdinand Dela Cruz Macaraeg"),
        Q('"We have seen parents who skipped vaccines during the pandemic and never came back. Those children are the '
          'ones getting sick now,"', "direct", "he", "Ferdinand Dela Cruz Macaraeg", speaker_at="he said"),
        Q("vaccination teams would also visit evacuation centers, where crowding increases the risk of measles "
          "spreading", "indirect", "Macaraeg", "Ferdinand Dela Cruz Macaraeg", speaker_at="Macaraeg added"),
        Q("residents were still shoveling mud out of their homes and the barangay had requested rubber boots and "
          "cleaning kits from the city", "indirect", "Rodolfo \"Dodong\" Batucan", "Rodolfo \"Dodong\" Batucan"),
        Q('"Our people are tired, but they are not giving up. We just need more help with the cleanup,"', "direct",
          "Batucan", "Rodolfo \"Dodong\" Batucan", speaker_at='cleanup," Batucan said'),
        Q("garbage had piled up along the creek since the flooding, attracting rats", "indirect",
          "Residents of Purok 7", None),
        Q('"We are more afraid of the sickness than of the water,"', "direct", "Merlinda Pacaldo-Uy",
          "Merlinda Pacaldo-Uy"),
        Q("free consultations and laboratory tests would be available at the Davao City Recovery Center and all "
          "district health centers until the end of the month", "indirect", "The CHO", "City Health Office",
          speaker_at="The CHO said"),
    ], source="blind"),
    Case("blind56-heatwave", """Karachi braces for 47°C as heatwave grips Sindh

KARACHI: The Pakistan Meteorological Department (PMD) has warned that temperatures in Karachi could touch 47°C over the next three days as a severe heatwave tightens its grip on Sindh and southern Punjab.

In an advisory issued on Sunday, the Met Office said hot and humid conditions would persist until Thursday. It forecast 'severe to extreme' heat in Jacobabad, Dadu, Larkana and Sibi, where the mercury is likely to cross 50°C.

Chief meteorologist Dr Muhammad Afzaal Ranjha told Daily Times that a low-pressure area over the Arabian Sea had cut off the sea breeze. 'When the sea breeze stops, Karachi becomes an oven. Humidity makes 42 feel like 50,' he said.

He said the system could intensify into a cyclone later in the week but was, for now, expected to move towards Oman, and that fishermen had been advised not to venture into the open sea until Friday.

Sindh Health Minister Dr Zubaida Soomro-Junejo said heatstroke centres had been set up at the Jinnah Postgraduate Medical Centre, Civil Hospital and Abbasi Shaheed Hospital, with extra stocks of intravenous fluids.

'No patient will be turned away. Doctors' leave has been cancelled until the heatwave is over,' she told reporters after visiting the emergency ward at Civil Hospital.

According to the Edhi Foundation, its cold storage facility at Sohrab Goth received 38 bodies on Saturday, nearly double the usual number, though officials cautioned that not all of the deaths could be linked to the heat.

K-Electric said in a statement that it had suspended load-shedding in most areas between noon and 4pm for the duration of the heatwave. However, residents of Lyari and Orangi Town told Daily Times that power outages were still lasting up to 10 hours a day.

'We cannot stop working. If I sit at home, who will feed my children?' asked Ghulam Rasool, a 45-year-old labourer at a construction site in Gulistan-e-Jauhar, as he rested under a tarpaulin during his lunch break.

The National Disaster Management Authority (NDMA) advised citizens to stay indoors during peak hours, drink plenty of water and keep a close eye on the elderly and children.

In June 2015, a heatwave in Karachi killed more than 1,200 people, most of them elderly and poor residents of densely populated neighbourhoods.""", [
        Q("temperatures in Karachi could touch 47°C over the next three days as a severe heatwave tightens its grip on "
          "Sindh and southern Punjab", "indirect", "The Pakistan Meteorological Department",
          "Pakistan Meteorological Department"),
        Q("hot and humid conditions would persist until Thursday", "indirect", "the Met Office",
          "Pakistan Meteorological Department"),
        Q("'severe to extreme'", "partial", "It", "Pakistan Meteorological Department", speaker_at="It forecast"),
        Q("a low-pressure area over the Arabian Sea had cut off the sea breeze", "indirect",
          "Muhammad Afzaal Ranjha", "Muhammad Afzaal Ranjha"),
        Q("'When the sea breeze stops, Karachi becomes an oven. Humidity makes 42 feel like 50,'", "direct", "he",
          "Muhammad Afzaal Ranjha", speaker_at="he said"),
        Q("the system could intensify into a cyclone later in the week but was, for now, expected to move towards "
          "Oman, and that fishermen had been advised not to venture into the open sea until Friday", "indirect", "He",
          "Muhammad Afzaal Ranjha", speaker_at="He said the system"),
        Q("heatstroke centres had been set up at the Jinnah Postgraduate Medical Centre, Civil Hospital and Abbasi "
          "Shaheed Hospital, with extra stocks of intravenous fluids", "indirect", "Zubaida Soomro-Junejo",
          "Zubaida Soomro-Junejo"),
        Q("'No patient will be turned away. Doctors' leave has been cancelled until the heatwave is over,'", "direct",
          "she", "Zubaida Soomro-Junejo", speaker_at="she told reporters"),
        Q("its cold storage facility at Sohrab Goth received 38 bodies on Saturday, nearly double the usual number",
          "indirect", "the Edhi Foundation", "Edhi Foundation"),
        Q("not all of the deaths could be linked to the heat", "indirect", "officials", None,
          speaker_at="officials cautioned"),
        Q("it had suspended load-shedding in most areas between noon and 4pm for the duration of the heatwave",
          "indirect", "K-Electric", "K-Electric", speaker_at="K-Electric said"),
        Q("power outages were still lasting up to 10 hours a day", "indirect", "residents of Lyari and Orangi Town",
          None),
        Q("'We cannot stop working. If I sit at home, who will feed my children?'", "direct", "Ghulam Rasool",
          "Ghulam Rasool"),
    ], source="blind"),
    Case("blind56-recall", """Recall petition against Garden City mayor falls short

GARDEN CITY — A petition seeking a recall election against Mayor Dale Ostermeyer fell 112 valid signatures short of the number required under state law, Finney County Clerk Rosa María Gutiérrez-Ortiz announced Tuesday.

Gutiérrez-Ortiz said her office had reviewed all 2,941 signatures submitted last month and rejected 486, most because the signers were not registered to vote within city limits or had signed more than once.

“Our job is to apply the law the same way to every petition, no matter who it’s aimed at,” she said. “We did that here.”

The recall drive began in October after the city commission voted 3-2 to sell the municipal water utility to a private operator in a deal critics have called a “fire sale.” Ostermeyer cast the deciding vote.

Abdirahman Hassan Farah, a meatpacking plant supervisor who helped lead the petition effort, said organizers would ask a district judge to review the clerk’s decision.

“We turned in more than enough names. We want to know exactly why every one of them was thrown out,” Farah said. “If we have to go to court, we will go to court.”

In a written statement, Ostermeyer said he was “grateful to the clerk’s office for its careful work” and hoped the community could now “move forward together.”

“I have always said the voters will have their say in November, and they will,” the mayor said.

The Rev. Marcus Lindgren, pastor of First Lutheran Church and one of the petition’s earliest signers, said many of his congregants felt the commission had ignored them. “People aren’t angry about water,” he said. “They’re angry about not being listened to.”

State Sen. Carolyn Haverkamp, R-Garden City, told The Telegram she would introduce a bill next session to require a public vote before any city in Kansas sells a water or power utility.

Under Kansas law, recall petitions must be signed by registered voters equal to 40% of the votes cast in the last election for the office. Organizers had 90 days to gather signatures.

A spokeswoman for the Finney County Attorney’s Office said any legal challenge would be handled by the district court, and that the office had not yet been contacted by the petitioners.

The water utility sale is scheduled to close in March.""", [
        Q("A petition seeking a recall election against Mayor Dale Ostermeyer fell 112 valid signatures short of the "
          "number required under state law", "indirect", "Rosa María Gutiérrez-Ortiz", "Rosa María Gutiérrez-Ortiz"),
        Q("her office had reviewed all 2,941 signatures submitted last month and rejected 486, most because the "
          "signers were not registered to vote within city limits or had signed more than once", "indirect",
          "Gutiérrez-Ortiz", "Rosa María Gutiérrez-Ortiz", speaker_at="Gutiérrez-Ortiz said"),
        Q("“Our job is to apply the law the same way to every petition, no matter who it’s aimed at,”", "direct",
          "she", "Rosa María Gutiérrez-Ortiz", speaker_at="she said. “We did"),
        Q("“We did that here.”", "direct", "she", "Rosa María Gutiérrez-Ortiz", speaker_at="she said. “We did"),
        Q("“fire sale.”", "partial", "critics", None),
        Q("organizers would ask a district judge to review the clerk’s decision", "indirect",
          "Abdirahman Hassan Farah", "Abdirahman Hassan Farah"),
        Q("“We turned in more than enough names. We want to know exactly why every one of them was thrown out,”",
          "direct", "Farah", "Abdirahman Hassan Farah", speaker_at="Farah said"),
        Q("“If we have to go to court, we will go to court.”", "direct", "Farah", "Abdirahman Hassan Farah",
          speaker_at="Farah said"),
        Q("“grateful to the clerk’s office for its careful work”", "partial", "Ostermeyer", "Dale Ostermeyer",
          speaker_at="Ostermeyer said"),
        Q("“move forward together.”", "partial", "Ostermeyer", "Dale Ostermeyer", speaker_at="Ostermeyer said"),
        Q("“I have always said the voters will have their say in November, and they will,”", "direct", "the mayor",
          "Dale Ostermeyer", speaker_at="the mayor said"),
        Q("many of his congregants felt the commission had ignored them", "indirect", "Marcus Lindgren",
          "Marcus Lindgren"),
        Q("“People aren’t angry about water,”", "direct", "he", "Marcus Lindgren", speaker_at="he said. “They’re"),
        Q("“They’re angry about not being listened to.”", "direct", "he", "Marcus Lindgren",
          speaker_at="he said. “They’re"),
        Q("she would introduce a bill next session to require a public vote before any city in Kansas sells a water "
          "or power utility", "indirect", "Carolyn Haverkamp", "Carolyn Haverkamp"),
        Q("any legal challenge would be handled by the district court, and that the office had not yet been contacted "
          "by the petitioners", "indirect", "A spokeswoman for the Finney County Attorney’s Office", None),
    ], source="blind"),
]
