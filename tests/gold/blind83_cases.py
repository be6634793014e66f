"""Blind gold set 83: short news articles from many outlets, written once.

Sixteen fresh articles in the house styles of Nepali, Bhutanese, Ethiopian,
Rwandan, Canadian, Maltese and Cypriot English-language outlets. The set was
written without looking at the pretagger, its output or the other gold sets,
so the figures on it say how the quote finder and speaker attributor carry
over to unseen news. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind83-tsho-rolpa", """Flood alert issued as Tsho Rolpa swells faster than expected

The Department of Hydrology and Meteorology has issued a flood alert for settlements along the Tamakoshi River after satellite images showed Tsho Rolpa, one of the country’s largest glacial lakes, expanding faster than expected this monsoon.

“The water level has risen by nearly a metre in three weeks, and the moraine dam is under more pressure than at any time since we started monitoring,” said Binod Parajuli, a senior divisional hydrologist at the department.

Parajuli said that early warning sirens installed along the river in 2016 had been tested on Sunday and were working. He added that a team from the department would reach the lake, which sits at 4,580 metres in the Rolwaling valley of Dolakha district, within the week.

According to the International Centre for Integrated Mountain Development (ICIMOD), the lake now holds around 85 million cubic metres of water, roughly double its volume in the 1950s.

Residents downstream said they had heard such warnings before. “Every year they tell us to be ready, but nobody tells us where to go,” said Pasang Diki Sherpa, who runs a lodge in Na, the settlement closest to the lake.

Sherpa said around 40 households in Na had no safe shelter above the flood line. “If the dam breaks at night, the siren is all we have,” she said.

Chief District Officer of Dolakha Krishna Bahadur Thapa told the Post that the district administration had asked local units along the Tamakoshi to identify evacuation sites. “We have prepared tents and food stocks for 2,000 people,” Thapa said. Asked about the timeline, Thapa said, “Nobody should sleep near the riverbank until the assessment is done.”

Upper Tamakoshi Hydropower Limited, which runs the 456-megawatt plant downstream, said in a statement that it was ready to open its spillway gates if required. Company officials said the plant had also installed its own water-level sensors at the lake.

Experts have long warned about the risk. In 2000, the government lowered the lake by three metres through an artificial channel, a project that Anjali Tuladhar, a climate scientist at ICIMOD, described as “a temporary fix for a permanent problem”.

“The glaciers feeding Tsho Rolpa are retreating by up to 20 metres a year,” Tuladhar said. “Lowering the lake again is no longer optional.”

The department’s flood forecasting section has placed the Tamakoshi basin on “orange” alert, the second highest level on its four-tier scale.""", [
        Q("“The water level has risen by nearly a metre in three weeks, and the moraine dam is under more pressure "
          "than at any time since we started monitoring,”", "direct", "Binod Parajuli", "Binod Parajuli"),
        Q("that early warning sirens installed along the river in 2016 had been tested on Sunday and were working",
          "indirect", "Parajuli", "Binod Parajuli", speaker_at="Parajuli said that"),
        Q("that a team from the department would reach the lake, which sits at 4,580 metres in the Rolwaling valley "
          "of Dolakha district, within the week", "indirect", "He", "Binod Parajuli", speaker_at="He added that"),
        Q("the lake now holds around 85 million cubic metres of water, roughly double its volume in the 1950s",
          "indirect", "the International Centre for Integrated Mountain Development",
          "International Centre for Integrated Mountain Development"),
        Q("they had heard such warnings before", "indirect", "Residents downstream", None),
        Q("“Every year they tell us to be ready, but nobody tells us where to go,”", "direct", "Pasang Diki Sherpa",
          "Pasang Diki Sherpa"),
        Q("around 40 households in Na had no safe shelter above the flood line", "indirect", "Sherpa",
          "Pasang Diki Sherpa", speaker_at="Sherpa said around"),
        Q("“If the dam breaks at night, the siren is all we have,”", "direct", "she", "Pasang Diki Sherpa",
          speaker_at="she said"),
        Q("that the district administration had asked local units along the Tamakoshi to identify evacuation sites",
          "indirect", "Krishna Bahadur Thapa", "Krishna Bahadur Thapa"),
        Q("“We have prepared tents and food stocks for 2,000 people,”", "direct", "Thapa", "Krishna Bahadur Thapa",
          speaker_at="people,” Thapa said"),
        Q("“Nobody should sleep near the riverbank until the assessment is done.”", "direct", "Thapa",
          "Krishna Bahadur Thapa", speaker_at="Thapa said, “Nobody"),
        Q("that it was ready to open its spillway gates if required", "indirect", "Upper Tamakoshi Hydropower Limited",
          "Upper Tamakoshi Hydropower Limited"),
        Q("the plant had also installed its own water-level sensors at the lake", "indirect", "Company officials",
          None),
        Q("“a temporary fix for a permanent problem”", "partial", "Anjali Tuladhar", "Anjali Tuladhar"),
        Q("“The glaciers feeding Tsho Rolpa are retreating by up to 20 metres a year,”", "direct", "Tuladhar",
          "Anjali Tuladhar", speaker_at="Tuladhar said"),
        Q("“Lowering the lake again is no longer optional.”", "direct", "Tuladhar", "Anjali Tuladhar",
          speaker_at="Tuladhar said"),
    ], source="blind"),
    Case("blind83-thorthormi", """Lunana residents told to stay alert as Thorthormi lake rises

The National Center for Hydrology and Meteorology (NCHM) has raised the flood alert for communities along the Phochhu in Punakha and Wangdue after the water level in Thorthormi Tsho in Lunana rose by 1.2 metres over the past fortnight.

NCHM's director, Tashi Phuntsho, said that the rise was within the range seen in previous monsoons. "But the speed at which it happened is a concern for us," he said.

According to the centre, the automatic water level sensors at Thanza and Lunana are functioning and would relay alerts to sirens in Punakha within minutes of a breach.

Punakha Dzongdag Kinley Wangchuk said the dzongkhag disaster management committee met yesterday and identified higher ground in Khuruthang and Lobesa where people could take shelter.

"We don't want to create panic," the dzongdag said. "People should go about their work, but keep their phones charged and listen to BBS."

In 2012, more than 300 workers from across the country lowered Thorthormi by hand, cutting a channel through the moraine in what officials at the time called "the toughest project in the country."

Lunana Gup Chencho Dorji told Kuensel over the phone that yak herders in Thanza had been asked to move their animals away from the lake outlet.

"The lake is quiet now, but you can hear the ice cracking at night," the gup said. "Our elders say it was never like this."

A farmer in Changyul, Punakha, said the 1994 outburst of Luggye Tsho was still fresh in the memory of older villagers. "My father lost his paddy and two cows that year," she said.

NCHM said a team of hydrologists would trek to Lunana next week to survey the moraine, a journey of about eight days on foot. According to the Department of Disaster Management, relief stock has been pre-positioned in Punakha and Wangdue.

Tashi Phuntsho said the public should rely only on official alerts. "There is a lot of rumour on social media. If there is danger, the sirens will tell you," he said.

