"""Blind gold set 53: short news articles written blind to the pretagger.

Wire copy and regional papers from many countries (trials, results, health
alerts, strikes, accidents, weather, sport, obituaries, local rows), with
curly, straight and British single quotes. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind53-lisbon-tram", """Seven hurt as historic Lisbon tram derails on steep hill

LISBON (AFP) - Seven people were injured, two of them seriously, when one of Lisbon's historic yellow trams derailed on a steep street in the city centre on Tuesday, emergency services said.

The Number 28 tram, packed with tourists, left the rails on Calçada de São Francisco shortly before 11:00 am (1000 GMT) and slammed into the wall of a building, according to the city's civil protection service.

"We heard a screech and then a huge bang, like a bomb," said Ana Luísa dos Santos Ferreira, who runs a pastry shop a few metres from the crash site. "People were screaming inside. Some of them were covered in glass."

Firefighters needed nearly an hour to free a woman trapped under a seat, regional fire commander João Pedro de Almeida Vaz told reporters at the scene. He said the two seriously injured passengers, a Portuguese man in his seventies and a German tourist, had been taken to São José hospital.

Carris, the municipal company that runs Lisbon's trams and buses, said in a statement it had suspended the line and opened an investigation. It gave no immediate explanation for the accident.

Mayor Rui Tavares de Matos called the derailment "a shock for the whole city" and promised "total transparency" about its causes.

"These trams are part of who we are, but safety must come first," he wrote on X. "No tourist attraction is worth a human life."

The tram workers' union STRUP has long complained about the state of the ageing fleet, parts of which date from the 1930s. Its leader, Manuel Castanheira, told AFP that drivers had reported brake problems on several vehicles in recent months.

"We warned the company again and again," Castanheira said. "Nobody listened."

Carris insisted that its trams were safe. A spokeswoman, who asked not to be named, said every vehicle was inspected "every single day" before entering service.

The Number 28, which winds through the Alfama and Graça neighbourhoods, carries millions of visitors a year and features in almost every guidebook to the city. In 2018 a derailment on the same line left three people slightly hurt.""", [
        Q("Seven people were injured, two of them seriously, when one of Lisbon's historic yellow trams derailed on "
          "a steep street in the city centre on Tuesday", "indirect", "emergency services", None),
        Q("The Number 28 tram, packed with tourists, left the rails on Calçada de São Francisco shortly before "
          "11:00 am (1000 GMT) and slammed into the wall of a building", "indirect",
          "the city's civil protection service", None),
        Q('"We heard a screech and then a huge bang, like a bomb,"', "direct", "Ana Luísa dos Santos Ferreira",
          "Ana Luísa dos Santos Ferreira"),
        Q('"People were screaming inside. Some of them were covered in glass."', "direct",
          "Ana Luísa dos Santos Ferreira", "Ana Luísa dos Santos Ferreira"),
        Q("Firefighters needed nearly an hour to free a woman trapped under a seat", "indirect",
          "João Pedro de Almeida Vaz", "João Pedro de Almeida Vaz"),
        Q("the two seriously injured passengers, a Portuguese man in his seventies and a German tourist, had been "
          "taken to São José hospital", "indirect", "He", "João Pedro de Almeida Vaz", speaker_at="He said the two"),
        Q("it had suspended the line and opened an investigation", "indirect", "Carris", "Carris",
          speaker_at="Carris, the municipal company"),
        Q('"a shock for the whole city"', "partial", "Rui Tavares de Matos", "Rui Tavares de Matos"),
        Q('"total transparency"', "partial", "Rui Tavares de Matos", "Rui Tavares de Matos"),
        Q('"These trams are part of who we are, but safety must come first,"', "direct", "he",
          "Rui Tavares de Matos", speaker_at="he wrote"),
        Q('"No tourist attraction is worth a human life."', "direct", "he", "Rui Tavares de Matos",
          speaker_at="he wrote"),
        Q("that drivers had reported brake problems on several vehicles in recent months", "indirect",
          "Manuel Castanheira", "Manuel Castanheira"),
        Q('"We warned the company again and again,"', "direct", "Castanheira", "Manuel Castanheira",
          speaker_at="Castanheira said"),
        Q('"Nobody listened."', "direct", "Castanheira", "Manuel Castanheira", speaker_at="Castanheira said"),
        Q("that its trams were safe", "indirect", "Carris", "Carris", speaker_at="Carris insisted"),
        Q('"every single day"', "partial", "A spokeswoman", None),
    ], source="blind"),
    Case("blind53-steel-results", """Daehan Steel Q4 operating profit plunges 62 pct on weak demand, Chinese imports

SEOUL, Jan. 30 (Yonhap) -- Daehan Steel Corp., South Korea's second-largest steelmaker, said Tuesday its fourth-quarter operating profit plunged 62 percent from a year earlier, hit by sluggish construction demand and a flood of cheap Chinese imports.

Operating profit for the October-December period came to 148.2 billion won (US$111 million), down from 390.5 billion won a year earlier, the company said in a regulatory filing. Sales fell 8.4 percent to 5.87 trillion won.

The result fell short of the market consensus of 201 billion won, according to Yonhap Infomax, the financial data firm of Yonhap News Agency.

"The fourth quarter was one of the most difficult periods for the steel industry in more than a decade," Chief Financial Officer Park Seung-hwan said during a conference call with analysts. "Chinese mills are exporting their overcapacity, and prices in Asia have not recovered."

Park said the company would cut production at its No. 2 blast furnace in Dangjin by about 15 percent in the first half and focus on high-value products such as automotive sheets and steel for wind turbines.

The company's chief executive, Choi Min-jae, told shareholders in a separate letter that Daehan would "not sacrifice long-term competitiveness for short-term numbers." He added the firm would keep its dividend unchanged at 1,000 won per share.

Analysts said the worst may be over. Lee Ha-eun, an analyst at Shinhan Securities, said steel prices appeared to have bottomed out in December.

"If Beijing follows through on its stimulus measures, we could see a meaningful rebound from the second quarter," she said.

Others were more cautious. According to Kim Dong-wook of KB Securities, domestic construction orders are unlikely to improve before the end of the year, which will weigh on demand for rebars.

The Korea Iron and Steel Association said last week that imports of Chinese steel products rose 29 percent last year to 8.7 million tons, the highest level since 2016. The trade ministry has launched an anti-dumping investigation into Chinese steel plates, with a preliminary ruling expected in March.

Shares of Daehan Steel closed 2.1 percent lower at 38,450 won on the Seoul bourse, underperforming the broader KOSPI, which rose 0.4 percent.

(END)""", [
        Q("its fourth-quarter operating profit plunged 62 percent from a year earlier, hit by sluggish construction "
          "demand and a flood of cheap Chinese imports", "indirect", "Daehan Steel Corp.", "Daehan Steel Corp."),
        Q("Operating profit for the October-December period came to 148.2 billion won (US$111 million), down from "
          "390.5 billion won a year earlier", "indirect", "the company", "Daehan Steel Corp.",
          speaker_at="the company said in"),
        Q("The result fell short of the market consensus of 201 billion won", "indirect", "Yonhap Infomax",
          "Yonhap Infomax"),
        Q('"The fourth quarter was one of the most difficult periods for the steel industry in more than a decade,"',
          "direct", "Park Seung-hwan", "Park Seung-hwan"),
        Q('"Chinese mills are exporting their overcapacity, and prices in Asia have not recovered."', "direct",
          "Park Seung-hwan", "Park Seung-hwan"),
        Q("the company would cut production at its No. 2 blast furnace in Dangjin by about 15 percent in the first "
          "half and focus on high-value products such as automotive sheets and steel for wind turbines", "indirect",
          "Park", "Park Seung-hwan", speaker_at="Park said the company"),
        Q('"not sacrifice long-term competitiveness for short-term numbers."', "partial", "Choi Min-jae",
          "Choi Min-jae"),
        Q("the firm would keep its dividend unchanged at 1,000 won per share", "indirect", "He", "Choi Min-jae",
          speaker_at="He added"),
        Q("the worst may be over", "indirect", "Analysts", None),
        Q("steel prices appeared to have bottomed out in December", "indirect", "Lee Ha-eun", "Lee Ha-eun"),
        Q('"If Beijing follows through on its stimulus measures, we could see a meaningful rebound from the second '
          'quarter,"', "direct", "she", "Lee Ha-eun", speaker_at="she said"),
        Q("domestic construction orders are unlikely to improve before the end of the year, which will weigh on "
          "demand for rebars", "indirect", "Kim Dong-wook", "Kim Dong-wook"),
        Q("that imports of Chinese steel products rose 29 percent last year to 8.7 million tons, the highest level "
          "since 2016", "indirect", "The Korea Iron and Steel Association", "Korea Iron and Steel Association"),
    ], source="blind"),
    Case("blind53-county-lines", """Boston man jailed for running ‘county lines’ drug network from flat

