"""Blind gold set 82: short news articles from many outlets, written once.

Sixteen articles in the house styles of Indian regional dailies (Kerala, Assam),
Fijian and Papua New Guinean papers, English regional weeklies (Yorkshire,
Cornwall) and Jamaican dailies. The set was written without looking at the
pretagger, its output or at the other gold sets, so the figures on it say how
the quote finder and speaker attributor carry over to unseen news.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind82-hojai-elephants", """Three elephants killed as goods train ploughs into herd near Hojai

HOJAI, March 14 – Three wild elephants, including a calf, were killed after being hit by a goods train while crossing the railway track near Jamunamukh in Hojai district late on Wednesday night, forest officials said.

According to the Divisional Forest Officer of Hojai, Pankaj Bora, the herd of about 14 elephants was moving from the Lumding Reserve Forest towards paddy fields on the other side of the track when the accident took place at around 11.40 pm.

"The herd was using a known corridor. The calf was hit first and the two adult females tried to push it off the track," Bora told The Assam Tribune. He said that the carcasses had been removed by Thursday morning and that post-mortem examinations were being conducted by a team of veterinarians.

Train services on the Lumding-Guwahati section remained suspended for nearly five hours, the Northeast Frontier Railway (NFR) said in a statement. The NFR added that a joint inquiry had been ordered to ascertain whether the speed restriction on the stretch had been followed.

NFR Chief Public Relations Officer Kishor Kalita said the loco pilot had applied the emergency brakes "the moment the animals were sighted".

Residents of Jamunamukh, however, alleged that trains regularly ran at high speed through the stretch at night. "We have told the railway people many times. Every winter the elephants come this way and every winter we are afraid," said Ratul Nath, a farmer who reached the spot soon after the accident.

Environmental activist and member of the State Board for Wildlife, Dr Mridula Saikia, described the incident as "entirely preventable". "The Intrusion Detection System that was promised for this section two years ago is still not functional," she said, adding that the State Government must press the Railways to install it without further delay.

Forest Minister Dilip Hazarika, who visited the site on Thursday afternoon, said the Government would take up the matter with the Railway Board. "Whoever is found responsible will not be spared," Hazarika said.

The Hojai district unit of the All Assam Students' Union (AASU) staged a protest at Jamunamukh station on Thursday. AASU district president Bitupan Deka said the organisation would "intensify the agitation" if the Railways did not deploy elephant trackers on the stretch within a week.

The NFR had earlier installed buzzer devices under its "Plan Bee" initiative at several level crossings in the district. More than 40 elephants have been killed in train accidents in the State over the past decade, according to the Assam Forest Department.""", [
        Q("Three wild elephants, including a calf, were killed after being hit by a goods train while crossing the "
          "railway track near Jamunamukh in Hojai district late on Wednesday night", "indirect", "forest officials",
          None),
        Q("the herd of about 14 elephants was moving from the Lumding Reserve Forest towards paddy fields on the other "
          "side of the track when the accident took place at around 11.40 pm", "indirect", "Pankaj Bora",
          "Pankaj Bora"),
        Q('"The herd was using a known corridor. The calf was hit first and the two adult females tried to push it '
          'off the track,"', "direct", "Bora", "Pankaj Bora", speaker_at="Bora told"),
        Q("that the carcasses had been removed by Thursday morning and that post-mortem examinations were being "
          "conducted by a team of veterinarians", "indirect", "He", "Pankaj Bora",
          speaker_at="He said that the carcasses"),
        Q("Train services on the Lumding-Guwahati section remained suspended for nearly five hours", "indirect",
          "the Northeast Frontier Railway", "Northeast Frontier Railway"),
        Q("that a joint inquiry had been ordered to ascertain whether the speed restriction on the stretch had been "
          "followed", "indirect", "The NFR", "Northeast Frontier Railway", speaker_at="The NFR added"),
        Q('"the moment the animals were sighted"', "partial", "Kishor Kalita", "Kishor Kalita"),
        Q("that trains regularly ran at high speed through the stretch at night", "indirect", "Residents of Jamunamukh",
          None),
        Q('"We have told the railway people many times. Every winter the elephants come this way and every winter we '
          'are afraid,"', "direct", "Ratul Nath", "Ratul Nath"),
        Q('"entirely preventable"', "partial", "Mridula Saikia", "Mridula Saikia"),
        Q('"The Intrusion Detection System that was promised for this section two years ago is still not '
          'functional,"', "direct", "she", "Mridula Saikia", speaker_at="she said, adding"),
        Q("that the State Government must press the Railways to install it without further delay", "indirect", "she",
          "Mridula Saikia", speaker_at="she said, adding"),
        Q("the Government would take up the matter with the Railway Board", "indirect", "Dilip Hazarika",
          "Dilip Hazarika"),
        Q('"Whoever is found responsible will not be spared,"', "direct", "Hazarika", "Dilip Hazarika",
          speaker_at="Hazarika said"),
        Q('"intensify the agitation"', "partial", "Bitupan Deka", "Bitupan Deka"),
        Q("More than 40 elephants have been killed in train accidents in the State over the past decade", "indirect",
          "the Assam Forest Department", "Assam Forest Department"),
    ], source="blind"),
    Case("blind82-muthanga-tusker", """Wild tusker dies after car hits it on NH 766 in Muthanga

KALPETTA: A wild tusker died and two people were injured after a car rammed into the elephant as it was crossing the Kozhikode-Kollegal National Highway (NH 766) inside the Muthanga wildlife range early on Sunday.

The accident occurred around 5.15 am near Ponkuzhi, barely a kilometre from the Kerala-Karnataka border, forest officials said. The injured, car driver Muhammed Shafi, 34, of Sulthan Bathery and his cousin Niyas K, 29, were taken to the taluk hospital in Sulthan Bathery and later shifted to the Government Medical College Hospital, Kozhikode.

According to Wayanad Wildlife Warden Ajith K Raman, the elephant, aged around 25, suffered severe internal injuries and collapsed on the roadside within an hour. "The animal was part of a group of four that regularly crosses at this point in the early hours. Our team reached the spot within twenty minutes, but there was little we could do," he told TNIE.

Raman said a case had been registered under the Wildlife (Protection) Act and that the car had been taken into custody.

Night traffic on the stretch has been banned since 2009, but the restriction is in force only between 9 pm and 6 am. Forest officials said that vehicles often speed up towards the end of the restricted hours to reach the Muthanga check-post before the morning rush.

"People think that once it is five o'clock the forest is safe. It is not. Elephants do not look at the clock," said Dr P Sreekumar, a veterinary surgeon with the Kerala Forest Department who led the post-mortem examination.

Shafi's relatives said he had been driving within the speed limit. According to them, the elephant "came out of nowhere" from the bamboo thicket on the left side of the road.

Sulthan Bathery MLA K V Joseph said the incident once again underlined the need for the elevated corridor proposed on the stretch. "We have been asking for the elevated highway for years. How many more lives, human and animal, must be lost before the Centre acts?" Joseph asked.

The Wayanad Nature Protection Forum, however, said an elevated road would only "open the floodgates" to heavier traffic through the sanctuary. "The solution is to enforce the existing rules strictly, not to build a flyover through a wildlife sanctuary," its president Jose Kuriakose said.

