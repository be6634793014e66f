"""Blind gold, set 54: short news articles written once, never tuned on.

Wire copy and local papers from many countries and house styles (straight,
curly and British single quotes), with a wide range of names, titles and
ways of attributing speech. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind54-mackerel", """Norway, EU trade blame as mackerel quota talks collapse

OSLO, Dec 12 (Reuters) - Talks between Norway, the European Union and Britain on sharing the North-East Atlantic mackerel catch broke down on Thursday, with each side blaming the others for the failure.

"We came to Bergen ready to compromise, but we cannot accept a share that ignores where the fish actually are," Norwegian Fisheries Minister Kjersti Holm-Andersen told reporters after the final session.

The European Commission said in a statement that Norway's demands were "incompatible with the principle of sustainable management" and that it would seek to resume negotiations in the new year.

Mackerel have moved north in recent decades as the sea has warmed, giving Norway, Iceland and the Faroe Islands a case for a bigger share of the catch under the so-called "zonal attachment" method. The International Council for the Exploration of the Sea (ICES) advised in September that total catches should be cut by 22% next year.

"The science is very clear," said Pieter van der Berg, a policy adviser at the Pelagic Advisory Council, which represents fishing fleets and environmental groups. "Every year without a deal is a year in which the stock gets smaller."

An EU official, who spoke on condition of anonymity because the talks were confidential, said Brussels had offered to raise Norway's share by two percentage points. "That offer is still on the table," the official said.

Britain's Department for Environment, Food and Rural Affairs said it was "disappointed" by the outcome but would keep working with other coastal states.

Morag McIlwraith, chief executive of the Scottish Pelagic Fishermen's Association, said the breakdown was deeply frustrating for skippers who had already planned next season. "Our boats have been told to expect cuts for three years running, and for what?" she said.

Faroese Fisheries Minister Sjúrður í Túni told public broadcaster KVF that the islands would "set our own quota, as we always have".

According to the Norwegian Fishermen's Association, Norwegian vessels landed mackerel worth 9.4 billion crowns ($850 million) last year, making it the country's most valuable pelagic species.

Holm-Andersen said Oslo remained open to a deal. "Nobody wins from this," she said.

(Reporting by Ingrid Vatne and Lars Teigen; Editing by Philip Harlow)""", [
        Q('"We came to Bergen ready to compromise, but we cannot accept a share that ignores where the fish '
          'actually are,"', "direct", "Kjersti Holm-Andersen", "Kjersti Holm-Andersen"),
        Q('"incompatible with the principle of sustainable management"', "partial", "The European Commission",
          "European Commission"),
        Q("it would seek to resume negotiations in the new year", "indirect", "The European Commission",
          "European Commission"),
        Q("total catches should be cut by 22% next year", "indirect",
          "The International Council for the Exploration of the Sea",
          "International Council for the Exploration of the Sea"),
        Q('"The science is very clear,"', "direct", "Pieter van der Berg", "Pieter van der Berg"),
        Q('"Every year without a deal is a year in which the stock gets smaller."', "direct", "Pieter van der Berg",
          "Pieter van der Berg"),
        Q("Brussels had offered to raise Norway's share by two percentage points", "indirect", "An EU official",
          None),
        Q('"That offer is still on the table,"', "direct", "the official", None),
        Q('"disappointed"', "partial", "Britain's Department for Environment, Food and Rural Affairs",
          "Department for Environment, Food and Rural Affairs"),
        Q("would keep working with other coastal states", "indirect",
          "Britain's Department for Environment, Food and Rural Affairs",
          "Department for Environment, Food and Rural Affairs"),
        Q("the breakdown was deeply frustrating for skippers who had already planned next season", "indirect",
          "Morag McIlwraith", "Morag McIlwraith"),
        Q('"Our boats have been told to expect cuts for three years running, and for what?"', "direct", "she",
          "Morag McIlwraith", speaker_at='what?" she said'),
        Q('"set our own quota, as we always have"', "partial", "Sjúrður í Túni", "Sjúrður í Túni"),
        Q("Norwegian vessels landed mackerel worth 9.4 billion crowns ($850 million) last year, making it the "
          "country's most valuable pelagic species", "indirect", "the Norwegian Fishermen's Association",
          "Norwegian Fishermen's Association"),
        Q("Oslo remained open to a deal", "indirect", "Holm-Andersen", "Kjersti Holm-Andersen",
          speaker_at="Holm-Andersen said"),
        Q('"Nobody wins from this,"', "direct", "she", "Kjersti Holm-Andersen", speaker_at='this," she said'),
    ], source="blind"),
    Case("blind54-cholera", """Malawi raises cholera alert as cases climb in southern districts

LILONGWE, Jan. 16 (Xinhua) -- Malawi's Ministry of Health on Tuesday raised its cholera alert level after 214 new cases and nine deaths were recorded in the past week, most of them in the southern districts of Blantyre, Chikwawa and Nsanje.

In a statement, Secretary for Health Dr. Thokozani Mwale-Phiri said the outbreak had spread to 11 of the country's 29 districts since the first case was reported in November.

"The situation is worrying, especially as we are in the peak of the rainy season when flooding contaminates water sources," Mwale-Phiri said, adding that the ministry had deployed rapid response teams to all the affected districts.

According to the ministry, the cumulative number of cases stood at 1,386 with 41 deaths, a case fatality rate of about 3 percent, well above the World Health Organization (WHO) threshold of 1 percent.

The WHO Representative in Malawi, Fatoumata Diallo Sow, told Xinhua that the organization was supporting the government with oral cholera vaccines, treatment supplies and laboratory testing.

"We have already shipped 20 cholera kits, each of which can treat 100 patients, and more are on the way," she said.

Blantyre District Health Officer Chikondi Nkhoma said health surveillance assistants were going door to door in the city's high-density townships to trace contacts and distribute chlorine.

"Many people in the informal settlements still draw water from shallow wells, and some of those wells are contaminated," said Nkhoma.

Residents of Ndirande township, one of the worst-hit areas in Blantyre, said water from the municipal kiosks was often unavailable for days at a time.

"When the taps are dry, we have no choice but to use the stream," said Esnart Kachingwe, a mother of four who was treated for cholera last week.

More than 1,700 people died in Malawi's 2022-2023 outbreak, the worst the country had seen in two decades.

The ministry said people should boil or chlorinate drinking water, wash hands with soap and report to the nearest health facility at the first sign of diarrhoea. Enditem""", [
        Q("the outbreak had spread to 11 of the country's 29 districts since the first case was reported in November",
          "indirect", "Thokozani Mwale-Phiri", "Thokozani Mwale-Phiri"),
        Q('"The situation is worrying, especially as we are in the peak of the rainy season when flooding '
          'contaminates water sources,"', "direct", "Mwale-Phiri", "Thokozani Mwale-Phiri",
          speaker_at="Mwale-Phiri said, adding"),
        Q("the ministry had deployed rapid response teams to all the affected districts", "indirect", "Mwale-Phiri",
          "Thokozani Mwale-Phiri", speaker_at="Mwale-Phiri said, adding"),
        Q("the cumulative number of cases stood at 1,386 with 41 deaths, a case fatality rate of about 3 percent, "
          "well above the World Health Organization (WHO) threshold of 1 percent", "indirect", "the ministry",
          "Ministry of Health", speaker_at="According to the ministry"),
        Q("the organization was supporting the government with oral cholera vaccines, treatment supplies and "
          "laboratory testing", "indirect", "Fatoumata Diallo Sow", "Fatoumata Diallo Sow"),
        Q('"We have already shipped 20 cholera kits, each of which can treat 100 patients, and more are on the way,"',
          "direct", "she", "Fatoumata Diallo Sow", speaker_at='way," she said'),
        Q("health surveillance assistants were going door to door in the city's high-density townships to trace "
          "contacts and distribute chlorine", "indirect", "Chikondi Nkhoma", "Chikondi Nkhoma"),
        Q('"Many people in the informal settlements still draw water from shallow wells, and some of those wells are '
          'contaminated,"', "direct", "Nkhoma", "Chikondi Nkhoma", speaker_at="said Nkhoma"),
        Q("water from the municipal kiosks was often unavailable for days at a time", "indirect",
          "Residents of Ndirande township", None),
        Q('"When the taps are dry, we have no choice but to use the stream,"', "direct", "Esnart Kachingwe",
          "Esnart Kachingwe"),
        Q("people should boil or chlorinate drinking water, wash hands with soap and report to the nearest health "
          "facility at the first sign of diarrhoea", "indirect", "The ministry", "Ministry of Health",
          speaker_at="The ministry said people"),
    ], source="blind"),
    Case("blind54-cleaners", """Hospital cleaners walk out in pay row