A man who ran a drug dealing operation from a flat in Boston, using teenagers to ferry heroin and crack cocaine across Lincolnshire, has been jailed for nine years.

Dariusz Kowalczyk-Nowak, 34, of Witham Place, was convicted by a jury at Lincoln Crown Court last month of conspiracy to supply Class A drugs following a two-week trial. He had denied the charges.

Prosecutor Hannah O’Driscoll told the court that Kowalczyk-Nowak controlled a phone line known as the ‘Danny line’, which was used to take orders from users in Boston, Skegness and Spalding.

‘This was a sophisticated and profitable business,’ Ms O’Driscoll said. ‘The defendant kept himself at arm’s length and let others, some of them children, take the risks.’

Officers from Lincolnshire Police seized more than £40,000 in cash and 300 wraps of drugs when they raided the flat in February last year, the court heard.

In mitigation, Stephen Ashworth-Bell, defending, said his client had himself fallen into debt with dealers in Leicester after losing his job at a food-packing plant during the pandemic.

‘He is not the kingpin the Crown would have you believe,’ Mr Ashworth-Bell said. ‘He was a middle man under pressure from people far more dangerous than him.’

Passing sentence, Judge Catherine van der Linde said she had no doubt that Kowalczyk-Nowak was ‘at the heart’ of the operation.

‘You exploited vulnerable young people for your own gain,’ the judge told him. ‘The harm that drugs of this kind cause to communities in this county cannot be overstated.’

Two other men, aged 19 and 22, were given suspended sentences at an earlier hearing for their roles in the conspiracy.

Speaking after the case, Detective Sergeant Liam Mahoney said the sentence sent ‘a clear message’ to anyone involved in county lines dealing.

‘We will not stop,’ he said. ‘If you are running drugs into Lincolnshire, we will find you.’

Anyone with information about drug dealing can contact Lincolnshire Police on 101 or Crimestoppers anonymously on 0800 555 111.""", [
        Q("that Kowalczyk-Nowak controlled a phone line known as the ‘Danny line’, which was used to take orders "
          "from users in Boston, Skegness and Spalding", "indirect", "Hannah O’Driscoll", "Hannah O’Driscoll"),
        Q("‘This was a sophisticated and profitable business,’", "direct", "O’Driscoll", "Hannah O’Driscoll",
          speaker_at="O’Driscoll said"),
        Q("‘The defendant kept himself at arm’s length and let others, some of them children, take the risks.’",
          "direct", "O’Driscoll", "Hannah O’Driscoll", speaker_at="O’Driscoll said"),
        Q("Officers from Lincolnshire Police seized more than £40,000 in cash and 300 wraps of drugs when they "
          "raided the flat in February last year", "indirect", None, None),
        Q("his client had himself fallen into debt with dealers in Leicester after losing his job at a "
          "food-packing plant during the pandemic", "indirect", "Stephen Ashworth-Bell", "Stephen Ashworth-Bell"),
        Q("‘He is not the kingpin the Crown would have you believe,’", "direct", "Ashworth-Bell",
          "Stephen Ashworth-Bell", speaker_at="Ashworth-Bell said"),
        Q("‘He was a middle man under pressure from people far more dangerous than him.’", "direct",
          "Ashworth-Bell", "Stephen Ashworth-Bell", speaker_at="Ashworth-Bell said"),
        Q("‘at the heart’", "partial", "Catherine van der Linde", "Catherine van der Linde"),
        Q("‘You exploited vulnerable young people for your own gain,’", "direct", "the judge",
          "Catherine van der Linde"),
        Q("‘The harm that drugs of this kind cause to communities in this county cannot be overstated.’", "direct",
          "the judge", "Catherine van der Linde"),
        Q("‘a clear message’", "partial", "Liam Mahoney", "Liam Mahoney"),
        Q("‘We will not stop,’", "direct", "he", "Liam Mahoney", speaker_at="he said"),
        Q("‘If you are running drugs into Lincolnshire, we will find you.’", "direct", "he", "Liam Mahoney",
          speaker_at="he said"),
    ], source="blind"),
    Case("blind53-gaelic-poet", """Tributes paid to Gaelic poet Mòrag NicAoidh

Tributes have been paid to the Gaelic poet and teacher Mòrag NicAoidh, who has died at her home in Gairloch at the age of 87.

Born Morag Mackay in the crofting township of Melvaig in 1937, she taught at Gairloch High School for almost 30 years and published seven collections of poetry, the first of them at the age of 41.

Her nephew, Calum MacLeod-Mackay, said the family had been 'overwhelmed' by messages from across Scotland and beyond.

'She never saw herself as anybody special,' he said. 'She was a crofter's daughter who happened to write things down.

'But she gave a voice to people who had been told for generations that their language didn't matter, and they loved her for it.'

Mr MacLeod-Mackay said she had kept writing until the last weeks of her life, filling notebooks at the kitchen table with the radio on.

Her best-known collection, 'Clach is Cuimhne' (Stone and Memory), won the Saltire Society's poetry book of the year award in 1989 and has since been translated into eleven languages.

Fiona de Courcy-Grant, who chairs the Ullapool Book Festival, said Mòrag had been 'a quiet giant' of Scottish writing and recalled her final reading there in 2022, when the marquee was full an hour before she arrived.

'Every year people would queue out the door to hear her,' Ms de Courcy-Grant said. 'You didn't need a word of Gaelic to feel what she meant.'

The Rev Donald Iain Macrae, minister of Gairloch and Dundonnell, who will conduct the funeral, described her as 'a faithful friend and a sharp critic, often in the same sentence'.

Mòrag was rarely comfortable with attention. Speaking to the Journal in 2017, when she received an honorary doctorate from the University of the Highlands and Islands, she said she wrote 'for the dead as much as for the living' and that the honour belonged to 'the old people of Melvaig'.

Bòrd na Gàidhlig said in a statement that her death was 'a great loss to the Gaelic world' and that her poems would 'be read for as long as the language is spoken'.

She was predeceased by her husband Ruaridh, a fisherman, in 2010, and is survived by her sister Chrissie and by nieces and nephews.

The funeral will take place at Gairloch Parish Church on Friday at noon, followed by interment at Sand cemetery.""", [
        Q("'overwhelmed'", "partial", "Calum MacLeod-Mackay", "Calum MacLeod-Mackay"),
        Q("'She never saw herself as anybody special,'", "direct", "he", "Calum MacLeod-Mackay", speaker_at="he said"),
        Q("'She was a crofter's daughter who happened to write things down.", "direct", "he", "Calum MacLeod-Mackay",
          speaker_at="he said"),
        Q("'But she gave a voice to people who had been told for generations that their language didn't matter, "
          "and they loved her for it.'", "direct", "he", "Calum MacLeod-Mackay", speaker_at="he said"),
        Q("she had kept writing until the last weeks of her life, filling notebooks at the kitchen table with the "
          "radio on", "indirect", "MacLeod-Mackay", "Calum MacLeod-Mackay", speaker_at="MacLeod-Mackay said"),
        Q("'a quiet giant'", "partial", "Fiona de Courcy-Grant", "Fiona de Courcy-Grant"),
        Q("'Every year people would queue out the door to hear her,'", "direct", "de Courcy-Grant",
          "Fiona de Courcy-Grant", speaker_at="de Courcy-Grant said"),
        Q("'You didn't need a word of Gaelic to feel what she meant.'", "direct", "de Courcy-Grant",
          "Fiona de Courcy-Grant", speaker_at="de Courcy-Grant said"),
        Q("'a faithful friend and a sharp critic, often in the same sentence'", "partial", "Donald Iain Macrae",
          "Donald Iain Macrae"),
        Q("'for the dead as much as for the living'", "partial", "she", "Mòrag NicAoidh", speaker_at="she said"),
        Q("'the old people of Melvaig'", "partial", "she", "Mòrag NicAoidh", speaker_at="she said"),
        Q("'a great loss to the Gaelic world'", "partial", "Bòrd na Gàidhlig", "Bòrd na Gàidhlig"),
        Q("'be read for as long as the language is spoken'", "partial", "Bòrd na Gàidhlig", "Bòrd na Gàidhlig"),
    ], source="blind"),
    Case("blind53-hurling", """Banner back in business after gritty win over the Déise

