"""Blind gold, set 36: short news articles written once, blind to the pretagger.

Regional and wire copy from many places and house styles (curly, straight and
British single quotes, datelines, titles and honorifics, unnamed sources), so
the figures on them say how the rules carry over to text nobody tuned on.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind36-kedarnath", """Six killed as chopper crashes near Kedarnath; DGCA orders probe

DEHRADUN: Six people, including the pilot, were killed when a helicopter ferrying pilgrims from Kedarnath crashed into a forested gorge near Gaurikund in Uttarakhand's Rudraprayag district early on Sunday, officials said.

The Bell 407 helicopter, operated by Aryan Aviation, took off from the Kedarnath helipad at 5.17 am and lost contact with air traffic control about ten minutes later, according to the Uttarakhand Civil Aviation Development Authority (UCADA).

"Visibility dropped sharply in the valley within minutes. Preliminary information suggests the pilot may have tried to turn back," UCADA chief executive Meenakshi Thapliyal told reporters in Dehradun.

Thapliyal said all shuttle services on the Kedarnath route had been suspended until Tuesday. "Safety cannot be compromised for the sake of a schedule," she added.

Teams of the State Disaster Response Force (SDRF) reached the wreckage after a two-hour trek through dense forest. "The terrain is extremely difficult and it was raining throughout. The bodies have been brought down to Gaurikund," SDRF commandant Rajeev Kumar Semwal said.

Chief Minister Harish Chandra Joshi announced an ex gratia of Rs 5 lakh for the family of each victim. "This is an extremely painful incident. I have directed officials to extend every possible help to the families," Joshi said in a post on X.

The Directorate General of Civil Aviation (DGCA) has ordered a special audit of all operators flying in the Kedarnath valley, and a team from the Aircraft Accident Investigation Bureau is on its way to the site, a senior official in the Civil Aviation Ministry said.

In a statement, Aryan Aviation said it was "deeply saddened by the loss of lives" and that it was cooperating fully with investigators.

Villagers in Tarsali, the nearest settlement, said they had heard a "loud crack" shortly after the helicopter passed overhead.

Local hoteliers have long questioned the number of sorties flown during the peak season. "We had flagged the weather on Saturday evening itself," said Ravindra Prasad Nautiyal, president of the Gaurikund Traders' Association, "but the companies keep flying as long as there are bookings."

It is the second helicopter accident on the route this season, coming barely weeks after the state launched its "Surakshit Yatra" safety campaign for pilgrims. The dead were identified as the pilot, Capt. Vikram Sodhi of Chandigarh, and five pilgrims from Maharashtra and Gujarat.""", [
        Q("Six people, including the pilot, were killed when a helicopter ferrying pilgrims from Kedarnath crashed "
          "into a forested gorge near Gaurikund in Uttarakhand's Rudraprayag district early on Sunday", "indirect",
          "officials", None, speaker_at="officials said"),
        Q("The Bell 407 helicopter, operated by Aryan Aviation, took off from the Kedarnath helipad at 5.17 am and "
          "lost contact with air traffic control about ten minutes later", "indirect",
          "the Uttarakhand Civil Aviation Development Authority", "Uttarakhand Civil Aviation Development Authority"),
        Q('"Visibility dropped sharply in the valley within minutes. Preliminary information suggests the pilot may '
          'have tried to turn back,"', "direct", "Meenakshi Thapliyal", "Meenakshi Thapliyal"),
        Q("all shuttle services on the Kedarnath route had been suspended until Tuesday", "indirect", "Thapliyal",
          "Meenakshi Thapliyal", speaker_at="Thapliyal said"),
        Q('"Safety cannot be compromised for the sake of a schedule,"', "direct", "she", "Meenakshi Thapliyal",
          speaker_at="she added"),
        Q('"The terrain is extremely difficult and it was raining throughout. The bodies have been brought down to '
          'Gaurikund,"', "direct", "Rajeev Kumar Semwal", "Rajeev Kumar Semwal"),
        Q('"This is an extremely painful incident. I have directed officials to extend every possible help to the '
          'families,"', "direct", "Joshi", "Harish Chandra Joshi", speaker_at="Joshi said"),
        Q("The Directorate General of Civil Aviation (DGCA) has ordered a special audit of all operators flying in "
          "the Kedarnath valley, and a team from the Aircraft Accident Investigation Bureau is on its way to the "
          "site", "indirect", "a senior official in the Civil Aviation Ministry", None),
        Q('"deeply saddened by the loss of lives"', "partial", "Aryan Aviation", "Aryan Aviation",
          speaker_at="In a statement, Aryan Aviation"),
        Q("that it was cooperating fully with investigators", "indirect", "Aryan Aviation", "Aryan Aviation",
          speaker_at="In a statement, Aryan Aviation"),
        Q('"loud crack"', "partial", "Villagers in Tarsali", None),
        Q('"We had flagged the weather on Saturday evening itself,"', "direct", "Ravindra Prasad Nautiyal",
          "Ravindra Prasad Nautiyal"),
        Q('"but the companies keep flying as long as there are bookings."', "direct", "Ravindra Prasad Nautiyal",
          "Ravindra Prasad Nautiyal"),
    ], source="blind"),
    Case("blind36-meghna-ferry", """Dozens missing after overcrowded ferry capsizes in Bangladesh

DHAKA, Bangladesh (AFP) – At least 23 people drowned and dozens more were missing after an overcrowded ferry capsized in a storm on the Meghna river in southern Bangladesh, police and rescuers said Saturday.

The double-decker MV Sonar Tori was carrying more than 250 passengers from Dhaka to Bhola when it was hit by strong winds near Mehendiganj late Friday, according to the Bangladesh Inland Water Transport Authority (BIWTA).

“The vessel was licensed to carry 120 people. It was carrying twice that number because of the holiday rush,” BIWTA director Mohammad Rafiqul Islam Bhuiyan told AFP.

Divers from the navy, the coast guard and the fire service had recovered 23 bodies by Saturday afternoon, local police chief Abu Sayeed Chowdhury said, adding that at least 40 people were still unaccounted for.

“We are searching the riverbed metre by metre, but the current is very strong,” he said. “I am afraid the toll will rise.”

Survivors described scenes of panic as the ferry listed sharply and then overturned within minutes.

“People were screaming and jumping into the water. I grabbed my son and swam towards the bank,” said Nasrin Akter, 34, who was travelling home to celebrate Eid with her family. “I don’t know where my sister is.”

Another survivor, a rice trader who gave only his first name, Jalal, said the crew had ignored warnings from passengers as the sky darkened. “They told us the storm would pass,” he said.

Shipping Minister Mostafizur Rahman Sarker ordered an investigation and promised compensation of 25,000 taka to the family of each victim. Speaking to reporters at the scene, Sarker said the ferry’s owner would face “the strictest action under the law”.

Ferry accidents are common in Bangladesh, a low-lying delta nation crisscrossed by more than 200 rivers. Experts say poor maintenance, lax safety standards at shipyards and overcrowding are mostly to blame.

“Every year we say ‘never again’, and every year the same thing happens,” said Dr Sharmin Haque-Nizam, who heads the passenger safety group Nirapad Nou Path. “The regulators know exactly which vessels are unsafe.

“They simply do not act, because the owners are powerful people.”

In 2020, a ferry sank after being hit by another vessel in Dhaka, killing 34 people.""", [
        Q("At least 23 people drowned and dozens more were missing after an overcrowded ferry capsized in a storm on "
          "the Meghna river in southern Bangladesh", "indirect", "police and rescuers", None),
        Q("The double-decker MV Sonar Tori was carrying more than 250 passengers from Dhaka to Bhola when it was hit "
          "by strong winds near Mehendiganj late Friday", "indirect", "the Bangladesh Inland Water Transport Authority",
          "Bangladesh Inland Water Transport Authority"),
        Q("“The vessel was licensed to carry 120 people. It was carrying twice that number because of the holiday "
          "rush,”", "direct", "Mohammad Rafiqul Islam Bhuiyan", "Mohammad Rafiqul Islam Bhuiyan"),
        Q("Divers from the navy, the coast guard and the fire service had recovered 23 bodies by Saturday afternoon",
          "indirect", "Abu Sayeed Chowdhury", "Abu Sayeed Chowdhury"),
        Q("that at least 40 people were still unaccounted for", "indirect", "Abu Sayeed Chowdhury",
          "Abu Sayeed Chowdhury"),
        Q("“We are searching the riverbed metre by metre, but the current is very strong,”", "direct", "he",
          "Abu Sayeed Chowdhury", speaker_at="he said. “I am afraid"),
        Q("“I am afraid the toll will rise.”", "direct", "he", "Abu Sayeed Chowdhury",
          speaker_at="he said. “I am afraid"),
        Q("“People were screaming and jumping into the water. I grabbed my son and swam towards the bank,”", "direct",
          "Nasrin Akter", "Nasrin Akter"),
        Q("“I don’t know where my sister is.”", "direct", "Nasrin Akter", "Nasrin Akter"),
        Q("the crew had ignored warnings from passengers as the sky darkened", "indirect", "Jalal", "Jalal"),
        Q("“They told us the storm would pass,”", "direct", "he", "Jalal", speaker_at="pass,” he said"),
        Q("“the strictest action under the law”", "partial", "Sarker", "Mostafizur Rahman Sarker",
          speaker_at="Sarker said"),
        Q("poor maintenance, lax safety standards at shipyards and overcrowding are mostly to blame", "indirect",
          "Experts", None),
        Q("“Every year we say ‘never again’, and every year the same thing happens,”", "direct",
          "Sharmin Haque-Nizam", "Sharmin Haque-Nizam"),
        Q("“The regulators know exactly which vessels are unsafe.", "direct", "Sharmin Haque-Nizam",
          "Sharmin Haque-Nizam"),
        Q("“They simply do not act, because the owners are powerful people.”", "direct", "Sharmin Haque-Nizam",
          "Sharmin Haque-Nizam"),
    ], source="blind"),
    Case("blind36-bin-strike", """Bin strike 'could last until Christmas' as talks collapse