Cleaners and porters at Hull Royal Infirmary and Castle Hill Hospital have begun a 48-hour strike in a row over pay, with union leaders warning of more walkouts before Christmas.

Around 180 members of the GMB union, who are employed by contractor Clearview Facilities Services, formed picket lines outside both hospitals from 6am on Tuesday, waving flags and sounding air horns at passing traffic on Anlaby Road.

“Our members keep these hospitals clean and safe, and they are being paid pennies above the minimum wage for it,” said GMB regional organiser Shaheen Akhtar. “They have had enough.”

Ms Akhtar said the contractor had offered a rise of 3.5 per cent, which members rejected by 91 per cent in a ballot last month.

Cleaner Tracey Dunn, 54, from Bransholme, who has worked at the infirmary for 17 years, said she now relied on a food bank at the end of most months.

“I never thought I’d see the day,” she said. “I work full time. I shouldn’t have to choose between heating and eating.”

A spokesperson for Clearview Facilities Services said the company was “disappointed” that the GMB had chosen to strike, adding that its offer was “fair and in line with the wider sector”.

“We have robust contingency plans in place and patients should not notice any difference to the service,” the spokesperson said.

Hull University Teaching Hospitals NHS Trust said appointments and operations would go ahead as planned.

Its chief operating officer, Michelle Thorne-Edwards, told the Mail: “Our priority is the safety of our patients, and we are working closely with Clearview to keep any disruption to a minimum.”

Orchard Park ward councillor Abdul Rahman Qureshi joined strikers on the picket line on Tuesday morning and brought them bacon sandwiches.

“The trust can’t wash its hands of this. These people work in our hospitals, whoever signs their payslips,” he said.

Further strike dates have been pencilled in for December 12 and 13, according to the union.""", [
        Q("“Our members keep these hospitals clean and safe, and they are being paid pennies above the minimum wage "
          "for it,”", "direct", "Shaheen Akhtar", "Shaheen Akhtar"),
        Q("“They have had enough.”", "direct", "Shaheen Akhtar", "Shaheen Akhtar"),
        Q("the contractor had offered a rise of 3.5 per cent, which members rejected by 91 per cent in a ballot last "
          "month", "indirect", "Akhtar", "Shaheen Akhtar", speaker_at="Ms Akhtar said"),
        Q("she now relied on a food bank at the end of most months", "indirect", "Tracey Dunn", "Tracey Dunn"),
        Q("“I never thought I’d see the day,”", "direct", "she", "Tracey Dunn", speaker_at="day,” she said"),
        Q("“I work full time. I shouldn’t have to choose between heating and eating.”", "direct", "she",
          "Tracey Dunn", speaker_at="day,” she said"),
        Q("“disappointed”", "partial", "A spokesperson for Clearview Facilities Services", None),
        Q("“fair and in line with the wider sector”", "partial", "A spokesperson for Clearview Facilities Services",
          None),
        Q("“We have robust contingency plans in place and patients should not notice any difference to the "
          "service,”", "direct", "the spokesperson", None),
        Q("appointments and operations would go ahead as planned", "indirect",
          "Hull University Teaching Hospitals NHS Trust", "Hull University Teaching Hospitals NHS Trust"),
        Q("“Our priority is the safety of our patients, and we are working closely with Clearview to keep any "
          "disruption to a minimum.”", "direct", "Michelle Thorne-Edwards", "Michelle Thorne-Edwards"),
        Q("“The trust can’t wash its hands of this. These people work in our hospitals, whoever signs their "
          "payslips,”", "direct", "he", "Abdul Rahman Qureshi", speaker_at="payslips,” he said"),
        Q("Further strike dates have been pencilled in for December 12 and 13", "indirect", "the union", "GMB",
          speaker_at="according to the union"),
    ], source="blind"),
    Case("blind54-saltwives", """Whithorn author's debut novel launched to packed audience

A Whithorn author whose first novel is set among the fishing families of the Machars launched the book to a packed audience in Wigtown on Saturday.

Catriona MacLeod-Gibb's 'The Salt Wives' follows three generations of women in the Isle of Whithorn from the 1920s to the closure of the last herring curing yard in the village.

Speaking at ReadingLasses bookshop, Mrs MacLeod-Gibb said the idea had come from listening to her grandmother's stories as a child.

'She used to sit at the kitchen window and name every boat that came round the point,' she said. 'I wanted to write down those voices before they were lost.'

The 62-year-old, a retired primary teacher, spent six years on the book, writing mostly in the early mornings before her grandchildren arrived. She described the process as 'a long, slow haul, a bit like the nets'.

The novel is published by Lamlash Press. Its publisher, Euan de Vries, told the Gazette that advance orders had already outstripped the first print run of 2,000 copies.

'It's rare for a debut to take off like this,' he said. 'People in Galloway have been waiting a long time for someone to tell this story.'

Among those at the launch was local historian Rev Alasdair Kerr-Mathieson, who said many of the incidents in the book were rooted in fact. According to Mr Kerr-Mathieson, the 1937 storm described in the novel's central chapter claimed four boats and eleven men from the village.

Wigtown Book Festival programme director Siobhan Ferguson said the novel would feature at this year's festival in September, calling it 'one of the most assured debuts we've read in years'.

The book's cover features a painting of Isle of Whithorn harbour by Kirkcudbright artist Lorna Maxwell, which the author said 'captures the light on the bay exactly'.

Locals who attended described the evening as 'a real celebration' of the area, and the shop sold out of signed copies within an hour.