Clare kept their Munster championship hopes alive with a hard-earned 1-24 to 0-22 victory over Waterford in front of 14,850 at Cusack Park on Sunday.

A goal from corner-forward Seánie Mac Mathúna eight minutes into the second half proved decisive, while captain Eoin Kennedy-Hehir was flawless from placed balls.

After last weekend’s heavy defeat in Limerick, Clare manager Pádraig O’Loughlin admitted the mood in the camp had been “raw” in the days that followed.

“We were embarrassed by that performance, and rightly so,” O’Loughlin said. “The lads had a few honest conversations during the week, and you saw the response out there today.”

He singled out the impact of the bench, in particular veteran Tony “Tucker” Griffin, who won three frees in the closing ten minutes.

Kennedy-Hehir, who struck 0-11, eight from frees, was named man of the match but was quick to deflect the praise.

“It’s not about me,” the Sixmilebridge clubman said. “Every man out there put his body on the line for the jersey, and that’s all the supporters ask of us.”

Waterford manager Micheál de Paor said his side had “left too much behind us” in the opening quarter, when they struck seven wides.

“Clare wanted it more. Simple as that,” he said. “We’ll regroup and go again against Cork.”

De Paor confirmed that corner-back Jamie Fitzgerald will miss that game after picking up a second yellow card in injury time.

Clare will sweat on the fitness of full-back Colm Ó Riain, who was stretchered off with a knee injury just before half-time. According to team doctor Niamh Ní Bhriain, a scan on Tuesday will determine whether he can face Tipperary.

Outside the ground, supporters were in buoyant mood. “That’s more like the Clare we know,” said Paddy Considine from Tulla, who has not missed a home championship game since 1977.

Clare face Tipperary in Thurles on Sunday week, with throw-in at 4pm.""", [
        Q("“raw”", "partial", "Pádraig O’Loughlin", "Pádraig O’Loughlin"),
        Q("“We were embarrassed by that performance, and rightly so,”", "direct", "O’Loughlin", "Pádraig O’Loughlin",
          speaker_at="O’Loughlin said"),
        Q("“The lads had a few honest conversations during the week, and you saw the response out there today.”",
          "direct", "O’Loughlin", "Pádraig O’Loughlin", speaker_at="O’Loughlin said"),
        Q("“It’s not about me,”", "direct", "the Sixmilebridge clubman", "Eoin Kennedy-Hehir"),
        Q("“Every man out there put his body on the line for the jersey, and that’s all the supporters ask of us.”",
          "direct", "the Sixmilebridge clubman", "Eoin Kennedy-Hehir"),
        Q("“left too much behind us”", "partial", "Micheál de Paor", "Micheál de Paor"),
        Q("“Clare wanted it more. Simple as that,”", "direct", "he", "Micheál de Paor", speaker_at="he said"),
        Q("“We’ll regroup and go again against Cork.”", "direct", "he", "Micheál de Paor", speaker_at="he said"),
        Q("that corner-back Jamie Fitzgerald will miss that game after picking up a second yellow card in injury "
          "time", "indirect", "De Paor", "Micheál de Paor"),
        Q("a scan on Tuesday will determine whether he can face Tipperary", "indirect", "Niamh Ní Bhriain",
          "Niamh Ní Bhriain"),
        Q("“That’s more like the Clare we know,”", "direct", "Paddy Considine", "Paddy Considine"),
    ], source="blind"),
    Case("blind53-pioneer-river", """One man missing after boat capsizes in flooded Pioneer River

A man remains missing after a small boat capsized in the flooded Pioneer River near Mackay on Wednesday evening, as torrential rain continued to batter the region.

Two other men, aged 42 and 58, were pulled from the water by passers-by and taken to Mackay Base Hospital in a stable condition, a Queensland Ambulance Service spokesman said.

Senior Sergeant Kylie Van Eyk said the three men had launched a 4.5m aluminium dinghy from a ramp near Marian at about 5.30pm, despite the river running at major flood level.

"We cannot stress this enough: if it's flooded, forget it, and that applies to boats as much as it does to cars," Snr Sgt Van Eyk said.

"The current in that river is extremely strong and it is carrying a lot of debris, including whole trees."

The search, involving police divers, Volunteer Marine Rescue Mackay and the RACQ CQ Rescue helicopter, was suspended at nightfall and resumed at first light on Thursday.

VMR Mackay president Doug Sorensen said conditions were the worst his crews had faced in more than two decades.

The Bureau of Meteorology recorded 312mm at Mackay Airport in the 24 hours to 9am Thursday, the highest daily total since February 2008.

Senior meteorologist Priya Raghunathan said the rain would ease from Friday but warned rivers in the Pioneer and O'Connell catchments would "remain high for days".

Mayor Delia Fanning said evacuation centres had been opened at the Mackay Entertainment and Convention Centre and the Sarina Sports Complex, with about 140 people registered overnight.

She said residents of low-lying parts of North Mackay, Glenella and Eimeo should be ready to leave at short notice.

"Please, don't wait to be told twice," she said. "Pack your medications and your important papers now."

Residents in Sandy Creek told the Mercury the water had reached their front steps within a few hours on Wednesday afternoon.

Anyone with information about the missing man is asked to contact Policelink on 131 444.""", [
        Q("Two other men, aged 42 and 58, were pulled from the water by passers-by and taken to Mackay Base Hospital "
          "in a stable condition", "indirect", "a Queensland Ambulance Service spokesman", None),
        Q("the three men had launched a 4.5m aluminium dinghy from a ramp near Marian at about 5.30pm, despite the "
          "river running at major flood level", "indirect", "Kylie Van Eyk", "Kylie Van Eyk"),
        Q("\"We cannot stress this enough: if it's flooded, forget it, and that applies to boats as much as it does "
          "to cars,\"", "direct", "Van Eyk", "Kylie Van Eyk", speaker_at="Sgt Van Eyk said"),
        Q('"The current in that river is extremely strong and it is carrying a lot of debris, including whole '
          'trees."', "direct", "Van Eyk", "Kylie Van Eyk", speaker_at="Sgt Van Eyk said"),
        Q("conditions were the worst his crews had faced in more than two decades", "indirect", "Doug Sorensen",
          "Doug Sorensen"),
        Q("the rain would ease from Friday", "indirect", "Priya Raghunathan", "Priya Raghunathan"),
        Q('"remain high for days"', "partial", "Priya Raghunathan", "Priya Raghunathan"),
        Q("evacuation centres had been opened at the Mackay Entertainment and Convention Centre and the Sarina "
          "Sports Complex, with about 140 people registered overnight", "indirect", "Delia Fanning", "Delia Fanning"),
        Q("residents of low-lying parts of North Mackay, Glenella and Eimeo should be ready to leave at short "
          "notice", "indirect", "She", "Delia Fanning", speaker_at="She said"),
        Q("\"Please, don't wait to be told twice,\"", "direct", "she", "Delia Fanning", speaker_at="she said"),
        Q('"Pack your medications and your important papers now."', "direct", "she", "Delia Fanning",
          speaker_at="she said"),
        Q("the water had reached their front steps within a few hours on Wednesday afternoon", "indirect",
          "Residents in Sandy Creek", None),
    ], source="blind"),
    Case("blind53-netball", """Steel grind out win over Tactix to stay in playoff hunt

