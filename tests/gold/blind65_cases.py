"""Blind gold: sixteen short news articles from many places and house styles.

Written once, blind to the pretagger, as realistic published copy (wire stories
with datelines, regional papers, British single quotes, straight and curly
double quotes), and annotated with every direct, partial and indirect quote,
its speaker mention and the speaker's canonical name. See gold_format.py.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind65-jetfoil", """Jetfoil strikes object off Kagoshima, 43 passengers injured

KAGOSHIMA, Japan (Kyodo) -- A high-speed jetfoil ferry carrying 112 people struck an unidentified object off Kagoshima Prefecture on Saturday, injuring 43 passengers, four of them seriously, the Japan Coast Guard said.

The Rocket 3, operated by Nansei Kosoku Kisen Co., was sailing from Kagoshima port to Yakushima Island when it came to a sudden stop at around 10:20 a.m. roughly 8 kilometers off the Satsuma Peninsula, according to the 10th Regional Coast Guard Headquarters.

"I heard a loud bang and people were thrown forward out of their seats. Some were bleeding from the head," a 56-year-old man from Fukuoka who was traveling with his wife told Kyodo News by phone from a hospital in Kagoshima city.

Among the injured were three tourists from Taiwan, according to the Kagoshima prefectural government. One of them, Chen Yi-ling, 29, said she had been asleep when the vessel hit. "When I woke up, my friend's face was covered in blood and the crew were shouting," she said.

The operator said passengers had been asked to keep their seat belts fastened throughout the voyage, but several had unfastened them to use the restroom.

At a press conference in the afternoon, company president Kenji Murayama bowed deeply. "We have caused enormous trouble and anxiety to our passengers and their families. We will cooperate fully with the investigation," he said.

Murayama said the captain, a 61-year-old with more than 20 years of experience on the route, had been slightly injured. The captain has told investigators that he "never saw anything in the water."

The coast guard is investigating the case on suspicion of professional negligence resulting in injury. An official at its Kagoshima office said investigators would question the crew on Sunday and examine the hull once the vessel had been towed to port.

Jetfoils, which ride above the surface on underwater foils at about 80 kph, have in the past collided with whales and other large marine animals. The transport ministry said there had been 11 such collisions in Japanese waters since 2015.

In Tokyo, transport minister Hiroshi Nakano told reporters the ministry had instructed all jetfoil operators to review their safety procedures. "The safety of passengers is the foundation of public transport. We take this accident extremely seriously," Nakano said.

Services on the route were suspended for the rest of the day.""", [
        Q("A high-speed jetfoil ferry carrying 112 people struck an unidentified object off Kagoshima Prefecture on "
          "Saturday, injuring 43 passengers, four of them seriously", "indirect", "the Japan Coast Guard",
          "Japan Coast Guard"),
        Q("The Rocket 3, operated by Nansei Kosoku Kisen Co., was sailing from Kagoshima port to Yakushima Island when "
          "it came to a sudden stop at around 10:20 a.m. roughly 8 kilometers off the Satsuma Peninsula", "indirect",
          "the 10th Regional Coast Guard Headquarters", "10th Regional Coast Guard Headquarters"),
        Q('"I heard a loud bang and people were thrown forward out of their seats. Some were bleeding from the head,"',
          "direct", "a 56-year-old man from Fukuoka", None),
        Q("Among the injured were three tourists from Taiwan", "indirect", "the Kagoshima prefectural government",
          "Kagoshima prefectural government"),
        Q("she had been asleep when the vessel hit", "indirect", "Chen Yi-ling", "Chen Yi-ling"),
        Q('"When I woke up, my friend\'s face was covered in blood and the crew were shouting,"', "direct", "she",
          "Chen Yi-ling", speaker_at="she said"),
        Q("passengers had been asked to keep their seat belts fastened throughout the voyage, but several had "
          "unfastened them to use the restroom", "indirect", "The operator", "Nansei Kosoku Kisen Co."),
        Q('"We have caused enormous trouble and anxiety to our passengers and their families. We will cooperate fully '
          'with the investigation,"', "direct", "he", "Kenji Murayama", speaker_at="he said"),
        Q("the captain, a 61-year-old with more than 20 years of experience on the route, had been slightly injured",
          "indirect", "Murayama", "Kenji Murayama", speaker_at="Murayama said"),
        Q('"never saw anything in the water."', "partial", "The captain", None, speaker_at="The captain has told"),
        Q("investigators would question the crew on Sunday and examine the hull once the vessel had been towed to port",
          "indirect", "An official at its Kagoshima office", None),
        Q("there had been 11 such collisions in Japanese waters since 2015", "indirect", "The transport ministry", None),
        Q("the ministry had instructed all jetfoil operators to review their safety procedures", "indirect",
          "Hiroshi Nakano", "Hiroshi Nakano"),
        Q('"The safety of passengers is the foundation of public transport. We take this accident extremely '
          'seriously,"', "direct", "Nakano", "Hiroshi Nakano", speaker_at="Nakano said"),
    ], source="blind"),
    Case("blind65-windfarm", """Leithagebirge wind farm plan divides Burgenland villages

Eisenstadt (APA) - Opponents of a planned wind farm on the Leithagebirge ridge in northern Burgenland on Tuesday handed 3,200 signatures to the provincial government in Eisenstadt, escalating a dispute that has divided several villages in the district of Eisenstadt-Umgebung.

The operator, Pannonia Windkraft GmbH, wants to erect 14 turbines with a tip height of 246 metres in a forested area between Stotzing and Loretto. Construction could begin in 2026 if the project is approved, the company said.

"We are not against wind power. We are against putting it in the last large forest we have left," said Magdalena Haider-Pichler, spokeswoman for the citizens' initiative "Lebenswerter Leithaberg". The initiative says the access roads alone would require clearing around 11 hectares of woodland, part of which lies within a Natura 2000 protected area.

Pannonia Windkraft managing director Florian van Staa rejected the criticism. "Every single location has been examined by independent experts. Not one tree in the protected area will be cut," van Staa told APA. According to van Staa, the wind farm would supply electricity for around 40,000 households.

In Stotzing, where most of the turbines would stand, the municipality stands to receive lease payments of around 180,000 euros a year. "That is money for our kindergarten, our roads and our fire brigade," mayor Josef Leeb (ÖVP) said. He said the majority of people in the village supported the project, even if the opponents were "louder".

BirdLife Austria said in a statement at least two pairs of imperial eagles had bred on the ridge in recent years, and warned of "a serious collision risk" for the protected raptors.

Provincial energy councillor Sabine Kögl-Stranzl (SPÖ) said the environmental impact assessment would be completed by the autumn. "Until then, no decision has been made, and I would ask everyone to lower their voices a little," she said.

The Greens' regional leader Lukas Hammerl-Rosenauer accused the provincial government of having pushed the project "through the back door" and called for an honest debate "instead of a signature war".

Burgenland already generates more electricity from wind than it consumes over the course of a year, according to the industry association IG Windkraft.