'The Salt Wives' is available from local bookshops, priced £9.99.""", [
        Q("the idea had come from listening to her grandmother's stories as a child", "indirect", "MacLeod-Gibb",
          "Catriona MacLeod-Gibb", speaker_at="Mrs MacLeod-Gibb said"),
        Q("'She used to sit at the kitchen window and name every boat that came round the point,'", "direct", "she",
          "Catriona MacLeod-Gibb", speaker_at="point,' she said"),
        Q("'I wanted to write down those voices before they were lost.'", "direct", "she", "Catriona MacLeod-Gibb",
          speaker_at="point,' she said"),
        Q("'a long, slow haul, a bit like the nets'", "partial", "She", "Catriona MacLeod-Gibb",
          speaker_at="She described"),
        Q("advance orders had already outstripped the first print run of 2,000 copies", "indirect", "Euan de Vries",
          "Euan de Vries"),
        Q("'It's rare for a debut to take off like this,'", "direct", "he", "Euan de Vries",
          speaker_at="this,' he said"),
        Q("'People in Galloway have been waiting a long time for someone to tell this story.'", "direct", "he",
          "Euan de Vries", speaker_at="this,' he said"),
        Q("many of the incidents in the book were rooted in fact", "indirect", "Alasdair Kerr-Mathieson",
          "Alasdair Kerr-Mathieson"),
        Q("the 1937 storm described in the novel's central chapter claimed four boats and eleven men from the village",
          "indirect", "Kerr-Mathieson", "Alasdair Kerr-Mathieson", speaker_at="According to Mr Kerr-Mathieson"),
        Q("the novel would feature at this year's festival in September", "indirect", "Siobhan Ferguson",
          "Siobhan Ferguson"),
        Q("'one of the most assured debuts we've read in years'", "partial", "Siobhan Ferguson", "Siobhan Ferguson"),
        Q("'captures the light on the bay exactly'", "partial", "the author", "Catriona MacLeod-Gibb"),
        Q("'a real celebration'", "partial", "Locals who attended", None),
    ], source="blind"),
    Case("blind54-nurse", """Tributes paid to Belmullet nurse who served Erris for four decades

Tributes have been paid across Erris following the death of Bríd Ní Mhaoláin, the retired public health nurse who cared for generations of families on the Mullet peninsula.

Bríd, who was 86, died peacefully at Belmullet Community Nursing Unit on Sunday last, surrounded by her family.

A native of Ballycroy, she trained at the Mater Hospital in Dublin and worked in London for several years before returning to Mayo in 1963 to take up the post of district nurse in Belmullet. She retired in 2004. Known to everyone on the peninsula simply as “Nurse Bríd”, she was a familiar sight on the roads of Erris in all weathers.

According to her family, she helped deliver more than 600 babies during her career, many of them at home.

Her son, Fr Seán Ó Maoláin, who was chief celebrant at her funeral Mass in St Brendan’s Church on Wednesday, said his mother had never seen nursing as a job. “It was a vocation for her, and the whole of Erris was her ward,” he told the congregation.

Former colleague Nuala McAndrew-Walsh, who worked alongside her at the Belmullet health centre for over 20 years, remembered a woman who never turned anyone away. “She would head out the bog roads at two in the morning in a Morris Minor with no heater, and she never once complained.

“If there was a baby coming in Blacksod or an old man poorly in Binghamstown, she was there. People trusted her completely, and with good reason.”

Local councillor Gerry Loftus described her as “a pillar of the community” and said the county council would consider a permanent memorial at the health centre.

In a statement, the Health Service Executive said Bríd had “set the standard for community nursing in the west of Ireland” and extended its sympathies to her family and former colleagues.

Bríd was predeceased by her husband Pádraig and her brother Tomás. She is survived by her sons Fr Seán and Mícheál, daughter Orla, sisters Máire and Nora, grandchildren, extended family and a wide circle of friends.

Burial took place afterwards in Cross Abbey Cemetery, where a guard of honour was formed by nurses from Belmullet District Hospital.""", [
        Q("she helped deliver more than 600 babies during her career, many of them at home", "indirect",
          "her family", None, speaker_at="According to her family"),
        Q("his mother had never seen nursing as a job", "indirect", "Seán Ó Maoláin", "Seán Ó Maoláin"),
        Q("“It was a vocation for her, and the whole of Erris was her ward,”", "direct", "he", "Seán Ó Maoláin",
          speaker_at="he told the congregation"),
        Q("“She would head out the bog roads at two in the morning in a Morris Minor with no heater, and she never "
          "once complained.", "direct", "Nuala McAndrew-Walsh", "Nuala McAndrew-Walsh"),
        Q("“If there was a baby coming in Blacksod or an old man poorly in Binghamstown, she was there. People "
          "trusted her completely, and with good reason.”", "direct", "Nuala McAndrew-Walsh",
          "Nuala McAndrew-Walsh"),
        Q("“a pillar of the community”", "partial", "Gerry Loftus", "Gerry Loftus"),
        Q("the county council would consider a permanent memorial at the health centre", "indirect", "Gerry Loftus",
          "Gerry Loftus"),
        Q("“set the standard for community nursing in the west of Ireland”", "partial",
          "the Health Service Executive", "Health Service Executive"),
    ], source="blind"),
    Case("blind54-bushfire", """Emergency warning as bushfire bears down on Buninyong

Residents of Buninyong, Scotsburn and Mount Helen were told to leave immediately on Tuesday afternoon as a fast-moving bushfire jumped containment lines south of Ballarat.

The fire, which started in the Enfield State Park about 1pm, had burnt more than 850 hectares by 6pm, according to the Country Fire Authority.

"Conditions this afternoon have been about as bad as they get, with temperatures in the high 30s and a strong northerly pushing the fire towards town," incident controller Mark Ferraro said at the Ballarat incident control centre.

"If you are in the warning area and you have not already left, it is now too late to leave safely. Shelter in a solid building away from the fire front."

Ferraro said about 70 fire trucks and 12 aircraft, including a large air tanker from Avalon, were working on the blaze, but that crews had been pulled back from the eastern flank for their own safety.

Emergency Services Minister Vicki Kalogeropoulos told ABC Radio Ballarat the government had activated emergency relief payments for residents forced from their homes.

"This is a frightening night for a lot of families, and I want them to know we will be there for them," the minister said.

City of Ballarat mayor Tessa Kirkwood-Lee said a relief centre had been opened at the Ballarat Showgrounds and that pets were welcome.

Buninyong resident Anh Nguyen, who left with her two children and three dogs, said the smoke turned the sky "completely black" within minutes.

"We packed the car in ten minutes. I grabbed the photos and the kids' school bags and that was it," she said.

Others chose to stay. One Scotsburn farmer, who did not want to be named, said he had spent the afternoon hosing down his sheds and would defend the property "as long as the water lasts".

The Bureau of Meteorology said a cool change was expected to reach Ballarat about 10pm but warned it could bring erratic wind gusts of up to 70km/h.

The Department of Education said 14 schools in the area would be closed on Wednesday.

More than 3000 Powercor customers were without electricity across the district on Tuesday night.""", [
        Q("The fire, which started in the Enfield State Park about 1pm, had burnt more than 850 hectares by 6pm",
          "indirect", "the Country Fire Authority", "Country Fire Authority"),
        Q('"Conditions this afternoon have been about as bad as they get, with temperatures in the high 30s and a '
          'strong northerly pushing the fire towards town,"', "direct", "Mark Ferraro", "Mark Ferraro"),
        Q('"If you are in the warning area and you have not already left, it is now too late to leave safely. '
          'Shelter in a solid building away from the fire front."', "direct", "Mark Ferraro", "Mark Ferraro"),
        Q("about 70 fire trucks and 12 aircraft, including a large air tanker from Avalon, were working on the blaze, "
          "but that crews had been pulled back from the eastern flank for their own safety", "indirect", "Ferraro",
          "Mark Ferraro", speaker_at="Ferraro said about"),
        Q("the government had activated emergency relief payments for residents forced from their homes", "indirect",
          "Vicki Kalogeropoulos", "Vicki Kalogeropoulos"),
        Q('"This is a frightening night for a lot of families, and I want them to know we will be there for them,"',
          "direct", "the minister", "Vicki Kalogeropoulos"),
        Q("a relief centre had been opened at the Ballarat Showgrounds and that pets were welcome", "indirect",
          "Tessa Kirkwood-Lee", "Tessa Kirkwood-Lee"),
        Q('"completely black"', "partial", "Anh Nguyen", "Anh Nguyen"),
        Q('"We packed the car in ten minutes. I grabbed the photos and the kids\' school bags and that was it,"',
          "direct", "she", "Anh Nguyen", speaker_at='it," she said'),
        Q("he had spent the afternoon hosing down his sheds", "indirect", "One Scotsburn farmer", None),
        Q('"as long as the water lasts"', "partial", "One Scotsburn farmer", None),
        Q("a cool change was expected to reach Ballarat about 10pm", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("it could bring erratic wind gusts of up to 70km/h", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("14 schools in the area would be closed on Wednesday", "indirect", "The Department of Education",
          "Department of Education"),
    ], source="blind"),
    Case("blind54-derby", """Coast snatch derby at the death