The Southern Steel kept their ANZ Premiership playoff hopes alive with a gritty 54-51 win over the Mainland Tactix at ILT Stadium Southland on Monday night.

Trailing by four goals at the final break, the Steel lifted their defensive pressure in the last quarter and outscored the visitors 16-9.

Coach Nicole van Rooyen said her side had “found a way” on a night when little went right for them early on.

“We weren’t pretty tonight, but we were tough, and that’s what this part of the season is about,” Van Rooyen said. “I’m really proud of how the girls hung in there.”

Shooter Kiri Tamihana-Walsh, who landed 38 goals from 41 attempts, credited the home crowd of more than 2300.

“You could hear them over everything in that last quarter,” the 23-year-old said. “Invercargill always turns up for us, and we wanted to turn up for them.”

Tactix coach Hayley Te Rangi said turnovers had cost her side dearly. The visitors gave up 22 in all, eight of them in the final quarter.

“You just can’t do that against a team like the Steel, especially down here,” she said. “We’ll have a good hard look at the footage and move on.”

There was concern for Steel goal keep Lagi Faleolo, who left the court late in the third quarter clutching her ankle. The Steel said on Tuesday that scans had ruled out a fracture and Faleolo was “day to day”.

Van Rooyen said she expected Faleolo to be available for Sunday’s match against the Northern Mystics in Auckland, a game the Steel probably need to win to stay in contention.

The Tactix, who sit second on the ladder, host the Central Pulse in Christchurch on Saturday.""", [
        Q("“found a way”", "partial", "Nicole van Rooyen", "Nicole van Rooyen"),
        Q("“We weren’t pretty tonight, but we were tough, and that’s what this part of the season is about,”",
          "direct", "Van Rooyen", "Nicole van Rooyen", speaker_at="Van Rooyen said. “I’m"),
        Q("“I’m really proud of how the girls hung in there.”", "direct", "Van Rooyen", "Nicole van Rooyen",
          speaker_at="Van Rooyen said. “I’m"),
        Q("“You could hear them over everything in that last quarter,”", "direct", "the 23-year-old",
          "Kiri Tamihana-Walsh"),
        Q("“Invercargill always turns up for us, and we wanted to turn up for them.”", "direct", "the 23-year-old",
          "Kiri Tamihana-Walsh"),
        Q("turnovers had cost her side dearly", "indirect", "Hayley Te Rangi", "Hayley Te Rangi"),
        Q("“You just can’t do that against a team like the Steel, especially down here,”", "direct", "she",
          "Hayley Te Rangi", speaker_at="she said"),
        Q("“We’ll have a good hard look at the footage and move on.”", "direct", "she", "Hayley Te Rangi",
          speaker_at="she said"),
        Q("“day to day”", "partial", "The Steel", "Southern Steel", speaker_at="The Steel said"),
        Q("she expected Faleolo to be available for Sunday’s match against the Northern Mystics in Auckland",
          "indirect", "Van Rooyen", "Nicole van Rooyen", speaker_at="Van Rooyen said she"),
    ], source="blind"),
    Case("blind53-dam-vote", """Millbrook voters to decide fate of century-old Wescott Dam

MILLBROOK, Maine — Residents of this former mill town of 4,200 will decide on June 11 whether to tear down the 104-year-old Wescott Dam, a concrete barrier on the Wescott River that has blocked sea-run fish from migrating upstream since 1920.

The Select Board voted 3-2 on Tuesday night to put the question on the ballot after a petition drive collected more than 600 signatures, nearly double the number required.

"This is the biggest decision this town has faced in my lifetime," said Select Board Chairwoman Denise Thibodeau, who cast the deciding vote. "Whatever people decide, I want them to decide it with all the facts in front of them."

Removal would cost an estimated $6.8 million, most of it covered by federal grants secured by the Wescott River Alliance, a nonprofit that has led the campaign.

Alliance executive director Ingrid Solberg said the dam had outlived its purpose when the Wescott Woolen Mill closed in 1987.

"It doesn't generate power, it doesn't hold back floods, and it costs taxpayers money every year to maintain," Solberg said. "Meanwhile the river above it is dying."

Opponents, many of whom own camps on Wescott Pond above the dam, say the pond would shrink to a muddy stream and property values would collapse.

"We bought here for the water. Take away the water and what have you got?" asked Ray Lachance, 71, a retired paper mill worker who organized the "Save Our Pond" group last fall.

State Sen. Marcus Jean-Baptiste, D-Waterville, whose district includes Millbrook, told the Sentinel he had asked the Department of Marine Resources to hold a public hearing in town before the vote.

"People deserve to hear from the scientists, not just from the two campaigns," Jean-Baptiste said.

Chief Lorna Sockalexis, a Penobscot Nation elder who has spoken at several meetings in favor of removal, said the river had been "waiting a hundred years" for its fish to come home.

A spokesperson for Gov. Janet Mills said the administration would respect whatever the town decides.

Polls will be open from 8 a.m. to 8 p.m. at the Millbrook Town Office. Absentee ballots are available now from the town clerk.""", [
        Q('"This is the biggest decision this town has faced in my lifetime,"', "direct", "Denise Thibodeau",
          "Denise Thibodeau"),
        Q('"Whatever people decide, I want them to decide it with all the facts in front of them."', "direct",
          "Denise Thibodeau", "Denise Thibodeau"),
        Q("the dam had outlived its purpose when the Wescott Woolen Mill closed in 1987", "indirect",
          "Ingrid Solberg", "Ingrid Solberg"),
        Q("\"It doesn't generate power, it doesn't hold back floods, and it costs taxpayers money every year to "
          "maintain,\"", "direct", "Solberg", "Ingrid Solberg", speaker_at='Solberg said. "Meanwhile'),
        Q('"Meanwhile the river above it is dying."', "direct", "Solberg", "Ingrid Solberg",
          speaker_at='Solberg said. "Meanwhile'),
        Q("the pond would shrink to a muddy stream and property values would collapse", "indirect", "Opponents",
          None),
        Q('"We bought here for the water. Take away the water and what have you got?"', "direct", "Ray Lachance",
          "Ray Lachance"),
        Q("he had asked the Department of Marine Resources to hold a public hearing in town before the vote",
          "indirect", "Marcus Jean-Baptiste", "Marcus Jean-Baptiste"),
        Q('"People deserve to hear from the scientists, not just from the two campaigns,"', "direct",
          "Jean-Baptiste", "Marcus Jean-Baptiste", speaker_at="Jean-Baptiste said"),
        Q('"waiting a hundred years"', "partial", "Lorna Sockalexis", "Lorna Sockalexis"),
        Q("the administration would respect whatever the town decides", "indirect", "A spokesperson for Gov. Janet Mills",
          None),
    ], source="blind"),
    Case("blind53-jkia-lease", """Pilots threaten strike as JKIA lease row deepens

NAIROBI — A row over a proposed 30-year lease of Jomo Kenyatta International Airport to a foreign consortium escalated this week, with pilots at the national carrier threatening to walk out and senators demanding to see the full contract.

The Kenya Airline Pilots Association (KALPA) on Monday issued a seven-day strike notice, saying the deal would hand the country’s main aviation hub to investors with “no stake in this country’s future”.

“We are not against investment. We are against secrecy,” KALPA secretary-general Capt. Murithi Nderitu told The EastAfrican. “Nobody has shown us what happens to our members’ jobs, to safety standards or to landing slots.”

Under the proposal, Gulfstar Aviation Partners, a consortium led by a Dubai-based investment fund, would build a second terminal and a new runway in return for a share of airport revenues for three decades.

Transport Cabinet Secretary Abdirahman Mohamed Farah has defended the plan, saying it is the only way to expand the airport without adding to the country’s debt.

“The current terminal was built for 2.5 million passengers a year. Today we handle more than eight million,” the CS told journalists in Nairobi on Wednesday. “Doing nothing is not an option.”

But Sen. Wanjiru Kamau-Otieno, who chairs the Senate Committee on Roads and Transportation, said her committee had summoned the acting managing director of the Kenya Airports Authority to appear before it next week.