The Forest department has decided to deploy a rapid response team on the stretch during the early morning hours with immediate effect, the warden said.""", [
        Q("The accident occurred around 5.15 am near Ponkuzhi, barely a kilometre from the Kerala-Karnataka border",
          "indirect", "forest officials", None),
        Q("the elephant, aged around 25, suffered severe internal injuries and collapsed on the roadside within an "
          "hour", "indirect", "Ajith K Raman", "Ajith K Raman"),
        Q('"The animal was part of a group of four that regularly crosses at this point in the early hours. Our team '
          'reached the spot within twenty minutes, but there was little we could do,"', "direct", "he",
          "Ajith K Raman", speaker_at="he told TNIE"),
        Q("a case had been registered under the Wildlife (Protection) Act and that the car had been taken into custody",
          "indirect", "Raman", "Ajith K Raman", speaker_at="Raman said"),
        Q("that vehicles often speed up towards the end of the restricted hours to reach the Muthanga check-post "
          "before the morning rush", "indirect", "Forest officials", None),
        Q('"People think that once it is five o\'clock the forest is safe. It is not. Elephants do not look at the '
          'clock,"', "direct", "P Sreekumar", "P Sreekumar"),
        Q("he had been driving within the speed limit", "indirect", "Shafi's relatives", None),
        Q('"came out of nowhere"', "partial", "them", None, speaker_at="According to them"),
        Q("the incident once again underlined the need for the elevated corridor proposed on the stretch", "indirect",
          "K V Joseph", "K V Joseph"),
        Q('"We have been asking for the elevated highway for years. How many more lives, human and animal, must be '
          'lost before the Centre acts?"', "direct", "Joseph", "K V Joseph", speaker_at="Joseph asked"),
        Q('"open the floodgates"', "partial", "The Wayanad Nature Protection Forum", "Wayanad Nature Protection Forum"),
        Q('"The solution is to enforce the existing rules strictly, not to build a flyover through a wildlife '
          'sanctuary,"', "direct", "Jose Kuriakose", "Jose Kuriakose"),
        Q("The Forest department has decided to deploy a rapid response team on the stretch during the early morning "
          "hours with immediate effect", "indirect", "the warden", "Ajith K Raman"),
    ], source="blind"),
    Case("blind82-munnar-green-fee", """Munnar panchayat's green fee on tourists draws mixed response

IDUKKI

The Munnar grama panchayat's decision to levy a "green fee" of ₹50 on every tourist entering the hill station from April 1 has drawn sharp criticism from the hospitality sector, even as environmental groups have largely welcomed the move.

Panchayat president Leela Devasia said the money would be used exclusively for waste management and the upkeep of roads and toilets in the tourist areas. "Munnar receives over 15 lakh visitors a year, but the panchayat has to clean up after them with a budget meant for 30,000 residents. The visitors must share the burden," Ms. Devasia said.

According to her, the fee will be collected at check-posts at Bodimettu, Kallar and Marayoor, and children below 12 will be exempt.

The Munnar Hotels and Resorts Association, however, termed the levy "ill-timed". Its secretary, V. M. Mathew, said tourist arrivals had only just recovered after the 2018 floods and the pandemic. "Tourists already pay hotel taxes, entry fees at Eravikulam and parking charges everywhere. Now they will be stopped at a check-post and asked for more money. Many will simply go to Kodaikanal or Ooty instead," Mr. Mathew said.

Taxi and jeep drivers' unions have also announced that they would stage a protest march to the panchayat office on Monday.

Speaking to reporters in Thiruvananthapuram on Friday, Tourism Minister P. K. Suresh Kumar said the government had not been consulted before the decision was taken. "We are not against the idea of a green fee in principle. But it has to be done in a manner that does not hurt the image of Kerala as a welcoming destination," he said.

The Minister added that the Local Self Government department would examine whether the panchayat had the legal authority to impose such a levy.

Shiny Abraham, a professor of botany at Government College, Munnar, and convener of the Idukki chapter of the Kerala Environment Forum, said the hill station was "choking on its own success". She pointed out that the panchayat had collected over 40 tonnes of plastic waste from roadsides in the last season alone.

Tourists in Munnar on Saturday had mixed views. "Fifty rupees is nothing if the place is kept clean. I would pay it happily," said Arathi Nair, a software engineer from Bengaluru who was visiting with her family. But a group of college students from Madurai said the fee would make weekend trips costlier for young travellers.

The District Tourism Promotion Council (DTPC) said it was yet to receive any communication from the panchayat on the matter.""", [
        Q("the money would be used exclusively for waste management and the upkeep of roads and toilets in the tourist "
          "areas", "indirect", "Leela Devasia", "Leela Devasia"),
        Q('"Munnar receives over 15 lakh visitors a year, but the panchayat has to clean up after them with a budget '
          'meant for 30,000 residents. The visitors must share the burden,"', "direct", "Devasia", "Leela Devasia",
          speaker_at="Ms. Devasia said"),
        Q("the fee will be collected at check-posts at Bodimettu, Kallar and Marayoor, and children below 12 will be "
          "exempt", "indirect", "her", "Leela Devasia", speaker_at="According to her"),
        Q('"ill-timed"', "partial", "The Munnar Hotels and Resorts Association",
          "Munnar Hotels and Resorts Association"),
        Q("tourist arrivals had only just recovered after the 2018 floods and the pandemic", "indirect", "V. M. Mathew",
          "V. M. Mathew"),
        Q('"Tourists already pay hotel taxes, entry fees at Eravikulam and parking charges everywhere. Now they will '
          'be stopped at a check-post and asked for more money. Many will simply go to Kodaikanal or Ooty instead,"',
          "direct", "Mathew", "V. M. Mathew", speaker_at="Mr. Mathew said"),
        Q("that they would stage a protest march to the panchayat office on Monday", "indirect",
          "Taxi and jeep drivers' unions", None),
        Q("the government had not been consulted before the decision was taken", "indirect", "P. K. Suresh Kumar",
          "P. K. Suresh Kumar"),
        Q('"We are not against the idea of a green fee in principle. But it has to be done in a manner that does not '
          'hurt the image of Kerala as a welcoming destination,"', "direct", "he", "P. K. Suresh Kumar",
          speaker_at='destination," he said'),
        Q("that the Local Self Government department would examine whether the panchayat had the legal authority to "
          "impose such a levy", "indirect", "The Minister", "P. K. Suresh Kumar"),
        Q('"choking on its own success"', "partial", "Shiny Abraham", "Shiny Abraham"),
        Q("that the panchayat had collected over 40 tonnes of plastic waste from roadsides in the last season alone",
          "indirect", "She", "Shiny Abraham", speaker_at="She pointed out"),
        Q('"Fifty rupees is nothing if the place is kept clean. I would pay it happily,"', "direct", "Arathi Nair",
          "Arathi Nair"),
        Q("the fee would make weekend trips costlier for young travellers", "indirect",
          "a group of college students from Madurai", None),
        Q("it was yet to receive any communication from the panchayat on the matter", "indirect",
          "The District Tourism Promotion Council", "District Tourism Promotion Council"),
    ], source="blind"),
    Case("blind82-boko-vigilance", """Vigilance cell arrests Boko OC, probe widens into 'cattle money' racket

GUWAHATI, July 8: The Chief Minister's Special Vigilance Cell (CMSVC) on Monday arrested the officer-in-charge (OC) of Boko police station, Sub-Inspector Hemanta Rabha, for allegedly accepting a bribe of Rs 2 lakh from a cattle trader, and has widened its probe to include at least four other police personnel in Kamrup district.

According to the Vigilance cell, Rabha was caught red-handed at a rented house in Boko while receiving the money in marked currency notes, and had demanded a second instalment of Rs 3 lakh for allowing cattle-laden trucks to pass through his jurisdiction without checks.

"We had been receiving complaints about the Boko police station for several months. Once the complainant approached us, we laid a trap in coordination with the magistrate," Superintendent of Police (Vigilance) Rosy Kalita told The Sentinel.

Kalita said the cell had also seized Rs 11.6 lakh in cash and several bank passbooks during a search at Rabha's residence in Guwahati's Beltola area. She said that the role of "higher-ups" in the district was also under scrutiny, but declined to name anyone.

In a post on X, Director General of Police Anil Baruah wrote: "Zero tolerance means zero tolerance. Anyone in uniform who takes a bribe will face the law like any other citizen."

The Chief Minister's Office said in a statement that the State Government had directed the CMSVC to examine the assets of all police personnel posted along the interstate border in the past five years.

The Opposition, however, was unimpressed. Assam Pradesh Congress Committee (APCC) spokesperson Manjit Mahanta said the arrest was "the tip of the iceberg" and demanded a judicial inquiry into what he called the "syndicate raj" along the Assam-Meghalaya border. "The Government is only catching small fish to protect the big ones," Mahanta alleged.

Residents of Boko said cattle trucks had been passing through the town every night for months. "It was as if there was no police at all," said one shopkeeper near the police station.

Rabha's wife, speaking to reporters outside the CMSVC office in Guwahati, claimed that her husband had been "framed". His lawyer, advocate Dipankar Sarma, said they would apply for bail on Tuesday.