Ngati Porou East Coast broke Poverty Bay hearts at Rugby Park on Saturday, first five-eighth Tama Wharehinga landing a 40-metre penalty after the fulltime hooter to win the Heartland Championship derby 24-22.

It was a cruel finish for a Poverty Bay side that had led 22-14 with ten minutes to play, thanks to two tries from winger Kahu Rangihuna and a near-faultless kicking display from fullback Sione Fifita.

East Coast hit back through replacement hooker Matiu Parata, who burrowed over from a lineout drive in the 74th minute, and Wharehinga’s conversion left them one point behind before a late penalty gave him the chance to win it.

“I just tried to keep my head down and hit it sweet,” Wharehinga said afterwards. “The boys had done all the hard work to get us there.”

East Coast coach Hone Walker admitted his side had been “second best for an hour”.

“But they kept believing, and that’s all you can ask of them,” he said.

Poverty Bay coach Siaosi Vaipulu did not hide his disappointment.

“We had that game won. We gave away a soft penalty at the end and you can’t do that against a side like the Coast,” he said.

He added that lock Jayden Brown-Kereama would be assessed on Monday after leaving the field with a shoulder injury in the 55th minute.

Poverty Bay captain Ezra Pohatu told the Herald the team would “park it and move on”, with a Lochore Cup semifinal place still within reach.

The Poverty Bay Rugby Football Union said the crowd of about 3500 was the biggest at Rugby Park in more than a decade.

It was the first of two “Tairāwhiti derbies” this season, with the return match at Whakarua Park in Ruatoria on September 21.

Poverty Bay 22 (Kahu Rangihuna 2 tries; Sione Fifita 3 pen, 1 con) East Coast 24 (Matiu Parata, Rawiri Keelan tries; Tama Wharehinga 4 pen, 1 con). HT: 12-11.""", [
        Q("“I just tried to keep my head down and hit it sweet,”", "direct", "Wharehinga", "Tama Wharehinga",
          speaker_at="Wharehinga said"),
        Q("“The boys had done all the hard work to get us there.”", "direct", "Wharehinga", "Tama Wharehinga",
          speaker_at="Wharehinga said"),
        Q("“second best for an hour”", "partial", "Hone Walker", "Hone Walker"),
        Q("“But they kept believing, and that’s all you can ask of them,”", "direct", "he", "Hone Walker",
          speaker_at="them,” he said"),
        Q("“We had that game won. We gave away a soft penalty at the end and you can’t do that against a side like "
          "the Coast,”", "direct", "he", "Siaosi Vaipulu", speaker_at="Coast,” he said"),
        Q("lock Jayden Brown-Kereama would be assessed on Monday after leaving the field with a shoulder injury in "
          "the 55th minute", "indirect", "He", "Siaosi Vaipulu", speaker_at="He added"),
        Q("“park it and move on”", "partial", "Ezra Pohatu", "Ezra Pohatu"),
        Q("the crowd of about 3500 was the biggest at Rugby Park in more than a decade", "indirect",
          "The Poverty Bay Rugby Football Union", "Poverty Bay Rugby Football Union"),
    ], source="blind"),
    Case("blind54-kidnap", """Kidnap trial: Trader tells court of 11 days in captivity

A businesswoman who was kidnapped from her hardware shop in Nansana in 2022 yesterday told the High Court in Kampala that her captors kept her blindfolded in a tiny room and fed her once a day.

Ms Harriet Nakato, 41, was testifying in the trial of four men accused of kidnapping with intent to murder and aggravated robbery. The accused, Ronald Ssemakula, Ibrahim Kato alias “Tall”, Moses Odongo and Abdul Karim bin Hamisi, have denied the charges.

“They told me that if my family went to police, they would send my finger in an envelope,” Ms Nakato told Justice Irene Akello-Nyangoma, breaking down several times during her testimony.

She said the kidnappers demanded Shs200 million from her husband, who eventually paid Shs45 million through mobile money before she was dumped at a roadside in Mityana District.

Under cross-examination by defence lawyer Geoffrey Turyamusiima, Ms Nakato insisted she had recognised Mr Ssemakula’s voice.

“I had sold him cement for three years. I know that voice,” she said.

Mr Turyamusiima told court that his client had been in Masaka at the time and described the identification evidence as “weak and contradictory”.

Senior State Attorney Lillian Omara told the court the prosecution intends to call 14 witnesses, including two officials from a telecom company and a police forensic expert.

Justice Akello-Nyangoma adjourned the case to March 4. The accused were remanded to Luzira prison.

The case has attracted interest among traders in Wakiso District, several of whom packed the public gallery yesterday. Mr Kasirye Mubarak, the chairperson of the Nansana traders’ association, said business owners in the area now hire private guards to escort them home in the evening.

Kampala Metropolitan Police spokesperson Juliet Nabukenya-Mugisha said 37 kidnap cases were reported in the metropolitan area last year, down from 52 in 2022.

“Most of these are committed by people known to the victims, such as business partners and former employees,” she said.""", [
        Q("her captors kept her blindfolded in a tiny room and fed her once a day", "indirect", "A businesswoman",
          "Harriet Nakato"),
        Q("“They told me that if my family went to police, they would send my finger in an envelope,”", "direct",
          "Nakato", "Harriet Nakato", speaker_at="Ms Nakato told Justice"),
        Q("the kidnappers demanded Shs200 million from her husband, who eventually paid Shs45 million through mobile "
          "money before she was dumped at a roadside in Mityana District", "indirect", "She", "Harriet Nakato",
          speaker_at="She said the kidnappers"),
        Q("she had recognised Mr Ssemakula’s voice", "indirect", "Nakato", "Harriet Nakato",
          speaker_at="Ms Nakato insisted"),
        Q("“I had sold him cement for three years. I know that voice,”", "direct", "she", "Harriet Nakato",
          speaker_at="voice,” she said"),
        Q("his client had been in Masaka at the time", "indirect", "Turyamusiima", "Geoffrey Turyamusiima",
          speaker_at="Mr Turyamusiima told court"),
        Q("“weak and contradictory”", "partial", "Turyamusiima", "Geoffrey Turyamusiima",
          speaker_at="Mr Turyamusiima told court"),
        Q("the prosecution intends to call 14 witnesses, including two officials from a telecom company and a police "
          "forensic expert", "indirect", "Lillian Omara", "Lillian Omara"),
        Q("business owners in the area now hire private guards to escort them home in the evening", "indirect",
          "Kasirye Mubarak", "Kasirye Mubarak"),
        Q("37 kidnap cases were reported in the metropolitan area last year, down from 52 in 2022", "indirect",
          "Juliet Nabukenya-Mugisha", "Juliet Nabukenya-Mugisha"),
        Q("“Most of these are committed by people known to the victims, such as business partners and former "
          "employees,”", "direct", "she", "Juliet Nabukenya-Mugisha", speaker_at="employees,” she said"),
    ], source="blind"),
    Case("blind54-meningitis", """Meningitis: NCDC issues alert as deaths hit 87 in North-West