The provincial government said it would respond to the petition within four weeks.""", [
        Q("Construction could begin in 2026 if the project is approved", "indirect", "the company",
          "Pannonia Windkraft GmbH", speaker_at="the company said"),
        Q('"We are not against wind power. We are against putting it in the last large forest we have left,"',
          "direct", "Magdalena Haider-Pichler", "Magdalena Haider-Pichler"),
        Q("the access roads alone would require clearing around 11 hectares of woodland, part of which lies within a "
          "Natura 2000 protected area", "indirect", "The initiative", "Lebenswerter Leithaberg",
          speaker_at="The initiative says"),
        Q('"Every single location has been examined by independent experts. Not one tree in the protected area will '
          'be cut,"', "direct", "van Staa", "Florian van Staa", speaker_at="van Staa told APA"),
        Q("the wind farm would supply electricity for around 40,000 households", "indirect", "van Staa",
          "Florian van Staa", speaker_at="According to van Staa"),
        Q('"That is money for our kindergarten, our roads and our fire brigade,"', "direct", "Josef Leeb",
          "Josef Leeb"),
        Q("the majority of people in the village supported the project", "indirect", "He", "Josef Leeb",
          speaker_at="He said the majority"),
        Q('"louder"', "partial", "He", "Josef Leeb", speaker_at="He said the majority"),
        Q("at least two pairs of imperial eagles had bred on the ridge in recent years", "indirect",
          "BirdLife Austria", "BirdLife Austria"),
        Q('"a serious collision risk"', "partial", "BirdLife Austria", "BirdLife Austria"),
        Q("the environmental impact assessment would be completed by the autumn", "indirect", "Sabine Kögl-Stranzl",
          "Sabine Kögl-Stranzl"),
        Q('"Until then, no decision has been made, and I would ask everyone to lower their voices a little,"',
          "direct", "she", "Sabine Kögl-Stranzl", speaker_at="she said"),
        Q('"through the back door"', "partial", "Lukas Hammerl-Rosenauer", "Lukas Hammerl-Rosenauer"),
        Q('"instead of a signature war"', "partial", "Lukas Hammerl-Rosenauer", "Lukas Hammerl-Rosenauer"),
        Q("Burgenland already generates more electricity from wind than it consumes over the course of a year",
          "indirect", "the industry association IG Windkraft", "IG Windkraft"),
        Q("it would respond to the petition within four weeks", "indirect", "The provincial government", None,
          speaker_at="The provincial government said"),
    ], source="blind"),
    Case("blind65-docks", """Hull dock workers walk out in pay row as ships wait in the Humber

Hundreds of dock workers at the Port of Hull have walked out at the start of a 72-hour strike over pay, with their union warning of more action in the run-up to Christmas.

Members of Unite employed by Humber Port Services (HPS) formed picket lines at the gates on Hedon Road from 6am on Monday, and by lunchtime at least five cargo ships were waiting at anchor in the estuary.

Unite regional officer Gary Featherstone-Lowe said: “Our members kept this port moving through the pandemic and through the energy crisis, when plenty of others were working from their kitchen tables.

“Now they are being told there is no money, while the company’s shareholders have just been handed a bumper dividend.”

He said workers had been offered a 4 per cent rise, which amounted to a real-terms cut once changes to shift allowances were taken into account.

HPS said it was “disappointed” that Unite had rejected what it described as a “fair and affordable” offer, and that contingency plans were in place to keep essential cargo moving.

“We remain open to talks at any time,” a spokesperson for the company added.

By mid-morning a queue of lorries stretched back towards the Marfleet roundabout. “I’ve been sat here since five this morning with a load of timber and nobody can tell me anything,” said driver Marek Wiśniewski, 47, from Grimsby.

Local councillor Julia Conway-Reyes, whose ward includes the docks, told Hull Live she backed the workers but feared the dispute could hit smaller firms that rely on the port.

“A lot of families in east Hull depend on that port one way or another,” she said. “Everyone wants this sorted quickly.”

According to HPS, the port handles around 10 million tonnes of cargo a year, including timber, steel and containers from Scandinavia and the Baltic.

Mr Featherstone-Lowe said a further 48-hour walkout had been pencilled in for December 12 if no improved offer was made. “The ball is in their court,” he said.""", [
        Q("“Our members kept this port moving through the pandemic and through the energy crisis, when plenty of "
          "others were working from their kitchen tables.", "direct", "Gary Featherstone-Lowe",
          "Gary Featherstone-Lowe"),
        Q("“Now they are being told there is no money, while the company’s shareholders have just been handed a "
          "bumper dividend.”", "direct", "Gary Featherstone-Lowe", "Gary Featherstone-Lowe"),
        Q("workers had been offered a 4 per cent rise, which amounted to a real-terms cut once changes to shift "
          "allowances were taken into account", "indirect", "He", "Gary Featherstone-Lowe",
          speaker_at="He said workers"),
        Q("“disappointed”", "partial", "HPS", "Humber Port Services", speaker_at="HPS said it was"),
        Q("“fair and affordable”", "partial", "it", "Humber Port Services", speaker_at="what it described"),
        Q("contingency plans were in place to keep essential cargo moving", "indirect", "HPS", "Humber Port Services",
          speaker_at="HPS said it was"),
        Q("“We remain open to talks at any time,”", "direct", "a spokesperson for the company", None),
        Q("“I’ve been sat here since five this morning with a load of timber and nobody can tell me anything,”",
          "direct", "Marek Wiśniewski", "Marek Wiśniewski"),
        Q("she backed the workers but feared the dispute could hit smaller firms that rely on the port", "indirect",
          "Julia Conway-Reyes", "Julia Conway-Reyes"),
        Q("“A lot of families in east Hull depend on that port one way or another,”", "direct", "she",
          "Julia Conway-Reyes", speaker_at="she said"),
        Q("“Everyone wants this sorted quickly.”", "direct", "she", "Julia Conway-Reyes", speaker_at="she said"),
        Q("the port handles around 10 million tonnes of cargo a year, including timber, steel and containers from "
          "Scandinavia and the Baltic", "indirect", "HPS", "Humber Port Services", speaker_at="According to HPS"),
        Q("a further 48-hour walkout had been pencilled in for December 12 if no improved offer was made", "indirect",
          "Featherstone-Lowe", "Gary Featherstone-Lowe", speaker_at="Mr Featherstone-Lowe said"),
        Q("“The ball is in their court,”", "direct", "he", "Gary Featherstone-Lowe", speaker_at="he said."),
    ], source="blind"),
    Case("blind65-skipper", """Whalsay skipper Magnus Irvine dies aged 81

Tributes have been paid to Whalsay fisherman Magnus Irvine, who skippered pelagic boats out of Symbister for more than four decades, following his death at home last Wednesday. He was 81.

Born at Brough in 1943, Mr Irvine went to sea at 15 on his father’s boat, the ‘Sunbeam’, and bought his first share in a purse-seiner at 26. He went on to skipper the ‘Serene Dawn’ and later the ‘Adalla’, one of the first Shetland boats fitted with a refrigerated seawater system.

His son Lowrie Irvine, who now skippers the family boat, said his father had ‘never really retired’.

‘He was down at the harbour every morning checking the weather, even last winter,’ he said. ‘He used to tell us “the sea doesn’t care who you are, so you’d better care about it”, and he meant every word.’

Shetland Fishermen’s Association (SFA) chief executive Ewan Tulloch described Mr Irvine as ‘one of the great characters of the fleet’ and said he had been among the first in Shetland to speak up for sustainable mackerel quotas in the 1980s.

‘Magnus had the respect of everybody on the pier,’ Mr Tulloch said, ‘from the youngest deckhand to the folk in Brussels. When he spoke at a meeting, people listened.’

Norwegian skipper Arne Kristoffersen, from Måløy, who fished alongside Mr Irvine for many years, said the news had travelled quickly across the North Sea. ‘We lost a friend, and Shetland lost a piece of its history,’ he told The Shetland Times by telephone.

Away from the sea, Mr Irvine was a lay preacher at the Whalsay kirk and a founding member of the island’s heritage centre, where a photograph of the ‘Serene Dawn’ landing a record shot of herring in 1979 still hangs.

Rev Catriona MacLeod-Sinclair, who will conduct the funeral, said he had ‘a gift for a story and a bigger gift for listening’.

He is survived by his wife Ina, three children and seven grandchildren.

