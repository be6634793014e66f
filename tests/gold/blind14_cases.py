"""Blind gold, set 14: sixteen short news articles written without sight of the pretagger.

House styles from many places (Reuters and AFP wire copy, British, Irish, Canadian,
South African, Ghanaian, Nigerian, East African, Gulf, Japanese, Malaysian,
Indonesian, Pakistani, Australian and New Zealand outlets), with curly double
quotes, straight quotes and British single quotes. Every quote is annotated;
titles, nicknames and scare quotes in marks are not quotes. See gold_format.py
for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind14-inquest-helicopter", """Helicopter pilot flew on into cloud despite warnings, inquest told

A businessman and his pilot died when their helicopter flew into low cloud over the Brecon Beacons minutes after they had been advised to divert.

Rupert Ashworth-Lyle, 58, the founder of a Cheshire logistics firm, and Captain Gareth Pryce-Morgan, 44, were killed when their Robinson R66 struck a hillside near Pen y Fan in February last year. The inquest into their deaths opened at Pontypridd Coroner's Court on Tuesday.

Kieran de Souza, an air traffic controller at Cardiff Airport, told the hearing that he had warned the pilot visibility to the north was 'deteriorating quickly'.

'I asked him twice whether he wanted to divert,' Mr de Souza said. 'He told me he was happy to continue and that he could see the ground.'

The Air Accidents Investigation Branch (AAIB) said in its final report that the aircraft had descended steadily for 40 seconds before it hit the ground. According to the AAIB, there was no evidence of any mechanical fault.

Mr Ashworth-Lyle's widow, Philippa Ashworth-Lyle, said her husband had trusted the pilot completely.

'Rupert always said Gareth was the most careful man he had ever flown with,' she said, her voice breaking. 'I still cannot understand why they did not turn back.'

The pilot's brother, the Rev Emyr Pryce-Morgan, said the family did not accept that Capt Pryce-Morgan had been reckless. He described him as 'a meticulous aviator who loved these hills' and asked the coroner to examine whether his brother had been under pressure to complete the journey.

Sarah Okonkwo-Hale, representing the charter operator, Skylark Executive Aviation, said the company had 'co-operated fully' with investigators. The firm has since tightened its rules for flights in marginal weather.

Graeme Hughes, the senior coroner for South Wales Central, said he would decide at the end of the hearing whether to issue a prevention of future deaths report.

'It is clear that the decision to continue was made in a very short window,' he said. 'What I need to establish is what information the pilot had at that moment, and whether anybody was pressing him to carry on.'

The inquest, which is expected to last four days, continues.""", [
        Q("'deteriorating quickly'", "partial", "Kieran de Souza", "Kieran de Souza"),
        Q("'I asked him twice whether he wanted to divert,'", "direct", "de Souza", "Kieran de Souza",
          speaker_at="Mr de Souza said"),
        Q("'He told me he was happy to continue and that he could see the ground.'", "direct", "de Souza",
          "Kieran de Souza", speaker_at="Mr de Souza said"),
        Q("that the aircraft had descended steadily for 40 seconds before it hit the ground", "indirect",
          "The Air Accidents Investigation Branch", "Air Accidents Investigation Branch"),
        Q("there was no evidence of any mechanical fault", "indirect", "the AAIB", "Air Accidents Investigation Branch",
          speaker_at="According to the AAIB"),
        Q("her husband had trusted the pilot completely", "indirect", "Philippa Ashworth-Lyle", "Philippa Ashworth-Lyle"),
        Q("'Rupert always said Gareth was the most careful man he had ever flown with,'", "direct", "she",
          "Philippa Ashworth-Lyle", speaker_at="she said, her voice"),
        Q("'I still cannot understand why they did not turn back.'", "direct", "she", "Philippa Ashworth-Lyle",
          speaker_at="she said, her voice"),
        Q("the family did not accept that Capt Pryce-Morgan had been reckless", "indirect", "Emyr Pryce-Morgan",
          "Emyr Pryce-Morgan"),
        Q("'a meticulous aviator who loved these hills'", "partial", "He", "Emyr Pryce-Morgan",
          speaker_at="He described him"),
        Q("'co-operated fully'", "partial", "Sarah Okonkwo-Hale", "Sarah Okonkwo-Hale"),
        Q("he would decide at the end of the hearing whether to issue a prevention of future deaths report",
          "indirect", "Graeme Hughes", "Graeme Hughes"),
        Q("'It is clear that the decision to continue was made in a very short window,'", "direct", "he",
          "Graeme Hughes", speaker_at="window,' he said"),
        Q("'What I need to establish is what information the pilot had at that moment, and whether anybody was "
          "pressing him to carry on.'", "direct", "he", "Graeme Hughes", speaker_at="window,' he said"),
    ]),
    Case("blind14-platinum-results", """South Africa's Kopano Platinum swings to loss, to cut 2,300 jobs

JOHANNESBURG, March 4 (Reuters) - Kopano Platinum, South Africa's third-largest producer of platinum group metals, swung to a full-year loss on Tuesday and said it would cut up to 2,300 jobs as it shuts two loss-making shafts in North West province.

The company posted a headline loss per share of 312 cents for the year to Dec. 31, compared with earnings of 1,045 cents a year earlier, as the average basket price it received fell 28%.

"This has been the most difficult year for the industry in more than a decade," Chief Executive Nomvula Dlamini-Botha told reporters on a results call. "We cannot keep running shafts that burn cash every single month."

Dlamini-Botha said the company had been in talks with the Association of Mineworkers and Construction Union (AMCU) and the National Union of Mineworkers (NUM) since January and would try to limit forced retrenchments through voluntary packages and redeployment.

AMCU said in a statement it would "fight every single job cut" and accused management of protecting shareholder returns at the expense of workers.

NUM regional secretary Sipho Mahlangu told Reuters the union had not been given enough information to assess the plan.

"They are telling us the shafts are finished, but they have not shown us the numbers," Mahlangu said.

Chief Financial Officer Pieter van der Westhuizen said net debt had risen to 4.1 billion rand ($225 million) and that the board had decided not to pay a final dividend, the first time Kopano has skipped a payout since 2016.

Analysts said the restructuring was overdue.

"The market has been waiting for them to take the tough decisions on the older shafts," said Thandeka Mthembu, a mining analyst at Johannesburg-based Umthombo Securities. "The question is whether prices recover before the balance sheet gets any weaker."

Shares in Kopano were down 6.4% by 1130 GMT, taking their losses over the past 12 months to more than 40%.

The Minerals Council South Africa, which represents the country's mining companies, said last month that about a third of platinum output was loss-making at current prices.

(Reporting by Kagiso Mokoena; Editing by Helen Pilkington)""", [
        Q("it would cut up to 2,300 jobs as it shuts two loss-making shafts in North West province", "indirect",
          "Kopano Platinum", "Kopano Platinum", speaker_at="Kopano Platinum, South Africa's"),
        Q('"This has been the most difficult year for the industry in more than a decade,"', "direct",
          "Nomvula Dlamini-Botha", "Nomvula Dlamini-Botha"),
        Q('"We cannot keep running shafts that burn cash every single month."', "direct", "Nomvula Dlamini-Botha",
          "Nomvula Dlamini-Botha"),
        Q("the company had been in talks with the Association of Mineworkers and Construction Union (AMCU) and the "
          "National Union of Mineworkers (NUM) since January and would try to limit forced retrenchments through "
          "voluntary packages and redeployment", "indirect", "Dlamini-Botha", "Nomvula Dlamini-Botha",
          speaker_at="Dlamini-Botha said"),
        Q('"fight every single job cut"', "partial", "AMCU", "Association of Mineworkers and Construction Union",
          speaker_at="AMCU said"),
        Q("the union had not been given enough information to assess the plan", "indirect", "Sipho Mahlangu",
          "Sipho Mahlangu"),
        Q('"They are telling us the shafts are finished, but they have not shown us the numbers,"', "direct",
          "Mahlangu", "Sipho Mahlangu", speaker_at="Mahlangu said"),
        Q("net debt had risen to 4.1 billion rand ($225 million) and that the board had decided not to pay a final "
          "dividend", "indirect", "Pieter van der Westhuizen", "Pieter van der Westhuizen"),
        Q("the restructuring was overdue", "indirect", "Analysts", None),
        Q('"The market has been waiting for them to take the tough decisions on the older shafts,"', "direct",
          "Thandeka Mthembu", "Thandeka Mthembu"),
        Q('"The question is whether prices recover before the balance sheet gets any weaker."', "direct",
          "Thandeka Mthembu", "Thandeka Mthembu"),
        Q("that about a third of platinum output was loss-making at current prices", "indirect",
          "The Minerals Council South Africa", "Minerals Council South Africa"),
    ]),
    Case("blind14-grocer-profits", """Brannock’s profits rise 14% as shoppers switch to own-brand goods