The Nigeria Centre for Disease Control and Prevention (NCDC) has issued a public health advisory following a surge in cerebrospinal meningitis (CSM) cases in parts of the North-West, with at least 87 deaths recorded since January.

In the advisory signed by its Director-General, Dr Aminu Garba Lawal, the agency said 1,142 suspected cases had been reported from 19 local government areas in Sokoto, Kebbi, Katsina and Zamfara states as of Sunday.

"The meningitis season is at its peak, and we expect more cases until the rains come in May. We urge parents not to wait before taking a child with fever and a stiff neck to the hospital," Dr Lawal said.

He said the centre had activated its national Emergency Operations Centre and deployed rapid response teams to the four states.

According to the NCDC, the disease is spread through respiratory droplets and close contact, while overcrowding and the hot, dusty harmattan weather increase the risk of transmission.

In Sokoto, the state Commissioner for Health, Hajiya Fatima Bello Dogondaji, told Daily Trust on Monday that the state had received 45,000 doses of vaccine from the federal government and would begin a reactive vaccination campaign in Tangaza and Gudu LGAs this week.

"We have also set up isolation wards in all the general hospitals in the affected areas, and treatment is free," she said.

In neighbouring Kebbi, the Executive Secretary of the State Primary Health Care Development Agency, Dr Abubakar Muhammad Kangiwa, described the situation as "worrying but under control".

A resident of Tangaza, Malam Bashir Abubakar, said three children in his compound had died within a week.

"We thought it was ordinary malaria at first," he said. "By the time we took them to the hospital in Sokoto, it was too late."

A World Health Organization (WHO) official in Abuja, who spoke on condition of anonymity because he was not authorised to speak to the press, said the agency was helping to secure additional vaccines through the International Coordinating Group on Vaccine Provision.

Nigeria lies within the African meningitis belt, which stretches from Senegal in the west to Ethiopia in the east, and outbreaks are common between December and June.""", [
        Q("1,142 suspected cases had been reported from 19 local government areas in Sokoto, Kebbi, Katsina and "
          "Zamfara states as of Sunday", "indirect", "the agency", "Nigeria Centre for Disease Control and Prevention",
          speaker_at="the agency said 1,142"),
        Q('"The meningitis season is at its peak, and we expect more cases until the rains come in May. We urge '
          'parents not to wait before taking a child with fever and a stiff neck to the hospital,"', "direct",
          "Lawal", "Aminu Garba Lawal", speaker_at="Dr Lawal said"),
        Q("the centre had activated its national Emergency Operations Centre and deployed rapid response teams to the "
          "four states", "indirect", "He", "Aminu Garba Lawal", speaker_at="He said the centre"),
        Q("the disease is spread through respiratory droplets and close contact, while overcrowding and the hot, dusty "
          "harmattan weather increase the risk of transmission", "indirect", "the NCDC",
          "Nigeria Centre for Disease Control and Prevention", speaker_at="According to the NCDC"),
        Q("the state had received 45,000 doses of vaccine from the federal government and would begin a reactive "
          "vaccination campaign in Tangaza and Gudu LGAs this week", "indirect", "Fatima Bello Dogondaji",
          "Fatima Bello Dogondaji"),
        Q('"We have also set up isolation wards in all the general hospitals in the affected areas, and treatment is '
          'free,"', "direct", "she", "Fatima Bello Dogondaji", speaker_at='free," she said'),
        Q('"worrying but under control"', "partial", "Abubakar Muhammad Kangiwa", "Abubakar Muhammad Kangiwa"),
        Q("three children in his compound had died within a week", "indirect", "Bashir Abubakar", "Bashir Abubakar"),
        Q('"We thought it was ordinary malaria at first,"', "direct", "he", "Bashir Abubakar",
          speaker_at='first," he said'),
        Q('"By the time we took them to the hospital in Sokoto, it was too late."', "direct", "he", "Bashir Abubakar",
          speaker_at='first," he said'),
        Q("the agency was helping to secure additional vaccines through the International Coordinating Group on "
          "Vaccine Provision", "indirect", "A World Health Organization (WHO) official in Abuja", None),
    ], source="blind"),
    Case("blind54-byelection", """IFP wrests Inanda ward from ANC in tight by-election

The Inkatha Freedom Party has won a by-election in eThekwini’s ward 106, taking the seat from the ANC by just 143 votes in a contest both parties had treated as a test of strength ahead of next year’s local government elections.

IFP candidate Thulani Mthembu won 2 411 votes to the ANC’s 2 268, according to the Electoral Commission of South Africa, which released the results early on Thursday. The EFF came third with 602 votes and the DA fourth with 311.

Turnout was 38%, the IEC said.

Mthembu, a 44-year-old former school principal, told cheering supporters outside the municipal offices: “This is not my victory. This is a victory for every mother in this ward who has walked to a standpipe for water.”

Water outages dominated the campaign. Several residents of the ward’s informal settlements told The Mercury their taps had been dry for weeks at a time over the past year.

ANC eThekwini regional spokesperson Sanele Mbatha conceded that the party had “taken its eye off the ball” in the ward, but insisted the result was “not a referendum on the ANC in eThekwini”.

“Our voters stayed at home. That is the message we are taking from this, and we will be back on the ground from tomorrow,” Mbatha said.

IFP eThekwini chairperson Bonginkosi Dlamini-Khumalo said the win showed the party could compete in the city’s townships and not only in rural KwaZulu-Natal.

DA candidate Ryan van Rooyen said the party had almost doubled its vote in the ward since 2021.

University of KwaZulu-Natal political analyst Prof Nirmala Govender-Pillay said by-elections were a poor guide to general elections, but that the ANC should be worried by the pattern.

“The ANC cannot keep blaming voters for staying away,” she said, “when the reason people stay away is that nothing changes between one election and the next.”

Mthembu will be sworn in at the next full council sitting on March 27.""", [
        Q("IFP candidate Thulani Mthembu won 2 411 votes to the ANC’s 2 268", "indirect",
          "the Electoral Commission of South Africa", "Electoral Commission of South Africa"),
        Q("Turnout was 38%", "indirect", "the IEC", "Electoral Commission of South Africa"),
        Q("“This is not my victory. This is a victory for every mother in this ward who has walked to a standpipe for "
          "water.”", "direct", "Mthembu", "Thulani Mthembu", speaker_at="Mthembu, a 44-year-old"),
        Q("their taps had been dry for weeks at a time over the past year", "indirect",
          "Several residents of the ward’s informal settlements", None),
        Q("“taken its eye off the ball”", "partial", "Sanele Mbatha", "Sanele Mbatha"),
        Q("“not a referendum on the ANC in eThekwini”", "partial", "Sanele Mbatha", "Sanele Mbatha"),
        Q("“Our voters stayed at home. That is the message we are taking from this, and we will be back on the ground "
          "from tomorrow,”", "direct", "Mbatha", "Sanele Mbatha", speaker_at="Mbatha said"),
        Q("the win showed the party could compete in the city’s townships and not only in rural KwaZulu-Natal",
          "indirect", "Bonginkosi Dlamini-Khumalo", "Bonginkosi Dlamini-Khumalo"),
        Q("the party had almost doubled its vote in the ward since 2021", "indirect", "Ryan van Rooyen",
          "Ryan van Rooyen"),
        Q("by-elections were a poor guide to general elections, but that the ANC should be worried by the pattern",
          "indirect", "Nirmala Govender-Pillay", "Nirmala Govender-Pillay"),
        Q("“The ANC cannot keep blaming voters for staying away,”", "direct", "she", "Nirmala Govender-Pillay",
          speaker_at="she said"),
        Q("“when the reason people stay away is that nothing changes between one election and the next.”", "direct",
          "she", "Nirmala Govender-Pillay", speaker_at="she said"),
    ], source="blind"),
    Case("blind54-fertiliser", """Agrifert revenue up 34% on Pfumvudza orders