The family said the funeral would take place at Brough kirk on Saturday at 1pm, with donations in lieu of flowers going to the RNLI’s Lerwick lifeboat.""", [
        Q("‘never really retired’", "partial", "Lowrie Irvine", "Lowrie Irvine"),
        Q("‘He was down at the harbour every morning checking the weather, even last winter,’", "direct", "he",
          "Lowrie Irvine", speaker_at="he said"),
        Q("‘He used to tell us “the sea doesn’t care who you are, so you’d better care about it”, and he meant every "
          "word.’", "direct", "he", "Lowrie Irvine", speaker_at="he said"),
        Q("‘one of the great characters of the fleet’", "partial", "Ewan Tulloch", "Ewan Tulloch"),
        Q("he had been among the first in Shetland to speak up for sustainable mackerel quotas in the 1980s",
          "indirect", "Ewan Tulloch", "Ewan Tulloch"),
        Q("‘Magnus had the respect of everybody on the pier,’", "direct", "Tulloch", "Ewan Tulloch",
          speaker_at="Mr Tulloch said"),
        Q("‘from the youngest deckhand to the folk in Brussels. When he spoke at a meeting, people listened.’",
          "direct", "Tulloch", "Ewan Tulloch", speaker_at="Mr Tulloch said"),
        Q("the news had travelled quickly across the North Sea", "indirect", "Arne Kristoffersen",
          "Arne Kristoffersen"),
        Q("‘We lost a friend, and Shetland lost a piece of its history,’", "direct", "he", "Arne Kristoffersen",
          speaker_at="he told"),
        Q("‘a gift for a story and a bigger gift for listening’", "partial", "Catriona MacLeod-Sinclair",
          "Catriona MacLeod-Sinclair"),
        Q("the funeral would take place at Brough kirk on Saturday at 1pm, with donations in lieu of flowers going to "
          "the RNLI’s Lerwick lifeboat", "indirect", "The family", None),
    ], source="blind"),
    Case("blind65-count", """O'Donovan-Kiely tops poll in Newcastle West as count drags on

FIANNA Fáil's Tadhg O'Donovan-Kiely topped the poll in the Newcastle West Municipal District on Saturday evening, but it could be Sunday afternoon before the final seats in the six-seat area are filled.

Cllr O'Donovan-Kiely was elected on the first count with 2,914 votes, 311 over the quota, to loud cheers from supporters at the count centre in Limerick Racecourse, Patrickswell.

'It's been a long few weeks on the doorsteps and I'm humbled, genuinely humbled,' he told the Limerick Leader. 'People in west Limerick want the basics done right: roads, broadband and a proper bus service.'

Turnout in the district was 58.2 per cent, according to returning officer Mary Fitzgerald, slightly up on 2019.

Sinn Féin's Aisling de Barra, who polled strongly in Abbeyfeale, said she was 'disappointed but not defeated' after finishing fifth on first preferences. She said the party had run 'a clean, positive campaign' and she expected transfers from the Social Democrats to bring her back into contention.

Much of the talk in the count centre was of the 'Dromcollogher factor', a late surge of support in the north of the district for first-time Independent candidate Peadar Hourigan, who was sitting in fourth place after the second count.

Fine Gael's director of elections for the county, who asked not to be named, said the party was 'quietly confident' of holding its two seats in the area.

Outgoing Independent councillor Emmet Ó Cuileanáin, a veteran of four campaigns, said transfers would decide everything. 'Anyone who tells you they know how this ends is codding you,' he said with a grin.

Social Democrats candidate Niamh Ní Bhriain-Walsh was eliminated on the third count. She thanked her volunteers, saying the campaign had been 'the best fun I've ever had with my clothes on'.

Counting across the county's other five districts was largely complete by late evening, with the Limerick City West count expected to finish first.

The count in Newcastle West resumes at 9am on Sunday.""", [
        Q("'It's been a long few weeks on the doorsteps and I'm humbled, genuinely humbled,'", "direct", "he",
          "Tadhg O'Donovan-Kiely", speaker_at="he told the Limerick Leader"),
        Q("'People in west Limerick want the basics done right: roads, broadband and a proper bus service.'", "direct",
          "he", "Tadhg O'Donovan-Kiely", speaker_at="he told the Limerick Leader"),
        Q("Turnout in the district was 58.2 per cent", "indirect", "Mary Fitzgerald", "Mary Fitzgerald"),
        Q("'disappointed but not defeated'", "partial", "Aisling de Barra", "Aisling de Barra"),
        Q("'a clean, positive campaign'", "partial", "She", "Aisling de Barra", speaker_at="She said the party"),
        Q("she expected transfers from the Social Democrats to bring her back into contention", "indirect", "She",
          "Aisling de Barra", speaker_at="She said the party"),
        Q("'quietly confident'", "partial", "Fine Gael's director of elections for the county", None),
        Q("transfers would decide everything", "indirect", "Emmet Ó Cuileanáin", "Emmet Ó Cuileanáin"),
        Q("'Anyone who tells you they know how this ends is codding you,'", "direct", "he", "Emmet Ó Cuileanáin",
          speaker_at="he said with a grin"),
        Q("'the best fun I've ever had with my clothes on'", "partial", "She", "Niamh Ní Bhriain-Walsh",
          speaker_at="She thanked"),
    ], source="blind"),
    Case("blind65-bushfire", """Tarcutta fire contained after burning through 2800 hectares

A grass fire that burned through more than 2800 hectares of farmland south of Tarcutta has been contained, but the Rural Fire Service says residents should not be complacent with hot, windy conditions forecast for the weekend.

The fire started near the Hume Highway on Tuesday afternoon and was pushed east by gusts of up to 70km/h before crews, aided by four water-bombing aircraft, brought it under control late on Wednesday.

RFS Riverina Zone district manager Superintendent Kate Di Stefano said no homes had been lost but the damage to farms would take weeks to assess.

“Our crews did an outstanding job in really difficult conditions. At one stage the fire was moving faster than a person can run,” Superintendent Di Stefano said.

“We’ve had a good season for grass growth after the wet winter, and all of that is now curing off. People need to have their plans ready.”

Tarcutta sheep farmer Bill O’Keeffe-Mason lost about 400 hectares of pasture and an estimated 120 ewes.

“You could see it coming over the ridge like a wall. We opened the gates and got what we could into the house paddock, but we couldn’t save them all,” he said.

Mr O’Keeffe-Mason said neighbours had turned up with water carts within half an hour. “That’s what this community does. Nobody waited to be asked.”

Wiradjuri elder Aunty Marlene Ingram, who has lived in Tarcutta for most of her life, said the fire had come within a kilometre of a site of cultural significance along Tarcutta Creek.

She said she was grateful to crews who had “listened when we told them where to go carefully”.

Temperatures of 38 degrees are forecast for Wagga on Saturday, with gusty north-westerly winds ahead of a late change.

Bureau of Meteorology forecaster Sarah Nguyen said a total fire ban was likely for the Eastern Riverina. “Saturday is the day to be really careful with anything that could start a fire, including slashers and angle grinders,” she said.

Wagga Wagga City Council said the Tarcutta community hall would remain open as a recovery centre until Friday, and that Red Cross volunteers would be on hand.

Residents are urged to keep checking the “Fires Near Me” app and to call triple-zero in an emergency.""", [
        Q("residents should not be complacent with hot, windy conditions forecast for the weekend", "indirect",
          "the Rural Fire Service", "Rural Fire Service"),
        Q("no homes had been lost but the damage to farms would take weeks to assess", "indirect", "Kate Di Stefano",
          "Kate Di Stefano"),
        Q("“Our crews did an outstanding job in really difficult conditions. At one stage the fire was moving faster "
          "than a person can run,”", "direct", "Di Stefano", "Kate Di Stefano",
          speaker_at="Superintendent Di Stefano said"),
        Q("“We’ve had a good season for grass growth after the wet winter, and all of that is now curing off. People "
          "need to have their plans ready.”", "direct", "Di Stefano", "Kate Di Stefano",
          speaker_at="Superintendent Di Stefano said"),
        Q("“You could see it coming over the ridge like a wall. We opened the gates and got what we could into the "
          "house paddock, but we couldn’t save them all,”", "direct", "he", "Bill O’Keeffe-Mason",
          speaker_at="he said"),
        Q("neighbours had turned up with water carts within half an hour", "indirect", "O’Keeffe-Mason",
          "Bill O’Keeffe-Mason", speaker_at="Mr O’Keeffe-Mason said"),
        Q("“That’s what this community does. Nobody waited to be asked.”", "direct", "O’Keeffe-Mason",
          "Bill O’Keeffe-Mason", speaker_at="Mr O’Keeffe-Mason said"),
        Q("the fire had come within a kilometre of a site of cultural significance along Tarcutta Creek", "indirect",
          "Marlene Ingram", "Marlene Ingram"),
        Q("“listened when we told them where to go carefully”", "partial", "She", "Marlene Ingram",
          speaker_at="She said she was"),
        Q("a total fire ban was likely for the Eastern Riverina", "indirect", "Sarah Nguyen", "Sarah Nguyen"),
        Q("“Saturday is the day to be really careful with anything that could start a fire, including slashers and "
          "angle grinders,”", "direct", "she", "Sarah Nguyen", speaker_at="she said"),
        Q("the Tarcutta community hall would remain open as a recovery centre until Friday, and that Red Cross "
          "volunteers would be on hand", "indirect", "Wagga Wagga City Council", "Wagga Wagga City Council"),
    ], source="blind"),
    Case("blind65-maadi", """Otago crews claim three golds at Maadi Cup