Pre-tax profits at Brannock’s, the Irish-owned supermarket chain with 86 stores across the State, rose 14 per cent to €61.2 million last year, helped by strong demand for its own-brand ranges.

Revenue at the Cork-based group rose 6.8 per cent to €1.94 billion in the 52 weeks to the end of January, according to accounts filed with the Companies Registration Office.

Chief executive Aoife Ní Bhriain said customers had become “far more deliberate” about how they spent their money.

“People are still coming in every week, but they are comparing prices in a way they simply weren’t three years ago,” she said in an interview with The Irish Times.

“Our own-brand lines now account for almost half of what we sell, and that has protected both our customers and our margins.”

Ms Ní Bhriain said the group planned to open six stores over the next 18 months, including its first outlets in Co Donegal and Co Louth, creating about 420 jobs.

The company’s chairman, Donncha Mac Cárthaigh, told shareholders in a letter published with the accounts that the board remained “cautious” about the year ahead, citing higher wage costs and the planned increase in the minimum wage.

The group paid a dividend of €9 million to the Brannock family, which owns 72 per cent of the business, up from €7.5 million a year earlier.

Retail Ireland, the Ibec group that represents the sector, has warned that smaller retailers are struggling with rising costs. Its director, Gearóid Ó hUallacháin, said last week that many independent shops were “running to stand still”.

Caoimhe Breathnach, a divisional organiser with the Mandate trade union, said staff had carried the business through the pandemic and deserved a bigger share of its success.

“Record profits should mean record pay rises. Our members in Brannock’s have had 3 per cent this year, and that is not good enough,” she said.

A spokeswoman for Brannock’s said the company had increased pay by an average of 5.5 per cent over two years and would meet the union “in the coming weeks”.""", [
        Q("Revenue at the Cork-based group rose 6.8 per cent to €1.94 billion in the 52 weeks to the end of January",
          "indirect", "accounts filed with the Companies Registration Office", None),
        Q("“far more deliberate”", "partial", "Aoife Ní Bhriain", "Aoife Ní Bhriain"),
        Q("“People are still coming in every week, but they are comparing prices in a way they simply weren’t three "
          "years ago,”", "direct", "she", "Aoife Ní Bhriain", speaker_at="she said in an interview"),
        Q("“Our own-brand lines now account for almost half of what we sell, and that has protected both our "
          "customers and our margins.”", "direct", "she", "Aoife Ní Bhriain", speaker_at="she said in an interview"),
        Q("the group planned to open six stores over the next 18 months, including its first outlets in Co Donegal "
          "and Co Louth, creating about 420 jobs", "indirect", "Ní Bhriain", "Aoife Ní Bhriain",
          speaker_at="Ms Ní Bhriain said"),
        Q("“cautious”", "partial", "Donncha Mac Cárthaigh", "Donncha Mac Cárthaigh"),
        Q("that smaller retailers are struggling with rising costs", "indirect", "Retail Ireland", "Retail Ireland"),
        Q("“running to stand still”", "partial", "Gearóid Ó hUallacháin", "Gearóid Ó hUallacháin"),
        Q("staff had carried the business through the pandemic and deserved a bigger share of its success",
          "indirect", "Caoimhe Breathnach", "Caoimhe Breathnach"),
        Q("“Record profits should mean record pay rises. Our members in Brannock’s have had 3 per cent this year, "
          "and that is not good enough,”", "direct", "she", "Caoimhe Breathnach", speaker_at="enough,” she said"),
        Q("the company had increased pay by an average of 5.5 per cent over two years", "indirect",
          "A spokeswoman for Brannock’s", None),
        Q("“in the coming weeks”", "partial", "A spokeswoman for Brannock’s", None),
    ]),
    Case("blind14-tennis-paris", """Zhang stuns top seed to reach first Grand Slam semi-final

Paris (AFP) - China's Zhang Yiran produced the biggest win of her career on Tuesday, beating top seed Lucía de la Fuente-Ortiz 6-4, 3-6, 7-5 to reach the French Open semi-finals.

The 21-year-old, ranked 38th in the world, saved two match points at 4-5 in the deciding set before breaking the Spaniard's serve twice in a row on Court Philippe-Chatrier.

"I told myself, just one more point, one more point," Zhang said through an interpreter. "When she hit the last forehand long I didn't believe it. I looked at my box and everyone was crying."

De la Fuente-Ortiz, the champion here two years ago, admitted she had "lost the plot" after failing to serve out the match.

"I had it in my hands and I let it go. That's tennis, but it's going to hurt for a few days," the 27-year-old told reporters, adding that a thigh problem that had bothered her since Madrid was "not an excuse".

Zhang is coached by Frenchman Olivier Lemaire-Dufour, who joined her team in January. He said his player had changed her attitude more than her game.

"She used to want to hit every ball for a winner," said Lemaire-Dufour. "Now she accepts that sometimes you have to suffer, and today she suffered a lot."

State news agency Xinhua said the match had been watched live by more than 40 million people in China on streaming platforms.

Zhang will face either Czech fifth seed Markéta Nováková or American qualifier Jordan Ellis-Baptiste for a place in Saturday's final.

In the men's draw, Norway's Magnus Solberg-Haugen needed four hours and 12 minutes to beat Argentina's Juan Ignacio Peralta Ruiz 7-6 (7/4), 4-6, 6-7 (3/7), 7-6 (10/8), 6-4 and reach the quarter-finals for the first time. Solberg-Haugen said afterwards he had "nothing left in the tank" but would be ready for Thursday.