The centre's "Flood Watch" bulletins are broadcast daily on BBS during the monsoon.""", [
        Q("that the rise was within the range seen in previous monsoons", "indirect", "Tashi Phuntsho",
          "Tashi Phuntsho", speaker_at="Tashi Phuntsho, said"),
        Q('"But the speed at which it happened is a concern for us,"', "direct", "he", "Tashi Phuntsho",
          speaker_at='us," he said'),
        Q("the automatic water level sensors at Thanza and Lunana are functioning and would relay alerts to sirens "
          "in Punakha within minutes of a breach", "indirect", "the centre",
          "National Center for Hydrology and Meteorology", speaker_at="According to the centre"),
        Q("the dzongkhag disaster management committee met yesterday and identified higher ground in Khuruthang "
          "and Lobesa where people could take shelter", "indirect", "Kinley Wangchuk", "Kinley Wangchuk"),
        Q('"We don\'t want to create panic,"', "direct", "the dzongdag", "Kinley Wangchuk"),
        Q('"People should go about their work, but keep their phones charged and listen to BBS."', "direct",
          "the dzongdag", "Kinley Wangchuk"),
        Q('"the toughest project in the country."', "partial", "officials", None,
          speaker_at="officials at the time"),
        Q("that yak herders in Thanza had been asked to move their animals away from the lake outlet", "indirect",
          "Chencho Dorji", "Chencho Dorji"),
        Q('"The lake is quiet now, but you can hear the ice cracking at night,"', "direct", "the gup",
          "Chencho Dorji"),
        Q('"Our elders say it was never like this."', "direct", "the gup", "Chencho Dorji"),
        Q("the 1994 outburst of Luggye Tsho was still fresh in the memory of older villagers", "indirect",
          "A farmer in Changyul", None),
        Q('"My father lost his paddy and two cows that year,"', "direct", "she", None, speaker_at="she said"),
        Q("a team of hydrologists would trek to Lunana next week to survey the moraine, a journey of about eight "
          "days on foot", "indirect", "NCHM", "National Center for Hydrology and Meteorology",
          speaker_at="NCHM said"),
        Q("relief stock has been pre-positioned in Punakha and Wangdue", "indirect",
          "the Department of Disaster Management", "Department of Disaster Management"),
        Q("the public should rely only on official alerts", "indirect", "Tashi Phuntsho", "Tashi Phuntsho",
          speaker_at="Tashi Phuntsho said the public"),
        Q('"There is a lot of rumour on social media. If there is danger, the sirens will tell you,"', "direct",
          "he", "Tashi Phuntsho", speaker_at='you," he said'),
    ], source="blind"),
    Case("blind83-coffee-riyadh", """ECTA signs USD 120 million specialty coffee deal with Saudi importer

The Ethiopian Coffee and Tea Authority (ECTA) on Monday signed a three-year export contract worth USD 120 million with Al-Rashid Trading Group, a Riyadh-based importer of specialty coffee. The authority said the deal was the largest single forward contract ever signed for Ethiopian coffee.

Under the agreement, the company will buy 9,000 tonnes of washed and natural coffee from Sidama, Guji and Yirgacheffe over three years, at prices pegged to the New York “C” market plus a quality premium.

“This contract gives our farmers price certainty for the first time,” ECTA Director General Shiferaw Tadesse said at the signing ceremony held at Skylight Hotel.

Shiferaw said that the authority had negotiated the premium directly with the buyer instead of through brokers, whose commissions he said had cost exporters “millions every season”.

Faisal Al-Rashid, the group’s chief executive, told The Reporter that Saudi demand for Ethiopian coffee had grown by nearly a third since 2021. “Our customers want traceable coffee, and Ethiopia has the story and the quality,” he said, “but we need reliable volumes.”

Exporters welcomed the deal but raised concerns over how volumes would be allocated. According to Tsegaye Alemu, president of the Ethiopian Coffee Exporters Association, some members had been left out of the consultations.

“We support any deal that brings hard currency,” Tsegaye said. “But the allocation must be transparent, and small exporters should not be pushed aside.”

According to the authority, coffee earned Ethiopia USD 1.43 billion in the 2023/24 fiscal year, about a third of the country’s merchandise export revenue.

Economist Abdulkadir Mohammed said forward contracts could shield farmers from swings in global prices, but warned that the recent floating of the birr made dollar-denominated deals “a double-edged sword” for local traders.

A farmer from Gedeb in Gedeo Zone, reached by phone, said cooperatives had yet to be told how the premium would reach growers. “We hear about big contracts in Addis, but the price at the washing station stays the same,” he said.

The first shipment under the contract is due to leave the port of Djibouti in February, the authority said.""", [
        Q("the deal was the largest single forward contract ever signed for Ethiopian coffee", "indirect",
          "The authority", "Ethiopian Coffee and Tea Authority", speaker_at="The authority said"),
        Q("“This contract gives our farmers price certainty for the first time,”", "direct", "Shiferaw Tadesse",
          "Shiferaw Tadesse"),
        Q("that the authority had negotiated the premium directly with the buyer instead of through brokers",
          "indirect", "Shiferaw", "Shiferaw Tadesse", speaker_at="Shiferaw said that"),
        Q("“millions every season”", "partial", "he", "Shiferaw Tadesse", speaker_at="whose commissions he said"),
        Q("that Saudi demand for Ethiopian coffee had grown by nearly a third since 2021", "indirect",
          "Faisal Al-Rashid", "Faisal Al-Rashid"),
        Q("“Our customers want traceable coffee, and Ethiopia has the story and the quality,”", "direct", "he",
          "Faisal Al-Rashid", speaker_at="he said, “but"),
        Q("“but we need reliable volumes.”", "direct", "he", "Faisal Al-Rashid", speaker_at="he said, “but"),
        Q("some members had been left out of the consultations", "indirect", "Tsegaye Alemu", "Tsegaye Alemu"),
        Q("“We support any deal that brings hard currency,”", "direct", "Tsegaye", "Tsegaye Alemu",
          speaker_at="Tsegaye said"),
        Q("“But the allocation must be transparent, and small exporters should not be pushed aside.”", "direct",
          "Tsegaye", "Tsegaye Alemu", speaker_at="Tsegaye said"),
        Q("coffee earned Ethiopia USD 1.43 billion in the 2023/24 fiscal year, about a third of the country’s "
          "merchandise export revenue", "indirect", "the authority", "Ethiopian Coffee and Tea Authority",
          speaker_at="According to the authority"),
        Q("forward contracts could shield farmers from swings in global prices", "indirect", "Abdulkadir Mohammed",
          "Abdulkadir Mohammed"),
        Q("“a double-edged sword”", "partial", "Abdulkadir Mohammed", "Abdulkadir Mohammed"),
        Q("cooperatives had yet to be told how the premium would reach growers", "indirect",
          "A farmer from Gedeb in Gedeo Zone", None),
        Q("“We hear about big contracts in Addis, but the price at the washing station stays the same,”", "direct",
          "he", None, speaker_at="same,” he said"),
        Q("The first shipment under the contract is due to leave the port of Djibouti in February", "indirect",
          "the authority", "Ethiopian Coffee and Tea Authority", speaker_at="February, the authority said"),
    ], source="blind"),
    Case("blind83-coffee-osaka", """Rwandan coffee cooperatives land five-year deal with Japanese roaster

Eight coffee cooperatives in Nyamasheke and Huye districts have signed a five-year supply contract with Tokyo-based roaster Marunaka Coffee Company, which will buy up to 1,200 tonnes of fully washed Arabica, the National Agricultural Export Development Board (NAEB) has said.

The deal, signed in Kigali on Thursday, sets a minimum price of $4.10 per kilogramme of green coffee, well above current farm-gate prices. The coffee will be sold in Japan under the label "Rwanda Hills Reserve".

Speaking at the signing, NAEB Chief Executive Officer Claude Bizimana said the contract was proof that Rwanda's focus on quality was paying off.

"For years, we sold our coffee through middlemen and never knew where it ended up," Bizimana said. "Now a farmer in Nyamasheke will know that her coffee is served in Osaka."

Hiroshi Tanaka, the company's purchasing director, said his firm had been buying small lots from Rwanda since 2017 and decided to commit after three years of consistent cup scores.

"Japanese consumers are very demanding," Tanaka said. "They will pay for quality, but they will not forgive one bad harvest."

Marie Claire Uwamahoro, who chairs the Kopakinya cooperative in Nyamasheke, told The New Times that members would receive a second payment at the end of each season if the buyer's premium was met.

"This is the first time we have a contract that goes beyond one season. We can now plan, and even borrow from the bank," she said.

According to NAEB, coffee exports earned Rwanda $148 million in the 2023/2024 financial year, up from $101 million the previous year.

Some farmers, however, said the minimum price did not reflect the rising cost of fertiliser and labour. Jean Damascène Nsengiyumva, who grows coffee on two hectares in Maraba, Huye District, described the price as "a good start, not a finish line".

Pascal Habimana, an economist at the University of Rwanda, said long-term contracts helped shield growers when global prices fell, as they did sharply in 2019.

The first containers are expected to be shipped through the port of Dar es Salaam in June, the board said.""", [
        Q("Eight coffee cooperatives in Nyamasheke and Huye districts have signed a five-year supply contract with "
          "Tokyo-based roaster Marunaka Coffee Company, which will buy up to 1,200 tonnes of fully washed Arabica",
          "indirect", "the National Agricultural Export Development Board",
          "National Agricultural Export Development Board"),
        Q("the contract was proof that Rwanda's focus on quality was paying off", "indirect", "Claude Bizimana",
          "Claude Bizimana"),
        Q('"For years, we sold our coffee through middlemen and never knew where it ended up,"', "direct",
          "Bizimana", "Claude Bizimana", speaker_at='up," Bizimana said'),
        Q('"Now a farmer in Nyamasheke will know that her coffee is served in Osaka."', "direct", "Bizimana",
          "Claude Bizimana", speaker_at='up," Bizimana said'),
        Q("his firm had been buying small lots from Rwanda since 2017 and decided to commit after three years of "
          "consistent cup scores", "indirect", "Hiroshi Tanaka", "Hiroshi Tanaka"),
        Q('"Japanese consumers are very demanding,"', "direct", "Tanaka", "Hiroshi Tanaka", speaker_at="Tanaka said"),
        Q('"They will pay for quality, but they will not forgive one bad harvest."', "direct", "Tanaka",
          "Hiroshi Tanaka", speaker_at="Tanaka said"),
        Q("that members would receive a second payment at the end of each season if the buyer's premium was met",
          "indirect", "Marie Claire Uwamahoro", "Marie Claire Uwamahoro"),
        Q('"This is the first time we have a contract that goes beyond one season. We can now plan, and even '
          'borrow from the bank,"', "direct", "she", "Marie Claire Uwamahoro", speaker_at="she said"),
        Q("coffee exports earned Rwanda $148 million in the 2023/2024 financial year, up from $101 million the "
          "previous year", "indirect", "NAEB", "National Agricultural Export Development Board",
          speaker_at="According to NAEB"),
        Q("the minimum price did not reflect the rising cost of fertiliser and labour", "indirect", "Some farmers",
          None),
        Q('"a good start, not a finish line"', "partial", "Jean Damascène Nsengiyumva",
          "Jean Damascène Nsengiyumva"),
        Q("long-term contracts helped shield growers when global prices fell, as they did sharply in 2019",
          "indirect", "Pascal Habimana", "Pascal Habimana"),
        Q("The first containers are expected to be shipped through the port of Dar es Salaam in June", "indirect",
          "the board", "National Agricultural Export Development Board"),
    ], source="blind"),
    Case("blind83-asylum-centres", """Ottawa unveils $362-million plan to house asylum seekers as shelters overflow

OTTAWA — The federal government will spend $362-million over two years to help cities house asylum seekers, Immigration Minister Danielle Lavoie announced Tuesday, as shelters in Toronto, Montreal and Ottawa struggle with record demand.

The money will fund a network of "welcome centres" near major airports, where new arrivals can stay for up to 90 days while they apply for work permits, Ms. Lavoie told reporters on Parliament Hill.

"No one who comes to Canada seeking protection should be sleeping on a sidewalk in January," Ms. Lavoie said. "This is a national responsibility, and we are treating it that way.

"Every level of government has a role to play here, and Ottawa is stepping up."

Toronto Mayor Helen Mercado said the funding was welcome but fell short of what the city had asked for. The City of Toronto has estimated that it needs $250-million this year alone to shelter refugee claimants, who now make up close to half of the people in its shelter system.

"We're grateful, but let's be clear: this doesn't get anyone off a cot in a church basement this winter," Ms. Mercado said in a statement.

Quebec, which has received the largest share of claimants, has been pressing Ottawa to spread arrivals more evenly across provinces. A spokesperson for Quebec's immigration ministry said the province would study the details before commenting.

According to Immigration, Refugees and Citizenship Canada, more than 140,000 asylum claims were filed in 2023, a record. The department said a claimant now waits an average of 44 months for a hearing at the Immigration and Refugee Board.

Maya Ghanem, executive director of the Toronto-based Refugee Welcome Network, said temporary centres were only part of the answer.

"Ninety days is not enough time to find an apartment in this market, especially when landlords want references and a credit history that newcomers simply don't have," she said.

She said the centres should be paired with rent supplements for families moving out of them.

Conservative immigration critic Brad Kowalchuk called the plan "a band-aid on a problem the government created."

Ms. Lavoie said the first centres would open in Toronto and Montreal by spring. "We'll be judged on results," she added.""", [
        Q("The federal government will spend $362-million over two years to help cities house asylum seekers",
          "indirect", "Danielle Lavoie", "Danielle Lavoie"),
        Q('The money will fund a network of "welcome centres" near major airports, where new arrivals can stay for '
          'up to 90 days while they apply for work permits', "indirect", "Lavoie", "Danielle Lavoie",
          speaker_at="Ms. Lavoie told"),
        Q('"No one who comes to Canada seeking protection should be sleeping on a sidewalk in January,"', "direct",
          "Lavoie", "Danielle Lavoie", speaker_at="Ms. Lavoie said."),
        Q('"This is a national responsibility, and we are treating it that way.', "direct", "Lavoie",
          "Danielle Lavoie", speaker_at="Ms. Lavoie said."),
        Q('"Every level of government has a role to play here, and Ottawa is stepping up."', "direct", "Lavoie",
          "Danielle Lavoie", speaker_at="Ms. Lavoie said."),
        Q("the funding was welcome but fell short of what the city had asked for", "indirect", "Helen Mercado",
          "Helen Mercado"),
        Q("that it needs $250-million this year alone to shelter refugee claimants, who now make up close to half "
          "of the people in its shelter system", "indirect", "The City of Toronto", "City of Toronto"),
        Q('"We\'re grateful, but let\'s be clear: this doesn\'t get anyone off a cot in a church basement this '
          'winter,"', "direct", "Mercado", "Helen Mercado", speaker_at="Ms. Mercado said"),
        Q("the province would study the details before commenting", "indirect",
          "A spokesperson for Quebec's immigration ministry", None),
        Q("more than 140,000 asylum claims were filed in 2023, a record", "indirect",
          "Immigration, Refugees and Citizenship Canada", "Immigration, Refugees and Citizenship Canada"),
        Q("a claimant now waits an average of 44 months for a hearing at the Immigration and Refugee Board",
          "indirect", "The department", "Immigration, Refugees and Citizenship Canada"),
        Q("temporary centres were only part of the answer", "indirect", "Maya Ghanem", "Maya Ghanem"),
        Q('"Ninety days is not enough time to find an apartment in this market, especially when landlords want '
          'references and a credit history that newcomers simply don\'t have,"', "direct", "she", "Maya Ghanem",
          speaker_at="she said"),
        Q("the centres should be paired with rent supplements for families moving out of them", "indirect", "She",
          "Maya Ghanem", speaker_at="She said"),
        Q('"a band-aid on a problem the government created."', "partial", "Brad Kowalchuk", "Brad Kowalchuk"),
        Q("the first centres would open in Toronto and Montreal by spring", "indirect", "Lavoie", "Danielle Lavoie",
          speaker_at="Ms. Lavoie said the first"),
        Q('"We\'ll be judged on results,"', "direct", "she", "Danielle Lavoie", speaker_at="she added"),
    ], source="blind"),
    Case("blind83-afm-dinghy", """AFM rescues 87 migrants from sinking dinghy south of Malta

Eighty-seven migrants, including 14 children, were rescued from a partially deflated rubber boat some 60 nautical miles south of Malta in the early hours of Sunday, the Armed Forces of Malta said.

In a statement, the AFM said its patrol boat P61 was dispatched after the Rescue Coordination Centre received a distress call relayed by the NGO Alarm Phone at around 1am.

“When our crew arrived, the boat was taking in water and several people were already in the sea,” an AFM spokesman said. “Without that intervention, we would be counting bodies this morning.”

According to the army, the migrants had left Zuwara in western Libya two days earlier. They were brought to Hay Wharf and handed over to the police and health authorities.

Three people, including a pregnant woman, were taken to Mater Dei Hospital. A hospital spokeswoman said their condition was stable.

Alarm Phone said on X that the group had been drifting for more than 20 hours and that its calls to Italian and Maltese authorities had gone unanswered for much of the night.

Home Affairs Minister Jonathan Camilleri said Malta had “fulfilled every obligation” under international law and described the AFM as “on the front line, as always”.

“Malta does its part and more. What we cannot accept is that a small island is left to carry Europe’s burden alone,” Camilleri told Times of Malta.

Rachel Vella, a lawyer with the migrants’ rights NGO Aditus Foundation, said the rescue was welcome but that questions remained over the hours before the patrol boat was sent.

Vella said: “Every hour matters when people are in a rubber boat in February. We need to know exactly when the call was received and when the boat left.”

According to the UN refugee agency UNHCR, 380 people have reached Malta by sea so far this year, compared with 405 in the whole of 2023.

The police said investigations were under way to identify those who steered the boat.""", [
        Q("Eighty-seven migrants, including 14 children, were rescued from a partially deflated rubber boat some 60 "
          "nautical miles south of Malta in the early hours of Sunday", "indirect", "the Armed Forces of Malta",
          "Armed Forces of Malta"),
        Q("its patrol boat P61 was dispatched after the Rescue Coordination Centre received a distress call relayed "
          "by the NGO Alarm Phone at around 1am", "indirect", "the AFM", "Armed Forces of Malta",
          speaker_at="the AFM said"),
        Q("“When our crew arrived, the boat was taking in water and several people were already in the sea,”",
          "direct", "an AFM spokesman", None),
        Q("“Without that intervention, we would be counting bodies this morning.”", "direct", "an AFM spokesman",
          None),
        Q("the migrants had left Zuwara in western Libya two days earlier", "indirect", "the army",
          "Armed Forces of Malta"),
        Q("their condition was stable", "indirect", "A hospital spokeswoman", None),
        Q("that the group had been drifting for more than 20 hours and that its calls to Italian and Maltese "
          "authorities had gone unanswered for much of the night", "indirect", "Alarm Phone", "Alarm Phone",
          speaker_at="Alarm Phone said"),
        Q("“fulfilled every obligation”", "partial", "Jonathan Camilleri", "Jonathan Camilleri"),
        Q("“on the front line, as always”", "partial", "Jonathan Camilleri", "Jonathan Camilleri"),
        Q("“Malta does its part and more. What we cannot accept is that a small island is left to carry Europe’s "
          "burden alone,”", "direct", "Camilleri", "Jonathan Camilleri", speaker_at="Camilleri told"),
        Q("the rescue was welcome but that questions remained over the hours before the patrol boat was sent",
          "indirect", "Rachel Vella", "Rachel Vella"),
        Q("“Every hour matters when people are in a rubber boat in February. We need to know exactly when the call "
          "was received and when the boat left.”", "direct", "Vella", "Rachel Vella", speaker_at="Vella said:"),
        Q("380 people have reached Malta by sea so far this year, compared with 405 in the whole of 2023",
          "indirect", "UNHCR", "UNHCR"),
        Q("investigations were under way to identify those who steered the boat", "indirect", "The police", None),
    ], source="blind"),
    Case("blind83-cape-greco", """Boat carrying 112 Syrians intercepted off Cape Greco

A fishing boat carrying 112 Syrians, among them 31 minors, was intercepted by the marine police off Cape Greco on Tuesday night, police said on Wednesday.

Police spokesman Michalis Ioannou said the vessel had been picked up on radar at around 9pm some 20 nautical miles south-east of the cape and was escorted to Ayia Napa harbour. The radar is part of the EU-funded ‘Sea Shield’ surveillance programme.

‘The sea was rough and the boat was overloaded. Our officers acted quickly to get the children off first,’ Ioannou told the Cyprus Mail.

He said two men believed to be the boat’s skippers had been arrested and would appear before the Famagusta district court in Paralimni on Thursday.

The passengers were taken to the Pournara first reception centre in Kokkinotrimithia where, according to the interior ministry, they will undergo health checks and register asylum claims.

Interior Minister Andreas Kyriakides said Cyprus was ‘at the limit’ of its capacity, with Pournara already holding more than 1,000 people.

Kyriakides said: ‘We will do our humanitarian duty, but we cannot be the only door into Europe. The EU must act on returns, and it must act now.’

He said that the government would raise the issue at next week’s meeting of EU interior ministers in Brussels.

UNHCR said the new arrivals included families who had lived in Lebanon for years. A spokeswoman for the agency, Katerina Pavlou, described conditions there as ‘unbearable’ for many Syrians.

Ayia Napa mayor Giorgos Michael said the town supported the rescue effort but complained that the harbour lacked basic facilities for receiving people. ‘Our fishermen end up handing out water bottles,’ he said.

According to police figures, 3,200 people have reached Cyprus by boat since January, most of them departing from Lebanon.""", [
        Q("A fishing boat carrying 112 Syrians, among them 31 minors, was intercepted by the marine police off Cape "
          "Greco on Tuesday night", "indirect", "police", None, speaker_at="police said on Wednesday"),
        Q("the vessel had been picked up on radar at around 9pm some 20 nautical miles south-east of the cape and "
          "was escorted to Ayia Napa harbour", "indirect", "Michalis Ioannou", "Michalis Ioannou"),
        Q("‘The sea was rough and the boat was overloaded. Our officers acted quickly to get the children off "
          "first,’", "direct", "Ioannou", "Michalis Ioannou", speaker_at="Ioannou told"),
        Q("two men believed to be the boat’s skippers had been arrested and would appear before the Famagusta "
          "district court in Paralimni on Thursday", "indirect", "He", "Michalis Ioannou", speaker_at="He said two"),
        Q("they will undergo health checks and register asylum claims", "indirect", "the interior ministry", None),
        Q("‘at the limit’", "partial", "Andreas Kyriakides", "Andreas Kyriakides"),
        Q("‘We will do our humanitarian duty, but we cannot be the only door into Europe. The EU must act on "
          "returns, and it must act now.’", "direct", "Kyriakides", "Andreas Kyriakides",
          speaker_at="Kyriakides said:"),
        Q("that the government would raise the issue at next week’s meeting of EU interior ministers in Brussels",
          "indirect", "He", "Andreas Kyriakides", speaker_at="He said that"),
        Q("the new arrivals included families who had lived in Lebanon for years", "indirect", "UNHCR", "UNHCR",
          speaker_at="UNHCR said"),
        Q("‘unbearable’", "partial", "Katerina Pavlou", "Katerina Pavlou"),
        Q("the town supported the rescue effort", "indirect", "Giorgos Michael", "Giorgos Michael"),
        Q("that the harbour lacked basic facilities for receiving people", "indirect", "Giorgos Michael",
          "Giorgos Michael"),
        Q("‘Our fishermen end up handing out water bottles,’", "direct", "he", "Giorgos Michael",
          speaker_at="he said"),
        Q("3,200 people have reached Cyprus by boat since January, most of them departing from Lebanon", "indirect",
          "police figures", None),
    ], source="blind"),
    Case("blind83-storage-tariff", """NEA seeks higher power purchase rate for storage projects

KATHMANDU, March 12: The Nepal Electricity Authority (NEA) has proposed raising the power purchase rate for storage-type hydropower projects by 12 per cent, arguing that the current tariff is too low to attract investment in dry-season generation.

Under the proposal submitted to the Electricity Regulatory Commission (ERC) on Sunday, the rate for electricity generated by storage projects in the dry months from Poush to Chaitra would rise from Rs 12.40 to Rs 13.90 per unit.

"Nepal has plenty of electricity in the monsoon, but we still import from India in winter. Storage projects are the only long-term answer," said NEA Managing Director Surendra Lal Shrestha.

Shrestha said the authority imported electricity worth Rs 18 billion from India in the last fiscal year, most of it between December and March.

Independent power producers welcomed the move but said it did not go far enough. According to the Independent Power Producers' Association, Nepal (IPPAN), construction costs for storage projects have risen by almost 40 per cent since 2019 due to higher interest rates and the rising price of steel and cement.

IPPAN President Bishnu Prasad Gautam said a 12 per cent increase would "barely cover inflation" and that the rate should be at least Rs 15 per unit.

"Banks will not lend for a storage project with a 10-year construction period at this rate. The numbers simply don't work," Gautam told The Himalayan Times.

An official at the commission, who requested anonymity as he was not authorised to speak to the media, said the proposal would be decided within 60 days after a public hearing.

Prem Lal Maharjan, president of the Consumer Rights Protection Forum, said any increase in purchase rates would eventually be passed on to households. "Households should not pay for poor planning," Maharjan said.

Last monsoon, the NEA spilled an estimated 1,000 megawatts of electricity a day, the so-called "spill energy" that it could neither use nor export.

Minister for Energy, Water Resources and Irrigation Hari Prasad Koirala, speaking at a programme in the capital on Tuesday, said the government was committed to building at least five storage projects by 2035. "Without storage, our dream of energy security will remain a dream," he said, adding that a decision on the tariff was for the regulator to make.""", [
        Q("that the current tariff is too low to attract investment in dry-season generation", "indirect",
          "The Nepal Electricity Authority", "Nepal Electricity Authority"),
        Q('"Nepal has plenty of electricity in the monsoon, but we still import from India in winter. Storage '
          'projects are the only long-term answer,"', "direct", "Surendra Lal Shrestha", "Surendra Lal Shrestha"),
        Q("the authority imported electricity worth Rs 18 billion from India in the last fiscal year, most of it "
          "between December and March", "indirect", "Shrestha", "Surendra Lal Shrestha",
          speaker_at="Shrestha said"),
        Q("it did not go far enough", "indirect", "Independent power producers", None),
        Q("construction costs for storage projects have risen by almost 40 per cent since 2019 due to higher "
          "interest rates and the rising price of steel and cement", "indirect",
          "the Independent Power Producers' Association, Nepal", "Independent Power Producers' Association, Nepal"),
        Q('"barely cover inflation"', "partial", "Bishnu Prasad Gautam", "Bishnu Prasad Gautam"),
        Q("that the rate should be at least Rs 15 per unit", "indirect", "Bishnu Prasad Gautam",
          "Bishnu Prasad Gautam"),
        Q('"Banks will not lend for a storage project with a 10-year construction period at this rate. The numbers '
          'simply don\'t work,"', "direct", "Gautam", "Bishnu Prasad Gautam", speaker_at="Gautam told"),
        Q("the proposal would be decided within 60 days after a public hearing", "indirect",
          "An official at the commission", None),
        Q("any increase in purchase rates would eventually be passed on to households", "indirect",
          "Prem Lal Maharjan", "Prem Lal Maharjan"),
        Q('"Households should not pay for poor planning,"', "direct", "Maharjan", "Prem Lal Maharjan",
          speaker_at="Maharjan said"),
        Q("the government was committed to building at least five storage projects by 2035", "indirect",
          "Hari Prasad Koirala", "Hari Prasad Koirala"),
        Q('"Without storage, our dream of energy security will remain a dream,"', "direct", "he",
          "Hari Prasad Koirala", speaker_at="he said"),
        Q("that a decision on the tariff was for the regulator to make", "indirect", "he", "Hari Prasad Koirala",
          speaker_at="he said"),
    ], source="blind"),
    Case("blind83-era-tariff", """ERA approves new electricity tariff, households to pay more from July

Households using more than 100 units of electricity a month will pay Nu 1.87 per unit from July 1, up from Nu 1.28, under a revised tariff approved by the Electricity Regulatory Authority (ERA), the authority announced on Friday.

Rural households will continue to get the first 100 units free, the ERA said. Low-income urban users on the “lifeline” block will see no change.

ERA Chief Executive Officer Jigme Tenzin said the revision was needed because the cost of generating and supplying electricity had gone up while the tariff had been kept artificially low for years.

“The subsidy the government pays every year keeps rising. At some point, the tariff has to reflect the real cost,” he said.

According to the ERA, the cost of supply has risen to Nu 2.42 per unit, driven partly by higher operation and maintenance costs at ageing plants.

Druk Green Power Corporation (DGPC), which runs the country’s major hydropower plants, said the new tariff would not affect its export earnings from India, which are governed by separate bilateral agreements.

Some consumers in Thimphu said the increase would hurt families already struggling with rising prices.

“Our bill will go up by almost Nu 300 in winter when we use heaters,” said Dechen Wangmo, a civil servant living in Changzamtog. “Salaries have not gone up like this.”

A hotelier in Paro, who asked not to be named, described the change in commercial rates as “manageable, for now”.

Opposition Leader Sonam Rinzin said the timing was poor, with households still recovering from the economic slowdown. He said the increase should be phased in over three years.

Minister for Energy and Natural Resources Lyonpo Karma Wangdi told The Bhutanese that the government would review the subsidy before the new rates take effect. “We will not let the most vulnerable households fall through the cracks,” the minister said.

Bhutan Power Corporation Limited (BPC) said it would begin billing at the new rates from the July meter reading.""", [
        Q("Households using more than 100 units of electricity a month will pay Nu 1.87 per unit from July 1, up "
          "from Nu 1.28, under a revised tariff approved by the Electricity Regulatory Authority (ERA)", "indirect",
          "the authority", "Electricity Regulatory Authority"),
        Q("Rural households will continue to get the first 100 units free", "indirect", "the ERA",
          "Electricity Regulatory Authority", speaker_at="the ERA said"),
        Q("the revision was needed because the cost of generating and supplying electricity had gone up while the "
          "tariff had been kept artificially low for years", "indirect", "Jigme Tenzin", "Jigme Tenzin"),
        Q("“The subsidy the government pays every year keeps rising. At some point, the tariff has to reflect the "
          "real cost,”", "direct", "he", "Jigme Tenzin", speaker_at="he said"),
        Q("the cost of supply has risen to Nu 2.42 per unit, driven partly by higher operation and maintenance "
          "costs at ageing plants", "indirect", "the ERA", "Electricity Regulatory Authority",
          speaker_at="According to the ERA"),
        Q("the new tariff would not affect its export earnings from India, which are governed by separate "
          "bilateral agreements", "indirect", "Druk Green Power Corporation", "Druk Green Power Corporation"),
        Q("the increase would hurt families already struggling with rising prices", "indirect",
          "Some consumers in Thimphu", None),
        Q("“Our bill will go up by almost Nu 300 in winter when we use heaters,”", "direct", "Dechen Wangmo",
          "Dechen Wangmo"),
        Q("“Salaries have not gone up like this.”", "direct", "Dechen Wangmo", "Dechen Wangmo"),
        Q("“manageable, for now”", "partial", "A hotelier in Paro", None),
        Q("the timing was poor, with households still recovering from the economic slowdown", "indirect",
          "Sonam Rinzin", "Sonam Rinzin"),
        Q("the increase should be phased in over three years", "indirect", "He", "Sonam Rinzin",
          speaker_at="He said the increase"),
        Q("that the government would review the subsidy before the new rates take effect", "indirect",
          "Karma Wangdi", "Karma Wangdi"),
        Q("“We will not let the most vulnerable households fall through the cracks,”", "direct", "the minister",
          "Karma Wangdi"),
        Q("it would begin billing at the new rates from the July meter reading", "indirect",
          "Bhutan Power Corporation Limited", "Bhutan Power Corporation Limited"),
    ], source="blind"),
    Case("blind83-limassol-flats", """Limassol developer charged over sale of same flats to several buyers

A Limassol property developer has been charged with fraud and money laundering after allegedly selling the same apartments to several buyers, police said on Monday.

The 58-year-old man, whose name has not been made public, appeared before the Limassol district court, which remanded him in custody for eight days.

According to the investigating officer, Sergeant Panayiotis Charalambous, at least 46 buyers, most of them foreign nationals, paid deposits totalling €7.3 million for 31 apartments in two developments in Germasogeia and Agios Athanasios.

Charalambous told the court that some of the flats had been sold three times and that the buildings were mortgaged to a bank without the buyers' knowledge.

'The suspect used money from new buyers to pay off earlier debts. It was a chain that was bound to break,' he said.

The developer's lawyer, Marios Constantinou, told the court his client denied any criminal intent and blamed the collapse on 'a market that turned against him'.

'My client has never run away. He is here, he is cooperating and he wants to finish the projects,' Constantinou said.

One of the buyers, a British pensioner who moved to Limassol in 2019, told in-cyprus she had paid €180,000 for a two-bedroom flat that was never delivered.

'We did everything right. We had a lawyer, we checked the permits, and still we lost everything,' she said.

The Department of Lands and Surveys said no title deeds had been issued for either development.

Lefteris Pittas, who heads the Cyprus Association of Property Buyers, said the case showed that buyers still had little protection under the so-called 'specific performance' law, which allows contracts to be deposited at the land registry.

'Depositing the contract is not enough if the developer has already mortgaged the land. The law must change,' Pittas said, adding that his group had written to the justice minister.

The justice ministry said a bill tightening the rules was being prepared and would be sent to parliament before the summer.

The case returns to court next Tuesday, when police are expected to ask for a further remand.""", [
        Q("A Limassol property developer has been charged with fraud and money laundering after allegedly selling "
          "the same apartments to several buyers", "indirect", "police", None, speaker_at="police said on Monday"),
        Q("at least 46 buyers, most of them foreign nationals, paid deposits totalling €7.3 million for 31 "
          "apartments in two developments in Germasogeia and Agios Athanasios", "indirect",
          "Panayiotis Charalambous", "Panayiotis Charalambous"),
        Q("that some of the flats had been sold three times and that the buildings were mortgaged to a bank "
          "without the buyers' knowledge", "indirect", "Charalambous", "Panayiotis Charalambous",
          speaker_at="Charalambous told"),
        Q("'The suspect used money from new buyers to pay off earlier debts. It was a chain that was bound to "
          "break,'", "direct", "he", "Panayiotis Charalambous", speaker_at="he said"),
        Q("his client denied any criminal intent", "indirect", "Marios Constantinou", "Marios Constantinou"),
        Q("'a market that turned against him'", "partial", "Marios Constantinou", "Marios Constantinou"),
        Q("'My client has never run away. He is here, he is cooperating and he wants to finish the projects,'",
          "direct", "Constantinou", "Marios Constantinou", speaker_at="Constantinou said"),
        Q("she had paid €180,000 for a two-bedroom flat that was never delivered", "indirect", "One of the buyers",
          None),
        Q("'We did everything right. We had a lawyer, we checked the permits, and still we lost everything,'",
          "direct", "she", None, speaker_at="she said"),
        Q("no title deeds had been issued for either development", "indirect", "The Department of Lands and Surveys",
          "Department of Lands and Surveys"),
        Q("the case showed that buyers still had little protection under the so-called 'specific performance' law, "
          "which allows contracts to be deposited at the land registry", "indirect", "Lefteris Pittas",
          "Lefteris Pittas"),
        Q("'Depositing the contract is not enough if the developer has already mortgaged the land. The law must "
          "change,'", "direct", "Pittas", "Lefteris Pittas", speaker_at="Pittas said"),
        Q("that his group had written to the justice minister", "indirect", "Pittas", "Lefteris Pittas",
          speaker_at="Pittas said"),
        Q("a bill tightening the rules was being prepared and would be sent to parliament before the summer",
          "indirect", "The justice ministry", None),
    ], source="blind"),
    Case("blind83-zabbar-block", """Developer and architect charged over unfinished Żabbar block

A developer and an architect were charged in court on Thursday with defrauding 22 families who paid deposits for apartments in a Żabbar block that was never completed.

Emanuel Borg, 52, of Żejtun, and architect Karl Micallef, 39, of Swieqi, pleaded not guilty to fraud, misappropriation and the forgery of documents before magistrate Joanna Galea.

Inspector Roderick Spiteri told the court that the pair had collected more than €1.9 million in promise-of-sale deposits between 2019 and 2022 while the site stood idle.

“The families were shown certificates of progress signed by the architect for works that had never been carried out,” the inspector said. He said the police had traced part of the money to a company registered in Cyprus.

Lawyer Matthew Brincat, appearing for Borg, said his client had been “a victim of the construction slowdown”. Brincat told the court that Borg still intended to finish the block by 2026.

Micallef’s lawyer, Claire Montebello, argued that her client had signed the certificates in good faith, based on information provided by the developer.

Outside court, buyers told MaltaToday they had been paying rent and a bank loan at the same time for over two years.

“We signed a promise of sale in 2020. Our daughter was born, started school, and we are still living with my parents,” said Maria Azzopardi, a 34-year-old teacher.

“Every time we called, they said the steel was coming next month,” she said. “Then they stopped answering.”

The Building and Construction Authority said the site had been inspected in 2023 and that a “stop and secure” order had been issued after scaffolding was found to be unsafe.

The Malta Developers Association said it had no record of either man among its members. Its president, Alan Grech Sant, said rogue operators were “giving the whole industry a bad name” and that the association had long called for a licensing system for developers.

The case continues on 14 May.""", [
        Q("that the pair had collected more than €1.9 million in promise-of-sale deposits between 2019 and 2022 "
          "while the site stood idle", "indirect", "Roderick Spiteri", "Roderick Spiteri"),
        Q("“The families were shown certificates of progress signed by the architect for works that had never been "
          "carried out,”", "direct", "the inspector", "Roderick Spiteri"),
        Q("the police had traced part of the money to a company registered in Cyprus", "indirect", "He",
          "Roderick Spiteri", speaker_at="He said the police"),
        Q("“a victim of the construction slowdown”", "partial", "Matthew Brincat", "Matthew Brincat"),
        Q("that Borg still intended to finish the block by 2026", "indirect", "Brincat", "Matthew Brincat",
          speaker_at="Brincat told"),
        Q("that her client had signed the certificates in good faith, based on information provided by the "
          "developer", "indirect", "Claire Montebello", "Claire Montebello"),
        Q("they had been paying rent and a bank loan at the same time for over two years", "indirect", "buyers",
          None, speaker_at="buyers told"),
        Q("“We signed a promise of sale in 2020. Our daughter was born, started school, and we are still living "
          "with my parents,”", "direct", "Maria Azzopardi", "Maria Azzopardi"),
        Q("“Every time we called, they said the steel was coming next month,”", "direct", "she", "Maria Azzopardi",
          speaker_at="she said"),
        Q("“Then they stopped answering.”", "direct", "she", "Maria Azzopardi", speaker_at="she said"),
        Q("the site had been inspected in 2023 and that a “stop and secure” order had been issued after scaffolding "
          "was found to be unsafe", "indirect", "The Building and Construction Authority",
          "Building and Construction Authority"),
        Q("it had no record of either man among its members", "indirect", "The Malta Developers Association",
          "Malta Developers Association"),
        Q("“giving the whole industry a bad name”", "partial", "Alan Grech Sant", "Alan Grech Sant"),
        Q("that the association had long called for a licensing system for developers", "indirect",
          "Alan Grech Sant", "Alan Grech Sant"),
    ], source="blind"),
    Case("blind83-epo-ban", """Ethiopian marathoner handed four-year ban for EPO

Addis Abeba – Ethiopian marathon runner Tigist Alemayehu has been banned for four years after testing positive for the blood booster EPO, the Athletics Integrity Unit (AIU) announced on Tuesday.

The 27-year-old, who finished second at the Dubai Marathon in January, was provisionally suspended in March. According to the AIU, the sample was collected out of competition in Bekoji on 14 February.

The AIU said in its decision that the athlete had failed to give a “plausible explanation” for the presence of the substance.

Mesfin Tadesse, director general of the Ethiopian National Anti-Doping Organization (ETH-NADO), told Addis Standard that the case showed the testing system was working.

Mesfin said, “Some people think that if an athlete trains in a remote village, nobody will come to test them. This case proves them wrong.”

He said that ETH-NADO had conducted more than 2,400 tests in the past year, most of them on distance runners.

The Ethiopian Athletics Federation (EAF) said it “strongly condemns” all forms of doping. The federation added that the athlete had been removed from the national team pool.

Ethiopia is one of the countries the AIU places in its “Category A”, the highest-risk group, under which national-level athletes must undergo at least three out-of-competition tests before major championships.

Her coach, Getaneh Worku, said he was “shocked and saddened” by the ruling. “I have trained her since she was 16. I never saw anything like this,” Coach Getaneh told the Ethiopian News Agency.

The state-run Ethiopian Broadcasting Corporation reported that the athlete had returned to training in Sululta while awaiting the verdict.

Tigist, who has 30 days to appeal to the Court of Arbitration for Sport, could not be reached for comment. Her manager said she maintained her innocence and was considering an appeal.

Former world champion Almaz Kebede, now a member of the EAF executive committee, said young athletes were being pushed by “agents who only care about prize money”.

“We have to protect the name of Ethiopian running. Our heroes won clean,” she said.""", [
        Q("Ethiopian marathon runner Tigist Alemayehu has been banned for four years after testing positive for the "
          "blood booster EPO", "indirect", "the Athletics Integrity Unit", "Athletics Integrity Unit"),
        Q("the sample was collected out of competition in Bekoji on 14 February", "indirect", "the AIU",
          "Athletics Integrity Unit", speaker_at="According to the AIU"),
        Q("“plausible explanation”", "partial", "The AIU", "Athletics Integrity Unit", speaker_at="The AIU said"),
        Q("that the case showed the testing system was working", "indirect", "Mesfin Tadesse", "Mesfin Tadesse"),
        Q("“Some people think that if an athlete trains in a remote village, nobody will come to test them. This "
          "case proves them wrong.”", "direct", "Mesfin", "Mesfin Tadesse", speaker_at="Mesfin said"),
        Q("that ETH-NADO had conducted more than 2,400 tests in the past year, most of them on distance runners",
          "indirect", "He", "Mesfin Tadesse", speaker_at="He said that"),
        Q("“strongly condemns”", "partial", "The Ethiopian Athletics Federation", "Ethiopian Athletics Federation"),
        Q("that the athlete had been removed from the national team pool", "indirect", "The federation",
          "Ethiopian Athletics Federation"),
        Q("“shocked and saddened”", "partial", "Getaneh Worku", "Getaneh Worku"),
        Q("“I have trained her since she was 16. I never saw anything like this,”", "direct", "Getaneh",
          "Getaneh Worku", speaker_at="Coach Getaneh told"),
        Q("that the athlete had returned to training in Sululta while awaiting the verdict", "indirect",
          "Ethiopian Broadcasting Corporation", "Ethiopian Broadcasting Corporation"),
        Q("she maintained her innocence and was considering an appeal", "indirect", "Her manager", None),
        Q("“agents who only care about prize money”", "partial", "Almaz Kebede", "Almaz Kebede"),
        Q("“We have to protect the name of Ethiopian running. Our heroes won clean,”", "direct", "she",
          "Almaz Kebede", speaker_at="she said"),
    ], source="blind"),
    Case("blind83-testosterone-ban", """Canadian marathoner banned four years after positive test for testosterone

TORONTO — A Canadian marathoner who represented the country at last year's world championships has been suspended for four years after a urine sample showed traces of synthetic testosterone, the Canadian Centre for Ethics in Sport said Wednesday.

Ryan MacPherson, 31, of Guelph, Ont., accepted the sanction, the CCES said in a statement. The ban runs until March 2029.

In a post on Instagram, MacPherson said he had taken a supplement bought online to treat a hamstring injury and had "never knowingly cheated."

"I made a terrible mistake in trusting a product I didn't check. I own that," he wrote. "But I want every young runner to know I never took a shortcut on purpose."

Athletics Canada said it supported the decision and had removed MacPherson from its national team program.

"Canadians expect our athletes to compete clean, and the vast majority do," said Mathieu Gendron, Athletics Canada's chief executive.

Under the so-called "strict liability" rule, athletes are responsible for any substance found in their bodies, regardless of how it got there.

Dr. Karen Whitfield, a sports physician at the University of Calgary, said supplements bought online were a "minefield" for athletes. "Studies have found that as many as one in five supplements contain substances not listed on the label," she said.

Whitfield told the National Post that elite runners outside the carded system often had little medical support between races.

Reached by phone, MacPherson's coach, Dave Sorensen, said he was "gutted" and that he believed the athlete's account.

"He was the guy who went to bed at nine so he could run at six. That's who I know," Sorensen said. "If he says it was a supplement, I believe him.

"He'll come back from this. I just hope the sport lets him."

His results since the sample was collected in October 2024 will be disqualified, according to the CCES.""", [
        Q("A Canadian marathoner who represented the country at last year's world championships has been suspended "
          "for four years after a urine sample showed traces of synthetic testosterone", "indirect",
          "the Canadian Centre for Ethics in Sport", "Canadian Centre for Ethics in Sport"),
        Q("Ryan MacPherson, 31, of Guelph, Ont., accepted the sanction", "indirect", "the CCES",
          "Canadian Centre for Ethics in Sport", speaker_at="the CCES said"),
        Q("he had taken a supplement bought online to treat a hamstring injury", "indirect", "MacPherson",
          "Ryan MacPherson", speaker_at="MacPherson said"),
        Q('"never knowingly cheated."', "partial", "MacPherson", "Ryan MacPherson", speaker_at="MacPherson said"),
        Q('"I made a terrible mistake in trusting a product I didn\'t check. I own that,"', "direct", "he",
          "Ryan MacPherson", speaker_at="he wrote"),
        Q('"But I want every young runner to know I never took a shortcut on purpose."', "direct", "he",
          "Ryan MacPherson", speaker_at="he wrote"),
        Q("it supported the decision and had removed MacPherson from its national team program", "indirect",
          "Athletics Canada", "Athletics Canada", speaker_at="Athletics Canada said"),
        Q('"Canadians expect our athletes to compete clean, and the vast majority do,"', "direct", "Mathieu Gendron",
          "Mathieu Gendron"),
        Q('"minefield"', "partial", "Karen Whitfield", "Karen Whitfield"),
        Q('"Studies have found that as many as one in five supplements contain substances not listed on the '
          'label,"', "direct", "she", "Karen Whitfield", speaker_at="she said"),
        Q("that elite runners outside the carded system often had little medical support between races", "indirect",
          "Whitfield", "Karen Whitfield", speaker_at="Whitfield told"),
        Q('"gutted"', "partial", "Dave Sorensen", "Dave Sorensen"),
        Q("that he believed the athlete's account", "indirect", "Dave Sorensen", "Dave Sorensen"),
        Q('"He was the guy who went to bed at nine so he could run at six. That\'s who I know,"', "direct",
          "Sorensen", "Dave Sorensen", speaker_at="Sorensen said"),
        Q('"If he says it was a supplement, I believe him.', "direct", "Sorensen", "Dave Sorensen",
          speaker_at="Sorensen said"),
        Q('"He\'ll come back from this. I just hope the sport lets him."', "direct", "Sorensen", "Dave Sorensen",
          speaker_at="Sorensen said"),
        Q("His results since the sample was collected in October 2024 will be disqualified", "indirect", "the CCES",
          "Canadian Centre for Ethics in Sport", speaker_at="according to the CCES"),
    ], source="blind"),
    Case("blind83-calgary-nurses", """Nurses walk off job at two Calgary hospitals over staffing

EDMONTON — Hundreds of nurses at two Calgary hospitals walked off the job Monday morning in what their union called an "emergency action" over chronic understaffing, forcing Alberta Health Services to postpone dozens of scheduled surgeries.

The United Nurses of Alberta said about 600 nurses at Foothills Medical Centre and the Peter Lougheed Centre took part in the walkout.

"Our members are working 16-hour shifts, back to back, with patients in hallways. Something had to give," UNA president Colleen Stolz told reporters outside Foothills.

Ms. Stolz said nurses had raised the staffing problems with management for more than a year. They had filed formal complaints "dozens of times," she said, and received no reply.

Alberta Health Services said the walkout was illegal under provincial labour law and that it had applied to the Alberta Labour Relations Board for a cease-and-desist order.

"Patient safety is our first priority, and this action puts patients at risk," an AHS spokesperson said in an e-mailed statement.

According to AHS, 47 elective surgeries were postponed on Monday, while emergency departments at both hospitals remained open with managers filling gaps.

Both hospitals have been running under the "full capacity protocol" for most of the winter.

Health Minister Leanne Sawchuk said the government valued the work nurses do. But she said it would not bargain "under the threat of illegal action."

"There is a legal process for resolving disputes, and I expect everyone to follow it," Ms. Sawchuk said.

Outside the Peter Lougheed Centre, Ravinder Gill, whose 78-year-old father's hip surgery was postponed, said he supported the nurses. "It's hard on the whole family, but I've seen how hard they work," he said.

Marc Tremblay, who teaches labour relations at the University of Calgary's Haskayne School of Business, said wildcat walkouts by nurses were rare in Alberta, but that frustration had been building since the pandemic.

The union said its members would return for their next scheduled shifts on Tuesday.""", [
        Q('"emergency action"', "partial", "their union", "United Nurses of Alberta"),
        Q("about 600 nurses at Foothills Medical Centre and the Peter Lougheed Centre took part in the walkout",
          "indirect", "The United Nurses of Alberta", "United Nurses of Alberta"),
        Q('"Our members are working 16-hour shifts, back to back, with patients in hallways. Something had to '
          'give,"', "direct", "Colleen Stolz", "Colleen Stolz"),
        Q("nurses had raised the staffing problems with management for more than a year", "indirect", "Stolz",
          "Colleen Stolz", speaker_at="Ms. Stolz said"),
        Q('"dozens of times,"', "partial", "she", "Colleen Stolz", speaker_at="she said, and"),
        Q("the walkout was illegal under provincial labour law and that it had applied to the Alberta Labour "
          "Relations Board for a cease-and-desist order", "indirect", "Alberta Health Services",
          "Alberta Health Services", speaker_at="Alberta Health Services said"),
        Q('"Patient safety is our first priority, and this action puts patients at risk,"', "direct",
          "an AHS spokesperson", None),
        Q("47 elective surgeries were postponed on Monday, while emergency departments at both hospitals remained "
          "open with managers filling gaps", "indirect", "AHS", "Alberta Health Services",
          speaker_at="According to AHS"),
        Q("the government valued the work nurses do", "indirect", "Leanne Sawchuk", "Leanne Sawchuk"),
        Q('"under the threat of illegal action."', "partial", "she", "Leanne Sawchuk", speaker_at="But she said"),
        Q('"There is a legal process for resolving disputes, and I expect everyone to follow it,"', "direct",
          "Sawchuk", "Leanne Sawchuk", speaker_at="Ms. Sawchuk said"),
        Q("he supported the nurses", "indirect", "Ravinder Gill", "Ravinder Gill"),
        Q('"It\'s hard on the whole family, but I\'ve seen how hard they work,"', "direct", "he", "Ravinder Gill",
          speaker_at="he said"),
        Q("wildcat walkouts by nurses were rare in Alberta, but that frustration had been building since the "
          "pandemic", "indirect", "Marc Tremblay", "Marc Tremblay"),
        Q("its members would return for their next scheduled shifts on Tuesday", "indirect", "The union",
          "United Nurses of Alberta"),
    ], source="blind"),
    Case("blind83-mater-dei-walkout", """Nurses at Mater Dei stage two-hour walkout over staff shortages

Nurses at Mater Dei Hospital walked out for two hours on Wednesday morning in protest against what their union described as ‘dangerous’ staffing levels in the emergency department and medical wards.

The Malta Union of Midwives and Nurses (MUMN) said that over 300 nurses took part in the action, while emergency cases and intensive care continued to be covered.

MUMN president Josianne Mifsud told The Malta Independent that one nurse was often left in charge of 20 patients on night shifts.

‘This is not about money. This is about patients being left alone because there is nobody to answer the bell,’ Mifsud said.

‘We have written to the ministry, we have met the minister, and we have been patient,’ she said, ‘but patience has limits.’

She said the union would move to its ‘phase two’ directives next week if no agreement was reached, including a ban on overtime.

The Ministry for Health and Active Ageing said in a statement that it ‘regretted’ the union’s decision to take industrial action while talks were ongoing.

According to the ministry, 140 foreign nurses were recruited in the past year and another 90 are expected to start by the summer.

Health Minister Mark Vassallo, speaking to reporters in Valletta, said the government’s door was ‘always open’. ‘Nobody values our nurses more than this government. But walkouts do not shorten waiting lists,’ Vassallo said.

Outpatient appointments scheduled during the walkout were postponed, a hospital spokesperson said, and patients would be contacted with new dates.

One elderly patient waiting at the outpatients’ entrance said she did not blame the nurses. ‘They are run off their feet. I see it every time I come,’ she said.

Nationalist Party health spokesman Adrian Zammit said the walkout was ‘the result of years of broken promises’.""", [
        Q("‘dangerous’", "partial", "their union", "Malta Union of Midwives and Nurses"),
        Q("that over 300 nurses took part in the action, while emergency cases and intensive care continued to be "
          "covered", "indirect", "The Malta Union of Midwives and Nurses", "Malta Union of Midwives and Nurses"),
        Q("that one nurse was often left in charge of 20 patients on night shifts", "indirect", "Josianne Mifsud",
          "Josianne Mifsud"),
        Q("‘This is not about money. This is about patients being left alone because there is nobody to answer the "
          "bell,’", "direct", "Mifsud", "Josianne Mifsud", speaker_at="Mifsud said"),
        Q("‘We have written to the ministry, we have met the minister, and we have been patient,’", "direct", "she",
          "Josianne Mifsud", speaker_at="she said, ‘but"),
        Q("‘but patience has limits.’", "direct", "she", "Josianne Mifsud", speaker_at="she said, ‘but"),
        Q("the union would move to its ‘phase two’ directives next week if no agreement was reached, including a "
          "ban on overtime", "indirect", "She", "Josianne Mifsud", speaker_at="She said"),
        Q("‘regretted’", "partial", "The Ministry for Health and Active Ageing",
          "Ministry for Health and Active Ageing"),
        Q("140 foreign nurses were recruited in the past year and another 90 are expected to start by the summer",
          "indirect", "the ministry", "Ministry for Health and Active Ageing", speaker_at="According to the ministry"),
        Q("‘always open’", "partial", "Mark Vassallo", "Mark Vassallo"),
        Q("‘Nobody values our nurses more than this government. But walkouts do not shorten waiting lists,’",
          "direct", "Vassallo", "Mark Vassallo", speaker_at="Vassallo said"),
        Q("Outpatient appointments scheduled during the walkout were postponed", "indirect", "a hospital spokesperson",
          None),
        Q("patients would be contacted with new dates", "indirect", "a hospital spokesperson", None),
        Q("she did not blame the nurses", "indirect", "One elderly patient", None),
        Q("‘They are run off their feet. I see it every time I come,’", "direct", "she", None,
          speaker_at="come,’ she said"),
        Q("‘the result of years of broken promises’", "partial", "Adrian Zammit", "Adrian Zammit"),
    ], source="blind"),
    Case("blind83-mahama-houses", """Govt, UNHCR unveil plan to move Mahama refugees into permanent homes

The Government of Rwanda and the UN Refugee Agency (UNHCR) will replace tents and temporary shelters in Mahama Refugee Camp with 3,500 permanent houses over the next four years, the Ministry in charge of Emergency Management (MINEMA) said on Tuesday.

The camp in Kirehe District, Eastern Province, hosts more than 60,000 refugees, mostly from Burundi and the Democratic Republic of Congo, according to MINEMA.

Speaking at the launch, the Minister in charge of Emergency Management, Solange Mukamana, said the houses would be built with local materials by refugees and members of the host community working side by side. The design is based on the “Green Village” settlements built for families relocated from high-risk zones.

“Refugees have lived in tents here for ten years. A tent is not a home, and a child cannot grow well in it,” Mukamana said.

She added that the project would also create about 2,000 jobs, half of them for refugees.

UNHCR’s Representative in Rwanda, Mathieu Koffi Mensah, said the agency would contribute $18 million to the first phase, and warned that a funding gap of $27 million remained.

“Rwanda has shown what it means to include refugees, not just host them,” Mensah said, “and this project is the next step.”

Under the plan, families will not own the houses but will be able to live in them for as long as they remain in Rwanda, according to the ministry.

Jeanne Niyonzima, a mother of four who fled Burundi in 2015, said her family had replaced the plastic sheeting on their shelter five times.

“When it rains at night, we sit up holding the children so they don’t get wet,” she said. “A real house would change everything.”

Kirehe District Mayor Eric Nzabonimpa told The New Times that land for the houses had already been set aside and that the host community had been consulted.

Some residents of the neighbouring Mahama village said they hoped the project would also bring better roads and a health centre to the area.""", [
        Q("The Government of Rwanda and the UN Refugee Agency (UNHCR) will replace tents and temporary shelters in "
          "Mahama Refugee Camp with 3,500 permanent houses over the next four years", "indirect",
          "the Ministry in charge of Emergency Management", "Ministry in charge of Emergency Management"),
        Q("The camp in Kirehe District, Eastern Province, hosts more than 60,000 refugees, mostly from Burundi and "
          "the Democratic Republic of Congo", "indirect", "MINEMA", "Ministry in charge of Emergency Management",
          speaker_at="according to MINEMA"),
        Q("the houses would be built with local materials by refugees and members of the host community working "
          "side by side", "indirect", "Solange Mukamana", "Solange Mukamana"),
        Q("“Refugees have lived in tents here for ten years. A tent is not a home, and a child cannot grow well in "
          "it,”", "direct", "Mukamana", "Solange Mukamana", speaker_at="Mukamana said"),
        Q("that the project would also create about 2,000 jobs, half of them for refugees", "indirect", "She",
          "Solange Mukamana", speaker_at="She added"),
        Q("the agency would contribute $18 million to the first phase", "indirect", "Mathieu Koffi Mensah",
          "Mathieu Koffi Mensah"),
        Q("that a funding gap of $27 million remained", "indirect", "Mathieu Koffi Mensah", "Mathieu Koffi Mensah"),
        Q("“Rwanda has shown what it means to include refugees, not just host them,”", "direct", "Mensah",
          "Mathieu Koffi Mensah", speaker_at="Mensah said"),
        Q("“and this project is the next step.”", "direct", "Mensah", "Mathieu Koffi Mensah",
          speaker_at="Mensah said"),
        Q("families will not own the houses but will be able to live in them for as long as they remain in Rwanda",
          "indirect", "the ministry", "Ministry in charge of Emergency Management",
          speaker_at="according to the ministry"),
        Q("her family had replaced the plastic sheeting on their shelter five times", "indirect", "Jeanne Niyonzima",
          "Jeanne Niyonzima"),
        Q("“When it rains at night, we sit up holding the children so they don’t get wet,”", "direct", "she",
          "Jeanne Niyonzima", speaker_at="she said"),
        Q("“A real house would change everything.”", "direct", "she", "Jeanne Niyonzima", speaker_at="she said"),
        Q("that land for the houses had already been set aside and that the host community had been consulted",
          "indirect", "Eric Nzabonimpa", "Eric Nzabonimpa"),
        Q("they hoped the project would also bring better roads and a health centre to the area", "indirect",
          "Some residents of the neighbouring Mahama village", None),
    ], source="blind"),
]