FERTILISER manufacturer Agrifert Holdings Limited has reported a 34% rise in revenue to US$96,4 million for the year ended September 30, 2024, driven by government orders under the Pfumvudza/Intwasa conservation farming programme and a recovery in tobacco hectarage.

Profit after tax rose to US$7,1 million from US$3,8 million in the prior year, and the board declared a final dividend of US0,85 cents per share.

In a statement accompanying the results, board chairperson Rudo Makoni-Sibanda said the group had "navigated a difficult operating environment marked by currency volatility, power outages and late payments".

Chief executive officer Tendai Chikwanha told businessdigest that the company had run its Msasa ammonium nitrate plant at 68% capacity during the year, up from 52%, after securing a dedicated power line from the Zimbabwe Electricity Supply Authority.

"Power has been the single biggest constraint on this business for a decade. Once we had reliable supply, the numbers followed," Chikwanha said.

He, however, warned that the group was owed about US$18 million by government for fertiliser supplied under Pfumvudza.

"We are engaging Treasury on a payment plan, but the arrears are putting serious pressure on our working capital," he said.

A Treasury official, who declined to be named as he was not authorised to speak on the matter, said government had cleared about a third of its arrears to input suppliers and would settle the balance "in the coming months".

The group said it would spend US$12 million over the next two years on a new granulation line, which would allow it to produce compound fertilisers currently imported from South Africa.

Kudzai Moyo, an equities analyst at Harare-based Aurum Capital, said the results were ahead of market expectations but cautioned that the El Niño-induced drought could depress fertiliser demand in the coming season.

"The fundamentals are improving," Moyo said, "but government arrears remain the elephant in the room for every input supplier on the ZSE."

Agrifert shares closed at ZiG4,20 on the Zimbabwe Stock Exchange on Wednesday, up 6% on the day.""", [
        Q('"navigated a difficult operating environment marked by currency volatility, power outages and late '
          'payments"', "partial", "Rudo Makoni-Sibanda", "Rudo Makoni-Sibanda"),
        Q("the company had run its Msasa ammonium nitrate plant at 68% capacity during the year, up from 52%, after "
          "securing a dedicated power line from the Zimbabwe Electricity Supply Authority", "indirect",
          "Tendai Chikwanha", "Tendai Chikwanha"),
        Q('"Power has been the single biggest constraint on this business for a decade. Once we had reliable supply, '
          'the numbers followed,"', "direct", "Chikwanha", "Tendai Chikwanha", speaker_at="Chikwanha said"),
        Q("the group was owed about US$18 million by government for fertiliser supplied under Pfumvudza", "indirect",
          "He", "Tendai Chikwanha", speaker_at="He, however, warned"),
        Q('"We are engaging Treasury on a payment plan, but the arrears are putting serious pressure on our working '
          'capital,"', "direct", "he", "Tendai Chikwanha", speaker_at='capital," he said'),
        Q("government had cleared about a third of its arrears to input suppliers", "indirect", "A Treasury official",
          None),
        Q('"in the coming months"', "partial", "A Treasury official", None),
        Q("it would spend US$12 million over the next two years on a new granulation line, which would allow it to "
          "produce compound fertilisers currently imported from South Africa", "indirect", "The group",
          "Agrifert Holdings Limited", speaker_at="The group said"),
        Q("the results were ahead of market expectations", "indirect", "Kudzai Moyo", "Kudzai Moyo"),
        Q("the El Niño-induced drought could depress fertiliser demand in the coming season", "indirect",
          "Kudzai Moyo", "Kudzai Moyo"),
        Q('"The fundamentals are improving,"', "direct", "Moyo", "Kudzai Moyo", speaker_at="Moyo said"),
        Q('"but government arrears remain the elephant in the room for every input supplier on the ZSE."', "direct",
          "Moyo", "Kudzai Moyo", speaker_at="Moyo said"),
    ], source="blind"),
    Case("blind54-polo", """Al Wajba clinch Qatar Open Polo Cup in extra chukka

DOHA: Al Wajba Polo beat Falcons 11-10 in an extra chukka to lift the Qatar Open Polo Cup at the Al Shahaniya polo grounds on Saturday, in front of a capacity crowd.

Argentine eight-goaler Juan Martín de la Serna struck the decisive goal two minutes into the extra period, after Falcons had come back from four goals down to level the match at 10-10 in the final seconds of the sixth chukka.

"We were under pressure all afternoon, but we never stopped believing," de la Serna told The Peninsula after the trophy presentation. "The horses were magnificent. They are the real champions today."

Team patron Sheikh Mohammed bin Faisal Al Thani, who played at No. 1 and scored twice, dedicated the title to the team's grooms and veterinary staff.

"This is a very special win for us, in front of our families and our friends," said Sheikh Mohammed. "Without the people who look after the horses every day, none of this would be possible."

Falcons' patron Ali Rashid Al Kuwari said his team had "left everything on the field" and congratulated the winners on a deserved victory.

His Argentine teammate Tomás Garrahan-Díaz, who scored six goals, was less diplomatic. He said an umpiring decision in the fifth chukka, when a Falcons goal was ruled out for a foul, had cost his side the title.

According to the Qatar Equestrian Federation, more than 4,000 spectators attended the tournament over nine days, a record for the event.

Tournament director Nasser Abdulla Al Mohannadi said next year's edition would be expanded from six to eight teams.

"We have had requests from teams in the UK, Argentina and Pakistan, which shows how far polo in Qatar has come," he said.

The tournament, now in its fifth year, is played on a 22-goal handicap and forms part of the Qatar winter sports calendar, which runs until April.""", [
        Q('"We were under pressure all afternoon, but we never stopped believing,"', "direct", "de la Serna",
          "Juan Martín de la Serna", speaker_at="de la Serna told"),
        Q('"The horses were magnificent. They are the real champions today."', "direct", "de la Serna",
          "Juan Martín de la Serna", speaker_at="de la Serna told"),
        Q('"This is a very special win for us, in front of our families and our friends,"', "direct", "Mohammed",
          "Mohammed bin Faisal Al Thani", speaker_at="said Sheikh Mohammed"),
        Q('"Without the people who look after the horses every day, none of this would be possible."', "direct",
          "Mohammed", "Mohammed bin Faisal Al Thani", speaker_at="said Sheikh Mohammed"),
        Q('"left everything on the field"', "partial", "Ali Rashid Al Kuwari", "Ali Rashid Al Kuwari"),
        Q("an umpiring decision in the fifth chukka, when a Falcons goal was ruled out for a foul, had cost his side "
          "the title", "indirect", "He", "Tomás Garrahan-Díaz", speaker_at="He said an umpiring"),
        Q("more than 4,000 spectators attended the tournament over nine days, a record for the event", "indirect",
          "the Qatar Equestrian Federation", "Qatar Equestrian Federation"),
        Q("next year's edition would be expanded from six to eight teams", "indirect", "Nasser Abdulla Al Mohannadi",
          "Nasser Abdulla Al Mohannadi"),
        Q('"We have had requests from teams in the UK, Argentina and Pakistan, which shows how far polo in Qatar has '
          'come,"', "direct", "he", "Nasser Abdulla Al Mohannadi", speaker_at='come," he said'),
    ], source="blind"),
    Case("blind54-pharmacy", """Farmasi Sejahtera 2Q net profit up 21% on new outlets

