"""Blind gold set 77: short news articles from many outlets, written once.

Sixteen fresh articles in the house styles of Sri Lankan and Bangladeshi
English-language dailies, Welsh regional papers, Ghanaian news portals and
Hawaii and Alaska local papers. They were written and annotated without
looking at the pretagger, its output or the other gold sets, so the figures
on them say how the quote finder and speaker attributor do on unseen news.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind77-estate-wages", """Estate workers down tools as wage talks collapse

By Nirmala Kannangara

Thousands of tea estate workers in the Nuwara Eliya, Badulla and Ratnapura districts stayed away from work yesterday after talks between trade unions and the Regional Plantation Companies (RPCs) on a new daily wage ended without agreement.

The Ceylon Workers' Congress (CWC) said more than 40,000 workers had joined the protest, which it described as "only the beginning".

"Our people cannot live on Rs.1,350 a day when a kilo of dhal costs more than half of that," CWC General Secretary Marimuthu Sivakumar told the Daily Mirror. "We are asking for Rs.1,700, which the President himself promised."

Mr. Sivakumar said the unions would meet on Friday to decide whether to extend the strike to the low-country estates in Galle and Matara.

The Planters' Association of Ceylon (PA), which represents the 20 RPCs, said in a statement that the industry could not afford the increase without a matching rise in productivity. According to the PA, the cost of producing a kilo of made tea has risen by 38 percent in two years.

"We are not against a wage increase," PA spokesman Roshan Rajadurai said. "What we are against is a wage that is not linked to how much a worker plucks. That model will kill the small estates."

He added that several companies in the mid-country were already "operating at a loss".

Labour Minister Anura Nanayakkara said the Wages Board would be convened next week and that the government would not allow the dispute to drag on. "If the companies do not come to the table, the Wages Board will decide for them," the minister said.

At the Pedro Estate near Nuwara Eliya, pluckers gathered outside the factory holding placards reading "1,700 or nothing". One worker, a mother of three, said her family could now afford only two meals a day.

"My husband and I both work on this estate and still we borrow from the boutique every month," she said, asking that her name not be used.

Estate superintendent Chaminda Weerasekera said the factory had processed less than a quarter of its usual green leaf on Monday. "If this continues for a week, the leaf will be lost," Weerasekera said, "and everyone will suffer, the workers most of all."

Police said the protests in all three districts had been peaceful.""", [
        Q("more than 40,000 workers had joined the protest", "indirect", "The Ceylon Workers' Congress",
          "Ceylon Workers' Congress"),
        Q('"only the beginning"', "partial", "it", "Ceylon Workers' Congress", speaker_at="which it described"),
        Q('"Our people cannot live on Rs.1,350 a day when a kilo of dhal costs more than half of that,"', "direct",
          "Marimuthu Sivakumar", "Marimuthu Sivakumar"),
        Q('"We are asking for Rs.1,700, which the President himself promised."', "direct", "Marimuthu Sivakumar",
          "Marimuthu Sivakumar"),
        Q("the unions would meet on Friday to decide whether to extend the strike to the low-country estates in "
          "Galle and Matara", "indirect", "Sivakumar", "Marimuthu Sivakumar", speaker_at="Mr. Sivakumar said"),
        Q("that the industry could not afford the increase without a matching rise in productivity", "indirect",
          "The Planters' Association of Ceylon", "Planters' Association of Ceylon"),
        Q("the cost of producing a kilo of made tea has risen by 38 percent in two years", "indirect", "the PA",
          "Planters' Association of Ceylon", speaker_at="According to the PA"),
        Q('"We are not against a wage increase,"', "direct", "Roshan Rajadurai", "Roshan Rajadurai"),
        Q('"What we are against is a wage that is not linked to how much a worker plucks. That model will kill the '
          'small estates."', "direct", "Roshan Rajadurai", "Roshan Rajadurai"),
        Q('"operating at a loss"', "partial", "He", "Roshan Rajadurai", speaker_at="He added"),
        Q("the Wages Board would be convened next week and that the government would not allow the dispute to drag "
          "on", "indirect", "Anura Nanayakkara", "Anura Nanayakkara"),
        Q('"If the companies do not come to the table, the Wages Board will decide for them,"', "direct",
          "the minister", "Anura Nanayakkara", speaker_at="the minister said"),
        Q("her family could now afford only two meals a day", "indirect", "One worker", None),
        Q('"My husband and I both work on this estate and still we borrow from the boutique every month,"', "direct",
          "she", None, speaker_at="she said"),
        Q("the factory had processed less than a quarter of its usual green leaf on Monday", "indirect",
          "Chaminda Weerasekera", "Chaminda Weerasekera"),
        Q('"If this continues for a week, the leaf will be lost,"', "direct", "Weerasekera", "Chaminda Weerasekera",
          speaker_at='lost," Weerasekera said'),
        Q('"and everyone will suffer, the workers most of all."', "direct", "Weerasekera", "Chaminda Weerasekera",
          speaker_at='lost," Weerasekera said'),
        Q("the protests in all three districts had been peaceful", "indirect", "Police", None),
    ], source="blind"),
    Case("blind77-sylhet-tea", """Tea workers block highway as wage talks stall

Moulvibazar Correspondent

Hundreds of tea workers blocked the Dhaka-Sylhet highway at Sreemangal for nearly three hours on Tuesday to press for a daily wage of Tk 500.

Workers from at least 23 gardens in Moulvibazar and Habiganj joined the protest, according to the Bangladesh Cha Sramik Union, the only registered trade union of tea workers in the country.

"We get Tk 178 a day. With that money a family of five cannot even buy rice and lentils for a week," said Sitaram Bauri, general secretary of the union.

Bauri said the owners had not responded to the union's charter of demands, submitted in January, and that workers would go on an indefinite strike from Sunday if no meeting was called.

The Bangladesh Tea Association (BTA), which represents garden owners, said production costs had risen sharply while auction prices had fallen for a third straight year.

"The gardens are bleeding," BTA Chairman Shah Alam Chowdhury told Dhaka Tribune over the phone. "We sympathise with the workers, but if wages double, many gardens will simply shut down."

He claimed that workers also received subsidised rations, housing and medical care, which he said were worth "at least another Tk 200 a day".

Union leaders dismissed the claim. "Two kilos of atta a week is not a salary," said Parboti Urang, a union organiser from Kamalganj. "Go and see the houses they call housing."

Traffic on the highway resumed around 2pm after Sreemangal Upazila Nirbahi Officer (UNO) Md Sohel Rana met the protesters and assured them that a tripartite meeting would be held at the Department of Labour within ten days.

"I have spoken to the deputy commissioner and the labour office. The meeting will happen," the UNO said.

Sreemangal Police Station Officer-in-Charge Aminul Islam said no untoward incident had taken place.

Tea workers, most of them descendants of labourers brought from India by British planters in the 19th century, have long worked under conditions that rights groups call "modern-day bonded labour".

In 2022, a 19-day strike ended only after the prime minister intervened and wages were raised from Tk 120 to Tk 170.

Workers at the protest said they were ready to repeat that strike. "Last time they told us 'be patient'. We were patient for two years," one young plucker said.""", [
        Q("Workers from at least 23 gardens in Moulvibazar and Habiganj joined the protest", "indirect",
          "the Bangladesh Cha Sramik Union", "Bangladesh Cha Sramik Union"),
        Q('"We get Tk 178 a day. With that money a family of five cannot even buy rice and lentils for a week,"',
          "direct", "Sitaram Bauri", "Sitaram Bauri"),
        Q("the owners had not responded to the union's charter of demands, submitted in January, and that workers "
          "would go on an indefinite strike from Sunday if no meeting was called", "indirect", "Bauri",
          "Sitaram Bauri", speaker_at="Bauri said"),
        Q("production costs had risen sharply while auction prices had fallen for a third straight year", "indirect",
          "The Bangladesh Tea Association", "Bangladesh Tea Association"),
        Q('"The gardens are bleeding,"', "direct", "Shah Alam Chowdhury", "Shah Alam Chowdhury"),
        Q('"We sympathise with the workers, but if wages double, many gardens will simply shut down."', "direct",
          "Shah Alam Chowdhury", "Shah Alam Chowdhury"),
        Q("that workers also received subsidised rations, housing and medical care", "indirect", "He",
          "Shah Alam Chowdhury", speaker_at="He claimed"),
        Q('"at least another Tk 200 a day"', "partial", "he", "Shah Alam Chowdhury", speaker_at="which he said"),
        Q('"Two kilos of atta a week is not a salary,"', "direct", "Parboti Urang", "Parboti Urang"),
        Q('"Go and see the houses they call housing."', "direct", "Parboti Urang", "Parboti Urang"),
        Q("that a tripartite meeting would be held at the Department of Labour within ten days", "indirect",
          "Md Sohel Rana", "Md Sohel Rana"),
        Q('"I have spoken to the deputy commissioner and the labour office. The meeting will happen,"', "direct",
          "the UNO", "Md Sohel Rana"),
        Q("no untoward incident had taken place", "indirect", "Aminul Islam", "Aminul Islam"),
        Q('"modern-day bonded labour"', "partial", "rights groups", None),
        Q("they were ready to repeat that strike", "indirect", "Workers at the protest", None),
        Q('"Last time they told us \'be patient\'. We were patient for two years,"', "direct", "one young plucker",
          None),
    ], source="blind"),
    Case("blind77-meghna-trawler", """Seven dead, 15 missing as trawler capsizes in Meghna