She described the agreement as “a national asset being auctioned in the dark”.

In a statement, the Kenya Airports Authority said no agreement had been signed. It added that the proposal remained at the evaluation stage and that “all stakeholders will be consulted before any decision is made”.

Kenya Airways said it had contingency plans in place to minimise disruption if the strike goes ahead.

The dispute echoes a 2019 row, when KALPA members walked out over a plan for the airline to take over the running of the airport.

Dr Njeri Wambugu-Lagat, an aviation economist at Strathmore University, said public-private deals of this kind could work, but only if the terms were made public.

“Rwanda and Ethiopia are watching closely,” she said. “If Kenya gets this wrong, it will set the whole region back.”

Gulfstar did not respond to requests for comment.""", [
        Q("“no stake in this country’s future”", "partial", "The Kenya Airline Pilots Association",
          "Kenya Airline Pilots Association"),
        Q("“We are not against investment. We are against secrecy,”", "direct", "Murithi Nderitu",
          "Murithi Nderitu"),
        Q("“Nobody has shown us what happens to our members’ jobs, to safety standards or to landing slots.”",
          "direct", "Murithi Nderitu", "Murithi Nderitu"),
        Q("it is the only way to expand the airport without adding to the country’s debt", "indirect",
          "Abdirahman Mohamed Farah", "Abdirahman Mohamed Farah"),
        Q("“The current terminal was built for 2.5 million passengers a year. Today we handle more than eight "
          "million,”", "direct", "the CS", "Abdirahman Mohamed Farah"),
        Q("“Doing nothing is not an option.”", "direct", "the CS", "Abdirahman Mohamed Farah"),
        Q("her committee had summoned the acting managing director of the Kenya Airports Authority to appear "
          "before it next week", "indirect", "Wanjiru Kamau-Otieno", "Wanjiru Kamau-Otieno"),
        Q("“a national asset being auctioned in the dark”", "partial", "She", "Wanjiru Kamau-Otieno",
          speaker_at="She described"),
        Q("no agreement had been signed", "indirect", "the Kenya Airports Authority", "Kenya Airports Authority",
          speaker_at="the Kenya Airports Authority said"),
        Q("that the proposal remained at the evaluation stage", "indirect", "It", "Kenya Airports Authority",
          speaker_at="It added"),
        Q("“all stakeholders will be consulted before any decision is made”", "partial", "It",
          "Kenya Airports Authority", speaker_at="It added"),
        Q("it had contingency plans in place to minimise disruption if the strike goes ahead", "indirect",
          "Kenya Airways", "Kenya Airways"),
        Q("public-private deals of this kind could work, but only if the terms were made public", "indirect",
          "Njeri Wambugu-Lagat", "Njeri Wambugu-Lagat"),
        Q("“Rwanda and Ethiopia are watching closely,”", "direct", "she", "Njeri Wambugu-Lagat",
          speaker_at="she said"),
        Q("“If Kenya gets this wrong, it will set the whole region back.”", "direct", "she", "Njeri Wambugu-Lagat",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind53-weightlifting", """Weightlifting: Adeyemi-Okafor Storms To Triple Gold In Cairo

Nigeria's Blessing Adeyemi-Okafor on Saturday won three gold medals in the women's 71kg category at the African Weightlifting Championships in Cairo, Egypt, setting a new continental record in the clean and jerk.

The 22-year-old from Warri lifted 112kg in the snatch and 141kg in the clean and jerk for a total of 253kg, finishing ahead of Egypt's Shaimaa Abdel Rahman and Cameroon's Marie-Claire Ngo Nlend.

"I came here with one target, and that was to make Nigeria proud," Adeyemi-Okafor told LEADERSHIP Sports after the medal ceremony. "The record is a bonus. I dedicate it to my mother, who sold pepper in Ogbe-Ijoh market so that I could train."

Her coach, Chief Felix Ebiowei Tamuno, said the team had spent six weeks in camp in Abuja ahead of the championships, often training twice a day in temperatures above 35 degrees.

"She is disciplined, she listens and she is hungry. With the right support, she can fight for a medal in Los Angeles," Tamuno said.

President of the Nigeria Weightlifting Federation (NWF), Alhaji Musa Danjuma Bello, said the performance showed Nigeria was "back where we belong" in African weightlifting.

Bello, however, lamented what he called "the usual last-minute scramble" for funding, revealing that the federation had to borrow money to pay for the team's flights to Egypt.

"We cannot keep doing things this way and expect miracles. Our athletes deserve better," he said.

The Minister of Sports Development, Dr Halima Yusuf-Abubakar, in a congratulatory message, described the medals as "a sign of things to come". She said the ministry would ensure all outstanding camp allowances were paid before the team travels to the Commonwealth Championships in July.

Team-mate Chidinma Ogbonna-Eze added a silver medal in the women's 59kg, while Emmanuel Oghenero collected bronze in the men's 81kg snatch.

Egypt topped the overall medal table with 41 gold medals, according to the African Weightlifting Federation, while Nigeria finished third behind Tunisia.

The championships, which also served as a qualifying event for the Commonwealth Games, end on Monday.""", [
        Q('"I came here with one target, and that was to make Nigeria proud,"', "direct", "Adeyemi-Okafor",
          "Blessing Adeyemi-Okafor", speaker_at="Adeyemi-Okafor told"),
        Q('"The record is a bonus. I dedicate it to my mother, who sold pepper in Ogbe-Ijoh market so that I could '
          'train."', "direct", "Adeyemi-Okafor", "Blessing Adeyemi-Okafor", speaker_at="Adeyemi-Okafor told"),
        Q("the team had spent six weeks in camp in Abuja ahead of the championships, often training twice a day in "
          "temperatures above 35 degrees", "indirect", "Felix Ebiowei Tamuno", "Felix Ebiowei Tamuno"),
        Q('"She is disciplined, she listens and she is hungry. With the right support, she can fight for a medal in '
          'Los Angeles,"', "direct", "Tamuno", "Felix Ebiowei Tamuno", speaker_at="Tamuno said"),
        Q('"back where we belong"', "partial", "Musa Danjuma Bello", "Musa Danjuma Bello"),
        Q('"the usual last-minute scramble"', "partial", "he", "Musa Danjuma Bello", speaker_at="he called"),
        Q("that the federation had to borrow money to pay for the team's flights to Egypt", "indirect", "Bello",
          "Musa Danjuma Bello", speaker_at="Bello, however"),
        Q('"We cannot keep doing things this way and expect miracles. Our athletes deserve better,"', "direct", "he",
          "Musa Danjuma Bello", speaker_at="he said"),
        Q('"a sign of things to come"', "partial", "Halima Yusuf-Abubakar", "Halima Yusuf-Abubakar"),
        Q("the ministry would ensure all outstanding camp allowances were paid before the team travels to the "
          "Commonwealth Championships in July", "indirect", "She", "Halima Yusuf-Abubakar", speaker_at="She said"),
        Q("Egypt topped the overall medal table with 41 gold medals", "indirect", "the African Weightlifting Federation",
          "African Weightlifting Federation"),
    ], source="blind"),
    Case("blind53-surgeon-obit", """Eastern Cape mourns pioneering Mthatha surgeon Prof Lwazi Mqhayi-Dlamini

Prof Lwazi Mqhayi-Dlamini, the paediatric surgeon who spent more than three decades at Nelson Mandela Academic Hospital in Mthatha, died in East London on Sunday after a short illness. He was 71.

Born in Cala, he trained at the University of Natal medical school and in Edinburgh before returning to the Eastern Cape in 1989, where he built the province’s first dedicated paediatric surgery unit. In 2004 he led the team that performed the first successful separation of conjoined twins in the province.

His daughter, Dr Nomvula Mqhayi-Dlamini, herself a surgeon at Frere Hospital, said the family had been “comforted” by the many messages from former patients and their parents.

“He would come home at two in the morning and be back in theatre by seven,” she said. “We grew up knowing that other people’s children needed him too, and we never resented it.”

Eastern Cape health MEC Ntandokazi Somyo-Gqiba said the province had lost “a giant of medicine and a true son of the soil”.