KUALA LUMPUR (Aug 28): Community pharmacy chain Farmasi Sejahtera Bhd’s net profit rose 21% to RM18.6 million in the second quarter ended June 30, 2024 (2QFY2024), from RM15.4 million a year earlier, helped by contributions from 38 new outlets and higher sales of chronic disease medication.

Revenue for the quarter grew 14.2% to RM412.3 million from RM361 million, the group said in a filing with Bursa Malaysia on Wednesday.

For the first half, net profit increased 18.7% to RM35.9 million, while revenue climbed 13.5% to RM808.4 million.

The group declared an interim dividend of 1.5 sen per share, payable on Oct 4.

Group managing director Datuk Ng Chee Keong said the group was on track to reach its target of 450 outlets by the end of 2025, from 386 currently.

“Demand for chronic disease medication continues to grow as Malaysia’s population ages, and our pharmacists are increasingly the first point of contact for patients,” Ng said in a statement.

He added that the group remained cautious on the second half, citing higher operating costs and the government’s plan to require price displays for medicines at private clinics and pharmacies.

At a briefing with analysts, chief financial officer Nurul Ain binti Abdul Rahman said the group had set aside RM60 million in capital expenditure for the year, “mostly for new stores and a second distribution centre in Johor”.

In a note to clients, Amanah Investment Research said the results were in line with expectations and kept its target price of RM1.32 on the stock.

Analyst Chew Mei Ling, who covers the consumer sector at the research house, said margin expansion in the quarter was “better than we had feared” given the higher wage bill following the minimum wage revision.

“We think the market is still underestimating the ageing-population theme,” Chew wrote.

Shares in Farmasi Sejahtera closed unchanged at RM1.08 on Wednesday, giving the group a market capitalisation of RM1.84 billion.""", [
        Q("Revenue for the quarter grew 14.2% to RM412.3 million from RM361 million", "indirect", "the group",
          "Farmasi Sejahtera Bhd", speaker_at="the group said in a filing"),
        Q("the group was on track to reach its target of 450 outlets by the end of 2025, from 386 currently",
          "indirect", "Ng Chee Keong", "Ng Chee Keong"),
        Q("“Demand for chronic disease medication continues to grow as Malaysia’s population ages, and our "
          "pharmacists are increasingly the first point of contact for patients,”", "direct", "Ng", "Ng Chee Keong",
          speaker_at="Ng said in a statement"),
        Q("the group remained cautious on the second half", "indirect", "He", "Ng Chee Keong", speaker_at="He added"),
        Q("the group had set aside RM60 million in capital expenditure for the year", "indirect",
          "Nurul Ain binti Abdul Rahman", "Nurul Ain binti Abdul Rahman"),
        Q("“mostly for new stores and a second distribution centre in Johor”", "partial",
          "Nurul Ain binti Abdul Rahman", "Nurul Ain binti Abdul Rahman"),
        Q("the results were in line with expectations", "indirect", "Amanah Investment Research",
          "Amanah Investment Research"),
        Q("“better than we had feared”", "partial", "Chew Mei Ling", "Chew Mei Ling"),
        Q("“We think the market is still underestimating the ageing-population theme,”", "direct", "Chew",
          "Chew Mei Ling", speaker_at="Chew wrote"),
    ], source="blind"),
    Case("blind54-helicopter", """2 PAF pilots killed as chopper crashes in Bukidnon

Two Philippine Air Force (PAF) pilots were killed when their helicopter crashed during a resupply mission in Impasug-ong, Bukidnon on Tuesday morning, Nov. 12.

In a statement, PAF spokesperson Col. Ma. Teresa dela Cruz-Villanueva said the aircraft lost contact with ground units at around 9:40 a.m., shortly after dropping food and ammunition to troops of the Army's 403rd Infantry Brigade.

The fatalities were identified as Capt. Rodel Magbanua, 34, of Iloilo, and 1st Lt. Jerome Abad-Santos, 27, of Quezon City. Two crew members survived and were airlifted to a hospital in Cagayan de Oro City.

"The PAF family mourns the loss of our brave aviators. They died doing what they loved, in service of the Filipino people," dela Cruz-Villanueva said.

She said the Air Force had temporarily grounded its other helicopters of the same model pending the results of an investigation.

Residents of Barangay Kalabugao told reporters they heard a loud explosion and saw black smoke rising from a forested slope about two kilometers from the village.

According to the Impasug-ong Municipal Disaster Risk Reduction and Management Office (MDRRMO), rescuers had to hike for three hours through thick forest to reach the crash site.

Armed Forces of the Philippines (AFP) Chief of Staff Gen. Ernesto Dimaculangan Jr. has ordered a full investigation into the incident.

"We will get to the bottom of this," Dimaculangan said in a message to reporters, "and we will take care of the families they left behind."

Magbanua's widow, Jocelyn Magbanua, described him in a Facebook post as "a man who loved flying more than anything except his children."

Sen. Ma. Lourdes Tañada-Reyes, chair of the Senate committee on national defense, said she would file a resolution seeking an inquiry into the airworthiness of the military's aircraft fleet.

It was the second fatal crash involving a PAF helicopter this year. In March, a training helicopter went down in Batangas, killing both pilots on board.""", [
        Q("the aircraft lost contact with ground units at around 9:40 a.m., shortly after dropping food and ammunition "
          "to troops of the Army's 403rd Infantry Brigade", "indirect", "Ma. Teresa dela Cruz-Villanueva",
          "Ma. Teresa dela Cruz-Villanueva"),
        Q('"The PAF family mourns the loss of our brave aviators. They died doing what they loved, in service of the '
          'Filipino people,"', "direct", "dela Cruz-Villanueva", "Ma. Teresa dela Cruz-Villanueva",
          speaker_at='," dela Cruz-Villanueva said'),
        Q("the Air Force had temporarily grounded its other helicopters of the same model pending the results of an "
          "investigation", "indirect", "She", "Ma. Teresa dela Cruz-Villanueva", speaker_at="She said the Air Force"),
        Q("they heard a loud explosion and saw black smoke rising from a forested slope about two kilometers from the "
          "village", "indirect", "Residents of Barangay Kalabugao", None),
        Q("rescuers had to hike for three hours through thick forest to reach the crash site", "indirect",
          "the Impasug-ong Municipal Disaster Risk Reduction and Management Office",
          "Impasug-ong Municipal Disaster Risk Reduction and Management Office"),
        Q('"We will get to the bottom of this,"', "direct", "Dimaculangan", "Ernesto Dimaculangan Jr.",
          speaker_at="Dimaculangan said"),
        Q('"and we will take care of the families they left behind."', "direct", "Dimaculangan",
          "Ernesto Dimaculangan Jr.", speaker_at="Dimaculangan said"),
        Q('"a man who loved flying more than anything except his children."', "partial", "Jocelyn Magbanua",
          "Jocelyn Magbanua"),
        Q("she would file a resolution seeking an inquiry into the airworthiness of the military's aircraft fleet",
          "indirect", "Ma. Lourdes Tañada-Reyes", "Ma. Lourdes Tañada-Reyes"),
    ], source="blind"),
    Case("blind54-chemists", """Pharmacies shut across Punjab as chemists strike against Drugs Act amendments