Our Correspondent, Munshiganj

At least seven people, including two children, died and 15 others remained missing after a passenger trawler capsized in the Meghna river near Gazaria upazila of Munshiganj yesterday afternoon.

The trawler, carrying around 60 passengers from Gazaria to Baidder Bazar in Narayanganj, sank after it was hit by the sand-laden bulkhead “MV Mayer Doa-3” around 3:30pm, said locals and officials.

“We heard people screaming and saw the trawler turn over within seconds,” said Abul Hossain, a fisherman who pulled four passengers out of the water. “The bulkhead did not even stop.”

Divers of Fire Service and Civil Defence and Bangladesh Coast Guard recovered the bodies by 8:00pm, said Md Shahjahan Sikder, deputy assistant director of Fire Service and Civil Defence in Munshiganj.

He said the search was suspended at night due to strong currents and would resume at dawn.

Munshiganj Deputy Commissioner Fatema Tul Jannat said a five-member probe committee had been formed and asked to submit its report within seven working days. The district administration will give Tk 25,000 to each victim’s family for burial, she added.

According to police, the master and two crew members of the bulkhead fled after the collision. “We have identified the vessel and drives are on to arrest them,” said Gazaria Police Station Officer-in-Charge Raisul Islam.

Private broadcaster Channel 24 reported later in the evening that the bulkhead had been seized near Meghnaghat.

At the riverbank, relatives waited late into the night. Rina Begum, 34, said her husband and six-year-old son had boarded the trawler to visit her ailing mother.

“They called me from the ghat at three. That was the last time I heard his voice,” she said, breaking down in tears.

Survivors said the trawler had been overloaded and carried no lifejackets. One of them, college student Tanvir Ahmed, told The Daily Star that passengers were sitting even on the roof.

A BIWTA official, requesting anonymity, admitted that unregistered trawlers routinely ply the route. “We do not have enough manpower to monitor every ghat,” he said.

The Bangladesh Inland Water Transport Authority, in a press release last night, said it would “take stern action” against those responsible.

Last year, at least 12 people drowned when a trawler sank in the same stretch of the river after colliding with a cargo vessel.""", [
        Q("The trawler, carrying around 60 passengers from Gazaria to Baidder Bazar in Narayanganj, sank after it was "
          "hit by the sand-laden bulkhead “MV Mayer Doa-3” around 3:30pm", "indirect", "locals and officials", None),
        Q("“We heard people screaming and saw the trawler turn over within seconds,”", "direct", "Abul Hossain",
          "Abul Hossain"),
        Q("“The bulkhead did not even stop.”", "direct", "Abul Hossain", "Abul Hossain"),
        Q("Divers of Fire Service and Civil Defence and Bangladesh Coast Guard recovered the bodies by 8:00pm",
          "indirect", "Md Shahjahan Sikder", "Md Shahjahan Sikder"),
        Q("the search was suspended at night due to strong currents and would resume at dawn", "indirect", "He",
          "Md Shahjahan Sikder", speaker_at="He said the search"),
        Q("a five-member probe committee had been formed and asked to submit its report within seven working days",
          "indirect", "Fatema Tul Jannat", "Fatema Tul Jannat"),
        Q("The district administration will give Tk 25,000 to each victim’s family for burial", "indirect", "she",
          "Fatema Tul Jannat", speaker_at="she added"),
        Q("the master and two crew members of the bulkhead fled after the collision", "indirect", "police", None,
          speaker_at="According to police"),
        Q("“We have identified the vessel and drives are on to arrest them,”", "direct", "Raisul Islam",
          "Raisul Islam"),
        Q("that the bulkhead had been seized near Meghnaghat", "indirect", "Channel 24", "Channel 24"),
        Q("her husband and six-year-old son had boarded the trawler to visit her ailing mother", "indirect",
          "Rina Begum", "Rina Begum"),
        Q("“They called me from the ghat at three. That was the last time I heard his voice,”", "direct", "she",
          "Rina Begum", speaker_at="she said"),
        Q("the trawler had been overloaded and carried no lifejackets", "indirect", "Survivors", None),
        Q("that passengers were sitting even on the roof", "indirect", "Tanvir Ahmed", "Tanvir Ahmed"),
        Q("that unregistered trawlers routinely ply the route", "indirect", "A BIWTA official", None),
        Q("“We do not have enough manpower to monitor every ghat,”", "direct", "he", None, speaker_at="he said"),
        Q("“take stern action”", "partial", "The Bangladesh Inland Water Transport Authority",
          "Bangladesh Inland Water Transport Authority"),
    ], source="blind"),
    Case("blind77-volta-boat", """Eleven feared dead as boat capsizes on Volta Lake

By Felix Kekeli Agbenyo, Dambai

Eleven people are feared dead after a wooden passenger boat capsized on the Volta Lake near Dambai in the Oti Region last Saturday evening.

The boat, which was travelling from Dambai to Kete-Krachi, was carrying about 40 passengers and bags of yam and charcoal when it hit a tree stump and overturned, according to the Ghana Maritime Authority (GMA).

Twenty-nine passengers were rescued by local fishermen, the Oti Regional Coordinator of the National Disaster Management Organisation (NADMO), Mr Gideon Kwaku Asare, told the Daily Graphic yesterday.

"The fishermen were the real heroes. Before our team got there, they had already pulled most of the survivors out," Mr Asare said.

He said search and rescue efforts were continuing with the support of the Ghana Navy, but added that the water was deep and visibility was poor.

The District Chief Executive (DCE) for Krachi East, Mr Ernest Kwabla Dagadu, described the incident as "a painful reminder" that many boats on the lake were not fit to carry passengers.

"We have told the boat operators again and again: no life jackets, no sailing. Some of them still do not listen," he said.

A survivor, Madam Akosua Bediako, a yam trader, said only a few passengers were wearing life jackets when the boat set off.

"I was holding on to a yam sack in the water for almost one hour. I thank God," she said at the Dambai Government Hospital, where she was receiving treatment.

The Medical Superintendent of the hospital, Dr Francis Atsu Gbedemah, said six survivors were on admission and were responding to treatment.

Residents of Dambai said boats on the route were often overloaded on market days.

The Director-General of the GMA, Mr Daniel Kwame Appiah-Korang, in a statement, said the authority had deployed a team to investigate the cause of the accident.

"The GMA wishes to remind all boat operators that the wearing of life jackets by every passenger is mandatory," the statement said.

According to him, the authority would intensify its "Operation Safe Lake" exercise, which involves the removal of tree stumps from major routes on the lake.""", [
        Q("The boat, which was travelling from Dambai to Kete-Krachi, was carrying about 40 passengers and bags of "
          "yam and charcoal when it hit a tree stump and overturned", "indirect", "the Ghana Maritime Authority",
          "Ghana Maritime Authority"),
        Q("Twenty-nine passengers were rescued by local fishermen", "indirect", "Gideon Kwaku Asare",
          "Gideon Kwaku Asare"),
        Q('"The fishermen were the real heroes. Before our team got there, they had already pulled most of the '
          'survivors out,"', "direct", "Asare", "Gideon Kwaku Asare", speaker_at="Mr Asare said"),
        Q("search and rescue efforts were continuing with the support of the Ghana Navy", "indirect", "He",
          "Gideon Kwaku Asare", speaker_at="He said search"),
        Q("that the water was deep and visibility was poor", "indirect", "He", "Gideon Kwaku Asare",
          speaker_at="He said search"),
        Q('"a painful reminder"', "partial", "Ernest Kwabla Dagadu", "Ernest Kwabla Dagadu"),
        Q('"We have told the boat operators again and again: no life jackets, no sailing. Some of them still do not '
          'listen,"', "direct", "he", "Ernest Kwabla Dagadu", speaker_at='listen," he said'),
        Q("only a few passengers were wearing life jackets when the boat set off", "indirect", "Akosua Bediako",
          "Akosua Bediako"),
        Q('"I was holding on to a yam sack in the water for almost one hour. I thank God,"', "direct", "she",
          "Akosua Bediako", speaker_at='God," she said'),
        Q("six survivors were on admission and were responding to treatment", "indirect", "Francis Atsu Gbedemah",
          "Francis Atsu Gbedemah"),
        Q("boats on the route were often overloaded on market days", "indirect", "Residents of Dambai", None),
        Q("the authority had deployed a team to investigate the cause of the accident", "indirect",
          "Daniel Kwame Appiah-Korang", "Daniel Kwame Appiah-Korang"),
        Q('"The GMA wishes to remind all boat operators that the wearing of life jackets by every passenger is '
          'mandatory,"', "direct", "the statement", "Ghana Maritime Authority"),
        Q('the authority would intensify its "Operation Safe Lake" exercise, which involves the removal of tree '
          'stumps from major routes on the lake', "indirect", "him", "Daniel Kwame Appiah-Korang",
          speaker_at="According to him"),
    ], source="blind"),
    Case("blind77-offin-galamsey", """Military task force seizes 42 excavators in Amansie West galamsey raid