Rabha was produced before the Special Judge, Kamrup (Metro), who remanded him in Vigilance custody for five days, sources said.""", [
        Q("Rabha was caught red-handed at a rented house in Boko while receiving the money in marked currency notes, "
          "and had demanded a second instalment of Rs 3 lakh for allowing cattle-laden trucks to pass through his "
          "jurisdiction without checks", "indirect", "the Vigilance cell", "Chief Minister's Special Vigilance Cell"),
        Q('"We had been receiving complaints about the Boko police station for several months. Once the complainant '
          'approached us, we laid a trap in coordination with the magistrate,"', "direct", "Rosy Kalita",
          "Rosy Kalita"),
        Q("the cell had also seized Rs 11.6 lakh in cash and several bank passbooks during a search at Rabha's "
          "residence in Guwahati's Beltola area", "indirect", "Kalita", "Rosy Kalita", speaker_at="Kalita said"),
        Q('"higher-ups"', "partial", "She", "Rosy Kalita", speaker_at="She said that the role"),
        Q('"Zero tolerance means zero tolerance. Anyone in uniform who takes a bribe will face the law like any other '
          'citizen."', "direct", "Anil Baruah", "Anil Baruah"),
        Q("that the State Government had directed the CMSVC to examine the assets of all police personnel posted along "
          "the interstate border in the past five years", "indirect", "The Chief Minister's Office",
          "Chief Minister's Office"),
        Q('"the tip of the iceberg"', "partial", "Manjit Mahanta", "Manjit Mahanta"),
        Q('"syndicate raj"', "partial", "he", "Manjit Mahanta", speaker_at="what he called"),
        Q('"The Government is only catching small fish to protect the big ones,"', "direct", "Mahanta",
          "Manjit Mahanta", speaker_at="Mahanta alleged"),
        Q("cattle trucks had been passing through the town every night for months", "indirect", "Residents of Boko",
          None),
        Q('"It was as if there was no police at all,"', "direct", "one shopkeeper near the police station", None),
        Q('"framed"', "partial", "Rabha's wife", None),
        Q("they would apply for bail on Tuesday", "indirect", "Dipankar Sarma", "Dipankar Sarma"),
        Q("Rabha was produced before the Special Judge, Kamrup (Metro), who remanded him in Vigilance custody for five "
          "days", "indirect", "sources", None),
    ], source="blind"),
    Case("blind82-lautoka-mill-strike", """Mill workers down tools

MORE than 300 workers at the Lautoka Sugar Mill walked off the job yesterday morning, bringing crushing to a standstill at the height of the season as a long-running dispute over pay came to a head.

Fiji Sugar and General Workers Union general secretary Ravendra Prasad said members had waited eight months for the Fiji Sugar Corporation (FSC) to honour a 7 per cent wage rise agreed in principle last September.

"Our members are not asking for anything new. They are asking FSC to keep its word," Mr Prasad said outside the mill gates.

"Every time we go to the table we are told next month, next month. The workers have had enough."

He said the strike would continue until the corporation put a signed offer in writing.

FSC chief executive officer Vinod Naidu said the strike was unlawful because the union had not given the 28 days' notice required under the Employment Relations Act.

"We respect the right of workers to raise their concerns, but this action is hurting the very growers and families who depend on this industry," Mr Naidu said.

He said the corporation had made a "fair and sustainable" offer in March and remained open to talks.

According to FSC, about 60 lorries and 140 cane trucks were queued outside the mill by midday, and cane harvested on Monday risked losing sugar content if it was not crushed within 48 hours.

Fiji Cane Growers Association president Sanjay Lal said growers were "caught in the middle".

"A farmer who cut his cane on Sunday is now watching it dry in the sun. Who will compensate him?" he asked.

Cane farmer Mosese Tuilau, of Drasa, said he had been waiting with his lorry at the mill since 4am.

"I have a loan to pay. If this goes on for a week, I'm finished," he told The Fiji Times.

The Ministry of Employment, Productivity and Industrial Relations said it had called both parties to a mediation meeting in Lautoka this morning.

Minister for Sugar Industry Timoci Naulumatua, speaking in Suva, said the Government would "not allow" the crushing season to collapse.

Police said officers were monitoring the situation at the mill gates and the picket had been peaceful.""", [
        Q("members had waited eight months for the Fiji Sugar Corporation (FSC) to honour a 7 per cent wage rise "
          "agreed in principle last September", "indirect", "Ravendra Prasad", "Ravendra Prasad"),
        Q('"Our members are not asking for anything new. They are asking FSC to keep its word,"', "direct", "Prasad",
          "Ravendra Prasad", speaker_at="Mr Prasad said"),
        Q('"Every time we go to the table we are told next month, next month. The workers have had enough."', "direct",
          "Prasad", "Ravendra Prasad", speaker_at="Mr Prasad said"),
        Q("the strike would continue until the corporation put a signed offer in writing", "indirect", "He",
          "Ravendra Prasad", speaker_at="He said the strike"),
        Q("the strike was unlawful because the union had not given the 28 days' notice required under the Employment "
          "Relations Act", "indirect", "Vinod Naidu", "Vinod Naidu"),
        Q('"We respect the right of workers to raise their concerns, but this action is hurting the very growers and '
          'families who depend on this industry,"', "direct", "Naidu", "Vinod Naidu", speaker_at="Mr Naidu said"),
        Q('"fair and sustainable"', "partial", "He", "Vinod Naidu", speaker_at="He said the corporation"),
        Q("about 60 lorries and 140 cane trucks were queued outside the mill by midday, and cane harvested on Monday "
          "risked losing sugar content if it was not crushed within 48 hours", "indirect", "FSC",
          "Fiji Sugar Corporation", speaker_at="According to FSC"),
        Q('"caught in the middle"', "partial", "Sanjay Lal", "Sanjay Lal"),
        Q('"A farmer who cut his cane on Sunday is now watching it dry in the sun. Who will compensate him?"',
          "direct", "he", "Sanjay Lal", speaker_at="he asked"),
        Q("he had been waiting with his lorry at the mill since 4am", "indirect", "Mosese Tuilau", "Mosese Tuilau"),
        Q('"I have a loan to pay. If this goes on for a week, I\'m finished,"', "direct", "he", "Mosese Tuilau",
          speaker_at="he told The Fiji Times"),
        Q("it had called both parties to a mediation meeting in Lautoka this morning", "indirect",
          "The Ministry of Employment, Productivity and Industrial Relations",
          "Ministry of Employment, Productivity and Industrial Relations"),
        Q('"not allow"', "partial", "Timoci Naulumatua", "Timoci Naulumatua"),
        Q("officers were monitoring the situation at the mill gates and the picket had been peaceful", "indirect",
          "Police", None),
    ], source="blind"),
    Case("blind82-fiji-evacuation-centres", """Evacuation centres not up to scratch: NDMO

Nearly one in three designated evacuation centres in the Western Division would not be able to safely hold the number of people expected to shelter in them during a severe cyclone, the National Disaster Management Office has found.

According to the NDMO, a review of 842 centres found that 261 had damaged roofs, no toilets or no water supply, and that many schools listed as centres were in low-lying areas prone to flooding.

NDMO director Litia Waqanivalu said the findings were “a wake-up call” for communities and the Government alike.

“We cannot wait until a cyclone is 24 hours away to find out that the school hall has no roof,” she said.

“Every village must know where it will go and whether that place is safe.”

Minister for Rural and Maritime Development and Disaster Management Ratu Apenisa Vosawale said $4.2 million had been set aside in the 2024-2025 Budget to upgrade 40 centres this year.

He admitted this was “not enough” but said the Government would work with development partners to close the gap.

Turaga ni koro of Navo Village in Nadi, Pita Rokodrau, said villagers sheltered in the church during the last cyclone because the designated school was flooded.

“The water came up to the windows of the school. We had 200 people in a church built for 80,” he said.

Fiji Red Cross Society director-general Elisha Sharma said the shortfall hit women, children and people living with disabilities hardest.

“When centres are overcrowded, people with disabilities often choose to stay home, and that is when we lose lives,” Ms Sharma said.

Opposition MP Anil Vikash Goundar described the report as “long overdue”.

The NDMO said it would publish the list of centres and their condition on its website by the end of the month, and schools under the “Cyclone Ready Schools” programme would be assessed first.