CITY residents face weeks more of overflowing bins after talks between Southampton City Council and striking refuse workers broke down last night.

Members of the GMB union walked out on Monday in a dispute over the council's plans to change shift patterns, which the union says would cost some drivers up to £3,000 a year.

GMB regional organiser Tracey O'Sullivan-Pike said: 'We went into that room in good faith and came out with nothing. Our members will not accept a pay cut dressed up as modernisation.

'If the council wants the bins emptied before Christmas, it knows where to find us.'

But the council insists its offer is fair. 'The package on the table protects basic pay for every single worker,' said Cllr Priya Raghunathan-Hill, cabinet member for environment. 'I'm disappointed the union has walked away from it.'

She said agency staff would be brought in to clear the worst-hit streets and that the household waste recycling centres at Millbrook and Bitterne would open for longer hours from Saturday.

In Shirley and Portswood, black bags have piled up on pavements for more than a week, with some residents reporting rats.

Portswood mother-of-two Kelly Mansfield, 38, told the Daily Echo: 'It's disgusting. The kids can't even walk to school without stepping over bin bags.'

Another resident, who did not want to be named, said the council had 'lost control' of the situation.

Conservative group leader Cllr Dan Fitzhenry-Cole said the administration had 'sleepwalked into a crisis' over the summer.

'This strike was entirely avoidable,' he added. 'Residents are paying full council tax for a service they are simply not getting.'

The city's 'Bin It Right' recycling campaign, launched with some fanfare in the spring, has been paused while the dispute continues.

A council spokesperson said further talks had been pencilled in for next Wednesday through the Advisory, Conciliation and Arbitration Service (Acas). Acas confirmed it had been contacted by both sides.

Collections of food waste, which are carried out by a separate contractor, are not affected.""", [
        Q("'could last until Christmas'", "partial", None, None),
        Q("would cost some drivers up to £3,000 a year", "indirect", "the union", "GMB",
          speaker_at="the union says"),
        Q("'We went into that room in good faith and came out with nothing. Our members will not accept a pay cut "
          "dressed up as modernisation.", "direct", "Tracey O'Sullivan-Pike", "Tracey O'Sullivan-Pike"),
        Q("'If the council wants the bins emptied before Christmas, it knows where to find us.'", "direct",
          "Tracey O'Sullivan-Pike", "Tracey O'Sullivan-Pike"),
        Q("its offer is fair", "indirect", "the council", "Southampton City Council",
          speaker_at="the council insists"),
        Q("'The package on the table protects basic pay for every single worker,'", "direct",
          "Priya Raghunathan-Hill", "Priya Raghunathan-Hill"),
        Q("'I'm disappointed the union has walked away from it.'", "direct", "Priya Raghunathan-Hill",
          "Priya Raghunathan-Hill"),
        Q("agency staff would be brought in to clear the worst-hit streets and that the household waste recycling "
          "centres at Millbrook and Bitterne would open for longer hours from Saturday", "indirect", "She",
          "Priya Raghunathan-Hill", speaker_at="She said"),
        Q("'It's disgusting. The kids can't even walk to school without stepping over bin bags.'", "direct",
          "Kelly Mansfield", "Kelly Mansfield"),
        Q("'lost control'", "partial", "Another resident", None),
        Q("'sleepwalked into a crisis'", "partial", "Dan Fitzhenry-Cole", "Dan Fitzhenry-Cole"),
        Q("'This strike was entirely avoidable,'", "direct", "he", "Dan Fitzhenry-Cole", speaker_at="he added"),
        Q("'Residents are paying full council tax for a service they are simply not getting.'", "direct", "he",
          "Dan Fitzhenry-Cole", speaker_at="he added"),
        Q("further talks had been pencilled in for next Wednesday through the Advisory, Conciliation and Arbitration "
          "Service (Acas)", "indirect", "A council spokesperson", None),
        Q("it had been contacted by both sides", "indirect", "Acas", "Advisory, Conciliation and Arbitration Service",
          speaker_at="Acas confirmed"),
    ], source="blind"),
    Case("blind36-slaughtneil", """Slaughtneil edge Corrigan Park thriller to reach Ulster final

Slaughtneil are through to yet another Ulster Club Senior Hurling Championship final after a pulsating 1-19 to 2-14 win over Loughgiel Shamrocks at Corrigan Park on Sunday afternoon.

Cormac Mac Giolla Bhríde's late free, struck from out near the sideline with the clock showing 63 minutes, sealed it for the Emmet's men, who had trailed by three points at the break.

“I didn’t even look at the posts, to be honest with you,” the 22-year-old laughed afterwards. “You just hit it and hope. The lads did all the hard work to get us into that position.”

Slaughtneil manager Michael McShane admitted his side had been second best for long spells of the first half.

“Loughgiel came at us like a train and we were lucky to be only three down,” McShane told the Derry Journal. “We had a few honest words at half-time. Nobody had to shout, the boys knew themselves.

“That’s the thing about this group. They never know when they’re beaten.”

The turning point came in the 41st minute when full-forward Odhrán Bradley-Kelly flicked to the net from a long delivery by Pádraig Ó hEadhra, and the Derry champions never trailed again.

Loughgiel boss Dessie McNaughton was left to rue a string of missed chances, his side hitting 11 wides in the second half alone.

“You can’t leave that many behind you against a team like Slaughtneil,” said McNaughton, who also felt the free that led to the equaliser was “very soft”.

“But that’s hurling. We’ll regroup over the winter and come back stronger,” he added.

A crowd of more than 3,000 packed into the West Belfast venue, still known to older supporters simply as “the Park”, and the noise in the closing minutes was something to behold.

Slaughtneil will face either Dunloy or Ballygalget in the provincial decider. The Ulster Council confirmed on Monday evening that the final would be played at the Athletic Grounds in Armagh on Sunday, November 23, with a 1.30pm throw-in.

Club chairman Gerard Ó Doibhilín said tickets would go on sale through the club’s usual channels later this week and urged supporters not to leave it late.""", [
        Q("“I didn’t even look at the posts, to be honest with you,”", "direct", "the 22-year-old",
          "Cormac Mac Giolla Bhríde"),
        Q("“You just hit it and hope. The lads did all the hard work to get us into that position.”", "direct",
          "the 22-year-old", "Cormac Mac Giolla Bhríde"),
        Q("his side had been second best for long spells of the first half", "indirect", "Michael McShane",
          "Michael McShane"),
        Q("“Loughgiel came at us like a train and we were lucky to be only three down,”", "direct", "McShane",
          "Michael McShane", speaker_at="McShane told"),
        Q("“We had a few honest words at half-time. Nobody had to shout, the boys knew themselves.", "direct",
          "McShane", "Michael McShane", speaker_at="McShane told"),
        Q("“That’s the thing about this group. They never know when they’re beaten.”", "direct", "McShane",
          "Michael McShane", speaker_at="McShane told"),
        Q("“You can’t leave that many behind you against a team like Slaughtneil,”", "direct", "McNaughton",
          "Dessie McNaughton", speaker_at="said McNaughton"),
        Q("“very soft”", "partial", "McNaughton", "Dessie McNaughton", speaker_at="said McNaughton"),
        Q("“But that’s hurling. We’ll regroup over the winter and come back stronger,”", "direct", "he",
          "Dessie McNaughton", speaker_at="he added"),
        Q("that the final would be played at the Athletic Grounds in Armagh on Sunday, November 23, with a 1.30pm "
          "throw-in", "indirect", "The Ulster Council", "Ulster Council"),
        Q("tickets would go on sale through the club’s usual channels later this week", "indirect",
          "Gerard Ó Doibhilín", "Gerard Ó Doibhilín"),
    ], source="blind"),
    Case("blind36-de-paor-obituary", """Tributes paid to former ICMSA president Séamus de Paor

