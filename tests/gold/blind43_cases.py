"""Blind gold set 43: short news articles written once, blind to the pretagger.

House styles from wire services and regional papers around the world (AP,
Bloomberg, British, Irish, Australian, Canadian, Kenyan, Nigerian, South
African, Zambian, Qatari, Malaysian, Vietnamese, Indian and Sri Lankan
outlets), with curly, straight and British single quotes. See build_gold.py
for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind43-peru-quake", """Strong earthquake shakes southern Peru, killing at least 4

AREQUIPA, Peru (AP) — A magnitude 6.8 earthquake struck southern Peru before dawn Tuesday, killing at least four people, toppling adobe homes in Andean villages and sending residents of the city of Arequipa running into the streets, authorities said.

The quake was centered about 40 kilometers (25 miles) southwest of the town of Chuquibamba at a depth of 35 kilometers (22 miles), according to the U.S. Geological Survey.

Peru’s National Institute of Civil Defense, known as INDECI, said more than 300 homes had been damaged, most of them in the rural provinces of Castilla and Condesuyos. Two of the dead were an elderly couple whose house collapsed on them as they slept, the agency said.

“The first shaking lasted almost a minute. Everything fell off the shelves,” said Rosa Elena Quispe Mamani, 52, who runs a grocery store in Arequipa’s Cayma district. “My children were screaming. We ran out in our pajamas and stayed outside until the sun came up.”

Regional Gov. Luis Fernando del Carpio told radio station RPP that rescue teams were still trying to reach several communities cut off by landslides. “We have villages where the road simply disappeared,” del Carpio said. “We are sending help by helicopter, but the weather in the highlands is not helping us.”

Milagros Zevallos-Huamán, a seismologist at the Geophysical Institute of Peru, said more than 40 aftershocks had been recorded by midday, the strongest of them magnitude 5.1. She described further tremors in the coming days as “completely expected” and said people should not go back into cracked buildings.

The Health Ministry said 27 people were treated for injuries, most of them minor. Two hospitals in Arequipa were being checked for structural damage, officials said, and some patients were moved to tents set up in parking lots.

Peru sits on the Pacific “Ring of Fire,” an arc of volcanoes and fault lines circling the Pacific Basin where most of the world’s earthquakes occur. A magnitude 8.0 quake in 2007 killed more than 500 people in and around the coastal city of Pisco.

In Chuquibamba, the Rev. Juan Pablo Ccori celebrated Mass in the main square because the bell tower of the colonial church had cracked.

“People need to be together today,” the priest said. “Houses can be rebuilt.”""", [
        Q("A magnitude 6.8 earthquake struck southern Peru before dawn Tuesday, killing at least four people, toppling "
          "adobe homes in Andean villages and sending residents of the city of Arequipa running into the streets",
          "indirect", "authorities", None),
        Q("The quake was centered about 40 kilometers (25 miles) southwest of the town of Chuquibamba at a depth of 35 "
          "kilometers (22 miles)", "indirect", "the U.S. Geological Survey", "U.S. Geological Survey"),
        Q("more than 300 homes had been damaged, most of them in the rural provinces of Castilla and Condesuyos",
          "indirect", "Peru’s National Institute of Civil Defense", "National Institute of Civil Defense"),
        Q("Two of the dead were an elderly couple whose house collapsed on them as they slept", "indirect",
          "the agency", "National Institute of Civil Defense"),
        Q("“The first shaking lasted almost a minute. Everything fell off the shelves,”", "direct",
          "Rosa Elena Quispe Mamani", "Rosa Elena Quispe Mamani"),
        Q("“My children were screaming. We ran out in our pajamas and stayed outside until the sun came up.”", "direct",
          "Rosa Elena Quispe Mamani", "Rosa Elena Quispe Mamani"),
        Q("rescue teams were still trying to reach several communities cut off by landslides", "indirect",
          "Luis Fernando del Carpio", "Luis Fernando del Carpio"),
        Q("“We have villages where the road simply disappeared,”", "direct", "del Carpio", "Luis Fernando del Carpio",
          speaker_at="del Carpio said"),
        Q("“We are sending help by helicopter, but the weather in the highlands is not helping us.”", "direct",
          "del Carpio", "Luis Fernando del Carpio", speaker_at="del Carpio said"),
        Q("more than 40 aftershocks had been recorded by midday, the strongest of them magnitude 5.1", "indirect",
          "Milagros Zevallos-Huamán", "Milagros Zevallos-Huamán"),
        Q("“completely expected”", "partial", "She", "Milagros Zevallos-Huamán", speaker_at="She described"),
        Q("people should not go back into cracked buildings", "indirect", "She", "Milagros Zevallos-Huamán",
          speaker_at="She described"),
        Q("27 people were treated for injuries, most of them minor", "indirect", "The Health Ministry",
          "Health Ministry"),
        Q("Two hospitals in Arequipa were being checked for structural damage", "indirect", "officials", None),
        Q("“People need to be together today,”", "direct", "the priest", "Juan Pablo Ccori"),
        Q("“Houses can be rebuilt.”", "direct", "the priest", "Juan Pablo Ccori"),
    ]),
    Case("blind43-nordvik-shipping", """Nordvik Profit Tops Estimates as Red Sea Detours Keep Freight Rates High

(Bloomberg) -- Nordvik Shipping A/S reported third-quarter earnings that beat analysts’ estimates as longer voyages around Africa kept container freight rates elevated, and the Copenhagen-based carrier raised its full-year forecast for the second time in three months.

Earnings before interest, taxes, depreciation and amortization rose to $2.1 billion from $1.4 billion a year earlier, the company said in a statement on Thursday. Analysts surveyed by Bloomberg had expected $1.8 billion on average.

“The market remains tight and we see no sign that ships will return to the Suez route this year,” Chief Executive Officer Mette Kjærgaard-Holm said on a call with reporters. Nordvik now expects Ebitda for the year of $7 billion to $7.5 billion, up from a previous range of $6 billion to $7 billion, she said.

The shares rose as much as 6.3% in Copenhagen, the biggest intraday gain since May.

Kjærgaard-Holm cautioned that the windfall would not last. A wave of vessels ordered during the pandemic is now being delivered, and overcapacity “will come back to bite the whole industry” once traffic through the Red Sea normalizes, she said.

Chief Financial Officer Pieter van den Berg said the company would keep a tight grip on costs and had no plans to restart share buybacks before 2026.

“We’d rather keep the balance sheet strong going into what we think will be a tougher part of the cycle,” he said.

Read more: Container Lines Brace for Glut as Record Ship Deliveries Loom

Some analysts saw room for further upgrades. “This was a clean beat across the board, and the new guidance still looks conservative to us,” Jefferies analyst Sophie Aldridge-Nakamura wrote in a note to clients.

Nordvik’s order book is among the smallest relative to its fleet of any major carrier, which limits its exposure when rates fall, according to Bloomberg Intelligence analyst Tomás Echeverría Lund.

Others were more skeptical. Spot rates on the benchmark Shanghai-to-Rotterdam route have already dropped about 20% from a July peak, according to Drewry Shipping Consultants, and a ceasefire in the region could send them sharply lower.

“The question isn’t whether rates fall, it’s how fast,” said Kasper Friis Nørgaard, head of equity research at Danske Bank in Copenhagen. “Nordvik is better placed than most, but nobody escapes a glut of this size.”