Otago Girls’ High School’s under-18 eight headlined a strong week for the region’s school rowers at the Maadi Cup regatta on Lake Karapiro, where Otago and Southland crews collected three gold medals and 11 medals in total.

The Otago Girls’ eight led from start to finish in Saturday’s final, holding off a late charge from Rangi Ruru Girls’ School to win by 1.2sec.

Stroke Losana Faleolo (17) said the crew had spent the week talking about “rowing our own race”.

“We knew Rangi Ruru would come at us in the last 500, and they did. Everyone just kept their heads in the boat,” she said.

Coach Ngaire van der Sluis, who has coached at the school for 14 years, said it was the school’s first under-18 eights title since 2009.

“These girls have been on the water at six in the morning since June, in the dark and the frost on Otago Harbour. They earned every stroke of that.”

Van der Sluis said much of the credit belonged to the parents who had driven boats and trailers the length of the country.

John McGlashan College’s Tama Te Whare-Paki won the boys’ under-17 single sculls in a time of 7min 41sec, almost three seconds clear of the field.

“Honestly, I didn’t look at the clock. I just wanted to beat the guy from Hamilton,” the 16-year-old said.

Southland Boys’ High School’s coxless four took the third gold, in the under-16 grade. Their coach, Hamish McAlister-Reid, said the result was “reward for a lot of early mornings on the Ōreti River”.

Rowing New Zealand said a record 2200 rowers from 118 schools had competed at this year’s regatta, which was moved forward a day because of a forecast storm.

Otago Rowing Association president Dr Jane Hollis-Tane described the results as “the best for the region in a decade” and said several of the rowers were likely to be considered for national age-group trials.

The Otago crews return to Dunedin today.""", [
        Q("“rowing our own race”", "partial", "Losana Faleolo", "Losana Faleolo"),
        Q("“We knew Rangi Ruru would come at us in the last 500, and they did. Everyone just kept their heads in the "
          "boat,”", "direct", "she", "Losana Faleolo", speaker_at="she said"),
        Q("it was the school’s first under-18 eights title since 2009", "indirect", "Ngaire van der Sluis",
          "Ngaire van der Sluis"),
        Q("“These girls have been on the water at six in the morning since June, in the dark and the frost on Otago "
          "Harbour. They earned every stroke of that.”", "direct", "Ngaire van der Sluis", "Ngaire van der Sluis"),
        Q("much of the credit belonged to the parents who had driven boats and trailers the length of the country",
          "indirect", "Van der Sluis", "Ngaire van der Sluis"),
        Q("“Honestly, I didn’t look at the clock. I just wanted to beat the guy from Hamilton,”", "direct",
          "the 16-year-old", "Tama Te Whare-Paki"),
        Q("“reward for a lot of early mornings on the Ōreti River”", "partial", "Hamish McAlister-Reid",
          "Hamish McAlister-Reid"),
        Q("a record 2200 rowers from 118 schools had competed at this year’s regatta, which was moved forward a day "
          "because of a forecast storm", "indirect", "Rowing New Zealand", "Rowing New Zealand"),
        Q("“the best for the region in a decade”", "partial", "Jane Hollis-Tane", "Jane Hollis-Tane"),
        Q("several of the rowers were likely to be considered for national age-group trials", "indirect",
          "Jane Hollis-Tane", "Jane Hollis-Tane", speaker_at="Dr Jane Hollis-Tane"),
    ], source="blind"),
    Case("blind65-hurricanes", """Hurricanes edge Tigers in overtime to even series

Brayden Many Fingers scored 2:14 into overtime Friday night as the Lethbridge Hurricanes beat the Medicine Hat Tigers 4-3 at the ENMAX Centre to even their Western Hockey League first-round series at two games apiece.

The 19-year-old winger from the Kainai Nation took a pass from Matěj Novotný at the left circle and beat Tigers goaltender Ryder Thiessen-Blais high on the glove side, sending most of the crowd of 4,812 to their feet.

Friday was billed as a "Whiteout" night, and the building was a sea of free white T-shirts long before puck drop.

"I didn't even see it go in, I just heard the place go nuts," Many Fingers said. "My grandma was here tonight, so that one's for her."

It was his second goal of the night and his fifth of the playoffs.

Medicine Hat had led 3-1 early in the third period before Lethbridge captain Cole Ashdown-Riel and Novotný scored 89 seconds apart to tie it.

Hurricanes head coach Ryan Kowalchuk said he had told his players at the second intermission that they were "one shift away" from getting back in the game.

"We weren't good enough for 40 minutes, and we know it," Kowalchuk said. "But this group doesn't quit. I'll take that every day of the week."

Tigers head coach Dmitri Vasylenko said his team had "let one get away."

"We had them on the ropes and we let them back in," Vasylenko said. "That's on us. That's on me."

Novotný, a Czech import in his first season in North America, had a goal and two assists. Asked about the atmosphere, he smiled. "In Czech Republic we have good crowds too, but this was something else," he said.

The Hurricanes said Saturday that defenceman Owen Parkhurst would miss Game 5 with an upper-body injury. He left the game midway through the second period after a hit along the boards and did not return.

Game 5 goes Sunday in Medicine Hat, with Game 6 back at the ENMAX Centre on Tuesday.""", [
        Q('"I didn\'t even see it go in, I just heard the place go nuts,"', "direct", "Many Fingers",
          "Brayden Many Fingers", speaker_at="Many Fingers said"),
        Q('"My grandma was here tonight, so that one\'s for her."', "direct", "Many Fingers", "Brayden Many Fingers",
          speaker_at="Many Fingers said"),
        Q('"one shift away"', "partial", "Ryan Kowalchuk", "Ryan Kowalchuk"),
        Q('"We weren\'t good enough for 40 minutes, and we know it,"', "direct", "Kowalchuk", "Ryan Kowalchuk",
          speaker_at="it,\" Kowalchuk said"),
        Q('"But this group doesn\'t quit. I\'ll take that every day of the week."', "direct", "Kowalchuk",
          "Ryan Kowalchuk", speaker_at="it,\" Kowalchuk said"),
        Q('"let one get away."', "partial", "Dmitri Vasylenko", "Dmitri Vasylenko"),
        Q('"We had them on the ropes and we let them back in,"', "direct", "Vasylenko", "Dmitri Vasylenko",
          speaker_at="in,\" Vasylenko said"),
        Q('"That\'s on us. That\'s on me."', "direct", "Vasylenko", "Dmitri Vasylenko", speaker_at="in,\" Vasylenko said"),
        Q('"In Czech Republic we have good crowds too, but this was something else,"', "direct", "he",
          "Matěj Novotný", speaker_at="he said"),
        Q("that defenceman Owen Parkhurst would miss Game 5 with an upper-body injury", "indirect", "The Hurricanes",
          "Lethbridge Hurricanes", speaker_at="The Hurricanes said"),
    ], source="blind"),
    Case("blind65-cholera", """Cholera alert issued for Tana River as cases rise to 87

The Ministry of Health has issued a cholera alert for Tana River and Garissa counties after 87 cases and three deaths were recorded in villages along the Tana River in the past two weeks.

In a statement on Tuesday, Director-General for Health Dr Wekesa Otieno-Barasa said the outbreak had been confirmed in laboratory tests at the Kenya Medical Research Institute (Kemri) and that rapid response teams had been sent to Hola, Bura and Garsen.

“The situation is under control, but we are asking members of the public to boil or treat all drinking water and to avoid eating food from unlicensed vendors,” Dr Otieno-Barasa said.