LAHORE: Pharmacies and medical stores across Punjab remained shut on Monday as chemists and pharmacists observed a province-wide strike against proposed amendments to the Drugs Act, leaving patients scrambling for medicines.

The strike was called by the Pakistan Chemists and Druggists Association (PCDA), which has more than 60,000 member stores in the province.

Addressing a protest outside the Punjab Assembly on The Mall, PCDA Punjab president Zahid Mehmood Butt said the amendments would allow drug inspectors to seal stores and arrest owners "over minor paperwork errors".

"We are not against regulation. We are against harassment," Butt said. "A shopkeeper who forgets to sign a register should not be treated like a criminal."

The Young Pharmacists Association (YPA), which represents qualified pharmacists, backed the strike for different reasons. Its general secretary, Dr Ayesha Noor-ul-Ain, told Pakistan Today that the government must first enforce the legal requirement for a qualified pharmacist at every medical store.

"Half the stores in Lahore are run by people who have never studied pharmacy. Fix that, and you will not need new punishments," she said.

The Punjab Health Department, in a statement, said the amendments were aimed at curbing the sale of spurious and substandard drugs and that traders' representatives had been consulted.

A spokesperson for the department said pharmacies at all government hospitals would remain open round the clock during the strike.

Outside Jinnah Hospital, Muhammad Aslam, who had travelled from Kasur to buy insulin for his mother, said he had already tried five shops.

"Everything is closed. What are poor people supposed to do?" he asked.

According to PCDA office-bearers, talks with the health department on Sunday night ended without agreement, and the strike will continue until the amendments are withdrawn.""", [
        Q("the amendments would allow drug inspectors to seal stores and arrest owners", "indirect",
          "Zahid Mehmood Butt", "Zahid Mehmood Butt"),
        Q('"over minor paperwork errors"', "partial", "Zahid Mehmood Butt", "Zahid Mehmood Butt"),
        Q('"We are not against regulation. We are against harassment,"', "direct", "Butt", "Zahid Mehmood Butt",
          speaker_at='harassment," Butt said'),
        Q('"A shopkeeper who forgets to sign a register should not be treated like a criminal."', "direct", "Butt",
          "Zahid Mehmood Butt", speaker_at='harassment," Butt said'),
        Q("the government must first enforce the legal requirement for a qualified pharmacist at every medical store",
          "indirect", "Ayesha Noor-ul-Ain", "Ayesha Noor-ul-Ain"),
        Q('"Half the stores in Lahore are run by people who have never studied pharmacy. Fix that, and you will not '
          'need new punishments,"', "direct", "she", "Ayesha Noor-ul-Ain", speaker_at='punishments," she said'),
        Q("the amendments were aimed at curbing the sale of spurious and substandard drugs and that traders' "
          "representatives had been consulted", "indirect", "The Punjab Health Department",
          "Punjab Health Department"),
        Q("pharmacies at all government hospitals would remain open round the clock during the strike", "indirect",
          "A spokesperson for the department", None),
        Q("he had already tried five shops", "indirect", "Muhammad Aslam", "Muhammad Aslam"),
        Q('"Everything is closed. What are poor people supposed to do?"', "direct", "he", "Muhammad Aslam",
          speaker_at="he asked"),
        Q("talks with the health department on Sunday night ended without agreement, and the strike will continue "
          "until the amendments are withdrawn", "indirect", "PCDA office-bearers", None),
    ], source="blind"),
    Case("blind54-snowstorm", """Storm strands drivers on I-77, knocks out power to thousands

BLUEFIELD — A winter storm that dumped up to 18 inches of snow on parts of southern West Virginia and Southwest Virginia left hundreds of drivers stranded on Interstate 77 and cut power to more than 40,000 customers Sunday.

The National Weather Service office in Blacksburg, Va., said snowfall totals ranged from 8 inches in Princeton to 18 inches on East River Mountain, with drifts of up to 4 feet in exposed areas.

"This was a high-end event for our area, and the wind made it a whole lot worse," said meteorologist Dale Kincaid.

Northbound traffic on I-77 backed up for nearly 12 miles near the East River Mountain Tunnel after several tractor-trailers jackknifed on the grade, according to the West Virginia Division of Highways.

Mercer County 911 director Jolene Estep-Ratliff said dispatchers took more than 1,100 calls between Saturday night and Sunday afternoon.

"We had people sitting in their vehicles for six, seven hours," she said. "The National Guard brought in water and blankets, and nobody had to go to the hospital, thank the Lord."

Appalachian Power spokesperson Brenda Colley said line crews from as far away as Ohio and Indiana had been brought in, but that some customers in remote hollows might not have power restored until Wednesday.

State Sen. Darlene McCoy-Hatfield, R-Mercer, who was among those stuck on the interstate for much of Saturday night, called the emergency response "the best I've seen in 30 years" but said the tunnel approaches needed better warning signs.

"You can plan all you want," McCoy-Hatfield said, "but when the wind picks up on that mountain, it's a different world."

In Bramwell, residents said the town's only store had run out of bread and milk by Saturday afternoon.

Schools in Mercer, McDowell and Tazewell counties will be closed Monday. Sunshine and highs in the mid-30s are expected by midweek.""", [
        Q("snowfall totals ranged from 8 inches in Princeton to 18 inches on East River Mountain, with drifts of up to "
          "4 feet in exposed areas", "indirect", "The National Weather Service office in Blacksburg",
          "National Weather Service"),
        Q('"This was a high-end event for our area, and the wind made it a whole lot worse,"', "direct",
          "Dale Kincaid", "Dale Kincaid"),
        Q("Northbound traffic on I-77 backed up for nearly 12 miles near the East River Mountain Tunnel after several "
          "tractor-trailers jackknifed on the grade", "indirect", "the West Virginia Division of Highways",
          "West Virginia Division of Highways"),
        Q("dispatchers took more than 1,100 calls between Saturday night and Sunday afternoon", "indirect",
          "Jolene Estep-Ratliff", "Jolene Estep-Ratliff"),
        Q('"We had people sitting in their vehicles for six, seven hours,"', "direct", "she", "Jolene Estep-Ratliff",
          speaker_at='hours," she said'),
        Q('"The National Guard brought in water and blankets, and nobody had to go to the hospital, thank the Lord."',
          "direct", "she", "Jolene Estep-Ratliff", speaker_at='hours," she said'),
        Q("line crews from as far away as Ohio and Indiana had been brought in, but that some customers in remote "
          "hollows might not have power restored until Wednesday", "indirect", "Brenda Colley", "Brenda Colley"),
        Q('"the best I\'ve seen in 30 years"', "partial", "Darlene McCoy-Hatfield", "Darlene McCoy-Hatfield"),
        Q("the tunnel approaches needed better warning signs", "indirect", "Darlene McCoy-Hatfield",
          "Darlene McCoy-Hatfield"),
        Q('"You can plan all you want,"', "direct", "McCoy-Hatfield", "Darlene McCoy-Hatfield",
          speaker_at="McCoy-Hatfield said"),
        Q('"but when the wind picks up on that mountain, it\'s a different world."', "direct", "McCoy-Hatfield",
          "Darlene McCoy-Hatfield", speaker_at="McCoy-Hatfield said"),
        Q("the town's only store had run out of bread and milk by Saturday afternoon", "indirect", "residents", None),
    ], source="blind"),
]