A joint military and police task force has seized 42 excavators and arrested 61 suspected illegal miners in a dawn operation along the Offin River in the Amansie West District of the Ashanti Region.

The operation, code-named "Operation Clean Water", was carried out on Wednesday after weeks of surveillance, the Ministry of Lands and Natural Resources said in a statement.

Among those arrested were 14 foreign nationals, according to the ministry.

Speaking to JoyNews at Manso Nkwanta, the commander of the task force, Lt. Col. Samuel Kwesi Mensah, said his men met little resistance.

"Most of them fled into the bush when they saw our vehicles, but we have their machines, and without the machines there is no galamsey," he said.

Lt. Col. Mensah said the excavators would be moved to a military facility in Kumasi. They would not be released "under any circumstances", he stressed.

The Minister for Lands and Natural Resources, Kwabena Owusu-Adjei, told journalists in Accra that the government was determined to restore the country's rivers.

"We will not negotiate with anyone who is destroying our water bodies. Whether you are a chief, a politician or a party foot soldier, the law will catch up with you," the minister warned.

He disclosed that the Minerals Commission had revoked 12 small-scale mining licences in the district since January.

But the Ghana National Association of Small-Scale Miners (GNASSM) has criticised the raid, claiming that some of its licensed members had their equipment seized.

"We support the fight against illegal mining, but you cannot punish the innocent with the guilty," the association's spokesperson, Godwin Armah, said on Joy FM's Super Morning Show.

Mr Armah said the association would write to the ministry to demand the release of the machines.

Residents of Manso Nkwanta have welcomed the operation. According to the Assemblyman for the area, Kwame Boakye, the Offin River had turned "the colour of chocolate" over the past two years.

"Our children used to swim in this river. Now we buy sachet water to cook," he added.

Ghana Water Limited has warned that treatment plants along the Offin and Pra rivers could shut down if turbidity levels continue to rise.""", [
        Q('The operation, code-named "Operation Clean Water", was carried out on Wednesday after weeks of '
          'surveillance', "indirect", "the Ministry of Lands and Natural Resources",
          "Ministry of Lands and Natural Resources"),
        Q("Among those arrested were 14 foreign nationals", "indirect", "the ministry",
          "Ministry of Lands and Natural Resources", speaker_at="according to the ministry"),
        Q("his men met little resistance", "indirect", "Samuel Kwesi Mensah", "Samuel Kwesi Mensah"),
        Q('"Most of them fled into the bush when they saw our vehicles, but we have their machines, and without the '
          'machines there is no galamsey,"', "direct", "he", "Samuel Kwesi Mensah", speaker_at='galamsey," he said'),
        Q("the excavators would be moved to a military facility in Kumasi", "indirect", "Mensah",
          "Samuel Kwesi Mensah", speaker_at="Col. Mensah said"),
        Q('"under any circumstances"', "partial", "he", "Samuel Kwesi Mensah", speaker_at="he stressed"),
        Q("that the government was determined to restore the country's rivers", "indirect", "Kwabena Owusu-Adjei",
          "Kwabena Owusu-Adjei"),
        Q('"We will not negotiate with anyone who is destroying our water bodies. Whether you are a chief, a '
          'politician or a party foot soldier, the law will catch up with you,"', "direct", "the minister",
          "Kwabena Owusu-Adjei", speaker_at="the minister warned"),
        Q("that the Minerals Commission had revoked 12 small-scale mining licences in the district since January",
          "indirect", "He", "Kwabena Owusu-Adjei", speaker_at="He disclosed"),
        Q("that some of its licensed members had their equipment seized", "indirect",
          "the Ghana National Association of Small-Scale Miners", "Ghana National Association of Small-Scale Miners"),
        Q('"We support the fight against illegal mining, but you cannot punish the innocent with the guilty,"',
          "direct", "Godwin Armah", "Godwin Armah"),
        Q("the association would write to the ministry to demand the release of the machines", "indirect", "Armah",
          "Godwin Armah", speaker_at="Mr Armah said"),
        Q('"the colour of chocolate"', "partial", "Kwame Boakye", "Kwame Boakye"),
        Q('"Our children used to swim in this river. Now we buy sachet water to cook,"', "direct", "he",
          "Kwame Boakye", speaker_at="he added"),
        Q("that treatment plants along the Offin and Pra rivers could shut down if turbidity levels continue to rise",
          "indirect", "Ghana Water Limited", "Ghana Water Limited"),
    ], source="blind"),
    Case("blind77-tarkwa-galamsey", """Tarkwa: Police arrest 23, destroy 'changfan' machines in anti-galamsey swoop

Police in the Western Region have arrested 23 people and destroyed more than 50 'changfan' machines during a three-day anti-galamsey operation in the Tarkwa-Nsuaem and Prestea-Huni Valley municipalities.

The Western Regional Police Commander, DCOP Ebenezer Tetteh Quarshie, told Citi News that the suspects would be arraigned before the Tarkwa Circuit Court on Monday.

"We have been monitoring these sites for months. Some of the pits are so close to the Bonsa River that the water has changed colour completely," he said.

He said the operation formed part of the government's nationwide crackdown, which has so far led to more than 600 arrests.

The chief of Bonsaso, Nana Kofi Ampem III, however accused the security agencies of targeting "ordinary young men" while the financiers of galamsey walked free.

"The young men you arrest are just labourers. The people who bring the excavators and the foreigners who buy the gold, nobody touches them," the chief said.

Nana Ampem said his traditional council had banned mining within 100 metres of any river, but that enforcement was difficult without support from the municipal assembly.

The Tarkwa-Nsuaem Municipal Chief Executive (MCE), Mrs Gifty Eshun-Baidoo, rejected the chief's claims. In a statement issued on Thursday, she said:

"The assembly has supported every operation in this municipality with logistics and personnel. We have nothing to hide.

"Anyone who has information about financiers should bring it to the police, and we will act."

Environmental group A Rocha Ghana said the crackdown was welcome but would fail unless the government repealed Legislative Instrument 2462, the law that permits mining in forest reserves.

Its programme manager, Kwesi Adom-Boateng, said the group had written to Parliament twice this year without a response.

"Arrests alone will not save our rivers. The law that opened our forests to mining must go," he told Citi News.

At Bonsaso, Kojo, a young miner who declined to give his surname, said he had no other way to feed his family.

"Give us jobs and we will leave the pits," he said.""", [
        Q("that the suspects would be arraigned before the Tarkwa Circuit Court on Monday", "indirect",
          "Ebenezer Tetteh Quarshie", "Ebenezer Tetteh Quarshie"),
        Q('"We have been monitoring these sites for months. Some of the pits are so close to the Bonsa River that the '
          'water has changed colour completely,"', "direct", "he", "Ebenezer Tetteh Quarshie",
          speaker_at='completely," he said'),
        Q("the operation formed part of the government's nationwide crackdown, which has so far led to more than 600 "
          "arrests", "indirect", "He", "Ebenezer Tetteh Quarshie", speaker_at="He said the operation"),
        Q('"ordinary young men"', "partial", "Kofi Ampem III", "Kofi Ampem III"),
        Q('"The young men you arrest are just labourers. The people who bring the excavators and the foreigners who '
          'buy the gold, nobody touches them,"', "direct", "the chief", "Kofi Ampem III",
          speaker_at="the chief said"),
        Q("his traditional council had banned mining within 100 metres of any river, but that enforcement was "
          "difficult without support from the municipal assembly", "indirect", "Ampem", "Kofi Ampem III",
          speaker_at="Nana Ampem said"),
        Q('"The assembly has supported every operation in this municipality with logistics and personnel. We have '
          'nothing to hide.', "direct", "she", "Gifty Eshun-Baidoo", speaker_at="she said:"),
        Q('"Anyone who has information about financiers should bring it to the police, and we will act."', "direct",
          "she", "Gifty Eshun-Baidoo", speaker_at="she said:"),
        Q("the crackdown was welcome but would fail unless the government repealed Legislative Instrument 2462",
          "indirect", "A Rocha Ghana", "A Rocha Ghana"),
        Q("the group had written to Parliament twice this year without a response", "indirect",
          "Kwesi Adom-Boateng", "Kwesi Adom-Boateng"),
        Q('"Arrests alone will not save our rivers. The law that opened our forests to mining must go,"', "direct",
          "he", "Kwesi Adom-Boateng", speaker_at="he told Citi News"),
        Q("he had no other way to feed his family", "indirect", "Kojo", "Kojo"),
        Q('"Give us jobs and we will leave the pits,"', "direct", "he", "Kojo", speaker_at='pits," he said'),
    ], source="blind"),
    Case("blind77-glanrhondda-rescue", """Historic Valleys rugby club saved from collapse after last-minute rescue deal