According to the county health department in Tana River, most of the cases have been reported in villages that were flooded during the short rains, where pit latrines collapsed and contaminated shallow wells.

Residents of Bura told the Nation they had been drinking water straight from the river since two boreholes broke down in October.

Tana River Governor Halima Abdullahi Noor, who toured Hola County Referral Hospital on Monday, appealed to the national government to release Sh40 million in emergency funds. She said the county had set up two cholera treatment centres and was running out of intravenous fluids.

“We cannot fight this with empty hands,” she said.

The alert comes as nurses in 14 counties, including Tana River, enter the third week of a strike over unpaid allowances and delayed promotions.

Kenya National Union of Nurses (KNUN) secretary-general Joseph Ouma Kibet said nurses in the affected counties would attend to cholera patients despite the strike. “Our members took an oath. We will not let Kenyans die, but the government must honour the agreement it signed in March,” he said.

Prof Ruth Nyokabi Gachanja, an epidemiologist at the University of Nairobi, said the cramped conditions in camps for families displaced by the floods made them especially vulnerable.

Prof Gachanja said the outbreak could spread to Lamu and Garissa as pastoralists moved with their livestock in search of pasture. “Cholera travels with people. If we do not contain it at the source, we will be chasing it all the way to the coast,” she said.

The Kenya Red Cross Society said it had distributed 12,000 water treatment tablets and 800 jerrycans in the two counties since last week as part of its “Maji Salama” campaign.

The ministry urged anyone with acute watery diarrhoea to seek treatment at the nearest health facility immediately.""", [
        Q("the outbreak had been confirmed in laboratory tests at the Kenya Medical Research Institute (Kemri) and that "
          "rapid response teams had been sent to Hola, Bura and Garsen", "indirect", "Wekesa Otieno-Barasa",
          "Wekesa Otieno-Barasa"),
        Q("“The situation is under control, but we are asking members of the public to boil or treat all drinking "
          "water and to avoid eating food from unlicensed vendors,”", "direct", "Otieno-Barasa",
          "Wekesa Otieno-Barasa", speaker_at="Dr Otieno-Barasa said"),
        Q("most of the cases have been reported in villages that were flooded during the short rains, where pit "
          "latrines collapsed and contaminated shallow wells", "indirect", "the county health department in Tana River",
          None),
        Q("they had been drinking water straight from the river since two boreholes broke down in October", "indirect",
          "Residents of Bura", None),
        Q("the county had set up two cholera treatment centres and was running out of intravenous fluids", "indirect",
          "She", "Halima Abdullahi Noor", speaker_at="She said the county"),
        Q("“We cannot fight this with empty hands,”", "direct", "she", "Halima Abdullahi Noor",
          speaker_at="hands,” she said"),
        Q("nurses in the affected counties would attend to cholera patients despite the strike", "indirect",
          "Joseph Ouma Kibet", "Joseph Ouma Kibet"),
        Q("“Our members took an oath. We will not let Kenyans die, but the government must honour the agreement it "
          "signed in March,”", "direct", "he", "Joseph Ouma Kibet", speaker_at="he said"),
        Q("the cramped conditions in camps for families displaced by the floods made them especially vulnerable",
          "indirect", "Ruth Nyokabi Gachanja", "Ruth Nyokabi Gachanja"),
        Q("the outbreak could spread to Lamu and Garissa as pastoralists moved with their livestock in search of "
          "pasture", "indirect", "Gachanja", "Ruth Nyokabi Gachanja", speaker_at="Prof Gachanja said"),
        Q("“Cholera travels with people. If we do not contain it at the source, we will be chasing it all the way to "
          "the coast,”", "direct", "she", "Ruth Nyokabi Gachanja", speaker_at="coast,” she said"),
        Q("it had distributed 12,000 water treatment tablets and 800 jerrycans in the two counties since last week as "
          "part of its “Maji Salama” campaign", "indirect", "The Kenya Red Cross Society", "Kenya Red Cross Society"),
    ], source="blind"),
    Case("blind65-fraud", """N2.4bn fraud: Bank official testifies against ex-perm sec

A relationship manager with a commercial bank on Wednesday told the Federal High Court in Lagos that a former permanent secretary, Alhaji Musa Danjuma Garba, personally authorised transfers of over N600m from a ministry account into the accounts of three private companies.

Garba is standing trial alongside two companies, Kadsun Global Ventures Ltd and Emerald Bay Resources Ltd, on a 14-count charge bordering on conspiracy, abuse of office and misappropriation of N2.4bn preferred against them by the Economic and Financial Crimes Commission.

He pleaded not guilty to all the counts and was granted bail in the sum of N100m.

Led in evidence by the EFCC counsel, Mr Ekene Nwosu-Okafor, the witness, Mrs Blessing Ikechukwu-Ade, told Justice Olabisi Adeyemi-Bello that the transfers were made in 11 tranches between March and November 2019.

She said, “My lord, the mandates for those transactions were signed by the defendant himself. In some cases, he called the branch to ask why the payments had not gone through.”

Asked by the prosecutor whether such transfers were normal for a ministry account, the witness said, “No, my lord. They were irregular, and we raised it with our compliance unit.”

Under cross-examination by the defence counsel, Chief Adewale Ogunleye (SAN), the witness admitted that she had never met the defendant in person.

Ogunleye, however, maintained that his client acted “on the instructions of the then minister”. He told the court the defence would show that every naira had been spent on approved projects.

The court also heard from a second prosecution witness, an EFCC investigator, Mr Yakubu Sale, who said the companies had no record of executing any contract for the ministry.

“We visited the addresses on their letterheads. One was a provisions shop in Kubwa and the other was an uncompleted building,” he said.

Justice Adeyemi-Bello adjourned the case till March 4, 2025, for continuation of trial.

Speaking with journalists after the sitting, the EFCC spokesperson, Mr Tunde Adebisi-Lawal, said the commission had traced part of the funds to a property in the Maitama district of Abuja, which had been placed under interim forfeiture.

The PUNCH had reported in 2021 that auditors flagged the payments during a routine review of the ministry’s accounts, leading to Garba’s suspension and eventual retirement.""", [
        Q("that a former permanent secretary, Alhaji Musa Danjuma Garba, personally authorised transfers of over N600m "
          "from a ministry account into the accounts of three private companies", "indirect",
          "A relationship manager with a commercial bank", "Blessing Ikechukwu-Ade"),
        Q("that the transfers were made in 11 tranches between March and November 2019", "indirect",
          "Blessing Ikechukwu-Ade", "Blessing Ikechukwu-Ade"),
        Q("“My lord, the mandates for those transactions were signed by the defendant himself. In some cases, he "
          "called the branch to ask why the payments had not gone through.”", "direct", "She", "Blessing Ikechukwu-Ade",
          speaker_at="She said"),
        Q("“No, my lord. They were irregular, and we raised it with our compliance unit.”", "direct", "the witness",
          "Blessing Ikechukwu-Ade", speaker_at="the witness said"),
        Q("that she had never met the defendant in person", "indirect", "the witness", "Blessing Ikechukwu-Ade",
          speaker_at="the witness admitted"),
        Q("“on the instructions of the then minister”", "partial", "Ogunleye", "Adewale Ogunleye",
          speaker_at="Ogunleye, however"),
        Q("the defence would show that every naira had been spent on approved projects", "indirect", "He",
          "Adewale Ogunleye", speaker_at="He told the court the defence"),
        Q("the companies had no record of executing any contract for the ministry", "indirect", "Yakubu Sale",
          "Yakubu Sale"),
        Q("“We visited the addresses on their letterheads. One was a provisions shop in Kubwa and the other was an "
          "uncompleted building,”", "direct", "he", "Yakubu Sale", speaker_at="he said"),
        Q("the commission had traced part of the funds to a property in the Maitama district of Abuja, which had been "
          "placed under interim forfeiture", "indirect", "Tunde Adebisi-Lawal", "Tunde Adebisi-Lawal"),
        Q("that auditors flagged the payments during a routine review of the ministry’s accounts, leading to Garba’s "
          "suspension and eventual retirement", "indirect", "The PUNCH", "PUNCH"),
    ], source="blind"),
    Case("blind65-insurer", """Indus Crescent Insurance profit jumps 27pc, announces Rs4.50 dividend