Tournament organisers said the roof over Court Philippe-Chatrier would be closed for Wednesday's matches because of forecast rain.""", [
        Q('"I told myself, just one more point, one more point,"', "direct", "Zhang", "Zhang Yiran",
          speaker_at="Zhang said through"),
        Q('''"When she hit the last forehand long I didn't believe it. I looked at my box and everyone was crying."''',
          "direct", "Zhang", "Zhang Yiran", speaker_at="Zhang said through"),
        Q('"lost the plot"', "partial", "De la Fuente-Ortiz", "Lucía de la Fuente-Ortiz"),
        Q('''"I had it in my hands and I let it go. That's tennis, but it's going to hurt for a few days,"''',
          "direct", "the 27-year-old", "Lucía de la Fuente-Ortiz"),
        Q('"not an excuse"', "partial", "the 27-year-old", "Lucía de la Fuente-Ortiz"),
        Q("his player had changed her attitude more than her game", "indirect", "He", "Olivier Lemaire-Dufour",
          speaker_at="He said his player"),
        Q('"She used to want to hit every ball for a winner,"', "direct", "Lemaire-Dufour", "Olivier Lemaire-Dufour",
          speaker_at="said Lemaire-Dufour"),
        Q('"Now she accepts that sometimes you have to suffer, and today she suffered a lot."', "direct",
          "Lemaire-Dufour", "Olivier Lemaire-Dufour", speaker_at="said Lemaire-Dufour"),
        Q("the match had been watched live by more than 40 million people in China on streaming platforms",
          "indirect", "Xinhua", "Xinhua"),
        Q('"nothing left in the tank"', "partial", "Solberg-Haugen", "Magnus Solberg-Haugen",
          speaker_at="Solberg-Haugen said"),
        Q("the roof over Court Philippe-Chatrier would be closed for Wednesday's matches because of forecast rain",
          "indirect", "Tournament organisers", None),
    ]),
    Case("blind14-montreal-strike", """Montreal transit union says strike 'could drag on for weeks'

Commuters in Montreal faced packed buses and sharply reduced métro service Monday as maintenance workers at the Société de transport de Montréal (STM) walked off the job for the first day of a two-week strike.

Service is running only during rush hours, from 6:30 to 9:30 a.m. and from 3 to 6 p.m., under an order from Quebec's labour tribunal.

"Nobody wants to be here, but management has left us no choice," said Jean-Philippe Lévesque-Daoust, president of the Syndicat du transport de Montréal, which represents about 2,400 maintenance employees. "We've been without a contract for more than a year."

Speaking on a picket line outside the Crémazie garage, Lévesque-Daoust told CBC News the main sticking point was the STM's plan to contract out some maintenance work, which he called "privatization through the back door."

He warned the strike could drag on for weeks if the transit agency did not change its position.

The STM said in a statement Sunday night that it had made "a fair and responsible offer" and remained available to negotiate "day and night."

At Berri-UQAM station, commuters were resigned. "I left home an hour early and I'm still going to be late," said Fatoumata Diallo, a nurse on her way to the CHUM hospital.

Another rider, who gave only his first name, Karim, said he would work from home for as long as his employer allowed it.

Montreal Mayor Sophie Lachance-Paquin urged both sides to return to the bargaining table.

"Montrealers are not pawns in this dispute," she told reporters at city hall. "Every day of strike is a day lost for students, for workers and for businesses."

Quebec Labour Minister Marc-André Bélanger said he was following the situation closely but would not rule out special legislation to end the strike.

"Everything is on the table," Bélanger said Monday afternoon.

It is the third strike by STM maintenance workers since 2022. A strike by bus drivers was averted at the last minute in 2023.""", [
        Q("'could drag on for weeks'", "partial", "Montreal transit union", "Syndicat du transport de Montréal"),
        Q('"Nobody wants to be here, but management has left us no choice,"', "direct", "Jean-Philippe Lévesque-Daoust",
          "Jean-Philippe Lévesque-Daoust"),
        Q('''"We've been without a contract for more than a year."''', "direct", "Jean-Philippe Lévesque-Daoust",
          "Jean-Philippe Lévesque-Daoust"),
        Q("the main sticking point was the STM's plan to contract out some maintenance work", "indirect",
          "Lévesque-Daoust", "Jean-Philippe Lévesque-Daoust", speaker_at="Lévesque-Daoust told CBC"),
        Q('"privatization through the back door."', "partial", "he", "Jean-Philippe Lévesque-Daoust",
          speaker_at="which he called"),
        Q("the strike could drag on for weeks if the transit agency did not change its position", "indirect", "He",
          "Jean-Philippe Lévesque-Daoust", speaker_at="He warned"),
        Q('"a fair and responsible offer"', "partial", "The STM", "Société de transport de Montréal",
          speaker_at="The STM said"),
        Q('"day and night."', "partial", "The STM", "Société de transport de Montréal", speaker_at="The STM said"),
        Q('''"I left home an hour early and I'm still going to be late,"''', "direct", "Fatoumata Diallo",
          "Fatoumata Diallo"),
        Q("he would work from home for as long as his employer allowed it", "indirect", "Karim", "Karim"),
        Q('"Montrealers are not pawns in this dispute,"', "direct", "she", "Sophie Lachance-Paquin",
          speaker_at="she told reporters"),
        Q('"Every day of strike is a day lost for students, for workers and for businesses."', "direct", "she",
          "Sophie Lachance-Paquin", speaker_at="she told reporters"),
        Q("he was following the situation closely but would not rule out special legislation to end the strike",
          "indirect", "Marc-André Bélanger", "Marc-André Bélanger"),
        Q('"Everything is on the table,"', "direct", "Bélanger", "Marc-André Bélanger", speaker_at="Bélanger said Monday"),
    ]),
    Case("blind14-limpopo-bus", """Twenty-one killed as bus plunges off bridge near Makhado

At least 21 people were killed and 37 injured when a long-distance bus carrying weekend travellers plunged off a bridge on the N1 north of Makhado in Limpopo early on Sunday.

The bus, operated by Mapungubwe Express Coaches, was travelling from Johannesburg to Musina when it veered through the barrier and fell about 15 metres into the Sand River bed shortly after 4am.

Limpopo police spokesperson Lieutenant-Colonel Thivhulawi Ramabulana said the driver was among the dead and that a case of culpable homicide had been opened.

“The scene was horrific. Our members worked through the morning with emergency services to free passengers who were trapped under the wreckage,” Ramabulana said.

Limpopo transport and community safety MEC Mavhungu Ramakgopa-Tshivhase visited the site later on Sunday. She told The Citizen the department would look into whether the driver had exceeded the legal driving hours.

“We will not rest until we know exactly what happened here. If this company has cut corners, there will be consequences,” she said.

According to the Road Traffic Management Corporation (RTMC), the bus had passed a roadworthy inspection in March. RTMC spokesperson Nomsa Khumalo said investigators had been sent to the scene and would examine the vehicle’s tachograph.

One of the survivors, Johannes van Rooyen, 63, said from his bed at Louis Trichardt Memorial Hospital that he had been asleep when passengers began screaming.

“I woke up and we were already falling. Then everything went black,” he said.

Mapungubwe Express Coaches said in a brief statement that it was “deeply saddened” and was co-operating with the authorities. The company did not respond to questions about the driver’s working hours.

Deputy Transport Minister Lerato Mokoena-Sithole described the crash as “a national tragedy” and called on long-distance operators to “put lives before profits”.

The crash comes less than a month after 12 people died in a collision between a minibus taxi and a truck on the R71 near Polokwane.""", [
        Q("the driver was among the dead and that a case of culpable homicide had been opened", "indirect",
          "Thivhulawi Ramabulana", "Thivhulawi Ramabulana"),
        Q("“The scene was horrific. Our members worked through the morning with emergency services to free "
          "passengers who were trapped under the wreckage,”", "direct", "Ramabulana", "Thivhulawi Ramabulana",
          speaker_at="wreckage,” Ramabulana said"),
        Q("the department would look into whether the driver had exceeded the legal driving hours", "indirect", "She",
          "Mavhungu Ramakgopa-Tshivhase", speaker_at="She told"),
        Q("“We will not rest until we know exactly what happened here. If this company has cut corners, there will "
          "be consequences,”", "direct", "she", "Mavhungu Ramakgopa-Tshivhase", speaker_at="consequences,” she said"),
        Q("the bus had passed a roadworthy inspection in March", "indirect", "the Road Traffic Management Corporation",
          "Road Traffic Management Corporation"),
        Q("investigators had been sent to the scene and would examine the vehicle’s tachograph", "indirect",
          "Nomsa Khumalo", "Nomsa Khumalo"),
        Q("that he had been asleep when passengers began screaming", "indirect", "Johannes van Rooyen",
          "Johannes van Rooyen"),
        Q("“I woke up and we were already falling. Then everything went black,”", "direct", "he",
          "Johannes van Rooyen", speaker_at="black,” he said"),
        Q("“deeply saddened”", "partial", "Mapungubwe Express Coaches", "Mapungubwe Express Coaches",
          speaker_at="Mapungubwe Express Coaches said"),
        Q("“a national tragedy”", "partial", "Lerato Mokoena-Sithole", "Lerato Mokoena-Sithole"),
        Q("“put lives before profits”", "partial", "Lerato Mokoena-Sithole", "Lerato Mokoena-Sithole"),
    ]),
    Case("blind14-highlife-obituary", """Highlife legend and ex-MP K.A.D. dies at 79

Veteran highlife musician and former Member of Parliament (MP) for Asante Akim North, Mr Kwabena Asante-Darko, popularly known as “K.A.D.”, has died at the age of 79.

He passed away on Saturday at the Komfo Anokye Teaching Hospital in Kumasi after a short illness, his family said in a statement.

“Our father lived for music and for his people. He would want us to celebrate, not to mourn,” his eldest son, Kwame Owusu Asante-Darko, said in the statement.

Born in Agogo in 1945, Asante-Darko rose to fame in the 1970s as lead guitarist of the Kumasi-based Sunsum Internationals band. His 1978 hit “Sika Nkoaa” remains a staple at weddings and funerals across the country.

He entered Parliament in 1996 on the ticket of the New Patriotic Party (NPP) and served two terms, chairing the Committee on Youth, Sports and Culture.

President of the Musicians Union of Ghana (MUSIGA), Mrs Abena Serwaa Ofori-Atta, described him as “a giant whose guitar spoke for a generation”.

“Whenever young musicians asked me where to start, I told them to listen to K.A.D.,” she told the Daily Graphic in Accra yesterday. “He showed that highlife could be modern without losing its soul.

“He never charged the union a pesewa to perform at our events. That is the kind of man we have lost.”

The Omanhene of the Agogo Traditional Area, Nana Owusu Agyemang Boakye III, said the traditional council would work with the family to give the late musician a befitting burial.

“Agogo has lost a son who never forgot where he came from,” Nana Boakye said.

A former colleague in Parliament, Alhaji Mustapha Iddrisu Tanko, said the late MP was respected on both sides of the House.

“He would sing in the tea room to calm tempers after heated debates. Even the Speaker would tap his feet,” Alhaji Tanko recalled.

The parish priest of St Peter’s Catholic Church, Agogo, Rev. Fr. Joseph Amankwah-Boateng, said a requiem mass would be held in his honour before the burial.

Mr Asante-Darko is survived by his wife, Madam Adwoa Pokuaa, seven children and 14 grandchildren. The family said funeral arrangements would be announced later.""", [
        Q("He passed away on Saturday at the Komfo Anokye Teaching Hospital in Kumasi after a short illness",
          "indirect", "his family", None, speaker_at="his family said"),
        Q("“Our father lived for music and for his people. He would want us to celebrate, not to mourn,”", "direct",
          "Kwame Owusu Asante-Darko", "Kwame Owusu Asante-Darko"),
        Q("“a giant whose guitar spoke for a generation”", "partial", "Abena Serwaa Ofori-Atta",
          "Abena Serwaa Ofori-Atta"),
        Q("“Whenever young musicians asked me where to start, I told them to listen to K.A.D.,”", "direct", "she",
          "Abena Serwaa Ofori-Atta", speaker_at="she told the Daily Graphic"),
        Q("“He showed that highlife could be modern without losing its soul.", "direct", "she",
          "Abena Serwaa Ofori-Atta", speaker_at="she told the Daily Graphic"),
        Q("“He never charged the union a pesewa to perform at our events. That is the kind of man we have lost.”",
          "direct", "she", "Abena Serwaa Ofori-Atta", speaker_at="she told the Daily Graphic"),
        Q("the traditional council would work with the family to give the late musician a befitting burial",
          "indirect", "Owusu Agyemang Boakye III", "Owusu Agyemang Boakye III"),
        Q("“Agogo has lost a son who never forgot where he came from,”", "direct", "Boakye",
          "Owusu Agyemang Boakye III", speaker_at="Nana Boakye said"),
        Q("the late MP was respected on both sides of the House", "indirect", "Mustapha Iddrisu Tanko",
          "Mustapha Iddrisu Tanko"),
        Q("“He would sing in the tea room to calm tempers after heated debates. Even the Speaker would tap his "
          "feet,”", "direct", "Tanko", "Mustapha Iddrisu Tanko", speaker_at="Alhaji Tanko recalled"),
        Q("a requiem mass would be held in his honour before the burial", "indirect", "Joseph Amankwah-Boateng",
          "Joseph Amankwah-Boateng"),
        Q("funeral arrangements would be announced later", "indirect", "The family", None),
    ]),
    Case("blind14-ekiti-appeal", """Appeal Court affirms Akintola-Bamidele's election as Ekiti governor

By Bola Oyeniran, Ado-Ekiti

THE Court of Appeal sitting in Ado-Ekiti, yesterday, affirmed the election of Governor Oluwaseun Akintola-Bamidele of the All Progressives Congress, APC, dismissing the appeal filed by the candidate of the Peoples Democratic Party, PDP, Chief Femi Ogunleye, for lacking in merit.

In a unanimous judgment, the court held that the appellant failed to prove allegations of over-voting and non-compliance with the Electoral Act 2022 in 11 of the state's 16 local government areas.

Justice Hadiza Bello-Abubakar, who read the lead judgment, said the appellant had "merely dumped documents on the tribunal" without calling witnesses to link them to specific polling units.

"It is not the duty of the court to go on a voyage of discovery on behalf of a party," the judge held.

Reacting, Governor Akintola-Bamidele described the judgment as "a victory for the people of Ekiti State" and extended an olive branch to his opponent.

"The election is over. I call on Chief Ogunleye and all our brothers in the opposition to join hands with us to build the state," he said in a statement signed by his Chief Press Secretary, Mr. Kayode Adeniran-Oke.

But Ogunleye, through his counsel, Chief Adegboyega Oyelowo, SAN, said they would head to the Supreme Court.

Oyelowo told journalists outside the courtroom that the panel had "ignored the clear evidence of the BVAS reports".

"We respect the court, but we do not agree with the judgment, and we are going to the apex court within the time allowed by law," he said.

The Independent National Electoral Commission, INEC, had declared Akintola-Bamidele winner of the June 21 poll with 187,402 votes, ahead of Ogunleye, who polled 171,935 votes.

Chairman of the PDP in the state, Alhaji Musiliu Lawal-Adeoye, said the party remained "solidly behind" its candidate and urged members to remain calm.

A chieftain of the APC in the state, Sen. Funmilayo Adebisi-Ojo, said the judgment had vindicated the party and shown that "the people's will cannot be stolen in the courtroom".

Meanwhile, the state Police Public Relations Officer, SP Olumide Ajayi-Babalola, said security had been beefed up across Ado-Ekiti and that there was no cause for alarm.""", [
        Q("that the appellant failed to prove allegations of over-voting and non-compliance with the Electoral Act "
          "2022 in 11 of the state's 16 local government areas", "indirect", "the court", "Court of Appeal",
          speaker_at="the court held"),
        Q('"merely dumped documents on the tribunal"', "partial", "Hadiza Bello-Abubakar", "Hadiza Bello-Abubakar"),
        Q('"It is not the duty of the court to go on a voyage of discovery on behalf of a party,"', "direct",
          "the judge", "Hadiza Bello-Abubakar"),
        Q('"a victory for the people of Ekiti State"', "partial", "Akintola-Bamidele", "Oluwaseun Akintola-Bamidele",
          speaker_at="Governor Akintola-Bamidele described"),
        Q('"The election is over. I call on Chief Ogunleye and all our brothers in the opposition to join hands with '
          'us to build the state,"', "direct", "he", "Oluwaseun Akintola-Bamidele",
          speaker_at="he said in a statement"),
        Q("they would head to the Supreme Court", "indirect", "Ogunleye", "Femi Ogunleye",
          speaker_at="But Ogunleye, through"),
        Q('"ignored the clear evidence of the BVAS reports"', "partial", "Oyelowo", "Adegboyega Oyelowo",
          speaker_at="Oyelowo told journalists"),
        Q('"We respect the court, but we do not agree with the judgment, and we are going to the apex court within '
          'the time allowed by law,"', "direct", "he", "Adegboyega Oyelowo", speaker_at='law," he said'),
        Q('"solidly behind"', "partial", "Musiliu Lawal-Adeoye", "Musiliu Lawal-Adeoye"),
        Q("the judgment had vindicated the party", "indirect", "Funmilayo Adebisi-Ojo", "Funmilayo Adebisi-Ojo"),
        Q('''"the people's will cannot be stolen in the courtroom"''', "partial", "Funmilayo Adebisi-Ojo",
          "Funmilayo Adebisi-Ojo"),
        Q("security had been beefed up across Ado-Ekiti and that there was no cause for alarm", "indirect",
          "Olumide Ajayi-Babalola", "Olumide Ajayi-Babalola"),
    ]),
    Case("blind14-cholera-lake", """Cholera spreads around Lake Victoria as hospitals run out of beds

A cholera outbreak that began in Kenya’s Homa Bay County last month has spread to four more counties and across the border into Tanzania’s Mwanza Region, with health officials warning that treatment centres are running out of space.

Kenya’s Ministry of Health said on Monday that 1,284 cases and 31 deaths had been recorded since September 28, a fatality rate well above the 1 percent threshold considered acceptable by the World Health Organization.

“We are dealing with an outbreak that is moving faster than our response,” Director-General for Health Dr Wekesa Barasa-Njoroge told journalists in Kisumu. “Many of the deaths are happening at home, before people reach a facility.”

At Homa Bay County Referral Hospital, patients were being treated in tents pitched in the car park. The medical superintendent, Dr Achieng' Owino-Oduor, said the 40-bed isolation ward had been full for two weeks and that planned surgery had been suspended. The hospital’s surgical waiting list already stood at more than 900 patients before the outbreak.

“We have had to choose between cholera patients and mothers waiting for caesarean sections. No doctor should have to make that choice,” she said.

Across the lake, Tanzanian authorities have confirmed 212 cases in Mwanza and Geita regions. Mwanza’s Regional Medical Officer, Dr Salim bin Omar Mwinyi, said 14 unlicensed food vendors near the Kirumba fish market had been closed and that boats arriving from Kenya were being inspected.

According to Médecins Sans Frontières (MSF), which runs a 60-bed treatment centre in Homa Bay, the outbreak has been driven by recent flooding that contaminated shallow wells and pit latrines.

Residents of Kendu Bay said they had no choice but to draw water from the lake.

“The borehole broke down in March and nobody came to repair it,” said Jane Akinyi, a fishmonger and mother of four. “What else can we drink?”

The WHO Regional Office for Africa said it had dispatched 1.2 million doses of oral cholera vaccine to Kenya, but warned that global stocks remained “critically low”.

The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the crisis had exposed years of underfunding of county hospitals. Its secretary-general, Dr Abdi Farah Hussein, said doctors in Homa Bay had not been paid for two months.""", [
        Q("that treatment centres are running out of space", "indirect", "health officials", None),
        Q("that 1,284 cases and 31 deaths had been recorded since September 28", "indirect",
          "Kenya’s Ministry of Health", "Ministry of Health"),
        Q("“We are dealing with an outbreak that is moving faster than our response,”", "direct",
          "Wekesa Barasa-Njoroge", "Wekesa Barasa-Njoroge"),
        Q("“Many of the deaths are happening at home, before people reach a facility.”", "direct",
          "Wekesa Barasa-Njoroge", "Wekesa Barasa-Njoroge"),
        Q("the 40-bed isolation ward had been full for two weeks and that planned surgery had been suspended",
          "indirect", "Achieng' Owino-Oduor", "Achieng' Owino-Oduor"),
        Q("“We have had to choose between cholera patients and mothers waiting for caesarean sections. No doctor "
          "should have to make that choice,”", "direct", "she", "Achieng' Owino-Oduor",
          speaker_at="choice,” she said"),
        Q("14 unlicensed food vendors near the Kirumba fish market had been closed and that boats arriving from "
          "Kenya were being inspected", "indirect", "Salim bin Omar Mwinyi", "Salim bin Omar Mwinyi"),
        Q("the outbreak has been driven by recent flooding that contaminated shallow wells and pit latrines",
          "indirect", "Médecins Sans Frontières", "Médecins Sans Frontières"),
        Q("they had no choice but to draw water from the lake", "indirect", "Residents of Kendu Bay", None),
        Q("“The borehole broke down in March and nobody came to repair it,”", "direct", "Jane Akinyi", "Jane Akinyi"),
        Q("“What else can we drink?”", "direct", "Jane Akinyi", "Jane Akinyi"),
        Q("it had dispatched 1.2 million doses of oral cholera vaccine to Kenya", "indirect",
          "The WHO Regional Office for Africa", "WHO Regional Office for Africa"),
        Q("“critically low”", "partial", "The WHO Regional Office for Africa", "WHO Regional Office for Africa"),
        Q("the crisis had exposed years of underfunding of county hospitals", "indirect",
          "The Kenya Medical Practitioners, Pharmacists and Dentists Union",
          "Kenya Medical Practitioners, Pharmacists and Dentists Union"),
        Q("doctors in Homa Bay had not been paid for two months", "indirect", "Abdi Farah Hussein",
          "Abdi Farah Hussein"),
    ]),
    Case("blind14-alsadd-acl", """Al Sadd edge Al Ain to reach AFC Champions League Elite quarter-finals

Doha: Al Sadd booked their place in the quarter-finals of the AFC Champions League Elite with a dramatic 2-1 win over Al Ain at Jassim bin Hamad Stadium last night, Brazilian forward Guilherme scoring the winner in the sixth minute of stoppage time.

Al Ain had levelled through Moroccan striker Soufiane El Idrissi early in the second half after Al Sadd captain Hamad al-Mannai headed the hosts in front on 23 minutes.

Al Sadd coach Bart van der Wiel praised his players' resilience. "We suffered in the second half, I will not lie," the Dutchman said. "But this team never stops believing, and you saw that in the last minute."

Guilherme, who joined from Flamengo in the summer, said the goal was the most important of his career.

"I dedicate this to my daughter, who was born on Tuesday. I promised her a goal before I left for the stadium," he told Gulf Times in the mixed zone.

Al Ain coach Dragan Petrović questioned the decision to play six minutes of added time. "I don't know where the six minutes came from," he said, adding that his team had been "robbed of a deserved draw".

Al Ain defender Khalifa al-Mazrouei told AFP the dressing room was "silent and broken".

Qatar Football Association (QFA) vice-president Sheikh Abdullah bin Nasser bin Ali al-Thani, who watched from the stands, described the result as "a proud night for Qatari football".

Al-Mannai told reporters that the squad would now turn its attention to the Qatar Stars League, where Al Sadd are three points behind leaders Al Duhail with eight games left.

"Tonight we celebrate, tomorrow we recover," the 31-year-old said. "The league is still open."

The Asian Football Confederation (AFC) said the quarter-final draw would take place in Kuala Lumpur on March 14, with the ties to be played in April.""", [
        Q('"We suffered in the second half, I will not lie,"', "direct", "the Dutchman", "Bart van der Wiel"),
        Q('"But this team never stops believing, and you saw that in the last minute."', "direct", "the Dutchman",
          "Bart van der Wiel"),
        Q("the goal was the most important of his career", "indirect", "Guilherme", "Guilherme",
          speaker_at="Guilherme, who joined"),
        Q('"I dedicate this to my daughter, who was born on Tuesday. I promised her a goal before I left for the '
          'stadium,"', "direct", "he", "Guilherme", speaker_at="he told Gulf Times"),
        Q('''"I don't know where the six minutes came from,"''', "direct", "he", "Dragan Petrović",
          speaker_at='from," he said'),
        Q('"robbed of a deserved draw"', "partial", "he", "Dragan Petrović", speaker_at='from," he said'),
        Q('"silent and broken"', "partial", "Khalifa al-Mazrouei", "Khalifa al-Mazrouei"),
        Q('"a proud night for Qatari football"', "partial", "Abdullah bin Nasser bin Ali al-Thani",
          "Abdullah bin Nasser bin Ali al-Thani"),
        Q("that the squad would now turn its attention to the Qatar Stars League, where Al Sadd are three points "
          "behind leaders Al Duhail with eight games left", "indirect", "Al-Mannai", "Hamad al-Mannai"),
        Q('"Tonight we celebrate, tomorrow we recover,"', "direct", "the 31-year-old", "Hamad al-Mannai"),
        Q('"The league is still open."', "direct", "the 31-year-old", "Hamad al-Mannai"),
        Q("the quarter-final draw would take place in Kuala Lumpur on March 14, with the ties to be played in April",
          "indirect", "The Asian Football Confederation", "Asian Football Confederation"),
    ]),
    Case("blind14-swim-trials", """Ikeda, 18, smashes national record to book Worlds berth

By AYAKA MORI/ Staff Writer

Eighteen-year-old Sora Ikeda broke the Japanese record in the men’s 200-meter individual medley at the Japan Swimming Championships on April 19, securing a place on the national team for this summer’s World Aquatics Championships in Singapore.

Ikeda touched in 1 minute, 55.02 seconds at the Tokyo Aquatics Centre, shaving 0.05 second off a mark that had stood since 2016.

“I didn’t look at the clock at first. When I saw ‘JR’ next to my name, I just screamed,” Ikeda said. “It still doesn’t feel real.”

The high school senior from Hamamatsu, Shizuoka Prefecture, trains under Kenji Fujisawa, who has coached him since he was 9. Fujisawa said Ikeda had spent the winter working on his breaststroke leg, long considered his weakness.

“He used to lose two body lengths on the breaststroke. Today he lost maybe half a length,” Fujisawa said with a smile.

In the women’s 100-meter butterfly, veteran Mao Kitagawa, 29, finished fourth and missed out on a place in Singapore. She told reporters she had not decided whether to continue competing.

“I want to talk with my family first. I gave everything I had today, and I have no regrets,” Kitagawa said, fighting back tears.

The event was won by 16-year-old Hina Tsuchiya-Grant, whose father is Australian, in 57.41 seconds.

“I watched Kitagawa-san on TV when I was in elementary school,” Tsuchiya-Grant said. “Racing next to her was a dream.”

Japan Swimming Federation (JASF) executive director Takeshi Umemura said the federation would announce its full team for Singapore on April 24 and was aiming for at least five medals.

“Our young swimmers are not afraid of anyone anymore,” Umemura said.

The championships continue through April 25.""", [
        Q("“I didn’t look at the clock at first. When I saw ‘JR’ next to my name, I just screamed,”", "direct",
          "Ikeda", "Sora Ikeda", speaker_at="Ikeda said"),
        Q("“It still doesn’t feel real.”", "direct", "Ikeda", "Sora Ikeda", speaker_at="Ikeda said"),
        Q("Ikeda had spent the winter working on his breaststroke leg, long considered his weakness", "indirect",
          "Fujisawa", "Kenji Fujisawa", speaker_at="Fujisawa said Ikeda"),
        Q("“He used to lose two body lengths on the breaststroke. Today he lost maybe half a length,”", "direct",
          "Fujisawa", "Kenji Fujisawa", speaker_at="Fujisawa said with"),
        Q("she had not decided whether to continue competing", "indirect", "She", "Mao Kitagawa",
          speaker_at="She told reporters"),
        Q("“I want to talk with my family first. I gave everything I had today, and I have no regrets,”", "direct",
          "Kitagawa", "Mao Kitagawa", speaker_at="Kitagawa said, fighting"),
        Q("“I watched Kitagawa-san on TV when I was in elementary school,”", "direct", "Tsuchiya-Grant",
          "Hina Tsuchiya-Grant", speaker_at="Tsuchiya-Grant said"),
        Q("“Racing next to her was a dream.”", "direct", "Tsuchiya-Grant", "Hina Tsuchiya-Grant",
          speaker_at="Tsuchiya-Grant said"),
        Q("the federation would announce its full team for Singapore on April 24 and was aiming for at least five "
          "medals", "indirect", "Takeshi Umemura", "Takeshi Umemura"),
        Q("“Our young swimmers are not afraid of anyone anymore,”", "direct", "Umemura", "Takeshi Umemura",
          speaker_at="anymore,” Umemura said"),
    ]),
    Case("blind14-vernacular-schools", """Vernacular school groups slam cut in development grants

PETALING JAYA: Groups representing Chinese and Tamil vernacular schools have criticised the Education Ministry's decision to cut development allocations for government-aided schools by 30% next year, saying hundreds of ageing buildings will be left unrepaired.

United Chinese School Committees' Association of Malaysia (Dong Zong) chairman Chong Wei Liang said many schools were already in a dangerous condition.

"Many of our schools were built in the 1950s. Roofs are leaking, toilets are broken and some classrooms are no longer safe for children," Chong said at a press conference in Kajang yesterday.

He said the association had identified 412 schools needing urgent repairs costing an estimated RM380mil, and called on the ministry to reverse the cut in the upcoming Budget.

Tamil Foundation Malaysia president K. Letchumanan said Tamil schools in rural estates would be the hardest hit.

"Some of these schools have fewer than 50 pupils. If we do not fix them now, parents will move their children elsewhere and the schools will die," he said.

In a statement last night, the Education Ministry said the allocation had been "realigned, not reduced", and that government-aided schools could apply for additional money under a new RM150mil repair fund.

Deputy Education Minister Yap Mei Ling told The Star that no school would be "left behind".

"I have personally visited more than 30 vernacular schools this year. We know the problems and we will fix them in stages," she said.

National Union of the Teaching Profession (NUTP) secretary-general Mohd Azlan Ismail said the cuts would affect national schools as well.

"This is not a Chinese or Tamil issue. It is about every child's right to a safe classroom," Mohd Azlan said.

MCA vice-president Datuk Ng Kiat Siong described the cut as "a betrayal of promises made to the community" and said the party would raise the matter in the Dewan Rakyat when it sits next month.""", [
        Q("hundreds of ageing buildings will be left unrepaired", "indirect",
          "Groups representing Chinese and Tamil vernacular schools", None),
        Q("many schools were already in a dangerous condition", "indirect", "Chong Wei Liang", "Chong Wei Liang"),
        Q('"Many of our schools were built in the 1950s. Roofs are leaking, toilets are broken and some classrooms '
          'are no longer safe for children,"', "direct", "Chong", "Chong Wei Liang", speaker_at="Chong said at"),
        Q("the association had identified 412 schools needing urgent repairs costing an estimated RM380mil",
          "indirect", "He", "Chong Wei Liang", speaker_at="He said the association"),
        Q("Tamil schools in rural estates would be the hardest hit", "indirect", "K. Letchumanan", "K. Letchumanan"),
        Q('"Some of these schools have fewer than 50 pupils. If we do not fix them now, parents will move their '
          'children elsewhere and the schools will die,"', "direct", "he", "K. Letchumanan",
          speaker_at='die," he said'),
        Q('"realigned, not reduced"', "partial", "the Education Ministry", "Education Ministry",
          speaker_at="the Education Ministry said"),
        Q("that government-aided schools could apply for additional money under a new RM150mil repair fund",
          "indirect", "the Education Ministry", "Education Ministry", speaker_at="the Education Ministry said"),
        Q('"left behind"', "partial", "Yap Mei Ling", "Yap Mei Ling"),
        Q('"I have personally visited more than 30 vernacular schools this year. We know the problems and we will '
          'fix them in stages,"', "direct", "she", "Yap Mei Ling", speaker_at='stages," she said'),
        Q("the cuts would affect national schools as well", "indirect", "Mohd Azlan Ismail", "Mohd Azlan Ismail"),
        Q('''"This is not a Chinese or Tamil issue. It is about every child's right to a safe classroom,"''', "direct",
          "Mohd Azlan", "Mohd Azlan Ismail", speaker_at="Mohd Azlan said"),
        Q('"a betrayal of promises made to the community"', "partial", "Ng Kiat Siong", "Ng Kiat Siong"),
        Q("the party would raise the matter in the Dewan Rakyat when it sits next month", "indirect", "Ng Kiat Siong",
          "Ng Kiat Siong"),
    ]),
    Case("blind14-art-award", """Plastic-and-batik installation wins Nusantara art award

TEMPO.CO, Jakarta - Yogyakarta-based artist Wulandari has won this year's Nusantara Contemporary Art Award for “Laut yang Tersedak” (The Choking Sea), an installation made from 12,000 discarded plastic sachets stitched onto hand-drawn batik cloth.

The Rp500 million award was announced on Friday night at the Galeri Nasional Indonesia in Jakarta by the Yayasan Seni Rupa Nusantara (YSRN), which has run the prize since 2014.

Jury chair Prof. Bambang Sutrisno Hadiwijoyo of the Bandung Institute of Technology (ITB) said the work had been chosen unanimously from five finalists.

“It is beautiful from a distance and disturbing up close. That tension is exactly what good art should do,” he said.

Wulandari, 34, who like many Javanese uses only one name, said she collected the sachets over eight months on beaches in Gunungkidul with the help of local fishermen.

“Every sachet was once someone’s coffee or shampoo. I wanted people to see how small choices pile up into something enormous,” she told Tempo after the ceremony.

She said she would use part of the prize money to fund drawing workshops for children in coastal villages.

Not everyone was convinced. Critic and curator Citra Maharani Lubis wrote on Instagram that the shortlist had once again favoured “environmental spectacle” over painting, a complaint echoed by several younger painters at the ceremony.

YSRN director Ni Luh Putu Ariani said entries had risen to 1,146 this year from 780 in 2023.

“Young artists from outside Java are finally sending their work to us in large numbers. Half of our finalists this year are from Sulawesi, Bali and Papua,” Ariani said.

A spokesperson for the Culture Ministry said the ministry was considering including the winning work in Indonesia’s pavilion at next year’s Venice Biennale.

The finalists’ works, including “Bapak Tidak Pulang” (Father Did Not Come Home) by Papuan painter Yosias Kogoya, are on display at the gallery until November 30.""", [
        Q("the work had been chosen unanimously from five finalists", "indirect", "Bambang Sutrisno Hadiwijoyo",
          "Bambang Sutrisno Hadiwijoyo"),
        Q("“It is beautiful from a distance and disturbing up close. That tension is exactly what good art should "
          "do,”", "direct", "he", "Bambang Sutrisno Hadiwijoyo", speaker_at="do,” he said"),
        Q("she collected the sachets over eight months on beaches in Gunungkidul with the help of local fishermen",
          "indirect", "Wulandari", "Wulandari", speaker_at="Wulandari, 34"),
        Q("“Every sachet was once someone’s coffee or shampoo. I wanted people to see how small choices pile up "
          "into something enormous,”", "direct", "she", "Wulandari", speaker_at="she told Tempo"),
        Q("she would use part of the prize money to fund drawing workshops for children in coastal villages",
          "indirect", "She", "Wulandari", speaker_at="She said she would"),
        Q("“environmental spectacle”", "partial", "Citra Maharani Lubis", "Citra Maharani Lubis"),
        Q("entries had risen to 1,146 this year from 780 in 2023", "indirect", "Ni Luh Putu Ariani",
          "Ni Luh Putu Ariani"),
        Q("“Young artists from outside Java are finally sending their work to us in large numbers. Half of our "
          "finalists this year are from Sulawesi, Bali and Papua,”", "direct", "Ariani", "Ni Luh Putu Ariani",
          speaker_at="Ariani said."),
        Q("the ministry was considering including the winning work in Indonesia’s pavilion at next year’s Venice "
          "Biennale", "indirect", "A spokesperson for the Culture Ministry", None),
    ]),
    Case("blind14-multan-test", """Ahsan's seven-for helps Pakistan crush England in Multan

MULTAN: Left-arm spinner Ahsan Raza Butt claimed career-best figures of 7-41 as Pakistan beat England by an innings and 48 runs on the fourth day of the second Test at Multan Cricket Stadium on Sunday, levelling the three-match series 1-1.

England, resuming on 112-4 and needing another 174 runs to make Pakistan bat again, were bowled out for 238 shortly after lunch.

"The pitch was turning from the first session and I just kept bowling in the right areas," Ahsan said at the post-match press conference. "My father travelled from Sialkot to watch, so this one is for him."

Captain Muhammad Haris Khan described Ahsan as "the heartbeat of this attack". Haris said the team management had backed the spinners despite heavy criticism after the first Test defeat in Karachi.

"People were writing us off after Karachi, but we believed in our plan," Haris said. "Credit to the groundstaff as well, they gave us exactly what we asked for."

England captain Tom Ashdown admitted his batters had "no answers" to Pakistan's spinners.

"We've got to be honest with ourselves. We didn't show enough patience, and in these conditions you get punished," Ashdown said.

PCB chairman Zulfiqar Ali Bokhari announced a cash reward of Rs5 million for Ahsan. In a post on X, he wrote that the win "showed the world the fighting spirit of Pakistan cricket".

Former Test wicketkeeper Tariq Mehmood Abbasi told Geo News that Pakistan should stick with three spinners for the final Test.

"Don't change a winning combination. England have no idea how to play Ahsan," he said.

The third and final Test begins in Rawalpindi on Thursday. According to the Pakistan Meteorological Department, there is a chance of rain on the first two days of the match.""", [
        Q('"The pitch was turning from the first session and I just kept bowling in the right areas,"', "direct",
          "Ahsan", "Ahsan Raza Butt", speaker_at="Ahsan said at"),
        Q('"My father travelled from Sialkot to watch, so this one is for him."', "direct", "Ahsan", "Ahsan Raza Butt",
          speaker_at="Ahsan said at"),
        Q('"the heartbeat of this attack"', "partial", "Muhammad Haris Khan", "Muhammad Haris Khan"),
        Q("the team management had backed the spinners despite heavy criticism after the first Test defeat in Karachi",
          "indirect", "Haris", "Muhammad Haris Khan", speaker_at="Haris said the team"),
        Q('"People were writing us off after Karachi, but we believed in our plan,"', "direct", "Haris",
          "Muhammad Haris Khan", speaker_at='plan," Haris said'),
        Q('"Credit to the groundstaff as well, they gave us exactly what we asked for."', "direct", "Haris",
          "Muhammad Haris Khan", speaker_at='plan," Haris said'),
        Q('"no answers"', "partial", "Tom Ashdown", "Tom Ashdown"),
        Q('''"We've got to be honest with ourselves. We didn't show enough patience, and in these conditions you get '''
          '''punished,"''', "direct", "Ashdown", "Tom Ashdown", speaker_at="Ashdown said"),
        Q('"showed the world the fighting spirit of Pakistan cricket"', "partial", "he", "Zulfiqar Ali Bokhari",
          speaker_at="he wrote"),
        Q("that Pakistan should stick with three spinners for the final Test", "indirect", "Tariq Mehmood Abbasi",
          "Tariq Mehmood Abbasi"),
        Q('''"Don't change a winning combination. England have no idea how to play Ahsan,"''', "direct", "he",
          "Tariq Mehmood Abbasi", speaker_at='Ahsan," he said'),
        Q("there is a chance of rain on the first two days of the match", "indirect",
          "the Pakistan Meteorological Department", "Pakistan Meteorological Department"),
    ]),
    Case("blind14-scenic-rim-fire", """Residents flee as bushfire tears through Scenic Rim

Dozens of homes are under threat in the Scenic Rim after a fast-moving bushfire jumped containment lines overnight, forcing residents of Canungra and surrounding rural properties to flee in the dark.

An emergency warning was issued for Canungra, Biddaddaba and Witheren at 2.15am, with the Queensland Fire Department saying conditions had become "too dangerous to defend".

"This fire is moving unpredictably and we are seeing ember attack well ahead of the front," Acting Chief Superintendent Bronwyn Kavanagh-Lee told The Courier-Mail. "If you are in that area and you have not left, it is now too late to leave safely. Shelter in place."

Kavanagh-Lee said more than 120 firefighters and 14 aircraft, including a large air tanker from NSW, were working on the blaze, which had burnt through about 3800ha by 9am.

One Canungra resident, who did not want to be named, said her family had left with "just the dog and the photo albums".

Beef farmer Darryl Van Leeuwen, 61, stayed behind with his two sons to defend the family property on Christmas Creek Rd.

"We've got the pumps and the water, and we've done this before in 2019," he said. "But I've never seen it come over the ridge that fast."

Scenic Rim Mayor Jacinta Whitlock said evacuation centres had been opened at the Beaudesert and Boonah showgrounds.

"Please look after each other and check on your neighbours, especially the elderly," Cr Whitlock said.

The Bureau of Meteorology warned conditions would worsen on Thursday, with temperatures forecast to reach 38C and northwesterly winds gusting up to 70km/h.

The Emergency Services Minister said the state had asked Victoria and NSW for more aircraft and that no lives had been lost so far.

Residents in the Gold Coast hinterland have been told to keep their bushfire survival plans ready and to monitor the QFD website.""", [
        Q('"too dangerous to defend"', "partial", "the Queensland Fire Department", "Queensland Fire Department"),
        Q('"This fire is moving unpredictably and we are seeing ember attack well ahead of the front,"', "direct",
          "Bronwyn Kavanagh-Lee", "Bronwyn Kavanagh-Lee"),
        Q('"If you are in that area and you have not left, it is now too late to leave safely. Shelter in place."',
          "direct", "Bronwyn Kavanagh-Lee", "Bronwyn Kavanagh-Lee"),
        Q("more than 120 firefighters and 14 aircraft, including a large air tanker from NSW, were working on the "
          "blaze, which had burnt through about 3800ha by 9am", "indirect", "Kavanagh-Lee", "Bronwyn Kavanagh-Lee",
          speaker_at="Kavanagh-Lee said"),
        Q('"just the dog and the photo albums"', "partial", "One Canungra resident", None),
        Q('''"We've got the pumps and the water, and we've done this before in 2019,"''', "direct", "he",
          "Darryl Van Leeuwen", speaker_at='2019," he said'),
        Q('''"But I've never seen it come over the ridge that fast."''', "direct", "he", "Darryl Van Leeuwen",
          speaker_at='2019," he said'),
        Q("evacuation centres had been opened at the Beaudesert and Boonah showgrounds", "indirect",
          "Jacinta Whitlock", "Jacinta Whitlock"),
        Q('"Please look after each other and check on your neighbours, especially the elderly,"', "direct",
          "Whitlock", "Jacinta Whitlock", speaker_at="Cr Whitlock said"),
        Q("conditions would worsen on Thursday, with temperatures forecast to reach 38C and northwesterly winds "
          "gusting up to 70km/h", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("the state had asked Victoria and NSW for more aircraft and that no lives had been lost so far", "indirect",
          "The Emergency Services Minister", None),
    ]),
    Case("blind14-chiefs-appeal", """Chiefs to appeal four-week ban for prop Tāne Ngata-Aerengamate

The Chiefs say they will appeal the four-week suspension handed to prop Tāne Ngata-Aerengamate for a high tackle in Saturday’s Super Rugby Pacific win over the Hurricanes in Hamilton.

Ngata-Aerengamate, 26, was shown a red card in the 52nd minute after his shoulder made contact with the head of Hurricanes halfback Sione Havili-Talitui.

A SANZAAR foul play review committee upheld the red card on Tuesday night. In its written decision, the committee said the tackle was “reckless” and that there was “no mitigation sufficient to bring the sanction below mid-range”.

Chiefs head coach Hemi Paraone-Walker told RNZ’s Morning Report the ban was harsh.

“We’ve looked at it from every angle. Tāne is dipping, Sione is falling into him – it’s a rugby incident, pure and simple,” Paraone-Walker said.

“He’s gutted. He’s the first in his whānau to play Super Rugby and he’s worked so hard to get here.”

Hurricanes coach Daniel Vermeulen said Havili-Talitui had passed a head injury assessment and would be available for this weekend’s match against the Blues in Wellington.

“He’s a tough wee unit. He was more worried about whether we’d won the scrum,” Vermeulen said.

New Zealand Rugby Players’ Association chief executive Aroha Tipene-Matua said players needed clearer guidance on tackle height.

“The law has changed three times in two years, and players are being asked to adjust in a split second,” she said.

SANZAAR said in a statement that the Chiefs had 48 hours to lodge a formal appeal, which would be heard by an independent judicial officer in Sydney.

If the ban stands, Ngata-Aerengamate will miss the Chiefs’ matches against the Crusaders, Moana Pasifika, the Brumbies and the Western Force.""", [
        Q("they will appeal the four-week suspension handed to prop Tāne Ngata-Aerengamate for a high tackle in "
          "Saturday’s Super Rugby Pacific win over the Hurricanes in Hamilton", "indirect", "The Chiefs", "Chiefs",
          speaker_at="The Chiefs say"),
        Q("“reckless”", "partial", "the committee", None, speaker_at="the committee said"),
        Q("“no mitigation sufficient to bring the sanction below mid-range”", "partial", "the committee", None,
          speaker_at="the committee said"),
        Q("the ban was harsh", "indirect", "Hemi Paraone-Walker", "Hemi Paraone-Walker"),
        Q("“We’ve looked at it from every angle. Tāne is dipping, Sione is falling into him – it’s a rugby incident, "
          "pure and simple,”", "direct", "Paraone-Walker", "Hemi Paraone-Walker",
          speaker_at="simple,” Paraone-Walker said"),
        Q("“He’s gutted. He’s the first in his whānau to play Super Rugby and he’s worked so hard to get here.”",
          "direct", "Paraone-Walker", "Hemi Paraone-Walker", speaker_at="simple,” Paraone-Walker said"),
        Q("Havili-Talitui had passed a head injury assessment and would be available for this weekend’s match "
          "against the Blues in Wellington", "indirect", "Daniel Vermeulen", "Daniel Vermeulen"),
        Q("“He’s a tough wee unit. He was more worried about whether we’d won the scrum,”", "direct", "Vermeulen",
          "Daniel Vermeulen", speaker_at="scrum,” Vermeulen said"),
        Q("players needed clearer guidance on tackle height", "indirect", "Aroha Tipene-Matua", "Aroha Tipene-Matua"),
        Q("“The law has changed three times in two years, and players are being asked to adjust in a split second,”",
          "direct", "she", "Aroha Tipene-Matua", speaker_at="second,” she said"),
        Q("that the Chiefs had 48 hours to lodge a formal appeal, which would be heard by an independent judicial "
          "officer in Sydney", "indirect", "SANZAAR", "SANZAAR", speaker_at="SANZAAR said"),
    ]),
]