Glanrhondda RFC has been saved from going out of business after a consortium of local businesspeople agreed to clear debts of more than £400,000.

The 131-year-old club, nicknamed "the Glan" by generations of supporters, had been facing a winding-up petition from HM Revenue and Customs (HMRC) over unpaid tax, and players were told last month that they might not be paid until the end of the season.

But on Tuesday night the club confirmed that a deal had been agreed with the Glanrhondda Community Trust, a group of 12 local investors led by haulage boss Huw Prosser.

Mr Prosser, whose father and grandfather both played for the first XV, said: "This is a club that has been at the heart of this valley for more than a century, and we were not prepared to watch it disappear.

"It won't be easy. We have made mistakes as a club, and now we have to earn back people's trust."

Club chairman Dai Rowlands, who will step down as part of the deal, admitted the board "should have acted sooner".

"I take full responsibility for where we ended up. The money simply wasn't there after Covid, and we kept hoping things would turn around," he said.

Under the terms of the deal, the trust will pay off the HMRC debt in full and fund a new 3G pitch that will be rented out to schools and junior sides.

HMRC said it did not comment on individual taxpayers.

The Welsh Rugby Union said it welcomed the news. A WRU spokesperson said: "Community clubs are the lifeblood of Welsh rugby and we are delighted that Glanrhondda has a future. We will continue to support the club through our club finance programme."

Supporters had raised more than £38,000 through a crowdfunding appeal called "Save the Glan". Fans' group chairwoman Sian Rees told WalesOnline the mood at the clubhouse on Tuesday night was "like winning the cup".

"People were in tears. Some of these supporters have been coming here for 60 years," she said.

Councillor Rhian Bevan, cabinet member for leisure at Rhondda Cynon Taf Council, said the council would consider a request for a grant towards the pitch.

Head coach Rhys Thomas said the news had lifted the squad ahead of Saturday's derby against Treorchy.

"The boys have been brilliant through all this. Now they can just focus on rugby," Thomas said.""", [
        Q("that a deal had been agreed with the Glanrhondda Community Trust, a group of 12 local investors led by "
          "haulage boss Huw Prosser", "indirect", "the club", "Glanrhondda RFC", speaker_at="the club confirmed"),
        Q('"This is a club that has been at the heart of this valley for more than a century, and we were not '
          'prepared to watch it disappear.', "direct", "Prosser", "Huw Prosser", speaker_at="Mr Prosser, whose"),
        Q('"It won\'t be easy. We have made mistakes as a club, and now we have to earn back people\'s trust."',
          "direct", "Prosser", "Huw Prosser", speaker_at="Mr Prosser, whose"),
        Q('"should have acted sooner"', "partial", "Dai Rowlands", "Dai Rowlands"),
        Q('"I take full responsibility for where we ended up. The money simply wasn\'t there after Covid, and we kept '
          'hoping things would turn around,"', "direct", "he", "Dai Rowlands", speaker_at='around," he said'),
        Q("it did not comment on individual taxpayers", "indirect", "HMRC", "HM Revenue and Customs",
          speaker_at="HMRC said"),
        Q("it welcomed the news", "indirect", "The Welsh Rugby Union", "Welsh Rugby Union"),
        Q('"Community clubs are the lifeblood of Welsh rugby and we are delighted that Glanrhondda has a future. We '
          'will continue to support the club through our club finance programme."', "direct", "A WRU spokesperson",
          None),
        Q('"like winning the cup"', "partial", "Sian Rees", "Sian Rees"),
        Q('"People were in tears. Some of these supporters have been coming here for 60 years,"', "direct", "she",
          "Sian Rees", speaker_at="she said"),
        Q("the council would consider a request for a grant towards the pitch", "indirect", "Rhian Bevan",
          "Rhian Bevan"),
        Q("the news had lifted the squad ahead of Saturday's derby against Treorchy", "indirect", "Rhys Thomas",
          "Rhys Thomas"),
        Q('"The boys have been brilliant through all this. Now they can just focus on rugby,"', "direct", "Thomas",
          "Rhys Thomas", speaker_at='rugby," Thomas said'),
    ], source="blind"),
    Case("blind77-caerleon-byelection", """Independent takes Caerleon seat as Labour vote slumps in by-election

AN INDEPENDENT candidate who campaigned against plans for a large housing estate has won a by-election for a seat on Newport City Council.

Gwen Parry-Jones secured 1,214 votes in the Caerleon ward, 402 ahead of Labour’s Marc Whitehead, the council’s returning officer announced in the early hours of Friday.

The by-election was called after the death in September of long-serving Labour councillor Bernard Hollis.

Turnout was 31.6 per cent, the council said.

Speaking after the count at Newport Centre, Ms Parry-Jones said: ‘I want to thank everyone in Caerleon who put their trust in me. People here are tired of being told what is good for them by people who don’t live here.’

She said her first priority would be to oppose the ‘Lodge Farm’ development of 600 homes, which she called ‘the wrong scheme in the wrong place’.

Mr Whitehead congratulated his opponent but said Labour had ‘a lot of listening to do’.

‘It was a tough night for us, there is no hiding from that,’ he said. ‘But Labour will keep working for this community, as we always have.’

Conservative candidate Priya Sandhu, who came third with 538 votes, said the result showed voters were ‘fed up with Labour taking Newport for granted’.

Reform UK’s Kevin Bright received 356 votes, Plaid Cymru’s Iestyn ap Dafydd 201 and the Green Party’s Tomos Hale 97.

A Labour source told the Argus the party had struggled to get enough activists out on the doorstep during the campaign.

Labour group whip Cllr Debbie Harries said the party would ‘reflect carefully’ on the result, adding that local issues rather than national politics had decided the contest.

Caerleon Civic Society chairman Alun Morgan told the Argus the housing plan had ‘galvanised’ the village.

‘I have never seen so many people at a public meeting here,’ he said. ‘Whoever you voted for, that has to be a good thing.’

Ms Parry-Jones will be sworn in at the next full council meeting on November 26.""", [
        Q("Gwen Parry-Jones secured 1,214 votes in the Caerleon ward, 402 ahead of Labour’s Marc Whitehead",
          "indirect", "the council’s returning officer", None),
        Q("Turnout was 31.6 per cent", "indirect", "the council", "Newport City Council",
          speaker_at="the council said"),
        Q("‘I want to thank everyone in Caerleon who put their trust in me. People here are tired of being told what "
          "is good for them by people who don’t live here.’", "direct", "Parry-Jones", "Gwen Parry-Jones",
          speaker_at="Ms Parry-Jones said"),
        Q("her first priority would be to oppose the ‘Lodge Farm’ development of 600 homes", "indirect", "She",
          "Gwen Parry-Jones", speaker_at="She said her"),
        Q("‘the wrong scheme in the wrong place’", "partial", "she", "Gwen Parry-Jones", speaker_at="which she called"),
        Q("‘a lot of listening to do’", "partial", "Whitehead", "Marc Whitehead",
          speaker_at="Mr Whitehead congratulated"),
        Q("‘It was a tough night for us, there is no hiding from that,’", "direct", "he", "Marc Whitehead",
          speaker_at="that,’ he said"),
        Q("‘But Labour will keep working for this community, as we always have.’", "direct", "he", "Marc Whitehead",
          speaker_at="that,’ he said"),
        Q("‘fed up with Labour taking Newport for granted’", "partial", "Priya Sandhu", "Priya Sandhu"),
        Q("the party had struggled to get enough activists out on the doorstep during the campaign", "indirect",
          "A Labour source", None),
        Q("‘reflect carefully’", "partial", "Debbie Harries", "Debbie Harries"),
        Q("that local issues rather than national politics had decided the contest", "indirect", "Debbie Harries",
          "Debbie Harries"),
        Q("‘galvanised’", "partial", "Alun Morgan", "Alun Morgan"),
        Q("‘I have never seen so many people at a public meeting here,’", "direct", "he", "Alun Morgan",
          speaker_at="here,’ he said"),
        Q("‘Whoever you voted for, that has to be a good thing.’", "direct", "he", "Alun Morgan",
          speaker_at="here,’ he said"),
    ], source="blind"),
    Case("blind77-dee-salmon", """Anglers angry as salmon season on River Dee closed early