Tributes have been paid across the farming community following the death of Séamus de Paor, the Kilmacthomas dairy farmer who led the Irish Creamery Milk Suppliers Association through some of its most turbulent years.

Mr de Paor, who was 81, died peacefully at University Hospital Waterford on Tuesday, surrounded by his family.

First elected ICMSA president in 1987, he was at the forefront of the campaign against milk quotas and famously led a cavalcade of more than 400 tractors to Dublin in 1992, earning him the nickname ‘the Quota Man’ among political correspondents.

ICMSA president Eoin Ó Súilleabháin described him as ‘a giant of Irish farming’ and ‘a man who never once forgot where he came from’.

‘Séamus could sit across the table from a minister in the morning and be milking cows in Kilmacthomas that evening,’ Mr Ó Súilleabháin said. ‘He fought for the small farmer when it wasn’t fashionable to do so.’

Waterford TD Máire Keane-Whelan said she had known him for more than 30 years. ‘His door was always open, and his kitchen table settled more disputes than any court in the county,’ she said.

Minister for Agriculture, Food and the Marine Cathal Mac Carthaigh said in a statement that Mr de Paor’s work had ‘shaped rural Ireland for a generation’.

A spokesperson for Tirlán said the co-op’s board would observe a minute’s silence at its meeting on Thursday.

Speaking to the News & Star on his retirement in 1996, Mr de Paor said he had no regrets. ‘You fight the battles in front of you. Some you win and some you lose, but you never stop turning up,’ he said at the time.

Neighbours in Kilmacthomas said the village had lost ‘a true gentleman’ who kept up his interest in the family farm well into his seventies.

He is predeceased by his brother Liam and survived by his wife Nóirín, sons Pádraig and Tomás, daughter Aoife, grandchildren, extended family and a wide circle of friends.

Reposing at Flynn’s Funeral Home, Kilmacthomas, on Thursday from 5pm to 8pm. Funeral Mass on Friday at 11am in the Church of St Anne, followed by burial in the adjoining cemetery. Family flowers only; donations, if desired, to the Irish Cancer Society.""", [
        Q("‘a giant of Irish farming’", "partial", "Eoin Ó Súilleabháin", "Eoin Ó Súilleabháin"),
        Q("‘a man who never once forgot where he came from’", "partial", "Eoin Ó Súilleabháin",
          "Eoin Ó Súilleabháin"),
        Q("‘Séamus could sit across the table from a minister in the morning and be milking cows in Kilmacthomas "
          "that evening,’", "direct", "Ó Súilleabháin", "Eoin Ó Súilleabháin", speaker_at="Mr Ó Súilleabháin said"),
        Q("‘He fought for the small farmer when it wasn’t fashionable to do so.’", "direct", "Ó Súilleabháin",
          "Eoin Ó Súilleabháin", speaker_at="Mr Ó Súilleabháin said"),
        Q("she had known him for more than 30 years", "indirect", "Máire Keane-Whelan", "Máire Keane-Whelan"),
        Q("‘His door was always open, and his kitchen table settled more disputes than any court in the county,’",
          "direct", "she", "Máire Keane-Whelan", speaker_at="she said"),
        Q("‘shaped rural Ireland for a generation’", "partial", "Cathal Mac Carthaigh", "Cathal Mac Carthaigh"),
        Q("the co-op’s board would observe a minute’s silence at its meeting on Thursday", "indirect",
          "A spokesperson for Tirlán", None),
        Q("he had no regrets", "indirect", "de Paor", "Séamus de Paor", speaker_at="Mr de Paor said he"),
        Q("‘You fight the battles in front of you. Some you win and some you lose, but you never stop turning up,’",
          "direct", "he", "Séamus de Paor", speaker_at="he said at the time"),
        Q("‘a true gentleman’", "partial", "Neighbours in Kilmacthomas", None),
    ], source="blind"),
    Case("blind36-bundaberg-hail", """Golf ball-sized hail smashes Bundaberg as BOM warns more storms on the way

Residents across Bundaberg are cleaning up after a supercell thunderstorm dumped hailstones the size of golf balls on the city late on Tuesday afternoon, smashing windscreens, shredding crops and cutting power to more than 9000 homes.

The Bureau of Meteorology recorded hail up to 5cm in diameter at Bargara and a wind gust of 96km/h at Bundaberg Airport just after 4.30pm.

"It was a very fast-moving cell, and it intensified right as it approached the coast," bureau senior forecaster Laura Boekel said.

"We're expecting more severe storms through to Thursday, so people really need to make sure they're prepared."

Ms Boekel said the heaviest rain, 62mm in an hour, fell at Gin Gin.

State Emergency Service crews responded to 214 calls for help overnight, mostly for damaged roofs and fallen trees, a Queensland Fire and Emergency Services spokeswoman said.

Ergon Energy said crews were working to restore power to about 2300 homes that were still without electricity on Wednesday morning.

Kepnock resident Darren Whitely told the NewsMail the hail "sounded like someone was throwing bricks on the roof" for almost ten minutes.

"I've lived here 40 years and never seen anything like it. The car's a write-off," he said.

For the region's horticulture industry, the timing could hardly have been worse.

Bundaberg Fruit and Vegetable Growers chief executive Sandra Vecchio-Hart said early reports suggested some tomato and capsicum crops had been "completely shredded".

"For some growers this has come just weeks before harvest. It's heartbreaking," she said. "We'll be talking to the state government about what support can be made available."

Bundaberg Regional Council Mayor Robyn Pattemore urged residents to check on elderly neighbours and to take green waste to the Kalkie and Qunaba transfer stations, where fees have been waived until Sunday.

"We're a resilient community. We've been through floods and cyclones, and we'll get through this too," Cr Pattemore said.

The Insurance Council of Australia said it had not yet declared a catastrophe but was "monitoring the situation closely".