Walter Sisulu University’s dean of health sciences, Prof Pieter van der Westhuizen, said Mqhayi-Dlamini had trained “almost every surgeon now working in our public hospitals”.

Van der Westhuizen told the Daily Dispatch that the university would name its new clinical skills laboratory after him.

“He taught us that you operate on a child, not on a diagnosis. That lesson has outlived many of the techniques he taught,” he said.

Among those paying tribute was Siyabonga Nqweniso, 24, of Ngcobo, whom Mqhayi-Dlamini operated on when he was two days old.

“My mother always told me that without him I would not be here,” Nqweniso said. “I became a nurse because of him.”

Colleagues remembered a demanding but gentle teacher who refused to leave the province despite repeated offers from private hospitals in Johannesburg and abroad.

According to former colleague Dr Aziz Patel-Mahomed, he turned down a professorship in London in 1996 because “the children here had nobody else”.

Department of health spokesperson Yonela Dyosi said details of a provincial memorial service would be announced this week.

Mqhayi-Dlamini is survived by his wife Thandiwe, three children and five grandchildren. The funeral will be held in Cala on Saturday.""", [
        Q("“comforted”", "partial", "Nomvula Mqhayi-Dlamini", "Nomvula Mqhayi-Dlamini"),
        Q("“He would come home at two in the morning and be back in theatre by seven,”", "direct", "she",
          "Nomvula Mqhayi-Dlamini", speaker_at="she said"),
        Q("“We grew up knowing that other people’s children needed him too, and we never resented it.”", "direct",
          "she", "Nomvula Mqhayi-Dlamini", speaker_at="she said"),
        Q("“a giant of medicine and a true son of the soil”", "partial", "Ntandokazi Somyo-Gqiba",
          "Ntandokazi Somyo-Gqiba"),
        Q("“almost every surgeon now working in our public hospitals”", "partial", "Pieter van der Westhuizen",
          "Pieter van der Westhuizen"),
        Q("that the university would name its new clinical skills laboratory after him", "indirect",
          "Van der Westhuizen", "Pieter van der Westhuizen"),
        Q("“He taught us that you operate on a child, not on a diagnosis. That lesson has outlived many of the "
          "techniques he taught,”", "direct", "he", "Pieter van der Westhuizen", speaker_at="he said"),
        Q("“My mother always told me that without him I would not be here,”", "direct", "Nqweniso",
          "Siyabonga Nqweniso", speaker_at="Nqweniso said"),
        Q("“I became a nurse because of him.”", "direct", "Nqweniso", "Siyabonga Nqweniso",
          speaker_at="Nqweniso said"),
        Q("“the children here had nobody else”", "partial", "Aziz Patel-Mahomed", "Aziz Patel-Mahomed"),
        Q("details of a provincial memorial service would be announced this week", "indirect", "Yonela Dyosi",
          "Yonela Dyosi"),
    ], source="blind"),
    Case("blind53-clerks-strike", """Court clerks down tools over unpaid allowances, hearings stall

Hundreds of court clerks and support staff across the country yesterday stayed away from work over unpaid housing and risk allowances, bringing proceedings to a standstill at subordinate courts in Lusaka, Ndola and Kitwe.

At the Lusaka Magistrates' Court complex, litigants, lawyers and police officers escorting remandees waited for hours before their cases were adjourned to dates next month.

Judiciary and Allied Workers Union of Zambia (JAWUZ) general secretary Chilufya Mwansa-Kapembwa said members had not been paid the allowances for seven months, despite repeated assurances from management.

"Our members are going to work on empty stomachs. They cannot afford transport, they cannot pay rent, and yet they are expected to keep the courts running," Mrs Mwansa-Kapembwa said.

"We have written letters, we have held meetings, we have been patient. Enough is enough."

She said the strike would continue until the arrears were paid in full and in cash.

But Judiciary Public Relations Manager Lweendo Hamoonga said the strike was illegal because the union had not followed the procedures laid down in the Industrial and Labour Relations Act.

In a statement issued in the afternoon, Mr Hamoonga said the Judiciary was "engaging the Ministry of Finance" to clear the arrears and that "no worker will be victimised for raising legitimate concerns".

The Law Association of Zambia (LAZ) said it was concerned that suspects on remand would spend longer in custody because their cases could not proceed.

LAZ president Mwila Nkonde told the Zambian Observer that access to justice "should never be held hostage" by a dispute over money that the government had already budgeted for.

"The Treasury must release these funds today, not tomorrow," he said.

At the Chawama local court, Esther Banda, a mother of four, said she had come for the third time in a maintenance case against her former husband.

"Every time I come, they tell me to come back. Today there is nobody even to tell me that," she said.

Efforts to get a comment from the Secretary to the Treasury were unsuccessful by press time.""", [
        Q("members had not been paid the allowances for seven months, despite repeated assurances from management",
          "indirect", "Chilufya Mwansa-Kapembwa", "Chilufya Mwansa-Kapembwa"),
        Q('"Our members are going to work on empty stomachs. They cannot afford transport, they cannot pay rent, and '
          'yet they are expected to keep the courts running,"', "direct", "Mwansa-Kapembwa",
          "Chilufya Mwansa-Kapembwa", speaker_at="Mrs Mwansa-Kapembwa said"),
        Q('"We have written letters, we have held meetings, we have been patient. Enough is enough."', "direct",
          "Mwansa-Kapembwa", "Chilufya Mwansa-Kapembwa", speaker_at="Mrs Mwansa-Kapembwa said"),
        Q("the strike would continue until the arrears were paid in full and in cash", "indirect", "She",
          "Chilufya Mwansa-Kapembwa", speaker_at="She said"),
        Q("the strike was illegal because the union had not followed the procedures laid down in the Industrial and "
          "Labour Relations Act", "indirect", "Lweendo Hamoonga", "Lweendo Hamoonga"),
        Q('"engaging the Ministry of Finance"', "partial", "Hamoonga", "Lweendo Hamoonga",
          speaker_at="Mr Hamoonga said"),
        Q('"no worker will be victimised for raising legitimate concerns"', "partial", "Hamoonga",
          "Lweendo Hamoonga", speaker_at="Mr Hamoonga said"),
        Q("it was concerned that suspects on remand would spend longer in custody because their cases could not "
          "proceed", "indirect", "The Law Association of Zambia", "Law Association of Zambia"),
        Q('"should never be held hostage"', "partial", "Mwila Nkonde", "Mwila Nkonde"),
        Q('"The Treasury must release these funds today, not tomorrow,"', "direct", "he", "Mwila Nkonde",
          speaker_at="he said"),
        Q("she had come for the third time in a maintenance case against her former husband", "indirect",
          "Esther Banda", "Esther Banda"),
        Q('"Every time I come, they tell me to come back. Today there is nobody even to tell me that,"', "direct",
          "she", "Esther Banda", speaker_at="she said"),
    ], source="blind"),
    Case("blind53-dust-storm", """Dust storm blankets UAE, flights delayed as visibility drops below 500 metres

Dubai: A thick dust storm swept across the UAE on Tuesday, cutting visibility to less than 500 metres in parts of Abu Dhabi and Dubai and disrupting flights at the country’s two busiest airports.

The National Centre of Meteorology (NCM) said strong north-westerly winds of up to 60km/h would continue until Wednesday evening, with the sea “very rough” in the Arabian Gulf.

“This is a typical shamal event, but it is stronger than usual for this time of year,” Dr Salem Al Mazrouei, a forecaster at the NCM, told Gulf News. “Residents with asthma or other respiratory conditions should stay indoors as much as possible.”

A Dubai Airports spokesperson said some arrivals had been diverted to Al Maktoum International and passengers should check the status of their flights before leaving home. Emirates said a small number of its flights had been delayed.

On the roads, Brigadier Juma Salem bin Suwaidan, director of the General Department of Traffic at Dubai Police, said patrols had responded to 87 minor accidents by midday.

“Most of these could have been avoided. People drive too close and too fast when they cannot see,” he said.

Bin Suwaidan reminded motorists that switching on hazard lights while moving is an offence that carries a Dh500 fine.