Nordvik, which competes with A.P. Moller-Maersk A/S and Hapag-Lloyd AG, carries about 7% of the world’s seaborne containers.""", [
        Q("Earnings before interest, taxes, depreciation and amortization rose to $2.1 billion from $1.4 billion a year "
          "earlier", "indirect", "the company", "Nordvik Shipping A/S", speaker_at="the company said"),
        Q("“The market remains tight and we see no sign that ships will return to the Suez route this year,”", "direct",
          "Mette Kjærgaard-Holm", "Mette Kjærgaard-Holm"),
        Q("Nordvik now expects Ebitda for the year of $7 billion to $7.5 billion, up from a previous range of $6 billion "
          "to $7 billion", "indirect", "she", "Mette Kjærgaard-Holm", speaker_at="$7 billion, she said"),
        Q("the windfall would not last", "indirect", "Kjærgaard-Holm", "Mette Kjærgaard-Holm",
          speaker_at="Kjærgaard-Holm cautioned"),
        Q("A wave of vessels ordered during the pandemic is now being delivered", "indirect", "she",
          "Mette Kjærgaard-Holm", speaker_at="normalizes, she said"),
        Q("“will come back to bite the whole industry”", "partial", "she", "Mette Kjærgaard-Holm",
          speaker_at="normalizes, she said"),
        Q("the company would keep a tight grip on costs and had no plans to restart share buybacks before 2026",
          "indirect", "Pieter van den Berg", "Pieter van den Berg"),
        Q("“We’d rather keep the balance sheet strong going into what we think will be a tougher part of the cycle,”",
          "direct", "he", "Pieter van den Berg", speaker_at="he said"),
        Q("“This was a clean beat across the board, and the new guidance still looks conservative to us,”", "direct",
          "Sophie Aldridge-Nakamura", "Sophie Aldridge-Nakamura"),
        Q("Nordvik’s order book is among the smallest relative to its fleet of any major carrier, which limits its "
          "exposure when rates fall", "indirect", "Tomás Echeverría Lund", "Tomás Echeverría Lund"),
        Q("Spot rates on the benchmark Shanghai-to-Rotterdam route have already dropped about 20% from a July peak",
          "indirect", "Drewry Shipping Consultants", "Drewry Shipping Consultants"),
        Q("“The question isn’t whether rates fall, it’s how fast,”", "direct", "Kasper Friis Nørgaard",
          "Kasper Friis Nørgaard"),
        Q("“Nordvik is better placed than most, but nobody escapes a glut of this size.”", "direct",
          "Kasper Friis Nørgaard", "Kasper Friis Nørgaard"),
    ]),
    Case("blind43-plymouth-bins", """Plymouth bin strike to go ahead after last-ditch talks collapse

Rubbish could be left piling up on Plymouth's streets for a fortnight after last-minute talks between the city council and the GMB union broke down without a deal.

Around 180 refuse and recycling workers will walk out from Monday, the union confirmed last night, in a dispute over pay and the use of agency staff on the bin rounds. Council bosses warned that kerbside collections would be 'severely disrupted' and urged residents to hold on to their waste where they could.

GMB regional organiser Keziah O'Donoghue-Hale said workers had been left with no choice.

'Our members do a hard, dirty job in all weathers, and they are being offered a pay rise that doesn't even keep up with prices at the supermarket,' she said.

'Nobody wants to see black bags on the pavements. But the council has had months to sort this out and it has chosen not to.'

Plymouth City Council's cabinet member for the environment, Cllr Tom Ashworth-Briggs, told The Herald the authority had offered a 4.5 per cent rise, which he called 'the best offer we can make without cutting other services'.

'We have made a fair offer and our door remains open,' he said. 'But I have to be honest with people: the money simply is not there.'

Residents in Stonehouse and Devonport, where collections have been running late since the spring, reacted with dismay.

'The gulls are already ripping the bags open,' said Carol Penhaligon, 67, of Clarence Place. 'Two weeks of this in August? It'll be disgusting.'

Her neighbour, Marek Wiśniewski, said he would take his rubbish to the tip himself. 'I've got a car, so I'm all right,' he said, 'but what about the old people in the flats?'

A council spokesperson said the household waste recycling centres at Chelson Meadow and Weston Mill would open for longer during the strike, and that collections for residents on its 'assisted collection' list would be prioritised.