KARACHI: Indus Crescent Insurance Company Limited (ICIL) has posted a profit after tax of Rs 3.12 billion for the year ended December 31, 2024, up 27 percent from Rs 2.46 billion in the previous year, according to the financial results sent to the Pakistan Stock Exchange (PSX) on Thursday.

Earnings per share rose to Rs 8.91 from Rs 7.03.

The board of directors recommended a final cash dividend of Rs 4.50 per share, or 45 percent, in addition to the interim dividend of Rs 2 already paid, the company said in a separate notice.

Gross written premium grew 19 percent to Rs 48.6 billion, led by the motor and health segments, while net investment income rose 41 percent to Rs 5.3 billion on the back of high yields on government securities.

In a statement, ICIL Chief Executive Officer Syed Muhammad Ali Raza said the company had benefited from higher interest rates on its investment portfolio and "disciplined underwriting" across its business lines.

"Our health and window takaful operations grew faster than the market, and we see significant room for growth as more employers offer cover to their workers," Raza said. He added that the company's "Sehat Plus" scheme for small businesses had crossed 150,000 members during the year.

In the directors' report, chairman Tariq Hussain Qureshi said the company planned to expand its branch network to 40 cities by the end of 2026 and would invest in digital claims processing.

Sana Tawfiq, an analyst at Horizon Capital Securities, said the results were above market expectations of around Rs 2.9 billion.

"The dividend payout is generous, but the real story is the investment income, and that will come down as the State Bank keeps cutting rates," she said. "Underwriting profit is what investors should watch in 2025."

The State Bank of Pakistan (SBP) has cut its policy rate by a cumulative 900 basis points since June 2024.

The Insurance Association of Pakistan (IAP) said last month the non-life sector's gross premium had grown by about 15 percent in 2024.

ICIL shares closed at Rs 61.20 on Thursday, up Rs 3.48 or 6.03 percent, with over 2.1 million shares changing hands at the PSX.""", [
        Q("Indus Crescent Insurance Company Limited (ICIL) has posted a profit after tax of Rs 3.12 billion for the year "
          "ended December 31, 2024, up 27 percent from Rs 2.46 billion in the previous year", "indirect",
          "the financial results sent to the Pakistan Stock Exchange (PSX)", None),
        Q("The board of directors recommended a final cash dividend of Rs 4.50 per share, or 45 percent, in addition "
          "to the interim dividend of Rs 2 already paid", "indirect", "the company",
          "Indus Crescent Insurance Company Limited", speaker_at="the company said"),
        Q("the company had benefited from higher interest rates on its investment portfolio", "indirect",
          "Syed Muhammad Ali Raza", "Syed Muhammad Ali Raza"),
        Q('"disciplined underwriting"', "partial", "Syed Muhammad Ali Raza", "Syed Muhammad Ali Raza"),
        Q('"Our health and window takaful operations grew faster than the market, and we see significant room for '
          'growth as more employers offer cover to their workers,"', "direct", "Raza", "Syed Muhammad Ali Raza",
          speaker_at='workers," Raza said'),
        Q("that the company's \"Sehat Plus\" scheme for small businesses had crossed 150,000 members during the year",
          "indirect", "He", "Syed Muhammad Ali Raza", speaker_at="He added"),
        Q("the company planned to expand its branch network to 40 cities by the end of 2026 and would invest in "
          "digital claims processing", "indirect", "Tariq Hussain Qureshi", "Tariq Hussain Qureshi"),
        Q("the results were above market expectations of around Rs 2.9 billion", "indirect", "Sana Tawfiq",
          "Sana Tawfiq"),
        Q('"The dividend payout is generous, but the real story is the investment income, and that will come down as '
          'the State Bank keeps cutting rates,"', "direct", "she", "Sana Tawfiq", speaker_at="she said"),
        Q('"Underwriting profit is what investors should watch in 2025."', "direct", "she", "Sana Tawfiq",
          speaker_at="she said"),
        Q("the non-life sector's gross premium had grown by about 15 percent in 2024", "indirect",
          "The Insurance Association of Pakistan (IAP)", "Insurance Association of Pakistan"),
    ], source="blind"),
    Case("blind65-shaft", """Six illegal miners trapped as disused shaft collapses in Gwanda

SIX artisanal miners are feared dead after a disused mine shaft collapsed on them in the Bhalagwe area of Gwanda District, Matabeleland South, on Sunday morning.

The miners, aged between 19 and 34, were reportedly working underground at the former Nkwizhe Mine when the walls of the shaft caved in.

Matabeleland South provincial police spokesperson Inspector Sipho Dube-Ndlovu confirmed the incident and said rescue efforts were under way.

“We received a report at around 9am that a shaft had collapsed with six people underground. The Civil Protection Unit and mine rescue teams are on site,” said Insp Dube-Ndlovu.

He said the shaft was about 40 metres deep and had been abandoned for more than 15 years.

Provincial Mining Director Mr Thandolwenkosi Sibanda told The Chronicle the shaft was not on any registered claim.

“These are illegal miners who went into a shaft that was condemned a long time ago. We have warned people repeatedly that these old workings are death traps,” he said.

The Minister of State for Matabeleland South Provincial Affairs and Devolution, Cde Nomazulu Mafu-Gumede, visited the site yesterday afternoon. She said Government would assist the families with funeral arrangements once the bodies were retrieved.

“Our hearts are with the families. We urge our young people to register their claims and work in safe environments,” said Cde Mafu-Gumede.

By last night, rescuers had cleared about 12 metres of rubble, but heavy equipment could not reach the site because of the rocky terrain.

Chief Nhlamba, under whose jurisdiction the area falls, said the community was in shock.

“Some of these boys are from families I know very well. Their parents have been sleeping at the site since yesterday,” he said.

Mrs Sithembiso Moyo, whose two sons are among those trapped, sat under a tree a few metres from the shaft with other relatives.

“I just want to see my children, whether they are alive or not,” she said amid tears.

According to the Zimbabwe Miners Federation (ZMF), more than 100 artisanal miners have died in shaft collapses across the country since January, most of them in old workings abandoned by large mining companies.""", [
        Q("rescue efforts were under way", "indirect", "Sipho Dube-Ndlovu", "Sipho Dube-Ndlovu"),
        Q("“We received a report at around 9am that a shaft had collapsed with six people underground. The Civil "
          "Protection Unit and mine rescue teams are on site,”", "direct", "Dube-Ndlovu", "Sipho Dube-Ndlovu",
          speaker_at="Insp Dube-Ndlovu"),
        Q("the shaft was about 40 metres deep and had been abandoned for more than 15 years", "indirect", "He",
          "Sipho Dube-Ndlovu", speaker_at="He said the shaft"),
        Q("the shaft was not on any registered claim", "indirect", "Thandolwenkosi Sibanda", "Thandolwenkosi Sibanda"),
        Q("“These are illegal miners who went into a shaft that was condemned a long time ago. We have warned people "
          "repeatedly that these old workings are death traps,”", "direct", "he", "Thandolwenkosi Sibanda",
          speaker_at="traps,” he said"),
        Q("Government would assist the families with funeral arrangements once the bodies were retrieved", "indirect",
          "She", "Nomazulu Mafu-Gumede", speaker_at="She said Government"),
        Q("“Our hearts are with the families. We urge our young people to register their claims and work in safe "
          "environments,”", "direct", "Mafu-Gumede", "Nomazulu Mafu-Gumede", speaker_at="Cde Mafu-Gumede."),
        Q("the community was in shock", "indirect", "Nhlamba", "Nhlamba", speaker_at="Chief Nhlamba"),
        Q("“Some of these boys are from families I know very well. Their parents have been sleeping at the site since "
          "yesterday,”", "direct", "he", "Nhlamba", speaker_at="yesterday,” he said"),
        Q("“I just want to see my children, whether they are alive or not,”", "direct", "she", "Sithembiso Moyo",
          speaker_at="she said amid tears"),
        Q("more than 100 artisanal miners have died in shaft collapses across the country since January, most of them "
          "in old workings abandoned by large mining companies", "indirect", "the Zimbabwe Miners Federation (ZMF)",
          "Zimbabwe Miners Federation"),
    ], source="blind"),
    Case("blind65-redsea", """Saudi drama ‘Sand Letters’ opens Red Sea film festival