ANGLERS have reacted with fury after the salmon season on the River Dee was brought to an early close amid fears that stocks have fallen to their lowest level on record.

Natural Resources Wales (NRW) said on Monday that all salmon fishing on the Welsh stretch of the river would stop from midnight on Wednesday, six weeks earlier than normal.

The body said the number of adult salmon returning to the river this year was estimated at fewer than 1,500, less than a third of what is needed to sustain the population.

'We know this decision will be hard for anglers, many of whom have fished the Dee for generations,' said Dr Ceri Lloyd-Williams, principal fisheries scientist at NRW. 'But every fish that reaches the spawning grounds this autumn matters.'

Dr Lloyd-Williams said warm, low water over the summer had left many fish stranded in the lower river, where they were more vulnerable to disease.

Anglers, who have fished on a catch-and-release basis on the Dee since 2020, said the closure punished the wrong people.

'We put every fish back. We're not the ones killing the salmon,' said Idwal Hughes, secretary of the Glyndyfrdwy Anglers' Association. 'Go and look at what comes out of the sewage pipes and off the fields after heavy rain.'

Mr Hughes said the association would lose around £20,000 in day-ticket income this year. He told the Daily Post that several members had already cancelled their permits for next season.

Dŵr Cymru Welsh Water said it was 'committed to playing its part' in improving the health of the river.

NFU Cymru said farmers had invested heavily in slurry storage, and that blaming agriculture alone was 'neither fair nor accurate'.

A Welsh Government spokesperson said: 'The decline of salmon in our rivers is a serious concern. We are working with NRW, farmers and water companies to tackle the causes.'

NRW's 'Plan of Action for Salmon and Sea Trout', published in 2020, is due to be reviewed next year.

On the riverbank at Corwen on Monday, one angler, who did not want to be named, said he had caught his first salmon there in 1968.