The Fiji Meteorological Service said two to four cyclones were expected in the region between November and April.""", [
        Q("Nearly one in three designated evacuation centres in the Western Division would not be able to safely hold "
          "the number of people expected to shelter in them during a severe cyclone", "indirect",
          "the National Disaster Management Office", "National Disaster Management Office"),
        Q("a review of 842 centres found that 261 had damaged roofs, no toilets or no water supply, and that many "
          "schools listed as centres were in low-lying areas prone to flooding", "indirect", "the NDMO",
          "National Disaster Management Office", speaker_at="According to the NDMO"),
        Q("“a wake-up call”", "partial", "Litia Waqanivalu", "Litia Waqanivalu"),
        Q("“We cannot wait until a cyclone is 24 hours away to find out that the school hall has no roof,”", "direct",
          "she", "Litia Waqanivalu", speaker_at="she said"),
        Q("“Every village must know where it will go and whether that place is safe.”", "direct", "she",
          "Litia Waqanivalu", speaker_at="she said"),
        Q("$4.2 million had been set aside in the 2024-2025 Budget to upgrade 40 centres this year", "indirect",
          "Apenisa Vosawale", "Apenisa Vosawale"),
        Q("“not enough”", "partial", "He", "Apenisa Vosawale", speaker_at="He admitted"),
        Q("the Government would work with development partners to close the gap", "indirect", "He",
          "Apenisa Vosawale", speaker_at="He admitted"),
        Q("villagers sheltered in the church during the last cyclone because the designated school was flooded",
          "indirect", "Pita Rokodrau", "Pita Rokodrau"),
        Q("“The water came up to the windows of the school. We had 200 people in a church built for 80,”", "direct",
          "he", "Pita Rokodrau", speaker_at="he said"),
        Q("the shortfall hit women, children and people living with disabilities hardest", "indirect",
          "Elisha Sharma", "Elisha Sharma"),
        Q("“When centres are overcrowded, people with disabilities often choose to stay home, and that is when we lose "
          "lives,”", "direct", "Sharma", "Elisha Sharma", speaker_at="Ms Sharma said"),
        Q("“long overdue”", "partial", "Anil Vikash Goundar", "Anil Vikash Goundar"),
        Q("it would publish the list of centres and their condition on its website by the end of the month, and "
          "schools under the “Cyclone Ready Schools” programme would be assessed first", "indirect", "The NDMO",
          "National Disaster Management Office", speaker_at="The NDMO said"),
        Q("two to four cyclones were expected in the region between November and April", "indirect",
          "The Fiji Meteorological Service", "Fiji Meteorological Service"),
    ], source="blind"),
    Case("blind82-dreketi-bus", """Villagers stranded as bus company pulls out of Dreketi route

RESIDENTS of more than a dozen villages along the Labasa-Dreketi road in Vanua Levu have been left without a regular bus service after a Labasa-based operator withdrew from the route, citing poor road conditions and rising costs.

Sangam Bus Services managing director Mohammed Shamim said the company had lost three buses to broken axles and suspension damage on the stretch in the past year.

"We have been running this route at a loss for two years. A new axle costs us $8000 and we can't keep putting buses on a road like that," Mr Shamim said.

He said the company had written to the Fiji Roads Authority several times. Mr Shamim described the road as "a death trap for vehicles".

The Fiji Roads Authority said in a statement that maintenance works on the Dreketi section were scheduled to begin next month, subject to weather.

The Land Transport Authority said operators were required to give 30 days' notice before withdrawing from an approved route and that it was investigating whether the company had complied.

Dreketi Central School head teacher Salote Vunibola said attendance had dropped by almost a third since the service stopped last Monday.

"Some of our children walk two hours to school now. Others just stay home," she said.

A mother waiting at the Dreketi junction, who did not want to be named, said she had missed a hospital appointment in Labasa on Wednesday because no carrier would take her.

Naduri Village headman Inoke Qalo said the only alternative was carriers charging $10 a person for a trip to Labasa, more than double the bus fare.

"For a family with four children going to town, that is $80 return. Who can afford that?" Mr Qalo asked.

The Ministry of Education said it would look into providing transport assistance for affected students.

Fiji Bus Operators Association president Rajesh Gounder said the problem was not unique to Vanua Levu.

"Rural routes all over the country are hanging by a thread," he said.""", [
        Q("the company had lost three buses to broken axles and suspension damage on the stretch in the past year",
          "indirect", "Mohammed Shamim", "Mohammed Shamim"),
        Q('"We have been running this route at a loss for two years. A new axle costs us $8000 and we can\'t keep '
          'putting buses on a road like that,"', "direct", "Shamim", "Mohammed Shamim", speaker_at="Mr Shamim said"),
        Q("the company had written to the Fiji Roads Authority several times", "indirect", "He", "Mohammed Shamim",
          speaker_at="He said the company"),
        Q('"a death trap for vehicles"', "partial", "Shamim", "Mohammed Shamim", speaker_at="Mr Shamim described"),
        Q("that maintenance works on the Dreketi section were scheduled to begin next month, subject to weather",
          "indirect", "The Fiji Roads Authority", "Fiji Roads Authority"),
        Q("operators were required to give 30 days' notice before withdrawing from an approved route and that it was "
          "investigating whether the company had complied", "indirect", "The Land Transport Authority",
          "Land Transport Authority"),
        Q("attendance had dropped by almost a third since the service stopped last Monday", "indirect",
          "Salote Vunibola", "Salote Vunibola"),
        Q('"Some of our children walk two hours to school now. Others just stay home,"', "direct", "she",
          "Salote Vunibola", speaker_at='home," she said'),
        Q("she had missed a hospital appointment in Labasa on Wednesday because no carrier would take her", "indirect",
          "A mother waiting at the Dreketi junction", None),
        Q("the only alternative was carriers charging $10 a person for a trip to Labasa, more than double the bus fare",
          "indirect", "Inoke Qalo", "Inoke Qalo"),
        Q('"For a family with four children going to town, that is $80 return. Who can afford that?"', "direct",
          "Qalo", "Inoke Qalo", speaker_at="Mr Qalo asked"),
        Q("it would look into providing transport assistance for affected students", "indirect",
          "The Ministry of Education", "Ministry of Education"),
        Q("the problem was not unique to Vanua Levu", "indirect", "Rajesh Gounder", "Rajesh Gounder"),
        Q('"Rural routes all over the country are hanging by a thread,"', "direct", "he", "Rajesh Gounder",
          speaker_at='thread," he said'),
    ], source="blind"),
    Case("blind82-lae-checkpoints", """Top cop orders probe into 'checkpoint fees'

POLICE Commissioner Joseph Yanda has ordered an internal investigation into allegations that officers in Lae have been collecting cash "fees" from PMV and truck drivers at roadblocks along the Highlands Highway.

Mr Yanda said yesterday that the Internal Investigations Unit (IIU) had been directed to take statements from drivers and operators and report back within 30 days.

"I have seen the videos on social media like everyone else. If these men are our members, they will be dealt with. The uniform is not a licence to rob the public," Mr Yanda said.

The allegations surfaced last week after a video posted on Facebook appeared to show two men in police uniform taking money from a PMV driver at a checkpoint near Nine Mile.

According to the PMV Owners Association of Morobe, drivers have been paying between K20 and K50 per trip to pass through at least three roadblocks between Lae and Nadzab.

Association president Ben Kaupa said members had complained to police for more than a year without result.

"Our drivers are paying more to police than they pay for fuel some days. That money comes from the passengers in the end," he told the Post-Courier.

Lae Metropolitan Commander Chief Inspector Mathew Tambua said he welcomed the investigation. He said his command would "cooperate fully" with the IIU.

"We have good men and women in this command who work hard in difficult conditions. A few bad apples should not spoil the name of the whole force," Chief Inspector Tambua said.

Morobe Governor Kasu Gelu called for the officers involved to be "suspended immediately".

The Ombudsman Commission said in a statement it was monitoring the matter.

A Nine Mile resident, who asked not to be named for fear of reprisal, said the checkpoints had become "a business".

"Everyone knows. If you don't pay, they take your licence and you wait the whole day," she said.