JEDDAH: Saudi director Reem Al-Bayyari’s debut feature “Sand Letters” opened the fifth edition of the Red Sea International Film Festival on Thursday night, drawing a crowd of stars, critics and first-time filmgoers to Jeddah’s historic Al-Balad district.

The film follows a postman in 1970s AlUla who secretly reads the letters he is meant to deliver, and becomes drawn into the lives of the families who send them.

“When I started writing this story, people told me nobody would want to watch a film about letters. I wanted to prove them wrong,” Al-Bayyari told Arab News on the red carpet.

She said the film had been shot entirely in AlUla over seven weeks with a crew that was more than 70 percent Saudi.

Organizers said 122 films from 81 countries would be screened over the 10-day event, including 38 world premieres. Among the titles drawing early attention are the Sudanese road movie “The Last Ferry to Suakin” and “Salt and Saffron,” a comedy set in a Moroccan hotel kitchen.

“This year we received more than 2,000 submissions, which tells you how much the appetite for Arab and African cinema has grown,” said festival CEO Lama Al-Sudairi. “Five years ago, many of these filmmakers had nowhere to show their work at home.”

The main competition jury is headed by Indonesian director Ardiansyah, whose 2019 drama about fishermen in Sulawesi won awards in Busan and Rotterdam.

“Arab cinema is telling stories that the world has not heard. As a jury, we want to listen with open hearts,” Ardiansyah said at a press conference on Wednesday.

Among the guests at the opening was Sheikh Hamdan bin Saif Al-Nuaimi, an Emirati producer, who described the festival as “the most important meeting point for Arab cinema” and said he was in Jeddah to look for co-production partners.

Egyptian actor Youssef El-Masry, who plays the postman’s brother in the opening film, called the night “a dream for any Arab actor.”

According to the Red Sea Film Foundation, its fund has supported more than 250 film projects from the Arab world, Africa and Asia since 2021, 14 of which are in this year’s program.

The festival runs until Dec. 14, with the Yusr awards to be presented at the closing ceremony.""", [
        Q("“When I started writing this story, people told me nobody would want to watch a film about letters. I "
          "wanted to prove them wrong,”", "direct", "Al-Bayyari", "Reem Al-Bayyari",
          speaker_at="Al-Bayyari told Arab News"),
        Q("the film had been shot entirely in AlUla over seven weeks with a crew that was more than 70 percent Saudi",
          "indirect", "She", "Reem Al-Bayyari", speaker_at="She said the film"),
        Q("122 films from 81 countries would be screened over the 10-day event, including 38 world premieres",
          "indirect", "Organizers", None),
        Q("“This year we received more than 2,000 submissions, which tells you how much the appetite for Arab and "
          "African cinema has grown,”", "direct", "Lama Al-Sudairi", "Lama Al-Sudairi"),
        Q("“Five years ago, many of these filmmakers had nowhere to show their work at home.”", "direct",
          "Lama Al-Sudairi", "Lama Al-Sudairi"),
        Q("“Arab cinema is telling stories that the world has not heard. As a jury, we want to listen with open "
          "hearts,”", "direct", "Ardiansyah", "Ardiansyah", speaker_at="Ardiansyah said"),
        Q("“the most important meeting point for Arab cinema”", "partial", "Hamdan bin Saif Al-Nuaimi",
          "Hamdan bin Saif Al-Nuaimi"),
        Q("he was in Jeddah to look for co-production partners", "indirect", "Hamdan bin Saif Al-Nuaimi",
          "Hamdan bin Saif Al-Nuaimi"),
        Q("“a dream for any Arab actor.”", "partial", "Youssef El-Masry", "Youssef El-Masry"),
        Q("its fund has supported more than 250 film projects from the Arab world, Africa and Asia since 2021, 14 of "
          "which are in this year’s program", "indirect", "the Red Sea Film Foundation", "Red Sea Film Foundation"),
    ], source="blind"),
    Case("blind65-rajang", """Over 3,000 evacuated as floods hit Kapit, Song

KAPIT: More than 3,000 people from 41 longhouses and villages in Kapit and Song districts have been moved to relief centres as the Rajang River continued to rise yesterday.

Sarawak Disaster Management Committee (JPBN) chairman Deputy Premier Datuk Amar Lawrence Sering anak Jugah said 14 relief centres had been opened, and food supplies had been flown by helicopter to areas cut off by road.

"The water level at the Kapit town wharf reached 18.2 metres this morning, above the danger level of 17 metres. We expect it to rise further tonight if the rain in the upper Baleh does not stop," he said in a statement.

Kapit Resident Haji Zulkifli bin Bujang said all schools in the division would remain closed until further notice.

At Nanga Baleh, Tuai Rumah Ngumbang anak Jimbun said his 28-door longhouse had been surrounded by water since Thursday night and the residents had moved their rice stores and outboard engines to the upper floor.

"We have lived here for generations," he said, speaking in Iban. "We know the river, but this year it came very fast."

In Kapit town, floodwaters entered shophouses along Jalan Temenggong Jugah and the market area before dawn.

Sundry shop owner Wong Siew Ling, 52, said the water entered her shop at about 4am. "I moved what I could upstairs, but the rice and sugar are all gone. This is the third time in five years," she told The Borneo Post.

Downriver, Sibu Municipal Council chairman Tiong Kim Hock said the council had placed its workers on standby in case floodwaters reached Sibu's low-lying areas over the weekend.

Tiong said residents in areas such as Sungai Merah and Bandong should move their vehicles and valuables to higher ground. "Don't wait until the water is at your door," he said.

The Malaysian Meteorological Department (MetMalaysia) said in a statement continuous heavy rain was expected in Kapit, Sibu and Mukah until Sunday.

As of 6pm yesterday, no casualties had been reported, according to the Sarawak Fire and Rescue Department.

The public can check the latest water levels on the "Sarawak Flood Watch" portal or call the JPBN operations room at 082-319 888.""", [
        Q("14 relief centres had been opened, and food supplies had been flown by helicopter to areas cut off by road",
          "indirect", "Lawrence Sering anak Jugah", "Lawrence Sering anak Jugah"),
        Q('"The water level at the Kapit town wharf reached 18.2 metres this morning, above the danger level of 17 '
          'metres. We expect it to rise further tonight if the rain in the upper Baleh does not stop,"', "direct",
          "he", "Lawrence Sering anak Jugah", speaker_at="he said in a statement"),
        Q("all schools in the division would remain closed until further notice", "indirect", "Zulkifli bin Bujang",
          "Zulkifli bin Bujang"),
        Q("his 28-door longhouse had been surrounded by water since Thursday night and the residents had moved their "
          "rice stores and outboard engines to the upper floor", "indirect", "Ngumbang anak Jimbun",
          "Ngumbang anak Jimbun"),
        Q('"We have lived here for generations,"', "direct", "he", "Ngumbang anak Jimbun",
          speaker_at="he said, speaking in Iban"),
        Q('"We know the river, but this year it came very fast."', "direct", "he", "Ngumbang anak Jimbun",
          speaker_at="he said, speaking in Iban"),
        Q("the water entered her shop at about 4am", "indirect", "Wong Siew Ling", "Wong Siew Ling"),
        Q('"I moved what I could upstairs, but the rice and sugar are all gone. This is the third time in five years,"',
          "direct", "she", "Wong Siew Ling", speaker_at="she told"),
        Q("the council had placed its workers on standby in case floodwaters reached Sibu's low-lying areas over the "
          "weekend", "indirect", "Tiong Kim Hock", "Tiong Kim Hock"),
        Q("residents in areas such as Sungai Merah and Bandong should move their vehicles and valuables to higher "
          "ground", "indirect", "Tiong", "Tiong Kim Hock", speaker_at="Tiong said"),
        Q('"Don\'t wait until the water is at your door,"', "direct", "he", "Tiong Kim Hock",
          speaker_at='door," he said'),
        Q("continuous heavy rain was expected in Kapit, Sibu and Mukah until Sunday", "indirect",
          "The Malaysian Meteorological Department (MetMalaysia)", "Malaysian Meteorological Department"),
        Q("As of 6pm yesterday, no casualties had been reported", "indirect", "the Sarawak Fire and Rescue Department",
          "Sarawak Fire and Rescue Department"),
    ], source="blind"),
    Case("blind65-kabaddi", """Chattopadhyay’s last raid sinks Puneri Paltan