The Ministry of Education said schools would remain open, but all outdoor activities, including physical education lessons and assemblies, were suspended until further notice.

Residents in Sharjah and Ajman said fine dust had seeped into their homes despite closed windows. “I cleaned the balcony twice this morning and it is already brown again,” said Farida Rahimi, a teacher who lives in Al Nahda.

In Al Ain, Sheikh Mohammed bin Hamad Al Shamsi, who owns a camel farm in Al Khatim, said he had moved his animals into shelters before dawn.

“The camels know before we do. They were restless all night,” he told Gulf News by phone.

Doctors at several hospitals reported a rise in patients with breathing difficulties. Dr Priya Venkataraman, a pulmonologist at a private hospital in Dubai, said anyone who had to go outside should wear an N95 mask rather than a cloth one.

The NCM said conditions were expected to improve gradually from Thursday, with temperatures dropping by up to 4°C.""", [
        Q("strong north-westerly winds of up to 60km/h would continue until Wednesday evening", "indirect",
          "The National Centre of Meteorology", "National Centre of Meteorology"),
        Q("“very rough”", "partial", "The National Centre of Meteorology", "National Centre of Meteorology"),
        Q("“This is a typical shamal event, but it is stronger than usual for this time of year,”", "direct",
          "Salem Al Mazrouei", "Salem Al Mazrouei"),
        Q("“Residents with asthma or other respiratory conditions should stay indoors as much as possible.”",
          "direct", "Salem Al Mazrouei", "Salem Al Mazrouei"),
        Q("some arrivals had been diverted to Al Maktoum International and passengers should check the status of "
          "their flights before leaving home", "indirect", "A Dubai Airports spokesperson", None),
        Q("a small number of its flights had been delayed", "indirect", "Emirates", "Emirates"),
        Q("patrols had responded to 87 minor accidents by midday", "indirect", "Juma Salem bin Suwaidan",
          "Juma Salem bin Suwaidan"),
        Q("“Most of these could have been avoided. People drive too close and too fast when they cannot see,”",
          "direct", "he", "Juma Salem bin Suwaidan", speaker_at="he said"),
        Q("that switching on hazard lights while moving is an offence that carries a Dh500 fine", "indirect",
          "Bin Suwaidan", "Juma Salem bin Suwaidan"),
        Q("schools would remain open, but all outdoor activities, including physical education lessons and "
          "assemblies, were suspended until further notice", "indirect", "The Ministry of Education",
          "Ministry of Education"),
        Q("fine dust had seeped into their homes despite closed windows", "indirect", "Residents in Sharjah and Ajman",
          None),
        Q("“I cleaned the balcony twice this morning and it is already brown again,”", "direct", "Farida Rahimi",
          "Farida Rahimi"),
        Q("he had moved his animals into shelters before dawn", "indirect", "Mohammed bin Hamad Al Shamsi",
          "Mohammed bin Hamad Al Shamsi"),
        Q("“The camels know before we do. They were restless all night,”", "direct", "he",
          "Mohammed bin Hamad Al Shamsi", speaker_at="he told"),
        Q("conditions were expected to improve gradually from Thursday, with temperatures dropping by up to 4°C",
          "indirect", "The NCM", "National Centre of Meteorology"),
        Q("anyone who had to go outside should wear an N95 mask rather than a cloth one", "indirect",
          "Priya Venkataraman", "Priya Venkataraman"),
    ], source="blind"),
    Case("blind53-party-polls", """Three-way fight for Muafakat presidency as nominations close

Incumbent Parti Muafakat Rakyat (Muafakat) president Wan Azman Wan Ismail will face two challengers in the party's leadership election next month, after nominations closed yesterday.

Former deputy minister Kavitha Subramaniam and Sabah chief Peter Gumbinai both submitted their papers at the party headquarters in Petaling Jaya, setting up the first contested presidential race in the party's 12-year history.

"I have never run away from a contest, and I will not start now," Wan Azman told reporters after filing his nomination. "Let the members decide."

He said the party had doubled its membership in Sabah and Sarawak during his five years in charge, and that he wanted a final term to prepare Muafakat for the next general election.

Kavitha, a lawyer who was deputy women, family and community development minister until 2022, said members wanted "a party that listens, not one that lectures".

"I am not contesting against anyone. I am contesting for the ordinary members who feel that nobody at the top hears them," she said in a video posted on Facebook last night.

Datuk Peter Gumbinai, a Penampang businessman, said he had entered the race because East Malaysian members were "tired of being treated as a vote bank" by leaders in the peninsula.

According to party sources, Wan Azman has the backing of 11 of the 14 state chapters, though several divisions in Selangor and Penang are said to be leaning towards Kavitha.

Universiti Sains Malaysia political scientist Teh Boon Kiat said the contest could split the party along regional lines if it turned bitter.

"A three-cornered fight is healthy in theory. In practice, the losers often leave and take their supporters with them," Teh told Malaysiakini.

He said the outcome would be watched closely by Muafakat's partners in the ruling coalition, who need the party's four MPs.

Election committee chairperson Rosnah Abdul Majid said about 41,000 members were eligible to vote electronically on June 22, with results expected the same night.

Rosnah warned that candidates found to be offering inducements to delegates would be disqualified. "We have received two complaints so far and we are investigating both," she said, declining to name the candidates involved.""", [
        Q('"I have never run away from a contest, and I will not start now,"', "direct", "Wan Azman",
          "Wan Azman Wan Ismail", speaker_at="Wan Azman told"),
        Q('"Let the members decide."', "direct", "Wan Azman", "Wan Azman Wan Ismail", speaker_at="Wan Azman told"),
        Q("the party had doubled its membership in Sabah and Sarawak during his five years in charge", "indirect",
          "He", "Wan Azman Wan Ismail", speaker_at="He said the party"),
        Q("that he wanted a final term to prepare Muafakat for the next general election", "indirect", "He",
          "Wan Azman Wan Ismail", speaker_at="He said the party"),
        Q('"a party that listens, not one that lectures"', "partial", "Kavitha", "Kavitha Subramaniam",
          speaker_at="Kavitha, a lawyer"),
        Q('"I am not contesting against anyone. I am contesting for the ordinary members who feel that nobody at the '
          'top hears them,"', "direct", "she", "Kavitha Subramaniam", speaker_at="she said in"),
        Q('"tired of being treated as a vote bank"', "partial", "Peter Gumbinai", "Peter Gumbinai",
          speaker_at="Datuk Peter Gumbinai"),
        Q("Wan Azman has the backing of 11 of the 14 state chapters", "indirect", "party sources", None),
        Q("the contest could split the party along regional lines if it turned bitter", "indirect", "Teh Boon Kiat",
          "Teh Boon Kiat"),
        Q('"A three-cornered fight is healthy in theory. In practice, the losers often leave and take their '
          'supporters with them,"', "direct", "Teh", "Teh Boon Kiat", speaker_at="Teh told"),
        Q("the outcome would be watched closely by Muafakat's partners in the ruling coalition, who need the party's "
          "four MPs", "indirect", "He", "Teh Boon Kiat", speaker_at="He said the outcome"),
        Q("about 41,000 members were eligible to vote electronically on June 22, with results expected the same "
          "night", "indirect", "Rosnah Abdul Majid", "Rosnah Abdul Majid"),
        Q("that candidates found to be offering inducements to delegates would be disqualified", "indirect", "Rosnah",
          "Rosnah Abdul Majid", speaker_at="Rosnah warned"),
        Q('"We have received two complaints so far and we are investigating both,"', "direct", "she",
          "Rosnah Abdul Majid", speaker_at="she said, declining"),
    ], source="blind"),
    Case("blind53-grocery-results", """SariMart profit climbs 14% on strong holiday sales

LISTED grocery chain SariMart Holdings, Inc. (SMH) posted a 14% rise in fourth-quarter net income as holiday spending and new store openings offset higher operating costs.

In a regulatory filing on Monday, the company said net income attributable to the parent rose to P2.31 billion in the October-to-December period from P2.03 billion a year earlier. Revenues climbed 9.6% to P38.7 billion.

For the full year, SMH booked a net income of P7.94 billion, up 11.2% from 2023.