A police spokesman in Port Moresby said last night two officers had been suspended pending the outcome of the investigation.""", [
        Q("that the Internal Investigations Unit (IIU) had been directed to take statements from drivers and operators "
          "and report back within 30 days", "indirect", "Yanda", "Joseph Yanda",
          speaker_at="Mr Yanda said yesterday"),
        Q('"I have seen the videos on social media like everyone else. If these men are our members, they will be '
          'dealt with. The uniform is not a licence to rob the public,"', "direct", "Yanda", "Joseph Yanda",
          speaker_at='public," Mr Yanda said'),
        Q("drivers have been paying between K20 and K50 per trip to pass through at least three roadblocks between Lae "
          "and Nadzab", "indirect", "the PMV Owners Association of Morobe", "PMV Owners Association of Morobe"),
        Q("members had complained to police for more than a year without result", "indirect", "Ben Kaupa",
          "Ben Kaupa"),
        Q('"Our drivers are paying more to police than they pay for fuel some days. That money comes from the '
          'passengers in the end,"', "direct", "he", "Ben Kaupa", speaker_at="he told the Post-Courier"),
        Q("he welcomed the investigation", "indirect", "Mathew Tambua", "Mathew Tambua"),
        Q('"cooperate fully"', "partial", "He", "Mathew Tambua", speaker_at="He said his command"),
        Q('"We have good men and women in this command who work hard in difficult conditions. A few bad apples should '
          'not spoil the name of the whole force,"', "direct", "Tambua", "Mathew Tambua",
          speaker_at="Chief Inspector Tambua said"),
        Q('"suspended immediately"', "partial", "Kasu Gelu", "Kasu Gelu"),
        Q("it was monitoring the matter", "indirect", "The Ombudsman Commission", "Ombudsman Commission"),
        Q('"a business"', "partial", "A Nine Mile resident", None),
        Q('"Everyone knows. If you don\'t pay, they take your licence and you wait the whole day,"', "direct", "she",
          None, speaker_at='day," she said'),
        Q("two officers had been suspended pending the outcome of the investigation", "indirect",
          "A police spokesman in Port Moresby", None),
    ], source="blind"),
    Case("blind82-amini-park", """Amini Park to get K45m facelift

THE historic Amini Park in Port Moresby will be rebuilt into an international-standard venue capable of hosting one-day internationals and ICC qualifying tournaments, Cricket PNG says.

Cricket PNG chief executive Dika Kila said yesterday the K45 million project would be carried out in two stages, starting with new drainage, a turf outfield and a 3000-seat grandstand.

"Amini Park is the home of cricket in this country. Every one of our national players has come through this ground, but it has not kept up with the standards we need," Kila said.

"If we want the Barramundis to play more home games against the top nations, we need a venue the ICC will approve. This project gives us that.

"It also gives the kids in Hanuabada and Hohola a ground they can be proud of."

He said the National Government had committed K20 million through the Sports Infrastructure Program, with the rest to come from the International Cricket Council (ICC) and private sponsors.

Minister for Sports Joe Kapi said the redevelopment was part of the Government's plan to make Port Moresby "the sporting capital of the Pacific".

Barramundis captain Hiri Arua told The National the players were "over the moon".

"We've been playing at home on a ground where the ball stops dead after rain. A proper outfield will change everything," Arua said.

Not everyone is happy with the plans. Some Hanuabada landowners said they had not been consulted about plans to extend the car park onto customary land next to the ground.

Landowner spokesman Gau Vagi said the clan would not allow any work on the land "until a proper agreement is signed".

Kila said Cricket PNG would meet the landowners next week and that the car park plans could still change.

The ICC said in a statement that it welcomed the investment and would provide technical support on the pitch and outfield.