'I never thought I'd see the day,' he said.""", [
        Q("that all salmon fishing on the Welsh stretch of the river would stop from midnight on Wednesday, six weeks "
          "earlier than normal", "indirect", "Natural Resources Wales", "Natural Resources Wales"),
        Q("the number of adult salmon returning to the river this year was estimated at fewer than 1,500, less than a "
          "third of what is needed to sustain the population", "indirect", "The body", "Natural Resources Wales"),
        Q("'We know this decision will be hard for anglers, many of whom have fished the Dee for generations,'",
          "direct", "Ceri Lloyd-Williams", "Ceri Lloyd-Williams"),
        Q("'But every fish that reaches the spawning grounds this autumn matters.'", "direct", "Ceri Lloyd-Williams",
          "Ceri Lloyd-Williams"),
        Q("warm, low water over the summer had left many fish stranded in the lower river, where they were more "
          "vulnerable to disease", "indirect", "Lloyd-Williams", "Ceri Lloyd-Williams",
          speaker_at="Dr Lloyd-Williams said"),
        Q("the closure punished the wrong people", "indirect", "Anglers", None, speaker_at="Anglers, who have"),
        Q("'We put every fish back. We're not the ones killing the salmon,'", "direct", "Idwal Hughes",
          "Idwal Hughes"),
        Q("'Go and look at what comes out of the sewage pipes and off the fields after heavy rain.'", "direct",
          "Idwal Hughes", "Idwal Hughes"),
        Q("the association would lose around £20,000 in day-ticket income this year", "indirect", "Hughes",
          "Idwal Hughes", speaker_at="Mr Hughes said"),
        Q("that several members had already cancelled their permits for next season", "indirect", "He",
          "Idwal Hughes", speaker_at="He told"),
        Q("'committed to playing its part'", "partial", "Dŵr Cymru Welsh Water", "Dŵr Cymru Welsh Water"),
        Q("farmers had invested heavily in slurry storage", "indirect", "NFU Cymru", "NFU Cymru"),
        Q("'neither fair nor accurate'", "partial", "NFU Cymru", "NFU Cymru"),
        Q("'The decline of salmon in our rivers is a serious concern. We are working with NRW, farmers and water "
          "companies to tackle the causes.'", "direct", "A Welsh Government spokesperson", None),
        Q("he had caught his first salmon there in 1968", "indirect", "one angler", None),
        Q("'I never thought I'd see the day,'", "direct", "he", None, speaker_at="day,' he said"),
    ], source="blind"),
    Case("blind77-teacher-tribunal-lk", """Teachers' unions reject interim salary award, threaten trade union action

By Chaturika Senanayake

Teachers' trade unions yesterday rejected the interim award of the Special Tribunal on Teachers' Salaries and warned of island-wide trade union action from next week.

The award grants teachers and principals a monthly allowance of Rs. 5,000 from January, pending a full restructuring of salary scales based on the so-called "1997 formula".

Ceylon Teachers' Union General Secretary Prasanna Wickremasinghe said the award was "an insult to 240,000 teachers".

"For three years we have been told to wait for the tribunal. Now the tribunal tells us to wait for another committee," he said.

Wickremasinghe said the unions would meet on Saturday to decide on a date for an island-wide sick-note campaign.

The Ministry of Education said in a statement that the award was an "interim measure" and that the tribunal would deliver its final recommendations by March.

"The Treasury has told us clearly what is possible this year. We cannot pay money that is not there," Education Secretary Dr. Sunethra Gunasekara told The Island.

She added that the government had already spent Rs. 30 billion on the first phase of salary increases implemented in 2022.

In its 46-page interim report, the tribunal said a full restructuring of the teachers' service would cost about Rs. 90 billion a year and could not be completed in one budget cycle.

The Sri Lanka Principals' Service Union said the award ignored principals' grievances entirely and described it as "a half-baked solution".

Opposition MP Chandana Abeyratne, a former teacher, told Parliament yesterday that the government had "betrayed" the teaching profession.

State broadcaster Rupavahini reported last night that President's Secretariat officials would meet union leaders before the end of the week.

Parents fear a repeat of the 2021 strike, when schools were disrupted for months. A mother of two waiting outside a Colombo school told The Island she was worried her daughter's O/L classes would be disrupted again.

"Last time the children lost almost four months. We cannot go through that again," she said.""", [
        Q('"an insult to 240,000 teachers"', "partial", "Prasanna Wickremasinghe", "Prasanna Wickremasinghe"),
        Q('"For three years we have been told to wait for the tribunal. Now the tribunal tells us to wait for another '
          'committee,"', "direct", "he", "Prasanna Wickremasinghe", speaker_at='committee," he said'),
        Q("the unions would meet on Saturday to decide on a date for an island-wide sick-note campaign", "indirect",
          "Wickremasinghe", "Prasanna Wickremasinghe", speaker_at="Wickremasinghe said the unions"),
        Q('"interim measure"', "partial", "The Ministry of Education", "Ministry of Education"),
        Q("that the tribunal would deliver its final recommendations by March", "indirect",
          "The Ministry of Education", "Ministry of Education"),
        Q('"The Treasury has told us clearly what is possible this year. We cannot pay money that is not there,"',
          "direct", "Sunethra Gunasekara", "Sunethra Gunasekara"),
        Q("that the government had already spent Rs. 30 billion on the first phase of salary increases implemented "
          "in 2022", "indirect", "She", "Sunethra Gunasekara", speaker_at="She added"),
        Q("a full restructuring of the teachers' service would cost about Rs. 90 billion a year and could not be "
          "completed in one budget cycle", "indirect", "the tribunal", "Special Tribunal on Teachers' Salaries",
          speaker_at="the tribunal said"),
        Q("the award ignored principals' grievances entirely", "indirect", "The Sri Lanka Principals' Service Union",
          "Sri Lanka Principals' Service Union"),
        Q('"a half-baked solution"', "partial", "The Sri Lanka Principals' Service Union",
          "Sri Lanka Principals' Service Union"),
        Q('"betrayed"', "partial", "Chandana Abeyratne", "Chandana Abeyratne"),
        Q("that President's Secretariat officials would meet union leaders before the end of the week", "indirect",
          "Rupavahini", "Rupavahini"),
        Q("she was worried her daughter's O/L classes would be disrupted again", "indirect", "A mother of two", None),
        Q('"Last time the children lost almost four months. We cannot go through that again,"', "direct", "she",
          None, speaker_at='again," she said'),
    ], source="blind"),
    Case("blind77-galle-pioneers", """Galle Pioneers pulled back from the brink as hotel group steps in

By a Special Correspondent

Galle Pioneers Rugby Football Club, one of the oldest outstation clubs in the country, will take the field in the upcoming Inter-Club League after a Galle-based hotel group agreed to settle the club's debts of nearly Rs. 35 million.

The club had been suspended by Sri Lanka Rugby (SLR) last month for failing to pay players and match officials, and faced expulsion from the 'A' Division if the arrears were not cleared by Friday.

"Without this help, we would have had to close the club. There is no other way to say it," club president Mahinda Karunaratne told the Sunday Times.

Karunaratne said the Lighthouse Leisure Group would pay the debts in full and provide Rs. 20 million a year for three years, in exchange for naming rights to the club's ground at Dadalla.

The group's chairman, Shiraz Mohideen, a former Pioneers flanker, said he could not "stand by and watch" the club fold. "I played my first game for Pioneers at 17. This club gave boys from the south a chance when nobody in Colombo would look at us," Mohideen said.

SLR Chief Executive Dushantha Abeywardena said the governing body had lifted the suspension after receiving written guarantees from the sponsor.

"We are very happy for Galle. Rugby needs strong clubs outside Colombo and Kandy," Abeywardena said. He added that SLR would now "closely monitor" the finances of every 'A' Division club.

According to SLR, three other clubs are also behind on player payments.

Players, some of whom had not been paid for five months, welcomed the news. Skipper Nuwan Hettiarachchi said the squad had "never stopped training", even when the club's future looked bleak.

"We were training at 5.30 in the morning and then going to our jobs. The boys deserve this," he said.

Pioneers head coach Sean Wijesinghe, a former national sevens player, said he hoped to sign two overseas players before the season begins.

Not everyone is convinced. A former club official, who did not wish to be named, said the club had been "badly run for ten years" and that money alone would not fix it.

"Unless they change the people running it, we will be back here in two years," he warned.""", [
        Q('"Without this help, we would have had to close the club. There is no other way to say it,"', "direct",
          "Mahinda Karunaratne", "Mahinda Karunaratne"),
        Q("the Lighthouse Leisure Group would pay the debts in full and provide Rs. 20 million a year for three years, "
          "in exchange for naming rights to the club's ground at Dadalla", "indirect", "Karunaratne",
          "Mahinda Karunaratne", speaker_at="Karunaratne said"),
        Q('"stand by and watch"', "partial", "Shiraz Mohideen", "Shiraz Mohideen"),
        Q('"I played my first game for Pioneers at 17. This club gave boys from the south a chance when nobody in '
          'Colombo would look at us,"', "direct", "Mohideen", "Shiraz Mohideen", speaker_at="Mohideen said"),
        Q("the governing body had lifted the suspension after receiving written guarantees from the sponsor",
          "indirect", "Dushantha Abeywardena", "Dushantha Abeywardena"),
        Q('"We are very happy for Galle. Rugby needs strong clubs outside Colombo and Kandy,"', "direct",
          "Abeywardena", "Dushantha Abeywardena", speaker_at='Kandy," Abeywardena said'),
        Q('"closely monitor"', "partial", "He", "Dushantha Abeywardena", speaker_at="He added"),
        Q("three other clubs are also behind on player payments", "indirect", "SLR", "Sri Lanka Rugby",
          speaker_at="According to SLR"),
        Q('"never stopped training"', "partial", "Nuwan Hettiarachchi", "Nuwan Hettiarachchi"),
        Q('"We were training at 5.30 in the morning and then going to our jobs. The boys deserve this,"', "direct",
          "he", "Nuwan Hettiarachchi", speaker_at='this," he said'),
        Q("he hoped to sign two overseas players before the season begins", "indirect", "Sean Wijesinghe",
          "Sean Wijesinghe"),
        Q('"badly run for ten years"', "partial", "A former club official", None),
        Q("that money alone would not fix it", "indirect", "A former club official", None),
        Q('"Unless they change the people running it, we will be back here in two years,"', "direct", "he", None,
          speaker_at="he warned"),
    ], source="blind"),
    Case("blind77-khulna-bypoll", """Low turnout marks Khulna ward by-polls

Staff Correspondent | Khulna

Voting in the by-election to the ward 17 councillor post of Khulna City Corporation ended peacefully on Saturday amid low voter turnout, election officials said.

Returning officer Md Anisur Rahman told New Age that around 28 per cent of the 41,300 voters had cast their ballots at the 19 polling centres by 4:00pm.

"Except for a scuffle outside one centre in the morning, the voting was peaceful. No centre was suspended," he said.

The by-election was held after councillor Shahidul Islam died in a road accident in March.

Four candidates were in the fray. According to unofficial results announced by the returning officer late in the evening, Golam Rabbani Titu, contesting with the 'Lattu' (top) symbol, won with 6,112 votes.

His nearest rival, Sheikh Nasir Uddin of the 'Ghuri' (kite) symbol, bagged 3,945 votes.

Nasir alleged that supporters of the winning candidate had driven his polling agents out of two centres in the afternoon.

"My agents were threatened and forced to leave. I will file a written complaint with the Election Commission tomorrow," he told reporters at his residence.

Titu dismissed the allegation as "baseless". "The people of ward 17 have given their verdict. Those who lost should accept it gracefully," he said.

Voters gave mixed reasons for staying away. Rashida Khatun, 52, a resident of Banglabazar, said she did not vote because she did not know any of the candidates.

"Nobody came to our lane even once. Why should I go?" she said.

A young voter at the Khulna Zilla School centre said many people in the area did not even know that a by-election was taking place.

Khulna Metropolitan Police said three people were detained for trying to enter a centre with fake national identity cards.

Election Commission Additional Secretary Akhtaruzzaman Molla, speaking at Nirbachan Bhaban in Dhaka, said the commission was "satisfied" with the overall environment of the by-polls held in four wards of different city corporations and municipalities on the day.

He said the commission would look into any complaint it received. "Low turnout in local by-elections is a concern, but it is not new," Molla said.""", [
        Q("Voting in the by-election to the ward 17 councillor post of Khulna City Corporation ended peacefully on "
          "Saturday amid low voter turnout", "indirect", "election officials", None),
        Q("that around 28 per cent of the 41,300 voters had cast their ballots at the 19 polling centres by 4:00pm",
          "indirect", "Md Anisur Rahman", "Md Anisur Rahman"),
        Q('"Except for a scuffle outside one centre in the morning, the voting was peaceful. No centre was '
          'suspended,"', "direct", "he", "Md Anisur Rahman", speaker_at='suspended," he said'),
        Q("Golam Rabbani Titu, contesting with the 'Lattu' (top) symbol, won with 6,112 votes", "indirect",
          "the returning officer", "Md Anisur Rahman"),
        Q("that supporters of the winning candidate had driven his polling agents out of two centres in the "
          "afternoon", "indirect", "Nasir", "Sheikh Nasir Uddin", speaker_at="Nasir alleged"),
        Q('"My agents were threatened and forced to leave. I will file a written complaint with the Election '
          'Commission tomorrow,"', "direct", "he", "Sheikh Nasir Uddin", speaker_at="he told reporters"),
        Q('"baseless"', "partial", "Titu", "Golam Rabbani Titu", speaker_at="Titu dismissed"),
        Q('"The people of ward 17 have given their verdict. Those who lost should accept it gracefully,"', "direct",
          "he", "Golam Rabbani Titu", speaker_at='gracefully," he said'),
        Q("she did not vote because she did not know any of the candidates", "indirect", "Rashida Khatun",
          "Rashida Khatun"),
        Q('"Nobody came to our lane even once. Why should I go?"', "direct", "she", "Rashida Khatun",
          speaker_at='go?" she said'),
        Q("many people in the area did not even know that a by-election was taking place", "indirect",
          "A young voter", None),
        Q("three people were detained for trying to enter a centre with fake national identity cards", "indirect",
          "Khulna Metropolitan Police", "Khulna Metropolitan Police"),
        Q('"satisfied"', "partial", "Akhtaruzzaman Molla", "Akhtaruzzaman Molla"),
        Q("the commission would look into any complaint it received", "indirect", "He", "Akhtaruzzaman Molla",
          speaker_at="He said the commission"),
        Q('"Low turnout in local by-elections is a concern, but it is not new,"', "direct", "Molla",
          "Akhtaruzzaman Molla", speaker_at="Molla said"),
    ], source="blind"),
    Case("blind77-mauna-loa-watch", """Mauna Loa alert level raised as earthquakes, swelling increase

By KEOLA HALEMANU Hawaii Tribune-Herald

The U.S. Geological Survey's Hawaiian Volcano Observatory (HVO) raised the volcano alert level for Mauna Loa from ADVISORY to WATCH on Thursday, saying a sharp increase in earthquakes beneath the summit could signal an eruption in the coming weeks or months.

HVO said more than 300 small earthquakes had been recorded beneath the summit caldera, Mokuʻāweoweo, in the past 48 hours, and that the ground there was inflating faster than at any time since the 2022 eruption.

"An eruption is not imminent, and it may not happen at all, but this is the kind of activity we saw in the weeks before 2022," said Mele Kaʻaihue, a geophysicist at the observatory. "We want people to be aware, not alarmed."

Kaʻaihue said any eruption would most likely begin at the summit and could later migrate into the Northeast or Southwest rift zones.

She said scientists could not yet say whether lava would threaten homes in Ocean View or other South Kona communities.

Hawaii County Civil Defense Administrator Kevin Nakamoto said there was no need for anyone to evacuate.

"This is the time to prepare, not when the lava is already coming down the mountain," Nakamoto told the Tribune-Herald. "Know your route out and have a go-bag ready."

Nakamoto said the agency would hold community meetings in Ocean View and Waikoloa next week.

Hawaiʻi Volcanoes National Park said it had closed the Mauna Loa summit trail and its backcountry cabins "until further notice." Park spokeswoman Kalani Brooks said the rest of the park, including the Kīlauea summit area, remained open to visitors.

The Hawaii Department of Transportation said it was monitoring the Daniel K. Inouye Highway, which was threatened by lava flows in 2022.

In Ocean View, Harold Kealoha, 71, said he was keeping a close eye on the mountain.

"We went through this in 2022. You don't sleep too good when Pele is stirring," he said.

The observatory posts daily updates online, and its weekly "Volcano Watch" column appears in the Tribune-Herald on Sundays.""", [
        Q("a sharp increase in earthquakes beneath the summit could signal an eruption in the coming weeks or months",
          "indirect", "The U.S. Geological Survey's Hawaiian Volcano Observatory", "Hawaiian Volcano Observatory"),
        Q("more than 300 small earthquakes had been recorded beneath the summit caldera, Mokuʻāweoweo, in the past 48 "
          "hours, and that the ground there was inflating faster than at any time since the 2022 eruption",
          "indirect", "HVO", "Hawaiian Volcano Observatory", speaker_at="HVO said"),
        Q('"An eruption is not imminent, and it may not happen at all, but this is the kind of activity we saw in the '
          'weeks before 2022,"', "direct", "Mele Kaʻaihue", "Mele Kaʻaihue"),
        Q('"We want people to be aware, not alarmed."', "direct", "Mele Kaʻaihue", "Mele Kaʻaihue"),
        Q("any eruption would most likely begin at the summit and could later migrate into the Northeast or Southwest "
          "rift zones", "indirect", "Kaʻaihue", "Mele Kaʻaihue", speaker_at="Kaʻaihue said"),
        Q("scientists could not yet say whether lava would threaten homes in Ocean View or other South Kona "
          "communities", "indirect", "She", "Mele Kaʻaihue", speaker_at="She said"),
        Q("there was no need for anyone to evacuate", "indirect", "Kevin Nakamoto", "Kevin Nakamoto"),
        Q('"This is the time to prepare, not when the lava is already coming down the mountain,"', "direct",
          "Nakamoto", "Kevin Nakamoto", speaker_at="Nakamoto told"),
        Q('"Know your route out and have a go-bag ready."', "direct", "Nakamoto", "Kevin Nakamoto",
          speaker_at="Nakamoto told"),
        Q("the agency would hold community meetings in Ocean View and Waikoloa next week", "indirect", "Nakamoto",
          "Kevin Nakamoto", speaker_at="Nakamoto said the agency"),
        Q('"until further notice."', "partial", "Hawaiʻi Volcanoes National Park", "Hawaiʻi Volcanoes National Park"),
        Q("the rest of the park, including the Kīlauea summit area, remained open to visitors", "indirect",
          "Kalani Brooks", "Kalani Brooks"),
        Q("it was monitoring the Daniel K. Inouye Highway, which was threatened by lava flows in 2022", "indirect",
          "The Hawaii Department of Transportation", "Hawaii Department of Transportation"),
        Q("he was keeping a close eye on the mountain", "indirect", "Harold Kealoha", "Harold Kealoha"),
        Q('"We went through this in 2022. You don\'t sleep too good when Pele is stirring,"', "direct", "he",
          "Harold Kealoha", speaker_at='stirring," he said'),
    ], source="blind"),
    Case("blind77-hsta-arbitration", """Arbitration Panel Awards Hawaii Teachers 14% Raise Over Four Years

Hawaii’s public school teachers will receive raises totaling 14% over four years under a binding decision issued Friday by a state arbitration panel, ending a contract dispute that had dragged on for more than a year.

The three-member panel, chaired by California arbitrator Margaret Ellison, said in its 62-page ruling that teacher pay in Hawaii had “fallen significantly behind” the cost of living and that the state had the ability to pay.

The Hawaii State Teachers Association, which represents about 13,500 teachers, had sought 20%, while the state offered 8%.

“Today is a good day for Hawaii’s keiki,” HSTA President Lehua Nakamura-Pacheco said at a news conference at the union’s Honolulu offices. “For too long, teachers have been leaving the islands because they simply could not afford to live here.

“This award won’t fix that overnight, but it is a real start.”

Nakamura-Pacheco said the union estimated the raises would cost the state about $290 million over the life of the contract.

The award also includes a so-called “me too” clause that would give teachers any larger raise negotiated by other public worker unions.

The Hawaii Department of Education said it would “comply fully” with the award. Superintendent Glenn Takahashi said in a statement that the department was reviewing how the raises would affect its budget request to the Legislature.

“We value our teachers and we share the goal of keeping great educators in our classrooms,” Takahashi said.

The governor’s office had argued before the panel that the state could not afford more than 8% without cuts to other services. A spokeswoman for the governor, Keiko Arakaki, said Friday that the administration would respect the decision, though it was “disappointed” by the size of the award.

State Sen. Kalani Medeiros, who chairs the Senate Education Committee, told Civil Beat the Legislature would find the money.

“We’ve been saying teachers are a priority for years. Now we have to prove it,” Medeiros said.

According to the Hawaii Labor Relations Board, cost items in arbitration awards must still be funded by the Legislature.

At Farrington High School, English teacher Mana Kekumu said the raise would help, but that many of her colleagues were working second jobs.

“I drive for a rideshare on weekends. A lot of us do,” she said.""", [
        Q("“fallen significantly behind”", "partial", "The three-member panel", None),
        Q("that the state had the ability to pay", "indirect", "The three-member panel", None),
        Q("“Today is a good day for Hawaii’s keiki,”", "direct", "Lehua Nakamura-Pacheco", "Lehua Nakamura-Pacheco"),
        Q("“For too long, teachers have been leaving the islands because they simply could not afford to live here.",
          "direct", "Lehua Nakamura-Pacheco", "Lehua Nakamura-Pacheco"),
        Q("“This award won’t fix that overnight, but it is a real start.”", "direct", "Lehua Nakamura-Pacheco",
          "Lehua Nakamura-Pacheco"),
        Q("the union estimated the raises would cost the state about $290 million over the life of the contract",
          "indirect", "Nakamura-Pacheco", "Lehua Nakamura-Pacheco", speaker_at="Nakamura-Pacheco said the union"),
        Q("“comply fully”", "partial", "The Hawaii Department of Education", "Hawaii Department of Education"),
        Q("that the department was reviewing how the raises would affect its budget request to the Legislature",
          "indirect", "Glenn Takahashi", "Glenn Takahashi"),
        Q("“We value our teachers and we share the goal of keeping great educators in our classrooms,”", "direct",
          "Takahashi", "Glenn Takahashi", speaker_at="classrooms,” Takahashi said"),
        Q("that the state could not afford more than 8% without cuts to other services", "indirect",
          "The governor’s office", None),
        Q("the administration would respect the decision", "indirect", "Keiko Arakaki", "Keiko Arakaki"),
        Q("“disappointed”", "partial", "Keiko Arakaki", "Keiko Arakaki"),
        Q("the Legislature would find the money", "indirect", "Kalani Medeiros", "Kalani Medeiros"),
        Q("“We’ve been saying teachers are a priority for years. Now we have to prove it,”", "direct", "Medeiros",
          "Kalani Medeiros", speaker_at="Medeiros said"),
        Q("cost items in arbitration awards must still be funded by the Legislature", "indirect",
          "the Hawaii Labor Relations Board", "Hawaii Labor Relations Board"),
        Q("the raise would help, but that many of her colleagues were working second jobs", "indirect",
          "Mana Kekumu", "Mana Kekumu"),
        Q("“I drive for a rideshare on weekends. A lot of us do,”", "direct", "she", "Mana Kekumu",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind77-yukon-closure", """Yukon River salmon fishing closed again as chum run collapses

State and federal fisheries managers on Tuesday closed all salmon fishing on the Alaska portion of the Yukon River for the rest of the summer, including subsistence harvests, after the summer chum run came in far below projections for the third time in five years.

Through Monday, about 390,000 summer chum had passed the sonar station at Pilot Station, well short of the 1 million needed to meet escapement goals and allow a limited harvest, the Alaska Department of Fish and Game said.

Travis Ekstrom, the department's Yukon River summer season manager, said the king salmon run was also tracking toward one of the lowest on record.

"We know what this means for families on the river. Nobody on our team takes this lightly," Ekstrom said in a phone interview. "But the fish simply are not there."

He said managers would consider allowing a small harvest of coho later in August if counts improved.

The closure is a blow to dozens of villages along the river, where salmon has fed families for thousands of years. In Kaltag, first chief Evelyn Charlie said smokehouses that would normally be full by now stood empty.

"My grandchildren have never seen a real fish camp," Charlie said. "They know it from stories."

The Tanana Chiefs Conference, which represents 42 villages in Interior Alaska, said the federal government should declare a fishery disaster and "hold the trawl fleet accountable" for chum caught as bycatch in the Bering Sea.

The At-sea Processors Association, which represents pollock trawlers, has said that chum bycatch accounts for a small fraction of the decline and that warming ocean conditions are the main cause.

Scientists say the declines are linked to marine heat waves in 2019 and 2020, which appear to have disrupted the food supply of young salmon at sea.

Managers had relied on the department's annual "Yukon River Salmon Fisheries Outlook" to plan the season.

In Emmonak, near the river's mouth, commercial fisherman Jonathan Nickoli told KYUK that he had not sold a fish in four years.

"I have a boat and a net and nothing to do with them," he said.

A spokesperson for the federal Office of Subsistence Management said it was reviewing a request from tribes for emergency food assistance.""", [
        Q("Through Monday, about 390,000 summer chum had passed the sonar station at Pilot Station, well short of the "
          "1 million needed to meet escapement goals and allow a limited harvest", "indirect",
          "the Alaska Department of Fish and Game", "Alaska Department of Fish and Game"),
        Q("the king salmon run was also tracking toward one of the lowest on record", "indirect", "Travis Ekstrom",
          "Travis Ekstrom"),
        Q('"We know what this means for families on the river. Nobody on our team takes this lightly,"', "direct",
          "Ekstrom", "Travis Ekstrom", speaker_at="Ekstrom said"),
        Q('"But the fish simply are not there."', "direct", "Ekstrom", "Travis Ekstrom", speaker_at="Ekstrom said"),
        Q("managers would consider allowing a small harvest of coho later in August if counts improved", "indirect",
          "He", "Travis Ekstrom", speaker_at="He said managers"),
        Q("smokehouses that would normally be full by now stood empty", "indirect", "Evelyn Charlie",
          "Evelyn Charlie"),
        Q('"My grandchildren have never seen a real fish camp,"', "direct", "Charlie", "Evelyn Charlie",
          speaker_at='camp," Charlie said'),
        Q('"They know it from stories."', "direct", "Charlie", "Evelyn Charlie", speaker_at='camp," Charlie said'),
        Q("the federal government should declare a fishery disaster", "indirect", "The Tanana Chiefs Conference",
          "Tanana Chiefs Conference"),
        Q('"hold the trawl fleet accountable"', "partial", "The Tanana Chiefs Conference", "Tanana Chiefs Conference"),
        Q("that chum bycatch accounts for a small fraction of the decline and that warming ocean conditions are the "
          "main cause", "indirect", "The At-sea Processors Association", "At-sea Processors Association"),
        Q("the declines are linked to marine heat waves in 2019 and 2020, which appear to have disrupted the food "
          "supply of young salmon at sea", "indirect", "Scientists", None),
        Q("that he had not sold a fish in four years", "indirect", "Jonathan Nickoli", "Jonathan Nickoli"),
        Q('"I have a boat and a net and nothing to do with them,"', "direct", "he", "Jonathan Nickoli",
          speaker_at='them," he said'),
        Q("it was reviewing a request from tribes for emergency food assistance", "indirect",
          "A spokesperson for the federal Office of Subsistence Management", None),
    ], source="blind"),
    Case("blind77-spurr-alert", """Observatory raises Mount Spurr alert as earthquakes intensify west of Anchorage

The Alaska Volcano Observatory on Wednesday raised the alert level for Mount Spurr to WATCH and its aviation color code to ORANGE, warning that an eruption could come within weeks.

The volcano, about 80 miles west of Anchorage, last erupted in 1992, when ash fell on the city and closed Ted Stevens Anchorage International Airport for about 20 hours.

Scientists have recorded more than 1,000 earthquakes beneath the volcano since early this month, and gas flights on Monday detected a sharp rise in sulfur dioxide and carbon dioxide, according to the observatory.

"What we're seeing now looks a lot like what we saw in the months before the 1992 eruptions," said Nadia Ostrowski, a research geologist at the observatory. "That doesn't mean it will play out the same way."

Ostrowski said the most likely outcome was an explosive eruption from the Crater Peak vent on the volcano's south flank, similar to the three eruptions in 1992.

She added that ash clouds could reach 50,000 feet and that the wind on the day would decide which communities were affected.

The Anchorage Office of Emergency Management said residents should keep N95 masks at home and be ready to keep vehicles garaged if ash is forecast.

"Volcanic ash is not like snow. It's abrasive, it gets into engines and it's hard on lungs," emergency manager Corinne Madsen told Alaska Public Media.

At a Midtown hardware store on Wednesday, shoppers were clearing shelves of so-called "ash kits" of masks, goggles and air filters.

"I was 12 in '92. I remember the sky going dark at noon," said Anchorage resident Greg Sundberg. "I'm not taking chances this time."

Meteorologist Bryan Tanaka of the National Weather Service in Anchorage said the agency would issue ashfall advisories within minutes of an eruption.

"Prevailing winds this time of year would carry ash to the northeast, toward the Susitna Valley, rather than toward Anchorage," he said.

The Federal Aviation Administration said it was coordinating with the observatory and the airlines. Alaska Airlines said it had plans in place to cancel or reroute flights and would notify customers if an eruption disrupted service.""", [
        Q("that an eruption could come within weeks", "indirect", "The Alaska Volcano Observatory",
          "Alaska Volcano Observatory"),
        Q("Scientists have recorded more than 1,000 earthquakes beneath the volcano since early this month, and gas "
          "flights on Monday detected a sharp rise in sulfur dioxide and carbon dioxide", "indirect",
          "the observatory", "Alaska Volcano Observatory", speaker_at="according to the observatory"),
        Q('"What we\'re seeing now looks a lot like what we saw in the months before the 1992 eruptions,"', "direct",
          "Nadia Ostrowski", "Nadia Ostrowski"),
        Q('"That doesn\'t mean it will play out the same way."', "direct", "Nadia Ostrowski", "Nadia Ostrowski"),
        Q("the most likely outcome was an explosive eruption from the Crater Peak vent on the volcano's south flank, "
          "similar to the three eruptions in 1992", "indirect", "Ostrowski", "Nadia Ostrowski",
          speaker_at="Ostrowski said"),
        Q("that ash clouds could reach 50,000 feet and that the wind on the day would decide which communities were "
          "affected", "indirect", "She", "Nadia Ostrowski", speaker_at="She added"),
        Q("residents should keep N95 masks at home and be ready to keep vehicles garaged if ash is forecast",
          "indirect", "The Anchorage Office of Emergency Management", "Anchorage Office of Emergency Management"),
        Q('"Volcanic ash is not like snow. It\'s abrasive, it gets into engines and it\'s hard on lungs,"', "direct",
          "Corinne Madsen", "Corinne Madsen"),
        Q('"I was 12 in \'92. I remember the sky going dark at noon,"', "direct", "Greg Sundberg", "Greg Sundberg"),
        Q('"I\'m not taking chances this time."', "direct", "Greg Sundberg", "Greg Sundberg"),
        Q("the agency would issue ashfall advisories within minutes of an eruption", "indirect", "Bryan Tanaka",
          "Bryan Tanaka"),
        Q('"Prevailing winds this time of year would carry ash to the northeast, toward the Susitna Valley, rather '
          'than toward Anchorage,"', "direct", "he", "Bryan Tanaka", speaker_at='Anchorage," he said'),
        Q("it was coordinating with the observatory and the airlines", "indirect",
          "The Federal Aviation Administration", "Federal Aviation Administration"),
        Q("it had plans in place to cancel or reroute flights and would notify customers if an eruption disrupted "
          "service", "indirect", "Alaska Airlines", "Alaska Airlines"),
    ], source="blind"),
]