“The Christmas season was stronger than we expected, particularly in our provincial stores,” SMH President and Chief Executive Officer Ma. Cristina de los Santos-Reyes said in a briefing. “Consumers are still price-sensitive, but they came back for the noche buena basics.”

Ms. De los Santos-Reyes said the company opened 62 new stores last year, bringing its network to 531 outlets nationwide. It plans to open another 60 to 70 this year, mostly in Mindanao and the Visayas, she added.

The company has set aside P9 billion in capital expenditures for 2025, most of it for new stores and a second distribution center in Cebu, Chief Financial Officer Rafael Anton Uy told reporters.

Mr. Uy said the company was also in talks with two foreign logistics firms on a possible partnership for its online grocery service, but declined to name them.

Harbourview Securities, Inc. research head Jose Emmanuel Villanueva-Tan said the results were “slightly above” expectations.

“Grocery is a defensive play, and SariMart has executed well outside Metro Manila,” he said in a Viber message. “But margins will stay under pressure for as long as rice and cooking oil prices remain elevated.”

According to the Philippine Statistics Authority, headline inflation eased to 2.9% in December from 2.5% in November, while rice inflation slowed for a third straight month.

Neighborhood “sari-sari” stores, long the backbone of Philippine retail, have been losing customers to bigger chains with loyalty programs and app-based discounts.

SMH shares closed 1.8% higher at P41.20 apiece on Monday. — Katrina G. Villareal-Domingo""", [
        Q("net income attributable to the parent rose to P2.31 billion in the October-to-December period from "
          "P2.03 billion a year earlier", "indirect", "the company", "SariMart Holdings, Inc.",
          speaker_at="the company said"),
        Q("“The Christmas season was stronger than we expected, particularly in our provincial stores,”", "direct",
          "Ma. Cristina de los Santos-Reyes", "Ma. Cristina de los Santos-Reyes"),
        Q("“Consumers are still price-sensitive, but they came back for the noche buena basics.”", "direct",
          "Ma. Cristina de los Santos-Reyes", "Ma. Cristina de los Santos-Reyes"),
        Q("the company opened 62 new stores last year, bringing its network to 531 outlets nationwide", "indirect",
          "De los Santos-Reyes", "Ma. Cristina de los Santos-Reyes"),
        Q("It plans to open another 60 to 70 this year, mostly in Mindanao and the Visayas", "indirect", "she",
          "Ma. Cristina de los Santos-Reyes", speaker_at="she added"),
        Q("The company has set aside P9 billion in capital expenditures for 2025, most of it for new stores and a "
          "second distribution center in Cebu", "indirect", "Rafael Anton Uy", "Rafael Anton Uy"),
        Q("the company was also in talks with two foreign logistics firms on a possible partnership for its online "
          "grocery service", "indirect", "Uy", "Rafael Anton Uy", speaker_at="Mr. Uy said"),
        Q("“slightly above”", "partial", "Jose Emmanuel Villanueva-Tan", "Jose Emmanuel Villanueva-Tan"),
        Q("“Grocery is a defensive play, and SariMart has executed well outside Metro Manila,”", "direct", "he",
          "Jose Emmanuel Villanueva-Tan", speaker_at="he said in a Viber"),
        Q("“But margins will stay under pressure for as long as rice and cooking oil prices remain elevated.”",
          "direct", "he", "Jose Emmanuel Villanueva-Tan", speaker_at="he said in a Viber"),
        Q("headline inflation eased to 2.9% in December from 2.5% in November, while rice inflation slowed for a "
          "third straight month", "indirect", "the Philippine Statistics Authority", "Philippine Statistics Authority"),
    ], source="blind"),
    Case("blind53-polio-alert", """Polio alert issued as virus found in sewage from 14 districts

ISLAMABAD - The National Emergency Operations Centre (NEOC) for polio eradication on Thursday issued an alert after wild poliovirus was detected in environmental samples from 14 districts, including Peshawar, Karachi and Quetta.

According to the NEOC, samples collected between March 2 and March 18 tested positive for wild poliovirus type 1 (WPV1), indicating continued circulation of the virus despite a nationwide vaccination drive in February.

"Every positive sample is a warning that children in these areas remain at risk," NEOC coordinator Dr Farhan ul Haq Siddiqui said at a press conference in Islamabad. "We cannot afford complacency, not now, when we are so close."

Siddiqui said around 2.1 million children had been missed in the February campaign, mainly because of refusals and security problems in the southern districts of Khyber Pakhtunkhwa.

Pakistan has confirmed six polio cases so far this year, four of them in Khyber Pakhtunkhwa and two in Sindh, officials said. The country reported 74 cases last year.

Dr Mariam Konaté, who heads the polio programme of the World Health Organization (WHO) in Pakistan, said the detections were "deeply concerning" but showed that the country's surveillance system was "working as it should".

KP Health Minister Khalil Ahmad Khattak told The Nation that the province would deploy an additional 4,000 female vaccinators in Bannu, Lakki Marwat and Dera Ismail Khan, where many families do not allow male health workers into their homes.

"Mothers open the door to a woman. That is the reality, and we have to work with it," he said.

Religious scholars have also been brought on board. Maulana Abdul Qayyum, a prayer leader in Bannu who has joined the campaign, said parents who refused the drops were "doing harm to their own children" and that nothing in Islam forbade vaccination.

Health workers' associations, however, have warned that vaccinators will stay away unless their security is guaranteed. At least 11 polio workers and police guards were killed in attacks last year, according to the Polio Workers Welfare Association.

The next nationwide campaign, targeting more than 45 million children under five, will begin on April 21, the NEOC said.

Pakistan and Afghanistan are the only two countries where wild poliovirus remains endemic.""", [
        Q("samples collected between March 2 and March 18 tested positive for wild poliovirus type 1 (WPV1), "
          "indicating continued circulation of the virus despite a nationwide vaccination drive in February",
          "indirect", "the NEOC", "National Emergency Operations Centre", speaker_at="According to the NEOC"),
        Q('"Every positive sample is a warning that children in these areas remain at risk,"', "direct",
          "Farhan ul Haq Siddiqui", "Farhan ul Haq Siddiqui"),
        Q('"We cannot afford complacency, not now, when we are so close."', "direct", "Farhan ul Haq Siddiqui",
          "Farhan ul Haq Siddiqui"),
        Q("around 2.1 million children had been missed in the February campaign, mainly because of refusals and "
          "security problems in the southern districts of Khyber Pakhtunkhwa", "indirect", "Siddiqui",
          "Farhan ul Haq Siddiqui", speaker_at="Siddiqui said around"),
        Q("Pakistan has confirmed six polio cases so far this year, four of them in Khyber Pakhtunkhwa and two in "
          "Sindh", "indirect", "officials", None),
        Q('"deeply concerning"', "partial", "Mariam Konaté", "Mariam Konaté"),
        Q('"working as it should"', "partial", "Mariam Konaté", "Mariam Konaté"),
        Q("that the province would deploy an additional 4,000 female vaccinators in Bannu, Lakki Marwat and Dera "
          "Ismail Khan, where many families do not allow male health workers into their homes", "indirect",
          "Khalil Ahmad Khattak", "Khalil Ahmad Khattak"),
        Q('"Mothers open the door to a woman. That is the reality, and we have to work with it,"', "direct", "he",
          "Khalil Ahmad Khattak", speaker_at="he said"),
        Q('"doing harm to their own children"', "partial", "Abdul Qayyum", "Abdul Qayyum"),
        Q("that nothing in Islam forbade vaccination", "indirect", "Abdul Qayyum", "Abdul Qayyum"),
        Q("that vaccinators will stay away unless their security is guaranteed", "indirect",
          "Health workers' associations", None),
        Q("At least 11 polio workers and police guards were killed in attacks last year", "indirect",
          "the Polio Workers Welfare Association", "Polio Workers Welfare Association"),
        Q("The next nationwide campaign, targeting more than 45 million children under five, will begin on April 21",
          "indirect", "the NEOC", "National Emergency Operations Centre", speaker_at="the NEOC said"),
    ], source="blind"),
]