O'Donoghue-Hale said the GMB had not ruled out further strike dates in September if no improved offer was tabled. Talks are due to resume at Acas later this week.""", [
        Q("Around 180 refuse and recycling workers will walk out from Monday", "indirect", "the union", "GMB",
          speaker_at="the union confirmed"),
        Q("'severely disrupted'", "partial", "Council bosses", None),
        Q("workers had been left with no choice", "indirect", "Keziah O'Donoghue-Hale", "Keziah O'Donoghue-Hale"),
        Q("'Our members do a hard, dirty job in all weathers, and they are being offered a pay rise that doesn't even "
          "keep up with prices at the supermarket,'", "direct", "she", "Keziah O'Donoghue-Hale",
          speaker_at="she said"),
        Q("'Nobody wants to see black bags on the pavements. But the council has had months to sort this out and it "
          "has chosen not to.'", "direct", "she", "Keziah O'Donoghue-Hale", speaker_at="she said"),
        Q("the authority had offered a 4.5 per cent rise", "indirect", "Tom Ashworth-Briggs", "Tom Ashworth-Briggs"),
        Q("'the best offer we can make without cutting other services'", "partial", "he", "Tom Ashworth-Briggs",
          speaker_at="which he called"),
        Q("'We have made a fair offer and our door remains open,'", "direct", "he", "Tom Ashworth-Briggs",
          speaker_at="open,' he said"),
        Q("'But I have to be honest with people: the money simply is not there.'", "direct", "he",
          "Tom Ashworth-Briggs", speaker_at="open,' he said"),
        Q("'The gulls are already ripping the bags open,'", "direct", "Carol Penhaligon", "Carol Penhaligon"),
        Q("'Two weeks of this in August? It'll be disgusting.'", "direct", "Carol Penhaligon", "Carol Penhaligon"),
        Q("he would take his rubbish to the tip himself", "indirect", "Marek Wiśniewski", "Marek Wiśniewski"),
        Q("'I've got a car, so I'm all right,'", "direct", "he", "Marek Wiśniewski", speaker_at="he said, 'but"),
        Q("'but what about the old people in the flats?'", "direct", "he", "Marek Wiśniewski",
          speaker_at="he said, 'but"),
        Q("the household waste recycling centres at Chelson Meadow and Weston Mill would open for longer during the "
          "strike, and that collections for residents on its 'assisted collection' list would be prioritised",
          "indirect", "A council spokesperson", None),
        Q("the GMB had not ruled out further strike dates in September if no improved offer was tabled", "indirect",
          "O'Donoghue-Hale", "Keziah O'Donoghue-Hale", speaker_at="O'Donoghue-Hale said the GMB"),
    ]),
    Case("blind43-belfast-murder", """West Belfast man stabbed friend after row over £2,000 debt, murder trial told

A west Belfast man stabbed his friend to death after a row over a £2,000 debt and then spent hours trying to clean up the scene before calling an ambulance, a jury has heard.

Ciarán Mac Giolla Bhríde (34), of Glen Road, denies murdering 29-year-old Declan Rafferty at a flat in the Andersonstown area in February last year.

Opening the Crown case at Belfast Crown Court on Monday, prosecution barrister Nuala McAleese KC told the jury of eight men and four women that the two had been friends “for the best part of a decade” before falling out over money in the weeks before Mr Rafferty died.

“This was not self-defence. It was not an accident,” Ms McAleese said. “The prosecution case is that the defendant armed himself with a kitchen knife and stabbed Declan Rafferty three times in the chest and back.”

She told the court the emergency call was not made until almost 6am, more than four hours after the stabbing, and that by then the defendant had mopped the kitchen floor and put his own clothes through a washing machine.

A neighbour, who cannot be named for legal reasons, told police she had heard raised voices from the flat shortly after 1am. At one point, the jury was told, a man could be heard shouting: “You’ll get your money, just put it down.”

Defence barrister Eoghan Ó Dálaigh KC said his client accepted he had been in the flat and had handled the knife, but would tell the jury he had acted in self-defence after Mr Rafferty “came at him” during the argument.

“There is no dispute that a young man lost his life in terrible circumstances,” Mr Ó Dálaigh said. “The question for you is what happened in that kitchen, and why.”

The victim’s mother, Bernadette Rafferty, sat in the public gallery throughout the morning and left the courtroom in tears as a recording of the 999 call was played.

The State Pathologist, Dr Aoife Ní Mhurchú, is expected to give evidence later this week.

Mr Justice Kearney-Boyd reminded jurors that they must decide the case solely on the evidence they hear in court. “Do not go looking for information about this case on the internet or on social media,” the judge told them. “That would be a serious breach of your oath.”

The trial, which is expected to last three weeks, continues.""", [
        Q("A west Belfast man stabbed his friend to death after a row over a £2,000 debt and then spent hours trying to "
          "clean up the scene before calling an ambulance", "indirect", None, None),
        Q("“for the best part of a decade”", "partial", "Nuala McAleese", "Nuala McAleese"),
        Q("“This was not self-defence. It was not an accident,”", "direct", "McAleese", "Nuala McAleese",
          speaker_at="McAleese said"),
        Q("“The prosecution case is that the defendant armed himself with a kitchen knife and stabbed Declan Rafferty "
          "three times in the chest and back.”", "direct", "McAleese", "Nuala McAleese", speaker_at="McAleese said"),
        Q("the emergency call was not made until almost 6am, more than four hours after the stabbing, and that by then "
          "the defendant had mopped the kitchen floor and put his own clothes through a washing machine", "indirect",
          "She", "Nuala McAleese", speaker_at="She told the court"),
        Q("she had heard raised voices from the flat shortly after 1am", "indirect", "A neighbour", None),
        Q("“You’ll get your money, just put it down.”", "direct", "a man", None, speaker_at="a man could be heard"),
        Q("his client accepted he had been in the flat and had handled the knife", "indirect", "Eoghan Ó Dálaigh",
          "Eoghan Ó Dálaigh"),
        Q("“came at him”", "partial", "Eoghan Ó Dálaigh", "Eoghan Ó Dálaigh"),
        Q("“There is no dispute that a young man lost his life in terrible circumstances,”", "direct", "Ó Dálaigh",
          "Eoghan Ó Dálaigh", speaker_at="Ó Dálaigh said"),
        Q("“The question for you is what happened in that kitchen, and why.”", "direct", "Ó Dálaigh",
          "Eoghan Ó Dálaigh", speaker_at="Ó Dálaigh said"),
        Q("they must decide the case solely on the evidence they hear in court", "indirect", "Kearney-Boyd",
          "Kearney-Boyd"),
        Q("“Do not go looking for information about this case on the internet or on social media,”", "direct",
          "the judge", "Kearney-Boyd"),
        Q("“That would be a serious breach of your oath.”", "direct", "the judge", "Kearney-Boyd"),
    ]),
    Case("blind43-limerick-camogie", """Brave Limerick camogie side bow out after extra-time epic

LIMERICK'S All-Ireland senior camogie championship campaign ended in heartbreak at the TUS Gaelic Grounds on Saturday, as Galway edged a pulsating quarter-final by 1-17 to 2-12 after extra time.

Trailing by five points at half-time, Limerick hit back through a Niamh Ní Bhriain goal on 41 minutes, and a Saoirse Ní Mhathúna free deep into injury time forced an extra 20 minutes. But Galway, with substitute Orlaith Ní Chonghaile-Burke firing over three points, pulled clear in the second period of extra time.

Limerick manager Dónal Ó Ceallaigh could barely hide his disappointment afterwards but said he "couldn't be prouder" of his players.

"We were written off before a ball was pucked and they went toe to toe with one of the best teams in the country for 80 minutes," said Ó Ceallaigh. "That's the standard now. We have to reach it every day."

He admitted that his side had been "a bit naive" in the closing stages of normal time, when they conceded two frees in quick succession.

Captain Niamh Ní Bhriain, who finished with 1-6, said the dressing room was "heartbroken".

"It's very hard to take right now," she told the Limerick Leader. "But this is a young group and I promise you we'll be back."

Galway boss Máirtín Ó Flatharta said Limerick had given his side "everything we could handle" and warned that his players would have to improve significantly before their semi-final against Cork.

"Fair play to Limerick, they were outstanding," he said. "If we play like that in two weeks' time, we'll be going home early."

According to the Camogie Association, a crowd of 3,412 attended the game, the biggest for a Limerick championship match in over a decade.

County board chairperson Mary Hayes-O'Brien said the turnout showed the game was "going from strength to strength" in the county and urged young players to get involved through the board's "Give It a Go" programme in primary schools this autumn.""", [
        Q('"couldn\'t be prouder"', "partial", "Dónal Ó Ceallaigh", "Dónal Ó Ceallaigh"),
        Q('"We were written off before a ball was pucked and they went toe to toe with one of the best teams in the '
          'country for 80 minutes,"', "direct", "Ó Ceallaigh", "Dónal Ó Ceallaigh", speaker_at="said Ó Ceallaigh"),
        Q('"That\'s the standard now. We have to reach it every day."', "direct", "Ó Ceallaigh", "Dónal Ó Ceallaigh",
          speaker_at="said Ó Ceallaigh"),
        Q('"a bit naive"', "partial", "He", "Dónal Ó Ceallaigh", speaker_at="He admitted"),
        Q('"heartbroken"', "partial", "Niamh Ní Bhriain", "Niamh Ní Bhriain", speaker_at="Captain Niamh Ní Bhriain"),
        Q('"It\'s very hard to take right now,"', "direct", "she", "Niamh Ní Bhriain", speaker_at="she told"),
        Q('"But this is a young group and I promise you we\'ll be back."', "direct", "she", "Niamh Ní Bhriain",
          speaker_at="she told"),
        Q('"everything we could handle"', "partial", "Máirtín Ó Flatharta", "Máirtín Ó Flatharta"),
        Q("his players would have to improve significantly before their semi-final against Cork", "indirect",
          "Máirtín Ó Flatharta", "Máirtín Ó Flatharta"),
        Q('"Fair play to Limerick, they were outstanding,"', "direct", "he", "Máirtín Ó Flatharta",
          speaker_at="he said"),
        Q('"If we play like that in two weeks\' time, we\'ll be going home early."', "direct", "he",
          "Máirtín Ó Flatharta", speaker_at="he said"),
        Q("a crowd of 3,412 attended the game, the biggest for a Limerick championship match in over a decade",
          "indirect", "the Camogie Association", "Camogie Association"),
        Q('"going from strength to strength"', "partial", "Mary Hayes-O'Brien", "Mary Hayes-O'Brien"),
    ]),
    Case("blind43-bells-surf", """Home-town hero Tremayne rings the bell at Bells

JAN Juc’s Lachlan “Lockie” Tremayne has become the first Surf Coast surfer in almost two decades to ring the famous Bells Beach trophy bell, beating Hawaiian Kainoa Akana-Rivera in a tense final on Sunday.

Tremayne, 23, posted a two-wave total of 16.43 in solid four-to-six-foot surf at the Bowl, edging Akana-Rivera by less than a point after a nervy final five minutes.

“I’ve been coming down those stairs since I was six years old, watching the best in the world and dreaming about this,” Tremayne said on the podium, still clutching the bell. “To do it in front of my family and all my mates, I honestly can’t put it into words.”

He said his late grandfather, who first took him out at Winki Pop, had been “on my shoulder the whole day”.

Akana-Rivera, who needed an 8.2 on his final wave and fell short with a 7.6, was gracious in defeat.

“Lockie surfed out of his skin. He knows every rock out there,” the 27-year-old said. “I’ll be back next year to try and take that bell home to Oahu.”

In the women’s event, South Africa’s Anri van Aswegen claimed her second Bells title, beating Brazilian-Japanese surfer Isabela Takahashi Ferreira in the final.

Van Aswegen described the conditions as “pretty much perfect” and said she had felt confident from her first heat. “The ocean was kind to me this week,” she said.

The World Surf League said in a statement that more than 40,000 spectators had attended over the event’s 10 days, a record for the contest.

Surf Coast Shire mayor Cr Rose Hodgkinson-Tate told the Geelong Advertiser that the event was worth about $25 million to the local economy each year.

“You can see it in the cafes and the motels and the surf shops,” she said. “Torquay needs Bells, and Bells needs Torquay.”

Local surfers, however, have again raised concerns about erosion along the clifftop tracks, which Parks Victoria said would be repaired before winter.""", [
        Q("“I’ve been coming down those stairs since I was six years old, watching the best in the world and dreaming "
          "about this,”", "direct", "Tremayne", "Lachlan Tremayne", speaker_at="Tremayne said on the podium"),
        Q("“To do it in front of my family and all my mates, I honestly can’t put it into words.”", "direct",
          "Tremayne", "Lachlan Tremayne", speaker_at="Tremayne said on the podium"),
        Q("“on my shoulder the whole day”", "partial", "He", "Lachlan Tremayne", speaker_at="He said his late"),
        Q("“Lockie surfed out of his skin. He knows every rock out there,”", "direct", "the 27-year-old",
          "Kainoa Akana-Rivera"),
        Q("“I’ll be back next year to try and take that bell home to Oahu.”", "direct", "the 27-year-old",
          "Kainoa Akana-Rivera"),
        Q("“pretty much perfect”", "partial", "Van Aswegen", "Anri van Aswegen"),
        Q("she had felt confident from her first heat", "indirect", "Van Aswegen", "Anri van Aswegen"),
        Q("“The ocean was kind to me this week,”", "direct", "she", "Anri van Aswegen",
          speaker_at="week,” she said"),
        Q("more than 40,000 spectators had attended over the event’s 10 days, a record for the contest", "indirect",
          "The World Surf League", "World Surf League"),
        Q("the event was worth about $25 million to the local economy each year", "indirect", "Rose Hodgkinson-Tate",
          "Rose Hodgkinson-Tate"),
        Q("“You can see it in the cafes and the motels and the surf shops,”", "direct", "she",
          "Rose Hodgkinson-Tate", speaker_at="shops,” she said"),
        Q("“Torquay needs Bells, and Bells needs Torquay.”", "direct", "she", "Rose Hodgkinson-Tate",
          speaker_at="shops,” she said"),
        Q("would be repaired before winter", "indirect", "Parks Victoria", "Parks Victoria"),
    ]),
    Case("blind43-halifax-herring", """Herring quota cut hits southwest Nova fleet

Fishermen in southwest Nova Scotia say a 40 per cent cut to this year’s Bay of Fundy herring quota could put small boats out of business, while federal scientists warn the stock is at its lowest level since the 1960s.

Fisheries and Oceans Canada announced Tuesday that the total allowable catch for the 4VWX herring stock would fall to 6,000 tonnes from 10,000 tonnes last season. In a statement, the department said the decision was “necessary to give the stock a chance to rebuild.”

According to DFO scientists, the spawning biomass has been in the “critical zone” since 2011, and recent acoustic surveys on German Bank found fewer fish than at any point in the survey’s history.

“We’ve known for years this stock was in trouble, but nobody thought they’d come at it with an axe,” said Marc-André d’Entremont, who fishes out of Lower West Pubnico and has crewed on herring seiners for three decades.

“A cut like this, you’re talking about boats tied up and young crews heading out west to find work.”

D’Entremont said the fleet had not been consulted before the announcement, a claim the department disputes.

Jean-Guy Belliveau-Saulnier, president of the Southwest Nova Herring Fishermen’s Association, said the group would seek an emergency meeting with Fisheries Minister Dominic Chiasson-LeBlanc. The SNHFA also wants Ottawa to offer compensation to crews who lose work, Belliveau-Saulnier told the Chronicle Herald.

Chief Andrea Googoo-Francis of the Wasoqopa’q First Nation said Mi’kmaw communities that rely on herring for food, social and ceremonial purposes want “a real seat at the table, not a phone call after the fact.”

“Our people have fished these waters for thousands of years. We were conserving this fish long before there was a department,” she said.

A spokesperson for Chiasson-LeBlanc said in an email that the minister “understands the hardship this will cause” and that the department would look at support measures for affected harvesters.

Sen. Margaret-Ann MacInnis, who sits on the Senate fisheries committee, said the cut showed the need for a long-term rebuilding plan with money attached. “Coastal communities cannot absorb another blow like this every few years,” MacInnis said Wednesday. “You can’t manage a fishery one crisis at a time.”

Herring is widely used as bait in the lucrative lobster fishery, and harvesters warned the cut could drive up bait prices ahead of the fall season.""", [
        Q("a 40 per cent cut to this year’s Bay of Fundy herring quota could put small boats out of business",
          "indirect", "Fishermen in southwest Nova Scotia", None),
        Q("the stock is at its lowest level since the 1960s", "indirect", "federal scientists", None),
        Q("the total allowable catch for the 4VWX herring stock would fall to 6,000 tonnes from 10,000 tonnes last "
          "season", "indirect", "Fisheries and Oceans Canada", "Fisheries and Oceans Canada"),
        Q("“necessary to give the stock a chance to rebuild.”", "partial", "the department",
          "Fisheries and Oceans Canada", speaker_at="the department said the decision"),
        Q("the spawning biomass has been in the “critical zone” since 2011, and recent acoustic surveys on German Bank "
          "found fewer fish than at any point in the survey’s history", "indirect", "DFO scientists", None),
        Q("“We’ve known for years this stock was in trouble, but nobody thought they’d come at it with an axe,”",
          "direct", "Marc-André d’Entremont", "Marc-André d’Entremont"),
        Q("“A cut like this, you’re talking about boats tied up and young crews heading out west to find work.”",
          "direct", "Marc-André d’Entremont", "Marc-André d’Entremont"),
        Q("the fleet had not been consulted before the announcement", "indirect", "D’Entremont",
          "Marc-André d’Entremont"),
        Q("the group would seek an emergency meeting with Fisheries Minister Dominic Chiasson-LeBlanc", "indirect",
          "Jean-Guy Belliveau-Saulnier", "Jean-Guy Belliveau-Saulnier"),
        Q("The SNHFA also wants Ottawa to offer compensation to crews who lose work", "indirect",
          "Belliveau-Saulnier", "Jean-Guy Belliveau-Saulnier", speaker_at="Belliveau-Saulnier told"),
        Q("“a real seat at the table, not a phone call after the fact.”", "partial", "Andrea Googoo-Francis",
          "Andrea Googoo-Francis"),
        Q("“Our people have fished these waters for thousands of years. We were conserving this fish long before there "
          "was a department,”", "direct", "she", "Andrea Googoo-Francis", speaker_at="she said"),
        Q("“understands the hardship this will cause”", "partial", "A spokesperson for Chiasson-LeBlanc", None),
        Q("the department would look at support measures for affected harvesters", "indirect",
          "A spokesperson for Chiasson-LeBlanc", None),
        Q("the cut showed the need for a long-term rebuilding plan with money attached", "indirect",
          "Margaret-Ann MacInnis", "Margaret-Ann MacInnis"),
        Q("“Coastal communities cannot absorb another blow like this every few years,”", "direct", "MacInnis",
          "Margaret-Ann MacInnis", speaker_at="MacInnis said"),
        Q("“You can’t manage a fishery one crisis at a time.”", "direct", "MacInnis", "Margaret-Ann MacInnis",
          speaker_at="MacInnis said"),
        Q("the cut could drive up bait prices ahead of the fall season", "indirect", "harvesters", None,
          speaker_at="harvesters warned"),
    ]),
    Case("blind43-kenya-doctors", """Patients stranded as doctors’ strike enters second week

Patients seeking treatment in public hospitals across the country were turned away yesterday as the nationwide doctors’ strike entered its second week, with the union and the Ministry of Health still deadlocked over the implementation of a 2017 collective bargaining agreement (CBA).

At Kenyatta National Hospital in Nairobi, the outpatient wing was almost empty save for a handful of consultants and clinical officers, while in several counties, including Kisumu, Nakuru and Machakos, hospital gates were locked.

The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) says the strike will continue until the government posts 3,000 medical interns and pays salary arrears dating back to 2017.

KMPDU secretary-general Dr Wanjiru Kibet-Mwangi told the Nation that doctors were “tired of empty promises”.

“We have been patient for seven years. We have sat in meeting after meeting, signed document after document, and nothing changes,” she said. “Our interns are working for free. How can a country treat its young doctors like this?”

But Health Cabinet Secretary Dr Abdirahman Haji Mohamed accused the union of “holding patients hostage” and said the government had already set aside Sh4.2 billion for interns’ stipends in the current financial year.

“The door is open. I am asking the doctors to come back to the table and, more importantly, to go back to the wards,” the CS said during a press briefing at Afya House.

Governor Daniel Kiptoo arap Chebet, who chairs the Council of Governors’ health committee, said counties could not afford to pay the arrears without additional money from the National Treasury.

In Kisumu, Mr Otieno Ochieng’, 58, said he had travelled from Siaya for a dialysis session at the Jaramogi Oginga Odinga Teaching and Referral Hospital only to find the unit closed.

“They told me to go to a private hospital. Where will I get Sh10,000 three times a week?” he asked.

Residents in Machakos told the Nation that some patients had been moved to private facilities by relatives, while others had simply gone home.

The Kenya Medical Association said in a statement that prolonged industrial action was costing lives and that dialogue remained “the only way out”.

The Employment and Labour Relations Court is expected to hear a petition by the ministry seeking to stop the strike on Thursday.""", [
        Q("the strike will continue until the government posts 3,000 medical interns and pays salary arrears dating back "
          "to 2017", "indirect", "Kenya Medical Practitioners, Pharmacists and Dentists Union",
          "Kenya Medical Practitioners, Pharmacists and Dentists Union"),
        Q("“tired of empty promises”", "partial", "Wanjiru Kibet-Mwangi", "Wanjiru Kibet-Mwangi"),
        Q("“We have been patient for seven years. We have sat in meeting after meeting, signed document after document, "
          "and nothing changes,”", "direct", "she", "Wanjiru Kibet-Mwangi", speaker_at="she said"),
        Q("“Our interns are working for free. How can a country treat its young doctors like this?”", "direct", "she",
          "Wanjiru Kibet-Mwangi", speaker_at="she said"),
        Q("“holding patients hostage”", "partial", "Abdirahman Haji Mohamed", "Abdirahman Haji Mohamed"),
        Q("the government had already set aside Sh4.2 billion for interns’ stipends in the current financial year",
          "indirect", "Abdirahman Haji Mohamed", "Abdirahman Haji Mohamed"),
        Q("“The door is open. I am asking the doctors to come back to the table and, more importantly, to go back to "
          "the wards,”", "direct", "the CS", "Abdirahman Haji Mohamed"),
        Q("counties could not afford to pay the arrears without additional money from the National Treasury",
          "indirect", "Daniel Kiptoo arap Chebet", "Daniel Kiptoo arap Chebet"),
        Q("he had travelled from Siaya for a dialysis session at the Jaramogi Oginga Odinga Teaching and Referral "
          "Hospital only to find the unit closed", "indirect", "Otieno Ochieng’", "Otieno Ochieng’"),
        Q("“They told me to go to a private hospital. Where will I get Sh10,000 three times a week?”", "direct", "he",
          "Otieno Ochieng’", speaker_at="he asked"),
        Q("some patients had been moved to private facilities by relatives, while others had simply gone home",
          "indirect", "Residents in Machakos", None),
        Q("prolonged industrial action was costing lives", "indirect", "The Kenya Medical Association",
          "Kenya Medical Association"),
        Q("“the only way out”", "partial", "The Kenya Medical Association", "Kenya Medical Association"),
    ]),
    Case("blind43-vanguard-tanker", """12 feared dead as petrol tanker explodes on Lokoja-Abuja highway

By Nnamdi Eze-Adebayo, Lokoja

NO fewer than 12 persons were feared dead, yesterday, when a tanker laden with petrol rammed into a commuter bus and burst into flames at Koton-Karfe, along the Lokoja-Abuja highway in Kogi State.

Vanguard gathered that the tanker, travelling from Lagos towards Abuja, suffered brake failure while descending a slope near the Koton-Karfe junction at about 7.30 a.m.

The Kogi State Sector Commander of the Federal Road Safety Corps, FRSC, Mr. Samuel Oyelami-Danjuma, who confirmed the incident, said 12 bodies had been recovered from the wreckage, while nine injured persons were taken to the Federal Medical Centre, Lokoja.

"The tanker lost its brakes and crashed into a Toyota Hiace bus that was waiting to join the highway. The fire spread to five other vehicles and two shops by the roadside," he said.

Oyelami-Danjuma said preliminary investigations pointed to excessive speed and poor maintenance, adding that the corps would step up checks on tankers along the corridor.

An eyewitness, Mallam Sani Abubakar, who sells provisions at the junction, said: "We heard a loud bang like a bomb. Before we knew what was happening, everywhere was on fire. People were shouting and running, but some of the passengers inside the bus could not come out."

The Director of the Kogi State Fire Service, Alhaji Musa Danladi, said firefighters battled the blaze for over two hours. According to him, "The heat was so intense that our men could not get close at first. We had to call for another truck from Lokoja."

The zonal spokesman of the National Emergency Management Agency, NEMA, in the North Central, Mr. Ikechukwu Obi-Nwosu, said in a statement that the agency had deployed a search and rescue team to the scene and was working with the FRSC to clear the wreckage.

The Lokoja branch chairman of the Petroleum Tanker Drivers, PTD, Comrade Yusuf Ibrahim Garba, regretted the loss of lives but blamed the state of the road.

"We are not saying our members are perfect. But this road is a death trap and the Federal Government knows it. We have written letters upon letters," he said.

Residents of the area, who spoke with Vanguard, said at least three tankers had crashed at the same spot this year, and appealed to government to build a lay-by for trucks.

The state Commissioner for Information, Chief Ojo Ayodele-Idakwo, in a statement, described the incident as "sad and avoidable" and said the state government had directed hospitals in the area to treat the injured free of charge.""", [
        Q("12 bodies had been recovered from the wreckage, while nine injured persons were taken to the Federal Medical "
          "Centre, Lokoja", "indirect", "Samuel Oyelami-Danjuma", "Samuel Oyelami-Danjuma"),
        Q('"The tanker lost its brakes and crashed into a Toyota Hiace bus that was waiting to join the highway. The fire '
          'spread to five other vehicles and two shops by the roadside,"', "direct", "he", "Samuel Oyelami-Danjuma",
          speaker_at='roadside," he said'),
        Q("preliminary investigations pointed to excessive speed and poor maintenance", "indirect", "Oyelami-Danjuma",
          "Samuel Oyelami-Danjuma", speaker_at="Oyelami-Danjuma said"),
        Q("the corps would step up checks on tankers along the corridor", "indirect", "Oyelami-Danjuma",
          "Samuel Oyelami-Danjuma", speaker_at="Oyelami-Danjuma said"),
        Q('"We heard a loud bang like a bomb. Before we knew what was happening, everywhere was on fire. People were '
          'shouting and running, but some of the passengers inside the bus could not come out."', "direct",
          "Sani Abubakar", "Sani Abubakar"),
        Q("firefighters battled the blaze for over two hours", "indirect", "Musa Danladi", "Musa Danladi"),
        Q('"The heat was so intense that our men could not get close at first. We had to call for another truck from '
          'Lokoja."', "direct", "him", "Musa Danladi", speaker_at="According to him"),
        Q("the agency had deployed a search and rescue team to the scene and was working with the FRSC to clear the "
          "wreckage", "indirect", "Ikechukwu Obi-Nwosu", "Ikechukwu Obi-Nwosu"),
        Q('"We are not saying our members are perfect. But this road is a death trap and the Federal Government knows '
          'it. We have written letters upon letters,"', "direct", "he", "Yusuf Ibrahim Garba",
          speaker_at='letters," he said'),
        Q("at least three tankers had crashed at the same spot this year", "indirect", "Residents of the area", None),
        Q('"sad and avoidable"', "partial", "Ojo Ayodele-Idakwo", "Ojo Ayodele-Idakwo"),
        Q("the state government had directed hospitals in the area to treat the injured free of charge", "indirect",
          "Ojo Ayodele-Idakwo", "Ojo Ayodele-Idakwo"),
    ]),
    Case("blind43-herald-rabies", """Rabies alert after Motherwell boy bitten by stray dog

Nelson Mandela Bay residents have been urged to vaccinate their pets after a seven-year-old Motherwell boy was bitten by a dog that later tested positive for rabies, the metro's third confirmed animal case this year.

The boy was bitten on the leg on Tuesday last week while playing outside his home in NU29 and is receiving post-exposure treatment, the Eastern Cape health department said on Sunday.

Department spokesperson Sizwe Mqhayi-Fourie said the child was in a stable condition.

"The most important thing is that his mother brought him to the clinic on the same day. That is what saves lives," Mqhayi-Fourie said.

State veterinarian Dr Pieter de Klerk said laboratory tests had confirmed on Friday that the dog, a stray that had been roaming near a primary school, was rabid. The animal was put down by officials last week.

According to De Klerk, fewer than a third of dogs in some townships in the metro had been vaccinated, well below the 70% needed to stop the virus from spreading.

"Rabies is 100% preventable, but once symptoms appear it is almost always fatal. There is no second chance with this disease," he said.

The municipality's acting head of environmental health, Nokuthula Mbambo-Ndlovu, said vaccination teams would go door to door in Motherwell, KwaDwesi and Kwazakhele from Monday, and that the vaccines would be free.

Parents at the school said they were frightened.

"We see these dogs every day, walking in packs near the gate. We have complained to the ward councillor, but nobody does anything," said Nomvula Sityata, whose two children attend the school.

Animal welfare groups say the problem is getting worse as families struggling with the cost of living abandon their pets. "People can't afford to feed their dogs, so they just let them go," said Maxine Olivier-Jacobs of the Animal Welfare Society of Port Elizabeth. She said the organisation had taken in more than 200 stray dogs since January.

The health department's "Zero by 30" campaign aims to end human deaths from dog-transmitted rabies by 2030. Anyone bitten or scratched by an animal is advised to wash the wound with soap and running water for 15 minutes and to go to the nearest clinic immediately.""", [
        Q("The boy was bitten on the leg on Tuesday last week while playing outside his home in NU29 and is receiving "
          "post-exposure treatment", "indirect", "the Eastern Cape health department", "Eastern Cape health department"),
        Q("the child was in a stable condition", "indirect", "Sizwe Mqhayi-Fourie", "Sizwe Mqhayi-Fourie"),
        Q('"The most important thing is that his mother brought him to the clinic on the same day. That is what saves '
          'lives,"', "direct", "Mqhayi-Fourie", "Sizwe Mqhayi-Fourie", speaker_at='lives," Mqhayi-Fourie'),
        Q("laboratory tests had confirmed on Friday that the dog, a stray that had been roaming near a primary school, "
          "was rabid", "indirect", "Pieter de Klerk", "Pieter de Klerk"),
        Q("fewer than a third of dogs in some townships in the metro had been vaccinated, well below the 70% needed to "
          "stop the virus from spreading", "indirect", "De Klerk", "Pieter de Klerk"),
        Q('"Rabies is 100% preventable, but once symptoms appear it is almost always fatal. There is no second chance '
          'with this disease,"', "direct", "he", "Pieter de Klerk", speaker_at="he said"),
        Q("vaccination teams would go door to door in Motherwell, KwaDwesi and Kwazakhele from Monday, and that the "
          "vaccines would be free", "indirect", "Nokuthula Mbambo-Ndlovu", "Nokuthula Mbambo-Ndlovu"),
        Q("they were frightened", "indirect", "Parents at the school", None),
        Q('"We see these dogs every day, walking in packs near the gate. We have complained to the ward councillor, but '
          'nobody does anything,"', "direct", "Nomvula Sityata", "Nomvula Sityata"),
        Q("the problem is getting worse as families struggling with the cost of living abandon their pets", "indirect",
          "Animal welfare groups", None),
        Q('"People can\'t afford to feed their dogs, so they just let them go,"', "direct", "Maxine Olivier-Jacobs",
          "Maxine Olivier-Jacobs"),
        Q("the organisation had taken in more than 200 stray dogs since January", "indirect", "She",
          "Maxine Olivier-Jacobs", speaker_at="She said the organisation"),
    ]),
    Case("blind43-zambia-chieftaincy", """Calm urged as Kalimanshi succession wrangle deepens

MWAPE CHITALU, Serenje

GOVERNMENT has appealed for calm in Kalimanshi chiefdom in Serenje district, where two factions of the royal family are locked in a bitter wrangle over who should succeed the late Chief Kalimanshi.

The traditional leader, whose real name was Mr Bernard Mulenga Chisenga, died in March after a short illness. Since then, two candidates, Mr Kennedy Mwansa Chisenga and Mr Joseph Kabwe Mulenga, have both laid claim to the throne, with each faction accusing the other of flouting Lala customs.

Central Province Minister Milika Banda-Mwale said on Monday that Government would not impose a chief on the people but would ensure that the selection followed laid-down procedures.

"Chieftaincy is a matter for the royal establishment, and Government respects that. But we will not allow anybody to take the law into their own hands," Ms Banda-Mwale said during a meeting with the two factions at Serenje Boma.

Last week, police arrested five people after a confrontation between supporters of the two claimants at Kabamba village left three people injured and a grass-thatched house burnt.

Central Province Commissioner of Police Aaron Sichone confirmed the arrests. He said the suspects had been charged with unlawful assembly and arson and would appear in court soon.

"We have deployed officers in the chiefdom and we are monitoring the situation closely," Mr Sichone said.

A spokesperson for the Chisenga faction, Mr Chanda Musonda, told the Zambia Daily Mail that the royal family had already "sat and agreed" on Mr Kennedy Chisenga as the rightful heir in April.

But Mr Mulenga, who insists he is the legitimate successor under the matrilineal system, dismissed the claim.

"The people who sat in that meeting were not the right people. In our custom, the chief comes from the sister's line, not the son's," he said.

The House of Chiefs chairperson, Senior Chief Shimukowa, has urged both sides to resolve the dispute through dialogue. According to Senior Chief Shimukowa, prolonged wrangles "only divide the people and slow down development in the chiefdom."

The Ministry of Local Government and Rural Development, which oversees chiefs' affairs, said in a statement yesterday that it would only gazette a new chief after receiving the recommendation of the royal establishment.""", [
        Q("Government would not impose a chief on the people but would ensure that the selection followed laid-down "
          "procedures", "indirect", "Milika Banda-Mwale", "Milika Banda-Mwale"),
        Q('"Chieftaincy is a matter for the royal establishment, and Government respects that. But we will not allow '
          'anybody to take the law into their own hands,"', "direct", "Banda-Mwale", "Milika Banda-Mwale",
          speaker_at="Banda-Mwale said during"),
        Q("the suspects had been charged with unlawful assembly and arson and would appear in court soon", "indirect",
          "He", "Aaron Sichone", speaker_at="He said the suspects"),
        Q('"We have deployed officers in the chiefdom and we are monitoring the situation closely,"', "direct",
          "Sichone", "Aaron Sichone", speaker_at="Sichone said"),
        Q('"sat and agreed"', "partial", "Chanda Musonda", "Chanda Musonda"),
        Q("he is the legitimate successor under the matrilineal system", "indirect", "Mulenga", "Joseph Kabwe Mulenga",
          speaker_at="Mulenga, who insists"),
        Q('"The people who sat in that meeting were not the right people. In our custom, the chief comes from the '
          'sister\'s line, not the son\'s,"', "direct", "he", "Joseph Kabwe Mulenga", speaker_at="he said"),
        Q('"only divide the people and slow down development in the chiefdom."', "partial", "Shimukowa", "Shimukowa",
          speaker_at="According to Senior Chief Shimukowa"),
        Q("it would only gazette a new chief after receiving the recommendation of the royal establishment", "indirect",
          "The Ministry of Local Government and Rural Development", "Ministry of Local Government and Rural Development"),
    ]),
    Case("blind43-peninsula-squash", """El-Sayed storms into Qatar Classic final

DOHA: Egypt’s Karim Abdel Hady El-Sayed produced a masterclass to beat New Zealand’s Hamish Te Rangi-Walker 11-6, 11-4, 11-9 and reach the final of the QSF Qatar Classic at the Khalifa International Tennis and Squash Complex last night.

The world No. 3 needed just 41 minutes to see off the sixth seed, and will face either compatriot Youssef Nabil Shalaby or Peru’s Diego Alonso de la Cruz in tomorrow’s final.

“I felt very sharp today, my movement was good and I was hitting my targets from the first rally,” El-Sayed told The Peninsula after the match. “Hamish is a great fighter, so I knew I had to keep the pressure on for every point.”

The 26-year-old from Alexandria, who lost in the semi-finals here last year, said the support from the Egyptian community in Doha had been “unbelievable” all week.

Te Rangi-Walker admitted he had struggled with the pace of the court. “He didn’t give me anything. When he plays like that, there aren’t many people in the world who can live with him,” the New Zealander said.

His coach, Ahmed Farouk Zaki, said El-Sayed had worked hard on his fitness over the summer. “People see the shots, but the real difference this season is his body. He can now play five games at this level without dropping,” Zaki said.

Sheikh Abdulrahman bin Jassim Al Thani, Vice-President of the Qatar Squash Federation (QSF), praised the standard of play and said the tournament had attracted record crowds this year.

“Qatar has a long history with this event, and to see the stands full every evening shows how much the sport has grown here,” he said, adding that the federation hoped to bring more junior events to Doha next year.

Tournament director Nasser Ghanim Al Kuwari said more than 2,500 spectators attended Thursday’s session, the biggest crowd since the event moved to the all-glass court.

The Professional Squash Association (PSA) confirmed that the men’s champion will receive $38,000 and 2,000 world ranking points.""", [
        Q("“I felt very sharp today, my movement was good and I was hitting my targets from the first rally,”", "direct",
          "El-Sayed", "Karim Abdel Hady El-Sayed", speaker_at="El-Sayed told"),
        Q("“Hamish is a great fighter, so I knew I had to keep the pressure on for every point.”", "direct", "El-Sayed",
          "Karim Abdel Hady El-Sayed", speaker_at="El-Sayed told"),
        Q("“unbelievable”", "partial", "The 26-year-old from Alexandria", "Karim Abdel Hady El-Sayed"),
        Q("he had struggled with the pace of the court", "indirect", "Te Rangi-Walker", "Hamish Te Rangi-Walker",
          speaker_at="Te Rangi-Walker admitted"),
        Q("“He didn’t give me anything. When he plays like that, there aren’t many people in the world who can live with "
          "him,”", "direct", "the New Zealander", "Hamish Te Rangi-Walker"),
        Q("El-Sayed had worked hard on his fitness over the summer", "indirect", "Ahmed Farouk Zaki",
          "Ahmed Farouk Zaki"),
        Q("“People see the shots, but the real difference this season is his body. He can now play five games at this "
          "level without dropping,”", "direct", "Zaki", "Ahmed Farouk Zaki", speaker_at="Zaki said"),
        Q("the tournament had attracted record crowds this year", "indirect", "Abdulrahman bin Jassim Al Thani",
          "Abdulrahman bin Jassim Al Thani"),
        Q("“Qatar has a long history with this event, and to see the stands full every evening shows how much the sport "
          "has grown here,”", "direct", "he", "Abdulrahman bin Jassim Al Thani", speaker_at="he said, adding"),
        Q("the federation hoped to bring more junior events to Doha next year", "indirect", "he",
          "Abdulrahman bin Jassim Al Thani", speaker_at="he said, adding"),
        Q("more than 2,500 spectators attended Thursday’s session, the biggest crowd since the event moved to the "
          "all-glass court", "indirect", "Nasser Ghanim Al Kuwari", "Nasser Ghanim Al Kuwari"),
        Q("the men’s champion will receive $38,000 and 2,000 world ranking points", "indirect",
          "The Professional Squash Association", "Professional Squash Association"),
    ]),
    Case("blind43-edge-retailer", """Sentosa Mart 3Q net profit up 18% on stronger sales at stores

KUALA LUMPUR (Nov 27): Sentosa Mart Holdings Bhd's net profit for the third quarter ended Sept 30, 2024 (3QFY2024) rose 18% to RM48.6 million from RM41.2 million a year earlier, on stronger sales at its hypermarkets and convenience stores.

Revenue for the quarter grew 9.4% to RM1.12 billion from RM1.02 billion, the group said in a filing with Bursa Malaysia on Wednesday. It declared a second interim dividend of three sen per share, payable on Dec 30.

For the nine months (9MFY2024), net profit climbed 14.7% to RM132.5 million, while revenue rose 8.1% to RM3.26 billion.

Group managing director Datuk Seri Lim Chee Keong said the quarter had benefited from the school holidays and the Mid-Autumn Festival, as well as from the group's push into fresh produce.

"Consumers remain cautious, but we are seeing them come back to our stores for value and for fresh products," Lim said in a statement. "We expect the year-end festive season to be busy, although higher operating costs will continue to weigh on margins."

He said the group would open 25 new outlets in FY2025, mostly convenience stores in the Klang Valley and Johor, with capital expenditure of about RM150 million.

At an analyst briefing, chief financial officer Puan Nurul Aina Abdullah said the expanded Sales and Service Tax and the planned subsidy rationalisation for RON95 petrol could dampen spending in the coming months. "We are being careful with pricing. We don't want to lose customers we have worked hard to win back," Nurul Aina said.

The results were above expectations, according to Kenanga Research, which noted that the group's 9MFY2024 net profit made up 81% of its full-year forecast.

Hong Leong Investment Bank (HLIB) analyst Ong Wei Ling said in a note that the group's private-label range "is finally starting to bear fruit", with house brands now accounting for about 22% of sales. She maintained her "buy" call on the stock with a target price of RM2.95.

MIDF Research was more cautious, saying in a report that competition from online grocers and discount chains "remains a key risk" for the sector.

At the midday break, Sentosa Mart shares were up eight sen or 3.1% at RM2.66, giving the group a market capitalisation of RM3.47 billion.""", [
        Q("Revenue for the quarter grew 9.4% to RM1.12 billion from RM1.02 billion", "indirect", "the group",
          "Sentosa Mart Holdings Bhd", speaker_at="the group said in a filing"),
        Q("the quarter had benefited from the school holidays and the Mid-Autumn Festival, as well as from the group's "
          "push into fresh produce", "indirect", "Lim Chee Keong", "Lim Chee Keong"),
        Q('"Consumers remain cautious, but we are seeing them come back to our stores for value and for fresh '
          'products,"', "direct", "Lim", "Lim Chee Keong", speaker_at="Lim said"),
        Q('"We expect the year-end festive season to be busy, although higher operating costs will continue to weigh on '
          'margins."', "direct", "Lim", "Lim Chee Keong", speaker_at="Lim said"),
        Q("the group would open 25 new outlets in FY2025, mostly convenience stores in the Klang Valley and Johor, with "
          "capital expenditure of about RM150 million", "indirect", "He", "Lim Chee Keong",
          speaker_at="He said the group"),
        Q("the expanded Sales and Service Tax and the planned subsidy rationalisation for RON95 petrol could dampen "
          "spending in the coming months", "indirect", "Nurul Aina Abdullah", "Nurul Aina Abdullah"),
        Q('"We are being careful with pricing. We don\'t want to lose customers we have worked hard to win back,"',
          "direct", "Nurul Aina", "Nurul Aina Abdullah", speaker_at="Nurul Aina said"),
        Q("The results were above expectations", "indirect", "Kenanga Research", "Kenanga Research"),
        Q("the group's 9MFY2024 net profit made up 81% of its full-year forecast", "indirect", "Kenanga Research",
          "Kenanga Research"),
        Q('"is finally starting to bear fruit"', "partial", "Ong Wei Ling", "Ong Wei Ling"),
        Q('"remains a key risk"', "partial", "MIDF Research", "MIDF Research"),
    ]),
    Case("blind43-vns-factory", """Three killed, 11 injured in boiler explosion at Bình Dương garment factory

BÌNH DƯƠNG — Three workers were killed and 11 others injured when a boiler exploded at a garment factory in the southern province of Bình Dương on Monday morning, local authorities said.

The blast happened at about 9.15am in the dyeing workshop of Hanvina Textile Co., a South Korean-invested company in Tân Uyên City’s Khánh Bình Ward. It tore a hole in the roof of the workshop and sent debris flying into a neighbouring warehouse.

According to the provincial police, the three victims, two men and a woman aged between 24 and 41, were working near the boiler when it exploded. The injured were taken to Bình Dương General Hospital and Thống Nhất Hospital in HCM City, where four remain in serious condition.

Nguyễn Thị Hồng Nhung, a 29-year-old sewing worker, said she was on the floor above the dyeing section when the building shook.

“At first we thought it was an earthquake. Then we saw the smoke and everyone ran down the stairs,” Nhung told Việt Nam News. “Many of us were crying because we did not know if our friends were safe.”

Trần Thị Thu Hằng, vice chairwoman of the provincial People’s Committee, visited the injured in hospital on Monday afternoon. She said the province would give each victim’s family VNĐ20 million (US$790) in emergency support and cover the hospital fees of the injured workers.

“The company must take full responsibility and cooperate with the authorities to find out the cause of this accident,” Hằng said.

The company’s general director, Kim Jae-won, told reporters that the boiler had passed a safety inspection in January. “We are deeply sorry. We will support the families of the victims and do everything we can for the injured,” Kim said.

Lieutenant Colonel Lê Minh Tuấn, deputy head of the provincial police’s criminal investigation division, said investigators had sealed off the site and were examining whether the boiler’s pressure valve had been faulty.

According to the Ministry of Labour, Invalids and Social Affairs (MoLISA), 731 people died in workplace accidents nationwide last year, with boiler and pressure-equipment explosions among the leading causes in the manufacturing sector.

The Bình Dương Confederation of Labour said it would visit the victims’ families and provide each with an additional VNĐ5 million. — VNS""", [
        Q("Three workers were killed and 11 others injured when a boiler exploded at a garment factory in the southern "
          "province of Bình Dương on Monday morning", "indirect", "local authorities", None),
        Q("the three victims, two men and a woman aged between 24 and 41, were working near the boiler when it exploded",
          "indirect", "the provincial police", None, speaker_at="According to the provincial police"),
        Q("she was on the floor above the dyeing section when the building shook", "indirect",
          "Nguyễn Thị Hồng Nhung", "Nguyễn Thị Hồng Nhung"),
        Q("“At first we thought it was an earthquake. Then we saw the smoke and everyone ran down the stairs,”", "direct",
          "Nhung", "Nguyễn Thị Hồng Nhung", speaker_at="Nhung told"),
        Q("“Many of us were crying because we did not know if our friends were safe.”", "direct", "Nhung",
          "Nguyễn Thị Hồng Nhung", speaker_at="Nhung told"),
        Q("the province would give each victim’s family VNĐ20 million (US$790) in emergency support and cover the "
          "hospital fees of the injured workers", "indirect", "She", "Trần Thị Thu Hằng",
          speaker_at="She said the province"),
        Q("“The company must take full responsibility and cooperate with the authorities to find out the cause of this "
          "accident,”", "direct", "Hằng", "Trần Thị Thu Hằng", speaker_at="Hằng said"),
        Q("the boiler had passed a safety inspection in January", "indirect", "Kim Jae-won", "Kim Jae-won"),
        Q("“We are deeply sorry. We will support the families of the victims and do everything we can for the "
          "injured,”", "direct", "Kim", "Kim Jae-won", speaker_at="Kim said"),
        Q("investigators had sealed off the site and were examining whether the boiler’s pressure valve had been faulty",
          "indirect", "Lê Minh Tuấn", "Lê Minh Tuấn"),
        Q("731 people died in workplace accidents nationwide last year, with boiler and pressure-equipment explosions "
          "among the leading causes in the manufacturing sector", "indirect",
          "the Ministry of Labour, Invalids and Social Affairs", "Ministry of Labour, Invalids and Social Affairs"),
        Q("it would visit the victims’ families and provide each with an additional VNĐ5 million", "indirect",
          "The Bình Dương Confederation of Labour", "Bình Dương Confederation of Labour"),
    ]),
    Case("blind43-toi-pylon", """Farmers stop survey for power line towers in Bathinda villages

BATHINDA: Tension prevailed in Jeeda and Gobindpura villages on Tuesday after hundreds of farmers stopped a team of Power Grid Corporation of India Ltd (PGCIL) officials from surveying their fields for a new 765kV transmission line, alleging that they were being offered "peanuts" as compensation.

The farmers, led by the Bharatiya Kisan Union (BKU), staged a dharna in the fields and raised slogans against the company and the state government for nearly four hours.

The line, part of a project to evacuate renewable power from Rajasthan, will pass through 34 villages in Bathinda and Mansa districts, with around 120 towers planned on agricultural land.

BKU district president Harjinder Singh Dhillon said farmers were not against development. "But you cannot put a tower in the middle of a man's field, pay him once and then forget about him. The land under the tower and the corridor below the wires become useless for ever," he said.

Dhillon said the union wanted annual rent for the land under each tower, on the lines of the model adopted by some states, instead of a one-time payment.

Sukhpal Kaur, 52, whose three-acre plot falls in the path of the line, said she had not been informed about the survey in advance. "Officials came with measuring tapes and police. Nobody asked us anything," she said.

A PGCIL official, who did not wish to be named, said compensation was being paid as per guidelines issued by the Union ministry of power, which provide for 200% of the land value for the tower base and 30% for the corridor.

Sub-divisional magistrate (SDM) Gurpreet Kaur Sandhu, who reached the spot along with police, told TOI that the survey had been put off for now and a meeting between farmers and company officials would be held at the district administrative complex on Friday.

"We want this to be resolved through dialogue. Nobody will be forced," the SDM said.

Prof Amarjit Kaur Grewal, an agricultural economist at Punjabi University, Patiala, said the dispute reflected a wider problem. "Farmers in Punjab own small plots. For them, losing even half an acre is a big loss, and the compensation formula does not account for that," she said.

TNN""", [
        Q('"peanuts"', "partial", "hundreds of farmers", None),
        Q("farmers were not against development", "indirect", "Harjinder Singh Dhillon", "Harjinder Singh Dhillon"),
        Q('"But you cannot put a tower in the middle of a man\'s field, pay him once and then forget about him. The land '
          'under the tower and the corridor below the wires become useless for ever,"', "direct", "he",
          "Harjinder Singh Dhillon", speaker_at="he said"),
        Q("the union wanted annual rent for the land under each tower, on the lines of the model adopted by some states, "
          "instead of a one-time payment", "indirect", "Dhillon", "Harjinder Singh Dhillon",
          speaker_at="Dhillon said the union"),
        Q("she had not been informed about the survey in advance", "indirect", "Sukhpal Kaur", "Sukhpal Kaur"),
        Q('"Officials came with measuring tapes and police. Nobody asked us anything,"', "direct", "she",
          "Sukhpal Kaur", speaker_at='anything," she said'),
        Q("compensation was being paid as per guidelines issued by the Union ministry of power, which provide for 200% "
          "of the land value for the tower base and 30% for the corridor", "indirect", "A PGCIL official", None),
        Q("the survey had been put off for now and a meeting between farmers and company officials would be held "
          "at the district administrative complex on Friday", "indirect", "Gurpreet Kaur Sandhu",
          "Gurpreet Kaur Sandhu"),
        Q('"We want this to be resolved through dialogue. Nobody will be forced,"', "direct", "the SDM",
          "Gurpreet Kaur Sandhu"),
        Q("the dispute reflected a wider problem", "indirect", "Amarjit Kaur Grewal", "Amarjit Kaur Grewal"),
        Q('"Farmers in Punjab own small plots. For them, losing even half an acre is a big loss, and the compensation '
          'formula does not account for that,"', "direct", "she", "Amarjit Kaur Grewal",
          speaker_at='that," she said'),
    ]),
    Case("blind43-island-obituary", """Veteran broadcaster Karunasena Wickremaratne passes away

Deshabandu Karunasena Wickremaratne, whose velvet voice introduced generations of Sri Lankans to the news, cricket commentary and the Sunday morning ‘Sinhala Geetha’ programme on Radio Ceylon, passed away in Colombo on Tuesday. He was 86.

Born in Matara in 1938, Wickremaratne joined Radio Ceylon as a junior announcer in 1959 and rose to become Deputy Director General (Programmes) of the Sri Lanka Broadcasting Corporation (SLBC) before retiring in 1996. He was conferred the Deshabandu title in 2005 for his services to broadcasting.

His family said he died peacefully at his home in Nugegoda, surrounded by his children and grandchildren. The funeral will take place at the Borella General Cemetery on Friday at 4 pm.

Former SLBC Director General Shirani de Alwis-Fernando, who worked alongside him for more than two decades, described him as ‘a gentleman of the old school’.

‘He never raised his voice, in the studio or outside it. Young announcers would stand in the corridor just to hear him read the seven o’clock news,’ she said.

S. Thiyagarajah, who presented the Tamil service for many years, recalled that Wickremaratne insisted on pronouncing every Tamil and Muslim name correctly on air. ‘He would come to our section before a bulletin and ask, “How do you say this name?” In those days, not everyone bothered,’ Thiyagarajah told The Island.

In a 2016 interview with this newspaper, Wickremaratne said radio had taught him humility. ‘The microphone does not care who you are. If you are not prepared, the listener knows at once,’ he said then.

Prof. Asoka Gunatilleke-Bandara, head of the Department of Mass Communication at the University of Kelaniya, said Wickremaratne had set standards in Sinhala diction that ‘remain the benchmark’ for broadcasters today.

The Minister of Mass Media, in a condolence message, said the country had lost ‘one of its most trusted voices’.

The SLBC said it would broadcast a special tribute programme on Thursday evening.

He is survived by his wife Mallika, two sons and a daughter.""", [
        Q("he died peacefully at his home in Nugegoda, surrounded by his children and grandchildren", "indirect",
          "His family", None),
        Q("‘a gentleman of the old school’", "partial", "Shirani de Alwis-Fernando", "Shirani de Alwis-Fernando"),
        Q("‘He never raised his voice, in the studio or outside it. Young announcers would stand in the corridor just to "
          "hear him read the seven o’clock news,’", "direct", "she", "Shirani de Alwis-Fernando", speaker_at="she said"),
        Q("Wickremaratne insisted on pronouncing every Tamil and Muslim name correctly on air", "indirect",
          "S. Thiyagarajah", "S. Thiyagarajah"),
        Q("‘He would come to our section before a bulletin and ask, “How do you say this name?” In those days, not "
          "everyone bothered,’", "direct", "Thiyagarajah", "S. Thiyagarajah", speaker_at="Thiyagarajah told"),
        Q("radio had taught him humility", "indirect", "Wickremaratne", "Karunasena Wickremaratne",
          speaker_at="Wickremaratne said radio"),
        Q("‘The microphone does not care who you are. If you are not prepared, the listener knows at once,’", "direct",
          "he", "Karunasena Wickremaratne", speaker_at="he said then"),
        Q("‘remain the benchmark’", "partial", "Asoka Gunatilleke-Bandara", "Asoka Gunatilleke-Bandara"),
        Q("‘one of its most trusted voices’", "partial", "The Minister of Mass Media", None),
        Q("it would broadcast a special tribute programme on Thursday evening", "indirect", "The SLBC",
          "Sri Lanka Broadcasting Corporation"),
    ]),
]