Residents can find storm preparation tips in the council's "Get Ready Bundaberg" guide, available online and at customer service centres.""", [
        Q('"It was a very fast-moving cell, and it intensified right as it approached the coast,"', "direct",
          "Laura Boekel", "Laura Boekel"),
        Q('"We\'re expecting more severe storms through to Thursday, so people really need to make sure they\'re '
          'prepared."', "direct", "Laura Boekel", "Laura Boekel"),
        Q("the heaviest rain, 62mm in an hour, fell at Gin Gin", "indirect", "Boekel", "Laura Boekel",
          speaker_at="Ms Boekel said"),
        Q("State Emergency Service crews responded to 214 calls for help overnight, mostly for damaged roofs and "
          "fallen trees", "indirect", "a Queensland Fire and Emergency Services spokeswoman", None),
        Q("crews were working to restore power to about 2300 homes that were still without electricity on Wednesday "
          "morning", "indirect", "Ergon Energy", "Ergon Energy"),
        Q('"sounded like someone was throwing bricks on the roof"', "partial", "Darren Whitely", "Darren Whitely"),
        Q('"I\'ve lived here 40 years and never seen anything like it. The car\'s a write-off,"', "direct", "he",
          "Darren Whitely", speaker_at="he said"),
        Q('"completely shredded"', "partial", "Sandra Vecchio-Hart", "Sandra Vecchio-Hart"),
        Q('"For some growers this has come just weeks before harvest. It\'s heartbreaking,"', "direct", "she",
          "Sandra Vecchio-Hart", speaker_at="she said"),
        Q('"We\'ll be talking to the state government about what support can be made available."', "direct", "she",
          "Sandra Vecchio-Hart", speaker_at="she said"),
        Q('"We\'re a resilient community. We\'ve been through floods and cyclones, and we\'ll get through this too,"',
          "direct", "Pattemore", "Robyn Pattemore", speaker_at="Cr Pattemore said"),
        Q("it had not yet declared a catastrophe", "indirect", "The Insurance Council of Australia",
          "Insurance Council of Australia"),
        Q('"monitoring the situation closely"', "partial", "The Insurance Council of Australia",
          "Insurance Council of Australia"),
    ], source="blind"),
    Case("blind36-ngongotaha-bus", """Bus route shake-up leaves Ngongotahā 'stranded', say locals

Ngongotahā residents say they have been left “stranded” after changes to the city’s bus network cut the village’s direct service to the Rotorua CBD.

Under the new timetable, which came into effect on Monday, Route 1 no longer loops through Ngongotahā village and instead runs along State Highway 5, meaning some passengers must walk up to 1.2km to the nearest stop.

The changes are part of the regional council’s “Bus Network Refresh”, and Bay of Plenty Regional Council, which runs the Baybus network, says they will make journeys 12 minutes faster for most users.

That is little comfort to kaumātua Te Rangi Tapsell-Waaka, 78, who catches the bus to his dialysis appointments at Rotorua Hospital three times a week.

“I can’t walk that far, not with my legs,” Mr Tapsell-Waaka said. “They didn’t ask us. Nobody came out here and asked the old people what we needed.”

Ngongotahā Village Association chairwoman Vanessa Kingi-Hollis said more than 600 people had signed a petition calling for the old route to be restored.

“We’re not against progress. We just want a bus that stops in our village,” she told the Rotorua Daily Post. “Half the people on that petition don’t own a car.”

According to regional council transport director Oliver Haines-Rāwiri, the changes followed two rounds of public consultation last year, which attracted more than 1400 submissions.

“We did hear the concerns from Ngongotahā, and we’ll be monitoring patronage closely over the next three months,” Mr Haines-Rāwiri said in a statement.

“If the numbers tell us we got it wrong, we’ll look at it again.”

He said residents with mobility issues could apply for subsidised taxi travel through the Total Mobility scheme.

Regional councillor Lani Kereama, who represents the Rotorua constituency, said she would raise the issue at next week’s public transport committee meeting, calling the change “a false economy”.

“If a kuia can’t get to the doctor, she ends up in an ambulance instead, and that costs everybody far more,” Ms Kereama said.

Rotorua Lakes Council, which is not responsible for bus services, said it had passed residents’ feedback on to the regional council.

The petition will be presented at the committee meeting on Thursday, March 14.""", [
        Q("'stranded'", "partial", "locals", None),
        Q("“stranded”", "partial", "Ngongotahā residents", None),
        Q("they will make journeys 12 minutes faster for most users", "indirect", "Bay of Plenty Regional Council",
          "Bay of Plenty Regional Council"),
        Q("“I can’t walk that far, not with my legs,”", "direct", "Tapsell-Waaka", "Te Rangi Tapsell-Waaka",
          speaker_at="Mr Tapsell-Waaka said"),
        Q("“They didn’t ask us. Nobody came out here and asked the old people what we needed.”", "direct",
          "Tapsell-Waaka", "Te Rangi Tapsell-Waaka", speaker_at="Mr Tapsell-Waaka said"),
        Q("more than 600 people had signed a petition calling for the old route to be restored", "indirect",
          "Vanessa Kingi-Hollis", "Vanessa Kingi-Hollis"),
        Q("“We’re not against progress. We just want a bus that stops in our village,”", "direct", "she",
          "Vanessa Kingi-Hollis", speaker_at="she told the Rotorua Daily Post"),
        Q("“Half the people on that petition don’t own a car.”", "direct", "she", "Vanessa Kingi-Hollis",
          speaker_at="she told the Rotorua Daily Post"),
        Q("the changes followed two rounds of public consultation last year, which attracted more than 1400 "
          "submissions", "indirect", "Oliver Haines-Rāwiri", "Oliver Haines-Rāwiri"),
        Q("“We did hear the concerns from Ngongotahā, and we’ll be monitoring patronage closely over the next three "
          "months,”", "direct", "Haines-Rāwiri", "Oliver Haines-Rāwiri", speaker_at="Mr Haines-Rāwiri said"),
        Q("“If the numbers tell us we got it wrong, we’ll look at it again.”", "direct", "Haines-Rāwiri",
          "Oliver Haines-Rāwiri", speaker_at="Mr Haines-Rāwiri said"),
        Q("residents with mobility issues could apply for subsidised taxi travel through the Total Mobility scheme",
          "indirect", "He", "Oliver Haines-Rāwiri", speaker_at="He said"),
        Q("she would raise the issue at next week’s public transport committee meeting", "indirect", "Lani Kereama",
          "Lani Kereama"),
        Q("“a false economy”", "partial", "Lani Kereama", "Lani Kereama"),
        Q("“If a kuia can’t get to the doctor, she ends up in an ambulance instead, and that costs everybody far "
          "more,”", "direct", "Kereama", "Lani Kereama", speaker_at="Ms Kereama said"),
        Q("it had passed residents’ feedback on to the regional council", "indirect", "Rotorua Lakes Council",
          "Rotorua Lakes Council"),
    ], source="blind"),
    Case("blind36-parkland-wildfire", """Evacuation order issued as wildfire jumps Yellowhead west of Edmonton

Hundreds of residents in Parkland County were ordered out of their homes Wednesday night after a fast-moving wildfire jumped Highway 16 near Entwistle, forcing the closure of the Yellowhead for the second time in a week.

The fire, estimated at 1,800 hectares, was classified as out of control as of Thursday morning, according to Alberta Wildfire.

"The winds shifted on us late in the afternoon and that fire ran about four kilometres in under two hours," Alberta Wildfire information officer Marie-Claude Lévesque-Ward said at a briefing in Evansburg.

"We have more than 90 firefighters on the ground, along with six helicopters and air tankers working the flanks."

County officials said 412 homes were under the evacuation order. Evacuees were being told to register at a reception centre set up at the Stony Plain Community Centre.

"If you are in the evacuation zone, leave now. Don't wait to pack up the whole house," Parkland County Mayor Doug Wierzbicki told reporters Thursday. "Your pictures are not worth your life."

RCMP officers went door to door through the night. Cpl. Amrit Dhaliwal said "a handful" of residents had refused to leave, and officers had taken their names and next of kin.

Entwistle resident Brent Kowalchuk, who grabbed his two dogs and his late father's guitar before fleeing, said the smoke was so thick he could barely see the road.

"It was like driving into night at six o'clock," he said. "You could hear the trees popping."

Forestry and Parks Minister Gurpreet Sandhu-Mills said the province had requested two more air tankers from British Columbia. The minister described conditions in the area as "extremely volatile" and urged Albertans to respect the provincewide fire ban.

The cause of the fire is under investigation.

Environment and Climate Change Canada issued a special air quality statement for Edmonton and the surrounding region Thursday. Smoke could linger over the city through the weekend, the agency said, and people with asthma or heart conditions should limit time outdoors.

The Yellowhead remains closed between Wabamun and Evansburg, with detours in place via Highway 39.

Updates are posted on the county's website and the Alberta Emergency Alert app.""", [
        Q("The fire, estimated at 1,800 hectares, was classified as out of control as of Thursday morning", "indirect",
          "Alberta Wildfire", "Alberta Wildfire", speaker_at="according to Alberta Wildfire"),
        Q('"The winds shifted on us late in the afternoon and that fire ran about four kilometres in under two '
          'hours,"', "direct", "Marie-Claude Lévesque-Ward", "Marie-Claude Lévesque-Ward"),
        Q('"We have more than 90 firefighters on the ground, along with six helicopters and air tankers working the '
          'flanks."', "direct", "Marie-Claude Lévesque-Ward", "Marie-Claude Lévesque-Ward"),
        Q("412 homes were under the evacuation order", "indirect", "County officials", None),
        Q('"If you are in the evacuation zone, leave now. Don\'t wait to pack up the whole house,"', "direct",
          "Doug Wierzbicki", "Doug Wierzbicki"),
        Q('"Your pictures are not worth your life."', "direct", "Doug Wierzbicki", "Doug Wierzbicki"),
        Q('"a handful"', "partial", "Amrit Dhaliwal", "Amrit Dhaliwal"),
        Q("officers had taken their names and next of kin", "indirect", "Amrit Dhaliwal", "Amrit Dhaliwal"),
        Q("the smoke was so thick he could barely see the road", "indirect", "Brent Kowalchuk", "Brent Kowalchuk"),
        Q('"It was like driving into night at six o\'clock,"', "direct", "he", "Brent Kowalchuk",
          speaker_at="he said. \"You could"),
        Q('"You could hear the trees popping."', "direct", "he", "Brent Kowalchuk", speaker_at="he said. \"You could"),
        Q("the province had requested two more air tankers from British Columbia", "indirect",
          "Gurpreet Sandhu-Mills", "Gurpreet Sandhu-Mills"),
        Q('"extremely volatile"', "partial", "The minister", "Gurpreet Sandhu-Mills"),
        Q("Smoke could linger over the city through the weekend", "indirect", "the agency",
          "Environment and Climate Change Canada"),
        Q("people with asthma or heart conditions should limit time outdoors", "indirect", "the agency",
          "Environment and Climate Change Canada"),
    ], source="blind"),
    Case("blind36-ivory-trial", """Court jails two Chinese nationals, Tanzanian for 20 years over ivory trafficking

Dar es Salaam. The Corruption and Economic Crimes Division of the High Court has sentenced two Chinese nationals and a Tanzanian businessman to 20 years in prison each after convicting them of trafficking 312 elephant tusks worth more than Sh5.4 billion.

Delivering judgment yesterday, Justice Mwanaisha Kombo-Salim said the prosecution had proved beyond reasonable doubt that Zhou Weiming, 51, Lin Xiaofeng, 44, and Hamisi Juma Mwakalinga, 39, were part of an organised network that moved ivory from the Selous and Ruaha ecosystems to the port of Dar es Salaam between 2019 and 2021.

“The accused persons treated our national heritage as merchandise. This court must send a clear message that Tanzania is not a market for the products of poaching,” the judge said.

She said the court had taken into account that the first accused, Mr Zhou, had no previous record, but found the quantity of ivory “too grave to ignore”.

In addition to the prison terms, the court ordered the forfeiture of two lorries and a house in Mbezi Beach that was used to store the tusks.

Senior State Attorney Faraji Nguka told the court during mitigation that the investigation had taken more than three years and involved the Tanzania Wildlife Management Authority (Tawa), the Police Force and Interpol.

Speaking through an interpreter, Mr Lin had earlier told the court he was “only a cook” at a restaurant owned by Mr Zhou and knew nothing about the ivory.

Defence counsel Joseph Mwita Chacha said his clients would appeal. “We respectfully disagree with the court’s findings on the evidence of the second prosecution witness, and we will be filing a notice of appeal within the prescribed time,” he told journalists outside the court.

Conservationists have described the network as “one of the most significant” ivory syndicates dismantled in East Africa in the past decade. The case is the largest to be concluded since the so-called “Ivory Queen” trial, which ended in 2019.

The Minister for Natural Resources and Tourism, Dr Khadija Mussa Omar, welcomed the ruling. “This judgment is a victory for our rangers, some of whom have lost their lives protecting these animals,” she said in a statement issued in Dodoma.

According to Tawa, elephant numbers in the Selous-Mikumi ecosystem have risen from about 15,000 in 2014 to more than 20,000 following a sustained crackdown on poaching.

Dr Omar said the government would continue to strengthen cooperation with neighbouring countries and destination markets in Asia to cut off demand.""", [
        Q("the prosecution had proved beyond reasonable doubt that Zhou Weiming, 51, Lin Xiaofeng, 44, and Hamisi Juma "
          "Mwakalinga, 39, were part of an organised network that moved ivory from the Selous and Ruaha ecosystems to "
          "the port of Dar es Salaam between 2019 and 2021", "indirect", "Mwanaisha Kombo-Salim",
          "Mwanaisha Kombo-Salim"),
        Q("“The accused persons treated our national heritage as merchandise. This court must send a clear message "
          "that Tanzania is not a market for the products of poaching,”", "direct", "the judge",
          "Mwanaisha Kombo-Salim"),
        Q("the court had taken into account that the first accused, Mr Zhou, had no previous record", "indirect",
          "She", "Mwanaisha Kombo-Salim", speaker_at="She said"),
        Q("“too grave to ignore”", "partial", "She", "Mwanaisha Kombo-Salim", speaker_at="She said"),
        Q("that the investigation had taken more than three years and involved the Tanzania Wildlife Management "
          "Authority (Tawa), the Police Force and Interpol", "indirect", "Faraji Nguka", "Faraji Nguka"),
        Q("“only a cook”", "partial", "Lin", "Lin Xiaofeng", speaker_at="Mr Lin had"),
        Q("knew nothing about the ivory", "indirect", "Lin", "Lin Xiaofeng", speaker_at="Mr Lin had"),
        Q("his clients would appeal", "indirect", "Joseph Mwita Chacha", "Joseph Mwita Chacha"),
        Q("“We respectfully disagree with the court’s findings on the evidence of the second prosecution witness, and "
          "we will be filing a notice of appeal within the prescribed time,”", "direct", "he", "Joseph Mwita Chacha",
          speaker_at="he told journalists"),
        Q("“one of the most significant”", "partial", "Conservationists", None),
        Q("“This judgment is a victory for our rangers, some of whom have lost their lives protecting these "
          "animals,”", "direct", "she", "Khadija Mussa Omar", speaker_at="she said in a statement"),
        Q("elephant numbers in the Selous-Mikumi ecosystem have risen from about 15,000 in 2014 to more than 20,000 "
          "following a sustained crackdown on poaching", "indirect", "Tawa", "Tanzania Wildlife Management Authority",
          speaker_at="According to Tawa"),
        Q("the government would continue to strengthen cooperation with neighbouring countries and destination "
          "markets in Asia to cut off demand", "indirect", "Omar", "Khadija Mussa Omar", speaker_at="Dr Omar said"),
    ], source="blind"),
    Case("blind36-nard-strike", """Resident doctors begin indefinite strike as talks with FG collapse

Services at federal teaching hospitals across the country were grounded yesterday as the Nigerian Association of Resident Doctors (NARD) began an indefinite strike over unpaid allowances and the non-implementation of a reviewed salary structure.

The strike followed the collapse of a meeting between the association's leadership and officials of the Federal Ministry of Health and the Federal Ministry of Labour and Employment in Abuja on Sunday night.

NARD President, Dr Emeka Okonkwo-Ibe, told Daily Trust that members had "exhausted every avenue of dialogue" before withdrawing their services.

"We gave the government a 21-day ultimatum, and then another two weeks. Not a single kobo of the 2024 Medical Residency Training Fund has been paid to our members," he said.

"Our colleagues are leaving for the UK and Saudi Arabia every week. If nothing is done, there will be nobody left to train."

The association's Secretary-General, Dr Suleiman Ismail Umar, said the strike would be "total and indefinite", adding that members in emergency units were also expected to down tools.

But the Minister of State for Health, Dr Aminu Sani Bichi, described the action as "unnecessary and unfortunate", insisting that the government had already released N11.9 billion for the payment of the training fund.

"The doors of the ministry remain open. We appeal to our young doctors to return to work in the interest of Nigerians," Bichi said in a statement signed by the ministry's Director of Information, Mrs Blessing Ogundipe-Ahmed.

At the Aminu Kano Teaching Hospital in Kano, wards were largely empty yesterday and many in-patients were being discharged or referred to private facilities.

A patient's relative, Malam Sani Garba, said his mother had been asked to find another hospital. "We came from Wudil this morning. They told us there are no doctors to attend to her," he said.

Consultants under the Medical and Dental Consultants' Association of Nigeria (MDCAN) said they would continue to run skeletal services but warned that their members were "overstretched".

The Nigerian Medical Association (NMA), the umbrella body of doctors in the country, said it was monitoring developments and would convene an emergency meeting of its National Executive Council on Thursday.

This is the third strike by resident doctors in 18 months. In 2023, the association embarked on a five-day "warning strike" over similar demands.""", [
        Q('"exhausted every avenue of dialogue"', "partial", "Emeka Okonkwo-Ibe", "Emeka Okonkwo-Ibe"),
        Q('"We gave the government a 21-day ultimatum, and then another two weeks. Not a single kobo of the 2024 '
          'Medical Residency Training Fund has been paid to our members,"', "direct", "he", "Emeka Okonkwo-Ibe",
          speaker_at="members,\" he said"),
        Q('"Our colleagues are leaving for the UK and Saudi Arabia every week. If nothing is done, there will be '
          'nobody left to train."', "direct", "he", "Emeka Okonkwo-Ibe", speaker_at="members,\" he said"),
        Q('"total and indefinite"', "partial", "Suleiman Ismail Umar", "Suleiman Ismail Umar"),
        Q("that members in emergency units were also expected to down tools", "indirect", "Suleiman Ismail Umar",
          "Suleiman Ismail Umar"),
        Q('"unnecessary and unfortunate"', "partial", "Aminu Sani Bichi", "Aminu Sani Bichi"),
        Q("that the government had already released N11.9 billion for the payment of the training fund", "indirect",
          "Aminu Sani Bichi", "Aminu Sani Bichi"),
        Q('"The doors of the ministry remain open. We appeal to our young doctors to return to work in the interest '
          'of Nigerians,"', "direct", "Bichi", "Aminu Sani Bichi", speaker_at="Bichi said"),
        Q("his mother had been asked to find another hospital", "indirect", "Sani Garba", "Sani Garba"),
        Q('"We came from Wudil this morning. They told us there are no doctors to attend to her,"', "direct", "he",
          "Sani Garba", speaker_at="her,\" he said"),
        Q("they would continue to run skeletal services", "indirect",
          "Consultants under the Medical and Dental Consultants' Association of Nigeria",
          "Medical and Dental Consultants' Association of Nigeria"),
        Q('"overstretched"', "partial", "Consultants under the Medical and Dental Consultants' Association of Nigeria",
          "Medical and Dental Consultants' Association of Nigeria"),
        Q("it was monitoring developments and would convene an emergency meeting of its National Executive Council on "
          "Thursday", "indirect", "The Nigerian Medical Association", "Nigerian Medical Association"),
    ], source="blind"),
    Case("blind36-rustenburg-strike", """Rustenburg platinum strike enters second week as Amcu digs in

More than 11,000 workers at Marikele Platinum’s Rustenburg operations remained on strike on Monday after the Association of Mineworkers and Construction Union (Amcu) rejected the company’s latest wage offer.

The union is demanding a basic monthly wage of R17,500 for entry-level underground workers, while the company has offered increases of 6% a year over three years.

“Our members go underground every day not knowing whether they will come back. R17,500 is not a luxury, it is a living wage,” Amcu general secretary Themba Mnguni-Dlamini told a rally at Wonderkop stadium on Sunday.

He said the union would not return to the negotiating table until the company “comes with something new”.

Marikele chief executive Hendrik van der Westhuizen said the strike was costing the company about 4,200 ounces of platinum group metals a day.

“We simply cannot afford what Amcu is asking for at current metal prices. Half of our shafts are already loss-making,” Van der Westhuizen said in an interview with News24.

“If this continues, we will have to look at restructuring, and nobody wants that.”

North West police spokesperson Brigadier Kagiso Tlhapi said the area was calm but that officers remained on high alert after two vehicles were torched near the Number 4 shaft last Thursday.

Rock drill operator Xolani Mabuza, 36, who supports a family of seven in the Eastern Cape, said he had not been paid since the strike began.

“It is hard, my brother. But if we go back now, we go back with nothing,” he said, standing outside the shaft gate with a group of colleagues wearing Amcu’s green T-shirts, many printed with the slogan “Living Wage Now”.

Mining analyst Nolwazi du Toit of Meridian Capital said the strike was unlikely to move platinum prices much, given large above-ground stocks and weak demand from carmakers.

According to Du Toit, a prolonged stoppage could, however, force the company to bring forward the closure of two older shafts.

Mineral and Petroleum Resources Minister Lerato Molefe-Khumalo, who met both parties in Pretoria on Friday, urged them to “find each other” before the dispute caused lasting damage to the industry.

The Commission for Conciliation, Mediation and Arbitration (CCMA) said it was available to facilitate talks if both parties requested it.

The 2014 platinum belt strike, which lasted five months, remains the longest in South Africa’s mining history.""", [
        Q("“Our members go underground every day not knowing whether they will come back. R17,500 is not a luxury, "
          "it is a living wage,”", "direct", "Themba Mnguni-Dlamini", "Themba Mnguni-Dlamini"),
        Q("the union would not return to the negotiating table", "indirect", "He", "Themba Mnguni-Dlamini",
          speaker_at="He said"),
        Q("“comes with something new”", "partial", "He", "Themba Mnguni-Dlamini", speaker_at="He said"),
        Q("the strike was costing the company about 4,200 ounces of platinum group metals a day", "indirect",
          "Hendrik van der Westhuizen", "Hendrik van der Westhuizen"),
        Q("“We simply cannot afford what Amcu is asking for at current metal prices. Half of our shafts are already "
          "loss-making,”", "direct", "Van der Westhuizen", "Hendrik van der Westhuizen"),
        Q("“If this continues, we will have to look at restructuring, and nobody wants that.”", "direct",
          "Van der Westhuizen", "Hendrik van der Westhuizen"),
        Q("the area was calm but that officers remained on high alert after two vehicles were torched near the "
          "Number 4 shaft last Thursday", "indirect", "Kagiso Tlhapi", "Kagiso Tlhapi"),
        Q("he had not been paid since the strike began", "indirect", "Xolani Mabuza", "Xolani Mabuza"),
        Q("“It is hard, my brother. But if we go back now, we go back with nothing,”", "direct", "he",
          "Xolani Mabuza", speaker_at="he said, standing"),
        Q("the strike was unlikely to move platinum prices much, given large above-ground stocks and weak demand from "
          "carmakers", "indirect", "Nolwazi du Toit", "Nolwazi du Toit"),
        Q("a prolonged stoppage could, however, force the company to bring forward the closure of two older shafts",
          "indirect", "Du Toit", "Nolwazi du Toit"),
        Q("“find each other”", "partial", "Lerato Molefe-Khumalo", "Lerato Molefe-Khumalo"),
        Q("it was available to facilitate talks if both parties requested it", "indirect",
          "The Commission for Conciliation, Mediation and Arbitration",
          "Commission for Conciliation, Mediation and Arbitration"),
    ], source="blind"),
    Case("blind36-mch-results", """Cement maker's profit jumps 38pc on infrastructure demand

Herald Business Reporter

MASHONALAND Cement Holdings Limited (MCH) has posted a 38 percent rise in profit after tax for the half-year to June 30, 2024, riding on strong demand from Government infrastructure projects and a recovery in private construction.

Revenue rose to US$84,6 million from US$68,1 million in the comparable period, while volumes sold increased by 21 percent to 412 000 tonnes, according to the group's unaudited interim financial results released yesterday.

In his statement accompanying the results, board chairman Professor Farai Chikwanha said the group had benefited from the Government's road rehabilitation programme and the construction of new dams and housing schemes.

"The operating environment remained challenging, particularly with regard to power supply, but the business demonstrated resilience," said Prof Chikwanha.

He said load-shedding had forced the group's Bulawayo plant to run on diesel generators for an average of nine hours a day during the period, adding about US$2,3 million to costs.

Managing director Mr Tinashe Gwatidzo told analysts at a briefing in Harare that the group would spend US$25 million on a 10-megawatt solar plant at its Chinhoyi factory to cut its reliance on the national grid.

"By the end of next year we want at least 40 percent of our energy to come from our own renewable sources," Mr Gwatidzo said. "That is not just good for the environment; it protects our margins."

Mr Gwatidzo also raised concern over what he called "unfair competition" from imported cement, which he said was being sold below production cost in some regional markets.

The board declared an interim dividend of 0,8 US cents per share.

Ruvimbo Capital research analyst Mr Batsirai Ndoro said the results were "better than the market expected" and that the counter remained undervalued relative to its regional peers.

"Demand fundamentals are strong, especially with the housing backlog. The energy question is the main risk," he said.

Industry and Commerce Minister Rudo Makoni-Moyo, who toured the Chinhoyi plant last month, said local producers had more than enough capacity to meet national demand.

"We will continue to protect our local industry. There is no reason for Zimbabwe to import cement when we have plants running below capacity," she said.

MCH shares closed unchanged at US$0,52 on the Victoria Falls Stock Exchange yesterday.""", [
        Q("Revenue rose to US$84,6 million from US$68,1 million in the comparable period, while volumes sold "
          "increased by 21 percent to 412 000 tonnes", "indirect",
          "the group's unaudited interim financial results", "Mashonaland Cement Holdings Limited"),
        Q("the group had benefited from the Government's road rehabilitation programme and the construction of new "
          "dams and housing schemes", "indirect", "Farai Chikwanha", "Farai Chikwanha"),
        Q('"The operating environment remained challenging, particularly with regard to power supply, but the '
          'business demonstrated resilience,"', "direct", "Chikwanha", "Farai Chikwanha",
          speaker_at="said Prof Chikwanha"),
        Q("load-shedding had forced the group's Bulawayo plant to run on diesel generators for an average of nine "
          "hours a day during the period, adding about US$2,3 million to costs", "indirect", "He", "Farai Chikwanha",
          speaker_at="He said load-shedding"),
        Q("that the group would spend US$25 million on a 10-megawatt solar plant at its Chinhoyi factory to cut its "
          "reliance on the national grid", "indirect", "Tinashe Gwatidzo", "Tinashe Gwatidzo"),
        Q('"By the end of next year we want at least 40 percent of our energy to come from our own renewable '
          'sources,"', "direct", "Gwatidzo", "Tinashe Gwatidzo", speaker_at="Mr Gwatidzo said"),
        Q('"That is not just good for the environment; it protects our margins."', "direct", "Gwatidzo",
          "Tinashe Gwatidzo", speaker_at="Mr Gwatidzo said"),
        Q('"unfair competition"', "partial", "he", "Tinashe Gwatidzo", speaker_at="what he called"),
        Q("was being sold below production cost in some regional markets", "indirect", "he", "Tinashe Gwatidzo",
          speaker_at="which he said"),
        Q('"better than the market expected"', "partial", "Batsirai Ndoro", "Batsirai Ndoro"),
        Q("that the counter remained undervalued relative to its regional peers", "indirect", "Batsirai Ndoro",
          "Batsirai Ndoro"),
        Q('"Demand fundamentals are strong, especially with the housing backlog. The energy question is the main '
          'risk,"', "direct", "he", "Batsirai Ndoro", speaker_at="risk,\" he said"),
        Q("local producers had more than enough capacity to meet national demand", "indirect", "Rudo Makoni-Moyo",
          "Rudo Makoni-Moyo"),
        Q('"We will continue to protect our local industry. There is no reason for Zimbabwe to import cement when we '
          'have plants running below capacity,"', "direct", "she", "Rudo Makoni-Moyo", speaker_at="she said"),
    ], source="blind"),
    Case("blind36-hajj-meningitis", """Ministry urges pilgrims to complete meningitis vaccination before Hajj

Saudi Gazette report

JEDDAH — The Ministry of Health has urged all pilgrims to make sure they receive the quadrivalent meningococcal vaccine at least 10 days before arriving in the Kingdom, after the Public Health Authority (Weqaya) recorded 12 cases of invasive meningococcal disease linked to Umrah travel since April.

The ministry said in a statement on Sunday that vaccination remained “a mandatory condition” for the issuance of Hajj visas, and that certificates would be checked at all air, land and sea ports of entry.

Of the 12 cases, eight were among people who had travelled from abroad and four among their contacts inside the Kingdom, according to Weqaya. Three of the patients have died.

“The risk to the general public remains low, but Hajj brings together more than two million people in a very small area over a few days, and that is exactly the environment in which this bacterium spreads,” Deputy Minister for Public Health Dr. Turki bin Nasser Al-Shehri told Saudi Gazette.

Al-Shehri said most of the infections had been caused by the W135 strain, which is covered by the ACWY vaccine. “Every single one of these cases was preventable,” he said.

He added that pilgrims over the age of 65 and those with chronic conditions should also be vaccinated against seasonal influenza and COVID-19.

Sheikh Abdulaziz bin Hamad Al-Mubarak, chairman of the National Committee for Hajj and Umrah, said service companies had been instructed to verify the vaccination status of every pilgrim in their groups before departure for Mina.

“No company wants to see a pilgrim fall ill,” Sheikh Abdulaziz said. “We will not hesitate to act against any operator who ignores these rules.”

The World Health Organization, in its latest disease outbreak news, assessed the risk of further international spread as “moderate”.

At King Abdulaziz International Airport, Indonesian pilgrim Ahmad Syafiq bin Hasan, 52, said he had received the vaccine in Surabaya two weeks before his flight. “My doctor told me it was compulsory, so there was no question about it,” he said.

The ministry’s “Healthy Hajj” awareness campaign, now in its sixth year, will this season distribute information in 14 languages through the Nusuk platform and at the holy sites.

Pilgrims who develop a sudden fever, severe headache or stiff neck are advised to seek immediate care at the nearest health center or to call the ministry’s 937 hotline, officials said.""", [
        Q("“a mandatory condition”", "partial", "The ministry", "Ministry of Health", speaker_at="The ministry said"),
        Q("that certificates would be checked at all air, land and sea ports of entry", "indirect", "The ministry",
          "Ministry of Health", speaker_at="The ministry said"),
        Q("Of the 12 cases, eight were among people who had travelled from abroad and four among their contacts "
          "inside the Kingdom", "indirect", "Weqaya", "Public Health Authority", speaker_at="according to Weqaya"),
        Q("“The risk to the general public remains low, but Hajj brings together more than two million people in a "
          "very small area over a few days, and that is exactly the environment in which this bacterium spreads,”",
          "direct", "Turki bin Nasser Al-Shehri", "Turki bin Nasser Al-Shehri"),
        Q("most of the infections had been caused by the W135 strain, which is covered by the ACWY vaccine",
          "indirect", "Al-Shehri", "Turki bin Nasser Al-Shehri", speaker_at="Al-Shehri said"),
        Q("“Every single one of these cases was preventable,”", "direct", "he", "Turki bin Nasser Al-Shehri",
          speaker_at="preventable,” he said"),
        Q("that pilgrims over the age of 65 and those with chronic conditions should also be vaccinated against "
          "seasonal influenza and COVID-19", "indirect", "He", "Turki bin Nasser Al-Shehri", speaker_at="He added"),
        Q("service companies had been instructed to verify the vaccination status of every pilgrim in their groups "
          "before departure for Mina", "indirect", "Abdulaziz bin Hamad Al-Mubarak", "Abdulaziz bin Hamad Al-Mubarak"),
        Q("“No company wants to see a pilgrim fall ill,”", "direct", "Abdulaziz", "Abdulaziz bin Hamad Al-Mubarak",
          speaker_at="Sheikh Abdulaziz said"),
        Q("“We will not hesitate to act against any operator who ignores these rules.”", "direct", "Abdulaziz",
          "Abdulaziz bin Hamad Al-Mubarak", speaker_at="Sheikh Abdulaziz said"),
        Q("“moderate”", "partial", "The World Health Organization", "World Health Organization"),
        Q("he had received the vaccine in Surabaya two weeks before his flight", "indirect", "Ahmad Syafiq bin Hasan",
          "Ahmad Syafiq bin Hasan"),
        Q("“My doctor told me it was compulsory, so there was no question about it,”", "direct", "he",
          "Ahmad Syafiq bin Hasan", speaker_at="it,” he said"),
        Q("Pilgrims who develop a sudden fever, severe headache or stiff neck are advised to seek immediate care at "
          "the nearest health center or to call the ministry’s 937 hotline", "indirect", "officials", None),
    ], source="blind"),
    Case("blind36-sepak-takraw", """Sepak takraw: Hazwan's serve sinks Thailand as Malaysia reach final

KUALA LUMPUR: Malaysia's national regu pulled off one of their biggest wins in years, stunning world champions Thailand 2-1 to reach the final of the ISTAF SuperSeries at the Juara Stadium in Bukit Kiara last night.

After losing the first set 15-21, the hosts fought back to take the second 21-19 and then held their nerve to clinch the decider 15-13, with tekong Muhammad Hazwan Zulkifli firing in the winning serve.

"I told myself just serve like in training, don't think about the crowd," said Hazwan, 23, who only broke into the national squad last year. "When the ball landed, I couldn't hear anything. It was so loud."

National coach Abdul Halim Yusof said the key had been cutting down on unforced errors in the second set, after the team conceded six straight points on their own mistakes in the first.

"Thailand are the benchmark, they have been for 30 years. But tonight the boys showed that the gap is not as big as people think," he said.

"We still have work to do on our defence. Tomorrow is another final, and nobody remembers the semi-final."

Thailand coach Surachai Thongsri admitted his players had been "too relaxed" after taking the opening set.

"Malaysia played with a lot of heart. We have to give them credit," said Surachai through an interpreter.

Sepak Takraw Association of Malaysia (PSM) president Datuk Seri Ahmad Faizal Mohd Yatim announced a RM50,000 cash reward for the squad immediately after the match.

"They have made the country proud. This is the result of the development programme we started five years ago with the state associations," he said.

Youth and Sports Minister Datuk Seri Kumaresan Veerappan, who was among the 4,000 spectators, said the ministry would consider including more sepak takraw players under the "Road to Gold" programme for the 2027 SEA Games.

According to the National Sports Council (NSC), Malaysia last beat Thailand in a major international regu event in 2017.

Hazwan's mother, Puan Rohani Ismail, who travelled from Kota Bharu to watch, said she had been too nervous to look during the final rally. "I closed my eyes and just prayed," she said with a laugh.

Malaysia will meet Indonesia, who beat South Korea 2-0 in the other semi-final, in tonight's final at 8pm. Tickets are still available at the stadium.""", [
        Q('"I told myself just serve like in training, don\'t think about the crowd,"', "direct", "Hazwan",
          "Muhammad Hazwan Zulkifli", speaker_at="said Hazwan"),
        Q('"When the ball landed, I couldn\'t hear anything. It was so loud."', "direct", "Hazwan",
          "Muhammad Hazwan Zulkifli", speaker_at="said Hazwan"),
        Q("the key had been cutting down on unforced errors in the second set, after the team conceded six straight "
          "points on their own mistakes in the first", "indirect", "Abdul Halim Yusof", "Abdul Halim Yusof"),
        Q('"Thailand are the benchmark, they have been for 30 years. But tonight the boys showed that the gap is not '
          'as big as people think,"', "direct", "he", "Abdul Halim Yusof", speaker_at="think,\" he said"),
        Q('"We still have work to do on our defence. Tomorrow is another final, and nobody remembers the '
          'semi-final."', "direct", "he", "Abdul Halim Yusof", speaker_at="think,\" he said"),
        Q('"too relaxed"', "partial", "Surachai Thongsri", "Surachai Thongsri"),
        Q('"Malaysia played with a lot of heart. We have to give them credit,"', "direct", "Surachai",
          "Surachai Thongsri", speaker_at="said Surachai"),
        Q('"They have made the country proud. This is the result of the development programme we started five years '
          'ago with the state associations,"', "direct", "he", "Ahmad Faizal Mohd Yatim",
          speaker_at="associations,\" he said"),
        Q('the ministry would consider including more sepak takraw players under the "Road to Gold" programme for the '
          '2027 SEA Games', "indirect", "Kumaresan Veerappan", "Kumaresan Veerappan"),
        Q("Malaysia last beat Thailand in a major international regu event in 2017", "indirect",
          "the National Sports Council", "National Sports Council"),
        Q("she had been too nervous to look during the final rally", "indirect", "Rohani Ismail", "Rohani Ismail"),
        Q('"I closed my eyes and just prayed,"', "direct", "she", "Rohani Ismail", speaker_at="she said with a laugh"),
    ], source="blind"),
    Case("blind36-polio-mindanao", """DOH raises polio alert in Mindanao after new case

MANILA, Philippines — The Department of Health (DOH) has raised a polio alert in parts of Mindanao after a three-year-old child in Lanao del Sur was confirmed to have been paralyzed by vaccine-derived poliovirus, the first such case in the country in nearly two years.

Health Secretary Ramon Villafuerte Jr. said the child, a girl from a village in Marawi City, developed weakness in both legs in late May and tested positive for circulating vaccine-derived poliovirus type 2 at the Research Institute for Tropical Medicine.

“One case of polio is already an outbreak. We cannot afford to wait,” Villafuerte said at a press briefing in Manila yesterday.

He noted that routine immunization coverage in the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) had fallen to just 58 percent, far below the 95 percent needed to stop the virus from spreading.

The DOH said a synchronized vaccination drive targeting 1.2 million children under five in BARMM and parts of Northern Mindanao would begin on July 15. The campaign, dubbed “Sabayang Patak Kontra Polio,” will be carried out house to house.

Lanao del Sur Gov. Abdulmalik Macarambon-Alonto appealed to parents and religious leaders to support the campaign.

“Vaccines are halal and they are safe. I had my own grandchildren vaccinated last week,” the governor told The STAR in a phone interview.

Sen. Maria Cristina de los Santos, who chairs the Senate committee on health, said she would call for an inquiry into the decline in immunization rates, which she described as “alarming.”

“We eliminated polio once. It is unacceptable that we are back here again because of misinformation and neglect,” De los Santos said in a statement.

In a joint statement, the World Health Organization and UNICEF said they were supporting the DOH with vaccines, cold-chain equipment and surveillance staff.

In Marawi, barangay health worker Norhaya Macabago said many families remained wary of vaccines following the Dengvaxia controversy.

“Some mothers close the door when they see us coming. We have to go back three, four times,” she said. “But when they see their neighbors’ children are fine, they slowly open up.”

The Philippines was declared polio-free in 2000, but an outbreak in 2019 paralyzed 17 children before it was declared over in 2021.

Parents may bring children to the nearest health center or wait for vaccination teams, according to the DOH.""", [
        Q("the child, a girl from a village in Marawi City, developed weakness in both legs in late May and tested "
          "positive for circulating vaccine-derived poliovirus type 2 at the Research Institute for Tropical "
          "Medicine", "indirect", "Ramon Villafuerte Jr.", "Ramon Villafuerte Jr."),
        Q("“One case of polio is already an outbreak. We cannot afford to wait,”", "direct", "Villafuerte",
          "Ramon Villafuerte Jr.", speaker_at="Villafuerte said"),
        Q("that routine immunization coverage in the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) had "
          "fallen to just 58 percent, far below the 95 percent needed to stop the virus from spreading", "indirect",
          "He", "Ramon Villafuerte Jr.", speaker_at="He noted"),
        Q("a synchronized vaccination drive targeting 1.2 million children under five in BARMM and parts of Northern "
          "Mindanao would begin on July 15", "indirect", "The DOH", "Department of Health",
          speaker_at="The DOH said"),
        Q("“Vaccines are halal and they are safe. I had my own grandchildren vaccinated last week,”", "direct",
          "the governor", "Abdulmalik Macarambon-Alonto"),
        Q("she would call for an inquiry into the decline in immunization rates", "indirect",
          "Maria Cristina de los Santos", "Maria Cristina de los Santos"),
        Q("“alarming.”", "partial", "she", "Maria Cristina de los Santos", speaker_at="she described"),
        Q("“We eliminated polio once. It is unacceptable that we are back here again because of misinformation and "
          "neglect,”", "direct", "De los Santos", "Maria Cristina de los Santos"),
        Q("they were supporting the DOH with vaccines, cold-chain equipment and surveillance staff", "indirect",
          "the World Health Organization and UNICEF", None),
        Q("many families remained wary of vaccines following the Dengvaxia controversy", "indirect",
          "Norhaya Macabago", "Norhaya Macabago"),
        Q("“Some mothers close the door when they see us coming. We have to go back three, four times,”", "direct",
          "she", "Norhaya Macabago", speaker_at="she said. “But"),
        Q("“But when they see their neighbors’ children are fine, they slowly open up.”", "direct", "she",
          "Norhaya Macabago", speaker_at="she said. “But"),
        Q("Parents may bring children to the nearest health center or wait for vaccination teams", "indirect",
          "the DOH", "Department of Health", speaker_at="according to the DOH"),
    ], source="blind"),
    Case("blind36-la-plata-recall", """Voters oust La Plata County commissioner in first recall in county history

DURANGO — La Plata County voters on Tuesday recalled Commissioner Gil Montoya-Baca, ending a bitter, months-long campaign that began after he cast the deciding vote to approve a gravel pit near the Animas River.

Some 58% of voters supported removing Montoya-Baca, according to unofficial results posted by the La Plata County Clerk and Recorder's Office late Tuesday night. Turnout was just over 41%.

"It's a good night for Durango and for everyone who believes the river belongs to all of us," said the Rev. Marcus Oyelaran-Pratt, a retired Methodist pastor who co-chaired the committee that gathered more than 9,000 signatures to force the election.

Oyelaran-Pratt said volunteers had knocked on about 20,000 doors since August. "People were angry, but mostly they felt nobody was listening to them," he said.

The campaign gained momentum in March, when a grand jury indicted the pit's developer, Wade Hollister, on charges of attempting to bribe a county planning official. Montoya-Baca has not been charged with any crime, and Hollister has pleaded not guilty.

In a brief statement, Montoya-Baca said he respected the voters' decision but stood by his vote. "I did what I believed the law required me to do, and I'd do it again," he said, adding that he had "no plans" to seek public office in the future.

Kateri Yellowhorse-Dunn, a former Bayfield town trustee who ran unopposed as the successor candidate, will be sworn in once the results are certified, likely next week.

"My first job is rebuilding trust. That means every meeting is open, and every document is online," Yellowhorse-Dunn told The Herald on Wednesday.

State Sen. Dolores Vigil-Archuleta, D-Durango, called the recall "democracy working the way it's supposed to," but cautioned that such elections should not become "a routine tool for settling policy disputes."

The La Plata County Republican Party, which opposed the recall, said in a statement that the special election had cost taxpayers about $180,000 and that the issue could have been settled at the ballot box next year.

A spokesperson for 6th Judicial District Attorney Renata Castillo-Ford said the office does not comment on whether other people are under investigation. Hollister's trial is scheduled for January.

The gravel pit, which has become known around town simply as "the Animas pit," remains on hold while a separate lawsuit brought by downstream ranchers works its way through district court.

Some residents leaving the polling center at the fairgrounds Tuesday said they were simply tired of the fight. "I just want the county to get back to fixing roads," said Ellen Brightwater, 67, of Hesperus.""", [
        Q("Some 58% of voters supported removing Montoya-Baca", "indirect",
          "the La Plata County Clerk and Recorder's Office", "La Plata County Clerk and Recorder's Office"),
        Q('"It\'s a good night for Durango and for everyone who believes the river belongs to all of us,"', "direct",
          "Marcus Oyelaran-Pratt", "Marcus Oyelaran-Pratt"),
        Q("volunteers had knocked on about 20,000 doors since August", "indirect", "Oyelaran-Pratt",
          "Marcus Oyelaran-Pratt", speaker_at="Oyelaran-Pratt said"),
        Q('"People were angry, but mostly they felt nobody was listening to them,"', "direct", "he",
          "Marcus Oyelaran-Pratt", speaker_at="them,\" he said"),
        Q("he respected the voters' decision but stood by his vote", "indirect", "Montoya-Baca", "Gil Montoya-Baca",
          speaker_at="Montoya-Baca said"),
        Q('"I did what I believed the law required me to do, and I\'d do it again,"', "direct", "he",
          "Gil Montoya-Baca", speaker_at="again,\" he said"),
        Q('"no plans"', "partial", "he", "Gil Montoya-Baca", speaker_at="again,\" he said"),
        Q('"My first job is rebuilding trust. That means every meeting is open, and every document is online,"',
          "direct", "Yellowhorse-Dunn", "Kateri Yellowhorse-Dunn", speaker_at="Yellowhorse-Dunn told"),
        Q('"democracy working the way it\'s supposed to,"', "partial", "Dolores Vigil-Archuleta",
          "Dolores Vigil-Archuleta"),
        Q('"a routine tool for settling policy disputes."', "partial", "Dolores Vigil-Archuleta",
          "Dolores Vigil-Archuleta"),
        Q("that the special election had cost taxpayers about $180,000 and that the issue could have been settled at "
          "the ballot box next year", "indirect", "The La Plata County Republican Party",
          "La Plata County Republican Party"),
        Q("the office does not comment on whether other people are under investigation", "indirect",
          "A spokesperson for 6th Judicial District Attorney Renata Castillo-Ford", None),
        Q("they were simply tired of the fight", "indirect", "Some residents leaving the polling center at the "
          "fairgrounds Tuesday", None),
        Q('"I just want the county to get back to fixing roads,"', "direct", "Ellen Brightwater", "Ellen Brightwater"),
    ], source="blind"),
]