Work is expected to begin in February, with the first stage to be completed before next year's Pacific Games.""", [
        Q("THE historic Amini Park in Port Moresby will be rebuilt into an international-standard venue capable of "
          "hosting one-day internationals and ICC qualifying tournaments", "indirect", "Cricket PNG", "Cricket PNG",
          speaker_at="Cricket PNG says"),
        Q("the K45 million project would be carried out in two stages, starting with new drainage, a turf outfield and "
          "a 3000-seat grandstand", "indirect", "Dika Kila", "Dika Kila"),
        Q('"Amini Park is the home of cricket in this country. Every one of our national players has come through '
          'this ground, but it has not kept up with the standards we need,"', "direct", "Kila", "Dika Kila",
          speaker_at='need," Kila said'),
        Q('"If we want the Barramundis to play more home games against the top nations, we need a venue the ICC will '
          'approve. This project gives us that.', "direct", "Kila", "Dika Kila", speaker_at='need," Kila said'),
        Q('"It also gives the kids in Hanuabada and Hohola a ground they can be proud of."', "direct", "Kila",
          "Dika Kila", speaker_at='need," Kila said'),
        Q("the National Government had committed K20 million through the Sports Infrastructure Program, with the rest "
          "to come from the International Cricket Council (ICC) and private sponsors", "indirect", "He", "Dika Kila",
          speaker_at="He said the National Government"),
        Q('"the sporting capital of the Pacific"', "partial", "Joe Kapi", "Joe Kapi"),
        Q('"over the moon"', "partial", "Hiri Arua", "Hiri Arua"),
        Q('"We\'ve been playing at home on a ground where the ball stops dead after rain. A proper outfield will '
          'change everything,"', "direct", "Arua", "Hiri Arua", speaker_at="Arua said"),
        Q("they had not been consulted about plans to extend the car park onto customary land next to the ground",
          "indirect", "Some Hanuabada landowners", None),
        Q('"until a proper agreement is signed"', "partial", "Gau Vagi", "Gau Vagi"),
        Q("Cricket PNG would meet the landowners next week and that the car park plans could still change",
          "indirect", "Kila", "Dika Kila", speaker_at="Kila said Cricket PNG"),
        Q("that it welcomed the investment and would provide technical support on the pitch and outfield", "indirect",
          "The ICC", "International Cricket Council"),
    ], source="blind"),
    Case("blind82-wharfedale-bus", """Anger as Dales bus service faces the axe

Villagers in Upper Wharfedale have reacted with dismay to news that the only bus service linking Kettlewell and Buckden with Skipton is to be withdrawn at the end of next month.

North Yorkshire Council confirmed this week that the subsidised 74 service will stop on 31 March. The operator, Dales Connect Buses, said it could no longer run the route without a significant increase in funding.

Managing director Graham Pickles said passenger numbers had fallen by almost 40 per cent since 2019 while fuel and driver costs had risen sharply.

‘We have kept this service going for as long as we possibly could, but we are losing money on every single journey,’ he said. ‘Without more support from the council, it simply isn’t viable.’

Coun Heather Moorhouse, the council’s executive member for highways and transport, said the authority was ‘actively looking’ at alternatives, including a demand-responsive minibus.

‘Nobody wants to see rural communities cut off, and we are doing everything we can within a very tight budget,’ she said.

Kettlewell with Starbotton Parish Council chairman Peter Lambert said the decision would leave older residents ‘completely stranded’.

‘There are people in this village who don’t drive and rely on that bus for hospital appointments in Skipton and at Airedale. What are they supposed to do, walk?’ Mr Lambert said.

Margaret Holdsworth, 81, of Buckden, told the Herald she used the bus three times a week to shop and visit friends.

‘It’s not just a bus, it’s how I see people. Take it away and you might as well lock us in,’ she added.

Andrew Kitching, secretary of the Upper Wharfedale Bus Users’ Group, said that more than 600 people had signed the group’s ‘Keep the Dales Moving’ petition in just two days.

The Yorkshire Dales National Park Authority said losing the service would ‘undermine’ its efforts to persuade visitors to leave their cars at home.

A council spokesperson said a public consultation on the future of rural bus services would open in April.""", [
        Q("that the subsidised 74 service will stop on 31 March", "indirect", "North Yorkshire Council",
          "North Yorkshire Council"),
        Q("it could no longer run the route without a significant increase in funding", "indirect",
          "Dales Connect Buses", "Dales Connect Buses"),
        Q("passenger numbers had fallen by almost 40 per cent since 2019 while fuel and driver costs had risen sharply",
          "indirect", "Graham Pickles", "Graham Pickles"),
        Q("‘We have kept this service going for as long as we possibly could, but we are losing money on every single "
          "journey,’", "direct", "he", "Graham Pickles", speaker_at="he said"),
        Q("‘Without more support from the council, it simply isn’t viable.’", "direct", "he", "Graham Pickles",
          speaker_at="he said"),
        Q("‘actively looking’", "partial", "Heather Moorhouse", "Heather Moorhouse"),
        Q("‘Nobody wants to see rural communities cut off, and we are doing everything we can within a very tight "
          "budget,’", "direct", "she", "Heather Moorhouse", speaker_at="she said"),
        Q("‘completely stranded’", "partial", "Peter Lambert", "Peter Lambert"),
        Q("‘There are people in this village who don’t drive and rely on that bus for hospital appointments in "
          "Skipton and at Airedale. What are they supposed to do, walk?’", "direct", "Lambert", "Peter Lambert",
          speaker_at="Mr Lambert said"),
        Q("she used the bus three times a week to shop and visit friends", "indirect", "Margaret Holdsworth",
          "Margaret Holdsworth"),
        Q("‘It’s not just a bus, it’s how I see people. Take it away and you might as well lock us in,’", "direct",
          "she", "Margaret Holdsworth", speaker_at="she added"),
        Q("that more than 600 people had signed the group’s ‘Keep the Dales Moving’ petition in just two days",
          "indirect", "Andrew Kitching", "Andrew Kitching"),
        Q("‘undermine’", "partial", "The Yorkshire Dales National Park Authority",
          "Yorkshire Dales National Park Authority"),
        Q("a public consultation on the future of rural bus services would open in April", "indirect",
          "A council spokesperson", None),
    ], source="blind"),
    Case("blind82-esk-valley-cricket", """Cricket club unveils £2.4m plan to transform riverside ground

A village cricket club near Whitby has unveiled ambitious plans to redevelop its ground, including a new pavilion, an all-weather practice area and floodlights for junior matches.

Esk Valley Cricket Club, which has played at its riverside ground in Ruswarp since 1889, says the £2.4 million scheme would secure its future for the next 50 years.

Club chairman Richard Harland said the existing pavilion, built in the 1950s, was no longer fit for purpose.

'It floods almost every winter. We've had junior teams changing in the car park because the dressing rooms were under a foot of water,' he said.

He added: 'We've got more than 120 juniors now, and girls' teams at under-11 and under-13 level for the first time. The ground has to grow with the club.'

The plans, which will go before North Yorkshire Council next month, include the sale of a strip of land at the northern end of the ground for six affordable homes to help fund the work.

Some neighbours on Mill Lane have objected to the floodlights. In a letter to the council, resident Sandra Petch said the lights would 'turn a quiet riverside into a football stadium'. Another objector, who did not want to be named, said parking on match days was already 'a nightmare'.

Harland said the floodlights would be used on no more than 30 evenings a year and would be switched off by 9pm.

Parent Tom Elsworth, whose two daughters play for the club, said the existing practice nets were 'falling apart'.

'The kids deserve better than nets held together with cable ties,' he told the Gazette.

A spokesperson for the Yorkshire Cricket Board said Esk Valley was 'exactly the kind of community club we want to back'.

Coun Linda Featherstone, who represents the area on North Yorkshire Council, said she would support the scheme 'with some conditions on the lights'.

'It's a brilliant club and it deserves a proper home. I just want the neighbours to be listened to,' she said.

A North Yorkshire Council spokesperson said the application was expected to be decided by the Scarborough and Whitby area planning committee on 14 May.""", [
        Q("the £2.4 million scheme would secure its future for the next 50 years", "indirect",
          "Esk Valley Cricket Club", "Esk Valley Cricket Club"),
        Q("the existing pavilion, built in the 1950s, was no longer fit for purpose", "indirect", "Richard Harland",
          "Richard Harland"),
        Q("'It floods almost every winter. We've had junior teams changing in the car park because the dressing rooms "
          "were under a foot of water,'", "direct", "he", "Richard Harland", speaker_at="he said"),
        Q("'We've got more than 120 juniors now, and girls' teams at under-11 and under-13 level for the first time. "
          "The ground has to grow with the club.'", "direct", "He", "Richard Harland", speaker_at="He added"),
        Q("'turn a quiet riverside into a football stadium'", "partial", "Sandra Petch", "Sandra Petch"),
        Q("'a nightmare'", "partial", "Another objector", None),
        Q("the floodlights would be used on no more than 30 evenings a year and would be switched off by 9pm",
          "indirect", "Harland", "Richard Harland", speaker_at="Harland said the floodlights"),
        Q("'falling apart'", "partial", "Tom Elsworth", "Tom Elsworth"),
        Q("'The kids deserve better than nets held together with cable ties,'", "direct", "he", "Tom Elsworth",
          speaker_at="he told the Gazette"),
        Q("'exactly the kind of community club we want to back'", "partial",
          "A spokesperson for the Yorkshire Cricket Board", None),
        Q("'with some conditions on the lights'", "partial", "Linda Featherstone", "Linda Featherstone"),
        Q("'It's a brilliant club and it deserves a proper home. I just want the neighbours to be listened to,'",
          "direct", "she", "Linda Featherstone", speaker_at="she said"),
        Q("the application was expected to be decided by the Scarborough and Whitby area planning committee on 14 May",
          "indirect", "A North Yorkshire Council spokesperson", None),
    ], source="blind"),
    Case("blind82-cornwall-visitor-levy", """Hoteliers split over plans for Cornwall ‘tourist tax’

Plans for an overnight visitor levy in Cornwall have divided the county’s tourism industry, with some businesses warning it could drive holidaymakers to Devon and others arguing it is long overdue.

Cornwall Council’s cabinet will next month consider proposals for a charge of £2 per person per night on stays in hotels, B&Bs, holiday lets and campsites. Council officers estimate that the charge could raise up to £40 million a year.

Cllr Morwenna Trevail, the council’s portfolio holder for the economy, said every penny raised would stay in Cornwall.

‘This is about fairness. Our roads, our beaches and our toilets are used by millions of visitors a year, and at the moment it is Cornish council tax payers who pick up the bill,’ she said.

She said the money would be ‘ring-fenced’ for beach cleaning, lifeguards and public transport.

Visit Cornwall chief executive Julian Pascoe warned that Cornwall was already ‘one of the most expensive places in Britain to holiday’ and that a levy could be ‘the final straw’ for struggling businesses.

‘We are not against investment in Cornwall – far from it. But families are already cutting their holidays from a week to a long weekend. Adding another £50 or £60 to a family’s bill sends completely the wrong message,’ Mr Pascoe said.

Penzance hotelier Demelza Rowe, who runs the 14-bedroom Mount View Hotel, said she supported the levy ‘in principle’.

‘I’m a small business. I don’t have an accounts department. If this becomes another form to fill in every month, it will be a nightmare,’ she said.

According to the Cornwall Chamber of Commerce, 58 per cent of members who responded to a recent survey opposed a levy, while 31 per cent supported it.

‘People here cannot afford to live in their own town. If visitors pay a couple of pounds a night towards keeping it going, I don’t think that is too much to ask,’ said St Ives town councillor Jago Williams.

A spokesperson for the Ministry of Housing, Communities and Local Government said ministers would ‘consider carefully’ any proposal from Cornwall, but stressed that new powers for English councils would require legislation.

A final decision is expected in July, the council said.""", [
        Q("it could drive holidaymakers to Devon", "indirect", "some businesses", None),
        Q("it is long overdue", "indirect", "others", None),
        Q("that the charge could raise up to £40 million a year", "indirect", "Council officers", None),
        Q("every penny raised would stay in Cornwall", "indirect", "Morwenna Trevail", "Morwenna Trevail"),
        Q("‘This is about fairness. Our roads, our beaches and our toilets are used by millions of visitors a year, "
          "and at the moment it is Cornish council tax payers who pick up the bill,’", "direct", "she",
          "Morwenna Trevail", speaker_at="bill,’ she said"),
        Q("‘ring-fenced’", "partial", "She", "Morwenna Trevail", speaker_at="She said the money"),
        Q("‘one of the most expensive places in Britain to holiday’", "partial", "Julian Pascoe", "Julian Pascoe"),
        Q("‘the final straw’", "partial", "Julian Pascoe", "Julian Pascoe"),
        Q("‘We are not against investment in Cornwall – far from it. But families are already cutting their holidays "
          "from a week to a long weekend. Adding another £50 or £60 to a family’s bill sends completely the wrong "
          "message,’", "direct", "Pascoe", "Julian Pascoe", speaker_at="Mr Pascoe said"),
        Q("‘in principle’", "partial", "Demelza Rowe", "Demelza Rowe"),
        Q("‘I’m a small business. I don’t have an accounts department. If this becomes another form to fill in every "
          "month, it will be a nightmare,’", "direct", "she", "Demelza Rowe", speaker_at="nightmare,’ she said"),
        Q("58 per cent of members who responded to a recent survey opposed a levy, while 31 per cent supported it",
          "indirect", "the Cornwall Chamber of Commerce", "Cornwall Chamber of Commerce"),
        Q("‘People here cannot afford to live in their own town. If visitors pay a couple of pounds a night towards "
          "keeping it going, I don’t think that is too much to ask,’", "direct", "Jago Williams", "Jago Williams"),
        Q("‘consider carefully’", "partial",
          "A spokesperson for the Ministry of Housing, Communities and Local Government", None),
        Q("that new powers for English councils would require legislation", "indirect",
          "A spokesperson for the Ministry of Housing, Communities and Local Government", None),
        Q("A final decision is expected in July", "indirect", "the council", "Cornwall Council",
          speaker_at="the council said"),
    ], source="blind"),
    Case("blind82-tolgus-fields", """Tolgus Fields festival cancelled days before gates were due to open

A three-day music festival near Redruth has been cancelled less than a week before it was due to start, leaving thousands of ticket holders out of pocket and local traders facing heavy losses.

Organisers of Tolgus Fields, which was expected to draw 9,000 people to farmland on the edge of the town over the August bank holiday weekend, announced the decision on social media on Tuesday evening, blaming "a perfect storm" of rising costs, slow ticket sales and a forecast of heavy rain.

In a statement, festival director Sam Tregenza said: "This is the hardest decision we have ever had to make. We have put everything into this event, but we could not in good conscience ask people to travel to a site that might not be safe."

He said all ticket holders would receive a full refund within 14 days.

The line-up had included Cornish folk-rockers and a string of DJs on the festival's new "Kernow Stage", which was being built on the site this week.

Many fans took to social media to vent their anger, with some saying they had already booked non-refundable accommodation and travel.

Jess Hocking, 24, from Camborne, said she had spent more than £300 on tickets, a campervan pitch and a new tent. "I'm gutted. We've been planning this since January," she said.

Paul Blewett, manager of Redruth Business Improvement District, called the cancellation "a real blow" for the town. Cafes, pubs and shops had stocked up for what is normally one of the busiest weekends of the year, he said.

"Some of our members have ordered double their usual stock. That's money they won't see back," Mr Blewett added.

Cornwall Council said it had not asked for the event to be called off. A spokesperson said the council's licensing team had raised "safety concerns" about ground conditions after heavy rain earlier this month.

The Met Office said up to 40mm of rain could fall over the bank holiday weekend.

Ticket agent TicketWave said refunds would be processed automatically, and Devon and Cornwall Police said officers would be at the site entrance on Friday to turn away anyone who had not heard the news.""", [
        Q('"a perfect storm"', "partial", "Organisers of Tolgus Fields", None),
        Q('"This is the hardest decision we have ever had to make. We have put everything into this event, but we '
          'could not in good conscience ask people to travel to a site that might not be safe."', "direct",
          "Sam Tregenza", "Sam Tregenza"),
        Q("all ticket holders would receive a full refund within 14 days", "indirect", "He", "Sam Tregenza",
          speaker_at="He said all"),
        Q("they had already booked non-refundable accommodation and travel", "indirect", "some", None,
          speaker_at="with some saying"),
        Q("she had spent more than £300 on tickets, a campervan pitch and a new tent", "indirect", "Jess Hocking",
          "Jess Hocking"),
        Q('"I\'m gutted. We\'ve been planning this since January,"', "direct", "she", "Jess Hocking",
          speaker_at="she said"),
        Q('"a real blow"', "partial", "Paul Blewett", "Paul Blewett"),
        Q("Cafes, pubs and shops had stocked up for what is normally one of the busiest weekends of the year",
          "indirect", "he", "Paul Blewett", speaker_at="he said"),
        Q('"Some of our members have ordered double their usual stock. That\'s money they won\'t see back,"', "direct",
          "Blewett", "Paul Blewett", speaker_at="Mr Blewett added"),
        Q("it had not asked for the event to be called off", "indirect", "Cornwall Council", "Cornwall Council"),
        Q('"safety concerns"', "partial", "A spokesperson", None),
        Q("up to 40mm of rain could fall over the bank holiday weekend", "indirect", "The Met Office", "Met Office"),
        Q("refunds would be processed automatically", "indirect", "TicketWave", "TicketWave"),
        Q("officers would be at the site entrance on Friday to turn away anyone who had not heard the news",
          "indirect", "Devon and Cornwall Police", "Devon and Cornwall Police"),
    ], source="blind"),
    Case("blind82-frome-strike", """Frome workers walk off the job over late wages

WESTERN BUREAU:

More than 400 workers at the Frome sugar factory in Westmoreland downed tools yesterday, bringing grinding to a halt in the middle of the crop season. The workers say they have not been paid for two weeks.

The Bustamante Industrial Trade Union (BITU), which represents the factory workers, said the company, Westmoreland Sugar Company Limited, had also failed to pay over pension deductions for at least six months.

BITU island supervisor Kenneth Dixon said the workers had been “more than patient”.

“These men and women get up at four o’clock in the morning to keep this industry alive. The least the company can do is pay them on time,” Dixon told The Gleaner.

“We are not going back in until every cent is paid,” he said, “and we want it in writing.”

Christopher Whyte, general manager of the sugar company, acknowledged that wages were late but blamed the delay on “cash-flow challenges” caused by a fall in world sugar prices.

“We have never walked away from our obligations to our workers and we will not start now. The money will be paid by Friday,” Whyte said.

Derrick Heaven, chairman of the Westmoreland branch of the All-Island Jamaica Cane Farmers’ Association, said farmers stood to lose millions of dollars if the strike dragged on into next week.

“Cane doesn’t wait. Once it is cut, you have about 48 hours before it starts losing sucrose,” he said.

A cane cutter who has worked at Frome for 22 years, and who asked not to be named, said he could not send his children to school this week.

“Mi cyaan even find lunch money,” he said.

The Ministry of Labour and Social Security said a conciliation meeting had been scheduled for this morning at its Montego Bay office. The factory’s workers are also covered under the Government’s “Sugar Industry Support Programme”, which was launched last year.""", [
        Q("they have not been paid for two weeks", "indirect", "The workers", None),
        Q("the company, Westmoreland Sugar Company Limited, had also failed to pay over pension deductions for at "
          "least six months", "indirect", "The Bustamante Industrial Trade Union", "Bustamante Industrial Trade Union"),
        Q("“more than patient”", "partial", "Kenneth Dixon", "Kenneth Dixon"),
        Q("“These men and women get up at four o’clock in the morning to keep this industry alive. The least the "
          "company can do is pay them on time,”", "direct", "Dixon", "Kenneth Dixon", speaker_at="Dixon told"),
        Q("“We are not going back in until every cent is paid,”", "direct", "he", "Kenneth Dixon",
          speaker_at="he said, “and"),
        Q("“and we want it in writing.”", "direct", "he", "Kenneth Dixon", speaker_at="he said, “and"),
        Q("that wages were late", "indirect", "Christopher Whyte", "Christopher Whyte"),
        Q("“cash-flow challenges”", "partial", "Christopher Whyte", "Christopher Whyte"),
        Q("“We have never walked away from our obligations to our workers and we will not start now. The money will "
          "be paid by Friday,”", "direct", "Whyte", "Christopher Whyte", speaker_at="Whyte said"),
        Q("farmers stood to lose millions of dollars if the strike dragged on into next week", "indirect",
          "Derrick Heaven", "Derrick Heaven"),
        Q("“Cane doesn’t wait. Once it is cut, you have about 48 hours before it starts losing sucrose,”", "direct",
          "he", "Derrick Heaven", speaker_at="sucrose,” he said"),
        Q("he could not send his children to school this week", "indirect", "A cane cutter", None),
        Q("“Mi cyaan even find lunch money,”", "direct", "he", None, speaker_at="money,” he said"),
        Q("a conciliation meeting had been scheduled for this morning at its Montego Bay office", "indirect",
          "The Ministry of Labour and Social Security", "Ministry of Labour and Social Security"),
    ], source="blind"),
    Case("blind82-bluefields-festival", """Bluefields Bay Roots Festival called off

SAVANNA-LA-MAR, Westmoreland — The Bluefields Bay Roots Festival, which was to be staged over the Easter weekend, has been cancelled after the organisers failed to secure a permit from the Westmoreland Municipal Corporation.

Promoter Kirk Lawrence told the Jamaica Observer yesterday that the decision was "heartbreaking" for the artistes, vendors and fans who had supported the event since it was founded in 2018 by the late sound system operator Winston "Kingpin" Barrett.

"We did everything that was asked of us. We paid for security, we had the fire brigade come in, we had the health department sign off. And then one week before, them tell us no," Lawrence said.

He said more than 5,000 tickets had been sold and that patrons would be refunded.

Sharon Clarke-Brown, chief executive officer of the Westmoreland Municipal Corporation, said the corporation had not received the required traffic management plan from the organisers.

"Public safety has to come first. The main road through Bluefields is a narrow two-lane road, and we cannot have thousands of cars parked along it without a proper plan," Clarke-Brown told the Observer.

Superintendent Delroy Campbell, commander of the Westmoreland Police Division, said concerns about parking and traffic had been raised with the promoters at a meeting in February.

Roots singer Ikaya Blake, who was billed as one of the headliners, said he was "disappointed but not surprised".

"Every year the festival bring people to Bluefields who would never come here otherwise. That is what we losing," Blake said.

Norman Grant, who operates a cook shop on the beach, said he had already bought 200 pounds of fish for the weekend.

"Who going to buy all this fish now?" he asked.

In a statement, the Ministry of Culture, Gender, Entertainment and Sport said it regretted the cancellation and would work with the promoters to ensure the festival returned next year.

Westmoreland Western Member of Parliament Dwight Morrison described the cancellation as "a blow to the whole community".

Police said they would mount a checkpoint on the Bluefields main road over the weekend to turn back visitors who had not heard of the cancellation.""", [
        Q('"heartbreaking"', "partial", "Kirk Lawrence", "Kirk Lawrence"),
        Q('"We did everything that was asked of us. We paid for security, we had the fire brigade come in, we had the '
          'health department sign off. And then one week before, them tell us no,"', "direct", "Lawrence",
          "Kirk Lawrence", speaker_at="Lawrence said"),
        Q("more than 5,000 tickets had been sold and that patrons would be refunded", "indirect", "He", "Kirk Lawrence",
          speaker_at="He said more"),
        Q("the corporation had not received the required traffic management plan from the organisers", "indirect",
          "Sharon Clarke-Brown", "Sharon Clarke-Brown"),
        Q('"Public safety has to come first. The main road through Bluefields is a narrow two-lane road, and we cannot '
          'have thousands of cars parked along it without a proper plan,"', "direct", "Clarke-Brown",
          "Sharon Clarke-Brown", speaker_at="Clarke-Brown told"),
        Q("concerns about parking and traffic had been raised with the promoters at a meeting in February", "indirect",
          "Delroy Campbell", "Delroy Campbell"),
        Q('"disappointed but not surprised"', "partial", "Ikaya Blake", "Ikaya Blake"),
        Q('"Every year the festival bring people to Bluefields who would never come here otherwise. That is what we '
          'losing,"', "direct", "Blake", "Ikaya Blake", speaker_at="Blake said"),
        Q("he had already bought 200 pounds of fish for the weekend", "indirect", "Norman Grant", "Norman Grant"),
        Q('"Who going to buy all this fish now?"', "direct", "he", "Norman Grant", speaker_at="he asked"),
        Q("it regretted the cancellation and would work with the promoters to ensure the festival returned next year",
          "indirect", "the Ministry of Culture, Gender, Entertainment and Sport",
          "Ministry of Culture, Gender, Entertainment and Sport"),
        Q('"a blow to the whole community"', "partial", "Dwight Morrison", "Dwight Morrison"),
        Q("they would mount a checkpoint on the Bluefields main road over the weekend to turn back visitors who had "
          "not heard of the cancellation", "indirect", "Police", None, speaker_at="Police said"),
    ], source="blind"),
    Case("blind82-coastal-cyclone-shelters", """Coastal capital still short of cyclone shelters six years after Ockhi

THIRUVANANTHAPURAM: Only seven of the 19 multipurpose cyclone shelters planned for the coastal belt of Thiruvananthapuram district after Cyclone Ockhi have been completed, leaving thousands of fisherfolk families without a safe place to go during extreme weather, according to the Kerala State Disaster Management Authority (KSDMA).

The shelters, each designed to house around 1,000 people, were sanctioned under the National Cyclone Risk Mitigation Project in 2018.

KSDMA member secretary Dr. Meera Pillai said delays in land acquisition and a steep rise in construction costs had stalled work at most of the remaining sites.

“In many coastal villages, there simply isn’t a vacant plot of 50 cents. Wherever land was identified, there were objections or litigation,” she said.

At Poonthura, where more than 300 families were moved to a government school during a rough sea alert in May, residents said the school had no functioning toilets and only one room with electricity.

“We slept on the floor with our children for four nights. The old people could not even go to the bathroom,” said Mary Celine, a fish vendor.

Fr. Joseph Xavier, parish priest of St. Thomas Church, Poonthura, said the community had been promised a shelter “within a year” of the disaster.

“Ockhi took 52 lives from our coast alone. Six years later, we are still waiting,” Fr. Xavier said.

Revenue Minister T. N. Gopakumar said the government had allotted ₹12 crore in the current budget to complete the remaining shelters and that work at four sites would begin before the monsoon.

“We have also asked the district collectors to identify schools and auditoriums that can serve as temporary shelters until then,” the Minister said.

Hundreds of families from the area have already moved inland under the “Punargeham” rehabilitation scheme.

UDF legislator Thomas Mathai accused the government of “sleeping” while the coast remained exposed. “Every year they announce, every year they forget. The people of the coast are not second-class citizens,” Mathai said.

The Kerala Fishworkers’ Forum said it would stage a dharna in front of the Collectorate on Monday.

The India Meteorological Department (IMD) said that cyclonic activity in the Arabian Sea had increased significantly over the past two decades.""", [
        Q("Only seven of the 19 multipurpose cyclone shelters planned for the coastal belt of Thiruvananthapuram "
          "district after Cyclone Ockhi have been completed, leaving thousands of fisherfolk families without a safe "
          "place to go during extreme weather", "indirect", "the Kerala State Disaster Management Authority",
          "Kerala State Disaster Management Authority"),
        Q("delays in land acquisition and a steep rise in construction costs had stalled work at most of the remaining "
          "sites", "indirect", "Meera Pillai", "Meera Pillai"),
        Q("“In many coastal villages, there simply isn’t a vacant plot of 50 cents. Wherever land was identified, "
          "there were objections or litigation,”", "direct", "she", "Meera Pillai", speaker_at="she said"),
        Q("the school had no functioning toilets and only one room with electricity", "indirect", "residents", None),
        Q("“We slept on the floor with our children for four nights. The old people could not even go to the "
          "bathroom,”", "direct", "Mary Celine", "Mary Celine"),
        Q("“within a year”", "partial", "Joseph Xavier", "Joseph Xavier"),
        Q("“Ockhi took 52 lives from our coast alone. Six years later, we are still waiting,”", "direct", "Xavier",
          "Joseph Xavier", speaker_at="Fr. Xavier said"),
        Q("the government had allotted ₹12 crore in the current budget to complete the remaining shelters and that "
          "work at four sites would begin before the monsoon", "indirect", "T. N. Gopakumar", "T. N. Gopakumar"),
        Q("“We have also asked the district collectors to identify schools and auditoriums that can serve as "
          "temporary shelters until then,”", "direct", "the Minister", "T. N. Gopakumar"),
        Q("“sleeping”", "partial", "Thomas Mathai", "Thomas Mathai"),
        Q("“Every year they announce, every year they forget. The people of the coast are not second-class citizens,”",
          "direct", "Mathai", "Thomas Mathai", speaker_at="Mathai said"),
        Q("it would stage a dharna in front of the Collectorate on Monday", "indirect",
          "The Kerala Fishworkers’ Forum", "Kerala Fishworkers’ Forum"),
        Q("that cyclonic activity in the Arabian Sea had increased significantly over the past two decades",
          "indirect", "The India Meteorological Department", "India Meteorological Department"),
    ], source="blind"),
]