Kolkata, 14 December: Captain Subhankar Chattopadhyay’s two-point raid in the dying seconds gave Bengal Warriorz a 36-35 win over Puneri Paltan in the Pro Kabaddi League at a packed Netaji Indoor Stadium on Saturday night.

With the scores level at 34-34 and less than 20 seconds on the clock, Chattopadhyay went in on a ‘do-or-die’ raid, touched the Pune left cover and right corner and dived back across the midline as the hooter sounded.

‘I saw the gap on the right and I just went. When you have the home crowd behind you, you don’t think, you just go,’ Chattopadhyay told reporters after the match.

The 24-year-old from Barasat finished with 13 raid points, his best haul of the season.

Head coach K. Bhaskaran said the team had worked on its defence all week after losing three of its last four matches by three points or fewer.

‘We have been losing close matches all season. Today the boys showed character, and the defence held its nerve at the end,’ said Bhaskaran.

Iranian left corner Farzad Mirzaei-Tehrani, who made six tackle points, was given a standing ovation when he was substituted late in the second half.

‘Kolkata people love kabaddi the way Iranians love wrestling. I feel at home here,’ Mirzaei-Tehrani said through an interpreter.

Puneri Paltan, who led 21-15 at half-time, had looked set to move to the top of the table before a Bengal fightback led by all-rounder Gurdeep Singh Sandhu.

Pune coach Rakesh Kumar Dahiya said his side had ‘handed the match away’ in the last five minutes with two needless bonus attempts. He said the team would review the footage before their next game in Hyderabad on Tuesday.

Among the spectators was 23-year-old Arijit Sengupta, who had come from Howrah with six friends and described the evening as ‘the best night of the season, by a distance’.

The organisers said a crowd of more than 4,200 had attended, the highest of the Kolkata leg so far.

The win lifts Bengal Warriorz to seventh in the 12-team table with 38 points from 17 matches. They meet Tamil Thalaivas at the same venue on Monday.""", [
        Q("‘I saw the gap on the right and I just went. When you have the home crowd behind you, you don’t think, you "
          "just go,’", "direct", "Chattopadhyay", "Subhankar Chattopadhyay",
          speaker_at="Chattopadhyay told reporters"),
        Q("the team had worked on its defence all week after losing three of its last four matches by three points or "
          "fewer", "indirect", "K. Bhaskaran", "K. Bhaskaran"),
        Q("‘We have been losing close matches all season. Today the boys showed character, and the defence held its "
          "nerve at the end,’", "direct", "Bhaskaran", "K. Bhaskaran", speaker_at="said Bhaskaran"),
        Q("‘Kolkata people love kabaddi the way Iranians love wrestling. I feel at home here,’", "direct",
          "Mirzaei-Tehrani", "Farzad Mirzaei-Tehrani", speaker_at="Mirzaei-Tehrani said"),
        Q("‘handed the match away’", "partial", "Rakesh Kumar Dahiya", "Rakesh Kumar Dahiya"),
        Q("the team would review the footage before their next game in Hyderabad on Tuesday", "indirect", "He",
          "Rakesh Kumar Dahiya", speaker_at="He said the team"),
        Q("‘the best night of the season, by a distance’", "partial", "Arijit Sengupta", "Arijit Sengupta"),
        Q("a crowd of more than 4,200 had attended, the highest of the Kolkata leg so far", "indirect",
          "The organisers", None),
    ], source="blind"),
    Case("blind65-verdict", """Jury convicts Spokane Valley man of manslaughter in bar-fight death

A Spokane County jury on Thursday found a Spokane Valley man guilty of first-degree manslaughter in the death of a 58-year-old machinist who was punched outside a Garland District bar last year.

Jurors deliberated for about six hours before returning the verdict against Tyler J. Hansen, 34, whom they acquitted of the more serious charge of second-degree murder.

Prosecutors said Hansen followed Duc Van Nguyen out of the bar on Sept. 9, 2023, after an argument over a pool table and punched him once in the face. Nguyen fell backward, struck his head on the sidewalk and died two days later at Sacred Heart Medical Center.

"He didn't have to follow him outside. He chose to," Deputy Prosecutor Aaron Whitfield told jurors in closing arguments Wednesday. "One punch was all it took, and Mr. Nguyen never woke up."

Hansen's attorney, Kiara Redcloud, argued that her client acted in self-defense after Nguyen shoved him and reached for a pool cue. Two witnesses testified they saw Nguyen push Hansen, though neither saw a cue in his hand.

"This was a tragedy, not a crime," Redcloud said after the verdict. She said she would file an appeal.

Hansen, who has no prior felony convictions, faces a standard sentencing range of roughly six to eight years, according to the prosecutor's office. Superior Court Judge Marisol Gutierrez-Boyd set sentencing for Jan. 17 and ordered him held without bail in the meantime.

Nguyen's daughter, Linh Nguyen-Carter, wept quietly as the verdict was read. Outside the courtroom, she said her father had come to the United States from Vietnam in 1992 with "nothing but a toolbox and a lot of hope."

"He was the gentlest man I ever knew," she said. "I hope people remember his name, not just this case."

The case prompted state Sen. Marcus Delgado-Whitman, R-Spokane Valley, to introduce a bill this year that would stiffen penalties for assaults that result in death. It stalled in committee.

Delgado-Whitman said Thursday he was "relieved for the family." He said he planned to reintroduce the bill when the Legislature convenes in January.

The bar, which has since changed owners, was cited by the state Liquor and Cannabis Board for overservice in connection with the incident, according to agency records.""", [
        Q("Hansen followed Duc Van Nguyen out of the bar on Sept. 9, 2023, after an argument over a pool table and "
          "punched him once in the face", "indirect", "Prosecutors", None),
        Q('"He didn\'t have to follow him outside. He chose to,"', "direct", "Aaron Whitfield", "Aaron Whitfield"),
        Q('"One punch was all it took, and Mr. Nguyen never woke up."', "direct", "Aaron Whitfield",
          "Aaron Whitfield"),
        Q("that her client acted in self-defense after Nguyen shoved him and reached for a pool cue", "indirect",
          "Kiara Redcloud", "Kiara Redcloud"),
        Q("they saw Nguyen push Hansen, though neither saw a cue in his hand", "indirect", "Two witnesses", None),
        Q('"This was a tragedy, not a crime,"', "direct", "Redcloud", "Kiara Redcloud", speaker_at="Redcloud said"),
        Q("she would file an appeal", "indirect", "She", "Kiara Redcloud", speaker_at="She said she would"),
        Q("Hansen, who has no prior felony convictions, faces a standard sentencing range of roughly six to eight years",
          "indirect", "the prosecutor's office", None),
        Q('"nothing but a toolbox and a lot of hope."', "partial", "she", "Linh Nguyen-Carter",
          speaker_at="she said her father"),
        Q('"He was the gentlest man I ever knew,"', "direct", "she", "Linh Nguyen-Carter",
          speaker_at='knew," she said'),
        Q('"I hope people remember his name, not just this case."', "direct", "she", "Linh Nguyen-Carter",
          speaker_at='knew," she said'),
        Q('"relieved for the family."', "partial", "Delgado-Whitman", "Marcus Delgado-Whitman",
          speaker_at="Delgado-Whitman said Thursday"),
        Q("he planned to reintroduce the bill when the Legislature convenes in January", "indirect", "He",
          "Marcus Delgado-Whitman", speaker_at="He said he planned"),
        Q("The bar, which has since changed owners, was cited by the state Liquor and Cannabis Board for overservice "
          "in connection with the incident", "indirect", "agency records", None),
    ], source="blind"),
]
